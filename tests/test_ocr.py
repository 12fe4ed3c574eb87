"""Scanned PDFs: pages without a usable text layer are read by OCR into the same document model.

The end-to-end test turns ../shared/corpus/wuyang-2021/report.pdf into an image-only PDF (each
page rendered at 200 dpi), checks it once per session and scores the result with the shared
scorer. The rest runs on pages drawn here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from conftest import CORPUS, SANGONG, SHARED, corpus_file
from PIL import Image, ImageDraw, ImageFont

from extractor.checks.misread import LOW_CONFIDENCE, soften
from extractor.outputs import pdf_annot
from extractor.outputs.pdf_annot import annotate
from extractor.pipeline import CheckOptions, check_document
from extractor.errors import ReadError
from extractor.model import Block, Figure, Finding, OcrSpan
from extractor.readers import ocr, read_document
from extractor.readers.pdf import pages_for_ocr
from extractor.readers.pdf_rules import find_grids
from extractor.structure import build_document

# The engine comes with the test tools (pip install -e ".[test]"); where its wheels do not exist
# (Python 3.13 and later) the tests that recognise text are skipped.
needs_engine = pytest.mark.skipif(not ocr.available(), reason="the OCR engine is not installed: pip install 'jixiao[ocr]'")


def image_pdf(pages: list[Image.Image], path: Path) -> Path:
    """An image-only PDF (no text layer) of the given page images, at 200 dpi."""
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=ocr.DPI)
    return path


def scanned(source: Path, path: Path, pages: list[int] | None = None) -> Path:
    """`source` printed and scanned: each page (0-based `pages`, default all) rendered at 200 dpi, grey."""
    doc = pdfium.PdfDocument(source)
    try:
        chosen = range(len(doc)) if pages is None else pages
        images = [doc[i].render(scale=ocr.DPI / 72, grayscale=True).to_pil() for i in chosen]
    finally:
        doc.close()
    return image_pdf(images, path)


def drawn_page(lines: list[str], grid: bool = False) -> Image.Image:
    """An A4 page at 200 dpi with lines of Latin text, in a ruled 2-column table when `grid`."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=44)
    for n, text in enumerate(lines):
        y = 200 + 90 * n
        if grid:
            left, right = text.split("|")
            draw.text((220, y + 20), left, fill=0, font=font)
            draw.text((820, y + 20), right, fill=0, font=font)
        else:
            draw.text((200, y), text, fill=0, font=font)
    if grid:
        top, bottom = 200, 200 + 90 * len(lines)
        for k in range(len(lines) + 1):
            draw.line((200, top + 90 * k, 1400, top + 90 * k), fill=0, width=3)
        for x in (200, 800, 1400):
            draw.line((x, top, x, bottom), fill=0, width=3)
    return page


# --------------------------------------------------------------------------- which pages


def test_a_scan_goes_to_ocr_and_a_text_layer_never_does(tmp_path):
    scan = image_pdf([drawn_page(["Total 16"]), drawn_page(["Part 10"])], tmp_path / "scan.pdf")
    data = scan.read_bytes()
    assert pages_for_ocr(data, "auto") == [1, 2]
    assert pages_for_ocr(data, "never") == []


@pytest.mark.corpus
def test_no_text_layer_pdf_of_the_corpora_is_sent_to_ocr_under_auto(monkeypatch):
    """Every PDF of ../shared/corpus and corpus-wild has a text layer: no page of them may go to OCR,
    by the decision alone and in the reader (where recognising anything would fail the test)."""
    pdfs = sorted(CORPUS.glob("*/*.pdf")) + sorted((SHARED / "corpus-wild").glob("*/*.pdf"))
    if not pdfs:
        pytest.skip("../shared is absent")

    def refuse(images):
        raise AssertionError(f"{len(images)} page(s) of a text-layer PDF sent to OCR")

    monkeypatch.setattr(ocr, "recognise_pages", refuse)
    for path in pdfs:
        data = path.read_bytes()
        assert pages_for_ocr(data, "auto") == [], path
        assert len(pages_for_ocr(data, "always")) == len(pdfium.PdfDocument(data))  # the decision can say yes
        assert not any("OCR" in n for n in read_document(path).notes), path


