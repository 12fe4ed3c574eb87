"""`jixiao ingest PATH... --db FILE`: check every file once and keep the results in SQLite.

Files are read and checked in worker processes; the parent alone writes, one transaction per
document, so a killed run loses nothing it had committed. A file whose bytes (sha256) are stored
already is skipped before any work is done, which makes a rerun finish what a killed one left.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import click

from extractor.model import CheckResult, Document
from extractor.pipeline import CheckOptions, read_and_check


@dataclass
class Outcome:
    """What a worker hands the writer for one file."""

    path: Path
    sha256: str
    result: CheckResult
    doc: Document | None


@dataclass
class Summary:
    added: int = 0
    skipped: int = 0  # bytes already stored, or a second copy within this run
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason), stored as such
    unopened: list[tuple[str, str]] = field(default_factory=list)  # could not even be hashed: not stored
    cross_year_units: int = 0
    cross_year_findings: int = 0


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _work(path: Path, sha256: str, options: CheckOptions) -> Outcome:
    """Read and check one file (in a worker). A failure becomes an unreadable result, never an exception."""
    try:
        doc, result = read_and_check(path, options)
    except Exception as e:  # a bug in an extractor must not stop the batch; the file is recorded as failed
        doc, result = None, CheckResult(file=str(path), status="unreadable",
                                        error=f"处理时出错（{type(e).__name__}: {str(e)[:120]}）")
    # The bytes actually read win over the parent's hash if the file changed in between.
    return Outcome(path, doc.sha256 if doc else sha256, result, doc)


def _crashed(path: Path, sha256: str) -> Outcome:
    return Outcome(path, sha256, CheckResult(file=str(path), status="unreadable",
                                             error="处理该文件时进程意外退出（可能是文件损坏）"), None)


def outcomes(todo: list[tuple[Path, str]], options: CheckOptions, jobs: int) -> Iterator[Outcome]:
    """Work on every (path, sha256) and yield its outcome as soon as it is ready, in any order.

    With jobs > 1 the files go to worker processes. A worker that dies (a native library crashing on
    a damaged file) breaks the whole pool; the files it was holding are then redone one at a time in
    a process of their own, so only the culprit is recorded as failed.
    """
    if jobs <= 1:
        for path, sha in todo:
            yield _work(path, sha, options)
        return
    queue = deque(todo)
    while queue:
        suspects: list[tuple[Path, str]] = []
        with ProcessPoolExecutor(jobs) as pool:
            running: dict = {}
            broken = False
            while running or (queue and not broken):
                while queue and not broken and len(running) < 2 * jobs:
                    item = queue.popleft()
                    try:
                        running[pool.submit(_work, *item, options)] = item
                    except BrokenProcessPool:  # a worker died since the last look; its future says which
                        queue.appendleft(item)
                        broken = True
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    item = running.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:  # this file's worker died, or another's and took the pool down
                        suspects.append(item)
                        broken = True
        for item in suspects:
            yield _alone(item, options)


def _alone(item: tuple[Path, str], options: CheckOptions) -> Outcome:
    with ProcessPoolExecutor(1) as pool:
        try:
            return pool.submit(_work, *item, options).result()
        except BrokenProcessPool:
            return _crashed(*item)


def _files(paths: Iterable[str], db: str | Path, summary: Summary) -> Iterator[Path]:
    """The files `jixiao check` would take from `paths`, less the dataset's own files (a folder may hold
    them); an argument that names no file goes to `summary.unopened`."""
    from extractor.batch import expand_paths

    own = {Path(f"{db}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    for item in expand_paths(paths):
        # expand_paths gives Paths, or Input(path, problem) items once the batch rewrite is merged
        path, problem = Path(getattr(item, "path", item)), getattr(item, "problem", None)
        if problem:
            summary.unopened.append((str(path), problem))
        elif path.resolve() not in own:
            yield path


def ingest(paths: Iterable[str], db: str | Path, *, jobs: int = 0, progress: bool = False,
           options: CheckOptions = CheckOptions()) -> Summary:
    """Store every file under `paths` not stored yet, then run the cross-year checks."""
    from tqdm import tqdm

    from extractor.dataset import crossyear
    from extractor.dataset.schema import connect
    from extractor.dataset.store import add_document

    summary = Summary()
    conn = connect(db)
    try:
        stored = {row[0] for row in conn.execute("SELECT sha256 FROM documents")}
        todo: list[tuple[Path, str]] = []
        for path in _files(paths, db, summary):
            try:
                sha = sha256_of(path)
            except OSError as e:
                summary.unopened.append((str(path), f"无法打开文件（{e.strerror or e}）"))
                continue
            if sha in stored:
                summary.skipped += 1
                continue
            stored.add(sha)
            todo.append((path, sha))
        jobs = min(jobs or os.cpu_count() or 1, max(len(todo), 1))
        with tqdm(total=len(todo), disable=not progress, unit="份", desc="入库", file=sys.stderr) as bar:
            for out in outcomes(todo, options, jobs):
                if add_document(conn, path=out.path, sha256=out.sha256, result=out.result, doc=out.doc) is None:
                    summary.skipped += 1
                elif out.result.status != "ok":
                    summary.unreadable.append((str(out.path), out.result.error or ""))
                else:
                    summary.added += 1
                bar.update()
        summary.cross_year_units, summary.cross_year_findings = crossyear.run(conn)
    finally:
        conn.close()
    return summary


def run_ingest_command(*, paths, db, jobs, progress) -> int:
    """The CLI: ingest, then say what happened. Exit 2 when some file could not be read, else 0."""
    from extractor.dataset.schema import DatabaseError

    if progress is None:
        progress = sys.stderr.isatty()
    try:
        s = ingest(paths, db, jobs=jobs, progress=progress)
    except DatabaseError as e:
        click.echo(f"jixiao: {e}", err=True)
        return 2
    click.echo(f"入库完成：新增 {s.added + len(s.unreadable)} 份（其中无法读取 {len(s.unreadable)} 份），"
               f"已在库中跳过 {s.skipped} 份。数据库：{db}")
    if s.cross_year_units:
        click.echo(f"跨年度核对：{s.cross_year_units} 个单位，发现不一致 {s.cross_year_findings} 处。")
    for path, reason in s.unreadable + s.unopened:
        click.echo(f"  无法读取：{path}：{reason}", err=True)
    return 2 if s.unreadable or s.unopened else 0
