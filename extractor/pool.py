"""Check many files in worker processes, so that one slow or crashing file cannot take a batch down.

Each worker is a long-lived process that checks one file at a time, so readers, the lexicon and
the word lists load once per worker, not once per file. The parent watches every worker:

- a file still running when its time limit passes gets its worker killed (and replaced) and is
  recorded as failed: 超时：超过 N 秒;
- with a memory limit, a worker whose resident memory grows past it while checking a file is
  killed (and replaced) and the file recorded as failed: 内存超限：… (Linux: read from /proc;
  elsewhere only the time limit holds; resident memory counts the pages a forked worker still
  shares with the parent, a few tens of MB for the command). A worker is looked at every
  MEMORY_POLL seconds, so a file that allocates very fast can pass the limit for that long; the kernel's OOM killer stays the
  last resort (recorded as a dead worker);
- a worker that dies (a segfault in a native library, the kernel's OOM killer) is recorded
  against the file it held, and replaced;
- an exception inside the check is caught in the worker and recorded against that file.

Every file given comes back exactly once, as a CheckResult (status "unreadable" with the reason
when it failed). `jobs=1` checks in this process instead: easier to debug, but with no time limit
and no protection against a crash.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import wait
from pathlib import Path

from extractor.errors import one_line
from extractor.model import CheckResult
from extractor.pipeline import CheckOptions, check_file

CheckFunction = Callable[[str, CheckOptions], CheckResult]
STOP_GRACE = 2.0  # seconds a worker gets to end its children and leave before it is killed
MEMORY_POLL = 0.1  # seconds between two looks at the workers' memory, when there is a limit


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def failed(path: str | Path, reason: str) -> CheckResult:
    """The result of a file that could not be checked, with the reason in Chinese, on one line."""
    return CheckResult(file=str(path), status="unreadable", error=one_line(reason))


def check_one(check: CheckFunction, path: str, options: CheckOptions) -> CheckResult:
    """`check` on one file, timed, with any exception turned into a failed result."""
    t0 = time.perf_counter()
    try:
        result = check(path, options)
    except MemoryError:
        result = failed(path, "内存不足，无法处理该文件")
    except Exception as e:  # a bug of ours on this file must not stop the batch
        result = failed(path, f"处理出错（程序内部错误 {type(e).__name__}: {str(e)[:160]}）")
    result.timings["total"] = round(time.perf_counter() - t0, 4)
    return result


def check_many(
    files: Sequence[str | Path],
    options: CheckOptions = CheckOptions(),
    *,
    jobs: int = 0,
    timeout: float = 300.0,
    check: CheckFunction = check_file,
    memory_mb: float = 0.0,
) -> Iterator[tuple[int, CheckResult]]:
    """Yield (index in `files`, result) for every file, in the order they finish.

    `jobs` 0 means one worker per core; never more workers than files. `memory_mb` is the resident
    memory a worker may reach (0: no limit; not applied with `jobs=1`). `check` is the per-file
    function (tests pass a slow or crashing one); with `jobs` > 1 or 0 it must be picklable
    where processes are spawned rather than forked.
    """
    if not files:
        return
    jobs = jobs or default_jobs()
    if jobs == 1:
        for i, f in enumerate(files):
            yield i, check_one(check, str(f), options)
        return
    yield from _Pool(check, options, timeout, memory_mb).run(files, min(jobs, len(files)))


# --------------------------------------------------------------------------- the worker side


def _children() -> list[int]:
    """This process's child processes (Linux /proc; elsewhere none are known)."""
    me, found = os.getpid(), []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == me:
            found.append(int(stat.parent.name))
    return found


def _end_with_children(signum, frame) -> None:
    """SIGTERM from the parent at the time limit: end what this worker started, then exit. A reader's
    helper (soffice) runs in its own session, so it would outlive a plain kill of the worker."""
    for pid in _children():
        for kill in (os.killpg, os.kill):  # its group where it leads one (start_new_session), else itself
            try:
                kill(pid, signal.SIGKILL)
            except OSError:
                pass
    os._exit(1)


