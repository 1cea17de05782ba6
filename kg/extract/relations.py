"""Relation extraction: cue patterns over sentences, with type constraints.

Every sentence is rewritten so that each entity mention becomes one placeholder
character of its type (Private Use Area), e.g. ``人工智能应用于医疗、教育`` ->
``\\ue001应用于\\ue002、\\ue002``.  The rules in ``ontology/patterns/relations.json``
are regular expressions over that string, written with type macros; a match
relates the mentions in its named groups (coordinated lists fan out).  Patterns
see bounded units (a sentence, cut into windows of MAX_UNIT_CHARS at commas), so
matching is linear in the text even without punctuation.  Document-level passes
then add what crosses sentences: anaphors (规划提出…, 本届大会…) resolved to the
mention named just before, lists under a heading or after 其中 that name their
category or policy, and what policy titles state (their issuer, what they are
named after).  All of it is one pass over the units: linear.

Public API: :func:`extract_relations`.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress
from operator import attrgetter
from pathlib import Path

from kg.errors import KgError
from kg.extract.anchor import first_gate, gate, least_consumed, required_chars
from kg.extract.lexicon import expand_regex_parts, policy_anaphor, trie_regex
from kg.extract.titles import full_name_of, names_in_title, title_core
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

_MACRO = re.compile(r"\{(TEC|IND|INS|PER|POL|REG|EVT|PUB|ENT|TI|PE)(\+?)\}|\{(GAP|CGAP|W):(\d+)\}|\{REST\}|\{HEADGAP\}|\{COUNT\}|\{LIST_START\}")
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


# the one-type macros and the entity type each stands for
_MACRO_TYPES = {"TEC": "Technology", "IND": "Industry", "INS": "Institution", "PER": "Person", "POL": "Policy",
                "REG": "Region", "EVT": "Event", "PUB": "Publication"}


@dataclass(frozen=True)
class Emit:
    type: str
    head: str  # group name, "@authors" (metadata authors), "@subject" (the sentence's opening mention), "@antecedent"
    # or "@title_named" (what the title of the policy before the match names, named on its own nearby)
    tail: str  # group name, "@nearest_same_type" (a category named just before), "@title_category", "@antecedent"
    # or "@topic" (the technology its paragraph is about: named most often, up to the match's sentence)
    head_types: frozenset
    tail_types: frozenset
    tail_surface: re.Pattern | None = None  # what a tail must look like (e.g. a category: …产业)
    head_event_surface: re.Pattern | None = None  # an Event head must look like this (a policy-setting meeting)
    head_not_surface: re.Pattern | None = None  # a head that looks like this is dropped (a sibling category)
    antecedent_unit: re.Pattern | None = None  # the unit holding an @antecedent must match this (在X会议上，…)
    tail_not_priority: bool | str = False  # a tail made here is a field of the head, not a priority of the unit's policy
    # ("related": as True, but a technology's partner that is a technology too is no field: 传感网与卫星互联网融合)
    respectively: bool = False  # 甲、乙分别…A、B: the n-th head item relates to the n-th tail item only
    title_category: re.Pattern | None = None  # @nearest_same_type: a match like this may take the category its plan's title names
    tail_is_head_suffix: bool = False  # @nearest_same_type: only a category each head is named after (固态量子传感 → 量子传感)
    tail_not_surface: re.Pattern | None = None  # a tail that looks like this is dropped, and is no field (实体经济)
    tail_not_subject: bool = False  # @nearest_same_type: not a category that opens a clause with a modal (…；X要…): a sibling
    list_retype: bool = False  # a Technology item of a tail list that holds an Industry (用于A、B和C等领域) is an
    # Industry, and an Industry item of a head list that holds a Technology is a Technology: the frame is the reading
    tail_retype: re.Pattern | None = None  # a single tail of the other of Technology / Industry that looks like this
    # is read as the tail type when the heads are of it (A、B等某某材料: a class of products, a Technology)
    list_class_not: re.Pattern | None = None  # partOf with list_retype: a class that looks like this types no list
    antecedent_holds_noun: bool = False  # head @antecedent: only a mention whose name holds the anaphor's noun
    field_retype: re.Pattern | None = None  # a single tail of the other of Technology / Industry written as a field
    # (what follows it matches this: 在X领域的应用) is read as the tail type
    topic_ends_with: str | None = None  # tail @topic: a group of the pattern whose text the topic's name ends with
    # (研究院副院长某某 → the …研究院 the paragraph is about)
    topic_prefers_ending: str | None = None  # tail @topic: as topic_ends_with, but any topic when none ends so
    fields_not_after: re.Pattern | None = None  # tail_not_priority: a match the unit's text before it matches
    # makes no fields, as a rule's not_after drops one (聚焦A与B融合发展: the partner stays a priority)


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern
    requires: frozenset  # literal cues: the rule runs only on units holding one of them
    emits: tuple
    priority: int
    confidence: float
    carry: bool
    title_forbidden: re.Pattern | None
    not_priority: tuple = ()  # groups whose mentions are named for comparison, never a priority
    not_after: re.Pattern | None = None  # a match the unit's text before it matches is dropped (提出实施X，推动A: A is not X's)

    @cached_property
    def rest_gate(self) -> re.Pattern | None:
        """`anchor.gate` of the pattern, kept with the rule: read for every unit
        the rule is tried on, an attribute costs less than the lookup by pattern."""
        return gate(self.regex)


@dataclass(frozen=True)
class SectionClass:
    """A heading or topic sentence naming one category (二、加快发展现代服务业 /
    培育壮大海洋经济。) or one policy (（三）深入实施“人工智能+”行动): the lists of
    the sentences after it are its members or its priorities."""

    heading: re.Pattern  # over the heading unit's placeholder string; group "class"
    class_surface: re.Pattern  # the category's surface
    items: re.Pattern  # over a following unit's placeholder string; group "items"
    units: int  # how many units after the heading it governs
    confidence: float
    relation: str = "partOf"  # partOf: items are parts of the category; prioritizes: the heading's policy prioritizes them
    member_not: re.Pattern | None = None  # a listed item that looks like this is a sibling category, not a member
    ends: re.Pattern | None = None  # a unit opening like this (the next numbered heading) ends the section
    clause: bool = False  # the heading is a sentence's opening clause (or one after ；): its lists are in that sentence's later clauses


@dataclass(frozen=True)
class TitleRules:
    """Relations a policy's own title states: 《国务院关于…》 is issued by 国务院; a
    policy named after a technology or industry prioritizes it."""

    issuer: re.Pattern | None  # over the title; group "issuer"
    named_after_min_chars: int
    issuer_confidence: float
    named_after_confidence: float
    alias_relations: frozenset = frozenset()  # relation types a short title (《意见》) takes over from the full title it ends
    alias_confidence: float = 0.7
    full_takes: frozenset = frozenset()  # relation types the full title takes over from its later short title (《意见》提出…)
    # relation types the policy named before takes over from a later 该 and its kind (该规划提出… -> the plan's name)
    anaphor_gives: frozenset = frozenset()
    # relation types an event named in full takes over from its later short name (本届某博会聚焦… -> 2024某某博览会)
    event_short_takes: frozenset = frozenset()
    # relation types the later short name takes over from the event named in full (某某在2024某某博览会上致辞。本届某博会… -> 本届某博会)
    event_short_gets: frozenset = frozenset()
    # an Industry a title holds right after this (智慧农业, 数字中医药) is the field its compound serves: no priority
    compound_prefix: re.Pattern | None = None


@dataclass(frozen=True)
class PatternSet:
    rules: tuple
    continuation: re.Pattern
    clause_punct: str
    object_verbs: re.Pattern  # a clause-initial policy after one of these is an object
    sections: tuple = ()  # SectionClass specs
    titles: TitleRules | None = None
    carry_units: int = 1  # how many continuation sentences in a row a carried priority reaches
    speech_continuation: re.Pattern = re.compile("(?!)")  # openers that continue only a meeting's statement
    list_separators: re.Pattern = re.compile("、")  # what joins the items of a list (for `respectively`)
    topic_not_before: re.Pattern = re.compile("(?!)")  # a mention followed by this is no paragraph's topic (a news source)
    event_anaphor_nouns: re.Pattern = re.compile("(?!)")  # the noun of an anaphor that picks one of two joint events
    event_anaphor_wider: tuple = ()  # (noun, name endings): an anaphor noun that stands for more kinds of names than its own

    @cached_property
    def _rules_by_cue(self) -> tuple[dict[str, tuple[tuple[str, tuple[int, ...]], ...]], frozenset[int]]:
        """For each first character of a cue, the cues that begin with it and the
        indices of the rules that require each; the rules that require none (or
        the empty cue, which every text holds).  (The indices are kept in tuples,
        not sets: a tuple of ints, and the pairs holding one, drop out of the
        cyclic garbage collector's scans, and the tables cached per set of types
        hold tens of thousands of them, re-scanned in every full collection.)"""
        index: dict[str, set[int]] = {}
        for i, rule in enumerate(self.rules):
            for cue in rule.requires:
                index.setdefault(cue, set()).add(i)
        by_first: dict[str, list] = {}
        for cue, ix in index.items():
            if cue:
                by_first.setdefault(cue[0], []).append((cue, tuple(sorted(ix))))
        always = frozenset(i for i, rule in enumerate(self.rules) if not rule.requires) | frozenset(index.get("", ()))
        return {ch: tuple(cues) for ch, cues in by_first.items()}, always

    def rules_for(self, text: str, enc: str | None = None) -> list[Rule]:
        """The rules that can match TEXT (one of their cues occurs in it), in file
        order; given ENC, TEXT's placeholder string, only those of them whose
        pattern needs no entity type ENC lacks, nor more placeholders than ENC
        holds, nor a character that neither TEXT nor ENC's placeholders hold."""
        chars = set(text)  # (given ENC, its placeholders and space too: below)
        if enc is None:
            by_first, always = self._rules_by_cue
        else:
            present = frozenset(filter(enc.__contains__, _PLACEHOLDER_LIST))
            held = sum(map(enc.count, present))
            # (only the cues of the rules ENC's entity types and number of
            # placeholders allow are looked for: a unit naming one mention
            # looks for none of the cues of the rules relating two)
            by_first, always = self._rules_by_cue_for_types(present, held)
            # outside its placeholders ENC holds TEXT's characters (a private-use
            # one as a space), so what TEXT and the placeholders lack, ENC lacks:
            # the characters of TEXT, needed for its cues anyway, serve for ENC's
            # (a set of ENC's own would cost about as much as the cue lookup saves);
            # added in place (copies cost more), the cue lookup below only tries a
            # few more first characters: each cue is still looked for in TEXT
            chars |= present
            chars |= _SPACE
        hit = set(always)
        # the cues that begin with a character of TEXT, each looked for in it (one
        # regex of all the cues, tried at every position, costs more)
        for ch in by_first.keys() & chars:
            for cue, ix in by_first[ch]:
                if cue in text:
                    hit.update(ix)
        if enc is None:
            return [self.rules[i] for i in sorted(hit)]
        # the other characters a pattern needs (、, 等, 领域 …): a set test is cheaper
        # than the search it saves, and about half of these searches would fail
        # (the characters needed alone are tested at once, as a subset of those)
        # nor, last, those whose rest (`Rule.rest_gate`) ENC does not hold: no
        # match either (most of the rules left fail so, at one search each)
        alone, sets, gates = self._required_text_chars_split + (self._rest_searches,)
        return [self.rules[i] for i in sorted(hit)
                if alone[i] <= chars and not (sets[i] and any(map(chars.isdisjoint, sets[i])))
                and (gates[i] is None or gates[i](enc) is not None)]

    @cached_property
    def _rest_searches(self) -> tuple:
        """Per rule, the ``search`` of its `Rule.rest_gate`, or None."""
        return tuple(None if rule.rest_gate is None else rule.rest_gate.search for rule in self.rules)

    @cached_property
    def _least_placeholders(self) -> tuple[int, ...]:
        """Per rule, the least number of placeholders a match of its pattern consumes."""
        return tuple(least_consumed(rule.regex, _PLACEHOLDERS) for rule in self.rules)

    @cached_property
    def _most_placeholders(self) -> int:
        """The most `_least_placeholders` of any rule: a unit holding more is held to no fewer rules."""
        return max(self._least_placeholders, default=0)

    @cached_property
    def _required_text_chars_split(self) -> tuple[tuple[frozenset, ...], tuple[tuple[frozenset, ...], ...]]:
        """`_required_text_chars` per rule as (the characters needed alone, one
        set of them; the sets of two or more characters one of which is needed)."""
        needs = self._required_text_chars
        return (tuple(frozenset().union(*(need for need in n if len(need) == 1)) for n in needs),
                tuple(tuple(need for need in n if len(need) > 1) for n in needs))

    @cached_property
    def _by_cue_for_types(self) -> dict[tuple[frozenset, int], tuple]:
        return {}

    def _rules_by_cue_for_types(self, present: frozenset, held: int) -> tuple[dict, frozenset[int]]:
        """`_rules_by_cue` restricted to the rules `_rules_for_types(PRESENT)`
        allows whose matches consume no more than HELD placeholders
        (`_least_placeholders`; the cues of no such rule left out), cached per
        set of types and count (counts past the most any rule needs are one)."""
        key = (present, min(held, self._most_placeholders))
        got = self._by_cue_for_types.get(key)
        if got is None:
            allowed = self._rules_for_types(present) & frozenset(
                i for i, n in enumerate(self._least_placeholders) if n <= held)
            by_first, always = self._rules_by_cue
            index = {}
            for ch, cues in by_first.items():
                kept = tuple((cue, tuple(filter(allowed.__contains__, ix))) for cue, ix in cues if not allowed.isdisjoint(ix))
                if kept:
                    index[ch] = kept
            got = self._by_cue_for_types[key] = (index, always & allowed)
        return got

    @cached_property
    def _required_text_chars(self) -> tuple[tuple[frozenset, ...], ...]:
        """Per rule, the sets of characters its pattern needs one of each of
        (anchor.required_chars), but for those of placeholders only
        (`_rules_for_types` tests those, once per set of types)."""
        return tuple(tuple(need for need in required_chars(rule.regex) if not need <= _PLACEHOLDERS)
                     for rule in self.rules)

    @cached_property
    def _by_types(self) -> dict[frozenset, frozenset[int]]:
        return {}

    def _rules_for_types(self, present: frozenset) -> frozenset[int]:
        """The indices of the rules that can match a unit holding the placeholders
        PRESENT (and no other): most (rule, unit) searches fail, most of them
        for want of a type the rule names (no policy in the unit), and a
        search costs more than this lookup (one per set of types, cached)."""
        got = self._by_types.get(present)
        if got is None:
            got = self._by_types[present] = frozenset(
                i for i, rule in enumerate(self.rules)
                if all(not need.isdisjoint(present) for need in required_chars(rule.regex) if need <= _PLACEHOLDERS)
            )
        return got


