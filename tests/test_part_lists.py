"""Lists of parts in running text: what is a part (a price threshold is not), which total a part
or a share belongs to, and the one claim every list makes — its parts never add up to more than
its total, whatever its shape. The sentences are written for these tests; figures come from
tests/quickfig.py unless the recogniser itself is under test."""

from __future__ import annotations

import pytest
from quickfig import doc_of, figures_of
from test_text_relations import errors

from extractor.checks import run_checks
from extractor.figures import find_figures
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions, check_file
from extractor.relations import find_relations

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
        # items named at length
        ("殡仪馆设备购置50万、农村公益性公墓建设60万、购买社会组织服务项目64万元。", ["50万", "60万", "64万元"]),
    ],
)
def test_bare_wan_in_a_list_of_money_is_money(text, raws):
    money = [(f.raw, f.unit) for f in find_figures(text) if f.kind == "money"]
    assert money == [(r, "万元") for r in raws]


@pytest.mark.parametrize("text", ["全镇常住人口3万，户籍人口2万。", "辐射人口3万、惠及群众1万。"])
def test_bare_wan_without_money_stays_out(text):
    assert [f for f in find_figures(text) if f.kind == "money"] == []


def test_a_bare_wan_item_with_a_short_name_is_not_taken_for_money():
    # a short name may count people: 农户2万 is no 2万元 beside the 300万元
    assert [f.raw for f in find_figures("惠及农户2万、资金300万元。") if f.kind == "money"] == ["300万元"]


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


# --------------------------------------------------------------------------- parts explained in words


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("480.66万元", []),
        ("470.66万元", [("SUM001", "5377.64万元")]),  # 人员经费 + 公用经费 is all of 基本支出: exact
        ("490.66万元", [("SUM001", "5377.64万元")]),
    ],
)
def test_a_part_explained_by_a_list_of_words_does_not_end_the_list(other, expected):
    # "主要包括：基本工资、…" explains the first part; the next part after ；belongs to the same list
    text = (f"一般公共预算财政拨款基本支出5377.64万元，其中：人员经费4896.98万元，主要包括：基本工资、津贴补贴、"
            f"奖金、绩效工资；公用经费{other}，主要包括：办公费、手续费、水费、电费。")
    assert errors(text) == expected


def test_a_list_inside_a_part_still_opens_its_own_list():
    # 其中 right before 人员经费 opens a sub-list of 基本支出: 60 + 40 is not compared with 100 + 60
    text = "本年支出合计160.00万元，其中：基本支出100.00万元，其中人员经费60.00万元，公用经费40.00万元；项目支出60.00万元。"
    assert errors(text) == []


# --------------------------------------------------------------------------- "X中，" names the whole


@pytest.mark.parametrize(
    ("share", "amount", "expected"),
    [
        ("100.00%", "0.39万元", []),
        ("80.00%", "0.39万元", [("PCT001", "80.00%")]),
        # one slip, one finding: with 0.49 for 0.39 the share holds too, so it is not reported again
        ("100.00%", "0.49万元", [("SUM001", "0.39万元")]),
    ],
)
def test_a_sentence_opening_with_the_whole_it_breaks_down(share, amount, expected):
    opening = "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。"
    breakdown = (f"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费"
                 f"支出决算0.00万元，占0.00%；公务接待费支出决算{amount}，占{share}。")
    found = errors(opening, breakdown)
    assert sorted(found) == sorted(expected)


def test_the_whole_is_the_figure_of_the_stage_it_names():
    # 预算中 names the budget 30.00, not the actual 20.00 stated after it in the same sentence
    assert errors("公务接待费年初预算为30.00万元，决算为20.00万元。", "公务接待费预算中，市内接待25.00万元，外宾接待5.00万元。") == []


@pytest.mark.parametrize(("urban", "expected"), [("7812人", []), ("7821人", [("SUM001", "48368人")])])
def test_people_counted_again_by_another_attribute(urban, expected):
    # 40556 + 7812 = 48368: 常住 and 流动 count the same people again, by where they live
    text = f"总人口48368人，其中农业人口40556人，城镇人口{urban}，街镇常住人口2378人，流动人口542人，人口密度每平方公里538人。"
    assert errors(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the total's own noun counted again, opening a clause past a ；, names members picked by what they did
    # (audit findings by problem): they may overlap, each is held to the total alone
    ("2019年13家单位24个项目预算执行率低于80%，其中3家单位6个项目预算执行率为0；2家单位违规发放信息宣传奖励；"
     "4家单位部分政府采购项目管理不规范；5家单位保教费挤占其他专项经费。", []),
    ("9个省份已整改涉及资金647.5亿元。其中，针对违规举借问题，5个地区已收回专项债券资金7.53亿元；针对虚报支出完成情况，"
     "7个省份也通过账号权限管理等方式完成整改。", []),
    # a list named item by item is still a partition
    ("项目覆盖126条道路，其中：新建排水管网涉及80条道路；改造合流管网涉及46条道路。", []),
    ("项目覆盖126条道路，其中：新建排水管网涉及80条道路；改造合流管网涉及56条道路。", [("SUM001", "126条")]),
])
def test_members_counted_past_a_semicolon_may_overlap(tmp_path, body, expected):
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("other", "expected"), [
    ("30000", []),
    ("31000", [("SUM001", "75650万元")]),  # of neither the new quota (61000) nor the special debt's limit
])
def test_parts_after_a_change_naming_what_it_added_may_be_of_it(other, expected):
    # "比上年新增政府债券限额B，其中：…": the parts, no changes themselves, may be of the quota added
    text = ("核定我县2017年地方政府债务限额为454440万元，其中：一般债务378790万元，专项债务75650万元，"
            f"比上年新增政府债券限额60000万元，其中：土储专项债券30000万元，其他专项债券{other}万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("general", "expected"), [
    ("422890", []),
    ("432890", [("SUM001", "443772万元")]),
])
def test_an_amount_led_by_another_year_is_no_part(general, expected):
    # 471794 is the debt a year later, not a third part of 2018's 443772 = 422890 + 20882
    text = (f"2018年底我县债务余额为443772万元，其中：一般债务余额{general}万元，专项债务余额20882万元，2019年新增债务后，"
            "我县债务余额471794万元，控制在债务限额以内。")
    assert errors(text) == expected


@pytest.mark.parametrize(("grant", "expected"), [("113.68", []), ("103.68", [("SUM001", "192.01万元")])])
def test_parts_whose_shares_make_a_hundred_percent_are_every_part(grant, expected):
    # a reason's amount stands between the total and the list; 59.2% + 40.8% = 100% says the list is complete,
    # so 103.68 + 78.3 = 181.98 falls short of 192.01 (its own share, 54.0%, is off too: one slip, one finding)
    text = ("2023年度收入合计192.01万元，较上年决算数减少27.31万元，下降12.5%，主要原因是2022年有疫情防控经费29.01万元。"
            f"其中：财政拨款收入{grant}万元，占59.2%；事业收入78.3万元，占40.8%。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


def _fund_budgets(general: str, change: str, fund_change: str = "比2023年预算持平") -> list[str]:
    return ["支出预算15621.11万元，其中：财政拨款支出预算15621.11万元，比2023年预算减少876.75万元。",
            f"财政拨款支出预算中，一般公共预算拨款支出预算{general}，比2023年预算减少{change}；政府性基金拨款"
            f"支出预算0.00万元，{fund_change}；国有资本经营预算拨款支出预算0.00万元，比2023年预算持平。"]


@pytest.mark.parametrize(
    ("general", "change", "expected"),
    [
        ("15621.11万元", "876.75万元", []),
        # 财政拨款 is every fund budget's appropriation: their amounts add up to it exactly…
        ("15521.11万元", "876.75万元", [("SUM001", "15621.11万元")]),
        # …and so do their changes, a part 持平 with its base adding nothing
        ("15621.11万元", "867.75万元", [("SUM001", "876.75万元")]),
    ],
)
def test_the_fund_budgets_are_every_part_of_the_appropriation_and_of_its_change(general, change, expected):
    assert errors(*_fund_budgets(general, change)) == expected


def test_a_part_whose_change_is_not_stated_leaves_the_changes_unchecked():
    # 政府性基金 0 this year says nothing of last year: the parts' changes may not add up to the whole's
    assert errors(*_fund_budgets("15621.11万元", "867.75万元", fund_change="无上年数")) == []


def test_a_grand_total_holds_more_than_the_fund_budgets():
    # 收支总计 holds the carry-over too: the three fund budgets are not all of it
    assert errors("财政拨款收支总计1000.00万元，其中：一般公共预算拨款800.00万元，政府性基金拨款100.00万元，"
                  "国有资本经营预算拨款0.00万元。") == []


def test_a_sentence_with_several_wholes_is_left_alone():
    text = ("本部门面向中小企业预留政府采购项目预算金额225.10万元，面向小微企业预留政府采购项目预算金额164.87万元。"
            "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额225.10万元；在面向小微企业"
            "预留政府采购项目中，由小微企业供应商中标或成交的，采购金额164.87万元。")
    assert errors(text) == []


# --------------------------------------------------------------------------- parts in the paragraphs after


def _three_public(second: str, third: str) -> list[str]:
    return ["2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。其中：",
            "（一）因公出国（境）费0万元，比2023年预算持平。主要原因是因公出国（境）费保持不变。",
            f"（二）公务用车购置及运行费{second}，比2023年预算增加25万元。其中：公务用车购置费25万元；公务用车运行费21.56万元。",
            f"（三）公务接待费{third}。比2023年预算持平。",
            "二、机关运行经费预算",
            "2024年机关运行经费预算为443.18万元。"]


@pytest.mark.parametrize(
    ("second", "third", "expected"),
    [
        ("46.56万元", "1.35万元", []),
        ("46.56万元", "2.35万元", [("SUM001", "47.91万元")]),
        # a slip in the item's own list is one finding there: the 三公 total holds with the 46.56 its parts give it
        ("45.56万元", "1.35万元", [("SUM001", "45.56万元")]),
    ],
)
def test_numbered_paragraphs_after_a_list_marker_are_its_parts(second, third, expected):
    assert sorted(errors(*_three_public(second, third))) == sorted(expected)


@pytest.mark.parametrize(("second", "expected"), [("0.00万元", []), ("0.20万元", [("SUM001", "0.00万元")])])
def test_unnumbered_paragraphs_after_a_list_marker_are_its_parts(second, expected):
    paragraphs = ["2、公务用车购置及运行维护费支出0.00万元。其中：", "公务用车购置支出为0.00万元。",
                  f"公务用车运行维护支出{second}。", "2024年，公务用车保有量为0辆。"]
    assert errors(*paragraphs) == expected


def test_lines_of_one_wrapped_sentence_are_not_parts():
    paragraphs = ["2025年财政拨款收支总预算1085203.63元。收入包括:", "一般公共预算拨款1085203.63元。支出包括:文化旅游体",
                  "育与传媒支出850088.3元、社会保障和就业支出116433.12", "元、卫生健康支出43897.73元。"]
    assert errors(*paragraphs) == []


# --------------------------------------------------------------------------- differences of the parts


def _differences(third: str, total: str = "868.34万元") -> list[str]:
    return ["2021年决算基本支出2038.85万元，其中：工资福利支出995.51万元、商品和服务支出867.34万元、对个人和家庭的补助175.99万元。"
            f"决算数与年初预算指标对比，基本支出差异{total}，其中工资福利支出差异297.48万元；对个人和家庭的补助差异163.99万元，"
            f"主要是抚恤金等科目。其原因是慰问金等支出未计入年初预算。商品和服务支出差异{third}, 其原因是办公费超预算。"]


@pytest.mark.parametrize(
    ("third", "total", "expected"),
    [
        ("406.87万元", "868.34万元", []),  # 297.48 + 163.99 + 406.87 = 868.34
        ("408.86万元", "868.34万元", [("SUM001", "868.34万元")]),
        ("408.86万元", "870.33万元", []),
    ],
)
def test_differences_of_every_part_add_up_to_the_difference_of_the_whole(third, total, expected):
    assert errors(*_differences(third, total)) == expected


def test_differences_of_some_parts_only_are_not_added_up():
    # the earlier breakdown names three parts; a list of two differences may leave one out
    text = ("2021年决算基本支出2038.85万元，其中：工资福利支出995.51万元、商品和服务支出867.34万元、对个人和家庭的补助175.99万元。"
            "决算数与年初预算指标对比，基本支出差异868.34万元，其中工资福利支出差异297.48万元、商品和服务支出差异400.00万元。")
    assert errors(text) == []


def test_one_slip_computed_twice_is_one_finding():
    # 868.34 is wrong both as 2038.85 − 1168.51 (870.34) and as the sum of its parts (870.33): one finding
    paragraphs = ["2021年年初预算批复的基本支出为1168.51万元。", *_differences("408.86万元")]
    found = errors(*paragraphs)
    assert [raw for _, raw in found] == ["868.34万元"]


@pytest.mark.parametrize(("third", "expected"), [("7.20万元", []), ("8.20万元", [("SUM001", "42.30万元")])])
def test_items_after_as_follows_are_parts_of_the_whole_named_before(third, expected):
    paragraphs = ["2024年度“三公”经费财政拨款支出年初预算为50.00万元，支出决算为42.30万元。",
                  "“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算35.10万元，占82.98%；公务接待费支出决算"
                  "7.20万元，占17.02%。具体情况如下：",
                  "1、因公出国（境）费支出0.00万元。本年度无因公出国（境）团组。",
                  "2、公务用车购置及运行维护费支出35.10万元。其中：公务用车购置费10.00万元；公务用车运行维护费25.10万元。",
                  f"3、公务接待费支出{third}。2024年度共接待国内来访团组48批次、326人次。"]
    assert errors(*paragraphs) == expected


def test_items_as_follows_are_not_parts_of_an_amount_the_opener_merely_states():
    paragraphs = ["本年度项目预算1000.00万元，主要绩效如下：", "1、完成道路建设投资600.00万元。", "2、完成桥梁维修投资500.00万元。"]
    assert errors(*paragraphs) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the four parts of an evaluation score
        ("项目自评得分91.40分，其中：项目决策18.00分，项目过程18.40分，项目产出36.00分，项目效益19.00分。", []),
        ("项目自评得分93.40分，其中：项目决策18.00分，项目过程18.40分，项目产出36.00分，项目效益19.00分。", [("SUM001", "93.40分")]),
        # what the list leaves out is said to be nil
        ("“三公”经费预算8.06万元，其中：公务接待费6.06万元，公务用车运行维护费2.00万元，无因公出国（境）费和公务用车购置费。", []),
        ("“三公”经费预算18.60万元，其中：公务接待费6.06万元，公务用车运行维护费2.00万元，无因公出国（境）费和公务用车购置费。",
         [("SUM001", "18.60万元")]),
        # a partition
        ("全年实际支出3,104,756.38元。按支出性质划分：人员经费2,000,000.00元；公用经费600,000.00元；专项业务费504,756.38元。", []),
        ("全年实际支出3,104,756.38元。按支出性质划分：人员经费2,000,000.00元；公用经费600,000.00元；专项业务费504,576.38元。",
         [("SUM001", "3,104,756.38元")]),
        # a partial list may add up to less
        ("项目自评得分93.40分，其中：项目产出36.00分，项目效益19.00分。", []),
    ],
)
def test_lists_that_name_every_part_add_up_exactly(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("part", "expected"), [("4.30万元", []), ("3.40万元", [("SUM001", "6.12万元")])])
def test_a_complete_list_after_a_sentence_of_several_amounts_is_of_one_of_them(part, expected):
    text = (f"2023年“三公”经费预算8.50万元，实际支出6.12万元，节约2.38万元。其中：公务用车运行维护费支出{part}，"
            "公务接待费支出1.82万元，未发生因公出国（境）费。")
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("88.86%", []), ("86.88%", [("PCT001", "86.88%")])])
def test_a_share_after_a_sentence_of_a_budget_and_an_actual_amount(share, expected):
    text = (f"2019年度“三公”经费财政拨款支出预算为44.52万元，2019年实际支出“三公”经费决算为22.62万元。"
            f"其中公务接待费为20.10万元，占{share}；公务用车运行维护费为2.52万元，占11.14%。")
    assert errors(text) == expected

@pytest.mark.parametrize(("part", "expected"), [("20.10万元", []), ("21.10万元", [("SUM001", "22.62万元")])])
def test_an_open_list_after_a_budget_and_an_actual_amount_breaks_down_the_actual(part, expected):
    # parts naming no stage are of what was spent: 21.10 + 2.52 = 23.62 > 22.62 (the budget 44.52 is no reading)
    text = (f"2019年度“三公”经费财政拨款支出预算为44.52万元，2019年实际支出“三公”经费决算为22.62万元。"
            f"其中公务接待费为{part}；公务用车运行维护费为2.52万元。")
    assert errors(text) == expected


def test_a_list_whose_parts_name_both_stages_is_of_neither_amount_alone():
    # 10.7 + 8.46 + 2.364 + 2.364 mixes budgets and spending: no total of the sentence before is theirs
    text = ("项目全年预算数为13.064万元，全年执行数为10.824万元。其中：中央资金10.7万元，执行数8.46万元；"
            "其他资金预算2.364万元，执行数为2.364万元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == []



def test_bare_wan_yi_is_money_in_trillions(tmp_path):
    money = [(f.raw, f.unit) for f in find_figures("全省民生类支出1.21万亿，占一般公共预算支出比重69.7%。") if f.kind == "money"]
    assert money == [("1.21万亿", "万亿元")]
    # 1.21万亿 = 12100亿: a part of 520.6亿元 fits, one of 12520.6亿元 does not
    body = "全省民生类支出1.21万亿，其中，省级民生实事资金{}亿元。"
    assert _check(tmp_path, body.format("520.6")) == []
    assert _check(tmp_path, body.format("12520.6")) == [("SUM001", "1.21万亿")]


def test_a_measure_word_running_into_yuan_is_no_count():
    # 3万亩元 is a slip for 3万元: no count of 3万亩 to compare with the 1万亩 of the project
    assert [(f.raw, f.kind) for f in find_figures("森林抚育1万亩，间接费用3万亩元（每亩3元），共3个元素。")] == [
        ("1万亩", "count"), ("3元", "money"), ("3个", "count")]


def test_a_list_of_people_ends_at_a_count_of_another_thing(tmp_path):
    body = "现有在职职工共33人，其中在编职工17人，临聘人员16人，其中中级职称5人，占地面积1332㎡，业务用房1450㎡，服务人口1.85万人。"
    assert _check(tmp_path, body) == []


def test_standards_per_period_and_averages_part_by_part_are_not_computed(tmp_path):
    # 640.5亿元 / 4045.2万人 is no monthly standard; one count of 住院和门诊 is no count of each
    body = ("全年各级财政共支出城市低保资金640.5亿元，全国城市低保对象4045.2万人；全国城市低保平均标准为540.6元/人·月。"
            "实施住院和门诊医疗救助3517.1万人次，支出266.1亿元，住院和门诊每人次平均救助水平分别为1498.4元和153.2元。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 加 after ；ends the 其中 list of 总收入: 3,000 + 1,200 + 400 = 4,600 is the 收入合计, added to
        # the part right before 加 (the local revenue), not to the 5,000 总收入 (which is more than it)
        ("全区一般公共预算总收入5,000万元，下降6.4%，其中地方一般公共预算收入3,000万元，下降4.7%；加上级补助收入1,200万元，"
         "上年结余收入400万元，收入合计4,600万元。", []),
        ("全区一般公共预算总收入5,000万元，下降6.4%，其中地方一般公共预算收入3,000万元，下降4.7%；加上级补助收入1,200万元，"
         "上年结余收入400万元，收入合计4,700万元。", [("SUM001", "4,700万元")]),
    ],
)
def test_what_is_added_ends_a_list_and_adds_to_the_part_before_it(tmp_path, body, expected):
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [("市级94.8亿元、区级485.2亿元", []),  # 94.8 + 485.2 = 580, the amount added (537 is another one)
     ("市级194.8亿元、区级485.2亿元", [("SUM001", "580亿元")])],  # 680.0 > 580
)
def test_an_amount_added_is_broken_down_like_any_amount(tmp_path, parts, expected):
    body = f"除已下达的新增地方政府债务限额537亿元，本次预算调整拟增加580亿元新增债务限额，其中：{parts}。"
    assert _check(tmp_path, body) == expected


