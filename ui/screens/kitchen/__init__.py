"""The Kitchen screen: the day's batches, a batch, the log and the recipes."""
