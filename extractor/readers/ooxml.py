"""Office Open XML packages (docx, xlsx) are zip files: the checks every one passes before a
library opens it.

- Zip bombs: the sizes in the zip's central directory are checked before anything is inflated.
  Python's zipfile never returns more than the declared size of a member, so a directory that
  lies cannot make a reader inflate more than what was checked here.
- XML bombs and external entities: OOXML parts never carry a DTD, so any part whose prolog holds
  <!DOCTYPE or <!ENTITY is refused. (python-docx and openpyxl also parse with entities off.)
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from extractor.errors import ReadError

MAX_TOTAL = 200 * 1024 * 1024  # uncompressed bytes of all members together
MAX_RATIO = 100  # uncompressed / compressed, for members large enough to matter
RATIO_FLOOR = 1024 * 1024  # members smaller than this inflate to nothing dangerous anyway
MAX_MEMBERS = 10_000
PROLOG_BYTES = 64 * 1024  # a DTD must come before the root element, within the first bytes

_DTD = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ELEMENT = re.compile(r"<[A-Za-z_]")


def open_package(data: bytes, name: str) -> zipfile.ZipFile:
    """The zip of an OOXML file, after the bomb and DTD checks; ReadError when it fails one."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise ReadError(name, "文件已损坏或不完整（不是有效的 Office 压缩包）") from None
    check_sizes(infos, name)
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and prolog_has_dtd(_head(zf, info, name)):
            raise ReadError(name, f"文件中的 XML（{info.filename}）含有 DTD/实体声明，可能是恶意构造的文件，已拒绝读取")
    return zf


def check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a package whose directory announces a zip bomb, encryption or odd compression."""
    if len(infos) > MAX_MEMBERS:
        raise ReadError(name, f"压缩包内文件过多（{len(infos)} 个），可能是恶意构造的文件")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReadError(name, "文件已加密，无法读取")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReadError(name, f"压缩包使用了不支持的压缩方式（{info.compress_type}）")
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(
                name, f"压缩比异常（{info.filename} 解压后 {info.file_size // (1024 * 1024)} MB），疑似压缩炸弹，已拒绝读取"
            )
    if total > MAX_TOTAL:
        raise ReadError(name, f"解压后内容过大（{total // (1024 * 1024)} MB，上限 {MAX_TOTAL // (1024 * 1024)} MB），疑似压缩炸弹")


def prolog_has_dtd(head: bytes) -> bool:
    """True when the start of an XML part declares a DTD or entities, or has no element at all.

    >>> prolog_has_dtd(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>')
    True
    >>> prolog_has_dtd(b'<?xml version="1.0"?><w:document><w:t>&lt;!DOCTYPE</w:t></w:document>')
    False
    >>> prolog_has_dtd('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16"))
    True
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    elif len(head) > 1 and (head[0] == 0 or head[1] == 0):
        text = head.decode("utf-16-be" if head[0] == 0 else "utf-16-le", errors="ignore")
    else:
        text = head.decode("latin-1")
    root = _ELEMENT.search(text)
    if root is None:
        # No element within the first bytes: a long prolog is itself a way to hide a DTD.
        return len(head) >= PROLOG_BYTES
    return _DTD.search(text, 0, root.start()) is not None


def _head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    try:
        with zf.open(info) as f:
            return f.read(PROLOG_BYTES)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as e:
        raise ReadError(name, f"文件已损坏或不完整（{info.filename}：{type(e).__name__}）") from None
