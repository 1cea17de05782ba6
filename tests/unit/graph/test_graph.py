"""RDF building, IRIs, the on-disk store and SHACL shapes, on hand-made records."""
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.api import Graph
from kg.errors import KgError
from kg.graph import ontology as ont
from kg.graph.rdf import build_rdf, ontology_triples
from kg.graph.store import STORE_DIR, install_store, ntriples_chunks, write_build, write_store
from kg.extract import resolve
from support.records import sample_graph_input, sample_records

KG = rdflib.Namespace(ont.KG)


def write(out: Path, docs=None, exs=None) -> Graph:
    if docs is None:
        docs, exs = sample_records()
    built = build_rdf(docs, *resolve(exs))
    write_build(out, ontology_triples() + built.triples, {"test": True})
    return Graph.open(out)


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return write(tmp_path_factory.mktemp("g"))


def test_iris_are_readable_and_deterministic():
    assert ont.entity_iri("Institution", "工业和信息化部") == "https://w3id.org/kg-policy/id/Institution/工业和信息化部"
    # reserved ASCII is percent-encoded, CJK punctuation stays
    assert ont.entity_iri("Technology", "AI 手机/x#?") == "https://w3id.org/kg-policy/id/Technology/AI%20手机%2Fx%23%3F"
    assert ont.entity_iri("Policy", "《意见》").endswith("/Policy/《意见》")
    assert ont.document_iri("004_ab#03") == "https://w3id.org/kg-policy/id/doc/004_ab%2303"
    # same label, different type: different nodes
    assert ont.entity_iri("Technology", "氢能") != ont.entity_iri("Industry", "氢能")
    assert ont.entity_iri("Technology", "a\u3000b\u200b") .endswith("/a%E3%80%80b%E2%80%8B")  # blanks are visible
    for iri in (ont.entity_iri("Technology", 'a"b<c>{d}'), ont.document_iri("x y")):
        ox.NamedNode(iri)  # a valid IRI for the store


def test_same_input_gives_identical_triples():
    a = build_rdf(*sample_graph_input())
    b = build_rdf(*sample_graph_input())
    assert sorted(map(str, a.triples)) == sorted(map(str, b.triples))


def test_relation_schema_comes_from_the_ontology():
    schema = ont.relation_schema()
    assert set(schema) == {"affiliatedWith", "issuedBy", "prioritizes", "enables", "appliedIn", "partOf", "locatedIn", "spokeAt"}
    assert schema["prioritizes"] == ({"Policy", "Event"}, {"Technology", "Industry"})
    assert schema["locatedIn"][0] == {"Institution", "Event"}


def test_build_rdf_counts_and_drops_relations_outside_the_schema():
    warnings = []
    built = build_rdf(*sample_graph_input(), warn=warnings.append)
    assert built.dropped_relations == 1 and "dropped" in warnings[0]
    assert built.relations_by_type["enables"] == 1  # the Person->Industry one is gone
    assert built.entities_by_type == {"Event": 1, "Industry": 2, "Institution": 2, "Person": 1, "Policy": 1, "Region": 1, "Technology": 1}


def test_direct_triple_and_statement_with_support(graph):
    q = """SELECT ?support (COUNT(?ev) AS ?n) WHERE {
        kgid:Technology\\/量子传感 kg:enables kgid:Industry\\/精密制造业 .
        ?st rdf:subject kgid:Technology\\/量子传感 ; rdf:predicate kg:enables ;
            rdf:object kgid:Industry\\/精密制造业 ; kg:support ?support ; kg:hasEvidence ?ev .
    } GROUP BY ?support"""
    assert graph.sparql(q).rows == [["2", "2"]]


def test_which_documents_say_a_enables_b_and_with_which_sentence(graph):
    q = """SELECT ?title ?sentence ?start ?end WHERE {
        ?a rdfs:label "量子传感" . ?b rdfs:label "精密制造业" .
        ?st rdf:subject ?a ; rdf:predicate kg:enables ; rdf:object ?b ; kg:hasEvidence ?ev .
        ?ev prov:wasDerivedFrom ?d ; kg:evidenceSentence ?sentence ; kg:start ?start ; kg:end ?end .
        ?d dcterms:title ?title } ORDER BY ?title"""
    rows = graph.sparql(q).rows
    assert [r[0] for r in rows] == ["海洋与量子", "量子传感观察"]
    assert all("量子传感赋能精密制造业" in r[1] for r in rows)


