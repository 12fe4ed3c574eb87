"""Items of an overview detailed under their own heading (CON001).

An overview lists the unit's income or spending ("2016年度总收入27,664.71万元，其中：财政拨款收入
9,787.85万元，教育事业收入5,738.74万元…"); a numbered paragraph later takes up one item and states its
amount again ("①财政拨款收入：本年度我院财政拨款收入共计9,787.85万元，占总收入的35.39%"). The two are one
quantity: its amounts must agree, and so must its shares of the same whole.

What makes them one: the same name once the period and the unit speaking of itself are off (本年度,
我院), the detailing paragraph opening with the item's name, the same stage and period words and no
two funds named. What keeps other quantities out: an item of a subject's list is the subject's
("初中教育支出A，其中：基本支出a" is the 基本支出 of 初中教育), so only lists of the unit's own income or
spending count; and an item named with two different amounts before is ambiguous. The words are data:
patterns/detailed.toml.
"""

from __future__ import annotations

from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.model import Document, Relation
from extractor.relations.facts import funds_named, without_funds
from extractor.relations.mentions import Mention, compact
from extractor.relations.restated import without_funds_names
from extractor.structure import YEAR, numbering_of, without_numbering

_LIST_MARKERS = ("其中", "包括")
_MARKS = regex.compile(r"[\s“”\"'‘’《》【】\[\]、，,；;：:。]|20\d\d\s*年度?|的")  # (brackets stay: 因公出国（境）费)


class DetailedWords(BaseModel):
    opener: str
    closer: str
    min_chars: int
    unit_whole: str
    context_words: list[str]
    not_the_amount: list[str]
    section_title: str


@cache
def _words() -> tuple[DetailedWords, dict[str, regex.Pattern]]:
    w = lexicon.load("detailed", DetailedWords)
    return w, {"opener": regex.compile(w.opener), "closer": regex.compile(w.closer),
               "unit_whole": regex.compile(w.unit_whole)}


def item_name(phrase: str) -> str:
    """What an item is called, for comparing: no numbering, years, marks, period or self-reference.

    >>> item_name("本年度我院财政拨款收入共计"), item_name("（一）教育支出类科目 "), item_name("其中:财政拨款收入")
    ('财政拨款收入', '教育支出', '财政拨款收入')
    """
    _, c = _words()
    name = _MARKS.sub("", without_numbering(phrase))
    name = regex.sub(rf"^(?:{'|'.join(_LIST_MARKERS)})", "", name)
    return c["closer"].sub("", c["opener"].sub("", name))


def find_detailed_relations(doc: Document, mentions: list[Mention], doc_stage: str | None = None) -> list[Relation]:
    """`doc_stage`: the report's (预算, 决算), which its sentences need not name."""
    w, _ = _words()
    out: list[Relation] = []
    earlier: dict[str, list[Mention]] = {}  # an item's name -> its amounts so far, in document order
    first_in: set[int] = set()
    for m in mentions:
        if m.kind != "money" or m.fig.approx or m.fig.high is not None:
            continue
        opens = m.paragraph not in first_in
        first_in.add(m.paragraph)
        name = item_name(m.clause_lead)
        if len(name) < w.min_chars or any(x in m.clause_lead for x in w.not_the_amount) \
                or not regex.fullmatch(r"[\p{Han}（）()]+", name):
            continue
        if opens and (e := _detailed(doc, m, name, earlier, doc_stage)) is not None:
            out.append(_same(m, e, name))
            share, e_share = _share_after(m, mentions), _share_after(e, mentions)
            if share is not None and e_share is not None and compact(share.clause_lead) == compact(e_share.clause_lead):
                out.append(_same(share, e_share, name))
        earlier.setdefault(name, []).append(m)
    return out


