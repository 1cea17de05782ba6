"""kg.api.Graph: opening, RDF serialisations read back by rdflib, documents, copies."""
import json

import pytest
import rdflib

from kg.api import Graph
from kg.errors import KgError
from kg.graph import ontology as ont
from kg.graph.rdf import build_rdf, ontology_triples
from kg.graph.store import write_build
from support.records import sample_graph_input


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


def test_every_graph_command_is_a_method_of_the_same_name(graph, tmp_path):
    """`kg stats`, `kg path`, … are Graph.stats, Graph.path, …: callable, returning plain data."""
    import json as _json

    assert graph.stats()["entities"] == graph.to_networkx().number_of_nodes()
    steps = graph.path("林一", "青州")
    assert steps["found"] and [s["relation"] for s in steps["steps"]] == ["spokeAt", "locatedIn"]
    assert graph.neighbors("林一")["center"]["label"] == "林一"
    assert graph.central(by="degree", top=3)["entities"]
    assert graph.communities()["count"] >= 1
    for result in (steps, graph.stats(), graph.central(), graph.communities(), graph.validate()):
        assert _json.loads(_json.dumps(result, ensure_ascii=False)) == result  # plain data, no text layout
    assert graph.export("gephi", tmp_path / "g.gexf").startswith(f"wrote {tmp_path / 'g.gexf'}: ")
    assert graph.explore(tmp_path / "e.html").startswith(f"wrote {tmp_path / 'e.html'}: ")
    assert graph.folder.is_dir()


def test_the_cli_prints_what_the_api_returns(graph):
    """Each graph command's --json output is its Graph method's result (typer's runner drives the real app)."""
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    g = ["--graph", str(graph.folder), "--json"]
    for args, expected in ((["stats"], graph.stats()), (["path", "林一", "青州"], graph.path("林一", "青州")),
                           (["neighbors", "林一", "--depth", "2"], graph.neighbors("林一", depth=2)),
                           (["central", "--by", "pagerank"], graph.central(by="pagerank")),
                           (["communities"], graph.communities())):
        out = runner.invoke(app, args + g)
        assert out.exit_code == 0, (args, out.output)
        assert json.loads(out.stdout) == expected, args
    table = runner.invoke(app, ["path", "林一", "青州", "--graph", str(graph.folder)])
    assert table.stdout.strip() == "2 step(s):\n林一 -[spokeAt]-> 第一届未来传感大会 -[locatedIn]-> 青州"
