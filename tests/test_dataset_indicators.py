"""The `indicators` table of the dataset: every 绩效自评表 line a check read, stored and read back."""

from __future__ import annotations

import pytest
from conftest import ROOT

from extractor.dataset.schema import SCHEMA_VERSION, connect
from extractor.dataset.store import add_document, load_indicators
from extractor.pipeline import CheckOptions, check_file

SAMPLES = ROOT / "samples"


@pytest.fixture
def conn(tmp_path):
    c = connect(tmp_path / "t.db")
    yield c
    c.close()


@pytest.mark.parametrize("name", ["qingshi-road-2023.docx", "qingshi-farmland-2023.xlsx", "qingshi-water-2023.txt"])
def test_indicator_tables_come_back_as_they_were_read(conn, name):
    res = check_file(SAMPLES / name, CheckOptions(keep_document=True))
    doc = res.document
    assert res.indicators, name
    doc_id = add_document(conn, path=SAMPLES / name, sha256=res.sha256, result=res, doc=doc)
    assert load_indicators(conn, doc_id) == res.indicators


def test_one_row_per_table_funding_line_and_indicator(conn):
    res = check_file(SAMPLES / "qingshi-water-2023.txt", CheckOptions(keep_document=True))
    doc = res.document
    doc_id = add_document(conn, path=SAMPLES / "water.txt", sha256=res.sha256, result=res, doc=doc)
    parts = dict(conn.execute("SELECT part, count(*) FROM indicators WHERE document_id = ? GROUP BY part", (doc_id,)))
    assert parts == {"table": 1, "funding": 4, "indicator": 9}
    # checked by eye against the table in samples/qingshi-water-2023.txt
    row = conn.execute("""SELECT level1, level2, level3, target_raw, target_comparator, target_value, target_unit,
                                 actual_value, weight, points, reason
                          FROM indicators WHERE part = 'indicator' AND level3 = '供水故障修复时间'""").fetchone()
    assert tuple(row) == ("产出指标", "时效指标", "供水故障修复时间", "≤24小时", "≤", "24", "小时", "30", "10", "10", "")
    total = conn.execute("SELECT weight, points FROM indicators WHERE part = 'table'").fetchone()
    assert tuple(total) == ("100", "93.70")
    funding = conn.execute("SELECT name, adjusted, executed, rate, points FROM indicators WHERE part = 'funding' "
                           "ORDER BY id LIMIT 1").fetchone()
    assert tuple(funding) == ("年度资金总额", "320.00", "310.40", "97.50", "9.70")
    # a row's figures point at figures of the same document
    fig = conn.execute("""SELECT f.raw FROM indicators i, json_each(i.figures) j
                          JOIN figures f ON f.document_id = i.document_id AND f.fig_id = j.value
                          WHERE i.part = 'funding' AND j.key = 'rate' ORDER BY i.id LIMIT 1""").fetchone()
    assert fig["raw"] == "97.50%"


def test_a_dataset_of_the_previous_version_gains_the_table(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path)
    old.execute("DROP TABLE indicators")  # what version 1 of the schema had
    old.execute("PRAGMA user_version = 1")
    old.close()
    c = connect(path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert c.execute("SELECT count(*) FROM indicators").fetchone()[0] == 0
    c.close()
