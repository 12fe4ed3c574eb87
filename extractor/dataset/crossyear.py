"""Cross-year checks: a unit's report for year Y against its report for year Y−1.

XYR001  this year's opening balance (年初结转和结余) against last year's closing balance (年末结转和结余).
XYR002  a value this year's report states for last year — a figure for 上年 or for Y−1 (2023年预算数
        in a 2024 report), or one implied by a change (比2024年预算增加X in a 2025 report) —
        against the value last year's report gave.

Figures are matched only through the model: the quantity they measure (Figure.label with years and
period words taken out), Figure.scope and Figure.period; the words that name a change are read
between two figures of one paragraph. The words are data (patterns/crossyear.toml). A statement
conflicts only when no figure of last year's report that measures the same quantity can equal it
within rounding (the interval rule of extractor/arithmetic.py, with figures read as
extractor.arithmetic reads them): one agreeing figure is enough, because a report restates its
numbers in text and tables and only one of them need be the one compared.
"""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from extractor import lexicon
from extractor.arithmetic import Interval, factor, fmt, interval
from extractor.checks.registry import RULES, define
from extractor.model import Figure, Finding, Model
from extractor.sentences import excerpt

define(
    "XYR001", "conflict", "opening-balance-last-year", "warning",
    "This year's opening balance (年初结转和结余) is not last year's closing balance (年末结转和结余).",
    """
    What it checks: in `jixiao ingest`, once a unit has reports for two consecutive years, each figure
    of this year's report for an opening balance (年初结转和结余, 年初结转结余) against the figures of last
    year's report for the closing balance with the same label (years and 年初/年末 taken out) and scope.

    Why: the books roll over; an opening balance that last year's closing balance does not support is
    a restatement the report should explain, or a slip in one of the two reports.

    Example: 2024 决算 "年初结转和结余232.45万元" while the 2023 决算 gives 年末结转和结余223.45万元.

    Tolerance: the two rounding intervals must meet (元 and 万元 converted first); one agreeing figure of
    last year's report is enough. A warning, not an error: the unit's make-up may have changed.
    """,
)
define(
    "XYR002", "conflict", "last-year-value-restated", "warning",
    "A value this report states for last year is not what last year's report said.",
    """
    What it checks: in `jixiao ingest`, a value this year's report gives for the previous year — a
    figure for 上年 or for that year (2023年预算数 in a 2024 report), or one implied by a change
    ("比2024年预算增加X": this year's value minus X) — against the figures of last year's report with
    the same label (years and period words taken out) and scope. A comparison naming a kind of report
    (预算, 决算, 执行数) is only made with a report of that kind.

    Why: year-on-year comparisons are what readers quote; a base that last year's report does not
    support makes the change wrong, or last year's report.

    Example: 2025 预算 "财政拨款收入12,480.50万元，比2024年预算增加1,230.25万元" states 11,250.25万元 for
    2024, while the 2024 预算 gives 财政拨款收入11,205.25万元.

    Tolerance: interval arithmetic on the rounding intervals (37.9万元 + 10万元 can be 47.91万元); a
    percentage change states no exact base and is not compared. A warning: budgets are adjusted.
    """,
)

# --------------------------------------------------------------------------- language data


class Balance(Model):
    words: list[str]
    opening: list[str]
    closing: list[str]


class Change(Model):
    pattern: str
    add_back: list[str]


class Basis(Model):
    words: list[str]
    doc_type: str


class CrossYearData(Model):
    year: str
    period_words: list[str]
    label_noise: str
    last_year_periods: list[str]
    balance: Balance
    change: Change
    basis: list[Basis]
    messages: dict[str, str]


@dataclass(frozen=True)
class _Compiled:
    data: CrossYearData
    year: regex.Pattern
    noise: regex.Pattern
    period: regex.Pattern
    change: regex.Pattern


