"""IND: a 绩效自评表 against its own arithmetic and scoring rules.

The tables are read once by extractor.indicators (CheckContext.indicators); the rules here compare
what they state: execution rates, the funding lines against their total (年度资金总额), the points
the funding part earns, totals of weights and points,
points against weights, targets against actual values, the total against the grade and the score
the text states. Weights are assigned, so whole weights and points are exact; amounts and rates
stand for their rounding interval (extractor/arithmetic.py).
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extractor import lexicon
from extractor.checks.context import CheckContext
from extractor.checks.findings import make_finding
from extractor.checks.grade import Grades, band_of
from extractor.checks.registry import define
from extractor.arithmetic import Interval, fmt, total, verdict
from extractor.indicators.measure import missed_target
from extractor.indicators.vocab import words
from extractor.model import Figure, Finding, FundingLine, Indicator, IndicatorTable

_HUNDRED = Decimal(100)

define(
    "IND001", "ratio", "execution-rate", "error",
    "A funding line's 执行率 is not 全年执行数 / 全年预算数.",
    """
    What it checks: each funding line of a 绩效自评表 (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金):
    the stated 执行率 against 全年执行数 ÷ 全年预算数 (调整后预算数); where the table gives only one
    budget, or the rate follows the 年初预算数, that reading is accepted too, and a rate written as a
    fraction (0.92) in a column of rates reads as 92%. A percentage never stands for an amount: a line
    that lost a blank cell (864.2 | 100% | 20 under 预算数 | 执行数 | 执行率 | 得分) is not read shifted.
    Why: the execution rate earns the funding part its points; a rate that its own amounts do not
    give inflates (or deflates) the score.
    Example: 上年结转资金 全年预算数 50.00, 全年执行数 44.30, 执行率 86.60% → 44.30 ÷ 50.00 = 88.60%.
    Tolerance: interval division of the rounded amounts must meet [p − ½·10^−d, p + ½·10^−d]; whole
    amounts are exact.
    """,
)
define(
    "IND002", "other", "funding-points", "warning",
    "The funding part's 得分 is not what its 分值 and 执行率 earn.",
    """
    What it checks: the funding part's first line (年度资金总额): 得分 = 分值 × 执行率, an execution
    rate above 100% earning the full weight (the rule is data: patterns/indicators.toml [scoring]);
    the stated rate and the rate computed from the amounts are both tried.
    Why: the funding points are the one score of the table that is pure arithmetic.
    Example: 分值 10, 执行率 92.00%, 得分 9.6 → 10 × 92.00% = 9.2.
    Tolerance: the points' rounding interval must meet 分值 × the rate's interval. A warning, because
    some provinces score the execution rate in bands; their tables need a human look.
    """,
)
define(
    "IND003", "table", "total-points", "error",
    "The 总分 row's 得分 is not the sum of the rows' 得分.",
    """
    What it checks: the points of the funding part (its first line, 年度资金总额) and of every indicator
    row, added up, against the 得分 of the 总分/合计 row (小计 rows and the funding line's parts are left out).
    When the form has a funding part whose line could not be read, its points are unknown and the
    total is not checked.
    Why: the total is the score the report quotes and grades; a slip in the addition changes both.
    Example: 9.70 + 50 + 23 + 10 = 92.70, but the 总分 row says 93.70.
    Tolerance: whole points are exact; points with decimals stand for their rounding interval, and so
    does the stated total.
    """,
)
define(
    "IND004", "table", "total-weights", "error",
    "The rows' 分值 do not add up to the stated total (or to 100 in a complete table).",
    """
    What it checks: the weights of the funding part (its first line) and every indicator row, added
    up, against the 分值 of the 总分 row; a table with both funding and indicator rows must distribute 100 points
    (财预〔2020〕10号), whether or not it has a total row.
    Why: weights that do not add up mean a row was dropped, doubled or given the wrong weight, and the
    total score is measured on the wrong scale.
    Example: 10 + 50 + 25 + 10 = 95, 总分 row 100 (生态效益指标 weighted 5 instead of 10).
    Tolerance: none: weights are assigned numbers. Where no weighted funding line was read (预算执行
    情况（10分） laid out beside its amounts), indicators adding up to less than the total are not
    reported: the gap is the funding line's weight.
    """,
)
define(
    "IND005", "other", "level-weights", "error",
    "A first-level indicator's stated weight is not the sum of its rows' weights.",
    """
    What it checks: a weight written with the first-level indicator (产出指标（50分）) or in its 小计
    row, against the weights of the rows under it.
    Why: the first-level weights are set by the evaluation plan; rows that do not add up to them
    shift points between output, effect and satisfaction.
    Example: 产出指标（50分）with four rows of 10 → 40.
    Tolerance: none: weights are assigned numbers.
    """,
)
define(
    "IND006", "other", "points-over-weight", "error",
    "A row scores more points than its weight.",
    """
    What it checks: 得分 ≤ 分值 on every funding and indicator row, and on the total row.
    Why: an indicator cannot earn more than its weight; extra points inflate the total and the grade.
    Example: 项目工程验收合格率 分值 10, 得分 12.
    Tolerance: none: the values as written.
    """,
)
define(
    "IND007", "other", "full-points-missed-target", "warning",
    "An indicator whose actual value misses its target is given full points.",
    """
    What it checks: 得分 = 分值 on a row whose 实际完成值 fails its 年度指标值: against the comparator
    (≥95% missed by 93%, ≤24小时 missed by 30小时; a target without one, or "=", is missed by a
    smaller actual value, a cost target by a larger one), or an actual value that says so (未完成,
    未达标). Qualitative targets (有效改善) and units that differ are not compared.
    Why: 财预〔2020〕10号 scores a missed quantitative target in proportion to its completion; full
    points for it overstate the score.
    Example: 养护路段优良路率 ≥85%, actual 82.6%, 分值 10, 得分 10.
    Tolerance: none: the values as written.
    """,
)
define(
    "IND008", "other", "missing-deviation-reason", "warning",
    "A row loses points but its 偏差原因分析及改进措施 is empty.",
    """
    What it checks: 得分 < 分值 with the table's deviation column (偏差原因分析及改进措施, 未完成原因…)
    left blank. Tables without such a column are not checked.
    Why: the template requires the reasons for every deduction and the measures taken; an empty cell
    leaves the deduction unexplained.
    Example: 村集体经济组织满意度 分值 10, 得分 7, no reason given.
    Tolerance: none.
    """,
)
define(
    "IND009", "grade", "total-grade-band", "error",
    "The table's total is not in the band of the grade the table states.",
    """
    What it checks: the 总分 of a 绩效自评表 against the grade the table states (自评等级 | 优), with the
    bands of patterns/grades.toml: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. The grade a report's text
    gives its score is GRD001's, and a text score other than the table's total is IND010's.
    Why: a grade its total does not support is a grade inflated by hand or a total typed wrong.
    Example: 总分 88.6 with 自评等级 优 → 88.6 is 良.
    Tolerance: none: the bands are closed-open intervals on the total as written.
    """,
)
define(
    "IND010", "conflict", "text-score-vs-table", "error",
    "The score the text states is not the total of the 绩效自评表.",
    """
    What it checks: the self-evaluation score of the report's text (自评得分95.85分) against the 总分
    of its only 绩效自评表.
    Why: the text and the table are written apart; when they differ, one of them was not updated.
    Example: text 综合得分95.85分, table 总分 98.55.
    Tolerance: the two rounding intervals must meet (98.6 and 98.55 agree).
    """,
)

define(
    "IND011", "sum", "funding-parts-exceed-total", "error",
    "The funding lines under 年度资金总额 (当年财政拨款, 上年结转资金, 其他资金) add up to more than it.",
    """
    What it checks: in the funding part of a 绩效自评表, the lines that follow a total line (年度资金总额,
    申请总额) are its parts — 其中：当年财政拨款, 上年结转资金, 其他资金 — in each amount column (年初预算数,
    全年预算数, 全年执行数); however many of them the table lists, together they cannot exceed the total.
    Why: a part larger than its whole is a typing slip in one of the amounts, and the execution rate
    and the funding points are computed from them.
    Example: 年度资金总额 全年预算数 120.00; 其中：当年财政拨款 110.00, 上年结转资金 30.00 → 140.00 > 120.00.
    Tolerance: the interval rule on every amount (whole amounts exact); a sum below the total is
    never flagged, since the table may not list every source.
    """,
)

define(
    "IND012", "sum", "funding-parts-sum", "error",
    "The funding lines under 年度资金总额 end with 其他资金 but do not add up to it.",
    """
    What it checks: a funding part whose last line names the other sources (其他资金) lists every
    source of its total, as a list in words closed by 其他… does: then 当年财政拨款 + 上年结转资金 +
    其他资金 must equal 年度资金总额 in each amount column (a blank line adds nothing).
    Why: the total and its sources are typed separately; a total that its complete list of sources
    does not make is a slip in one of them (IND011 already reports a list that adds up to more).
    Example: 年度资金总额 全年预算数 1180.00; 其中：当年财政拨款 960.00, 其他资金 200.00 → 1160.00 ≠ 1180.00.
    Tolerance: the interval rule on every amount (whole amounts exact).
    """,
)

# --------------------------------------------------------------------------- values


def _decimals(x: Decimal) -> int:
    return max(0, -x.as_tuple().exponent)


def _interval(x: Decimal, exact_when_whole: bool = True) -> Interval:
    """A stated value's interval: whole weights, points and amounts are exact (they are assigned or
    budgeted as such), others stand for every value that rounds to them."""
    d = _decimals(x)
    return Interval.exact(x) if exact_when_whole and d == 0 else Interval.of(x, d)


def _num(x: Decimal) -> str:
    """A value as written (never in exponent form)."""
    return f"{x:f}"


def _figs(ctx: CheckContext, ids: dict[str, str], *roles: str) -> list[Figure]:
    return [ctx.by_id[ids[r]] for r in roles if r in ids and ids[r] in ctx.by_id]


def _word(t: IndicatorTable, role: str, default: str) -> str:
    """The table's own header word for a column, for messages."""
    return t.headers.get(role, default)


