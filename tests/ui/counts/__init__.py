"""The Count screen, driven as a counter would."""
