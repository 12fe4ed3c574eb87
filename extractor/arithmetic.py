"""Rounding-aware arithmetic: the interval rule, figures as intervals, and the evaluation of the
relations a document states. Shared by the relation finders (a table column's learnt formula is
kept only where it holds), the checks, the coverage tool and the cross-year dataset checks.

The interval rule is that of XBRL Calculations 1.1: a value written with d decimals stands for
every number that rounds to it, [v - ½·10^-d, v + ½·10^-d). Arithmetic on intervals gives the
interval of every result the unrounded inputs could have produced; a stated figure is
inconsistent only when its own interval cannot meet the computed one. A fixed epsilon would cry
wolf on 2038.84 vs 2038.85 and stay silent on a 0.02 slip in a figure written to four decimals.

Every relation reduces to one of two forms over the figures it names:
- linear: stated = Σ sign·term            (sums, balances, differences, table totals)
- ratio:  stated = scale · Σ num / Σ den   (shares, completion rates, changes, averages)
plus direction words (a < b, a = b). Money is compared in 元.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from extractor.model import Figure, Relation

_WAN = Decimal(10000)
UNIT_FACTOR = {"元": Decimal(1), "千元": Decimal(1000), "万元": _WAN, "亿元": Decimal(100_000_000),
               "万亿元": Decimal(10**12)}
_ZERO = Decimal(0)


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal
    # the value the written figures give, where it is not the middle: a quotient of two intervals is not
    # symmetric about it (3.26万 ÷ 3.2万 = 101.875%, while the interval's middle is 101.9%)
    at: Decimal | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, value: Decimal, decimals: int, high: Decimal | None = None) -> "Interval":
        """The interval a written value stands for.

        >>> Interval.of(Decimal("2038.85"), 2)
        Interval(lo=Decimal('2038.845'), hi=Decimal('2038.855'))
        >>> Interval.of(Decimal("16"), 0)
        Interval(lo=Decimal('15.5'), hi=Decimal('16.5'))
        """
        half = half_unit(decimals)
        top = high if high is not None else value
        return cls(value - half, top + half)

    @classmethod
    def exact(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    @property
    def mid(self) -> Decimal:
        """The value the written figures give (the interval's middle unless a quotient made it lopsided)."""
        return self.at if self.at is not None else (self.lo + self.hi) / 2

    def _with(self, other: "Interval", lo: Decimal, hi: Decimal, at) -> "Interval":
        return Interval(lo, hi, at() if self.at is not None or other.at is not None else None)

    def __add__(self, other: "Interval") -> "Interval":
        return self._with(other, self.lo + other.lo, self.hi + other.hi, lambda: self.mid + other.mid)

    def __sub__(self, other: "Interval") -> "Interval":
        return self._with(other, self.lo - other.hi, self.hi - other.lo, lambda: self.mid - other.mid)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo, None if self.at is None else -self.at)

    def scale(self, k: Decimal) -> "Interval":
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b), None if self.at is None else self.at * k)

    def __mul__(self, other: "Interval") -> "Interval":
        products = [self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi]
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval | None":
        """Interval division; None when the divisor's interval holds zero (the quotient is unbounded)."""
        if other.lo <= 0 <= other.hi:
            return None
        quotients = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(quotients), max(quotients), self.mid / other.mid)

    def __abs__(self) -> "Interval":
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(_ZERO, max(-self.lo, self.hi), None if self.at is None else abs(self.at))

    def meets(self, other: "Interval") -> bool:
        """Whether the intervals share a point. Rounding intervals are half-open (0.575 rounds to
        0.58, so 0.57 stands for [0.565, 0.575)): touching ends do not meet unless one side is exact.

        >>> Interval.of(Decimal("0.57"), 2).meets(Interval(Decimal("0.575"), Decimal("0.585")))
        False
        """
        if self.lo == self.hi or other.lo == other.hi:
            return self.lo <= other.hi and other.lo <= self.hi
        return self.lo < other.hi and other.lo < self.hi

    def contains(self, x: Decimal) -> bool:
        return self.lo <= x <= self.hi

    def distance(self, other: "Interval") -> Decimal:
        """How far apart two intervals are (0 when they meet)."""
        if self.meets(other):
            return _ZERO
        return other.lo - self.hi if other.lo > self.hi else self.lo - other.hi


