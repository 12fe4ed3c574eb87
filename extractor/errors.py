"""The one exception a reader raises for a file it cannot read, with a reason an auditor understands."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read: `reason` says why, in one line, without a traceback."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
