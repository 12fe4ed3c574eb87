"""Figures seen as mentions in running text: the sentence each stands in, the words that lead to
it, and a way to find the figure a phrase refers to ("年初预算" → the 年初预算 figure nearby).

Relation finders read cue words from these leads, so they work on any report's wording of the
same kind of statement.
"""

from __future__ import annotations


from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import regex

from extractor.model import Document, Figure
from extractor.sentences import MAX_SENTENCE, span_at
from extractor.structure import YEAR

_CLAUSE_MARKS = "，,；;：:、"
_OPEN, _CLOSE = "（(", "）)"
_NOISE = regex.compile(r"[\s“”\"'‘’《》（）()【】\[\]、，,；;：:。]|20\d\d\s*年度?|的|为|是|达|共|计")


@dataclass
class Mention:
    fig: Figure
    index: int  # position in the document's list of mentions
    sentence: int  # sentence number in the document
    sent_start: int
    sent_end: int
    lead: str  # text from the previous figure of the sentence (or its start) up to this figure
    head: str  # text from the sentence start up to the sentence's first figure
    after: str  # text right after the figure, up to the next figure or the sentence end
    upto: str  # the sentence up to this figure
    paragraph: int  # block index
    section: tuple[str, ...] = field(default_factory=tuple)
    part: int = -1  # block of the top-level heading it stands under (-1: before any), tells two parts of one title apart

    @property
    def kind(self) -> str:
        return self.fig.kind

    @cached_property
    def depth(self) -> int:
        """How many brackets are open in the sentence at this mention."""
        return sum(self.upto.count(ch) for ch in _OPEN) - sum(self.upto.count(ch) for ch in _CLOSE)

    @property
    def listing_lead(self) -> str:
        """The lead cut at the last clause mark but 、: a name may list several things ("与2018年收、支总计",
        "进口货物增值税、消费税和关税合计")."""
        return regex.split(r"[，,；;。：:]", self.lead)[-1]

    @cached_property  # asked for again and again by the relation finders; the lead never changes
    def clause_lead(self) -> str:
        """The lead cut at the last clause mark or unclosed bracket: "…，较上年增加" → "较上年增加",
        "…万元（占年初预算批复数" → "占年初预算批复数"; a bracket closed inside the name stays
        ("其中：因公出国（境）费" → "因公出国（境）费")."""
        depth = 0
        for i in range(len(self.lead) - 1, -1, -1):
            ch = self.lead[i]
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                if depth == 0:
                    return self.lead[i + 1 :]
                depth -= 1
            elif ch in _CLAUSE_MARKS and depth == 0:
                return self.lead[i + 1 :]
        return self.lead


def build_mentions(doc: Document, figures: list[Figure]) -> list[Mention]:
    """Mentions of the figures that stand in paragraphs and headings (table cells are not prose)."""
    text = doc.text
    prose = sorted((f for f in figures if not f.table), key=lambda f: f.start)
    part_starts = [s.block for s in doc.sections]
    out: list[Mention] = []
    sentence = -1
    last_span = (-1, -1)
    prev_end = 0
    first_in_sentence = 0
    for i, f in enumerate(prose):
        # figures come in order: one inside the last sentence found needs no second walk through it
        s, e = last_span if last_span[0] <= f.start < last_span[1] else _sentence(text, f.start)
        if (s, e) != last_span:
            sentence += 1
            last_span = (s, e)
            prev_end = s
            first_in_sentence = f.start
        nxt = prose[i + 1].start if i + 1 < len(prose) and prose[i + 1].start < e else e
        block = doc.blocks[f.block] if 0 <= f.block < len(doc.blocks) else None
        out.append(
            Mention(
                fig=f, index=len(out), sentence=sentence, sent_start=s, sent_end=e,
                lead=text[prev_end:f.start], head=text[s:first_in_sentence], after=text[f.end:nxt], upto=text[s:f.start],
                paragraph=block.index if block else -1, section=tuple(doc.section_path(f.block)),
                part=_part_of(part_starts, f.block),
            )
        )
        prev_end = f.end
    return out


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding text[pos] (sentences.span_at); one longer than MAX_SENTENCE is cut into
    windows of that size, so the strings a mention keeps stay short.

    >>> t = "收入" + "1" * 4500 + "。"
    >>> _sentence(t, 3), _sentence(t, 2100), _sentence(t, 4501)
    ((0, 2000), (2000, 4000), (4000, 4503))
    """
    s, e = span_at(text, pos)
    if e - s > MAX_SENTENCE:
        s += (pos - s) // MAX_SENTENCE * MAX_SENTENCE
        e = min(e, s + MAX_SENTENCE)
    return s, e


def _part_of(part_starts: list[int], block: int) -> int:
    k = bisect_right(part_starts, block) - 1
    return part_starts[k] if k >= 0 else -1


def paragraph_openings(mentions: list[Mention]) -> dict[int, str]:
    """Each paragraph's text up to its first figure: where it names the year, level or list its amounts are of."""
    opening: dict[int, str] = {}
    for m in mentions:
        opening.setdefault(m.paragraph, m.upto)
    return opening


