"""The arithmetic evaluator: for each relation form a consistent case, an inconsistent case and a
rounding edge case, with figures built by hand (the relation finders are tested elsewhere)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.checks import arith
from extractor.checks.context import CheckContext
from extractor.model import Block, Figure, Relation, ReportMeta
from extractor.structure import build_document

DOC = build_document([Block(index=0, kind="paragraph", text="x" * 400)], path="t", fmt="txt", sha256="0")


def fig(i: int, raw: str, kind: str = "money", label: str = "", approx: str | None = None) -> Figure:
    unit = next(u for u in ("万元", "亿元", "元", "%", "人", "辆", "分") if raw.endswith(u))
    number = raw[: -len(unit)]
    decimals = len(number.split(".")[1]) if "." in number else 0
    if unit == "%":
        kind = "percent"
    elif unit in ("人", "辆", "分"):
        kind = "count"
    return Figure(id=f"F{i}", kind=kind, raw=raw, value=Decimal(number), unit=unit, decimals=decimals,
                  label=label, approx=approx, block=0, start=i, end=i + 1)


def run(figures, relations):
    ctx = CheckContext(doc=DOC, figures=figures, relations=relations, meta=ReportMeta())
    return list(arith.check(ctx))


def linear(kind, rule, stated, *terms, **data):
    return Relation(kind=kind, rule=rule, source="text", figures=[stated.id] + [f.id for f, _ in terms],
                    data={"terms": [[f.id, s] for f, s in terms], **data})


def ratio(rule, stated, num, den, **data):
    ids = [stated.id] + [f.id for f, _ in num + den]
    return Relation(kind="ratio", rule=rule, source="text", figures=ids,
                    data={"num": [[f.id, s] for f, s in num], "den": [[f.id, s] for f, s in den], **data})


def test_sum_within_rounding_is_info_not_claim():
    t, a, b, c = fig(1, "2038.85万元"), fig(2, "995.51万元"), fig(3, "867.34万元"), fig(4, "175.99万元")
    got = run([t, a, b, c], [linear("sum", "SUM002", t, (a, 1), (b, 1), (c, 1))])
    assert [f.severity for f in got] == ["info"]


def test_sum_exact_is_silent_and_sum_off_is_error():
    t, a, b = fig(1, "16万元"), fig(2, "10万元"), fig(3, "6万元")
    assert run([t, a, b], [linear("sum", "SUM001", t, (a, 1), (b, 1))]) == []
    t2 = fig(1, "18.00万元")
    a2, b2 = fig(2, "10.00万元"), fig(3, "6.00万元")
    got = run([t2, a2, b2], [linear("sum", "SUM001", t2, (a2, 1), (b2, 1))])
    assert got[0].severity == "error" and got[0].figures == ["F1", "F2", "F3"] and "16.00" in got[0].message


def test_partial_list_may_fall_short_but_not_exceed():
    t, a, b = fig(1, "100.00万元"), fig(2, "60.00万元"), fig(3, "20.00万元")
    assert run([t, a, b], [linear("sum", "SUM001", t, (a, 1), (b, 1), at_most=True)]) == []
    c = fig(4, "30.00万元")
    assert run([t, a, b, c], [linear("sum", "SUM001", t, (a, 1), (b, 1), (c, 1), at_most=True)])


def test_balance_roll_forward_error():
    close, open_, inc, out = fig(1, "179.93万元"), fig(2, "223.45万元"), fig(3, "1914.36万元"), fig(4, "1980.3万元")
    got = run([close, open_, inc, out], [linear("balance", "BAL001", close, (open_, 1), (inc, 1), (out, -1))])
    assert got[0].rule == "BAL001" and "157.51" in got[0].message


def test_unit_slip_is_reported_instead_of_the_sum():
    total_, basic, project = fig(1, "219.93万元"), fig(2, "179.93元"), fig(3, "40万元")
    got = run([total_, basic, project], [linear("sum", "SUM002", total_, (basic, 1), (project, 1))])
    assert [f.rule for f in got] == ["UNIT001"] and got[0].figures[0] == "F2"


def test_difference_sign_free():
    d, a, b = fig(1, "0.58万元"), fig(2, "16万元"), fig(3, "15.42万元")
    assert run([d, a, b], [linear("difference", "DIF001", d, (b, 1), (a, -1), abs=True)]) == []
    d2 = fig(1, "0.57万元")
    got = run([d2, a, b], [linear("difference", "DIF001", d2, (b, 1), (a, -1), abs=True)])
    # 16 - [15.415, 15.425) = (0.575, 0.585]; 0.57 stands for [0.565, 0.575): they only touch
    assert got and got[0].severity == "error"
    a3 = fig(2, "16.00万元")  # written with decimals, 16.00 stands for [15.995, 16.005): 0.57 is reachable
    got = run([d2, a3, b], [linear("difference", "DIF001", d2, (b, 1), (a3, -1), abs=True)])
    assert [f.severity for f in got] == ["info"]


@pytest.mark.parametrize(
    ("stated", "num", "den", "severity"),
    [("67.55%", "789.37万元", "1168.51万元", None), ("100%", "1274.59万元", "2万元", "error"),
     ("96.43%", "15.42万元", "16万元", "error"), ("96.43%", "15.42万元", "16.00万元", None), ("-3.63%", "-0.58万元", "16万元", None)],
)
def test_ratio(stated, num, den, severity):
    s, n, d = fig(1, stated), fig(2, num), fig(3, den)
    got = run([s, n, d], [ratio("PCT001", s, [(n, 1)], [(d, 1)])])
    assert [f.severity for f in got if f.severity != "info"] == ([severity] if severity else [])


def test_zero_base_is_its_own_rule():
    s, n, d = fig(1, "95.89%"), fig(2, "307.82万元"), fig(3, "0万元")
    got = run([s, n, d], [ratio("PCT002", s, [(n, 1)], [(d, 1)])])
    assert got[0].rule == "PCT003" and got[0].severity == "error"


@pytest.mark.parametrize(("stated", "rules"), [("100%", []), ("0%", []), ("90%", ["PCT003"])])
def test_nothing_of_a_nil_budget_is_all_or_nothing_of_it(stated, rules):
    # 决算0万元，完成预算0万元的100%: all of a nil budget was spent; any other rate has no base
    s, n, d = fig(1, stated), fig(2, "0万元"), fig(3, "0万元")
    assert [f.rule for f in run([s, n, d], [ratio("PCT002", s, [(n, 1)], [(d, 1)])])] == rules


def test_change_rate_outside_rounding():
    p, d, cur = fig(1, "3.37%"), fig(2, "0.32万元"), fig(3, "9.99万元")
    got = run([p, d, cur], [ratio("CHG001", p, [(d, 1)], [(cur, 1), (d, -1)])])
    assert got and got[0].rule == "CHG001" and "3.31" in got[0].message


def test_change_rate_inside_rounding_is_silent_or_info():
    p, d, cur = fig(1, "34.07%"), fig(2, "3.92万元"), fig(3, "15.42万元")
    got = run([p, d, cur], [ratio("CHG001", p, [(d, 1)], [(cur, 1), (d, -1)])])
    assert all(f.severity == "info" for f in got)


def test_change_with_unit_slip():
    p, d, cur = fig(1, "34.07%"), fig(2, "3.92元"), fig(3, "15.42万元")
    got = run([p, d, cur], [ratio("CHG001", p, [(d, 1)], [(cur, 1), (d, -1)])])
    assert [f.rule for f in got] == ["UNIT001"] and got[0].figures[0] == "F2"


def test_average_with_exact_count():
    avg, tot, n = fig(1, "2.72万元"), fig(2, "5.43万元"), fig(3, "2辆")
    assert run([avg, tot, n], [ratio("AVG001", avg, [(tot, 1)], [(n, 1)], scale=1)]) == []
    n1 = fig(3, "1辆")
    assert run([avg, tot, n1], [ratio("AVG001", avg, [(tot, 1)], [(n1, 1)], scale=1)])[0].rule == "AVG001"


def test_more_than_total_stands_for_an_upward_interval():
    t = fig(1, "11.4万元", approx="more-than")
    parts = [fig(2, "8.064万元"), fig(3, "1.26万元"), fig(4, "2.88万元")]
    got = run([t] + parts, [linear("sum", "SUM001", t, *[(p, 1) for p in parts], at_most=True)])
    assert got and got[0].severity == "error"


def test_direction_word():
    a, b = fig(1, "51.32万元"), fig(2, "52.00万元")
    rel = Relation(kind="direction", rule="DIR001", source="text", figures=["F1", "F2"], data={"op": "<", "word": "小于"})
    assert run([a, b], [rel]) == []
    rel2 = Relation(kind="direction", rule="DIR001", source="text", figures=["F1", "F2"], data={"op": ">", "word": "大于"})
    assert run([a, b], [rel2])[0].rule == "DIR001"


def test_truncated_percentage_is_information():
    s, n, d = fig(1, "95.45%"), fig(2, "9746.50万元"), fig(3, "10210.34万元")  # 95.457…% truncated
    got = run([s, n, d], [ratio("PCT002", s, [(n, 1)], [(d, 1)])])
    assert [f.severity for f in got] == ["info"] and "截尾" in got[0].message


def test_truncating_is_no_excuse_in_a_report_that_rounds_its_other_percentages():
    # 95.457…% written 95.45 is truncated; beside it, 10.19 / 30 = 33.967% written 33.97 is rounded (truncating
    # gives 33.96), and no other percentage is truncated: 95.45 is then a slip, not the report's habit
    s, n, d = fig(1, "95.45%"), fig(2, "9746.50万元"), fig(3, "10210.34万元")
    r, a, b = fig(4, "33.97%"), fig(5, "10.19万元"), fig(6, "30.00万元")
    rels = [ratio("PCT002", s, [(n, 1)], [(d, 1)]), ratio("PCT002", r, [(a, 1)], [(b, 1)])]
    assert [f.severity for f in run([s, n, d, r, a, b], rels)] == ["error"]
    t, c, e = fig(7, "33.96%"), fig(8, "10.19万元"), fig(9, "30.00万元")  # …but one more truncated: its habit
    rels.append(ratio("PCT002", t, [(c, 1)], [(e, 1)]))
    assert [f.severity for f in run([s, n, d, r, a, b, t, c, e], rels)] == ["info", "info"]


def test_shares_adjusted_to_a_hundred_are_information():
    total = fig(1, "307.82万元")
    parts = [fig(2, "264.87万元"), fig(3, "10.82万元"), fig(4, "2.71万元"), fig(5, "29.42万元")]
    pcts = [fig(6, "86.05%"), fig(7, "3.52%"), fig(8, "0.88%"), fig(9, "9.55%")]  # 9.5575… written 9.55
    rels = [ratio("PCT001", p, [(n, 1)], [(total, 1)], share_of="F1") for p, n in zip(pcts, parts)]
    got = run([total] + parts + pcts, rels)
    assert [f.severity for f in got] == ["info"]
    pcts[3] = fig(9, "9.57%")  # now the shares add up to 100.02: the slip is real
    rels = [ratio("PCT001", p, [(n, 1)], [(total, 1)], share_of="F1") for p, n in zip(pcts, parts)]
    assert [f.severity for f in run([total] + parts + pcts, rels)] == ["error"]


def test_two_parts_of_one_amount_count_their_shares_apart():
    # 18.43 + 0 + 0 + 266.33 = 284.76; a nil part written 1% makes the shares add up to 101%: no 凑整调整
    total = fig(1, "284.76万元")
    parts = [fig(2, "18.43万元"), fig(3, "0万元"), fig(4, "0万元"), fig(5, "266.33万元")]
    pcts = [fig(6, "6.47%"), fig(7, "1%"), fig(8, "0%"), fig(9, "93.53%")]
    rels = [ratio("PCT001", p, [(n, 1)], [(total, 1)], share_of="F1") for p, n in zip(pcts, parts)]
    assert [(f.severity, f.stated) for f in run([total] + parts + pcts, rels)] == [("error", "1%")]


@pytest.mark.parametrize("seed", ["1", "2", "3", "4"])
def test_the_unit_of_a_message_is_the_same_in_every_process(seed):
    # a tie (one 元, one 万元) goes to the unit written first, whatever the string hashing of the process
    import os
    import subprocess
    import sys

    code = ("from types import SimpleNamespace as F; from extractor.checks.arith import money_unit; "
            "print(money_unit([F(kind='money', unit='元'), F(kind='money', unit='万元')])[0], "
            "money_unit([F(kind='money', unit='万元'), F(kind='money', unit='元')])[0])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed},
                         check=True).stdout.split()
    assert out == ["元", "万元"]


def test_a_quotient_keeps_the_value_its_figures_give():
    # 3.26万 ÷ 3.2万 (each rounded to its last digit) stands for 100.15%…103.65%; the figures give 101.875%
    from extractor.arithmetic import Interval, verdict

    q = (Interval.of(Decimal("32600"), -2) / Interval.of(Decimal("32000"), -3)).scale(Decimal(100))
    assert q.mid == Decimal("101.875") and q.lo < Decimal("100.2") and q.hi > Decimal("103.6")
    assert verdict(Interval.of(Decimal("101.88"), 2), q) == "ok"
    # half up: 25.005 is written 25.01, so 25.00 only meets it
    assert verdict(Interval.of(Decimal("25.00"), 2), Interval(Decimal("25.004"), Decimal("25.006"), Decimal("25.005"))) == "rounding"
