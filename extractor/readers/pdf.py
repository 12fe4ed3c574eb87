"""PDF: characters rebuilt into lines, lines into paragraphs, ruled tables into grids.

Each page's objects are parsed once (pdfplumber over pdfminer): the characters go to the table
finder and to the line builder (pdf_lines), the ruling lines to the table finder (pdf_tables);
pdf_flow then drops page furniture, joins wrapped lines and merges tables split by page breaks.
extractor.structure does the rest (headings, sections, the unit above each table).
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extractor.errors import ReadError
from extractor.readers import Extracted
from extractor.readers.pdf_flow import PageContent, to_blocks
from extractor.readers.pdf_lines import Glyph, group_lines
from extractor.readers.pdf_tables import find_tables


def read_pdf(path: Path, data: bytes) -> Extracted:
    name = str(path)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_read_page(page, number) for number, page in enumerate(pdf.pages, start=1)]
    except PdfminerException as e:
        raise ReadError(name, _reason(e.args[0] if e.args else e)) from None
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise ReadError(name, _reason(e)) from None
    if not pages:
        raise ReadError(name, "PDF 文件没有任何页面")
    contents = [c for c, _ in pages]
    scanned = [c.number for c, flag in pages if flag == "image"]
    if not any(c.lines or c.tables for c in contents):
        raise ReadError(name, "PDF 没有文字层，是扫描件或纯图片，需要先做 OCR 文字识别才能读取")
    notes = []
    if scanned:
        notes.append(f"第 {_page_list(scanned)} 页没有文字层（可能是扫描图片），这些页的内容未读取，需要 OCR 文字识别")
    unmapped = [c.number for c, flag in pages if flag == "unmapped"]
    if unmapped:
        notes.append(f"第 {_page_list(unmapped)} 页有字符缺少编码映射，无法识别为文字，这些字符已略去")
    return Extracted(blocks=to_blocks(contents), pages=len(contents), notes=notes)


def _read_page(page, number: int) -> tuple[PageContent, str]:
    """One page's lines and tables, and a flag: "image" (no text, only pictures), "unmapped" or ""."""
    glyphs, unmapped = _glyphs(page)
    flag = "unmapped" if unmapped else ""
    if not glyphs:
        flag = "image" if page.images else flag
        content = PageContent(number, float(page.width), float(page.height), [], [])
    else:
        tables, rest = find_tables(page, glyphs, number)
        lines = group_lines(rest)
        for ln in lines:
            ln.page = number
        content = PageContent(number, float(page.width), float(page.height), lines, tables)
    page.close()  # frees the parsed objects: a long report stays small in memory
    return content, flag


def _glyphs(page) -> tuple[list[Glyph], int]:
    """The page's upright characters inside the page box, and how many had no Unicode mapping."""
    x0, top, x1, bottom = page.bbox
    out: list[Glyph] = []
    unmapped = 0
    for c in page.chars:
        text = c["text"]
        if not text or not c.get("upright", True):
            continue  # rotated text: watermarks and vertical margin notes
        if text.startswith("(cid:"):
            unmapped += 1
            continue
        if c["x1"] < x0 or c["x0"] > x1 or c["bottom"] < top or c["top"] > bottom:
            continue
        out.append(Glyph(text, c["x0"], c["x1"], c["top"], c["bottom"], float(c["size"])))
    return out, unmapped


def _reason(e: BaseException) -> str:
    if isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "PDF 已加密，无法读取（需要打开密码，或加密方式不受支持），请提供未加密的文件"
    detail = str(e)[:100] or type(e).__name__
    return f"PDF 文件已损坏或格式不符，无法解析（{detail}）"


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
