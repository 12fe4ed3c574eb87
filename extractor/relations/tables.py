"""Relations inside tables: total rows, subject-code hierarchies and column formulas.

A table block is read as a grid (extractor.model.Block.rows) whose numeric cells are Figures
(row, col, table=True). Three kinds of arithmetic are found:

1. Total rows (TBL001). A row labelled 合计/总计/小计/共计 sums the items it closes. Which items is
   often a matter of reading, so every plausible reading is kept (the checker is silent when any
   holds): the items since the previous total, the previous total plus the rows between
   (总计 = 本年收入合计 + 年初结转和结余), all top-level items above, the items below a total
   printed first, the lower totals it totals (小计 + 小计 = 合计). 其中 rows and sub-items (deeper
   numbering or indentation, a label repeating its parent's, a deeper subject code, a run of rows
   adding up exactly to the row above them) are left out. A parent row also sums the sub-items
   listed under it, and is at least the sum of its 其中 parts.
2. Subject-code hierarchies (TBL001). 决算/预算 tables list 功能/经济分类科目编码 in one code
   column (201, 20139, 2013901), in 类 | 款 | 项 columns or at the head of the names; a code's row
   is the sum of its direct children (or of its deepest codes, so a slip in a middle row is
   blamed once), and the 合计 row the sum of the top-level codes.
3. Column formulas (TBL002). A column whose header says it is derived (差异, 合计, 比率, 占比,
   年末结转和结余 …; patterns/tables.toml) is matched against candidate formulas over the other
   columns of its row: A − B, A + B + …, A + B − C, A / B × 100, (A − B) / B × 100, or A over the
   same column of a total row × 100. A formula is adopted only when it holds exactly, with a
   non-zero result, on at least two rows and holds on most rows where its operands exist; every
   adopted formula is a reading of each row, and the rows that break them all become findings.

Side-by-side layouts (项目 | 决算数 | 项目 | 决算数) are split into column groups: each run of
label or code columns governs the numeric columns to its right, up to the next such run. Header
rows repeated where a table continues are skipped; a new header row half-way (a 绩效自评表's
indicator rows under its funding rows) starts a new grid. Row-number columns and rows (行次, 栏次)
are never amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import permutations

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.arithmetic import evaluate, factor
from extractor.model import Block, Document, Figure, Relation
from extractor.relations.mentions import similarity
from extractor.structure import merged_header, numbering_of, without_numbering

# A formula is learnt from at least this many rows where it holds exactly with a non-zero result.
MIN_EVIDENCE_ROWS = 2


class RowWords(BaseModel):
    total_words: dict[str, int]
    part_lead: str
    serial_words: list[str]
    placeholder: str
    average_words: list[str]


class CodeWords(BaseModel):
    header: str
    cell: str
    in_label: str


class ColumnWords(BaseModel):
    ratio: list[str]
    difference: list[str]
    balance: list[str]
    sum: list[str]


class TableWords(BaseModel):
    rows: RowWords
    codes: CodeWords
    columns: ColumnWords


# compiled once: these run for every cell of every table
_WORDY = regex.compile(r"[\p{Han}A-Za-z\d]")
_LETTERS = regex.compile(r"\p{Han}|[A-Za-z]")


@cache
def _words() -> tuple[TableWords, dict[str, regex.Pattern]]:
    w = lexicon.load("tables", TableWords)
    pats = {
        "part": regex.compile(w.rows.part_lead),
        "placeholder": regex.compile(w.rows.placeholder),
        "code_header": regex.compile(w.codes.header),
        "code_cell": regex.compile(w.codes.cell),
        "code_in_label": regex.compile(w.codes.in_label),
    }
    return w, pats


_SPACES = regex.compile(r"[\s\u3000\xa0]+")


def _squeeze(text: str) -> str:
    return _SPACES.sub("", text)


# --------------------------------------------------------------------------- the grid


@dataclass(eq=False)
class Row:
    """One row of a column group, as the group's label and code columns describe it."""

    index: int  # row number in the block
    label: str  # the name as written, without its leading spaces
    code: str | None  # the subject code, levels joined (201 05 07 -> 2010507)
    cells: dict[int, Figure]  # column -> figure, for the group's value columns
    kind: str = "item"  # item | total | part
    rank: int = 0  # totals: 1 小计, 2 合计, 3 总计
    depth: int = 0  # 0 for a top-level item
    level: int | None = None  # the numbering its label opens with, by level (1 for 一、, 2 for （一）, 3 for 1.), if any
    indent: int = 0  # leading spaces of the label cell, where the reader kept them
    guessed: bool = False  # a sub-item only by its label (repeats its parent's): kept in loose readings
    shifted: bool = False  # its cells were packed to the left (blanks dropped): no column is known
    parent: Row | None = field(default=None, repr=False)


