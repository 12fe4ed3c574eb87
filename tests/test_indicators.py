"""Reading 绩效自评表 tables: targets and actual values, header words of several provinces, merged
cells carried down, rows that lost cells, tables split over pages, and every format a table comes in."""

from __future__ import annotations

import copy

import re
from decimal import Decimal

import pytest
from conftest import ROOT

from extractor.figures import extract_figures
from extractor.indicators import read_indicators
from extractor.indicators.measure import missed_target, parse_measure
from extractor.model import Block
from extractor.readers import read_document
from extractor.readers.flattened import find_flattened_tables
from extractor.readers.txt import text_blocks
from extractor.structure import build_document

SAMPLES = ROOT / "samples"

# --------------------------------------------------------------------------- targets and actual values

MEASURES = [
    # (cell, comparator, value, high, unit)
    ("≥95%", "≥", "95", None, "%"),
    ("≥ 95 %", "≥", "95", None, "%"),
    ("＞＝９５％", "≥", "95", None, "%"),
    ("≤30天", "≤", "30", None, "天"),
    ("100%", None, "100", None, "%"),
    ("=1个", "=", "1", None, "个"),
    ("≥126公里", "≥", "126", None, "公里"),
    ("95%以上", "≥", "95", None, "%"),
    ("30天以内", "≤", "30", None, "天"),
    ("不低于90%", "≥", "90", None, "%"),
    ("不超过6.5万元", "≤", "6.5", None, "万元"),
    ("低于5%", "<", "5", None, "%"),
    ("≥1.2万人", "≥", "1.2", None, "万人"),
    ("3次/年", None, "3", None, "次/年"),
    ("90%-95%", None, "90", "95", "%"),
    ("3至5个", None, "3", "5", "个"),
    ("较上年下降15%", None, "15", None, "%"),
    ("96", None, "96", None, ""),
]
QUALITATIVE = ["达标", "有效提升", "建立健全", "2023年11月底前", "12月底前完成", "3个乡镇10个村"]


@pytest.mark.parametrize("cell,comparator,value,high,unit", MEASURES, ids=[m[0] for m in MEASURES])
def test_measures(cell, comparator, value, high, unit):
    m = parse_measure(cell)
    assert (m.raw, m.comparator, m.value, m.high, m.unit) == (
        cell, comparator, Decimal(value), Decimal(high) if high else None, unit)


@pytest.mark.parametrize("cell", QUALITATIVE)
def test_qualitative_measures_have_no_value(cell):
    m = parse_measure(cell)
    assert m.raw == cell and m.value is None and m.comparator is None


@pytest.mark.parametrize("cell", ["", "—", "/", "  "])
def test_empty_cells_are_no_measure(cell):
    assert parse_measure(cell) is None


MISSED = [
    # (target, actual, level, missed?)
    ("≥85%", "82.6%", "", True),
    ("≥85%", "85%", "", False),
    (">85%", "85%", "", True),
    ("≤24小时", "30小时", "", True),
    ("≤7天", "5天", "", False),
    ("<5%", "5%", "", True),
    ("100%", "98%", "", True),
    ("100%", "100%", "", False),
    ("=1个", "2个", "", False),
    ("126公里", "120公里", "", True),
    ("4万元", "3.94万元", "成本指标", False),
    ("4万元", "4.2万元", "成本指标", True),
    ("≥1.2万人", "12600人", "", False),
    ("≥1.2万人", "11800人", "", True),
    ("≥95%", "96", "", False),
    ("90%-95%", "96%", "", True),
    ("90%-95%", "92%", "", False),
    ("建立健全", "尚未建立", "", True),
    ("按期完成", "未按期完成", "", True),
    ("有效改善", "明显改善", "", None),
    ("无安全事故", "未发生安全事故", "", None),
    ("≥12公里", "12500米", "", None),  # units that differ are not compared
    ("2023年11月底前", "2023年12月20日", "", None),
]


@pytest.mark.parametrize("target,actual,level,missed", MISSED, ids=[f"{m[0]}|{m[1]}" for m in MISSED])
def test_missed_targets(target, actual, level, missed):
    assert missed_target(parse_measure(target), parse_measure(actual), level) is missed


# --------------------------------------------------------------------------- tables

