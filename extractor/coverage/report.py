"""Coverage: which mined coincidences jixiao recognises, and the report of a coverage run.

A coincidence is recognised when one reading of one of jixiao's relations (text, table,
identity, restatement: any kind), or one funding line or total of a 绩效自评表 it reads, names
all of its figures; or, for a sum, when the equalities jixiao checks imply it (年初结转 51.3 −
收支差额 11.3 = 年末结转 40 follows from the balance and the 差额 it checks: a slip in any of the
three breaks one of them). The unrecognised are grouped by their shape, most frequent first, so
the next kind of statement to teach is the one at the top.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction

from extractor.arithmetic import UNIT_FACTOR
from extractor.checks.indicators import funding_lists
from extractor.coverage.mine import Coincidence
from extractor.coverage.mutate import Mutant
from extractor.model import CheckResult, Reading, Relation


def reading_sets(rel: Relation) -> list[tuple[frozenset[str], str]]:
    """The figures each reading of a relation names (its stated figure and operands)."""
    def one(reading: Reading, pair: bool = True) -> frozenset[str]:
        ids = {rel.figures[0]} if rel.figures else set()
        ids |= {i for i, _ in reading.terms + reading.num + reading.den}
        return frozenset(ids | set(reading.pair if pair else []))

    d = rel.data
    if not (d.terms or d.num or d.den or d.pair):
        return [(frozenset(rel.figures), rel.rule)]
    return [(one(d), rel.rule)] + [(one(a, pair=False), rel.rule) for a in d.alternatives]


def known_sets(result: CheckResult) -> list[tuple[frozenset[str], str]]:
    """Every set of figures jixiao checks together in one result."""
    out = [s for rel in result.relations or [] for s in reading_sets(rel)]
    for t in result.indicators:
        for line in t.funding:
            out.append((frozenset(line.figures.values()), "IND"))
        # a total line with the lines under it, column by column (IND011, and IND012 when complete)
        for head, parts in funding_lists(t.funding):
            for role in ("budget", "adjusted", "executed"):
                ids = [x.figures.get(role) for x in (head, *parts)]
                out.append((frozenset(i for i in ids if i), "IND"))
        for role in ("weight", "points"):
            total = t.figures.get(f"total_{role}")
            rows = [r.figures.get(role) for r in [*t.funding, *t.indicators]]
            out.append((frozenset([total, *rows]) - {None}, "IND"))
    return out


@dataclass
class FileCoverage:
    file: str
    coincidences: list[Coincidence] = field(default_factory=list)
    recognised: dict[int, str] = field(default_factory=dict)  # coincidence index -> rule that covers it
    chance: float | None = None  # arithmetic coincidences expected by chance (shuffled figures)
    text_figures: int = 0  # amounts and percentages in the text (not in tables)
    text_checked: int = 0  # …of them, those some relation checks: an edit of the others passes unseen
    mutants: list[Mutant] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    error: str | None = None

    @property
    def mined(self) -> int:
        return len(self.coincidences)

    def counts(self) -> dict:
        status = Counter(m.status for m in self.mutants)
        live = status["detected"] + status["survived"]
        restated = [k for k, c in enumerate(self.coincidences) if c.kind == "restated"]
        restated_known = len([k for k in restated if k in self.recognised])
        arith, arith_known = self.mined - len(restated), len(self.recognised) - restated_known
        return {
            "mined": self.mined, "recognised": len(self.recognised),
            "coverage": _pct(len(self.recognised), self.mined),
            # arithmetic (sums, ratios, changes, averages) and restatements apart: a report that
            # repeats its tables in its text has many more restatements than statements
            "arithmetic": arith, "arithmetic_recognised": arith_known, "arithmetic_coverage": _pct(arith_known, arith),
            "restated": len(restated), "restated_recognised": restated_known,
            "restated_coverage": _pct(restated_known, len(restated)),
            "mutants": len(self.mutants), "equivalent": status["equivalent"], "unread": status["unread"],
            "detected": status["detected"], "survived": status["survived"],
            "detection": _pct(status["detected"], live),
            "text_figures": self.text_figures, "text_checked": self.text_checked,
            "text_checked_share": _pct(self.text_checked, self.text_figures),
        }

    def to_json(self) -> dict:
        return {
            "file": self.file, **({"error": self.error} if self.error else {}), **self.counts(),
            "chance": self.chance, "seconds": self.seconds,
            "coincidences": [{**c.to_json(), "recognised": self.recognised.get(i)} for i, c in enumerate(self.coincidences)],
            "mutants": [m.to_json() for m in self.mutants],
        }


def _pct(a: int, b: int) -> float | None:
    return round(100 * a / b, 1) if b else None


def cover(coincidences: list[Coincidence], result: CheckResult) -> dict[int, str]:
    """Index of each recognised coincidence -> the rule of the relation that covers it. An amount
    restated is also recognised when jixiao's restatements join its two places through others (the
    text's 15621.11万元 to the 收支总表's cell, that cell to the 收入总表's): equality is transitive."""
    sets = known_sets(result)
    same = _restatement_classes(result)
    out = {}
    for k, c in enumerate(coincidences):
        for ids in [c.figures, *c.variants]:
            need = set(ids)
            rule = next((r for s, r in sets if need <= s), None)
            if rule is None and c.kind == "restated" and len({same.get(i, i) for i in need}) == 1:
                rule = "CON"
            if rule is None and c.kind != "restated" and _implied(list(ids), c.kind, result, sets):
                rule = "implied"
            if rule:
                out[k] = rule
                break
    return out


