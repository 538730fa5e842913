"""Reading and correcting stock: on hand, the stock queries, the movements as the stock screens read them, the browser and its sheet, and adjustments, losses and quarantine."""
