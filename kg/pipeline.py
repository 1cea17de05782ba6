"""Parallel extraction: run a pure function over many work items, in order.

``map_extract`` yields one ``Extraction`` per input ``Document``, in input order,
whether it runs in-process (``jobs=1``), in local worker processes
(``jobs=N``) or on an existing Dask cluster (``dask="tcp://host:port"``).
The result is the same either way: extraction is a pure function of the document.
``parallel_map`` is the engine under it, for any module-level function and
items (a build sends whole files: see ``kg.builder``).

Work is sent in small batches of consecutive items, and only a bounded
window of batches is in flight at any time, so memory is bounded by the window,
not by the input (``items`` may be a lazy iterator).
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from kg.errors import KgError, Terminated
from kg.model import Document, Extraction

# A batch closes at this many characters or items (whichever comes first):
# big enough to amortise pickling and scheduling, small enough to balance load
# across workers when items differ a lot in size.
BATCH_CHARS = 20_000
BATCH_DOCS = 64
# Batches in flight per worker: keeps every worker busy while the parent
# collects results in order, and bounds memory.
WINDOW_PER_WORKER = 3
# Below this many characters in all, worker processes cost more to start (each
# imports spaCy and loads the jieba dictionary, ~2-3 s) than they save, so the
# work runs in-process whatever ``jobs`` says.
PARALLEL_MIN_CHARS = 250_000
# Batches read ahead of the ones in flight (see _ReadAhead): enough to keep the
# reading thread busy while workers extract, and a bound on memory.
READ_AHEAD_BATCHES = 16
# Allocations between young-generation collections (CPython's default: 700).
GC_THRESHOLD = 50_000
# Seconds to wait for a Dask scheduler before giving up (env KG_DASK_TIMEOUT).
DASK_TIMEOUT = 10.0
# Seconds given to worker processes and their fork server to exit before
# they are killed: nothing waits on a child without a bound.
STOP_TIMEOUT = 5.0
# The fork server finds the process that started it here (see _guard_fork_server).
PARENT_ENV = "KG_WORKERS_PARENT"

ExtractFn = Callable[[Document], Extraction]
T = TypeVar("T")
R = TypeVar("R")
Runs = Iterator[tuple[list[Any], list[Any]]]  # (batch of items, their results), in input order


def _default_fn() -> ExtractFn:
    from kg.extract import extract_document

    return extract_document


# --------------------------------------------------------------------------- batching


def _batches(items: Iterable[T], size: Callable[[T], int], chunksize: int | None) -> Iterator[list[T]]:
    """Consecutive items grouped into batches (fixed length if ``chunksize``)."""
    batch: list[T] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += size(item)
        full = len(batch) >= chunksize if chunksize else (chars >= BATCH_CHARS or len(batch) >= BATCH_DOCS)
        if full:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _apply(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def _text_size(doc: Document) -> int:
    return len(doc.text)


# --------------------------------------------------------------------------- read-ahead


class _ReadAhead:
    """Iterates ``batches`` of documents in a background thread, ahead of the consumer.

    With worker processes the parent mostly waits for results; producing the
    next batches meanwhile (reading and segmenting files, when ``documents``
    is a lazy ingest) overlaps that work with extraction instead of running it
    first.  At most ``READ_AHEAD_BATCHES`` wait.  ``docs`` and ``chars`` count
    what was read so far; ``finished`` says they are totals."""

    _END = object()

    def __init__(self, batches: Iterator[list[Document]]):
        self._queue: queue.Queue = queue.Queue(maxsize=READ_AHEAD_BATCHES)
        self._stop = threading.Event()
        self.docs = self.chars = 0
        self.finished = False
        self._thread = threading.Thread(target=self._run, args=(batches,), name="kg-read-ahead", daemon=True)
        self._thread.start()

    def _run(self, batches: Iterator[list[Document]]) -> None:
        try:
            for batch in batches:
                self.docs += len(batch)
                self.chars += sum(len(d.text) for d in batch)
                if not self._put(batch):
                    return
        except BaseException as e:  # handed to the consumer, raised there
            self._put(_Failure(e))
        finally:
            self.finished = True
            self._put(self._END)

    def _put(self, item) -> bool:
        """Queue ITEM, waiting for room; False once the consumer has stopped."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> "_ReadAhead":
        return self

    def __next__(self) -> list[Document]:
        item = self._queue.get()
        if item is self._END:
            self._stop.set()  # later calls stop too
            self._queue.put(item)
            raise StopIteration
        if isinstance(item, _Failure):
            self._stop.set()
            self._queue.put(self._END)
            raise item.error
        return item

    def close(self) -> None:
        self._stop.set()


class _Failure:
    def __init__(self, error: BaseException):
        self.error = error


