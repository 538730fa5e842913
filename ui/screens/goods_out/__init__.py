"""The screens of goods leaving a shelf: Move boxes, Give out and Transfers and loans."""
