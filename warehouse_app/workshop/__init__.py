"""The workshop: kit designs, building and un-kitting kits, and the desk the Workshop screen uses."""
