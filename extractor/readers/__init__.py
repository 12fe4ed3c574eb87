"""Readers: every input format into one Document.

The format is detected from the file's bytes, not guessed from its extension; each reader
returns the blocks it found and `structure.build_document` turns them into the model
(headings, sections, table units, offsets).
"""

from __future__ import annotations

import errno
import hashlib
import stat
from dataclasses import dataclass, field
from pathlib import Path

from extractor.errors import ReadError
from extractor.model import Block, Document

# A file larger than this is refused before it is read (a report is a few MB at most).
MAX_BYTES = 200 * 1024 * 1024
# Characters of text a document may hold: a hundred times the longest real report (about 20,000).
# Every character costs a few hundred bytes once figures and relations are built, so this also
# bounds a worker's memory (under 0.5 GB at the limit) and time (about 20 seconds).
MAX_CHARS = 2_000_000


@dataclass
class Extracted:
    """What a reader hands to the structure builder."""

    blocks: list[Block]
    pages: int | None = None
    notes: list[str] = field(default_factory=list)


# The system's own words for why a file cannot be opened are English; these say it in Chinese.
_OS_REASONS = {
    errno.ENOENT: "文件不存在（可能已被移动或删除）",
    errno.EACCES: "没有读取该文件的权限",
    errno.EPERM: "没有读取该文件的权限",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ELOOP: "符号链接形成循环",
    errno.ENAMETOOLONG: "文件路径过长",
    errno.EIO: "磁盘读取出错",
}


def os_reason(e: OSError, doing: str) -> str:
    """A one-line Chinese reason for a file the system would not open or read.

    >>> os_reason(PermissionError(errno.EACCES, "Permission denied"), "无法读取文件")
    '没有读取该文件的权限'
    >>> os_reason(OSError(errno.EBUSY, "Device or resource busy"), "无法读取文件")
    '无法读取文件（Device or resource busy）'
    """
    known = _OS_REASONS.get(e.errno)
    return known or f"{doing}（{e.strerror or e}）"


def check_length(chars: int, name: str) -> None:
    """Refuse a document with more text than any report holds (a log, a database dump, a joined archive).

    >>> check_length(MAX_CHARS + 1, "x.txt")
    Traceback (most recent call last):
    extractor.errors.ReadError: x.txt: 文字内容超过 200 万字的上限，超出一份报告的篇幅，请拆分后再检查
    """
    if chars > MAX_CHARS:
        # readers stop counting once past the limit, so the reason names the limit, not a total
        raise ReadError(name, f"文字内容超过 {MAX_CHARS // 10_000} 万字的上限，超出一份报告的篇幅，请拆分后再检查")


def sniff(data: bytes, suffix: str = "") -> str:
    """The format of a file from its first bytes: pdf, docx, xlsx, doc, xls, rtf, odt, ods, html, mht or txt
    (or encrypted, ppt, pptx, ole, zip, image: formats that are recognised only to be refused clearly).

    >>> sniff(b"%PDF-1.7 ...")
    'pdf'
    >>> sniff("<!DOCTYPE html><html>".encode())
    'html'
    >>> sniff("一、部门概况".encode())
    'txt'
    >>> sniff(rb"{\\rtf1\\ansi ...")
    'rtf'
    >>> sniff(b"\\x89PNG\\r\\n\\x1a\\n...", ".pdf")
    'image'
    """
    head = data[:2048]
    if image_type(head):
        return "image"
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _sniff_zip(data, suffix)
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        from extractor.readers.ole import classify

        return classify(data)  # doc, xls, ppt, encrypted (a password-protected Office file) or ole
    if head[:5] == b"{\\rtf":
        return "rtf"
    probe = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if probe.startswith((b"mime-version:", b"from:", b"content-type:", b"date:", b"subject:")) and b"multipart/related" in probe:
        return "mht"  # a web archive: Word's "single file web page", often named .doc
    if probe.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in probe[:512] or b"<table" in probe:
        return "html"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"<\x00h\x00t\x00m\x00l" in data[:4096].lower():
        return "html"  # UTF-16 with a byte-order mark
    return "txt"


# Signatures of picture formats: a scan saved as a picture (and perhaps renamed .pdf) is not a report.
_IMAGES = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
           (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))


