"""The Stock screen: stock on hand, the movements, a box's and an item's detail."""
