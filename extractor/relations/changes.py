"""Changes against a named base, stated in running text (patterns/relations.toml [change]):

- amount and rate: "较上年增加d，增长p%"                      p = d / (current − d)     CHG001
- rate only:       "…执行数为A，…预算安排B，比…执行数增加p%"   p = (B − A) / A           CHG001
- amount only:     "上年支出A，本年支出B，比上年减少d"         d = A − B                 CHG002
- flat:            "…预算安排B，比…执行数持平"                  B = A                     DIR001
- balanced budget: "收入预算A，比上年预算增加d；支出预算A，比上年预算增加e"   e = d   CHG002

The base is what the comparison names (比2023年预算执行数, 较上年决算, 同比 = 上年): a figure of the
sentence or paragraph that carries that name (the same year or 上年, the same stage), or the figure
standing right after the comparison word ("比上年A万元增加…"). The current figure is the one the
comparison is about: the nearest plain figure before it that is not the base. Nothing is stated
when the base is not found; several plausible bases are kept as alternatives.
"""

from __future__ import annotations

from functools import cache

import regex

from extractor.arithmetic import interval
from extractor.model import Relation
from extractor.relations.facts import FactIndex, funds_named, operand_of, without_funds
from extractor.relations.facts import data as identity_data
from extractor.relations.mentions import Mention, compact, name_of, resolve, similarity
from extractor.structure import YEAR, without_numbering


@cache
def _pats() -> dict[str, regex.Pattern]:
    from extractor.relations.text import cues  # text.py imports this module: imported when first used

    c = cues()[0].change
    words = sorted(set(c.up + c.down + c.flat), key=len, reverse=True)
    ways = "|".join(map(regex.escape, sorted(c.up + c.down, key=len, reverse=True)))
    return {
        "compare": regex.compile(c.compare.replace("{dir}", "|".join(map(regex.escape, words)))),
        "inline": regex.compile(c.inline_base),
        "amount": regex.compile(c.amount_lead),
        "from_to": regex.compile(c.from_to),
        "from": regex.compile(c.from_lead),
        "adjusted_to": regex.compile(c.adjusted_to),
        "other_basis": regex.compile(c.other_basis),
        "owner": regex.compile(c.owner),
        # the direction word right after a base: "（比上年A万元）增加…", "（与上年A万元）持平"
        # (the subject may be named again after 相比: "与上年收入A相比，收入减少…")
        "follows": regex.compile(r"^\s*[）)]?\s*(?:(?:相比|相较|比较)[，,]?\s*(?:\p{Han}{2,16}?)?|[，,]?)\s*(?:分别|有所|略有|共|净)?(?P<word>"
                                 + "|".join(map(regex.escape, words)) + ")"),
        # an up or down word (增加, 减收…), longest first
        "direction": regex.compile(ways),
        # …ending a name, with 各 / 均 / 分别 / 共 before it ("收入、支出总计各增加")
        "direction_end": regex.compile(f"(?:各|均|分别|共)?(?:{ways})$"),
        # an up (down) word right before a number: a change that way
        "up_by": regex.compile("(?:" + "|".join(map(regex.escape, c.up)) + r")了?\s*\d"),
        "down_by": regex.compile("(?:" + "|".join(map(regex.escape, c.down)) + r")了?\s*\d"),
    }


def _text():
    from extractor.relations import text

    return text


# --------------------------------------------------------------------------- reading a comparison


class Comparison:
    """A comparison of a sentence: the base it names and where it stands (offsets in the sentence)."""

    def __init__(self, phrase: str, start: int, inline: Mention | None = None):
        self.phrase = phrase  # "2023年预算执行数", "上年决算", "" for 同比
        self.start = start
        self.inline = inline  # the base figure written right after the comparison word


def _comparison_before(m: Mention, sent: list[Mention]) -> Comparison | None:
    """The last comparison in the sentence before m (its own clause, or an earlier one)."""
    k = sent.index(m)
    g = sent[k - 1] if k else None
    if g is not None and _pats()["follows"].match(m.lead):  # "比上年A万元增加…": A is the base
        name = g.listing_lead  # (a base may name two flows: "与2018年收、支总计A相比")
        if not name.strip() and g.upto.rstrip().endswith(("（", "(")):  # "比2019年（A元）增加…": so is A
            name = regex.split(r"[，,；;。]", g.upto.rstrip()[:-1])[-1] + g.upto.rstrip()[-1]
        hit = _pats()["inline"].search(name)
        if hit and g.kind != "percent":
            return Comparison(hit.group("base"), g.fig.start - g.sent_start - len(name), inline=g)
    hits = list(_pats()["compare"].finditer(m.upto))
    # (a list opened after the comparison starts a part too: "限额A，较2022年增加d，其中：一般债务限额a，增加e")
    cut = max(part_start(m), m.upto.rfind("其中"))
    if hits and hits[-1].start() < cut and any(
            hits[-1].start() < g.fig.start - g.sent_start < cut and (g.kind == "percent" or is_change(g)) for g in sent[:k]):
        # "收入A，上年收入B，收入减少d，同比下降p%；支出C，上年支出D，支出减少e": a comparison of an
        # earlier part (or of the whole before its list) that part's own change already used; this part
        # states its own base, if any
        hits = []
    if not hits:
        # "3,860人，上年2,940人，增长31.29%", "普通初中上年A元，本年B元，增加p%", "上年决算数A，本年决算数B，
        # 增长p%": a figure named by the previous period (its name ends with it, or with it and a stage) is the base
        named = next((g for g in reversed(sent[:k]) if g.kind != "percent" and _names_previous(g)), None)
        # the current figure is the nearest plain one before m, on either side of the base
        return Comparison("", m.fig.start - m.sent_start) if named is not None else None
    hit = hits[-1]
    return Comparison(hit.group("base") or hit.group("base2") or "", hit.start())


def _names_previous(g: Mention) -> bool:
    c = _text().cues()[0].change
    name = compact(g.clause_lead)
    if name.startswith(("比", "较", "与")):
        return False  # "比上年A" is an inline base, read with its direction word
    return any(name.endswith(p) or regex.search(regex.escape(p) + r"(?:决算|预算|执行|实际)?数?(?:为|是)?$", name)
               for p in c.previous_period) or (name.startswith(tuple(c.previous_period)) and _period(name)[1])
    # (…or opens with it, not a carry-over: "上年度支出合计A"; "上年结转A" is this year's money)


def is_change(g: Mention) -> bool:
    """A change, share or difference stated of another figure (an amount per unit, 生均…, may change itself)."""
    c = _text().cues()[0]
    name = without_quantity_nouns(g.clause_lead)
    return any(w in name for w in c.sum.not_part if w not in c.sum.per_unit) or regex.search(c.sum.target_gap, name) is not None


def _period(name: str) -> tuple[int | None, bool]:
    """The year a name gives (2023年…) and whether it names the previous period (上年…; not a
    carry-over, 上年结余, which is this year's money)."""
    year = YEAR.search(name)
    name = _text().cues()[1]["carried_in"].sub("", name)
    prev = any(w in name for w in _text().cues()[0].change.previous_period)
    return (int(year.group(1)) if year else None), prev


def _name(g: Mention) -> str:
    """A figure's name with its period: the clause lead, or for the first figure of a sentence its
    whole lead when the clause gives no period ("2023年，X支出A万元")."""
    name = g.clause_lead
    if _period(name) == (None, False) and g.lead == g.upto:
        name = g.lead
    return name


def _stage(phrase: str) -> str:
    """What a base phrase names besides its period: "2023年预算执行数" → "预算执行数"."""
    c = _text().cues()[0].change
    return _without(phrase, c.previous_period + c.current_period)


def _names_base(phrase: str, g: Mention, current: Mention | None) -> bool:
    """Whether g is the figure a comparison's base phrase names, as against the current figure."""
    year, prev = _period(phrase)
    if not phrase.strip():
        prev = True  # 同比: against the same period of the year before
    gy, gp = _period(_name(g))
    cy = _period(_name(current))[0] if current is not None else None
    # (一般公共预算 names funds, not the budget stage a phrase like 年初预算 asks for)
    g_name, current_name = without_funds(_name(g)), without_funds(_name(current)) if current is not None else ""
    if year is not None:
        ok = gy == year or (gp and cy == year + 1)
    elif prev:
        ok = gp or (gy is not None and cy is not None and gy == cy - 1)
    else:
        ok = current is None or similarity(_stage(phrase), g_name) > similarity(_stage(phrase), current_name)
    if not ok or (current is not None and _text()._other_flow(_name(g), _name(current))):
        return False  # (last year's income is no base of this year's spending)
    stage = _stage(phrase)
    if stage and similarity(stage, g_name) < 0.5:
        return False
    asked, named = _text()._stage(phrase), _text()._stage(g_name)
    if asked and named and asked != named:
        return False  # ("2015年…决算数A，比2015年…年初预算B减少d": an actual is no budget of its year)
    from extractor.relations.restated import stage_of  # (restated reads the relations' cues)
    if {stage_of(phrase), stage_of(g_name)} == {"年初预算", "全年预算"}:
        return False  # ("年初预算A，年中调整预算为B，比年初预算增加d": the adjusted budget changed, not the base)
    if year is None and not prev:
        return True
    # the same quantity a period earlier: "上年结转A" is a carry-over, not last year's 收入
    a, b = _measure(_name(g)), _measure(_name(current)) if current is not None else ""
    return not a or not b or similarity(a, b) > 0


