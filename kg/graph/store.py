"""The on-disk graph: an embedded Oxigraph store, written crash-safely.

A build writes the new store into OUT/store.tmp-<pid>/ and then swaps it with
OUT/store/ in one atomic step (Linux renameat2 RENAME_EXCHANGE; elsewhere two
renames whose gap `open_store` repairs).  kg.ttl and manifest.json are written
to temp files and os.replace()d.  So a build killed at any point leaves the
previous graph intact and usable.  kg.ttl is the portable copy: if the store
cannot be opened (missing, or written by an incompatible Oxigraph version) it
is rebuilt from kg.ttl.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import gc
import json
import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import KgError, Terminated
from kg.files import atomic_write
from kg.graph.ontology import PREFIXES

STORE_DIR = "store"
TURTLE_FILE = "kg.ttl"
MANIFEST_FILE = "manifest.json"
CACHE_DIR = "cache"
LOCK_FILE = ".build.lock"
_RENAME_EXCHANGE = 2


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """One build at a time per folder (the lock dies with the process)."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / LOCK_FILE, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise KgError(f"another `kg build` is writing {out}/: wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False if the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD = -100
    rc = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc != 0:
        err = ctypes.get_errno()
        if err in (errno.EINVAL, errno.ENOSYS, errno.EXDEV):
            return False
        raise OSError(err, os.strerror(err), str(a))
    return True


def cleanup_stale(out: Path) -> None:
    """Remove temp stores and files left by builds that were killed."""
    for p in [*out.glob("*.tmp-*"), *(out / CACHE_DIR).glob("*.tmp-*")]:
        try:
            pid = int(p.name.rsplit("-", 1)[1])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
    _repair(out)


def _repair(out: Path) -> None:
    """Finish a two-rename swap that was interrupted between its renames."""
    store = out / STORE_DIR
    if store.exists():
        return
    old = sorted(out.glob(f"{STORE_DIR}.old-*"), key=lambda p: p.stat().st_mtime)
    if old:
        os.rename(old[-1], store)


def install_store(out: Path, tmp: Path) -> None:
    """Make `tmp` the live store of `out` in one step; drop the previous one."""
    store = out / STORE_DIR
    if not store.exists():
        os.rename(tmp, store)
        return
    if _exchange(tmp, store):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the previous store
        return
    old = out / f"{STORE_DIR}.old-{os.getpid()}"
    os.rename(store, old)
    os.rename(tmp, store)
    shutil.rmtree(old, ignore_errors=True)


# Oxigraph's bulk loader parses and inserts one document on about one core;
# N-Triples cut at line ends load concurrently into the same store (RocksDB
# ingests each loader's sorted files): 1.3-2x faster on two cores.
LOAD_THREADS = max(1, min(4, os.cpu_count() or 1))


