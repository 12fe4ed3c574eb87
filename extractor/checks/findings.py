"""Building a Finding from the figures it cites: location (location.py), excerpt, fingerprint."""

from __future__ import annotations

import hashlib
from bisect import bisect_left

from extractor.checks.location import locate
from extractor.checks.registry import RULES
from extractor.model import Document, Figure, Finding, Severity
from extractor.sentences import excerpt as sentence_excerpt


def make_finding(
    doc: Document,
    code: str,
    figures: list[Figure],
    message: str,
    *,
    severity: Severity | None = None,
    stated: str | None = None,
    computed: str | None = None,
    excerpt: str | None = None,
    at: tuple[int, int] | None = None,
) -> Finding:
    """A finding of rule `code` about `figures` (the suspect one first).

    `at` gives the passage to point at when no figure does (text rules)."""
    rule = RULES[code]
    lead = figures[0] if figures else None
    start, end = at if at else ((lead.start, lead.end) if lead else (None, None))
    block = lead.block if lead else _block_at(doc, start)
    if excerpt is None and start is not None:
        excerpt = _row_text(doc, lead) if lead is not None and lead.table else _excerpt(doc, start, end)
    b = doc.blocks[block] if block is not None and 0 <= block < len(doc.blocks) else None
    place = locate(doc, block, start, lead)
    key = "|".join([code] + [f"{f.raw}@{f.label}" for f in figures] + ([message, excerpt or ""] if not figures else []))
    return Finding(
        rule=code,
        type=rule.type,
        severity=severity or rule.severity,
        figures=[f.id for f in figures],
        message=message,
        excerpt=excerpt,
        page=place.page or (lead.page if lead else (b.page if b else None)),
        line=place.line or (lead.line if lead else (b.line if b else None)),
        location=place.text(),
        paragraph=place.paragraph,
        table=place.table,
        row=place.row,
        col=place.col,
        sheet=place.sheet,
        cell=place.cell,
        block=block,
        start=start,
        end=end,
        stated=stated,
        computed=computed,
        fingerprint=hashlib.sha1(key.encode()).hexdigest()[:12],
    )


def _block_at(doc: Document, pos: int | None) -> int | None:
    """The block holding offset `pos` (its end counts: the newline after it)."""
    if pos is None:
        return None
    k = bisect_left(doc.blocks, pos, key=lambda b: b.end)  # blocks are in text order
    return doc.blocks[k].index if k < len(doc.blocks) and doc.blocks[k].start <= pos else None


def _excerpt(doc: Document, start: int, end: int) -> str:
    """The sentences around [start, end), read from the blocks that hold them: a sentence never
    crosses the newline between blocks, so the document's whole text is not joined per finding."""
    first, last = _block_at(doc, start), _block_at(doc, max(start, end - 1))
    if first is None or last is None:
        return sentence_excerpt(doc.text, start, end)
    base = doc.blocks[first].start
    text = "\n".join(b.text for b in doc.blocks[first : last + 1])
    return sentence_excerpt(text, start - base, end - base)


def _row_text(doc: Document, f: Figure) -> str:
    rows = doc.blocks[f.block].rows or []
    if f.row is None or f.row >= len(rows):
        return doc.blocks[f.block].text[:160]
    return " | ".join(c for c in rows[f.row] if c)
