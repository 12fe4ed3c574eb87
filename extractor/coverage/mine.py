"""Mining: the arithmetic a report happens to satisfy, found without reading its words.

Inside every sentence, paragraph, table row and table column, list the coincidences among its
figures that hold within rounding (interval rule of extractor.arithmetic; money in 元):

- sum         c = a + b (+ …)        parts of any sign, so a − b = d is the same coincidence as
                                      b + d = a and is mined once (kind "sum", `parts` terms)
- ratio       p% = a / b
- growth      p% = ±(b − a) / a, or p% = d / (c ∓ d) for a change d of a current value c
- average     m = a / n              (n a count of things)
- restated    an amount of the text written again, in an earlier place of the text or in a table
              cell, in the same unit or another (元 and 万元)

Chance coincidences are kept out by what may take part and what may be a result:
- only money, percentages and counts; no approximate figures (余, 约) or ranges; no zero; no
  years; no 100% (a whole is trivially 100% of itself); no count below 10 as a sum operand;
- no figure twice, and no two operands of the same value (a repeated figure is a restatement,
  and 12 = 6 + 6 is more often chance than arithmetic);
- the result (the total, the percentage, the average, a restated amount) must have at least
  MIN_DIGITS significant digits as written (1914.36, 67.55%, not 16 or 9.5%), or be a percentage
  written to two decimals (0.53%): a random sum or quotient of figures of a report lands inside
  the rounding interval of such a number rarely;
- the search is bounded: sums of up to 4 parts in small groups, 3 or 2 in larger ones, 2 across
  the sentences of a paragraph, and runs of neighbours of any length;
- in a table column, where long columns hold many chance triples a + b = c, only a run of
  neighbouring cells with its total in the cell right above or right below it counts.
`chance_hits` measures what is left: it shuffles the values among the figures of the same kind
across the report (keeping every place and unit) and mines again; what it finds is chance.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations, permutations

import regex

from extractor.arithmetic import Interval, interval, total, verdict
from extractor.figures.vocab import data
from extractor.model import Document, Figure
from extractor.sentences import SENTENCE_ENDS, span_at

MIN_DIGITS = 3  # significant digits a result needs
MAX_SPREAD = Decimal("0.02")  # a computed ratio may span at most 2% of its value
MIN_COUNT = 10  # counts below this are not sum operands (2辆, 3人: too many ways to add up)
SHAPE_CHARS = 60  # sentence shapes are cut to this length
_HUNDRED = Decimal(100)
_DIGITS = regex.compile(r"[-−]?\d[\d,，]*(?:[.．]\d+)?")


@dataclass
class Coincidence:
    kind: str  # sum | ratio | growth | average | restated
    figures: list[str]  # result first, then the operands in reading order
    values: list[str]  # the figures as written, same order
    formula: str  # 2762.66万元 = 1957.87万元 + 804.79万元
    where: str  # sentence | paragraph | row | column | restated
    block: int
    page: int | None = None
    line: int | None = None
    shape: str = ""  # the passage with numbers as #, for grouping
    excerpt: str = ""
    variants: list[list[str]] = field(default_factory=list)  # other figure sets with the same values, result first

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [], "")}


@dataclass
class _Group:
    where: str
    block: int
    figs: list[Figure]
    text: str  # the sentence or paragraph; for tables a description of the row or column
    labels: dict[str, str] = field(default_factory=dict)  # figure id -> its column or row name (tables)


# --------------------------------------------------------------------------- eligibility


def significant_digits(v: Decimal) -> int:
    """Significant digits of a written value: 1914.36 → 6, 16.00 → 2, 0.57 → 2, 1000 → 1.

    >>> [significant_digits(Decimal(x)) for x in ("1914.36", "16.00", "0.57", "1000", "-3.63")]
    [6, 2, 2, 1, 3]
    """
    if v == 0:
        return 0
    return len(v.normalize().as_tuple().digits)


def eligible(f: Figure) -> bool:
    """Whether a figure may take part in a coincidence at all."""
    if f.kind not in ("money", "percent", "count") or f.approx or f.high is not None or f.value == 0:
        return False
    if f.unit in ("年", "年度", "月", "日", "号", "届", "期", "次序"):
        return False
    if f.kind == "percent" and abs(f.value) == _HUNDRED:
        return False
    if f.kind == "count" and f.decimals == 0 and 1900 <= f.value <= 2100 and not f.table:
        return False  # a year written as a count
    return True


def _result_ok(f: Figure) -> bool:
    """Precise enough that a chance hit is improbable. A percentage to two decimals (0.53%) is: a
    quotient of two unrelated figures lands within ±0.005 points of it about once in 10,000."""
    if f.kind == "percent" and f.decimals >= 2:
        return True
    return significant_digits(f.value) >= MIN_DIGITS


def _operand_ok(f: Figure) -> bool:
    return not (f.kind == "count" and abs(f.value) < MIN_COUNT)


def _dimension(f: Figure) -> tuple[str, str]:
    """Figures that can be added: money with money (in 元), counts of the same thing."""
    return (f.kind, "" if f.kind in ("money", "percent") else f.unit)


def show(f: Figure) -> str:
    raw = f.raw.strip() or str(f.value)
    if f.table and f.kind == "money" and not raw.endswith(f.unit):
        return f"{raw}{f.unit}"
    return raw


# --------------------------------------------------------------------------- groups


def _groups(doc: Document, figures: list[Figure]) -> list[_Group]:
    """Sentences and rows first, then columns and paragraphs (a coincidence is kept at the
    narrowest place it is seen)."""
    by_block: dict[int, list[Figure]] = {}
    for f in figures:
        if eligible(f):
            by_block.setdefault(f.block, []).append(f)
    narrow, wide = [], []
    for b in doc.blocks:
        figs = by_block.get(b.index, [])
        if len(figs) < 2:
            continue
        if b.kind == "table":
            rows: dict[int, list[Figure]] = {}
            cols: dict[int, list[Figure]] = {}
            for f in figs:
                rows.setdefault(f.row or 0, []).append(f)
                cols.setdefault(f.col or 0, []).append(f)
            for r, fs in sorted(rows.items()):
                labels = {f.id: _header(f, column=True) for f in fs}
                narrow.append(_Group("row", b.index, fs, _header(fs[0], column=False), labels))
            for c, fs in sorted(cols.items()):
                labels = {f.id: _header(f, column=False) for f in fs}
                wide.append(_Group("column", b.index, fs, _header(fs[0], column=True), labels))
            continue
        sentences: dict[tuple[int, int], list[Figure]] = {}
        for f in figs:
            s, e = span_at(b.text, f.start - b.start, SENTENCE_ENDS)
            sentences.setdefault((s, e), []).append(f)
        for (s, e), fs in sentences.items():
            if len(fs) >= 2:
                narrow.append(_Group("sentence", b.index, fs, b.text[s:e]))
        if len(sentences) > 1:
            wide.append(_Group("paragraph", b.index, figs, b.text))
    return narrow + wide


def _header(f: Figure, column: bool) -> str:
    """A table cell's column name (or row name), from its label `row · column`."""
    parts = f.label.split(data().data.table.label_joiner)
    name = (parts[1] if len(parts) > 1 else "") if column else parts[0]
    fallback = f"第{(f.col or 0) + 1}列" if column else f"第{(f.row or 0) + 1}行"
    return name.strip() or fallback


