"""A small report written here and a stand-in check with realistic figures and findings, for the
batch and output tests. The real figure recogniser and checks are written elsewhere; these tests
are about what the batch does with results, so the results are made here, by hand, and stay the
same whatever the recogniser does.

`sample_check` is a module-level function, so worker processes can run it; a file whose name
contains "slow" sleeps far past any timeout the tests give, one whose name contains "crash"
kills its own process with SIGSEGV.
"""

from __future__ import annotations

import faulthandler
import os
import re
import signal
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from extractor.model import CheckResult, Document, Figure, Finding, ReportMeta
from extractor.pipeline import CheckOptions, check_file

SAMPLE = """某镇2021年度部门整体支出绩效评价报告
一、部门概况
本单位共有在编人员35人，其中行政编制20人，事业编制15人。
二、部门收支情况
（一）收入情况
2021年度收入合计1,250.50万元，其中一般公共预算财政拨款1,000.00万元，其他收入250.05万元。
（二）支出情况
2021年度支出合计1,180.20万元，其中基本支出800.10万元，项目支出380.10万元，预算执行率为94.38%。年末结转和结余179.93元。
三、三公经费支出情况
单位：万元
项目\t预算数\t决算数
公务接待费\t5.00\t4.20
公务用车运行维护费\t8.00\t7.50
合计\t13.00\t11.60
四、自评结论
综合自评得分92分，等级为良。
"""

# Numbers with a unit in the text, and bare numbers in table cells (which take the table's unit).
_IN_TEXT = re.compile(r"(\d[\d,]*(?:\.\d+)?)(万元|元|%|人|分)")
_CELL = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_KINDS = {"万元": "money", "元": "money", "%": "percent", "人": "count", "分": "count"}


def write_sample(folder: Path, name: str = "sample.txt", text: str = SAMPLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def sample_figures(doc: Document) -> list[Figure]:
    figures: list[Figure] = []

    def add(raw, value, unit, block, start, row=None, col=None):
        figures.append(Figure(
            id=f"F{len(figures) + 1}", kind=_KINDS.get(unit, "money"), raw=raw, value=Decimal(value.replace(",", "")),
            unit=unit, decimals=len(value.partition(".")[2]), label="", section=doc.section_path(block.index),
            block=block.index, start=start, end=start + len(raw), line=block.line, row=row, col=col,
            table=row is not None,
        ))

    for b in doc.blocks:
        if b.kind == "table":
            for r, cells in enumerate(b.rows or []):
                for c, cell in enumerate(cells):
                    if _CELL.fullmatch(cell):
                        add(cell, cell, b.unit or "", b, b.cell_span(r, c)[0], r, c)
        else:
            for m in _IN_TEXT.finditer(b.text):
                add(m.group(0), m.group(1), m.group(2), b, b.start + m.start())
    return figures


def sample_findings(doc: Document, figures: list[Figure]) -> list[Finding]:
    """Findings of the kinds the checks raise, for whichever of their figures this text has."""
    by_raw = {g.raw: g for g in figures}
    text = doc.text
    out: list[Finding] = []
    if {"1,250.50万元", "1,000.00万元", "250.05万元"} <= by_raw.keys():
        total = by_raw["1,250.50万元"]
        out.append(Finding(
            rule="SUM001", type="sum", severity="error",
            figures=[total.id, by_raw["1,000.00万元"].id, by_raw["250.05万元"].id],
            message="收入合计为1,250.50万元，各项之和为1,250.05万元，相差0.45万元",
            stated="1250.50", computed="1250.05", page=total.page, line=total.line, block=total.block,
        ))
    if "179.93元" in by_raw:
        g = by_raw["179.93元"]
        start = text.index("年末结转和结余179.93元")
        out.append(Finding(
            rule="UNIT001", type="unit", severity="warning", figures=[g.id],
            message="年末结转和结余为179.93元，前后文金额均为万元，疑为179.93万元",
            excerpt="年末结转和结余179.93元", line=g.line, block=g.block, start=start, end=g.end,
        ))
    cells = [g for g in figures if g.table and g.col == 2]
    if len(cells) == 3:
        out.append(Finding(
            rule="TBL001", type="table", severity="error", figures=[cells[2].id, cells[0].id, cells[1].id],
            message="决算数合计为11.60，各行之和为11.70", stated="11.60", computed="11.70", line=cells[2].line,
        ))
    out.append(Finding(rule="TXT009", type="text", severity="info", message="未找到评价报告的编制日期"))
    return out


def sample_check(path: str, options: CheckOptions = CheckOptions()) -> CheckResult:
    """check_file, with the figures, findings and report facts made here instead of by the recogniser."""
    name = Path(path).name
    if "slow" in name:
        time.sleep(120)
    if "crash" in name:
        faulthandler.disable()  # pytest's handler would print this worker's stack; the test expects the crash
        os.kill(os.getpid(), signal.SIGSEGV)
    result = check_file(path, replace(options, keep_document=True))
    doc = result.document
    if doc is None:
        return result
    figures = sample_figures(doc)
    return result.model_copy(update={
        "figures": figures,
        "findings": sample_findings(doc, figures),
        "report": ReportMeta(unit_name="某镇人民政府", year=2021, score=Decimal("92"), grade="良"),
        "document": doc if options.keep_document else None,
    })


def check_with_helper(path: str, options: CheckOptions = CheckOptions()) -> CheckResult:
    """Starts a helper in its own session (as the doc reader starts soffice), notes its pid in
    <path>.pid, and never finishes."""
    import subprocess

    helper = subprocess.Popen(["sleep", "120"], start_new_session=True)
    Path(path + ".pid").write_text(str(helper.pid))
    time.sleep(120)
    return CheckResult(file=path)
