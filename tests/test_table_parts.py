"""Table rows that are parts of the row above them (其中 rows) and subject codes a PDF garbled.
The tables are written for these tests; every expected finding was worked out by hand."""

from __future__ import annotations

from test_table_relations import table_claims

from extractor.pipeline import check_file

FUNCTION_CODES = [
    ["科目编码", "科目名称", "金额"],
    ["201", "一般公共服务支出", "100.00"],
    ["20101", "人大事务", "100.00"],
    ["2010101", "行政运行", "100.00"],
    ["210", "卫生健康支出", "50.00"],
    ["21001", "卫生健康管理事务", "50.00"],
    ["2100101", "行政运行", "50.00"],
    ["合计", "", "150.00"],
]


def test_a_class_code_garbled_to_one_digit_opens_no_group():
    rows = [list(r) for r in FUNCTION_CODES]
    assert table_claims("单位：万元", rows) == []
    rows[4][0] = "7"  # "210" as a PDF gave it: 100 + 50 still make 150
    assert table_claims("单位：万元", rows) == []
    rows[7][2] = "160.00"  # the total is still checked: 100 + 50 ≠ 160
    assert table_claims("单位：万元", rows) == [("TBL001", "160.00")]


def test_a_garbled_class_code_in_its_own_column():
    rows = [
        ["类", "款", "项", "科目名称", "金额"],
        ["201", "", "", "一般公共服务支出", "100.00"],
        ["201", "01", "", "人大事务", "100.00"],
        ["201", "01", "01", "行政运行", "100.00"],
        ["4", "", "", "卫生健康支出", "50.00"],
        ["210", "01", "", "卫生健康管理事务", "50.00"],
        ["210", "01", "01", "行政运行", "50.00"],
        ["合计", "", "", "", "150.00"],
    ]
    assert table_claims("单位：万元", rows) == []


def test_a_part_row_larger_than_the_code_row_above_it():
    rows = [list(r) for r in FUNCTION_CODES]
    rows.insert(4, ["", "其中：人员经费", "80.00"])
    assert table_claims("单位：万元", rows) == []  # 80 ≤ 100: a part may be partial
    rows[4][2] = "120.00"
    assert table_claims("单位：万元", rows) == [("TBL001", "100.00")]


def test_a_part_row_larger_than_the_total_above_it():
    rows = [["项目", "决算数"], ["支出合计", "500.00"], ["其中：基本支出", "420.00"], ["项目支出", "80.00"]]
    assert table_claims("单位：万元", rows) == []
    rows[2][1] = "520.00"
    assert table_claims("单位：万元", rows) == [("TBL001", "500.00")]


def test_parts_of_an_item_row_add_up_to_at_most_it():
    rows = [["项目", "决算数"], ["基本支出", "300.00"], ["其中：人员经费", "250.00"], ["其中：公用经费", "60.00"],
            ["项目支出", "200.00"], ["合计", "500.00"]]
    # 250 + 60 = 310 > 300
    assert table_claims("单位：万元", rows) == [("TBL001", "300.00")]
    rows[3][1] = "40.00"
    assert table_claims("单位：万元", rows) == []



def test_a_part_may_exceed_its_total_in_a_column_of_signed_changes():
    # 公务用车费 +8.56 = 运行维护费 +21.80 − 购置 13.24: a column of changes, a sibling negative
    rows = [["项目", "2014年决算数", "2015年决算数", "增减额"],
            ["公务接待费", "977.30", "918.50", "-58.80"],
            ["公务用车费", "964.19", "972.75", "8.56"],
            ["其中：(1)公务用车运行维护费", "918.19", "939.99", "21.80"],
            ["(2)公务用车购置", "46.00", "32.76", "-13.24"],
            ["合计", "1941.49", "1891.25", "-50.24"]]
    assert table_claims("单位：万元", rows) == []


def _tbl001(tmp_path, text: str) -> list[str]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return [f.message for f in check_file(path).findings if f.rule == "TBL001"]


def test_a_bare_score_over_rows_of_a_measure_is_no_sum(tmp_path):
    # the 其中 rows lack the 分值 cell, so their 亩 and 只 stand under the parent's 分值 and 三级指标:
    # a bare score (20) or an indicator's name is no total of 亩
    text = ("某镇2023年度项目绩效自评表\n"
            "二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因 | ||\n"
            "数量指标 | 补助蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||\n"
            "其中桃树种植面积 | 1.5亩 | 1.5亩 | ||||||||\n其中露天蔬菜 | 25亩 | 25亩 | ||||||||\n"
            "其中大棚蔬菜 | 3亩 | 3亩 | ||||||||\n"
            "补助家禽养殖数量 | 10 | 190只 | 190只 | 10 | ||||||\n"
            "其中鸡养殖数量 | 170只 | 170只 | ||||||||\n其中鸭养殖数量 | 20只 | 20只 | ||||||||\n")
    assert _tbl001(tmp_path, text) == []


def test_rows_of_one_measure_are_still_held_to_their_parent(tmp_path):
    text = ("某镇2023年度项目产出情况\n指标 | 年度指标值 | 全年实际值 |\n补助蔬菜种植面积 | 29.5亩 | 29.5亩 |\n"
            "其中桃树种植面积 | 1.5亩 | 1.5亩 |\n其中露天蔬菜 | 25亩 | 25亩 |\n其中大棚蔬菜 | 3亩 | 3亩 |\n")
    assert _tbl001(tmp_path, text) == []
    # 1.5 + 26 + 3 = 30.5 > 29.5 in both columns
    assert len(_tbl001(tmp_path, text.replace("25亩", "26亩"))) == 2


def test_a_higher_numbering_after_an_item_is_no_sub_item_of_it(tmp_path):
    # three fund tables run together: "四、滚存结余" and the next table's "一、上年结余" are no items of "4、上解上级支出"
    text = ("医保基金2024年财务公开\n单位：万元\n职工基本医疗 | |\n指标名称 | 金额 |\n一、上年结余 | 1079.96 |\n二、收入合计 | 21772.41 |\n"
            "1、基本医疗保险费收入 | 13857.11 |\n2、上级补助收入 | 7915.30 |\n三、支出合计 | 21885.53 |\n1、待遇支出 | 7816.03 |\n"
            "2、上解上级支出 | 14069.5 |\n四、滚存结余 | 966.84 |\n城乡居民医疗 | |\n指标名称 | 金额 |\n一、上年结余 | 354.15 |\n"
            "二、收入合计 | 8689.16 |\n1、基本医疗保险费收入 | 3646.49 |\n2、上级补助收入 | 5042.67 |\n")
    assert _tbl001(tmp_path, text) == []
    # a deeper numbering is still held to its parent: 7816.03 + 14069.5 = 21885.53, 14169.5 makes 21985.53
    assert len(_tbl001(tmp_path, text.replace("14069.5", "14169.5"))) == 1
