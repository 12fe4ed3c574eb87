"""Findings that may come from a misread figure: a figure read by OCR with low confidence."""

from __future__ import annotations

from extractor.checks.registry import adjust
from extractor.model import Figure, Finding

# Below this recogniser confidence a figure read by OCR may well be misread.
LOW_CONFIDENCE = 0.9

adjust(
    "ocr-low-confidence",
    "a finding that cites a figure read by OCR with low confidence is at most a warning: 可能为识别错误",
    f"""
    **What it does.** A scanned page is read by OCR, and every figure read that way carries the
    recogniser's confidence (`confidence`, 0–1, in the JSON). When a finding cites a figure whose
    confidence is below {LOW_CONFIDENCE}, the slip it reports may be the recogniser's rather than
    the report's: an `error` becomes a `warning`, and the message names the figure, its
    confidence and says 可能为识别错误. Findings on figures read with confidence, and every
    finding on a text-layer document, are left as they are.

    **Why.** A digit misread by OCR (8 for 3, a dropped decimal point) breaks the arithmetic
    just as a real slip does; the auditor should look at the scan before calling it an error.

    **Example.** On a scanned page 合计 16 is read as 18 with confidence 0.62: SUM001 reports
    “合计 18 ≠ 10 + 6 = 16”, as a warning, ending “（“18”为 OCR 识别所得，置信度 0.62，可能为识别错误）”.
    """,
)


def soften(findings: list[Finding], figures: list[Figure]) -> list[Finding]:
    """The findings, each citing a figure read with low confidence made at most a warning and marked."""
    by_id = {f.id: f for f in figures}
    out = []
    for finding in findings:
        doubtful = [by_id[i] for i in finding.figures if i in by_id and _doubtful(by_id[i])]
        if doubtful:
            worst = min(doubtful, key=lambda f: f.confidence)
            note = f"（“{worst.raw}”为 OCR 识别所得，置信度 {worst.confidence:.2f}，可能为识别错误）"
            severity = "warning" if finding.severity == "error" else finding.severity
            finding = finding.model_copy(update={"severity": severity, "message": finding.message + note})
        out.append(finding)
    return out


def _doubtful(f: Figure) -> bool:
    return f.confidence is not None and f.confidence < LOW_CONFIDENCE
