"""Characters placed on a PDF page, rebuilt into lines of text.

A line is found by vertical overlap, not by equal baselines: Word and WPS exports often print
digits and Latin letters 1–2 pt below the CJK text of the same line, and a reader that groups by
baseline tears the number out of its sentence. Within a line, the space between two characters
is decided from their kind and the gap between them:
- two narrow characters (digits, Latin letters, ASCII signs) keep a space where one was printed
  or where the gap is a word space;
- next to a CJK character a space is dropped (本 年 收 入 → 本年收入, 2024 年 → 2024年), unless
  the gap is much wider than a character in a line that is not evenly spaced out: then it
  separates two things (编制部门：…    单位：元) and stays as one space.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

# Fractions of the font size (one em).
WORD_SPACE = 0.2  # a gap wider than this between narrow characters is a space
WIDE_GAP = 1.0  # a gap wider than this next to CJK text separates two things
SAME_LINE = 0.5  # share of the smaller glyph height two glyphs must overlap to be on one line
EVEN_SPREAD = 0.3  # gaps within this much of each other mean the line is spaced out evenly
COLUMN_GAP = 2.0  # two or more gaps this wide make a line a row of columns

_WIDE_PUNCTUATION = frozenset("“”‘’…—·")
_SPACES = frozenset(" \u3000\xa0\u2002\u2003\u2009\t")
_BY_TOP, _BY_X0 = attrgetter("top", "x0"), attrgetter("x0")  # sort keys without a Python call per glyph


@dataclass(slots=True)
class Glyph:
    """One character with its box in page coordinates (top-down, points)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    conf: float | None = None  # the recogniser's confidence, for a character read by OCR
    box: tuple[float, float, float, float] | None = None  # ... and the box it was read from

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Line:
    """Glyphs on one visual line, left to right, and the text they spell."""

    glyphs: list[Glyph]
    top: float  # band of the tallest glyph: what other glyphs are measured against
    bottom: float
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    page: int = 0
    tags: set[str] = field(default_factory=set)  # e.g. "furniture"
    number: int = 0  # 1-based among the page's text lines (outside ruled tables), top to bottom


def is_wide(ch: str) -> bool:
    """CJK characters and full-width forms, which take no spaces around them.

    >>> is_wide("年"), is_wide("7"), is_wide("，"), is_wide("%")
    (True, False, True, False)
    """
    return ord(ch[0]) >= 0x2E80 or ch in _WIDE_PUNCTUATION


def is_space(ch: str) -> bool:
    return ch in _SPACES or not ch.strip()


def group_lines(glyphs: list[Glyph], measure: bool = True) -> list[Line]:
    """Glyphs grouped into lines by vertical overlap, top to bottom, each line left to right.
    Without `measure` only the glyphs and text of each line are set (enough for a table cell)."""
    lines: list[Line] = []
    open_lines: list[Line] = []
    for g in sorted(glyphs, key=_BY_TOP):
        top, bottom = g.top, g.bottom
        best, best_overlap = None, 0.0
        closed = False
        for ln in open_lines:
            lb, lt = ln.bottom, ln.top
            if lb <= top:
                closed = True  # wholly above this glyph: it can take no more (glyphs come in order of top)
                continue
            overlap = (lb if lb < bottom else bottom) - (lt if lt > top else top)
            if overlap > best_overlap:
                best, best_overlap = ln, overlap
        if closed:
            open_lines = [ln for ln in open_lines if ln.bottom > top]
        height = bottom - top
        if height < 0.1:
            height = 0.1
        if best is not None and best_overlap >= SAME_LINE * (height if height < best.bottom - best.top else best.bottom - best.top):
            best.glyphs.append(g)
            if height > best.bottom - best.top:  # the tallest glyph sets the band
                best.top, best.bottom = top, bottom
        else:
            best = Line(glyphs=[g], top=top, bottom=bottom)
            lines.append(best)
            open_lines.append(best)
    out = []
    for ln in lines:
        ln.glyphs = _dedupe(sorted(ln.glyphs, key=_BY_X0)) if len(ln.glyphs) > 1 else ln.glyphs
        ln.text, ink = _spelled(ln.glyphs)
        if not ln.text:
            continue
        if not measure:
            out.append(ln)
            continue
        ln.x0, ln.x1 = ink[0].x0, ink[-1].x1
        ln.size = max(g.size for g in ink)
        limit = COLUMN_GAP * ln.size
        wide_gaps = sum(1 for a, b in zip(ink, ink[1:]) if b.x0 - a.x1 > limit)
        if wide_gaps >= 2 and not _evenly_spaced(ink):
            ln.tags.add("columns")  # cells of a table printed without rules: never part of a paragraph
        out.append(ln)
    return out


