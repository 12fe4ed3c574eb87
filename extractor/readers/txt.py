"""Plain text: the encoding is detected from the bytes, each line is a paragraph, and tables
that were flattened into text (one cell per line, tab-led cells, pipe-separated rows) become grids."""

from __future__ import annotations

from pathlib import Path

from extractor.errors import ReadError
from extractor.model import Block
from extractor.readers import Extracted
from extractor.readers.flattened import find_flattened_tables

# Encodings Chinese reports are saved in, tried after the byte-order marks and UTF-8.
_CANDIDATES = ("gb18030", "big5", "utf-16")


def decode_text(data: bytes, name: str) -> str:
    """Decode report text: BOM first, then strict UTF-8, then the CJK encodings.

    >>> decode_text("预算".encode("gbk"), "x.txt")
    '预算'
    >>> decode_text(b"\\xef\\xbb\\xbf" + "决算".encode(), "x.txt")
    '决算'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace"), name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16", errors="replace"), name)
    if _looks_utf16(data):
        enc = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return _checked(data.decode(enc, errors="replace"), name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030",):
        try:
            return _checked(data.decode(enc), name)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=list(_CANDIDATES) + ["utf-8"]).best()
    if best is None:
        raise ReadError(name, "无法识别文本编码，可能不是文本文件")
    return _checked(data.decode(best.encoding, errors="replace"), name)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _checked(text: str, name: str) -> str:
    """Refuse binary content that happened to decode: too many control or replacement characters."""
    sample = text[:100_000]
    if not sample.strip():
        raise ReadError(name, "文件没有可读的文字内容")
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0xE000 <= ord(ch) <= 0xF8FF)
    if bad > max(8, len(sample) * 0.02):
        raise ReadError(name, "文件内容不是文本（含大量二进制字符），可能是扩展名错误或文件损坏")
    return text


def read_txt(path: Path, data: bytes) -> Extracted:
    text = decode_text(data, str(path))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tables = {t.first_line: t for t in find_flattened_tables(lines)}
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        t = tables.get(i)
        if t is not None:
            blocks.append(Block(index=0, kind="table", text="", rows=t.rows, line=i + 1))
            i = t.last_line + 1
            continue
        line = lines[i].strip(" \t\u3000\ufeff\xa0")
        if line:
            blocks.append(Block(index=0, kind="paragraph", text=line, line=i + 1))
        i += 1
    return Extracted(blocks=blocks)
