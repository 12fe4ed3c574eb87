"""Pages without a usable text layer (scans), read by OCR into the PDF reader's glyphs and rules.

A scanned page is rendered at DPI and handed to the recogniser (RapidOCR: the PP-OCRv4 Chinese
detection and recognition models, run by ONNX Runtime; the models ship inside the wheel, so
nothing is downloaded at run time). Each text box it returns becomes one glyph per character,
spread over the box's width by character kind, carrying the box's confidence, so lines,
paragraphs and table cells are rebuilt by the same code as a text-layer page (pdf_lines,
pdf_flow, pdf_tables). The ruling lines of tables are found in the image (long thin runs of
dark pixels) and turned into edges for pdf_rules' grid finder.

Which pages are read this way is the mode (`--ocr`, or JIXIAO_OCR): "auto" (the default) reads
only pages whose text layer is missing or unusable, "always" every page, "never" none. The pages
of one file share JIXIAO_OCR_JOBS threads (set by `jixiao check` from --jobs), recognised up to
MAX_PARALLEL at a time: threads, because ONNX Runtime releases the GIL while it runs and the batch
workers that call the reader may not start processes of their own.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel

from extractor import lexicon
from extractor.readers.pdf_lines import Glyph, is_space, is_wide

MODES = ("auto", "always", "never")
MODE_VARIABLE = "JIXIAO_OCR"
JOBS_VARIABLE = "JIXIAO_OCR_JOBS"
DPI = 200
# Text-layer characters below which a page's layer is too thin to judge as garbage.
GARBAGE_MIN = 20
# A text layer is garbage when fewer than this share of its characters are ones a report uses.
READABLE_SHARE = 0.5
SIZE_SPREAD = 0.2  # boxes this close to a page's usual height are of its usual font size
NARROW = 0.55  # width of a digit or Latin letter, as a share of a CJK character's
# Ruling lines: dark runs at least this long (pt) and at most this thick (pt).
RULE_MIN = 20.0
RULE_MAX_THICK = 3.0
INK = 160  # grey levels below this are ink
# Pages recognised at once, at most: each page in flight holds about 550 MB (the detector's
# activations on a 200 dpi page), and a batch worker may use 2 GB (--memory-limit). More cores go
# to each page's ONNX Runtime threads instead.
MAX_PARALLEL = 2
INSTALL = "pip install 'jixiao[ocr]'"


class MissingEngine(RuntimeError):
    """The OCR engine is not installed."""


def mode() -> str:
    """The OCR mode chosen by the environment (auto unless told otherwise)."""
    chosen = os.environ.get(MODE_VARIABLE, "").strip().lower() or MODES[0]
    if chosen not in MODES:
        raise ValueError(f"{MODE_VARIABLE}={chosen!r}: expected one of {', '.join(MODES)}")
    return chosen


def jobs() -> int:
    """How many pages are recognised at once (JIXIAO_OCR_JOBS; default one per core)."""
    try:
        n = int(os.environ.get(JOBS_VARIABLE, "0"))
    except ValueError:
        n = 0
    if n > 0:
        return n
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def needs_ocr(chosen: str, glyphs: list[Glyph], unmapped: int, has_image: bool) -> bool:
    """Whether a page is read by OCR under a mode, from what its text layer gave.

    Under "auto" only a page whose text layer is unusable: no characters at all while it shows
    an image, most characters without a Unicode mapping, or a layer that is mostly characters no
    report uses (a font's private codes read as letters). A page with any real text keeps it.

    >>> text = [Glyph(c, 0, 1, 0, 1, 1) for c in "本年收入合计2982.6万元，较上年增加"]
    >>> needs_ocr("auto", text, 0, True), needs_ocr("auto", [], 0, True), needs_ocr("auto", [], 0, False)
    (False, True, False)
    >>> needs_ocr("auto", [Glyph(chr(0xE000 + i), 0, 1, 0, 1, 1) for i in range(30)], 0, True)
    True
    >>> needs_ocr("always", text, 0, False), needs_ocr("never", [], 0, True)
    (True, False)
    """
    if chosen == "always":
        return True
    if chosen == "never":
        return False
    ink = [g.text for g in glyphs if not is_space(g.text)]
    if not ink:
        return has_image or unmapped > 0
    if unmapped > len(ink):
        return True
    if len(ink) < GARBAGE_MIN:
        return False
    readable = sum(1 for t in ink if _readable(t))
    return readable < READABLE_SHARE * len(ink)


def _readable(text: str) -> bool:
    """A character reports are written in: CJK, ASCII, CJK and full-width punctuation, common signs."""
    c = ord(text[0])
    return (0x20 <= c < 0x7F or 0x4E00 <= c <= 0x9FFF or 0x3000 <= c <= 0x303F or 0xFF00 <= c <= 0xFFEF
            or 0x2010 <= c <= 0x2030 or c in (0xB7, 0xD7, 0xF7, 0x2103, 0x33A1, 0x2236))


class OcrData(BaseModel):
    lookalikes: dict[str, str]


@cache
def _lookalikes() -> dict[int, str]:
    """
    >>> "一丶部门概况".translate(_lookalikes())
    '一、部门概况'
    """
    return str.maketrans(lexicon.load("ocr", OcrData).lookalikes)


@dataclass(frozen=True)
class Box:
    """One text box the recogniser read, in page points (top-down, from the page's top left)."""

    text: str
    conf: float  # the recogniser's for the whole box: the mean over its characters
    x0: float
    top: float
    x1: float
    bottom: float
    chars: tuple[float, ...] | None = None  # the recogniser's confidence in each character of text


_local = threading.local()


def _engine(threads: int):
    """One recogniser per thread (and thread count), running ONNX Runtime on `threads` threads."""
    engines = _local.__dict__.setdefault("engines", {})
    if threads not in engines:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as e:
            raise MissingEngine(str(e)) from None
        # no angle classifier: on upright scans it turns whole lines upside down and loses them
        engines[threads] = RapidOCR(use_cls=False, intra_op_num_threads=threads, inter_op_num_threads=1)
    return engines[threads]


def recognise(image, threads: int = 1) -> list[Box]:
    """The text boxes of one page image (a numpy array rendered at DPI), in points."""
    scale = 72 / DPI
    result, _ = _engine(threads)(image, return_word_box=True)  # with each character's confidence
    boxes = []
    for points, text, conf, *detail in result or ():
        chars = list(zip(detail[1], detail[2])) if len(detail) == 3 and "".join(detail[1]) == text else []
        if chars:  # trimmed like the text, lookalikes replaced character by character
            while chars and is_space(chars[0][0]):
                chars.pop(0)
            while chars and is_space(chars[-1][0]):
                chars.pop()
            text = "".join(c.translate(_lookalikes()) for c, _ in chars)
        else:
            text = text.strip().translate(_lookalikes())
        if text:
            x0, top, x1, bottom = upright(points)
            boxes.append(Box(text, round(float(conf), 3), x0 * scale, top * scale, x1 * scale, bottom * scale,
                             tuple(round(float(p), 3) for _, p in chars) if chars else None))
    return boxes


def upright(points) -> tuple[float, float, float, float]:
    """The box of a text line from the four corners the detector gives (top left, top right,
    bottom right, bottom left): as wide as they reach, as tall as the line's own height (the
    mean of its left and right sides) around its middle, so a line of a slightly skewed scan is
    as tall as an upright one and keeps the font size of its paragraph.

    >>> upright([(0, 0), (100, 0), (100, 10), (0, 10)])
    (0, 0.0, 100, 10.0)
    >>> [round(v, 1) for v in upright([(0, 0), (100, 2), (100, 12), (0, 10)])]  # tilted: 12 pt of bbox, 10 of text
    [0, 1.0, 100, 11.0]
    """
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = points
    height = (((dx - ax) ** 2 + (dy - ay) ** 2) ** 0.5 + ((cx - bx) ** 2 + (cy - by) ** 2) ** 0.5) / 2
    middle = (ay + by + cy + dy) / 4
    return min(ax, bx, cx, dx), middle - height / 2, max(ax, bx, cx, dx), middle + height / 2


def recognise_pages(images: list) -> list[list[Box]]:
    """The boxes of every page image, up to `jobs()` pages at a time (and never more than
    MAX_PARALLEL), each page on its share of the `jobs()` threads (one page alone gets them all);
    the result does not depend on how many."""
    budget = jobs()
    n = max(1, min(budget, len(images), MAX_PARALLEL))
    threads = max(1, budget // n)
    if n == 1:
        return [recognise(im, threads) for im in images]
    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(lambda im: recognise(im, threads), images))


def page_glyphs(boxes: list[Box]) -> list[Glyph]:
    """The glyphs of a page's boxes. A box is as tall as its ink, which varies a little with the
    characters (a line of punctuation and digits is shorter): boxes within SIZE_SPREAD of the
    page's usual height take that height as their size, so one paragraph keeps one font size."""
    heights = sorted(b.bottom - b.top for b in boxes if len(b.text) >= 4) or sorted(b.bottom - b.top for b in boxes)
    usual = heights[len(heights) // 2] if heights else 0.0
    out = []
    for b in boxes:
        size = b.bottom - b.top
        out += box_glyphs(b, usual if abs(size - usual) <= SIZE_SPREAD * usual else size)
    return out


def box_glyphs(box: Box, size: float | None = None) -> list[Glyph]:
    """One glyph per character of a box, the box's width shared out by character kind (a digit
    takes about half a CJK character), each with the box's height and the recogniser's confidence
    in that character (the box's, where it gave none). The recogniser also says where it saw each
    character, but only roughly: a gap it puts between two digits would read as a space inside
    a number, so the width is shared out instead.

    >>> [(g.text, round(g.x0), round(g.x1), g.conf) for g in box_glyphs(Box("合计16", 0.9, 0, 0, 30, 10, (1, 1, 0.6, 1)))]
    [('合', 0, 10, 1), ('计', 10, 19, 1), ('1', 19, 25, 0.6), ('6', 25, 30, 1)]
    """
    weights = [1.0 if is_wide(c) else NARROW for c in box.text]
    unit = (box.x1 - box.x0) / sum(weights)
    size = size or box.bottom - box.top
    place = (round(box.x0, 1), round(box.top, 1), round(box.x1, 1), round(box.bottom, 1))
    confs = box.chars if box.chars and len(box.chars) == len(box.text) else [box.conf] * len(box.text)
    out, x = [], box.x0
    for c, w, conf in zip(box.text, weights, confs):
        out.append(Glyph(c, x, x + w * unit, box.top, box.bottom, size, conf, place))
        x += w * unit
    return out


Edge = tuple[float, float, float, float]


def rule_edges(image) -> tuple[list[Edge], list[Edge]]:
    """The horizontal and vertical ruling lines of a page image, as edges in points: runs of ink
    at least RULE_MIN long, which no stroke of a character is."""
    import cv2
    import numpy as np

    scale = 72 / DPI
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    ink = (gray < INK).astype(np.uint8)
    length = max(3, round(RULE_MIN / scale))
    thick = RULE_MAX_THICK / scale
    out: tuple[list[Edge], list[Edge]] = ([], [])
    for axis, kernel in ((0, (length, 1)), (1, (1, length))):
        lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
        for x, y, w, h, _area in stats[1:count]:
            if axis == 0 and h <= thick + abs(w) * 0.02:  # a slightly skewed rule is still a rule
                mid = (y + h / 2) * scale
                out[0].append((x * scale, mid, (x + w) * scale, mid))
            elif axis == 1 and w <= thick + abs(h) * 0.02:
                mid = (x + w / 2) * scale
                out[1].append((mid, y * scale, mid, (y + h) * scale))
    return out