def _dedupe(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop a glyph printed twice at nearly the same place (fake bold, shadowed text)."""
    out: list[Glyph] = []
    for g in glyphs:
        if out:
            p = out[-1]
            if p.text == g.text and abs(p.x0 - g.x0) < 0.3 * max(p.x1 - p.x0, 0.5) and abs(p.top - g.top) < 0.3 * p.size:
                continue
        out.append(g)
    return out


def line_text(glyphs: list[Glyph]) -> str:
    """The text of one line's glyphs (sorted left to right), spaced as described above.

    >>> row = lambda s, xs: [Glyph(c, x, x + (12 if is_wide(c) else 6), 0, 12, 12) for c, x in zip(s, xs)]
    >>> line_text(row("本年收入", [0, 24, 48, 72]))  # spaced out evenly
    '本年收入'
    >>> line_text(row("2024年", [0, 6, 12, 18, 27]))
    '2024年'
    >>> line_text(row("1016", [0, 6, 40, 46]))
    '10 16'
    >>> line_text(row("部门单位", [0, 12, 200, 212]))
    '部门 单位'
    """
    return _spelled(glyphs)[0]


def _spelled(glyphs: list[Glyph]) -> tuple[str, list[Glyph]]:
    """line_text, and the glyphs that are not spaces."""
    ink: list[Glyph] = []
    spaced_before: list[bool] = []  # a space character was printed just before this glyph
    pending = False
    for g in glyphs:
        t = g.text
        if t in _SPACES or not t.strip():
            pending = True
            continue
        ink.append(g)
        spaced_before.append(pending)
        pending = False
    if not ink:
        return "", ink
    if len(ink) == 1:
        return ink[0].text, ink
    even = None  # whether the line is spaced out evenly: asked only at a wide gap next to CJK text
    parts = [ink[0].text]
    a = ink[0]
    at = a.text[-1]
    a_wide = ord(at) >= 0x2E80 or at in _WIDE_PUNCTUATION
    for i in range(1, len(ink)):
        b = ink[i]
        bt = b.text
        em = a.size if a.size <= b.size else b.size  # max(min(a.size, b.size), 1.0) without the calls
        if em < 1.0:
            em = 1.0
        gap = b.x0 - a.x1
        c = bt[0]
        if not a_wide and not (ord(c) >= 0x2E80 or c in _WIDE_PUNCTUATION):
            if spaced_before[i] or gap > WORD_SPACE * em:
                parts.append(" ")
        elif gap > WIDE_GAP * em:
            if even is None:
                even = _evenly_spaced(ink)
            if not even:
                parts.append(" ")
        parts.append(bt)
        at = bt[-1]
        a, a_wide = b, ord(at) >= 0x2E80 or at in _WIDE_PUNCTUATION
    return "".join(parts), ink


def _evenly_spaced(ink: list[Glyph]) -> bool:
    """A line whose CJK characters all stand the same visible distance apart (本 年 收 入)."""
    gaps = [b.x0 - a.x1 for a, b in zip(ink, ink[1:]) if is_wide(a.text[-1]) and is_wide(b.text[0])]
    if len(gaps) < 2:
        return len(gaps) == 1 and len(ink) == 2  # two characters spread over a title: 目    录
    em = max(ink[0].size, 1.0)
    return min(gaps) > 0.2 * em and max(gaps) - min(gaps) < EVEN_SPREAD * em


def ocr_runs(line: Line) -> list[tuple[int, int, tuple, list[float | None]]]:
    """Where the OCR-read characters of a line stand in its text: (start, end, box, confidences)
    for the characters of each recognised box, the confidences one per position of the text (None
    for a space put between them); empty for a line from a text layer. The text holds the line's
    ink glyphs in order, with spaces between some of them, so the two are walked side by side.

    >>> g = lambda c, x, conf, box: Glyph(c, x, x + 6, 0, 12, 12, conf, box)
    >>> a, b = (0, 0, 40, 12), (50, 0, 56, 12)
    >>> ln = group_lines([g("1", 0, 0.9, a), g("6", 6, 0.8, a), g("7", 30, 0.9, a), g("%", 50, 0.7, b)])[0]
    >>> ln.text, ocr_runs(ln)
    ('16 7 %', [(0, 4, (0, 0, 40, 12), [0.9, 0.8, None, 0.9]), (5, 6, (50, 0, 56, 12), [0.7])])
    """
    runs: list[tuple[int, int, tuple, list[float | None]]] = []
    ink = iter(g for g in line.glyphs if not is_space(g.text))
    pos = 0
    text = line.text
    while pos < len(text):
        if is_space(text[pos]):
            pos += 1
            continue
        g = next(ink, None)
        if g is None:
            break
        end = pos + len(g.text)
        if g.conf is not None:
            if runs and runs[-1][2] == g.box:
                start, _, box, confs = runs[-1]
                confs += [None] * (pos - start - len(confs)) + [g.conf] * len(g.text)
                runs[-1] = (start, end, box, confs)
            else:
                runs.append((pos, end, g.box, [g.conf] * len(g.text)))
        pos = end
    return runs


def join_text(a: str, b: str) -> str:
    """Two pieces of one paragraph or cell that a line wrap separated.

    >>> join_text("机关事业单位基本", "养老保险缴费")
    '机关事业单位基本养老保险缴费'
    >>> join_text("total", "income"), join_text("16", "15.42")
    ('total income', '16 15.42')
    """
    if not a or not b:
        return a or b
    if not is_wide(a[-1]) and not is_wide(b[0]):
        return f"{a} {b}"
    return a + b
