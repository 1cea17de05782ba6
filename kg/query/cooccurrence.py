"""Entity co-mentions: how often two entities are named in the same sentence
(or the same document).

This is a separate, labelled layer: a co-mention says nothing about how two
entities relate, so it is never one of the 8 typed relations and is never
written to the store.  It is counted on demand from the build's mention index
(kg.query.mentions) and exported by kg.export.cooccurrence.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.query.mentions import entities, mention_index
from kg.schema import ENTITY_TYPES

UNITS = ("sentence", "document")
LAYER = "co-mention"  # the label of every link of this layer


def cooccurrence(store: ox.Store, folder: Path, *, unit: str = "sentence", min_count: int = 1,
                 min_occurrences: int = 1, types: list[str] | None = None) -> dict:
    """Co-mention counts of the graph built in FOLDER.

    UNIT "sentence": two entities co-occur once per sentence naming both;
    "document": once per document naming both (authors and publication lines
    included).  Only entities of TYPES (default: all) named in at least
    MIN_OCCURRENCES units take part; links counted fewer than MIN_COUNT times
    are dropped, and so are entities left without a link.

    Returns {"layer", "unit", "min_count", "min_occurrences", "types",
    "items": [{"id" (1, 2, … by occurrences), "iri", "label", "type",
    "occurrences" (units naming it), "documents", "links",
    "total_link_strength"}], "links": [{"source_id", "target_id",
    "strength"}]} (source_id < target_id)."""
    if unit not in UNITS:
        raise InputError(f"unknown co-occurrence unit {unit!r}: use {', '.join(UNITS)}")
    if min_count < 1 or min_occurrences < 1:
        raise InputError("--min-count and --min-occurrences must be at least 1")
    unknown = sorted(set(types or ()) - set(ENTITY_TYPES))
    if unknown:
        raise InputError(f"unknown entity type {unknown[0]!r}: use {', '.join(ENTITY_TYPES)}")
    table = entities(store)
    keep = {e for e, info in table.items() if not types or info.type in types}
    index = mention_index(store, Path(folder), table, need_sentences=unit == "sentence")
    occurrences: Counter = Counter()
    documents: Counter = Counter()
    units: list[set[str]] = []
    for doc in index.values():
        present = set(doc.counts) & keep
        documents.update(present)
        if unit == "document":
            units.append(present)
        else:
            units.extend(s & keep for s in doc.sentences)
    for members in units:
        occurrences.update(members)
    frequent = {e for e, n in occurrences.items() if n >= min_occurrences}
    pairs: Counter = Counter()
    for members in units:
        members = sorted(members & frequent)
        pairs.update(combinations(members, 2))
    pairs = Counter({p: n for p, n in pairs.items() if n >= min_count})
    linked = {e for pair in pairs for e in pair}
    order = sorted(linked, key=lambda e: (-occurrences[e], table[e].label, table[e].type))
    ids = {e: k for k, e in enumerate(order, 1)}
    degree: Counter = Counter()
    strength: Counter = Counter()
    for (a, b), n in pairs.items():
        degree.update((a, b))
        strength[a] += n
        strength[b] += n
    items = [{
        "id": ids[e], "iri": e, "label": table[e].label, "type": table[e].type,
        "occurrences": occurrences[e], "documents": documents[e],
        "links": degree[e], "total_link_strength": strength[e],
    } for e in order]
    links = sorted(({"source_id": min(ids[a], ids[b]), "target_id": max(ids[a], ids[b]), "strength": n}
                    for (a, b), n in pairs.items()), key=lambda link: (link["source_id"], link["target_id"]))
    return {"layer": LAYER, "unit": unit, "min_count": min_count, "min_occurrences": min_occurrences,
            "types": sorted(types) if types else list(ENTITY_TYPES), "items": items, "links": links}
