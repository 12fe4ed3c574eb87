"""Changes against a named base (extractor/relations/changes.py): each wording consistent, inconsistent,
at the rounding edge, over a zero base and flat (持平), plus readings that must stay quiet.

The sentences are written for these tests in the style of 部门预算/决算 说明; the expected values are
worked out by hand in the comments. Figures come from tests/quickfig.py."""

from __future__ import annotations

import pytest
from quickfig import doc_of, figures_of

from extractor.checks import run_checks
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions, check_file
from extractor.relations import find_relations


def claims(*paragraphs):
    """(rule, severity, first cited figure) of every finding."""
    doc = doc_of(*paragraphs)
    figs = figures_of(doc)
    found = run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
    by_id = {f.id: f for f in figs}
    return [(f.rule, f.severity, by_id[f.figures[0]].raw if f.figures else "") for f in found]


def errors(*paragraphs):
    return [(rule, raw) for rule, sev, raw in claims(*paragraphs) if sev != "info"]


def relations(*paragraphs):
    doc = doc_of(*paragraphs)
    figs = figures_of(doc)
    by_id = {f.id: f.raw for f in figs}
    return [(r.rule, [by_id[i] for i in r.figures]) for r in find_relations(doc, figs, ReportMeta())
            if r.rule.startswith("CHG") or r.data.change]


# --------------------------------------------------------------------------- rate against a named base

EXEC = "2023年当年预算执行数为{a}万元，2024年预算安排{b}万元，比2023年预算执行数{word}{p}%。"


@pytest.mark.parametrize(
    ("a", "b", "word", "p", "expected"),
    [
        ("80.00", "92.00", "增加", "15.00", []),  # 12 / 80 = 15%
        ("80.00", "92.00", "增加", "16.00", [("CHG001", "16.00%")]),
        ("80.00", "68.00", "减少", "15.00", []),  # 12 / 80
        ("80.00", "68.00", "减少", "12.00", [("CHG001", "12.00%")]),
        ("80.00", "92.00", "减少", "15.00", [("CHG001", "15.00%")]),  # the figures rose: 减少 is wrong
        ("348.52", "352.67", "增加", "0.53", [("CHG001", "0.53%")]),  # 4.15 / 348.52 = 1.19%
    ],
)
def test_rate_against_the_named_execution_figure(a, b, word, p, expected):
    assert errors(EXEC.format(a=a, b=b, word=word, p=p)) == expected


def test_rate_at_the_rounding_edge_is_information():
    # 12.01 / 80 = 15.0125%: outside [14.995, 15.005) at the midpoint, inside with the operands' rounding
    got = claims(EXEC.format(a="80.00", b="92.01", word="增加", p="15.00"))
    assert got == [("CHG001", "info", "15.00%")]


def test_the_sentence_figure_not_the_heading_is_current():
    heading = "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。"
    text = heading + EXEC.format(a="348.52", b="352.67", word="增加", p="0.53")
    assert errors(text) == [("CHG001", "0.53%")]
    assert errors(heading + EXEC.format(a="348.52", b="350.35", word="增加", p="0.53")) == []  # 1.83 / 348.52 = 0.525%


@pytest.mark.parametrize(
    "text",
    [
        "本年“三公”经费支出46.00万元，上年“三公”经费支出40.00万元，同比增长15.00%。",  # 6 / 40
        "上年“三公”经费支出40.00万元，本年“三公”经费支出46.00万元，比上年增长15.00%。",
        "2023年机关运行经费40.00万元，2024年机关运行经费46.00万元，较2023年增长15.00%。",
        "本年公务接待费支出46.00万元，比上年40.00万元增加15.00%。",  # the base right after 比上年
        "本年公务接待费支出46.00万元，与上年同期的40.00万元相比增长15.00%。",
        "2024年公务接待费支出46.00万元，2023年为40.00万元，增幅为15.00%，较上年有所增加。",  # no comparison before: silent
        "本年支出46.00万元，上年决算支出40.00万元，较上年决算增长15.00%。",
        "年初预算为40.00万元，全年支出46.00万元，比年初预算增加15.00%。",
        "2025年预算安排46.00万元，2024年预算执行数为40.00万元，比2024年预算执行数增长15.00%。",
    ],
)
def test_rate_wordings_consistent(text):
    assert errors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "本年“三公”经费支出46.00万元，上年“三公”经费支出40.00万元，同比增长13.04%。",  # 6 / 46: the wrong base
        "上年“三公”经费支出40.00万元，本年“三公”经费支出46.00万元，比上年增长13.04%。",
        "2023年机关运行经费40.00万元，2024年机关运行经费46.00万元，较2023年增长13.04%。",
        "本年公务接待费支出46.00万元，比上年40.00万元增加13.04%。",
        "本年公务接待费支出46.00万元，与上年同期的40.00万元相比增长13.04%。",
        "本年支出46.00万元，上年决算支出40.00万元，较上年决算增长13.04%。",
        "年初预算为40.00万元，全年支出46.00万元，比年初预算增加13.04%。",
        "2025年预算安排46.00万元，2024年预算执行数为40.00万元，比2024年预算执行数增长13.04%。",
    ],
)
def test_rate_wordings_inconsistent(text):
    assert errors(text) == [("CHG001", "13.04%")]


@pytest.mark.parametrize("compare", ["和上年相比，", "和上年相比", "相较于上年", "相较上年", "较之上年", "跟上年比"])
@pytest.mark.parametrize(("rate", "expected"), [("10.00%", []), ("12.00%", [("CHG001", "12.00%")])])
def test_other_comparison_words_name_the_previous_year(compare, rate, expected):
    # 100 / (1100 − 100) = 10.00%; before, 和上年 read 100 as last year's amount and 相较/较之 compared nothing
    assert errors(f"2024年收入总计1100.00万元，{compare}增加100.00万元，增长{rate}。") == expected


def test_a_part_named_by_its_share_alone_is_not_the_total_before():
    # 税收收入's amount is not given: 94 / (1129.9 − 94) = 9.07% is no reading of its 14.5%
    text = ("1至8月，全市公共财政预算收入1129.9亿元，同比增长14.2%。1至8月，税收收入占全市公共财政预算的比例为65.8%，"
            "增收94亿元，同比增长14.5%；非税收入占比为34.2%，增收46.2亿元，同比增长13.6%。")
    assert errors(text) == []
    # with nothing named before the change, it is of the figure before (100 / (1100 − 100) = 10%)
    assert errors("2024年收入总计1100.00万元。与上年相比，增加100.00万元，增长12.00%。") == [("CHG001", "12.00%")]


@pytest.mark.parametrize(("rate", "expected"), [("24.41%", []), ("25.77%", [("CHG001", "25.77%")])])
def test_a_bare_zeng_after_the_base_name_compares(rate, expected):
    # "比上年财政奖补资金净增d": the change is of 161.5, named like the base, not of the list's total 228.8
    # (31.69 / (161.5 − 31.69) = 24.41%; against 228.8 it would be 16.08%)
    text = ("项目总投资228.8万元，其中：村自筹资金67.3万元，申请财政奖补资金161.5万元，"
            f"比上年财政奖补资金净增31.69万元，增长{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change naming no base, its 其中 parts naming none, a part's own parts in brackets passed over
        ("一是收入增加3627万元，其中：本级收入增加365万元（税收增加146万元、非税增加219万元）、上级补助收入增加3262万元。", []),
        ("一是收入增加3627万元，其中：本级收入增加365万元（税收增加146万元、非税增加219万元）、上级补助收入增加3362万元。",
         [("SUM001", "3627万元")]),  # 365 + 3362 = 3727 > 3627
        # one direction word before the items joined by 、 is every item's
        ("转移性收入调整为443105万元，调增102620万元，主要是调增上级补助收入83620万元、债务转贷收入19000万元。", []),
        ("转移性收入调整为443105万元，调增102620万元，主要是调增上级补助收入93620万元、债务转贷收入19000万元。",
         [("SUM001", "102620万元")]),  # 93620 + 19000 = 112620 > 102620
        # a reason list ends at a change of the other flow (483 + 483 is no part of 483)
        ("与2017年执行数相比，上级补助收入决算数增加483万元，主要是上级专项补助增加483万元，支出决算数总计增加483万元，"
         "主要是对应收入的变化。", []),
        # …but a part named by what it pays for (基本支出拨款) is a part of the income still (2104.15 + 65 > 2159.15)
        ("收入较去年减少2159.15万元，主要是项目经费拨款减少2104.15万元，基本支出拨款减少65万元。", [("SUM001", "2159.15万元")]),
    ],
)
def test_changes_listed_after_a_change_naming_no_base(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the i-th change after 分别 is of the i-th amount before it, and the i-th rate after it of that change:
        # 18 / (14 + 18) = 56.25%, 56 / (127 + 56) = 30.60%
        ("公务用车购置及运行费141.00万元，包括公务用车购置费14.00万元和公务用车运行费127.00万元，与上年相比，"
         "分别减少18.00万元和56.00万元，下降56.25%和30.60%。", []),
        ("公务用车购置及运行费141.00万元，包括公务用车购置费14.00万元和公务用车运行费127.00万元，与上年相比，"
         "分别减少18.00万元和56.00万元，下降56.25%和44.09%。", [("CHG001", "44.09%")]),  # 56 / 127: the wrong base
        ("公务用车购置费14.00万元，公务用车运行费127.00万元，与上年相比分别减少18.00万元、56.00万元，"
         "分别下降50.00%、30.60%。", [("CHG001", "50.00%")]),
    ],
)
def test_respective_changes_and_rates_pair_in_order(text, expected):
    assert errors(text) == expected


