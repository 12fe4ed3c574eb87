"""The golden table: real-world-style strings and every figure they hold (tests/data/figures_golden.toml)."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from extractor.figures import find_figures

TABLE = tomllib.loads((Path(__file__).parent / "data" / "figures_golden.toml").read_text(encoding="utf-8"))
GROUPS = ("REAL", "NOT_A_FIGURE", "BUGS_CAUGHT")
SPEC = re.compile(r"^(?P<kind>\w+):(?P<value>-?[\d.]+)(?:-(?P<high>[\d.]+))?(?P<unit>[^~\d.-][^~]*)(?:~(?P<approx>.+))?$")


def _expected(spec: str) -> tuple:
    m = SPEC.match(spec)
    assert m, f"bad spec in the golden table: {spec}"
    high = Decimal(m["high"]) if m["high"] else None
    return m["kind"], Decimal(m["value"]), m["unit"], m["approx"], high


def _cases():
    for group in GROUPS:
        for case in TABLE[group]:
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            yield pytest.param(case["text"], [_expected(s) for s in case["expect"]], id=f"{group}:{case['text']}", marks=marks)


def test_table_is_big_enough():
    assert sum(len(TABLE[g]) for g in GROUPS) >= 150
    assert all(TABLE[g] for g in GROUPS)


@pytest.mark.parametrize(("text", "expected"), list(_cases()))
def test_golden(text, expected):
    got = [(f.kind, f.value, f.unit, f.approx, f.high) for f in find_figures(text)]
    assert got == expected


@pytest.mark.parametrize("case", [c for g in GROUPS for c in TABLE[g] if c["expect"]], ids=lambda c: c["text"])
def test_raw_is_the_text_as_written(case):
    """Every figure's raw is the very span of the input at its offsets."""
    for f in find_figures(case["text"]):
        assert case["text"][f.start:f.end] == f.raw
