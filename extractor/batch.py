"""`jixiao check PATH...`: find the report files, check them in worker processes, write what was asked.

    PATH... -> expand_paths -> pool.check_many (in any order) -> back in input order -> a writer
            -> closing summary -> exit status

Outputs (see extractor/outputs/):
- no --output: `text` (default) prints a few lines per report; `json` prints the contract's
  object for one file, a JSON array of them for several; `jsonl` prints records; `csv` prints
  the findings. html and xlsx need --output.
- --output DIR: `html` (the default there) writes a page per report and index.html; `xlsx`
  writes jixiao.xlsx; `csv` files.csv, findings.csv, figures.csv; `jsonl` results.jsonl;
  `json` <name>.json per report; `pdf` <name>.annotated.pdf per PDF report (a highlight and the
  message for each finding). Names come from outputs/naming.py and stay inside DIR.

The closing summary goes to stdout when stdout carries nothing else, to stderr when it carries
data; a single file gets it only with text, and only when it was read. Exit status: 0 nothing found, 1 some error-severity finding,
2 some file could not be read (or the command was misused).
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import click

from extractor.cluster import EngineError
from extractor.model import CheckResult
from extractor.outputs import Outcome, Writer
from extractor.outputs.naming import output_names
from extractor.outputs.text import TextStream, batch_summary, shown
from extractor.pipeline import CheckOptions, check_file
from extractor.pool import CheckFunction, check_many, failed

# What a folder contributes: files with these extensions, or with none when their first bytes
# show a report format. Hidden files, Office lock files (~$x.docx) and our own output are skipped.
REPORT_SUFFIXES = frozenset({".txt", ".doc", ".docx", ".wps", ".pdf", ".html", ".htm", ".xls", ".xlsx"})
SNIFFED_FORMATS = frozenset({"pdf", "docx", "xlsx", "ole", "html"})
FORMATS_NEEDING_DIR = ("html", "xlsx", "pdf")


@dataclass(frozen=True)
class Input:
    path: str
    problem: str | None = None  # why it never reaches a worker: no such file, a glob that matched nothing


def is_report_file(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~$")):
        return False
    suffix = path.suffix.lower()
    if suffix:
        return suffix in REPORT_SUFFIXES
    from extractor.readers import sniff

    try:
        with path.open("rb") as f:
            return sniff(f.read(2048)) in SNIFFED_FORMATS
    except OSError:
        return False


def _walk(folder: Path, skip: str | None) -> Iterator[Path]:
    """Report files under a folder, recursively, in a stable order; hidden folders and `skip` pruned."""
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(top, d)) != skip)
        for name in sorted(files):
            path = Path(top, name)
            if is_report_file(path):
                yield path


def expand_paths(args: Iterable[str], skip: Path | None = None) -> list[Input]:
    """Files, folders (recursively) and globs, in the order given, each file once.

    A file named explicitly is always taken; folders and globs contribute report files only.
    `skip` is our output folder, never read back as input.
    """
    skip_real = os.path.realpath(skip) if skip else None
    found: list[Input] = []
    seen: set[str] = set()

    def take(path: Path, problem: str | None = None) -> None:
        key = str(path) if problem else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(Input(str(path), problem))

    for arg in args:
        p = Path(arg)
        if p.is_dir():
            for f in _walk(p, skip_real):
                take(f)
        elif p.exists():
            take(p)
        elif any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                take(p, "没有与之匹配的文件")
            for m in map(Path, matches):
                if m.is_dir():
                    for f in _walk(m, skip_real):
                        take(f)
                elif is_report_file(m) and not (skip_real and os.path.realpath(m).startswith(skip_real + os.sep)):
                    take(m)
        else:
            take(p, "文件不存在")
    return found


def _codes(s: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in (s or "").split(",") if c.strip())


def unused_suppressions(suppressions, outcomes: list[Outcome]) -> list[str]:
    """Keys of the suppression entries that silenced no finding in any file of the batch."""
    used = {note.split(": ", 1)[0] for o in outcomes for note in o.suppressed}
    return [s.key() for s in suppressions if s.key() not in used]


def exit_status(outcomes: list[Outcome]) -> int:
    if any(o.status != "ok" for o in outcomes):
        return 2
    return 1 if any(o.counts.get("error") for o in outcomes) else 0


# --------------------------------------------------------------------------- progress


def _bar(total: int):
    """A progress bar on stderr; tqdm is imported only when a bar is shown (it slows every start)."""
    from tqdm import tqdm

    class _Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked while the bar runs

    return _Bar(total=total, unit="份", desc="检查", file=sys.stderr, dynamic_ncols=True)


class Progress:
    """A bar on a terminal; with --progress elsewhere, a log line per file; otherwise silence."""

    def __init__(self, total: int, wanted: bool | None = False, shares_terminal: bool = False):
        tty = sys.stderr.isatty()
        wanted = tty if wanted is None else wanted
        self.total, self.done_count = total, 0
        self.bar = _bar(total) if wanted and tty else None
        self.log = wanted and not tty
        self.shares_terminal = shares_terminal  # stdout writes land on the bar's terminal

    def done(self, r: CheckResult) -> None:
        self.done_count += 1
        if self.bar is not None:
            self.bar.set_postfix_str(Path(r.file).name[:30], refresh=False)
            self.bar.update(1)
        elif self.log:
            state = "无法读取：" + (r.error or "") if r.status != "ok" else "错误 {error}，警告 {warning}".format(**r.counts)
            secs = r.timings.get("total", 0.0)
            click.echo(f"[{self.done_count}/{self.total}] {shown(r.file)}：{shown(state)}（{secs:.1f} 秒）", err=True)

    @contextlib.contextmanager
    def paused(self):
        """Keep the bar out of the way while stdout is written on the same terminal."""
        clear = self.bar is not None and self.shares_terminal
        if clear:
            self.bar.clear()
        yield
        if clear:
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------- the command


def _writer(fmt: str, out: Path | None, single: bool, review: bool = False) -> Writer:
    from extractor.outputs import records

    if out is None:
        stream = sys.stdout
        return {
            "text": lambda: TextStream(stream),
            "json": lambda: records.JsonStream(stream, single),
            "jsonl": lambda: records.JsonlWriter(stream),
            "csv": lambda: records.FindingsCsvStream(stream),
        }[fmt]()
    if fmt == "html":
        from extractor.outputs.html import HtmlWriter

        return HtmlWriter(out, review=review)
    if fmt == "xlsx":
        from extractor.outputs.xlsx import XlsxWriter

        return XlsxWriter(out)
    if fmt == "pdf":
        from extractor.outputs.pdf_annot import AnnotatedPdfWriter

        return AnnotatedPdfWriter(out)
    return {"csv": records.CsvWriter, "jsonl": records.JsonlWriter.to_dir, "json": records.JsonDirWriter}[fmt](out)


def in_input_order(done: Iterable[tuple[int, CheckResult]]) -> Iterator[tuple[int, CheckResult]]:
    """Results that finish in any order, handed on in input order as soon as each one's turn comes."""
    waiting: dict[int, CheckResult] = {}
    turn = 0
    for i, r in done:
        waiting[i] = r
        while turn in waiting:
            yield turn, waiting.pop(turn)
            turn += 1


