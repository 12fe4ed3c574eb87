"""Plain text: the encoding is detected from the bytes, each line is a paragraph, and tables
that were flattened into text (one cell per line, tab-led cells, tab- or pipe-separated rows,
space-aligned columns) become grids."""

from __future__ import annotations

import re
from pathlib import Path

from extractor.errors import ReadError
from extractor.model import Block
from extractor.readers import Extracted, check_length
from extractor.readers.flattened import find_flattened_tables

# Legacy encodings Chinese reports are saved in, tried when the bytes are not UTF-8 or UTF-16.
_LEGACY = ("gb18030", "big5")
# A decoding is believed when at least this share of its characters is ordinary report text.
_PLAUSIBLE = 0.97


def decode_text(data: bytes, name: str) -> str:
    """Decode report text: BOM first, then UTF-8, then UTF-16 without BOM, then GB18030/Big5.

    >>> decode_text("预算".encode("gbk"), "x.txt")
    '预算'
    >>> decode_text(b"\\xef\\xbb\\xbf" + "决算".encode(), "x.txt")
    '决算'
    >>> decode_text("部门决算2021年".encode("utf-16-le"), "x.txt")
    '部门决算2021年'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace"), name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16", errors="replace"), name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError as e:
        cut_short = e.end == len(data) and e.reason == "unexpected end of data"
    # UTF-8 is self-checking: a text cut inside its last character, or a long one with a stray
    # bad byte or two, is still UTF-8 (text in another encoding breaks it every few characters).
    utf8 = data.decode("utf-8", errors="replace")
    if cut_short or utf8.count("\ufffd") <= len(data) // 2000:
        return _checked(utf8, name)
    best, best_score = None, 0.0
    candidates = [("utf-16-le", 0), ("utf-16-be", 0)] if len(data) % 2 == 0 else []
    candidates += [(enc, 1) for enc in _LEGACY]
    for enc, preference in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        # the legacy encodings decode almost anything double-byte: only a clearly better score beats GB18030
        if score > best_score + (0.02 if preference and best is not None else 0):
            best, best_score = text, score
    if best is not None and best_score >= _PLAUSIBLE:
        return _checked(best, name)
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:200_000], cp_isolation=list(_LEGACY) + ["utf-8", "utf-16-le", "utf-16-be"]).best()
    if guess is None:
        raise ReadError(name, "无法识别文本编码，可能不是文本文件")
    return _checked(data.decode(guess.encoding, errors="replace"), name)


def plausibility(text: str) -> float:
    """Share of characters a Chinese report is made of: CJK, ASCII, CJK and full-width punctuation.

    >>> plausibility("一、部门概况（2021年）")
    1.0
    >>> plausibility("\\x00\\x01\\ud7a3\\ue000") < 0.5
    True
    """
    sample = text[:100_000]
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        o = ord(ch)
        if (32 <= o < 127 or ch in "\t\n\r\f" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F
                or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or 0x3400 <= o <= 0x4DBF
                or 0x2460 <= o <= 0x24FF or 0x2160 <= o <= 0x217F or 0x3380 <= o <= 0x33FF
                or 0x2500 <= o <= 0x257F or o in (0xA0, 0xB7, 0xD7, 0xF7, 0xB0, 0xB1)):
            good += 1
    return good / len(sample)


def _checked(text: str, name: str) -> str:
    """Refuse binary content that happened to decode: too many control or replacement characters."""
    sample = text[:100_000]
    if not sample.strip():
        raise ReadError(name, "文件没有可读的文字内容")
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0xE000 <= ord(ch) <= 0xF8FF)
    if bad > max(8, len(sample) * 0.02):
        raise ReadError(name, "文件内容不是文本（含大量二进制字符），可能是扩展名错误或文件损坏")
    return text


def text_blocks(lines: list[str], with_lines: bool = True) -> list[Block]:
    """Lines of plain text as blocks: flattened tables as table blocks, other lines as paragraphs."""
    tables = {t.first_line: t for t in find_flattened_tables(lines)}
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        t = tables.get(i)
        if t is not None:
            blocks.append(Block(index=0, kind="table", text="", rows=t.rows, line=i + 1 if with_lines else None,
                                cell_lines=cell_lines(lines, t.first_line, t.last_line, t.rows) if with_lines else None))
            i = t.last_line + 1
            continue
        line = unspaced(lines[i].strip(" \t\u3000\ufeff\xa0"))
        if line:
            blocks.append(Block(index=0, kind="paragraph", text=line, line=i + 1 if with_lines else None))
        i += 1
    return blocks


_SPACED_PAIR = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_TIGHT_PAIR = re.compile(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])")
_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff，,。：:；;、（）()]) +(?=[\u4e00-\u9fff，,。：:；;、（）()])")


def unspaced(line: str) -> str:
    """A line of prose spaced out character by character, as text copied from a justified PDF line
    comes ("2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加"), with the spaces between its words
    taken out; any other line as it is (a space between two names may part two cells).

    >>> unspaced("2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加 2433505.07 元")
    '2025 年政府采购预算 6429768.84 元,同比增加 2433505.07 元'
    >>> unspaced("科目名称 基本支出 项目支出")
    '科目名称 基本支出 项目支出'
    """
    spaced = len(_SPACED_PAIR.findall(line))
    if spaced < 4 or spaced < 2 * len(_TIGHT_PAIR.findall(line)):
        return line
    return _SPACE_IN_WORDS.sub("", line)


_PIECES = re.compile(r"\t|\||\s{2,}|\u3000+")
LOOKAHEAD = 40  # lines searched for a cell beyond the last one placed


def cell_lines(lines: list[str], first: int, last: int, rows: list[list[str]]) -> list[list[int]]:
    """The 1-based source line of every cell of a table rebuilt from lines[first..last] (0 where
    not found): cells are looked for in order, each row below the previous one; a cell standing alone between
    delimiters is preferred to one inside a longer text."""
    out: list[list[int]] = []
    cur = first
    # a layout of one cell per line has at least as many lines as filled cells: a cell found, the
    # next one is looked for from the line after it (a 10 after a 10 is not the same 10)
    step = 1 if last - first + 1 >= sum(1 for row in rows for cell in row if cell) else 0
    pieces: dict[int, set[str]] = {}  # line -> its cells, split once (a row may hold thousands)
    for row in rows:
        placed: list[int] = []
        for cell in row:
            j = _find_cell(lines, pieces, cell, cur, min(last, cur + LOOKAHEAD)) if cell else None
            placed.append(j + 1 if j is not None else 0)
            if j is not None:
                cur = j + step
        out.append(placed)
        if any(placed):
            cur = max(placed)  # 1-based last line of this row = 0-based index of the line after it
    return out


def _find_cell(lines: list[str], pieces: dict[int, set[str]], cell: str, lo: int, hi: int) -> int | None:
    cell = cell.strip()
    for j in range(lo, hi + 1):
        if j not in pieces:
            pieces[j] = {p.strip() for p in _PIECES.split(lines[j])}
        if cell in pieces[j]:
            return j
    for j in range(lo, hi + 1):
        if cell in lines[j]:
            return j
    return None


def read_txt(path: Path, data: bytes) -> Extracted:
    text = decode_text(data, str(path))
    check_length(len(text), str(path))  # before the lines become blocks, which cost far more than the text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return Extracted(blocks=text_blocks(lines))
