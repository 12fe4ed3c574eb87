"""Relations stated in running text, found by the kind of statement (patterns/relations.toml):
totals and their parts, shares, completion rates, year-on-year changes, differences and savings,
averages and direction words.

Where a statement names its operands loosely ("完成年初预算的…"), every plausible reading is kept
as an alternative; the checker stays silent when any of them is consistent.
"""

from __future__ import annotations

import os

from functools import cache
from itertools import combinations, islice, takewhile

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.arithmetic import evaluate, factor, half_unit
from extractor.figures.numerals import parse_chinese
from extractor.model import Figure, Relation
from extractor.relations import changes
from extractor.relations.facts import FactIndex, funds_named, operand_of, without_funds
from extractor.relations.facts import data as identity_data  # the identities, for complete lists
from extractor.relations.identities import is_whole_level, level_in, whole_level_in
from extractor.relations.mentions import Mention, compact, resolve, similarity, years_apart
from extractor.structure import numbering_of, without_numbering


class CompleteSet(BaseModel):
    """The parts of a known partition; a list naming each of them once is complete."""
    parts: list[str]
    whole: str = ""  # a word the total's name must hold (财政拨款), if any
    not_whole: str = ""  # …and one it must not


class SumCues(BaseModel):
    part_markers: list[str]
    per_unit: list[str]
    per_head: str
    complete_markers: list[str]
    grand_total: str
    total_again: str
    year_flow: str
    complete_sets: list[CompleteSet]
    partition_opener: str
    breakdown_opener: str
    series: list[list[str]]
    hierarchy: str
    fund_levels: list[list[str]]
    closing_total: str
    closing_opener: str
    own_total: str
    closing_flow: str
    closing_named: str
    flow_total: str
    nil_after: str
    not_part: list[str]
    not_part_in_names: list[str]
    threshold_after: list[str]
    threshold_before: str
    threshold_passed: str
    target_gap: str
    bare_direction: str
    deduction: str
    contribution: str
    ordinal_in_brackets: list[str]
    refund: str
    offset: str
    signed: str
    netted_off: str
    own_wholes: str
    not_held: dict[str, list[str]]
    working_staff: str
    opposites: dict[str, str]
    formula_join: str
    unitless_item: str
    work_stages: str
    left_staff: str
    on_establishment: str
    off_establishment: str
    besides: str
    period_openers: list[str]
    cumulative: str
    pronoun_qizhong: str
    one_of_them: str
    narrowing: list[str]
    named_between: str
    headcounts: list[str]
    each: str
    holds_balances: str
    income_of_the_year: str
    net: str
    single_part_markers: list[str]
    colon_openers: list[str]
    sentence_openers: list[str]
    person_attributes: list[str]
    reason_openers: list[str]
    whole_opener: str
    whole_opener_any: str
    block_opener: str
    block_items: int
    ordinal_item: str
    difference_words: list[str]
    adjustments: list[str]
    same_counts: list[list[str]]
    use_words: list[str]
    use_words_in_names: list[str]
    functional_classes: list[str]


class Categories(BaseModel):
    income: list[str]
    spending: list[str]
    balance: list[str]
    budget: list[str]
    flow_in: list[str]
    flow_out: list[str]
    not_cues: list[str]


class Share(BaseModel):
    lead: str
    bare_lead: str
    within_lead: str
    change_base: str
    scope_only: str
    part_suffix: str


class Completion(BaseModel):
    lead: str
    rate_lead: str
    arrival_rate: str
    arrival: str
    arrival_due: str
    received: str
    budget_total: str
    pair_rate: str
    pair_rate_not: list[str]
    base_before: str
    generic_rate_names: list[str]


class Change(BaseModel):
    previous: str
    alternative: str
    from_to: str
    adjusted_to: str
    from_lead: str
    other_basis: str
    basis_aside: str
    per_year: str
    up: list[str]
    down: list[str]
    rate_lead: str
    nouns: list[str]
    amount_lead: str
    compare: str
    inline_base: str
    flat: list[str]
    loose: list[str]
    budget_bases: list[str]
    schedules: list[str]
    joint: dict[str, list[str]]
    previous_period: list[str]
    current_period: list[str]
    owner: str


class Difference(BaseModel):
    saving: list[str]
    overspend: list[str]
    flow_change: str
    gap: list[str]
    gap_alone: str
    rate_lead: str
    leftover: str
    not_leftover: list[str]
    accumulating: str
    year_end: str
    carried_in: str
    remainder: str
    remainder_lead: str
    remainder_after: str
    balance_sheet: dict[str, str]
    debt_ratio: str
    audit: dict[str, str]
    revenue_gap: list[str]
    plus: str
    plus_named_prefix: str
    plus_total: str
    plus_so_far: str
    netted: str
    deficit: str
    other_factors: str
    carried_out: str
    adjusted: str
    added: list[str]
    cut: list[str]
    minus: str
    taken_off: str


class Average(BaseModel):
    lead: str
    rate_lead: str
    total_lead: str
    per_units: dict[str, list[str]]
    not_computed: list[str]


class Stages(BaseModel):
    budget: list[str]
    actual: list[str]
    after_changes: list[str]


class Direction(BaseModel):
    less: list[str]
    more: list[str]
    equal: list[str]
    pattern: str


class DefinedRatio(BaseModel):
    name: str
    num: str
    den: str


class RelationCues(BaseModel):
    sum: SumCues
    categories: Categories
    share: Share
    completion: Completion
    change: Change
    difference: Difference
    average: Average
    stages: Stages
    direction: Direction
    defined_ratio: list[DefinedRatio]


@cache
def cues() -> tuple[RelationCues, dict[str, regex.Pattern]]:
    c = lexicon.load("relations", RelationCues)
    pats = {
        "share": regex.compile(c.share.lead),
        "share_bare": regex.compile(c.share.bare_lead),
        "share_within": regex.compile(c.share.within_lead),
        "share_change": regex.compile(c.share.change_base),
        "share_scope_only": regex.compile(c.share.scope_only),
        "share_part_suffix": regex.compile(c.share.part_suffix),
        "completion": regex.compile(c.completion.lead),
        "rate": regex.compile(c.completion.rate_lead),
        "pair_rate": regex.compile(c.completion.pair_rate),
        "arrival_rate": regex.compile(c.completion.arrival_rate),
        "partition": regex.compile(c.sum.partition_opener),
        # 主要是 opening the clause right after an amount, naming its first part ("…1937万元，主要是体制补助收入150万元")
        "main_parts": regex.compile(r"\s*[，,]\s*(?:" + "|".join(map(regex.escape, c.sum.sentence_openers)) + r")[^，,；;。]*"),
        "breakdown": regex.compile(c.sum.breakdown_opener),
        "closing_total": regex.compile(c.sum.closing_total),
        "closing_opener": regex.compile(c.sum.closing_opener),
        "closing_flow": regex.compile(c.sum.closing_flow),
        "closing_named": regex.compile(c.sum.closing_named),
        "flow_total": regex.compile(c.sum.flow_total),
        "plus_named_prefix": regex.compile(c.difference.plus_named_prefix),
        "remainder": regex.compile(c.difference.remainder),
        "remainder_lead": regex.compile(c.difference.remainder_lead),
        "remainder_after": regex.compile(c.difference.remainder_after),
        "hierarchy": regex.compile(c.sum.hierarchy),
        "nil_after": regex.compile(c.sum.nil_after),
        "base_before": regex.compile(c.completion.base_before),
        "previous": regex.compile(c.change.previous),
        "change_rate": regex.compile(c.change.rate_lead),
        "saving_rate": regex.compile(c.difference.rate_lead),
        "leftover": regex.compile(c.difference.leftover),
        "plus": regex.compile(c.difference.plus),
        "minus": regex.compile(c.difference.minus),
        "taken_off": regex.compile(c.difference.taken_off),
        "carried_in": regex.compile(c.difference.carried_in),
        "plus_total": regex.compile(c.difference.plus_total),
        "plus_so_far": regex.compile(c.difference.plus_so_far),
        "netted": regex.compile(c.difference.netted),
        "deficit": regex.compile(c.difference.deficit),
        "other_factors": regex.compile(c.difference.other_factors),
        "carried_out": regex.compile(c.difference.carried_out),
        "adjusted": regex.compile(c.difference.adjusted),
        "average": regex.compile(c.average.lead),
        "rate_per": regex.compile(c.average.rate_lead),
        "rate_total": regex.compile(c.average.total_lead),
        "direction": regex.compile(c.direction.pattern),
        "whole_opener": regex.compile(c.sum.whole_opener),
        "whole_opener_any": regex.compile(c.sum.whole_opener_any),
        "block_opener": regex.compile(c.sum.block_opener),
        "ordinal_item": regex.compile(c.sum.ordinal_item),
    }
    return c, pats


def _over(m: Mention, rule: str, num: Mention, bases: list[Mention]) -> list[Relation]:
    """m = num / base: the first base is the reading, the others alternatives; nothing without a base."""
    if not bases:
        return []
    first, *rest = bases
    return [_rel("ratio", rule, m, num=[[num.fig.id, 1]], den=[[first.fig.id, 1]],
                 alternatives=[{"num": [[num.fig.id, 1]], "den": [[g.fig.id, 1]]} for g in rest])]


def _rel(kind: str, rule: str, stated: Mention, **data) -> Relation:
    ids = [stated.fig.id]
    for key in ("terms", "num", "den"):
        ids += [i for i, _ in data.get(key, []) if i not in ids]
    for alt in data.get("alternatives", []):
        for key in ("terms", "num", "den"):
            ids += [i for i, _ in alt.get(key, []) if i not in ids]
    return Relation(kind=kind, rule=rule, source="text", figures=ids, data=data)


def find_text_relations(doc, mentions: list[Mention], facts: FactIndex | None = None) -> list[Relation]:
    """`facts`: the mentions' FactIndex, built here when not given."""
    out: list[Relation] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    sentences = [by_sentence[k] for k in sorted(by_sentence)]
    facts = facts or FactIndex(mentions)
    averages = _per_head_paragraphs(doc)
    for i, sent in enumerate(sentences):
        prev = sentences[i - 1] if i else []
        whole = _named_whole(sent, mentions)
        # a list opening a sentence breaks down the sentence right before it, if that one has figures
        # ("组织4个督查组…。截至10月底，绝大部分问题得到整改。其中，…20个问题…": not of the 4)
        right_before = prev if prev and not regex.search("[。！？!?]", doc.text[prev[0].sent_end : sent[0].sent_start]) else []
        if sent[0].paragraph not in averages:
            out += _sums(sent, right_before, facts, mentions, whole)
            out += _bracket_lists(sent, facts)
            out += _totalled_breakdowns(sentences, i)
        explained = _explained(sentences, i, doc) or right_before
        out += changes.flat_statements(sent, mentions) + changes.reason_parts(sent, explained) + _balance_sheet(sent) + _audit_cut(sent)
        following = sentences[i + 1] if i + 1 < len(sentences) else []
        out += changes.change_parts(sent, facts, following if following and _opens_list(following[0])
                                    and following[0].paragraph == sent[-1].paragraph else None)
        for m in sent:
            if m.kind == "percent":
                out += _percent_relation(m, sent, prev, mentions, facts, whole)
            elif m.kind == "money":
                out += _money_relation(m, sent, prev, mentions, facts)
    out += _block_lists(doc, mentions, facts)
    out += _ordinal_items(sentences, out, facts)
    _complete_like_their_twins(out, mentions)
    out += _parts_of_full_shares(out, mentions)
    return out + _difference_lists(sentences, out, mentions) + _directions(doc, mentions)


def _breakdown(sent: list[Mention]) -> tuple[Mention, dict[str, Mention]] | None:
    """A sentence that states an amount and then its parts after a list marker ("全国发行新增债券6258亿元，其中一般债券
    1346亿元、专项债券4912亿元"): the amount and its parts by their names."""
    c = cues()[0].sum
    first = sent[0]
    parts = [g for g in sent[1:] if g.kind == first.kind and g.depth == 0 and not _is_not_part(g, c)]
    if first.kind not in ("money", "count") or len(parts) < 2 or not _part_marker(parts[0], c.part_markers) \
            or any(_part_marker(g, c.part_markers) for g in parts[1:]):
        return None
    named = {_own_name(g): g for g in parts}
    return (first, named) if len(named) == len(parts) and all(named) else None


def _totalled_breakdowns(sentences: list[list[Mention]], i: int) -> list[Relation]:
    """"全国发行新增债券A1，其中一般债券a1、专项债券b1。全国发行再融资债券A2，其中一般债券a2、专项债券b2。合计，全国发行地方
    政府债券A，其中一般债券a、专项债券b": a sentence opening with 合计 after breakdowns of the same parts adds each of
    them up across those sentences (A = A1 + A2, a = a1 + a2, b = b1 + b2)."""
    sent = sentences[i]
    own = _breakdown(sent)
    opener = cues()[1]["closing_opener"].match(sent[0].head)
    if own is None or opener is None or opener["count"]:
        return []  # (两项合计 counts what it adds up: _closing_total reads it)
    total, parts = own
    before = []
    for earlier in reversed(sentences[:i]):
        got = _breakdown(earlier) if earlier[0].paragraph == total.paragraph else None
        if got is None or set(got[1]) != set(parts) or got[0].kind != total.kind:
            break
        before.insert(0, got)
    if len(before) < 2:
        return []
    return [_rel("sum", "SUM001", total, terms=[[t.fig.id, 1] for t, _ in before])] + [
        _rel("sum", "SUM001", part, terms=[[named[name].fig.id, 1] for _, named in before]) for name, part in parts.items()]


def _explained(sentences: list[list[Mention]], i: int, doc) -> list[Mention]:
    """The sentence of figures before sentences[i] in its paragraph when only sentences giving reasons stand
    between them ("…减少d。主要是严格落实过紧日子十条举措…。其中：…" goes on with d), else []."""
    start, paragraph = sentences[i][0].sent_start, sentences[i][0].paragraph
    j = i - 1  # (past sentences of reasons with figures of their own: "…过紧日子十条举措…")
    while j >= 0 and sentences[j][0].paragraph == paragraph and _reasons_only(doc.text[sentences[j][0].sent_start : start]):
        j -= 1
    if j < 0 or sentences[j][0].paragraph != paragraph:
        return []
    return sentences[j] if _reasons_only(doc.text[sentences[j][-1].sent_end : start]) else []


def _reasons_only(text: str) -> bool:
    """Whether a text is sentences that only give reasons ("主要是严格落实…。")."""
    said = [x.strip(" \t\n，,") for x in regex.split(r"[。！？!?]", text) if x.strip(" \t\n，,")]
    return bool(said) and all(x.startswith(tuple(cues()[0].sum.reason_openers)) for x in said)


def _balance_sheet(sent: list[Mention]) -> list[Relation]:
    """"资产总额860384.78万元，负债总额-166.06万元，净资产总额860550.83万元": assets are liabilities plus
    net assets, each named once in the sentence, or once in each ；-part ("行政单位资产总额A，负债总额B，净资产
    总额C；事业单位资产总额…"). So are their changes, when each states one ("资产总额A，较上年增加d1，…；负债总额B，
    较上年增加d2，…；净资产C，较上年增加d3": d1 = d2 + d3)."""
    roles = ("assets", "liabilities", "net")
    parts: dict[int, dict[str, list[Mention]]] = {}
    markers = cues()[0].sum.part_markers
    for m in sent:  # (not a part a list marker opens: "所有者权益C；其中归属于母公司所有者权益c")
        if not any(w in m.clause_lead for w in markers):
            for role in roles:
                if _plays(m, role):
                    parts.setdefault(changes.part_start(m), {}).setdefault(role, []).append(m)
    whole: dict[str, list[Mention]] = {}
    for found in parts.values():
        for role, ms in found.items():
            whole.setdefault(role, []).extend(ms)
    groups = [whole] if all(len(whole.get(r, [])) == 1 for r in roles) else list(parts.values())
    out = []
    for found in groups:
        if any(len(found.get(role, [])) != 1 for role in roles):
            continue
        a, b, c = (found[r][0] for r in roles)
        out.append(_rel("sum", "SUM001", a, terms=[[b.fig.id, 1], [c.fig.id, 1]]))
        moved = [_change_after(g, sent) for g in (a, b, c)]
        if all(moved):
            (da, sa), (db, sb), (dc, sc) = moved
            out.append(_rel("sum", "SUM001", da, terms=[[db.fig.id, sa * sb], [dc.fig.id, sa * sc]]))
    return out


def _plays(g: Mention, role: str) -> bool:
    """Whether g is a plain amount a balance sheet names in its role (assets, liabilities, net)."""
    return g.kind == "money" and g.depth == 0 and not g.fig.approx and _clause_says(cues()[0].difference.balance_sheet[role], g)


def _clause_says(pattern: str, g: Mention) -> bool:
    """Whether g's clause, its spaces taken out, matches a pattern naming what g is ("负债总额为", "贷款余额")."""
    return regex.search(pattern, regex.sub(r"\s", "", g.clause_lead)) is not None


def _debt_ratio(m: Mention, mentions: list[Mention]) -> list[Relation]:
    """"资产总额A，…；负债总额B，…。资产负债率p%": p = B / A, of the latest liabilities of the paragraph and the
    latest assets before them."""
    def latest(role: str, before: list[Mention]) -> Mention | None:
        return next((g for g in reversed(before) if _plays(g, role)), None)

    earlier = _earlier(m, mentions, m.paragraph)
    debt = latest("liabilities", earlier)
    assets = latest("assets", earlier[: earlier.index(debt)]) if debt is not None else None
    if assets is None:
        return []
    return [_rel("ratio", "PCT001", m, num=[[debt.fig.id, 1]], den=[[assets.fig.id, 1]])]


def _defined_ratio(m: Mention, ratio: DefinedRatio, mentions: list[Mention]) -> list[Relation]:
    """"存款余额A，…贷款余额B，…存贷比为p%": p = B / A, of the amounts named as the ratio's numerator and denominator
    before it in its paragraph (patterns/relations.toml `defined_ratio`), the latest pair first, every pair a reading."""
    earlier = [g for g in _earlier(m, mentions, m.paragraph) if g.kind != "percent" and g.depth == 0 and not g.fig.approx]

    def named(pattern: str) -> list[Mention]:
        return [g for g in reversed(earlier) if _clause_says(pattern, g)]
    pairs = [(a, b) for a in named(ratio.num) for b in named(ratio.den)
             if a.kind == b.kind and (a.kind == "money" or _same_count(a.fig.unit, b.fig.unit, cues()[0].sum))]
    if not pairs:
        return []
    (a, b), *rest = pairs
    return [_rel("ratio", "PCT001", m, num=[[a.fig.id, 1]], den=[[b.fig.id, 1]],
                 alternatives=[{"num": [[x.fig.id, 1]], "den": [[y.fig.id, 1]]} for x, y in rest])]


def _change_after(g: Mention, sent: list[Mention]) -> tuple[Mention, int] | None:
    """The change stated right after g in its clause ("净资产C，较上年增加d"), with its direction."""
    k = sent.index(g)
    nxt = next((x for x in sent[k + 1 :] if x.kind == g.kind), None)
    if nxt is None or nxt.depth != g.depth or changes.part_start(nxt) != changes.part_start(g) \
            or not changes.is_change_amount(nxt, sent):
        return None
    return nxt, changes.direction(nxt.clause_lead)


def _audit_cut(sent: list[Mention]) -> list[Relation]:
    """"上报结算价271492.79元，审计后核定为161659.69元，核减109833.1元，核减率40.46%": the cut is what was
    submitted less what the audit approved, its rate the cut over what was submitted."""
    words = cues()[0].difference.audit
    money = [m for m in sent if m.kind == "money" and m.depth == 0 and not m.fig.approx]
    cut = next((m for m in money if regex.search(words["cut"], m.clause_lead)), None)
    before = money[: money.index(cut)] if cut else []
    sub = next((m for m in before if regex.search(words["submitted"], m.clause_lead)), None)
    app = next((m for m in reversed(before) if regex.search(words["approved"], m.clause_lead)), None)
    if cut is None or sub is None or app is None or app.index < sub.index:
        return []
    out = [_rel("difference", "DIF001", cut, terms=[[sub.fig.id, 1], [app.fig.id, -1]])]
    rate = next((m for m in sent if m.index > cut.index and m.kind == "percent" and regex.search(words["rate"], m.clause_lead)), None)
    if rate is not None:
        out.append(_rel("ratio", "PCT001", rate, num=[[cut.fig.id, 1]], den=[[sub.fig.id, 1]]))
    return out