def test_a_joined_item_is_named_like_the_one_before(tmp_path):
    # "下降133.1%和43.7%": the second rate's message names 下降, not the joiner 和
    path = tmp_path / "r.txt"
    path.write_text("公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，"
                    "下降133.1%和43.7%。", encoding="utf-8")
    messages = [f.message for f in check_file(path).findings if f.rule == "CHG001"]
    assert len(messages) == 2 and all(m.startswith("减少（下降）") for m in messages)


def test_a_rate_of_an_amount_named_on_the_same_basis_is_not_checked():
    # 14.6% is on the adjusted base, 4376 against last year's natural one (28583 − 2798 = 25785): no one base fits both
    text = ("地方一般公共预算收入完成28,583万元，同比增长10.85%，增收2,798万元。"
            "地方一般公共预算收入（同口径）完成30,161万元，同比增长14.6%，增收4,376万元。")
    assert errors(text) == []
    assert errors(text.replace("10.85%", "11.85%")) == [("CHG001", "11.85%")]  # 2798 / 25785 = 10.85%


def test_reasons_with_a_change_the_other_way_left_without_its_unit_prove_nothing():
    # 27.41 + 3.84 − 4.79 = 26.46: the decrease is written without 万元, so the two increases alone exceed the change
    text = ("基本支出622万元，比2021年增加26.46万元，主要原因是社会保障和就业支出增加27.41万元，主要用于保障退休人员补助支出；"
            "教育支出增加3.84万元，主要用于保障教师工资福利支出；卫生健康支出、住房保障支出共减少4.79，主要原因是人员减少。")
    assert errors(text) == []
    # the same reasons without the decrease do claim too much
    assert errors(text.split("；卫生健康")[0] + "。") == [("SUM001", "26.46万元")]


@pytest.mark.parametrize(("rate", "expected"), [("103.9%", []), ("84.0%", [])])
def test_a_listed_parts_completion_rate_is_not_over_the_wholes_budget(rate, expected):
    # 税收收入's own 调整预算 is not given: 27.9 / 32 is no reading of its rate
    text = ("一般公共预算收入年初预算为34.2亿元，调整预算数为32亿元，决算数为32.2亿元，为调整预算的100.6%。"
            f"其中，税收收入27.9亿元，增长7.0%，为调整预算的{rate}；非税收入调整预算数为5.1亿元，决算数为4.3亿元，为调整预算的84.3%。")
    assert errors(text) == expected


def test_a_listed_parts_rate_is_not_over_its_whole():
    # 323.4 is a part of 405, both named 去年 (the year reported on): the part grew 86.3% over its own last year's amount,
    # which is not given; before, (323.4 − 405) ÷ 405 was read
    assert errors("去年全市基金收入完成405亿元，其中国有土地使用权出让金收入323.4亿元，增长86.3%。") == []


def test_a_rate_over_a_base_written_as_zero_is_a_warning():
    got = claims(EXEC.format(a="0.00", b="25.00", word="增加", p="100.00"))
    assert got == [("PCT003", "warning", "100.00%")]


def test_a_base_of_another_year_is_not_the_named_one():
    # the comparison names 2023; the only earlier figure is of 2022: nothing to check against
    text = "2022年执行数为70.00万元，2024年预算安排92.00万元，比2023年预算执行数增加15.00%。"
    assert relations(text) == []


def test_every_figure_carrying_the_base_name_is_a_reading():
    # 上年 names two figures: 6 / 40 = 15% and 4 / 42 = 9.52%; each rate fits one of them
    for p in ("15.00", "9.52"):
        assert errors(f"上年决算支出40.00万元，上年预算支出42.00万元，本年支出46.00万元，同比增长{p}%。") == []
    assert errors("上年决算支出40.00万元，上年预算支出42.00万元，本年支出46.00万元，同比增长16.00%。") == [("CHG001", "16.00%")]


# --------------------------------------------------------------------------- change amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上年支出80.00万元，本年支出92.50万元，比上年增加12.50万元。", []),
        ("上年支出80.00万元，本年支出92.50万元，比上年增加12.00万元。", [("CHG002", "12.00万元")]),  # 92.50 − 80.00 = 12.50
        ("年初预算为50.00万元，决算支出为46.00万元，比年初预算减少4.00万元。", []),
        ("年初预算为50.00万元，决算支出为46.00万元，比年初预算减少5.00万元。", [("CHG002", "5.00万元")]),
        ("本年支出92.50万元，比上年80.00万元增加12.50万元。", []),
        ("本年支出92.50万元，比上年80.00万元增加13.50万元。", [("CHG002", "13.50万元")]),
        ("2023年当年预算执行数为80.00万元，2024年预算安排92.50万元，比2023年预算执行数减少12.50万元。",
         [("CHG002", "12.50万元")]),  # 减少 while the figures rose
        # 对比 names the base like 相比: 57.55 − 33.00 = 24.55
        ("2016年预算拨入33.00万元，2015年预算拨入57.55万元，与上年对比减少24.55万元。", []),
        ("2016年预算拨入33.00万元，2015年预算拨入57.55万元，与上年对比减少25.55万元。", [("CHG002", "25.55万元")]),
        # 24.55 ÷ (33.00 + 24.55) = 42.66%
        ("2016年预算拨入33.00万元，与2015年预算对比，减少24.55万元，下降46.26%。", [("CHG001", "46.26%")]),
    ],
)
def test_change_amount_against_both_figures(text, expected):
    assert errors(text) == expected


def test_change_amount_at_the_rounding_edge_is_information():
    # 92.50 − 80.00 = 12.50; stated 12.5 stands for [12.45, 12.55): ok. 12.51 is 0.01 off, within
    # the rounding of the three operands (±0.005 each): information only
    got = claims("上年支出80.00万元，本年支出92.50万元，比上年增加12.51万元。")
    assert got == [("CHG002", "info", "12.51万元")]


def test_change_amount_without_a_stated_base_is_not_checked():
    text = "财政拨款收入1000.00万元，比2023年预算减少80.00万元；事业收入0.00万元。"
    assert relations(text) == [] and errors(text) == []


def test_amount_and_rate_with_the_base_stated_first():
    # the first figure of the sentence is last year's: 12 / 80 = 15% with the stated base
    text = "上年支出80.00万元，本年支出92.00万元，比上年增加12.00万元，增长15.00%。"
    assert errors(text) == []
    assert errors(text.replace("15.00%", "17.00%")) == [("CHG001", "17.00%")]


# --------------------------------------------------------------------------- 持平


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年当年预算执行数为20.00万元，2024年预算安排20.00万元，比2023年预算执行数持平。", []),
        ("2023年当年预算执行数为20.00万元，2024年预算安排21.00万元，比2023年预算执行数持平。", [("DIR001", "21.00万元")]),
        ("本年公务接待费支出20.00万元，与上年20.00万元持平。", []),
        ("本年公务接待费支出20.00万元，与上年21.00万元持平。", [("DIR001", "20.00万元")]),
        ("上年支出20.00万元，本年支出21.00万元，与上年基本持平。", []),  # 基本持平 is not an equality
        ("政府性基金拨款支出预算0.00万元，比2023年预算持平。", []),  # no 2023 figure: nothing to compare
    ],
)
def test_flat_against_the_named_base(text, expected):
    assert errors(text) == expected


def test_flat_at_the_rounding_edge_holds():
    # 20.0 stands for [19.95, 20.05), 20.04 for [20.035, 20.045): they meet
    text = "2023年当年预算执行数为20.0万元，2024年预算安排20.04万元，比2023年预算执行数持平。"
    assert claims(text) == []


# --------------------------------------------------------------------------- a consistent section stays quiet


def test_a_consistent_budget_section_is_quiet():
    items = [
        "1.“一般公共服务支出（类）组织事务（款）一般行政管理事务（项）”88.87万元，主要用于组织事务。"
        + EXEC.format(a="60.79", b="88.87", word="增加", p="46.19"),  # 28.08 / 60.79 = 46.19%
        "2.“公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项）”133.30万元，主要用于其他公共安全支出。"
        + EXEC.format(a="130.23", b="133.30", word="增加", p="2.36"),  # 3.07 / 130.23 = 2.357%
        "3.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”1660.32万元，主要用于行政运行。"
        + EXEC.format(a="1899.77", b="1660.32", word="减少", p="12.60"),  # 239.45 / 1899.77 = 12.604%
        "4.“科学技术支出（类）科学技术普及（款）科普活动（项）”10.00万元，主要用于科普活动。"
        "2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。",
    ]
    assert claims(*items) == []
    assert len(relations(*items)) == 4


def test_counts_change_like_amounts():
    assert errors("2023年新增项目10个，2024年新增项目12个，同比增长20.00%。") == []  # 2 / 10
    assert errors("2023年新增项目10个，2024年新增项目12个，同比增长25.00%。") == [("CHG001", "25.00%")]


@pytest.mark.parametrize(
    "text",
    [
        # the change of a rate (in points), not of the amount before it
        "2023年支出70.00万元。2024年支出80.00万元，预算执行率95.00%，较上年提高5.00%。",
        # a carry-over from last year is not last year's income
        "本年收入92.00万元，上年结转资金80.00万元，比上年增长3.00%。",
    ],
)
def test_figures_that_are_not_the_base_stay_quiet(text):
    assert errors(text) == []


# --------------------------------------------------------------------------- whose change it is

