"""Documents + Extractions + Entities -> RDF triples (pyoxigraph terms).

Per entity: rdf:type, rdfs:label, skos:altLabel (aliases), kg:mentionCount,
kg:alsoReadAs (the other types its mentions were read as), dcterms:date on
Events that are the occasion of dated quotations;
per document: Dublin Core metadata and kg:mentions; per relation: the direct
triple (:A kg:enables :B) plus a kg:RelationStatement (rdf:subject/predicate/
object, kg:support, prov:wasDerivedFrom, kg:rule) with one kg:Evidence node per
distinct sentence (document, sentence text, offsets, rule, confidence).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from kg.extract.occasions import occasion_events
from kg.extract.resolve import event_key
from kg.graph import ontology as ont
from kg.model import Document, Entity, Extraction, ExtractionSummary
from kg.schema import ENTITY_TYPES

_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"),
    (re.compile(r"^\d{4}-\d{2}$"), "gYearMonth"),
    (re.compile(r"^\d{4}$"), "gYear"),
)


@dataclass
class BuiltGraph:
    triples: list[ox.Triple]
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)
    dropped_relations: int = 0  # head/tail types outside the ontology's domain/range

    @property
    def entities(self) -> int:
        return sum(self.entities_by_type.values())

    @property
    def relations(self) -> int:
        return sum(self.relations_by_type.values())


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_TYPE = _n(ont.RDF + "type")
_LABEL = _n(ont.RDFS + "label")
_ALT = _n(ont.SKOS + "altLabel")
_XSD_INT = _n(ont.XSD + "integer")
_XSD_DEC = _n(ont.XSD + "decimal")


def _int(v: int) -> ox.Literal:
    return ox.Literal(str(int(v)), datatype=_XSD_INT)


def _str(v: str) -> ox.Literal:
    return ox.Literal(v)


def date_literal(value: str | None) -> ox.Literal | None:
    if not value:
        return None
    for pattern, xsd_type in _DATE_TYPES:
        if pattern.match(value):
            return ox.Literal(value, datatype=_n(ont.XSD + xsd_type))
    return None


def build_rdf(
    documents: list[Document],
    extractions: list[Extraction],
    entities: list[Entity],
    *,
    warn: Callable[[str], None] | None = None,
) -> BuiltGraph:
    """The graph's triples (without the ontology), as a list. Deterministic: same input, same triples."""
    graph = resolved_graph(documents, extractions, entities, warn=warn)
    return BuiltGraph(list(graph.triples()), graph.entities_by_type, graph.relations_by_type, graph.dropped_relations)


def resolved_graph(
    documents: list[Document],
    extractions: list[Extraction] | list[ExtractionSummary],
    entities: list[Entity],
    *,
    warn: Callable[[str], None] | None = None,
) -> ResolvedGraph:
    """What the graph holds once resolution is done (its nodes, and its
    relations with their evidence grouped), and its counts; the triples are
    made on demand (`ResolvedGraph.triples`), so a build never holds them all."""
    doc_by_id = {d.id: d for d in documents}
    ex_by_doc = {ex.doc_id: ex for ex in extractions if ex.doc_id in doc_by_id}
    graph = ResolvedGraph(documents, _nodes(entities, ex_by_doc))
    graph.entities_by_type = dict(sorted(Counter(type_ for _, type_ in graph.nodes).items()))
    graph.relations, graph.dropped_relations = _group_relations(ex_by_doc, doc_by_id)
    if graph.dropped_relations and warn:
        warn(f"{graph.dropped_relations} relations dropped: head/tail types outside the ontology's domain/range, "
             f"or self-loops")
    graph.relations_by_type = dict(sorted(Counter(rel for _, rel, _ in graph.relations).items()))
    return graph


Evidence = dict[tuple[str, int, int], dict]  # (doc id, start, end) -> {"sentence", "rule", "confidence"}


