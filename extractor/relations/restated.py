"""Restatements: a quantity a report states twice must have one value.

A figure is keyed by what it measures: a subject of the functional classification by its names
(类, 款, 项), or a measure a table gives a column (三公经费 and its parts); its scope (基本支出,
项目支出 or the whole); its funds (财政拨款, 一般公共预算 … or all); its stage (预算, 决算); and it
must be of the report's own year. Two joins use that key:

1. An item restated in text (CON001). A numbered item gives its amount right after its subject
   ("“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，…") and again in a later
   clause that only names a stage ("2024年预算安排352.67万元"). A clause of another year or
   stage ("2023年当年预算执行数为…") or one naming anything else is another quantity.
2. Text restating a table (CON002). A subject's row in every table of the same stage and
   compatible funds (rows and codes as extractor/relations/tables.py reads them), in the column
   of the same scope; a measure's column in the table whose headers name it. Every cell that could
   be meant is a reading, so a difference is reported only when no reading agrees.

The words are data: patterns/restated.toml.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.model import Block, Document, Figure, Relation, ReportMeta
from extractor.relations.facts import _only_qualifiers
from extractor.relations.facts import data as fact_data
from extractor.relations.mentions import Mention, compact
from extractor.relations.tables import TableRead, _squeeze, read_tables
from extractor.structure import YEAR, without_numbering


class TextWords(BaseModel):
    chain: str
    after_name: str
    item_prefix: str
    restate: str
    other_period: list[str]
    not_restated: list[str]
    part_marker: str
    name_variants: dict[str, str]


class StageWords(BaseModel):
    budget_initial: str
    budget_adjusted: str
    budget: str
    actual: str


class TableWords(BaseModel):
    title_blocks: int
    title_chars: int
    flows: list[str]
    part_columns: str
    total_row: str
    scope_columns: dict[str, str]
    funds: dict[str, str]


class ColumnMeasure(BaseModel):
    name: str
    header: str
    text: str


class RowMeasure(BaseModel):
    name: str
    row: str
    text: str
    bare: bool = True


class RestatedWords(BaseModel):
    text: TextWords
    stage: StageWords
    tables: TableWords
    column_measure: list[ColumnMeasure]
    row_measure: list[RowMeasure]


@cache
def _words() -> tuple[RestatedWords, dict]:
    w = lexicon.load("restated", RestatedWords)
    c = {
        "own": regex.compile(f"(?:{w.text.chain}){w.text.after_name}"),
        "item": regex.compile(f"{w.text.item_prefix}(?:{w.text.chain})"),
        "chain": regex.compile(w.text.chain),
        "restate": regex.compile(w.text.restate),
        "part_of": regex.compile(f"^{w.text.part_marker}[：:]?"),
        "stages": [(name, regex.compile(p)) for name, p in (
            ("年初预算", w.stage.budget_initial), ("全年预算", w.stage.budget_adjusted),
            ("决算", w.stage.actual), ("预算", w.stage.budget))],
        "stage_words": regex.compile(r"(?:年初|全年|调整后?)?(?:预算|决算|执行)数?"),
        "part": regex.compile(w.tables.part_columns),
        "total_row": regex.compile(w.tables.total_row),
        "scopes": [(name, regex.compile(p)) for name, p in w.tables.scope_columns.items()],
        "funds": [(name, regex.compile(p)) for name, p in w.tables.funds.items()],
        # (the name may end in what is counted: “三公”经费决算支出数, 公务接待费金额)
        "measures": [(m.name, regex.compile(m.header), regex.compile(f"(?:{m.text})(?:支出)?(?:数|金额)?$")) for m in w.column_measure],
        "rows": [(m.name, regex.compile(m.row), regex.compile(f"(?:{m.text})(?:支出)?(?:数|金额)?$")) for m in w.row_measure],
        "bare": {m.name for m in w.row_measure if m.bare},
    }
    return w, c


# compiled once: _name runs for every cell of every table (the regex module's own cache is slow)
_QUOTES_AND_LEVEL = regex.compile(r"[“”\"'‘’]|[（(](?:类|款|项)[）)]$")
_YEARS_AND_MARKS = regex.compile(r"20\d\d\s*年度?|[“”\"'‘’《》\s：:]")
_COPULA_END = regex.compile(r"(?:为|是|达到|达|约)+$")

_UNSAID = "?"  # a stage a text does not say: any stage a table names may be meant
_ANY = "*"  # the funds of a measure that has only one (三公经费 are 财政拨款 by definition)

# funds that may hold the same amounts: 财政拨款 is 一般公共预算 + 政府性基金 + 国有资本经营, and
# reports break their 财政拨款 items down in the 一般公共预算 tables
_COMPATIBLE = {"财政拨款": {"财政拨款", "一般公共预算"}, "一般公共预算": {"一般公共预算", "财政拨款"}}


@dataclass(frozen=True)
class Claim:
    """A text figure with the key of what it states."""

    mention: Mention
    subject: tuple[str, ...]  # subject names, 类 first; or (measure,)
    coded: bool  # a subject of the classification (table rows) or a measure (table columns or rows)
    scope: str | None
    funds: str
    stage: str | None  # 预算 | 决算 | None (not said)
    heading: bool  # the amount written right after the item's subject


@dataclass(frozen=True)
class Cell:
    fig: Figure | None  # None: a blank cell of a row and column that hold amounts elsewhere (0)
    subject: tuple[str, ...]
    coded: bool
    scope: str | None
    funds: str
    stage: str | None
    table: str  # the table's title, for messages
    flow: str | None = None  # 收入 | 支出 as the table's title says, None when it says both or neither
    at: tuple[int, int] | None = None  # (block, row) of the table row the cell stands in
    text_only: bool = False  # a key a text may restate, but another table's cell of it is not the same amount


def find_restated_relations(doc: Document, figures: list[Figure], mentions: list[Mention], meta: ReportMeta,
                            tables: list[TableRead] | None = None, rated: set[str] | None = None) -> list[Relation]:
    """CON001 and CON002 relations, and completion rates over a table's budget; `tables` as
    tables.read_tables gives them, read here when not given; `rated`, the rates text relations check."""
    stage = meta.doc_type if meta.doc_type in ("预算", "决算") else None
    claims = text_claims(doc, mentions, meta.year, stage)
    out = _items_restated(claims)
    cells = table_cells(doc, figures, meta.year, stage, tables)
    out += _tables_restated(cells) + _row_identities(cells)
    headed = {c.mention.paragraph for c in claims if c.heading}
    by_subject: dict[tuple[str, ...], list[Cell]] = {}
    for cell in cells:
        by_subject.setdefault(cell.subject, []).append(cell)
    by_ends: dict[tuple[str, ...], list[Cell]] = {}
    for cell in cells:
        if cell.coded and len(cell.subject) >= 2:
            by_ends.setdefault(_ends(cell.subject), []).append(cell)
    for claim in claims:
        if claim.coded and not claim.heading and claim.mention.paragraph in headed:
            continue  # checked against its item's heading, which is checked against the tables
        found = _cells_of(claim, by_subject.get(claim.subject, []), stage)
        if not found and claim.coded and len(claim.subject) == 3:
            # a 款 misnamed in the text (住房保障支出（款） for 住房改革支出), or the 款's name given as
            # the 项 (卫生健康支出（款）计划生育事务（项） for the 款 计划生育事务): the 类 and the last name
            # still say which rows are meant; every such row is a reading
            found = _cells_of(claim, by_ends.get(_ends(claim.subject), []), stage, loose=True)
        if not found and stage == "决算" and claim.stage in ("年初预算", "全年预算"):
            # a 决算's table rarely says which budget its bare 预算数 is (年初预算 in the text, 预算数
            # in the 三公 table): with no column of the text's own budget, that column is meant
            found = _cells_of(replace(claim, stage="预算"), by_subject.get(claim.subject, []), stage)
        if found:
            out.append(_relation(claim, found))
    return out + _rates_of_table_budgets(claims, by_subject, mentions, rated or set())


def _rates_of_table_budgets(claims: list[Claim], by_subject: dict[tuple[str, ...], list[Cell]],
                            mentions: list[Mention], rated: set[str]) -> list[Relation]:
    """PCT002 for a completion rate right after an actual whose budget only a table gives: "…其中：公务接待费
    支出决算为0.39万元，完成预算的13.68%" — 0.39 over the 预算数 cell of 公务接待费 in the 三公 table (every
    such cell a reading). `rated`: the rates a text relation already checks."""
    from extractor.relations.text import cues  # (the completion words are the text relations')

    completion = cues()[1]["completion"]
    out = []
    for claim in claims:
        m = claim.mention
        if claim.stage != "决算" or claim.coded:
            continue
        rate = mentions[m.index + 1] if m.index + 1 < len(mentions) else None
        if rate is None or rate.sentence != m.sentence or rate.kind != "percent" or rate.fig.id in rated:
            continue
        said = completion.search(rate.clause_lead)
        if said is None or (stage := stage_of(said.group("base"))) is None or "预算" not in stage:
            continue
        # a bare 预算 (the rate's words or the column's) may be the 年初 or the 全年 budget
        budgets = [c for c in by_subject.get(claim.subject, []) if c.fig is not None and c.stage is not None
                   and "预算" in c.stage and (c.stage == stage or "预算" in (c.stage, stage))
                   and c.scope == claim.scope and (c.funds == claim.funds or _ANY in (c.funds, claim.funds))
                   and not (c.fig.value == 0 == m.fig.value)]  # (0 of 0: nothing to check)
        distinct = list({c.fig.id: c for c in budgets}.values())
        if distinct:
            first, *rest = distinct
            out.append(Relation(kind="ratio", rule="PCT002", source="restated",
                                figures=[rate.fig.id, m.fig.id] + [c.fig.id for c in distinct],
                                data={"num": [[m.fig.id, 1]], "den": [[first.fig.id, 1]], "scale": 100,
                                      "alternatives": [{"num": [[m.fig.id, 1]], "den": [[c.fig.id, 1]]} for c in rest]}))
    return out


# --------------------------------------------------------------------------- words


def _funds_of(text: str) -> str | None:
    return next((name for name, pat in _words()[1]["funds"] if pat.search(text)), None)


@cache
def without_funds_names(text: str) -> str:
    for _, pat in _words()[1]["funds"]:
        text = pat.sub("", text)
    return text


def stage_of(text: str) -> str | None:
    """The stage a clause, title or header names (funds names are not stages).

    >>> stage_of("一般公共预算财政拨款支出决算表"), stage_of("2024年预算安排"), stage_of("年初预算为")
    ('决算', '预算', '年初预算')
    """
    text = without_funds_names(_squeeze(text))
    return next((name for name, pat in _words()[1]["stages"] if pat.search(text)), None)


def _other_year(text: str, year: int | None) -> bool:
    if any(word in text for word in _words()[0].text.other_period):
        return True
    # without the report's year, any year written may be another one
    return any(year is None or int(y) != year for y in YEAR.findall(text))


def _names(m: regex.Match) -> tuple[str, ...]:
    return tuple(_name(m.group(k)) for k in ("lei", "kuan", "xiang") if m.group(k))


@cache
def _name(label: str) -> str:
    """A subject's name for comparing: no numbering, spaces, quotes or bracketed level."""
    s = _squeeze(without_numbering(label))
    for variant, usual in _words()[0].text.name_variants.items():
        s = s.replace(variant, usual)
    return _QUOTES_AND_LEVEL.sub("", s)