# {COUNT}: a count that closes a list without 等 (…、A、B六大未来产业, 两个, 三类)
_COUNTED_CLASS = "(?:[一二三四五六七八九十两\\d]+\\s*(?:大|个|类))"
# {LIST_START}: where a mention list ({ENT+}, {TEC+} …) can begin: at a mention, or
# at a missed item (1–10 characters, no mention) closed by 、. Put before a
# pattern's lookarounds, it fails fast at the many positions where its list
# cannot start (matches unchanged: every list starts so)
_LIST_START = f"(?={_CLASS['ENT']}|[^\ue000-\uf8ff]{{1,10}}、)"


def _expand(pattern: str, sep: str, clause_punct: str, head_gap: str, adjacent: frozenset = frozenset({"REG"})) -> str:
    """``pattern`` with its macros written out; ``adjacent``: the macro names
    (REG, POL …) whose lists need no separator between two items."""
    punct = re.escape(clause_punct) + "\\n"

    def sub(m: re.Match) -> str:
        if m.group(0) == "{HEADGAP}":
            return head_gap
        if m.group(0) == "{COUNT}":
            return _COUNTED_CLASS
        if m.group(0) == "{LIST_START}":
            return _LIST_START
        if m.group(1):
            atom = _CLASS[m.group(1)]
            if m.group(2):
                # a list may carry up to three items the recogniser missed (、X、),
                # also before its first or after its last mention (X、A、B、Y等); a missed
                # item holds no mention (A、B向C、D等: two lists, not one)
                item = f"[^\ue000-\uf8ff、，,。；;：:“”{punct}]{{1,10}}"
                lead = f"(?:[^\ue000-\uf8ff、，,。；;：:“”{punct}]{{1,10}}、){{0,3}}"
                # (…、A和电脑等: the last missed item may be joined by 和/与/及 too; so
                # before a counted class: …、A、深海开发六大未来产业)
                trail = (f"(?:(?:(?:、|和|与|及|以及)[^\ue000-\uf8ff、，,。；;：:“”和与及{punct}]{{1,10}}){{1,3}}"
                         f"(?=等|{_COUNTED_CLASS}))?")
                # a place written with its province (广东韶关) is two adjacent regions;
                # two titles written one after the other (《A》《B》) are two policies
                link = f"(?:{sep})?" if m.group(1) in adjacent else sep
                # …、X和B: the missed item right before the last may be joined by 和/与/及 too
                last = f"(?:[^\ue000-\uf8ff、，,。；;：:“”和与及{punct}]{{1,10}}(?:以及|和|与|及))?"
                return f"(?:{lead}{atom}(?:{link}(?:{item}、){{0,3}}{last}{atom})*{trail}[)）]?)"
            return atom
        if m.group(3) == "GAP":
            return f"[^\ue000-\uf8ff{punct}]{{0,{m.group(4)}}}"
        if m.group(3) == "CGAP":  # a gap that stays inside its clause (no comma either)
            return f"[^\ue000-\uf8ff{punct}，,]{{0,{m.group(4)}}}"
        if m.group(3) == "W":
            return f"[^{punct}]{{0,{m.group(4)}}}"
        return "[^\\n]*"

    return _MACRO.sub(sub, pattern)


# every key a pattern file may hold (documented in ontology/patterns/README.md)
_TOP_KEYS = {"about", "regex_parts", "list_separators", "adjacent_list_types", "clause_punctuation", "continuation", "carry_units",
             "speech_continuation", "head_gap", "object_verbs", "rules", "section_class", "titles", "document_carry",
             "topic_not_before", "event_anaphor_nouns", "event_anaphor_wider"}
_RULE_KEYS = {"id", "about", "requires", "pattern", "emit", "priority", "confidence", "carry", "title_forbidden",
              "not_priority", "not_after"}
_EMIT_KEYS = {"type", "head", "tail", "head_types", "tail_types", "tail_surface", "head_event_surface", "head_not_surface",
              "antecedent_unit", "tail_not_priority", "respectively", "title_category", "tail_is_head_suffix",
              "tail_not_subject",
              "tail_not_surface", "list_retype", "tail_retype", "list_class_not",
              "antecedent_holds_noun", "field_retype", "topic_ends_with", "topic_prefers_ending", "fields_not_after"}
_SECTION_KEYS = {"about", "relation", "heading", "class_surface", "items", "units", "confidence", "member_not", "ends", "clause"}
# what a section's heading names (the class group) and what its list items may be
_SECTION_RELATIONS = {
    "partOf": ({"Technology", "Industry"}, None),  # None: the items have the category's type
    "prioritizes": ({"Policy"}, {"Technology", "Industry"}),
    "appliedIn": ({"Industry"}, {"Technology"}),  # the items (technologies) are applied in the category
}
_TITLE_KEYS = {"about", "issuer", "named_after_min_chars", "issuer_confidence", "named_after_confidence",
               "alias_relations", "alias_confidence", "full_takes", "anaphor_gives", "event_short_takes", "event_short_gets", "compound_prefix"}
_SPECIAL_HEADS = {"@authors", "@subject", "@antecedent", "@title_named", "@topic"}
_SPECIAL_TAILS = {"@nearest_same_type", "@title_category", "@antecedent", "@subject", "@topic"}


