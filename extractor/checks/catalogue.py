"""Every check module, in the order their findings are produced. Importing this module defines
every rule in the registry."""

from __future__ import annotations

from extractor.checks import arith, grade, text

CHECKS = (arith.check, grade.check, text.check)
