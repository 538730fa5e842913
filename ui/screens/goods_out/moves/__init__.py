"""The Move boxes screen."""