def test_each_clause_of_a_list_changes_its_own_figure():
    # 车辆费 18 → 15: 3 / 18 = 16.67%; 会议费 52 → 48: 4 / 52 = 7.69% (not 4 / (6 + 4), the sentence's first figure)
    text = ("2025年本单位培训费6万元，较上年持平；车辆费15万元，较上年减少3万元，下降16.67%；"
            "会议费48万元，较上年减少4万元，下降7.69%。")
    assert errors(text) == []
    assert errors(text.replace("7.69%", "8.69%")) == [("CHG001", "8.69%")]


def test_a_sentence_without_its_own_figure_is_about_what_its_head_names():
    # 印刷费: 2024年决算9.60万元, 2025年预算8.80万元; the change 0.80 / 9.60 = 8.33%, whatever the
    # previous sentence's first figure (the 办公经费 total) is
    first = "2025年办公经费预算30万元，其中：印刷费8.80万元，邮电费21.20万元。2024年印刷费决算9.60万元。"
    assert errors(first + "2025年办公经费预算较上年增加2万元，其中印刷费较上年减少0.80万元，下降8.33%。") == []
    assert errors(first + "2025年办公经费预算较上年增加2万元，其中印刷费较上年减少0.80万元，下降9.33%。") == [
        ("CHG001", "9.33%")]


@pytest.mark.parametrize(("rate", "expected"), [("10.33%", []), ("11.65%", [("CHG001", "11.65%")])])
def test_a_change_opening_its_sentence_is_of_the_total_before_the_list_of_the_sentence_before(rate, expected):
    # 359.29 ÷ (3836.27 − 359.29) = 10.33%: of the 支出预算 whose parts the sentence before lists, not of its first part
    # (359.29 ÷ (3442.13 − 359.29) = 11.65%), though the budget word would pass the total over for an actual
    text = f"本年度支出预算3836.27万元，其中：省院本级3442.13万元，西宁铁路检察院394.14万元。比上年增加359.29万元，增长{rate}。"
    assert errors(text) == expected


def test_same_period_comparison_states_amount_and_rate():
    # 同比 compares with the same period a year before: 9,000.00 + 1,000.00 = 10,000.00 last year → 10.00%;
    # a rate taken over this year's figure (1,000 / 9,000 = 11.11%) is the classic slip
    text = "（二）培训支出类科目9000.00元，同比减少1000.00元，下降{p}%。"
    assert errors(text.format(p="10.00")) == []
    assert errors(text.format(p="11.11")) == [("CHG001", "11.11%")]


def test_revenue_words_state_a_change_amount():
    # 增收/减收/减支 are change words, not a base written after 比上年: 600 / (4000 − 600) = 17.65%
    text = "其中：税收收入4000万元，比上年增收600万元，增长{}%；非税收入1500万元，比上年减收500万元，下降25.0%。"
    assert errors(text.format("17.6")) == []
    assert errors(text.format("15.0")) == [("CHG001", "15.0%")]


def test_a_fund_named_budget_is_still_the_current_figure():
    # 一般公共预算支出 is an actual amount: 600 / (5400 + 600) = 10.0%, not a rate over another paragraph's figure
    text = ["其中：税收收入4000万元，比上年增收600万元，增长17.6%。",
            "一般公共预算支出累计完成5400万元，完成预算数9000万元的60.0%，比上年减支600万元，下降{}%。"]
    assert errors(text[0], text[1].format("10.0")) == []
    assert errors(text[0], text[1].format("11.0")) == [("CHG001", "11.0%")]


def test_in_a_budget_every_figure_is_a_budget_and_its_own_still_leads():
    # 商品和服务支出预算 400000 (a budget, like every figure of a 预算): 40000 / (400000 + 40000) = 9.09%
    text = "商品和服务支出预算400000元，占基本支出预算20.00%，同比减少40000元，下降{}%。"
    assert errors(text.format("9.09")) == []
    assert errors(text.format("10.00")) == [("CHG001", "10.00%")]


@pytest.mark.parametrize(("change", "expected"), [("0.59万元", []), ("0.69万元", [("CHG002", "0.69万元")])])
def test_a_change_of_a_subject_whose_two_years_stand_under_two_headings(change, expected):
    paragraphs = ["一、2022年“三公”经费预算安排情况",
                  "2022年度“三公”经费预算总计21.80万元，其中：因公出国（境）经费0万元，公务接待11.80万元，公务用车运行费用10.00万元。",
                  "二、2021年“三公”经费决算情况",
                  "2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。",
                  f"2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少{change}。"]
    assert [e for e in errors(*paragraphs) if e[0] == "CHG002"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全镇60岁以上老年人达到3,860人，比上年增加920人，增长31.29%。", []),
        ("全镇60岁以上老年人达到3,860人，比上年增加290人，增长31.29%。", [("CHG001", "31.29%")]),  # a count changes too
        ("农村居民人均可支配收入达到26,480元，比上年增加1,620元，增长6.52%。", []),
        ("农村居民人均可支配收入达到26,480元，比上年增加1,620元，增长6.25%。", [("CHG001", "6.25%")]),  # so does an average
        ("全年支出由2,940.00万元增加到3,860.00万元，增长31.29%。", []),
        ("全年支出由2,940.00万元增加到3,860.00万元，增长13.29%。", [("CHG001", "13.29%")]),
        ("服务人数由2,940人增加到3,860人，增长13.29%。", [("CHG001", "13.29%")]),
        ("全镇60岁以上老年人3,860人，上年2,940人，增长31.29%。", []),
        ("全镇60岁以上老年人3,860人，上年2,940人，增长13.29%。", [("CHG001", "13.29%")]),
    ],
)
def test_changes_of_counts_averages_and_from_to(text, expected):
    assert errors(text) == expected


