"""Mutation: prove that each relation jixiao recognises is actually checked.

For a relation that holds in the report, rewrite one of its figures in the Document's own text
(the block text and, for a table, the row's cell; every later offset shifted), run figures ->
relations -> checks again on the rewritten Document, and see whether a new error or warning
appears. Working on the Document read from the file makes this the same for PDF, docx and txt.

Operators (on the digits of the figure as written):
- digit     one digit moved by one (1914.36 → 1924.36)
- swap      two adjacent different digits swapped (1914.36 → 1941.36)
- shift     the decimal point moved one place (15.42 → 154.2; 16 → 160)
- unit      万元 ↔ 元 rewritten (figures that write their unit)
- neighbour the value of the figure on the neighbouring line: the same column of the row above
            or below in a table, the next figure of the same kind in running text

A mutant that leaves the relation true within rounding (its evaluation still 'ok' or
'rounding', e.g. a slip hidden by a loose reading) is equivalent: nothing could detect it, so it
is counted apart. A mutant is detected when the rewritten report has an error or warning the
original did not have, compared by rule and the original offsets of the figures it cites.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import regex

from extractor.arithmetic import evaluate_readings
from extractor.figures import block_figures
from extractor.model import Block, CheckResult, Document, Figure, Finding, Relation, RelationData
from extractor.pipeline import CheckOptions, check_document

OPERATORS = ("digit", "swap", "shift", "unit", "neighbour")
_NUMBER = regex.compile(r"\d[\d,，]*(?:[.．]\d+)?")


@dataclass
class Mutant:
    relation: int  # index in the original result's relations
    rule: str
    operator: str
    figure: str  # id of the figure rewritten (original)
    old: str
    new: str
    excerpt: str = ""
    status: str = ""  # detected | survived | equivalent | unread
    findings: list[str] = field(default_factory=list)  # the new findings' rules

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", [])}


# --------------------------------------------------------------------------- rewriting


def rewrite(doc: Document, fig: Figure, new_raw: str) -> Document:
    """The Document with one figure's span replaced by `new_raw`; later offsets shifted."""
    b = doc.blocks[fig.block]
    delta = len(new_raw) - (fig.end - fig.start)
    if b.kind == "table":
        assert b.rows is not None and fig.row is not None and fig.col is not None
        cell_start, _ = b.cell_spans()[fig.row][fig.col]
        cell = b.rows[fig.row][fig.col]
        off = fig.start - cell_start
        rows = [list(r) for r in b.rows]
        rows[fig.row][fig.col] = cell[:off] + new_raw + cell[off + fig.end - fig.start:]
        changed = b.model_copy(update={"rows": rows, "text": "\n".join("\t".join(r) for r in rows), "end": b.end + delta})
    else:
        off = fig.start - b.start
        text = b.text[:off] + new_raw + b.text[off + fig.end - fig.start:]
        changed = b.model_copy(update={"text": text, "end": b.end + delta})
    blocks: list[Block] = list(doc.blocks)
    blocks[fig.block] = changed
    if delta:
        for i in range(fig.block + 1, len(blocks)):
            blocks[i] = blocks[i].model_copy(update={"start": blocks[i].start + delta, "end": blocks[i].end + delta})
    return doc.model_copy(update={"blocks": blocks})


def _number(raw: str) -> regex.Match | None:
    return _NUMBER.search(raw)


def _with_number(raw: str, m: regex.Match, digits: str) -> str:
    return raw[: m.start()] + digits + raw[m.end():]


