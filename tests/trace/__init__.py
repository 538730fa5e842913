"""Tests of trace and recall."""
