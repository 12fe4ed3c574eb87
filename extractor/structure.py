"""From a reader's blocks to the document model: headings and their levels, the section tree,
table captions and units, and the character offsets of every block.

Headings are recognised from their numbering (一、 （二） 3、 （4）), so txt and pdf get the
same outline as a docx with heading styles.
"""

from __future__ import annotations

from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.model import Block, Document, OcrSpan, Section


class Numbering(BaseModel):
    level: int
    pattern: str


class StructureData(BaseModel):
    numbering: list[Numbering]
    heading_max_chars: int
    sentence_marks: str
    heading_max_commas: int
    unit_caption: str
    unit_in_header: str
    caption_lookback: int


@cache
def _data() -> tuple[StructureData, list[tuple[int, regex.Pattern]], regex.Pattern, regex.Pattern]:
    d = lexicon.load("structure", StructureData)
    numbering = [(n.level, regex.compile(n.pattern)) for n in d.numbering]
    return d, numbering, regex.compile(d.unit_caption), regex.compile(d.unit_in_header)


def numbering_of(text: str) -> tuple[int, str] | None:
    """The heading level and the numbering as written, if the text starts with one.

    >>> numbering_of("（二）项目支出")
    (2, '（二）')
    >>> numbering_of("3、资金支出管理")
    (3, '3、')
    >>> numbering_of("2021年年初预算") is None
    True
    """
    _, numbering, _, _ = _data()
    for level, pat in numbering:
        m = pat.match(text)
        if m:
            return level, m.group(0)
    return None


def without_numbering(text: str) -> str:
    """A heading's or an item's text without its numbering (an item's name is not its number).

    >>> without_numbering("（三）公务接待费"), without_numbering(" 2、培训费 ")
    ('公务接待费', '培训费')
    """
    text = text.strip()
    number = numbering_of(text)
    return text[len(number[1]):] if number else text


def is_heading_text(text: str) -> bool:
    """A numbered line reads as a heading when it is short and not a finished sentence."""
    d = _data()[0]
    body = text.rstrip("：:").strip()
    if len(body) > d.heading_max_chars or body.count("，") + body.count(",") > d.heading_max_commas:
        return False
    return not any(mark in body for mark in d.sentence_marks)


def unit_of_caption(text: str) -> str | None:
    """The unit a caption line gives.

    >>> unit_of_caption("金额单位：万元")
    '万元'
    >>> unit_of_caption("编制部门：某街道办事处 单位：元")
    '元'
    """
    m = _data()[2].search(text.replace(" ", ""))
    return m.group("unit").replace("％", "%") if m else None


def unit_of_header(rows: list[list[str]]) -> str | None:
    """A unit written in the table itself: a 单位：万元 cell, or every amount header saying (万元)."""
    _, _, caption, in_header = _data()
    for row in rows[:3]:
        for cell in row:
            m = caption.search(cell.replace(" ", ""))
            if m:
                return m.group("unit")
    units = {m.group("unit") for row in rows[:3] for cell in row for m in in_header.finditer(cell)}
    return units.pop() if len(units) == 1 else None


def _under_its_heading(row: list[str], above: list[str]) -> tuple[list[str], list[str]]:
    """A header row written from the first column though its cells split one heading of the row above (a web
    table's cells spanning both rows are not written again, nor how many columns a heading spans): "项目 | 2014年
    决算数 | 2015年决算数 | 增、减情况 | " over "增、减额 | 增、减幅度" puts them under 增、减情况, the one heading sharing
    their words (the headings after it move right). Returns the two rows, unchanged when no one heading is theirs."""
    n = next((c for c, x in enumerate(row) if not x), len(row))
    last = max((c for c, x in enumerate(above) if x), default=-1)
    if n < 2 or any(row[n:]) or last < n - 1 or last + n > len(row) or not all(above[: last + 1]):
        return row, above

    def pairs(text: str) -> set[str]:
        text = regex.sub(r"[^\p{Han}]", "", text)
        return {text[i : i + 2] for i in range(len(text) - 1)}

    words = set().union(*(pairs(x) for x in row[:n]))
    split = [c for c in range(last + 1) if pairs(above[c]) & words]
    if len(split) != 1:
        return row, above
    j = split[0]
    width = len(row)
    moved = above[: j + 1] + [""] * (n - 1) + above[j + 1 : last + 1]
    return [""] * j + row[:n] + [""] * (width - j - n), moved + [""] * (width - len(moved))


def merged_header(rows: list[list[str]], width: int) -> list[list[str]]:
    """A table's header rows with horizontally merged cells filled. A merged cell is written once, in
    its first column: a blank cell takes the text on its left unless a header above starts a new
    group in between (then the blank is a vertical merge). Every reader of column names (figure
    labels, table relations) reads headers through this one function.

    >>> merged_header([["三公经费", "", "", "机关运行经费"], ["合计", "公务用车", "", ""], ["", "", "购置费", ""]], 4)
    [['三公经费', '三公经费', '三公经费', '机关运行经费'], ['合计', '公务用车', '公务用车', ''], ['', '', '购置费', '']]
    """
    grid = [[r[c].strip() if c < len(r) else "" for c in range(width)] for r in rows]
    for k in range(1, len(grid)):
        grid[k], grid[k - 1] = _under_its_heading(grid[k], grid[k - 1])
    filled = [row[:] for row in grid]
    for k, row in enumerate(grid):
        for col in range(1, width):
            if row[col]:
                continue
            left = next((c for c in range(col - 1, -1, -1) if row[c]), None)
            if left is not None and not any(grid[u][c] for u in range(k) for c in range(left + 1, col + 1)):
                filled[k][col] = row[left]
    return filled