def operate(op: str, fig: Figure, figures: list[Figure], rng: random.Random) -> str | None:
    """The figure's new text under operator `op`, or None when the operator does not apply."""
    raw = fig.raw
    m = _number(raw)
    if m is None:
        return None  # a number in words (六座): left alone
    num = m.group()
    positions = [i for i, ch in enumerate(num) if ch.isdigit()]
    if op == "digit":
        i = rng.choice(positions)
        d = int(num[i])
        leading = i == positions[0] and len(positions) > 1 and "." not in num[:i]
        step = rng.choice((1, -1))
        nd = d + step
        if nd < 0 or nd > 9 or (leading and nd == 0):
            nd = d - step
        return _with_number(raw, m, num[:i] + str(nd) + num[i + 1:])
    if op == "swap":
        pairs = [(a, b) for a, b in zip(positions, positions[1:]) if b == a + 1 and num[a] != num[b]
                 and not (a == positions[0] and num[b] == "0")]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        return _with_number(raw, m, num[:a] + num[b] + num[a] + num[b + 1:])
    if op == "shift":
        if fig.value == 0:
            return None  # 0 → 00 is still 0
        plain = num.replace(",", "").replace("，", "").replace("．", ".")
        if "." in plain:
            whole, frac = plain.split(".")
            moved = (whole + frac[0]).lstrip("0") or "0"
            rest = frac[1:]
            return _with_number(raw, m, moved + ("." + rest if rest else ""))
        return _with_number(raw, m, plain + "0")
    if op == "unit":
        if fig.kind != "money":
            return None
        if "万元" in raw[m.end():]:
            return raw[: m.end()] + raw[m.end():].replace("万元", "元", 1)
        tail = raw[m.end():]
        if tail.strip().startswith("元"):
            return raw[: m.end()] + tail.replace("元", "万元", 1)
        return None  # a table cell: the unit is the table's
    if op == "neighbour":
        other = _neighbour(fig, figures)
        if other is None:
            return None
        om = _number(other.raw)
        if om is None or om.group() == num:
            return None
        return _with_number(raw, m, om.group())
    raise ValueError(op)


def _neighbour(fig: Figure, figures: list[Figure]) -> Figure | None:
    def differs(f: Figure) -> bool:
        return f.id != fig.id and f.kind == fig.kind and f.value != fig.value and _number(f.raw) is not None

    if fig.table:
        column = [f for f in figures if f.block == fig.block and f.col == fig.col and differs(f)]
        above = [f for f in column if (f.row or 0) < (fig.row or 0)]
        below = [f for f in column if (f.row or 0) > (fig.row or 0)]
        near = ([max(above, key=lambda f: f.row or 0)] if above else []) + ([min(below, key=lambda f: f.row or 0)] if below else [])
        return near[0] if near else None
    same = [f for f in figures if not f.table and differs(f) and abs(f.block - fig.block) <= 1]
    if not same:
        return None
    return min(same, key=lambda f: (f.block != fig.block, abs(f.start - fig.start)))


def refigure(doc: Document, figures: list[Figure], block: int, delta: int) -> list[Figure]:
    """The figures of `doc` after one span of `block` changed length by `delta`:
    the rewritten block read again, every other figure kept with its offsets moved (a block's
    figures depend on that block and its headings only). Same as extract_figures(doc)."""
    out: list[Figure] = []
    fresh = block_figures(doc, doc.blocks[block])
    for f in figures:
        if f.block < block:
            out.append(f.model_copy())
        elif f.block == block:
            if fresh is not None:
                out += fresh
                fresh = None
        else:
            out.append(f.model_copy(update={"start": f.start + delta, "end": f.end + delta}))
    if fresh:  # the block had no figures before
        k = next((i for i, f in enumerate(out) if f.block > block), len(out))
        out[k:k] = fresh
    for i, f in enumerate(out, 1):
        f.id = f"F{i}"
    return out


# --------------------------------------------------------------------------- running


def _key(f: Finding, origin: dict[str, int]) -> tuple:
    """A finding by rule and the original offsets of the figures it cites."""
    if f.figures:
        return (f.rule, tuple(origin.get(i, -1) for i in f.figures))
    return (f.rule, f.block, f.start)


def _origin(figures: list[Figure], at: int, delta: int) -> dict[str, int]:
    """Figure id -> its offset in the original text (offsets after the rewritten span moved by delta)."""
    return {f.id: (f.start - delta if f.start > at else f.start) for f in figures}


def _alarms(result: CheckResult, origin: dict[str, int]) -> set[tuple]:
    return {_key(f, origin) for f in result.findings if f.severity in ("error", "warning")}


def holds(rel: Relation, result: CheckResult) -> bool:
    """Whether a relation is consistent (any of its readings) in a result."""
    _, out = evaluate_readings(rel, {f.id: f for f in result.figures})
    return out.verdict in ("ok", "rounding")


