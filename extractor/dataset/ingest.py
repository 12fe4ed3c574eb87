"""`jixiao ingest PATH... --db FILE`: check every file once and keep the results in SQLite.

Files are read and checked in worker processes (extractor.pool: a time limit per file, a crash
costs only its file); the parent alone writes, one transaction per
document, so a killed run loses nothing it had committed. A file whose bytes (sha256) are stored
already is skipped before any work is done, which makes a rerun finish what a killed one left.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import click

from extractor.pipeline import CheckOptions
from extractor.pool import check_many
from extractor.readers import os_reason


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


def _files(paths: Iterable[str], db: str | Path, summary: Summary) -> Iterator[Path]:
    """The files `jixiao check` would take from `paths`, less the dataset's own files (a folder may hold
    them); an argument that names no file goes to `summary.unopened`."""
    from extractor.batch import expand_paths

    own = {Path(f"{db}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    for item in expand_paths(paths):
        path, problem = Path(item.path), item.problem
        if problem:
            summary.unopened.append((str(path), problem))
        elif path.resolve() not in own:
            yield path


def ingest(paths: Iterable[str], db: str | Path, *, jobs: int = 0, progress: bool = False,
           options: CheckOptions = CheckOptions(), timeout: float = 300.0) -> Summary:
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
                summary.unopened.append((str(path), os_reason(e, "无法打开文件")))
                continue
            if sha in stored:
                summary.skipped += 1
                continue
            stored.add(sha)
            todo.append((path, sha))
        files = [path for path, _ in todo]
        options = replace(options, keep_document=True)  # the blocks and table cells are stored too
        with tqdm(total=len(todo), disable=not progress, unit="份", desc="入库", file=sys.stderr) as bar:
            for i, result in check_many(files, options, jobs=jobs, timeout=timeout):
                path, sha = todo[i]
                doc, result.document = result.document, None
                # the bytes actually read win over the hash taken here if the file changed in between
                if add_document(conn, path=path, sha256=result.sha256 or sha, result=result, doc=doc) is None:
                    summary.skipped += 1
                elif result.status != "ok":
                    summary.unreadable.append((str(path), result.error or ""))
                else:
                    summary.added += 1
                bar.update()
        summary.cross_year_units, summary.cross_year_findings = crossyear.run(conn)
    finally:
        conn.close()
    return summary


def run_ingest_command(*, paths, db, jobs, progress, timeout: float = 300.0) -> int:
    """The CLI: ingest, then say what happened. Exit 2 when some file could not be read, else 0."""
    from extractor.dataset.schema import DatabaseError

    if progress is None:
        progress = sys.stderr.isatty()
    try:
        s = ingest(paths, db, jobs=jobs, progress=progress, timeout=timeout)
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
