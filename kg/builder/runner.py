"""Parallel extraction: run a pure function over many work items, in order.

``map_extract`` yields one ``Extraction`` per input ``Document``, in input order,
whether it runs in-process (``jobs=1``), in local worker processes
(``jobs=N``) or on an existing Dask cluster (``dask="tcp://host:port"``).
The result is the same either way: extraction is a pure function of the document.
``parallel_map`` is the engine under it, for any module-level function and
items (a build sends whole files: see ``kg.builder.tasks``).

Work is sent in small batches of consecutive items, and only a bounded
window of batches is in flight at any time, so memory is bounded by the window,
not by the input (``items`` may be a lazy iterator).
"""
from __future__ import annotations

import itertools
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from kg.builder.progress import ProgressBar
from kg.builder.worker import _abandon, _apply, _init_worker, _mp_context, _worker_batch, start_workers
from kg.errors import KgError
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
# Seconds to wait for a Dask scheduler before giving up (env KG_DASK_TIMEOUT).
DASK_TIMEOUT = 10.0

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


# --------------------------------------------------------------------------- jobs


def worker_count(jobs: int | None) -> int:
    """The worker processes JOBS asks for (None: one per core); the one place
    ``jobs`` is read.  KgError below 1."""
    if jobs is not None and jobs < 1:
        raise KgError(f"--jobs must be at least 1, got {jobs}")
    return jobs or os.cpu_count() or 1


def uses_workers(chars: int, jobs: int | None) -> bool:
    """Whether a local run over CHARS characters with JOBS would start worker processes."""
    return worker_count(jobs) > 1 and chars >= PARALLEL_MIN_CHARS


# --------------------------------------------------------------------------- worker processes


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