def years_apart(a: Mention, b: Mention) -> bool:
    """Whether the sentences of two mentions name different years up to them ("2022年…决算为3.46万元" and
    "2023年…决算中，…公务接待费0.28万元"): amounts of two years, whatever else they share."""
    ya, yb = set(YEAR.findall(a.upto)), set(YEAR.findall(b.upto))
    return bool(ya and yb and not ya & yb)


def compact(phrase: str) -> str:
    """A phrase without punctuation, years and filler words, for comparing names of quantities.

    >>> compact("2021年年初预算批复的基本支出为")
    '年初预算批复基本支出'
    """
    return _NOISE.sub("", phrase)


def similarity(a: str, b: str) -> float:
    """Share of the character bigrams of `a` that occur in `b` (how much of phrase a is said in b).

    >>> round(similarity("年初预算", "2021年初批复预算的三公经费为"), 2)
    0.33
    """
    a, b = compact(a), compact(b)
    if not a or not b:
        return 0.0
    grams = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    inside = {b[i : i + 2] for i in range(len(b) - 1)} | set(b)
    return sum(1 for g in grams if g in inside) / len(grams)


def name_of(m: Mention) -> str:
    """What a mention says it is: its own clause lead, and the sentence head for context."""
    return m.clause_lead or m.lead


def resolve(
    phrase: str,
    mentions: list[Mention],
    before: int,
    *,
    kinds: tuple[str, ...] = ("money",),
    same: Mention | None = None,
    min_score: float = 0.5,
    margin: float = 0.15,
    reach: int = 3,
    accept: Callable[[Mention], bool] | None = None,
) -> list[Mention]:
    """Mentions before position `before` whose name matches `phrase`, best first.

    Searched backwards through the current paragraph and up to `reach` earlier paragraphs of the
    same section; `same` (the figure the phrase is compared with) boosts candidates about the same
    quantity. Returns the candidates scoring at least `min_score` and within `margin` of the best:
    the plausible readings, not every figure that shares a word. `accept`, when given, says which
    mentions may be read at all (a change stated of the quantity is not the quantity)."""
    before = min(before, len(mentions))
    if before <= 0:
        return []
    anchor = mentions[before - 1]
    paragraphs: list[int] = []
    scored: list[tuple[float, int, Mention]] = []
    for j in range(before - 1, -1, -1):  # by index: a slice would copy every earlier mention per call
        m = mentions[j]
        if m.kind not in kinds or (same is not None and m is same) or (accept is not None and not accept(m)):
            continue
        if m.paragraph not in paragraphs:
            if len(paragraphs) > reach or (paragraphs and m.section[:1] != anchor.section[:1]):
                break
            paragraphs.append(m.paragraph)
        own = similarity(phrase, name_of(m))
        ctx = similarity(phrase, m.head + name_of(m))
        score = max(own, 0.8 * ctx)
        if same is not None:
            score += 0.3 * similarity(_subject(same), m.head + name_of(m))
        if score >= min_score:
            scored.append((score, -len(paragraphs), m))
    scored.sort(key=lambda t: (t[0], t[1], t[2].index), reverse=True)
    return [m for score, _, m in scored if score >= scored[0][0] - margin]


def _subject(m: Mention) -> str:
    """The quantity a mention is about, as the sentence names it (for matching its counterparts)."""
    return (m.head or name_of(m))[-16:]