@dataclass
class Group:
    """A run of label/code columns and the numeric columns to its right."""

    label_cols: list[int]
    code_cols: list[int]
    value_cols: list[int]
    rows: list[Row] = field(default_factory=list)
    has_codes: bool = False
    family: dict[int, str | None] = field(default_factory=dict)  # value column -> ratio | difference | sum | None
    paths: list[list[str]] = field(default_factory=list)  # every column's header cells, top to bottom


@dataclass
class Grid:
    block: Block
    cells: list[list[str]]
    figs: dict[tuple[int, int], Figure]  # (row, col) -> the figure a numeric cell holds
    header_rows: list[int]
    data_rows: list[int]
    paths: list[list[str]]  # per column: its header cells, top to bottom (merged cells filled)


@dataclass
class TableRead:
    """One table block read as grids, each with its column groups."""

    block: Block
    grids: list[tuple[Grid, list[Group]]]


def read_tables(doc: Document, figures: list[Figure]) -> list[TableRead]:
    """Every table block that holds figures, as grids and column groups. Read once per document
    and shared by find_table_relations and restated.table_cells: it is a good part of the
    relations stage. The rows and groups are not changed once read."""
    by_block: dict[int, list[Figure]] = {}
    for f in figures:
        if f.table and f.row is not None and f.col is not None:
            by_block.setdefault(f.block, []).append(f)
    return [TableRead(b, [(grid, _groups(grid)) for grid in _grids(b, by_block[b.index])])
            for b in doc.blocks if b.kind == "table" and b.rows and b.index in by_block]


def find_table_relations(doc: Document, figures: list[Figure], tables: list[TableRead] | None = None) -> list[Relation]:
    """Relations stated by the tables of a document (rules TBL001 and TBL002); `tables` as
    read_tables gives them, read here when not given."""
    tables = read_tables(doc, figures) if tables is None else tables
    if not tables:
        return []
    by_id = {f.id: f for f in figures}
    out: list[Relation] = []
    for t in tables:
        for grid, groups in t.grids:
            averages = _of_averages(t.block, grid)
            for group in groups:
                if not averages:  # rows of averages do not add up
                    out += _total_relations(group) + _part_relations(group) + _code_relations(group)
                out += _column_formulas(group, by_id)
    return out


def _of_averages(b: Block, grid: Grid) -> bool:
    """Whether the table's caption or header names averages per unit (院均总收入情况)."""
    words = _words()[0].rows.average_words
    title = (b.caption or "") + "".join(cell for r in grid.header_rows for cell in grid.cells[r])
    return any(w in _squeeze(title) for w in words)


def _grids(b: Block, figs: list[Figure]) -> list[Grid]:
    """The block as one grid per section: a table that changes its columns' meaning half-way (a
    绩效自评表: funding rows, then indicator rows under their own header) is read as two tables."""
    rows = [list(r) for r in b.rows or []]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    per_cell: dict[tuple[int, int], list[Figure]] = {}
    for f in figs:
        per_cell.setdefault((f.row, f.col), []).append(f)
    cells: dict[tuple[int, int], Figure] = {}
    for (r, c), fs in per_cell.items():
        # a numeric cell holds one figure and nothing else (a cell of prose is not a grid value)
        if len(fs) == 1 and r < len(rows) and c < width and _only_number(rows[r][c], fs[0]):
            cells[(r, c)] = fs[0]
    numeric_rows = sorted({r for r, _ in cells})
    if not numeric_rows:
        return []
    grids = []
    top = 0
    while top < len(rows):
        first = next((r for r in numeric_rows if r >= top), None)
        if first is None:
            break
        header_rows = list(range(top, first))
        header_cells = {_squeeze(rows[r][c]) for r in header_rows for c in range(width)} - {""}
        data_rows: list[int] = []
        value_cols: set[int] = set()
        top = len(rows)
        for r in range(first, len(rows)):
            if _repeated_header(rows[r], r, cells, header_cells) or _serial_row(rows[r], r, cells):
                continue
            if _new_header(rows[r], r, cells, value_cols):
                top = r
                break
            data_rows.append(r)
            value_cols |= {c for c in range(width) if (r, c) in cells}
        paths = _header_paths([rows[r] for r in header_rows], width)
        grids.append(Grid(b, rows, cells, header_rows, data_rows, paths))
    return grids