@dataclass
class ResolvedGraph:
    documents: list[Document]
    nodes: dict[tuple[str, str], Entity]  # (label, type) -> its entity
    relations: dict[tuple[str, str, str], Evidence] = field(default_factory=dict)  # (head IRI, type, tail IRI), sorted
    entities_by_type: dict[str, int] = field(default_factory=dict)
    relations_by_type: dict[str, int] = field(default_factory=dict)
    dropped_relations: int = 0

    def __post_init__(self) -> None:
        # the vocabulary and document nodes recur in most triples: build each once
        self._term = lru_cache(maxsize=None)(_n)

    def triples(self, *, documents: bool = True) -> Iterator[ox.Triple]:
        """All the triples (without the ontology), in a fixed order: the
        documents' metadata (unless not DOCUMENTS: a build may have stored
        them already, see `document_triples`), the entities, the relations."""
        if documents:
            yield from document_triples(self.documents, self._term)
        yield from self._entity_triples()
        yield from self._relation_triples()

    def _entity_triples(self) -> Iterator[ox.Triple]:
        term = self._term
        doc_ids = {d.id for d in self.documents}
        for (label, type_), e in sorted(self.nodes.items()):
            s = _n(ont.entity_iri(type_, label))
            yield ox.Triple(s, _TYPE, term(ont.class_iri(type_)))
            yield ox.Triple(s, _LABEL, _str(label))
            for alias in sorted(set(e.aliases) - {label}):
                yield ox.Triple(s, _ALT, _str(alias))
            for other in e.other_types:
                if other != type_ and other in ENTITY_TYPES:
                    yield ox.Triple(s, term(ont.KG + "alsoReadAs"), term(ont.class_iri(other)))
            yield ox.Triple(s, term(ont.KG + "mentionCount"), _int(e.mentions))
            for doc_id in sorted(set(e.doc_ids)):
                if doc_id in doc_ids:
                    yield ox.Triple(term(ont.document_iri(doc_id)), term(ont.KG + "mentions"), s)
        # an occasion's events carry the dates of the quotations given there
        events = {event_key(label): label for (label, type_) in self.nodes if type_ == "Event"}
        event_dates: dict[str, set[str]] = defaultdict(set)
        for d in self.documents:
            if d.occasion and date_literal(d.date) is not None:
                for ev in occasion_events(d.occasion):
                    label = events.get(event_key(ev.label))
                    if label is not None:
                        event_dates[label].add(d.date)
        for label, dates in sorted(event_dates.items()):
            for date in sorted(dates):
                yield ox.Triple(_n(ont.entity_iri("Event", label)), term(ont.DCTERMS + "date"), date_literal(date))
        pubs = {label for (label, type_) in self.nodes if type_ == "Publication"}
        for d in self.documents:
            if d.publication and d.publication in pubs:
                yield ox.Triple(term(ont.document_iri(d.id)), term(ont.KG + "publishedIn"),
                                _n(ont.entity_iri("Publication", d.publication)))

    def _relation_triples(self) -> Iterator[ox.Triple]:
        term = self._term
        for (head, rel, tail), evidence in self.relations.items():
            h, p, t = _n(head), term(ont.property_iri(rel)), _n(tail)
            yield ox.Triple(h, p, t)
            st_iri = ont.statement_iri(head, rel, tail)
            st = _n(st_iri)
            yield ox.Triple(st, _TYPE, term(ont.KG + "RelationStatement"))
            yield ox.Triple(st, term(ont.RDF + "subject"), h)
            yield ox.Triple(st, term(ont.RDF + "predicate"), p)
            yield ox.Triple(st, term(ont.RDF + "object"), t)
            yield ox.Triple(st, term(ont.KG + "support"), _int(len(evidence)))
            for doc_id in sorted({k[0] for k in evidence}):
                yield ox.Triple(st, term(ont.PROV + "wasDerivedFrom"), term(ont.document_iri(doc_id)))
            for rule in sorted({v["rule"] for v in evidence.values()}):
                yield ox.Triple(st, term(ont.KG + "rule"), _str(rule))
            for (doc_id, start, end), v in sorted(evidence.items()):
                e = _n(ont.evidence_iri(st_iri, doc_id, start, end))
                yield ox.Triple(st, term(ont.KG + "hasEvidence"), e)
                yield ox.Triple(e, _TYPE, term(ont.KG + "Evidence"))
                yield ox.Triple(e, term(ont.PROV + "wasDerivedFrom"), term(ont.document_iri(doc_id)))
                yield ox.Triple(e, term(ont.KG + "evidenceSentence"), _str(v["sentence"]))
                if 0 <= start <= end:  # metadata lines (author, source) have no offsets
                    yield ox.Triple(e, term(ont.KG + "start"), _int(start))
                    yield ox.Triple(e, term(ont.KG + "end"), _int(end))
                yield ox.Triple(e, term(ont.KG + "rule"), _str(v["rule"]))
                yield ox.Triple(e, term(ont.KG + "confidence"),
                                ox.Literal(f"{v['confidence']:.4f}", datatype=_XSD_DEC))


