"""RDF exports (Turtle, N-Triples, JSON-LD + context) parsed back by rdflib,
and the spreadsheet CSV tables read back by the csv module."""
from __future__ import annotations

import csv
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, BNode, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg.export.common import ALIAS_SEPARATOR, edge_evidence, node_properties
from kg.export.rdf import CONTEXT_FILE, jsonld_context, write_rdf
from kg.export.tables import FORMULA_PREFIXES, write_tables
from support.export import HOSTILE_TEXTS, hostile_graph

KG = Namespace("http://kg.example.org/ontology#")
ENT = Namespace("http://kg.example.org/entity/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


def hostile_rdf() -> rdflib.Graph:
    g = rdflib.Graph()
    g.bind("kg", KG)
    g.bind("ent", ENT)
    g.bind("skos", SKOS)
    g.bind("unused", Namespace("http://unused.example.org/"))
    for i, text in enumerate(HOSTILE_TEXTS):
        s = ENT[f"e{i}"]
        g.add((s, RDF.type, KG.Technology))
        g.add((s, RDFS.label, Literal(text)))
        g.add((s, SKOS.altLabel, Literal(text[::-1], lang="zh")))
        g.add((s, KG.mentionCount, Literal(i, datatype=rdflib.XSD.integer)))
    stmt = BNode()
    g.add((stmt, RDF.type, KG.RelationStatement))
    g.add((stmt, RDF.subject, ENT.e0))
    g.add((stmt, KG.evidenceSentence, Literal(HOSTILE_TEXTS[2] + HOSTILE_TEXTS[3])))
    g.add((stmt, KG.confidence, Literal(0.5, datatype=rdflib.XSD.decimal)))
    g.add((ENT.e1, KG.enables, ENT.e2))
    g.add((URIRef("http://kg.example.org/entity/%E5%B7%A5%22q%22"), RDFS.label, Literal("iri with escapes")))
    return g


def as_store(g: rdflib.Graph) -> tuple[ox.Store, dict[str, str]]:
    """The graph in an Oxigraph store (what write_rdf reads), and its prefixes."""
    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store, {p: str(ns) for p, ns in g.namespaces() if p in ("kg", "ent", "skos", "unused")}


@pytest.mark.parametrize("fmt,parser,name", [("turtle", "turtle", "kg.ttl"), ("ntriples", "nt", "kg.nt"), ("jsonld", "json-ld", "kg.jsonld")])
def test_rdf_round_trip(tmp_path, fmt, parser, name):
    g = hostile_rdf()
    store, prefixes = as_store(g)
    result = write_rdf(store, tmp_path, fmt, prefixes)
    assert result["path"] == tmp_path / name and result["triples"] == len(g)
    back = rdflib.Graph().parse(tmp_path / name, format=parser)
    assert len(back) == len(g)
    assert isomorphic(back, g)


def test_jsonld_context_file(tmp_path):
    g = hostile_rdf()
    store, prefixes = as_store(g)
    result = write_rdf(store, tmp_path / "out" / "graph.jsonld", "jsonld", prefixes)
    context_path = tmp_path / "out" / CONTEXT_FILE
    assert result["files"] == [tmp_path / "out" / "graph.jsonld", context_path]
    context = json.loads(context_path.read_text("utf-8"))["@context"]
    assert context == jsonld_context(g)
    assert context["kg"] == str(KG) and context["ent"] == str(ENT) and "unused" not in context
    doc = json.loads((tmp_path / "out" / "graph.jsonld").read_text("utf-8"))
    assert doc["@context"] == context  # embedded, so the file parses offline on its own
    text = (tmp_path / "out" / "graph.jsonld").read_text("utf-8")
    assert '"kg:Technology"' in text and "长文本" in text  # compact IRIs, UTF-8 not \\u escapes
    # the separate context file, applied to the bare data, gives the same graph
    bare = {k: v for k, v in doc.items() if k != "@context"}
    bare["@context"] = json.loads(context_path.read_text("utf-8"))["@context"]
    assert isomorphic(rdflib.Graph().parse(data=json.dumps(bare), format="json-ld"), g)


# --------------------------------------------------------------------------- CSV


def read_table(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no UTF-8 BOM"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [{k: _unguard(v) for k, v in row.items()} for row in rows]


def _unguard(cell: str) -> str:
    if cell.startswith("'") and cell[1:].startswith(FORMULA_PREFIXES):
        return cell[1:]
    return cell


def test_csv_tables_round_trip(tmp_path):
    G = hostile_graph()
    line = write_tables(G, tmp_path / "csv")
    assert line.startswith(f"wrote {tmp_path / 'csv'}: 10 nodes, 10 relationships (")
    assert "UTF-8 with BOM" in line
    folder = tmp_path / "csv"
    assert "BOM" in (folder / "README.txt").read_text("utf-8-sig")

    entities = read_table(folder / "entities.csv")
    assert len(entities) == G.number_of_nodes()
    for row in entities:
        p = node_properties(G, row["id"])
        assert row == {"id": p["id"], "label": p["label"], "type": p["type"], "aliases": ALIAS_SEPARATOR.join(p["aliases"]),
                       "doc_count": str(p["doc_count"]), "mentions": str(p["mentions"]), "degree": str(p["degree"])}

    relations = read_table(folder / "relations.csv")
    assert len(relations) == G.number_of_edges()
    for row in relations:
        d = G.edges[row["head_id"], row["tail_id"], row["relation"]]
        assert row["head_label"] == G.nodes[row["head_id"]]["label"] and row["tail_label"] == G.nodes[row["tail_id"]]["label"]
        assert int(row["support"]) == d["support"]
        assert row["evidence"] == "\n".join(e["sentence"] for e in d["evidence"])

    evidence = read_table(folder / "evidence.csv")
    assert len(evidence) == sum(len(d["evidence"]) for _u, _v, d in G.edges(data=True))
    got = sorted((r["head_id"], r["relation"], r["tail_id"], r["sentence"], r["doc_title"], float(r["confidence"])) for r in evidence)
    want = sorted((u, k, v, e["sentence"], e["doc_title"], e["confidence"]) for u, v, k, d in G.edges(keys=True, data=True) for e in edge_evidence(d))
    assert got == want

    documents = read_table(folder / "documents.csv")
    assert [r["doc_id"] for r in documents] == sorted(G.graph["documents"])
    by_id = {r["doc_id"]: r for r in documents}
    assert by_id["doc3"]["authors"] == "=A1" and by_id["doc3"]["title"] == 'T "quoted" \\ <b>'
    assert by_id["doc1"]["authors"] == ALIAS_SEPARATOR.join(["王五", "张三"]) and by_id["doc2#01"]["title"] == ""


def test_csv_formula_cells_are_guarded(tmp_path):
    write_tables(hostile_graph(), tmp_path)
    with open(tmp_path / "entities.csv", encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert "'=SUM(A1:A2)" in cells and "=SUM(A1:A2)" not in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_every_writer_handles_an_empty_graph(tmp_path):
    import networkx as nx

    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml
    from kg.export.neo4j import CONSTRAINT_STATEMENT, write_neo4j

    G = nx.MultiDiGraph()
    for fn, target in ((write_neo4j, tmp_path / "neo4j"), (write_gexf, tmp_path / "kg.gexf"),
                       (write_graphml, tmp_path / "kg.graphml"), (write_tables, tmp_path / "csv")):
        assert fn(G, target).startswith(f"wrote {target}: 0 nodes, 0 relationships")
    assert nx.read_gexf(tmp_path / "kg.gexf").number_of_nodes() == 0
    assert nx.read_graphml(tmp_path / "kg.graphml").number_of_nodes() == 0
    from support.falkordb import split_statements

    script = (tmp_path / "neo4j" / "import.cypher").read_text("utf-8")
    assert split_statements(script) == [CONSTRAINT_STATEMENT]  # the constraint only
    assert read_table(tmp_path / "csv" / "entities.csv") == []