NATIONAL = [
    ["项目名称", "乡村道路维护", "", "", "", "", "", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
    ["", "年度资金总额", "100.00", "120.00", "108.00", "10", "90.00%", "9.00", ""],
    ["", "其中：当年财政拨款", "100.00", "100.00", "90.00", "—", "90.00%", "—", ""],
    ["", "上年结转资金", "0.00", "20.00", "18.00", "—", "90.00%", "—", ""],
    ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
    ["", "维护道路30公里", "", "", "", "维护道路32公里", "", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "产出指标", "数量指标", "维护道路里程", "≥30公里", "32公里", "20", "20", ""],
    ["", "", "质量指标", "道路优良率", "≥90%", "88%", "20", "18", "雨季影响"],
    ["", "", "时效指标", "完工时间", "2023年12月底前", "2023年12月25日", "10", "10", ""],
    ["", "效益指标", "社会效益指标", "群众出行条件", "有效改善", "明显改善", "20", "20", ""],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", ""],
    ["总分", "", "", "", "", "", "100", "97.00", ""],
]


def doc_of(*items) -> object:
    """A document of paragraphs (str) and tables (list of rows), in order."""
    blocks = [Block(index=0, kind="table", text="", rows=i) if isinstance(i, list) else Block(index=0, kind="paragraph", text=i)
              for i in items]
    return build_document(blocks, path="t.txt", fmt="txt", sha256="0" * 64)


def tables_of(doc):
    return read_indicators(doc, extract_figures(doc))


def summary(t) -> dict:
    """What a table reads as, in plain values, for comparing formats."""
    return {
        "funding": [(f.name, f.budget, f.adjusted, f.executed, f.weight, f.rate, f.points) for f in t.funding],
        "indicators": [(i.level1, i.level2, i.level3, i.target.raw if i.target else None,
                        i.actual.raw if i.actual else None, i.weight, i.points, i.reason) for i in t.indicators],
        "total": (t.total_weight, t.total_points), "levels": t.level_weights, "grade": t.grade,
    }


def test_national_template():
    (t,) = tables_of(doc_of(NATIONAL))
    s = summary(t)
    D = Decimal
    assert s["funding"] == [
        ("年度资金总额", D("100.00"), D("120.00"), D("108.00"), D(10), D("90.00"), D("9.00")),
        ("其中：当年财政拨款", D("100.00"), D("100.00"), D("90.00"), None, D("90.00"), None),
        ("上年结转资金", D("0.00"), D("20.00"), D("18.00"), None, D("90.00"), None),
    ]
    # merged first- and second-level cells carried down; a new first level starts its own second level
    assert [i[:3] for i in s["indicators"]] == [
        ("产出指标", "数量指标", "维护道路里程"), ("产出指标", "质量指标", "道路优良率"), ("产出指标", "时效指标", "完工时间"),
        ("效益指标", "社会效益指标", "群众出行条件"), ("满意度指标", "服务对象满意度指标", "群众满意度")]
    assert s["total"] == (D(100), D("97.00"))
    assert t.headers["target"] == "年度指标值" and t.headers["reason"] == "偏差原因分析及改进措施"
    i = t.indicators[1]
    assert (i.target.comparator, i.target.value, i.actual.value, i.reason) == ("≥", D(90), D(88), "雨季影响")


def test_records_point_at_their_cells_and_figures():
    doc = doc_of("说明", NATIONAL)
    figures = extract_figures(doc)
    (t,) = read_indicators(doc, figures)
    by_id = {f.id: f for f in figures}
    line = t.funding[0]
    assert (line.block, line.row) == (1, 2)
    assert by_id[line.figures["rate"]].raw == "90.00%" and by_id[line.figures["executed"]].raw == "108.00"
    i = t.indicators[1]
    assert (i.block, i.row) == (1, 9)
    assert by_id[i.figures["points"]].raw == "18" and by_id[i.figures["actual"]].raw == "88%"
    assert by_id[t.figures["total_points"]].raw == "97.00"
    # a weight in a row named after a rate is points, not a percentage
    assert (by_id[i.figures["weight"]].kind, by_id[i.figures["weight"]].unit) == ("count", "分")


def test_another_provinces_words_and_weights_in_the_first_level():
    rows = [
        ["资金情况", "资金来源", "预算数", "调整后预算数", "实际支出", "预算执行率", "权重", "自评得分"],
        ["", "资金总额", "50", "50", "45", "90%", "10", "9"],
        ["一级指标", "二级指标", "指标名称", "目标值", "实际值", "权重", "自评得分", "未完成原因及改进措施"],
        ["产出指标（60分）", "数量指标", "培训人次", "≥500人次", "520人次", "30", "30", ""],
        ["", "", "培训场次", "≥10场", "12场", "30", "30", ""],
        ["满意度指标(30)", "满意度", "学员满意度", "≥90%", "93%", "30", "30", ""],
        ["合计", "", "", "", "", "100", "99", ""],
        ["评价等级：优", "", "", "", "", "", "", ""],
    ]
    (t,) = tables_of(doc_of(rows))
    assert t.headers["adjusted"] == "调整后预算数" and t.headers["budget"] == "预算数"
    assert t.headers["weight"] == "权重" and t.headers["points"] == "自评得分" and t.headers["level3"] == "指标名称"
    assert t.level_weights == {"产出指标": Decimal(60), "满意度指标": Decimal(30)}
    assert [i.level1 for i in t.indicators] == ["产出指标", "产出指标", "满意度指标"]
    assert (t.total_weight, t.total_points, t.grade) == (Decimal(100), Decimal(99), "优")


def test_a_two_row_header():
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "评分", ""],
        ["", "", "", "", "", "分值", "得分"],
        ["产出指标", "数量指标", "宣传场次", "≥6场", "8场", "50", "50"],
        ["效益指标", "社会效益指标", "知晓率", "≥80%", "85%", "50", "45"],
    ]
    (t,) = tables_of(doc_of(rows))
    assert [(i.weight, i.points) for i in t.indicators] == [(Decimal(50), Decimal(50)), (Decimal(50), Decimal(45))]


