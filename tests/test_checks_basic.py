"""Grade bands, text slips, rule selection, suppressions: each with a consistent case, an
inconsistent case and an edge."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.checks import run_checks
from extractor.checks.registry import explain, load_all, selected
from extractor.checks.suppress import Suppression, load_suppressions
from extractor.errors import ReadError
from extractor.model import Block, Figure, ReportMeta
from extractor.pipeline import CheckOptions, check_file
from extractor.structure import build_document


def doc_of(*paragraphs: str):
    return build_document([Block(index=0, kind="paragraph", text=p) for p in paragraphs], path="t.txt", fmt="txt", sha256="ab")


def score_figure(doc, value: str) -> Figure:
    pos = doc.text.index(value + "分")
    return Figure(id="F1", kind="count", raw=value + "分", value=Decimal(value), unit="分", block=0, start=pos, end=pos + len(value) + 1)


def findings(doc, figures=(), meta=ReportMeta(), **opts):
    return run_checks(doc, list(figures), [], meta, CheckOptions(**opts))[0]


@pytest.mark.parametrize(
    ("score", "grade", "flagged"),
    [("83", "良", False), ("83", "优", True), ("90", "优", False), ("89.99", "优", True), ("80", "良", False),
     ("79.5", "良", True), ("100", "优秀", False), ("59", "合格", True)],
)
def test_grade_band(score, grade, flagged):
    doc = doc_of(f"自评得分{score}分，绩效等级为“{grade}”。")
    fig = score_figure(doc, score)
    got = [f for f in findings(doc, [fig], ReportMeta(score=Decimal(score), grade=grade)) if f.rule == "GRD001"]
    assert bool(got) == flagged
    if flagged:
        assert got[0].figures == ["F1"] and got[0].severity == "error" and score in got[0].message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [("全年共开展培训XX次。", True), ("××单位2021年度报告", True), ("共开展培训12次。", False),
     ("采用LED屏和APP宣传。", False), ("某某村", True),
     # an amount left blank, and the unit of a caption, which is none
     ("支出333.17万元，其中基本支出    万元（工资福利支出299.43万元），项目支出2万元。", True),
     ("金额单位：   万元", False), ("金额单位   万元", False), ("基本支出 万元，", False)],
)
def test_placeholder(text, flagged):
    assert any(f.rule == "TXT001" for f in findings(doc_of(text))) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [("项目支出804.79万元，，年末结转40万元。", True), ("收入。。", True), ("结余40万元，。", True),
     ("详见附表……", False), ("主要用于——", False), ("收入40万元，支出30万元。", False)],
)
def test_doubled_punctuation(text, flagged):
    assert any(f.rule == "TXT002" for f in findings(doc_of(text))) == flagged


@pytest.mark.parametrize(
    ("text", "year", "flagged"),
    [("某局2024年度部门决算表", 2024, False), ("某局2023年度部门决算表", 2024, True),
     ("与2023年度相比，收入增加10万元。", 2024, False), ("与2024年度相比，收入增加10万元。", 2024, True),
     ("比2020年增加5人。", 2024, False),
     # the clause compares a later year with the report's own: "2025年预算数比2024年决算数增长"
     ("2025年预算数比2024年决算数增长8%。", 2024, False), ("2024年预算数比2024年决算数增长8%。", 2024, True),
     # …or its sentence does, in an earlier clause: "2025年安排…预算25万元，与2024年决算持平"
     ("我厅2025年安排出国（境）经费预算25万元，与2024年决算持平。", 2024, False),
     ("我厅2025年安排出国（境）经费预算25万元，与2025年决算持平。", 2024, True),
     # …but not one giving a reason: "由于2023年未安排…，所以…较2023年预算增加" in a 2024 report is right
     ("由于2023年未安排公务接待费预算，所以公务接待费较2023年预算增加4万元。", 2024, False)],
)
def test_wrong_year(text, year, flagged):
    assert any(f.rule == "TXT003" for f in findings(doc_of(text), meta=ReportMeta(year=year))) == flagged


@pytest.mark.parametrize(
    ("text", "doc_type", "flagged"),
    [
        # a 决算 compares its actual spending with its own year's budget
        ("公务接待费支出2.14万元，与2021年度预算相比，增加1.14万元。", "决算", False),
        ("公务接待费支出2.14万元，与2022年度预算相比，增加1.14万元。", "决算", True),
        # a 预算 compares with the budget of the year before
        ("公务接待费预算2.14万元，比2021年预算增加1.14万元。", "预算", True),
        ("公务接待费预算2.14万元，比2020年预算增加1.14万元。", "预算", False),
        # …and may report what a past year executed against that year's own budget
        ("“三公”经费2020年预算执行数中，公务接待费较2020年预算数减少197万元。", "预算", False),
        ("“三公”经费2020年预算中，公务接待费较2020年预算数减少197万元。", "预算", True),
        # the clause before names its subject first ("2021年预算数比2020年预算执行数减少d，比2020年预算数减少e")
        ("2021年预算数比2020年预算执行数减少49.75万元，比2020年预算数减少59.75万元。", "预算", False),
        ("2021年预算数比2020年预算执行数减少49.75万元，比2021年预算数减少59.75万元。", "预算", True),
        # …or the year opening the sentence: a 2021 决算 published with the 2022 预算
        ("2022年，拟安排出国（境）经费预算74.6万元，较2021年决算相比，增加56%。", "决算", False),
        ("2022年，拟安排出国（境）经费预算74.6万元，较2022年决算相比，增加56%。", "决算", True),
    ],
)
def test_year_of_a_budget_compared_with(text, doc_type, flagged):
    meta = ReportMeta(year=2021, doc_type=doc_type)
    assert any(f.rule == "TXT003" for f in findings(doc_of(text), meta=meta)) == flagged


def test_unit_name_in_title():
    meta = ReportMeta(unit_name="上海市普陀区规划和自然资源局", year=2024)
    bad = doc_of("上海市普陀区规划和自然资源局2024年度部门决算", "上海市规划和自然资源局 2024 年度部门决算表")
    got = [f for f in findings(bad, meta=meta) if f.rule == "TXT004"]
    assert len(got) == 1 and "上海市规划和自然资源局" in got[0].message
    good = doc_of("上海市普陀区规划和自然资源局 2024 年度部门决算表", "普陀区规划和自然资源局2024年度部门决算")
    assert not [f for f in findings(good, meta=meta) if f.rule == "TXT004"]


def test_missing_standard_table_only_for_final_accounts():
    doc = doc_of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表")
    got = [f for f in findings(doc, meta=ReportMeta(doc_type="决算")) if f.rule == "TXT005"]
    assert len(got) == 5 and any("三公" in f.message for f in got)
    assert not any(f.rule == "TXT005" for f in findings(doc, meta=ReportMeta(doc_type="预算")))


def test_standard_tables_are_found_under_the_names_of_each_years_template():
    # …基本支出决算明细表 and the 国有资本经营预算 table without 收入 (2020 on) are the standard tables
    names = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表(一)",
             "一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表",
             "国有资本经营预算财政拨款支出决算表", "一般公共预算财政拨款“三公”经费支出表"]
    assert [f.message for f in findings(doc_of(*names), meta=ReportMeta(doc_type="决算")) if f.rule == "TXT005"] == []
    got = [f.message for f in findings(doc_of(*names[:-2]), meta=ReportMeta(doc_type="决算")) if f.rule == "TXT005"]
    assert got == ["部门决算缺少标准表格：财政拨款“三公”经费支出决算表", "部门决算缺少标准表格：国有资本经营预算财政拨款支出决算表"]


def test_a_template_numbering_its_general_budget_tables_names_the_basic_spending_table_part_two():
    names = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表(一)",
             "一般公共预算财政拨款支出决算表(二)", "一般公共预算财政拨款“三公”经费支出表",
             "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"]
    assert [f.message for f in findings(doc_of(*names), meta=ReportMeta(doc_type="决算")) if f.rule == "TXT005"] == []


def test_a_final_accounts_text_without_its_tables_is_not_missing_them():
    # the 说明 published on its own, the tables in another file
    doc = doc_of("一、收入支出决算总体情况说明", "本年收入合计100.00万元。")
    assert not any(f.rule == "TXT005" for f in findings(doc, meta=ReportMeta(doc_type="决算")))


def test_select_and_ignore():
    doc = doc_of("全年共开展培训XX次，，")
    assert {f.rule for f in findings(doc)} == {"TXT001", "TXT002"}
    assert {f.rule for f in findings(doc, select=("TXT001",))} == {"TXT001"}
    assert {f.rule for f in findings(doc, ignore=("TXT",))} == set()
    assert selected("SUM002", select=["SUM002"], ignore=["SUM"])


def test_suppression_needs_reason_and_silences_one_finding(tmp_path):
    doc = doc_of("全年共开展培训XX次，，")
    all_findings = findings(doc)
    target = next(f for f in all_findings if f.rule == "TXT002")
    sup = Suppression(rule="TXT002", fingerprint=target.fingerprint, reason="原文如此")
    kept, silenced, _ = run_checks(doc, [], [], ReportMeta(), CheckOptions(suppressions=(sup,)))
    assert [f.rule for f in kept] == ["TXT001"] and silenced and "原文如此" in silenced[0]
    path = tmp_path / "s.toml"
    path.write_text('[[suppress]]\nrule = "TXT002"\nreason = ""\n', encoding="utf-8")
    with pytest.raises(ReadError):
        load_suppressions(path)


def test_every_rule_is_documented():
    rules = load_all()
    assert rules
    for code, rule in rules.items():
        assert rule.family in code and code[len(rule.family):].isdigit()
        for section in ("What it checks", "Why", "Example", "Tolerance"):
            assert section in rule.doc, (code, section)
        assert explain(code.lower())


@pytest.mark.parametrize(("text", "flagged"), [
    # a comparison set before its subject compares from the year that follows it
    ("与2013年相比，2014年生产总值115亿元，增长9%。", False),
    ("与2014年相比，2014年生产总值115亿元，增长9%。", True),
])
def test_a_comparison_set_before_its_subject_takes_the_subject_s_year(text, flagged):
    assert any(f.rule == "TXT003" for f in findings(doc_of(text), meta=ReportMeta(year=2013))) == flagged


def test_a_title_naming_two_documents_has_both_years(tmp_path):
    title = "关于某开发区2025年财政预算执行情况和2026年财政预算草案及2026年部门预算编制情况的公开"
    path = tmp_path / "r.txt"
    path.write_text(f"{title}\n\n一、2025年财政预算执行情况\n财政收入完成63155万元。\n", encoding="utf-8")
    assert [f.message for f in check_file(path).findings if f.rule == "TXT003"] == []
