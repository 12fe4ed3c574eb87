"""The dataset on the real reports of ../shared/corpus, with whatever readers and extractor main has."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import CORPUS, corpus_file

from extractor.dataset import crossyear
from extractor.dataset.ingest import ingest

pytestmark = pytest.mark.corpus


def counts(db) -> dict[str, int]:
    c = sqlite3.connect(db)
    try:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "figures", "findings", "blocks", "tables")}
    finally:
        c.close()


def test_ingesting_the_corpus_twice_gives_the_same_rows(tmp_path):
    corpus_file("wuyang-2021", "report.txt")  # skips where ../shared is absent
    db = tmp_path / "corpus.db"
    first = ingest([str(CORPUS)], db, jobs=1)
    assert first.added + len(first.unreadable) == counts(db)["documents"] > 0
    before = counts(db)
    second = ingest([str(CORPUS)], db, jobs=1)
    assert (second.added, second.unreadable, second.skipped) == (0, [], before["documents"])
    assert counts(db) == before


def test_a_budget_in_two_years_is_one_unit_compared_across_years(tmp_path):
    paths = [corpus_file(f"putuo-wanli-budget-{y}", "report.pdf") for y in (2024, 2025)]
    db = tmp_path / "wanli.db"
    summary = ingest([str(p) for p in paths], db, jobs=1)
    c = sqlite3.connect(db)
    c.row_factory = sqlite3.Row
    docs = c.execute("SELECT * FROM documents ORDER BY year").fetchall()
    if any(d["status"] != "ok" or not d["unit_name"] or not d["year"] for d in docs):
        pytest.skip("needs the pdf reader and the report metadata (unit, year) on main")
    assert [d["year"] for d in docs] == [2024, 2025]
    assert docs[0]["unit_key"] == docs[1]["unit_key"] == "上海市普陀区人民政府万里街道办事处"
    assert c.execute("SELECT years FROM unit_years").fetchone()[0] == 2
    assert summary.cross_year_units == 1  # the pair was compared

    this, last = (crossyear.load_report(c, d["id"]) for d in (docs[1], docs[0]))
    if not any(f.label for f in this.figures):
        pytest.skip("needs figure labels on main")
    # The 2025 budget restates 2024 amounts (比2024年预算增加/减少X): some must meet their 2024 figures,
    # and, the two published reports agreeing, none conflicts.
    assert list(crossyear.matches(this, last))
    assert crossyear.compare(this, last) == []
