"""Imports of the spreadsheets a hangar already keeps: stock sheets as opening balances,
donations logs as goods received notes. `sheet` finds the table, `columns` maps it,
`values` reads its cells exactly, `rows` and `matching` turn rows into goods, and
`stock` / `donations` post them in one transaction."""
