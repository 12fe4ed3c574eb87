"""`jixiao extract`: figures as a table to read, JSON, or CSV."""

from __future__ import annotations

import io
import json
import unicodedata

from extractor.model import CheckResult, Figure
from extractor.outputs.records import FIGURE_COLUMNS, figure_rows, write_csv_rows

# The table for reading: header in Chinese for auditors, widths in display columns.
_TABLE = (("编号", "id", 5), ("位置", "where", 10), ("类型", "kind", 7), ("原文", "raw", 16), ("数值", "value", 12),
          ("单位", "unit", 6), ("时期", "period", 4), ("含义", "label", 0))
_KINDS = {"money": "金额", "percent": "百分比", "count": "数量", "percent_point": "百分点", "number": "数字"}


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


def _cells(f: Figure) -> dict:
    where = f"p{f.page}" if f.page else (f"L{f.line}" if f.line else "")
    if f.table and f.row is not None:
        where += f"[{f.row},{f.col}]"
    value = f"{f.value}–{f.high}" if f.high is not None else str(f.value)
    label = f.label + (f"（{'/'.join(f.scope)}）" if f.scope else "")
    return {"id": f.id, "where": where, "kind": _KINDS.get(f.kind, f.kind), "raw": f.raw, "value": value,
            "unit": f.unit, "period": f.period or "", "label": label}


def render(result: CheckResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.model_dump(mode="json", exclude={"findings"}), ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        write_csv_rows(buf, FIGURE_COLUMNS, figure_rows(result))
        return buf.getvalue()
    lines = [f"{result.file}: {len(result.figures)} 个数字"]
    lines.append(" ".join(_pad(title, width) for title, _, width in _TABLE).rstrip())
    for f in result.figures:
        c = _cells(f)
        lines.append(" ".join(_pad(c[key], width) for _, key, width in _TABLE).rstrip())
    return "\n".join(lines) + "\n"