def test_an_added_amount_with_changes_after_it_is_no_total(tmp_path):
    # the parts are changes (增加120, 减少20): they may go either way, 120 > 100 proves nothing
    body = "全年支出1000万元，增加100万元，其中：基本支出增加120万元，项目支出减少20万元。"
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(
    ("last", "expected"),
    [("耕地占用税300万元", []),  # 600 + 100 + 300 = 1,000: 耕地占用税 is a tax, not a share (占)
     ("耕地占用税400万元", [("SUM001", "1,000万元")])],
)
def test_a_name_holding_a_share_word_is_still_a_part(tmp_path, last, expected):
    body = f"税收收入1,000万元，其中增值税600万元，契税100万元，{last}。"
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [("专项转移支付收入110万元", []),  # 52 + 1,937 + 110 = 2,099: the amounts after 主要是 are inside 1,937
     ("专项转移支付收入124万元", [("SUM001", "2,099万元")])],  # 52 + 1,937 + 124 = 2,113
)
def test_what_a_part_is_mostly_made_of_is_inside_it(tmp_path, last, expected):
    body = (f"上级共计下达一般公共预算转移支付资金2,099万元，其中返还性收入52万元，一般性转移支付收入1,937万元，"
            f"主要是体制补助收入150万元，结算补助收入1,745万元，其他一般转移支付收入42万元；{last}。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("project", "expected"),
    [("5,322.50", []),  # 1,375.97 + 228.67 + 5,322.50 = 6,927.14 = 5,746.19 + 160.97 + 19.98 + 1,000.00
     ("5,422.50", [("SUM001", "5,746.19万元")])],
)
def test_a_second_breakdown_breaks_down_what_the_first_one_adds_up_to(tmp_path, project, expected):
    body = ("1.按支出功能分类，包括一般公共服务支出5,746.19万元，社会保障和就业支出160.97万元，卫生健康支出19.98万元，"
            f"城乡社区支出1,000.00万元。2.按支出用途分类，包括人员支出1,375.97万元，日常公用支出228.67万元，项目支出{project}万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [("6,222.40", []),  # 3,374.30 + 2,069.51 + 778.59 = 6,222.40
     ("6,322.40", [("SUM001", "6,322.40万元")])],
)
def test_a_total_word_opening_a_named_clause_closes_the_amounts_before(tmp_path, total, expected):
    # the 其中 lists in brackets break down their own amount only
    body = ("该项目分三批实施，一批项目批复总投资3,374.30万元（其中建筑工程3,292.00万元），二批项目批复总投资2,069.51万元"
            f"（其中建筑工程1,975.78万元），三批项目批复投资778.59万元（其中建筑工程757.44万元），合计批复总投资{total}万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [("101,788", []),  # 83,173 + 18,300 + 315 = 101,788
     ("101,878", []),  # an earlier sentence may have begun the list: only more than the total is wrong
     ("100,788", [("SUM001", "100,788万元")])],
)
def test_a_spending_total_closes_the_amounts_before_it(tmp_path, total, expected):
    body = f"政府性基金支出83,173万元，调出资金18,300万元，债务还本支出315万元，支出合计{total}万元。"
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("reserve", "expected"),
    [("385,123", []),  # 1,996,786 + 98,524 + 195,664 + 10,239 + 385,123 = 2,686,336 (whole 万元: ±0.5 each)
     ("395,123", [("SUM001", "2,686,338万元")])],
)
def test_an_amount_named_and_added_in_a_plus_list_counts(tmp_path, reserve, expected):
    # 调出资金增加10,239万元 adds an amount to the total (the 同比下降 before compares another figure)
    body = ("全市地方一般公共预算支出1,996,786万元，完成预算的87.7%，同比下降7.3%，加上上解上级支出98,524万元、"
            f"债务还本支出195,664万元，调出资金增加10,239万元，按规定安排预算稳定调节基金{reserve}万元，"
            "全市地方一般公共预算总支出2,686,338万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [("18,203", []),  # 11,489 + 3,714 + 3,000 = 18,203: the 地方财政收入 the words before 加 name
     ("18,303", [("SUM001", "18,303万元")])],
)
def test_the_words_before_jia_name_what_is_added_to(tmp_path, total, expected):
    body = ("全县财政总收入完成23,992万元。全县完成地方财政收入11,489万元，占年度预算的95.7%。"
            f"根据上述地方财政收入，加返还性收入3,714万元；均衡性转移支付补助收入3,000万元；财政总收入为{total}万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [("3,002.97", []),  # 589.67 + 2,413.30: the 决算数 of the sentence before, not its 预算数 first
     ("3,012.97", [("SUM001", "3,012.97亿元")])],
)
def test_a_plus_total_may_start_from_any_first_amount_of_the_sentence_before(tmp_path, total, expected):
    body = ("2018年，中央社会保险基金收入预算数676.34亿元，决算数589.67亿元，完成预算的87.2%。"
            f"另外，启动实施中央调剂制度，加上地方上缴的中央调剂基金收入2,413.30亿元，收入总量{total}亿元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [("中等专项1个", []),  # 5 + 3 + 2 + 14 + 1 = 25 = 5 + 5 + 15: every count before, together
     ("中等专项11个", [("SUM001", "15个")])],  # 35 > 25
)
def test_a_list_of_counts_may_break_down_every_count_before_it(tmp_path, last, expected):
    body = (f"2023年对5个部门、5个镇乡街道开展整体支出绩效评价，15个专项开展重点绩效评价，其中：良好部门5个；"
            f"优秀镇乡街道3个，良好镇乡街道2个；良好专项14个，{last}。")
    assert _check(tmp_path, body) == expected


def test_shares_in_a_split_are_no_scores():
    # 5:5分成 splits the money; 5分 is no score
    assert [f.raw for f in find_figures("中央和地方按5:5分成，即开型彩票公益金省级和市县按2:8分成。")] == []


@pytest.mark.parametrize(
    ("share", "expected"),
    [("36.5%", []),  # 5,180 ÷ 14,179
     ("38.5%", [("PCT001", "38.5%")])],
)
def test_a_sentence_opening_with_zhuyaoshi_lists_the_main_parts_of_the_amount_before(tmp_path, share, expected):
    # the main parts only (13,203 < 14,179 is no error), even the first one named 其他
    body = ("2024年5月份，全县政府性基金预算支出完成14,179万元，较上年同期减支36,662万元，下降72.1%。主要是其他支出5,683万元，"
            f"占比40%，国有土地使用权出让收入安排的支出5,180万元，占比{share}，大中型水库移民后期扶持基金支出2,340万元，占比16.5%。")
    assert _check(tmp_path, body) == expected


def test_the_main_parts_cannot_exceed_their_total(tmp_path):
    body = "全县政府性基金预算支出完成14,179万元。主要是其他支出9,683万元，国有土地使用权出让收入安排的支出5,180万元。"
    assert _check(tmp_path, body) == [("SUM001", "14,179万元")]


@pytest.mark.parametrize(
    ("total", "expected"),
    [("3,580.69", []),  # 40 + 2.75 + 25.85 + 276.42 + 1,856.95 + 1,378.72 = 3,580.69
     ("3,590.69", [("SUM001", "3,590.69万元")])],
)
def test_a_sentence_opening_with_a_total_word_closes_the_sentence_before(tmp_path, total, expected):
    body = ("2024年度，中央、市级下达转移支付慈善会项目40万元；城乡低保项目2.75万元；福利院运行经费项目25.85万元；"
            "福利彩票公益金支出项目276.42万元；困难群众临时救助项目1,856.95万元；社会福利中心综合楼建设项目1,378.72万元。"
            f"共计下达中央、市级转移支付资金{total}万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("paid", "expected"),
    [("106.36", []),  # what was paid of 107.13 is no part of it beside 项目管理费
     ("108.36", [])],
)
def test_what_was_done_with_the_whole_is_no_part_of_it(tmp_path, paid, expected):
    body = f"统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，目前项目资金已拨付{paid}万元。"
    assert _check(tmp_path, body) == expected


def test_a_list_after_words_of_its_own_sentence_is_not_of_the_sentence_before(tmp_path):
    # 其中 follows 所有项目…: the 21 + 0 + 0 projects are of all projects, not of the 0 sensitive ones
    body = ("项目中，敏感涉密项目0个，涉及资金0万元。所有项目均开展了绩效自评，其中非敏感涉密项目绩效自评结果为："
            "21个项目评为一等；0个项目评为二等；0个项目评为三等。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(
    ("local", "expected"),
    [("28", []),  # 370 + 28 = 398: the colon labels the total, its parts follow
     ("38", [("SUM001", "398万元")])],
)
def test_a_colon_right_before_a_figure_labels_it(tmp_path, local, expected):
    body = ("本次下达以工代赈项目共1个，安排中央预算内投资370万元，主要用于支持农村公益性基础设施建设。\n二、具体项目计划\n"
            f"总投资及资金筹措:398万元，资金来源申请以工代赈中央投资370万元，地方配套资金{local}万元。")
    assert _check(tmp_path, body) == expected


def test_the_main_items_of_a_part_are_inside_it(tmp_path):
    # 68.4 + 13.2 = 81.6: the 主要支出事项 of 68.4 are its details
    body = ("市本级一般公共预算支出安排81.6亿元。其中：财力安排支出68.4亿元，比上年预算数增长10.1%，主要支出事项："
            "一般公共服务支出7.1亿元、教育支出7.5亿元、社会保障和就业支出15.4亿元等；上级专项、上年结转安排支出13.2亿元。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(
    ("members", "expected"),
    [("30", []),  # 党员 and 女职工 overlap: 30 + 25 > 50 is no slip
     ("60", [("SUM001", "50人")])],  # but no attribute counts more people than the whole
)
def test_people_by_an_attribute_overlap(tmp_path, members, expected):
    assert _check(tmp_path, f"单位现有干部职工50人，其中党员{members}人，女职工25人。") == expected


@pytest.mark.parametrize(
    ("share", "expected"),
    [("51.47%", []),  # 3,476.69 ÷ 6,754.31: a bare 万 carried over is money
     ("48.53%", [("PCT001", "48.53%")])],
)
def test_a_carry_over_in_bare_wan_is_money(tmp_path, share, expected):
    body = (f"2019年收入决算总额为6754.31万元。一般公共预算财政拨款收入3277.62万元，占收入决算总额48.53%，"
            f"2019年结转3476.69万，占收入总额的{share}。")
    assert [e for e in _check(tmp_path, body) if e[0] == "PCT001"] == expected


def test_a_decrease_among_reasons_is_no_total_of_the_list_after_it(tmp_path):
    # 1,699.13 + 122,763.34 + 1,561.46 = 126,023.93: the list is of the 收入合计, not of 其他收入减少
    body = ("2023年度收入合计126,023.94万元，较上年决算数增加10,123.06万元，增长8.7%，主要原因是：事业收入同比增加11,421.88万元，"
            "其他收入减少1,397.66万元，其中：财政拨款收入1,699.13万元；事业收入122,763.34万元；其他收入1,561.46万元。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == []


@pytest.mark.parametrize(
    ("career", "expected"),
    [("0.00", []),
     ("3.00", [("SUM001", "677.48万元")])],  # 677.48 + 3.00 > 677.48: the 677.48 and a 0.00 make no list of their own
)
def test_a_zero_part_makes_no_total_with_the_first(tmp_path, career, expected):
    body = ("（一）收入预算：2025年年初预算数677.48万元，其中：一般公共预算拨款677.48万元，政府性基金预算拨款0.00万元，"
            f"国有资本经营预算收入0.00万元，事业收入{career}万元，其他收入0.00万元，财政专户管理资金0.00万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [("510,687", []),  # 100,459 + 330,173 + 15,900 + 53,550 + 10,000 + 605: the net amount counts
     ("500,687", [("SUM001", "500,687万元")])],
)
def test_a_gross_amount_and_what_is_taken_off_it_count_as_the_net(tmp_path, total, expected):
    body = (f"2021年，全区收入完成总计{total}万元。其中：一般公共预算收入完成171,697万元，剔除上划市级收入71,238万元，"
            "区本级一般公共预算收入完成100,459万元；上级补助收入330,173万元；新增债券收入15,900万元；再融资债券收入53,550万元；"
            "政府性基金调入10,000万元，一般公共预算上年结余605万元。")
    assert _check(tmp_path, body) == expected


def test_a_list_closed_by_a_total_of_its_own_sentence_is_not_of_the_sentence_before(tmp_path):
    body = ("2019年，全县地方一般公共预算收入完成107,150万元，为预算的100.14%。2019年全县一般公共预算收支决算的平衡情况是："
            "地方一般公共预算收入完成107,150万元、返还性收入18,345万元、上年结余12,764万元，收入总量为138,259万元。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(
    ("part", "expected"),
    [("169.83", []),
     ("269.83", [("SUM001", "1,324.48万元")])],  # 736.40 + 418.25 + 269.83 = 1,424.48 > 1,324.48
)
def test_words_announcing_the_parts_before_a_colon_open_a_list_of_the_sentence_before(tmp_path, part, expected):
    body = f"全年实际支出1,324.48万元，预算执行率92.62%。支出构成为：设备购置736.40万元，场地改造418.25万元，培训及运维{part}万元。"
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [("7,437", []),  # 9,910 + 7,437 = 17,347: what each batch 分别支持 is inside it
     ("7,447", [("SUM001", "17,347万元")])],
)
def test_what_each_part_supports_is_inside_it(tmp_path, second, expected):
    body = (f"我市获得2023年度中央水污染防治专项资金17,347万元，其中第一批资金9,910万元，分别支持A项目3,000万元、B项目3,357.17万元、"
            f"C项目3,552.83万元；第二批资金{second}万元，分别支持A项目3,000万元、D项目3,688万元、E项目749万元。")
    assert _check(tmp_path, body) == expected


