"""Node positions precomputed in Python for graphs too big for the browser's
physics to settle quickly."""
from __future__ import annotations

import math

import networkx as nx

# Median edge length on screen, in vis-network canvas units.
EDGE_LENGTH = 140.0


def isolated_nodes(G: nx.MultiDiGraph) -> list[str]:
    """Entities with no relation to another entity, grouped by type then label."""
    linked = {n for u, v in G.edges() if u != v for n in (u, v)}
    return sorted((n for n in G if n not in linked), key=lambda n: (str(G.nodes[n].get("type")), str(G.nodes[n].get("label", n))))


def precompute_positions(G: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Force-directed positions for the linked entities (igraph's grid
    Fruchterman-Reingold: C, about a second for 10k nodes; networkx's spring
    layout if igraph is missing), the unlinked ones in a block under them."""
    isolated = isolated_nodes(G)
    alone = set(isolated)
    nodes = [n for n in G if n not in alone]
    positions = _force_layout(G, nodes, seed) if nodes else {}
    positions.update(grid_below(isolated, positions.values()))
    return positions


def grid_below(isolated: list[str], points) -> dict[str, tuple[float, float]]:
    """Entities without relations in a tidy block (grouped by type) under POINTS."""
    if not isolated:
        return {}
    points = list(points)
    xs = [x for x, _ in points] or [0.0]
    ys = [y for _, y in points] or [0.0]
    positions = points
    step = EDGE_LENGTH * 0.55
    columns = max(int(math.sqrt(len(isolated) * 2.5)), int((max(xs) - min(xs)) / step) + 1, 1)
    left = (min(xs) + max(xs)) / 2 - (min(columns, len(isolated)) - 1) * step / 2
    top = max(ys) + 2 * EDGE_LENGTH if positions else 0.0
    return {
        n: (round(left + (i % columns) * step, 1), round(top + (i // columns) * step, 1)) for i, n in enumerate(isolated)
    }


def _force_layout(G: nx.MultiDiGraph, nodes: list[str], seed: int) -> dict[str, tuple[float, float]]:
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(index[u], index[v]) for u, v in G.edges() if u != v and u in index and v in index})
    try:
        import random

        import igraph

        # a private seeded generator: same picture for the same graph, and the
        # global `random` state is left alone
        igraph.set_random_number_generator(random.Random(seed))
        try:
            ig = igraph.Graph(n=len(nodes), edges=pairs)
            coords = [tuple(p) for p in ig.layout_fruchterman_reingold(niter=1000, grid="auto").coords]
        finally:
            igraph.set_random_number_generator(random)
    except ImportError:
        coords = _networkx_layout(len(nodes), pairs, seed)
    return dict(zip(nodes, _scale(coords, pairs)))


def _networkx_layout(n: int, pairs: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    """The fallback without igraph: networkx's spring layout (its big-graph
    solver needs scipy; without scipy, a circle)."""
    simple = nx.Graph()
    simple.add_nodes_from(range(n))
    simple.add_edges_from(pairs)
    try:
        layout = nx.spring_layout(simple, seed=seed)
    except ImportError:
        layout = nx.circular_layout(simple)
    return [tuple(layout[i]) for i in range(n)]


def _scale(coords: list[tuple[float, float]], pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Centre on the origin and scale so the median edge is EDGE_LENGTH long."""
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in pairs)
    median = lengths[len(lengths) // 2] if lengths else 0.0
    if median <= 0:
        spread = max((math.dist(c, (cx, cy)) for c in coords), default=0.0)
        median = spread / max(1.0, math.sqrt(len(coords))) or 1.0
    factor = EDGE_LENGTH / median
    return [(round((x - cx) * factor, 1), round((y - cy) * factor, 1)) for x, y in coords]
