"""Trace and recall: a lot or donation forward to where it went, a batch back to its lots, and the desk the Trace screen uses."""