def _new_header(row: list[str], r: int, cells: dict, value_cols: set[int]) -> bool:
    """A row of names over columns that held numbers so far: the columns mean something else below."""
    if any((r, c) in cells for c in range(len(row))):
        return False
    names = {_squeeze(row[c]) for c in value_cols if len(_squeeze(row[c])) >= 2 and _is_name(row[c])}
    return len(names) >= 2


def _serial_row(row: list[str], r: int, cells: dict) -> bool:
    """栏次 | 1 | 2 | 3: a row that numbers the columns."""
    w = _words()[0].rows
    if any(_squeeze(x) in w.serial_words for x in row):
        return True
    values = [cells[(r, c)].value for c in range(len(row)) if (r, c) in cells]
    return len(values) >= 3 and values == list(range(1, len(values) + 1)) and not any(_is_name(x) for x in row)


def _serial_column(grid: Grid, c: int) -> bool:
    """行次 1, 2, 3 down a column: it numbers the rows."""
    w = _words()[0].rows
    if any(word in _squeeze(h) for h in grid.paths[c] for word in w.serial_words):
        return True
    values = [grid.figs[(r, c)].value for r in grid.data_rows if (r, c) in grid.figs]
    return len(values) >= 3 and values == list(range(int(values[0]), int(values[0]) + len(values)))


def _only_number(cell: str, f: Figure) -> bool:
    rest = _squeeze(cell).replace(_squeeze(f.raw), "", 1)
    return not _WORDY.search(rest)


def _repeated_header(row: list[str], r: int, cells: dict, header_cells: set[str]) -> bool:
    """A header row printed again where a table continues on the next page."""
    if any((r, c) in cells for c in range(len(row))):
        return False
    texts = [_squeeze(x) for x in row if _squeeze(x)]
    return len(texts) >= 2 and all(t in header_cells for t in texts)


def _header_paths(header: list[list[str]], width: int) -> list[list[str]]:
    """Each column's header cells from top to bottom (merged cells carried over the columns they
    span), so 本年支出 | | over 合计 | 基本支出 | 项目支出 heads all three."""
    filled = merged_header(header, width)
    return [[row[c] for row in filled] for c in range(width)]


# --------------------------------------------------------------------------- column groups


def _groups(grid: Grid) -> list[Group]:
    _, pats = _words()
    width = len(grid.cells[0])
    roles = []
    for c in range(width):
        n_fig = n_text = n_code = 0
        for r in grid.data_rows:
            cell = grid.cells[r][c].strip()
            if not cell or pats["placeholder"].match(cell):
                continue
            if pats["code_cell"].match(cell):
                n_code += 1
            if (r, c) in grid.figs:
                n_fig += 1
            else:
                n_text += 1
        # code cells are found by their header and their digits, whether or not they became figures
        coded = any(pats["code_header"].search(_squeeze(h)) for h in grid.paths[c])
        if coded and n_code and n_code * 2 >= n_fig + n_text:
            roles.append("code")
        elif n_fig and _serial_column(grid, c):
            roles.append("serial")
        elif n_text > n_fig:
            roles.append("label")
        else:
            roles.append("value")
    groups: list[Group] = []
    current: Group | None = None
    for c, role in enumerate(roles):
        if role == "serial":
            continue
        if role in ("code", "label"):
            if current is None or current.value_cols:
                current = Group([], [], [])
                groups.append(current)
            (current.code_cols if role == "code" else current.label_cols).append(c)
        else:
            if current is None:
                current = Group([], [], [])
                groups.append(current)
            current.value_cols.append(c)
    for g in groups:
        g.value_cols = [c for c in g.value_cols if any((r, c) in grid.figs for r in grid.data_rows)]
        g.family = {c: _family(grid.paths[c]) for c in g.value_cols}
        g.paths = grid.paths
        g.rows = _rows(grid, g)
        g.has_codes = any(row.code for row in g.rows)
        _mark_shifted(g)
        _depths(g)
    return [g for g in groups if g.value_cols and g.rows]


def _mark_shifted(g: Group) -> None:
    """Rows whose cells a page packed to the left, its blank cells dropped ("4.其他收入 | 122,418.14 |
    189,965.82 | 1,094,445.48 | -82.64% | | |" under six amount columns and two of rates): they fill the
    first columns only, and one of their cells is a rate under a column of amounts (or the reverse) —
    of a kind at most one in three of the column's other cells have. Their figures stand under no known
    column: they lose their cells, and no sum reads them as 0."""
    for row in g.rows:
        cols = sorted(row.cells)
        if not cols or cols != g.value_cols[: len(cols)] or len(cols) == len(g.value_cols):
            continue
        for c in cols:
            others = [r.cells[c].kind == "percent" for r in g.rows if r is not row and c in r.cells]
            same = others.count(row.cells[c].kind == "percent")
            if len(others) >= 3 and same * 3 <= len(others):
                row.cells, row.shifted = {}, True
                break


