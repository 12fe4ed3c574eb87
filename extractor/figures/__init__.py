"""Figures: every money amount, percentage, count and score in a document, with what it measures.

    extract_figures(doc) -> [Figure, ...]  in document order, ids F1, F2, ...

recognise.py finds figures in a string, tables.py in table cells, context.py names them
(label, scope, period); the words of all three live in patterns/figures.toml.
"""

from __future__ import annotations

from extractor.figures.context import (
    clause_end,
    clause_start,
    clean_label,
    period_of,
    scope_tags,
    sentence_start,
    sentence_subject,
)
from extractor.figures.recognise import Found, find_figures
from extractor.figures.tables import cell_figures
from extractor.figures.vocab import data
from extractor.model import Block, Document, Figure

__all__ = ["extract_figures", "find_figures"]


def extract_figures(doc: Document) -> list[Figure]:
    out: list[Figure] = []
    for block in doc.blocks:
        section = doc.section_path(block.index)
        headings = list(reversed(section))  # innermost first
        if block.kind == "table":
            out += _table_figures(block, section, headings)
        else:
            out += _text_figures(block, section, headings)
    for i, f in enumerate(out, 1):
        f.id = f"F{i}"
    return out


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
        page=block.page,
        line=block.line,
        **extra,
    )


def _text_figures(block: Block, section: list[str], headings: list[str]) -> list[Figure]:
    text = block.text
    numbering = len(block.number or "")
    found = find_figures(text, skip_before=numbering)
    out: list[Figure] = []
    prev: Found | None = None
    prev_label, prev_period = "", None
    ctx = data().data.context
    for i, f in enumerate(found):
        sent = sentence_start(text, f.start)
        same_sentence = prev is not None and prev.end > sent
        floor = prev.end if same_sentence else max(sent, numbering)
        begin = clause_start(text, f.start, floor)
        clause = text[begin:f.start]
        label = clean_label(clause)
        period = period_of(clause)
        if not clause.strip() and text[:f.start].rstrip().endswith(("）", ")")):
            # 设备（不含车辆）0台: an aside in brackets stands between the noun and its number
            clause = text[clause_start(text, _aside_start(text, f.start), floor):_aside_start(text, f.start)]
            label = clean_label(clause)
        if f.kind == "count" and len(label) < ctx.count_noun_min:
            # 建设3个党建示范基地: the counted noun follows the number
            label = label + _counted_noun(text, f, found[i + 1] if i + 1 < len(found) else None)
        between = _words(text[floor:f.start])
        if not label and same_sentence and not any(w in between for w in ctx.total_words):
            # 纳入监测对象29户77人, 150批次，902人次, 团组0个、累计0人次: the second figure shares the first's
            # label (and its period when nothing at all stands between them); 共计 would name a total of its own
            label, period = prev_label, period or (None if between else prev_period)
        scope = scope_tags([clause + label, sentence_subject(text, f.start, numbering), *headings])
        out.append(_figure(f, block, section, block.start, label=label, scope=scope, period=period))
        prev, prev_label, prev_period = f, label, period
    return out


def _aside_start(text: str, pos: int) -> int:
    """Where the bracketed aside ending just before `pos` opens (pos itself when there is none)."""
    end = len(text[:pos].rstrip())
    opening = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    return opening if opening != -1 else pos


def _words(s: str) -> str:
    """What is left of a stretch of text without punctuation and spaces."""
    marks = data().data.context.clause_marks
    return "".join(ch for ch in s if ch not in marks and not ch.isspace())


def _counted_noun(text: str, f: Found, nxt: Found | None) -> str:
    stop = clause_end(text, f.end, nxt.start if nxt else None)
    noun = text[f.end:stop]
    for w in data().data.approx.after:
        if noun.startswith(w):
            noun = noun[len(w):]
    return clean_label(noun)


def _table_figures(block: Block, section: list[str], headings: list[str]) -> list[Figure]:
    joiner = data().data.table.label_joiner
    out: list[Figure] = []
    for cf in cell_figures(block):
        cell_start, _ = block.cell_span(cf.row, cf.col)
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