_SCALE = {unit: int(factor) for unit, factor in UNIT_FACTOR.items()}


def _equalities(result: CheckResult) -> list[dict[str, Fraction]]:
    """The linear equalities jixiao checks, as {figure id: coefficient} summing to zero (amounts in
    元): complete sums, differences, balances, restatements. A |a − b| is oriented the way the
    figures' own values make nearest to zero; partial lists (at most) and ratios are left out."""
    by_id = {f.id: f for f in result.figures}
    out = []
    for rel in result.relations or []:
        terms = rel.data.terms  # the main reading: an alternative is a guess, not a checked equality
        if not terms or rel.data.at_most or not rel.figures or any(i not in by_id for i, _ in terms):
            continue
        best = None
        for own in (1, -1) if rel.data.abs else (1,):
            form = {rel.figures[0]: Fraction(own)}
            for i, sign in terms:
                form[i] = form.get(i, Fraction(0)) - sign
            scaled = {i: c * _SCALE.get(by_id[i].unit, 1) for i, c in form.items() if c}
            gap = abs(sum(c * Fraction(by_id[i].value) for i, c in scaled.items()))
            if best is None or gap < best[0]:
                best = (gap, scaled)
        out.append(best[1])
    return out


def _implied(ids: list[str], kind: str, result: CheckResult, sets: list[tuple[frozenset[str], str]]) -> bool:
    """Whether jixiao's checks catch a slip in any figure of a coincidence they do not state as one.

    A sum ids[0] = ids[1] + … is implied when it follows from the equalities jixiao checks near
    its figures. A rate or average (ids[0] over the others) is implied when a relation checks
    ids[0] and each other figure is one of that relation's or is fixed by its figures through
    checked equalities: 3.56% = 0.57 / (15.42 + 0.57), checked as 0.57 / 16 with 16 − 15.42 = 0.57.
    Either way a slip in one figure breaks a checked relation. Figures stated as 0 count as known: the miner
    leaves them out ("其中：财政拨款收入a，占p%；事业收入b，占q%；经营收入0万元", q = b ÷ (a + b)) and a slip in one
    breaks the sum that holds them."""
    by_id = {f.id: f for f in result.figures}
    if any(i not in by_id for i in ids):
        return False
    forms = _equalities(result)
    zeros = {i for f in forms if f.keys() & set(ids) for i in f if by_id[i].value == 0}  # (of the equalities it is in)
    if kind == "sum":
        target = {ids[0]: Fraction(_SCALE.get(by_id[ids[0]].unit, 1))}
        for i in ids[1:]:
            target[i] = target.get(i, Fraction(0)) - _SCALE.get(by_id[i].unit, 1)
        return _spanned([target], zeros, set(ids), forms)
    return any(_spanned([{i: Fraction(1)} for i in ids if i not in s], s | zeros, set(ids), forms)
               for s, _ in sets if ids[0] in s)


def _spanned(targets: list[dict[str, Fraction]], given: frozenset[str] | set[str], near: set[str],
             forms: list[dict[str, Fraction]]) -> bool:
    """Whether each target form is a combination of the checked equalities near `near` (those
    sharing a figure with it, and with those) and of the `given` figures: Gaussian elimination in
    fractions."""
    near = near | set(given)
    for _ in range(2):  # two steps out: the balance and the 差额 that share figures with the sum
        near |= {i for f in forms if near & f.keys() for i in f}
    basis: list[tuple[str, dict[str, Fraction]]] = []  # (pivot figure, row), zero at earlier pivots

    def reduce(row: dict[str, Fraction]) -> dict[str, Fraction]:
        for pivot, b in basis:
            if row.get(pivot):
                k = row[pivot] / b[pivot]
                row = {i: c for i in row.keys() | b.keys() if (c := row.get(i, 0) - k * b.get(i, 0))}
        return row

    for form in [{i: Fraction(1)} for i in given] + [f for f in forms if near >= f.keys()]:
        if row := reduce(form):
            basis.append((next(iter(row)), row))
    return not any(reduce(t) for t in targets)  # nothing left: fixed by what is checked


def checked_text_figures(result: CheckResult) -> tuple[int, int]:
    """Amounts and percentages of the text, and how many of them take part in a relation (any
    reading): a label-free bound on which single-figure edits of the text jixiao could notice."""
    ids = {i for rel in result.relations or [] for s, _ in reading_sets(rel) for i in s | set(rel.figures)}
    text = [f for f in result.figures if not f.table and f.kind in ("money", "percent")]
    return len(text), sum(1 for f in text if f.id in ids)


