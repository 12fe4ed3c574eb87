"""One file's CheckResult (and the Document it was read into) as rows, written in one transaction.

Every field of Figure, Finding and ReportMeta has a column; a field added to the model later, which
has no column yet, is kept in the row's `extra` JSON, so nothing the pipeline returns is lost and
`figure_from_row` gives back the Figure that was stored.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from extractor import __version__
from extractor.dataset.schema import transaction
from extractor.dataset.units import unit_key
from extractor.model import (
    CheckResult,
    Document,
    Figure,
    Finding,
    FundingLine,
    Indicator,
    IndicatorTable,
    Measure,
)

# Model field -> column. Lists become JSON arrays.
FIGURE_COLUMNS = {
    "id": "fig_id", "kind": "kind", "raw": "raw", "value": "value", "high": "high", "unit": "unit",
    "decimals": "decimals", "yuan": "yuan", "approx": "approx", "label": "label", "scope": "scope",
    "period": "period", "section": "section", "block": "block", "start": "start", "end": "end",
    "page": "page", "line": "line", "row": "row", "col": "col", "table": "in_table",
}
FINDING_COLUMNS = {
    name: name for name in (
        "rule", "type", "severity", "figures", "message", "excerpt", "page", "line", "block", "start",
        "end", "stated", "computed", "fingerprint",
    )
}
REPORT_COLUMNS = {name: name for name in ("unit_name", "year", "date", "score", "grade", "doc_type")}
# The columns of the `indicators` table: one row per 自评表 ('table'), funding line and indicator.
INDICATOR_COLUMNS = (
    "table_no", "part", "block", "row", "page", "line", "name", "level1", "level2", "level3", "content",
    *(f"{m}_{k}" for m in ("target", "actual") for k in ("raw", "comparator", "value", "high", "unit")),
    "budget", "adjusted", "executed", "rate", "weight", "points", "reason", "grade", "figures", "extra",
)
_TABLE_EXTRA = ("headers", "level_weights", "total_block")  # IndicatorTable fields kept in `extra`


def _columns_of(model: BaseModel, columns: dict[str, str]) -> dict:
    """A model as {column: SQL value}, with the fields that have no column in `extra`."""
    data = model.model_dump(mode="json")  # Decimal -> exact decimal string
    row: dict = {}
    extra = {}
    for field, value in data.items():
        if field not in columns:
            extra[field] = value
            continue
        row[columns[field]] = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
    row["extra"] = json.dumps(extra, ensure_ascii=False) if extra else None
    return row


def _model_from(row: sqlite3.Row, columns: dict[str, str], list_fields: set[str]) -> dict:
    data = {field: row[col] for field, col in columns.items()}
    for field in list_fields:
        data[field] = json.loads(data[field]) if data[field] is not None else []
    if row["extra"]:
        data.update(json.loads(row["extra"]))
    return data


def figure_from_row(row: sqlite3.Row) -> Figure:
    """The Figure a `figures` row was made from."""
    return Figure.model_validate(_model_from(row, FIGURE_COLUMNS, {"scope", "section"}))


def finding_from_row(row: sqlite3.Row) -> Finding:
    return Finding.model_validate(_model_from(row, FINDING_COLUMNS, {"figures"}))


def insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    cols = list(rows[0])
    quoted = ", ".join('"' + c + '"' for c in cols)  # "end" and "row" are SQL keywords
    sql = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})"
    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def finding_row(finding: Finding, document_id: int, source: str, other_document_id: int | None = None,
                other_figures: list[str] | None = None) -> dict:
    row = _columns_of(finding, FINDING_COLUMNS)
    row.update(document_id=document_id, source=source, other_document_id=other_document_id,
               other_figures=json.dumps(other_figures, ensure_ascii=False) if other_figures is not None else None)
    return row


def indicator_rows(tables: list[IndicatorTable], document_id: int) -> list[dict]:
    """Rows of the `indicators` table: each 自评表, then its funding lines and indicators."""
    rows = []
    for n, t in enumerate(tables):
        data = t.model_dump(mode="json")
        rows.append(_indicator_row(document_id, n, "table", {
            "block": t.block, "row": t.total_row, "page": t.page, "weight": data["total_weight"],
            "points": data["total_points"], "grade": t.grade, "figures": t.figures,
            "extra": {k: data[k] for k in _TABLE_EXTRA},
        }))
        rows += [_indicator_row(document_id, n, "funding", line.model_dump(mode="json")) for line in t.funding]
        for i in t.indicators:
            values = i.model_dump(mode="json", exclude={"target", "actual"})
            for which in ("target", "actual"):
                measure = getattr(i, which)
                values.update({f"{which}_{k}": v for k, v in (measure.model_dump(mode="json") if measure else {}).items()})
            rows.append(_indicator_row(document_id, n, "indicator", values))
    return rows


def _indicator_row(document_id: int, table_no: int, part: str, values: dict) -> dict:
    row = {c: values.get(c) for c in INDICATOR_COLUMNS}
    row.update(document_id=document_id, table_no=table_no, part=part,
               figures=json.dumps(values.get("figures") or {}, ensure_ascii=False),
               extra=json.dumps(values["extra"], ensure_ascii=False) if values.get("extra") else None)
    return row


def load_indicators(conn: sqlite3.Connection, document_id: int) -> list[IndicatorTable]:
    """The 自评表 tables an `indicators` row set was made from."""
    tables: list[IndicatorTable] = []
    for r in conn.execute("SELECT * FROM indicators WHERE document_id = ? ORDER BY table_no, id", (document_id,)):
        figures = json.loads(r["figures"])
        if r["part"] == "table":
            tables.append(IndicatorTable(block=r["block"], page=r["page"], total_row=r["row"], total_weight=r["weight"],
                                         total_points=r["points"], grade=r["grade"], figures=figures,
                                         **json.loads(r["extra"] or "{}")))
            continue
        common = {k: r[k] for k in ("block", "row", "page", "line", "weight", "points")}
        if r["part"] == "funding":
            tables[-1].funding.append(FundingLine(
                name=r["name"], figures=figures, **common, **{k: r[k] for k in ("budget", "adjusted", "executed", "rate")}))
        else:
            measures = {which: Measure(**{k: r[f"{which}_{k}"] for k in ("raw", "comparator", "value", "high", "unit")})
                        if r[f"{which}_raw"] is not None else None for which in ("target", "actual")}
            tables[-1].indicators.append(Indicator(
                figures=figures, **common, **measures, **{k: r[k] for k in ("level1", "level2", "level3", "content", "reason")}))
    return tables


def load_figures(conn: sqlite3.Connection, document_id: int) -> list[Figure]:
    rows = conn.execute("SELECT * FROM figures WHERE document_id = ? ORDER BY id", (document_id,))
    return [figure_from_row(r) for r in rows]


def document_row(path: Path, sha256: str, result: CheckResult) -> dict:
    """The `documents` row of one file, less its SQLite keys (id, version, supersedes)."""
    report = _columns_of(result.report, REPORT_COLUMNS)
    report.update(
        sha256=sha256, path=str(path), name=path.name,
        status=result.status, error=result.error, format=result.format, pages=result.pages,
        unit_key=unit_key(result.report.unit_name),
        notes=json.dumps(result.notes, ensure_ascii=False),
        suppressed=json.dumps(result.suppressed, ensure_ascii=False),
        tool_version=__version__,
        ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    return report


def child_rows(result: CheckResult, doc: Document | None, document_id: int | None = None) -> dict[str, list[dict]]:
    """The rows of `figures`, `findings` (source 'check'), `indicators`, `blocks` and `tables` for one file.

    The SQLite writer passes the document's id; the Parquet writer none, and keys the rows by sha256.
    """
    return {
        "figures": [dict(_columns_of(f, FIGURE_COLUMNS), document_id=document_id) for f in result.figures],
        "findings": [finding_row(f, document_id, "check") for f in result.findings],
        "indicators": indicator_rows(result.indicators, document_id),
        "blocks": block_rows(doc, document_id) if doc is not None else [],
        "tables": cell_rows(doc, result.figures, document_id) if doc is not None else [],
    }


def block_rows(doc: Document, document_id: int | None) -> list[dict]:
    return [
        {"document_id": document_id, "block": b.index, "kind": b.kind, "text": b.text, "start": b.start,
         "end": b.end, "page": b.page, "line": b.line, "level": b.level, "number": b.number,
         "caption": b.caption, "unit": b.unit}
        for b in doc.blocks
    ]


def add_document(conn: sqlite3.Connection, *, path: str | Path, sha256: str, result: CheckResult,
                 doc: Document | None = None) -> int | None:
    """Store one file in one transaction and return its document id; None when these bytes are stored already.

    A file whose path is stored with other contents becomes the next version of that document.
    """
    path = Path(path).resolve()
    with transaction(conn):
        if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone():
            return None
        previous = conn.execute(
            "SELECT id, version FROM documents WHERE path = ? ORDER BY version DESC LIMIT 1", (str(path),)
        ).fetchone()
        report = document_row(path, sha256, result)
        report.update(version=previous["version"] + 1 if previous else 1,
                      supersedes=previous["id"] if previous else None)
        insert(conn, "documents", [report])
        document_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        children = child_rows(result, doc, document_id)
        for table in ("figures", "findings", "indicators", "blocks"):
            insert(conn, table, children[table])
        if doc is not None:
            _add_cells(conn, document_id, doc, result.figures)
    return document_id


def cell_rows(doc: Document, figures: list[Figure], document_id: int | None = None) -> list[dict]:
    """One row per table cell, with the `fig_id` of the figure it holds (a cell holding two: the first)."""
    in_cell: dict[tuple[int, int, int], str] = {}
    for f in figures:
        if f.table and f.row is not None and f.col is not None:
            in_cell.setdefault((f.block, f.row, f.col), f.id)
    return [
        {"document_id": document_id, "block": b.index, "row": r, "col": c, "text": text,
         "fig_id": in_cell.get((b.index, r, c))}
        for b in doc.blocks if b.kind == "table" and b.rows
        for r, cells in enumerate(b.rows)
        for c, text in enumerate(cells)
    ]


def _add_cells(conn: sqlite3.Connection, document_id: int, doc: Document, figures: list[Figure]) -> None:
    """The table cells, pointing at the `figures` row of the figure each holds."""
    row_ids = dict(conn.execute("SELECT fig_id, id FROM figures WHERE document_id = ?", (document_id,)).fetchall())
    rows = cell_rows(doc, figures, document_id)
    for r in rows:
        fig_id = r.pop("fig_id")
        r["figure_id"] = row_ids[fig_id] if fig_id is not None else None
    insert(conn, "tables", rows)
