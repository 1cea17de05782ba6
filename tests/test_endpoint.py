"""Push the built graph into a real `oxigraph serve` and query it over the
SPARQL 1.1 Protocol: the server answers like the local store."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.query.endpoint import run_endpoint

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
KG = [sys.executable, "-m", "kg"]
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
BY_PREDICATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"
ENTITIES_BY_TYPE = """
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf* kg:Entity }
GROUP BY ?type ORDER BY ?type
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kg(*args, **kw):
    return subprocess.run(KG + [str(a) for a in args], capture_output=True, text=True, timeout=300, cwd=ROOT, **kw)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The bundled corpus built once: (folder, Graph)."""
    from kg.api import Graph, build

    out = tmp_path_factory.mktemp("built") / "exports"
    build(CORPUS, out=out, jobs=1, progress=False)
    return out, Graph.open(out)


@pytest.fixture
def server(tmp_path):
    """A fresh `oxigraph serve` on a free local port; its base URL."""
    assert OXIGRAPH, "the oxigraph server binary (PyPI package oxigraph) is not installed"
    port = free_port()
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def count(result) -> int:
    return int(result.rows[0][0])


def test_push_then_query_gives_the_local_counts(built, server):
    out, graph = built
    local_total = count(graph.sparql(COUNT_ALL))
    assert local_total > 1000
    summary = graph.push("sparql", endpoint=server, batch=500)
    assert f"pushed {local_total} triples" in summary
    assert count(run_endpoint(server, COUNT_ALL)) == local_total
    remote = run_endpoint(server, BY_PREDICATE)
    local = graph.sparql(BY_PREDICATE)
    assert remote.vars == local.vars == ["p", "n"]
    assert remote.rows == local.rows
    # the project prefixes are predefined remotely too
    by_type = run_endpoint(server + "/query", ENTITIES_BY_TYPE)
    assert by_type.rows == graph.sparql(ENTITIES_BY_TYPE).rows
    assert len(by_type.rows) >= 5


def test_push_twice_replaces_rather_than_duplicates(built, server):
    _, graph = built
    total = count(graph.sparql(COUNT_ALL))
    graph.push("sparql", endpoint=server)
    # something else in the default graph is replaced too
    req = urllib.request.Request(server + "/update", method="POST",
                                 data=b"INSERT DATA { <urn:x:stale> <urn:x:p> \"old\" }",
                                 headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(req, timeout=10).close()
    assert count(run_endpoint(server, COUNT_ALL)) == total + 1
    graph.push("sparql", endpoint=server, batch=333)
    assert count(run_endpoint(server, COUNT_ALL)) == total


def test_push_by_sparql_update_and_into_a_named_graph(built, server):
    _, graph = built
    total = count(graph.sparql(COUNT_ALL))
    summary = graph.push("sparql", endpoint=server + "/update", batch=2000)
    assert "SPARQL Update" in summary
    assert count(run_endpoint(server, COUNT_ALL)) == total
    graph.push("sparql", endpoint=server, graph_iri="urn:kg:test")
    in_named = run_endpoint(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kg:test> { ?s ?p ?o } }")
    assert count(in_named) == total


def test_ask_and_construct_have_the_local_shapes(built, server):
    _, graph = built
    graph.push("sparql", endpoint=server)
    ask = "ASK { ?e a kg:Technology }"
    assert run_endpoint(server, ask).boolean is True
    assert graph.sparql(ask).boolean is True
    assert run_endpoint(server, "ASK { <urn:nothing> ?p ?o }").boolean is False
    construct = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Technology ; rdfs:label ?l } "
    remote = run_endpoint(server, construct)
    local = graph.sparql(construct)
    assert remote.vars == ["subject", "predicate", "object"]
    assert sorted(remote.rows) == sorted(local.rows) and remote.rows


def test_long_query_goes_by_post(built, server):
    _, graph = built
    graph.push("sparql", endpoint=server)
    padding = "# " + "填充" * 1500 + "\n"
    result = run_endpoint(server, padding + COUNT_ALL)
    assert count(result) == count(graph.sparql(COUNT_ALL))


def test_cli_push_and_sparql_endpoint_match_the_local_store(built, server):
    out, _ = built
    pushed = kg("push", "sparql", "--endpoint", server, "--graph", out)
    assert pushed.returncode == 0, pushed.stderr
    assert "pushed" in pushed.stdout
    query = "SELECT ?label WHERE { ?e a kg:Policy ; rdfs:label ?label } ORDER BY ?label"
    remote = kg("sparql", query, "--endpoint", server, "--format", "json")
    local = kg("sparql", query, "--graph", out, "--format", "json")
    assert remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert json.loads(remote.stdout)["rows"]


def test_endpoint_errors_are_one_line(server):
    bad = kg("sparql", "SELECT WHERE {", "--endpoint", server)
    assert bad.returncode != 0
    lines = [l for l in bad.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "400" in lines[0], bad.stderr
    with pytest.raises(KgError, match="cannot reach"):
        run_endpoint(f"http://127.0.0.1:{free_port()}", COUNT_ALL)
    gone = kg("sparql", COUNT_ALL, "--endpoint", f"http://127.0.0.1:{free_port()}/query")
    assert gone.returncode != 0 and gone.stderr.startswith("error: cannot reach") and "Traceback" not in gone.stderr
    with pytest.raises(KgError, match="not an http"):
        run_endpoint("ftp://example/sparql", COUNT_ALL)
