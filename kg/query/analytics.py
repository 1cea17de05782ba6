"""Graph analytics over the networkx projection (Graph.to_networkx()).

Each function returns JSON-able data (kg.cli.render lays it out).
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from kg.errors import KgError
from kg.query.project import degree

LOUVAIN_SEED = 42


def _node(G: nx.MultiDiGraph, n: str) -> dict:
    d = G.nodes[n]
    return {"iri": n, "label": d.get("label", n), "type": d.get("type")}


def _require(G: nx.MultiDiGraph, n: str) -> None:
    if n not in G:
        raise KgError(f"{n} is not an entity of the graph")


def stats(G: nx.MultiDiGraph) -> dict:
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    components = list(nx.weakly_connected_components(G)) if nodes else []
    sizes = sorted((len(c) for c in components), reverse=True)
    return {
        "documents": len(G.graph.get("documents", {})),
        "entities": nodes,
        "relations": edges,
        "entities_by_type": dict(sorted(Counter(d.get("type") for _, d in G.nodes(data=True)).items())),
        "relations_by_type": dict(sorted(Counter(k for _, _, k in G.edges(keys=True)).items())),
        "density": round(nx.density(G), 6) if nodes > 1 else 0.0,
        "isolated": sum(1 for n in G if degree(G, n) == 0),
        "components": len(components),
        "largest_component": sizes[0] if sizes else 0,
        "component_sizes": sizes[:10],
        "evidence_sentences": sum(d.get("support", 0) for _, _, d in G.edges(data=True)),
    }


def neighbors(G: nx.MultiDiGraph, node: str, depth: int = 1) -> dict:
    """Entities within `depth` hops (either direction), with the relations between
    them and the hop at which each was reached."""
    _require(G, node)
    if depth < 1:
        raise KgError(f"--depth must be at least 1, got {depth}")
    U = G.to_undirected(as_view=True)
    dist = nx.single_source_shortest_path_length(U, node, cutoff=depth)
    found = sorted((n for n in dist if n != node), key=lambda n: (dist[n], G.nodes[n].get("type") or "", G.nodes[n].get("label", n)))
    inside = set(dist)
    edges = [
        {"source": _node(G, u)["label"], "relation": k, "target": _node(G, v)["label"], "support": d.get("support", 0)}
        for u, v, k, d in G.edges(keys=True, data=True)
        if u in inside and v in inside
    ]
    edges.sort(key=lambda e: (-e["support"], e["source"], e["relation"], e["target"]))
    return {
        "center": _node(G, node),
        "depth": depth,
        "neighbors": [dict(_node(G, n), hops=dist[n]) for n in found],
        "relations": edges,
    }


def path(G: nx.MultiDiGraph, a: str, b: str) -> dict:
    """Shortest chain between two entities, ignoring direction; each step says
    which way its relation points."""
    _require(G, a)
    _require(G, b)
    U = G.to_undirected(as_view=True)
    try:
        nodes = nx.shortest_path(U, a, b)
    except nx.NetworkXNoPath:
        return {"source": _node(G, a), "target": _node(G, b), "found": False, "length": None, "steps": []}
    steps = []
    for u, v in zip(nodes, nodes[1:]):
        forward = [(k, d) for k, d in (G.get_edge_data(u, v) or {}).items()]
        backward = [(k, d) for k, d in (G.get_edge_data(v, u) or {}).items()]
        options = [(d.get("support", 0), k, "forward") for k, d in forward] + [(d.get("support", 0), k, "backward") for k, d in backward]
        support, rel, direction = max(options, key=lambda o: (o[0], o[2] == "forward", o[1]))
        head, tail = (u, v) if direction == "forward" else (v, u)
        steps.append({
            "from": _node(G, u),
            "to": _node(G, v),
            "relation": rel,
            "direction": direction,
            "head": G.nodes[head].get("label", head),
            "tail": G.nodes[tail].get("label", tail),
            "support": support,
        })
    return {"source": _node(G, a), "target": _node(G, b), "found": True, "length": len(steps), "steps": steps}


def central(G: nx.MultiDiGraph, type_: str | None = None, by: str = "degree", top: int = 20) -> dict:
    if by not in ("degree", "pagerank", "betweenness"):
        raise KgError(f"unknown centrality {by!r}: use degree, pagerank or betweenness")
    if type_ is not None:
        from kg.schema import LABELS_ZH

        # the explorer shows types by their Chinese names (技术): both are accepted
        type_ = {zh: name for name, zh in LABELS_ZH.items()}.get(type_.strip(), type_)
        types = {d.get("type") for _, d in G.nodes(data=True)}
        match = {t.lower(): t for t in types if t}
        if type_.lower() not in match:
            raise KgError(f"no entities of type {type_!r}; types in the graph: {', '.join(sorted(match.values())) or 'none'}")
        type_ = match[type_.lower()]
    if G.number_of_nodes() == 0:
        scores = {}
    elif by == "degree":
        scores = {n: float(degree(G, n)) for n in G}
    elif by == "pagerank":
        S = nx.DiGraph()
        S.add_nodes_from(G)
        for u, v, d in G.edges(data=True):
            w = S[u][v]["weight"] if S.has_edge(u, v) else 0
            S.add_edge(u, v, weight=w + d.get("support", 1))
        scores = nx.pagerank(S, weight="weight")
    else:
        scores = nx.betweenness_centrality(nx.Graph(G.to_undirected()))
    ranked = [n for n in G if type_ is None or G.nodes[n].get("type") == type_]
    ranked.sort(key=lambda n: (-scores.get(n, 0), G.nodes[n].get("label", n)))
    return {
        "by": by,
        "type": type_,
        "entities": [dict(_node(G, n), score=round(float(scores.get(n, 0)), 6), degree=degree(G, n)) for n in ranked[:top]],
    }


def communities(G: nx.MultiDiGraph, top: int = 10) -> dict:
    """Louvain communities of the undirected, support-weighted graph (fixed seed:
    the same graph gives the same communities)."""
    S = nx.Graph()
    S.add_nodes_from(sorted(G))
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        if u == v:
            continue
        w = S[u][v]["weight"] if S.has_edge(u, v) else 0
        S.add_edge(u, v, weight=w + d.get("support", 1))
    found = nx.community.louvain_communities(S, weight="weight", seed=LOUVAIN_SEED) if S.number_of_edges() else []
    found = [c for c in found if len(c) > 1]
    found.sort(key=lambda c: (-len(c), min(c)))
    out = []
    for i, members in enumerate(found[:top]):
        ranked = sorted(members, key=lambda n: (-degree(G, n), G.nodes[n].get("label", n)))
        out.append({
            "id": i,
            "size": len(members),
            "types": dict(sorted(Counter(G.nodes[n].get("type") for n in members).items())),
            "members": [_node(G, n) for n in ranked],
        })
    return {"count": len(found), "seed": LOUVAIN_SEED, "communities": out}