def _rows(grid: Grid, g: Group) -> list[Row]:
    w, pats = _words()
    out: list[Row] = []
    code_width = {c: max((len(grid.cells[r][c].strip()) for r in grid.data_rows
                          if pats["code_cell"].match(grid.cells[r][c].strip())), default=0) for c in g.code_cols}
    previous_parts: list[str] = [""] * len(g.code_cols)
    for r in grid.data_rows:
        cells = {c: grid.figs[(r, c)] for c in g.value_cols if (r, c) in grid.figs}
        raw_label = next((grid.cells[r][c] for c in g.label_cols if _is_name(grid.cells[r][c])), "")
        if not raw_label:
            raw_label = next((grid.cells[r][c] for c in g.code_cols if _is_name(grid.cells[r][c])), "")
        parts = []
        for i, c in enumerate(g.code_cols):
            cell = grid.cells[r][c].strip()
            if pats["code_cell"].match(cell):
                # 款 and 项 keep their width when a spreadsheet dropped a leading zero (2 -> 02)
                parts.append(cell.zfill(code_width[c]) if i else cell)
            else:
                parts.append("")
        code = None
        if any(parts):
            deepest = max(i for i, p in enumerate(parts) if p)
            # blank higher levels are those of the row above (类 written once for its 款 and 项)
            parts = [p or (previous_parts[i] if i < deepest else "") for i, p in enumerate(parts)]
            if all(parts[: deepest + 1]):
                code = "".join(parts[: deepest + 1])
                previous_parts = parts
        label = raw_label.strip(" \u3000\xa0\t")
        if not g.code_cols:
            m = pats["code_in_label"].match(_squeeze(label))
            code = m.group("code") if m else None
        if not label and not code and not cells:
            continue
        indent = len(raw_label) - len(raw_label.lstrip(" \u3000\xa0\t"))
        out.append(Row(r, label, code, cells, indent=indent, level=(num := numbering_of(label)) and num[0]))
    if not g.code_cols:
        # codes written into the names (201 一般公共服务支出) count only where they form a hierarchy
        codes = {r.code for r in out if r.code}
        nested = any(c[:k] in codes for c in codes for k in range(3, len(c)))
        if len(codes) < 3 or not nested:
            for row in out:
                row.code = None
    _drop_garbled_codes(out)
    for row in out:
        name = _squeeze(row.label)
        if pats["part"].match(name):
            row.kind = "part"
        elif row.code is None:
            rank = max((v for k, v in w.rows.total_words.items() if k in name), default=0)
            if rank:
                row.kind, row.rank = "total", rank
    return out


def _drop_garbled_codes(rows: list[Row]) -> None:
    """A code of a length the table's hierarchy never uses (a lone "7" where a PDF lost "210")
    cannot be one of its codes: it would open a top-level group of its own. The lengths in use are
    those of codes with a parent or a child in the table (201, 20101, 2010101); a code of another
    length that is related to no other code is read as no code."""
    codes = {r.code for r in rows if r.code}
    related = {c for c in codes for o in codes if o != c and (o.startswith(c) or c.startswith(o))}
    lengths = {len(c) for c in related}
    if not lengths:
        return
    for row in rows:
        if row.code and row.code not in related and len(row.code) not in lengths:
            row.code = None


def _is_name(cell: str) -> bool:
    """A cell that names its row: some text that is neither a number, a code nor a dash."""
    s = _squeeze(cell)
    return bool(s) and bool(_LETTERS.search(s))


def _style(row: Row) -> tuple:
    """What makes rows siblings: the same numbering style and the same indentation."""
    return ("numbered", row.level) if row.level is not None else ("plain", row.indent)


