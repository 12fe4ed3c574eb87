"""Suppressions: a TOML file that silences specific findings, each with a written reason.

    [[suppress]]
    rule = "DIF001"                 # required
    figures = ["868.34万元"]         # the raw spans the finding cites (all of them, any order), or
    fingerprint = "3f2a9c0d1e7b"    # the finding's fingerprint (shown in JSON output)
    document = "9c1e…"              # optional: only in the file with this sha256
    reason = "已与单位核实：差异含以前年度调整"   # required

A finding is silenced when an entry names its rule and matches it; entries that silence nothing
in a run are reported, so stale suppressions don't pile up.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.errors import ReadError
from extractor.model import Figure, Finding


class Suppression(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    reason: str
    figures: tuple[str, ...] = ()
    fingerprint: str | None = None
    document: str | None = None

    @field_validator("reason")
    @classmethod
    def _reason_given(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("每条忽略都要写明原因 (reason)")
        return v

    def key(self) -> str:
        return f"{self.rule} {self.fingerprint or ','.join(self.figures)}"

    def matches(self, finding: Finding, sha256: str | None, by_id: dict[str, Figure]) -> bool:
        if finding.rule != self.rule.upper():
            return False
        if self.document and sha256 and not sha256.startswith(self.document):
            return False
        if self.fingerprint:
            return finding.fingerprint == self.fingerprint
        cited = sorted(by_id[i].raw for i in finding.figures if i in by_id)
        return bool(self.figures) and sorted(self.figures) == cited


class SuppressionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suppress: list[Suppression] = Field(default_factory=list)


def load_suppressions(path: str | Path) -> tuple[Suppression, ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return tuple(SuppressionFile.model_validate(data).suppress)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as e:
        raise ReadError(str(path), f"忽略文件无法读取：{str(e).splitlines()[0][:160]}") from None


def apply(findings: list[Finding], suppressions, sha256: str | None, figures: list[Figure]):
    """Split findings into (kept, silenced notes); a note is 'rule fingerprint: reason'."""
    if not suppressions:
        return findings, []
    by_id = {f.id: f for f in figures}
    kept, silenced = [], []
    for f in findings:
        hit = next((s for s in suppressions if s.matches(f, sha256, by_id)), None)
        if hit is None:
            kept.append(f)
        else:
            silenced.append(f"{hit.key()}: {hit.reason}")
    return kept, silenced