# --------------------------------------------------------------------------- search


def _max_parts(n: int) -> int:
    return 4 if n <= 30 else 3 if n <= 60 else 2 if n <= 150 else 0


@dataclass
class _Item:
    f: Figure
    iv: Interval
    mid: float
    half: float


def _items(figs: list[Figure]) -> list[_Item]:
    """Each figure with its interval, and that interval as floats for a quick first test."""
    out = []
    for f in figs:
        iv = interval(f)
        out.append(_Item(f, iv, float(iv.mid), float(iv.hi - iv.lo) / 2))
    return out


def _holds(stated: Interval, computed: Interval | None) -> bool:
    return computed is not None and verdict(stated, computed) in ("ok", "rounding")


def _precise(computed: Interval | None) -> bool:
    """A quotient of coarse operands (0.01万元 ÷ 0.32万元) spans a wide range and fits many
    percentages: only quotients known to within MAX_SPREAD of their value are kept."""
    if computed is None or computed.mid == 0:
        return False
    return (computed.hi - computed.lo) / abs(computed.mid) <= MAX_SPREAD


def _sums(items: list[_Item], most: int = 4) -> list[tuple[_Item, list[_Item]]]:
    """(total, parts) with total = Σ parts within rounding."""
    if len(items) < 3:
        return []
    by_mid = sorted(items, key=lambda i: i.mid)
    mids = [i.mid for i in by_mid]
    widest = max(i.half for i in items)
    found = []

    def look(parts: list[_Item], s: float, h: float, distinct: bool) -> None:
        h += widest + 1e-6 * (abs(s) + 1)
        lo, hi = bisect_left(mids, s - h), bisect_right(mids, s + h)
        if lo == hi:
            return
        if any(not _operand_ok(p.f) for p in parts):
            return
        values = [p.f.value for p in parts]
        if distinct and len(set(values)) < len(values):
            return
        smallest = min(abs(p.mid) for p in parts)
        for c in by_mid[lo:hi]:
            if c in parts or not _result_ok(c.f) or c.f.value in values:
                continue
            if smallest <= max(c.half, h - widest):
                continue  # a part too small to move the total: it fits anything
            if _holds(c.iv, total(p.iv for p in parts)):
                found.append((c, parts))

    k = min(most, _max_parts(len(items)))
    for size in range(2, k + 1):
        for parts in combinations(items, size):
            look(list(parts), sum(p.mid for p in parts), sum(p.half for p in parts), True)
    # runs of neighbours longer than that (a column's items above or below their total)
    for i in range(len(items)):
        s = h = 0.0
        for j in range(i, len(items)):
            s += items[j].mid
            h += items[j].half
            if j - i + 1 > max(k, 1):
                look(items[i:j + 1], s, h, False)
    return found


