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


def joint_issuers(G: nx.MultiDiGraph) -> list[dict]:
    """Pairs of institutions that issued the same policy (two issuedBy
    relations from one policy), weighted by the number of such policies; the
    heaviest first."""
    issuers: dict[str, set[str]] = defaultdict(set)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        if (attrs.get("relation") or key) == "issuedBy" and u != v:
            issuers[u].add(v)
    policies: dict[tuple[str, str], list[str]] = defaultdict(list)
    for policy, institutions in issuers.items():
        for a, b in combinations(sorted(institutions), 2):
            policies[(a, b)].append(policy)
    pairs = [{"a": a, "b": b, "weight": len(ps), "policies": sorted(ps)} for (a, b), ps in policies.items()]
    return sorted(pairs, key=lambda p: (-p["weight"], p["a"], p["b"]))
