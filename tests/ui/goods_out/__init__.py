"""The Move boxes, Give out and Transfers screens, driven as a volunteer would."""