def _depths(g: Group) -> None:
    """Depth of every row: code rows by their ancestors among the group's codes, other rows by
    their label style (a new numbering style or indentation opens a level under the row above)."""
    codes = {row.code for row in g.rows if row.code}
    for row in g.rows:
        if row.code:
            row.depth = sum(1 for k in range(1, len(row.code)) if row.code[:k] in codes)
    stack: list[tuple] = []
    last_at: dict[int, Row] = {}  # the latest item row seen at each depth
    above: Row | None = None  # the latest row that is not a part
    for row in g.rows:
        if row.kind != "part":
            above = row
        if row.code:
            continue
        if row.kind == "total":
            stack, last_at = [], {}
            continue
        if row.kind == "part":  # a part of the deepest item above it, or of the code row it follows
            parent = above if above is not None and above.code else last_at[max(last_at)] if last_at else None
            if parent is not None:
                row.parent, row.depth = parent, parent.depth + 1
            continue
        style = _style(row)
        if style in stack:
            depth = stack.index(style)
            del stack[depth + 1 :]
        else:
            stack.append(style)
            depth = len(stack) - 1
        row.depth = depth
        row.parent = last_at.get(depth - 1) if depth else None
        last_at = {d: r for d, r in last_at.items() if d < depth}
        last_at[depth] = row
        if depth == 0:
            _guess_sub_item(row, g.rows)


def _guess_sub_item(row: Row, rows: list[Row]) -> None:
    """A top-level-looking row that is a sub-item by its label: it follows a 其中 row and repeats
    part of that row's parent label (公务用车购置及运行维护费 / 其中：运行维护费 / 购置费)."""
    k = rows.index(row)
    prev = rows[k - 1] if k else None
    if prev is None or prev.kind != "part" or prev.parent is None:
        return
    if similarity(without_numbering(row.label), without_numbering(prev.parent.label)) >= 0.5:
        row.guessed, row.parent, row.depth = True, prev.parent, prev.parent.depth + 1




# --------------------------------------------------------------------------- relations


def _rel(rule: str, kind: str, stated: Figure, readings: list[dict], **data) -> Relation:
    """A relation whose first reading is the main one and the others its alternatives."""
    first, *rest = readings
    ids = [stated.id]
    for reading in readings:
        for key in ("terms", "num", "den"):
            ids += [i for i, _ in reading.get(key, []) if i not in ids]
    return Relation(kind=kind, rule=rule, source="table", figures=ids,
                    data={**first, **data, **({"alternatives": rest} if rest else {})})


def _amount(f: Figure | None) -> bool:
    return f is not None and f.kind != "percent"


def _sum_readings(stated: Figure, readings: list[list[Row]], col: int) -> list[dict]:
    """Distinct non-empty readings as term lists of the figures in one column (blanks are 0)."""
    out, seen = [], set()
    for rows in readings:
        if any(row.shifted for row in rows):
            continue  # a row whose cells stand under no known column: the sum is unknown
        figs = [row.cells[col] for row in rows if col in row.cells]
        if not figs or any(f.kind == "percent" for f in figs):
            continue
        if any(f.kind != stated.kind or (f.kind != "money" and f.unit != stated.unit) for f in figs):
            continue  # a bare score over rows of 亩 (cells shifted under a wrapped row) adds up nothing
        # a cell written 0.00 adds nothing but length to the message (and slack to the tolerance)
        figs = [f for f in figs if f.value != 0] or figs[:1]
        if len(figs) >= 2 and all(f.value == stated.value for f in figs):
            continue  # 100, 100, 100 and a total of 100: rates whose % the header gave (占调整预算%), no sum
        key = tuple(sorted(f.id for f in figs))
        if key in seen or stated.id in key:
            continue
        seen.add(key)
        out.append({"terms": [[f.id, 1] for f in figs]})
    return out


def _is_item(row: Row, how: str) -> bool:
    """Top-level items under three readings: strict (sub-items out), loose (sub-items guessed from
    labels kept in), flat (every row that is neither a total nor a 其中 part)."""
    if row.kind != "item":
        return False
    if row.code:
        return row.depth == 0
    if how == "flat":
        return True
    if how == "loose":
        return row.depth == 0 or row.guessed
    return row.depth == 0 and not row.guessed


