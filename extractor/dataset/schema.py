"""The SQLite file `jixiao ingest` writes: tables, indexes, views, and how it is opened.

Amounts are stored as TEXT decimal strings, exactly as the model holds them (Decimal, never
float); SQLite's sum() and comparisons read them as numbers, and CAST(value AS REAL) orders them.
Lists (scope, section, a finding's figures) are JSON arrays in TEXT columns: LIKE and json_each
both work on them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Bumped when the tables change; a file made by a newer jixiao is refused rather than damaged.
SCHEMA_VERSION = 2

DDL = """
CREATE TABLE IF NOT EXISTS documents (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,       -- content hash: the same bytes are ingested once
    path          TEXT NOT NULL,              -- absolute path when ingested
    name          TEXT NOT NULL,              -- file name, for reading
    version       INTEGER NOT NULL DEFAULT 1, -- 2, 3 ... when the file at `path` changed
    supersedes    INTEGER REFERENCES documents(id),
    status        TEXT NOT NULL CHECK (status IN ('ok', 'unreadable')),
    error         TEXT,                       -- why an unreadable file could not be read
    format        TEXT,
    doc_type      TEXT,
    unit_name     TEXT,
    unit_key      TEXT,                       -- unit_name normalised (patterns/unit_names.toml)
    year          INTEGER,
    date          TEXT,
    score         TEXT,
    grade         TEXT,
    pages         INTEGER,
    notes         TEXT,                       -- JSON array of reader and checker remarks
    suppressed    TEXT,                       -- JSON array of findings a suppression file silenced
    extra         TEXT,                       -- JSON of report fields added to the model later
    tool_version  TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,              -- UTC, ISO 8601
    cross_year_checked INTEGER NOT NULL DEFAULT 0  -- 1 once the cross-year pass has seen it
);
CREATE INDEX IF NOT EXISTS documents_unit_year ON documents(unit_key, year);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path, version);
CREATE INDEX IF NOT EXISTS documents_supersedes ON documents(supersedes);

CREATE TABLE IF NOT EXISTS figures (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    fig_id      TEXT NOT NULL,                -- Figure.id within its document: F1, F2 ...
    kind        TEXT NOT NULL,
    raw         TEXT NOT NULL,
    value       TEXT NOT NULL,
    high        TEXT,
    unit        TEXT NOT NULL,
    decimals    INTEGER NOT NULL,
    yuan        TEXT,
    approx      TEXT,
    label       TEXT NOT NULL,
    scope       TEXT NOT NULL,                -- JSON array
    period      TEXT,
    section     TEXT NOT NULL,                -- JSON array of heading titles
    block       INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    page        INTEGER,
    line        INTEGER,
    "row"       INTEGER,
    col         INTEGER,
    in_table    INTEGER NOT NULL,             -- Figure.table
    extra       TEXT,                         -- JSON of Figure fields added to the model later
    UNIQUE (document_id, fig_id)
);
CREATE INDEX IF NOT EXISTS figures_label ON figures(label);
CREATE INDEX IF NOT EXISTS figures_kind_unit ON figures(kind, unit);

CREATE TABLE IF NOT EXISTS findings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('check', 'cross_year')),
    rule        TEXT NOT NULL,
    type        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    figures     TEXT NOT NULL,                -- JSON array of fig_id in document_id
    message     TEXT NOT NULL,
    excerpt     TEXT,
    page        INTEGER,
    line        INTEGER,
    block       INTEGER,
    start       INTEGER,
    "end"       INTEGER,
    stated      TEXT,
    computed    TEXT,
    fingerprint TEXT NOT NULL,
    other_document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,  -- cross-year: the other report
    other_figures     TEXT,                   -- cross-year: JSON array of fig_id in other_document_id
    extra       TEXT                          -- JSON of Finding fields added to the model later
);
CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);
CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule);
CREATE INDEX IF NOT EXISTS findings_severity ON findings(severity);
CREATE INDEX IF NOT EXISTS findings_other ON findings(other_document_id);

-- Every heading, paragraph and table of a document, in reading order: the text the figures stand in.
CREATE TABLE IF NOT EXISTS blocks (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    block       INTEGER NOT NULL,             -- Block.index
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    page        INTEGER,
    line        INTEGER,
    level       INTEGER,
    number      TEXT,
    caption     TEXT,
    unit        TEXT,
    PRIMARY KEY (document_id, block)
) WITHOUT ROWID;

