"""Table relations: total rows, subject-code hierarchies and learnt column formulas.

Each kind has a consistent table, an inconsistent one and a rounding edge. The tables are written
for these tests in the layouts of 部门决算/部门预算 and 绩效评价报告 tables; figures come from
tests/quickfig.py so that these tests do not depend on the figure recogniser. Every expected
finding below was worked out by hand from the table it checks."""

from __future__ import annotations

import pytest
from conftest import SANGONG, corpus_file
from quickfig import doc_of, figures_of

from extractor.checks import run_checks
from extractor.errors import ReadError
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions, check_file
from extractor.relations.tables import find_table_relations
from extractor.structure import merged_header


def table_claims(*items, severities=("error", "warning")):
    """(rule, raw of the stated cell) for each table finding of the given severities."""
    doc = doc_of(*items)
    figs = figures_of(doc)
    rels = find_table_relations(doc, figs)
    found = run_checks(doc, figs, rels, ReportMeta(), CheckOptions(select=("TBL",)))[0]
    by_id = {f.id: f for f in figs}
    return sorted((f.rule, by_id[f.figures[0]].raw) for f in found if f.severity in severities)


def relations_of(*items):
    doc = doc_of(*items)
    figs = figures_of(doc)
    by_id = {f.id: f for f in figs}
    return [(r, by_id) for r in find_table_relations(doc, figs)]


# --------------------------------------------------------------------------- total rows

SANGONG_TOTALS = [
    ["项目", "年初预算数", "年末决算数"],
    ["因公出国（境）费", "0", "0"],
    ["公务接待费", "10", "9.99"],
    ["公务用车购置及运行维护费", "6", "5.43"],
    ["其中：公务用车运行维护费", "6", "5.43"],
    ["公务车购置费", "0", "0"],
    ["合计", "16", "15.42"],
]


def test_total_row_consistent_leaves_out_parts():
    # 16 = 0 + 10 + 6 and 15.42 = 0 + 9.99 + 5.43; the 其中 row (and the 购置费 row that repeats
    # its parent's words) would count 公务用车 twice
    assert table_claims("单位：万元", SANGONG_TOTALS) == []


def test_total_row_inconsistent():
    rows = [r[:] for r in SANGONG_TOTALS]
    rows[-1][2] = "15.52"  # 9.99 + 5.43 = 15.42
    assert table_claims("单位：万元", rows) == [("TBL001", "15.52")]


