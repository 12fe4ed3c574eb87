"""Checks: relations and figures in, findings out.

Each check module defines its rules (extractor.checks.registry) and a `check(ctx)` generator;
`run_checks` runs them all, keeps the selected rules, drops repeats, softens findings on figures
that OCR may have misread (misread) and applies suppressions.
"""

from __future__ import annotations

import os

from extractor.checks.context import CheckContext
from extractor.checks.misread import soften
from extractor.checks.registry import selected
from extractor.checks.suppress import apply
from extractor.model import (
    Document,
    Figure,
    Finding,
    IndicatorTable,
    Relation,
    ReportMeta,
)

_RANK = {"info": 0, "warning": 1, "error": 2}


def run_checks(
    doc: Document, figures: list[Figure], relations: list[Relation], meta: ReportMeta, options,
    indicators: list[IndicatorTable] | None = None,
) -> tuple[list[Finding], list[str], list[str]]:
    """All findings for one document, notes on those a suppression silenced, and notes on checks
    that could not finish. `indicators` are the document's 绩效自评表 tables, read here when not given."""
    from extractor.checks.catalogue import CHECKS

    if indicators is None:
        from extractor.indicators import read_indicators

        indicators = read_indicators(doc, figures)
    ctx = CheckContext(doc=doc, figures=figures, relations=relations, meta=meta, indicators=indicators)
    findings: list[Finding] = []
    seen: set[str] = set()
    # two rules reaching the same figures say the same thing once (the graver one is kept)
    cited: dict[frozenset[str], int] = {}
    notes: list[str] = []
    for check in CHECKS:
        try:
            for f in check(ctx):
                if f.fingerprint in seen or not selected(f.rule, options.select, options.ignore):
                    continue
                # a unit slip is one finding per figure, however many relations expose it
                group = frozenset(f.figures[:1] if f.type == "unit" else f.figures)
                rank = _RANK[f.severity]
                if (len(group) >= 2 or f.type == "unit") and cited.get(group, -1) >= rank:
                    continue
                seen.add(f.fingerprint)
                cited[group] = rank
                findings.append(f)
        except Exception as e:  # a bug in one check must not cost the file its other findings
            if os.environ.get("JIXIAO_DEBUG"):
                raise
            notes.append(f"内部错误：检查 {check.__module__} 未能完成（{type(e).__name__}: {e}）")
    findings = soften(findings, figures)
    findings.sort(key=lambda f: (f.start if f.start is not None else -1, f.rule))
    kept, silenced = apply(findings, options.suppressions, doc.sha256, figures)
    return kept, silenced, notes
