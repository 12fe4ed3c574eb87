"""Table rows that are parts of the row above them (其中 rows) and subject codes a PDF garbled.
The tables are written for these tests; every expected finding was worked out by hand."""

from __future__ import annotations

from test_table_relations import table_claims

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
