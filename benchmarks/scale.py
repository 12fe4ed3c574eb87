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
timed apart from the batch: a long run pays them once. Wall time is what the ratios use (the
workers are other processes); the load average before and after says how busy the machine was.

Then `jixiao ingest --engine dask` of the corpus (every format, distinct files) into a Parquet
dataset, and the SQLite ingest of the same folder: bytes on disk per page and per figure, as
written (one file per document and table) and compacted (one zstd file per table, as DuckDB's COPY
writes it), and the estimate for --reports reports of --pages pages: worker-hours from the
measured CPU per page and the cluster's efficiency per worker, and the dataset's size.
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
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _run(name: str, fn, files: list[str]) -> dict:
    load_before = _load()
    t0, c0 = time.perf_counter(), time.process_time()
    results = [r for _, r in fn(files)]
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    pages = sum(r.pages or 0 for r in results)
    failed = [r.file for r in results if r.status != "ok"]
    assert not failed, f"{name}: files failed: {failed}"
    return {"run": name, "files": len(results), "pages": pages, "wall": round(wall, 2),
            "cpu_here": round(cpu, 2), "pages_per_s": round(pages / wall, 2), "figures": sum(len(r.figures) for r in results),
            "load_before": load_before, "load_after": _load()}


def throughput(pdfs: list[Path], copies: int) -> list[dict]:
    from extractor.cluster import DaskEngine
    from extractor.pipeline import CheckOptions
    from extractor.pipeline import check_file
    from extractor.pool import check_many, check_one

    files = [str(p) for p in pdfs] * copies
    options = CheckOptions()
    check_one(check_file, files[0], options)  # warm-up: the lexicon and jieba load once in this process
    runs = [_run("baseline (jobs=1, in process)", lambda f: check_many(f, options, jobs=1), files),
            _run("pool, --jobs 2", lambda f: check_many(f, options, jobs=2), files)]
    for workers in (1, 2):
        engine = DaskEngine(workers=workers)
        t0 = time.perf_counter()
        with engine.client() as client:
            started = time.perf_counter() - t0
            from extractor.cluster import run_tasks

            def on_cluster(f, client=client):
                return run_tasks(client, check_one, [(check_file, p, options) for p in f], 600, _fail)

            t1 = time.perf_counter()
            list(on_cluster(files[:workers] * 1))  # each worker's warm-up file (as the baseline had)
            warm = time.perf_counter() - t1
            row = _run(f"dask LocalCluster, {workers} worker{'s' if workers > 1 else ''}", on_cluster, files)
        row.update(cluster_start=round(started, 2), warm_up=round(warm, 2))
        runs.append(row)
    base = runs[0]["pages_per_s"]
    for row in runs:
        row["vs_baseline"] = round(row["pages_per_s"] / base, 2)
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
    with open_dataset(root) as conn:
        docs, pages, figures = conn.execute(
            "SELECT count(*), sum(pages), (SELECT count(*) FROM figures) FROM documents").fetchone()
        for table in TABLES:
            conn.execute(f"""COPY (SELECT * EXCLUDE ({'id' if table == 'documents' else 'document_id'}) FROM "{table}")
                             TO '{compact / table}.parquet' (FORMAT parquet, COMPRESSION zstd)""")
        by_table = {t: _bytes(root / t) for t in TABLES}
    files = sum(1 for _ in root.rglob("*.parquet"))
    written, packed, sqlite = _bytes(root), _bytes(compact), db.stat().st_size
    return {"documents": docs, "pages": pages, "figures": figures, "added": s.added, "parquet_files": files,
            "parquet_bytes": written, "compacted_bytes": packed, "sqlite_bytes": sqlite,
            "bytes_by_table": by_table, "parquet_ingest_wall": round(parquet_wall, 2),
            "sqlite_ingest_wall": round(sqlite_wall, 2),
            "per_page": {"parquet": round(written / pages), "compacted": round(packed / pages), "sqlite": round(sqlite / pages)}}


def estimate(runs: list[dict], size: dict, reports: int, pages: int, pdfs: list[Path]) -> dict:
    """Worker-hours for `reports` reports of `pages` pages, and the dataset's size, from what was measured."""
    base = runs[0]
    seconds_per_page = base["wall"] / base["pages"]  # one core, in process
    one_worker = next(r for r in runs if r["run"].startswith("dask") and "1 worker" in r["run"])
    efficiency = one_worker["pages_per_s"] / base["pages_per_s"]  # what a Dask task costs over a plain call
    total_pages = reports * pages
    worker_hours = total_pages * seconds_per_page / efficiency / 3600
    file_bytes = statistics.mean(p.stat().st_size for p in pdfs) / statistics.mean(_pdf_pages(p) for p in pdfs)
    return {
        "reports": reports, "pages_each": pages, "seconds_per_page": round(seconds_per_page, 4),
        "dask_efficiency": round(efficiency, 3), "worker_hours": round(worker_hours),
        "workers_for_24h": int(-(-worker_hours // 24)), "hours_with_100_workers": round(worker_hours / 100, 1),
        "pdf_bytes_per_page": round(file_bytes), "input_terabytes": round(total_pages * file_bytes / 1e12, 2),
        "parquet_gb_as_written": round(total_pages * size["per_page"]["parquet"] / 1e9),
        "parquet_gb_compacted": round(total_pages * size["per_page"]["compacted"] / 1e9),
        "sqlite_gb": round(total_pages * size["per_page"]["sqlite"] / 1e9),
        "files_as_written": round(size["parquet_files"] / size["documents"] * reports),
    }


def _pdf_pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _table(rows: list[dict], keys: list[str]) -> str:
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=2, help="times each PDF is checked in a run (default 2)")
    ap.add_argument("--reports", type=int, default=1_000_000)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    pdfs = sorted(args.corpus.rglob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDF under {args.corpus}")
    work = Path(tempfile.mkdtemp(prefix="jixiao-scale-"))
    try:
        runs = throughput(pdfs, args.copies)
        size = dataset_size(args.corpus, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    est = estimate(runs, size, args.reports, args.pages, pdfs)
    res = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(),
           "pdfs": [p.name for p in pdfs], "throughput": runs, "dataset": size, "estimate": est}
    print(_table(runs, ["run", "files", "pages", "wall", "pages_per_s", "vs_baseline", "cluster_start", "warm_up",
                        "load_before", "load_after"]))
    print()
    print(json.dumps(size, ensure_ascii=False, indent=1))
    print(json.dumps(est, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
