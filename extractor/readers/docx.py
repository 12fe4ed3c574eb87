"""Word .docx: paragraphs and tables in body order, heading styles as hints, merged cells as a
rectangular grid, text boxes after the paragraph that anchors them.

The body XML is walked directly (python-docx opens the package and knows the styles) so that
paragraphs and tables keep the order they have on the page, and content controls, text boxes
and nested tables are not lost.

Merged cells: the value stands in the top-left slot of the merged area and every other slot it
covers is an empty string, for horizontal (gridSpan) and vertical (vMerge) merges alike. That is
what pdf, html and xlsx give too, and a number is never counted twice.

Headers, footers, footnotes and comments are not read: they are not part of the report's text
(and the txt and pdf versions of a report do not carry them in the body either).

Nested tables: a table with a single column is a layout frame, and its content is read as if it
stood in the body. A table inside a cell of a real grid comes out as its own table block right
after the outer table; the outer cell keeps its own text.
"""

from __future__ import annotations

import io
from functools import cache

import regex
from lxml import etree
from pydantic import BaseModel

from extractor import lexicon
from extractor.errors import ReadError
from extractor.model import Block
from extractor.readers import Extracted
from extractor.readers.docx_numbering import Numbering
from extractor.readers.grid import table_blocks
from extractor.readers.ooxml import open_package
from extractor.structure import numbering_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"

# The body part (word/document.xml) of a report is a few MB even with heavy formatting and long
# tables; 50 MB holds far more than the 2 million characters a document may have (readers.MAX_CHARS).
MAX_BODY_XML = 50 * 1024 * 1024

# Elements whose text is not part of the paragraph as read: properties, deleted or moved-away
# text, the fallback copy of alternate content, and text boxes (read as blocks of their own).
_SKIP = {"pPr", "rPr", "del", "moveFrom", "txbxContent", "Fallback", "instrText", "delText", "footnoteReference",
         "endnoteReference", "commentReference"}