def _serve(conn, check: CheckFunction, options: CheckOptions) -> None:
    """A worker's life: take (index, path), send back (index, result), until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    signal.signal(signal.SIGTERM, _end_with_children)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        result = check_one(check, path, options)
        try:
            conn.send((index, result))
        except Exception as e:  # a result that cannot be pickled: still answer for the file
            conn.send((index, failed(path, f"处理出错（结果无法传回：{type(e).__name__}）")))


# --------------------------------------------------------------------------- the parent side


def _context():
    # fork is cheap and the workers inherit the modules already imported; where fork is not the
    # safe choice (macOS, Windows) spawn starts a fresh interpreter.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


class _Worker:
    def __init__(self, ctx, check: CheckFunction, options: CheckOptions):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, check, options), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, str] | None = None
        self.deadline = 0.0

    def give(self, index: int, path: str, timeout: float) -> None:
        self.conn.send((index, path))
        self.task = (index, path)
        self.deadline = time.monotonic() + timeout

    def stop(self) -> None:
        """Ask an idle worker to leave; end a busy one with its children; kill one that does not listen."""
        if self.process.is_alive():
            if self.task is None:
                try:
                    self.conn.send(None)
                except OSError:
                    pass
            else:
                self.process.terminate()
            self.process.join(timeout=STOP_GRACE)
        if self.process.is_alive():  # stuck in native code, where no signal handler runs
            self.process.kill()
            self.process.join()
        self.conn.close()


class _Pool:
    def __init__(self, check: CheckFunction, options: CheckOptions, timeout: float, memory_mb: float = 0.0):
        self.ctx = _context()
        self.check = check
        self.options = options
        self.timeout = timeout
        self.memory_mb = memory_mb

    def _new_worker(self) -> _Worker:
        return _Worker(self.ctx, self.check, self.options)

    def run(self, files: Sequence[str | Path], n_workers: int) -> Iterator[tuple[int, CheckResult]]:
        todo = deque((i, str(f)) for i, f in enumerate(files))
        workers = [self._new_worker() for _ in range(n_workers)]
        try:
            for n, w in enumerate(workers):
                workers[n] = self._feed(w, todo)
            while True:
                busy = [w for w in workers if w.task is not None]
                if not busy:
                    return
                left = min(w.deadline for w in busy) - time.monotonic()
                if self.memory_mb:
                    left = min(left, MEMORY_POLL)
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=max(0.0, left))
                for n, w in enumerate(workers):
                    if w.task is None:
                        continue
                    index, path = w.task
                    outcome = self._outcome(w)
                    if outcome is None:
                        continue  # still working, within its time
                    result, worker_ok = outcome
                    if not worker_ok:
                        w.stop()  # still holding the task: killed at once
                        workers[n] = w = self._new_worker()
                    w.task = None
                    if worker_ok and self._swollen(w):
                        w.stop()  # memory a big file left behind is not held against the next one
                        workers[n] = w = self._new_worker()
                    yield index, result
                    workers[n] = self._feed(w, todo)
        finally:
            for w in workers:
                w.stop()

    def _swollen(self, w: _Worker) -> bool:
        """An idle worker that kept more than half its memory limit after its last file."""
        if not self.memory_mb:
            return False
        used = resident_mb(w.process.pid)
        return used is not None and used > self.memory_mb / 2

    def _outcome(self, w: _Worker) -> tuple[CheckResult, bool] | None:
        """What became of a busy worker's file: (result, whether the worker can go on), or None."""
        index, path = w.task
        if w.conn.poll():  # a result that arrived wins over a deadline that passed meanwhile
            try:
                got_index, result = w.conn.recv()
            except (EOFError, OSError):
                return failed(path, _death(w.process)), False
            assert got_index == index
            return result, True
        if not w.process.is_alive():
            return failed(path, _death(w.process)), False
        if time.monotonic() >= w.deadline:
            result = failed(path, f"超时：超过 {self.timeout:g} 秒")
            result.timings["total"] = round(self.timeout, 4)
            return result, False
        if self.memory_mb:
            used = resident_mb(w.process.pid)
            if used is not None and used > self.memory_mb:
                return failed(path, f"内存超限：处理该文件占用 {used:.0f} MB，超过每个进程 {self.memory_mb:g} MB 的上限"), False
        return None

    def _feed(self, w: _Worker, todo: deque) -> _Worker:
        """Give an idle worker the next file; the worker that holds it (a fresh one if `w` died idle)."""
        if not todo:
            return w
        if not w.process.is_alive():
            w.stop()
            w = self._new_worker()
        index, path = todo.popleft()
        w.give(index, path, self.timeout)
        return w


def resident_mb(pid: int) -> float | None:
    """Resident memory of a process in MB (Linux /proc), or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _death(process) -> str:
    """Why a worker died, for the file it held."""
    process.join(timeout=1)
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return f"处理该文件时进程异常终止（信号 {name}）"
    return f"处理该文件时进程异常退出（退出码 {code}）"
