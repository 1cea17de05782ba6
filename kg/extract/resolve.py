"""Corpus-wide resolution: one canonical label per entity across documents.

Merges happen only on evidence, never on string similarity:
  * the lexicon's alias table (applied already during extraction);
  * in-text definitions （以下简称“X”） from any document: X -> its full name,
    when the whole corpus gives X a single full name;
  * a label that is itself a defined alias of another label of the same type.
Short names of policy titles (《意见》, （以下简称“方案”）) were resolved inside
their own document and are not propagated across files: the same short name
means different policies in different texts.  Within one file (the articles
``F#01``, ``F#02``… of a newspaper page or a study booklet) they are carried:
a short title an article writes without defining it (《建议》 in a quotation)
stands for the full title another article of the same file defines it as,
when the file defines it as exactly one title (`_file_short_titles`).  And an
event a document names bare (中国具身智能大会) is the one edition of it the
document names (首届中国具身智能大会; `_event_editions`).

Then identity (`identify`): labels equal up to width, case, spaces, quotation
and book-title marks (ontology/resolution.json) are one entity, and so are
Event labels that differ only by a 中共/党的 prefix; one label is one node,
whatever types its mentions were read as.  The node's type is the lexicon's,
else the majority of its mentions (ties: ENTITY_TYPES order); the other
readings stay on the entity (`Entity.other_types`).  A lexicon entity carries
all its lexicon aliases, also those the corpus never writes.
Everything is dict-based and linear in the number of mentions.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.errors import KgError
from kg.extract.datafile import read_json_object
from kg.extract.lexicon import load_lexicon
from kg.model import ENTITY_TYPES, Entity, Extraction, ExtractionSummary, Mention, Relation
from kg.resources import ONTOLOGY_DIR
from kg.schema import SIGNATURES

RESOLUTION_PATH = ONTOLOGY_DIR / "resolution.json"
Node = tuple[str, str]  # (label, type)
_RESOLUTION_KEYS = {"_doc": str, "ignore_characters": str, "event_prefixes": list, "duplicate_affixes": list,
                    "same_type_relations": list, "event_editions": str}


@dataclass(frozen=True)
class IdentityRules:
    ignore_characters: frozenset[str]
    event_prefixes: tuple[str, ...]  # longest first
    duplicate_affixes: frozenset[str] = frozenset()  # for kg audit (kg/query/audit.py)
    same_type_relations: frozenset[str] = frozenset()  # head and tail of one type (partOf)
    event_editions: re.Pattern | None = None  # an edition before an event's name (首届, 2024)


@lru_cache(maxsize=1)
def identity_rules(path: str | None = None) -> IdentityRules:
    """ontology/resolution.json, validated: a bad key is one error naming it."""
    p = RESOLUTION_PATH if path is None else path
    data = read_json_object(p)
    for key, value in data.items():
        if key not in _RESOLUTION_KEYS:
            raise KgError(f"{p}: unknown key {key!r} (known: {', '.join(sorted(_RESOLUTION_KEYS))})")
        if not isinstance(value, _RESOLUTION_KEYS[key]):
            raise KgError(f"{p}: {key!r} must be a {_RESOLUTION_KEYS[key].__name__}")
    for key in ("event_prefixes", "duplicate_affixes", "same_type_relations"):
        if not all(isinstance(x, str) and x for x in data.get(key, [])):
            raise KgError(f"{p}: {key!r} must be a list of non-empty strings")
    prefixes = tuple(sorted(data.get("event_prefixes", []), key=len, reverse=True))
    editions = None
    if data.get("event_editions"):
        try:
            editions = re.compile(data["event_editions"])
        except re.error as e:
            raise KgError(f"{p}: 'event_editions' is not a regular expression: {e}") from None
    return IdentityRules(frozenset(data.get("ignore_characters", "")), prefixes,
                         frozenset(data.get("duplicate_affixes", [])), frozenset(data.get("same_type_relations", [])),
                         editions)


def keeps_types(relation: str, head_type: str, tail_type: str) -> bool:
    """False for a relation of same_type_relations (partOf) whose endpoints,
    once resolved or curated, have different types."""
    return head_type == tail_type or relation not in identity_rules().same_type_relations


def fits_signature(relation: str, head_type: str, tail_type: str) -> bool:
    """False for a relation whose endpoint types its signature does not allow.
    Resolution drops a relation that fitted as extracted and no longer fits once
    its ends are resolved: a name read as a technology in one sentence
    (推动氢能在交通领域的应用) and resolved to the sector the rest of the corpus
    names.  (One extracted outside its signature, or retyped by a curator, is
    kept here and reported when the graph is written.)"""
    allowed = SIGNATURES.get(relation)
    return allowed is None or (head_type in allowed[0] and tail_type in allowed[1])


def identity_key(label: str) -> str:
    """What two surfaces of one entity have in common: 《政府工作报告》 = 政府工作报告,
    5G 网络 = 5G网络, ＡＩ = ai."""
    ignore = identity_rules().ignore_characters
    return "".join(ch for ch in unicodedata.normalize("NFKC", label).casefold() if not ch.isspace() and ch not in ignore)


def event_key(label: str) -> str:
    """identity_key without a leading 中共/党的 (Event names only)."""
    key = identity_key(label)
    for prefix in identity_rules().event_prefixes:
        p = identity_key(prefix)
        if key.startswith(p) and len(key) > len(p) + 1:
            return key[len(p):]
    return key


def _defined_aliases(extractions: Sequence[Extraction | ExtractionSummary]) -> dict[str, str]:
    """alias -> full label, from documents' definitions, dropping ambiguous ones."""
    targets: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for label, surfaces in ex.aliases.items():
            if label.startswith("《"):
                continue  # short names of policy titles (意见, 《方案》): only within a file (_file_short_titles)
            for s in surfaces:
                targets[s].add(label)
    return {a: next(iter(ls)) for a, ls in targets.items() if len(ls) == 1}


