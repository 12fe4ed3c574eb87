"""Suppressions: a TOML file that silences specific findings, each with a written reason.

    [[suppress]]
    fingerprint = "3f2a9c0d1e7b"    # the finding's fingerprint (JSON, CSV, XLSX outputs), or
    rule = "DIF001"                 # its rule with
    figures = ["868.34万元"]         # one (or more) of the raw spans the finding cites
    document = "9c1e…"              # optional: only in the file whose sha256 starts so
    reason = "已与单位核实：差异含以前年度调整"   # required

An entry matches a finding by fingerprint (and its rule, when it names one), or by rule plus
figures it cites: naming the one suspect figure is enough, every figure named must be cited.
Entries that silence nothing in a run are reported, so stale suppressions don't pile up. A file
that does not validate is refused with the entry and the field at fault, in Chinese.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from extractor.errors import ReadError
from extractor.model import Figure, Finding


class Suppression(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str = ""
    reason: str
    figures: tuple[str, ...] = ()
    fingerprint: str | None = None
    document: str | None = None

    @field_validator("reason")
    @classmethod
    def _reason_given(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("每条忽略都要写明原因")
        return v

    @model_validator(mode="after")
    def _says_which(self) -> Suppression:
        if not self.fingerprint and not (self.rule and self.figures):
            raise ValueError("要写明 fingerprint，或者写明 rule 和至少一个 figures")
        return self

    def key(self) -> str:
        return " ".join(p for p in (self.rule, self.fingerprint or ",".join(self.figures)) if p)

    def matches(self, finding: Finding, sha256: str | None, by_id: dict[str, Figure]) -> bool:
        if self.rule and finding.rule != self.rule.upper():
            return False
        if self.document and sha256 and not sha256.startswith(self.document):
            return False
        if self.fingerprint:
            return finding.fingerprint == self.fingerprint
        cited = {by_id[i].raw for i in finding.figures if i in by_id}
        return bool(self.figures) and all(raw in cited for raw in self.figures)


class SuppressionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suppress: list[Suppression] = Field(default_factory=list)


def load_suppressions(path: str | Path) -> tuple[Suppression, ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return tuple(SuppressionFile.model_validate(data).suppress)
    except ValidationError as e:
        raise ReadError(str(path), "忽略文件无法读取：" + "；".join(_problem(err) for err in e.errors()[:5])) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as e:
        raise ReadError(str(path), f"忽略文件无法读取：{str(e).splitlines()[0][:160]}") from None


# How pydantic's error types read for an auditor.
_PROBLEMS = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不认识这个字段（可用 fingerprint、rule、figures、document、reason）",
    "string_type": "应当是文字（加引号）",
    "tuple_type": "应当是列表，如 [\"868.34万元\"]",
    "list_type": "应当是 [[suppress]] 条目的列表",
    "model_type": "应当是 [[suppress]] 条目",
}


def _problem(err: dict) -> str:
    """第2条（[[suppress]]）字段 reason：缺少必填字段"""
    loc = list(err.get("loc", ()))
    where = ""
    if len(loc) >= 2 and loc[0] == "suppress" and isinstance(loc[1], int):
        where = f"第{loc[1] + 1}条 [[suppress]]"
        loc = loc[2:]
    fields = [str(x) for x in loc if not isinstance(x, int)]
    field = f"字段 {fields[0]}" if fields else ""
    kind = err.get("type", "")
    if kind in _PROBLEMS:
        what = _PROBLEMS[kind]
    else:  # our own validators: their Chinese message, without pydantic's "Value error, "
        what = str(err.get("msg", "")).removeprefix("Value error, ")
        if what == str(err.get("msg", "")):
            what = f"取值不对（{what}）"
    return "".join(p for p in (where, " " if where and field else "", field, "：", what))


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
