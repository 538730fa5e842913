"""The Give out screen."""
