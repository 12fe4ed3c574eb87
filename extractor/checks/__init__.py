"""Checks: relations and figures in, findings out."""

from __future__ import annotations

from extractor.model import Document, Figure, Finding, Relation, ReportMeta


def run_checks(doc: Document, figures: list[Figure], relations: list[Relation], meta: ReportMeta, options) -> list[Finding]:
    # Placeholder while the checks are being written (issue 4).
    return []
