"""TXT: slips in the text itself — placeholders, doubled punctuation, a year that contradicts the
report's own, a unit named differently in a title, a standard 决算 table missing or left empty."""

from __future__ import annotations

from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.checks.context import CheckContext
from extractor.checks.findings import make_finding
from extractor.checks.registry import define
from extractor.figures.report import kind_named, title_of
from extractor.structure import YEAR


class YearPhrase(BaseModel):
    expect: str
    pattern: str


class StandardTable(BaseModel):
    name: str  # as the template names it now (in messages)
    pattern: str | None = None  # the names of every year's template, when not just `name`


class FinalAccounts(BaseModel):
    tables: list[StandardTable]
    empty_ok: list[str]
    min_present: int


class AsOf(BaseModel):
    pattern: str
    comparison: str
    fits: dict[str, list[int]]
    title_document: str


class TextData(BaseModel):
    placeholder: str
    doubled_punctuation: str
    year_phrase: list[YearPhrase]
    final_accounts: FinalAccounts
    unit_title: str
    reason_opener: str
    as_of: AsOf


@cache
def _data():
    d = lexicon.load("text", TextData)
    return d, {
        "placeholder": regex.compile(d.placeholder),
        "doubled": regex.compile(d.doubled_punctuation),
        "years": [(p.expect, regex.compile(p.pattern)) for p in d.year_phrase],
        "unit_title": regex.compile(d.unit_title),
        "reason": regex.compile(d.reason_opener),
        "as_of": regex.compile(d.as_of.pattern),
        "comparison": regex.compile(d.as_of.comparison),
        "title_document": regex.compile(d.as_of.title_document),
    }


define(
    "TXT001", "text", "placeholder", "warning",
    "A template placeholder (XX, ××, 某某, （此处填写）, an amount left blank) was left in the report.",
    """
    What it checks: runs of X/×, 某某, or bracketed "填写/待补充" left from a template, and an amount left blank
    (words, then only spaces before 万元/元, as in "其中基本支出    万元（工资福利支出…）").
    Why: a placeholder means a figure or a name was never filled in; what the sentence asserts is unknown.
    Example: "全年共开展培训XX次" → the number of trainings is missing.
    Tolerance: none.
    """,
)
define(
    "TXT002", "text", "doubled-punctuation", "warning",
    "The same punctuation mark twice, or a comma right before a full stop.",
    """
    What it checks: "，，", "。。", "、、", "，。" and similar pairs (ellipses …… and dashes —— are fine).
    Why: a doubled mark usually shows where text was deleted or pasted; the sentence around it may have
    lost a figure.
    Example: "项目支出804.79万元，，年末结转40万元" → check whether a clause is missing.
    Tolerance: none.
    """,
)
define(
    "TXT003", "text", "wrong-year", "warning",
    "A year in a title or comparison contradicts the report's own year.",
    """
    What it checks: titles that name the report's year ("2020年度部门决算表" in a 2021 report; a report whose
    title names two documents, "2025年财政预算执行情况和2026年财政预算草案及2026年部门预算", has both years),
    comparisons with the previous year ("与2021年度相比" in a 2021 report, where 2020 is meant; a
    budget compared with may be the report's own year's in a 决算 — "与2021年度预算相比" — but not in
    a 预算, which compares with the budget before it; 与 joining two documents, "2021年预算执行情况与
    2022年预算草案", compares nothing; a sentence naming its own year before the comparison
    compares from that year: "2011年预算数比2010年决算数增长" in a 2010 决算 is right, and so is "2012年安排…
    预算25万元，与2011年决算持平" in a report of 2011's 决算 and 2012's 预算 — a clause before names its subject
    first: "2014年预算数比2013年预算执行数减少d，比2013年预算数减少e", or the sentence opens with it:
    "2012年，…安排出国（境）经费预算74.6万元，较2011年决算增加56%", or a comparison set before its subject is
    followed by it: "与2013年相比，2014年生产总值…"; what a year executed may be compared with that
    year's own budget in any report: "2013年预算执行数中，公务接待费较2013年预算数减少197万元"), and
    截至/截止 dates whose year does not fit the document: a 决算 of year Y counts its stocks at the end
    of Y and is written in Y+1, so 截至 Y or Y+1 fit; a 预算 of Y is prepared in Y−1 and published
    early in Y, so 截至 Y−1 or Y fit (截至2024年8月 is normal in a 2025 预算). Only a document whose title
    names its kind is checked for dates (a note on debt whose prose mentions 预算管理 is no budget, nor a text opening
    with prose: "2020年，受疫情影响，…政府性基金预算收入下滑明显，…" has no title), and
    a title naming two documents ("2010年决算数以及2011年预算数") covers the moments of both. Other
    documents (project evaluations that span years) are not checked for dates; a 截至 date after a
    comparison word, or in a sentence that also names a fitting 截至 date, is a deliberate earlier moment.
    The phrases are data (patterns/text.toml, year_phrase and as_of).
    Why: a stale year usually means last year's text was reused without being updated — and the
    figures around it may be last year's too.
    Example: a 2024 决算 saying "与2024年度相比，收入支出总计增加…" → should read 2023; a 2024 决算
    saying "截至2023年12月31日，本单位共有车辆5辆" → the stock is counted a year early.
    Tolerance: none.
    """,
)
define(
    "TXT004", "text", "unit-name-in-title", "warning",
    "A title names the publishing unit differently from the rest of the report.",
    """
    What it checks: lines that title the unit's own report or tables ("XX局 2024 年度部门决算表") must
    name the report's unit (the unit on the cover). A name that differs, e.g. drops the district, is flagged.
    Why: a table titled with another unit's name may belong to another unit's disclosure (copied template).
    Example: cover "上海市普陀区规划和自然资源局", part 2 title "上海市规划和自然资源局 2024 年度部门决算表".
    Tolerance: spaces and brackets are ignored; a shorter form that ends the full name (e.g. without
    "中共") is accepted.
    """,
)
define(
    "TXT005", "text", "standard-table-missing", "warning",
    "A standard table of a 部门决算 is missing, or empty without an explanation.",
    """
    What it checks: a 部门决算 must publish nine standard tables (收入支出决算总表 … 三公经费支出决算表,
    under the names of any year's template: …基本支出决算明细表, 国有资本经营预算财政拨款支出决算表,
    “三公”经费支出表, or in parts: …支出决算表(一), whose part (二) is the 基本支出 table);
    each must appear as a caption or heading, and a table with no figures must say why (本表无数据,
    没有…支出). The list is data (patterns/text.toml, final_accounts).
    Why: an omitted table hides a whole class of spending from the reader.
    Example: a 决算 with no 政府性基金预算财政拨款收入支出决算表 and no statement that there was none.
    Tolerance: none.
    """,
)


