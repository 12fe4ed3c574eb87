"""Facts: figures in running text named precisely enough to be compared — which measure
(支出, 年末结转和结余, 公务接待费…), of which scope (基本支出 / 项目支出), which funds (财政拨款 or all)
and which stage (年初预算, 全年预算, 决算). Two facts with the same key are the same quantity;
identities relate facts of one context. The vocabulary is data: patterns/identities.toml.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.relations.mentions import Mention
from extractor.structure import without_numbering


class Named(BaseModel):
    name: str
    pattern: str
    in_section: bool = False


class Identity(BaseModel):
    rule: str
    total: str
    parts: list[str]
    funds: list[str] = []


class Balance(BaseModel):
    rule: str
    closing: str
    opening: str
    income: str
    spending: str
    funds: list[str] = []
    added: str = ""  # a closing balance after this in its sentence…
    added_total: str = ""  # …with a later amount so named is one of the uses a total adds up


class IdentityData(BaseModel):
    measure: list[Named]
    scope: list[Named]
    funds: list[Named]
    stage: list[Named]
    qualifiers: list[str]
    subject_endings: list[str]
    not_a_fact: list[str]
    list_markers: list[str]
    needs_qualifier: list[str]
    stage_or_period: list[str]
    spent_this_year: str
    appropriated: list[str]
    not_stage: list[str]
    levels: list[str]
    whole_level: str
    place_opening: str
    scope_lead: str
    fund_heading: str
    identity: list[Identity]
    balance: Balance


@dataclass(frozen=True)
class FactKey:
    measure: str
    scope: str | None  # 基本支出 | 项目支出 | None (the whole)
    funds: str  # 财政拨款 | 政府性基金 | … | 全部
    stage: str | None  # 年初预算 | 全年预算 | 预算 | 决算 | None (not said)


@dataclass(frozen=True)
class Fact:
    key: FactKey
    mention: Mention


@cache
def data() -> tuple[IdentityData, dict]:
    d = lexicon.load("identities", IdentityData)
    funds = "|".join(f.pattern for f in d.funds)
    compiled = {
        # the measure ends the name, maybe followed by its funds and 支出 ("公务接待费支出决算为",
        # "“三公”经费财政拨款支出": 公务接待费, 三公经费)
        "measure": [(n.name, regex.compile(f"(?:{n.pattern})(?:{funds})*(?:支出)?$")) for n in d.measure],
        "measure_in": [(n.name, regex.compile(n.pattern)) for n in d.measure],  # anywhere in a phrase
        "scope": [(n.name, regex.compile(n.pattern), n.in_section) for n in d.scope],
        "funds": [(n.name, regex.compile(n.pattern)) for n in d.funds],
        "stage": [(n.name, regex.compile(n.pattern)) for n in d.stage],
        "qualifier": regex.compile(
            "(?:" + "|".join(sorted(map(regex.escape, d.qualifiers), key=len, reverse=True)) + r"|\d+年度?|[\s“”\"‘’（）()：:、，,]|20\d\d)$"
        ),
        # what may follow the measure in its name: the stage (…经费预算数为, 支出决算为), a verb of
        # what was achieved (收入累计完成, 收入实现) and a copula (and 数 of a flow: 三公经费支出数为)
        "trailing": regex.compile(
            r"(?:(?<=支出|收入)数)?(?:(?:年初|全年|调整)?(?:预算|决算|执行)数?)?(?:累计)?(?:完成|实现)?"
            r"(?:为|是|达|达到|共|共计|合计|总计|总额|约|计)*[\s：:]*$"),
    }
    return d, compiled


def _first(table, text: str) -> str | None:
    for name, pat, *_ in table:
        if pat.search(text):
            return name
    return None


def fact_of(m: Mention) -> Fact | None:
    """The fact a money mention states, or None when its name is not precise enough."""
    if m.kind != "money" or m.fig.approx or m.fig.high is not None:
        return None
    d, c = data()
    # "（一）因公出国（境）费": the item's numbering is not its name; "2023 年本年…": nor are spaces
    said = regex.sub(r"\s+", "", without_numbering(m.clause_lead))
    name = c["trailing"].sub("", said)  # the measure ends the name once the stage and verb are off
    if not name or any(w in said for w in d.not_a_fact):
        return None
    measure, prefix = None, ""
    for mname, pat in c["measure"]:
        hit = pat.search(name)
        if hit:
            measure, prefix = mname, name[: hit.start()]
            break
    if measure is None or not _only_qualifiers(prefix, d, c):
        return None
    if measure in d.needs_qualifier and m.upto != m.head and regex.fullmatch(r"(?:实际|决算|执行|的)*", prefix.strip()):
        # "“三公”经费预算8.50万元，实际支出6.12万元" (or "…，支出决算为6.12万元"): a bare spending is that
        # of what the sentence is about (a spending measure it names), not of the whole unit
        subject = _named_last(m.upto[max(m.upto.rfind(x) for x in ("；", ";", "其中")) + 1 :], d, c)
        measure, prefix = (subject, subject) if subject else (measure, prefix)
    if not prefix.strip() and measure in d.needs_qualifier:
        return None  # "支出决算为54.53万元": spending of what, the sentence before says, not the name
    scope = next((n for n, pat, _ in c["scope"] if pat.search(name)), None)
    if scope is None:  # "1.基本支出：年初预算486.20万元，实际支出472.35万元": the item's label scopes it
        label = regex.match(r"([^，,。；;：:]{1,16})[：:]", without_numbering(m.head))
        scope = next((n for n, pat, _ in c["scope"] if label and pat.search(label.group(1))), None)
    # (a whole its own list breaks down by scope — "…合计A，其中：基本支出a" — is of no one scope, whatever its section)
    if scope is None and not (any(w in m.after for w in d.list_markers) and any(p.search(m.after) for _, p, _ in c["scope"])):
        sections = "".join(m.section)
        scope = next((n for n, pat, in_sec in c["scope"] if in_sec and pat.search(sections)), None)
    # a member of a list (…合计X，其中：A a、B b) takes the funds and stage its total names
    in_list = bool(m.head) and any(w in m.upto[len(m.head):] for w in d.list_markers)
    funds = _first(c["funds"], said) or (_first(c["funds"], m.head) if in_list else None) or "全部"
    stage = _first(c["stage"], without_funds(said)) or (_first(c["stage"], without_funds(m.head)) if in_list else None)
    if measure in d.appropriated:
        funds = "财政拨款"
    heading = _first(c["stage"], without_funds(m.section[-1])) if m.section else None
    if stage == "决算" and heading not in (None, "决算"):
        # "一、2018年年初预算" over "…其中：因公出国（境）费支出决算0万元": which stage, the text does not agree (a
        # 决算 heading over budgets is no contradiction: a 决算 compares what was spent with its budget)
        return None
    return Fact(FactKey(measure, scope, funds, stage), m)


def _named_last(text: str, d: IdentityData, c: dict) -> str | None:
    """The spending measure a text names last ("…其中：因公出国（境）费年初预算为0.00万元，支出决算为": 因公出国（境）费)."""
    found = []
    for n, pat in c["measure_in"]:
        hits = list(pat.finditer(text)) if n not in d.needs_qualifier and not n.startswith(("年初", "年末")) else []
        if hits:
            found.append((hits[-1].end(), len(hits[-1].group()), n))  # (the latest, and of two there the longer)
    return max(found)[2] if found else None


def operand_of(name: str) -> str | None:
    """The identity operand a bare name names, as identities write it ("基本支出" → "支出@基本支出",
    "公用经费" → "公用经费"), or None: for the parts of a change ("其中：基本支出增加a"), whose
    clauses are changes and so no facts."""
    _, c = data()
    name = regex.sub(r"\s+", "", name)
    measure = _first(c["measure_in"], name)
    if measure is None:
        return None
    scope = next((n for n, pat, _ in c["scope"] if pat.search(name)), None)
    return f"{measure}@{scope}" if scope else measure


def funds_named(text: str) -> str | None:
    """The first funds a text names (财政拨款, 一般公共预算…), if any."""
    return _first(data()[1]["funds"], text)


def without_funds(name: str) -> str:
    """A name without the words that hold 预算 but name no budget stage (一般公共预算, 预算单位…)."""
    for w in data()[0].not_stage:
        name = name.replace(w, "")
    return name


def _only_qualifiers(prefix: str, d: IdentityData, c: dict) -> bool:
    """Strip qualifier words from the end of the prefix; what is left must be nothing or a subject."""
    rest = prefix
    while rest:
        if any(rest.endswith(w) for w in d.subject_endings):
            return True  # "…参公事业单位的": a unit's name (单位 is a qualifier too: look before cutting it)
        cut = c["qualifier"].sub("", rest)
        if cut == rest:
            break
        rest = cut
    return not rest or not regex.match(r".*\p{Han}$", rest)


def facts_of(mentions: list[Mention]) -> list[Fact]:
    return [f for f in (fact_of(m) for m in mentions) if f is not None]


class FactIndex:
    """The facts of a document's mentions, worked out once and grouped by quantity (measure and
    scope), so that "the latest facts of this quantity before here" does not read every earlier
    mention again for each statement that asks (that made long documents quadratic)."""

    def __init__(self, mentions: list[Mention]):
        self.facts = facts_of(mentions)
        self._of = {f.mention.index: f for f in self.facts}
        self._by_quantity: dict[tuple[str, str | None], list[Fact]] = {}
        for f in self.facts:  # document order within each group
            self._by_quantity.setdefault((f.key.measure, f.key.scope), []).append(f)

    def of(self, m: Mention) -> Fact | None:
        return self._of.get(m.index)

    def latest_before(self, index: int, measure: str, scope: str | None) -> Iterator[Fact]:
        """Facts of one quantity whose mention comes before mention number `index`, latest first."""
        group = self._by_quantity.get((measure, scope), [])
        for k in range(bisect_left(group, index, key=lambda f: f.mention.index) - 1, -1, -1):
            yield group[k]