def half_unit(decimals: int) -> Decimal:
    """½·10^-d.

    >>> half_unit(2)
    Decimal('0.005')
    """
    return Decimal(5).scaleb(-(decimals + 1))


def total(intervals: Iterable[Interval]) -> Interval:
    out = Interval.exact(_ZERO)
    for i in intervals:
        out = out + i
    return out


def verdict(stated: Interval, computed: Interval) -> str:
    """'ok' when the intervals meet and the midpoints agree, 'rounding' when they only meet,
    'mismatch' when they cannot meet.

    >>> verdict(Interval.of(Decimal("2038.85"), 2), total([Interval.of(Decimal(v), 2) for v in ("995.51", "867.34", "175.99")]))
    'rounding'
    >>> verdict(Interval.of(Decimal("868.34"), 2), Interval.of(Decimal("2038.85"), 2) - Interval.of(Decimal("1168.51"), 2))
    'mismatch'
    """
    if not stated.meets(computed):
        return "mismatch"
    x = computed.mid
    if stated.lo == stated.hi:
        return "ok" if x == stated.lo else "rounding"
    # (half-open, as rounding half up is: 25.005 is written 25.01, not 25.00)
    inside = stated.lo <= x < stated.hi if stated.mid >= 0 else stated.lo < x <= stated.hi
    return "ok" if inside else "rounding"


def rounded_twice(stated: Interval, computed: Interval) -> bool:
    """Whether a percentage was rounded twice, half up, first to one more digit: 33.047% → 33.05% →
    33.1%. That takes values up to half a finer unit below the stated interval (never above it), and
    only a value known to that finer digit can have been rounded so.

    >>> rounded_twice(Interval.of(Decimal("33.1"), 1), Interval(Decimal("33.0472"), Decimal("33.0477")))
    True
    >>> rounded_twice(Interval.of(Decimal("60.87"), 2), Interval(Decimal("60.8752"), Decimal("60.8757")))
    False
    """
    if stated.mid < 0:
        stated, computed = -stated, -computed
    unit = stated.hi - stated.lo
    return bool(unit) and computed.hi - computed.lo <= unit / 10 and computed.meets(Interval(stated.lo - unit / 20, stated.lo))


def decimals_of(text: str) -> int:
    """Digits after the decimal point in a written number.

    >>> decimals_of("1,234.50"), decimals_of("16"), decimals_of("-0.57")
    (2, 0, 2)
    """
    text = text.replace("．", ".")
    return len(text.split(".", 1)[1].rstrip("%％")) if "." in text else 0


def fmt(x: Decimal, places: int = 2) -> str:
    """A computed value for a message, rounded half-up and without trailing noise.

    >>> fmt(Decimal("157.51000")), fmt(Decimal("3.625"), 2), fmt(Decimal("63729.5"), 2)
    ('157.51', '3.63', '63729.50')
    >>> fmt(Decimal("1E+40"))  # more digits than the default context's 28: still written out
    '10000000000000000000000000000000000000000.00'
    """
    from decimal import ROUND_HALF_UP, Context

    q = Decimal(1).scaleb(-places)
    digits = max(x.adjusted(), 0) + places + 2
    return str(x.quantize(q, rounding=ROUND_HALF_UP, context=Context(prec=max(28, digits))))


# --------------------------------------------------------------------------- figures as intervals


def factor(f: Figure) -> Decimal:
    """Scale to a common unit: money to 元, everything else as written."""
    return UNIT_FACTOR.get(f.unit, Decimal(1)) if f.kind == "money" else Decimal(1)


