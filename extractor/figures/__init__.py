"""Figures: every money amount, percentage, count and score in a document."""

from __future__ import annotations

from extractor.model import Document, Figure


def extract_figures(doc: Document) -> list[Figure]:
    # Placeholder while the recogniser is being written (issue 3).
    return []
