"""Tests of receiving donations."""
