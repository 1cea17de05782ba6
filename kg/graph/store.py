"""The on-disk graph: an embedded Oxigraph store, written crash-safely.

A build's outputs are one *generation*, written whole into OUT/gen-<n>.tmp-<pid>/
(store/, kg.ttl, manifest.json), renamed to OUT/gen-<n>/ and made visible by
one atomic step: the symbolic link OUT/current is replaced (os.replace of a
new link) to point at it.  OUT/store, OUT/kg.ttl and OUT/manifest.json are
fixed links into current/, so readers always see the files of one build;
`open_store` resolves the link once, so an open store never mixes two.  A
build killed at any point leaves the previous generation current; the next
build removes what the killed one left.  kg.ttl is the portable copy: if the
store cannot be opened (missing, or written by an incompatible Oxigraph
version) it is rebuilt from kg.ttl.  Folders written before generations
existed (real OUT/store/ ...) are read as they are and converted by the
next build.
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
CURRENT_LINK = "current"  # -> the generation folder readers see
GENERATION_PREFIX = "gen-"
OUTPUTS = (STORE_DIR, TURTLE_FILE, MANIFEST_FILE)  # OUT/<name> -> current/<name>
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
    """Remove temp stores, files and generations left by builds that were
    killed (the caller holds build_lock: no other build is writing)."""
    for p in [*out.glob("*.tmp-*"), *(out / CACHE_DIR).glob("*.tmp-*")]:
        try:
            pid = int(p.name.rsplit("-", 1)[1])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            _remove(p)
    current = current_generation(out)
    for gen in _generations(out):
        if gen.name != current:  # complete, but never (or no longer) made current
            _remove(gen)
    _repair(out)


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p, ignore_errors=True)
    else:
        p.unlink(missing_ok=True)


def current_generation(out: Path) -> str | None:
    """The name of the generation folder OUT/current points to (None: none)."""
    try:
        return os.readlink(out / CURRENT_LINK)
    except OSError:
        return None


def _generations(out: Path) -> list[Path]:
    return [p for p in out.glob(f"{GENERATION_PREFIX}*") if ".tmp-" not in p.name and p.is_dir()]


def _next_generation(out: Path) -> int:
    numbers = [0]
    for p in out.glob(f"{GENERATION_PREFIX}*"):
        digits = p.name[len(GENERATION_PREFIX):].split(".", 1)[0]
        if digits.isdigit():
            numbers.append(int(digits))
    return max(numbers) + 1


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_current(out: Path, generation: str) -> None:
    """Point OUT/current at GENERATION in one atomic step (the commit of a build)."""
    link = out / f"{CURRENT_LINK}.tmp-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(generation, link)
    os.replace(link, out / CURRENT_LINK)
    _fsync_dir(out)


def _link_outputs(out: Path) -> None:
    """OUT/store, OUT/kg.ttl and OUT/manifest.json as links into current/
    (once; a folder written before generations has real ones, replaced here)."""
    for name in OUTPUTS:
        path, target = out / name, f"{CURRENT_LINK}/{name}"
        if path.is_symlink() and os.readlink(path) == target:
            continue
        link = out / f"{name}.link.tmp-{os.getpid()}"
        link.unlink(missing_ok=True)
        os.symlink(target, link)
        if path.is_dir() and not path.is_symlink():
            if _exchange(link, path):  # the link is in place, the old folder at `link`
                shutil.rmtree(link, ignore_errors=True)
                continue
            old = out / f"{STORE_DIR}.old-{os.getpid()}"
            os.rename(path, old)
            os.rename(link, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(link, path)


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
    """Write store, kg.ttl and manifest.json of a build as a new generation and
    make it current (see the module's doc); the caller holds build_lock.
    TRIPLES is emptied once serialised, so its memory is free for the store's
    loading.  Returns the number of distinct triples stored."""
    number = _next_generation(out)
    tmp = out / f"{GENERATION_PREFIX}{number}.tmp-{os.getpid()}"
    final = out / f"{GENERATION_PREFIX}{number}"
    try:
        tmp.mkdir()
        # serialising the list is ~20x faster than dumping the store, same
        # triples; the store loads them in threads (pyoxigraph releases the
        # GIL while it loads) while kg.ttl is written here
        turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        loaded: dict = {}
        finished = threading.Event()

        def load(chunks: list[bytes]) -> None:
            try:
                store = write_store(tmp / STORE_DIR, chunks)
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
            _write_durably(tmp / TURTLE_FILE, turtle)
        finally:
            # also on Ctrl-C: the loader must be done before its folder is removed
            _wait(finished)
        del turtle
        if "error" in loaded:
            raise loaded["error"]
        stored = loaded["stored"]
        if isinstance(manifest.get("counts"), dict) and "triples" in manifest["counts"]:
            manifest = {**manifest, "counts": {**manifest["counts"], "triples": stored}}
        _write_durably(tmp / MANIFEST_FILE, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        _fsync_dir(tmp)
        os.rename(tmp, final)
        # a folder from before generations keeps its real files until the new
        # generation is current; otherwise the links exist (dangling in a new
        # folder: no graph yet) before the one step that makes the build visible
        legacy = any((out / name).exists() and not (out / name).is_symlink() for name in OUTPUTS)
        if not legacy:
            _link_outputs(out)
        _make_current(out, final.name)
    except BaseException:  # Ctrl-C or a full disk: drop the half-written generation, keep the old graph
        gc.collect()  # a store still open would recreate files in its folder
        shutil.rmtree(tmp, ignore_errors=True)
        if final.exists() and current_generation(out) != final.name:
            shutil.rmtree(final, ignore_errors=True)
        raise
    _link_outputs(out)
    for gen in _generations(out):
        if gen.name != final.name:
            shutil.rmtree(gen, ignore_errors=True)
    return stored


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def rebuild_from_turtle(folder: Path) -> None:
    """Rebuild FOLDER/store from FOLDER/kg.ttl (FOLDER: a generation, or a
    build folder from before generations); a failed attempt leaves nothing."""
    ttl = folder / TURTLE_FILE
    tmp = folder / f"{STORE_DIR}.tmp-{os.getpid()}"
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        store.flush()
        del store
        gc.collect()
        install_store(folder, tmp)
    except BaseException:
        gc.collect()  # closes the half-loaded store before its folder goes
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def has_build(out: Path) -> bool:
    return (out / STORE_DIR).is_dir() or (out / TURTLE_FILE).is_file() or any(out.glob(f"{STORE_DIR}.old-*"))


def open_store(out: Path) -> ox.Store:
    """Open the built store read-only (several readers, and a build, may run at once)."""
    out = Path(out)
    if not out.is_dir() or not has_build(out):
        raise KgError(f"no graph at {_show(out)}: run `kg build` first")
    _repair(out)
    # the generation current now, resolved once: a build made current while
    # this store is open cannot mix its files into it
    store_dir = Path(os.path.realpath(out / STORE_DIR))
    folder = store_dir.parent
    try:
        store = ox.Store.read_only(str(store_dir))
        len(store)  # touches the data files: an incompatible or damaged store fails here
        return store
    except (OSError, RuntimeError, ValueError) as first:
        if not (folder / TURTLE_FILE).is_file():
            raise KgError(f"cannot open the graph store {out / STORE_DIR} ({' '.join(str(first).split())}) and there is no kg.ttl to rebuild it from: run `kg build`") from None
    try:
        with build_lock(out):
            rebuild_from_turtle(folder)
        return ox.Store.read_only(str(store_dir))
    except (OSError, RuntimeError, SyntaxError, ValueError) as e:
        raise KgError(f"cannot rebuild the graph store from {out / TURTLE_FILE}: {' '.join(str(e).split())}; run `kg build`") from None


def read_manifest(out: Path) -> dict:
    try:
        return json.loads((Path(out) / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _show(p: Path) -> str:
    s = str(p)
    return s if s.endswith("/") else s + "/"
