"""Every check module, in the order their findings are produced. Importing this module defines
every rule in the registry."""

from __future__ import annotations

from extractor.checks import arith, grade, indicators, text
from extractor.dataset import crossyear  # noqa: F401  (XYR rules: they compare two reports, in `jixiao ingest`)

# IND comes first: on a 绩效自评表 its rules say in the table's own words what a generic rule on the
# same figures would (an execution rate is also a table column formula); the first of equals is kept.
CHECKS = (indicators.check, arith.check, grade.check, text.check)
