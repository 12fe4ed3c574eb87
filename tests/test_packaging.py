"""The package list in pyproject.toml must name every package, and patterns/ must load as package data."""

from __future__ import annotations

import tomllib

from conftest import ROOT

from extractor import lexicon


def test_every_package_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extractor").rglob("__init__.py")}
    assert found | {"extractor.patterns"} == listed


def test_every_pattern_file_parses():
    assert lexicon.names()
    for name in lexicon.names():
        assert isinstance(lexicon.raw(name), dict)
