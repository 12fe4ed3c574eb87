"""The reader's unconverted PDFium calls (extractor/readers/pdfium_calls.py) return what
pypdfium2's typed bindings return, character by character and object by object, on a drawn page:
text in two sizes (one scaled by its text matrix), a rotated line, a curve, and rules inside a
form object."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractor.readers import pdfium_calls as calls
from extractor.readers.pdf import _glyphs

CJK = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(CJK))


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "p.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(CJK, 12)
    c.drawString(72, 760, "本年收入合计1,250.40万元 total")
    c.saveState()
    c.translate(72, 720)
    c.scale(2, 2)  # 10 pt type drawn at twice the size: 20 pt on the page
    c.setFont(CJK, 10)
    c.drawString(0, 0, "支出决算表")
    c.restoreState()
    c.saveState()
    c.translate(500, 400)
    c.rotate(90)
    c.drawString(0, 0, "旋转的水印")
    c.restoreState()
    p = c.beginPath()
    p.moveTo(72, 600)
    p.curveTo(100, 650, 150, 550, 200, 600)
    p.lineTo(200, 580)
    p.close()
    c.drawPath(p)
    c.beginForm("rules")
    c.line(72, 500, 300, 500)
    c.line(72, 500, 72, 400)
    c.endForm()
    c.doForm("rules")
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    pg = doc[0]
    yield pg
    pg.close()
    doc.close()


def _address(ptr) -> int | None:
    return ctypes.cast(ptr, ctypes.c_void_p).value


def test_character_calls_match_the_typed_bindings(page):
    textpage = page.get_textpage()
    tp = textpage.raw
    count = pdfium_c.FPDFText_CountChars(tp)
    assert count > 30
    ours = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX(), ctypes.c_double(), ctypes.c_double()
    theirs = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX(), ctypes.c_double(), ctypes.c_double()
    rotated = 0
    for i in range(count):
        assert calls.char_is_generated(tp, i) == pdfium_c.FPDFText_IsGenerated(tp, i)
        assert calls.char_map_error(tp, i) == pdfium_c.FPDFText_HasUnicodeMapError(tp, i)
        assert calls.char_font_size(tp, i) == pdfium_c.FPDFText_GetFontSize(tp, i)
        assert calls.char_matrix(tp, i, ctypes.byref(ours[1])) == pdfium_c.FPDFText_GetMatrix(tp, i, theirs[1])
        assert [getattr(ours[1], k) for k in "abcdef"] == [getattr(theirs[1], k) for k in "abcdef"]
        rotated += theirs[1].c != 0
        calls.char_loose_box(tp, i, ctypes.byref(ours[0]))
        pdfium_c.FPDFText_GetLooseCharBox(tp, i, theirs[0])
        assert [getattr(ours[0], k) for k in ("left", "top", "right", "bottom")] == \
            [getattr(theirs[0], k) for k in ("left", "top", "right", "bottom")]
        calls.char_origin(tp, i, ctypes.byref(ours[2]), ctypes.byref(ours[3]))
        pdfium_c.FPDFText_GetCharOrigin(tp, i, theirs[2], theirs[3])
        assert (ours[2].value, ours[3].value) == (theirs[2].value, theirs[3].value)
    assert rotated == len("旋转的水印")  # the rotated line was among the characters compared
    textpage.close()


def test_object_and_path_calls_match_the_typed_bindings(page):
    raw = page.raw
    kinds, segment_kinds, closed = set(), set(), 0
    x, y, x2, y2 = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    objects = [pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw))]
    assert [_address(calls.page_object(raw, i)) for i in range(len(objects))] == [_address(o) for o in objects]
    for obj in objects:  # the page's objects, then those of its forms
        kind = calls.object_type(obj)
        assert kind == pdfium_c.FPDFPageObj_GetType(obj)
        kinds.add(kind)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            objects += [pdfium_c.FPDFFormObj_GetObject(obj, k) for k in range(pdfium_c.FPDFFormObj_CountObjects(obj))]
        ours, theirs = pdfium_c.FS_MATRIX(), pdfium_c.FS_MATRIX()
        assert calls.object_matrix(obj, ctypes.byref(ours)) == pdfium_c.FPDFPageObj_GetMatrix(obj, theirs)
        assert [getattr(ours, k) for k in "abcdef"] == [getattr(theirs, k) for k in "abcdef"]
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        n = calls.path_segment_count(obj)
        assert n == pdfium_c.FPDFPath_CountSegments(obj)
        for k in range(n):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            assert _address(calls.path_segment(obj, k)) == _address(seg)
            assert calls.segment_type(seg) == pdfium_c.FPDFPathSegment_GetType(seg)
            segment_kinds.add(pdfium_c.FPDFPathSegment_GetType(seg))
            calls.segment_point(seg, ctypes.byref(x), ctypes.byref(y))
            pdfium_c.FPDFPathSegment_GetPoint(seg, x2, y2)
            assert (x.value, y.value) == (x2.value, y2.value)
            assert calls.segment_close(seg) == pdfium_c.FPDFPathSegment_GetClose(seg)
            closed += pdfium_c.FPDFPathSegment_GetClose(seg)
    assert {pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM} <= kinds
    assert pdfium_c.FPDF_SEGMENT_BEZIERTO in segment_kinds and closed


def test_glyphs_take_their_size_from_the_text_matrix_and_drop_rotated_text(page):
    glyphs, unmapped = _glyphs(page)
    text = "".join(g.text for g in glyphs)
    assert unmapped == 0
    assert "本年收入合计1,250.40万元" in text and "支出决算表" in text
    assert "旋转" not in text
    sizes = {g.text: round(g.size, 6) for g in glyphs}
    assert sizes["本"] == 12 and sizes["支"] == 20