def _detailed(doc: Document, m: Mention, name: str, earlier: dict[str, list[Mention]], doc_stage: str | None) -> Mention | None:
    """The overview's amount m details: m opens a numbered paragraph named like it, and the item was
    listed once before (or only with one value), at the same stage and period, of the unit's own
    income or spending."""
    text = doc.blocks[m.paragraph].text
    if numbering_of(text.strip()) is None:
        return None
    label = item_name(regex.split(r"[：:，,。；;\d]", without_numbering(text), maxsplit=1)[0])
    if not label.endswith(name):  # (the heading may name it in full: ②教育事业收入：本年度我院事业收入a)
        return None
    before = [e for e in earlier.get(label, []) if e.paragraph != m.paragraph]
    if not before or len({e.fig.yuan if e.fig.yuan is not None else e.fig.value for e in before}) > 1:
        return None
    e = before[-1]
    if not _listed_by_the_unit(doc, e) or _context(doc, e) - {doc_stage} != _context(doc, m) - {doc_stage} \
            or _years_differ(doc, e, m) or _funds_differ(doc, e, m):
        return None
    return e


def _listed_by_the_unit(doc: Document, e: Mention) -> bool:
    """Whether e stands in a list of the unit's own income or spending ("总收入A，其中：…e"; "支出包括：…e"),
    not of a subject's ("初中教育支出A，其中：基本支出e")."""
    upto = e.upto
    at = max(upto.rfind(x) for x in _LIST_MARKERS)
    if at < 0:
        return False
    whole = upto[:at]
    if not whole.strip(" ，,：:"):  # the list opens the sentence: its whole ends the sentence before
        b = doc.blocks[e.paragraph]
        whole = regex.split(r"[。；;！？]", doc.text[b.start:e.sent_start].rstrip().rstrip("。；;"))[-1]
    whole = regex.sub(r"[-−]?\d[\d,，.．]*\s*(?:亿元|万元|元)?[\s，,：:]*$", "", whole.strip(" ，,：:"))
    whole = regex.split(r"[，,；;：:]", whole)[-1]
    bare = item_name(regex.sub(r"预算|决算", "", without_funds(without_funds_names(whole))))
    return _words()[1]["unit_whole"].match(bare) is not None


def _opening(doc: Document, m: Mention) -> str:
    """The text of m's sentence up to it, with its paragraph's opening sentence when m's is a later one."""
    b = doc.blocks[m.paragraph]
    if m.sent_start <= b.start:
        return m.upto
    return regex.split(r"[。；;！？]", b.text, maxsplit=1)[0] + "。" + m.upto


def _context(doc: Document, m: Mention) -> frozenset[str]:
    said = without_funds(_opening(doc, m))
    return frozenset(x for x in _words()[0].context_words if x in said)


def _years_differ(doc: Document, a: Mention, b: Mention) -> bool:
    ya, yb = set(YEAR.findall(_opening(doc, a))), set(YEAR.findall(_opening(doc, b)))
    return bool(ya and yb and ya != yb)


def _funds_differ(doc: Document, a: Mention, b: Mention) -> bool:
    """Whether the two name different funds in their sentences, or one under a section title naming funds
    ("四、一般公共预算财政拨款支出决算情况说明" over "1.基本支出a") and the other under none (all funds)."""
    def titled(m: Mention) -> str | None:
        titles = [h for h in m.section if regex.search(_words()[0].section_title, h.strip())]
        return next((n for h in reversed(titles) if (n := funds_named(h))), None)

    (sa, ta), (sb, tb) = (funds_named(_opening(doc, a)), titled(a)), (funds_named(_opening(doc, b)), titled(b))
    fa, fb = sa or ta, sb or tb
    if fa is not None and fb is not None:
        return fa != fb
    return (fa is None and tb is not None) or (fb is None and ta is not None)  # (a title's funds against all funds)


def _share_after(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The share right after an amount in its sentence ("…9,787.85万元，占总收入的35.39%")."""
    nxt = mentions[m.index + 1] if m.index + 1 < len(mentions) else None
    if nxt is None or nxt.sentence != m.sentence or nxt.kind != "percent" or "占" not in nxt.clause_lead:
        return None
    return nxt


def _same(later: Mention, first: Mention, name: str) -> Relation:
    return Relation(kind="linear", rule="CON001", source="restated", figures=[later.fig.id, first.fig.id],
                    data={"terms": [[first.fig.id, 1]], "same": name, "subject": name})
