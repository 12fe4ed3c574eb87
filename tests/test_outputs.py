"""The files `jixiao check --output DIR` writes: html pages and index, the workbook, csv, jsonl, json;
names that stay inside DIR; text from a report that never becomes markup or a formula."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from batch_fixtures import SAMPLE, sample_check, write_sample
from click.testing import CliRunner

from extractor import batch
from extractor.cli import cli
from extractor.model import Finding
from extractor.outputs import Outcome
from extractor.outputs.html import passage, render_page
from extractor.outputs.naming import output_names
from extractor.pipeline import CheckOptions


def run(args, monkeypatch):
    monkeypatch.setattr(batch, "check_file", sample_check)
    return CliRunner().invoke(cli, ["check", *map(str, args)], catch_exceptions=False)


@pytest.fixture
def result(tmp_path: Path):
    return sample_check(str(write_sample(tmp_path)), CheckOptions(keep_document=True))


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text of its <script> elements."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def all(self, tag: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag]


# --------------------------------------------------------------------------- the page of a report


def test_findings_are_grouped_by_severity_and_link_to_their_passage(result):
    page = render_page(result)
    tags = Tags(page)
    assert page.index("错误（2）") < page.index("警告（1）") < page.index("提示（1）")
    links = {a["data-finding"]: a["href"] for a in tags.all("a") if "data-finding" in a}
    assert links == {"1": "#at-1", "2": "#at-2", "3": "#at-3"}  # SUM001, UNIT001, TBL001; the info names no place
    anchors = [a["id"] for a in tags.all("span") if a.get("id", "").startswith("at-")]
    assert sorted(anchors) == ["at-1", "at-2", "at-3"]
    assert "原文中未定位" in page


def _passage_text(page: str, n: int) -> str:
    """The text of the pieces of the page marked as finding n's passage."""
    pieces = re.findall(rf'<span class="at [^"]*" data-at="[^"]*\b{n}\b[^"]*">(.*?)</span>', page)
    return re.sub(r"<[^>]+>", "", "".join(pieces))


def test_each_passage_is_the_place_its_finding_points_at(result):
    page = render_page(result)
    # SUM001 names figures only: the sentence of the first one
    assert _passage_text(page, 1) == "2021年度收入合计1,250.50万元，其中一般公共预算财政拨款1,000.00万元，其他收入250.05万元。"
    # UNIT001 gives its own offsets
    assert _passage_text(page, 2) == "年末结转和结余179.93元"
    # TBL001 points at a table cell
    assert _passage_text(page, 3) == "11.60"


def test_every_figure_is_highlighted_with_what_it_is_on_hover(result):
    tags = Tags(render_page(result))
    marks = [a for a in tags.all("mark") if "data-fig" in a]
    assert len(marks) == len(result.figures)
    money = next(a for a in marks if "1250.50 万元" in a["title"])
    assert money["class"] == "fig k-money" and money["title"].startswith("金额")
    assert any(a["class"] == "fig k-percent" and "94.38 %" in a["title"] for a in marks)


def test_passage_falls_back_from_offsets_to_figure_to_block(result):
    doc, figs = result.document, {g.id: g for g in result.figures}
    g = figs["F11"]  # 179.93元, in the middle of a two-sentence paragraph
    assert passage(Finding(rule="X", type="other", severity="warning", message="", start=3, end=9), doc, figs) == (3, 9)
    start, end = passage(Finding(rule="X", type="other", severity="warning", message="", figures=["F11"]), doc, figs)
    assert doc.text[start:end] == "年末结转和结余179.93元。"
    assert start < g.start and g.end < end
    blk = doc.blocks[2]
    assert passage(Finding(rule="X", type="other", severity="info", message="", block=2), doc, figs) == (blk.start, blk.end)
    assert passage(Finding(rule="X", type="other", severity="info", message=""), doc, figs) is None


def test_a_page_is_self_contained_and_runs_only_its_own_script(result):
    page = render_page(result)
    tags = Tags(page)
    assert not [a for t, a in tags.tags if {"src", "href"} & a.keys() and t in ("script", "link", "img")]
    assert all(a["href"].startswith("#") or a["href"] == "index.html" for a in tags.all("a"))
    (script,) = tags.scripts
    policy = tags.all("meta")[1]["content"]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy


