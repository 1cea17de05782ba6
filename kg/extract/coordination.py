"""Coordinated lists (A、B和C等): the items of a list whose other items are
entities of one type are entities of that type too; a pair written as one item
(A与B), items headed by verbs and a count closing the list are handled here.
It runs after the other candidate generators, on their candidates."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Iterable

from kg.extract.anchor import finder, first_chars
from kg.extract.lexicon import load_entity_patterns, load_lexicon
from kg.extract.persons import news_patterns
from kg.extract.places import place_rules
from kg.extract.rules import (
    CJK_WORD, NOT_ENTITY, NOT_IN_NAME, WORD_CHARS, WORDLIKE, Cand, as_tokens, compiled, domestic_place, is_count,
)
from kg.extract.segment import dictionary_counts
from kg.ingest.articles import cn_number

_LATIN_ABBREV = re.compile(r"[A-Za-z]+$")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9.]")  # an item ending or starting inside a Latin name (e平台|3.0) is cut
_ITEM_JOINER = re.compile("[和与及]")  # the joiner inside a pair written as one list item
_FUSION_AFTER = re.compile("[^，,。；;！？\n]*?(?:融合|结合|耦合|协同)")  # a fusion stated later in the clause
_PLACE_TAGS = frozenset({"ns", "lex:Region"})  # (jieba's place tag and the lexicon's places)
_SECTOR_TAGS = frozenset({"lex:Industry", "lex:Technology"})  # (a lexicon term read as one word)


def coordination_rules(text: str, tokens: list, cands: list[Cand], spec: dict) -> Iterable[Cand]:
    """Coordinated lists: lists with known items or a class noun
    (typed_list_rules), then lists of names no lexicon knows yet
    (open_list_rules), which see the names the first found."""
    tokens = as_tokens(tokens)
    noun_numerals = _noun_numerals(tuple(spec.get("noun_numerals", ())))
    if noun_numerals is not None and noun_numerals.search(text) is not None:
        # 借助|三维|信息采集、…: a numeral word naming a dimension is a noun inside a name
        # (the list rules read a copy of the tokens, offsets and indexes shared;
        # the pipeline's tokens keep jieba's tag)
        retag = {}
        for m in noun_numerals.finditer(text):
            k = tokens.start_at.get(m.start())
            if k is not None and tokens[k][1] == m.end() and tokens[k][3] == "m":
                retag[k] = "n"
        tokens = tokens.retagged(retag)
    suffixes = spec.get("modifier_suffix_chars", "")
    if suffixes and any(ch in text for ch in suffixes):
        # 沉浸|式|演艺: a word jieba splits from the suffix that makes it a modifier (…式)
        # is a modifier with it, inside a name (as 分布式, 一站式 are)
        retag = {}
        # (only the tokens written with the suffix are visited: those starting at one of its characters)
        for k in _tokens_at(text, tokens, suffixes, suffixes.__contains__):
            if k == 0:
                continue
            t, prev = tokens[k], tokens[k - 1]
            if t[3] == "k" and prev[1] == t[0] and prev[3] in ("v", "vn") and len(prev[2]) == 2:
                retag[k - 1] = retag[k] = "b"
        if retag:
            tokens = tokens.retagged(retag)
    retag = {}
    prefix = spec.get("modifier_prefix_word")
    # (only where the word is written: str.find, then the token starting there)
    at = text.find(prefix) if prefix else -1
    while at >= 0:
        # 可|复用|火箭, 可|降解塑料: the modal 可 jieba splits from the verb it makes an
        # adjective of is a modifier opening a name (可复用, 可穿戴, 可降解)
        k = tokens.start_at.get(at)
        if k is not None and k + 1 < len(tokens):
            t, nxt = tokens[k], tokens[k + 1]
            if t[2] == prefix and t[3] == "v" and nxt[0] == t[1] and len(nxt[2]) >= 2 and nxt[3] in ("v", "vn", "l", "n"):
                retag[k] = "b"
        at = text.find(prefix, at + 1)
    model = spec.get("model_suffix_word")
    at = text.find(model, 1) if model else -1
    while at > 0:
        # N|型|电池, P|型|硅片: the type word jieba tags k right after a Latin or numeric
        # model letter is one modifier with it (N型, P型), inside a list item
        k = tokens.start_at.get(at) if _LATIN_OR_DIGIT.match(text, at - 1) is not None else None
        if k is not None and k > 0:
            t, prev = tokens[k], tokens[k - 1]
            if t[2] == model and t[3] == "k" and prev[1] == t[0] and _LATIN_OR_DIGIT.match(prev[2]) is not None:
                retag[k] = "b"
        at = text.find(model, at + 1)
    if retag:
        tokens = tokens.retagged(retag)
    shared: set[Cand] = set()
    for key in ("applied_subject_regex", "means_subject_regex"):
        if spec.get(key):
            yield from applied_subject_rules(text, cands, spec[key], tokens if key == "applied_subject_regex" else None)
    not_last = tuple(spec.get("fill_not_last_words", ()))

    def named_items(found: list[Cand]) -> list[Cand]:
        """FOUND but the Technology / Industry items that end with a word of
        fill_not_last_words (通信基站、工业园区、工商业企业等, 在化工、建材企业中: a park,
        a zone or a sector's firms read from a list is no technology or sector)."""
        if not not_last:
            return found
        return [cd for cd in found if cd.priority < 0 or cd.type not in _TECH_OR_SECTOR or not text.endswith(not_last, cd.start, cd.end)]

    typed = named_items(list(typed_list_rules(text, tokens, cands, spec, shared)))
    yield from typed
    if shared:
        # 汽车、电子和钢铁行业: the class word after the last item is the list's (钢铁, not 钢铁行业)
        cands[:] = [cd for cd in cands if cd not in shared]
    if spec.get("place_pairs"):
        drop: set[Cand] = set()
        yield from list(place_pair_rules(text, tokens, cands, spec["place_pairs"], drop))
        if drop:
            cands[:] = [cd for cd in cands if cd not in drop]
    opened: list[Cand] = []
    if spec.get("open_lists"):
        split: set[Cand] = set()
        opened = named_items(list(open_list_rules(text, tokens, cands + typed, spec, split)))
        yield from opened
        if split:
            # a guessed name joining two items of a fields list is no name
            # (在港口、电子和港口物流领域: 电子, 港口物流); the pipeline's list is edited in place
            cands[:] = [cd for cd in cands if cd not in split]
    if spec.get("pairs") and _PAIR_JOINERS.search(text) is not None:
        drop_pair: set[Cand] = set()
        yield from list(pair_rules(text, tokens, cands + typed + opened, spec, drop_pair))
        if drop_pair:
            # 数字孪生和远程运维技术: the class word shared by the pair is no part of the last item
            cands[:] = [cd for cd in cands if cd not in drop_pair]
    if spec.get("list_class_nouns") and "等" in text:
        yield from list_class_noun_rules(text, spec["list_class_nouns"])
    if spec.get("list_class_names") and "等" in text:
        yield from list_class_name_rules(text, tokens, (cands, typed, opened), spec["list_class_names"])
    if spec.get("list_only_terms"):
        yield from list_only_term_rules(text, tokens, spec["list_only_terms"])
    if spec.get("led_items"):
        yield from list(led_item_rules(text, tokens, cands + typed + opened, spec["led_items"]))
    if spec.get("activity_items"):
        yield from list(activity_item_rules(text, tokens, cands + typed + opened, spec["activity_items"]))
    if spec.get("rd_objects"):
        yield from list(rd_object_rules(text, tokens, cands + typed + opened, spec["rd_objects"]))


def rd_object_rules(text: str, tokens, cands: list[Cand], spec: dict) -> Iterable[Cand]:
    """开展甲、乙和丙攻关 / 推进甲、乙和丙的研发: what research and development is
    done on (regex: group ``list``, the items between the directive and the
    R&D word) are techniques and products (type): a known item of retype_types
    is read as type beside a known item of type (智能家居、智能汽车…的研发: the
    technique), unless it names a sector (sector_tails), and in a list of
    min_fill_items items or more an item no rule read, written as whole
    jieba tokens of item_tags (the last, after another, may be of head_tags: a
    verb naming the activity, 高通量|筛选; min_item_chars to max_item_chars, no
    boundary or generic word), is a name of type (菌种定向改造、高通量筛选和连续发酵工艺攻关).
    Items are split where separator_regex matches (not at 与: 感知与避让 is one name)."""
    etype = spec["type"]
    retype = frozenset(spec.get("retype_types", ()))
    item_tags = frozenset(spec["item_tags"])
    head_tags = frozenset(spec.get("head_tags", ()))
    generic = frozenset(spec.get("generic_words", ()))
    lo, hi = spec.get("min_item_chars", 3), spec.get("max_item_chars", 12)
    min_fill = spec.get("min_fill_items", 2)
    sector_tails = tuple(spec.get("sector_tails", ()))
    boundary = compiled()["boundary_words"]
    separator = _compiled_regex(spec["separator_regex"])
    starts, ends = tokens.start_at, tokens.end_at
    lists = []  # the items of each list
    for m in _compiled_regex(spec["regex"]).finditer(text):
        a0, end = m.span("list")
        items = []
        for sep in separator.finditer(text, a0, end):
            items.append((a0, sep.start()))
            a0 = sep.end()
        items.append((a0, end))
        lists.append(items)
    if not lists:
        return
    # the types read of each item (only the items' spans are looked up: the candidates of those, picked in C)
    wanted = {it for items in lists for it in items}
    by_span: dict[tuple[int, int], set] = {}
    for cd in compress(cands, map(wanted.__contains__, map(_SPAN, cands))):
        by_span.setdefault((cd.start, cd.end), set()).add(cd.type)
    for items in lists:
        voted = any(etype in by_span.get(it, ()) for it in items)
        for a, b in items:
            types = by_span.get((a, b), set())
            if voted and types & retype and etype not in types and not text.endswith(sector_tails, a, b):
                yield Cand(a, b, etype, text[a:b], "coordination.rd_retype", -1)
                continue
            if types or len(items) < min_fill or not lo <= b - a <= hi:
                continue
            k, e = starts.get(a), ends.get(b)
            if k is None or e is None:
                continue
            toks = tokens[k : e + 1]
            if all(
                (t[3] in item_tags or (n > 0 and n == len(toks) - 1 and t[3] in head_tags))
                and t[2] not in boundary and t[2] not in generic
                for n, t in enumerate(toks)
            ):
                yield Cand(a, b, etype, text[a:b], "coordination.rd_object", 3)


def activity_item_rules(text: str, tokens, cands: list[Cand], spec: dict) -> Iterable[Cand]:
    """工业搬运、物流分拣和家庭服务: a list item written as a
    known sector + one activity word (a word of activity_tags, two characters or
    more, not one of not_words: 升级, 转型, 支持 name a change or a support, not a
    line of work) names the line of work (type), not the sector inside it, when
    two items of the list are so written.  The first item is the two words before
    its separator, after a word that opens no name (a verb, a preposition)."""
    c = compiled()
    etype = spec["type"]
    activity_tags = frozenset(spec["activity_tags"])
    not_words = frozenset(spec.get("not_words", ()))
    name_pos = c["name_pos"]
    sector = "lex:" + etype
    ends, starts = tokens.end_at, tokens.start_at
    sector_at = {(cd.start, cd.end) for cd in cands if cd.type == etype}
    followed = 0  # sectors right before a word of activity_tags: two are needed
    for _, e in sector_at:
        k = starts.get(e)
        followed += k is not None and tokens[k][3] in activity_tags
    if followed < 2:
        return

    def activity_start(a: int, b: int, first: bool) -> int | None:
        """Where item (a, b), written as sector + activity, begins (None if not so written)."""
        k = ends.get(b)
        if k is None or k < 1:
            return None
        act, head = tokens[k], tokens[k - 1]
        if act[3] not in activity_tags or len(act[2]) < 2 or act[2] in not_words:
            return None
        if not (head[3] == sector or (head[0], head[1]) in sector_at) or head[1] != act[0] or head[0] < a:
            return None
        if head[0] == a:
            return a
        before = tokens[k - 2]
        if not first or before[1] != head[0] or before[3] in name_pos or before[3].startswith("lex:"):
            return None  # (a longer name may open before the sector: its start is undecidable)
        return head[0]

    for m, items in list_matches(c["coordination"], c["coordination_item"], text):
        if len(items) < 2:
            continue
        shaped = []
        for n, (a, b) in enumerate(items):
            start = activity_start(a, b, n == 0)
            if start is not None:
                shaped.append((start, b))
        if len(shaped) < 2:
            continue  # (one such item among sectors, 汽车出行、…, is as often the sector and its use)
        for a, b in shaped:
            yield Cand(a, b, etype, text[a:b], "coordination.activity_item", 3)


@lru_cache(maxsize=1)
def list_matches(rx: re.Pattern, item_rx: re.Pattern, text: str) -> tuple[tuple[re.Match, tuple[tuple[int, int], ...]], ...]:
    """(match, the spans in TEXT of its ITEM_RX matches) of each match of the list
    pattern RX (``compiled()["coordination"]``, tried from near each 、:
    `anchor.finder`; items ``compiled()["coordination_item"]``): typed_list_rules
    and activity_item_rules both read a text's lists and their items, which are
    scanned once (the last text's kept)."""
    return tuple((m, tuple((m.start() + x.start(), m.start() + x.end()) for x in item_rx.finditer(m.group())))
                 for m in finder(rx)(text))


def _tokens_at(text: str, tokens, chars: str, keep) -> list[int]:
    """The indices, ascending, of the tokens whose word KEEP accepts, for a KEEP
    that accepts only words beginning with one of CHARS: the tokens starting
    where the text holds one of them (found in C) are visited, not every token
    (a scan of all the tokens' words, even in C, cost about 2 ms per corpus pass)."""
    at = tokens.start_at.get
    out = []
    for m in _one_of(chars).finditer(text):
        k = at(m.start())
        # (tokens sharing a start, if any: each is visited, as a scan of all would)
        while k is not None and k < len(tokens) and tokens[k][0] == m.start():
            if keep(tokens[k][2]):
                out.append(k)
            k += 1
    return out


@lru_cache(maxsize=16)
def _one_of(chars: str) -> re.Pattern:
    return re.compile("[" + "".join(map(re.escape, sorted(set(chars)))) + "]")


def led_item_rules(text: str, tokens, cands: list[Cand], spec: dict) -> Iterable[Cand]:
    """推广智能配音、虚拟导游和…, 开展智能问诊、远程运维等: an item of a list that no
    rule read, written as a lead word (lead_words: 智能, 远程, 无人, 虚拟) + one
    two-character word (or two one-character words) of no excluded tag (not_tags:
    an adjective, 智能便捷, is a quality) and no generic word (not_words: 智能产品,
    智能分析), is a technique of type; a list character (marks) or 等 on one
    side, a list character, punctuation or the list's verb on the other (not 等
    before it: 等智能产品 is a class)."""
    leads = frozenset(spec["lead_words"])
    marks, ends = spec["marks"], spec["ends"]
    not_tags = frozenset(spec.get("not_tags", ()))
    not_words = frozenset(spec.get("not_words", ()))
    if not leads:
        return
    tokens = as_tokens(tokens)
    spans = set(map(_SPAN, cands))  # (made in C: a Python step per candidate cost more than the scan)
    # (only the tokens starting where a lead word's first character is written are visited)
    for k in _tokens_at(text, tokens, "".join(w[:1] for w in leads), leads.__contains__):
        t = tokens[k]
        s, e = t[0], t[1] + 2
        if e > len(text) or (s, e) in spans:
            continue
        j, ok = k + 1, True
        while ok and j < len(tokens) and tokens[j][1] <= e:
            ok = tokens[j][3] not in not_tags and CJK_WORD.match(tokens[j][2]) is not None
            j += 1
        if not ok or j == k + 1 or tokens[j - 1][1] != e:
            continue
        if text[t[1] : e] in not_words:
            continue
        before = text[s - 1] if s > 0 else "。"
        after = text[e] if e < len(text) else "。"
        verb_before = k > 0 and tokens[k - 1][1] == s and tokens[k - 1][3] in ("v", "vn")
        if after not in ends or not (before in marks or (before in ends and before != "等") or verb_before):
            continue
        if before in marks or after in marks or after == "等":
            yield Cand(s, e, spec["type"], text[s:e], "coordination.led_item", 3)


def list_only_term_rules(text: str, tokens, spec: dict) -> Iterable[Cand]:
    """芯片、整机和软件 / 芯片等方面: a bare product class word (terms) names a
    field only as an item of a list (a list character, list_chars, right before or
    after it); written alone (该芯片, 新款芯片, 某型号芯片) it refers to one product or
    none and is no name (a stop-listed span: a longer name holding it still wins)."""
    marks = spec.get("list_chars", "")
    for term in spec["terms"]:
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            k = tokens.start_at.get(start)
            if (
                k is not None and tokens[k][1] == end
                and (start == 0 or text[start - 1] not in marks) and (end == len(text) or text[end] not in marks)
            ):
                yield Cand(start, end, NOT_ENTITY, "", "coordination.list_only_term", -1)
            start = text.find(term, end)


def list_class_noun_rules(text: str, spec: dict) -> Iterable[Cand]:
    """甲、乙等数字技术: a generic class noun (regex) right after the 等 that closes
    a list (an item separated by 、 earlier in the clause) only sums the list up;
    it is no name (a stop-listed span: it wins over the names inside it, then is
    dropped)."""
    for m in _class_noun_regex(spec["regex"]).finditer(text):
        yield Cand(m.start(1), m.end(1), NOT_ENTITY, "", "coordination.list_class_noun", -1)


def list_class_name_rules(text: str, tokens, sources: tuple, spec: dict) -> Iterable[Cand]:
    """甲、乙等量子传感器件 / 等氢能储运技术: a class noun closing a list of
    technologies (a Technology name in the clause before 等) that is named by a
    known technology or sector (a lexicon word among its modifiers, a quality word
    beside it allowed: 低|碳|冶金) + a class head
    (heads) names a specific class, itself a technology; so does one no known
    word names when listed_items names of type or more stand in the clause
    before 等 (甲、乙和丙等锂电材料); a generic qualifier
    (generic_words: 关键, 前沿, 下一代) makes a generic class, no name."""
    heads = frozenset(spec["heads"])
    generic = frozenset(spec.get("generic_words", ()))
    bases = frozenset(spec.get("base_words", ()))
    tags = frozenset(spec.get("modifier_tags", ()))
    quality_tags = frozenset(spec.get("quality_tags", ()))
    max_chars = spec.get("max_chars", 10)
    listed = spec.get("listed_items", 0)
    etype = spec["type"]
    ends = None  # where the names of type end, sorted (built at the first class found)
    for m in _class_noun_regex(r"[^，。；：！？\n]").finditer(text):
        start = m.start(1)
        k = tokens.start_at.get(start)
        if k is None:
            continue
        j, known = k, False
        while j < len(tokens) and tokens[j][1] - start <= max_chars and tokens[j][2] not in heads:
            t = tokens[j]
            if t[2] in generic or not (t[3] in tags or t[3] in quality_tags or t[3][4:] in _TECH_OR_SECTOR or t[2] in bases):
                break
            known = known or t[3][4:] in _TECH_OR_SECTOR or t[2] in bases
            j += 1
        if j == k or j >= len(tokens) or tokens[j][2] not in heads or tokens[j][1] - start > max_chars:
            continue
        end = tokens[j][1]
        clause = max(text.rfind(x, 0, start) for x in "，。；：！？\n")
        if ends is None:
            ends = sorted(cd.end for src in sources for cd in src if cd.type == etype)
        k = bisect_left(ends, start)  # the names of type ending in the clause before 等
        named = k - bisect_left(ends, clause + 2)
        # a class no known word names is one when listed_items names of type stand before it
        if named > 0 and (known or (listed and named >= listed)):
            yield Cand(start, end, etype, text[start:end], "coordination.list_class_name", 3)


@lru_cache(maxsize=4)
def _class_noun_regex(body: str) -> re.Pattern:
    return re.compile(f"、[^、，。；：！？\n]{{1,30}}?等({body})")


def typed_list_rules(text: str, tokens: list, cands: list[Cand], spec: dict, shared: set | None = None) -> Iterable[Cand]:
    """Coordinated lists (A、B和C等): when most items of a list are entities of
    one type, the other items of the list are entities of that type too."""
    c = compiled()
    rx = c["coordination"]
    boundary, name_pos = c["boundary_words"], c["name_pos"]
    by_span = {}
    by_end = {}
    lexical_spans = set()
    covered = bytearray(len(text) + 1)
    rank = _type_rank()
    span_key = {}  # the reading that wins a span: rule priority, then type (as conflicts resolution does)
    longest_at = {}  # start -> (type, length) of the longest name starting there (the first of equals)
    # one pass over a document's candidates, fields unpacked (a named field is a lookup per use)
    # (the stop-listed spans, near half of them, left out by a test in the loop: the interpreter's
    # string comparison costs less than a selection in C calling str.__ne__ and itemgetter per candidate)
    for start, end, ctype, _, rule, priority in cands:
        if ctype == NOT_ENTITY:
            continue
        span = (start, end)
        key = (priority, rank.get(ctype, 99))
        if key < span_key.get(span, (99, 99)):
            by_span[span] = ctype
            span_key[span] = key
        if rule == "lexicon":
            lexical_spans.add(span)
        was = by_end.get(end)
        if end - start > (was[1] - was[0] if was is not None else 0):
            by_end[end] = (start, end, ctype)
        was = longest_at.get(start)
        if end - start > (was[1] if was is not None else 0):
            longest_at[start] = (ctype, end - start)
        covered[start:end] = b"\x01" * (end - start)
    tokens = as_tokens(tokens)
    ends = tokens.end_at
    starts = tokens.start_at
    tok_starts = tokens.starts
    min_len, max_len = spec.get("min_item_chars", 2), spec.get("max_item_chars", 8)
    min_votes = spec.get("min_votes", 2)
    allowed = set(spec.get("types", ()))
    ambiguous_terms = frozenset(spec.get("ambiguous_terms", ()))
    ambiguous_heads = tuple(spec.get("ambiguous_heads", ()))

    def ambiguous(surface: str) -> bool:  # a Technology/Industry term read the way its list reads it
        return surface in ambiguous_terms or surface.endswith(ambiguous_heads)

    lead_verb = c["coordination_lead_verb"]
    # (the characters a lead verb begins with: most windows hold none, and one
    # test of the window in C settles them without a match tried at each position)
    lead_firsts = first_chars(lead_verb) if lead_verb is not None else None

    def past_lead_verb(start: int, end: int) -> int:
        """A first item's start moved past a verb before the list that jieba
        glued into it or split (做大做|强海工装备, 做|大做强…): the verb is
        not part of the name."""
        if lead_verb is None:
            return start
        lo = max(0, start - 6)
        if lead_firsts is not None and lead_firsts.isdisjoint(text[lo : start + 1]):
            return start
        for x in range(lo, start + 1):
            m = lead_verb.match(text, x)
            if m is not None and start <= m.end() <= end - min_len and (m.end() > start or x == start):
                return m.end()
        return start

    first_head_tags = frozenset(spec.get("first_item_head_tags", ()))

    def name_run_start(end: int, floor: int) -> int:
        """Where the run of name-like tokens ending at ``end`` begins (not
        before ``floor``, at most max_len characters): a list's first item
        when no entity ends there."""
        i = ends.get(end)
        start = end
        last = i
        while i is not None and i >= 0 and tokens[i][0] >= floor and end - tokens[i][0] <= max_len:
            t = tokens[i]
            if t[2] in boundary or not (t[3] in name_pos or t[3].startswith("lex:")):
                if not (i == last and t[3] in first_head_tags and i > 0 and tokens[i - 1][2] not in boundary
                        and (tokens[i - 1][3] in name_pos or tokens[i - 1][3].startswith("lex:"))):
                    break
            start = t[0]
            i -= 1
        return past_lead_verb(start, end)

    whole = spec.get("whole_items")
    if whole:
        whole_max = whole.get("max_chars", 12)
        whole_max_tokens = whole.get("max_tokens", 5)
        whole_tags = frozenset(whole.get("inner_tags", ()))
        whole_lead = frozenset(whole.get("lead_tags", ()))
        whole_stop = frozenset(whole.get("stop_words", ()))
        whole_lead_chars = frozenset(whole.get("lead_function_chars", ""))
        whole_types = frozenset(whole.get("types", ("Technology", "Industry")))
        whole_modifier_tags = frozenset(whole.get("modifier_tags", ()))
        governing = frozenset(spec.get("open_lists", {}).get("verbs", ()))
        whole_openers = frozenset(spec.get("open_lists", {}).get("opening_modifiers", ()))
        opener_after = frozenset(("v", "p", "x", "unk"))
        inner_types = set(map(_SPAN, compress(cands, map(whole_types.__contains__, map(_TYPE, cands)))))

    def governs(k: int) -> bool:
        """Token k is a governing verb (发展, 推动: open_lists.verbs) used as
        one, not as a noun after 的 (…的突破|离不开…)."""
        return k >= 0 and tokens[k][2] in governing and (k == 0 or tokens[k - 1][3] != "uj")

    def governed_start(i: int, floor: int):
        """推动|现代|家居、…: between a governing verb and the first separator
        the whole segment is the first item when its words may be inside a
        name (a modifier jieba reads as a boundary word, an adverb or a verb
        included; the last word no boundary word).  None otherwise."""
        k = i
        while k >= 0 and tokens[k][0] >= floor - whole_max and i - k < whole_max_tokens:
            t = tokens[k]
            if governs(k):
                if k == i or tokens[i][1] - tokens[k + 1][0] > whole_max or tokens[k + 1][3] in ("v", "vn"):
                    return None  # (聚焦|研究|自然语言处理: a verb after the governing one governs the name)
                return tokens[k + 1][0]
            tag = t[3]
            if t[2] in whole_stop or not NOT_IN_NAME.isdisjoint(t[2]) or (k == i and t[2] in boundary):
                return None
            if tag.startswith("lex:") and tag[4:] not in whole_types:
                return None
            if not tag.startswith("lex:") and tag not in whole_tags and tag not in whole_modifier_tags:
                return None
            k -= 1
        return None

    def whole_start(end: int, floor: int):
        """Where a list item ending at ``end`` begins when it is taken whole
        (低空|物流, 分布式|高效|深度学习|框架): tokens back to a real delimiter
        (``floor``: punctuation or a joiner, a boundary or stop word, a
        function word, a place or body); leading verbs are not part of it
        (拓展|低空物流).  None when the walk ran out of room first."""
        i = ends.get(end)
        if i is None:
            return None
        g = governed_start(i, floor)
        if g is not None:
            return g
        k = i
        while True:
            if k < 0 or tokens[k][0] < floor:
                break
            t = tokens[k]
            if k < i and t[2] in whole_openers and (k == 0 or tokens[k - 1][0] < floor or tokens[k - 1][3] in opener_after):
                k -= 1  # 提升|核心|电子元器件: a modifier opening the first item is part of it
                break
            if k < i and (t[2] in boundary or t[2] in whole_stop or not NOT_IN_NAME.isdisjoint(t[2])):
                break
            tag = t[3]
            if tag.startswith("lex:") and tag[4:] not in whole_types and k < i:
                break
            if not tag.startswith("lex:") and tag not in whole_tags:
                break
            if tag == "v" and k < i:
                # a verb that opens the run ends the name before it (推广|高效水泵,
                # 将拓展|低空快递); verbs between nouns may be inside it
                # (电动垂直起降飞行器) or a clause (科技革命呈现人工智能): undecidable
                v = k
                while v > 0 and tokens[v - 1][3] == "v" and tokens[v - 1][0] >= floor:
                    v -= 1
                p = tokens[v - 1] if v > 0 else None
                if (
                    p is not None
                    and p[0] >= floor
                    and (p[3] in whole_lead or p[3].startswith("lex:"))
                    and p[2] not in boundary
                    and p[2] not in whole_stop
                    and NOT_IN_NAME.isdisjoint(p[2])
                ):
                    return None
                break
            if tag == "vn" and k < i:
                return None  # 遴选出|人工智能, 服务|工业制造: a verb or a modifier?
            if end - t[0] > whole_max or i - k >= whole_max_tokens:
                return None
            k -= 1
        k += 1
        while k <= i and not (tokens[k][3].startswith("lex:") or tokens[k][3] in whole_lead):
            k += 1  # 拓展|低空物流: a leading verb is not part of the name
        if k > i:
            return None
        first = tokens[k]
        if first[3] == "unk" and len(first[2]) >= 2 and first[2][0] in whole_lead_chars and end - first[0] > 2:
            return first[0] + 1  # 以光|电子信息产业: a preposition jieba glued to the item
        if first[3] == "unk" and k < i and len(first[2]) >= 2 and first[2][-1] in whole_lead_chars:
            return past_lead_verb(tokens[k + 1][0], end)  # 正以|新型显示: a preposition glued after an adverb
        return past_lead_verb(first[0], end)

    def split_word_start(a: int) -> bool:
        """超高|清视频: an item opening with one character jieba split off the
        word glued before it (not a boundary word) starts inside that word: its
        start is undecidable, so it is filled with no type."""
        k = starts.get(a)
        if k is None or k == 0 or len(tokens[k][2]) != 1 or tokens[k][3].startswith("lex:"):
            return False
        prev = tokens[k - 1]
        return prev[1] == a and len(prev[2]) >= 2 and CJK_WORD.match(prev[2]) is not None and prev[2] not in boundary

    region_end = {cd[0]: cd[1] for cd in cands if cd[2] == "Region"}  # where a place opening an item ends

    def longest_from(a: int):
        """(a, end, type) of the longest name starting at A (the first of equals),
        or None (looked up where asked: a dict of them all costs more)."""
        hit = longest_at.get(a)
        return None if hit is None else (a, a + hit[1], hit[0])

    def item_type(a: int, b: int):
        """The type of the name an item is or ends with (社交|电商 -> Industry)."""
        hit = by_end.get(b)
        return hit[2] if hit is not None and hit[0] >= a else None

    def name_and_abbreviation(a: int, b: int) -> bool:
        """人工智能|AI: an item that is a name and its Latin abbreviation holds
        two mentions, not one name."""
        last = by_end.get(b)
        return (
            last is not None and a < last[0] and last[0] in by_end
            and by_end[last[0]][0] >= a and _LATIN_ABBREV.match(text, last[0], b) is not None
        )

    def whole_item(a: int, b: int, first: bool, listed: bool):
        """The span of item (a, b) taken whole, when it holds a shorter
        technology or sector (跨境|物流, 高端|数控机床) and is name-like."""
        if first:
            ws = whole_start(b, a)
            if ws is None:
                return None
            a = ws
        if not (min_len <= b - a <= whole_max) or by_span.get((a, b)) is not None:
            return None
        surface = text[a:b]
        if surface in lex.not_entities or not WORDLIKE.match(surface):
            return None
        if name_and_abbreviation(a, b):
            return None
        if not any((x, y) in inner_types for x in range(a, b) for y in range(x + 2, b + 1) if (x, y) != (a, b)):
            return None
        toks = tokens.within(a, b)
        if first and any(t[3] == "v" for t in toks[1:-1]):
            return None  # 推动某某产业|应用|工业互联网、…: a clause, its verb inside the item
        if not first:
            if not toks or toks[0][0] != a or toks[-1][1] != b:
                return None
            # (a verb may lead an item written between two separators, 仿生|触觉传感器,
            # unless it is a boundary word: 推进|智慧城市 is a clause)
            if not (toks[0][3].startswith("lex:") or toks[0][3] in whole_lead or toks[0][3] == "v"):
                return None
            if not listed and (toks[-1][3] == "v" or toks[-1][2] in boundary or toks[-1][2] in whole_stop):
                return None  # 大算力|深度|融合, …仪器|研发和产业化: a clause, unless 等 closes the list
            for t in toks[:-1]:
                if t[2] in boundary or t[2] in whole_stop or (t[3].startswith("lex:") and t[3][4:] not in whole_types):
                    return None
                if not t[3].startswith("lex:") and t[3] not in whole_tags:
                    return None
        return a, b

    # under a class noun an item may also hold the tags a whole item may lead
    # with (未来|装备、未来|生活等五大未来产业)
    fill_extra = whole_lead if whole else frozenset()
    first_verb_after = frozenset(spec.get("first_verb_item", {}).get("after", ()))
    first_verb_tags = frozenset(spec.get("first_verb_item", {}).get("tags", ()))
    gloss = re.compile(spec["gloss_regex"]) if spec.get("gloss_regex") else None

    def generic_org(a: int, b: int) -> bool:
        """其他厂商, 上下游配套: an item of a company list that is no company
        (not_company_item, with its words' tags)."""
        toks = tokens.within(a, b)
        return not_company_item(text[a:b], [t[3] for t in toks])

    lex = load_lexicon()
    break_words = frozenset(spec.get("item_break_words", ()))
    break_verbs = frozenset(spec.get("item_break_verbs", ()))
    break_any = _words_regex(break_words | break_verbs)
    opening_modifier_tags = frozenset(spec.get("last_item_modifier_tags", ()))
    closing_head_tags = frozenset(spec.get("last_item_head_tags", ()))
    headed_retype = {k: frozenset(v) for k, v in spec.get("class_fill_retypes", {}).items()}
    term_tags = frozenset(spec.get("term_siblings", {}).get("tags", ()))
    shared_class = tuple(spec.get("shared_class_words", ()))
    lc = spec.get("last_item_class") or {}
    last_class = (_compiled_regex(lc["regex"]), lc["type"], frozenset(lc.get("retype_types", ()))) if lc.get("regex") else None
    term_not_last = tuple(spec.get("term_siblings", {}).get("not_last_words", ()))
    term_not_last_tags = frozenset(spec.get("term_siblings", {}).get("not_last_tags", ()))
    term_extra_tags = {k: frozenset(v) for k, v in spec.get("term_siblings", {}).get("extra_tags", {}).items() if k != "_doc"}
    joined = c["coordination_joined"]
    joined_apart = frozenset(spec.get("joined_item_apart_joiners", ()))
    class_count = c["coordination_class_count"]
    if joined is not None:
        # 、细胞与基因、: a pair written as one item between two 、 is one name (the
        # 与 is not the list's last joiner)
        for m in joined.finditer(text):
            (a1, b1), (a2, b2) = m.span(1), m.span(2)
            if by_span.get((m.start(1), m.end(2))) is not None:
                continue
            left, right = longest_from(a1), by_end.get(b2)
            if left is not None and left[1] > b1 or right is not None and right[0] < a2:
                continue  # a name runs over the joiner
            whole_part = left is not None and left[1] == b1 or right is not None and right[0] == a2
            if left is not None and left[1] == b1 and right is not None and left[2] != right[2] \
                    and _FUSION_AFTER.match(text, b2) is not None:
                continue  # 、区块链与某某农业、…深度融合: a technology and a sector fused are two items, not a name
            if whole_part and text[b1 - 1] == text[b2 - 1]:
                continue  # 风能和潮汐能: two names of one kind, each with its head, are two
            if joined_apart and text[b1:a2] in joined_apart and left is not None and left[1] == b1 \
                    and (right is not None and right[0] == a2 or longest_from(a2) is not None):
                continue  # 、甲和乙、 with both parts names as written (乙 as its start: 、甲和乙中…、): two items
            # its parts' reading, else its neighbours' in the list (…、区块链、细胞与基因、…)
            parts = [x[2] for x in (right, left) if x is not None]
            known = parts or [x[2] for x in (by_end.get(a1 - 1), longest_from(b2 + 1)) if x is not None]
            if not known or any(t not in ("Technology", "Industry") for t in known):
                continue
            surface = text[a1:b2]
            if WORDLIKE.match(text[a1:b1]) and WORDLIKE.match(text[a2:b2]) and surface not in lex.not_entities:
                # the pair is one item of its list: it votes, and the class
                # named after the list may retype it (…、光子芯片与光器件、…等未来产业)
                by_span[(a1, b2)] = known[0]
                if b2 - a1 > by_end.get(b2, (0, 0))[1] - by_end.get(b2, (0, 0))[0]:
                    by_end[b2] = (a1, b2, known[0])
                yield Cand(a1, b2, known[0], surface, "coordination.joined_item", 3)
    same = spec.get("same_head_lists")
    if same:
        same_heads = tuple(sorted(same["heads"], key=len, reverse=True))
        # the heads by length, longest first: the head an item ends with is one set lookup per length
        same_by_len = [(n, frozenset(h for h in same_heads if len(h) == n))
                       for n in sorted({len(h) for h in same_heads}, reverse=True)]
        same_min, same_max, same_type = same.get("min_items", 2), same.get("max_item_chars", 12), same.get("type", "Technology")
        ol = spec.get("open_lists", {})
        same_tags = frozenset(ol.get("item_tags", ())) | frozenset(same.get("extra_tags", ()))
        same_lead = frozenset(ol.get("lead_tags", ())) | {"v"} | frozenset(same.get("extra_tags", ()))
        same_openers = frozenset(ol.get("opening_modifiers", ()))
        same_not_first = frozenset(ol.get("verbs", ())) | frozenset(spec.get("whole_items", {}).get("stop_words", ()))

    def same_head_name(a: int, b: int, head: str) -> bool:
        """Item (a, b) is a name written with the list's head: whole tokens
        of name tags, no boundary word (an opening modifier aside), a verb
        only before a noun (巡检|机器人), two characters or more before the head."""
        if not (len(head) + 2 <= b - a <= same_max) or not text.endswith(head, a, b):
            return False
        toks = tokens.within(a, b)
        if len(toks) < 2 or toks[0][0] != a or toks[-1][1] != b or toks[0][2] in same_not_first:
            return False
        if not (toks[0][3] in same_lead or toks[0][3][4:] in _TECH_OR_SECTOR):
            return False
        for n, t in enumerate(toks):
            if t[3].startswith("lex:"):
                if t[3][4:] not in _TECH_OR_SECTOR:
                    return False
            elif t[3] not in same_tags or not NOT_IN_NAME.isdisjoint(t[2]):
                return False
            if t[2] in boundary and not (n == 0 and t[2] in same_openers):
                return False
            if t[3] == "v" and n + 2 < len(toks) and toks[n + 1][3] == "v":
                return False  # 推出|巡检|机器人: a verb before the verb naming the task governs the name
        surface = text[a:b]
        return surface not in lex.not_entities and WORDLIKE.match(surface) is not None

    units = c["numeral_units"]

    def counted_at(a: int) -> bool:
        """The token at ``a`` is a count (120|台)."""
        k = starts.get(a)
        return k is not None and is_count(tokens, k, units)

    def after_count(a: int, b: int) -> int:
        """Where item (a, b) begins once a count written before it (30|台) is passed."""
        while a < b and counted_at(a):
            a = tokens[starts.get(a)][1]
        return a

    def same_head_items(items, s0: int) -> Iterable[Cand]:
        """工业质检软件、设备故障诊断软件和能耗优化分析软件: every item
        written with one head (same_head_lists) is a name of that head's
        type; the first item is the longest name before its separator."""
        if len(items) < same_min:
            return
        head = same_head(*items[-1])
        if head is None or not all(text.endswith(head, a, b) for a, b in items) or votes_any(items):
            return
        e0 = items[0][1]
        first = next((x for x in tok_starts[bisect_left(tok_starts, s0) : bisect_left(tok_starts, e0)]
                      if not counted_at(x) and same_head_name(x, e0, head)), None)
        rest = [(after_count(a, b), b) for a, b in items[1:]]  # (…、30台|双足机器人: the count is no part of a name)
        if first is None or not all(same_head_name(a, b, head) for a, b in rest):
            return
        for a, b in [(first, e0), *rest]:
            if by_span.get((a, b)) != same_type:
                yield Cand(a, b, same_type, text[a:b], "coordination.same_head", 3)

    spanning = [cd for cd in cands if cd[4] == "compound.shared_head"]
    fm = spec.get("field_majority") or {}
    field_major = (
        (_compiled_regex(fm["regex"]), fm["type"], frozenset(fm.get("retype_types", ())), tuple(fm.get("retype_heads", ())))
        if fm.get("regex") else None
    )
    # (these cues fill only name-like items in a list of unknown items, and beside a known item any
    # item but a verb with its object verb)
    name_token_cues = {n for n, cue in enumerate(spec.get("tail_cues", ())) if cue.get("fill_name_tokens_only")}

    def lists_in(m, items) -> list[list[tuple[int, int]]]:
        """The item spans of the list(s) a list_regex match holds (ITEMS: those of its text as written)."""
        group = m.group()
        if gloss is not None and "（" in group:
            # a gloss after an item (零碳负碳（碳捕集…）、…) is neither an item nor a break
            group = gloss.sub(lambda g: "，" * len(g.group()), group)
            items = [(m.start() + s.start(), m.start() + s.end()) for s in c["coordination_item"].finditer(group)]
        # a pair between two 、 (…、风能和潮汐能、…) is one item only when it is one
        # name (coordination.joined_item); else its parts are two items
        if _ITEM_JOINER.search(text, m.start(), m.end()) is None:
            split = list(items)  # (no joiner written in the list: no item holds one; one search for all)
        else:
            split = []
            for a, b in items:
                j = _ITEM_JOINER.search(text, a + 1, b - 1) if b - a > 2 else None
                if j is not None and by_span.get((a, b)) is None:
                    split += [(a, j.start()), (j.end(), b)]
                else:
                    split.append((a, b))
        if class_count is not None and len(split) > 2:
            # A、B、C三大X和D: a counted class closes the list; what follows its 和 is no item
            a, b = split[-2]
            if text[b] in "和与及" and class_count.search(text, a + 1, b) is not None:
                split.pop()
        if break_any is None or break_any.search(text, m.start(), m.end()) is None:
            return [split]  # (no break word written in the list: no item holds one)
        k0 = starts.get(split[0][0])
        if k0 is not None and tokens[k0][2] in break_verbs and tokens[k0][3] in _BREAK_VERB_TAGS \
                and tokens[k0][1] < split[0][1] - 1:
            split[0] = (tokens[k0][1], split[0][1])  # (培育|莓茶、葛根: the directive opening the list is no part of its first item)
        a, b = split[0]
        inner = [t for t in tokens.within(a, b) if t[2] in break_verbs and t[3] in _BREAK_VERB_TAGS and a < t[0] and t[1] < b - 1]
        if inner:
            split[0] = (inner[-1][1], b)  # (某某正在改变|影视、动漫: a clause's verb before the first item is no part of it)
        for k in range(len(split) - 1, 0, -1):
            # 推动A、B、C在D、E等产业的应用: a preposition inside an item ends one
            # list (A、B、C) and opens another (D、E: the class after it types these only);
            # so does a directive verb (在甲、乙主产区推广丙、丁: two lists, not one)
            a, b = split[k]
            if break_any.search(text, a + 1, b - 1) is None:
                continue  # (a break word's token inside the item is written there)
            p = next((t for t in tokens.within(a, b)
                      if (t[2] in break_words and t[3] == "p" or t[2] in break_verbs and t[3] in _BREAK_VERB_TAGS)
                      and a < t[0] and t[1] < b), None)
            if p is not None:
                return [[*split[:k], (a, p[0])], [(p[1], b), *split[k + 1 :]]]
        return [split]

    def name_tokens(a: int, b: int, head_tags, later: bool) -> bool:
        """Item (a, b) is written with name-like tokens only (the last may be
        a verb used as its head noun after one: 无人|配送; a later item may be
        one word jieba tags as a verb: …、包装等产业); 全面|提升 is a clause."""
        toks = tokens.within(a, b)
        if later and len(toks) == 1 and toks[0][3] in first_verb_tags and toks[0][2] not in boundary:
            return True
        return bool(toks) and all(
            t[3] in name_pos or t[3].startswith("lex:")
            or (n > 0 and n == len(toks) - 1 and t[3] in head_tags and t[2] not in boundary
                and (toks[n - 1][3] in name_pos or toks[n - 1][3].startswith("lex:")))
            for n, t in enumerate(toks)
        )

    def verb_free(a: int, b: int) -> bool:
        """Item (a, b) is no clause of a verb and its object verb (提升|制造): a
        list with a known item fills names with looser tokens (再生|铜, 中|兽药)."""
        toks = tokens.within(a, b)
        return not (len(toks) > 1 and toks[0][3] == "v" and toks[-1][3] in _BREAK_VERB_TAGS)

    def headed_item(a: int, b: int, best) -> bool:
        """智能|巡检|设备 in a list of technologies: an item written with a
        product head (same_head_lists.heads) is a name of that type even
        with verbs inside (what the product does)."""
        if not same or best != same_type:
            return False
        head = same_head(a, b)
        return head is not None and same_head_name(a, b, head)

    def same_head(a: int, b: int) -> str | None:
        """The longest head of same_head_lists that item (a, b) ends with."""
        for n, heads in same_by_len:
            if b - a >= n and text[b - n : b] in heads:
                return text[b - n : b]
        return None

    generic = spec.get("generic_sector_items")
    generic_class = _compiled_regex(generic["class_regex"]) if generic else None
    if generic:
        generic_type, generic_min, generic_tags = generic.get("type", "Industry"), generic.get("min_known", 2), frozenset(generic["tags"])

    def generic_sector_items(items) -> Iterable[Cand]:
        """在电力、交通和通信领域: a word the stop list holds as a generic
        reference (通信, 材料, 公共服务) is a sector when it is an item of a
        list of known sectors closed by a sector class (generic_sector_items):
        written as whole noun tokens, nothing read there yet."""
        for a, b in items:
            surface = text[a:b]
            if surface not in lex.not_entities or by_span.get((a, b)) is not None:
                continue
            toks = tokens.within(a, b)
            if toks and toks[0][0] == a and toks[-1][1] == b and all(t[3] in generic_tags for t in toks):
                yield Cand(a, b, generic_type, surface, "coordination.generic_sector", -1)

    def votes_any(items) -> bool:
        return any(by_span.get(it) not in (None, "Technology") for it in items)

    for items in (found for m, written in list_matches(rx, c["coordination_item"], text) for found in lists_in(m, written)):
        if len(items) < 2:
            continue
        # first item: the entity ending there, else trailing noun-like tokens
        s0, e0 = items[0]
        if e0 in by_end and by_end[e0][0] >= s0:
            items[0] = (by_end[e0][0], e0)
        else:
            items[0] = ((whole_start(e0, s0) if whole else None) or name_run_start(e0, s0), e0)
        verb_first = None
        i0 = ends.get(e0) if first_verb_after else None
        if i0 is not None and items[0][0] in (e0, tokens[i0][0]):
            # 在|制造、交通…等领域: one word jieba tags as a verb right after a
            # preposition is the first item (filled only under a class noun)
            if (
                i0 > 0
                and tokens[i0][3] in first_verb_tags
                and tokens[i0 - 1][2] in first_verb_after
                and tokens[i0][2] not in boundary
            ):
                items[0] = verb_first = (tokens[i0][0], e0)
        # last item: stop at a boundary word after it (…金融等领域)
        sl, el = items[-1]
        list_end_words = spec.get("list_end_words", ())
        j = starts.get(sl)
        if j is None and sl > 0 and text[sl - 1] in "和与及":
            k = bisect_right(tok_starts, sl) - 1  # …和|泵阀 glued: the item starts inside the joiner's token
            j = k if k >= 0 and tokens[k][0] == sl - 1 and tokens[k][1] > sl else None
        end = sl
        counted = False  # …、深海能源四大未来产业: a numeral class closes the list like 等
        while j is not None and j < len(tokens) and tokens[j][1] <= el:
            t = tokens[j]
            closing_head = t[0] > sl and t[1] == el and text.startswith("等", el) and t[3] in closing_head_tags and t[2] not in list_end_words
            if (t[2] in boundary and not (t[0] == sl and t[3] in opening_modifier_tags) and not closing_head) or (t[2] in list_end_words and t[0] > sl):
                # an end word opening the item is part of it (深度|伪造; 数字文创|深度|融合 ends),
                # and so is a modifier (现代|物流) and a head noun right before 等 (遥感|应用等…)
                break
            if t[0] > sl and class_count is not None and class_count.match(text, t[0]):
                counted = True
                break
            end = t[1]
            if shared_class and t[2].endswith(shared_class) and len(t[2]) > 2:
                break  # 和|钢铁行业|大规模…: a word ending with the list's class word ends the list
            j += 1
        items[-1] = (sl, end)
        cued, retype_types, fill_min, fill_head_tags = None, frozenset(), 0, frozenset()
        cue_name_tokens = cue_any_known = False
        if text.startswith("等", end) or counted:
            at = end if counted else end + 1
            for n_cue, (cue_rx, cue_type, cue_retypes, cue_fill, cue_head_tags) in _tail_cues_at(c, text, at):
                if cue_rx.match(text, at):
                    cued, retype_types, fill_min, fill_head_tags = cue_type, cue_retypes, cue_fill, cue_head_tags
                    cue_name_tokens = n_cue in name_token_cues
                    cue_any_known = any(by_span.get(it) is not None for it in items)
                    break
        elif last_class is not None and by_span.get(items[-1]) == last_class[1] and last_class[0].search(text, *items[-1]) \
                and all(by_span.get(it) is not None for it in items):
            # 甲、乙和丙产业: the sector class written with the last item is the list's
            # (last_item_class): its technologies are read as sectors like it (a list
            # of names only: 推进设施建设、…和数字产业发展 is a list of tasks)
            cued, retype_types = last_class[1], last_class[2]
        if spanning and shared is not None:
            # 航电|软件和氢燃料发动机: a head shared over the list's joiner by
            # a name that starts inside an item is no name (the item is whole)
            for k in range(1, len(items) - 1):
                for cd in spanning:
                    if items[k][0] < cd.start < items[k][1] < cd.end and cd.end <= items[k + 1][1]:
                        shared.add(cd)
        if same and not cued:
            yield from same_head_items(items, s0)  # (unless a known item votes for another type: votes_any)
        if len(items) < 3 and not cued:
            continue  # two items are a list only with a class noun after them
        if cued in _TECH_OR_SECTOR and region_end:
            # 推动甲市A、乙市B等…产业基地: under a class of sectors or technologies an
            # item written after its city is the name after the city (a Region of its own)
            # (not a clause after the city: 乙市|提升|A)
            items = [
                (region_end[a], b)
                if a in region_end and b - region_end[a] >= min_len and by_span.get((a, b)) is None
                and (k := starts.get(region_end[a])) is not None and (tokens[k][3] in name_pos or tokens[k][3].startswith("lex:"))
                else (a, b)
                for a, b in items
            ]
        votes: dict[str, int] = {}
        for a, b in items:
            t = by_span.get((a, b))
            if t:
                votes[t] = votes.get(t, 0) + 1
        if generic_class is not None and len(votes) == 1 and votes.get(generic_type, 0) >= generic_min \
                and generic_class.match(text, items[-1][1]) is not None:
            yield from generic_sector_items(items)
        def named_by_head(it) -> bool:
            """智元机器人 in a list of companies: a name a head rule read as a
            technology (not a lexicon term) is the class's name."""
            return cued in headed_retype and by_span.get(it) in headed_retype[cued] and it not in lexical_spans

        if fill_min and all(by_span.get(it) in (None, cued) or named_by_head(it) for it in items[1:]):
            # …、峰飞航空等企业: the class noun alone types the items (a known
            # word inside one, 航空, does not make it a sector); the first item
            # is the run of name-like tokens before the first 、
            first = whole_start(e0, s0) if whole else name_run_start(e0, s0)
            if first is None and first_head_tags and (i_end := ends.get(e0)) is not None and tokens[i_end][3] in first_head_tags:
                first = name_run_start(e0, s0)  # 发展|大气污染|治理、…等技术: a name ending with a verb used as its head noun
                first = first if first < tokens[i_end][0] else None
            if verb_first is not None:
                first = verb_first[0]  # 在|制造、…等领域的应用
            if retype_types and by_span.get(items[0]) in retype_types:
                # a known first item is read as the class too (在激光技术、低空装备…等领域的应用)
                a, b = items[0]
                yield Cand(a, b, cued, lex.terms.get(text[a:b], ("", text[a:b]))[1], "coordination.class_retype", -1)
                first = None
            for n_item, (a, b) in enumerate([(first, e0), *items[1:]]):
                if a is None:
                    continue  # the first item's start is undecidable (电动垂直起降|飞行器)
                span = None
                if whole and cued in whole_types:
                    span = whole_item(s0, e0, True, True) if n_item == 0 else whole_item(a, b, False, True)
                if span is not None:  # 人工智能辅助蛋白设计: a whole item may be longer
                    yield Cand(span[0], span[1], cued, text[span[0] : span[1]], "coordination.whole_item", 3)
                    continue
                if n_item > 0:
                    a = past_lead_verb(a, b)  # 一、加快发展|低空物流、…: the verb is no part
                surface = text[a:b]
                headed = named_by_head((a, b))
                if (
                    fill_min <= b - a <= max_len
                    and (by_span.get((a, b)) is None or headed)
                    and not name_and_abbreviation(a, b)
                    and surface not in lex.not_entities
                    and WORDLIKE.match(surface)
                    and not split_word_start(a)
                    and not (cued == "Institution" and generic_org(a, b))
                    and not (cue_name_tokens and not (verb_free(a, b) if cue_any_known else name_tokens(a, b, fill_head_tags, n_item > 0)))
                ):
                    if headed:
                        yield Cand(a, b, cued, surface, "coordination.class_retype", -1)
                    else:
                        yield Cand(a, b, cued, surface, "coordination.class_fill", 3)
            continue
        if not votes:
            continue
        if retype_types and any(t in retype_types for t in votes):
            # the class named after the list types its items, lexicon
            # technologies too: the sentence reads them as the class it names
            # (量子信息、类脑智能等未来产业, 大数据、物联网等数字产业; annotation.md
            # "pick the reading the sentence uses")
            for a, b in items:
                surface = text[a:b]
                if by_span.get((a, b)) in retype_types:
                    yield Cand(a, b, cued, lex.terms.get(surface, ("", surface))[1], "coordination.class_retype", -1)
            votes = {cued: len(items)}
        best, n = max(votes.items(), key=lambda kv: kv[1])
        if (
            field_major is not None and best == field_major[1] and n >= 2 and n * 2 > len(items)
            and field_major[0].match(text, items[-1][1]) is not None
        ):
            # 聚焦风电、钠电池、氢能三大方向: a list closed by a field class whose known
            # items are mostly sectors reads its technologies as sectors too
            for a, b in items:
                if by_span.get((a, b)) in field_major[2] and text.endswith(field_major[3], a, b):
                    yield Cand(a, b, best, lex.terms.get(text[a:b], ("", text[a:b]))[1], "coordination.field_majority", -1)
        # retyping needs a clear list: >= 2 unambiguous items, all of one type
        firm = [by_span.get((a, b)) for a, b in items if not ambiguous(text[a:b]) and by_span.get((a, b))]
        class_headed = False
        clear = len(firm) >= 2 and all(t == best for t in firm)
        if cued and cued in votes:
            # a named class after the list: its unknown items are of that class,
            # even when only one item is known; ambiguous known items follow the
            # class when no unambiguous item reads otherwise, and product
            # and sector classes (…材料, …装备, …储能: ambiguous_heads), which
            # always take the class named (…新型储能、新一代信息技术等新兴产业)
            clear = best == cued and all(t == cued for t in firm)
            best = cued
            class_headed = True
        elif best not in allowed or n < min_votes or n * 2 < len(items):
            types_seen = [item_type(a, b) for a, b in items[:-1]]
            types_seen.append(item_type(*items[-1]) or (longest_from(items[-1][0]) or (None, None, None))[2])
            if not (whole and best in whole_types and all(t == best for t in types_seen)):
                k0 = starts.get(items[0][0])
                if (
                    term_tags and len(votes) == 1 and best in whole_types and len(items) >= 3
                    and not (k0 is not None and governs(k0 - 1))  # (a governed list is read by open_list_rules)
                    and not text.startswith("等", items[-1][1])  # (…等计算难题: the class no cue names decides)
                ):
                    # 激光雷达、域控制器和线控底盘: one known item, and siblings
                    # written as terms (nouns only, no verb or boundary word) are of its kind
                    for a, b in items:
                        if by_span.get((a, b)) is not None or any(covered[a:b]) or not (3 <= b - a <= max_len):
                            continue
                        toks = tokens.within(a, b)
                        surface = text[a:b]
                        if (
                            toks and toks[0][0] == a and toks[-1][1] == b
                            and (len(toks) > 1 or len(toks[0][2]) >= 3)
                            and all((t[3] in term_tags or t[3] in term_extra_tags.get(best, ())) and t[2] not in boundary for t in toks)
                            and toks[-1][3] not in term_not_last_tags  # (…、远程|运维和…: an activity)
                            and not _LATIN_OR_DIGIT.match(text, b) and not (a and _LATIN_OR_DIGIT.match(text, a - 1))
                            and not surface.endswith(term_not_last)
                            and surface not in lex.not_entities and WORDLIKE.match(surface)
                            and toks[0][2] not in whole_stop
                        ):
                            yield Cand(a, b, best, surface, "coordination.term_sibling", 3)
                continue
            # 直播电商、社交电商、跨境电商: every item ends with a name of one
            # type, so the list is of that type even with one item known whole
        if whole and best in whole_types:
            # 跨境物流、社区养老等领域: each item is a name as written, not the
            # shorter sector inside it.  Without 等 after it the last item's end
            # is a guess (未来健康六大方向): it must end with a name; the class
            # named after the list types it, else the name it ends with
            listed = text.startswith("等", items[-1][1]) or counted
            for n_item, (a, b) in enumerate(items):
                if n_item == len(items) - 1 and not listed and by_end.get(b, (0, -1))[1] != b:
                    continue
                span = whole_item(s0 if n_item == 0 else a, b, n_item == 0, listed)
                if span is not None:
                    head = by_end.get(b)
                    etype = cued or (head[2] if head and head[2] in whole_types else best)
                    yield Cand(span[0], span[1], etype, text[span[0] : span[1]], "coordination.whole_item", 3)
        sl, el = items[-1]
        cls = next((w for w in shared_class if text.startswith(w, el) or text.endswith(w, sl, el)), None)

        if cls and text.endswith(cls, sl, el):
            el -= len(cls)  # (钢铁行业 read as one word: the item is 钢铁)
        if cls and shared is not None and best == "Industry" and len(items) >= 3 and by_span.get((sl, el)) in (None, best):
            # 汽车、电子和钢铁行业: 行业 after the last item is the class of the whole list
            # (the item a known name or not: 钢铁、建材、有色金属行业)
            longer = [cd for cd in cands if (cd.start, cd.end) == (sl, el + len(cls)) and cd.type == best]
            surface = text[sl:el]
            if longer and WORDLIKE.match(surface) and surface not in lex.not_entities and el - sl >= min_len:
                shared.update(longer)
                if by_span.get((sl, el)) is None:
                    yield Cand(sl, el, best, surface, "coordination.shared_class", 3)
        for a, b in items:
            surface = text[a:b]
            t = by_span.get((a, b))
            if (
                t in ("Technology", "Industry")
                and t != best
                and ((clear and ambiguous(surface)) or (class_headed and surface.endswith(ambiguous_heads)))
            ):
                # a Technology/Industry term read the way its list reads it
                yield Cand(a, b, best, lex.terms.get(surface, ("", surface))[1], "coordination.retype", -1)
                continue
            if (
                # a pair only retypes what is already a name; under a class noun
                # its second item, written between 、 and 等, may be filled
                (len(items) > 2 or (class_headed and (a, b) == items[-1] and text.startswith("等", b))
                 # 推动|现代家居、纺织服装等传统产业: the governing verb bounds the pair's first item
                 # (a class that only votes, …等领域, fills no pair: 推动科技、金融等领域)
                 or (class_headed and retype_types and (a, b) == items[0] and (k0 := starts.get(a)) is not None and governs(k0 - 1)))
                and min_len <= b - a <= max_len
                and not any(covered[a:b])
                and surface not in lex.not_entities
                and surface not in boundary
                and WORDLIKE.match(surface)
                and not split_word_start(a)
                and ((a, b) != verb_first or class_headed)
                and (headed_item(a, b, best) or all(
                    t[3] in name_pos
                    or t[3].startswith("lex:")
                    or (class_headed and (a, b) == verb_first)
                    # …、设计、会计、法律等现代服务业: a word jieba tags as a verb,
                    # written alone between two separators under a class noun
                    or (class_headed and len(toks) == 1 and t[3] in first_verb_tags and (a, b) != items[0])
                    or (class_headed and t[3] in fill_extra)
                    or (class_headed and n_tok > 0 and n_tok == len(toks) - 1 and t[3] in fill_head_tags and t[2] not in boundary)
                    # 发展|大气污染|治理、…: the first item may end with a verb used as its head noun
                    or ((a, b) == items[0] and n_tok > 0 and n_tok == len(toks) - 1 and t[3] in first_head_tags and t[2] not in boundary)
                    for toks in (tokens.within(a, b),)
                    for n_tok, t in enumerate(toks)
                ))
            ):
                yield Cand(a, b, best, surface, "coordination", 3)


def _tail_cues_at(c: dict, text: str, at: int) -> tuple:
    """(index, cue) of the tail cues (``c["coordination_tail_cues"]``, in order)
    that can match TEXT at AT: those whose matches may begin with the character
    there (`first_chars`; a cue that may begin with any is kept).  Most cues fail
    on their first character, and a match tried costs more than this lookup
    (cached per character in C)."""
    by_char = c.get("coordination_tail_cues_at")
    if by_char is None:
        by_char = c["coordination_tail_cues_at"] = {}
    ch = text[at : at + 1]
    got = by_char.get(ch)
    if got is None:
        got = by_char[ch] = tuple(
            (n, cue) for n, cue in enumerate(c["coordination_tail_cues"])
            if (firsts := first_chars(cue[0])) is None or ch in firsts
        )
    return got


_TECH_OR_SECTOR = ("Technology", "Industry")
_BREAK_VERB_TAGS = frozenset(("v", "vn"))  # (jieba tags 发展, 培育 either way: a directive opening a list)
# a candidate's fields read in C (selections over thousands of candidates: compress, map)
_SPAN, _TYPE = itemgetter(0, 1), itemgetter(2)


@lru_cache(maxsize=8)
def _words_regex(words: frozenset) -> re.Pattern | None:
    """A regex finding any of WORDS (None for none): a token that is one of
    them lies only where this finds the word."""
    if not words:
        return None
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
_PAIR_JOINERS = re.compile("[和与及、]")
_CLAUSE_TAGS = frozenset(("uj", "ul", "uz", "ug", "p", "c", "v", "d", "r", "m", "q", "f"))  # a word that may end a clause before a name


def pair_rules(text: str, tokens, cands: list[Cand], spec: dict, drop: set) -> Iterable[Cand]:
    """A pair (A和B, A与B, A及B) whose one item is a known technology or
    sector and whose other item no rule read: the other item is of the known
    one's type when it is written as a term (whole jieba tokens of
    ``pairs.item_tags``, no boundary, stop or governing word) and the pair says
    it is of one kind: both items end with the same head (碱性电解槽和固体氧化物电解槽,
    畜禽养殖和水产养殖), the unknown item ends with a head of the known one's type
    (open_lists.heads: …和高速磁浮系统), or a class word of that type follows the
    pair (数字孪生和远程运维技术: the class word is shared, no part of the item).
    Two neighbours in a list (A、B) are such a pair only when the known one is a
    lexicon term and the two share its head (甲陶瓷、结构陶瓷), not a product-or-sector
    head (coordination.ambiguous_heads: the list decides those)."""
    c = compiled()
    o = spec["pairs"]
    boundary = c["boundary_words"]
    lex = load_lexicon()
    item_tags = frozenset(o.get("item_tags", ()))
    inner_tags = frozenset(o.get("inner_tags", ()))
    min_len, max_len = o.get("min_item_chars", 3), o.get("max_item_chars", 10)
    head_chars = o.get("same_head_chars", 2)
    head_types = frozenset(o.get("head_types", ()))
    tail_words = {t: tuple(ws) for t, ws in o.get("tail_class_words", {}).items() if t != "_doc"}
    kept = frozenset(spec.get("kept_tail_words", ()))
    ol = spec.get("open_lists", {})
    not_heads = frozenset(o.get("not_heads", ()))
    heads = sorted(((h, t) for t, hs in ol.get("heads", {}).items() for h in hs if t in head_types and h not in not_heads),
                   key=lambda x: -len(x[0]))
    not_same = tuple(o.get("not_same_heads", ())) + tuple(not_heads)  # (服务平台和交易平台: a generic head)
    # (a list's product-or-sector head, …装备、…装备: the list decides its items' type, not one item)
    list_not_same = not_same + tuple(spec.get("ambiguous_heads", ()))
    stop = frozenset(ol.get("verbs", ())) | frozenset(spec.get("whole_items", {}).get("stop_words", ())) \
        | frozenset(ol.get("not_first_words", ()))
    by_span: dict = {}
    by_end: dict = {}
    by_start: dict = {}
    other = bytearray(len(text) + 1)  # characters inside a name of another type
    listed_known = set()  # (lexicon terms: a list item is typed by its sibling only when the lexicon knows it)
    for start, end, ctype, _, rule, _ in cands:  # (fields unpacked: a named field is a lookup per use)
        if ctype == NOT_ENTITY:
            continue
        span = (start, end)
        if ctype in _TECH_OR_SECTOR:
            by_span[span] = ctype
            if rule == "lexicon":
                listed_known.add(span)
            was = by_end.get(end)
            if end - start > (was[1] - was[0] if was is not None else 0):
                by_end[end] = span
            was = by_start.get(start)
            if end - start > (was[1] - was[0] if was is not None else 0):
                by_start[start] = span
        else:
            by_span.setdefault(span, ctype)
            other[start:end] = b"\x01" * (end - start)

    def term_token(t) -> bool:
        tag = t[3]
        if tag.startswith("lex:"):
            return tag[4:] in _TECH_OR_SECTOR
        return (tag in item_tags or tag in inner_tags) and t[2] not in boundary and t[2] not in stop and NOT_IN_NAME.isdisjoint(t[2]) \
            and t[2] != "、"

    def end_token(t) -> bool:
        """A token that may open or close an item (交换 in 质子|交换|膜|电解槽 only inside it)."""
        return t[3] not in inner_tags

    def known_type(span):
        t = by_span.get(span)
        return t if t in _TECH_OR_SECTOR else None

    def term_item(a: int, b: int) -> bool:
        """Item (a, b) may be a name no rule read."""
        surface = text[a:b]
        if not (min_len <= b - a <= max_len) or by_span.get((a, b)) is not None or any(other[a:b]):
            return False
        return not (surface in lex.not_entities or WORDLIKE.match(surface) is None or _LATIN_OR_DIGIT.match(text, b)
                    or (a and _LATIN_OR_DIGIT.match(text, a - 1)))

    def inner_name(a: int, b: int) -> bool:
        """A known name inside item (a, b) (氢能|制储运): where the item starts or ends is another rule's question."""
        return any(x in by_start and by_start[x][1] <= b for x in range(a, b))

    def fits(a: int, b: int, ktype: str, known: tuple, listed: bool = False) -> bool:
        """Item (a, b) is a term the pair says is of ``ktype`` (LISTED: the
        items are joined by 、, and only the same head says so)."""
        if not term_item(a, b):
            return False
        surface = text[a:b]
        k = text[known[0] : known[1]]
        if len(k) > head_chars and b - a > head_chars and text.endswith(k[-head_chars:], a, b) \
                and not k.endswith(list_not_same if listed else not_same):
            return True  # the same head (not a generic one: 数据安全和网络安全)
        return not listed and ktype in head_types and any(surface.endswith(h) and b - a > len(h) + 1 for h, t in heads if t == ktype)

    n_tok = len(tokens)
    for m in _PAIR_JOINERS.finditer(text):
        j = m.start()
        k = tokens.start_at.get(j)
        if k is None or tokens[k][1] != j + 1 or k == 0 or k + 1 >= n_tok:
            continue  # (a joiner inside a word: 和平, 及时)
        left, right = by_end.get(j), by_start.get(j + 1)
        lt, rt = (known_type(left) if left else None), (known_type(right) if right else None)
        if (lt is None) == (rt is None):
            continue
        listed = text[j] == "、"  # (甲陶瓷、乙陶瓷: items of a list the same head says are of one kind)
        if listed and (left if lt is not None else right) not in listed_known:
            continue  # (支持某某化工、某某化工…: a head rule's name is no sure sibling)
        if lt is not None:
            # known | 和 | unknown: the run of term tokens after the joiner
            ktype, known = lt, left
            run = []
            i = k + 1
            while i < n_tok and term_token(tokens[i]) and tokens[i][1] - (j + 1) <= max_len:
                run.append(tokens[i])
                i += 1
            if not run or not end_token(run[0]) or len(run[0][2]) < 2 and not run[0][3].startswith(("eng", "lex:")):
                continue
            span = None
            tail = tail_words.get(ktype, ()) if not listed else ()
            for n in range(len(run), 0, -1):
                b = run[n - 1][1]
                glued = next((w for w in tail if run[n - 1][2].endswith(w) and len(run[n - 1][2]) > len(w)), None)
                if (n < len(run) and run[n][2] in tail) or glued:
                    # 数字孪生和过程控制|技术 (or 控制技术 as one word): the class word after the pair is shared
                    class_end = run[n][1] if not glued else b
                    b = b if not glued else b - len(glued)
                    if term_item(j + 1, b) and not inner_name(j + 1, b):
                        span = (j + 1, b)
                        if (glued or run[n][2]) in kept:  # (…和远程运维技术: the kept class word stays in the name)
                            span = (j + 1, class_end) if by_span.get((j + 1, class_end)) is None else None
                            break
                        drop.update(cd for cd in cands if j + 1 <= cd.start < b + 1 and cd.end == class_end and cd.type in _TECH_OR_SECTOR)
                    break
                if not end_token(run[n - 1]):
                    continue
                if fits(j + 1, b, ktype, known, listed):
                    span = (j + 1, b)
                    break
        else:
            # unknown | 和 | known: the run of term tokens before the joiner
            ktype, known = rt, right
            i = k - 1
            a = j
            while i >= 0 and term_token(tokens[i]) and j - tokens[i][0] <= max_len:
                a = tokens[i][0]
                i -= 1
            if not end_token(tokens[k - 1]):
                continue
            while i + 1 < k - 1 and not end_token(tokens[i + 1]):
                i += 1  # (a verb opening the run is no part of the item)
                a = tokens[i + 1][0]
            first = tokens.start_at.get(a)
            if a == j or first is None or len(tokens[first][2]) < 2 and not tokens[first][3].startswith(("eng", "lex:")):
                continue
            if i >= 0 and tokens[i][1] == a and CJK_WORD.match(tokens[i][2]) and tokens[i][3] not in _CLAUSE_TAGS \
                    and tokens[i][2] not in stop:
                continue  # the run's start is undecidable (a word or a modifier before it: 关键|战略材料和…)
            span = (a, j)
            tail = tail_words.get(ktype, ()) if not listed else ()
            shared_tail = bool(tail) and text.startswith(tail, right[1])  # (知识蒸馏和多模态融合|技术)
            if not (fits(a, j, ktype, known, listed) or (shared_tail and term_item(a, j) and not inner_name(a, j))):
                span = None
        if span is not None:
            a, b = span
            yield Cand(a, b, ktype, text[a:b], "coordination.pair", 3)


def place_pair_rules(text: str, tokens, cands: list[Cand], spec: dict, drop: set) -> Iterable[Cand]:
    """A pair of names before a base or park (建设甲和乙产业基地, 建设甲和乙特色园区):
    the place is no entity, the two lines of industry it holds are, and a
    class noun 产业 written once after the pair belongs to both (甲和乙产业基地
    -> 甲, 乙: the name 乙产业 a rule read is dropped).  One of the two must
    be a known technology or sector; the other must have the shape of a name."""
    rx = _compiled_regex(spec["regex"])
    pairs = list(rx.finditer(text))
    if not pairs:
        return  # (most texts: the candidates' maps below are not built)
    name_pos, boundary = compiled()["name_pos"], compiled()["boundary_words"]
    etype, max_len = spec.get("type", "Industry"), spec.get("max_item_chars", 8)
    stop = frozenset(spec.get("stop_words", ()))
    by_span: dict = {}
    for cd in cands:
        if cd.type != NOT_ENTITY:
            by_span.setdefault((cd.start, cd.end), []).append(cd)
    lex = load_lexicon()

    by_end: dict = {}
    for (a, b), cds in by_span.items():
        if any(cd.type in _TECH_OR_SECTOR for cd in cds) and b - a > by_end.get(b, (b, b))[1] - by_end.get(b, (b, b))[0]:
            by_end[b] = (a, b)

    def name_like(t) -> bool:
        # (a verb or verbal noun opens no first item: 建设|精细化工)
        return (t[3] in name_pos and t[3] not in ("v", "vn") or t[3][4:] in _TECH_OR_SECTOR) \
            and t[2] not in boundary and t[2] not in stop

    for m in pairs:
        a2, b2 = m.span("y")
        a1 = m.start()
        if m.start() in by_end and m.start() - by_end[m.start()][0] <= max_len:
            a1 = by_end[m.start()][0]  # a known name ends the first item (光伏|制造)
        else:
            k = tokens.end_at.get(m.start())
            while k is not None and k >= 0 and name_like(tokens[k]) and m.start() - tokens[k][0] <= max_len:
                a1 = tokens[k][0]
                k -= 1
        # the second item is whole tokens, the class with it when one token holds both (新材料产业|基地)
        b2_tok = m.end("cls") if m.group("cls") is not None else b2
        toks2 = tokens[bisect_right(tokens.starts, a2 - 1) : bisect_right(tokens.starts, b2 - 1)]
        if m.start() - a1 < 2 or not toks2 or toks2[0][0] != a2 or toks2[-1][1] not in (b2, b2_tok):
            continue
        if not all(name_like(t) for t in toks2):
            continue
        items = [(a1, m.start()), (a2, b2)]
        classed = m.group("cls") is not None
        known = [
            (it, cd) for it in items + ([(a2, m.end("cls"))] if classed else [])
            for cd in by_span.get(it, ()) if cd.type in _TECH_OR_SECTOR
        ]
        if not known:
            continue
        for a, b in items:
            surface = text[a:b]
            if surface in lex.not_entities or not WORDLIKE.match(surface):
                break
        else:
            for cd in by_span.get((a2, m.end("cls")), ()) if classed else ():
                drop.add(cd)  # 乙产业 in 甲和乙产业基地: the class is the pair's
            for a, b in items:
                types = {cd.type for cd in by_span.get((a, b), ())}
                if etype in types:
                    continue
                surface = text[a:b]
                if types & set(_TECH_OR_SECTOR):
                    yield Cand(a, b, etype, lex.terms.get(surface, ("", surface))[1], "coordination.place_pair", -1)
                else:
                    yield Cand(a, b, etype, surface, "coordination.place_pair", 3)
_SECTOR_WORD = "产业"  # …产业 names a sector whatever list it is in
_TECHNOLOGY_WORD = "技术"  # …技术 names a technology whatever list it is in


@lru_cache(maxsize=4)
def _noun_numerals(words: tuple):
    """One regex finding any of coordination.noun_numerals (None when there are none)."""
    return re.compile("|".join(map(re.escape, words))) if words else None


@lru_cache(maxsize=64)
def _compiled_regex(pattern: str):
    return re.compile(pattern)


@lru_cache(maxsize=4)
def _verb_starts(verbs: frozenset) -> re.Pattern:
    """A zero-width match wherever one of VERBS starts, a one-class test of
    the first character first (the alternation alone is tried branch by
    branch at every position)."""
    alternation = "|".join(map(re.escape, sorted(verbs)))
    if not verbs or "" in verbs:
        return re.compile("(?=%s)" % alternation)
    return re.compile("(?=[%s])(?=%s)" % ("".join(sorted({re.escape(v[0]) for v in verbs})), alternation))


@lru_cache(maxsize=1)
def _type_rank() -> dict:
    """type -> its rank in type_priority (lower wins a span, as in conflicts resolution)."""
    return {t: i for i, t in enumerate(load_entity_patterns()["type_priority"])}


def open_list_rules(text: str, tokens, cands: list[Cand], spec: dict, split: set | None = None) -> Iterable[Cand]:
    """Lists of names no lexicon knows (发展桥梁巡检机器人、智能灌溉装备和海缆运维
    平台; 在森林防火、海上救助和地质灾害监测领域): a list governed by a priority verb, or
    written between 在 and 领域, whose items have the shape of names.  An
    item's type is the class noun after the list, else its known siblings',
    else its own head (…机器人, …装备) or the name it ends with; items that
    read as clauses (a verb first, 的, a number) are never names."""
    c = compiled()
    o = spec["open_lists"]
    lex = load_lexicon()
    boundary = c["boundary_words"]
    verbs = frozenset(o["verbs"])
    verb_rx = _verb_starts(verbs)  # every place a verb may start (重点|发展)
    # (the spec's regexes compiled once: the re module's own cache, shared with
    # every pattern a text builds, may have dropped them since the last text)
    item_rx, sep_rx = _compiled_regex(o["list_regex"]), _compiled_regex(o["separator_regex"])
    fields_rx = _compiled_regex(o["fields_regex"]) if o.get("fields_regex") else None
    min_len, max_len = o.get("min_item_chars", 3), o.get("max_item_chars", 12)
    item_tags, lead_tags = frozenset(o["item_tags"]), frozenset(o["lead_tags"])
    not_last = tuple(o.get("not_last_words", ()))
    activity_tails = frozenset(o.get("last_item_activity_words", ()))
    manner_words = frozenset(o.get("last_item_manner_words", ()))
    process = o.get("process_suffix", {})
    process_suffix, process_min = process.get("suffix"), process.get("min_word_chars", 3)
    # evaluative and scope words (新兴, 传统, 全市 …: whole_items.stop_words) open no name either
    not_first = frozenset(o.get("not_first_words", ())) | frozenset(spec.get("whole_items", {}).get("stop_words", ()))
    chain_rx = _compiled_regex(o["chain_regex"]) if o.get("chain_regex") else None
    frame_rx = _compiled_regex(o["frame_regex"]) if o.get("frame_regex") else None
    applied_rxs = [_compiled_regex(x) for x in o.get("applied_regexes", ())]
    chain_lead = frozenset(o.get("chain_lead_tags", ()))
    chain_skip = frozenset(o.get("chain_skip_tags", ()))
    chain_clause = frozenset(o.get("chain_clause_words", ()))
    fields_min = o.get("fields_min_item_chars", min_len)
    sibling_max = o.get("max_headless_item_chars", max_len)
    split_rules = frozenset(o.get("fields_split_rules", ()))
    applied_retype = frozenset(o.get("applied_retype_types", ()))
    ambiguous_heads = tuple(spec.get("ambiguous_heads", ()))
    heads = sorted(((h, t) for t, hs in o.get("heads", {}).items() for h in hs), key=lambda x: -len(x[0]))
    products = o.get("product_heads", {})
    product_type = products.get("type")
    product_heads = tuple(products.get("heads", ()))
    product_not = tuple(products.get("not_words", ()))
    # 整车|制造, 电池|回收利用: a product + a stage of making or recycling names a line of industry in any list
    stage_tails = tuple(o.get("heads", {}).get("Industry", ())) or ("\0",)
    sector_tails = (_SECTOR_WORD, *stage_tails)
    class_count = c["coordination_class_count"]
    sector_class_rx = re.compile(o["sector_class_regex"]) if o.get("sector_class_regex") else re.compile("(?!)")
    opening_modifiers = frozenset(o.get("opening_modifiers", ()))
    ambiguous_min = o.get("ambiguous_head_min_items", 99)
    tail_class = {w: t for t, ws in o.get("tail_class_words", {}).items() if t != "_doc" for w in ws}
    tail_class_min = o.get("tail_class_min_items", 3)
    kept_tails = frozenset(spec.get("kept_tail_words", ()))
    verb_types = {v: t for t, vs in o.get("verb_types", {}).items() if t != "_doc" for v in vs}
    verb_type_min = o.get("verb_type_min_items", 3)
    counted_spec = o.get("counted_fields")
    counted_fields = (re.compile(counted_spec["regex"]), counted_spec["type"]) if counted_spec else None
    named_spec = o.get("counted_named_class")
    named_class_after = re.compile(named_spec["after_regex"]) if named_spec else None
    fields_lead = frozenset(o.get("fields_lead_tags", ()))
    generic_applied_min = o.get("applied_generic_min_chars", 99)
    later_verb_tails = frozenset(o.get("applied_verb_item_tails", ()))
    break_words = frozenset(spec.get("item_break_words", ()))
    chain_found = list(finder(chain_rx)(text)) if chain_rx is not None else []  # scanned once, read twice
    chain_ends = {m.end(1) for m in chain_found}
    verb_led = o.get("verb_led_heads", {})
    verb_led_types = frozenset(verb_led.get("types", ()))
    by_span, by_end = {}, {}
    names = [cd for cd in cands if cd[2] != NOT_ENTITY]  # (cd[2]: the type)
    names.sort(key=itemgetter(0))  # by start (stable)
    name_starts = [cd[0] for cd in names]
    for start, end, ctype, _, _, _ in names:  # (fields unpacked: a named field is a lookup per use)
        if ctype in _TECH_OR_SECTOR or by_span.get((start, end)) not in _TECH_OR_SECTOR:
            # (a technology or sector reading of a span is kept over a company's a head
            # rule guessed: 做强|生物制药和…, not the firm …制药)
            by_span[(start, end)] = ctype
        was = by_end.get(end)
        if end - start > (was[1] - was[0] if was is not None else -end):
            by_end[end] = (start, end, ctype)

    def names_from(lo: int, hi: int) -> list[Cand]:
        """The names starting in [lo, hi) (a document has many candidates: no scan of all)."""
        return names[bisect_left(name_starts, lo) : bisect_left(name_starts, hi)]

    def head_type(surface: str):
        for h, t in heads:
            if surface.endswith(h) and len(surface) > len(h):
                return t
        return None

    def name_shaped(a: int, b: int, kind: str, branch: bool = False, governed: bool = False, later: bool = False):
        """The jieba tokens of item (a, b) when it has the shape of a name:
        whole tokens, a noun-like first token, no function or boundary word,
        no number, no name of another type.  A chain segment (船舶|修造) is
        a noun and what is done with it, and so is a branch of a sector
        (``branch``), which may end with a boundary word (船舶|应用)."""
        toks = tokens.within(a, b)
        if not toks or toks[0][0] != a or toks[-1][1] != b or toks[0][2] in not_first:
            return None
        first = toks[0][3]
        if kind == "chain":
            if len(toks) < 2 or not (first in chain_lead or first[4:] in _TECH_OR_SECTOR):
                return None
        elif not (first in lead_tags or first[4:] in _TECH_OR_SECTOR):
            if not (governed and first == "v" and len(toks) >= 2 and toks[-1][3][4:] in _TECH_OR_SECTOR) \
                    and not verb_led_name(toks, a, b) \
                    and not (kind == "fields" and first in fields_lead and len(toks) >= 2 and CJK_WORD.match(toks[0][2])
                             and (toks[-1][3] in ("n", "nz") or toks[-1][3][4:] in _TECH_OR_SECTOR)) \
                    and not (later and branch and kind != "chain" and first == "v" and len(toks) == 2
                             and len(toks[0][2]) == 2 and toks[0][2] not in verbs and toks[0][2] not in boundary
                             and toks[1][3] in later_verb_tails):
                # (应用于…、导航|定位和…: between two separators of a list of where something
                # is applied, a verb and the object or mode of it name a field)
                # (在两轮|电动车、低速|电动车…领域: a numeral or an adverb may open a field named with a noun)
                return None  # (right after the governing verb a verb may modify a known name: 发展|包装|印刷)
        if text[a:b].endswith(not_last):
            return None  # 氢能|基地, 养殖|生产: a place or an activity of the name
        if process_suffix and len(toks) == 1 and len(toks[0][2]) >= process_min and toks[0][2].endswith(process_suffix):
            return None  # 向专业化…延伸: a word of a process of change is no sector (光伏建筑|一体化 may be)
        # 电池|回收|利用: the words of a stage of making or recycling the item ends with are no boundary
        tail_at = next((b - len(x) for x in sector_tails if text.endswith(x, a, b)), b)
        for n, t in enumerate(toks):
            if t[3].startswith("lex:"):
                if t[3][4:] not in _TECH_OR_SECTOR:
                    return None
            elif (t[3] not in item_tags and not (n == 0 and kind == "fields" and t[3] in fields_lead)) \
                    or t[2] in NOT_IN_NAME:  # (系统 is a word)
                return None
            elif t[2] in boundary and not ((kind == "chain" or branch) and n == len(toks) - 1 and n > 0) and t[0] < tail_at \
                    and not (n == 0 and len(toks) > 1 and t[2] in opening_modifiers):
                return None  # (a modifier opens a name: 先进|存储)
        if len(toks) > 1 and toks[0][3] in _PLACE_TAGS and toks[-1][3] == "lex:Technology":
            return None  # 某州|古村落|数字孪生: a technology of a place's object; the technology is the name
        if len(toks) == 1 and toks[0][3] == "ns" and kind != "fields":
            return None  # 推进|金沙江、…水电开发: a place word alone is no sector
        lex_at = [n for n, t in enumerate(toks) if t[3].startswith("lex:")]
        if len(lex_at) > 1 and any(toks[n][3] == "v" for n in range(lex_at[0] + 1, lex_at[-1])):
            return None  # 机器人|走进|养老服务: a verb between two known names makes a clause
        return toks

    def verb_led_name(toks, a: int, b: int) -> bool:
        """分拣|机器人, 巡逻|机器人: a verb naming what a machine does opens
        the name when the item ends with a head of a named type
        (open_lists.verb_led_heads); a governing or boundary verb opens a
        clause (推广|机器人)."""
        t0 = toks[0]
        return (
            len(toks) >= 2 and len(t0[2]) == 2 and t0[2] not in verbs and t0[2] not in boundary
            and head_type(text[a:b]) in verb_led_types
            and (toks[-1][3][4:] in verb_led_types or head_type(toks[-1][2]) in verb_led_types
                 or any(toks[-1][2] == h for h, _ in heads))
        )

    def chain_of_one_thing(items) -> bool:
        """Segments of an industry's chain name the thing they make (船舶|设计、
        船舶|修造、港口设备): two items share their first word, or one is a known
        technology or sector.  Steps of any activity (方案|拟定、进度|跟踪) name none."""
        if any(by_span.get(it) in _TECH_OR_SECTOR for it in items):
            return True
        firsts = [tokens[k][2] for k in (tokens.start_at.get(a) for a, _ in items) if k is not None]
        return len(set(firsts)) < len(firsts)

    governor = {}  # where a governed list starts -> its governing verb

    def verb_last(i):
        """The index of the last token of a governing verb starting at token
        i: the token itself, or the next one when jieba split the verb into a
        character and the rest (做|强, 做|大); None when no verb starts there."""
        if i is None or i >= len(tokens):
            return None
        if tokens[i][2] in verbs:
            return i
        if len(tokens[i][2]) == 1 and i + 1 < len(tokens) and tokens[i][2] + tokens[i + 1][2] in verbs:
            return i + 1
        return None

    def lists():
        """(match, kind) for each list found: kind "verb" (after a priority
        verb), "fields" (在…领域) or "chain" (…全链条, …等环节)."""
        for v in verb_rx.finditer(text):  # where a verb may start; the token there must be one
            i = tokens.start_at.get(v.start())
            last = verb_last(i)
            if last is None:
                continue
            verb = text[tokens[i][0] : tokens[last][1]]
            i = last
            if i + 2 < len(tokens) and tokens[i + 1][3] == "vn" and tokens[i + 1][2] not in verbs \
                    and sep_rx.fullmatch(tokens[i + 2][2]):
                continue  # 研发|设计、包装印刷…: a verb and a verbal noun alone before 、 are one noun, no governor
            start = tokens[i][1]
            then = verb_last(i + 1)
            if then is not None:
                start = tokens[then][1]  # 培育|壮大, 前瞻|布局, 做大|做|强
            k = tokens.start_at.get(start)
            if k is not None and tokens[k][3] == "m":
                continue  # 建设一批|检测认证、…平台: a number of things built are kinds, not names
            m = item_rx.match(text, start)
            if m is not None:
                governor[m.start(1)] = verb
                yield m, "verb"
        if frame_rx is not None:
            for m in frame_rx.finditer(text):  # 以A、B、C为重点: a priority frame governs a list like a verb
                yield m, "verb"
        for kind, rx in (("fields", fields_rx), ("chain", chain_rx), *(("applied", x) for x in applied_rxs)):
            if rx is not None:
                # rx.finditer(text), tried only where a match can start (the chain lists: found above)
                for m in chain_found if kind == "chain" else finder(rx)(text):
                    yield m, kind

    for m, kind in lists():
        fields = kind != "verb"  # the list's class is a sector: fields and chain segments
        a0, b0 = m.span(1)
        seps = [(s.start(), s.end()) for s in sep_rx.finditer(text, a0, b0)]
        if len(seps) > 1 and class_count is not None and text[seps[-1][0]] in "和与及":
            count = class_count.search(text, seps[-2][1] + 2, seps[-1][0])
            if count is not None:  # A、B三大X和C: the counted class closes the list; C is no item
                a1, b1 = seps[-1][1], b0
                b0, seps = seps[-1][0], seps[:-1]
                surface = text[a1:b1]
                if by_span.get((a1, b1)) is None and min_len <= b1 - a1 <= max_len and surface.endswith(stage_tails) \
                        and WORDLIKE.match(surface) and surface not in lex.not_entities \
                        and name_shaped(a1, b1, kind, False, False, True) is not None:
                    # …三大X和C制造: C, a line of industry by its stage word, is the verb's next object
                    yield Cand(a1, b1, "Industry", surface, "coordination.open_list", 3)
        if seps and class_count is not None:
            count = class_count.search(text, seps[-1][1] + 2, b0)
            b0 = count.start() if count is not None else b0  # …、温泉康养|三大领域: the class is no part of the item
        if kind == "verb" and b0 in chain_ends:
            continue  # 聚焦A、B和C三大环节: the segments of a chain are read as one (kind "chain")
        if kind == "verb" and seps and any(
            t[3] == "p" and t[2] in break_words and t[0] > a0
            for t in tokens[bisect_right(tokens.starts, a0 - 1) : bisect_right(tokens.starts, seps[0][0] - 1)]
        ):
            continue  # 推动X向A、B和C延伸: the verb's object ends at the preposition; the list is not governed
        over = [cd for cd in names_from(a0 - 8, b0) if any(cd.start < s and cd.end > e for s, e in seps)]
        if over:
            # a name runs over a joiner (工业和信息化部): no list; in a fields list
            # a sector one rule guessed over the last joiner is two (…、电子和港口物流领域)
            if split is None or kind != "fields" or any(
                cd.rule not in split_rules or cd.type != "Industry" or cd.start < a0 for cd in over
            ):  # (a guessed technology keeps its shared head: 基因和细胞技术)
                continue
            split.update(over)
        bounds = [a0, *[p for s in seps for p in s], b0]
        items = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        trimmed = None
        if kind == "verb" and activity_tails and seps and by_span.get(items[-1]) is None \
                and not text.startswith("等", b0) and (class_count is None or class_count.match(text, b0) is None) \
                and not text[items[-1][0]:items[-1][1]].endswith(sector_tails):  # (电池回收利用: a line of industry)
            # 推进A和潮汐能综合利用, …和装备产业升级: what is done with the last item
            # (last_item_activity_words) closes the clause and is no part of the name;
            # before 等 or a class the item is a name as written (…、卫星应用等); the
            # trimmed item casts no vote for the list's type
            sl, el = items[-1]
            k = tokens.end_at.get(el)
            cut = False  # a manner word (健康|发展) is cut only before a cut activity word
            while k is not None and (tokens[k][2] in activity_tails or cut and tokens[k][2] in manner_words) \
                    and tokens[k][0] - sl >= 2:
                el, cut = tokens[k][0], True
                k = tokens.end_at.get(el)
            if k is not None and el < items[-1][1]:
                items[-1] = trimmed = (sl, el)
        if kind == "chain":
            # the regex finds no start: a verb or preposition before the first item is no part of it
            k = tokens.start_at.get(a0)
            j = k
            while j is not None and j < len(tokens) and tokens[j][1] < items[0][1]:
                if tokens[j][2] in chain_clause:
                    k = j + 1  # 重点|是|船舶|修造: a clause opening the list is no part of it either
                j += 1
            while k is not None and k < len(tokens) and tokens[k][1] < items[0][1] and tokens[k][3] in chain_skip:
                k += 1
            items[0] = (tokens[k][0], items[0][1]) if k is not None else items[0]
            if not chain_of_one_thing(items):
                continue
        if len(items) < 2:
            continue
        cue_type = "Industry" if fields else None
        class_named = False  # a class noun after the list names what its items are
        kept_item = None  # the last item holding its kept class word (kept_tail_words): headed by it
        if kind == "verb" and len(items) >= tail_class_min and not text.startswith("等", b0) \
                and (trimmed is None or len(items) > 2):  # (推动A和B技术|应用: a pair read as a clause keeps its class word)
            # 推广真空保鲜、气调保鲜和智能控温技术: a class word glued to the last item
            # of a governed list is the class of the whole list (the item is the name before it)
            sl, el = items[-1]
            k = tokens.end_at.get(el)
            word = tokens[k][2] if k is not None else None
            if word in tail_class and tokens[k][0] - sl >= min_len and tokens.start_at.get(sl) is not None:
                cue_type, class_named = tail_class[word], True
                if word in kept_tails:  # (…和畜禽识别技术: a kept class word stays in the last item's name)
                    kept_item = (sl, el)
                else:
                    items[-1] = (sl, tokens[k][0])
                if word not in kept_tails and split is not None:
                    split.update(cd for cd in names_from(sl, sl + 1) if cd.end == el)
        branch = False  # …等海洋经济领域: the items are branches of a named sector
        sector_class = False  # a class that retypes known items (…等未来产业) also fills unknown ones beside them
        counted = class_count is not None and class_count.match(text, b0) is not None  # …、温泉康养三大领域
        if text.startswith("等", b0) or counted:
            at = b0 if counted else b0 + 1
            for _, (cue_rx, ctype, retypes, fill_min, _) in _tail_cues_at(c, text, at):
                if cue_rx.match(text, at):
                    # a class that types even unknown items (…等数字创意产业, …等核心零部件);
                    # …等领域 / …等行业 type a list only through its known items
                    cue_type, class_named = cue_type or ctype, bool(retypes or fill_min)
                    sector_class = bool(retypes)
                    break
            else:
                sector = by_end.get(next((e for e in range(b0 + 3, b0 + 10) if sector_class_rx.match(text, e)), -1))
                if sector is not None and sector[0] == b0 + 1 and sector[2] == "Industry":
                    # …等海洋经济领域: the items are branches of the sector named
                    cue_type, class_named, branch = "Industry", True, True
                elif not fields and not counted:
                    continue  # …等 + a class no cue names: undecided
        exact = False  # (the list's count bounds its items: they may be as short as a field's)
        # a count that matches the items closes the list where it starts
        count = class_count.match(text, b0) if counted and cue_type is None else None
        if count is not None and cn_number(count.group(0)[:-1]) == len(items):
            if counted_fields is not None and counted_fields[0].match(text, count.end()):
                # 聚焦A、B和C三个领域: a counted class of fields names them, known or not
                cue_type, class_named, exact = counted_fields[1], True, True
            elif named_class_after is not None:
                # 发展A和B两类X, X a known class ending the clause: X types them as …等X does
                named = next((cd for cd in names_from(count.end(), count.end() + 1)
                              if cd.type in _TECH_OR_SECTOR and named_class_after.match(text, cd.end)), None)
                if named is not None:
                    cue_type, class_named = named.type, True
        if cue_type is not None and cue_type not in _TECH_OR_SECTOR:
            continue
        # 在…领域的应用: what something is applied in are sectors, known or not
        applied = kind in ("chain", "applied") or kind == "fields" and (m.group("applied") or m.group("applied_in")) is not None
        # (an item a rule named by its stage word, 电池回收利用, is typed by that word and casts no
        # vote; a lexicon sector ending so, 装备制造, does)
        known = {by_span[it] for it in items if by_span.get(it) in _TECH_OR_SECTOR and it != trimmed
                 and not (text.endswith(stage_tails, *it) and text[it[0]:it[1]] not in lex.terms)}
        if kind == "fields" and applied and known & applied_retype:
            # 在A、B和C领域的应用: where something is applied are sectors, the
            # known technologies listed there too (在车联网和智慧港口领域的应用)
            for a, b in items:
                surface = text[a:b]
                if by_span.get((a, b)) in applied_retype and not surface.endswith(_TECHNOLOGY_WORD):
                    yield Cand(a, b, "Industry", lex.terms.get(surface, ("", surface))[1], "coordination.class_retype", -1)
            sector_class = True
        sibling_type = next(iter(known)) if len(known) == 1 else None
        if cue_type is not None and known and known != {cue_type} and not sector_class:
            continue  # the class noun and the known items disagree: undecided, unless the class is a sector's
        if kind == "verb" and cue_type is not None and not class_named and cue_type not in known:
            continue  # …等领域 with no known sector among the items: fields of work, not sectors
        shaped = []  # (a, b, surface, tokens, a name inside, own type) of the items shaped like names
        for a, b in items:
            if by_span.get((a, b)) is not None or not ((fields_min if fields or exact else min_len) <= b - a <= max_len):
                continue
            surface = text[a:b]
            toks = name_shaped(a, b, kind, branch or applied, kind == "verb" and (a, b) == items[0], (a, b) != items[0])
            if not WORDLIKE.match(surface) or toks is None:
                continue
            if surface in lex.not_entities and not (applied and kind != "chain" and b - a >= generic_applied_min):
                continue  # (in a list of where something is applied, 城市治理 is a sector)
            inner = next((cd for cd in names_from(a, b) if cd.end <= b and (cd.start, cd.end) != (a, b)
                          and cd.type in _TECH_OR_SECTOR and not (split and cd in split)), None)
            at_end = by_end.get(b)
            end_type = at_end[2] if at_end is not None and at_end[0] > a and at_end[2] in _TECH_OR_SECTOR else None
            if at_end is not None and at_end[0] > a and at_end[0] in by_end and by_end[at_end[0]][0] >= a \
                    and _LATIN_ABBREV.match(text, at_end[0], b) is not None:
                continue  # 人工智能|AI: a name and its abbreviation are two mentions
            own = head_type(surface) or (cue_type if (a, b) == kept_item else None)
            if own is None and kind == "verb" and product_heads and known <= {product_type} \
                    and surface.endswith(product_heads) and not surface.endswith(product_not):
                own = product_type  # 发展播种机、洒水车和导光板: a product by its class word
            if own == "Industry" and inner is not None and inner.type != own:
                own = None  # 先进封装|测试: a stage after a technology is that technology's, no line of industry
            shaped.append((a, b, surface, toks, inner, own or end_type))
        # an item with no head of its own follows its siblings: the known ones,
        # and those whose heads type them (精品茶饮、…、森林康养三大领域)
        headed = known | {own for *_, own in shaped if own is not None}
        headless_type = next(iter(headed)) if len(headed) == 1 else None
        # a product-or-sector head (…材料, …装备: ambiguous_heads) follows the
        # siblings whose own heads are not ambiguous (山地低空旅游、…和特种陶瓷材料)
        firm = known | {own for _, _, x, _, _, own in shaped if own is not None and not x.endswith(ambiguous_heads)}
        firm_type = next(iter(firm)) if len(firm) == 1 else None
        if not firm and len(items) < ambiguous_min:
            # (a product-or-sector head types no headless sibling of a pair;
            # in a longer list it does: 特种钢材、镍基合金铸件和金属基复合材料)
            headless_type = None
        verb_typed = None
        if kind == "verb" and cue_type is None and not known and len(items) >= verb_type_min and len(shaped) == len(items):
            # every item of a list after a verb of technologies has the shape of a name, none known
            verb_typed = verb_types.get(governor.get(a0))
        for a, b, surface, toks, inner, own in shaped:
            if own is not None and surface.endswith(ambiguous_heads) and firm_type is not None:
                own = firm_type
            if own is None and headless_type is None and not applied and not class_named:
                if verb_typed is None:
                    continue  # neither a head nor a sibling says it is a name
                own = verb_typed  # 推广A、B和C: what is promoted is a technology
            if own is None and b - a > sibling_max:
                continue  # a long item with no head of its own runs into a clause (…集群化发展)
            etype = cue_type or (sibling_type if own is not None else headless_type) or own
            if own == "Industry" and surface.endswith(sector_tails):
                etype = own  # …特色生物产业, 整车制造 beside technologies: a sector by its own class or stage word
            elif (a, b) == trimmed and surface.endswith(_TECHNOLOGY_WORD) and not class_named:
                etype = "Technology"  # …和合成生物技术应用: a technology by its own class word
            if toks[-1][3] in ("v", "vn") and inner is not None and inner.type != etype:
                continue  # 无人潜航器|总装|测试 in a list of sectors: a name and an activity
            yield Cand(a, b, etype, surface, "coordination.open_list", -1 if surface in lex.not_entities else 3)


_NAMED_SECTOR = re.compile(r"(?:产业|行业|业|经济)$")  # a sector by its name: applied in nothing


@lru_cache(maxsize=4)
def _applied_subject_rx(regex: str) -> re.Pattern:
    return re.compile(regex)


def applied_subject_rules(text: str, cands: list[Cand], regex: str, tokens=None) -> Iterable[Cand]:
    """推动X在A、B领域的应用, 以X赋能A: what a sentence applies in fields, or
    the means it transforms a sector with, takes the technology reading
    (annotation.md: an ambiguous Technology/Industry term takes the reading the
    sentence uses). The regex's group 1 must be exactly a
    name every reading of which is Industry, not one named as a sector
    (…产业, …业, …经济); it is read as a Technology too, with priority -1 over
    the other readings of the same span.  With TOKENS, a group 1 no candidate
    touches is a Technology of its own when it is whole jieba words, the last
    no adverb (推动某某土在环保领域应用, 推动梯次利用在某某场景落地: what is put
    to use is a technique or product, named or not), and no generic word."""
    found = list(_applied_subject_rx(regex).finditer(text))
    if not found:
        return
    if tokens is not None:
        yield from _unnamed_applied_subjects(text, cands, found, as_tokens(tokens))
    # the readings of each subject's span, in order (only the candidates at those spans, picked in C)
    wanted = {m.span(1) for m in found}
    readings: dict[tuple[int, int], list[Cand]] = {}
    for cd in compress(cands, map(wanted.__contains__, map(_SPAN, cands))):
        if cd.type != NOT_ENTITY:
            readings.setdefault((cd.start, cd.end), []).append(cd)
    for m in found:
        got = readings.get(m.span(1))
        if got and {cd.type for cd in got} == {"Industry"} and not _NAMED_SECTOR.search(m.group(1)):
            yield Cand(m.start(1), m.end(1), "Technology", got[0].label, "coordination.applied_subject", -1)


# jieba tags of a last word that ends no name (…率先|在: an adverb; a preposition,
# conjunction, particle or numeral)
_NOT_LAST_SUBJECT_TAGS = frozenset(("d", "p", "c", "u", "uj", "m"))


def _unnamed_applied_subjects(text: str, cands: list[Cand], found: list[re.Match], toks) -> Iterable[Cand]:
    lex = load_lexicon()
    for m in found:
        s, e = m.span(1)
        first, last = toks.start_at.get(s), toks.end_at.get(e)
        if first is None or last is None or toks[last][3] in _NOT_LAST_SUBJECT_TAGS or m.group(1) in lex.not_entities:
            continue
        if not WORDLIKE.match(m.group(1)) or any(c.start < e and s < c.end for c in cands):
            continue
        yield Cand(s, e, "Technology", m.group(1), "coordination.applied_subject_unnamed", 0)


# Company lists (甲、乙等企业): two readers share one test of an item,
# not_company_item, and one list of what names no company (news.json
# company_item_not, which the news rule for lists with a known company reads
# too).  A list closed by a class of institutions among the coordination tail
# cues (…等企业, …等高校) fills its unknown items of three characters or more
# (typed_list_rules); a list of short names closed by a class of enterprises
# (entities.json enterprise_lists) is read here, before the lists, from two
# characters on (company_list_rules, a pipeline pattern).


def not_company_item(item: str, tags: Iterable[str] = ()) -> bool:
    """An item of a company list that names no company: a not_entities word,
    a kind of company, a field, a unit, a generic organisation or product word
    (news.json company_item_not: 民营、中小等企业, 各类中小企业, 光伏组件、逆变器等企业)
    or a word of company_item_not_tags among ``tags`` (pronouns, numerals,
    adverbs …: 其他厂商); verbs excepted, a company may be named with verbs
    (跃动未来)."""
    news = news_patterns()
    if item in load_lexicon().not_entities or news["company_item_not"].search(item) is not None:
        return True
    bad_tags = news["company_item_not_tags"]
    return any(t != "v" and t in bad_tags for t in tags)


def _brand_or_clear(s: int, e: int, taken: list[tuple[int, int]], bodies: frozenset, places: frozenset = frozenset()) -> bool:
    """Whether the list item S:E holds no candidate of another type (TAKEN), or
    only ones that end it after a brand of two characters or more (某某新材料,
    某某铝业: a firm named by its brand and its trade, the trade read as a sector)
    that is no body found already (BODIES: 某公司|数据中心 is the firm's facility),
    or the firm's place opening it before two characters or more (PLACES,
    `firm_place`: 某省名|某某科技)."""
    return all((b == e and a - s >= 2 and (s, a) not in bodies) or (a == s and b <= e - 2 and (a, b) in places)
               for a, b in taken if a < e and s < b)


def _brand_and_trade(item: Cand, trades: tuple[str, ...], tokens, common_tags: frozenset, rare_freq: int = 0) -> bool:
    """Whether the list item ITEM is a brand of two characters or more + one of TRADES
    (华安生物, 某某糖业): a firm a support verb may name alone (支持某某糖业扩大产能); a brand
    that is one word of COMMON_TAGS is a common word (数字|科技, 龙头|集团), no brand, unless
    jieba's dictionary lists it but counts it fewer than RARE_FREQ times (青松|药业: a rare
    noun is a name more often than a class; a word it does not list is read by its tag);
    so is an item jieba reads as one such word (绿色建材), a lexicon sector after the place
    that opens the item (某地|绿色能源) and a brand naming no company (中小|科技)."""
    for w in trades:
        brand_end = item.end - len(w)
        if item.label.endswith(w) and brand_end - item.start >= 2:
            k = tokens.start_at.get(item.start)
            if k is not None and tokens[k][3] in _PLACE_TAGS and tokens[k][1] < brand_end and k + 1 < len(tokens):
                k += 1  # (a place opens the name: the brand after it is the word to test, 某地|绿色|能源)
            common = k is not None and tokens[k][1] in (brand_end, item.end) and (
                tokens[k][3] in common_tags and not (tokens[k][1] == brand_end and 0 < dictionary_counts().get(tokens[k][2], 0) < rare_freq)
                or tokens[k][1] == item.end and tokens[k][3] in _SECTOR_TAGS)  # (某地|绿色能源: the place's sector)
            return not common and not not_company_item(item.label[: brand_end - item.start])
    return False


@lru_cache(maxsize=4)
def _not_in_list(joiners: tuple[str, ...]) -> re.Pattern:
    """A character no list of company names holds: none of a word's (WORDLIKE) nor a joiner's."""
    extra = "".join(sorted({ch for j in joiners for ch in j if not WORDLIKE.match(ch)}))
    return re.compile(f"[^{WORD_CHARS}{re.escape(extra)}]")


def firm_place(text: str, c: Cand, lex) -> bool:
    """Whether the Region candidate C may open a firm's name (宁夏|某某科技, 广西|某某集团):
    a place of China (rules.domestic_place) written without its administrative
    suffix (places.json `department_place`: 某某区|某某实业 names where the firm
    works, a place of its own)."""
    return c.type == "Region" and domestic_place(text[c.start : c.end], lex) \
        and place_rules()["department_place"].search(text, c.start, c.end) is None


_FIRM_HEADS = ("集团", "公司")


def _firm(label: str, trades: tuple[str, ...]) -> bool:
    """Whether LABEL names a firm: a brand of two characters or more + a trade of
    news.json `company_trade_words` (某某科技, 某某药业) or + 集团, 公司."""
    return any(label.endswith(w) and len(label) - len(w) >= 2 for w in trades + _FIRM_HEADS)


def place_firm_rules(text: str, cands: list[Cand]) -> Iterable[Cand]:
    """A firm named with the province or city it is registered in before its
    brand (某省名某某科技, 某市名某某集团) is one Institution with the place (the
    longest name, annotation.md; a foreign country before a firm, 某国|某某电子,
    stays a place of its own): a Region candidate `firm_place` accepts right
    before an Institution candidate that names a firm (`_firm`)."""
    lex = load_lexicon()
    trades = news_patterns()["company_trade_tuple"]
    places = {c.end: c for c in cands if c.type == "Region" and firm_place(text, c, lex)}
    if not places:
        return
    for c in cands:
        p = places.get(c.start)
        if p is not None and c.type == "Institution" and _firm(text[c.start : c.end], trades):
            yield Cand(p.start, c.end, "Institution", text[p.start : c.end], "institution.place_firm", c.priority)


def _item_walk(tokens, k: int, end: int, hi: int, joiners: frozenset, stop_tags: frozenset, soft_tags: frozenset):
    """(start, index of the token before it, whether a token is unknown, whether a
    token of SOFT_TAGS was taken) of a company list item ending at END with token
    K: whole jieba words back to a joiner, a word of STOP_TAGS (but SOFT_TAGS),
    punctuation or HI characters."""
    s, unknown, soft = end, False, False
    while k >= 0 and WORDLIKE.match(tokens[k][2]) and tokens[k][2] not in joiners \
            and (tokens[k][3] not in stop_tags or tokens[k][3] in soft_tags) and end - tokens[k][0] <= hi:
        s = tokens[k][0]
        unknown = unknown or tokens[k][3] == "unk"
        soft = soft or tokens[k][3] in stop_tags
        k -= 1
    return s, k, unknown, soft


def company_list_rules(text: str, cands: list[Cand], tokens, spec: dict | None) -> Iterable[Cand]:
    """Companies named by their short names in a list closed by a class of
    enterprises (甲、乙等企业, 依托丙等龙头企业, 丁、戊等厂商; 以甲、乙为龙头),
    or a list of two or more right after a support verb (`verb_openers`)
    closed by what firms do (`verb_closing_regex`: 支持甲、乙扩大产能; one item
    alone when it is a brand + a trade of news.json `company_trade_words`: 支持某某糖业扩大产能): each item
    is an Institution (an item another rule read as a body, 某某集团, counts as one and is not
    read again), unless another rule or the lexicon reads an item of the
    list as another type (新能源汽车、光伏等企业 names sectors, and so does a list
    holding one) other than the trade after a brand (某某铝业:
    `_brand_or_clear`), or an item names no company (not_company_item:
    民营、中小等企业): then no item is.  An item is whole jieba words, back to a joiner, to a word of
    `stop_tags` (a verb: 推进|甲), to punctuation or to the text's start; an item
    alone needs three characters or a word jieba does not know (水泥等企业 is a
    sector's firms)."""
    if not spec:
        return
    # (where a list closes, and how: "class" 等某某企业, "verb" 支持甲、乙扩大产能, "project" 某某铝业某某项目)
    closing = [(m.start(), "class") for m in _compiled_regex(spec["closing_regex"]).finditer(text)]
    tokens = as_tokens(tokens)
    if spec.get("verb_closing_regex"):
        # (a list of two or more right after a support verb, closed by what firms do: 支持甲、乙扩大产能;
        # only a closing with a support verb before it in its clause can close one: the list's words
        # hold no clause punctuation)
        openers = frozenset(spec["verb_openers"])
        # (the openers' words found in the text, kept where jieba reads them as words)
        opened = [m.end() for m in _words_regex(openers).finditer(text)
                  if m.end() in tokens.end_at and m.start() in tokens.start_at] if openers else []
        gap = _not_in_list(tuple(spec["joiners"]))
        if opened:
            for m in _compiled_regex(spec["verb_closing_regex"]).finditer(text):
                at = bisect_right(opened, m.start())
                if at and not gap.search(text, opened[at - 1], m.start()):
                    closing.append((m.start(), "verb"))
    trades = news_patterns()["company_trade_tuple"]  # (longest first)
    if spec.get("project_regex"):
        # (a firm opening a clause before its project: 过去一年，某某科技某某项目建成投产; a closing is
        # the end of a trade word that the project (project_regex) follows)
        project = _compiled_regex(spec["project_regex"])
        closing.extend((m.end(), "project") for m in _words_regex(frozenset(trades)).finditer(text)
                       if project.match(text, m.end()))
    if not closing:
        return
    joiners = frozenset(spec["joiners"])
    stop_tags = frozenset(spec["stop_tags"])
    other = frozenset(spec["other_types"])
    lo, hi = spec["min_item_chars"], spec["max_item_chars"]
    common_tags = frozenset(spec.get("single_item_brand_not_tags", ()))
    rare_freq = spec.get("single_item_brand_rare_freq", 0)
    taken = bodies = places = None  # (read for the first item)
    opening_tags = frozenset(spec.get("brand_opening_tags", ()))
    openers_all = frozenset(spec.get("verb_openers", ()))
    brand_only = _compiled_regex(spec["brand_only_closing_regex"]) if spec.get("brand_only_closing_regex") else None
    for end, kind in closing:
        items, named, unknown = [], set(), False
        end_of_list = end
        while True:
            k = tokens.end_at.get(end)
            if k is None:
                items = []
                break
            s, k1, unknown1, soft = _item_walk(tokens, k, end, hi, joiners, stop_tags, opening_tags)
            if soft and not (k1 >= 0 and (tokens[k1][2] in joiners or tokens[k1][2] in openers_all)):
                # (长远|锂科, 中天|药业, 际华|三五|一二: words jieba reads as an adverb, a time or a
                # numeral are part of a brand only in an item a joiner or the support verb opens)
                s, k1, unknown1, _ = _item_walk(tokens, k, end, hi, joiners, stop_tags, frozenset())
            k, unknown = k1, unknown or unknown1
            item = text[s:end]
            if taken is None and lo <= len(item) <= hi:
                taken = [(c.start, c.end) for c in cands if c.type in other]
                bodies = frozenset((c.start, c.end) for c in cands if c.type == "Institution")
                lex = load_lexicon()
                places = frozenset((c.start, c.end) for c in cands if firm_place(text, c, lex))
            # (the item's words are none of stop_tags, which hold company_item_not_tags;
            # an item another rule read as a body is a firm of the list: 支持甲铝业、乙集团建设…)
            if bodies is not None and (s, end) in bodies:
                named.add(s)
            elif not (lo <= len(item) <= hi) or not_company_item(item) or not _brand_or_clear(s, end, taken, bodies, places):
                items = []
                break
            items.append(Cand(s, end, "Institution", item, "institution.enterprise_list", 1))
            if k < 0 or tokens[k][2] not in joiners:
                break
            end = tokens[k][0]
        if kind == "project":
            # (each firm is a brand + a trade, the list opens its clause: 、某某铝业 after a verb is another frame's)
            if not items or (k >= 0 and tokens[k][2] not in spec.get("project_clause_marks", ())) or not all(
                    _brand_and_trade(cd, trades, tokens, common_tags, rare_freq) for cd in items):
                continue
            items = [cd._replace(rule="institution.project_firm") for cd in items]
        elif len(items) == 1 and len(items[0].label) < 3 and not unknown:
            continue
        moves = kind == "verb" and brand_only is not None and brand_only.match(text, end_of_list) is not None
        if kind == "verb" and (not items or k < 0 or tokens[k][2] not in openers or (
                (len(items) < 2 or moves)
                and not all(_brand_and_trade(cd, trades, tokens, common_tags, 0 if moves else rare_freq) for cd in items))):
            # (推动甲、乙向…延伸: sectors move so too, so only firms named by a brand and a trade,
            # and there a rare noun is a material more often than a brand: 推动某某化工向…)
            continue
        yield from (cd for cd in items if cd.start not in named)  # (the bodies found already are not read again)
