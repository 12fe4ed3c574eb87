"""The per-worker memory limit of check_many: a file whose check grows past it fails with the
reason in Chinese, its worker is replaced, and the rest of the batch goes on. Linux only (the
limit reads /proc)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from batch_fixtures import sample_check, write_sample

from extractor.pool import check_many, resident_mb

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit reads /proc")


LIMIT_MB = 0.0  # set by the test before the workers fork


def hungry_check(path: str, options=None):
    """sample_check, except that a file named hungry* first grows its worker 100 MB past the
    limit and holds it. Grown by measure, not by a fixed amount: how much of the parent's memory
    a forked worker counts as its own depends on what the parent has mapped (libraries, models)."""
    if "hungry" in Path(path).name:
        hoard = []
        while (resident_mb(os.getpid()) or 0) < LIMIT_MB + 100:
            chunk = bytearray(20 * 1024 * 1024)  # zero pages are not resident until written
            for i in range(0, len(chunk), 4096):
                chunk[i] = 1
            hoard.append(chunk)
        time.sleep(30)  # within the 60 s time limit: only the memory limit stops it sooner
    return sample_check(path)


def test_a_file_past_the_memory_limit_fails_and_the_batch_goes_on(tmp_path, monkeypatch):
    files = [str(write_sample(tmp_path, n)) for n in ("a.txt", "hungry.txt", "b.txt", "c.txt")]
    # a forked worker starts with at most this process's resident pages: the limit leaves room for them
    limit = round(resident_mb(os.getpid()) + 200)
    monkeypatch.setattr(sys.modules[__name__], "LIMIT_MB", limit)
    results = dict(check_many(files, jobs=2, timeout=60, check=hungry_check, memory_mb=limit))
    assert sorted(results) == [0, 1, 2, 3]
    assert results[1].status == "unreadable"
    assert results[1].error.startswith("内存超限") and f"{limit} MB" in results[1].error
    assert all(results[i].status == "ok" and results[i].findings for i in (0, 2, 3))


def test_a_limit_of_zero_checks_as_before(tmp_path):
    files = [str(write_sample(tmp_path, "a.txt"))]
    [(_, result)] = check_many(files, jobs=2, timeout=60, check=hungry_check, memory_mb=0)
    assert result.status == "ok"


def test_resident_memory_of_this_process_is_read():
    used = resident_mb(os.getpid())
    assert used is not None and 5 < used < 4096
    assert resident_mb(2**22 + 12345) is None  # no such process