def test_a_part_that_changed_is_named_in_the_message():
    # the change follows 人员经费's own amount: the message computes over 8,125.64, not the 基本支出 total
    paragraphs = ["2025年基本支出9,740.30万元，其中：人员经费8,125.64万元，比上年预算增加257.24万元，增幅3.72%。"]
    doc = doc_of(*paragraphs)
    figs = figures_of(doc)
    found = run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
    [f] = [f for f in found if f.rule == "CHG001" and f.severity == "error"]
    assert "8125.64" in f.message and "9740.30" not in f.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1,000.00 − 800.00 = 200.00 against 年初预算: no budget is stated, so nothing to check (the
        # 一般公共预算 of the sentence before names funds, not the 年初预算 the change compares with;
        # the figures inside the brackets explain the 1,000.00, they are not what changed)
        ("一般公共预算安排“三公”经费支出1,500.00万元。其中：公务接待费300.00万元，比年初预算减少50.00万元；"
         "公务用车购置及运行维护费1,000.00万元（其中：公务用车购置费200.00万元，公务用车运行维护费800.00万元），"
         "比年初预算增加150.00万元。", []),
        # with the 年初预算 written, the change is checked against the amount before the brackets:
        # 1,000.00 − 850.00 = 150.00; stated 160.00 is wrong
        ("公务用车购置及运行维护费年初预算850.00万元，决算1,000.00万元（其中：公务用车购置费200.00万元，"
         "公务用车运行维护费800.00万元），比年初预算增加150.00万元。", []),
        ("公务用车购置及运行维护费年初预算850.00万元，决算1,000.00万元（其中：公务用车购置费200.00万元，"
         "公务用车运行维护费800.00万元），比年初预算增加160.00万元。", [("CHG002", "160.00万元")]),
    ],
)
def test_a_change_is_of_the_amount_before_brackets_and_its_base_is_a_stage(text, expected):
    assert [e for e in errors(text) if e[0].startswith("CHG")] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("31.39%", []),  # 189.25 ÷ (792.22 − 189.25) = 31.39%
     ("13.39%", [("CHG001", "13.39%")])],
)
def test_a_lone_labelled_amount_is_what_the_next_sentence_changes(rate, expected):
    # "1、收入：A。同比上年度增加d，增加p%": the labelled amount of the sentence before is the current one
    assert errors(f"1、收入：792.22万元。同比上年度增加189.25万元，增加{rate}。") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 基本支出 and 项目支出 are every part of 财政拨款支出: their changes add up to its change
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，其中：基本支出增加60.00万元，项目支出增加40.00万元。", []),
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，其中：基本支出增加60.00万元，项目支出增加50.00万元。",
         [("SUM001", "100.00万元")]),  # 60 + 50 = 110
        # with their signs: 120 − 20 = 100
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，主要是基本支出增加120.00万元，项目支出减少20.00万元。", []),
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，主要是基本支出增加120.00万元，项目支出增加20.00万元。",
         [("SUM001", "100.00万元")]),  # 120 + 20 = 140
        # each part's change following the part's own amount
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，其中：基本支出600.00万元，比上年增加60.00万元；"
         "项目支出400.00万元，比上年增加50.00万元。", [("SUM001", "100.00万元")]),
        # the three 三公 items, the total named in the change's own sentence: 2 + 5 + 4 = 11, not 10
        ("2023年“三公”经费财政拨款支出决算为50.00万元，比上年减少10.00万元，其中：因公出国（境）费减少2.00万元，"
         "公务用车购置及运行维护费减少5.00万元，公务接待费减少4.00万元。", [("SUM001", "10.00万元")]),
        ("2023年“三公”经费财政拨款支出决算为50.00万元，比上年减少10.00万元，其中：因公出国（境）费减少2.00万元，"
         "公务用车购置及运行维护费减少4.00万元，公务接待费减少4.00万元。", []),
        # only some parts named: the others may have moved either way, nothing to check
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，主要是基本支出增加60.00万元。", []),
        ("2023年“三公”经费支出50.00万元，比上年减少10.00万元，其中公务接待费减少4.00万元，公务用车购置及运行维护费减少2.00万元。", []),
        # parts compared with another base (年初预算) are no parts of a change against last year
        ("2023年财政拨款支出1,000.00万元，比上年增加100.00万元，其中：基本支出比年初预算增加60.00万元，项目支出比年初预算增加50.00万元。", []),
    ],
)
def test_the_changes_of_every_part_add_up_to_the_change_of_the_total(text, expected):
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 压缩/压减 are decreases: 162.87 ÷ (2,283.74 + 162.87) = 6.66%
        ("2021年“三公”经费预算2,283.74万元，比2020年减少162.87万元，压缩6.66%。", []),
        ("2021年“三公”经费预算2,283.74万元，比2020年压减162.87万元，压缩6.86%。", [("CHG001", "6.86%")]),
        # 减幅 is the rate of a decrease: 2199 ÷ 6452 = 34.08%
        ("非税收入完成4253万元，较上年决算6452万元，减收2199万元，减幅34.1%。", []),
        ("非税收入完成4253万元，较上年决算6452万元，减收2199万元，减幅31.1%。", [("CHG001", "31.1%")]),
        # 2,446.61 − 2,283.74 = 162.87
        ("2020年“三公”经费预算2,446.61万元，2021年预算2,283.74万元，比2020年压减162.87万元。", []),
        ("2020年“三公”经费预算2,446.61万元，2021年预算2,283.74万元，比2020年压减126.87万元。", [("CHG002", "126.87万元")]),
    ],
)
def test_cutting_words_are_decreases(text, expected):
    assert [e for e in errors(text) if e[0].startswith("CHG")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part stated 持平 changed by nothing: 0 − 12 − 209 = −221
        ("“三公”经费预算总额为1,969万元，较上年的2,190万元减少221万元；其中：因公出国（境）经费40万元，较上年持平；"
         "公务接待费242万元，较上年减少12万元；公务用车购置及运行维护费1,687万元，较上年减少209万元。", []),
        ("“三公”经费预算总额为1,969万元，较上年的2,190万元减少221万元；其中：因公出国（境）经费40万元，较上年持平；"
         "公务接待费242万元，较上年减少21万元；公务用车购置及运行维护费1,687万元，较上年减少209万元。", [("SUM001", "221万元")]),
    ],
)
def test_a_part_that_stayed_flat_is_a_zero_change(text, expected):
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the changes in brackets break down the change: 33,988 + 20 = 34,008; a plain amount among
        # them moves the way the total does (33,988 + 23 + 2 + 122 = 34,135)
        ("与年初预算相比，全县收入增加34,008万元（债务转贷收入增加33,988万元，上级补助收入增加20万元）。", []),
        ("与年初预算相比，全县收入增加34,008万元（债务转贷收入增加33,988万元，上级补助收入增加200万元）。",
         [("SUM001", "34,008万元")]),
        ("与年初预算相比，全县支出增加34,135万元（债务还本支出增加33,988万元，上解支出增加23万元、2万元，补充预算稳定调节基金122万元）。", []),
        # with their signs: 600 − 100 = 500
        ("支出比上年增加500万元（人员经费增加600万元、公用经费减少100万元）。", []),
        ("支出比上年增加500万元（人员经费增加600万元、公用经费减少10万元）。", [("SUM001", "500万元")]),
        # 主要/等: a partial list, checked only not to exceed the change, and not at all with mixed signs
        ("支出比上年增加500万元（主要是人员经费增加300万元、公用经费增加100万元等）。", []),
        ("支出比上年增加500万元（主要是人员经费增加300万元、公用经费增加300万元等）。", [("SUM001", "500万元")]),
        ("支出比上年增加500万元（主要是人员经费增加900万元、公用经费减少300万元）。", []),
        # brackets giving the years compared are no breakdown
        ("支出比上年增加500万元（2023年1,000万元，2024年1,500万元）。", []),
    ],
)
def test_changes_in_brackets_break_down_the_change_before(text, expected):
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("9.76%", []),  # 710.50 ÷ (6,567.06 + 710.50) = 9.76%
     ("9.96%", [("CHG001", "9.96%")])],
)
def test_shou_zhi_changes_the_income_and_the_spending_both(rate, expected):
    text = f"2023年度收入总计6,567.06万元，支出总计6,567.06万元。收支较上年决算数减少710.50万元，下降{rate}。"
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("change", "expected"),
    [("35,418.74", []),  # 238,960.28 − 203,541.54 = 35,418.74
     ("34,518.74", [("CHG002", "34,518.74万元")])],
)
def test_a_sentence_opening_with_its_comparison_is_about_the_sentence_before(change, expected):
    text = ("2022年，我镇实现财政总收入203,541.54万元，其中，一般转移支付收入180,500.00万元，专项转移支付收入23,041.54万元。"
            f"比上年财政总收入238,960.28万元减少{change}万元。")
    assert [e for e in errors(text) if e[0].startswith("CHG")] == expected


def test_the_first_part_of_a_list_before_is_not_what_changed():
    # the sentence before is a 其中 list: its first part (36,120.00) is no subject of the change
    text = ("2024年度“三公”经费实际支出48,375.50元。其中：公务用车运行维护费36,120.00元，公务接待费12,255.50元。"
            "与上年实际支出52,410.00元相比，减少4,034.50元，下降7.70%。")
    assert errors(text) == []


@pytest.mark.parametrize(
    ("car", "expected"),
    [("41,799.16", []),  # 0 + 0 + 41,799.16 + 12,625.00 = 54,424.16
     ("41,979.16", [("SUM001", "54,424.16元")])],
)
def test_a_change_list_may_go_on_in_a_sentence_opening_with_qizhong(car, expected):
    # the car costs named by their own two parts: together the four are every part of 三公经费
    text = ("2022年度一般公共预算财政拨款“三公”经费支出决算数比上年减少54,424.16元。其中：因公出国（境）费支出决算增加0元；"
            f"公务用车购置费支出决算增加0元；公务用车运行维护费支出决算减少{car}元；公务接待费支出决算减少12,625.00元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("project", "expected"),
    [("280.41", []),  # 146.75 − 280.41 = −133.66
     ("180.41", [("SUM001", "133.66万元")])],
)
def test_a_spending_change_naming_no_funds_splits_into_basic_and_project(project, expected):
    text = f"支出较去年减少133.66万元，主要是基本支出增加146.75万元，项目支出减少{project}万元。"
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the written base is an amount: what changed is the amount before the completion rate
        # (23,992 − 21,012 = 2,980), not the rate nor the budget it is of
        ("2021年全县财政总收入完成23,992万元，占年度预算22,443万元的106.9%，较上年21,012万元，增收2,980万元，增幅14.2%。", []),
        ("2021年全县财政总收入完成23,992万元，占年度预算22,443万元的106.9%，较上年21,012万元，增收2,890万元，增幅14.2%。",
         [("CHG002", "2,890万元")]),
        ("税收收入112,446万元，完成年初预算207,380万元的54.22%，比上年同期133,191万元减收20,745万元，下降15.58%。", []),
    ],
)
def test_a_change_with_its_base_written_passes_over_a_completion_rate(text, expected):
    assert [e for e in errors(text) if e[0].startswith("CHG")] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("82.82%", []),  # 313,272.50 ÷ (65,000.00 + 313,272.50): the 决算 the sentence names, not the budget
     ("57.24%", [("CHG001", "57.24%")])],
)
def test_a_change_after_a_list_is_of_the_figure_its_sentence_names(rate, expected):
    paragraphs = ["2022年度“三公”经费支出年初预算为234,000.00元，支出决算为65,000.00元，完成年初预算的27.8%。"
                  "其中：因公出国（境）费支出决算为0.00元；公务接待费支出决算为31,000.00元。",
                  f"2022年度“三公”经费支出决算数比上年减少313,272.50元，下降{rate}。"]
    assert [e for e in errors(*paragraphs) if e[0] == "CHG001"] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("7.3%", []),  # 0.9 ÷ (11.4 + 0.9) = 7.32%: the amount of its own part, inside the brackets
     ("6.3%", [("CHG001", "6.3%")])],
)
def test_a_change_inside_brackets_is_of_the_bracket_part(rate, expected):
    text = ("2024年市本级一般公共预算收入25.9亿元，同比增收18.5亿元，增长250%；老边区一般公共预算收入13.9亿元，"
            f"同比减收1.2亿元，下降7.9%（其中：老边区本级一般公共预算收入11.4亿元，完成年度预算的100.9%，同比减收0.9亿元，"
            f"下降{rate}）。")
    assert [e for e in errors(text) if e[0] == "CHG001"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reasons name their own subjects (财政拨款收入, 事业收入): not changes of the 2,519.13 total
        ("2022年度收入总计2,519.13万元，收入较上年决算数减少106.71万元，下降4.1%，主要原因是（1）本年度财政拨款收入较上年决算数"
         "减少112.6万元，下降4.4%，（2）事业收入较上年决算数增加5.89万元，增长11.0%。", []),
        ("2021年度收入总计321.30万元，支出总计321.30万元。收支较上年决算数减少289.23万元、下降47.4%，主要原因是（1）本年度"
         "财政拨款收入、支出均较上年决算数减少358.94万元，下降61.7%。", []),
        # the total's own change is still checked: 106.71 ÷ (2,519.13 + 106.71) = 4.06%
        ("2022年度收入总计2,519.13万元，收入较上年决算数减少106.71万元，下降5.1%，主要原因是本年度财政拨款收入较上年决算数"
         "减少112.6万元，下降4.4%。", [("CHG001", "5.1%")]),
    ],
)
def test_reasons_name_their_own_subjects(text, expected):
    assert [e for e in errors(text) if e[0] == "CHG001"] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("14.2%", []),  # 2.5 ÷ (15.15 + 2.5): the amount before the completion rate and its budget
     ("24.2%", [("CHG001", "24.2%")])],
)
def test_a_change_passes_over_a_completion_rate_to_its_amount(rate, expected):
    text = ("其中：因公出国（境）费支出决算为0.94万元，完成全年预算0.94万元的100%；公务用车购置及运行维护费支出决算为33.13万元，"
            "完成全年预算49.8万元的66.5%，比上年决算数减少2.5万元，下降7%，其中：公务用车购置支出决算为17.98万元，"
            f"公务用车运行维护费支出决算为15.15万元，完成全年预算31.8万元的47.6%，比上年决算数减少2.5万元，下降{rate}。")
    assert [e for e in errors(text) if e[0] == "CHG001"] == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("54.10%", []),  # 368,347 ÷ 680,806: the base is the amount in brackets after 比2019年
     ("35.11%", [("CHG001", "35.11%")])],  # 368,347 ÷ 1,049,153, over this year's amount
)
def test_a_base_in_brackets_after_its_period(rate, expected):
    text = f"2020年财政拨款收入总预算1049153元，比2019年（680806元）增加368347元，增加{rate}，主要原因是养老保险缴费纳入预算。"
    assert errors(text) == expected
    # the change amount is held to the two amounts too: 1,049,153 − 680,806 = 368,347
    assert errors(text.replace("368347元", "378347元").replace(rate, "55.57%")) == [("CHG002", "378347元")]


