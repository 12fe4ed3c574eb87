"""Traditional characters (繁體) read as simplified ones: reports mirrored on traditional-script sites
write 億元, 較上年, 增長, and every word list of jixiao is simplified. Pinyin glosses some of those
sites print after characters (結(jié)轉(zhuǎn)) are taken out, so that names read as written (結轉).

Only a document written mostly in traditional characters is converted (a simplified report that
quotes a traditional name keeps it), and character by character, so that every offset, line and
cell keeps its place; a character OpenCC would turn into several is left as it is.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from extractor.model import Block

_HAN = regex.compile(r"\p{Han}")
# a syllable with its tone mark in brackets right after a character; a toneless one (de) is left alone
_GLOSS = regex.compile(r"(?<=\p{Han})[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[）)]")
# share of Han characters that must change for a text to count as traditional (a traditional text
# changes a fifth to a quarter of them; a simplified one quoting a traditional name, a few)
TRADITIONAL_SHARE = 0.12


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@cache
def simplified(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def is_traditional(text: str) -> bool:
    han = Counter(_HAN.findall(text))  # each distinct character is looked up once, not each time it occurs
    total = sum(han.values())
    if total < 20:
        return False
    changed = sum(n for ch, n in han.items() if simplified(ch) != ch)
    return changed >= TRADITIONAL_SHARE * total


def to_simplified(text: str) -> str:
    return "".join(simplified(ch) if ch > "\u2e7f" else ch for ch in text)


def simplify_blocks(blocks: list[Block]) -> tuple[list[Block], bool]:
    """The blocks with their text, cells and caption in simplified characters, when the document is
    written in traditional ones; and whether it was."""
    sample = "".join(b.text for b in blocks[:400])[:20000]
    if not is_traditional(sample):
        return blocks, False
    out = []
    for b in blocks:
        update = {"text": to_simplified(b.text)}
        if b.rows is not None:
            update["rows"] = [[to_simplified(c) for c in row] for row in b.rows]
        if b.caption:
            update["caption"] = to_simplified(b.caption)
        out.append(b.model_copy(update=update))
    return out, True


def without_glosses(blocks: list[Block]) -> tuple[list[Block], bool]:
    """The blocks with the pinyin glosses taken out of their text, cells and caption (where each source
    line starts moves with the text); and whether there were any. A page that glosses does so again and
    again: a single bracketed syllable is left as it is."""
    if sum(len(_GLOSS.findall(b.text)) for b in blocks[:400]) < 2:
        return blocks, False
    out = []
    for b in blocks:
        gone = [m.span() for m in _GLOSS.finditer(b.text)]
        if not gone or b.ocr:
            out.append(b)
            continue

        def moved(pos: int) -> int:
            return pos - sum(min(e, pos) - s for s, e in gone if s < pos)

        update = {"text": _GLOSS.sub("", b.text)}
        if b.line_marks:
            update["line_marks"] = [(moved(o), page, line) for o, page, line in b.line_marks]
        if b.rows is not None:
            update["rows"] = [[_GLOSS.sub("", c) for c in row] for row in b.rows]
        if b.caption:
            update["caption"] = _GLOSS.sub("", b.caption)
        out.append(b.model_copy(update=update))
    return out, True