def test_an_amount_of_the_sentence_before_among_the_parts_is_one_of_them(tmp_path):
    body = ("2023年地方投入残疾人事业发展补助资金877.99万元，2023年结转资金44.89万元。实际完成情况为：中央资金完成636.75万元，"
            "省级资金完成288.26万元；地方资金完成877.99万元，其他资金（上年结转）完成44.85万元。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(
    ("total", "expected"),
    [("117,690", []),  # 13 whole 万元 tallies of a five-digit total: ±½ each, 117,696 is within
     ("117,590", [("SUM001", "117,590万元")])],
)
def test_a_large_whole_total_breaks_down_into_rounded_tallies(tmp_path, total, expected):
    body = (f"税收收入完成{total}万元，其中：增值税56,065万元，企业所得税16,903万元，个人所得税2,451万元，资源税204万元，"
            "城市维护建设税11,608万元，房产税5,665万元，印花税5,783万元，城镇土地使用税1,725万元，土地增值税5,536万元，"
            "车船税94万元，耕地占用税888万元，契税10,438万元，其他税收收入336万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("fee", "expected"),
    [("8000", []),  # 30,000 + 8,000 + 4,000 = 42,000: the value adjusted from (50,000) is no part
     ("9000", [("SUM001", "42000万元")])],
)
def test_a_value_adjusted_from_is_no_part_of_the_list(tmp_path, fee, expected):
    body = (f"政府性基金预算收入由年初的60000万元调整为42000万元，其中：土地出让收入由年初预算的50000万元调整为30000万元，"
            f"城市基础设施配套费{fee}万元、污水处理费4000万元不作调整。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("now", "expected"), [("71.3", []), ("95.3", [("SUM001", "90.4亿元")])])
def test_a_single_part_adjusted_is_held_to_its_new_value(tmp_path, now, expected):
    # 县本级 by itself: 71.3 ≤ 90.4 (its 40.1 before is no second part); 95.3 > 90.4 is a slip
    body = (f"全县一般公共预算收入由65.2亿元调整为90.4亿元，其中：县本级一般公共预算收入由40.1亿元调整为{now}亿元，"
            f"调增{float(now) - 40.1:.1f}亿元。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("tax", "expected"), [("16.81", []), ("16.91", [("SUM001", "75.29亿元")])])
def test_a_breakdown_by_item_opens_a_list_of_the_part_before(tmp_path, tax, expected):
    # 分项目看 breaks down 旗本级 75.29 = 16.81 + 58.48; the transfers after it are parts of 100.03, not of 75.29
    body = (f"全旗一般公共预算收入完成100.03亿元，其中：旗本级一般公共预算收入完成75.29亿元（包括开发区收入1.38亿元），"
            f"同比增长21.9%，分项目看：税收完成{tax}亿元，同比减少17.7%，非税完成58.48亿元；上级转移支付20.88亿元；"
            "债券转贷收入0.48亿元；上年结余3.38亿元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("staff", "expected"), [("31", []), ("32", [("SUM001", "52人")])])
def test_people_who_have_left_listed_after_the_staff_are_outside_it(tmp_path, staff, expected):
    # 31 + 21 = 52: the 18 retired people listed after them are no part of the staff (32 + 21 = 53 is a slip)
    body = (f"核定人员编制40人，实有职工52人，比上年同期减少3人，其中在编{staff}人，与上年同期无变化，临聘21人，比上年同期减少3人；"
            "离退休人员18人，比上年同期减少1人。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("pros", "expected"), [("64", []), ("68", [("SUM001", "67人")])])
def test_hires_outside_the_establishment_are_no_part_of_the_staff_on_it(tmp_path, pros, expected):
    # 临聘人员 are not 在编: 64 ≤ 67 holds and 64 + 5 = 69 is no slip; 68 alone exceeds the 67 on the establishment
    body = f"人员编制73人，2023年我院实有在职在编人员67人，其中专业技术人员{pros}人，临聘人员5人。"
    assert _check(tmp_path, body) == expected


def test_an_income_share_of_a_budget_is_not_of_the_spending_budget(tmp_path):
    # the 年初预算 of 市本级 revenue is not written; the spending budget of the paragraph before is no base of it
    body = ("全市一般公共预算支出年初预算为546979万元，实际完成791944万元。\n"
            "市本级一般公共预算收入完成198450万元，占年初预算的122.3%，增长39.4%。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(("total", "expected"), [("79.75", []), ("19.75", [("SUM001", "19.75亿元")])])
def test_a_breakdown_by_item_may_name_the_main_items_only(tmp_path, total, expected):
    # 10.16 + 8.79 + 10.53 = 29.48: less than 79.75 is no slip (the main items only), more than 19.75 is
    body = (f"财政支出中，民生支出{total}亿元，占一般公共预算支出的72.0%。分项目看，社会保障和就业支出累计完成10.16亿元，"
            "增长26.1%；城乡社区支出累计完成8.79亿元，增长44.4%；教育支出累计完成10.53亿元，增长19.7%。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("vat", "expected"), [("105.6", []), ("205.6", [("SUM001", "240.9亿元")])])
def test_a_breakdown_by_main_kinds_is_of_the_amount_before_it(tmp_path, vat, expected):
    # 从主要税种看 breaks down 税收收入 240.9 (its main taxes: 105.6 + 35.4 + 21.3 = 162.3, no more than it), not
    # 地方财政收入 287.1 with 税收收入 among its parts; 205.6 + 35.4 + 21.3 = 262.3 is more than 240.9
    body = ("地方财政收入287.1亿元，增长20.9%。地方财政收入中，税收收入240.9亿元，增长19.0%，占比为83.9%；从主要税种看，"
            f"增值税、企业所得税、个人所得税分别为{vat}亿元、35.4亿元和21.3亿元，分别增长13.2%、33.9%和10.4%。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("output", "expected"), [("117382.7", []), ("127382.7", [("SUM001", "117725.2万元")])])
def test_an_amount_alone_larger_than_the_total_named_unlike_the_list_is_another_topic(tmp_path, output, expected):
    # 合同额 215077.4 alone exceeds 总产值 117725.2 and shares no word with it or 建筑工程产值: a measure of its own
    # (not a part), while the one part named 产值 is still held to its total
    body = (f"全县建筑企业实现总产值117725.2万元，比上年下降3.84%，其中，建筑工程产值{output}万元，共签订合同额215077.4万元，"
            "增长9.4%，房屋建筑施工面积82.44万平方米。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("third", "expected"), [("1.5", []), ("652", [("SUM001", "9.75亿元")])])
def test_a_part_in_a_list_of_totals_opening_with_gong_is_still_summed(tmp_path, third, expected):
    # each part is its own 共计 over 23 counties: 2.3 + 2.3 + 1.5 + 3.65 = 9.75; 652亿元 alone exceeding 9.75 is a slip
    body = ("省财政提前下达23个省级扶贫开发工作重点县2019年补助资金9.75亿元。其中，每县县级基本财力保障转移支付1000万元，共计"
            "2.3亿元；每县社会事业发展专项资金1000万元，共计2.3亿元；每县县域产业发展专项资金652万元，共计"
            f"{third}亿元；每县地方政府债券贴息资金1588万元，共计3.65亿元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("second", "expected"), [("70.8", []), ("708", [("SUM001", "254.3亿元")])])
def test_a_part_written_ten_times_over_is_still_summed(tmp_path, second, expected):
    # 49.3 + 70.8 + 134.2 = 254.3; 708 alone exceeds the total but is a part of the list, not a total of its own
    body = f"全市实现地区生产总值254.3亿元，同比增长4.5%。其中一、二、三产业分别实现49.3亿元、{second}亿元、134.2亿元，分别增长3.2%、3.7%、5.3%。"
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("retail", "expected"), [("64.50", []), ("65.50", [("SUM001", "68.0亿元")])])
def test_a_second_partition_of_a_sentence_breaks_down_what_the_first_does(tmp_path, retail, expected):
    # 按消费形态分 breaks down the 68.0 of the sentence before (3.50 + 64.50 = 68.00), as 按所在地分 does
    # (34.59 + 33.41), not 乡村 33.41, the last part of the first partition
    body = ("全年全县实现社会消费品零售总额68.0亿元，比上年增长8.4%。按销售单位所在地分，城镇消费品零售额为34.59亿元，增长4.4%；"
            f"乡村市场完成33.41亿元，增长13.0%；按消费形态分，餐饮收入3.50亿元，增长4.1%，商品零售{retail}亿元，增长8.7%。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("share", "expected"), [("71.1%", []), ("72.1%", [("PCT001", "72.1%")])])
def test_a_share_naming_its_part_is_not_of_the_part_named_non(tmp_path, share, expected):
    # 税收 names 税收收入 (77,864 ÷ 109,489 = 71.12%), not 非税收入, the nearer amount
    body = ("2023年，全县地方一般公共预算收入完成109489万元，增长3%，其中税收收入77864万元，占预算的101.6%，"
            f"非税收入31625万元，占预算的96.3%，税收占地方一般公共预算收入的比重为{share}。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("third", "expected"), [("45", []), ("55", [("SUM001", "200万元")])])
def test_a_part_written_again_in_its_item_counts_once(tmp_path, third, expected):
    # 43.96 + 105.04 + 45 + 6 = 200: the 105.04 said again in its own item is the same money
    body = (f"区级年初预算200万元专项资金，具体用于支付：①甲小区改造项目工程尾款43.96万元，工程款已全部支付到位；②第二批次项目"
            f"缺口资金105.04万元，已使用上级专项资金支付工程进度款，105.04万元将于工程竣工验收后支付；③配套基础设施项目前期费用"
            f"{third}万元，已完成可研、立项；④乙片区项目设计费6万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("whole", "expected"), [("97,923", []), ("47,923", [("SUM001", "47,923万元")] * 2)])
def test_a_list_after_numbered_items_is_of_the_whole_again(tmp_path, whole, expected):
    # the main spending items (57,058 in all) are of the whole spent, not of item 3's 15,354: no more
    # than it (47,923 is less than the items 1–3, 97,923, and than the main items)
    body = (f"2024年上半年，我镇实现财政支出{whole}万元，完成年初预算52.6%。其中：\n1.一般公共预算总支出45,832万元，完成年初预算43.7%；\n"
            "2.政府性基金预算总支出36,737万元，完成年初预算102.3%；\n3.财政专户支出15,354万元，完成年初预算33.7%。\n"
            "2024年上半年财政资金主要支出情况：一般公共服务支出8,561万元、公共安全支出3,952万元、教育支出9,632万元、"
            "土地整备相关支出26,959万元、新增专项债券支出7,954万元。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("carried", "expected"), [("88.92", []), ("98.92", [("SUM001", "2499.32亿元")])])
def test_an_amount_added_after_numbered_items_adds_to_what_they_break_down(tmp_path, carried, expected):
    # 2,410.4 + 88.92 = 2,499.32: the items' whole, not item 2's 538.73
    body = ("2023年国有资本经营收入预算数为2410.4亿元，比上年执行数增加67.09亿元，增长2.9%。\n"
            "1.利润收入1871.67亿元，增加127.03亿元，增长7.3%。\n2.股利、股息收入538.73亿元，减少52.25亿元，下降8.8%。\n"
            f"加上上年结转收入{carried}亿元，2023年国有资本经营预算收入总量2499.32亿元。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("grant", "expected"), [("5926", []), ("6026", [("SUM001", "9877万元")])])
def test_what_a_part_contains_is_inside_it(tmp_path, grant, expected):
    # 1,597 + 5,926 + 2,354 = 9,877; 4,951 and 975 are what 上级补助收入 contains (4,951 + 975 = 5,926)
    body = (f"收入总计调整为9877万元。其中：本级收入1597万元；上级补助收入{grant}万元，含一般性转移支付补助4951万元，"
            "专项转移支付补助975万元；动用预算稳定调节基金2354万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("power", "expected"), [("3395", []), ("9395", [])])
def test_a_fiscal_capacity_is_a_whole_of_its_own(tmp_path, power, expected):
    # 可用财力 is no part of the 9,033 revenue, whatever its amount; the tax (8,210 ≤ 9,033) still is
    body = f"2021年，全镇完成一般公共预算收入9033万元，其中税收收入完成8210万元，税占比90.9%，可用财力达{power}万元。"
    assert _check(tmp_path, body) == expected
    assert [e for e in _check(tmp_path, body.replace("8210", "9210")) if e[0] == "SUM001"] == [("SUM001", "9033万元")]


@pytest.mark.parametrize(("housing", "expected"), [("10.58", []), ("11.58", [("SUM001", "173.89万元")])])
def test_a_partition_after_a_list_adds_up_to_the_first_lists_own_parts(tmp_path, housing, expected):
    # 141.44 + 37.95 + 20.58 + 10.58 + 1 + 72.70 + 0.20 = 284.45 = 173.89 + 110.56, the first list's own
    # parts (not the 人员经费 and 公用经费 they include); 11.58 makes 285.45 (the finding names the first reading)
    body = ("本年度支出预算284.45万元。其中：按支出项目类别：1、基本支出173.89万元，包括：人员经费支出161.66万元，"
            "公用经费支出12.23万元；2、项目支出110.56万元，包括：商品服务支出72.74万元，其他支出37.82万元；3、其他支出0万元。"
            f"按支出功能分类科目：一般公共服务支出141.44万元，社会保障和就业支出37.95万元，卫生健康支出20.58万元，住房保障支出{housing}万元，"
            "城乡社区事务1万元；农林水事务72.70万元；其他支出0.20万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("total", "expected"), [("89.99", []), ("89.97", [("SUM001", "89.97万元")])])
def test_equal_amounts_of_separate_parts_both_count(tmp_path, total, expected):
    # 30 + 30 + 29.99 = 89.99: the second 30 names nothing of its own, but it is another part's
    body = (f"本项目共完成预算资金{total}万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；"
            "29.99万元用于基建工程项目设计、规划、测绘。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("subsidy", "expected"), [("7180", []), ("9180", [("SUM001", "32829亿元")])])
def test_a_list_of_income_ends_where_the_sentence_turns_to_spending(tmp_path, subsidy, expected):
    # 24,664 + 7,180 ≤ 32,829; the balances after 支出 (4,915 and 40,943) are no parts of the income
    body = (f"2013年全国社会保险基金收入32829亿元，比上年增长9.9%，其中保险费收入24664亿元，财政补贴收入{subsidy}亿元；"
            "支出27913亿元，比上年增长16.8%；本年收支结余4915亿元，年末滚存结余40943亿元。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(
    ("provincial", "expected"),
    [("420.37万元", []),  # 1,293.45 × 32.5% = 420.37
     ("430.37万元", [("PCT001", "32.5%")]),
     ("420.37元", [("UNIT001", "420.37元")])],  # closes only in 万元
)
def test_an_amount_right_after_its_rate_is_that_share_of_the_whole(tmp_path, provincial, expected):
    body = (f"水稻大灾保险：全县计划和实际承保面积为42.59万亩，总保费1293.45万元，中央财政补贴47.5%为614.39万元，"
            f"省级财政补贴32.5%为{provincial}。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("first", "expected"), [("2827.23", []), ("2837.23", [("SUM001", "2836.14万元")])])
def test_what_a_part_is_namely_is_inside_it(tmp_path, first, expected):
    # 即： lists what part 1 is made of (82.8 + 30.61 + 2,000 + … is 2,827.23's, not more parts of 2,836.14)
    body = (f"2024年年初预算项目共14个，项目支出预算资金为2836.14万元，其中：1.本年财政拨款预算安排项目11个，预算资金为{first}万元，"
            "即：冻猪肉储备费用补助82.8万元、粮库改造项目尾款30.61万元、州级粮食风险基金专项资金2,000万元、"
            "县市级储备粮食风险基金专项资金226万元、救灾物资采购专项资金487.82万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("rural", "expected"), [("11227.42", []), ("11027.42", [])])
def test_amounts_per_head_under_a_lead_in_are_no_parts(tmp_path, rural, expected):
    # 生均 amounts: a rural average above the province's is no part above its total
    body = ("2019年全省幼儿园、普通小学、普通初中生均一般公共预算教育经费增长情况是：\n1.全省幼儿园为7977.88元，比上年的6628.28元增长20.36%。\n"
            f"2.全省普通小学为11128.87元，比上年的10682.82元增长4.18%。其中，农村为{rural}元，比上年的10780.10元增长4.15%。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected


def test_amounts_after_a_lead_in_of_totals_are_still_parts(tmp_path):
    body = ("2019年全省各级教育经费投入情况是：\n1.全省幼儿园经费79.77亿元。\n2.全省普通小学经费111.28亿元。其中，农村112.27亿元。")
    assert _check(tmp_path, body) == [("SUM001", "111.28亿元")]


@pytest.mark.parametrize(("staff", "expected"), [("53", []), ("54", [("SUM001", "53人")])])
def test_retired_people_beside_one_count_of_staff(tmp_path, staff, expected):
    body = f"单位人员编制57人，实有人员53人，其中财政供养在职人员{staff}人，离退休人员13人。"
    assert _check(tmp_path, body) == expected


def test_other_income_is_no_last_part_when_numbered_items_go_on(tmp_path):
    # 其他收入 is item 4 of 5 (用事业基金弥补收支差额 follows): the list is not complete, 1,300.26 ≤ 1,308.55
    body = ("2017年度，收入总计为1308.55万元，其中：\n1.财政拨款收入1300.26万元，为义教经费资金。\n2.上级补助收入0万元。\n"
            "3.事业收入0万元。\n4.其他收入0万元，为预算单位取得的其他收入。\n5.用事业基金弥补收支差额0万元，为事业单位使用的事业基金。\n")
    assert _check(tmp_path, body) == []
    assert _check(tmp_path, body.replace("1300.26", "1310.26")) == [("SUM001", "1308.55万元")]


def test_a_colon_opening_a_paragraph_lists_no_amount_of_the_paragraph_before(tmp_path):
    # "分部门完成情况：" breaks down the 10,372 of two sentences up (1,653 + 8,719), not the 911 right before
    body = ("8月份，经开区大口径财政收入完成10372万元，较上年同月增收6838万元。\n一般公共预算收入完成911万元，较上年同月减收1901万元。\n"
            "分部门完成情况：税务完成1653万元，较上年同月增收137万元；财政完成8719万元，较上年同月增收6701万元。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == []


@pytest.mark.parametrize(("share", "expected"), [("80.35%", []), ("81.35%", [("PCT001", "81.35%")])])
def test_a_share_of_the_total_is_of_what_zhongde_names(tmp_path, share, expected):
    # 430,405 ÷ 535,668 = 80.35%: "全市一般公共预算收入中的税收收入…占总收入比重" is of 全市一般公共预算收入
    body = ("1-5月累计，全市一般公共预算收入535668万元。其中：地方一般公共预算收入297302万元，上划中央收入195166万元。"
            f"全市一般公共预算收入中的税收收入430405万元，同比增长30.82%，占总收入比重为{share}。")
    assert [e for e in _check(tmp_path, body) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("total", "expected"), [("4087万元", []), ("3988万元", [("SUM001", "3988万元")])])
def test_a_list_opening_a_sentence_and_closed_by_its_own_total(total, expected):
    # 1986 + 16 + 2085 = 4087: 合计 closes the very list 其中 opened
    text = f"2021年度实际完成的预算收入{total}。其中国税1986万元，非税收入16万元，上级拨款2085万元，合计{total}。"
    assert errors(text) == expected


def test_a_total_inside_a_list_of_uses_is_its_item_s():
    # "聘请农民养护工90余人合计180万元" totals that item, not the uses before it
    assert errors("资金主要用于：道班行道树修剪24万元；聘请农民养护工90余人合计180万元；维修标志标牌10万元。") == []


@pytest.mark.parametrize(("own", "expected"), [("40.00万元", []), ("50.00万元", [("SUM001", "100.00万元")])])
def test_a_numbered_item_without_a_full_stop_does_not_end_the_list(own, expected):
    # "2.上级补助收入0万元" ends without 。, yet "3." opens the next item: 60 + 0 + 50 = 110 > 100
    paragraphs = ["（一）收入决算情况。2020年总收入100.00万元，其中：", "1.财政拨款收入60.00万元，为一般公共预算资金。",
                  "2.上级补助收入0万元", f"3.事业收入{own}，为开展专业业务活动取得的收入。", "（二）支出决算情况"]
    assert errors(*paragraphs) == expected


@pytest.mark.parametrize(("first", "expected"), [("686400", []), ("400000", [("SUM001", "2026400元")])])
def test_a_list_naming_the_items_of_a_list_that_adds_up_is_complete_too(first, expected):
    # the spending list adds up exactly (439120.67 + 152000 + 28000 + 660000 + 50000 = 1329120.67), so the
    # budget list of the same five items must too: 400000 + 252000 + 28000 + 960000 + 100000 = 1740000
    text = (f"本项目共申请预算资金2026400元，其中村级组织运转{first}元，村民组长基本报酬252000元，村民监督委员会工资28000元，"
            "村级事务补助960000元，村级工作目标奖励100000元。本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，"
            "村民组长基本报酬152000元，村民监督委员会工资28000元，村级事务补助660000元，村级工作目标奖励50000元。")
    assert errors(text) == expected


@pytest.mark.parametrize("adjusted, expected", [
    ("国家级森林生态效益补偿资金调减2.66万元，", []),  # an item taken off: the others may exceed the total
    ("", [("SUM001", "1.53万元")]),
])
def test_an_item_adjusted_down_among_the_parts_lets_the_others_exceed_the_total(adjusted, expected):
    text = f"2022年下达给我单位资金1.53万元，其中：{adjusted}造林补助2.42万元，公益林补助2.88万元。"
    assert errors(text) == expected


@pytest.mark.parametrize("end, expected", [
    ("，单位", []),  # the page breaks off inside the list: its last part is lost
    ("。", [("SUM001", "500.00万元")]),  # a list 按…划分 ends here: its parts must make the whole
])
def test_a_list_the_document_breaks_off_is_partial(end, expected):
    text = f"2025年政府采购预算500.00万元。按政府采购资金类型划分，一般公共预算拨款200.00万元，财政专户管理资金100.00万元{end}"
    assert errors(text) == expected


@pytest.mark.parametrize("year, expected", [
    ("2022", []),  # last year's whole: no total of this year's parts
    ("2023", [("SUM001", "3.46万元")]),
])
def test_a_whole_named_before_is_of_the_year_its_sentence_names(year, expected):
    text = (f"{year}年“三公”经费财政拨款支出决算为3.46万元。",
            "2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算1.40万元；"
            "公务接待费支出决算0.28万元。")
    assert sorted(errors(*text)) == expected


@pytest.mark.parametrize("security, expected", [
    ("14007.53", []),  # 其他监狱支出 is a 项 of 公共安全支出: the classes alone make the total
    ("14070.53", [("SUM001", "16947.30万元")]),
])
def test_a_list_of_functional_classes_naming_one_item_of_a_class(security, expected):
    text = (f"2019年支出预算16947.30万元。按支出功能分类：公共安全支出{security}万元；其他监狱支出553.40万元；"
            "社会保障和就业支出1150.04万元；住房保障支出779.74万元；其他支出1010.00万元。")
    assert errors(text) == expected


def test_a_list_of_other_items_exceeding_by_one_of_them_is_still_wrong():
    # not classes: the total left out one source of income
    text = "2025年收入预算677.48万元，其中：一般公共预算拨款677.48万元，政府性基金预算拨款0.00万元，事业收入3.00万元，其他收入0.00万元。"
    assert errors(text) == [("SUM001", "677.48万元")]


@pytest.mark.parametrize("text, expected", [
    # each amount before 共计 is a total of its own (共, 共计): nothing adds up to the later one
    ("省财政厅下达补助资金共8.53599亿元，我市6县分别获得补助资金3711.3万元，共计2.22678亿元。", []),
    ("其中，每县基本财力保障转移支付1000万元，共计2.3亿元；每县县域产业发展专项资金652万元，共计1.5亿元。", []),
    # plain amounts before it are its parts
    ("基本财力保障转移支付2.3亿元，县域产业发展专项资金1.6亿元，共计4.2亿元。", [("SUM001", "4.2亿元")]),
])
def test_a_closing_total_adds_no_total_of_its_own(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize("counties, expected", [
    ("23个县", []),  # the total written again in every part: no breakdown
    ("20个县", [("SUM001", "23个")]),
])
def test_parts_that_each_restate_the_total_are_no_breakdown(counties, expected):
    text = (f"省财政提前下达23个重点县补助资金9.75亿元。其中，基本财力保障转移支付共计2.3亿元，由23个县统筹使用；"
            f"社会事业发展专项资金共计2.3亿元，支持{counties}社会事业项目。")
    assert [e for e in errors(text) if e[1] == "23个" or e[1].endswith("个")] == expected


@pytest.mark.parametrize("corn, expected", [
    ("57", []),  # a household may grow both: 1586 + 57 > 1630 is no slip
    ("1657", [("SUM001", "1630户")]),  # but no part above the whole
])
def test_households_by_what_they_grow_overlap(corn, expected):
    text = f"本次种粮补贴惠及18个镇街的1630户农户，其中水稻种植户1586户，玉米种植户{corn}户。"
    assert errors(text) == expected


@pytest.mark.parametrize("last, expected", [
    ("139.00", []),
    ("193.00", [("SUM001", "14,915.00万元")]),  # the list ends with 其他…: its parts must make the whole
])
def test_a_numbered_item_broken_down_by_uses_in_the_next_paragraph(last, expected):
    # "其中：" opening the paragraph after a numbered item breaks down that item's amount; every part says
    # what the money was used for (用于…: no qualifier making a sibling total), and 训练比赛场地 is no comparison
    text = ("(一)用于群众体育支出2,330.178万元。", "其中:用于援建公共体育场地和设施1,436.178万元;用于资助群众体育组织200.00万元;"
            "用于组织开展全民健身活动564.00万元;用于其他群众体育支出130.00万元。",
            "(二)用于竞技体育支出14,915.00万元。",
            "其中:用于举办或承办竞技体育赛事289.00万元;用于改善各级运动队训练比赛场地设施条件1,532.30万元;用于资助体育后备人才培养"
            f"48.00万元;用于支持运动队备战10,942.70万元;用于补充运动员保障支出1,964.00万元;用于其他奥运争光计划相关支出{last}万元。")
    assert errors(*text) == expected


@pytest.mark.parametrize("sluices, expected", [
    ("21", []),  # the 座 of the last ；-part are its own 88座's, not parts of the 5座 two parts before
    ("31", [("SUM001", "88座")]),
])
def test_a_list_of_another_kind_takes_its_total_from_its_own_part(tmp_path, sluices, expected):
    text = ("该项目更换管道1.86千米，配套建筑物5座；巷道硬化0.93千米，其中5米宽巷道0.19千米，4米宽巷道0.74千米；"
            f"安装排水管道2.66千米，配套建筑物88座，其中排水阀井{sluices}座、雨篦子66座、管道穿路1处。")
    assert _check(tmp_path, text) == expected


@pytest.mark.parametrize("business, expected", [
    ("14,694.4", []),  # parts without shares (theirs round to nothing) complete the list: no 100% sum of two
    ("14,964.4", [("SUM001", "43,665,710.31万元")]),
])
def test_shares_making_100_percent_leave_room_for_parts_without_shares(business, expected):
    text = ("教育部2024年度本年支出合计43,665,710.31万元。其中：基本支出25,851,686.15万元，占59.2%；"
            f"项目支出17,799,199.76万元，占40.8%；经营支出{business}万元，对附属单位补助支出130万元。")
    assert errors(text) == expected


@pytest.mark.parametrize("total, expected", [
    ("24901.77", []),
    ("24991.77", [("SUM001", "24991.77万元")]),  # 可用资金 is what the year has: the amounts before it add up to it
])
def test_what_the_year_has_to_spend_is_a_total_of_what_is_added(total, expected):
    text = f"全镇一般公共预算收入23173.15万元。加上上年结余1728.62万元，全年一般公共预算可用资金为{total}万元。"
    assert errors(text) == expected


@pytest.mark.parametrize("total, expected", [("139271.26", []), ("139371.26", [("SUM001", "139371.26万元")])])
def test_every_amount_before_jia_may_be_added_to(total, expected):
    text = (f"县本级财政收入11200万元，动用预算稳定调节基金828万元，加上级财政财力性补助收入127243.26万元，"
            f"可用财力为{total}万元。")
    assert errors(text) == expected


@pytest.mark.parametrize("left, expected", [("33320.84", []), ("33420.84", [("SUM001", "56867.53万元")])])
def test_what_is_still_not_done_after_its_amount_is_the_rest_of_the_whole(left, expected):
    text = (f"截至6月30日，2023年直达资金指标为56867.53万元，已支出23546.69万元，目前尚有{left}万元未支出，"
            "涉及单位及项目资金具体为：")
    assert errors(text) == expected


@pytest.mark.parametrize("other, expected", [("5700", []), ("5900", [("SUM001", "36,620万元")])])
def test_sources_of_funds_break_down_the_budget_before_them(other, expected):
    text = ("示范项目总预算36,620万元，经调整后资金的来源为：中央财政补助10,000万元，省级财政补助5,000万元，"
            f"地市财政补助15920万元，其他资金渠道{other}万元。")
    assert errors(text) == expected


@pytest.mark.parametrize("last, expected", [("9325", []), ("9335", [("SUM001", "127243.26万元")])])
def test_a_transfer_named_after_fiscal_capacity_is_a_part(last, expected):
    # 县级基本财力保障机制奖补资金 is a transfer named after 财力, not the fiscal capacity that ends a list
    text = ("一般性转移支付127243.26万元，其中：返还性收入1822万元，均衡性转移支付72267万元，县级基本财力保障机制奖补资金"
            "12992万元，企事业单位划转补助收入698万元，重点生态功能区转移支付12247.5万元，固定数额补助14596.6万元，"
            f"结算补助3295.16万元，其他转移支付{last}万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("debt", "expected"), [("52000万元", []), ("52000万元，收入总计503000万元", [])])
def test_an_enumeration_closed_by_he_ends_at_the_next_comma(debt, expected):
    # 310000 + 7000 + 200 + 33800 = 351000: 债务收入 stands beside the list, not in it; the closing total adds
    # the amounts before it but not the breakdown of one of them (100000 + 351000 + 52000 = 503000)
    text = ("全县一般公共预算收入100000万元。加上转移性收入351000万元，其中，上级补助收入310000万元、调入资金7000万元、"
            f"动用预算稳定调节基金200万元和上年结转结余收入33800万元，债务收入{debt}。")
    assert errors(text) == expected


def test_an_enumeration_without_a_closing_conjunction_goes_on_after_a_comma():
    # 基本工资, 绩效工资 and the comma-joined 医疗保险 are all parts: 600 + 620 + 150 + 70 = 1440 > 1400
    text = "工资福利支出1400万元，主要包括基本工资600万元、绩效工资620万元、养老保险缴费150万元，职工基本医疗保险缴费70万元。"
    assert errors(text) == [("SUM001", "1400万元")]


def test_the_parts_of_the_gross_amount_are_not_parts_of_the_net_one():
    # the bracket breaks down 资产总额 58000 (9000 + 49000), not 净资产 46000
    text = "中央行政事业性国有资产总额58000亿元，负债总额12000亿元，净资产46000亿元（行政单位资产9000亿元，事业单位资产49000亿元）。"
    assert errors(text) == []


@pytest.mark.parametrize(("bonds", "expected"), [("311000亿元", []), ("331000亿元", [("SUM001", "320000亿元")])])
def test_each_group_of_parts_between_semicolons_is_a_breakdown_of_its_own(bonds, expected):
    # by type 130000 + 190000 = 320000, by form 311000 + 9000 = 320000; 331000 + 9000 = 340000 > 320000
    text = f"全国地方政府债务余额320000亿元。其中，一般债务130000亿元，专项债务190000亿元；政府债券{bonds}，非政府债券形式存量政府债务9000亿元。"
    assert errors(text) == expected


@pytest.mark.parametrize(("up", "expected"), [("1700000万元", []), ("170000万元", [("SUM001", "4900000万元")])])
def test_what_a_list_of_sources_takes_off_is_subtracted(up, expected):
    # 5400000 − 1700000 = 3700000 ≤ 4900000 (the list goes on after 加上); 5400000 − 170000 = 5230000 > 4900000
    text = (f"2021年，我区一般公共预算当年财力4900000万元。当年财力来源于：一般公共预算收入5400000万元，减去对市的体制上解{up}，"
            "加上市体制补助420000万元。")
    assert errors(text) == expected


def test_a_whole_named_as_the_total_is_not_a_figure_of_another_topic_paragraph():
    # "占总支出" is of no total stated here: 一般性支出 of the bullet before is another topic
    assert errors("——强化收支管理。2021年一般性支出2800.00万元，比2020年压减60.00%。",
                  "——保障民生领域。全区投入十大民生领域资金270000万元，占总支出的73.11%。") == []


@pytest.mark.parametrize(("share", "expected"), [("9.76%", []), ("9.67%", [("PCT001", "9.67%")])])
def test_a_whole_named_as_the_total_is_the_amount_opening_the_items(share, expected):
    # 534.06 ÷ 5472.90 = 9.76%
    assert errors("全镇公共财政预算支出完成5472.90万元，主要预算项目执行情况如下：",
                  f"1、一般公共服务支出534.06万元，占总支出的{share}。") == expected


@pytest.mark.parametrize(("share", "expected"), [("40.0%", []), ("60.0%", [("PCT001", "60.0%")])])
def test_a_share_named_by_one_character_is_of_the_part_that_name_starts(share, expected):
    # 税占比 is 税收收入 over the total, 10000 ÷ 25000 = 40.0% (非税收入 is no 税)
    text = ("地方一般公共预算收入完成25000万元，同比增长12.0%。其中：税收收入完成10000万元，增长9.0%；"
            f"非税收入完成15000万元，增长14.0%，税占比为{share}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("hosting", "expected"), [("14.34亿元", []), ("15.34亿元", [("SUM001", "79.69亿元")])])
def test_an_amount_followed_by_zhong_opens_its_parts(hosting, expected):
    # "…预算79.69亿元中，…": the three items of 三公 make it up exactly, 21.36 + 43.99 + 14.34 = 79.69
    text = (f"2013年中央本级“三公”经费财政拨款预算79.69亿元中，因公出国（境）费21.36亿元，公务用车购置及运行费43.99亿元，"
            f"公务接待费{hosting}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("carried", "expected"), [("0.3亿元", []), ("0.8亿元", [("SUM001", "9.67亿元")])])
def test_a_transfer_spending_holds_what_is_carried_into_next_year(carried, expected):
    # 4.5 + 4.87 + 0.3 = 9.67; with 0.8 the parts exceed it
    text = ("全区一般公共预算支出16.67亿元；加上政府一般债务还本支出6.3亿元和转移性支出9.67亿元（其中：上解支出4.5亿元，"
            f"安排预算稳定调节基金4.87亿元，结转下年{carried}），支出合计32.64亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("budget", "expected"), [("100亿元", []), ("200亿元", [("SUM001", "1168.87亿元")])])
def test_a_list_of_parts_at_two_stages_adds_up_at_each(budget, expected):
    # budgets 1068.87 + 100 = 1168.87 (the list of the 决算 total holds the 决算 parts: 1024.85 + 86.88 = 1111.73)
    text = ("中央国有资本经营预算支出预算数为1168.87亿元，决算数为1111.73亿元，其中：中央本级支出预算数为1068.87亿元，"
            f"决算数为1024.85亿元；中央对地方转移支付预算数为{budget}，决算数为86.88亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("tax", "expected"), [("68661万元", []), ("86661万元", [("SUM001", "104185万元")])])
def test_a_second_qizhong_after_the_one_part_of_a_first_may_break_down_the_outer_total(tax, expected):
    # 68661 + 35524 + 46424 + 11863 = 162472 (the outer total); 86661 + … = 180472 exceeds both totals
    text = (f"全县财政总收入达到162472万元，同比增长7.78%，其中地方一般预算收入104185万元，同比增长11.69%，其中：税收收入{tax}，"
            "非税收入35524万元，上划中央财政收入46424万元，上划省级财政收入11863万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("total", "expected"), [("7451万元", []), ("7415万元", [("SUM001", "7415万元")])])
def test_a_whole_total_of_four_digits_over_parts_with_decimals_is_rounded(total, expected):
    # 7843.92 + 131.57 − 524.18 = 7451.31, which 7451 rounds; 7415 is no rounding of it
    text = (f"2021年医院发生总费用14.07亿元，同比增加{total}。其中：财政项目经费开支10582.09万元，同比减少524.18万元；"
            "科教资金开支222.41万元，同比增加131.57万元；自筹资金开支12.99亿元，同比增加7843.92万元。")
    assert errors(text) == expected


def test_a_total_named_by_its_flow_may_close_what_an_earlier_sentence_began():
    # 合计支出 adds 1504361 of the sentence before last too: no less than the sentence before's two
    text = ("全区一般公共预算支出合计1504361万元，为预算的94.2%。转移性支出1130639万元（其中：上解支出771390万元），"
            "一般债券还本支出210379万元。合计支出为2845379万元。")
    assert errors(text) == []


@pytest.mark.parametrize(("share", "expected"), [("74.12%", []), ("73.12%", [("PCT001", "73.12%")])])
def test_a_share_of_two_joined_things_is_of_their_sum(share, expected):
    # 670 ÷ (316 + 588) = 74.12%
    text = ("2020年安排专项扶贫资金2052.4万元，其中：中央资金316万元，省资金588万元，市级资金478.4万元，区级资金670万元，"
            f"区级资金投入占中央、省资金的{share}。")
    assert errors(text) == expected


def test_a_list_of_counts_whose_items_go_without_a_count_is_partial():
    # 15 + 8 + 1 = 24 of 28: 教育扶贫 and 贴息 have projects too, their count unsaid
    text = ("对接项目28个，对接资金2052.4万元。其中：基础设施类项目15个，投入资金918.3万元；产业扶贫类项目8个，投入资金1031.3万元；"
            "教育扶贫26.7万元、扶贫小额贷款贴息9.6万元，其他项目1个66.5万元。")
    assert errors(text) == []


def test_a_total_written_with_fewer_decimals_may_cut_its_parts_sum_off(tmp_path):
    # 373.9052 + 503.8417 = 877.7469, written 877.74 (cut off, not rounded): information, not an error
    path = tmp_path / "r.txt"
    path.write_text("某县民政局2022年度绩效自评报告\n月发低保金877.74万元，其中城市低保金373.9052万元，农村低保金503.8417万元。\n",
                    encoding="utf-8")
    assert [(f.rule, f.severity) for f in check_file(path).findings if f.rule == "SUM001"] == [("SUM001", "info")]


def test_an_item_with_a_change_word_inside_its_name_keeps_the_list_from_being_complete():
    # 0.54 is an item (…相应减少调出资金), not a change: the other parts alone fall short of 1.5, as an open list may
    text = ("纳入年初预算的项目未完全支出形成结余1.5亿元，主要包括：老旧小区更新改造0.23亿元，以奖代补专项资金0.14亿元，"
            "文化艺术专项0.1亿元，预留专项债券付息结余相应减少调出资金0.54亿元，其他未形成支出零星项目净结余0.49亿元。")
    assert errors(text) == []


@pytest.mark.parametrize(("zone", "expected"), [("1200万元", []), ("2200万元", [("SUM001", "60000万元")])])
def test_a_list_in_brackets_after_a_change_breaks_down_the_change(zone, expected):
    # 58800 + 1200 = 60000 (not parts of 开发区's 32200 in the bracket before)
    text = ("全旗一般公共预算收入安排290000万元（其中：旗本级257800万元，达拉特开发区32200万元），比人代会预算数增加60000万元"
            f"（其中：旗本级58800万元，开发区{zone}），增长26.1%。")
    assert errors(text) == expected


@pytest.mark.parametrize(("general", "expected"), [("18.25亿元", []), ("19.25亿元", [("SUM001", "49.35亿元")])])
def test_parts_named_with_the_wholes_qualifier_end_before_one_without_it(general, expected):
    # 新增… 18.25 + 31.1 = 49.35; 调整使用… 7.48 is a sibling of the total, not a part
    text = (f"2022年，全市地方政府新增债务限额为49.35亿元，其中：新增一般债务限额{general}，新增专项债务限额31.1亿元；"
            "调整使用专项债务限额7.48亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("share", "expected"), [("50.9%", []), ("59.0%", [("PCT001", "59.0%")])])
def test_a_share_of_the_whole_named_after_zai(share, expected):
    # 9987 ÷ 19617 = 50.91%
    text = f"一般公共预算收入19617万元，其中：非税收入9630万元；税收收入9987万元，税收收入在一般公共预算收入占比{share}。"
    assert errors(text) == expected


@pytest.mark.parametrize(("net", "expected"), [("7637亿元", []), ("7673亿元", [("SUM001", "9474.6亿元")])])
def test_a_balance_sheet_in_each_semicolon_part(net, expected):
    # 1143.8 + 3203.7 = 4347.5; 1837.6 + 7637 = 9474.6
    text = ("从单位性质看：行政单位资产总额4347.5亿元，负债总额1143.8亿元，净资产总额3203.7亿元；"
            f"事业单位资产总额9474.6亿元，负债总额1837.6亿元，净资产总额{net}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("net", "expected"), [("37.90亿元", []), ("39.70亿元", [("SUM001", "66.29亿元")])])
def test_the_changes_of_a_balance_sheet_add_up(net, expected):
    # 28.39 + 37.90 = 66.29 (and 743.21 + 359.44 = 1102.65)
    text = ("国有资产总额1102.65亿元，较上年增加66.29亿元；负债总额743.21亿元，较上年增加28.39亿元；"
            f"净资产359.44亿元，较上年增加{net}。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("rural", "expected"), [("13026人", []), ("13062人", [("SUM001", "25559人")])])
def test_a_list_of_households_and_people_goes_on_past_the_other_unit(rural, expected):
    # 12533 + 13026 = 25559 people, 6195 + 7840 = 14035 households; the money paid between is no end of it
    text = ("全市14035户25559人享受城乡低保，发放低保金4721万元，其中城市低保6195户12533人，发放低保金3277万元，"
            f"农村低保7840户{rural}，发放低保金1444万元。")
    assert errors(text) == expected


def test_a_change_of_people_in_brackets_lists_flows_both_ways():
    # 3 + 3 − 4 = 2: 退休 takes off; the parts are no list of 2人's that could only add up
    text = "年末实有人数49人，比上2022年末47人增加2人（其中：新入职在编3人、调入3人、退休4人）。"
    assert errors(text) == []


def test_an_amount_for_each_of_several_things_is_no_part():
    # 各1名 is per office: no list of 22名's parts that could be complete
    text = "学校设12个内设机构和内设机构领导职数22名（其中技能鉴定办、资助办各1名，其他内设机构正副职数各1名）。"
    assert errors(text) == []


@pytest.mark.parametrize(("first", "expected"), [("4A、3A各1个", []), ("5A景区3个、4A、3A各1个", [("SUM001", "2个")])])
def test_a_list_opened_by_an_amount_for_each_ends_at_a_semicolon(first, expected):
    # the 名镇, 基地 and 示范村 after ； are other attractions, not A级景区 (1 + 1 + 14 is no part of 2);
    # a part larger than its total is still shown (3 > 2)
    text = f"年末全县共有A级景区2个，其中{first}；省级文化旅游名镇1个，工业旅游示范基地1个，乡村旅游示范村14个。"
    assert errors(text) == expected


def test_posts_authorised_and_people_there_are_two_measures():
    # 实有在职人员3人 is no part of the 4 posts
    assert errors("编制人数4人，其中事业编制4人；实有在职人员3人，离退休0人。") == []


@pytest.mark.parametrize(("share", "expected"), [("78.72%", []), ("87.72%", [("PCT001", "87.72%")])])
def test_a_share_of_the_decrease_is_over_the_wholes_change(share, expected):
    # 1237.52 ÷ 1572.07 = 78.72%
    text = ("收支较上年决算数减少1,572.07万元、下降23.1%，主要原因是节能环保支出减少1237.52万元，"
            f"占减少的{share}，农林水支出减少390.36万元，占减少的24.83%。")
    assert [e for e in errors(text) if e[0] == "PCT001"] == expected


def test_a_share_after_a_clause_of_its_own_is_not_of_the_figure_before():
    # 占馆藏86% is what the digitised archives are of the collection, not 380万元 of anything
    assert errors("我馆馆藏档案数字化项目总经费需800万元，截止2013年已安排项目经费380万元，目前已完成现行档案的数字化加工，"
                  "占馆藏86%，还剩余4082卷未加工。") == []


def test_a_whole_named_at_length_is_no_carry_over_of_its_funds():
    # 财政支农资金投入总额 is not stated; 3.45亿元 is a carry-over of those funds
    assert errors("46个县两年财政支农资金结转分别为3.45亿元和5.74亿元。",
                  "三是50个县挤占挪用财政支农资金4.95亿元，主要用于平衡财政预算，占财政支农资金投入总额的10%。") == []


@pytest.mark.parametrize(("equity", "expected"), [("572.96亿元", []), ("527.96亿元", [("SUM001", "1560.52亿元")])])
def test_owners_equity_is_the_net_assets_and_the_parents_share_a_part(equity, expected):
    # 987.56 + 572.96 = 1560.52; 归属于母公司的净资产 is part of the equity
    text = (f"资产总额1560.52亿元，较年初增长7.50%；负债总额987.56亿元，较年初增长9.72%；所有者权益{equity}，"
            "较年初增长3.88%；归属于母公司的净资产544.82亿元，较年初增长4.12%。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


def test_a_bracket_telling_how_the_amount_came_about_is_no_breakdown():
    # 年初预算数1,984.38 and 追加到9,564.38 explain the budget; a part of 0 beside the total is still a breakdown (and
    # the identity of 公务用车购置及运行维护费 still holds it to its two parts)
    assert errors("2012年“三公经费”支出数为2,574.69万元，预算数为9,564.38万元（年初预算数1,984.38万元，"
                  "由于机构调整追加到9,564.38万元）。") == []
    assert errors("公务用车购置及运行维护费5.5万元（公务用车购置费0万元、公务用车运行维护费5.5万元）。") == []
    assert errors("公务用车购置及运行维护费5.5万元（公务用车购置费0.5万元、公务用车运行维护费5.5万元）。") == [("SUM002", "5.5万元")]


def test_a_total_named_with_zongshu_is_not_a_count_of_another_paragraph():
    # 博物馆总数 is not stated; 1094个 of the paragraph before counts art galleries
    assert errors("中央财政下达公益性文化设施免费开放补助资金51.15亿元，支持全国1849个博物馆和1094个市级美术馆。",
                  "全国共有3102个博物馆实行免费开放，占博物馆总数的80%以上。") == []


@pytest.mark.parametrize(("total", "expected"), [("173.49亿元", []), ("137.49亿元", [("SUM001", "137.49亿元")])])
def test_what_jia_adds_to_may_be_the_last_amount_of_the_sentence_before(total, expected):
    # 151.4 + 19.41 + 2.68 = 173.49: the 财力 closing the sentence before, not its first amount
    text = ("经批准调入预算稳定调节基金7亿元和政府性基金10亿元，扣减用于偿还一般债券本金1亿元，当年本级一般公共预算财力151.4亿元。"
            f"加上上级转移支付收入19.41亿元和新增地方政府一般债务转贷收入2.68亿元，年度可用财力{total}。")
    assert errors(text) == expected


def test_shares_of_parts_of_a_total_stated_as_a_share_are_of_the_unstated_whole():
    # 29 of 66 (68 − 2) is 43.9%; its parts' shares are of 66 too, not of 29; 另外 sets 10 beside the list
    text = ("在68个公募基金会当中，除去2个新近成立的基金会，只有29个（占43.9%）达到上述要求，其中19个（占28.7%）"
            "公益事业支出低于上一年总收入的70%，另外有10个（占15.1%）用于公益事业的支出低于上一年总收入的70%。")
    assert errors(text) == []


def test_an_amount_over_the_years_is_no_part_of_the_years_total():
    # 683万元 is cumulative: 81 + 12 + 5 = 98 ≤ 158
    assert errors("全年共捐款158万元，其中“顺其自然”81万元，累计达到683万元；“无名氏”两次捐款12万元；“吴明”捐款5万元。") == []


def test_qizhong_after_a_verb_is_no_list_marker():
    # "抽查其中143个": of those 226, 143 were checked; 67 and 76 break the 143 down, not the 226
    assert errors("调整容积率土地项目达到226个，审计抽查其中143个，发现有67个应补缴土地价款，其余76个未办理手续。") == []


def test_a_whole_named_between_an_amount_and_the_marker_is_what_the_list_breaks_down():
    # the list is of the 调查队, which the text gives no number; not of the 8 units before 以及
    assert errors("国家统计局所属机构包括本级和8个财政补助事业单位以及各级调查队，其中，省级调查总队32个，"
                  "副省级调查队15个，地市级调查队333个，县级调查队887个。") == []


@pytest.mark.parametrize(("second", "expected"), [("3万元", []), ("13万元", [("SUM001", "24万元")])])
def test_a_list_whose_items_are_numbered_goes_on_over_its_numbers(second, expected):
    # 21 + 3 = 24: "其中：1、…21万元…；2、…3万元" — the next number is the next part, not the list's end
    text = (f"2022年省级残疾人康复资金24万元，其中：1、一般公共预算资金21万元，支出列相关科目；2、省级彩票公益金{second}，"
            "支出列相关科目。")
    assert errors(text) == expected


def test_a_colon_after_goucheng_opens_a_list():
    # "…由3个部分构成：一是…a；二是…b；三是…c" lists the parts of the total before it: 1279 + 157 + 114 = 1550 > 1500
    assert errors("一般公共预算财政支出1500万元由3个部分构成：一是一般公共服务支出1279万元；二是公共安全支出157万元；"
                  "三是文化体育与传媒支出114万元。") == [("SUM001", "1500万元")]


def test_an_amount_stated_as_a_share_of_a_whole_is_no_base_of_that_whole():
    # 1044.49 is itself 69.20% of 捐赠总量: no base of the other part's share of 总量 (464.95 ÷ 1509.44 = 30.80%)
    assert errors("2019年度，现金捐赠总量达1044.49亿元，同比增长3.64%，占捐赠总量的69.20%。",
                  "2019年全国物资捐赠也有所增加，总额达464.95亿元，同比增长7.80%，占总量的30.80%。") == []


@pytest.mark.parametrize(("house", "expected"), [("150亿元", []), ("275亿元", [("SUM001", "280亿元")])])
def test_an_item_written_with_its_share_like_the_total_ends_the_totals_list(house, expected):
    # 在建工程 200, 占25.0%, is the sibling of 固定资产 280, 占35.0%: the list of 280 is 房屋 + 车辆 only,
    # and 从资产构成看 opens the outer list, not the one inside 固定资产 (so it is partial): 150 + 9 ≤ 280 < 275 + 9
    text = ("从资产构成看，流动资产320亿元，占全部资产的40.0%；固定资产280亿元，占35.0%，其中：房屋面积1500万平方米、"
            f"价值{house}，车辆8000台、价值9亿元；在建工程200亿元，占25.0%。")
    assert errors(text) == expected


def test_a_list_after_a_count_and_a_colon_lists_the_things_counted():
    # the villages' amounts are no parts of 乙镇's 60万元 before the count 4个
    assert errors("下达奖补资金300万元。其中：先进乡镇2个：甲镇60万元、乙镇60万元；示范村4个：丙村50万元、丁村40万元、"
                  "戊村45万元、己村45万元。") == []


def test_a_total_that_goes_on_to_an_enumeration_closes_nothing():
    # 共计…960.5万元、…42万元 lists two amounts; it is no total of the loans and the interest before it
    assert errors("新发放创业担保贷款3200万元，财政贴息285.60万元，比上年增长63.20万元。共计拨付上级涉企项目资金960.5万元、"
                  "县级涉企项目资金42万元。") == []


def test_a_list_cut_after_its_last_semicolon_is_partial():
    # the page ends inside a third item's name: 其他收入 was not the last part, and 4300 + 600 < 5200 says nothing wrong
    assert errors("收入预算总额为5200.00万元。其中：财政拨款收入4300.00万元；其他收入600.00万元；上年结") == []


@pytest.mark.parametrize(("local", "expected"), [("16.20亿元", []), ("22.20亿元", [("SUM001", "20.50亿元")])])
def test_a_part_that_an_identity_puts_inside_an_earlier_part_is_not_beside_it(local, expected):
    # 税收收入 is part of 一般公共预算收入: 16.20 alone is held to 20.50, not 16.20 + 11.40
    text = f"全年一般公共预算总收入20.50亿元。其中：地方一般公共预算收入{local}，增长8.1%；地方税收收入11.40亿元，增长9.0%。"
    assert errors(text) == expected


def test_a_part_opening_with_the_wholes_period_word_begins_a_new_statement(tmp_path):
    # 全年棉花产量 and what follows are no grain: 58.10 ≤ 62.40 (tons: the figure recogniser reads 万吨 and 吨)
    assert _check(tmp_path, "全年粮食总产量62.40万吨，比上年减少0.5万吨。其中，稻谷产量58.10万吨，下降1.0%；全年棉花产量4436吨，"
                  "增长5.9%；油料产量74697吨，增长4.7%。") == []


def test_an_amount_set_beside_the_list_after_cixi_is_no_part():
    # 此外 sets the carry-over beside the list: 财政拨款收入 alone makes 收入合计
    assert errors("2019年度收入合计2,020.55万元，较上年决算数增加275.83万元。其中：财政拨款收入2,020.55万元，占100.0%；"
                  "此外，年初结转和结余34.78万元。") == []


def test_a_change_given_as_a_reason_is_no_total_of_the_list_after_it(tmp_path):
    # the text lacks a full stop after 34.15万元 (and 与 before 2023年度): the 其中 list breaks down 支出合计, not the
    # reason's change
    assert _check(tmp_path, "2024年度支出合计2543.8万元，2023年度相比，减少40.23万元，下降1.56%主要原因是基本支出减少6.08万元，"
                  "项目支出减少34.15万元其中：基本支出2174.32万元，占85.48%；项目支出369.48万元，占14.52%；经营支出0万元，"
                  "占0.00%。") == []


@pytest.mark.parametrize(("outer", "expected"), [("208852万元", []), ("188852万元", [("SUM001", "20707万元")])])
def test_a_second_list_opening_its_sentence_may_go_on_with_parts_of_the_total_before(outer, expected):
    # 8059 + 12648 = 20707 (一般预算收入); 20707 + 147757 + 37400 + 2594 + 394 = 208852 (总收入); with 188852 no
    # reading holds, and the finding is the inner list's
    text = (f"2021年，一般公共预算总收入预计完成{outer}。其中：一般预算收入完成20707万元，完成预算的104.95%，其中：税收收入"
            "8059万元，非税收入12648万元，上级补助收入147757万元，地方政府一般债券转贷收入37400万元；调入预算稳定调节基金2594万元；"
            "上年结余收入394万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("third", "expected"), [("3.02亿元", []), ("3.62亿元", [("SUM001", "10.77亿元")])])
def test_a_parts_detail_may_go_on_past_a_semicolon_when_it_adds_up_to_the_part(third, expected):
    # 0.75 + 6.95 + 3.02 = 10.72: the items after 主要为 are 一般公共转移支付补助收入's, not more parts of 10.77
    text = (f"2019年，我区转移性补助收入10.77亿元，其中：一般公共转移支付补助收入10.72亿元，主要为税收返还收入0.75亿元；"
            f"一般性转移支付收入6.95亿元；专项转移收入{third}。")
    assert errors(text) == expected


@pytest.mark.parametrize(("project", "expected"), [("74万元", []), ("64万元", [("SUM001", "357.81万元"), ("SUM001", "64万元")])])
def test_a_complete_list_may_go_on_with_a_part_that_has_parts_of_its_own(project, expected):
    # 213.89 + 22.3 + 25.62 + 22 + 74 = 357.81; 项目支出 opens a list of its own and is still a part (64 is short
    # of 357.81, and of its own parts too)
    text = ("2017年部门预算总支出357.81万元。按支出功能分类：工资福利支出213.89万元；商品和服务支出22.3万元；对个人和家庭补助"
            f"支出25.62万元；不可预见费22万元；项目支出{project}，其中五项经费28万元，教学业务支出成本核算46万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("nontax", "expected"), [("20000万元", []), ("21000万元", [("SUM001", "272500万元")])])
def test_parts_given_at_both_budgets_add_up_at_the_budget_their_total_names(nontax, expected):
    # 252500 + 20000 = 272500 (调整预算); the 年初预算 amounts 251200 and 5000 are the other budget's
    text = ("2023年度全区完成财政收入272807万元，完成调整预算272500万元的100.1%，其中税收收入完成251767万元，完成年初预算"
            f"251200万元的100.2%，完成调整预算252500万元的99.7%；非税收入完成21040万元，完成年初预算5000万元的420.8%，完成调整预算"
            f"{nontax}的105.2%。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("transfers", "expected"), [("658181万元", []), ("668181万元", [("SUM001", "2651405万元")])])
def test_what_is_added_to_is_the_value_adjusted_to(transfers, expected):
    # 1993224 + 658181 = 2651405: the value the budget was adjusted to, not the one it was adjusted from
    text = ("全区一般公共预算收入由2050000万元调整为1993224万元，其中本级1197000万元，开发区796224万元；加上转移性收入"
            f"{transfers}后，全区一般公共预算可用资金为2651405万元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


def test_a_partition_opening_its_paragraph_may_break_down_an_earlier_amount_it_makes_exactly():
    # 51222 + 25378 + 36632 = 113232 (全县入库), not 97164 (县本级), the amount right before
    assert errors("2017年上半年，全县入库财政收入113232万元，比上年同期增收513万元。",
                  "县本级财政收入97164万元，比上年同期增收2288万元。",
                  "按征收部门划分：国税部门组织收入51222万元；地税部门组织收入25378万元；财政部门组织收入36632万元。") == []


def test_a_part_stated_again_on_another_basis_is_no_second_part(tmp_path):
    # 同口径税收收入 leaves some taxes out: it is 税收收入 again, not a part beside it
    assert _check(tmp_path, "2016年各项收入累计77.48亿元，增收15.09亿元。其中，税收收入累计75.15亿元，增收15.37亿元；同口径税收收入"
                  "（剔除四大行业后）累计60.68亿元，增收0.9亿元。") == []


def test_a_class_named_with_its_stage_is_still_a_class():
    # the classes make 430.31; 群众文化支出 is an item inside 文化旅游体育与传媒支出
    assert errors("2025年年初预算数430.31万元，其中：文化旅游体育与传媒支出支出预算286.85万元，群众文化支出预算286.85万元，"
                  "社会保障和就业支出预算107.16万元，卫生健康支出预算19.57万元，住房保障支出预算16.73万元。") == []


def test_a_list_that_skips_an_item_counted_in_another_unit_is_partial(tmp_path):
    # 门诊2所 is one of the 科室 too: the 个 items alone make 17 of 19
    assert _check(tmp_path, "现设置业务科室19个，其中门诊2所，精神科病区7个，中西医结合科1个，中医康复科1个，医学心理科1个，心身疾病科"
                  "1个，睡眠医学科1个，医技及其他辅助科室5个。") == []


@pytest.mark.parametrize(("other", "expected"), [("1辆", []), ("2辆", [("SUM001", "4辆")])])
def test_the_total_named_again_after_qizhong_is_no_part_and_zhanju_is_a_part(tmp_path, other, expected):
    # "这4辆" is the total again; "占据3辆" is a part (占据 is no share): 3 + 1 = 4
    assert _check(tmp_path, f"截至2024年12月底，所属各预算单位车辆一共仅有4辆。其中，这4辆公车中机要通信用车占据3辆、其他用车{other}。") == expected


@pytest.mark.parametrize(("other", "retired", "expected"), [
    ("7", "0", []),
    ("8", "0", [("SUM001", "7辆")]),
    # vehicles of retired cadres are vehicles the unit has (not staff who left, counted beside the staff)
    ("7", "1", [("SUM001", "7辆")]),
])
def test_a_vehicle_list_is_read_whole(tmp_path, other, retired, expected):
    # 主要领导干部用车 is a class of vehicles, not "mainly" a detail of the class before it
    body = ("截至2024年12月31日，本单位共有车辆7辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、"
            f"执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车{retired}辆、其他用车{other}辆；单价100万元（含）以上设备0台（套）。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("fuzhou", "expected"), [("9.55", []), ("9.65", [("SUM001", "10.89万元")])])
def test_an_amount_opening_its_semicolon_part_is_another_use_of_the_whole(tmp_path, fuzhou, expected):
    # 9.55 + 1.34 = 10.89; the 109.11 carried over is the rest of the project's 120, not a third part
    body = ("残疾孤儿手术康复明天计划项目120万元。安排10.89万元用于部分县（市、区）结算残疾孤儿手术费用，"
            f"其中：福州{fuzhou}万元、宁德1.34万元；109.11万元结转到2019年度继续使用。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("total", "expected"), [("收入合计", []), ("收入总计", [("SUM001", "3,725.11万元")])])
def test_a_years_income_total_holds_no_carry_over(tmp_path, total, expected):
    # 收入合计 is this year's income; 年初结转和结余 stands beside it (a 收入总计 would hold it)
    body = (f"2019年度{total}3,725.11万元，较上年决算数减少991.23万元。其中：财政拨款收入3,725.11万元，占100.00%；"
            "年初结转和结余43.76万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("opener", "expected"), [("地方留成公益金", []), ("统筹资金", [("SUM001", "13676.82万元")])])
def test_a_colon_list_breaks_down_the_amount_its_opening_words_name(tmp_path, opener, expected):
    # the four shares make 104,165.52, within the 117,842.35 kept locally (not the 13,676.82 just before)
    body = ("共筹集福利彩票公益金231057.28万元。上缴中央113214.92万元，地方留成117842.35万元。按要求统筹资金13676.82万元。"
            f"根据有关规定，拟对2017年度{opener}分配如下：省残联分成4376.58万元；省本级留成35231.50万元；专项公益金15099.22万元；"
            "州（市）分成49458.22万元。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("last", "expected"), [("64万元", []), ("74万元", [("SUM001", "591万元")])])
def test_named_items_written_in_bare_wan_are_money_in_a_money_list(tmp_path, last, expected):
    # 167 + 250 + 50 + 60 + 74 = 601 exceeds 591 only with the 60万 of the 公墓: each item of the list is money
    body = ("2019年下达社会公益类项目591万元（农村互助幸福院项目167万元、社区服务体系建设项目250万元、殡仪馆设备购置50万、"
            f"农村公益性公墓建设60万、购买社会组织服务项目{last}）。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("net", "expected"), [("279.10", []), ("297.10", [("SUM001", "905.20亿元")])])
def test_a_balance_sheet_whose_net_assets_are_named_twice(net, expected):
    # 626.10 + 279.10 = 905.20: 净资产(所有者权益) is one amount named two ways
    text = (f"国有资产总额905.20亿元，较上年增长35.05%；负债总额626.10亿元，较上年增长16.79%；净资产（所有者权益）{net}亿元。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("own", "expected"), [("258.80", []), ("268.80", [("SUM001", "711.63亿元")])])
def test_a_balance_sheet_passes_over_a_listed_part_of_the_net_assets(own, expected):
    # 452.82 + 258.80 = 711.62 ≈ 711.63; the 255.85 of the parent company is inside the 258.80
    text = (f"国有企业资产总额711.63亿元，同比上升5.74%；负债总额452.82亿元，同比上升7.03%；所有者权益{own}亿元，"
            "同比上升3.55%；其中归属于母公司所有者权益255.85亿元，同比上升4.53%。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


@pytest.mark.parametrize(("ratio", "average", "expected"), [
    ("63.63%", "", []),
    ("36.63%", "", [("PCT001", "36.63%")]),  # 452.82 ÷ 711.63 = 63.63%
    ("36.63%", "平均", []),  # an average of the enterprises' ratios need not be the whole's
])
def test_a_debt_ratio_is_the_liabilities_over_the_assets(ratio, average, expected):
    paragraph = ("国有企业资产总额711.63亿元，同比上升5.74%；负债总额452.82亿元，同比上升7.03%；所有者权益258.80亿元。"
                 f"全区国有企业{average}资产负债率{ratio}，同比上升0.76个百分点。")
    assert [e for e in errors(paragraph) if e[0] == "PCT001"] == expected


@pytest.mark.parametrize(("car", "expected"), [("5837.4万元", []), ("29.93亿元", [("SUM001", "26.93亿元")])])
def test_an_item_beside_a_use_that_exceeds_the_total_is_no_part(car, expected):
    # the problem funds of other kinds after ； are each larger than the 26.93 misused: beside it, not in it
    text = (f"审计调查发现，有关部门违规使用资金26.93亿元，其中用于建房买车{car}；不规范管理资金45.75亿元；"
            "配套资金不到位65.97亿元。")
    assert errors(text) == expected


@pytest.mark.parametrize(("rice", "expected"), [("78060", []), ("88060", [("SUM001", "85760亩")])])
def test_a_list_ends_at_a_class_its_whole_does_not_hold(rice, expected):
    # oil crops, cotton and vegetables are no grain: only 稻谷 is a part of the grain's sown area
    text = (f"全年粮食播种面积85760亩，增加90亩，增长0.1%。其中稻谷播种面积{rice}亩，减少240亩；"
            "油料播种面积44860亩，增加190亩；棉花播种面积3690亩；蔬菜播种面积6470亩。")
    assert [e for e in errors(text) if e[0] == "SUM001"] == expected


# --------------------------------------------------------------------------- twentieth round of held-out pages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partial list whose sum rounds just below its total (2513.08 < 2513.10: the intervals only touch)
        ("金融机构各项贷款余额2513.10亿元，比年初增加439.65亿元，其中住户贷款余额为1217.29亿元；非金融企业及机关团体贷款余额为"
         "1273.27亿元；非银行业金融机构贷款22.52亿元。", []),
        ("金融机构各项贷款余额2513.10亿元，比年初增加439.65亿元，其中住户贷款余额为1217.29亿元；非金融企业及机关团体贷款余额为"
         "1273.27亿元；非银行业金融机构贷款22.56亿元。", [("SUM001", "2513.10亿元")]),
        # a part the words before it put inside an earlier part
        ("各项贷款余额1662.8亿元，其中，短期贷款705.4亿元；中长期贷款935.7亿元，中长期贷款中个人消费贷款414.2亿元。", []),
        ("各项贷款余额1662.8亿元，其中，短期贷款705.4亿元；中长期贷款1035.7亿元，中长期贷款中个人消费贷款414.2亿元。",
         [("SUM001", "1662.8亿元")]),
        ("教育部支出合计3326亿元，其中教育支出3095亿元，高等教育在教育支出中占比最大，为2827亿元。", []),
        # members of the total picked by what they did overlap; a count of another noun is none of them
        ("102个部门全部说明了压减支出情况，其中，有81个部门公开了104个项目的项目文本；有99个部门公开了128个项目的绩效目标表。", []),
        ("102个部门全部说明了压减支出情况，其中，有81个部门公开了104个项目的项目文本；有109个部门公开了128个项目的绩效目标表。",
         [("SUM001", "102个")]),
        # one part after a list of amounts may be of the whole list
        ("下达资金主要包括防灾减灾资金3400万元、农业救灾资金1600万元、水利救灾资金1000万元，其中2010万元重点支持受灾严重县区。", []),
        ("下达资金主要包括防灾减灾资金3400万元、农业救灾资金1600万元、水利救灾资金1000万元，其中6010万元重点支持受灾严重县区。",
         [("SUM001", "1000万元")]),
        # a 加 sum closed by 共计: a spending total after it adds up no income
        ("本年收入合计158.63亿元，加上年初结转和结余2.09亿元，共计160.72亿元；本年支出合计158.48亿元（其中：基本支出29.03亿元，"
         "项目支出129.45亿元），年末结转和结余2.24亿元。", []),
        # a yearly average is no part ("2022年均衡性转移支付" names no average)
        ("全镇财政总收入4.55亿元，其中2020年税收收入达到3.54亿元；全镇地方公共财政预算收入年均达3.35亿元。", []),
        ("下达2022年均衡性转移支付资金1946.37亿元，加上此前已下达资金18832.63亿元，转移支付总额达20779亿元。", []),
        ("下达2022年均衡性转移支付资金1946.37亿元，加上此前已下达资金18832.63亿元，转移支付总额达20789亿元。",
         [("SUM001", "20789亿元")]),
    ],
)
def test_lists_of_the_twentieth_round(text, expected):
    assert errors(text) == expected


# --------------------------------------------------------------------------- twenty-third round of unseen reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 其中 list is of this year's amount, not of last year's written inline after 与
        ("一般公共预算收入89818万元，与2022年82956万元同比增长8.3%，其中：税收收入69581万元（占比77.5%），非税收入20237万元"
         "（占比22.5%）。", []),
        ("一般公共预算收入89818万元，与2022年82956万元同比增长8.3%，其中：税收收入79581万元（占比77.5%），非税收入20237万元"
         "（占比22.5%）。", [("SUM001", "89818万元"), ("PCT001", "77.5%")]),
        # the total named again as what the part is among (74个县中) is no part
        ("全区74个县非税收入22.10亿元，其中74个县中非税占比超40%的县达36个。", []),
        ("全区74个县非税收入22.10亿元，其中74个县中非税占比超40%的县达86个。", [("SUM001", "74个")]),
        # parts making the total exactly are a second partition of it (b + c = T)
        ("全国发行销售彩票4220.53亿元。其中，乐透数字型彩票2273.37亿元，占彩票销售总量的53.8%，福利彩票机构和体育彩票机构"
         "发行销售量分别达到1912.38亿元和2308.15亿元。", []),
        ("全国发行销售彩票4220.53亿元。其中，乐透数字型彩票2273.37亿元，占彩票销售总量的53.8%，福利彩票机构和体育彩票机构"
         "发行销售量分别达到1912.38亿元和2398.15亿元。", [("SUM001", "4220.53亿元")]),
        ("全市完成一般公共预算收入217.8亿元。其中：地方财政收入133.6亿元；总税收收入和地方税收收入分别完成174.8亿元、90.6亿元；"
         "非税收入完成43.02亿元。", []),
        # (round amounts add up by chance: 600 + 400 = 1000 proves no second partition)
        ("税收收入1,000万元，其中增值税600万元，契税100万元，耕地占用税400万元。", [("SUM001", "1,000万元")]),
        # a figure said before the total and named again at the end of its list is its sibling
        ("人员编制总数95名，其中：行政编制0名，全额事业编制95名，聘用教师控制数4人。其中，在职在编人员91人，包括：行政在职在编人员"
         "0人、全额事业在职在编91人，聘用教师控制数4人。", []),
        ("人员编制总数95名，其中：行政编制0名，全额事业编制95名，聘用教师控制数4人。其中，在职在编人员91人，包括：行政在职在编人员"
         "0人、全额事业在职在编93人，聘用教师控制数4人。", [("SUM001", "91人")]),
    ],
)
def test_lists_of_the_twenty_third_round(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年，上级下达我区转移支付收入32.15亿元。一是返还性收入2.43亿元。二是一般性转移支付收入29.72亿元，其中均衡性转移支付"
         "10.5亿元。", []),
        ("2024年，上级下达我区转移支付收入32.15亿元。一是返还性收入2.43亿元。二是一般性转移支付收入39.72亿元，其中均衡性转移支付"
         "10.5亿元。", [("SUM001", "32.15亿元")]),
        ("2016年，市本级体育彩票公益金决算支出10001.32万元。具体包括：一是用于群众体育8275.93万元，其中用于场馆建设5048.40万元。"
         "二是用于竞技体育2725.39万元。", [("SUM001", "10001.32万元")]),
        ("中央下拨福彩公益金3727万元。其中：1、自治区下拨627万元支持老年人福利类项目。2、中央专项彩票公益金3900万元用于养老。",
         [("SUM001", "3727万元")]),
        # an item whose amount does not open its sentence ends the list: 三是 states what was done, no part
        ("2024年，上级下达我区转移支付收入32.15亿元。一是返还性收入2.43亿元。二是一般性转移支付收入29.72亿元。三是加强管理，"
         "节约资金45.00亿元。", []),
    ],
)
def test_sentences_opening_with_ordinals_break_down_the_amount_before(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("total", "expected"), [("3230239万元", []), ("3230339万元", [("SUM001", "3230339万元")])])
def test_a_sentence_counting_the_items_it_adds_up_closes_the_amounts_before(total, expected):
    # 两项合计 adds up the last two amounts of its paragraph, each in a sentence of its own: 1516394 + 1713845
    text = ("2008年筹集的彩票公益金，中央与地方当年分别收缴入库1516394万元。此外，中央集中的彩票公益金收入，还包括从中央财政专户"
            f"转入的2007年筹集的1713845万元。两项合计，2008年中央集中分配的彩票公益金为{total}。")
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a balance at the year's end after ；, named as its whole is, is a new statement
        ("年末金融机构各项存款余额266.89亿元，其中住户存款余额209.29亿元；年末金融机构各项贷款余额140.92亿元。", []),
        ("年末金融机构各项存款余额266.89亿元，其中住户存款余额209.29亿元，企业存款余额140.92亿元。", [("SUM001", "266.89亿元")]),
        # a total of its own (林业总产值, as 蔬菜总产量 after 油料产量) ends the list
        ("种植业产值14.5亿元，其中粮食产值11.1亿元；林业总产值49.9亿元。", []),
        ("种植业产值14.5亿元，其中粮食产值11.1亿元；林业产值4.9亿元。", [("SUM001", "14.5亿元")]),
        # an aggregate (民生支出) beside the classes inside it: the classes are a partial reading
        ("一般公共预算支出29.92亿元。其中：民生支出24.15亿元，卫生健康支出2.52亿元，教育支出6.73亿元。", []),
        ("一般公共预算支出29.92亿元。其中：民生支出24.15亿元，卫生健康支出12.52亿元，教育支出26.73亿元。",
         [("SUM001", "29.92亿元")]),
    ],
)
def test_lists_of_the_twenty_fourth_round(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 过30亿元的 is a class of counties, not an amount
        ("全省收入过10亿元的县达到124个，其中收入过30亿元的52个，过50亿元的27个，过100亿元的6个。", []),
        # the amount the words before 加 name is of the stage that closes the year
        ("本级支出年初预算数为48.9亿元，调整预算数为63.5亿元，决算数为64.1亿元。本级支出加上解支出1.2亿元、调出资金0.4亿元、"
         "安排预算稳定调节基金2.4亿元、结转下年3.8亿元，支出总计71.9亿元。", []),
        ("本级支出年初预算数为48.9亿元，调整预算数为63.5亿元，决算数为64.1亿元。本级支出加上解支出1.2亿元、调出资金0.4亿元、"
         "安排预算稳定调节基金2.4亿元、结转下年3.8亿元，支出总计75.9亿元。", [("SUM001", "75.9亿元")]),
    ],
)
def test_lists_of_the_twenty_fifth_round(text, expected):
    assert errors(text) == expected


def test_an_item_of_the_total_s_own_series_after_a_semicolon_is_its_sibling():
    # 再就业1.45万人 is one item of a ；-series, each with 完成全年任务p%: 转移就业 after ； is no part of it
    text = ("城镇新增就业28500人，完成全年任务118.53%；城镇下岗失业人员再就业14500人，完成全年任务120.96%，其中城镇就业困难人员"
            "再就业4589人，完成全年任务114.73%；新增农村富余劳动力转移就业51600人，完成全年任务114.65%。")
    assert errors(text) == []


def test_a_part_after_a_semicolon_still_counts_when_no_series_holds_the_total():
    # the total is the first item: nothing before it has the rate, so 转移就业 is read as the next part (4589 + 51600 > 14500)
    text = ("城镇下岗失业人员再就业14500人，完成全年任务120.96%，其中城镇就业困难人员再就业4589人，完成全年任务114.73%；"
            "农村转移就业51600人，完成全年任务114.65%。")
    assert errors(text) == [("SUM001", "14500人")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government's sources closed by 收入总量 (8000 + 4500 + 1200 + 300 = 14000), its uses by 支出总量
        ("全县一般公共预算收入8000万元，上级补助收入4500万元，债务转贷收入1200万元，调入资金300万元，"
         "全县可安排使用的收入总量为14000万元。", []),
        ("全县一般公共预算收入8000万元，上级补助收入4500万元，债务转贷收入1200万元，调入资金300万元，"
         "全县可安排使用的收入总量为14300万元。", [("SUM001", "14300万元")]),
        ("一般公共预算支出12500万元，上解支出600万元，债务还本支出700万元，支出总量为13800万元。", []),
        ("一般公共预算支出12500万元，上解支出600万元，债务还本支出700万元，支出总量为13600万元。",
         [("SUM001", "13600万元")]),
        # what the amounts build (构成): 472.03 + 35639.69 + 1189.57 + 177.76 = 37479.05
        ("土地有偿使用费收入472.03亿元、出让金收入35639.69亿元、收益基金收入1189.57亿元、开发资金收入177.76亿元，"
         "构成国有土地使用权出让收入37479.05亿元。", []),
        ("土地有偿使用费收入472.03亿元、出让金收入35639.69亿元、收益基金收入1189.57亿元、开发资金收入177.76亿元，"
         "构成国有土地使用权出让收入37497.05亿元。", [("SUM001", "37497.05亿元")]),
        # 共 after 加上 closes the amount before 加上 and what it adds: 943504 + 251617 = 1195121
        ("分配给社会保障基金1887009万元；分配给专项公益金943504万元，加上以前年度结转的251617万元，共1195121万元。", []),
        ("分配给社会保障基金1887009万元；分配给专项公益金943504万元，加上以前年度结转的251617万元，共1196121万元。",
         [("SUM001", "1196121万元")]),
        # the spending 加 adds to is named, and the sentence before is all income: none of its amounts
        ("一般公共预算收入243500万元，加上转移支付等500516万元，预计总财力744016万元。"
         "一般公共预算支出，加上上解上级支出等62580万元，支出共计744016万元。", []),
        # what is set aside (安排预算稳定调节基金) is a use: 719918 − 630072 − 37508 − 3987 − 999 = 47352
        ("一般公共预算收入总计719918万元。当年一般公共预算支出630072万元，上解上级支出37508万元，安排预算稳定调节基金3987万元，"
         "一般债务还本支出999万元。收支相抵，结转下年支出47352万元。", []),
        ("一般公共预算收入总计719918万元。当年一般公共预算支出630072万元，上解上级支出37508万元，安排预算稳定调节基金3987万元，"
         "一般债务还本支出999万元。收支相抵，结转下年支出47532万元。", [("DIF001", "47532万元")]),
    ],
)
def test_totals_named_by_what_their_amounts_make_up(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("retired", "expected"), [("2111人", []), ("2121人", [("SUM001", "6115人")])])
def test_counts_in_brackets_break_down_the_count_before(retired, expected):
    # 3990 + 2111 + 14 = 6115; a second bracket after an item without a unit is no part of the first
    assert errors(f"全县行政事业单位共有108个，总人数6115人（在职3990人、退休{retired}、离休14人）。") == expected
    assert errors("在职人员72人，其中行政42人（含工勤6人）、事业人员30（含工勤40人），离休1人。") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a 收入总计 named with its scope closes its sentence's sources, which may be only some of its parts (the
    # list began in the sentence before): 19374 + 319574 + 28909 + 115742 + 1198 = 484797 ≤ 658137
    ("县本级一般公共预算收入173340万元。返还性收入19374万元、一般性转移支付收入319574万元，专项转移支付收入28909万元，"
     "调入资金115742万元，动用预算稳定调节基金1198万元，县本级一般公共预算收入总计658137万元。", []),
    ("县本级一般公共预算收入173340万元。返还性收入19374万元、一般性转移支付收入319574万元，专项转移支付收入28909万元，"
     "调入资金115742万元，动用预算稳定调节基金1198万元，县本级一般公共预算收入总计458137万元。", [("SUM001", "458137万元")]),
    # alone in its sentence, no less than the sources of the sentence before: 186.02 + 39.76 + 43.50 + 4.55 = 273.83
    ("一般公共预算收入186.02亿元，完成调整预算的100.01%，财力结算净收入39.76亿元，调入预算稳定调节基金43.50亿元，"
     "调入资金4.55亿元。一般公共预算收入合计为273.83亿元。", []),
    ("一般公共预算收入186.02亿元，完成调整预算的100.01%，财力结算净收入39.76亿元，调入预算稳定调节基金43.50亿元，"
     "调入资金4.55亿元。一般公共预算收入合计为263.83亿元。", [("SUM001", "263.83亿元")]),
    # any name ending in 合计 closes the amounts of its own ；-part, no less than they are
    ("2023年底福彩公益金结余结转3329.13万元，省财政厅拨付2024年福彩公益金5846万元、清算返还2023年福彩公益金1160.3万元，"
     "2024年度市级可统筹使用福彩公益金合计10335.43万元。", []),
    ("2023年底福彩公益金结余结转3329.13万元，省财政厅拨付2024年福彩公益金5846万元、清算返还2023年福彩公益金1160.3万元，"
     "2024年度市级可统筹使用福彩公益金合计10035.43万元。", [("SUM001", "10035.43万元")]),
    # …but not when its clause names what it adds up, nor across ；, nor an amount qualifying a class (…万元的贫困村)
    ("国内增值税33223.3亿元，为预算的92.1%；国内消费税16532.15亿元；进口货物增值税、消费税和关税合计21628.75亿元。", []),
    ("减免学前教育保教费10.3亿元；发放生活补助资金5.7亿元；面向普通高中学生，发放国家助学金总计4.1亿元。", []),
    ("对年投入100万元的贫困村每村分红2万元，年投入30万元的贫困村每村分红0.6万元，分红资金总计98.8万元。", []),
    # alone in its sentence, of the sentence before: 3174 + 2958 = 6132
    ("…通知下达我区衔接推进乡村振兴补助资金3174万元；…通知下达我区衔接推进乡村振兴补助资金2958万元。以上两笔资金共计5132万元，均已到位。",
     [("SUM001", "5132万元")]),
])
def test_a_flows_total_named_with_its_scope_is_no_less_than_the_sources_before_it(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a breakdown inside a 加上 list whose items add up to the amount before it is that amount's, comma or not:
    # 126556 + 208927 + 18979 + 9668 + 31700 + 78400 = 474230 (15000 + 20000 + 43400 = 78400 are not added again)
    ("一般公共预算收入126556万元，加上上级补助收入208927万元，上年结转18979万元，调入预算稳定调节基金9668万元，调入资金31700万元，"
     "债券收入78400万元，其中：新增债券收入15000万元，后续融资债券收入20000万元，置换债券收入43400万元，收入合计474230万元。", []),
    ("一般公共预算收入126556万元，加上上级补助收入208927万元，上年结转18979万元，调入预算稳定调节基金9668万元，调入资金31700万元，"
     "债券收入78400万元，其中：新增债券收入15000万元，后续融资债券收入20000万元，置换债券收入43400万元，收入合计475230万元。",
     [("SUM001", "475230万元")]),
    # the budget a completion rate is of, written in its phrase, is neither the list's total nor a part:
    # 420761 = 275534 + 145227 (and 406480 = 267640 + 138840)
    ("总收入420761万元（不含车辆购置税41636万元），完成调整后预算收入406480万元的103.5%，其中：地方收入275534万元，"
     "完成调整后预算收入267640万元的102.9%；上划中央收入145227万元，完成调整后预算收入138840万元的104.6%。", []),
    ("总收入420761万元（不含车辆购置税41636万元），完成调整后预算收入406480万元的103.5%，其中：地方收入275534万元，"
     "完成调整后预算收入267640万元的102.9%；上划中央收入155227万元，完成调整后预算收入138840万元的111.8%。",
     [("SUM001", "420761万元")]),
    # how many of a part did something, in the part's own clause, is no part beside it (113 problems, 111 of them done)
    ("已整改到位122个，整改到位率95.31%，其中113个立行立改类问题已整改到位111个，整改到位率98.23%。", []),
    ("已整改到位122个，其中113个立行立改类问题，已整改到位111个。", [("SUM001", "122个")]),
    # a government's 预算总支出 holds what is carried into next year: 2.03 + 1.98 + 0.0179 = 4.0279 ≈ 4.03
    ("2023年一般预算总支出4.03亿元，其中：一般公共预算本级支出2.03亿元，上解上级支出1.98亿元，结转下年179万元。", []),
    ("2023年一般预算总支出4.03亿元，其中：一般公共预算本级支出2.03亿元，上解上级支出1.98亿元，结转下年679万元。",
     [("SUM001", "4.03亿元")]),
    # what is left after netting is no part: 50050 + 5346 + 12000 = 67396
    ("一般公共预算总支出67396万元，其中：一般公共预算支出50050万元、债务还本支出5346万元、上解上级支出12000万元，"
     "收支相抵，年终结余1165万元。", []),
])
def test_lists_of_the_twenty_seventh_round(text, expected):
    assert errors(text) == expected


@pytest.mark.parametrize(("savings", "expected"), [("208.02", []), ("298.02", [("SUM001", "288.06亿元")])])
def test_after_a_semicolon_an_amount_opening_with_the_totals_words_is_a_sibling(savings, expected):
    # 金融机构本外币各项贷款余额 opens as the total does and no part does: another total, not a second part of 288.06
    text = (f"截至8月底，金融机构本外币各项存款余额达288.06亿元，比年初增长4.8%。其中住户储蓄存款余额{savings}亿元，"
            "比年初增长6.3%；金融机构本外币各项贷款余额113.71亿元，比年初增长9.1%。")
    assert errors(text) == expected


@pytest.mark.parametrize(
    ("project", "expected"),
    [("165.74", []),  # 4965.23 + 165.74 = 5130.97
     ("265.74", [("SUM001", "5130.97万元")])],  # 5230.97 > 5130.97
)
def test_a_list_after_one_amount_stated_as_income_and_spending_breaks_it_down(project, expected):
    # the sentence before gives the income and the spending, equal: two amounts, one total of the list
    text = ("2025年一般公共预算财政拨款收入5130.97万元，一般公共预算财政拨款支出5130.97万元，比2024年增加553.15万元。"
            f"其中：基本支出4965.23万元，主要用于保障在职人员工资福利；项目支出{project}万元。")
    assert errors(text) == expected


def test_an_amount_raised_and_spent_is_no_total_of_a_list_of_both():
    # 258.86 was raised and spent: the list gives each part's amount and spending, not a partition of either
    assert errors("2021年共落实棚户区改造资金258.86万元，目前已支出258.86万元。其中：中央财政资金224.86万元，已支出"
                  "224.86万元；省级配套资金34万元，已支出34万元。") == []


@pytest.mark.parametrize(
    ("settlement", "expected"),
    [("1745", []),  # 150 + 1745 + 42 = 1937: the main parts of the amount right before 主要是
     ("1845", [("SUM001", "1937万元")])],  # 2037 > 1937
)
def test_the_main_parts_after_an_amount_in_its_sentence(settlement, expected):
    # the list ends at ；: 专项转移支付收入 is the next item of the sentence, not a main part of 1937
    text = (f"一般性转移支付收入1937万元，主要是体制补助收入150万元，结算补助收入{settlement}万元，其他一般转移支付收入42万元；"
            "专项转移支付收入110万元。")
    assert errors(text) == expected


@pytest.mark.parametrize(
    "text",
    [  # 主要是 opening a reason, not a list: the amounts after the reason are sources the total adds up elsewhere
        "地方收入221亿元，比上年下降0.5%，主要是受疫情冲击影响，收入增速下降；中央补助收入1866亿元，上年结转150.7亿元。",
        # after a change and its rate: what explains the change (4.5 + 1 is no part of the level 5.2)
        "社会保障和就业支出完成5.2亿元，增支4.2亿元，增长428.9%，主要是发放一次性生活补贴4.5亿元，拨付四个区1亿元。",
    ],
)
def test_zhuyaoshi_after_a_reason_or_a_change_opens_no_list_of_the_amount(text):
    assert errors(text) == []


# --------------------------------------------------------------------------- lists introduced by other words


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the 其中 follows the orders of its own ；-part (7921单, no money): 517 + 652.6 are no parts of 383.9
        ("维修保养费用结算合计383.9万元；社会化车辆租赁订单共7921单，其中新能源汽车订单共1796单，总运行费用517万元，"
         "单车结算费用652.6元。", []),
        # an average range before the marker, averages listed after it (车均): examples, no parts of 4.5亿元
        ("公车运行维护费总计约4.5亿元，车均运行维护费多在2万至4万元，其中最高的市重大项目办，车均4.94万元，"
         "市政府口岸办为4.9万元，最少的市粮食局为2.14万元。", []),
        # an average named between, the list itself of projects: still of the 12 (9 + 4 = 13 > 12)
        ("开展绩效自评的项目12个，平均得分93.50分，其中绩效评级为“优”的项目9个、为“良”的项目4个。", [("SUM001", "12个")]),
        # a number in the marker's own part is what the list breaks down, a year is not (300 + 90 = 390 > 383.9)
        ("收入合计383.9万元；2023年其中财政拨款300万元，其他收入90万元。", [("SUM001", "383.9万元")]),
    ],
)
def test_a_list_introduced_by_other_words_is_not_of_the_amount_before(tmp_path, body, expected):
    assert _check(tmp_path, body) == expected


def test_bare_shares_making_100_are_of_their_amounts_not_of_the_sentence_before(tmp_path):
    # 56594.2 / (56594.2 + 61705) = 47.84%, 61705 / 118299.2 = 52.16%: not of 经营性资产 76937.8 opening the sentence before
    body = ("2002年国有资产总量共计118299.2亿元。在全部国有资产总量中，经营性资产达76937.8亿元（占65%），比上年增长5.2%；"
            "非经营性资产41361.4亿元（占35%）。中央占用国有资产为56594.2亿元（占{p}%），地方占用国有资产为61705亿元（占52.2%）。")
    assert _check(tmp_path, body.format(p="47.8")) == []
    assert _check(tmp_path, body.format(p="48.8")) == [("PCT001", "48.8%")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # records of several measures each (总投资, 计划投资, 完成投资): no parts of the 31.14 before their marker
        ("上半年，全市累计完成投资31.14亿元。分行业看：农业类项目28个，总投资82.72亿元，今年计划投资15.55亿元，"
         "上半年累计完成投资11.38亿元；水利类项目14个，总投资232.56亿元，今年计划投资32.8亿元，上半年累计完成投资18.56亿元。", []),
        # lists in parallel, each with its own total, are lists (36 + 465 = 501 > 491)
        ("11月份，全国发行新增地方债491亿元，其中一般债券36亿元、专项债券465亿元；前11个月，全国发行新增地方债47468亿元，"
         "其中一般债券7182亿元、专项债券40286亿元。", [("SUM001", "491亿元")]),
    ],
)
def test_records_of_several_measures_are_no_list(tmp_path, body, expected):
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("p", "expected"), [("62.51%", []), ("63.51%", [("PCT001", "63.51%")])])
def test_a_high_standard_farmland_project_is_no_standard_rate(tmp_path, p, expected):
    # 高标准农田 names a kind of project, not a 补助标准: its total is a total (857 / 1371 = 62.51%)
    body = (f"高标准农田建设项目计划总投资1371万元，其资金来源构成为：中央财政资金857.00万元，占总投资的{p}；"
            "省财政配套资金300.00万元，占总投资的21.88%。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # staff by degree: of the 93 on post, not of the 23 temporary staff named last before 其中
        ("现有在岗职工93人，有在职在编70人，临聘人员23人，其中大学本科学历60人，大专29人，中专3人，高中1人。", []),
        ("现有在岗职工93人，有在职在编70人，临聘人员23人，其中大学本科学历95人，大专29人，中专3人，高中1人。",
         [("SUM001", "23人")]),  # 95 > 93 too
        # people by an attribute listed in the sentence after their total (it once crashed looking for a wider count)
        ("疫苗接种服务已完成4769人。其中为困难残疾人提供康复救助2539名，开展残疾人托养服务242人。", []),
        ("疫苗接种服务已完成4769人。其中为困难残疾人提供康复救助2539名，开展残疾人托养服务4800人。", [("SUM001", "4769人")]),
        # bare shares in brackets with no marker of their own are of the amount right before the brackets
        ("教育经费支出816400元，其中公用经费支出136011.19元（办公费27465.6元，占20.2%；水电费5828.75元，占4.3%）。", []),
        ("教育经费支出816400元，其中公用经费支出136011.19元（办公费27465.6元，占22.2%；水电费5828.75元，占4.3%）。",
         [("PCT001", "22.2%")]),  # 27465.6 / 136011.19 = 20.19%
        # a share after a ；-part whose amount lost its unit (劳务费2625) is of nothing read, not of the amount before
        ("公用经费支出136011.19元，其中：培训费1306元，占0.96%；劳务费2625，占2%。", []),
        # a grand total holds the carry-over: its list of income classes, even ending in 其他, may leave it out
        ("收入总计40,672,288.65元，其中：财政拨款收入40,661,515.80元，占99.97%；事业收入0.00元，占0.00%；"
         "其他收入3,689.60元，占0.01%。", []),
        ("本年收入合计40,672,288.65元，其中：财政拨款收入40,661,515.80元；事业收入0.00元；其他收入3,689.60元。",
         [("SUM001", "40,672,288.65元")]),  # of 合计, a list ending in 其他 is complete
        # the total written again in short closes the list (合收入：A is no part of A)
        ("本年收入合计535.76万元，其中：一般公共预算财政拨款收入530.07万元，占98.94%；上年结余转入5.69万元，合收入：535.76万元。", []),
    ],
)
def test_lists_take_the_whole_their_words_name(tmp_path, body, expected):
    assert _check(tmp_path, body) == expected


def test_spending_of_the_public_budget_named_short_is_no_budget(tmp_path):
    # 公共预算支出 is spending of the general budget (一般公共预算) named short, no budget the project's rate is over
    body = ("两项目涉及公共预算支出共213.37万元，两项目整体预算执行率为90.29%：“校园文化经费”项目支出20.67万元，"
            "预算执行率82.68%；“校园场室修缮经费”项目支出192.70万元，预算执行率为91.24%。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(("third", "expected"), [("3203万元", []), ("4203万元", [("SUM001", "569282万元")])])
def test_a_balances_parts_named_as_balances_leave_out_the_years_flow(tmp_path, third, expected):
    # 555558 + 10521 + 3203 = 569282; 本年新增债券161485 is what flowed in the year, no part of the balance
    body = ("截至年末，政府性债务余额为569282万元。其中：一类债务政府负有偿还责任的债务余额555558万元，"
            f"本年新增债券161485万元；二类债务政府负有担保责任的债务余额为10521万元；三类债务余额为{third}。")
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("good", "expected"), [("15.00%", []), ("25.00%", [("PCT001", "25.00%")])])
def test_shares_naming_a_whole_given_nowhere_are_of_their_amounts_sum(tmp_path, good, expected):
    # 评定项目 names no figure: the shares, 100% together (or all but one fitting), are of 2 + 3 + 15 = 20 (3 / 20 = 15%)
    body = ("抽审的项目审核等级为：2个项目评为优，占评定项目的10.00%；3个项目评为良，占评定项目的"
            f"{good}；15个项目评为中，占评定项目的75.00%。")
    assert _check(tmp_path, body) == expected


# --------------------------------------------------------------------------- round 41 of the held-out excerpts

BALANCES = ("审计结余资金87.68万元，分别为：A项目下达资金400万元，结余资金69.76万元；B贷款贴息下达资金197.92万元，结余资金0.16万元；"
            "C协会占用费补贴下达资金12.7万元，结余资金1.03万元；D通组路硬化项目下达资金25万元，结余资金{d}万元。")


@pytest.mark.parametrize(("d", "expected"), [("16.73", []), ("6.73", []), ("26.73", [("SUM001", "87.68万元")])])
def test_records_of_several_measures_break_down_the_measure_their_total_names(tmp_path, d, expected):
    # the 结余资金 of each item make the total (69.76 + 0.16 + 1.03 + 16.73 = 87.68), not every amount of the records
    # (the 下达资金 alone exceed it); short of it, the list is read as one that may leave items out, as 分别为 lists may
    assert _check(tmp_path, BALANCES.format(d=d)) == expected


@pytest.mark.parametrize(("b", "expected"), [("45,371.55", []), ("46,371.55", [("SUM001", "48,694.11万元")])])
def test_records_named_in_turn_break_down_the_measure_their_total_names(tmp_path, b, expected):
    # 直达资金 and 支出 of each kind in turn: the two 支出 make the whole's 48,694.11 (45,371.55 + 3,322.56), and each rate
    # is of its own record (45,371.55 ÷ 61,929.78 = 73.26%; 3,322.56 ÷ 3,600.64 = 92.28%)
    body = (f"我县共收到直达资金65,530.42万元，支出48,694.11万元，支出进度为74.31%，其中：正常直达资金61,929.78万元，支出{b}万元，"
            "支出进度73.3%，参照直达资金3,600.64万元，支出3,322.56万元，支出进度为92.3%。")
    assert [e for e in _check(tmp_path, body) if e[0] == "SUM001"] == expected
    assert [e for e in _check(tmp_path, body) if e[0] == "PCT002"] == ([] if not expected else [("PCT002", "73.3%")])


def test_income_classes_alternately_named_are_no_records(tmp_path):
    # 收入 and 资金 alone make no records: all four are parts (1,776 + 7,616 + 80,500 + 1,410 = 91,302)
    body = "2021年基金预算收入总计91,302万元，其中：上级补助收入1,776万元，调入资金7,616万元，债务（转贷）收入80,500万元，上年结余资金1,410万元。"
    assert _check(tmp_path, body) == []
    assert _check(tmp_path, body.replace("7,616", "8,616")) == [("SUM001", "91,302万元")]


@pytest.mark.parametrize(("done", "expected"), [("4", []), ("14", [("SUM001", "14个")])])
def test_a_count_at_one_stage_of_work_holds_no_count_at_another(tmp_path, done, expected):
    # the 7 and 6 projects started are no part of the 14 finished; the 4 and 1 finished are (14 + 1 > 14)
    body = (f"第一批产业项目已开工39个，已完工14个，其中A镇7个产业项目全部开工、{done}个已完工，B镇6个产业项目全部开工、1个已完工；"
            "基础设施项目已开工40个。")
    assert _check(tmp_path, body) == expected


# --------------------------------------------------------------------------- rounds 43–45 of the held-out excerpts


@pytest.mark.parametrize(("body", "expected"), [
    # 其中 inside brackets closed before the change: the change is of the amount before them (303 ÷ 2658 = 11.40%)
    ("医疗救助基金收入：2355万元（其中：利息收入12万元；其他收入182万元；上级补助收入2162万元），比上年同期减少303万元，下降11.4%。", []),
    ("医疗救助基金收入：2355万元（其中：利息收入12万元；其他收入182万元；上级补助收入2162万元），比上年同期减少303万元，下降12.3%。",
     [("CHG001", "12.3%")]),
    # an item whose amount lost its unit: the list is not known to be complete (378153.6 + 1100807.24 < 209053002.15)
    ("城乡居民基本医疗保险基金收入209053002.15元。其中：上级补助收入207574041.31，利息收入378153.6元，其他收入1100807.24元。", []),
    # a whole one of whose parts is negative holds no part alone (2201.47 − 245.07 = 1956.40)
    ("2023年，职工基本医保基金收入7486.95万元，支出5530.55万元，当年收支结余1956.40万元，累计结余20591.18万元；其中职工统筹基金收入"
     "5640.86万元，支出3439.39万元，当年收支结余2201.47万元，累计结余16356.56万元；职工个人账户基金收入1846.09万元，支出2091.16万元，"
     "当年收支结余-245.07万元，累计结余4234.63万元。", []),
    # the budget written inside a completion rate is no part of the closing total (463 + 17 + 355 = 835)
    ("国有资本经营收入预计463万元，完成预算数463万元的100%，比上年减收149万元，下降24.3%；上级补助收入17万元；上年结转355万元，收入合计835万元。", []),
    ("国有资本经营收入预计463万元，完成预算数463万元的100%，比上年减收149万元，下降24.3%；上级补助收入17万元；上年结转355万元，收入合计735万元。",
     [("SUM001", "735万元")]),  # (a 收入合计 may add up what an earlier sentence began: only more than it is a slip)
    # a closing total of the sentence ends the 其中 list where its own items begin (205252 = 202065 + 3187)
    ("政府性基金上级补助收入预计205252万元，其中：上级返还土地出让金202065万元，其他上级补助收入3187万元；债务转贷收入14109万元；"
     "上年结转205560万元；收入合计424921万元。", []),
    ("政府性基金上级补助收入预计205252万元，其中：上级返还土地出让金202065万元，其他上级补助收入4187万元；债务转贷收入14109万元；"
     "上年结转205560万元；收入合计424921万元。", [("SUM001", "205252万元")]),
    # a government's own revenue of the year holds no transfer it goes on to
    ("经开区本年基金收入25.85亿元，其中：国有土地使用权出让收入25.84亿元，城市基础设施配套费收入119万元；上级补助收入3.09亿元。", []),
    # …and what 加 adds to takes in the amounts of its own ；-part (25.85 + 3.09 + 0.0006 = 28.94 ≈ 28.95)
    ("经开区本年基金收入25.85亿元，其中：国有土地使用权出让收入25.84亿元，城市基础设施配套费收入119万元；上级补助收入3.09亿元，"
     "加上年结余6万元，收入合计28.95亿元。", []),
    ("经开区本年基金收入25.85亿元，其中：国有土地使用权出让收入25.84亿元，城市基础设施配套费收入119万元；上级补助收入3.09亿元，"
     "加上年结余6万元，收入合计29.95亿元。", [("SUM001", "29.95亿元")]),
    # nor do assets hold the liabilities after them (7152467.88 + 391902812.24 + 121466731.26 = 520522011.38)
    ("2021年5月31日资产520522011.38元，其中：支出户存款7152467.88元，财政专户存款391902812.24元，暂付款121466731.26元；"
     "2021年5月31日负债（暂收款）9803701.44元。", []),
])
def test_lists_of_the_forty_third_to_forty_fifth_rounds(tmp_path, body, expected):
    assert _check(tmp_path, body) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("15.99", []),
    ("14.99", [("SUM001", "51.44亿元")]),
])
def test_a_list_written_as_a_formula_is_complete_and_takes_off_what_follows_a_minus(tmp_path, text, expected):
    # 41.14 + 2.39 + 3.22 + 12.24 + 16.04 − 4.05 − 0.73 − 2.03 − 16.78 = 51.44; the 调入资金 16.04 = 1.16 + 11.4 + 4.26 − 0.78 (调出)
    body = ("2022年本级财力为51.44亿元，其中：一般公共预算收入41.14亿元+返还性收入2.39亿元+一般转移性收入3.22亿元+地方政府债券收入12.24亿元"
            "+调入资金16.04亿元（含统筹盘活结转结余1.16亿元、调入政府性基金11.4亿元、调入预算稳定调节基金4.26亿元、调出因支出口径变化0.78亿元）"
            "-上缴泉州4.05亿元-专项上解0.73亿元-体制上解2.03亿元-地方债券还本16.78亿元。").replace("12.24", {"15.99": "12.24", "14.99": "11.24"}[text])
    assert _check(tmp_path, body) == expected


def test_a_hyphen_inside_a_date_or_a_bullet_is_no_minus(tmp_path):
    # 1-6月 and 7-12月 are periods: the list is no formula (so not known complete), 30 + 40 ≤ 100
    assert _check(tmp_path, "资金合计100万元，其中：1-6月拨付30万元、7-12月拨付40万元。") == []
    # nor do bullets written -- take their items off: 60 + 50 > 100
    assert _check(tmp_path, "支出合计100万元，其中：--教育支出60万元；--卫生支出50万元。") == [("SUM001", "100万元")]


@pytest.mark.parametrize(("last", "expected"), [("年末一般公共预算结转下年支出81400.33万元。", []),
                                                 ("3.年末一般公共预算结转下年支出81400.33万元。", [("SUM001", "3000378.99万元")])])
def test_an_unnumbered_paragraph_list_may_end_where_its_first_paragraphs_make_the_total(tmp_path, last, expected):
    # 2412378.99 + 588000 = 3000378.99: the carry-over after is beside the total, unless numbered as its third item
    first, second = ("区本级一般公共预算支出总计2412378.99万元，完成调整后预算的104.90%。", "乡镇级一般公共预算支出588000万元，完成调整后预算的100%。")
    if last.startswith("3."):
        first, second = "1." + first, "2." + second
    body = "\n".join(["全区支出总量3000378.99万元，完成调整后预算的103.90%。其中：", first, second, last])
    assert _check(tmp_path, body) == expected


def test_a_list_naming_its_whole_level_breaks_down_no_part_of_the_sentence_before(tmp_path):
    # the asset classes of 全县行政事业单位 are of 92.84, not of 行政单位's 25.95 (34.98 + … + 0.02 = 91.13 ≤ 92.84)
    body = ("2020年度，全县246家行政事业单位资产总额92.84亿元，负债总额30.98亿元，净资产总额61.86亿元。其中，行政单位资产总额25.95亿元、"
            "负债总额9.31亿元、净资产总额16.64亿元；事业单位资产总额66.89亿元、负债总额21.67亿元、净资产总额45.22亿元。从资产构成来看，"
            "全县行政事业单位共有流动资产34.98亿元，固定资产净值37.69亿元，无形资产5.24亿元，在建工程9.84亿元，公共基础设施3.36亿元，保障性住房0.02亿元。")
    assert _check(tmp_path, body) == []


@pytest.mark.parametrize(("title", "expected"), [
    ("云龙县2022年基本医疗保险、城乡医疗救助基金收支余公开情况", []),
    ("云龙县2022年医疗救助工作情况", [("SUM001", "2355万元")]),
])
def test_a_fund_s_account_of_its_year_rounds_its_whole_amounts(tmp_path, title, expected):
    # a fund's income and spending report is its final account: 12 + 182 + 2162 = 2356 is 2355 within the rounding of
    # whole 万元 tallies; elsewhere whole 万元 are exact (budgets are set in them)
    path = tmp_path / "r.txt"
    path.write_text(f"{title}\n\n医疗救助基金收入：2355万元（其中：利息收入12万元；其他收入182万元；上级补助收入2162万元）。\n", encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity != "info"] == expected


@pytest.mark.parametrize(("total", "expected"), [
    ("86420", []),  # 30210 + 4160 + 52050: a gross total counts the refund in (中央收入 net of it)
    ("78100", []),  # 30210 − 4160 + 52050: a net one takes it off
    ("86400", [("SUM001", "86400万元")]),  # neither
])
def test_a_refund_is_taken_off_a_net_total_and_counted_in_a_gross_one(total, expected):
    assert errors(f"2023年，全市财政总收入{total}万元，完成预算的101%。从收入结构看，中央收入30210万元，出口退税4160万元，"
                  "地方收入52050万元。") == expected


@pytest.mark.parametrize(("total", "expected"), [("107.65", []), ("11.25", []), ("108.65", [("SUM001", "108.65亿元")])])
def test_a_sentence_opening_with_besides_may_close_the_amounts_of_the_one_before(total, expected):
    # 96.40 + 8 + 3.25 = 107.65 (or the two of its own sentence, 11.25)
    assert errors(f"区级财政支出共计96.40亿元。另外用于偿还到期债务8亿元，补充预算稳定调节基金3.25亿元，共计{total}亿元。") == expected


@pytest.mark.parametrize(("units", "expected"), [("38", []), ("35", [("SUM001", "35个")])])
def test_an_item_named_without_a_count_leaves_a_list_of_counts_partial(units, expected):
    # 本级 is one unit each: 1 + 12 + 1 + 15 + 9 = 38, though the counts written add up to 36 only (more than 35)
    assert errors(f"全市纳入绩效评价的单位共{units}个，包括市财政局本级、12个区县财政局、市农业农村局本级及其所属15个单位、"
                  "其他9个单位。") == expected


def test_a_mark_passed_and_a_class_of_amounts_are_no_parts():
    # 首次超过3万亿元 says a mark was passed; 6000亿元级 is a class: 3.1 ≤ 3.9, and 6642.3 and 6099 are of two provinces
    assert errors("全国教育经费总投入为3.9万亿元，增长7.6%。其中，国家财政性教育经费支出3.1万亿元，首次超过3万亿元。") == []
    assert errors("上海和山东两地的一般公共预算收入达到6000亿元级，分别为6642.3亿元、6099亿元，浙江、北京以超5000亿元分列其后。") == []


def test_a_transfer_from_another_fund_is_a_source_of_the_budget_it_enters():
    # 20.75 + 15 + 8.93 + 0.46 + 1.49 + 1.2 = 47.83: 政府性基金调入 moves money into the general budget
    assert errors("2020年，一般公共预算总收入为47.83亿元。其中：一般公共预算收入20.75亿元，省市开发建设专项资金15亿元，"
                  "其他一般性转移支付补助收入8.93亿元，上年结转0.46亿元，政府性基金调入1.49亿元，其他资金调入1.2亿元。") == []


def test_an_issue_number_in_brackets_is_a_label_and_a_hyphen_before_a_year_no_minus(tmp_path):
    # (一期) and (十二期) name the bonds of one issue: no count of issues, and 一期 less 十二期 is nothing
    assert _check(tmp_path, "全区共发行新增专项债券四期，金额2.75亿元。其中2020年水务建设专项债券(一期)-2020年政府专项债券(十二期)1亿元"
                  "用于污水处理厂项目；2020年城乡基础设施建设专项债券(二十期)1.75亿元用于园区建设项目。") == []


def test_a_group_named_by_a_count_of_departments_is_an_item_not_a_closing_total(tmp_path):
    # 商务部等5部门结存共计9.82亿元 is one holder's amount: 12.08 + 32.26 + 2.34 + 9.82 = 56.50 ≤ 65.98 (the list goes on)
    assert _check(tmp_path, "这些捐赠款物结存65.98亿元。其中：民政部结存12.08亿元，红十字会结存32.26亿元，慈善总会结存2.34亿元，"
                  "商务部等5部门结存共计9.82亿元，其他团体组织结存9.48亿元。") == []


def test_a_list_cut_off_in_an_item_taken_off_leaves_nothing_known(tmp_path):
    # the page ends in 弥补…收入 (taken off the cost): 13.00 + 2.13 + 16.16 = 31.29 over 31.20 proves nothing
    path = tmp_path / "r.txt"
    path.write_text("2018年学校教育总成本为31.20万元，其中工资福利支出13.00万元，商品和服务支出2.13万元，"
                    "专项支出16.16万元，弥补教育成本的非限定用途收入0.", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []


def test_a_list_whose_first_parts_make_the_total_may_break_it_down_a_second_way():
    # by use 6157140 + 331300 = 6488440; by source 6404400 + 80000 = 6484400, 4040 short: that breakdown's own slip
    doc = doc_of("我校2016年收入预算总额为6488440元，其中，人员经费为6157140元，日常公用经费为331300元，"
                 "2016年预算中财政补助收入为6404400元，其他收入为80000元。")
    figs = figures_of(doc)
    found = [f for f in run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
             if f.severity == "error"]
    assert [(f.rule, f.message.split("按")[-1]) for f in found] == [("SUM001", "6404400元 + 80000元计算为6484400元，相差4040元")]


def test_what_a_part_is_specifically_is_inside_that_part():
    # 具体是 details 公务接待费: 0 + 1388.70 + 4895.00 = 6283.70, the 4895.00 of 国内接待费 not again
    assert errors("2022年度“三公”经费支出决算为6,283.70元，完成年初预算的100%。其中：因公出国（境）费"
                  "支出决算0元；公务用车运行维护费支出决算1,388.70元；公务接待费支出决算4,895.00元，具体是国内接待费支出决算4,895.00元，"
                  "国（境）外接待费支出决算0元。") == []


def test_changes_of_a_rate_in_percentage_points_add_up_to_nothing(tmp_path):
    # the debt ratio of the whole fell 0.1 point while one part's fell 0.2: ratios of parts do not sum to the whole's
    assert _check(tmp_path, "截至6月末，国有企业资产负债率64.5%，降低0.1个百分点。其中，中央企业为67.6%，降低0.2个百分点；"
                  "地方国有企业为62.2%，增长0.1个百分点。") == []


@pytest.mark.parametrize(("general", "expected"), [("1590", []), ("1509", [("SUM001", "1509亿元")])])
def test_a_sentence_opening_with_heji_adds_up_the_breakdowns_before_it(general, expected):
    # 5120 + 230 = 5350; 一般债券 1420 + 170 = 1590; 专项债券 3700 + 60 = 3760
    assert errors("2024年2月，全国发行新增债券5120亿元，其中一般债券1420亿元、专项债券3700亿元。全国发行再融资债券230亿元，其中"
                  f"一般债券170亿元、专项债券60亿元。合计，全国发行地方政府债券5350亿元，其中一般债券{general}亿元、专项债券3760亿元。") \
        == expected  # (1509 breaks its own sentence's list too: one slip, one finding, where it is)


@pytest.mark.parametrize(("equity", "expected"), [("6833.47", []), ("6883.47", [("SUM001", "7032.82亿元")])])
def test_a_fund_s_equity_is_its_net_assets(equity, expected):
    # 199.35 + 6833.47 = 7032.82
    assert errors(f"2018年末，养老基金资产总额7032.82亿元，负债总额199.35亿元，权益总额{equity}亿元。") == expected


@pytest.mark.parametrize(("funds", "expected"), [("86,125", []), ("86,215", [("SUM001", "86,215万元")])])
def test_what_can_be_arranged_is_a_total_of_what_is_added(funds, expected):
    # 46,367 + 33,421 + 5 + 4,480 + 1,851 + 1 = 86,125
    assert errors(f"2020年一般公共预算收入46,367万元，加上级补助收入33,421万元、上年结余5万元、一般债务转贷收入4,480万元，"
                  f"调入预算稳定调节基金1,851万元，调入资金1万元，当年可供安排财力{funds}万元。") == expected


@pytest.mark.parametrize(("part", "expected"), [("27.24", []), ("37.24", [("SUM001", "29.95万元")])])
def test_a_bracket_after_the_comma_breaks_down_the_amount_before_it(part, expected):
    # 27.24 + 1.91 + 0.8 = 29.95
    assert errors(f"扩大失业保险基金支出29.95万元，（灵活就业社保补贴{part}万元，公益性岗位补贴1.91万元，职业培训补贴0.8万元）。") == expected


@pytest.mark.parametrize(("local", "expected"), [("146643.9", []), ("136643.9", [("SUM001", "367398.3亿元")])])
def test_sentences_numbered_in_brackets_break_down_the_sentence_before(local, expected):
    # (1) and (2) open the parts; 中央 and 地方 are all of it: 220754.4 + 146643.9 = 367398.3
    assert errors(f"1-10月，国有企业营业总收入367398.3亿元，同比增长1.5%。(1)中央企业220754.4亿元，同比增长0.4%。(2)地方国有企业"
                  f"{local}亿元，同比增长3.3%。") == expected


@pytest.mark.parametrize(("building", "expected"), [("2986.09", []), ("3986.09", [("SUM001", "1.15亿元")])])
def test_a_whole_named_in_its_own_words_is_the_one_amount_of_the_sentence_before(building, expected):
    # 挤占挪用的资金 is the 1.15亿元 the sentence before says was 挤占挪用: 6513.51 + 2986.09 + 1016.84 + 844.99 + 126.09
    # = 11487.52万元
    assert errors("审计调查的县中，中小学校和教育、财政部门共挤占挪用公用、校舍维修改造等专项经费1.15亿元。挤占挪用的资金中，"
                  f"用于教职人员经费6513.51万元；用于学校基建{building}万元；用于日常办公经费1016.84万元；用于招待费844.99万元；"
                  "用于其他支出126.09万元。") == expected


@pytest.mark.parametrize(("non_tax", "expected"), [("3.12", []), ("3.22", [("SUM001", "16.39万亿元")])])
def test_a_bullet_run_into_one_line_ends_its_item(tmp_path, non_tax, expected):
    # each " - " item is a sentence, its dash no minus: 13.27 + 3.12 = 16.39, and 2.43 (专项债券 spent) is no part of the
    # 2.27 of 非税收入 items before
    assert _check(tmp_path, f"- 上半年全国一般公共预算收入16.39万亿元，同比增长0.5% [2] - 其中税收收入13.27万亿元，非税收入{non_tax}"
                            "万亿元 [2] - 上半年全国非税收入2.27万亿元同比增长3.7% [2] - 国有资源有偿使用收入+4.8% [2] - 政府性基金预算"
                            "支出增长30%主要来自专项债券等2.43万亿元资金支出 [3]") == expected


@pytest.mark.parametrize(("total", "parts"), [("2.0", ("1.0", "2.8", "1.0")), ("4.0", ("1.0", "2.0", "2.0"))])
def test_a_plain_run_over_its_total_holds_no_partition_of_its_own(total, parts):
    # 1.0 + 1.0 makes 2.0, but 2.8 cannot be a part of another breakdown of 2.0; 2.0 + 2.0 makes 4.0, but nothing sets
    # them apart from the 1.0 before them: each list is over its total (examples the property test
    # test_sum_moved_beyond_rounding_is_reported found)
    a, b, c = parts
    assert errors(f"本年项目支出合计{total}万元，其中培训费{a}万元、会议费{b}万元、宣传费{c}万元。") == [("SUM001", f"{total}万元")]