def test_a_table_of_averages_adds_up_across_its_columns_not_down_its_rows():
    # the 合计 row is the average of all hospitals, not the sum of the levels' averages
    rows = [
        ["2018年医院院均总收入情况", "", "", ""],
        ["", "总收入", "其中：医疗收入", "财政补助收入"],
        ["医院合计", "4250.72", "3776.49", "361.73"],
        ["省属", "19388.59", "17463.82", "1314.37"],
        ["县属", "1693.09", "1472.12", "189.17"],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[0][0] = "2018年医院总收入情况"  # the same rows as sums: 合计 is far from 省属 + 县属
    assert ("TBL001", "4250.72") in table_claims("单位：万元", rows)


def test_total_row_rounding_edge_is_information_only():
    rows = [
        ["项目", "决算数"],
        ["工资福利支出", "995.51"],
        ["商品和服务支出", "867.34"],
        ["对个人和家庭的补助", "175.99"],
        ["合计", "2038.85"],
    ]
    # 995.51 + 867.34 + 175.99 = 2038.84: inside the ±0.02 that four rounded cells allow
    assert table_claims("单位：万元", rows) == []
    assert table_claims("单位：万元", rows, severities=("info",)) == [("TBL001", "2038.85")]
    rows[-1][1] = "2038.87"  # 0.03 away: no rounding explains it
    assert table_claims("单位：万元", rows) == [("TBL001", "2038.87")]


def test_a_row_repeating_its_parents_words_after_a_part_is_a_part():
    rows = [
        ["项目", "决算数"],
        ["公务接待费", "9.99"],
        ["公务用车购置及运行维护费", "35.43"],
        ["其中：公务用车运行维护费", "5.43"],
        ["公务用车购置费", "30.00"],
        ["合计", "45.42"],
    ]
    # 购置费 belongs to 公务用车购置及运行维护费 (35.43 = 5.43 + 30.00): 合计 = 9.99 + 35.43
    assert table_claims("单位：万元", rows) == []


def test_part_rows_add_up_to_at_most_their_parent():
    rows = [
        ["项目", "决算数"],
        ["基本支出", "300.00"],
        ["其中：人员经费", "250.00"],
        ["项目支出", "200.00"],
        ["合计", "500.00"],
    ]
    # a 其中 list may be partial: 250 ≤ 300 holds, and 合计 = 300 + 200 leaves the part out
    assert table_claims("单位：万元", rows) == []
    rows[2][1] = "320.00"  # a part larger than its parent
    assert table_claims("单位：万元", rows) == [("TBL001", "300.00")]


def test_parts_without_any_mark_are_recognised_by_their_sum():
    rows = [
        ["项目", "决算数"],
        ["基本支出", "300.00"],
        ["人员经费", "250.00"],
        ["公用经费", "50.00"],
        ["项目支出", "200.00"],
        ["合计", "500.00"],
    ]
    # the PDF lost the indentation; 250 + 50 = 300 shows whose parts they are
    assert table_claims("单位：万元", rows) == []
    rows[-1][1] = "550.00"
    assert table_claims("单位：万元", rows) == [("TBL001", "550.00")]


def test_indented_sub_items_sum_to_their_parent_and_stay_out_of_the_total():
    rows = [
        ["项目", "决算数"],
        ["基本支出", "300.00"],
        ["\u3000\u3000人员经费", "250.00"],
        ["\u3000\u3000公用经费", "50.00"],
        ["项目支出", "200.00"],
        ["合计", "500.00"],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[3][1] = "40.00"  # 250 + 40 ≠ 300; the 合计 still holds on the top level
    assert table_claims("单位：万元", rows) == [("TBL001", "300.00")]


def test_numbered_sub_items_sum_to_their_parent_and_stay_out_of_the_total():
    rows = [
        ["项目", "预算数"],
        ["一、财政拨款收入", "1,500"],
        ["1.一般公共预算资金", "1,200"],
        ["2.政府性基金", "300"],
        ["3.国有资本经营预算", ""],
        ["二、事业收入", "100"],
        ["三、其他收入", ""],
        ["收入总计", "1,600"],
    ]
    assert table_claims("单位：元", rows) == []
    rows[3][1] = "200"  # 1,200 + 200 ≠ 1,500; the total still holds
    assert table_claims("单位：元", rows) == [("TBL001", "1,500")]


def test_a_numbered_total_heads_its_section_and_adds_up_the_rows_numbered_under_it():
    # a fund's account: 二、收入合计 stands between 一、期初余额 and 三、支出合计, so what it adds up is
    # (一)收入小计 + (二)上级补助收入 below it, never the opening balance above it
    rows = [
        ["项目", "预算数", "执行数"],
        ["一、期初余额", "500", "500"],
        ["二、收入合计", "900", "400"],
        ["(一)收入小计", "850", "380"],
        ["1.保险费收入", "800", "350"],
        ["2.利息收入", "50", "30"],
        ["(二)上级补助收入", "50", "20"],
        ["三、支出合计", "700", "300"],
        ["(一)支出小计", "650", "280"],
        ["1.待遇支出", "600", "250"],
        ["2.其他支出", "50", "30"],
        ["(二)上解上级支出", "50", "20"],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[6][1] = "60"  # 850 + 60 ≠ 900
    assert table_claims("单位：万元", rows) == [("TBL001", "900")]


def test_a_row_whose_blank_cells_were_dropped_stands_under_no_column():
    # 3.其他收入 was 预算 blank, 执行 10, 上年 10, 进度 blank, 增长 0.00%: a page dropped the blanks and
    # packed the rest to the left, so its 0.00% now stands under 上年执行数 (amounts): no column is known
    rows = [
        ["项目", "预算数", "执行数", "上年执行数", "执行进度(%)", "增长(%)"],
        ["收入合计", "1000", "600", "500", "60.00%", "20.00%"],
        ["1.保险费收入", "900", "540", "450", "60.00%", "20.00%"],
        ["2.利息收入", "100", "50", "40", "50.00%", "25.00%"],
        ["3.其他收入", "10", "10", "0.00%", "", ""],
    ]
    assert table_claims("单位：万元", rows) == []  # (1000 ≠ 900 + 100 + 10 if the 10 were 预算)


def test_subtotals_then_a_grand_total():
    rows = [
        ["项目", "金额"],
        ["人员经费", "40.00"],
        ["公用经费", "10.00"],
        ["基本支出小计", "50.00"],
        ["业务费", "25.00"],
        ["设备购置", "5.00"],
        ["项目支出小计", "30.00"],
        ["合计", "80.00"],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[-1][1] = "85.00"
    assert table_claims("单位：万元", rows) == [("TBL001", "85.00")]


def test_side_by_side_layout_is_split_into_column_groups():
    rows = [
        ["收入", "", "支出", ""],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "300.00", "一、一般公共服务支出", "250.00"],
        ["二、政府性基金预算财政拨款收入", "", "二、社会保障和就业支出", "40.00"],
        ["三、其他收入", "10.00", "三、住房保障支出", "25.00"],
        ["本年收入合计", "310.00", "本年支出合计", "315.00"],
        ["使用非财政拨款结余", "", "结余分配", ""],
        ["年初结转和结余", "20.00", "年末结转和结余", "15.00"],
        ["总计", "330.00", "总计", "330.00"],
    ]
    # 310 = 300 + 10; 总计 330 = 310 + 20 (left) and 315 + 15 (right)
    assert table_claims("单位：万元", rows) == []
    rows[5][3] = "305.00"  # 250 + 40 + 25 = 315; the 总计 still closes on the items (250 + 40 + 25 + 15)
    assert table_claims("单位：万元", rows) == [("TBL001", "305.00")]


def test_sub_rows_of_a_balance_row_are_not_counted_twice():
    rows = [
        ["收入", ""],
        ["项目", "决算数"],
        ["一、一般公共预算财政拨款", "300.00"],
        ["二、政府性基金预算财政拨款", ""],
        ["本年收入合计", "300.00"],
        ["年初财政拨款结转和结余", "20.00"],
        ["一、一般公共预算财政拨款", "20.00"],
        ["二、政府性基金预算财政拨款", ""],
        ["总计", "320.00"],
    ]
    assert table_claims("单位：万元", rows) == []


def test_totals_printed_above_their_items_and_a_row_number_column():
    rows = [
        ["项目", "行次", "金额"],
        ["一、收入合计", "1", "1,000.00"],
        ["其中：财政拨款收入", "2", "800.00"],
        ["事业收入", "3", "150.00"],
        ["其他收入", "4", "50.00"],
        ["二、支出合计", "5", "980.00"],
        ["基本支出", "6", "700.00"],
        ["项目支出", "7", "280.00"],
    ]
    # 行次 numbers the rows (1 + 2 + 3 + 4 is not the 1 of 收入合计)
    assert table_claims("单位：万元", rows) == []
    rows[7][2] = "290.00"
    assert table_claims("单位：万元", rows) == [("TBL001", "980.00")]


def test_repeated_header_row_where_the_table_continues():
    rows = [
        ["项目", "决算数"],
        ["一般公共服务支出", "100.00"],
        ["教育支出", "20.00"],
        ["项目", "决算数"],
        ["卫生健康支出", "5.00"],
        ["合计", "125.00"],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[-1][1] = "120.00"
    assert table_claims("单位：万元", rows) == [("TBL001", "120.00")]


# --------------------------------------------------------------------------- subject codes

CODE_COLUMN = [
    ["项目", "", "本年支出合计", "基本支出", "项目支出"],
    ["功能分类科目编码", "科目名称", "", "", ""],
    ["合计", "", "307.82", "105.58", "202.24"],
    ["201", "一般公共服务支出", "264.87", "62.63", "202.24"],
    ["20139", "社会工作事务", "264.87", "62.63", "202.24"],
    ["2013901", "行政运行", "51.32", "51.32", ""],
    ["2013950", "事业运行", "11.31", "11.31", ""],
    ["2013999", "其他社会工作事务支出", "202.24", "", "202.24"],
    ["208", "社会保障和就业支出", "42.95", "42.95", ""],
    ["20805", "行政事业单位养老支出", "10.82", "10.82", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "6.18", "6.18", ""],
    ["2080506", "机关事业单位职业年金缴费支出", "4.64", "4.64", ""],
    ["20899", "其他社会保障和就业支出", "32.13", "32.13", ""],
]


def test_code_column_hierarchy_consistent():
    # 合计 (printed above its items) = 201 + 208; 201 = 20139; 20139 = its three 项; 208 = 20805 + 20899
    assert table_claims("单位：万元", CODE_COLUMN) == []


def test_code_column_hierarchy_inconsistent():
    rows = [r[:] for r in CODE_COLUMN]
    rows[6][2] = "11.21"  # 事业运行: 51.32 + 11.21 + 202.24 = 264.77 ≠ 264.87; and 11.21 ≠ 11.31 + blank
    got = table_claims("单位：万元", rows)
    assert ("TBL001", "264.87") in got
    assert ("TBL002", "11.21") in got
    # 201 = 264.87 is not blamed: it equals its child 20139, which is the row that disagrees
    assert got.count(("TBL001", "264.87")) == 1


def test_code_hierarchy_rounding_edge():
    rows = [
        ["经济分类科目编码", "科目名称", "决算数"],
        ["302", "商品和服务支出", "10.23"],
        ["30201", "办公费", "3.78"],
        ["30211", "差旅费", "1.15"],
        ["30239", "其他交通费用", "5.29"],
    ]
    # 3.78 + 1.15 + 5.29 = 10.22: within the ±0.02 of four rounded cells, a note and no claim
    assert table_claims("单位：万元", rows) == []
    assert table_claims("单位：万元", rows, severities=("info",)) == [("TBL001", "10.23")]
    rows[1][2] = "10.25"
    assert table_claims("单位：万元", rows) == [("TBL001", "10.25")]


def test_a_parent_agreeing_with_its_deepest_codes_is_not_blamed_for_a_slip_in_between():
    rows = [r[:] for r in CODE_COLUMN]
    rows[4][2] = "264.77"  # 20139: its 项 make 264.87, and so do its 基本 + 项目; 201 says 264.87
    # one slip, one finding: the row formula computes the same 264.87 and is not reported again
    assert table_claims("单位：万元", rows) == [("TBL001", "264.77")]


def test_lei_kuan_xiang_columns():
    rows = [
        ["项目", "", "", "", "支出预算", "", ""],
        ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", "", "", "", ""],
        ["201", "", "", "一般公共服务支出", "2,932,700", "0", "2,932,700"],
        ["201", "05", "", "统计信息事务", "257,700", "0", "257,700"],
        ["201", "05", "07", "专项普查活动", "257,700", "0", "257,700"],
        ["", "29", "", "群众团体事务", "2,675,000", "0", "2,675,000"],
        ["", "", "2", "一般行政管理事务", "2,675,000", "0", "2,675,000"],
        ["208", "", "", "社会保障和就业支出", "7,234,970", "7,234,970", "0"],
        ["208", "05", "", "行政事业单位养老支出", "7,234,970", "7,234,970", "0"],
        ["208", "05", "01", "行政单位离退休", "243,120", "243,120", "0"],
        ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "6,991,850", "6,991,850", "0"],
        ["合计", "", "", "", "10,167,670", "7,234,970", "2,932,700"],
    ]
    # blank 类 cells are the 类 of the row above; 款 "2" lost its zero (20129 02)
    assert table_claims("单位：元", rows) == []
    rows[10][4] = rows[10][5] = "243,210"  # 243,210 + 6,991,850 ≠ 7,234,970 in both columns
    got = table_claims("单位：元", rows)
    assert got == [("TBL001", "7,234,970"), ("TBL001", "7,234,970")]


def test_codes_are_found_only_under_a_code_header():
    rows = [
        ["序号", "项目名称", "金额"],
        ["1", "道路养护", "100"],
        ["10", "绿化养护", "30"],
        ["11", "路灯维修", "20"],
        ["合计", "", "150"],
    ]
    # 10 and 11 are serial numbers, not children of 1 (100 ≠ 30 + 20 would be a false alarm)
    assert table_claims("单位：万元", rows) == []
    assert [len(r.data.terms) for r, _ in relations_of("单位：万元", rows)] == [3]


def test_codes_written_into_the_names():
    rows = [
        ["科目", "决算数"],
        ["201一般公共服务支出", "264.87"],
        ["20139社会工作事务", "264.87"],
        ["2013901行政运行", "51.32"],
        ["2013999其他社会工作事务支出", "213.55"],
        ["221住房保障支出", "29.42"],
        ["合计", "294.29"],
    ]
    # 合计 = 201 + 221, not the sum of every row
    assert table_claims("单位：万元", rows) == []
    rows[3][1] = "51.23"  # 51.23 + 213.55 ≠ 264.87
    assert table_claims("单位：万元", rows) == [("TBL001", "264.87")]


# --------------------------------------------------------------------------- column formulas



def test_learnt_difference_and_ratio_columns_consistent():
    # 差异 = 决算 − 预算; 比率 = 差异 / 预算: −0.58 / 16 = −3.625% → −3.63%; 0 / 0 is left alone
    assert table_claims("单位：万元", SANGONG) == []
    kinds = {(r.rule, r.kind) for r, _ in relations_of("单位：万元", SANGONG)}
    assert ("TBL002", "ratio") in kinds and ("TBL002", "linear") in kinds


QUARTER = [
    ["项目", "2024年三季度", "2023年三季度", "增长额", "增长比"],
    ["医疗收入(万元)", "4120.50", "3980.00", "140.50", "3.53%"],
    ["门诊收入(万元)", "2206.40", "2310.80", "-104.40", "-4.52%"],
    ["住院收入(万元)", "1914.10", "1669.20", "244.90", "14.67%"],
]


def test_growth_amount_and_growth_ratio_columns_are_learnt_too():
    # 增长额 = this year − last year (140.50 = 4120.50 − 3980.00); 增长比 = 增长额 / last year (3.53%)
    assert table_claims("", QUARTER) == []
    rows = [r[:] for r in QUARTER]
    rows[2][4] = "-5.42%"  # −104.40 / 2310.80 = −4.52%
    assert table_claims("", rows) == [("TBL002", "-5.42%")]


def test_a_difference_header_written_with_a_pause_mark_is_learnt():
    # 增、减额 is 增减额: 53.75 = 65.98 − 12.23 …; the item row that breaks it is flagged
    rows = [["项目", "2014年决算数", "2015年决算数", "增、减额"],
            ["1、因公出国(境)费", "12.23", "65.98", "53.75"],
            ["2、公务接待费", "977.30", "918.50", "-58.80"],
            ["3、公务用车费", "964.19", "972.75", "8.56"]]
    assert table_claims("单位：万元", rows) == []
    rows[2][3] = "-85.80"
    assert table_claims("单位：万元", rows) == [("TBL002", "-85.80")]


def test_learnt_ratio_column_flags_the_row_that_breaks_it():
    rows = [r[:] for r in SANGONG]
    rows[-1][4] = "-3.56%"
    assert table_claims("单位：万元", rows) == [("TBL002", "-3.56%")]


def test_learnt_difference_column_flags_the_row_that_breaks_it():
    rows = [r[:] for r in SANGONG]
    rows[1][3] = "-0.10"  # 9.99 − 10 = −0.01 (the ratio −0.1% still follows its own operands)
    got = table_claims("单位：万元", rows)
    # the 合计 of the difference column no longer closes either, but with −0.01 for −0.10 it does:
    # one slip, one finding
    assert got == [("TBL002", "-0.10")]


def test_ratio_rounding_edge():
    rows = [
        ["项目", "全年预算数", "全年执行数", "执行率"],
        ["基本支出", "300", "291", "97.00%"],
        ["项目支出", "120", "96", "80.00%"],
        ["其他支出", "3", "2", "66.67%"],
    ]
    # 2 / 3 = 66.666…% → 66.67% (whole amounts are exact)
    assert table_claims("单位：万元", rows) == []
    rows[3][3] = "66.68%"  # neither rounded nor truncated (66.66% would be a truncation: a note)
    assert table_claims("单位：万元", rows) == [("TBL002", "66.68%")]
    rows[3][3] = "66.66%"
    # written to the cent, 2.00 / 3.00 may be anything in [66.39%, 66.95%]: only a rounding note
    rows[3][1:3] = ["3.00", "2.00"]
    assert table_claims("单位：万元", rows) == []
    assert table_claims("单位：万元", rows, severities=("info",)) == [("TBL002", "66.66%")]


def test_sum_column_learnt_with_blanks_as_zero():
    rows = [
        ["项目", "本年支出合计", "基本支出", "项目支出", "经营支出"],
        ["一般公共服务支出", "264.87", "62.63", "202.24", ""],
        ["社会保障和就业支出", "10.82", "10.82", "", ""],
        ["卫生健康支出", "2.71", "2.71", "", ""],
        ["住房保障支出", "29.42", "29.42", "", ""],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[1][1] = "264.78"
    assert table_claims("单位：万元", rows) == [("TBL002", "264.78")]


def test_learnt_balance_column():
    rows = [
        ["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
        ["一般公共服务支出", "20.00", "300.00", "310.00", "10.00"],
        ["社会保障和就业支出", "5.00", "40.00", "40.00", "5.00"],
        ["住房保障支出", "", "25.00", "20.00", "5.00"],
        ["合计", "25.00", "365.00", "370.00", "20.00"],
    ]
    # 年末 = 年初 + 收入 − 支出 on every row with its three operands
    assert table_claims("单位：万元", rows) == []
    rows[1][4] = "12.00"  # the row says 10.00; the column's 合计 20.00 holds again with it: one finding
    assert table_claims("单位：万元", rows) == [("TBL002", "12.00")]


def test_derived_looking_column_that_follows_no_formula_stays_silent():
    rows = [
        ["指标", "年度目标值", "实际完成值", "偏差率", "得分"],
        ["培训人次", "500", "620", "12%", "10"],
        ["覆盖社区", "13", "13", "5%", "10"],
        ["群众满意度", "90", "95", "40%", "8"],
    ]
    assert table_claims(rows) == []
    assert [r for r, _ in relations_of(rows) if r.rule == "TBL002"] == []


def test_a_formula_is_never_learnt_from_one_row():
    rows = [
        ["项目", "预算数", "决算数", "差异"],
        ["公务接待费", "10.00", "9.00", "-1.00"],
        ["公务用车运行维护费", "6.00", "5.00", "-2.00"],
    ]
    # only the first row follows 决算 − 预算; the second could as well be the one that is right
    assert table_claims("单位：万元", rows) == []


def test_zero_rows_are_no_evidence():
    rows = [
        ["项目", "预算数", "决算数", "差额"],
        ["因公出国（境）费", "0", "0", "0"],
        ["公务用车购置费", "0", "0", "0"],
        ["公务接待费", "10.00", "8.00", "3.00"],
    ]
    assert table_claims("单位：万元", rows) == []


def test_share_column_over_the_total_row():
    rows = [
        ["项目", "金额", "占比"],
        ["基本支出", "300.00", "60.00%"],
        ["项目支出", "150.00", "30.00%"],
        ["其他支出", "50.00", "10.00%"],
        ["合计", "500.00", "100.00%"],
    ]
    assert table_claims("单位：万元", rows) == []
    rows[2][2] = "35.00%"  # 150 / 500 = 30%
    assert table_claims("单位：万元", rows) == [("TBL002", "35.00%")]


def test_a_table_whose_columns_change_meaning_is_read_in_sections():
    rows = [
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", "100.00", "120.00", "114.00", "10", "95.00%", "9.5"],
        ["其中：当年财政拨款", "", "100.00", "110.00", "104.50", "—", "95.00%", "—"],
        ["上年结转资金", "", "", "10.00", "9.50", "—", "90.00%", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "培训人次", "500", "620", "10", "10", ""],
        ["产出指标", "质量指标", "合格率", "95%", "98%", "10", "10", ""],
        ["效益指标", "社会效益指标", "受益人数", "1000", "1200", "20", "18", "宣传不足"],
    ]
    # 执行率 = 全年执行数 / 全年预算数 on the funding rows (9.50 / 10.00 = 95%, not 90%); the
    # indicator rows below their own header are not rows of that column
    assert table_claims(rows) == [("TBL002", "90.00%")]


# --------------------------------------------------------------------------- real tables


def _real_table_claims(path):
    from extractor.readers import read_document

    try:
        doc = read_document(path)
    except ReadError as e:
        pytest.skip(f"no reader for {path.name} here: {e.reason}")
    figs = figures_of(doc)
    rels = find_table_relations(doc, figs)
    found = run_checks(doc, figs, rels, ReportMeta(), CheckOptions(select=("TBL",)))[0]
    return [f for f in found if f.severity != "info"], rels


@pytest.mark.corpus
def test_wuyang_sangong_table_is_silent():
    claims, rels = _real_table_claims(corpus_file("wuyang-2021", "report.txt"))
    assert claims == []
    assert {r.rule for r in rels} == {"TBL001", "TBL002"}


@pytest.mark.corpus
@pytest.mark.parametrize("folder", ["putuo-social-2024", "putuo-planning-2024", "putuo-wanli-budget-2024"])
def test_published_accounts_are_silent(folder):
    claims, rels = _real_table_claims(corpus_file(folder, "report.pdf"))
    assert claims == []
    assert len(rels) > 50


@pytest.mark.corpus
def test_wanli_2025_one_yuan_gap_is_a_rounding_note():
    # PDF pages 12, 17 and 23 of the published budget (tables starting p10, p14, p20) print 212 01 城乡社区管理事务 as 94,995,790元 while its
    # four 项 (17,887,739 + 17,464,243 + 6,522,681 + 53,121,126) and its 基本 + 项目 split
    # (77,381,546 + 17,614,243) both make 94,995,789元; 212 itself (154,369,326) agrees with the 项.
    # Whole 元 stand for amounts kept in 分 and printed rounded, so 1元 is inside rounding: a note, no claim.
    path = corpus_file("putuo-wanli-budget-2025", "report.pdf")
    claims, _ = _real_table_claims(path)
    assert claims == []
    from extractor.readers import read_document

    doc = read_document(path)
    figs = figures_of(doc)
    notes = run_checks(doc, figs, find_table_relations(doc, figs), ReportMeta(), CheckOptions(select=("TBL",)))[0]
    assert any(f.stated == "94,995,790元" and f.severity == "info" for f in notes)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("folder", "name"),
    [("wuyang-2021", "report.docx"), ("putuo-social-2024", "report.pdf"), ("putuo-wanli-budget-2025", "report.pdf")],
)
def test_through_the_pipeline_with_the_figure_recogniser(folder, name):
    from extractor.pipeline import check_file

    result = check_file(corpus_file(folder, name), CheckOptions(select=("TBL",)))
    if result.status != "ok":
        pytest.skip(f"{name} could not be read here: {result.error}")
    claims = [f for f in result.findings if f.severity != "info"]
    assert claims == []  # wanli-2025's 1元 gap is rounding of 分 (see the test above)


def test_a_column_of_equal_rates_under_a_total_of_the_same_rate_adds_up_nothing():
    # a header that lost its 占调整预算% (flattened): 100, 100, 100 over a total of 100 are rates, not parts;
    # the 金额 column still adds up (401 + 2442 = 2843)
    rows = [["项目", "执行数", "占调整预算"], ["本级收入", "401", "100"], ["转移性收入", "2442", "100"],
            ["收入总计", "2843", "100"]]
    assert table_claims("单位：万元", rows) == []
    rows[-1][1] = "2834"
    assert table_claims("单位：万元", rows) == [("TBL001", "2834")]


# --------------------------------------------------------------------------- a 合计 column of a one-row table

PURCHASE_ROW = ("2025年政府采购预算表\n单位：万元\n"
                "| 政府采购预算数 | | | | | | 其他资金 |\n"
                "| 合计 | 货物类 | 服务类 | 工程类 | | | |\n"
                "| | | | 小计 | 新建 | 修缮 | |\n"
                "| {total} | 120.00 | 35.50 | 86.20 | 60.00 | {repair} | 443.18 |\n")


def _wrong_cells(tmp_path, text):
    """The stated cell of each error the sums of a table give (TBL002 of its layout; SUM002 where an identity reads it)."""
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, CheckOptions())
    raw = {g.id: g.raw for g in result.figures}
    return sorted((f.rule, raw[f.figures[0]]) for f in result.findings if f.rule in ("TBL002", "SUM002") and f.severity == "error")


@pytest.mark.parametrize(("total", "repair", "expected"), [
    ("241.70", "26.20", []),  # 120.00 + 35.50 + 86.20 = 241.70 and 60.00 + 26.20 = 86.20; 其他资金 is beside them
    ("214.70", "26.20", [("TBL002", "214.70")]),
    ("241.70", "62.20", [("TBL002", "86.20")]),  # the 小计 of its own heading: 60.00 + 62.20 = 122.20
])
def test_a_total_column_of_a_one_row_table_adds_up_the_columns_under_its_heading(tmp_path, total, repair, expected):
    assert _wrong_cells(tmp_path, PURCHASE_ROW.format(total=total, repair=repair)) == expected


def test_a_one_row_sangong_table_is_read_once_by_its_identities(tmp_path):
    # 1.35 + 46.56 = 47.91 ≠ 48.91: the identity (三公经费 = its three parts) says it, the layout adds nothing
    text = ("2024年“三公”经费预算表\n单位：万元\n| 2024年“三公”经费预算数 | | | | | | 2024年机关运行经费预算数 |\n"
            "| 合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费 | | | |\n| | | | 小计 | 购置费 | 运行费 | |\n"
            "| 48.91 | 0 | 1.35 | 46.56 | 25 | 21.56 | 443.18 |\n")
    assert _wrong_cells(tmp_path, text) == [("SUM002", "48.91")]


@pytest.mark.parametrize(("total", "expected"), [("1388", []), ("1398", [("TBL002", "1398")])])
def test_a_total_column_last_in_a_one_row_table(tmp_path, total, expected):
    # 439 + 273 + 676 = 1388
    text = ("附表1：2023年资金分配表（单位：万元）\n| 县（市、区） | 袁州 | 奉新 | 万载 | 合计 |\n"
            f"| 金额 | 439 | 273 | 676 | {total} |\n")
    assert _wrong_cells(tmp_path, text) == expected


def test_a_header_whose_rows_slipped_gives_no_layout(tmp_path):
    # 合计 over 小计 and 因公出国（境）费 over 公务用车运行维护费: the second header row slipped left; nothing is read
    text = ("2016年“三公”经费预算财政拨款情况表\n单位：万元\n"
            "| 合 计 | 因公出国(境)费 | 公务用车费 | 公务接待费 | | |\n"
            "| 小 计 | 公务用车运行维护费 | 公务用车购置费 | | | |\n"
            "| 1.7 | 0 | 0 | 0 | 0 | 1.7 |\n")
    assert _wrong_cells(tmp_path, text) == []


# --------------------------------------------------------------------------- a web table's second header row

@pytest.mark.parametrize(("change", "expected"), [("53.75", []), ("55.75", [("TBL002", "55.75")])])
def test_a_second_header_row_written_from_the_first_column_splits_the_heading_sharing_its_words(tmp_path, change, expected):
    # a web table does not write again the cells spanning both header rows: 增、减额 and 增、减幅度 sit under
    # 增、减情况, so the first value column after it is 2015 − 2014 (65.98 − 12.23 = 53.75)
    text = ("2015年“三公”经费决算统计表\n单位：万元\n"
            "| 项 目 | 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 | |\n"
            "| 增、减额 | 增、减幅度 | | | |\n"
            f"| 因公出国（境）费 | 12.23 | 65.98 | {change} | 439.5% |\n"
            "| 公务接待费 | 977.3 | 918.5 | -58.8 | -6.0% |\n"
            "| 公务用车运行维护费 | 918.19 | 939.99 | 21.8 | 2.4% |\n"
            "| 公务用车购置费 | 46 | 32.76 | -13.24 | -28.8% |\n")
    assert _wrong_cells(tmp_path, text) == expected


def test_merged_header_leaves_a_second_row_alone_when_no_one_heading_shares_its_words():
    # 公务用车 is in two headings: which one the sub-row splits, the text does not say
    rows = [["合计", "因公出国（境）费", "公务用车费", "公务接待费", "", ""], ["小计", "公务用车运行维护费", "公务用车购置费", "", "", ""]]
    assert merged_header(rows, 6)[1][:3] == ["小计", "公务用车运行维护费", "公务用车购置费"]