def run_batch(
    inputs: list[Input],
    writer: Writer,
    options: CheckOptions,
    *,
    jobs: int = 0,
    timeout: float = 300.0,
    progress: Progress | None = None,
    check: CheckFunction = check_file,
    memory_mb: float = 0.0,
    engine=None,
) -> tuple[list[Outcome], list[Path]]:
    """Check every input and hand each result to `writer`; every input comes back once.

    `engine` (an extractor.cluster.DaskEngine) runs the checks on a Dask cluster instead of the
    local worker processes; the results are the same.

    Results reach the writer in input order when it says it needs that (`writer.ordered`), else as
    they finish, so a slow first file does not hold every page already done in memory.
    """
    names = output_names([i.path for i in inputs])
    workable = [n for n, i in enumerate(inputs) if i.problem is None]
    progress = progress or Progress(len(inputs))

    def finished() -> Iterator[tuple[int, CheckResult]]:
        for n, i in enumerate(inputs):
            if i.problem:
                r = failed(i.path, i.problem)
                progress.done(r)
                yield n, r
        paths = [inputs[n].path for n in workable]
        if engine is not None:
            done = engine.check_many(paths, options, timeout=timeout, check=check)
        else:
            done = check_many(paths, options, jobs=jobs, timeout=timeout, check=check, memory_mb=memory_mb)
        for k, r in done:
            progress.done(r)
            yield workable[k], r

    outcomes: list[Outcome] = [None] * len(inputs)  # type: ignore[list-item]  # every slot is filled below
    for n, r in in_input_order(finished()) if writer.ordered else finished():
        try:
            with progress.paused():
                writer.add(r, names[n])
        except OSError:
            raise  # the output folder itself is the problem (disk full, no permission): stop
        except Exception as e:  # a writer's bug on one report must not lose the batch; it still counts
            r = failed(r.file, f"写出结果时出错（程序内部错误 {type(e).__name__}: {str(e)[:160]}）")
        outcomes[n] = Outcome.of(r, names[n])
    return outcomes, writer.close(outcomes)