def _column_sums(items: list[_Item]) -> list[tuple[_Item, list[_Item]]]:
    """(total, parts) in a table column: a run of neighbouring cells and the cell right above or
    right below it. A long column holds many triples a + b = c by chance; a total printed next to
    the items it adds up is the table's own structure."""
    found = []
    for i in range(len(items)):
        s = h = 0.0
        for j in range(i, len(items)):
            s += items[j].mid
            h += items[j].half
            if j == i:
                continue
            run = items[i:j + 1]
            if any(not _operand_ok(p.f) for p in run):
                continue
            for c in (items[i - 1] if i else None, items[j + 1] if j + 1 < len(items) else None):
                if c is None or not _result_ok(c.f) or abs(c.mid - s) > c.half + h + 1e-6 * (abs(s) + 1):
                    continue
                if min(abs(p.mid) for p in run) <= max(c.half, h):
                    continue  # a part too small to move the total
                if _holds(c.iv, total(p.iv for p in run)):
                    found.append((c, run))
    return found


def _ratios(items: list[_Item]) -> list[tuple[str, _Item, list[_Item]]]:
    """(kind, percentage, operands) for p = a/b, p = ±(a−b)/b, p = d/(c∓d)."""
    pcts = [i for i in items if i.f.kind == "percent" and _result_ok(i.f)]
    amounts = [i for i in items if i.f.kind != "percent"]
    found, growths = [], []  # a plain ratio is the simpler explanation: listed first
    if not pcts or len(amounts) < 2:
        return found
    for a, b in permutations(amounts, 2):
        if _dimension(a.f) != _dimension(b.f) or b.mid == 0 or a.f.value == b.f.value:
            continue
        q = a.mid / b.mid * 100
        # how far the quotient of rounded operands may move, with a margin (checked exactly below)
        slack = abs(q) * (a.half / max(abs(a.mid), 1e-9) + b.half / max(abs(b.mid), 1e-9)) * 2 + 1e-9
        for p in pcts:
            if abs(p.mid - q) <= p.half + slack:
                computed = a.iv / b.iv
                if _precise(computed) and _holds(p.iv, computed.scale(_HUNDRED)):
                    found.append(("ratio", p, [a, b]))
            for sign in (1, -1):
                g = sign * (q - 100)
                if abs(p.mid - g) <= p.half + slack:
                    computed = (a.iv - b.iv) / b.iv
                    if _precise(computed) and _holds(p.iv, computed.scale(Decimal(sign * 100))):
                        growths.append(("growth", p, [b, a]))
            # a change d (a) of a current value c (b): last year was c − d (an increase) or c + d
            for sign in (1, -1):
                base = b.mid - sign * a.mid
                if base == 0 or abs(a.mid) >= abs(b.mid):
                    continue  # a change is smaller than the value it changed
                g = a.mid / base * 100
                if abs(abs(p.mid) - abs(g)) <= p.half + slack * 2:
                    base_iv = b.iv - a.iv if sign == 1 else b.iv + a.iv
                    computed = a.iv / base_iv
                    if _precise(computed) and (_holds(p.iv, abs(computed.scale(_HUNDRED)))
                                                 or _holds(p.iv, computed.scale(_HUNDRED))):
                        growths.append(("growth", p, [b, a]))
    return found + growths


