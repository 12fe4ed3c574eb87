"""The real report of wuyang-2021: every figure of expected.toml, nothing more, in every format
this checkout can read; and the `jixiao extract` renderings."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from collections import Counter
from decimal import Decimal

import pytest
from click.testing import CliRunner
from conftest import corpus_file

from extractor.cli import cli
from extractor.errors import ReadError
from extractor.figures import extract_figures

pytestmark = pytest.mark.corpus
ALIASES = {"平方米": "㎡"}


def _key(kind, value, unit, high=None):
    return kind, Decimal(str(value)).normalize(), ALIASES.get(unit, unit), (Decimal(str(high)).normalize() if high else None)


@pytest.fixture(scope="module")
def gold():
    exp = tomllib.loads(corpus_file("wuyang-2021", "expected.toml").read_text(encoding="utf-8"))
    return exp["figures"]


@pytest.mark.parametrize("name", ["report.txt", "report.docx", "report.doc", "report.pdf"])
def test_every_gold_figure_and_nothing_else(gold, name):
    from extractor.readers import read_document

    path = corpus_file("wuyang-2021", name)
    try:
        doc = read_document(path)
    except ReadError as e:
        pytest.skip(f"this checkout cannot read {name}: {e.reason}")
    figs = [f for f in extract_figures(doc) if f.kind in ("money", "percent", "count")]
    want = Counter(_key(g["kind"], g["value"], g["unit"], g.get("high")) for g in gold)
    got = Counter(_key(f.kind, f.value, f.unit, f.high) for f in figs)
    assert (sorted(want - got), sorted(got - want)) == ([], [])
    # the table cells are the ones expected.toml marks as table cells
    assert sum(f.table for f in figs) == sum(bool(g.get("table")) for g in gold)
    approx = {g["raw"] for g in gold if g.get("approx", "").startswith("more-than")}
    assert {f.raw for f in figs if f.approx == "more-than"} == approx


def test_txt_lines_match(gold):
    from extractor.readers import read_document

    doc = read_document(corpus_file("wuyang-2021", "report.txt"))
    got = Counter((f.line, f.raw) for f in extract_figures(doc) if not f.table)
    want = Counter((g["line"], g["raw"]) for g in gold if not g.get("table"))
    assert got == want


def test_extract_cli_formats(tmp_path):
    path = corpus_file("wuyang-2021", "report.txt")
    runner = CliRunner()
    out = runner.invoke(cli, ["extract", str(path), "--format", "json"])
    assert out.exit_code == 0
    data = json.loads(out.output)
    assert data["report"]["unit_name"] == "绥宁县武阳镇人民政府"
    first = data["figures"][0]
    assert (first["id"], first["raw"], first["value"], first["unit"]) == ("F1", "91人", "91", "人")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["extract", str(path), "--format", "csv"]).output)))
    assert len(rows) == len(data["figures"])
    assert rows[0]["label"] == "绥宁县武阳镇人民政府在职人员"
    table = runner.invoke(cli, ["extract", str(path), "--format", "table"]).output
    assert "个数字" in table and "179.93元" in table
