"""Occasions of dated quotations as Events: a pure function of the occasion text.

A study booklet gives each quotation its occasion (`Document.occasion`,
parsed by ingest): 在中央经济工作会议上的讲话, 在浙江考察时强调, …  Each occasion
names zero or more events (全国科技大会、国家科学技术奖励大会、两院院士大会 names
three); the quotation's speaker spokeAt each, and an event is locatedIn the
regions it names (a visit: the place visited).  The rules are data:
ontology/patterns/occasions.json, validated on load.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import KgError
from kg.extract.datafile import regex_keys
from kg.extract.lexicon import PATTERNS_DIR, half_width, load_lexicon

OCCASIONS_PATH = PATTERNS_DIR / "occasions.json"
_KEYS = ("prefix", "suffix", "split", "skip", "trim", "event_head", "visit", "visit_scope", "policy_setting",
         "priority_cue")


@dataclass(frozen=True)
class OccasionEvent:
    label: str  # the event's name as the occasion writes it
    regions: tuple[str, ...] = ()  # canonical labels of the regions it is located in


@lru_cache(maxsize=1)
def occasion_rules(path: str | None = None) -> dict[str, re.Pattern]:
    p = path or OCCASIONS_PATH
    rules = regex_keys(p, _KEYS)
    if "place" not in rules["visit"].groupindex:
        raise KgError(f"{p}: 'visit' needs a group named place")
    return rules


def _regions(text: str, *, at_start: bool) -> tuple[str, ...]:
    """Canonical labels of the lexicon regions TEXT names (only one it starts with, if AT_START)."""
    terms = load_lexicon().terms
    found, i = [], 0
    while i < len(text):
        for j in range(len(text), i + 1, -1):
            hit = terms.get(text[i:j])
            if hit and hit[0] == "Region":
                found.append(hit[1])
                i = j
                break
        else:
            if at_start:
                break
            i += 1
            continue
        if at_start:
            break
    return tuple(dict.fromkeys(found))


def occasion_events(occasion: str | None) -> list[OccasionEvent]:
    """The events an occasion names, in order."""
    if not occasion or not occasion.strip():
        return []
    r = occasion_rules()
    text = half_width(occasion.strip())
    text = r["suffix"].sub("", r["prefix"].sub("", text, count=1), count=1)
    events = []
    visited: tuple[str, ...] = ()  # a visit's place, once 并 joins more to it: its 在… frames the rest
    pos = 0
    for sep in [*r["split"].finditer(text), None]:
        piece = r["trim"].sub("", text[pos:sep.start() if sep else len(text)].strip()).strip()
        pos = sep.end() if sep else len(text)
        if not piece or r["skip"].search(piece) or not r["event_head"].search(piece):
            continue
        visit = r["visit"].match(piece)
        regions = _regions(visit.group("place"), at_start=False) if visit else _regions(piece, at_start=True)
        events.append(OccasionEvent(piece, regions or visited))
        if visit and sep is not None and r["visit_scope"].match(sep.group(0)):
            visited = regions
    return events
