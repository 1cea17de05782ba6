"""Places named in a list that the gazetteer leaves unnamed (甲、乙、丙 after 支持,
在, 推进 … or before 建设, 集聚 …): the lexicon lists county-level divisions and
districts by their official names (某某市, 某某县, 某某区) and keeps their short
forms out where those are also words, but a list of places reads them as places.

An item of such a list is a Region when it is

- the short form of a listed division (the name without its `division_suffix`),
- a zone named after a place (`zone`: a place word + 湾/湖/新区),
- a term the lexicon types otherwise, standing alone among two or more regions, or
- a word jieba tags a place (ns) and that is no common noun (`not_place_words`:
  海洋, 高原, 城市 …), or a two-to-four-character word jieba does not know, beside
  a region already found (the unknown word only with context on both sides),
- a name with a county or district suffix the lexicon leaves out (`division_name`,
  not a kind of zone: `division_name_not`), one word or a word and the suffix,
  beside a region already found in a list of nothing else (某县、某某县承接…),

and every item of the list is one of these or a region already found.  Items of a
list closed by a division word (甲、乙等县, `division_after`) are places whatever
jieba tags them.  A place jieba knows written right after a lexicon region is a
region of its own (`place_after_place_rules`, 浙江|乌镇).  The rules are data:
ontology/patterns/places.json and entities.json's `place_after_place`, validated
on load.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterable

from kg.extract.anchor import first_chars
from kg.extract.datafile import regex_keys
from kg.extract.lexicon import PATTERNS_DIR, load_entity_patterns, load_lexicon
from kg.extract.rules import CJK_NAME, CJK_WORD, NOT_ENTITY, NOT_IN_NAME, WORDLIKE, Cand, as_tokens, compiled

PLACES_PATH = PATTERNS_DIR / "places.json"
_KEYS = ("separator", "before", "after", "division_suffix", "zone", "natural_feature", "not_place_words", "plan_name",
         "venue_before", "venue_after", "modifier_region", "modifier_after", "chain_country", "chain_division",
         "chain_name_prefix", "chain_name_tags", "division_after", "foreign_division", "foreign_place",
         "department_place", "department", "county_venue_after", "located_before", "located_after", "division_name",
         "division_name_not", "carry_before", "carry_after", "town", "product_place", "product_place_not",
         "product_final", "product_not", "product_sector", "county_before_body", "town_alone")
_MAX_VENUE = 5
_VENUE_NAME = re.compile(r"[\u4e00-\u9fff]{1,5}")
_VENUE_FIRST_TAGS = frozenset(("ns", "unk", "nr", "nrt", "nz"))  # a name's first word, not a noun like 会场
_VENUE_TAGS = _VENUE_FIRST_TAGS | {"n", "ng", "zg", "j", "s"}  # later words: nouns and name morphemes (某某|园)
_MAX_ITEM = 8
BODY_COUNTY_RULE = "region.county_before_body"
# the places a body or a plan is named with: a listed place, a place word + 市/区/县/镇, a
# town name jieba does not know + 镇/乡, or a county or town opening a clause before its
# government (county_before_body_rules)
_BODY_PLACE_RULES = frozenset(("lexicon", "head.RegionAdmin", "head.RegionTown", BODY_COUNTY_RULE))


@lru_cache(maxsize=1)
def place_rules(path: str | None = None) -> dict[str, re.Pattern]:
    return regex_keys(path or PLACES_PATH, _KEYS)


def division_short(name: str) -> str | None:
    """A division's short form: NAME without its `division_suffix` (某某县 → 某某),
    at least two characters; None when NAME has no such suffix."""
    m = place_rules()["division_suffix"].search(name)
    return name[: m.start()] if m is not None and m.start() >= 2 else None


@lru_cache(maxsize=1)
def short_forms() -> dict[str, str]:
    """Short form -> the division's label, for the lexicon's divisions whose short
    form is not a lexicon term itself (a form two divisions share maps to itself)."""
    terms = load_lexicon().terms
    out: dict[str, str] = {}
    for term, (etype, label) in terms.items():
        if etype != "Region":
            continue
        short = division_short(term)
        if short is None or short in terms:
            continue
        out[short] = label if out.get(short, label) == label else short
    return out


def place_list_rules(text: str, tokens, cands: list[Cand]) -> Iterable[Cand]:
    """Region candidates for the unnamed items of place lists (see the module doc)."""
    rx = place_rules()
    sep = rx["separator"]
    if not sep.search(text):
        return
    toks = as_tokens(tokens)
    forms = short_forms()
    lex = load_lexicon()
    # (the candidates' fields by index: thousands of them per document)
    regions = {(c[0], c[1]) for c in cands if c[2] == "Region"}
    others = {(c[0], c[1]) for c in cands if c[4] == "lexicon" and c[2] != "Region"}

    # (the lookups kind makes at every call bound once: the offset indexes built first)
    toks.start_at.get(0), toks.end_at.get(0)
    start_at, end_at = toks.start_at.get, toks.end_at.get
    zone, not_place = rx["zone"].match, rx["not_place_words"].fullmatch
    division_name, division_name_not = rx["division_name"].fullmatch, rx["division_name_not"].fullmatch

    def kind(s: int, e: int) -> str | None:
        if (s, e) in regions:
            return "region"
        k = start_at(s)
        if k is None:
            return None
        last = end_at(e)
        if last is None:
            return None
        item = text[s:e]
        if item in forms:
            return "short"
        if toks[k][3] in ("ns", "lex:Region") and zone(item):  # (the tag first: most items fail it, without a match)
            return "zone"
        if (s, e) in others:
            return "other"
        if k == last and 2 <= e - s <= 4 and toks[k][3] in ("ns", "unk") and CJK_WORD.match(item) \
                and not not_place(item):
            return "place_word" if toks[k][3] == "ns" else "unknown_word"
        if (k == last or k + 1 == last and len(toks[last][2]) == 1) and division_name(item) \
                and not division_name_not(item) and not not_place(item):
            return "division_name"  # (one word, or a word and the suffix: not 要求|某县)
        return None

    def edge_item(s: int, e: int, from_right: bool):
        """The longest item at the right end (FROM_RIGHT) or left end of S..E
        (items start and end on jieba word edges; the last item may be a lexicon
        place that jieba cut into the 等 closing the list: 大|同等 of 甲、乙、大同等地)."""
        if not from_right:
            at = text.find("等", s + 2, min(e, s + 5))
            if at > 0 and at not in toks.start_at and lex.terms.get(text[s:at], ("",))[0] == "Region":
                return s, at, "lexterm"
        edges = toks.starts if from_right else toks.end_at.offsets
        lo, hi = (max(s, e - _MAX_ITEM), e - 2) if from_right else (s + 2, min(e, s + _MAX_ITEM))
        cands_at = [x for x in edges[bisect_left(edges, lo) : bisect_right(edges, hi)]]
        for x in (cands_at if from_right else reversed(cands_at)):
            a, b = (x, e) if from_right else (s, x)
            k = kind(a, b)
            if k:
                return a, b, k
        return None

    for run in _sub_runs(_list_runs(text, sep), kind):
        first, middle, last = run[0], run[1:-1], run[-1]
        middle_items = [(s, e, kind(s, e)) for s, e in middle]
        head = edge_item(*first, from_right=True)
        tail = edge_item(*last, from_right=False) if head else None
        if tail is None:
            continue
        items = [head, *middle_items, tail]
        kinds = [k for _, _, k in items]
        before = bool(rx["before"].search(text[first[0] : head[0]]))
        after = bool(rx["after"].match(text[tail[1] : last[1]]))
        if not _list_holds(kinds, before, after):
            continue
        names = [text[s:e] for s, e, _ in items]
        if all(rx["natural_feature"].search(n) for n, k in zip(names, kinds) if k != "region") and "region" not in kinds:
            continue  # 甲海、乙海: seas, not places
        for (s, e, k), name in zip(items, names):
            if k == "region":
                continue
            label = forms.get(name, name) if k == "short" else lex.terms[name][1] if k == "lexterm" else name
            yield Cand(s, e, "Region", label, "region.place_list", -1 if k == "other" else 1)
    yield from _division_list(text, toks, cands, rx)


def _division_list(text: str, toks, cands: list[Cand], rx) -> Iterable[Cand]:
    """The items of a list that a division word closes (甲、乙等县, 甲、乙、丙等镇) are places whatever
    jieba tags them: two or three characters each on word edges, the first item the shortest such
    end of its segment (在甲 → 甲), none of them a common noun (`not_place_words`) or a term the
    lexicon types otherwise."""
    if "等" not in text or rx["division_after"].search(text) is None:
        return  # (no division word: the list regex, tried at every character, would find nothing)
    found = {(c.start, c.end): c.type for c in cands}
    for m in _division_regex(rx["division_after"].pattern).finditer(text):
        spans, start = [], m.start()
        for piece in m.group(1).split("、"):
            spans.append((start, start + len(piece)))
            start += len(piece) + 1
        s0, e0 = spans[0]
        firsts = [x for x in (e0 - 2, e0 - 3) if x >= s0 and x in toks.start_at]
        if not firsts:
            continue
        spans[0] = (firsts[0], e0)
        if any(e not in toks.end_at or rx["not_place_words"].fullmatch(text[s:e])
               or found.get((s, e), "Region") != "Region" for s, e in spans):
            continue
        for s, e in spans:
            if (s, e) not in found:
                yield Cand(s, e, "Region", text[s:e], "region.division_list", 1)


@lru_cache(maxsize=4)
def _division_regex(after: str) -> re.Pattern:
    return re.compile(rf"((?:[\u4e00-\u9fff]{{2,3}}、)+[\u4e00-\u9fff]{{2,3}})(?={after})")


def _list_holds(kinds: list[str], before: bool, after: bool) -> bool:
    """Whether items of these kinds, with this context, make a list of places."""
    if "division_name" in kinds:
        # a name with a division's suffix the lexicon leaves out (某某县, 某某区) is a place beside a region
        # already found, in a list of nothing else
        return "region" in kinds and all(k in ("region", "short", "division_name") for k in kinds)
    if "place_word" in kinds or "unknown_word" in kinds:
        # a word jieba tags a place, or does not know, is a place only beside a region
        # already found; an unknown word needs the context on both sides
        if "region" not in kinds or "other" in kinds or "zone" in kinds:
            return False
        return (before and after) if "unknown_word" in kinds else (before or after)
    if kinds.count("other"):
        # a term typed otherwise is a place only alone among two or more regions
        return kinds.count("other") == 1 and kinds.count("region") >= 2 and (before or after)
    if "region" in kinds or "short" in kinds or "lexterm" in kinds:
        return before or after
    return before and after  # zones only


def _sub_runs(runs, kind) -> Iterable[list[tuple[int, int]]]:
    """Each run cut at its middle segments that are no whole item: such a segment
    (某某在甲 in 导览、某某在甲、乙等县) ends one list and opens the next, as their
    edge items are searched inside the first and last segments."""
    for run in runs:
        start = 0
        for i in range(1, len(run) - 1):
            if kind(*run[i]) is None:
                if i - start >= 1:
                    yield run[start : i + 1]
                start = i
        if len(run) - start >= 2:
            yield run[start:]


@lru_cache(maxsize=4)
def _runs_regex(separator: str) -> re.Pattern:
    # anchored at a run's start: tried once per run, not once per character.
    # A separator that cannot begin with a CJK character (、) cannot begin inside
    # a run either: each run is taken whole without backtracking into it
    # (possessive), as the greedy runs end there anyway (same matches)
    firsts = first_chars(re.compile(separator))
    run = r"[\u4e00-\u9fff]++" if firsts is not None and not any("\u4e00" <= ch <= "\u9fff" for ch in firsts) \
        else r"[\u4e00-\u9fff]+"
    return re.compile(rf"(?<![\u4e00-\u9fff]){run}(?:(?:{separator}){run})+")


def _list_runs(text: str, sep: re.Pattern) -> Iterable[list[tuple[int, int]]]:
    """Runs of CJK segments joined by the separator: each a list of (start, end)."""
    for m in _runs_regex(sep.pattern).finditer(text):
        start, out = m.start(), []
        for gap in sep.finditer(m.group()):
            out.append((start, m.start() + gap.start()))
            start = m.start() + gap.end()
        out.append((start, m.end()))
        yield out


def place_plan_rules(text: str, cands: list[Cand]) -> Iterable[Cand]:
    """A plan written without 《》 right after the place it is the plan of
    (某市“十四五”规划纲要, 某省政府工作报告) is one Policy, the place inside it: the
    longest name (annotation.md), as a bracketed title 《某市…规划》 already is.
    Only names of the plan formulas `plan_name` join: 本市规划 holds no plan name."""
    plan = place_rules()["plan_name"]
    if not plan.search(text):
        return
    places = {}
    for c in cands:
        if c.type == "Region" and c.rule in _BODY_PLACE_RULES and c.end - c.start > places.get(c.end, (0, None))[0]:
            places[c.end] = (c.end - c.start, c)
    for c in cands:
        if c.type != "Policy" or c.start not in places or not plan.fullmatch(text, c.start, c.end):
            continue
        place = places[c.start][1]
        yield Cand(place.start, c.end, "Policy", text[place.start : c.end], "policy.place_plan", 1)


def venue_place_rules(text: str, tokens, cands: list[Cand]) -> Iterable[Cand]:
    """The last place of a venue written as a chain of places (在某省某市某地开幕,
    在某州某地进行试飞): after `venue_before` (在) and lexicon regions, a name of
    whole jieba words right before `venue_after` (开幕, 举行, 进行 …) is a Region
    too, though the gazetteer does not know it (a county's short form, a foreign
    town): the frame shows a place; a common noun (`not_place_words`) or a term the
    lexicon types otherwise is none."""
    rx = place_rules()
    county_after = rx["county_venue_after"]
    if not rx["venue_after"].search(text) and not county_after.search(text):
        return
    toks = as_tokens(tokens)
    lex = load_lexicon()
    regions = {c.start: c for c in cands if c.type == "Region" and c.rule == "lexicon"}
    counties = None

    def venue_town(key: str, pos: int) -> Cand | None:
        # a town (`town` after the county, `town_alone` after 在) right before a verb of
        # holding, whatever jieba tags its name, on word edges and no lexicon term
        t = rx[key].match(text, pos)
        if t is not None and t.end() in toks.end_at and rx["venue_after"].match(text, t.end()) \
                and t.group() not in lex.terms:
            return Cand(pos, t.end(), "Region", t.group(), "region.venue_town", 1)
        return None

    for m in rx["venue_before"].finditer(text):
        pos = m.end()
        if pos not in regions:
            # 在某县(short form)|建设, 在某县|召开: a county's short form alone right after 在,
            # before a verb of siting (`county_venue_after`) or of holding (`venue_after`),
            # is the county (荣成 of 荣成市)
            k = toks.start_at.get(pos)
            if k is not None and (county_after.match(text, toks[k][1]) or rx["venue_after"].match(text, toks[k][1])):
                if counties is None:
                    spec = load_entity_patterns().get("place_after_place") or {}
                    counties = _county_short_forms(tuple(spec.get("short_form_suffixes", ())))
                label = counties.get(toks[k][2])
                if label is not None and toks[k][2] not in lex.terms:
                    yield Cand(pos, toks[k][1], "Region", label, "region.county_venue", 1)
            # 在某某区|举行, 在某某县|开幕: a county or district the lexicon does not list,
            # written in full right before a verb of holding (`venue_after`), is a place,
            # and so is one before its town there (在某某区|某某镇|举行: the district and the town)
            d = rx["division_name"].match(text, pos)
            if d is not None and d.end() in toks.end_at and not rx["division_name_not"].fullmatch(d.group()) \
                    and d.group() not in lex.terms:
                town = None if rx["venue_after"].match(text, d.end()) else venue_town("town", d.end())
                if town is not None or rx["venue_after"].match(text, d.end()):
                    yield Cand(pos, d.end(), "Region", d.group(), "region.division_venue", 1)
                    if town is not None:
                        yield town
                    continue
            town = venue_town("town_alone", pos)  # 在某某镇|举行: a town named alone
            if town is not None:
                yield town
            continue
        town = None
        while pos in regions and town is None:
            pos = regions[pos].end
            if pos in regions and text[pos : regions[pos].end] != regions[pos].label:
                # 在某县|西吉尔镇|举行: a town whose name opens with another county's short form
                town = venue_town("town", pos)
        if town is None and pos not in toks.start_at:
            continue
        town = town or venue_town("town", pos)  # 在某县|某某镇|开幕: a town or township after the county
        if town is not None:
            yield town
            continue
        first = toks.start_at.get(pos)
        for k in range(first, min(len(toks), first + 3)):
            end = toks[k][1]
            name = text[pos:end]
            if end - pos > _MAX_VENUE or not _VENUE_NAME.fullmatch(name) \
                    or toks[k][3] not in (_VENUE_FIRST_TAGS if k == first else _VENUE_TAGS):
                if name not in short_forms() or not rx["venue_after"].match(text, end):
                    break  # 在某市隆重开幕: an adverb, no place (a county's short form jieba tags so is one)
            if end - pos >= 2 and rx["venue_after"].match(text, end):
                if name not in lex.terms and not rx["not_place_words"].fullmatch(name):
                    yield Cand(pos, end, "Region", short_forms().get(name, name), "region.venue", 1)
                break


def short_form_carry_rules(text: str, tokens, cands: list[Cand]) -> Iterable[Cand]:
    """A county or city named in full once (某某县开幕…) and then by its short form
    as the subject or object of a clause (某某将推广…, 与某某签约, 落户某某。) is
    that place again: the text has introduced the name, so its short form stands
    for it there.  The short form must be whole jieba words, opened by
    `carry_before` (a clause start, 与, 在, 落户 …) and followed by `carry_after`
    (将, 已, 正 …, 签约, punctuation): 某某猪, 某某大蒜, 健康某某 (a product or a
    slogan) are left alone.  A short form the lexicon types otherwise is none."""
    lex = load_lexicon()
    full: dict[str, str] = {}  # short form -> the full name's label
    for c in cands:
        if c.type == "Region":
            short = division_short(text[c.start : c.end])
            if short is not None and short not in lex.terms:
                full.setdefault(short, c.label)
    if not full:
        return
    rx = place_rules()
    toks = as_tokens(tokens)
    before, after = rx["carry_before"], rx["carry_after"]
    # (the full name holds its short form: a longer candidate over it names something else)
    taken = [(c.start, c.end) for c in cands if c.type != NOT_ENTITY]
    for short, label in full.items():
        n = len(short)
        pos = text.find(short)
        while pos >= 0:
            end = pos + n
            if pos in toks.start_at and end in toks.end_at \
                    and before.search(text, max(0, pos - 3), pos) and after.match(text, end) \
                    and not any(s <= pos and end <= e and e - s > n for s, e in taken):
                yield Cand(pos, end, "Region", label, "region.short_form_carry", 1)
            pos = text.find(short, end)


@lru_cache(maxsize=1)
def _product_places() -> frozenset[str]:
    """The lexicon's region surfaces that may open a local product's name: those
    of a division one of whose names matches `product_place` (a county, district,
    banner, league, prefecture or city: 某某县, 某某州), not `product_place_not` (the
    municipalities and the country), written without its suffix (某某州 is the
    place: 某某州牛羊产业)."""
    rx = place_rules()
    names: dict[str, list[str]] = {}
    for term, (etype, label) in load_lexicon().terms.items():
        if etype == "Region":
            names.setdefault(label, []).append(term)
    return frozenset(
        s for surfaces in names.values()
        if any(rx["product_place"].search(n) for n in surfaces) and not any(rx["product_place_not"].fullmatch(n) for n in surfaces)
        for s in surfaces if not rx["division_suffix"].search(s) and not rx["product_place"].search(s))


_PRODUCT_TAGS = frozenset(("n", "nr", "nz", "ng", "nrt", "unk"))


def place_product_rules(text: str, tokens, cands: list[Cand]) -> Iterable[Cand]:
    """A county's or city's short name written right before one of its products
    (某某脐橙, 某某香菇, 某某老陈醋) names the product, an Industry, and no place
    (annotation.md: the longest name, nothing nested in it).  The product is one
    or two nouns jieba gives, two to four characters, ending with `product_final`
    (a produce, food or craft word: the product classes of the national
    geographical-indication list), not matching `product_not` (综合, 成果, 方面 …)
    and not followed by `product_sector` (某某牛羊产业: the place's sector, a
    Region and an Industry)."""
    rx = place_rules()
    places = _product_places()
    toks = as_tokens(tokens)
    for c in cands:
        if c.type != "Region" or c.rule != "lexicon" or text[c.start : c.end] not in places:
            continue
        k = toks.start_at.get(c.end)
        if k is None:
            continue
        end = None
        for j in (k, k + 1):
            if j >= len(toks) or toks[j][3] not in _PRODUCT_TAGS or not CJK_WORD.match(toks[j][2]):
                break
            word = text[c.end : toks[j][1]]
            if 2 <= len(word) <= 4 and rx["product_final"].search(word) and not rx["product_not"].search(word) \
                    and not rx["product_sector"].match(text, toks[j][1]):
                end = toks[j][1]
                break
        if end is not None:
            yield Cand(c.start, end, "Industry", text[c.start : end], "industry.place_product", 1)


def county_before_body_rules(text: str, cands: list[Cand]) -> Iterable[Cand]:
    """A county, banner or district the lexicon leaves out because its name is also
    a word (某功县, 某年区: `bench/lexicon_counties.py`) is a place where a clause opens
    with it and its government, its Party committee or its plan follows (某功县人民政府办公室,
    某通县“十四五”工业发展规划): `county_before_body`, group 1; the department and
    plan rules then read the body or the plan with it.  A span a Region candidate
    holds already is left alone."""
    rx = place_rules()["county_before_body"]
    regions = [(c.start, c.end) for c in cands if c.type == "Region"]
    for m in rx.finditer(text):
        start, end = m.span(1)
        # (某省|某县人民政府: the province written before the county is a place of its own)
        start = max([e for s, e in regions if s == start and e < end], default=start)
        if end - start >= 2 and (start, end) not in regions:
            yield Cand(start, end, "Region", text[start:end], BODY_COUNTY_RULE, 0)


def region_modifier_rules(text: str, cands: list[Cand]) -> Iterable[Cand]:
    """A country written as a modifier of a class (某国企业) or inside an honorary
    title (打造“某国某某之都”) names no place there: a Region candidate whose
    surface matches `modifier_region` and that `modifier_after` follows gets a
    not-entity candidate of its own span (priority -1: over the lexicon's reading
    of the same span; longer names holding it are untouched)."""
    rules = place_rules()
    who, after = rules["modifier_region"], rules["modifier_after"]
    for c in cands:
        if c.type == "Region" and who.fullmatch(text, c.start, c.end) and after.match(text, c.end):
            yield Cand(c.start, c.end, NOT_ENTITY, "", "region.modifier", -1)


def place_department_rules(text: str, cands: list[Cand]) -> Iterable[Cand]:
    """A department of local government written right after the place it serves
    (某市科技创新局, 某区经济科技和信息化局, 某市市场监管局, 某市经信委) is one
    Institution with the place, the longest name (annotation.md), as 某市工业和信息化局
    already is: after a lexicon Region, a place word + its suffix (rule
    ``head.RegionAdmin``: 某某|区) or a county before its government (rule
    ``region.county_before_body``), whose name ends with `department_place`
    (省, 市, 区, 县 …), a name matching `department` (department words, joined
    by 和 or not, + 局, 委员会, 委, 厅, 办; not 局面, 委托, 办法 …).  The place
    before a district (某市|某区) joins too, unless it is an outer place that
    splits off a city (某省名|某市, as the Institution head rule splits it)."""
    rx = place_rules()
    dept, level = rx["department"], rx["department_place"]
    regions = [c for c in cands if c.type == "Region" and c.rule in _BODY_PLACE_RULES]
    if not regions:
        return
    by_end = {}
    for c in sorted(regions, key=lambda c: c.start - c.end):
        by_end.setdefault(c.end, c)  # the longest place ending there
    for c in regions:
        m = dept.match(text, c.end)
        if m is None or not level.search(text, c.start, c.end):
            continue
        inner = c
        outer = by_end.get(inner.start)
        while outer is not None and not (text.endswith(("市", "州", "盟", "县"), inner.start, inner.end)
                                         and not text.endswith(("省", "自治区"), outer.start, outer.end)):
            inner = outer  # 某省|某市|某区 + 人民政府: one body, the places before it its name
            outer = by_end.get(inner.start)
        start = inner.start
        yield Cand(start, m.end(), "Institution", text[start : m.end()], "institution.place_department", 2)


def foreign_chain_rules(text: str, tokens, cands: list[Cand]) -> Iterable[Cand]:
    """A foreign place written as a chain (某国某州某市, 某国某大区某城): a lexicon
    country of `chain_country` (a foreign country, not 中国) followed by a name
    read off a region head (某国某某自治区, rule ``head.*``) is two Regions, the
    country and the division, when the division's name before its head is
    transliteration characters (entities.json person.transliteration_chars, a
    `chain_name_prefix` like 圣 allowed first): the joined name leaves CANDS.
    After the country and a division ending with `chain_division` (州, 省,
    自治区, 大区, 府 …), the next name of whole jieba words tagged as a name or
    unknown (`chain_name_tags`), 2-6 transliteration characters, is a Region
    too (某州|圣某某的实验室): the chain shows a place where the gazetteer
    knows none."""
    rx = place_rules()
    lex = load_lexicon()
    translit = compiled()["transliteration_chars"]
    prefix = rx["chain_name_prefix"]

    def translit_name(s: int, e: int) -> bool:
        m = prefix.match(text, s, e)
        p = m.end() if m else s
        return e - p >= 2 and translit.issuperset(text[p:e])

    countries = {c.start: c for c in cands if c.type == "Region" and c.rule == "lexicon"
                 and rx["chain_country"].fullmatch(c.label)}
    yield from _after_foreign_division(text, as_tokens(tokens), cands, rx, lex, translit, set(c.end for c in countries.values()))
    if not countries:
        return
    toks = as_tokens(tokens)
    div_rx = rx["chain_division"]
    name_tags = rx["chain_name_tags"]
    joined, divisions = [], {}
    for c in cands:
        if c.type != "Region" or not c.rule.startswith("head.") or c.start not in countries:
            continue
        country = countries[c.start]
        m = div_rx.search(text, country.end, c.end)
        if m is None or m.end() != c.end or not translit_name(country.end, m.start()):
            continue
        joined.append(c)
        divisions[country.end] = Cand(country.end, c.end, "Region", text[country.end : c.end], "region.foreign_chain", 2)
    if joined:
        cands[:] = [c for c in cands if c not in joined]
    for c in cands:
        if c.type == "Region" and c.rule == "lexicon" and c.start not in divisions:
            m = div_rx.search(text, c.start, c.end)
            if m is not None and m.end() == c.end:
                divisions[c.start] = c
    for country in countries.values():
        div = divisions.get(country.end)
        k = toks.start_at.get(country.end)
        if div is None and k is not None:
            # 某国|某某|大区: a division jieba does not know, its name whole words of
            # transliteration characters before a division word
            end = country.end
            while k < len(toks) and toks[k][0] == end and toks[k][1] - country.end <= _MAX_VENUE + 3:
                end = toks[k][1]
                m = div_rx.search(text, country.end, end)
                if m is not None and m.end() == end and toks[k][2] == text[m.start() : end] \
                        and translit_name(country.end, m.start()):
                    div = Cand(country.end, end, "Region", text[country.end : end], "region.foreign_chain", 1)
                    break
                if not name_tags.fullmatch(toks[k][3]):
                    break
                k += 1
        if div is None:
            yield from _located_foreign_city(text, toks, country, rx, lex, translit_name)
            continue
        if div.rule == "region.foreign_chain":
            yield div
        k = toks.start_at.get(div.end)
        if k is None:
            continue
        end = div.end
        while k < len(toks) and toks[k][0] == end and name_tags.fullmatch(toks[k][3]) and toks[k][1] - div.end <= _MAX_VENUE + 1:
            end = toks[k][1]
            k += 1
            if k + 1 < len(toks) and toks[k][0] == end and len(toks[k][2]) == 1 and translit.issuperset(toks[k][2]) \
                    and translit_name(div.end, end) and rx["venue_after"].match(text, toks[k][1]):
                end, k = toks[k][1], k + 1  # 某某|旺开工: the character jieba cut off ends the name before a venue verb
            if translit_name(div.end, end) and (k >= len(toks) or toks[k][0] != end or not name_tags.fullmatch(toks[k][3])) \
                    and not (k < len(toks) and toks[k][0] == end and len(toks[k][2]) == 1 and translit.issuperset(toks[k][2])):
                # (某某|旺: a transliteration character jieba tagged otherwise glued after it leaves the name's end open)
                name = text[div.end : end]
                if name not in lex.terms and not rx["not_place_words"].fullmatch(name):
                    yield Cand(div.end, end, "Region", name, "region.foreign_chain", 1)
                break


def _located_foreign_city(text: str, toks, country: Cand, rx, lex, translit_name) -> Iterable[Cand]:
    """总部位于某国某某某的…: a country written after a verb of location
    (`located_before`: 位于, 落户, 来自 …) and followed by whole jieba words of
    names (`chain_name_tags`), 2-6 transliteration characters, then what ends a
    place's name (`located_after`: 的, punctuation, 等地 …), names a city there."""
    if not rx["located_before"].search(text, max(0, country.start - 6), country.start):
        return
    k = toks.start_at.get(country.end)
    end = country.end
    while k is not None and k < len(toks) and toks[k][0] == end and rx["chain_name_tags"].fullmatch(toks[k][3]) \
            and toks[k][1] - country.end <= 6:
        end = toks[k][1]
        k += 1
    name = text[country.end : end]
    if translit_name(country.end, end) and rx["located_after"].match(text, end) and name not in lex.terms \
            and not rx["not_place_words"].fullmatch(name):
        yield Cand(country.end, end, "Region", name, "region.located_foreign_city", 1)