@pytest.mark.parametrize(("change", "expected"), [("8051", []), ("8151", [("CHG002", "8151万元")])])
def test_a_comparison_after_the_last_part_may_be_of_the_lists_total(change, expected):
    # 433,370 − 425,319 = 8,051: the written base compares with the total, not with the last part (44,875)
    text = ("转移性收入433370万元，其中：返还性收入6978万元、一般性转移支付收入381517万元（其中：疫情减收增支补助收入40755万元）、"
            f"专项转移支付收入44875万元，比报告数425319万元增加{change}万元，比2019年决算数增长18.8%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("28.92%", []), ("38.92%", [("CHG001", "38.92%")])])
def test_a_gap_to_a_target_is_not_what_changed(rate, expected):
    # 1,793 ÷ (4,408 + 1,793) = 28.91%: of 4,408, not of the 192 still lacking to the target
    text = (f"截至6月30日，国税4169万元，超双过半任务数169万元，同比增收1643万元，增长65.03%；地税4408万元，"
            f"距双过半任务数还差192万元，同比减收1793万元，下降{rate}；财政2753万元，超双过半任务数203万元，同比增收852万元，"
            "增长44.85%。")  # (852 ÷ (2,753 − 852) = 44.82%, not of the 203 over the target)
    assert errors(text) == expected


def test_a_shortfall_against_the_plan_is_no_change_against_last_year():
    # 短收187万元 is against the pro-rata plan (30,820 × 5/12 − 12,655); the 3.84% compares with last
    # year, whose figure is not given: nothing to check
    text = "1-5月，一般预算财政收入完成12655万元，占年预算30820万元的41.06%，短收187万元，比上年同期增长3.84%。"
    assert errors(text) == []
    # a saving against last year is what the rate is of: 10 ÷ (190 + 10) = 5%
    assert errors("本年支出190万元，较上年节约10万元，下降5%。") == []
    assert errors("本年支出190万元，较上年节约10万元，下降6%。") == [("PCT002", "6%")]


@pytest.mark.parametrize(("rate", "expected"), [("10000%", []), ("10001%", [("CHG001", "10001%")])])
def test_a_rate_of_five_digits_is_no_rounded_tally(rate, expected):
    # 100 ÷ (101 − 100) = 10000%: whole 万元 stay exact; only a five-digit money total makes its parts tallies
    # (found by the property test of tests/test_robust_properties.py)
    assert errors(f"全年公用经费支出101万元，较上年增加100万元，增长{rate}。") == expected


@pytest.mark.parametrize(
    ("basic", "project", "expected"),
    [("1802", "949", []),  # −13 + 949 = 936 and 1,802 + 1,153 = 2,955
     ("1802", "959", [("SUM001", "936万元")]),
     ("1812", "949", [("SUM001", "2955万元")])],
)
def test_parts_with_their_changes_in_brackets_break_down_the_amount_and_its_change(basic, project, expected):
    text = (f"一般公共预算财政拨款支出2955万元，比去年增加了936万元（财政拨款基本支出{basic}万元、与去年相比减少了13万元，"
            f"财政拨款项目支出1153万元，与去年同期相比增加{project}万元）。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("33.1%", ["info"]), ("33.0%", []), ("33.2%", ["error"])])
def test_a_rate_rounded_twice_is_a_rounding_habit_not_a_slip(rate, expected):
    # 3117.38 / (6315.69 + 3117.38) = 33.047%: 33.05% first, then 33.1% — rounded twice; 33.2% is a slip
    found = claims(f"2024年收支总计6315.69万元。收支与2023年度相比，减少3117.38万元，下降{rate}。")
    assert [sev for rule, sev, _ in found if rule == "CHG001"] == expected


@pytest.mark.parametrize(("cut", "expected"), [("526288.6", []), ("562288.6", [("CHG002", "562288.6元")])])
def test_each_part_of_a_sentence_compares_its_own_figures(cut, expected):
    # 3785198.37 − 3258909.77 = 526288.60 (the spending's own last year, not the income's 3736198.37);
    # 526288.6 / 3785198.37 = 13.90%
    text = ("本年度收入合计3258909.77元，上年度收入合计3736198.37元，收入减少477288.6元，同比下降12.77%；"
            f"本年度支出合计3258909.77元，上年度支出合计3785198.37元，支出减少{cut}元，同比下降13.90%。")
    assert [e for e in errors(text) if e[0] == "CHG002"] == expected


def test_a_rate_of_a_change_against_a_named_base_is_not_checked_against_another():
    # 8 is the change against the 报告数, 24.8% the change against the 2019 决算 (not stated)
    assert errors("本级收入49508万元，比报告数49500万元增加8万元，比2019年决算数下降24.8%。") == []


def test_a_part_of_a_list_is_not_what_its_sentence_names(tmp_path):
    from extractor.pipeline import check_file
    # the change is of the 三公 total 74.6 (not stated as the subject any other way); 61.8 is a part of
    # it that the sentence's head names only as a whole: 16.5 / (61.8 + 16.5) = 21.07% is no reading
    text = ("2015年“三公”经费决算情况及增减变化原因说明 |\n"
            "一、2015年“三公”经费决算情况 2015年我局部门决算汇总“三公”经费公共预算财政拨款支出74.6万元，其中公务用车"
            "及运行维护费用61.8万元，公务接待费12.8万元。公务用车费用中含公车购置费0万元，公务用车运行维护费61.8万元。"
            "公务接待情况：国内公务接待67批次，660人次，共12.8万元；无外事接待。 二、2015年“三公”经费增减变化情况 "
            "我局严格控制“三公”经费支出。2015年“三公”经费决算数据比2014年“三公”经费决算数据减少16.5万元，下降18%。 |\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert [f.message for f in check_file(path).findings if f.rule == "CHG001" and f.severity == "error"] == []


def _final(tmp_path, text: str) -> list[tuple[str, str]]:
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text("某市2015年市本级“三公”经费决算情况\n" + text + "\n", encoding="utf-8")
    return [(f.rule, f.severity) for f in check_file(path).findings]


@pytest.mark.parametrize(("rate", "expected"), [("160.1%", [("CHG001", "info")]), ("162.5%", [("CHG001", "error")])])
def test_whole_amounts_a_final_account_spent_are_rounded(tmp_path, rate, expected):
    # 139 / (226 − 139) = 159.77%, but 226 and 139 are spending rounded to whole 万元: 138.5 / 86.5 = 160.1%
    # is within reach (162.5% is not)
    text = f"因公出国(境)经费支出226万元，比上年增加139万元，同比增长{rate}。"
    assert _final(tmp_path, text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("5.8%", [("CHG001", "info")]), ("6.5%", [("CHG001", "error")])])
def test_whole_amounts_a_budget_execution_report_says_were_done_are_rounded(tmp_path, rate, expected):
    # 7 / (120 + 7) = 5.51%, but what was done to date is rounded to whole 万元: 7.4 / 127.4 = 5.8% (6.5% is out of reach)
    path = tmp_path / "r.txt"
    path.write_text("某区2018年上半年预算执行情况\n国有资本经营预算收入完成120万元，同比减少7万元，下降" + rate + "。\n",
                    encoding="utf-8")
    from extractor.pipeline import check_file
    assert [(f.rule, f.severity) for f in check_file(path).findings] == expected


def test_whole_budgets_of_a_final_account_stay_exact(tmp_path):
    # budgets are set in whole 万元: 8 / 10 = 80%, so 79% is a slip even with the actual rounded
    assert _final(tmp_path, "公务接待费年初预算为10万元，支出决算为8万元，完成年初预算的79%。") == [("PCT002", "error")]


@pytest.mark.parametrize(("rate", "expected"), [("18.04%", []), ("15%", [("CHG001", "15%")])])
def test_no_amount_grew_by_more_than_itself(rate, expected):
    # 42.1949 cannot be the growth of 14.0723 (last year's would be negative): it is of the item's 276.0605,
    # 42.1949 / (276.0605 − 42.1949) = 18.04%
    text = ("1.财政拨款收入276.0605万元，在职职工工资性收入18.6973万元，财政对基本养老保险基金的补助收入14.0723万元，"
            f"较上年度决算数增加42.1949万元，增加{rate}。")
    assert errors(text) == expected


def _budget(tmp_path, income: str, spending: str, title: str = "2024年某街道办事处单位预算编制说明") -> list[tuple[str, str]]:
    from extractor.pipeline import check_file
    path = tmp_path / "r.txt"
    path.write_text(f"{title}\n一、收支预算总体情况\n2024年，收入预算{income}；事业收入0.00万元。\n"
                    f"支出预算{spending}。\n", encoding="utf-8")
    return [(f.rule, f.severity) for f in check_file(path).findings if f.rule == "CHG002"]


@pytest.mark.parametrize(("income", "spending", "expected"), [
    # the same 15621.11 of income and spending, both against last year's budget: the same change
    ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元",
     "15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少876.75万元", []),
    ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元",
     "15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少867.75万元", [("CHG002", "error")]),
    ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元",
     "15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算增加876.75万元", [("CHG002", "error")]),
    # against last year's 执行数 income and spending may have moved apart; against two bases, too
    ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算执行数减少876.75万元",
     "15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算执行数减少867.75万元", []),
    ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算执行数减少876.75万元",
     "15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少867.75万元", []),
    # income and spending not equal this year (a carry-over): their changes need not be
    ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元",
     "15700.00万元，其中：财政拨款支出预算15700.00万元，比2023年预算减少867.75万元", []),
])
def test_a_balanced_budget_changes_its_income_and_spending_alike(tmp_path, income, spending, expected):
    assert _budget(tmp_path, income, spending) == expected


