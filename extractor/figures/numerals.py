"""Numbers as reports write them: full-width forms, thousands separators, Chinese numerals.

Small pure functions; every amount is a Decimal.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from extractor.figures.vocab import data

# Full-width and look-alike characters mapped one-to-one, so offsets survive normalisation.
_WIDE = str.maketrans(
    "０１２３４５６７８９．，％﹪－−～＋＞＜＝　",
    "0123456789.,%%--~+><= ",
)


def normalise(text: str) -> str:
    """The text with full-width digits, ．，％ and minus signs in ASCII; same length as the input.

    >>> normalise("２３，８６６．８８万元，占７５％")
    '23,866.88万元,占75%'
    >>> len(normalise("（一）")) == 3
    True
    """
    return text.translate(_WIDE)


def parse_arabic(s: str) -> tuple[Decimal, int]:
    """The value of a written Arabic number and its digits after the point.

    >>> parse_arabic("23,866.88")
    (Decimal('23866.88'), 2)
    >>> parse_arabic("-0.57")
    (Decimal('-0.57'), 2)
    >>> parse_arabic("100")
    (Decimal('100'), 0)
    """
    s = s.replace(",", "").replace(" ", "")
    decimals = len(s.split(".", 1)[1]) if "." in s else 0
    return Decimal(s), decimals


def is_identifier(value: Decimal) -> bool:
    """More digits before the point than any amount has: an account or serial number, not a figure.

    >>> is_identifier(Decimal("6222021234567890123")), is_identifier(Decimal("23866.88"))
    (True, False)
    """
    return value.adjusted() >= data().data.not_figures.max_integer_digits


def parse_chinese(s: str) -> Decimal | None:
    """The value of a Chinese numeral, or None when it is not a well-formed number.

    >>> [int(parse_chinese(x)) for x in ["六", "两", "十二", "二十", "一百零五", "三千五百", "一万", "十二万", "两亿"]]
    [6, 2, 12, 20, 105, 3500, 10000, 120000, 200000000]
    >>> parse_chinese("三点五")
    Decimal('3.5')
    >>> parse_chinese("五六") is None  # "five or six" is not one number
    True
    """
    n = data().data.numerals
    whole, _, frac = s.partition(n.point)
    total = Decimal(0)  # completed groups (万, 亿)
    group = 0  # the current group below 万
    digit: int | None = None
    last_place = 10**9
    for ch in whole:
        if ch in n.digits:
            if digit is not None:  # two digits in a row (五六) only make sense as 零X
                if digit != 0:
                    return None
            digit = n.digits[ch]
        elif ch in n.places:
            place = n.places[ch]
            if place >= last_place:
                return None
            group += (1 if digit is None else digit) * place
            digit, last_place = None, place
        elif ch in n.groups:
            group += digit or 0
            if group == 0:
                return None
            total = (total + group) * n.groups[ch] if n.groups[ch] > 10000 else total + group * n.groups[ch]
            group, digit, last_place = 0, None, 10**9
        else:
            return None
    value = total + group + (digit or 0)
    if frac:
        digits = "".join(str(n.digits[c]) for c in frac if c in n.digits)
        if len(digits) != len(frac):
            return None
        return value + Decimal("0." + digits)
    return value


def scale(value: Decimal, multiplier: int) -> Decimal:
    """A value times 万/亿/千, written without exponent or trailing zeros.

    >>> scale(Decimal("1"), 10000)
    Decimal('10000')
    >>> scale(Decimal("1.5"), 10000)
    Decimal('15000')
    >>> scale(Decimal("0.35"), 100000000)
    Decimal('35000000')
    """
    return tidy(value * multiplier)


def tidy(value: Decimal) -> Decimal:
    """A computed value without exponent or trailing zeros.

    >>> tidy(Decimal("1E+4")), tidy(Decimal("2.50"))
    (Decimal('10000'), Decimal('2.5'))
    """
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
    except InvalidOperation:
        return value
