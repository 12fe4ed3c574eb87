"""Facts and the identities of budget reporting: conflicts between restatements, scoped sums and
the roll-forward. Sentences written for these tests; figures from tests/quickfig.py."""

from __future__ import annotations

import pytest
from quickfig import doc_of, figures_of

from extractor.checks import run_checks
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions, check_file
from extractor.relations import find_relations
from extractor.relations.facts import fact_of
from extractor.relations.mentions import build_mentions


def claims(*items):
    doc = doc_of(*items)
    figs = figures_of(doc)
    found = run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
    by_id = {f.id: f for f in figs}
    return [(f.rule, by_id[f.figures[0]].raw) for f in found if f.severity != "info"]


def keys(*items):
    doc = doc_of(*items)
    out = {}
    for m in build_mentions(doc, figures_of(doc)):
        f = fact_of(m)
        out[m.fig.raw] = (f.key.measure, f.key.scope, f.key.funds, f.key.stage) if f else None
    return out


def test_fact_keys_name_measure_scope_funds_stage():
    k = keys(
        "一、总体情况",
        "单位本年度财政拨款决算支出合计600.00万元，其中：基本支出400.00万元，项目支出200.00万元。",
        "（一）基本支出",
        "年初预算批复的基本支出为350.00万元。全年财政拨款支出为400.00万元。2023年决算基本支出450.00万元，其中：工资福利支出300.00万元。",
    )
    assert k["600.00万元"] == ("支出", None, "财政拨款", "决算")
    assert k["400.00万元"] == ("支出", "基本支出", "财政拨款", "决算")
    assert k["350.00万元"] == ("支出", "基本支出", "全部", "年初预算")
    assert k["450.00万元"] == ("支出", "基本支出", "全部", "决算")
    assert k["300.00万元"] is None  # 工资福利支出 is a class of spending, not 基本支出 itself


def test_restatement_with_another_value_is_a_conflict():
    got = claims(
        "一、总体情况",
        "单位本年度财政拨款决算支出合计600.00万元，其中：基本支出400.00万元，项目支出200.00万元。",
        "（一）基本支出",
        "全年财政拨款支出为420.00万元。",
    )
    assert ("CON001", "420.00万元") in got


def test_every_restatement_is_a_relation_and_a_conflict_is_found_once_per_value():
    items = ("一、总体情况", "单位本年度财政拨款决算支出合计600.00万元，其中：基本支出400.00万元，项目支出200.00万元。",
             "（一）基本支出", "全年财政拨款支出为{}万元。", "（二）基本支出决算", "本年财政拨款基本支出决算为{}万元。")
    doc = doc_of(*[i.format("400.00") for i in items])
    figs = figures_of(doc)
    by_id = {f.id: f.raw for f in figs}
    restated = [[by_id[i] for i in r.figures] for r in find_relations(doc, figs, ReportMeta()) if r.rule == "CON001"]
    assert restated == [["400.00万元", "400.00万元"], ["400.00万元", "400.00万元"]]  # agreeing, yet checked
    # the two later mentions typed alike against the first: one conflict, not two
    got = claims(*[i.format("420.00") for i in items])
    assert [c for c in got if c[0] == "CON001"] == [("CON001", "420.00万元")]


def test_other_years_or_levels_of_government_do_not_conflict():
    # the parts of a list take the year its head names; 全市 and 市级 state different budgets
    got = claims(
        "2022年的“三公”经费决算数合计为1000.86万元，其中：公务接待费43.77万元。"
        "2021年的“三公”经费决算数合计为807.95万元，其中：公务接待费39.43万元。",
        "全市一般公共预算总支出604.93亿元。收支相抵，年末结转和结余32.65亿元。",
        "市级一般公共预算总支出327.76亿元。收支相抵，年末结转和结余10.4亿元。",
    )
    assert not [c for c in got if c[0] == "CON001"]
    # the same year and level, stated twice with two values, still conflict
    got = claims("2022年的“三公”经费决算数合计为1000.86万元，其中：公务接待费43.77万元。",
                 "2022年“三公”经费决算中，公务接待费决算为34.77万元。")
    assert ("CON001", "34.77万元") in got


