"""Every `kg export` format on a real build of the bundled corpus, through the
CLI: the same node/relationship counts everywhere, each file read back by the
tool that consumes it (FalkorDB for import.cypher, networkx and graphology
for GEXF, networkx for GraphML, rdflib for RDF, csv for the tables)."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from kg.api import Graph
from support import JS_DIR
from support.falkordb import _free_port, assert_same_graph, run_script  # noqa: F401
from support.gexf import _strip_viz

KG = [sys.executable, "-m", "kg"]
SUMMARY = re.compile(r"^wrote (?P<path>.+): (?P<nodes>\d+) nodes, (?P<rels>\d+) relationships \((?P<detail>.*)\)$")


@pytest.fixture(scope="module")
def built(bundled_build):
    """The session's build of the bundled corpus (the exports land in its folder)."""
    out = bundled_build
    G = Graph.open(out).to_networkx()
    assert G.number_of_nodes() > 100 and G.number_of_edges() > 100
    return out, G


def kg_export(fmt: str, graph: Path, *extra: str) -> re.Match:
    proc = subprocess.run(KG + ["export", fmt, "--graph", str(graph), *extra], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    m = SUMMARY.match(proc.stdout.strip())
    assert m, proc.stdout
    return m


@pytest.fixture(scope="module")
def exported(built):
    out, G = built
    lines = {fmt: kg_export(fmt, out) for fmt in ("neo4j", "gephi", "graphml", "jsonld", "turtle", "ntriples", "csv")}
    return out, G, lines


def test_same_counts_and_default_locations(exported):
    out, G, lines = exported
    for fmt, m in lines.items():
        assert (int(m["nodes"]), int(m["rels"])) == (G.number_of_nodes(), G.number_of_edges()), fmt
    paths = {fmt: Path(m["path"]) for fmt, m in lines.items()}
    assert paths == {
        "neo4j": out / "neo4j", "gephi": out / "kg.gexf", "graphml": out / "kg.graphml",
        "jsonld": out / "rdf" / "kg.jsonld", "turtle": out / "rdf" / "kg.ttl", "ntriples": out / "rdf" / "kg.nt",
        "csv": out / "csv",
    }
    assert all(p.exists() for p in paths.values())


def test_neo4j_script_on_real_build(exported, falkordb_server):
    out, G, _ = exported
    run_script(falkordb_server, "kg_build", (out / "neo4j" / "import.cypher").read_text("utf-8"))
    assert_same_graph(falkordb_server.select_graph("kg_build"), G)


def test_gexf_and_graphml_on_real_build(exported, graphology, gexf_schema):  # noqa: F811
    from lxml import etree

    out, G, _ = exported
    gexf_schema.assertValid(_strip_viz(etree.parse(str(out / "kg.gexf"))))
    for H in (nx.read_gexf(out / "kg.gexf", version="1.3"), nx.read_graphml(out / "kg.graphml")):
        assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
        assert {n: H.nodes[n]["label"] for n in H} == {n: G.nodes[n]["label"] for n in G}
        assert sorted((u, v, d["relation"]) for u, v, d in H.edges(data=True)) == sorted(G.edges(keys=True))
    data = json.loads(subprocess.run(["node", str(JS_DIR / "read_gexf.js"), str(out / "kg.gexf")], check=True,
                                     capture_output=True, text=True, timeout=60).stdout)
    assert (data["order"], data["size"]) == (G.number_of_nodes(), G.number_of_edges())


def test_rdf_and_csv_on_real_build(exported):
    out, G, lines = exported
    triples = Graph.open(out).triples()
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")):
        assert f"{triples} triples" in lines[fmt]["detail"]
        assert len(rdflib.Graph().parse(lines[fmt]["path"], format=parser)) == triples, fmt
    for name, expected in (("entities.csv", G.number_of_nodes()), ("relations.csv", G.number_of_edges()),
                           ("evidence.csv", sum(len(d["evidence"]) for _u, _v, d in G.edges(data=True)))):
        with open(out / "csv" / name, encoding="utf-8-sig", newline="") as fh:
            assert len(list(csv.DictReader(fh))) == expected, name


def test_cli_errors_are_one_line(built, tmp_path):
    out, _G = built
    proc = subprocess.run(KG + ["export", "turtle", "--graph", str(out), "--out", str(out / "kg.ttl")], capture_output=True, text=True)
    assert proc.returncode != 0 and proc.stderr.startswith("error: refusing to write") and proc.stderr.count("\n") == 1
    (tmp_path / "file").write_text("x")
    proc = subprocess.run(KG + ["export", "neo4j", "--graph", str(out), "--out", str(tmp_path / "file")], capture_output=True, text=True)
    assert proc.returncode != 0 and "is a file" in proc.stderr and proc.stderr.count("\n") == 1
    proc = subprocess.run(KG + ["push", "neo4j", "--graph", str(out)], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode != 0 and proc.stderr == "error: push neo4j needs --uri (or NEO4J_URI)\n"
    port = _free_port()
    proc = subprocess.run(KG + ["push", "neo4j", "--graph", str(out), "--uri", f"bolt://127.0.0.1:{port}"],
                          capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode != 0 and proc.stderr.startswith("error: cannot reach Neo4j") and proc.stderr.count("\n") == 1
