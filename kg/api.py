"""The Python API the CLI calls: `build()` and `Graph.open()`.

    >>> report = build("corpus", out="exports")
    >>> g = Graph.open("exports")
    >>> g.sparql("SELECT ?l WHERE { ?e a kg:Technology ; rdfs:label ?l }").rows
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import InputError

FORMATS = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld"}


# --------------------------------------------------------------------------- build


def __getattr__(name: str):
    # `build` lives in kg.builder, imported on first use: commands that only
    # read a graph (lookup, sparql...) start faster without it
    if name == "build":
        from kg.builder import build

        return build
    raise AttributeError(f"module 'kg.api' has no attribute {name!r}")

# --------------------------------------------------------------------------- passages: extract, evaluate


def extract(input: str | Path, output: str | Path | None = "-", *, ner: bool = False) -> list[dict]:
    """`kg extract`: entities and relations of each {"id", "text"} record of the
    JSONL file INPUT ("-": stdin), written as JSONL to OUTPUT ("-": stdout,
    None: not written) and returned.  ``ner``: with the statistical NER
    component (the `ner` extra; KgError if it is missing)."""
    from kg.extract.passages import read_jsonl, write_jsonl

    if ner:
        from kg.extract.extra import require_ner

        require_ner()
    from kg.extract import extract_passages

    records = extract_passages(read_jsonl(input, require_text=True), ner=ner)
    if output is not None:
        write_jsonl(output, records)
    return records


def evaluate(gold: str | Path, *, ner: bool = False) -> dict:
    """`kg eval`: the extractor run on the gold JSONL file GOLD, scored as the
    reference scorer does (kg.eval.score).  ``ner``: as for `extract`."""
    from kg.eval import score
    from kg.extract.passages import read_jsonl

    if ner:
        from kg.extract.extra import require_ner

        require_ner()
    from kg.extract import extract_passages

    gold_records = read_jsonl(gold)
    return score(gold_records, extract_passages(gold_records, ner=ner))


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
        from kg.files import atomic_write

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