def ntriples_chunks(triples: list[ox.Triple], parts: int = LOAD_THREADS) -> list[bytes]:
    """TRIPLES as N-Triples documents, one per loading thread.  A blank node
    is local to the document it is loaded from, so all triples with blank
    nodes (the ontology's OWL lists) go in the first one."""
    blank = [t for t in triples if _has_blank_node(t)]
    if blank:
        triples = [t for t in triples if not _has_blank_node(t)]
    size = max(1, -(-len(triples) // max(1, parts)))
    groups = [triples[i:i + size] for i in range(0, len(triples), size)] or [[]]
    groups[0] = blank + groups[0]
    return [ox.serialize(g, format=ox.RdfFormat.N_TRIPLES) for g in groups]


def _has_blank_node(t: ox.Triple) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def write_store(path: Path, triples: Iterable[ox.Triple] | list[bytes]) -> ox.Store:
    """A new store at PATH holding TRIPLES: terms, or N-Triples documents
    (`ntriples_chunks`), which load in parallel threads."""
    if path.exists():
        shutil.rmtree(path)
    store = ox.Store(str(path))
    triples = list(triples)
    if triples and not isinstance(triples[0], bytes):
        # parsing buffers in Rust is ~1.5x faster than adding Quads one by one
        triples = ntriples_chunks(triples)
    _load_concurrently(store, triples)
    store.flush()
    return store


def _load_concurrently(store: ox.Store, chunks: list[bytes]) -> None:
    errors: list[BaseException] = []

    def load(chunk: bytes) -> None:
        try:
            store.bulk_load(chunk, format=ox.RdfFormat.N_TRIPLES)  # releases the GIL
        except BaseException as e:  # re-raised in the calling thread
            errors.append(e)

    threads = [threading.Thread(target=load, args=(c,), name="kg-store-load", daemon=True) for c in chunks[1:]]
    for t in threads:
        t.start()
    if chunks:
        load(chunks[0])
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def _wait(finished: threading.Event) -> None:
    """Wait until FINISHED is set even if Ctrl-C interrupts the wait (then
    re-raise it).  Not Thread.join: a join interrupted by Ctrl-C can mark a
    running thread as stopped (CPython 3.11)."""
    interrupted = None
    while not finished.is_set():
        try:
            finished.wait(0.05)
        except (KeyboardInterrupt, Terminated) as e:
            interrupted = e
    if interrupted is not None:
        raise interrupted


def write_build(out: Path, triples: list[ox.Triple], manifest: dict) -> int:
    """Write store, kg.ttl and manifest.json of a build; the caller holds build_lock.
    TRIPLES is emptied once serialised, so its memory is free for the store's
    loading.  Returns the number of distinct triples stored."""
    tmp = out / f"{STORE_DIR}.tmp-{os.getpid()}"
    ttl_tmp = out / f"{TURTLE_FILE}.tmp-{os.getpid()}"
    try:
        # serialising the list is ~20x faster than dumping the store, same
        # triples; the store loads them in threads (pyoxigraph releases the
        # GIL while it loads) while kg.ttl is written here
        turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        loaded: dict = {}
        finished = threading.Event()

        def load(chunks: list[bytes]) -> None:
            try:
                store = write_store(tmp, chunks)
                chunks.clear()  # loaded: free them before the store closes
                loaded["stored"] = len(store)
                del store
                gc.collect()  # closes the RocksDB handle before the directory moves
            except BaseException as e:  # re-raised below, in the building thread
                loaded["error"] = e
            finally:
                finished.set()

        loader = threading.Thread(target=load, args=(ntriples_chunks(triples),), name="kg-store-load", daemon=True)
        triples.clear()
        loader.start()
        try:
            with open(ttl_tmp, "wb") as fh:
                fh.write(turtle)
                fh.flush()
                os.fsync(fh.fileno())
        finally:
            # also on Ctrl-C: the loader must be done before its folder is removed
            _wait(finished)
        del turtle
        if "error" in loaded:
            raise loaded["error"]
        stored = loaded["stored"]
        install_store(out, tmp)
        os.replace(ttl_tmp, out / TURTLE_FILE)
    except BaseException:  # Ctrl-C or a full disk: drop the half-written copy, keep the old graph
        gc.collect()  # a store still open would recreate files in its folder
        shutil.rmtree(tmp, ignore_errors=True)
        ttl_tmp.unlink(missing_ok=True)
        raise
    if isinstance(manifest.get("counts"), dict) and "triples" in manifest["counts"]:
        manifest = {**manifest, "counts": {**manifest["counts"], "triples": stored}}
    atomic_write(out / MANIFEST_FILE, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return stored


def rebuild_from_turtle(out: Path) -> None:
    ttl = out / TURTLE_FILE
    tmp = out / f"{STORE_DIR}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    store = ox.Store(str(tmp))
    store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    gc.collect()
    install_store(out, tmp)


def has_build(out: Path) -> bool:
    return (out / STORE_DIR).is_dir() or (out / TURTLE_FILE).is_file() or any(out.glob(f"{STORE_DIR}.old-*"))


def open_store(out: Path) -> ox.Store:
    """Open the built store read-only (several readers, and a build, may run at once)."""
    out = Path(out)
    if not out.is_dir() or not has_build(out):
        raise KgError(f"no graph at {_show(out)}: run `kg build` first")
    _repair(out)
    store_dir = out / STORE_DIR
    try:
        store = ox.Store.read_only(str(store_dir))
        len(store)  # touches the data files: an incompatible or damaged store fails here
        return store
    except (OSError, RuntimeError, ValueError) as first:
        if not (out / TURTLE_FILE).is_file():
            raise KgError(f"cannot open the graph store {store_dir} ({' '.join(str(first).split())}) and there is no kg.ttl to rebuild it from: run `kg build`") from None
    try:
        with build_lock(out):
            rebuild_from_turtle(out)
        return ox.Store.read_only(str(store_dir))
    except (OSError, RuntimeError, SyntaxError, ValueError) as e:
        raise KgError(f"cannot rebuild the graph store from {out / TURTLE_FILE}: {e}; run `kg build`") from None


def read_manifest(out: Path) -> dict:
    try:
        return json.loads((Path(out) / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _show(p: Path) -> str:
    s = str(p)
    return s if s.endswith("/") else s + "/"