def _total_at(t: IndicatorTable) -> tuple[int, int]:
    """The block and row a finding about the whole table points at: its total row, else its start."""
    return (t.total_block, t.total_row) if t.total_row is not None else (t.block, 0)


def _name(i: Indicator) -> str:
    return i.level3 or i.content or i.level2 or i.level1


def _row_finding(ctx: CheckContext, code: str, figs: list[Figure], message: str, block: int, row: int,
                 **extra) -> Finding:
    """A finding about one table row; without a figure to point at, it points at the row."""
    if figs:
        return make_finding(ctx.doc, code, figs, message, **extra)
    b = ctx.doc.blocks[block]
    cells = (b.rows or [])[row]
    start, _ = b.cell_span(row, 0)
    excerpt = " | ".join(c for c in cells if c.strip())
    return make_finding(ctx.doc, code, [], message, excerpt=excerpt, at=(start, start + len("\t".join(cells))), **extra)


# --------------------------------------------------------------------------- funding


def _rates(line: FundingLine) -> list[tuple[str, Interval]]:
    """The execution rates the amounts give, in %: over the adjusted budget first, then the initial one."""
    out = []
    if line.executed is None:
        return out
    for role in ("adjusted", "budget"):
        base = getattr(line, role)
        if base is None or base == 0:
            continue
        q = _interval(line.executed) / _interval(base)
        if q is not None:
            out.append((role, q.scale(_HUNDRED)))
    return out


