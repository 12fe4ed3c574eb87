"""What a figure measures: its label (the noun phrase of its clause), scope tags and period.

Labels come from the clause before the figure, trimmed of the verbs and copulas that lead into
the number (为, 达到, 共计 ...) and of dates. Scope tags are searched in levels — the figure's own
clause, then the subject of its sentence, then the enclosing headings, innermost first — and for
each group of tags (基本/项目, 预算/决算 ...) the first level that names one decides.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from extractor.figures.recognise import Found
from extractor.figures.vocab import data
from extractor.sentences import MAX_SENTENCE

# Spaces next to a CJK character are layout (PDF justification, a removed year), not words apart.
_CJK_SPACE = regex.compile(r"(?<=\p{Han}|[，。：；（）“”])[ \u3000\xa0]+|[ \u3000\xa0]+(?=\p{Han}|[，。：；（）“”])")


def _is_clause_mark(text: str, i: int) -> bool:
    """A clause mark at text[i], except the brackets of a short note inside a word: 因公出国（境）费."""
    c = data().data.context
    ch = text[i]
    if ch not in c.clause_marks:
        return False
    if ch in "（(":
        close = min((j for j in (text.find("）", i), text.find(")", i)) if j != -1), default=-1)
        return not (close != -1 and 1 < close - i <= c.short_bracket_chars + 1 and not _has_mark(text[i + 1:close]))
    if ch in "）)":
        open_ = max(text.rfind("（", 0, i), text.rfind("(", 0, i))
        return not (open_ != -1 and 1 < i - open_ <= c.short_bracket_chars + 1 and not _has_mark(text[open_ + 1:i]))
    return True


def _has_mark(s: str) -> bool:
    marks = data().data.context.clause_marks
    return any(ch in marks for ch in s) or any(ch.isdigit() for ch in s)


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the clause holding text[pos] begins (never before `floor`).

    >>> s = "全年决算支出15.42万元，其中因公出国（境）费0万元"
    >>> s[clause_start(s, s.index("0万元")):s.index("0万元")]
    '其中因公出国（境）费'
    """
    i = pos - 1
    while i >= floor:
        if _is_clause_mark(text, i):
            return i + 1
        i -= 1
    return floor


def clause_end(text: str, pos: int, ceiling: int | None = None) -> int:
    """Where the clause holding text[pos] ends (exclusive)."""
    ceiling = len(text) if ceiling is None else ceiling
    i = pos
    while i < ceiling:
        if _is_clause_mark(text, i):
            return i
        i += 1
    return ceiling


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] starts. Walks back only as far as that sentence (an rfind
    per mark would scan a whole long paragraph for marks it never holds, once per figure), and no
    further than MAX_SENTENCE characters."""
    marks = data().data.context.sentence_marks
    i, floor = pos, max(0, pos - MAX_SENTENCE)
    while i > floor and text[i - 1] not in marks:
        i -= 1
    return i


def sentence_subject(text: str, pos: int, floor: int = 0) -> str:
    """The first clause of the sentence holding text[pos]: what the sentence is about.
    `floor`: where the block's own numbering (1、) ends."""
    start = max(sentence_start(text, pos), floor)
    return text[start:clause_end(text, start, min(len(text), start + MAX_SENTENCE))]


def clean_label(s: str) -> str:
    """A clause cut down to the noun phrase naming what the number measures.

    >>> clean_label("2021年年初预算批复的基本支出为")
    '年初预算批复的基本支出'
    >>> clean_label("其中：工资福利支出")
    '工资福利支出'
    >>> clean_label("全年国内公务接待共")
    '全年国内公务接待'
    >>> clean_label("和"), clean_label("其中")
    ('', '其中')
    """
    c = data()
    ctx = c.data.context
    for p in c.label_noise:
        s = p.sub("", s)
    s = _CJK_SPACE.sub("", s).strip(" \u3000\xa0：:，,")
    changed = True
    while changed and s:
        changed = False
        for w in ctx.label_leading:
            # (a joiner alone names nothing: "减少a和b" — b is named like a)
            if s.startswith(w) and (len(s) > len(w) or w in ctx.label_joiners):
                s, changed = s[len(w):].lstrip(" \u3000\xa0：:"), True
        for w in ctx.label_trailing:
            if s.endswith(w) and not _ends_a_word(s, w):
                s, changed = s[: -len(w)].rstrip(" \u3000\xa0：:"), True
    return _balanced_quotes(s.strip(" \u3000\xa0"))


