"""绩效自评表: the indicator tables of a document as records (model.IndicatorTable), for the IND
checks, the JSON output and the dataset.

    read_indicators(doc, figures) -> [IndicatorTable, ...]  in document order

read.py finds the header zones and reads the rows, measure.py parses targets and actual values;
their words are in patterns/indicators.toml.
"""

from __future__ import annotations

from extractor.indicators.read import read_tables
from extractor.model import Document, Figure, IndicatorTable

__all__ = ["read_indicators"]


def read_indicators(doc: Document, figures: list[Figure]) -> list[IndicatorTable]:
    """Every indicator table of the document; cells point at the figures extracted from them."""
    return read_tables(doc.blocks, figures)