def test_documents_metadata_and_mentions(graph):
    docs = {d["id"]: d for d in graph.documents()}
    assert docs["alpha"]["title"] == "量子传感观察"
    assert docs["alpha"]["authors"] == ["林一"] and docs["alpha"]["publication"] == "测试日报"
    assert docs["beta#01"]["date"] == "2025-04" and docs["beta#01"]["source"] == "beta.txt"
    q = 'SELECT (COUNT(?d) AS ?n) WHERE { ?d kg:mentions ?e . ?e rdfs:label "量子传感" }'
    assert graph.sparql(q).rows == [["2"]]
    q = 'SELECT ?dt WHERE { ?d dcterms:identifier "alpha" ; dcterms:date ?x . BIND(DATATYPE(?x) AS ?dt) }'
    assert graph.sparql(q).rows == [[ont.XSD + "date"]]


def test_aliases_are_skos_altlabels(graph):
    q = 'SELECT ?l WHERE { ?e skos:altLabel "工信部" ; rdfs:label ?l }'
    assert graph.sparql(q).rows == [["工业和信息化部"]]


def test_kg_ttl_is_a_portable_copy(graph):
    g = rdflib.Graph().parse(graph.folder / "kg.ttl", format="turtle")
    assert len(g) == graph.triples()
    assert (rdflib.URIRef(ont.entity_iri("Person", "林一")), KG.affiliatedWith,
            rdflib.URIRef(ont.entity_iri("Institution", "北辰大学"))) in g
    assert "@prefix kg:" in (graph.folder / "kg.ttl").read_text(encoding="utf-8")


def test_store_is_rebuilt_from_kg_ttl_when_it_cannot_be_opened(tmp_path):
    g = write(tmp_path)
    n = g.triples()
    del g
    store = tmp_path / STORE_DIR
    for f in store.iterdir():  # an unreadable store (e.g. another Oxigraph version)
        if f.is_file():
            f.write_bytes(b"garbage")
    g2 = Graph.open(tmp_path)
    assert g2.triples() == n
    assert g2.lookup("林一")["type"] == "Person"


def test_missing_store_is_rebuilt_from_kg_ttl(tmp_path):
    import shutil

    n = write(tmp_path).triples()
    shutil.rmtree((tmp_path / STORE_DIR).resolve())  # the store of the live generation
    assert Graph.open(tmp_path).triples() == n
    assert (tmp_path / STORE_DIR).is_dir()
    (tmp_path / STORE_DIR).unlink()  # `rm -rf OUT/store` removes the generation's link
    assert Graph.open(tmp_path).triples() == n
    assert (tmp_path / STORE_DIR).is_dir()


def test_open_without_a_build_is_a_one_line_error(tmp_path):
    with pytest.raises(KgError, match=r"no graph at .*: run `kg build` first"):
        Graph.open(tmp_path)
    with pytest.raises(KgError, match="no graph at"):
        Graph.open(tmp_path / "missing")


def test_store_loaded_in_parallel_chunks_keeps_every_triple_and_blank_node(tmp_path):
    p, o = ox.NamedNode("http://e/p"), ox.NamedNode("http://e/o")
    list_node = ox.BlankNode("l1")  # an OWL list's node, used at both ends of the triples
    triples = [ox.Triple(list_node, p, o)]
    triples += [ox.Triple(ox.NamedNode(f"http://e/s{i}"), p, ox.Literal(f"值 {i}")) for i in range(1000)]
    triples += [ox.Triple(o, p, list_node), ox.Triple(o, p, ox.Literal("末"))]
    chunks = ntriples_chunks(triples, parts=3)
    assert len(chunks) == 3
    store = write_store(tmp_path / "s", chunks)
    assert len(store) == len(triples)
    blank = {t for q in store for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}
    assert len(blank) == 1  # not one node per chunk
    assert {(str(q.subject), str(q.object)) for q in store if isinstance(q.object, ox.Literal)} == {
        (str(t.subject), str(t.object)) for t in triples if isinstance(t.object, ox.Literal)}