def check(ctx: CheckContext):
    yield from _placeholders(ctx)
    yield from _doubled(ctx)
    yield from _years(ctx)
    yield from _as_of_dates(ctx)
    yield from _unit_titles(ctx)
    yield from _standard_tables(ctx)


def _placeholders(ctx: CheckContext):
    pat = _data()[1]["placeholder"]
    for b in ctx.doc.blocks:
        for m in pat.finditer(b.text):
            s = b.start + m.start()
            said = m.group(0)
            message = f"疑似未填写的金额：“{said.strip()}”前没有数字" if said[:1].isspace() else f"疑似未填写的占位符“{said}”"
            yield make_finding(ctx.doc, "TXT001", [], message, at=(s, s + len(said)))


def _doubled(ctx: CheckContext):
    pat = _data()[1]["doubled"]
    for b in ctx.doc.blocks:
        if b.kind == "table":
            continue
        for m in pat.finditer(b.text):
            s = b.start + m.start()
            yield make_finding(ctx.doc, "TXT002", [], f"标点重复或连用：“{m.group(0)}”", at=(s, s + len(m.group(0))))


def _years(ctx: CheckContext):
    year = ctx.meta.year
    if not year:
        return
    # (a title naming two documents, "2025年财政预算执行情况和2026年财政预算草案", has the years of both)
    titled = {int(m.group("year")) for m in _data()[1]["title_document"].finditer(title_of(ctx.doc))}
    titled = titled if len(titled) > 1 else set()  # (one year named is the one the title should name)
    for b in ctx.doc.blocks:
        text = b.text.replace(" ", "") if b.kind != "table" else ""
        for expect, pat in _data()[1]["years"]:
            if expect == "budget":  # a 预算 compares with the budget before it; any other report may
                expect = "previous" if ctx.meta.doc_type == "预算" else "budget"  # compare with its own year's too
            for m in pat.finditer(text):
                y = int(m.group("year"))
                # (a comparison set before its subject, 与…相比，, may be followed by the subject's year)
                after = text[m.end() :] if regex.search(r"(?:相比|比较)$", m.group(0)) else ""
                want = year if expect == "same" else _subject_year(text[: m.start()], year, after) - 1
                # a 预算 report's comparisons name its own previous budget year; titles may also
                # describe the previous year's 决算 inside a later document — only flag the impossible.
                if expect == "same" and not _names_own_report(b.text, ctx):
                    continue
                fits = y == want or (expect != "same" and y < want) or (expect == "budget" and y == year) \
                    or (expect == "same" and y in titled) \
                    or (expect != "same" and y == want + 1 and _executed_against_budget(text[: m.start()], m.group(0), y))
                if not fits:
                    s = _offset(b, m.start(), b.text)
                    which = "本报告年度" if expect == "same" else "上年度"
                    yield make_finding(
                        ctx.doc, "TXT003", [], f"年份“{y}”与{which}（{want}年）不符：{m.group(0)}",
                        stated=str(y), computed=str(want), at=(s, s + len(m.group(0))),
                    )


