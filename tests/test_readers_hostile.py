"""Files built to hurt the reader, damaged files and locked files: each gives ReadError with a
one-line Chinese reason, never a traceback, a hang or a read of anything outside the file."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
import openpyxl
import pytest
from broken.corpus import rezip

from extractor.errors import ReadError
from extractor.readers import read_document, sniff
from extractor.readers.ole import classify


def plain_docx(text: str = "正文。") -> bytes:
    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def reason(tmp_path, data: bytes, name: str = "x.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert "\n" not in e.value.reason
    return e.value.reason


def test_zip_bomb_member_is_refused_from_the_directory(tmp_path):
    bomb = rezip(plain_docx(), add={"word/media/image1.png": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 200_000  # 20 MB of zeros deflate to a few kB: a ratio of about 1000
    assert "压缩炸弹" in reason(tmp_path, bomb)


def test_zip_directory_announcing_too_much_is_refused(tmp_path):
    """Sizes are checked in the directory before anything is inflated: forge one to 300 MB."""
    data = bytearray(plain_docx())
    end = data.rfind(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, end + 10)
    pos = offset
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        if bytes(data[pos + 46:pos + 46 + name_len]) == b"word/document.xml":
            struct.pack_into("<I", data, pos + 24, 300 * 1024 * 1024)
        pos += 46 + name_len + extra_len + comment_len
    got = reason(tmp_path, bytes(data))
    assert "压缩炸弹" in got


def test_xlsx_zip_bomb_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = 1
    buf = io.BytesIO()
    wb.save(buf)
    bomb = rezip(buf.getvalue(), add={"xl/media/pad.bin": b"\0" * (20 * 1024 * 1024)})
    assert "压缩炸弹" in reason(tmp_path, bomb, "x.xlsx")


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_entity_bomb_is_refused(tmp_path):
    base = plain_docx("&lol9;")
    xml = _document_xml(base).decode()
    dtd = '<!DOCTYPE w:document [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10)) + "]>"
    xml = xml.replace("?>", "?>" + dtd, 1).replace("&amp;lol9;", "&lol9;")
    got = reason(tmp_path, rezip(base, replace={"word/document.xml": xml.encode()}))
    assert "DTD" in got


def test_external_entity_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    base = plain_docx("&xxe;")
    xml = _document_xml(base).decode()
    xml = xml.replace("?>", f'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>', 1)
    xml = xml.replace("&amp;xxe;", "&xxe;")
    got = reason(tmp_path, rezip(base, replace={"word/document.xml": xml.encode()}))
    assert "DTD" in got and "机密" not in got


def test_dtd_in_a_utf16_part_is_refused(tmp_path):
    base = plain_docx()
    types = zipfile.ZipFile(io.BytesIO(base)).read("[Content_Types].xml").decode()
    types = types.replace("UTF-8", "UTF-16").replace("?>", '?><!DOCTYPE Types SYSTEM "http://example.invalid/x.dtd">', 1)
    assert "DTD" in reason(tmp_path, rezip(base, replace={"[Content_Types].xml": types.encode("utf-16")}))


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_docx(tmp_path, cut):
    data = plain_docx()
    got = reason(tmp_path, data[: int(len(data) * cut)])
    assert "损坏" in got or "不完整" in got


def test_corrupt_member_inside_a_valid_directory(tmp_path):
    data = bytearray(plain_docx())
    start = data.find(b"word/document.xml") + len("word/document.xml")
    for k in range(start + 40, start + 240):  # scramble the deflated bytes of document.xml
        data[k] ^= 0x5A
    got = reason(tmp_path, bytes(data))
    assert "损坏" in got or "格式不符" in got


def test_zip_without_a_document_is_not_a_report(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    assert "ZIP" in reason(tmp_path, buf.getvalue(), "x.zip")


# --------------------------------------------------------------------------- OLE files


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A minimal compound file: one FAT sector, one directory sector, then each stream's sectors."""
    sector = 512
    body: list[bytes] = []
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0 holds the FAT, sector 1 the directory
    entries = [("Root Entry", 5, 0xFFFFFFFE, 0)]
    for name, content in streams.items():
        if not content:
            entries.append((name, 2, 0xFFFFFFFE, 0))
            continue
        first = 2 + len(body)
        chunks = [content[i:i + sector].ljust(sector, b"\0") for i in range(0, len(content), sector)]
        for n in range(len(chunks)):
            fat.append(first + n + 1 if n + 1 < len(chunks) else 0xFFFFFFFE)
        body.extend(chunks)
        entries.append((name, 2, first, len(content)))
    assert len(entries) <= 4 and len(fat) <= 128
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 0x2C, 1, 1, 0)
    struct.pack_into("<IIIII", header, 0x38, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([0xFFFFFFFF] * 108))
    fat_sector = struct.pack("<128I", *(fat + [0xFFFFFFFF] * (128 - len(fat))))
    directory = bytearray(512)
    for k, (name, kind, start, size) in enumerate(entries):
        raw = name.encode("utf-16-le")
        base = k * 128
        directory[base:base + len(raw)] = raw
        struct.pack_into("<HBB", directory, base + 64, len(raw) + 2, kind, 1)
        struct.pack_into("<III", directory, base + 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<IQ", directory, base + 116, start, size)
    return bytes(header) + fat_sector + bytes(directory) + b"".join(body)


def test_encrypted_ooxml_is_named_as_encrypted(tmp_path):
    data = ole_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b""})
    assert sniff(data) == "encrypted"
    assert "加密" in reason(tmp_path, data, "报告.docx")


