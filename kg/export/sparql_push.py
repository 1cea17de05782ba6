"""Load the graph into a running SPARQL 1.1 server (`kg push sparql`).

Two standard ways in, tried in this order for a bare server URL:

1. the Graph Store Protocol: ``PUT`` then ``POST`` N-Triples to ``<base>/store``
   (Oxigraph; give the full GSP URL for other servers, e.g. Fuseki's
   ``/ds/data`` or Virtuoso's ``/sparql-graph-crud-auth``);
2. SPARQL 1.1 Update: ``CLEAR`` then ``INSERT DATA`` batches to ``<base>/update``.

Requests go through kg.http (one connection, the credentials it resolves).

Re-running is idempotent: the target graph (the default graph, or ``graph_iri``)
is cleared first, so a push replaces what an earlier push loaded.
Blank nodes only mean something within one request, so every triple that
shares a blank node travels in the same batch.
"""
from __future__ import annotations

import re
import tempfile
import time
import urllib.parse
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.http import Client, Credentials, HttpStatusError

GSP_SUFFIXES = ("/store", "/data", "/rdf-graph-store", "/sparql-graph-crud", "/sparql-graph-crud-auth")
UPDATE_SUFFIXES = ("/update",)
QUERY_SUFFIXES = ("/query", "/sparql")
# A blank node in object position (the last term: a literal would end in ",
# "@lang or ^^<…> instead).
_BNODE_OBJECT = re.compile(r'\s(_:[^\s"<>]+)\s*\.\s*$')


def push_sparql(store: ox.Store, endpoint: str, batch: int = 1000, *, graph_iri: str | None = None,
                clear: bool = True, creds: Credentials | None = None) -> str:
    """Load the default graph of STORE into the SPARQL server at ENDPOINT in
    batches of BATCH triples, as CREDS (kg.http.credentials); returns a
    one-line summary."""
    if batch < 1:
        raise KgError(f"--batch must be at least 1, got {batch}")
    _base_and_mode(endpoint)  # a bad URL fails before any work
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kg-push-") as tmp, Client(creds) as http:
        nt_path = Path(tmp) / "graph.nt"
        with open(nt_path, "wb") as f:  # streamed from the store to the file
            store.dump(f, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        # batches are re-read from the file, never all held in memory
        batches = lambda: _batch_lines(_read_lines(nt_path), batch)  # noqa: E731
        protocol, url, requests, triples = _send(http, endpoint, batches, graph_iri, clear)
    target = f"graph <{graph_iri}>" if graph_iri else "the default graph"
    action = "replaced" if clear else "added to"
    return (
        f"pushed {triples} triples to {url} ({protocol}, {requests} requests, "
        f"{action} {target}) in {time.monotonic() - started:.1f}s"
    )


# --------------------------------------------------------------------------- triples


def _read_lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def _bnodes(line: str) -> list[str]:
    found = []
    if line.startswith("_:"):
        found.append(line.split(None, 1)[0])
    m = _BNODE_OBJECT.search(line)
    if m:
        found.append(m.group(1))
    return found


def _batch_lines(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    """Batches of at most SIZE triples, except that the triples connected
    through blank nodes stay together (a bigger group goes alone)."""
    plain: list[str] = []
    parent: dict[str, str] = {}
    groups: dict[str, list[str]] = {}

    def find(b: str) -> str:
        while parent.setdefault(b, b) != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        return b

    for line in lines:
        nodes = _bnodes(line)
        if not nodes:
            plain.append(line)
            if len(plain) >= size:
                yield plain
                plain = []
            continue
        root = find(nodes[0])
        for other in nodes[1:]:
            r = find(other)
            if r != root:
                parent[r] = root
                groups.setdefault(root, []).extend(groups.pop(r, []))
        groups.setdefault(root, []).append(line)
    current = plain
    for group in groups.values():
        if current and len(current) + len(group) > size:
            yield current
            current = []
        current = current + group
    if current:
        yield current


# --------------------------------------------------------------------------- protocols


def _base_and_mode(endpoint: str) -> tuple[str, str | None]:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"not an http(s) SPARQL endpoint URL: {endpoint!r}")
    path = parts.path.rstrip("/")
    clean = urllib.parse.urlunsplit(parts._replace(path=path, query="", fragment=""))
    if path.endswith(GSP_SUFFIXES):
        return clean, "gsp"
    if path.endswith(UPDATE_SUFFIXES):
        return clean, "update"
    for suffix in QUERY_SUFFIXES:
        if path.endswith(suffix):
            return clean[: -len(suffix)], None
    return clean, None


def _send(http: Client, endpoint: str, batches, graph_iri: str | None, clear: bool) -> tuple[str, str, int, int]:
    """Send the batches (a function returning a fresh iterator of them); returns
    (protocol, URL, requests, triples)."""
    base, mode = _base_and_mode(endpoint)
    if mode == "gsp":
        return ("Graph Store Protocol", base, *_send_gsp(http, base, batches, graph_iri, clear))
    if mode == "update":
        return ("SPARQL Update", base, *_send_update(http, base, batches, graph_iri, clear))
    try:
        return ("Graph Store Protocol", base + "/store", *_send_gsp(http, base + "/store", batches, graph_iri, clear))
    except _NoGraphStore:
        pass
    return ("SPARQL Update", base + "/update", *_send_update(http, base + "/update", batches, graph_iri, clear))


class _NoGraphStore(KgError):
    """The server has no Graph Store Protocol service at that URL."""


def _send_gsp(http: Client, url: str, batches, graph_iri: str | None, clear: bool) -> tuple[int, int]:
    target = url + ("?" + urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "?default")
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    requests = triples = 0
    # PUT replaces the graph's content: the first batch (or nothing) clears it
    first_method = "PUT" if clear else "POST"
    for i, lines in enumerate(_at_least_one(batches())):
        body = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
        try:
            http.request(first_method if i == 0 else "POST", target, content=body, headers=headers)
        except HttpStatusError as e:
            # only a refusal of the very first request means "no GSP here"
            if i == 0 and e.status in (400, 404, 405, 415, 501):
                raise _NoGraphStore(str(e)) from None
            raise
        requests += 1
        triples += len(lines)
    return requests, triples


def _at_least_one(batches: Iterator[list[str]]) -> Iterator[list[str]]:
    empty = True
    for b in batches:
        empty = False
        yield b
    if empty:
        yield []


def _send_update(http: Client, url: str, batches, graph_iri: str | None, clear: bool) -> tuple[int, int]:
    headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
    requests = triples = 0
    if clear:
        what = f"GRAPH <{graph_iri}>" if graph_iri else "DEFAULT"
        http.request("POST", url, content=f"CLEAR SILENT {what}".encode(), headers=headers)
        requests += 1
    for lines in batches():
        body = "\n".join(lines)
        if graph_iri:
            body = f"GRAPH <{graph_iri}> {{\n{body}\n}}"
        http.request("POST", url, content=f"INSERT DATA {{\n{body}\n}}".encode("utf-8"), headers=headers)
        requests += 1
        triples += len(lines)
    return requests, triples
