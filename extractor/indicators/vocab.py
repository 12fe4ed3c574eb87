"""The words of a 绩效自评表 (patterns/indicators.toml), checked by a schema and compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from extractor import lexicon
from extractor.model import Comparator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# The columns a 自评表 header can name; extractor/indicators/read.py knows what each holds.
RoleName = Literal[
    "budget", "adjusted", "executed", "rate", "weight", "points", "level1", "level2", "level3", "content",
    "target", "actual", "comparator", "unit", "reason", "criteria",
]


class Role(_Strict):
    name: RoleName
    pattern: str


class HeaderWords(_Strict):
    noise: str
    role: list[Role]


class RowWords(_Strict):
    total: str
    subtotal: str
    funding_total: str
    grade_label: str
    level_weight: str
    number_cell: str
    blank_cells: list[str]


class FlattenedWords(_Strict):
    header_words: list[str]
    level_words: list[str]


class Comparators(_Strict):
    before: dict[str, Comparator]
    after: dict[str, Comparator]


class MeasureWords(_Strict):
    unit: str
    range: str
    date: str
    ceiling_levels: str
    missed: str
    multipliers: dict[str, Decimal]


class Scoring(_Strict):
    full_marks: Decimal
    rate_cap: Decimal
    funding_rule: str


class IndicatorsData(_Strict):
    header: HeaderWords
    rows: RowWords
    flattened: FlattenedWords
    comparator: Comparators
    measure: MeasureWords
    scoring: Scoring


@dataclass(frozen=True)
class Compiled:
    d: IndicatorsData
    roles: list[tuple[str, regex.Pattern]]  # header role and its pattern, in the order they are tried
    header_noise: regex.Pattern
    total_row: regex.Pattern
    subtotal_row: regex.Pattern
    funding_total: regex.Pattern
    grade_label: regex.Pattern
    level_weight: regex.Pattern
    number_cell: regex.Pattern
    blank_cells: frozenset[str]
    before: regex.Pattern  # a comparator word ending the text before a number
    after: regex.Pattern  # a comparator word right after a number's unit
    number: regex.Pattern  # a number, or a range of two, and its unit
    date: regex.Pattern
    ceiling_levels: regex.Pattern
    missed: regex.Pattern
    header_words: regex.Pattern  # one header word, longest first
    level_words: regex.Pattern  # a first- or second-level name at the start of a cell
    measure_start: regex.Pattern  # a comparator and its number right after a name: 里程|≥30公里


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def words() -> Compiled:
    d = lexicon.load("indicators", IndicatorsData)
    m, rows = d.measure, d.rows
    num = r"\d+(?:\.\d+)?"
    return Compiled(
        d=d,
        roles=[(r.name, regex.compile(r.pattern)) for r in d.header.role],
        header_noise=regex.compile(d.header.noise),
        total_row=regex.compile(rows.total),
        subtotal_row=regex.compile(rows.subtotal),
        funding_total=regex.compile(rows.funding_total),
        grade_label=regex.compile(rows.grade_label),
        level_weight=regex.compile(rows.level_weight),
        number_cell=regex.compile(rows.number_cell),
        blank_cells=frozenset(rows.blank_cells),
        before=regex.compile(f"(?:{_alternation(d.comparator.before)})$"),
        after=regex.compile(f"^(?:{_alternation(d.comparator.after)})"),
        number=regex.compile(f"(?P<num>{num})(?:(?P<unit1>{m.unit})?{m.range}(?P<high>{num}))?(?P<unit>{m.unit})?"),
        date=regex.compile(m.date),
        ceiling_levels=regex.compile(m.ceiling_levels),
        missed=regex.compile(m.missed),
        header_words=regex.compile(_alternation(d.flattened.header_words)),
        level_words=regex.compile(f"^(?:{_alternation(d.flattened.level_words)})"),
        measure_start=regex.compile(f"(?<=\\p{{Han}})(?:{_alternation(d.comparator.before)})(?=\\s*\\d)"),
    )
