"""`--engine dask`: the same results as `--jobs`, a failure record for every file that fails, and a
Parquet dataset that holds the rows of the SQLite one.

One LocalCluster of two worker processes (one thread each) serves the module: the tests reach it
by its address, as `--scheduler` would. Nothing here is timed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT

pytest.importorskip("distributed")
pytest.importorskip("duckdb")

import cloudpickle  # noqa: E402  (comes with dask)
import dask  # noqa: E402
from distributed import LocalCluster  # noqa: E402

from extractor.cli import cli  # noqa: E402
from extractor.cluster import DaskEngine  # noqa: E402
from extractor.dataset.parquet import open_dataset, partition, write_document  # noqa: E402
from extractor.pipeline import CheckOptions, check_file  # noqa: E402
from extractor.pool import check_many  # noqa: E402

# DuckDB is not fork-safe: every connection here is closed before a later test forks pool workers.

# The check functions below travel to the workers by value: the workers cannot import this module.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

BATCH = sorted((ROOT / "tests" / "data" / "clean").glob("*.txt")) + sorted((ROOT / "samples").glob("qingshi-*"))


@pytest.fixture(scope="module")
def scheduler():
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=50)
    with cluster:
        yield cluster.scheduler_address


def _rows(results) -> list[dict]:
    """Each file's result without its timings, in input order."""
    out = []
    for _, r in sorted(results, key=lambda x: x[0]):
        data = r.model_dump(mode="json", exclude={"timings", "document"})
        out.append(data)
    return out


