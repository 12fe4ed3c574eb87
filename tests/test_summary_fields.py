"""Summary fields from wherever the report states them, the 绩效自评表 included; a file that is no
report at all gets a note and its own count."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from click.testing import CliRunner
from conftest import ROOT

from extractor.cli import cli
from extractor.figures.report import NOT_A_REPORT, with_indicator_totals
from extractor.model import IndicatorTable, ReportMeta
from extractor.pipeline import check_file

SAMPLES = ROOT / "samples"


def test_score_and_grade_from_the_indicator_table():
    # qingshi-farmland: 总分 88.6 and 自评等级 优 only in the table (G19, and the grade row)
    meta = check_file(SAMPLES / "qingshi-farmland-2023.xlsx").report
    assert (meta.score, meta.grade) == (Decimal("88.6"), "优")
    # qingshi-water: 总分 93.70 in the cell-per-line table, no grade stated anywhere
    meta = check_file(SAMPLES / "qingshi-water-2023.txt").report
    assert (meta.score, meta.grade) == (Decimal("93.70"), None)


def test_the_texts_own_score_wins_over_the_tables():
    table = IndicatorTable(block=0, total_points=Decimal("98.55"), grade="良")
    meta = with_indicator_totals(ReportMeta(score=Decimal("95.85"), grade="优"), [table])
    assert (meta.score, meta.grade) == (Decimal("95.85"), "优")
    meta = with_indicator_totals(ReportMeta(), [IndicatorTable(block=0), table])
    assert (meta.score, meta.grade) == (Decimal("98.55"), "良")


def test_docx_road_report_type_comes_from_its_title():
    assert check_file(SAMPLES / "qingshi-road-2023.docx").report.doc_type == "绩效评价报告"


def test_workbook_summary_has_grade_and_score_where_stated(tmp_path: Path):
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["check", str(SAMPLES), "--format", "xlsx", "--output", str(out), "-j", "1"])
    assert res.exit_code == 1, res.output
    ws = openpyxl.load_workbook(out / "jixiao.xlsx")["汇总"]
    head = [c.value for c in ws[1]]
    rows = {Path(r[0]).name: dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["qingshi-farmland-2023.xlsx"]["等级"] == "优"
    assert str(rows["qingshi-farmland-2023.xlsx"]["自评得分"]) == "88.6"
    assert float(rows["qingshi-water-2023.txt"]["自评得分"]) == 93.7


def test_a_file_that_is_no_report_gets_a_note_and_a_count(tmp_path: Path):
    stray = tmp_path / "note.txt"
    stray.write_text("Hello, this is a line of English.\n", encoding="utf-8")
    r = check_file(stray)
    assert any(n.startswith(NOT_A_REPORT) for n in r.notes)
    report = tmp_path / "r.txt"
    report.write_text("某单位2023年度部门决算说明\n一、收入情况\n本年收入合计30.00万元。\n", encoding="utf-8")
    assert not any(n.startswith(NOT_A_REPORT) for n in check_file(report).notes)
    res = CliRunner().invoke(cli, ["check", str(stray), str(report), "-j", "1"])
    assert f"{NOT_A_REPORT}的文件 1 个：{stray}" in res.output
    assert res.exit_code == 0


def test_index_page_counts_files_that_are_no_report(tmp_path: Path):
    stray = tmp_path / "in" / "note.txt"
    stray.parent.mkdir()
    stray.write_text("Hello, this is a line of English.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["check", str(stray.parent), "--output", str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"{NOT_A_REPORT}的文件 1" in index and f"已检查（{NOT_A_REPORT}）" in index
