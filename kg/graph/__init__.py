"""RDF graph building and the on-disk store (see docs/architecture.md).

The names below are re-exported on first use, so that importing one
submodule (kg.graph.ontology for PREFIXES) loads neither the store
(pyoxigraph) nor the RDF builder (kg.extract): `kg --help` stays fast."""

__all__ = [
    "PREFIXES",
    "BuiltGraph",
    "build_rdf",
    "document_iri",
    "entity_iri",
    "ontology_triples",
    "open_store",
    "statement_iri",
    "write_build",
]


def __getattr__(name: str):
    if name in ("PREFIXES", "document_iri", "entity_iri", "statement_iri"):
        from kg.graph import ontology as module
    elif name in ("BuiltGraph", "build_rdf", "ontology_triples"):
        from kg.graph import rdf as module
    elif name in ("open_store", "write_build"):
        from kg.graph import store as module
    else:
        raise AttributeError(f"module 'kg.graph' has no attribute {name!r}")
    return getattr(module, name)
