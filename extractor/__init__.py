"""jixiao: read, extract and cross-check Chinese budget performance-evaluation reports.

The library API (documented in README.md):

    import extractor
    result = extractor.check_file("report.pdf")   # -> extractor.CheckResult
    doc = extractor.read("report.docx")           # -> extractor.Document

`check_file` never raises for a file it cannot read: the result has status "unreadable" and the
reason in `error`. `read` raises extractor.ReadError with the reason instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["CheckOptions", "CheckResult", "Document", "Finding", "Figure", "ReadError", "check_file", "read"]

if TYPE_CHECKING:
    from pathlib import Path

    from extractor.model import CheckResult, Document
    from extractor.pipeline import CheckOptions


def check_file(path: str | Path, options: CheckOptions | None = None) -> CheckResult:
    """Read, extract and check one report file: figures, findings, summary fields, notes."""
    from extractor.pipeline import CheckOptions, check_file as run

    return run(path, options or CheckOptions())


def read(path: str | Path) -> Document:
    """The document model of one file (headings, paragraphs, tables in reading order)."""
    from extractor.readers import read_document

    return read_document(path)


def __getattr__(name: str):
    # the models are imported on first use, so `jixiao --version` stays quick
    if name in ("CheckResult", "Document", "Finding", "Figure"):
        from extractor import model

        return getattr(model, name)
    if name == "CheckOptions":
        from extractor.pipeline import CheckOptions

        return CheckOptions
    if name == "ReadError":
        from extractor.errors import ReadError

        return ReadError
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