def test_an_unreadable_file_gets_a_page_with_the_reason(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page = render_page(sample_check(str(empty)))
    assert "无法读取：文件为空（0 字节）" in page


# --------------------------------------------------------------------------- escaping


HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def test_nothing_from_a_report_becomes_markup(tmp_path: Path, monkeypatch):
    folder = tmp_path / "in"
    write_sample(folder, "<b>报告.txt", SAMPLE.replace("某镇2021年度", f"某镇{HOSTILE}2021年度"))
    out = tmp_path / "out"
    res = run([folder, "--output", out, "--format", "html", "--jobs", "1"], monkeypatch)
    assert res.exit_code == 1, res.output
    pages = sorted(out.glob("*.html"))
    assert [p.name for p in pages] == ["_b_报告.txt.html", "index.html"]
    for p in pages:
        text = p.read_text(encoding="utf-8")
        tags = Tags(text)
        assert len(tags.all("script")) == (1 if p.name != "index.html" else 0)
        assert not tags.all("img") and not tags.all("b")
        assert not any(k.startswith("on") for _, a in tags.tags for k in a)
        assert "&lt;b&gt;报告.txt" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0].read_text(encoding="utf-8")


def test_a_hostile_message_excerpt_and_label_are_escaped(result):
    f = result.findings[0].model_copy(update={"message": HOSTILE, "excerpt": HOSTILE, "stated": HOSTILE})
    g = result.figures[0].model_copy(update={"label": '"><script>alert(3)</script>'})
    page = render_page(result.model_copy(update={"findings": [f], "figures": [g, *result.figures[1:]], "file": HOSTILE}))
    tags = Tags(page)
    assert len(tags.all("script")) == 1 and not tags.all("img")
    assert any("<script>alert(3)</script>" in a.get("title", "") for a in tags.all("mark"))  # kept as text in the tip


# --------------------------------------------------------------------------- names inside DIR


def test_output_names_are_single_safe_unique_components():
    paths = ["../../etc/passwd", "/etc/passwd", "a/report.pdf", "b/report.pdf", "b/REPORT.PDF", "x/..",
             "C:\\dir\\a.txt", "a/<i>.txt", "index", "CON", "." * 3 + "txt", "报" * 300 + ".txt"]
    names = output_names(paths)
    assert len(set(n.casefold() for n in names)) == len(names)
    for n in names:
        assert "/" not in n and "\\" not in n and not n.startswith(".") and n.casefold() != "index"
        assert 0 < len(n) and len(n.encode()) <= 200
        assert re.fullmatch(r"[\w.\-]+", n)


def test_written_files_stay_inside_the_output_folder(tmp_path: Path, monkeypatch):
    for folder in ("a", "b"):
        write_sample(tmp_path / folder, "report.txt")
    work = tmp_path / "a"
    monkeypatch.chdir(work)
    out = tmp_path / "out"
    res = run(["../a/report.txt", "../b/report.txt", str(tmp_path / "b" / ".." / "a" / "report.txt"),
               "--output", "../out", "--format", "json"], monkeypatch)
    assert res.exit_code == 1, res.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert written == ["a_report.txt.json", "b_report.txt.json"]  # the third path is a.txt again
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "out"]


# --------------------------------------------------------------------------- index, workbook, csv, jsonl


def _batch(tmp_path: Path, monkeypatch, fmt: str) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    write_sample(folder / "x", "report.txt")
    write_sample(folder / "y", "report.txt", "一、概况\n本单位共有在编人员35人。\n")
    (folder / "broken.txt").write_bytes(b"")
    out = tmp_path / "out"
    res = run([folder, "--output", out, "--format", fmt], monkeypatch)
    assert res.exit_code == 2, res.output
    assert "结果已写入：" in res.stdout
    return folder, out