@cache
def _lang() -> _Compiled:
    d = lexicon.load("crossyear", CrossYearData)
    words = sorted(d.period_words, key=len, reverse=True)
    return _Compiled(d, regex.compile(d.year), regex.compile(d.label_noise),
                     regex.compile("|".join(map(regex.escape, words))), regex.compile(d.change.pattern))


# --------------------------------------------------------------------------- reading one report


@dataclass(frozen=True)
class Report:
    """What the matcher needs of one stored report."""

    document_id: int
    sha256: str
    name: str
    year: int
    doc_type: str | None
    figures: list[Figure]
    blocks: dict[int, tuple[int, str]]  # block index -> (start offset, text); empty when not stored


@dataclass(frozen=True)
class Reading:
    """A report's statement of a quantity's value at a time."""

    key: str  # the quantity: the label without years, period words, quotes and brackets
    scope: frozenset[str]
    when: str  # this-year | last-year | opening | closing
    measure: str  # 元 for money, else the unit: what can be compared with what
    interval: Interval
    figures: tuple[Figure, ...]  # the figures it is read from, the stated one first
    stated: str  # as a message quotes it
    basis: str | None = None  # last-year statements: the doc_type they refer to (None: this report's kind)


def quantity_key(label: str, drop: tuple[str, ...] = ()) -> str:
    """What a label measures, without when: the same for the same quantity in any year's report.

    >>> quantity_key("2024年“三公”经费预算数")
    '三公经费预算数'
    >>> quantity_key("上年 财政拨款（一般公共预算）收入")
    '财政拨款一般公共预算收入'
    """
    lang = _lang()
    text = unicodedata.normalize("NFKC", label)
    for word in drop:
        text = text.replace(word, "")
    text = lang.year.sub("", text)
    text = lang.period.sub("", text)
    return lang.noise.sub("", text)


def _years_named(label: str) -> set[int]:
    return {int(m.group("year")) for m in _lang().year.finditer(unicodedata.normalize("NFKC", label))}


def _basis(text: str) -> str | None:
    """The kind of report a comparison refers to, from the words right after its year (预算, 决算, 执行数)."""
    for b in _lang().data.basis:
        if text.startswith(tuple(b.words)):
            return b.doc_type
    return None


def _basis_in_label(label: str) -> str | None:
    """The basis a last-year label names right after its year: 2023年预算数 -> 预算, 上年决算数 -> 决算.

    >>> _basis_in_label("公务接待费·2023年预算数"), _basis_in_label("2023年当年预算执行数")
    ('预算', '决算')
    >>> _basis_in_label("上年一般公共预算收入") is None
    True
    """
    lang = _lang()
    text = unicodedata.normalize("NFKC", label)
    when = lang.year.search(text) or lang.period.search(text)
    if when is None:
        return None
    return _basis(text[when.end():].strip().removeprefix("当年"))


def _balance_side(f: Figure) -> str | None:
    bal = _lang().data.balance
    if not any(w in f.label for w in bal.words):
        return None
    if f.period in bal.opening or any(w in f.label for w in bal.opening):
        return "opening"
    if f.period in bal.closing or any(w in f.label for w in bal.closing):
        return "closing"
    return None


def _lead_in(report: Report, before: Figure | None, f: Figure) -> str | None:
    """The words between a figure and the figure before it in the same paragraph, if stored."""
    if before is None or before.block != f.block or f.table or f.block not in report.blocks:
        return None
    start, text = report.blocks[f.block]
    return text[before.end - start:f.start - start]


def _measure(f: Figure) -> str:
    return "元" if f.kind == "money" else f.unit


_NOT_A_DIGIT = regex.compile(r"[^\d,.，．\s+\-−]")


def _said(f: Figure) -> str:
    """A figure as written, with its unit when it was written without one (a table cell).

    >>> _said(Figure(id="F1", kind="money", raw="1,230.25", value="1230.25", unit="万元", block=0, start=0, end=8))
    '1,230.25万元'
    """
    return f.raw if _NOT_A_DIGIT.search(f.raw) else f.raw + f.unit


