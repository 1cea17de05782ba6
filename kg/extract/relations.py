"""Relation extraction: cue patterns over sentences, with type constraints.

Every sentence is rewritten so that each entity mention becomes one placeholder
character of its type (Private Use Area), e.g. ``人工智能应用于医疗、教育`` ->
``\\ue001应用于\\ue002、\\ue002``.  The rules in ``ontology/patterns/relations.json``
are regular expressions over that string, written with type macros; a match
relates the mentions in its named groups (coordinated lists fan out).  Matching
is linear per rule and sentence (bounded gaps, literal pre-filters), so long
documents with many mentions stay cheap.

Public API: :func:`extract_relations`.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.model import Evidence, Mention, Relation
from kg.resources import ONTOLOGY_DIR
from kg.schema import SIGNATURES, TYPE_CHAR

PATTERNS_PATH = ONTOLOGY_DIR / "patterns" / "relations.json"

# TYPE_CHAR: one placeholder character per entity type; SIGNATURES: which
# head/tail types each relation type admits (both from ontology/kg.ttl)
_PUA = re.compile("[\ue000-\uf8ff]")

# a "sentence" for matching never exceeds this many characters: bounds the cost
# of pathological inputs (tables, text without punctuation)
MAX_UNIT_CHARS = 1200
# how many pipeline sentences may be merged into one unit (open quotes, ；)
MAX_UNIT_SENTENCES = 6
# window for rules that look for a category mention outside the match
NEAREST_WINDOW = 300

_MACRO = re.compile(r"\{(TEC|IND|INS|PER|POL|REG|EVT|PUB|ENT|TI|PE)(\+?)\}|\{(GAP|W):(\d+)\}|\{REST\}|\{HEADGAP\}")
_CLASS = {
    "TEC": TYPE_CHAR["Technology"],
    "IND": TYPE_CHAR["Industry"],
    "INS": TYPE_CHAR["Institution"],
    "PER": TYPE_CHAR["Person"],
    "POL": TYPE_CHAR["Policy"],
    "REG": TYPE_CHAR["Region"],
    "EVT": TYPE_CHAR["Event"],
    "PUB": TYPE_CHAR["Publication"],
    "ENT": "[\ue001-\ue008]",
    "TI": "[\ue001\ue002]",
    "PE": "[\ue005\ue007]",
}


@dataclass(frozen=True)
class Emit:
    type: str
    head: str  # group name, or "@authors" (metadata authors) / "@subject" (the sentence's opening mention)
    tail: str  # group name, or "@nearest_same_type" (a category named just before)
    head_types: frozenset
    tail_types: frozenset
    tail_surface: re.Pattern | None = None  # for "@nearest_same_type": what a category looks like


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern
    requires: tuple
    requires_rx: re.Pattern | None  # the requires literals as one alternation: one C-level scan
    emits: tuple
    priority: int
    confidence: float
    carry: bool
    title_forbidden: re.Pattern | None


@dataclass(frozen=True)
class PatternSet:
    rules: tuple
    continuation: re.Pattern
    clause_punct: str
    object_verbs: re.Pattern  # a clause-initial policy after one of these is an object


def _expand(pattern: str, sep: str, clause_punct: str, head_gap: str) -> str:
    punct = re.escape(clause_punct) + "\\n"

    def sub(m: re.Match) -> str:
        if m.group(0) == "{HEADGAP}":
            return head_gap
        if m.group(1):
            atom = _CLASS[m.group(1)]
            if m.group(2):
                # a list may carry up to three items the recogniser missed (、X、),
                # also before its first or after its last mention (X、A、B、Y等)
                item = f"[^、，,。；;：:“”{punct}]{{1,10}}"
                lead = f"(?:[^\ue000-\uf8ff、，,。；;：:“”{punct}]{{1,10}}、){{0,3}}"
                trail = f"(?:(?:、[^\ue000-\uf8ff、，,。；;：:“”{punct}]{{1,10}}){{1,3}}(?=等))?"
                return f"(?:{lead}{atom}(?:{sep}(?:{item}、){{0,3}}{atom})*{trail}[)）]?)"
            return atom
        if m.group(3) == "GAP":
            return f"[^\ue000-\uf8ff{punct}]{{0,{m.group(4)}}}"
        if m.group(3) == "W":
            return f"[^{punct}]{{0,{m.group(4)}}}"
        return "[^\\n]*"

    return _MACRO.sub(sub, pattern)


def load_patterns(path: Path | str | None = None) -> PatternSet:
    """Read and compile a relation pattern file (JSON, see ontology/patterns/)."""
    path = Path(path) if path else PATTERNS_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read relation patterns {path}: {exc}") from exc
    sep = data["list_separators"]
    clause_punct = data.get("clause_punctuation", "。；！？")
    rules = []
    seen = set()
    for r in data["rules"]:
        rid = r["id"]
        if rid in seen:
            raise KgError(f"duplicate relation rule id {rid} in {path}")
        seen.add(rid)
        try:
            regex = re.compile(_expand(r["pattern"], sep, clause_punct, data.get("head_gap", "")))
        except re.error as exc:
            raise KgError(f"relation rule {rid}: bad pattern: {exc}") from exc
        emits = []
        for e in r["emit"]:
            if e["type"] not in SIGNATURES:
                raise KgError(f"relation rule {rid}: unknown relation type {e['type']}")
            surface = re.compile(e["tail_surface"]) if e.get("tail_surface") else None
            emits.append(
                Emit(e["type"], e["head"], e["tail"], frozenset(e["head_types"]), frozenset(e["tail_types"]), surface)
            )
        forbidden = r.get("title_forbidden")
        rules.append(
            Rule(
                id=rid,
                regex=regex,
                requires=tuple(r.get("requires", ())),
                requires_rx=re.compile("|".join(map(re.escape, r["requires"]))) if r.get("requires") else None,
                emits=tuple(emits),
                priority=int(r.get("priority", 1)),
                confidence=float(r.get("confidence", 0.5)),
                carry=bool(r.get("carry", False)),
                title_forbidden=re.compile(forbidden) if forbidden else None,
            )
        )
    return PatternSet(
        tuple(rules),
        re.compile(data.get("continuation", "(?!)")),
        clause_punct,
        re.compile(data.get("object_verbs", "(?!)")),
    )


@lru_cache(maxsize=1)
def _default_patterns() -> PatternSet:
    return load_patterns()


@dataclass
class _Unit:
    """One matching unit: pipeline sentences merged while a quotation is open or a
    clause ends with ；, with its mentions and the placeholder string."""

    start: int
    end: int
    mentions: list  # Mentions inside [start, end), in order
    enc: str  # placeholder string
    enc_pos: list  # enc index of each mention's placeholder (parallel to mentions)


def _units(text: str, sentences, mentions: list[Mention]) -> list[_Unit]:
    pairs = ((x.start, x.end) if hasattr(x, "start") else x for x in sentences)  # Sentence or (start, end)
    spans = sorted((max(0, int(s)), min(len(text), int(e))) for s, e in pairs)
    spans = [(s, e) for s, e in spans if e > s]
    if not spans and text:
        spans = [(0, len(text))]
    merged: list[list[int]] = []
    count = 0
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            chunk = text[ps:pe]
            open_quote = chunk.count("“") > chunk.count("”")
            clause_cont = chunk.rstrip().endswith(("；", ";"))
            same_paragraph = "\n" not in text[max(ps, pe - 1):s + 1]
            if (
                (open_quote or clause_cont)
                and same_paragraph
                and s >= pe
                and count < MAX_UNIT_SENTENCES
                and e - ps <= MAX_UNIT_CHARS
            ):
                merged[-1][1] = e
                count += 1
                continue
        merged.append([s, e])
        count = 1
    starts = [m.start for m in mentions]
    units = []
    for s, e in merged:
        i = bisect.bisect_left(starts, s)
        inside = []
        while i < len(mentions) and mentions[i].start < e:
            if mentions[i].end <= e:
                inside.append(mentions[i])
            i += 1
        parts, pos, enc_pos, n = [], s, [], 0
        for m in inside:
            parts.append(_PUA.sub(" ", text[pos:m.start]))
            n += m.start - pos
            enc_pos.append(n)
            parts.append(TYPE_CHAR[m.type])
            n += 1
            pos = m.end
        parts.append(_PUA.sub(" ", text[pos:e]))
        units.append(_Unit(s, e, inside, "".join(parts), enc_pos))
    return units


def _in_group(unit: _Unit, span: tuple[int, int], types) -> list[Mention]:
    lo = bisect.bisect_left(unit.enc_pos, span[0])
    hi = bisect.bisect_left(unit.enc_pos, span[1])
    return [m for m in unit.mentions[lo:hi] if m.type in types]


def _nearest_same_type(mentions, starts, anchor: Mention, exclude: set, surface: re.Pattern | None):
    """The closest mention of anchor's type before anchor, not one of ``exclude``,
    whose surface looks like a category (``surface``)."""
    i = bisect.bisect_left(starts, anchor.start) - 1
    while i >= 0 and mentions[i].start >= anchor.start - NEAREST_WINDOW:
        m = mentions[i]
        i -= 1
        if m.type == anchor.type and m.text not in exclude and (surface is None or surface.search(m.text)):
            return m
    return None


def extract_relations(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    doc_id: str = "",
    patterns: PatternSet | None = None,
) -> list[Relation]:
    """Relations stated in ``text``: cue patterns matched sentence by sentence over
    the given entity mentions (only ``source == "text"`` mentions take part in
    sentence patterns; metadata Person mentions stand in for "作者" lines).

    Returns relations deduplicated per (head surface, type, tail surface, sentence).
    """
    pats = patterns or _default_patterns()
    text_mentions = sorted(
        (m for m in mentions if m.source == "text" and m.type in TYPE_CHAR and 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end),
    )
    # mentions must not overlap (the extractor resolves conflicts; be safe anyway)
    clean: list[Mention] = []
    for m in text_mentions:
        if clean and m.start < clean[-1].end:
            continue
        clean.append(m)
    authors = [m for m in mentions if m.source == "metadata" and m.type == "Person"]
    starts = [m.start for m in clean]
    units = _units(text, sentences, clean)

    # candidates: (unit index, span start, span end, head, type, tail, rule)
    cands: list[tuple] = []
    for ui, unit in enumerate(units):
        if not unit.mentions and not authors:
            continue
        sent = text[unit.start:unit.end]
        for rule in pats.rules:
            if rule.requires_rx is not None and rule.requires_rx.search(sent) is None:
                continue
            matches = _matches(rule, unit.enc)
            for k, m in enumerate(matches):
                spans = {g: m.span(g) for g in m.groupdict() if m.start(g) >= 0}
                spans["@match"] = m.span()
                if "rest" in spans:
                    spans["rest"] = _clip_rest(spans["rest"], matches[k + 1:], unit.enc, pats.object_verbs)
                for em in rule.emits:
                    heads = _resolve(em.head, em.head_types, spans, unit, authors)
                    if em.tail == "@nearest_same_type":
                        exclude = {x.text for x in heads}
                        for h in heads:
                            t = _nearest_same_type(clean, starts, h, exclude, em.tail_surface)
                            if t is None or t.type not in em.tail_types:
                                continue
                            tu = _unit_of(units, t.start)
                            if tu not in (ui, ui - 1):  # a category named before the list
                                continue
                            s, e = units[tu].start, unit.end
                            cands.append((ui, s, e, h, em.type, t, rule))
                        continue
                    tails = _resolve(em.tail, em.tail_types, spans, unit, authors)
                    for h in heads:
                        for t in tails:
                            cands.append((ui, unit.start, unit.end, h, em.type, t, rule))
                if rule.carry and k == len(matches) - 1 and ui + 1 < len(units):
                    cands.extend(_carry(rule, spans, unit, units[ui + 1], ui, text, pats))
    return _finalise(cands, text, doc_id)


def _matches(rule: Rule, enc: str) -> list[re.Match]:
    """All matches of a rule in a placeholder string, overlapping where a tail
    list can head the next match (resume at the last group), never re-matching a
    suffix of a list already related."""
    out = []
    pos = 0
    while pos <= len(enc):
        m = rule.regex.search(enc, pos)
        if not m:
            break
        groups = [g for g in m.groupdict() if g != "title" and m.start(g) >= 0]
        nxt = max(m.start(g) for g in groups) if len(groups) > 1 else m.end()
        pos = max(nxt, m.start() + 1)
        title = m.groupdict().get("title")
        if rule.title_forbidden is not None and title and rule.title_forbidden.search(title):
            continue
        out.append(m)
    return out


_CLAUSE_OPEN = re.compile(r"(?:^|[，,；;。：:“])([^\ue000-\uf8ff，,；;。：:的]{0,12})$")


def _clip_rest(rest: tuple[int, int], later: list[re.Match], enc: str, object_verbs: re.Pattern) -> tuple[int, int]:
    """What a policy/meeting 'proposes' ends where another policy/meeting opens a
    clause of its own (……提出A；《B》部署C: C belongs to 《B》 only).  A policy
    that is the object of a verb (开展“人工智能+”行动) does not end it."""
    for m in later:
        hs = m.start("head") if "head" in m.groupdict() else -1
        if hs <= rest[0]:
            continue
        opener = _CLAUSE_OPEN.search(enc, 0, hs)
        if opener and not object_verbs.search(opener.group(1)):
            return (rest[0], min(rest[1], hs))
    return rest


def _unit_of(units: list[_Unit], offset: int) -> int:
    lo, hi = 0, len(units) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if units[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


# how far into its sentence a mention may start and still be the sentence's subject
SUBJECT_OFFSET = 40
# a mention introduced by one of these is an adverbial, not the subject
_NOT_SUBJECT = re.compile(r"(?:相较于?|相比于?|与|和|同|对于|对|除了?|在|随着|不同于|比|从|向|为|把|将|以|通过)\s*$")


def _resolve(name: str, types, spans: dict, unit: _Unit, authors: list[Mention]) -> list[Mention]:
    if name == "@authors":
        return [a for a in authors if a.type in types]
    if name == "@subject":  # what 其/它 points back to: the sentence's first clause-initial mention
        for k, pos in enumerate(unit.enc_pos[:3]):
            if pos > SUBJECT_OFFSET or pos >= spans["@match"][0]:
                break
            lead = unit.enc[max(0, pos - 8):pos]
            lead = re.split(r"[，,：:]", lead)[-1]
            if _NOT_SUBJECT.search(lead):
                continue
            first = unit.mentions[k]
            return [first] if first.type in types else []
        return []
    if name not in spans:
        return []
    return _in_group(unit, spans[name], types)


def _carry(rule: Rule, spans: dict, unit: _Unit, nxt: _Unit, ui: int, text: str, pats: PatternSet) -> list[tuple]:
    """A policy/meeting that 'proposes' something keeps being the subject of the
    next sentence when that sentence has no subject of its own and opens with a
    continuation (其中 / 到2025年 / 同时 …)."""
    if not pats.continuation.search(text[nxt.start:nxt.end].lstrip()):
        return []
    if any(x.type in ("Policy", "Event", "Person", "Institution") for x in nxt.mentions):
        return []
    out = []
    for em in rule.emits:
        if em.type != "prioritizes":
            continue
        for h in _resolve(em.head, em.head_types, spans, unit, []):
            for t in nxt.mentions:
                if t.type in em.tail_types:
                    out.append((ui + 1, unit.start, nxt.end, h, em.type, t, rule))
    return out


def _finalise(cands: list[tuple], text: str, doc_id: str) -> list[Relation]:
    # per unit and surface pair, only the highest-priority rule speaks
    best: dict[tuple, int] = {}
    for ui, s, e, h, typ, t, rule in cands:
        key = (ui, h.text, t.text)
        best[key] = max(best.get(key, rule.priority), rule.priority)
    out: list[Relation] = []
    seen: set[tuple] = set()
    for ui, s, e, h, typ, t, rule in cands:
        if h.text == t.text or rule.priority < best[(ui, h.text, t.text)]:
            continue
        if typ == "enables" and h.type == t.type and (h.text in t.text or t.text in h.text):
            continue  # 人工智能 / 人工智能技术: one thing named twice, not a causal link
        hts, tts = SIGNATURES[typ]
        if h.type not in hts or t.type not in tts:
            continue
        if typ == "partOf" and (ui, t.text, typ, h.text) in seen:
            continue  # never both directions of partOf from one sentence
        key = (ui, h.text, typ, t.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Relation(
                head=h.label,
                type=typ,
                tail=t.label,
                head_text=h.text,
                tail_text=t.text,
                head_type=h.type,
                tail_type=t.type,
                evidence=Evidence(doc_id=doc_id, sentence=text[s:e], start=s, end=e, rule=rule.id, confidence=rule.confidence),
            )
        )
    return out
