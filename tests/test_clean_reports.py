"""Consistent reports written in the style of real ones must raise no error or warning: each
false alarm found on them became a bug fix (tests/data/clean/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import check_file

CLEAN = sorted((Path(__file__).parent / "data" / "clean").glob("*.*"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_no_claims_on_a_consistent_report(path):
    result = check_file(path)
    assert result.status == "ok" and len(result.figures) > 25
    claims = [f"{f.rule} {f.message}" for f in result.findings if f.severity != "info"]
    assert claims == []
