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
import queue
import shutil
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

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


# Oxigraph's bulk loader parses and inserts on up to two threads of its own
# and buffers a whole document before writing it: the graph goes to it in
# N-Triples blocks of this many triples, so its buffers stay small (at 100x
# about +100 MB, not +570 MB for the graph in two halves), while kg.ttl is
# written and the graph's next triples are made.
LOAD_BLOCK_TRIPLES = 100_000
# Blocks start this small and double up to LOAD_BLOCK_TRIPLES, so the loader
# starts early and a small graph is loaded in several blocks as it is made, not
# in one after it; triples given early (`NewGeneration.load`, while workers
# extract) go in blocks of this size, so they are stored then.
FIRST_BLOCK_TRIPLES = 10_000
# Blocks waiting for the loader: the producer waits beyond this (bounded memory).
LOAD_QUEUE_BLOCKS = 2
# Chunks `ntriples_chunks` cuts a list into by default.
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


class _StoreLoader:
    """A new store at PATH, filled by a background thread from N-Triples
    blocks (`put`) while the caller makes the next ones.  Each block is loaded
    from a file next to the store: loading from a bytes object slows the
    caller's Python by ~40% while it runs (measured), loading a file does not,
    so the two run on two cores."""

    _END = None

    def __init__(self, path: Path):
        self.store = ox.Store(str(path))
        self._block_file = path.parent / f"{path.name}-block.nt"
        self._blocks: queue.Queue = queue.Queue(maxsize=LOAD_QUEUE_BLOCKS)
        self._finished = threading.Event()
        self._stopping = False
        self.error: BaseException | None = None
        threading.Thread(target=self._run, name="kg-store-load", daemon=True).start()

    def _run(self) -> None:
        try:
            while (block := self._blocks.get()) is not self._END:
                if not self._stopping:
                    self._block_file.write_bytes(block)
                    del block
                    # our own serialisation of valid terms: no IRI to re-validate
                    self.store.bulk_load(path=str(self._block_file), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        except BaseException as e:  # re-raised in the building thread
            self.error = e
        finally:
            self._block_file.unlink(missing_ok=True)
            self._finished.set()

    def put(self, block: bytes | None) -> None:
        """Queue BLOCK (None: the end), waiting for room; a failed loader's error is raised here."""
        while True:
            if self.error is not None:
                raise self.error
            if self._finished.is_set():
                return
            try:
                self._blocks.put(block, timeout=0.05)
                return
            except queue.Full:
                continue

    def finish(self) -> int:
        """Wait for the blocks queued so far to be loaded; the number of triples stored."""
        self.put(self._END)
        _wait(self._finished)
        if self.error is not None:
            raise self.error
        self.store.flush()
        return len(self.store)

    def abort(self) -> None:
        """Stop after the block being loaded (the build failed or was interrupted)."""
        self._stopping = True
        while not self._finished.is_set():
            try:
                self._blocks.put_nowait(self._END)
            except queue.Full:
                pass
            try:
                self._finished.wait(0.05)
            except (KeyboardInterrupt, Terminated):
                pass  # the loader must be done before its folder is removed

    def close(self) -> None:
        del self.store
        gc.collect()  # closes the RocksDB handle before the directory moves


class _Blocks:
    """Triples cut into N-Triples blocks for the store; those with blank nodes
    (the ontology's OWL lists) are kept for one last block, since a blank node
    is local to the document it is loaded from."""

    def __init__(self, loader: _StoreLoader):
        self._loader = loader
        self._pending: list[ox.Triple] = []
        self._blank: list[ox.Triple] = []
        self._size = min(FIRST_BLOCK_TRIPLES, LOAD_BLOCK_TRIPLES)

    def through(self, triples: Iterable[ox.Triple], *, grow: bool = True) -> Iterator[ox.Triple]:
        """TRIPLES, passed on as they are stored, a full block at a time
        (blocks GROW to LOAD_BLOCK_TRIPLES, or keep their first size)."""
        pending = self._pending
        for t in triples:
            pending.append(t)
            if len(pending) >= self._size:
                self.flush()
                if grow:
                    self._size = min(LOAD_BLOCK_TRIPLES, 2 * self._size)
                pending = self._pending
            yield t

    def flush(self) -> None:
        block, self._pending = self._pending, []
        if not block:
            return
        data = ox.serialize(block, format=ox.RdfFormat.N_TRIPLES)
        if b"_:" in data:  # a blank node, or a literal that looks like one: look closer
            blank = [t for t in block if _has_blank_node(t)]
            if blank:
                self._blank += blank
                data = ox.serialize([t for t in block if not _has_blank_node(t)], format=ox.RdfFormat.N_TRIPLES)
        self._loader.put(data)

    def close(self) -> None:
        self.flush()
        if self._blank:
            self._loader.put(ox.serialize(self._blank, format=ox.RdfFormat.N_TRIPLES))
            self._blank = []


class NewGeneration:
    """A build's outputs being written as a new generation (see the module's
    doc), inside ``with``; the caller holds build_lock.  The store fills in a
    background thread while the build goes on: `load` gives it triples whose
    values are final early (a build's documents, during extraction), `write`
    writes kg.ttl from the whole graph and stores what `load` has not;
    `commit` writes manifest.json and makes the generation current.  Leaving
    the block without `commit` (an error, Ctrl-C) removes it and keeps the
    previous graph."""

    def __init__(self, out: Path):
        self.out = out
        self._number = _next_generation(out)
        self.tmp = out / f"{GENERATION_PREFIX}{self._number}.tmp-{os.getpid()}"
        self.final = out / f"{GENERATION_PREFIX}{self._number}"
        self._loader: _StoreLoader | None = None
        self._blocks: _Blocks | None = None
        self._committed = False

    def __enter__(self) -> "NewGeneration":
        try:
            self.tmp.mkdir(parents=True)
            self._loader = _StoreLoader(self.tmp / STORE_DIR)
            self._blocks = _Blocks(self._loader)
        except BaseException:  # Ctrl-C while the store opens: `with` will not call __exit__
            self.__exit__()
            raise
        return self

    def load(self, triples: Iterable[ox.Triple]) -> None:
        """Store TRIPLES (not written to kg.ttl: `write` gets them again, marked stored)."""
        for _ in self._blocks.through(triples, grow=False):
            pass

    def write(self, parts: Iterable[tuple[Iterable[ox.Triple], bool]]) -> None:
        """Write kg.ttl from PARTS, (triples, whether `load` stored them
        already), in order, and store those not stored yet, as they come:
        the graph is never held whole, here or in the caller."""
        blocks = self._blocks

        def triples() -> Iterator[ox.Triple]:
            for part, stored in parts:
                yield from (part if stored else blocks.through(part))

        path = self.tmp / TURTLE_FILE
        with open(path, "wb") as fh:
            ox.serialize(triples(), fh, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            fh.flush()
            os.fsync(fh.fileno())

    def commit(self, manifest: dict) -> int:
        """Finish the store, write manifest.json (its triple count, if it has
        one, set to the store's) and make the generation current.  Returns
        the number of distinct triples stored."""
        out, tmp, final = self.out, self.tmp, self.final
        self._blocks.close()
        stored = self._loader.finish()
        self._loader.close()
        self._loader = None
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
        self._committed = True
        _link_outputs(out)
        for gen in _generations(out):
            if gen.name != final.name:
                shutil.rmtree(gen, ignore_errors=True)
        return stored

    def __exit__(self, *exc) -> None:
        if self._committed:
            return
        # Ctrl-C or a full disk: drop the half-written generation, keep the old graph
        if self._loader is not None:
            self._loader.abort()
            self._loader = None
        gc.collect()  # a store still open would recreate files in its folder
        shutil.rmtree(self.tmp, ignore_errors=True)
        if self.final.exists() and current_generation(self.out) != self.final.name:
            shutil.rmtree(self.final, ignore_errors=True)


def write_build(out: Path, triples: Iterable[ox.Triple], manifest: dict) -> int:
    """Write store, kg.ttl and manifest.json of a graph as a new generation
    and make it current (`NewGeneration`); the caller holds build_lock.
    TRIPLES may be an iterator: it is read once, and never held whole.
    Returns the number of distinct triples stored."""
    with NewGeneration(out) as generation:
        generation.write([(triples, False)])
        return generation.commit(manifest)


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
