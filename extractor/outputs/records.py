"""One report's result as rows and records: the CSV files, JSON lines, JSON, and the workbook's rows.

One place decides the columns, so files.csv / findings.csv / figures.csv and the workbook agree.

- csv (--output DIR): three files, UTF-8 with a byte-order mark so Excel reads the Chinese:
  files.csv (a row per report, unreadable ones with the reason), findings.csv (a row per finding),
  figures.csv (a row per figure); findings and figures name their report in `file`.
  Without --output, findings.csv's rows go to stdout.
- jsonl: one JSON object per line; `record` says what it is: "file" (a report's header, counts,
  and the reason it could not be read), then its "finding" lines, then its "figure" lines, each
  naming the report in `file`. Written to DIR/results.jsonl, or stdout without --output.
- json: the contract's object per report (eval/CONTRACT.md): DIR/<name>.json with --output;
  on stdout one object for one file, a JSON array of them for several.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from extractor.model import CheckResult
from extractor.outputs import Outcome

FILE_COLUMNS = (
    "file", "status", "error", "format", "pages", "unit_name", "year", "doc_type", "score", "grade",
    "figures", "errors", "warnings", "infos", "seconds",
)
FINDING_COLUMNS = (
    "file", "page", "line", "rule", "type", "severity", "message", "stated", "computed", "excerpt", "figures",
    "location", "fingerprint",  # added later: at the end, so columns read by position stay put
)
FIGURE_COLUMNS = (
    "file", "id", "kind", "raw", "value", "high", "unit", "decimals", "yuan", "approx", "label", "scope", "period",
    "page", "line", "block", "row", "col", "table", "start", "end", "section",
)


def file_row(o: Outcome) -> dict:
    m = o.report
    return {
        "file": o.file, "status": o.status, "error": o.error, "format": o.format, "pages": o.pages,
        "unit_name": m.unit_name, "year": m.year, "doc_type": m.doc_type, "score": m.score, "grade": m.grade,
        "figures": o.figures, "errors": o.counts.get("error", 0), "warnings": o.counts.get("warning", 0),
        "infos": o.counts.get("info", 0), "seconds": o.seconds,
    }


def finding_rows(r: CheckResult) -> Iterator[dict]:
    for f in r.findings:
        yield {
            "file": r.file, "page": f.page, "line": f.line, "location": f.location, "rule": f.rule, "type": f.type, "severity": f.severity,
            "message": f.message, "stated": f.stated, "computed": f.computed, "excerpt": f.excerpt,
            "figures": " ".join(f.figures), "fingerprint": f.fingerprint,
        }


def figure_rows(r: CheckResult) -> Iterator[dict]:
    """Every field of every figure (lists joined), naming its file."""
    for g in r.figures:
        row = g.model_dump()
        row.update(file=r.file, scope="/".join(g.scope), section=" > ".join(g.section))
        yield row


def contract_json(r: CheckResult, indent: int | None = None) -> str:
    """The contract's JSON object for one report (what the scorer reads)."""
    return json.dumps(r.model_dump(mode="json"), ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------- spreadsheet safety

# A cell that starts like a formula runs as one when a spreadsheet opens the CSV; numbers are left alone.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?[\d,]*\.?\d+%?")


def spreadsheet_text(value) -> str:
    """A value as CSV text that a spreadsheet shows and never evaluates.

    >>> spreadsheet_text('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> spreadsheet_text("-0.57"), spreadsheet_text(None)
    ('-0.57', '')
    """
    if value is None:
        return ""
    s = str(value)
    if s.startswith(_FORMULA_START) and not _NUMBER.fullmatch(s):
        return "'" + s
    return s


# --------------------------------------------------------------------------- writers


def write_csv_rows(stream: IO[str], columns: tuple[str, ...], rows, header: bool = True) -> None:
    w = csv.writer(stream)
    if header:
        w.writerow(columns)
    for row in rows:
        w.writerow([spreadsheet_text(row[c]) for c in columns])


class CsvWriter:
    """--format csv --output DIR: files.csv, findings.csv, figures.csv."""
    ordered = True


    def __init__(self, out: Path):
        self.paths = {k: out / f"{k}.csv" for k in ("files", "findings", "figures")}
        self.streams = {k: p.open("w", encoding="utf-8-sig", newline="") for k, p in self.paths.items()}
        write_csv_rows(self.streams["findings"], FINDING_COLUMNS, [])
        write_csv_rows(self.streams["figures"], FIGURE_COLUMNS, [])

    def add(self, result: CheckResult, name: str) -> None:
        write_csv_rows(self.streams["findings"], FINDING_COLUMNS, finding_rows(result), header=False)
        write_csv_rows(self.streams["figures"], FIGURE_COLUMNS, figure_rows(result), header=False)

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        write_csv_rows(self.streams["files"], FILE_COLUMNS, (file_row(o) for o in outcomes))
        for s in self.streams.values():
            s.close()
        return list(self.paths.values())


class FindingsCsvStream:
    """--format csv without --output: findings.csv's rows on stdout."""
    ordered = True


    def __init__(self, stream: IO[str]):
        self.stream = stream
        write_csv_rows(stream, FINDING_COLUMNS, [])

    def add(self, result: CheckResult, name: str) -> None:
        write_csv_rows(self.stream, FINDING_COLUMNS, finding_rows(result), header=False)

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        return []


def jsonl_records(r: CheckResult) -> Iterator[dict]:
    head = r.model_dump(mode="json", exclude={"figures", "findings"})
    yield {"record": "file", **head}
    for f in r.findings:
        yield {"record": "finding", "file": r.file, **f.model_dump(mode="json")}
    for g in r.figures:
        yield {"record": "figure", "file": r.file, **g.model_dump(mode="json")}


class JsonlWriter:
    """--format jsonl: to DIR/results.jsonl, or to a stream."""
    ordered = True


    def __init__(self, stream: IO[str], path: Path | None = None):
        self.stream, self.path = stream, path

    @classmethod
    def to_dir(cls, out: Path) -> JsonlWriter:
        path = out / "results.jsonl"
        return cls(path.open("w", encoding="utf-8"), path)

    def add(self, result: CheckResult, name: str) -> None:
        for rec in jsonl_records(result):
            self.stream.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        if self.path is None:
            self.stream.flush()
            return []
        self.stream.close()
        return [self.path]


class JsonStream:
    """--format json on stdout: one object for a single file (the scorer's call), an array for several."""
    ordered = True


    def __init__(self, stream: IO[str], single: bool):
        self.stream, self.single, self.count = stream, single, 0

    def add(self, result: CheckResult, name: str) -> None:
        if self.single:
            self.stream.write(contract_json(result) + "\n")
        else:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + contract_json(result))
        self.count += 1

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        if not self.single:
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()
        return []


class PerReportWriter:
    """One file per report in the output folder; subclasses say how a report is rendered."""

    ordered = False  # one file per report: order does not matter
    suffix = ""

    def __init__(self, out: Path):
        self.out = out
        self.written: list[Path] = []

    def render(self, result: CheckResult) -> str:
        raise NotImplementedError

    def add(self, result: CheckResult, name: str) -> None:
        path = self.out / f"{name}{self.suffix}"
        path.write_text(self.render(result), encoding="utf-8")
        self.written.append(path)

    def close(self, outcomes: list[Outcome]) -> list[Path]:
        return self.written


class JsonDirWriter(PerReportWriter):
    """--format json --output DIR: DIR/<name>.json per report."""

    suffix = ".json"

    def render(self, result: CheckResult) -> str:
        return contract_json(result, indent=1) + "\n"