def _executed_against_budget(before: str, comparison: str, year: int) -> bool:
    """Whether a comparison holds what a year executed against that year's own budget ("2013年预算执行数中，
    公务接待费较2013年预算数减少197万元"): its sentence names what that year executed before it."""
    sentence = regex.split(r"[。；;！？]", before)[-1]
    return "预算" in comparison and regex.search(rf"{year}年(?:(?!\d{{4}}年)[^，,])*?(?:执行|决算|实际)", sentence) is not None


def _subject_year(before: str, year: int, after: str = "") -> int:
    """The year a comparison is made from: the one its own clause names ("2011年预算数比2010年决算数增长"
    in a 2010 决算 compares 2011 with 2010), or the clause before it ("我厅2012年安排…预算59.94万元，与2011年
    决算基本持平": 2012 with 2011) unless that one gives a reason ("由于2019年未安排…，所以…较2019年预算增加"
    in a 2020 预算), or the year opening the sentence ("2012年，…安排经费预算74.6万元，较2011年决算增加56%"),
    or the one opening the clause after a comparison set before its subject ("与2013年相比，2014年生产总值…"),
    else the report's."""
    clauses = regex.split(r"[，,：:]", regex.split(r"[。；;！？]", before)[-1])
    named = YEAR.findall(clauses[-1])
    if not named and len(clauses) > 1 and not _data()[1]["reason"].match(clauses[-2]):
        # (the clause before names its subject first: "2014年预算数比2013年预算执行数减少d，比2013年预算数减少e")
        named = YEAR.findall(clauses[-2])[:1]
    opening = YEAR.match(clauses[0])
    if not named and opening:
        named = [opening.group(1)]
    if not named and (following := YEAR.match(after.lstrip("，, "))):
        named = [following.group(1)]
    return int(named[-1]) if named else year


def _as_of_dates(ctx: CheckContext):
    """截至2023年12月31日 in a 2024 决算: a stock counted at a moment the document does not cover."""
    d, pats = _data()
    year, kind = ctx.meta.year, ctx.meta.doc_type
    title = title_of(ctx.doc)
    first = regex.split(r"[。，,]", title)[0]
    if not year or kind not in d.as_of.fits or kind_named(first) != kind:
        return  # only a disclosure whose title names its kind says when its stocks are counted (a text opening
        # with prose has no title: "2020年，受…影响，政府性基金预算收入下滑明显，…。")
    # a title naming two documents (2010年决算和2011年预算) covers the moments of both
    named = [(year, kind)] + [(int(m.group("year")), m.group("kind")) for m in pats["title_document"].finditer(title)]
    wanted = sorted({y + k for y, kind in named for k in d.as_of.fits[kind]})
    for b in ctx.doc.blocks:
        if b.kind == "table":
            continue
        text = b.text.replace(" ", "")
        dates = list(pats["as_of"].finditer(text))
        if any(int(m.group("year")) in wanted for m in dates):
            continue  # an earlier moment named next to the document's own, on purpose
        for m in dates:
            y = int(m.group("year"))
            if y in wanted or pats["comparison"].search(text[max(0, m.start() - 4):m.start()]):
                continue
            s = _offset(b, m.start(), b.text)
            allowed = "或".join(f"{w}年" for w in wanted)
            yield make_finding(
                ctx.doc, "TXT003", [], f"截止日期“{m.group(0)}”的年份{y}年与本报告（{year}年{ctx.meta.doc_type}）不符，应为{allowed}",
                stated=str(y), computed=allowed, at=(s, s + len(m.group(0))),
            )


