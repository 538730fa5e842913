"""Receiving donations: the receipt (GRN) service, the draft the intake desk builds, and the desk the Receive screen reads and posts through."""
