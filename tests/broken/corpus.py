"""Each maker writes one broken (or merely unusual) input and returns a Case saying what a correct
outcome is. Cases are small and fast to make unless marked `big`.

A correct outcome is one of:
- `reason`: the file is refused, and the one-line reason contains each of these words;
- `figures`: the file is read, and these raw spans (with their values) are among its figures;
  `findings`: rule codes that must be reported at error/warning severity (empty: none at all).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# One report paragraph whose arithmetic holds, and the figures it holds.
GOOD_TEXT = "一、部门收支情况\n本年支出合计500.00万元，其中：基本支出320.00万元，项目支出180.00万元。\n"
GOOD_FIGURES = {"500.00万元": "500.00", "320.00万元": "320.00", "180.00万元": "180.00"}
# The same with a part that does not add up: SUM001 must be reported.
BAD_SUM_TEXT = "一、部门收支情况\n本年支出合计500.00万元，其中：基本支出320.00万元，项目支出190.00万元。\n"


@dataclass
class Case:
    name: str  # test id
    path: Path
    reason: tuple[str, ...] = ()  # refused: words the reason must contain
    figures: dict[str, str] = field(default_factory=dict)  # read: raw -> value that must be found
    findings: tuple[str, ...] | None = None  # read: rule codes reported as error/warning (None: not checked)
    figure_count: int | None = None  # read: how many figures (None: not checked)
    text: tuple[str, ...] = ()  # read: passages the document's text must hold, character for character
    big: bool = False  # large or slow to check: run under a short time limit
    env: dict[str, str] = field(default_factory=dict)  # environment changes for the run (PATH without soffice)

    @property
    def refused(self) -> bool:
        return bool(self.reason)


# --------------------------------------------------------------------------- builders of valid files


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            cells = t.rows[r].cells
            for c, value in enumerate(row):
                cells[c].text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """The same zip package with some members replaced or added."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
        for name, body in (add or {}).items():
            z.writestr(name, body)
    return out.getvalue()


