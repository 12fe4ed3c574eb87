"""Relations stated in sentences, each kind with a consistent and an inconsistent wording.

The sentences are written for these tests in the style of 绩效评价报告 and 决算说明; figures come
from tests/quickfig.py so that these tests do not depend on the figure recogniser."""

from __future__ import annotations

from decimal import Decimal

import pytest
from quickfig import doc_of, figures_of

from extractor.checks import run_checks
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions, check_file
from extractor.relations import find_relations


def claims(*paragraphs):
    doc = doc_of(*paragraphs)
    figs = figures_of(doc)
    rels = find_relations(doc, figs, ReportMeta())
    found = run_checks(doc, figs, rels, ReportMeta(), CheckOptions())[0]
    by_id = {f.id: f for f in figs}
    return [(f.rule, f.severity, by_id[f.figures[0]].raw if f.figures else "") for f in found]


def errors(*paragraphs):
    return [(rule, raw) for rule, sev, raw in claims(*paragraphs) if sev != "info"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本年支出合计500.00万元，其中：基本支出320.00万元，项目支出180.00万元。", []),
        ("本年支出合计500.00万元，其中：基本支出320.00万元，项目支出190.00万元。", [("SUM001", "500.00万元")]),
        ("支出合计500.00万元，其中人员经费200.00万元、公用经费50.00万元。", []),
        ("支出合计500.00万元，其中基本支出300.00万元、项目支出150.00万元、其他支出20.00万元。", [("SUM001", "500.00万元")]),
        ("财政拨款支出合计300.00万元，其中：基本支出200.00万元，项目支出100.00万元，年末结转和结余50.00万元。", []),
    ],
)
def test_totals_and_parts(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("pct", "expected"),
    [("25.00%", []), ("26.00%", [("PCT001", "26.00%")])],
)
def test_share_with_named_base(pct, expected):
    assert errors(f"年初预算批复的基本支出为800.00万元，年中追加200.00万元（占年初预算批复数{pct}），上年结转10.00万元。") == expected


def test_share_of_the_enumerated_total():
    text = "本年支出合计400.00万元，其中：基本支出100.00万元，占25.00%；项目支出300.00万元，占70.00%。"
    assert errors(text) == [("PCT001", "70.00%")]


@pytest.mark.parametrize(("pct", "expected"), [("95.00%", []), ("96.00%", [("PCT002", "96.00%")])])
def test_completion_rate(pct, expected):
    assert errors(f"全年预算为80.00万元，支出决算为76.00万元，完成全年预算数的{pct}。") == expected


def test_completion_over_a_zero_base():
    got = claims("年初预算为0万元，全年预算为200.00万元，支出决算为190.00万元，完成年初预算的95.00%。")
    assert ("PCT003", "error", "95.00%") in got


@pytest.mark.parametrize(("pct", "expected"), [("11.11%", []), ("12.50%", [("CHG001", "12.50%")])])
def test_year_on_year_change(pct, expected):
    assert errors(f"全年公务接待费支出20.00万元，较上年增加2.00万元，增长{pct}。") == expected


def test_growth_over_nothing_is_information_only():
    got = claims("2024年度收入支出总计150.00万元。", "与2023年度相比，收入支出总计增加150.00万元，增长100.00%。")
    assert [(r, s) for r, s, _ in got] == [("PCT003", "info")]


def test_growth_over_nothing_written_as_another_rate_is_an_error():
    # a change equal to this year's figure leaves nothing for last year: 12.08% cannot be right
    got = claims("2024年度收入支出总计150.00万元。", "与2023年度相比，收入支出总计增加150.00万元，增长12.08%。")
    assert [(r, s) for r, s, _ in got] == [("PCT003", "error")]


def test_saving_and_its_rate_come_from_budget_and_actual():
    got = errors(
        "年初预算“三公”经费30万元。",
        "全年决算“三公”经费28.50万元，较年初预算节约1.60万元，节约比为5.33%，完成年初预算的95.00%。",
    )
    assert sorted(got) == [("DIF001", "1.60万元"), ("PCT002", "5.33%")]


@pytest.mark.parametrize(("avg", "expected"), [("1.60万元", []), ("1.70万元", [("AVG001", "1.70万元")])])
def test_average_any_plausible_count(avg, expected):
    text = f"公务车运行维护费6.40万元，单位实有车辆4辆，其中越野车1辆；平均每辆车运行费用{avg}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("gap", "expected"), [("20.00万元", []), ("25.00万元", [("DIF001", "25.00万元")])])
def test_income_spending_gap(gap, expected):
    assert errors(f"全年财政拨款收入为500.00万元，全年财政拨款支出为520.00万元，本年财政拨款收支差额{gap}。") == expected


@pytest.mark.parametrize(("gap", "expected"), [("30.00万元", []), ("32.00万元", [("DIF001", "32.00万元")])])
def test_difference_between_named_stages(gap, expected):
    got = errors(
        "年初预算批复的项目支出为100.00万元，年中追加30.00万元。",
        f"2023年决算项目支出为130.00万元。决算数与年初预算指标对比，项目支出差异{gap}。",
    )
    assert got == expected


@pytest.mark.parametrize(("total", "expected"), [("5.4余万元", []), ("4.4余万元", [("SUM001", "4.4余万元")])])
def test_colon_list_in_yuan_under_a_total_in_wan(total, expected):
    text = f"共发放补助资金{total}：困难户20人，每人每年1200元，共发放24000元；残疾人10人，金额30000元。"
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("决算数小于全年预算数", []), ("决算数大于全年预算数", [("DIR001", "51.32万元")]), ("决算数与全年预算数持平", [("DIR001", "51.32万元")])],
)
def test_direction_words(words, expected):
    text = f"全年预算为52.00万元，支出决算为51.32万元。{words}的主要原因：人员变动。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("97.05%", []), ("97.50%", [("PCT002", "97.50%")])])
def test_execution_rate_against_a_budget_named_in_an_earlier_section(rate, expected):
    got = errors(
        "一、项目基本情况",
        "项目年初预算资金860.00万元，年中调整追加40.00万元，全年预算900.00万元。",
        "二、项目资金使用情况",
        f"截至年底，项目实际支出873.45万元，预算执行率{rate}。",
    )
    assert got == expected


def test_rate_in_its_own_sentence_after_the_actual():
    text = "年初预算为0.88万元，支出决算为0.88万元。完成年初预算的100.00%。决算数同预算数持平。"
    assert errors(text) == []
    assert errors(text.replace("100.00%", "90.00%")) == [("PCT002", "90.00%")]


@pytest.mark.parametrize(("part", "expected"), [("7.60万元", []), ("8.60万元", [("SUM001", "45.60万元")]), ("6.60万元", [("SUM001", "45.60万元")])])
def test_a_list_opening_its_sentence_and_complete_by_identity(part, expected):
    # 。其中： opens a new sentence: the total is the one plain figure of the sentence before; the
    # parts are every part of 三公经费, so the list is complete and must add up exactly
    got = errors(f"2025年“三公”经费预算数为45.60万元，比2024年预算减少4.40万元，下降8.80%。其中：因公出国（境）费0万元；"
                 f"公务用车购置及运行维护费38.00万元；公务接待费{part}。")
    assert got == expected


def test_a_list_after_several_totals_is_left_alone():
    # two plain figures before 。其中： — which one the list breaks down is not said
    assert errors("基本支出30.00万元，项目支出120.00万元。其中：设备购置80.00万元，工程50.00万元。") == []


@pytest.mark.parametrize(("rate", "expected"), [("101.88%", []), ("102.88%", [("PCT002", "102.88%")])])
def test_completion_rate_of_counts(rate, expected):
    assert errors(f"计划建设高标准农田32000亩，实际完成32600亩，完成率{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("95.00%", []), ("96.00%", [("PCT002", "96.00%")])])
def test_execution_rate_over_funds_received(rate, expected):
    text = f"项目计划总投资4800.00万元。项目资金到位4560.00万元；实际支出4332.00万元，预算执行率{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("issued", "planned", "expected"), [
    ("下达资金69.4亿元，", "", []),
    ("下达资金69.4亿元，", "计划投资93.4亿元，", []),
    ("下达资金69.4亿元，", "计划投资90.4亿元，", [("PCT002", "93%")]),
])
def test_a_rate_naming_what_it_measures_is_over_an_amount_naming_it(issued, planned, expected):
    # 投资完成率 is 完成投资 over 计划投资 (86.8 ÷ 93.4 = 92.9%), never over funds issued (86.8 ÷ 69.4 = 125%)
    assert errors(f"{issued}{planned}实施项目486个，完成投资86.8亿元，投资完成率93%。") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share after 剔除…因素 is on a basis the figures do not give; the one before it is checked (4410.75 ÷ 6556.39)
    ("一般公共预算支出完成6556.39亿元。其中：民生类重点支出4410.75亿元，占一般公共预算支出的67.3%，剔除增发国债因素比重为69.1%。", []),
    ("一般公共预算支出完成6556.39亿元。其中：民生类重点支出4410.75亿元，占一般公共预算支出的68.3%，剔除增发国债因素比重为69.1%。",
     [("PCT001", "68.3%")]),
    # a whole smaller than its part, sharing no word with the base the share names, is none
    ("2024年县本级一般公共预算收入95738万元，较上年增长1.46%；累计争取上级转移支付资金194472万元。全年教育支出90656万元、"
     "农林水支出61466万元等民生支出合计310769万元，占一般公共预算支出比重达81.39%。", []),
    # an actual with its own budget right before it is no part of a list the sentence opened before
    ("当年支出2364186.89万元，其中：基本支出366377.64万元，项目支出1994376.82万元，其他支出3432.43万元"
     "可执行性指标预算数2524889.99万元，实际支出数2292690.05万元，综合执行率90.80%。", []),
    ("当年支出2364186.89万元，其中：基本支出366377.64万元，项目支出1994376.82万元，其他支出3432.43万元"
     "可执行性指标预算数2524889.99万元，实际支出数2292690.05万元，综合执行率91.80%。", [("PCT002", "91.80%")]),
    # a social insurance fund's 年终结余 is held over the years; its 当年结余 is the year's income less spending
    ("社会保险基金预算收入总计48270万元，支出总计41411万元，年终结余37528万元。", []),
    ("社会保险基金预算收入总计48270万元，支出总计41411万元，当年结余6869万元。", [("DIF001", "6869万元")]),
])
def test_rates_and_leftovers_of_the_twenty_seventh_round(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 执行差异数 is the budget less what was done: 482537.74 − 271426.78 = 211110.96
    ("市直58家一级单位年初预算为482537.74万元，实际执行数271426.78万元，执行差异数211110.96万元，预算执行率56.25%。", []),
    ("市直58家一级单位年初预算为482537.74万元，实际执行数271426.78万元，执行差异数211100.96万元，预算执行率56.25%。",
     [("DIF001", "211100.96万元")]),
    # a rate named 到位率 of two counts, no funds received, is the smaller over the larger: 122 ÷ 128 = 95.31%
    ("审计工作报告反映的128个问题，已整改到位122个，整改到位率95.31%。", []),
    ("审计工作报告反映的128个问题，已整改到位122个，整改到位率96.31%。", [("PCT002", "96.31%")]),
    # …but funds not received at all state no amount: "实际未到位，到位率0%" pairs nothing
    ("退耕还林补助应到位2640万元（第三批补助资金2640万），实际未到位，到位率0%。", []),
])
def test_gaps_and_rates_of_the_twenty_seventh_round(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("last", "expected"), [("21.01%", []), ("21.31%", [("PCT001", "21.31%")])])
def test_the_share_that_makes_100_takes_up_the_others_rounding(last, expected):
    # 4933 ÷ 23435 = 21.05%, written 21.01% = 100 − 25.89 − 49.50 − 3.6, where 835 ÷ 23435 = 3.56% was written 3.6:
    # within the others' rounding (0.005 + 0.005 + 0.05 + 0.005); a share off by more is a slip
    text = ("剩余23435万元主要用于：支持群众体育6067万元，占比25.89%；支持竞技体育11600万元，占比49.50%；"
            f"支持其他体育事业835万元，占比3.6%；补助市县体育4933万元，占比{last}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("fishery", "expected"), [("2.4%", []), ("3.4%", [("PCT001", "3.4%"), ("PCT001", "6.9%")])])
def test_a_run_of_shares_after_a_list_opening_its_sentence_is_of_the_total_before_it(fishery, expected):
    # the shares take the parts in order, each over 141.19 (3.40 ÷ 141.19 = 2.41%); 6.9% for 9.82 ÷ 141.19 = 6.96% is
    # only the 凑整 of shares adding up to 100% (info), and a slip once they do not. (This text stopped the whole file
    # with an internal error before: the parts were looked for in the run's own sentence.)
    text = ("全年实现农林牧渔业总产值141.19亿元，同比增长3.6%。其中，农业89.47亿元，同比增长2.8%；林业7.56亿元，同比增长14.9%；"
            "牧业30.94亿元，同比增长1.1%；渔业3.40亿元，同比增长6.6%；农业专业及辅助性活动9.82亿元，同比增长11.7%。"
            f"农、林、牧、渔及农业服务业在农业总产值中所占比例分别为63.4%、5.4%、21.9%、{fishery}、6.9%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("second", "expected"), [("29.6%", []), ("39.6%", [("PCT001", "39.6%"), ("PCT001", "45.0%")])])
def test_a_share_naming_its_part_takes_the_amount_named_so_before_it(second, expected):
    # 411268 ÷ 1620612 = 25.4%, 478922 ÷ 1620612 = 29.6% (the second and third share name no whole: the first's);
    # 730422 ÷ 1620612 = 45.07% written 45.0% is the 凑整 of shares adding up to 100% (info), a slip once they do not
    text = ("全年实现地区生产总值1620612万元，增长5.2%。其中，第一产业增加值411268万元，增长4.1%；第二产业增加值478922万元，"
            "增长6.0%；第三产业增加值730422万元，增长5.0%。第一产业增加值占地区生产总值比重为25.4%，"
            f"第二产业增加值比重为{second}，第三产业增加值比重为45.0%。")
    assert errors(text) == expected


def test_a_share_naming_its_part_is_of_a_whole_of_the_parts_paragraph():
    # 38.62 ÷ 116.6 = 33.12%; the 115.3 of the paragraph before is another year's estimate
    text = ("2017年参保人数预计115.3万人，其中：在职76.88万人、退休38.42万人，退休人员占总参保人数比例为33.32%。",
            "截止2017年底，参保人数实际为116.6万人。其中：在职77.98万人，参加统筹的离退休人员38.62万人。退休人员占总参保人数的33.12%。")
    assert errors(*text) == []


def test_nothing_is_saved_of_an_income():
    # 节约率 16.4% is of the analysed spending the text does not give, not of the income two sentences before
    text = ("全省一般公共预算收入10246亿元，其中税收收入完成7929亿元，占比为77.4%。2025年，省级财政专项资金47项。"
            "指导39个市县开展73项成本绩效分析，节约资金8亿元，节约率16.4%。")
    assert errors(text) == []


def test_a_fund_named_budget_is_not_the_budget_of_a_rate():
    # 完成年初预算的p% with no 年初预算 figure written: 预算稳定调节基金 and 一般公共预算 name funds, not the
    # budget stage, so nothing is there to divide by and nothing is claimed
    text = ("全乡一般公共预算收入52.30万元，加上上级补助、动用预算稳定调节基金等880.40万元，收入总计932.70万元。"
            "全乡一般公共预算支出932.70万元，为年初预算的112.4%。")
    assert errors(text) == []
    # with the budget written, the rate is checked: 932.70 / 800 = 116.59%
    written = text.replace("全乡一般公共预算支出", "年初预算800万元，全乡一般公共预算支出决算").replace("为年初预算", "完成年初预算")
    assert errors(written) == [("PCT002", "112.4%")]


@pytest.mark.parametrize(("left", "expected"), [("32,107", []), ("32,207", [("DIF001", "32,207万元")])])
def test_everything_after_minus_is_taken_off_the_total_income(left, expected):
    # 232,283 − 177,733 − 13,977 − 8,421 − 45 = 32,107: the run after 减 is spent, named 支出 or not
    text = ("全区一般公共预算收入完成117,228万元，加上级补助收入112,996万元，上年结转2,059万元，收入总量232,283万元；"
            "减当年一般公共预算支出177,733万元，上解支出13,977万元，地方政府债务还本支出8,421万元，安排预算稳定调节金45万元，"
            f"收支品迭结余{left}万元，全部结转下年使用。")
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("23,208", []), ("23,308", [("DIF001", "23,308万元")])])
def test_spendings_in_a_run_are_all_taken_off_what_came_in(left, expected):
    # no total spending named: 213,167 − 145,436 − 223 − 44,300 = 23,208 (not 213,167 − 44,300)
    text = ("政府性基金预算收入总量213,167万元(其中:政府性基金预算收入49,055万元、上级补助收入28,171万元、"
            "上年结余7136万元、债务转贷收入115,600万元)、政府性基金预算支出145,436万元、上解上级支出223万元、"
            f"债务还本支出44,300万元,年终结余{left}万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("own", "expected"), [
    ("9,708,993.94", []),
    # (too much for the listed parts, and with the shortfall taken off more than the whole leftover)
    ("9,709,993.94", [("SUM001", "7,989,696.80元"), ("DIF001", "9,709,993.94元")])])