-- One row per table cell.
CREATE TABLE IF NOT EXISTS tables (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    block       INTEGER NOT NULL,
    "row"       INTEGER NOT NULL,
    col         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    figure_id   INTEGER REFERENCES figures(id) ON DELETE SET NULL,  -- the figure this cell is
    PRIMARY KEY (document_id, block, "row", col)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tables_figure ON tables(figure_id);

-- The 绩效自评表 of a document, one row per line: the table itself (part 'table': its 总分 row's weight
-- and points, its grade), each funding line and each indicator. Empty columns are NULL.
CREATE TABLE IF NOT EXISTS indicators (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    table_no    INTEGER NOT NULL,             -- which 自评表 of the document: 0, 1 ...
    part        TEXT NOT NULL CHECK (part IN ('table', 'funding', 'indicator')),
    block       INTEGER NOT NULL,             -- Block.index (the table's first block for part 'table')
    "row"       INTEGER,                      -- the row in the block (the 总分 row for part 'table')
    page        INTEGER,
    line        INTEGER,
    name        TEXT,                         -- a funding line: 年度资金总额, 其中：当年财政拨款 ...
    level1      TEXT,
    level2      TEXT,
    level3      TEXT,
    content     TEXT,
    target_raw  TEXT,                         -- 年度指标值 as written: ≥95%
    target_comparator TEXT,                   -- ≥ ≤ = > <, NULL when none is written
    target_value TEXT,
    target_high TEXT,
    target_unit TEXT,
    actual_raw  TEXT,                         -- 实际完成值 as written
    actual_comparator TEXT,
    actual_value TEXT,
    actual_high TEXT,
    actual_unit TEXT,
    budget      TEXT,                         -- 年初预算数
    adjusted    TEXT,                         -- 全年预算数 / 调整后预算数
    executed    TEXT,                         -- 全年执行数
    rate        TEXT,                         -- 执行率, in %
    weight      TEXT,                         -- 分值 (the total's for part 'table')
    points      TEXT,                         -- 得分
    reason      TEXT,                         -- 偏差原因分析及改进措施
    grade       TEXT,                         -- part 'table': the grade the table states
    figures     TEXT NOT NULL,                -- JSON {field: fig_id} of the cells that are figures
    extra       TEXT                          -- JSON: part 'table' keeps headers, level_weights, total_block
);
CREATE INDEX IF NOT EXISTS indicators_document ON indicators(document_id, table_no);

-- The newest version of every document (a changed file at the same path supersedes the old one).
CREATE VIEW IF NOT EXISTS latest_documents AS
    SELECT d.* FROM documents d
    WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id);

-- Units with reports in several years, the ones the cross-year checks can compare.
CREATE VIEW IF NOT EXISTS unit_years AS
    SELECT unit_key, min(unit_name) AS unit_name, count(DISTINCT year) AS years,
           min(year) AS first_year, max(year) AS last_year, count(*) AS documents
    FROM latest_documents
    WHERE status = 'ok' AND unit_key IS NOT NULL AND year IS NOT NULL
    GROUP BY unit_key;
"""

# Tables and views in the order an export writes them.
EXPORTED = ("documents", "latest_documents", "figures", "findings", "blocks", "tables", "indicators", "unit_years")


class DatabaseError(Exception):
    """A database file that cannot be used, with a one-line Chinese reason."""


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and, with `create`, make) the dataset file, ready for one writer and many readers.

    Autocommit mode: every write goes through `transaction()`, so a killed process leaves either a
    whole document or nothing of it (SQLite rolls the journal back on the next open).
    """
    path = Path(path)
    if not create and not path.is_file():
        raise DatabaseError(f"数据库文件不存在：{path}")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL survives a killed process; only a power cut may lose the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise DatabaseError(f"无法打开数据库 {path}（{e}）") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(f"数据库 {path} 由更新版本的 jixiao 创建（结构版本 {version}），请升级 jixiao")
    if version < SCHEMA_VERSION:
        conn.executescript(f"BEGIN IMMEDIATE; {DDL}; PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed whole at the end of the block, or rolled back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
