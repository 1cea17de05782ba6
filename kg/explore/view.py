"""Which part of the graph the explorer shows: all of it, the top-N entities by
centrality, or the neighbourhood of one entity."""
from __future__ import annotations

import networkx as nx

from kg.errors import InputError, KgError


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose key, canonical label or alias is NAME (labels first)."""
    if name in G:
        return name
    wanted = name.strip().casefold()
    by_alias = None
    for node, attrs in G.nodes(data=True):
        if str(attrs.get("label", "")).casefold() == wanted:
            return node
        if by_alias is None and any(str(a).casefold() == wanted for a in attrs.get("aliases") or ()):
            by_alias = node
    if by_alias is not None:
        return by_alias
    raise KgError(f"no entity named {name!r} in the graph")


def centrality_rank(G: nx.MultiDiGraph) -> list[str]:
    """Nodes from most to least central: distinct neighbours (degree centrality
    on the undirected view), then total support of their relations, then label."""
    support = {n: 0 for n in G}
    for u, v, attrs in G.edges(data=True):
        s = int(attrs.get("support") or 1)
        support[u] += s
        support[v] += s
    neighbours = {n: len(set(G.successors(n)) | set(G.predecessors(n))) for n in G}
    return sorted(G, key=lambda n: (-neighbours[n], -support[n], str(G.nodes[n].get("label", n))))


def select_view(
    G: nx.MultiDiGraph, top: int | None = None, focus: str | None = None, depth: int = 2
) -> nx.MultiDiGraph:
    """The subgraph to draw (a copy: the caller's graph is never changed)."""
    if top is not None and top < 1:
        raise InputError(f"--top must be at least 1, got {top}")
    if depth < 0:
        raise InputError(f"--depth must be 0 or more, got {depth}")
    keep = set(G)
    focus_node = None
    if focus is not None:
        focus_node = find_node(G, focus)
        lengths = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), focus_node, cutoff=depth)
        keep = set(lengths)
    if top is not None and len(keep) > top:
        ranked = [n for n in centrality_rank(G.subgraph(keep)) if n != focus_node]
        chosen = ranked[: top - 1] if focus_node is not None else ranked[:top]
        keep = set(chosen) | ({focus_node} if focus_node is not None else set())
    view = G.subgraph(keep).copy()
    view.graph = dict(G.graph)
    return view