def _restatement_classes(result: CheckResult) -> dict[str, str]:
    """Figure id -> a representative of the figures jixiao's restatement relations (CON…) make equal."""
    parent: dict[str, str] = {}

    def find(i: str) -> str:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    for rel in result.relations or []:
        if rel.rule.startswith("CON"):
            for ids, _ in reading_sets(rel):
                first, *rest = sorted(ids)
                for i in rest:
                    parent[find(i)] = find(first)
    return {i: find(i) for i in list(parent)}


# --------------------------------------------------------------------------- rendering


def totals(files: list[FileCoverage]) -> dict:
    keys = ("mined", "recognised", "arithmetic", "arithmetic_recognised", "restated", "restated_recognised",
            "text_figures", "text_checked",
            "mutants", "equivalent", "unread", "detected", "survived")
    out = {k: sum(f.counts()[k] for f in files) for k in keys}
    out["coverage"] = _pct(out["recognised"], out["mined"])
    out["arithmetic_coverage"] = _pct(out["arithmetic_recognised"], out["arithmetic"])
    out["restated_coverage"] = _pct(out["restated_recognised"], out["restated"])
    out["text_checked_share"] = _pct(out["text_checked"], out["text_figures"])
    out["detection"] = _pct(out["detected"], out["detected"] + out["survived"])
    chances = [f.chance for f in files if f.chance is not None]
    out["chance"] = round(sum(chances), 1) if chances else None
    return out


def unrecognised_shapes(files: list[FileCoverage]) -> list[dict]:
    """The unrecognised coincidences grouped by shape, most frequent first, one example each."""
    groups: dict[str, list[tuple[FileCoverage, Coincidence]]] = {}
    for f in files:
        for k, c in enumerate(f.coincidences):
            if k not in f.recognised:
                groups.setdefault(c.shape, []).append((f, c))
    out = []
    for shape, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        f, c = items[0]
        out.append({"shape": shape, "count": len(items), "kind": c.kind, "file": f.file, "page": c.page,
                    "line": c.line, "formula": c.formula, "excerpt": c.excerpt})
    return out


def to_json(files: list[FileCoverage]) -> dict:
    return {"total": totals(files), "unrecognised": unrecognised_shapes(files), "files": [f.to_json() for f in files]}


def _where(page: int | None, line: int | None) -> str:
    return f"p.{page}" if page else f"L{line}" if line else ""


def render_text(files: list[FileCoverage], shapes: int = 25, survivors: int = 40) -> str:
    lines = ["Relation coverage and mutation",
             "arith: sums, ratios, changes, averages mined / recognised / %; restated: the same amount twice;",
             "chance: arithmetic coincidences expected by chance; mutants / equivalent / detected % of the others;",
             "text%: amounts and percentages of the text that some relation checks", ""]
    head = (f"{'file':<44} {'arith':>5} {'recog':>5} {'cov%':>6} {'restd':>5} {'recog':>5} {'cov%':>6} "
            f"{'chance':>6} {'mut':>5} {'equiv':>5} {'det%':>6} {'text%':>6}")
    lines += [head, "-" * len(head)]

    def row(name: str, c: dict) -> str:
        def p(x):
            return "-" if x is None else f"{x:.1f}"
        return (f"{name[-44:]:<44} {c['arithmetic']:>5} {c['arithmetic_recognised']:>5} {p(c['arithmetic_coverage']):>6} "
                f"{c['restated']:>5} {c['restated_recognised']:>5} {p(c['restated_coverage']):>6} {p(c.get('chance')):>6} "
                f"{c['mutants']:>5} {c['equivalent']:>5} {p(c['detection']):>6} {p(c['text_checked_share']):>6}")

    for f in files:
        if f.error:
            lines.append(f"{f.file[-44:]:<44} unreadable: {f.error}")
            continue
        lines.append(row(f.file, {**f.counts(), "chance": f.chance}))
    lines += ["-" * len(head), row("total", totals(files)), ""]
    t = totals(files)
    lines.append(f"mutants: {t['mutants']}, equivalent {t['equivalent']}, unread {t['unread']}, "
                 f"detected {t['detected']} of {t['detected'] + t['survived']}")
    groups = unrecognised_shapes(files)
    if groups:
        lines += ["", f"Unrecognised coincidences by shape ({sum(g['count'] for g in groups)}, most frequent first):"]
        for g in groups[:shapes]:
            lines.append(f"  {g['count']:>3}× {g['shape']}")
            lines.append(f"       e.g. {g['file']} {_where(g['page'], g['line'])}: {g['formula']}")
        if len(groups) > shapes:
            lines.append(f"  … {len(groups) - shapes} more shapes (--format json lists them all)")
    dead = [(f, m) for f in files for m in f.mutants if m.status == "survived"]
    if dead:
        lines += ["", f"Surviving mutants ({len(dead)}):"]
        for f, m in dead[:survivors]:
            lines.append(f"  {f.file} {m.rule} {m.operator} {m.old} → {m.new} | {m.excerpt}")
        if len(dead) > survivors:
            lines.append(f"  … {len(dead) - survivors} more (--format json lists them all)")
    return "\n".join(lines) + "\n"