@pytest.mark.slow
def test_a_batch_on_the_cluster_gives_the_figures_and_findings_of_jobs(scheduler, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    files = [str(f) for f in BATCH] + [str(broken), str(tmp_path / "missing.txt")]
    local = _rows(check_many(files, jobs=2))
    on_cluster = list(DaskEngine(scheduler=scheduler).check_many(files))
    assert sorted(i for i, _ in on_cluster) == list(range(len(files)))  # every file exactly once
    dask_rows = _rows(on_cluster)
    assert sum(len(r["figures"]) for r in local) > 300 and sum(len(r["findings"]) for r in local) > 0
    for mine, theirs in zip(dask_rows, local, strict=True):
        assert mine["file"] == theirs["file"]
        assert mine["figures"] == theirs["figures"], mine["file"]
        assert mine["findings"] == theirs["findings"], mine["file"]
        assert mine == theirs
    assert [r["status"] for r in dask_rows[-2:]] == ["unreadable", "unreadable"]
    assert "文件不存在" in dask_rows[-1]["error"]


def _crash_on_b(path: str, options: CheckOptions):
    if Path(path).name.startswith("b"):
        os._exit(3)  # as a segfault in a native reader would
    return check_file(path, options)


def _raise_on_b(path: str, options: CheckOptions):
    if Path(path).name.startswith("b"):
        raise RuntimeError("a bug of ours")
    return check_file(path, options)


def _hang_on_b(path: str, options: CheckOptions):
    if Path(path).name.startswith("b"):
        time.sleep(60)
    return check_file(path, options)


def _three(tmp_path) -> list[str]:
    names = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("2024年部门收入100.00万元，支出80.00万元，结余20.00万元。\n", encoding="utf-8")
        names.append(str(tmp_path / name))
    return names


@pytest.mark.slow
@pytest.mark.parametrize(("check", "reason"), [
    (_raise_on_b, "程序内部错误 RuntimeError"),
    (_crash_on_b, "工作进程异常终止"),
    (_hang_on_b, "超时：超过 4 秒"),
])
def test_a_file_that_fails_on_the_cluster_is_recorded_and_the_others_come_back(scheduler, tmp_path, check, reason):
    files = _three(tmp_path)
    results = dict(DaskEngine(scheduler=scheduler).check_many(files, timeout=4, check=check))
    assert sorted(results) == [0, 1, 2]
    assert results[1].status == "unreadable" and reason in results[1].error
    assert results[1].file == files[1]
    for i in (0, 2):
        assert results[i].status == "ok" and len(results[i].figures) == 3, results[i].error


@pytest.mark.slow
def test_jixiao_check_with_engine_dask_prints_what_jobs_prints(scheduler):
    files = [str(f) for f in BATCH[:3]]

    def figures_and_findings(*args):
        out = CliRunner().invoke(cli, ["check", *files, "--format", "json", "--no-progress", *args])
        assert out.exit_code in (0, 1), out.output
        return [(r["file"], r["figures"], r["findings"]) for r in json.loads(out.stdout)]

    assert figures_and_findings("--engine", "dask", "--scheduler", scheduler) == figures_and_findings("-j", "1")


def test_scheduler_without_engine_dask_is_refused():
    out = CliRunner().invoke(cli, ["check", str(BATCH[0]), "--scheduler", "tcp://127.0.0.1:1"])
    assert out.exit_code == 2 and "--engine dask" in out.output


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        out = CliRunner().invoke(cli, ["ingest", str(BATCH[0]), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9",
                                       "--dataset", str(tmp_path / "ds"), "--no-progress"])
    assert out.exit_code == 2 and "无法连接 Dask 调度器" in out.output


# --------------------------------------------------------------------------- the Parquet dataset


def _ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", "--no-progress", *args], catch_exceptions=False)


# Columns only one of the two datasets has, or whose values differ by nature (the time of ingest).
_NOT_COMPARED = {"id", "document_id", "version", "supersedes", "cross_year_checked", "ingested_at", "source",
                 "other_document_id", "other_figures", "figure_id", "fig_id_of_cell"}


def _sqlite_rows(db: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    key = "d.sha256" if table != "documents" else "sha256"
    sql = (f"SELECT t.*, {key} AS sha FROM {table} t JOIN documents d ON d.id = t.document_id"
           if table != "documents" else "SELECT *, sha256 AS sha FROM documents")
    rows = [dict(r) for r in conn.execute(sql)]
    conn.close()
    return _comparable(rows)


def _parquet_rows(root: Path, table: str) -> list[tuple]:
    with open_dataset(root) as conn:
        cursor = conn.execute(f'SELECT *, sha256 AS sha FROM "{table}"')
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    return _comparable(rows)


def _comparable(rows: list[dict]) -> list[tuple]:
    out = []
    for r in rows:
        out.append(tuple(sorted((k, None if v is None else str(v)) for k, v in r.items()
                                if k not in _NOT_COMPARED and k != "sha256")))
    return sorted(out, key=repr)


@pytest.mark.slow
def test_the_parquet_dataset_holds_the_rows_of_the_sqlite_one(scheduler, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in BATCH:
        shutil.copy(f, folder)
    shutil.copy(BATCH[0], folder / "copy-of-first.txt")  # the same bytes twice: stored once
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    db, root = tmp_path / "x.db", tmp_path / "ds"

    sqlite_run = _ingest(str(folder), "--db", str(db), "-j", "1")
    dask_run = _ingest(str(folder), "--engine", "dask", "--scheduler", scheduler, "--dataset", str(root))
    assert sqlite_run.exit_code == dask_run.exit_code == 2  # the broken file
    assert f"新增 {len(BATCH) + 1} 份（其中无法读取 1 份），已在库中跳过 1 份" in dask_run.output
    assert "broken.docx" in dask_run.output

    for table in ("documents", "figures", "findings", "indicators", "blocks"):
        assert _parquet_rows(root, table) == _sqlite_rows(db, table), table
    with sqlite3.connect(db) as conn:
        cells = conn.execute("SELECT count(*), count(figure_id) FROM tables").fetchone()
    with open_dataset(root) as duck:
        assert duck.execute('SELECT count(*), count(fig_id) FROM "tables"').fetchone() == cells
        assert cells[1] > 0
        # a figure a cell names is a figure of the same document
        assert duck.execute("""SELECT count(*) FROM "tables" t LEFT JOIN figures f
                               ON f.sha256 = t.sha256 AND f.fig_id = t.fig_id
                               WHERE t.fig_id IS NOT NULL AND f.fig_id IS NULL""").fetchone() == (0,)

    again = _ingest(str(folder), "--engine", "dask", "--scheduler", scheduler, "--dataset", str(root))
    assert f"新增 0 份（其中无法读取 0 份），已在库中跳过 {len(BATCH) + 2} 份" in again.output


def test_a_document_whose_write_did_not_finish_is_not_seen_and_is_written_again(tmp_path):
    root = tmp_path / "ds"
    path = BATCH[0]
    result = check_file(path, CheckOptions(keep_document=True))
    doc, result.document = result.document, None
    target = write_document(root, path=path, sha256=result.sha256, result=result, doc=doc)
    assert target == root / "documents" / partition(result.report.year, result.report.unit_name) / f"{result.sha256}.parquet"
    with open_dataset(root) as conn:
        assert conn.execute("SELECT count(*) FROM figures").fetchone() == (len(result.figures),)
    target.unlink()  # as if the worker died between its figures and its documents file
    with open_dataset(root) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM figures").fetchone() == (0,)
    write_document(root, path=path, sha256=result.sha256, result=result, doc=doc)
    with open_dataset(root) as conn:
        assert conn.execute("SELECT count(*) FROM figures").fetchone() == (len(result.figures),)
    assert not list(root.rglob("*.tmp"))


def test_db_query_and_stats_read_the_parquet_dataset(tmp_path):
    root = tmp_path / "ds"
    for path in BATCH[:2]:
        result = check_file(path)
        write_document(root, path=path, sha256=result.sha256, result=result)
    out = CliRunner().invoke(cli, ["db", "query", "--dataset", str(root), "--format", "csv",
                                   "SELECT d.name, count(*) AS n FROM figures f JOIN documents d "
                                   "ON d.id = f.document_id GROUP BY 1 ORDER BY 1"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0] == "name,n"
    assert [line.split(",")[0] for line in lines[1:]] == sorted(p.name for p in BATCH[:2])
    assert sum(int(line.split(",")[1]) for line in lines[1:]) == sum(len(check_file(p).figures) for p in BATCH[:2])
    stats = CliRunner().invoke(cli, ["db", "stats", "--dataset", str(root)])
    assert stats.exit_code == 0 and "文件：2 份" in stats.output
    bad = CliRunner().invoke(cli, ["db", "query", "--dataset", str(root), "SELECT nope FROM figures"])
    assert bad.exit_code == 2 and "查询出错" in bad.output
    missing = CliRunner().invoke(cli, ["db", "query", "--dataset", str(tmp_path / "none"), "SELECT 1"])
    assert missing.exit_code == 2 and "不存在" in missing.output


@pytest.mark.corpus
@pytest.mark.slow
def test_corpus_ingest_on_dask_counts_what_sqlite_counts(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    db, root = tmp_path / "x.db", tmp_path / "ds"
    assert _ingest(str(CORPUS), "--db", str(db), "-j", "1").exit_code == 0
    assert _ingest(str(CORPUS), "--engine", "dask", "-j", "2", "--dataset", str(root)).exit_code == 0
    with sqlite3.connect(db) as conn:
        expected = conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)").fetchone()
    query = CliRunner().invoke(cli, ["db", "query", "--dataset", str(root), "--format", "csv",
                                     "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)"])
    assert query.exit_code == 0
    assert tuple(int(n) for n in query.output.splitlines()[1].split(",")) == expected
    assert expected[0] >= 5 and expected[1] > 1000