def _stated_rates(ctx: CheckContext, line: FundingLine) -> list[Interval]:
    """The stated execution rate in %: as written, and as a fraction (0.92) when written without %."""
    if line.rate is None:
        return []
    stated = _interval(line.rate, exact_when_whole=False)
    cell = _figs(ctx, line.figures, "rate")
    if line.rate <= 1 and not (cell and "%" in cell[0].raw):
        return [stated, stated.scale(_HUNDRED)]
    return [stated]


def _execution_rate(ctx: CheckContext, t: IndicatorTable, line: FundingLine):
    computed = _rates(line)
    stated = _stated_rates(ctx, line)
    if not computed or not stated or any(verdict(s, q) != "mismatch" for s in stated for _, q in computed):
        return
    role, q = computed[0]
    value = q.mid
    yield _row_finding(
        ctx, "IND001", _figs(ctx, line.figures, "rate", "executed", role),
        f"{line.name}{_word(t, 'rate', '执行率')}填报为{_num(line.rate)}%，按{_word(t, 'executed', '全年执行数')}"
        f"{_num(line.executed)} ÷ {_word(t, role, '全年预算数')}{_num(getattr(line, role))}计算为{fmt(value)}%，"
        f"相差{fmt(abs(value - line.rate))}%",
        line.block, line.row, stated=f"{_num(line.rate)}%", computed=f"{fmt(value)}%",
    )


