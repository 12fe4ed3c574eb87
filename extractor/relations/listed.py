"""Named items listed twice (CON001).

A report may list the same named items twice: the projects of its 绩效目标 with their budgets
("其中：中介机构服务费418.80万元，财政业务费10.00万元，信息化系统日常维护费166.66万元") and again under
its 年度预算安排 ("信息化系统日常维护费166.66万元，中介机构服务费418.80万元，财政业务费10万元"). When two
sentences of different paragraphs each give an amount to at least two of the same names, the two lists
are of the same items, and each item's two amounts are one quantity: they must agree. Lists of two
subjects name the same items too (贵池区申请基础养老金补贴945.72万元，缴费补贴46.36万元 / 青阳县申请基础养老金
补贴238.34万元，缴费补贴17.17万元): two lists are taken for the same items only when at least half of the
names they share, and all of them but one, have the same amount in both (written alike, not merely within
rounding), as one slip among the lists of one unit leaves them (学校层面 and 专业群层面 funds of one project
share their 中央 and 地方 amounts, not their other two).

What keeps other quantities out: a name that is a measure of budget reporting (支出, 基本支出,
公务接待费, which identities.py keys by scope, funds and stage) is left to the identities; a name
holding a change or share word (增加, 占: restated.toml's `not_restated`) is not the item's amount;
a name said twice in one list is ambiguous; the two amounts must not differ in stage (预算, 决算), scope
(基本支出, 项目支出), funds or period, nor stand under different levels of government (全区, 本级); and
neither sentence may name a year other than the report's.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from extractor.model import Document, Relation
from extractor.relations.facts import FactIndex
from extractor.relations.identities import level_in
from extractor.relations.mentions import Mention, paragraph_openings
from extractor.relations.restated import _words, stage_of, without_funds_names
from extractor.structure import YEAR

MIN_NAME = 4  # characters besides stage words and funds names (not 年初预算, 支出决算: their subject is elsewhere)
MAX_LISTS = 8  # a name given an amount in more sentences than this is a heading word, not an item
_GROUPS = ({"基本支出", "项目支出"}, {"财政拨款", "一般公共预算", "政府性基金", "国有资本经营"})


def find_listed_relations(doc: Document, mentions: list[Mention], facts: FactIndex, year: int | None,
                          doc_stage: str | None) -> list[Relation]:
    """CON001 for each item two lists of the same items give an amount."""
    words, c = _words()
    lists: dict[int, dict[str, Mention]] = {}  # sentence -> name -> its one amount there
    said_twice: set[tuple[int, str]] = set()
    for m in mentions:
        f = m.fig
        name = f.label.strip()
        if f.kind != "money" or f.table or f.approx or f.high is not None or facts.of(m) is not None \
                or len(c["stage_words"].sub("", without_funds_names(name))) < MIN_NAME \
                or any(w in name for w in words.text.not_restated):
            continue
        items = lists.setdefault(m.sentence, {})
        if name in items:
            said_twice.add((m.sentence, name))
        items[name] = m
    for sentence, name in said_twice:
        del lists[sentence][name]
    lists = {s: items for s, items in lists.items() if len(items) >= 2 and _of_the_year(doc, items, year)}

    opening = paragraph_openings(mentions)
    # lines with no figure that name a stage ("1. 镇人大批准的年初预算草案。" … "3. 决算情况。"): lists after lines
    # of two different stages are of those stages
    with_figures = {m.paragraph for m in mentions}
    stage_lines = [(b.index, stage) for b in doc.blocks if b.kind == "paragraph" and b.index not in with_figures
                   and len(b.text) <= 60 and (stage := stage_of(without_funds_names(b.text)))]
    by_name: dict[str, list[int]] = {}
    for s, items in sorted(lists.items()):
        for name in items:
            by_name.setdefault(name, []).append(s)
    shared = Counter(pair for ss in by_name.values() if len(ss) <= MAX_LISTS for pair in combinations(ss, 2))
    out, related = [], set()
    for (first, later), n in sorted(shared.items()):
        pairs = [(lists[first][name], lists[later][name], name) for name in lists[first].keys() & lists[later].keys()]
        pairs = [(a, b, name) for a, b, name in pairs if a.paragraph != b.paragraph and _same_kind(a, b, doc_stage)
                 and _same_level(a, b, opening) and not _staged_apart(a, b, stage_lines)]
        # (agreeing means written alike, 10.00万元 and 10万元: a whole 1亿元 merely rounding to 1.05亿元 is no sign)
        agree = sum(_yuan(a) == _yuan(b) for a, b, _ in pairs)
        if len(pairs) < 2 or 2 * agree < len(pairs) or len(pairs) - agree > 1:
            continue  # lists of two subjects (贵池区…，青阳县…; 学校层面… / 专业群层面…) or years that name the same items
        for a, b, name in pairs:
            if b.fig.id in related:
                continue
            related.add(b.fig.id)
            out.append(Relation(kind="linear", rule="CON001", source="listed", figures=[b.fig.id, a.fig.id],
                                data={"terms": [[a.fig.id, 1]], "same": name}))
    return out


def _staged_apart(a: Mention, b: Mention, stage_lines: list[tuple[int, str]]) -> bool:
    """Whether the latest stage lines before two amounts name different stages."""
    def latest(m: Mention) -> str | None:
        return next((stage for i, stage in reversed(stage_lines) if i < m.paragraph), None)
    sa, sb = latest(a), latest(b)
    return sa is not None and sb is not None and sa != sb


def _yuan(m: Mention):
    return m.fig.yuan if m.fig.yuan is not None else m.fig.value


def _same_level(a: Mention, b: Mention, opening: dict[int, str]) -> bool:
    """Whether two amounts may be of one government: the levels their sentences name, and those their paragraphs'
    openings name, do not differ (全区收入总量A。其中，地方收入a… / 自治区本级收入总量B。其中，地方收入b…)."""
    said = [(level_in(m.upto), level_in(opening.get(m.paragraph, ""), last=True)) for m in (a, b)]
    # (each way apart: "全国…" / "中央…" paragraphs whose sentences both name 补充中央预算稳定调节基金)
    return not any(x is not None and y is not None and x != y for x, y in zip(*said))


def _of_the_year(doc: Document, items: dict[str, Mention], year: int | None) -> bool:
    """Whether a list's sentence names no year but the report's."""
    m = next(iter(items.values()))
    return all(year is not None and int(y) == year for y in YEAR.findall(doc.text[m.sent_start:m.sent_end]))


def _said_stage(m: Mention) -> str | None:
    return stage_of(without_funds_names(m.upto))


def _stage(m: Mention, doc_stage: str | None) -> str | None:
    """预算 or 决算: as the sentence says it up to the amount, or the figure's section, or the report's."""
    said = _said_stage(m)
    if said is None:
        tags = {"预算", "决算"} & set(m.fig.scope)
        said = tags.pop() if len(tags) == 1 else doc_stage
    return "预算" if said and "预算" in said else said


def _same_kind(a: Mention, b: Mention, doc_stage: str | None) -> bool:
    """Whether two amounts of one name may be one quantity: no stage, scope, funds or period apart."""
    if a.fig.period and b.fig.period and a.fig.period != b.fig.period:
        return False
    sa, sb = _stage(a, doc_stage), _stage(b, doc_stage)
    if sa and sb and sa != sb:
        return False
    if (_said_stage(a) == "全年预算") != (_said_stage(b) == "全年预算") and "决算" not in (sa, sb):
        return False  # a budget as adjusted (调整后：…收入为A，其中：…) against the one approved before (…批准的…收入为B)
    for group in _GROUPS:
        ga, gb = group & set(a.fig.scope), group & set(b.fig.scope)
        if ga and gb and ga != gb:
            return False
    return True
