"""Tables that lost their grid on the way to plain text, rebuilt where the layout is unambiguous.

Three layouts are recognised:
- one cell per line, each cell line led by a tab, rows separated by a blank line
  (what Word's "save as text" writes);
- one row per line with cells separated by tabs (two or more cells on every line);
- one row per line with cells separated by pipes (| a | b |), markdown rules skipped.

A run becomes a table only when at least two rows have the same number of cells (the header row
may be shorter or longer by merged cells), so ordinary prose never turns into a grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STRIP = " \u3000\xa0\ufeff"
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass
class FlatTable:
    first_line: int  # 0-based, inclusive
    last_line: int  # 0-based, inclusive
    rows: list[list[str]]


def find_flattened_tables(lines: list[str]) -> list[FlatTable]:
    found: list[FlatTable] = []
    i = 0
    while i < len(lines):
        t = _cell_per_line(lines, i) or _delimited(lines, i, "|") or _delimited(lines, i, "\t")
        if t is None:
            i += 1
            continue
        found.append(t)
        i = t.last_line + 1
    return found


def _clean(cell: str) -> str:
    return cell.strip(_STRIP + "\t")


def _consistent(rows: list[list[str]]) -> bool:
    if len(rows) < 2:
        return False
    widths = [len(r) for r in rows]
    body = widths[1:] if len(widths) > 2 else widths
    common = max(set(body), key=body.count)
    return common >= 2 and body.count(common) >= max(2, len(body) - 1)


def _cell_per_line(lines: list[str], i: int) -> FlatTable | None:
    """Tab-led cell lines, grouped into rows by blank lines."""
    if not lines[i].startswith("\t"):
        return None
    rows: list[list[str]] = []
    row: list[str] = []
    j = i
    last = i
    while j < len(lines):
        line = lines[j]
        if line.startswith("\t"):
            row.append(_clean(line))
            last = j
        elif not line.strip(_STRIP + "\t"):
            if row:
                rows.append(row)
                row = []
            # two blank lines in a row end the table
            if j + 1 < len(lines) and not lines[j + 1].startswith("\t"):
                break
        else:
            break
        j += 1
    if row:
        rows.append(row)
    if not _consistent(rows) or max(len(r) for r in rows) < 2:
        return None
    return FlatTable(i, last, rows)


def _delimited(lines: list[str], i: int, sep: str) -> FlatTable | None:
    def cells(line: str) -> list[str] | None:
        body = line.strip(_STRIP)
        if sep == "|":
            if body.count("|") < 2:
                return None
            body = body.strip("|")
        elif body.count("\t") < 1:
            return None
        return [_clean(c) for c in body.split(sep)]

    rows: list[list[str]] = []
    j = i
    while j < len(lines):
        if sep == "|" and _RULE.match(lines[j]) and rows:
            j += 1
            continue
        c = cells(lines[j])
        if c is None:
            break
        rows.append(c)
        j += 1
    if not _consistent(rows):
        return None
    return FlatTable(i, j - 1, rows)
