"""The schema of the graph, read once from ontology/kg.ttl: entity types,
relation types with their signatures (rdfs:domain / rdfs:range), Chinese
labels and the one colour palette (``kg:colour`` on each class and relation).

Every other place (extraction, RDF building, exports, the explorer) takes
these facts from here, so adding a type or a relation means editing kg.ttl
only.  The order of ENTITY_TYPES and RELATION_TYPES is the file's order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.resources import ONTOLOGY_DIR

KG = "https://w3id.org/kg-policy/ontology#"
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
# placeholder characters for entity types in relation matching (Private Use Area)
_FIRST_TYPE_CHAR = 0xE001


@dataclass(frozen=True)
class EntityType:
    name: str  # local name in kg:, e.g. "Technology"
    zh: str  # rdfs:label@zh
    en: str  # rdfs:label@en
    colour: str  # "#rrggbb"


@dataclass(frozen=True)
class RelationType:
    name: str
    zh: str
    en: str
    colour: str
    domain: frozenset[str]  # entity types a head may have
    range: frozenset[str]  # entity types a tail may have


def load(path: Path = ONTOLOGY_PATH) -> tuple[dict[str, EntityType], dict[str, RelationType], EntityType]:
    """(entity types, relation types, the kg:Entity root) from an ontology file;
    KgError naming the file and the term when something is missing."""
    import pyoxigraph as ox

    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as e:
        raise KgError(f"{path}: cannot read the ontology: {e}") from None
    props: dict[object, dict[str, list]] = {}
    order: list[object] = []
    for t in triples:
        if t.subject not in props:
            order.append(t.subject)
        props.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def name(node) -> str:
        return node.value[len(KG):] if node.value.startswith(KG) else node.value

    def label(node, lang: str) -> str:
        for lit in props[node].get(_RDFS + "label", []):
            if getattr(lit, "language", None) == lang:
                return lit.value
        raise KgError(f"{path}: kg:{name(node)} has no rdfs:label@{lang}")

    def colour(node) -> str:
        values = props[node].get(KG + "colour", [])
        if not values or not _HEX.fullmatch(values[0].value):
            raise KgError(f"{path}: kg:{name(node)} needs kg:colour \"#rrggbb\"")
        return values[0].value.lower()

    def rdf_list(node) -> list:
        items = []
        while node is not None and not (isinstance(node, ox.NamedNode) and node.value == _RDF + "nil"):
            p = props.get(node, {})
            items += p.get(_RDF + "first", [])
            node = (p.get(_RDF + "rest") or [None])[0]
        return items

    def classes(node) -> frozenset[str]:
        if isinstance(node, ox.NamedNode):
            return frozenset([name(node)])
        members = props.get(node, {}).get(_OWL + "unionOf", [])
        return frozenset(name(m) for u in members for m in rdf_list(u))

    root = ox.NamedNode(KG + "Entity")
    relation_root = ox.NamedNode(KG + "Relation")
    if root not in props:
        raise KgError(f"{path}: kg:Entity is not defined")
    entity_root = EntityType("Entity", label(root, "zh"), label(root, "en"), colour(root))
    types: dict[str, EntityType] = {}
    for node in order:
        if isinstance(node, ox.NamedNode) and root in props[node].get(_RDFS + "subClassOf", []):
            types[name(node)] = EntityType(name(node), label(node, "zh"), label(node, "en"), colour(node))
    relations: dict[str, RelationType] = {}
    for node in order:
        if not (isinstance(node, ox.NamedNode) and relation_root in props[node].get(_RDFS + "subPropertyOf", [])):
            continue
        rel = name(node)
        sig = []
        for key in ("domain", "range"):
            values = props[node].get(_RDFS + key)
            if not values:
                raise KgError(f"{path}: kg:{rel} has no rdfs:{key}")
            members = classes(values[0])
            unknown = sorted(members - set(types))
            if not members or unknown:
                raise KgError(f"{path}: rdfs:{key} of kg:{rel} names no entity type ({', '.join(unknown)})")
            sig.append(members)
        relations[rel] = RelationType(rel, label(node, "zh"), label(node, "en"), colour(node), sig[0], sig[1])
    if not types:
        raise KgError(f"{path}: no class is rdfs:subClassOf kg:Entity")
    return types, relations, entity_root


TYPES, RELATIONS, ENTITY = load()

ENTITY_TYPES: tuple[str, ...] = tuple(TYPES)
RELATION_TYPES: tuple[str, ...] = tuple(RELATIONS)
# relation -> (allowed head types, allowed tail types)
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    r.name: (r.domain, r.range) for r in RELATIONS.values()
}
# Chinese label of every entity type and relation type
LABELS_ZH: dict[str, str] = {ENTITY.name: ENTITY.zh} | {t.name: t.zh for t in TYPES.values()} | {
    r.name: r.zh for r in RELATIONS.values()
}
# the one palette: entity types (kg:Entity's colour for an entity of no known
# type) and relation types
COLOURS: dict[str, str] = {ENTITY.name: ENTITY.colour} | {t.name: t.colour for t in TYPES.values()} | {
    r.name: r.colour for r in RELATIONS.values()
}
# one placeholder character per entity type, in kg.ttl order from U+E001
TYPE_CHAR: dict[str, str] = {t: chr(_FIRST_TYPE_CHAR + i) for i, t in enumerate(ENTITY_TYPES)}


def rgb(name: str) -> tuple[int, int, int] | None:
    """The palette colour of a type or relation as (r, g, b), None if unknown."""
    hex_colour = COLOURS.get(name)
    if hex_colour is None:
        return None
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)
