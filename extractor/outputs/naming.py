"""Safe, unique names for the files written per report into an output folder.

A name is made from the report's own file name, plus as many parent folder names as it takes to
tell two reports apart (two folders that both hold report.pdf). Whatever the input path holds —
`..`, an absolute path, markup, characters a file system refuses — the name is one plain path
component, so everything written stays inside the output folder.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from pathlib import PurePath

# Names the output folder uses for itself (index.html), compared case-insensitively.
RESERVED = frozenset({"index"})
_WINDOWS_DEVICES = re.compile(r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$")
_UNSAFE = re.compile(r"[^\w.\-]+")  # \w keeps letters of every script, so Chinese names stay readable
MAX_PART = 60  # characters of one component; CJK takes 3 bytes each and file systems allow 255


def safe_part(part: str) -> str:
    """One path component made safe to write.

    >>> safe_part("<b>报告</b>.txt")
    '_b_报告_b_.txt'
    >>> safe_part("..")
    '_'
    >>> safe_part("CON.txt")
    '_CON.txt'
    """
    s = _UNSAFE.sub("_", unicodedata.normalize("NFC", part)).lstrip(".")
    s = s[:MAX_PART] or "_"
    return "_" + s if _WINDOWS_DEVICES.match(s) else s


def _parts(path: str) -> list[str]:
    """The safe components of a path, file name first, without anchors, `.` or `..`."""
    p = PurePath(path)
    parts = [c for c in p.parts if c not in (".", "..", p.anchor)]
    return [safe_part(c) for c in reversed(parts)] or ["_"]


def output_names(paths: Sequence[str]) -> list[str]:
    """A unique base name for each path (without the extension an output adds), in the same order.

    >>> output_names(["a/report.pdf", "b/report.pdf", "b/report.txt"])
    ['a_report.pdf', 'b_report.pdf', 'report.txt']
    >>> output_names(["../../etc/passwd", "/etc/passwd"])
    ['etc_passwd', 'etc_passwd-2']
    >>> output_names(["index"])
    ['index-2']
    """
    parts = [_parts(p) for p in paths]
    depth = [1] * len(paths)

    def name(i: int) -> str:
        return "_".join(reversed(parts[i][: depth[i]]))

    # Lengthen the names that clash with another, one folder at a time, while folders remain.
    while True:
        groups: dict[str, list[int]] = defaultdict(list)
        for i in range(len(paths)):
            groups[name(i).casefold()].append(i)
        grew = False
        for group in groups.values():
            if len(group) > 1:
                for i in group:
                    if depth[i] < len(parts[i]):
                        depth[i] += 1
                        grew = True
        if not grew:
            break

    # What still clashes (the same path twice, or reserved names) gets a counter.
    taken = set(RESERVED)
    out = []
    for i in range(len(paths)):
        base = candidate = name(i)
        n = 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate.casefold())
        out.append(candidate)
    return out