def test_targets_in_three_cells_and_weights_repeated_on_the_funding_parts():
    """指标性质 | 指标值 | 度量单位 (a province's template), and 年度资金总额 scored once though its parts
    repeat the weight."""
    rows = [
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
        ["", "总额", "50.00", "60.00", "54.00", "90.00%", "10", "9", ""],
        ["", "其中：财政资金", "50.00", "60.00", "54.00", "90.00%", "10", "9", ""],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
         "未完成原因分析"],
        ["", "产出指标", "数量指标", "培训覆盖率", "≥", "95", "%", "93", "45", "45", ""],
        ["", "效益指标", "社会效益指标", "群众满意度", "≥", "90", "%", "92", "45", "45", ""],
        ["合计", "100", "99", "", "", "", "", "", "", "", ""],
    ]
    (t,) = tables_of(doc_of(rows))
    assert t.headers["budget"] == "年初预算" and t.headers["adjusted"] == "调整后预算数"
    i = t.indicators[0]
    assert (i.target.raw, i.target.comparator, i.target.value, i.target.unit) == ("≥95%", "≥", Decimal(95), "%")
    assert (i.actual.raw, i.actual.unit) == ("93%", "%")
    assert missed_target(i.target, i.actual)
    assert (t.total_weight, t.total_points) == (Decimal(100), Decimal(99))
    from test_indicators_checks import check

    found = sorted(f.rule for f, _ in check(rows))
    assert found == ["IND007"]  # not IND003/IND004: the funding part is scored once


def test_a_scoring_table_without_targets_is_read_too():
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
        ["决策", "项目立项", "立项依据充分性", "5", "依据充分得5分，每缺一项扣1分", "5"],
        ["", "", "立项程序规范性", "5", "程序规范得5分", "4"],
        ["合计", "", "", "10", "", "9"],
    ]
    (t,) = tables_of(doc_of(rows))
    assert [(i.level1, i.level3, i.weight, i.points, i.target) for i in t.indicators] == [
        ("决策", "立项依据充分性", Decimal(5), Decimal(5), None), ("决策", "立项程序规范性", Decimal(5), Decimal(4), None)]
    assert (t.total_weight, t.total_points) == (Decimal(10), Decimal(9))