# Wrappers around paragraphs, tables, rows or cells that carry no text of their own.
_WRAPPERS = {"sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "AlternateContent", "Choice"}


class HeadingStyle(BaseModel):
    pattern: str
    level: int | None = None


class OfficeData(BaseModel):
    heading_styles: list[HeadingStyle]


@cache
def _heading_styles() -> list[tuple[regex.Pattern, int | None]]:
    data = lexicon.load("office", OfficeData)
    return [(regex.compile(h.pattern, regex.IGNORECASE), h.level) for h in data.heading_styles]


def read_docx(path, data: bytes) -> Extracted:
    import docx

    name = str(path)
    package = open_package(data, name)
    body = next((i for i in package.infolist() if i.filename == "word/document.xml"), None)
    if body is not None and body.file_size > MAX_BODY_XML:
        # parsed whole, the body costs about 20 times its size in memory: refuse before, not during
        raise ReadError(name, f"正文 XML 过大（{body.file_size // (1024 * 1024)} MB，上限 {MAX_BODY_XML // (1024 * 1024)} MB），"
                              "超出一份报告的篇幅，请拆分后再检查")
    document = docx.Document(io.BytesIO(data))
    reader = _BodyReader(_style_levels(document), Numbering.of(document))
    reader.container(document.element.body)
    if not reader.blocks:
        if any(n.startswith("word/media/") for n in package.namelist()):
            raise ReadError(name, "文档中没有文字，只有图片（可能是扫描件），需要先做文字识别（OCR）")
        raise ReadError(name, "文档中没有文字内容")
    return Extracted(blocks=reader.blocks)


# --------------------------------------------------------------------------- styles


def heading_level_of_style(style_name: str) -> int | None:
    """The heading level a style name announces.

    >>> heading_level_of_style("Heading 2"), heading_level_of_style("标题 1"), heading_level_of_style("Title")
    (2, 1, 0)
    >>> heading_level_of_style("Body Text") is None
    True
    """
    for pattern, level in _heading_styles():
        m = pattern.match(style_name.strip())
        if m:
            return int(m.group("level")) if "level" in pattern.groupindex else level
    return None


def _style_levels(document) -> dict[str, int]:
    """Paragraph style id -> heading level, from the name, the outline level, or the based-on chain."""
    by_id = {s.style_id: s for s in document.styles if s.type == 1}  # WD_STYLE_TYPE.PARAGRAPH

    def level(style, depth: int = 0) -> int | None:
        if style is None or depth > 10:
            return None
        found = heading_level_of_style(style.name or "")
        if found is not None:
            return found
        outline = _outline_level(style.element.find(f"{_W}pPr"))
        if outline is not None:
            return outline
        return level(style.base_style, depth + 1)

    levels = {}
    for sid, style in by_id.items():
        lv = level(style)
        if lv is not None:
            levels[sid] = lv
    return levels


def _outline_level(ppr) -> int | None:
    """w:outlineLvl 0-8 is heading level 1-9; 9 means body text."""
    if ppr is None:
        return None
    el = ppr.find(f"{_W}outlineLvl")
    if el is None:
        return None
    try:
        val = int(el.get(f"{_W}val", "9"))
    except ValueError:
        return None
    return val + 1 if 0 <= val <= 8 else None


# --------------------------------------------------------------------------- body


def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _val(el, child: str) -> str | None:
    found = el.find(f"{_W}{child}") if el is not None else None
    return None if found is None else found.get(f"{_W}val")


class _BodyReader:
    def __init__(self, style_levels: dict[str, int], numbering: Numbering):
        self.style_levels = style_levels
        self.numbering = numbering
        self.blocks: list[Block] = []

    def text(self, p) -> str:
        """A paragraph's text with its automatic list number (一、 （1）) in front, as printed."""
        ppr = p.find(f"{_W}pPr")
        label = self.numbering.label(ppr, _val(ppr, "pStyle"))
        text = paragraph_text(p)
        if label and label[-1].isalnum() and text[:1].isalnum():
            label += " "
        return label + text

    def container(self, el) -> None:
        """A body, cell, text box or content control: its paragraphs and tables in order."""
        for child in el:
            tag = _local(child)
            if tag == "p":
                self.paragraph(child)
            elif tag == "tbl":
                self.table(child)
            elif tag in _WRAPPERS:
                self.container(child)

    def paragraph(self, p) -> None:
        text = self.text(p)
        if text.strip():
            ppr = p.find(f"{_W}pPr")
            level = _outline_level(ppr)
            if level is None and _val(ppr, "outlineLvl") is None:  # an explicit 9 means body text
                level = self.style_levels.get(_val(ppr, "pStyle") or "")
            if level is None:
                self.blocks.append(Block(index=0, kind="paragraph", text=text))
            else:
                self.blocks.append(_heading(text, level))
        for box in _text_boxes(p):
            self.container(box)

    def table(self, tbl) -> None:
        grid, nested = table_grid(tbl, self.text)
        if not grid:
            return
        if max(len(r) for r in grid) == 1:  # a frame around content, not a grid of figures
            for tc in _cells(tbl):
                self.container(tc)
            return
        # the rows as Word numbers them, kept on the table when caption rows above become paragraphs
        self.blocks.extend(table_blocks(grid, row_lines=list(range(1, len(grid) + 1))))
        for inner in nested:
            self.table(inner)


def _heading(text: str, level: int) -> Block:
    """A heading from its style; numbering in the text (一、 （二）) decides the level instead."""
    return Block(index=0, kind="heading", text=text, level=None if numbering_of(text.strip()) else level)


def paragraph_text(p) -> str:
    """The text of a paragraph as printed: runs, hyperlinks, fields' results, tabs and breaks."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(el, parts: list[str]) -> None:
    for child in el:
        tag = _local(child)
        if tag in _SKIP or not tag:
            continue
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            if child.get(f"{_W}type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        else:
            _collect(child, parts)


def _text_boxes(p) -> list:
    """Text box contents anchored in a paragraph, once each (the mc:Fallback copy is skipped)."""
    found = []

    def walk(el) -> None:
        for child in el:
            tag = _local(child)
            if tag == "txbxContent":
                found.append(child)
            elif tag and tag != "Fallback":
                walk(child)

    walk(p)
    return found


# --------------------------------------------------------------------------- tables


def _children(el, tag: str) -> list:
    """Child elements named `tag` (rows of a table, cells of a row), looking through wrappers."""
    out = []
    for child in el:
        name = _local(child)
        if name == tag:
            out.append(child)
        elif name in _WRAPPERS:
            out.extend(_children(child, tag))
    return out


def _cells(tbl) -> list:
    return [tc for tr in _children(tbl, "tr") for tc in _children(tr, "tc")]


def table_grid(tbl, text_of=paragraph_text) -> tuple[list[list[str]], list]:
    """The table as a rectangular grid of cell strings (merged slots empty), and its nested tables."""
    grid: list[list[str]] = []
    nested: list = []
    for tr in _children(tbl, "tr"):
        trpr = tr.find(f"{_W}trPr")
        row = [""] * _int(_val(trpr, "gridBefore"), 0)
        for tc in _children(tr, "tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = max(1, _int(_val(tcpr, "gridSpan"), 1))
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            continued = vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue")
            text, inner = _cell_text(tc, text_of)
            nested.extend(inner)
            row.append("" if continued else text)
            row.extend([""] * (span - 1))
        row.extend([""] * _int(_val(trpr, "gridAfter"), 0))
        grid.append(row)
    while grid and not any(c.strip() for c in grid[-1]):
        grid.pop()
    if not grid:
        return [], nested
    width = max(len(r) for r in grid)
    return [r + [""] * (width - len(r)) for r in grid], nested


def _cell_text(tc, text_of) -> tuple[str, list]:
    """A cell's paragraphs joined without a newline (a space only between two Latin/digit ends)."""
    texts: list[str] = []
    tables: list = []

    def walk(el) -> None:
        for child in el:
            tag = _local(child)
            if tag == "p":
                texts.append(text_of(child).replace("\n", "").strip())
                for box in _text_boxes(child):
                    walk(box)
            elif tag == "tbl":
                tables.append(child)
            elif tag in _WRAPPERS:
                walk(child)

    walk(tc)
    out = ""
    for t in texts:
        if not t:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            out += " "
        out += t
    return out, tables


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
