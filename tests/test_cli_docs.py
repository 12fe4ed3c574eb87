"""Every command has help, and docs/rules.md says what the rule registry says."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner
from conftest import ROOT

from extractor.cli import cli


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, prefix + (name,))


@pytest.mark.parametrize(("path", "cmd"), list(_commands(cli)), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help(path, cmd):
    assert (cmd.help or "").strip(), f"jixiao {' '.join(path)} has no help text"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_rules_doc_is_current():
    spec = importlib.util.spec_from_file_location("make_rules_doc", ROOT / "scripts" / "make_rules_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == module.render(), "docs/rules.md is stale: run scripts/make_rules_doc.py"
