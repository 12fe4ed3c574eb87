"""`jixiao db stats`: what the dataset holds, in a few lines an auditor can read."""

from __future__ import annotations

import sqlite3

# (title, query of (name, count) rows). Counts are over the latest version of every document.
_GROUPS = (
    ("按文件类型", """SELECT coalesce(doc_type, '（未识别）'), count(*) FROM latest_documents
                  WHERE status = 'ok' GROUP BY 1 ORDER BY 2 DESC, 1"""),
    ("按年度", """SELECT coalesce(year, '（未识别）'), count(*) FROM latest_documents
               WHERE status = 'ok' GROUP BY year ORDER BY year"""),
    ("按单位", """SELECT coalesce(min(unit_name), '（未识别）'), count(*) FROM latest_documents
               WHERE status = 'ok' GROUP BY unit_key ORDER BY 2 DESC, 1 LIMIT 20"""),
    ("问题（按严重程度）", """SELECT f.severity, count(*) FROM findings f
                        JOIN latest_documents d ON d.id = f.document_id GROUP BY 1
                        ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"""),
    ("问题（按规则，前 20 条）", """SELECT f.rule, count(*) FROM findings f
                              JOIN latest_documents d ON d.id = f.document_id
                              GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20"""),
)
_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}


def stats_text(conn: sqlite3.Connection) -> str:
    """The stats of a SQLite dataset, or of a Parquet one through DuckDB (same tables and views)."""
    def one(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    latest = one("SELECT count(*) FROM latest_documents")
    readable = one("SELECT count(*) FROM latest_documents WHERE status = 'ok'")
    versions = one("SELECT count(*) FROM documents") - latest
    figures = one("SELECT count(*) FROM figures f JOIN latest_documents d ON d.id = f.document_id")
    cells = one("SELECT count(*) FROM tables t JOIN latest_documents d ON d.id = t.document_id")
    lines = [
        f"文件：{latest} 份（可读 {readable}，无法读取 {latest - readable}；另有旧版本 {versions} 份）",
        f"数字：{figures} 个；表格单元格：{cells} 个",
    ]
    for title, sql in _GROUPS:
        rows = conn.execute(sql).fetchall()
        if rows:
            lines.append(f"{title}：")
            lines += [f"  {_SEVERITY.get(str(name), name)}\t{count}" for name, count in rows]
    units = conn.execute("SELECT unit_name, first_year, last_year, years FROM unit_years WHERE years > 1 "
                         "ORDER BY years DESC, unit_name").fetchall()
    lines.append(f"有多个年度报告的单位：{len(units)} 个")
    lines += [f"  {name}\t{first}–{last}（{years} 个年度）" for name, first, last, years in units]
    return "\n".join(lines)