def load_relation_patterns(path: Path | str | None = None) -> PatternSet:
    """Read, validate and compile a relation pattern file (JSON, see
    ontology/patterns/README.md).  Any problem is a one-line KgError naming the
    file and the rule or key."""
    path = Path(path) if path else PATTERNS_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read relation patterns {path}: {exc}") from exc

    def fail(where: str, msg: str):
        raise KgError(f"relation patterns {path}: {where}: {msg}")

    parts = data.get("regex_parts", {}) if isinstance(data, dict) else {}
    if not isinstance(parts, dict) or not all(isinstance(v, str) for v in parts.values()):
        fail("regex_parts", "expected an object of named regexes")
    data = expand_regex_parts(data, path.name)  # (<<name>>: a regex several rules share, written once)

    def check_keys(obj, allowed: set, where: str, required=()):
        if not isinstance(obj, dict):
            fail(where, "expected an object")
        for k in obj:
            if k not in allowed:
                fail(where, f"unknown key {k!r}")
        for k in required:
            if k not in obj:
                fail(where, f"missing key {k!r}")

    def rx(value, where: str, expand: bool = False) -> re.Pattern:
        if not isinstance(value, str):
            fail(where, "expected a string")
        try:
            return re.compile(_expand(value, sep, clause_punct, head_gap, adjacent) if expand else value)
        except re.error as exc:
            fail(where, f"bad pattern: {exc}")

    check_keys(data, _TOP_KEYS, "top level", ("list_separators", "rules"))
    sep = data["list_separators"]
    clause_punct = data.get("clause_punctuation", "。；！？")
    head_gap = data.get("head_gap", "")
    rx(sep, "list_separators")
    adjacent_types = data.get("adjacent_list_types", ["Region"])
    macro_of = {t: k for k, t in _MACRO_TYPES.items()}
    if not isinstance(adjacent_types, list) or any(t not in macro_of for t in adjacent_types):
        fail("adjacent_list_types", f"expected a list of entity types (known: {', '.join(sorted(macro_of))})")
    adjacent = frozenset(macro_of[t] for t in adjacent_types)
    rules = []
    seen = set()
    if not isinstance(data["rules"], list):
        fail("rules", "expected a list")
    for n, r in enumerate(data["rules"], 1):
        check_keys(r, _RULE_KEYS, f"rule {n}", ("id", "pattern", "emit"))
        rid = r["id"]
        if rid in seen:
            raise KgError(f"duplicate relation rule id {rid} in {path}")
        seen.add(rid)
        try:
            regex = re.compile(_expand(r["pattern"], sep, clause_punct, head_gap, adjacent))
        except re.error as exc:
            raise KgError(f"relation rule {rid}: bad pattern: {exc}") from exc
        groups = set(regex.groupindex)
        emits = []
        for e in r["emit"]:
            check_keys(e, _EMIT_KEYS, f"rule {rid}: emit", ("type", "head", "tail", "head_types", "tail_types"))
            if e["type"] not in SIGNATURES:
                raise KgError(f"relation rule {rid}: unknown relation type {e['type']}")
            for end, specials in (("head", _SPECIAL_HEADS), ("tail", _SPECIAL_TAILS)):
                name = e[end]
                if name not in groups and name not in specials:
                    fail(f"rule {rid}: emit {end}", f"{name!r} is neither a group of the pattern nor one of {sorted(specials)}")
            for key in ("head_types", "tail_types"):
                bad = set(e[key]) - set(TYPE_CHAR)
                if bad:
                    fail(f"rule {rid}: emit {key}", f"unknown entity types {sorted(bad)}")
            if e.get("respectively") and (e["head"].startswith("@") or e["tail"].startswith("@")):
                fail(f"rule {rid}: emit respectively", "pairs two lists: head and tail must be groups of the pattern")
            for key in ("title_category", "tail_is_head_suffix", "tail_not_subject"):
                if e.get(key) and e["tail"] != "@nearest_same_type":
                    fail(f"rule {rid}: emit {key}", "only for a tail @nearest_same_type")
            if e.get("antecedent_holds_noun") and (e["head"] != "@antecedent" or "noun" not in groups):
                fail(f"rule {rid}: emit antecedent_holds_noun", "only for a head @antecedent and a pattern with a group 'noun'")
            for key in ("topic_ends_with", "topic_prefers_ending"):
                if e.get(key) is not None and (e["tail"] != "@topic" or e[key] not in groups):
                    fail(f"rule {rid}: emit {key}", "only for a tail @topic, naming a group of the pattern")
            tnp = e.get("tail_not_priority", False)
            if tnp not in (True, False, "related"):
                fail(f"rule {rid}: emit tail_not_priority", f"must be true, false or \"related\", not {tnp!r}")
            emits.append(
                Emit(
                    e["type"], e["head"], e["tail"], frozenset(e["head_types"]), frozenset(e["tail_types"]),
                    rx(e["tail_surface"], f"rule {rid}: tail_surface") if e.get("tail_surface") else None,
                    rx(e["head_event_surface"], f"rule {rid}: head_event_surface") if e.get("head_event_surface") else None,
                    rx(e["head_not_surface"], f"rule {rid}: head_not_surface") if e.get("head_not_surface") else None,
                    rx(e["antecedent_unit"], f"rule {rid}: antecedent_unit", expand=True) if e.get("antecedent_unit") else None,
                    tnp,
                    bool(e.get("respectively", False)),
                    rx(e["title_category"], f"rule {rid}: title_category") if e.get("title_category") else None,
                    bool(e.get("tail_is_head_suffix", False)),
                    rx(e["tail_not_surface"], f"rule {rid}: tail_not_surface") if e.get("tail_not_surface") else None,
                    bool(e.get("tail_not_subject", False)),
                    bool(e.get("list_retype", False)),
                    rx(e["tail_retype"], f"rule {rid}: tail_retype") if e.get("tail_retype") else None,
                    rx(e["list_class_not"], f"rule {rid}: list_class_not") if e.get("list_class_not") else None,
                    bool(e.get("antecedent_holds_noun", False)),
                    rx(e["field_retype"], f"rule {rid}: field_retype") if e.get("field_retype") else None,
                    e.get("topic_ends_with"),
                    e.get("topic_prefers_ending"),
                    rx(e["fields_not_after"], f"rule {rid}: fields_not_after", expand=True) if e.get("fields_not_after") else None,
                )
            )
        forbidden = r.get("title_forbidden")
        not_priority = r.get("not_priority", [])
        not_priority = [not_priority] if isinstance(not_priority, str) else not_priority
        if not isinstance(not_priority, list) or any(g not in groups for g in not_priority):
            fail(f"rule {rid}: not_priority", f"{r.get('not_priority')!r}: expected groups of the pattern")
        if not r["emit"] and not not_priority:
            fail(f"rule {rid}: emit", "empty (a rule needs an emit or a not_priority group)")
        rules.append(
            Rule(
                id=rid,
                regex=regex,
                requires=frozenset(r.get("requires", ())),
                emits=tuple(emits),
                priority=int(r.get("priority", 1)),
                confidence=float(r.get("confidence", 0.5)),
                carry=bool(r.get("carry", False)),
                title_forbidden=rx(forbidden, f"rule {rid}: title_forbidden") if forbidden else None,
                not_priority=tuple(not_priority),
                not_after=rx(r["not_after"], f"rule {rid}: not_after", expand=True) if r.get("not_after") else None,
            )
        )
    sections = []
    specs = data.get("section_class", [])
    for n, sc in enumerate(specs if isinstance(specs, list) else [specs], 1):
        where = f"section_class[{n}]"
        check_keys(sc, _SECTION_KEYS, where, ("heading", "items"))
        relation = sc.get("relation", "partOf")
        if relation not in _SECTION_RELATIONS:
            fail(f"{where}: relation", f"{relation!r} is not one of {sorted(_SECTION_RELATIONS)}")
        clause = sc.get("clause", False)
        if not isinstance(clause, bool):
            fail(f"{where}: clause", f"must be true or false, not {clause!r}")
        if clause and relation != "partOf":
            fail(f"{where}: clause", "only a partOf section reads a topic clause")
        spec = SectionClass(
            heading=rx(sc["heading"], f"{where}: heading", expand=True),
            class_surface=rx(sc.get("class_surface", ""), f"{where}: class_surface"),
            items=rx(sc["items"], f"{where}: items", expand=True),
            units=int(sc.get("units", 3)),
            confidence=float(sc.get("confidence", 0.5)),
            relation=relation,
            member_not=rx(sc["member_not"], f"{where}: member_not") if sc.get("member_not") else None,
            ends=rx(sc["ends"], f"{where}: ends") if sc.get("ends") else None,
            clause=clause,
        )
        for key, pat, group in (("heading", spec.heading, "class"), ("items", spec.items, "items")):
            if group not in pat.groupindex:
                fail(f"{where}: {key}", f"needs a group named {group!r}")
        sections.append(spec)
    titles = None
    if "titles" in data:
        tr = data["titles"]
        check_keys(tr, _TITLE_KEYS, "titles")
        titles = TitleRules(
            issuer=rx(tr["issuer"], "titles: issuer") if tr.get("issuer") else None,
            named_after_min_chars=int(tr.get("named_after_min_chars", 0)),
            issuer_confidence=float(tr.get("issuer_confidence", 0.7)),
            named_after_confidence=float(tr.get("named_after_confidence", 0.6)),
            alias_relations=frozenset(tr.get("alias_relations", ())),
            alias_confidence=float(tr.get("alias_confidence", 0.7)),
            full_takes=frozenset(tr.get("full_takes", ())),
            anaphor_gives=frozenset(tr.get("anaphor_gives", ())),
            event_short_takes=frozenset(tr.get("event_short_takes", ())),
            event_short_gets=frozenset(tr.get("event_short_gets", ())),
            compound_prefix=rx(f"(?:{tr['compound_prefix']})$", "titles: compound_prefix") if tr.get("compound_prefix") else None,
        )
        for key in ("alias_relations", "full_takes", "anaphor_gives"):
            bad = set(getattr(titles, key)) - {t for t, (hts, _) in SIGNATURES.items() if "Policy" in hts}
            if not isinstance(tr.get(key, []), list) or bad:
                fail(f"titles: {key}", f"expected a list of relation types whose head may be a Policy, not {sorted(bad)}")
        for key in ("event_short_takes", "event_short_gets"):
            bad = set(getattr(titles, key)) - {t for t, (hts, tts) in SIGNATURES.items() if "Event" in hts or "Event" in tts}
            if not isinstance(tr.get(key, []), list) or bad:
                fail(f"titles: {key}", f"expected a list of relation types an Event may head or end, not {sorted(bad)}")
        if titles.issuer is not None and "issuer" not in titles.issuer.groupindex:
            fail("titles: issuer", "needs a group named 'issuer'")
    if "document_carry" in data:  # read by kg/extract/document.py; checked here with the rest of the file
        from kg.extract.document import validate_carry

        try:
            validate_carry(data["document_carry"])
        except KgError as exc:
            fail("document_carry", str(exc).split("document_carry: ", 1)[-1])
    carry_units = data.get("carry_units", 1)
    if not isinstance(carry_units, int) or isinstance(carry_units, bool) or not 1 <= carry_units <= 10:
        fail("carry_units", f"{carry_units!r}: expected a whole number from 1 to 10")
    wider = data.get("event_anaphor_wider", {})
    if not isinstance(wider, dict) or not all(
            isinstance(v, list) and v and all(isinstance(e, str) and e for e in v) for v in wider.values()):
        fail("event_anaphor_wider", "expected an object of nouns, each with a list of name endings")
    wider = tuple((noun, tuple(ends)) for noun, ends in wider.items())
    return PatternSet(
        tuple(rules),
        rx(data.get("continuation", "(?!)"), "continuation"),
        clause_punct,
        rx(data.get("object_verbs", "(?!)"), "object_verbs"),
        tuple(sections),
        titles,
        carry_units,
        rx(data.get("speech_continuation", "(?!)"), "speech_continuation"),
        re.compile(sep),
        rx(data.get("topic_not_before", "(?!)"), "topic_not_before"),
        rx(data.get("event_anaphor_nouns", "(?!)"), "event_anaphor_nouns"),
        wider,
    )


@lru_cache(maxsize=1)
def _default_patterns() -> PatternSet:
    pats = load_relation_patterns()
    # what the first texts would otherwise build rule by rule (each rule's gate,
    # the cue index, the characters each rule needs), built with the rules:
    # once per process either way, and a text's time no longer depends on
    # which rules the texts before it happened to need
    for rule in pats.rules:
        rule.rest_gate  # noqa: B018 (a cached property)
    pats._rules_by_cue, pats._required_text_chars, pats._least_placeholders  # noqa: B018 (cached properties)
    return pats


