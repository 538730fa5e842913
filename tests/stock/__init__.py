"""Tests of reading and correcting stock."""
