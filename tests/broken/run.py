"""Run the `jixiao` command the way a user does — a fresh process — with its memory capped and its
wall-clock time bounded, and read back what it printed."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MEMORY_CAP = 1536 * 1024 * 1024  # address space per process (workers inherit it): 1.5 GB
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    seconds: float

    def json(self):
        return json.loads(self.stdout)

    @property
    def stderr_lines(self) -> list[str]:
        return [ln for ln in self.stderr.splitlines() if ln.strip()]


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def jixiao(*args, cwd: Path | None = None, env: dict[str, str] | None = None, wall: float = 120) -> Run:
    """`jixiao ARGS...` in a subprocess under MEMORY_CAP; fails the test if it outlives `wall` seconds."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    environment.pop("JIXIAO_DEBUG", None)
    t0 = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "extractor", *map(str, args)], cwd=cwd, env=environment, capture_output=True,
        text=True, encoding="utf-8", errors="replace", timeout=wall, preexec_fn=_cap_memory,
    )
    return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - t0)
