"""Relations from the identities of budget reporting (patterns/identities.toml), applied to the
facts of a document: the same quantity stated twice (CON001), totals made of scoped parts
(SUM002) and the balance roll-forward (BAL001)."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice, product

import regex

from extractor.model import Document, Relation
from extractor.relations.facts import Fact, FactKey, data, facts_of, funds_named, without_funds
from extractor.relations.mentions import Mention, compact, paragraph_openings, years_apart
from extractor.structure import YEAR, without_numbering

_ACTUAL = (None, "决算")
_MAX_READINGS = 8
# a unit's total income or spending in a budget: "收入预算", "支出预算总计", "收支总预算" (what stands
# before it may only name the unit)
_TOTAL = regex.compile(r"^(?P<unit>.*?)(?P<flow>收入|支出|收支)(?:总预算|预算(?:总计|总额|合计)?|总计)$")


def find_identity_relations(mentions: list[Mention], year: int | None = None, doc_stage: str | None = None,
                            facts: list[Fact] | None = None, doc: Document | None = None) -> list[Relation]:
    """`year`: the report's, the year of a fact whose sentence and paragraph name none; `doc_stage`:
    the report's (预算 or 决算), the stage of an amount whose sentence names none; `facts`: the
    mentions' facts, read here when not given; `doc`: where a paragraph's text before its first
    sentence with a figure is read (a heading run into it: "四、工伤保险基金。本年收入…")."""
    facts = facts_of(mentions) if facts is None else facts
    opening = paragraph_openings(mentions)
    listed = _listed_paragraphs(mentions)
    for p, opener in listed.items():  # (their year and level are the opener's: "2011年，…预算总额A。其中：" then items)
        opening[p] = opening.get(opener, "") + opening.get(p, "")
    staged = [f if f.mention.paragraph in listed else _of_the_report(f, doc_stage, year, opening) for f in facts]
    balanced = _balanced_totals(mentions) if doc_stage == "预算" else []
    return _conflicts(staged, opening, year, _scope_leads(mentions, doc), _lists_go_on(mentions)) + _identity_sums(facts, mentions) \
        + _balances(facts, mentions) + balanced


def _scope_leads(mentions: list[Mention], doc: Document | None = None) -> dict[int, str]:
    """The place each paragraph is about by a scope lead-in of its own or of the latest paragraph before it that has one
    ("在41个县收支完成情况上，…" over the next paragraph too, until "在59个区收支完成情况上，…")."""
    firsts: dict[int, Mention] = {}
    for m in mentions:
        firsts.setdefault(m.paragraph, m)
    leads, place = {}, None
    for p in sorted(firsts):
        m = firsts[p]
        b = doc.blocks[p] if doc is not None and p < len(doc.blocks) and doc.blocks[p].index == p else None
        before = b.text[: m.sent_start - b.start] if b is not None and b.start <= m.sent_start else ""
        hit = regex.match(data()[0].scope_lead, before + m.upto + m.fig.raw + m.after)
        place = hit["place"] if hit else place
        if place is not None:
            leads[p] = place
    return leads


def _listed_paragraphs(mentions: list[Mention]) -> dict[int, int]:
    """Paragraphs that go on a list the paragraph before opens, each with the paragraph that opened it ("…缴费支出
    150384元，其中：" then "基本支出150384元，项目支出0元。"; "…预算总额A。其中：" then "因公出国(境)费a，…；",
    "公务用车购置与运行费b，…；", "公务接待费c，…。"): their amounts are parts of the opener's, not the report's own.
    The list goes on over paragraphs ending in ；and stops after the first ending otherwise."""
    markers = tuple(w for w in data()[0].list_markers if w not in "：:")
    opens = regex.compile(f"(?:{'|'.join(markers)})\\s*[：:]\\s*$")
    out: dict[int, int] = {}
    opener = None
    for a, b in zip(mentions, mentions[1:]):
        if b.paragraph == a.paragraph:
            continue
        if opens.search(a.after):
            opener = a.paragraph
        elif opener is None or a.paragraph not in out or not regex.search(r"[；;]\s*$", a.after):
            opener = None
        if opener is not None:
            out[b.paragraph] = opener
    return out


def _balanced_totals(mentions: list[Mention]) -> list[Relation]:
    """A budget balances: "2024年收入预算11376591.44元…2024年支出预算11376591.44元" (收支总预算 too) state one
    amount. Only the unit's totals of all funds: 本年收入 leaves out the carry-over, 财政拨款收入 the other funds."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind != "money" or m.fig.approx or m.fig.high is not None or m.depth:
            continue
        hit = _TOTAL.search(compact(m.clause_lead))
        if hit is None or funds_named(m.clause_lead) or not _names_the_unit(regex.sub(r"^\d{4}年?度?", "", hit.group("unit"))):
            continue
        first.setdefault(hit.group("flow"), m)
    income = first.get("收入") or first.get("收支")
    out = []
    for flow in ("支出", "收支"):
        m = first.get(flow)
        if income is not None and m is not None and m is not income:
            out.append(Relation(kind="linear", rule="CON001", source="identity", figures=[m.fig.id, income.fig.id],
                                data={"terms": [[income.fig.id, 1]], "same": "收支预算总额", "subject": "收支预算总额（收支平衡）"}))
    return out


