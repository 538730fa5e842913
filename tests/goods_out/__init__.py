"""Tests of goods leaving a shelf: distributions, transfers and loans, moves."""
