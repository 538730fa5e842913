"""Migration 2: a covering index for stock on hand, so summing every owner's and item's
balance reads the index alone (DESIGN.md budget: < 100 ms for a whole hangar)."""

VERSION = 2

SQLITE = (
    'CREATE INDEX "balance_owner_id_item_id_quantity_weight_g" '
    'ON "balance" ("owner_id", "item_id", "quantity", "weight_g")',
)
POSTGRES = SQLITE
