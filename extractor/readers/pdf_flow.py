"""From the lines and tables of each page to blocks in reading order.

Three jobs, each over the whole document because each needs more than one page to decide:
- page furniture: running headers, footers and page numbers are dropped (a line in the top or
  bottom margin that is a page number, or that repeats at the same place on many pages);
- paragraphs: lines wrapped by the layout are joined again; a paragraph ends where a line stops
  short of the right margin, where the next line is indented, starts with numbering or a list
  mark, changes font size, or stands further below than the usual line pitch;
- tables that run on over a page break are merged into one table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon, structure
from extractor.model import Block, OcrSpan
from extractor.readers.pdf_lines import Line, is_wide, join_text, ocr_runs
from extractor.readers.pdf_tables import GridTable, continues, merge

# Share of the page height at the top and at the bottom where headers and footers live.
MARGIN_ZONE = 0.12
# How many lines at each edge of a page may be furniture (a header can be a title plus a rule text).
EDGE_LINES = 2
# A line repeated at the same place on at least this share of the pages (and on two or more) is furniture.
REPEAT_SHARE = 0.4
# How far (pt) the repeats of one header may move from page to page.
REPEAT_DRIFT = 8.0
# Pages of one width with fewer lines than this do not show where their right margin is.
FEW_LINES = 20
# Fractions of the font size.
INDENT = 0.8  # a line starting further right than the left margin by this much is indented
FIT = 0.5  # room the first word of the next line needs beyond its own width to fit on the line above
# ... where paragraphs are set apart by extra space, which tells paragraph ends better than a short line
# (Word also ends lines early before quotes and numbers in ways not worth imitating).
SPACED_FIT = 4.0
# Paragraphs are set apart by space when this share of line steps is a paragraph gap.
SPACED_SHARE = 0.15
SIZE_CHANGE = 1.0  # points of font size that make a different paragraph (a title)
# A pitch larger than the usual one by this factor is a paragraph gap.
PITCH_GAP = 1.25
CENTERED = 1.0  # a line whose space left and right differ by less than this (in em) is centred
OFF_MARGIN = 3.0  # points from the left margin that a centred line stands at least
TITLE_PITCH = 1.8  # the pitch of title lines (in em) where the document shows no usual one
# Punctuation that a CJK layout never puts at the start of a line: it travels with the word before.
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’…%％·,.;:?!)")
_SENTENCE_END = frozenset("。；！？：;!?:")
# ... and the opening marks it never leaves at the end of a line.
_NO_LINE_END = frozenset("（《「『【〔“‘(")


class PdfData(BaseModel):
    page_number: list[str]
    paragraph_start: str


@cache
def _data() -> tuple[list[regex.Pattern], regex.Pattern]:
    d = lexicon.load("pdf", PdfData)
    return [regex.compile(p) for p in d.page_number], regex.compile(d.paragraph_start)


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    tables: list[GridTable]


def is_page_number(text: str) -> bool:
    """
    >>> [is_page_number(t) for t in ("- 3 -", "第 3 页 共 12 页", "12", "3/12", "2021年")]
    [True, True, True, True, False]
    """
    squashed = "".join(text.split())
    return any(p.match(squashed) for p in _data()[0])


def _squash_digits(text: str) -> str:
    return regex.sub(r"\d+", "#", "".join(text.split()))


def mark_furniture(pages: list[PageContent]) -> None:
    """Tag running headers, footers and page numbers with "furniture".

    Lines are looked at from the edge of the page inwards, and a line is looked at only when the
    lines outside it were furniture. The outermost line may differ from page to page in its digits
    (第 3 页, a date); one further in must repeat word for word.
    """
    with_text = sum(1 for p in pages if p.lines or p.tables)
    for where in ("head", "foot"):
        edges = {p.number: _edge_lines(p, where) for p in pages}
        for depth in range(EDGE_LINES):
            groups: dict[str, list[Line]] = defaultdict(list)
            for lines in edges.values():
                if len(lines) <= depth or any("furniture" not in ln.tags for ln in lines[:depth]):
                    continue
                ln = lines[depth]
                if is_page_number(ln.text):
                    ln.tags.add("furniture")
                elif structure.unit_of_caption(ln.text) is None:
                    groups[_squash_digits(ln.text) if depth == 0 else "".join(ln.text.split())].append(ln)
            for lines in groups.values():
                tops = [ln.top for ln in lines]
                if len({ln.page for ln in lines}) >= max(2, REPEAT_SHARE * with_text) and max(tops) - min(tops) <= REPEAT_DRIFT:
                    for ln in lines:
                        ln.tags.add("furniture")
    if not any(p.tables or any("furniture" not in ln.tags for ln in p.lines) for p in pages):
        # every line repeats on every page (copies of one short page): that is the document itself
        for p in pages:
            for ln in p.lines:
                if not is_page_number(ln.text):
                    ln.tags.discard("furniture")


def _edge_lines(page: PageContent, where: str) -> list[Line]:
    """The lines in the top (or bottom) margin zone outside every table, from the edge inwards."""
    if where == "head":
        limit = min([MARGIN_ZONE * page.height] + [t.top for t in page.tables])
        return sorted((ln for ln in page.lines if ln.bottom <= limit), key=lambda ln: ln.top)[:EDGE_LINES]
    limit = max([(1 - MARGIN_ZONE) * page.height] + [t.bottom for t in page.tables])
    return sorted((ln for ln in page.lines if ln.top >= limit), key=lambda ln: -ln.bottom)[:EDGE_LINES]


@dataclass
class _Frame:
    """Where body text sits on pages of one width: the margins and the usual line pitch."""

    left: float
    right: float
    pitch: dict[int, float]  # font size (rounded) -> usual distance from one line's top to the next
    spaced: bool = False  # paragraphs are set apart by extra space


def _frames(pages: list[PageContent]) -> dict[int, _Frame]:
    xs0: dict[int, list[float]] = defaultdict(list)
    xs1: dict[int, list[float]] = defaultdict(list)
    pitches: dict[int, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for p in pages:
        key = round(p.width)
        body = [ln for ln in p.lines if "furniture" not in ln.tags]
        for ln in body:
            xs0[key].append(ln.x0)
            xs1[key].append(ln.x1)
        for a, b in zip(body, body[1:]):
            step = b.top - a.top
            if round(a.size) == round(b.size) and 0 < step < 3 * a.size:
                pitches[key][round(a.size)].append(step)
    frames = {}
    for key in xs0:
        pitch = {size: _quantile(steps, 0.25) for size, steps in pitches[key].items() if len(steps) >= 3}
        steps = [(size, step) for size, all_steps in pitches[key].items() if size in pitch for step in all_steps]
        gaps = sum(1 for size, step in steps if step > PITCH_GAP * pitch[size])
        left, right = _quantile(xs0[key], 0.05), _quantile(xs1[key], 0.95)
        if len(xs1[key]) < FEW_LINES:  # too few lines to show the margin: take it as wide as the left one
            right = max(right, key - left)
        frames[key] = _Frame(
            left=left,
            right=right,
            pitch=pitch,
            spaced=bool(steps) and gaps >= SPACED_SHARE * len(steps),
        )
    return frames


def _quantile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def _text_start(line: Line, number: str) -> float:
    """Where the words of a numbered line begin, after its numbering (for hanging indents)."""
    n = len("".join(number.split()))
    ink = [g for g in line.glyphs if g.text.strip()]
    return ink[n].x0 if n < len(ink) else line.x1


def _first_word_width(line: Line) -> float:
    """Width of what a layout cannot break at the start of a line: a run of digits or Latin
    letters, or one CJK character, with the closing punctuation that may not begin a line (and the
    digits or letters written straight after that punctuation)."""
    ink = [g for g in line.glyphs if g.text.strip()]
    i = 0
    while i < len(ink) - 1 and ink[i].text[0] in _NO_LINE_END:
        i += 1  # an opening bracket or quote travels with what follows it
    i = max(_narrow_run(ink, i), i + 1)
    if i < len(ink) and ink[i].text[0] in _NO_LINE_START:
        while i < len(ink) and ink[i].text[0] in _NO_LINE_START:
            i += 1
        i = _narrow_run(ink, i)  # Word keeps "，5000" together: no break after punctuation before Latin
    return ink[i - 1].x1 - ink[0].x0


def _narrow_run(ink: list, i: int) -> int:
    while i < len(ink) and not is_wide(ink[i].text[0]):
        i += 1
    return i


def _standalone(line: Line) -> bool:
    """A line that is a paragraph of its own: a unit caption, or a row of columns without rules."""
    return "caption" in line.tags or "columns" in line.tags


def _centered(line: Line, frame: _Frame) -> bool:
    """Set in the middle: as far from the left margin as from the right, and off the left margin."""
    before, after = line.x0 - frame.left, frame.right - line.x1
    return before > OFF_MARGIN and abs(before - after) < CENTERED * line.size


def _title_wrap(prev: Line, nxt: Line, frame: _Frame) -> bool:
    """A centred title wrapped over two lines of one size at the usual pitch: the second is
    centred, the first centred too or as wide as the text area."""
    full = prev.x0 - frame.left < OFF_MARGIN and prev.x1 > frame.right - CENTERED * prev.size
    if nxt.page != prev.page or not ((full or _centered(prev, frame)) and _centered(nxt, frame)):
        return False
    if prev.text[-1] in _SENTENCE_END:
        return False
    usual = frame.pitch.get(round(prev.size)) or TITLE_PITCH * prev.size
    return nxt.top - prev.top <= PITCH_GAP * usual


def _breaks(prev: Line, nxt: Line, frame: _Frame) -> bool:
    """Does a new paragraph start at `nxt`, the line after `prev`?"""
    if _standalone(prev) or _standalone(nxt):
        return True
    if structure.numbering_of(nxt.text) or _data()[1].match("".join(nxt.text.split())):
        return True
    if abs(nxt.size - prev.size) > SIZE_CHANGE:
        return True
    em = nxt.size
    if _title_wrap(prev, nxt, frame):
        return False
    if nxt.x0 > frame.left + INDENT * em:
        num = structure.numbering_of(prev.text)
        hanging = num is not None and abs(nxt.x0 - _text_start(prev, num[1])) < INDENT * em
        if not hanging:
            return True
    room = SPACED_FIT if frame.spaced else FIT
    if prev.x1 + _first_word_width(nxt) + room * em < frame.right:
        return True  # the next line's first word would have fitted: the line was ended on purpose
    if nxt.page == prev.page:
        usual = frame.pitch.get(round(prev.size))
        if usual and nxt.top - prev.top > PITCH_GAP * usual:
            return True
    elif nxt.page != prev.page + 1:
        return True
    return False


def to_blocks(pages: list[PageContent]) -> list[Block]:
    """Blocks in reading order: paragraphs joined over wraps and page breaks, tables merged."""
    for p in pages:
        for ln in p.lines:
            if structure.unit_of_caption(ln.text) is not None and len(ln.text) <= 60:
                ln.tags.add("caption")
    mark_furniture(pages)
    frames = _frames(pages)
    items: list[tuple[float, Line | GridTable]] = []
    for p in pages:
        here = [(ln.top, ln) for ln in p.lines if "furniture" not in ln.tags] + [(t.top, t) for t in p.tables]
        items += sorted(here, key=lambda it: it[0])
    widths = {p.number: p.width for p in pages}
    blocks: list[Block] = []
    para: list[Line] = []
    last: Line | GridTable | None = None

    def flush() -> None:
        if para:
            text = ""
            marks = []
            spans: list[OcrSpan] = []
            for ln in para:
                text = join_text(text, ln.text)
                at = len(text) - len(ln.text)
                marks.append((at, ln.page, ln.number))
                for a, b, box, confs in ocr_runs(ln):
                    known = [c for c in confs if c is not None]
                    spans.append(OcrSpan(start=at + a, end=at + b, confidence=round(sum(known) / len(known), 3),
                                         page=ln.page, box=box, chars=confs))
            blocks.append(Block(index=0, kind="paragraph", text=text, page=para[0].page, line_marks=marks,
                                ocr=spans or None))
            para.clear()

    for _, item in items:
        if isinstance(item, GridTable):
            flush()
            mapping = continues(last, item) if isinstance(last, GridTable) else None
            if mapping is not None:
                merge(last, item, mapping)
                blocks[-1].rows, blocks[-1].row_pages = last.rows, last.row_pages
                blocks[-1].cell_confidence = last.confidence
                continue
            blocks.append(Block(index=0, kind="table", text="", rows=item.rows, page=item.page, row_pages=item.row_pages,
                                cell_confidence=item.confidence))
            last = item
            continue
        frame = frames[round(widths[item.page])]
        if para and not _breaks(para[-1], item, frame):
            para.append(item)
        else:
            flush()
            para.append(item)
        last = item
    flush()
    return blocks

