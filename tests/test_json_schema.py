"""The documented JSON Schema is the one the models give, real output validates against it, and
the README's API example runs."""

from __future__ import annotations

import json

import jsonschema
from click.testing import CliRunner
from conftest import ROOT

import extractor
from extractor.cli import cli
from extractor.outputs.schema import schema_text

SCHEMA = ROOT / "docs" / "check-result.schema.json"


def test_schema_file_is_current():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), \
        "run: python -m extractor.outputs.schema > docs/check-result.schema.json"


def _validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_real_output_validates_in_every_sample_format(tmp_path):
    validator = _validator()
    for path in sorted((ROOT / "samples").glob("qingshi-*")):
        out = CliRunner().invoke(cli, ["check", str(path), "--format", "json"]).output
        data = json.loads(out)
        validator.validate(data)
        assert data["findings"] and all(f["location"] for f in data["findings"]), path.name
    broken = tmp_path / "empty.txt"
    broken.write_bytes(b"")
    validator.validate(json.loads(CliRunner().invoke(cli, ["check", str(broken), "--format", "json"]).stdout))


def test_a_wrong_shape_does_not_validate():
    bad = {"file": "x", "findings": [{"rule": "SUM001", "type": "nonsense", "severity": "error", "message": ""}]}
    assert not _validator().is_valid(bad)


def test_library_api():
    result = extractor.check_file(ROOT / "samples" / "qingshi-agri-2023.txt")
    assert isinstance(result, extractor.CheckResult) and result.status == "ok"
    assert result.counts["error"] == 6
    only = extractor.check_file(ROOT / "samples" / "qingshi-agri-2023.txt", extractor.CheckOptions(select=("PCT001",)))
    assert {f.rule for f in only.findings} == {"PCT001"}
    doc = extractor.read(ROOT / "samples" / "qingshi-road-2023.docx")
    assert isinstance(doc, extractor.Document) and doc.blocks[0].text.startswith("青石县交通运输局")
    assert extractor.check_file(ROOT / "nowhere.txt").status == "unreadable"
    try:
        extractor.read(ROOT / "nowhere.txt")
    except extractor.ReadError as e:
        assert e.reason
    else:
        raise AssertionError("read() of a missing file must raise ReadError")