@pytest.mark.parametrize(("part", "expected"), [("街道", []), ("", [("CON001", "1044428万元")])])
def test_a_part_opening_with_a_level_of_government_is_no_restatement_of_the_whole(part, expected):
    # 街道's spending is a part of the district's; named without a level, the two would be one quantity stated twice
    got = claims(f"2021年决算中，区本级当年一般公共预算支出862427万元；{part}当年一般公共预算支出决算182001万元。",
                 "2021年区一般公共预算总支出1187906万元，其中：当年一般公共预算支出决算1044428万元。")
    assert [c for c in got if c[0] == "CON001"] == expected


def test_different_funds_or_stage_do_not_conflict():
    got = claims(
        "一、总体情况",
        "单位本年度财政拨款决算支出合计600.00万元，其中：基本支出400.00万元，项目支出200.00万元。",
        "（一）基本支出",
        "年初预算批复的基本支出为350.00万元。2023年决算基本支出450.00万元。",
    )
    assert not [c for c in got if c[0] == "CON001"]


def test_unit_slip_found_through_the_scoped_total():
    got = claims(
        "一、总体情况",
        "财政拨款决算支出合计600.00万元，年末财政拨款结转和结余60.00万元。",
        "（一）基本支出",
        "年末财政拨款结转和结余45.50元。",
        "（二）项目支出",
        "年末财政拨款结转和结余14.50万元。",
    )
    assert ("UNIT001", "45.50元") in got


def test_balance_roll_forward():
    base = "年初财政拨款结转和结余20.00万元，全年财政拨款收入为100.00万元，全年财政拨款支出为90.00万元，年末财政拨款结转和结余{}。"
    assert claims("（一）基本支出", base.format("30.00万元")) == []
    assert claims("（一）基本支出", base.format("35.00万元")) == [("BAL001", "35.00万元")]


def test_general_budget_is_not_all_appropriations():
    # 财政拨款 = 一般公共预算 + 政府性基金: the two totals differ when a fund has money
    got = claims(
        "一、总体情况",
        "本年财政拨款决算支出合计650.00万元，其中：基本支出400.00万元，项目支出250.00万元。",
        "二、一般公共预算财政拨款支出情况",
        "一般公共预算财政拨款决算支出合计600.00万元。",
    )
    assert not [c for c in got if c[0] == "CON001"]


def test_balance_roll_forward_across_the_subsections_of_one_part():
    paragraphs = ["二、部门收支情况", "（一）收入情况", "2023年度全镇收入1,960.40万元，上年结转35.20万元。", "（二）支出情况",
                  "全年实际支出1,877.97万元。收支差额82.43万元，年末结转和结余{}。"]
    ok = paragraphs[:4] + [paragraphs[4].format("117.63万元")]
    slip = paragraphs[:4] + [paragraphs[4].format("171.63万元")]
    assert [c for c in claims(*ok) if c[0] in ("BAL001", "DIF001")] == []
    assert [c for c in claims(*slip) if c[0] == "BAL001"] == [("BAL001", "171.63万元")]


def test_a_closing_balance_listed_among_the_uses_of_a_total_does_not_roll_forward():
    # a government's balance: 38.33 + 62.31 = 100.64 = 45.09 + 55.55, with 上年结转 and 结转下年 inside the
    # transfers; 0.96 + 38.33 − 45.09 is no roll-forward of 0.36
    text = ("按现行财政体制结算，一般公共预算收入38.33亿元，转移性收入等62.31亿元（包括上级转移支付收入10.22亿元，"
            "地方政府一般债务转贷收入38.40亿元，调入资金10.61亿元，动用预算稳定调节基金2.12亿元，上年结转0.96亿元），"
            "收入合计100.64亿元。一般公共预算支出45.09亿元，转移性支出等55.55亿元（包括体制上解支出14.17亿元，"
            "援助其他地区支出0.23亿元，地方政府一般债务还本支出38.47亿元，安排预算稳定调节基金2.32亿元，结转下年0.36亿元），"
            "支出合计100.64亿元。")
    got = claims(text)
    assert got == []
    # the list is still held to its total: 14.57 + 0.23 + 38.47 + 2.32 = 55.59 > 55.55
    assert claims(text.replace("体制上解支出14.17", "体制上解支出14.57")) == [("SUM001", "55.55亿元")]


