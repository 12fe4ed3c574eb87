"""`jixiao db export`: every table and view of the dataset as CSV or Parquet files, one per table.

CSV is written as UTF-8 with a byte-order mark, so Excel opens the Chinese text as it is. Amounts
stay decimal strings in both formats (exact, as stored).
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from extractor.dataset.schema import EXPORTED


class ExportError(Exception):
    """An export that cannot be done, with a one-line Chinese reason."""


def export_tables(conn: sqlite3.Connection, fmt: str, output: str | Path) -> list[Path]:
    """Write DIR/<table>.csv or .parquet for every exported table and view; return the files."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ExportError("导出 parquet 需要 pyarrow，请先安装：pip install 'jixiao[parquet]'") from None
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORTED:
        cursor = conn.execute(f"SELECT * FROM {table}")
        columns = [c[0] for c in cursor.description]
        path = out / f"{table}.{fmt}"
        if fmt == "parquet":
            declared = {r["name"]: r["type"] for r in conn.execute(f"PRAGMA table_info({table})")}
            _parquet(path, columns, cursor, declared)
        else:
            _csv(path, columns, cursor)
        written.append(path)
    return written


def _csv(path: Path, columns: list[str], rows) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        w.writerows(rows)


def _parquet(path: Path, columns: list[str], rows, declared: dict[str, str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = list(rows)
    arrays = []
    for i, name in enumerate(columns):
        values = [r[i] for r in data]
        # INTEGER columns (and computed counts) are int64; everything else, decimal strings included, is text.
        whole = declared.get(name) == "INTEGER" or (not declared.get(name) and values
                                                     and all(isinstance(v, int) for v in values))
        arrays.append(pa.array(values, type=pa.int64()) if whole
                      else pa.array([None if v is None else str(v) for v in values], type=pa.string()))
    pq.write_table(pa.Table.from_arrays(arrays, names=columns), path)
