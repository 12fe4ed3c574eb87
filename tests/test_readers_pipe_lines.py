"""A pipe table whose cells each landed on a line of their own, with lone "|" lines between them,
comes back as a grid; a lone "|" among sentences does not make prose a table."""

from __future__ import annotations

from extractor.pipeline import check_file
from extractor.readers import read_document
from extractor.readers.flattened import find_flattened_tables

ROWS = [["项目", "年初预算数", "决算数"], ["公务接待费", "10", "9.99"], ["公务用车运行维护费", "6", "5.43"], ["合计", "16", "15.42"]]


def _pipe_lines(rows, outer=True):
    """Each row as bars and cells on lines of their own: | a | b | c | (outer) or a | b | c,
    rows joined by two bars (outer) or a blank line."""
    out = []
    for k, row in enumerate(rows):
        cells = [x for c in row for x in ("|", c)][1:]
        if outer:
            out += ["|", *cells, "|"]
        else:
            out += ([""] if k else []) + cells
    return out


def test_cells_between_bars_with_outer_bars():
    (t,) = find_flattened_tables(["说明如下：", "", *_pipe_lines(ROWS), "", "以上为三公经费情况。"])
    assert t.rows == ROWS and t.first_line == 2


def test_cells_between_bars_rows_split_by_blank_lines():
    (t,) = find_flattened_tables(_pipe_lines(ROWS, outer=False))
    assert t.rows == ROWS


def test_a_lone_bar_among_sentences_is_prose():
    assert find_flattened_tables(["本年支出合计100万元。", "|", "其中基本支出80万元。", "以上。"]) == []


def test_the_grid_is_checked_as_a_table(tmp_path):
    rows = [list(r) for r in ROWS]
    rows[3][2] = "16.42"  # 9.99 + 5.43 = 15.42
    path = tmp_path / "r.txt"
    path.write_text("\n".join(["单位：万元", *_pipe_lines(rows), ""]), encoding="utf-8")
    (table,) = [b for b in read_document(path).blocks if b.kind == "table"]
    assert table.rows == rows and table.unit == "万元"
    found = [(f.rule, f.stated) for f in check_file(path).findings if f.severity == "error"]
    assert ("TBL001", "16.42万元") in found


FORM = [
    "单位名称:某县农业农村局 | 填报日期:2023年6月30日 | |||",
    "项目名称 | 农业产业扶持项目 | |||",
    "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
    "||",
    "年度财政资金总额 | 500 | 450 | 90% | 18 | ||",
    "年度绩效目标 (80分) |",
    "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
    "产出指标 | 数量指标 | 扶持经营主体(个) | 20 | 20 | 40 |",
    "满意度指标 | 服务对象满意度指标 | 满意度(%) | 90 | 95 | 40 |",
    "总分 | 98 | |||",
]


def test_a_funding_part_in_pipe_rows_with_one_line_of_numbers_is_a_table():
    tables = find_flattened_tables(FORM)
    funding = next(t for t in tables if any(r[0] == "年度财政资金总额" for r in t.rows))
    assert funding.rows[-1][:5] == ["年度财政资金总额", "500", "450", "90%", "18"]
    assert all(any(r) for r in funding.rows)  # the line of bars alone is a border, no row


def test_the_total_points_count_the_funding_line_read_from_pipe_rows(tmp_path):
    # 18 + 40 + 40 = 98: the funding line's points are in the total
    path = tmp_path / "form.txt"
    path.write_text("\n".join(FORM) + "\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == []
    path.write_text("\n".join(FORM).replace("总分 | 98", "总分 | 99") + "\n", encoding="utf-8")
    assert [f.rule for f in check_file(path).findings if f.severity != "info"] == ["IND003"]


def test_a_pipe_row_wrapped_after_its_last_cell_is_one_row():
    lines = ["资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | |||",
             "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | |||",
             "基本支出 | 985.19 | 914.97 |", "10 | 10 | |||||",
             "项目支出 | 187.36 | 353.75 | 10 | 10 | |||||"]
    (t,) = find_flattened_tables(lines)
    assert [r[:5] for r in t.rows[1:]] == [["年度资金总额:", "1172.55", "1268.72", "10", "10"],
                                           ["基本支出", "985.19", "914.97", "10", "10"],
                                           ["项目支出", "187.36", "353.75", "10", "10"]]


def test_rows_of_one_width_ending_with_a_bar_stay_apart():
    # a first column of years is no wrapped row: every row has the width of the one before
    lines = ["年度 | 收入 |", "2022 | 100.00 |", "2023 | 120.00 |"]
    (t,) = find_flattened_tables(lines)
    assert t.rows == [["年度", "收入"], ["2022", "100.00"], ["2023", "120.00"]]


def test_a_row_of_empty_cells_ending_with_a_bar_is_as_wide_as_the_others():
    # "资源税 | |||||": a name and five empty cells (the last bar a border), not a name and nothing
    lines = ["项 目 | 决算数 | 调整数 | 执行数 | 占调整预算% | 比上年增长% |", "增值税 | 266 | 292 | 292 | 100 | 9.77 |",
             "资源税 | |||||", "印花税 | 4 | 5 | 5 | 100 | 25.00 |", "土地增值税 | |||||", "耕地占用税 | |||||",
             "契税 | |||||", "车船税 | 76 | 64 | 64 | 100 | -15.79 |"]
    (t,) = find_flattened_tables(lines)
    assert (t.first_line, t.last_line) == (0, 7) and {len(r) for r in t.rows} == {6}
    assert t.rows[2] == ["资源税", "", "", "", "", ""]


def test_rows_of_two_cells_with_one_bar_each_are_a_table():
    # "项目 | 决算数" over named amounts: a table of two columns, once it has three rows and two numbers
    lines = ["项 目 | 决算数", "合 计 | 1957.23", "1、因公出国(境)费 | 65.98", "2、公务接待费 | 918.5"]
    [t] = find_flattened_tables(lines)
    assert t.rows == [["项 目", "决算数"], ["合 计", "1957.23"], ["1、因公出国(境)费", "65.98"], ["2、公务接待费", "918.5"]]
    assert find_flattened_tables(["文号 | 浏览量", "本页共1条"]) == []  # one line with a bar is a page's chrome, no table


def test_a_total_row_leaving_its_rate_cell_out_takes_the_amount_columns(tmp_path):
    # "合计 | 24.7 | 7.77 |": 7.65 + 1.63 + 15.42 = 24.7 is the 销量 column, 2.75 + 0.55 + 4.47 = 7.77 the 筹集公益金
    # one, not the rates'
    lines = ["2020年福彩公益金筹集情况统计表 单位:亿元", "票种 | 公益金比例 | 销量 | 筹集公益金 |", "双色球 | 36% | 7.65 | 2.75 |",
             "3D | 34% | 1.63 | 0.55 |", "快乐彩 | 29% | 15.42 | 4.47 |", "合计 | 24.7 | 7.77 |"]
    (t,) = find_flattened_tables(lines)
    assert t.rows[-1] == ["合计", "", "24.7", "7.77"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join([*lines, ""]), encoding="utf-8")
    assert [f for f in check_file(path).findings if f.severity == "error"] == []
    path.write_text("\n".join([*lines[:-1], "合计 | 24.7 | 7.87 |", ""]), encoding="utf-8")
    assert [(f.rule, f.stated) for f in check_file(path).findings if f.severity == "error"] == [("TBL001", "7.87亿元")]
