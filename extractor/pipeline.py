"""The whole job for one file, as a pure function of that file (and the options):
read -> figures -> relations -> checks. Batches, the dataset and any future cluster worker call
`check_file` and nothing else, so one file's result never depends on another's; `check_document`
runs the stages after reading on a Document already in memory.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from extractor.errors import ReadError
from extractor.model import CheckResult, Document, Figure, Relation


@dataclass(frozen=True)
class CheckOptions:
    """Which rules run. Codes or prefixes (`SUM`, `TBL002`); empty `select` means all."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    run_checks: bool = True  # False for `jixiao extract`: figures only
    suppressions: tuple = field(default=())  # extractor.checks.suppress.Suppression items
    keep_document: bool = False  # return the Document too (CheckResult.document), e.g. for HTML pages
    keep_relations: bool = False  # return the Relations found too (CheckResult.relations), e.g. for coverage


def check_file(path: str | Path, options: CheckOptions = CheckOptions()) -> CheckResult:
    """Read, extract and check one file. A file that cannot be read gives status 'unreadable'.
    With `options.keep_document` the Document read comes back as `CheckResult.document`."""
    from extractor.readers import read_document

    t0 = time.perf_counter()
    try:
        doc = read_document(path)
    except ReadError as e:
        return CheckResult(file=str(path), status="unreadable", error=e.reason)
    return check_document(doc, options, file=str(path), read_seconds=time.perf_counter() - t0)


def check_document(doc: Document, options: CheckOptions = CheckOptions(), *, file: str | None = None,
                   read_seconds: float | None = None, figures: list[Figure] | None = None) -> CheckResult:
    """The stages after reading, on a Document already in memory (e.g. one rewritten by
    `jixiao coverage` to plant a slip): figures -> relations -> checks. `figures`, when given,
    are the document's figures already extracted (extract_figures would give the same)."""
    from extractor.checks import run_checks
    from extractor.figures import extract_figures
    from extractor.figures.report import not_a_report, report_meta, with_indicator_totals
    from extractor.indicators import read_indicators
    from extractor.relations import find_relations

    timings: dict[str, float] = {} if read_seconds is None else {"read": read_seconds}
    t1 = time.perf_counter()
    if figures is None:
        figures = extract_figures(doc)
    meta = report_meta(doc, figures)
    findings, silenced, notes = [], [], []
    relations: list[Relation] = []
    try:
        indicators = read_indicators(doc, figures)
    except Exception as e:  # a 自评表 laid out as nothing foresaw must not cost the file its other findings
        if os.environ.get("JIXIAO_DEBUG"):
            raise
        indicators = []
        notes.append(f"内部错误：未能读取绩效自评表（{type(e).__name__}: {e}）")
    if (note := not_a_report(doc, meta, figures)) is not None:
        notes.append(note)
    t2 = time.perf_counter()
    timings["figures"] = t2 - t1
    if options.run_checks:
        relations = find_relations(doc, figures, meta, indicators)
        t3 = time.perf_counter()
        timings["relations"] = t3 - t2
        findings, silenced, check_notes = run_checks(doc, figures, relations, meta, options, indicators)
        notes += check_notes
        timings["checks"] = time.perf_counter() - t3
    return CheckResult(
        file=file if file is not None else doc.path,
        format=doc.format,
        sha256=doc.sha256,
        pages=doc.pages,
        report=with_indicator_totals(meta, indicators),  # after the checks: they compare the text with the table
        figures=figures,
        findings=findings,
        indicators=indicators,
        suppressed=silenced,
        notes=doc.notes + notes,
        timings={k: round(v, 4) for k, v in timings.items()},
        document=doc if options.keep_document else None,
        relations=relations if options.keep_relations else None,
    )
