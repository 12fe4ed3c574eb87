"""Relations: the arithmetic a document states — in its sentences (text.py), through the
identities of budget reporting (identities.py), inside its tables (tables.py) and where it states
one quantity twice, in text or in text and a table (restated.py), in two lists of the same items
(listed.py), or in text and its 绩效自评表 (selfeval.py)."""

from __future__ import annotations

from extractor.model import Document, Figure, IndicatorTable, Relation, ReportMeta
from extractor.relations.changes import balanced_changes
from extractor.relations.detailed import find_detailed_relations
from extractor.relations.facts import FactIndex
from extractor.relations.identities import find_identity_relations
from extractor.relations.listed import find_listed_relations
from extractor.relations.mentions import build_mentions
from extractor.relations.restated import find_restated_relations
from extractor.relations.selfeval import find_selfeval_relations
from extractor.relations.tables import find_table_relations, read_tables
from extractor.relations.text import find_text_relations, names_budget


def find_relations(doc: Document, figures: list[Figure], meta: ReportMeta,
                   indicators: list[IndicatorTable] | None = None) -> list[Relation]:
    """Every relation of the document; `indicators`, the 绩效自评表 read from it, for the text's restatements of them."""
    mentions = build_mentions(doc, figures)
    tables = read_tables(doc, figures)  # read once, for the table relations and the restatements
    facts = FactIndex(mentions)  # (read once: the text relations, the budget's balance and the identities use them)
    text = find_text_relations(doc, mentions, facts)
    if meta.doc_type == "预算":
        text += balanced_changes(mentions, facts)
    rated = {r.figures[0] for r in text if r.kind == "ratio"}  # (a rate the text gives a base needs no table's)
    identities = find_identity_relations(mentions, meta.year, meta.doc_type, facts.facts, doc)
    restated = find_restated_relations(doc, figures, mentions, meta, tables, rated)
    # (a column formula an identity already reads, in a one-row “三公” table, is checked once, by the measures' names)
    said = [(r.figures[0], set(r.figures)) for r in identities + restated if r.rule == "SUM002"]
    table = [r for r in find_table_relations(doc, figures, tables)
             if r.rule != "TBL002" or not any(r.figures[0] == total and set(r.figures) <= ids for total, ids in said)]
    found = (text + identities + table + restated
             + find_detailed_relations(doc, mentions, meta.doc_type)
             + find_listed_relations(doc, mentions, facts, meta.year, meta.doc_type)
             + find_selfeval_relations(mentions, figures, indicators or [], meta.year))
    return _mark_whole_actuals(found, figures) if meta.doc_type in ("决算", "预算执行报告") else found


def _mark_whole_actuals(relations: list[Relation], figures: list[Figure]) -> list[Relation]:
    """A 决算 written in whole 万元 rounds what was spent (226万元, 139万元: a rate of them written 160.1%
    came from the unrounded amounts), and so does a report on a budget's execution what was done
    (收入完成120万元，同比减少7万元，下降5.8%: 7.4 of 127.4); budgets are set in whole 万元 and stay exact: a relation
    whose amounts are all whole and none a budget reads each as rounded to the unit."""
    by_id = {f.id: f for f in figures}
    for rel in relations:
        if rel.rule.startswith("CON"):
            continue  # (the same amount written twice is written the same)
        money = [by_id[i] for i in rel.figures if i in by_id and by_id[i].kind == "money"]
        if money and all(f.decimals == 0 and f.unit != "元" and not f.approx and f.high is None
                         and not names_budget(f.label) for f in money):
            rel.data.whole_actuals = True
    return relations
