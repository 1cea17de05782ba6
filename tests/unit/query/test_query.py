"""SPARQL, lookup, the networkx projection and analytics on a real store."""
import json

import networkx as nx
import pytest

from kg.errors import KgError
from kg.graph import ontology as ont
from kg.graph.rdf import build_rdf, ontology_triples
from kg.graph.store import write_build
from kg.api import Graph
from kg.model import Extraction, Mention
from kg.query import analytics
from kg.cli.render import format_communities, format_lookup, format_path, format_result, format_stats
from kg.query.sparql import read_query
from kg.extract import resolve
from support.records import _doc, sample_records

TRICKY = 'x" } ; DROP ALL ; #'  # a label that is also SPARQL syntax


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    docs, exs = sample_records()
    tricky = _doc("gamma", f"本文讨论{TRICKY}技术。", title="引号")
    docs.append(tricky)
    exs.append(Extraction(doc_id="gamma", mentions=[Mention(text=TRICKY, type="Technology", label=TRICKY, start=4, end=4 + len(TRICKY))]))
    out = tmp_path_factory.mktemp("q")
    write_build(out, ontology_triples() + build_rdf(docs, *resolve(exs)).triples, {})
    return Graph.open(out)


# ---------------------------------------------------------------- SPARQL

def test_select_with_predefined_prefixes(graph):
    r = graph.sparql("SELECT ?l WHERE { ?e a kg:Technology ; rdfs:label ?l } ORDER BY ?l")
    assert r.vars == ["l"]
    assert ["量子传感"] in r.rows


def test_ask_and_construct(graph):
    assert graph.sparql('ASK { ?e skos:altLabel "工信部" }').boolean is True
    assert graph.sparql('ASK { ?e skos:altLabel "不存在" }').boolean is False
    r = graph.sparql("CONSTRUCT { ?a kg:enables ?b } WHERE { ?a kg:enables ?b }")
    assert r.vars == ["subject", "predicate", "object"] and len(r.rows) == 1


def test_optional_unbound_is_none(graph):
    r = graph.sparql('SELECT ?d ?t WHERE { ?d dcterms:identifier "beta#02" OPTIONAL { ?d dcterms:date ?t } }')
    assert r.rows[0][1] is None


@pytest.mark.parametrize("bad", ["SELECT ?x WHERE { ?x ", "SELEC * WHERE {}", "SELECT * WHERE { ?s nope:p ?o }"])
def test_invalid_query_is_one_line_kgerror(graph, bad):
    with pytest.raises(KgError) as e:
        graph.sparql(bad)
    assert "\n" not in str(e.value) and str(e.value).startswith("invalid SPARQL")


def test_update_is_refused(graph):
    n = graph.triples()
    with pytest.raises(KgError):
        graph.sparql("DELETE WHERE { ?s ?p ?o }")
    assert graph.triples() == n


def test_format_result_table_json_csv(graph):
    r = graph.sparql('SELECT ?e ?l WHERE { ?e rdfs:label ?l ; a kg:Person }')
    table = format_result(r, "table")
    assert "kgid:Person/林一" in table and table.endswith("1 row")
    data = json.loads(format_result(r, "json"))
    assert data == {"vars": ["e", "l"], "rows": [{"e": ont.entity_iri("Person", "林一"), "l": "林一"}]}
    assert format_result(r, "csv").splitlines() == ["e,l", f"{ont.entity_iri('Person', '林一')},林一"]
    assert format_result(graph.sparql("ASK {}"), "json") == '{"boolean": true}'


