"""The Trace and recall screen."""