def _total_relations(g: Group) -> list[Relation]:
    out = []
    ratio_cols = {c for c, f in g.family.items() if f == "ratio"}
    for k, total in enumerate(g.rows):
        if total.kind != "total":
            continue
        above = g.rows[:k]
        prev_k = max((i for i, r in enumerate(above) if r.kind == "total"), default=None)
        segment = above[prev_k + 1 :] if prev_k is not None else above
        below: list[Row] = []  # a total may be printed above its items (合计 as the first row)
        for r in g.rows[k + 1 :]:
            if r.kind == "total":
                break
            below.append(r)
        readings: list[list[Row]] = []
        if g.has_codes:
            readings.append([r for r in g.rows if r.code and r.depth == 0])
        for how in ("strict", "loose", "flat"):
            items = [r for r in segment if _is_item(r, how)]
            readings.append(items)
            if prev_k is not None:
                readings.append([above[prev_k]] + items)
            readings.append([r for r in above if _is_item(r, how)])
            readings.append([r for r in below if _is_item(r, how)])
        # 一、收入合计 1000 / 其中：财政拨款收入 800 / 事业收入 200: under a total printed first,
        # the 其中 list is the list of its items
        readings.append([r for r in below if r.kind == "part" or _is_item(r, "flat")])
        lower = []
        for r in reversed(above):
            if r.kind == "total" and r.rank >= total.rank:
                break
            if r.kind == "total":
                lower.append(r)
        if len(lower) >= 2:
            readings.append(lower[::-1])
        if (level := total.level) is not None and any((r.level or 9) <= level for r in g.rows if r is not total):
            # 二、收入合计 between 一、期初余额 and 三、支出合计 heads a section: what it adds up is numbered
            # below it ((一)收入小计, (二)上级补助收入 …), never what stands above it
            readings = [[r for r in below if _is_item(r, "flat") or r.kind == "part"]]
            readings.append(_numbered_children(g.rows[k + 1 :], level))
        for col, stated in total.cells.items():
            if col in ratio_cols or not _amount(stated):
                continue
            found = _sum_readings(stated, readings + [_unnested(items, col) for items in readings], col)
            if found:
                out.append(_rel("TBL001", "sum", stated, found))
    return out


def _numbered_children(below: list[Row], level: int) -> list[Row]:
    """The rows right below a row numbered at `level` that are numbered one level deeper (the
    first deeper numbering met), up to the next row numbered at its level or above."""
    children: list[Row] = []
    for r in below:
        own = r.level
        if own is None:
            continue
        if own <= level:
            break
        if not children or own == children[0].level:
            children.append(r)
    return children if len(children) > 1 else []  # a lone (一): the rest may be on a page cut off


def _unnested(items: list[Row], col: int) -> list[Row]:
    """Items without the rows that break down the row above them: where a PDF lost the
    indentation, 基本支出 300 / 人员经费 250 / 公用经费 50 shows its parts as items. A run of at
    least two non-zero rows adding up exactly to the row before it is read as that row's parts."""
    out: list[Row] = []
    i = 0
    while i < len(items):
        head = items[i].cells.get(col)
        out.append(items[i])
        end = None
        if head is not None and head.value > 0:
            acc, nonzero = Decimal(0), 0
            for j in range(i + 1, len(items)):
                cell = items[j].cells.get(col)
                if cell is not None and cell.kind != "percent":
                    acc += cell.value * (factor(cell) / factor(head))
                    nonzero += cell.value != 0
                if nonzero >= 2 and acc == head.value:
                    end = j
                    break
                if acc > head.value:
                    break
        i = end + 1 if end is not None else i + 1
    return out


def _part_relations(g: Group) -> list[Relation]:
    """A parent row and its sub-items outside code hierarchies: sub-items listed under it (a deeper
    numbering under a numbered row, deeper indentation under an indented one) add up to it; 其中
    parts (and rows guessed to be parts) add up to at most their parent. A plain row followed by
    numbered rows gets no relation: those may as well be the table's own items."""
    out = []
    ratio_cols = {c for c, f in g.family.items() if f == "ratio"}
    for parent in g.rows:
        if parent.kind == "total":
            continue
        children = [r for r in g.rows if r.parent is parent]
        if not children:
            continue
        listed = [r for r in children if r.kind == "item" and not r.guessed and not parent.code and (
            (r.level is not None and parent.level is not None and r.level > parent.level)
            or (r.level is None and parent.level is None and r.indent > parent.indent))]
        parts = [r for r in children if r.kind == "part" or r.guessed]
        strict_parts = [r for r in children if r.kind == "part"]
        for col, stated in parent.cells.items():
            if col in ratio_cols or not _amount(stated):
                continue
            if listed and len(listed) == len(children):
                found = _sum_readings(stated, [listed], col)
                if found:
                    out.append(_rel("TBL001", "sum", stated, found))
            elif parts:
                values = [stated] + [r.cells[col] for r in children if col in r.cells]
                if any(f.value < 0 for f in values):
                    continue  # "at most" means nothing among negative differences (a part's or a sibling's)
                found = _sum_readings(stated, [parts, strict_parts], col)
                if found:
                    out.append(_rel("TBL001", "sum", stated, found, at_most=True))
    return out