def _funding_points(ctx: CheckContext, t: IndicatorTable, line: FundingLine):
    if line.weight is None or line.points is None:
        return
    scoring = words().d.scoring
    rates = _stated_rates(ctx, line) + [q for _, q in _rates(line)]
    if not rates:
        return
    cap = scoring.rate_cap

    def earned(rate: Interval) -> Interval:
        return Interval(min(rate.lo, cap), min(rate.hi, cap)).scale(line.weight / _HUNDRED)

    points = _interval(line.points, exact_when_whole=False)
    if any(verdict(points, earned(r)) != "mismatch" for r in rates):
        return
    rate = rates[0].mid
    due = earned(rates[0]).mid
    yield _row_finding(
        ctx, "IND002", _figs(ctx, line.figures, "points", "weight", "rate"),
        f"{line.name}{_word(t, 'points', '得分')}为{_num(line.points)}分，按“{scoring.funding_rule}”"
        f"应为{_num(line.weight)} × {fmt(min(rate, cap))}% = {fmt(due)}分",
        line.block, line.row, stated=_num(line.points), computed=fmt(due),
    )


def funding_lists(lines: list[FundingLine]) -> list[tuple[FundingLine, list[FundingLine]]]:
    """Each total line (年度资金总额) with the lines under it, up to the next total line."""
    is_total = words().funding_total
    out = []
    for k, head in enumerate(lines):
        if is_total.search(head.name):
            parts = []
            for line in lines[k + 1:]:
                if is_total.search(line.name):
                    break
                parts.append(line)
            out.append((head, parts))
    return out


def _funding_parts(ctx: CheckContext, t: IndicatorTable):
    """Each total line (年度资金总额) against the lines under it, column by column: never less than
    them (IND011), and equal to them when they end with 其他资金 (IND012)."""
    for head, parts in funding_lists(t.funding):
        if not parts:
            continue
        for role in ("budget", "adjusted", "executed"):
            stated = getattr(head, role)
            values = [(p, getattr(p, role)) for p in parts if getattr(p, role)]  # blanks and zeros add nothing
            if stated is None or not values or any(v < 0 for _, v in values):
                continue
            added = total(_interval(v) for _, v in values)
            over = added.lo > _interval(stated).hi
            complete = regex.sub(r"^其中[:：]?", "", parts[-1].name).startswith(("其他", "其它"))
            if not over and not (complete and added.hi < _interval(stated).lo):
                continue
            d = max([_decimals(stated)] + [_decimals(v) for _, v in values])
            word = _word(t, role, {"budget": "年初预算数", "adjusted": "全年预算数", "executed": "全年执行数"}[role])
            listed = " + ".join(f"{regex.sub(r'^其中[:：]?', '', p.name)}{_num(v)}" for p, v in values)
            gap = f"超出{fmt(added.mid - stated, d)}" if over else f"少{fmt(stated - added.mid, d)}"
            yield _row_finding(
                ctx, "IND011" if over else "IND012",
                _figs(ctx, head.figures, role) + [f for p, _ in values for f in _figs(ctx, p.figures, role)],
                f"{head.name}{word}为{_num(stated)}，其下所列{listed}合计{fmt(added.mid, d)}，{gap}",
                head.block, head.row, stated=_num(stated), computed=fmt(added.mid, d),
            )


# --------------------------------------------------------------------------- totals


