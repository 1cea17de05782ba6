"""What an analyst should review in a built graph, ranked (`kg audit`).

Four kinds of findings, each with a score in [0, 1] (higher: review first)
and a suggested curation decision (kg/graph/curation.py) — or none, when only
a person can tell:

    duplicate      two entities of one type that look like one thing:
                   containment, the difference a generic affix of
                   ontology/resolution.json (人工智能 ~ 人工智能技术)     0.80
                   abbreviation (工信部 ~ 工业和信息化部: the short label's
                   characters run through the long one in 2+ pieces)     0.75
                   edit distance 1 (3+ characters; not 十三五 ~ 十五五):
                   one more character 0.65, one substituted              0.60
                   other containment (制造业 ~ 先进制造业)                0.45
                   suggestion: merge the less mentioned into the other
                   (an abbreviation into its full name)
    type-conflict  an entity whose mentions were also read as another type
                   (kg:alsoReadAs): 0.50 + up to 0.30 by mentions;
                   suggestion: type (keep or change the chosen type)
    isolated       no relation although mentioned 3+ times:
                   0.30 + up to 0.35 by mentions; no suggestion
    weak-relation  a relation stated once, or only with confidence < 0.6:
                   0.15 + 0.5 × (1 - best confidence) (+0.1 when stated once);
                   suggestion: drop-relation

`write_audit_tsv` writes them with the curation file's columns (action,
subject, object, relation, note) plus kind and score: delete the rows you
disagree with, edit the others, and save the file as the corpus's
curation.tsv.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import networkx as nx

from kg.files import atomic_open
from kg.graph.curation import COLUMNS
from kg.extract.resolve import identity_rules
from kg.query.project import degree

KINDS = ("duplicate", "type-conflict", "isolated", "weak-relation")
TSV_COLUMNS = (*COLUMNS, "kind", "score")
ISOLATED_MIN_MENTIONS = 3
LOW_CONFIDENCE = 0.6
MAX_GROUP = 200  # labels sharing one edit-distance key beyond this are not compared


def audit(G: nx.MultiDiGraph, limit: int | None = None) -> list[dict]:
    """Findings, best first: dicts with rank, kind, score, action, subject,
    subject_type, object, relation, note."""
    items = [*_duplicates(G), *_type_conflicts(G), *_isolated(G), *_weak_relations(G)]
    order = {k: i for i, k in enumerate(KINDS)}
    items.sort(key=lambda x: (-x["score"], order[x["kind"]], x["subject"], x["object"], x["relation"]))
    if limit is not None:
        items = items[:limit]
    for i, item in enumerate(items, 1):
        item["rank"] = i
    return items


def write_audit_tsv(items: list[dict], path: str | Path) -> Path:
    """ITEMS as an editable TSV (a header line, then one row per finding)."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path, newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(TSV_COLUMNS)
        for item in items:
            w.writerow([_cell(item.get(c, "")) for c in TSV_COLUMNS])
    return path


def _cell(value) -> str:
    return " ".join(str(value).split())  # no tabs or newlines inside a cell


def _item(kind: str, score: float, subject: str, subject_type: str, *, action: str = "", object: str = "",
          relation: str = "", note: str = "") -> dict:
    return {"rank": 0, "kind": kind, "score": round(score, 3), "action": action, "subject": subject,
            "subject_type": subject_type, "object": object, "relation": relation, "note": note}


def _merge(G, a: str, b: str, how: str, score: float) -> dict:
    """Merge suggestion: the less mentioned (then shorter) label into the other."""
    na, nb = G.nodes[a], G.nodes[b]
    if (na["mentions"], len(na["label"]), na["label"]) > (nb["mentions"], len(nb["label"]), nb["label"]):
        na, nb = nb, na
    if how == "abbreviation":  # the short name into the full one
        na, nb = sorted((na, nb), key=lambda n: len(n["label"]))
    note = (f"{how}: {na['label']} ({na['mentions']} mentions) ~ {nb['label']} ({nb['mentions']} mentions), "
            f"both {na['type']}")
    return _item("duplicate", score, na["label"], na["type"], action="merge", object=nb["label"], note=note)


def _gaps(short: str, long_: str) -> int:
    """Pieces of LONG_ skipped when SHORT's characters are matched in it from
    the left (leading and inner gaps); -1 when SHORT is not a subsequence."""
    gaps, pos = 0, 0
    for ch in short:
        found = long_.find(ch, pos)
        if found < 0:
            return -1
        gaps += found > pos
        pos = found + 1
    return gaps


_NUMERALS = set("0123456789〇零一二三四五六七八九十百千")