def test_a_leftover_listed_under_the_leftover_is_that_of_the_listed_parts(own, expected):
    # 财政结余 = 财政拨款收入 − 财政拨款支出 (86,572,170.07 − 76,863,176.13), not 总收入 − 总支出; the
    # 弥补 of the rest's shortfall is taken off: 7,989,696.80 = 9,708,993.94 − 1,719,297.14
    text = ("2018年总收入127,011,195.09元(含结转),其中财政拨款收入86,572,170.07元(含结转);总支出119,021,498.29元,"
            f"其中财政拨款支出76,863,176.13元;结余7,989,696.80元,其中财政结余{own}元,用事业基金弥补收支差额1,719,297.14元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("special", "expected"), [("16,155,408.22", []), ("16,255,408.22", [("SUM001", "33,723,897.54元")])])
def test_what_makes_up_a_shortfall_is_taken_off_its_total(special, expected):
    # 13,002,101.97 + 2,132,205.76 + 857,171.78 + 1,660,211.63 + 16,155,408.22 − 83,201.82 = 33,723,897.54
    text = ("学校教育总成本为33,723,897.54元，其中工资福利支出13,002,101.97元，商品和服务支出2,132,205.76元，"
            f"对个人和家庭的补助支出857,171.78元，资产折旧及摊销1,660,211.63元，专项支出{special}元，"
            "弥补教育成本的非限定用途收入83,201.82元。")
    assert errors(text) == expected


def test_a_fund_named_budget_in_another_wording_is_no_budget_either():
    # 预算稳定调节金 is the same fund as 预算稳定调节基金: no budget of 增值税
    text = ("全区收入总量232,283万元；减当年支出177,733万元，安排预算稳定调节金45万元，结余54,505万元。",
            "区级主要收入项目执行情况：增值税完成16,295万元，为预算的83.6%；企业所得税完成5,609万元，为预算的200.9%。")
    assert errors(*text) == []


def test_a_change_is_never_the_whole_a_share_is_taken_of():
    # the 支出总预算 these shares name is stated only later; the change amounts before them share its
    # words (支出) but are changes, not totals: nothing to divide by, nothing claimed
    # (a PDF line break leaves the first item's share and change in a sentence of their own)
    assert errors("（一）教育支出类科目6000.00元，", "占支出总预算60.00%，同比减少500.00元。",
                  "（二）卫生支出类科目4000.00元，占支出总预算40.00%，同比增加300.00元。") == []


def test_a_carry_over_is_a_part_of_total_income():
    # 总收入 = 上年结转 + 年初批复 + 追加: 120.50 + 800.00 + 79.50 = 1000.00
    text = "本年度预算总收入为1000.00万元，其中：上年结转结余120.50万元，年初批复预算数为800.00万元，本年追加资金为{}万元。"
    assert errors(text.format("79.50")) == []
    assert errors(text.format("97.50")) == [("SUM001", "1000.00万元")]  # 1018.00 > 1000.00


def test_a_rate_with_its_base_written_inside():
    # "完成年初预算数B万元的p%": 24000 / 60000 = 40.0%
    text = "一般公共预算收入累计完成24000万元，完成年初预算数60000万元的{}%。"
    assert errors(text.format("40.0")) == []
    assert errors(text.format("45.0")) == [("PCT002", "45.0%")]


def test_a_share_in_a_list_opening_its_sentence_is_of_the_total_before():
    # 三公 total 40.00 in the sentence before; 公务接待费 30.00 / 40.00 = 75.00%, 运行维护费 10.00 / 40.00 = 25.00%
    text = "2024年“三公”经费支出决算为40.00万元。其中公务接待费为30.00万元，占{}%；公务用车运行维护费为10.00万元，占25.00%。"
    assert errors(text.format("75.00")) == []
    assert errors(text.format("70.00")) == [("PCT001", "70.00%")]


@pytest.mark.parametrize(("total", "expected"), [("14400", []), ("15400", [("AVG001", "2400元")])])
def test_a_rate_per_head_times_the_count_is_the_total(total, expected):
    # 6人 × 每人每年2400元 = 14400元
    assert errors(f"困难职工生活补助6人，每人每年2400元，共发放{total}元。") == expected


def test_a_monthly_rate_is_not_checked_against_a_yearly_total():
    # 每月 needs a number of months the sentence does not give: 6 × 200 × 12 = 14400, nothing to claim
    assert errors("困难职工生活补助6人，每人每月200元，共发放14400元。") == []


@pytest.mark.parametrize(("rate", "expected"), [("9.5%", []), ("10.5%", [("PCT002", "10.5%")])])
def test_saving_rate_over_actual_plus_saving_when_no_budget_is_stated(rate, expected):
    # 0.57 / (5.43 + 0.57) = 9.5%
    assert errors(f"2021年的公务车运行维护费为5.43万元，较年初预算节约0.57万元，节约{rate}。") == expected


@pytest.mark.parametrize(("avg", "expected"), [("2.72万元", []), ("2.92万元", [("AVG001", "2.92万元")])])
def test_average_count_stated_before_a_subheading(avg, expected):
    paragraphs = ["2021年单位实有车辆2辆。其中：", "（1）公务车运行维护费",
                  f"2021年的公务车运行维护费为5.43万元，较年初预算节约0.57万元；平均每台车的运行费用为{avg}。"]
    assert errors(*paragraphs) == expected


def test_a_range_is_no_average():
    paragraphs = ["已确权368个扶贫项目资产，确权资金达14358.43万元。", "全面推进乡村振兴。",
                  "今年种植杂交水稻1万余亩，平均亩产收益稳定在3500-5000元。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("rate", "expected"), [("27.78%", []), ("25.78%", [("CHG001", "25.78%")])])
def test_a_change_rate_with_its_alternative_in_brackets(rate, expected):
    # the form's "下降（增长）p%": 0.15 / (0.39 + 0.15) = 27.78%
    paragraphs = ["“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元。",
                  f"2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降（增长）{rate}。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("rate", "expected"), [("4.62%", []), ("4.92%", [("CHG001", "4.92%")])])
def test_a_change_of_two_totals_stated_together(rate, expected):
    # "收入、支出总计各增加d，增长p%": the totals of the sentence before changed; 545.67 / 11800.00 = 4.62%
    paragraphs = ["东园街道办事处2024年度收入、支出总计12345.67万元。与2023年度相比，收入、支出总计各增加545.67万元，"
                  f"增长{rate}。主要原因：社区公共服务项目增加。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("share", "expected"), [("98.35%", []), ("98.53%", [("PCT001", "98.53%")])])
def test_a_share_of_a_total_named_word_for_word_in_another_section(share, expected):
    paragraphs = ["三、支出决算情况说明", "本年支出合计12100.00万元，其中：基本支出7260.00万元，项目支出4840.00万元。",
                  "四、财政拨款收入支出决算总体情况说明", "财政拨款收入支出总计12100.00万元。",
                  "五、一般公共预算财政拨款支出决算情况说明",
                  f"一般公共预算财政拨款支出11900.00万元，占本年支出合计的{share}。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("rate", "expected"), [("105.00%", []), ("110.00%", [("PCT002", "110.00%")])])
def test_completion_of_a_count_with_its_target_written_inside(rate, expected):
    assert errors(f"全年完成农村公路日常养护里程420公里，完成年度目标400公里的{rate}。") == expected


def _project(adjusted: str, left: str) -> list[str]:
    return ["一、项目概况", "项目年初预算资金860.00万元，其中：县级财政资金600.00万元，上级补助资金260.00万元。"
            f"年中调整追加40.00万元，全年预算{adjusted}。",
            "二、项目资金使用及管理情况",
            f"截至2024年12月31日，项目实际支出873.45万元，预算执行率97.05%。项目结余资金{left}，已按规定收回统筹使用。"]


@pytest.mark.parametrize(
    ("adjusted", "left", "expected"),
    [
        ("900.00万元", "26.55万元", []),
        ("910.00万元", "26.55万元", [("DIF001", "910.00万元")]),  # 860.00 + 40.00 is 900.00
        ("900.00万元", "36.55万元", [("DIF001", "36.55万元")]),  # 900.00 − 873.45 is 26.55
    ],
)
def test_adjusted_budget_and_money_left_over(adjusted, left, expected):
    found = errors(*_project(adjusted, left))
    assert [f for f in found if f[0] == "DIF001"] == expected


def test_a_carry_over_of_the_accounts_is_not_money_left_over():
    # 年末结转和结余 rolls the accounts forward (the balance relations); it is not budget − spending here
    paragraphs = ["全年预算900.00万元。", "全年支出决算为873.45万元。年末财政拨款结转和结余120.00万元。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("gap", "expected"), [("41.78万元", []), ("40.78万元", [("DIF001", "40.78万元")])])
def test_difference_of_a_part_with_its_budget_in_the_explanation(gap, expected):
    text = ("2021年决算项目支出为45.78万元，其中：商品和服务支出43.78万元、其他资本性支出2万元。决算数与年初预算指标对比，"
            f"项目支出差异43.78万元，其中商品服务支出差异{gap},主要原因是：年初只安排了按项目管理的商品和服务支出预算2万元。")
    assert [e for e in errors(text) if e[0] == "DIF001"] == expected


def test_a_balance_over_several_years_is_not_this_years_left_over():
    paragraphs = ["全年预算900.00万元。", "截至2024年12月31日，项目实际支出873.45万元，历年累计结余资金120.00万元。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("total", "expected"), [("1,867.48万元", []), ("1,876.48万元", [("SUM001", "1,876.48万元")])])
def test_a_total_of_what_is_added_to_the_amount_stated_first(total, expected):
    paragraphs = ["全镇本级一般公共预算收入实现111.11万元，为年初预算的116.9%，其中税收收入109.91万元；非税收入1.2万元。"
                  f"加上转移支付补助、上年结转、动用预算稳定调节基金等1,756.37万元，收入总计{total}。"]
    assert errors(*paragraphs) == expected


def test_a_total_after_additions_with_no_amount_stated_is_not_checked():
    # "加上上级补助…和上年结转，收入总量为159.98亿元": what was added is not given
    assert errors("2024年，全区一般公共预算收入53.24亿元，增长6.3%。加上上级补助、调入资金和上年结转，收入总量为159.98亿元。") == []


@pytest.mark.parametrize(("rate", "expected"), [("28.00%", []), ("21.88%", [("PCT002", "21.88%")])])
def test_saving_rate_over_the_budget_stated_in_its_sentence(rate, expected):
    # (8.50 − 6.12) / 8.50 = 28.00%; the saving is not added to the budget
    assert errors(f"2023年“三公”经费预算8.50万元，实际支出6.12万元，节约2.38万元，节约率{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("7.70%", []), ("7.15%", [("CHG001", "7.15%")])])
def test_a_change_against_a_base_written_after_yu(rate, expected):
    # "与上年实际支出52,410.00元相比，减少4,034.50元": 4,034.50 / 52,410.00 = 7.70%
    paragraphs = [f"“三公”经费实际支出48,375.50元。与上年实际支出52,410.00元相比，减少4,034.50元，下降{rate}。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("rate", "expected"), [("21.98%", []), ("23.98%", [("PCT002", "23.98%")])])
def test_a_decline_stated_after_a_saving_is_the_saving_rate(rate, expected):
    # "较预算节约13,624.50元，下降21.98%": 13,624.50 / 62,000.00 = 21.975%
    text = f"2024年度“三公”经费预算62,000.00元，实际支出48,375.50元，较预算节约13,624.50元，下降{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("走访农户600户，回访576户，回访率96.00%。", []),
        ("走访农户600户，回访576户，回访率69.00%。", [("PCT002", "69.00%")]),
        ("受理投诉举报1,245个，办结1,218个，办结率97.38%。", [("PCT002", "97.38%")]),
        ("全年预算数1,430.00万元，全年实际到位资金1,392.60万元，到位率97.83%。", [("PCT002", "97.83%")]),
        # quiet: a change or what is left (调增率, 结余率), kinds or units that differ, a rate after a rate
        ("年初预算30万元，调整预算后35万元，调增率16.67%。", []),
        ("全年预算100万元，实际支出95万元，结余率5%。", []),
        ("培训300人次，考核合格290人，合格率96.67%。", []),
        ("走访农户600户，回访576户，回访率96.00%，服务对象满意度为96.2%。", []),
    ],
)
def test_a_rate_of_two_figures_of_one_kind(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("gap", "expected"), [("82.43万元", []), ("82.34万元", [("DIF001", "82.34万元")])])
def test_income_spending_gap_with_the_income_a_subheading_before(gap, expected):
    paragraphs = ["（一）收入情况", "2023年度全镇收入1,960.40万元。", "（二）支出情况", f"全年实际支出1,877.97万元，收支差额{gap}。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("left", "expected"), [("68.12万元", []), ("86.12万元", [("DIF001", "86.12万元")])])
def test_money_left_at_the_end_of_the_year(left, expected):
    text = f"全年预算数1,430.00万元，全年实际到位资金1,392.60万元。实际支出1,324.48万元，年末结余资金{left}。"
    assert [e for e in errors(text) if e[0] == "DIF001"] == expected


@pytest.mark.parametrize(("rate", "expected"), [("97.38%", []), ("97.83%", [("PCT002", "97.83%")])])
def test_funds_received_over_the_budget_stated_before(rate, expected):
    paragraphs = [f"本项目年初预算1,250.00万元，年中追加180.00万元，全年预算数1,430.00万元。全年实际到位资金1,392.60万元，到位率{rate}。"]
    assert [e for e in errors(*paragraphs) if e[0] == "PCT002"] == expected


def test_an_arrival_rate_with_no_amount_received_in_its_sentence_is_not_checked():
    assert errors("项目计划总投资4,800.00万元，其中：县级配套资金720.00万元。", "部分资金到位滞后，县级配套资金到位率为66.67%。") == []


@pytest.mark.parametrize(("saving", "expected"), [("2.38万元", []), ("3.28万元", [("DIF001", "3.28万元")])])
def test_a_saving_of_the_budget_and_spending_stated_before_it(saving, expected):
    assert errors(f"2023年“三公”经费预算8.50万元，实际支出6.12万元，节约{saving}。") == expected


@pytest.mark.parametrize(("saving", "expected"), [("2.55万元", []), ("2.65万元", [("DIF001", "2.65万元")])])
def test_a_saving_after_spending_named_without_a_stage(saving, expected):
    # 20.00 − 17.45 = 2.55: "全年支出" names spending without 实际 or 决算; the rate is then computed
    # from the budget and the spending, so a wrong saving is the one reported (12.75% = 2.55 / 20.00)
    assert errors(f"公务接待费年初预算20.00万元，全年支出17.45万元，较年初预算节约{saving}，节约比为12.75%。") == expected


def test_a_share_base_is_not_a_figure_stated_as_a_share_of_that_base():
    # the total (支出总预算) is not in this text: 48100元 is itself "占支出总预算的4.43%", a part of it
    text = ("基本支出预算1037103.63元，占支出总预算的95.57%；项目支出预算48100元，占支出总预算的4.43%。"
            "其中：社会保障和就业支出类科目116433.12元，占支出总预算10.73%。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("50%", []), ("20%", [("CHG001", "20%")])])
def test_a_change_in_a_list_sentence_is_of_the_part_its_clause_names(rate, expected):
    # 0.5 / (1.5 − 0.5) = 50%: the change is the 公务接待费's, named in the clause before it, not the
    # 三公 total's (0.5 / (5.48 − 0.5) = 10.04%)
    paragraphs = ["“三公”经费支出决算中，公务用车购置及运行费支出决算3.98万元；公务接待费支出决算1.5万元。",
                  "“三公”经费支出决算总额为5.48万元，比去年增加1.55万元，增长39.4%。其中，"
                  f"公务接待费支出决算比预算无增减变化，比去年增加0.5万元，增长{rate}。"]
    assert [e for e in errors(*paragraphs) if e[0] == "CHG001"] == expected


@pytest.mark.parametrize(("total", "expected"), [("6440", []), ("6540", [("SUM001", "6540万元")])])
def test_a_total_after_jiashang_adds_the_top_level_amounts_only(total, expected):
    # 4400 + 1880 + 60 + 100 = 6440: the 其中 part of 1880 and what its bracket holds are not added
    # again, and the spending total stated after it is not a part of anything
    text = ("全镇一般公共预算收入4400万元，加上级转移支付收入1880万元，其中：一般转移支付收入1480万元（含均衡性"
            "转移支付收入170万元、结算补助收入130万元，专项转移支付收入400万元），上年结转结余60万元，基金调入"
            f"100万元，收入合计为{total}万元；本级一般公共预算支出合计6440万元。")
    assert errors(text) == expected


def test_a_list_ends_at_the_next_total():
    # 100 + 1300 + 1900 = 3300; 支出总计3300 opens another statement
    text = "政府性基金收入总计3300万元，其中本级收入100万元，上级补助收入1300万元，上年结余1900万元；政府性基金支出总计3300万元。"
    assert errors(text) == []


def test_nothing_over_nothing_written_as_zero_is_no_change():
    # 0 this year and 0 last year: "增加0.00万元，增长0%" is how templates say nothing changed
    assert claims("经营收入0.00万元，较上年决算数增加0.00万元，增长0%。") == []


@pytest.mark.parametrize(("total", "expected"), [("881300.39", []), ("911000.39", [("SUM001", "911000.39 元")])])
def test_a_name_with_spaces_from_a_converted_pdf_is_still_a_measure(total, expected):
    # "2023 年本年…基本支出" names 基本支出, whose parts 人员经费 + 公用经费 are complete: 809961.19 + 71339.2
    text = f"2023 年本年一般公共预算基本支出 {total} 元，其中：人员经费 809961.19 元，公用经费 71339.2 元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("tax", "expected"), [("8103", []), ("8130", [("SUM001", "24627万元")])])
def test_general_budget_revenue_is_tax_and_non_tax_revenue(tax, expected):
    # 8103 + 16524 = 24627: the two kinds of general-budget revenue are every part of it, so the list
    # must add up; the sentence's 年初预算 is not what they break down
    text = (f"1-4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%。"
            f"其中：税收收入{tax}万元，比上年增收1284万元；非税收入16524万元，比上年减收2354万元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


def test_tax_and_non_tax_parts_of_all_revenue_may_leave_transfers_out():
    # all revenue (transfers included) is more than its tax and non-tax parts: no identity for it
    assert errors("全镇收入合计6449万元，其中：税收收入2000万元，非税收入2402万元。") == []


@pytest.mark.parametrize(("car", "expected"), [("1687", []), ("1678", [("SUM001", "1969万元")])])
def test_a_list_after_a_total_and_its_change(car, expected):
    # 40 + 242 + 1687 = 1969: the total stands before the change stated of it (较…的2190万元减少221万元),
    # and "全市使用财政拨款安排…预算总额为" still names the 三公经费, so the three parts are complete
    text = ("2025年全市使用财政拨款安排“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%；"
            f"其中：因公出国（境）经费40万元，较上年持平；公务接待费242万元；公务用车购置及运行维护费{car}万元。")
    assert [e for e in errors(text) if e[0].startswith("SUM")] == expected


def test_value_added_is_no_change_amount():
    # 工业增加值 is a quantity (value added); its growth rate has no change amount to be computed from
    assert errors("全区完成规模以上工业总产值300.00亿元，同比增长9.0%；规模以上工业增加值70.00亿元，同比增长10.3%。") == []


def test_a_spending_rate_is_not_taken_over_a_revenue_named_general_budget():
    # 地方一般预算收入 is revenue of the general budget (一般预算 is a fund's old name, not a stage); the
    # spending's 年初预算 is not stated, so its rate cannot be checked
    text = ("截至3月底，地方一般预算收入累计完成8736万元，完成年初预算的27.39%。"
            "一般公共预算支出累计完成32664万元，完成年初预算的23.47%。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("43.2%", []), ("34.2%", [("PCT002", "34.2%")])])
def test_a_share_of_a_budget_written_inside(rate, expected):
    # "占年初预算10065万元的43.2%": 4348 / 10065 = 43.20%
    assert errors(f"1-5月，全县完成财政总收入4348万元，占年初预算10065万元的{rate}。") == expected


def test_spending_is_no_part_of_an_income_list():
    # 866 + 35 + 68 = 969; the spending after the semicolon is another statement
    text = ("1-5月，全县完成政府性基金收入969万元，其中国有土地使用权出让收入866万元，城市基础设施配套费收入35万元，"
            "污水处理费收入68万元；完成政府性基金支出4093万元。")
    assert errors(text) == []


@pytest.mark.parametrize(("finance", "expected"), [("289", []), ("298", [("SUM001", "1035万元")])])
def test_a_second_breakdown_of_the_same_whole(finance, expected):
    # by kind 1035 + 685 = 1720, by department 1431 + 289 = 1720: the second list breaks down the sum of
    # the first one's parts
    paragraphs = ["地方收入按构成分：税收收入1035万元；非税收入685万元。",
                  f"地方收入按部门分：税务部门完成1431万元；财政部门完成{finance}万元。"]
    assert [e for e in errors(*paragraphs) if e[0] == "SUM001"] == expected


def test_a_list_ends_at_the_next_numbered_item_of_its_sentence():
    # 150 + 0 = 150; "三、…公务接待费预算200万元" is the next item, not a part of the car costs
    text = ("2023年“三公”经费预算安排520万元：一、因公出国（境）费预算170万元，二、公务用车购置及运行费预算150万元，"
            "其中公务用车运行费150万元，公务用车购置费0万元，三、2023年公务接待费预算200万元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == []


@pytest.mark.parametrize(("second", "expected"), [("91.9%", []), ("81.9%", [("PCT001", "81.9%")])])
def test_shares_stated_respectively_pair_in_order(second, expected):
    # 2666.3 / 33067.0 = 8.06%, 30400.7 / 33067.0 = 91.94%: 分别为a和b，占…的p%和q%
    text = ("2019年全国政府采购规模为33067.0亿元。中央预算单位、地方预算单位政府采购规模分别为2666.3亿元和30400.7亿元，"
            f"占全国政府采购规模的8.1%和{second}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("23.07亿元", []), ("23.70亿元", [("DIF001", "23.70亿元")])])
def test_what_is_left_is_total_income_less_spending(left, expected):
    # 42.5 − 19.43 = 23.07
    text = f"全区政府性基金上年结余26.38亿元，上级补助收入14.78亿元，收入合计42.5亿元，支出19.43亿元，年终结余{left}。"
    assert errors(text) == expected


def test_a_negative_growth_is_the_decrease_written_with_its_sign():
    # 48.9 / (427.6 + 48.9) = 10.26%: "减收…，增长-10.3%" says the same fall
    assert errors("其中：税收收入427.6亿元，同比减收48.9亿元，增长-10.3%。") == []


@pytest.mark.parametrize(("rate", "expected"), [("1.87%", []), ("1.78%", [("CHG001", "1.78%")])])
def test_a_change_is_of_the_figure_of_its_part_of_the_sentence(rate, expected):
    # 8807 / (480691 − 8807) = 1.866%: the spending after the semicolon, not the revenue the sentence opens with
    text = ("2018年市级一般公共预算收入决算数129748万元，为调整预算数的100.66%，比2017年增收12423万元，增长10.59%；"
            f"2018年市级一般公共预算支出决算数480691万元，为调整预算数的92.98%，比2017年增支8807万元，增长{rate}。")
    assert errors(text) == expected


def test_a_share_of_spending_is_not_taken_over_revenue():
    # the 一般公共预算支出 the share is of is not stated; the revenue is another flow
    text = "一季度，一般公共预算收入完成684亿元。民生支出完成1681亿元，占一般公共预算支出的76.3%。"
    assert errors(text) == []


@pytest.mark.parametrize(("share", "expected"), [("66.19%", []), ("61.69%", [("PCT001", "61.69%")])])
def test_a_share_is_of_the_amount_not_of_its_change(share, expected):
    # 66342 / 100223 = 66.19%: the change stated in between (增收10304万元) is not the share's numerator
    text = f"地方财政收入完成100223万元。其中：税收收入完成66342万元，较上年同期增长18.39%，增收10304万元，税收收入占地方财政收入{share}。"
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("tax", "expected"), [("86.3%", []), ("81.3%", [("PCT001", "81.3%")])])
def test_shares_of_parts_named_jointly_before_zhan_take_each_its_named_amount(tax, expected):
    # 税收 366.4 ÷ 424.8 = 86.25%; 87.2% is of the 增收 56.9 over the revenue's own increase, not written: unchecked
    text = ("全省地方公共财政收入424.8亿元，增长18.2%。1-9月税收收入366.4亿元，增收56.9亿元，增长18.4%，"
            f"税收总额和增收额占地方公共财政收入的比重为{tax}和87.2%。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("tax", "nontax", "expected"), [
    ("62%", "38%", []), ("65%", "38%", [("PCT001", "65%")]), ("62%", "36%", [("PCT001", "36%")])])
def test_shares_of_two_named_parts_over_one_whole(tax, nontax, expected):
    # 43184 ÷ 69669 = 61.98%, 26485 ÷ 69669 = 38.02%: each share of the amount its name names
    text = ("全县一般公共预算收入安排69669万元，比上年实际完成增加2719万元，增长4%。税收收入安排43184万元，比上年实际完成减少"
            f"3993万元，下降8.46%；非税收入安排26485万元，税收收入和非税收入占一般公共预算收入的比重分别为{tax}、{nontax}。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 38.42 ÷ 115.3 = 33.32%: 退休人员 names the part written 退休38.42万人 (counts in 万人: the real figure recogniser)
    ("参保人数预计115.3万人，其中：在职76.88万人、退休38.42万人，退休人员占总参保人数比例为33.32%。", []),
    ("参保人数预计115.3万人，其中：在职76.88万人、退休38.42万人，退休人员占总参保人数比例为35.32%。", [("PCT001", "35.32%")]),
    # 25239.8 ÷ 33929.6 = 74.39%: 合同总金额 names the 合同金额
    ("全国政府采购规模为33929.6亿元。全国政府采购授予中小企业合同金额为25239.8亿元，授予中小企业合同总金额占全国政府采购规模的"
     "74.4%。", []),
    ("全国政府采购规模为33929.6亿元。全国政府采购授予中小企业合同金额为25239.8亿元，授予中小企业合同总金额占全国政府采购规模的"
     "77.4%。", [("PCT001", "77.4%")]),
])
def test_a_part_named_with_a_word_for_what_is_counted_is_the_amount_named_without_it(tmp_path, text, expected):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.rule == "PCT001"] == expected


def test_an_amount_naming_no_flow_in_a_revenue_sentence_is_no_base_of_a_share_of_spending():
    # 37.06 is revenue (争取上级转移支付资金, in the sentence of 一般公共预算地方收入): no 一般公共预算支出, which is not given
    text = ("全年完成一般公共预算地方收入9.44亿元，其中：税收收入7.27亿元，占比为77%；累计争取上级转移支付资金37.06亿元，"
            "同比增长15%。全年共安排教育、卫生、交通、科技等民生支出36.66亿元，占一般公共预算支出的71.88%。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == []


def test_a_share_whose_own_part_names_another_subject_has_no_amount_before_the_semicolon():
    # 产业投资 and 民间投资 give rates only: their shares are of amounts not written, not of the 74 projects
    text = ("全县在库固定资产投资项目141个，其中5千万以上的67个，完成投资同比增长23.0%；5千万以下项目74个，增速同比下降43.5%；"
            "产业投资同比增长15.9%，占全县投资比重为78.8%；民间投资同比增长3.1%，占全县投资比重为73.7%。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == []


@pytest.mark.parametrize(("county", "expected"), [("74.12%", []), ("71.12%", [("PCT001", "71.12%")])])
def test_a_share_in_a_run_after_a_semicolon_is_still_of_the_amount_before(county, expected):
    # 22,456 ÷ 30,298 = 74.12%: the share of a run past ；is of the amount before it
    text = ("实际采购金额30,298万元。市级政府采购金额7,842万元，比上年同期减少5,121万元，下降39.5%；县（区）政府采购金额"
            f"22,456万元，比上年同期增加914万元，增长4.24%；市、县（区）两级分别占全市采购金额的25.88%、{county}。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("total", "expected"), [("624.3", []), ("642.3", [("SUM001", "642.3亿元")])])
def test_a_total_after_a_clause_opening_with_jia(total, expected):
    # 306.74 + 317.56 = 624.30: "；加税收返还…等B，总收入C" adds B to the amount stated first
    text = (f"2024年，全市一般公共预算收入安排306.74亿元，增长5%；加税收返还和转移支付补助、上年结转收入等317.56亿元，"
            f"总收入{total}亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("32.65", []), ("23.65", [("DIF001", "23.65亿元")])])
def test_income_and_spending_netted(left, expected):
    # 637.58 − 604.93 = 32.65: "收支相抵" nets the totals of the paragraphs before, not a part of them
    paragraphs = ["全市一般公共预算总收入637.58亿元，其中：当年收入292.14亿元，税收返还和转移支付收入195.7亿元。",
                  "全市一般公共预算总支出604.93亿元，其中：当年支出526.91亿元，地方政府一般债务还本支出5.71亿元。"
                  f"收支相抵，结转下年{left}亿元。"]
    assert [e for e in errors(*paragraphs) if e[0] == "DIF001"] == expected


@pytest.mark.parametrize(("local", "expected"), [("52.6", []), ("25.6", [("SUM001", "90.1亿元")])])
def test_a_breakdown_from_a_point_of_view_is_complete(local, expected):
    # 37.5 + 52.6 = 90.1: "从收入级次看，…" splits the whole by level, every part named
    text = f"5月份，全省一般公共预算收入90.1亿元，增长9.2%。从收入级次看，中央级收入37.5亿元，与上年同月持平；地方级{local}亿元，增长5.4%。"
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


def test_a_list_giving_two_series_per_part_is_not_added_as_one():
    # each part has a month's and a year-to-date amount: 11.1 + 137.4 is no sum of anything
    paragraphs = ["我市地方一般公共预算收入当月完成13.1亿元，下降34.4%；累计完成158.9亿元，增长30.8%。",
                  "从收入结构看，地方税收收入当月完成11.1亿元，下降5.5%；累计完成137.4亿元，增长42.6%，占比86.5%。"
                  "非税收入当月完成2.1亿元，下降74.9%；累计完成21.4亿元，下降14.6%，占比13.5%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("rate", "expected"), [("96.34%", []), ("95%", [("PCT002", "95%")])])
def test_a_rate_of_what_is_done_over_done_and_not_done(rate, expected):
    # 18501.096 / (18501.096 + 703) = 96.34%: 未支 is the part not yet paid
    assert errors(f"衔接资金支付18501.096万元，未支703万元，支付率{rate}。") == expected


def test_a_rate_pairs_no_figures_across_a_semicolon():
    # each fund has its own 分配率; one fund over the other is nothing
    text = "中央安排直达资金61.02亿元，分配率99.3%；地方安排直达资金13.78亿元，分配率99.5%。"
    assert errors(text) == []


def test_an_items_title_before_a_colon_opens_no_list():
    paragraphs = ["1.项目资金到位情况：该项目年初预算资金为16万元，全部为市级财政资金。",
                  "2.项目资金执行情况：2017年，财政预算项目资金16万元，支付16万元。"]
    assert errors(*paragraphs) == []


def test_the_levels_of_a_hierarchy_are_not_parts():
    assert errors("该项目共编制12个绩效目标指标，其中一级指标3个，二级指标9个，三级指标12个。") == []


def test_a_change_after_a_list_sentence_is_not_of_its_first_part():
    # 830 / (3328 + 830) = 19.96%: the total's change, stated after its 其中 list
    text = ("2019年“三公”经费预算为3328万元。其中，因公出国（境）费50万元，公务接待费478万元，公务用车购置及运行费2800万元。"
            "同口径比2018年减少830万元，下降20%。")
    assert errors(text) == []


def test_a_budget_paired_with_its_own_actual_is_no_budget_of_a_part():
    # 12.60 / 30.00 = 42.00%; the parts' budgets are not stated, so their rates are not checked
    text = ("2023年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为12.60万元，完成预算的42.00%，其中："
            "公务用车购置及运行维护费支出决算为9.00万元，完成预算的75.00%；公务接待费支出决算为3.60万元，完成预算的40.00%。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("6.67%", []), ("7.67%", [("CHG001", "7.67%")])])
def test_a_change_alone_in_its_clause_is_a_change_and_no_share(rate, expected):
    # 300 / (4800 − 300) = 6.67%; 4800 / 8000 = 60.00%: the share is of the amount, not of its change
    paragraphs = ["截至2024年8月底，累计完成财政总收入8000万元，比上年同期增加500万元，增长6.67%。",
                  f"累计完成税收收入4800万元，增加300万元，增长{rate}，税收占财政总收入的比重为60.00%；"
                  "累计完成非税收入3200万元，增加200万元，增长6.67%，非税收入占财政总收入的比重为40.00%。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("普通高中生均公用经费上年12000.00元，本年12600.00元，同口径增长5.00%。", []),
    ("普通高中生均公用经费上年12000.00元，本年12600.00元，同口径增长6.00%。", [("CHG001", "6.00%")]),
    ("部门支出上年决算数400.00万元，本年决算数500.00万元，增长25.00%。", []),
    ("部门支出上年决算数400.00万元，本年决算数500.00万元，增长20.00%。", [("CHG001", "20.00%")]),
    # a carry-over from last year is no last year's figure
    ("上年结转40.00万元，本年收入500.00万元，增长20.00%。", []),
])
def test_a_figure_named_by_the_previous_period_is_the_base(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("parts", "expected"), [
    # the second part is inside the first (一般公共预算 is one of the 国家财政性 funds)
    ("国家财政性教育经费42000万元，一般公共预算教育经费41000万元", []),
    ("一般公共预算教育经费30000万元，政府性基金预算教育经费25000万元", [("SUM001", "50000万元")]),
])
def test_a_narrower_fund_scope_of_the_same_name_is_inside_the_part_before(parts, expected):
    assert errors(f"2023年，全县教育经费总投入为50000万元。其中：{parts}。") == expected


@pytest.mark.parametrize(("total", "expected"), [("42.00", []), ("43.00", [("SUM001", "43.00亿元")])])
def test_added_amounts_start_from_the_whole_a_list_broke_down(total, expected):
    # 30 + 10 + 2 = 42: the amount added to is the one the 其中 sentences broke down, not its last part
    text = (f"全区一般公共预算本级收入完成30.00亿元，增长5.0%。其中，税收收入18.00亿元，增长6.0%。非税收入12.00亿元，增长3.0%。"
            f"加上上级转移支付10.00亿元、上年结转2.00亿元，收入总量为{total}亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("gap", "expected"), [("0.90", []), ("0.80", [("DIF001", "0.80万元")])])
def test_a_gap_alone_in_its_clause_is_between_the_amounts_before_it(gap, expected):
    assert errors(f"2023年度“三公”经费支出4.10万元，年初预算为5.00万元，差值为{gap}万元。") == expected


@pytest.mark.parametrize(("cut", "rate", "expected"), [
    ("800", "9.1%", []),  # −500 = 300 − 800
    ("700", "8.0%", [("SUM001", "500万元")]),  # 300 − 700 = −400
])
def test_the_changes_of_a_complete_list_add_up_to_the_change_of_its_total(cut, rate, expected):
    text = ("一般公共预算收入累计完成20000万元，比上年减收500万元，下降2.4%。"
            f"其中：税收收入12000万元，比上年增收300万元，增长2.6%；非税收入8000万元，比上年减收{cut}万元，下降{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("budget", "expected"), [("3000", []), ("3500", [("SUM001", "10000万元")])])
def test_the_budgets_of_a_complete_list_add_up_to_the_budget_of_its_total(budget, expected):
    # 7000 + 3000 = 10000: each part states its budget in the role its total does (占年初预算…的)
    text = ("1-6月，一般公共预算收入完成5600万元，占年初预算10000万元的56.0%。"
            f"其中：税收收入4000万元，占年初预算7000万元的57.1%；非税收入1600万元，占年初预算{budget}万元的{1600 / int(budget):.1%}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("3.16%", []), ("3.61%", [("CHG001", "3.61%")])])
def test_a_change_from_last_years_figure_to_this_years(rate, expected):
    # (23298.13 − 22585.11) / 22585.11 = 3.16%
    assert errors(f"普通初中生均经费由上年的22585.11元增加到23298.13元，增长{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("10.85%", []), ("11.85%", [("CHG001", "11.85%")])])
def test_a_rate_stated_before_its_change_amount(rate, expected):
    # 2798 / (28583 − 2798) = 10.85%
    assert errors(f"地方一般公共预算收入完成28583万元，同比增长{rate}，增收2798万元。") == expected


@pytest.mark.parametrize(("part", "expected"), [("14717", []), ("15717", [("SUM001", "28583万元")])])
def test_a_breakdown_seen_from_a_dimension_is_complete_and_passes_over_the_change(part, expected):
    # 13866 + 14717 = 28583; 增收2798 is the change, not the whole
    text = (f"地方一般公共预算收入完成28583万元，同比增长10.85%，增收2798万元，从征收部门来看：税务部门完成13866万元，"
            f"占调整预算100.93%；财政部门完成{part}万元，占调整预算110.14%。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("total", "expected"), [("542.25", []), ("552.25", [("SUM001", "552.25亿元")])])
def test_a_total_word_alone_closes_the_amounts_before_it(total, expected):
    text = f"提前安排部门基本支出、项目支出等164.03亿元，以及对市县转移支付378.22亿元，合计{total}亿元。"
    assert errors(text) == expected


def test_a_total_word_after_a_list_of_its_own_adds_nothing_up():
    # 合计 closes the 其中 list, not every amount of the sentence (100 + 60 + 30 is no sum of anything)
    assert errors("收入100万元，其中财政拨款60万元、事业收入30万元，合计90万元。") == []


def test_a_share_of_one_of_two_joined_things_is_not_of_their_sum():
    # 3030.61 / (3030.61 + 663.82) = 82%: 转移支付 is not 税收返还和转移支付
    text = ("对市县税收返还和转移支付4404.78亿元，占总支出的67%（包括一般性转移支付3030.61亿元，占转移支付比重达82%；"
            "专项转移支付663.82亿元）。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == []


def test_a_whole_named_at_another_stage_is_the_amount_its_sentence_pairs_with_it():
    # the shares are of 决算 167.37, not of 预算 246
    paragraphs = ["2021年度“三公”经费支出预算为246万元，支出决算为167.37万元，完成预算的68%。",
                  "2021年度“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算2.14万元，占1.3%；"
                  "公务用车购置及运行维护费支出决算165.23万元，占98.7%。"]
    assert errors(*paragraphs) == []


def test_a_list_ends_at_a_new_total_opening_its_own_list():
    text = "机关编制56人，其中：行政编制24人，事业编制32人；年末实有人数76人，其中在职人员48人，退休人员28人。"
    assert errors(text) == []


def test_a_breakdown_after_a_share_may_be_of_the_whole_it_is_a_share_of():
    # 17000 is the procurement budget broken down by funds; 分散采购 0 is a share of it, not its whole
    paragraphs = ["2023年政府采购预算17000元。其中：政府集中采购预算17000元，占政府采购预算的100%。分散采购0元，占政府采购预算的0%。"
                  "按政府采购资金类型划分，一般公共预算拨款17000元，财政专户管理的资金0元，上年结转结余资金0元。"]
    assert errors(*paragraphs) == []


def test_paragraphs_that_open_lists_of_their_own_are_not_the_parts_of_the_one_before():
    paragraphs = ["机关事业单位基本养老保险缴费支出150384元，其中：",
                  "基本支出150384元，项目支出0元。主要用于人员基本养老保险缴费支出。",
                  "事业单位医疗76142.1元，其中：基本支出76142.1元，项目支出0元。",
                  "住房公积金112788元，其中：基本支出112788元，项目支出0元。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("一般公共预算教育经费64469万元（教育事业费61554万元，基本建设经费2569万元，教育费附加346万元）。", []),
    ("一般公共预算教育经费64469万元（教育事业费61554万元，基本建设经费2569万元，教育费附加3460万元）。",
     [("SUM001", "64469万元")]),
    # a list closed by 其他… must add up exactly; a part after it belongs to the list outside
    ("一般转移支付收入1478万元（含均衡性转移支付收入166万元、基本财力保障资金968万元、结算补助收入132万元、"
     "其他一般转移支付收入212万元，专项转移支付收入406万元）。", []),
    ("一般转移支付收入1478万元（含均衡性转移支付收入166万元、基本财力保障资金968万元、结算补助收入132万元、"
     "其他一般转移支付收入202万元）。", [("SUM001", "1478万元")]),
    # a bracket that is no breakdown: a share, or the same amount last year
    ("一般公共预算支出500万元（占总支出的80%），比上年增加20万元。", []),
])
def test_amounts_in_brackets_right_after_an_amount_break_it_down(text, expected):
    assert errors(text) == expected


def test_whole_tallies_stand_for_their_rounding():
    # 50112 − 43605 = 6507: tallies rounded to the 亿元 may leave 6508 (±½ each); 滚存 is no year's leftover
    text = "2016年，社会保险基金总收入50112亿元，比上年增长8.1%；总支出43605亿元，比上年增长11.5%；本年收支结余6508亿元，年末滚存结余65425亿元。"
    assert errors(text) == []
    # a small whole budget amount stays exact
    assert errors("公务接待费预算16万元，支出15万元，节约2万元。") == [("DIF001", "2万元")]


def test_a_per_unit_amount_is_no_part_and_shares_named_together_are_of_the_whole():
    # 0.7 / 6.5 ≈ 11.2%, 0.9 / 6.5 ≈ 13.1% (one decimal each): of the whole, not of 村级 4.9
    text = ("账面资产6.5万亿元。村级资产4.9万亿元，占总资产的75.7%，村均816.4万元；乡镇、组级资产总额分别为0.7万亿元和0.9万亿元，"
            "占比分别为11.2%和13.1%。")
    assert errors(text) == []


def test_a_saving_rate_is_over_the_budget_of_the_whole_not_of_its_last_part():
    # 22496.96 / 227957.45 = 9.87%
    text = ("2017年，纳入集中采购的预算规模为227957.45万元，其中：货物类采购预算金额97926.37万元；工程类采购预算金额41941.66万元；"
            "服务类采购预算金额88089.43万元。实际采购规模为205460.49万元。节约资金22496.96万元，节约率为9.87%。")
    assert errors(text) == []


def test_a_class_written_with_a_threshold_is_no_amount():
    text = "决算总收入超200亿的高校还有三所，其决算总收入分别为249.82亿元、248.23亿元和236.08亿元。"
    assert errors(text) == []


@pytest.mark.parametrize(("left", "expected"), [("33.15", []), ("34.15", [("DIF001", "34.15万元")])])
def test_what_is_left_counts_what_was_brought_in(left, expected):
    # 266.98 + 171.6 − 405.43 = 33.15
    text = f"2022年本级体彩公益金总收入266.98万元，上年结转171.6万元，2022年体彩公益金总支出405.43万元，结余{left}万元。"
    assert errors(text) == expected


def test_a_later_total_named_like_the_first_is_no_part():
    text = "本部门年末实有人数151人，其中在职人员100人，离休人员0人，退休人员51人；年末其他人员0人；年末学生人数929人。"
    assert errors(text) == []


def test_a_share_of_a_whole_named_as_one_is_of_the_total_not_of_a_part_sharing_a_word():
    paragraphs = ["2016年我院支出合计26994.72万元，其中基本支出12270.36万元，项目支出14629.33万元，经营支出95.03万元。",
                  "②项目支出：在项目支出当中，教育事业支出14412.87万元，科研支出166.87万元，医疗卫生支出49.59万元。",
                  "③本年度我院经营支出为95.03万元，主要为食堂本年支出，占总支出0.35%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("last", "expected"), [("38.4%", []), ("38.5%", [("PCT001", "38.5%")])])
def test_a_share_one_unit_off_once_rounded_where_the_shares_make_100(last, expected):
    # 54 ÷ 141 = 38.298% rounds to 38.3; 32.6 + 29 + 38.4 = 100: adjusted to add up (information, no error)
    text = f"全县村级集体经济收入5万元以下的46个，占32.6%；5万至10万元的41个，占29%；10万元以上的54个，占{last}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("83.48%", []), ("85.48%", [("PCT002", "85.48%")])])
def test_a_part_listed_under_an_adjusted_budget_is_the_budget_of_the_part_named_the_same(rate, expected):
    # 6,796 ÷ 8,141 = 83.48%: 8,141 is listed under 支出总计调整为 9,877; 专项转移支付补助 has no budget of
    # its own (its 1,630 is not held to the grand total 9,877)
    paragraphs = ["（1）收入总计调整为9877万元。其中：本级收入1597万元；上级补助收入8280万元。",
                  "（2）支出总计调整为9877万元。其中：一般公共预算支出8141万元，上解支出1736万元。",
                  "（1）收入总计10855万元，完成调整预算的109.9%。其中：本级收入1857万元，完成调整预算的116.28%；"
                  "专项转移支付补助1630万元，完成调整预算的167.18%。",
                  f"（2）支出总计10855万元，完成调整预算的109.9%。其中：一般公共预算支出6796万元，为调整预算的{rate}。"]
    assert errors(*paragraphs) == expected


def test_shares_adjusted_to_add_up_to_100_count_each_part_once():
    # 12270.36 / 26994.72 = 45.454…%: written 45.46 so that 45.46 + 54.19 + 0.35 = 100, and repeated later
    paragraphs = ["2016年我院支出合计26994.72万元，其中基本支出12270.36万元，占总支出的45.46%，项目支出14629.33万元，"
                  "占总支出的54.19%，经营支出95.03万元，占总支出0.35%。",
                  "①基本支出：本年度我院基本支出12270.36万元，占总支出的45.46%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("left", "expected"), [("1376", []), ("1367", [("DIF001", "1367万元")])])
def test_an_income_spending_balance_is_of_its_paragraphs_income_and_spending(left, expected):
    text = (f"2019年全县社会保险基金收入完成64053万元，完成年初预算65986万元的97.07%。全县社会保险基金支出62677万元，"
            f"完成年初预算62037万元的101.03%。当年收支结余{left}万元，年末滚存结余37046万元。")
    assert errors(text) == expected


def test_what_was_taken_back_is_not_left():
    # 1233.62 + 65.34 − 1270.6 − 6.86 = 21.5
    text = "2024年本级公益金总收入1233.62万元，上年结转65.34万元，总支出1270.6万元，财政收回统筹6.86万元，本年结余21.5万元。"
    assert errors(text) == []


def test_a_rate_against_a_budget_not_stated_is_not_checked_against_another():
    paragraphs = ["全县社会保险基金支出62677万元，完成年初预算62037万元的101.03%。",
                  "国有资本经营收入完成220万元，完成年初预算150万元的146.67%，完成调整预算的100%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("left", "expected"), [("3.55", []), ("3.45", [("DIF001", "3.45亿元")])])
def test_a_leftover_in_a_list_is_of_its_own_part(left, expected):
    # 11.49 − 7.94 = 3.55; 33.79 / 39.41 = 85.7% ≈ 86%
    text = (f"2024年，当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%。其中：县直各部门批复指标39.41亿元，"
            f"已用指标33.79亿元，预算结余5.62亿元，总体执行率86%；各乡镇批复指标11.49亿元，已用指标7.94亿元，预算结余{left}亿元，总体执行率69%。")
    assert errors(text) == expected


def test_a_deduction_in_a_list_is_taken_away():
    # 33223.3 + 26436.02 − 19280.9 = 40378.42, no more than 91419.66 (a partial list)
    text = ("2024年，税收收入91419.66亿元，下降4.6%。税收收入中，国内增值税33223.3亿元，为预算的92.1%；企业所得税26436.02亿元，"
            "为预算的96.3%；出口货物退增值税、消费税19280.9亿元，为预算的102.4%。")
    assert errors(text) == []


@pytest.mark.parametrize(("cut", "expected"), [("4.5", []), ("4.35", [("CHG002", "4.35万元")])])
def test_a_change_after_two_figures_named_by_consecutive_years(cut, expected):
    assert errors(f"公务接待费2016年预算8万元，2015年预算12.5万元；对比减少{cut}万元。") == expected


def test_another_budgets_income_is_no_part_of_the_general_budgets():
    # 238998 + 77582 = 316580; the fund budget's and the state capital budget's incomes follow in the list
    text = ("6月，全区一般公共预算收入累计完成316580万元，增长17.2%，其中：税收收入累计完成238998万元，增长9.7%；"
            "非税收入累计完成77582万元，增长48.1%；政府性基金预算收入1616万元；国有资本经营收入1868万元。")
    assert errors(text) == []


def test_retired_people_are_no_part_of_the_staff_at_work():
    text = "核定编制71人，实际正式教职工62人，其中副高级职称4人，中级职称25人，初级职称23人，管理人员10人，退休职工28人。"
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("27.8%", []), ("28.8%", [("PCT002", "28.8%")])])
def test_a_budget_paired_in_its_sentence_is_no_budget_of_the_parts_after_it(rate, expected):
    # 65000 / 234000 = 27.8%; the parts' budgets are not stated, so their rates are not checked
    text = (f"2022年度“三公”经费支出年初预算为234000.00元，支出决算为65000.00元，完成年初预算的{rate}。其中："
            "公务用车运行维护费支出决算为34000.00元，完成年初预算的100%；公务接待费支出决算为31000.00元，完成年初预算的15.5%。")
    assert errors(text) == expected


def test_direction_words_after_a_list_compare_the_whole():
    text = ("2022年度“三公”经费支出年初预算为6283.70元，支出决算为6283.70元，完成年初预算的100%。其中：公务用车运行维护费"
            "支出决算为1388.70元；公务接待费支出决算为4895.00元。“三公”经费支出决算数等于预算数的主要原因是厉行节约。")
    assert errors(text) == []


def test_added_amounts_after_a_new_statement_start_from_it_not_from_an_old_list():
    # 284612.25 + 1100.37 = 285712.62: the list of income two statements back is not what is added to
    text = ("全国一般公共预算收入219702.12亿元。其中，税收收入174972亿元。非税收入44730.12亿元。全国一般公共预算支出284612.25亿元，"
            "增长3.6%。加上补充中央预算稳定调节基金1100.37亿元，支出总量为285712.62亿元。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("89.3%", []), ("85.3%", [("PCT002", "85.3%")])])
def test_a_spending_progress_is_of_what_was_received(rate, expected):
    # 9.4 / 10.53 = 89.27% (88.7–89.8% within rounding); its own sentence's spending, not the 已支出 before
    text = ("截止2020年12月31日，下达至我市直达资金8.56亿元，已支出7.61亿元，支出进度88.9%。"
            f"1-6月，全区共收到中央直达资金10.53亿元，支出9.4亿元，支出进度{rate}。")
    assert errors(text) == expected


def test_a_rate_of_what_was_paid_is_over_its_sentences_budget():
    # 244.05 / 259.85 = 93.92%; the 288 received two paragraphs before is not this project's budget
    paragraphs = ["2024年我县共收到中央专项彩票公益金288万元。", "主要用于四所中小学校消防设施维修改造项目。",
                  "该项目计划总投资259.85万元，财政部门已拨付专项资金244.05万元，该项目支出率93.92%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("left", "expected"), [("0.08", []), ("0.18", [("SUM001", "33.88亿元")])])
def test_what_is_not_yet_done_is_the_rest_of_the_whole(left, expected):
    assert errors(f"县区直达资金合计33.88亿元，已分配33.80亿元，未分配{left}亿元。") == expected


@pytest.mark.parametrize(("more", "expected"), [("823.48", []), ("832.48", [("CHG002", "832.48万元")])])
def test_a_change_after_a_budget_and_an_actual_is_their_difference(more, expected):
    # 4610.19 − 3786.71 = 823.48
    text = f"2017年一般公共预算财政拨款支出预算数3786.71万元，调整数4610.19万元，决算数4610.19万元，增加{more}万元。"
    assert errors(text) == expected


def test_a_share_of_a_part_counted_in_its_list_ends_nothing():
    # 4185.62 + 877.29 + 150 = 5212.91: a share naming 总收入 is not a new total closing the list
    text = ("单位预算收入5212.91万元。其中：财政拨款收入4185.62万元，占预算收入的80.29%；其他收入877.29万元，占总收入16.83%；"
            "上年结余结转150万元，占总收入2.88%。")
    assert errors(text) == []


def test_a_share_outside_brackets_is_of_the_amount_before_them():
    text = ("本年收入合计1151.41万元；包括财政拨款收入1077.36万元（其中，一般公共预算1077.36万元，政府性基金预算0万元，"
            "国有资本经营预算0万元），占收入合计93.57%。")
    assert errors(text) == []


def test_a_milestone_passed_is_no_amount():
    # 3765.2 / (21070.5 − 3765.2) = 21.8%; 突破2万亿元 is no current figure
    assert errors("当期全国政府采购规模为21070.5亿元，首次突破2万亿元，比上年增加3765.2亿元，增长21.8%。") == []


def test_a_change_named_in_its_own_part_of_the_sentence_is_not_of_the_part_before():
    text = "企业所得税当月缴库490万元，同比增长189.7%；个人所得税增收46万元，同比增长41.8%。"
    assert errors(text) == []


def test_an_amount_written_again_is_no_whole_of_itself():
    paragraphs = ["财政部：2022年全国政府采购规模为34993.1亿元，下降3.9%",
                  "2022年全国政府采购规模为34993.1亿元，较上年减少1405.9亿元，下降3.9%，占全国财政支出和GDP的比重分别为9.4%和2.9%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("health", "expected"), [("908.05", []), ("918.05", [("SUM001", "919.54万元")])])
def test_what_a_part_was_used_for_is_no_sibling_of_it(health, expected):
    # 7.04 + 4.26 + 908.05 + 0.19 = 919.54; 50.00, 42.60 and 33.75 are what 卫生 spends, inside its 908.05
    text = (f"部门支出预算919.54万元，其中：教育7.04万元，主要用于所属职业院校基本支出；科学技术4.26万元；"
            f"卫生健康{health}万元，主要用于贷款贴息50.00万元、公立医院社会保险补贴42.60万元、人才培养33.75万元等项目支出；"
            f"节能环保0.19万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("local", "expected"), [("3051", []), ("3151", [("SUM001", "29612万元")])])
def test_first_parts_making_the_total_end_the_list(local, expected):
    # 11765 + 14796 + 3051 = 29612; 一般预算收入 19401 that follows is another measure of the same money
    text = (f"一季度全区完成财政收入29612万元。其中，国税完成11765万元；地税完成14796万元；财政完成{local}万元；"
            f"实现地方一般预算收入19401万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("80.52%", []), ("79.12%", [("PCT002", "79.12%")])])
def test_the_base_of_one_rate_is_not_the_actual_of_the_next(rate, expected):
    # 33.82 / 42 = 80.52%: 33.23 is the base of 101.78%, not an actual
    text = (f"完成一般公共预算收入33.82亿元，为人大预算数37.10亿元的91.16%，为三季度目标33.23亿元的101.78%，"
            f"为全年目标42亿元的{rate}。")
    assert errors(text) == expected


def test_a_budget_that_is_the_base_of_its_own_rate_is_no_budget_of_another_figure():
    # the 37.10 budget is of 一般公共预算收入 (33.82 / 37.10 = 91.16%); 企业所得税's own budget is not given
    paragraphs = ["完成一般公共预算收入33.82亿元，为人大预算数37.10亿元的91.16%。",
                  "企业所得税完成4.92亿元，完成预算的83.11%，较上年同期增收1.98亿元。"]
    assert errors(*paragraphs) == []


def test_a_list_after_a_sentence_without_figures_is_not_of_the_sentence_before_that():
    text = ("审计厅组织4个督查组，督促落实整改工作。截至10月底，绝大部分问题得到整改。"
            "其中，财政管理审计查出的20个问题已整改到位；专项审计查出的46个问题，除7个外均已整改。")
    assert errors(text) == []


def test_a_part_of_the_sentence_opening_its_own_list_after_a_paired_figure_is_a_new_total():
    # 720 ≤ 3272 and 78 ≤ 170; 328158人次 / 4590万元 open their own 其中 after ；: not parts of the first
    text = ("今年共落实学前教育资助3272人次约170万元，其中资助建档立卡学生720人次约78万元；"
            "落实义务教育资助328158人次约4590万元，其中资助建档立卡学生6956人次约411万元。")
    assert errors(text) == []


@pytest.mark.parametrize(("cut", "expected"), [("13724", []), ("15724", [("CHG001", "1.2%")])])
def test_last_years_income_is_no_base_of_this_years_spending(cut, expected):
    # 13724 / (1107315 + 13724) = 1.22%; the income of the clause before is no base of the spending
    text = (f"去年全年一般公共预算收入累计完成310682万元，同比增加23188万元，增长8.1%；"
            f"一般公共预算支出累计完成1107315万元，同比减少{cut}万元，下降1.2%。")
    assert errors(text) == expected


def test_a_figure_under_a_head_naming_funds_is_no_restatement_of_an_all_funds_one():
    paragraphs = ["2018年度年末结转和结余164.61万元（其中：项目支出结转和结余27.80万元）。",
                  "2018年度一般公共预算收入总计1085.31万元，本年支出1070.67万元，年末结转和结余30.65万元。"]
    assert errors(*paragraphs) == []
    # two sentences under the same funds must agree
    paragraphs[0] = "2018年度一般公共预算收入总计1200.00万元，年末结转和结余164.61万元。"
    assert errors(*paragraphs) == [("CON001", "30.65万元")]


@pytest.mark.parametrize(("more", "expected"), [("268.84", []), ("286.84", [("CHG002", "286.84万元")])])
def test_an_adjustment_from_one_amount_to_another_changes_by_their_difference(more, expected):
    # 13250.10 − 12981.26 = 268.84
    assert errors(f"一般公共预算收入由年初预算12981.26万元调整为13250.10万元，调增{more}万元。") == expected


def test_a_change_with_a_subject_of_its_own_after_an_adjustment_is_no_difference_of_it():
    text = "非税收入由年初预算3574.04万元调整为3842.88万元，主要由于：（1）企业利润上缴调增49.16万元；（2）收费收入调增228.96万元。"
    assert errors(text) == []


@pytest.mark.parametrize(("school", "expected"), [("0.55", []), ("1.55", [("SUM001", "6.61亿元")])])
def test_what_an_amount_is_mainly_used_for_is_a_list_of_its_parts(school, expected):
    # 5.1 + 0.55 + 0.23 + 0.72 = 6.60 ≤ 6.61 (主要: the list may leave some out); 5.1 + 1.55 + … = 7.60 > 6.61
    text = f"一般债务余额6.61亿元，主要用于道路建设5.1亿元，学校建设{school}亿元，生态环境保护0.23亿元，公共事业建设0.72亿元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("special", "expected"), [("38571", []), ("39571", [("SUM001", "78200万元")])])
def test_a_debt_limit_is_an_amount_with_parts(special, expected):
    text = f"2024年，市财政局核定本县政府债务限额78200万元，其中：一般债务限额39629万元、专项债务限额{special}万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("orphans", "expected"), [("11", []), ("21", [("SUM001", "111万元")])])
def test_an_adjustment_of_the_whole_ends_its_list(orphans, expected):
    # 100 + 11 = 111; after 调减40万元 the 71 is the adjusted whole, not a part
    text = f"中央财政救助补助资金下达我区111万元，其中低保和临时救助资金100万元，孤儿基本生活保障金{orphans}万元，调减40万元，全年实际下达71万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("county", "expected"), [("30.9", []), ("32.9", [("SUM001", "61.8万元")])])
def test_the_total_written_again_after_its_parts_is_no_part(county, expected):
    text = f"项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金{county}万元，2021年度中央下达资金61.8万元。"
    assert errors(text) == expected


def test_an_amount_per_unit_in_brackets_is_no_part_of_the_amount_before():
    # 每亩 and 每公里 are rates per unit, whatever the measure word: not a breakdown of the 1.20万元
    assert errors("道路绿化养护费1.20万元（每亩800元，每公里1.50万元）。") == []


@pytest.mark.parametrize(("rate", "expected"), [("14.01%", []), ("12.01%", [("CHG001", "12.01%")])])
def test_an_amount_right_after_xiangbi_is_the_change_not_the_base(rate, expected):
    # 21.79 / (177.28 − 21.79) = 14.01%: the writer left out 增加, 21.79 is no base (that gives 713.58%)
    text = f"其中：财政拨款收入177.28万元，占29.67%，与2016年相比21.79万元，增加{rate}；事业收入375.81万元。"
    assert errors(f"本年收入合计597.52万元。{text}") == expected


@pytest.mark.parametrize(("special", "expected"), [("380", []), ("390", [("SUM001", "1,105.3亿元")])])
def test_an_amount_opening_a_list_like_the_one_before_is_stated_beside_it(special, expected):
    # 725.3 + 380 = 1105.3; the 余额 has a list of its own with the same names: not a part of the 限额
    text = (f"自治区下达我市法定债务限额1,105.3亿元，其中一般债务725.3亿元、专项债务{special}亿元，"
            f"全市政府法定债务余额为1,071.65亿元，其中一般债务699.47亿元、专项债务372.18亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("51577", []), ("53857", [("DIF001", "53857万元")])])
def test_a_carry_over_listed_in_the_income_is_not_added_again(left, expected):
    text = ("全县财力收入总计498107万元，其中：一般公共预算收入103200万元，上年结余2280万元。"
            f"全县财力支出总计446530万元，其中：一般公共预算支出248742万元。全县财力收支相抵后，结余{left}万元。")
    assert errors(text) == expected


def test_a_share_of_the_budget_is_of_a_figure_named_as_a_budget_not_of_the_general_budget_income():
    # 占预算的97.2% is 省级收入's completion; its budget is not given (1582.4 is 一般预算收入, no budget)
    text = ("全省地方一般预算收入完成1582.4亿元，完成预算的102.6%。中央级收入完成1193.1亿元，占计划的98.7%；"
            "省级收入完成334.1亿元，占预算的97.2%。")
    assert errors(text) == []


def test_a_rate_after_a_deduction_is_on_a_basis_the_figures_do_not_give():
    text = ("2022年全区一般公共预算收入1042625万元，比2021年减收34086万元，剔除留抵退税后同口径增长0.67%。"
            "其中：税收收入720801万元，同比减收92021万元，剔除留抵退税后同口径下降6.07%。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("3%", []), ("5%", [("CHG001", "5%")])])
def test_a_change_in_a_later_part_of_the_sentence_is_of_that_parts_figure(rate, expected):
    # 8.3 / (271.8 + 8.3) = 2.96%; the comparison of the part before names no figure of this part
    text = (f"税收收入完成1237.5亿元，增长50.1%，增收412.8亿元，扣除留抵退税（196.6亿元）因素后，比上年同口径增长70.9%；"
            f"非税收入完成271.8亿元，下降{rate}，减收8.3亿元。")
    assert errors(text) == expected


def test_bounds_and_ranges_are_no_totals():
    text = ("其他地市前8月地方财政收入均在300亿之下。其中保定市、沧州市和廊坊市累计金额分别为262.5亿元、256.2亿元和244.5亿元。"
            "邢台市、秦皇岛市和张家口市均在120-170亿元之间。其中邢台市累计金额达到了162.3亿元；而秦皇岛和张家口总量极为相近，"
            "金额分别为126.1亿元和125.1亿元。")
    assert errors(text) == []


@pytest.mark.parametrize(("first", "expected"), [("63.12", []), ("163.12", [("SUM001", "475.86亿元")])])
def test_value_added_is_an_amount_not_a_change(first, expected):
    text = f"全县GDP总额为475.86亿元，其中第一、二、三产业增加值分别为{first}亿元、150.82亿元、261.92亿元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("less", "expected"), [("0.07", []), ("0.17", [("CHG002", "0.17万元")])])
def test_less_and_more_after_a_comparison_are_changes(less, expected):
    assert errors(f"决算车辆运行维护费用2.94万元，比去年3.01万元少{less}万元。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("104.56%", []), ("140.56%", [("PCT002", "140.56%")])])
def test_a_completion_rate_without_de(rate, expected):
    assert errors(f"“三公”经费支出预算为12.50万元，支出决算为13.07万元，完成预算{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("51.8%", []), ("58.1%", [("PCT002", "58.1%")])])
def test_a_base_in_brackets_before_de(rate, expected):
    assert errors(f"税收收入完成1500.8亿元，为年初预算（2895.6亿元）的{rate}，增长2.4%。") == expected


@pytest.mark.parametrize(("car", "expected"), [("57.36", []), ("75.36", [("PCT001", "99.70%"), ("PCT001", "0.30%")])])
def test_shares_adding_up_to_100_are_of_the_parts_sum_when_the_whole_is_not_given(car, expected):
    text = (f"2021年度“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行费支出决算{car}万元，"
            f"占99.70%；公务接待费支出决算0.18万元，占0.30%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("65%", []), ("56%", [("PCT001", "56%")])])
def test_a_share_that_breaks_the_100_percent_is_still_of_the_parts_sum(share, expected):
    # 35% is 41361.4 of their sum 118299.2, so the other share is of that sum too: 76937.8 is 65.04%
    text = f"在全部国有资产中，经营性资产达76937.8亿元（占{share}），比上年增长5.2%；非经营性资产41361.4亿元（占35%），比上年增长14.4%。"
    assert errors(text) == expected


@pytest.mark.parametrize(("good", "expected"), [("23", []), ("24", [("SUM001", "50个"), ("PCT001", "46%")])])
def test_shares_of_parts_are_of_the_sentences_first_figure_when_they_fit_it(good, expected):
    # 5, 23 and 22 of 50 are 10 %, 46 % and 44 %; 24 breaks the parts' sum, but 50 is still the whole
    text = f"复核评价的50个项目，复核等次为“优秀”的5个，占比10%，“良好”的{good}个，占比46%，“中(一般)”的22个，占比44%。"
    assert errors(text) == expected


def test_shares_adding_up_to_100_are_of_the_figure_of_their_unit_right_before_the_parts():
    # the whole written 51: no share fits it, but 10 + 46 + 44 = 100 says the parts are all of it
    text = "复核评价的51个项目，复核等次为“优秀”的5个，占比10%，“良好”的23个，占比46%，“中(一般)”的22个，占比44%。"
    assert errors(text)[:1] == [("SUM001", "51个")]


@pytest.mark.parametrize(("scattered", "expected"), [("3050778.84", []), ("3050788.84", [("SUM001", "6429768.84元")])])
def test_parts_whose_shares_of_one_whole_add_up_to_100_make_it_up(scattered, expected):
    # 3378990 + 3050778.84 = 6429768.84 (52.55 % + 47.45 %), though a sentence stands between the two parts;
    # 3050788.84 is still 47.45 % of the whole, but the parts no longer add up
    text = (f"2025年政府采购预算6429768.84元。其中：政府集中采购预算3378990元，占政府采购预算的52.55%；主要原因是增加了"
            f"服务类采购。分散采购{scattered}元，占政府采购预算的47.45%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("project", "expected"), [
    ("1096.01", []),
    ("1106.01", [("SUM001", "1185.53万元"), ("PCT001", "92.45%")]),  # (1106.01 is 93.29 % of 1185.53)
])
def test_shares_of_a_whole_broken_down_twice_make_it_up_paragraph_by_paragraph(project, expected):
    # 7.55 % + 92.45 % in one paragraph, 100 % of a second breakdown in the next: 89.52 + 1096.01 = 1185.53
    text = ("2023年支出总预算1185.53万元，基本支出预算89.52万元，占支出总预算的7.55%，同比增加40.34万元。"
            f"项目支出预算{project}万元，占支出总预算的92.45%，同比减少78.99万元。",
            "按支出功能分类科目划分，共分为一类：教育支出1185.53万元，占支出总预算100%。")
    assert errors(*text) == expected


@pytest.mark.parametrize(("special", "expected"), [("975", []), ("985", [("SUM001", "5926万元")])])
def test_what_an_amount_includes_is_a_list_of_its_parts(special, expected):
    # 含 opens the parts of the amount before it: 4951 + 975 = 5926 (not the 2354 of the next item)
    text = f"上级补助收入5926万元，含一般性转移支付补助4951万元，专项转移性补助{special}万元；动用预算稳定调节基金2354万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("25694", []), ("25964", [("DIF001", "25964万元")])])
def test_what_follows_a_deduction_is_what_is_left(left, expected):
    # 451227 − 425533 = 25694, whatever the leftover is called (滚存结余 is no year's 结余 otherwise)
    text = f"收入总计451227万元，减支出总计425533万元，财政滚存结余{left}万元，减结转下年支出{left}万元，净结余为零。"
    assert errors(text) == expected


def test_an_amount_said_roughly_is_no_base_of_a_share(tmp_path):
    # the 一般公共预算支出 the share names is stated nowhere: not the 约19亿元 of funds put to use
    # (quickfig reads no 约: the real extraction does)
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text("在一般公共预算收入减收约10亿元、支出增支约8亿元情况下，积极统筹、盘活存量资金约19亿元。"
                    "2022年“三保”预算支出39.33亿元，占一般公共预算支出的40.24%。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize(("grant", "expected"), [("960", []), ("970", [("SUM001", "3292万元")])])
def test_an_amount_after_exact_parts_opening_and_ending_as_the_whole_does_is_its_sibling(grant, expected):
    # 960 + 4 + 2328 = 3292; 上级补助收入（基金）278 opens and ends as 上级财政补助收入 does, none of the parts does
    text = (f"二是上级财政补助收入3292万元，其中：一般性转移支付收入（体制补助）{grant}万元、返还性收入4万元、"
            "专项性转移支付收入2328万元，上级补助收入（基金）278万元；三是上年结余结转收入4万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("tax", "expected"), [("5982", []), ("5892", [("SUM001", "16549万元")])])
def test_a_partition_opening_a_sentence_may_break_down_what_its_parts_name(tmp_path, tax, expected):
    # 5982 + 3001 = 8983, the 地方一般预算收入 the parts name (组织地方收入), not the 16549 of the paragraph before
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text("2020年5月，财政总收入完成19800万元。其中：地方一般预算收入完成8983万元。\n"
                    "从总税收收入看：全区5月份完成16549万元，较上年同期24562万元减少8013万元。\n"
                    f"从征收部门看：全区税务部门组织地方收入{tax}万元；财政部门组织地方收入3001万元。\n", encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"] == expected


@pytest.mark.parametrize(("left", "expected"), [("7.24", []), ("7.42", [("DIF001", "7.42亿元")])])
def test_what_is_left_netted_is_of_the_paragraphs_own_income_and_spending(left, expected):
    # 65.17 − 57.93 = 7.24, not the fund totals of the paragraph before; the parts of a balance in brackets and a
    # balance rolled over the years (滚存) are no year's leftover
    paragraphs = ["市本级一般公共预算总收入164.47亿元，市本级一般公共预算总支出153.81亿元。收支相抵，年终结余10.66亿元"
                  "（其中待偿债置换一般债券结余0.93亿元、专款年终结余9.73亿元），净结余为零。",
                  f"市本级社会保险基金预算收入65.17亿元，社会保险基金预算支出57.93亿元。收支相抵，本年收支结余{left}亿元，"
                  "年终滚存结余78.09亿元。"]
    assert errors(*paragraphs) == expected


def test_a_list_after_a_sentence_listing_a_part_may_be_of_the_whole():
    # the classes add up toward 290450 (the list is cut short here), not toward the 民生支出 part 244688
    text = ("2022年一般公共预算支出完成290450万元，较上年增加4216万元。其中：民生支出完成244688万元，占总支出的84.24%。"
            "具体支出分科目为：一般公共服务支出27060万元；教育支出168085万元；社会保障和就业支出75768万元。")
    assert errors(text) == []


@pytest.mark.parametrize(("upkeep", "expected"), [("325000", []), ("335000", [("SUM001", "325000元")])])
def test_a_direction_word_alone_makes_a_change_not_a_part(upkeep, expected):
    # "增72000元", "增(减)0元" change the amount before them: the parts are 0 and the upkeep alone
    text = ("安排公务用车运行维护及购置费325000元，比上年预算增72000元，同比增长28.46%，其中：公务用车购置费0元，"
            f"增(减)0元；公务用车运行维护费{upkeep}元，增72000元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("welfare", "expected"), [("4.04", []), ("4.14", [("SUM001", "8.47亿元")])])
def test_first_parts_named_alike_end_the_list_before_another_measure(welfare, expected):
    # 4.04 + 4.43 = 8.47; the 公益金 raised is not a third kind of lottery sold
    text = f"全州彩票销量再创历史新高达8.47亿元，其中，福利彩票销量{welfare}亿元，体育彩票销量4.43亿元，共为国家筹集彩票公益金2.31亿元。"
    assert errors(text) == expected


def test_what_was_raised_last_year_is_no_base_of_what_was_put_in_this_year():
    text = ("2014年投入重大民生设施建设的福彩公益金达4500万元，较2013年增加1160万元，占2013年筹集的福彩公益金的62.5%"
            "（2013年本级共筹集福彩公益金7205.72万元）。")
    assert errors(text) == []


def test_budgets_of_several_numbered_items_are_no_budget_of_the_whole():
    paragraphs = ["2023年下达省级福彩公益金113万元，其中养老机构运营补贴项目48万元、村级互助幸福院项目建设资金65万元。",
                  "1.养老机构运营补贴项目：2023年下达省级福彩公益金48万元，到位资金48万元，资金到位率100%。",
                  "2.村级互助幸福院项目：2023年下达省级福彩公益金65万元，到位资金65万元，资金到位率100%。",
                  "2023年共支付省级福利彩票公益金113万元。执行率达100%。"]
    assert errors(*paragraphs) == []


def test_a_rate_after_a_whole_and_its_parts_pairs_none_of_them():
    text = "目前已补助各地就业资金17.7亿元，其中含中央财政12.75亿元，含自治区财政4.95亿元，资金下达率达98%。"
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("86.8%", []), ("76.8%", [("PCT002", "76.8%")])])
def test_what_arrived_is_over_the_amount_named_like_it(rate, expected):
    # 231 / 266 = 86.8%, not 231 / 657 (the whole investment)
    text = ("专项规划项目批复总投资657亿元，其中中央补助投资391亿元，要求地方配套资金266亿元。"
            f"专项规划项目中央补助资金全部到位，地方配套资金实际到位231亿元，到位率{rate}。")
    assert errors(text) == expected


def test_the_spending_of_two_funds_named_in_their_sentences_is_no_conflict():
    paragraphs = ["县级福彩公益金本年收入83.7万元，当年实际支出92.3万元，结转下年使用资金83.7万元。",
                  "2021年省市下达福彩公益金276.288万元，当年安排支出276.288万元，当年实际支出219.488万元。"]
    assert errors(*paragraphs) == []


def test_an_average_is_not_taken_of_another_amount_per_unit():
    # 负债246.07万元 is per village too (246.07 / 1446 = 0.17): no total stands in the sentence
    text = "全市1446个行政村中，平均每个村有资产885.54万元，负债246.07万元；平均每个村收入为61.72万元。"
    assert errors(text) == []


def test_a_marker_whose_words_end_at_a_semicolon_opens_no_list_of_the_amounts_after():
    # 4.25 + 1.26 + 0.14 = 5.65 is the whole; 23% of it is 22.30%, adjusted so the shares make 100%
    text = ("福彩公益金用于养老等服务类经费4.25亿元，占比为75%，使用范围包括老年公寓、敬老院、殡仪事业等；"
            "用于社区公益类1.26亿元，占比为23%，使用范围包括公益慈善项目等；用于其他社会福利类0.14亿元，占比为2%。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("132.94%", []), ("123.94%", [("PCT002", "123.94%")])])
def test_an_execution_rate_after_a_change_against_the_budget(rate, expected):
    # 226.31 / (226.31 − 56.08) = 132.94%
    text = f"2017年度基金总收入226.31亿元，相比预算增加56.08亿元，预算执行率{rate}。"
    assert errors(text) == expected


def test_an_overspend_against_the_budget_is_no_budget():
    text = ("某县基础养老金实际支出239.53万元，超出预算金额1.19万元；实际享受市级缴费补贴人数为35885人，"
            "实际需要市级缴费补贴82.82万元，超出预算金额65.65万元。")
    assert errors(text) == []


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("102.67%", []),  # 377,841 ÷ 368,000 = 102.67%: the budget 调整为 368,000, not the 355,000 passed first
     ("106.43%", [("PCT002", "106.43%")])],
)
def test_a_budget_adjusted_to_is_the_adjusted_budget(rate, expected):
    text = ("人民代表大会审议通过的2021年一般公共预算收入为355,000万元，经人大常委会批准，2021年一般公共预算收入调整为368,000万元，"
            f"实际收入377,841万元，完成调整预算的{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("76.57%", []),  # 112,446 ÷ 146,845: the 税收收入 the share names, not last year's 133,191
     ("90.70%", [("PCT001", "90.70%")])],
)
def test_a_share_is_of_the_figure_it_names_not_a_comparison_base(rate, expected):
    text = ("全城区组织财政收入累计完成146,845万元。税收收入112,446万元，比上年同期133,191万元减收20,745万元，"
            f"下降15.58%；税收收入占全部组织财政收入的比重为{rate}。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


def test_a_rate_after_an_adjustment_compares_with_what_is_not_given():
    # 增长18.3% compares the adjusted budget with last year's revenue (not written), not with 362,000
    text = "一般公共预算收入由362,000万元调整为416,000万元，调增54,000万元，增长18.3%。"
    assert errors(text) == []


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("93.8%", []),  # 91,759 ÷ 97,842: the amount before the brackets, not 镇级支出 inside them
     ("10.8%", [("PCT002", "10.8%")])],
)
def test_a_completion_rate_is_of_the_amount_before_brackets(rate, expected):
    text = (f"全县支出调整预算为97,842万元。全县一般公共预算支出91,759万元（其中镇级支出10,595万元），完成调整预算的{rate}。")
    assert errors(text) == expected


def test_a_rate_after_a_deduction_of_factors_is_not_checked():
    text = "全县一般公共预算支出总额为378,558万元，剔除新增债券等因素，比上年同口径增加23,123万元，同口径增长6.6%。"
    assert errors(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("全市林地面积145.29万公顷，森林面积133.14万公顷，森林覆盖率达69.83%。", []),  # of the land area, not given
     ("下达资金600.00万元，已拨付576.00万元，拨付率96.00%。", []),
     ("下达资金600.00万元，已拨付576.00万元，拨付率92.00%。", [("PCT002", "92.00%")])],
)
def test_a_rate_after_two_figures_is_of_them_when_it_names_what_they_did(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 短收 against a written base is a decrease: 40,860 − 35,215 = 5,645
        ("2021年度公共预算收入35,215万元，较年初预算40,860万元，短收5,645万元。", []),
        ("2021年度公共预算收入35,215万元，较年初预算40,860万元，短收5,465万元。", [("CHG002", "5,465万元")]),
        # 超收 over the plan the sentence states: 585,925 − 585,000 = 925
        ("区本级一般公共预算收入585,925万元，增长1.3%，完成年度收入计划585,000万元的100.2%，超收925万元。", []),
        ("区本级一般公共预算收入585,925万元，增长1.3%，完成年度收入计划585,000万元的100.2%，超收952万元。",
         [("DIF001", "952万元")]),
    ],
)
def test_revenue_over_and_under_its_budget(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("57.7%", []),  # 税收收入 is not written: nothing to check (31,220 is the budget)
     ("98.3%", [])],
)
def test_a_share_naming_a_part_no_figure_carries_is_not_checked(rate, expected):
    text = f"全年县级一般公共预算收入31,751万元，完成预算数31,220万元的101.7%，税收收入占县级一般公共预算收入的{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("96.3%", []),  # 251.45 ÷ 261.25: the budget stated after the changes is an adjusted one too
     ("98.3%", [("PCT002", "98.3%")])],
)
def test_a_budget_stated_after_the_changes_is_adjusted(rate, expected):
    paragraphs = ["2022年，全区一般公共预算支出年初预算财力安排219.78亿元。经人大常委会审议批准后，一般公共预算支出调整为263.68亿元。"
                  "综合省市追加专款等变动因素后，2022年全区一般公共预算支出预算总额为261.25亿元。",
                  f"2022年全区完成一般公共预算支出251.45亿元，完成调整后支出预算的{rate}。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("108.17%", []),  # 1,350 ÷ 1,248: the amount of the rate's own part, against its own budget
     ("118.17%", [("PCT002", "118.17%")])],
)
def test_a_rate_in_a_part_of_its_own_is_of_that_parts_amount(rate, expected):
    text = (f"我县税收收入预算53,000万元，完成46,980万元，为预算的88.64%；个人所得税预算1,248万元，个人所得税1,350万元，"
            f"为预算的{rate}。税收收入较年初预算减少6,020万元，下降11.36%。")
    assert [e for e in errors(text) if e[0] == "PCT002"] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("108.2%", []),  # 1,350 ÷ 1,248 = 108.17%: the budget written after its actual, in its part
     ("118.2%", [("PCT002", "118.2%")])],
)
def test_a_budget_written_after_its_actual_in_its_part(rate, expected):
    # …and no budget of 资源税, whose rate is not checked (3,475 ÷ 1,248 would be 278%)
    text = (f"区级税收收入完成情况：增值税完成16,295万元，为预算的83.6%；个人所得税1,350万元，预算1,248万元，为预算的{rate}；"
            "资源税3,475万元，为预算的167.87%。")
    assert [e for e in errors(text) if e[0] == "PCT002"] == expected


def test_a_leftover_is_no_actual_of_a_completion_rate():
    # the spending is not written: 19.8 left over is no numerator of the 99.27%
    paragraphs = ["2018年度本单位预算安排三公经费总额为63.46万元。", "年末结余数19.8万元.计算本单位预算完成率99.27%."]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("left", "expected"), [("177", []), ("187", [("DIF001", "187亿元")])])
def test_a_balance_of_income_and_spending_is_of_those_since_the_balance_before(left, expected):
    # 448 − 271 = 177: not 2,614 (the first fund's 总收入) − 271
    text = ("居民基本医疗保险基金总收入为2614亿元，比上年增长58%。本年支出为2064亿元，比上年增长45%。本年收支结余550亿元，"
            f"年末滚存结余1350亿元。工伤保险基金收入为448亿元，增长66%。本年支出271亿元，比上年增长51%。本年收支结余{left}亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("195.83", []), ("185.83", [("DIF001", "185.83万元")])])
def test_money_paid_out_is_spent(left, expected):
    # 1,887.85 − 1,692.02 = 195.83: 发放 is what was spent of the budget
    assert errors(f"2023年年初预算县级资金1887.85万元，随月发放1692.02万元，结余{left}万元。") == expected


def test_money_planned_to_be_paid_out_is_a_budget():
    # 计划发放 is the plan: 1,887.85 planned, 1,692.02 paid, 195.83 left
    text = "2023年计划发放县级资金1887.85万元，实际支出1692.02万元，结余195.83万元。"
    assert errors(text) == []
    assert errors(text.replace("195.83", "185.83")) == [("DIF001", "185.83万元")]


@pytest.mark.parametrize(("carried", "expected"), [("18.77", []), ("18.87", [("DIF001", "18.87亿元")])])
def test_what_is_carried_into_next_year_is_the_total_income_less_the_total_spending(carried, expected):
    # 303.57 − 284.8 = 18.77 and 244.01 − 229.94 = 14.07
    text = (f"2022年，市本级一般公共预算收入总量303.57亿元、支出总量284.8亿元，结转下年支出{carried}亿元；"
            "政府性基金收入总量244.01亿元、支出总量229.94亿元，年终结转14.07亿元。")
    assert errors(text) == expected


def test_a_carry_over_listed_in_the_spending_total_is_a_part_of_it():
    # 结转下年 is one of the uses 支出总计 lists: no income less spending
    text = "收入总计84.65亿元，支出总计84.65亿元，其中：本年支出80.35亿元，结转下年4.30亿元。"
    assert errors(text) == []


def test_a_change_or_a_difference_is_no_budget():
    # 超收1.17亿元 and 较年初预算减少d are no budgets of 上划中央收入
    text = ("地方收入14.67亿元，为预算的108.7%，较年初预算超收1.17亿元；上划中央收入6.79亿元，较上年增加1348万元，增长2%，"
            "为预算的86.3%。")
    assert [e for e in errors(text) if e[0] == "PCT002"] == []


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("2.9%", []),  # last year's revenue is not given; 上年结余 is this year's money, no base
     ("12.9%", [])],
)
def test_a_carry_over_is_no_previous_year_figure(rate, expected):
    text = (f"2020年，我区一般公共预算收入274.8亿元，同比增长{rate}，完成预算的101.4%；加上上级补助收入、调入资金和上年结余等"
            "转移性收入259.1亿元后，一般公共预算总收入533.8亿元。")
    assert [e for e in errors(text) if e[0] == "CHG001"] == expected


def test_a_budget_paired_with_another_parts_actual_is_not_this_parts():
    # 1,248 is 个人所得税's budget; 资源税's is not stated: its rate is not checked
    text = ("我县税收收入预算53,000万元，完成46,980万元，为预算的88.64%；个人所得税预算1,248万元，个人所得税1,350万元，"
            "为预算的108.17%；资源税3,475万元，为预算的167.87%。")
    assert errors(text) == []


@pytest.mark.parametrize(("total", "expected"), [("820.86", []), ("826.38", [("SUM001", "826.38亿元")])])
def test_what_follows_jianqu_is_taken_off_a_total_of_added_amounts(total, expected):
    # 684.51 + 128.60 + 0.51 + 10.00 − 2.76 = 820.86
    text = (f"全区一般公共预算收入完成684.51亿元。加上市财政与本区的结算净收入等128.60亿元、动用历年结余0.51亿元，"
            f"以及地方政府债券转贷收入10.00亿元；减去调出资金2.76亿元，全区可以安排使用的一般公共收入总计{total}亿元。")
    assert errors(text) == expected


ITEMS_RECEIVED = ("2022年度上级安排生态保护恢复资金4871.71万元，应到位4871.71万元，实际到位1696.76万元，到位率34.83%。"
                  "分项目如下：①防火能力建设补助应到位68万元，实际到位21万元，到位率30.88%；②护林员项目应到位1605万元，"
                  "实际到位1604.75万元，到位率100%；③草原修复补助应到位35万元，实际到位0万元，到位率0%。")


@pytest.mark.parametrize(("first", "expected"), [("30.88%", []), ("38.08%", [("PCT002", "38.08%")])])
def test_items_numbered_in_a_sentence_are_parallel_lists(first, expected):
    # the rates of the spending: 1696.76 / 4871.71 = 34.83% (the whole, not item ③'s 35), 21 / 68 = 30.88%
    # (item ①'s own budget); ② states no amount of its own, so nothing of ①'s is its actual
    paid = (f"目前共支付资金1696.76万元，资金执行率34.83%。分别项目为①防火能力建设补助支付21万元，资金执行率{first}；"
            "②护林员项目未支付，资金执行率为0%。")
    assert errors(ITEMS_RECEIVED, paid) == expected


def test_a_shortfall_against_the_budget_is_no_part_and_is_of_its_own_clause(tmp_path):
    # 短收 is budget less actual of its own part of the sentence (24850 − 3089 = 21761), not a part of the
    # total, and not the amount a change of the same part is of (31430 / (3089 + 31430) = 91.05 %)
    from extractor.pipeline import check_file
    text = ("2024年，全县大口径财政收入累计完成67955万元。其中：一般公共预算收入42100万元，完成预算49531万元的85.0%，"
            "短收7431万元；政府性基金收入3089万元，完成预算24850万元的12.4%，短收21761万元，同比减收31430万元，下降91.1%。")
    path = tmp_path / "r.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"] == []
    path.write_text(text.replace("短收21761", "短收21671") + "\n", encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"] == [("DIF001", "21671万元")]


@pytest.mark.parametrize("rate, meant", [("95.89%", True), ("96.50%", False)])
def test_a_rate_over_a_named_budget_of_zero_names_the_budget_that_gives_it(tmp_path, rate, meant):
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text("某局2024年度部门决算\n一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，"
                    f"完成年初预算的{rate}。\n", encoding="utf-8")
    found = [f for f in check_file(path).findings if f.severity != "info"]
    # the 年初预算 named is 0: the rate does not exist, and the finding names the budget that gives it; a rate
    # no budget gives is the rate's own slip, the zero base noted
    assert [(f.rule, f.severity) for f in found] == [("PCT003" if meant else "PCT002", "error")]
    assert ("按全年预算321.02万元计算正为95.89%" in found[0].message) == meant
    assert ("为0" in found[0].message)


def test_a_policy_named_plan_is_no_budget():
    # 计划生育 is a policy, not a plan: that item is no base of the progress rate after the list
    text = ("分资金看，直达资金项目主要为优抚对象补助经费2035.6万元，基本公共卫生服务补助金672.76万元，"
            "计划生育转移支付资金589.53万元，城乡义务教育补助经费5261万元。截至3月31日，已累计支出4756.18万元，支出进度达55%。")
    assert errors(text) == []


@pytest.mark.parametrize("rate, expected", [("15.69%", []), ("16.69%", [("PCT002", "16.69%")])])
def test_what_was_executed_is_the_actual_of_a_completion_rate(rate, expected):
    # 已执行 names what was spent: the rate is 2.4 of this item's 15.3, not 15.3 of the item before's 2.9
    text = ("保密档案办公设备购置费预算2.9万元，执行0元，完成率0%。"
            f"招投标办案工作经费预算15.3万元，已执行2.4万元，完成率{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize("rate, expected", [("100%", []), ("25.41%", []), ("90%", [("PCT002", "90%")])])
def test_a_use_rate_may_be_of_the_funds_received(rate, expected):
    # 使用率 names no base: of the funds received (到位) right before what was used, or of the budget
    text = ("2023年本级财政预算安排专项资金共计2646.34万元，截至2023年6月30日，专项资金已到位672.44万元，"
            f"使用672.44万元，使用率{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize("rate, expected", [
    ("6.2118%", []),  # 6.21186%: off in the fourth decimal, finer than any reader of the report cares (info)
    ("6.2318%", [("CHG001", "6.2318%")]),
])
def test_a_rate_written_to_four_decimals_and_off_by_less_than_a_hundredth_point(rate, expected):
    text = ("财政拨款收入364.6552万元，较上年度决算数减少24.1522万元，"
            f"下降{rate}。项目支出218.016万元，较上年度决算数减少55.1444万元，下降20.1876%。")  # (a report that rounds)
    assert errors(text) == expected


@pytest.mark.parametrize("whole, expected", [
    ("92.86%", []),  # 145.38% and 88.45% are over the parts' own adjusted budgets, which the text does not give
    ("93.86%", [("PCT002", "93.86%")]),  # the whole's rate is still over the whole's budget
])
def test_a_parts_rate_is_not_over_the_budget_of_its_whole(whole, expected):
    text = ("2019年批复预算2722.87万元，其中：基本支出1835.18万元，项目支出887.69万元，当年项目经费追加22057.08万元，"
            f"调整后预算总指标24779.95万元。当年实际支出23011.71万元，为调整预算的{whole}，其中：基本支出2794.74万元，"
            "为调整预算的145.38%，项目经费支出20216.97万元，为调整预算的88.45%。")
    assert [e for e in errors(text) if e[0] == "PCT002"] == expected


@pytest.mark.parametrize("net, expected", [
    ("1224.10", []),
    ("1234.10", [("SUM001", "1360.66万元")]),  # assets are liabilities plus net assets
])
def test_a_balance_sheet_in_one_sentence(net, expected):
    text = f"截止2023年12月31日，资产总额1360.66万元，其中固定资产900.00万元，负债总额136.56万元，净资产总额{net}万元。"
    assert errors(text) == expected


@pytest.mark.parametrize("cut, rate, expected", [
    ("109833.1", "40.46%", []),
    ("108833.1", "40.46%", [("DIF001", "108833.1元")]),  # the cut is what was submitted less what was approved
    ("109833.1", "41.46%", [("PCT001", "41.46%")]),  # its rate is the cut over what was submitted
])
def test_an_audit_cut_is_the_submitted_less_the_approved(cut, rate, expected):
    text = f"该工程上报结算价271492.79元，审计后核定为161659.69元，核减{cut}元，核减率{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize("carried, expected", [("68", []), ("86", [("DIF001", "86万元")])])
def test_what_is_carried_into_next_year_after_one_income_and_one_spending(carried, expected):
    text = f"2022年市级彩票公益金收入1237万元，安排支出1169万元，结转下年使用{carried}万元。"
    assert errors(text) == expected


@pytest.mark.parametrize("rate, expected", [("95.02%", []), ("96.02%", [("PCT002", "96.02%")])])
def test_a_payment_rate_is_a_completion_rate(rate, expected):
    # 支付率 names its base before it (到位资金): what was paid over the funds received
    text = f"截至2024年12月31日，项目资金到位495万元。项目共支付470.37万元，到位资金支付率为{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize("left, expected", [("142", []), ("124", [("DIF001", "124万元")])])
def test_a_leftover_after_a_sentence_of_one_income_and_one_spending(left, expected):
    text = (f"全年共发生财政预算支出3846万元，与财政预算总收入3988万元相抵。本年度结余{left}万元，"
            "既实现2021年终顺利关账，又为2022年的各项工作开展准备了启动资金。")
    assert errors(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("增加安排385.8万元，惠及脱贫地区2522户，户均增加安排1530元。", []),
    ("增加安排385.8万元，惠及脱贫地区2522户，户均增加安排1630元。", [("AVG001", "1630元")]),
    # a standard per head (人均55元) is no total of the sentence divided by its count
    ("其中：健康素养6.14万元。至此我县20.41万人、人均55元的基本公共卫生服务项目资金已全部到位。", []),
])
def test_a_per_household_amount_after_a_count_of_households(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("550.0亿元", []), ("560.0亿元", [("DIF001", "560.0亿元")])])
def test_a_carry_over_listed_in_the_sentence_after_the_income_is_inside_it(left, expected):
    # 3000.0 − 2450.0 = 550.0: the 上年结转 510.0 is one of the income's parts, not added again
    text = ("全区收入总量3000.0亿元，为预算的140.0%。其中，地方收入220.0亿元；中央补助2160.0亿元；一般债务收入110.0亿元，"
            f"动用预算稳定调节基金、上年结转等510.0亿元。支出总量2450.0亿元。收支相抵，结转下年{left}。")
    assert errors(text) == expected


def test_a_budget_word_before_a_colon_names_no_amount_after_it():
    # "…批准的预算草案…，执行情况如下：…一般公共预算收入820.0亿元": an actual, no budget of the fund rate after it
    text = ("按照人大批准的2020年预算草案，执行情况具体如下：2020年，全省地方一般公共预算收入820.0亿元，为预算的94.0%。"
            "全省地方政府性基金预算收入520.0亿元，为预算的113.0%，增长14.0%。")
    assert errors(text) == []


def test_budget_within_investment_is_a_kind_of_funds_not_a_budget():
    # 预算内投资 names where money comes from; the rate's budget is not stated
    assert errors("积极争取省预算内基本建设投资1000万元。", "项目资金支付合规，项目支出费用20.42万元，支付率68.07%。") == []


@pytest.mark.parametrize(("saved", "expected"), [("22500.00万元", []), ("25200.00万元", [("DIF001", "25200.00万元")])])
def test_a_saving_alone_in_its_sentence_is_the_budget_less_what_was_spent(saved, expected):
    # 228000.00 − 205500.00 = 22500.00
    text = ("2017年，市本级纳入政府集中采购的预算规模为228000.00万元，其中：货物类采购预算金额98000.00万元。"
            f"实际采购规模为205500.00万元，其中：货物类实际采购规模91000.00万元。节约资金{saved}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("104.3%", []), ("103.4%", [("PCT002", "103.4%")])])
def test_a_budget_named_at_length_inside_the_phrase_is_the_base(rate, expected):
    # 39.1 ÷ 37.5 = 104.27%
    text = f"2023年区级一般公共预算收入预计完成39.1亿元，完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("2331亿元", []), ("2313亿元", [("DIF001", "2313亿元")])])
def test_a_balance_after_an_income_list_and_a_spending(left, expected):
    # 18791 − 16460 = 2331: the spending after the income's list is no part of it
    text = ("企业职工基本养老保险基金收入18791亿元，其中保险费收入15501亿元，财政补贴收入2669亿元；支出16460亿元；"
            f"本年收支结余{left}，年末滚存结余24010亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("65%", []), ("56%", [("PCT002", "56%")])])
def test_a_rate_after_a_whole_and_its_parts_is_of_the_whole(rate, expected):
    # 355.16 ÷ 546.23 = 65.02% (not 县级's 31.71, the last part, nor a budget in brackets)
    text = ("2024年，该项目中央、省级、县级预算共安排546.23万元，其中：中央248.73万元（2024年下达153.3万元），"
            "省级230.54万元（2024年下达221万元），县级66.96万元；2024年应支付贴息资金444.86万元，实际支付355.16万元，"
            f"其中：中央248.74万元、省级74.71万元、县级31.71万元，执行率{rate}。")
    assert errors(text) == expected


def test_a_rate_after_the_parts_of_funds_received_names_no_part():
    # the parts are what was allotted of the funds received; the rate is of their whole, not of 省级's part
    text = "2022年，收到中央补助资金15150.00万元，全部补助到各级政府，其中省级支出安排489.00万元，各州市安排14661.00万元，执行率为100%。"
    assert errors(text) == []


def test_a_budget_shared_by_items_with_rates_of_their_own_is_no_items_budget():
    # 42万元 was for both items; the second item's own budget is not stated
    text = ("2021年非物质文化遗产保护资金下达42万元，资金到位率100%，截至目前，竹编项目补助已及时划拨传承人，资金使用率100%；"
            "薅草锣鼓项目资金使用334896元，资金使用率83.72%。")
    assert errors(text) == []


@pytest.mark.parametrize(("over", "expected"), [("3078万元", []), ("3087万元", [("DIF001", "3087万元")])])
def test_public_finance_budget_revenue_is_an_actual_amount(over, expected):
    # 公共财政预算收入 is the old name of 一般公共预算收入: 43101 − 40023 = 3078
    text = f"其中：公共财政预算收入43101万元，完成预算40023万元的107.7%，超收{over}，同比增长14.2%，增收5345万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("14.2%", []), ("12.4%", [("CHG001", "12.4%")])])
def test_a_rate_after_a_gap_to_the_plan_takes_the_change_written_after_it(rate, expected):
    # 5345 ÷ (43101 − 5345) = 14.16%
    text = f"其中：公共财政预算收入43101万元，完成预算40023万元的107.7%，超收3078万元，同比增长{rate}，增收5345万元。"
    assert [e for e in errors(text) if e[0] == "CHG001"] == expected


@pytest.mark.parametrize(("left", "expected"), [("2642万元", []), ("2462万元", [("DIF001", "2462万元")])])
def test_what_is_left_of_totals_closed_by_gongji(left, expected):
    # 595016 − 592374 = 2642 (not the 一般公共预算 income less its spending)
    text = ("全县一般公共预算收入253977万元，完成预算的100.7%。一般公共预算支出455873万元，完成预算的101.4%。"
            "一般公共预算收入，加上上级税收返还、转移支付补助、调入资金及上年结转等收入，共计595016万元；"
            f"一般公共预算支出，加上上解上级、债务还本支出等支出，共计592374万元。收支相抵，结转下年{left}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("3.1亿元", []), ("8.1亿元", [("DIF001", "8.1亿元")])])
def test_a_balance_after_the_spending_of_its_sentence_is_of_the_paragraphs_fiscal_capacity(left, expected):
    # 142.2 − 139.1 = 3.1 (not 152.4 of revenue collected, which is nothing spent)
    text = ("2024年，完成一般公共预算收入152.4亿元，考虑补助上解等因素综合算账后，一般公共预算财力142.2亿元，同比增长10.6%。"
            f"安排支出139.1亿元，结余{left}，全部为一般债券及上级转移支付结转。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("8.40%", []), ("8.04%", [("PCT002", "8.04%")])])
def test_a_saving_rate_may_be_over_the_budget_named_as_its_subject(rate, expected):
    # 1375.18 ÷ 16368.51 = 8.40% (预算执行 here is the budget procured against)
    text = f"全市政府采购预算执行16368.51万元，实际采购金额14993.34万元，节约资金1375.18万元，节约率为{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("whole", "fixed", "expected"), [
    ("", "18.3%", []),  # the whole 全市资产总额 is not given: nothing to check the bare shares against
    ("全市资产总额3980亿元。", "18.3%", []),  # 760 ÷ 3980 = 19.10%, 730 ÷ 3980 = 18.34%
    ("全市资产总额3980亿元。", "28.3%", [("PCT001", "28.3%")]),
])
def test_bare_shares_after_a_share_naming_its_whole_are_of_that_whole(whole, fixed, expected):
    # not of 1950, the first item: each item after ；writes its share of what the first one names
    text = f"{whole}公共基础设施1950亿元，占全市资产总额的49.0%；流动资产760亿元，占19.1%；固定资产730亿元，占{fixed}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("whole", "share", "expected"), [
    ("从全区资产结构看，其他资产90亿元，占2.3%。", "52.6%", []),  # 全区 names a place: no amount here is the whole
    ("全区资产总额1560亿元。", "52.6%", []),  # 820 ÷ 1560 = 52.56%
    ("全区资产总额1560亿元。", "62.6%", [("PCT001", "62.6%")]),
])
def test_a_share_of_a_place_is_of_the_parts_measure_there(whole, share, expected):
    assert errors(f"{whole}全区行政单位资产总额820亿元，占全区{share}。") == expected


@pytest.mark.parametrize(("health", "expected"), [("12.0%", []), ("22.0%", [("PCT001", "22.0%")])])
def test_shares_inside_a_part_may_be_of_the_whole_that_part_is_a_share_of(health, expected):
    # 90 ÷ 500 = 18.0% and 60 ÷ 500 = 12.0%: of all spending, which 民生支出 is 80.0% of (not 90 ÷ 400)
    text = ("全市一般公共预算支出完成500.00亿元，同比增长5.2%。其中，民生支出400.00亿元，同比增长4.1%，增支15.80亿元，"
            f"占一般公共预算支出的80.0%。民生支出中，教育支出90.00亿元，占比为18.0%，卫生健康支出60.00亿元，占比为{health}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("whole", "expected"), [("", []), ("全市资产总额3970亿元。", [("PCT001", "4.6%")])])
def test_part_shares_of_a_total_stated_as_a_share_are_of_its_whole_too(whole, expected):
    # 580 ÷ 3970 = 14.6% (written 4.6%), 400 ÷ 3970 = 10.1%; with 全市 not given, neither is checked
    text = f"{whole}行政单位资产总额2100亿元，占全市52.9%，其中：城管部门580亿元，占4.6%；城建部门400亿元，占10.1%。"
    assert errors(text) == expected


def test_a_share_is_never_of_its_own_amount_written_rounded():
    # the title's 95亿元 is 95.32 rounded: not the 财政总支出 the share names
    assert errors("1-3月全市财政民生支出95亿元", "1-3月，全市财政民生支出95.32亿元，占财政总支出的78.4%，同比下降2.2%。") == []


@pytest.mark.parametrize(("other", "expected"), [
    ("考虑收回以前年度结余等因素，", []),
    ("", [("DIF001", "25.10万元")]),  # 580.50 − 560.30 = 20.20
])
def test_a_balance_said_to_hold_other_factors_is_not_income_less_spending(other, expected):
    text = f"当年收入合计580.50万元。当年支出合计560.30万元。{other}收支相抵，年末余额25.10万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("2.5万元", []), ("3.5万元", [("DIF001", "3.5万元")])])
def test_a_leftover_may_be_of_what_one_sentence_gave_together(left, expected):
    # 6 + 1.5 − 5 = 2.5; the next item's 剩余 is of its own item, not of this one's figures
    text = [f"2.下达孤儿助学资金6万元、下达孤儿助学资金1.5万元，用于发放孤儿助学金。截至目前，已发放5万元，结余{left}。",
            "3.下达社工站资金40万元，用于购买服务。按合同支付50%的项目经费，剩余20万元结转下年。"]
    assert errors(*text) == expected


@pytest.mark.parametrize(("unit", "expected"), [("人次", []), ("人", [("AVG001", "450.00元")])])
def test_a_per_head_average_after_a_count_of_visits_has_no_count_of_people(unit, expected):
    # 4,800,000 ÷ 12000 = 400.00: over people, wrong; over visits, not what 人均 divides by
    assert errors(f"全年医疗救助12000{unit}，支出救助资金480.00万元，人均救助水平450.00元。") == expected


def test_an_execution_rate_naming_no_base_may_be_over_the_funds_received():
    # 2600 ÷ 2600 = 100% of what was received, 32.5% of the budget
    assert errors("1.资金到位情况。预算资金共计8000万元，实际下达资金2600万元，到位率32.5%。",
                  "2.资金执行情况。实际执行2600万元，执行率100%。") == []


@pytest.mark.parametrize(("change", "expected"), [("108000万元", []), ("118000万元", [("CHG002", "118000万元")])])
def test_the_base_written_inside_a_completion_rate_is_all_a_change_passes_over(change, expected):
    # 923000 − 815000 = 108000: what changed is 区级预算支出 (spending, though named with 预算), not what was taken off
    text = ("全年区一般公共预算支出985000万元，剔除一次性补助62000万元，区级预算支出923000万元，完成年度预算支出计划880000万元的"
            f"104.9%，与上年可比口径执行数815000万元对比增长13.3%，增支{change}。")
    assert [e for e in errors(text) if e[0] == "CHG002"] == expected


def test_a_change_in_a_part_naming_its_own_subject_takes_no_figure_of_another_part():
    # 房产税收入's amount is not given: 24 ÷ (6055 + 24) says nothing about it
    assert errors("增值税6055万元，同比增收164万元，增长2.78%；房产税收入同比增收531万元，同比减收24万元，下降4.32%。") == []


@pytest.mark.parametrize(("second", "expected"), [("28.9%", []), ("18.9%", [("PCT001", "18.9%")])])
def test_shares_given_respectively_after_named_items_are_each_items_share(second, expected):
    # 2273.37 ÷ 4220.53 = 53.86%, 1219.42 ÷ 4220.53 = 28.89%, 727.74 ÷ 4220.53 = 17.24%: one share per item before 分别
    text = ("全国发行销售彩票4220.53亿元。分类型看，乐透数字型彩票2273.37亿元，竞猜型彩票1219.42亿元，其他类型彩票727.74亿元，"
            f"占彩票销售总量的比重分别为53.9%、{second}和17.2%。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


def test_the_parts_of_a_balance_netted_from_income_and_spending_are_not_that_balance():
    # 901373 − 747469 = 153904, which 60758 and 93146 make up: neither is income less spending
    assert errors("全市收入总量901373万元。支出总量747469万元。收支相抵，年终结转153904万元，其中：单位指标结转60758万元、"
                  "省市专项结转93146万元。") == []


def test_an_average_per_month_is_no_years_total_over_a_count(tmp_path):
    # 2970.4万元 ÷ 49920 = 595元 a year; 201元 is what each gets a month (for however many months)
    path = tmp_path / "r.txt"
    path.write_text("2015年民政工作总结\n其中，发放城市低保金2970.4万元，救助城市低保对象23132户49920人，月人均补差达到201元。\n",
                    encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


def test_a_rate_on_a_basis_that_leaves_something_out_is_not_checked():
    # 368.7 ÷ (1261.6 − 368.7) = 41.3% as stated; 53.5% leaves out the tax refunds, which the text does not give
    assert errors("今年1-4月份，全省一般公共预算收入完成1261.6亿元，比上年增长41.3%，增收368.7亿元，若剔除留抵退税政策对收入"
                  "的影响，按同口径计算增长53.5%。") == []


def test_paragraphs_opening_with_two_places_are_about_two_governments(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("各市2021年财政收支情况\n忻州市一般公共预算收入完成67.33亿元，同比增长52.9%。全市一般公共预算支出128.01亿元，"
                    "同比增长18.1%。\n吕梁市一般公共预算收入完成139.42亿元，同比增长84.07%。全市一般公共预算支出144.02亿元，"
                    "同比增长14.08%。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize(("share", "expected"), [("1.8%", []), ("2.8%", [("PCT001", "2.8%")])])
def test_a_share_base_is_found_by_its_name_without_its_funds(share, expected):
    # 10.8 ÷ 589.5 (区本级支出) = 1.83%, not 10.8 ÷ 668.2 (全区…支出总计)
    text = ("全区一般公共预算支出总计668.2亿元，完成调整预算的106.5%。其中：区本级支出589.5亿元，完成调整预算的104.6%；"
            f"上解市级支出37.9亿元；结转下年继续使用的专项资金10.8亿元，占区本级一般公共预算支出的{share}。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("share", "expected"), [("20.5%", []), ("21.5%", [("PCT001", "21.5%")])])
def test_what_was_done_is_no_share_of_a_budget_its_base_does_not_name(share, expected):
    # 1457 ÷ 7095 (done) = 20.54%; 7000 is what was planned: the budget named stands for the actual of its sentence
    assert errors("2017年地方财政一般公共预算收入任务为7,000万元，当年实际完成7,095万元，占任务的101.36%。地方收入主要项目完成"
                  f"情况为：非税收入完成1,457万元，较上年1,578万元下降7.67%，占地方财政收入总数的{share}。") == expected


@pytest.mark.parametrize(("share", "expected"), [("34.7%", []), ("36.7%", [("PCT001", "36.7%")])])
def test_a_share_of_what_was_done_over_a_budget_named_as_its_base(share, expected):
    # 40.0 ÷ 115.1 = 34.75%: "一般公共预算收入" names 115.4 (the budget), whose sentence goes on to 115.1 done
    text = ("2015年，汇总年初各级人大批准的一般公共预算收入为115.4亿元，执行中按法定程序调整为114.7亿元，实际完成115.1亿元，"
            "为调整预算的100.4%。")
    assert errors(text, f"结构情况：非税收入完成40.0亿元，增长8.8%，占一般公共预算收入的比重为{share}。") == expected


@pytest.mark.parametrize(("left", "expected"), [("937.70万元", []), ("937.30万元", [("SUM001", "937.30万元")])])
def test_the_parts_of_a_years_balance_are_not_income_less_spending_each(left, expected):
    # 234.23 + 703.47 = 937.70; neither part is 保费收入 − 待遇支出, nor 总收入 − 总支出
    text = ("城镇职工医疗保险基金总收入4799.27万元（其中：保费收入4745.76万元），基金总支出3861.57万元（其中：待遇支出3670.93万元），"
            f"2024年当年结余{left}，其中：统筹基金结余234.23万元，个人账户结余703.47万元。")
    assert errors(text) == expected


def test_the_change_stated_again_after_its_reasons_is_no_reason():
    # 1047306.54 + 770995.7 ≤ 1825257.28: the last amount is the change itself again
    assert errors("收入较去年增加1825257.28元，主要是社会保障和就业支出增加1047306.54元，教育支出因增人增资增加770995.7元等原因"
                  "较上年预算总体增加1825257.28元。") == []


@pytest.mark.parametrize(("whole", "expected"), [("", []), ("去年福利彩票公益金总支出5.04亿元。", []),
                                                 ("去年福利彩票公益金总支出4.04亿元。", [("PCT001", "16%")])])
def test_an_amount_said_to_be_within_a_whole_is_no_whole_a_share_names(whole, expected):
    # 0.79 ÷ 5.04 = 15.7% ≈ 16%; 3.96 is one category of the spending (在…支出中), not 总支出
    text = (f"{whole}在去年福利彩票公益金支出中，养老等服务类和困难群众保障的支出为3.96亿元，使用范围包括：社会办养老机构运营补贴等。"
            "社区公益类支出0.79亿元，占总支出的比例为16%，主要用于社区公益事业专项补助等。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(
    ("opening", "share", "expected"),
    [  # a part a colon announces ("主要项目完成情况为：") has its own budget, not given: not the whole's 7000
        ("地方收入主要项目完成情况为：", "93.65%", []),
        # (its rate is read as of the whole's budget only where the amount stands on its own: 5638 ÷ 7000 = 80.54%)
        ("", "80.54%", []),
    ],
)
def test_a_part_announced_by_a_colon_takes_no_budget_of_its_whole(opening, share, expected):
    text = (f"2017年地方一般公共预算收入任务为7,000万元，当年实际完成7,095万元，占任务的101.36%。"
            f"{opening}税收收入完成5,638万元，占预算的{share}，下降9.86%。")
    assert [e for e in errors(text) if e[0].startswith("PCT")] == expected


@pytest.mark.parametrize(("change", "expected"), [("73.91", []), ("37.91", [("CHG001", "22.8%")])])
def test_the_changes_given_as_reasons_take_no_change_for_their_base(change, expected):
    # 20.17 and 2.25 are changes of 人员经费 and 公用经费, not 398.65 less the total's change 73.91
    # (73.91 ÷ (398.65 − 73.91) = 22.76%)
    text = (f"2020年度收入总计398.65万元，比上年增加{change}万元，增幅为22.8%，主要原因一是当年人员经费增加20.17万元，"
            "二是公用经费增加2.25万元，三是项目支出净增加51.49万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("last", "expected"), [("44859.80", []), ("44589.80", [("SUM001", "180200.00元")])])
def test_a_list_goes_on_past_what_a_use_clause_tells_of_the_part_before(last, expected):
    # 16128.00 + 103872.00 + 15340.20 + 44859.80 = 180200.00
    text = ("2023年地方公共文化服务体系建设专项资金项目180200.00元，主要用于办公费支出16128.00元，维修（护）费103872.00元，"
            f"其他商品和服务支出15340.20元，用于疫情防控方面，其他资本性支出{last}元买图书。")
    assert errors(text) == expected


@pytest.mark.parametrize(("ending", "expected"), [("等。", []), ("。", [("SUM001", "414,973.96万元")])])
def test_a_list_ending_in_deng_is_partial_even_with_its_other_item(ending, expected):
    # the seven parts make 414,383.83: 等 says more were left out
    text = ("2020年区属国有企业资产总额414,973.96万元。其中，流动资产322,477.85万元，长期股权投资25,717.92万元，"
            f"固定资产53,374.75万元，在建工程4,516.13万元，无形资产850.11万元，长期待摊费用6,036.06万元，其他非流动资产1,411.01万元{ending}")
    assert errors(text) == expected


def test_a_figure_after_a_change_measuring_something_else_is_no_base_of_it():
    # last year's 年薪 is not given: 14.79 is the province's average wage, the 1.59 times is of it
    assert errors("2023年，市担保公司高管税前平均年薪预计为23.46万元，较上年增加5.53%，是2022年我省金融行业在岗职工"
                  "平均工资14.79万元的1.59倍。") == []


@pytest.mark.parametrize(("wage", "expected"), [("利润总额", []), ("工资总额", [("AVG001", "13.34万元")])])
def test_an_average_from_the_sentence_before_divides_an_amount_of_what_it_averages(wage, expected):
    # 1708.72亿元 ÷ 840764 = 20.32万元: a 工资总额 is averaged so, a 利润总额 is not
    text = (f"2018年，监管企业集团实现营业收入2.62万亿元，{wage}1708.72亿元。监管企业2018年度在岗职工840764人，"
            "平均工资（税前）13.34万元，较2017年度增长5.2%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("measure", "expected"), [("利润总额", []), ("资产总额", [("SUM001", "10.31亿元")])])
def test_a_part_of_a_profit_may_exceed_it(measure, expected):
    # other enterprises' losses offset the 24.15: a partial list of profits proves nothing (of assets it does)
    text = f"市属国有企业累计{measure}10.31亿元，同比下降20.6%。其中，市国资委系统企业累计{measure}24.15亿元，同比增长20.3%。"
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("61.4%", []), ("64.1%", [("PCT001", "64.1%")])])
def test_parts_named_by_their_measure_are_within_the_amounts_of_that_measure(share, expected):
    # 8664.13 ÷ 15286.58 = 56.68%, 580.37 ÷ 945.81 = 61.36%: not parts of 上缴税费, nor shares of 营业收入 both
    text = ("去年，全省国有企业实现营业收入15286.58亿元，利润总额945.81亿元，上缴税费581.30亿元；其中，省本级国有企业"
            f"实现营业收入8664.13亿元，利润总额580.37亿元，分别占全省国有企业的56.7%、{share}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("60.9%", []), ("66.9%", [("PCT001", "66.9%")])])
def test_a_share_whose_whole_is_written_inside_its_zhan_phrase(share, expected):
    # 81 ÷ 133 = 60.90%: the whole stands inside 占…的, the part before 占
    assert errors(f"有7个市的81个污水处理厂部分污泥未进行无害化处理，占7个市133个污水处理厂的{share}，存在二次污染风险。") == expected


@pytest.mark.parametrize(("share", "expected"), [("48.9%", []), ("44.9%", [("PCT001", "44.9%")])])
def test_a_share_written_before_the_amount_it_reaches(share, expected):
    # 3784 ÷ 7740 = 48.89%: "占比p%，达到了a"
    text = f"彩票公益金投入了7740万元，青少年体育组织和培养青少年体育队伍建设占比{share}，达到了3784万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("87.35%", []), ("83.75%", [("PCT001", "83.75%")])])
def test_a_share_of_the_whole_named_with_quanbu(share, expected):
    # 409307.76 ÷ 468564.75 = 87.35%: 全部湿地面积 is the 湿地总面积
    text = f"全市湿地总面积为468564.75亩（其中，自然湿地面积409307.76亩，占全部湿地面积的{share}）。"
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("19.12", []), ("19.21", [("DIF001", "19.21亿元")])])
def test_a_years_leftover_is_the_one_income_less_the_one_spending_of_its_sentence(left, expected):
    # 42.17 − 23.05 = 19.12: not the 基金预算等支出 of the paragraph before
    paragraphs = ["2017年我县基金预算等收入71.47亿元，当年基金预算等支出65.79亿元，收支两抵，年终滚存结余5.68亿元。",
                  f"2017年全县社保基金收入完成42.17亿元，支出完成23.05亿元，当年结余{left}亿元，年末滚存结余117.95亿元。"]
    assert [e for e in errors(*paragraphs) if e[0] == "DIF001"] == expected


@pytest.mark.parametrize(("total", "expected"), [("1192866", []), ("1129866", [("SUM001", "1129866万元")])])
def test_a_spending_among_the_amounts_before_jia_is_taken_off(total, expected):
    # 1296953 + 260000 + 150000 + 69794 − 668000 + 84119 = 1192866
    text = ("全区完成一般公共预算收入1296953万元，完成预算的100.0%，增长12.0%，上级转移支付收入260000万元，调入资金150000万元，"
            f"动用预算稳定调节基金69794万元，上解支出668000万元，加上年结转84119万元，全区一般公共预算可用资金{total}万元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("poor", "expected"), [("10.41", []), ("20.41", [("SUM001", "36.79万元")])])
def test_two_breakdowns_apart_at_a_semicolon_past_counts_between(poor, expected):
    # 26.38 + 10.41 = 36.79 by household, 6.93 + 1.71 + 7.45 + 20.7 = 36.79 by destination
    text = ("为符合条件的400人发放转移就业奖励资金36.79万元。其中，为一般户326人发放26.38万元，"
            f"为脱贫户74人发放{poor}万元；为县内转移就业211人发放6.93万元，为州内跨县转移就业27人发放1.71万元，"
            "为省内跨州转移就业69人发放7.45万元，为省外转移就业93人发放20.7万元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("rate", "expected"), [("95.89%", [("PCT003", "95.89%")]), ("85.89%", [("PCT002", "85.89%")])])
def test_a_rate_over_a_zero_base_is_also_held_to_the_other_bases(rate, expected):
    # 307.82 ÷ 321.02 = 95.89%: named over the 年初预算 of 0, the rate is right over the 全年预算 (a misnamed base);
    # a rate right over no base at all is the rate's own slip
    text = f"一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("left", "expected"), [("5.68", []), ("6.58", [("DIF001", "6.58亿元")])])
def test_a_balance_over_the_years_netted_from_the_income_and_spending_of_its_sentence(left, expected):
    # 71.47 − 65.79 = 5.68: 收支两抵 says the 滚存结余 is what the (carry-in holding) income leaves after the spending
    text = f"2017年我县基金预算等收入71.47亿元，当年基金预算等支出65.79亿元，收支两抵，年终滚存结余{left}亿元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("first", "expected"), [("超过了10亿元", []), ("10亿元", [("SUM001", "10亿元")])])
def test_a_total_written_as_a_bound_has_no_parts_to_add_up(tmp_path, first, expected):
    # 超过了10亿元 / 都超过了20亿元 are bounds of counted counties, not an amount and its part
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text(f"有34个县区的财政收入{first}，其中排名前十的县区财政收入都超过了20亿元。\n", encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"] == expected


def test_spending_of_the_years_own_budget_is_an_actual():
    # 当年预算支出 is what was spent of the year's budget: the 1020.1 is no budget of the 市本级's 571.6
    paragraphs = ["全市一般公共预算支出1060亿元，其中：当年预算支出1020.1亿元，完成预算的96.2%。",
                  "市本级一般公共预算支出571.6亿元，其中：当年预算支出540亿元，完成预算的97.6%。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(("total", "expected"), [("1538116", []), ("1583116", [("SUM001", "1583116万元")])])
def test_the_amounts_before_jia_may_start_from_the_sentence_before(total, expected):
    # 1170566 + 470000 + 405475 + 18289 − 667700 + 141486 = 1538116
    paragraph = ("全区完成一般公共预算收入1170566万元，完成预算的100.2%，负增长9.7%。上级转移支付收入470000万元，调入资金405475万元，"
                 f"动用预算稳定调节基金18289万元，上解支出667700万元，加上年结转141486万元，全区一般公共预算可用资金{total}万元。")
    assert [e for e in errors(paragraph) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("rates", "expected"), [("12.1%、11.7%", []), ("11.7%、12.1%", [("CHG001", "11.7%"), ("CHG001", "12.1%")])])
def test_change_rates_after_fenbie_are_of_the_changes_in_order(rates, expected):
    # 975.3 ÷ (9044.9 − 975.3) = 12.09%, 752.7 ÷ (7163.0 − 752.7) = 11.74%
    text = (f"全市金融机构存款余额9044.9亿元、比年初增加975.3亿元，金融机构贷款余额7163.0亿元、比年初增加752.7亿元，"
            f"存、贷款余额较年初分别增长{rates}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("fund", "expected"), [("30.47", []), ("30.74", [("DIF001", "30.74亿元")])])
def test_amounts_after_netting_share_what_is_left(fund, expected):
    # 403.09 − 351.38 − 19.26 = 32.45 = 30.47 + 1.98: the two uses of the balance together, a repayment spent too
    paragraph = ("按照2023年一般公共预算收入情况和现行财政结算体制，2023年全区一般公共预算可用资金为403.09亿元。"
                 "2023年实际支出351.38亿元，债券还本19.26亿元，收支相抵，"
                 f"安排预算稳定调节基金{fund}亿元，专项结转下年1.98亿元。")
    assert errors(paragraph) == expected


@pytest.mark.parametrize(("total", "expected"), [("451227", []), ("451272", [("SUM001", "451272万元")])])
def test_a_second_run_of_jia_adds_to_the_total_that_closed_the_first(total, expected):
    # 42100 + 387613 + 13038 = 442751; 442751 + 7546 + 199 + 731 = 451227
    text = ("2024年全县公共财政预算收入42100万元，加上级补助收入387613万元（其中：专项补助收入20673万元、返还性收入4599万元、"
            "一般性转移支付收入362341万元），地方政府一般债券转贷收入13038万元，全县一般预算总收入442751万元，加上年结余7546万元，"
            f"加调入资金199万元，再加动用预算稳定调节基金731万元，收入总计{total}万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("last", "expected"), [("1170", []), ("11700", [("SUM001", "425533万元")])])
def test_zhan_inside_a_name_makes_no_share(last, expected):
    # 409525 + 6456 + 8200 + 182 + 1170 = 425533: 耕地占补平衡指标 names what was bought, no share
    text = ("一般公共预算支出409525万元，上解上级支出6456万元，债务还本支出8200万元，安排预算稳定调节基金182万元，"
            f"区域间转移性支出购买耕地占补平衡指标{last}万元，支出总计425533万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("after", "expected"), [
    ("社会消费品零售额2229亿元、增长10.2%", []),  # another indicator: no part of the spending
    ("其他支出100亿元", [("SUM001", "840.5亿元")]),  # 652.1 + 100 < 840.5, but 其他… is the list's last part: 752.1 ≠ 840.5
])
def test_an_unrelated_item_without_the_share_its_parts_have_ends_the_list(after, expected):
    text = f"一般公共预算支出840.5亿元，其中，民生支出652.1亿元，占全部支出的77.6%；{after}。"
    assert errors(text) == expected


# --------------------------------------------------------------------------- twentieth round of held-out pages


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a carry-over named after the spending is brought in too
        (["文联2019年度收入总计116.08万元，支出总计118.77万元，上年结转9.7万元，年终结余7.01万元。"], []),
        (["文联2019年度收入总计116.08万元，支出总计118.77万元，上年结转9.7万元，年终结余8.01万元。"], [("DIF001", "8.01万元")]),
        # a deficit is the spending less the income, written without its sign
        (["中央财政总收入24421亿元，比上年增长15.0%；中央财政总支出26871亿元，比上年增加14.4%。中央财政收支相抵，赤字2450亿元。"], []),
        (["中央财政总收入24421亿元，比上年增长15.0%；中央财政总支出26871亿元，比上年增加14.4%。中央财政收支相抵，赤字2540亿元。"],
         [("DIF001", "2540亿元")]),
        # an average per nothing named divides no count of another paragraph
        (["全面认识我市的财政形势，主要有3个方面：", "1.财政收入增长较快。",
          "2004年全口径收入完成了25765万元，省长讲全省县级财政收入平均为8000万元。"], []),
        # money the budget never held, named right after the rate, may be left out of it
        (["项目年预算批复金额为900万元，实际执行资金总额977万元，资金执行率为100%，其中，77万元为社会募集款专项资金。"], []),
        (["项目年预算批复金额为900万元，实际执行资金总额977万元，资金执行率为90%，其中，77万元为社会募集款专项资金。"],
         [("PCT002", "90%")]),
        # an actual with its own completion rate is no budget of the next one
        (["部门预算支出5000万元，完成年度预算的98.9%。本级支出3557万元，完成预算的100%。"], []),
    ],
)
def test_relations_of_the_twentieth_round(paragraphs, expected):
    assert errors(*paragraphs) == expected


# --------------------------------------------------------------------------- twenty-first round of held-out pages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an average per month divides no year's total by its count
        ("截至3月底，城市低保52815人，累计发放低保金6481.73万元，月平均补助水平为408.4元。", []),
        # a count said roughly leaves the average unchecked; it does not take another count
        ("今年新增公益岗位338000个。各地已吸纳174万余名低收入群众务工就业，发放劳务报酬234.7亿元，人均增收1.3万元。", []),
        # the total an average divides is said after the last count, not before it
        ("项目年收益总计达26.7万元，带动4个贫困村增收总额达13.308万元，村均年增收3.327万元，带动贫困户169户419人进行收益分红，"
         "分红总额13.392万元，人均年分红320元。", []),
        ("项目年收益总计达26.7万元，带动4个贫困村增收总额达13.308万元，村均年增收3.327万元，带动贫困户169户419人进行收益分红，"
         "分红总额13.392万元，人均年分红330元。", [("AVG001", "330元")]),
        # per visit divides by visits only
        ("这次审计的10家医院医疗收支亏损7.52亿元，平均每门诊人次收费307元。", []),
        # funds received named after 到位 are over their own plan; a list of a budget ends at what was done;
        # a saving against the budget its clause names
        ("项目批复总投资564万元，其中：财政资金投资555万元，投工投劳折资9万元；实际到位财政资金555万元，资金到位率100%；实际完成"
         "投资557万元，与批复总投资相比，节约投资7万元。", []),
        ("项目批复总投资564万元，其中：财政资金投资555万元，投工投劳折资9万元；实际到位财政资金555万元，资金到位率100%；实际完成"
         "投资557万元，与批复总投资相比，节约投资8万元。", [("DIF001", "8万元")]),
        # 增收节支 is an audit's money raised and saved, no change
        ("全国共审计13.7万个单位，查出损失浪费问题金额331亿元，为国家增收节支492亿元，其中已上交财政267亿元，已减少财政拨款或补贴33"
         "亿元，已归还原渠道资金192亿元。", []),
        # 其中之一: one of them
        ("比如某中心原主任在任时，曾斥2000万元公款，购买豪华游艇，也应包括遭意外曝光者，如某厅多项违规活动近来惹得舆论哗然，其中之一即使用"
         "高达6000万元的公益金建设职工住宅大楼。", []),
        # a partition after ；, past the parts of a whole, breaks that whole down again
        ("全国发行地方政府债券8951亿元。其中，发行一般债券5210亿元，发行专项债券3741亿元；按用途划分，发行新增债券364亿元，发行再融资"
         "债券8587亿元。", []),
        # parts after a pair joined by 和 may be of the pair
        ("资金已全部下达至摘帽的7个贫困县和3个非贫困县，其中：下达7个贫困县2.75亿元，3个非贫困县1.38亿元。", []),
        # what was carried in, named after 其他…, may be among the sources
        ("2014年度部门决算收入955.22万元，其中财政拨款收入167.2万元，事业收入770.09万元，其他收入1.43万元，年初项目支出结转和结余16.5"
         "万元，比2013年增加13%。", []),
        ("2014年度部门决算收入955.22万元，其中财政拨款收入167.2万元，事业收入770.09万元，其他收入1.43万元，年初项目支出结转和结余17.5"
         "万元，比2013年增加13%。", [("SUM001", "955.22万元")]),
        # parts each named like an amount of an earlier ；-part break those amounts down
        ("全省地方国有企业累计实现营业收入1411.88亿元，同比增长12.2%；实现利润总额22.40亿元，同比下降1.9%；上交税费74.83亿元，同比"
         "下降3.4%；其中，省国资委出资企业累计实现营业收入961.44亿元，同比增长16.0%。", []),
        # a share of a count's whole is of the count of what its base names
    ],
)
def test_relations_of_the_twenty_first_round(tmp_path, text, expected):
    path = tmp_path / "r.txt"
    path.write_text(f"某县2024年度工作报告\n\n{text}\n", encoding="utf-8")
    result = check_file(path)
    by_id = {f.id: f.raw for f in result.figures}
    assert [(f.rule, by_id[f.figures[0]]) for f in result.findings if f.severity != "info"] == expected


def test_a_share_of_a_counts_whole_is_of_the_count_of_what_its_base_names(tmp_path):
    # 122 of the 1579个重建项目 (总项目数), not of the 7个方面 they fall into: 7.726% written 7.72% is cut off, information
    path = tmp_path / "r.txt"
    path.write_text("按照省发展改革委下发的《重建总项目册》，共规划建设1579个重建项目，总投资317.09亿元，涉及住房、基础设施、公共服务"
                    "设施、生态环境、其他等7个方面。根据指挥部提供的资料，截至2011年10月底，累计开工项目908个，完工项目122个，分别占"
                    "总项目数的57.5%和7.72%，完成投资199亿元。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize(("base", "pct", "expected"), [
    ("流动资产总额", "31.5%", []),  # a class of the assets, not stated: nothing to check
    ("资产总额", "12.56%", []),
    ("资产总额", "13.56%", [("PCT001", "13.56%")]),
])
def test_a_share_of_a_class_of_an_amount_is_no_share_of_the_amount(base, pct, expected):
    assert errors(f"省属企业资产总额12277.2亿元，同比增长9%；“两金”规模1541.5亿元，占{base}{pct}。") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # funds paid on (拨付) are spent: what is left of what was received
    ("截至10月底，省本级累计收到资金293.82亿元，累计拨付224.52亿元，结余69.3亿元。", []),
    ("截至10月底，省本级累计收到资金293.82亿元，累计拨付224.52亿元，结余69.8亿元。", [("DIF001", "69.8亿元")]),
    # an average whose total is said after it
    ("农资综合补贴：补贴面积679160亩，平均每亩补贴64.67元，补贴金额4392万元。", []),
    ("农资综合补贴：补贴面积679160亩，平均每亩补贴66.67元，补贴金额4392万元。", [("AVG001", "66.67元")]),
    # a per-head increase of the amount its name ends with
    ("还带动贫困人口36人以务工、土地流转等方式增收7.348万元，人均增收2141元。", [("AVG001", "2141元")]),
])
def test_relations_of_the_twenty_first_round_recognised(tmp_path, text, expected):
    path = tmp_path / "r.txt"
    path.write_text(f"{text}\n", encoding="utf-8")
    result = check_file(path)
    by_id = {f.id: f.raw for f in result.figures}
    assert [(f.rule, by_id[f.figures[0]]) for f in result.findings if f.severity != "info"] == expected


# --------------------------------------------------------------------------- twenty-second round of held-out pages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item after ；, named like nothing of the list, that alone exceeds the total is another topic
        ("去年完成固定资产投资额36.59亿元，占年度计划的94.5%，其中工业性投资完成86229万元；实现社会消费品零售额116.8亿元，同比上升"
         "18%；完成工业总产值25.49亿元。", []),
        # 每年 names a year's amount, no rate
        ("村集体经济收入主要为种猪场分红每年15万元、场地租金10万元、入股分红13.5万元、养猪场分红2万元、村委会租金2.25万元、垃圾房"
         "租金1万元，共计43.75万元。", []),
        ("村集体经济收入主要为种猪场分红每年15万元、场地租金10万元、入股分红13.5万元、养猪场分红2万元、村委会租金2.25万元、垃圾房"
         "租金1万元，共计44.75万元。", [("SUM001", "44.75万元")]),
        # a share written before its amount (占X的p%，达到a) is of the X it names
        ("2018年末，社保基金资产总额22353.78亿元。\n据此划分，2.24万亿社保基金中直接投资资产达9915.40亿元，占比为44.36%，而委托投资"
         "资产占社保基金资产总额的55.64%，达到12438.38亿元。", []),
        ("2018年末，社保基金资产总额22353.78亿元。\n据此划分，2.24万亿社保基金中直接投资资产达9915.40亿元，占比为44.36%，而委托投资"
         "资产占社保基金资产总额的57.64%，达到12438.38亿元。", [("PCT001", "57.64%")]),
        # a change names what changed: the figure its own clause names, not the previous sentence's first
        ("卫生人员总数中，卫生技术人员1124.2万人。卫生技术人员中，执业（助理）医师428.7万人，注册护士501.8万人。与上年比较，卫生技术"
         "人员增加56.4万人（增长5.3%）。", []),
        ("卫生人员总数中，卫生技术人员1124.2万人。卫生技术人员中，执业（助理）医师428.7万人，注册护士501.8万人。与上年比较，卫生技术"
         "人员增加56.4万人（增长6.3%）。", [("CHG001", "6.3%")]),
    ],
)
def test_relations_of_the_twenty_second_round(tmp_path, text, expected):
    path = tmp_path / "r.txt"
    path.write_text(f"{text}\n", encoding="utf-8")
    result = check_file(path)
    by_id = {f.id: f.raw for f in result.figures}
    assert [(f.rule, by_id[f.figures[0]]) for f in result.findings if f.severity != "info"] == expected


def test_an_item_under_a_heading_naming_funds_is_not_the_all_funds_item(tmp_path):
    # "四、一般公共预算财政拨款支出决算情况说明" over "1.基本支出a": the 基本支出 of those funds, not of 总支出's list
    path = tmp_path / "r.txt"
    path.write_text("某医院2017年度单位决算\n三、支出决算情况说明\n2017年总支出7778.55万元，其中财政项目补助支出683.20万元，基本支出"
                    "7095.35万元。\n四、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n2017年度一般公共"
                    "预算财政拨款支出2339.68万元。\n（二）一般公共预算财政拨款支出决算具体情况\n1.基本支出1656.48万元，占一般公共预算财政"
                    "拨款总支出的70.80%。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize(("share", "expected"), [("21.58%", []), ("25.58%", [("PCT001", "25.58%")])])
def test_a_base_named_exactly_beyond_the_paragraphs_searched_wins(share, expected):
    # 工程类采购金额 is named only alike; 实际采购金额, four paragraphs up, is the base: 6540 / 30298 = 21.58%
    paragraphs = ["上半年计划采购金额32,570万元，实际采购金额30,298万元，节约采购资金2,271万元。",
                  "市级政府采购金额7,842万元，县级政府采购金额22,456万元。",
                  "货物类采购金额17,442万元，工程类采购金额2,100万元，服务类采购金额10,756万元。",
                  "公开招标采购17,519万元，询价采购3,258万元。",
                  f"小微企业中标22,086万元、中型企业中标6,540万元、大型企业中标1,673万元，分别占实际采购金额的72.89%、{share}和5.52%。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("share", "aside", "expected"),
                         [("61.5%", "64.8%", []), ("61.5%", "99.9%", []), ("65.5%", "64.8%", [("PCT001", "65.5%")])])
def test_a_share_in_brackets_on_the_same_basis_as_last_year_is_not_checked(share, aside, expected):
    # 73.32 / 119.19 = 61.5%; the bracketed 同口径 share is on a basis the text does not give
    text = f"一般公共预算收入完成119.19亿元。其中：税收收入完成73.32亿元，税收比重为{share}（同口径税收比重{aside}）。"
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("75.7%", []), ("85.7%", [("PCT001", "85.7%")])])
def test_a_whole_named_as_one_may_be_the_amount_its_own_list_breaks_down(share, expected):
    # 总资产 is the 6.5 that 其中 breaks down, not the 资产总额 of the enterprises after it: 4.9 / 6.5 = 75.4% (75.7% within
    # the rounding of 4.9 and 6.5); a sibling of the run (乡镇 0.7) is no base of the next share (组级 0.9)
    paragraphs = ["全国集体账面资产6.5亿元，其中经营性资产3.1亿元，非经营性资产3.4亿元。集体所属全资企业超过1.1万家，资产总额1.1亿元。",
                  f"村级资产4.9亿元，占总资产的{share}；乡镇、组级资产总额分别为0.7亿元和0.9亿元，分别占比11.2%和13.1%。"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("share", "expected"), [("95.31%", []), ("85.31%", [("PCT001", "85.31%")])])
def test_a_count_s_share_is_of_the_count_of_its_own_unit(share, expected):
    # 61 / 64 = 95.31%: of the 64 kindergartens, not of the 9774 children between them
    assert errors(f"全县幼儿园64个，在园幼儿9774人，其中：普惠性幼儿园61个，占比{share}。") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区县级一般公共预算支出242.48亿元，一般公共预算收入51.89亿元，县级财政自给率仅为21.4%。", []),
        ("全区县级一般公共预算支出242.48亿元，一般公共预算收入51.89亿元，县级财政自给率仅为25.4%。", [("PCT001", "25.4%")]),
        ("年末金融机构各项存款余额308.74亿元。年末金融机构各项贷款余额115.69亿元。存贷比为37.5%。", []),
        ("年末金融机构各项存款余额308.74亿元。年末金融机构各项贷款余额115.69亿元。存贷比为35.7%。", [("PCT001", "35.7%")]),
        ("年末常住人口949000人，其中城镇人口414000人，城镇化率43.6%。", []),
        ("年末常住人口949000人，其中城镇人口414000人，城镇化率46.3%。", [("PCT001", "46.3%")]),
    ],
)
def test_ratios_that_name_what_they_divide(text, expected):
    # 财政自给率 = 一般公共预算收入 / 支出, 存贷比 = 贷款 / 存款, 城镇化率 = 城镇人口 / 常住人口 (patterns: defined_ratio)
    assert errors(text) == expected


@pytest.mark.parametrize(("second", "expected"), [("52.1%", []), ("55.1%", [("PCT001", "55.1%")])])
def test_a_run_of_shares_takes_the_parts_listed_in_the_sentence_before(second, expected):
    # 6.7 / 50.83 = 13.2%, 26.48 / 50.83 = 52.1%, 17.65 / 50.83 = 34.7%: the run names no amount of its own
    text = ("全年实现地区生产总值50.83亿元，比上年下降0.1%。其中，第一产业增加值6.7亿元，增长3.0%；第二产业增加值26.48亿元，"
            f"下降3.4%；第三产业增加值17.65亿元，增长4.0%。三次产业增加值占生产总值的比重为13.2%、{second}和34.7%。")
    assert errors(text) == expected


@pytest.mark.parametrize("whole, expected", [
    ("95.36%", []),
    ("96.36%", [("PCT002", "96.36%")]),  # the year's rate is still over the adjusted budget of its paragraph
])
def test_a_budget_whose_actual_already_has_its_rate_is_no_budget_of_a_later_period(whole, expected):
    # the half-year's 58.59% is over this year's adjusted budget, which the text does not give (3078.34 / 6218.84 = 49.50%)
    text = ("2020年初，省人民代表大会审议通过的一般公共预算支出5076.25亿元，加上预算执行中中央补助等，支出调整预算为6218.84亿元。"
            f"全省一般公共预算支出5930.32亿元，比上年增长3.7%，完成调整预算的{whole}。")
    half = "今年1月至6月，全省一般公共预算支出3078.34亿元，比上年同期增长6.36%，完成调整预算的58.59%。"
    assert [e for e in errors(text, half) if e[0] == "PCT002"] == expected


@pytest.mark.parametrize(("basic", "expected"), [("3455.91", []), ("3355.91", [("PCT001", "45.31%")])])
def test_a_share_of_its_own_lists_total_named_so(basic, expected):
    # 1565.86 ÷ 3455.91 = 45.31%: 占基本支出的 is of the 财政拨款基本支出 its list breaks down, not of the 基本支出
    # an earlier section gave (which the edited total no longer equals)
    first = "2020年度财政拨款支出3611.81万元，主要用于以下方面：基本支出3455.91万元，占95.68%；项目支出155.9万元，占4.32%。"
    second = f"2020年度财政拨款基本支出{basic}万元，其中：人员经费1565.86万元，占基本支出的45.31%，主要包括基本工资547.19万元。"
    assert [e for e in errors(first, second) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("net", "expected"), [("1.2", []), ("1.4", [("SUM001", "6962.08万元")])])
def test_a_balance_sheet_naming_its_assets_alone(net, expected):
    assert errors(f"截至2023年12月底，大徐镇财政账面资产6962.08万元、负债6960.88万元、净资产{net}万元。") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市党政机关更新购置车辆10辆，公务用车购置费329万元，车均购置费32.9万元。", []),
    ("全市党政机关更新购置车辆10辆，公务用车购置费329万元，车均购置费34.9万元。", [("AVG001", "34.9万元")]),
    ("两项合计233.29万元，涉及面积25800亩，亩均补贴90.4元。", []),
    ("两项合计233.29万元，涉及面积25800亩，亩均补贴99.4元。", [("AVG001", "99.4元")]),
])
def test_an_average_named_per_the_thing_counted(text, expected):
    # X均 (车均, 亩均, 生均): the sentence's total over its count of X
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("30.88%", []), ("40.88%", [("PCT002", "40.88%")])])
def test_an_arrival_rate_over_what_was_due_to_arrive(rate, expected):
    # 21 ÷ 68 = 30.88%; the next item names no amount that arrived: its 0% is over nothing given
    text = (f"分项目如下：①森林防火专业队能力建设补助应到位68万元，实际到位21万元，到位率{rate}；②新一轮退耕还林补助"
            "应到位2640万元，实际未到位，到位率0%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("49.5%", []), ("59.5%", [("PCT002", "59.5%")])])
def test_a_completion_rate_whose_gap_to_the_budget_follows_it(rate, expected):
    # the budget is the actual plus what it fell short by: 2267.61 ÷ (2267.61 + 2312.99) = 49.5%
    assert errors(f"此外，公务接待费支出2267.61万元，完成年初预算{rate}，比年初预算减少2312.99万元。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("66.22%", []), ("76.22%", [("PCT001", "76.22%")])])
def test_a_share_of_the_total_budget_its_sentence_gives(rate, expected):
    # 占总预算比为: of the one budget of the sentence (1115.07 ÷ 1684 = 66.22%), 比 closing the base's name
    assert errors(f"2021年本级一般公共预算财政拨款“三公”经费预算数为1,684万元，实际支出为1115.07万元，占总预算比为{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("99.28%", []), ("98.28%", [("PCT002", "98.28%")])])
def test_a_spending_rate_over_a_budget_named_for_both_flows(rate, expected):
    # the actual income between the budget and the spending is no pairing of the spending's budget, and the
    # definition in brackets before 为 is an aside: 527325.49 ÷ 531171.71 = 99.28%
    text = ("2019年，县本级各部门预算单位全年总收入、总支出预算均为531171.71万元，当年实际总收入531171.71万元，当年实际总支出"
            f"527325.49万元，支出预算执行率（实际支出与年度预算安排的比率，下同）为{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part opening the sentence after the one its whole opens, sharing a word with it: 48510 ÷ 88690 = 54.70%
    ("全区一般公共预算收入完成88690万元，同比增长27.13%。税收收入48510万元，同比下降5.21%，税收占比为54.70%。", []),
    ("全区一般公共预算收入完成88690万元，同比增长27.13%。税收收入48510万元，同比下降5.21%，税收占比为55.70%。",
     [("PCT001", "55.70%")]),
    # not a bound ("超过1亿元") for the whole
    ("附属高中的预算支出超过1亿元。比如北大小学教育经费预算8500万元，占0.63%。", []),
    # a part named with its verb before ("非税收入完成a") is the one its share names: 21553 ÷ 82876 = 26.01%
    ("全县一般公共预算地方收入完成82876万元。非税收入完成21553万元，占年计划20000万元的107.77%。非税收入占一般公共预算"
     "地方收入的27.01%。", [("PCT001", "27.01%")]),
])
def test_a_share_whose_whole_the_sentence_before_opens_with(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("16.13%", []), ("17.13%", [("PCT001", "17.13%")])])
def test_a_share_whose_whole_is_written_inside_its_phrase_before_its_ratio_word(rate, expected):
    # "占公共财政支出125952.97亿元的比例为p%": 20314.17 ÷ 125952.97 = 16.13%
    assert errors(f"全国公共财政教育支出达到20314.17亿元，占公共财政支出125952.97亿元的比例为{rate}。") == expected


# --------------------------------------------------------------------------- round 36 (statistical announcements)


def _pipeline_errors(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"]


def test_a_share_of_a_total_is_not_of_the_amount_per_head_before_it(tmp_path):
    # 人均卫生总费用 is per head: 卫生总费用占GDP的比重 is of the 90895.5 (over a GDP the text does not give), not of 6454.4元
    text = ("2024年全国卫生总费用初步核算为90895.5亿元，其中：政府卫生支出22608.0亿元，占24.9%；社会卫生支出43280.0亿元，"
            "占47.6%；个人卫生支出25007.5亿元，占27.5%。人均卫生总费用6454.4元，卫生总费用占GDP的比重为6.7%。")
    assert _pipeline_errors(tmp_path, text) == []


@pytest.mark.parametrize(("rate", "expected"), [("8.74%", []), ("8.94%", [("CHG001", "8.94%")])])
def test_a_threshold_passed_is_no_figure_that_changed(tmp_path, rate, expected):
    # (50178.12 − 46143.00) ÷ 46143.00 = 8.74%: 首超5万亿元 is a bound, not the current figure
    text = f"2019年，全国教育经费总投入为50178.12亿元，首超5万亿元，比上年46143.00亿元增长{rate}。"
    assert _pipeline_errors(tmp_path, text) == expected


def test_percentage_points_after_amounts_are_no_parts(tmp_path):
    # 5.2 and 6.8 个百分点 compare each growth with the nation's: the 其中 sentence lists no part of 5.2
    text = ("全省地方教育经费总投入3861.03亿元，比上年增长14.65%，增幅高于全国增幅5.2个百分点。其中，财政性教育经费为"
            "2879.31亿元，比上年增长15.75%，增幅高于全国增幅6.8个百分点。")
    assert _pipeline_errors(tmp_path, text) == []


@pytest.mark.parametrize(("service", "expected"), [("1.1", []), ("1.5", [("SUM001", "3.2个百分点")])])
def test_percentage_points_listed_as_contributions_add_up(tmp_path, service, expected):
    text = f"全年经济增长3.2个百分点，其中工业拉动2.1个百分点，服务业拉动{service}个百分点。"
    assert _pipeline_errors(tmp_path, text) == expected


def test_a_paragraph_opening_with_a_clause_naming_amounts_per_head_adds_nothing_up(tmp_path):
    # 生均: each amount is per pupil of its level; 20087.35 is no part of the 5501.50 before it
    text = ("各级教育生均一般公共预算教育事业费支出情况方面，幼儿园支出为5501.50元，比上年增长30.13%，小学、初中、高中、中职增长均"
            "超过10%，其中，高中突破2万元，为20087.35元。")
    assert _pipeline_errors(tmp_path, text) == []


def test_a_whole_equal_to_its_part_in_the_same_paragraph_is_still_the_base(tmp_path):
    # a slip making the total equal to the part (3.20 for 4.61) must show: 3.20 ÷ 3.20 = 100%, not 69.4%
    text = "全县一般公共预算收入完成3.20亿元，同比增长1.6%；其中，税收收入完成3.20亿元，占一般公共预算收入的69.4%。"
    assert ("PCT001", "69.4%") in _pipeline_errors(tmp_path, text)


# --------------------------------------------------------------------------- round 41 of the held-out excerpts


@pytest.mark.parametrize(("rate", "expected"), [("89.86%", []), ("88.86%", [("PCT002", "88.86%")])])
def test_a_completion_rate_of_the_whole_is_over_the_whole_of_the_parts_plans(rate, expected):
    # 17.87 ÷ 19.89 = 89.84%: the plan of all the counties, not the last county's 计划投资1.98亿元
    text = ("全州共安排实施项目343个，投资规模19.89亿元，其中：阿图什市安排项目68个、计划投资6.83亿元；阿克陶县安排项目181个、"
            "计划投资9.24亿元；乌恰县安排项目57个、计划投资1.83亿元；阿合奇县安排项目37个、计划投资1.98亿元。")
    assert errors(text, f"开工项目343个，开工率100%；完成投资17.87亿元，投资完成率{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("8%", []), ("7%", []), ("9%", [("PCT002", "9%")])])
def test_a_saving_rate_may_be_over_an_amount_naming_no_stage(rate, expected):
    # 590 ÷ 7500 = 7.87% and 590 ÷ (7500 + 590) = 7.29%: 政府采购金额 may be the budget or what was paid
    assert errors(f"2024年政府采购金额0.75亿元，节约资金590万元，节约率{rate}。") == expected


def test_a_saving_against_the_budget_named_is_over_the_budget_only():
    # 比预算节约: 2.38万元 is what was spent, 0.5 ÷ 2.88 = 17.36%, not 0.5 ÷ 2.38 = 21.0%
    assert errors("公务接待费2.38万元，比预算节约0.5万元，节约率21.0%。") == [("PCT002", "21.0%")]


@pytest.mark.parametrize(("so_far", "total", "expected"), [
    ("75.37", "89.18", []),
    ("76.37", "90.18", [("SUM001", "76.37亿元")]),  # 50.92 + 24.45 = 75.37
    ("75.37", "90.18", [("SUM001", "90.18亿元")]),  # 75.37 + 13.81 = 89.18
])
def test_an_amount_after_an_addition_is_the_sum_so_far(so_far, total, expected):
    text = (f"2024年区本级一般公共预算支出50.92亿元，完成调整预算的99.5%。加上专项转移支付支出24.45亿元后，一般公共预算支出{so_far}亿元；"
            f"再加上上解支出、结转下年等预计转移性支出13.81亿元，支出合计{total}亿元。")
    assert errors(text) == expected


# --------------------------------------------------------------------------- rounds 43–45 of the held-out excerpts


@pytest.mark.parametrize(("rate", "expected"), [("95.19%", []), ("96.19%", [("PCT002", "96.19%")])])
def test_a_rate_over_the_budget_alone_may_be_over_the_year_s_total_budget(rate, expected):
    # 2756453 ÷ 2895809 = 95.19% (the 预算总指标 holding carry-overs and transfers), not ÷ 2680000 or ÷ 2590000
    text = ("2020年区十六届人大第四次会议批准的全区一般公共预算支出预算为2680000万元。经区十六届人大常委会第三十三次会议批准，"
            "一般公共预算支出预算调整为2590000万元。上年结转110662万元，上级财政下达转移支付收入325452万元，全年财政支出预算总指标为"
            f"2895809万元。执行结果：全区一般公共预算支出2756453万元，为预算的{rate}，增长0.08%。")
    assert errors(text) == expected


def test_a_level_s_part_takes_no_budget_of_the_whole():
    # the budget of 区本级 and of 街道 is not given: 862427 and 182001 are not over 1045200
    text = ("2021年区当年一般公共预算支出调整预算为1045200万元，执行结果如下：区当年一般公共预算支出1044428万元，完成调整预算的99.9%。"
            "其中：区本级当年一般公共预算支出862427万元，完成调整预算的100%；街道当年一般公共预算支出182001万元，完成调整预算的99.8%。")
    assert errors(text) == []
    assert errors(text.replace("99.9%", "97.9%")) == [("PCT002", "97.9%")]  # 1044428 ÷ 1045200 = 99.93%


@pytest.mark.parametrize(("rate", "expected"), [("107.1%", []), ("108.1%", [("PCT002", "108.1%")])])
def test_a_base_in_brackets_of_its_own_is_over_the_amount_outside_the_brackets_before(rate, expected):
    # 629.4 ÷ 587.9 = 107.06%, not 14.3 (inside the first brackets) ÷ 587.9
    text = f"2021年，全区财政综合预算收入629.4亿元（已剔除从政府性基金预算调入54.5亿元和国有资本经营预算调入14.3亿元），完成预算（587.9亿元）的{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("2.1%", []), ("3.1%", [("CHG001", "3.1%")])])
def test_a_change_alone_in_its_clause_may_be_of_the_amount_right_before_it(rate, expected):
    # 1.31 ÷ (62.6 − 1.31) = 2.14%: of the amount restated after restoring the tax refunds, not of 56.04
    text = f"全市一般公共预算总收入56.04亿元、比上年下降5.9%，还原增值税留抵退税后62.6亿元，增收1.31亿元、同口径增长{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("22.4%", []), ("23.4%", [("CHG001", "23.4%")])])
def test_a_change_after_a_list_marker_run_on_without_punctuation_is_of_its_part(rate, expected):
    # 46106 ÷ (251767 − 46106) = 22.42%: 其中 starts the part its sentence runs on into
    text = ("2023年度全区完成财政收入272807万元完成年初预算256200万元的106.48%,完成调整预算272500万元的100.1%,同比增加61041万元增长28.8%"
            f"其中税收收入完成251767万元完成年初预算251200万元的100.2%,完成调整预算252500万元99.7%,同比增加46106万元增长{rate}。")
    assert errors(text) == expected


def test_rates_of_an_earlier_run_after_fenbie_are_no_changes():
    # the rates of each class are of amounts whose last year's values are not given: nothing to check
    text = ("其中，省属企业资产总额2.96万亿元、实现营业总收入7403亿元、利润总额233亿元、上交税费302亿元、增加值1327亿元，同比分别增长8.1%、3.1%、"
            "-15.8%、4.3%、2.3%；市县企业资产总额16.19万亿元、实现营业总收入1.51万亿元、利润总额1009亿元、上交税费1139亿元、增加值3204亿元，"
            "同比分别增长14.1%、9.7%、-1.1%、6.0%、4.7%。")
    assert errors(text) == []


def test_a_page_number_left_in_the_text_is_no_figure():
    # "-2-" is a page number: 7152467.88元 is read, and the list adds up (7152467.88 + 391902812.24 + 121466731.26)
    from extractor.figures import find_figures

    text = "资产 520522011.38 元，其中：支出户存款 -2- 7152467.88 元，财政专户存款 391902812.24 元，暂付款 121466731.26 元。"
    assert [(f.value, f.high) for f in find_figures(text)][1] == (Decimal("7152467.88"), None)
    assert errors(text) == []
    assert errors(text.replace("121466731.26", "131466731.26")) == [("SUM001", "520522011.38 元")]


@pytest.mark.parametrize(("rate", "expected"), [("99.0%", []), ("97.0%", [("PCT002", "97.0%")])])
def test_a_rate_over_budget_alone_is_over_the_budget_adjusted_to(rate, expected):
    # 169.88 ÷ 171.60 = 99.0% (over the 年初预算 150.20 it would be 113.1%)
    assert errors(f"2023年区财政支出由年初预算150.20亿元调整为171.60亿元。实际完成区财政支出169.88亿元，完成预算{rate}。") == expected


def test_a_budget_whose_clause_names_no_flow_is_of_its_sentence_s_flow():
    # 82,400 is the adjusted budget of 收入: 96,880 of 支出 ÷ 82,400 = 117.6% is no rate the text states
    assert errors("2023年，区级财政收入年初预算81,200万元，经批准调整为82,400万元，当年区级财政收入82,410万元，完成预算100%。",
                  "2023年，区级财政支出96,880万元，完成调整预算的99.50%。") == []


def test_what_was_done_of_a_budget_is_no_budget():
    # 专项预算累计完成 is spending: neither 612.30 nor 2,248.10 is a rate over 2,860.40 (the budgets are not given)
    assert errors("1-9月我校两项专项预算累计完成2,860.40万元，预算执行进度为40.15%。其中：科研专项预算累计完成612.30万元，"
                  "预算执行进度为35.60%；条件专项预算累计完成2,248.10万元，预算执行进度为41.52%。") == []


def test_a_paragraph_opening_names_the_level_nearest_its_first_amount(tmp_path):
    # 全区 (after 汇总区本级和镇级决算) and 区本级 are two governments: 90.20 and 75.30 are no amount stated twice
    path = tmp_path / "r.txt"
    path.write_text("汇总区本级和镇级决算，2023年，全区一般公共预算收入500.10亿元，增长5.1%。加上市对区结算净收入等90.20亿元，以及地方政府"
                    "债券转贷收入8.00亿元；减去调出资金2.00亿元，全区可以安排使用的一般公共收入总计596.30亿元。\n\n"
                    "2023年，区本级一般公共预算收入420.50亿元，增长4.2%。加上市对区结算净收入等75.30亿元，以及地方政府债券转贷收入8.00亿元；"
                    "减去调出资金2.00亿元，区本级可以安排使用的一般公共收入总计501.80亿元。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize(("part", "expected"), [("23359.26", []), ("18359.26", ["PCT001"])])
def test_a_share_written_at_least_holds_above_it(tmp_path, part, expected):
    # 23359.26 ÷ 28245.40 = 82.70%: 八成以上 says at least 80% (65.00% is below it)
    path = tmp_path / "r.txt"
    path.write_text(f"某部2010年“三公”经费财政拨款支出28245.40万元，其中公务用车购置及运行费{part}万元，占八成以上。\n",
                    encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == expected


def test_a_part_of_the_record_after_a_semicolon_is_a_share_of_that_record_s_whole():
    # 8256.08 ÷ 10454.99 = 78.97%, not a share of the 12021.88 whose list stands in the ；-part before
    assert errors("水利部2010年“三公”财政拨款决算为12021.88万元，其中公车费用9994万元，占比83.13%；交通部2010年“三公”支出"
                  "10454.99万元，公车费用8256.08万元，占79%。") == []


def test_a_share_of_a_whole_named_in_latin_letters_given_nowhere_is_not_checked():
    # GDP is not given: 483.1 is 工业总产值, no base of 服务业增加值's 50%
    assert errors("全区财政收入68.46亿元，增长13.3%，其中税收收入35.62亿元；工业总产值483.1亿元，增长6.6%，其中规上工业产值"
                  "406.5亿元，增长12.7%；服务业增加值86.4亿元，增长13.9%，服务业增加值占GDP比重达50%。") == []


def test_shares_of_a_total_given_nowhere_are_no_shares_of_a_sibling():
    # 彩票销售总量 is none of the types: 2300.50 + 1400.20 + 200.30 = 3901.00, and 58.97% = 2300.50 ÷ 3901.00
    assert errors("分类型看，2019年，乐透数字型彩票销售2300.50亿元，同比增加120.40亿元，增长5.5%；竞猜型彩票销售1400.20亿元，"
                  "同比增加600.10亿元，增长75.0%；即开型彩票销售200.30亿元，同比减少20.00亿元，下降9.1%。2019年，乐透数字型、"
                  "竞猜型和即开型彩票销售量分别占彩票销售总量的58.97%、35.89%、5.13%。") == []


def test_a_run_of_shares_is_of_the_amounts_after_the_whole_they_are_in():
    # 2163.86 ÷ 2207.52 = 98.02%: the whole written "…收入2207.52亿元中，" is not one of the run
    assert errors("社会保险基金收入26194.53亿元中，单位缴费、个人缴费分别为12614.91亿元、13579.62亿元，分别占48.16%、51.84%；"
                  "社会救助资金收入2207.52亿元中，财政投入为2163.86亿元，其他投入43.66亿元，分别占98.02%和1.98%。") == []


def test_a_part_listed_under_what_was_done_is_a_share_of_what_was_done():
    # 1465475 ÷ 1528248 = 95.9%: 财政收入 here is the revenue collected, not the 1485000 budgeted
    assert errors("区人大批准区级财政预算收入1485000万元。经审计，实际完成收入1528248万元，完成预算102.9%，其中，区级税收收入"
                  "1465475万元，占财政收入95.9%；非税收入62773万元，占财政收入4.1%。") == []


def test_a_leftover_is_no_budget_overspent():
    # spending 1801205 is over the budget 1750000: the 10656 left is what the revenue left, not the budget
    assert errors("区人大批准区级财政预算支出1750000万元。经审计，实际支出1801205万元，完成预算102.9%。预算执行结余10656万元。") == []


def test_an_amount_adjusted_to_is_a_budget():
    # 46,367 ÷ 45,810 = 101.2%: the 45,810 调整至 is the budget, not what was collected (over 47,531 it would be 96.4%)
    assert errors("区人大批准的2020年一般公共预算收入预算为47,531万元，执行中经区人大常委会批准，将一般公共预算收入调减1,721万元，"
                  "调整至45,810万元，其中：税收收入29,814万元、非税收入15,996万元，一般公共预算收入实际完成46,367万元，"
                  "为调整预算的101.2%。") == []


def test_a_balance_one_level_s_sentence_names_is_none_of_another_level_s_flows():
    # 中央财政's deficit is not 全国 spending less 全国 revenue; 地方本级 amounts listed under 全国 are parts, no flows of it
    assert errors("2009年，全国财政收入68476.88亿元。其中：中央本级收入35896.14亿元，地方本级收入32580.74亿元。全国财政支出"
                  "75873.64亿元。其中：中央本级支出15279.84亿元，地方本级支出60593.8亿元。全国财政收支相抵，差额7396.76亿元。"
                  "其中，中央财政收支相抵，赤字7500亿元，与预算持平。") == []


def test_paragraphs_opening_with_a_numbered_fund_are_of_that_fund(tmp_path):
    # two funds' 本年收入 and 本年支出, no amount stated twice
    path = tmp_path / "r.txt"
    path.write_text("2011年全国社会保险基金决算情况\n\n一、企业职工基本养老保险基金。本年收入15435亿元，比上年增长27%；本年支出11402亿元，比上年增长21%。\n\n"
                    "二、失业保险基金。本年收入924亿元，比上年增长42%；本年支出433亿元，比上年增长1%。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


def test_a_list_opening_its_sentence_is_of_the_year_and_body_of_the_sentence_before(tmp_path):
    # 164.01 is 铁道部's 2010 budget, 11384.66 质检系统's 2011 budget (its list opens the sentence after "2011年，质检系统…"):
    # no amount stated twice, though the paragraph opens with 2010
    path = tmp_path / "r.txt"
    path.write_text("铁道部、质检总局公布2011年“三公经费”预算\n\n相较2010年，今年铁道部“三公经费”财政拨款预算为1089.78万元。2010年，"
                    "铁道部“三公经费”财政拨款预算为1152.61万元，其中，因公出国（境）费374.53万元，公务用车购置及运行费614.07万元，"
                    "公务接待费164.01万元。2011年，质检系统“三公经费”财政拨款预算总额为40762.64万元。其中，因公出国（境）费财政拨款"
                    "预算2396.20万元，车辆购置及运行费财政拨款预算26981.78万元，公务接待费财政拨款预算11384.66万元。\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize(("special", "expected"), [("6013", []), ("6113", [("SUM001", "7378亿元")])])
def test_a_total_written_twice_before_its_list_is_one_total(special, expected):
    # the headline repeats 7378: 1365 + 6013 = 7378 = 5716 + 1662 (1365 + 6113 is over it)
    assert errors(f"【9月全国发行地方政府债券7378亿元】9月，全国发行地方政府债券7378亿元。其中，发行一般债券1365亿元，发行专项债券"
                  f"{special}亿元；按用途划分，发行新增债券5716亿元，发行再融资债券1662亿元。") == expected
