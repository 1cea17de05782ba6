"""Find an entity by name: exact label, then alias, then fuzzy (difflib).

Names are never formatted into query text: they are matched in a Python index
of labels and aliases, and the chosen node goes into SPARQL as a bound term.
"""
from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KgError
from kg.graph.ontology import KG
from kg.query.sparql import run_query

# a fuzzy match is taken as the answer at this similarity when no other
# candidate comes within FUZZY_MARGIN of it; below it we only suggest
FUZZY_ACCEPT = 0.75
FUZZY_MARGIN = 0.1
FUZZY_CUTOFF = 0.4

_INDEX = """
SELECT ?e ?label ?type ?mentions WHERE {
  ?e rdfs:label ?label ; kg:mentionCount ?mentions ; a ?class .
  ?class rdfs:subClassOf kg:Entity .
  BIND(STRAFTER(STR(?class), STR(kg:)) AS ?type)
}"""
_ALIASES = "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias ; kg:mentionCount ?m }"
_OTHER_TYPES = "SELECT ?e ?type WHERE { ?e kg:alsoReadAs ?c . BIND(STRAFTER(STR(?c), STR(kg:)) AS ?type) }"
_DATES = "SELECT ?e ?date WHERE { ?e dcterms:date ?date ; kg:mentionCount ?m }"  # events: when held
_DOC_COUNTS = "SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d kg:mentions ?e } GROUP BY ?e"
_OUT = """
SELECT ?e ?st ?p ?other ?support WHERE {
  ?st rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?other ; kg:support ?support .
}"""
_IN = """
SELECT ?e ?st ?p ?other ?support WHERE {
  ?st rdf:object ?e ; rdf:predicate ?p ; rdf:subject ?other ; kg:support ?support .
}"""
# evidence of one statement; no OPTIONAL (Oxigraph plans OPTIONAL joins slowly)
_EVIDENCE = """
SELECT ?st ?d ?sentence WHERE { ?st kg:hasEvidence ?ev . ?ev prov:wasDerivedFrom ?d ; kg:evidenceSentence ?sentence . }"""
_TITLES = """
SELECT ?d ?id ?title WHERE { ?d a kg:Document ; dcterms:identifier ?id . OPTIONAL { ?d dcterms:title ?title } }"""