@dataclass
class _Unit:
    """One matching unit: pipeline sentences merged while a quotation is open or a
    clause ends with ；, with its mentions and the placeholder string.  A unit
    never exceeds MAX_UNIT_CHARS (a longer sentence is cut into windows), so the
    cost of matching stays linear in the length of the text."""

    start: int
    end: int
    mentions: list  # Mentions inside [start, end), in order
    enc: str  # placeholder string
    enc_pos: list  # enc index of each mention's placeholder (parallel to mentions)


# where a window over an over-long sentence prefers to end (after one of these)
_WINDOW_BREAK = re.compile(r"[，,、：:\s]")


def _windows(text: str, s: int, e: int, mentions: list[Mention], starts: list[int]) -> list[tuple[int, int]]:
    """[s, e) cut into pieces of at most MAX_UNIT_CHARS, preferably after a comma,
    never inside a mention."""
    out = []
    while e - s > MAX_UNIT_CHARS:
        cut = s + MAX_UNIT_CHARS
        lo = s + MAX_UNIT_CHARS // 2
        for k in range(cut - 1, lo - 1, -1):
            if _WINDOW_BREAK.match(text, k):
                cut = k + 1
                break
        i = bisect.bisect_right(starts, cut) - 1  # the mention starting at or before the cut
        if i >= 0 and mentions[i].start < cut < mentions[i].end:
            cut = mentions[i].start if mentions[i].start > s else mentions[i].end
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


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
    plain = _PUA.sub(" ", text)  # one character for one: the offsets stay
    units = []
    for ms, me in merged:
        for s, e in _windows(text, ms, me, mentions, starts):
            i = bisect.bisect_left(starts, s)
            inside = []
            while i < len(mentions) and mentions[i].start < e:
                if mentions[i].end <= e:
                    inside.append(mentions[i])
                i += 1
            parts, pos, enc_pos, n = [], s, [], 0
            for m in inside:
                parts.append(plain[pos:m.start])
                n += m.start - pos
                enc_pos.append(n)
                parts.append(TYPE_CHAR[m.type])
                n += 1
                pos = m.end
            parts.append(plain[pos:e])
            units.append(_Unit(s, e, inside, "".join(parts), enc_pos))
    return units


def _in_group(unit: _Unit, span: tuple[int, int], types) -> list[Mention]:
    lo = bisect.bisect_left(unit.enc_pos, span[0])
    hi = bisect.bisect_left(unit.enc_pos, span[1])
    return [m for m in unit.mentions[lo:hi] if m.type in types]


# a category opening a clause and directed by a modal (…；原材料工业要…) is that clause's subject
_MODAL_SUBJECT = re.compile("(?:要|则|应|须|必须|需要)")
_CLAUSE_OPENERS = frozenset("，,；;：:。")


def _nearest_same_type(mentions, starts, anchor: Mention, exclude: set, surface: re.Pattern | None,
                       suffix: bool = False):
    """The closest mention of anchor's type before anchor, not one of ``exclude``,
    whose surface looks like a category (``surface``); with ``suffix``, one that
    anchor's surface ends with (冷原子量子传感 → 量子传感)."""
    i = bisect.bisect_left(starts, anchor.start) - 1
    while i >= 0 and mentions[i].start >= anchor.start - NEAREST_WINDOW:
        m = mentions[i]
        i -= 1
        if m.type == anchor.type and m.text not in exclude and (surface is None or surface.search(m.text)) and (
                not suffix or (anchor.text.endswith(m.text) and len(anchor.text) > len(m.text))):
            return m
    return None


def _topic(text: str, mentions: list[Mention], unit: _Unit, exclude: set, types, suffix: str | None = None,
           not_before: re.Pattern | None = None) -> Mention | None:
    """What the paragraph of UNIT is about: of the mentions of TYPES named in it up
    to the end of UNIT (but those of EXCLUDE, and those NOT_BEFORE matches right
    after: a news item's source, 某台消息：; with SUFFIX, only names ending with it),
    the one whose surface the paragraph writes most often (inside longer names too:
    人形机器人 in 人形机器人产业), the first named of a tie."""
    start = text.rfind("\n", 0, unit.start) + 1
    end = text.find("\n", unit.end)
    para = text[start:len(text) if end < 0 else end]
    best, most = None, 0
    for m in mentions[bisect.bisect_left([x.start for x in mentions], start):]:
        if m.start >= unit.end:
            break
        if m.type in types and m.text not in exclude and (suffix is None or m.text.endswith(suffix)) \
                and (not_before is None or not not_before.match(text, m.end)):
            n = para.count(m.text)
            if n > most:
                best, most = m, n
    return best


def _titled_category(unit: _Unit, anchor: Mention, exclude: set, surface: re.Pattern | None,
                     previous: _Unit | None = None) -> Mention | None:
    """The category the title of the last policy before anchor (in its unit, or
    else the last one of the previous unit: 印发《…》。方案提出…) is named after,
    when the unit also names it on its own: the directions a plan on 未来产业
    lists are directions of 未来产业.  The closest such mention."""
    policy = next((m for m in reversed(unit.mentions) if m.type == "Policy" and m.end <= anchor.start), None)
    if policy is None and previous is not None:
        policy = next((m for m in reversed(previous.mentions) if m.type == "Policy"), None)
    if policy is None:
        return None
    found = [m for m in unit.mentions
             if m.type == anchor.type and m.text not in exclude and m.text in policy.text
             and (surface is None or surface.search(m.text))]
    return min(found, key=lambda m: abs(m.start - anchor.start), default=None)


# only this much of a policy's title is searched for the names it is named after
MAX_TITLE_CHARS = 80
# how many units back an anaphor (规划提出… / 本届大会以…为主题) may find what it names
ANTECEDENT_UNITS = 2


_MENTION_TYPE = attrgetter("type")
# (units, (unit index of each Event mention, (mention, unit index) of each)) of the last text: its events
# in text order, listed once (_unit_events)
_EVENTS: tuple = (None, None)


def _unit_events(units: list[_Unit]) -> tuple[list[int], list[tuple]]:
    """The Event mentions of UNITS in text order: (their unit indices, (mention,
    unit index) of each); computed once per list of units (the last one kept)."""
    global _EVENTS
    last = _EVENTS  # (one read: another thread may replace it)
    if last[0] is not units:
        # (only the units whose placeholder string holds an event's character are
        # read: the units hold thousands of mentions in a long text, few events)
        ev = TYPE_CHAR["Event"]
        pairs = [(m, uj) for uj, unit in enumerate(units) if ev in unit.enc
                 for m in compress(unit.mentions, map("Event".__eq__, map(_MENTION_TYPE, unit.mentions)))]
        last = _EVENTS = (units, ([uj for _, uj in pairs], pairs))
    return last[1]


def _antecedent(units: list[_Unit], ui: int, before: int, types, noun: str = "") -> tuple[Mention, int] | None:
    """The closest mention of one of ``types`` before enc position ``before`` of
    unit ``ui``, in that unit or up to ANTECEDENT_UNITS units back; given the
    anaphor's NOUN (报告, 规划 …), the closest one whose name holds it, if any
    (…政府工作报告提出…，实施X工程…。报告还要求…: the report, not the project)."""
    unit = units[ui]
    k = bisect.bisect_left(unit.enc_pos, before) - 1
    candidates = [(m, ui) for m in reversed(unit.mentions[:k + 1])]
    for uj in range(ui - 1, max(-1, ui - 1 - ANTECEDENT_UNITS), -1):
        candidates.extend((m, uj) for m in reversed(units[uj].mentions))
    candidates = [c for c in candidates if c[0].type in types]
    if not candidates and set(types) == {"Event"}:
        # 本届大会… three or more sentences after the one event the passage names
        # (a message read out and the guests between): an event is named rarely
        # enough that the closest earlier one is still the anaphor's
        # (the events of the units before, closest first, from the text's events
        # listed once: not every earlier unit's mentions again per anaphor)
        events = _unit_events(units)
        k = bisect.bisect_left(events[0], ui - ANTECEDENT_UNITS)
        candidates = events[1][k - 1::-1] if k else []
    if noun:
        named = next((c for c in candidates if noun in c[0].text), None)
        if named is not None:
            # (…行动计划》（下文称《某某行动》）。行动计划明确…: the short title defined
            # for it, written closer, stands for the same policy and is the one referred to)
            return candidates[0] if candidates[0][0].label == named[0].label else named
    return candidates[0] if candidates else None