def _names_the_unit(prefix: str) -> bool:
    """Whether the words before a total name nothing but the unit ("上海市…办事处", "本部门", "")."""
    return not prefix or prefix.endswith(tuple(data()[0].subject_endings)) or prefix.endswith(("）", ")"))


def _of_the_report(f: Fact, doc_stage: str | None, year: int | None, opening: dict[int, str]) -> Fact:
    """"三公经费支出2.05万元" in a 决算 is the year's actual, in a 预算 its budget: a fact opening its
    sentence, whose sentence, paragraph and headings name no stage and no other period, is of the
    report's stage. (Not a later one: "初中教育支出A，其中：基本支出a" is the 基本支出 of 初中教育; nor a
    part of a list, whose whole may name a stage in the sentence before: a 决算 report's "年初预算草案：…
    支出总计8303万元。其中：一般公共预算支出7399万元".)"""
    d = data()[0]
    m = f.mention
    if f.key.stage is None and doc_stage != "预算" and f.key.measure == "支出" \
            and regex.search(d.spent_this_year, without_funds(m.head)):
        return Fact(replace(f.key, stage="决算"), m)
    if f.key.stage is not None or doc_stage not in ("预算", "决算") or m.upto != m.head \
            or any(w in m.upto for w in d.list_markers if w not in "：:"):
        return f
    said = without_funds(m.upto + opening.get(m.paragraph, ""))
    headings = without_funds("".join(m.section)).replace(doc_stage, "")
    if any(w in said + headings for w in d.stage_or_period) or any(year is None or int(y) != year for y in YEAR.findall(said)):
        return f
    return Fact(replace(f.key, stage=doc_stage), f.mention)


def _added_up_after(m: Mention, mentions: list[Mention]) -> bool:
    """Whether m stands after 加 in its sentence, and a later amount of the sentence is the total its clause names."""
    b = data()[0].balance
    later = [g for g in mentions[m.index + 1 :] if g.sentence == m.sentence and g.paragraph == m.paragraph]
    return regex.search(b.added, m.upto) is not None and any(regex.search(b.added_total, g.clause_lead) for g in later)


def _distinct(facts: list[Fact]) -> list[Fact]:
    """One fact per value (the first mention of each)."""
    seen, out = set(), []
    for f in facts:
        if f.mention.fig.value not in seen:
            seen.add(f.mention.fig.value)
            out.append(f)
    return out


def _lists_go_on(mentions: list[Mention]) -> dict[int, str]:
    """For each sentence opening with a list marker (其中，…), the sentence before it in its paragraph: the list goes
    on what that one says, its year and subject too ("2010年，铁道部…决算为A。其中，…公务接待费164.01万元")."""
    markers = tuple(data()[0].list_markers)
    text: dict[int, tuple[int, str]] = {}
    for m in mentions:
        text[m.sentence] = (m.paragraph, m.upto + m.fig.raw + m.after)
    return {m.sentence: text[m.sentence - 1][1] for m in mentions
            if m.upto == m.head and m.head.lstrip("，,　 ").startswith(markers)
            and text.get(m.sentence - 1, (None,))[0] == m.paragraph}


