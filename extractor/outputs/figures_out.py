"""`jixiao extract`: figures as a table to read, JSON, or CSV."""

from __future__ import annotations

import csv
import io
import json

from extractor.model import CheckResult

COLUMNS = ("id", "kind", "raw", "value", "high", "unit", "yuan", "approx", "label", "scope", "period", "page", "line", "section")


def _row(f) -> dict:
    d = f.model_dump(mode="json")
    d["scope"] = "/".join(f.scope)
    d["section"] = " > ".join(f.section)
    return {k: ("" if d.get(k) is None else d.get(k)) for k in COLUMNS}


def render(result: CheckResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.model_dump(mode="json", exclude={"findings"}), ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=COLUMNS)
        w.writeheader()
        for f in result.figures:
            w.writerow(_row(f))
        return buf.getvalue()
    lines = [f"{result.file}: {len(result.figures)} 个数字"]
    for f in result.figures:
        where = f"p{f.page}" if f.page else (f"L{f.line}" if f.line else "")
        lines.append(f"{f.id:>5} {where:>5} {f.kind:<7} {f.raw:<16} {f.value} {f.unit:<4} {f.label}")
    return "\n".join(lines) + "\n"