def _code_relations(g: Group) -> list[Relation]:
    """Each subject code's row against the sum of its direct children's rows."""
    coded = [r for r in g.rows if r.code]
    if len({r.code for r in coded}) != len(coded):
        return []  # a code listed twice: the hierarchy is not a tree of rows
    by_code = {r.code: r for r in coded}
    children: dict[str, list[Row]] = {}
    for r in coded:
        parent = next((r.code[:k] for k in range(len(r.code) - 1, 0, -1) if r.code[:k] in by_code), None)
        if parent is not None:
            children.setdefault(parent, []).append(r)
    def leaves(code: str) -> list[Row]:
        return [x for k in children.get(code, []) for x in (leaves(k.code) if k.code in children else [k])]

    ratio_cols = {c for c, f in g.family.items() if f == "ratio"}
    out = []
    for code, kids in children.items():
        parent = by_code[code]
        for col, stated in parent.cells.items():
            if col in ratio_cols or not _amount(stated):
                continue
            # the parent also stands when the slip is in a child (the child disagrees with its own
            # children): the sum of the deepest codes is the second reading
            found = _sum_readings(stated, [kids, leaves(code)], col)
            if found:
                out.append(_rel("TBL001", "sum", stated, found))
    return out


# --------------------------------------------------------------------------- column formulas

def _family(header: list[str]) -> str | None:
    """The formula family a column's header announces: ratio, difference, balance, sum or None.

    >>> _family(["项目", "超支节约比率"]), _family(["金额差异"]), _family(["本年支出", "合计"]), _family(["决算数"])
    ('ratio', 'difference', 'sum', None)
    >>> _family(["年末结转和结余"])
    'balance'
    """
    w = _words()[0].columns
    text = _squeeze("".join(header)).replace("、", "")  # (增、减额 is 增减额)
    for family in ("ratio", "difference", "balance", "sum"):
        if any(word in text for word in getattr(w, family)):
            return family
    return None


@dataclass(frozen=True)
class Formula:
    kind: str  # linear | ratio | share
    terms: tuple[tuple[int, int], ...] = ()  # linear: (column, sign)
    num: tuple[tuple[int, int], ...] = ()  # ratio
    den: tuple[tuple[int, int], ...] = ()
    total: Row | None = field(default=None, compare=False)  # share: the row whose cell is the base
    total_index: int = -1  # the total row's number, for comparing formulas


def _candidates(g: Group, col: int, family: str) -> list[Formula]:
    fam = g.family
    others = [c for c in g.value_cols if c != col]
    out: list[Formula] = []
    if family == "sum":
        plain = [c for c in others if fam[c] is None]
        right, left = [], []
        for c in (c for c in g.value_cols if c > col):
            if fam[c] == "sum":
                break
            if fam[c] is None:
                right.append(c)
        for c in (c for c in reversed(g.value_cols) if c < col):
            if fam[c] == "sum":
                break
            if fam[c] is None:
                left.insert(0, c)
        runs = [right, left]
        for i in range(len(plain)):
            for j in range(i + 2, len(plain) + 1):
                run = plain[i:j]
                if all(g.value_cols.index(run[n + 1]) - g.value_cols.index(run[n]) == 1 for n in range(len(run) - 1)):
                    runs.append(run)
        for run in runs:
            if len(run) >= 2:
                out.append(Formula("linear", terms=tuple((c, 1) for c in run)))
    elif family == "balance":
        # 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出
        pool = [c for c in others if fam[c] in (None, "sum")]
        for a, b, c in permutations(pool, 3):
            if a < b:
                out.append(Formula("linear", terms=((a, 1), (b, 1), (c, -1))))
    elif family == "difference":
        pool = [c for c in others if fam[c] in (None, "sum")]
        for a, b in permutations(pool, 2):
            out.append(Formula("linear", terms=((a, 1), (b, -1))))
    elif family == "ratio":
        pool = [c for c in others if fam[c] != "ratio"]
        for a, b in permutations(pool, 2):
            out.append(Formula("ratio", num=((a, 1),), den=((b, 1),)))
            out.append(Formula("ratio", num=((a, 1), (b, -1)), den=((b, 1),)))
        # a share (占比, 比重): the row's amount over the same column's total row
        for total in (r for r in g.rows if r.kind == "total"):
            for a in pool:
                if a in total.cells:
                    out.append(Formula("share", num=((a, 1),), den=((a, 1),), total=total, total_index=total.index))
    unique = []
    for f in out:
        if f not in unique:
            unique.append(f)
    return unique