def _remap(rel: Relation, ids: dict[str, str]) -> Relation | None:
    """The relation over the figures of the rewritten document (None if one is gone)."""
    missing = [i for i in rel.figures if i not in ids]
    if missing:
        return None

    def data(d):
        update = {key: [(ids[i], s) for i, s in getattr(d, key)] for key in ("terms", "num", "den")}
        update["pair"] = [ids[i] for i in d.pair]
        if isinstance(d, RelationData):
            update["alternatives"] = [data(a) for a in d.alternatives]
        return d.model_copy(update=update)

    return rel.model_copy(update={"figures": [ids[i] for i in rel.figures], "data": data(rel.data)})


def _main_figures(rel: Relation) -> list[str]:
    ids = [rel.figures[0]]
    ids += [i for i, _ in rel.data.terms + rel.data.num + rel.data.den if i not in ids]
    if rel.kind == "direction":
        ids += [i for i in (rel.data.pair or rel.figures[:2]) if i not in ids]
    return ids


def plan(result: CheckResult, seed: int = 0) -> list[Mutant]:
    """The mutants: for every relation that holds, every operator that applies, each on one
    figure of the relation's main reading chosen at random."""
    rng = random.Random(seed)
    by_id = {f.id: f for f in result.figures}
    text = result.document.text if result.document else ""
    out: list[Mutant] = []
    for k, rel in enumerate(result.relations or []):
        if not rel.figures or not holds(rel, result):
            continue
        candidates = [i for i in _main_figures(rel) if i in by_id]
        for op in OPERATORS:
            order = candidates[:]
            rng.shuffle(order)
            for fid in order:  # the first figure the operator applies to
                fig = by_id[fid]
                new = operate(op, fig, result.figures, rng)
                if new is not None and new != fig.raw:
                    out.append(Mutant(k, rel.rule, op, fid, fig.raw, new, _excerpt(text, fig)))
                    break
    return out


def sample(mutants: list[Mutant], count: int | None, seed: int = 0) -> list[Mutant]:
    """A seeded sample of `count` mutants, in their order."""
    if count is None or count >= len(mutants):
        return mutants
    rng = random.Random(seed)
    return [mutants[i] for i in sorted(rng.sample(range(len(mutants)), count))]


def _excerpt(text: str, fig: Figure) -> str:
    s = max(0, fig.start - 30)
    return text[s: fig.end + 30].replace("\n", " ").replace("\t", " | ")


def run_mutant(result: CheckResult, m: Mutant, baseline: set[tuple] | None = None, full: bool = False) -> Mutant:
    """Rewrite, re-run, classify. `result` must keep its document and relations. The figures of
    the rewritten document are those of the one block rewritten plus the others moved
    (`refigure`); `full` extracts them all again instead (the same, slower)."""
    doc = result.document
    assert doc is not None and result.relations is not None
    fig = next(f for f in result.figures if f.id == m.figure)
    rel = result.relations[m.relation]
    delta = len(m.new) - len(m.old)
    if baseline is None:
        baseline = _alarms(result, {f.id: f.start for f in result.figures})
    new_doc = rewrite(doc, fig, m.new)
    figures = None if full else refigure(new_doc, result.figures, fig.block, delta)
    try:
        mutated = check_document(new_doc, CheckOptions(keep_document=True, keep_relations=True),
                                 file=result.file, figures=figures)
    except Exception as e:  # a bug of ours on the rewritten text: no finding names the slip, so it survives, named
        m.status, m.findings = "survived", [f"处理出错 {type(e).__name__}"]
        return m
    origin = _origin(mutated.figures, fig.start, delta)
    at = {v: k for k, v in origin.items()}
    old_ids = {f.id: at[f.start] for f in result.figures if f.start in at}
    new_fig = next((f for f in mutated.figures if f.id == old_ids.get(fig.id)), None)
    moved = _remap(rel, old_ids)
    if new_fig is None or moved is None or new_fig.value == fig.value and new_fig.unit == fig.unit:
        m.status = "unread"  # the rewritten text is not read as the same figure with a new value
        return m
    if holds(moved, mutated):
        m.status = "equivalent"
        return m
    new = _alarms(mutated, origin) - baseline
    m.findings = sorted({k[0] for k in new})
    m.status = "detected" if new else "survived"
    return m


def mutate(result: CheckResult, count: int | None = None, seed: int = 0) -> list[Mutant]:
    """Plan and run the mutants of one checked file (kept document and relations)."""
    mutants = sample(plan(result, seed), count, seed)
    baseline = _alarms(result, {f.id: f.start for f in result.figures})
    return [run_mutant(result, m, baseline) for m in mutants]
