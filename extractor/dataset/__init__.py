"""The historical dataset: `jixiao ingest` keeps every checked report in one SQLite file.

schema.py   tables, views and how the file is opened (WAL, foreign keys, one writer)
store.py    one CheckResult (and its Document) -> rows, in one transaction
units.py    unit names -> the key that links a unit's reports across years
ingest.py   files -> worker processes -> the single writer, skipping what is already stored
crossyear.py  this year's report against last year's: carried-over balances, stated 上年数
stats.py, export.py  `jixiao db stats` and `jixiao db export`
"""