def test_a_final_account_need_not_balance_its_changes(tmp_path):
    said = ("15621.11万元，其中：财政拨款收入15621.11万元，比2023年预算减少876.75万元",
            "15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少867.75万元")
    assert _budget(tmp_path, *said, title="2024年某街道办事处部门决算说明") == []


def test_a_change_naming_its_own_subject_is_not_of_the_figures_before_it():
    # 12.4 is the growth of 绩效奖金, whose amounts are not given: not 0.4 (采暖费) against 107.89 (the total's 2014)
    text = ("机关运行经费支出合计141.55万元，2014年为107.89万元，较2014年增加33.66万元，增加31%。主要原因为：(1)人员增加1人，"
            "公用经费2万元，采暖费0.4万元；(2)绩效奖金较2014年增长12.4万元。")
    assert errors(text) == []


@pytest.mark.parametrize(("base", "expected"), [("99895", []), ("98895", [("CHG002", "31940万元")])])
def test_a_base_written_after_the_comparison_word_with_a_rate_between_is_the_amounts_base(base, expected):
    # 99895 − 67955 = 31940; 32.0 % is the rate of the same comparison, standing between base and amount
    text = f"全县大口径财政收入累计完成67955万元，占预算101032万元的67.3%，较上年同期{base}万元下降32.0%，减收31940万元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("other", "expected"), [("23", []), ("13", []), ("33", [("SUM001", "40.17万元")])])
def test_the_changes_a_reason_lists_are_main_parts_never_more_than_the_change(other, expected):
    # 17.17 + 23 = 40.17; less is other parts unnamed, more cannot be
    assert errors(f"收入预算较2023年增加40.17万元，主要是一般公共预算拨款增加17.17万元，其他收入增加{other}万元。") == expected


@pytest.mark.parametrize(("local", "expected"), [
    ("1377.77", []),
    ("1477.77", [("SUM001", "3920.24亿元")]),
])
def test_the_changes_a_list_gives_after_a_change_are_its_parts(local, expected):
    # in the change's sentence or opening the next one: 2542.47 + 1377.77 ≤ 3920.24
    said = "全国财政收入39343.62亿元，比2005年增加7694.33亿元，增长24.3%，比预算超收3920.24亿元。"
    assert errors(said + f"其中，中央财政本级收入超收2542.47亿元，地方财政本级收入超收{local}亿元。") == expected
    assert errors(said.rstrip("。") + f"，其中，中央财政本级收入超收2542.47亿元，地方财政本级收入超收{local}亿元。") == expected


@pytest.mark.parametrize(("culture", "expected"), [("135.66", []), ("145.66", [("SUM001", "140.86万元")])])
def test_a_class_named_with_yu_is_no_comparison(culture, expected):
    # 文化旅游体育与传媒支出: 与 inside a name compares nothing, the reason still has the change's base
    assert errors(f"支出预算比2025年增加140.86万元，主要是文化旅游体育与传媒支出增加{culture}万元、"
                  "社会保障和就业支出增加1.84万元。") == expected


@pytest.mark.parametrize(("reception", "budget_part", "expected"), [
    ("12.39", "0.01", []),  # 2.90 + 12.39 = 15.29 against the year before; 0.03 + 0.01 = 0.04 against the budget
    ("13.39", "0.01", [("SUM001", "15.29万元")]),
    ("12.39", "0.04", [("SUM001", "0.04万元")]),  # 0.03 + 0.04 = 0.07: more than the 0.04 it breaks down
])
def test_a_change_against_two_bases_has_a_series_of_parts_for_each(reception, budget_part, expected):
    # each part is compared with both bases; a reason sentence, with a count of its own, stands between the total
    # and its 其中 (and a part's reason counts cars: no amount of the list)
    text = ("2020年度“三公”经费较上年减少15.29万元，下降49.88%，较年初预算数减少0.04万元。主要是严格落实过紧日子十条举措，"
            "压减“三公”经费。其中：公务用车购置及运行维护费较上年减少2.90万元，较年初预算数减少0.03万元，主要是公务用车保有量"
            f"减少2辆；公务接待费较上年减少{reception}万元，较年初预算数减少{budget_part}万元。")
    assert errors(text) == expected


def test_a_part_equal_to_its_change_is_a_part_unless_it_follows_others():
    # 36.81 + 0 = 36.81: the first part may equal the change; "…等原因总体增加d" after other parts is the change again
    assert errors("支出较去年增加36.81万元，主要是基本支出增加36.81万元，项目支出增加0万元。") == []
    assert errors("收入较去年增加182.5万元，主要是社会保障支出增加104.7万元，教育支出增加77.8万元等原因较上年预算"
                  "总体增加182.5万元。") == []
    assert errors("收入较去年增加182.5万元，主要是社会保障支出增加124.7万元，教育支出增加77.8万元等原因较上年预算"
                  "总体增加182.5万元。") == [("SUM001", "182.5万元")]


@pytest.mark.parametrize(("reception", "expected"), [("5.39", []), ("6.39", [("SUM001", "40.52万元")])])
def test_a_part_the_same_as_its_base_in_a_later_clause_did_not_change(reception, expected):
    # 35.13 + 0 + 5.39 = 40.52: 公务用车 "与…年初预算数一致" after a clause of its own, every 三公 part named
    text = ("2013年“三公”经费财政拨款决算数为399.48万元，比2013年年初预算数减少40.52万元，下降9.2%，其中：因公出国（境）费"
            "2013年决算数93.87万元，比2013年年初预算数减少35.13万元；公务用车购置及运行费2013年决算数294万元，全部为公务用车"
            f"运行费，与2013年年初预算数一致；公务接待费2013年决算数11.61万元，比2013年年初预算数减少{reception}万元。")
    assert [e for e in errors(text) if e == ("SUM001", "40.52万元")] == expected


@pytest.mark.parametrize(("project", "expected"), [("34.15", []), ("35.15", [("SUM001", "40.23万元")])])
def test_a_change_of_income_and_spending_together_is_broken_down_by_the_spending_parts(project, expected):
    # 收、支 changed together by 40.23: 基本支出 and 项目支出 are every part of the spending (6.08 + 34.15)
    text = f"收、支与2023年度相比，减少40.23万元，下降1.56%，主要原因是基本支出减少6.08万元，项目支出减少{project}万元。"
    assert errors(text) == expected


def test_reasons_moving_both_ways_prove_nothing():
    assert errors("收入预算较2023年增加40.17万元，主要是一般公共预算拨款增加57.17万元，其他收入减少17万元。") == []


def test_a_rate_naming_its_own_base_is_not_of_the_amount_before_it():
    # 9936 is against the figures reported to the congress; 16.92 % is against 2019, whose figure is not given
    text = ("2020年，全区一般公共预算总收入完成670002万元，比向区人民代表大会报告数据（以下简称人代会报告数据）增加9936万元，"
            "比2019年增长16.92%。")
    assert errors(text) == []