def _conflicts(facts: list[Fact], opening: dict[int, str], year: int | None, leads: dict[int, str],
               carried: dict[int, str]) -> list[Relation]:
    by_key: dict[FactKey, list[Fact]] = {}
    for f in facts:
        by_key.setdefault(f.key, []).append(f)
    out = []
    for key, group in by_key.items():
        if key.stage is None and not key.measure.startswith(("年初", "年末")):
            continue  # a spending figure that does not say budget or actual may be either
        # every restatement, agreeing or not (a value typed again must stay the same): of the first
        # mention of its value, or else of the group's first, so a conflict is found once per value
        for k, later in enumerate(group[1:], 1):
            first = next((f for f in group[:k] if f.mention.fig.value == later.mention.fig.value), group[0])
            if later.mention.sentence == first.mention.sentence or _other_subjects(key, later, first) \
                    or _opening_level(later) != _opening_level(first) \
                    or (key.funds == "全部" and _funds_said(later) != _funds_said(first)) \
                    or apart(_context(later, opening, year, leads, carried), _context(first, opening, year, leads, carried)):
                continue
            out.append(Relation(kind="linear", rule="CON001", source="identity",
                                figures=[later.mention.fig.id, first.mention.fig.id],
                                data={"terms": [[first.mention.fig.id, 1]], "same": key.measure}))
    return out


def _opening_level(f: Fact) -> str | None:
    """The level of government a fact's own clause opens with, when one part of the whole (区本级…, 街道…): "其中：区本级…支出a；
    街道…支出b" are no restatement of the whole's amount named without a level."""
    name = without_numbering(f.mention.clause_lead).strip()
    for w in data()[0].list_markers:
        name = name.removeprefix(w)
    name = regex.sub(r"^[：:，,]?(?:\d{4}年度?)?", "", name)
    level = level_in(name)
    return level if level is not None and name.startswith(level) and not is_whole_level(level) else None


def _context(f: Fact, opening: dict[int, str], year: int | None, leads: dict[int, str],
             carried: dict[int, str]) -> tuple[str | None, str | None, str | None]:
    """The year and level of government a fact's sentence names before it, else its paragraph's
    opening ("2021年的三公经费决算数合计为807.95万，其中：…", "市级一般公共预算总支出…。收支相抵，
    结转下年10.4亿元"; the level nearest its first amount: "汇总区本级和镇级决算，2014年，全区…" opens with 全区), else its
    heading's ("一、2010年“三公经费”支出情况"); and the place its paragraph opens with ("忻州市…" / "吕梁市…"). A sentence
    opening with a list marker says what the sentence before it says (`carried`)."""
    said, opened = carried.get(f.mention.sentence, "") + f.mention.upto, opening.get(f.mention.paragraph, "")
    heading = f.mention.section[-1] if f.mention.section else ""
    place = regex.match(data()[0].place_opening, compact(opened))
    return (_year_in(said) or _year_in(opened) or _year_in(heading) or (str(year) if year else None),
            level_in(said) or level_in(opened, last=True), place["place"] if place else leads.get(f.mention.paragraph))


def _other_subjects(key: FactKey, a: Fact, b: Fact) -> bool:
    """Whether two facts of a measure that needs a qualifier (支出, 收入) stand in sentences about
    different things: "县级福彩公益金本年收入…当年实际支出92.3万元" and "省市下达福彩公益金…当年实际支出
    219.488万元" are the spending of two funds, not one spending stated twice."""
    if (unit := _unit_opening(a)) and (other := _unit_opening(b)) and unit != other:
        return True  # "市旅游委，2015年“三公”经费…决算数a" and "市食药监局2015年“三公”经费…决算数b": two units' figures
    if key.measure not in data()[0].needs_qualifier or key.scope is not None or key.funds != "全部":
        return False  # (a scope or funds named make it one quantity of the report's own)
    def subject(f: Fact) -> str:
        return regex.sub(r"[\d\s年度月日，,、：:（）()]", "", without_numbering(f.mention.head))
    return subject(a) != subject(b)


