"""Realistic Documents and CheckResults built by hand for the dataset tests.

The figures are placed where their text stands (offsets, block, table cell) as the extractor
places them, with the label, scope and period a reader of the sentence would give; they do not
come from the extractor, which is being written elsewhere.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

from extractor.model import Block, CheckResult, Document, Figure, Finding, ReportMeta
from extractor.structure import build_document

_NUMBER = re.compile(r"(-?[\d,]+(?:\.(\d+))?)\s*(万元|亿元|千元|元|%|人|个|分)?")


def counts(db: Path) -> dict[str, int]:
    """Rows in each table of a dataset file."""
    c = sqlite3.connect(db)
    try:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "figures", "findings", "blocks", "tables")}
    finally:
        c.close()


def document(*blocks: str | list[list[str]], name: str = "report.txt") -> Document:
    """Paragraph strings and tables (lists of rows) in reading order."""
    parts = [Block(index=0, kind="table", text="", rows=b) if isinstance(b, list)
             else Block(index=0, kind="paragraph", text=b) for b in blocks]
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


# --------------------------------------------------------------------------- sample reports


def budget(year: int, total: str, change_word: str, change: str, name: str = "budget.txt"):
    """A 预算 paragraph: income, of which 财政拨款, and its change against last year's budget."""
    doc = document(
        f"{year}年，本部门收入预算{total}万元，其中：财政拨款收入{total}万元，比{year - 1}年预算{change_word}{change}万元；"
        f"事业收入0.00万元。",
        name=name,
    )
    fs = Figures(doc)
    fs.add(f"{total}万元", "收入预算")
    fs.add(f"{total}万元", "财政拨款收入", ("财政拨款",))
    fs.add(f"{change}万元", f"比{year - 1}年预算{change_word}", ("财政拨款",))
    fs.add("0.00万元", "事业收入")
    return doc, fs.figures


def sample():
    doc = document(
        "（三）“三公”经费情况",
        "2024年“三公”经费支出12.57万元，其中公务接待费1.35万元。",
        "金额单位：万元",
        [["项目", "预算数", "决算数"], ["公务接待费", "1.50", "1.35"], ["合计", "13.00", "12.57"]],
    )
    fs = Figures(doc)
    fs.add("12.57万元", "“三公”经费支出", ("三公经费",), "本年")
    fs.add("1.35万元", "公务接待费", ("三公经费", "公务接待费"))
    fs.add("1.50", "公务接待费·预算数", ("三公经费",))
    fs.add("1.35", "公务接待费·决算数", ("三公经费",))
    fs.add("13.00", "合计·预算数", ("三公经费",))
    fs.add("12.57", "合计·决算数", ("三公经费",))
    finding = Finding(rule="SUM001", type="sum", severity="error", figures=["F1", "F2"], message="合计不符",
                      excerpt="2024年“三公”经费支出12.57万元", page=3, line=7, block=1, start=0, end=9,
                      stated="12.57", computed="12.58", fingerprint="abc")
    return doc, result(doc, fs.figures, unit_name="某区审计局（本级）", year=2024, doc_type="决算", findings=[finding])


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