# --------------------------------------------------------------------------- text


def text_claims(doc: Document, mentions: list[Mention], year: int | None, doc_stage: str | None) -> list[Claim]:
    w, c = _words()
    out: list[Claim] = []
    for m in mentions:
        if m.kind != "money" or m.fig.approx or m.fig.high is not None or not (0 <= m.paragraph < len(doc.blocks)):
            continue
        lead = m.clause_lead
        if _other_year(lead, year):
            continue
        own = c["own"].search(lead)
        if own:
            if _other_year(lead[: own.start()], year) or any(x in lead[: own.start()] for x in w.text.not_restated):
                continue
            out.append(Claim(m, _names(own), True, None, _funds_around(doc, m), doc_stage, True))
            continue
        item = c["item"].match(doc.blocks[m.paragraph].text)
        said = compact(lead)
        if item and c["restate"].match(said):
            stage = stage_of(lead)
            if stage is not None:
                out.append(Claim(m, _names(item), True, None, _funds_around(doc, m), stage, False))
            continue
        whole = _whole_of(doc, m)
        lead = c["part_of"].sub("", lead)
        measure, by_row, prefix = _measure_of(lead)
        if measure is not None and not any(x in lead for x in w.text.not_restated):
            # a part of a 其中 list is of its whole's funds and stage unless it says its own
            funds = (_funds_of(lead) or _funds_of(whole) or "全部") if by_row else _ANY
            scope = _scope_of(lead)
            if by_row and measure not in c["bare"] and not (prefix or scope or funds != "全部") and lead != m.head:
                # "…，支出决算为X": spending of what the sentence opens with, if it names that measure
                if _measure_of(m.head)[0] != measure:
                    continue
                funds, scope = _funds_of(m.head) or "全部", _scope_of(m.head)
            out.append(Claim(m, (measure,), False, scope, funds, stage_of(lead) or stage_of(whole) or _UNSAID, False))
    return out


