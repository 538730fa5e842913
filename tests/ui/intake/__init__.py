"""The Receive screen, driven as a volunteer would."""
