"""The report's own metadata: unit name, year, date, self-evaluation score and grade."""

from __future__ import annotations

from extractor.model import Document, Figure, ReportMeta


def report_meta(doc: Document, figures: list[Figure]) -> ReportMeta:
    # Placeholder while the recogniser is being written (issue 3).
    return ReportMeta()