def interval(f: Figure, unit_factor: Decimal | None = None) -> Interval:
    """The interval a figure stands for, in 元 for money.

    Counts of things and whole amounts in 万元 are exact: budgets are set in whole 万元 and reports drop
    the zeros of round amounts (16万元 = 16.00万元); a whole amount in 亿元 stands for one decimal (1亿元 =
    1.0亿元 ± 0.05). (A relation may say otherwise:
    large tallies, and what a 决算 spent written in whole 万元, are rounded: see _tallied.) Whole 元 are not: budget
    systems keep 分 and print rounded 元, so 元 tables may be off by 1 between a row and its parts.
    A figure written with decimals stands for its rounding interval; 余/多 extend upwards to the
    next unit of the last digit written; 以上 has no upper bound the text gives, 以内/以下 none below 0."""
    k = factor(f) if unit_factor is None else unit_factor
    exact_kind = (f.kind == "count" and f.unit != "分") or (f.kind == "money" and f.unit != "元")
    if f.kind == "money" and f.unit == "亿元" and f.decimals == 0 and not f.approx and f.high is None:
        # whole 亿 are rounded, to the tenth that amounts in 亿 are written with ("个人所得税收入完成1.6亿元，增收1亿元")
        base = Interval.of(f.value, 1)
    elif exact_kind and f.decimals == 0 and not f.approx and f.high is None:
        base = Interval.exact(f.value)
    elif f.approx in ("more-than",):
        step = Decimal(1).scaleb(-f.decimals)
        base = Interval(f.value, f.value + step)
    elif f.approx == "at-least":  # 八成以上, 95%以上: no upper bound the text gives (ten times over is bound enough)
        base = Interval(f.value, f.value * 10 + 100, at=f.value)
    elif f.approx == "at-most":  # 5000元以内
        base = Interval(min(f.value, Decimal(0)), f.value, at=f.value)
    elif f.approx in ("near", "about"):
        base = Interval.of(f.value, f.decimals - 1) if f.decimals else Interval(f.value * Decimal("0.9"), f.value * Decimal("1.1"))
    else:
        base = Interval.of(f.value, f.decimals, f.high)
    return base.scale(k)


# --------------------------------------------------------------------------- evaluation


@dataclass
class Outcome:
    verdict: str  # ok | rounding | mismatch | zero-base | skip
    stated: Interval | None = None
    computed: Interval | None = None


def _tallied(rel: Relation, by_id: Mapping[str, Figure]) -> set[str]:
    """The whole amounts of a relation whose every amount is whole and large (社会保险基金总收入50112亿元，
    总支出43605亿元，结余6508亿元): statistical tallies rounded to the unit, not exact budget amounts
    (16万元 among 15.42万元 is exact); and those of a relation marked whole_actuals (a 决算's spending in
    whole 万元); and a total of four digits or more written whole over parts written with decimals. Each
    stands for ±½ of its unit."""
    if rel.rule.startswith("CON"):
        return set()  # the same tally written twice is written the same, rounding or not
    ids = [rel.figures[0]] + [i for key in ("terms", "num", "den") for i, _ in getattr(rel.data, key)]
    money = [by_id[i] for i in dict.fromkeys(ids) if i in by_id and by_id[i].kind == "money"]
    if rel.data.whole_actuals:
        return {f.id for f in money}
    stated = by_id.get(rel.figures[0]) if rel.figures else None
    if stated is not None and stated.kind == "money" and not (stated.decimals or stated.unit == "元" or stated.approx
                                                              or stated.high is not None) \
            and abs(stated.value) >= _TALLY and any(f.decimals > 0 for f in money):
        # "同比增加7451万元。其中：…减少524.18万元；…增加131.57万元；…增加7843.92万元": a total of four digits
        # written whole over parts written with decimals is rounded to its unit (a budget total so written is
        # read so too: its parts may then differ from it by half a unit)
        return {stated.id}
    # (a total of five digits breaks down into tallies; a rate of 10000% is no such total)
    big = stated is not None and stated.kind == "money" and abs(stated.value) >= 10 * _TALLY
    if len(money) < 2 or any(f.decimals or f.unit == "元" or f.approx or f.high is not None for f in money) \
            or (sum(abs(f.value) < _TALLY for f in money) > 1 and not big):  # (a small difference of two tallies is one too)
        return set()
    return {f.id for f in money}


_TALLY = Decimal(1000)  # a whole amount of four digits or more in 万元/亿元 is a rounded tally


def terms_of(rel: Relation, by_id: Mapping[str, Figure], key: str) -> list[tuple[Figure, int]]:
    """The figures and signs of one operand list of a relation (terms, num or den)."""
    return [(by_id[i], int(s)) for i, s in getattr(rel.data, key) if i in by_id]


