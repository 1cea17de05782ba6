"""Where each document mentions each entity, read back from a build.

The store says which entities exist (after corpus-wide resolution) and which
documents mention them (``kg:mentions``); it does not keep mention positions.
The build's extraction cache (OUT/cache/<content hash>.json, one per document
of manifest.json) does: every mention with its offsets and the document's
sentence ends.  Trends count mentions per document from it, and co-occurrence
counts entities per sentence from it.  Nothing here writes to the store.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.graph.ontology import DCTERMS, KG, RDF, RDFS, SKOS
from kg.graph.store import CACHE_DIR, read_manifest


@dataclass
class EntityInfo:
    iri: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    other_types: list[str] = field(default_factory=list)  # kg:alsoReadAs: types its mentions also had
    mentions: int = 0  # kg:mentionCount
    doc_ids: set[str] = field(default_factory=set)  # documents mentioning it (kg:mentions)


@dataclass
class DocMentions:
    """One document's mentions, by entity IRI."""

    doc_id: str
    counts: Counter = field(default_factory=Counter)  # IRI -> mentions (text and metadata)
    sentences: list[set[str]] = field(default_factory=list)  # IRIs per sentence (text mentions)
    metadata: set[str] = field(default_factory=set)  # IRIs from authors/publication lines


def _pairs(store: ox.Store, predicate: str, obj: str | None = None):
    o = ox.NamedNode(obj) if obj else None
    for q in store.quads_for_pattern(None, ox.NamedNode(predicate), o, ox.DefaultGraph()):
        yield q.subject.value, q.object.value


def entities(store: ox.Store) -> dict[str, EntityInfo]:
    """Every entity of the graph: IRI -> EntityInfo (label, type, aliases, documents)."""
    classes = {s for s, _ in _pairs(store, RDFS + "subClassOf", KG + "Entity")}
    types = {s: c[len(KG):] for c in sorted(classes) for s, _ in _pairs(store, RDF + "type", c)}
    out = {e: EntityInfo(e, "", t) for e, t in types.items()}
    for s, o in _pairs(store, RDFS + "label"):
        if s in out:
            out[s].label = o
    for s, o in _pairs(store, SKOS + "altLabel"):
        if s in out:
            out[s].aliases.append(o)
    for s, o in _pairs(store, KG + "alsoReadAs"):
        if s in out:
            out[s].other_types.append(o[len(KG):])
    for s, o in _pairs(store, KG + "mentionCount"):
        if s in out:
            out[s].mentions = int(o)
    doc_ids = dict(_pairs(store, DCTERMS + "identifier"))
    for d, e in _pairs(store, KG + "mentions"):
        if e in out and d in doc_ids:
            out[e].doc_ids.add(doc_ids[d])
    return {e: info for e, info in out.items() if info.label}


def document_dates(store: ox.Store) -> dict[str, str | None]:
    """doc id -> its date (ISO 8601, YYYY[-MM[-DD]]) or None, for every document."""
    docs = {s for s, _ in _pairs(store, RDF + "type", KG + "Document")}
    dates = {s: o for s, o in _pairs(store, DCTERMS + "date") if s in docs}
    return {o: dates.get(s) for s, o in _pairs(store, DCTERMS + "identifier") if s in docs}


def find_entities(table: dict[str, EntityInfo], name: str, type_: str | None = None) -> list[EntityInfo]:
    """Entities called NAME (label first, then alias), of TYPE if given; the
    most mentioned first."""
    name = name.strip()
    pool = [e for e in table.values() if type_ is None or e.type == type_]
    found = [e for e in pool if e.label == name] or [e for e in pool if name in e.aliases]
    return sorted(found, key=lambda e: (-len(e.doc_ids), -e.mentions, e.type))


def _name_index(table: dict[str, EntityInfo]) -> dict[tuple[str, str], str]:
    """(type, label or alias) -> IRI; a label wins over another entity's alias."""
    index: dict[tuple[str, str], str] = {}
    for e in table.values():  # a mention typed otherwise, merged into this entity
        for other in e.other_types:
            for name in (e.label, *e.aliases):
                index.setdefault((other, name), e.iri)
    for e in table.values():
        for alias in e.aliases:
            index[(e.type, alias)] = e.iri
    for e in table.values():
        index[(e.type, e.label)] = e.iri
    return index


def mention_index(store: ox.Store, folder: Path, table: dict[str, EntityInfo] | None = None,
                  *, need_sentences: bool = False) -> dict[str, DocMentions]:
    """doc id -> DocMentions for every document of the build in FOLDER.

    A mention counts for the graph entity whose label (else alias) is the
    mention's document-level label (else its surface), of the same type;
    mentions of entities no longer in the graph are left out."""
    table = table if table is not None else entities(store)
    index = _name_index(table)
    docs = read_manifest(folder).get("documents")
    if not docs:
        raise InputError(f"{folder}/manifest.json lists no documents: run `kg build` first")
    out: dict[str, DocMentions] = {}
    missing = []
    for d in docs:
        path = Path(folder) / CACHE_DIR / f"{d.get('content_hash', '')}.json"
        try:
            extraction = json.loads(path.read_text(encoding="utf-8"))["extraction"]
        except (OSError, ValueError, KeyError, TypeError):
            missing.append(d["id"])
            continue
        ends = extraction.get("sentence_ends") or []
        if need_sentences and not ends and extraction.get("mentions"):
            missing.append(d["id"])
            continue
        dm = DocMentions(d["id"], sentences=[set() for _ in ends])
        for m in extraction.get("mentions", []):
            iri = index.get((m["type"], m["label"])) or index.get((m["type"], m["text"]))
            if iri is None:
                continue
            dm.counts[iri] += 1
            if m.get("source") == "metadata" or m["start"] < 0:
                dm.metadata.add(iri)
            elif ends:
                k = min(bisect_right(ends, m["start"]), len(ends) - 1)
                dm.sentences[k].add(iri)
        out[d["id"]] = dm
    if missing:
        raise InputError(
            f"the build in {folder}/ has no usable extraction cache for {len(missing)} document(s) "
            f"(e.g. {missing[0]}): run `kg build --full` to write it again"
        )
    return out
