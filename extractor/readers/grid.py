"""What the docx, html and xlsx readers do alike with a table once it is a grid of strings: title
and unit rows at its top become paragraphs before it (as they stand in a PDF or a text file),
and a grid left with a single filled column is a list of lines, not a table."""

from __future__ import annotations

from extractor.model import Block
from extractor.structure import unit_of_caption


def table_blocks(rows: list[list[str]], *, title_anywhere: bool = False, row_lines: list[int] | None = None,
                 col_refs: list[int] | None = None, sheet: str | None = None) -> list[Block]:
    """A grid as blocks: leading caption rows as paragraphs, then the table (with their unit).

    A leading row is a caption when a cell gives the unit (单位：万元, 编制单位：… 单位：元), or when
    it has a single filled cell: the first one (a title merged across the table), or any one
    when `title_anywhere` (a spreadsheet, whose title may sit in any column). The source's places
    (`row_lines`: its number of each row, `col_refs`: of each column, `sheet`) go with the blocks.

    >>> [(b.kind, b.text or b.rows) for b in table_blocks([["三公经费表", ""], ["", "单位：万元"], ["项目", "金额"]])]
    [('paragraph', '三公经费表'), ('paragraph', '单位：万元'), ('table', [['项目', '金额']])]
    """
    blocks: list[Block] = []
    unit = None
    start = 0
    for row in rows[:-1]:
        filled = [c for c in row if c]
        caption = next((u for u in map(unit_of_caption, filled) if u), None)
        title = len(filled) == 1 and (title_anywhere or row[0] == filled[0])
        if caption is None and not title:
            break
        blocks.append(Block(index=0, kind="paragraph", text="  ".join(filled), **_place(row, start, row_lines, col_refs, sheet)))
        unit = caption or unit
        start += 1
    body = rows[start:]
    if not body:
        return blocks
    if max(sum(1 for c in r if c) for r in body) <= 1:  # one filled column: lines of text
        blocks.extend(Block(index=0, kind="paragraph", text="".join(r), **_place(r, start + k, row_lines, col_refs, sheet))
                      for k, r in enumerate(body) if any(r))
    else:
        blocks.append(Block(index=0, kind="table", text="", rows=body, unit=unit, sheet=sheet,
                            row_lines=row_lines[start:] if row_lines else None, col_refs=col_refs))
    return blocks


def _place(row: list[str], k: int, row_lines: list[int] | None, col_refs: list[int] | None, sheet: str | None) -> dict:
    """A sheet row read as a paragraph: its sheet row and the column of its first filled cell."""
    if not row_lines or not col_refs:
        return {}
    first = next((j for j, c in enumerate(row) if c), 0)
    return {"sheet": sheet, "row_lines": [row_lines[k]], "col_refs": [col_refs[first]]}
