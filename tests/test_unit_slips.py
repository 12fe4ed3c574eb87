"""A figure written in 元 among 万元 (or the reverse) whose relation closes only when it is read in
its neighbours' unit is a unit slip (UNIT001), whatever the kind of relation. Each kind has a
sentence that is consistent as written, one with the slip, and one whose slip still leaves the
relation open (then it is the relation's own error, not a unit slip). The sentences are written
for these tests; figures come from tests/quickfig.py."""

from __future__ import annotations

import pytest
from quickfig import doc_of, figures_of
from test_text_relations import errors

from extractor.checks import run_checks
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions
from extractor.relations import find_relations

# kind: (consistent, with a unit slip, the raw figure the slip is, wrong even when re-read)
CASES = {
    # a partial 其中 list: 1000.00 + 995.51 = 1995.51 only when 995.51 is 万元
    "partial sum": (
        "本年支出合计1995.51万元，其中：基本支出1000.00万元，项目支出995.51万元。",
        "本年支出合计1995.51万元，其中：基本支出1000.00万元，项目支出995.51元。",
        "995.51元",
        None,  # a partial list of parts below its total is no error as written
    ),
    # a complete list (其他…): 50 + 20 + 10 = 80
    "complete sum": (
        "全年支出合计80.00万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出10.00万元。",
        "全年支出合计80.00万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出10.00元。",
        "10.00元",
        "全年支出合计80.00万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出11.00元。",
    ),
    # a saving: 30 − 28.50 = 1.50
    "difference": (
        "年初预算“三公”经费30万元。全年决算“三公”经费28.50万元，较年初预算节约1.50万元。",
        "年初预算“三公”经费30万元。全年决算“三公”经费28.50万元，较年初预算节约1.50元。",
        "1.50元",
        "年初预算“三公”经费30万元。全年决算“三公”经费28.50万元，较年初预算节约1.60元。",
    ),
    # income − spending: 1000.00 − 995.51 = 4.49
    "gap": (
        "全年财政拨款收入为1000.00万元，全年财政拨款支出为995.51万元，本年财政拨款收支差额4.49万元。",
        "全年财政拨款收入为1000.00万元，全年财政拨款支出为995.51万元，本年财政拨款收支差额4.49元。",
        "4.49元",
        "全年财政拨款收入为1000.00万元，全年财政拨款支出为995.51万元，本年财政拨款收支差额5.49元。",
    ),
    # a share of the enumerated total: 995.51 / 2000.00 = 49.78%
    "share": (
        "本年支出合计2000.00万元，其中项目支出995.51万元，占49.78%。",
        "本年支出合计2000.00万元，其中项目支出995.51元，占49.78%。",
        "995.51元",
        "本年支出合计2000.00万元，其中项目支出995.51元，占59.78%。",
    ),
    # a completion rate: 995.51 / 1000.00 = 99.55%
    "completion": (
        "全年预算为1000.00万元，支出决算为995.51万元，完成全年预算数的99.55%。",
        "全年预算为1000.00万元，支出决算为995.51元，完成全年预算数的99.55%。",
        "995.51元",
        "全年预算为1000.00万元，支出决算为995.51元，完成全年预算数的89.55%。",
    ),
    # a year-on-year change: 995.51 / (1995.51 − 995.51) = 99.55%
    "change": (
        "本年收入合计1995.51万元，比上年增加995.51万元，增长99.55%。",
        "本年收入合计1995.51万元，比上年增加995.51元，增长99.55%。",
        "995.51元",
        "本年收入合计1995.51万元，比上年增加995.51元，增长89.55%。",
    ),
    # an average: 6.40 / 4 = 1.60
    "average": (
        "单位实有车辆4辆，公务车运行维护费6.40万元，平均每辆车运行费用1.60万元。",
        "单位实有车辆4辆，公务车运行维护费6.40万元，平均每辆车运行费用1.60元。",
        "1.60元",
        "单位实有车辆4辆，公务车运行维护费6.40万元，平均每辆车运行费用1.70元。",
    ),
}