def extract_relations(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    doc_id: str = "",
    patterns: PatternSet | None = None,
    not_priority: set[int] | None = None,
) -> list[Relation]:
    """Relations stated in ``text``: cue patterns matched sentence by sentence over
    the given entity mentions (only ``source == "text"`` mentions take part in
    sentence patterns; metadata Person mentions stand in for "作者" lines), then
    the document-level passes: lists under a heading that names their category,
    and what policy titles state.

    Returns relations deduplicated per (head, type, tail) and sentence: one
    relation per sentence, never two with overlapping evidence.  NOT_PRIORITY,
    when given, receives the start offsets of the mentions a rule found named
    for comparison or as a field, never as a priority (kg_relfill skips them).
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

    def topic(unit: _Unit, exclude: set, types, suffix: str | None = None) -> Mention | None:
        # the paragraph's topic among this text's mentions (a news source, 某台消息：, none)
        return _topic(text, clean, unit, exclude, types, suffix, not_before=pats.topic_not_before)

    # candidates: (unit index, span start, span end, head, type, tail, rule)
    cands = _Candidates()
    not_priorities: set[int] = set()  # offsets of mentions a rule made another mention's fields (tail_not_priority)
    crossed: set[tuple] = set()  # (unit, head start, tail start) a 分别 frame says are not related
    retyped: dict[int, str] = {}  # id of a mention -> the type a list_retype frame reads it as
    for ui, unit in enumerate(units):
        if not unit.mentions and not authors:
            continue
        sent = text[unit.start:unit.end]
        for rule in pats.rules_for(sent, unit.enc):  # each cue looked up once per unit
            matches = _matches(rule, unit.enc, gated=True)  # (rules_for tested each rule's rest_gate in enc)
            for k, m in enumerate(matches):
                spans = {g: m.span(g) for g in m.groupdict() if m.start(g) >= 0}
                spans["@match"] = m.span()
                if "rest" in spans:
                    spans["rest"] = _clip_rest(spans["rest"], matches[k + 1:], unit.enc, pats.object_verbs)
                for group in rule.not_priority:  # 继A、B之后的… / 与A相比: named for comparison, not as a priority
                    not_priorities.update(t.start for t in _resolve(group, _PRIORITY_TAILS, spans, unit, authors))
                carried: list[tuple[Mention, Emit]] = []  # heads of the priorities this match states
                for em in rule.emits:
                    if em.head == "@antecedent" or em.tail == "@antecedent":
                        found = _emit_antecedent(em, rule, spans, units, ui, authors, pats.event_anaphor_nouns,
                                                 pats.event_anaphor_wider)
                        cands.extend(found)
                        if em.type == "prioritizes" and em.head == "@antecedent":
                            carried.extend((c[3], em) for c in found)
                            if not found and rule.carry:  # 某会议…召开，A出席大会并讲话。他强调，…: the meeting, carried
                                carried.extend(_antecedent_carried(em, spans, units, ui))
                        continue
                    if em.head == "@title_named":  # …建设A、B等十个示范应用场景 under 《…人工智能…通知》
                        cands.extend(_title_named(em, rule, spans, units, ui, authors))
                        continue
                    if em.head == "@topic":  # 报告建议优先在A、B等场景开展应用验证: what the paragraph is about
                        tails = _resolve(em.tail, em.tail_types, spans, unit, authors)
                        h = topic(unit, {t.text for t in tails}, em.head_types)
                        if h is not None:
                            cands.extend((ui, unit.start, unit.end, h, em.type, t, rule) for t in tails)
                        continue
                    heads = _resolve(em.head, em.head_types, spans, unit, authors)
                    if em.head_event_surface is not None:
                        heads = [h for h in heads if h.type != "Event" or em.head_event_surface.search(h.text)]
                    if em.head_not_surface is not None:
                        heads = [h for h in heads if not em.head_not_surface.search(h.text)]
                    if em.tail == "@title_category":  # 《…新材料…方案》，提出巩固A、B等优势领域，…推动新材料…
                        exclude = {x.text for x in heads}
                        for h in heads:
                            t = _titled_category(unit, h, exclude, em.tail_surface, units[ui - 1] if ui else None)
                            if t is not None and t.type in em.tail_types:
                                cands.append((ui, unit.start, unit.end, h, em.type, t, rule))
                        continue
                    if em.tail == "@topic":  # A、B和C是整机中价值量最大的部件: parts of what the paragraph is about
                        exclude = {x.text for x in heads}
                        ending = em.topic_ends_with or em.topic_prefers_ending
                        t = topic(unit, exclude, em.tail_types, m.group(ending) if ending else None)
                        if t is None and em.topic_prefers_ending:  # (no body of the title's class: the paragraph's topic)
                            t = topic(unit, exclude, em.tail_types)
                        if t is not None:
                            cands.extend((ui, unit.start, unit.end, h, em.type, t, rule) for h in heads)
                        continue
                    if em.tail == "@nearest_same_type":
                        exclude = {x.text for x in heads}
                        if em.tail_not_subject:  # 装备制造业要…；原材料工业要…: the other subjects are siblings
                            lo = units[ui - 1].start if ui else unit.start
                            exclude.update(m.text for m in clean if lo <= m.start < unit.end and _MODAL_SUBJECT.match(text, m.end)
                                           and (m.start == 0 or text[m.start - 1] in _CLAUSE_OPENERS))
                        for h in heads:
                            t = _nearest_same_type(clean, starts, h, exclude, em.tail_surface, em.tail_is_head_suffix)
                            if t is not None and _unit_of(units, t.start) not in (ui, ui - 1):
                                t = None  # a category named before the list, in this sentence or the one before
                            if t is None and em.title_category is not None and em.title_category.search(
                                    unit.enc, *spans["@match"]):  # 《…未来产业…意见》提出聚焦A、B五大方向，…未来产业先导区
                                # the title vouches for the category: no surface test (《…算力产业…方案》: 算力)
                                t = _titled_category(unit, h, exclude, None, units[ui - 1] if ui else None)
                            if t is None or t.type not in em.tail_types:
                                continue
                            tu = _unit_of(units, t.start)
                            s, e = units[tu].start, unit.end
                            cands.append((ui, s, e, h, em.type, t, rule))
                        continue
                    tails = _resolve(em.tail, em.tail_types, spans, unit, authors)
                    if em.tail_retype is not None and heads and not tails:
                        tails = _class_retyped(em, spans, unit, retyped)
                    if em.field_retype is not None and heads and not tails:
                        tails = _field_retyped(em, spans, unit, retyped)
                    if em.tail_surface is not None:
                        tails = [t for t in tails if em.tail_surface.search(t.text)]
                    if em.tail_not_surface is not None:
                        tails = [t for t in tails if not em.tail_not_surface.search(t.text)]
                    if em.respectively:
                        pairs, cross = _respective(unit, spans, em, pats.list_separators)
                        crossed.update((ui, h.start, t.start) for h, t in cross)
                        ok_h, ok_t = {id(h) for h in heads}, {id(t) for t in tails}
                        for h, t in pairs:
                            if id(h) in ok_h and id(t) in ok_t:
                                cands.append((ui, unit.start, unit.end, h, em.type, t, rule))
                        continue
                    if em.list_retype and (em.type != "partOf" or _class_types_list(em, tails)):
                        heads = heads + _list_retyped(unit, spans.get(em.head), em.head_types, heads, retyped)
                        tails = tails + _list_retyped(unit, spans.get(em.tail), em.tail_types, tails, retyped)
                    if em.type == "prioritizes" and em.head != "@subject":
                        carried.extend((h, em) for h in heads)
                    for h in heads:
                        for t in tails:
                            cands.append((ui, unit.start, unit.end, h, em.type, t, rule))
                    if em.tail_not_priority and not (em.fields_not_after is not None
                                                     and em.fields_not_after.search(unit.enc, 0, m.start())):
                        # the tails are the fields of what the head group names, even when
                        # the recogniser typed that an Industry (新能源在工业和建筑领域应用)
                        # or typed a field of the list a Technology (5G在工业、车联网等领域的应用)
                        fields = _resolve(em.tail, _PRIORITY_TAILS, spans, unit, authors)
                        if em.tail_surface is not None:
                            fields = [t for t in fields if em.tail_surface.search(t.text)]
                        if em.tail_not_surface is not None:
                            fields = [t for t in fields if not em.tail_not_surface.search(t.text)]
                        owned = _resolve(em.head, _FIELD_OWNERS, spans, unit, authors)
                        if em.tail_not_priority == "related" and owned:
                            # 传感网与卫星互联网融合 / 电影产业与5G、人工智能融合: a technology is a partner
                            # (or what a sector adopts), never a field, and stays a priority
                            fields = [t for t in fields if t.type != "Technology"]
                        if fields and (heads or owned):
                            owners = {x.start for x in owned}
                            not_priorities.update(t.start for t in fields if t.start not in owners)
                if rule.carry and k == len(matches) - 1 and ui + 1 < len(units):
                    cands.extend(_carry(rule, carried, units, ui, text, pats))
    # (where each unit's text starts and ends without spaces, and the units by
    # the character they open with: once, for every section class)
    bounds = [_bounds(unit.enc) for unit in units] if pats.sections else None
    openers = _openers(units, bounds) if pats.sections else None
    for spec in pats.sections:
        cands.extend(_section_members(spec, units, cands, bounds, openers))
    if pats.titles is not None:
        cands.extend(_title_relations(pats.titles, units, clean, text))
        if pats.titles.alias_relations or pats.titles.full_takes or pats.titles.anaphor_gives:
            cands.extend(_alias_relations(pats.titles, units, clean, cands))
        if pats.titles.event_short_takes or pats.titles.event_short_gets:
            cands.extend(_event_short_relations(pats.titles, clean, cands))
    if not_priority is not None:  # for the gap-filler (kg_relfill), which must not add them back
        not_priority.update(not_priorities)
    if not_priorities:
        # …named for comparison or as a field, unless the policy is named after it (《…智慧水运建设…意见》,
        # …推动X在智慧水运建设中的应用: its title makes it a priority all the same); a field written inside a
        # longer name the title holds is not what the title is named after (《…数字创意产业…》: 创意产业)
        named = {m.text for m in clean if m.type in _PRIORITY_TAILS}
        cands = [c for c in cands
                 if not (c[4] == "prioritizes" and c[5].start in not_priorities and not _title_names(c[3].text, c[5].text, named))]
    if pats.titles is not None and pats.titles.compound_prefix is not None:
        # 《…智慧民航…》, 《…数字中医药…》: the sector a smart or digital title's compound serves is the field
        # where its technologies are applied, not a priority of the policy or event so named
        prefix = pats.titles.compound_prefix
        cands = [c for c in cands if not (c[4] == "prioritizes" and c[5].type == "Industry"
                                          and _compound_field(c[3].text, c[5].text, prefix))]
    if crossed:  # 甲、乙分别赋能A、B: never 甲→B nor 乙→A, whichever rule read the cross product
        cands = [c for c in cands if (c[0], c[3].start, c[5].start) not in crossed]
    if retyped:
        _apply_retypes(mentions, clean, retyped)
    return _finalise(cands, text, doc_id)


_RETYPABLE = {"Technology": "Industry", "Industry": "Technology"}
_LIST_JOINERS = frozenset(("、", "和", "与", "及", "以及"))


def _list_retyped(unit: _Unit, span, types, found: list, retyped: dict) -> list:
    """The items of the list written in SPAN whose type is the other of Technology /
    Industry, when the list also holds an item of TYPES (one type only): the frame
    reads the whole list one way (用于A、B和C等领域: fields; 推动A、B在C中的应用:
    technologies).  A …技术 item stays a technology; each item is recorded in RETYPED."""
    if span is None or not found or len(types) != 1:
        return []
    want = next(iter(types))
    if want not in _RETYPABLE:
        return []
    lo = bisect.bisect_left(unit.enc_pos, span[0])
    hi = bisect.bisect_left(unit.enc_pos, span[1])
    group, pos = unit.mentions[lo:hi], unit.enc_pos[lo:hi]
    # one plain list of technologies and sectors: only joiners between the items
    if len(group) < 2 or any(m.type not in _RETYPABLE for m in group) or any(
            unit.enc[a + 1:b] not in _LIST_JOINERS for a, b in zip(pos, pos[1:])):
        return []
    out = [m for m in group if m.type != want and not m.text.endswith("技术")]
    for m in out:
        retyped[id(m)] = want
    return out


def _class_types_list(em: Emit, tails: list) -> bool:
    """A list of parts is read as its class's type (A、B等某某产业 with A typed a technology: A is
    an industry too) only when the class named is of the emit's tail type, and does not look like
    ``em.list_class_not`` (a class of materials types a list of products only: tail_retype)."""
    return bool(tails) and not (em.list_class_not is not None and any(em.list_class_not.search(t.text) for t in tails))


def _class_retyped(em: Emit, spans: dict, unit: _Unit, retyped: dict) -> list:
    """The tail group's single mention, of the other of Technology / Industry, when its
    surface matches ``em.tail_retype``: the frame reads it as the tail type (A、B等某某材料
    with A, B technologies: a class of products, so a Technology); recorded in RETYPED."""
    if len(em.tail_types) != 1 or em.tail not in spans or em.head not in spans:
        return []
    want = next(iter(em.tail_types))
    if any(m.type != want for m in _in_group(unit, spans[em.head], TYPE_CHAR)):
        return []  # a mixed list: the class keeps its type
    found = _in_group(unit, spans[em.tail], TYPE_CHAR)
    if len(found) != 1 or _RETYPABLE.get(found[0].type) != want or not em.tail_retype.search(found[0].text):
        return []
    retyped[id(found[0])] = want
    return found


def _field_retyped(em: Emit, spans: dict, unit: _Unit, retyped: dict) -> list:
    """The tail group's single mention, of the other of Technology / Industry, when the
    frame writes it as a field (the text right after the group matches
    ``em.field_retype``: 推动A、B在X领域的应用): an application field is an Industry
    (annotation.md); a …技术 stays a technology, and a list of technologies written as
    fields (用于A和B等领域) keeps its type; recorded in RETYPED."""
    if len(em.tail_types) != 1 or em.tail not in spans:
        return []
    want = next(iter(em.tail_types))
    found = _in_group(unit, spans[em.tail], TYPE_CHAR)
    if len(found) != 1 or not em.field_retype.match(unit.enc, spans[em.tail][1]) or (
            _RETYPABLE.get(found[0].type) != want or found[0].text.endswith("技术")):
        return []
    retyped[id(found[0])] = want
    return found


def _apply_retypes(mentions: list, clean: list, retyped: dict) -> None:
    """Mentions a frame read as the other type take it, with every other mention of the same surface."""
    surfaces = {m.text: retyped[id(m)] for m in clean if id(m) in retyped}
    for m in mentions:
        if m.source == "text" and m.text in surfaces and m.type in _RETYPABLE:
            m.type = surfaces[m.text]


_PLACEHOLDERS = frozenset(TYPE_CHAR.values())
_PLACEHOLDER_LIST = tuple(sorted(_PLACEHOLDERS))
_SPACE = frozenset(" ")  # what a private-use character of the text is in its placeholder string


def _list_items(unit: _Unit, span: tuple[int, int], sep: re.Pattern) -> list[Mention | None] | None:
    """The items of the list written in ``span``, in order: a mention, or None
    for an item the recogniser missed; None when an item holds two mentions."""
    lo = bisect.bisect_left(unit.enc_pos, span[0])
    items: list[Mention | None] = []
    for piece in sep.split(unit.enc[span[0]:span[1]]):
        if not piece.strip():
            continue
        n = sum(1 for c in piece if c in _PLACEHOLDERS)
        if n > 1:
            return None
        if n == 1:
            items.append(unit.mentions[lo])
            lo += 1
        else:
            items.append(None)
    return items


def _respective(unit: _Unit, spans: dict, em: Emit, sep: re.Pattern) -> tuple[list[tuple], list[tuple]]:
    """甲、乙分别赋能A、B: the pairs (甲, A), (乙, B) and the crossed pairs no
    rule may relate; lists of different lengths pair nothing and cross all,
    unless one side is a single item (甲、乙分别赋能A: each of them)."""
    if em.head not in spans or em.tail not in spans:
        return [], []
    hs = _list_items(unit, spans[em.head], sep)
    ts = _list_items(unit, spans[em.tail], sep)
    all_h = _in_group(unit, spans[em.head], TYPE_CHAR)
    all_t = _in_group(unit, spans[em.tail], TYPE_CHAR)
    cross = [(h, t) for h in all_h for t in all_t]
    if hs is not None and ts is not None and 1 in (len(hs), len(ts)):
        return cross, []  # 甲、乙分别赋能A: each of them enables A
    if hs is None or ts is None or len(hs) != len(ts):
        return [], cross
    pairs = [(h, t) for h, t in zip(hs, ts) if h is not None and t is not None]
    keep = {(id(h), id(t)) for h, t in pairs}
    return pairs, [(h, t) for h, t in cross if (id(h), id(t)) not in keep]


class _Candidates(list):
    """Candidate relations (unit, start, end, head, type, tail, rule), each
    (unit, head surface, type, tail surface, priority) kept once, first come:
    what _finalise would keep anyway, without holding every repeat (a policy
    named fifty times in one window of a flat line)."""

    def __init__(self):
        super().__init__()
        self._seen: set = set()

    def append(self, c: tuple) -> None:
        key = (c[0], c[3].text, c[4], c[5].text, c[6].priority)
        if key not in self._seen:
            self._seen.add(key)
            super().append(c)

    def extend(self, cs) -> None:
        for c in cs:
            self.append(c)


_JOINT_SEPARATORS = frozenset(("暨", "、", "和"))  # (events named together: one occasion)


def _joint_names(unit: _Unit, m: Mention) -> list[Mention]:
    """``m`` and the mentions of its type joined to it by 暨 just before it: "A暨B"
    names two events of one occasion, so an anaphor for B stands for both; so do
    events listed together (A、B和C在某地召开: held jointly, 大会 stands for each)."""
    k = unit.mentions.index(m)
    out = [m]
    while k > 0:
        prev = unit.mentions[k - 1]
        if prev.type != m.type or unit.enc[unit.enc_pos[k - 1] + 1:unit.enc_pos[k]].strip() not in _JOINT_SEPARATORS:
            break
        out.append(prev)
        k -= 1
    return out


def _named_by_anaphor(names: list[Mention], unit: _Unit, spans: dict, nouns: re.Pattern,
                      wider: tuple = ()) -> list[Mention]:
    """Of two events named jointly (A大会暨B博览会, A启动仪式暨B推介会), the one
    whose name ends with the anaphor's noun in the match (NOUNS: the patterns'
    event_anaphor_nouns; 大会聚焦…, 在启动仪式上致辞), or with one of the endings
    WIDER gives that noun (event_anaphor_wider: 会议 → 会议, 会); both when the
    match names no such noun or neither ends with it."""
    if len(names) < 2:
        return names
    noun = nouns.search(unit.enc, *spans["@match"])
    if noun is None:
        return names
    # (WIDER: 会议 stands for any meeting, 某推进会暨某签约活动，会议聚焦… is the 推进会)
    ends = next((e for n, e in wider if n == noun.group()), (noun.group(),))
    return [x for x in names if x.text.endswith(ends)] or names


def _antecedent_carried(em: Emit, spans: dict, units: list[_Unit], ui: int) -> list[tuple]:
    """The (head, emit) a carrying rule passes on when its sentence names no priority
    of its own: the closest earlier mention of the emit's head types (an addressed
    meeting, 某会议在北京召开，A出席会议并讲话), subject to the emit's surface tests."""
    found = _antecedent(units, ui, spans["@match"][0], em.head_types, "")
    if found is None or (em.antecedent_unit is not None and em.antecedent_unit.search(units[found[1]].enc) is None):
        return []
    h = found[0]
    if em.head_event_surface is not None and h.type == "Event" and not em.head_event_surface.search(h.text):
        return []
    return [(h, em)]