def test_garbage_text_layer_is_recognised_but_real_text_is_kept():
    from extractor.readers.pdf_lines import Glyph

    def glyphs(text):
        return [Glyph(c, 0, 1, 0, 1, 1) for c in text]

    prose = "本年收入合计2982.6万元，较上年增加12.5%。支出合计2762.66万元。"
    assert not ocr.needs_ocr("auto", glyphs(prose), 0, True)  # a scan with a real OCR layer keeps it
    assert not ocr.needs_ocr("auto", glyphs("第3页"), 0, True)  # a little text is text
    assert ocr.needs_ocr("auto", glyphs("".join(chr(0xE000 + i) for i in range(40))), 0, True)  # private codes
    assert ocr.needs_ocr("auto", glyphs("ÃÂ¸Ò¾Ý" * 6), 0, False)  # a font read as Latin-1 mojibake
    assert ocr.needs_ocr("auto", glyphs("收入"), 50, False)  # nearly every character lacks a Unicode mapping
    assert not ocr.needs_ocr("auto", glyphs("ÃÂ¸Ò¾Ý" * 2 + prose), 0, False)  # mostly readable


def test_the_mode_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(ocr.MODE_VARIABLE, "Always")
    assert ocr.mode() == "always"
    monkeypatch.setenv(ocr.MODE_VARIABLE, "sometimes")
    with pytest.raises(ValueError):
        ocr.mode()
    monkeypatch.delenv(ocr.MODE_VARIABLE)
    assert ocr.mode() == "auto"


def test_without_the_engine_a_scan_says_what_to_install(tmp_path, monkeypatch):
    scan = image_pdf([drawn_page(["Total 16"])], tmp_path / "scan.pdf")
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(ReadError) as e:
        read_document(scan)
    assert e.value.path == str(scan) and "pip install 'jixiao[ocr]'" in e.value.reason
    monkeypatch.setenv(ocr.MODE_VARIABLE, "never")
    with pytest.raises(ReadError) as e:
        read_document(scan)
    assert "--ocr never" in e.value.reason


