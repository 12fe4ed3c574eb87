"""The rule catalogue. Every check has a stable code (a family prefix and three digits), the
finding type it produces, a default severity and a documentation with fixed sections:
what it checks, why it matters, an example from a report, and its tolerance.

Check modules declare their rules with `define(...)` at import time; `jixiao rules` prints them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Iterable

from extractor.model import FindingType, Severity

FAMILIES = {
    "SUM": "parts against their total",
    "BAL": "balance roll-forward",
    "DIF": "stated differences and savings",
    "PCT": "stated shares, ratios and completion rates",
    "CHG": "year-on-year changes",
    "AVG": "averages",
    "DIR": "direction words against the figures they describe",
    "UNIT": "units that cannot be right",
    "CON": "the same quantity stated twice",
    "TBL": "a table's own rows and columns",
    "GRD": "score against grade band",
    "TXT": "text slips",
    "IND": "绩效自评表 indicator tables",
    "XYR": "cross-year consistency (dataset)",
}


@dataclass(frozen=True)
class Rule:
    code: str
    type: FindingType
    name: str
    severity: Severity  # the severity of a finding that rounding cannot explain
    summary: str  # one line
    doc: str  # what it checks / why / example / tolerance

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")


RULES: dict[str, Rule] = {}


def define(code: str, type: FindingType, name: str, severity: Severity, summary: str, doc: str) -> Rule:
    """Register a rule (idempotent for the same definition)."""
    rule = Rule(code, type, name, severity, summary, textwrap.dedent(doc).strip())
    if code in RULES and RULES[code] != rule:
        raise ValueError(f"rule {code} defined twice differently")
    RULES[code] = rule
    return rule


@dataclass(frozen=True)
class Adjustment:
    """A behaviour applied to the findings of every rule after the checks (not a rule of its own)."""

    name: str
    summary: str
    doc: str


ADJUSTMENTS: dict[str, Adjustment] = {}


def adjust(name: str, summary: str, doc: str) -> Adjustment:
    """Register an adjustment (idempotent for the same definition)."""
    item = Adjustment(name, summary, textwrap.dedent(doc).strip())
    if name in ADJUSTMENTS and ADJUSTMENTS[name] != item:
        raise ValueError(f"adjustment {name} defined twice differently")
    ADJUSTMENTS[name] = item
    return item


def load_all() -> dict[str, Rule]:
    """Import every module that defines rules, so the catalogue is complete."""
    from extractor.checks import catalogue, misread  # noqa: F401  (defines every rule and adjustment)

    return RULES


def selected(code: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    """Whether a rule runs under --select/--ignore (codes or prefixes, the longer match wins).

    >>> selected("SUM001", select=["SUM"]), selected("SUM001", ignore=["SUM001"]), selected("TBL002", select=["SUM"])
    (True, False, False)
    >>> selected("SUM002", select=["SUM"], ignore=["SUM002"]), selected("SUM002", select=["SUM002"], ignore=["SUM"])
    (False, True)
    """
    select, ignore = list(select), list(ignore)
    sel = max((len(p) for p in select if code.startswith(p)), default=None)
    if select and sel is None:
        return False
    ign = max((len(p) for p in ignore if code.startswith(p)), default=None)
    return ign is None or (sel is not None and sel > ign)


def listing() -> str:
    rules = load_all()
    lines = []
    for family, what in FAMILIES.items():
        members = [r for c, r in sorted(rules.items()) if r.family == family]
        if not members:
            continue
        lines.append(f"{family}: {what}")
        lines += [f"  {r.code:<8} {r.type:<10} {r.severity:<8} {r.summary}" for r in members]
    lines += ["adjustments to every rule:"] + [f"  {a.name:<28} {a.summary}" for a in ADJUSTMENTS.values()]
    return "\n".join(lines)


def explain(code: str) -> str | None:
    rule = load_all().get(code.upper())
    if rule is None:
        item = ADJUSTMENTS.get(code)
        return None if item is None else f"{item.name} — adjustment to every rule\n\n{item.doc}"
    return f"{rule.code} ({rule.name}) — type {rule.type}, default severity {rule.severity}\n\n{rule.doc}"
