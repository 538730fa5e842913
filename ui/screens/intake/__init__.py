"""The Receive screen (the intake desk)."""