def test_the_ocr_option_of_the_command(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from extractor.cli import cli

    monkeypatch.setenv(ocr.MODE_VARIABLE, "auto")  # restored after the test: the option sets the variable
    scan = image_pdf([drawn_page(["Total 16"])], tmp_path / "scan.pdf")
    res = CliRunner().invoke(cli, ["--ocr", "never", "parse", str(scan)])
    assert res.exit_code == 2 and "--ocr never" in res.output and str(scan) in res.output
    assert CliRunner().invoke(cli, ["--ocr", "sometimes", "parse", str(scan)]).exit_code == 2


# --------------------------------------------------------------------------- boxes, rules, confidence


def test_box_glyphs_share_the_width_by_character_kind():
    gs = ocr.box_glyphs(ocr.Box("合计16", 0.8, 100, 50, 130, 62))
    assert [g.text for g in gs] == ["合", "计", "1", "6"]
    assert gs[0].x0 == 100 and abs(gs[-1].x1 - 130) < 1e-9
    assert abs((gs[0].x1 - gs[0].x0) / (gs[2].x1 - gs[2].x0) - 1 / ocr.NARROW) < 1e-9
    assert all(g.conf == 0.8 and g.top == 50 and g.bottom == 62 for g in gs)


def test_page_glyphs_give_one_paragraph_one_size():
    boxes = [ocr.Box("一二三四五六七八", 1.0, 0, 0, 96, 12.0), ocr.Box("一二三四五六七八", 1.0, 0, 20, 96, 31.0),
             ocr.Box("标题文字标题文字", 1.0, 0, 40, 160, 60.0)]
    sizes = [g.size for g in ocr.page_glyphs(boxes)]
    assert set(sizes[:16]) == {12.0} and set(sizes[16:]) == {20.0}


def test_rules_in_an_image_make_the_grid_of_the_table():
    np = pytest.importorskip("numpy")
    pytest.importorskip("cv2")  # comes with the engine
    image = np.asarray(drawn_page(["a|1", "b|2", "c|3"], grid=True))
    h, v = ocr.rule_edges(image)
    grids = find_grids(h, v)
    assert len(grids) == 1 and len(grids[0].cells) == 6
    x0, top, x1, bottom = grids[0].bbox
    scale = 72 / ocr.DPI
    assert abs(x0 - 200 * scale) < 2 and abs(x1 - 1400 * scale) < 2 and abs(bottom - top - 270 * scale) < 2
    assert ocr.rule_edges(np.asarray(drawn_page(["Total 16", "Parts 10 and 6"]))) == ([], [])  # text draws no rules


def test_ocr_spans_follow_the_text_when_paragraphs_join():
    def span(start, end, conf, page):
        return OcrSpan(start=start, end=end, confidence=conf, page=page, box=(90.0, 700.0, 520.0, 712.0))

    a = Block(index=0, kind="paragraph", text="支出合计15.42万元，较年初预算节", page=1, ocr=[span(0, 18, 0.99, 1)])
    b = Block(index=0, kind="paragraph", text=" 约0.58万元。", page=2, ocr=[span(1, 9, 0.7, 2)])
    doc = build_document([a, b], path="x.pdf", fmt="pdf", sha256="")
    (block,) = doc.blocks
    assert block.text == "支出合计15.42万元，较年初预算节约0.58万元。"
    assert [(s.start, s.end, s.confidence, s.page) for s in block.ocr] == [(0, 18, 0.99, 1), (18, 26, 0.7, 2)]
    assert block.text[18:26] == "约0.58万元。"


def _finding(severity="error"):
    return Finding(rule="SUM001", type="sum", severity=severity, figures=["F1", "F2"], message="合计 18 ≠ 10 + 6 = 16")


def _fig(fid, raw, conf):
    return Figure(id=fid, kind="money", raw=raw, value=Decimal(raw), unit="万元", block=0, start=0, end=1, confidence=conf)


def test_a_finding_on_a_doubtful_figure_is_a_warning_that_says_so():
    low = LOW_CONFIDENCE - 0.2
    (f,) = soften([_finding()], [_fig("F1", "18", low), _fig("F2", "10", 0.99)])
    assert f.severity == "warning" and "可能为识别错误" in f.message and "18" in f.message
    assert f"{low:.2f}" in f.message
    (f,) = soften([_finding("info")], [_fig("F1", "18", low), _fig("F2", "10", 0.99)])
    assert f.severity == "info" and "可能为识别错误" in f.message  # never raised


def test_a_finding_on_confident_or_text_layer_figures_stays_an_error():
    for conf in (0.99, LOW_CONFIDENCE, None):
        (f,) = soften([_finding()], [_fig("F1", "18", conf), _fig("F2", "10", conf)])
        assert f.severity == "error" and f.message == "合计 18 ≠ 10 + 6 = 16"


# --------------------------------------------------------------------------- recognition


@needs_engine
def test_a_drawn_scan_is_read_with_its_figures_and_their_confidence(tmp_path):
    scan = image_pdf([drawn_page(["Total 16", "Parts: 10 and 6"])], tmp_path / "scan.pdf")
    doc = read_document(scan)
    assert "16" in doc.text and "10" in doc.text and doc.pages == 1
    assert any("OCR" in n for n in doc.notes)
    (para, *_) = [b for b in doc.blocks if "16" in b.text]
    assert para.page == 1 and para.ocr and all(0 < s.confidence <= 1 and s.page == 1 for s in para.ocr)
    first = para.ocr[0]  # the box of "Total 16", drawn at (200, 200) px of a 200 dpi page: 72 pt from the left
    assert para.text[first.start:first.end] == "Total 16"
    assert abs(first.box[0] - 200 * 72 / ocr.DPI) < 6 and abs(first.box[1] - 200 * 72 / ocr.DPI) < 12


@pytest.fixture(scope="session")
def wuyang_scan(tmp_path_factory) -> Path:
    """../shared/corpus/wuyang-2021/report.pdf as an image-only PDF (200 dpi), made once."""
    return scanned(corpus_file("wuyang-2021", "report.pdf"), tmp_path_factory.mktemp("scan") / "wuyang-scan.pdf")


@pytest.fixture(scope="session")
def wuyang_checked(wuyang_scan, tmp_path_factory) -> Path:
    """`jixiao check --format json` of the scan, run once; the JSON file it printed."""
    out = tmp_path_factory.mktemp("checked") / "wuyang-scan.json"
    run = subprocess.run([sys.executable, "-m", "extractor", "check", str(wuyang_scan), "--format", "json", "--timeout", "900"],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode in (0, 1), run.stderr
    out.write_text(run.stdout, encoding="utf-8")
    return out


@pytest.mark.corpus
@pytest.mark.slow
@needs_engine
def test_the_scanned_wuyang_report_scores_like_its_text(wuyang_checked):
    """The issue's bar: figure recall and precision at least 0.95, 9 of G1-G11 found, no false alarm."""
    score = SHARED / "eval" / "score.py"
    run = subprocess.run([sys.executable, str(score), str(CORPUS / "wuyang-2021"), "--formats", "pdf",
                          "--cmd", f"cat {wuyang_checked}", "--min-recall", "0.95", "--min-precision", "0.95",
                          "--max-false-alarms", "0", "--json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:]
    (result,) = json.loads(run.stdout[run.stdout.index("\n[") + 1: run.stdout.rindex("]") + 1])
    found = {k for k in result["findings"]["found"] if k.startswith("G")}
    assert len(found) >= 9, result["findings"]


@pytest.mark.corpus
@pytest.mark.slow
@needs_engine
def test_every_figure_of_the_scan_carries_the_recognisers_confidence(wuyang_checked):
    data = json.loads(wuyang_checked.read_text(encoding="utf-8"))
    figures = data["figures"]
    assert figures and all(f["confidence"] is not None and 0 < f["confidence"] <= 1 for f in figures)
    assert any("OCR" in n for n in data["notes"])
    assert data["pages"] == 13


@pytest.mark.corpus
@needs_engine
def test_pages_are_read_the_same_one_at_a_time_and_in_parallel(tmp_path, monkeypatch):
    """Page 5 of wuyang holds the ruled 三公 table: read by OCR it is the same table, and the
    document is the same whether its pages are recognised one or two at a time."""
    scan = scanned(corpus_file("wuyang-2021", "report.pdf"), tmp_path / "p4-5.pdf", pages=[3, 4])
    docs = []
    for jobs in ("1", "2"):
        monkeypatch.setenv(ocr.JOBS_VARIABLE, jobs)
        docs.append(read_document(scan))
    assert docs[0].model_dump() == docs[1].model_dump()
    tables = [b for b in docs[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows == SANGONG and tables[0].unit == "万元" and tables[0].page == 2
    assert tables[0].cell_confidence and len(tables[0].cell_confidence) == len(SANGONG)

    # the annotated copy of the scan highlights a finding's figures where the recogniser saw them
    result = check_document(docs[0], CheckOptions(keep_document=True), file=str(scan))
    saving = next(f for f in result.findings if f.rule == "DIF001" and "0.57" in f.message)  # 16 - 15.42 = 0.58
    out = tmp_path / "annotated.pdf"
    assert annotate(result, scan, out) == len(result.findings)
    pdf = pdfium.PdfDocument(out)
    try:
        page = pdf[saving.page - 1]
        kinds = [pdfium_c.FPDFAnnot_GetSubtype(pdfium_c.FPDFPage_GetAnnot(page.raw, k))
                 for k in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw))]
        assert pdfium_c.FPDF_ANNOT_HIGHLIGHT in kinds
    finally:
        pdf.close()
    # the stated 0.57万元 ends one line ("…较年初预算节约0.57") and its unit opens the next: a rectangle on each
    stated = next(g for g in result.figures if g.id == saving.figures[0])
    block = docs[0].blocks[stated.block]
    spans = [s for s in block.ocr if s.start < stated.end - block.start and s.end > stated.start - block.start]
    rects = pdf_annot._ocr_boxes(result.document, _Page(), [stated])[stated.id]
    assert len(rects) == len(spans) >= 1
    for span, (left, bottom, right, top) in zip(spans, rects):
        x0, y0, x1, y1 = span.box
        assert x0 <= left < right <= x1 + 0.01 and (bottom, top) == pytest.approx((842 - y1, 842 - y0))
        assert right - left < 0.25 * (x1 - x0)  # the figure's characters, not the whole line


class _Page:
    """A page of 842 pt whose crop box is the whole page (what _ocr_boxes asks of a page)."""

    def get_rotation(self):
        return 0

    def get_cropbox(self):
        return (0.0, 0.0, 595.0, 842.0)


@needs_engine
@pytest.mark.corpus
def test_a_rougher_scan_still_gives_the_table_and_whole_paragraphs(tmp_path):
    """Pages 4-5 of wuyang scanned as offices do: 150 dpi, turned 0.7 degrees, saved as JPEG."""
    import io

    doc = pdfium.PdfDocument(corpus_file("wuyang-2021", "report.pdf"))
    pages = []
    try:
        for i in (3, 4):
            image = doc[i].render(scale=150 / 72, grayscale=True).to_pil().rotate(0.7, resample=Image.BICUBIC, fillcolor=255)
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=60)
            pages.append(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    finally:
        doc.close()
    scan = tmp_path / "rough.pdf"
    pages[0].save(scan, save_all=True, append_images=pages[1:], resolution=150)
    got = read_document(scan)
    tables = [b for b in got.blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows == SANGONG
    # a skewed line's box is taller than its text: its size must still be the paragraph's
    (para,) = [b for b in got.blocks if "上升比为3.37%" in b.text]
    assert para.text.endswith("其中部分公务接待费为往年产生的费用，在2021年才结账。")
