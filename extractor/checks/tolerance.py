"""Rounding-aware comparison, by the interval rule of XBRL Calculations 1.1.

A value written with d decimals stands for every number that rounds to it: the interval
[v - ½·10^-d, v + ½·10^-d). (Which figures are exact — counts, whole amounts — is decided where
figures become intervals, in checks/arith.py.) Arithmetic on intervals gives the interval of every result the
unrounded inputs could have produced; a stated figure is inconsistent only when its own
interval cannot meet the computed one. A fixed epsilon would cry wolf on 2038.84 vs 2038.85 and
stay silent on a 0.02 slip in a figure written to four decimals.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

_ZERO = Decimal(0)


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

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
        return (self.lo + self.hi) / 2

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo)

    def scale(self, k: Decimal) -> "Interval":
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def __mul__(self, other: "Interval") -> "Interval":
        products = [self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi]
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval | None":
        """Interval division; None when the divisor's interval holds zero (the quotient is unbounded)."""
        if other.lo <= 0 <= other.hi:
            return None
        quotients = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(quotients), max(quotients))

    def __abs__(self) -> "Interval":
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(_ZERO, max(-self.lo, self.hi))

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
    return "ok" if stated.contains(computed.mid) else "rounding"


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
