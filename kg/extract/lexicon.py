"""Loading the extractor's data: lexicons (ontology/lexicon/*.tsv), stop-lists and
the entity pattern file (ontology/patterns/entities.json).

Lexicon rows are ``term<TAB>type<TAB>canonical label<TAB>alias|alias``; an empty
label means the term is its own label, and every alias is matched as a surface
of that label.  Everything is loaded once per process and cached.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.model import ENTITY_TYPES
from kg.resources import ONTOLOGY_DIR

LEXICON_DIR = ONTOLOGY_DIR / "lexicon"
PATTERNS_DIR = ONTOLOGY_DIR / "patterns"

# full-width ASCII (！ to ～) and the ideographic space map 1:1 to half-width, so
# offsets in the normalised text are offsets in the original text
_WIDTH_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20


_FULL_WIDTH = re.compile("([\uff01-\uff5e\u3000])")  # (one group: split keeps the characters)
_HALF_OF = {chr(c): chr(h) for c, h in _WIDTH_TABLE.items()}


def half_width(text: str) -> str:
    """Full-width ASCII variants to half-width, same length (offsets preserved).
    (``text.translate(_WIDTH_TABLE)``: translate looks every character up in
    the table, 7x slower on Chinese text, where these are a few percent; and a
    substitution calls back into Python for each of them, the full-width
    comma of every clause: the text is split at them and joined again with
    their half-width forms, in C.)"""
    if _FULL_WIDTH.search(text) is None:
        return text
    parts = _FULL_WIDTH.split(text)  # (the characters found are the odd parts)
    parts[1::2] = map(_HALF_OF.__getitem__, parts[1::2])
    return "".join(parts)


@dataclass
class Lexicon:
    # normalised surface -> (type, canonical label)
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)
    # canonical label -> surfaces (including itself)
    surfaces: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    not_entities: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    # surnames read as one only where a frame shows a name (after a role title and
    # before 在/出席/作…, in a byline): 百家姓 surnames that open frequent words (surnames_framed.txt)
    surnames_framed: frozenset[str] = frozenset()
    person_titles: tuple[str, ...] = ()
    # words jieba's dictionary lacks that must stay whole tokens (segment_words.txt)
    segment_words: tuple[str, ...] = ()
    # words of jieba's dictionary that glue a body's head to a title after it (split_words.txt)
    split_words: tuple[str, ...] = ()
    # lexicon file stem (region_foreign …) -> the surfaces it lists (terms and aliases)
    by_file: dict[str, frozenset[str]] = field(default_factory=dict)


def _read_lines(path: Path):
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield lineno, raw.rstrip("\n")


@lru_cache(maxsize=1)
def load_lexicon(directory: str | None = None) -> Lexicon:
    lex_dir = Path(directory) if directory else LEXICON_DIR
    lex = Lexicon()
    for path in sorted(lex_dir.glob("*.tsv")):
        in_file: set[str] = set()
        for lineno, raw in _read_lines(path):
            cols = [c.strip() for c in raw.split("\t")]
            if len(cols) < 2 or len(cols) > 4 or not cols[0]:
                raise KgError(f"{path.name}:{lineno}: expected 'term<TAB>type[<TAB>label<TAB>aliases]'")
            if cols[1] not in ENTITY_TYPES:
                raise KgError(f"{path.name}:{lineno}: unknown entity type {cols[1]!r} (known: {', '.join(ENTITY_TYPES)})")
            term, etype = half_width(cols[0]), cols[1]
            label = half_width(cols[2]) if len(cols) > 2 and cols[2] else term
            aliases = [half_width(a) for a in cols[3].split("|") if a] if len(cols) > 3 else []
            for surface in [term, *aliases]:
                old = lex.terms.get(surface)
                if old is not None and old != (etype, label):
                    raise KgError(
                        f"{path.name}:{lineno}: {surface!r} is already {old[0]} {old[1]!r}; "
                        "a surface may name one entity only"
                    )
                lex.terms[surface] = (etype, label)
                lex.surfaces.setdefault((label, etype), set()).add(surface)
                in_file.add(surface)
            lex.surfaces.setdefault((label, etype), set()).add(label)
        lex.by_file[path.stem] = frozenset(in_file)
    lex.not_entities = frozenset(_words(lex_dir / "not_entities.txt"))
    lex.surnames = frozenset(_words(lex_dir / "surnames.txt"))
    lex.surnames_framed = frozenset(_words(lex_dir / "surnames_framed.txt")) - lex.surnames
    lex.person_titles = tuple(sorted(_words(lex_dir / "person_titles.txt"), key=len, reverse=True))
    lex.segment_words = tuple(_segment_words(lex_dir / "segment_words.txt"))
    lex.split_words = tuple(_segment_words(lex_dir / "split_words.txt"))
    return lex


def _segment_words(path: Path) -> list[str]:
    words = _words(path)
    seen: set[str] = set()
    for word in words:
        if len(word) < 2:
            raise KgError(f"{path.name}: {word!r}: a segmentation word has two characters at least")
        if word in seen:
            raise KgError(f"{path.name}: {word!r}: listed twice")
        seen.add(word)
    return words


def _words(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for _, raw in _read_lines(path):
        out.extend(w for w in raw.split() if w)
    return out


@lru_cache(maxsize=1)
def policy_anaphor() -> re.Pattern | None:
    """entities.json ``policy_formulas.anaphor_regex`` compiled (该规划, 该意见: a
    policy referred to by its kind), read by the document aliases and the
    relation pass alike."""
    rx = load_entity_patterns()["policy_formulas"].get("anaphor_regex")
    return re.compile(rx) if rx else None


@lru_cache(maxsize=1)
def short_name_definition() -> re.Pattern:
    """entities.json ``policy_formulas.short_name_regex`` compiled: the bracket
    right after a name that defines its short name (（以下简称“X”）, （下称《X》）: group
    ``short``) or its Latin acronym (（ABC）: group ``latin``)."""
    return re.compile(load_entity_patterns()["policy_formulas"]["short_name_regex"])  # (groups checked on load)


@lru_cache(maxsize=1)
def load_entity_patterns(path: str | None = None) -> dict:
    """The entity pattern file, validated: an unknown key, a value of the wrong
    type, an unknown entity type or a regex that does not compile is a one-line
    KgError naming the file and the key (ontology/patterns/README.md lists them)."""
    p = Path(path) if path else PATTERNS_DIR / "entities.json"
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise KgError(f"cannot read entity patterns {p}: {e}") from None
    data = expand_regex_parts(data, p.name)
    validate_patterns(data, p.name)
    return data


_PART_REF = re.compile(r"<<(\w+)>>")


def expand_regex_parts(data, name: str = "entities.json"):
    """DATA with every <<part>> in its strings replaced by the regex of that name
    in its top-level ``regex_parts``, so a pattern two rules share (a company
    officer's titles) is written once; a part may use other parts (an event's
    topics, <<event_two_topics>>, holds the event heads, <<held_event_heads>>).
    An unknown part, or a part that uses itself, is a one-line KgError."""
    parts = data.get("regex_parts", {}) if isinstance(data, dict) else {}

    def part(m: re.Match, using: tuple[str, ...] = ()) -> str:
        ref = m.group(1)
        if ref not in parts:
            raise KgError(f"patterns {name}: unknown regex part <<{ref}>> (regex_parts has: "
                          f"{', '.join(sorted(parts)) or 'none'})")
        if ref in using:
            raise KgError(f"patterns {name}: regex part <<{ref}>> uses itself ({' -> '.join((*using, ref))})")
        return _PART_REF.sub(lambda n: part(n, (*using, ref)), parts[ref])

    def expand(value):
        if isinstance(value, str):
            return _PART_REF.sub(part, value)
        if isinstance(value, list):
            return [expand(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k == "regex_parts" else expand(v) for k, v in value.items()}
        return value

    return expand(data)


# --- the entity pattern file's schema: key -> kind (see _check for the kinds)

_STRS, _TYPES, _INT, _BOOL, _STR, _RX = "strings", "types", "int", "bool", "str", "regex"
_HEAD_KEYS = {
    "_doc": _STR, "type": "type", "suffixes": _STRS, "max_modifier_tokens": _INT, "max_chars": _INT,
    "min_modifier_chars": _INT, "modifier_must_be_lexicon": _BOOL, "lexicon_modifier_types": _TYPES,
    "proper_tags": _STRS, "proper_words": _STRS, "proper_not_required_suffixes": _STRS,
    "boundary_extra": _STRS, "boundary_allow": _STRS, "whole_token_tags": _STRS, "modifier_tags": _STRS,
    "modifier_vocab": _STRS, "extend_whole_tokens": _BOOL, "modifier_stop_suffixes": _STRS, "stop_chars": _STR, "split_outer_place": _BOOL, "split_outer_place_inner_suffixes": _STRS, "split_outer_place_outer_not_suffixes": _STRS, "split_outer_place_inner_lexicons": "lexicon_files", "after_regex": _RX,
    "modifier_stop_regex": _RX, "class_modifiers": _BOOL, "proper_after_regex": _RX, "split_place_before": _TYPES, "split_place_before_words": _STRS, "foreign_place_keeps_words": _STRS, "split_place_before_transliterated": _STRS, "class_only_heads": _STRS, "class_only_descriptors": _STRS,
    "open_modifiers": {"_doc": _STR, "heads": _STRS, "tags": _STRS, "max_tokens": _INT, "required": _BOOL, "alone": _BOOL, "not_alone_tags": _STRS, "verb_tags": _STRS, "single_char_tags": _STRS, "single_char_tags_before_word": _STRS, "single_char_tags_before_lexicon": _STRS, "word_tags_before_lexicon": _STRS},
    "head_opens_unknown_word": _BOOL, "stem_verb_tags": _STRS, "not_after_chars": _STR, "glued_tails": _STRS,
    "not_before_regex": _RX, "class_word_names": _BOOL, "name_not_after_regex": _RX, "head_dropped_after_regex": _RX, "head_dropped_suffixes": _STRS, "strip_leading_chars": _STR,
    "cut_after": {"_doc": _STR, "heads": _STRS, "tags": _STRS},
}
_REGEX_RULE_KEYS = {"_doc": _STR, "id": _STR, "type": "type", "regex": _RX, "group": _INT, "priority": _INT,
                    "requires": "literals"}
_WHOLE_ITEM_KEYS = {"_doc": _STR, "types": _TYPES, "max_chars": _INT, "max_tokens": _INT, "inner_tags": _STRS,
                    "lead_tags": _STRS, "stop_words": _STRS, "lead_function_chars": _STR, "modifier_tags": _STRS}
_TAIL_CUE_KEYS = {"_doc": _STR, "regex": _RX, "type": "type", "retype_types": _TYPES, "fill_min_chars": _INT,
                  "fill_head_tags": _STRS, "fill_name_tokens_only": _BOOL}
_FORM_KEYS = {"_doc": _STR, "id": _STR, "cues": _STRS, "suffixes": _STRS, "min_body_chars": _INT,
              "max_body_chars": _INT, "cue_particles": _RX, "generic_bodies": _STRS,
              "list_body_suffixes": _STRS, "trim_suffixes": _STRS}
PATTERN_SCHEMA = {
    "_doc": _STR,
    "regex_parts": "regex_map",
    "type_priority": _TYPES,
    "regex_rules": ("list", _REGEX_RULE_KEYS, ("id", "type", "regex")),
    "heads": ("map", _HEAD_KEYS, ("suffixes",)),
    "name_pos": _STRS,
    "boundary_words": _STRS,
    "numeral_units": _STR,
    "head_glued_particles": _STR,
    "name_glued_prepositions": _STR,
    "sub_unit_openings": {"_doc": _STR, "era_words": _STRS, "verb_opened_regex": _RX},
    "generic_tails": _STRS,
    "person": {"_doc": _STR, "cues_after": _STRS, "byline_regex": _RX, "byline_affiliation_regex": _RX, "transliteration_chars": _STR, "cues_before": "regexes",
               "function_chars": _STR, "subject_next_tags": _STRS, "subject_next_words": _STRS,
               "subject_next_not": _STRS, "subject_not_last_chars": _STR, "not_name_endings": _STRS,
               "not_name_last_chars": _STR, "verb_last_chars": _STR,
               "name_conjunction_chars": _STR, "words_after_titled_name": _STRS,
               "rare_surname_not_tags": _STRS, "title_copulas": _STRS, "title_copula_closers": _STR},
    "coordination": {
        "_doc": _STR, "item_regex": _RX, "list_regex": _RX, "types": _TYPES, "min_votes": _INT, "fill_not_last_words": _STRS,
        "min_item_chars": _INT, "max_item_chars": _INT, "list_end_words": _STRS, "ambiguous_terms": _STRS, "ambiguous_heads": _STRS, "gloss_regex": _RX, "joined_item_regex": _RX, "joined_item_apart_joiners": _STRS, "class_count_regex": _RX, "lead_verb_regex": _RX, "item_break_words": _STRS, "item_break_verbs": _STRS, "last_item_modifier_tags": _STRS, "last_item_head_tags": _STRS, "class_fill_retypes": {"_doc": _STR, "Institution": _TYPES},
        "tail_cues": ("list", _TAIL_CUE_KEYS, ("regex", "type")), "whole_items": _WHOLE_ITEM_KEYS,
        "first_item_head_tags": _STRS, "first_verb_item": {"_doc": _STR, "after": _STRS, "tags": _STRS},
        "shared_class_words": _STRS,
        "last_item_class": {"_doc": _STR, "regex": _RX, "type": "type", "retype_types": _TYPES},
        "kept_tail_words": _STRS,
        "list_class_nouns": {"_doc": _STR, "regex": _RX},
        "activity_items": {"_doc": _STR, "type": "type", "activity_tags": _STRS, "not_words": _STRS},
        "rd_objects": {"_doc": _STR, "regex": _RX, "separator_regex": _RX, "type": "type", "retype_types": _TYPES, "item_tags": _STRS, "head_tags": _STRS, "generic_words": _STRS, "min_item_chars": _INT, "max_item_chars": _INT, "min_fill_items": _INT, "sector_tails": _STRS},
        "list_class_names": {"_doc": _STR, "heads": _STRS, "type": "type", "modifier_tags": _STRS, "quality_tags": _STRS, "max_chars": _INT, "generic_words": _STRS, "base_words": _STRS, "listed_items": _INT},
        "list_only_terms": {"_doc": _STR, "terms": _STRS, "list_chars": _STR},
        "led_items": {"_doc": _STR, "lead_words": _STRS, "marks": _STR, "ends": _STR, "not_tags": _STRS, "not_words": _STRS, "type": "type"},
        "field_majority": {"_doc": _STR, "regex": _RX, "type": "type", "retype_types": _TYPES, "retype_heads": _STRS},
        "pairs": {"_doc": _STR, "item_tags": _STRS, "inner_tags": _STRS, "min_item_chars": _INT, "max_item_chars": _INT, "same_head_chars": _INT,
                  "head_types": _TYPES, "not_heads": _STRS, "not_same_heads": _STRS, "tail_class_words": {"Technology": _STRS, "Industry": _STRS}},
        "term_siblings": {"_doc": _STR, "tags": _STRS, "not_last_words": _STRS, "not_last_tags": _STRS, "extra_tags": {"Technology": _STRS, "Industry": _STRS}},
        "place_pairs": {"_doc": _STR, "regex": _RX, "type": "type", "max_item_chars": _INT, "stop_words": _STRS},
        "noun_numerals": _STRS, "modifier_suffix_chars": _STR, "modifier_prefix_word": _STR, "model_suffix_word": _STR, "applied_subject_regex": _RX, "means_subject_regex": _RX,
        "generic_sector_items": {"_doc": _STR, "class_regex": _RX, "tags": _STRS, "min_known": _INT, "type": "type"},
        "same_head_lists": {"_doc": _STR, "heads": _STRS, "min_items": _INT, "max_item_chars": _INT, "extra_tags": _STRS, "type": "type"},
        "open_lists": {"_doc": _STR, "verbs": _STRS, "opening_modifiers": _STRS, "ambiguous_head_min_items": _INT, "tail_class_words": {"_doc": _STR, "Technology": _STRS, "Industry": _STRS}, "tail_class_min_items": _INT, "verb_types": {"_doc": _STR, "Technology": _STRS, "Industry": _STRS}, "verb_type_min_items": _INT, "counted_fields": {"_doc": _STR, "regex": _RX, "type": "type"}, "counted_named_class": {"_doc": _STR, "after_regex": _RX}, "fields_lead_tags": _STRS, "verb_led_heads": {"_doc": _STR, "types": _TYPES}, "list_regex": _RX, "separator_regex": _RX, "fields_regex": _RX,
                       "min_item_chars": _INT, "max_item_chars": _INT, "item_tags": _STRS, "lead_tags": _STRS, "not_last_words": _STRS, "last_item_activity_words": _STRS, "last_item_manner_words": _STRS,
                       "not_first_words": _STRS, "fields_min_item_chars": _INT, "applied_generic_min_chars": _INT, "applied_verb_item_tails": _STRS, "chain_regex": _RX,
                       "chain_lead_tags": _STRS, "chain_skip_tags": _STRS, "chain_clause_words": _STRS, "max_headless_item_chars": _INT,
                       "fields_split_rules": _STRS, "applied_retype_types": _TYPES, "frame_regex": _RX, "sector_class_regex": _RX, "applied_regexes": "regexes", "process_suffix": {"_doc": _STR, "suffix": _STR, "min_word_chars": _INT},
                       "heads": {"Technology": _STRS, "Industry": _STRS},
                       "product_heads": {"_doc": _STR, "type": "type", "heads": _STRS, "not_words": _STRS}},
    },
    "compounds": {"_doc": _STR, "types": _TYPES, "adjacent_stop_suffixes": _STRS, "adjacent_apart_terms": _STRS, "max_chars": _INT, "joiners": _STRS, "max_stem_chars": _INT, "stem_tags": _STRS,
                  "stem_not_after_tags": _STRS, "object_terms": _STRS, "object_tags": _STRS, "shared_not_before_regex": _RX,
                  "class_word_after": {"_doc": _STR, "words": _STRS, "type": "type"},
                  "part_after": {"_doc": _STR, "words": _STRS, "rules": _STRS, "type": "type"},
                  "rating_before": {"_doc": _STR, "regex": _RX, "type": "type"}},
    "policy_formulas": {
        "_doc": _STR, "name_chars": _RX, "boundary_after": _RX, "list_joiners": _STRS,
        "forms": ("list", _FORM_KEYS, ("id", "cues", "suffixes")),
        "generic_body_prefixes": _STRS, "generic_bodies": _STRS, "generic_modifiers": _STRS, "generic_body_regex": _RX,
        "period_regex": _RX, "plural_prefixes": _STRS, "programme_projects_word": _STR, "anaphor_regex": _RX, "short_name_regex": _RX,
    },
    "modifier_use": {"_doc": _STR, "types": _TYPES, "nouns": _STRS, "not_before_regex": _RX,
                     "glued_noun": {"_doc": _STR, "max_term_chars": _INT, "tags": _STRS, "min_noun_chars": _INT,
                                    "not_words": _STRS, "not_suffixes": _STRS}},
    "clause_start_names": {"_doc": _STR, "suffix_regex": _RX, "boundary_chars": _STR, "not_chars": _STR},
    "place_after_place": {"_doc": _STR, "tags": _STRS, "min_chars": _INT, "max_chars": _INT, "not_regex": _RX, "short_form_suffixes": _STRS, "short_form_name_tags": _STRS},
    "chain_words": {"_doc": _STR, "suffix": _STR, "followers": _STRS, "followers_not": _STRS},
    "enterprise_lists": {"_doc": _STR, "closing_regex": _RX, "joiners": _STRS, "min_item_chars": _INT, "max_item_chars": _INT,
                         "stop_tags": _STRS, "other_types": _TYPES, "verb_closing_regex": _RX, "verb_openers": _STRS,
                         "single_item_brand_not_tags": _STRS, "single_item_brand_rare_freq": _INT, "project_regex": _RX, "project_clause_marks": _STRS,
                         "brand_opening_tags": _STRS, "brand_only_closing_regex": _RX},
    "applied_fields": {"_doc": _STR, "regex": _RX, "type": "type", "joiners": _STRS, "min_item_chars": _INT,
                       "max_item_chars": _INT, "generic_nouns": _STRS, "generic_min_stem_chars": _INT, "activity_heads": _STRS,
                       "max_activity_item_chars": _INT},
    "member_frames": {"_doc": _STR, "regex": _RX, "share_regex": _RX, "counted_regex": _RX, "joiners": _STRS, "requires": _STRS, "types": _TYPES, "min_chars": _INT, "max_item_chars": _INT, "not_regex": _RX},
    "means_frames": {"_doc": _STR, "regex": _RX, "field_adopts_regex": _RX, "effect_regex": _RX, "enter_regex": _RX, "field_adopts_requires": _STRS, "applied_regex": _RX, "known_subject_regex": _RX, "known_subject_requires": _STRS, "known_means_regex": _RX, "headed_means_regex": _RX, "governed_objects_regex": _RX, "governed_object_heads": _STRS, "governed_not_regex": _RX, "put_to_use_regex": _RX, "field_use_regex": _RX, "subject_applied_regex": _RX, "subject_applied_requires": _STRS, "subject_field_regex": _RX, "subject_field_requires": _STRS, "known_applied_to_regex": _RX, "known_applied_to_requires": _STRS, "known_field_regex": _RX, "known_field_requires": _STRS, "means_type": "type", "target_type": "type",
                     "joiners": _STRS, "target_trim_suffixes": _STRS, "target_stage_suffixes": _STRS, "technology_heads": _STRS, "means_only_heads": _STRS, "target_not_regex": _RX,
                     "means_not_suffixes": _STRS, "means_not_regex": _RX, "means_industry_heads": _STRS, "min_chars": _INT, "max_means_chars": _INT, "max_item_chars": _INT},
    "span_filler": {"_doc": _STR, "not_regex": _RX, "extension_not_word_regex": _RX},
    "title_sectors": {"_doc": _STR, "heads": _STRS, "field_words": _STRS, "field_types": _TYPES, "lead_regex": _RX, "region_suffixes": _STR, "stop_chars": _STR,
                      "max_name_chars": _INT, "window_chars": _INT},
    "class_prefix": {"_doc": _STR, "types": _TYPES, "words": _STRS, "word_regex": _RX, "technology_only_words": _STRS, "sector_only_words": _STRS, "sector_only_not_regex": _RX, "technology_level_words": _STRS, "lexicon_types": _TYPES, "lexicon_targets": _TYPES, "max_chars": _INT,
                     "ordinal_regex": _RX, "ordinal_types": _TYPES, "generation_regex": _RX, "generation_types": _TYPES, "version_regex": _RX, "version_types": _TYPES,
                     "version_max_cjk_chars": _INT, "version_named_heads": _STRS, "quoted_product_classes": _STRS},
}
_REQUIRED_TOP = ("type_priority", "regex_rules", "heads", "name_pos", "boundary_words", "generic_tails",
                 "person", "coordination", "compounds", "policy_formulas", "modifier_use", "class_prefix")


def validate_patterns(data, name: str = "entities.json") -> None:
    def fail(where: str, msg: str):
        raise KgError(f"entity patterns {name}: {where}: {msg}")

    def check(where: str, value, kind) -> None:
        if isinstance(kind, dict):
            if not isinstance(value, dict):
                fail(where, "expected an object")
            for key, sub in value.items():
                if key not in kind:
                    fail(f"{where}.{key}" if where else key, f"unknown key (known: {', '.join(sorted(kind))})")
                check(f"{where}.{key}" if where else key, sub, kind[key])
        elif isinstance(kind, tuple):  # ("list" | "map", item schema, required keys)
            shape, item_kind, required = kind
            if shape == "list" and not isinstance(value, list):
                fail(where, "expected a list of objects")
            if shape == "map" and not isinstance(value, dict):
                fail(where, "expected an object of named entries")
            items = enumerate(value) if shape == "list" else value.items()
            for key, item in items:
                here = f"{where}[{key}]"
                check(here, item, item_kind)
                for req in required:
                    if req not in item:
                        fail(here, f"missing required key {req!r}")
                if shape == "map" and "type" not in item and key not in ENTITY_TYPES:
                    fail(here, f"needs a 'type' (its name is not one of {', '.join(ENTITY_TYPES)})")
        elif kind == _STR:
            if not isinstance(value, str):
                fail(where, "expected a string")
        elif kind == _INT:
            if not isinstance(value, int) or isinstance(value, bool):
                fail(where, "expected an integer")
        elif kind == _BOOL:
            if not isinstance(value, bool):
                fail(where, "expected true or false")
        elif kind == _STRS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                fail(where, "expected a list of strings")
        elif kind == "literals":  # one literal, or a list of them any one of which will do
            if isinstance(value, list):
                check(where, value, _STRS)
                if not value or not all(value):
                    fail(where, "expected a non-empty list of non-empty strings")
            elif not isinstance(value, str):
                fail(where, "expected a string or a list of strings")
        elif kind == "lexicon_files":  # names of lexicon files (ontology/lexicon/NAME.tsv)
            check(where, value, _STRS)
            for v in value:
                if not (LEXICON_DIR / f"{v}.tsv").is_file():
                    fail(where, f"no lexicon file {v}.tsv in {LEXICON_DIR}")
        elif kind == "type":
            if value not in ENTITY_TYPES:
                fail(where, f"unknown entity type {value!r} (known: {', '.join(ENTITY_TYPES)})")
        elif kind == _TYPES:
            check(where, value, _STRS)
            for v in value:
                check(where, v, "type")
        elif kind == "regex_map":
            if not isinstance(value, dict):
                fail(where, "expected an object of named regexes")
            for key, v in value.items():
                check(f"{where}.{key}", v, _RX)
        elif kind == "regexes":
            check(where, value, _STRS)
            for v in value:
                check(where, v, _RX)
        elif kind == _RX:
            check(where, value, _STR)
            try:
                re.compile(value)
            except re.error as e:
                fail(where, f"invalid regex: {e}")

    check("", data, PATTERN_SCHEMA)
    for key in _REQUIRED_TOP:
        if key not in data:
            fail(key, "missing required key")
    ids = [r["id"] for r in data["regex_rules"]]
    for i, rule in enumerate(data["regex_rules"]):
        if ids.count(rule["id"]) > 1:
            fail(f"regex_rules[{i}].id", f"duplicate rule id {rule['id']!r}")
        if rule.get("group", 0) > re.compile(rule["regex"]).groups:
            fail(f"regex_rules[{i}].group", f"the regex has no group {rule['group']}")
    short_name = data.get("policy_formulas", {}).get("short_name_regex")
    if short_name is None:
        fail("policy_formulas.short_name_regex", "missing required key")
    elif not {"short", "latin"} <= set(re.compile(short_name).groupindex):
        fail("policy_formulas.short_name_regex", "needs the groups 'short' and 'latin'")


def trie_regex(words) -> str:
    """One regex alternation factored as a character trie: at each position the
    engine follows one branch, and greedy optional tails give the longest match."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node) -> str:
        terminal = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            if len(branches) == 1 and len(body) > 1:
                body = "(?:" + body + ")"
            return body + "?"
        return body

    return build(trie)