def _measure(name: str) -> str:
    """What a name measures without its period and stage: "上年结转资金" → "结转资金",
    "2023年当年预算执行数为" → ""."""
    c = _text().cues()[0]
    rest = _without(name, c.change.previous_period + c.change.current_period + c.stages.budget + c.stages.actual
                    + c.categories.budget)
    return regex.sub(r"数?(?:为|是)?$", "", rest)  # "上年决算数" and "本年决算数为" name no quantity


def _without(name: str, words: list[str]) -> str:
    s = compact(name)
    for w in sorted(words, key=len, reverse=True):  # 上年度 before 上年
        s = s.replace(w, "")
    return regex.sub(r"^[年度]+", "", s)


def _comparable(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind and a.kind in ("money", "count") and (a.kind == "money" or a.fig.unit == b.fig.unit)


def _current(comp: Comparison, m: Mention, sent: list[Mention]) -> Mention | None:
    """The figure the comparison is about: the nearest plain figure before it, not itself the base (nor one
    of the year before the one its clause names: "2017年基本支出A，2016年基本支出B，2017年比上年…增加d": A)."""
    rate_passed = False
    written_base = False  # the rate's base written inside it ("完成计划B的p%"): B alone is passed over
    said = YEAR.search(regex.split(r"[，,；;：:]", m.upto[: comp.start])[-1]) if _period(comp.phrase) == (None, True) else None
    # (or the latest year its sentence names: "2026年支出A，2025年支出B，较上年增加d" — B is the year before)
    years = [int(y.group(1)) for y in YEAR.finditer(m.upto[: comp.start])] if _period(comp.phrase) == (None, True) else []
    cut = part_start(m)
    for g in reversed(sent[: sent.index(m)]):
        if 0 <= cut < comp.start and g.fig.start - g.sent_start < cut:
            return None  # (no figure of the comparison's own ；-part: "…；2019年无公务接待费，比2018年公务接待a少a")
        if written_base:
            written_base = rate_passed = False
            continue  # (B, the base written in the rate: "区级预算支出A，完成年度预算支出计划B的p%" — A changed)
        if said is not None and _period(_name(g))[0] == int(said.group(1)) - 1:
            continue
        if said is None and len(set(years)) > 1 and _period(_name(g))[0] == max(years) - 1:
            continue
        if g.fig.start - g.sent_start >= comp.start or g is comp.inline or is_change(g) \
                or any(w in g.clause_lead for w in _text().cues()[0].change.schedules):
            continue
        if g.depth > m.depth:
            continue  # "维护费A（其中：购置费a，运行维护费b），比年初预算增加d": the change is of A
        if _text()._bound(g):
            continue  # "总投入为A，首超5万亿元，比上年B增长p%": a threshold passed is no figure that changed
        if g.kind == "percent":
            completion = _text().cues()[1]["completion"].search(g.clause_lead) or g.clause_lead.strip() == "的"
            if (comp.inline is not None and comp.inline.kind != "percent") or completion:
                # "完成A，占年度预算B的p%，较上年C，增收d": the base written is an amount, so is what changed;
                # "支出决算为A，完成全年预算B的p%，比上年减少d": a completion rate is no change's subject
                rate_passed = True
                written_base = g.clause_lead.strip() == "的"
                continue
            return None  # "执行率95%，较上年提高5%": the change of a rate, not of an amount
        if rate_passed and (_text().names_budget(g.clause_lead) or "占" in g.clause_lead):
            continue  # (B, the base of that rate, is no more what changed than the rate is)
        if comp.phrase and _names_base(comp.phrase, g, None) and (_period(comp.phrase) != (None, False) or (
                comp.inline is None and _text()._stage(comp.phrase) is not None
                and _text()._stage(_name(g)) == _text()._stage(comp.phrase))):
            continue  # "上年支出A，本年支出B" in any order: the one named like the base is not current (nor the
            # one named by the stage it compares with: "支出数A，预算数B，支出数比预算数减少d")
        if not comp.phrase and _period(_name(g))[1]:
            continue
        return g
    return None


def _bases(comp: Comparison, current: Mention, m: Mention, sent: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The figures the comparison's base phrase can mean, best first: the inline one, else those of
    the sentence (nearest first), else the nearest earlier one of the paragraph."""
    if comp.inline is not None:
        return [comp.inline] if _comparable(comp.inline, current) else []
    # "较上年同期99895万元下降32.0%，减收31940万元": the base written after the comparison word, a rate between
    written = [g for g in sent[: sent.index(m)] if g.fig.start - g.sent_start >= comp.start and is_inline_base(g)
               and _comparable(g, current)]
    if written:
        return written[:1]

    # (nor is the whole the current figure is listed under: "去年…基金收入完成A，其中国有土地使用权出让金收入a，增长p%",
    # A named 去年 as a is)
    whole = _text()._enumeration_total(current, sent) if current in sent else None

    def fits(g: Mention) -> bool:
        return (g is not current and g is not m and g is not whole and _comparable(g, current) and not is_change(g)
                and _names_base(comp.phrase, g, current))

    k = sent.index(m)
    # (a figure after the change inside brackets explains something else: "…，占2013年筹集的公益金的62.5%
    # （2013年共筹集7205.72万元）")
    # (one after it measures what changed: "年薪23.46万元，较上年增加5.53%，是…在岗职工平均工资14.79万元的1.59倍" is no base)
    own = [g for g in reversed(sent[:k]) if fits(g)] + [g for g in sent[k + 1 :] if fits(g) and g.depth <= m.depth
                                                        and _same_measure(g, current)]
    if own:
        return own[:2]
    j = sent[0].index - 1
    while j >= 0 and mentions[j].paragraph == m.paragraph:
        if fits(mentions[j]) and _same_measure(mentions[j], current):
            return [mentions[j]]
        j -= 1
    return []


def _same_measure(g: Mention, current: Mention) -> bool:
    """Whether a base from an earlier sentence measures what the current figure does, as far as their
    names say: "下达市县均衡性转移支付补助115亿元" is no base of "计划安排补助市县支出933.38亿元，比去年增加d"
    (two words in common are not one quantity)."""
    a, b = _measure(_name(g)), _measure(_name(current))
    return not a or not b or max(similarity(a, b), similarity(b, a)) >= 0.5


def direction(lead: str) -> int:
    c = _text().cues()[0].change
    tail = regex.sub(c.alternative, "", lead)[-6:]
    down = max((tail.rfind(w) for w in c.down), default=-1)
    up = max((tail.rfind(w) for w in c.up), default=-1)
    if down == up == -1 and regex.search(r"减(?:了|额|额为|金额为|为)?\s*$", tail):
        return -1  # 减 alone: "较上年决算数减65.62万元"
    return -1 if down > up else 1


def _resolve(m: Mention, sent: list[Mention], mentions: list[Mention]) -> tuple[Mention, list[Mention]] | None:
    comp = _comparison_before(m, sent)
    if comp is None:
        return None
    current = _current(comp, m, sent) or _previous_subject(comp, m, sent, mentions)
    if current is None:
        return None
    bases = _bases(comp, current, m, sent, mentions)
    return (current, bases) if bases else None


def _previous_subject(comp: Comparison, m: Mention, sent: list[Mention], mentions: list[Mention]) -> Mention | None:
    """"…实现财政总收入A，其中…。比上年财政总收入B减少d": a sentence opening with its comparison is
    about the first plain amount of the sentence before it, in the same paragraph."""
    if len(compact(m.upto[: comp.start])) > 2 or any(g is not comp.inline and g.kind != "percent" for g in sent[: sent.index(m)]):
        return None
    before = [g for g in mentions[: sent[0].index] if g.sentence == sent[0].sentence - 1 and g.paragraph == m.paragraph]
    subject = _text()._subject([], before, m, like=m)  # (not the first part of a list: "。其中：a，b。与上年相比…")
    return subject if subject is not None and _comparable(subject, m) and subject.depth == 0 else None


def _of_its_flow(changed: str, name: str) -> bool:
    """Whether an amount so named can be what a change so named is of: a change naming one flow (收入 or 支出) is not
    of an amount naming the other or both (收支总决算 holds what was carried in too); a change naming both (收支,
    收入、支出) or none may be of either ("收入总计A，支出总计A。收支较上年增加d")."""
    fa, fb = ("both" if "收支" in x or ("收入" in x and "支出" in x) else _text()._flow(x) for x in (changed, name))
    return fa in (None, "both") or fb is None or fa == fb


# --------------------------------------------------------------------------- the statements


def on_other_basis(m: Mention) -> bool:
    """Whether a figure is stated after a deduction ("剔除留抵退税后同口径增长0.67%", "同口径税收收入（剔除…后）累计b"):
    on a basis the other figures do not give."""
    return _pats()["other_basis"].search(m.upto[-48:]) is not None


def change_rate(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """A percentage stating a change: of the change amount before it, or of the two figures compared."""
    if on_other_basis(m) or regex.search(_text().cues()[0].change.per_year, m.clause_lead):
        return []  # "剔除留抵退税后同口径增长0.67%", "年均增长26.56%": a rate on a basis the figures do not give
    if (pair := _from_to(m, sent)) is not None:
        # "由2,940人增加到3,860人，增长31.29%": from the figure after 由 to the one after 增加到
        base, current = pair
        return [_text()._rel("ratio", "CHG001", m, num=[[current.fig.id, 1], [base.fig.id, -1]], den=[[base.fig.id, 1]],
                             base_stated=True, abs=True)]
    found = _respective_change(m, sent) or _change_amount(m, sent)
    if found is not None:
        return _amount_and_rate(m, *found, sent, prev, mentions)
    resolved = _resolve(m, sent, mentions)
    if resolved is None:
        return []
    current, bases = resolved
    sign = direction(m.clause_lead)

    def formula(b: Mention) -> dict:
        return {"num": [[current.fig.id, sign], [b.fig.id, -sign]], "den": [[b.fig.id, 1]]}

    first, *rest = bases
    return [_text()._rel("ratio", "CHG001", m, **formula(first), base_stated=True,
                         alternatives=[formula(b) for b in rest])]


def _from_to(m: Mention, sent: list[Mention]) -> tuple[Mention, Mention] | None:
    """The two figures right before m when they read "由A增加到B" / "由年初预算A调整为B": (A, B)."""
    k = sent.index(m)
    return (sent[k - 2], sent[k - 1]) if k >= 2 and _from_and_to(sent[k - 2], sent[k - 1]) else None


def _from_and_to(a: Mention, b: Mention) -> bool:
    return bool(_pats()["from_to"].match(b.clause_lead) and _pats()["from"].search(a.clause_lead)) and _comparable(a, b)


def is_value_before(g: Mention, sent: list[Mention]) -> bool:
    """Whether g is the A of "由A调整为B": a value that no longer holds, no part of a list (B is)."""
    k = sent.index(g)
    return k + 1 < len(sent) and _from_and_to(g, sent[k + 1])


def _respective_change(m: Mention, sent: list[Mention]) -> tuple[Mention, int] | None:
    """"存款余额A、比年初增加d1，贷款余额B、比年初增加d2，存、贷款余额较年初分别增长p1、p2": the i-th rate of a run
    after 分别 is of the i-th of as many changes before the run; so is the i-th rate of a run right after a run of
    changes after 分别 ("…分别减少d1和d2，下降p1和p2")."""
    first, last = _text().percent_run(m, sent)
    n = last - first + 1
    if first and (run := respective_run(sent[first - 1], sent)) is not None and len(run[0]) == n > 1:
        d = run[0][sent.index(m) - first]
        return d, direction(run[0][0].clause_lead)
    if last == first or "分别" not in sent[first].clause_lead:
        return None
    # (changes, not the rates of an earlier run: "…同比分别增长8.1%、3.1%…；…，同比分别增长14.1%、9.7%…")
    amounts = [g for g in sent[:first] if g.kind != "percent" and (is_change_amount(g, sent) or respective_run(g, sent) is not None)]
    if len(amounts) < n:
        return None
    d = amounts[-n:][sent.index(m) - first]
    run = respective_run(d, sent)  # (a later change of a run has its direction word on the first: "分别减少d1和d2")
    return d, direction((run[0][0] if run else d).clause_lead)


def respective_run(d: Mention, sent: list[Mention]) -> tuple[list[Mention], int] | None:
    """The run of changes after 分别 that d is in ("分别减少d1和d2", "比上年分别减少d1、d2") and d's place in it."""
    k = sent.index(d)
    start = k
    while start and sent[start].kind == d.kind and _text()._JOINED.fullmatch(sent[start].lead) \
            and sent[start - 1].kind == d.kind:
        start -= 1
    head = sent[start]
    if not ("分别" in head.clause_lead and ends_in_change(head.clause_lead)):
        return None
    end = start
    while end + 1 < len(sent) and sent[end + 1].kind == d.kind and _text()._JOINED.fullmatch(sent[end + 1].lead):
        end += 1
    return (sent[start : end + 1], k - start) if end > start else None


def _respective_current(d: Mention, sent: list[Mention]) -> Mention | None:
    """The amount a change of a run after 分别 is of: the i-th of as many plain amounts before the run
    ("公务用车购置费a1和公务用车运行费a2，与上年相比，分别减少d1和d2": d2 is of a2)."""
    found = respective_run(d, sent)
    if found is None:
        return None
    run, i = found
    plain = [g for g in sent[: sent.index(run[0])] if g.kind == d.kind and g.depth == d.depth and not is_change(g)
             and not ends_in_change(g.clause_lead)]
    return plain[-len(run):][i] if len(plain) >= len(run) else None


def _change_amount(m: Mention, sent: list[Mention]) -> tuple[Mention, int] | None:
    """The change amount a rate refers to, and its direction (+1 up, −1 down)."""
    c = _text().cues()[0]
    k = sent.index(m)
    for g in reversed(sent[:k]):
        if g.kind != m.kind and g.kind != "money" and g.kind != "count":
            continue
        if g.kind == "percent":
            break
        lead = without_quantity_nouns(g.clause_lead)  # "规模以上工业增加值70.90亿元，同比增长10.3%": no change amount
        if any(w in lead for w in c.sum.adjustments):
            return None  # "由A调整为B，调增C，增长p%": the rate compares with last year, which is not given
        if against_plan(g, m):
            break  # "…占年预算B的q%，短收d，较上年同期下降p%": d is against the plan, p against last year (the
            # amount right after p may still be its change: "…超收d，同比增长p%，增收e")
        way = -1 if any(w in lead for w in c.change.down) else 1 if any(w in lead for w in c.change.up) else 0
        way = way or (direction(lead) if ends_in_change(lead) else 0)  # (增 or 减 alone: "比上年预算增56400元")
        if way and _compares_otherwise(m, g):
            return None  # "比报告数增加d，比2019年增长p%": p compares with another base than d
        if way:
            return g, way
        if regex.search(r"(?:相比|相较|比较)\s*$", lead) and _text().cues()[1]["previous"].search(lead):
            return g, direction(m.clause_lead)  # "与2016年相比21.79万元，增加14.01%": the rate says which way
        break
    # "同比增长10.85%，增收2,798万元": the amount right after the rate, alone in its clause (or compared with the
    # year before: "增长36.2%，同比增收5595万元")
    after = sent[k + 1] if k + 1 < len(sent) else None
    if after is not None and after.kind == "money" and (bare_change(after) or _alone_but_year_on_year(after.clause_lead)) \
            and not regex.search("[；;]", after.lead) \
            and not any(w in m.clause_lead for w in c.change.nouns):
        return after, direction(after.clause_lead)
    return None


def _compares_otherwise(m: Mention, d: Mention) -> bool:
    """Whether rate m names a base of its own (比2019年增长p%) that change amount d's clause does not
    ("比人代会报告数据增加d"): then p compares with another base than d. (同比 names none.)"""
    own = _pats()["compare"].search(m.clause_lead)
    base = regex.sub(r"\s", "", (own.group("base") or own.group("base2") or "") if own else "")
    return bool(base) and base not in regex.sub(r"\s", "", d.clause_lead)


def against_plan(d: Mention, m: Mention) -> bool:
    """Whether d is a difference against a plan (短收, 超收, 节约…, its clause naming no earlier period) and
    the rate m compares with an earlier period — as any rate right after revenue's 超收/短收 does ("预算数B，超收d，
    增长p%"): then d is not the change the rate is of."""
    t = _text()
    c, pats = t.cues()
    return any(w in t.plan_words(d.clause_lead) for w in c.difference.saving + c.difference.overspend) \
        and not pats["previous"].search(d.clause_lead) \
        and (pats["previous"].search(m.clause_lead) is not None or any(w in d.clause_lead for w in c.difference.revenue_gap))


def _amount_and_rate(m: Mention, d: Mention, sign: int, sent: list[Mention], prev: list[Mention],
                     mentions: list[Mention]) -> list[Relation]:
    """"较上年增加d，增长p%": p = d / (current − d); when the base is stated too, d / base is a reading."""
    t = _text()
    c, pats = t.cues()
    j = sent.index(d)
    if j >= 2 and _from_and_to(sent[j - 2], sent[j - 1]):
        # "由2,940人增加到3,860人，增加920人，增长31.29%": the change from the first; after an adjustment ("由年初预算的A调整为B，
        # 增加C、增长p%") the rate may compare with last year instead, which is not given
        if _pats()["adjusted_to"].match(sent[j - 1].clause_lead):
            return []
        return [t._rel("ratio", "CHG001", m, num=[[d.fig.id, 1]], den=[[sent[j - 2].fig.id, 1]], base_stated=True)]
    # only a year-on-year comparison defines the base as current ∓ change; a change standing alone
    # in its clause, its sentence comparing nothing ("完成36552万元，增加2362万元，增长6.91%"), is one
    # against the period the report compares with throughout
    comp = _comparison_before(d, sent)
    if comp is not None and comp.inline is not None and _comparable(comp.inline, d) and "占" not in m.clause_lead \
            and not any(w in t.plan_words(d.clause_lead) for w in c.difference.saving):
        # "与上年实际支出52,410.00元相比，减少4,034.50元，下降7.70%", "相比年初预算数的1.5亿元减少0.3亿元，下降20%":
        # the base is written, p = d / base, whatever it compares with (not a share: "…减少d，占GDP的比重下降为p%")
        return [t._rel("ratio", "CHG001", m, num=[[d.fig.id, 1]], den=[[comp.inline.fig.id, 1]], base_stated=True)]
    window = d.lead + d.head
    if comp is None or not comp.phrase:
        window += m.clause_lead  # (the rate may say it: "…减少d，同比下降p%", if d names no other base)
    if comp is None and prev and prev[-1].paragraph == d.paragraph \
            and any(h.group("base2") for h in _pats()["compare"].finditer(" ".join(x.lead for x in prev))):
        # (or the sentence before, its framing comparison going on: "…，与2015年相比，收入总计减少a，减少p%。支出总计增加
        # d，增长q%"; not a comparison inside a clause of it: "…，全市税收比重较上年同期下降…。全市增值税减收d")
        window += " ".join(x.lead for x in prev)
    if not pats["previous"].search(window) and not pats["previous"].search(" ".join(x.lead for x in sent[: sent.index(d) + 1])) \
            and not (bare_change(d) and comp is None):
        # a change against another stage whose figure the sentence gives is over that figure ("支出数A，预算数B，支出数
        # 比预算数减少d，下降率为p%" → d ÷ B)
        resolved = _resolve(d, sent, mentions) if comp is not None and comp.phrase and comp.inline is None else None
        if resolved is None or _text()._stage(comp.phrase) is None:
            return []
        first, *rest = resolved[1]
        return [t._rel("ratio", "CHG001", m, num=[[d.fig.id, 1]], den=[[first.fig.id, 1]], base_stated=True,
                       alternatives=[{"num": [[d.fig.id, 1]], "den": [[b.fig.id, 1]]} for b in rest])]
    if any(w in _text().plan_words(d.clause_lead) for w in c.difference.saving):
        return []  # 节约 against a budget is a saving rate, handled by _saving_rate
    if (own := _respective_current(d, sent)) is not None:
        return [t._rel("ratio", "CHG001", m, num=[[d.fig.id, 1]], den=[[own.fig.id, 1], [d.fig.id, -sign]], growth=True,
                       abs=m.fig.value < 0)]
    # this year's figure: an actual one, unless the change compares budgets (比上年预算增加…)
    avoid = [] if any(w in d.clause_lead for w in c.stages.budget) else c.stages.budget
    current = t._subject(sent, prev, d, avoid, like=d)
    if current is not None and _other_owner(current, d):
        current = None  # (the sentence before, in another paragraph, is about another body)
    if current is None and sent.index(d) == 0:
        # "…决算为A…。其中：…。“三公”经费支出决算数比上年减少d，下降p%": no plain figure here or right
        # before; what the sentence names is what changed
        named = _named_subject(d, sent, None, mentions)
        if named:
            main, *readings = named
            return [t._rel("ratio", "CHG001", m, **main, growth=True, abs=m.fig.value < 0, alternatives=readings)]
    if current is None or current is d or current.kind != d.kind:
        return []
    if current in sent and _part_opens_named(d, current) and _clause_subject(d, sent) is None:
        return []  # "增值税6055万元，…；房产税收入同比增收531万元，同比减收24万元，下降4.32%": its amount is not given
    if current in sent and _other_part_named(d, current):
        # "…企业所得税490万元，同比增长189.7%；个人所得税增收46万元，同比增长41.8%": not of 490, but of
        # the first plain figure of d's own part if it has one ("…；本年支出C，上年支出D，支出减少d")
        current = _clause_subject(d, sent)
        if current is None:
            return []

    def possible(g: Mention) -> bool:  # (no amount grew by more than itself: last year's would be negative)
        return not (sign > 0 and g.kind == "money" and 0 <= t._amount(g) < t._amount(d))

    if current in sent and not possible(current):
        # "1.财政拨款收入A，…，补助收入a，较上年度决算数增加d（d > a）": of the item's amount A, if any
        # (none such: the nearest one stays, and the change is the slip)
        current = next((g for g in sent[: sent.index(d)] if g.kind == d.kind and g.depth == 0 and not is_change(g)
                        and possible(g)), current)
    readings = []
    resolved = _resolve(d, sent, mentions)
    if resolved is not None:
        readings = [{"num": [[d.fig.id, 1]], "den": [[b.fig.id, 1]]} for b in resolved[1]]
    # (a comparison in an earlier part of the sentence, before its last ；, names no figure of d's part)
    near = _current(comp, d, sent) if comp is not None and comp.start > part_start(d) else None
    if near is None:
        near = _clause_subject(d, sent)
    if j and (g := sent[j - 1]) not in (current, near) and g.kind == d.kind and not is_change(g) \
            and g.depth == d.depth and _text()._stage(g.clause_lead) != "budget" and bare_change(d) and possible(g):
        # "总收入A、比上年下降p%，还原增值税留抵退税后B，增收d、同口径增长q%": a change alone in its clause may be of the
        # amount right before it, restated on another basis
        readings.append({"num": [[d.fig.id, 1]], "den": [[g.fig.id, 1], [d.fig.id, -sign]]})
    main = {"num": [[d.fig.id, 1]], "den": [[current.fig.id, 1], [d.fig.id, -sign]]}
    if near is not None and near is not current and _comparable(near, d) and possible(near):
        # "…A万元，较上年持平；B万元，较上年减少d，下降p%": the clause's own figure may be the one that
        # changed; right before the change ("其中：人员经费B，比上年增加d"), it is the first reading
        own = {"num": [[d.fig.id, 1]], "den": [[near.fig.id, 1], [d.fig.id, -sign]]}
        cut = part_start(d)
        if sent.index(near) == sent.index(d) - 1 or (current in sent and 0 <= current.fig.start - current.sent_start < cut
                                                     < near.fig.start - near.sent_start):
            main, own = own, main  # (or d's own ；-part states it: "税收收入A，…；非税收入B，…同比增收d，增长p%")
        readings.append(own)
    if current not in sent:
        named = _named_subject(d, sent, current, mentions)
        if not named:
            return []
        main, *readings = named + readings
    # "同比减收48.9亿元，增长-10.3%": a negative growth is the decrease, written with its sign
    return [t._rel("ratio", "CHG001", m, **main, growth=True, abs=m.fig.value < 0, alternatives=readings)]


_PERIODS = regex.compile(r"\d{4}\s*年度?|去年|上年|本年|今年|当年")  # (no part of a body's name: 交通部2010年…)


def owner_opening(name: str) -> str | None:
    """The body a name opens with (交通部2010年“三公”支出 → 交通部), if any."""
    hit = _pats()["owner"].match(_PERIODS.sub("", compact(name)))
    return hit.group(1) if hit else None


def _owner(m: Mention) -> str | None:
    """The body a sentence names first (卫生部, 国家税务总局), if any."""
    hit = _pats()["owner"].search(_PERIODS.sub("", m.head or m.upto))
    return hit.group(1) if hit else None


def _other_owner(g: Mention, d: Mention) -> bool:
    """Whether g, in another paragraph, is of another body than the one d's sentence names first ("国家税务总局去年
    “三公经费”财政拨款预算A" is no figure of "2012年卫生部“三公经费”财政拨款预算比2011年预算增加d")."""
    if g.paragraph == d.paragraph:
        return False
    a, b = _owner(g), _owner(d)
    return a is not None and b is not None and a != b


def _other_part_named(d: Mention, current: Mention) -> bool:
    """Whether d's part of the sentence (after its last ；, or after the words giving a reason: 主要原因是)
    names what changed in words of its own ("个人所得税增收d") with no figure of it, the candidate
    current figure standing in an earlier part."""
    cut = max([part_start(d)] + [d.upto.rfind(w) for w in _text().cues()[0].sum.reason_openers])
    named = _changed(d)
    hit = _pats()["direction"].search(named)
    return cut >= 0 and current.fig.start - current.sent_start < cut and len(named[: hit.start()] if hit else named) >= 2


def _part_opens_named(d: Mention, current: Mention) -> bool:
    """Whether d's ；-part opens with a name of its own ("…；房产税收入同比增收a，同比减收d，下降p%"), the
    candidate current figure standing in an earlier part."""
    cut = part_start(d)
    opening = regex.split(r"(?:较|比|与|同|[\d，,])", compact(d.upto[cut + 1 :]))[0] if cut >= 0 else ""
    return len(opening) >= 2 and current.fig.start - current.sent_start < cut


def _clause_subject(d: Mention, sent: list[Mention]) -> Mention | None:
    """The first plain figure of the change's part of its sentence, after the last ；before it
    ("…收入129748万元，…；支出480691万元，为调整预算数的92.98%，比2017年增支8807万元"): what changed."""
    # (or after a 其中 its sentence runs on into, punctuation left out: "…增长28.8%其中税收收入完成251767万元…，同比增加46106万元")
    cut = max([part_start(d)] + [d.upto.rfind(w) for w in _text().cues()[0].sum.single_part_markers])
    if cut < 0:
        return None
    return next((g for g in sent[: sent.index(d)] if g.fig.start - g.sent_start > cut and g.kind == d.kind
                 and not is_change(g) and not _text()._is_not_part(g, _text().cues()[0].sum)), None)


def _named_subject(d: Mention, sent: list[Mention], current: Mention | None, mentions: list[Mention]) -> list[dict] | None:
    """A sentence with no figure of its own before its change ("公务接待较上年减少d，下降p%") is about
    what its head names, or, naming nothing, about the previous sentence's subject. The figures so
    named may be this year's (p = d / (F ∓ d)) or last year's (p = d / F): both readings are kept.
    None when the named quantity has no figure."""
    head = _changed(d)
    if not _pats()["direction_end"].sub("", head):
        head = _named_before(d)  # ("税收收入占…的比例为p，增收d": the clause before names it)
    if regex.search(r"、\s*$", d.upto[: len(d.upto) - len(d.clause_lead)]):
        head = _named_before(d) + "、" + head  # "财政拨款收入、支出均较上年减少d": both names
    # "收入、支出总计各增加": what changed, without the direction word (and 各 / 均 / 分别 before it),
    # and without the words giving a reason ("主要原因是（1）本年度财政拨款收入…": 财政拨款收入)
    head = _pats()["direction_end"].sub("", head)
    for w in _text().cues()[0].sum.reason_openers:
        head = without_numbering(head.split(w)[-1].lstrip("：:（(）)0123456789 "))
    # (收支 names the income and the spending both: either one is what changed)
    heads = [head] + [head.replace(w, one) for w, ones in _text().cues()[0].change.joint.items() if w in head for one in ones]
    found = [g for h in heads for g in resolve(h, mentions, sent[0].index, kinds=(d.kind,), min_score=0.5)
             if not is_change(g) and not _other_owner(g, d) and _of_its_flow(h, _name(g))] if head else []
    if current is None:
        # (with no figure to weigh them against, only figures of the very measure the head names:
        # "“三公”经费…支出决算比上年减少d" is not of the 公务接待费 just before it)
        measure, budget = operand_of(head), _text()._stage(head) == "budget"
        found = [g for g in found if measure is not None and _measure_named(g) == measure
                 and (_text()._stage(g.clause_lead) == "budget") == budget][:3]
        named_as = 0.0
    else:
        found = found[:3]
        named_as = max(similarity(h, current.head + _name(current)) for h in heads) if head else 1.0
    def own(g: Mention) -> float:  # (what the figure's own clause names, not its sentence: "卫生技术人员中，执业医师a")
        return max(similarity(h, name_of(g)) for h in heads)

    # ("收支总决算A。与上年相比，收入总决算增加d": a figure of another flow is no base)
    if named_as >= 0.5 and (current is None or _of_its_flow(head, _name(current))) and not (found and (max(similarity(h, found[0].head + _name(found[0])) for h in heads) > named_as
                                           or (own(found[0]) >= 0.9 > own(current) and found[0] is not current))):
        named = [current]  # (a figure the head names better than the current one is what changed)
    else:
        named = found
    if not named:
        return None
    sign = direction(d.clause_lead)
    comp = _comparison_before(d, sent)
    base_year = _period(comp.phrase)[0] if comp is not None else None
    # (against a budget of the year, "与2013年年初预算相比…执行数减少d", an actual of that year is what changed)
    budget_base = comp is not None and _text()._stage(comp.phrase) == "budget"

    def actual(g: Mention) -> bool:
        return budget_base and _text()._stage(_name(g)) != "budget"

    this_year = [{"num": [[d.fig.id, 1]], "den": [[g.fig.id, 1], [d.fig.id, -sign]]} for g in named
                 if base_year is None or _period(_name(g))[0] in (None, base_year + 1) or actual(g)]
    last_year = [{"num": [[d.fig.id, 1]], "den": [[g.fig.id, 1]]} for g in named
                 if (base_year is None or _period(_name(g))[0] in (None, base_year)) and not actual(g)]
    return this_year + last_year or None


def _measure_named(g: Mention) -> str | None:
    """What a figure's own words name, or for a bare 支出/收入 ("…“三公”经费支出年初预算为A，支出决算为B")
    what its sentence names."""
    own = operand_of(g.clause_lead)
    if own is None and _text()._listed(g):
        return None  # a part of a list the sentence opens is not what the sentence names ("A，其中B b")
    return operand_of(g.head) if own in (None, "支出", "收入") else own


def change_amount(m: Mention, sent: list[Mention], prev: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """"比上年减少d" with both figures compared in the text: d = current − base (base − current for a
    decrease). Without a stated base there is nothing to check."""
    if not ends_in_change(m.clause_lead):
        return []
    if (pair := _from_to(m, sent)) is not None and _comparable(m, pair[1]) and bare_change(m):
        # "由年初预算A调整为B，调增C": C = B − A, written without its sign
        base, current = pair
        return [_text()._rel("difference", "CHG002", m, terms=[[current.fig.id, 1], [base.fig.id, -1]], abs=True)]
    resolved = _resolve(m, sent, mentions) or _named_years(m, sent, mentions)
    if resolved is None:
        return []
    current, bases = resolved
    if current in sent and _other_part_named(m, current):
        # "…采暖费0.4万元;(2)绩效奖金较2014年增长12.4万元": of 绩效奖金, whose figures are not given
        return []
    sign = direction(m.clause_lead)

    def formula(b: Mention, now: Mention = current) -> dict:
        return {"terms": [[now.fig.id, sign], [b.fig.id, -sign]]}

    first, *rest = bases
    readings = [formula(b) for b in rest]
    # "转移性收入A，其中：…、专项转移支付收入a，比报告数B增加d": a comparison with a written base after
    # the last part of a list may be of the list's total (d = A − B)
    comp = _comparison_before(m, sent)
    whole = _text()._enumeration_total(current, sent) if comp and comp.inline and _text()._listed(current) else None
    if whole is not None and _comparable(whole, current):
        readings += [formula(b, whole) for b in bases]
    # "两县…财政收入是23940万元，即梨树14163万元，伊通9777万元，比我市少1825万元": a comparison closing a
    # sentence whose amounts before it state no change of their own may be of the sentence's first amount
    if current in sent and (opening := next((g for g in sent if g.kind == current.kind and not is_change(g)), None)) \
            not in (None, current, *bases) and _comparable(opening, current) and opening.depth == 0 and not any(
                is_change(g) or g.kind == "percent" for g in sent[sent.index(opening) + 1 : sent.index(m)]):
        readings += [formula(b, opening) for b in bases]
    return [_text()._rel("difference", "CHG002", m, **formula(first), alternatives=readings)]


def _changed(d: Mention) -> str:
    """What a change amount's clause says changed: its words before the comparison, without a list
    marker ("其中公务接待较上年同期减少" → "公务接待")."""
    head = regex.split(r"(?:较|比|与|同)", compact(d.clause_lead))[0]
    for w in _text().cues()[0].sum.part_markers:
        head = head.removeprefix(w)
    return head


def _named_before(d: Mention) -> str:
    """What a change names in an earlier clause of its sentence when its own clause names nothing
    ("其中，…公务接待费支出决算比预算无增减变化，比去年增加0.5万元" → 公务接待费支出决算): the
    nearest clause before it that names something ahead of its comparison word, or of 占 ("税收收入占
    …的比例为p，增收d" → 税收收入)."""
    before = d.upto[: len(d.upto) - len(d.clause_lead)]
    for clause in reversed(regex.split(r"[，,；;]", before)):
        head = regex.split(r"(?:较|比(?![例重率])|与|同|占)", compact(clause))[0]
        for w in _text().cues()[0].sum.part_markers:
            head = head.removeprefix(w)
        if head:
            return head
    return ""


def _named_years(d: Mention, sent: list[Mention], mentions: list[Mention]) -> tuple[Mention, list[Mention]] | None:
    """"2022年度预算总计…，其中：公务接待11.8万元。2021年度决算…，其中：公务接待12.39万元。
    …公务接待较上年同期减少0.58万元": a change whose clause names its subject and no figure; the
    subject's amounts of two consecutive years stated before (the year said in their sentences)
    are the current figure and its base. None unless exactly one of each is found."""
    if any(g.kind == d.kind and not is_change(g) for g in sent[: sent.index(d)]):
        return None  # the sentence states its own figure: _resolve's business
    head = _changed(d)
    if len(head) < 2:
        return None
    # the two years often stand under two headings (一、2022年预算… 二、2021年决算…): a few paragraphs
    # back whatever the section, by the clause's own name
    named = [g for g in mentions[: sent[0].index] if g.kind == d.kind and d.paragraph - g.paragraph <= 4
             and not is_change(g) and similarity(head, g.clause_lead) >= 0.8]
    by_year: dict[int, list[Mention]] = {}
    for g in named:
        year = _period(g.head + g.clause_lead)[0]
        if year is not None:
            by_year.setdefault(year, []).append(g)
    pairs = [(by_year[y + 1], by_year[y]) for y in by_year if y + 1 in by_year]
    if len(pairs) != 1 or len(pairs[0][0]) != 1 or len(pairs[0][1]) != 1:
        return None
    return pairs[0][0][0], pairs[0][1]


def paired_change(d: Mention, sent: list[Mention]) -> list[Relation]:
    """"公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元": a change whose clause names
    no base, after the two figures of its sentence named by consecutive years: d = later − earlier;
    with no year named, after an actual and the budgets before it: d = actual − budget."""
    if not _alone(regex.sub(r"^(?:对比|相比|比较|相较)[，,]?", "", d.clause_lead.strip())):
        return []  # a direction word alone, after a comparison word at most
    sign = direction(d.clause_lead)
    before = [g for g in sent[: sent.index(d)] if _comparable(g, d) and not is_change(g)]
    by_year: dict[int, Mention] = {}
    for g in before:
        year = _period(g.clause_lead)[0]
        if year is not None:
            if year in by_year:
                return []
            by_year[year] = g
    if len(by_year) == 2 and max(by_year) - min(by_year) == 1:
        current, base = by_year[max(by_year)], by_year[min(by_year)]
        return [_text()._rel("difference", "CHG002", d, terms=[[current.fig.id, sign], [base.fig.id, -sign]])]
    if len(by_year) > 1:
        return []
    # "预算数3786.71万元，调整数4610.19万元，决算数4610.19万元，增加823.48万元": the actual against a
    # budget of the sentence (each one a reading)
    stage = _text()._stage
    actual = next((g for g in reversed(before) if stage(g.clause_lead) == "actual"), None)
    budgets = [g for g in reversed(before) if stage(g.clause_lead) == "budget" and actual is not None and g.index < actual.index]
    if actual is None or not budgets:
        return []
    first, *rest = [{"terms": [[actual.fig.id, sign], [b.fig.id, -sign]]} for b in budgets]
    return [_text()._rel("difference", "CHG002", d, **first, alternatives=rest)]


def without_quantity_nouns(name: str) -> str:
    """A name without the nouns that hold a direction or share word but name a quantity (增加值 is
    value added, 耕地占用税 a tax), and without a form's other direction in brackets (增加（减少）)."""
    for noun in _text().cues()[0].change.nouns:
        name = name.replace(noun, "")
    return regex.sub(_text().cues()[0].change.alternative, "", name)


def ends_in_change(lead: str) -> bool:
    """Whether a clause ends with a direction word (…增加, 调减, 少): what follows it is a change."""
    return _pats()["amount"].search(lead) is not None


def is_change_amount(m: Mention, sent: list[Mention]) -> bool:
    """Whether m is a change amount: a direction word ends its clause and a comparison (or 由A…到B)
    stands before."""
    return (m.kind in ("money", "count") and ends_in_change(m.clause_lead)
            and (_comparison_before(m, sent) is not None or _from_to(m, sent) is not None))


def is_inline_base(g: Mention) -> bool:
    """Whether g is the base a comparison writes right after its word ("比上年同期133191万元减收…"), not
    the change it states ("比上年增加73.91万元")."""
    return _pats()["inline"].search(g.listing_lead) is not None and not ends_in_change(g.clause_lead)


def bare_change(m: Mention) -> bool:
    """Whether m's clause is a direction word alone ("…，增加2362万元，…"): a change, whatever its base."""
    return _alone(m.clause_lead)


def _alone(lead: str) -> bool:
    """Whether a clause is a direction word ending it and nothing before it."""
    hit = _pats()["amount"].search(lead)
    return hit is not None and not lead[: hit.start()].strip()


def _alone_but_year_on_year(lead: str) -> bool:
    """Whether a clause is a direction word after a comparison with the year before and nothing else ("同比增收",
    "比上年增加")."""
    hit, comp = _pats()["amount"].search(lead), _pats()["compare"].match(lead.strip())
    if hit is None or comp is None or comp.end() != len(lead[: hit.start()].strip()):
        return False
    base = comp.group("base") or comp.group("base2") or ""
    return not base or (_period(base) == (None, True) and not _stage(base))


def part_start(d: Mention) -> int:
    """Where d's part of its sentence starts: its last ；before it, or the bracket it stands in
    ("…13.9亿元，…（其中：本级11.4亿元，…同比减收0.9亿元，下降7.3%；…": 11.4's part) (−1: none)."""
    depth = 0
    for i in range(len(d.upto) - 1, -1, -1):  # the innermost bracket still open at d, or a ；outside closed ones
        ch = d.upto[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                return i
            depth -= 1
        elif ch in "；;" and depth == 0:
            return i  # (not one inside brackets closed before d: "A（其中：a；b；c），比上年减少d" — d is A's)
    return -1


def flat_statements(sent: list[Mention], mentions: list[Mention]) -> list[Relation]:
    """"2024年预算安排B，比2023年预算执行数持平" / "与上年A万元持平": the figure equals its base."""
    out = []
    flats = _text().cues()[0].change.flat
    for g in sent:
        if g.kind not in ("money", "count"):
            continue
        inline = _pats()["inline"].search(g.clause_lead)
        flat = _pats()["follows"].match(g.after)
        if inline and flat and flat.group("word") in flats:  # "B，与上年A万元持平": g is the base
            word = flat.group("word")
            comp = Comparison(inline.group("base"), g.fig.start - g.sent_start - len(g.clause_lead), inline=g)
            current = _current(comp, g, sent)
            bases = [g] if current is not None and _comparable(g, current) else []
        else:
            found = flat_after(g)
            if found is None or is_change(g):
                continue
            comp, word = found
            current = g
            bases = _bases(comp, g, g, sent, mentions)
        if current is None or not bases:
            continue
        first, *others = bases
        out.append(Relation(kind="direction", rule="DIR001", source="text",
                            figures=[current.fig.id, first.fig.id] + [b.fig.id for b in others],
                            data={"op": "=", "word": word, "change": True, "alternatives": [
                                {"op": "=", "pair": [current.fig.id, b.fig.id]} for b in others]}))
    return out


def flat_after(g: Mention, in_item: bool = False) -> tuple[Comparison, str] | None:
    """The comparison of "A，与上年持平" right after g and its word (not a loose one: 基本持平), or None;
    `in_item`: or in a later clause of g's ；-part ("…费294万元，全部为运行费，与年初预算数一致；…")."""
    clauses = regex.split(r"[，,]", regex.split(r"[；;。]", g.after)[0]) if in_item else [g.after]
    for clause in clauses:
        after = clause.lstrip("，, ")
        hit = _pats()["compare"].match(after)
        if hit is None or _loose(hit.group(0)):
            continue
        flat = _pats()["follows"].match(after[hit.end():])
        if flat is None or flat.group("word") not in _text().cues()[0].change.flat:
            continue
        return Comparison(hit.group("base") or hit.group("base2") or "", g.fig.end - g.sent_start), flat.group("word")
    return None


def _loose(comparison: str) -> bool:
    """"与上年基本持平": an equality the words themselves make approximate."""
    return any(comparison.rstrip("，, ").endswith(w) for w in _text().cues()[0].change.loose)


def change_parts(sent: list[Mention], facts: FactIndex, following: list[Mention] | None = None) -> list[Relation]:
    """"财政拨款支出比上年增加d，其中：基本支出增加a，项目支出减少b": when the changes that follow a
    change name every part an identity gives its total (支出 = 基本支出 + 项目支出; a part may be
    named by its own parts: 公务用车购置费 and 公务用车运行维护费 for 公务用车购置及运行维护费), they
    add up to it with their signs (d = a − b). A part's change may name it, or follow the part's own
    amount ("基本支出600万元，比上年增加a"); the list may go on in a sentence opening with 其中
    (`following`). A list naming only some parts proves nothing: the others may have moved either
    way. (Changes in brackets right after a change are read by _bracketed_parts.)"""
    out = []
    for k, d in enumerate(sent):
        if d.kind != "money" or not is_change_amount(d, sent):
            continue
        out += _bracketed_parts(d, sent)
        total = _changed_total(d, sent, facts)
        if total is None:
            continue
        parts: dict[str, Mention | None] = {}
        named_by = None  # the part's own amount, naming the change after it
        for g, own in [(g, sent) for g in sent[k + 1 :]] + [(g, following) for g in following or []]:
            if g.kind != "money" or g.depth != d.depth:
                continue
            if not ends_in_change(g.clause_lead):
                named_by = g
                flat = flat_after(g, in_item=True)  # "因公出国（境）经费40万元，较上年持平": a part that did not change
                if flat is not None:
                    operand = operand_of(g.clause_lead)
                    if operand is None or operand in parts or not _same_base(_stage(flat[0].phrase), _base_stage(d, sent)):
                        break
                    parts[operand] = None
                continue
            if not _same_base(_base_stage(g, own), _base_stage(d, sent)):
                continue  # another series of the same parts ("…较上年减少a，较年初预算减少b；…")
            name = _changed(g) or (named_by.clause_lead if named_by is not None else "")
            operand = operand_of(name)
            if operand is None or operand in parts:
                break
            parts[operand] = g
        operands, funds = total
        if set(parts) in _partitions(operands, funds):
            sign = direction(d.clause_lead)
            out.append(_text()._rel("sum", "SUM001", d, terms=[[g.fig.id, sign * direction(g.clause_lead)]
                                                               for g in parts.values() if g is not None]))
    return out


def reason_parts(sent: list[Mention], before: list[Mention] | None = None) -> list[Relation]:
    """"收入较2023年增加d，主要是一般公共预算拨款增加a，其他收入增加b": the changes a reason lists after a
    change are its main parts, moving its way: together never more than it (a + b ≤ d). So are the changes
    a 其中 lists after it, in its sentence or opening the next ("…比预算超收d。其中，中央…超收a，地方…超收b").
    A change compared with two bases ("较上年减少d，较年初预算减少e。其中：A较上年减少a，较年初预算减少a2；…")
    has a series of parts for each: d's are those compared as it is. Reasons naming changes both ways, or
    one of them only, prove nothing."""
    out = []
    c = _text().cues()[0].sum
    openers = c.reason_openers + c.single_part_markers
    for j, first in enumerate(sent):
        listed = any(w in first.lead for w in c.single_part_markers)
        if (j == 0 and not (before and listed)) or (j > 0 and not any(w in first.lead for w in openers)):
            continue  # (at j = 0, a list opening the sentence after the change)
        run = sent[:j] if j else before
        # "调增d，主要是调增A a、B b": one direction word before the items, joined by 、, for all of them
        prefix = _direction_prefix(first, openers)
        parts = []
        for g in sent[j:]:
            if g.kind != "money" or g.depth > run[-1].depth:
                continue  # (rates, and counts a part's reason gives: "…减少a，主要是…保有量减少2辆；…"; a part's own
                # parts in brackets: "本级收入增加a（税收增加a1、非税增加a2）")
            if g.depth < run[-1].depth or not (ends_in_change(g.clause_lead) or (
                    prefix and (g is first or regex.match(r"\s*[、和及]", g.lead)))):
                break
            parts.append(g)
        if not parts:
            continue
        # (a 其中 breaks down each change before it, past its rate; a reason only the change right before it)
        # (a change naming no base, "收入增加d，其中：…增加a", has parts naming none)
        totals = _last_of_each_base(run) if listed else [run[-1]] if run[-1].kind == "money" and ends_in_change(
            run[-1].clause_lead) else []
        for d in totals:
            if d.depth != parts[0].depth:
                continue
            base = _base_stage(d, run)
            # (nor past a change of the other flow's total: "收入…增加d，主要是…补助增加a，支出决算数总计增加d"; 基本支出拨款
            # is a part of 收入 still)
            own = parts[: next((i for i, g in enumerate(parts) if _restates(g, d, base, parts[:i]) or (
                i and _text()._other_flow(d.clause_lead, g.clause_lead) and regex.search("总计|合计", g.clause_lead))), None)]
            compared = [g for g in own if _same_base(_own_base(g), base)]
            if not compared and len(totals) > 1 and [t for t in totals if all(_direction_word(g) == _direction_word(t) for g in own)] != [d]:
                continue  # (of two changes the parts name no base of, the one whose word they share: "比上年增加d，
                # 比预算超收e。其中，中央超收a，地方超收b" — e; none when both share it)
            series = compared or [g for g in own if _own_base(g) is None]
            sign = direction(d.clause_lead)
            if len(series) < 2 or any((prefix or direction(g.clause_lead)) != sign for g in series) \
                    or _moved_otherwise(own[-1] if own else series[-1], sign):
                continue
            if not compared and any(_own_base(g) is not None for g in own):
                continue  # (nor parts compared with another base: "比上年增加d，其中：基本支出比年初预算增加a，…")
            out.append(_text()._rel("sum", "SUM001", d, terms=[[g.fig.id, 1] for g in series], at_most=True))
    return out


def _moved_otherwise(last: Mention, sign: int) -> bool:
    """Whether after the last part a change the other way follows with a number read as no amount ("…教育支出增加a；
    卫生健康支出、住房保障支出共减少4.79，…": its unit left out): the reasons move both ways."""
    return _pats()["down_by" if sign > 0 else "up_by"].search(last.after) is not None


def _direction_prefix(first: Mention, openers: list[str]) -> int:
    """The direction of a word opening a list right after its opener, for every item of it ("主要是调增上级补助收入a、
    债务转贷收入b" → +1), or 0."""
    lead = compact(first.clause_lead)
    for w in sorted(map(compact, openers), key=len, reverse=True):
        lead = lead.split(w)[-1]
    word = _pats()["direction"].match(lead)
    return 0 if word is None or ends_in_change(lead) else (1 if word.group(0) in _text().cues()[0].change.up else -1)


def _restates(g: Mention, d: Mention, base: str, before: list[Mention]) -> bool:
    """Whether a change after the parts of d is d again, ending them: "…a，…b等原因较上年总体增加d". Not a
    part of d's own base of the same amount ("较年初预算减少e。其中：A…较年初预算减少e，…")."""
    amount = _text()._amount(d)
    return _text()._amount(g) == amount and any(_text()._amount(x) != amount for x in before) \
        and (not _same_base(_own_base(g), base) or regex.match(r"\s*等", g.lead) is not None or "总体" in g.clause_lead)


def _last_of_each_base(run: list[Mention]) -> list[Mention]:
    """The change amounts ending a run of mentions (percentages passed over), the last of each base:
    "…较上年减少d，下降p%，较年初预算数减少e" → d, e."""
    found: dict[str, Mention] = {}  # (by base, the last one first)
    for g in reversed(run):
        if g.kind == "percent":
            continue
        if g.kind != "money" or not ends_in_change(g.clause_lead):
            break
        found.setdefault(_normal_base(_base_stage(g, run)), g)
    return list(found.values())


def _normal_base(stage: str) -> str:
    """A base stage without the words that do not change what it names (年初预算数 and 年初预算 alike)."""
    return regex.sub(r"[数的]$", "", stage)


def _same_base(own: str | None, base: str) -> bool:
    return own is not None and _normal_base(own) == _normal_base(base)


def _own_base(g: Mention) -> str | None:
    """What a change compares with in its own clause, without its period ("基本支出比年初预算增加" → 年初预算), if it says."""
    hit = _pats()["compare"].search(g.clause_lead)
    return _stage(hit.group("base") or hit.group("base2") or "") if hit else None


def _partitions(operands: set[str], funds: str) -> list[set[str]]:
    """Every set of parts the identities give a total: each identity's parts, and those with one part
    named by its own parts (三公经费 = 因公出国（境）费 + 公务用车购置费 + 公务用车运行维护费 + 公务接待费).
    A change of spending naming no funds ("支出较去年减少d，主要是基本支出增加a，项目支出减少b") is
    taken as of the funds an identity holds for: a list naming every part but some other flow
    (上缴上级支出, 经营支出) would name that one too."""
    identities = identity_data()[0].identity
    out = []
    for i in identities:
        if i.total not in operands or (i.funds and funds not in i.funds + ["全部"]):
            continue
        out.append(set(i.parts))
        for part in i.parts:
            out += [set(i.parts) - {part} | set(j.parts) for j in identities if j.total == part and not set(j.parts) & set(i.parts)]
    return out


def _bracketed_parts(d: Mention, sent: list[Mention]) -> list[Relation]:
    """"收入增加34008万元（债务转贷收入增加33988万元，上级补助收入增加20万元）": the changes in brackets
    right after a change break it down, with their signs (an amount named without a direction word
    among them, "补充预算稳定调节基金122万元", moves the way the total does). 主要/等 make the list
    partial: then only parts all moving the total's way are checked, and only not to exceed it.
    Brackets giving bases or periods (比上年…, 2023年…) are no breakdown."""
    inside = [g for g in _text().in_brackets(d, sent) or [] if g.kind != "percent"]
    if (paired := _amounts_with_changes(d, inside, sent)) is not None:
        return paired
    if len(inside) < 2 or any(g.kind != "money" for g in inside) or not ends_in_change(inside[0].clause_lead) \
            or any(YEAR.search(g.clause_lead) or _pats()["compare"].search(g.clause_lead)
                   or any(w in g.clause_lead for w in _text().cues()[0].change.previous_period) for g in inside):
        return []
    sign = direction(d.clause_lead)
    terms = [[g.fig.id, sign * direction(g.clause_lead) if ends_in_change(g.clause_lead) else 1] for g in inside]
    partial = regex.search(r"主要|等\s*[）)]$", _bracketed(d.after)) is not None
    if partial and any(t[1] < 0 for t in terms):
        return []
    return [_text()._rel("sum", "SUM001", d, terms=terms, at_most=partial)]


def _amounts_with_changes(d: Mention, inside: list[Mention], sent: list[Mention]) -> list[Relation] | None:
    """"支出2955万元，比去年增加了936万元（基本支出1802万元、与去年相比减少了13万元，项目支出1153万元，
    与去年同期相比增加949万元）": each part's amount followed by its change, compared as d is: the
    changes add up to d (936 = −13 + 949) and the amounts to the amount d changed (2955 = 1802 + 1153).
    None when the bracket is not of that shape."""
    if len(inside) < 4 or len(inside) % 2 or any(g.kind != "money" for g in inside):
        return None
    amounts, moved = inside[0::2], inside[1::2]
    if any(ends_in_change(g.clause_lead) for g in amounts) or not all(ends_in_change(g.clause_lead) for g in moved) \
            or any(YEAR.search(g.clause_lead) for g in inside):
        return None
    sign = direction(d.clause_lead)
    partial = regex.search(r"主要|其中|等\s*[）)]$", _bracketed(d.after)) is not None  # (some parts only)
    if partial and any(sign * direction(g.clause_lead) < 0 for g in moved):
        return []
    out = [_text()._rel("sum", "SUM001", d, terms=[[g.fig.id, sign * direction(g.clause_lead)] for g in moved],
                        at_most=partial)]
    k = sent.index(d)
    whole = sent[k - 1] if k and sent[k - 1].kind == "money" and not ends_in_change(sent[k - 1].clause_lead) else None
    if whole is not None:
        out.append(_text()._rel("sum", "SUM001", whole, terms=[[g.fig.id, 1] for g in amounts], at_most=partial))
    return out


def _bracketed(text: str) -> str:
    """The bracket opening a text, up to its closing bracket (brackets inside it included)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "（("
        depth -= ch in "）)"
        if depth == 0 and ch in "）)":
            return text[: i + 1]
    return text


def _changed_total(d: Mention, sent: list[Mention], facts: FactIndex) -> tuple[set[str], str] | None:
    """The identity operands a change may be of, and its funds: those of the amount right before it
    ("财政拨款支出A，比上年增加d": its fact, or what its name names), or what the change's own clause
    names ("财政拨款支出比上年增加d")."""
    before = next((g for g in reversed(sent[: sent.index(d)]) if g.kind == "money" and not is_change(g)), None)
    fact = facts.of(before) if before is not None else None
    if fact is not None:
        return {fact.key.measure, f"{fact.key.measure}@{fact.key.scope}"}, fact.key.funds
    name = before.clause_lead if before is not None else _changed(d)
    operand = operand_of(name) if name else None
    if operand is not None:
        return {operand}, funds_named(name) or "全部"
    # "收支较上年减少d", "收、支与上年相比，减少d": both flows, named in the change's clause or the one before it
    for said in (compact(name or ""), "" if before is not None else compact(_named_before(d))):
        joint = next((flows for w, flows in _text().cues()[0].change.joint.items() if w in said), None)
        if joint:
            return set(joint), funds_named(said) or "全部"
    return None


def _base_stage(g: Mention, sent: list[Mention]) -> str:
    """What a change is compared with, without its period (比上年 and 较上年同期 alike: "")."""
    comp = _comparison_before(g, sent)
    return _stage(comp.phrase) if comp is not None else ""


def _direction_word(d: Mention) -> str:
    """The direction word of a change amount's clause (增加, 减少…)."""
    words = _pats()["direction"].findall(d.clause_lead)
    return words[-1] if words else ""


def balanced_changes(mentions: list[Mention], facts: FactIndex) -> list[Relation]:
    """A budget balances: "收入预算A，其中：财政拨款收入A，比2024年预算增加d" and "支出预算A，其中：
    财政拨款支出预算A，比2024年预算增加e" — the income and the spending of the same funds, stated equal
    this year and both compared with last year's budget (which balanced too), changed by the same
    amount: e = d. Only in a 预算 (the caller's to know), and only against a budget: last year's
    执行数 of income and of spending may differ."""
    changed: dict[tuple[str, str], dict[str, tuple[Mention, Mention]]] = {}  # (funds, base) -> flow -> (amount, change)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sent in by_sentence.values():
        for k, d in enumerate(sent):
            if d.kind != "money" or not is_change_amount(d, sent) or (comp := _comparison_before(d, sent)) is None:
                continue
            if comp.inline is not None or _stage(comp.phrase) not in _text().cues()[0].change.budget_bases:
                continue
            now = next((g for g in reversed(sent[:k]) if g.kind == "money" and not is_change(g)), None)
            fact = facts.of(now) if now is not None else None
            if fact is None or fact.key.measure not in ("收入", "支出") or fact.key.scope is not None:
                continue
            changed.setdefault((fact.key.funds, compact(comp.phrase)), {}).setdefault(fact.key.measure, (now, d))  # (the first)
    out = []
    for flows in changed.values():
        if len(flows) < 2:
            continue
        (income, d), (spending, e) = flows["收入"], flows["支出"]
        if not interval(income.fig).meets(interval(spending.fig)):
            continue  # (income and spending differ this year: a carry-over, and maybe last year too)
        out.append(Relation(kind="linear", rule="CHG002", source="text", figures=[e.fig.id, d.fig.id, spending.fig.id, income.fig.id],
                            data={"terms": [[d.fig.id, direction(d.clause_lead) * direction(e.clause_lead)]],
                                  "word": f"{_direction_word(d)}|{_direction_word(e)}"}))
    return out
