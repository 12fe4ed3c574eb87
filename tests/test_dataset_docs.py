"""docs/dataset.md: every SQL example runs as written and finds rows; the export writes every table."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT
from dataset_builders import budget, result, sample

from extractor.cli import cli
from extractor.dataset import crossyear
from extractor.dataset.schema import EXPORTED, connect
from extractor.dataset.store import add_document
from extractor.model import CheckResult
from extractor.pipeline import CheckOptions, check_file

DOC = ROOT / "docs" / "dataset.md"
EXAMPLES = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A dataset with something for every example: two years of one unit, 三公 figures and a table,
    an error finding, a cross-year conflict, a 绩效自评表, an unreadable file and a file in two versions."""
    folder = tmp_path_factory.mktemp("dataset")
    path = folder / "jixiao.db"
    conn = connect(path)
    doc, res = sample()  # 某区审计局 2024 决算: 三公 text and table, an error finding
    add_document(conn, path=folder / "audit-2024.txt", sha256="1" * 64, result=res, doc=doc)
    add_document(conn, path=folder / "audit-2024.txt", sha256="2" * 64, doc=doc,
                 result=res.model_copy(update={"findings": res.findings * 2}))
    for year, total, word, change in ((2024, "11,205.25", "减少", "300.00"), (2025, "12,480.50", "增加", "1,230.25")):
        d, figs = budget(year, total, word, change)
        add_document(conn, path=folder / f"budget-{year}.txt", sha256=str(year) * 16, doc=d,
                     result=result(d, figs, unit_name="东湖区和平街道办事处", year=year, doc_type="预算"))
    water = ROOT / "samples" / "qingshi-water-2023.txt"  # a 绩效自评表 with a deduction (indicators)
    water_res = check_file(water, CheckOptions(keep_document=True))
    water_doc = water_res.document
    add_document(conn, path=water, sha256=water_res.sha256, result=water_res, doc=water_doc)
    add_document(conn, path=folder / "empty.pdf", sha256="e" * 64,
                 result=CheckResult(file="empty.pdf", status="unreadable", error="文件为空（0 字节）"))
    assert crossyear.run(conn) == (1, 1)
    conn.close()
    return path


def test_the_docs_have_examples():
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("sql", EXAMPLES, ids=[s.split("\n")[0][:40] for s in EXAMPLES])
def test_each_sql_example_runs_and_finds_rows(db, sql):
    conn = connect(db, create=False)
    rows = conn.execute(sql).fetchall()
    assert rows, sql


def test_the_three_public_expenses_example_converts_to_wan_yuan(db):
    conn = connect(db, create=False)
    rows = conn.execute(EXAMPLES[0]).fetchall()
    assert [(r["raw"], r["万元"]) for r in rows][:2] == [("12.57万元", 12.57), ("1.35万元", 1.35)]


def test_csv_export_writes_every_table(db, tmp_path):
    out = CliRunner().invoke(cli, ["db", "export", "--db", str(db), "--output", str(tmp_path / "csv")])
    assert out.exit_code == 0, out.output
    assert sorted(p.stem for p in (tmp_path / "csv").iterdir()) == sorted(EXPORTED)
    with (tmp_path / "csv" / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    conn = connect(db, create=False)
    assert len(rows) == conn.execute("SELECT count(*) FROM figures").fetchone()[0]
    assert {"12.57", "11205.25"} <= {r["value"] for r in rows}  # exact decimal strings


def test_parquet_export_keeps_types(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = CliRunner().invoke(cli, ["db", "export", "--db", str(db), "--format", "parquet", "--output", str(tmp_path)])
    assert out.exit_code == 0, out.output
    table = pq.read_table(tmp_path / "figures.parquet")
    assert str(table.schema.field("decimals").type) == "int64"
    assert str(table.schema.field("value").type) == "string"
    assert "12.57" in table.column("value").to_pylist()
    # 某区审计局 and 青石县水利局 one year each, 东湖区和平街道办事处 two
    assert sorted(pq.read_table(tmp_path / "unit_years.parquet").column("years").to_pylist()) == [1, 1, 2]
    indicators = pq.read_table(tmp_path / "indicators.parquet")
    assert str(indicators.schema.field("row").type) == "int64" and "93.70" in indicators.column("points").to_pylist()


def test_parquet_without_pyarrow_says_what_to_install(db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    out = CliRunner().invoke(cli, ["db", "export", "--db", str(db), "--format", "parquet", "--output", str(tmp_path)])
    assert out.exit_code == 2
    assert "pip install 'jixiao[parquet]'" in out.output
    assert not list(tmp_path.iterdir())


def test_db_commands_refuse_a_missing_file(tmp_path):
    out = CliRunner().invoke(cli, ["db", "stats", "--db", str(tmp_path / "none.db")])
    assert out.exit_code == 2 and "数据库文件不存在" in out.output
    assert not (tmp_path / "none.db").exists()


def test_every_dataset_command_has_help():
    for args in (["ingest"], ["db"], ["db", "stats"], ["db", "export"]):
        out = CliRunner().invoke(cli, [*args, "--help"])
        assert out.exit_code == 0 and len(out.output.splitlines()) > 3