def _emit_antecedent(em: Emit, rule: Rule, spans: dict, units: list[_Unit], ui: int, authors,
                     event_nouns: re.Pattern, wider: tuple = ()) -> list[tuple]:
    """An anaphor (规划提出… / 本届大会以…为主题) stands for the closest earlier
    mention of the emit's head (or tail) types; the evidence spans both."""
    unit = units[ui]

    def framed(uj: int) -> bool:
        return em.antecedent_unit is None or em.antecedent_unit.search(units[uj].enc) is not None

    if em.head == "@antecedent":
        noun = unit.enc[slice(*spans["noun"])] if "noun" in spans else ""
        found = _antecedent(units, ui, spans["@match"][0], em.head_types, noun)
        if found is None or not framed(found[1]):
            return []
        h, uj = found
        if em.head_event_surface is not None and h.type == "Event" and not em.head_event_surface.search(h.text):
            return []
        if em.antecedent_holds_noun and noun not in h.text:
            return []  # 报告建议… with no report named: an unnamed report, not the policy named before
        tails = _resolve(em.tail, em.tail_types, spans, unit, authors)
        if em.tail_surface is not None:
            tails = [t for t in tails if em.tail_surface.search(t.text)]
        names = _named_by_anaphor(_joint_names(units[uj], h), unit, spans, event_nouns, wider)
        return [(ui, units[uj].start, unit.end, h2, em.type, t, rule) for h2 in names for t in tails]
    found = _antecedent(units, ui, spans["@match"][0], em.tail_types)
    if found is None or not framed(found[1]):
        return []
    t, uj = found
    if em.tail_surface is not None and not em.tail_surface.search(t.text):
        return []
    heads = _resolve(em.head, em.head_types, spans, unit, authors)
    names = _named_by_anaphor(_joint_names(units[uj], t), unit, spans, event_nouns, wider)
    return [(ui, units[uj].start, unit.end, h, em.type, t2, rule) for t2 in names for h in heads]


def _title_named(em: Emit, rule: Rule, spans: dict, units: list[_Unit], ui: int, authors) -> list[tuple]:
    """The mentions of the emit's head types that the title of the last policy before
    the match (in its sentence, or else the sentence before) names, when the text also
    names them on their own in the sentence before, this one or the next: 印发《关于支持建设
    新一代人工智能示范应用场景的通知》，支持建设A、B…十个示范应用场景。…人工智能… → 人工智能
    is applied in A and B.  Only the longest such names (人工智能, not 智能)."""
    unit = units[ui]
    k = bisect.bisect_left(unit.enc_pos, spans["@match"][0])
    policy = next((m for m in reversed(unit.mentions[:k]) if m.type == "Policy"), None)
    if policy is None and ui:
        policy = next((m for m in reversed(units[ui - 1].mentions) if m.type == "Policy"), None)
    if policy is None:
        return []
    nearby = (m for uj in range(max(0, ui - 1), min(len(units), ui + 2)) for m in units[uj].mentions if m is not policy)
    names = names_in_title(policy.text[:MAX_TITLE_CHARS], nearby, em.head_types)
    tails = _resolve(em.tail, em.tail_types, spans, unit, authors)
    out = []
    for h in names:
        hu = units[_unit_of(units, h.start)]
        s, e = min(hu.start, unit.start), max(hu.end, unit.end)
        out.extend((ui, s, e, h, em.type, t, rule) for t in tails)
    return out


def _matches(rule: Rule, enc: str, gated: bool = False) -> list[re.Match]:
    """All matches of a rule in a placeholder string, overlapping where a tail
    list can head the next match (resume at the last group), never re-matching a
    suffix of a list already related.  GATED: the caller found the rule's
    `Rule.rest_gate` in ENC already (`PatternSet.rules_for` given ENC),
    so it is not looked for again from the start."""
    out = []
    pos = 0
    rest = rule.rest_gate  # (no match of its rest from pos: no match from pos)
    while pos <= len(enc):
        if rest is not None and not (gated and pos == 0) and rest.search(enc, pos) is None:
            break
        m = rule.regex.search(enc, pos)
        if not m:
            break
        groups = [g for g in m.groupdict() if g != "title" and m.start(g) >= 0]
        nxt = max(m.start(g) for g in groups) if len(groups) > 1 else m.end()
        pos = max(nxt, m.start() + 1)
        title = m.groupdict().get("title")
        if rule.title_forbidden is not None and title and rule.title_forbidden.search(title):
            continue
        if rule.not_after is not None and rule.not_after.search(enc, 0, m.start()):
            continue
        out.append(m)
    return out


