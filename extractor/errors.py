"""The one exception a reader raises for a file it cannot read, with a reason an auditor understands."""

from __future__ import annotations

import re

_BREAKS = re.compile(r"\s*[\r\n\v\f\x85\u2028\u2029]+\s*")


def one_line(text: str) -> str:
    """A reason on one line: a library's message quoted inside it may span several.

    >>> one_line("文件已损坏（XMLSyntaxError: line 1\\n  column 5）")
    '文件已损坏（XMLSyntaxError: line 1 column 5）'
    """
    return _BREAKS.sub(" ", text).strip()


class ReadError(Exception):
    """A file that cannot be read: `reason` says why, in one line, without a traceback."""

    def __init__(self, path: str, reason: str):
        reason = one_line(reason)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
