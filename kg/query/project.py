"""The networkx projection of the graph (the shape is fixed in docs/architecture.md)."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox

from kg.graph.ontology import KG
from kg.query.sparql import run_query

_DOCS = """
SELECT ?id ?title ?source ?publication ?date ?occasion WHERE {
  ?d a kg:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d kg:sourceFile ?source }
  OPTIONAL { ?d kg:publication ?publication }
  OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d kg:occasion ?occasion }
} ORDER BY ?id"""
_AUTHORS = "SELECT ?id ?author WHERE { ?d a kg:Document ; dcterms:identifier ?id ; dcterms:creator ?author }"
_ENTITIES = """
SELECT ?e ?label ?type ?mentions WHERE {
  ?e rdfs:label ?label ; kg:mentionCount ?mentions ; a ?class .
  ?class rdfs:subClassOf kg:Entity .
  BIND(STRAFTER(STR(?class), STR(kg:)) AS ?type)
}"""
_ALIASES = "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias ; kg:mentionCount ?m }"
_DOC_COUNTS = "SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d kg:mentions ?e } GROUP BY ?e"
_EDGES = """
SELECT ?s ?p ?o ?support WHERE {
  ?st a kg:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:support ?support .
}"""
# no OPTIONAL here: Oxigraph plans OPTIONAL joins badly, so offsets and
# confidences come in their own queries
_EVIDENCE = """
SELECT ?s ?p ?o ?ev ?doc ?sentence ?rule WHERE {
  ?st a kg:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:hasEvidence ?ev .
  ?ev prov:wasDerivedFrom ?d ; kg:evidenceSentence ?sentence ; kg:rule ?rule .
  ?d dcterms:identifier ?doc .
}"""
_STARTS = "SELECT ?ev ?start WHERE { ?ev a kg:Evidence ; kg:start ?start }"
_CONFIDENCES = "SELECT ?ev ?c WHERE { ?ev a kg:Evidence ; kg:confidence ?c }"


def documents(store: ox.Store) -> dict[str, dict]:
    docs: dict[str, dict] = {}
    for doc_id, title, source, publication, date, occasion in run_query(store, _DOCS).rows:
        docs[doc_id] = {"title": title, "source": source, "authors": [], "publication": publication, "date": date, "occasion": occasion}
    authors = defaultdict(list)
    for doc_id, author in run_query(store, _AUTHORS).rows:
        authors[doc_id].append(author)
    for doc_id, names in authors.items():
        if doc_id in docs:
            docs[doc_id]["authors"] = sorted(names)
    return docs


def to_networkx(store: ox.Store) -> nx.MultiDiGraph:
    docs = documents(store)
    G = nx.MultiDiGraph()
    G.graph["documents"] = {k: {f: v[f] for f in ("title", "source", "authors", "publication", "date")} for k, v in docs.items()}
    aliases = defaultdict(list)
    for e, alias in run_query(store, _ALIASES).rows:
        aliases[e].append(alias)
    doc_counts = {e: int(n) for e, n in run_query(store, _DOC_COUNTS).rows}
    for e, label, type_, mentions in sorted(run_query(store, _ENTITIES).rows):
        G.add_node(e, label=label, type=type_, aliases=sorted(aliases.get(e, [])),
                   doc_count=doc_counts.get(e, 0), mentions=int(mentions))
    evidence = defaultdict(list)
    starts = {ev: int(v) for ev, v in run_query(store, _STARTS).rows}
    confidences = {ev: float(v) for ev, v in run_query(store, _CONFIDENCES).rows}
    for s, p, o, ev, doc, sentence, rule in run_query(store, _EVIDENCE).rows:
        confidence = confidences.get(ev, 1.0)
        evidence[(s, p, o)].append((doc, starts.get(ev, -1), {
            "doc_id": doc,
            "doc_title": docs.get(doc, {}).get("title"),
            "sentence": sentence,
            "rule": rule,
            "confidence": confidence,
        }))
    for s, p, o, support in sorted(run_query(store, _EDGES).rows):
        rel = p[len(KG):]
        ev = [item for _d, _s, item in sorted(evidence.get((s, p, o), []), key=lambda x: (x[0], x[1]))]
        G.add_edge(s, o, key=rel, relation=rel, support=int(support), evidence=ev)
    return G