def _averages(items: list[_Item]) -> list[tuple[_Item, list[_Item]]]:
    money = [i for i in items if i.f.kind == "money"]
    counts = [i for i in items if i.f.kind == "count" and i.f.decimals == 0 and i.f.value >= 2]
    found = []
    for n in counts:
        for a, m in permutations(money, 2):
            if not _result_ok(m.f) or abs(m.mid) >= abs(a.mid):
                continue
            if abs(a.mid / float(n.f.value) - m.mid) <= m.half + a.half / float(n.f.value) + 1e-6:
                q = a.iv / n.iv
                if _precise(q) and _holds(m.iv, q):
                    found.append((m, [a, n]))
    return found


# --------------------------------------------------------------------------- shapes and records


def shape_of(text: str) -> str:
    """The passage with every number as #, spaces dropped, cut short.

    >>> shape_of("镇政府2021年度预算总收入为2982.6万元，其中：结转274.75万元")
    '镇政府#年度预算总收入为#万元，其中：结转#万元'
    """
    s = regex.sub(r"\s+", "", _DIGITS.sub("#", text))
    return s[:SHAPE_CHARS] + ("…" if len(s) > SHAPE_CHARS else "")


def _formula(kind: str, result: Figure, ops: list[Figure]) -> str:
    if kind == "sum":
        out = show(ops[0])
        for o in ops[1:]:
            out += f" − {show(o).lstrip('-−')}" if o.value < 0 else f" + {show(o)}"
        return f"{show(result)} = {out}"
    if kind == "ratio":
        return f"{show(result)} = {show(ops[0])} ÷ {show(ops[1])}"
    if kind == "growth":
        old, new = (o.yuan if o.kind == "money" and o.yuan is not None else o.value for o in ops)
        if old and abs(abs((new - old) / old * 100) - abs(result.value)) <= 1:
            return f"{show(result)} ≈ 变动({show(ops[0])} → {show(ops[1])})"
        # a change d of a current value c (never larger than c): d over the value before it, c − d or c + d
        def off(base: Decimal) -> Decimal:
            return abs(abs(new / base * 100) - abs(result.value)) if base else Decimal("Infinity")

        sign = "−" if off(old - new) <= off(old + new) else "+"
        return f"{show(result)} ≈ {show(ops[1])} ÷ ({show(ops[0])} {sign} {show(ops[1])})"
    if kind == "average":
        return f"{show(result)} = {show(ops[0])} ÷ {show(ops[1])}"
    return f"{show(result)} = {show(ops[0])}"