# --------------------------------------------------------------------------- worker processes

_WORKER_FN: ExtractFn | None = None


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


def _warm_up(fn: ExtractFn) -> None:
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
        ctx.set_forkserver_preload(["kg.pipeline", module, *extra, *preload])
    return ctx


def worker_count(jobs: int | None) -> int:
    """The worker processes JOBS asks for (None: one per core); the one place
    ``jobs`` is read.  KgError below 1."""
    if jobs is not None and jobs < 1:
        raise KgError(f"--jobs must be at least 1, got {jobs}")
    return jobs or os.cpu_count() or 1


def uses_workers(chars: int, jobs: int | None) -> bool:
    """Whether a local run over CHARS characters with JOBS would start worker processes."""
    return worker_count(jobs) > 1 and chars >= PARALLEL_MIN_CHARS


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
    pool.shutdown(wait=False, cancel_futures=True)
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


def _ordered(submit, batches: Iterator[list[Any]], window: int) -> Runs:
    """Submit batches keeping at most ``window`` in flight; yield (batch, results) in order."""
    pending: deque = deque()
    for batch in itertools.islice(batches, window):
        pending.append((batch, submit(batch)))
    while pending:
        batch, future = pending.popleft()
        results = future.result()
        nxt = next(batches, None)
        if nxt is not None:
            pending.append((nxt, submit(nxt)))
        yield batch, results


def _run_local(fn: Callable, batches: Iterator[list[Any]], jobs: int, size: Callable[[Any], int]) -> Runs:
    # Look ahead far enough to tell a small job (run in-process) from a big
    # one, and never start more workers than there are batches.
    head: list[list[Any]] = []
    chars = 0
    for batch in batches:
        head.append(batch)
        chars += sum(size(x) for x in batch)
        if chars >= PARALLEL_MIN_CHARS and len(head) >= jobs:
            break
    workers = min(jobs, len(head))
    if workers <= 1 or not uses_workers(chars, jobs):
        for batch in itertools.chain(head, batches):
            yield batch, _apply(fn, batch)
        return
    batches = itertools.chain(head, batches)
    start_workers(fn)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(fn), initializer=_init_worker, initargs=(fn,))
    ok = False
    try:
        yield from _ordered(lambda b: pool.submit(_worker_batch, b), batches, workers * WINDOW_PER_WORKER)
        ok = True
    except BrokenProcessPool as e:
        raise KgError(f"an extraction worker process died ({e}); try --jobs 1") from None
    finally:
        if ok:
            pool.shutdown(wait=True)
        else:
            _abandon(pool)


# --------------------------------------------------------------------------- dask


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask needs the dask extra: pip install 'kg[dask]'") from None
    timeout = float(os.environ.get("KG_DASK_TIMEOUT", DASK_TIMEOUT))
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise KgError(f"cannot reach the Dask scheduler at {address} within {timeout:g}s ({reason})") from None
    except (ValueError, TypeError) as e:
        raise KgError(f"bad Dask scheduler address {address!r}: {e}") from None
    try:
        # a scheduler without workers would accept the work and never return it
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError):
        client.close()
        raise KgError(f"the Dask scheduler at {address} has no workers (waited {timeout:g}s)") from None
    return client


def _run_dask(fn: Callable, batches: Iterator[list[Any]], address: str) -> Runs:
    client = _dask_client(address)
    try:
        threads = max(1, sum(client.nthreads().values()))
        submit = lambda b: client.submit(_apply, fn, b, pure=False)  # noqa: E731
        yield from _ordered(submit, batches, threads * WINDOW_PER_WORKER)
    finally:
        client.close()


# --------------------------------------------------------------------------- progress


class ProgressBar:
    """Extraction progress on stderr, shown only when stderr is a terminal:
    items done, characters per second and ETA, in 80 columns.

    ``total`` is in the unit ``advance`` counts (characters of text, or bytes
    of files when whole files are the work items); ``chars`` counts the
    characters extracted, for the rate.  ``counts`` is the text shown for the
    items done, e.g. "12/40 docs"."""

    def __init__(self, wanted: bool, *, total: int | None, counts: str):
        self.shown = _show_progress(wanted)
        self._bar = self._task = None
        if self.shown:
            self._bar, self._task = _progress_bar(total, counts)

    def __enter__(self) -> "ProgressBar":
        if self._bar is not None:
            self._bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def update(self, *, advance: int = 0, chars: int = 0, counts: str | None = None, total: int | None = None) -> None:
        if self._bar is None:
            return
        task = self._bar.tasks[0]
        fields = {"chars": task.fields["chars"] + chars}
        if counts is not None:
            fields["counts"] = counts
        if total is not None:
            self._bar.update(self._task, total=total)
        self._bar.update(self._task, advance=advance, **fields)