def test_rows_that_lost_their_merged_cells_are_moved_into_place():
    """A PDF or a flattened table drops merged cells: the rows are shorter on the left."""
    rows = [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "维护道路里程", "≥30公里", "32公里", "20", "20"],
        ["质量指标", "道路优良率", "≥90%", "88%", "20", "18", "雨季影响"],
        ["完工时间", "100%", "100%", "10", "10"],
        ["总分", "50", "48"],
    ]
    (t,) = tables_of(doc_of(rows))
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.weight, i.points, i.reason) for i in t.indicators] == [
        ("产出指标", "数量指标", "维护道路里程", "≥30公里", Decimal(20), Decimal(20), ""),
        ("产出指标", "质量指标", "道路优良率", "≥90%", Decimal(20), Decimal(18), "雨季影响"),
        ("产出指标", "质量指标", "完工时间", "100%", Decimal(10), Decimal(10), ""),
    ]
    assert (t.total_weight, t.total_points) == (Decimal(50), Decimal(48))


def test_a_table_split_over_pages_goes_on_in_the_next_block():
    first, second = NATIONAL[:10], NATIONAL[10:]
    (t,) = tables_of(doc_of(first, second))
    assert len(t.indicators) == 5 and (t.total_block, t.total_row) == (1, 3)
    assert [i.block for i in t.indicators] == [0, 0, 1, 1, 1]
    # a paragraph between two tables ends the first
    assert tables_of(doc_of(first, "正文", second))[0].total_points is None


def test_funding_and_indicators_written_as_two_tables_are_one_table():
    (t,) = tables_of(doc_of(NATIONAL[:5], "绩效指标完成情况如下：", NATIONAL[7:]))
    assert (len(t.funding), len(t.indicators), t.total_weight) == (3, 5, Decimal(100))


def test_a_pdfs_text_with_single_spaces_and_the_goal_rows_between():
    lines = [" ".join(c for c in r if c) for r in NATIONAL]
    doc = build_document(text_blocks(lines), path="t.txt", fmt="txt", sha256="0" * 64)
    (t,) = tables_of(doc)
    assert summary(t) == summary(tables_of(doc_of(NATIONAL))[0])


def test_a_levels_weight_after_a_space_stays_with_its_level():
    # "产出指标 (50分) 数量指标 …": the weight is the level's, not a cell of its own
    rows = copy.deepcopy(NATIONAL)
    rows[8][1], rows[11][1] = "产出指标 (50分)", "效益指标 (20分)"
    lines = [" ".join(c for c in r if c) for r in rows]
    doc = build_document(text_blocks(lines), path="t.txt", fmt="txt", sha256="0" * 64)
    (t,) = tables_of(doc)
    assert t.level_weights == {"产出指标": 50, "效益指标": 20}
    assert [i.level1 for i in t.indicators][:2] == ["产出指标", "产出指标"]


def test_pipe_rows_with_an_empty_first_cell_and_a_reason_of_zero():
    # "| 质量指标 | …" with no closing bar: the leading bar follows an empty (merged) cell, it is no
    # border; a 偏差原因 written 0 means none
    rows = copy.deepcopy(NATIONAL)
    rows[11][8] = "0"
    lines = [" | ".join(r).rstrip(" |") for r in rows]
    assert lines[9].startswith(" | ") or lines[9].startswith("| ")
    doc = build_document(text_blocks(lines), path="t.txt", fmt="txt", sha256="0" * 64)
    (t,) = tables_of(doc)
    expected = summary(tables_of(doc_of(rows))[0])
    assert summary(t) == expected and len(t.indicators) == 5


def test_other_tables_are_not_indicator_tables():
    rows = [["项目", "年初预算数", "年末决算数"], ["公务接待费", "10", "9.99"], ["合计", "16", "15.42"]]
    assert tables_of(doc_of(rows)) == []


# --------------------------------------------------------------------------- the same table in every format


def _expected():
    doc = read_document(SAMPLES / "qingshi-road-2023.docx")
    (t,) = tables_of(doc)
    return summary(t)


FLAT = [NATIONAL[1], NATIONAL[2], NATIONAL[7], NATIONAL[8], NATIONAL[9], NATIONAL[13]]


