"""Corpus-wide resolution: one canonical label per entity across documents.

Merges happen only on evidence, never on string similarity:
  * the lexicon's alias table (applied already during extraction);
  * in-text definitions （以下简称“X”） from any document: X -> its full name,
    when the whole corpus gives X a single full name;
  * a label that is itself a defined alias of another label of the same type.
Short names of policy titles (《意见》, （以下简称“方案”）) were resolved inside
their own document and are not propagated: the same short name means different
policies in different texts.
Everything is dict-based and linear in the number of mentions.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from kg.model import ENTITY_TYPES, Entity, Extraction, ExtractionSummary, Mention, Relation


def _defined_aliases(extractions: Sequence[Extraction | ExtractionSummary]) -> dict[str, str]:
    """alias -> full label, from documents' definitions, dropping ambiguous ones."""
    targets: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for label, surfaces in ex.aliases.items():
            if label.startswith("《"):
                continue  # short names of policy titles (意见, 《方案》) are document-local
            for s in surfaces:
                targets[s].add(label)
    return {a: next(iter(ls)) for a, ls in targets.items() if len(ls) == 1}


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
    rewritten, and one Entity per (label, type)."""
    canon, summaries, entities = _resolve([ex.summary() for ex in extractions])
    out = [
        Extraction(
            ex.doc_id,
            [Mention(m.text, m.type, canon(m.label), m.start, m.end, m.source) for m in ex.mentions],
            s.relations,
            s.aliases,
        )
        for ex, s in zip(extractions, summaries)
    ]
    return out, entities


def _resolve(summaries: Sequence[ExtractionSummary]):
    canon = _canonicaliser(summaries)
    out: list[ExtractionSummary] = []
    agg: dict[tuple[str, str], dict] = {}
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
        out.append(ExtractionSummary(ex.doc_id, tally, relations, {k: sorted(set(v)) for k, v in aliases.items()}))
    for ex in out:
        for label, surfaces in ex.aliases.items():
            for key in ((label, t) for t in ENTITY_TYPES):
                if key in agg:
                    agg[key]["aliases"].update(s for s in surfaces if s != label)
    entities = [
        Entity(label=label, type=etype, aliases=sorted(a["aliases"] - {label}), doc_ids=sorted(a["docs"]), mentions=a["n"])
        for (label, etype), a in sorted(agg.items())
    ]
    return canon, out, entities
