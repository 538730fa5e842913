"""The community kitchen: recipes, meal batches, their HACCP record, portions dispatched, and the desks the Kitchen screen uses."""