def share_ocr_jobs(jobs: int, files: int) -> None:
    """Give each file's OCR the cores that the workers leave over (a single scan gets them all to
    read its pages in parallel), through the environment that the workers inherit. Whatever the
    share, a file's result is the same."""
    from extractor.pool import default_jobs
    from extractor.readers.ocr import JOBS_VARIABLE

    if JOBS_VARIABLE not in os.environ:
        os.environ[JOBS_VARIABLE] = str(max(1, (jobs or default_jobs()) // max(1, files)))


def run_check_command(*, paths, fmt, output, jobs, timeout, select, ignore, suppressions, progress,
                      review: bool = False, memory_mb: float = 0.0, engine: str = "local",
                      scheduler: str | None = None) -> int:
    """`jixiao check`, and `jixiao review` (review=True: html review pages, exit 0 unless a file is unreadable).
    `engine` "dask" runs the checks on a Dask cluster (`scheduler`, or a LocalCluster of `jobs` workers)."""
    out = Path(output) if output else None
    fmt = fmt or ("html" if out else "text")
    if fmt in FORMATS_NEEDING_DIR and out is None:
        click.echo(f"jixiao: --format {fmt} 需要用 --output 指定输出目录", err=True)
        return 2
    if fmt == "text" and out is not None:
        click.echo("jixiao: --format text 只输出到屏幕；写入目录请选 html、xlsx、csv、jsonl 或 json", err=True)
        return 2
    silenced: tuple = ()
    if suppressions:
        from extractor.checks.suppress import load_suppressions
        from extractor.errors import ReadError

        try:
            silenced = load_suppressions(suppressions)
        except ReadError as e:
            click.echo(f"jixiao: {shown(e.path)}: {e.reason}", err=True)
            return 2

    inputs = expand_paths(paths, skip=out)
    if not inputs:
        click.echo("jixiao: 没有找到可检查的报告文件", err=True)
        return 2
    options = CheckOptions(select=_codes(select), ignore=_codes(ignore), suppressions=silenced)
    share_ocr_jobs(jobs, len(inputs))
    if fmt in ("html", "pdf"):
        # the page shows the report's text; an annotated scan places its highlights by the OCR boxes
        options = replace(options, keep_document=True)

    cluster = None
    if engine == "dask":
        from extractor.cluster import DaskEngine

        cluster = DaskEngine(scheduler=scheduler, workers=jobs, memory_mb=memory_mb)
    elif scheduler:
        click.echo("jixiao: --scheduler 需与 --engine dask 一起使用", err=True)
        return 2

    bar = Progress(len(inputs), progress, shares_terminal=out is None and sys.stdout.isatty())
    try:
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        writer = _writer(fmt, out, single=len(inputs) == 1, review=review)
        # check_file is looked up here, at call time, so tests can monkeypatch extractor.batch.check_file
        outcomes, written = run_batch(inputs, writer, options, jobs=jobs, timeout=timeout, progress=bar, check=check_file,
                                      memory_mb=memory_mb, engine=cluster)
    except BrokenPipeError:  # stdout piped into `head` and closed: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except EngineError as e:
        click.echo(f"jixiao: {e}", err=True)
        return 2
    except OSError as e:
        click.echo(f"jixiao: 无法写入结果（{e.filename or out or '标准输出'}：{e.strerror or e}）", err=True)
        return 2
    finally:
        bar.close()

    unused = unused_suppressions(silenced, outcomes)
    if unused:  # like ruff: a suppression that silences nothing is stale and should go
        click.echo(f"jixiao: 忽略文件中有 {len(unused)} 条本次未用上：" + "；".join(unused), err=True)
    if len(inputs) == 1 and out is None and fmt != "text" and outcomes[0].status != "ok":
        click.echo(f"jixiao: {shown(outcomes[0].file)}: {shown(outcomes[0].error)}", err=True)  # the data alone would not say it
    elif out is not None or len(inputs) > 1 or (fmt == "text" and outcomes[0].status == "ok"):
        # a single file's text gets the summary too, unless it could not be read: its one line says it all
        data_on_stdout = out is None and fmt != "text"
        if fmt == "text":
            click.echo("")
        click.echo(batch_summary(outcomes, written), err=data_on_stdout)
    status = exit_status(outcomes)
    return 0 if review and status == 1 else status
