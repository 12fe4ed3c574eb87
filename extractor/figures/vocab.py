"""The vocabulary of figures: the schema of patterns/figures.toml and the regexes compiled from it, once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex
from pydantic import BaseModel, ConfigDict

from extractor import lexicon


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Numerals(_Strict):
    digits: dict[str, int]
    places: dict[str, int]
    groups: dict[str, int]
    point: str
    multipliers: dict[str, int]


class Units(_Strict):
    money: list[str]
    money_aliases: dict[str, str]
    percent: list[str]
    percent_point: list[str]
    measure_words: list[str]
    measure_aliases: dict[str, str]
    foreign_currencies: list[str]
    arabic_only: list[str]
    word_after: dict[str, str]


class Shapes(_Strict):
    arabic: str
    grouped: str
    range_separators: list[str]
    page_marker: str
    percent_prefix: str
    tenths: str
    tenths_followers: list[str]
    bare_money_multipliers: list[str]
    list_separators: list[str]
    money_context_chars: int
    money_words: list[str]


class Approx(_Strict):
    before: dict[str, str]
    middle: dict[str, str]
    after: dict[str, str]
    word_before: dict[str, str]


class NotFigures(_Strict):
    blocked_spans: list[str]
    set_phrases: list[str]
    quote_pairs: list[str]
    max_quoted_chars: int
    title_pairs: list[str]
    max_integer_digits: int
    ordinal_prefix: str
    session_marker: str
    session_reach: int
    determiners: list[str]
    copulas: list[str]
    negations: list[str]
    negation_reach: int
    article_measures: list[str]
    place_suffixes: str
    place_generic_measures: list[str]
    rule_citation: str


class Context(_Strict):
    clause_marks: str
    sentence_marks: str
    short_bracket_chars: int
    label_leading: list[str]
    label_joiners: list[str]
    label_trailing: list[str]
    label_noise: list[str]
    label_keep_endings: list[str]
    total_words: list[str]
    count_noun_min: int
    counted_noun_tags: list[str]
    counted_noun_opening_tags: list[str]
    counted_noun_after_opening: int


class Tag(_Strict):
    tag: str
    pattern: str
    group: str = ""
    consumes: bool = False  # the matched words are not searched again by later tags


class PeriodRules(_Strict):
    comparison_before: list[str]
    paired_before: list[str]  # 和, 跟: a comparison only when the clause goes on to compare
    paired_after: str


class Table(_Strict):
    code_header: str
    numbering_row: str
    percent_header: str
    header_unit: str
    header_words: dict[str, str]
    row_header_leading: list[str]
    label_joiner: str
    numeric_cell: str


class FiguresData(_Strict):
    numerals: Numerals
    units: Units
    shapes: Shapes
    approx: Approx
    not_figures: NotFigures
    context: Context
    scope: list[Tag]
    period: list[Tag]
    period_rules: PeriodRules
    table: Table


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so that 人次 wins over 人.

    >>> alternation(["人", "人次", "%"])
    '人次|%|人'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Compiled:
    """patterns/figures.toml with its regexes compiled."""

    data: FiguresData
    cn_digit: str  # character class body of Chinese numerals
    blocked: list[regex.Pattern]
    set_phrases: regex.Pattern
    quoted: list[regex.Pattern]  # short quotations (names, slogans) and titles 《…》
    rule_citation: regex.Pattern
    scope: list[tuple[Tag, regex.Pattern]]
    period: list[tuple[Tag, regex.Pattern]]
    label_noise: list[regex.Pattern]
    code_header: regex.Pattern
    numbering_row: regex.Pattern
    percent_header: regex.Pattern
    header_unit: regex.Pattern
    numeric_cell: regex.Pattern


def _quoted(nf: NotFigures) -> list[regex.Pattern]:
    out = []
    for pair, reach in [(p, f"{{1,{nf.max_quoted_chars}}}") for p in nf.quote_pairs] + [(p, "*") for p in nf.title_pairs]:
        o, c = regex.escape(pair[0]), regex.escape(pair[1])
        out.append(regex.compile(f"{o}[^{o}{c}\n]{reach}{c}"))
    return out


@cache
def data() -> Compiled:
    d = lexicon.load("figures", FiguresData)
    n = d.numerals
    cn_digit = "".join(list(n.digits) + list(n.places) + list(n.groups))
    return Compiled(
        data=d,
        cn_digit=cn_digit,
        blocked=[regex.compile(p) for p in d.not_figures.blocked_spans],
        set_phrases=regex.compile(alternation(d.not_figures.set_phrases)),
        quoted=_quoted(d.not_figures),
        rule_citation=regex.compile(d.not_figures.rule_citation),
        scope=[(t, regex.compile(t.pattern)) for t in d.scope],
        period=[(t, regex.compile(t.pattern)) for t in d.period],
        label_noise=[regex.compile(p) for p in d.context.label_noise],
        code_header=regex.compile(d.table.code_header),
        numbering_row=regex.compile(d.table.numbering_row),
        percent_header=regex.compile(d.table.percent_header),
        header_unit=regex.compile(d.table.header_unit),
        numeric_cell=regex.compile(d.table.numeric_cell),
    )
