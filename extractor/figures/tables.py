"""Figures in table cells: the unit from the table, its column or its row; the label from the
row header and the column header; code, serial-number and header cells left out.

How a grid is read:
- header rows are the rows above the first row holding a figure; a later row of names standing
  where numbers stood opens a new zone with its own header (the indicator rows of a 绩效自评表
  under its funding rows); rows that only number the columns (栏次 1 2 3) are neither header nor data;
- a column is a code column when its header says so (科目编码, 序号, 类/款/项), and a number
  standing left of its row's name is a code or serial number whatever the header;
- a number's row header is the nearest text cell to its left (side-by-side layouts such as
  收入 | 决算数 | 支出 | 决算数 pair each number with its own name);
- its unit: % in the cell, a rate column or row (率, 比例), a unit in brackets in the column or
  row header (金额（万元）, 人数（人）), a header word (得分 → 分), then the table's caption unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from extractor.figures.numerals import is_identifier, normalise, parse_arabic
from extractor.figures.recognise import Found, find_figures, unit_of
from extractor.figures.vocab import data
from extractor.model import Block
from extractor.structure import merged_header, numbering_of, unit_of_caption, unit_of_header


@dataclass
class CellFigure:
    found: Found  # offsets index the cell's text
    row: int
    col: int
    row_header: str
    col_header: str


@lru_cache(maxsize=16384)  # cells repeat (0, 0.00, 合计): each text is parsed once
def _numeric(cell: str) -> tuple[Decimal, int, bool] | None:
    """(value, decimals, has %) of a cell that is only a number."""
    m = data().numeric_cell.match(normalise(cell))
    if not m:
        return None
    value, decimals = parse_arabic(m.group("num"))
    if is_identifier(value):  # an account or serial number in a cell is text, not a figure
        return None
    return value, decimals, bool(m.group("pct"))


def _is_numbering_row(row: list[str]) -> bool:
    """栏次 | 1 | 2 | 3 ...: the row numbers the columns."""
    c = data()
    texts = [x for x in row if x.strip()]
    if texts and c.numbering_row.match(texts[0]):
        return True
    nums = [_numeric(x) for x in texts]
    if len(texts) >= 3 and all(nums):
        values = [n[0] for n in nums]
        return values == [Decimal(i) for i in range(int(values[0]), int(values[0]) + len(values))]
    return False


def _header_text(cell: str) -> str:
    """A header cell without unit captions (单位：万元) that merged cells may repeat."""
    s = cell.strip()
    return "" if unit_of_caption(s) else s


def _row_name(cell: str) -> str:
    s = cell.strip()
    for w in data().data.table.row_header_leading:
        if s.startswith(w):
            s = s[len(w):].strip()
    num = numbering_of(s)
    if num:
        s = s[len(num[1]):].strip()
    return s


def _explicit_unit(header: str) -> tuple[str, str, int] | None:
    """(kind, unit, multiplier) from a unit in brackets (金额（万元）) or a header word (得分)."""
    c = data()
    for m in c.header_unit.finditer(normalise(header)):
        u = unit_of(m.group("unit").strip())
        if u:
            return u
    return _word_unit(header)


def _word_unit(header: str) -> tuple[str, str, int] | None:
    """The unit a header word gives its column: 得分 and 分值 hold points, 人数 people."""
    for word, unit in data().data.table.header_words.items():
        if word in header:
            return unit_of(unit)
    return None


@dataclass
class _Zone:
    """The column headers in force for the data rows below them."""

    col_header: list[str]
    code_col: list[bool]
    unit: tuple[str, str, int] | None  # the unit the table or this zone's header gives


def _is_field_row(row: list[str]) -> bool:
    """项目名称 | 农村公路养护 | (merged): a field and its value, not a column header."""
    texts = [i for i, x in enumerate(row) if x.strip()]
    return texts == [0, 1] and len(row) >= 4


def _zone(header_rows: list[list[str]], width: int, unit: tuple[str, str, int] | None) -> _Zone:
    c = data()
    headers = merged_header([[_header_text(x) for x in r] for r in header_rows if not _is_field_row(r)], width)
    col_header = []
    for col in range(width):
        parts: list[str] = []
        for r in headers:
            if r[col] and r[col] not in parts:
                parts.append(r[col])
        col_header.append(c.data.table.label_joiner.join(parts))
    return _Zone(col_header, [bool(c.code_header.search(h)) for h in col_header], unit)


def _opens_zone(row: list[str], numeric_cols: set[int]) -> bool:
    """A row of names standing where numbers stood above (一级指标 | 年度指标值 | 分值 | 得分 under the
    funding rows of a 绩效自评表) heads the rows below it."""
    texts = {i for i, x in enumerate(row) if x.strip()}
    if any(_numeric(row[i]) or find_figures(row[i]) for i in texts):
        return False
    return len(texts & numeric_cols) >= 2


def cell_figures(block: Block) -> list[CellFigure]:
    """Every figure in a table block's cells, in reading order (row by row)."""
    rows = block.rows or []
    if not rows:
        return []
    width = max(len(r) for r in rows)
    caption_unit = unit_of_caption(block.caption or "")
    table_unit = unit_of(block.unit) if block.unit else None
    later_unit = unit_of(caption_unit) if caption_unit else None  # a caption above the table covers every zone
    out: list[CellFigure] = []
    pending: list[list[str]] = []  # header rows of the zone being read
    zone: _Zone | None = None
    numeric_cols: set[int] = set()
    for r, row in enumerate(rows):
        if _is_numbering_row(row):
            continue
        # a row holds data when a cell is a number or a text with a figure (≥500人次 in an indicator table)
        in_text: dict[str, list[Found]] = {}  # figures in the row's text cells, found once per row
        has_data = any(_numeric(x) or _found_in(x, in_text) for x in row if x.strip())
        if not has_data and (zone is None or pending or _opens_zone(row, numeric_cols)):
            pending.append(row)
            continue
        if zone is None or pending:
            unit = (table_unit if zone is None else None) or _zone_unit(pending) or later_unit
            zone, pending = _zone(pending, width, unit), []
        numeric_cols |= {i for i, x in enumerate(row) if _numeric(x) and not zone.code_col[i]}
        out += _row_figures(row, r, zone, in_text)
    return out