@pytest.mark.parametrize(("rate", "expected"), [("1150%", []), ("1250%", [("CHG001", "1250%")])])
def test_a_schedules_amount_is_never_what_changed(rate, expected):
    # 184 / (200 − 184) = 1150 %; 1522 is the month's schedule (月进度), a target, and 4659 another part's
    text = ("税务完成4659万元，占年初预算月进度的147.2%，月进度1493万元，较上年同月减收484万元，下降9.4%；"
            f"财政完成200万元，占年初预算月进度的11.6%，月进度1522万元，较上年同月增收184万元，增长{rate}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("151.3%", []), ("251.3%", [("CHG001", "251.3%")])])
def test_a_whole_amount_in_yi_is_rounded_to_a_tenth(rate, expected):
    # 1亿元 beside 1.6亿元 stands for 0.95–1.05亿: 1 / (1.6 − 1) = 167 %, but 151.3 % is within reach, 251.3 % is not
    assert errors(f"3月份，个人所得税收入完成1.6亿元，增收1亿元，增长{rate}。") == expected


@pytest.mark.parametrize("general, expected", [("31,130", []), ("39,130", [])])
def test_a_parts_bare_change_is_not_measured_by_the_wholes_comparison(general, expected):
    # "较2022年增加39,130" is the whole's change; the part's bare "增加31,130" has no base in the text
    text = (f"2023年，旗本级地方政府债务限额240,267万元，较2022年增加39,130万元，其中：一般债务限额155,867万元，"
            f"增加{general}万元；专项债务限额84,400万元，增加8,000万元。")
    assert [e for e in errors(text) if e[0].startswith("CHG")] == expected


@pytest.mark.parametrize("rate, expected", [("2.61%", []), ("2.16%", [("CHG001", "2.16%")])])
def test_a_rate_naming_its_base_before_the_change_amount_after_it(rate, expected):
    # "较上年同期增长p%，增收d": the amount before the rate is the current figure, not a change with another base
    text = f"地方财政收入完成100223万元，较上年同期增长{rate}，增收2546万元。"
    assert errors(text) == expected


@pytest.mark.parametrize("rate, after, expected", [
    ("36.2%", "同比增收", []), ("46.2%", "同比增收", [("CHG001", "46.2%")]),
    ("46.2%", "比上年同期增收", [("CHG001", "46.2%")]),
    ("46.2%", "比年初预算增收", []),  # against the budget: not the change the rate is of
])
def test_the_change_amount_after_the_rate_may_name_the_year_before(rate, after, expected):
    # 5595 ÷ (21041 − 5595) = 36.22%
    assert errors(f"财政总收入完成21041万元，增长{rate}，{after}5595万元。") == expected


@pytest.mark.parametrize("whole, expected", [("20985", []), ("21985", [("SUM001", "21985万元")])])
def test_the_changes_of_parts_that_make_their_total_exactly_add_up(whole, expected):
    # 456269 + 70230 = 526499: the list is complete in fact, so the changes add up too (41805 − 20820)
    text = (f"财政总支出526499万元，增支{whole}万元。其中：一般公共预算支出456269万元，同比增支41805万元；"
            "政府性基金预算支出70230万元，同比减支20820万元。")
    assert errors(text) == expected


def test_a_base_from_an_earlier_sentence_measures_what_the_change_does():
    # 115亿元 is last year's 均衡性转移支付补助, no base of this year's 补助市县支出 (two shared words are not one name)
    text = ("2011年，下达市县均衡性转移支付补助115亿元，比2010年增加了10亿元。据悉，2012年，计划安排补助市县支出933.38亿元，"
            "比去年增加246.9亿元。")
    assert errors(text) == []


@pytest.mark.parametrize(("word", "expected"), [("增加（减少）", []), ("减少（增加）", [("CHG001", "100%")])])
def test_a_forms_other_direction_in_brackets_is_not_the_direction(word, expected):
    # 增加（减少）67.65 of 67.65 is up from nothing (a zero base, information); 减少（增加） means down: 67.65 ÷ 135.30
    text = f"2023年度收入总计67.65万元，支出总计67.65万元，与2022年度相比，收入、支出总计各{word}67.65万元，增长100%。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("15.34%", []), ("16.34%", [("CHG001", "16.34%")])])
def test_a_count_written_in_wan_with_decimals_is_rounded_to_its_last_digit(tmp_path, rate, expected):
    # 17.11万 ÷ (128.69万 − 17.11万): 128.69万人次 is 1286850…1286950, so 15.34% is within rounding
    # (the figures as extractor.figures reads them: quickfig knows no 万 counts)
    from extractor.pipeline import check_file

    path = tmp_path / "r.txt"
    path.write_text(f"某医院2021年度绩效自评报告\n2021年医院共完成门急诊128.69万人次，同比增加17.11万人次，增幅{rate}。\n",
                    encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"] == expected


def test_a_change_in_its_own_semicolon_part_is_of_that_parts_figure_in_the_message():
    # 80785 ÷ (276404 − 80785) = 41.30%, stated 40.67%: the finding names 276404, not 税收收入's 747539
    text = ("税收收入747,539万元，完成年初预算的88.54%，同比减收61,416万元，下降7.59%；非税收入276,404万元，完成年初预算161.48%，"
            "同比增收80,785万元，增长40.67%。")
    doc = doc_of(text)
    figs = figures_of(doc)
    found = run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
    messages = [f.message for f in found if f.rule == "CHG001" and f.severity == "error"]
    assert len(messages) == 1 and "276404" in messages[0] and "747539" not in messages[0]


@pytest.mark.parametrize(("rate", "expected"), [("3.83%", []), ("4.83%", [("CHG001", "4.83%")])])
def test_a_balance_compared_with_the_start_of_the_year(rate, expected):
    # 9485万元 ÷ (25.69亿元 − 9485万元) = 3.83%
    assert errors(f"2021年医院资产总额25.69亿元，比年初增加了9485万元，增幅为{rate}。") == expected


@pytest.mark.parametrize(("change", "expected"), [("49万元", []), ("94万元", [("CHG002", "94万元")])])
def test_the_year_its_clause_names_tells_last_years_figure(change, expected):
    # 2017年比上年: 279 (2017) − 230 (2016) = 49
    text = f"2017年度基本支出279万元，2016年度基本支出230万元，2017年比上年基本支出增加{change}，增加原因是人员工资相应增加。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("2.19%", []), ("2.91%", [("CHG001", "2.91%")])])
def test_a_change_outside_brackets_is_of_the_amount_outside_them(rate, expected):
    # 42.29 ÷ (1887.70 + 42.29) = 2.19%, not of 822.05 inside the brackets
    text = f"税务部门征收收入（未扣减出口退税822.05亿元，含海关代征税收341.53亿元）1887.70亿元，减少42.29亿元，下降{rate}。"
    assert errors(text) == expected


def test_a_figure_after_a_bare_direction_verb_is_the_change_not_the_base():
    # "较上年决算数减65.62万元": 65.62 is what fell, not last year's figure (65.62 ÷ 501.44 = 13.1%)
    assert errors("2020年度收入合计435.82万元，较上年决算数减65.62万元，下降13.1%。") == []


@pytest.mark.parametrize(("rate", "expected"), [("10.2%", []), ("11.4%", [("CHG001", "11.4%")])])
def test_an_actual_compared_with_its_years_budget_changed_from_it(rate, expected):
    # 与2013年年初预算相比…执行数减少8.15: 8.15 ÷ (71.54 + 8.15) = 10.23%, not 8.15 ÷ 71.54
    text = ("中央本级2013年“三公”经费财政拨款执行数为71.54亿元。其中，因公出国（境）费16.92亿元，公务用车购置及运行费42.53亿元，"
            f"公务接待费12.09亿元。与2013年年初预算相比，中央本级2013年“三公”经费财政拨款执行数减少8.15亿元，下降{rate}。")
    assert errors(text) == expected


def test_an_average_yearly_rate_is_no_rate_of_the_change():
    # 6399.9 over four years compounds at 26.56% a year; it is not 6399.9 ÷ 4087.92
    assert errors("从2014年初到2017年底，全市国有企业资产从4087.92亿元增加到了10487.82亿元，增加了6399.9亿元，"
                  "增长了1.56倍，年均增长26.56%。") == []


def test_a_comparison_whose_semicolon_part_states_no_figure_is_not_checked():
    # "2019年无公务接待费" states no amount of 2019: 少0.42万元 is no difference with the part before's figures
    text = ("公务用车运行费3.5万元，比2018年公务用车运行费5.9万元少2.4万元，严格控制；2019年无公务接待费，"
            "比2018年公务接待0.42万元少0.42万元，严格控制。")
    assert errors(text) == []


def test_a_sentence_about_one_body_takes_no_figure_of_another_bodys_paragraph():
    # 卫生部's change has no figure of its own here; 国家税务总局's 213,834.9万元 is no base of it
    assert errors("国家税务总局去年“三公经费”财政拨款预算213,834.9万元，全年支出决算203,842.15万元。",
                  "2012年卫生部“三公经费”财政拨款预算比2011年预算增加48万元，增长1.03%。") == []


@pytest.mark.parametrize(("change", "expected"), [("14.18万元", []), ("41.18万元", [("CHG002", "41.18万元")])])
def test_a_comparison_with_a_stage_is_of_the_figure_of_the_other_stage(change, expected):
    # 支出数比预算数减少d: 378 − 363.82 = 14.18 (the 预算数 is the base, not what changed)
    text = f"因公出国费支出数363.82万元，预算数378万元，支出数比预算数减少{change}，主要原因是厉行节约。"
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("3.75%", []), ("3.57%", [("CHG001", "3.57%")])])
def test_the_rate_of_a_change_against_another_stage_is_over_that_stages_figure(rate, expected):
    # 14.18 ÷ 378 = 3.75%
    text = f"因公出国费支出数363.82万元，预算数378万元，支出数比预算数减少14.18万元，下降率为{rate}，主要原因是厉行节约。"
    assert errors(text) == expected