def _unit_opening(f: Fact) -> str | None:
    """The unit a fact's clause, or else its sentence, opens with, before its measure ("比如市旅游委，2015年…"
    → 市旅游委; "其中，今年北京市公安局的“三公”经费…" → 北京市公安局; "以人力资源和社保部为例，…"; not the
    report's own: 本单位, 我局)."""
    endings = "|".join(map(regex.escape, sorted(data()[0].subject_endings, key=len, reverse=True)))
    for text in (f.mention.clause_lead, regex.split(r"[\d，,；;：:（(]", without_numbering(f.mention.head).strip(), maxsplit=1)[0]):
        text = regex.sub(r"^(?:其中|比如|例如|如|以)?[，,]?(?:今年|去年|本年|当年)?(?:\d{4}年度?)?", "", text.strip())
        hit = regex.match(rf"(\p{{Han}}{{1,18}}?(?:{endings}))(?:的|为例|“|\d|[，,]|$)", text)
        if hit and not hit.group(1).startswith(("本", "我", "该", "各", "全")):
            return hit.group(1)
    return None


def _funds_said(f: Fact) -> str:
    """The funds a fact's sentence names up to it: "一般公共预算收入总计a，本年支出b，年末结转和结余c"
    says c may be of the 一般公共预算, though c's own name does not (then it is no conflict with an
    all-funds c); else those its heading names ("（二）一般公共预算当年拨款结构情况" over "基本支出a"), or the
    heading itself when it names a fund of its own ("二、城乡居民基本养老保险基金" over "本年收入a")."""
    heading = without_numbering(f.mention.section[-1]).strip() if f.mention.section else ""
    own = heading if regex.search(data()[0].fund_heading, heading) else None
    return funds_named(f.mention.upto) or funds_named(heading) or own or "全部"


def _year_in(text: str) -> str | None:
    m = YEAR.search(text)
    return m.group(1) if m else None


def level_in(text: str, last: bool = False) -> str | None:
    """The first level of government a text names (`last`: the one nearest its end)."""
    if last:  # (the longest of those ending last: 区本级, not the 本级 inside it)
        return max(((text.rfind(w) + len(w), len(w), w) for w in data()[0].levels if w in text), default=(0, 0, None))[2]
    return min(((text.find(w), w) for w in data()[0].levels if w in text), default=(0, None))[1]


def is_whole_level(level: str) -> bool:
    """Whether a level names a government's whole (全县), not one level of it (县本级, 街道)."""
    return regex.match(data()[0].whole_level, level) is not None


def whole_level_in(text: str) -> str | None:
    level = level_in(text)
    return level if level is not None and is_whole_level(level) else None


def apart(a: tuple, b: tuple) -> bool:
    """Two facts of different years or levels of government are two quantities, whatever their measure."""
    return any(x is not None and y is not None and x != y for x, y in zip(a, b))


def _spec(spec: str) -> tuple[str, str | None]:
    measure, _, scope = spec.partition("@")
    return measure, scope or None


def _matching(facts: list[Fact], spec: str, funds: str, stage: str | None) -> list[Fact]:
    measure, scope = _spec(spec)
    stages = _ACTUAL if stage in _ACTUAL else (stage,)
    return [f for f in facts if f.key.measure == measure and f.key.scope == scope
            and f.key.funds == funds and f.key.stage in stages]


def _readings(stated: Fact, groups: list[list[Fact]], signs: list[int]) -> dict | None:
    choices = [_distinct(g) for g in groups]
    if any(not c for c in choices):
        return None
    combos = list(islice(product(*choices), _MAX_READINGS))
    readings = [{"terms": [[f.mention.fig.id, s] for f, s in zip(combo, signs)]} for combo in combos]
    first, *rest = readings
    return {**first, "alternatives": rest}