def _whole_of(doc: Document, m: Mention) -> str:
    """What a figure in a 其中 list is a part of: the sentence before 其中, or the sentence before
    this one when 其中 opens it; "" for a figure in no such list."""
    at = m.upto.rfind(_words()[0].text.part_marker)
    if at < 0:
        return ""
    if m.upto[:at].strip():
        return m.upto[:at]
    b = doc.blocks[m.paragraph]
    before = doc.text[b.start:m.sent_start].rstrip()
    return regex.split(r"[。；;！？]", before.rstrip("。；;"))[-1] if before else ""


def same_stage(a: str | None, b: str | None, doc_stage: str | None) -> bool:
    """Whether two stages are one: a budget report's 预算 is its 年初预算; elsewhere a bare 预算
    (a column 预算数) may be the 年初 or the 全年 budget, so it is the same as neither. A stage not
    said (_UNSAID) may be any stage a table names.

    >>> same_stage("年初预算", "预算", "预算"), same_stage("年初预算", "预算", "决算"), same_stage(_UNSAID, "决算", None)
    (True, False, True)
    """
    if a == _UNSAID or b == _UNSAID:
        return (b if a == _UNSAID else a) is not None
    if a is None or b is None:
        return False
    if doc_stage == "预算":
        a, b = (("预算" if x == "年初预算" else x) for x in (a, b))
    return a == b