def _cjk_font() -> str:
    """reportlab's built-in Chinese CID font (no font file needed; readers map it by its CMap)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def pdf_bytes(pages: list[list[str]], encrypt=None, top: float = 700, header: bool = True) -> bytes:
    """A PDF with a text layer, laid out as reports are: a running header and a page number in the
    margins, each line of `pages` a paragraph of the body (headings at the margin, the rest indented)
    from `top` (points from the bottom of an A4 page) down."""
    from reportlab.pdfgen import canvas

    font = _cjk_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt, invariant=1)
    for n, lines in enumerate(pages, 1):
        c.setFont(font, 9)
        if header:
            c.drawString(72, 800, "某单位部门整体支出绩效评价报告")
        c.drawString(290, 40, f"- {n} -")
        c.setFont(font, 11)
        y = top
        for line in lines:
            c.drawString(72 if line[:1] in "一二三四五六七八九十" else 94, y, line)
            y -= 22
        c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes(width: int = 400, height: int = 120) -> bytes:
    """A real PNG: a grey picture with dark bars, like a scanned line of text."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            ink = 30 <= y < 90 and (x // 12) % 3 != 2
            row += b"\x20\x20\x20" if ink else b"\xf0\xf0\xf0"
        rows.append(bytes(row))
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b"")


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """A PDF of pictures only, as a scanner makes: no text layer at all."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = ImageReader(io.BytesIO(png_bytes()))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(pages):
        c.drawImage(picture, 72, 600, width=400, height=120)
        c.showPage()
    c.save()
    return buf.getvalue()


def ole_bytes(stream: str) -> bytes:
    """A minimal OLE compound file whose directory names one stream (WordDocument: a .doc)."""
    sector = 512
    header = bytearray(sector)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 0x2C, 1, 1, 0)  # one FAT sector; directory starts at sector 1
    struct.pack_into("<IIIII", header, 0x38, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([0xFFFFFFFF] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, 0xFFFFFFFE, *([0xFFFFFFFF] * 126))
    directory = bytearray(sector)
    for k, (name, kind) in enumerate((("Root Entry", 5), (stream, 2))):
        raw = name.encode("utf-16-le")
        directory[k * 128:k * 128 + len(raw)] = raw
        struct.pack_into("<HBB", directory, k * 128 + 64, len(raw) + 2, kind, 1)
        struct.pack_into("<III", directory, k * 128 + 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<IQ", directory, k * 128 + 116, 0xFFFFFFFE, 0)
    return bytes(header) + fat + bytes(directory)


def _document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()


def _with_dtd(base: bytes, dtd: str, entity: str) -> bytes:
    """A docx whose document.xml declares `dtd` and uses &entity; in its text."""
    xml = _document_xml(base).replace("?>", "?>" + dtd, 1).replace(f"&amp;{entity};", f"&{entity};")
    return rezip(base, replace={"word/document.xml": xml.encode()})


# --------------------------------------------------------------------------- the cases


def empty_files(folder: Path) -> list[Case]:
    out = []
    for suffix in ("txt", "pdf", "docx"):
        p = folder / f"empty.{suffix}"
        p.write_bytes(b"")
        out.append(Case(f"empty-{suffix}", p, reason=("为空",)))
    return out


def truncated_docx(folder: Path) -> list[Case]:
    data = docx_bytes(GOOD_TEXT.splitlines())
    out = []
    for cut in (0.3, 0.7):
        p = folder / f"truncated-{int(cut * 100)}.docx"
        p.write_bytes(data[: int(len(data) * cut)])
        out.append(Case(f"truncated-docx-{int(cut * 100)}", p, reason=("损坏",)))
    return out


def truncated_pdf(folder: Path) -> list[Case]:
    """A PDF cut short, early and late (before its cross-reference table)."""
    data = pdf_bytes([[f"{n}、第{n}部分", GOOD_TEXT.splitlines()[1]] for n in "一二三四五六"])
    out = []
    for cut in (0.15, 0.8):
        p = folder / f"truncated-{int(cut * 100)}.pdf"
        p.write_bytes(data[: int(len(data) * cut)])
        out.append(Case(f"truncated-pdf-{int(cut * 100)}", p, reason=("损坏",)))
    return out


def zip_bomb_docx(folder: Path) -> list[Case]:
    # 100 MB of zeros deflate to about 100 kB; the directory announces it before anything is inflated
    bomb = rezip(docx_bytes(["正文。"]), add={"word/media/image1.png": b"\0" * (100 * 1024 * 1024)})
    p = folder / "zip-bomb.docx"
    p.write_bytes(bomb)
    return [Case("zip-bomb-docx", p, reason=("压缩炸弹",))]


def entity_bombs(folder: Path) -> list[Case]:
    base = docx_bytes(["&lol9;"])
    levels = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    laughs = _with_dtd(base, f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{levels}]>', "lol9")
    p1 = folder / "entity-bomb.docx"
    p1.write_bytes(laughs)
    xxe = _with_dtd(docx_bytes(["&xxe;"]), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "xxe")
    p2 = folder / "external-entity.docx"
    p2.write_bytes(xxe)
    return [Case("entity-bomb-docx", p1, reason=("DTD",)), Case("external-entity-docx", p2, reason=("DTD",))]


def encrypted_pdfs(folder: Path) -> list[Case]:
    from reportlab.lib.pdfencrypt import StandardEncryption

    lines = GOOD_TEXT.splitlines()
    locked = folder / "encrypted.pdf"
    locked.write_bytes(pdf_bytes([lines], encrypt=StandardEncryption("user-secret", "owner-secret")))
    # only an owner password (no password to open): readable, and must be read
    owner = folder / "owner-password.pdf"
    owner.write_bytes(pdf_bytes([lines], encrypt=StandardEncryption("", "owner-secret", canPrint=0, canCopy=0)))
    return [Case("encrypted-pdf", locked, reason=("加密",)),
            Case("owner-password-pdf", owner, figures=GOOD_FIGURES, findings=())]


def identical_pages_pdf(folder: Path) -> list[Case]:
    """Three copies of one short page whose text sits in the top margin, where running headers live:
    lines repeated on every page, yet they are the document, not its furniture."""
    p = folder / "identical-pages.pdf"
    p.write_bytes(pdf_bytes([GOOD_TEXT.splitlines()] * 3, top=790, header=False))
    return [Case("identical-pages-pdf", p, figures=GOOD_FIGURES, findings=(), figure_count=9)]


def scanned_pdf(folder: Path) -> list[Case]:
    p = folder / "scanned.pdf"
    p.write_bytes(scanned_pdf_bytes())
    return [Case("scanned-pdf", p, reason=("扫描", "OCR"))]


def garbage(folder: Path) -> list[Case]:
    noise = folder / "garbage.txt"
    noise.write_bytes(random.Random(8).randbytes(64 * 1024))
    png = folder / "picture.pdf"
    png.write_bytes(png_bytes())
    return [Case("binary-garbage-txt", noise, reason=("不是文本",)), Case("png-named-pdf", png, reason=("图片",))]


def encodings(folder: Path) -> list[Case]:
    # 㐀 (CJK extension A) has no GBK code: only GB18030's four-byte form encodes it
    text = GOOD_TEXT.replace("一、部门收支情况", "一、部门收支情况（㐀镇）")
    out = []
    for enc, bom in (("gb18030", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")):
        name = f"{enc}{'-bom' if bom else ''}"
        p = folder / f"{name}.txt"
        p.write_bytes(bom + text.encode(enc))
        out.append(Case(f"text-{name}", p, figures=GOOD_FIGURES, findings=(), text=("一、部门收支情况（㐀镇）",)))
    return out


def full_width(folder: Path) -> list[Case]:
    wide = str.maketrans("0123456789.%:,", "０１２３４５６７８９．％：，")
    text = BAD_SUM_TEXT.translate(wide) + "执行率为９５．５０％，自评得分９２分。\n"
    p = folder / "full-width.txt"
    p.write_text(text, encoding="utf-8")
    return [Case("full-width-text", p, findings=("SUM001",), figures={
        "５００．００万元": "500.00", "３２０．００万元": "320.00", "１９０．００万元": "190.00", "９５．５０％": "95.50"})]


def long_digits(folder: Path) -> list[Case]:
    digits = "".join(str(i % 10) for i in range(1, 100_001))
    bare = folder / "digits.txt"
    bare.write_text(GOOD_TEXT + digits + "\n", encoding="utf-8")
    money = folder / "digits-money.txt"
    money.write_text(GOOD_TEXT + "合计" + digits + "万元。\n", encoding="utf-8")
    # 100,000 digits are no amount (an identifier at most): only the report's own three figures count
    return [Case("digits-100k", bare, figures=GOOD_FIGURES, findings=(), figure_count=3),
            Case("digits-100k-money", money, figures=GOOD_FIGURES, findings=(), figure_count=3)]


def wide_tables(folder: Path) -> list[Case]:
    """500 columns: a header, two rows of 1.00 and 2.00, and a 合计 row that adds them up except in
    the last column (4.00): every cell is a figure, and the one bad total is found."""
    n = 500
    header = ["项目"] + [f"第{i}项" for i in range(1, n)]
    total = ["合计"] + ["3.00"] * (n - 2) + ["4.00"]
    rows = [header, ["甲"] + ["1.00"] * (n - 1), ["乙"] + ["2.00"] * (n - 1), total]
    txt = folder / "wide-table.txt"
    txt.write_text("单位：万元\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    dx = folder / "wide-table.docx"
    dx.write_bytes(docx_bytes(["单位：万元"], rows))
    return [Case(f"wide-table-{p.suffix[1:]}", p, findings=("TBL001",), figure_count=3 * (n - 1)) for p in (txt, dx)]


def unpunctuated_line(folder: Path) -> list[Case]:
    """5,000 figures on one line with no sentence mark (a table flattened into one line)."""
    p = folder / "one-line.txt"
    p.write_text("一、收入情况\n" + "".join(f"收入{i % 90 + 10}.00万元" for i in range(5000)) + "\n", encoding="utf-8")
    return [Case("unpunctuated-line", p, findings=(), figure_count=5000)]


def widest_sheet(folder: Path) -> list[Case]:
    """A worksheet as wide as Excel allows (16,384 columns): a 合计 row adding two rows, wrong in one column."""
    import openpyxl

    n = 16384
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位：万元"])
    ws.append(["项目"] + [f"第{i}项" for i in range(1, n)])
    ws.append(["甲"] + [1.25] * (n - 1))
    ws.append(["乙"] + [2.5] * (n - 1))
    ws.append(["合计"] + [3.75] * (n - 2) + [3.85])
    p = folder / "widest.xlsx"
    wb.save(p)
    return [Case("widest-sheet-xlsx", p, findings=("TBL001",), figure_count=3 * (n - 1), big=True)]


def doc_without_soffice(folder: Path) -> list[Case]:
    p = folder / "legacy.doc"
    p.write_bytes(ole_bytes("WordDocument"))
    # PATH holding nothing at all: soffice (and libreoffice) cannot be found
    empty_bin = folder / "no-bin"
    empty_bin.mkdir(exist_ok=True)
    return [Case("doc-without-soffice", p, reason=("LibreOffice",), env={"PATH": str(empty_bin)})]


def big_text(folder: Path, megabytes: int = 50) -> list[Case]:
    """A text file of `megabytes` MB: report paragraphs over and over, each with its own figures."""
    p = folder / "huge.txt"
    with p.open("w", encoding="utf-8") as f:
        written, k = 0, 0
        while written < megabytes * 1024 * 1024:
            chunk = "".join(
                f"（{k + i}）本单位项目{k + i}支出合计{200 + (k + i) % 97}.00万元，其中人员经费{100 + (k + i) % 97}.00万元，"
                f"公用经费100.00万元。\n" for i in range(1000))
            f.write(chunk)
            written += len(chunk.encode())
            k += 1000
    # 26 million characters: past the length limit (a hundred times the longest report)
    return [Case("text-50mb", p, reason=("上限",), big=True)]


def huge_docx(folder: Path) -> list[Case]:
    """A docx within the zip-bomb limits (it compresses about 15 to 1) whose body is 60 MB of XML."""
    base = docx_bytes(["x"])
    xml = _document_xml(base)
    paragraph = "<w:p><w:r><w:t>（{0}）本单位项目{0}支出合计{1}.00万元，其中人员经费{2}.00万元。</w:t></w:r></w:p>"
    body = "".join(paragraph.format(i, 200 + i % 97, 100 + i % 97) for i in range(500_000))
    p = folder / "huge-body.docx"
    p.write_bytes(rezip(base, replace={"word/document.xml": xml.replace("<w:body>", "<w:body>" + body, 1).encode()}))
    return [Case("huge-body-docx", p, reason=("过大",), big=True)]


def many_pages_pdf(folder: Path, pages: int = 2000) -> list[Case]:
    """A PDF of `pages` pages, each a heading and a few sentences whose arithmetic holds."""
    numerals = "一二三四五六七八九十"
    body = []
    for n in range(pages):
        lines = [f"{numerals[n % 10]}、第{n + 1}部分支出情况"]
        for k in range(6):
            a, b = 60 + (n + k) % 50, 40 + k
            lines.append(f"本单位项目{k}支出合计{a + b}.00万元，其中人员经费{a}.00万元，公用经费{b}.00万元。")
        body.append(lines)
    p = folder / "pages-2000.pdf"
    p.write_bytes(pdf_bytes(body))
    return [Case(f"pdf-{pages}-pages", p, figure_count=pages * 6 * 3, findings=(), big=True)]


SMALL_MAKERS: list[Callable[[Path], list[Case]]] = [
    empty_files, truncated_docx, truncated_pdf, zip_bomb_docx, entity_bombs, encrypted_pdfs, scanned_pdf,
    identical_pages_pdf, garbage,
    encodings, full_width, long_digits, wide_tables, unpunctuated_line, doc_without_soffice,
]


def small_cases(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    return [case for make in SMALL_MAKERS for case in make(folder)]
