"""Relations: the arithmetic a document states — in its sentences (text.py), through the
identities of budget reporting (identities.py), inside its tables (tables.py) and where it states
one quantity twice, in text or in text and a table (restated.py), or in text and its 绩效自评表
(selfeval.py)."""

from __future__ import annotations

from extractor.model import Document, Figure, IndicatorTable, Relation, ReportMeta
from extractor.relations.identities import find_identity_relations
from extractor.relations.mentions import build_mentions
from extractor.relations.restated import find_restated_relations
from extractor.relations.selfeval import find_selfeval_relations
from extractor.relations.tables import find_table_relations, read_tables
from extractor.relations.text import find_text_relations


def find_relations(doc: Document, figures: list[Figure], meta: ReportMeta,
                   indicators: list[IndicatorTable] | None = None) -> list[Relation]:
    """Every relation of the document; `indicators`, the 绩效自评表 read from it, for the text's restatements of them."""
    mentions = build_mentions(doc, figures)
    tables = read_tables(doc, figures)  # read once, for the table relations and the restatements
    return (find_text_relations(doc, mentions) + find_identity_relations(mentions, meta.year)
            + find_table_relations(doc, figures, tables) + find_restated_relations(doc, figures, mentions, meta, tables)
            + find_selfeval_relations(mentions, figures, indicators or [], meta.year))
