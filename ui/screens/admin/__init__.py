"""The Administration screen: organisations, people, places and the catalogue, each a page."""