_CLAUSE_OPEN = re.compile(r"(?:^|[，,；;。：:“])([^\ue000-\uf8ff，,；;。：:的]{0,12})$")
_POLICY_OR_EVENT = re.compile("[\ue005\ue007]")
_NEW_SUBJECT = re.compile("[；;]\\s*[\ue003\ue004]")
# a policy or meeting right before (“A”“B”, 《A》、《B》), or a quoted name the recogniser missed
# joined to it (实施“A”和“B”工程): the opener is the next item of its list
_LIST_BEFORE = re.compile("(?:[\ue005\ue007][”\"》]?(?:[、和与及]|“|\")*|[”\"》](?:[、和与及]|以及)[“\"]?)$")


def _clip_rest(rest: tuple[int, int], later: list[re.Match], enc: str, object_verbs: re.Pattern) -> tuple[int, int]:
    """What a policy/meeting 'proposes' ends where another policy or meeting opens
    a clause of its own (……提出A；《B》部署C / ……提出A，《B》明确C: C belongs to
    《B》 only), or where a later match of the same rule has its head.  A policy
    that is the object of a verb (开展“人工智能+”行动) does not end it."""
    openers = [m.start("head") for m in later if "head" in m.groupdict() and m.start("head") > rest[0]]
    openers += [m.start() for m in _POLICY_OR_EVENT.finditer(enc, rest[0] + 1, rest[1])]
    # ……；工业和信息化部等四部门出台《B》，…: a body or person opening a clause after ； is a new subject
    openers += [m.end() - 1 for m in _NEW_SUBJECT.finditer(enc, rest[0] + 1, rest[1])]
    for hs in sorted(openers):
        if _LIST_BEFORE.search(enc, max(0, hs - 4), hs):
            continue  # 实施“A”“B”等行动: the next item of a list of policies, not a new subject
        opener = _CLAUSE_OPEN.search(enc, max(0, hs - 13), hs)  # a clause start at most 13 characters back
        # (实施“A”行动: the quotation mark opens a name the verb before it takes)
        if opener and not object_verbs.search(opener.group(1).rstrip("“\"")):
            q = opener.start(1) - 1
            if not opener.group(1) and q >= 0 and enc[q] in "“\"" and object_verbs.search(enc, max(0, q - 12), q):
                continue  # 在A、B等方面推进“某某+”: the verb before the quotation mark takes the name
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
# a person or body that only reports the sentence (X认为，… / X发布的报告指出，…) is not its subject
_REPORTERS = frozenset({"Person", "Institution", "Publication"})
_REPORTING = re.compile(r"[^，,。；！？]{0,12}(?:认为|指出|表示|显示|称|说|介绍|预测|强调|提出)[，,：:]")
# a mention introduced by one of these, or inside a 在… frame (在中医药新型医疗服务方面), is an adverbial, not the subject
_NOT_SUBJECT = re.compile(r"(?:相较于?|相比于?|与|和|同|对于|对|除了?|在|随着|不同于|比|从|向|为|把|将|以|通过)\s*$|在[^，,]*$")


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
            if first.type in _REPORTERS and _REPORTING.match(unit.enc, pos + 1):
                continue  # 研究院发布的白皮书认为，6G…: the reporter frames the clause, it is not its subject
            return [first] if first.type in types else []
        return []
    if name not in spans:
        return []
    return _in_group(unit, spans[name], types)


_OBJECT_BEFORE = re.compile(r"[^\ue000-\uf8ff，,。；;：:“\"\s][“\"]?$")  # something of its clause before a policy


def _carry(rule: Rule, carried: list, units: list[_Unit], ui: int, text: str, pats: PatternSet) -> list[tuple]:
    """A policy/meeting that 'proposes' something (``carried``: its heads and their
    emits) keeps being the subject of the next sentences while each has no
    subject of its own and opens with a continuation (其中 / 到2025年 / 同时 …;
    a meeting's statement also with a speech continuation: 要… / 他强调…):
    at most ``pats.carry_units`` of them."""
    out = []
    if not carried:
        return out
    start = units[ui].start
    for uj in range(ui + 1, min(len(units), ui + 1 + pats.carry_units)):
        nxt = units[uj]
        opening = text[nxt.start:nxt.end].lstrip()
        # a new subject ends the carry; a policy its clause's verb takes (…，加快建设某某强国) is no subject
        if any(x.type in ("Policy", "Event", "Person", "Institution") and (x.type != "Policy" or not _OBJECT_BEFORE.search(
                text, max(nxt.start, x.start - 12), x.start)) for x in nxt.mentions):
            break
        if not pats.continuation.search(opening):
            # 要… after 《规划》提出… is the writer's own advice; after a speaker at a meeting it is the speech
            carried = [(h, em) for h, em in carried if h.type == "Event"]
            if not carried:
                break
            if not pats.speech_continuation.search(opening):
                continue  # the speaker's reasoning between his 要… sentences: passed over, not related
        for h, em in carried:
            for t in nxt.mentions:
                if t.type in em.tail_types:
                    out.append((uj, start, nxt.end, h, em.type, t, rule))
    return out


_NEVER = re.compile("(?!)")
_NEWLINE = re.compile("\n")


_PRIORITY_TAILS = SIGNATURES["prioritizes"][1]
# what a field of application (tail_not_priority) may belong to
_FIELD_OWNERS = frozenset({"Technology", "Industry"})


def _compound_field(title: str, name: str, prefix: re.Pattern) -> bool:
    """TITLE holds NAME right after PREFIX (智慧 + 农业 in 《某省智慧渔业行动计划》)."""
    i = title.find(name)
    while i > 0:
        if prefix.search(title, 0, i):
            return True
        i = title.find(name, i + 1)
    return False


def _title_names(title: str, name: str, names: set[str]) -> bool:
    """TITLE is named after NAME: it holds NAME, and no longer name of NAMES that holds
    NAME too (《关于推进数字创意产业…的意见》 is named after 数字创意产业, not 创意产业)."""
    return name in title and not any(name != o and name in o and o in title for o in names)


def _pass_rule(rule_id: str, priority: int, confidence: float) -> Rule:
    """The Rule record of a document-level pass (for priorities and evidence)."""
    return Rule(rule_id, _NEVER, frozenset(), (), priority, confidence, False, None)


def _headings(sc: SectionClass, units: list[_Unit], bounds: list[tuple[int, int]],
              openers: dict[str, list[int]] | None = None) -> list[re.Match | None]:
    """Each unit's text within its BOUNDS matched whole as SC's heading; tried
    only where it opens with a character a heading can begin with (a numeral,
    a bracket …): most units are no heading, and the test costs less than the
    match.  The test is made once per character (OPENERS: `_openers`), not per unit."""
    fullmatch = sc.heading.fullmatch
    firsts = first_gate(sc.heading)
    if firsts is None:
        return [fullmatch(unit.enc, lo, hi) for unit, (lo, hi) in zip(units, bounds)]
    opens = firsts.match
    out: list[re.Match | None] = [None] * len(units)
    for ch, ix in (openers if openers is not None else _openers(units, bounds)).items():
        if opens(ch) is not None:
            for i in ix:
                lo, hi = bounds[i]
                out[i] = fullmatch(units[i].enc, lo, hi)
    return out


def _openers(units: list[_Unit], bounds: list[tuple[int, int]]) -> dict[str, list[int]]:
    """The indices of the units by the character their text within BOUNDS opens
    with (an empty one opens with none: no heading)."""
    out: dict[str, list[int]] = {}
    for i, (unit, (lo, hi)) in enumerate(zip(units, bounds)):
        if lo < hi:
            ix = out.get(unit.enc[lo])
            if ix is None:
                out[unit.enc[lo]] = [i]
            else:
                ix.append(i)
    return out


def _bounds(enc: str) -> tuple[int, int]:
    """The span of ENC without its leading and trailing spaces."""
    lo, hi = len(enc) - len(enc.lstrip()), len(enc.rstrip())
    return lo, max(lo, hi)


def _section_members(sc: SectionClass, units: list[_Unit], cands: list[tuple], bounds: list | None = None,
                     openers: dict | None = None) -> list[tuple]:
    """Lists in the sentences after a heading or topic sentence that names one
    category (二、加快发展现代服务业 / 培育壮大海洋经济。) are parts of it; a list
    that already has its own category (…等生产性服务业) makes that category the
    part.  After a heading naming a policy (（三）深入实施“人工智能+”行动) the lists
    are its priorities.  One pass over the units: linear."""
    if sc.clause:
        return _clause_members(sc, units)
    rule = _pass_rule(f"{sc.relation}.section_class", 2, sc.confidence)
    class_types, item_types = _SECTION_RELATIONS[sc.relation]
    part_of: dict[int, dict[int, Mention]] = {}  # unit -> {id(item): its own category}
    if sc.relation == "partOf":
        for c in cands:
            if c[4] == "partOf":
                part_of.setdefault(c[0], {})[id(c[3])] = c[5]
    out = []
    # (each unit once: a heading also ends the section before it)
    headings = _headings(sc, units, bounds if bounds is not None else [_bounds(unit.enc) for unit in units], openers)
    ui = 0
    while ui < len(units):
        m = headings[ui]
        if m is None:
            ui += 1
            continue
        head_unit = units[ui]
        cls = _in_group(head_unit, m.span("class"), class_types)
        if len(cls) != 1 or not sc.class_surface.search(cls[0].text):
            ui += 1
            continue
        cls = cls[0]
        members = item_types or {cls.type}
        uj = ui + 1
        while uj < len(units) and uj <= ui + sc.units:
            unit = units[uj]
            if headings[uj] or (sc.ends is not None and sc.ends.match(unit.enc.lstrip())):
                break  # the next heading starts a new section
            own = part_of.get(uj, {})
            for im in sc.items.finditer(unit.enc):
                for item in _in_group(unit, im.span("items"), members):
                    member = own.get(id(item), item)
                    if member.text == cls.text or member.type not in members:
                        continue
                    if member is item and sc.member_not is not None and sc.member_not.search(item.text):
                        continue  # 培育壮大新兴产业。推动传统产业升级: a sibling, not a part
                    if sc.relation in ("partOf", "appliedIn"):  # item -> category
                        out.append((uj, head_unit.start, unit.end, member, sc.relation, cls, rule))
                    else:
                        out.append((uj, head_unit.start, unit.end, cls, sc.relation, member, rule))
            uj += 1
        ui = uj
    return out


_CLAUSE_END = re.compile("[，,；;：:]")
_SENTENCE_PART_END = re.compile("[；;]")