def _progress_bar(total: int | None, counts: str):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class CharRate(ProgressColumn):
        def render(self, task):
            elapsed = task.finished_time if task.finished else task.elapsed
            chars = task.fields["chars"]
            if not (elapsed and chars):
                return Text("? chars/s")
            rate = chars / elapsed
            return Text(f"{rate / 1000:,.0f}k chars/s" if rate >= 10_000 else f"{rate:,.0f} chars/s")

    progress = Progress(
        TextColumn("extracting"),
        BarColumn(bar_width=16),  # the counts, rate and ETA fit in 80 columns
        TextColumn("{task.fields[counts]}"),
        CharRate(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=False,
    )
    task = progress.add_task("extract", total=total, counts=counts, chars=0)
    return progress, task


def _show_progress(wanted: bool) -> bool:
    return bool(wanted) and hasattr(sys.stderr, "isatty") and sys.stderr.isatty()


# --------------------------------------------------------------------------- public


def parallel_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    size: Callable[[T], int],
    jobs: int | None = None,
    dask: str | None = None,
    chunksize: int | None = None,
) -> Runs:
    """Apply ``fn`` to every item, yielding (batch of items, their results) in
    input order.  ``size(item)`` is its weight in characters: it sizes batches
    and decides whether the job is big enough for worker processes.  ``fn``
    must be a module-level function; in worker processes, a ``warm_up`` (or
    else ``get_nlp``) function of its module runs first.
    ``jobs``, ``dask``, ``chunksize``: as for ``map_extract``."""
    jobs = _check(jobs, chunksize)
    return _run(fn, _batches(iter(items), size, chunksize), size=size, jobs=jobs, dask=dask)


def _run(fn: Callable, batches: Iterator[list[Any]], *, size: Callable[[Any], int], jobs: int, dask: str | None) -> Runs:
    if dask:
        return _run_dask(fn, batches, dask)
    if jobs == 1:
        return ((b, _apply(fn, b)) for b in batches)
    return _run_local(fn, batches, jobs, size)


def _check(jobs: int | None, chunksize: int | None) -> int:
    if chunksize is not None and chunksize < 1:
        raise KgError(f"chunksize must be at least 1, got {chunksize}")
    return worker_count(jobs)


def map_extract(
    documents: Iterable[Document],
    *,
    jobs: int | None = None,
    dask: str | None = None,
    progress: bool = True,
    chunksize: int | None = None,
    fn: ExtractFn | None = None,
) -> Iterator[Extraction]:
    """Yield ``fn(doc)`` (default ``kg.extract.extract_document``) for each
    document, in input order.

    ``jobs``: worker processes (None = all cores, 1 = in this process).
    ``dask``: address of a running dask.distributed scheduler; overrides ``jobs``.
    ``chunksize``: documents per batch sent to a worker (default: batches of
    about ``BATCH_CHARS`` characters).  ``progress``: a progress bar on stderr
    (documents, characters/s, ETA) when stderr is a terminal.
    ``fn`` must be picklable by reference (a module-level function).
    """
    jobs = _check(jobs, chunksize)
    fn = fn or _default_fn()
    total_docs = total_chars = None
    if hasattr(documents, "__len__"):
        total_docs = len(documents)  # type: ignore[arg-type]
        total_chars = sum(len(d.text) for d in documents)
    batches = _batches(iter(documents), _text_size, chunksize)
    ahead = None
    if not (jobs == 1 and not dask):
        # the parent would mostly wait: let it produce documents meanwhile
        batches = ahead = _ReadAhead(batches)
    runs = _run(fn, batches, size=_text_size, jobs=jobs, dask=dask)
    return _with_progress(runs, progress, total_docs, total_chars, ahead)


def _with_progress(runs: Runs, progress: bool, total_docs, total_chars, ahead: _ReadAhead | None) -> Iterator[Extraction]:
    # a lazy input's totals are what was read so far, exact once reading is done
    estimated = total_chars is None and ahead is not None
    done = 0
    try:
        with ProgressBar(progress, total=total_chars, counts=f"0/{'?' if total_docs is None else total_docs} docs") as bar:
            for batch, results in runs:
                if bar.shown:
                    done += len(batch)
                    chars = sum(len(d.text) for d in batch)
                    if estimated:
                        # "~": still reading, the total can grow
                        total = f"{'' if ahead.finished else '~'}{ahead.docs}"
                        bar.update(total=ahead.chars)
                    else:
                        total = "?" if total_docs is None else str(total_docs)
                    bar.update(advance=chars, chars=chars, counts=f"{done}/{total} docs")
                yield from results
    finally:
        runs.close()
        if ahead is not None:
            ahead.close()


_guard_fork_server()
