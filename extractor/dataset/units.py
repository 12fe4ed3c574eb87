"""A unit's name normalised into the key that links its reports across years.

The rewrites are data (patterns/unit_names.toml); this module only applies them.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from extractor import lexicon
from extractor.model import Model


class Rewrite(Model):
    pattern: str
    replace: str


class UnitNamesData(Model):
    rewrite: list[Rewrite]


@cache
def _rewrites() -> list[tuple[regex.Pattern, str]]:
    return [(regex.compile(r.pattern), r.replace) for r in lexicon.load("unit_names", UnitNamesData).rewrite]


def unit_key(name: str | None) -> str | None:
    """The key of a unit's name: the same for every way one unit writes it, None for no name.

    >>> unit_key("上海市普陀区人民政府万里街道办事处（部门）")
    '上海市普陀区人民政府万里街道办事处'
    >>> unit_key(" 绥宁县 武阳镇人民政府（本级） ") == unit_key("绥宁县武阳镇人民政府")
    True
    """
    if not name:
        return None
    key = "".join(unicodedata.normalize("NFKC", name).split())
    for pattern, replace in _rewrites():
        key = pattern.sub(replace, key)
    return key or None
