"""Push the built graph into real SPARQL servers and query it over the SPARQL
1.1 Protocol: `oxigraph serve` answers like the local store, and Debian's
Virtuoso (started here on loopback from a private virtuoso.ini) takes the
push through its digest-authenticated Graph Store endpoint."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
import pytest

from kg.errors import KgError
from kg.query.endpoint import run_endpoint

from support import REPO as ROOT, stop_server

CORPUS = ROOT / "corpus"
KG = [sys.executable, "-m", "kg"]
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
VIRTUOSO = shutil.which("virtuoso-t")

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
def built(bundled_build):
    """The session's build of the bundled corpus: (folder, Graph)."""
    from kg.api import Graph

    return bundled_build, Graph.open(bundled_build)


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
    stop_server(proc)


def count(result) -> int:
    return int(result.rows[0][0])


@pytest.mark.external
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


@pytest.mark.external
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


@pytest.mark.external
def test_push_by_sparql_update_and_into_a_named_graph(built, server):
    _, graph = built
    total = count(graph.sparql(COUNT_ALL))
    summary = graph.push("sparql", endpoint=server + "/update", batch=2000)
    assert "SPARQL Update" in summary
    assert count(run_endpoint(server, COUNT_ALL)) == total
    graph.push("sparql", endpoint=server, graph_iri="urn:kg:test")
    in_named = run_endpoint(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kg:test> { ?s ?p ?o } }")
    assert count(in_named) == total


@pytest.mark.external
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


@pytest.mark.external
def test_long_query_goes_by_post(built, server):
    _, graph = built
    graph.push("sparql", endpoint=server)
    padding = "# " + "填充" * 1500 + "\n"
    result = run_endpoint(server, padding + COUNT_ALL)
    assert count(result) == count(graph.sparql(COUNT_ALL))


@pytest.mark.external
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


@pytest.mark.external
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


# --------------------------------------------------------------------------- Virtuoso, with credentials

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""
GRAPH_IRI = "urn:kg:bundled"
NT = {"Content-Type": "application/n-triples"}


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A fresh Virtuoso (its own database, transaction and temp files in a
    temp folder, both ports on 127.0.0.1); its HTTP base URL.  The fresh
    database's administrator is dba:dba."""
    assert VIRTUOSO, "virtuoso-t is not installed: apt-get install virtuoso-opensource (.ci/run does)"
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    proc = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}"
    deadline = time.monotonic() + 180  # about 20 s on a quiet machine: it creates its database
    while True:
        try:
            if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:] if (folder / "virtuoso.log").exists() else ""
            pytest.fail(f"virtuoso did not start: {log}")
        time.sleep(0.5)
    yield url
    stop_server(proc, timeout=30)


def as_dba(**extra) -> dict:
    """The environment of a child `kg` that authenticates as dba: credentials
    travel in the environment, never on a command line (`ps` shows those)."""
    return {**os.environ, "KG_SPARQL_USER": "dba", "KG_SPARQL_PASSWORD": "dba", **extra}


@pytest.mark.external
@pytest.mark.slow
def test_virtuoso_graph_store_wants_digest_credentials(virtuoso):
    url = virtuoso + "/sparql-graph-crud-auth"
    body = b"<urn:kg:a> <urn:kg:b> <urn:kg:c> .\n"
    anonymous = httpx.put(url, params={"graph": "urn:kg:probe"}, content=body, headers=NT)
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"].lower().startswith("digest")
    created = httpx.put(url, params={"graph": "urn:kg:probe"}, content=body, headers=NT, auth=httpx.DigestAuth("dba", "dba"))
    assert created.status_code == 201


@pytest.mark.external
@pytest.mark.slow
def test_kg_push_with_digest_auth_loads_the_bundled_graph_into_virtuoso(built, virtuoso):
    out, graph = built
    local = count(graph.sparql(COUNT_ALL))
    pushed = kg("push", "sparql", "--endpoint", virtuoso + "/sparql-graph-crud-auth", "--graph-iri", GRAPH_IRI,
                "--graph", out, "--batch", 2000, env=as_dba())
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.startswith(f"pushed {local} triples to {virtuoso}/sparql-graph-crud-auth (Graph Store Protocol")
    query = f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH_IRI}> WHERE {{ ?s ?p ?o }}"
    for endpoint, env in ((virtuoso + "/sparql-auth", as_dba()), (virtuoso + "/sparql", None)):
        read = kg("sparql", query, "--endpoint", endpoint, "--format", "json", env=env)
        assert read.returncode == 0, read.stderr
        assert int(json.loads(read.stdout)["rows"][0]["n"]) == local, endpoint
    # the labels read back are the local ones, Chinese intact
    labels = "SELECT ?l FROM <%s> WHERE { ?e a kg:Policy ; rdfs:label ?l } ORDER BY ?l" % GRAPH_IRI
    remote = kg("sparql", labels, "--endpoint", virtuoso + "/sparql", "--format", "json")
    local_labels = kg("sparql", labels.replace(f"FROM <{GRAPH_IRI}> ", ""), "--graph", out, "--format", "json")
    # (compared as sorted lists: the servers collate Chinese differently)
    assert sorted(r["l"] for r in json.loads(remote.stdout)["rows"]) == \
        sorted(r["l"] for r in json.loads(local_labels.stdout)["rows"]) != []


@pytest.mark.external
@pytest.mark.slow
def test_virtuoso_refusals_are_one_line_without_the_password(built, virtuoso, tmp_path):
    out, _ = built
    target = ("--endpoint", virtuoso + "/sparql-graph-crud-auth", "--graph-iri", "urn:kg:refused", "--graph", out)
    anonymous = kg("push", "sparql", *target, env=dict(os.environ, NETRC=str(tmp_path / "none")))
    wrong = kg("push", "sparql", *target, env=as_dba(KG_SPARQL_PASSWORD="not-the-dba-pw"))
    for refused in (anonymous, wrong):
        assert refused.returncode == 1 and refused.stdout == ""
        assert refused.stderr.startswith("error: SPARQL endpoint") and "HTTP 401" in refused.stderr
        assert refused.stderr.count("\n") == 1 and "not-the-dba-pw" not in refused.stderr
    # the same credentials from a netrc file
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login dba password dba\n", encoding="utf-8")
    netrc.chmod(0o600)
    from_netrc = kg("push", "sparql", *target, env=dict(os.environ, NETRC=str(netrc)))
    assert from_netrc.returncode == 0, from_netrc.stderr
