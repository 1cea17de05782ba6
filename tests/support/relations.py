"""Running the relation rules alone on a sentence written for a test: the
mentions are given (every occurrence of each surface), so a test checks the
relation rule, not the entity recogniser."""
from __future__ import annotations

import json
import re
from pathlib import Path

from kg.extract.relations import extract_relations, load_relation_patterns
from kg.ingest.sentences import segment_sentences
from kg.model import Mention
from kg.resources import ONTOLOGY_DIR


def sentences(text: str) -> list[tuple[int, int]]:
    """The real sentence splitter's spans (what documents are extracted with)."""
    return [(s.start, s.end) for s in segment_sentences(text)]


def mentions(text: str, entities: dict[str, str]) -> list[Mention]:
    """Every occurrence of each surface (longest first, no overlaps)."""
    taken = [False] * len(text)
    out = []
    for surface in sorted(entities, key=len, reverse=True):
        for m in re.finditer(re.escape(surface), text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                out.append(Mention(surface, entities[surface], surface, m.start(), m.end()))
    return sorted(out, key=lambda m: m.start)


def run(text: str, entities: dict[str, str], **kw) -> set[tuple[str, str, str]]:
    """(head, type, tail) of the relations the rules find in TEXT."""
    rels = extract_relations(text, sentences(text), mentions(text, entities), "doc", **kw)
    return {(r.head_text, r.type, r.tail_text) for r in rels}


def labelled_mentions(text: str, spec: list[tuple[str, str, str]]) -> list[Mention]:
    """(surface, type, label) for every occurrence of each surface, in order:
    for tests where a mention's label (an alias's full title) matters."""
    out = []
    for surface, etype, label in spec:
        start = text.find(surface)
        while start >= 0:
            out.append(Mention(surface, etype, label, start, start + len(surface)))
            start = text.find(surface, start + len(surface))
    return sorted(out, key=lambda m: m.start)


def run_labelled(text: str, spec: list[tuple[str, str, str]], **kw) -> set[tuple[str, str, str]]:
    """`run` with labelled mentions (see `labelled_mentions`)."""
    rels = extract_relations(text, sentences(text), labelled_mentions(text, spec), "doc", **kw)
    return {(r.head_text, r.type, r.tail_text) for r in rels}


def of_type(got: set, rel: str) -> set:
    """The (head, rel, tail) triples of GOT whose relation is REL."""
    return {r for r in got if r[1] == rel}


def titles_file(tmp_path, **settings) -> Path:
    """The shipped relation patterns written to TMP_PATH with their ``titles``
    keys set to SETTINGS (a value of None removes the key): a file to load or to
    see rejected."""
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    for key, value in settings.items():
        data["titles"].pop(key, None)
        if value is not None:
            data["titles"][key] = value
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def patterns_with(tmp_path, rules: list[dict]):
    """The shipped relation patterns with their rules replaced by RULES, loaded and validated."""
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    data["rules"] = rules
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_relation_patterns(p)