def test_install_store_swaps_and_keeps_old_until_done(tmp_path):
    t1 = [ox.Triple(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("1"))]
    t2 = t1 + [ox.Triple(ox.NamedNode("http://e/b"), ox.NamedNode("http://e/p"), ox.Literal("2"))]
    s = write_store(tmp_path / "store.tmp-1", t1)
    del s
    install_store(tmp_path, tmp_path / "store.tmp-1")
    reader = ox.Store.read_only(str(tmp_path / STORE_DIR))  # a reader open during the swap
    s = write_store(tmp_path / "store.tmp-2", t2)
    del s
    install_store(tmp_path, tmp_path / "store.tmp-2")
    assert len(reader) == 1  # the open reader keeps its snapshot
    assert len(ox.Store.read_only(str(tmp_path / STORE_DIR))) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_DIR]


def test_shapes_pass_on_a_good_graph(graph):
    report = graph.validate()
    assert report == {"conforms": True, "violations": []}


def test_shapes_catch_broken_graphs(graph):
    from kg.query.validate import validate

    g = graph.rdflib()
    ai = rdflib.URIRef(ont.entity_iri("Technology", "量子传感"))
    person = rdflib.URIRef(ont.entity_iri("Person", "林一"))
    region = rdflib.URIRef(ont.entity_iri("Region", "青州"))
    g.add((person, KG.enables, region))  # wrong domain and range, and no statement node
    g.remove((ai, rdflib.RDFS.label, None))  # an entity without label
    for st in g.subjects(rdflib.RDF.type, KG.RelationStatement):
        g.set((st, KG.support, rdflib.Literal(7)))  # support no longer matches evidence
        break
    report = validate(g)
    assert not report["conforms"]
    messages = " ".join(v["message"] for v in report["violations"])
    focus = {v["focus"] for v in report["violations"]}
    assert str(ai) in focus and str(person) in focus
    assert "no kg:RelationStatement" in messages
    assert "differs from the number of evidence sentences" in messages
    from kg.cli.render import format_report

    text = format_report(report)
    assert text.startswith("the graph does NOT conform") and "kgid:Person/林一" in text


def test_cross_type_part_of_is_a_warning_not_a_violation(graph):
    from kg.cli.render import format_report
    from kg.query.validate import validate

    g = graph.rdflib()
    tech = rdflib.URIRef(ont.entity_iri("Technology", "量子传感"))
    industry = rdflib.URIRef(ont.entity_iri("Industry", "精密制造业"))
    g.add((tech, KG.partOf, industry))
    st = rdflib.URIRef(ont.statement_iri(str(tech), "partOf", str(industry)))
    ev = rdflib.URIRef(str(st) + "/e")
    doc = rdflib.URIRef(ont.document_iri("alpha"))
    for p, o in ((rdflib.RDF.type, KG.RelationStatement), (rdflib.RDF.subject, tech), (rdflib.RDF.predicate, KG.partOf),
                 (rdflib.RDF.object, industry), (KG.support, rdflib.Literal(1)), (KG.hasEvidence, ev),
                 (rdflib.URIRef(ont.PROV + "wasDerivedFrom"), doc), (KG.rule, rdflib.Literal("r"))):
        g.add((st, p, o))
    for p, o in ((rdflib.RDF.type, KG.Evidence), (rdflib.URIRef(ont.PROV + "wasDerivedFrom"), doc),
                 (KG.evidenceSentence, rdflib.Literal("句子。")), (KG.rule, rdflib.Literal("r"))):
        g.add((ev, p, o))
    report = validate(g)
    assert report["conforms"] is True
    assert [v["severity"] for v in report["violations"]] == ["Warning"]
    assert "different types" in format_report(report)


def test_two_rename_fallback_and_its_repair(tmp_path, monkeypatch):
    """Where renameat2 is missing the swap is two renames; a crash between them
    leaves store.old-<pid>, which opening the graph puts back."""
    import os

    from kg.graph import store as store_mod

    g = write(tmp_path)
    n = g.triples()
    del g
    monkeypatch.setattr(store_mod, "_exchange", lambda a, b: False)
    docs, exs = sample_records()
    write_build(tmp_path, ontology_triples() + build_rdf(docs[:1], *resolve(exs[:1])).triples, {})
    smaller = Graph.open(tmp_path).triples()
    assert smaller < n and not list(tmp_path.glob("store.old-*"))
    os.rename(tmp_path / STORE_DIR, tmp_path / "store.old-999999")  # crash between the renames
    assert Graph.open(tmp_path).triples() == smaller
    assert (tmp_path / STORE_DIR).is_dir()
