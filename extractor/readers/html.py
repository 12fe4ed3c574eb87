"""HTML pages (budget disclosures on government sites, Word's "save as web page", web archives
.mht): text blocks in reading order, headings from h1-h6, tables as grids.

- Scripts, styles, navigation and hidden elements are dropped.
- Block elements (p, div, li, h1-h6 ...) and <br> end a paragraph; inline elements do not.
- A table is a grid when it is one: rows of cells with rowspan/colspan expanded, the value in the
  top-left slot and empty strings in the slots a merged cell covers (as in docx and xlsx).
  A table that holds other tables, or has a single column, is page layout: its cells are read as
  ordinary content, so the tables inside it come out as grids of their own.
- White space is collapsed as a browser does; white space between two Chinese characters (a
  line break in the source, or justified spacing) is removed.
- The charset comes from the byte-order mark, then <meta charset>, then detection.
"""

from __future__ import annotations

import codecs
import re

from extractor.errors import ReadError
from extractor.model import Block
from extractor.readers import Extracted
from extractor.readers.grid import table_blocks
from extractor.readers.txt import decode_text, text_blocks
from extractor.structure import numbering_of

_DROP = {"script", "style", "noscript", "template", "nav", "iframe", "svg", "head", "button", "select", "option",
         "object", "embed", "canvas", "map", "input", "textarea", "math"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "li", "ul", "ol",
          "dl", "dt", "dd", "center", "form", "fieldset", "address", "figure", "figcaption", "hr", "body", "html",
          "caption", "legend", "details", "summary", "tr", "td", "th", "thead", "tbody", "tfoot"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f\v\xa0\u3000\u200b]+")
# CJK ideographs, CJK punctuation and full-width forms: no space belongs between two of them.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
MAX_SPAN = 1000  # the HTML limit for colspan; rowspan is also capped at the rows left


def read_html(path, data: bytes) -> Extracted:
    text = decode_html(data, str(path))
    blocks = html_blocks(text)
    if not blocks:
        raise ReadError(str(path), "网页中没有正文文字")
    source_lines(text, blocks)
    return Extracted(blocks=blocks)


_HIDDEN_PARTS = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
PREFIX = 8  # characters of a block or cell looked for in the page's visible text
WINDOW = 20_000  # ... within this many characters after the last one found (bounds the work on a text not found)


def source_lines(text: str, blocks: list[Block]) -> None:
    """Give each block the line of the HTML source where its text starts (`line`), and each table
    cell its own (`cell_lines`): the blocks' text is looked for, in order, in the page's visible
    characters (tags, comments and scripts left out, entities decoded, white space ignored)."""
    import html as html_lib

    # tags, comments and scripts give way to the line breaks they hold, so every line keeps its number
    text = _HIDDEN_PARTS.sub(lambda m: "\n" * m.group().count("\n"), text)
    text = html_lib.unescape(_TAG.sub(lambda m: "\n" * m.group().count("\n"), text))
    chars: list[str] = []
    lines: list[int] = []
    for n, line in enumerate(text.split("\n"), 1):
        ink = "".join(line.split())
        chars.append(ink)
        lines.extend([n] * len(ink))
    visible = "".join(chars)
    pos = 0

    def find(s: str) -> int:
        nonlocal pos
        key = "".join(s.split())[:PREFIX]
        if not key:
            return 0
        k = visible.find(key, pos, pos + WINDOW)
        if k < 0:
            return 0
        pos = k + len(key)
        return lines[k]

    for b in blocks:
        if b.kind == "table" and b.rows:
            b.cell_lines = [[find(cell) for cell in row] for row in b.rows]
            b.line = next((n for row in b.cell_lines for n in row if n), None)
        else:
            b.line = find(b.text) or None


