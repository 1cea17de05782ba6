"""What the explorer draws besides the entities and relations themselves, all
derived from the projection when the page is written: the Louvain community of
each entity (the ones `kg communities` reports), the documents each entity is
read from, and the joint-issuer links between institutions."""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from kg.query.analytics import communities


def community_ids(G: nx.MultiDiGraph) -> dict[str, int]:
    """Entity -> community number as `kg communities` numbers them (0 = the
    largest, shown as #1); entities in no community of two or more are absent."""
    found = communities(G, top=max(1, G.number_of_nodes()))["communities"]
    return {m["iri"]: c["id"] for c in found for m in c["members"]}


def entity_documents(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Entity -> the ids of the documents that mention it: the projection's
    `doc_ids` where it has them, plus the documents of its relations' evidence."""
    docs: dict[str, set[str]] = {n: {str(d) for d in (a.get("doc_ids") or ())} for n, a in G.nodes(data=True)}
    for u, v, attrs in G.edges(data=True):
        for ev in attrs.get("evidence") or ():
            doc = ev.get("doc_id")
            if doc:
                docs[u].add(str(doc))
                docs[v].add(str(doc))
    return {n: sorted(d) for n, d in docs.items()}


def joint_issuers(G: nx.MultiDiGraph, found: dict | None = None) -> list[dict]:
    """Pairs of institutions in G that issued the same policy, weighted by the
    number of such policies, the heaviest first: [{"a", "b", "weight",
    "policies"}] (entity keys). FOUND is what Graph.joint_issuers() returns
    (ontology/queries/joint_issuers.rq, the definition); without it (a
    projection with no store behind it) the same pairs are read from G's
    issuedBy relations."""
    if found is not None:
        policies_named: dict[str, str] = {}
        for n, a in G.nodes(data=True):
            if a.get("type") == "Policy":
                policies_named.setdefault(str(a.get("label")), n)
        pairs = [
            {"a": p["a_iri"], "b": p["b_iri"], "weight": int(p["policies"]),
             "policies": sorted(policies_named[t] for t in p.get("titles") or () if t in policies_named)}
            for p in found.get("pairs") or ()
            if p["a_iri"] in G and p["b_iri"] in G
        ]
    else:
        issuers: dict[str, set[str]] = defaultdict(set)
        for u, v, key, attrs in G.edges(keys=True, data=True):
            if (attrs.get("relation") or key) == "issuedBy" and u != v and G.nodes[v].get("type") == "Institution":
                issuers[u].add(v)
        policies: dict[tuple[str, str], list[str]] = defaultdict(list)
        for policy, institutions in issuers.items():
            for a, b in combinations(sorted(institutions), 2):
                policies[(a, b)].append(policy)
        pairs = [{"a": a, "b": b, "weight": len(ps), "policies": sorted(ps)} for (a, b), ps in policies.items()]
    return sorted(pairs, key=lambda p: (-p["weight"], p["a"], p["b"]))
