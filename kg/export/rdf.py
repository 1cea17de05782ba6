"""RDF files from an rdflib Graph: Turtle, N-Triples and JSON-LD.

JSON-LD is written compacted with a context made of the graph's own prefix
bindings (only the namespaces it uses); the same context is written next to
it as ``context.jsonld`` for tools that compact or frame other data the
same way.  The document embeds its context so it parses on its own, offline.
"""
from __future__ import annotations

import json
from pathlib import Path

import rdflib
from rdflib.term import URIRef

from kg.errors import InputError
from kg.export.common import atomic_open, output_file

RDF_FORMATS = {
    # format -> (rdflib serializer, default file name)
    "turtle": ("turtle", "kg.ttl"),
    "ntriples": ("nt", "kg.nt"),
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


def write_rdf(graph: rdflib.Graph, path: Path, fmt: str) -> dict[str, object]:
    """Serialise GRAPH as FMT (turtle | ntriples | jsonld) to PATH (a folder
    gets kg.ttl / kg.nt / kg.jsonld). Returns {"path", "triples", "files"}."""
    if fmt not in RDF_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r} (choose {', '.join(RDF_FORMATS)})")
    serializer, default_name = RDF_FORMATS[fmt]
    target = output_file(Path(path), default_name)
    files = [target]
    if fmt == "jsonld":
        context = jsonld_context(graph)
        text = graph.serialize(format=serializer, context=context, auto_compact=True, indent=2, ensure_ascii=False)
        context_path = target.with_name(CONTEXT_FILE) if target.name != CONTEXT_FILE else target.with_name("kg.context.jsonld")
        with atomic_open(context_path) as fh:
            json.dump({"@context": context}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        files.append(context_path)
    else:
        text = graph.serialize(format=serializer, encoding="utf-8").decode("utf-8")
    with atomic_open(target) as fh:
        fh.write(text)
    return {"path": target, "triples": len(graph), "files": files}
