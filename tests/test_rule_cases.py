"""For each arithmetic rule whose finder reads running text: a consistent statement, an
inconsistent one, and one off by no more than rounding (at most `info`). The sentences are
written for these tests; figures come from tests/quickfig.py."""

from __future__ import annotations

import pytest
from quickfig import doc_of, figures_of

from extractor.checks import run_checks
from extractor.model import ReportMeta
from extractor.pipeline import CheckOptions
from extractor.relations import find_relations

CASES = {
    # rule: (consistent, inconsistent, rounding edge)
    "SUM001": (
        ["全年支出合计80.00万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出10.00万元。"],
        ["全年支出合计80.00万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出12.00万元。"],
        ["全年支出合计80.01万元，其中：人员经费50.00万元，公用经费20.00万元，其他支出10.00万元。"],
    ),
    "SUM002": (
        ["一、总体", "本年财政拨款决算支出合计90.00万元，年末财政拨款结转和结余30.00万元。",
         "（一）基本支出", "年末财政拨款结转和结余12.00万元。", "（二）项目支出", "年末财政拨款结转和结余18.00万元。"],
        ["一、总体", "本年财政拨款决算支出合计90.00万元，年末财政拨款结转和结余30.00万元。",
         "（一）基本支出", "年末财政拨款结转和结余12.00万元。", "（二）项目支出", "年末财政拨款结转和结余19.00万元。"],
        ["一、总体", "本年财政拨款决算支出合计90.00万元，年末财政拨款结转和结余30.01万元。",
         "（一）基本支出", "年末财政拨款结转和结余12.00万元。", "（二）项目支出", "年末财政拨款结转和结余18.00万元。"],
    ),
    "BAL001": (
        ["（一）项目支出", "年初财政拨款结转和结余5.00万元，全年财政拨款收入为60.00万元，全年财政拨款支出为55.00万元，年末财政拨款结转和结余10.00万元。"],
        ["（一）项目支出", "年初财政拨款结转和结余5.00万元，全年财政拨款收入为60.00万元，全年财政拨款支出为55.00万元，年末财政拨款结转和结余12.00万元。"],
        ["（一）项目支出", "年初财政拨款结转和结余5.00万元，全年财政拨款收入为60.00万元，全年财政拨款支出为55.00万元，年末财政拨款结转和结余10.01万元。"],
    ),
    "CON001": (
        ["一、总体", "本年财政拨款决算支出合计90.00万元，其中：基本支出40.00万元，项目支出50.00万元。",
         "（一）基本支出", "全年财政拨款支出为40.00万元。"],
        ["一、总体", "本年财政拨款决算支出合计90.00万元，其中：基本支出40.00万元，项目支出50.00万元。",
         "（一）基本支出", "全年财政拨款支出为41.00万元。"],
        ["一、总体", "本年财政拨款决算支出合计90.0万元，其中：基本支出40.0万元，项目支出50.0万元。",
         "（一）基本支出", "全年财政拨款支出为40.01万元。"],
    ),
    "DIR001": (
        ["全年预算为30.00万元，支出决算为28.00万元。决算数小于全年预算数的主要原因：项目延期。"],
        ["全年预算为30.00万元，支出决算为28.00万元。决算数大于全年预算数的主要原因：项目增加。"],
        ["全年预算为30.0万元，支出决算为30.04万元。决算数与全年预算数持平。"],
    ),
    "PCT001": (
        ["本年支出合计200.00万元，其中：基本支出50.00万元，占25.00%；项目支出150.00万元，占75.00%。"],
        ["本年支出合计200.00万元，其中：基本支出50.00万元，占26.00%；项目支出150.00万元，占75.00%。"],
        ["本年支出合计200.00万元，其中：基本支出50.01万元，占25.00%；项目支出149.99万元，占75.00%。"],
    ),
    "CHG001": (
        ["全年公务接待费支出8.00万元，较上年减少2.00万元，下降20.00%。"],
        ["全年公务接待费支出8.00万元，较上年减少2.00万元，下降25.00%。"],
        ["全年公务接待费支出7.99万元，较上年减少2.00万元，下降20.00%。"],
    ),
}


def severities(paragraphs, rule):
    doc = doc_of(*paragraphs)
    figs = figures_of(doc)
    found = run_checks(doc, figs, find_relations(doc, figs, ReportMeta()), ReportMeta(), CheckOptions())[0]
    return [f.severity for f in found if f.rule == rule]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_consistent_is_silent(rule):
    assert severities(CASES[rule][0], rule) == []


@pytest.mark.parametrize("rule", sorted(CASES))
def test_inconsistent_is_a_claim(rule):
    assert set(severities(CASES[rule][1], rule)) & {"error", "warning"}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rounding_edge_is_only_information(rule):
    # direction words have no degree: a comparison that rounding can explain simply holds
    assert severities(CASES[rule][2], rule) == ([] if rule == "DIR001" else ["info"])
