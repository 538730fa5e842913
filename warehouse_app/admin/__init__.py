"""Administration after set-up: organisations and people, places, catalogue work, and the desk the Administration screen uses."""
