"""Figures in documents: table cells, labels, scope and period, offsets and ids.

Paragraphs and tables here are written for these tests in the style of real reports.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.figures import extract_figures, find_figures
from extractor.model import Block
from extractor.structure import build_document


def para(text: str) -> Block:
    return Block(index=0, kind="paragraph", text=text)


def table(rows: list[list[str]]) -> Block:
    return Block(index=0, kind="table", text="", rows=rows)


def doc_of(*blocks: Block):
    return build_document(list(blocks), path="t.txt", fmt="txt", sha256="0")


def cells(figures):
    return {(f.row, f.col): f for f in figures if f.table}


# --------------------------------------------------------------------------- tables


def test_three_public_table_takes_caption_unit_and_rate_column():
    doc = doc_of(
        para("金额单位：万元"),
        table([
            ["项目", "年初预算数", "年末决算数", "金额差异", "超支节约比率"],
            ["公务接待费", "8", "7.65", "-0.35", "-4.4%"],
            ["其中：公务用车运行维护费", "4", "4", "0", "0"],
            ["合计", "12", "11.65", "-0.35", "-2.92%"],
        ]),
    )
    figs = extract_figures(doc)
    got = cells(figs)
    assert len(got) == 12  # header and row names are not figures
    f = got[(1, 2)]
    assert (f.kind, f.value, f.unit, f.decimals, f.yuan) == ("money", Decimal("7.65"), "万元", 2, Decimal("76500"))
    assert f.label == "公务接待费·年末决算数"
    assert f.period == "年末"
    assert "公务接待费" in f.scope and "决算" in f.scope
    assert (got[(1, 3)].value, got[(1, 3)].unit) == (Decimal("-0.35"), "万元")
    # a rate column: "0" is a percentage, and so is -4.4%
    assert (got[(2, 4)].kind, got[(2, 4)].unit, got[(2, 4)].value) == ("percent", "%", Decimal("0"))
    assert (got[(1, 4)].kind, got[(1, 4)].value) == ("percent", Decimal("-4.4"))
    assert got[(2, 1)].label == "公务用车运行维护费·年初预算数"  # 其中： trimmed
    assert got[(3, 1)].label == "合计·年初预算数"
    for f in figs:
        assert doc.text[f.start:f.end] == f.raw
        assert f.table and f.block == 1


def test_final_accounts_table_skips_codes_and_numbering_row():
    doc = doc_of(
        para("一般公共预算财政拨款支出决算表"),
        para("单位：万元"),
        table([
            ["项目", "", "本年支出合计", "基本支出", "项目支出"],
            ["功能分类科目编码", "科目名称", "", "", ""],
            ["栏次", "", "1", "2", "3"],
            ["合计", "", "1,286.40", "986.40", "300.00"],
            ["201", "一般公共服务支出", "1,100.00", "800.00", "300.00"],
            ["2010301", "行政运行", "800.00", "800.00", ""],
        ]),
    )
    got = cells(extract_figures(doc))
    assert set(got) == {(3, 2), (3, 3), (3, 4), (4, 2), (4, 3), (4, 4), (5, 2), (5, 3)}
    assert got[(3, 2)].value == Decimal("1286.40")
    assert got[(5, 3)].label == "行政运行·基本支出"
    assert got[(3, 2)].label == "合计·本年支出合计"
    assert got[(5, 3)].unit == "万元"
    assert "基本支出" in got[(5, 3)].scope


def test_continued_table_without_header_skips_codes_before_the_row_name():
    doc = doc_of(
        para("单位：万元"),
        table([
            ["2101101", "行政单位医疗", "2.22", "2.22", ""],
            ["2210201", "住房公积金", "17.70", "17.70", ""],
        ]),
    )
    got = cells(extract_figures(doc))
    assert set(got) == {(0, 2), (0, 3), (1, 2), (1, 3)}
    assert got[(1, 2)].label == "住房公积金"


def test_side_by_side_layout_pairs_each_number_with_its_own_name():
    doc = doc_of(
        para("单位：万元"),
        table([
            ["收入", "", "支出", ""],
            ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "307.82", "一、一般公共服务支出", "264.87"],
            ["", "", "二、社会保障和就业支出", "10.82"],
        ]),
    )
    got = cells(extract_figures(doc))
    assert got[(2, 1)].label.startswith("一般公共预算财政拨款收入·")
    assert got[(2, 3)].label.startswith("一般公共服务支出·")
    assert got[(3, 3)].label.startswith("社会保障和就业支出·")
    assert "收入" in got[(2, 1)].scope and "支出" in got[(2, 3)].scope


def test_units_from_column_headers_and_serial_numbers_skipped():
    doc = doc_of(
        table([
            ["序号", "项目名称", "补助金额（元）", "受益人数（人）", "完成率"],
            ["1", "困难群众临时救助", "56,000", "112", "98.5"],
            ["2", "高龄津贴", "120,500.50", "241", "100"],
        ]),
    )
    got = cells(extract_figures(doc))
    assert set(got) == {(1, 2), (1, 3), (1, 4), (2, 2), (2, 3), (2, 4)}
    assert (got[(1, 2)].kind, got[(1, 2)].unit, got[(1, 2)].value) == ("money", "元", Decimal("56000"))
    assert (got[(2, 2)].decimals, got[(2, 2)].yuan) == (2, Decimal("120500.50"))
    assert (got[(1, 3)].kind, got[(1, 3)].unit) == ("count", "人")
    assert (got[(2, 4)].kind, got[(2, 4)].unit) == ("percent", "%")


def test_indicator_table_reads_text_cells_and_score_columns():
    doc = doc_of(
        table([
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训人次", "≥500人次", "620人次", "10", "10"],
            ["效益指标", "满意度指标", "服务对象满意度", "≥90%", "96%", "10", "9.5"],
        ]),
    )
    got = cells(extract_figures(doc))
    assert (got[(1, 3)].kind, got[(1, 3)].value, got[(1, 3)].unit, got[(1, 3)].approx) == ("count", Decimal("500"), "人次", "at-least")
    assert (got[(1, 4)].value, got[(1, 4)].unit) == (Decimal("620"), "人次")
    assert (got[(2, 6)].kind, got[(2, 6)].value, got[(2, 6)].unit) == ("count", Decimal("9.5"), "分")
    assert got[(2, 6)].label == "服务对象满意度·得分"
    assert (got[(2, 3)].kind, got[(2, 3)].value) == ("percent", Decimal("90"))


def test_table_without_any_unit_gives_plain_numbers():
    doc = doc_of(table([["项目", "数值"], ["甲", "12.5"]]))
    (f,) = extract_figures(doc)
    assert (f.kind, f.unit, f.value) == ("number", "", Decimal("12.5"))


# --------------------------------------------------------------------------- labels, scope, period


@pytest.fixture(scope="module")
def basic():
    doc = doc_of(
        para("二、部门整体支出管理及使用情况"),
        para("（1）基本支出"),
        para("2023年年初预算批复的基本支出为856.20万元，年中追加 45.30万元（占年初预算批复数5.29%），上年指标结转12.00万元。"
             "全年财政拨款支出为890.10万元，其中政府性基金财政拨款6.5万元。年末财政拨款结转和结余23.40万元。"),
        para("（2）项目支出"),
        para("决算数与年初预算指标对比，项目支出差异310.25万元，其中商品和服务支出差异120.05万元。"),
    )
    return doc, {f.raw.strip(): f for f in extract_figures(doc)}


@pytest.mark.parametrize(
    ("raw", "label", "period"),
    [
        ("856.20万元", "年初预算批复的基本支出", "年初"),
        ("45.30万元", "年中追加", "年中"),
        ("5.29%", "占年初预算批复数", "年初"),
        ("12.00万元", "上年指标结转", "上年"),
        ("890.10万元", "全年财政拨款支出", "全年"),
        ("6.5万元", "政府性基金财政拨款", None),
        ("23.40万元", "年末财政拨款结转和结余", "年末"),
        ("310.25万元", "项目支出差异", None),
        ("120.05万元", "商品和服务支出差异", None),
    ],
)
def test_labels_and_periods(basic, raw, label, period):
    _, by_raw = basic
    f = by_raw[raw]
    assert (f.label, f.period) == (label, period)


def test_scope_inherits_from_heading_and_subject(basic):
    _, f = basic
    assert "基本支出" in f["45.30万元"].scope  # the heading （1）基本支出 governs the paragraph
    assert "预算" in f["45.30万元"].scope  # the sentence's subject says 预算
    assert {"财政拨款", "政府性基金", "基本支出"} <= set(f["6.5万元"].scope)
    assert "项目支出" in f["120.05万元"].scope and "基本支出" not in f["120.05万元"].scope
    assert "公用经费" in f["120.05万元"].scope  # 商品和服务支出 is 公用经费


def test_section_path_offsets_and_ids(basic):
    doc, _ = basic
    figs = extract_figures(doc)
    assert [f.id for f in figs] == [f"F{i}" for i in range(1, len(figs) + 1)]
    assert all(doc.text[f.start:f.end] == f.raw for f in figs)
    assert figs[0].section == ["二、部门整体支出管理及使用情况", "（1）基本支出"]
    assert figs[-1].section[-1] == "（2）项目支出"
    assert [f.start for f in figs] == sorted(f.start for f in figs)


def test_three_public_scope_and_comparison_is_not_a_period():
    doc = doc_of(
        para("（三）“三公”经费情况"),
        para("全年决算支出“三公”经费8.60万元，其中公务接待费3.20万元、公务用车购置及运行维护费5.40万元，较上年增加0.50万元。"),
    )
    f = {x.raw: x for x in extract_figures(doc)}
    assert "三公经费" in f["8.60万元"].scope
    assert {"三公经费", "公务接待费"} <= set(f["3.20万元"].scope)
    assert "公务用车购置及运行维护费" in f["5.40万元"].scope
    assert "公务用车购置费" not in f["5.40万元"].scope  # the combined item, not 购置 alone
    assert f["0.50万元"].period is None  # 较上年 names the base of a comparison
    assert f["3.20万元"].label == "公务接待费"


def test_count_labels_take_the_counted_noun_and_share_across_a_pair():
    doc = doc_of(para("2023年发展党员12名，纳入监测对象15户42人，建设4个党建示范点，1人党内除名。"))
    f = {x.raw: x for x in extract_figures(doc)}
    assert f["12名"].label == "发展党员"
    assert f["15户"].label == f["42人"].label == "纳入监测对象"
    assert f["4个"].label == "建设党建示范点"
    assert f["1人"].label == "党内除名"


def test_heading_numbers_are_not_figures():
    doc = doc_of(para("3、资金支出管理："), para("（2）发放补贴5000元。"))
    assert [f.raw for f in extract_figures(doc)] == ["5000元"]


def test_self_evaluation_form_has_two_header_zones():
    """A 绩效自评表: funding rows under their header, then indicator rows under theirs."""
    doc = doc_of(
        table([
            ["项目名称", "农村公路养护", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "100", "120", "115", "10", "95.83%", "9.6"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["产出指标", "数量指标", "养护里程", "≥80公里", "86公里", "20", "20", ""],
            ["效益指标", "满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""],
            ["总分", "", "", "", "", "100", "95.6", ""],
        ]),
    )
    got = cells(extract_figures(doc))
    assert (got[(2, 3)].unit, got[(2, 3)].label) == ("万元", "年度资金总额·全年预算数")
    assert (got[(2, 6)].kind, got[(2, 6)].value) == ("percent", Decimal("95.83"))
    assert (got[(2, 5)].unit, got[(2, 7)].unit) == ("分", "分")
    # the indicator rows read their own header, not the funding one
    assert (got[(4, 3)].value, got[(4, 3)].unit, got[(4, 3)].approx) == (Decimal("80"), "公里", "at-least")
    assert (got[(4, 5)].unit, got[(4, 5)].label) == ("分", "养护里程·分值")
    assert (got[(4, 6)].unit, got[(4, 6)].label) == ("分", "养护里程·得分")
    assert (got[(6, 6)].kind, got[(6, 6)].value, got[(6, 6)].label) == ("count", Decimal("95.6"), "总分·得分")
    assert not any(f.unit == "万元" for (r, _), f in got.items() if r >= 4)


def test_indicator_table_of_text_values_only():
    doc = doc_of(table([["三级指标", "年度指标值", "实际完成值"], ["培训人次", "≥500人次", "620人次"]]))
    got = cells(extract_figures(doc))
    assert [(k, f.value) for k, f in sorted(got.items())] == [((1, 1), Decimal("500")), ((1, 2), Decimal("620"))]


def test_an_aside_before_the_verb_does_not_hide_the_name():
    # bug caught on a real 决算: the bracket and 为 stood between the noun and its number
    doc = doc_of(para("本部门2024年度政府采购金额（以合同签订为准）为318.40万元，其中：货物采购金额18.40万元。"))
    f = {x.raw: x for x in extract_figures(doc)}["318.40万元"]
    assert f.label == "本部门政府采购金额"


def test_a_count_names_what_it_counts_when_a_noun_phrase_follows():
    doc = doc_of(para("全镇已确权368个扶贫项目资产，我镇开展2次大排查，今年累计帮扶5家企业完成技术改造。"))
    f = {x.raw: x for x in extract_figures(doc)}
    assert f["368个"].label == "全镇已确权扶贫项目资产"
    assert f["2次"].label == "我镇开展大排查"
    assert f["5家"].label == "今年累计帮扶"  # 企业完成技术改造 says what was done, not what is counted


def test_a_count_in_wan_keeps_the_precision_it_was_written_with():
    # 128.69万人次 is rounded to the hundred; a whole 12万人 stays a whole count
    got = {f.raw: (f.value, f.decimals) for f in find_figures("门急诊128.69万人次，服务人口12万人。")}
    assert got == {"128.69万人次": (Decimal("1286900"), -2), "12万人": (Decimal("120000"), 0)}


def test_a_number_written_with_its_wan_group_in_digits():
    # news style: 3万4993.1亿元 is 34993.1亿元, 12万5000元 is 125000元; the part after 万 is the lower group
    got = {f.raw: (f.value, f.unit) for f in find_figures("规模为3万4993.1亿元，其中1万301.5亿元；奖金12万5000元，惠及1万2000人。")}
    assert got == {"3万4993.1亿元": (Decimal("34993.1"), "亿元"), "1万301.5亿元": (Decimal("10301.5"), "亿元"),
                   "12万5000元": (Decimal("125000"), "元"), "1万2000人": (Decimal("12000"), "人")}


@pytest.mark.parametrize("text", ["采购规模3万亿元（6678亿新元）。", "出口额20亿美元，投资资金10万日元。", "筹集资金5亿港元。"])
def test_a_bare_wan_or_yi_before_another_currency_is_no_amount_in_yuan(text):
    # 6678亿新元 is in Singapore dollars: only the 万亿元 beside it is money
    assert [f.raw for f in find_figures(text) if f.kind == "money"] == (["3万亿元"] if "亿元" in text else [])


def test_numbers_written_with_their_yi_and_wan_groups_in_digits():
    # each group is ten thousand of the next: 1亿2000万元 = 12000万元, 408亿412万4千元 = 40804124000元
    got = {f.raw: (f.value, f.unit) for f in find_figures(
        "支出1亿2000万元、2亿3千万元，成本408亿412万4千元，短绌19万5千元、1,235万6千元。")}
    assert got == {"1亿2000万元": (Decimal("12000"), "万元"), "2亿3千万元": (Decimal("23000"), "万元"),
                   "408亿412万4千元": (Decimal("40804124000"), "元"), "19万5千元": (Decimal("195000"), "元"),
                   "1,235万6千元": (Decimal("12356000"), "元")}


def test_thousands_and_hundreds_of_wan_are_read_in_wan():
    # 3千万元 = 3000万元, a whole number exact as whole 万元 are; 1.5千万元 is 1500万元 to the hundred
    got = {f.raw: (f.value, f.unit, f.decimals) for f in find_figures("投入3千万元，补助5百万元，贷款1.5千万元，另投资金2千万。")}
    assert got == {"3千万元": (Decimal("3000"), "万元", 0), "5百万元": (Decimal("500"), "万元", 0),
                   "1.5千万元": (Decimal("1500"), "万元", -2), "2千万": (Decimal("2000"), "万元", 0)}
