"""The Python API the CLI calls: `build()` and `Graph.open()`.

    >>> report = build("corpus", out="exports")
    >>> g = Graph.open("exports")
    >>> g.sparql("SELECT ?l WHERE { ?e a kg:Technology ; rdfs:label ?l }").rows
"""
from __future__ import annotations

import gc
import itertools
import os
import time
from collections import Counter, deque
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.errors import InputError
from kg.model import Document, Extraction

FORMATS = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld"}


# --------------------------------------------------------------------------- build


def _extract(documents: Iterable[Document], *, jobs, dask, progress) -> Iterable[Extraction]:
    from kg.pipeline import map_extract

    return map_extract(documents, jobs=jobs, dask=dask, progress=progress)


def build(
    corpus: str | Path = "corpus",
    out: str | Path = "exports",
    *,
    jobs: int | None = None,
    dask: str | None = None,
    strict: bool = False,
    full: bool = False,
    progress: bool = True,
    warn: Callable[[str], None] | None = None,
) -> dict:
    """Ingest `corpus`, extract (reusing OUT/cache/ for unchanged documents unless
    `full`), resolve, and write OUT/store/, OUT/kg.ttl and OUT/manifest.json.

    The whole graph is re-assembled from cached + new extractions every time, so
    removed documents disappear.  The previous graph stays intact until the new
    one is complete (see kg.graph.store).  Returns {"out", "documents",
    "extracted", "cached", "entities", "relations", "triples", "seconds",
    "entities_by_type", "relations_by_type"}.
    """
    from kg.ingest import iter_corpus
    from kg.pipeline import relax_gc

    started = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is a file, not a folder")
    # Documents are read lazily: with worker processes, reading the corpus
    # overlaps extraction (kg.pipeline reads ahead in a thread).  The first
    # one is read now so a missing or empty corpus fails before OUT/ is touched.
    reading = iter_corpus(corpus, strict=strict, warn=warn)
    first = next(reading, None)
    if first is None:
        raise InputError(f"no documents found in {corpus}/")
    in_process = not dask and (jobs or os.cpu_count() or 1) == 1

    thresholds = gc.get_threshold()
    try:
        relax_gc()
        return _build(
            corpus, out, first, reading, jobs=jobs, dask=dask, full=full, progress=progress,
            warn=warn, in_process=in_process, started=started,
        )
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _build(corpus: Path, out: Path, first: Document, reading: Iterator[Document], *, jobs, dask, full,
           progress, warn, in_process: bool, started: float) -> dict:
    from kg.extract import resolve
    from kg.graph.cache import ExtractionCache
    from kg.graph.rdf import build_rdf, ontology_triples
    from kg.graph.store import build_lock, cleanup_stale, write_build

    with build_lock(out):
        cleanup_stale(out)
        cache = ExtractionCache(out)
        documents: list[Document] = []
        extractions: dict[str, Extraction] = {}
        sent: deque[Document] = deque()  # documents given to extraction, not yet back (thread-safe)

        def uncached() -> Iterator[Document]:
            for doc in itertools.chain([first], reading):
                documents.append(doc)
                hit = None if full else cache.get(doc)
                if hit is None:
                    sent.append(doc)
                    yield doc
                else:
                    extractions[doc.id] = hit

        # in-process extraction has nothing to overlap: read everything first,
        # so the progress bar knows its totals
        todo = list(uncached()) if in_process else uncached()
        extracted = 0
        for ex in _extract(todo, jobs=jobs, dask=dask, progress=progress):
            doc = sent.popleft()  # extractions come back in input order
            cache.put(doc, ex)  # cached at once: an interrupted build keeps its work
            extractions[doc.id] = ex
            extracted += 1
        ids = [d.id for d in documents]
        if len(set(ids)) != len(ids):
            dup = sorted(i for i, n in Counter(ids).items() if n > 1)
            raise InputError(f"duplicate document ids in {corpus}/: {', '.join(dup[:5])}")
        ordered = [extractions[d.id] for d in documents]
        resolved, entities = resolve(ordered)
        built = build_rdf(documents, resolved, entities, warn=warn)
        triples = ontology_triples() + built.triples
        report = {
            "out": str(out),
            "documents": len(documents),
            "extracted": extracted,
            "cached": len(documents) - extracted,
            "entities": built.entities,
            "relations": built.relations,
            "triples": len(triples),
            "seconds": 0.0,
            "entities_by_type": built.entities_by_type,
            "relations_by_type": built.relations_by_type,
        }
        import kg

        manifest = {
            "kg_version": kg.__version__,
            "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "corpus": str(corpus),
            "extractor": cache.fingerprint,
            "counts": {k: report[k] for k in ("documents", "entities", "relations", "triples")},
            "entities_by_type": built.entities_by_type,
            "relations_by_type": built.relations_by_type,
            "dropped_relations": built.dropped_relations,
            "documents": [
                {"id": d.id, "source": d.source, "title": d.title, "content_hash": d.content_hash} for d in documents
            ],
        }
        # all of it lives until the build ends: spare the collections
        # write_build makes (to close the store) a scan of millions of objects
        gc.freeze()
        report["triples"] = manifest["counts"]["triples"] = write_build(out, triples, manifest)
        cache.prune()
    report["seconds"] = time.perf_counter() - started
    return report


