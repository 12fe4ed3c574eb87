"""`jixiao check PATH...`: one file or a whole folder."""

from __future__ import annotations

import glob
import json
import os
from pathlib import Path

import click

from extractor.model import CheckResult
from extractor.pipeline import CheckOptions, check_file


def expand_paths(paths) -> list[Path]:
    """Files, folders (recursively) and globs, in a stable order."""
    out: list[Path] = []
    for p in paths:
        matches = glob.glob(p, recursive=True) if any(ch in p for ch in "*?[") else [p]
        for m in matches:
            path = Path(m)
            if path.is_dir():
                out += sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith("."))
            else:
                out.append(path)
    return out


def _codes(s: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in (s or "").split(",") if c.strip())


def run_check_command(*, paths, fmt, output, jobs, timeout, select, ignore, suppressions, progress) -> int:
    options = CheckOptions(select=_codes(select), ignore=_codes(ignore))
    files = expand_paths(paths)
    results = [check_file(f, options) for f in files]
    for r in results:
        if fmt == "json":
            click.echo(json.dumps(r.model_dump(mode="json"), ensure_ascii=False))
        else:
            click.echo(summary(r))
    return exit_status(results)


def exit_status(results: list[CheckResult]) -> int:
    if any(r.status != "ok" for r in results):
        return 2
    return 1 if any(f.severity == "error" for r in results for f in r.findings) else 0


def summary(r: CheckResult) -> str:
    if r.status != "ok":
        return f"{r.file}: 无法读取：{r.error}"
    m = r.report
    head = f"{r.file}: {m.unit_name or '（单位未识别）'} {m.year or ''} 数字 {len(r.figures)} 个，问题 {r.counts['error']} 错误 / {r.counts['warning']} 警告"
    lines = [head]
    for f in r.findings:
        if f.severity == "info":
            continue
        where = f"p{f.page}" if f.page else (f"L{f.line}" if f.line else "")
        lines.append(f"  [{f.severity}] {f.rule} {where} {f.message}")
    return os.linesep.join(lines)
