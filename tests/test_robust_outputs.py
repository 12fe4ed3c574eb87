"""What jixiao writes cannot be turned against its reader or its disk: HTML escapes every name and
every text, spreadsheets never run a formula, and whatever the input paths hold (../, absolute
paths, the same name in two folders, names that differ only by case, very long names, markup),
every output file lands inside the output folder, one per report, none overwriting another."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
from broken import corpus
from broken.run import jixiao
from bs4 import BeautifulSoup

from extractor.outputs.html import _asset

HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"
HOSTILE_TEXT = (
    "<b>某单位</b>2021年度部门整体支出绩效评价报告\n"
    "一、部门收支情况<script>alert(1)</script>\n"
    "本年支出合计500.00万元，其中：基本支出320.00万元，项目支出190.00万元。<img src=x onerror=alert(2)>\n"
    "=HYPERLINK(\"http://example.invalid\",\"点击\")\n"
)


def hostile_folder(root: Path) -> Path:
    src = root / "in"
    src.mkdir()
    (src / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    (src / "<svg onload=alert(3)>.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)  # broken
    (src / "=cmd()+1.txt").write_text(corpus.BAD_SUM_TEXT, encoding="utf-8")
    return src


def assert_inert(page: str) -> None:
    """No element, attribute or script that the input put there."""
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("img") is None and soup.find("b") is None and soup.find("svg") is None
    for tag in soup.find_all(True):
        assert not any(name.lower().startswith("on") for name in tag.attrs), tag
        assert tag.get("src") is None
    scripts = soup.find_all("script")
    assert len(scripts) <= 1
    if scripts:
        assert scripts[0].string.strip() == _asset("report.js").strip()


def test_html_escapes_names_and_text(tmp_path):
    src = hostile_folder(tmp_path)
    out = tmp_path / "out"
    run = jixiao("check", src, "--output", out, "--format", "html", "--jobs", "1")
    assert run.status == 2 and "Traceback" not in run.stderr
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 4  # three reports and the index
    for page in pages:
        assert_inert(page.read_text(encoding="utf-8"))
    index = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser").get_text()
    assert str(src / HOSTILE_NAME) in index and str(src / "<svg onload=alert(3)>.pdf") in index
    report = next(p for p in pages if p.name.startswith("_img"))
    text = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser").get_text()
    # escaped, not dropped: the auditor sees what the report says
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
    assert "SUM001" in text


def test_spreadsheets_never_run_a_formula(tmp_path):
    src = hostile_folder(tmp_path)
    xl, cs = tmp_path / "xl", tmp_path / "cs"
    assert jixiao("check", src, "--output", xl, "--format", "xlsx", "--jobs", "1").status == 2
    assert jixiao("check", src, "--output", cs, "--format", "csv", "--jobs", "1").status == 2
    wb = openpyxl.load_workbook(xl / "jixiao.xlsx")
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("=cmd()+1.txt" in t for t in texts)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    for path in cs.glob("*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    assert not cell.startswith(("=", "+", "@")), (path.name, cell)


def _files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_output_paths_stay_inside_the_output_folder(tmp_path):
    root = tmp_path / "in"
    long_cjk = "部门整体支出绩效评价报告" * 6 + "附件.txt"  # 76 characters, 226 bytes in UTF-8
    long_ascii = "r" * 240 + ".txt"
    names = [
        "a/report.txt", "b/report.txt",  # the same name in two folders
        "c/Report.txt", "c/report.txt",  # names that differ only by case
        "d/index.txt", "d/index", "d/CON.txt", "d/..txt", "d/line\nbreak.txt", "d/a b;c&d|e.txt",
        f"e/{long_cjk}", f"e/{long_ascii}", "f/" + "/".join(["深"] * 30) + "/report.txt",
    ]
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(corpus.GOOD_TEXT, encoding="utf-8")
    work = tmp_path / "work" / "here"
    work.mkdir(parents=True)
    # given as ../ paths, as absolute paths, and one file named twice
    args = [f"../../in/{n}" for n in names[:6]] + [str(root / n) for n in names[6:]] + [str(root / names[0])]
    before = _files_under(tmp_path)
    for fmt, suffix in (("html", ".html"), ("json", ".json")):
        out = tmp_path / f"out-{fmt}"
        run = jixiao("check", *args, "--output", out, "--format", fmt, "--jobs", "2", cwd=work)
        assert run.status == 0, run.stdout + run.stderr
        written = [p for p in out.rglob("*") if p.is_file()]
        assert all(os.path.realpath(p).startswith(os.path.realpath(out) + os.sep) for p in written)
        assert all(p.parent == out for p in written)  # flat: no folder made from an input path
        reports = [p for p in written if p.name != "index.html"]
        assert len(reports) == len(names) and all(p.suffix == suffix for p in reports)
        assert len({p.name.casefold() for p in written}) == len(written)
        assert all(len(p.name.encode()) <= 255 and "\n" not in p.name for p in written)
    after = _files_under(tmp_path)
    made = {p for p in after - before if not p.startswith(("out-html", "out-json"))}
    assert made == set(), made  # nothing written anywhere else
