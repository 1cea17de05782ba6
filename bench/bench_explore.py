"""Time the explorer on synthetic projections: seconds to write the page, its
size, and seconds until it is laid out and interactive in headless Chromium.

    .venv/bin/python bench/bench_explore.py [NODES ...]     (default 663 3000 10000)

Relations are twice the entities, with a few hubs and a long tail; one
evidence sentence each.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.explore import write_explorer
from kg.explore.page import PHYSICS_MAX_NODES
from kg.model import ENTITY_TYPES, RELATION_TYPES

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def synthetic(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph(documents={f"d{i}": {"title": f"文档{i}", "source": f"{i}.txt", "authors": [], "publication": None, "date": None} for i in range(100)})
    for i in range(n_nodes):
        G.add_node(f"kg:e{i}", label=f"实体{i}", type=ENTITY_TYPES[i % 8], aliases=[], doc_count=1, mentions=1)
    seen = set()
    while len(seen) < n_edges:
        u, v, rel = f"kg:e{int(rng.random() ** 3 * n_nodes)}", f"kg:e{rng.randrange(n_nodes)}", rng.choice(RELATION_TYPES)
        if u != v and (u, v, rel) not in seen:
            seen.add((u, v, rel))
            G.add_edge(u, v, key=rel, relation=rel, support=1 + int(rng.expovariate(1.0)),
                       evidence=[{"doc_id": f"d{rng.randrange(100)}", "doc_title": "文档", "sentence": f"{u}{rel}{v}。", "rule": "bench", "confidence": 0.8}])
    return G


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        print(f"{'nodes':>7} {'edges':>7} {'layout':>11} {'write s':>8} {'KB':>7} {'ready s':>8} {'select s':>9} {'next s':>7}")
        for n in sizes:
            G = synthetic(n, 2 * n)
            out = Path(tmp) / f"e{n}.html"
            started = time.perf_counter()
            write_explorer(G, out)
            written = time.perf_counter() - started
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            started = time.perf_counter()
            page.goto(out.as_uri())
            while not page.evaluate("!!(window.kgExplorer && kgExplorer.ready)"):
                page.wait_for_timeout(50)
            ready = time.perf_counter() - started
            started = time.perf_counter()
            page.evaluate("kgExplorer.select('kg:e7')")
            page.evaluate("new Promise(r => requestAnimationFrame(() => r()))")
            selected = time.perf_counter() - started
            started = time.perf_counter()
            page.evaluate("kgExplorer.select('kg:e8')")
            page.evaluate("new Promise(r => requestAnimationFrame(() => r()))")
            again = time.perf_counter() - started
            page.close()
            layout = "physics" if n <= PHYSICS_MAX_NODES else "precomputed"
            print(f"{n:>7} {2 * n:>7} {layout:>11} {written:>8.2f} {out.stat().st_size / 1024:>7.0f} {ready:>8.2f} {selected:>9.2f} {again:>7.2f}")
        browser.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [300, 663, 3000, 10000])