@pytest.mark.parametrize(("less", "expected"), [("1825", []), ("1852", [("CHG002", "1852万元")])])
def test_a_comparison_closing_a_sentence_may_be_of_its_first_amount(less, expected):
    # "…23940万元，即梨树a，伊通b，比我市少d": d compares the two counties together, not the last one
    assert errors(f"去年我市的全口径财政收入额是梨树和伊通两县的两倍以上，是25765万元。而两县加起来的财政收入是23940万元，即梨树"
                  f"14163万元，伊通9777万元，比我市少{less}万元。") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 收支总决算 holds the carry-over: no base of a change its sentence names as 收入
    ("学院2016年度财政拨款收支总决算19170.97万元。与2015年相比，财政拨款收入总决算增加2084.95万元，增长13.19%。", []),
    # the same flow named is the base
    ("学院2016年度财政拨款收入总决算19170.97万元。与2015年相比，财政拨款收入总决算增加2084.95万元，增长13.19%。",
     [("CHG001", "13.19%")]),
])
def test_a_change_named_with_another_flow_is_not_of_the_amount_before(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("rate", "expected"), [("29.68%", []), ("39.68%", [("CHG001", "39.68%")])])
def test_a_base_written_inline_may_name_two_flows(rate, expected):
    # "与2018年收、支总计A相比": A is the base (579.78 ÷ 1953.20 = 29.68%), not this year's figure; this year's is the
    # sentence before (2532.98 − 1953.20 = 579.78)
    assert errors("2019年财政拨款收、支总计2,532.98万元。"
                  f"与2018年收、支总计1953.20万元相比，增加579.78万元，增长{rate}。") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“三公”经费财政拨款预算安排389000元，比上年预算增56400元，同比增长16.96%。", []),
    ("“三公”经费财政拨款预算安排389000元，比上年预算增56400元，同比增长18.96%。", [("CHG001", "18.96%")]),
    ("安排公务接待费64000元，比上年预算减15600元，同比下降19.60%。", []),
    ("安排公务接待费64000元，比上年预算减15600元，同比下降21.60%。", [("CHG001", "21.60%")]),
    ("收入合计435.82万元，较上年决算数减65.62万元，下降15.1%。", [("CHG001", "15.1%")]),  # 65.62 ÷ 501.44 = 13.09%
    ("本年新增资金56400元，增长18.96%。", []),  # 新增 names an amount, no change
    ("公务接待费为35.9万元，较2016年增加17.77万元，增107.98%。", [("CHG001", "107.98%")]),  # 增 alone before a rate
    # 比如 ("for example") compares nothing: the amount after it is what changed (1852.69 ÷ 33457.68 = 5.54%)
    ("比如北京市文物局基本支出预算35310.37万元，比2018年增加1852.69万元，增长5.54%。", []),
    ("比如北京市文物局基本支出预算35310.37万元，比2018年增加1852.69万元，增长6.54%。", [("CHG001", "6.54%")]),
])
def test_zeng_and_jian_alone_after_a_base_are_direction_words(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject named again after 相比
    ("与2014年度财政拨款收入218.4万元相比，财政拨款收入减少8.4万元，降低3.85%。", []),
    ("与2014年度财政拨款收入218.4万元相比，财政拨款收入减少8.4万元，降低4.85%。", [("CHG001", "4.85%")]),
    # a subject before 较: "收支较上年决算数A减少d" (the current amount is not given: p = d ÷ A)
    ("收支较上年决算数1166.81万元减少56.11万元、下降4.81%，主要原因是财政拨款收入减少。", []),
    ("收支较上年决算数1166.81万元减少56.11万元、下降5.81%，主要原因是财政拨款收入减少。", [("CHG001", "5.81%")]),
    # a written base against a budget: over it, whatever the period (0.3 ÷ 1.5 = 20%)
    ("因公出国（境）费共1.2亿元，相比年初预算数的1.5亿元减少0.3亿元，下降20%。", []),
    ("因公出国（境）费共1.2亿元，相比年初预算数的1.5亿元减少0.3亿元，下降30%。", [("CHG001", "30%")]),
    # not a share stated after it
    ("中央财政赤字2749.95亿元，比全国人大批准的2950亿元减少200.05亿元，占GDP的比重下降为1.3%。", []),
])
def test_a_written_base_with_its_subject_before_or_after(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("cut", "expected"), [("336.63", []), ("346.63", [("CHG002", "346.63万元")])])
def test_an_actual_of_the_year_the_base_names_is_no_base_of_another_stage(cut, expected):
    # both name 2015: the 决算数 is what changed against the 年初预算 (2184.89 − 1848.26 = 336.63)
    assert errors(f"市食药监局2015年“三公”经费财政拨款决算数1848.26万元，比2015年“三公”经费财政拨款年初预算2184.89万元"
                  f"减少{cut}万元。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("213.56%", []), ("223.56%", [("CHG001", "223.56%")])])
def test_a_framing_comparison_goes_on_into_the_next_sentence(rate, expected):
    # "与2015年相比" frames the next sentence too: 842.86 ÷ (1237.54 − 842.86) = 213.56%
    text = ("福利院2016年收入总计1174.10万元，支出总计1237.54万元，与2015年相比，收入总计减少567.62万元，减少32.59%。"
            f"支出总计增加842.86万元，增长{rate}。")
    assert errors(text) == expected


def test_a_comparison_inside_a_clause_of_the_sentence_before_frames_nothing():
    # 11亿元 is a refund, not the current 增值税: its sentence only compares a share (较上年同期下降…)
    assert errors("全市增值税留抵退税累计完成11亿元，全市税收比重较上年同期下降10.3个百分点。全市增值税减收10亿元，下降34.8%。") == []


@pytest.mark.parametrize(("rise", "expected"), [("758.97", []), ("768.97", [("CHG002", "768.97万元")])])
def test_the_adjusted_budget_changed_against_the_initial_one(rise, expected):
    # 年初预算 and 调整预算 are two budgets: the one named like the base is the base (1781.86 − 1022.89 = 758.97)
    assert errors(f"一是2024年部门年初预算1022.89万元，年中调整预算为1781.86万元，比年初预算增加{rise}万元，全年执行数1767.21万元。") \
        == expected


@pytest.mark.parametrize(("rise", "expected"), [("445.20", []), ("455.20", [("CHG002", "455.20万元")])])
def test_the_figure_of_the_year_before_the_latest_named_is_the_base(rise, expected):
    # "较上年" after two years named: 2025's is the base, 2026's changed (1291.68 − 846.48 = 445.20)
    assert errors(f"本单位2026年收支总预算1291.68万元，2025年收支总预算846.48万元，较上年增加了{rise}万元，增长率52.59%。") == expected


# --------------------------------------------------------------------------- round 41 of the held-out excerpts


@pytest.mark.parametrize(("rate", "expected"), [("0.37%", []), ("20.97%", [("CHG001", "20.97%")])])
def test_a_rate_on_the_same_basis_against_last_year_is_checked_like_one_without(rate, expected):
    # 同口径比上年 is 比上年 on the same basis, not a comparison with a base named 口径: (10359.52 − 10321.31) ÷ 10321.31 = 0.37%
    assert errors(f"普通小学上年10321.31元，本年10359.52元，同口径比上年增长{rate}。") == expected


@pytest.mark.parametrize(("rate", "expected"), [("31.29%", []), ("30.29%", [("CHG001", "30.29%")])])
def test_a_change_after_from_and_to_is_of_the_first(rate, expected):
    # 920 ÷ 2940 = 31.29%, not 920 ÷ (2940 − 920)
    assert errors(f"职工人数由2,940人增加到3,860人，增加920人，增长{rate}。") == expected


def test_a_rate_after_an_adjustment_from_a_budget_is_not_checked():
    # 96832 ÷ 512440 = 18.896%; written 18.89% it may compare with A or with last year's: the sentence does not say
    text = "2024年公共财政预算总收入由年初预算的512440万元调整为609272万元，增加96832万元、增长18.89%。"
    assert errors(text) == []
    assert errors(text.replace("96832万元", "96932万元")) == [("CHG002", "96932万元")]  # the change itself is


def test_a_rate_right_after_revenue_over_its_plan_compares_with_last_year():
    # 2759 = 62101 − 59342 is against the budget; 增长12% is over last year's revenue, not given (2759 ÷ 59342 = 4.65%)
    assert errors("一般公共预算收入62101万元，年初预算数59342万元，超收2759万元，增长12%。") == []
    # a saving against the budget is the rate's own: 0.5 ÷ 3 = 16.67%
    assert errors("公务接待费支出2.5万元，较年初预算3万元节约0.5万元，下降20%。") == [("PCT002", "20%")]


def test_a_refund_up_is_a_change():
    # 增退155: 155 ÷ (839 − 155) = 22.7%
    assert errors("出口退税839亿元，同比增退155亿元，增长22.7%。") == []
    assert errors("出口退税839亿元，同比增退155亿元，增长25.7%。") == [("CHG001", "25.7%")]


def test_a_change_naming_its_flow_is_no_saving():
    # 减少支出28399 is a change against 比上年同期支出352532: 352532 − 324133 = 28399, 28399 ÷ 352532 = 8.1%
    assert errors("一般公共预算支出完成324133万元，占本年变动预算数473465万元（年初预算数201587万元，当年专款271878万元）的68.5%，"
                  "比上年同期支出352532万元，减少支出28399万元，下降8.1%。") == []


def test_a_bullet_between_items_starts_a_clause(tmp_path):
    # " - " opens the next item: 20.81 is this year's spending, no change after 明显提高 (nor 16.39 what it changed from)
    path = tmp_path / "r.txt"
    path.write_text("- 前三季度全国一般公共预算收入16.39万亿元，同比增长0.5% [2][3] - 第三季度全国一般公共预算收入增长2.5%，"
                    "增幅较前期明显提高 [2][3] - 前三季度全国一般公共预算支出20.81万亿元，同比增长3.1% [3]\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []
