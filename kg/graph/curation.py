"""An analyst's decisions about the graph (curation.tsv), applied at build time.

A build resolves the extractions (kg.extract.resolve) and then applies the
decisions before writing RDF, so a curated rebuild re-extracts nothing: the
extraction cache is keyed by document and extractor, never by this file.

The file is UTF-8 text, one decision per line, tab-separated columns

    action  subject  object  relation  note

(``#`` comment lines and blank lines are skipped; a first line whose first
cell is ``action`` is a header naming the columns, in any order, and columns
it names that are not these five are ignored, so `kg audit --out` output can
be edited into a curation file; a row whose action is empty is skipped).
Actions, applied in file order:

    merge          SUBJECT into OBJECT (SUBJECT's names become OBJECT's aliases)
    type           set SUBJECT's type to OBJECT (an entity type); its partOf
                   links to entities of another type go (kg.extract.resolve.keeps_types)
    drop           remove SUBJECT and its relations
    drop-relation  remove the relations from SUBJECT to OBJECT (only RELATION if given)
    alias          add OBJECT as an alias of SUBJECT

Entities are named by label (an alias or a label differing only in width,
spaces, 《》 or quotes also finds them).  A malformed line is an InputError
naming the file and line; a decision about an entity the graph does not hold
is skipped with a warning (the corpus may have changed since it was written).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.extract.resolve import identity_key, keeps_types
from kg.ingest.readers import CURATION_FILE
from kg.model import Entity, ExtractionSummary, Relation
from kg.schema import ENTITY_TYPES, RELATION_TYPES

COLUMNS = ("action", "subject", "object", "relation", "note")
# action -> the columns it needs besides `action`
ACTIONS = {
    "merge": ("subject", "object"),
    "type": ("subject", "object"),
    "drop": ("subject",),
    "drop-relation": ("subject", "object"),
    "alias": ("subject", "object"),
}


@dataclass(frozen=True)
class Decision:
    action: str
    subject: str
    object: str = ""
    relation: str = ""
    note: str = ""
    line: int = 0  # line number in the file (1-based)


@dataclass
class CurationReport:
    file: str | None = None
    decisions: int = 0
    applied: int = 0
    skipped: list[str] = field(default_factory=list)  # "LINE: why"

    def as_dict(self) -> dict:
        return {"file": self.file, "decisions": self.decisions, "applied": self.applied, "skipped": list(self.skipped)}


def find_curation(corpus: str | Path, curation: str | Path | None = None) -> Path | None:
    """The curation file a build of CORPUS uses: CURATION if given (it must
    exist), else ``curation.tsv`` in the corpus folder (or beside a corpus
    file) if there is one."""
    if curation is not None:
        path = Path(curation)
        if not path.is_file():
            raise InputError(f"curation file not found: {path}")
        return path
    corpus = Path(corpus)
    path = (corpus if corpus.is_dir() else corpus.parent) / CURATION_FILE
    return path if path.is_file() else None


def read_curation(path: str | Path) -> list[Decision]:
    """The decisions in PATH, validated; InputError ``PATH:LINE: …`` on the first bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise InputError(f"cannot read curation file {path}: {e.strerror or e}") from None
    columns: tuple[str, ...] = COLUMNS
    decisions = []
    first = True
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if first and cells[0].casefold() == "action":
            columns = tuple(c.casefold() for c in cells)
            if "subject" not in columns:
                raise InputError(f"{path}:{lineno}: the header names no 'subject' column")
            first = False
            continue
        first = False
        if len(cells) > len(columns):
            raise InputError(f"{path}:{lineno}: {len(cells)} columns, expected at most {len(columns)} "
                             f"({', '.join(columns)}), separated by tabs")
        row = dict(zip(columns, cells))
        action = row.get("action", "").casefold()
        if not action:
            continue  # an audit row nobody decided on
        if action not in ACTIONS:
            raise InputError(f"{path}:{lineno}: unknown action {row.get('action')!r} (use {', '.join(ACTIONS)})")
        for col in ACTIONS[action]:
            if not row.get(col):
                raise InputError(f"{path}:{lineno}: {action} needs the {col} column (columns: {', '.join(COLUMNS)})")
        if action == "type" and row["object"] not in ENTITY_TYPES:
            raise InputError(f"{path}:{lineno}: unknown entity type {row['object']!r} (use {', '.join(ENTITY_TYPES)})")
        relation = row.get("relation", "") if action == "drop-relation" else ""
        if relation and relation not in RELATION_TYPES:
            raise InputError(f"{path}:{lineno}: unknown relation {relation!r} (use {', '.join(RELATION_TYPES)})")
        if action == "merge" and row["subject"] == row["object"]:
            raise InputError(f"{path}:{lineno}: merge of {row['subject']!r} into itself")
        obj = row.get("object", "") if action != "drop" else ""
        decisions.append(Decision(action, row["subject"], obj, relation, row.get("note", ""), lineno))
    return decisions


def apply_curation(
    decisions: Sequence[Decision],
    summaries: Sequence[ExtractionSummary],
    entities: Sequence[Entity],
    *,
    source: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[list[ExtractionSummary], list[Entity], CurationReport]:
    """DECISIONS applied to resolved SUMMARIES and ENTITIES (neither is modified):
    the curated summaries and entities, and what was applied and skipped."""
    report = CurationReport(file=source, decisions=len(decisions))
    ents: dict[str, Entity] = {}
    for e in entities:  # one label, one node (kg.extract.resolve.identify)
        ents.setdefault(e.label, replace(e, aliases=list(e.aliases), doc_ids=list(e.doc_ids),
                                         other_types=list(e.other_types)))
    redirect: dict[str, str | None] = {}  # label -> label merged into, None: dropped
    drop_relations: list[tuple[str, str, str]] = []  # (head, relation or "", tail)

    def current(label: str) -> str | None:
        seen = set()
        while label in redirect and label not in seen:
            seen.add(label)
            nxt = redirect[label]
            if nxt is None:
                return None
            label = nxt
        return label

    # other names of the entities, most mentioned first (built once: decisions are many, entities more)
    by_key: dict[str, list[str]] = {}
    by_alias: dict[str, list[str]] = {}
    for e in sorted(ents.values(), key=lambda e: (-e.mentions, e.label)):
        by_key.setdefault(identity_key(e.label), []).append(e.label)
        for alias in e.aliases:
            by_alias.setdefault(alias, []).append(e.label)

    def find(name: str) -> str | None:
        label = current(name)
        if label in ents:
            return label
        for candidates in (by_key.get(identity_key(name), ()), by_alias.get(name, ())):
            for label in candidates:
                label = current(label)
                if label in ents:
                    return label
        return None

    for d in decisions:
        subject = find(d.subject)
        if subject is None:
            report.skipped.append(f"{d.line}: no entity {d.subject!r}")
            continue
        if d.action == "merge":
            target = find(d.object)
            if target is None:
                report.skipped.append(f"{d.line}: no entity {d.object!r}")
                continue
            if target == subject:
                report.skipped.append(f"{d.line}: {d.subject!r} and {d.object!r} are already one entity")
                continue
            a, b = ents.pop(subject), ents[target]
            b.aliases = sorted((set(b.aliases) | set(a.aliases) | {a.label}) - {b.label})
            b.doc_ids = sorted(set(b.doc_ids) | set(a.doc_ids))
            b.mentions += a.mentions
            b.other_types = sorted((set(b.other_types) | set(a.other_types) | {a.type}) - {b.type})
            redirect[subject] = target
        elif d.action == "type":
            e = ents[subject]
            e.type = d.object
            e.other_types = []  # the analyst settled what it is
        elif d.action == "drop":
            del ents[subject]
            redirect[subject] = None
        elif d.action == "drop-relation":
            target = find(d.object)
            if target is None:
                report.skipped.append(f"{d.line}: no entity {d.object!r}")
                continue
            drop_relations.append((subject, d.relation, target))
        elif d.action == "alias":
            e = ents[subject]
            if d.object != e.label:
                e.aliases = sorted(set(e.aliases) | {d.object})
                by_alias.setdefault(d.object, []).insert(0, subject)  # later decisions may use it
        report.applied += 1
    if warn:
        for why in report.skipped:
            warn(f"curation {source or ''}:{why} (skipped)")

    def node(label: str, etype: str) -> tuple[str, str] | None:
        label = current(label)
        if label is None:
            return None
        e = ents.get(label)
        return (label, e.type) if e is not None else (label, etype)

    dropped = {(h, r, t) for h, r, t in drop_relations}
    out = []
    for ex in summaries:
        tally: dict[tuple[str, str, str], int] = {}
        for (text, etype, label), n in ex.mentions.items():
            hit = node(label, etype)
            if hit is not None:
                key = (text, hit[1], hit[0])
                tally[key] = tally.get(key, 0) + n
        relations = []
        for r in ex.relations:
            head, tail = node(r.head, r.head_type), node(r.tail, r.tail_type)
            if head is None or tail is None:
                continue
            h, t = current(head[0]), current(tail[0])
            if (h, "", t) in dropped or (h, r.type, t) in dropped or not keeps_types(r.type, head[1], tail[1]):
                continue
            relations.append(Relation(head[0], r.type, tail[0], r.head_text, r.tail_text, head[1], tail[1], r.evidence))
        aliases = {}
        for label, surfaces in ex.aliases.items():
            now = current(label)
            if now is not None:
                aliases.setdefault(now, []).extend(surfaces)
        out.append(ExtractionSummary(ex.doc_id, tally, relations, aliases))
    return out, sorted(ents.values(), key=lambda e: (e.label, e.type)), report


@dataclass(frozen=True)
class Curation:
    path: str
    decisions: tuple[Decision, ...]


def load_curation(corpus: str | Path, curation: str | Path | None = None) -> Curation | None:
    """`find_curation` + `read_curation`: the decisions a build of CORPUS applies (None: no file)."""
    path = find_curation(corpus, curation)
    return None if path is None else Curation(str(path), tuple(read_curation(path)))


def curate(curation: Curation | None, summaries: Sequence[ExtractionSummary], entities: Sequence[Entity], *,
           warn: Callable[[str], None] | None = None):
    """`apply_curation` of CURATION (summaries and entities unchanged when None):
    (summaries, entities, report dict or None)."""
    if curation is None:
        return list(summaries), list(entities), None
    out, ents, report = apply_curation(curation.decisions, summaries, entities, source=curation.path, warn=warn)
    return out, ents, report.as_dict()