def test_a_closing_balance_added_to_the_spending_with_the_other_uses_does_not_roll_forward():
    # 12.75 + 51.32 − 74.18 is no roll-forward of 16.66: the transfers balance it (74.18 + 2.96 + 22.65 + 3.95 + 16.66
    # = 120.4 = 51.32 + 25.3 + 5.14 + 3.06 + 22.83 + 12.75)
    text = ("全区一般公共预算收入完成51.32亿元，其中，税收收入完成32.5亿元，非税收入完成18.82亿元，加上中央及市级转移支付25.3亿元、"
            "动用预算稳定调节基金5.14亿元、调入资金3.06亿元、债务收入22.83亿元、上年结转12.75亿元，收入总量为120.4亿元。"
            "全区一般公共预算支出完成74.18亿元，其中，区本级支出65.89亿元、街道支出4.96亿元、镇支出3.33亿元，加上上解支出2.96亿元、"
            "债务还本支出22.65亿元、安排预算稳定调节基金3.95亿元、结转下年16.66亿元，支出总量为120.4亿元。")
    assert claims(text) == []
    assert claims(text.replace("结转下年16.66", "结转下年17.66")) == [("SUM001", "120.4亿元")]


def test_a_departments_grand_totals_and_all_funds_do_not_roll_forward():
    # 收入总计 holds the carry-over; all the funds of a department also hold 结余分配 (not stated here):
    # 5,151.74 + 10,911 − 12,638.86 = 3,423.88 is no slip against 3,383.53
    got = claims("本部门2021年度收入总计16,062.73万元，支出总计16,062.73万元。",
                 "本部门2021年度收入合计10,911万元。本部门2021年度支出合计12,638.86万元。此外，年初结转和结余5,151.74万元。",
                 "本部门2021年度年末结转和结余3,383.53万元。")
    assert [c for c in got if c[0] == "BAL001"] == []


def test_an_identity_total_with_another_amount_named_alike_in_its_list_is_ambiguous():
    # 199,744 + 204,889 = 404,633 is the 地方 revenue of the list, not the 802,143 that holds transfers too
    got = claims("一般公共预算收入完成802,143万元，其中：（1）地方一般公共预算收入完成404,633万元（税收收入199,744万元、"
                 "非税收入204,889万元）；（2）上级补助收入完成294,842万元。")
    assert [c for c in got if c[0] == "SUM002"] == []


