"""--format pdf --output DIR: each PDF report again, as DIR/<name>.annotated.pdf, with one
annotation per finding, so the findings can go back to the unit that wrote the report.

A finding becomes a highlight over its cited figures on the page of the suspect one (the first
cited), its message in Chinese as the annotation's text; a finding whose figures cannot be found
on the page becomes a note at the top left of its page. Figures are found in the page's text by
their digits, the n-th figure with the same digits on a page taken as the n-th match there; on a
scanned page, which has no text, by the box the recogniser read them from (when the result keeps
its document).
Reports in other formats have no pages to annotate and are left out.
"""

from __future__ import annotations

import ctypes
import re
from collections import defaultdict
from pathlib import Path

from extractor.model import CheckResult, Document, Figure, Finding
from extractor.outputs import SEVERITY_NAMES, Outcome
from extractor.readers.ocr import NARROW
from extractor.readers.pdf_lines import is_wide

SUFFIX = ".annotated.pdf"
# Highlight colour by severity (RGBA).
COLOURS = {"error": (229, 57, 53, 110), "warning": (255, 179, 0, 110), "info": (66, 165, 245, 90)}
NOTE_SIZE = 20.0  # points: the sticky note of a finding not found on its page
_DIGITS = re.compile(r"[0-9][0-9,.]*")


def annotate(result: CheckResult, source: str | Path, target: str | Path) -> int:
    """Write `source` with the findings of `result` as annotations to `target`; returns how many."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument(str(source))
    try:
        by_id = {g.id: g for g in result.figures}
        order = _occurrences(result.figures)
        boxes: dict[int, dict[str, list[tuple[float, float, float, float]]]] = {}  # page -> figure id -> rects
        written = 0
        for f in result.findings:
            cited = [by_id[i] for i in f.figures if i in by_id]
            page_no = next((g.page for g in cited if g.page), None) or f.page or 1
            if not 1 <= page_no <= len(pdf):
                page_no = 1
            page = pdf[page_no - 1]
            if page_no not in boxes:
                on_page = [g for g in result.figures if g.page == page_no]
                boxes[page_no] = _figure_boxes(page, on_page, order)
                for fid, rects in _ocr_boxes(result.document, page, on_page).items():
                    boxes[page_no].setdefault(fid, rects)
            rects = [r for g in cited if g.page == page_no for r in boxes[page_no].get(g.id, [])]
            _add(c, page, f, rects)
            written += 1
        pdf.save(str(target))
        return written
    finally:
        pdf.close()


def _occurrences(figures: list[Figure]) -> dict[str, int]:
    """For each figure, how many figures with the same digits stand before it on its page."""
    seen: dict[tuple, int] = defaultdict(int)
    out = {}
    for g in figures:
        key = (g.page, _digits(g.raw))
        out[g.id] = seen[key]
        seen[key] += 1
    return out


def _digits(raw: str) -> str:
    m = _DIGITS.search(raw)
    return m.group().rstrip(".,") if m else raw


def _figure_boxes(page, figures: list[Figure], order: dict[str, int]) -> dict[str, list[tuple]]:
    """Rectangles (left, bottom, right, top) of each figure's digits on the page."""
    text = page.get_textpage()
    try:
        matches: dict[str, list[tuple[int, int]]] = {}
        out: dict[str, list[tuple]] = {}
        whole = text.get_text_range()
        for g in figures:
            needle = _digits(g.raw)
            if needle not in matches:
                found, search = [], text.search(needle, match_whole_word=False)
                while (hit := search.get_next()) is not None:
                    found.append(hit)
                search.close()
                # "10" must not match inside "110": keep matches not joined to other digits
                matches[needle] = [(i, n) for i, n in found if _alone(whole, i, n)] or found
            hits = matches[needle]
            k = order.get(g.id, 0)
            if k < len(hits):
                i, n = hits[k]
                out[g.id] = [text.get_rect(j) for j in range(text.count_rects(i, n))]
        return out
    finally:
        text.close()


def _ocr_boxes(doc: Document | None, page, figures: list[Figure]) -> dict[str, list[tuple]]:
    """Rectangles (left, bottom, right, top) of figures read by OCR on an upright page: the part of
    each recognised box their characters take, its width shared out by character kind as the reader
    spread the characters over it."""
    if doc is None or page.get_rotation() != 0:
        return {}
    left, _, _, top = page.get_cropbox()  # OCR boxes stand from the top left of the rendered crop box
    out: dict[str, list[tuple]] = {}
    for g in figures:
        block = doc.blocks[g.block] if g.block < len(doc.blocks) else None
        if block is None or not block.ocr:
            continue
        a, b = g.start - block.start, g.end - block.start
        for s in block.ocr:
            if s.start >= b or s.end <= a:
                continue
            x0, y0, x1, y1 = s.box
            weights = [1.0 if is_wide(ch) else NARROW for ch in block.text[s.start:s.end]]
            unit = (x1 - x0) / (sum(weights) or 1)
            i, j = max(a, s.start) - s.start, min(b, s.end) - s.start
            fx0, fx1 = x0 + unit * sum(weights[:i]), x0 + unit * sum(weights[:j])
            out.setdefault(g.id, []).append((left + fx0, top - y1, left + fx1, top - y0))
    return out


def _alone(text: str, i: int, n: int) -> bool:
    before = text[i - 1] if 0 < i <= len(text) else " "
    after = text[i + n] if i + n < len(text) else " "
    return not (before.isdigit() or before == ".") and not (after.isdigit())


def _message(f: Finding) -> str:
    return f"[{SEVERITY_NAMES[f.severity]}] {f.rule} {f.message}"


def _add(c, page, f: Finding, rects: list[tuple]) -> None:
    subtype = c.FPDF_ANNOT_HIGHLIGHT if rects else c.FPDF_ANNOT_TEXT
    annot = c.FPDFPage_CreateAnnot(page.raw, subtype)
    try:
        r, g, b, a = COLOURS[f.severity]
        c.FPDFAnnot_SetColor(annot, c.FPDFANNOT_COLORTYPE_Color, r, g, b, a)
        if rects:
            for left, bottom, right, top in rects:
                quad = c.FS_QUADPOINTSF(left, top, right, top, left, bottom, right, bottom)
                c.FPDFAnnot_AppendAttachmentPoints(annot, ctypes.byref(quad))
            box = (min(x[0] for x in rects), min(x[1] for x in rects), max(x[2] for x in rects), max(x[3] for x in rects))
        else:
            width, height = page.get_size()
            box = (NOTE_SIZE, height - 2 * NOTE_SIZE, 2 * NOTE_SIZE, height - NOTE_SIZE)
        c.FPDFAnnot_SetRect(annot, ctypes.byref(c.FS_RECTF(box[0], box[3], box[2], box[1])))
        for key, value in (("Contents", _message(f)), ("T", "jixiao"), ("NM", f"jixiao-{f.fingerprint}")):
            wide = (value + "\x00").encode("utf-16-le")
            c.FPDFAnnot_SetStringValue(annot, key.encode() + b"\x00", ctypes.cast(wide, c.FPDF_WIDESTRING))
    finally:
        c.FPDFPage_CloseAnnot(annot)


class AnnotatedPdfWriter:
    """One annotated copy per PDF report in the output folder."""

    ordered = False

    def __init__(self, out: Path):
        self.out = out
        self.written: list[Path] = []

    def add(self, result: CheckResult, name: str) -> None:
        if result.status != "ok" or result.format != "pdf":
            return
        path = self.out / f"{name}{SUFFIX}"
        annotate(result, result.file, path)
        self.written.append(path)

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        return self.written
