"""Realistic Documents and CheckResults built by hand for the dataset tests.

The figures are placed where their text stands (offsets, block, table cell) as the extractor
places them, with the label, scope and period a reader of the sentence would give; they do not
come from the extractor, which is being written elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from extractor.model import Block, CheckResult, Document, Figure, Finding, ReportMeta
from extractor.structure import build_document

_NUMBER = re.compile(r"(-?[\d,]+(?:\.(\d+))?)\s*(万元|亿元|千元|元|%|人|个|分)?")


def document(*blocks: str | list[list[str]], name: str = "report.txt") -> Document:
    """Paragraph strings and tables (lists of rows) in reading order."""
    parts = [
        Block(index=0, kind="table", text="", rows=b) if isinstance(b, list) else Block(index=0, kind="paragraph", text=b)
        for b in blocks
    ]
    text = repr(blocks).encode()
    return build_document(parts, path=name, fmt="txt", sha256=hashlib.sha256(text).hexdigest())


class Figures:
    """Figures of one document, each found where its raw text stands, after the previous one."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.figures: list[Figure] = []
        self._pos = 0

    def add(self, raw: str, label: str = "", scope: tuple[str, ...] = (), period: str | None = None,
            unit: str | None = None) -> Figure:
        text = self.doc.text
        start = text.index(raw, self._pos)
        self._pos = start + len(raw)
        block = next(b for b in self.doc.blocks if b.start <= start < b.end + 1)
        m = _NUMBER.fullmatch(raw.strip())
        assert m, raw
        value = Decimal(m.group(1).replace(",", ""))
        unit = unit or m.group(3) or block.unit or ""
        kind = "money" if unit.endswith("元") else "percent" if unit == "%" else "count"
        row = col = None
        if block.kind == "table":
            row, col = next((r, c) for r in range(len(block.rows)) for c in range(len(block.rows[r]))
                            if block.cell_span(r, c) == (start, start + len(raw)))
        scale = {"元": 1, "万元": 10000, "亿元": 100000000, "千元": 1000}.get(unit)
        f = Figure(
            id=f"F{len(self.figures) + 1}", kind=kind, raw=raw, value=value, unit=unit,
            decimals=len(m.group(2) or ""), yuan=value * scale if scale else None, label=label,
            scope=list(scope), period=period, block=block.index, start=start, end=start + len(raw),
            row=row, col=col, table=block.kind == "table",
        )
        self.figures.append(f)
        return f


def result(doc: Document, figures: list[Figure], *, unit_name: str | None = None, year: int | None = None,
           doc_type: str | None = None, findings: list[Finding] | None = None) -> CheckResult:
    return CheckResult(
        file=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.pages,
        report=ReportMeta(unit_name=unit_name, year=year, doc_type=doc_type),
        figures=figures, findings=findings or [],
    )


# --------------------------------------------------------------------------- a stand-in extractor
# For the tests that run `jixiao ingest` end to end: every "number + unit" in a paragraph or table
# becomes a figure labelled with the Chinese words just before it. Crude, but deterministic, so a
# test can count the figures a file must have in the database.

_FAKE_FIGURE = re.compile(r"([\u4e00-\u9fff]*)(\d[\d,]*(?:\.(\d+))?)(万元|元|%|人)")
_FAKE_UNIT = re.compile(r"单位：(.+)")
_FAKE_YEAR = re.compile(r"(\d{4})年度")


def fake_figure_count(text: str) -> int:
    """How many figures `fake_extract_figures` finds in a plain-text file's text."""
    return len(_FAKE_FIGURE.findall(text))


def fake_extract_figures(doc: Document) -> list[Figure]:
    figures: list[Figure] = []
    for b in doc.blocks:
        for m in _FAKE_FIGURE.finditer(b.text):
            value = Decimal(m.group(2).replace(",", ""))
            unit = m.group(4)
            scale = {"元": 1, "万元": 10000}.get(unit)
            figures.append(Figure(
                id=f"F{len(figures) + 1}", kind="money" if scale else "percent" if unit == "%" else "count",
                raw=m.group(0)[len(m.group(1)):], value=value, unit=unit, decimals=len(m.group(3) or ""),
                yuan=value * scale if scale else None, label=m.group(1), block=b.index,
                start=b.start + m.start(2), end=b.start + m.end(), line=b.line,
            ))
    return figures


def fake_report_meta(doc: Document, figures: list[Figure]) -> ReportMeta:
    text = doc.text
    unit = _FAKE_UNIT.search(text)
    year = _FAKE_YEAR.search(text)
    return ReportMeta(unit_name=unit.group(1).strip() if unit else None, year=int(year.group(1)) if year else None,
                      doc_type="预算" if "预算" in text else None)