_PLACE_NAME_TAGS = frozenset(("ns", "unk", "nr", "nrt", "nrfg", "nz"))
_NOT_PLACE_FIRST = frozenset("各每该本全多两数这那其此")


def _after_foreign_division(text: str, toks, cands: list[Cand], rx, lex, translit, after_country: set) -> Iterable[Cand]:
    """A foreign division the lexicon lists (region_foreign.tsv: a state, prefecture
    or province whose name ends with `foreign_division`: 州, 县, 道, 府, 都) and the
    place written right after it (某州某某, 某县某某市, 某道某某市) are two Regions:
    after it, whole jieba words of 2-6 transliteration characters (某州|阿某|林
    动工), or a name of 1-4 characters + a municipal suffix (`foreign_place`: 市,
    区, 町, 村) ending on a word edge, neither a lexicon term nor a common noun
    (地区 is one jieba word tagged a noun).  A division right after a country is
    foreign_chain_rules' own case for a transliterated place."""
    foreign = lex.by_file.get("region_foreign", frozenset())  # foreign states, prefectures, provinces, cities
    div_rx = rx["foreign_division"]
    place_rx = rx["foreign_place"]
    for c in cands:
        if c.type != "Region" or c.rule != "lexicon" or c.label not in foreign or not div_rx.search(text, c.start, c.end):
            continue
        k = toks.start_at.get(c.end)
        if k is None:
            continue
        # whole words of transliteration characters
        end, j = c.end, k
        while j < len(toks) and toks[j][0] == end and translit.issuperset(toks[j][2]) and toks[j][1] - c.end <= 6:
            end = toks[j][1]
            j += 1
        name = text[c.end : end]
        if c.start not in after_country and end - c.end >= 2 and (j >= len(toks) or toks[j][0] != end or not translit.issuperset(toks[j][2])) \
                and name not in lex.terms and not rx["not_place_words"].fullmatch(name) \
                and any(toks[i][3] in _PLACE_NAME_TAGS for i in range(k, j)):
            m = place_rx.match(text, c.end)
            if m is None or m.end() != end + 1 or m.end() not in toks.end_at:
                yield Cand(c.end, end, "Region", name, "region.after_foreign_division", 1)
                continue
            # 某州|泰某|市: the town keeps its municipal suffix (the case below)
        m = place_rx.match(text, c.end)
        if m is None or m.end() not in toks.end_at:
            continue
        name = m.group()
        e = toks.end_at.get(m.end())
        if name in lex.terms or name[0] in _NOT_PLACE_FIRST or any(ch in NOT_IN_NAME for ch in name) \
                or (e == k and toks[k][3] not in _PLACE_NAME_TAGS) or rx["not_place_words"].fullmatch(name):
            continue
        yield Cand(c.end, m.end(), "Region", name, "region.after_foreign_division", 1)


