"""Language data from patterns/*.toml, loaded once per process and checked against a schema.

The files ship inside the package as `extractor.patterns` (see pyproject.toml), so an installed
wheel reads them with importlib.resources exactly as a checkout does.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)


@cache
def raw(name: str) -> dict:
    """The parsed TOML of patterns/<name>.toml."""
    text = resources.files("extractor.patterns").joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def load(name: str, schema: type[T]) -> T:
    """patterns/<name>.toml validated by `schema` (unknown keys are refused by the schema)."""
    return schema.model_validate(raw(name))


def names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("extractor.patterns").iterdir() if p.name.endswith(".toml"))