def file_of(doc_id: str) -> str:
    """The file a document comes from: ``F`` for the articles ``F#01``, ``F#02``…
    of one file (kg.model.Document.id); a single-article file is its own."""
    return doc_id.rsplit("#", 1)[0] if "#" in doc_id else doc_id


def _file_short_titles(summaries: Sequence[ExtractionSummary]) -> dict[str, dict[Node, str]]:
    """doc id -> {(short title label, "Policy") -> full title}: the policy short
    names (《建议》) an article mentions as a label of their own (it does not
    define them) while another article of its file defines them
    (（以下简称《建议》）, or 《建议》 after the full title), when the file's
    articles define that short name as one full title only."""
    defined: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # file -> short key -> titles
    for ex in summaries:
        for label, surfaces in ex.aliases.items():
            if label.startswith("《"):
                for s in surfaces:
                    defined[file_of(ex.doc_id)][identity_key(s)].add(label)
    carry: dict[str, dict[Node, str]] = {}
    for ex in summaries:
        shorts = defined.get(file_of(ex.doc_id))
        if not shorts:
            continue
        for _, etype, label in ex.mentions:
            titles = shorts.get(identity_key(label))
            if etype == "Policy" and titles and len(titles) == 1 and label not in titles:
                carry.setdefault(ex.doc_id, {})[(label, etype)] = next(iter(titles))
    return carry


def _event_editions(summaries: Sequence[ExtractionSummary]) -> dict[str, dict[Node, str]]:
    """doc id -> {(event label, "Event") -> the edition}: an event a document
    names bare (中国具身智能大会) and with an edition (首届中国具身智能大会,
    2024中国具身智能大会; resolution.json event_editions) is that edition, when
    the document names one edition of it only."""
    editions = identity_rules().event_editions
    carry: dict[str, dict[Node, str]] = {}
    if editions is None:
        return carry
    for ex in summaries:
        events = sorted({label for _, etype, label in ex.mentions if etype == "Event"})
        named: dict[str, set[str]] = defaultdict(set)  # event key of the bare name -> editions
        for label in events:
            m = editions.match(label)
            if m and event_key(label[m.end():]):
                named[event_key(label[m.end():])].add(label)
        for label in events:
            found = named.get(event_key(label), set()) - {label}
            if len(found) == 1 and not editions.match(label):
                carry.setdefault(ex.doc_id, {})[(label, "Event")] = next(iter(found))
    return carry