def document_triples(documents: Iterable[Document], term: Callable[[str], ox.NamedNode] = _n) -> Iterator[ox.Triple]:
    """The documents' metadata (Dublin Core, source file, content hash): final
    as soon as a document is read, unlike everything naming an entity, whose
    label and IRI corpus-wide resolution decides."""
    for d in documents:
        s = term(ont.document_iri(d.id))
        yield ox.Triple(s, _TYPE, term(ont.KG + "Document"))
        yield ox.Triple(s, term(ont.DCTERMS + "identifier"), _str(d.id))
        yield ox.Triple(s, term(ont.KG + "sourceFile"), _str(d.source))
        if d.title:
            yield ox.Triple(s, term(ont.DCTERMS + "title"), _str(d.title))
        for author in dict.fromkeys(a for a in d.authors if a):
            yield ox.Triple(s, term(ont.DCTERMS + "creator"), _str(author))
        if d.publication:
            yield ox.Triple(s, term(ont.KG + "publication"), _str(d.publication))
        date = date_literal(d.date)
        if date is not None:
            yield ox.Triple(s, term(ont.DCTERMS + "date"), date)
        if d.occasion:
            yield ox.Triple(s, term(ont.KG + "occasion"), _str(d.occasion))
        if d.content_hash:
            yield ox.Triple(s, term(ont.KG + "contentHash"), _str(d.content_hash))


def _nodes(entities: list[Entity], ex_by_doc: dict) -> dict[tuple[str, str], Entity]:
    """(label, type) -> entity: the entities, plus any relation endpoint the list lacks."""
    nodes: dict[tuple[str, str], Entity] = {}
    for e in entities:
        if e.type in ENTITY_TYPES and e.label.strip():
            nodes[(e.label, e.type)] = e
    for ex in ex_by_doc.values():
        for r in ex.relations:
            for label, type_ in ((r.head, r.head_type), (r.tail, r.tail_type)):
                if (label, type_) not in nodes and type_ in ENTITY_TYPES and label.strip():
                    nodes[(label, type_)] = Entity(label=label, type=type_, doc_ids=[ex.doc_id], mentions=0)
    return nodes


def _group_relations(ex_by_doc: dict, doc_by_id: dict) -> tuple[dict[tuple[str, str, str], Evidence], int]:
    """The relations inside the schema, keyed (head IRI, type, tail IRI) and
    sorted, each with one evidence per sentence; and how many were dropped
    (types outside the schema's domain/range, self-loops)."""
    schema = ont.relation_schema()
    grouped: dict[tuple[str, str, str], Evidence] = defaultdict(dict)
    doc_spans: dict[tuple, list[tuple[str, int, int]]] = defaultdict(list)  # (relation, doc) -> kept spans
    dropped = 0
    for doc_id in sorted(ex_by_doc):
        for r in ex_by_doc[doc_id].relations:
            allowed = schema.get(r.type)
            if (allowed is None or r.head_type not in allowed[0] or r.tail_type not in allowed[1]
                    or not r.head.strip() or not r.tail.strip()):
                dropped += 1
                continue
            head = ont.entity_iri(r.head_type, r.head)
            tail = ont.entity_iri(r.tail_type, r.tail)
            if head == tail:
                dropped += 1
                continue
            ev = r.evidence
            ev_doc = ev.doc_id if ev.doc_id in doc_by_id else doc_id
            key = (ev_doc, ev.start, ev.end)
            slot = grouped[(head, r.type, tail)]
            if key not in slot and ev.start >= 0:
                # support counts sentences: evidence overlapping one already kept
                # (a span carried over two sentences) is that sentence again
                kept = doc_spans[(head, r.type, tail, ev_doc)]
                key = next((k for k in kept if k[1] < ev.end and ev.start < k[2]), key)
                if key not in slot:
                    kept.append(key)
            prev = slot.get(key)
            if prev is None or (ev.confidence, prev["rule"]) > (prev["confidence"], ev.rule):
                slot[key] = {"sentence": ev.sentence, "rule": ev.rule, "confidence": float(ev.confidence)}
    return dict(sorted(grouped.items())), dropped


def ontology_triples() -> list[ox.Triple]:
    """The ontology's triples; its blank nodes (OWL lists) get stable labels,
    numbered in file order, so two builds of a corpus write the same kg.ttl."""
    labels: dict[str, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return labels.setdefault(term.value, ox.BlankNode(f"ont{len(labels)}"))
        return term

    return [
        ox.Triple(stable(t.subject), t.predicate, stable(t.object))
        for t in ox.parse(path=str(ont.ONTOLOGY_PATH), format=ox.RdfFormat.TURTLE)
    ]
