"""The Transfers and loans screen."""