def _names_own_report(text: str, ctx: CheckContext) -> bool:
    """A title line (heading or short paragraph) rather than prose quoting another year's report."""
    return len(text) <= 60


def _offset(block, pos_in_compact: int, text: str) -> int:
    """Map an offset in the space-free text back to the block text."""
    seen = 0
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        if seen == pos_in_compact:
            return block.start + i
        seen += 1
    return block.start


def _compact(name: str) -> str:
    return regex.sub(r"[\s（）()]", "", name)


def _unit_titles(ctx: CheckContext):
    unit = ctx.meta.unit_name
    if not unit:
        return
    own = _compact(unit)
    pat = _data()[1]["unit_title"]
    for b in ctx.doc.blocks:
        if b.kind == "table" or len(b.text) > 60:
            continue
        m = pat.match(b.text.replace(" ", ""))
        if not m:
            continue
        named = _compact(m.group("name"))
        # accepted: the full name, or a shorter form that is a tail of it (中共… → …, 本级)
        if named == own or own.endswith(named) or named.endswith(own):
            continue
        # only names of the same kind of body: they share the last characters (…局, …办事处)
        if not _same_body(named, own):
            continue
        yield make_finding(
            ctx.doc, "TXT004", [], f"标题中的单位名称“{m.group('name')}”与报告单位“{unit}”不一致",
            stated=m.group("name"), computed=unit, at=(b.start, b.end),
        )


def _same_body(a: str, b: str) -> bool:
    """Two unit names share their distinctive tail (e.g. 规划和自然资源局)."""
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return tail >= 4


def _standard_tables(ctx: CheckContext):
    if ctx.meta.doc_type != "决算":
        return
    fa = _data()[0].final_accounts
    blocks = ctx.doc.blocks
    titles = [(b.index, _compact(b.text)) for b in blocks if b.kind != "table" and len(b.text) <= 80]
    titles += [(b.index, _compact(b.caption)) for b in blocks if b.kind == "table" and b.caption]
    found = {}
    for table in fa.tables:
        name = table.pattern or regex.escape(table.name)
        # (titles are compared without brackets: "…支出决算表(一)" reads …支出决算表一)
        pat = regex.compile(name + "[一二三四]?$|" + name + r"[（(]|^" + r"(?:[\p{Han}]{0,30})" + name)
        found[table.name] = [i for i, t in titles if pat.search(t)]
    # a 决算 published as its 说明 alone (tables in another file) is not missing its tables
    if sum(1 for hits in found.values() if hits) < fa.min_present:
        return
    for name, hits in found.items():
        # the table of contents names every table too: the table itself follows its last mention
        if not hits:
            yield make_finding(
                ctx.doc, "TXT005", [], f"部门决算缺少标准表格：{name}",
                at=(0, 0), excerpt=None,
            )
            continue
        yield from _empty_table(ctx, hits[-1], name, fa.empty_ok)


def _empty_table(ctx: CheckContext, title_index: int, name: str, empty_ok: list[str]):
    blocks = ctx.doc.blocks
    after = blocks[title_index + 1 : title_index + 8]
    table = next((b for b in after if b.kind == "table"), None)
    if table is None:
        return
    has_figures = any(f.block == table.index for f in ctx.figures)
    if has_figures:
        return
    near = "".join(b.text for b in blocks[table.index + 1 : table.index + 4] if b.kind != "table")
    if any(w in near for w in empty_ok):
        return
    yield make_finding(
        ctx.doc, "TXT005", [], f"{name}为空表，且未说明原因", at=(table.start, table.start),
    )
