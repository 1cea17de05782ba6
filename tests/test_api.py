"""kg.api.Graph: opening, RDF serialisations read back by rdflib, documents, copies."""
import json

import pytest
import rdflib

from kg.api import Graph
from kg.errors import KgError
from kg.graph import ontology as ont
from kg.graph.rdf import build_rdf, ontology_triples
from kg.graph.store import write_build
from test_graph_records import sample_graph_input


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("api")
    write_build(out, ontology_triples() + build_rdf(*sample_graph_input()).triples, {"counts": {}})
    return Graph.open(out)


def test_open_errors(tmp_path):
    (tmp_path / "file").write_text("x")
    for where in (tmp_path, tmp_path / "nope", tmp_path / "file"):
        with pytest.raises(KgError) as e:
            Graph.open(where)
        assert str(e.value).startswith("no graph at ") and str(e.value).endswith("run `kg build` first")


@pytest.mark.parametrize("fmt,parse_as", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_serialize_reads_back_with_rdflib(graph, tmp_path, fmt, parse_as):
    path = graph.serialize(tmp_path / f"g.{fmt}", fmt)
    g = rdflib.Graph().parse(path, format=parse_as)
    assert len(g) == graph.triples()
    person = rdflib.URIRef(ont.entity_iri("Person", "林一"))
    assert (person, rdflib.RDFS.label, rdflib.Literal("林一")) in g
    if fmt == "jsonld":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["@context"]["kg"] == ont.KG


def test_serialize_rejects_unknown_format(graph, tmp_path):
    with pytest.raises(KgError, match="unknown RDF format"):
        graph.serialize(tmp_path / "x", "rdfxml")


def test_rdflib_copy_is_full_and_independent(graph):
    g = graph.rdflib()
    assert len(g) == graph.triples()
    assert dict(g.namespaces())["kg"] == rdflib.URIRef(ont.KG)
    g.remove((None, None, None))
    assert graph.triples() > 0


def test_to_networkx_returns_copies(graph):
    G = graph.to_networkx()
    G.remove_nodes_from(list(G))
    assert graph.to_networkx().number_of_nodes() == 9


def test_documents_and_triples(graph):
    docs = graph.documents()
    assert [d["id"] for d in docs] == ["alpha", "beta#01", "beta#02"]
    assert set(docs[0]) == {"id", "title", "source", "authors", "publication", "date", "occasion"}
    assert graph.triples() == len(ontology_triples()) + len(build_rdf(*sample_graph_input()).triples)
