"""The text of a project self-evaluation restating its 绩效自评表 (extractor/relations/selfeval.py):
the project's money and each indicator's 实际完成值, CON002. The report is written for these tests
and checked by hand: 310.40 / 320.00 = 97.00%, 10 × 97.00% = 9.70, 300.00 + 0.00 = 300.00,
300.00 + 20.00 = 320.00, 292.50 + 17.90 = 310.40, 分值 10 + 30 × 3 = 100, 得分 9.70 + 90 = 99.70."""

from __future__ import annotations

import pytest

from extractor.pipeline import check_file

TEXT = "2024年项目年初预算300.00万元，全年预算320.00万元，全年执行310.40万元，预算执行率为97.00%。"
ACHIEVED = "全年养护乡村道路85公里，道路优良率为91.2%，沿线群众满意度为95.0%。"
TABLE = [
    "项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
    " | 年度资金总额 | 300.00 | 320.00 | 310.40 | 10 | 97.00% | 9.70",
    " | 其中：当年财政拨款 | 300.00 | 300.00 | 292.50 | — | 97.50% | —",
    " | 上年结转资金 | 0.00 | 20.00 | 17.90 | — | 89.50% | —",
    "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
    " | 产出指标 | 数量指标 | 养护乡村道路里程 | ≥80公里 | 85公里 | 30 | 30",
    " | | 质量指标 | 道路优良率 | ≥90% | 91.2% | 30 | 30",
    " | 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 95.0% | 30 | 30",
    "总分 | | | | | | 100 | 99.70",
]


def findings(tmp_path, text: str = TEXT, achieved: str = ACHIEVED, tables: int = 1) -> list[tuple[str, str]]:
    lines = ["青石县2024年度乡村道路养护项目支出绩效自评报告", "一、项目资金使用情况", text,
             "二、绩效目标完成情况", achieved]
    for k in range(tables):
        lines += [f"{'三四'[k]}、自评表", *TABLE]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.rule, f.message) for f in check_file(path).findings if f.severity in ("error", "warning")]


def test_a_text_that_restates_its_table_is_quiet(tmp_path):
    assert findings(tmp_path) == []


@pytest.mark.parametrize(("old", "new", "cited"), [
    ("全年执行310.40万元", "全年执行301.40万元", "301.40万元"),
    ("年初预算300.00万元", "年初预算330.00万元", "330.00万元"),
    ("全年预算320.00万元", "全年预算302.00万元", "302.00万元"),
])
def test_the_projects_money_against_its_funding_lines(tmp_path, old, new, cited):
    found = findings(tmp_path, text=TEXT.replace(old, new))
    assert [r for r, m in found if r == "CON002" and cited in m and "绩效自评表" in m]


@pytest.mark.parametrize(("old", "new"), [("85公里", "58公里"), ("91.2%", "92.1%"), ("95.0%", "59.0%")])
def test_what_an_indicator_achieved_against_its_actual_value(tmp_path, old, new):
    found = findings(tmp_path, achieved=ACHIEVED.replace(old, new))
    assert [(r, m) for r, m in found if r == "CON002"] and all(new in m for r, m in found if r == "CON002")


def test_a_part_line_stated_as_such_agrees(tmp_path):
    # the text may give a 其中 line's amount: every line's cell of the column is a reading
    assert findings(tmp_path, text=TEXT + "当年财政拨款全年执行292.50万元。") == []


@pytest.mark.parametrize("achieved", [
    "道路优良率较上年提高2.1%，年度目标为93.5%。",  # a change and a target, not what was achieved
    "全年养护乡村道路85公里，其中县道37公里。",  # a part
])
def test_targets_changes_and_parts_are_other_quantities(tmp_path, achieved):
    assert findings(tmp_path, achieved=achieved) == []


def test_with_two_tables_a_sentences_project_is_not_known(tmp_path):
    # a report of several projects: which table "全年执行301.40万元" restates is not known
    assert not [r for r, _ in findings(tmp_path, text=TEXT.replace("310.40", "301.40"), tables=2) if r == "CON002"]