def place_after_place_rules(text: str, tokens, spec: dict | None) -> Iterable[Cand]:
    """A place jieba knows (``tags``, ns) written right after a lexicon region
    is a region of its own (浙江|乌镇, the guidelines' 广东韶关) when the word
    after it cannot continue a name (…乌镇|开幕, …晋江|的): 合肥|滨湖|科学城 and
    武汉|东湖|高新区 are longer names, left to the heads."""
    if not spec:
        return
    c = compiled()
    boundary, name_pos = c["boundary_words"], c["name_pos"]
    tags = frozenset(spec.get("tags", ("ns",)))
    lo, hi = spec.get("min_chars", 2), spec.get("max_chars", 3)
    # 某国|深度|融入: common nouns jieba's dictionary tags as places
    not_word = re.compile(spec["not_regex"]) if spec.get("not_regex") else None
    lex = load_lexicon()
    # 山东|荣成: the short form of a county-level division (荣成市 -> 荣成), whatever jieba tags it
    counties = _county_short_forms(tuple(spec.get("short_form_suffixes", ())))
    # the tags of a word that carries such a short form on into a longer name (some
    # other tag, a common noun: 某省|某家|海域, the county stands alone); default all
    short_name_tags = frozenset(spec.get("short_form_name_tags", name_pos))
    toks = as_tokens(tokens)
    # the lexicon regions are found by list.index on the tags (a scan in C), not
    # by a Python step per token of the document
    tag_seq = toks.tags
    k, last = 0, len(toks) - 1
    while True:
        try:
            k = tag_seq.index("lex:Region", k, last) + 1  # a region with a token after it
        except ValueError:
            return
        a, b = toks[k - 1], toks[k]
        if a[1] != b[0] or not lo <= len(b[2]) <= hi or (b[3] not in tags and b[2] not in counties):
            continue
        if b[2] in lex.not_entities or not CJK_NAME.match(b[2]):
            continue
        if not_word is not None and not_word.fullmatch(b[2]):
            continue
        if k + 1 < len(toks):
            n = toks[k + 1]
            if n[0] == b[1] and WORDLIKE.match(n[2]) and n[2] not in boundary and (n[3] in name_pos or n[3].startswith("lex:")) \
                    and (b[3] in tags or b[2] not in counties or n[3] in short_name_tags or n[3].startswith("lex:")):
                continue  # 合肥|滨湖|科学城: the place goes on (云南|某家|交界处: a county's short form before a common noun does not)
        yield Cand(b[0], b[1], "Region", counties.get(b[2], b[2]), "region.after_place", 1)


@lru_cache(maxsize=4)
def _county_short_forms(suffixes: tuple[str, ...]) -> dict[str, str]:
    """Short form -> label of the lexicon divisions whose name ends with one of
    SUFFIXES (县, 市, 旗: 荣成市 -> 荣成); a district's short form (朝阳, 和平) is
    a word or another place too often to be read so; nor is a short form jieba's
    dictionary lists as a frequent word that is no place (通道, 友谊, 互助: 中亚|通道)."""
    if not suffixes:
        return {}
    import jieba.posseg

    freq, tags = jieba.posseg.dt.tokenizer.FREQ, jieba.posseg.dt.word_tag_tab
    return {
        s: label
        for s, label in short_forms().items()
        if label != s and label.endswith(suffixes) and not (freq.get(s, 0) >= _COUNTY_WORD_FREQ and tags.get(s) != "ns")
    }


_COUNTY_WORD_FREQ = 300  # jieba's frequency from which a short form reads as a word first
