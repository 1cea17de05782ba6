"""SPARQL store benchmark: rdflib in-memory vs the embedded Oxigraph store.

Synthetic mode (default): a graph of the kg shape (typed entities with labels
and aliases, relation triples, reified statements with evidence nodes) of
--triples triples (default 1,000,000), written as N-Triples.  Each engine runs
in its own process so memory figures do not mix; for each it prints load
seconds, RSS growth, and the median of lookup-by-label and 2-hop queries,
then the ratios.

    .venv/bin/python bench/bench_sparql.py                    # 1M triples
    .venv/bin/python bench/bench_sparql.py --triples 200000   # quicker

With --graph DIR (a `kg build` folder, as bench/run.py calls it) it also times
what users do on that graph: Graph.open, `kg lookup` (Graph.lookup, median)
and each query of ontology/queries/ on the store.

Target: lookup under 10 ms median on the store.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KG = "https://w3id.org/kg-policy/ontology#"
KGID = "https://w3id.org/kg-policy/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
TYPES = ("Technology", "Industry", "Institution", "Person", "Policy", "Region", "Event", "Publication")
RELS = ("enables", "appliedIn", "partOf")
REPEAT = 50
PREFIXES = f"PREFIX kg: <{KG}> PREFIX rdfs: <{RDFS}> PREFIX rdf: <{RDF}> "


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def entity(i: int) -> str:
    return f"<{KGID}{TYPES[i % len(TYPES)]}/实体{i}>"


def label(i: int) -> str:
    return f"实体{i}"


def generate(path: Path, target: int, seed: int = 7) -> dict:
    """About 4 triples per entity and 16 per relation (direct + statement + evidence)."""
    rng = random.Random(seed)
    n_entities = max(10, target // 40)  # -> ~10% of triples on entities, rest on relations
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n_entities):
            e = entity(i)
            fh.write(f'{e} <{RDF}type> <{KG}{TYPES[i % len(TYPES)]}> .\n')
            fh.write(f'{e} <{RDFS}label> "{label(i)}" .\n')
            fh.write(f'{e} <{SKOS}altLabel> "别名{i}" .\n')
            fh.write(f'{e} <{KG}mentionCount> "{rng.randint(1, 50)}"^^<{XSD_INT}> .\n')
            written += 4
        r = 0
        while written < target:
            h, t = rng.randrange(n_entities), rng.randrange(n_entities)
            rel = RELS[r % len(RELS)]
            st = f"<{KGID}rel/{rel}-{r}>"
            ev = f"<{KGID}rel/{rel}-{r}/e>"
            doc = f"<{KGID}doc/{r % 5000}>"
            lines = [
                f"{entity(h)} <{KG}{rel}> {entity(t)} .",
                f"{st} <{RDF}type> <{KG}RelationStatement> .",
                f"{st} <{RDF}subject> {entity(h)} .",
                f"{st} <{RDF}predicate> <{KG}{rel}> .",
                f"{st} <{RDF}object> {entity(t)} .",
                f'{st} <{KG}support> "1"^^<{XSD_INT}> .',
                f"{st} <{PROV}wasDerivedFrom> {doc} .",
                f'{st} <{KG}rule> "rule-{r % 17}" .',
                f"{st} <{KG}hasEvidence> {ev} .",
                f"{ev} <{RDF}type> <{KG}Evidence> .",
                f"{ev} <{PROV}wasDerivedFrom> {doc} .",
                f'{ev} <{KG}evidenceSentence> "{label(h)}赋能{label(t)}的句子{r}。" .',
                f'{ev} <{KG}start> "{r % 1000}"^^<{XSD_INT}> .',
                f'{ev} <{KG}end> "{r % 1000 + 30}"^^<{XSD_INT}> .',
                f'{ev} <{KG}rule> "rule-{r % 17}" .',
                f'{ev} <{KG}confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
            ]
            fh.write("\n".join(lines) + "\n")
            written += len(lines)
            r += 1
    return {"triples": written, "entities": n_entities, "relations": r}


def queries(n_entities: int, seed: int = 11) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    picks = [rng.randrange(n_entities) for _ in range(REPEAT)]
    by_label = [PREFIXES + f'SELECT ?e ?type WHERE {{ ?e rdfs:label "{label(i)}" ; rdf:type ?type }}' for i in picks]
    path = "kg:enables|kg:appliedIn|kg:partOf"
    two_hop = [PREFIXES + f"SELECT DISTINCT ?y WHERE {{ {entity(i)} {path} ?x . ?x {path} ?y }}" for i in picks]
    return by_label, two_hop


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run_engine(engine: str, data: Path, n_entities: int, work: Path) -> dict:
    """In a child process: load `data` into `engine`, time the queries."""
    base = rss_mb()
    by_label, two_hop = queries(n_entities)
    if engine == "rdflib":
        import rdflib

        g = rdflib.Graph()
        load = timed(lambda: g.parse(str(data), format="nt"))
        g.query(by_label[0])  # rdflib builds its SPARQL grammar on first use: not counted

        def run(q):
            return len(list(g.query(q)))
    else:
        import pyoxigraph as ox

        store = ox.Store(str(work / "oxigraph"))
        load = timed(lambda: store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES))

        def run(q):
            return len(list(store.query(q)))
    loaded = rss_mb()
    label_times, hop_times, rows = [], [], 0
    for q in by_label:
        t = time.perf_counter()
        rows += run(q)
        label_times.append(time.perf_counter() - t)
    for q in two_hop:
        t = time.perf_counter()
        rows += run(q)
        hop_times.append(time.perf_counter() - t)
    return {
        "engine": engine,
        "load_s": load,
        "rss_mb": loaded - base,
        "label_ms": statistics.median(label_times) * 1000,
        "two_hop_ms": statistics.median(hop_times) * 1000,
        "rows": rows,
    }


def synthetic(triples: int) -> None:
    with tempfile.TemporaryDirectory(prefix="kg-bench-sparql-") as tmp:
        work = Path(tmp)
        data = work / "graph.nt"
        t = time.perf_counter()
        info = generate(data, triples)
        print(f"synthetic graph: {info['triples']:,} triples, {info['entities']:,} entities, "
              f"{info['relations']:,} relations ({data.stat().st_size / 2**20:.0f} MB N-Triples, "
              f"generated in {time.perf_counter() - t:.1f}s)", flush=True)
        results = {}
        for engine in ("rdflib", "oxigraph"):
            (work / engine).mkdir()
            out = subprocess.run(
                [sys.executable, __file__, "--child", engine, "--data", str(data),
                 "--entities", str(info["entities"]), "--work", str(work / engine)],
                capture_output=True, text=True,
            )
            if out.returncode != 0:
                print(f"{engine} failed: {out.stderr[-2000:]}")
                return
            results[engine] = json.loads(out.stdout.strip().splitlines()[-1])
        r, o = results["rdflib"], results["oxigraph"]
        if r["rows"] != o["rows"]:
            print(f"warning: engines disagree on result rows ({r['rows']} vs {o['rows']})")
        print(f"{'':22}{'rdflib (memory)':>18}{'oxigraph (disk)':>18}{'rdflib/oxigraph':>18}")
        for key, name, fmt in (("load_s", "load (s)", "{:.1f}"), ("rss_mb", "RSS growth (MB)", "{:.0f}"),
                               ("label_ms", "lookup by label (ms)", "{:.3f}"), ("two_hop_ms", "2-hop query (ms)", "{:.3f}")):
            ratio = r[key] / o[key] if o[key] else float("inf")
            print(f"{name:22}{fmt.format(r[key]):>18}{fmt.format(o[key]):>18}{ratio:>17.1f}x")
        print(f"(medians of {REPEAT} queries each; {r['rows']} result rows in total per engine)")


def on_graph(folder: Path) -> None:
    from kg.api import Graph
    from kg.graph.ontology import QUERIES_DIR

    t = time.perf_counter()
    g = Graph.open(folder)
    opened = time.perf_counter() - t
    print(f"graph {folder}: {g.triples():,} triples, opened in {opened * 1000:.1f} ms")
    names = [r[0] for r in g.sparql("SELECT ?l WHERE { ?e rdfs:label ?l ; kg:mentionCount ?m } ORDER BY DESC(?m) LIMIT 25").rows]
    aliases = [r[0] for r in g.sparql("SELECT ?a WHERE { ?e skos:altLabel ?a } LIMIT 10").rows]
    t = time.perf_counter()
    g.lookup(names[0])
    print(f"first lookup (builds the label/alias index): {(time.perf_counter() - t) * 1000:.1f} ms")
    times = []
    for _ in range(5):
        for name in names + aliases:
            t = time.perf_counter()
            g.lookup(name)
            times.append(time.perf_counter() - t)
    print(f"lookup median {statistics.median(times) * 1000:.2f} ms, p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.2f} ms "
          f"over {len(times)} lookups (target < 10 ms)")
    fuzzy = []
    for name in names[:10]:
        t = time.perf_counter()
        try:
            g.lookup(name[:-1] + "某" if len(name) > 1 else name)
        except Exception:
            pass
        fuzzy.append(time.perf_counter() - t)
    print(f"misspelt-name lookup median {statistics.median(fuzzy) * 1000:.2f} ms")
    t = time.perf_counter()
    G = g.to_networkx()
    print(f"networkx projection: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges in {(time.perf_counter() - t) * 1000:.0f} ms")
    for q in sorted(QUERIES_DIR.glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        t = time.perf_counter()
        rows = len(g.sparql(text).rows)
        print(f"  {q.name:40} {rows:5} rows  {(time.perf_counter() - t) * 1000:8.2f} ms")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph")
    ap.add_argument("--graph", type=Path, help="also time lookups and shipped queries on this build folder")
    ap.add_argument("--no-synthetic", action="store_true", help="only the --graph figures")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--entities", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(run_engine(args.child, args.data, args.entities, args.work)))
        return
    if args.graph:
        on_graph(args.graph)
    if not args.no_synthetic:
        synthetic(args.triples)


if __name__ == "__main__":
    main()
