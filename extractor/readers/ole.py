"""OLE compound files (the container of .doc, .xls, and of password-protected docx/xlsx): which
one a file is, read from the names of its streams.

A compound file is a small FAT file system: a 512-byte header, a sector allocation table, and a
directory of 128-byte entries naming each stream. Only the directory is read here, plus the
first bytes of the WordDocument stream to see Word's own "encrypted" flag.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE  # end of a sector chain
_FREE = 0xFFFFFFFF
_MINI_CUTOFF = 4096  # streams smaller than this live in the mini stream (not followed here)


@dataclass
class Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class OleError(ValueError):
    """The compound file's header or tables are damaged."""


def classify(data: bytes) -> str:
    """What an OLE file holds: doc, xls, ppt, encrypted (a protected docx/xlsx or .doc), or ole.

    >>> classify(b"not an ole file")
    'ole'
    """
    try:
        entries = directory(data)
    except (OleError, struct.error, IndexError):
        return "ole"
    names = {e.name for e in entries if e.kind in (1, 2)}
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        return "encrypted"
    if "WordDocument" in names:
        word = next(e for e in entries if e.name == "WordDocument")
        return "encrypted" if _word_encrypted(data, word) else "doc"
    if "Workbook" in names or "Book" in names:
        return "xls"
    if "PowerPoint Document" in names:
        return "ppt"
    return "ole"


def directory(data: bytes) -> list[Entry]:
    """Every entry of the compound file's directory."""
    if data[:8] != SIGNATURE or len(data) < 512:
        raise OleError("no OLE signature")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise OleError(f"sector shift {shift}")
    size = 1 << shift
    fat = _fat(data, size)
    first_dir = struct.unpack_from("<I", data, 0x30)[0]
    out: list[Entry] = []
    for sector in _chain(fat, first_dir):
        base = (sector + 1) * size
        chunk = data[base:base + size]
        for off in range(0, len(chunk) - 127, 128):
            raw = chunk[off:off + 128]
            name_len = struct.unpack_from("<H", raw, 64)[0]
            kind = raw[66]
            if kind == 0 or not 2 <= name_len <= 64:
                continue
            name = raw[:name_len - 2].decode("utf-16-le", errors="replace")
            start, stream_size = struct.unpack_from("<IQ", raw, 116)
            out.append(Entry(name, kind, start, stream_size if shift == 12 else stream_size & 0xFFFFFFFF))
    if not out:
        raise OleError("empty directory")
    return out


def _fat(data: bytes, size: int) -> list[int]:
    """The sector allocation table, gathered from the header's DIFAT and its continuation sectors."""
    n_fat, = struct.unpack_from("<I", data, 0x2C)
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    next_difat, n_difat = struct.unpack_from("<II", data, 0x44)
    per = size // 4
    for _ in range(n_difat):
        if next_difat in (_END, _FREE):
            break
        base = (next_difat + 1) * size
        values = struct.unpack_from(f"<{per}I", data, base)
        difat.extend(values[:-1])
        next_difat = values[-1]
    fat: list[int] = []
    for sector in difat[:n_fat]:
        if sector in (_END, _FREE):
            continue
        base = (sector + 1) * size
        if base + size > len(data):
            raise OleError("FAT sector beyond the end of the file")
        fat.extend(struct.unpack_from(f"<{per}I", data, base))
    return fat


def _chain(fat: list[int], start: int) -> list[int]:
    sectors: list[int] = []
    seen: set[int] = set()
    while start not in (_END, _FREE):
        if start >= len(fat) or start in seen:
            raise OleError("broken sector chain")
        seen.add(start)
        sectors.append(start)
        start = fat[start]
    return sectors


def _word_encrypted(data: bytes, word: Entry) -> bool:
    """Word's FIB flags (offset 0x0A of the WordDocument stream): bit 0x0100 is fEncrypted."""
    if word.size < _MINI_CUTOFF:
        return False
    size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    base = (word.start + 1) * size
    if base + 12 > len(data):
        return False
    flags, = struct.unpack_from("<H", data, base + 0x0A)
    return bool(flags & 0x0100)
