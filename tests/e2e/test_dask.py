"""Extraction on a real dask.distributed cluster gives the local result."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import load_corpus
from kg.builder.runner import map_extract

from support import REPO as ROOT

CORPUS = ROOT / "corpus"
KG = [sys.executable, "-m", "kg"]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster  # here: importing distributed costs 0.7 s, also when these tests are deselected

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def documents():
    return load_corpus(CORPUS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dask_cluster_gives_the_local_extractions(cluster, documents):
    local = list(map_extract(documents, jobs=1, progress=False))
    remote = list(map_extract(iter(documents), dask=cluster.scheduler_address, progress=False, chunksize=2))
    assert [e.doc_id for e in remote] == [d.id for d in documents]
    assert remote == local
    assert sum(len(e.relations) for e in remote) > 10


def test_unreachable_scheduler_is_a_one_line_error(monkeypatch, documents):
    monkeypatch.setenv("KG_DASK_TIMEOUT", "1")
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(KgError) as err:
        list(map_extract(documents[:2], dask=address, progress=False))
    assert time.monotonic() - started < 15
    message = str(err.value)
    assert address in message and "\n" not in message


def test_cli_build_with_unreachable_scheduler(tmp_path):
    out = subprocess.run(
        KG + ["build", str(CORPUS), "--out", str(tmp_path / "out"), "--dask", f"tcp://127.0.0.1:{free_port()}", "-q"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env={**os.environ, "KG_DASK_TIMEOUT": "1"},
    )
    assert out.returncode != 0
    lines = [l for l in out.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "Dask scheduler" in lines[0], out.stderr


def _graph(ttl: Path):
    import rdflib

    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    return g


def test_kg_build_on_dask_gives_the_local_graph(cluster, bundled_build, tmp_path):
    from rdflib.compare import isomorphic

    local, remote = bundled_build, tmp_path / "dask"  # local: the session's `kg build` of the bundled corpus
    b = subprocess.run(KG + ["build", str(CORPUS), "--out", str(remote), "--dask", cluster.scheduler_address, "-q"],
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert b.returncode == 0, b.stderr
    g_local, g_remote = _graph(local / "kg.ttl"), _graph(remote / "kg.ttl")
    assert len(g_local) > 1000
    assert len(g_local) == len(g_remote)
    assert isomorphic(g_local, g_remote)


def test_a_dask_build_extracts_only_what_the_cache_lacks_and_caches_it_here(cluster, tmp_path):
    """The cluster gets the same file tasks as local workers, with the documents
    the cache here lacks filled in: cached documents are never sent, and the
    extractions that come back are cached here."""
    from kg.api import build

    out = tmp_path / "dask"
    first = build(CORPUS, out, dask=cluster.scheduler_address, progress=False)
    assert first["extracted"] == first["documents"]
    graph = (out / "kg.ttl").read_bytes()
    entries = sorted((out / "cache").glob("*.json"))
    for entry in entries[::2]:
        entry.unlink()
    again = build(CORPUS, out, dask=cluster.scheduler_address, progress=False)
    assert 0 < again["extracted"] < again["documents"]
    assert again["cached"] == again["documents"] - again["extracted"]
    assert sorted((out / "cache").glob("*.json")) == entries
    assert (out / "kg.ttl").read_bytes() == graph


def test_scheduler_without_workers_is_a_one_line_error(monkeypatch, documents):
    monkeypatch.setenv("KG_DASK_TIMEOUT", "1")
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=True, dashboard_address=":0") as empty:
        with pytest.raises(KgError, match="no workers"):
            list(map_extract(documents[:2], dask=empty.scheduler_address, progress=False))