# --------------------------------------------------------------------------- reading a build


class Graph:
    """A built graph (the folder `kg build` wrote), read-only."""

    def __init__(self, path: Path, store):
        self.path = path
        self.store = store
        self._index = None
        self._nx = None

    @classmethod
    def open(cls, path: str | Path = "exports") -> "Graph":
        from kg.graph.store import open_store

        path = Path(path)
        return cls(path, open_store(path))

    # -- queries

    def sparql(self, query: str):
        """Run SPARQL with the project prefixes predefined: a Result with .vars and
        .rows (lists of str/None), or .boolean for ASK. KgError on a bad query."""
        from kg.query.sparql import run_query

        return run_query(self.store, query)

    def _lookup_index(self):
        if self._index is None:
            from kg.query.lookup import LookupIndex

            self._index = LookupIndex(self.store)
        return self._index

    def lookup(self, name: str, limit: int = 5) -> dict:
        """Entity by label, alias or fuzzy match, with relations and evidence."""
        if not name or not name.strip():
            raise InputError("give a name to look up")
        return self._lookup_index().lookup(name, limit=limit)

    def resolve(self, name: str) -> str:
        """The node IRI for a label or alias; KgError with suggestions otherwise."""
        if not name or not name.strip():
            raise InputError("give an entity name")
        return self._lookup_index().resolve(name)

    def to_networkx(self):
        """The projection of docs/architecture.md (a fresh copy each call)."""
        from kg.query.project import to_networkx

        if self._nx is None:
            self._nx = to_networkx(self.store)
        return self._nx.copy()

    def documents(self) -> list[dict]:
        from kg.query.project import documents

        return [dict(id=k, **v) for k, v in sorted(documents(self.store).items())]

    def triples(self) -> int:
        return len(self.store)

    def manifest(self) -> dict:
        from kg.graph.store import read_manifest

        return read_manifest(self.path)

    # -- RDF out

    def rdflib(self):
        """A full in-memory rdflib copy of the graph (with the ontology), prefixes bound."""
        import pyoxigraph as ox
        import rdflib

        from kg.graph.ontology import PREFIXES

        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, rdflib.Namespace(ns), replace=True)
        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def validate(self) -> dict:
        """SHACL validation against ontology/shapes.ttl: {"conforms", "violations"}."""
        from kg.query.validate import validate

        return validate(self.rdflib())

    def serialize(self, path: str | Path, format: str = "turtle") -> Path:
        """Write the graph as "turtle", "ntriples" or "jsonld" (atomically)."""
        import pyoxigraph as ox

        from kg.graph.ontology import PREFIXES
        from kg.graph.store import atomic_write

        path = Path(path)
        if format not in FORMATS:
            raise InputError(f"unknown RDF format {format!r}: use {', '.join(FORMATS)}")
        if format == "jsonld":
            g = self.rdflib()
            context = {prefix: ns for prefix, ns in PREFIXES.items()}
            data = g.serialize(format="json-ld", context=context, indent=1, ensure_ascii=False)
        else:
            fmt = ox.RdfFormat.TURTLE if format == "turtle" else ox.RdfFormat.N_TRIPLES
            kwargs = {"prefixes": PREFIXES} if format == "turtle" else {}
            data = self.store.dump(format=fmt, from_graph=ox.DefaultGraph(), **kwargs)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
        return path

    def __repr__(self) -> str:
        return f"Graph({str(self.path)!r}, {self.triples()} triples)"