def _report(tmp_path, title: str, *paragraphs: str) -> list[tuple[str, str]]:
    path = tmp_path / "r.txt"
    path.write_text("\n".join((title, *paragraphs)) + "\n", encoding="utf-8")
    return [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"]


_THREE_PUBLIC = ("一、“三公”经费支出情况", "2024年度“三公”经费财政拨款支出2.05万元，其中：公务接待费2.05万元。",
                 "二、其他重要事项")


def test_an_amount_naming_no_stage_is_of_the_reports_stage(tmp_path):
    # in a 决算, "三公经费财政拨款支出" said twice with no stage word is the year's actual twice
    said = "本部门“三公”经费财政拨款支出2.50万元，主要用于公务接待。"
    assert _report(tmp_path, "2024年某局部门决算说明", *_THREE_PUBLIC, said) == [("CON001", "2.50万元")]
    assert _report(tmp_path, "2024年某局部门决算说明", *_THREE_PUBLIC, said.replace("2.50", "2.05")) == []


def test_an_amount_of_another_period_or_an_unknown_stage_is_not_restated(tmp_path):
    last_year = "本部门上年“三公”经费财政拨款支出2.50万元。"
    assert _report(tmp_path, "2024年某局部门决算说明", *_THREE_PUBLIC, last_year) == []
    planned = "本部门“三公”经费财政拨款支出预算安排2.50万元。"
    assert _report(tmp_path, "2024年某局部门决算说明", *_THREE_PUBLIC, planned) == []
    # a 绩效评价 report speaks of budgets and actuals alike: an amount without a stage may be either
    said = "本部门“三公”经费财政拨款支出2.50万元，主要用于公务接待。"
    assert _report(tmp_path, "2024年某局部门整体支出绩效评价报告", *_THREE_PUBLIC, said) == []


def test_a_measure_may_name_its_funds_before_its_spending():
    k = keys("“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元。")
    assert k["2.85万元"] == ("三公经费", None, "财政拨款", "年初预算")


@pytest.mark.parametrize(("visits", "expected"), [("3969.54万元", ["SUM002"]), ("3959.54万元", [])])
def test_a_spending_written_as_its_number_is_the_measure(visits, expected):
    # 支出数为 names the 三公经费 as 支出为 does: 1838.28 + 16940.73 + 3959.54 = 22738.55
    text = f"三公经费支出数为22738.55万元，因公出国（境）费1838.28万元，公务用车购置及运行费16940.73万元，公务接待费{visits}。"
    assert keys(text)["22738.55万元"] == ("三公经费", None, "财政拨款", None)
    assert claims(text) == [(rule, "22738.55万元") for rule in expected]


@pytest.mark.parametrize(("spending", "named", "title", "expected"), [
    ("842.79", "支出预算", "单位预算", []),
    ("824.79", "支出预算", "单位预算", [("CON001", "824.79万元")]),
    # this year's income leaves out the carry-over; a 决算's totals need not be written alike
    ("824.79", "支出预算", "部门决算", []),
])
def test_a_budget_balances_its_income_and_spending_totals(tmp_path, spending, named, title, expected):
    text = (f"2025年某镇人民政府{title}公开说明", "一、收支预算总体情况",
            "1.预算收入情况：2025年某镇人民政府收入预算842.79万元，其中：财政拨款收入842.79万元，其他收入0万元。",
            f"2.预算支出情况：2025年某镇人民政府{named}{spending}万元，其中：基本支出781.93万元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == expected


@pytest.mark.parametrize(("spending", "expected"), [("7842977.60", []), ("7842997.60", [("CON001", "7842997.60元")])])
def test_a_budgets_totals_named_after_a_bare_year_balance(tmp_path, spending, expected):
    # "2025收入预算" (the year without 年) names the unit's total as "2025年收入预算" does
    text = ("2025年某镇人民政府部门预算公开说明", "一、收支预算总体情况",
            "2025收入预算7842977.60元，其中：财政拨款收入7842977.60元。", f"2025支出预算{spending}元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == expected


def test_this_years_income_is_not_the_budgets_total(tmp_path):
    text = ("2025年某镇人民政府单位预算公开说明", "2025年本年收入预算800.00万元，上年结转42.79万元。",
            "2025年支出预算842.79万元，其中：基本支出781.93万元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == []


def test_the_three_public_expenses_are_appropriations_whatever_funds_their_sentence_names(tmp_path):
    # the parts' sentence names no funds, the total's 一般公共预算财政拨款: one 三公 all the same
    text = ("2021年某中心部门决算公开", "某中心2021年度一般公共预算财政拨款“三公”经费支出预算为246万元，支出决算为167.37万元。",
            "某中心2021年度“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务接待费支出决算2.41万元；"
            "公务用车购置及运行维护费支出决算165.23万元。")
    assert _report(tmp_path, *text) == [("SUM002", "167.37万元")]
    assert keys("一般公共预算财政拨款“三公”经费支出决算为167.37万元。")["167.37万元"] == ("三公经费", None, "财政拨款", "决算")


def test_an_amount_under_a_heading_of_another_stage_is_not_of_the_reports_stage(tmp_path):
    # a 决算 report restating the budgets it was given: the 年初预算草案 and the 预算调整方案 each list 一般公共预算支出
    text = ("大兴镇关于2024年财政决算的报告", "一、2024年收支决算情况", "1. 镇人大批准的年初预算草案。",
            "(2)支出总计8303万元。其中：一般公共预算支出7399万元，体制及专项上解支出904万元。", "2. 镇人大批准的预算调整方案。",
            "(2)支出总计调整为9877万元。其中：一般公共预算支出8141万元，体制及专项上解支出1736万元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == []


def test_amounts_of_a_month_and_of_months_to_date_are_two_quantities(tmp_path):
    # a monthly report: 5月份 and 1—5月份 are two periods, whatever the report's stage
    text = ("一、财政收支完成情况", "5月份，我市财政总收入完成115329万元，增长11.7%。一般公共预算收入完成65026万元，下降8.5%。",
            "1—5月份，全市财政总收入完成731197万元，增长0.7%。一般公共预算收入完成458795万元，下降5.2%。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == []


@pytest.mark.parametrize(("total", "part", "expected"), [
    ("300.00", "125.00", [("CON001", "125.00万元")]),
    ("300.00", "120.00", []),
    ("305.00", "120.00", [("CON001", "305.00万元")]),
])
def test_the_years_spending_and_its_parts_are_actuals(tmp_path, total, part, expected):
    # a 绩效评价 restating its 决算: 本年财政拨款支出 is what was spent; the total, broken down by scope in
    # its own list, is of no one scope, whatever its section (not the 项目支出 180.00)
    text = ("某局2023年度部门整体支出绩效评价报告", "一、部门整体支出情况",
            "本局2023年度财政拨款决算支出合计300.00万元，其中：基本支出120.00万元，项目支出180.00万元。",
            "（二）项目支出", f"本年财政拨款支出合计{total}万元，其中：基本支出{part}万元，项目支出180.00万元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == expected
    assert [f for f in _report(tmp_path, "某局2023年度部门决算说明", *text[1:]) if f[0] == "CON001"] == expected


@pytest.mark.parametrize(("heading", "expected"), [
    ("（二）一般公共预算当年拨款结构情况", []),  # the 基本支出 of those funds, not the unit's of all funds
    ("（三）基本支出情况", [("CON001", "29955.97万元")]),
])
def test_an_amount_under_a_heading_naming_its_funds_is_of_those_funds(tmp_path, heading, expected):
    text = ("某局2022年部门预算", "（二）支出预算情况",
            "市教育局部门2022年支出预算59757.23万元，其中：基本支出31108.67万元，占52.06%；项目支出28648.56万元，占47.94%。",
            heading, "基本支出29955.97万元，占当年财政预算拨款收入98%，其中人员经费28449.69万元，公用经费1506.28万元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == expected


def test_amounts_of_a_paragraph_going_on_a_list_are_parts_not_the_units_own(tmp_path):
    # "…缴费支出160000元，其中：" then "基本支出160000元，项目支出0元。": the 基本支出 of that item, not of the
    # budget, so no conflict with the unit's 基本支出预算 stated later
    text = ("某研究所2021年单位预算", "五、一般公共预算支出情况说明",
            "2021年一般公共预算拨款支出1500000元，其中：基本支出1450000元，项目支出50000元。",
            "机构运行1290000元，其中：基本支出1290000元，项目支出0元。",
            "机关事业单位基本养老保险缴费支出160000元，其中：",
            "基本支出160000元，项目支出0元。主要用于机关事业单位人员基本养老保险缴费支出。",
            "1.基本支出预算1450000.00元，占一般公共预算支出的96.67%。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == []


def test_sections_headed_by_two_funds_state_two_funds_amounts(tmp_path):
    text = ("关于2016年全国社会保险基金决算的说明", "一、企业职工基本养老保险基金",
            "本年收入28000亿元，比上年增加1900亿元。本年支出25000亿元，比上年增加2600亿元。",
            "二、城乡居民基本养老保险基金",
            "本年收入2900亿元，比上年增加70亿元。本年支出2100亿元，比上年增加40亿元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == []


def test_an_identity_takes_no_parts_of_another_total_nor_a_total_with_more_parts():
    # 42.53 (2013) is not 6.63 + 34.64, the parts of 2014's 41.27; 11167 holds two more items than the identity names
    got = claims("2013年“三公”经费财政拨款执行数为71.54亿元。其中，因公出国（境）费16.92亿元，公务用车购置及运行费42.53亿元，"
                 "公务接待费12.09亿元。",
                 "2014年“三公”经费财政拨款预算为70.20亿元。其中，因公出国（境）费19.76亿元，公务用车购置及运行费41.27亿元"
                 "（其中，公务用车购置费6.63亿元，公务用车运行费34.64亿元），公务接待费10.48亿元。",
                 "公务用车购置及运行维护费11167万元（其中，公务用车购置费255万元，公务用车运行维护费7922万元，"
                 "其他交通工具购置144万元，其他交通费用2846万元）。")
    assert [c for c in got if c[0] == "SUM002"] == []


def test_paragraphs_of_a_list_take_the_year_of_the_paragraph_that_opened_it(tmp_path):
    # 2011's budget items listed over three paragraphs are not 2010's actuals of section 一
    text = ("某委2011年部门预算", "一、2010年“三公经费”支出情况",
            "2010年实际支出761.33万元，其中：因公出国（境）费330.08万元，公务用车购置与运行费359万元，公务接待费72.25万元。",
            "二、2011年“三公经费”预算情况",
            "2011年，财政部批复我委“三公经费”支出预算总额575万元。其中：",
            "因公出国（境）费303万元，比2010年实际支出330.08万元减少27.08万元；",
            "公务用车购置与运行费221万元，比2010年实际支出359万元减少138万元；",
            "公务接待费51万元，比2010年实际支出72.25万元减少21.25万元。")
    assert [f for f in _report(tmp_path, *text) if f[0] == "CON001"] == []


def test_an_item_whose_stage_word_contradicts_its_heading_is_no_fact_of_either_stage():
    # the first list stands under 年初预算 and its total says 预算, yet its items say 支出决算: they are not the
    # 决算 items of the second heading (14 ≠ 0 is no conflict), and the second list still adds up (14 + 10 + 27 = 51)
    assert claims("一、2018年年初预算",
                  "2018年“三公”经费预算54万元，其中：因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算12万元；"
                  "公务接待费支出决算42万元。",
                  "二、2018年决算",
                  "2018年“三公”经费决算支出51万元，其中：因公出国（境）费支出决算14万元；公务用车购置及运行维护费支出决算"
                  "10万元；公务接待费支出决算27万元。") == []


@pytest.mark.parametrize(("second", "expected"), [("市食药监局", []), ("市旅游委", [("CON001", "1848.26万元")])])
def test_sentences_opening_with_two_units_state_two_quantities(second, expected):
    # a news report on several departments: each sentence's figures are its own unit's
    assert claims("比如市旅游委，2015年“三公”经费财政拨款决算数413.89万元，比年初预算325.55万元增加了88.34万元。",
                  f"{second}2015年“三公”经费财政拨款决算数1848.26万元，比年初预算2184.89万元减少336.63万元。") == expected


def test_a_unit_named_in_its_clause_is_not_the_whole_of_all_units():
    # the city's total of all its units, then one unit's figure: two quantities
    assert claims("2015年北京市级党政机关和全额拨款事业单位“三公”经费财政拨款决算64245万元，比年初预算下降22.3%。",
                  "其中，今年北京市公安局的“三公”经费财政拨款决算数为9530.81万元，相比预算数减少约1418万元；北京市环境保护局"
                  "“三公”经费财政拨款决算数为431.38万元。") == []


def test_a_scope_lead_in_sets_the_place_of_the_paragraphs_after_it(tmp_path):
    # 306.5 is the 41 counties' spending, 328 the 59 districts': one measure of two places, no amount restated
    path = tmp_path / "r.txt"
    path.write_text("全省100个县区一般公共预算支出完成634.5亿元，同比增加107.8亿元。\n"
                    "在41个县收支完成情况上，一般公共预算收入完成151亿元，同比增加21亿元。\n"
                    "一般公共预算支出完成306.5亿元，同比增加32.6亿元。\n"
                    "在59个区收支完成情况上，一般公共预算收入完成352.7亿元，同比增加64.8亿元。\n"
                    "一般公共预算支出完成328亿元，同比增加75.2亿元。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.rule == "CON001"] == []
