"""Sentence and clause boundaries in Document.text, shared by relations and findings."""

from __future__ import annotations

SENTENCE_ENDS = "。！？!?\n"
# Longest stretch read as one sentence. A report's sentences are a few hundred characters; text
# with no sentence mark for longer (a flattened table, numbers run together on one line) is read
# in windows of this size, so the work per figure stays bounded and a file cannot go quadratic.
MAX_SENTENCE = 2000
CLAUSE_ENDS = SENTENCE_ENDS + "；;，,：:"


def span_at(text: str, pos: int, ends: str = SENTENCE_ENDS) -> tuple[int, int]:
    """The (start, end) of the sentence (or clause, with CLAUSE_ENDS) holding offset `pos`;
    the end includes the closing mark.

    >>> t = "收入100万元。支出80万元，结余20万元。"
    >>> s, e = span_at(t, t.index("80")); t[s:e]
    '支出80万元，结余20万元。'
    """
    start = pos
    while start > 0 and text[start - 1] not in ends and not _bullet(text, start - 1):
        start -= 1
    end = pos
    while end < len(text) and text[end] not in ends and not _bullet(text, end):
        end += 1
    if end < len(text) and text[end] != "\n":
        end += 1
    return start, end


def _bullet(text: str, i: int) -> bool:
    """Whether text[i] is a bullet written " - " between items run into one line (…增长0.5% [2][3] - 第三季度…): it ends
    an item as a full stop would (not a range: 2020 - 2025)."""
    return text[i] == "-" and 0 < i < len(text) - 2 and text[i - 1] == " " == text[i + 1] and not text[i + 2].isdigit()


def excerpt(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence(s) around [start, end), trimmed to about `limit` characters."""
    s, _ = span_at(text, start)
    _, e = span_at(text, max(start, end - 1))
    piece = text[s:e].strip()
    if len(piece) <= limit:
        return piece
    # keep the part around the figures
    rel = start - s
    lo = max(0, rel - limit // 2)
    return ("…" if lo else "") + piece[lo:lo + limit] + "…"