def _canonicaliser(extractions: Sequence[Extraction | ExtractionSummary]) -> Callable[[str], str]:
    alias_to_label = _defined_aliases(extractions)

    def canon(label: str) -> str:
        seen = set()
        while label in alias_to_label and label not in seen:
            seen.add(label)
            label = alias_to_label[label]
        return label

    return canon


def resolve_summaries(summaries: Sequence[ExtractionSummary]) -> tuple[list[ExtractionSummary], list[Entity]]:
    """`resolve` for extraction summaries (what a build keeps per document)."""
    _, out, entities = _resolve(summaries)
    return out, entities


def resolve(extractions: Sequence[Extraction]) -> tuple[list[Extraction], list[Entity]]:
    """Canonical labels across the corpus: the extractions with their labels
    (and types, see `identify`) rewritten, and one Entity per node."""
    node, summaries, entities = _resolve([ex.summary() for ex in extractions])
    out = []
    for ex, s in zip(extractions, summaries):
        mentions = []
        for m in ex.mentions:
            label, etype = node(ex.doc_id, m.label, m.type)
            mentions.append(Mention(m.text, etype, label, m.start, m.end, m.source))
        out.append(Extraction(ex.doc_id, mentions, s.relations, s.aliases))
    return out, entities



def _carried(summaries: Sequence[ExtractionSummary]) -> tuple[list[ExtractionSummary], Callable[[str, str, str], str]]:
    """The summaries with what one document or file says a label stands for
    there (`_file_short_titles`, `_event_editions`) applied to its mentions and
    relations, and label(doc_id, label, type) doing the same for one mention."""
    carry = _file_short_titles(summaries)
    for doc_id, table in _event_editions(summaries).items():
        carry.setdefault(doc_id, {}).update(table)

    def label_in(doc_id: str, label: str, etype: str) -> str:
        table = carry.get(doc_id)
        return table.get((label, etype), label) if table else label

    if not carry:
        return list(summaries), label_in
    out = []
    for ex in summaries:
        table = carry.get(ex.doc_id)
        if not table:
            out.append(ex)
            continue
        tally: dict[tuple[str, str, str], int] = {}
        for (text, etype, label), n in ex.mentions.items():
            key = (text, etype, label_in(ex.doc_id, label, etype))
            tally[key] = tally.get(key, 0) + n
        relations = [replace(r, head=label_in(ex.doc_id, r.head, r.head_type), tail=label_in(ex.doc_id, r.tail, r.tail_type))
                     for r in ex.relations]
        # the short names become aliases through the mentions (surface != label); not
        # through ex.aliases, whose definitions `_defined_aliases` applies corpus-wide
        out.append(ExtractionSummary(ex.doc_id, tally, relations, ex.aliases))
    return out, label_in


def _resolve(summaries: Sequence[ExtractionSummary]):
    summaries, carried = _carried(summaries)
    canon = _canonicaliser(summaries)
    agg: dict[Node, dict] = {}
    renamed: list[ExtractionSummary] = []
    for ex in summaries:
        tally: dict[tuple[str, str, str], int] = {}
        for (text, etype, label), n in ex.mentions.items():
            label = canon(label)
            tally[(text, etype, label)] = tally.get((text, etype, label), 0) + n
            a = agg.setdefault((label, etype), {"aliases": set(), "docs": set(), "n": 0})
            if text != label:
                a["aliases"].add(text)
            a["docs"].add(ex.doc_id)
            a["n"] += n
        relations = [
            Relation(canon(r.head), r.type, canon(r.tail), r.head_text, r.tail_text, r.head_type, r.tail_type, r.evidence)
            for r in ex.relations
        ]
        aliases: dict[str, list[str]] = {}
        for label, surfaces in ex.aliases.items():
            aliases.setdefault(canon(label), []).extend(surfaces)
        renamed.append(ExtractionSummary(ex.doc_id, tally, relations, {k: sorted(set(v)) for k, v in aliases.items()}))
    for ex in renamed:
        for label, surfaces in ex.aliases.items():
            for key in ((label, t) for t in ENTITY_TYPES):
                if key in agg:
                    agg[key]["aliases"].update(s for s in surfaces if s != label)

    node, entities = identify(agg)
    out = []
    for ex in renamed:
        tally = {}
        for (text, etype, label), n in ex.mentions.items():
            label, etype = node(label, etype)
            tally[(text, etype, label)] = tally.get((text, etype, label), 0) + n
        relations = []
        for r in ex.relations:
            head, head_type = node(r.head, r.head_type)
            tail, tail_type = node(r.tail, r.tail_type)
            if not keeps_types(r.type, head_type, tail_type) or (
                    fits_signature(r.type, r.head_type, r.tail_type) and not fits_signature(r.type, head_type, tail_type)):
                continue  # 新材料 partOf 战略性新兴产业 read as an industry; the node is a Technology
            relations.append(Relation(head, r.type, tail, r.head_text, r.tail_text, head_type, tail_type, r.evidence))
        out.append(ExtractionSummary(ex.doc_id, tally, relations, ex.aliases))
    return (lambda doc_id, label, etype: node(canon(carried(doc_id, label, etype)), etype)), out, entities


