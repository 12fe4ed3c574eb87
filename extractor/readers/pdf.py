"""PDF: characters rebuilt into lines, lines into paragraphs, ruled tables into grids.

Each page is read once. The characters come from PDFium (pypdfium2): fast, and it decodes the CJK
fonts of owner-password-protected files that pdfminer leaves as (cid:…). A page that draws paths,
which may be table rules, has its grids found by one of two engines (setting JIXIAO_PDF_ENGINE,
or `--pdf-engine` on the command line):
- "pdfium" (the default): the rules come from PDFium's path objects (pdf_rules);
- "pdfplumber": the reference engine; pdfplumber parses the page again and its table finder
  turns the rules into cells. Rotated pages are read by pdfplumber with either engine (PDFium
  reports them unrotated).
pdf_tables fills the cells with the glyphs, pdf_lines builds lines from the characters, pdf_flow
drops page furniture, joins wrapped lines and merges tables split by page breaks;
extractor.structure does the rest (headings, sections, the unit above each table).

A page without a usable text layer (a scan) is rendered and read by OCR (extractor.readers.ocr,
under `--ocr auto|always|never`): its text boxes become glyphs and the rules seen in its image
become edges, and from there the page takes the same road as any other.
"""

from __future__ import annotations

import ctypes
import io
import math
import os
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.errors import ReadError
from extractor.readers import Extracted, check_length, ocr
from extractor.readers import pdfium_calls as calls
from extractor.readers.pdf_flow import PageContent, to_blocks
from extractor.readers.pdf_lines import Glyph, group_lines
from extractor.readers.pdf_rules import find_grids, path_edges, scan_page
from extractor.readers.pdf_tables import find_tables, plumber_grids

# Where the em box of a glyph sits around its baseline, as fractions of the font size. A box
# taken from the baseline, not from the glyph's outline, keeps "1" and "年" the same height, so
# only a real shift of the baseline moves a glyph off its line.
ASCENT, DESCENT = 0.88, 0.12

ENGINES = ("pdfium", "pdfplumber")
ENGINE_VARIABLE = "JIXIAO_PDF_ENGINE"

# Scanned pages rendered and recognised at a time.
OCR_BATCH = 8
# A page with no text is a scan when an image covers at least this share of it (not a logo or a seal).
SCAN_SHARE = 0.3

# PDFium's load errors (fpdfview.h).
_PASSWORD, _SECURITY = 4, 6


def engine() -> str:
    """The table engine chosen by the environment (pdfium unless told otherwise)."""
    chosen = os.environ.get(ENGINE_VARIABLE, "").strip().lower() or ENGINES[0]
    if chosen not in ENGINES:
        raise ValueError(f"{ENGINE_VARIABLE}={chosen!r}: expected one of {', '.join(ENGINES)}")
    return chosen