def normalize(name: str) -> str:
    """Width, case and spacing differences do not count (ＡＩ = ai)."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def _bare(name: str) -> str:
    """Also forgive quotes and book-title marks: 《意见》 = 意见."""
    return "".join(ch for ch in normalize(name) if ch not in "《》〈〉“”‘’\"'「」『』")


@dataclass
class EntityInfo:
    iri: str
    label: str
    type: str
    mentions: int
    aliases: list[str] = field(default_factory=list)
    doc_count: int = 0
    other_types: list[str] = field(default_factory=list)  # kg:alsoReadAs
    dates: list[str] = field(default_factory=list)  # dcterms:date (an occasion's events)

    def brief(self) -> dict:
        return {"iri": self.iri, "label": self.label, "type": self.type}


class LookupIndex:
    """Labels and aliases of every entity, built once per opened graph."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.entities: dict[str, EntityInfo] = {}
        for e, label, type_, mentions in run_query(store, _INDEX).rows:
            self.entities[e] = EntityInfo(e, label, type_, int(mentions))
        for e, alias in run_query(store, _ALIASES).rows:
            if e in self.entities:
                self.entities[e].aliases.append(alias)
        for e, date in run_query(store, _DATES).rows:
            if e in self.entities:
                self.entities[e].dates.append(date)
        for e, type_ in run_query(store, _OTHER_TYPES).rows:
            if e in self.entities:
                self.entities[e].other_types.append(type_)
        for e, n in run_query(store, _DOC_COUNTS).rows:
            if e in self.entities:
                self.entities[e].doc_count = int(n)
        self.by_label: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        self.by_bare: dict[str, list[str]] = defaultdict(list)
        self.surfaces: dict[str, set[str]] = defaultdict(set)  # normalized surface -> entities
        for info in self.entities.values():
            info.aliases.sort()
            info.other_types.sort()
            info.dates.sort()
            self.by_label[normalize(info.label)].append(info.iri)
            self.surfaces[normalize(info.label)].add(info.iri)
            self.by_bare[_bare(info.label)].append(info.iri)
            for alias in info.aliases:
                self.by_alias[normalize(alias)].append(info.iri)
                self.surfaces[normalize(alias)].add(info.iri)
                self.by_bare[_bare(alias)].append(info.iri)
        self._keys = list(self.surfaces)
        self.doc_ids: dict[str, str] = {}
        self.doc_titles: dict[str, str | None] = {}
        for d, doc_id, title in run_query(store, _TITLES).rows:
            self.doc_ids[d], self.doc_titles[d] = doc_id, title

    def _rank(self, iris) -> list[str]:
        """Most mentioned first; ties by type and label, so answers are stable."""
        uniq = {i for i in iris}
        return sorted(uniq, key=lambda i: (-self.entities[i].mentions, self.entities[i].type, self.entities[i].label))

    def exact(self, name: str) -> tuple[str, list[str]] | None:
        key = normalize(name)
        if name in self.entities:  # a full IRI
            return "iri", [name]
        if self.by_label.get(key):
            return "label", self._rank(self.by_label[key])
        if self.by_alias.get(key):
            return "alias", self._rank(self.by_alias[key])
        bare = _bare(name)
        if bare and self.by_bare.get(bare):
            return "alias", self._rank(self.by_bare[bare])
        return None

    def fuzzy(self, name: str, n: int = 5) -> list[tuple[str, float]]:
        """Ranked (entity IRI, score): difflib similarity over labels and aliases,
        with a bonus for surfaces that contain the name or are contained in it."""
        key = normalize(name)
        if not key:
            return []
        scores: dict[str, float] = {}
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        for surface in self._keys:
            matcher.set_seq1(surface)
            if matcher.real_quick_ratio() < FUZZY_CUTOFF or matcher.quick_ratio() < FUZZY_CUTOFF:
                score = 0.0
            else:
                score = matcher.ratio()
            if len(key) >= 2 and (key in surface or surface in key) and len(surface) >= 2:
                short, long_ = sorted((len(key), len(surface)))
                score = max(score, 0.5 + 0.4 * short / long_)
            if score >= FUZZY_CUTOFF:
                for iri in self.surfaces[surface]:
                    scores[iri] = max(scores.get(iri, 0.0), score)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -self.entities[kv[0]].mentions, self.entities[kv[0]].label))
        return [(iri, round(score, 3)) for iri, score in ranked[:n]]

    def suggestions(self, name: str, n: int = 5) -> list[dict]:
        return [dict(self.entities[iri].brief(), score=score) for iri, score in self.fuzzy(name, n)]

    def find(self, name: str) -> tuple[str, str, list[str], list[dict]]:
        """(iri, how it matched, other entities of the same name, suggestions).
        KgError with suggestions when nothing fits well enough."""
        hit = self.exact(name)
        if hit:
            how, iris = hit
            return iris[0], how, iris[1:], []
        ranked = self.fuzzy(name, 6)
        if ranked:
            best, score = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            if score >= FUZZY_ACCEPT and score - runner_up >= FUZZY_MARGIN:
                return best, "fuzzy", [], [dict(self.entities[i].brief(), score=s) for i, s in ranked]
        raise KgError(not_found_message(name, [self.entities[i] for i, _ in ranked[:5]]))

    def resolve(self, name: str) -> str:
        """Exact label or alias (or full IRI) -> node IRI; otherwise KgError with suggestions."""
        hit = self.exact(name)
        if hit:
            return hit[1][0]
        raise KgError(not_found_message(name, [self.entities[i] for i, _ in self.fuzzy(name, 5)]))

    def lookup(self, name: str, limit: int = 5) -> dict:
        iri, how, others, suggestions = self.find(name)
        info = self.entities[iri]
        term = {"e": ox.NamedNode(iri)}

        statements = []  # (support, relation, head, tail, statement IRI)

        def grouped(query: str, outgoing: bool) -> dict[str, list[dict]]:
            groups: dict[str, list[dict]] = defaultdict(list)
            for _e, st, p, other, support in run_query(self.store, query, term).rows:
                o = self.entities.get(other)
                head, tail = (iri, other) if outgoing else (other, iri)
                statements.append((int(support), p[len(KG):], self._label(head), self._label(tail), st))
                groups[p[len(KG):]].append({
                    "iri": other,
                    "label": o.label if o else other,
                    "type": o.type if o else None,
                    "support": int(support),
                })
            return {rel: sorted(items, key=lambda x: (-x["support"], x["label"])) for rel, items in sorted(groups.items())}

        out_rel, in_rel = grouped(_OUT, True), grouped(_IN, False)
        # evidence of the best supported statements first, fetched only as far as `limit` needs
        evidence = []
        for _support, rel, head, tail, st in sorted(statements, key=lambda x: (-x[0], x[1], x[2], x[3])):
            if len(evidence) >= limit:
                break
            rows = run_query(self.store, _EVIDENCE, {"st": ox.NamedNode(st)}).rows
            for _st, d, sentence in sorted(rows, key=lambda r: (self.doc_ids.get(r[1], r[1]), r[2]))[: limit - len(evidence)]:
                evidence.append({
                    "head": head,
                    "relation": rel,
                    "tail": tail,
                    "doc_id": self.doc_ids.get(d, d),
                    "doc_title": self.doc_titles.get(d),
                    "sentence": sentence,
                })
        return {
            "query": name,
            "match": how,
            "iri": iri,
            "label": info.label,
            "type": info.type,
            "aliases": info.aliases,
            "other_types": info.other_types,
            "dates": info.dates,
            "mentions": info.mentions,
            "doc_count": info.doc_count,
            "relations": {"out": out_rel, "in": in_rel},
            "relation_counts": {
                "out": {k: len(v) for k, v in out_rel.items()},
                "in": {k: len(v) for k, v in in_rel.items()},
            },
            "evidence": evidence,
            "others": [self.entities[i].brief() for i in others],
            "suggestions": suggestions,
        }

    def _label(self, iri: str) -> str:
        e = self.entities.get(iri)
        return e.label if e else iri


def not_found_message(name: str, candidates: list[EntityInfo]) -> str:
    shown = " ".join(name.split())
    if not candidates:
        return f"no entity named {shown!r} in the graph"
    return f"no entity named {shown!r}; did you mean: " + ", ".join(f"{c.label} ({c.type})" for c in candidates) + "?"
