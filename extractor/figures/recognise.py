"""Find the figures written in one piece of text: money, percentages, counts and scores.

One pass of a master regex over the normalised text (full-width forms made ASCII, same offsets),
then rules that drop the numbers that are not figures — each rule a KIND of context (dates, quoted
names, ordinals, idioms, "一" as an article ...), with its words in patterns/figures.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from extractor.figures.numerals import (
    is_identifier,
    normalise,
    parse_arabic,
    parse_chinese,
    scale,
)
from extractor.figures.vocab import alternation, data

SPACE = "[ \u3000\xa0]*"
_WORDED = ("about", "near")


@dataclass
class Found:
    """A figure found in a string: offsets index that string."""

    kind: str  # money | percent | count | percent_point
    raw: str
    start: int
    end: int
    value: Decimal
    unit: str
    decimals: int = 0
    high: Decimal | None = None
    approx: str | None = None
    multiplier: int = 1  # money: 元 per unit (万元 -> 10000)

    @property
    def yuan(self) -> Decimal | None:
        return scale(self.value, self.multiplier) if self.kind == "money" else None


@dataclass(frozen=True)
class _Grammar:
    master: regex.Pattern
    units: dict[str, tuple[str, str, int]]  # unit as written -> (kind, canonical unit, multiplier)
    cn_number: regex.Pattern


@cache
def _grammar() -> _Grammar:
    c = data()
    d = c.data
    tens = "".join(k for k, v in d.numerals.places.items() if v == 10)  # 十二 starts with a place
    cn = f"[{''.join(d.numerals.digits)}{tens}][{c.cn_digit}]*(?:{d.numerals.point}[{''.join(d.numerals.digits)}]+)?"
    number = f"(?:{d.shapes.grouped}|{d.shapes.arabic}|{cn})"
    mult = alternation(d.numerals.multipliers)
    measures = d.units.measure_words + list(d.units.measure_aliases)
    # Measure words that begin with a multiplier character (千米, 千克) must win over 千 + 米.
    glued = [w for w in measures if w[0] in d.numerals.multipliers]
    units = alternation(measures + d.units.money + d.units.percent + d.units.percent_point + list(d.units.money_aliases))
    pre = alternation(d.approx.before)
    mid = alternation(d.approx.middle)
    post = alternation(d.approx.after)
    sep = alternation(d.shapes.range_separators)
    unit_part = (
        f"{SPACE}(?:(?P<glued>{alternation(glued)})|(?:(?P<mult>{mult})(?P<mid2>{mid})?{SPACE})?(?P<unit>{units}))"
        if glued
        else f"{SPACE}(?:(?P<mult>{mult})(?P<mid2>{mid})?{SPACE})?(?P<unit>{units})"
    )
    # (nor at a page number a PDF left in the text, nor right inside one: "-2- 7152467.88 元" is 7152467.88元)
    start = f"(?<![\\d.])(?<!\\d,)(?<![{c.cn_digit}])(?!{d.shapes.page_marker})(?<!(?:^|\\s)-)"
    tenths_follow = alternation(d.shapes.tenths_followers)
    master = (
        f"(?P<pre>{pre})?{SPACE}{start}"
        "(?P<body>"
        # 3500-5000元, 1万余亩, 近800个, 75％, 10余万元
        f"(?P<num>{number})(?:{SPACE}(?P<sep>{sep}){SPACE}(?P<num2>{number}))?(?P<mid>{mid})?{unit_part}"
        # 百分之五
        f"|{regex.escape(d.shapes.percent_prefix)}(?P<pnum>{number})"
        # 九成
        f"|(?P<tnum>[{''.join(d.numerals.digits)}0-9]){regex.escape(d.shapes.tenths)}(?=(?:{tenths_follow})|[^\\p{{Han}}]|$)"
        # 投入资金30万 (a money context decides)
        f"|(?P<bnum>{d.shapes.arabic}|{cn}){SPACE}(?P<bare>{alternation(d.shapes.bare_money_multipliers)})(?!{SPACE}(?:{units}))"
        ")"
        f"(?P<post>{post})?"
    )
    table: dict[str, tuple[str, str, int]] = {}
    for m in d.units.measure_words + list(d.units.measure_aliases):
        table[m] = ("count", d.units.measure_aliases.get(m, m), 1)
    for m in d.units.money:
        table[m] = ("money", m, 1)
    for m, canon in d.units.money_aliases.items():
        table[m] = ("money", canon, 1)
    for m in d.units.percent:
        table[m] = ("percent", "%", 1)
    for m in d.units.percent_point:
        table[m] = ("percent_point", "个百分点", 1)
    return _Grammar(regex.compile(master), table, regex.compile(f"^{cn}$"))


def unit_of(written: str) -> tuple[str, str, int] | None:
    """(kind, canonical unit, 元 per unit) of a unit written alone, as in a header or caption.

    >>> unit_of("万元"), unit_of("％"), unit_of("平方米"), unit_of("公里数") is None
    (('money', '万元', 10000), ('percent', '%', 1), ('count', '㎡', 1), True)
    """
    written = normalise(written).strip()
    units = _grammar().units
    if written in units:
        return units[written]
    mults = data().data.numerals.multipliers
    if written[:1] in mults and units.get(written[1:], ("",))[0] == "money":
        return "money", written, mults[written[0]]
    return None


def find_figures(text: str, skip_before: int = 0) -> list[Found]:
    """Every figure in `text`, in order. `skip_before`: length of a heading number to ignore.

    >>> [(f.raw, str(f.value), f.unit) for f in find_figures("年中追加 789.37万元（占年初预算批复数67.55%）")]
    [('789.37万元', '789.37', '万元'), ('67.55%', '67.55', '%')]
    >>> [(f.raw, str(f.value), f.unit, f.approx) for f in find_figures("今年种植杂交水稻1万余亩，共拆除“空心房”六座")]
    [('1万余亩', '10000', '亩', 'more-than'), ('六座', '6', '座', None)]
    >>> find_figures("根据（绥财绩〔2022〕6号）文件，2021年11月23日，开展“五个到户”")
    []
    """
    t = normalise(text)
    g = _grammar()
    blocked = None  # looked for only in a text that has a candidate: most cells and headings have none
    out: list[Found] = []
    for m in g.master.finditer(t):
        f = _figure(m, text, g)
        if f is None or f.start < skip_before:
            continue
        if blocked is None:
            blocked = _blocked_spans(t)
        if any(s < f.end and f.start < e for s, e in blocked):
            continue
        if _not_a_figure(t, m, f):
            continue
        out.append(f)
    return _merge_ranges(text, t, out)


def _figure(m: regex.Match, text: str, g: _Grammar) -> Found | None:
    d = data().data
    pre = m.group("pre")
    if pre and _false_prefix(text, m.start("pre"), pre):
        pre = None
    approx = d.approx.before[pre] if pre else None
    # 约800 / 近800 are how the number is worded and stay in `raw`; bounds (不少于60次, ≥95%) stay out.
    start = m.start("pre") if approx in _WORDED else m.start("body")
    post = m.group("post")
    if post:
        approx = approx or d.approx.after[post]
    end = m.end("body")
    raw = text[start:end]

    if m.group("pnum"):
        value, decimals = _number(m.group("pnum"), g)
        if value is None:
            return None
        return Found("percent", raw, start, end, value, "%", decimals, approx=approx)
    if m.group("tnum"):
        value, _ = _number(m.group("tnum"), g)
        return Found("percent", raw, start, end, value * 10, "%", 0, approx=approx)
    if m.group("bnum"):
        value, decimals = _number(m.group("bnum"), g)
        if value is None:
            return None
        value, decimals, bare = _in_a_group(value, decimals, m.group("bare"))
        return Found("money", raw, start, end, value, bare + "元", decimals, approx=approx,
                     multiplier=d.numerals.multipliers[bare])

    num = m.group("num")
    written = m.group("glued") or m.group("unit")
    kind, unit, _ = g.units[written]
    mult = m.group("mult")
    # 十二万元: a Chinese number ending in 万/亿 before 元 is written in 万元.
    if kind == "money" and not mult and num[-1] in d.numerals.groups and num[-1] in d.numerals.multipliers and len(num) > 1:
        num, mult = num[:-1], num[-1]
    value, decimals = _number(num, g)
    if value is None:
        return None
    high = None
    if m.group("num2"):
        high, _ = _number(m.group("num2"), g)
        if high is None or high <= value:
            return None
        approx = "range"
    if m.group("mid") or m.group("mid2"):
        approx = approx if approx == "range" else d.approx.middle[m.group("mid") or m.group("mid2")]
    multiplier = 1
    if mult:
        factor = d.numerals.multipliers[mult]
        if kind == "money":
            value, decimals, mult = _in_a_group(value, decimals, mult)
            unit, multiplier = mult + unit, d.numerals.multipliers[mult]
        elif kind == "count":
            value, high = scale(value, factor), (scale(high, factor) if high is not None else None)
            decimals = _scaled_decimals(decimals, factor)
        else:
            return None  # 3万% is not a way to write anything
    return Found(kind, raw, start, end, value, unit, decimals, high=high, approx=approx, multiplier=multiplier)


def _in_a_group(value: Decimal, decimals: int, mult: str) -> tuple[Decimal, int, str]:
    """A money multiplier that is a place before a group (千万, 百万) read in that group: 3千万元 = 3000万元."""
    d = data().data.numerals
    if len(mult) < 2 or mult[0] not in d.places:
        return value, decimals, mult
    inner = mult[1:]
    times = d.multipliers[mult] // d.groups[inner]
    return scale(value, times), _scaled_decimals(decimals, times), inner


def _scaled_decimals(decimals: int, factor: int) -> int:
    """The decimals of a number scaled by a power of ten: 128.69万人次 is rounded to the hundred (−2), 1.5千万元 =
    1500万元 too; a whole number stays exact (12万人, 3千万元), as whole counts and whole 万元 are."""
    return decimals - len(str(factor)) + 1 if decimals else 0


def _number(s: str, g: _Grammar) -> tuple[Decimal | None, int]:
    if g.cn_number.match(s):
        v = parse_chinese(s)
        point = data().data.numerals.point
        return v, (len(s.split(point, 1)[1]) if point in s else 0)
    d = data().data.numerals
    if any(x in s for x in d.groups):  # shapes.grouped (3万4993.1, 1亿2000, 408亿412万4千): each group ten thousand of the next
        *high, low = regex.split("|".join(d.groups), s)
        value, decimals = parse_arabic(low.rstrip("".join(d.places)))
        value *= d.places.get(low[-1:], 1)  # (5千)
        for n, h in enumerate(reversed(high), 1):
            value += parse_arabic(h)[0] * 10000 ** n
        return value, decimals
    value, decimals = parse_arabic(s)
    return (None, 0) if is_identifier(value) else (value, decimals)


def _false_prefix(text: str, pos: int, pre: str) -> bool:
    """约 of 节约, 近 of 附近: the approximation word is the end of another word."""
    return pos > 0 and text[pos - 1] in data().data.approx.word_before.get(pre, "")


def _is_chinese(f: Found) -> bool:
    return not any(ch.isdigit() for ch in f.raw)


def _not_a_figure(t: str, m: regex.Match, f: Found) -> bool:
    """True when the number, read in its context, is not a figure of the report."""
    nf = data().data.not_figures
    units = data().data.units
    num_start = m.start("num") if m.group("num") else f.start
    before = t[max(0, num_start - 12):num_start].rstrip(" \u3000\xa0")
    after = t[f.end:f.end + 2]
    written_unit = m.group("glued") or m.group("unit") or ""
    # 第三 / 第1名: an ordinal
    if before.endswith(nf.ordinal_prefix):
        return True
    # 十九届中央纪委五次全会: a Chinese-numeral session number after 届
    reach = t[max(0, num_start - nf.session_reach):num_start]
    if _is_chinese(f) and nf.session_marker in reach:
        if not any(ch in data().data.context.clause_marks for ch in reach.split(nf.session_marker)[-1]):
            return True
    # 项目, 条件, 台账, 位于 ...: the measure word is the first half of another word
    if written_unit and after[:1] and after[0] in units.word_after.get(written_unit, ""):
        return True
    # 3万亩元: a count whose measure word runs into 元 is a slip for an amount (3万元), no count
    if f.kind == "count" and after[:1] in units.money and after[1:2] not in units.word_after.get(after[:1], ""):
        return True
    if f.kind == "percent" and _cites_a_rule(t, num_start):
        return True
    if m.group("bnum") and (not _money_context(t, f.start) and not _in_money_list(t, f.start, f.end)
                            or t.startswith(tuple(units.foreign_currencies), f.end)):
        return True
    if _is_chinese(f) and f.kind == "count":
        return _chinese_count_is_a_word(t, f, before, after, written_unit)
    return False


def _chinese_count_is_a_word(t: str, f: Found, before: str, after: str, unit: str) -> bool:
    """Chinese numeral + measure word that is an article, a name or an idiom rather than a count."""
    nf = data().data.not_figures
    units = data().data.units
    digits = data().data.numerals.digits
    if unit in units.arabic_only:  # 十分, 两项补贴, 二本
        return True
    if after[:1] in digits:  # 四个一: a name built from numerals
        return True
    if unit not in nf.place_generic_measures and after[:1] and after[0] in nf.place_suffixes:  # 三台县
        return True
    if f.value != 1:
        return False
    # 一 as an article or a determiner's complement
    if any(before.endswith(w) for w in nf.determiners):  # 每一位, 同一个
        return True
    if any(before.endswith(w) for w in nf.copulas):  # 是一个
        return True
    near = before[-nf.negation_reach:]
    if any(w in near for w in nf.negations):  # 没有出现一起
        return True
    post_words = tuple(data().data.approx.after)
    if unit in nf.article_measures and regex.match(r"\p{Han}", after) and not t[f.end:].startswith(post_words):
        return True  # 进行一次全面通报
    return False


def _cites_a_rule(t: str, pos: int) -> bool:
    """A percentage inside a sentence that cites a rule or standard (按照…规定…不得超过10%)."""
    marks = data().data.context.sentence_marks
    start = pos
    while start > 0 and t[start - 1] not in marks:  # back to the sentence's start, no further
        start -= 1
    return bool(data().rule_citation.search(t, start, pos))


def _money_context(t: str, pos: int) -> bool:
    s = data().data.shapes
    window = t[max(0, pos - s.money_context_chars):pos]
    for ch in data().data.context.sentence_marks:
        window = window.rsplit(ch, 1)[-1]
    return any(w in window for w in s.money_words)


@cache
def _list_neighbours() -> tuple[regex.Pattern, regex.Pattern]:
    """Patterns of a money list around a bare-万 figure: the items after it up to one written with
    its 元, and an item with its 元 right before it; the items may be named, at length ("殡仪馆设备购置50万、
    农村公益性公墓建设60万、购买社会组织服务项目64万元"; a short name may count something else: "农户2万")."""
    s = data().data.shapes
    sep = r"\s*(?:" + "|".join(map(regex.escape, s.list_separators)) + r")\s*(?:[\p{Han}（）()]{4,24}?)?"
    num = r"\d[\d,]*(?:\.\d+)?"
    bare = "(?:" + "|".join(map(regex.escape, s.bare_money_multipliers)) + ")"
    money = bare + r"?\s*元"
    after = regex.compile(f"(?:{sep}{num}\\s*{bare})*{sep}{num}\\s*{money}")
    before = regex.compile(f"{num}\\s*{money}(?:{sep}{num}\\s*{bare})*{sep}$")
    return after, before


def _in_money_list(t: str, start: int, end: int) -> bool:
    """340万 in "分别为340万、120万、85万元": a list whose other items are money is all money."""
    after, before = _list_neighbours()
    return bool(after.match(t, end)) or bool(before.search(t, max(0, start - 80), start))


def _blocked_spans(t: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never figures: dates, document numbers, quoted names, titles, idioms."""
    c = data()
    spans = [m.span() for p in c.blocked for m in p.finditer(t)]
    spans += [m.span() for m in c.set_phrases.finditer(t)]
    spans += [m.span() for p in c.quoted for m in p.finditer(t)]
    return spans


def _merge_ranges(text: str, t: str, found: list[Found]) -> list[Found]:
    """3500元-5000元: two figures of one unit joined by a range separator are one range."""
    seps = data().data.shapes.range_separators
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit == f.unit
            and prev.high is None
            and f.high is None
            and t[prev.end:f.start].strip(" \u3000\xa0") in seps
            and f.value > prev.value
        ):
            prev.raw = text[prev.start:f.end]
            prev.end, prev.high, prev.approx = f.end, f.value, "range"
            continue
        out.append(f)
    return out
