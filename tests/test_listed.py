"""Named items listed twice (extractor/relations/listed.py): one quantity each."""

from __future__ import annotations

import pytest

from extractor.pipeline import check_file

GOALS = "2025年度，本单位编报绩效目标的项目共3个，涉及项目预算资金595.46万元。其中：中介机构服务费418.80万元，财政业务费10.00万元，信息化系统日常维护费166.66万元。"


def conflicts(tmp_path, *paragraphs: str) -> list[str]:
    path = tmp_path / "r.txt"
    path.write_text("\n".join(("某区财政局2025年部门预算", "一、绩效目标设置情况", *paragraphs)) + "\n", encoding="utf-8")
    return [f.stated for f in check_file(path).findings if f.rule == "CON001"]


@pytest.mark.parametrize("later, found", [
    ("信息化系统日常维护费166.66万元，中介机构服务费418.80万元，财政业务费10万元。", []),
    ("信息化系统日常维护费166.66万元，中介机构服务费481.80万元，财政业务费10万元。", ["481.80万元"]),
    # one name in common is no second list of the same items
    ("信息化系统日常维护费161.66万元，援滇干部工作经费3.00万元。", []),
    # another year's or another stage's list of the same items
    ("2024年，信息化系统日常维护费150.00万元，中介机构服务费400.00万元。", []),
    ("决算数：信息化系统日常维护费150.00万元，中介机构服务费400.00万元。", []),
])
def test_items_listed_twice_are_one_quantity_each(tmp_path, later, found):
    assert conflicts(tmp_path, GOALS, "二、年度预算安排", later) == found


def test_names_that_are_only_a_stage_are_not_items(tmp_path):
    # "（项）年初预算为a万元，支出决算为b万元": the item is named before, not by 年初预算
    first = "1.教育支出（类）普通教育（款）小学教育（项）年初预算为120.00万元，支出决算为118.00万元。"
    later = "2.教育支出（类）普通教育（款）初中教育（项）年初预算为80.00万元，支出决算为79.00万元。"
    assert conflicts(tmp_path, first, later) == []


@pytest.mark.parametrize("level, found", [("自治区本级", []), ("全区", ["36.2亿元"])])
def test_lists_under_two_levels_of_government_are_two_lists(tmp_path, level, found):
    # the lists of the whole region and of its own budget name the same items with other amounts
    first = "全区收入总量3100亿元。其中，地方收入240亿元；中央补助2200亿元；一般债务收入110亿元。"
    later = f"{level}收入总量2700亿元。其中，地方收入36.2亿元；中央补助2200亿元；一般债务收入110亿元。"
    assert conflicts(tmp_path, first, later) == found


def test_lists_agree_only_where_amounts_are_written_alike(tmp_path):
    # 专项债务 1亿元 and 1.05亿元 merely round alike: the lists of 新增 and of all debt are two lists
    first = "全区新增政府债务限额2.39亿元，其中一般债务1.39亿元；专项债务1亿元。"
    later = "地方政府债务限额5.73亿元，其中一般债务4.68亿元，专项债务1.05亿元。"
    assert conflicts(tmp_path, first, later) == []


def test_a_list_of_what_was_paid_out_is_not_the_list_of_what_was_arranged(tmp_path):
    # 财政已下拨 is what was paid out of the 安排: two stages, not one quantity
    first = "市本级体育彩票公益金本年支出安排2171.65万元，其中运动场馆维修改造经费1971.65万元、全民健身城区项目补助100万元。"
    later = "财政已下拨体彩公益金593.66万元，其中运动场馆维修改造经费493.66万元，全民健身城区项目补助100万元。"
    assert conflicts(tmp_path, first, later) == []


def test_lists_on_either_side_of_a_line_naming_another_stage_are_of_different_stages(tmp_path):
    # 120 is the approved budget's, 150 the year's actual: the lines between say so, though the lists do not
    budget = "（1）项目经费共225万元。其中：道路养护经费120万元，河道保洁经费45万元，垃圾清运经费60万元。"
    actual = "（1）项目经费共255万元。其中：道路养护经费150万元，河道保洁经费45万元，垃圾清运经费60万元。"
    assert conflicts(tmp_path, "1. 镇人大会议批准的年初预算草案。", budget, "2. 决算情况。", actual) == []
    # without those lines, the two lists give 道路养护经费 two amounts
    assert conflicts(tmp_path, budget, actual) == ["150万元"]


def test_lists_of_the_nation_and_of_the_central_government_are_two_lists(tmp_path):
    # each paragraph's opening names its level; both sentences name 中央 only inside a fund's name
    assert conflicts(tmp_path, "全国一般公共预算支出220906.07亿元。加上补充中央预算稳定调节基金1018.54亿元，支出总量为221924.61亿元。",
                     "中央一般公共预算支出102381.8亿元。加上补充中央预算稳定调节基金1018.54亿元，支出总量为103400.34亿元。") == []


@pytest.mark.parametrize("group_own, found", [("1 060万元", []), ("1 860万元", ["2 635万元"])])
def test_lists_agreeing_on_some_items_only_are_of_two_subjects(tmp_path, group_own, found):
    # the school's and one specialty group's funds share their 中央 and 地方 amounts, not the other two;
    # with three of four written alike, the fourth is a slip
    school = "学校层面：预算总资金18 189万元，其中，中央财政投入资金2 100万元、地方财政投入资金2 100万元、行业企业支持资金1 860万元、学校自筹资金12 129万元。"
    group = (f"专业群层面：预算资金7 895万元，其中，中央财政投入资金2 100万元、地方财政投入资金2 100万元、行业企业支持资金{group_own}、"
             "学校自筹资金2 635万元。")
    assert conflicts(tmp_path, school, group) == found


def test_a_list_of_the_adjusted_budget_is_not_the_approved_one(tmp_path):
    # 调整后 opens the adjusted budget's list: its total differs from the approved one's by what was adjusted
    first = "批准的2025年市本级一般公共预算收入为：2025年市本级一般公共预算全口径收入为421138万元，其中：市本级一般公共预算收入114669万元，上级补助收入305711万元。"
    later = "调整后：2025年市本级一般公共预算全口径收入为522264万元，其中：市本级一般公共预算收入114669万元，上级补助收入305711万元。"
    assert conflicts(tmp_path, first, later) == []
    assert conflicts(tmp_path, first, later.replace("调整后：", "")) == ["522264万元"]
