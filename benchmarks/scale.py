"""Scaling out: throughput on a Dask LocalCluster of 1 and 2 workers against the in-process baseline
timed in the same run, the Parquet dataset's size, and what follows for a national dataset.

    python benchmarks/scale.py [--corpus DIR] [--copies N] [--json OUT] [--reports 1000000 --pages 20]

Inputs: the PDFs of ../shared/corpus (the format a national collection is made of), each given
--copies times (a check does not skip repeated bytes; an ingest would). Runs, in turn:

  baseline   extractor.pool.check_many(jobs=1): check_file in this process, after a warm-up file
  pool-2     check_many(jobs=2): the local worker processes of `--jobs 2`
  dask-1     DaskEngine(workers=1).check_many: a LocalCluster of one worker process
  dask-2     the same with two

A cluster's start and its workers' warm-up (one file each, which loads the lexicon and jieba) are
timed apart from the batch: a long run pays them once. Each setting runs --rounds times and the
fastest run is kept (the least disturbed on a shared machine). Two ratios against the baseline:
pages per second (wall: what the machine gave), and CPU per page (the CPU of the processes that did
the work: this one and the pool's workers, or the Dask workers' own, read with client.run), which
a busy machine moves much less and which says what a task costs on top of the check itself.

Then `jixiao ingest --engine dask` of the corpus (every format, distinct files) into a Parquet
dataset, and the SQLite ingest of the same folder: bytes on disk per page and per figure, as
written (one file per document and table) and compacted (one zstd file per table, as DuckDB's COPY
writes it), and the estimate for --reports reports of --pages pages: worker-hours from the
CPU per page measured on a Dask worker, and the dataset's size (bytes per page of the PDFs).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import pdf_pages  # noqa: E402  (the page count the main benchmarks use)
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _own_cpu() -> float:
    """CPU seconds of this process and of the children it has waited for (the pool's workers)."""
    import resource

    return time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime \
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime


QUIET: tuple[float | None, float] = (None, 0.0)  # (--quiet-load, --patience)


def _wait_for_quiet() -> None:
    """Before a run: wait (up to the patience) for the 1-minute load average to fall under the limit."""
    limit, patience = QUIET
    deadline = time.monotonic() + patience
    while limit is not None and _load() > limit and time.monotonic() < deadline:
        time.sleep(5)


def _run(name: str, fn, files: list[str], cpu=_own_cpu) -> dict:
    """One timed run: wall time, and the CPU time of the processes that did the work (`cpu`)."""
    _wait_for_quiet()
    load_before = _load()
    t0, c0 = time.perf_counter(), cpu()
    results = [r for _, r in fn(files)]
    wall, used = time.perf_counter() - t0, cpu() - c0
    pages = sum(r.pages or 0 for r in results)
    failed = [r.file for r in results if r.status != "ok"]
    assert not failed, f"{name}: files failed: {failed}"
    return {"run": name, "files": len(results), "pages": pages, "wall": round(wall, 2), "cpu": round(used, 2),
            "cores_used": round(used / wall, 2), "pages_per_s": round(pages / wall, 2),
            "cpu_ms_per_page": round(1000 * used / pages, 1), "load_before": load_before, "load_after": _load()}


def _best(runs: list[dict]) -> dict:
    """The least disturbed of several runs of one setting: the fastest."""
    return min(runs, key=lambda r: r["wall"])


def throughput(pdfs: list[Path], copies: int, rounds: int) -> list[dict]:
    from extractor.cluster import DaskEngine
    from extractor.pipeline import CheckOptions
    from extractor.pipeline import check_file
    from extractor.pool import check_many, check_one

    files = [str(p) for p in pdfs] * copies
    options = CheckOptions()
    check_one(check_file, files[0], options)  # warm-up: the lexicon and jieba load once in this process
    runs = [_best([_run("baseline (jobs=1, in process)", lambda f: check_many(f, options, jobs=1), files)
                   for _ in range(rounds)]),
            _best([_run("pool, --jobs 2", lambda f: check_many(f, options, jobs=2), files) for _ in range(rounds)])]
    for workers in (1, 2):
        engine = DaskEngine(workers=workers)
        t0 = time.perf_counter()
        with engine.client() as client:
            started = time.perf_counter() - t0
            from extractor.cluster import run_tasks

            def on_cluster(f, client=client):
                return run_tasks(client, check_one, [(check_file, p, options) for p in f], 600, _fail)

            def workers_cpu(client=client) -> float:
                return sum(client.run(time.process_time).values())  # each worker process's own CPU

            t1 = time.perf_counter()
            list(on_cluster(files[:workers] * 1))  # each worker's warm-up file (as the baseline had)
            warm = time.perf_counter() - t1
            name = f"dask LocalCluster, {workers} worker{'s' if workers > 1 else ''}"
            row = _best([_run(name, on_cluster, files, workers_cpu) for _ in range(rounds)])
        row.update(cluster_start=round(started, 2), warm_up=round(warm, 2))
        runs.append(row)
    base = runs[0]
    for row in runs:
        row["speed_vs_baseline"] = round(row["pages_per_s"] / base["pages_per_s"], 2)
        row["cpu_vs_baseline"] = round(row["cpu_ms_per_page"] / base["cpu_ms_per_page"], 2)
    return runs


def _fail(index: int, reason: str):
    raise RuntimeError(f"file {index} failed on the cluster: {reason}")


def _bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def dataset_size(corpus: Path, work: Path) -> dict:
    from extractor.cluster import DaskEngine
    from extractor.dataset.ingest import ingest, ingest_dataset
    from extractor.dataset.parquet import TABLES, open_dataset

    root, db, compact = work / "dataset", work / "jixiao.db", work / "compact"
    t0 = time.perf_counter()
    ingest([str(corpus)], db, jobs=2)  # first: pool workers are forked before any DuckDB object exists here
    sqlite_wall = time.perf_counter() - t0
    t0 = time.perf_counter()
    s = ingest_dataset([str(corpus)], root, DaskEngine(workers=2))
    parquet_wall = time.perf_counter() - t0
    compact.mkdir()
    pdf_only = "sha256 IN (SELECT sha256 FROM documents WHERE format = 'pdf')"  # the documents that have pages
    with open_dataset(root) as conn:
        docs, figures = conn.execute("SELECT count(*), (SELECT count(*) FROM figures) FROM documents").fetchone()
        pdf_docs, pages, pdf_figures = conn.execute(f"""SELECT count(*), sum(pages),
            (SELECT count(*) FROM figures WHERE {pdf_only}) FROM documents WHERE format = 'pdf'""").fetchone()
        pdf_shas = {row[0] for row in conn.execute("SELECT sha256 FROM documents WHERE format = 'pdf'").fetchall()}
        for table in TABLES:
            conn.execute(f"""COPY (SELECT * EXCLUDE ({'id' if table == 'documents' else 'document_id'})
                             FROM "{table}" WHERE {pdf_only})
                             TO '{compact / table}.parquet' (FORMAT parquet, COMPRESSION zstd)""")
    pdf_files = [p for p in root.rglob("*.parquet") if p.stem in pdf_shas]
    written = sum(p.stat().st_size for p in pdf_files)
    by_table = {t: sum(p.stat().st_size for p in pdf_files if p.relative_to(root).parts[0] == t) for t in TABLES}
    packed, sqlite, everything = _bytes(compact), db.stat().st_size, _bytes(root)
    return {"documents": docs, "figures": figures, "added": s.added,
            "parquet_files": sum(1 for _ in root.rglob("*.parquet")), "parquet_bytes_all": everything,
            "sqlite_bytes_all": sqlite, "parquet_ingest_wall": round(parquet_wall, 2),
            "sqlite_ingest_wall": round(sqlite_wall, 2),
            "pdf": {"documents": pdf_docs, "pages": pages, "figures": pdf_figures, "files": len(pdf_files),
                    "bytes_as_written": written, "bytes_compacted": packed, "bytes_by_table": by_table},
            "per_page": {"parquet": round(written / pages), "compacted": round(packed / pages),
                         "figures": round(pdf_figures / pages, 1)}}


def estimate(runs: list[dict], size: dict, reports: int, pages: int, pdfs: list[Path]) -> dict:
    """Worker-hours for `reports` reports of `pages` pages, and the dataset's size, from what was measured."""
    base = runs[0]
    one_worker = next(r for r in runs if r["run"].startswith("dask") and "1 worker" in r["run"])
    # CPU per page on a Dask worker (the check, plus what a task costs); a worker is one core
    seconds_per_page = one_worker["cpu_ms_per_page"] / 1000
    total_pages = reports * pages
    worker_hours = total_pages * seconds_per_page / 3600
    file_bytes = statistics.mean(p.stat().st_size for p in pdfs) / statistics.mean(pdf_pages(p) for p in pdfs)
    return {
        "reports": reports, "pages_each": pages, "cpu_seconds_per_page": round(seconds_per_page, 4),
        "baseline_cpu_seconds_per_page": round(base["cpu_ms_per_page"] / 1000, 4),
        "worker_hours": round(worker_hours),
        "workers_for_24h": int(-(-worker_hours // 24)), "hours_with_100_workers": round(worker_hours / 100, 1),
        "pdf_bytes_per_page": round(file_bytes), "input_terabytes": round(total_pages * file_bytes / 1e12, 2),
        "parquet_gb_as_written": round(total_pages * size["per_page"]["parquet"] / 1e9),
        "parquet_gb_compacted": round(total_pages * size["per_page"]["compacted"] / 1e9),
        "figures": round(total_pages * size["per_page"]["figures"]),
        "files_as_written": round(size["pdf"]["files"] / size["pdf"]["documents"] * reports),
    }


def _table(rows: list[dict], keys: list[str]) -> str:
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=2, help="times each PDF is checked in a run (default 2)")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each setting; the fastest is kept (default 2)")
    ap.add_argument("--reports", type=int, default=1_000_000)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--quiet-load", type=float, help="before each run, wait for the 1-minute load average to fall "
                                                     "under this (the machine is shared)")
    ap.add_argument("--patience", type=float, default=300, help="seconds to wait for --quiet-load (default 300)")
    args = ap.parse_args(argv)
    global QUIET
    QUIET = (args.quiet_load, args.patience)
    pdfs = sorted(args.corpus.rglob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDF under {args.corpus}")
    work = Path(tempfile.mkdtemp(prefix="jixiao-scale-"))
    try:
        runs = throughput(pdfs, args.copies, args.rounds)
        size = dataset_size(args.corpus, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    est = estimate(runs, size, args.reports, args.pages, pdfs)
    res = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(),
           "pdfs": [p.name for p in pdfs], "throughput": runs, "dataset": size, "estimate": est}
    print(_table(runs, ["run", "files", "pages", "wall", "cpu", "cores_used", "pages_per_s", "speed_vs_baseline",
                        "cpu_ms_per_page", "cpu_vs_baseline", "cluster_start", "warm_up", "load_before", "load_after"]))
    print()
    print(json.dumps(size, ensure_ascii=False, indent=1))
    print(json.dumps(est, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