@pytest.mark.parametrize("kind", CASES)
def test_consistent_as_written(kind):
    assert errors(CASES[kind][0]) == []


@pytest.mark.parametrize("kind", CASES)
def test_a_slip_of_unit_is_named_as_such(kind):
    _, slip, raw, _ = CASES[kind]
    assert errors(slip) == [("UNIT001", raw)]


@pytest.mark.parametrize("kind", [k for k, case in CASES.items() if case[3]])
def test_a_figure_wrong_in_either_unit_is_not_a_unit_slip(kind):
    got = errors(CASES[kind][3])
    assert got and all(rule != "UNIT001" for rule, _ in got)


def test_a_balance_closes_only_in_the_other_unit():
    text = ("（一）项目支出", "年初财政拨款结转和结余5.00万元，全年财政拨款收入为60.00万元，全年财政拨款支出为55.00万元，"
            "年末财政拨款结转和结余10.00元。")
    assert errors(*text) == [("UNIT001", "10.00元")]


def test_a_partial_list_short_of_its_total_in_both_units_stays_quiet():
    # 1000.00万元 + 900.00元 is below 1995.51万元, and so is 1000.00 + 900.00万元: nothing closes
    assert errors("本年支出合计1995.51万元，其中：基本支出1000.00万元，项目支出900.00元。") == []


def test_a_slip_that_closes_within_rounding_is_still_a_slip():
    # 50.00 + 20.00 + 10.01 = 80.01万元 meets 80.00万元 within rounding once 10.01 is 万元
    text = "全年支出合计80.00万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出10.01元。"
    assert errors(text) == [("UNIT001", "10.01元")]


def test_the_odd_unit_of_its_paragraph_is_the_slip_when_either_re_reading_closes():
    # 89410 / 131870.68 = 67.80% (a fall of 32.20%) whichever one is re-read; 元 is the odd one out
    text = ("全县教育经费总投入为115111万元，比上年的157278.3万元减少26.81%。其中，国家财政性教育经费为"
            "89410万元，比上年的131870.68元减少32.20%。")
    assert errors(text) == [("UNIT001", "131870.68元")]


def test_nothing_is_no_unit_slip():
    # 0.00万元 among 元 is 0 in any unit: the list adds up as written and says nothing of units
    paragraphs = ["（一）“三公”经费支出决算总体情况", "2022年度“三公”经费支出年初预算为12,000.00元，支出决算为12,000.00元。",
                  "（二）“三公”经费支出决算具体情况", "2022年度“三公”经费支出决算中，因公出国（境）费支出0.00万元，占0.00%；"
                  "公务用车购置及运行维护费支出12,000.00元，占100%；公务接待费支出0.00元，占0.00%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("life", "expected"), [
    ("6003元", [("UNIT001", "7237元")]),  # 781 + 6003 + 453 = 7237 once both 元 figures are 万元
    ("6103元", [("SUM001", "7237元")]),  # wrong in either unit: the list's own error
])
def test_several_figures_written_in_the_other_unit_alike(life, expected):
    text = (f"年末全县金融机构各项存款余额254986万元。全县保险保费收入达7237元，其中：财产险保费收入781万元，"
            f"寿险保费收入{life}，其他险种保费收入453万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("text", "said"), [
    # 5359.67 + 1456.59 + 4.41 = 6820.67: in 万元 still 0.43 short of 6821.10, so no unit slip alone
    ("收入合计6821.10万元，其中：财政拨款收入5359.67元，事业收入1456.59元，其他收入4.41元。",
     "单位不一致（相差10000倍），统一单位后仍相差0.43万元"),
    # 115749.56 ÷ 4944000 = 23.41%, not 23.42%, once both are 万元
    ("“三公”经费支出预算为494400.00万元，支出决算为115749.56元，完成预算的23.42%。",
     "单位不一致（相差10000倍），统一单位后仍相差0.01%"),
])
def test_a_gap_left_once_the_units_agree_is_stated_in_one_unit(text, said):
    doc = doc_of(text)
    figs = figures_of(doc)
    found = run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
    assert [f.message.endswith(said) for f in found if f.severity == "error"] == [True]
