"""Where a person opens a report to find a figure, counted as its format counts places:
page and line for PDF, line for plain text, paragraph or table cell for Word and web pages,
sheet and cell (A1) for Excel. Read from the places the readers keep on each block
(line_marks, cell_lines, row_lines, col_refs, sheet), falling back to the block's own page or line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from extractor.model import Block, Document, Figure

# Formats whose places are paragraphs and tables in reading order (no lines a reader can count).
_FLOWING = ("docx", "doc", "html")


@dataclass
class Place:
    page: int | None = None
    line: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    sheet: str | None = None
    cell: str | None = None

    def text(self) -> str | None:
        """第3页第12行 / 第110行 / 第5段 / 第2个表格第3行第4列 / 工作表“收支”C7"""
        if self.cell:
            return f"工作表“{self.sheet}”{self.cell}" if self.sheet else self.cell
        head = f"第{self.page}页" if self.page else ""
        if self.line:
            return f"{head}第{self.line}行"
        if self.row is not None:
            table = f"第{self.table}个表格" if self.table else "表格"
            col = f"第{self.col}列" if self.col else ""
            return f"{head}{table}第{self.row}行{col}"
        if self.paragraph:
            return f"{head}第{self.paragraph}段"
        return head or None


def locate(doc: Document, block_index: int | None, pos: int | None, figure: Figure | None = None) -> Place:
    """The place of a figure (its table cell, or its offset in a paragraph), or of offset `pos` in a block."""
    if block_index is None or not 0 <= block_index < len(doc.blocks):
        return Place()
    b = doc.blocks[block_index]
    row = figure.row if figure is not None else None
    col = figure.col if figure is not None else None
    page = figure.page if figure is not None and figure.page else b.page
    if b.kind == "table" and row is not None:
        return _cell(doc, b, row, col or 0, page)
    place = Place(page=page, line=b.line)
    if b.sheet and b.row_lines and b.col_refs:
        return Place(sheet=b.sheet, cell=f"{column_letter(b.col_refs[0])}{b.row_lines[0]}")
    if b.line_marks and pos is not None:
        k = bisect_right([m[0] for m in b.line_marks], pos - b.start) - 1
        _, mark_page, mark_line = b.line_marks[max(k, 0)]
        place.page, place.line = mark_page or place.page, mark_line or place.line
    if not place.line and doc.format in _FLOWING:
        place.paragraph = 1 + sum(1 for x in doc.blocks[:block_index] if x.kind != "table")
    return place


def _cell(doc: Document, b: Block, row: int, col: int, page: int | None) -> Place:
    if b.sheet and b.row_lines and b.col_refs and row < len(b.row_lines) and col < len(b.col_refs):
        return Place(sheet=b.sheet, cell=f"{column_letter(b.col_refs[col])}{b.row_lines[row]}", row=b.row_lines[row],
                     col=b.col_refs[col])
    if b.cell_lines and row < len(b.cell_lines):
        known = b.cell_lines[row]
        if col < len(known) and known[col]:
            return Place(line=known[col])
        if any(known):  # the cell itself was not placed: the row's first line
            return Place(line=min(n for n in known if n))
    if b.line:
        return Place(page=page, line=b.line)
    if doc.format == "pdf":  # rows counted on the page the cell stands on (a table may run over pages)
        pages = b.row_pages or [b.page] * (row + 1)
        return Place(page=page, row=1 + sum(1 for p in pages[:row] if p == page), col=col + 1)
    table = 1 + sum(1 for x in doc.blocks[: b.index] if x.kind == "table")
    number = b.row_lines[row] if b.row_lines and row < len(b.row_lines) else row + 1  # caption rows count too
    return Place(page=page, table=table, row=number, col=col + 1)


def column_letter(n: int) -> str:
    """1 -> A, 27 -> AA.

    >>> column_letter(1), column_letter(26), column_letter(28)
    ('A', 'Z', 'AB')
    """
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
