"""The annotated PDF: one annotation per finding, over the cited figure, carrying the message;
checked by reopening the written file with pypdfium2."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as c
from click.testing import CliRunner
from conftest import corpus_file
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractor.cli import cli
from extractor.outputs.pdf_annot import annotate
from extractor.pipeline import check_file

CJK = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(CJK))
LINES = [
    "某单位2023年度部门决算说明",
    "一、收入支出情况",
    "本年收入合计30.00万元，其中：财政拨款收入10.00万元，其他收入10.00万元。",
    "本年支出合计20.00万元。",
]


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "r.pdf"
    cv = canvas.Canvas(str(path), pagesize=A4)
    cv.setFont(CJK, 12)
    y = 760
    for line in LINES:
        cv.drawString(72, y, line)
        y -= 18
    cv.showPage()
    cv.setFont(CJK, 12)
    cv.drawString(72, 760, "二、其他说明")
    cv.showPage()
    cv.save()
    return path


def _annotations(path: Path) -> list[tuple[int, int, tuple, str]]:
    """(page, subtype, rect (left, bottom, right, top), contents) of every annotation."""
    out = []
    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        page = pdf[i]
        for j in range(c.FPDFPage_GetAnnotCount(page.raw)):
            a = c.FPDFPage_GetAnnot(page.raw, j)
            size = c.FPDFAnnot_GetStringValue(a, b"Contents\x00", None, 0)
            buf = (c.FPDF_WCHAR * (size // 2))()
            c.FPDFAnnot_GetStringValue(a, b"Contents\x00", buf, size)
            r = c.FS_RECTF()
            c.FPDFAnnot_GetRect(a, ctypes.byref(r))
            out.append((i + 1, c.FPDFAnnot_GetSubtype(a), (r.left, r.bottom, r.right, r.top),
                        bytes(buf).decode("utf-16-le").rstrip("\x00")))
            c.FPDFPage_CloseAnnot(a)
    pdf.close()
    return out


def _box_of(path: Path, page: int, text: str) -> tuple:
    pdf = pdfium.PdfDocument(str(path))
    tp = pdf[page - 1].get_textpage()
    search = tp.search(text)
    i, n = search.get_next()
    box = tp.get_rect(0) if tp.count_rects(i, n) else None
    pdf.close()
    return box


def test_one_annotation_per_finding_over_its_figure(tmp_path: Path):
    src = _report(tmp_path)
    result = check_file(src)
    total = next(f for f in result.findings if f.rule == "SUM001")  # 30.00 stated, 10.00 + 10.00 = 20.00
    assert total.severity == "error" and (total.page, total.line) == (1, 3)
    out = tmp_path / "r.annotated.pdf"
    assert annotate(result, src, out) == len(result.findings)
    notes = _annotations(out)
    assert len(notes) == len(result.findings)
    page, subtype, (left, bottom, right, top), text = next(n for n in notes if "SUM001" in n[3])
    assert page == 1 and subtype == c.FPDF_ANNOT_HIGHLIGHT
    assert text == f"[错误] SUM001 {total.message}"
    # the highlight covers the stated 30.00 on the third line
    x0, y0, x1, y1 = _box_of(src, 1, "30.00")
    assert left <= x0 + 1 and right >= x1 - 1 and bottom <= y0 + 1 and top >= y1 - 1


def test_check_format_pdf_writes_annotated_copies_of_pdf_reports_only(tmp_path: Path):
    src = _report(tmp_path)
    txt = tmp_path / "r.txt"
    txt.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["check", str(src), str(txt), "--format", "pdf", "--output", str(out), "-j", "1"])
    assert res.exit_code == 1, res.output
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf.annotated.pdf"]
    assert len(_annotations(out / "r.pdf.annotated.pdf")) == len(check_file(src).findings)
    assert CliRunner().invoke(cli, ["check", str(src), "--format", "pdf"]).exit_code == 2  # needs --output


def test_corpus_report_every_finding_annotated(tmp_path: Path):
    src = corpus_file("wuyang-2021", "report.pdf")
    result = check_file(src)
    out = tmp_path / "w.pdf"
    annotate(result, src, out)
    notes = _annotations(out)
    assert len(notes) == len(result.findings)
    bal = next(n for n in notes if "BAL001" in n[3])
    x0, y0, x1, y1 = _box_of(src, 4, "179.93")
    assert bal[0] == 4 and bal[2][0] <= x0 + 1 and bal[2][2] >= x1 - 1 and bal[2][1] <= y0 + 1 and bal[2][3] >= y1 - 1
