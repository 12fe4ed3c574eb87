"""The rule catalogue: every check has a code, a type, a default severity and a documentation."""

from __future__ import annotations

RULES: dict = {}


def listing() -> str:
    return "\n".join(sorted(RULES)) or "（尚无规则）"


def explain(code: str) -> str | None:
    return RULES.get(code.upper())
