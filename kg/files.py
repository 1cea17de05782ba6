"""Writing files so that readers see the old content or the new, never a torn
file: the one atomic writer of kg (the store's manifest and kg.ttl, the
extraction cache, every export)."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# files get the usual permissions (what open() would give), whoever writes them
FILE_MODE = 0o666 & ~_umask()


def temp_name(path: Path) -> Path:
    """The temporary file next to PATH; `<name>.tmp-<pid>` so that a later run
    can tell (kg.graph.store.cleanup_stale) whether its writer is still alive."""
    return path.with_name(f"{path.name}.tmp-{os.getpid()}")


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = None, durable: bool = True):
    """Open a temporary file next to PATH for writing ("w" text or "wb" bytes);
    it replaces PATH only when the block succeeds, so a failure never leaves
    half a file in place of a good one.  ``durable=False`` skips the fsync: for
    files that are only a cache, where an fsync per file would dominate."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path)
    binary = "b" in mode
    try:
        with open(tmp, mode, encoding=None if binary else encoding, newline=None if binary else newline) as fh:
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write(path: str | Path, data: bytes | str, *, durable: bool = True) -> None:
    """Write DATA (str as UTF-8) to PATH atomically (see atomic_open)."""
    with atomic_open(path, "wb", durable=durable) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)
