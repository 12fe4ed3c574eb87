"""截至/截止 dates whose year does not fit the document (TXT003): a 决算 of Y counts at the end of
Y and is written in Y+1; a 预算 of Y is prepared in Y−1 and published early in Y. The sentences
are written for these tests."""

from __future__ import annotations

import pytest
from quickfig import doc_of, figures_of

from extractor.checks import run_checks
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions


def dates(text: str, year: int, doc_type: str | None, title: str | None = None) -> list[tuple[str, str]]:
    title = title or f"区教育局{year}年度部门{doc_type}"
    doc = doc_of(title, "一、基本情况", text)
    meta = ReportMeta(year=year, doc_type=doc_type)
    found = run_checks(doc, figures_of(doc), [], meta, CheckOptions(select=("TXT003",)))[0]
    return [(f.rule, f.stated) for f in found]


@pytest.mark.parametrize(
    ("text", "year", "doc_type", "expected"),
    [
        ("截至2023年12月31日，本单位共有车辆5辆。", 2024, "决算", [("TXT003", "2023")]),
        ("截止2023年底，单位资产总额为500.00万元。", 2024, "决算", [("TXT003", "2023")]),
        ("截止到2022年末，在职人员30人。", 2024, "决算", [("TXT003", "2022")]),
        ("截至2024年12月31日，本单位共有车辆5辆。", 2024, "决算", []),
        ("截至2025年3月，项目已全部验收。", 2024, "决算", []),  # a 决算 is written the next year
        ("截至2026年3月，项目已全部验收。", 2024, "决算", [("TXT003", "2026")]),
        # a 预算 of 2025 is prepared in 2024: its stocks are counted in 2024 or early 2025
        ("截至2024年8月31日，本单位共有车辆5辆。", 2025, "预算", []),
        ("截至2025年1月，本单位在职人员30人。", 2025, "预算", []),
        ("截至2023年12月31日，本单位共有车辆5辆。", 2025, "预算", [("TXT003", "2023")]),
        ("截至2026年12月31日，本单位共有车辆5辆。", 2025, "预算", [("TXT003", "2026")]),
        # an earlier moment named on purpose: a comparison, or next to the document's own date
        ("截至2024年12月31日共有车辆5辆，较截至2023年底减少1辆。", 2024, "决算", []),
        ("截至2024年12月31日共有车辆5辆，截至2023年12月31日为6辆。", 2024, "决算", []),
        # a project evaluation may look back on a project that spans years: not checked
        ("截至2021年底，项目已完成一期建设。", 2023, "绩效评价报告", []),
        ("截至2021年底，项目已完成一期建设。", None, "决算", []),
    ],
)
def test_as_of_dates(text, year, doc_type, expected):
    assert dates(text, year, doc_type) == expected


def test_only_a_document_whose_title_names_its_kind_is_checked():
    """A note on debt whose prose mentions 预算管理 is no budget: its 截至 dates are not judged."""
    text = "截至2023年1月末，2022年地方政府债务最终总限额尚未下达。"
    assert dates(text, 2022, "预算", title="某县举借债务情况说明") == []
    assert dates(text, 2022, "预算", title="某县2022年预算情况说明") == [("TXT003", "2023")]


def test_a_title_naming_two_documents_covers_the_moments_of_both():
    """A 2010 决算 published with the 2011 预算: 截至2010年底 is the 决算's moment, read as of 2011."""
    title = "国家统计局公布2010年“三公经费”决算数以及2011年“三公经费”预算数"
    text = "截至2010年底，在职人员共21722名。"
    assert dates(text, 2011, "决算", title=title) == []
    assert dates("截至2008年底，在职人员共21722名。", 2011, "决算", title=title) == [("TXT003", "2008")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("江苏省2021年预算执行情况与2022年预算草案", []),  # 与 joins two documents: no comparison
     ("2021年决算数与2023年预算相比，增加了10%。", [("TXT003", "2023")])],
)
def test_a_budget_named_with_yu_is_compared_only_when_it_is_no_draft(text, expected):
    doc = doc_of("一、基本情况", text)
    meta = ReportMeta(year=2021, doc_type="决算")
    found = run_checks(doc, figures_of(doc), [], meta, CheckOptions(select=("TXT003",)))[0]
    assert [(f.rule, f.stated) for f in found] == expected


def test_a_budget_adjustment_is_a_budget_and_a_site_menu_names_no_document():
    from extractor.figures.report import report_meta
    doc = doc_of("当前位置：首页 > 财政预决算 > 政府预算 > 2023年 > 预算调整", "2023年大武口区预算调整方案",
                 "截至2022年底，我区法定债务余额为169,117.83万元。")
    meta = report_meta(doc, figures_of(doc))
    assert meta.doc_type == "预算"
    found = run_checks(doc, figures_of(doc), [], meta, CheckOptions(select=("TXT003",)))[0]
    assert found == []


def test_a_text_opening_with_prose_has_no_title_to_name_its_kind():
    # "2020年，受…影响，政府性基金预算收入…" opens a research note: its 预算 is no document's kind, 截至2021年6月 is no slip
    opening = "2020年，受疫情影响，全省政府性基金预算收入下滑明显，土地出让收入仍是主要来源。"
    assert dates("截至2021年6月，31个省份披露了上年政府性基金预算收入数据。", 2020, "预算", title=opening) == []
    assert dates("截至2021年6月，31个省份披露了上年政府性基金预算收入数据。", 2020, "预算") == [("TXT003", "2021")]
