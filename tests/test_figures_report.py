"""Report metadata (unit name, year, date, score, grade, type) on covers and bodies written in the
style of real reports, and on the corpus."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest
from conftest import CORPUS

from extractor.errors import ReadError
from extractor.figures import extract_figures
from extractor.figures.report import report_meta
from extractor.model import Block
from extractor.structure import build_document


def meta_of(*texts: str):
    doc = build_document([Block(index=0, kind="paragraph", text=t) for t in texts], path="t.txt", fmt="txt", sha256="0")
    return report_meta(doc, extract_figures(doc))


def test_evaluation_report_with_cover():
    m = meta_of(
        "清水县河口镇人民政府2022年度部门整体支出绩效自评报告",
        "一、部门概况",
        "2022年年初预算批复的基本支出为512.3万元。",
        "四、部门整体支出绩效情况",
        "根据评分标准，自评得分91分，评价等级为“优”。",
        "河口镇人民政府",
        "2023年3月15日",
    )
    assert (m.unit_name, m.year, m.date) == ("清水县河口镇人民政府", 2022, "2023-03-15")
    assert (m.score, m.grade, m.doc_type) == (Decimal("91"), "优", "绩效评价报告")


def test_a_sites_menu_of_links_above_the_page_is_no_title():
    m = meta_of("♦ 关于2023年年终财务工作安排的...", "♦ 2023年各级各专业收费标准", "♦ 关于2021年个人所得税专项附加...",
                "乐山职业技术学院2016年部门决算", "一、部门基本情况", "2016年度财政拨款收支总决算19170.97万元。")
    assert m.year == 2016 and m.doc_type == "决算"


def test_a_year_named_as_a_comparisons_base_counts_for_the_year_after_it():
    # an excerpt without its title: 2022 is written more often, but always as the base (较2022年度)
    m = meta_of(
        "1.财政拨款收入110.25万元，较2022年度决算数增加8.40万元，增长8.2%。",
        "2.事业收入0.00万元，较2022年度决算数增加0.00万元，增长0%。",
        "3.其他收入0.00万元，较2022年度决算数增加0.00万元，增长0%。",
        "本单位2023年度总支出125.08万元。",
    )
    assert m.year == 2023


def test_unit_from_signature_takes_its_fullest_form_and_year_is_not_the_signing_year():
    m = meta_of(
        "部门整体支出绩效评价报告",
        "一、部门概况",
        "清水县河口镇人民政府在职人员45人，其中行政人员20人。",
        "2022年年初预算批复的项目支出为30万元，2022年决算项目支出为41.5万元。",
        "根据《关于开展2022年度绩效自评工作的通知》文件，得分86分，财政支出绩效为“良”。",
        "河口镇人民政府",
        "2023年4月2日",
    )
    assert (m.unit_name, m.year, m.score, m.grade) == ("清水县河口镇人民政府", 2022, Decimal("86"), "良")


def test_final_accounts_cover_split_over_lines_and_no_grade_from_project_counts():
    m = meta_of(
        "中共某市某区委",
        "宣传部 2023 年度",
        "部门决算",
        "目 录",
        "第一部分 中共某市某区委宣传部概况",
        "绩效自评的 2023 年度项目 3 个，平均得分 95.5 分（其中，绩效评级为“优”的项目 3 个；绩效评级为“良”的项目 0 个）。",
    )
    assert (m.unit_name, m.year, m.doc_type) == ("中共某市某区委宣传部", 2023, "决算")
    assert m.grade is None and m.score is None


def test_score_from_the_total_row_of_a_scoring_table_not_an_indicator():
    doc = build_document(
        [
            Block(index=0, kind="paragraph", text="某县农业农村局2023年度项目支出绩效自评表"),
            Block(index=0, kind="table", text="", rows=[
                ["一级指标", "三级指标", "分值", "得分"],
                ["产出指标", "养护里程", "20", "18"],
                ["效益指标", "群众满意度", "10", "10"],
                ["总分", "", "100", "92.5"],
            ]),
        ],
        path="t.txt", fmt="txt", sha256="0",
    )
    m = report_meta(doc, extract_figures(doc))
    assert (m.score, m.doc_type, m.year, m.unit_name) == (Decimal("92.5"), "自评表", 2023, "某县农业农村局")


def test_budget_with_labelled_unit():
    m = meta_of(
        "某市某区2024年区级部门预算",
        "预算主管部门：某市某区人民政府某街道办事处",
        "目 录",
        "一、部门主要职能",
    )
    assert (m.unit_name, m.year, m.doc_type) == ("某市某区人民政府某街道办事处", 2024, "预算")


def _report_cases():
    for exp in sorted(CORPUS.glob("*/expected.toml")):
        want = tomllib.loads(exp.read_text(encoding="utf-8")).get("report")
        for f in sorted(exp.parent.glob("report.*")):
            yield pytest.param(f, want, id=f"{exp.parent.name}/{f.name}")


@pytest.mark.corpus
@pytest.mark.parametrize(("path", "want"), list(_report_cases()) or [pytest.param(None, None, marks=pytest.mark.skip("no corpus"))])
def test_corpus_report_fields(path, want):
    from extractor.readers import read_document

    try:
        doc = read_document(path)
    except ReadError as e:
        pytest.skip(f"this checkout cannot read {path.suffix}: {e.reason}")
    m = report_meta(doc, extract_figures(doc)).model_dump()
    got = {k: m[k] for k in want}
    if "score" in got and got["score"] is not None:
        got["score"] = int(got["score"])
    assert got == want


@pytest.mark.parametrize(("title", "doc_type"), [
    ("关于2021年度省级预算执行和其他财政收支审计查出问题整改情况的报告", "审计报告"),
    ("某市2023年预算执行情况和2024年预算草案的报告", "预算执行报告"),
    ("某区2024年区级部门预算", "预算"),
])
def test_a_report_on_a_budget_is_not_the_budget(title, doc_type):
    assert meta_of(title, "一、总体情况").doc_type == doc_type