def readings(report: Report) -> Iterator[Reading]:
    """Every statement of a value the report makes that a cross-year check can use."""
    lang = _lang()
    before: Figure | None = None
    for f in report.figures:
        lead_in = _lead_in(report, before, f)
        change = lang.change.search(lead_in) if lead_in is not None else None
        if change:  # an amount of change says nothing of its own: it restates the figure before it
            implied = _implied(report, before, f, change)
            if implied:
                yield implied
        elif f.label and f.high is None:  # a range states no one value
            measure, iv = _measure(f), interval(f)
            side = _balance_side(f)
            named = _years_named(f.label)
            bal = lang.data.balance
            if side:
                key = quantity_key(f.label, tuple(bal.opening + bal.closing))
                yield Reading(key, frozenset(f.scope), side, measure, iv, (f,), _said(f))
            elif f.period in lang.data.last_year_periods or named == {report.year - 1}:
                yield Reading(quantity_key(f.label), frozenset(f.scope), "last-year", measure, iv, (f,),
                              _said(f), _basis_in_label(f.label))
            elif named <= {report.year}:
                yield Reading(quantity_key(f.label), frozenset(f.scope), "this-year", measure, iv, (f,), _said(f))
        before = f


def _implied(report: Report, subject: Figure, amount: Figure, change: regex.Match) -> Reading | None:
    """Last year's value that "subject, 比上年增加 amount" states: subject − amount (or + for 减少)."""
    year = change.group("year")
    if year is not None and int(year) != report.year - 1:
        return None
    ranged = subject.high is not None or amount.high is not None
    if _measure(subject) != _measure(amount) or not subject.label or ranged:
        return None  # a percentage change, a range, or no quantity to name: nothing exact to compare
    add = change.group("direction") in _lang().data.change.add_back
    iv = interval(subject) + interval(amount) if add else interval(subject) - interval(amount)
    value = fmt(iv.mid / factor(subject), max(subject.decimals, amount.decimals, 0))
    stated = f"{_said(subject)} {'+' if add else '−'} {_said(amount)} = {value}{subject.unit}"
    return Reading(quantity_key(subject.label), frozenset(subject.scope), "last-year", _measure(subject), iv,
                   (amount, subject), stated, _basis(change.group("kind")))


# --------------------------------------------------------------------------- comparing two reports


def _same_kind(r: Reading, this: Report, last: Report) -> bool:
    """Whether last year's report is the kind a last-year statement refers to."""
    if r.basis is None:
        return this.doc_type is None or last.doc_type is None or this.doc_type == last.doc_type
    return last.doc_type is None or r.basis in last.doc_type


def matches(this: Report, last: Report) -> Iterator[tuple[Reading, list[Reading]]]:
    """Each statement of this year's report that last year's report can answer, with the readings of
    last year's report that measure the same quantity (same key, scope and measure)."""
    assert last.year == this.year - 1
    theirs: dict[tuple, list[Reading]] = defaultdict(list)
    for r in readings(last):
        if r.when in ("this-year", "closing") and r.key:
            theirs[(r.when, r.key, r.scope, r.measure)].append(r)
    for r in readings(this):
        want = {"opening": "closing", "last-year": "this-year"}.get(r.when)
        if want is None or not r.key or (r.when == "last-year" and not _same_kind(r, this, last)):
            continue
        candidates = theirs.get((want, r.key, r.scope, r.measure))
        if candidates:
            yield r, candidates


def compare(this: Report, last: Report) -> list[tuple[Finding, list[str]]]:
    """Findings of this year's report against last year's, each with the ids of last year's figures it cites."""
    out = []
    for r, candidates in matches(this, last):
        if any(c.interval.meets(r.interval) for c in candidates):
            continue  # one agreeing value is enough
        nearest = min(candidates, key=lambda c: c.interval.distance(r.interval))
        rule = "XYR001" if r.when == "opening" else "XYR002"
        out.append((_finding(rule, r, nearest, this, last), [f.id for f in nearest.figures]))
    return out


