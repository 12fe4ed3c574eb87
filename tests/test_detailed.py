"""Items of an overview detailed under their own heading (extractor/relations/detailed.py): the overview's
amount and the heading paragraph's are one quantity. Paragraphs written for these tests in the style
of a 部门决算 公开; the expected values are read off the sentences."""

from __future__ import annotations

import pytest

from extractor.pipeline import check_file

OVERVIEW = ("2016年度总收入27,664.71万元，其中：财政拨款收入9,787.85万元，事业收入5,738.74万元，"
            "其他收入12,037.17万元，经营收入100.95万元。")
DETAIL = "①财政拨款收入：本年度我院财政拨款收入共计{amount}万元，占总收入的35.38%。"
SPENDING = ("2016年我院支出合计26,994.72万元，其中基本支出12,270.36万元，占总支出的45.46%，"
            "项目支出14,629.33万元，占总支出的54.19%。")


def _found(tmp_path, *paragraphs: str) -> list[tuple[str, str]]:
    path = tmp_path / "r.txt"
    path.write_text("\n".join(("某学院2016年部门决算情况公开", *paragraphs)) + "\n", encoding="utf-8")
    return [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"]


@pytest.mark.parametrize(("amount", "expected"), [("9,787.85", []), ("9,778.85", [("CON001", "9,778.85万元")])])
def test_an_item_detailed_under_its_heading_restates_the_overview(tmp_path, amount, expected):
    assert _found(tmp_path, OVERVIEW, DETAIL.format(amount=amount)) == expected


def test_the_heading_may_name_the_item_in_full(tmp_path):
    detail = "②教育事业收入：本年度我院事业收入5,783.74万元，占总收入的20.74%。"
    overview = OVERVIEW.replace("，事业收入", "，教育事业收入")
    assert _found(tmp_path, overview, detail) == [("CON001", "5,783.74万元")]


@pytest.mark.parametrize(("share", "expected"), [("45.46%", []), ("45.64%", [("CON001", "45.64%")])])
def test_an_items_share_of_the_same_whole_is_restated_too(tmp_path, share, expected):
    detail = f"①基本支出：本年度我院基本支出12,270.36万元，占总支出的{share}。"
    assert _found(tmp_path, SPENDING, detail) == expected


@pytest.mark.parametrize("overview", [
    # a subject's list: the 基本支出 of 初中教育, not the unit's
    "初中教育支出12,270.36万元，其中：基本支出12,270.36万元，项目支出0万元。",
    # last year's
    "上年支出合计25,000.00万元，其中基本支出12,000.00万元，项目支出13,000.00万元。",
    # listed twice with two amounts before: which one is detailed is not known
    SPENDING + "调整后支出合计26,994.72万元，其中基本支出12,000.00万元，项目支出14,994.72万元。",
])
def test_another_quantity_named_alike_is_not_restated(tmp_path, overview):
    detail = "①基本支出：本年度我院基本支出12,720.36万元，主要用于人员经费和公用经费。"
    assert [f for f in _found(tmp_path, overview, detail) if f[0] == "CON001"] == []

