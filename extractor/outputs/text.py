"""Text for auditors to read in a terminal: a few lines per report, and the closing summary of a batch."""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

from extractor.figures.report import NOT_A_REPORT
from extractor.model import CheckResult, Finding
from extractor.outputs import SEVERITY_NAMES, Outcome

SLOWEST_SHOWN = 3
SLOW_ENOUGH = 0.1  # seconds; quicker files are not worth naming as slow


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(value) -> str:
    """Text as printed on a terminal: control characters (a line break in a file name, an escape
    sequence that would recolour or clear the screen) are written out instead of acting.

    >>> print(shown("报告" + chr(10) + ".txt"), shown(chr(27) + "[2J.txt"))
    报告\\n.txt \\x1b[2J.txt
    """
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], str(value))


def where(page: int | None, line: int | None) -> str:
    """第3页 / 第12行 / ''"""
    if page:
        return f"第{page}页"
    return f"第{line}行" if line else ""


def place(f: Finding) -> str:
    """Where a finding points: 第3页第12行, 第5段, 工作表“收支”C7 ... or what page and line say."""
    return f.location or where(f.page, f.line) or "（位置不详）"


def file_summary(r: CheckResult) -> str:
    """A report's head line, its findings (errors, warnings, then the info it counts), the
    findings a suppression silenced and the notes that say it may not be a report at all."""
    if r.status != "ok":
        return f"{shown(r.file)}: 无法读取：{shown(r.error)}"
    m, c = r.report, r.counts
    lines = [
        f"{shown(r.file)}: {shown(m.unit_name or '（单位未识别）')} {m.year or ''} 数字 {len(r.figures)} 个，"
        f"问题 {c['error']} 错误 / {c['warning']} 警告 / {c['info']} 提示"
    ]
    order = {"error": 0, "warning": 1, "info": 2}
    for f in sorted(r.findings, key=lambda f: order[f.severity]):  # stable: document order within a severity
        lines.append(f"  [{SEVERITY_NAMES[f.severity]}] {f.rule} {place(f)} {shown(f.message)}")
    for note in r.suppressed:
        lines.append(f"  [已忽略] {shown(note)}")
    for note in r.notes:
        if note.startswith(NOT_A_REPORT):
            lines.append(f"  [注意] {shown(note)}")
    return "\n".join(lines)


def batch_summary(outcomes: list[Outcome], written: list[Path]) -> str:
    """Files, read failures by name, findings by severity, the slowest files, what was written."""
    failed = [o for o in outcomes if o.status != "ok"]
    totals = {s: sum(o.counts.get(s, 0) for o in outcomes) for s in SEVERITY_NAMES}
    with_errors = sum(1 for o in outcomes if o.counts.get("error"))
    lines = [
        f"共 {len(outcomes)} 个文件：已检查 {len(outcomes) - len(failed)}，无法读取 {len(failed)}",
        "问题：" + "，".join(f"{SEVERITY_NAMES[s]} {n}" for s, n in totals.items())
        + f"（{with_errors} 个文件有错误）",
    ]
    strays = [o for o in outcomes if o.not_report]
    if strays:
        lines.append(f"{NOT_A_REPORT}的文件 {len(strays)} 个：" + "，".join(shown(o.file) for o in strays[:10])
                     + ("等" if len(strays) > 10 else ""))
    silenced = sum(len(o.suppressed) for o in outcomes)
    if silenced:
        lines.append(f"已按忽略文件略去 {silenced} 条问题")
    if failed:
        lines.append("无法读取的文件：")
        lines += [f"  {shown(o.file)}：{shown(o.error)}" for o in failed]
    slowest = sorted((o for o in outcomes if o.seconds >= SLOW_ENOUGH), key=lambda o: -o.seconds)[:SLOWEST_SHOWN]
    if len(outcomes) > 1 and slowest:
        lines.append("最慢：" + "；".join(f"{shown(o.file)} {o.seconds:.1f} 秒" for o in slowest))
    if written:
        index = next((p for p in written if p.name == "index.html"), None)
        if len(written) == 1 or index:
            lines.append(f"结果已写入：{index or written[0]}" + (f"（共 {len(written)} 个文件）" if index else ""))
        else:
            lines.append(f"结果已写入：{written[0].parent}（共 {len(written)} 个文件）")
    return "\n".join(lines)


class TextStream:
    """--format text on stdout: a few lines per report."""
    ordered = True


    def __init__(self, stream: IO[str]):
        self.stream = stream

    def add(self, result: CheckResult, name: str) -> None:
        self.stream.write(file_summary(result) + "\n")

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        return []