def _parts_of_full_shares(relations: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """"政府采购预算A。其中：政府集中采购预算a，占政府采购预算的52.55%…。分散采购b，占政府采购预算的47.45%":
    parts whose shares of one whole add up to 100% make up that whole (A = a + b), wherever the
    sentences put them; unless a sum of those very parts, or a list of more parts of it, is stated already."""
    by_id = {m.fig.id: m for m in mentions}
    shares: dict[str, dict[str, Mention]] = {}  # whole -> part -> its share
    for rel in relations:
        whole = rel.data.share_of  # (of a share whose whole is certain: no other reading, not nothing)
        if rel.rule == "PCT001" and whole in by_id and len(rel.data.num) == 1 and rel.figures[0] in by_id \
                and not rel.data.alternatives and by_id[whole].fig.value:
            shares.setdefault(whole, {}).setdefault(rel.data.num[0][0], by_id[rel.figures[0]])
    summed = {frozenset(i for i, _ in r.data.terms) for r in relations if r.kind == "sum" and not r.data.at_most}
    listed: dict[str, list[set[str]]] = {}  # whole -> the parts its lists name
    for r in relations:
        if r.kind == "sum" and r.figures:
            listed.setdefault(r.figures[0], []).append({i for i, _ in r.data.terms})
    out = []
    for whole, every in shares.items():
        # (the whole may be broken down twice, "基本支出a，占7.55%…。项目支出b，占92.45%…" and in the next paragraph
        # "教育支出c，占支出总预算100%": then the shares of each paragraph make it, if the shares of all do not)
        by_paragraph: dict[int, dict[str, Mention]] = {}
        for i, share in every.items():
            by_paragraph.setdefault(by_id[i].paragraph, {})[i] = share
        parts = next((ps for ps in [every, *by_paragraph.values()] if _make_whole([s.fig for s in ps.values()])), {})
        # (a list of the whole naming more parts than have shares: the others' shares round to nothing,
        # "基本支出a，占59.2%；项目支出b，占40.8%；经营支出c，对附属单位补助支出d")
        # (nor when a list of those very parts is stated and the shares make 100% only within their rounding: 99.97% +
        # 0.01% may leave out a part too small to show, "收入总计A，其中：财政拨款收入a，占99.97%；…其他收入b，占0.01%")
        exact = _make_whole([s.fig for s in parts.values()], exactly=True)
        if len(parts) < 2 or frozenset(parts) in summed or any(set(parts) < named or (set(parts) == named and not exact)
                                                               for named in listed.get(whole, [])):
            continue
        if any(by_id[i].kind != by_id[whole].kind or (by_id[i].kind != "money" and by_id[i].fig.unit != by_id[whole].fig.unit)
               for i in parts):
            continue
        out.append(_rel("sum", "SUM001", by_id[whole], terms=[[i, 1] for i in parts]))
    return out


def _make_whole(shares: list[Figure], exactly: bool = False) -> bool:
    """Whether shares add up to 100% within their rounding (`exactly`: as written)."""
    total = sum(f.value for f in shares)
    return total == 100 if exactly else abs(total - 100) <= sum(half_unit(f.decimals) for f in shares)


def _complete_like_their_twins(relations: list[Relation], mentions: list[Mention]) -> None:
    """"申请预算资金A，其中村级组织运转a1，…，村级工作目标奖励a5" and "完成预算资金B，其中村级组织运转b1，…，
    村级工作目标奖励b5" with b1 + … + b5 = B exactly: lists naming the same items in the same order are
    complete together, so A must be a1 + … + a5 too. Marks such lists complete (at_most off)."""
    by_id = {m.fig.id: m for m in mentions}
    markers = "|".join(map(regex.escape, cues()[0].sum.part_markers))

    def items(rel: Relation) -> tuple[str, ...] | None:
        names = tuple(regex.sub(rf"^(?:{markers})|[^\p{{Han}}]", "", by_id[i].clause_lead) if i in by_id else ""
                      for i, _ in rel.data.terms)
        return names if len(names) > 1 and all(names) and len(set(names)) == len(names) else None

    lists: dict[tuple[str, ...], list[Relation]] = {}
    for rel in relations:
        if rel.rule == "SUM001" and not rel.data.alternatives and (key := items(rel)) is not None:
            lists.setdefault(key, []).append(rel)
    figures = {i: m.fig for i, m in by_id.items()}
    for twins in lists.values():
        if len(twins) > 1 and any(evaluate(r.model_copy(update={"data": r.data.model_copy(update={"at_most": False})}),
                                           figures).verdict == "ok" for r in twins):
            for r in twins:
                # (not a grand total's, which holds the carry-over too, beside a 合计 its twin adds up to)
                total = by_id.get(r.figures[0])
                r.data.at_most = r.data.at_most and total is not None \
                    and regex.search(cues()[0].sum.grand_total, total.clause_lead or total.head) is not None


# --------------------------------------------------------------------------- totals and parts


def _per_head_paragraphs(doc) -> set[int]:
    """The paragraphs that speak of amounts per head (生均, 人均…): under a section title naming them, or
    after a lead-in line naming them and ending with a colon, through the numbered paragraphs after it, or opening
    with a clause naming them and no figure ("各级教育生均一般公共预算教育事业费支出情况方面，幼儿园支出为a，…")."""
    per_head = regex.compile(cues()[0].sum.per_head)
    out, lead = set(), False
    for b in doc.blocks:
        text = b.text.strip()
        if b.kind == "paragraph" and lead and numbering_of(text) is not None:
            out.add(b.index)
            continue
        lead = bool(per_head.search(text)) and (b.kind == "heading" or text.endswith(("：", ":")))
        opening = regex.split(r"[，,：:。；;]", text, maxsplit=1)[0]
        if b.kind == "paragraph" and (any(per_head.search(t) for t in doc.section_path(b.index))
                                      or (per_head.search(opening) and not regex.search(r"\d", opening))):
            out.add(b.index)
    return out


def category(phrase: str) -> str | None:
    """The money category a name belongs to (income, spending, balance), by its last cue word."""
    c = cues()[0].categories
    for w in c.not_cues:
        phrase = phrase.replace(w, "")
    best, pos = None, -1
    for name in ("income", "spending", "balance"):
        for w in getattr(c, name):
            p = phrase.rfind(w)
            if p > pos:
                best, pos = name, p
    return best


def _sums(sent: list[Mention], prev: list[Mention], facts: FactIndex, mentions: list[Mention],
          whole: Mention | None = None) -> list[Relation]:
    c = cues()[0].sum
    if whole is not None and not any(_part_marker(g, c.part_markers) for g in sent):
        return _named_whole_parts(whole, sent, facts, mentions)
    past_items = _past_the_items(sent[0], mentions)
    if past_items:
        prev = _before_the_items(sent[0], mentions)  # (numbered items before: the whole they break down)
    out = []
    for k, m in enumerate(sent):
        marker = _part_marker(m, c.part_markers)
        if k == 0 and marker is None and ("：" in m.lead or ":" in m.lead) and without_numbering(m.lead) == m.lead.lstrip() \
                and not regex.search(r"[：:]\s*$", m.lead):
            # "…增长2.54%。主要用于：教育支出31864.25万元，…": a list opening a sentence (not an item's
            # title: "2.项目资金执行情况：…资金16万元，支付16万元", nor a label: "总投资及资金筹措：398万元")
            marker = "："
        if k == 0 and marker is None and _opened(m):
            marker = "主要是"  # "…支出完成14179万元。主要是其他支出5683万元，…"
        if k > 0 and marker is None and cues()[1]["main_parts"].fullmatch(m.lead) \
                and sent[k - 1].kind == m.kind and not _is_not_part(sent[k - 1], c):
            # "一般性转移支付收入1937万元，主要是体制补助收入150万元，结算补助收入1745万元，…": right after an amount
            # (not after a change or its rate: "增支4.2亿元，增长428.9%，主要是…0.8亿元" explains the change)
            marker = "主要是"
        if marker is None:
            continue
        # in order of appearance (a set's order changes from run to run with string hashing);
        # percentages are never parts of a total (shares and rates don't add up to a figure)
        kinds = list(dict.fromkeys((g.kind, g.fig.unit if g.kind == "count" else "") for g in sent[k:] if g.kind != "percent"))
        # (percentage points add up only in a list of them, contributions to a growth: "拉动增长3.2个百分点，其中工业2.1个
        # 百分点…"; after amounts they say how a rate compares: "…增长15.75%，增幅高于全国增幅6.8个百分点")
        kinds = [x for j, x in enumerate(kinds) if x[0] != "percent_point" or j == 0]
        level = whole_level_in(m.upto) if not k else None  # (a whole one: 中央 in 中央资金 names a source)

        def elsewhere(g: Mention) -> bool:
            # "…其中，行政单位资产总额a…。从资产构成来看，全县行政事业单位共有流动资产…": a list naming its whole level
            # of government breaks down no amount of the sentence before that names another, or is a part itself
            said = level_in(g.upto)
            return level is not None and said != level and (said is not None or _listed(g, opening=True))

        for kind_unit in kinds:
            # the amount before the marker, passing over a change or share stated of it
            # (总额A，较上年的B减少d，下降p%；其中：…); of a kind the list does not open with, only in the
            # marker's own ；-part ("…配套建筑物5座；巷道硬化0.93千米，其中…0.19千米…；…配套建筑物88座，其中…")
            # (a second partition of the sentence, "按所在地分，城镇a；乡村b；按消费形态分，餐饮c，商品零售d", breaks down
            # what the first one does, not the first one's last part)
            before = sent[: _first_partition(sent, k)] if marker == "按" else sent[:k]
            total = (next((g for g in reversed(before) if _same_kind(g, kind_unit) and g.depth <= m.depth
                           and (not _is_not_part(g, c) or _added_total(g, sent) or _opens_bracket_list(g, m, sent))
                           and not _closed_before(g, m)
                           and not changes.is_inline_base(g)  # (与上年A同比增长p%，其中：… lists this year's)
                           and not _completion_base(g, sent)  # (nor 完成调整后预算收入B的p%，其中：…: B is its rate's)
                           and not _named_between(g, m, marker, c)
                           and not _introduced_otherwise(g, m, marker)
                           and (kind_unit == kinds[0] or g.fig.start - g.sent_start > _part_cut(m))), None)
                     if before else (marker == "：" and _named_by_the_opener(m, mentions, kind_unit))
                     or _previous_total(prev, kind_unit, _flow(m.clause_lead))
                     if _opens_sentence(m, marker) and not any(_names_total(g) and g.kind != "percent" for g in sent[1:])
                     # (a colon opening a paragraph lists what its words name, not the paragraph before's
                     # amount: "…收入完成911万元…。" then "分部门完成情况：税务a；财政b")
                     and (marker != "：" or not prev or prev[-1].paragraph == m.paragraph or past_items)
                     else None)
            # (a list closed by a total of its own sentence, "…：A a、B b…，收入总量为C", is of C)
            # "预算8.50万元，实际支出6.12万元。其中：…": a complete list is of one of them (every one a reading)
            # (all of them when they are a list themselves: "1.按功能分类，包括a、b、c、d。2.按用途分类，
            # 包括e、f、g": the second list breaks down what the first one's parts add up to)
            if total is not None and total not in sent and elsewhere(total):
                total = None
            others = [] if k or total is not None else [g for g in _previous_plain(prev, kind_unit) if not elsewhere(g)]
            # (of a list, its own parts, not what they include: "1、基本支出a，包括：人员经费a1，…；2、项目支出b")
            others = [g for g in others if not _sub_part(g, prev)] if prev and _opens_list(prev[0]) else others[:3]
            if not k and total is not None and (whole_of := _share_base(total, mentions, right_after=True)) is not None:
                # "…分散采购0元，占政府采购预算的0%。按资金类型划分：…": the list may be of the
                # amount before, or of the whole that amount is a share of
                others = [total, whole_of]
            elif not k and total is not None and total in prev and _part_marker(prev[0], c.part_markers) \
                    and (outer := [g for g in _listed_whole(sent, mentions) if _same_kind(g, kind_unit)
                                   and not _is_not_part(g, c)]):
                # "支出完成A，…。其中：民生支出完成a，占总支出的p%。具体支出分科目为：…": after a sentence listing a
                # part, the next list may be of that part or of the whole it is part of
                others = [total, outer[0]]
            # the parts' stage first (a breakdown that names none is usually of what was spent)
            want = _stage(m.clause_lead) or "actual"
            others.sort(key=lambda g: _stage(g.clause_lead) != want)
            if len(others) > 1 and _stage(others[0].clause_lead) == want \
                    and all(_stage(g.clause_lead) not in (None, want) for g in others[1:]) \
                    and all(_stage(g.clause_lead) is None for g in sent[k:] if _same_kind(g, kind_unit)):
                # "三公经费支出预算为A，实际支出决算为B。其中公务接待费a，…": the one amount of the parts'
                # stage when every other one names another stage (and no part names one: "…。其中：公益金
                # a，执行数b；其他资金预算c，执行数d" breaks down both)
                total, others = others[0], []
            total = total or (others[0] if len(others) > 1 else None)
            if total is not None and total in sent and _counted_items(m, total, sent):
                continue
            if total is None or _bound(total) \
                    or (_is_not_part(total, c) and not (total in sent and (_added_total(total, sent)
                                                                                  or _opens_bracket_list(total, m, sent)))):
                continue
            if marker.startswith("分别") and total in sent and total.fig.start - total.sent_start < changes.part_start(m):
                continue  # "…累计金额达到了162.3亿元；而秦皇岛和张家口…分别为a和b": of what its own part names
            parts = []
            depth = m.depth  # a list opened inside （…） ends at its closing bracket
            # a list inside a part of another list ends at ；(…其中：基本支出a，其中人员经费b，公用经费c；项目支出d)
            nested = total in sent and any(_part_marker(g, c.part_markers) for g in sent[: sent.index(total) + 1]) \
                or (marker == "主要是" and k > 0)  # (so does a list of main parts inside a sentence)
            detail = False  # inside what a part was used for (医疗卫生a，主要用于…贴息b、…补贴c等；环境保护d)
            owned, details = None, []  # how many parts there were when the first such detail began; its amounts
            opens_own = None  # the amount after ； the list ended at because a list of its own follows it
            adjusted = False  # an item adjusted among the parts (…资金调减2.66万元): it takes off the total
            unread = False  # an item whose name holds a change word mid-name (…相应减少调出资金0.54亿元)
            each_first = False  # the list opened with an amount for each of several items (其中4A、3A各1个)
            for g in sent[k:]:
                if g.depth < depth or (nested and g is not m and regex.search("[；;]", g.lead)):
                    break
                if each_first and not parts and regex.search("[；;]", g.lead):
                    break  # "A级景区2个，其中4A、3A各1个；名镇1个，…": the items 各 counts were the list
                each_first |= not parts and _same_kind(g, kind_unit) and regex.search(c.each, g.clause_lead) is not None
                if g.depth > depth:
                    continue  # a sub-list of a part
                if parts and regex.search("[；;]", g.lead):
                    detail = False
                if parts and _says_use(_last_part(g.lead), c) and not _says_use(_last_part(parts[-1].lead), c):
                    detail = True
                    owned = len(parts) if owned is None else owned
                if detail:
                    details += [g] if _same_kind(g, kind_unit) else []
                    continue
                if _same_kind(g, kind_unit) and _enumeration_ends(g, parts):
                    break
                if parts and (regex.search(c.besides, g.clause_lead)
                              or (regex.search(c.besides, g.lead) and _adds_up(total, parts, single=True))):
                    break  # "其中5个…；另外有3个…", "其中：财政拨款收入a(= 收入合计)；此外，年初结转和结余b": beside the
                    # list, not in it (but "最高的a，最低的b，此外，公务接待费c" goes on)
                if parts and regex.search("[；;]", g.lead) and cues()[1]["partition"].search(_last_part(g.lead)):
                    break  # "其中，一般债券a，专项债券b；按用途划分，新增债券c…": a second partition begins
                if parts and _restarts(g, total, parts[0], c):
                    break  # "全年粮食总产量A。其中，稻谷产量a；全年棉花产量b": a new statement
                if parts and regex.search(c.cumulative, g.clause_lead) and not regex.search(c.cumulative, total.clause_lead or total.head):
                    continue  # "共捐款A，其中…a，累计达到b": over the years, no part of the year's A
                if _amount(g) == _amount(total) and (regex.search(r"(?:这|该|上述)$", g.clause_lead.strip())
                                                     or regex.match(r"\p{Han}{0,3}中(?![心型小学医])", g.after)):
                    continue  # "车辆一共4辆。其中，这4辆公车中机要通信用车3辆、其他用车1辆", "全区74个县…，其中74个县中
                    # …的县达36个": the total named again
                if parts and changes.on_other_basis(g):
                    continue  # "其中，税收收入a；同口径税收收入（剔除…后）b": a part again, on another basis
                if parts and changes.bare_change(g) and any(w in g.clause_lead for w in c.adjustments):
                    break  # "下达111万元，其中…100万元，…11万元，调减40万元，全年实际下达71万元": the whole changed
                adjusted |= g.kind == "money" and any(w in g.clause_lead for w in c.adjustments)
                if parts and cues()[1]["plus"].search(g.lead):
                    break  # "总收入A，其中地方收入a；加上级补助收入b，…": what is added is no part of A
                if parts and regex.search(c.total_again, g.lead):
                    break  # "…；上年结余转入b，合收入：A": the total again
                if parts and cues()[1]["netted"].search(g.lead):
                    break  # "…上解上级支出c，收支相抵，年终结余d": what is left after netting is no part
                if parts and _same_kind(g, kind_unit) and not _is_not_part(g, c) \
                        and (_stage(g.clause_lead) == "actual" or compact(g.clause_lead).startswith("实际")) \
                        and _stage(total.clause_lead or total.head) != "actual" \
                        and all(_stage(p.clause_lead) is None for p in parts):
                    break  # "资金A，其中项目管理费a，目前项目资金已拨付b": what was done with A, no part of it (nor of a
                    # budget: "批复总投资A，其中：财政资金a1，投工投劳a2；实际到位财政资金b")
                if parts and g.kind == "money" and _other_flow(total.clause_lead or total.head, g.clause_lead) and _sign(g, total) > 0:
                    break  # "收入A，其中保险费a，财政补贴b；支出B…；结余c": the sentence has moved on to spending
                if parts and (regex.search(c.own_wholes, g.clause_lead)
                              or (_same_kind(g, kind_unit) and f"总{_head_noun(total)}" in _own_name(g)
                                  and "总" not in _total_name(total))):
                    break  # "…，其中税收收入a，…，可用财力达b", "油料产量A，其中油菜籽产量a；蔬菜总产量b": a whole of its own
                if parts and any(key in _total_name(total) and any(
                        regex.sub(r"^[0-9]+月(?:[0-9]+日)?", "", compact(g.clause_lead)).startswith(w) for w in words)
                                 for key, words in c.not_held.items()):
                    break  # "粮食播种面积A，其中稻谷a；油料b": a class the whole does not hold
                if not parts and g is not total and g.kind == "count" == kind_unit[0] and not _same_count(g.fig.unit, kind_unit[1], c):
                    unread = True  # "科室19个，其中门诊2所，…病区7个，…": an item counted in another unit is one the list has
                if parts and g.kind == "count" == kind_unit[0] and not _same_count(g.fig.unit, kind_unit[1], c) \
                        and not any(x.kind == "count" and _same_count(g.fig.unit, x.fig.unit, c) for x in sent[:k]):
                    # "临聘人员16人，其中中级职称5人，占地面积1332㎡，…服务人口1.85万人": another topic (not a unit
                    # the total gave too: "全市14035户25559人…，其中城市低保6195户12533人，…农村低保7840户13026人")
                    break
                if g is not m and parts and _same_kind(g, kind_unit) and _opens_after(g, sent, c.part_markers):
                    opens_own = g  # (it may be a new total, or the list's next part with a list of its own)
                if g is not m and parts and (_starts_list(g, c.part_markers) or (_names_total(g) and g.kind != "percent")
                                             or (_ITEM.search(g.lead) and not _ITEM.search(m.lead))
                                             or _opens_after(g, sent, c.part_markers) or _sibling(g, total, parts)
                                             or _shared_like_total(g, total, parts, sent) or _unrelated_unshared(g, total, parts, sent)
                                             or (total in sent and _next_of_a_series(g, total, sent))
                                             or _beside_a_use(g, total, parts) or _dated_otherwise(g, total, parts)
                                             or _parallel(g, sent, parts, c.part_markers)):
                    break  # a second list starts, a new total (…，收入合计A；支出合计B; …；实有人数B，其中…), or the next numbered item
                    # (unless the list's items are numbered themselves: "…由14个部分构成：一是…a；二是…b")
                if parts and not regex.search(r"\p{Han}", g.clause_lead) and any(
                        _amount(p) == _amount(g) and p.fig.start - p.sent_start > _part_cut(g) for p in parts):
                    continue  # "…缺口资金a，已使用上级资金支付，a将于竣工后支付": a part written again in its part
                if parts and g.kind == "count" and parts[-1] is sent[sent.index(g) - 1] \
                        and not regex.search(r"[，,；;。、：:（）()]|和|及|与|或", g.lead):
                    continue  # "其中113个立行立改类问题已整改到位111个": how many of that part did it, in its own clause
                if _same_kind(g, kind_unit) and (not _is_not_part(g, c) or _sign(g, total) < 0) and _compatible(total, g) \
                        and not changes.is_value_before(g, sent) and not _completion_base(g, sent):
                    parts.append(g)
                elif parts and _same_kind(g, kind_unit) and _unread_item(g, sent):
                    unread = True
            if parts and total in sent and (wholes := _wholes_named_by_the_parts(total, parts, sent)
                                            or (parts[0].depth == total.depth
                                                and _wholes_named_by_the_parts(total, parts, sent, whole_sentence=True))):
                # "全省国有企业营业收入A，利润总额B，上缴税费C；其中，省本级国有企业营业收入a，利润总额b": each part is
                # within the amount of its own measure before the list, not within the last one
                # (not of a whole one of whose parts is negative: "当年收支结余1956.40万元；其中统筹基金…结余2201.47万元；
                # 个人账户基金…结余-245.07万元")
                negative = {w.fig.id for p, w in wholes if p.fig.value < 0}
                out += [_rel("sum", "SUM001", w, terms=[[p.fig.id, 1]], at_most=True) for p, w in wholes
                        if w.fig.id not in negative]
                continue
            if len(parts) < 2 and not (parts and marker in c.single_part_markers and _same_period(total, parts[0])):
                continue  # one part is checked only where 其中 names it: it cannot exceed its total
            if sum(any(any(w in p.clause_lead for w in words) for p in parts) for words in c.series) > 1:
                continue  # each part given for two series (当月a；累计b): not one list
            parts = [p for j, p in enumerate(parts) if not any(_inside(p, q, c) or _identity_part(p, q) or _named_within(p, q, c)
                                                               for q in parts[:j])]
            parts = _at_the_totals_budget(total, parts)
            parts = _netted(parts, c)
            if sum(_written_again(total, p) for p in parts) > 1 \
                    or (len(parts) > 1 and _amount(total) != 0 and all(_amount(p) == _amount(total) for p in parts)):
                continue  # the total written again and again (a title repeated in its text; "…23个县…，其中，每县
                # …，由23个县统筹…；…支持23个县…"), not parts of it
            if others and len(parts) > 1 and any(_amount(p) == _amount(total) for p in parts):
                continue  # from the sentence before and among the parts: one of them ("…地方投入A。实际完成情况为：中央资金完成a，…地方资金完成A")
            if "余额" in _total_name(total) and sum("余额" in p.clause_lead for p in parts) >= 2:
                # (a balance's parts each named 余额 leave out what flowed in the year: "债务余额A。其中：一类债务…余额a，
                # 本年新增债券f；二类债务…余额b；…")
                parts = [p for p in parts if "余额" in p.clause_lead or not regex.search(c.year_flow, p.clause_lead)]
            if len(parts) < 2 and not (parts and marker in c.single_part_markers and _same_period(total, parts[0])):
                continue
            ranks = {r["rank"] for p in parts if (r := cues()[1]["hierarchy"].search(p.clause_lead))}
            if len(ranks) > 1:
                continue  # the levels of a hierarchy (一级指标3个，二级指标9个): not parts of one total
            if kind_unit[0] == "count" and (members := _picked_members(total, parts)):
                # members picked by what they did may overlap (and 104个项目 counts something else): each is held to
                # the total alone
                out += [_rel("sum", "SUM001", total, terms=[[p.fig.id, 1]], at_most=True) for p in members]
                continue
            if kind_unit[0] == "count" and any(w in p.clause_lead for p in parts for w in c.person_attributes):
                # people by an attribute overlap with the other parts: each is held to the total alone — or to a count
                # of people before it in the sentence, of which the total may be one class ("在岗职工93人，有在职在编70人，
                # 临聘人员23人，其中大学本科学历60人，…": the staff's degrees)
                before = sent[: sent.index(total)] if total in sent else []  # (the total may be of the sentence before)
                wider = [g for g in before if _same_kind(g, kind_unit) and g.depth == total.depth and not _is_not_part(g, c)]
                out += [_rel("sum", "SUM001", total, terms=[[p.fig.id, 1]], at_most=True, alternatives=[
                    {"terms": [[total.fig.id, 1], [w.fig.id, -1], [p.fig.id, 1]], "at_most": True} for w in wider])
                    for p in parts]
                continue
            if parts and total in sent and (closing := next((g for g in sent[sent.index(parts[-1]) + 1 :] if g.kind == total.kind
                                                             and cues()[1]["closing_total"].search(g.clause_lead.strip())), None)):
                # "上级补助收入A，其中：…a1，…a2；债务转贷收入b；上年结转c；收入合计C" with C = A + b + c: the list ends where the
                # closing total's items begin
                parts = next((parts[:k] for k in range(1, len(parts)) if _adds_up(closing, [total, *parts[k:]])), parts)
            span = [g for g in sent[sent.index(parts[0]) : sent.index(parts[-1]) + 1] if _same_kind(g, kind_unit)] if parts else []
            if total in sent and (columns := _record_columns(span)) is not None:
                # "结余资金A，分别为：X项目下达资金a1，结余资金b1；Y项目下达资金a2，结余资金b2": records of several measures
                # each; the parts are those of the measure the total names, if one (b1, b2)
                named = [col for col, word in columns if word in _total_name(total)]
                if len(named) == 1:
                    parts = named[0]  # (naming none, the records may all be parts: "资金总计A，其中X工程监理费a1，测绘费b1；
                    # Y工程监理费a2，测绘费b2")
            # (主要是: the main parts only; a list the document breaks off in mid-item lost what follows)
            complete = marker != "主要是" and (_complete(total, parts, facts) or _shares_make_whole(parts, sent, exactly=True)
                                              or _written_as_a_formula(parts)) \
                and not _broken_off(sent, mentions) and not _items_without(parts, sent) and not unread \
                and not _unitless_items(parts)
            if not complete and regex.search(c.signed, _total_name(total)):
                continue  # a partial list of profits: the parts left out may be losses
            if kind_unit[0] == "percent_point" and not any(regex.search(c.contribution, g.clause_lead) for g in [total, *parts]):
                continue  # "资产负债率64.5%，降低0.1个百分点。其中，中央企业…降低0.2个百分点": changes of rates add up to nothing
            if _broken_off(sent, mentions) and (regex.search(c.offset, tail := regex.split(r"[，；;]|,(?!\d)", sent[-1].after)[-1])
                                                or regex.search(c.deduction, tail)):
                continue  # cut off in an item taken off the total ("…，弥补教育成本的非限定用途收入83,201."): nothing is known
            if adjusted and not complete:
                continue  # "下达资金1.53万元，其中：…补偿资金调减2.66万元，造林补助2.42万元，…": what is added may exceed it
            if others and not complete:
                continue  # parts of one of several amounts, not all named: they prove nothing
            groups = _semicolon_groups(parts)
            if len(groups) == 1 and _records(total, parts, sent):
                continue
            if len(groups) > 1 and all(len(grp) > 1 for grp in groups) \
                    and (not complete or sum(_adds_up(total, grp) for grp in groups) > 1):
                # "其中，一般债务a，专项债务b；政府债券c，非政府债券形式存量政府债务d": each ；-group of several
                # parts is a breakdown of its own (by type, then by form), each within the total; so is each group of a
                # complete list when two of them make the total ("其中，为一般户a，为脱贫户b；为县内转移就业c，…d")
                out += [_rel("sum", "SUM001", total, terms=[[p.fig.id, _sign(p, total)] for p in grp], at_most=not complete)
                        for grp in groups]
                continue
            terms = [[p.fig.id, _sign(p, total)] for p in parts]
            gross = [[p.fig.id, 1 if _refund(p) else sign] for p, (_, sign) in zip(parts, terms)]
            # a reading per amount before, and one of their sum (按构成分：a；b。按部门分：c；d — c + d = a + b)
            readings = [{"terms": [[total.fig.id, 1], [o.fig.id, -1], *terms]} for o in others[1:]]
            if complete and total.paragraph != m.paragraph:
                # "全县入库财政收入113232万元…。县本级财政收入97164万元…。" then "按征收部门划分：国税a；地税b；财政c" with
                # a + b + c = 113232: a list opening its paragraph may break down an earlier amount it makes exactly
                readings += [{"terms": [[total.fig.id, 1], [g.fig.id, -1], *terms]} for g in _earlier(m, mentions, m.paragraph - 2)
                             if g is not total and g.kind == total.kind and g.depth == 0 and _amount(g) != _amount(total)
                             and _adds_up(g, parts)][:1]
            if opens_own is not None and complete:
                # "按支出功能分类：工资福利支出a；…；项目支出b，其中…c，…d": a complete list may go on with a part
                # that has parts of its own
                readings.append({"terms": [*terms, [opens_own.fig.id, _sign(opens_own, total)]], "at_most": False})
            if owned is not None and owned < len(parts) and _adds_up(parts[owned - 1], details + parts[owned:]):
                # "其中：一般转移支付补助收入a，主要为税收返还b；一般性转移支付c；专项转移d" with b + c + d = a: after ；,
                # the part's detail went on, so the parts up to it are a reading
                readings.append({"terms": terms[:owned], "at_most": True})
            if details and _adds_up(total, parts + details):
                # "…其他商品和服务支出c，用于疫情防控方面，其他资本性支出d": what a use clause tells may be of the part
                # before, the list going on after it, when the parts and the amounts after it make the total
                readings.append({"terms": terms + [[g.fig.id, _sign(g, total)] for g in details], "at_most": False})
            if nested and m.depth == total.depth and marker == _part_marker(total, c.part_markers) \
                    and (outer := _outer_total(total, sent, prev)) is not None:
                # "总收入T，其中地方收入A，…，其中：税收a，非税b，上划中央c，上划省级d": a second 其中 after the one
                # part of a first may break down the outer total (a + b + c + d = T, a + b = A)
                readings.append({"terms": [[total.fig.id, 1], [outer.fig.id, -1], *terms], "at_most": not complete})
            if gross != terms:
                readings.append({"terms": gross})
            if len(others) > 1:
                readings.append({"terms": [*terms, *[[o.fig.id, -1] for o in others[1:]]]})
            if (change := _change_passed(total, m, sent, kind_unit)) is not None and not any(_is_not_part(p, c) for p in parts):
                # "…专项债务A，比上年新增政府债券限额B，其中：土储专项债券a，其他专项债券b": the parts right after
                # a change, themselves no changes, may be of it
                readings.append({"terms": [[total.fig.id, 1], [change.fig.id, -1], *terms], "at_most": not complete})
            after_total = m.upto[total.fig.end - m.sent_start:] if total in sent else ""
            opened = next((j for j, g in enumerate(sent) if _part_marker(g, c.part_markers)), None)
            if _listed(total, opening=True) and cues()[1]["partition"].search(after_total) and regex.search("[；;]", after_total) \
                    and opened is not None and (whole := next((g for g in reversed(sent[:opened]) if _same_kind(g, kind_unit)
                                                               and g.depth == total.depth and not _is_not_part(g, c)), None)
                                                  if opened else _previous_total(prev, kind_unit)) is not None:
                # "发行债券8951亿元。其中，一般债券5210亿元，专项债券3741亿元；按用途划分，新增债券364亿元，再融资债券8587亿元":
                # a partition after ；, past the parts of a whole, may break down that whole again
                readings.append({"terms": [[total.fig.id, 1], [whole.fig.id, -1], *terms], "at_most": not complete})
            nxt = next((g for g in sent[sent.index(parts[-1]) + 1 :] if g.kind == parts[-1].kind), None) if parts[-1] in sent else None
            if nxt is not None and nxt.depth == parts[-1].depth and cues()[1]["carried_in"].search(nxt.clause_lead) \
                    and _adds_up(total, parts + [nxt]):
                # "决算收入955.22万元，其中财政拨款收入a，事业收入b，其他收入c，年初项目支出结转和结余d" (a + b + c + d):
                # what was carried in, named after 其他…, may be among the sources the total counts
                readings.append({"terms": terms + [[nxt.fig.id, 1]], "at_most": False})
            if total in sent and parts[0].depth == total.depth and (run := _enumerated_before(total, sent)):
                # "包括防灾减灾资金a、农业救灾资金b、水利救灾资金c，其中d重点支持…", "下达至7个贫困县和3个非贫困县，其中：…
                # 7个…，3个…": the parts after a list may be of the whole list, not of its last item
                readings.append({"terms": [*terms, *[[g.fig.id, -1] for g in run]], "at_most": True})
            # "对5个部门、5个镇乡街道开展评价，15个专项开展重点评价，其中：良好部门5个；…；良好专项14个":
            # a list of counts may break down every count before it, its parts named by what they count
            beside = [g for g in sent[:k] if g is not total and _same_kind(g, kind_unit) and g.depth == total.depth
                      and g.fig.start - g.sent_start > changes.part_start(m) and not _is_not_part(g, c)]
            counted = {_counted(g) for g in [total, *beside]} - {None}
            if beside and total in sent and kind_unit[0] == "count" and len(counted) == len(beside) + 1 \
                    and all(any(n in compact(p.clause_lead) for n in counted) for p in parts) \
                    and any(_counted(g) in compact(p.clause_lead) for g in beside for p in parts):
                readings.append({"terms": [*terms, *[[o.fig.id, -1] for o in beside]]})
            if not complete and not others:
                # "完成财政收入T，其中，国税a；地税b；财政c；实现地方一般预算收入d": a + b + c = T, and d,
                # another measure, follows. The first parts making the total end the list when what
                # follows is named as another measure (_another_measure) or is the total written again
                # ("总投资61.8万元，其中中央30.9万元，县级30.9万元，中央下达资金61.8万元").
                # (nothing makes no total: "…677.48，其中：一般公共预算拨款677.48，政府性基金预算拨款0.00，
                # …，事业收入3.00" — the first two are no list of their own)
                # People are counted by several attributes at once: "总人口T，其中农业人口a，城镇人口b，
                # 常住人口c，流动人口d" — a + b = T, and c, d count the same people again.
                people = kind_unit[0] == "count" and _same_count(kind_unit[1], "人", c)
                readings += [{"terms": terms[:n], "at_most": False} for n in range(2, len(terms))
                             if (all(p.fig.value != 0 for p in parts[:n])
                                 and (people or all(_amount(p) == _amount(total) for p in parts[n:])
                                      or _another_measure(total, parts[:n], parts[n:])))
                             or (all(_said_before(p, total, mentions) for p in parts[n:])
                                 and not all(_said_before(p, total, mentions) for p in parts[:n]))]
                if (pick := _partition_within(total, parts)) is not None:
                    readings.append({"terms": [terms[i] for i in pick], "at_most": False})
            classes = [p for p in parts if _functional_class(p, c)]
            if len(classes) >= 2 and len(parts) - len(classes) == 1:
                # "公共安全支出a；其他监狱支出b；社会保障和就业支出c…": the one item no class is inside a class before it
                # (or is an aggregate the classes are inside: "其中：民生支出a，卫生健康支出b，教育支出c" — partial)
                readings.append({"terms": [[p.fig.id, _sign(p, total)] for p in classes], "at_most": not complete})
            # people who have left (离退休人员) may stand beside the staff the total counts, not in it
            staying = [[p.fig.id, 1] for p in parts if not regex.search(c.left_staff, p.clause_lead)]
            if kind_unit[0] == "count" and _same_count(kind_unit[1], "人", c) and 0 < len(staying) < len(parts):
                readings.append({"terms": staying, "at_most": True})
            if k == 0 and total not in sent and (named := _named_by_the_parts(parts, total, mentions)) is not None:
                # "从总税收收入看：…16549万元…。从征收部门看：税务部门组织地方收入a；财政部门组织地方收入b": a
                # partition opening a sentence may break down what its parts name (地方…收入 8983), not the amount before
                readings.append({"terms": [[total.fig.id, 1], [named.fig.id, -1], *terms]})
            if complete and not others and not _adds_up(total, parts) and (split := next(
                    (n for n in range(2, len(parts) - 1) if _adds_up(total, parts[:n])
                     and all(sum(p.fig.value != 0 for p in side) > 1 for side in (parts[:n], parts[n:]))), None)) is not None:
                # "收入预算总额6488440元，其中，人员经费6157140元，日常公用经费331300元，…财政补助收入6404400元，其他收入80000元":
                # the first parts make the total, and the rest break it down a second way
                out += [_rel("sum", "SUM001", total, terms=terms[:split]), _rel("sum", "SUM001", total, terms=terms[split:])]
                continue
            out.append(_rel("sum", "SUM001", total, terms=terms, at_most=not complete, alternatives=readings))
            out += _twin_stage_sum(total, parts, sent, k, complete)
            # (a total read from the sentence before is one only when that sentence is no list itself; a list
            # its parts make up exactly is complete in fact: "总支出A，增支d。其中：一般公共预算支出a，增支d1；
            # 政府性基金预算支出b，减支d2" with a + b = A, so d = d1 − d2)
            exact = not complete and len(parts) > 1 and all(p.kind == "money" for p in parts) and evaluate(
                _rel("sum", "SUM001", total, terms=terms), {g.fig.id: g.fig for g in [total, *parts]}).verdict == "ok"
            if (complete or exact) and (total in sent or not _opens_list(prev[0])):
                out += _series_sums(total, parts, sent, sent if total in sent else prev)
    return out


def _first_partition(sent: list[Mention], k: int) -> int:
    """Where the sentence's first partition (按…分, 从…看) before sent[k] begins: k when there is none."""
    return next((j for j, g in enumerate(sent[:k]) if _part_marker(g, cues()[0].sum.part_markers) == "按"), k)


def _partition_within(total: Mention, parts: list[Mention]) -> list[int] | None:
    """The parts that make the total exactly, of a list holding more than one breakdown ("销售彩票T。其中，乐透型a，
    占p%，福利彩票和体育彩票分别为b和c" with b + c = T; "收入T，其中：地方收入a；总税收和地方税收分别为b、c；非税收入d"
    with b + d = T): the others are of another breakdown or inside a part. Amounts written with decimals only (round
    ones add up by chance), and each part left out an amount of its own — a tenth of the total or more, yet no more than
    it (a part of another breakdown of the same whole), neither the total nor a picked part written again — not a zero
    item that any slip would turn into a survivor; and the picked ones the list's first or set apart from its run (分别,
    a partition word, a ；): in a plain run "A a、B b、C c", B and C making the total leave A no breakdown of its own."""
    if total.fig.decimals == 0 or len(parts) > 8:
        return None
    whole = abs(_amount(total))
    precise = [i for i, p in enumerate(parts) if p.fig.decimals > 0 and p.fig.value != 0]
    for n in range(2, len(precise) + 1):
        for pick in combinations(precise, n):
            left = [p for i, p in enumerate(parts) if i not in pick]
            picked = {_amount(parts[i]) for i in pick}
            if left and all(abs(_amount(p)) <= whole and abs(_amount(p)) * 10 >= whole and _amount(p) != _amount(total)
                            and _amount(p) not in picked for p in left) and _adds_up(total, [parts[i] for i in pick]) \
                    and (list(pick) == list(range(n))
                         or any(regex.search(r"分别|[；;]", parts[i].lead) or cues()[1]["partition"].search(parts[i].lead) for i in pick)):
                return list(pick)
    return None


def _said_before(part: Mention, total: Mention, mentions: list[Mention]) -> bool:
    """Whether a part is a figure of the total's paragraph said before the total, same name and amount ("…聘用教师
    4人。其中，在职在编91人，包括：…全额事业在编91人，聘用教师4人"): the total's sibling named again."""
    name = _own_name(part)
    return len(name) >= 4 and any(_amount(x) == _amount(part) and _own_name(x) == name
                                  for x in _earlier(total, mentions, total.paragraph))


def _at_the_totals_budget(total: Mention, parts: list[Mention]) -> list[Mention]:
    """Of parts given at both budgets (年初预算 and 调整预算/全年预算), those of the budget the total names: "完成调整
    预算272500万元…其中税收收入…完成年初预算251200万元…，完成调整预算252500万元…；非税收入…完成年初预算5000万元…，
    完成调整预算20000万元" → 252500 + 20000."""
    from extractor.relations.restated import stage_of  # (restated reads the text relations' cues)
    wanted = stage_of(total.clause_lead or total.head)
    said = [stage_of(p.clause_lead) for p in parts]
    if wanted not in ("年初预算", "全年预算") or not {"年初预算", "全年预算"} <= set(said):
        return parts
    return [p for p, stage in zip(parts, said) if stage == wanted]


def _adds_up(whole: Mention, parts: list[Mention], single: bool = False) -> bool:
    """Whether the parts (two or more, or with `single` one) add up to the whole within the rounding of what is
    written."""
    figs = {g.fig.id: g.fig for g in [whole, *parts]}
    return len(parts) > (0 if single else 1) and evaluate(
        _rel("sum", "SUM001", whole, terms=[[g.fig.id, 1] for g in parts]), figs).verdict == "ok"


def _named_by_the_parts(parts: list[Mention], total: Mention, mentions: list[Mention]) -> Mention | None:
    """The earlier amount named by what the parts' names end alike with (税务部门组织地方收入, 财政部门组织地方收入
    → 地方…收入), when that is not the total already read."""
    names = [compact(p.clause_lead) for p in parts]
    for length in range(_common_ending(names), 3, -1):  # (the longest tail that names an amount: 部门组织地方收入 … 地方收入)
        found = [g for g in resolve(names[0][-length:], mentions, parts[0].index, kinds=(total.kind,), min_score=0.6)
                 if g is not total and g not in parts and not _is_not_part(g, cues()[0].sum)]
        if found:
            return found[0]
    return None


def _outer_total(total: Mention, sent: list[Mention], prev: list[Mention]) -> Mention | None:
    """The amount an earlier list of the sentence breaks down when `total` is its only part so far (or, the
    sentence opening with that list, the total of the sentence before: "…总收入T。其中：一般预算收入A，…，其中：
    税收a，非税b，上级补助c…")."""
    c = cues()[0].sum
    before = sent[: sent.index(total) + 1]
    first = next((j for j, g in enumerate(before) if _part_marker(g, c.part_markers)), None)
    if first is None or any(g.kind == total.kind for g in before[first:-1]):
        return None
    if first == 0:
        return _previous_total(prev, (total.kind, "")) if _opens_sentence(before[0], _part_marker(before[0], c.part_markers)) else None
    outer = next((g for g in reversed(before[:first]) if g.kind == total.kind and g.depth == total.depth), None)
    return outer if outer is not None and not _is_not_part(outer, c) else None


def _twin_stage_sum(total: Mention, parts: list[Mention], sent: list[Mention], k: int, complete: bool) -> list[Relation]:
    """"支出预算数为A，决算数为B，其中：中央本级支出预算数为a1，决算数为b1；…转移支付预算数为a2，决算数为b2": a
    list of parts given at two stages adds up at each of them — the parts at the total's stage are the list
    (B ≥ b1 + b2), the parts at the other stage are those of the one amount of that stage before the list."""
    stage = _stage(total.clause_lead or total.head)
    if stage is None or total not in sent:
        return []
    twins = [g for g in sent[:k] if g is not total and g.kind == total.kind and g.depth == total.depth
             and _stage(g.clause_lead) not in (None, stage)]
    if len(twins) != 1:
        return []
    other = twins[0]
    at_other = [g for g in sent[k:] if g.kind == total.kind and g.depth == parts[0].depth
                and g.index <= parts[-1].index + 1 and _stage(g.clause_lead) == _stage(other.clause_lead)]
    if len(at_other) != len(parts):
        return []  # (each part once at each stage)
    return [_rel("sum", "SUM001", other, terms=[[g.fig.id, _sign(g, other)] for g in at_other], at_most=not complete)]


def _netted(parts: list[Mention], c: SumCues) -> list[Mention]:
    """Parts with a gross amount and what is taken off it ("…完成a，剔除上划市级收入b，区本级…完成c",
    c = a − b) reduced to the net amount c, the part the list counts."""
    out = list(parts)
    for j in range(len(out) - 2, 0, -1):
        a, b, n = out[j - 1], out[j], out[j + 1]
        slack = sum(half_unit(g.fig.decimals) * factor(g.fig) for g in (a, b, n))
        if regex.search(c.netted_off, b.clause_lead) and abs(_amount(a) - _amount(b) - _amount(n)) <= slack:
            del out[j - 1 : j + 1]
    return out


def _added_total(g: Mention, sent: list[Mention]) -> bool:
    """An amount added that a list breaks down: as _added_amount, in a sentence that compares nothing
    before it and gives no reason before it ("…主要原因是：事业收入同比增加a，…，其他收入减少b，其中：…" lists no
    parts of b)."""
    return _added_amount(g, sent) and changes._comparison_before(g, sent) is None \
        and not any(w in g.upto for w in cues()[0].sum.reason_openers)


def _counted(g: Mention) -> str | None:
    """What a count counts, written right after it ("5个镇乡街道开展…" → 镇乡), if anything."""
    hit = regex.match(r"\s*(\p{Han}{2})", g.after) if g.kind == "count" else None
    return hit.group(1) if hit else None


def _added_amount(g: Mention, sent: list[Mention]) -> bool:
    """"本次预算调整拟增加580亿元新增债务限额，其中：市级94.8亿元、区级485.2亿元": an amount added,
    compared with nothing, may be broken down like any amount — when no figure after it is a
    change too (then its list would be of changes, which may go either way)."""
    c = cues()[0]
    name = changes.without_quantity_nouns(g.clause_lead)
    # (a direction word must be all that makes it no part — not 占, 比, 平均… —, and its own clause
    # names what is added and compares it with nothing: "…同比下降7.3%，加上…，调出资金增加10,239万元"
    # adds an amount; "同比增长10.85%，增收2798万元" states a change)
    if not changes.ends_in_change(name) or changes.bare_change(g) or cues()[1]["previous"].search(name) \
            or any(w in name for w in c.sum.not_part if w not in c.change.up + c.change.down):
        return False
    return not any(changes.ends_in_change(x.clause_lead) for x in sent[sent.index(g) + 1 :])


def _same_count(a: str, b: str, c: SumCues) -> bool:
    """Whether two measure words count the same thing (人 and 名 do, 人 and ㎡ do not)."""
    return a == b or any(a in group and b in group for group in c.same_counts)


def _says_use(text: str, c: SumCues) -> bool:
    """Whether a text says what money was used for (主要用于…)."""
    for name in c.use_words_in_names:
        text = text.replace(name, "")
    return any(w in text for w in c.use_words)


def _named_between(g: Mention, m: Mention, marker: str, c: SumCues) -> bool:
    """Whether a whole without an amount is named between g and the list marker ("本级和8个事业单位以及各级
    调查队，其中，…": the list is of the 调查队)."""
    at = max(m.upto.rfind(w) for w in ({marker, ":"} if marker == "：" else {marker}))
    return at > g.fig.end - g.sent_start and regex.search(c.named_between, m.upto[g.fig.end - g.sent_start : at]) is not None


_NUMBER = regex.compile(r"\d(?![\d.,]*\s*[年月日号])")  # a number in words between figures, not a date


def _introduced_otherwise(g: Mention, m: Mention, marker: str) -> bool:
    """Whether the words between g and the list marker introduce another list than one of g: a number stated
    in the marker's own ；-part, g in an earlier one ("…结算合计383.9万元；租赁订单共7921单，其中…": of the
    orders, whatever they count in), or averages, listed as averages ("…总计约4.5亿元，车均运行维护费多在2万至4万元，
    其中最高的…，车均4.94万元": no parts of 4.5亿元; but "项目12个，平均得分93.5分，其中…项目9个" lists projects)."""
    between = m.upto[g.fig.end - g.sent_start : m.upto.rfind(marker)]
    cut = max(between.rfind("；"), between.rfind(";"))
    return (cut >= 0 and _NUMBER.search(between[cut:]) is not None) \
        or (regex.search(cues()[0].sum.per_head, between) is not None
            and regex.search(cues()[0].sum.per_head, m.clause_lead) is not None)


def _closed_before(g: Mention, m: Mention) -> bool:
    """Whether the brackets g stands in close before m: "A（其中：a，b），增加d（其中：d1，d2）" — b is no
    total of d1's list."""
    depth = 0
    for ch in m.upto[g.fig.end - g.sent_start:]:
        depth += (ch in "（(") - (ch in "）)")
        if depth < 0:
            return True
    return False


def _opens_bracket_list(g: Mention, m: Mention, sent: list[Mention]) -> bool:
    """Whether g is a change of money with the list m begins in brackets right after it ("比人代会预算数增加
    60000万元（其中：旗本级58800万元，开发区1200万元）"): the list breaks down the change. (Not a change of people:
    "增加2人（其中：新入职3人、调入3人、退休4人）" lists flows both ways.)"""
    return m.depth == g.depth + 1 and g.kind == "money" and changes.is_change_amount(g, sent) \
        and regex.match(r"\s*[（(]", m.upto[g.fig.end - g.sent_start:]) is not None


def _unread_item(g: Mention, sent: list[Mention]) -> bool:
    """Whether g, left out of a list for a change or share word in its name, is an item of the list all
    the same: its clause ends in a name, not in the word ("预留专项债券付息结余相应减少调出资金0.54亿元").
    The list is then not known to be complete."""
    c = cues()[0].sum
    return _is_not_part(g, c) and not changes.is_change_amount(g, sent) and not changes.bare_change(g) \
        and not regex.search(r"(?:占|比|较|为)[^，,；;]*$", g.clause_lead) and regex.search(r"\p{Han}{2}$", g.clause_lead.strip()) is not None \
        and not any(g.clause_lead.strip().endswith(w) for w in c.not_part)


def _written_as_a_formula(parts: list[Mention]) -> bool:
    """Whether the parts after the first are each joined to the one before by + or − ("其中：收入a+返还性收入b-上解c"):
    a formula, all its terms written."""
    return len(parts) > 1 and all(regex.match(cues()[0].sum.formula_join, p.lead) for p in parts[1:])


def _unitless_items(parts: list[Mention]) -> bool:
    """Whether an item among the parts lost its unit ("其中：上级补助收入207574041.31，利息收入378153.6元，…"): no figure
    was read for it, so the list is not known to be complete."""
    return any(regex.search(cues()[0].sum.unitless_item, p.lead) for p in parts) \
        or regex.search(cues()[0].sum.unitless_item, regex.split(r"[。；;]", parts[-1].after)[0]) is not None


def _items_without(parts: list[Mention], sent: list[Mention]) -> bool:
    """Whether items of a list of counts go without a count ("其中：基础设施类项目15个，投入资金a；产业扶贫类
    项目8个，投入资金b；教育扶贫c、贴息d，其他项目1个e": the counts of 教育扶贫 and 贴息 are not given; "包括…本级、
    9个…": 本级 is one more)."""
    if parts[0].kind != "count":
        return False
    # "单位共50个，包括国土资源部本级、9个派驻地方的…局、中国地质调查局本级及其27个…、其他12个…": an item named between
    # 、 with no count of its own (before the first count, or a whole one between two)
    if "、" in parts[0].lead or any(p.lead.count("、") >= 2 for p in parts[1:]):
        return True
    span = [g for g in sent if parts[0].index <= g.index <= parts[-1].index and g.depth == parts[0].depth]
    counted = False  # whether the item running since the last amount has its count
    for g in span:
        if g in parts:
            counted = True
        elif g.kind == "money":
            if not counted:
                return True
            counted = False
    return False


def _change_passed(total: Mention, m: Mention, sent: list[Mention], kind_unit: tuple[str, str]) -> Mention | None:
    """The change naming what it added ("比上年新增政府债券限额B", not "比上年增加B") right before the list marker m
    that the total was found past, if any."""
    if total not in sent:
        return None
    last = next((g for g in reversed(sent[: sent.index(m)]) if _same_kind(g, kind_unit) and g.depth <= m.depth), None)
    return last if last is not None and last is not total and sent.index(last) > sent.index(total) \
        and changes.is_change(last) and not changes.ends_in_change(last.clause_lead) else None


def _picked_members(total: Mention, parts: list[Mention]) -> list[Mention]:
    """Parts counting the total's own noun again as members picked by what they did: after 有 ("102个部门…，
    其中，有81个部门公开了104个项目…；有99个部门公开了128个项目…"), or opening a clause past a ； ("13家单位…，
    其中3家单位…为0；2家单位违规发放…")."""
    noun = _counted(total)
    same = [p for p in parts if noun and _counted(p) == noun]
    after_you = [p for p in same if p.lead.rstrip().endswith("有")]
    if len(after_you) > 1:
        return after_you
    return same if any(_opens_after_semicolon(p, total) for p in same) else []


def _opens_after_semicolon(p: Mention, total: Mention) -> bool:
    """Whether p opens its clause, past a ； after the total."""
    between = p.upto[total.fig.end - p.sent_start :] if total.sentence == p.sentence else p.upto
    return not p.clause_lead.strip() and regex.search("[；;]", between) is not None


def _semicolon_groups(parts: list[Mention]) -> list[list[Mention]]:
    """A list's parts grouped at the semicolons between them (past figures of other kinds between: "…为脱贫户74人
    发放b；为县内转移就业211人发放c")."""
    groups: list[list[Mention]] = []
    for p in parts:
        between = p.upto[groups[-1][-1].fig.end - p.sent_start :] if groups and groups[-1][-1].sentence == p.sentence else p.lead
        if not groups or regex.search("[；;]", between):
            groups.append([])
        groups[-1].append(p)
    return groups


def _record_columns(span: list[Mention]) -> list[tuple[list[Mention], str]] | None:
    """The measures of a list of records ("X项目下达资金a1，结余资金b1；Y项目下达资金a2，结余资金b2"; "正常直达资金a1，支出b1，
    参照直达资金a2，支出b2"): groups of as many figures each — its ；-groups (but a last one broken off), or else runs of
    figures whose names repeat in turn — those at one place named alike (ending in the same word of two characters or
    more, a word of its own at each place; at one place at least the very same name). Each measure's figures with that
    word; None when the list is no such records."""
    def name(p: Mention) -> str:
        return compact(_last_part(p.clause_lead))

    def columns(groups: list[list[Mention]]) -> list[tuple[list[Mention], str]] | None:
        if len(groups) < 2 or len({len(g) for g in groups}) != 1 or len(groups[0]) < 2:
            return None
        cols = list(zip(*groups))
        words = [os.path.commonprefix([name(p)[::-1] for p in col])[::-1] for col in cols]
        if min(map(len, words)) < 2 or any(a != b and (a.endswith(b) or b.endswith(a)) for a in words for b in words) \
                or len(set(words)) < len(words) or not any(len({name(p) for p in col}) == 1 for col in cols):
            return None  # (one measure at least is named again word for word: 收入, 资金 alone make no records)
        return [([p for p in span if name(p).endswith(w)], w) for w in words]

    groups = _semicolon_groups(span)
    if len(groups) > 1:
        return columns(groups[:-1] if len(groups) > 2 and len(groups[-1]) < len(groups[0]) else groups)
    return next((found for k in range(2, len(span) // 2 + 1) if len(span) % k == 0
                 and (found := columns([span[i : i + k] for i in range(0, len(span), k)])) is not None), None)


def _enumerated(g: Mention) -> bool:
    """Whether g is joined to the figure before it by 、/和/及 (an enumeration, not a clause of its own)."""
    return regex.match(r"\s*(?:[、]|和|及|以及|与)", g.lead) is not None


def _records(total: Mention, parts: list[Mention], sent: list[Mention]) -> bool:
    """Whether parts of one ；-item, their total outside it, are named again in the items after it: "分行业看：农业类…
    总投资a，…累计完成投资b；水利类…总投资c，…累计完成投资d；…" gives records of several measures each, no parts of
    one total (but "11月发行A，其中一般债券a、专项债券b；前11个月发行B，其中…" are lists, each with its total)."""
    if total in sent and _part_cut(total) == _part_cut(parts[0]):
        return False
    rest = "".join(g.lead for g in sent[sent.index(parts[-1]) + 1 :])
    names = [compact(_last_part(p.clause_lead)) for p in parts]
    return regex.search("[；;]", rest) is not None and sum(len(n) >= 2 and n in compact(rest) for n in names) >= 2


def _enumeration_ends(g: Mention, parts: list[Mention]) -> bool:
    """Whether a clause break ends a list its parts enumerate and a conjunction closed: "其中，上级补助收入
    a、调入资金b和上年结转收入c，债务收入d，收入总计C" — d stands beside the list's total, not in it
    (without 和 the list may go on after a comma: "基本工资a、绩效工资b，职工基本医疗保险缴费c")."""
    return len(parts) >= 2 and all(_enumerated(p) for p in parts[1:]) \
        and regex.match(r"\s*(?:和|及|以及|与)", parts[-1].lead) is not None and regex.match(r"\s*[，,]", g.lead) is not None


def _last_part(lead: str) -> str:
    """The lead after its last semicolon: what names the figure in a list whose parts end at ；."""
    return regex.split("[；;]", lead)[-1]


def _share_base(g: Mention, mentions: list[Mention], right_after: bool = False) -> Mention | None:
    """The amount g is stated as a share of ("g，占X的p%"; `right_after`: with no change stated between), when X
    names one."""
    own = _own_share_base(g, mentions, reach=1 if right_after else 3)
    if not own:
        return None
    name = regex.sub(r"^占|的?(?:比重|比例)?(?:为|是)?$", "", own)
    if cues()[1]["share_scope_only"].fullmatch(name):
        return _scope_whole(name, g, mentions)
    found = [x for x in resolve(name, mentions, g.index, kinds=(g.kind,), min_score=0.7) if x is not g] if name else []
    return found[0] if found else None


def _scope_whole(scope: str, num: Mention, mentions: list[Mention]) -> Mention | None:
    """"全市行政单位资产总额A，占全市p%": the whole a base naming a place or level only means — the one larger
    amount named with that place and ending as the part's name does (全市资产总额), if there is one."""
    def measure(g: Mention) -> str:  # (the name without the place: 全市资产总额 → 资产总额)
        return _own_name_said(g).split(scope)[-1]

    wholes = [g for g in mentions if g is not num and g.kind == num.kind and scope in compact(g.clause_lead)
              and len(measure(g)) >= 2 and compact(num.clause_lead).endswith(measure(g)) and _amount(g) > _amount(num)]
    return wholes[0] if len(wholes) == 1 else None


def _bracket_lists(sent: list[Mention], facts: FactIndex) -> list[Relation]:
    """"教育经费64469万元（教育事业费61554万元，基本建设经费2569万元，教育费附加346万元）", "…收入1478万元
    （含A a、B b）": the amounts in brackets right after an amount break it down (a list marker in the
    bracket is read by the 其中 lists); so do counts of the count's own unit ("总人数6115人（在职3990人、退休2111人、
    离休14人）")."""
    c = cues()[0].sum
    out = []
    for total in sent[:-2]:
        if total.kind not in ("money", "count") or _is_not_part(total, c) or (inside := in_brackets(total, sent)) is None:
            continue
        kind_unit = (total.kind, total.fig.unit if total.kind == "count" else "")
        parts = [g for g in inside if _same_kind(g, kind_unit) and not _is_not_part(g, c)]
        closing = next((j for j, g in enumerate(parts) if any(w in g.clause_lead for w in c.complete_markers)), None)
        inside = inside if closing is None else inside[: inside.index(parts[closing]) + 1]
        parts = parts if closing is None else parts[: closing + 1]  # 其他… is the last part, whatever follows
        if len(parts) < 2 or len(parts) != len([g for g in inside if g.kind != "percent"]) \
                or any(_part_marker(g, c.part_markers) for g in inside) or any(_gross_part(total, p) for p in parts) \
                or (any(_amount(p) == _amount(total) for p in parts) and any(_amount(p) not in (0, _amount(total)) for p in parts)):
            # (nor a bracket that tells how the amount came about: "预算数为A（年初预算数a，由于机构调整追加到A）";
            # a part equal to the total beside parts of nothing is a breakdown: "A（购置费0万元、运行维护费A）")
            continue
        out.append(_rel("sum", "SUM001", total, terms=[[p.fig.id, _sign(p, total)] for p in parts], at_most=not _complete(total, parts, facts)))
    return out


def in_brackets(m: Mention, sent: list[Mention]) -> list[Mention] | None:
    """The figures standing right inside the brackets that open after m ("A（a，b（…），c）": a, b, c; "A，（a，b）"
    too), or None when no bracket follows m."""
    if not regex.match(r"\s*[，,]?\s*[（(]", m.after):
        return None
    depth, inside, prev = m.depth + 1, [], None
    for g in sent[sent.index(m) + 1 :]:
        if g.depth < depth or (prev is not None and _closes_below(prev.depth, g.lead, depth)):
            break  # (closed, and another bracket opened: "行政42人（含工勤6人）、事业人员30（含工勤6人）")
        if g.depth == depth:
            inside.append(g)
        prev = g
    return inside


def _closes_below(level: int, text: str, depth: int) -> bool:
    """Whether text, read from bracket depth `level`, closes brackets below `depth` at some point."""
    for ch in text:
        level += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if level < depth:
            return True
    return False


def _series_sums(total: Mention, parts: list[Mention], sent: list[Mention], total_sent: list[Mention]) -> list[Relation]:
    """A complete list whose total and every part each state one more amount in the same role adds
    that series up too: "收入A，比上年减收d。其中：税收a，比上年增收d1；非税b，比上年减收d2" —
    −d = d1 − d2; "…占年初预算B的p%。其中：税收a，占年初预算B1的…；非税b，占年初预算B2的…" — B = B1 + B2.
    A change counts with the sign of its direction word; a role is the clause's words before the
    amount (占年初预算), the same for the total and every part."""
    semicolons = any(regex.search("[；;]", p.lead) for p in parts[1:])

    def attached(g: Mention, stop: Mention | None, within: list[Mention]) -> dict[str, tuple[Mention, int]]:
        roles: dict[str, tuple[Mention, int]] = {}
        for x in within[within.index(g) + 1 :]:
            if x is stop or (stop is None and semicolons and regex.search("[；;]", x.lead)):
                break
            if x.kind != total.kind:
                continue
            if changes.bare_change(x) or changes.is_change_amount(x, within):
                roles.setdefault("change", (x, changes.direction(x.clause_lead)))
            else:
                roles.setdefault(regex.sub(r"[的为是\s]", "", x.clause_lead), (x, 1))
        if "change" not in roles and changes.flat_after(g) is not None:
            roles["change"] = (None, 0)  # "b，与上年持平": no change
        return roles

    own = attached(total, parts[0], total_sent)
    per_part = [attached(p, e, sent) for p, e in zip(parts, parts[1:] + [None])]
    out = []
    for role, (stated, sign) in own.items():
        if stated is None or not role or not all(role in r for r in per_part):
            continue
        terms = [[r[role][0].fig.id, r[role][1] * sign] for r in per_part if r[role][0] is not None]
        if terms:
            out.append(_rel("sum", "SUM001", stated, terms=terms))
    return out


def _inside(part: Mention, earlier: Mention, c: SumCues) -> bool:
    """Whether a part names the same thing as an earlier part, of a narrower fund scope."""
    def level(name: str) -> tuple[int, str]:
        rank = -1
        for r, words in enumerate(c.fund_levels):
            for w in words:
                if w in name:
                    rank, name = r, name.replace(w, "")
        return rank, compact(name)

    (a, name_a), (b, name_b) = level(part.clause_lead), level(earlier.clause_lead)
    return a > b >= 0 and name_a == name_b


def _enumerated_before(g: Mention, sent: list[Mention]) -> list[Mention]:
    """The amounts listed with 、 (or 和, 及) right before g, its fellow items ("a、b和g" → [a, b])."""
    run, k = [], sent.index(g)
    # (the joiner before the item's name, "、农业救灾资金b", or after the item before it, "7个贫困县和3个…")
    joined = r"\s*(?:[、]|和|及)[^，,；;。：:]*|[^，,；;。：:]*(?:[、]|和|及)\s*"
    while k > 0 and regex.fullmatch(joined, sent[k].lead) and sent[k - 1].kind == g.kind \
            and sent[k - 1].fig.unit == g.fig.unit and sent[k - 1].depth == g.depth:
        k -= 1
        run.append(sent[k])
    return run


def _named_within(part: Mention, earlier: Mention, c: SumCues) -> bool:
    """Whether the words leading to a part say it is within an earlier part ("中长期贷款a，中长期贷款中个人消费
    贷款b"; "其中教育支出a，高等教育在教育支出中占比最大，b")."""
    name = _own_name_said(earlier)
    for w in c.part_markers:
        name = name.removeprefix(w)
    name = regex.sub(r"(?:超过?|约|近|逾)$", "", name)
    lead = compact(part.upto[earlier.fig.end - part.sent_start:]) if earlier.sentence == part.sentence else ""
    return len(name) >= 2 and f"{name}中" in lead


def _restarts(g: Mention, total: Mention, first: Mention, c: SumCues) -> bool:
    """Whether g opens with the period word its whole opens with and the list's first part does not, or opens a
    ；-part with the name of a body other than the one the whole's clause opens with."""
    def opener(name: str) -> str | None:
        name = compact(without_numbering(name))
        return next((w for w in c.period_openers if name.startswith(w)), None)

    said, whole = opener(g.clause_lead), total.clause_lead or total.head
    owners = changes.owner_opening(g.clause_lead), changes.owner_opening(whole)
    if regex.search("[；;]", g.lead) and None not in owners and owners[0] != owners[1]:
        return True  # "水利部…决算为A，其中公车费用a，占比p%；交通部…支出B": another body's record
    return said is not None and said == opener(whole) and opener(first.clause_lead) is None \
        and _own_name_said(g).endswith(_head_noun(total))


def _identity_part(part: Mention, earlier: Mention) -> bool:
    """Whether a part is by a domain identity a part of an earlier part ("其中：地方一般公共预算收入a；地方
    税收收入b": 税收收入 is part of 一般公共预算收入), so inside it, not beside it."""
    inner, outer = operand_of(compact(part.clause_lead)), operand_of(compact(earlier.clause_lead))
    funds = funds_named(earlier.clause_lead)
    return inner is not None and outer is not None and any(
        i.total == outer and inner in i.parts and (not i.funds or funds in i.funds) for i in identity_data()[0].identity)


def _named_whole(sent: list[Mention], mentions: list[Mention]) -> Mention | None:
    """The total a sentence opening "X中，…" breaks down: the one figure named X stated before it.
    None where the sentence opens several such lists, or X names no single earlier amount."""
    _, pats = cues()
    first = sent[0]
    opener = pats["whole_opener"].match(first.head)
    sentence = "".join(g.lead for g in sent) + sent[-1].after
    if opener is None or len(pats["whole_opener_any"].findall(sentence)) > 1:
        return None
    kind = next((g.kind for g in sent if g.kind != "percent"), None)
    stage = _stage(opener["whole"])  # …支出决算中: not the 年初预算 of the same sentence
    cands = resolve(opener["whole"], mentions, first.index, kinds=(kind,), min_score=0.8,
                    accept=lambda g: not _is_not_part(g, cues()[0].sum) and _stage(g.clause_lead) in (None, stage)
                    and not years_apart(g, first)
                    # a part of another list is the whole only by its own name, not by its sentence's head
                    and (not any(w in g.upto for w in cues()[0].sum.part_markers)
                         or similarity(opener["whole"], g.clause_lead) >= 0.8))
    if not cands:
        # "…共挤占挪用公用、校舍维修改造等专项经费1.15亿元，…。挤占挪用的资金中，…": the one amount of the sentence right
        # before, when the words before it say what X says (four characters alike)
        before = [g for g in mentions[: first.index] if g.sentence == first.sentence - 1 and g.paragraph == first.paragraph]
        plain = [g for g in before if g.kind == kind and g.depth == 0 and not _is_not_part(g, cues()[0].sum)]
        return plain[0] if len(plain) == 1 and _alike_run(compact(opener["whole"]), compact(plain[0].upto)) >= 4 else None
    return cands[0] if all(g.fig.value == cands[0].fig.value for g in cands) else None


def _alike_run(a: str, b: str) -> int:
    """The length of the longest run of characters two texts share."""
    return max((n for i in range(len(a)) for n in range(len(a) - i, 0, -1) if a[i : i + n] in b), default=0)


def _named_whole_parts(whole: Mention, sent: list[Mention], facts: FactIndex, mentions: list[Mention]) -> list[Relation]:
    """The amounts of an "X中，" sentence are parts of X: never more than X, exactly X when they
    are every part an identity gives it."""
    c = cues()[0].sum
    kind_unit = (whole.kind, whole.fig.unit if whole.kind == "count" else "")
    parts = [g for g in sent if _same_kind(g, kind_unit) and g.depth == 0 and not _is_not_part(g, c) and _compatible(whole, g)]
    if not parts or (len(parts) == 1 and not _same_period(whole, parts[0])):
        return []
    complete = _complete(whole, parts, facts)
    out = [_rel("sum", "SUM001", whole, terms=[[p.fig.id, _sign(p, whole)] for p in parts], at_most=not complete)]
    if complete:  # "…X a，比上年减少d。X中，A a1，比上年减少d1；B b1，与上年持平": d = d1 + 0 too
        out += _series_sums(whole, parts, sent, [g for g in mentions if g.sentence == whole.sentence])
    return out


def _block_lists(doc, mentions: list[Mention], facts: FactIndex) -> list[Relation]:
    """Lists whose parts are the paragraphs after the one that opens them: "“三公”经费预算数为47.91
    万元，比上年增加25万元。其中：" / "（一）因公出国（境）费0万元，…" / "（二）公务用车购置及运行费
    46.56万元，…" / "（三）公务接待费1.35万元。". The total is the one plain amount of the opening
    paragraph's last sentence with figures; each part is the amount its paragraph opens with. Numbered
    items end at a numbering of a higher level; unnumbered ones at the first paragraph that does not
    open with an amount."""
    c, pats = cues()
    by_block: dict[int, list[Mention]] = {}
    for m in mentions:
        by_block.setdefault(m.paragraph, []).append(m)
    out = []
    for b in doc.blocks:
        if b.kind == "table" or b.index not in by_block or not pats["block_opener"].search(b.text):
            continue
        last = [g for g in by_block[b.index] if g.sentence == by_block[b.index][-1].sentence]
        plain = [g for g in last if g.kind == "money" and not _is_not_part(g, c.sum)]
        whole = _named_whole(last, mentions)  # "…决算中，A a；B b。具体情况如下：": the whole named
        # 如下： announces items of what the sentence names, not necessarily parts of its amount
        as_follows = "如下" in pats["block_opener"].search(b.text).group(0)
        if whole is None and (len(plain) != 1 or as_follows):
            continue
        total, parts, level, more = whole or plain[0], [], None, False
        for nxt in doc.blocks[b.index + 1 : b.index + 1 + 3 * c.sum.block_items]:
            if nxt.kind == "table" or len(parts) == c.sum.block_items:
                break
            number = numbering_of(nxt.text.lstrip())
            if parts and level is not None and (number is None or number[0] > level):
                continue  # a paragraph under the item before (its own list, its explanation)
            if parts and (number[0] if number else None) != level:
                break  # a numbering of another level, or numbered paragraphs after unnumbered parts
            first = next((g for g in by_block.get(nxt.index, []) if g.kind != "percent"), None)
            # the part opens its paragraph's first sentence, which begins in that paragraph (not a
            # line of a sentence wrapped over several: "支出包括:文化旅游体" / "育与传媒支出850088.3元、";
            # a numbered paragraph begins an item even after one without a full stop: "2.上级补助收入0万元")
            if first is None or first.kind != "money" or first.sentence != by_block[nxt.index][0].sentence \
                    or first.sent_start < nxt.start or regex.search(r"[，,；;。、]", without_numbering(first.lead)) \
                    or (not _ends_sentence(doc.blocks[nxt.index - 1].text) and number is None) \
                    or _is_not_part(first, c.sum) or not _compatible(total, first) \
                    or any(_part_marker(g, c.sum.part_markers) for g in by_block[nxt.index] if g.sentence == first.sentence):
                # (nor is a paragraph whose amount opens a list of its own: "B b，其中：…"); an item of
                # the same numbering that is no part says the list goes on past its parts
                more = bool(parts) and number is not None and number[0] == level
                break
            level = number[0] if number else None
            parts.append(first)
        if len(parts) < 2:
            continue
        complete = _complete(total, parts, facts) and not more  # ("4.其他收入0万元" then "5.用事业基金弥补…")
        # (its first paragraphs making the total, the list may have ended there: "支出总量A。其中：" / "区本级…支出a…" /
        # "乡镇级…支出b…" / "年末…结转下年支出c。" — a + b = A, c beside it)
        # (numbered items are all parts: "收入总计A，其中：" / "1.财政拨款收入a" / "2.事业收入b" / "3.上年结转和结余c")
        readings = [] if complete or level is not None else [
            {"terms": [[p.fig.id, 1] for p in parts[:k]]} for k in range(2, len(parts)) if _adds_up(total, parts[:k])]
        out.append(_rel("sum", "SUM001", total, terms=[[p.fig.id, 1] for p in parts], at_most=not complete, alternatives=readings))
    return out


def _ordinal_items(sentences: list[list[Mention]], found: list[Relation], facts: FactIndex) -> list[Relation]:
    """Sentences opening with 一是、二是… (or 1、2、…) that break down the amount of the sentence before the first
    ("上级下达转移支付收入32.15亿元。一是返还性收入2.43亿元。二是一般性转移支付收入29.72亿元，其中…"): each part is
    the amount its sentence opens with, no clause mark between the ordinal and it; the total is the one plain
    amount of the sentence before, in the same paragraph. A list some other rule already formed is left to it."""
    c, pats = cues()
    out = []
    for i in range(1, len(sentences)):
        before, first = sentences[i - 1], sentences[i]
        if _ordinal(first[0], pats) != 1 or before[-1].paragraph != first[0].paragraph:
            continue
        plain = [g for g in before if g.kind == "money" and g.depth == 0 and not _is_not_part(g, c.sum)]
        if len(plain) != 1:
            continue
        total, parts = plain[0], []
        for sent in sentences[i:]:
            head = sent[0]
            if head.paragraph != total.paragraph or _ordinal(head, pats) != len(parts) + 1 or head.kind != "money" \
                    or regex.search(r"[，,；;：:]", pats["ordinal_item"].sub("", head.lead)) \
                    or _is_not_part(head, c.sum) or not _compatible(total, head):
                break
            parts.append(head)
        ids = {p.fig.id for p in parts}
        if len(parts) < 2 or any(r.rule == "SUM001" and r.figures[0] == total.fig.id and ids <= set(r.figures) for r in found):
            continue
        out.append(_rel("sum", "SUM001", total, terms=[[p.fig.id, 1] for p in parts],
                        at_most=not _complete(total, parts, facts)))
    return out


def _ordinal(m: Mention, pats: dict[str, regex.Pattern]) -> int | None:
    """The number of the ordinal a mention's sentence opens with, when it is the sentence's first mention (一是 → 1)."""
    hit = pats["ordinal_item"].match(m.head) if m.lead == m.head else None
    if hit is None:
        return None
    return int(hit.group("n") or parse_chinese(hit.group("cn")))


def _difference_lists(sentences: list[list[Mention]], found: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """"决算数与年初预算对比，项目支出差异T，其中A差异a、B差异b…": the differences of the parts add up
    to the whole's difference when they are the parts an earlier breakdown of the whole names
    ("项目支出X，其中：A x、B y…"): then the list is complete, whatever its order or wording."""
    c = cues()[0].sum
    by_id = {m.fig.id: m for m in mentions}
    breakdowns = [(by_id[r.figures[0]], [by_id[i] for i, _ in r.data.terms]) for r in found
                  if r.rule == "SUM001" and all(i in by_id for i in r.figures)]
    out = []
    for sent in sentences:
        for k, m in enumerate(sent[1:], start=1):
            total = sent[k - 1]
            word = _difference_word(total)
            if word is None or total.kind != "money" or _part_marker(m, c.part_markers) is None:
                continue
            parts = []  # the list may run on in later sentences of its paragraph (…差异b，主要是…。C差异c，…)
            for g in mentions[m.index : ]:
                if g.paragraph != m.paragraph:
                    break
                follows = mentions[g.index + 1] if g.index + 1 < len(mentions) else None
                if g is not m and follows is not None and _part_marker(follows, c.part_markers) and _difference_word(g):
                    break  # another whole's differences
                if g.kind == "money" and _difference_word(g) == word:
                    parts.append(g)
            whole = _named_before(total.clause_lead, word)
            earlier = next((ps for t, ps in reversed(breakdowns) if t.index < total.index
                            and similarity(whole, t.clause_lead or t.head) >= 0.8), None)
            if earlier and len(parts) > 1 and _same_names([_named_before(g.clause_lead, word) for g in parts],
                                                          [p.clause_lead for p in earlier]):
                out.append(_rel("sum", "SUM001", total, terms=[[g.fig.id, 1] for g in parts], at_most=False))
    return out


def _difference_word(m: Mention) -> str | None:
    name = m.clause_lead.rstrip("为是：: ")
    return next((w for w in cues()[0].sum.difference_words if name.endswith(w)), None)


def _named_before(lead: str, word: str) -> str:
    """What a difference is of: "其中商品服务支出差异" → "商品服务支出"."""
    name = lead.rstrip("为是：: ").removesuffix(word)
    for w in cues()[0].sum.part_markers:
        name = name.removeprefix(w)
    return name


def _same_names(names: list[str], others: list[str]) -> bool:
    """Whether two lists name the same parts, one to one, in any order (商品服务支出 / 商品和服务支出)."""
    if len(names) != len(others):
        return False
    left = list(others)
    for n in names:
        best = max(left, key=lambda o: max(similarity(n, o), similarity(o, n)))
        if max(similarity(n, best), similarity(best, n)) < 0.6:
            return False
        left.remove(best)
    return True


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in ("。", "；", ";", "：", ":", "！", "？", ".")


def _numbered_paragraph(mentions: list[Mention], j: int) -> int | None:
    """The index of the first figure of mentions[j]'s paragraph when that paragraph is a numbered item."""
    while j > 0 and mentions[j - 1].paragraph == mentions[j].paragraph:
        j -= 1
    return j if numbering_of(mentions[j].head.lstrip()) is not None else None


def _past_the_items(first: Mention, mentions: list[Mention]) -> bool:
    """Whether `first` opens an unnumbered paragraph right after a numbered item's ("3.财政专户支出a。"
    then "主要支出情况：…"): it speaks of the whole again, not of that item's amount."""
    return first.index > 0 and mentions[first.index - 1].paragraph != first.paragraph \
        and _numbered_paragraph(mentions, first.index - 1) is not None and numbering_of(first.head.lstrip()) is None \
        and not first.head.lstrip().startswith("其中")  # ("(二)…支出A。" then "其中：…": A's parts)


def _before_the_items(first: Mention, mentions: list[Mention]) -> list[Mention]:
    """The figures of the last sentence before the numbered items that precede `first` ("…收入预算数
    为A，…。" "1.利润收入a…" "2.股利收入b…" then "加上…，收入总量C": A's sentence)."""
    j = first.index - 1
    while j >= 0 and (start := _numbered_paragraph(mentions, j)) is not None:
        j = start - 1
    if j < 0 or j == first.index - 1:
        return []
    return [g for g in mentions[: j + 1] if g.sentence == mentions[j].sentence]


def _part_cut(g: Mention) -> int:
    """Where g's ；-part of its sentence starts (−1: at the sentence's start)."""
    return max(g.upto.rfind("；"), g.upto.rfind(";"))


def _sub_part(g: Mention, sent: list[Mention]) -> bool:
    """Whether g is listed inside a part of its sentence's list: after a list marker that follows an
    earlier figure of its ；-part ("基本支出a，包括：人员经费b，公用经费c；项目支出d": b and c)."""
    start = _part_cut(g)
    first = next((x for x in sent if x.fig.start - x.sent_start > start), g)
    if first is g:
        return False
    after = g.upto[first.fig.end - first.sent_start :]
    return any(w in after for w in cues()[0].sum.part_markers)


def _bound(g: Mention) -> bool:
    """Whether a figure is written as a bound (超过10亿元, 不少于5个, 95%以上), not as an amount said roughly
    (4.4余万元 is 4.4万 and a little): no total of parts."""
    return g.fig.approx in ("more-than", "at-least", "less-than", "at-most") and not regex.search("[余多]", g.fig.raw)


def _named_by_the_opener(m: Mention, mentions: list[Mention], kind_unit: tuple[str, str]) -> Mention | None:
    """The amount of the paragraph a colon-opened list says it breaks down ("地方留成A。…统筹资金B。…拟对2017年度
    地方留成公益金分配如下：…": A, not B): the latest plain one whose own name (four characters or more) its opening
    words hold."""
    opener = compact(m.lead[: max(m.lead.rfind("："), m.lead.rfind(":"))])
    c = cues()[0].sum
    return next((g for g in reversed(_earlier(m, mentions, m.paragraph)) if _same_kind(g, kind_unit) and g.depth == 0
                 and not _is_not_part(g, c) and len(name := _own_name(g)) >= 4 and name in opener), None)


def _previous_total(prev: list[Mention], kind_unit: tuple[str, str], flow: str | None = None) -> Mention | None:
    """The total a sentence-opening list (。其中：…) breaks down: the one plain figure of that kind in
    the sentence before; none when there are several to choose from (the list may break down their sum),
    but of an income and a spending the one of the list's `flow` ("财政拨款收入A，财政拨款支出B，比上年增加d。
    其中：基本支出a…；项目支出b…" breaks down B)."""
    plain = _previous_plain(prev, kind_unit)
    c = cues()[0].sum
    # (人 and 名 count the same people: "编制总数95名，其中：…。…聘用教师4人。其中，在职在编91人" has two to choose from)
    alike = [g for g in prev if g.kind == "count" and _same_count(g.fig.unit, kind_unit[1], c)
             and not _is_not_part(g, c) and g.depth == 0] if kind_unit[0] == "count" else plain
    if plain and all(_written_again(g, plain[-1]) for g in plain[:-1]) and len(alike) == len(plain):
        return plain[-1]  # (one amount, or one written twice: "【…发行地方政府债券7378亿元】…，9月，全国发行…7378亿元。")
    if flow is not None and len(plain) == 2 and _other_flow(plain[0].clause_lead, plain[1].clause_lead):
        return next(g for g in plain if _flow(g.clause_lead) == flow)
    return None


def _previous_plain(prev: list[Mention], kind_unit: tuple[str, str]) -> list[Mention]:
    c = cues()[0].sum
    return [g for g in prev if _same_kind(g, kind_unit) and not _is_not_part(g, c) and g.depth == 0]


def _complete(total: Mention, parts: list[Mention], facts: FactIndex) -> bool:
    """Whether a list names every part of its total (then the parts must add up to it exactly)."""
    c, pats = cues()
    if len(parts) < 2:
        return False
    names = [p.clause_lead for p in parts]
    if regex.match(r"\s*等(?![额级于同])", parts[-1].after):
        return False  # "…，其他非流动资产d等": 等 says the list names only some parts, even ending in 其他
    total_name = total.clause_lead or total.head
    if regex.search(c.sum.grand_total, total_name) and not any(pats["carried_in"].search(n) for n in names):
        return False  # (a grand total holds the carry-over too: "收入总计A，其中：财政拨款收入a，…，其他收入b" may leave it out)
    if any(w in names[-1] for w in c.sum.complete_markers):
        return True  # 其他… is the last part of a complete list (not "主要是其他支出a，…" opening one)
    if any(all(sum(w in n for n in names) == 1 for w in s.parts) and len(s.parts) == len(parts)
           and s.whole in total_name and not (s.not_whole and s.not_whole in total_name) for s in c.sum.complete_sets):
        return True
    last = parts[-1]
    opener = last.upto[: parts[0].fig.start - parts[0].sent_start] if last.sentence == parts[0].sentence else parts[0].upto
    if total.sentence == parts[0].sentence and (regex.search("[；;]", total.upto) or regex.match(r"\s*[，,（(]\s*占", total.after)):
        # (what opens the sentence before a total that is itself an item of its list — after ；, or stated as a
        # share of the whole — opens that list, not the one inside the item: "从资产结构来看，固定资产a，占资产总额
        # p%，其中：房屋b，车辆c；流动资产d…" is no partition of a)
        opener = opener[total.fig.end - total.sent_start :]
    return bool(pats["partition"].search(opener) or pats["nil_after"].search(last.after)) or _whole_identity(total, parts, facts)


def _bare_shared(sent: list[Mention]) -> list[Mention]:
    """The amounts of a sentence each followed by a bare share ("中央…a（占p%），地方…b（占q%）")."""
    return [g for g, s in zip(sent, sent[1:]) if g.kind != "percent" and s.kind == "percent"
            and cues()[1]["share_bare"].search(s.clause_lead)]


def _shares_make_whole(parts: list[Mention], sent: list[Mention], exactly: bool = False) -> bool:
    """"其中：财政拨款收入a，占59.2%；事业收入b，占40.8%": parts each followed by a bare share, the shares making
    100% within their rounding, name every part of their whole. `exactly`: making 100% as written — shares adding
    up to 99.98% may leave out a part smaller than their rounding (其他收入0.01%, and 7083元 of 4067万 unnamed)."""
    shares = [_next_in(p, sent) for p in parts]
    if len(parts) < 2 or any(s is None or s.kind != "percent" or not cues()[1]["share_bare"].search(s.clause_lead)
                             for s in shares):
        return False
    return _make_whole([s.fig for s in shares], exactly)


def _whole_identity(total: Mention, parts: list[Mention], facts: FactIndex) -> bool:
    """Whether the parts are every part an identity gives the total (三公经费 = 因公出国（境）费 +
    公务用车购置及运行维护费 + 公务接待费): then the list is complete and must add up exactly."""
    t = facts.of(total)
    named = {f.key.measure for f in (facts.of(p) for p in parts) if f is not None}
    if t is None or len(named) < len(parts):
        return False
    total = {t.key.measure, f"{t.key.measure}@{t.key.scope}"}  # an identity may name a scoped total: 支出@基本支出
    return any(i.total in total and set(i.parts) == named and (not i.funds or t.key.funds in i.funds)
               for i in identity_data()[0].identity)


def _names_total(m: Mention) -> bool:
    """Whether a figure's clause names it a total (收入合计为, 支出总计): never a part of a list before it."""
    return cues()[1]["plus_total"].search(m.clause_lead) is not None


def _any_total(m: Mention) -> bool:
    """Whether a figure is named a total or its clause ends in a total word (…等收入，共计A): a total of its own."""
    return _names_total(m) or regex.search(cues()[0].sum.own_total, m.clause_lead) is not None


def _part_marker(m: Mention, markers: list[str]) -> str | None:
    """The list marker in this mention's lead (其中, 包括…), or a colon right after the previous figure."""
    for w in markers:
        if w in m.lead:
            if regex.search("[；;]", m.lead[m.lead.rfind(w):]):
                continue  # its words ended at ；("使用范围包括老年公寓、…等；用于社区公益类a"): not this figure's
            if regex.search(cues()[0].sum.pronoun_qizhong, m.lead[: m.lead.rfind(w) + len(w)]) \
                    or regex.match(cues()[0].sum.one_of_them, m.lead[m.lead.rfind(w) + len(w):]):
                continue  # "审计抽查其中143宗": of those, not a list; nor "其中之一": one of them
            # "乡镇、组级资产总额分别为a和b": names the parts itself, of no figure before it
            clause = regex.split(r"[，,；;。：:]", m.lead[: m.lead.index(w)])[-1]
            if w.startswith("分别") and regex.search(r"[、和及与]", clause):
                continue
            return w
    if m.depth == 0 and regex.match(r"\s*含(?![量税金])", m.clause_lead):
        # "上级补助收入5926万元，含一般性转移支付补助4951万元，专项…975万元": what it includes (a bracket's
        # "（含…）" is read as brackets are)
        return "含"
    if cues()[1]["partition"].search(m.lead):
        return "按"  # "从收入级次看，中央级收入a；地方级b": a partition opens a list without 其中
    if cues()[1]["breakdown"].search(m.lead):
        return "分…看"  # "分项目看：税收a，非税b": so does a breakdown, of its main items maybe
    lead = m.lead.lstrip()
    if lead[:1] in ("：", ":"):
        return "："
    if regex.match(r"中\s*[，,：:]", lead):
        return "中"  # "…财政拨款预算79.69亿元中，因公出国（境）费a，…": what the amount is made of
    # "…万元，主要用于：培训费…": a colon after a word that announces the parts
    before = regex.split(r"[：:]", m.lead)[:-1]
    clause = regex.split(r"[，,；;。]", before[-1])[-1] if before else ""
    return "：" if any(w in clause for w in cues()[0].sum.colon_openers) else None


# a numbered item starting inside a sentence: "…，三、公务接待费预算200万元", "…；三是上年结余4万元"
_ITEM = regex.compile(r"(?:^|[，,；;。：:])\s*(?:[一二三四五六七八九十]+[、．.]|\d{1,2}(?:、|[．.](?!\d))|[一二三四五六七八九十]是)")


def _starts_list(g: Mention, markers: list[str]) -> bool:
    """Whether a list marker before this figure opens a list of its own. A marker that explained the
    previous part in words, closed by ；before this figure ("人员经费a，主要包括：基本工资、津贴补贴；
    公用经费b"), does not: this figure is the next part of the same list."""
    if _part_marker(g, markers) is None:
        return False
    tail = regex.split(r"[；;]", g.lead)[-1]
    return tail == g.lead or any(w in tail for w in markers) or "：" in tail or ":" in tail


def _total_name(total: Mention) -> str:
    """A total's name without 合计/为… at its end (全区完成财政收入)."""
    return regex.sub(r"(?:为|是|达|共|合计|总计)+$", "", compact(total.clause_lead))


def _head_noun(total: Mention) -> str:
    """The last two characters of a total's name (财政收入 → 收入)."""
    return _total_name(total)[-2:]


def _another_measure(total: Mention, first: list[Mention], rest: list[Mention]) -> bool:
    """Whether the parts after the first ones are another measure of the whole, not its next parts:
    they name their total's head noun, which none of the first ones does ("财政收入T，其中，国税完成a；
    地税完成b；财政完成c；实现地方一般预算收入d"), or the first ones are named alike and the rest
    not ("彩票销量T，其中，福利彩票销量a，体育彩票销量b，共为国家筹集彩票公益金c")."""
    head = _head_noun(total)
    if len(head) == 2 and all(head in compact(p.clause_lead) for p in rest) \
            and not any(head in compact(p.clause_lead) for p in first):
        return True
    # "安排A用于…，其中：福州a、宁德b；c结转到2019年度继续使用": an amount opening its ；-part, its words after it,
    # tells another use of the whole, not the next part
    def bare(p: Mention) -> bool:  # (its words after it: "；109.11万元结转到…")
        return not regex.search(r"\p{Han}", p.clause_lead)

    if all(regex.search("[；;]", p.lead) and bare(p) for p in rest) and not any(bare(p) for p in first):
        return True
    # "上级财政补助收入T，其中：一般性转移支付收入a、返还性收入b、专项性转移支付收入c，上级补助收入（基金）d": the
    # rest open and end as the whole does (上级…收入), which none of the first parts does: its siblings
    whole = regex.sub(r"^[一二三四五六七八九十]+", "", _total_name(total))  # (二是上级…: an enumeration's ordinal)
    if len(whole) >= 4 and all(compact(p.clause_lead).startswith(whole[:2]) and compact(p.clause_lead).find(head) > 1
                               for p in rest) and not any(compact(p.clause_lead).startswith(whole[:2]) for p in first):
        return True
    names = [compact(p.clause_lead) for p in first]
    common = _common_ending(names)
    if common >= 2 and not any(compact(p.clause_lead).endswith(names[0][-common:]) for p in rest):
        return True
    # "新增债务限额T，其中：新增一般债务限额a，新增专项债务限额b；调整使用专项债务限额c": the first ones begin
    # with the qualifier the whole names (新增), the rest not
    start = len(os.path.commonprefix(names))
    return start >= 2 and names[0][:start] in compact(_total_name(total)) \
        and not any(compact(p.clause_lead).startswith(names[0][:start]) for p in rest)


def _common_ending(names: list[str]) -> int:
    """How many characters all the names end alike with (税务部门组织地方收入, 财政部门组织地方收入: 8)."""
    common = 0
    while common < min(map(len, names)) and len({n[-common - 1] for n in names}) == 1:
        common += 1
    return common


def _sibling(g: Mention, total: Mention, parts: list[Mention]) -> bool:
    """"实有人数151人，其中在职人员100人，退休人员51人；年末学生人数929人": after ；, a figure named
    with its total's head noun (人数) that no part used is another total, not the next part."""
    whole = _total_name(total)
    head = whole[-2:]
    name = regex.sub(r"(?:为|是|达|共)+$", "", compact(g.clause_lead))
    # (a part may name a piece of its total with its words: 购置及运行费 → 运行费; a sibling shares a
    # qualifier with it, 年末…人数, where a last part shares the head noun only: 基本支出, …住房保障支出)
    def qualifiers(text: str) -> set[str]:  # (用于 is no qualifier: "用于竞技体育支出A，其中：…；用于补充…保障支出b")
        for w in cues()[0].sum.use_words:
            text = text.replace(w, "")
        return _pairs(text[:-2])

    # (or one opening with the words the total opens with, which no part does: "金融机构本外币各项存款余额A，…其中住户储蓄
    # 存款余额a；金融机构本外币各项贷款余额b")
    opening = len(os.path.commonprefix([name, whole])) >= 4 and all(
        len(os.path.commonprefix([compact(p.clause_lead), whole])) < 2 for p in parts)
    return (len(head) == 2 and bool(regex.search("[；;]", g.lead)) and name.endswith(head)
            and not set(name) <= set(whole) and (opening or not any(head in compact(p.clause_lead) for p in parts))
            and bool(opening or qualifiers(name) & qualifiers(whole)))


def _dated_otherwise(g: Mention, total: Mention, parts: list[Mention]) -> bool:
    """"2018年底我县债务余额为A，其中：一般债务余额a，专项债务余额b，2019年新增债务后，我县债务余额B": after parts
    naming no year, an amount led by a year other than the one its total names is of another date, not a part."""
    def years(g: Mention) -> set[str]:  # (of its own ；-part, no year compared with: "…，与2016年持平；公务接待费a")
        return set(regex.findall(r"(?<![比较与])((?:19|20)\d\d)年", regex.split(r"[；;。]", g.lead)[-1]))

    if g.kind != total.kind or not (own := years(g)) or len(said := years(total)) != 1 or own & said:
        return False
    return not any(years(p) for p in parts) and not _is_not_part(g, cues()[0].sum)


def _beside_a_use(g: Mention, total: Mention, parts: list[Mention]) -> bool:
    """"违规使用资金A，其中用于建房买车a；不规范管理资金b；配套资金不到位c": after a list whose parts say what the total was
    used for, an item after ； that says no use and alone exceeds the total is beside it, not in it."""
    c = cues()[0].sum
    return bool(regex.search("[；;]", g.lead)) and all(_says_use(p.lead, c) for p in parts) \
        and not _says_use(_last_part(g.lead), c) and _amount(g) > _amount(total)


def _unrelated_unshared(g: Mention, total: Mention, parts: list[Mention], sent: list[Mention]) -> bool:
    """"一般公共预算支出A，其中，民生支出a，占全部支出的p%；社会消费品零售额b": after ；, an item written without the
    share each part before it has, or alone larger than the total (also after a comma, an amount of money opening with
    共: "实现总产值A，其中，建筑工程产值a，共签订合同额b"), named with nothing of the total's or the parts' names and no
    category of money (收入, 支出, 结余…), is another topic."""
    name = _own_name(g)
    # (not the list's last item, 其他…, nor one that completes it: "…交通运输279亿元，占7.1%；其他行业236亿元")
    # (shares or not, an item that alone exceeds the total is no part of it either: "完成固定资产投资额36.59亿元，…，其中
    # 工业性投资完成86229万元…；实现社会消费品零售额116.8亿元")
    shared = all(_share_after(p, sent) for p in parts) and not _share_after(g, sent)
    # (not in a list a colon opens, whose items ； parts by design: "…分配如下：省残联分成a；省本级留成b；…")
    larger = g.kind == total.kind and (g.kind == "money" or g.fig.unit == total.fig.unit) and _amount(g) > _amount(total) \
        and not regex.search(r"[：:]", parts[0].lead)
    # (after a comma only a total of its own, opening with 共 where the parts do not: "…产值a，共签订合同额b"; a part written
    # ten times over, "分别实现49.3亿元、708亿元", or in a list of such totals, "每县…，共计2.3亿元；…，共计15亿元", is a slip)
    def opens_with_gong(x: Mention) -> bool:
        return x.clause_lead.lstrip("，,、 ").startswith("共")

    own_total = g.kind == "money" and None not in (g.fig.yuan, total.fig.yuan) and opens_with_gong(g) \
        and not any(opens_with_gong(p) for p in parts)
    return ((bool(regex.search("[；;]", g.lead)) and (shared or larger)) or (larger and own_total)) \
        and category(name) is None and all(similarity(name, _own_name(x)) == 0 for x in (total, *parts)) \
        and not any(w in name for w in cues()[0].sum.complete_markers) and not _adds_up(total, [*parts, g])


def _named_part(m: Mention, sent: list[Mention], mentions: list[Mention]) -> Mention | None:
    """The part a share names, its sentence giving no amount before it ("第一产业增加值占地区生产总值比重为25.4%"): the
    latest amount before the sentence named exactly so ("…第一产业增加值411268万元")."""
    start, end = percent_run(m, sent)
    if end > start or any(g.kind != "percent" for g in sent[: sent.index(m)]) or regex.search(r"[、和及]", m.clause_lead):
        return None  # (a run of shares, or one naming several parts, takes the parts of a list: _listed_before)
    hit = regex.match(r"(\p{Han}{4,16}?)(?:占|在|所占|比重)", compact(m.clause_lead))
    if hit is None:
        return None
    named = [g for g in mentions[: sent[0].index] if g.kind in ("money", "count") and g.depth == 0
             and _own_name(g).endswith(hit.group(1))]  # (its verb aside: "非税收入完成a" for "非税收入占…的p%")
    return named[-1] if named else None


def _base_named_before(m: Mention, sent: list[Mention]) -> str | None:
    """The whole an earlier share of the sentence names (占X…), for a share that names none."""
    for g in reversed(sent[: sent.index(m)]):
        if g.kind == "percent" and (hit := cues()[1]["share"].search(g.lead[-30:])) and hit.group("base"):
            return hit.group("base")
    return None


def _sentence_of(g: Mention, sent: list[Mention], mentions: list[Mention], back: int = 0) -> list[Mention]:
    """The mentions of g's sentence (`back` sentences before it): `sent`, or another one (a run of shares takes the
    parts of the sentence before)."""
    return sent if g in sent and not back else [x for x in mentions if x.paragraph == g.paragraph and x.sentence == g.sentence - back]


def _actual_after(budget: Mention, mentions: list[Mention]) -> Mention | None:
    """The one actual amount its sentence gives after a budget ("…预算收入为B，执行中调整为B'，实际完成A" → A)."""
    after = [g for g in mentions[budget.index + 1 :] if g.sentence == budget.sentence and g.paragraph == budget.paragraph
             and g.kind == budget.kind and _stage(g.clause_lead) == "actual"]
    return after[0] if len(after) == 1 else None


def _sibling_share_base(num: Mention, sent: list[Mention]) -> str | None:
    """The whole an earlier item of the sentence names its share of, when num's item comes after ；
    and the items between write bare shares too ("A a，占X的p%，…；B b，占q%；C c，占r%" → X)."""
    pats = cues()[1]
    crossed = False
    for j in range(sent.index(num), 0, -1):
        g, amount = sent[j], sent[j - 1]
        crossed |= bool(regex.search("[；;]", sent[j].lead))
        if g.kind != "percent" or amount.kind != num.kind or amount.depth != num.depth or amount is num:
            continue
        if not compact(g.clause_lead).startswith("占"):
            continue
        base = (hit := pats["share"].search(g.lead[-30:])) and hit.group("base")
        if base and base.strip():
            return base if crossed else None
        if not pats["share_bare"].search(g.clause_lead):
            return None
    return None


def _counted_items(m: Mention, total: Mention, sent: list[Mention]) -> bool:
    """Whether a list opened by a colon right after a count lists the things counted ("…青莲镇70万元；争创
    省级示范村8个：大堰镇稻香村70万元、…"): its amounts are no parts of an amount before the count."""
    k = sent.index(m)
    head = sent[k - 1] if k else None
    return head is not None and head.kind == "count" and head.kind != m.kind and head.index > total.index \
        and regex.match(r"\s*[：:]", m.lead) is not None


def _shared_like_total(g: Mention, total: Mention, parts: list[Mention], sent: list[Mention]) -> bool:
    """"固定资产724亿元，占18.3%，其中：房屋…价值495亿元，车辆…价值13亿元；在建工程348亿元，占8.8%": after ；,
    an amount written with its share as its total is (X a，占p%), which no part so far is, is the total's
    sibling, not the next part."""
    return bool(regex.search("[；;]", g.lead)) and _share_after(total, sent) and _share_after(g, sent) \
        and not any(_share_after(p, sent) for p in parts)


def _next_of_a_series(g: Mention, total: Mention, sent: list[Mention]) -> bool:
    """"城镇新增就业a，完成全年任务p%；再就业A，完成全年任务q%，其中困难人员b，完成…；转移就业c，完成全年任务r%":
    the total is one item of a ；-series whose items each have the same rate after them; an item of that series
    after ； is the total's sibling, not the next part."""
    def rate_words(x: Mention) -> str | None:
        nxt = _next_in(x, sent)
        return compact(nxt.clause_lead) or None if nxt is not None and nxt.kind == "percent" else None

    words = rate_words(total)
    return words is not None and bool(regex.search("[；;]", g.lead)) and rate_words(g) == words \
        and any(rate_words(h) == words for h in sent[: sent.index(total)] if h.kind == total.kind)


def _next_in(g: Mention, sent: list[Mention]) -> Mention | None:
    """The mention right after g in its sentence (None: g is the last, or not in it)."""
    k = sent.index(g) if g in sent else -1
    return sent[k + 1] if 0 <= k < len(sent) - 1 else None


def _share_after(g: Mention, sent: list[Mention]) -> bool:
    """Whether g is followed right away by a share of something (g，占p%)."""
    nxt = _next_in(g, sent)
    return nxt is not None and nxt.kind == "percent" and compact(nxt.clause_lead).startswith("占")


def _opens_after(g: Mention, sent: list[Mention], markers: list[str]) -> bool:
    """Whether, after ；, the figure's part of the sentence goes on to a list of amounts of its own
    ("…；实有人数76人，其中在职人员48人"): a new total. (Not "公用经费b，主要包括：办公费、…", words.)"""
    if not regex.search("[；;]", g.lead):
        return False
    for nxt in sent[sent.index(g) + 1 :]:  # (passing over a figure paired with it: "…6956人次约411万元，其中")
        if regex.search("[；;。]", nxt.lead):
            return False
        # (what a part is used for explains that part: "；卫生健康b，主要用于…c" opens no new total)
        if any(nxt.lead.lstrip("，, ").startswith(w) for w in markers if not _says_use(w, cues()[0].sum)):
            return True
    return False


def _tail(a: str, b: str) -> int:
    """How many characters two names end with alike (营业收入, 利润总额: what they measure)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _of_the_parts_measure(base: str, num: Mention, g: Mention, mentions: list[Mention]) -> Mention:
    """The amount of g's sentence, before num, measuring what num does, when num is a listed part and the base
    names only g's body (全省国有企业 for "全省国有企业实现营业收入A，利润总额B；其中，省本级…利润总额b": the share of
    利润总额 b is of B); else g."""
    name, whole = _own_name(num), _own_name(g)
    if not _listed(num, opening=True) or _tail(name, whole) >= 2 or _tail(base, whole) >= 2 or not whole.startswith(base):
        return g
    same = [h for h in mentions[g.index + 1 : num.index] if h.sentence == g.sentence and h.kind == g.kind
            and h.depth == g.depth and _tail(name, _own_name(h)) >= 2]
    return max(same, key=lambda h: _tail(name, _own_name(h)), default=g)


def _wholes_named_by_the_parts(total: Mention, parts: list[Mention], sent: list[Mention],
                               whole_sentence: bool = False) -> list[tuple[Mention, Mention]]:
    """Each part with the amount before the list whose name ends like the part's ("省本级国有企业实现营业收入a" →
    "全省国有企业实现营业收入A"), when every part has one and one of them is not the total: the list breaks down
    several amounts side by side. Empty otherwise. The amounts are those of the total's own ；-part, or with
    `whole_sentence` of every ；-part ("营业收入A，…；利润总额B，…；上交税费C，…；其中，…营业收入a")."""
    # (amounts side by side, not the parts of an earlier list: "…其中：中央a1，省级b1；…实际支付B，其中：中央a2、省级b2"
    # pays a2 of a budget a1, which it may exceed)
    cut = -1 if whole_sentence else changes.part_start(total)  # (amounts of the total's own ；-part)
    before = [g for g in sent[: sent.index(parts[0])] if g.kind == total.kind and g.depth == total.depth
              and g.fig.unit == total.fig.unit and g.fig.start - g.sent_start > cut and not _listed(g, opening=True)]
    if total not in before:
        return []  # (a total that is itself a part: "…；其中村卫生室补助B，其中中央b1，地方b2" breaks B down)
    pairs = []
    for p in parts:  # (a stage is no measure: 完成年初预算a, 完成调整预算b name none)
        name = _own_measure(p)
        best = max(before, key=lambda g: _tail(name, _own_measure(g)), default=None)
        if best is None or (_tail(name, _own_measure(best)) < 4 and not (len(name) >= 2 and name == _own_measure(best))) \
                or sum(_tail(name, _own_measure(g)) == _tail(name, _own_measure(best)) for g in before) > 1:
            return []
        pairs.append((p, best))
    return pairs if any(w is not total for _, w in pairs) else []


def _parallel(g: Mention, sent: list[Mention], parts: list[Mention], markers: list[str]) -> bool:
    """Whether g opens a list of its own whose parts are named like the parts listed so far ("限额T，
    其中一般债务a、专项债务b，余额R，其中一般债务c、专项债务d"): R is stated beside T, not inside it."""
    def name(m: Mention) -> str:
        n = compact(m.clause_lead)
        for w in markers:
            n = n.removeprefix(w)
        return n.lstrip("：:")

    listed = {name(p) for p in parts}
    after = sent[sent.index(g) + 1 :]
    if not after or regex.search("[；;。]", after[0].lead) or not any(after[0].lead.lstrip("，, ").startswith(w) for w in markers):
        return False
    run = next((after[:k] for k, x in enumerate(after) if k and regex.search("[；;。]", x.lead)), after)
    return any(name(x) in listed for x in run)


def _same_kind(m: Mention, kind_unit: tuple[str, str]) -> bool:
    kind, unit = kind_unit
    return m.kind == kind and (kind != "count" or m.fig.unit == unit) and not m.fig.approx == "range"


def _is_not_part(m: Mention, c: SumCues) -> bool:
    """A change, share, rate or threshold (单价50万元以上, 首次超过3万亿元), or an issue number ((一期)), rather than an amount of its own."""
    after = m.after.lstrip()
    name = changes.without_quantity_nouns(m.clause_lead)  # 增加值 is value added, 耕地占用税 a tax
    for w in c.not_part_in_names:
        name = name.replace(w, "")
    return any(w in name for w in c.not_part) or regex.search(c.target_gap, name) is not None \
        or regex.match(c.bare_direction, name) is not None or regex.search(c.each, name) is not None \
        or any(after.startswith(w) for w in c.threshold_after) \
        or (after.startswith("的") and regex.search(c.threshold_before, name) is not None) \
        or regex.match(c.threshold_passed, compact(m.clause_lead)) is not None \
        or (m.kind == "count" and m.fig.unit in c.ordinal_in_brackets and regex.search(r"[（(]\s*$", m.lead) is not None
            and regex.match(r"\s*[）)]", m.after) is not None)


def _sign(part: Mention, total: Mention | None = None) -> int:
    """−1 for a part deducted from its total (出口货物退增值税、消费税 among the taxes; what makes up a
    shortfall, of any total but an income), else 1."""
    c = cues()[0].sum
    clause = regex.split(r"[，,；;。]", part.lead)[-1].strip()
    offset = total is not None and regex.search(c.offset, clause) and _flow(total.clause_lead or total.head) != "income"
    name = compact(clause)
    name = name[joined.end() :] if (joined := _JOINED.match(name)) else name  # (after 、/和: "…、调出…")
    opposite = total is not None and any(w in (total.clause_lead or total.head) and name.startswith(o) for w, o in c.opposites.items())
    return -1 if offset or opposite or regex.search(c.deduction, clause) or _refund(part) else 1


def _refund(part: Mention) -> bool:
    """Whether a part is a refund (出口退税): deducted from a net total, added to a gross one."""
    return regex.search(cues()[0].sum.refund, regex.split(r"[，,；;。]", part.lead)[-1]) is not None


def _same_period(a: Mention, b: Mention) -> bool:
    return a.fig.period is None or b.fig.period is None or a.fig.period == b.fig.period


def _compatible(total: Mention, part: Mention) -> bool:
    """A 结转 is not a part of 支出, a budget not a part of an actual (…支出决算为X，其中：A年初预算为a，
    支出决算为b); names without a category are accepted, and a carry-over may be a source of income
    (总收入X，其中：上年结转结余a，年初批复b，追加c), not of a year's 收入合计."""
    a, b = category(total.clause_lead or total.head), category(part.clause_lead)
    name = total.clause_lead or total.head
    holds = (a, b) == ("spending", "balance") and regex.search(cues()[0].sum.holds_balances, name)
    sources = (a, b) == ("income", "balance") and not regex.search(cues()[0].sum.income_of_the_year, name)
    if not (a is None or b is None or a == b or "balance" not in (a, b) or sources or holds):
        return False
    if _other_flow(total.clause_lead or total.head, part.clause_lead) and _sign(part, total) > 0:
        return False  # "…收入969万元，其中…；完成…支出4093万元": spending is no part of income, nor the reverse (but
        # may be taken off it: "财力A，其中：收入a+…-地方债券还本d")
    if _other_fund(total.clause_lead or total.head, part.clause_lead) \
            and not any(w in part.clause_lead for pair in cues()[0].sum.opposites.items() for w in pair):
        return False  # "一般公共预算收入A，其中：税收a；非税b；政府性基金预算收入c": another budget's (not what is
        # moved from it: "一般公共预算总收入A。其中：…，政府性基金调入b")
    c = cues()[0].sum
    if regex.search(c.working_staff, total.clause_lead or total.head) and regex.search(c.left_staff, part.clause_lead):
        return False  # retired people are no part of the staff at work
    if regex.search(c.on_establishment, total.clause_lead or total.head) and regex.search(c.off_establishment, part.clause_lead):
        return False  # nor are hires outside the establishment part of the staff on it
    if part.kind == "count" and (stage := regex.findall(c.work_stages, total.clause_lead or total.head)):
        own = regex.findall(c.work_stages, regex.split(r"[，,；;。、：:]", part.after)[0])
        if own and not set(own) & set(stage):
            return False
    said = [w for w in c.headcounts if w in (total.clause_lead or total.head)]
    if said and any(w in part.clause_lead for w in c.headcounts if w not in said):
        return False  # posts authorised and people there are two measures
    if _gross_part(total, part):
        return False
    return _stage(total.clause_lead or total.head) in (None, _stage(part.clause_lead)) or _stage(part.clause_lead) is None


def _gross_part(total: Mention, part: Mention) -> bool:
    """Whether a part names the gross quantity a net total is of (净资产C（行政单位资产a，事业单位资产b）):
    it breaks down the gross one, not the net one."""
    net = regex.search(cues()[0].sum.net, total.clause_lead or total.head)
    return bool(net) and net.group("of") in part.clause_lead and not regex.search(cues()[0].sum.net, part.clause_lead)


def _other_fund(a: str, b: str) -> bool:
    """Whether two names name different funds of one rank (一般公共预算 / 政府性基金 / 国有资本经营)."""
    levels = cues()[0].sum.fund_levels
    for words in levels:
        fa = [w for w in words if w in a]
        fb = [w for w in words if w in b]
        if fa and fb and not set(fa) & set(fb):
            return True
    return False


def _flow(name: str) -> str | None:
    """'income' for a name that says 收入 (筹集, 财力…), 'spending' for 支出; None for both (收支总计) or neither.
    Of two, the last one decides (全县财力支出总计 is spending)."""
    c = cues()[0].categories
    if "收支" in name:
        return None
    income = max((name.rfind(w) for w in c.flow_in), default=-1)
    spending = max((name.rfind(w) for w in c.flow_out), default=-1)
    return None if income == spending else ("income" if income > spending else "spending")


def _total_flow(g: Mention) -> str | None:
    """The flow of a total: its own clause's, else that of the ；-part it closes ("一般公共预算收入，加上…等收入，共计A")."""
    return _flow(g.clause_lead) or _flow(g.upto[changes.part_start(g) + 1 :])


def _other_flow(a: str, b: str) -> bool:
    """Whether one name says 收入 and the other 支出."""
    return {_flow(a), _flow(b)} == {"income", "spending"}


def names_budget(name: str) -> bool:
    """Whether a name says budget (预算, 批复, 计划…) other than inside a fund's name (一般公共预算)."""
    stages = cues()[0].stages
    return any(w in without_funds(name) for w in stages.budget)


def _stage(name: str) -> str | None:
    """'budget' or 'actual' when a name says which (its last stage word decides, by where it ends:
    计划发放 is a plan, though it ends with 发放)."""
    stages = cues()[0].stages
    name = without_funds(name)
    best, end = None, -1
    for label, words in (("budget", stages.budget), ("actual", stages.actual)):
        for w in words:
            p = name.rfind(w)
            if p >= 0 and p + len(w) > end:
                best, end = label, p + len(w)
    return best


# --------------------------------------------------------------------------- percentages


def _subject(sent: list[Mention], prev: list[Mention], before: Mention, avoid: list[str] | None = None,
             like: Mention | None = None) -> Mention | None:
    """The quantity a sentence is about: its first money figure that is not itself a change, share
    or saving, or the previous sentence's when the sentence opens with a comparison (较上年…).
    Figures whose names hold a word of `avoid` (e.g. budget words) are passed over. With `like` (a
    change), the figure of its kind and unit: a count (3,860人) or an average (人均26,480元) changes too."""
    c = cues()[0]
    not_part = c.sum.not_part + (avoid or [])
    if like is not None:
        not_part = [w for w in not_part if w not in c.sum.per_unit]

    def plain(g: Mention) -> bool:
        name = changes.without_quantity_nouns(without_funds(g.clause_lead))  # 一般公共预算支出 names an actual amount
        kind = g.kind == "money" if like is None else g.kind == like.kind and (g.kind == "money" or g.fig.unit == like.fig.unit)
        # "与上年实际支出52,410.00元相比": the base of a comparison is not what the sentence is about
        return kind and not any(w in name for w in not_part) and not regex.match(r"\s*(?:与|和|同)", name)

    # (not a figure in brackets the one asking stands outside of: "征收收入（未扣减出口退税a，…）A，减少d")
    own = next((g for g in sent if plain(g) and g.fig.start < before.fig.start and g.depth <= before.depth), None)
    if prev and _opens_list(prev[0]) and sum(g.kind != "percent" for g in prev) > 1:
        # "…为3328万元。其中，A 50万元，B 478万元。同口径比上年减少830万元": not the first part's
        # (a lone labelled figure, "1、收入:792.22万元。同比增加d", is what the change is of)
        prev = []
    if own is None and avoid:  # a budget report's figures are all budgets: its own first one still leads
        # (of the sentence before, the figures ahead of its list: "支出预算A，其中：省院本级a，…。比上年增加d" is of A)
        top = prev[: next((k for k, g in enumerate(prev) if k and _part_marker(g, c.sum.part_markers)), len(prev))]
        return _subject(sent, [], before, like=like) or next((g for g in top if plain(g)), None) \
            or _subject([], top, before, like=like)
    return own if own is not None else next((g for g in prev if plain(g)), None)


def _percent_relation(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention],
                      facts: FactIndex, whole: Mention | None = None) -> list[Relation]:
    c, pats = cues()
    # (a definition in brackets before the verb is an aside: "支出预算执行率（实际支出与年度预算安排的比率，下同）为p%")
    lead = regex.sub(r"[（(][^（）()]*[）)](?=\s*(?:为|达|是)?\s*$)", "", m.clause_lead)
    if m.depth > 0 and regex.match(c.change.basis_aside, compact(lead)):
        return []
    # a change rate: of the change amount just before it, or of the two figures compared
    k = sent.index(m)
    before = sent[k - 1] if k else None
    saved = before is not None and before.kind == "money" and any(
        w in plan_words(before.clause_lead) for w in c.difference.saving + c.difference.overspend) and not changes.against_plan(before, m)
    # (the later rates of a run after 分别 are change rates like the first: "…分别增长12.1%、11.7%"; so are those of a
    # run right after a run of changes after 分别: "…分别减少d1和d2，下降p1和p2")
    run_start, _ = percent_run(m, sent)
    changed = pats["change_rate"].search(lead) or (run_start < k and pats["change_rate"].search(sent[run_start].clause_lead) and (
        "分别" in sent[run_start].clause_lead or (run_start and changes.respective_run(sent[run_start - 1], sent) is not None)))
    if changed and not saved:
        return changes.change_rate(m, sent, prev, mentions)
    if saved and (pats["change_rate"].search(lead) or pats["saving_rate"].search(lead)):
        return _saving_rate(m, sent, prev, mentions, facts)  # "较预算节约S，下降p%": S over the budget
    if pats["saving_rate"].search(lead):
        return _saving_rate(m, sent, prev, mentions, facts)
    if regex.search(c.difference.debt_ratio, lead):
        return _debt_ratio(m, mentions)
    if (defined := next((r for r in c.defined_ratio if regex.search(r.name, lead)), None)) is not None:
        return _defined_ratio(m, defined, mentions)
    written = _base_written(m, sent)
    if written:
        return written
    nearest = next((g for g in reversed(sent[:k]) if g.kind != "percent"), None)
    if pats["arrival_rate"].search(lead) and ((arrived := _arrival_rate(m, sent, mentions)) or nearest is None or nearest.kind != "count"):
        return arrived  # (of counts, a rate of two of them: "问题128个，已整改到位122个，整改到位率95.31%")
    comp = pats["completion"].search(lead) or pats["rate"].search(lead)
    if comp:
        done = _outside_the_budget(m, sent, _completion(m, comp.group("base"), sent, prev, mentions, facts))
        if done or not pats["pair_rate"].search(lead) or any(w in lead for w in c.completion.pair_rate_not):
            return done
        return _pair_rate(m, sent)  # ("支付a，未支b，支付率p%": no budget stated, what is done over done and not done)
    if (portion := _portion(m, sent, mentions)) is not None:
        return [portion]
    if (inline := _share_base_inline(m, sent)) is not None:
        return [inline]
    share = pats["share"].search(m.lead[-30:]) or pats["share_within"].search(lead) or pats["share_bare"].search(lead)
    j = run_start  # "占…的8.1%和91.9%": the later ones of a run are shares of the same base
    if share is None and j < k:
        share = pats["share"].search(sent[j].lead[-30:]) or pats["share_bare"].search(sent[j].clause_lead)
    if share and changes.on_other_basis(m) and regex.search(r"剔除|扣除", m.clause_lead):
        return []  # "占一般公共预算支出的67.3%，剔除增发国债因素比重为69.1%": a share on a basis the figures do not give
    if share:
        return _share(m, share.groupdict().get("base") or "", sent, prev, mentions, whole)
    if pats["pair_rate"].search(lead) and not any(w in lead for w in c.completion.pair_rate_not):
        return _pair_rate(m, sent)
    return []


def _outside_the_budget(m: Mention, sent: list[Mention], found: list[Relation]) -> list[Relation]:
    """"…预算批复金额为900万元，实际执行资金总额977万元，资金执行率为100%，其中，77万元为社会募集款…": a part
    named right after the rate of an actual above its budget may be money the budget never held; the actual
    less it is a reading."""
    k = sent.index(m)
    part = next((g for g in sent[k + 1 :] if g.kind == "money"), None)
    if part is None or not _part_marker(part, cues()[0].sum.part_markers):
        return found
    by_id = {g.fig.id: g.fig for g in sent}
    out = []
    for r in found:
        num, den = r.data.num, r.data.den
        if r.kind != "ratio" or len(num) != 1 or len(den) != 1 or part.fig.id in {i for i, _ in num + den} \
                or not {num[0][0], den[0][0]} <= by_id.keys() \
                or by_id[num[0][0]].value * factor(by_id[num[0][0]]) <= by_id[den[0][0]].value * factor(by_id[den[0][0]]):
            out.append(r)
            continue
        data = r.data.model_dump(exclude_defaults=True)
        data["alternatives"] = [*data.get("alternatives", []), {"num": [[num[0][0], 1], [part.fig.id, -1]], "den": data["den"]}]
        out.append(_rel(r.kind, r.rule, m, **data))
    return out


def _portion(m: Mention, sent: list[Mention], mentions: list[Mention]) -> Relation | None:
    """"总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37万元": an amount
    written right after its rate (p%为a) is that share of the whole before it in the sentence (not of
    another such portion)."""
    def portion(j: int) -> bool:  # sent[j] is an amount written right after its rate
        return 0 < j < len(sent) and sent[j - 1].kind == "percent" and sent[j].kind == "money" \
            and _PORTION.fullmatch(sent[j].lead) is not None

    k = sent.index(m)
    if not portion(k + 1):
        return None
    part = sent[k + 1]
    if (named := regex.search(r"占(?![比了])(\p{Han}{2,16}?)的?\s*$", m.clause_lead)) is not None:
        # "…直接投资资产达9915.40亿元，…，而委托投资资产占社保基金资产总额的55.64%，达到12438.38亿元": of the whole the
        # share names, not of the amount before; one smaller than the part only if named exactly so (a slip in the
        # part stays checked)
        cands = [g for g in _resolve_base(named.group(1), part, mentions) if g.kind == "money"]
        whole = next((g for g in cands if _amount(g) >= _amount(part)), None) \
            or next((g for g in cands if _ends_name(named.group(1), g)), None)
        return _rel("ratio", "PCT001", m, share_of=whole.fig.id, num=[[part.fig.id, 1]], den=[[whole.fig.id, 1]]) if whole else None
    whole = next((g for j, g in reversed(list(enumerate(sent[:k]))) if g.kind == "money" and g.depth <= m.depth
                  and not portion(j) and not _is_not_part(g, cues()[0].sum)), None)
    if whole is None:
        return None
    return _rel("ratio", "PCT001", m, share_of=whole.fig.id, num=[[sent[k + 1].fig.id, 1]], den=[[whole.fig.id, 1]])


def _pairs(text: str) -> set[str]:
    """The two-character pieces of a text."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _shares_a_word(a: str, b: str) -> bool:
    """Whether two names share a word of two characters (支出 in 一般公共预算支出 and 教育支出)."""
    a = compact(a)
    return any(p in a for p in _pairs(compact(b)) if regex.fullmatch(r"\p{Han}{2}", p))


def _share_base_inline(m: Mention, sent: list[Mention]) -> Relation | None:
    """"有7个市的81座污水处理厂…，占7个市133座污水处理厂的60.9%": a share whose whole is written inside its 占
    phrase, right before the share, is of that figure; the part is the one of its kind and unit before 占."""
    k = sent.index(m)
    if k < 2 or not regex.fullmatch(r"\p{Han}{0,12}?的(?:比例|比率|比重)?(?:为|是|达)?", m.lead.strip()):  # (…143人的比率为p%)
        return None
    base = sent[k - 1]
    opened = base.upto.rfind("占")
    if base.kind not in ("money", "count") or opened < 0 or regex.search(r"[，,；;。：:]", base.upto[opened:]):
        return None
    num = next((g for g in reversed(sent[: k - 1]) if g.fig.start - g.sent_start < opened and g.kind == base.kind
                and (g.kind == "money" or g.fig.unit == base.fig.unit)), None)
    if num is None:
        return None
    return _rel("ratio", "PCT001", m, share_of=base.fig.id, num=[[num.fig.id, 1]], den=[[base.fig.id, 1]])


_PORTION = regex.compile(r"\s*(?:[，,]\s*达到了?|为|计|即|是|共计?)\s*")  # (…占比48.9%，达到了a)


def _arrival_rate(m: Mention, sent: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """"全年预算数1,430.00万元。全年实际到位资金1,392.60万元，到位率97.38%": the funds received, named
    in the rate's sentence, over a budget or plan of its paragraph (not a part of a list)."""
    c = cues()[0]
    k = sent.index(m)
    # (what did arrive, in the rate's own ；-part: "…；④…应到位2640万元，实际未到位，到位率0%" names no amount that arrived)
    got = next((g for g in reversed(sent[:k]) if g.kind == "money" and c.completion.arrival in g.clause_lead
                and not regex.search(c.completion.arrival_due, g.clause_lead)), None)
    if got is None or (got.fig.start - got.sent_start < changes.part_start(m) and
                       any(regex.search(c.completion.arrival_due, g.clause_lead) for g in sent[sent.index(got) + 1 : k])):
        return []
    earlier = [g for g in reversed(_earlier(got, mentions, got.paragraph)) if g.kind == "money"
               and (c.completion.arrival not in g.clause_lead or regex.search(c.completion.arrival_due, g.clause_lead))
               and not _is_not_part(g, c.sum)]
    plans = [g for g in earlier if _stage(g.clause_lead) == "budget" and not any(w in g.upto for w in c.sum.part_markers)][:3]
    # the amount named like what arrived comes first ("要求地方配套资金266亿元…地方配套资金实际到位231亿元，
    # 到位率86.8%": 266, not the 总投资 657)
    subject = compact(got.clause_lead).split(c.completion.arrival)[0].removesuffix("实际")
    named = [g for g in earlier if len(subject) >= 2 and compact(g.clause_lead).endswith(subject)][:1]
    # (or named after the word: "其中：财政资金投资555万元，…；实际到位财政资金555万元，资金到位率100%")
    after = regex.sub(r"(?:为|是|达|共|计)+$", "", compact(got.clause_lead).split(c.completion.arrival, 1)[-1])
    named = named or [g for g in earlier if not subject and len(after) >= 2 and after in compact(g.clause_lead)][:1]
    return _over(m, "PCT002", got, named + [g for g in plans if g not in named])


def _pair_rate(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"发放问卷600份，回收有效问卷576份，有效率96.00%": a rate after two or three figures of one kind
    and unit in its sentence (and nothing else of that kind) is one of them over a larger one; every
    such pair is a reading."""
    c = cues()[0].sum
    k = sent.index(m)
    if k and sent[k - 1].kind == "percent":
        return []  # the figures before already have their rate: "有效率96.00%，满意度为96.2%"
    # the figures of the rate's own part of the sentence (after the last ；before it): "中央资金61.02亿元，
    # 分配率99.3%；地方资金13.78亿元，分配率99.5%" pairs nothing across the semicolon
    cut = changes.part_start(m)
    before = [g for g in sent[:k] if g.kind != "percent" and g.fig.start - g.sent_start > cut]
    if not before:
        return []
    last = before[-1]
    same = [g for g in before if g.kind == last.kind and (g.kind == "money" or g.fig.unit == last.fig.unit)]
    if len(same) != len(before) or not 2 <= len(same) <= 3 or any(_is_not_part(g, c) or g.fig.approx for g in same):
        return []
    if any(_listed(g) for g in same):
        return []  # a whole and its parts ("已补助17.7亿元，其中含中央12.75亿元，含自治区4.95亿元，下达率98%"): no pair

    # the rate names what its numerator did ("回收有效问卷576份，有效率96%", "拨付…，拨付率"): a rate
    # named otherwise is of a base the sentence does not give ("林地面积a，森林面积b，森林覆盖率p%" is
    # of the land area)
    named = regex.search(r"(\p{Han}{2})(?:率|度)\s*(?:为|达|达到|是)?\s*$", m.clause_lead)
    if named and not any(named.group(1) in compact(g.clause_lead) for g in same):
        return []
    size = {g.fig.id: _amount(g) for g in same}
    # what is not yet done (未支703万元, 未分配0.32亿元): the rate is done over done plus not done, or
    # the whole less it over the whole
    undone = [g for g in same if regex.match(r"\s*(?:尚)?未", g.clause_lead)]
    if len(undone) == 1 and len(same) == 2:
        u, (a,) = undone[0], [g for g in same if g is not undone[0]]
        return [_rel("ratio", "PCT002", m, num=[[a.fig.id, 1]], den=[[a.fig.id, 1], [u.fig.id, 1]],
                     alternatives=[{"num": [[a.fig.id, 1], [u.fig.id, -1]], "den": [[a.fig.id, 1]]}])]
    pairs = [(a, b) for a in reversed(same) for b in reversed(same) if a is not b and size[a.fig.id] <= size[b.fig.id]]
    if not pairs:
        return []
    (a, b), *rest = pairs
    return [_rel("ratio", "PCT002", m, num=[[a.fig.id, 1]], den=[[b.fig.id, 1]],
                 alternatives=[{"num": [[x.fig.id, 1]], "den": [[y.fig.id, 1]]} for x, y in rest])]


def _numerator(m: Mention, sent: list[Mention]) -> Mention | None:
    k = sent.index(m)
    # "…增长18.39%，增收10304万元，税收收入占地方财政收入66.19%": not the change stated of it, with
    # its comparison or in a clause of its own ("完成36552万元，增加2362万元，增长6.91%，…占…53.79%")
    # nor one inside brackets the share stands outside of ("财政拨款收入A（其中，…0万元），占收入合计p%")
    # nor the base a comparison writes ("税收收入a，…比上年同期b减收d，…；税收收入占…p%": of a, which
    # the share names before 占 when it names anything); nor an amount per head ("人均卫生总费用6454.4元，卫生总费用
    # 占GDP的比重为6.7%": the share is of the total, not of the amount per head)
    per_unit = cues()[0].sum.per_unit
    plain = [g for g in reversed(sent[:k]) if g.kind in ("money", "count") and not changes.is_change_amount(g, sent)
             and not changes.bare_change(g) and not changes.is_inline_base(g) and g.depth <= m.depth
             and not (any(w in g.clause_lead for w in per_unit) and not any(w in m.clause_lead for w in per_unit))]
    said = compact(m.clause_lead.split("占")[0]) if "占" in m.clause_lead else ""
    said = regex.sub(r"在\p{Han}*$", "", said)  # (税收收入在一般公共预算收入占比: the part is 税收收入)
    said = _joined_name(m, sent) or said  # (税收总额和增收额占…p和q: p names 税收, q 增收)
    if len(said) >= 2 or (said and said not in "其各均共总约"):  # (税占比 names 税收收入; 其占比 names nothing)
        # (a part it names that no figure before carries is not given: "…完成预算数B的p%，…，税收收入占…的q%")
        # (非税收入 is no 税收: 非 names what X is not)
        # (named without the word for what is counted or summed when not named in full: 退休人员 → 退休38.42万人)
        bare = cues()[1]["share_part_suffix"].sub("", said)
        return next((g for name in dict.fromkeys((said, bare)) if name for g in plain
                     if regex.search("(?<!非)" + regex.escape(name), compact(g.clause_lead))), None)
    first = next(iter(plain), None)
    if first is not None and not said:
        # a clause of its own between the figure and the share says what the share is of ("已安排项目经费380万元，目前
        # 已完成…档案的数字化加工，占馆藏86%"), unless it says what the figure was used for (主要用于…)
        between = regex.split(r"[，,]", m.upto[first.fig.end - first.sent_start :])[1:-1]
        if any(regex.search(r"\p{Han}{4}", x) and not regex.search(r"\d", x) and not _says_use(x, cues()[0].sum)
               for x in between):
            return None
        # nor is one before a ； past which the share's own part states something else first ("…项目74个；…；产业投资同比
        # 增长15.9%，占全县投资比重为78.8%": of 产业投资, whose amount is not given), not another share of its run
        # ("…金额22,456万元…；市、县两级分别占全市采购金额的25.88%、74.12%")
        # (nor when that part states a number read as no amount: "…培训费1306元，占1%；劳务费2625，占2%", its unit left out)
        cut = max(m.upto.rfind("；"), m.upto.rfind(";"))
        later = [g for g in sent[:k] if g.fig.start - g.sent_start > cut]
        unread = m.upto[cut : later[0].fig.start - later[0].sent_start if later else len(m.upto)]
        if cut > first.fig.end - first.sent_start and (
                any("占" not in g.clause_lead for g in later)
                or _NUMBER.search(unread) is not None):
            return None
    return first


def _respective(m: Mention, sent: list[Mention]) -> Mention | None:
    """"A、B分别为a和b，占…的p%和q%": the j-th of a run of percentages is of the j-th of the run of
    amounts right before it (runs joined by 和、与及 or a comma alone, of one length)."""
    runs = _respective_runs(m, sent)
    return runs[0][runs[1].index(m)] if runs else None


def _respective_runs(m: Mention, sent: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The run of amounts and the run of percentages, one for one, that m is one of."""
    start, end = percent_run(m, sent)
    pcts = list(range(start, end + 1))
    first = start - 1
    if len(pcts) < 2 or first < 0 or sent[first].kind != "money":
        return None
    amounts = [first]  # (the amounts joined before it: "a、b和c，分别占p、q、r")
    while amounts[0] and sent[amounts[0] - 1].kind == "money" and _JOINED.fullmatch(sent[amounts[0]].lead):
        amounts.insert(0, amounts[0] - 1)
    if len(amounts) != len(pcts) and "分别" in sent[pcts[0]].lead:
        # "…乐透型a，竞猜型b，视频型c，…，占彩票销售总量的比重分别为p、q、r…": the named items right before, one
        # share each (a run of plain amounts of its own ；-part, as many as the shares)
        amounts = [first]
        # (not the whole they are of: "…资金收入2207.52亿元中，财政投入为a，其他投入b，分别占p和q")
        while amounts[0] > 0 and sent[amounts[0] - 1].kind == "money" and not _is_not_part(sent[amounts[0] - 1], cues()[0].sum) \
                and not regex.search("[；;]", sent[amounts[0]].lead) and not regex.match(r"\s*中[，,]", sent[amounts[0] - 1].after):
            amounts.insert(0, amounts[0] - 1)
    return ([sent[j] for j in amounts], [sent[j] for j in pcts]) if len(amounts) == len(pcts) else None


def _shares_of_their_sum(m: Mention, num: Mention, sent: list[Mention]) -> list[Relation]:
    """"…乐透型a，竞猜型b，…，占彩票销售总量的比重分别为p、q…" with that whole given nowhere: shares of a run that
    add up to 100% are of the run's sum; so are shares each after its amount naming that whole alike ("1个项目评为优，
    占评定项目的2.44%；3个项目评为良，占评定项目的7.32%；…")."""
    runs = _respective_runs(m, sent)
    if runs:
        return _of_their_sum(m, num, list(zip(*runs)))
    # (the amount right before each share, nothing read as no amount between: not "…公用经费a；项目支出639.07，占…2%")
    pairs = [(sent[j - 1], g) for j, g in enumerate(sent) if j and g.kind == "percent" and g.clause_lead == m.clause_lead
             and sent[j - 1].kind == num.kind and sent[j - 1].fig.unit == num.fig.unit
             and not regex.search("[；;]", g.lead) and not _NUMBER.search(g.lead)]
    return _of_their_sum(m, num, pairs) if len(pairs) > 1 and any(p is num for p, _ in pairs) else []


_JOINED = regex.compile(r"\s*(?:[和与及、]|[,，]|、?以及)\s*")


def percent_run(m: Mention, sent: list[Mention]) -> tuple[int, int]:
    """The first and last index in `sent` of the run of percentages joined to m ("…的8.1%和91.9%", "分别增长12.1%、
    11.7%")."""
    first = last = sent.index(m)
    while first and sent[first - 1].kind == "percent" and _JOINED.fullmatch(sent[first].lead):
        first -= 1
    while last + 1 < len(sent) and sent[last + 1].kind == "percent" and _JOINED.fullmatch(sent[last + 1].lead):
        last += 1
    return first, last


def _joined_name(m: Mention, sent: list[Mention]) -> str | None:
    """The name of m's own part where the words before 占 name the parts of a run of shares, joined, one each
    ("税收总额和增收额占…的比重为86.3%和87.2%" → 增收额 for 87.2%)."""
    start, end = percent_run(m, sent)
    lead = sent[start].clause_lead
    said = regex.sub(r"在\p{Han}*$", "", lead.split("占")[0]) if "占" in lead else ""
    names = [compact(x) for x in regex.split(r"[和与及、]", said)]
    if end == start or len(names) != end - start + 1 or not all(names):
        return None
    return names[sent.index(m) - start]


def _listed_before(m: Mention, sent: list[Mention], prev: list[Mention]) -> Mention | None:
    """The part of the list of the sentence before that m's run of shares takes in order, when m's sentence states no
    amount before them and that list has as many parts as the run has shares ("其中，第一产业增加值6.7亿元，…；第二产业
    增加值26.48亿元，…；第三产业增加值17.65亿元，…。三次产业增加值占生产总值的比重为13.2%、52.1%和34.7%")."""
    c = cues()[0].sum
    start, end = percent_run(m, sent)
    if end == start or any(g.kind != "percent" for g in sent[:start]) or not prev or prev[-1].paragraph != m.paragraph:
        return None
    marker = next((j for j, g in enumerate(prev) if _part_marker(g, c.part_markers)), None)
    parts = [g for g in prev[marker:] if g.kind == "money" and g.depth == 0 and not _is_not_part(g, c)] if marker is not None else []
    return parts[sent.index(m) - start] if len(parts) == end - start + 1 else None


def _share(m: Mention, base: str, sent: list[Mention], prev: list[Mention], mentions: list[Mention],
           whole: Mention | None = None) -> list[Relation]:
    if base.strip() and cues()[1]["share_change"].fullmatch(compact(base)):
        return _share_of_the_change(m, sent)
    num = _respective(m, sent) or _numerator(m, sent) or _listed_before(m, sent, prev)
    named_part = num is None and (num := _named_part(m, sent, mentions)) is not None
    if named_part and not base.strip():
        base = _base_named_before(m, sent) or ""  # ("…占地区生产总值比重为25.4%，第二产业增加值比重为29.6%")
        if not base:
            return []
    if num is None:
        return []
    if not base.strip() and (named := _sibling_share_base(num, _sentence_of(num, sent, mentions))) is not None:
        # "公共基础设施1933亿元，占全市资产总额48.8%，其中：…；流动资产750亿元，占18.9%": the items after ；,
        # each with its bare share, are shares of what the first one names
        return _share(m, named, sent, prev, mentions, whole)
    if base.strip() and cues()[1]["share_scope_only"].fullmatch(compact(base)):
        whole = _scope_whole(compact(base), num, mentions)  # (全市: the part's measure there)
        return [_rel("ratio", "PCT001", m, share_of=whole.fig.id, num=[[num.fig.id, 1]], den=[[whole.fig.id, 1]])] \
            if whole is not None else []
    if base.strip() and (joined := _joined_base(base, num, sent)):
        # "…中央资金a，省资金b，…区级资金c，区级资金投入占中央、省资金的p%": the sum of the things it joins
        return [_rel("ratio", "PCT001", m, num=[[num.fig.id, 1]], den=[[g.fig.id, 1] for g in joined])]
    cands = (_named_share_bases(m, base, num, sent, mentions) if base.strip()
             else _bare_share_bases(m, num, sent, prev, mentions, whole))
    # the amount itself, written again (a title repeated above its paragraph), is no whole of it
    cands = [g for g in cands if m.fig.value == 100 or not _written_again(num, g, rounded=True)]
    if named_part:  # (a part found by its name: the whole is of its paragraph, as the list is)
        cands = [g for g in cands if g.paragraph == num.paragraph]
    if not cands and not base.strip():
        return _share_of_the_parts(m, num, sent)
    if not cands:
        return _shares_of_their_sum(m, num, sent)
    first, *rest = cands
    return [_rel("ratio", "PCT001", m, share_of=first.fig.id, num=[[num.fig.id, 1]], den=[[first.fig.id, 1]],
                 alternatives=[{"num": [[num.fig.id, 1]], "den": [[g.fig.id, 1]]} for g in rest])]


def _named_share_bases(m: Mention, base: str, num: Mention, sent: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The wholes a share of num naming its base could be of, best first ("a，占X的p%" → the amounts named X)."""
    # a change or another share stated before is never the whole (…同比减少d。…占支出总预算p%)
    # nor is a figure stated as a share of that same base (项目支出48100元，占支出总预算的4.43%)
    name = compact(base)
    # a whole named as one (占总支出, 占支出合计) is an amount named as a whole, not a part that shares a word
    whole_named = regex.match(r"(?:本年|全年|当年)?(?:总|[\p{Han}]{0,12}(?:合计|总计|总额|总数|总量))", name) is not None
    # (or one its own list breaks down: "账面资产6.5万亿元，其中经营性资产…" is the 总资产 of "占总资产的75.7%")
    # (or, for a whole naming a budget, 占总预算, the budget its own sentence gives: "预算数为A，实际支出为a，占总预算比为p%")
    accept = (lambda g: _names_total(g) or "总" in g.clause_lead or _opens_its_list(g)
              or (g.sentence == num.sentence and g.paragraph == num.paragraph and _stage(name) == "budget" == _stage(g.clause_lead))
              ) if whole_named else None
    # ("全市一般公共预算收入中的税收收入a，…占总收入比重为p%": the whole is what 中的 names)
    inner = regex.search(r"(\p{Han}{2,})中的", num.clause_lead) if whole_named else None
    found = (inner and [g for g in resolve(inner.group(1), mentions, num.index, kinds=(num.kind,), same=None,
                                           min_score=0.8) if g is not num][:1]) \
        or (accept and resolve(base, mentions, num.index, kinds=(num.kind,), same=None, accept=accept)) \
        or [g for g in _resolve_base(base, num, mentions)
            # (a whole named as one but not named so is of the share's paragraph or of the one opening
            # its items: "…支出完成A，主要预算项目执行情况如下：" then "1、…支出a，占总支出的p%")
            if not whole_named or ((g.paragraph == num.paragraph or regex.search(r"[：:]\s*$", g.after))
                                   # (not one its sentence says is within a whole: "在…支出中，养老类支出为a")
                                   and not regex.match(r"\s*在[^，,。；;]{2,24}中[，,]", g.head)
                                   # (nor a sibling of the part, named like it: "乐透数字型彩票销售a；竞猜型彩票销售b；…" —
                                   # neither is the 彩票销售总量 of "分别占彩票销售总量的p、q")
                                   and not (g.sentence == num.sentence and g.depth == num.depth and not _names_total(g)
                                            and _tail(_own_name(g), _own_name(num)) >= 2
                                            and not any(w in num.upto[len(g.upto):] for w in cues()[0].sum.part_markers)))]
    # (what was done is a share of what was done: the budget named as the base stands for the actual its own
    # sentence goes on to, "一般公共预算收入为B，…调整为B'，实际完成A" then "非税收入完成a，占一般公共预算收入的p%")
    # (so is a part listed under what was done: "…预算收入B。经审计，实际完成收入A，…，其中，区级税收收入a，占财政收入p%")
    own_total = _enumeration_total(num, sent) if num in sent else None
    done = _stage(num.clause_lead) == "actual" or (own_total is not None and _stage(own_total.clause_lead) == "actual")
    if _stage(base) is None and done:
        found = [_actual_after(g, mentions) or g if _stage(g.clause_lead) == "budget" else g for g in found]
    # (the total of the part's own list, named so, before one named so elsewhere: "财政拨款基本支出A，其中：人员经费
    # a，占基本支出的p%" is of A, not of the 基本支出 of an earlier section)
    if own_total is not None and len(name) >= 2 and _own_name_said(own_total).endswith(name):
        found = [own_total] + [g for g in found if g is not own_total]
    else:
        own_total = None
    # (nor is a sibling of the part in its run: "乡镇、组级资产总额分别为a和b，分别占比p和q" — q is no share of a)
    siblings = run[0] if (run := _respective_runs(m, sent)) else [num]
    cands = [g for g in found
             # (a base that names no flow is of the part's: 收入…占年初预算的p% is no share of 支出预算; an amount
             # naming none is of its sentence's: "…地方收入A，…；争取上级转移支付资金B" is no 一般公共预算支出; an amount
             # said roughly, 盘活存量资金约19亿元, is no base a share is worked out from)
             if all(g is not x for x in siblings) and not _is_not_part(g, cues()[0].sum) and not g.fig.approx
             and not _other_flow(base if _flow(base) else num.clause_lead, g.clause_lead if _flow(g.clause_lead) else g.head)
             and not ("占" in g.after and name in compact(g.after)) and name not in _own_share_base(g, mentions)
             and not _one_of_joined(name, g) and not _narrower_base(name, g)
             # (a base that is a budget and nothing more, 占预算的, is a figure named as a budget, not
             # one of the 一般预算收入; 占项目支出预算 names its measure, the stage may go unsaid)
             and (not _bare_budget(name) or names_budget(g.clause_lead))
             # (a listed part's own budget is not its whole's: "…任务为7000万元…：税收收入完成5638万元，占预算的
             # 93.65%"; nor is what was done a share of a budget the base does not name: "非税收入完成1457万元，
             # 占地方财政收入总数的20.5%" is of 7095 done, not of the 7000 planned)
             and not (_bare_budget(name) and _whole_budget_of_a_part(g, num))
             and not (_stage(base) is None and done and _stage(g.clause_lead) == "budget")
             # (a whole smaller than its part, sharing no word with the base, is none: "争取上级转移支付资金194472万元"
             # for "民生支出合计310769万元，占一般公共预算支出比重达81.39%")
             and not (m.fig.value <= 100 and abs(_amount(g)) < abs(_amount(num)) and not _shares_a_word(name, g.clause_lead))]
    # (a whole whose own name ends the base's name before one named only alike: 资产总额 for 占全市资产总额, not
    # 净资产总额)
    # (and a count of what the base names, written after it: 1579个重建项目 for 占总项目数, not 7个方面)
    # (past the paragraphs searched, an amount named exactly as the base beats nearer ones named only alike:
    # "实际采购金额A。…货物类采购金额a1，工程类采购金额a2…。…分别占实际采购金额的p%" is of A)
    # (and, all else alike, a whole no smaller than the part: 6.5 before 3.1 and 1.1 for "村级资产4.9，占总资产的75.7%")
    cands = sorted(cands, key=lambda g: (not _ends_name(name, g), not _counts_what(name, g),
                                         m.fig.value < 100 and abs(_amount(g)) < abs(_amount(num))))[:3]
    if own_total is not None and own_total in cands:
        cands = [own_total]
    elif not any(_ends_name(name, g) for g in cands):
        cands = _named_exactly(base, num, mentions) or cands
    # (a base naming a body, not a measure, is that body's amount of the part's measure: "全省国有企业营业收入A，
    # 利润总额B；其中，省本级…营业收入a，利润总额b，分别占全省国有企业的p%、q%" — q is of B)
    return [_of_the_parts_measure(name, num, g, mentions) for g in cands]


def _bare_share_bases(m: Mention, num: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention],
                      whole: Mention | None) -> list[Mention]:
    """The wholes a bare share of num ("a，占p%") could be of, best first: its list's total, the sentence before's, the
    whole its sentence's opener names."""
    own = _sentence_of(num, sent, mentions)
    if num not in sent:
        # a run of shares taking the parts listed in the sentence before: of that list's total, before its marker
        # or, the list opening its sentence, the one plain amount of the sentence before it ("…总产值141.19亿元。
        # 其中，农业89.47亿元…；林业7.56亿元…。农、林…在农业总产值中所占比例分别为63.4%、5.4%…")
        total = _enumeration_total(num, own) or _previous_total(_sentence_of(num, sent, mentions, back=1),
                                                                (num.kind, num.fig.unit if num.kind == "count" else ""))
        return [total] if total is not None else []
    total = _enumeration_total(num, own)
    if total is not None and (record := _record_whole(num, own)) is not None and record is not total:
        # "…支出28245.40万元，其中公务用车…23359.26万元，占八成以上；…；交通部…支出10454.99万元，公车费用8256.08万元，占79%":
        # a ；-part giving a whole and a part of its own is a record, its share of that whole, not of the list before it
        return [record]
    if total is not None and _share_after(total, sent):
        # "只有29个（占43.9%）…，其中19个（占28.7%）": a total stated as a share of a whole is no sure base of
        # its parts' bare shares, which may be of that whole too ("全市行政单位资产A，占全市p%，其中：城管部门
        # a，占q%"); with the whole left unsaid, nothing is
        outer = _share_base(total, mentions)
        return [total, outer] if outer is not None else []
    if total is not None:
        return [total]
    if _opens_list(sent[0]) and (before := _previous_plain(prev, (num.kind, ""))[:3]):
        # "…支出决算为B。其中公务接待费a，占p%": the total of the sentence before; of several
        # (预算A，决算B。其中…), each is a reading, what was spent first
        cands = sorted(before, key=lambda g: _stage(g.clause_lead) != (_stage(num.clause_lead) or "actual"))
        # (an amount itself stated as a share of a whole is a sibling part: the whole is the base)
        return [_share_base(g, mentions) or g for g in cands]
    if whole is not None and whole.kind == num.kind:
        # "“三公”经费支出决算中，A a，占p%": the whole named by the sentence's opener — or the whole that one is
        # a share of ("民生类支出A，占一般公共预算支出的p%。民生类支出中，教育支出a，占比q%": q may be of either)
        return [whole, *filter(None, [_share_base(whole, mentions)])]
    if regex.search(r"[，,：:]", num.head.strip("，,：: ")):
        # "“三公”经费支出决算中，A a，占…": the whole is named, not given, ahead of the part's own name
        # (not "非税收入当月完成a…，占比p%", whose head is its first figure's name); no smaller than the part
        stage = _stage(num.head)
        return [x for g in resolve(num.head, mentions, sent[0].index, kinds=(num.kind,), min_score=0.7)
                if (x := _at_stage(g, stage, mentions)) is not None and (m.fig.value > 100 or _amount(x) >= _amount(num))][:1]
    opening = next((g for g in prev if g.kind == num.kind and g.depth == 0 and not _is_not_part(g, cues()[0].sum)),
                   None) if num is sent[0] and not _shares_make_whole(_bare_shared(sent), sent) else None
    if opening is not None and opening.paragraph == num.paragraph and not opening.fig.approx \
            and abs(_amount(opening)) > abs(_amount(num)) and _shares_a_word(_own_name(num), _own_name(opening)):
        # "全区一般公共预算收入完成A，…。税收收入a，…，税收占比为p%": a part opening the sentence after the one its
        # whole opens, sharing a word with it (not when its sentence's bare shares add up to 100%: "中央…a（占p%），
        # 地方…b（占q%）" are of a + b)
        return [opening]
    return []


def _record_whole(num: Mention, own: list[Mention]) -> Mention | None:
    """The amount opening num's ；-part (after a ；, not inside brackets), larger than num, with no list marker
    between them: the whole of that part's record."""
    start = changes.part_start(num)
    if start < 0 or num.upto[start] not in "；;":
        return None
    first = next((g for g in own if g.index < num.index and g.kind == num.kind and g.depth == num.depth
                  and changes.part_start(g) == start and not _is_not_part(g, cues()[0].sum)), None)
    if first is None or abs(_amount(first)) <= abs(_amount(num)) or _part_marker(num, cues()[0].sum.part_markers):
        return None
    return first


def _resolve_base(base: str, num: Mention, mentions: list[Mention]) -> list[Mention]:
    """The amounts a share's base names, best first — and those it names once its funds names are off
    ("区本级一般公共预算支出" → "区本级支出")."""
    found = resolve(base, mentions, num.index, kinds=(num.kind,), same=None)
    bare = without_funds(base)
    # (only where a qualifier stands before the funds name: 区本级 of 区本级一般公共预算支出, not 一般公共预算支出 → 支出)
    if bare != base and bare[:2] == compact(base)[:2]:
        found += [g for g in resolve(bare, mentions, num.index, kinds=(num.kind,), same=None) if g not in found]
    if (whole := regex.sub(r"^全部", "", compact(base))) != compact(base):
        # (占全部湿地面积的p%: the whole of 湿地面积, written 湿地总面积)
        found += [g for g in resolve(whole, mentions, num.index, kinds=(num.kind,), same=None)
                  if g not in found and regex.search(r"总|合计", g.clause_lead)]
    return found


def _ends_name(name: str, g: Mention) -> bool:
    """Whether g's own name (without its verb) is what `name` ends with, funds names aside (区本级支出 for
    区本级一般公共预算支出)."""
    own = _own_name_said(g)
    return len(own) >= 2 and (name.endswith(own) or without_funds(name).endswith(without_funds(own)))


def _narrower_base(name: str, g: Mention) -> bool:
    """Whether a base names a class of g's amount ("流动资产总额" of "资产总额12277.2亿元")."""
    own, words = _own_name_said(g), tuple(cues()[0].sum.narrowing)
    n = _tail(name, own)
    return n >= 2 and name[: len(name) - n].endswith(words) and not own[: len(own) - n].endswith(words)


def _counts_what(name: str, g: Mention) -> bool:
    """Whether g is a count of something the name names, written right after it ("1579个重建项目" for 总项目数)."""
    noun = regex.match(r"\s*(\p{Han}{2,6})", g.after) if g.kind == "count" else None
    return noun is not None and any(noun.group(1)[i : i + 2] in name for i in range(len(noun.group(1)) - 1))


def _own_name_said(g: Mention) -> str:
    """g's clause without the verb before its figure (全市资产总额为 → 全市资产总额)."""
    return regex.sub(r"(?:为|是|达|共|计)+$", "", compact(g.clause_lead))


def _share_of_the_parts(m: Mention, num: Mention, sent: list[Mention]) -> list[Relation]:
    """"“三公”经费支出决算中，A 0万元，占0%；B 57.36万元，占99.70%；C 0.18万元，占0.30%" with the whole
    stated nowhere: shares that add up to 100% are of the parts' sum; so are they when all shares but
    one are the parts' shares of their sum (the one left is then wrong, not of another whole)."""
    pats = cues()[1]
    pairs = [(sent[j - 1], g) for j, g in enumerate(sent) if j and g.kind == "percent" and sent[j - 1].kind == num.kind
             and pats["share_bare"].search(g.clause_lead) and not _is_not_part(sent[j - 1], cues()[0].sum)]
    if len(pairs) < 2 or all(p is not num for p, _ in pairs):
        return []
    shares = [s.fig for _, s in pairs]
    slack = sum(half_unit(f.decimals) for f in shares)
    # "复核评价的50个项目，“优秀”的5个，占比10%，“良好”的23个，占比46%…": the figure of the parts' unit right
    # before them is the whole when the shares add up to 100% or all shares but one are of it
    k = sent.index(pairs[0][0])
    lead = sent[k - 1] if k and sent[k - 1].kind == num.kind and sent[k - 1].fig.unit == num.fig.unit \
        and not _is_not_part(sent[k - 1], cues()[0].sum) else None  # (not "除去2个": what is left out)
    if lead is not None and _amount(lead) and (abs(sum(f.value for f in shares) - 100) <= slack or sum(
            abs(_amount(p) / _amount(lead) * 100 - s.fig.value) <= half_unit(s.fig.decimals) for p, s in pairs) >= len(pairs) - 1):
        return [_rel("ratio", "PCT001", m, num=[[num.fig.id, 1]], den=[[lead.fig.id, 1]], share_of=lead.fig.id)]
    return _of_their_sum(m, num, pairs)


def _of_their_sum(m: Mention, num: Mention, pairs: list[tuple[Mention, Mention]]) -> list[Relation]:
    """m as num's share of the sum of the amounts of (amount, share) pairs, when the shares add up to 100% or
    all but one of them are their amounts' shares of that sum (the one left is then wrong, not of another whole)."""
    shares = [s.fig for _, s in pairs]
    whole = sum(_amount(p) for p, _ in pairs)
    fitting = sum(abs(_amount(p) / whole * 100 - s.fig.value) <= half_unit(s.fig.decimals) for p, s in pairs) if whole else 0
    if abs(sum(f.value for f in shares) - 100) > sum(half_unit(f.decimals) for f in shares) and fitting < len(pairs) - 1:
        return []
    return [_rel("ratio", "PCT001", m, num=[[num.fig.id, 1]], den=[[p.fig.id, 1] for p, _ in pairs],
                 share_of="+".join(p.fig.id for p, _ in pairs))]


def _bare_budget(name: str) -> bool:
    """Whether a base name is a budget and nothing more: 预算, 全年计划, 年初预算数."""
    return names_budget(name) and not regex.sub(
        r"(?:年初|全年|调整后?|年度|本年|当年)?(?:预算|计划|目标|任务)(?:数|批复数?)?", "", name)


def _at_stage(g: Mention, stage: str | None, mentions: list[Mention]) -> Mention | None:
    """g, or when g is of another stage than the one named, the amount its sentence pairs with it at
    that stage ("三公经费支出预算为246万元，支出决算为167.37万元": the 决算 one is 167.37)."""
    if stage is None or _stage(g.clause_lead) in (None, stage):
        return g
    for x in mentions[g.index + 1 :]:
        if x.sentence != g.sentence:
            break
        if x.kind == g.kind and _stage(x.clause_lead) == stage:
            return x
    return None


def _share_of_the_change(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"收支较上年减少D，…主要原因是节能环保支出减少d，占减少的p%": the change right before the share over the
    sentence's first change, the whole's."""
    k = sent.index(m)
    changed = [g for g in sent[:k] if g.kind in ("money", "count") and changes.is_change_amount(g, sent)]
    if len(changed) < 2 or sent[k - 1] is not changed[-1]:
        return []
    return [_rel("ratio", "PCT001", m, num=[[changed[-1].fig.id, 1]], den=[[changed[0].fig.id, 1]])]


def _joined_base(base: str, num: Mention, sent: list[Mention]) -> list[Mention]:
    """The amounts of its sentence a base naming several things joined by 、/和/及 names, one each
    ("中央、省资金": 中央资金 and 省资金), when every one names exactly one; else none."""
    pieces = [compact(p) for p in regex.split(r"[、和及与]", regex.sub(r"(?:的)?(?:比重|比例)?(?:达|为|是)?$", "", base.strip()))]
    if len(pieces) < 2 or not all(pieces):
        return []
    before = [g for g in sent if g.kind == num.kind and g is not num and g.index < num.index and g.depth == 0]
    found = []
    for piece in pieces:
        hits = [g for g in before if compact(g.clause_lead).startswith(piece)]
        if len(hits) != 1 or hits[0] in found:
            return []
        found.append(hits[0])
    return found


def _one_of_joined(name: str, g: Mention) -> bool:
    """Whether g names two things joined ("税收返还和转移支付") and the name is only the last of them
    ("占转移支付比重"): g is a larger whole than the one named."""
    joined = regex.split(r"[和及与、]", compact(g.clause_lead))
    core = regex.sub(r"(?:的)?(?:比重|比例)?(?:达|为|是)?$", "", name)
    return len(joined) > 1 and bool(core) and joined[-1].startswith(core) and not joined[0].endswith(core)


def _written_again(a: Mention, b: Mention, rounded: bool = False) -> bool:
    """Whether two mentions are one amount written twice: the same value under a name alike (or, `rounded`,
    one written less precisely: the title's 财政民生支出120亿元 over the text's 全市财政民生支出120.06亿元)."""
    same = _amount(a) == _amount(b) or (rounded and a.kind == b.kind == "money" and abs(
        a.fig.value * factor(a.fig) - b.fig.value * factor(b.fig)) <= max(half_unit(g.fig.decimals) * factor(g.fig) for g in (a, b)))
    names = (compact(a.clause_lead), compact(b.clause_lead))
    return same and max(similarity(*names), similarity(*names[::-1]) if rounded else 0) >= 0.8


def _amount(g: Mention):
    return g.fig.yuan if g.fig.yuan is not None else g.fig.value


def _named_exactly(base: str, num: Mention, mentions: list[Mention]) -> list[Mention]:
    """The nearest earlier amount anywhere in the report whose own name is the base's name, word for
    word ("占本年支出合计的98.35%" of the "本年支出合计12100.00万元" two sections before)."""
    name = compact(base)
    if len(name) < 4:
        return []
    for g in reversed(mentions[: num.index]):
        if g.kind == num.kind and compact(g.clause_lead).removesuffix("为").removesuffix("是") == name \
                and not _is_not_part(g, cues()[0].sum):
            return [g]
    return []


def _opens_list(first: Mention) -> bool:
    """Whether a sentence opens with a list marker (其中：…, 主要用于：…, 主要是…) before its first figure."""
    return _part_marker(first, cues()[0].sum.part_markers) is not None or "：" in first.lead or ":" in first.lead \
        or _opened(first)


def _opens_sentence(m: Mention, marker: str) -> bool:
    """Whether a list marker opens its sentence ("其中：…"), rather than following words of the sentence
    that name what it breaks down ("所有项目均开展了绩效自评，其中…": not the sentence before)."""
    if marker not in m.lead or marker == "：":
        return True  # a partition ("从收入级次看，…") or a colon announcing the parts ("支出构成为：…")
    return len(regex.sub(r"[^\p{Han}]", "", without_numbering(m.lead[: m.lead.rfind(marker)]))) <= 2


def _opened(first: Mention) -> bool:
    """Whether a sentence's first figure follows a word opening a list of main parts (主要是…)."""
    return first.lead == first.upto and first.lead.lstrip("，, ").startswith(tuple(cues()[0].sum.sentence_openers))


def _own_share_base(g: Mention, mentions: list[Mention], reach: int = 3) -> str:
    """The base a share stated of g in its own sentence names ("现金捐赠总量达A，同比增长3.64%，占捐赠总量的69.20%":
    捐赠总量): g is no amount of that base itself."""
    for x in mentions[g.index + 1 : g.index + 1 + reach]:  # (past its changes: "A，同比增长p%，增支d，占…")
        if x.sentence != g.sentence or (x.kind != "percent" and x.kind == g.kind and not _is_not_part(x, cues()[0].sum)):
            break
        if x.kind == "percent" and x.clause_lead.startswith("占"):
            return compact(x.clause_lead)
    return ""


def _enumeration_total(part: Mention, sent: list[Mention]) -> Mention | None:
    """The total a part belongs to: the figure before the list marker (其中 / 主要用于以下方面：)
    of the same sentence, passing over changes and shares stated of it and figures of another
    category (…支出20.00万元，上年结转2.00万元，其中公务接待费7.33万元，占p%: the base is 20.00)."""
    c = cues()[0].sum
    k = sent.index(part)
    for j in range(k, -1, -1):
        if sent[j].depth > part.depth:
            continue  # (a list in brackets is of a part before: "A，其中：a、b（其中：b1）、c")
        if sent[j].depth < part.depth:
            # (a list in brackets with no marker of its own is of the amount right before them: "…，其中公用经费支出
            # A（办公费a，占p%；…）" is of A, not of the sentence's total)
            g = sent[j]
            return g if g.kind == part.kind and not _is_not_part(g, c) and _compatible(g, part) else None
        if _part_marker(sent[j], c.part_markers) or "：" in sent[j].lead or ":" in sent[j].lead:
            # (a count of the part's own unit: "幼儿园64所，在园幼儿9774人，其中：普惠性幼儿园61所，占比95.31%" is of 64)
            return next((g for g in reversed(sent[:j]) if g.kind == part.kind and g.depth <= part.depth
                         and (g.kind != "count" or _same_count(g.fig.unit, part.fig.unit, c))
                         and not _is_not_part(g, c) and not changes.is_inline_base(g) and _compatible(g, part)), None)
    return None


def _completion(m: Mention, base: str, sent: list[Mention], prev: list[Mention], mentions: list[Mention],
                facts: FactIndex) -> list[Relation]:
    k = sent.index(m)
    nearest = next((g for g in reversed(sent[:k]) if g.kind != "percent"), None)
    if nearest is not None and nearest.kind == "count":
        return _count_completion(m, nearest, sent[:k])
    actual = _actual(m, sent, prev)
    if actual is None or category(actual.clause_lead) == "balance":
        return []  # (a leftover is no actual: "年末结余数19.8万元，计算本单位预算完成率99.27%")
    if actual in sent and _inline_item(actual) != _inline_item(m):
        return []  # "①…支付21万元，执行率30.88%；④…未支付，执行率为0%": ④ states no actual of its own
    # "总收入226.31亿元，相比预算增加56.08亿元，预算执行率132.94%": the budget is the actual less the change
    k_actual = sent.index(actual) if actual in sent else -1
    # (or right after the rate: "公务接待费支出A，完成年初预算p%，比年初预算减少d")
    against = next((g for g in sent[k_actual + 1 : k] + sent[k + 1 : k + 2] if k_actual >= 0 and g.kind == actual.kind == "money"
                    and changes.ends_in_change(g.clause_lead) and names_budget(g.clause_lead)), None)
    if against is not None:
        sign = changes.direction(against.clause_lead)
        return [_rel("ratio", "PCT002", m, num=[[actual.fig.id, 1]], den=[[actual.fig.id, 1], [against.fig.id, -sign]])]
    # "个人所得税1,350万元，预算1,248万元，为预算的p%": a budget written after its actual, in its part
    after = next((g for g in sent[k_actual + 1 : k] if k_actual >= 0 and g.kind == actual.kind == "money"
                  and _stage(actual.clause_lead or actual.lead) != "budget"
                  and _names_a_budget(g) and not _is_not_part(g, cues()[0].sum)
                  and _same_budget_stage(base or "预算", g)), None)
    if after is not None:
        return _over(m, "PCT002", actual, [after])
    bases = _budget_of(actual, base or "预算", mentions, facts, anywhere=True)
    named = compact(base or "")
    if len(named) >= 2 and named in compact(actual.clause_lead) \
            and not any(w in named for w in cues()[0].completion.generic_rate_names):
        bases = [g for g in bases if named in compact(g.clause_lead)]  # (投资完成率: over 计划投资, not 下达资金)
    if actual in sent and (j := sent.index(actual)) and (own := sent[j - 1]).kind == actual.kind and own not in bases \
            and not any(g.kind == "percent" for g in sent[j:k]) and any(
            _tail(own.clause_lead.strip(), b.clause_lead.strip()) >= 4 for b in bases):
        # "收到直达资金A，…，其中：正常直达资金a，支出b，支出进度p%": an item's own amount named like the whole's base
        bases = [own, *bases]
    if (whole := _whole_of_parts(bases, mentions)) is not None and whole.sentence != actual.sentence:
        # "投资规模A，其中：X市计划投资a；Y县计划投资b。" then "完成投资C，投资完成率p%": the whole's plan, not a part's
        bases = [whole]
    if not base and actual in sent and (near := next((g for g in reversed(sent[: sent.index(actual)]) if g.kind == "money"
                                                      and g.depth <= actual.depth
                                                      and _stage(g.clause_lead) == "budget"), None)) not in (None, *bases):
        # "资金共计A，…已到位a，使用b，使用率p%": a rate naming no base may be of the budget-like amount
        # right before what was spent (here the funds received) as well as of the budget
        bases = [*bases, near]
    if not base and bases:
        # "预算7952万元，实际下达2513万元…。" "实际执行2513万元，执行率100%": a rate naming no base may be over
        # the funds received, the latest of the last paragraphs
        received = next((g for g in reversed(_earlier(actual, mentions, actual.paragraph - 2)) if g.kind == "money"
                         and regex.search(cues()[0].completion.received, g.clause_lead) and not _is_not_part(g, cues()[0].sum)), None)
        bases += [received] if received is not None and received not in bases else []
    if bases and bases[0].fig.value == 0 and _which_budget(base) and (other := [
            g for g in sent[:k] if g.kind == "money" and g is not actual and g not in bases and g.fig.value != 0
            and _names_a_budget(g)]):
        # "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%": the rate over
        # the 年初预算 it names does not exist (PCT003); the other budget of the sentence says what was meant
        return [_rel("ratio", "PCT002", m, num=[[actual.fig.id, 1]], den=[[bases[0].fig.id, 1]], named_base=True,
                     alternatives=[{"num": [[actual.fig.id, 1]], "den": [[g.fig.id, 1]]} for g in other])]
    if not _which_budget(base):
        bases = _adjusted_first(bases, mentions)
    return _over(m, "PCT002", actual, bases)


def _adjusted_first(bases: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The budgets with the B of each "由年初预算A调整为B" before its A: a rate over 预算 alone is over the
    budget in force first ("…由年初预算227.85亿元调整为269.60亿元。…实际完成…266.97亿元，完成预算99.0%")."""
    out: list[Mention] = []
    for g in bases:
        sent = [x for x in mentions[g.index : g.index + 2] if x.sentence == g.sentence]
        if changes.is_value_before(g, sent) and sent[1] not in bases and _stage(sent[1].clause_lead) == "budget":
            out.append(sent[1])
        out.append(g)
    return out


def _whole_of_parts(bases: list[Mention], mentions: list[Mention]) -> Mention | None:
    """The amount two or more budgets are listed as parts of, in their sentence ("投资规模A，其中：X市…计划投资a；Y县…
    计划投资b" → A)."""
    if len(bases) < 2 or len({g.sentence for g in bases}) != 1:
        return None
    first = min(bases, key=lambda g: g.index)
    before = [g for g in mentions[: first.index] if g.sentence == first.sentence and g.kind == first.kind]
    # (the nearest amount the list marker follows: the others between are parts too, or not bases of this rate)
    whole = next((g for g in reversed(before) if any(w in first.upto[g.fig.end - first.sent_start :]
                                                     for w in cues()[0].sum.part_markers)), None)
    return whole if whole is not None and not changes.is_change(whole) else None


def _which_budget(base: str) -> bool:
    """Whether a rate's base names which budget it is (年初预算, 全年预算), not just 预算."""
    from extractor.relations.restated import stage_of  # (restated reads the text relations' cues)

    return stage_of(base or "") in ("年初预算", "全年预算")


def _functional_class(p: Mention, c: SumCues) -> bool:
    """Whether a part is named by a class (类) of the functional classification ("公共安全支出（类）")."""
    name = regex.sub(r"\s|[“”\"]|[（(]类[）)]|(?:科目)?(?:合计|为|是)?$", "", without_numbering(p.clause_lead))
    # (its stage after it: "社会保障和就业支出预算", "文化旅游体育与传媒支出支出预算")
    name = regex.sub(r"(?<=支出)(?:支出)?(?:预算|决算)数?$", "", name)
    return name in c.functional_classes


def _broken_off(sent: list[Mention], mentions: list[Mention]) -> bool:
    """Whether the document ends inside this sentence, after a name with no amount ("…，财政专户管理的资金
    安排3345390元，单位" and nothing more): a page cut short, not a sentence that ends."""
    last = sent[-1]
    # (an item begun after the last one's ； and cut mid-name: "…其他收入7000万元，占90.3%；上年结")
    return last is mentions[-1] and regex.search(r"\p{Han}", last.after) is not None \
        and regex.search(r"[。！？!?]", last.after) is None and regex.search(r"[；;，,、]\s*$", last.after) is None


def _names_a_budget(g: Mention) -> bool:
    """Whether a figure's own name ends in a budget word (预算1,248万元, 年初预算数为…), not one that
    merely holds it (预算结余, 较预算减少)."""
    name = regex.sub(r"(?:数|额|金额)?(?:为|是|达)?$", "", compact(g.clause_lead))
    return name.endswith(tuple(cues()[0].stages.budget))


def _base_written(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"收入完成A万元，完成年初预算数B万元的p%", "完成里程420公里，完成年度目标400公里的105.00%",
    "完成1500.8亿元，为年初预算（2895.6亿元）的51.8%":
    the base stands inside the phrase, right before 的; the actual is the plain figure of its kind
    (and unit) before it."""
    k = sent.index(m)
    # (or in brackets: "为年初预算（2895.6亿元）的51.8%")
    bracketed = regex.fullmatch(r"[)）]\s*的?", m.lead.strip()) is not None
    if k < 2 or (m.lead.strip() not in ("", "的", "的比例为", "的比例") and not bracketed):
        return []
    base = sent[k - 1]  # an amount or a count ("完成年度目标400公里的105.00%")
    name = regex.sub(r"[（(]\s*$", "", base.lead) if bracketed else base.clause_lead
    if base.kind not in ("money", "count") or not cues()[1]["base_before"].search(name):
        return []
    # (not one in brackets the phrase stands outside of: "总收入A（不含车辆购置税a），完成调整后预算收入B的p%"; a base in
    # brackets of its own stands outside them: "收入629.4亿元（已剔除…调入14.3亿元），完成预算（587.9亿元）的107.1%")
    actual = next((g for g in reversed(sent[: k - 1]) if g.kind == base.kind and not _rate_base(g, sent)
                   and g.depth <= (m.depth if bracketed else base.depth) and (g.kind == "money" or g.fig.unit == base.fig.unit)
                   and not _is_not_part(g, cues()[0].sum)), None)
    if actual is None:
        return []
    return [_rel("ratio", "PCT002", m, num=[[actual.fig.id, 1]], den=[[base.fig.id, 1]])]


def _completion_base(g: Mention, sent: list[Mention]) -> bool:
    """Whether g is the budget or target a completion rate right after it is of ("完成调整后预算收入406480万元的103.5%"):
    no total or part of a list (unlike a part with its share, "社会保障和就业支出206.53万元11.14%")."""
    return _rate_base(g, sent) and cues()[1]["base_before"].search(g.clause_lead) is not None


def _rate_base(g: Mention, sent: list[Mention]) -> bool:
    """Whether g is the base of a rate written right after it ("为市下目标33.23亿元101.78%", "为预算数
    37.1亿元的91.16%"): that base belongs to its own rate, it is neither the actual of the next rate
    nor the budget of another figure."""
    nxt = _next_in(g, sent)
    return nxt is not None and nxt.kind == "percent" and nxt.lead.strip() in ("", "的")


def _count_completion(m: Mention, actual: Mention, before: list[Mention]) -> list[Relation]:
    """"计划建设3.2万亩，实际完成3.26万亩，完成率101.88%": a rate of counts, actual over the planned
    count of the same unit named earlier in the sentence."""
    stages = cues()[0].stages
    planned = [g for g in before if g is not actual and g.kind == "count" and g.fig.unit == actual.fig.unit
               and any(w in g.clause_lead for w in stages.budget)]
    if not planned:
        return []
    return [_rel("ratio", "PCT002", m, num=[[actual.fig.id, 1]], den=[[planned[-1].fig.id, 1]])]


def _actual(m: Mention, sent: list[Mention], prev: list[Mention]) -> Mention | None:
    """The actual figure a rate is about: the nearest money figure named as spending/决算, else the subject."""
    c = cues()[0]
    k = sent.index(m)

    def spent(g: Mention, plain_spending: bool) -> bool:
        # (not the budget written inside "完成年初预算150万元的…")
        named = any(w in g.clause_lead for w in c.stages.actual) and _stage(g.clause_lead) != "budget"
        return (g.kind == "money" and not any(w in g.clause_lead for w in c.sum.not_part)
                and (named or (plain_spending and _stage(g.clause_lead) is None and category(g.clause_lead) == "spending")))

    # its own sentence first ("收到A，支出B，支出进度p%": B is what was spent), then the sentence
    # before: "…支出决算为0.88万元。完成年初预算的100.00%。"
    # (not a part in brackets the rate stands outside of: "支出A（其中镇级支出a），完成调整预算的p%";
    # in a part of its own after ；, of that part's amount: "…；资源税3,475万元，为预算的167.87%")
    cut = changes.part_start(m)
    # (so is a rate in a sentence opening a list: "…决算数为A，为调整预算的p%。其中，税收收入a，…，为调整预算的q%": of a)
    listing = _part_marker(sent[0], c.sum.part_markers) is not None
    own = next((g for g in reversed(sent[:k]) if (g.fig.start - g.sent_start > cut >= 0 or listing) and g.kind == "money"
                and g.depth == m.depth and not any(w in g.clause_lead for w in c.sum.not_part)
                and _stage(g.clause_lead) != "budget"), None)
    found = own or next((g for g in reversed(sent[:k]) if spent(g, True) and g.depth <= m.depth), None) \
        or next((g for g in reversed(prev) if spent(g, False)), None)
    paired = found in sent and sent.index(found) > 0 and (b := sent[sent.index(found) - 1]).kind == found.kind \
        and _names_a_budget(b)  # ("…预算数A，实际支出数B，执行率p%": B with its own budget is no part of a list before)
    if found in sent and not paired and len(listed := _open_list_parts(found, sent[:k])) > 1 \
            and not any(g.kind == "percent" for g in sent[sent.index(listed[0]) : k]) \
            and not any(g.kind == found.kind and _own_measure(g) == _own_measure(found)
                        and g.fig.start - g.sent_start > changes.part_start(found) for g in sent[: sent.index(listed[0])]):
        # (not when the parts are records naming the whole's measures again: "收到A，支出B，…，其中：正常直达资金a，支出b，
        # 支出进度p%" — b is its part's own spending)
        # a rate after a whole and its parts, none with a rate of its own, is of the whole ("实际支付355.16万元，其中：
        # 中央a、省级b、县级c，执行率65%"), unless the whole is the budget ("收到…15150万元，其中省级支出安排a，各州市安排b，执行率为100%")
        j = sent.index(listed[0])
        whole = next((g for g in reversed(sent[:j]) if g.kind == found.kind and g.depth == found.depth), None)
        return whole if whole is not None and _stage(whole.clause_lead) != "budget" else None
    return found or _subject(sent, prev, m)


def _open_list_parts(g: Mention, before: list[Mention]) -> list[Mention]:
    """The parts of the list g ends, when the list is still open at g (its marker, no ；since): "…，其中：
    中央a、省级b、县级c" — [a, b, c] for c."""
    markers = cues()[0].sum.part_markers
    at = max(g.upto.rfind(w) for w in markers)
    if at < len(g.head) or regex.search("[；;]", g.upto[at:]):
        return []
    return [x for x in before if x.kind == g.kind and x.depth == g.depth and x.fig.start - x.sent_start > at
            and _stage(x.clause_lead) != "budget"]  # (an item's budget beside its actual is no part of its own)


# --------------------------------------------------------------------------- differences and savings


def _budget_of(actual: Mention, phrase: str, mentions: list[Mention], facts: FactIndex, anywhere: bool = False) -> list[Mention]:
    """The budget figures an actual one is compared with ("较年初预算…", "完成全年预算的…").

    When the actual figure is a fact (its measure and scope are known), the budget is the fact of
    the same quantity at the stage the phrase names; otherwise a figure of the same paragraph whose
    name matches the phrase."""
    fact = facts.of(actual)
    wanted = _stages_named(phrase)
    if fact is not None:
        same = list(islice((f.mention for f in facts.latest_before(actual.index, fact.key.measure, fact.key.scope)
                            if (f.key.funds == fact.key.funds or "全部" in (f.key.funds, fact.key.funds))
                            and f.key.stage in wanted and not _paired_elsewhere(f.mention, actual, mentions)
                            and not _whole_budget_of_a_part(f.mention, actual)), 3))
        if same:
            return _with_budget_total(same, actual, phrase, mentions)
    cands = [g for g in resolve(phrase or "预算", mentions, actual.index, same=actual, min_score=0.6, reach=0)
             if g is not actual and g.paragraph == actual.paragraph]
    # (a later figure of the sentence is named by its own clause, not by the sentence's head; nor is one
    # after a colon by what the colon introduces: "…批准的2020年预算草案…，执行情况具体如下：…收入816.1亿元")
    # (nor is a part in brackets the budget of an amount outside them: "…县级66.96万元（…2024年下达221万元）")
    # (nor what was done of a budget: "专项预算累计完成A" is an actual)
    cands = [g for g in cands if g.depth <= actual.depth
             and names_budget(named := regex.split(r"[：:]", g.lead if g.lead == g.upto else g.clause_lead)[-1])
             and _stage(named) != "actual"
             and not _is_not_part(g, cues()[0].sum) and not _not_its_budget(g, actual, mentions)
             and not _other_flow(actual.clause_lead, g.clause_lead)
             and not _paired_elsewhere(g, actual, mentions) and (_listed(actual) or not _listed(g))
             and not _whole_budget_of_a_part(g, actual)]
    if not cands:  # "计划总投资A，已拨付B，支出率p%": the budget its own sentence names before it
        cands = [g for g in reversed(mentions[: actual.index]) if g.sentence == actual.sentence and g.kind == "money"
                 and g.depth <= actual.depth and _stage(g.clause_lead) == "budget" and not _not_its_budget(g, actual, mentions)
                 and not _other_flow(actual.clause_lead, g.clause_lead)
                 and not _paired_elsewhere(g, actual, mentions)][:1]
    if not cands:
        # "（2）支出总计调整为T。其中：一般公共预算支出a，…" and later "一般公共预算支出b，为调整预算的p%":
        # a part listed under a budget total is a budget of that stage, of the part named the same
        own = _own_name(actual)
        cands = [g for g in reversed(mentions[: actual.index]) if g.kind == actual.kind and g.section == actual.section
                 and _own_name(g) == own and _under_budget_total(g, phrase, mentions)][:1]
    if not cands and anywhere and (fact is None or (fact.key.measure == "支出" and fact.key.scope is None)) \
            and category(actual.clause_lead) != "income" and not _listed(actual, opening=True):
        # (a tax or revenue has budgets of its own, and so has a part of a list; a budget naming no flow in its
        # clause is of its ；-part's: "区级财政收入年初预算A，经批准调整为B" is no budget of 区级财政支出)
        # a project report names its budget once ("全年预算900.00万元") and its rate sections later;
        # only for spending named no more precisely, whose budget can have no more precise name
        earlier = [g for g in mentions[: actual.index] if g.kind == "money" and names_budget(g.clause_lead)
                   and not any(w in g.clause_lead for w in cues()[0].sum.not_part) and not _not_its_budget(g, actual, mentions)
                   and {_flow(actual.clause_lead), _total_flow(g)} != {"income", "spending"} and _same_budget_stage(phrase, g)
                   and not _paired_elsewhere(g, actual, mentions)
                   and not any(w in g.clause_lead for w in ("下达", "收到"))]  # (from afar, another batch of funds)
        # items numbered inside a sentence ("分项目如下：①…应到位68万元…；②…") are parallel lists: an
        # item's budget is only the budget of the figure in the item of the same number
        earlier = [g for g in earlier if _inline_item(g) == _inline_item(actual)]
        if len({_item_of(g) for g in earlier} - {None, _item_of(actual)}) >= 2:
            # budgets of several numbered items (1.养老机构运营补贴项目：…48万元 … 3.村级互助幸福院项目：…50万元)
            # are each their item's: none is the budget of a figure outside them
            earlier = [g for g in earlier if _item_of(g) in (None, _item_of(actual))]
        cands = sorted(earlier, key=lambda g: (similarity(phrase or "预算", g.clause_lead), g.index), reverse=True)
    return _with_budget_total(cands[:3], actual, phrase, mentions) if cands else []


def _with_budget_total(budgets: list[Mention], actual: Mention, phrase: str, mentions: list[Mention]) -> list[Mention]:
    """The budgets found, and for a rate over 预算 alone the last total budget of the paragraph before the actual
    ("全年财政支出预算总指标为2895809万元。执行结果：…支出2756453万元，为预算的95.19%"), as a reading."""
    if _which_budget(phrase):
        return budgets
    return budgets + [g for g in mentions[: actual.index] if g.paragraph == actual.paragraph and g.kind == actual.kind
                      and g not in budgets and regex.search(cues()[0].completion.budget_total, g.clause_lead)
                      and not _other_flow(actual.clause_lead, g.clause_lead)][-1:]


def _whole_budget_of_a_part(budget: Mention, actual: Mention) -> bool:
    """Whether a budget is the whole's, not a listed part's ("调整…收入为A。…收入完成B，为调整预算的p%；
    其中税收收入完成b，为调整预算的q%": A is no budget of b): a part named by what it is takes a
    budget that names it."""
    name = _own_measure(actual)

    def listed(g: Mention) -> bool:  # (or announced by a colon: "主要项目完成情况为：税收收入完成a，占预算的p%")
        return _listed(g, opening=True) or regex.search(r"[：:]", g.upto) is not None

    # (or by the level of government it is: "…支出调整预算为A，…支出B，完成调整预算的p%。其中：区本级…支出b1，完成调整预算的
    # q%；街道…支出b2，…" — A is no budget of b1 or b2)
    level = level_in(actual.clause_lead)  # (a part's level, not the whole's: 全区 is what a budget naming none is of)
    return listed(actual) and not listed(budget) and len(name) >= 2 \
        and (similarity(name, budget.clause_lead or budget.lead) < 0.5
             or (level is not None and not is_whole_level(level) and level != level_in(budget.clause_lead or budget.lead)))


def _own_name(g: Mention) -> str:
    """What a figure's clause names, without a list marker before it or a verb after it
    ("其中：一般公共预算支出" → 一般公共预算支出, "本级收入完成" → 本级收入)."""
    name = compact(g.clause_lead)
    for w in cues()[0].sum.part_markers:
        name = name.removeprefix(w).lstrip("：:")
    return regex.sub(r"(?:完成|实现|调整为|调整|为|是|达|共|计)+$", "", name)


def _own_measure(g: Mention) -> str:
    """What a figure's clause says it measures, its stage words left out ("税收收入完成" → 税收收入, "完成年初预算" → "")."""
    name = _own_name(g)
    for w in cues()[0].stages.budget + cues()[0].stages.actual:
        name = name.replace(w, "")
    return name


def _under_budget_total(g: Mention, phrase: str, mentions: list[Mention]) -> bool:
    """Whether g is a part listed under a total named as the budget a phrase names ("支出总计调整为T，
    其中：…g", or the sentence before: "…调整为T。其中：…g")."""
    if not _listed(g, opening=True):
        return False
    near = mentions[max(0, g.index - 40) : g.index + 1]
    sent = [x for x in near if x.sentence == g.sentence]
    total = _enumeration_total(g, sent) if sent[0] is not g or not _opens_list(g) else None
    if total is None and _opens_list(sent[0]):
        total = next((x for x in reversed(near) if x.sentence == g.sentence - 1 and x.kind == g.kind and x.depth == 0), None)
    return total is not None and names_budget(total.clause_lead or total.lead) and _same_budget_stage(phrase, total)


def _not_its_budget(g: Mention, actual: Mention, mentions: list[Mention]) -> bool:
    """A figure named like a budget that is none of the actual's: a change or a difference (较年初预算
    减少d, 超收d), or the budget of another part of its sentence."""
    return changes.ends_in_change(g.clause_lead) or _other_parts_budget(g, actual, mentions)


def _other_parts_budget(budget: Mention, actual: Mention, mentions: list[Mention]) -> bool:
    """Whether a budget stands in an earlier part of the actual's sentence (before its ；) with an
    actual of its own, named as something else ("个人所得税预算a，个人所得税b，…；资源税c，为预算的p%":
    a is no budget of 资源税; "资金到位a；实际支出b，执行率p%" keeps a)."""
    cut = changes.part_start(actual)
    if budget.sentence != actual.sentence or cut < 0 or budget.fig.start - budget.sent_start > cut:
        return False
    # (its own actual after it, or before it in its part: "个人所得税b，预算a，为预算的p%；资源税c…")
    own = changes.part_start(budget)
    own_actual = any(g is not budget and g.kind == "money" and own < g.fig.start - g.sent_start < cut
                     and _stage(g.clause_lead) != "budget" and not _is_not_part(g, cues()[0].sum)
                     for g in mentions[: actual.index] if g.sentence == actual.sentence)
    # (or a rate of its own part not about the budget itself: "…下达42万元，资金到位率100%，…竹编…已及时划拨…，资金
    # 使用率100%；薅草锣鼓项目资金使用a，资金使用率p%" — 42万元 was for both items)
    own_rate = any(g.kind == "percent" and g.index > budget.index + 1 and own < g.fig.start - g.sent_start < cut
                   and cues()[1]["rate"].search(g.clause_lead) is not None
                   for g in mentions[: actual.index] if g.sentence == actual.sentence)
    if own_rate:
        return True
    name = compact(budget.clause_lead)
    for w in cues()[0].stages.budget:
        name = name.replace(w, "")
    return own_actual and similarity(name, compact(actual.clause_lead)) == 0


def _item_of(m: Mention) -> str | None:
    """The label of the numbered item a figure's sentence opens ("3.村级互助幸福院项目：下达…50万元" →
    村级互助幸福院项目): its figures are of that item, not of the whole the report speaks of elsewhere."""
    head = m.head.lstrip()
    if numbering_of(head) is None:
        return None
    label = regex.match(r"([^，,。；;：:]{1,16})[：:]", without_numbering(head))
    return label.group(1) if label else None


_INLINE_ITEM = regex.compile(r"([①-⑳])|(?:^|[，,；;。：:])\s*(?:[（(](\d{1,2})[）)]|(\d{1,2})(?:[、．.](?!\d))"
                             r"|(?<=[；;]\s*)(\d{1,2})(?=\p{Han})(?![个项人元万亿年月日次家所批]))")


def _inline_item(g: Mention) -> int | None:
    """The number of the item g stands in inside its sentence (①…；②…, （1）…, 1、…, "；5新一轮…"), or None."""
    hits = list(_INLINE_ITEM.finditer(g.upto))
    if not hits:
        return None
    circled, bracketed, dotted, bare = hits[-1].groups()
    return ord(circled) - 0x245F if circled else int(bracketed or dotted or bare)


def _opens_its_list(g: Mention) -> bool:
    """Whether a list marker follows g right away ("账面资产6.5万亿元，其中经营性资产…"): g is the whole it breaks down."""
    after = g.after.lstrip("，,：: ")
    return any(after.startswith(w) for w in cues()[0].sum.part_markers)


def _listed(g: Mention, opening: bool = False) -> bool:
    """Whether g is a part of a list of its sentence: a list marker stands before it, after the head
    (or, with `opening`, in the head too: "其中：A a，B b" lists a as well)."""
    return any(w in g.upto[0 if opening else len(g.head):] for w in cues()[0].sum.part_markers)


def _paired_elsewhere(budget: Mention, actual: Mention, mentions: list[Mention]) -> bool:
    """"年初预算为22.00万元，支出决算为8.77万元，…其中：公务用车…决算为8.47万元，完成预算的60.50%":
    a budget whose own sentence goes on to its actual (8.77) is that actual's budget, not the budget
    of a part named later, in that sentence or after it (8.47's budget is not stated); so is a budget
    whose actual opens the next sentence of its paragraph with its rate ("…调整后预算总指标B。当年实际
    支出a，为调整预算的p%，其中：基本支出a1，为调整预算的q%": q is over a1's own budget)."""
    if _rate_base(budget, [g for g in mentions[budget.index : budget.index + 2] if g.sentence == budget.sentence]):
        return True  # (the base of its own rate: "为预算数37.1亿元的91.16%")
    def rated(g: Mention) -> bool:  # (its rate after it, past other rates: "…总指标B。当年实际支出a，为调整预算的p%，其中：…",
        # "…支出a，比上年增长q%，完成调整预算的p%")
        rates = takewhile(lambda n: n.sentence == g.sentence and n.kind == "percent", mentions[g.index + 1 :])
        return any(cues()[1]["completion"].search(n.clause_lead) for n in rates)

    if rated(budget):
        return True  # (an actual of its own rate is no budget: "…预算支出A，完成预算的98.9%。…本级支出a，完成预算的100%")

    between = mentions[budget.index + 1 : actual.index]
    # (not an actual of the other flow: "总收入、总支出预算均为B，实际总收入A，实际总支出a，支出预算执行率p%" → a / B)
    if any(g.kind == "money" and _stage(g.clause_lead) == "actual" and not _other_flow(g.clause_lead, actual.clause_lead)
           and (g.sentence == budget.sentence or (g.paragraph == budget.paragraph and rated(g))) for g in between):
        return True
    # (so is a budget an amount named as the actual already has its rate over, in the budget's paragraph: "…支出调整预算为B。
    # 一般公共预算支出a，比上年增长q%，完成调整预算的p%。" then, a paragraph on, "1至6月…一般公共预算支出a'，完成调整预算的p'%")
    return any(g.kind == "money" and g.paragraph == budget.paragraph != actual.paragraph and rated(g)
               and _own_name(g) == _own_name(actual) for g in between)


def _same_budget_stage(phrase: str, g: Mention) -> bool:
    """Whether g can be the budget a phrase names: 调整预算 is not the 年初预算 of another paragraph."""
    if "年初" in phrase:
        return "年初" in g.clause_lead
    if "调整" in phrase or "全年" in phrase:
        # (or a budget its sentence states after the changes: "综合追加专款…等变动因素后，…预算总额为B")
        return "调整" in g.clause_lead or "全年" in g.clause_lead or any(w in g.upto for w in cues()[0].stages.after_changes)
    return True


def plan_words(name: str) -> str:
    """A name as read for the words of a saving or an overspending (节约, 少支, 超支): a change naming its flow is none
    ("减少支出28399万元" is 减支, not 少支)."""
    return regex.sub(cues()[0].difference.flow_change, "", name)


def _stages_named(phrase: str) -> tuple[str, ...]:
    """The budget stages a phrase can mean: 年初预算 → (年初预算,), 预算 → every budget stage."""
    if "年初" in phrase:
        return ("年初预算",)
    if "全年" in phrase or "调整" in phrase:
        return ("全年预算",)
    return ("年初预算", "全年预算", "预算")


def _money_relation(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention],
                    facts: FactIndex) -> list[Relation]:
    c, pats = cues()
    lead = m.clause_lead
    if changes.is_change_amount(m, sent):  # "比上年减少d": a change, even of an average (较上年平均每台车…增加d)
        return changes.change_amount(m, sent, prev, mentions)
    if (paired := changes.paired_change(m, sent)):
        return paired
    per_head = _rate_times_count(m, sent)
    if per_head:
        return per_head
    if pats["average"].search(lead) and "平均" in lead:
        return _average(m, sent, prev, mentions)
    if pats["average"].search(lead) and _counted_here(m, sent):
        return _average(m, sent, [], mentions)  # (户均a: of its own sentence's total only, not a standard like 人均55元)
    saving = any(w in plan_words(lead) for w in c.difference.saving + c.difference.overspend)
    if saving and pats["previous"].search(lead) is None:
        # (of m's own part of the sentence when it gives both: "…收入a，完成预算A的p%，短收d；政府性基金收入b，
        # 完成预算B的q%，短收e": e = B − b)
        cut = changes.part_start(m)
        own = [g for g in sent[: sent.index(m)] if g.fig.start - g.sent_start > cut]
        budget, spent = _budget_and_spending(own) if cut >= 0 else (None, None)
        against = regex.search(r"(?:与|较|比)([\p{Han}]{2,12}?)(?:相比|相较)", m.lead)
        if budget is None and spent is not None and against:
            # "实际完成投资557万元，与批复总投资相比，节约投资7万元": the budget its clause names, whatever came between
            budget = next((g for g in reversed(sent[: sent.index(m)]) if g.kind == "money"
                           and against.group(1) in compact(g.clause_lead) and g is not spent), None)
        if budget is None or spent is None:
            budget, spent = _budget_and_spending(sent[: sent.index(m)])
        if budget is not None and spent is not None:
            return [_rel("difference", "DIF001", m, terms=[[budget.fig.id, 1], [spent.fig.id, -1]], abs=True)]
        # "较年初预算节约0.57万元": the saving of the subject against its budget
        actual = _subject(sent, prev, m)
        if actual is None or actual is m:
            return []
        # (a saving compared with nothing named, "…实际采购规模为B。节约资金d", is against the budget)
        phrase = regex.sub(r"^.*?(?:较|比|与)", "", lead) if regex.search("较|比|与", lead) else ""
        budgets = _budget_of(actual, phrase, mentions, facts)
        if not budgets:
            return []
        first, *rest = budgets
        return [_rel("difference", "DIF001", m, terms=[[first.fig.id, 1], [actual.fig.id, -1]], abs=True,
                     alternatives=[{"terms": [[g.fig.id, 1], [actual.fig.id, -1]]} for g in rest])]
    if any(w in lead for w in c.difference.gap):
        return _gap(m, sent, prev, mentions)
    # (a total of its own closes what 加 adds too: "分配给…a，加上…结转…b，共C")
    if _any_total(m) and pats["plus"].search(m.upto):
        return _plus_total(m, sent, prev, mentions)
    if pats["closing_total"].search(lead.strip()) or (m is sent[0] and pats["closing_opener"].match(m.lead)) \
            or (pats["closing_named"].search(lead.strip()) and (m is not sent[0] or (len(sent) == 1 and m.upto == m.head))):
        return _closing_total(m, sent, prev, mentions)
    if (rest := pats["remainder"].search(lead)) is not None or (
            pats["remainder_lead"].search(lead) and (rest := pats["remainder_after"].match(m.after)) is not None):
        return _remainder(m, rest["verb"], sent)
    if pats["netted"].search(m.upto):  # "收支相抵，结转下年C": the total income less the total spending before it
        # (a balance over the years is no year's, unless its own sentence nets its income and spending into it, no
        # year's balance before it: "基金预算等收入A，当年基金预算等支出B，收支两抵，年终滚存结余C")
        own = any(g.kind == "money" and _flow(g.clause_lead) == "income" for g in sent[: sent.index(m)]) \
            and not any(pats["leftover"].search(g.clause_lead) for g in sent[: sent.index(m)])
        over_years = [w for w in c.difference.not_leftover if w in ("滚存", "累计", "历年") and w in lead]
        if m.depth or (over_years and not (own and over_years == ["滚存"])) \
                or pats["other_factors"].search(m.upto) or _listed(m):
            return []  # (a part of the balance, in brackets or listed, a balance carried over the years, is no year's;
            # nor one that says it holds other things too: "考虑收回结余资金等因素，收支相抵，期末余额C")
        # of its own paragraph's income and spending when it states both ("社会保险基金预算收入a，…支出b。收支
        # 相抵，本年收支结余c"), else of the totals of the paragraph before too
        found = (_income_less_spending(m, _earlier(m, mentions, m.paragraph), any_income=True)
                 or _income_less_spending(m, _earlier(m, mentions, m.paragraph - 1), totals_only=True))
        if (level := level_in(m.upto)) is not None:
            # (a balance its sentence says is one level's is none of another level's flows: "全国财政收入A…支出B…。
            # 其中，中央财政收支相抵，赤字C")
            by_id = {g.fig.id: g for g in mentions[: m.index]}
            found = [r for r in found if all(level_in(by_id[i].upto) in (None, level) for i, _ in r.data.terms if i in by_id)]
        if pats["deficit"].search(lead):  # a shortfall is the spending less the income
            def flipped(reading):
                return reading.model_copy(update={"terms": [(i, -sign) for i, sign in reading.terms]})
            found = [r.model_copy(update={"data": flipped(r.data).model_copy(
                update={"alternatives": [flipped(a) for a in r.data.alternatives]})}) for r in found]
        # (several amounts after the words share what is left: "收支相抵，安排预算稳定调节基金c1，专项结转下年c2" →
        # c1 = income − spending − c2, checked once, on the first)
        netted_at = pats["netted"].search(m.upto).end()
        shares = [g for g in sent if g.kind == "money" and g.depth == m.depth and g.fig.start - g.sent_start >= netted_at
                  and not _listed(g) and not any(w in g.clause_lead for w in ("滚存", "累计", "历年"))]
        if len(shares) > 1 and m in shares:
            others = [[g.fig.id, -1] for g in shares if g is not m]
            return [_rel(r.kind, r.rule, m, terms=[*map(list, r.data.terms), *others],
                         alternatives=[{"terms": [*map(list, a.terms), *others]} for a in r.data.alternatives])
                    for r in found] if m is shares[0] else []
        return found
    if pats["carried_out"].search(lead) and m.depth == 0 and not _listed(m, opening=True):
        # "收入总量A、支出总量B，结转下年C": of the totals of its own sentence only; or of the one income and the
        # one spending that are all its sentence states before it ("…公益金收入A，安排支出B，结转下年使用C")
        return _one_income_less_one_spending(m, sent[: sent.index(m)]) \
            or _income_less_spending(m, sent, totals_only=True, named_totals=True)
    if pats["leftover"].search(lead) and not any(w in lead for w in c.difference.not_leftover):
        if regex.search(c.difference.year_end, lead) and regex.search(c.difference.accumulating, regex.split("[；;]", m.upto)[-1]):
            return []  # (a social insurance fund's 年终结余 is held over the years)
        if "收支" in lead:  # "当年收支结余C": the income and the spending of its paragraph, nothing else
            # (since the balance stated before it: "…基金总收入A，…本年收支结余c。工伤保险基金收入B，…本年收支结余C")
            pool = [g for g in mentions[: m.index] if g.paragraph == m.paragraph]
            closed = max((k for k, g in enumerate(pool) if pats["leftover"].search(g.clause_lead)), default=-1)
            return _income_less_spending(m, pool[closed + 1 :], any_income=True)
        if _part_of_leftover(m, sent):
            # a part of a leftover is what is left of the parts listed of the income and the spending when it is the
            # list's one part; of a list of several (结余C，其中：统筹基金结余a，个人账户结余b), which parts, the text
            # does not say
            return _leftover_of_parts(m, sent) if _part_marker(m, c.sum.single_part_markers) and not any(
                _part_of_leftover(g, sent) for g in sent if g.index > m.index) else []
        # (or of its paragraph's income total and the spending of its own sentence: "…一般公共预算财力142.2亿元，…。
        # 安排支出139.1亿元，结余3.1亿元")
        # (not when its own sentence states income of its own, nor when it is one of the uses a spending total lists)
        before = [g for g in sent[: sent.index(m)] if g.kind == "money"]
        own_spending = [g for g in before if _flow(g.clause_lead) == "spending"] \
            if not any(_flow(g.clause_lead) == "income" for g in before) and not _listed(m) \
            and not cues()[1]["plus"].search(m.upto) else []
        # (or of the one income and the one spending its sentence states: "社保基金收入完成A，支出完成B，当年结余C")
        return _income_less_spending(m, sent) or _one_income_less_one_spending(m, sent[: sent.index(m)]) \
            or (own_spending and _income_less_spending(m, _earlier(m, mentions, m.paragraph), any_income=True)) \
            or _left_of_the_sentence_before(m, sent, mentions) or _leftover(m, mentions)
    if pats["adjusted"].search(lead):
        return _adjusted_budget(m, mentions)
    return _after_deductions(m, sent)


def _after_deductions(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"收入总计451227万元，减支出总计425533万元，财政滚存结余25694万元": a leftover right after a run of 减
    clauses is what is left of the amount before them (C = A − b − …), even one no year's leftover is
    (滚存结余); an amount named otherwise goes on the run ("减当年支出a，上解支出b…")."""
    minus = cues()[1]["minus"]
    if m.kind != "money" or not cues()[1]["leftover"].search(m.clause_lead) or minus.match(m.clause_lead):
        return []
    k = sent.index(m)
    j = k
    while j > 0 and sent[j - 1].kind == m.kind and sent[j - 1].depth == m.depth and minus.match(sent[j - 1].clause_lead):
        j -= 1
    if j == k or j == 0:
        return []
    whole = sent[j - 1]
    if whole.kind != m.kind or whole.depth != m.depth or _is_not_part(whole, cues()[0].sum):
        return []
    return [_rel("difference", "DIF001", m, terms=[[whole.fig.id, 1], *[[g.fig.id, -1] for g in sent[j:k]]])]


def _plus_total(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """"一般公共预算收入111.11万元…。加上补助、上年结转等1,756.37万元，收入总计1,867.48万元": the
    amounts after 加上 plus the amount the statement starts from — the first plain amount before
    加上 in the sentence, or of the sentence before when 加上 opens it; when that sentence goes on a
    list its paragraph opened (收入A。其中，税收a。非税收入b。加上…), of the sentence the list is of."""
    c, pats = cues()
    k = sent.index(m)
    # (after a total of its own, the 加 that counts is the first after it: "…，全县一般预算总收入A，加上年结余b，加调入
    # 资金c，收入总计C" → C = A + b + c)
    closed = next((g for g in reversed(sent[:k]) if _names_total(g) and g.kind == m.kind
                   and _flow(g.clause_lead) == _flow(m.clause_lead)), None)  # (not "收入总量A；加上…支出b，支出总量C")
    plus = pats["plus"].search(m.upto, closed.fig.end - closed.sent_start if closed is not None else 0) or pats["plus"].search(m.upto)
    before = [g for g in sent[:k] if g.fig.start - g.sent_start < plus.start()]
    # ("…，调出资金增加10,239万元，…": an amount added, compared with nothing, is added like the others)
    added = [g for g in sent[:k] if g not in before and g.kind == "money"
             and (not _is_not_part(g, c.sum) or _added_amount(g, sent))]
    if any(_any_total(g) for g in added):
        return []  # a total stated after 加上 already closed it (…收入合计A；支出合计B; …加b，共计c；支出合计B): B is another one
    # a breakdown of an added amount (其中：…, （含…）) is not added again
    # (nor what is enumerated with its first part: "…b，其中，上级补助收入b1、调入资金b2和…b3，债务收入d")
    # (and a breakdown whose items, whatever joins them, add up to the amount before it is that amount's all
    # along: "…债券收入78400万元，其中：新增债券15000万元，…债券20000万元，置换债券43400万元，收入合计C")
    inside, breakdown, run = [], False, []
    for k, g in enumerate(added):
        marked = _part_marker(g, c.sum.part_markers) is not None
        if marked:
            owner = inside[-1] if inside else None
            run = next((added[k : j + 1] for j in range(k + 1, len(added)) if owner is not None
                        and _adds_up(owner, added[k : j + 1])), [])
        breakdown = marked or (breakdown and (_enumerated(g) or g in run))
        if not breakdown and g.depth <= m.depth:
            inside.append(g)
    added = inside
    # "根据上述地方财政收入，加…": the words before 加 may name the amount added to
    said = pats["plus_named_prefix"].sub("", compact(sent[0].upto[: plus.start()]).strip("，,：:"))
    flow = _flow(said) if len(said) >= 4 else None
    named = [g for g in resolve(said, mentions, sent[0].index, min_score=0.8)
             if not _is_not_part(g, c.sum) and g.depth == 0 and _flow(g.clause_lead) in (None, flow)][:1] \
        if len(said) >= 4 and not before else []
    # (with the other stages its sentence gives it: "本级支出年初预算数为a，调整预算数为b，决算数为c。本级支出加…，支出总计C")
    named += [h for h in mentions[named[0].index + 1 : named[0].index + 4] if h.sentence == named[0].sentence
              and h.kind == "money" and h.depth == 0 and _stage(h.clause_lead) is not None] if named else []
    # (after numbered items, an unnumbered paragraph adds to what they break down, not to the last item)
    items = _before_the_items(sent[0], mentions) if not before and not named and _past_the_items(sent[0], mentions) else []
    flows = {_flow(g.clause_lead) for g in prev if g.kind == "money"}
    if not (before or named or items) and flow and flow not in flows and flows - {None}:
        return []  # "收入…，预计总财力A。一般公共预算支出，加上…b，支出共计C": what it adds to is named, and of another flow
    pool = before or named or items or _listed_whole(sent, mentions) or prev
    # (nor a value adjusted from: "收入由A调整为B，其中…；加上转移性收入c后，可用资金为C" → C = B + c)
    plain = [g for g in pool if g.kind == "money" and not _is_not_part(g, c.sum) and g.depth == 0 and not _listed(g)
             and not changes.is_value_before(g, pool)]
    if not plain or not added:
        return []
    base, *others = [closed, *(g for g in plain if g is not closed)] if closed is not None else plain
    # "总收入A，其中地方收入B；加上级补助…，收入合计C": the part right before 加 may be what is added to;
    # from a sentence before, any of its first amounts ("收入预算数A，决算数B，…。加上…，收入总量C": B)
    last = next((g for g in reversed(before) if g.kind == "money" and not _is_not_part(g, c.sum) and g.depth == 0), None)
    # (or its last one: "…扣减…1亿元，当年本级一般公共预算财力151.4亿元。加上…19.41亿元和…2.68亿元，年度可用财力C")
    starts = ([last] if last not in (None, base) else []) + ([] if before else others[:2] + [g for g in others[-1:] if g not in others[:2]])
    # "…加上a、b；减去调出资金c，…总计C": what follows 减去/扣除 is taken off (C = A + a + b − c)
    def sign(g: Mention) -> int:
        tail = g.upto[plus.start():]
        cut = max((h.end() for h in pats["taken_off"].finditer(tail)), default=-1)
        return -1 if cut >= 0 and not pats["plus"].search(tail[cut:]) else 1

    so_far = next((g for g in reversed(added[:-1]) if pats["plus_so_far"].match(g.lead)), None)
    if so_far is not None:  # C = S + c, and S = A + b
        upto = [[g.fig.id, sign(g)] for g in added[: added.index(so_far)]]
        return [_rel("sum", "SUM001", m, terms=[[so_far.fig.id, 1]] + [[g.fig.id, sign(g)] for g in added[added.index(so_far) + 1 :]]),
                _rel("sum", "SUM001", so_far, terms=[[base.fig.id, 1]] + upto,
                     alternatives=[{"terms": [[x.fig.id, 1]] + upto} for x in starts])]
    terms = [[g.fig.id, sign(g)] for g in added]
    readings = [{"terms": [[x.fig.id, 1]] + terms} for x in starts]
    if before and len(plain) > 1:
        # "县本级财政收入A，动用预算稳定调节基金b，加上级补助收入c，可用财力为C": every amount before 加 is added to,
        # a spending among them taken off ("…调入资金d，上解支出e，加上年结转f，可用资金C" → C = A + … + d − e + f)
        signed = [[g.fig.id, -1 if _flow(g.clause_lead) == "spending" else 1] for g in plain]
        readings.append({"terms": signed + terms})
        # (from the first amount of the sentence before: "全区完成一般公共预算收入A，…。上级转移支付收入b，…，上解支出e，
        # 加上年结转f，可用资金C")
        first = next((g for g in prev if g.kind == "money" and g.depth == 0 and not _is_not_part(g, c.sum)
                      and g.paragraph == m.paragraph), None)
        if first is not None:
            readings.append({"terms": [[first.fig.id, 1]] + signed + terms})
    # (and the amounts of 加's own ；-part, past a list the whole opened: "本年基金收入A，其中：…a1，…a2；上级补助收入b，
    # 加上年结余d，收入合计C" → C = A + b + d)
    cut = max(m.upto.rfind(x, 0, plus.start()) for x in "；;")
    own = [g for g in before if g.kind == "money" and g.depth == 0 and g is not base and g.fig.start - g.sent_start > cut >= 0
           and not _is_not_part(g, c.sum)]
    if own:
        readings.append({"terms": [[base.fig.id, 1]] + [[g.fig.id, 1] for g in own] + terms})
    return [_rel("sum", "SUM001", m, terms=[[base.fig.id, 1]] + terms, alternatives=readings)]


def _remainder(m: Mention, verb: str, sent: list[Mention]) -> list[Relation]:
    """"问题资金A，…整改到位资金B，…未整改资金C": the whole (the sentence's first amount) is what
    was done (named by the same verb, before C) plus what was not."""
    before = [g for g in sent[: sent.index(m)] if g.kind == m.kind and not _is_not_part(g, cues()[0].sum)]
    done = next((g for g in reversed(before) if verb in g.clause_lead and "未" not in g.clause_lead), None)
    if done is None or before[0] is done or verb in before[0].clause_lead:
        return []
    return [_rel("sum", "SUM001", before[0], terms=[[done.fig.id, 1], [m.fig.id, 1]])]


def _closing_total(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """"A a，以及B b，合计C": C is the sum of the plain amounts before it in its sentence — unless
    one of them opens or belongs to a list of its own (then which ones add up is not said). A
    sentence opening with the total word closes the sentence before ("…项目a；…项目b。共计下达C"), one counting
    its items the last as many amounts of its paragraph ("…入库a。此外，…还包括…b。两项合计，…为C")."""
    c = cues()[0].sum
    before = sent[: sent.index(m)]
    counted = cues()[1]["closing_opener"].match(m.lead) if not before else None
    told = counted is not None and counted.group("count") is not None  # (两项合计 says which amounts it adds up)
    if told:
        n = int(parse_chinese(counted.group("count")))
        earlier = [g for g in _earlier(m, mentions, m.paragraph) if g.kind == "money" and g.depth == 0 and not _is_not_part(g, c)]
        before = earlier[-n:] if len(earlier) >= n else []
    elif not before and prev and prev[-1].paragraph == m.paragraph:
        before = prev
    if _named_total_only(m):
        # "…可统筹使用福彩公益金合计C" closes the amounts of its own ；-part only, and not when its clause names what it
        # adds up ("进口货物增值税、消费税和关税合计C", "拉动汽车家电家装等消费合计C")
        if regex.search(r"[、和及等]", m.listing_lead):
            return []
        # (nor an amount that qualifies a class: "对年投入100万元的贫困村每村分红2万元")
        before = [g for g in before if g.fig.start - g.sent_start > changes.part_start(m) and not regex.match(r"的\p{Han}", g.after)]
    # (not the budget inside a completion rate: "收入463万元，完成预算数463万元的100%，…；上级补助收入17万元；…，收入合计835万元")
    parts = [g for g in before if g.kind == "money" and not _is_not_part(g, c) and g.depth == 0 and not _completion_base(g, sent)]
    # (a list inside brackets breaks down its amount only: "a（其中建筑工程a1），b（其中…），合计C")
    # (a list marker on the first amount only opens the very list the total closes: "。其中a，b，c，合计C";
    # not a list of uses, whose items may total their own: "主要用于：…a；聘请养护工90余人合计b")
    # (nor is a total that goes on to an enumeration of its own: "共计拨付上级…资金a、县级…资金b")
    # (a total counting its items adds them up whatever lists they stand in)
    if len(parts) < 2 or regex.match(r"\s*、", m.after) \
            or (not told and any(_part_marker(g, c.part_markers) for g in before[1:] if g.depth == 0)) \
            or (not told and (marker := _part_marker(before[0], c.part_markers)) and (before[0] is not sent[0] or _says_use(marker, c))) \
            or any(_any_total(g) or _other_flow(m.clause_lead, g.clause_lead) for g in parts):
        return []  # (nor a total of another flow: "收入合计A，加b，共计c；本年支出合计C" adds up no income)
    # "…，支出合计C" may add up what an earlier sentence began ("收入A。上年结余b，补助c，收入合计C"):
    # then the amounts of this one are only some of its parts
    partial = cues()[1]["closing_flow"].match(m.clause_lead) is not None \
        or cues()[1]["flow_total"].search(m.clause_lead) is not None or _named_total_only(m)
    # "区级财政支出共计173.32亿元。另外用于置换存量债务22亿元，…22.14亿元，共计217.46亿元": a sentence opening with
    # 另外/此外 goes on from the one before, whose amounts its total may add up too
    went_on = [g for g in prev if g.paragraph == m.paragraph and g.kind == "money" and g.depth == 0 and not _is_not_part(g, c)] \
        if before and before[0] is sent[0] and regex.match(c.besides, sent[0].lead.lstrip("，, ")) else []
    return [_rel("sum", "SUM001", m, terms=[[g.fig.id, 1] for g in parts], at_most=partial,
                 **({"alternatives": [{"terms": [[g.fig.id, 1] for g in went_on + parts]}]} if went_on else {}))]


def _named_total_only(m: Mention) -> bool:
    """Whether m's clause is a name ending in 合计/共计/总计 (…公益金合计C) and no total word alone, no 收入/支出 total,
    no 总量 nor 构成: a total of its own ；-part, no less than its amounts."""
    lead = m.clause_lead.strip()
    pats = cues()[1]
    return pats["closing_named"].search(lead) is not None and not pats["closing_total"].search(lead) \
        and not pats["flow_total"].search(lead) and not regex.search("总量|构成", lead)


def _listed_whole(sent: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The sentence before the last sentence of the paragraph (before `sent`) that opens a list (其中，…)."""
    c = cues()[0].sum
    earlier = [g for g in mentions[: sent[0].index] if g.paragraph == sent[0].paragraph]
    openers = [g for g in earlier if g.lead == g.upto and _part_marker(g, c.part_markers)]
    if not openers or openers[-1].sentence < sent[0].sentence - 2:
        return []  # (a list two sentences back at most: the sentence before goes on with it)
    return [g for g in earlier if g.sentence == openers[-1].sentence - 1]


def _income_less_spending(m: Mention, pool: list[Mention], totals_only: bool = False,
                          any_income: bool = False, named_totals: bool = False) -> list[Relation]:
    """"…收入合计42.5亿元，支出19.43亿元，年终结余23.07亿元": what is left is the total income stated
    before it (in `pool`, its sentence or paragraphs; with `any_income`, the income named no total
    too) less the spending stated after that: the total spending if one is named (总支出), else the
    latest spending (unless `totals_only`). What was brought in (上年结转) after the income adds, what
    was taken back (收回, 调减) takes away."""
    before = [g for g in pool if g.index < m.index and g.kind == "money" and not _is_not_part(g, cues()[0].sum)]
    income = next((g for g in reversed(before) if _any_total(g) and _total_flow(g) == "income"), None)
    if income is None and any_income:  # (what a list breaks down, not one of its parts)
        # (a flow after the list of another one is none of its parts: "基金收入A，其中保险费收入a…；支出B")
        opener = {}
        for g in before:
            opener.setdefault(g.sentence, g)
        before = [g for g in before if not _listed(g, opening=True) or _other_flow(opener[g.sentence].clause_lead, g.clause_lead)]
        income = next((g for g in reversed(before) if _flow(g.clause_lead) == "income"
                       and _stage(g.clause_lead) != "budget"), None)
    minus = next((g for g in before if income and g.index > income.index and cues()[1]["minus"].match(g.clause_lead)), None)
    if minus is not None:  # "…；减b，c，d，结余C": the whole run after 减 is taken off
        taken = [g for g in before if g.index >= minus.index and g.sentence == minus.sentence and g.depth == minus.depth]
        carried = [g for g in before if income.index < g.index < minus.index and cues()[1]["carried_in"].search(g.clause_lead)]
        return [_rel("difference", "DIF001", m, terms=[[income.fig.id, 1], *[[g.fig.id, 1] for g in carried],
                                                       *[[g.fig.id, -1] for g in taken]])]
    spending = [g for g in before if income and g.index > income.index
                and (_total_flow(g) if _any_total(g) else _flow(g.clause_lead)) == "spending"]
    spent = next((g for g in reversed(spending) if _any_total(g)), None)
    if named_totals and (spent is None or spent is not spending[-1]):
        return []  # (the last spending before it must be the total: "支出总计B，其中…结转下年c" is a part of B)
    # "收入总量A、支出a、上解上级支出b、债务还本支出c，年终结余C": with no total spending named, the
    # spendings after the income, outside any list, may all be taken off (or the latest one only)
    run = [g for g in spending if g.depth == m.depth and _same_period(g, m)]
    if spent is None and len(run) > 1 and run[-1] is spending[-1] and not totals_only \
            and not any(_part_marker(g, cues()[0].sum.part_markers) for g in run):
        return [_rel("difference", "DIF001", m, terms=[[income.fig.id, 1], *[[g.fig.id, -1] for g in run]],
                     alternatives=[{"terms": [[income.fig.id, 1], [run[-1].fig.id, -1]]}])]
    if spent is None and spending and not totals_only:
        spent = spending[-1]
    if income is None or spent is None:
        return []
    # money brought in from the year before, named between the income and the spending
    d = cues()[0].difference
    # (not one listed as a part of the income or the spending: "收入总计A，其中：…上年结余b…" holds it already,
    # and so does a list opening the sentence after it: "收入总量A。其中，地方收入a；…上年结转等b。")
    def listed_in(g: Mention) -> bool:
        return (_listed(g) and g.sentence in (income.sentence, spent.sentence)) \
            or (_listed(g, opening=True) and g.sentence - 1 in (income.sentence, spent.sentence))

    # (after the spending too: "收入总计A，支出总计B，上年结转c，年终结余C" is A + c − B)
    carried = [g for g in before if g.index > income.index and g is not spent and regex.search(d.carried_in, g.clause_lead)
               and not listed_in(g)]
    taken = [g for g in before if g.index > income.index and g is not spent and any(w in g.clause_lead for w in d.cut)
             and not listed_in(g)]
    return [_rel("difference", "DIF001", m, terms=[[income.fig.id, 1], *[[g.fig.id, 1] for g in carried],
                                                   [spent.fig.id, -1], *[[g.fig.id, -1] for g in taken]])]


def _part_of_leftover(m: Mention, sent: list[Mention]) -> bool:
    """Whether m is a leftover listed after a leftover of its sentence ("当年结余C，其中：统筹基金结余a，…")."""
    pats = cues()[1]
    whole = next((g for g in sent if g.index < m.index and g.kind == "money" and pats["leftover"].search(g.clause_lead)
                  and any(w in g.after for w in cues()[0].sum.part_markers)), None)  # (its list opened right after it)
    return whole is not None and pats["leftover"].search(m.clause_lead) is not None


def _leftover_of_parts(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"总收入A，其中财政拨款收入a；总支出B，其中财政拨款支出b；结余C，其中财政结余c": a leftover listed
    as a part of the leftover is what is left of the parts listed of the income and the spending,
    c = a − b (not A − B), when the sentence lists one of each."""
    c = cues()[0].sum
    listed = [g for g in sent[: sent.index(m)] if g.kind == "money" and _part_marker(g, c.single_part_markers)
              and not _is_not_part(g, c)]
    income = [g for g in listed if _flow(g.clause_lead) == "income"]
    spent = [g for g in listed if _flow(g.clause_lead) == "spending"]
    if len(income) != 1 or len(spent) != 1 or spent[0].index < income[0].index:
        return []
    return [_rel("difference", "DIF001", m, terms=[[income[0].fig.id, 1], [spent[0].fig.id, -1]])]


def _left_of_the_sentence_before(m: Mention, sent: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """"全年共发生财政预算支出3846万元，与财政预算总收入3988万元相抵。本年度结余142万元": a leftover opening
    its sentence is the one income less the one spending that are all the sentence before it states."""
    if any(g.kind == "money" for g in sent[: sent.index(m)]):
        return []
    return _one_income_less_one_spending(m, [g for g in mentions[: sent[0].index]
                                             if g.sentence == m.sentence - 1 and g.paragraph == m.paragraph])


def _one_income_less_one_spending(m: Mention, pool: list[Mention]) -> list[Relation]:
    """m = the income less the spending, when those two are all the money `pool` states ("…公益金收入A，
    安排支出B，结转下年使用C")."""
    money = [g for g in pool if g.kind == "money"]
    flows = {_flow(g.clause_lead): g for g in money}
    if len(money) != 2 or set(flows) != {"income", "spending"} or any(_is_not_part(g, cues()[0].sum) or g.depth for g in money):
        return []
    return [_rel("difference", "DIF001", m, terms=[[flows["income"].fig.id, 1], [flows["spending"].fig.id, -1]])]


def _leftover(m: Mention, mentions: list[Mention]) -> list[Relation]:
    """"项目实际支出873.45万元…项目结余资金26.55万元": what the project had (a budget or the funds
    received, stated in the last few paragraphs) less the latest amount it spent;
    every such budget is a reading."""
    # (within its numbered item: "2.…已发放3万元…" is no spending of "4.…下达31.9万元…剩余15.95万元")
    before = [g for g in _earlier(m, mentions, max(m.paragraph - 3, _item_paragraph(m, mentions))) if g.kind == "money"
              and not _is_not_part(g, cues()[0].sum)]
    if _listed(m, opening=True):  # "其中：A批复指标a，已用指标b，预算结余c；…": of its own part of the list
        cut = max(m.upto.rfind("；"), m.upto.rfind(";"), m.upto.rfind("："), m.upto.rfind(":"))
        own = [g for g in before if g.sentence == m.sentence and g.fig.start - g.sent_start > cut]
        spent = next((g for g in reversed(own) if _stage(g.clause_lead) == "actual"), None)
        had = next((g for g in reversed(own) if spent is not None and g.index < spent.index
                    and _stage(g.clause_lead) == "budget"), None)
        return [_rel("difference", "DIF001", m, terms=[[had.fig.id, 1], [spent.fig.id, -1]])] if had else []
    spent = next((g for g in reversed(before) if _stage(g.clause_lead) == "actual" and _flow(g.clause_lead) != "income"
                  and category(g.clause_lead) != "balance" and not any(w in g.upto for w in cues()[0].sum.part_markers)), None)
    if spent is None:
        return []  # (revenue collected, 完成…收入, is nothing spent; nor is a leftover: "预算执行结余a")
    had = [g for g in reversed(before) if g.index < spent.index and _stage(g.clause_lead) == "budget"
           and not any(w in g.upto for w in cues()[0].sum.part_markers)][:3]
    if not had:
        return []
    given = [[g] for g in had]
    together = [g for g in had if g.sentence == had[0].sentence]
    if len(together) > 1:  # "下达…4万元、…下达…0.5万元。…已发放3万元，结余1.5万元": what one sentence gave, together
        given.append(together)
    # (a budget overspent leaves nothing: "预算支出1750000万元。…实际支出1801205万元…。预算执行结余10656万元" is what the
    # revenue left, not the budget)
    given = [gs for gs in given if sum(_amount(g) for g in gs) >= _amount(spent)]
    if not given:
        return []
    first, *rest = [{"terms": [*[[g.fig.id, 1] for g in gs], [spent.fig.id, -1]]} for gs in given]
    return [_rel("difference", "DIF001", m, **first, alternatives=rest)]


def _item_paragraph(m: Mention, mentions: list[Mention]) -> int:
    """The paragraph m's numbered item begins with when m's own paragraph opens with a number ("4.根据…"),
    else -1."""
    j = m.index
    while j > 0 and mentions[j - 1].paragraph == m.paragraph:
        j -= 1
    first = mentions[j]
    return m.paragraph if without_numbering(first.head) != first.head.lstrip() else -1


def _adjusted_budget(m: Mention, mentions: list[Mention]) -> list[Relation]:
    """"年初预算资金860.00万元…年中调整追加40.00万元，全年预算900.00万元": the adjusted budget is the
    initial one plus what was added, less what was cut, all stated in its paragraph; a carry-over
    stated there may be part of it or not (both are readings)."""
    c = cues()[0]
    before = [g for g in _earlier(m, mentions, m.paragraph) if g.kind == "money"]
    initial = [g for g in before if "年初" in g.clause_lead and _stage(g.clause_lead) == "budget"
               and not any(w in g.upto for w in c.sum.part_markers)]
    added = [g for g in before if any(w in g.clause_lead for w in c.difference.added)]
    cut = [g for g in before if any(w in g.clause_lead for w in c.difference.cut)]
    carried = [g for g in before if "结转" in g.clause_lead and g not in added + cut]
    if len(initial) != 1 or not added:
        return []
    terms = [[initial[0].fig.id, 1]] + [[g.fig.id, 1] for g in added] + [[g.fig.id, -1] for g in cut]
    return [_rel("difference", "DIF001", m, terms=terms,
                 alternatives=[{"terms": terms + [[g.fig.id, 1] for g in carried]}] if carried else [])]


def _rate_times_count(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"补贴5人，每人每年2520元，共发放12600元": a rate per head is the total over the count of those
    heads, all three in one sentence (the count before the rate, the total after it)."""
    c, pats = cues()
    rate = pats["rate_per"].search(m.clause_lead)
    if rate is None:
        return []
    k = sent.index(m)
    total = next((g for g in sent[k + 1:] if g.kind == "money" and pats["rate_total"].search(g.clause_lead)), None)
    units = c.average.per_units.get(rate.group("per"), [])
    count = next((g for g in reversed(sent[:k]) if g.kind == "count" and g.fig.unit in units and not g.fig.approx), None)
    if total is None or count is None:
        return []
    return [_rel("ratio", "AVG001", m, num=[[total.fig.id, 1]], den=[[count.fig.id, 1]], scale=1)]


def _saving_rate(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention],
                 facts: FactIndex) -> list[Relation]:
    """节约比为p%: (budget − actual) / budget, from the primary figures (a wrong stated saving must not
    make a wrong rate look right)."""
    k = sent.index(m)
    saving = next((g for g in reversed(sent[:k]) if g.kind == "money"), None)
    budget, spent = _budget_and_spending([g for g in sent[:k] if g is not saving])
    if budget is not None and spent is not None:
        return [_rel("ratio", "PCT002", m, num=[[budget.fig.id, 1], [spent.fig.id, -1]], den=[[budget.fig.id, 1]], abs=True)]
    if budget is not None and saving is not None:
        return [_rel("ratio", "PCT002", m, num=[[saving.fig.id, 1]], den=[[budget.fig.id, 1]], abs=True)]
    actual = _subject(sent, prev, saving or m)
    if actual is None or actual is saving or _stage(actual.clause_lead) == "budget" or _flow(actual.clause_lead) == "income":
        return []  # (nothing is saved of an income: "…一般公共预算收入10246亿元…。…节约资金8亿元，节约率16.4%")
    budgets = _budget_of(actual, "预算", mentions, facts)
    if not budgets:
        # "A为5.43万元，较年初预算节约0.57万元，节约9.5%": the budget is the actual plus the saving
        c = cues()[0].difference
        if saving is None or saving.kind != "money" or not any(w in plan_words(saving.clause_lead) for w in c.saving + c.overspend):
            return []
        sign = 1 if any(w in plan_words(saving.clause_lead) for w in c.saving) else -1
        # (or over an amount of the sentence, the subject too, a budget named otherwise: "政府采购预算执行A，实际采购金额B，
        # 节约资金d，节约率为p%" — d ÷ A)
        # (or over the subject itself when neither names a stage: "政府采购金额0.75亿元，节约资金590万元，节约率8%" may
        # have saved 590万元 of a 0.75亿元 budget)
        said = saving.upto[actual.fig.end - saving.sent_start :] if actual.sentence == saving.sentence else saving.clause_lead
        either = _stage(actual.clause_lead or actual.lead) is None and not names_budget(said)
        named = [g for g in sent[: sent.index(saving)] if g.kind == "money" and g.depth == saving.depth
                 and not _is_not_part(g, cues()[0].sum) and (g is not actual or either or names_budget(g.clause_lead or g.lead))]
        return [_rel("ratio", "PCT002", m, num=[[saving.fig.id, 1]], den=[[actual.fig.id, 1], [saving.fig.id, sign]], abs=True,
                     alternatives=[{"num": [[saving.fig.id, 1]], "den": [[g.fig.id, 1]]} for g in named])]
    first, *rest = budgets

    def formula(b: Mention) -> dict:
        return {"num": [[b.fig.id, 1], [actual.fig.id, -1]], "den": [[b.fig.id, 1]]}

    return [_rel("ratio", "PCT002", m, **formula(first), abs=True, alternatives=[formula(g) for g in rest])]


def _budget_and_spending(before: list[Mention]) -> tuple[Mention | None, Mention | None]:
    """The latest budget and the latest actual amount of a sentence before a saving or its rate
    ("预算8.50万元，实际支出6.12万元，节约2.38万元，节约率28.00%"): the primary figures it derives from."""
    d = cues()[0].difference  # (an overspend named against the budget, 超出预算金额a, is no budget)
    stated = [g for g in before if g.kind == "money" and not _is_not_part(g, cues()[0].sum)
              and not any(w in plan_words(g.clause_lead) for w in d.saving + d.overspend)]
    budget = next((g for g in reversed(stated) if _stage(g.clause_lead) == "budget"), None)
    spent = next((g for g in reversed(stated) if _stage(g.clause_lead) == "actual"), None)
    if spent is None and budget is not None:
        # "预算20.00万元，全年支出17.45万元，节约2.55万元": spending named without a stage, after the
        # budget; or revenue, before it ("收入A，完成年度收入计划B的p%，超收d")
        spent = next((g for g in reversed(stated) if g.index > budget.index and _stage(g.clause_lead) is None
                      and category(g.clause_lead) == "spending"), None) \
            or next((g for g in stated if g.index < budget.index and _stage(g.clause_lead) is None
                     and category(g.clause_lead) == "income"), None)
    return budget, spent


def _gap(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """收支差额: |income − spending| of the same paragraph; "A与B对比…X差异d": X(A) − X(B)."""
    lead = m.lead
    # the income may stand a subheading before the spending ("（一）收入情况 … （二）支出情况 … 收支差额")
    pool = [g for g in _earlier(m, mentions, m.paragraph - 2) if g.kind == "money"]
    if "收支" in lead:
        if regex.search(cues()[0].sum.offset, m.clause_lead):
            return []  # what makes up a gap ("结余C，其中…，用事业基金弥补收支差额d") is no gap of the totals
        pool = [g for g in pool if not any(w in g.clause_lead for w in cues()[0].sum.part_markers) and not _listed(g, opening=True)]
        inc = [g for g in pool if category(g.clause_lead) == "income"][-2:]
        out = [g for g in pool if category(g.clause_lead) == "spending"][-2:]
        options = [{"terms": [[i.fig.id, 1], [o.fig.id, -1]]} for i in reversed(inc) for o in reversed(out)]
        if not options:
            return []
        first, *rest = options
        return [_rel("difference", "DIF001", m, **first, abs=True, alternatives=rest)]
    compare = regex.search(r"(?P<a>[\p{Han}]{1,8}?)(?:数)?与(?P<b>[\p{Han}]{1,10}?)(?:数|指标)?(?:对比|相比|比较)", m.head + m.lead)
    if not compare:
        return _gap_of_pair(m, sent)
    subject = regex.sub(r".*(?:对比|相比|比较)[，,]?", "", m.clause_lead)
    subject = regex.sub(r"(?:其中|差异|差额|差距|的)", "", subject).strip("，,；; ")
    if not subject:
        return []
    a_side = _named(subject, compare.group("a"), m, mentions)
    b_side = _named(subject, compare.group("b"), m, mentions) or _named_after(subject, compare.group("b"), m, mentions)
    if not a_side or not b_side:
        return []
    options = [{"terms": [[a.fig.id, 1], [b.fig.id, -1]]} for a in a_side for b in b_side if a is not b]
    if not options:
        return []
    first, *rest = options
    return [_rel("difference", "DIF001", m, **first, abs=True, alternatives=rest)]


def _gap_of_pair(m: Mention, sent: list[Mention]) -> list[Relation]:
    """"…支出2.05万元，年初预算为2.95万元，差值为0.9万元": a gap standing alone in its clause is
    between the two amounts right before it in its part of the sentence, one of them budgeted."""
    k = sent.index(m)
    if k < 2 or not regex.match(cues()[0].difference.gap_alone, compact(m.clause_lead)):
        return []
    a, b = sent[k - 2], sent[k - 1]
    if regex.search("[；;]", b.lead + m.lead) or not (a.kind == b.kind == "money") \
            or sorted([_stage(a.clause_lead) == "budget", _stage(b.clause_lead) == "budget"]) != [False, True]:
        return []
    return [_rel("difference", "DIF001", m, terms=[[a.fig.id, 1], [b.fig.id, -1]], abs=True)]


def _named(subject: str, stage: str, m: Mention, mentions: list[Mention]) -> list[Mention]:
    """Mentions before m, in its part of the report (its top-level section), that name both the
    subject (基本支出) and the stage (决算 / 年初预算); the nearest two."""
    out = []
    for j in range(m.index - 1, -1, -1):
        g = mentions[j]
        if g.part != m.part:
            break  # the part began: what stands before belongs to another part of the report
        if g.kind != "money":
            continue
        name = g.head + g.clause_lead if g.head and g is not None else g.clause_lead
        if similarity(subject, g.clause_lead) >= 0.8 and similarity(stage, name) >= 0.5 and not any(
            w in g.clause_lead for w in ("差异", "差额", "其中")
        ):
            out.append(g)
            if len(out) == 2:
                break
    return out


def _named_after(subject: str, stage: str, m: Mention, mentions: list[Mention]) -> list[Mention]:
    """The amount of the subject at that stage in the explanation that follows a difference in its
    sentence ("商品服务支出差异41.78万元，主要原因是：年初只安排了…商品和服务支出预算2万元")."""
    for g in mentions[m.index + 1 :]:
        if g.sentence != m.sentence or _difference_word(g):
            break  # the next difference: its explanation is its own
        if g.kind == "money" and similarity(subject, g.clause_lead) >= 0.8 and similarity(stage, g.clause_lead) >= 0.5:
            return [g]
    return []


def _earlier(m: Mention, mentions: list[Mention], first_paragraph: int) -> list[Mention]:
    """The mentions before m from paragraph `first_paragraph` on, in document order (mentions are in
    document order, so the walk back stops where the paragraphs begin instead of reading them all)."""
    j = m.index
    while j > 0 and mentions[j - 1].paragraph >= first_paragraph:
        j -= 1
    return mentions[j : m.index]


# --------------------------------------------------------------------------- averages


def _counted_here(m: Mention, sent: list[Mention]) -> bool:
    """Whether a per-unit amount (户均a, 人均a) follows a count of that unit in its own sentence ("惠及2522户，
    户均1530元"): then it is that sentence's total over that count, like 平均每户."""
    per_units = cues()[0].average.per_units
    per = regex.search(f"({'|'.join(per_units)})均", m.clause_lead)
    units = per_units[per.group(1)] if per else []
    return any(g.kind == "count" and g.fig.unit in units for g in sent[: sent.index(m)])


def _average(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention]) -> list[Relation]:
    k = sent.index(m)
    c = cues()[0].sum  # the total is an amount, not a saving or change stated of it, nor one per unit
    # ("平均每个村有资产885.54万元，负债246.07万元；…平均每个村收入61.72万元": 246.07 is per village too)
    # (a change divided as its own name says: "增加安排385.8万元，惠及2522户，户均增加安排1530元")
    named = cues()[1]["average"].sub("", m.clause_lead, count=1)
    # (from the sentence before, an amount of what the average names: "…利润总额1708.72亿元。…在岗职工840764人，平均
    # 工资13.34万元" divides no profit)
    what = regex.sub(r"[^\p{Han}]|[为是达]$", "", named)
    def per_unit(g: Mention) -> bool:  # (said since the last count before g: "…村均年增收a，带动…419人…，分红总额b" — b is no average)
        since = max((x.fig.end - x.sent_start for x in sent[: sent.index(g)] if x.kind == "count"), default=0)
        return any(w in _last_part(g.upto[since:]) for w in c.per_unit)

    total = next((g for g in reversed(sent[:k]) if g.kind == "money" and (not _is_not_part(g, c) or (
                      named and (g.clause_lead == named or (len(named) >= 2 and compact(g.clause_lead).endswith(compact(named))))))
                  and not per_unit(g)), None) or next(
        (g for g in reversed(prev) if g.kind == "money" and not _is_not_part(g, c) and g.paragraph == m.paragraph
         and (len(what) < 2 or similarity(what, g.clause_lead) > 0)), None)
    if total is None:  # "补贴面积679160亩，平均每亩补贴64.67元，补贴金额4392万元": the total said after the average
        total = next((g for g in sent[k + 1 :] if g.kind == "money" and regex.search(r"金额|总额|合计|共计|总计", g.clause_lead)
                      and not _is_not_part(g, c)), None)
    if total is None or m.fig.high is not None:
        return []  # a range (稳定在3500-5000元) states no one average
    if any(w in m.clause_lead for w in cues()[0].average.not_computed) or regex.match(r"\s*/", m.after):
        # a standard set by policy (平均标准), averages given part by part (每人次平均救助水平分别为a和b),
        # or one per period (540.6元/人·月) is no total divided by a count of the sentence
        return []
    if "人均" in m.clause_lead and any(g.kind == "count" and g.fig.unit == "人次" for g in sent[:k]):
        return []  # "救助23445人次，支出652.45万元，年人均救助水平328.05元": people counted as visits; how many is unsaid
    if (nearest := next((g for g in reversed(sent[:k]) if g.kind == "count"), None)) is not None and nearest.fig.approx:
        return []  # "吸纳174万余名…就业，发放劳务报酬234.7亿元，人均增收1.3万元": how many, the sentence says roughly
    per = cues()[1]["average"].search(m.clause_lead).group("per")
    # the count stands in this paragraph or the one before, passing over a subheading without figures
    # ("实有车辆2辆…" / "（1）公务车运行维护费" / "…平均每台车的运行费用为2.72万元")
    first = m.paragraph - 1
    if not any(g.paragraph == first for g in _earlier(m, mentions, first)):
        first -= 1
    counts = [g for g in reversed(_earlier(m, mentions, first)) if g.kind == "count"
              and g.fig.unit != "分" and (not per or similarity(per[-1:], g.lead + g.fig.unit) > 0 or per[:1] in "台辆个人户名")]
    counts = [g for g in counts if not g.fig.approx][:4]
    # (per visit, "平均每门诊人次收费307元", divides by visits only, not by the 10家 hospitals)
    if (visits := regex.search(r"每[\p{Han}]{0,6}?(人次|户次|批次|场次|架次|车次)", m.clause_lead)) is not None:
        counts = [g for g in counts if g.fig.unit == visits.group(1)]
    if not regex.search(r"每|(?<!平)均", m.clause_lead):
        # an average per nothing named ("全省县级财政收入平均为8000万元") divides no count of another paragraph
        counts = [g for g in counts if g.paragraph == m.paragraph]
    if not counts:
        return []
    first, *rest = counts
    return [_rel("ratio", "AVG001", m, num=[[total.fig.id, 1]], den=[[first.fig.id, 1]], scale=1,
                 alternatives=[{"num": [[total.fig.id, 1]], "den": [[g.fig.id, 1]]} for g in rest])]


# --------------------------------------------------------------------------- direction words


def _directions(doc, mentions: list[Mention]) -> list[Relation]:
    """"决算数小于全年预算数": the latest actual and budget figures of the paragraph before the words."""
    c, pats = cues()
    stages = c.stages
    by_paragraph: dict[int, list[Mention]] = {}
    for m in mentions:
        by_paragraph.setdefault(m.paragraph, []).append(m)
    out = []
    for b in doc.blocks:
        if b.kind == "table":
            continue
        for hit in pats["direction"].finditer(b.text):
            pos = b.start + hit.start()
            before = [m for m in by_paragraph.get(b.index, []) if m.fig.end <= pos and m.kind == "money"]
            actual = [m for m in before if any(w in m.clause_lead for w in stages.actual)]
            # what the words compare is the whole, not the last part of a list that broke it down
            actual = ([m for m in actual if not _listed(m, opening=True)] or actual)[-1:]
            budget_word = hit.group("b") or hit.group("b2") or "预算"
            budgets = [m for m in before if similarity(budget_word, m.clause_lead) >= 0.5
                       and names_budget(m.clause_lead)]
            budgets = ([m for m in budgets if not _listed(m, opening=True)] or budgets)[-2:]
            if not actual or not budgets:
                continue
            word = hit.group("word") or hit.group("eq")
            op = "<" if word in c.direction.less else ">" if word in c.direction.more else "="
            a = actual[0]
            first, *rest = budgets[::-1]
            out.append(Relation(kind="direction", rule="DIR001", source="text",
                                figures=[a.fig.id, first.fig.id] + [r.fig.id for r in rest],
                                data={"op": op, "word": word, "alternatives": [
                                    {"op": op, "pair": [a.fig.id, r.fig.id]} for r in rest]}))
    return out
