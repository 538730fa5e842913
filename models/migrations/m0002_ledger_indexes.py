"""Migration 2: the ledger's indexes, tuned for the intake desk and for stock on hand.

- A covering index for stock on hand, so summing every owner's and item's balance reads
  the index alone (DESIGN.md budget: < 100 ms for a whole hangar).
- Four indexes peewee made for foreign keys go: each is the exact prefix of a composite
  index that serves the same lookups, and each was one more page written by every scan
  (fewer pages per commit: faster commits, rarer WAL checkpoints).
"""

VERSION = 2

SQLITE = (
    'CREATE INDEX "balance_owner_id_item_id_quantity_weight_g" '
    'ON "balance" ("owner_id", "item_id", "quantity", "weight_g")',
    'DROP INDEX "balance_owner_id"',  # prefix of balance (owner, item, lot, location, box, status)
    'DROP INDEX "movement_owner_id"',  # prefix of movement (owner, item, effective_date, ...)
    'DROP INDEX "movement_item_id"',  # prefix of movement (item, effective_date)
    'DROP INDEX "document_owner_id"',  # prefix of document (owner, effective_date)
)
POSTGRES = SQLITE