def test_index_lists_every_file_with_counts_and_links(tmp_path: Path, monkeypatch):
    folder, out = _batch(tmp_path, monkeypatch, "html")
    index = (out / "index.html").read_text(encoding="utf-8")
    links = [a["href"] for a in Tags(index).all("a")]
    assert links == ["broken.txt.html", "x_report.txt.html", "y_report.txt.html"]
    assert all((out / h).is_file() for h in links)
    assert "共 3 个文件：已检查 2，无法读取 1" in index
    assert "无法读取：文件为空（0 字节）" in index
    row = re.search(r"<tr class=\"has-errors\">(.*?)</tr>", index).group(1)
    assert re.findall(r'<td class="num">(\d+)</td>', row) == ["18", "2", "1", "1"]


def test_workbook_sheets_rows_filters_and_frozen_header(tmp_path: Path, monkeypatch):
    _, out = _batch(tmp_path, monkeypatch, "xlsx")
    book = openpyxl.load_workbook(out / "jixiao.xlsx")
    assert book.sheetnames == ["汇总", "问题", "数据"]
    summary, findings, figures = (book[n] for n in book.sheetnames)
    for ws in (summary, findings, figures):
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert ws.column_dimensions["A"].width >= 30
    head = [c.value for c in findings[1]]
    assert head[:9] == ["文件", "页", "行", "规则", "类型", "严重程度", "说明", "陈述值", "计算值"]
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 4 + 1  # report x: 4 findings; report y: the info only
    assert {r[5] for r in rows} == {"错误", "警告", "提示"}
    assert figures.max_row - 1 == 18 + 1
    statuses = [r[1] for r in summary.iter_rows(min_row=2, values_only=True)]
    assert statuses == ["无法读取", "已检查", "已检查"]


def test_workbook_text_never_becomes_a_formula(tmp_path: Path, result):
    from extractor.outputs.xlsx import XlsxWriter

    f = result.findings[0].model_copy(update={"message": '=HYPERLINK("http://x","点击")', "excerpt": "\x07响铃"})
    writer = XlsxWriter(tmp_path)
    writer.add(result.model_copy(update={"findings": [f]}), "r")
    writer.close([Outcome.of(result, "r")])
    ws = openpyxl.load_workbook(tmp_path / "jixiao.xlsx")["问题"]
    assert ws.cell(2, 7).data_type == "s" and ws.cell(2, 7).value.startswith("=HYPERLINK")
    assert ws.cell(2, 10).value == "响铃"


def test_csv_files_name_their_report_and_defuse_formulas(tmp_path: Path, monkeypatch):
    folder, out = _batch(tmp_path, monkeypatch, "csv")
    assert sorted(p.name for p in out.iterdir()) == ["figures.csv", "files.csv", "findings.csv"]
    assert (out / "findings.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8

    def rows(name):
        with open(out / name, encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    findings, figures, files = rows("findings.csv"), rows("figures.csv"), rows("files.csv")
    assert len(findings) == 5 and len(figures) == 19 and len(files) == 3
    assert {Path(r["file"]).parent.name for r in findings} == {"x", "y"}
    assert [r["status"] for r in files] == ["unreadable", "ok", "ok"]
    sum_row = next(r for r in findings if r["rule"] == "SUM001")
    assert (sum_row["stated"], sum_row["computed"], sum_row["severity"]) == ("1250.50", "1250.05", "error")
    from extractor.outputs.records import spreadsheet_text

    assert spreadsheet_text("=1+1") == "'=1+1" and spreadsheet_text("+86 10") == "'+86 10"
    assert spreadsheet_text("-12.5%") == "-12.5%"


def test_jsonl_file_holds_file_finding_and_figure_records(tmp_path: Path, monkeypatch):
    folder, out = _batch(tmp_path, monkeypatch, "jsonl")
    recs = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    kinds = [r["record"] for r in recs]
    assert kinds.count("file") == 3 and kinds.count("finding") == 5 and kinds.count("figure") == 19
    first_figure = next(r for r in recs if r["record"] == "figure")
    assert first_figure["value"] == "35" and first_figure["unit"] == "人" and first_figure["file"].endswith("report.txt")