def read_pdf(path: Path, data: bytes, engine_name: str | None = None) -> Extracted:
    name = str(path)
    use_plumber = (engine_name or engine()) == "pdfplumber"
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ReadError(name, _reason(e)) from None
    rules = _Rules(data)
    chosen = ocr.mode()
    pages: list[tuple[PageContent, set[str]]] = []
    chars = 0
    try:
        for i in range(len(doc)):
            pages.append(_read_page(doc, i, rules, use_plumber, chosen))
            # a document past the length limit is refused now, not after every page is read
            chars += sum(len(ln.text) for ln in pages[-1][0].lines)
            check_length(chars, name)
        scans = [i for i, (_, flags) in enumerate(pages) if "ocr" in flags]
        if scans and ocr.available():
            for start in range(0, len(scans), OCR_BATCH):  # a few pages rendered at a time: a long scan stays small
                batch = scans[start:start + OCR_BATCH]
                for i, content in zip(batch, _ocr_pages(doc, batch)):
                    pages[i] = (content, {"read by ocr"})
                    chars += sum(len(ln.text) for ln in content.lines)
                    check_length(chars, name)
    finally:
        rules.close()
        doc.close()
    if not pages:
        raise ReadError(name, "PDF 文件没有任何页面")
    contents = [c for c, _ in pages]
    if not any(c.lines or c.tables for c in contents):
        if any("ocr" in flags for _, flags in pages):
            raise ReadError(name, f"PDF 没有可用的文字层（扫描件），需要 OCR 文字识别，但未安装识别引擎：请先运行 {ocr.INSTALL}")
        if chosen == "never":
            raise ReadError(name, "PDF 没有文字层，是扫描件或纯图片；已按 --ocr never 跳过 OCR 文字识别，未能读取")
        raise ReadError(name, "PDF 没有文字层，是扫描件或纯图片，需要先做 OCR 文字识别才能读取")
    notes = []
    for flag, message in (
        ("read by ocr", "没有可用的文字层（扫描件），已用 OCR 文字识别读取，识别结果可能有误"),
        ("ocr", f"没有可用的文字层（扫描件），未安装 OCR 识别引擎，这些页的内容未读取（请运行 {ocr.INSTALL}）"),
        ("image", "没有文字层（可能是扫描图片），这些页的内容未读取，需要 OCR 文字识别"),
        ("unmapped", "有字符缺少编码映射，无法识别为文字，这些字符已略去"),
        ("rules", "的表格线无法解析，表格内容按普通文字读出"),
    ):
        numbers = [c.number for c, flags in pages if flag in flags]
        if numbers:
            notes.append(f"第 {_page_list(numbers)} 页{message}")
    return Extracted(blocks=to_blocks(contents), pages=len(contents), notes=notes)


def pages_for_ocr(data: bytes, chosen: str = "auto") -> list[int]:
    """The 1-based pages that `read_pdf` would send to OCR under a mode: the same decision, from
    the text layer and the images alone (nothing is recognised, no table is built; a rotated
    page counts as having text when PDFium finds any character on it)."""
    doc = pdfium.PdfDocument(data)
    out = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                rotated = page.get_rotation() != 0
                glyphs, unmapped = ([], 0) if rotated else _glyphs(page)
                if rotated:  # read by pdfplumber later; whether it has text at all is what counts here
                    textpage = page.get_textpage()
                    glyphs = [Glyph("x", 0, 1, 0, 1, 1)] * textpage.count_chars()
                    textpage.close()
                kinds, _ = scan_page(page)
                if ocr.needs_ocr(chosen, glyphs, unmapped, _scanned(page, kinds, glyphs)):
                    out.append(i + 1)
            finally:
                page.close()
    finally:
        doc.close()
    return out


