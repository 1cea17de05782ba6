"""Namespaces and deterministic IRIs (the schema itself is kg/schema.py).

IRIs are a pure function of (type, canonical label): the same entity found in
two documents is one node, and rebuilds mint the same IRIs.  Labels stay
readable (IRIs may hold CJK characters); only ASCII characters outside the
unreserved set, and characters IRIs do not allow, are percent-encoded.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from kg.resources import ONTOLOGY_DIR
from kg.schema import KG, ONTOLOGY_PATH, SIGNATURES

KGID = "https://w3id.org/kg-policy/id/"
KGR = "https://w3id.org/kg-policy/id/rel/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SH = "http://www.w3.org/ns/shacl#"

# predefined in `kg sparql` and used when serialising
PREFIXES: dict[str, str] = {
    "kg": KG,
    "kgid": KGID,
    "kgr": KGR,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
}

SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = ONTOLOGY_DIR / "queries"


def _iri_char_ok(ch: str) -> bool:
    """RFC 3987 iunreserved: ASCII unreserved or a ucschar (CJK, full-width punctuation...)."""
    o = ord(ch)
    if o < 0x80:
        return ch.isalnum() or ch in "-._~"
    if unicodedata.category(ch) in ("Zs", "Zl", "Zp", "Cf", "Cc"):
        return False  # invisible or blank: encoded so the IRI reads unambiguously
    return (
        0xA0 <= o <= 0xD7FF
        or 0xF900 <= o <= 0xFDCF
        or 0xFDF0 <= o <= 0xFFEF
        or (0x10000 <= o <= 0xEFFFD and (o & 0xFFFF) < 0xFFFE)
    )


@lru_cache(maxsize=1 << 16)  # labels and document ids repeat across many triples
def encode_segment(text: str) -> str:
    """Readable IRI path segment: keep letters and CJK, percent-encode the rest (UTF-8)."""
    return "".join(ch if _iri_char_ok(ch) else quote(ch, safe="") for ch in text)


def entity_iri(type_: str, label: str) -> str:
    return f"{KGID}{type_}/{encode_segment(label)}"


def document_iri(doc_id: str) -> str:
    return f"{KGID}doc/{encode_segment(doc_id)}"


def class_iri(type_: str) -> str:
    return KG + type_


def property_iri(relation: str) -> str:
    return KG + relation


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def statement_iri(head_iri: str, relation: str, tail_iri: str) -> str:
    return f"{KGR}{relation}-{_digest(head_iri, relation, tail_iri)}"


def evidence_iri(statement: str, doc_id: str, start: int, end: int) -> str:
    return f"{statement}/{encode_segment(doc_id)}-{start}-{end}"


def local_name(iri: str, namespace: str = KG) -> str:
    return iri[len(namespace):] if iri.startswith(namespace) else iri


def relation_schema() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """relation -> (allowed head types, allowed tail types): kg.schema.SIGNATURES."""
    return SIGNATURES
