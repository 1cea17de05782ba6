"""RDF graph building and the on-disk store (see docs/architecture.md)."""
from kg.graph.ontology import PREFIXES, document_iri, entity_iri, statement_iri
from kg.graph.rdf import BuiltGraph, build_rdf, ontology_triples
from kg.graph.store import open_store, write_build

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