class _Rules:
    """pdfplumber over the same bytes, opened on the first page that needs it: with the reference
    engine a page that may hold a ruled table, with either a rotated page (PDFium reports unrotated
    coordinates; pdfminer turns them)."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf = None

    def page(self, index: int):
        if self.pdf is None:
            import pdfplumber  # slow to import, and needed only by the reference engine or a rotated page

            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return self.pdf.pages[index]

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _read_page(doc, index: int, rules: _Rules, use_plumber: bool, chosen: str = "never") -> tuple[PageContent, set[str]]:
    """One page's lines and tables, and flags for the notes: "image", "unmapped", "rules", or
    "ocr" for a page to be read by OCR under the mode `chosen` (then with no content yet)."""
    page = doc[index]
    grids = None  # the grids of the page's rules, once PDFium has read them
    broken = False
    try:
        left, bottom, right, top = page.get_cropbox()
        rotated = page.get_rotation() != 0
        glyphs, unmapped = ([], 0) if rotated else _glyphs(page)
        kinds, paths = scan_page(page)
        scanned = _scanned(page, kinds, glyphs)
        if (not rotated or chosen == "always") and ocr.needs_ocr(chosen, glyphs, unmapped, scanned):
            return PageContent(index + 1, right - left, top - bottom, [], []), {"ocr"}
        if not rotated and not use_plumber and glyphs and paths:
            try:
                mb_left, _, _, mb_top = page.get_mediabox()
                grids = [(g.cells, g.bbox) for g in find_grids(*path_edges(paths, mb_left, mb_top))]
            except Exception:  # a damaged drawing must not cost the page its text
                grids, broken = [], True
    finally:
        page.close()
    flags = {"unmapped"} if unmapped else set()
    if broken:
        flags.add("rules")
    width, height = right - left, top - bottom
    tables: list = []
    if grids is not None:
        tables, glyphs = find_tables(grids, glyphs, index + 1, width)
    elif rotated or (glyphs and pdfium_c.FPDF_PAGEOBJ_PATH in kinds):
        plumber_page = None
        try:
            plumber_page = rules.page(index)
            if rotated:
                glyphs, unmapped = _plumber_glyphs(plumber_page)
                width, height = float(plumber_page.width), float(plumber_page.height)
            tables, glyphs = find_tables(plumber_grids(plumber_page), glyphs, index + 1, float(plumber_page.width))
        except Exception:  # a damaged drawing must not cost the page its text
            flags.add("rules")
        finally:
            if plumber_page is not None:
                plumber_page.close()  # frees the parsed objects: a long report stays small in memory
    if not glyphs and not tables:
        if ocr.needs_ocr(chosen, [], unmapped, scanned):  # a rotated scan: known only now
            return PageContent(index + 1, width, height, [], []), {"ocr"}
        if pdfium_c.FPDF_PAGEOBJ_IMAGE in kinds:
            flags.add("image")
        return PageContent(index + 1, width, height, [], []), flags
    return _content(index + 1, width, height, glyphs, tables), flags


def _content(number: int, width: float, height: float, glyphs: list[Glyph], tables: list) -> PageContent:
    """A page's content from the glyphs outside its tables: lines, numbered top to bottom."""
    lines = group_lines(glyphs)
    for ln in lines:
        ln.page = number
    for n, ln in enumerate(sorted(lines, key=lambda ln: (ln.top, ln.x0)), 1):
        ln.number = n
    return PageContent(number, width, height, lines, tables)


def _scanned(page, kinds: set[int], glyphs: list[Glyph]) -> bool:
    """A page without text on which an image covers at least SCAN_SHARE (a scan, not a logo or a seal)."""
    if glyphs or pdfium_c.FPDF_PAGEOBJ_IMAGE not in kinds:
        return False
    left, bottom, right, top = page.get_cropbox()
    return _image_share(page, (right - left) * (top - bottom)) >= SCAN_SHARE


def _image_share(page, area: float) -> float:
    """The share of the page that its largest image covers (a scan covers most of it, a logo little)."""
    raw = page.raw
    best = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            best = max(best, (right.value - left.value) * (top.value - bottom.value))
    return best / area if area > 0 else 0.0


def _ocr_pages(doc, indexes: list[int]) -> list[PageContent]:
    """Pages read by OCR: each rendered (upright, its crop box) at ocr.DPI, its text boxes turned
    into glyphs and the rules seen in the image into grids, then built like a text-layer page."""
    images = []
    for i in indexes:
        page = doc[i]
        try:
            images.append(page.render(scale=ocr.DPI / 72, grayscale=True).to_numpy())
        finally:
            page.close()
    out = []
    for i, image, boxes in zip(indexes, images, ocr.recognise_pages(images)):
        height, width = (n * 72 / ocr.DPI for n in image.shape[:2])
        glyphs = ocr.page_glyphs(boxes)
        h, v = ocr.rule_edges(image)
        grids = [(g.cells, g.bbox) for g in find_grids(h, v)] if h and v else []
        tables, glyphs = find_tables(grids, glyphs, i + 1, width)
        out.append(_content(i + 1, width, height, glyphs, tables))
    return out


