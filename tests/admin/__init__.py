"""Tests of administration after set-up."""
