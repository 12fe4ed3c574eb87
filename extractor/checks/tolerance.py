"""The rounding-aware comparison of DESIGN.md ("Tolerance"), after XBRL Calculations 1.1.

A value written with d decimals stands for the interval [v − ½·10^−d, v + ½·10^−d]. Two statements
of one quantity disagree only when their intervals cannot meet; a sum or difference of written values
is the interval sum or difference. Money is compared in 元, so 元 and 万元 meet on equal terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from extractor import lexicon
from extractor.model import Figure, Model


class ToleranceData(Model):
    money_units: dict[str, Decimal]


@cache
def _money_units() -> dict[str, Decimal]:
    return lexicon.load("tolerance", ToleranceData).money_units


@dataclass(frozen=True)
class Interval:
    """The closed interval of values a written number may stand for."""

    low: Decimal
    high: Decimal

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def meets(self, other: Interval) -> bool:
        """True when one value could lie in both (touching counts)."""
        return self.low <= other.high and other.low <= self.high

    def gap(self, other: Interval) -> Decimal:
        """How far apart the two intervals are; 0 when they meet."""
        return max(Decimal(0), self.low - other.high, other.low - self.high)

    @property
    def middle(self) -> Decimal:
        return (self.low + self.high) / 2


def written(value: Decimal, decimals: int, scale: Decimal = Decimal(1)) -> Interval:
    """The interval a value written with `decimals` digits stands for, times `scale`.

    >>> written(Decimal("179.93"), 2)
    Interval(low=Decimal('179.925'), high=Decimal('179.935'))
    >>> written(Decimal("15621.11"), 2, Decimal(10000)).meets(written(Decimal("156211100"), 0))
    True
    >>> written(Decimal("47.91"), 2) - written(Decimal("10"), 0)
    Interval(low=Decimal('37.405'), high=Decimal('38.415'))
    """
    half = Decimal(5).scaleb(-(decimals + 1))
    return Interval((value - half) * scale, (value + half) * scale)


def money_scale(unit: str) -> Decimal | None:
    """How many 元 one `unit` is, or None when the unit is not money.

    >>> money_scale("万元")
    Decimal('10000')
    >>> money_scale("%") is None
    True
    """
    return _money_units().get(unit)


def measure(fig: Figure) -> tuple[str, Interval] | None:
    """What a figure can be compared on: its measure (`元` for every money unit, else its unit) and
    its interval in that measure. None for an approximation or a range, which state no exact value.

    >>> f = Figure(id="F1", kind="money", raw="1.35万元", value=Decimal("1.35"), unit="万元", decimals=2,
    ...            block=0, start=0, end=6)
    >>> measure(f)
    ('元', Interval(low=Decimal('13450.000'), high=Decimal('13550.000')))
    """
    if fig.approx or fig.high is not None:
        return None
    scale = money_scale(fig.unit)
    if scale is not None:
        return "元", written(fig.value, fig.decimals, scale)
    return fig.unit, written(fig.value, fig.decimals)
