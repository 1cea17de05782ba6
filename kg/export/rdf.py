"""RDF files from the store: Turtle, N-Triples and JSON-LD.

JSON-LD is written compacted with a context made of the graph's own prefix
bindings (only the namespaces it uses); the same context is written next to
it as ``context.jsonld`` for tools that compact or frame other data the
same way.  The document embeds its context so it parses on its own, offline.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.term import URIRef

from kg.errors import InputError
from kg.export.common import output_file
from kg.files import atomic_open
from kg.graph.ontology import PREFIXES

RDF_FORMATS = {
    # format -> (serializer: pyoxigraph's, or rdflib's for JSON-LD; default file name)
    "turtle": (ox.RdfFormat.TURTLE, "kg.ttl"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "kg.nt"),
    "jsonld": ("json-ld", "kg.jsonld"),
}
CONTEXT_FILE = "context.jsonld"


def jsonld_context(graph: rdflib.Graph) -> dict[str, str]:
    """Prefix -> namespace for the bound namespaces whose IRIs occur in GRAPH."""
    used: set[str] = set()
    bindings = [(p, str(ns)) for p, ns in graph.namespaces() if p]
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                used.add(str(term))
            elif isinstance(term, rdflib.Literal) and term.datatype is not None:
                used.add(str(term.datatype))
    context = {}
    for prefix, ns in sorted(bindings):
        if any(iri.startswith(ns) and len(iri) > len(ns) for iri in used):
            context.setdefault(prefix, ns)
    return context


def write_rdf(store: ox.Store, path: Path, fmt: str, prefixes: dict[str, str] | None = None) -> dict[str, object]:
    """The one RDF writer (`kg export turtle|ntriples|jsonld` and
    Graph.serialize): the default graph of STORE as FMT to PATH (a folder gets
    kg.ttl / kg.nt / kg.jsonld), with PREFIXES (default: the project's).
    Turtle and N-Triples stream from the store; JSON-LD goes through rdflib.
    Returns {"path", "triples", "files"}."""
    if fmt not in RDF_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r} (choose {', '.join(RDF_FORMATS)})")
    prefixes = PREFIXES if prefixes is None else prefixes
    serializer, default_name = RDF_FORMATS[fmt]
    target = output_file(Path(path), default_name)
    files = [target]
    if fmt == "jsonld":
        graph = rdflib.Graph()
        for prefix, ns in prefixes.items():
            graph.bind(prefix, rdflib.Namespace(ns), replace=True)
        graph.parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt")
        context = jsonld_context(graph)
        text = graph.serialize(format=serializer, context=context, auto_compact=True, indent=2, ensure_ascii=False)
        context_path = target.with_name(CONTEXT_FILE) if target.name != CONTEXT_FILE else target.with_name("kg.context.jsonld")
        with atomic_open(context_path) as fh:
            json.dump({"@context": context}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        files.append(context_path)
        with atomic_open(target) as fh:
            fh.write(text)
    else:
        options = {"prefixes": prefixes} if fmt == "turtle" else {}
        with atomic_open(target, "wb") as fh:
            store.dump(fh, format=serializer, from_graph=ox.DefaultGraph(), **options)
    return {"path": target, "triples": len(store), "files": files}