def _reading(formula: Formula, row: Row) -> dict | None:
    """The formula over one row's figures, or None where its operands are missing: a blank adds
    nothing to a sum, but a difference or a ratio needs every operand (and a non-zero base)."""
    cells = row.cells
    if formula.kind == "linear":
        present = [(c, s) for c, s in formula.terms if c in cells]
        if not present or any(not _amount(cells[c]) for c, _ in present):
            return None
        if any(s < 0 for _, s in formula.terms) and len(present) < len(formula.terms):
            return None
        present = [(c, s) for c, s in present if cells[c].value != 0] or present[:1]
        return {"terms": [[cells[c].id, s] for c, s in present]}
    if formula.kind == "share" and row is formula.total:
        return None  # 100% of itself says nothing
    base = formula.total.cells if formula.kind == "share" else cells
    if any(c not in cells or not _amount(cells[c]) for c, _ in formula.num):
        return None
    if any(c not in base or not _amount(base[c]) for c, _ in formula.den):
        return None
    if sum(base[c].value * s for c, s in formula.den) == 0:
        return None
    return {"num": [[cells[c].id, s] for c, s in formula.num],
            "den": [[base[c].id, s] for c, s in formula.den], "scale": 100}


def _column_formulas(g: Group, by_id: dict[str, Figure]) -> list[Relation]:
    out = []
    for col in g.value_cols:
        family = g.family[col]
        if family is None:
            continue
        rows = [r for r in g.rows if col in r.cells and (r.cells[col].kind == "percent") == (family == "ratio")]
        if len(rows) < MIN_EVIDENCE_ROWS:
            # one row gives no evidence to choose among readings: only a layout that leaves one is read
            if rows and (layout := _layout_sum(g, col)) is not None:
                out += [_rel("TBL002", "linear", row.cells[col], [r]) for row in rows if (r := _reading(layout, row))]
            continue
        adopted: list[tuple[int, Formula]] = []
        for formula in _candidates(g, col, family):
            held = consistent = applicable = 0
            for row in rows:
                reading = _reading(formula, row)
                if reading is None:
                    continue
                applicable += 1
                stated = row.cells[col]
                verdict = evaluate(_relation(formula, stated, reading), by_id).verdict
                if verdict == "ok":
                    consistent += 1
                    held += stated.value != 0
                elif verdict == "rounding":
                    consistent += 1
            if held >= MIN_EVIDENCE_ROWS and consistent * 2 > applicable:
                adopted.append((held, formula))
        if not adopted:
            continue
        adopted.sort(key=lambda t: -t[0])  # stable: the structural candidates first among equals
        formulas = [f for _, f in adopted]
        for row in rows:
            readings = [r for r in (_reading(f, row) for f in formulas) if r is not None]
            if readings:
                kind = "ratio" if "num" in readings[0] else "linear"
                out.append(_rel("TBL002", kind, row.cells[col], readings))
    return out


def _layout_sum(g: Group, col: int) -> Formula | None:
    """The sum a column headed 合计 states where the table's layout leaves no other reading: the columns under
    the same header as it, one per heading (a heading over several columns by the 小计 among them), are plain
    amounts and it is the first or the last of them ("县（市、区） | 袁州 | 奉新 | … | 合计"; "“三公”经费预算数" over
    "合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费（小计 | 购置费 | 运行费）", not 机关运行经费 beside it)."""
    path = g.paths[col] if g.family[col] == "sum" else []
    level = next((k for k, cell in enumerate(path) if _family([cell]) == "sum"), None)
    # (a heading with another one under it, 合计 over 小计, is a header whose rows slipped: no layout to read)
    if level is None or any(path[level + 1 :]):
        return None
    under: dict[str, list[int]] = {}  # the sibling headings at the sum's level -> their value columns
    for c in g.value_cols:
        if c != col and g.paths[c][:level] == path[:level]:
            under.setdefault(g.paths[c][level], []).append(c)
    parts = []
    for cols in under.values():
        if len(cols) == 1:  # a plain amount with nothing under its heading
            if g.family[cols[0]] is not None or any(g.paths[cols[0]][level + 1 :]):
                return None
            parts += cols
        else:  # a heading over several columns, by its 小计
            subtotal = [c for c in cols if g.family[c] == "sum"]
            if len(subtotal) != 1:
                return None
            parts += subtotal
    parts.sort()
    if len(parts) < 2 or not (col < parts[0] or col > parts[-1]):
        return None
    return Formula("linear", terms=tuple((c, 1) for c in parts))


def _relation(formula: Formula, stated: Figure, reading: dict) -> Relation:
    kind = "linear" if formula.kind == "linear" else "ratio"
    return Relation(kind=kind, rule="TBL002", source="table", figures=[stated.id], data=reading)
