"""Outputs: what jixiao prints or writes for people and programs.

Batch writers (html, xlsx, records, text) share one shape: `add(result, name)` once per report
(in input order where the writer's `ordered` says so), then `close(outcomes)` once with every
report's Outcome in input order, returning the files written. `name` is the report's safe,
unique base name in the output folder (see naming.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from extractor.figures.report import NOT_A_REPORT
from extractor.model import CheckResult, ReportMeta

# How a severity and a finding type read for an auditor.
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
TYPE_NAMES = {
    "sum": "合计", "balance": "收支平衡", "difference": "差额", "ratio": "比例", "change": "增减变化",
    "average": "平均数", "unit": "单位", "conflict": "前后不一致", "table": "表格", "grade": "等级",
    "text": "文字", "other": "其他",
}
KIND_NAMES = {"money": "金额", "percent": "百分比", "count": "数量"}


@dataclass
class Outcome:
    """What the index page and the closing summary keep of one report once its outputs are written
    (the figures and the text are let go, so a batch of thousands stays small in memory)."""

    file: str
    name: str
    status: str
    error: str | None = None
    format: str | None = None
    pages: int | None = None
    report: ReportMeta = field(default_factory=ReportMeta)
    figures: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    suppressed: list[str] = field(default_factory=list)  # "key: reason" of findings a suppression silenced
    seconds: float = 0.0
    not_report: bool = False  # no figures and nothing of a report's structure (a note says so)

    @classmethod
    def of(cls, r: CheckResult, name: str) -> Outcome:
        return cls(
            file=r.file, name=name, status=r.status, error=r.error, format=r.format, pages=r.pages,
            report=r.report, figures=len(r.figures), counts=r.counts, suppressed=r.suppressed,
            seconds=r.timings.get("total", 0.0),
            not_report=any(n.startswith(NOT_A_REPORT) for n in r.notes),
        )


class Writer(Protocol):
    ordered: bool  # add() must see the reports in input order (a stream, rows of one file), else any order

    def add(self, result: CheckResult, name: str) -> None: ...

    def close(self, outcomes: list[Outcome]) -> list[Path]: ...
