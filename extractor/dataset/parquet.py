"""The dataset as partitioned Parquet files, written by the workers themselves: no single writer.

    DIR/<table>/year=<year>/unit=<bucket>/<sha256>.parquet

- one file per document and table (documents, figures, findings, indicators, blocks, tables), named
  by the SHA-256 of the document's bytes; the rows are those the SQLite dataset holds (extractor.dataset.store
  builds both), with `sha256` in place of the SQLite row ids (`id`, `document_id`), and a table cell
  naming its figure by `fig_id` rather than `figure_id`. Not kept: versions of a path (`version`,
  `supersedes`: every distinct file is a document) and the cross-year findings (SQLite only);
- `year` is the report's year (`unknown` when none was found); `unit` is a bucket of the unit's key
  (extractor.dataset.units.unit_key): the first two hex digits of its SHA-1, `unknown` without a unit
  name. Every report of one unit lands in the same bucket each year, so one unit's history is in one
  folder per year, and a year holds at most 257 folders however many units there are;
- a file is written under a hidden temporary name and renamed, and a document's `documents` file is
  written last: a document whose `documents` file exists is complete. The views of `open_dataset`
  show only the rows of complete documents, so a killed worker leaves nothing half-visible, and the
  rerun that skips stored documents (by sha256) overwrites what it left.

DuckDB reads the folder (`jixiao db query`); the partition folders only prune which files a query reads
(`documents/year=2024/**`), every column is in the files themselves.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from functools import cache
from pathlib import Path

from extractor.dataset.store import child_rows, document_row
from extractor.dataset.units import unit_key
from extractor.model import CheckResult, Document

TABLES = ("documents", "figures", "findings", "indicators", "blocks", "tables")
# SQLite's row ids and what only the SQLite dataset keeps (versions of a path, the cross-year pass).
_SQLITE_ONLY = {"id", "document_id", "version", "supersedes", "cross_year_checked", "other_document_id",
                "other_figures"}
INSTALL_HINT = "Parquet 数据集需要 pyarrow 和 duckdb：pip install 'jixiao[scale]'"


class DatasetError(Exception):
    """A Parquet dataset that cannot be used, in one Chinese line."""


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, 'int' or 'text') of a table's Parquet columns: the SQLite table's, keyed by sha256."""
    from extractor.dataset.schema import DDL

    conn = sqlite3.connect(":memory:")
    conn.executescript(DDL)
    declared = [(r[1], r[2]) for r in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    out = [] if table == "documents" else [("sha256", "text")]
    out += [(name, "int" if kind == "INTEGER" else "text") for name, kind in declared if name not in _SQLITE_ONLY]
    if table == "tables":  # a cell names its figure by fig_id, as a finding does, not by SQLite row id
        out = [("fig_id", "text") if name == "figure_id" else (name, kind) for name, kind in out]
    return tuple(out)


def partition(year: int | None, unit_name: str | None) -> str:
    """The folder of a document's files under each table.

    >>> partition(2024, "万里街道办事处（部门）") == partition(2024, "万里街道办事处")
    True
    >>> partition(2023, "万里街道办事处").split("/")[1] == partition(2024, "万里街道办事处").split("/")[1]
    True
    >>> partition(None, None)
    'year=unknown/unit=unknown'
    """
    key = unit_key(unit_name)
    bucket = hashlib.sha1(key.encode()).hexdigest()[:2] if key else "unknown"
    return f"year={year if year is not None else 'unknown'}/unit={bucket}"


def write_document(root: str | Path, *, path: str | Path, sha256: str, result: CheckResult,
                   doc: Document | None = None) -> Path:
    """Write one file's rows under `root`; return its `documents` file. Overwrites a partial earlier write."""
    root = Path(root)
    path = Path(path)
    where = partition(result.report.year, result.report.unit_name)
    children = child_rows(result, doc)
    for table in TABLES[1:]:
        rows = children[table]
        if rows:
            _write(root / table / where / f"{sha256}.parquet", table, [dict(r, sha256=sha256) for r in rows])
    target = root / "documents" / where / f"{sha256}.parquet"
    _write(target, "documents", [document_row(path, sha256, result)])
    return target


def _write(target: Path, table: str, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays, names = [], []
    for name, kind in columns(table):
        values = [r.get(name) for r in rows]
        if kind == "int":
            arrays.append(pa.array([None if v is None else int(v) for v in values], type=pa.int64()))
        else:
            arrays.append(pa.array([None if v is None else str(v) for v in values], type=pa.string()))
        names.append(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pq.write_table(pa.Table.from_arrays(arrays, names=names), temporary)
    os.replace(temporary, target)  # atomic: readers see the whole file or none


# --------------------------------------------------------------------------- reading through DuckDB


def open_dataset(root: str | Path, *, create: bool = False):
    """An in-memory DuckDB connection with a view per table over the Parquet files under `root`,
    plus `latest_documents` (= documents: a Parquet dataset keeps no versions) and `unit_years`."""
    try:
        import duckdb
    except ImportError:
        raise DatasetError(INSTALL_HINT) from None
    root = Path(root)
    if not create and not (root / "documents").is_dir():
        raise DatasetError(f"Parquet 数据集不存在：{root}")
    conn = duckdb.connect(":memory:")
    # `id` and `document_id` repeat sha256, so that SQL written for the SQLite dataset
    # (JOIN documents d ON d.id = f.document_id) runs here as it is.
    conn.execute(f"CREATE VIEW documents AS SELECT *, sha256 AS id FROM {_source(root, 'documents')}")
    for table in TABLES[1:]:  # rows of a document whose write did not finish are not shown
        conn.execute(f"""CREATE VIEW "{table}" AS SELECT *, sha256 AS document_id FROM {_source(root, table)}
                         WHERE sha256 IN (SELECT sha256 FROM documents)""")
    conn.execute("CREATE VIEW latest_documents AS SELECT * FROM documents")
    conn.execute("""CREATE VIEW unit_years AS
        SELECT unit_key, min(unit_name) AS unit_name, count(DISTINCT year) AS years,
               min(year) AS first_year, max(year) AS last_year, count(*) AS documents
        FROM documents WHERE status = 'ok' AND unit_key IS NOT NULL AND year IS NOT NULL GROUP BY unit_key""")
    return conn


def _source(root: Path, table: str) -> str:
    """The files of a table as a DuckDB table expression; a typed empty one while there are none."""
    folder = root / table
    if folder.is_dir() and next(folder.rglob("*.parquet"), None) is not None:
        pattern = str(folder / "**" / "*.parquet").replace("'", "''")
        return f"read_parquet('{pattern}', hive_partitioning = false, union_by_name = true)"
    typed = ", ".join(f"CAST(NULL AS {'BIGINT' if kind == 'int' else 'VARCHAR'}) AS \"{name}\""
                      for name, kind in columns(table))
    return f"(SELECT {typed} WHERE false)"


def run_query(conn, sql: str, fmt: str = "tsv") -> str:
    """A query's result as text: tab-separated with a header, CSV, or JSON lines."""
    import csv
    import io
    import json

    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description or ()]
    rows = cursor.fetchall()
    out = io.StringIO()
    if fmt == "json":
        for r in rows:
            out.write(json.dumps(dict(zip(names, r)), ensure_ascii=False, default=str) + "\n")
    else:
        w = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
    return out.getvalue()


def stored_hashes(root: str | Path) -> set[str]:
    """The sha256 of every complete document under `root`."""
    if not (Path(root) / "documents").is_dir():
        return set()
    conn = open_dataset(root)
    try:
        return {row[0] for row in conn.execute("SELECT sha256 FROM documents").fetchall()}
    finally:
        conn.close()
