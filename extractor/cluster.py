"""Check files on a Dask cluster: `--engine dask [--scheduler ADDRESS]`.

The work per file is the one `--jobs` runs (extractor.pool.check_one around
extractor.pipeline.check_file), submitted to dask.distributed as one task per file; a LocalCluster
of worker processes on this machine when no scheduler address is given. Every file comes back
exactly once, in the order the tasks finish:

- at most one task per worker thread is in flight, so a task starts when it is submitted and its
  time limit counts from then; a million files never sit in the scheduler's memory at once;
- a task still running at its time limit is recorded as failed (超时) and its worker restarted
  (when it has a nanny to restart it), as the local pool kills and replaces a worker;
- a worker that dies under a task (KilledWorker), or any error outside the check (a result that
  cannot travel back, a lost connection), is recorded against that file.

The files must be readable at the same path on every worker (a shared file system).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from extractor.errors import one_line
from extractor.pool import CheckFunction, check_one, default_jobs, failed
from extractor.pipeline import CheckOptions, check_file

INSTALL_HINT = "需要 dask：pip install 'jixiao[scale]'"


class EngineError(Exception):
    """The cluster cannot be used (not installed, no scheduler at the address), in one Chinese line."""


@dataclass(frozen=True)
class DaskEngine:
    """Where the tasks run: the scheduler at `scheduler`, or a LocalCluster of `workers` processes
    (0: one per core), one thread each (the pipeline is CPU-bound Python: threads would share one core)."""

    scheduler: str | None = None
    workers: int = 0
    memory_mb: float = 0.0  # a LocalCluster worker's memory limit (0: Dask's share of the machine); Dask
    # restarts a worker past 95 % of it, and its file is recorded as failed. Remote workers: `dask worker --memory-limit`.

    @contextlib.contextmanager
    def client(self) -> Iterator[Any]:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError(INSTALL_HINT) from None
        if self.scheduler:
            try:
                client = Client(self.scheduler)  # waits distributed.comm.timeouts.connect (30 s)
            except (OSError, TimeoutError) as e:
                raise EngineError(f"无法连接 Dask 调度器 {self.scheduler}（{one_line(str(e))[:120]}）") from None
            with client:
                yield client
            return
        # A file that kills its worker is a bad file, not bad luck: fail it at once rather than
        # let it kill three more workers (the scheduler's default).
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
            # the dashboard on any free port: another cluster on this machine may hold 8787
            cluster = LocalCluster(n_workers=self.workers or default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR,
                                   memory_limit=f"{int(self.memory_mb)}MiB" if self.memory_mb else "auto")
        with cluster, Client(cluster) as client:
            yield client

    def check_many(self, files: Iterable[str], options: CheckOptions = CheckOptions(), *, timeout: float = 300.0,
                   check: CheckFunction = check_file) -> Iterator[tuple[int, Any]]:
        """Like extractor.pool.check_many: (index, CheckResult) for every file, as they finish."""
        paths = [str(f) for f in files]
        if not paths:
            return
        with self.client() as client:
            yield from run_tasks(client, check_one, [(check, p, options) for p in paths], timeout,
                                 lambda i, reason: failed(paths[i], reason))


def run_tasks(client, fn: Callable, args: Iterable[tuple], timeout: float,
              on_failure: Callable[[int, str], Any]) -> Iterator[tuple[int, Any]]:
    """fn(*a) for the i-th `a` of `args` on the cluster; (i, result) as each finishes, or (i, on_failure(i, reason)).
    `args` is read only as tasks are handed out: it may be a generator still finding its files."""
    from distributed import wait

    todo = enumerate(args)
    running: dict[Any, tuple[int, float]] = {}  # future -> (index, deadline)

    def fill() -> None:
        slots = max(1, sum(client.nthreads().values()))  # workers may come and go: asked each time
        while len(running) < slots:
            i, a = next(todo, (None, None))
            if i is None:
                return
            future = client.submit(fn, *a, pure=False, retries=0)
            running[future] = (i, time.monotonic() + timeout)

    fill()
    while running:
        left = min(deadline for _, deadline in running.values()) - time.monotonic()
        try:
            done = wait(list(running), timeout=max(0.01, left), return_when="FIRST_COMPLETED").done
        except TimeoutError:
            done = set()
        for future in done:
            i, _ = running.pop(future)
            yield i, _outcome(future, lambda reason, i=i: on_failure(i, reason))
        now = time.monotonic()
        for future, (i, deadline) in list(running.items()):
            if now >= deadline and not future.done():
                running.pop(future)
                _stop(client, future)
                yield i, on_failure(i, f"超时：超过 {timeout:g} 秒")
        fill()


def _outcome(future, failure: Callable[[str], Any]) -> Any:
    """A finished task's result, or the failure it is recorded as."""
    if future.status == "cancelled":
        return failure("处理该文件的任务被取消（集群已关闭或连接中断）")
    try:
        return future.result()
    except Exception as e:
        if type(e).__name__ == "KilledWorker":
            return failure("处理该文件时工作进程异常终止")
        return failure(f"处理出错（集群任务失败 {type(e).__name__}: {one_line(str(e))[:160]}）")


def _stop(client, future) -> None:
    """Give up a task past its time: cancel it and restart the worker running it, which a cancel
    alone cannot stop (Python threads cannot be killed)."""
    holders = [w for w, keys in client.processing().items() if future.key in keys]
    future.cancel()
    if holders:
        with contextlib.suppress(Exception):  # a worker without a nanny cannot be restarted: it finishes on its own
            client.restart_workers(holders, raise_for_error=False)