def _ends_a_word(s: str, w: str) -> bool:
    """违法行为 ends in 为 and 节约 in 约, but neither is a copula or an approximation there."""
    c = data().data
    if s.endswith(tuple(c.context.label_keep_endings)):
        return True
    return len(s) > len(w) and s[-len(w) - 1] in c.approx.word_before.get(w, "")


def _balanced_quotes(s: str) -> str:
    """Drop a quotation mark whose partner was cut off with the clause: 拆除“空心房 -> 拆除空心房."""
    if s.count("“") != s.count("”"):
        s = s.replace("“", "").replace("”", "")
    return s


def scope_tags(levels: list[str]) -> list[str]:
    """The scope of a figure from texts ordered most specific first.

    >>> scope_tags(["其中公务接待费", "全年决算支出“三公”经费15.42万元", "（三）“三公”经费情况"])
    ['三公经费', '公务接待费', '决算', '支出']
    >>> scope_tags(["项目支出", "决算数与年初预算指标对比", "（1） 基本支出"])
    ['项目支出', '预算', '决算', '支出']
    """
    decided: dict[str, tuple[str, ...]] = {}
    for text in levels:
        if text:
            for group, names in _level_tags(text):
                decided.setdefault(group, names)
    order = _tag_order()
    return sorted({n for names in decided.values() for n in names}, key=order.__getitem__)


