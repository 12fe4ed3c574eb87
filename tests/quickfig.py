"""A deliberately small figure recogniser for testing relations and checks in isolation from
extractor.figures: numbers with a unit in prose, numeric cells in tables."""

from __future__ import annotations

import re
from decimal import Decimal

from extractor.model import Block, Document, Figure
from extractor.structure import build_document

_PROSE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)\s*(余)?\s*(万元|亿元|元|%|人次|人|辆|台|个|名|户|分|条|次|亩|公里)")
_CELL = re.compile(r"^-?\d[\d,]*(?:\.\d+)?%?$")


def doc_of(*items) -> Document:
    """Paragraph strings and tables (a list of rows, optionally preceded by a '单位：万元' string)."""
    blocks = []
    for it in items:
        if isinstance(it, str):
            blocks.append(Block(index=0, kind="paragraph", text=it))
        else:
            blocks.append(Block(index=0, kind="table", text="", rows=it))
    return build_document(blocks, path="t.txt", fmt="txt", sha256="0")


def figures_of(doc: Document) -> list[Figure]:
    out: list[Figure] = []

    def add(**kw):
        out.append(Figure(id=f"F{len(out) + 1}", **kw))

    for b in doc.blocks:
        section = doc.section_path(b.index)
        if b.kind == "table":
            for r, row in enumerate(b.rows or []):
                for c, cell in enumerate(row):
                    if c == 0 or not _CELL.match(cell.strip()):
                        continue
                    s, e = b.cell_span(r, c)
                    raw = cell.strip()
                    # like extractor.figures: a cell under a rate header (比率, 执行率, %) is a percentage
                    header = "".join(h[c] for h in b.rows[:1] if c < len(h))
                    pct = raw.endswith("%") or any(w in header for w in ("率", "%", "％"))
                    num = raw.rstrip("%").replace(",", "")
                    add(kind="percent" if pct else "money", raw=raw, value=Decimal(num), unit="%" if pct else (b.unit or "元"),
                        decimals=len(num.split(".")[1]) if "." in num else 0, block=b.index, start=s, end=e,
                        row=r, col=c, table=True, label=f"{row[0]}·{b.rows[0][c] if b.rows else ''}", section=section)
            continue
        for m in _PROSE.finditer(b.text):
            num, approx, unit = m.group(1).replace(",", ""), m.group(2), m.group(3)
            kind = "money" if unit.endswith("元") else "percent" if unit == "%" else "count"
            add(kind=kind, raw=m.group(0), value=Decimal(num), unit=unit, approx="more-than" if approx else None,
                decimals=len(num.split(".")[1]) if "." in num else 0, block=b.index,
                start=b.start + m.start(), end=b.start + m.end(), section=section)
    return out
