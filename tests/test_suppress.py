"""Suppressions match by fingerprint alone, or by rule plus any one cited figure; a bad file is
refused naming the entry and the field, in Chinese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from extractor.checks.suppress import load_suppressions
from extractor.cli import cli
from extractor.errors import ReadError

AGRI = ROOT / "samples" / "qingshi-agri-2023.txt"  # PCT001 on 48.66% (÷ 1405.62万元 and 3012.35万元), and more


def _check(tmp_path: Path, toml: str):
    sup = tmp_path / "s.toml"
    sup.write_text(toml, encoding="utf-8")
    return CliRunner().invoke(cli, ["check", str(AGRI), "--suppressions", str(sup)])


def _pct001_shown(res) -> bool:
    return any(ln.startswith("  [错误] PCT001") for ln in res.output.splitlines())


@pytest.mark.parametrize("raw", ["48.66%", "3012.35万元"])
def test_rule_plus_any_one_cited_figure(tmp_path: Path, raw: str):
    res = _check(tmp_path, f'[[suppress]]\nrule = "PCT001"\nfigures = ["{raw}"]\nreason = "已核实"\n')
    assert not _pct001_shown(res)
    assert f"[已忽略] PCT001 {raw}: 已核实" in res.output
    assert "已按忽略文件略去 1 条问题" in res.output


def test_a_figure_the_finding_does_not_cite_or_another_rule_silences_nothing(tmp_path: Path):
    res = _check(tmp_path, '[[suppress]]\nrule = "PCT001"\nfigures = ["48.66%", "9999.99万元"]\nreason = "x"\n\n'
                           '[[suppress]]\nrule = "SUM001"\nfigures = ["48.66%"]\nreason = "y"\n')
    assert _pct001_shown(res) and "[已忽略]" not in res.output
    assert "忽略文件中有 2 条本次未用上" in res.output


def test_fingerprint_alone(tmp_path: Path):
    out = CliRunner().invoke(cli, ["check", str(AGRI), "--format", "json"]).output
    finding = next(f for f in json.loads(out)["findings"] if f["rule"] == "PCT001")
    res = _check(tmp_path, f'[[suppress]]\nfingerprint = "{finding["fingerprint"]}"\nreason = "原文如此"\n')
    assert not _pct001_shown(res) and f"[已忽略] {finding['fingerprint']}: 原文如此" in res.output
    assert res.exit_code == 1  # other errors remain


@pytest.mark.parametrize("toml, said", [
    ('[[suppress]]\nrule = "PCT001"\nfigures = ["1"]\nreason = ""\n', "第1条 [[suppress]] 字段 reason：每条忽略都要写明原因"),
    ('[[suppress]]\nfingerprint = "a"\nreason = "x"\n\n[[suppress]]\nrule = "PCT001"\nfigure = ["1"]\nreason = "x"\n',
     "第2条 [[suppress]] 字段 figure：不认识这个字段"),
    ('[[suppress]]\nrule = "PCT001"\nfigures = ["1"]\n', "第1条 [[suppress]] 字段 reason：缺少必填字段"),
    ('[[suppress]]\nrule = 5\nfigures = ["1"]\nreason = "x"\n', "第1条 [[suppress]] 字段 rule：应当是文字"),
    ('[[suppress]]\nrule = "PCT001"\nreason = "x"\n', "第1条 [[suppress]]：要写明 fingerprint，或者写明 rule 和至少一个 figures"),
])
def test_invalid_file_names_entry_and_field(tmp_path: Path, toml: str, said: str):
    path = tmp_path / "s.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ReadError) as e:
        load_suppressions(path)
    assert said in e.value.reason
    assert "validation error" not in e.value.reason and "pydantic" not in e.value.reason
