"""Figures: every money amount, percentage, count and score in a document, with what it measures.

    extract_figures(doc) -> [Figure, ...]  in document order, ids F1, F2, ...

recognise.py finds figures in a string, tables.py in table cells, context.py names them
(label, scope, period); the words of all three live in patterns/figures.toml.
"""

from __future__ import annotations

from extractor.figures.context import (
    clause_start,
    clean_label,
    name_in_text,
    period_of,
    scope_tags,
    sentence_subject,
)
from extractor.figures.recognise import Found, find_figures
from extractor.figures.tables import cell_figures
from extractor.figures.vocab import data
from extractor.model import NUMERALS, Block, Document, Figure, OcrSpan  # noqa: F401 (the doctest below builds one)

__all__ = ["block_figures", "extract_figures", "find_figures"]


def extract_figures(doc: Document) -> list[Figure]:
    out: list[Figure] = []
    for block in doc.blocks:
        out += block_figures(doc, block)
    for i, f in enumerate(out, 1):
        f.id = f"F{i}"
    if any(b.ocr or b.cell_confidence for b in doc.blocks):
        for f in out:
            f.confidence = read_confidence(doc.blocks[f.block], f)
    return out


def read_confidence(block: Block, f: Figure) -> float | None:
    """The recogniser's lowest confidence over the numerals of a figure read by OCR (over all its
    characters if it has none; a table figure: its cell's), None for one from a text layer.

    >>> span = lambda a, b, chars: OcrSpan(start=a, end=b, confidence=0.9, page=1, box=(0, 0, 1, 1), chars=chars)
    >>> b = Block(index=0, kind="paragraph", text="支出9.99万元", start=10,
    ...           ocr=[span(0, 3, [0.5, 0.99, 0.99]), span(3, 8, [0.99, 0.8, 0.99, 0.99, 0.99])])
    >>> read_confidence(b, Figure(id="F1", kind="money", raw="9.99万元", value=9.99, unit="万元", block=0, start=12, end=18))
    0.8
    >>> b = Block(index=0, kind="paragraph", text="占96.43%", ocr=[span(0, 7, [1, 1, 1, 1, 0.99, 1, 0.6])])
    >>> read_confidence(b, Figure(id="F1", kind="percent", raw="96.43%", value=96.43, unit="%", block=0, start=1, end=7))
    0.99
    """
    if block.kind == "table":
        if block.cell_confidence and f.row is not None and f.col is not None and f.row < len(block.cell_confidence):
            row = block.cell_confidence[f.row]
            return row[f.col] if f.col < len(row) else None
        return None
    start, end = f.start - block.start, f.end - block.start
    hits, numerals = [], []
    for s in block.ocr or ():
        if s.start < end and s.end > start:
            lo, hi = max(start, s.start), min(end, s.end)
            confs = s.chars[lo - s.start: hi - s.start] if s.chars else [s.confidence] * (hi - lo)
            for ch, c in zip(block.text[lo:hi], confs):
                if c is not None:
                    hits.append(c)
                    if ch in NUMERALS:
                        numerals.append(c)
    return min(numerals or hits) if hits else None


def block_figures(doc: Document, block: Block) -> list[Figure]:
    """The figures of one block (ids not yet given): a block's figures depend on that block and
    the headings above it only, so a caller that rewrites one block may re-read just that one."""
    section = doc.section_path(block.index)
    headings = list(reversed(section))  # innermost first
    if block.kind == "table":
        return _table_figures(block, section, headings)
    return _text_figures(block, section, headings)


def _figure(f: Found, block: Block, section: list[str], start: int, **extra) -> Figure:
    return Figure(
        id="",
        kind=f.kind,
        raw=f.raw,
        value=f.value,
        high=f.high,
        unit=f.unit,
        decimals=f.decimals,
        yuan=f.yuan,
        approx=f.approx,
        section=section,
        block=block.index,
        start=start + f.start,
        end=start + f.end,
        page=block.row_pages[extra["row"]] if block.row_pages and extra.get("row") is not None else block.page,
        line=block.line,
        **extra,
    )


def _text_figures(block: Block, section: list[str], headings: list[str]) -> list[Figure]:
    text = block.text
    numbering = len(block.number or "")
    found = find_figures(text, skip_before=numbering)
    out: list[Figure] = []
    for f, (label, period, clause) in zip(found, name_in_text(text, found, numbering)):
        scope = scope_tags([clause + label, sentence_subject(text, f.start, numbering), *headings])
        out.append(_figure(f, block, section, block.start, label=label, scope=scope, period=period))
    return out


def _table_figures(block: Block, section: list[str], headings: list[str]) -> list[Figure]:
    joiner = data().data.table.label_joiner
    out: list[Figure] = []
    spans = block.cell_spans()
    for cf in cell_figures(block):
        cell_start, _ = spans[cf.row][cf.col]
        cell = (block.rows or [])[cf.row][cf.col]
        own = clean_label(cell[clause_start(cell, cf.found.start):cf.found.start]) if cf.found.start else ""
        # 一般公共预算财政拨款收入 · 决算数, not · 收入 · 决算数: header words the row name already says are left out
        col = joiner.join(p for p in cf.col_header.split(joiner) if p and p not in cf.row_header)
        label = joiner.join(p for p in (cf.row_header, col, own) if p)
        headers = f"{cf.row_header} {cf.col_header} {own}"
        scope = scope_tags([headers, block.caption or "", *headings])
        period = period_of(cf.col_header) or period_of(cf.row_header)
        out.append(_figure(cf.found, block, section, cell_start, label=label, scope=scope, period=period,
                           row=cf.row, col=cf.col, table=True))
    return out