def _measure_of(lead: str) -> tuple[str | None, bool, str]:
    """A measure a table states in a column or a row, named at the end of the clause (stage words,
    funds names and verbs off) after nothing but qualifiers: "“三公”经费财政拨款支出年初预算为" →
    三公经费; whether a row states it; the qualifiers before it."""
    _, c = _words()
    d, fc = fact_data()
    lead = without_numbering(lead)  # "（三）公务接待费": an item's numbering is not part of its name
    name = _plain(c["stage_words"].sub("", without_funds_names(lead)))
    for table, by_row in ((c["measures"], False), (c["rows"], True)):
        for measure, _, text in table:
            hit = text.search(name)
            if hit and _only_qualifiers(name[: hit.start()], d, fc):
                return measure, by_row, name[: hit.start()]
    return None, False, ""


def _plain(text: str) -> str:
    """A clause without years, quotes, spaces and the verb before the figure (合计 keeps its 计).

    >>> _plain("2024年度“三公”经费为"), _plain("本年收入合计")
    ('三公经费', '本年收入合计')
    """
    return _COPULA_END.sub("", _YEARS_AND_MARKS.sub("", text))


def _funds_around(doc: Document, m: Mention) -> str:
    """The funds a subject's amount is of: said in its sentence, else in the paragraph that
    introduces the list of items (财政拨款支出主要内容如下), else in the headings."""
    _, c = _words()
    said = _funds_of(c["chain"].sub("", m.upto))
    if said:
        return said
    k = m.paragraph - 1
    while k >= 0 and doc.blocks[k].kind == "paragraph":
        text = doc.blocks[k].text
        if not c["item"].match(text):
            return _funds_of(c["chain"].sub("", text)) or _funds_of("".join(reversed(m.section))) or "全部"
        k -= 1
    return _funds_of("".join(reversed(m.section))) or "全部"


# --------------------------------------------------------------------------- tables