def _finding(rule: str, r: Reading, other: Reading, this: Report, last: Report) -> Finding:
    first = r.figures[0]
    gap = (r.interval.mid - other.interval.mid) / factor(first)
    difference = fmt(gap, max(0, *(f.decimals for f in r.figures + other.figures)))
    message = _lang().data.messages[rule].format(
        label=r.figures[-1].label, stated=r.stated, other=other.stated, other_year=last.year,
        other_name=last.name, difference=("+" if gap > 0 else "") + difference + first.unit,
    )
    places = ",".join(f"{f.raw}@{f.start}" for f in r.figures + other.figures)
    fingerprint = hashlib.sha1(f"{rule}|{places}|{last.sha256}".encode()).hexdigest()[:12]
    return Finding(
        rule=rule, type=RULES[rule].type, severity=RULES[rule].severity, figures=[f.id for f in r.figures],
        message=message, excerpt=_excerpt(this, first), page=first.page, line=first.line, block=first.block,
        start=first.start, end=first.end, stated=r.stated, computed=other.stated, fingerprint=fingerprint,
    )


def _excerpt(report: Report, f: Figure) -> str:
    """The sentence (or table row) a figure stands in."""
    if f.block not in report.blocks:
        return f.raw
    start, text = report.blocks[f.block]
    return excerpt(text, f.start - start, f.end - start).replace("\t", " | ")


# --------------------------------------------------------------------------- the pass over the database


def load_report(conn: sqlite3.Connection, document_id: int) -> Report:
    from extractor.dataset.store import load_figures

    d = conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
    blocks = {b["block"]: (b["start"], b["text"])
              for b in conn.execute("SELECT block, start, text FROM blocks WHERE document_id = ?", (document_id,))}
    return Report(d["id"], d["sha256"], d["name"], d["year"], d["doc_type"], load_figures(conn, document_id), blocks)


def run(conn: sqlite3.Connection) -> tuple[int, int]:
    """Check every unit that has a document the pass has not seen; return (units with two consecutive
    years, findings written). Each unit is redone whole in one transaction, so the pass is idempotent
    and a killed one is finished by the next run."""
    from extractor.dataset.schema import transaction
    from extractor.dataset.store import finding_row, insert

    units = [row[0] for row in conn.execute("""
        SELECT unit_key FROM documents WHERE cross_year_checked = 0 AND unit_key IS NOT NULL
        UNION  -- a new version may have renamed its unit: the old unit loses a report
        SELECT old.unit_key FROM documents new JOIN documents old ON new.supersedes = old.id
        WHERE new.cross_year_checked = 0 AND old.unit_key IS NOT NULL""")]
    linked = written = 0
    for unit in units:
        with transaction(conn):
            conn.execute("""DELETE FROM findings WHERE source = 'cross_year' AND
                (document_id IN (SELECT id FROM documents WHERE unit_key = ?1)
                 OR other_document_id IN (SELECT id FROM documents WHERE unit_key = ?1))""", (unit,))
            docs = conn.execute("""SELECT id, year FROM latest_documents
                WHERE unit_key = ? AND status = 'ok' AND year IS NOT NULL ORDER BY year, id""", (unit,)).fetchall()
            pairs = [(d["id"], p["id"]) for d in docs for p in docs if p["year"] == d["year"] - 1]
            reports = {i: load_report(conn, i) for pair in pairs for i in pair}
            rows = [finding_row(finding, this, "cross_year", last, cited)
                    for this, last in pairs for finding, cited in compare(reports[this], reports[last])]
            insert(conn, "findings", rows)
            conn.execute("UPDATE documents SET cross_year_checked = 1 WHERE unit_key = ?", (unit,))
        linked += bool(pairs)
        written += len(rows)
    with transaction(conn):
        conn.execute("UPDATE documents SET cross_year_checked = 1 WHERE cross_year_checked = 0")
    return linked, written
