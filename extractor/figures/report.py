"""The report's own metadata: unit name, year reported on, date, self-evaluation score and grade,
document type. The words are in patterns/report.toml.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex
from pydantic import BaseModel, ConfigDict

from extractor import lexicon
from extractor.figures.numerals import normalise
from extractor.model import Document, Figure, IndicatorTable, ReportMeta


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocType(_Strict):
    name: str
    pattern: str


class UnitWords(_Strict):
    labelled: str
    labelled_chars: int
    cover: list[str]
    body: list[str]
    signature_blocks: int
    signature_max_chars: int
    org_suffixes: list[str]
    admin_prefix: str


class Pattern(_Strict):
    pattern: str


class YearWords(_Strict):
    pattern: str
    compared: str


class DateWords(_Strict):
    pattern: str
    last_blocks: int


class ScoreWords(_Strict):
    label: str
    not_label: str
    total_row: str


class GradeWords(_Strict):
    pattern: str
    aliases: dict[str, str]


class ReportData(_Strict):
    title_blocks: int
    title_chars: int
    contents: str
    navigation: str
    doc_type: list[DocType]
    unit: UnitWords
    year: YearWords
    date: DateWords
    score: ScoreWords
    grade: GradeWords


@dataclass(frozen=True)
class _Compiled:
    d: ReportData
    contents: regex.Pattern
    navigation: regex.Pattern
    doc_types: list[tuple[str, regex.Pattern]]
    labelled: regex.Pattern
    cover: list[regex.Pattern]
    body: list[regex.Pattern]
    admin_prefix: str
    year: regex.Pattern
    year_compared: regex.Pattern
    date: regex.Pattern
    score_label: regex.Pattern
    score_not: regex.Pattern
    score_total: regex.Pattern
    grade: regex.Pattern


@cache
def _words() -> _Compiled:
    d = lexicon.load("report", ReportData)
    return _Compiled(
        d=d,
        contents=regex.compile(d.contents),
        navigation=regex.compile(d.navigation),
        doc_types=[(t.name, regex.compile(t.pattern)) for t in d.doc_type],
        labelled=regex.compile(d.unit.labelled),
        cover=[regex.compile(p) for p in d.unit.cover],
        body=[regex.compile(p) for p in d.unit.body],
        admin_prefix=d.unit.admin_prefix,
        year=regex.compile(d.year.pattern),
        year_compared=regex.compile(d.year.compared),
        date=regex.compile(d.date.pattern),
        score_label=regex.compile(d.score.label),
        score_not=regex.compile(d.score.not_label),
        score_total=regex.compile(d.score.total_row),
        grade=regex.compile(d.grade.pattern),
    )


def report_meta(doc: Document, figures: list[Figure]) -> ReportMeta:
    title = title_of(doc)
    text = normalise(doc.text)
    date = _date(doc)
    return ReportMeta(
        unit_name=_unit_name(doc, title, text),
        year=_year(title, text, date),
        date=date,
        score=_score(figures),
        grade=_grade(text),
        doc_type=_doc_type(title, text),
    )


def _squeeze(s: str) -> str:
    """Text without the spaces of justified or PDF layout (lines stay apart)."""
    return regex.sub(r"[^\S\n]+", "", normalise(s))


def title_of(doc: Document) -> str:
    """The cover or title: the blocks before the contents or the first numbered heading, joined
    (past a site's menu of links above them)."""
    w = _words()
    parts: list[str] = []
    blocks = [b for b in doc.blocks[: 3 * w.d.title_blocks] if not (b.kind != "table" and w.navigation.search(b.text))]
    for b in blocks[: w.d.title_blocks]:
        if b.kind == "table" or w.contents.match(b.text) or (b.kind == "heading" and b.number):
            break
        parts.append(b.text)
    return _squeeze("".join(parts))[: w.d.title_chars]


def kind_named(text: str) -> str | None:
    """The kind of document a title names (决算, 预算, 绩效评价报告…), if any."""
    return _doc_type(text, "")


def _doc_type(title: str, text: str) -> str | None:
    for where in (title, text[:2000]):
        for name, pat in _words().doc_types:
            if pat.search(where):
                return name
    return None


def _ends_as_unit(name: str) -> bool:
    return name.endswith(tuple(_words().d.unit.org_suffixes))


def _unit_name(doc: Document, title: str, text: str) -> str | None:
    """The publishing unit: a labelled name, the cover, a heading naming it, or the signature —
    then its fullest form, with the place names written before it elsewhere in the report."""
    w = _words()
    name = None
    m = w.labelled.search(_squeeze(text[: w.d.unit.labelled_chars]))
    if m and _ends_as_unit(_cut_to_unit(m.group("name"))):
        name = _cut_to_unit(m.group("name"))
    for pat in w.cover:
        if name:
            break
        m = pat.search(title)
        if m and _ends_as_unit(m.group("name")):
            name = m.group("name")
    for b in doc.blocks:
        if name:
            break
        if b.kind == "heading" or len(b.text) <= 40:
            for pat in w.body:
                m = pat.search(_squeeze(b.text))
                if m and _ends_as_unit(m.group("name")):
                    name = m.group("name")
                    break
    if not name:
        name = _signature(doc)
    return _fullest(name, text) if name else None


def _cut_to_unit(s: str) -> str:
    """The longest start of `s` that ends like a unit's name."""
    for end in range(len(s), 0, -1):
        if _ends_as_unit(s[:end]):
            return s[:end]
    return s


def _signature(doc: Document) -> str | None:
    u = _words().d.unit
    for b in reversed(doc.blocks[-u.signature_blocks:]):
        s = _squeeze(b.text)
        if 3 < len(s) <= u.signature_max_chars and _ends_as_unit(s) and not _words().date.search(s):
            return s
    return None


def _fullest(name: str, text: str) -> str:
    """绥宁县武阳镇人民政府 rather than the signature's 武阳镇人民政府."""
    squeezed = _squeeze(text)
    longest = name
    for m in regex.finditer(f"({_words().admin_prefix}){regex.escape(name)}", squeezed):
        if len(m.group(0)) > len(longest):
            longest = m.group(0)
    return longest


def _date(doc: Document) -> str | None:
    w = _words()
    for b in reversed(doc.blocks[-w.d.date.last_blocks:]):
        found = list(w.date.finditer(normalise(b.text)))
        if found:
            m = found[-1]
            return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return None


def _year(title: str, text: str, date: str | None) -> int | None:
    """The year reported on: the title's year, else the year the text names most often, a year
    named as the base of a comparison counting for the year after it (never later than the
    signature date)."""
    w = _words()
    compared = {m.start("year") for m in w.year_compared.finditer(title)}
    m = next((m for m in w.year.finditer(title) if m.start("year") not in compared), None)
    if m:
        return int(m.group("year"))
    limit = int(date[:4]) if date else 9999
    counts = Counter(int(m.group("year")) for m in w.year.finditer(text))
    for m in w.year_compared.finditer(text):  # "较2022年度决算数": the year before the one reported on
        counts[int(m.group("year"))] -= 1
        counts[int(m.group("year")) + 1] += 1
    if date:
        counts[limit] -= 1  # the signature date itself
    ranked = [y for y, n in counts.most_common() if n > 0 and y <= limit]
    return ranked[0] if ranked else None


def _score(figures: list[Figure]):
    """The self-evaluation score: stated in a sentence, else the total row of a scoring table
    (an indicator's own 得分 is not the report's)."""
    w = _words()
    scores = [f for f in figures if f.unit == "分" and w.score_label.search(f.label) and not w.score_not.search(f.label)]
    stated = next((f for f in scores if not f.table), None)
    total = next((f for f in scores if f.table and w.score_total.search(f.label)), None)
    best = stated or total
    return best.value if best else None


def _grade(text: str) -> str | None:
    w = _words()
    m = w.grade.search(text)
    if not m:
        return None
    g = m.group("grade")
    return w.d.grade.aliases.get(g, g)


NOT_A_REPORT = "不像是绩效或预决算报告"  # the note's opening words; outputs count the files that carry it


def with_indicator_totals(meta: ReportMeta, tables: list[IndicatorTable]) -> ReportMeta:
    """Score and grade the text leaves unsaid, taken from the 绩效自评表's 总分 row and the grade
    it states (the text's own wins where both speak: a mismatch is a finding, not a choice)."""
    total = next((t for t in tables if t.total_points is not None), None)
    graded = next((t for t in tables if t.grade), None)
    update = {}
    if meta.score is None and total is not None:
        update["score"] = total.total_points
    if meta.grade is None and graded is not None:
        update["grade"] = graded.grade
    return meta.model_copy(update=update) if update else meta


def not_a_report(doc: Document, meta: ReportMeta, figures: list[Figure]) -> str | None:
    """A note for a file with no figures and nothing of a report's structure: no numbered
    headings, no report type, unit or year named."""
    if figures or doc.sections or any(b.number for b in doc.blocks) or meta.doc_type or meta.unit_name or meta.year:
        return None
    return f"{NOT_A_REPORT}：没有找到任何数字，也没有报告的标题、章节编号、单位或年度"
