"""The dataset file: rows made from the model, one transaction per document, versions, cells, unit keys."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from dataset_builders import sample

from extractor.dataset.schema import SCHEMA_VERSION, DatabaseError, connect
from extractor.dataset.store import (
    FIGURE_COLUMNS,
    _columns_of,
    add_document,
    finding_from_row,
    load_figures,
)
from extractor.dataset.units import unit_key
from extractor.model import Figure


@pytest.fixture
def conn(tmp_path):
    c = connect(tmp_path / "t.db")
    yield c
    c.close()


def rows(conn, *tables: str) -> list[int]:
    return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]


def test_every_field_of_a_figure_and_finding_comes_back(conn, tmp_path):
    doc, res = sample()
    res = res.model_copy(update={"notes": ["第3页没有文字层"], "suppressed": ["SUM002 F1: 已核实"]})
    doc_id = add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, result=res, doc=doc)
    assert load_figures(conn, doc_id) == res.figures
    [row] = conn.execute("SELECT * FROM findings WHERE document_id = ?", (doc_id,)).fetchall()
    assert finding_from_row(row) == res.findings[0]
    assert row["source"] == "check"
    d = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    assert (d["notes"], d["suppressed"]) == ('["第3页没有文字层"]', '["SUM002 F1: 已核实"]')
    assert (d["unit_name"], d["unit_key"], d["year"], d["doc_type"], d["status"], d["version"]) == (
        "某区审计局（本级）", "某区审计局", 2024, "决算", "ok", 1)
    # amounts are exact decimal strings, which SQL still adds up as numbers
    assert conn.execute("SELECT value FROM figures WHERE fig_id = 'F2'").fetchone()[0] == "1.35"
    assert conn.execute("SELECT sum(value) FROM figures WHERE in_table = 1").fetchone()[0] == pytest.approx(28.42)


def test_a_field_the_model_gains_later_is_kept_in_extra():
    class Newer(Figure):
        confidence: Decimal = Decimal("0.9")

    f = Newer(id="F1", kind="money", raw="1元", value=Decimal(1), unit="元", block=0, start=0, end=2)
    row = _columns_of(f, FIGURE_COLUMNS)
    assert row["extra"] == '{"confidence": "0.9"}'
    assert set(row) == set(FIGURE_COLUMNS.values()) | {"extra"}


def test_table_cells_point_at_their_figures(conn, tmp_path):
    doc, res = sample()
    doc_id = add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, result=res, doc=doc)
    cells = conn.execute("""SELECT t."row", t.col, t.text, f.raw, f.label FROM tables t
                            LEFT JOIN figures f ON f.id = t.figure_id WHERE t.document_id = ?
                            ORDER BY t."row", t.col""", (doc_id,)).fetchall()
    assert len(cells) == 9
    assert [tuple(c) for c in cells if c["raw"]] == [
        (1, 1, "1.50", "1.50", "公务接待费·预算数"), (1, 2, "1.35", "1.35", "公务接待费·决算数"),
        (2, 1, "13.00", "13.00", "合计·预算数"), (2, 2, "12.57", "12.57", "合计·决算数")]
    blocks = conn.execute("SELECT kind, unit FROM blocks WHERE document_id = ? ORDER BY block", (doc_id,)).fetchall()
    assert [tuple(b) for b in blocks] == [("heading", None), ("paragraph", None), ("paragraph", None), ("table", "万元")]


def test_the_same_bytes_are_stored_once(conn, tmp_path):
    doc, res = sample()
    assert add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, result=res, doc=doc) == 1
    assert add_document(conn, path=tmp_path / "copy.txt", sha256="a" * 64, result=res, doc=doc) is None
    assert rows(conn, "documents", "figures", "findings") == [1, 6, 1]


def test_a_changed_file_is_a_new_version(conn, tmp_path):
    doc, res = sample()
    first = add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, result=res, doc=doc)
    second = add_document(conn, path=tmp_path / "a.txt", sha256="b" * 64, result=res, doc=doc)
    rows = conn.execute("SELECT id, version, supersedes FROM documents ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(first, 1, None), (second, 2, first)]
    assert [r[0] for r in conn.execute("SELECT id FROM latest_documents")] == [second]
    # both versions keep their own figures
    assert conn.execute("SELECT count(DISTINCT document_id) FROM figures").fetchone()[0] == 2


def test_a_document_is_written_whole_or_not_at_all(conn, tmp_path):
    doc, res = sample()
    broken = res.model_copy(update={"figures": res.figures + [res.figures[0]]})  # a duplicate figure id
    with pytest.raises(sqlite3.IntegrityError):
        add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, result=broken, doc=doc)
    assert rows(conn, "documents", "figures", "blocks") == [0, 0, 0]
    assert add_document(conn, path=tmp_path / "a.txt", sha256="a" * 64, result=res, doc=doc) is not None


def test_an_unreadable_file_is_recorded_with_its_reason(conn, tmp_path):
    from extractor.model import CheckResult

    bad = CheckResult(file="x.pdf", status="unreadable", error="文件为空（0 字节）")
    doc_id = add_document(conn, path=tmp_path / "x.pdf", sha256="e" * 64, result=bad)
    d = conn.execute("SELECT status, error, name FROM documents WHERE id = ?", (doc_id,)).fetchone()
    assert tuple(d) == ("unreadable", "文件为空（0 字节）", "x.pdf")


def test_the_file_is_opened_ready_for_one_writer(conn):
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO figures (document_id, fig_id, kind, raw, value, unit, decimals, label, scope,"
                     " section, block, start, \"end\", in_table) VALUES (99, 'F1', 'money', '1元', '1', '元', 0, '',"
                     " '[]', '[]', 0, 0, 2, 0)")


def test_files_that_are_not_a_dataset_are_refused(tmp_path):
    with pytest.raises(DatabaseError, match="不存在"):
        connect(tmp_path / "none.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="无法打开数据库"):
        connect(junk)
    newer = tmp_path / "newer.db"
    c = sqlite3.connect(newer)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(DatabaseError, match="更新版本"):
        connect(newer)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("上海市普陀区人民政府万里街道办事处（部门）", "上海市普陀区人民政府万里街道办事处"),
        ("绥宁县 武阳镇 人民政府", "绥宁县武阳镇人民政府"),
        ("某县财政局（本级）", "某县财政局"),
        ("某县财政局本级", "某县财政局"),
        ("某县财政局部门", "某县财政局"),
        ("“某县教育局”", "某县教育局"),
        ("中国共产党某区委员会组织部", "中共某区委组织部"),
        ("某县第２中学", "某县第2中学"),  # full-width digits
        ("某县卫生健康局【汇总】", "某县卫生健康局"),
    ],
)
def test_one_unit_written_two_ways_has_one_key(a, b):
    assert unit_key(a) == unit_key(b)


@pytest.mark.parametrize(("a", "b"), [("某县财政局", "某县税务局"), ("某区教育局", "某县教育局"),
                                      ("某街道办事处", "某镇人民政府")])
def test_two_units_have_two_keys(a, b):
    assert unit_key(a) != unit_key(b)


def test_no_name_no_key():
    assert unit_key(None) is None and unit_key("  ") is None