def test_word_encrypted_flag_in_the_fib():
    fib = bytearray(4096)
    fib[0:2] = b"\xec\xa5"  # wIdent of a Word 97+ FIB
    struct.pack_into("<H", fib, 0x0A, 0x0100)  # fEncrypted
    assert classify(ole_file({"WordDocument": bytes(fib)})) == "encrypted"
    struct.pack_into("<H", fib, 0x0A, 0)
    assert classify(ole_file({"WordDocument": bytes(fib)})) == "doc"


@pytest.mark.parametrize(
    ("streams", "kind"),
    [({"Workbook": b""}, "xls"), ({"Book": b""}, "xls"), ({"PowerPoint Document": b""}, "ppt"), ({"Other": b""}, "ole")],
)
def test_ole_kinds(streams, kind):
    assert classify(ole_file(streams)) == kind


def test_damaged_ole_header_is_unknown_not_a_crash(tmp_path):
    data = bytearray(ole_file({"WordDocument": b""}))
    struct.pack_into("<H", data, 0x1E, 3)  # an impossible sector size
    assert classify(bytes(data)) == "ole"
    assert "OLE" in reason(tmp_path, bytes(data), "x.doc")


def test_powerpoint_is_refused_clearly(tmp_path):
    assert "PowerPoint" in reason(tmp_path, ole_file({"PowerPoint Document": b""}), "x.ppt")


def test_docx_of_pictures_only_asks_for_ocr(tmp_path):
    data = rezip(plain_docx(""), add={"word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 64})
    assert "OCR" in reason(tmp_path, data)


def test_empty_docx_workbook_and_page(tmp_path):
    assert "没有文字" in reason(tmp_path, plain_docx(""))
    wb = openpyxl.Workbook()
    buf = io.BytesIO()
    wb.save(buf)
    assert "没有数据" in reason(tmp_path, buf.getvalue(), "x.xlsx")
    assert "没有正文" in reason(tmp_path, b"<html><body><script>x()</script></body></html>", "x.html")


def test_wrong_extension_is_read_by_content(tmp_path):
    as_txt = tmp_path / "report.txt"
    as_txt.write_bytes(plain_docx("一、部门概况"))
    assert read_document(as_txt).format == "docx"
    as_docx = tmp_path / "report.docx"
    as_docx.write_bytes("一、部门概况\n正文。\n".encode("gbk"))
    doc = read_document(as_docx)
    assert doc.format == "txt" and doc.blocks[0].text == "一、部门概况"