def _title(doc: Document, b: Block) -> tuple[str, str]:
    """The short blocks right above a table (its title, the 编制单位 line; not a sentence) with its
    caption, and the one of them that names the table (…表), for messages."""
    w = _words()[0].tables
    parts = [b.caption or ""]
    k = b.index - 1
    while (k >= 0 and len(parts) <= w.title_blocks and doc.blocks[k].kind != "table"
           and len(doc.blocks[k].text) <= w.title_chars and not doc.blocks[k].text.rstrip().endswith(("。", "；", ";"))):
        parts.append(doc.blocks[k].text)
        k -= 1
    name = next((_squeeze(p) for p in parts if _squeeze(p).endswith("表")), "")
    return _squeeze("".join(reversed(parts))), name


def table_cells(doc: Document, figures: list[Figure], year: int | None, doc_stage: str | None,
                tables: list[TableRead] | None = None) -> list[Cell]:
    """Every amount cell of the report's tables with the key of what it states; the grids are
    those tables.py reads (`tables`, from read_tables, read here when not given)."""
    _, c = _words()
    out: list[Cell] = []
    for t in read_tables(doc, figures) if tables is None else tables:
        b = t.block
        title, name = _title(doc, b)
        if _other_year(title, year):
            continue
        flows = [w for w in _words()[0].tables.flows if w in without_funds_names(title)]
        flow = flows[0] if len(flows) == 1 else None
        t_funds = _funds_of(title) or "全部"
        t_stage = stage_of(title) or doc_stage
        t_scope = _scope_of(title)
        flows_named = _words()[0].tables.flows
        for grid, groups in t.grids:
            for g in groups:
                by_code = {r.code: r for r in g.rows if r.code}
                # every column, also one left blank in every row (a 三公 table of one row)
                measures = {col: m for col in range(len(grid.paths)) if col not in g.label_cols + g.code_cols
                            and (m := _column_measure(_squeeze("".join(grid.paths[col])))) is not None}
                by_row = _row_measures(g, flow)
                for row in g.rows:
                    at = (b.index, row.index)
                    names = _row_names(row, by_code) if row.kind == "item" else None
                    row_measures, row_funds, only_text = by_row.get(row.index, ([], _ANY, False))
                    for col, fig in row.cells.items():
                        if fig.kind != "money":
                            continue
                        header = _squeeze("".join(grid.paths[col]))
                        if _other_year(header, year):
                            continue
                        stage = stage_of(header) or t_stage
                        measure = measures.get(col)
                        if measure is not None:
                            out.append(Cell(fig, (measure,), False, None, _ANY, stage, name, flow, at))
                        if c["part"].search(without_funds_names(header)):
                            continue
                        scope = _scope_of(header)
                        if measure is None:
                            funds = row_funds or _funds_of(header) or t_funds
                            # a flow's scope may be the table's (一般公共预算财政拨款基本支出决算表)
                            out += [Cell(fig, (rm,), False, scope or (t_scope if rm in flows_named else None),
                                         funds, stage, name, flow, at, only_text) for rm in row_measures]
                        if names is None:
                            continue
                        out.append(Cell(fig, names, True, scope, _funds_of(header) or t_funds, stage, name, flow, at))
                    out += _blank_cells(grid, g, row, names, measures, t_funds, t_stage, year, name, flow, at)
    return out


def _blank_cells(grid, g, row, names, measures: dict, t_funds: str, t_stage: str | None, year, name: str,
                 flow: str | None, at: tuple[int, int]) -> list[Cell]:
    """The blank cells of a row that holds amounts, in columns that hold amounts: the table says
    0 there (a text amount for them is an inconsistency)."""
    _, c = _words()
    if not row.cells:
        return []
    out = []
    for col in sorted(set(g.value_cols) | set(measures)):
        if col in row.cells or _squeeze(grid.cells[row.index][col]) not in ("", "-", "—", "－", "/"):
            continue
        header = _squeeze("".join(grid.paths[col]))
        if _other_year(header, year):
            continue
        stage = stage_of(header) or t_stage
        if col in measures:
            out.append(Cell(None, (measures[col],), False, None, _ANY, stage, name, flow, at))
        if names is None or col not in g.value_cols or c["part"].search(without_funds_names(header)):
            continue
        scope = _scope_of(header)
        out.append(Cell(None, names, True, scope, _funds_of(header) or t_funds, stage, name, flow, at))
    return out


