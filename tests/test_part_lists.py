"""Lists of parts in running text: what is a part (a price threshold is not), which total a part
or a share belongs to, and the one claim every list makes — its parts never add up to more than
its total, whatever its shape. The sentences are written for these tests; figures come from
tests/quickfig.py unless the recogniser itself is under test."""

from __future__ import annotations

import pytest
from test_text_relations import errors

from extractor.figures import find_figures
from extractor.pipeline import check_file

# --------------------------------------------------------------------------- thresholds are not parts


@pytest.mark.parametrize(
    "text",
    [
        "本年度购置设备120.50万元，其中：单价50万元以上通用设备0台，单价100万元以上专用设备1台。",
        "全年采购支出80.00万元，其中单价在50万元（含）以上的设备2台，50万元以下的设备10台。",
        "资产购置支出30.00万元，其中：限额标准20万元以上的资产1项，金额25.00万元。",
    ],
)
def test_a_price_threshold_in_a_list_is_not_a_part(text):
    assert errors(text) == []


def test_amounts_after_a_threshold_still_count():
    # 单价 figures are left out, the amounts are not: 90.00 + 40.00 = 130.00 > 120.50
    text = "本年度购置设备120.50万元，其中：单价50万元以上的设备金额90.00万元，其他设备40.00万元。"
    assert errors(text) == [("SUM001", "120.50万元")]


# --------------------------------------------------------------------------- bare 万 in a money list


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("涉及三个重点工作项目，分别为340万、120万、85万元。", ["340万", "120万", "85万元"]),
        ("三个项目依次为85万元、340万和120万。", ["85万元", "340万", "120万"]),
        ("规模分别为340万，120万及85.5万元。", ["340万", "120万", "85.5万元"]),
    ],
)
def test_bare_wan_in_a_list_of_money_is_money(text, raws):
    money = [(f.raw, f.unit) for f in find_figures(text) if f.kind == "money"]
    assert money == [(r, "万元") for r in raws]


@pytest.mark.parametrize("text", ["全镇常住人口3万，户籍人口2万。", "辐射人口3万、惠及群众1万。"])
def test_bare_wan_without_money_stays_out(text):
    assert [f for f in find_figures(text) if f.kind == "money"] == []


def _check(tmp_path, body: str):
    path = tmp_path / "r.txt"
    path.write_text(f"某区某局2024年度部门决算\n\n一、总体情况\n{body}\n", encoding="utf-8")
    return [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"]


def test_a_money_list_with_bare_wan_is_summed_whole(tmp_path):
    # 340 + 120 + 85 = 545: consistent once every part is money; 340 + 120 + 95 = 555 > 545
    assert _check(tmp_path, "本年度安排重点项目资金共计545万元，涉及三个重点工作项目，分别为340万、120万、85万元。") == []
    assert _check(tmp_path, "本年度安排重点项目资金共计545万元，涉及三个重点工作项目，分别为340万、120万、95万元。") == [
        ("SUM001", "545万元")]


# --------------------------------------------------------------------------- the base of a share


@pytest.mark.parametrize(
    ("pct", "expected"),
    [("36.65%", []), ("36.68%", []), ("36.75%", [("PCT001", "36.75%")])],  # 7.33 / 20.00 = 36.65%, 36.68% within rounding
)
def test_a_share_takes_the_total_not_a_change_stated_of_it(pct, expected):
    text = f"2024年三公经费支出合计20.00万元，较上年减少2.00万元，其中公务接待费7.33万元，占{pct}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("pct", "expected"), [("36.65%", []), ("40.00%", [("PCT001", "40.00%")])])
def test_a_share_passes_over_a_figure_of_another_category(pct, expected):
    # 其中 follows a carry-over, but 公务接待费 is spending: its base is 本年支出 20.00 (7.33 / 20.00)
    text = f"本年支出20.00万元，上年结转2.00万元，其中公务接待费7.33万元，占{pct}。"
    assert errors(text) == expected


def test_a_share_after_a_change_with_a_named_base():
    text = "2024年三公经费支出合计20.00万元，比年初预算减少5.00万元，公务接待费7.33万元，占三公经费支出的36.65%。"
    assert errors(text) == []


# --------------------------------------------------------------------------- parts above their total


@pytest.mark.parametrize(
    "shape",
    [
        "本年项目支出{t}万元，其中培训费{a}万元、印刷费{b}万元。",
        "本年项目支出{t}万元。其中：培训费{a}万元，印刷费{b}万元。",
        "本年项目支出{t}万元（其中培训费{a}万元，印刷费{b}万元）。",
        "本年项目支出{t}万元，包括培训费{a}万元和印刷费{b}万元。",
        "本年项目支出{t}万元，分别为{a}万元、{b}万元。",
        "本年项目支出{t}万元，主要用于：培训费{a}万元，印刷费{b}万元。",
        "本年项目支出{t}万元，其中培训费{a}万元、印刷费{b}万元、其他支出1.00万元。",
    ],
)
@pytest.mark.parametrize(
    ("a", "b", "partial", "complete"),
    [
        # total 100.00; a complete list (…其他支出1.00万元) adds 1.00 and must match exactly
        ("60.00", "39.00", False, False),
        ("60.00", "38.00", False, True),
        ("60.00", "50.00", True, True),
        ("60.00", "40.02", True, True),  # 100.02 is beyond rounding of 100.00
        ("60.00", "40.01", False, True),  # 100.01 is not: at most information
    ],
)
def test_parts_above_their_total_in_every_list_shape(shape, a, b, partial, complete):
    wrong = complete if "其他" in shape else partial
    assert errors(shape.format(t="100.00", a=a, b=b)) == ([("SUM001", "100.00万元")] if wrong else [])


@pytest.mark.parametrize(
    "text",
    [
        "本年项目支出100.00万元，其中培训费120.00万元。",
        "本年项目支出100.00万元。其中：培训费120.00万元。",
        "本年项目支出100.00万元（其中培训费120.00万元）。",
    ],
)
def test_a_single_part_above_its_total(text):
    assert errors(text) == [("SUM001", "100.00万元")]


@pytest.mark.parametrize(
    "text",
    [
        "本年项目支出100.00万元，其中培训费60.00万元。",
        "本年项目支出100.00万元，其中较上年增加120.00万元。",  # a change, not a part
        "本年项目支出100.00万元，其中：培训费100.00万元。",
    ],
)
def test_a_single_part_within_its_total_stays_quiet(text):
    assert errors(text) == []
