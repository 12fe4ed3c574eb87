"""A readable outline of a document model (`jixiao parse FILE`)."""

from __future__ import annotations

from extractor.model import Document


def outline(doc: Document, width: int = 60) -> str:
    lines = [f"{doc.path}  [{doc.format}{f', {doc.pages} 页' if doc.pages else ''}, {len(doc.blocks)} 块]"]
    lines += [f"  注：{n}" for n in doc.notes]
    for b in doc.blocks:
        where = f"p{b.page}" if b.page else (f"L{b.line}" if b.line else f"#{b.index}")
        if b.kind == "heading":
            indent = "  " * max(b.level or 0, 0)
            lines.append(f"{where:>6} {indent}{b.text[:width]}")
        elif b.kind == "table":
            rows = b.rows or []
            ncol = max((len(r) for r in rows), default=0)
            unit = f" 单位：{b.unit}" if b.unit else ""
            title = f" {b.caption}" if b.caption else ""
            lines.append(f"{where:>6}   [表 {len(rows)}×{ncol}{unit}]{title}")
            for r in rows[:3]:
                lines.append(f"{'':>6}     | " + " | ".join(c[:12] for c in r))
            if len(rows) > 3:
                lines.append(f"{'':>6}     | …")
        else:
            text = b.text if len(b.text) <= width else b.text[: width - 1] + "…"
            lines.append(f"{where:>6}   {text}")
    return "\n".join(lines)
