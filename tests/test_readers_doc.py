"""Word .doc and the other formats read through LibreOffice: a docx the test writes is turned into
a .doc by soffice and read back; a missing soffice gives a clear reason; wuyang-2021/report.doc."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess

import docx
import pytest
from conftest import corpus_file
from test_readers_docx import fill_table

from extractor.errors import ReadError
from extractor.readers import doc as doc_reader
from extractor.readers import read_document

needs_soffice = pytest.mark.skipif(doc_reader.soffice_path() is None, reason="LibreOffice (soffice) is not installed")


def to_doc(docx_path, tmp_path, target="doc"):
    """soffice --convert-to doc (or odt), with a private profile like the reader's."""
    out = tmp_path / "converted"
    subprocess.run(
        [doc_reader.soffice_path(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--norestore", "--convert-to", target, "--outdir", str(out), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    return out / f"{docx_path.stem}.{target}"


@needs_soffice
@pytest.mark.slow
def test_doc_written_by_libreoffice_reads_like_its_docx(tmp_path):
    d = docx.Document()
    d.add_heading("一、部门概况", 1)
    d.add_paragraph("2021年决算支出“三公”经费15.42万元。")
    d.add_paragraph("金额单位：万元")
    t = fill_table(d, [["项目", "本年支出", ""], ["公务接待费", "10", "9.99"], ["合计", "16", "15.42"]])
    t.cell(0, 1).merge(t.cell(0, 2))
    d.add_paragraph("完。")
    source = tmp_path / "report.docx"
    d.save(source)
    doc_path = to_doc(source, tmp_path)
    assert doc_path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"

    got = read_document(doc_path)
    assert got.format == "doc"
    assert got.path == str(doc_path)
    assert got.sha256 == hashlib.sha256(doc_path.read_bytes()).hexdigest()
    assert any("LibreOffice" in n for n in got.notes)
    assert [b.kind for b in got.blocks] == ["heading", "paragraph", "paragraph", "table", "paragraph"]
    table = got.blocks[3]
    assert table.rows == [["项目", "本年支出", ""], ["公务接待费", "10", "9.99"], ["合计", "16", "15.42"]]
    assert table.unit == "万元"
    assert re.sub(r"\s", "", got.text) == re.sub(r"\s", "", read_document(source).text)


@needs_soffice
@pytest.mark.slow
def test_odt_is_read_through_libreoffice(tmp_path):
    d = docx.Document()
    d.add_heading("二、绩效评价", 1)
    d.add_paragraph("自评得分92分，等级为优。")
    source = tmp_path / "report.docx"
    d.save(source)
    got = read_document(to_doc(source, tmp_path, "odt"))
    assert got.format == "odt"
    assert [(b.kind, b.text) for b in got.blocks] == [("heading", "二、绩效评价"), ("paragraph", "自评得分92分，等级为优。")]


def test_missing_soffice_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    path = tmp_path / "report.doc"
    path.write_bytes(b"x")
    with pytest.raises(ReadError) as e:
        doc_reader.read_doc(path, b"x")
    assert e.value.reason == "读取 .doc 需要 LibreOffice (soffice)，未安装"


@needs_soffice
@pytest.mark.slow
def test_conversion_failure_is_a_read_error(tmp_path):
    """An OLE file with a Word stream full of nothing: LibreOffice cannot make a document of it."""
    from test_readers_hostile import ole_file

    path = tmp_path / "broken.doc"
    path.write_bytes(ole_file({"WordDocument": b"\0" * 600}))
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert "\n" not in e.value.reason


@needs_soffice
@pytest.mark.slow
def test_rtf_is_read_through_libreoffice(tmp_path):
    path = tmp_path / "note.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg936 {\fonttbl{\f0 SimSun;}}\f0 \u19968?\u12289?\u27010?\u20917?\par 16\u19975?\u20803?\par}")
    got = read_document(path)
    assert got.format == "rtf"
    assert [b.text for b in got.blocks] == ["一、概况", "16万元"]


@needs_soffice
@pytest.mark.corpus
@pytest.mark.slow
def test_wuyang_doc_same_text_and_table_as_txt():
    doc = read_document(corpus_file("wuyang-2021", "report.doc"))
    txt = read_document(corpus_file("wuyang-2021", "report.txt"))
    assert doc.format == "doc"
    assert re.sub(r"\s+", "", doc.text) == re.sub(r"\s+", "", txt.text)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1 and len(tables[0].rows) == 6 and tables[0].rows[-1] == ["合计", "16", "15.42", "-0.58", "-3.63%"]
    assert tables[0].unit == "万元"


@needs_soffice
def test_xls_names_what_is_missing_or_fails_cleanly(tmp_path):
    from test_readers_hostile import ole_file

    path = tmp_path / "data.xls"
    path.write_bytes(ole_file({"Workbook": b"\x09\x08" + b"\0" * 700}))
    with pytest.raises(ReadError) as e:
        read_document(path)
    assert ".xls" in e.value.reason and "\n" not in e.value.reason