def _glyphs(page) -> tuple[list[Glyph], int]:
    """The page's upright characters inside the crop box, in top-down coordinates from the top
    left of the media box (as pdfplumber gives them), and how many had no Unicode mapping.
    Spaces and line breaks that PDFium makes up are left out.

    Every character costs a few calls into PDFium, so the loop makes as few as it can, through
    the unconverted copies of pdfium_calls: the text comes in one call, PDFium's generated
    characters are only ever spaces and line breaks (so only a space is asked about), and the
    angle is read off the matrix fetched for the size (FPDFText_GetCharAngle is atan2(c, a) of
    that matrix, in [0, 2π); for the usual upright matrix, c = 0 and a > 0, it is 0)."""
    mb_left, _, _, mb_top = page.get_mediabox()
    left, bottom, right, top = page.get_cropbox()
    x0, y0, x1, y1 = left - mb_left, mb_top - top, right - mb_left, mb_top - bottom
    textpage = page.get_textpage()
    is_generated, map_error = calls.char_is_generated, calls.char_map_error
    get_matrix, font_size = calls.char_matrix, calls.char_font_size
    loose_box, origin = calls.char_loose_box, calls.char_origin
    atan2, hypot, two_pi = math.atan2, math.hypot, 2 * math.pi
    try:
        tp = textpage.raw
        count = pdfium_c.FPDFText_CountChars(tp)
        codes = (ctypes.c_ushort * (count + 1))()  # one UTF-16 unit per character index, and the final 0
        pdfium_c.FPDFText_GetText(tp, 0, count, codes)
        rect, matrix, x, y = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX(), ctypes.c_double(), ctypes.c_double()
        rect_p, matrix_p, x_p, y_p = ctypes.byref(rect), ctypes.byref(matrix), ctypes.byref(x), ctypes.byref(y)
        out: list[Glyph] = []
        unmapped = high = 0
        for i in range(count):
            code = codes[i]
            if code == 0x20 and is_generated(tp, i):
                continue
            if 0xD800 <= code < 0xDC00:  # first half of a character beyond the BMP
                high = code
                continue
            if map_error(tp, i):
                unmapped += 1
                continue
            if code < 0x20 or code in (0xFFFE, 0xFFFF):
                continue
            text = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) if high and code >= 0xDC00 else chr(code)
            high = 0
            get_matrix(tp, i, matrix_p)
            mc = matrix.c
            if mc == 0.0 and matrix.a > 0.0:
                scale = abs(matrix.d)  # = hypot(0, d)
            else:
                angle = atan2(mc, matrix.a)
                if angle < 0:
                    angle += two_pi
                if angle > 0.01:
                    continue  # rotated text: watermarks and vertical margin notes
                scale = hypot(mc, matrix.d)
            size = font_size(tp, i) * scale  # the nominal size is scaled by the text matrix
            loose_box(tp, i, rect_p)
            origin(tp, i, x_p, y_p)
            base = mb_top - y.value
            gx0, gx1 = rect.left - mb_left, rect.right - mb_left
            top_, bottom_ = base - ASCENT * size, base + DESCENT * size
            if gx1 < x0 or gx0 > x1 or bottom_ < y0 or top_ > y1:
                continue
            out.append(Glyph(text, gx0, gx1, top_, bottom_, size))
        return out, unmapped
    finally:
        textpage.close()


def _plumber_glyphs(page) -> tuple[list[Glyph], int]:
    """The upright characters of a pdfplumber page inside its box, and how many had no Unicode mapping."""
    x0, top, x1, bottom = page.bbox
    out: list[Glyph] = []
    unmapped = 0
    for c in page.chars:
        text = c["text"]
        if not text or not c.get("upright", True):
            continue
        if text.startswith("(cid:"):
            unmapped += 1
            continue
        if c["x1"] < x0 or c["x0"] > x1 or c["bottom"] < top or c["top"] > bottom:
            continue
        out.append(Glyph(text, c["x0"], c["x1"], c["top"], c["bottom"], float(c["size"])))
    return out, unmapped


def _reason(e: pdfium.PdfiumError) -> str:
    code = getattr(e, "err_code", None)
    if code in (_PASSWORD, _SECURITY):
        return "PDF 已加密，无法读取（需要打开密码，或加密方式不受支持），请提供未加密的文件"
    return "PDF 文件已损坏或格式不符，无法解析"


def _page_list(numbers: list[int]) -> str:
    """Page numbers as ranges.

    >>> _page_list([1, 2, 3, 5, 8, 9])
    '1–3、5、8–9'
    """
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