def _flat_expected():
    (t,) = tables_of(doc_of(FLAT))
    return summary(t)


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cell per line", "spaces", "single spaces", "run together"])
def test_flattened_layouts(layout):
    if layout == "single spaces":  # as a PDF's text often comes out: empty cells vanish
        lines = [" ".join(c for c in r if c) for r in FLAT]
    elif layout == "run together":  # names run into each other and into the target; numbers apart
        lines = [" ".join("".join(f" {c} " if _numeric(c) else c for c in r).split()) for r in FLAT]
    elif layout == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in FLAT]
    elif layout == "tabs":
        lines = ["\t".join(r).rstrip("\t") for r in FLAT]
    elif layout == "cell per line":
        lines = [line for r in FLAT for line in [*("\t" + c for c in r), ""]]
    else:  # columns padded with spaces, a Chinese character two columns wide
        widths = [max(_width(r[c]) for r in FLAT) + 2 for c in range(len(FLAT[0]))]
        lines = ["".join(c + " " * (w - _width(c)) if c else "-" + " " * (w - 1) for c, w in zip(r, widths)).rstrip()
                 for r in FLAT]
    (flat,) = find_flattened_tables(["自评表", *lines, "", "填表人：某某"])
    (t,) = tables_of(doc_of(flat.rows))
    assert summary(t) == _flat_expected()


def _numeric(cell: str) -> bool:
    """Numbers stay apart in a run-together row; names and a target with its comparator run together."""
    return bool(re.fullmatch(r"[\d.]+(%|公里)?", cell))


def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def test_the_flattened_sample_reads_like_its_grid():
    (t,) = tables_of(read_document(SAMPLES / "qingshi-water-2023.txt"))
    assert len(t.funding) == 4 and len(t.indicators) == 9
    assert (t.total_weight, t.total_points) == (Decimal(100), Decimal("93.70"))
    assert t.indicators[1].target.unit == "万人" and t.indicators[3].level2 == "时效指标"


def test_xlsx_sample():
    (t,) = tables_of(read_document(SAMPLES / "qingshi-farmland-2023.xlsx"))
    s = summary(t)
    assert s["funding"][0] == ("资金总额", Decimal("1200.00"), Decimal("1180.00"), Decimal("1085.60"), Decimal(10),
                               Decimal("92.00"), Decimal("9.6"))
    assert s["levels"] == {"产出指标": Decimal(50), "效益指标": Decimal(30), "满意度指标": Decimal(20)}
    assert s["grade"] == "优" and s["total"] == (Decimal(100), Decimal("88.6"))


def test_html_table_with_merged_cells():
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in NATIONAL[7:]
    )
    html = f"<html><body><p>项目支出绩效自评表</p><table>{rows}</table></body></html>"
    # the first level written once, spanning its rows, as web pages write it
    html = html.replace("<td></td><td>产出指标</td>", "<td></td><td rowspan=\"3\">产出指标</td>", 1)
    html = html.replace("<td></td><td></td><td>质量指标</td>", "<td></td><td>质量指标</td>", 1)
    html = html.replace("<td></td><td></td><td>时效指标</td>", "<td></td><td>时效指标</td>", 1)
    from extractor.readers.html import read_html

    doc = build_document(read_html("t.html", html.encode()).blocks, path="t.html", fmt="html", sha256="0" * 64)
    (t,) = tables_of(doc)
    assert [i[:3] for i in summary(t)["indicators"]][:3] == [
        ("产出指标", "数量指标", "维护道路里程"), ("产出指标", "质量指标", "道路优良率"), ("产出指标", "时效指标", "完工时间")]
    assert t.total_points == Decimal("97.00")


@pytest.mark.slow
@pytest.mark.parametrize("target", ["pdf", "doc", "html"])
def test_the_docx_sample_converted_by_libreoffice(tmp_path, target):
    """The Word sample as LibreOffice writes it to PDF (the table split over two pages), .doc and HTML."""
    from test_readers_doc import needs_soffice, to_doc  # noqa: F401  (skips without soffice)
    from extractor.readers import doc as doc_reader

    if doc_reader.soffice_path() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    converted = to_doc(SAMPLES / "qingshi-road-2023.docx", tmp_path, target)
    (t,) = tables_of(read_document(converted))
    assert summary(t) == _expected()