def evaluate(rel: Relation, by_id: Mapping[str, Figure], reread: dict[str, Decimal] | None = None,
             instead: dict[str, Interval] | None = None) -> Outcome:
    """Evaluate one relation; `reread` maps figure ids to a unit factor to try instead of their own,
    `instead` maps figure ids to another value (an interval in 元 for money) to try in their place."""
    reread, instead = reread or {}, instead or {}
    tallied = _tallied(rel, by_id)

    def iv(f: Figure) -> Interval:
        if f.id in instead:
            return instead[f.id]
        if f.id in tallied and f.id not in reread:
            return Interval.of(f.value, 0).scale(factor(f))
        return interval(f, reread.get(f.id))

    stated = by_id.get(rel.figures[0]) if rel.figures else None
    if stated is None:
        return Outcome("skip")
    if rel.kind in ("linear", "sum", "balance", "difference", "table-sum"):
        terms = terms_of(rel, by_id, "terms")
        if not terms and not rel.data.blank:  # a blank table cell stands for 0
            return Outcome("skip")
        computed = total(iv(f).scale(Decimal(s)) for f, s in terms)
        st = iv(stated)
        if rel.data.rounded and not stated.approx and stated.high is None:
            st = Interval.of(stated.value, stated.decimals).scale(reread.get(stated.id, factor(stated)))
        if rel.data.abs:  # a difference or saving may be written without its sign
            computed, st = abs(computed), abs(st)
        v = verdict(st, computed)
        if v == "mismatch" and rel.data.at_most and computed.hi <= st.lo:
            # a partial list of parts may add up to less than its total (the intervals are half-open:
            # parts below 2513.095 are less than a total written 2513.10)
            v = "ok"
        return Outcome(v, st, computed)
    if rel.kind == "ratio":
        num = terms_of(rel, by_id, "num")
        den = terms_of(rel, by_id, "den")
        if not num or not den:
            return Outcome("skip")
        n = total(iv(f).scale(Decimal(s)) for f, s in num)
        d = total(iv(f).scale(Decimal(s)) for f, s in den)
        scale = Decimal(rel.data.scale)
        if d.mid == 0:
            # nothing over nothing, written 0% (no change), or 100% for a completion (all of a nil budget spent)
            if n.mid == 0 and (stated.value == 0 or (rel.rule == "PCT002" and stated.value == 100)):
                return Outcome("ok", iv(stated), iv(stated))
            return Outcome("zero-base", iv(stated), None)
        q = n / d
        st = iv(stated)
        if q is None:
            return Outcome("skip")
        computed = q.scale(scale)
        if rel.data.abs:
            computed, st = abs(computed), abs(st)
        v = verdict(st, computed)
        if v == "mismatch" and scale == 100 and stated.approx not in ("at-least", "at-most") and rounded_twice(st, computed):
            v = "rounding"  # a rounding habit, not a slip
        return Outcome(v, st, computed)
    if rel.kind == "direction":
        a, b = (by_id.get(i) for i in (rel.data.pair or rel.figures[:2]))
        if a is None or b is None:
            return Outcome("skip")
        ia, ib = iv(a), iv(b)
        op = rel.data.op
        holds = {
            "<": ia.lo < ib.hi, ">": ia.hi > ib.lo, "=": ia.meets(ib),
        }.get(op, True)
        return Outcome("ok" if holds else "mismatch", ia, ib)
    return Outcome("skip")


_RANK = {"ok": 0, "skip": 1, "rounding": 2, "mismatch": 3, "zero-base": 4}


def readings(rel: Relation) -> list[Relation]:
    """A relation's readings: itself, then one per alternative (other plausible operands)."""
    return [rel] + [rel.model_copy(update={"data": rel.data.model_copy(update={
        **alt.model_dump(exclude_unset=True), "alternatives": []})}) for alt in rel.data.alternatives]


def evaluate_readings(rel: Relation, by_id: Mapping[str, Figure]) -> tuple[Relation, Outcome]:
    """The best of a relation's readings: a statement that names its operands loosely carries
    `alternatives`; when any reading is consistent, it is."""
    best = None
    for reading in readings(rel):
        out = evaluate(reading, by_id)
        if best is None or _RANK[out.verdict] < _RANK[best[1].verdict]:
            best = (reading, out)
    return best