def image_type(head: bytes) -> str | None:
    """The picture format a file starts with, if any.

    >>> image_type(b"\\xff\\xd8\\xff\\xe0...JFIF"), image_type(b"%PDF-1.4")
    ('JPEG', None)
    """
    for magic, kind in _IMAGES:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:2] == b"BM" and head[6:10] == b"\0\0\0\0" and len(head) > 26:  # BMP: its reserved bytes are zero
        return "BMP"
    return None


def _sniff_zip(data: bytes, suffix: str) -> str:
    """docx, xlsx, pptx, odt or ods from the names in the zip directory (bytes as a fallback)."""
    import io
    import zipfile

    mimetype = b""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
        if "mimetype" in names:
            mimetype = package.read("mimetype")[:100]
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, RuntimeError, NotImplementedError):
        names = set()
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if b"opendocument.text" in mimetype:
        return "odt"
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    if not names:  # a damaged zip: trust what the bytes and the name say, the reader reports the damage
        if b"word/" in data[:200_000] or suffix == ".docx":
            return "docx"
        if b"xl/" in data[:200_000] or suffix == ".xlsx":
            return "xlsx"
    return "zip"


def read_document(path: str | Path) -> Document:
    """Read any supported file into a Document, or raise ReadError with the reason."""
    from extractor import structure

    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
    except OSError as e:
        raise ReadError(name, os_reason(e, "无法打开文件")) from None
    size = info.st_size
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(name, "这是一个文件夹，不是文件")
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block the read, or never end
        raise ReadError(name, "不是普通文件（管道、设备或套接字），无法读取")
    if size == 0:
        raise ReadError(name, "文件为空（0 字节）")
    if size > MAX_BYTES:
        raise ReadError(name, f"文件过大（{size // (1024 * 1024)} MB，上限 {MAX_BYTES // (1024 * 1024)} MB）")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(name, os_reason(e, "无法读取文件")) from None
    fmt = sniff(data, path.suffix.lower())
    if fmt == "image":
        raise ReadError(name, f"这是 {image_type(data[:64])} 图片，不是报告文档；扫描件需先做 OCR 文字识别，转成 PDF 或 docx 后再读取")
    reader = _reader(fmt, name)
    try:
        got = reader(path, data)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(name, "文件内容过大，内存不足以读取") from None
    except RecursionError:
        raise ReadError(name, "文件结构嵌套过深，无法解析") from None
    except Exception as e:  # a reader library choking on a damaged file
        raise ReadError(name, f"文件已损坏或格式不符，无法解析（{type(e).__name__}: {str(e)[:120]}）") from None
    if isinstance(got, Document):  # readers that convert and delegate (doc -> docx)
        return got
    check_length(sum(len(b.text) + sum(len(c) for row in b.rows or () for c in row) for b in got.blocks), name)
    from extractor.readers.script import simplify_blocks, without_glosses

    blocks, glossed = without_glosses(got.blocks)
    blocks, converted = simplify_blocks(blocks)
    return structure.build_document(
        blocks,
        path=name,
        fmt=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=got.pages,
        notes=got.notes + (["繁体字文本，已按简体字读取"] if converted else []) + (["文中拼音注音已去除"] if glossed else []),
    )


def _reader(fmt: str, name: str):
    if fmt == "txt":
        from extractor.readers.txt import read_txt

        return read_txt
    if fmt == "pdf":
        from extractor.readers.pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from extractor.readers.docx import read_docx

        return read_docx
    if fmt == "xlsx":
        from extractor.readers.xlsx import read_xlsx

        return read_xlsx
    if fmt in ("html", "mht"):
        from extractor.readers import html

        return html.read_html if fmt == "html" else html.read_mht
    if fmt in ("doc", "rtf", "odt", "xls", "ods"):
        from extractor.readers import doc

        return getattr(doc, f"read_{fmt}")
    if fmt == "encrypted":
        raise ReadError(name, "文件已加密（设置了打开密码），请先去除密码后再读取")
    if fmt in ("ppt", "pptx"):
        raise ReadError(name, "演示文稿（PowerPoint）不是支持的报告格式，请另存为 PDF 或 docx")
    if fmt == "ole":
        raise ReadError(name, "无法识别的 Office 旧格式文件（OLE），可能已损坏")
    if fmt == "zip":
        raise ReadError(name, "ZIP 压缩包不是可识别的报告格式（支持 docx、xlsx）")
    raise ReadError(name, f"暂不支持的格式：{fmt}")