def _record(kind: str, g: _Group, result: Figure, ops: list[Figure], doc: Document) -> Coincidence:
    figs = [result] + ops
    if g.where in ("row", "column"):
        axis = "行" if g.where == "row" else "列"
        roles = [g.labels.get(f.id, "") for f in figs]
        op = {"sum": "+", "ratio": "÷", "growth": "→", "average": "÷"}.get(kind, "=")
        names = f" {op} ".join(roles[1:]) if g.where == "row" else "Σ"
        # a row's shape is its columns' names, so every row built the same way groups together
        shape = f"[表·{axis}] {roles[0]} = {names}" if g.where == "row" else f"[表·{axis}] {g.text[:20]}"
        block = doc.blocks[g.block]
        row = (block.rows or [[]])[result.row or 0] if block.rows else []
        excerpt = " | ".join(c for c in row if c)[:160]
    else:
        text = g.text
        if g.where == "paragraph":  # the sentence of the result, not the paragraph's first
            b = doc.blocks[g.block]
            s, e = span_at(b.text, result.start - b.start, SENTENCE_ENDS)
            text = b.text[s:e]
        shape = shape_of(text)
        excerpt = text.strip()[:160]
    return Coincidence(
        kind=kind, figures=[f.id for f in figs], values=[show(f) for f in figs],
        formula=_formula(kind, result, ops), where=g.where, block=g.block, page=result.page, line=result.line,
        shape=f"{kind} · {shape}", excerpt=excerpt,
    )


def mine(doc: Document, figures: list[Figure], restated: bool = True) -> list[Coincidence]:
    """Every coincidence of the document, each once, at the narrowest place it is seen."""
    out: list[Coincidence] = []
    seen: set[frozenset[str]] = set()
    explained: dict[str, Coincidence] = {}  # figure id -> the coincidence it is already the result of
    by_values: dict[tuple, Coincidence] = {}

    def add(kind: str, g: _Group, result: Figure, ops: list[Figure]) -> None:
        ids = frozenset([result.id] + [o.id for o in ops])
        if ids in seen:
            return
        # the same values printed twice in one block (a 其中 row repeating its parent, 2万元 twice, or
        # 收入总计 and 支出总计 each with the same change and rate): one coincidence, at its narrowest place
        values = (kind, g.block, show(result), tuple(sorted(show(o) for o in ops)))
        if values in by_values:
            seen.add(ids)
            by_values[values].variants.append([result.id, *sorted(o.id for o in ops)])  # the result first
            return
        if result.id in explained:
            # another way the same figure comes out (86.35 = 13.50 + 18.20 + 33.65 + 21.00, and by chance
            # 15 + 18.20 + 20 + 33.65): one coincidence, recognised when any of its ways is
            seen.add(ids)
            if explained[result.id].kind == kind:
                explained[result.id].variants.append([result.id, *sorted(o.id for o in ops)])
            return
        seen.add(ids)
        c = _record(kind, g, result, sorted(ops, key=lambda f: f.start) if kind == "sum" else ops, doc)
        by_values[values] = c
        explained[result.id] = c
        out.append(c)

    for g in _groups(doc, figures):
        items = _items(g.figs)
        dims: dict[tuple[str, str], list[_Item]] = {}
        for i in items:
            dims.setdefault(_dimension(i.f), []).append(i)
        for same in dims.values():
            # across the sentences of a paragraph only a + b = c: bigger sets there are mostly chance
            found = _column_sums(same) if g.where == "column" else _sums(same, 2 if g.where == "paragraph" else 4)
            for c, parts in found:
                add("sum", g, c.f, [p.f for p in parts])
        for kind, p, ops in _ratios(items):
            add(kind, g, p.f, [o.f for o in ops])
        for m, ops in _averages(items):
            add("average", g, m.f, [o.f for o in ops])
    if restated:
        out += _restated(doc, figures, seen)
    return out


