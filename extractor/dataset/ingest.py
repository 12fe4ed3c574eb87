"""`jixiao ingest PATH... --db FILE`: check every file once and keep the results in SQLite.
`jixiao ingest PATH... --engine dask --dataset DIR`: the same on a Dask cluster, into Parquet files.

Files are read and checked in worker processes (extractor.pool: a time limit per file, a crash
costs only its file); the parent alone writes, one transaction per
document, so a killed run loses nothing it had committed. A file whose bytes (sha256) are stored
already is skipped before any work is done, which makes a rerun finish what a killed one left.

On a Dask cluster (extractor.cluster) each task checks one file and writes its rows into the Parquet
dataset itself (extractor.dataset.parquet), so the writing scales with the workers; the parent
only hashes the files, hands them out and records a file whose task failed (timeout, a worker that
died) as an unreadable document, as the SQLite ingest does. The cross-year checks need the SQLite
dataset: they are not run on a Parquet one.
"""

from __future__ import annotations

import hashlib
import itertools
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
        todo = list(_new_files(paths, db, stored, summary))
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


def _new_files(paths: Iterable[str], own: str | Path, stored: set[str], summary: Summary) -> Iterator[tuple[Path, str]]:
    """(path, sha256) of the files under `paths` whose bytes are not in `stored` (which grows), once each."""
    for path in _files(paths, own, summary):
        try:
            sha = sha256_of(path)
        except OSError as e:
            summary.unopened.append((str(path), os_reason(e, "无法打开文件")))
            continue
        if sha in stored:
            summary.skipped += 1
            continue
        stored.add(sha)
        yield path, sha


@dataclass(frozen=True)
class Stored:
    """What a worker tells the parent of a file it wrote into the Parquet dataset."""

    sha256: str
    status: str
    error: str | None


def store_one(path: str, sha: str, options: CheckOptions, root: str) -> Stored:
    """A Dask task: check one file (the per-file function of `--jobs`) and write its rows under `root`."""
    from extractor.dataset.parquet import write_document
    from extractor.pipeline import check_file
    from extractor.pool import check_one

    result = check_one(check_file, path, options)
    doc, result.document = result.document, None
    sha = result.sha256 or sha  # the bytes actually read, if the file changed since it was hashed
    write_document(root, path=path, sha256=sha, result=result, doc=doc)
    return Stored(sha, result.status, result.error)


def ingest_dataset(paths: Iterable[str], root: str | Path, engine, *, progress: bool = False,
                   options: CheckOptions = CheckOptions(), timeout: float = 300.0) -> Summary:
    """Store every file under `paths` not stored yet in the Parquet dataset at `root`, on `engine`
    (an extractor.cluster.DaskEngine)."""
    from tqdm import tqdm

    from extractor.cluster import run_tasks
    from extractor.dataset.parquet import stored_hashes, write_document
    from extractor.pool import failed

    summary = Summary()
    root = Path(root).resolve()
    options = replace(options, keep_document=True)
    # Hashed as they are handed out, not all first: at a million files the hashing (the parent
    # reads every file once) overlaps the checking instead of coming before it.
    new = _new_files(paths, root, stored_hashes(root), summary)
    first = next(new, None)
    if first is None:
        return summary  # nothing to do: no cluster started
    todo: list[tuple[Path, str]] = []

    def tasks() -> Iterator[tuple]:
        for path, sha in itertools.chain([first], new):
            todo.append((path, sha))
            yield str(path.resolve()), sha, options, str(root)

    with engine.client() as client, tqdm(disable=not progress, unit="份", desc="入库", file=sys.stderr) as bar:
        for i, outcome in run_tasks(client, store_one, tasks(), timeout, lambda i, reason: reason):
            path, sha = todo[i]
            if isinstance(outcome, str):  # the task itself failed: the parent records the file
                result = failed(path, outcome)
                write_document(root, path=path.resolve(), sha256=sha, result=result)
                outcome = Stored(sha, result.status, result.error)
            if outcome.status != "ok":
                summary.unreadable.append((str(path), outcome.error or ""))
            else:
                summary.added += 1
            bar.update()
    return summary


def run_ingest_command(*, paths, db, jobs, progress, timeout: float = 300.0, engine: str = "local",
                       scheduler: str | None = None, dataset: str | None = None) -> int:
    """The CLI: ingest, then say what happened. Exit 2 when some file could not be read, else 0."""
    from extractor.cluster import DaskEngine, EngineError
    from extractor.dataset.parquet import DatasetError
    from extractor.dataset.schema import DatabaseError

    if progress is None:
        progress = sys.stderr.isatty()
    if engine != "dask" and (scheduler or dataset):
        click.echo("jixiao: --scheduler 和 --dataset 需与 --engine dask 一起使用", err=True)
        return 2
    try:
        if engine == "dask":
            where = dataset or "jixiao-dataset"
            s = ingest_dataset(paths, where, DaskEngine(scheduler=scheduler, workers=jobs), progress=progress,
                               timeout=timeout)
        else:
            where = db
            s = ingest(paths, db, jobs=jobs, progress=progress, timeout=timeout)
    except (DatabaseError, DatasetError, EngineError) as e:
        click.echo(f"jixiao: {e}", err=True)
        return 2
    click.echo(f"入库完成：新增 {s.added + len(s.unreadable)} 份（其中无法读取 {len(s.unreadable)} 份），"
               f"已在库中跳过 {s.skipped} 份。{'数据集' if engine == 'dask' else '数据库'}：{where}")
    if s.cross_year_units:
        click.echo(f"跨年度核对：{s.cross_year_units} 个单位，发现不一致 {s.cross_year_findings} 处。")
    for path, reason in s.unreadable + s.unopened:
        click.echo(f"  无法读取：{path}：{reason}", err=True)
    return 2 if s.unreadable or s.unopened else 0
