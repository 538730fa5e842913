"""Goods leaving a shelf: distributions to sites, transfers and loans between NGOs, moves inside the hangar, and the desk the Move boxes, Give out and Transfers screens use."""
