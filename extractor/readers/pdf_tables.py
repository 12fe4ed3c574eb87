"""Ruled tables of a PDF page as grids, and tables that run on over a page break joined into one.

The grid comes from the ruling lines and rectangles of the page: found by pdf_rules from PDFium's
path objects, or by pdfplumber's table finder in the reference engine. The text of each cell
is rebuilt from the page's glyphs the same way as paragraph text (pdf_lines), so a cell that
wraps over two lines reads as one string and each cell holds what one cell shows. Text-alignment
guessing for tables without rules is left out on purpose: on these reports it splits or glues
columns more often than it helps.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from extractor.model import NUMERALS
from extractor.readers.pdf_lines import Glyph, group_lines, is_space, join_text

# pdfplumber settings: ruling lines only; small gaps in the rules are closed.
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                  "join_tolerance": 3, "intersection_tolerance": 3}
# Two tables on consecutive pages are one table when their edges and columns line up this closely (pt).
ALIGN = 3.0
# A repeated header is looked for among this many first rows.
MAX_HEADER_ROWS = 5


@dataclass
class GridTable:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    page_width: float
    cols: list[float]  # left edge of each grid column
    rows: list[list[str]]
    last_page: int = 0
    row_pages: list[int] | None = None  # the page each row stands on
    confidence: list[list[float | None]] | None = None  # read by OCR: the least confidence over each cell's numerals, as rows

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page
        self.row_pages = self.row_pages or [self.page] * len(self.rows)


def plumber_grids(page) -> list[tuple[list, tuple]]:
    """The cells and the box of each ruled table that pdfplumber finds on a page (the reference engine)."""
    if not (page.rects or page.lines or page.curves):
        return []
    return [(t.cells, t.bbox) for t in page.find_tables(TABLE_SETTINGS)]


def find_tables(grids: list[tuple[list, tuple]], glyphs: list[Glyph], page_number: int,
                page_width: float) -> tuple[list[GridTable], list[Glyph]]:
    """The tables of one page from the grids its rules draw (cells and box of each), and the
    glyphs that lie outside them."""
    found: list[GridTable] = []
    rest = glyphs
    for cells, bbox in grids:
        grid = _fill(cells, bbox, rest)
        if grid is None:
            continue
        cols, rows, inside, confidence = grid
        x0, top, x1, bottom = bbox
        found.append(GridTable(page_number, top, bottom, x0, x1, page_width, cols, rows, confidence=confidence))
        rest = [g for g in rest if id(g) not in inside]
    return found, rest


def _fill(cells, bbox, glyphs: list[Glyph]):
    """Put each glyph into the cell that holds its centre; None for a frame that is no table."""
    xs = sorted({c[0] for c in cells})
    ys = sorted({c[1] for c in cells})
    if len(xs) < 2:  # one column: a framed paragraph or a boxed contents page, read as text
        return None
    # every slot of the fine grid (row y, column x) points at the cell that covers it
    cover: dict[tuple[int, int], tuple] = {}
    for c in cells:
        for i in range(bisect_right(ys, c[1]) - 1, bisect_right(ys, c[3] - 0.01)):
            for j in range(bisect_right(xs, c[0]) - 1, bisect_right(xs, c[2] - 0.01)):
                cover[(i, j)] = c
    x0, top, x1, bottom = bbox
    members: dict[tuple, list[Glyph]] = {}
    inside: set[int] = set()
    for g in glyphs:
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2  # Glyph.cx, .cy without the property calls
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        inside.add(id(g))
        cell = cover.get((bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1))
        if cell is not None:
            members.setdefault(cell, []).append(g)
    if not members:  # an empty frame (a box drawn around nothing)
        return None
    texts = {c: _cell_text(gs) for c, gs in members.items()}
    starts = {(c[1], c[0]): c for c in cells}
    slots = [[starts.get((y, x)) for x in xs] for y in ys if any((y, x) in starts for x in xs)]
    rows = [[texts.get(c, "") for c in row] for row in slots]
    confidence = None
    if any(g.conf is not None for gs in members.values() for g in gs):
        lowest = {c: _value_confidence(gs) for c, gs in members.items()}
        confidence = [[lowest.get(c) if texts.get(c) else None for c in row] for row in slots]
    return xs, rows, inside, confidence


def _value_confidence(glyphs: list[Glyph]) -> float | None:
    """The recogniser's least confidence over a cell's numerals (over all its characters if it has none)."""
    read = [g for g in glyphs if g.conf is not None]
    numerals = [g.conf for g in read if g.text in NUMERALS]
    return min(numerals or [g.conf for g in read], default=None)


def _cell_text(glyphs: list[Glyph]) -> str:
    if len(glyphs) == 1:  # a lone character (a 0, a dash, a serial number): its own text
        t = glyphs[0].text
        return "" if is_space(t) else t
    text = ""
    for line in group_lines(glyphs, measure=False):
        text = join_text(text, line.text)
    return text


def continues(a: GridTable, b: GridTable) -> dict[int, int] | None:
    """How b's columns map onto a's when b carries a on over a page break, else None."""
    if b.page != a.last_page + 1 or abs(a.page_width - b.page_width) > ALIGN:
        return None
    if abs(a.x0 - b.x0) > ALIGN or abs(a.x1 - b.x1) > ALIGN:
        return None
    mapping: dict[int, int] = {}
    for j, x in enumerate(b.cols):
        k = min(range(len(a.cols)), key=lambda k: abs(a.cols[k] - x))
        if abs(a.cols[k] - x) > ALIGN:
            return None
        mapping[j] = k
    return mapping


def merge(a: GridTable, b: GridTable, mapping: dict[int, int]) -> None:
    """Append b's rows to a, column by column, dropping a header that b repeats."""
    width = len(a.cols)
    rows, confidence = [], []
    for n, r in enumerate(b.rows):
        row: list[str] = [""] * width
        conf: list[float | None] = [None] * width
        for j, text in enumerate(r):
            k = mapping[j]
            row[k] = join_text(row[k], text) if row[k] else text
            c = b.confidence[n][j] if b.confidence else None
            if c is not None:
                conf[k] = c if conf[k] is None else min(conf[k], c)
        rows.append(row)
        confidence.append(conf)
    for k in range(min(MAX_HEADER_ROWS, len(a.rows), len(rows)), 0, -1):
        if [_squash(r) for r in rows[:k]] == [_squash(r) for r in a.rows[:k]]:
            rows, confidence = rows[k:], confidence[k:]
            break
    if a.confidence or b.confidence:
        a.confidence = (a.confidence or [[None] * width for _ in a.rows]) + confidence
    a.rows.extend(rows)
    a.row_pages.extend([b.page] * len(rows))
    a.bottom = b.bottom
    a.last_page = b.page


def _squash(row: list[str]) -> list[str]:
    return ["".join(c.split()) for c in row]