def _scope_of(text: str) -> str | None:
    return next((s for s, pat in _words()[1]["scopes"] if pat.search(text)), None)


def _row_measures(g, flow: str | None) -> dict[int, tuple[list[str], str, bool]]:
    """Row index -> (the measures the row states, their funds, whether only a text may restate them).

    A row named after a total (收入支出总计; a budget's 收入总计 is both its 收入 and its 收入支出总计)
    or after a measure (人员经费合计, 公务接待费). A total row (合计) states what its rows add up to: the
    total of an identity whose parts the other rows are (三公经费 over 公务接待费 …), else, in a table
    of subject codes whose title names one flow (支出决算表), that flow — the latter only for a text
    to restate: two such tables' totals may cover different items (a project table lists some)."""
    _, c = _words()
    out: dict[int, tuple[list[str], str, bool]] = {}
    for row in g.rows:
        label = _name(row.label)
        found = [n for n, pat, _ in c["rows"] if pat.search(without_funds_names(label))]
        if found:
            out[row.index] = (found, _funds_of(row.label), False)
        elif label and (found := [n for n, pat, _ in c["measures"] if pat.search(label)][:1]):
            out[row.index] = (found, _ANY, False)
    named = {m for found, _, _ in out.values() for m in found}
    # a group of nothing but measures (公务接待费, 公务用车…): not the 基本支出 table, where two of them
    # are lines among many
    only_measures = all(r.index in out for r in g.rows if r.kind != "total" and r.cells)
    for row in g.rows:
        if row.kind != "total" or row.index in out:
            continue
        ident = next((i for i in fact_data()[0].identity if only_measures and len(named & set(i.parts)) >= 2), None)
        if ident is not None:
            out[row.index] = ([ident.total], _ANY, False)
        elif flow is not None and g.has_codes and c["total_row"].match(without_funds_names(_name(row.label))):
            out[row.index] = ([flow], None, True)
    return out


def _row_names(row, by_code: dict) -> tuple[str, ...] | None:
    """The names of a row and its ancestors by subject code, outermost first."""
    name = _name(row.label)
    if not name:
        return None
    if not row.code:
        return (name,)
    up = [_name(by_code[row.code[:k]].label) for k in range(1, len(row.code)) if row.code[:k] in by_code]
    return (*up, name)


def _column_measure(header: str) -> str | None:
    _, c = _words()
    text = c["stage_words"].sub("", without_funds_names(header))
    return next((name for name, pat, _ in c["measures"] if pat.search(text)), None)


# --------------------------------------------------------------------------- joins


def _items_restated(claims: list[Claim]) -> list[Relation]:
    """An item's later clause against the amount after its subject, at the same stage."""
    out = []
    heads: dict[int, Claim] = {}
    for cl in claims:
        if not cl.coded:
            continue
        par = cl.mention.paragraph
        if cl.heading:
            heads.setdefault(par, cl)
            continue
        head = heads.get(par)
        if head is None or head.subject != cl.subject or not same_stage(head.stage, cl.stage, head.stage):
            continue
        out.append(Relation(kind="linear", rule="CON001", source="restated",
                            figures=[cl.mention.fig.id, head.mention.fig.id],
                            data={"terms": [[head.mention.fig.id, 1]], "same": cl.subject[-1], "subject": cl.subject[-1]}))
    return out


def _tables_restated(cells: list[Cell]) -> list[Relation]:
    """One table restating another (CON003): the cells of one key (subject or measure, scope, funds,
    stage, flow) in different tables. Each is related to a cell holding the value most of those
    tables give, so that one mistyped cell is the one reported. A key met twice in one table (a
    name under two 款) is ambiguous there and left out."""
    groups: dict[tuple, dict[int, list[Cell]]] = {}
    for cell in cells:
        # a measure (本年收入合计, 三公经费) says its own flow; a subject's row takes its table's
        flow = cell.flow if cell.coded else _ANY
        if cell.fig is not None and flow is not None and not cell.text_only:
            # an item (项) belongs to one kind of funds: its 财政拨款 amount is its 一般公共预算 amount (a
            # 类 or 款 may hold 政府性基金 items too)
            funds = "财政拨款" if cell.coded and len(cell.subject) == 3 and cell.funds in _COMPATIBLE else cell.funds
            key = (cell.subject, cell.coded, cell.scope, funds, cell.stage, flow)
            groups.setdefault(key, {}).setdefault(cell.fig.block, []).append(cell)
    out = []
    for key, by_table in groups.items():
        single = [found[0] for found in by_table.values() if len(found) == 1]
        if len(single) < 2:
            continue
        common = Counter(c.fig.yuan if c.fig.yuan is not None else c.fig.value for c in single).most_common(1)[0][0]
        ref = next(c for c in single if (c.fig.yuan if c.fig.yuan is not None else c.fig.value) == common)
        for cell in single:
            if cell is not ref:
                out.append(Relation(kind="linear", rule="CON003", source="restated", figures=[cell.fig.id, ref.fig.id],
                                    data={"terms": [[ref.fig.id, 1]], "same": key[0][-1], "table": ref.table,
                                          "table_of_stated": cell.table}))
    return out