def _clause_members(sc: SectionClass, units: list[_Unit]) -> list[tuple]:
    """A sentence (or a part after ；) opening with a clause that names one
    category (发展壮大X产业，…加快发展A，统筹布局B…): the lists its later clauses
    promote are parts of it, up to the next ；.  One pass over each unit: linear."""
    rule = _pass_rule(f"{sc.relation}.section_class", 2, sc.confidence)
    class_types, item_types = _SECTION_RELATIONS[sc.relation]
    out = []
    for ui, unit in enumerate(units):
        enc = unit.enc
        start = len(enc) - len(enc.lstrip())
        while start < len(enc):
            part_end = _SENTENCE_PART_END.search(enc, start)
            part_end = part_end.end() if part_end else len(enc)
            cut = _CLAUSE_END.search(enc, start, part_end)
            if cut is not None and enc[cut.start()] in "，,":
                m = sc.heading.fullmatch(enc, start, cut.start())
                cls = _in_group(unit, m.span("class"), class_types) if m else []
                if len(cls) == 1 and sc.class_surface.search(cls[0].text):
                    cls = cls[0]
                    members = item_types or {cls.type}
                    for im in sc.items.finditer(enc, cut.start(), part_end):
                        for item in _in_group(unit, im.span("items"), members):
                            if item.text in cls.text or item.type not in members:
                                continue  # 发展智慧渔业，推动渔业…: the category is named after the item, a kind of it
                            if sc.member_not is not None and sc.member_not.search(item.text):
                                continue
                            out.append((ui, unit.start, unit.end, item, "partOf", cls, rule))
            start = part_end
            while start < len(enc) and enc[start].isspace():
                start += 1
    return out


def _title_relations(tr: TitleRules, units: list[_Unit], mentions: list[Mention], text: str) -> list[tuple]:
    """What a policy's title states: 《国务院关于…》 and 《工业和信息化部等七部门关于…》
    are issued by the institution they open with, when the text names it; a policy
    named after a technology or industry of the same paragraph prioritizes it
    (“人工智能+”行动 → 人工智能; 《关于推动未来产业创新发展的实施意见》 → 未来产业)."""
    issuer_rule = _pass_rule("issuedBy.title_issuer", 4, tr.issuer_confidence)
    named_rule = _pass_rule("prioritizes.named_after", 1, tr.named_after_confidence)
    policies = [m for m in mentions if m.type == "Policy"]
    if not policies:
        return []
    institutions: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "Institution":
            institutions.setdefault(m.text, m)
            institutions.setdefault(m.label, m)
    # technologies and industries by paragraph (text between newlines) and surface
    para_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    by_para: dict[int, dict[str, Mention]] = {}
    longest = 0
    for m in mentions:
        if m.type in ("Technology", "Industry") and len(m.text) >= max(1, tr.named_after_min_chars):
            by_para.setdefault(bisect.bisect_right(para_starts, m.start), {}).setdefault(m.text, m)
            longest = max(longest, len(m.text))
    out = []
    for p in policies:
        ui = _unit_of(units, p.start)
        s, e = units[ui].start, units[ui].end
        if tr.issuer is not None:
            im = tr.issuer.match(p.text)
            inst = institutions.get(im.group("issuer")) if im else None
            if inst is not None:
                out.append((ui, s, e, p, "issuedBy", inst, issuer_rule))
        # every substring of the title looked up among the paragraph's surfaces:
        # the cost depends on the title, not on how long the paragraph is
        surfaces = by_para.get(bisect.bisect_right(para_starts, p.start))
        if not surfaces:
            continue
        inner = p.text[:MAX_TITLE_CHARS]
        found: list[tuple[int, int, Mention]] = []
        lo = max(1, tr.named_after_min_chars)
        for k in range(len(inner)):
            for kend in range(k + lo, min(len(inner), k + longest) + 1):
                t = surfaces.get(inner[k:kend])
                if t is not None:
                    found.append((k, kend, t))
        # the longest name wins where two overlap (工业互联网, not 工业, in 工业互联网创新发展工程)
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        end = -1
        for k, kend, t in found:
            if k < end:
                continue
            end = kend
            out.append((ui, s, e, p, "prioritizes", t, named_rule))
    return out


def _alias_relations(tr: TitleRules, units: list[_Unit], mentions: list[Mention], cands) -> list[tuple]:
    """A short title (《意见》, 《实施方案》) that stands for a full title named before
    it in the document (its label is that title) states what the full title does:
    X印发《关于…的意见》。《意见》要求… → 《意见》 is issued by X too; and what the short
    title states (relation types `full_takes`) the full title states too:
    《意见》提出发展A → 《关于…的意见》 prioritizes A.  A policy referred to by 该
    and its kind (该规划) takes the full title's relations of `alias_relations` too,
    and gives its own of `anaphor_gives` to the name written last before it: the full
    title, or the short title defined for it."""
    shorts: dict[str, list[Mention]] = {}
    anaphor = policy_anaphor()
    anaphors: set[int] = set()  # (该规划, 该意见: the policy named before, by its kind)
    policies = [m for m in mentions if m.type == "Policy"]
    for i, m in enumerate(policies):
        if not m.text.startswith("《"):
            if anaphor is not None and len(m.text) < len(m.label) and anaphor.fullmatch(m.text):
                shorts.setdefault(m.label, []).append(m)
                anaphors.add(id(m))
            continue
        if len(m.text) < len(m.label):
            shorts.setdefault(m.label, []).append(m)
        elif m.label == m.text and m.text.endswith("》"):
            # left unlinked (印发关于…的指导意见，…。《指导意见》…: a full title written without
            # 《》 is not linked): the latest earlier policy whose title ends with it
            inner = m.text[1:-1]
            for p in reversed(policies[:i]):
                core = title_core(p.text)
                if len(core) > len(inner) and core.endswith(inner):
                    shorts.setdefault(p.label, []).append(m)
                    break
    if not shorts:
        return []
    short_ids = {id(a) for group in shorts.values() for a in group}
    rules = {t: _pass_rule(f"{t}.short_title", 2, tr.alias_confidence) for t in tr.alias_relations}
    gives = {t: _pass_rule(f"{t}.anaphor", 2, tr.alias_confidence) for t in tr.anaphor_gives}
    taken = {t: _pass_rule(f"{t}.full_title", 2, tr.alias_confidence) for t in tr.full_takes}
    # a short title -> the full title written last before it; an anaphor (该方案) -> the
    # name written last before it, a short title defined for the full one included
    # (…方案（以下简称《某方案》）。该方案明确… → 《某方案》)
    full_of: dict[int, Mention] = {}
    for label, group in shorts.items():
        fulls = [p for p in policies if p.label == label and id(p) not in short_ids]
        named = [p for p in policies if p.label == label and id(p) not in anaphors]
        for a in group:
            if a.label != label:
                continue  # linked by the title's ending only (a full title without 《》): too loose to speak for it
            before = [p for p in (named if id(a) in anaphors else fulls) if p.start < a.start]
            if before:
                full_of[id(a)] = before[-1]
    out = []
    for c in cands:
        h = c[3]
        if h.type != "Policy":
            continue
        if id(h) in short_ids:
            rule = (gives if id(h) in anaphors else taken).get(c[4])
            if rule is not None and id(h) in full_of:
                out.append((c[0], c[1], c[2], full_of[id(h)], c[4], c[5], rule))
            continue
        if c[4] not in rules:
            continue
        for a in shorts.get(h.label, ()):
            if a.start > h.start:
                ui = _unit_of(units, a.start)
                out.append((ui, units[ui].start, units[ui].end, a, c[4], c[5], rules[c[4]]))
    return out


def _event_short_relations(tr: TitleRules, mentions: list[Mention], cands) -> list[tuple]:
    """An event's short name written after its full name (2024某某海洋经济博览会…本届海博会聚焦…:
    its characters in the full name's order, the same last character) states what the
    event does: its relations of the types `event_short_takes` hold for the full name
    too, in the short name's sentence; and the full name's relations of the types
    `event_short_gets` hold for the short name too, in the full name's sentence (某某在
    2024某某博览会上致辞 → 某某 spokeAt 本届某博会).  Only a short name one full name (or one edition
    and its series, 2024某博会 and 某博会) of the text before it accounts for; a series
    name inside an edition's (某某大会 after 2024某某大会) is left alone: it may name the series."""
    events = [m for m in mentions if m.type == "Event"]
    full_of: dict[int, Mention] = {}
    for m in events:
        before = {e.text: e for e in events if e.end <= m.start and m.text not in e.text}
        full = full_name_of(m.text, before)
        if full is not None:
            full_of[id(m)] = before[full]
    if not full_of:
        return []
    rules = {t: _pass_rule(f"{t}.full_event", 2, tr.alias_confidence) for t in tr.event_short_takes}
    gets = {t: _pass_rule(f"{t}.short_event", 2, tr.alias_confidence) for t in tr.event_short_gets}
    shorts_of: dict[int, list[Mention]] = {}
    for m in events:
        if id(m) in full_of:
            shorts_of.setdefault(id(full_of[id(m)]), []).append(m)
    out = []
    for c in cands:
        if c[4] in rules:
            head, tail = full_of.get(id(c[3])), full_of.get(id(c[5]))
            if head is not None or tail is not None:
                out.append((c[0], c[1], c[2], head or c[3], c[4], tail or c[5], rules[c[4]]))
        if c[4] in gets:
            out.extend((c[0], c[1], c[2], short, c[4], c[5], gets[c[4]]) for short in shorts_of.get(id(c[3]), ()))
            out.extend((c[0], c[1], c[2], c[3], c[4], short, gets[c[4]]) for short in shorts_of.get(id(c[5]), ()))
    return out


def _finalise(cands: list[tuple], text: str, doc_id: str) -> list[Relation]:
    # per unit and surface pair, only the highest-priority rule speaks
    best: dict[tuple, int] = {}
    for ui, s, e, h, typ, t, rule in cands:
        key = (ui, h.text, t.text)
        best[key] = max(best.get(key, rule.priority), rule.priority)
    out: list[Relation] = []
    seen: set[tuple] = set()
    spans: dict[tuple, list[tuple]] = {}  # (head, type, tail) labels -> [(start, end, surface pairs)] kept
    for ui, s, e, h, typ, t, rule in cands:
        if h.text == t.text or h.label == t.label or rule.priority < best[(ui, h.text, t.text)]:
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
        # one statement per sentence: evidence overlapping a kept one for the same
        # relation (a carried or cross-sentence span) is the same support
        kept = spans.setdefault((h.label, typ, t.label), [])  # disjoint, sorted by start
        i = bisect.bisect_left(kept, (s,))
        overlap = next((kept[j] for j in (i - 1, i) if 0 <= j < len(kept) and s < kept[j][1] and kept[j][0] < e), None)
        if overlap is not None:
            if (h.text, t.text) in overlap[2]:
                continue
            s, e = overlap[0], overlap[1]  # another surface pair (工信部 / 工业和信息化部): same evidence
            overlap[2].add((h.text, t.text))
        else:
            kept.insert(i, (s, e, {(h.text, t.text)}))
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
