"""Relations: the arithmetic a document states (totals and parts, shares, changes...)."""

from __future__ import annotations

from extractor.model import Document, Figure, Relation, ReportMeta


def find_relations(doc: Document, figures: list[Figure], meta: ReportMeta) -> list[Relation]:
    # Placeholder while the relation finders are being written (issue 4).
    return []