def _row_identities(cells: list[Cell]) -> list[Relation]:
    """The identities of budget reporting (patterns/identities.toml) inside one table row whose
    columns name their measures: a 三公 table's 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 +
    公务接待费, and 公务用车购置及运行维护费 = 购置费 + 运行维护费. A one-row table has no column
    formula to learn; the identity says it. A blank part stands for 0."""
    rows: dict[tuple[int, int], dict[str, Cell]] = {}
    for cell in cells:
        if not cell.coded and cell.scope is None and cell.at is not None:
            rows.setdefault(cell.at, {}).setdefault(cell.subject[0], cell)
    out = []
    for by_measure in rows.values():
        for ident in fact_data()[0].identity:
            total = by_measure.get(ident.total)
            parts = [by_measure.get(p) for p in ident.parts]
            if total is None or total.fig is None or None in parts or sum(p.fig is not None for p in parts) < 2:
                continue
            ids = [p.fig.id for p in parts if p.fig is not None]
            out.append(Relation(kind="sum", rule=ident.rule, source="table", figures=[total.fig.id, *ids],
                                data={"terms": [[i, 1] for i in ids]}))
    return out


def _ends(subject: tuple[str, ...]) -> tuple[str, ...]:
    return (subject[0], subject[-1])


def _cells_of(claim: Claim, cells: list[Cell], doc_stage: str | None, loose: bool = False) -> list[Cell]:
    """The cells that state what a claim states; `loose`: a subject's 类 and 项 are enough."""
    out = []
    for cell in cells:
        same = _ends(cell.subject) == _ends(claim.subject) if loose else cell.subject == claim.subject
        if not same or cell.coded != claim.coded or cell.scope != claim.scope:
            continue
        if not same_stage(claim.stage, cell.stage, doc_stage):
            continue
        # a subject's amount may be read in a table of compatible funds; a total never (财政拨款收入
        # is more than the 一般公共预算 row when the 政府性基金 row is not 0)
        funds = _COMPATIBLE.get(claim.funds, {claim.funds}) if claim.coded else {claim.funds}
        if _ANY not in (cell.funds, claim.funds) and cell.funds not in funds:
            continue
        out.append(cell)
    return out


def _relation(claim: Claim, cells: list[Cell]) -> Relation:
    # every cell the text could restate is a reading (and joins it to the others for coverage); a
    # blank one once
    distinct: list[Cell] = []
    for cell in cells:
        if all((cell.fig.id if cell.fig else None) != (d.fig.id if d.fig else None) for d in distinct):
            distinct.append(cell)
    readings = [{"terms": [[d.fig.id, 1]] if d.fig else [], "table": d.table, **({} if d.fig else {"blank": True})}
                for d in distinct]
    first, *rest = readings
    return Relation(
        kind="linear", rule="CON002", source="restated",
        figures=[claim.mention.fig.id] + [d.fig.id for d in distinct if d.fig],
        # a whole 万元 in the text restating a table kept to the 元 is rounded, not exact
        data={**first, "same": _said(claim), "rounded": True, **({"alternatives": rest} if rest else {})},
    )


def _said(claim: Claim) -> str:
    """What the text calls the quantity, for a message: the item's subject, or the clause's name
    of a total (财政拨款支出预算), which says its funds and stage too."""
    if claim.coded:
        return claim.subject[-1]
    return _plain(without_numbering(claim.mention.clause_lead)) or claim.subject[-1]