def _restated(doc: Document, figures: list[Figure], seen: set[frozenset[str]]) -> list[Coincidence]:
    """Each amount of the text that is written again: in an earlier paragraph or in any table
    cell, in any unit. One coincidence per paragraph and amount, its other places as variants, so
    an amount counts once however many cells hold its value. Two equal table cells are not
    mined: without reading their labels, a 收入总表 cell equal to a 支出总表 cell is as often equal
    because of how the unit is funded as because one restates the other (the tables' own identities
    are proven by mutation instead)."""
    out = []
    clusters: dict[tuple[str, Decimal], list[Figure]] = {}
    for f in figures:
        if eligible(f) and _result_ok(f):
            key = (f.kind, (f.yuan if f.kind == "money" and f.yuan is not None else f.value).normalize())
            clusters.setdefault(key, []).append(f)
    # 元 and 万元 of one amount differ in the last digits kept: join clusters whose intervals meet
    money = sorted((f for f in figures if eligible(f) and _result_ok(f) and f.kind == "money"),
                   key=lambda f: interval(f).mid)
    for a, b in zip(money, money[1:]):
        if a.unit != b.unit and interval(a).meets(interval(b)):
            ka = ("money", a.yuan.normalize())
            kb = ("money", b.yuan.normalize())
            if ka != kb and ka in clusters and kb in clusters:
                clusters[ka] += clusters.pop(kb)
    for fs in clusters.values():
        fs.sort(key=lambda f: f.start)
        # a paragraph that writes the amount twice (年初预算为54.53万元，支出决算为54.53万元) restates it once
        by_block: dict[int, list[Figure]] = {}
        for f in fs:
            if not f.table:
                by_block.setdefault(f.block, []).append(f)
        for block, said in by_block.items():
            # earlier places of the text, nearest first, then the table cells
            others = [f for f in reversed(fs) if not f.table and f.start < said[0].start and f.block != block]
            others += [f for f in fs if f.table]
            pairs = [[x.id, o.id] for x in said for o in others]
            if not pairs or frozenset(pairs[0]) in seen:
                continue
            seen.add(frozenset(pairs[0]))
            first, later = others[0], said[0]
            b = doc.blocks[block]
            s, e = span_at(b.text, max(0, later.start - b.start), SENTENCE_ENDS)
            out.append(Coincidence(
                kind="restated", figures=pairs[0], values=[show(later), show(first)],
                formula=f"{show(later)} = {show(first)}", where="restated", block=block,
                page=later.page, line=later.line, shape=f"restated · {_place(doc, first, later)}",
                excerpt=b.text[s:e].strip()[:160], variants=pairs[1:],
            ))
    return out


def _place(doc: Document, a: Figure, b: Figure) -> str:
    def kind(f: Figure) -> str:
        return {"table": "表格", "heading": "标题"}.get(doc.blocks[f.block].kind, "正文")

    unit = f"（{a.unit}↔{b.unit}）" if a.kind == "money" and a.unit != b.unit else ""
    return f"{kind(a)}→{kind(b)}{unit}"


# --------------------------------------------------------------------------- chance


def chance_hits(doc: Document, figures: list[Figure], rounds: int = 3, seed: int = 0) -> float:
    """Arithmetic coincidences expected by chance: the mean count mined after shuffling values
    among the eligible figures of the same kind and unit, every place kept (restatements are not
    counted: a shuffle keeps the values, so it keeps them)."""
    rng = random.Random(seed)
    pools: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        if eligible(f):
            pools.setdefault((f.kind, f.unit), []).append(f)
    hits = 0
    for _ in range(rounds):
        swapped: dict[str, Figure] = {}
        for fs in pools.values():
            payload = [(f.raw, f.value, f.decimals, f.yuan) for f in fs]
            rng.shuffle(payload)
            for f, (raw, value, decimals, yuan) in zip(fs, payload):
                swapped[f.id] = f.model_copy(update={"raw": raw, "value": value, "decimals": decimals, "yuan": yuan})
        hits += len(mine(doc, [swapped.get(f.id, f) for f in figures], restated=False))
    return hits / rounds if rounds else 0.0
