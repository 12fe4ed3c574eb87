"""The two PDF table engines give the same document model.

pdfium (pdf_rules: ruling lines from PDFium's path objects) is the default; pdfplumber's table
finder is the reference. Every PDF of ../shared/corpus, ../shared/corpus-wild and samples/ must read
the same with both: the same blocks in the same order, paragraphs word for word and tables cell
for cell (skipped where ../shared is absent). Drawn pages test the grid finder on rules drawn in
the ways reports draw them: stroked lines, filled thin rectangles, rectangles per cell, rules
inside a form object, a dashed rule, a rule interrupted by a small gap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractor.readers.pdf import ENGINE_VARIABLE, engine, read_pdf
from extractor.readers.pdf_rules import find_grids

CJK = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(CJK))


def _model(path: Path, engine_name: str) -> tuple[list, list[str]]:
    got = read_pdf(path, path.read_bytes(), engine_name)
    return [(b.kind, b.page, b.text, b.rows, b.row_pages) for b in got.blocks], got.notes


def _pdfs() -> list[Path]:
    found = []
    for folder in (SHARED / "corpus", SHARED / "corpus-wild", ROOT / "samples"):
        if folder.is_dir():
            found += sorted(folder.rglob("*.pdf"))
    return found


@pytest.mark.corpus
@pytest.mark.parametrize("path", _pdfs() or [None], ids=lambda p: p.parent.name if p else "none")
def test_both_engines_read_every_pdf_alike(path):
    if path is None:
        pytest.skip("no PDFs here (../shared is absent)")
    reference, notes = _model(path, "pdfplumber")
    fast, fast_notes = _model(path, "pdfium")
    assert any(kind == "table" for kind, *_ in reference)  # the comparison covers tables
    for i, (a, b) in enumerate(zip(reference, fast)):
        assert a == b, f"block {i} differs"
    assert len(reference) == len(fast)
    assert notes == fast_notes


def _draw(tmp_path, draw) -> Path:
    path = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(CJK, 12)
    draw(c)
    c.showPage()
    c.save()
    return path


def _cells_text(c, xs, ys):
    """Text in the middle of each cell: row r, column k reads r.k."""
    for r in range(len(ys) - 1):
        for k in range(len(xs) - 1):
            c.drawString(xs[k] + 4, ys[r] - 14, f"{r}.{k}")


XS, YS = [72, 200, 300, 400], [700, 680, 660, 640]
GRID = [[f"{r}.{k}" for k in range(3)] for r in range(3)]


def _lines(c):
    for x in XS:
        c.line(x, YS[0], x, YS[-1])
    for y in YS:
        c.line(XS[0], y, XS[-1], y)
    _cells_text(c, XS, YS)


def _thin_rects(c):
    for x in XS:
        c.rect(x - 0.25, YS[-1], 0.5, YS[0] - YS[-1], stroke=0, fill=1)
    for y in YS:
        c.rect(XS[0], y - 0.25, XS[-1] - XS[0], 0.5, stroke=0, fill=1)
    _cells_text(c, XS, YS)


def _cell_rects(c):
    for r in range(len(YS) - 1):
        for k in range(len(XS) - 1):
            c.rect(XS[k], YS[r + 1], XS[k + 1] - XS[k], YS[r] - YS[r + 1])
    _cells_text(c, XS, YS)


def _in_a_form(c):
    c.beginForm("rules")
    for x in XS:
        c.line(x, YS[0], x, YS[-1])
    for y in YS:
        c.line(XS[0], y, XS[-1], y)
    c.endForm()
    c.doForm("rules")
    _cells_text(c, XS, YS)


def _gapped(c):
    """Every rule drawn in two pieces with a 2 pt gap, and the inner rules 1.5 pt off the grid."""
    for i, x in enumerate(XS):
        x += 1.5 if 0 < i < len(XS) - 1 else 0
        c.line(x, YS[0], x, 671)
        c.line(x, 669, x, YS[-1])
    for y in YS:
        c.line(XS[0], y, 250, y)
        c.line(252, y, XS[-1], y)
    _cells_text(c, XS, YS)


def _diagonal_header(c):
    """A slashed header cell (斜线表头): one slanted line, and the same line drawn there and back
    as a closed path and as an open one (pdfminer reads the open one as a curve, with no edge)."""
    _lines(c)
    c.line(XS[0], YS[0], XS[1], YS[1])
    for close in (True, False):
        p = c.beginPath()
        p.moveTo(XS[0], YS[0])
        p.lineTo(XS[1], YS[1])
        p.lineTo(XS[0], YS[0])
        if close:
            p.close()
        c.drawPath(p)


@pytest.mark.parametrize("draw", [_lines, _thin_rects, _cell_rects, _in_a_form, _gapped, _diagonal_header])
def test_drawn_grid_is_found_alike_by_both_engines(tmp_path, draw):
    path = _draw(tmp_path, draw)
    fast, _ = _model(path, "pdfium")
    assert [b[3] for b in fast if b[0] == "table"] == [GRID]
    assert fast == _model(path, "pdfplumber")[0]


def test_a_single_framed_box_is_no_table(tmp_path):
    def draw(c):
        c.rect(72, 600, 400, 100)
        c.drawString(80, 680, "框内的一段说明文字")

    fast, _ = _model(_draw(tmp_path, draw), "pdfium")
    assert [b[0] for b in fast] == ["paragraph"]


def test_grid_finder_joins_snaps_and_drops_short_edges():
    # two columns drawn as rules 2 pt apart are one column; a 2 pt tick is no rule
    h = [(0, 0, 100, 0), (0, 20, 100, 20), (0, 40, 100, 40), (40, 10, 42, 10)]
    v = [(0, 0, 0, 40), (50, 0, 50, 40), (52, 0, 52, 40), (100, 0, 100, 40)]
    (grid,) = find_grids(h, v)
    xs = sorted({c[0] for c in grid.cells})
    assert len(xs) == 2 and xs[0] == 0 and xs[1] == pytest.approx(51)
    assert grid.bbox == (0, 0, 100, 40)
    assert len(grid.cells) == 4


def test_two_grids_apart_are_two_tables_top_first():
    def box(top):
        return ([(0, top, 100, top), (0, top + 20, 100, top + 20)],
                [(0, top, 0, top + 20), (50, top, 50, top + 20), (100, top, 100, top + 20)])

    h1, v1 = box(300)
    h2, v2 = box(100)
    grids = find_grids(h1 + h2, v1 + v2)
    assert [g.bbox[1] for g in grids] == [100, 300]


def test_engine_setting(monkeypatch):
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    assert engine() == "pdfium"
    monkeypatch.setenv(ENGINE_VARIABLE, "PDFPlumber")
    assert engine() == "pdfplumber"
    monkeypatch.setenv(ENGINE_VARIABLE, "camelot")
    with pytest.raises(ValueError):
        engine()


def test_command_line_option_chooses_the_engine(monkeypatch, tmp_path):
    import os

    from click.testing import CliRunner

    from extractor.cli import cli

    monkeypatch.setenv(ENGINE_VARIABLE, "pdfium")  # restored after the test, whatever the command sets
    path = _draw(tmp_path, _lines)
    result = CliRunner().invoke(cli, ["--pdf-engine", "pdfplumber", "parse", str(path)])
    assert result.exit_code == 0 and "0.0" in result.output
    assert os.environ[ENGINE_VARIABLE] == "pdfplumber"
    assert CliRunner().invoke(cli, ["--pdf-engine", "camelot", "parse", str(path)]).exit_code == 2
