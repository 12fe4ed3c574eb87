"""What every check sees: the document, its figures (also by id), relations, metadata and indicator tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from extractor.model import Document, Figure, IndicatorTable, Relation, ReportMeta


@dataclass
class CheckContext:
    doc: Document
    figures: list[Figure]
    relations: list[Relation] = field(default_factory=list)
    meta: ReportMeta = field(default_factory=ReportMeta)
    indicators: list[IndicatorTable] = field(default_factory=list)  # the 绩效自评表 tables (extractor.indicators)

    @cached_property
    def by_id(self) -> dict[str, Figure]:
        return {f.id: f for f in self.figures}

    @cached_property
    def text(self) -> str:
        return self.doc.text
