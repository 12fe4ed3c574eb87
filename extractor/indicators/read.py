"""Reading 绩效自评表 out of table blocks: header zones, funding lines, indicator rows, the total
row and the grade.

How a grid is read:
- a header row names the columns of the rows below it: the funding zone (年初预算数 | 全年预算数 |
  全年执行数 | 分值 | 执行率 | 得分) or the indicator zone (一级指标 | 二级指标 | 三级指标 | 年度指标值 |
  实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施); a header may take two rows (评分 over 分值 | 得分);
- a data row is read in the header's columns when its cells fit them (numbers where numbers
  belong, names where names belong); a row that lost cells on the way to text (merged cells of a
  PDF or a flattened table) is moved right until they fit, one with a name the header has no
  column for is moved left;
- a table split over pages goes on in the next block; a funding table and the indicator table
  right after it are one 自评表;
- merged first- and second-level cells are carried down; 产出指标（50分） states its group's weight;
- the 总分/合计 row gives the total weight and points, a 小计 row its group's weight, and a
  自评等级 row (or a 等级：优 cell) the grade the table states.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extractor.figures.numerals import normalise
from extractor.indicators.measure import parse_measure
from extractor.indicators.vocab import words
from extractor.model import Block, Figure, FundingLine, Indicator, IndicatorTable

_FUNDING_AMOUNTS = ("budget", "adjusted", "executed", "rate")
_NUMBERS = {"budget", "adjusted", "executed", "rate", "weight", "points"}  # roles whose cells are one number
_MEASURES = {"target", "actual"}  # a number or words
_NAMES = {"level1", "level2", "level3", "content", "reason", "criteria", "comparator", "unit"}  # never a bare number
_LEVEL_NAMES = {"level1", "level2", "level3", "content"}


def number(cell: str) -> Decimal | None:
    """The value of a cell that is one number (10, 9.55, 97.50%, 10分); None otherwise.

    >>> number("1,085.60"), number("97.50%"), number("10分"), number("—"), number("≥90%")
    (Decimal('1085.60'), Decimal('97.50'), Decimal('10'), None, None)
    """
    m = words().number_cell.match("".join(normalise(cell).split()))
    return Decimal(m.group("num").replace(",", "")) if m else None


def _blank(cell: str) -> bool:
    return "".join(cell.split()) in words().blank_cells


def header_roles(row: list[str]) -> dict[int, str]:
    """The role of each header cell that names one (column -> role); empty when a cell is a number.

    >>> header_roles(["绩效指标", "一级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分（C）"])
    {1: 'level1', 2: 'level3', 3: 'target', 4: 'actual', 5: 'weight', 6: 'points'}
    """
    w = words()
    out: dict[int, str] = {}
    for col, cell in enumerate(row):
        if number(cell) is not None:
            return {}
        key = w.header_noise.sub("", normalise(cell))
        if not key or len(key) > 16:  # a long cell is a sentence, not a column name
            continue
        role = next((name for name, pat in w.roles if pat.search(key)), None)
        if role:
            out[col] = role
    return out


def zone_of(roles: dict[int, str]) -> str | None:
    """'funding', 'indicator' or None for a row of header roles."""
    kinds = set(roles.values())
    scored = kinds & {"weight", "points", "rate"}  # a 预算 | 决算 table alone is not a 自评表
    if len(kinds & set(_FUNDING_AMOUNTS)) >= 2 and kinds & {"budget", "adjusted"} and scored:
        return "funding"
    if kinds & {"weight", "points"} and kinds & (_LEVEL_NAMES | _MEASURES) and len(kinds - {"criteria"}) >= 3:
        return "indicator"
    return None


@dataclass
class _Zone:
    kind: str
    roles: dict[int, str]  # column -> role
    width: int  # columns up to the header's last named one
    headers: dict[str, str]  # role -> the header's words


def _zone(kind: str, header_rows: list[list[str]]) -> _Zone:
    roles: dict[int, str] = {}
    names: dict[str, str] = {}
    for row in header_rows:  # a lower header row refines the one above (评分 over 分值 | 得分)
        for col, role in header_roles(row).items():
            roles = {c: r for c, r in roles.items() if r != role or c == col}
            roles[col] = role
            names[role] = "".join(row[col].split())
    return _Zone(kind, roles, max(roles) + 1, {r: names[r] for r in roles.values()})


def _trimmed(row: list[str]) -> list[str]:
    filled = [i for i, c in enumerate(row) if c.strip()]
    return row[: filled[-1] + 1] if filled else []


def _fits(cells: list[str], zone: _Zone, shift: int) -> int | None:
    """How well a row's cells sit in the zone's columns when moved `shift` columns right: the
    number of numbers in number columns, or None when a cell cannot stand where it would land."""
    score = 0
    for i, cell in enumerate(cells):
        role = zone.roles.get(i + shift)
        is_number = number(cell) is not None
        if is_number and role in _FUNDING_AMOUNTS and role != "rate" and "%" in cell:
            return None  # a percentage is no amount (864.2 | 100% | 20 under 预算数 | 执行数 | 执行率: 执行数 is blank)
        if role in _NUMBERS:
            if is_number:
                score += 1
            elif not _blank(cell):
                return None
        elif role in _NAMES and is_number and not (role == "reason" and number(cell) == 0):
            return None  # (a reason written 0 means none)
    return score


def _shifts(cells: int, width: int) -> list[int]:
    """Moves to try, in place first: right for a short row, left for a row with a name the header
    has no column for (年度资金总额 under 年初预算数 | 全年预算数 …).

    >>> _shifts(3, 5), _shifts(6, 5)
    ([0, 1, 2], [0, -1])
    """
    return [0, *range(1, width - cells + 1), *range(-1, -(cells - width) - 1, -1)]


def align(row: list[str], zone: _Zone) -> dict[str, tuple[int, str]] | None:
    """The row's cells by role (role -> (column in the row, cell)), or None when they fit nowhere.

    A row is read in place when it fits; a shorter row (cells lost to merging) is moved right, a
    longer one left, to where most of its numbers land in number columns."""
    cells = _trimmed(row)
    if not cells:
        return None
    scored = [(_fits(cells, zone, s), s) for s in _shifts(len(cells), zone.width)]
    fitting = [(score, -abs(s), s) for score, s in scored if score]
    if not fitting:
        return None
    shift = max(fitting)[2]  # most numbers in number columns; in place or the least shift on a tie
    return {role: (col - shift, cells[col - shift]) for col, role in zone.roles.items() if 0 <= col - shift < len(cells)}


class _Reader:
    """Reads a run of consecutive table blocks: a table split over pages (a PDF, one block per page)
    goes on in the next block with the zone in force, so its header is read once."""

    def __init__(self, figures: list[Figure]):
        self.figure_at: dict[tuple[int, int, int], str] = {}  # (block, row, col) -> id of the cell's figure
        for f in figures:
            if f.table and f.row is not None and f.col is not None:
                self.figure_at.setdefault((f.block, f.row, f.col), f.id)
        self.tables: list[IndicatorTable] = []
        self.zone: _Zone | None = None
        self.block: Block | None = None
        self.level1 = self.level2 = ""

    def end_run(self) -> None:
        """Blocks that are not tables stand between: what follows is another table."""
        self.zone = None

    def _start_table(self) -> IndicatorTable:
        self.tables.append(IndicatorTable(block=self.block.index, page=self.block.page))
        return self.tables[-1]

    @property
    def table(self) -> IndicatorTable:
        return self.tables[-1] if self.tables else self._start_table()

    def read(self, block: Block) -> None:
        self.block = block
        rows = block.rows or []
        r = 0
        while r < len(rows):
            row = rows[r]
            kind = zone_of(header_roles(row))
            if kind:
                header = [row]
                below = header_roles(rows[r + 1]) if r + 1 < len(rows) else {}
                if below and not zone_of(below):  # the second row of a two-row header (no numbers in it)
                    header.append(rows[r + 1])
                    r += 1
                self._open_zone(kind, header)
            elif self.zone is not None:
                self._data_row(r, row)
            r += 1

    def _open_zone(self, kind: str, header: list[list[str]]) -> None:
        """A funding header after indicators, or any header after a total row, starts the next table;
        so does a header after other blocks, except indicators after a table of funding lines only
        (the two parts of one 自评表 written as two tables)."""
        t = self.tables[-1] if self.tables else None
        funding_only = t is not None and t.funding and not t.indicators and t.total_row is None
        if self.zone is None and not (kind == "indicator" and funding_only):
            t = None
        if t is None or t.total_row is not None or (kind == "funding" and t.indicators):
            t = self._start_table()
        self.zone = _zone(kind, header)
        t.headers.update(self.zone.headers)
        self.level1 = self.level2 = ""

    def result(self) -> list[IndicatorTable]:
        return [t for t in self.tables if t.indicators or t.funding]

    def _figures(self, r: int, cells: dict[str, tuple[int, str]]) -> dict[str, str]:
        b = self.block.index
        return {role: self.figure_at[(b, r, col)] for role, (col, _) in cells.items() if (b, r, col) in self.figure_at}

    def _data_row(self, r: int, row: list[str]) -> None:
        w = words()
        filled = [c.strip() for c in row if c.strip()]
        flat = "".join(filled[0].split()) if filled else ""
        if len(filled) <= 2 and w.grade_label.search(flat):
            self._grade(filled)
            return
        cells = align(row, self.zone)
        if cells is None:
            return
        values = {role: number(cell) for role, (_, cell) in cells.items() if role in _NUMBERS}
        if w.total_row.match(flat):
            t = self.table
            t.total_block, t.total_row = self.block.index, r
            t.total_weight, t.total_points = values.get("weight"), values.get("points")
            t.figures = {f"total_{k}": v for k, v in self._figures(r, cells).items() if k in ("weight", "points")}
            return
        if w.subtotal_row.match(flat):
            if values.get("weight") is not None and self.level1:
                self.table.level_weights.setdefault(self.level1, values["weight"])
            return
        if self.zone.kind == "funding":
            self._funding(r, row, cells, values)
        else:
            self._indicator(r, cells, values)

    def _funding(self, r: int, row: list[str], cells, values) -> None:
        if all(values.get(k) is None for k in ("budget", "adjusted", "executed")):
            return
        named = {col for col, _ in cells.values()}
        first_amount = min(col for role, (col, _) in cells.items() if role in _FUNDING_AMOUNTS)
        names = [c.strip() for i, c in enumerate(row[:first_amount]) if c.strip() and i not in named]
        self.table.funding.append(FundingLine(
            name=names[-1] if names else "", block=self.block.index, row=r, page=self.block.page,
            line=self.block.line, figures=self._figures(r, cells), **values,
        ))

    def _indicator(self, r: int, cells, values) -> None:
        if values.get("weight") is None and values.get("points") is None:
            return
        text = {role: "" if _blank(cell) else cell.strip() for role, (_, cell) in cells.items() if role not in _NUMBERS}
        level1, level2 = text.get("level1", ""), text.get("level2", "")
        if level1:
            m = words().level_weight.search(level1)
            if m:
                level1 = (level1[: m.start()] + level1[m.end():]).strip()
                self.table.level_weights.setdefault(level1, Decimal(m.group("weight")))
            self.level1, self.level2 = level1, level2
        elif level2:
            self.level2 = level2
        if not (text.get("level3") or text.get("content") or text.get("target") or text.get("actual")):
            return
        # a target in three cells (≥ | 95 | %): the comparator before it, the unit after it and its actual value
        unit = text.get("unit", "")
        target = text.get("target", "") and text.get("comparator", "") + text["target"] + unit
        actual = text.get("actual", "")
        if actual and unit and number(actual) is not None:
            actual += unit
        self.table.indicators.append(Indicator(
            block=self.block.index, row=r, page=self.block.page, line=self.block.line,
            level1=self.level1, level2=self.level2, level3=text.get("level3", ""), content=text.get("content", ""),
            target=parse_measure(target), actual=parse_measure(actual),
            weight=values.get("weight"), points=values.get("points"), reason=text.get("reason", ""),
            figures={k: v for k, v in self._figures(r, cells).items() if k in ("target", "actual", "weight", "points")},
        ))

    def _grade(self, filled: list[str]) -> None:
        """自评等级 | 优, or 绩效等级：良 in one cell."""
        _, _, rest = filled[0].replace(":", "：").partition("：")
        value = (rest or (filled[1] if len(filled) > 1 else "")).strip().strip("“”\"")
        if value and len(value) <= 4 and self.tables:
            self.table.grade = value


def read_tables(blocks: list[Block], figures: list[Figure]) -> list[IndicatorTable]:
    """The 绩效自评表 tables among the blocks (usually one; none for other tables)."""
    reader = _Reader(figures)
    for block in blocks:
        if block.kind == "table" and block.rows:
            reader.read(block)
        else:
            reader.end_run()
    return reader.result()