def build_document(
    blocks: list[Block], *, path: str, fmt: str, sha256: str, pages: int | None = None, notes: list[str] | None = None
) -> Document:
    d = _data()[0]
    out: list[Block] = []
    pos = 0
    for b in join_broken_sentences(blocks):
        b = b.model_copy()
        if b.kind == "table":
            filled = [k for k, row in enumerate(b.rows or []) if row]
            kept = [(row, page) for row, page in zip(b.rows or [], b.row_pages or [b.page] * len(b.rows or [])) if row]
            b.rows = [[c.replace("\t", " ").replace("\n", "") for c in row] for row, _ in kept]
            b.row_pages = [page for _, page in kept] if b.row_pages else None
            if b.cell_lines:
                b.cell_lines = [b.cell_lines[k] for k in filled]
            if b.row_lines:
                b.row_lines = [b.row_lines[k] for k in filled]
            if b.cell_confidence:
                b.cell_confidence = [b.cell_confidence[k] for k in filled]
            if not b.rows:
                continue
            b.text = "\n".join("\t".join(r) for r in b.rows)
            _caption(b, out, d.caption_lookback)
        else:
            lead = len(b.text) - len(b.text.lstrip())
            b.text = b.text.replace("\n", " ").strip()
            if b.ocr and lead:
                b.ocr = [_moved(span, -lead) for span in b.ocr]
            if not b.text:
                continue
            num = numbering_of(b.text)
            if num:
                b.number = num[1]
            if b.kind == "heading" and b.level is None:
                b.level = num[0] if num else 1
            elif b.kind == "paragraph" and num and is_heading_text(b.text):
                b.kind, b.level = "heading", num[0]
        b.index = len(out)
        b.start, b.end = pos, pos + len(b.text)
        pos = b.end + 1
        out.append(b)
    return Document(
        path=path, format=fmt, sha256=sha256, pages=pages, blocks=out, sections=build_sections(out), notes=notes or []
    )


# A year as written (2024年, 2024 年度): the relations and the checks read periods with it.
YEAR = regex.compile(r"(20\d\d)\s*年")

_HAN_OR_DIGIT = regex.compile(r"[\p{Han}\d]")
_CUT_END = regex.compile(r"[\p{Han}\d，,、]")  # a sentence never ends with a comma


def join_broken_sentences(blocks: list[Block]) -> list[Block]:
    """Join a paragraph cut in the middle of a sentence to the paragraph that finishes it
    ("…提倡移" + "风易俗，…" → "…提倡移风易俗，…"). A paragraph is cut when it is prose (it holds a
    comma), ends with a character or a comma rather than a sentence's end, and the next one goes on
    with a character and no numbering of its own, and no empty line of a plain-text source stands
    between them. Titles and captions hold no comma, so they are never joined.

    >>> [b.text for b in join_broken_sentences([Block(index=0, kind="paragraph", text="（5）抓好文明建设，提倡移"),
    ...                                         Block(index=0, kind="paragraph", text="风易俗，破除陋习。")])]
    ['（5）抓好文明建设，提倡移风易俗，破除陋习。']
    """
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == b.kind == "paragraph"
            and ("，" in prev.text or "," in prev.text)
            and _CUT_END.match(prev.text.strip()[-1:]) and _HAN_OR_DIGIT.match(b.text.strip()[:1])
            and numbering_of(b.text.strip()) is None
            and not _blank_line_between(prev, b)
        ):
            head = prev.text.rstrip()
            marks = None
            if prev.line_marks or prev.line:  # where each joined piece starts in the source
                tail = b.line_marks or [(0, b.page, b.line or 0)]
                marks = (prev.line_marks or [(0, prev.page, prev.line)]) + [(o + len(head), p, n) for o, p, n in tail]
            spans = prev.ocr
            if b.ocr:  # text read by OCR: its spans move with it
                shift = len(head) - (len(b.text) - len(b.text.lstrip()))
                spans = (spans or []) + [_moved(span, shift) for span in b.ocr]
            out[-1] = prev.model_copy(update={"text": head + b.text.strip(), "line_marks": marks, "ocr": spans})
            continue
        out.append(b)
    return out


def _blank_line_between(prev: Block, b: Block) -> bool:
    """Whether a plain-text source left an empty line between two paragraphs: a paragraph the author
    ended without a full stop ("…与2021年预算持平", an empty line, "公务用车运行维护费…"), not a line cut."""
    last = prev.line_marks[-1][2] if prev.line_marks else prev.line
    return bool(last and b.line and b.line - last > 1)


def _moved(span: OcrSpan, shift: int) -> OcrSpan:
    return span.model_copy(update={"start": span.start + shift, "end": span.end + shift})


def _caption(table: Block, before: list[Block], lookback: int) -> None:
    """Give a table the unit (and title) printed in the few blocks above it, or in its header."""
    unit = unit_of_header(table.rows or [])
    caption = None
    for b in reversed(before[-lookback:]):
        if b.kind == "table":
            break
        u = unit_of_caption(b.text)
        if u and len(b.text) <= 60:
            unit = unit or u
            caption = caption or b.text
        elif caption is None and len(b.text) <= 40 and b.text.endswith("表"):
            caption = b.text
    table.unit = table.unit or unit
    table.caption = table.caption or caption


def build_sections(blocks: list[Block]) -> list[Section]:
    """The outline: each heading opens a section that runs until a heading of its level or above."""
    roots: list[Section] = []
    stack: list[Section] = []
    for b in blocks:
        if b.kind != "heading":
            continue
        node = Section(title=b.text, number=b.number, level=b.level or 1, block=b.index, end_block=len(blocks))
        while stack and stack[-1].level >= node.level:
            stack.pop().end_block = b.index
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots
