"""Worker processes: the fork server they come from (it preloads the
extractor once), their set-up (SIGINT ignored, killed with their parent by
PR_SET_PDEATHSIG, relaxed GC), and stopping them within a bound.  The fork
server imports this module first, so it dies with the process that started it
(`_guard_fork_server`).  SIGTERM as an interrupt (`terminate_as_interrupt`)
lives here too: it is what lets a killed build stop its workers.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from kg.errors import Terminated

# Allocations between young-generation collections (CPython's default: 700).
GC_THRESHOLD = 50_000
# Seconds given to worker processes and their fork server to exit before
# they are killed: nothing waits on a child without a bound.
STOP_TIMEOUT = 5.0
# The fork server finds the process that started it here (see _guard_fork_server).
PARENT_ENV = "KG_WORKERS_PARENT"

T = TypeVar("T")
R = TypeVar("R")


def _apply(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


_WORKER_FN: Callable | None = None


def _init_worker(fn: Callable) -> None:
    """Runs once in each worker process: keep the function and build the nlp
    pipeline now (unless the fork server had), so no batch pays for it."""
    global _WORKER_FN
    # Ctrl-C reaches the whole process group: the parent stops the pool, and
    # a worker finishes its batch (its cache writes complete) and exits quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _WORKER_FN = fn
    _warm_up(fn)
    relax_gc()


def relax_gc() -> None:
    """Make the cyclic garbage collector cheaper for a long extraction run.

    Extraction allocates many short-lived objects while the language model's
    objects, and the results kept so far, live long: with the default
    thresholds the collector keeps re-scanning them (~10% of a build).  Freeze
    what exists now (the loaded model) and collect the young generation less
    often; cycles are still collected."""
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 50, 100)


def _warm_up(fn: Callable) -> None:
    module = sys.modules.get(getattr(fn, "__module__", "") or "")
    for name in ("warm_up", "get_nlp"):
        loader = getattr(module, name, None)
        if callable(loader):
            loader()
            return


def _worker_batch(batch: list[Any]) -> list[Any]:
    assert _WORKER_FN is not None, "worker not initialised"
    return _apply(_WORKER_FN, batch)


def _mp_context(fn: Callable, preload: tuple[str, ...] = ()):
    # forkserver/spawn: workers never inherit the parent's threads or locks
    # (the parent may run rich's refresh thread, a Dask client, a store...).
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    module = getattr(fn, "__module__", "") or ""
    if module and module != "__main__":
        # the fork server imports these once (spaCy & co; a module listed in
        # fn's module's WORKER_PRELOAD may load more, e.g. the pipeline) and
        # workers fork from it ready-made
        extra = getattr(sys.modules.get(module), "WORKER_PRELOAD", ())
        ctx.set_forkserver_preload(["kg.builder.worker", module, *extra, *preload])
    return ctx


def start_workers(fn: Callable, preload: tuple[str, ...] = ()) -> None:
    """Start the fork server that worker processes for ``fn`` will come from,
    without waiting for it: it imports and preloads while the caller goes on
    (a build plans and checks the corpus meanwhile).

    Ctrl-C is blocked in this thread while the fork server (and
    multiprocessing's resource tracker) are spawned: they inherit the mask,
    so a Ctrl-C during their imports can never print a traceback from them,
    and here it is delivered as soon as they are spawned.  ``preload``: more
    modules for the fork server to import (a build with NER: its pipeline)."""
    ctx = _mp_context(fn, preload)
    if ctx.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver, resource_tracker

    # first: starting it unblocks SIGINT (it blocks and unblocks it itself)
    resource_tracker.ensure_running()
    # only what is spawned now (the fork server) sees who its parent is
    os.environ[PARENT_ENV] = str(os.getpid())
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(PARENT_ENV, None)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def stop_workers(timeout: float = STOP_TIMEOUT) -> None:
    """Stop the fork server once no more workers are needed: it holds a loaded
    extractor (~250 MB) that a build's last stages can use better.  The next
    parallel run starts a new one.  Never waits more than TIMEOUT seconds:
    a fork server that does not exit (its workers still run) is killed, and
    its workers die with it (`_die_with_parent`)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver, util

    # no public API: the attributes below are those forkserver._stop uses
    server = getattr(forkserver, "_forkserver", None)
    if server is None or not hasattr(server, "_forkserver_pid"):
        return
    with server._lock:
        pid = server._forkserver_pid
        if pid is None:
            return
        os.close(server._forkserver_alive_fd)  # asks it to exit once its workers have
        server._forkserver_alive_fd = None
        if not _reap(pid, timeout):
            os.kill(pid, signal.SIGKILL)
            _reap(pid, None)
        server._forkserver_pid = None
        address, server._forkserver_address = server._forkserver_address, None
        if address and not util.is_abstract_socket_namespace(address):
            try:
                os.unlink(address)
            except OSError:
                pass


@contextmanager
def fork_server(fn: Callable, *, start: bool, stop: bool = True,
                preload: tuple[str, ...] = ()) -> Iterator[Callable[[], None]]:
    """Around a run of FN in worker processes: start their fork server now if
    START (`start_workers`), and, if STOP, stop it exactly once
    (`stop_workers`): when the block calls the function it is given (the
    workers are done), or else when the block ends, also by an exception."""
    if start:
        start_workers(fn, preload=preload)
    stopped = not stop

    def stop_once() -> None:
        nonlocal stopped
        if not stopped:
            stopped = True
            stop_workers()

    try:
        yield stop_once
    finally:
        stop_once()


def _reap(pid: int, timeout: float | None) -> bool:
    """Wait for child PID to exit, at most TIMEOUT seconds (None: no bound); whether it did."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            done, _ = os.waitpid(pid, 0 if deadline is None else os.WNOHANG)
        except ChildProcessError:
            return True
        if done:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)


def _abandon(pool: ProcessPoolExecutor, timeout: float = STOP_TIMEOUT) -> None:
    """Stop POOL now, its batches unfinished (the parent failed or was
    interrupted): workers are terminated, then killed if they linger."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    call_queue = getattr(pool, "_call_queue", None)
    result_queue = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if call_queue is not None:
        # batches still in the queue's feeder thread are dropped: joining that
        # thread at interpreter exit would wait on a pipe no worker reads
        call_queue.cancel_join_thread()
    for p in processes:
        try:
            p.terminate()
        except (OSError, ValueError):
            pass
    deadline = time.monotonic() + timeout
    for p in processes:
        try:
            p.join(max(0.0, deadline - time.monotonic()))
            if p.exitcode is None:
                p.kill()
                p.join(1.0)
        except (OSError, ValueError, AssertionError):
            pass
    if result_queue is not None:
        # a worker stopped while it sent a result leaves half a message in the
        # pipe, and the pool's manager thread would wait for the rest at
        # interpreter exit; with the parent's write end closed too (the
        # workers' died with them) it reads end-of-file and ends
        try:
            result_queue._writer.close()
        except (OSError, AttributeError):
            pass


def _die_with_parent() -> None:
    """Have the kernel kill this process when its parent exits (Linux
    PR_SET_PDEATHSIG): a worker's parent is the fork server's single thread,
    so a killed fork server takes its workers with it."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    PR_SET_PDEATHSIG = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent was gone before the request
        os._exit(1)


def _guard_fork_server() -> None:
    """In the fork server (it imports this module first): exit when the
    process that started it is gone, even by SIGKILL, so no fork server or
    worker outlives a build.  A watchdog thread, not PR_SET_PDEATHSIG: that
    fires when the *thread* that spawned the server exits, which may be any
    thread of a library caller."""
    parent = os.environ.get(PARENT_ENV)
    if parent != str(os.getppid()) or multiprocessing.parent_process() is not None:
        return

    def watch() -> None:
        while os.getppid() == int(parent):
            time.sleep(0.2)
        os.kill(os.getpid(), signal.SIGKILL)  # its workers follow (_die_with_parent)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM raises `Terminated` (like KeyboardInterrupt)
    in the main thread, so `kill PID` cleans up like Ctrl-C (workers stopped,
    temp files removed, previous graph intact).  A no-op outside the main
    thread or when SIGTERM already has a handler."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def raise_terminated(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it at once
        raise Terminated("terminated")

    signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


_guard_fork_server()