def test_read_query(tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("# comment\nSELECT * {}\n", encoding="utf-8")
    assert read_query(None, f).startswith("# comment")
    assert read_query("ASK {}", None) == "ASK {}"
    with pytest.raises(KgError, match="no such query file"):
        read_query(None, tmp_path / "none.rq")
    with pytest.raises(KgError):
        read_query(None, None)


# ---------------------------------------------------------------- lookup

def test_lookup_by_alias_shows_label_relations_and_evidence(graph):
    r = graph.lookup("工信部")
    assert (r["match"], r["label"], r["type"]) == ("alias", "工业和信息化部", "Institution")
    assert r["relation_counts"] == {"out": {}, "in": {"issuedBy": 1}}
    assert r["evidence"][0]["doc_title"] == "量子传感观察"
    text = format_lookup(r)
    assert "工业和信息化部" in text and "<- issuedBy" in text and "量子传感观察" in text


def test_lookup_exact_label_groups_relations(graph):
    r = graph.lookup("量子传感", limit=2)
    assert r["match"] == "label"
    assert set(r["relations"]["out"]) == {"enables", "appliedIn"}
    assert r["relations"]["out"]["enables"][0] == {
        "iri": ont.entity_iri("Industry", "精密制造业"), "label": "精密制造业", "type": "Industry", "support": 2}
    assert r["relations"]["in"]["prioritizes"][0]["label"] == "《测试产业发展行动方案》"
    assert len(r["evidence"]) == 2 and r["evidence"][0]["relation"] == "enables"


def test_lookup_forgives_width_case_and_title_marks(graph):
    assert graph.lookup("测试产业发展行动方案")["label"] == "《测试产业发展行动方案》"
    assert graph.lookup(" 林 一 ")["label"] == "林一"


def test_lookup_misspelt_name_resolves_to_closest(graph):
    r = graph.lookup("工业和信息化布")
    assert r["match"] == "fuzzy" and r["label"] == "工业和信息化部"
    assert "closest: 工业和信息化部" in format_lookup(r)


def test_lookup_unknown_name_suggests(graph):
    with pytest.raises(KgError, match="did you mean: .*北辰大学"):
        graph.lookup("北辰理工大学院")
    with pytest.raises(KgError, match="no entity named"):
        graph.lookup("完全无关的名字")


def test_lookup_injection_is_just_a_name(graph):
    r = graph.lookup(TRICKY)
    assert r["label"] == TRICKY and r["match"] == "label"
    n = graph.triples()
    for name in ['" } ; DELETE WHERE { ?s ?p ?o } #', "<http://x> ?p ?o", "\\u0022) }"]:
        with pytest.raises(KgError) as e:
            graph.lookup(name)
        assert "\n" not in str(e.value)
    assert graph.triples() == n


def test_resolve(graph):
    assert graph.resolve("工信部") == ont.entity_iri("Institution", "工业和信息化部")
    assert graph.resolve(ont.entity_iri("Person", "林一")) == ont.entity_iri("Person", "林一")
    with pytest.raises(KgError, match="did you mean: 工业和信息化部"):
        graph.resolve("工业和信息化布")


# ---------------------------------------------------------------- projection

def test_networkx_projection_shape(graph):
    G = graph.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    n = G.nodes[ont.entity_iri("Institution", "工业和信息化部")]
    shape = {"label": "工业和信息化部", "type": "Institution", "aliases": ["工信部"], "other_types": [],
             "doc_count": 1, "mentions": 1, "degree": 1}
    assert {k: n[k] for k in shape} == shape
    q = G.nodes[ont.entity_iri("Technology", "量子传感")]
    assert (q["doc_count"], q["mentions"]) == (2, 2)
    edges = G.get_edge_data(ont.entity_iri("Technology", "量子传感"), ont.entity_iri("Industry", "精密制造业"))
    assert list(edges) == ["enables"]
    e = edges["enables"]
    assert e["relation"] == "enables" and e["support"] == 2
    assert [ev["doc_id"] for ev in e["evidence"]] == ["alpha", "beta#01"]
    assert set(e["evidence"][0]) == {"doc_id", "doc_title", "sentence", "rule", "confidence"}
    assert e["evidence"][0]["rule"] == "enable-cue" and e["evidence"][0]["confidence"] == 0.9
    assert G.graph["documents"]["alpha"] == {
        "title": "量子传感观察", "source": "alpha.txt", "authors": ["林一"], "publication": "测试日报", "date": "2025-03-01"}
    assert G.number_of_edges() == 7


# ---------------------------------------------------------------- analytics

def test_stats(graph):
    s = analytics.stats(graph.to_networkx())
    assert s["entities"] == 10 and s["relations"] == 7 and s["documents"] == 4
    assert s["relations_by_type"]["enables"] == 1
    assert s["isolated"] == 1  # the tricky label has no relations
    assert s["components"] == 3 and s["largest_component"] == 5
    assert "weakly connected" in format_stats(s)


def test_neighbors_and_path(graph):
    G = graph.to_networkx()
    person = graph.resolve("林一")
    r = analytics.neighbors(G, person, depth=1)
    assert {n["label"] for n in r["neighbors"]} == {"北辰大学", "第一届未来传感大会"}
    r2 = analytics.neighbors(G, person, depth=2)
    assert "青州" in {n["label"] for n in r2["neighbors"]}
    p = analytics.path(G, graph.resolve("青州"), person)
    assert p["found"] and p["length"] == 2
    assert [s["direction"] for s in p["steps"]] == ["backward", "backward"]
    assert format_path(p) == "2 step(s):\n青州 <-[locatedIn]- 第一届未来传感大会 <-[spokeAt]- 林一"
    none = analytics.path(G, person, graph.resolve(TRICKY))
    assert not none["found"] and "no path" in format_path(none)


def test_central_and_communities(graph):
    G = graph.to_networkx()
    for by in ("degree", "pagerank", "betweenness"):
        r = analytics.central(G, by=by, top=3)
        assert len(r["entities"]) == 3
    top = analytics.central(G, by="degree", top=1)["entities"][0]
    assert top["label"] == "量子传感"
    only = analytics.central(G, type_="institution", top=5)
    assert only["type"] == "Institution" and {e["type"] for e in only["entities"]} == {"Institution"}
    with pytest.raises(KgError):
        analytics.central(G, type_="Nonsense")
    c1 = analytics.communities(G)
    c2 = analytics.communities(graph.to_networkx())
    assert c1 == c2 and c1["count"] >= 2
    assert sum(c["size"] for c in c1["communities"]) == 9
    json.dumps(c1, ensure_ascii=False)
    assert "Louvain" in format_communities(c1)
