"""Every check module, in the order their findings are produced. Importing this module defines
every rule in the registry."""

from __future__ import annotations

from extractor.checks import arith, grade, text
from extractor.dataset import crossyear  # noqa: F401  (XYR rules: they compare two reports, in `jixiao ingest`)

CHECKS = (arith.check, grade.check, text.check)