def _scored_line(t: IndicatorTable) -> FundingLine | None:
    """The funding line the table scores: the first with a weight or points (年度资金总额; the lines
    under it are its parts, and some templates repeat the weight on them)."""
    return next((line for line in t.funding if line.weight is not None or line.points is not None), None)


def _scored_rows(t: IndicatorTable) -> list[FundingLine | Indicator]:
    line = _scored_line(t)
    return [line, *t.indicators] if line else list(t.indicators)


def _total_points(ctx: CheckContext, t: IndicatorTable):
    rows = _scored_rows(t)
    parts = [r for r in rows if r.points is not None]
    if t.total_points is None or not parts or len(parts) < sum(1 for r in rows if r.weight is not None):
        return  # a weighted row left unscored: the sum is not known
    if _scored_line(t) is None and ("budget" in t.headers or "adjusted" in t.headers):
        return  # a funding part whose line could not be read: its points are not known
    added = total(_interval(r.points) for r in parts)
    stated = _interval(t.total_points, exact_when_whole=False)
    if verdict(stated, added) != "mismatch":
        return
    d = max([_decimals(t.total_points)] + [_decimals(r.points) for r in parts])
    word = _word(t, "points", "得分")
    yield _row_finding(
        ctx, "IND003", _figs(ctx, t.figures, "total_points") + [f for r in parts for f in _figs(ctx, r.figures, "points")],
        f"合计行{word}为{_num(t.total_points)}分，各行{word}相加为{fmt(added.mid, d)}分，"
        f"相差{fmt(abs(added.mid - t.total_points), d)}分",
        *_total_at(t), stated=_num(t.total_points), computed=fmt(added.mid, d),
    )


def _total_weights(ctx: CheckContext, t: IndicatorTable):
    rows = _scored_rows(t)
    parts = [r for r in rows if r.weight is not None]
    if not parts or len(parts) < sum(1 for r in rows if r.points is not None):
        return  # a scored row without its weight: the sum is not known
    full = words().d.scoring.full_marks
    complete = bool(t.funding and t.indicators)
    added = sum((r.weight for r in parts), Decimal(0))
    word = _word(t, "weight", "分值")
    cited = _figs(ctx, t.figures, "total_weight") + [f for r in parts for f in _figs(ctx, r.figures, "weight")]
    if t.total_weight is not None and added < t.total_weight and _scored_line(t) is None:
        return  # the funding line's weight (预算执行情况（10分）) was not read: the rest is its share
    if t.total_weight is not None and added != t.total_weight:
        message = f"合计行{word}为{_num(t.total_weight)}分，各行{word}相加为{_num(added)}分"
    elif complete and added != full and (t.total_weight is None or t.total_weight == added):
        message = f"自评表各行{word}相加为{_num(added)}分，不是满分{_num(full)}分"
    else:
        return
    yield _row_finding(ctx, "IND004", cited, message, *_total_at(t),
                       stated=_num(t.total_weight if t.total_weight is not None else full), computed=_num(added))


def _level_weights(ctx: CheckContext, t: IndicatorTable):
    for level, stated in t.level_weights.items():
        rows = [i for i in t.indicators if i.level1 == level and i.weight is not None]
        if not rows:
            continue
        added = sum((i.weight for i in rows), Decimal(0))
        if added == stated:
            continue
        word = _word(t, "weight", "分值")
        yield _row_finding(
            ctx, "IND005", [f for i in rows for f in _figs(ctx, i.figures, "weight")],
            f"一级指标“{level}”标明{_num(stated)}分，其下各指标{word}相加为{_num(added)}分",
            rows[0].block, rows[0].row, stated=_num(stated), computed=_num(added),
        )


# --------------------------------------------------------------------------- rows


def _over_weight(ctx: CheckContext, t: IndicatorTable):
    rows = [(r.name if isinstance(r, FundingLine) else f"“{_name(r)}”", r.points, r.weight,
             _figs(ctx, r.figures, "points", "weight"), (r.block, r.row)) for r in [*t.funding, *t.indicators]]
    rows.append(("合计行", t.total_points, t.total_weight, _figs(ctx, t.figures, "total_points", "total_weight"),
                 _total_at(t)))
    for name, points, weight, figs, at in rows:
        if points is not None and weight is not None and points > weight:
            yield _row_finding(
                ctx, "IND006", figs,
                f"{name}{_word(t, 'points', '得分')}{_num(points)}分，超过{_word(t, 'weight', '分值')}{_num(weight)}分",
                *at, stated=_num(points), computed=f"≤{_num(weight)}",
            )


