"""`jixiao check` on every sample report finds the deliberate errors samples/README.md lists, and
raises no other error or warning."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation

import pytest
from click.testing import CliRunner
from conftest import ROOT

from extractor.cli import cli

SAMPLES = ROOT / "samples"
REPORT_SUFFIXES = {".txt", ".docx", ".doc", ".pdf", ".html", ".htm", ".xlsx"}


def listed_errors() -> dict[str, list[dict]]:
    """README sections (## file — …) and their error rows: | id | where | what | RULE | cites |."""
    out: dict[str, list[dict]] = {}
    current = None
    for line in (SAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        head = re.match(r"^## (\S+)", line)
        if head:
            current = out.setdefault(head.group(1), [])
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if current is not None and len(cells) == 5 and re.fullmatch(r"[A-Z]\d+", cells[0]):
            current.append({"id": cells[0], "rule": cells[3], "cites": cells[4]})
    return out


def _dec(s) -> Decimal | None:
    try:
        return Decimal(str(s))
    except (InvalidOperation, ValueError):
        return None


def cites(finding: dict, figures: dict[str, dict], value: str) -> bool:
    """A figure of the finding has this value, or its stated/computed value or excerpt says it."""
    want = _dec(value)
    if want is not None and any(_dec(figures[i]["value"]) == want for i in finding["figures"]):
        return True
    said = " ".join(str(finding.get(k) or "") for k in ("stated", "computed", "excerpt"))
    return value in said


def check_json(path) -> dict:
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json", "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def sample_files():
    return sorted(p.name for p in SAMPLES.iterdir() if p.suffix.lower() in REPORT_SUFFIXES)


def test_every_sample_is_documented():
    assert sample_files() and set(sample_files()) == set(listed_errors())


@pytest.mark.parametrize("name", sample_files())
def test_sample_findings_are_exactly_the_deliberate_errors(name):
    expected = listed_errors()[name]
    out = check_json(SAMPLES / name)
    assert out["status"] == "ok"
    figures = {f["id"]: f for f in out["figures"]}
    claims = [f for f in out["findings"] if f["severity"] in ("error", "warning")]
    unmatched = list(claims)
    for error in expected:
        hit = next((f for f in unmatched if f["rule"] == error["rule"] and cites(f, figures, error["cites"])), None)
        assert hit is not None, f"{name} {error['id']}: no {error['rule']} citing {error['cites']}"
        unmatched.remove(hit)
    assert not unmatched, f"{name}: findings not listed in samples/README.md: " + "; ".join(
        f"{f['rule']} {f['message']}" for f in unmatched)
    # the 绩效自评表 samples carry their tables in the JSON, with the figures their cells are
    tables = out["indicators"]
    assert bool(tables) == any(e["rule"].startswith("IND") for e in expected)
    for t in tables:
        assert t["indicators"] and all(fid in figures for i in t["indicators"] for fid in i["figures"].values())


def test_the_generated_samples_are_the_committed_ones(tmp_path, monkeypatch):
    """make_samples.py still writes what is committed: the same tables, whatever the timestamps."""
    import importlib.util

    from extractor.readers import read_document

    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    monkeypatch.setattr(make, "HERE", tmp_path)
    make.main()
    for name in ("qingshi-road-2023.docx", "qingshi-farmland-2023.xlsx", "qingshi-water-2023.txt"):
        fresh, committed = read_document(tmp_path / name), read_document(SAMPLES / name)
        assert [(b.kind, b.text) for b in fresh.blocks] == [(b.kind, b.text) for b in committed.blocks], name