def _identity_sums(facts: list[Fact], mentions: list[Mention]) -> list[Relation]:
    d, _ = data()
    out = []
    for idt in d.identity:
        measure, scope = _spec(idt.total)
        totals = [f for f in facts if f.key.measure == measure and f.key.scope == scope
                  and (not idt.funds or f.key.funds in idt.funds)]
        for total in _distinct(totals):
            # (a part whose own sentence states another such total is that total's: "…公务用车购置及运行费41.27亿元
            # （其中，公务用车购置费6.63亿元，公务用车运行费34.64亿元）" is no breakdown of an earlier 42.53)
            own = {t.mention.sentence for t in totals if t.mention.fig.value != total.mention.fig.value}
            groups = [[f for f in _matching(facts, p, total.key.funds, total.key.stage)
                       if not years_apart(f.mention, total.mention)
                       and (f.mention.sentence == total.mention.sentence or f.mention.sentence not in own)]
                      for p in idt.parts]
            parts = {f.mention.index for g in groups for f in g}
            if any(m.sentence == total.mention.sentence and m.index > total.mention.index and m.index not in parts
                   and m.kind == "money" and m.fig.value != total.mention.fig.value and measure in m.clause_lead
                   for m in mentions[total.mention.index + 1 : total.mention.index + 40]):
                continue  # "收入完成A，其中：（1）地方收入完成B（税收a、非税b）": a + b is B's, maybe not A's
            inside = []  # the amounts in brackets right after the total ("…维护费11167万元（其中，购置费a，运行维护费b，
            for m in mentions[total.mention.index + 1 :]:  # 其他交通工具购置c，其他交通费用d）": more than the identity's parts)
                if m.sentence != total.mention.sentence or m.depth <= total.mention.depth:
                    break
                inside.append(m)
            if any(m.kind == "money" and m.index not in parts for m in inside):
                continue
            reading = _readings(total, groups, [1] * len(groups))
            if reading is None:
                continue
            ids = [total.mention.fig.id] + [f.mention.fig.id for g in groups for f in _distinct(g)]
            out.append(Relation(kind="sum", rule=idt.rule, source="identity", figures=list(dict.fromkeys(ids)), data=reading))
    return out


def _balances(facts: list[Fact], mentions: list[Mention]) -> list[Relation]:
    """The roll-forward is stated in one place: its four figures come from the closing balance's
    paragraph when that holds all four, else its section, else the part of the report above it
    (一、收支情况: （一）收入… （二）支出…)."""
    b = data()[0].balance
    out = []
    # (not a closing balance in brackets, listed among the uses of a larger total: "转移性支出等C（包括
    # 上解支出a，…，结转下年c）" — the year's income and spending are not all that it balances; nor one added
    # to the spending with the other uses: "…支出A，…，加上…上解支出a、…、结转下年c，支出总量为C")
    for closing in [f for f in facts if f.key.measure == b.closing and f.mention.depth == 0
                    and not _added_up_after(f.mention, mentions)]:
        above = [f for f in facts if f.mention.section[:1] == closing.mention.section[:1]
                 and f.key.scope == closing.key.scope and f.key.funds == closing.key.funds
                 and f.mention.fig.start < closing.mention.fig.end + 1]
        local = [f for f in above if f.mention.section == closing.mention.section]
        same_par = [f for f in local if f.mention.paragraph == closing.mention.paragraph]
        groups = []
        for pool in (same_par, local, above):
            groups = [
                [f for f in pool if f.key.measure == b.opening],
                [f for f in pool if f.key.measure == b.income and f.key.stage in _ACTUAL],
                [f for f in pool if f.key.measure == b.spending and f.key.stage in _ACTUAL],
            ]
            if all(groups):
                break
        reading = _readings(closing, groups, [1, 1, -1])
        if reading is None:
            continue
        if b.funds and closing.key.funds not in b.funds \
                and not any(level_in(f.mention.head + f.mention.upto) for f in [closing] + [f for g in groups for f in g]):
            continue  # (all the funds of a government's budget roll forward too: "全镇收入A，…年末结转和结余C")
        ids = [closing.mention.fig.id] + [f.mention.fig.id for g in groups for f in _distinct(g)]
        out.append(Relation(kind="balance", rule=b.rule, source="identity", figures=list(dict.fromkeys(ids)), data=reading))
    return out
