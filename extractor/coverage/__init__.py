"""Relation coverage: how much of the arithmetic real reports state jixiao understands, measured
without labels, and proof by mutation that what it recognises it checks.

    mine.py    the coincidences among a report's figures that hold within rounding
    report.py  which of them jixiao's relations cover; the text and JSON reports
    mutate.py  a figure of each recognised relation rewritten in the Document, checks re-run

`jixiao coverage PATH…` runs all three on every report file given.
"""

from __future__ import annotations

import time
from typing import Callable, Iterable

from extractor.coverage.mine import chance_hits, mine
from extractor.coverage.mutate import mutate
from extractor.coverage.report import FileCoverage, checked_text_figures, cover
from extractor.pipeline import CheckOptions, check_file
from extractor.pool import check_one

__all__ = ["FileCoverage", "cover_file", "run_coverage"]


def cover_file(path: str, mutants: int | None = None, seed: int = 0, chance_rounds: int = 3) -> FileCoverage:
    """Mine, cover and mutate one file. `mutants`: a seeded sample of that many (None: all, 0: none)."""
    t0 = time.perf_counter()
    result = check_one(check_file, str(path), CheckOptions(keep_document=True, keep_relations=True))  # (a bug of ours: recorded)
    out = FileCoverage(file=str(path))
    if result.status != "ok" or result.document is None:
        out.error = result.error or "unreadable"
        return out
    t1 = time.perf_counter()
    out.coincidences = mine(result.document, result.figures)
    out.recognised = cover(out.coincidences, result)
    out.text_figures, out.text_checked = checked_text_figures(result)
    out.chance = chance_hits(result.document, result.figures, chance_rounds, seed) if chance_rounds else None
    t2 = time.perf_counter()
    if mutants != 0:
        out.mutants = mutate(result, mutants, seed)
    t3 = time.perf_counter()
    out.seconds = {"check": round(t1 - t0, 2), "mine": round(t2 - t1, 2), "mutate": round(t3 - t2, 2)}
    return out


def run_coverage(paths: Iterable[str], mutants: int | None = None, seed: int = 0, chance_rounds: int = 3,
                 progress: Callable[[str], None] | None = None) -> list[FileCoverage]:
    from extractor.batch import expand_paths

    out = []
    for item in expand_paths(paths):
        if item.problem:
            out.append(FileCoverage(file=item.path, error=item.problem))
            continue
        if progress:
            progress(item.path)
        out.append(cover_file(item.path, mutants, seed, chance_rounds))
    return out
