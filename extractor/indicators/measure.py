"""Targets and actual values of indicators: "≥95%", "≤30天", "100%", "=1个", "90%-95%", "达标".

parse_measure reads one cell; missed_target says whether an actual value fails its target.
The comparator words, units and the words of a missed target are in patterns/indicators.toml.
"""

from __future__ import annotations

from decimal import Decimal

from extractor.figures.numerals import normalise
from extractor.indicators.vocab import words
from extractor.model import Measure


def parse_measure(cell: str) -> Measure | None:
    """A target or actual value as written and as read; None for an empty cell.

    >>> m = parse_measure("≥95%"); (m.comparator, m.value, m.unit)
    ('≥', Decimal('95'), '%')
    >>> m = parse_measure("30天以内"); (m.comparator, m.value, m.unit)
    ('≤', Decimal('30'), '天')
    >>> m = parse_measure("1.26万人"); (m.comparator, m.value, m.unit)
    (None, Decimal('1.26'), '万人')
    >>> m = parse_measure("90%-95%"); (m.value, m.high, m.unit)
    (Decimal('90'), Decimal('95'), '%')
    >>> parse_measure("有效提升").value is None, parse_measure("2023年11月底前").value is None
    (True, True)
    """
    w = words()
    raw = cell.strip()
    if raw in w.blank_cells:
        return None
    text = "".join(normalise(raw).split())
    found = list(w.number.finditer(text))
    if len(found) != 1 or w.date.search(text):
        return Measure(raw=raw)  # words, a date, or several numbers: nothing to compare
    m = found[0]
    unit = m.group("unit") or m.group("unit1") or ""
    comparator = None
    before = w.before.search(text[: m.start()])
    if before:
        comparator = w.d.comparator.before[before.group()]
    for cut in range(len(unit)):  # 95%以上: the unit stops where a comparator word starts
        after = w.after.match(unit[cut:] + text[m.end():])
        if after:
            comparator = comparator or w.d.comparator.after[after.group()]
            unit = unit[:cut]
            break
    high = Decimal(m.group("high")) if m.group("high") else None
    return Measure(raw=raw, comparator=comparator, value=Decimal(m.group("num")), high=high, unit=unit)


def _common_scale(target: Measure, actual: Measure) -> tuple[Decimal, Decimal] | None:
    """Factors that bring both values to one unit (1.2万人 and 12600人); None when the units differ."""
    t, a = target.unit, actual.unit or target.unit
    if t == a or not t:
        return Decimal(1), Decimal(1)
    for prefix, k in words().d.measure.multipliers.items():
        if t == prefix + a:
            return k, Decimal(1)
        if a == prefix + t:
            return Decimal(1), k
    return None


def missed_target(target: Measure | None, actual: Measure | None, level: str = "") -> bool | None:
    """Whether the actual value fails the target: True, False, or None when it cannot be told
    (a qualitative target, units that differ). An actual value that says so (未完成, 未达标) fails.

    A target without a comparator (100%, 126公里) or with "=" is reached by an actual at least as
    large; under a cost level (`level` matching ceiling_levels) by one at most as large.

    >>> missed_target(parse_measure("≥85%"), parse_measure("82.6%"))
    True
    >>> missed_target(parse_measure("≤24小时"), parse_measure("30小时")), missed_target(parse_measure("4万元"), parse_measure("3.94万元"), "成本指标")
    (True, False)
    >>> missed_target(parse_measure("建立健全"), parse_measure("尚未建立")), missed_target(parse_measure("有效改善"), parse_measure("明显改善"))
    (True, None)
    """
    w = words()
    if actual is None:
        return None
    if w.missed.search(actual.raw):
        return True
    if target is None or target.value is None or actual.value is None:
        return None
    scale = _common_scale(target, actual)
    if scale is None:
        return None
    t, a = target.value * scale[0], actual.value * scale[1]
    if target.high is not None:
        return not (t <= a <= target.high * scale[0])
    comparator = target.comparator
    if comparator in (None, "="):
        comparator = "≤" if w.ceiling_levels.search(level) else "≥"
    return {"≥": a < t, ">": a <= t, "≤": a > t, "<": a >= t}[comparator]