def one_numeral_apart(a: str, b: str) -> bool:
    """Labels one numeral apart name different things: 十三五 / 十五五, 5G / 6G,
    第二十次 / 第二十四次 (a numeral substituted or inserted)."""
    if len(a) == len(b):
        return all(x == y or (x in _NUMERALS and y in _NUMERALS) for x, y in zip(a, b))
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return long_[i] in _NUMERALS and long_[:i] + long_[i + 1:] == short


def _duplicates(G: nx.MultiDiGraph) -> list[dict]:
    affixes = identity_rules().duplicate_affixes
    by_type: dict[str, dict[str, str]] = defaultdict(dict)  # type -> label -> node
    for n, d in G.nodes(data=True):
        by_type[d["type"]][d["label"]] = n
    items: dict[frozenset, dict] = {}

    def add(a: str, b: str, how: str, score: float) -> None:
        key = frozenset((a, b))
        if key not in items or items[key]["score"] < score:
            items[key] = _merge(G, a, b, how, score)

    for labels in by_type.values():
        # containment: every substring of each label that is another label
        for long_, b in labels.items():
            for i in range(len(long_)):
                for j in range(i + 2, len(long_) + 1):
                    short = long_[i:j]
                    if short != long_ and short in labels:
                        rest = long_[:i] + long_[j:]
                        score = 0.80 if rest in affixes else 0.45
                        add(labels[short], b, "containment", score)
        # abbreviation: a short label whose characters run, in order, through
        # a longer one in two or more pieces (工信部 ~ 工业和信息化部); one
        # insertion (量子技术 ~ 量子计算技术) is usually a narrower thing
        with_char: dict[str, set[str]] = defaultdict(set)
        for label in labels:
            for ch in set(label):
                with_char[ch].add(label)
        for short in labels:
            if not 2 <= len(short) <= 5:
                continue
            candidates = set.intersection(*(with_char[ch] for ch in set(short)))
            for long_ in candidates:
                if (len(long_) >= len(short) + 2 and short not in long_ and _gaps(short, long_) >= 2
                        and (len(short) >= 3 or short[0] == long_[0])):
                    add(labels[short], labels[long_], "abbreviation", 0.75)
        # edit distance 1: labels sharing a one-deletion key
        keys: dict[str, set[str]] = defaultdict(set)
        for label in labels:
            if len(label) >= 3:
                keys[label].add(label)
                for i in range(len(label)):
                    keys[label[:i] + label[i + 1:]].add(label)
        for group in keys.values():
            if 1 < len(group) <= MAX_GROUP:
                ordered = sorted(group)
                for x in range(len(ordered)):
                    for y in range(x + 1, len(ordered)):
                        a, b = ordered[x], ordered[y]
                        if a not in b and b not in a and not one_numeral_apart(a, b):
                            score = 0.60 if len(a) == len(b) else 0.65  # a substitution, or one more character
                            add(labels[a], labels[b], "edit distance 1", score)
    return list(items.values())


def _type_conflicts(G: nx.MultiDiGraph) -> list[dict]:
    out = []
    for _n, d in G.nodes(data=True):
        others = d.get("other_types") or []
        if others:
            score = 0.50 + min(0.30, d["mentions"] / 100)
            note = (f"{d['mentions']} mentions; typed {d['type']}, also read as {', '.join(others)}: "
                    "keep the type or change it")
            out.append(_item("type-conflict", score, d["label"], d["type"], action="type", object=d["type"], note=note))
    return out


def _isolated(G: nx.MultiDiGraph) -> list[dict]:
    out = []
    for n, d in G.nodes(data=True):
        if d["mentions"] >= ISOLATED_MIN_MENTIONS and degree(G, n) == 0:
            score = 0.30 + min(0.35, d["mentions"] / 100)
            note = (f"{d['mentions']} mentions in {d['doc_count']} documents and no relation: "
                    "a missed relation, or not an entity (drop)")
            out.append(_item("isolated", score, d["label"], d["type"], note=note))
    return out


def _weak_relations(G: nx.MultiDiGraph) -> list[dict]:
    out = []
    for h, t, rel, d in G.edges(keys=True, data=True):
        evidence = d.get("evidence") or []
        best = max((float(e.get("confidence", 1.0)) for e in evidence), default=1.0)
        once = d.get("support", 0) <= 1
        if not once and best >= LOW_CONFIDENCE:
            continue
        score = 0.15 + 0.5 * (1 - best) + (0.1 if once else 0.0)
        head, tail = G.nodes[h], G.nodes[t]
        first = evidence[0] if evidence else {}
        sentence = str(first.get("sentence", ""))
        if len(sentence) > 80:
            sentence = sentence[:79] + "…"
        note = (f"support {d.get('support', 0)}, confidence {best:.2f}, rule {first.get('rule', '?')}, "
                f"{first.get('doc_id', '?')}: {sentence}")
        out.append(_item("weak-relation", score, head["label"], head["type"], action="drop-relation",
                         object=tail["label"], relation=rel, note=note))
    return out