def _missed_with_full_points(ctx: CheckContext, t: IndicatorTable):
    for i in t.indicators:
        if i.weight is None or i.points is None or i.points < i.weight:
            continue
        if not missed_target(i.target, i.actual, i.level1 + i.level2):
            continue
        target = i.target.raw if i.target else "（未填写）"
        yield _row_finding(
            ctx, "IND007", _figs(ctx, i.figures, "points", "weight", "actual", "target"),
            f"“{_name(i)}”{_word(t, 'target', '年度指标值')}为{target}，{_word(t, 'actual', '实际完成值')}为"
            f"{i.actual.raw}，未达到目标，{_word(t, 'points', '得分')}却为满分{_num(i.points)}分",
            i.block, i.row, stated=_num(i.points), computed=f"<{_num(i.weight)}",
        )


def _deduction_without_reason(ctx: CheckContext, t: IndicatorTable):
    if "reason" not in t.headers:
        return
    for i in t.indicators:
        if i.weight is None or i.points is None or i.points >= i.weight or i.reason.strip():
            continue
        yield _row_finding(
            ctx, "IND008", _figs(ctx, i.figures, "points", "weight"),
            f"“{_name(i)}”{_word(t, 'points', '得分')}{_num(i.points)}分，低于{_word(t, 'weight', '分值')}"
            f"{_num(i.weight)}分，但未填写{t.headers['reason']}",
            i.block, i.row, stated=_num(i.points), computed=_num(i.weight),
        )


# --------------------------------------------------------------------------- the table against the report


def _grade_band(ctx: CheckContext, t: IndicatorTable):
    if t.total_points is None or t.grade is None:
        return
    bands = lexicon.load("grades", Grades).band
    stated = next((b for b in bands if t.grade in b.grades), None)
    band = band_of(t.total_points)
    if stated is None or band is None or stated is band:
        return
    if ctx.meta.score == t.total_points and ctx.meta.grade in stated.grades:
        return  # the report's score and grade are the table's: GRD001 says it
    yield _row_finding(
        ctx, "IND009", _figs(ctx, t.figures, "total_points"),
        f"自评表总分{_num(t.total_points)}分应属“{band.grades[0]}”档（{band.low}–{band.high}分），表中等级为“{t.grade}”",
        *_total_at(t), stated=t.grade, computed=band.grades[0],
    )


def _text_score(ctx: CheckContext, tables: list[IndicatorTable]):
    totals = [t for t in tables if t.total_points is not None]
    score = ctx.meta.score
    if score is None or len(totals) != 1:
        return
    t = totals[0]
    said = next((f for f in ctx.figures if not f.table and f.unit == "分" and f.value == score), None)
    if said is None:  # the report's score is the table's own total
        return
    if _interval(score, exact_when_whole=False).meets(_interval(t.total_points, exact_when_whole=False)):
        return
    yield make_finding(
        ctx.doc, "IND010", [said] + _figs(ctx, t.figures, "total_points"),
        f"正文自评得分为{_num(score)}分，自评表总分为{_num(t.total_points)}分，两者不一致",
        stated=_num(score), computed=_num(t.total_points),
    )


def check(ctx: CheckContext):
    for t in ctx.indicators:
        for line in t.funding:
            yield from _execution_rate(ctx, t, line)
        yield from _funding_parts(ctx, t)
        line = _scored_line(t)
        if line:
            yield from _funding_points(ctx, t, line)
        yield from _total_points(ctx, t)
        yield from _total_weights(ctx, t)
        yield from _level_weights(ctx, t)
        yield from _over_weight(ctx, t)
        yield from _missed_with_full_points(ctx, t)
        yield from _deduction_without_reason(ctx, t)
        yield from _grade_band(ctx, t)
    yield from _text_score(ctx, ctx.indicators)