def identify(agg: dict[Node, dict]) -> tuple[Callable[[str, str], Node], list[Entity]]:
    """One node per real thing.  AGG: (label, type) -> {"aliases", "docs", "n"}
    as tallied from the mentions.  Returns node(label, type) -> the (label,
    type) of its node, and the entities, sorted by (label, type)."""
    lex = load_lexicon()
    parent: dict[Node, Node] = {k: k for k in agg}

    def find(k: Node) -> Node:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union_by(keyfn, members) -> dict[str, Node]:
        first: dict[str, Node] = {}
        for k in members:
            key = keyfn(k[0])
            if key in first:
                a, b = find(first[key]), find(k)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                first[key] = k
        return first

    ordered = sorted(agg)
    union_by(identity_key, ordered)
    union_by(event_key, [k for k in ordered if k[1] == "Event"])
    groups: dict[Node, list[Node]] = defaultdict(list)
    for k in ordered:
        groups[find(k)].append(k)

    type_rank = {t: i for i, t in enumerate(ENTITY_TYPES)}
    mapping: dict[Node, Node] = {}
    by_key: dict[str, Node] = {}
    by_event_key: dict[str, Node] = {}
    entities = []
    for members in groups.values():
        per_label: dict[str, int] = defaultdict(int)
        per_type: dict[str, int] = defaultdict(int)
        for label, etype in members:
            per_label[label] += agg[(label, etype)]["n"]
            per_type[etype] += agg[(label, etype)]["n"]

        def in_lexicon(label: str) -> bool:
            hit = lex.terms.get(label)
            return hit is not None and hit[1] == label

        # the lexicon's label, else the most mentioned; then no spaces, the fullest
        label = min(per_label, key=lambda x: (not in_lexicon(x), -per_label[x], any(c.isspace() for c in x), -len(x), x))
        if in_lexicon(label) and lex.terms[label][0] in ENTITY_TYPES:
            etype = lex.terms[label][0]
        else:
            etype = min(per_type, key=lambda t: (-per_type[t], type_rank.get(t, len(type_rank)), t))
        aliases: set[str] = set()
        docs: set[str] = set()
        for m in members:
            mapping[m] = (label, etype)
            aliases |= agg[m]["aliases"] | {m[0]}
            docs |= agg[m]["docs"]
            by_key[identity_key(m[0])] = (label, etype)
            if m[1] == "Event":
                by_event_key[event_key(m[0])] = (label, etype)
        aliases |= lex.surfaces.get((label, etype), set())
        entities.append(Entity(
            label=label, type=etype, aliases=sorted(aliases - {label}), doc_ids=sorted(docs),
            mentions=sum(per_type.values()), other_types=sorted(set(per_type) - {etype}),
        ))

    def node(label: str, etype: str) -> Node:
        hit = mapping.get((label, etype))
        if hit is None:  # a relation endpoint no mention names
            hit = by_key.get(identity_key(label))
            if hit is None and etype == "Event":
                hit = by_event_key.get(event_key(label))
        return hit or (label, etype)

    entities.sort(key=lambda e: (e.label, e.type))
    return node, entities
