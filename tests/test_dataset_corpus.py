"""The dataset on the real reports of ../shared/corpus, with whatever readers and extractor main has."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from conftest import CORPUS, corpus_file
from dataset_builders import counts

from extractor.dataset import crossyear
from extractor.dataset.ingest import ingest

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """The whole corpus ingested once: (the database, the summary of that run)."""
    corpus_file("wuyang-2021", "report.txt")  # skips where ../shared is absent
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    return db, ingest([str(CORPUS)], db)


def test_ingesting_the_corpus_twice_gives_the_same_rows(corpus_db):
    db, first = corpus_db
    before = counts(db)
    assert first.added + len(first.unreadable) == before["documents"] > 0
    second = ingest([str(CORPUS)], db, jobs=1)
    assert (second.added, second.unreadable, second.skipped) == (0, [], before["documents"])
    assert counts(db) == before


def test_a_budget_in_two_years_is_one_unit_compared_across_years(corpus_db):
    db, first = corpus_db
    corpus_file("putuo-wanli-budget-2025", "report.pdf")
    c = sqlite3.connect(db)
    c.row_factory = sqlite3.Row
    docs = c.execute("SELECT * FROM documents WHERE path LIKE '%putuo-wanli-budget-%' ORDER BY path").fetchall()
    if any(d["status"] != "ok" or not d["unit_name"] or not d["year"] for d in docs):
        pytest.skip("needs the pdf reader and the report metadata (unit, year) on main")
    assert [d["year"] for d in docs] == [2024, 2025]
    assert docs[0]["unit_key"] == docs[1]["unit_key"] == "上海市普陀区人民政府万里街道办事处"
    assert c.execute("SELECT years FROM unit_years WHERE unit_key = ?", (docs[0]["unit_key"],)).fetchone()[0] == 2
    assert first.cross_year_units >= 1  # the pair was compared during the ingest

    this, last = (crossyear.load_report(c, d["id"]) for d in (docs[1], docs[0]))
    if not any(f.label for f in this.figures):
        pytest.skip("needs figure labels on main")
    # The 2025 budget restates 2024 amounts (比2024年预算增加/减少X): they meet their 2024 figures and,
    # the two published reports agreeing, none conflicts.
    matched = list(crossyear.matches(this, last))
    assert matched
    assert crossyear.compare(this, last) == []
    # Had the 2024 report said one more 万元, the check would have caught it.
    _, candidates = matched[0]
    changed = {f.id for r in candidates for f in r.figures}
    figures = [f.model_copy(update={"value": f.value + 1, "yuan": None}) if f.id in changed else f
               for f in last.figures]
    found = crossyear.compare(this, dataclasses.replace(last, figures=figures))
    assert found and all(f.rule == "XYR002" and set(cited) <= changed for f, cited in found)
