"""The text restating its 绩效自评表 (CON002): a 项目支出绩效自评报告 states the project's money and
what each indicator achieved in its text and again in the table.

- Funding: a figure whose clause names nothing but one column of the funding lines (2023年项目年初
  预算, 全年预算, 全年执行, 预算执行率为) restates that column. Every funding line's cell of the
  column is a reading, since a text may give a 其中 line's amount as well as the total's.
- Indicators: a figure whose clause ends with an indicator's name (养护路段优良路率为82.6%), or with
  the name less a measure word (全年养护农村公路126公里 for 养护农村公路里程), in the indicator's
  unit, restates its 实际完成值. A clause naming a target, a change, a part or a bound is another
  quantity.

Only a report with one 绩效自评表 is read so: with several, a sentence's project is not known.
The words are data: patterns/selfeval.toml.
"""

from __future__ import annotations

from functools import cache

import regex
from pydantic import BaseModel

from extractor import lexicon
from extractor.model import Figure, IndicatorTable, Relation
from extractor.relations.mentions import Mention, compact
from extractor.structure import YEAR

TABLE = "绩效自评表"


class FundingWords(BaseModel):
    filler: str
    copula: str
    budget: str
    adjusted: str
    budget_either: str
    executed: str
    rate: str


class IndicatorWords(BaseModel):
    filler: str
    suffixes: list[str]
    min_name: int
    not_actual: list[str]


class SelfEvalWords(BaseModel):
    funding: FundingWords
    indicator: IndicatorWords


@cache
def _words() -> tuple[SelfEvalWords, dict]:
    w = lexicon.load("selfeval", SelfEvalWords)
    f = w.funding
    columns = [(("budget",), f.budget), (("adjusted",), f.adjusted), (("budget", "adjusted"), f.budget_either),
               (("executed",), f.executed), (("rate",), f.rate)]
    return w, {
        "filler": regex.compile(f.filler),
        "copula": regex.compile(f.copula),
        "columns": [(roles, regex.compile(p)) for roles, p in columns],
        "indicator_filler": regex.compile(w.indicator.filler),
    }


def find_selfeval_relations(mentions: list[Mention], figures: list[Figure], tables: list[IndicatorTable],
                            year: int | None) -> list[Relation]:
    # a 绩效自评表 has indicators (a 三公 table read for its execution rates has funding lines only);
    # with several, which project a sentence is about is not known
    tables = [t for t in tables if t.indicators]
    if len(tables) != 1:
        return []
    w, c = _words()
    by_id = {f.id: f for f in figures}
    out = []
    for m in mentions:
        f = m.fig
        if f.table or f.approx or f.high is not None or f.kind not in ("money", "percent", "count"):
            continue
        lead = compact(m.clause_lead)
        if any(word in lead for word in w.indicator.not_actual) or _other_year(lead, year):
            continue
        cells, same = _funding_cells(lead, tables) if f.kind != "count" else ([], "")
        if not cells:
            cells, same = _indicator_cells(lead, f, tables, by_id)
        cells = [i for i in cells if i in by_id and by_id[i].kind == f.kind]
        if cells:
            first, *rest = cells
            out.append(Relation(kind="linear", rule="CON002", source="restated", figures=[f.id, *cells],
                                data={"terms": [[first, 1]], "table": TABLE, "same": same, "rounded": True,
                                      "alternatives": [{"terms": [[i, 1]], "table": TABLE} for i in rest]}))
    return out


def _other_year(lead: str, year: int | None) -> bool:
    return any(year is not None and int(y) != year for y in YEAR.findall(lead))


def _funding_cells(lead: str, tables: list[IndicatorTable]) -> tuple[list[str], str]:
    """The cells of the funding column a clause names alone ("2023年项目年初预算" → 年初预算数), the
    total line's first (what a text names without 其中 is most often the whole project's), and the
    column's name as the table writes it."""
    _, c = _words()
    name = c["copula"].sub("", c["filler"].sub("", lead))
    roles = next((roles for roles, pat in c["columns"] if pat.search(name)), ())
    cells = [line.figures[r] for t in tables for line in t.funding for r in roles if r in line.figures]
    if not cells:
        return [], ""
    t = tables[0]
    line = t.funding[0] if t.funding else None
    column = t.headers.get(roles[0], name) if len(roles) == 1 else name
    return cells, (line.name if line else "") + column


def _indicator_cells(lead: str, f: Figure, tables: list[IndicatorTable], by_id: dict[str, Figure]) -> tuple[list[str], str]:
    w, c = _words()
    name = c["indicator_filler"].sub("", c["copula"].sub("", lead))
    found = []
    for t in tables:
        for ind in t.indicators:
            cell = by_id.get(ind.figures.get("actual", ""))
            if cell is None or cell.unit != f.unit or not ind.level3:
                continue
            if _names_it(name, compact(ind.level3), w.indicator):
                found.append((cell.id, ind.level3))
    return [i for i, _ in found], (found[0][1] if found else "")


def _names_it(said: str, name: str, words: IndicatorWords) -> bool:
    """Whether a clause's name is the indicator's, or the indicator's less a measure word."""
    if said.endswith(name):
        return True
    short = next((name[: -len(s)] for s in words.suffixes if name.endswith(s)), None)
    return short is not None and len(short) >= words.min_name and said.endswith(short)