# Headings and table captions are the same texts for every figure under them: each text's tags
# are worked out once.
@lru_cache(maxsize=8192)
def _level_tags(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(group, tags) found in one text, groups in the order found."""
    found: dict[str, list[str]] = {}
    rest = text
    for tag, pat in data().scope:  # earlier, longer patterns first take their span
        if pat.search(rest):
            group = found.setdefault(tag.group or tag.tag, [])
            if tag.tag not in group:
                group.append(tag.tag)
        if tag.consumes:
            rest = pat.sub(lambda m: "\x00" * len(m.group(0)), rest)
    return tuple((group, tuple(names)) for group, names in found.items())


@cache
def _tag_order() -> dict[str, int]:
    order: dict[str, int] = {}
    for t, _ in data().scope:
        order.setdefault(t.tag, len(order))  # the first place a tag appears, as list.index gives
    return order


@lru_cache(maxsize=1)
def _paired_after() -> regex.Pattern:
    return regex.compile(data().data.period_rules.paired_after)


@lru_cache(maxsize=8192)
def period_of(clause: str) -> str | None:
    """The period a clause gives its figure: the last period word not naming a comparison base.

    >>> period_of("2021年年初预算批复的基本支出为"), period_of("年末财政拨款结转和结余")
    ('年初', '年末')
    >>> period_of("较上年决算支出增加") is None, period_of("和上年相比增加") is None
    (True, True)
    >>> period_of("本年收入和上年结转")
    '上年'
    """
    rules = data().data.period_rules
    comparison, paired = tuple(rules.comparison_before), tuple(rules.paired_before)
    best: tuple[int, str] | None = None
    for tag, pat in data().period:
        for m in pat.finditer(clause):
            before = clause[: m.start()]
            if before.endswith(comparison) or (before.endswith(paired) and _paired_after().search(clause[m.end():])):
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), tag.tag)
    return best[1] if best else None


def name_in_text(text: str, found: list[Found], floor: int = 0) -> list[tuple[str, str | None, str]]:
    """(label, period, clause) of each figure found in a paragraph. `floor`: where the paragraph's
    own numbering ends.

    >>> from extractor.figures import find_figures
    >>> s = "纳入监测对象29户77人，建设3个党建示范基地，共计1063.49㎡。"
    >>> [label for label, _, _ in name_in_text(s, find_figures(s))]
    ['纳入监测对象', '纳入监测对象', '建设党建示范基地', '']
    """
    ctx = data().data.context
    out: list[tuple[str, str | None, str]] = []
    prev: Found | None = None
    prev_label, prev_period = "", None
    for i, f in enumerate(found):
        sent = sentence_start(text, f.start)
        same_sentence = prev is not None and prev.end > sent
        low = prev.end if same_sentence else max(sent, floor)
        clause = text[clause_start(text, f.start, low):f.start]
        before = text[:f.start].rstrip().rstrip("为是达：:").rstrip()
        if not clean_label(clause) and before.endswith(("）", ")")):
            # 设备（不含车辆）0台, 采购金额（以合同签订为准）为2319.21万元: an aside in brackets
            # stands between the noun and its number
            aside = _aside_start(text, len(before))
            clause = text[clause_start(text, aside, low):aside]
        label = clean_label(clause)
        period = period_of(clause)
        if f.kind == "count":
            # 建设3个党建示范基地: the counted noun follows the number
            after, clause_ends = _counted_noun(text, f, found[i + 1] if i + 1 < len(found) else None)
            if len(label) < ctx.count_noun_min or (clause_ends and after not in label and is_noun_phrase(after)):
                label += after
        between = _words(text[low:f.start])
        if not label and same_sentence and not any(w in between for w in ctx.total_words):
            # 29户77人, 150批次，902人次, 团组0个、累计0人次: the second figure shares the first's label
            # (and its period when nothing at all stands between them); 共计 names a total of its own
            label, period = prev_label, period or (None if between else prev_period)
        out.append((label, period, clause))
        prev, prev_label, prev_period = f, label, period
    return out


def _aside_start(text: str, pos: int) -> int:
    """Where the bracketed aside ending just before `pos` opens (pos itself when there is none)."""
    end = len(text[:pos].rstrip())
    opening = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    return opening if opening != -1 else pos


def _words(s: str) -> str:
    """What is left of a stretch of text without punctuation and spaces."""
    marks = data().data.context.clause_marks
    return "".join(ch for ch in s if ch not in marks and not ch.isspace())


def _counted_noun(text: str, f: Found, nxt: Found | None) -> tuple[str, bool]:
    """The words after a count up to the end of its clause or the next figure, cleaned; and whether
    the clause ends there (when the next figure comes first, the words may be that figure's label)."""
    ceiling = nxt.start if nxt else None
    stop = clause_end(text, f.end, ceiling)
    noun = text[f.end:stop]
    for w in data().data.approx.after:
        if noun.startswith(w):
            noun = noun[len(w):]
    return clean_label(noun), stop != ceiling


def is_noun_phrase(words: str) -> bool:
    """Whether words name a thing (扶贫项目资产, 大排查) rather than say what was done (完成技术改造),
    by the parts of speech jieba gives them; the tag sets are data (patterns/figures.toml).

    >>> is_noun_phrase("扶贫项目资产"), is_noun_phrase("村级民情服务中心"), is_noun_phrase("移交纪委调查处理")
    (True, True, False)
    """
    if not _HAN.search(words):
        return False
    ctx = data().data.context
    nouns = set(ctx.counted_noun_tags)
    tags = [t for _, t in _tagger()(words)]
    if tags and tags[0] not in nouns and tags[0] in ctx.counted_noun_opening_tags:
        tags = tags[1:]
        if len(tags) < ctx.counted_noun_after_opening:
            return False
    return bool(tags) and all(t in nouns for t in tags)


_HAN = regex.compile(r"\p{Han}")


@cache
def _tagger():
    """jieba's part-of-speech tagger, loaded on first use only (its dictionary takes about half a
    second to load, so a document without such counts never pays for it), once per process."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.CRITICAL)  # no "Building prefix dict…" chatter on stderr
    jieba.initialize()
    return lambda s: [(w.word, w.flag) for w in jieba.posseg.cut(s)]
