"""Tables that lost their grid on the way to plain text, rebuilt where the layout is unambiguous.

Six layouts are recognised:
- one cell per line, each cell line led by a tab, rows separated by a blank line
  (what Word's "save as text" writes);
- one cell per line with lone "|" lines between the cells, rows ended by two "|" lines in a row
  or a blank line (a pipe table whose cells were each put on a line of their own);
- one row per line with cells separated by tabs (two or more cells on every line);
- one row per line with cells separated by pipes (| a | b |), markdown rules skipped;
- space-aligned columns: three or more lines whose columns are separated by gutters, runs of
  at least two blank display cells (a Chinese character is two cells wide) that are blank on
  every line, with numbers in the columns;
- a 绩效自评表 header line (its words, patterns/indicators.toml, separated by single spaces or run
  together) heading rows whose cells are separated by single spaces or run together: level names
  and a comparator with its number (里程≥30公里) are cut apart, the cells of each row are kept in
  order and extractor/indicators puts them in their columns.

A run becomes a table only when at least two rows, and all rows but one or two, have the same
number of cells (a header or total row may be shorter or longer by merged cells), so ordinary
prose never turns into a grid. Cell-per-line and delimited runs whose rows differ more (a 绩效自评表,
whose merged cells leave rows of two, four, eight and nine cells) are tables when most rows have
several cells and numbers stand in cells of their own (on one row is enough where every line is
cut by pipes, which prose never is; a line of bars alone is a border, no row). Numbered
lists written with a tab after the number (一、<tab>概况) and runs of long sentences are prose too.
Short rows are padded with empty cells so every table is a rectangle.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extractor.structure import numbering_of

_STRIP = " \u3000\xa0\ufeff"
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_NUMBER = re.compile(r"^[-+−]?[(（]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?[)）]?\s*[%％]?$")
_INNER_GAP = re.compile(r"\S(?: {2,}|\u3000)[ \u3000]*\S")
_GAPS = re.compile(r"(?: {2,}|\u3000)[ \u3000]*")
MAX_RUN = 400  # lines of one space-aligned table: bounds the work on text laid out with wide spaces
PROSE_CELL = 60  # characters: a cell this long is a sentence, not a table value


@dataclass
class FlatTable:
    first_line: int  # 0-based, inclusive
    last_line: int  # 0-based, inclusive
    rows: list[list[str]]


def find_flattened_tables(lines: list[str]) -> list[FlatTable]:
    found: list[FlatTable] = []
    i = 0
    while i < len(lines):
        t = _cell_per_line(lines, i) or _pipe_per_line(lines, i) or _delimited(lines, i, "|") or _delimited(lines, i, "\t")
        if t is None:
            t, run_end = _space_aligned(lines, i)
            t = t or _header_led(lines, i)
            if t is None:
                i = max(i + 1, run_end)  # a run of gapped lines is tried once, not from each line
                continue
        t.rows = [_weights_joined(r) for r in t.rows]
        width = max(len(r) for r in t.rows)
        t.rows = [x + [""] * (width - len(x)) for x in (_past_the_rates(r, t.rows, width) for r in t.rows)]
        found.append(t)
        i = t.last_line + 1
    return found


def _past_the_rates(row: list[str], rows: list[list[str]], width: int) -> list[str]:
    """A short row of a label and numbers, as many as the columns that are no rates, takes those columns: a total row
    leaves its rate cell out ("合计 | 24.7 | 7.49 |" under "票种 | 公益金比例 | 销量 | 筹集公益金 |")."""
    values = row[1:]
    if len(row) >= width or not row[0] or is_number(row[0]) or not values or not all(is_number(v) for v in values):
        return row
    def rate_column(k: int) -> bool:
        cells = [r[k] for r in rows if len(r) == width and is_number(r[k])]
        return len(cells) >= 2 and all(c.endswith("%") for c in cells)
    amounts = [k for k in range(1, width) if not rate_column(k)]
    if len(amounts) != len(values) or len(amounts) == width - 1:
        return row
    it = iter(values)
    return [row[0]] + [next(it) if k in amounts else "" for k in range(1, width)]


def _clean(cell: str) -> str:
    return cell.strip(_STRIP + "\t")


def is_number(cell: str) -> bool:
    """A table value: 16, -0.57, 23,866.88, 3.63%, （12）.

    >>> is_number("23,866.88"), is_number("-3.63%"), is_number("公务接待费"), is_number("2021年")
    (True, True, False, False)
    """
    return bool(_NUMBER.match(cell.strip()))


def _consistent(rows: list[list[str]]) -> bool:
    if len(rows) < 2:
        return False
    widths = [len(r) for r in rows]
    common = max(set(widths), key=lambda w: (widths.count(w), w))
    odd = 1 if len(rows) <= 3 else 2  # a header or a total row merged differently, and one more
    return common >= 2 and widths.count(common) >= max(2, len(rows) - odd) and not _prose(rows)


def _ragged(rows: list[list[str]], numbers: int = 2) -> bool:
    """Rows of a grid whose merged cells made them of different lengths: three or more, two thirds
    of them with several cells, numbers in cells of their own on `numbers` rows or more, and not prose."""
    several = sum(1 for r in rows if sum(1 for c in r if c) >= 2)
    numeric = sum(1 for r in rows if any(is_number(c) for c in r))
    return len(rows) >= 3 and several * 3 >= len(rows) * 2 and numeric >= numbers and not _prose(rows)


def _prose(rows: list[list[str]]) -> bool:
    """Rows that read as text: a numbered list with a tab after each number, or mostly sentences."""
    cells = [c for r in rows for c in r if c]
    if not cells:
        return True
    if sum(1 for c in cells if len(c) > PROSE_CELL) * 2 >= len(cells):
        return True
    markers = [r[0] for r in rows if r and r[0]]
    numbered = sum(1 for m in markers if (n := numbering_of(m)) and len(n[1]) >= len(m))
    return max(len(r) for r in rows) == 2 and numbered >= len(rows) - 1


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
    if not (_consistent(rows) or _ragged(rows)) or max(len(r) for r in rows) < 2:
        return None
    return FlatTable(i, last, rows)


def _pipe_per_line(lines: list[str], i: int) -> FlatTable | None:
    """One cell per line with a lone "|" line between cells (a pipe table whose cells each landed
    on a line of their own): two "|" lines in a row ("…|" closing one row, "|…" opening the next)
    or a blank line end a row. Two cell lines with no "|" between them are prose: the run ends."""
    def bar(k: int) -> bool:
        return k < len(lines) and _clean(lines[k]) == "|"

    def filled(k: int) -> bool:
        return k < len(lines) and bool(_clean(lines[k])) and not bar(k)

    # a run opens with a bar, or with a cell, a bar and a cell (not a caption before the first bar)
    if not (bar(i) or (filled(i) and bar(i + 1) and filled(i + 2))):
        return None
    outer = bar(i)  # | a | b | rows; without outer bars, rows are split by blank lines only
    rows: list[list[str]] = []
    row: list[str] = []
    after_bar = True
    last = i
    j = i
    while j < len(lines):
        cell = _clean(lines[j])
        if cell == "|":
            if after_bar and row:
                if not outer:
                    break
                rows.append(row)
                row = []
            after_bar, last = True, j
        elif not cell:
            if row:
                rows.append(row)
                row = []
            if not (bar(j + 1) or (filled(j + 1) and bar(j + 2))):
                break  # the next row must go on in the same way
            after_bar = True
        elif not after_bar or "|" in cell or len(cell) > PROSE_CELL or _RULE.match(cell):
            break
        else:
            row.append(cell)
            after_bar, last = False, j
        j += 1
    if row:
        rows.append(row)
    if not rows or max(len(r) for r in rows) < 2 or not (_consistent(rows) or _ragged(rows)):
        return None
    return FlatTable(i, last, rows)


def _delimited(lines: list[str], i: int, sep: str) -> FlatTable | None:
    def cells(line: str) -> list[str] | None:
        body = line.strip(_STRIP)
        if sep == "|":
            if body.count("|") < 2 and (body.count("|") < 1 or body.startswith("|") or body.endswith("|")):
                return None  # (one bar between two cells is a row of two: "合 计 | 1957.23")
            # a leading bar is a border only in a row that also ends with one (| a | b |); otherwise
            # it follows an empty first cell (a merged level: "| 质量指标 | 工程完工率 | 100")
            # and a row ending with one lost only that border: the bars before it part empty cells
            # ("资源税 | |||||" is a name and five empty cells, as wide as "增值税 | 266 | 292 | 292 | 100 | 9.77 |")
            body = body[1:-1] if body.startswith("|") and body.endswith("|") else body.removesuffix("|")
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
        if sep == "|" and rows and c and is_number(c[0]) and _wrapped(lines[j - 1], rows):
            rows[-1] += c  # "基本支出 | 985.19 | 914.97 |" + "10 | 10 | ||||": one row wrapped after its last cell
        elif any(c) or sep != "|":
            rows.append(c)  # (a line of bars alone, "||||", is a border, not a row)
        j += 1
    # pipes on every line say "table" more plainly than tabs: one row of numbers is enough (a 自评表's
    # funding part: its header, its field rows and one 年度资金总额 line)
    if not rows or not (_consistent(rows) or _ragged(rows, 1 if sep == "|" else 2)):
        return None
    if sep == "|" and all(len(r) <= 2 for r in rows) and (len(rows) < 3 or sum(is_number(r[-1]) for r in rows) < 2):
        return None  # one bar a line ("项目 | 决算数" over "合计 | 1957.23"…) makes a table of two columns only when long enough
    return FlatTable(i, j - 1, rows)


def _wrapped(line: str, rows: list[list[str]]) -> bool:
    """Whether a pipe row went on to the next line: it ends with a bar right after a filled cell
    (no empty cells to the table's width) and is shorter than an earlier row."""
    return re.search(r"[^|\s]\s*\|\s*$", line) is not None and not line.lstrip().startswith("|") \
        and len(rows[-1]) < max(map(len, rows[:-1]), default=0)


# --------------------------------------------------------------------------- space-aligned columns


def _display(line: str) -> list[str]:
    """The line as display cells: a wide (Chinese) character fills two cells, the second empty."""
    out: list[str] = []
    for ch in line.rstrip():
        if ch == "\t":
            out.extend(" " * (8 - len(out) % 8))
        elif ch == "\u3000":
            out.extend("  ")
        elif unicodedata.east_asian_width(ch) in "WF":
            out.extend((ch, ""))
        else:
            out.append(ch)
    return out


def _space_aligned(lines: list[str], i: int) -> tuple[FlatTable | None, int]:
    """Three or more lines cut into the same columns by gutters blank on every line; and where
    the run of lines with inner gaps that starts at line i ends.

    Two spans of the run are tried: the rows from the line above its first row of numbers to its
    last row of numbers (prose with wide spaces can stand next to a table), then all of it.
    """
    j = i
    while j < len(lines) and j - i < MAX_RUN and _INNER_GAP.search(lines[j].strip(_STRIP)):
        j += 1
    if j - i < 3:
        return None, i + 1
    spans = [(i, j)]
    numeric = [k for k in range(i, j) if any(is_number(f) for f in _GAPS.split(lines[k].strip(_STRIP))[1:])]
    if numeric:
        a, b = max(i, numeric[0] - 1), numeric[-1] + 1
        if (a, b) != (i, j) and b - a >= 3:
            spans.insert(0, (a, b))  # the tighter span first: a line of prose is no header
    for a, b in spans:
        t = _aligned(lines, a, b)
        if t is not None:
            return t, b
    return None, j


def _aligned(lines: list[str], i: int, j: int) -> FlatTable | None:
    """Lines i..j-1 as a table, when gutters cut them into columns of values.

    A header often stands centred over its column and overlaps the gutters of the rows below;
    then the gutters come from the body rows and each header word goes to the column under it.
    """
    grids = [_display(line) for line in lines[i:j]]
    bounds = _gutter_bounds(grids)
    rows = [_cut(g, bounds) for g in grids]
    if j - i >= 4:
        body_bounds = _gutter_bounds(grids[1:])
        if len(body_bounds) > len(bounds):
            rows = [_place_words(grids[0], body_bounds)] + [_cut(g, body_bounds) for g in grids[1:]]
    if len(rows[0]) < 2 or not _table_like(rows):
        return None
    return FlatTable(i, j - 1, rows)


def _gutter_bounds(grids: list[list[str]]) -> list[tuple[int, int]]:
    """Column spans [start, end) between gutters: runs of two or more cells blank on every line."""
    left = min(next(k for k, c in enumerate(g) if c != " ") for g in grids)
    right = max(len(g) for g in grids)
    blank = [all(k >= len(g) or g[k] == " " for g in grids) for k in range(right)]
    spans: list[tuple[int, int]] = []
    start = left
    k = left
    while k < right:
        if blank[k]:
            end = k
            while end < right and blank[end]:
                end += 1
            if end - k >= 2:
                spans.append((start, k))
                start = end
            k = end
        else:
            k += 1
    spans.append((start, right))
    return spans


def _cut(grid: list[str], bounds: list[tuple[int, int]]) -> list[str]:
    return ["".join(grid[a:b]).strip(_STRIP) for a, b in bounds]


def _place_words(grid: list[str], bounds: list[tuple[int, int]]) -> list[str]:
    """A header line's words (runs separated by two or more blanks) put in the column under their
    centre; the middle of each gutter divides two columns (a tie goes right, as numbers align right)."""
    dividers = [(bounds[n][1] + bounds[n + 1][0]) / 2 for n in range(len(bounds) - 1)]
    cells = [""] * len(bounds)
    for m in re.finditer(r"\S+(?: \S+)*", "".join(c if c else "\0" for c in grid)):
        centre = (m.start() + m.end()) / 2
        col = sum(1 for d in dividers if centre >= d)
        cells[col] += m.group().replace("\0", "")
    return cells


def _table_like(rows: list[list[str]]) -> bool:
    """Columns of values, not spaced-out prose: numbers in most body rows, few one-character cells."""
    if _prose(rows):
        return False
    body = rows[1:]
    with_numbers = sum(1 for r in body if any(is_number(c) for c in r[1:]))
    if with_numbers * 2 < len(body) or any(sum(1 for c in r if c) < 2 for r in body):
        return False
    words = [c for r in rows for c in r if c and not is_number(c)]
    return sum(1 for c in words if len(c) == 1) * 2 < len(words)


# --------------------------------------------------------------------------- 绩效自评表 rows without separators


def _header_led(lines: list[str], i: int) -> FlatTable | None:
    """A 自评表 header line and the rows under it, cells cut at spaces and at the words that end
    a run-together cell; words after a row's last number are one cell (a reason may hold spaces)."""
    from extractor.indicators.read import header_roles, zone_of

    header = _header_cells(lines[i])
    if header is None or not zone_of(header_roles(header)):
        return None
    rows = [header]
    j = i + 1
    while j < len(lines):
        other = _header_cells(lines[j])  # the indicator header under the funding rows
        if other is not None and zone_of(header_roles(other)):
            rows.append(other)
            j += 1
            continue
        cells = _row_cells(lines[j])
        if len(cells) < 2 or not any(is_number(c) for c in cells):
            break
        last = max(k for k, c in enumerate(cells) if is_number(c))
        rows.append(cells[: last + 1] + ([" ".join(cells[last + 1:])] if last + 1 < len(cells) else []))
        j += 1
    return FlatTable(i, j - 1, rows) if len(rows) >= 3 else None


def _header_cells(line: str) -> list[str] | None:
    """A line of header words: separated by spaces, or run together and cut at the known words."""
    from extractor.indicators.vocab import words

    tokens = line.strip(_STRIP).split()
    if len(tokens) >= 3:
        return tokens
    if len(tokens) != 1:
        return None
    w = words()
    cells, pos, text = [], 0, tokens[0]
    while pos < len(text):
        m = w.header_words.match(text, pos)
        note = w.header_noise.match(text, pos) if m is None and cells else None  # 项目资金（万元）
        if m is None and not note:
            return None
        if m:
            cells.append(m.group())
        else:
            cells[-1] += note.group()
        pos = (m or note).end()
    return cells


_WEIGHT_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")


def _weights_joined(row: list[str]) -> list[str]:
    """A level's weight cut off at a space ("产出指标 (50分)") joined back to its cell.

    >>> _weights_joined(["产出指标", "(50分)", "数量指标"])
    ['产出指标(50分)', '数量指标']
    """
    out: list[str] = []
    for cell in row:
        if out and out[-1] and _WEIGHT_NOTE.fullmatch(cell.strip()):
            out[-1] += cell.strip()
        else:
            out.append(cell)
    return out


def _row_cells(line: str) -> list[str]:
    """A row's cells: split at spaces, then level names and a comparator cut off a run-together cell.

    >>> _row_cells("产出指标数量指标维护道路里程≥30公里 32公里 20 20")
    ['产出指标', '数量指标', '维护道路里程', '≥30公里', '32公里', '20', '20']
    """
    from extractor.indicators.vocab import words

    w = words()
    cells: list[str] = []
    for token in line.strip(_STRIP).split():
        while (m := w.level_words.match(token)) and m.end() < len(token):
            cells.append(m.group())
            token = token[m.end():]
        m = w.measure_start.search(token)
        if m:
            cells += [token[: m.start()], token[m.start():]]
        else:
            cells.append(token)
    return cells