def read_mht(path, data: bytes) -> Extracted:
    """A web archive (.mht, Word's "single file web page", sometimes named .doc): its HTML part."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset and not body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
                charset = "gb18030" if charset.lower() in ("gb2312", "gbk", "x-gbk", "cp936") else charset
                try:
                    return Extracted(blocks=html_blocks(body.decode(charset)))
                except (LookupError, UnicodeDecodeError):
                    pass
            return Extracted(blocks=html_blocks(decode_html(body, str(path))))
    raise ReadError(str(path), "网页存档（MHT）中没有 HTML 正文")


def html_blocks(text: str) -> list[Block]:
    import warnings

    from bs4 import BeautifulSoup

    walker = _Walker()
    with warnings.catch_warnings():
        # bs4 warns about XHTML parsed as HTML and about pages that look like a file name: both read fine
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "lxml")
    walker.walk(soup)
    walker.flush()
    return walker.blocks


def decode_html(data: bytes, name: str) -> str:
    """The page's text: BOM, then the declared charset (GB2312/GBK read as GB18030), then detection.

    >>> decode_html('<meta charset="gb2312"><p>决算</p>'.encode("gbk"), "x.html")[-9:]
    '<p>决算</p>'
    """
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "gb18030"):
                declared = "gb18030"
            try:
                codecs.lookup(declared)
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
    return decode_text(data, name)


def clean(text: str) -> str:
    """Collapse white space as a browser does, and drop it between Chinese characters.

    >>> clean("  本年\\n  收入\\xa0 合计 12.5 万元 ")
    '本年收入合计 12.5 万元'
    """
    return _CJK_GAP.sub("", _WS.sub(" ", text)).strip()


def _is_hidden(tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN.search(tag.get("style") or "")) or tag.get("role") == "navigation"


class _Walker:
    def __init__(self):
        self.blocks: list[Block] = []
        self.buf: list[str] = []

    def flush(self, heading: int | None = None) -> None:
        text = clean("".join(self.buf))
        self.buf = []
        if not text:
            return
        if heading is None:
            self.blocks.append(Block(index=0, kind="paragraph", text=text))
        else:  # numbering in the text (一、 （二）) decides the level, as in every other format
            self.blocks.append(Block(index=0, kind="heading", text=text, level=None if numbering_of(text) else heading))

    def walk(self, node) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString

        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, doctype, CDATA, PIs
                    self.buf.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower() if child.name else ""
            if name in _DROP or _is_hidden(child):
                continue
            if name == "br":
                self.flush()
            elif name == "table":
                self.flush()
                self.table(child)
            elif name == "pre":
                self.flush()
                lines = child.get_text().replace("\r\n", "\n").split("\n")
                self.blocks.extend(text_blocks(lines, with_lines=False))
            elif name in _HEADINGS:
                self.flush()
                self.walk(child)
                self.flush(heading=_HEADINGS[name])
            elif name in _BLOCK:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def table(self, table) -> None:
        rows = _rows(table)
        cells = [c for tr in rows for c in _row_cells(tr)]
        caption = table.find("caption", recursive=False)
        if caption is not None:
            self.walk(caption)
            self.flush()
        layout = any(c.find("table") is not None for c in cells)
        grid = [] if layout else table_grid(rows)
        if layout or (grid and max(len(r) for r in grid) == 1):
            for c in cells:
                self.walk(c)
                self.flush()
            return
        if grid:
            self.blocks.extend(table_blocks(grid))


def _rows(table) -> list:
    """The table's own rows (thead/tbody/tfoot included), not those of tables nested in it."""
    out = []
    for child in table.find_all(recursive=False):
        name = (child.name or "").lower()
        if name == "tr":
            out.append(child)
        elif name in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child.find_all(recursive=False) if (c.name or "").lower() == "tr")
    return out


def _row_cells(tr) -> list:
    return [c for c in tr.find_all(recursive=False) if (c.name or "").lower() in ("td", "th") and not _is_hidden(c)]


def _span(cell, attr: str, limit: int) -> int:
    try:
        return max(1, min(int(str(cell.get(attr, "1")).strip() or 1), limit))
    except ValueError:
        return 1


def table_grid(rows: list) -> list[list[str]]:
    """Rows of <td>/<th> as a rectangular grid, rowspan and colspan expanded (covered slots empty)."""
    taken: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(rows):
        col = 0
        for cell in _row_cells(tr):
            while (r, col) in taken:
                col += 1
            rowspan = _span(cell, "rowspan", len(rows) - r)
            colspan = _span(cell, "colspan", MAX_SPAN)
            for i in range(rowspan):
                for j in range(colspan):
                    taken[(r + i, col + j)] = ""
            taken[(r, col)] = cell_text(cell)
            col += colspan
    if not taken:
        return []
    width = max(c for _, c in taken) + 1
    grid = [[taken.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    grid = [row for row in grid if any(row)]
    keep = [c for c in range(width) if any(row[c] for row in grid)]
    return [[row[c] for c in keep] for row in grid]


def cell_text(cell) -> str:
    """A cell's text on one line: its paragraphs and line breaks joined (a space only between Latin/digits)."""
    walker = _Walker()
    walker.walk(cell)
    walker.flush()
    return clean(" ".join(b.text for b in walker.blocks))
