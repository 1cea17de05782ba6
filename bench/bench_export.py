"""Time every exporter on a synthetic projection (default 20,000 entities,
40,000 relations, 2 evidence sentences each) and print seconds and sizes.

    .venv/bin/python bench/bench_export.py [NODES] [EDGES]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.neo4j import write_neo4j
from kg.export.tables import write_tables
from kg.model import ENTITY_TYPES, RELATION_TYPES


def synthetic(n_nodes: int, n_edges: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    G.graph["documents"] = {f"d{i}": {"title": f"文件{i}", "source": f"d{i}.txt", "authors": [], "publication": None, "date": None} for i in range(100)}
    ids = [f"https://w3id.org/kg-policy/id/E/{i}" for i in range(n_nodes)]
    for i, n in enumerate(ids):
        G.add_node(n, label=f"实体{i}", type=ENTITY_TYPES[i % 8], aliases=[f"别名{i}"], doc_count=1 + i % 5, mentions=1 + i % 9)
    for _ in range(n_edges):
        rel = rnd.choice(RELATION_TYPES)
        ev = [{"doc_id": f"d{rnd.randrange(100)}", "doc_title": "文件", "sentence": "人工智能赋能制造业，推动生产方式变革。" * 2, "rule": "r", "confidence": 0.8} for _ in range(2)]
        G.add_edge(rnd.choice(ids), rnd.choice(ids), key=rel, relation=rel, support=2, evidence=ev)
    return G


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def main() -> None:
    n_nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    n_edges = int(sys.argv[2]) if len(sys.argv) > 2 else 40_000
    G = synthetic(n_nodes, n_edges)
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, fn, target in (("neo4j", write_neo4j, tmp / "neo4j"), ("gexf", write_gexf, tmp / "kg.gexf"),
                                 ("graphml", write_graphml, tmp / "kg.graphml"), ("csv", write_tables, tmp / "csv")):
            t = time.perf_counter()
            fn(G, target)
            print(f"{name:8s} {time.perf_counter() - t:6.2f} s  {size(target) / 1e6:7.1f} MB")


if __name__ == "__main__":
    main()