def _zone_unit(header_rows: list[list[str]]):
    u = unit_of_header(header_rows) if header_rows else None
    return unit_of(u) if u else None


def _found_in(cell: str, memo: dict[str, list[Found]]) -> list[Found]:
    if cell not in memo:
        memo[cell] = find_figures(cell)
    return memo[cell]


def _row_figures(row: list[str], r: int, zone: _Zone, memo: dict[str, list[Found]]) -> list[CellFigure]:
    out: list[CellFigure] = []
    # Text cells; in a code column only a name such as 合计 (merged over the code cells) counts.
    text_cols = [i for i, x in enumerate(row) if x.strip() and _numeric(x) is None]
    in_text = {i: ([] if zone.code_col[i] else _found_in(row[i], memo)) for i in text_cols}
    names = [i for i in text_cols if not in_text[i]]  # text cells that name, not measure (≥90% measures)
    first_text = text_cols[0] if text_cols else None
    for col, cell in enumerate(row):
        if not cell.strip():
            continue
        left = [i for i in names if i < col]
        row_header = _row_name(row[left[-1]]) if left else ""
        col_header = zone.col_header[col] if col < len(zone.col_header) else ""
        num = _numeric(cell)
        if num is None:
            if col != first_text:  # the row's name: a number there is part of the name (单价50万元以上设备)
                out += [CellFigure(f, r, col, row_header, col_header) for f in in_text.get(col, [])]
            continue
        if zone.code_col[col] or (first_text is not None and col < first_text):
            continue  # a code, or a serial number before the row's name
        unit = _cell_unit(num[2], col_header, row_header, row[left[-1]] if left else "", zone.unit)
        value, decimals, _ = num
        lead = len(cell) - len(cell.lstrip())
        raw = cell.strip()
        kind, canon, mult = unit or ("number", "", 1)
        out.append(CellFigure(Found(kind, raw, lead, lead + len(raw), value, canon, decimals, multiplier=mult),
                              r, col, row_header, col_header))
    return out


def _cell_unit(has_pct: bool, col_header: str, row_header: str, row_cell: str, table_unit):
    c = data()
    if has_pct or c.percent_header.search(col_header):
        return unit_of("%")
    # a column of points stays points in a row named after a rate (养护路段优良路率 | 分值 10 | 得分 10)
    scored = _word_unit(col_header)
    if scored:
        return scored
    if c.percent_header.search(row_header):
        return unit_of("%")
    return _explicit_unit(col_header) or _explicit_unit(row_cell) or table_unit
