"""Excel .xlsx: each visible, non-empty sheet as a heading with the sheet's name, the title and
unit lines at its top as paragraphs, and the rest as one table block.

Values are the ones Excel cached at the last save (data_only): a formula never calculated reads
as an empty cell. Numbers are written as the sheet shows them: the decimals, percent and
thousands separators of the cell's number format, its literal text (0.00"万元"), rounded half
away from zero as Excel does, never float noise (15.420000000000002). A negative number always
shows a leading minus, whatever colour or parentheses the format's negative section asks for,
so the sign is never lost.

Merged cells: openpyxl gives the value in the top-left slot and empty slots elsewhere, which is
the rule the docx and html readers follow too; the grid is padded to a rectangle.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from extractor.errors import ReadError
from extractor.model import Block
from extractor.readers import Extracted
from extractor.readers.grid import table_blocks
from extractor.readers.ooxml import open_package

MAX_ROWS = 100_000  # per sheet; a report's sheet has hundreds


def read_xlsx(path, data: bytes) -> Extracted:
    import openpyxl

    name = str(path)
    open_package(data, name)
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    blocks: list[Block] = []
    notes: list[str] = []
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # a chart sheet
                continue
            if ws.sheet_state != "visible":
                notes.append(f"隐藏的工作表“{ws.title}”未读取")
                continue
            rows, cut, places = sheet_rows(ws, with_places=True)
            if cut:
                notes.append(f"工作表“{ws.title}”超过 {MAX_ROWS} 行，只读取了前 {MAX_ROWS} 行")
            if rows:
                blocks.append(Block(index=0, kind="heading", level=1, text=ws.title, sheet=ws.title))
                row_numbers, col_numbers = places
                blocks.extend(table_blocks(rows, title_anywhere=True, row_lines=row_numbers, col_refs=col_numbers,
                                           sheet=ws.title))
    finally:
        wb.close()
    if not blocks:
        raise ReadError(name, "工作簿中没有数据（所有可见工作表都是空的）")
    return Extracted(blocks=blocks, notes=notes)


def sheet_rows(ws, with_places: bool = False):
    """The sheet's non-empty rows as strings, empty columns removed, padded to a rectangle; with
    `with_places` also the sheet's 1-based row number of each row and column number of each column."""
    ws.reset_dimensions()  # a stale <dimension> (A1:XFD1048576) would pad every row to it
    rows: list[list[str]] = []
    numbers: list[int] = []
    cut = False
    for n, row in enumerate(ws.iter_rows(), 1):
        cells = [render_cell(c) for c in row]
        if any(cells):
            if len(rows) == MAX_ROWS:
                cut = True
                break
            rows.append(cells)
            numbers.append(getattr(row[0], "row", None) or n)
    if not rows:
        return ([], cut, ([], [])) if with_places else ([], cut)
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [j for j in range(width) if any(r[j] for r in rows)]
    grid = [[r[j] for j in keep] for r in rows]
    if with_places:
        return grid, cut, (numbers, [j + 1 for j in keep])
    return grid, cut


# --------------------------------------------------------------------------- numbers as shown


def render_cell(cell) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (int, float)):
        return format_number(value, getattr(cell, "number_format", "General") or "General")
    return str(value).strip()


_PLACEHOLDER = set("0#?.,%")
_BRACKET = re.compile(r"\[([^\]]*)\]")


def format_number(value: int | float, number_format: str) -> str:
    """A number as Excel displays it under `number_format` (first section; minus sign kept).

    >>> format_number(16, "0.00"), format_number(15.420000000000002, "General")
    ('16.00', '15.42')
    >>> format_number(-0.0363, "0.00%"), format_number(23866.875, "#,##0.00")
    ('-3.63%', '23,866.88')
    >>> format_number(16, '0.00"万元"'), format_number(-0.57, "0.00_);[Red](0.00)")
    ('16.00万元', '-0.57')
    >>> format_number(2.5, "0.0#"), format_number(2.125, "0.0#"), format_number(1234, '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ')
    ('2.5', '2.13', '1,234')
    """
    section = _first_section(number_format)
    if section.strip().lower() in ("general", "@", ""):
        return _general(value)
    prefix, numeric, suffix = _tokens(section)
    if not numeric or "E" in numeric.upper():
        return prefix + _general(value) + suffix
    number = Decimal(f"{value:.15g}")
    if "%" in numeric:
        number *= 100
    int_part, _, frac = numeric.replace("%", "").partition(".")
    required = frac.count("0")
    optional = frac.count("#") + frac.count("?")
    try:
        text = f"{abs(number).quantize(Decimal(1).scaleb(-(required + optional)), ROUND_HALF_UP):f}"
    except InvalidOperation:
        return prefix + _general(value) + suffix
    if optional:
        whole, _, digits = text.partition(".")
        digits = digits.rstrip("0").ljust(required, "0")
        text = f"{whole}.{digits}" if digits else whole
    if "," in int_part:
        whole, dot, digits = text.partition(".")
        text = f"{int(whole):,}{dot}{digits}"
    sign = "-" if number < 0 and any(ch in "123456789" for ch in text) else ""
    return sign + prefix + text + ("%" if "%" in numeric else "") + suffix


def _general(value: int | float) -> str:
    """Excel's General format: at most 15 significant digits, no exponent for report-sized numbers."""
    if isinstance(value, int):
        return str(value)
    text = f"{Decimal(f'{value:.15g}'):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _first_section(fmt: str) -> str:
    """The positive section of a format: up to the first ';' outside quotes."""
    quoted = False
    for i, ch in enumerate(fmt):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            return fmt[:i]
    return fmt


def _tokens(section: str) -> tuple[str, str, str]:
    """Literal text before the number, the number's placeholders, literal text after it."""
    before: list[str] = []
    numeric: list[str] = []
    after: list[str] = []
    i = 0
    while i < len(section):
        ch = section[i]
        out = after if numeric else before
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            out.append(section[i + 1:end])
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            out.append(section[i + 1])
            i += 2
            continue
        if ch in "_*":  # padding and fill: the next character takes space, not text
            i += 2
            continue
        if ch == "[":
            m = _BRACKET.match(section, i)
            if m:
                inner = m.group(1)
                if inner.startswith("$"):  # [$¥-804]: a currency symbol
                    out.append(inner[1:].split("-")[0])
                i = m.end()
                continue
        if ch in _PLACEHOLDER or (ch in "Ee" and numeric) or (ch in "+-" and numeric and numeric[-1] in "Ee"):
            if after:  # placeholders after literal text: keep it simple, it is all one number
                numeric.extend(after)
                after.clear()
            numeric.append(ch)
        elif ch not in " ":
            out.append(ch)
        i += 1
    num = "".join(numeric)
    if not any(c in num for c in "0#?"):
        return "".join(before), "", "".join(after)
    return "".join(before).strip(), num, "".join(after).strip()
