"""Candidate generators: each takes the (half-width) text, the jieba tokens and
the loaded data, and yields candidate spans ``Cand(start, end, type, label, rule,
priority)``.  All of them match on characters (regex / trie) and use tokens only
to find name boundaries, so jieba segmentation errors do not hide lexicon terms.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple

from kg.extract.anchor import finder, pair_opens, word_sets_finder
from kg.extract.lexicon import Lexicon, load_entity_patterns, load_lexicon, trie_regex
from kg.ingest.articles import cn_number


class Cand(NamedTuple):
    start: int
    end: int
    type: str
    label: str
    rule: str
    priority: int  # lower wins between spans of equal length


NOT_ENTITY = "-"  # type of stop-listed spans: they win conflicts, then are dropped
_END = itemgetter(1)  # a candidate's end, read in C


# NamedTuple's generated __new__ is Python code; the gazetteer makes tens of
# thousands of candidates, so it builds them with tuple.__new__ directly
def new_cand(fields: tuple) -> Cand:
    return tuple.__new__(Cand, fields)


class Token(NamedTuple):
    """A jieba token (the pipeline passes plain tuples in this field order: fast)."""

    start: int
    end: int
    text: str
    tag: str  # jieba dictionary POS, "lex:<Type>" for lexicon terms, "unk" if unknown


_POSITIONS: list[int] = []  # 0, 1, 2 …, made once (`positions`)


def positions(n: int) -> list[int]:
    """A list starting 0, 1, …, n - 1 (maybe longer), shared: its int objects
    are made once per process, not once per index or scan of a text's tokens
    (a text has tens of thousands; ``range`` makes a new int for each past 256).
    (Grown by a new list, never in place: a list handed out stays as it was.)"""
    global _POSITIONS
    got = _POSITIONS
    if len(got) < n:
        got = _POSITIONS = list(range(max(n, 2 * len(got))))
    return got


class OffsetIndex:
    """Sorted offsets: ``get(pos)`` -> position in the list (the first, if
    repeated) or None.  The rules ask tens of thousands of times per document:
    ``get`` is a dict's own ``get``, the dict built at the first question (a
    bisection per question in Python costs 6x more than building it)."""

    __slots__ = ("offsets", "get", "_at")

    def __init__(self, offsets: list[int]):
        self.offsets = offsets
        self.get = self._first_get

    def _index(self) -> dict[int, int]:
        n = len(self.offsets)
        # built from the end: a repeated offset keeps its first position (as bisect_left finds it)
        self._at = at = dict(zip(reversed(self.offsets), positions(n)[n - 1 :: -1])) if n else {}
        self.get = at.get
        return at

    def _built(self) -> dict[int, int]:
        try:
            return self._at
        except AttributeError:
            return self._index()

    def index(self) -> dict[int, int]:
        """The dict ``get`` reads: offset -> position (for membership tests, as fast as a set's)."""
        return self._built()

    def _first_get(self, pos: int, default=None):
        # (what a caller holding this bound method keeps calling: the dict is built once)
        return self._built().get(pos, default)

    def __contains__(self, pos: int) -> bool:
        return pos in self._built()


class Tokens(list):
    """The jieba tokens of a text as (start, end, text, tag) tuples, in order,
    with the offset indexes the rules share: ``start_at.get(start)`` /
    ``end_at.get(end)`` -> token index, ``starts`` (sorted start offsets), and
    the columns ``words`` and ``tags`` (lists: the rules that read a column of
    every token scan one list in C instead of stepping through the tuples,
    which a document's other work has pushed out of the CPU's caches; the
    columns are read once, so a Tokens is not changed once made: `retagged`
    makes a copy)."""

    def __init__(self, items=(), starts: list[int] | None = None, ends: list[int] | None = None,
                 words: list[str] | None = None, tags: list[str] | None = None):
        super().__init__(items)
        self.starts = starts if starts is not None else [t[0] for t in self]
        self.start_at = OffsetIndex(self.starts)
        self.end_at = OffsetIndex(ends if ends is not None else [t[1] for t in self])
        if words is not None:
            self._words = words
        if tags is not None:
            self._tags = tags

    @property
    def words(self) -> list[str]:
        """Each token's text (given, or read off the tuples once)."""
        try:
            return self._words
        except AttributeError:
            self._words = list(map(itemgetter(2), self))
            return self._words

    @property
    def tags(self) -> list[str]:
        """Each token's tag (given, or read off the tuples once; a `retagged` copy has its own)."""
        try:
            return self._tags
        except AttributeError:
            self._tags = list(map(itemgetter(3), self))
            return self._tags

    def retagged(self, tags: dict[int, str]) -> "Tokens":
        """A copy with the tag of token K replaced by TAGS[K]; the offsets are the
        same, so the copy shares this one's indexes."""
        copy = Tokens.__new__(Tokens)
        list.__init__(copy, self)  # (a C-level copy; then the few retagged tokens replaced)
        for k, tag in tags.items():
            copy[k] = (*self[k][:3], tag)
        copy.starts, copy.start_at, copy.end_at = self.starts, self.start_at, self.end_at
        if "_words" in self.__dict__:  # (the words are the same; the tags, read again when asked)
            copy._words = self._words
        return copy

    def within(self, s: int, e: int) -> list:
        """The tokens that start inside [s, e) (an item's words, the last one
        possibly running past e)."""
        return self[bisect_right(self.starts, s - 1) : bisect_right(self.starts, e - 1)]

    def tag_of_span(self, s: int, e: int):
        i = self.start_at.get(s)
        return self[i][3] if i is not None and self[i][1] == e else None


def as_tokens(tokens) -> "Tokens":
    return tokens if isinstance(tokens, Tokens) else Tokens(tokens)


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
LATIN = re.compile(r"[A-Za-z]")  # (a Latin letter: a term written in it, 5G, AI芯片)
_MODEL_BEFORE_HEAD = re.compile(r"[A-Za-z0-9][\u4e00-\u9fff]{1,3}$")  # (鲲鹏920|处理器: a model number and a short class head)
CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
WORD_CHARS = r"\u4e00-\u9fffA-Za-z0-9\-·"  # (the characters of a word-like token, as a class body)
WORDLIKE = re.compile(rf"^[{WORD_CHARS}]+$")
# function characters that end or split a guessed name (…也 / 都强调 / 强调要)
NOT_IN_NAME = frozenset("的了是在和与及等为也要都就还将说对把被从向系")
_FUNCTION_CHAR_WORDS = re.compile("系统|体系|系列|在线")  # (words function characters form, which a name may hold: 某某在线监测系统)
_NUMBERISH = re.compile(r"^[0-9０-９.%一二两三四五六七八九十百千万亿几多数]+[只支个家项批类种条大]?$")


def unit_after_numeral(tokens, k: int, units: frozenset) -> bool:
    """Token ``k`` opens with a measure word or date unit (``units``) glued right
    after a numeral (120|台, 49|只子基金, 5|日电)."""
    t = tokens[k]
    return k > 0 and t[2][:1] in units and tokens[k - 1][1] == t[0] and _NUMBERISH.match(tokens[k - 1][2]) is not None


def is_count(tokens, k: int, units: frozenset) -> bool:
    """Token ``k`` is a numeral or the unit right after one (120|台): a count, no
    part of the name after it."""
    return _NUMBERISH.match(tokens[k][2]) is not None or unit_after_numeral(tokens, k, units)


@lru_cache(maxsize=1)
def compiled() -> dict:
    """Regexes built once per process from the data files."""
    lex = load_lexicon()
    pats = load_entity_patterns()
    words = set(lex.terms) | lex.not_entities
    out = {
        "lexicon": _lexicon_tries(words),
        "lexicon_starts": _term_starts(words),
        "rules": _regex_rule_table(pats["regex_rules"]),
        "heads": {},
    }
    for etype, spec in pats["heads"].items():
        out["heads"][etype] = (re.compile(trie_regex(spec["suffixes"])), spec)
    # every head type's matches (its regex's finditer spans) read off one pass over a text
    out["head_scan"] = word_sets_finder([spec["suffixes"] for spec in pats["heads"].values()])
    person = pats["person"]
    out["person_titles"] = re.compile(trie_regex(lex.person_titles)) if lex.person_titles else None
    # a title at either edge of a string (never part of a name)
    alt = "|".join(map(re.escape, lex.person_titles)) or "(?!)"
    out["person_title_edge"] = re.compile(f"^(?:{alt})|(?:{alt})$")
    # the cues and titles around a name, and the titles alone, read off one pass over a text (the spans
    # finditer of each set's trie regex yields)
    out["person_scan"] = word_sets_finder([set(person["cues_after"]) | set(lex.person_titles) | {"等人"},
                                           lex.person_titles])
    out["byline"] = re.compile(person["byline_regex"])
    out["byline_affiliation"] = re.compile(person["byline_affiliation_regex"]) if person.get("byline_affiliation_regex") else None
    # 某大学张三、李四等 / …撰文: a list of 2-4 names right after a body, closed by 等 or a cue
    cue_alt = trie_regex(set(person["cues_after"]))
    out["person_list_after_body"] = re.compile(
        f"((?:[\\u4e00-\\u9fff]{{2,4}}[、和]){{1,3}}[\\u4e00-\\u9fff]{{2,4}}?)(?=等|{cue_alt})"
    )
    out["transliteration_chars"] = frozenset(person.get("transliteration_chars", ""))
    out["person_subject"] = (
        (
            frozenset(person["subject_next_tags"]),
            frozenset(person.get("subject_next_words", ())),
            frozenset(person.get("subject_next_not", ())),
            frozenset(person.get("subject_not_last_chars", "")),
        )
        if person.get("subject_next_tags") else None
    )
    out["person_cues_before"] = [re.compile(r) for r in person.get("cues_before", ())]
    out["person_function_chars"] = frozenset(person.get("function_chars", ""))
    out["person_not_name_endings"] = tuple(person.get("not_name_endings", ()))
    out["person_not_name_last_chars"] = frozenset(person.get("not_name_last_chars", ""))
    out["person_verb_last_chars"] = frozenset(person.get("verb_last_chars", ""))
    out["person_name_conjunction_chars"] = frozenset(person.get("name_conjunction_chars", ""))
    out["person_words_after_titled_name"] = frozenset(person.get("words_after_titled_name", ()))
    out["person_rare_surname_not_tags"] = frozenset(person.get("rare_surname_not_tags", ()))
    # 报告分析师为某某。: the copulas between a title and a name, and what closes the name's clause
    out["person_title_copulas"] = (tuple(person.get("title_copulas", ())), frozenset(person.get("title_copula_closers", "")))
    # the words that close a name right after a title (省长某某在|出席|作|表示…), punctuation aside
    out["person_framed_name_next"] = re.compile(trie_regex(
        {w for w in (*person.get("words_after_titled_name", ()), *person["cues_after"], *person.get("verb_last_chars", ""))
         if re.fullmatch(r"[\u4e00-\u9fff]+", w)}))
    not_before = pats["modifier_use"].get("not_before_regex")
    out["modifier_use_not_before"] = re.compile(not_before) if not_before else None
    out["person_speech_cues"] = frozenset(person["cues_after"]) - set(lex.person_titles) - {"团队", "课题组", "等人"}
    out["boundary_words"] = frozenset(pats["boundary_words"])
    out["numeral_units"] = frozenset(pats.get("numeral_units", ""))
    out["head_glued_particles"] = frozenset(pats.get("head_glued_particles", ""))
    out["name_glued_prepositions"] = frozenset(pats.get("name_glued_prepositions", ""))
    openings = pats.get("sub_unit_openings", {})
    out["sub_unit_era_words"] = frozenset(openings.get("era_words", ()))
    out["sub_unit_verb_opened"] = re.compile(openings.get("verb_opened_regex") or "(?!)")
    out["class_prefix_words"] = frozenset(pats["class_prefix"].get("words", ()))
    item = pats["coordination"]["item_regex"]
    out["coordination_item"] = re.compile(item)
    out["coordination"] = re.compile(pats["coordination"]["list_regex"])
    joined = pats["coordination"].get("joined_item_regex")
    out["coordination_joined"] = re.compile(joined) if joined else None
    lead_verb = pats["coordination"].get("lead_verb_regex")
    out["coordination_lead_verb"] = re.compile(lead_verb) if lead_verb else None
    count = pats["coordination"].get("class_count_regex")
    out["coordination_class_count"] = re.compile(count) if count else None
    out["name_pos"] = frozenset(pats["name_pos"])
    out["coordination_tail_cues"] = [
        (re.compile(cue["regex"]), cue["type"], frozenset(cue.get("retype_types", ())), cue.get("fill_min_chars", 0),
         frozenset(cue.get("fill_head_tags", ())))
        for cue in pats["coordination"].get("tail_cues", ())
    ]
    return out


def ascii_ok(text: str, s: int, e: int) -> bool:
    """ASCII terms (AI, 5G) must not be glued to other ASCII letters (OpenAI)."""
    if text[s] >= "\x80" and text[e - 1] >= "\x80":
        return True  # a CJK term: nothing to check
    if _ASCII_ALNUM.match(text[s]) and s > 0 and _ASCII_ALNUM.match(text[s - 1]):
        return False
    if _ASCII_ALNUM.match(text[e - 1]) and e < len(text) and _ASCII_ALNUM.match(text[e]):
        return False
    return True


def gazetteer(text: str, lex: Lexicon) -> Iterable[Cand]:
    """Leftmost-longest lexicon matches on characters.  The lexicon is one trie
    regex per first character (one regex alternation of ~700 first characters
    is tried branch by branch at every position, 4x slower), tried only where a
    term can start (`_term_starts`: about one position in five of a text; a
    Python step at every position cost more than all the matches)."""
    c = compiled()
    tries = c["lexicon"]
    terms, stop = lex.terms, lex.not_entities
    out = []
    resume = 0  # where the scan goes on after a match
    for i in c["lexicon_starts"](text):
        if i < resume:
            continue
        m = tries[text[i]].match(text, i)
        if m is None:
            continue
        e = m.end()
        # a rejected ASCII hit (AI in OpenAI): the scan goes on at the next
        # position, so a shorter term can still match
        if ascii_ok(text, i, e):
            word = m.group()
            hit = terms.get(word)
            if hit is None or word in stop:
                out.append(new_cand((i, e, NOT_ENTITY, "", "not_entity", -1)))
                # a stop word read across a word edge (绿色化|工) is dropped
                # later: a term starting inside it (化工) may still match
                resume = i + 1 if e - i <= 3 else e
                continue
            out.append(new_cand((i, e, hit[0], hit[1], "lexicon", 0)))
            resume = e
    return out


def _term_starts(words: set[str]):
    """``starts(text)`` -> the positions of TEXT where one of WORDS can start, in
    order: its character is a one-character word, or it and the next open a
    longer one (`anchor.pair_opens`)."""
    opens_at = pair_opens(words)[3]

    def starts(text: str) -> list[int]:
        return opens_at(text)[1].tolist() if text else []

    return starts


def _lexicon_tries(words: set[str]) -> dict[str, re.Pattern]:
    """first character -> a regex matching the longest term starting with it."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    out = {}
    for ch, tails in by_first.items():
        rest = trie_regex([t for t in tails if t])
        if rest and "" in tails:
            rest = f"(?:{rest})?"  # the first character alone is a term too
        out[ch] = re.compile(re.escape(ch) + rest)
    return out


def _regex_rule_table(specs: list[dict]) -> list:
    """(regex, requires: the literals any one of which the text must hold, [(rule
    id, type, group, priority)]): rules sharing one regex (one per group: 中|美 of
    中美) run it once."""
    table: dict[str, tuple] = {}
    for r in specs:
        key = r["regex"]
        if key not in table:
            requires = r.get("requires", ())
            table[key] = (re.compile(key), (requires,) if isinstance(requires, str) else tuple(requires), [])
        table[key][2].append((r["id"], r["type"], r.get("group", 0), r.get("priority", 1)))
    return list(table.values())


def regex_rules(text: str) -> Iterable[Cand]:
    for rx, requires, outputs in compiled()["rules"]:
        if requires and not any(x in text for x in requires):
            continue
        for m in finder(rx)(text):  # rx.finditer(text), skipping to where a match can start
            for rule_id, etype, group, prio in outputs:
                s, e = m.span(group)
                if e > s:
                    yield Cand(s, e, etype, m.group(group), rule_id, prio)


_VERBAL_TAGS = frozenset(("v", "vn"))
_DIVISIONS = "省市区县州旗盟"  # the last character of a division's name (某某县), which a head may begin (县委)
_LEVELS = "省市区县"  # the levels of local government a bare department is written with (市科技局)


def _head_setup(head_id: str, spec: dict, c: dict) -> tuple:
    """The settings of one head type read off its spec (kept in ``compiled()``: the
    spec does not change, and reading it at every text cost more than some texts' scans)."""
    boundary, name_pos = c["boundary_words"], c["name_pos"]
    class_words = c["class_prefix_words"]
    etype = spec.get("type", head_id)
    max_tokens = spec.get("max_modifier_tokens", 4)
    max_chars = spec.get("max_chars", 20)
    min_mod = spec.get("min_modifier_chars", 1)
    need_lex = spec.get("modifier_must_be_lexicon", False)
    stop_here = (boundary - frozenset(spec.get("boundary_allow", ()))) | frozenset(spec.get("boundary_extra", ()))
    lex_ok = frozenset("lex:" + t for t in spec.get("lexicon_modifier_types", (etype,)))
    proper_tags = frozenset(spec.get("proper_tags", ()))
    proper_words = frozenset(spec.get("proper_words", ()))
    named_suffixes = tuple(spec.get("proper_not_required_suffixes", ())) or ("\0",)
    whole_token_tags = frozenset(spec.get("whole_token_tags", ("nt", "unk", "nz", "j")))
    mod_tags = frozenset(spec["modifier_tags"]) if "modifier_tags" in spec else name_pos
    vocab = frozenset(spec.get("modifier_vocab", ()))
    if spec.get("class_modifiers"):
        vocab |= class_words  # 锂离子 + 电池: class-forming modifiers are defined once, in class_prefix
    extend_whole = spec.get("extend_whole_tokens", True)
    mod_stop_suffixes = tuple(spec.get("modifier_stop_suffixes", ())) or ("\0",)
    stop_chars = frozenset(spec.get("stop_chars", ""))
    # types a lexicon place before which is a name of its own
    after_place = frozenset("lex:" + t for t in spec.get("split_place_before", ())) | (
        {"lex:Region"} if spec.get("split_outer_place", False) else frozenset())
    after_place_words = frozenset(spec.get("split_place_before_words", ()))
    # 英国|国家物理实验室: before these words a foreign country stays in the name (its national body)
    foreign_keeps = frozenset(spec.get("foreign_place_keeps_words", ()))
    # 江西|吉安市|…局: the outer place splits off only before a place of these suffixes (a city, not 河北|雄安新区)
    # or from these lexicon files (陕西|宝鸡高新区管委会: a city by its short name), and not when written in full
    # (浙江省杭州市…法院 is the body's official name)
    place_split = (tuple(spec.get("split_outer_place_inner_suffixes", ())) or ("",),
                   tuple(spec.get("split_outer_place_outer_not_suffixes", ())),
                   tuple(spec.get("split_outer_place_inner_lexicons", ())))
    # 美国|普林斯顿大学-like: a place before a transliterated name + one of these heads
    translit_heads = frozenset(spec.get("split_place_before_transliterated", ()))
    translit = c["transliteration_chars"]
    # 某国|人工智能|公司: a place and technologies or sectors + a bare class head describe
    # (with the words that only describe such a company: 某国|机器人|初创|公司)
    class_only = (frozenset(spec.get("class_only_heads", ())), frozenset(spec.get("class_only_descriptors", ())))
    after = re.compile(spec["after_regex"]) if spec.get("after_regex") else None
    not_before = re.compile(spec["not_before_regex"]) if spec.get("not_before_regex") else None
    mod_stop = re.compile(spec["modifier_stop_regex"]) if spec.get("modifier_stop_regex") else None
    proper_after = re.compile(spec["proper_after_regex"]) if spec.get("proper_after_regex") else None
    # 建筑|机器人, 应急|救援|机器人: before a product-class head any domain noun is a modifier
    open_spec = spec.get("open_modifiers") or {}
    open_heads = frozenset(open_spec.get("heads", ()))
    open_tags = frozenset(open_spec.get("tags", ("n", "vn")))
    open_max = open_spec.get("max_tokens", max_tokens)
    open_required = open_spec.get("required", False)  # 算力|调度|平台: an open word must be taken
    not_alone = frozenset(open_spec.get("not_alone_tags", ()))  # 调试|软件: a lone verbal noun is the verb's object
    # 辅助|诊断|软件: a verb is a modifier only after a verbal word or a name (园区|搭建|大数据 is a clause)
    verb_tags = frozenset(open_spec.get("verb_tags", ()))
    open_single = frozenset(open_spec.get("single_char_tags", ()))  # 钛/nz|产业: a one-character material opens the name
    # 铜/n|加工|产业: a one-character noun opens the name before another open word (tag + "+"), not alone (热|产业)
    open_single |= frozenset(t + "+" for t in open_spec.get("single_char_tags_before_word", ()))
    # 氟/nz|新材料产业: a one-character material before a lexicon name ending with the head (tag + "@")
    open_single |= frozenset(t + "@" for t in open_spec.get("single_char_tags_before_lexicon", ()))
    # 尼龙/nr|新材料产业, 铜基/nrt|新材料产业: a two-character word of these tags there too (tag + "@2")
    open_single |= frozenset(t + "@2" for t in open_spec.get("word_tags_before_lexicon", ()))
    # 分布式|核心|系统: a class-forming word names the kind like a lexicon technology
    class_names = class_words if spec.get("class_word_names") else frozenset()
    # EH216-S|无人驾驶…系统: a model name glued before the name makes it that model's, not a class
    name_not_after = re.compile(spec["name_not_after_regex"]) if spec.get("name_not_after_regex") else None
    # 运动控制和|环境感知技术: the last item of a pair shares its head word with the first, so the
    # name is the item without it (环境感知)
    head_dropped = re.compile(spec["head_dropped_after_regex"]) if spec.get("head_dropped_after_regex") else None
    dropped_heads = frozenset(spec.get("head_dropped_suffixes", ()))
    # 钠离子电池|和构|网型|储能|技术: a conjunction jieba glued to the next item opens no name
    strip_leading = frozenset(spec.get("strip_leading_chars", ""))
    opens_unknown = spec.get("head_opens_unknown_word", False)
    stem_verb_tags = frozenset(spec.get("stem_verb_tags", ()))
    not_after = frozenset(spec.get("not_after_chars", ""))
    glued_tails = frozenset(spec.get("glued_tails", ()))  # 磷|化工企业: a generic noun jieba glued after the head
    # 高效|电池技术, 管道|输氢技术: a word of these tags right before a name of these heads, not taken
    # as its modifier, shows the name is cut short: nothing is built
    cut = spec.get("cut_after") or {}
    cut_after = (frozenset(cut.get("heads", ())), frozenset(cut.get("tags", ())))
    return (etype, max_tokens, max_chars, min_mod, need_lex, stop_here, lex_ok, proper_tags, proper_words,
        named_suffixes, whole_token_tags, mod_tags, vocab, extend_whole, mod_stop_suffixes, stop_chars,
        after_place, after_place_words, foreign_keeps, place_split, translit_heads, translit, class_only, after, not_before, mod_stop,
        proper_after, open_spec, open_heads, open_tags, open_max, open_required, not_alone, verb_tags,
        open_single, class_names, name_not_after, head_dropped, dropped_heads, strip_leading, opens_unknown,
        stem_verb_tags, not_after, glued_tails, cut_after)


_DOMESTIC_FORMS = ("省", "市", "自治区", "特别行政区")


def domestic_place(surface: str, lex: Lexicon) -> bool:
    """A lexicon place of China: 中国 itself, or one written in full with the suffix
    of a Chinese province or city among its surfaces (广东省, 北京市, 新疆维吾尔自治区);
    a foreign country (英国, 印尼) has none."""
    if surface in ("中国", "中华"):
        return True
    term = lex.terms.get(surface)
    forms = lex.surfaces.get((term[1], "Region"), ()) if term else ()
    return any(f.endswith(_DOMESTIC_FORMS) for f in forms)


def head_rules(text: str, tokens: list[Token], lex: Lexicon) -> Iterable[Cand]:
    """Names built as modifiers + a head word (…研究所, …技术, …产业): the head is
    found on characters, the modifiers are the jieba tokens before it whose
    dictionary tag says noun-like, stopping at boundary words and punctuation."""
    c = compiled()
    boundary = c["boundary_words"]
    tokens = as_tokens(tokens)
    ends = tokens.end_at
    tok_starts = tokens.starts
    title_edge = c["person_title_edge"]
    units = c["numeral_units"]
    particles = c["head_glued_particles"]
    prepositions = c["name_glued_prepositions"]

    def closed_left(start: int) -> bool:
        # nothing name-like glued before the name (猿|辅导集团 is part of a name)
        k = ends.get(start)
        return k is None or not WORDLIKE.match(tokens[k][2]) or tokens[k][2] in boundary or tokens[k][3] == "lex:Region"
    setups = c.setdefault("head_setups", {})  # each head type's settings, read off its spec once
    head_spans = c["head_scan"](text)
    for (head_id, (_, spec)), spans in zip(c["heads"].items(), head_spans):
        if not spans:
            continue
        setup = setups.get(head_id)
        if setup is None:
            setup = setups[head_id] = _head_setup(head_id, spec, c)
        (
            etype, max_tokens, max_chars, min_mod, need_lex, stop_here, lex_ok, proper_tags, proper_words,
            named_suffixes, whole_token_tags, mod_tags, vocab, extend_whole, mod_stop_suffixes, stop_chars,
            after_place, after_place_words, foreign_keeps, place_split, translit_heads, translit, class_only, after, not_before,
            mod_stop, proper_after, open_spec, open_heads, open_tags, open_max, open_required, not_alone,
            verb_tags, open_single, class_names, name_not_after, head_dropped, dropped_heads, strip_leading,
            opens_unknown, stem_verb_tags, not_after, glued_tails, cut_after,
        ) = setup
        open_alone = open_spec.get("alone", False)  # 森林|康养: open words name it with no lexicon modifier
        for hs, he in spans:
            head = text[hs:he]
            if after is not None and after.match(text, he) is None:
                continue  # (…产业 + 集群: the head counts only in this context)
            if not_before is not None and not_before.match(text, he):
                continue  # (…设备 + 制造: the product names an industry there)
            if hs > 0 and text[hs - 1] in not_after:
                continue  # 企|业, 就|业: the head ends another word, not a sector name
            i = ends.get(he)
            if i is None:
                # the head is inside a longer token (中心城市): not a head, unless
                # the rest of that token is a role title (学院|院长 glued by jieba)
                # or the head's context (产业|基地 glued: 产业基地)
                i = bisect_right(tok_starts, he - 1) - 1
                if i < 0 or tokens[i][1] <= he:
                    continue
                t = tokens[i]
                ctx = after.match(text, he) if after is not None and t[0] == hs else None
                rest = text[he : t[1]]
                particle = len(rest) == 1 and rest in particles  # 局|等 glued by jieba
                # 快递业|新质: the head glued to a word jieba does not know after it
                unknown_after = opens_unknown and t[0] == hs and t[3] == "unk"
                glued = title_edge.fullmatch(rest) or (ctx is not None and t[1] <= ctx.end()) or particle or unknown_after \
                    or (t[0] == hs and rest in glued_tails)
                if not glued or (t[0] < hs and not (title_edge.fullmatch(rest) or particle)):
                    continue
            j = i
            while j >= 0 and tokens[j][0] > hs:
                j -= 1
            if j < 0:
                continue
            head_tok = tokens[j]
            if head_tok[1] > he:
                head_tok = (head_tok[0], he, text[head_tok[0] : he], "unk")
            if not WORDLIKE.match(head_tok[2]):
                continue
            start = head_tok[0]
            prefix_is_lex = False
            if start < hs:
                # the head ends a longer word: a name only if that word is unknown,
                # an organisation word (nt) or a lexicon term of an allowed type
                if head_tok[3].startswith("lex:"):
                    if head_tok[3] not in lex_ok:
                        continue
                    if head_tok[3] == "lex:" + etype and etype not in ("Technology", "Industry"):
                        continue  # a complete lexicon name: nothing to build
                elif head_tok[2][: hs - start] in stop_here:
                    continue
                elif head_tok[3] == "unk" and hs - start < 2:
                    continue  # 工|智能: a split of a longer word
                elif head_tok[3] not in whole_token_tags:
                    prefix_hit = lex.terms.get(head_tok[2][: hs - start])
                    if not prefix_hit or "lex:" + prefix_hit[0] not in lex_ok:
                        continue
                    prefix_is_lex = True
            k = j - 1 if (start == hs or extend_whole) else -1
            used = 0
            # (a longer lexicon word holding the head, 人形机器人, is a complete name)
            open_here = head in open_heads and start == hs
            limit = max(max_tokens, open_max) if open_here else max_tokens
            first_start = start
            taken = []  # (start, may open the name, open word, tag) of each modifier taken
            has_lex_mod = prefix_is_lex or (head_tok[3].startswith("lex:") and start < hs)
            proper = (head_tok[3] in proper_tags and head_tok[3] != "unk") or head_tok[3].startswith("lex:")
            while k >= 0 and used < limit:
                t = tokens[k]
                if t[1] != start or t[2] in stop_here or not WORDLIKE.match(t[2]):
                    break
                if not taken and t[1] == hs and text[hs] in _DIVISIONS and not t[3].startswith("lex:") \
                        and lex.terms.get(t[2] + text[hs], ("",))[0] == "Region":
                    t = (t[0], t[1], t[2], "lex:Region")  # 安化|县委: the county's name, its 县 read in the head
                if stop_chars and not stop_chars.isdisjoint(t[2]) and not t[3].startswith("lex:"):
                    break  # 大会|暨首届…: a joiner glued into a token still ends the name
                if text.startswith(t[2], t[1]):
                    break  # 本源量子|量子计算机: a word written twice ends one name and opens the next
                if t[3] == "unk" and len(t[2]) == 2 and t[2][0] in prepositions and t[2][1] in _LEVELS:
                    break  # 由市|发展改革委: a clause's preposition glued to a level of government opens no name
                if mod_stop is not None and mod_stop.fullmatch(t[2]):
                    break  # 全球性: a descriptive word, not part of this kind of name
                if units and unit_after_numeral(tokens, k, units):
                    break  # 49|只子基金, 5|日电: a numeral's unit or date glued to the next word
                if t[3] == "unk" and len(t[2]) > 1 and t[2][-1] in particles:
                    break  # 超高|清等|技术: a particle jieba glued to an unknown word ends the name there
                opens, is_open = True, False
                # open words sit right before the head (准确地被|人工智能|大模型: 地被 is no modifier)
                open_run = open_here and all(x[2] for x in taken)
                if t[3].startswith("lex:"):
                    if t[3] not in lex_ok or t[2].endswith(mod_stop_suffixes):
                        break
                elif vocab and t[2] in vocab:
                    pass  # a curated modifier word, whatever jieba tags it (先进/a)
                elif open_run and t[3] in open_tags and CJK_WORD.match(t[2]) and not title_edge.fullmatch(t[2]):
                    opens, is_open = len(t[2]) > 1 or t[3] in open_single or (bool(taken) and t[3] + "+" in open_single), True  # 膜 inside 交换膜, not alone at the front
                elif (
                    not taken and (len(t[2]) == 1 and t[3] + "@" in open_single or len(t[2]) == 2 and t[3] + "@2" in open_single)
                    and head_tok[0] < hs
                    and head_tok[3].startswith("lex:") and head in open_heads
                    and not (k > 0 and tokens[k - 1][1] == t[0] and tokens[k - 1][3] == "v" and len(tokens[k - 1][2]) == 1)
                ):  # (做|优|传统产业: the character completes a one-character verb)
                    is_open = True  # 氟|新材料产业, 光|电子信息产业: the material forms the class of the lexicon sector
                elif (
                    not taken and t[3] in stem_verb_tags and CJK_NAME.match(t[2])
                    and k > 0 and tokens[k - 1][1] == t[0] and tokens[k - 1][2] in vocab
                    and not tokens[k - 1][3].startswith("lex:")
                ):
                    # 智能|建造|产业: a verb as the stem's head noun, after a curated modifier
                    # word (after a name it is the clause's verb: 新能源|带动|产业升级)
                    opens = False
                elif t[3] not in mod_tags or (vocab and not (t[3] == "unk" and CJK_NAME.match(t[2]))):
                    break
                elif title_edge.fullmatch(t[2]) or _NUMBERISH.match(t[2]):
                    break
                if he - t[0] > max_chars:
                    break
                has_lex_mod = has_lex_mod or t[3].startswith("lex:") or t[2] in class_names
                proper = proper or t[3] in proper_tags or t[2] in proper_words
                if not proper and proper_tags and len(t[2]) > 3 and not t[3].startswith("lex:"):
                    # 广西壮族自治区人民政府: jieba glued a known place or body to a word
                    proper = any(
                        "lex:" + lex.terms.get(t[2][:n], ("",))[0] in proper_tags for n in range(2, min(len(t[2]) - 1, 8) + 1)
                    )
                start = t[0]
                taken.append((start, opens, is_open, t[3]))
                used += 1
                k -= 1
            if verb_tags:
                for n, x in enumerate(taken):
                    left = taken[n + 1] if n + 1 < len(taken) else None
                    if x[2] and x[3] in verb_tags and not (left and (left[3] in _VERBAL_TAGS or left[3].startswith("lex:"))):
                        del taken[n:]
                        start = taken[-1][0] if taken else first_start
                        break
            while taken and not taken[-1][1]:
                taken.pop()  # 膜|电池: a one-character noun does not open a name
                start = taken[-1][0] if taken else first_start
            # a place written before another place (浦东新区张江科学城; the
            # guidelines' 广东韶关) or before a known organisation (美国特斯拉公司)
            # is a name of its own: the head goes with what follows it
            if after_place or after_place_words:
                i0 = tokens.start_at.get(start)
                if (
                    i0 is not None
                    and i0 + 1 < len(tokens)
                    and tokens[i0][3] == "lex:Region"
                    and ((tokens[i0 + 1][3] in after_place and (tokens[i0 + 1][3] != "lex:Region" or (
                        (tokens[i0 + 1][2].endswith(place_split[0])
                         or any(tokens[i0 + 1][2] in lex.by_file.get(f, ()) for f in place_split[2]))
                        and not (place_split[1] and tokens[i0][2].endswith(place_split[1])))))
                         or (tokens[i0 + 1][2] in after_place_words
                             and not (tokens[i0 + 1][2] in foreign_keeps and not domestic_place(tokens[i0][2], lex))))
                    and tokens[i0 + 1][0] < hs
                ):
                    start = tokens[i0 + 1][0]
            if head in translit_heads:
                # jieba may hold place and name in one word (某国某某大学): the place is read off its characters
                for n in range(min(hs - start - 2, 5), 1, -1):
                    place = lex.terms.get(text[start : start + n], ("",))
                    if place[0] == "Region" and translit.issuperset(text[start + n : hs]):
                        yield Cand(start, start + n, "Region", place[1], f"head.{head_id}.place", 2)
                        start += n
                        break
            if head in class_only[0] and _place_and_classes(tokens, start, hs, class_only[1]):
                continue
            if (
                prepositions and taken and taken[-1][3] == "unk" and text[start] in prepositions
                and start < hs - 2 and (start == 0 or not WORDLIKE.match(text[start - 1]))
            ):
                start += 1  # ，以源|网荷储|一体化: a clause's preposition glued to the name's first word
            if strip_leading and start < hs - 1 and text[start] in strip_leading and start > 0 and WORDLIKE.match(text[start - 1]):
                start += 1
            if hs - start < min_mod:
                continue
            if not_alone and len(taken) == 1 and taken[0][2] and tokens.tag_of_span(start, hs) in not_alone:
                continue
            if open_required and not any(x[2] for x in taken):
                continue  # 人工智能|平台: a lexicon name + the head alone is left to the lexicon
            if name_not_after is not None and name_not_after.search(text, max(0, start - 16), start):
                continue
            if need_lex and not has_lex_mod and not (open_alone and any(x[2] for x in taken)):
                # one jieba word holding the whole name (武汉东湖新技术开发区/nt):
                # it must begin with a lexicon term of an allowed type
                pre = text[start:hs]
                if not any("lex:" + lex.terms.get(pre[:k], ("",))[0] in lex_ok for k in range(2, min(len(pre), 6) + 1)):
                    continue
            if proper_tags and not proper and hs - start > 2:
                # 某某部|党组 cut as 某某|部党组, 某市某某医院 as one word: jieba cut a known body or
                # place apart or glued it to the rest of the name; its characters still open the name
                pre = text[start:hs]
                proper = any("lex:" + lex.terms.get(pre[:n], ("",))[0] in proper_tags for n in range(2, min(len(pre), 8) + 1))
            if (
                proper_tags
                and not proper
                and not (head.endswith(named_suffixes) and has_lex_mod)
                and not (proper_after is not None and proper_after.match(text, he) and closed_left(start))
            ):
                continue  # 相关研究院: a class, unless an officer's title after it shows a named company
            end = he
            if head_dropped is not None and head in dropped_heads and hs - start >= 2 \
                    and head_dropped.search(text, max(0, start - 16), start):
                end = hs
            if head in cut_after[0] and start > 0:
                k0 = ends.get(start)
                if k0 is not None and tokens[k0][3] in cut_after[1] and tokens[k0][2] not in stop_here \
                        and tokens[k0][2] not in vocab:  # (新型|无创|脑机接口技术: a modifier past the token limit)
                    continue
            surface = text[start:end]
            if surface in lex.not_entities:
                continue
            yield Cand(start, end, etype, surface, f"head.{head_id}" + (".head_dropped" if end < he else ""), 2)


def _place_and_classes(tokens, start: int, end: int, descriptors: frozenset = frozenset()) -> bool:
    """The words in [start, end) are a lexicon place followed by lexicon
    technologies or sectors only (美国|人工智能), or DESCRIPTORS of the kind of
    company (美国|机器人|初创): a description, no name."""
    i = tokens.start_at.get(start)
    if i is None or tokens[i][3] != "lex:Region":
        return False
    i += 1
    n = 0
    while i < len(tokens) and tokens[i][1] <= end:
        if tokens[i][3] not in ("lex:Technology", "lex:Industry") and tokens[i][2] not in descriptors:
            return False
        n += 1
        i += 1
    return n > 0 and tokens[i - 1][1] == end


def compound_rules(text: str, cands: list[Cand], spec: dict, tokens: list = ()) -> Iterable[Cand]:
    """Two names of one type written together are one name (区块链 + 智能合约);
    a short stem coordinated with a head name shares its head (基因和细胞技术)."""
    types = set(spec.get("types", ()))
    max_chars = spec.get("max_chars", 10)
    joiners = tuple(spec.get("joiners", ("和", "与")))
    max_stem = spec.get("max_stem_chars", 2)
    complete = tuple(spec.get("adjacent_stop_suffixes", ())) or ("\0",)
    # 风电|光伏(基地): two sources of one energy mix written together are a list, not one name
    apart = frozenset(spec.get("adjacent_apart_terms", ()))
    lexical = [c for c in cands if c.rule == "lexicon" and c.type in types]
    by_start = {}
    for c in lexical:
        if c.end - c.start > by_start.get(c.start, (0, 0))[1] - by_start.get(c.start, (0, 0))[0]:
            by_start[c.start] = (c.start, c.end, c.type, c.label)
    # a head name of the same type right after a term takes it in (邮政|快递业)
    head_by_start = {}
    for c in cands:
        if c.rule.startswith("head.") and c.type in types and c.end - c.start > head_by_start.get(c.start, (0, 0))[1] - c.start:
            head_by_start[c.start] = (c.start, c.end, c.type)
    for c in lexical:
        if c.label.endswith(complete):
            continue  # a complete sector (装备制造业) does not join the next name
        nxt = by_start.get(c.end)
        # (a name followed by its own abbreviation, 人工智能AI, is two mentions;
        # so is a class term followed by a Latin product name, 某生成模型Xyz)
        if nxt and (c.label in apart and nxt[3] in apart):
            nxt = None
        if nxt and nxt[2] == c.type and nxt[3] != c.label and nxt[1] - c.start <= max_chars and not (
            text[c.end - 1] >= "\u4e00" and text[c.end : nxt[1]].isascii()
        ):
            yield Cand(c.start, nxt[1], c.type, text[c.start : nxt[1]], "compound.adjacent", 2)
        head = head_by_start.get(c.end)
        if head and head[2] == c.type and nxt and head[1] > nxt[1] and head[1] - c.start <= max_chars + 2:
            yield Cand(c.start, head[1], c.type, text[c.start : head[1]], "compound.adjacent", 2)
    starts = {c.start for c in cands if c.type != NOT_ENTITY}
    ends = {c.end for c in cands if c.type != NOT_ENTITY}
    tokens = as_tokens(tokens)
    # 数字孪生 + 流域: a technology that names a model of the thing after it
    object_terms = frozenset(spec.get("object_terms", ()))
    object_tags = frozenset(spec.get("object_tags", ("n",)))
    boundary = compiled()["boundary_words"]
    for c in lexical:
        if c.label in object_terms and text[c.start : c.end] == c.label:
            k = tokens.start_at.get(c.end)
            if k is not None and tokens[k][3] in object_tags and CJK_NAME.match(tokens[k][2]) and tokens[k][2] not in boundary:
                yield Cand(c.start, tokens[k][1], c.type, text[c.start : tokens[k][1]], "compound.object", 2)
    # 某某一体化|技术: a name a head rule built, then its type's class word written as its own
    # word, is one name with it (annotation.md: the longest name that denotes one thing)
    after = spec.get("class_word_after")
    if after:
        words, wtype = frozenset(after["words"]), after["type"]
        for c in cands:
            if c.type == wtype and c.rule.startswith("head.") and not c.rule.endswith("head_dropped"):
                k = tokens.start_at.get(c.end)
                if k is not None and tokens[k][2] in words and (c.end, tokens[k][1]) != (c.start, c.end):
                    yield Cand(c.start, tokens[k][1], wtype, text[c.start : tokens[k][1]], "compound.class_word", 2)
    # 某酸锂|正极, 某化镓|外延片: a material product, then the part of a device made of it
    # written as words of their own, is one product
    part = spec.get("part_after")
    if part:
        part_rules, ptype = frozenset(part["rules"]), part["type"]
        part_words = sorted(part["words"], key=len, reverse=True)
        glued = frozenset(compiled()["head_glued_particles"]) | frozenset(compiled()["name_glued_prepositions"])
        for c in cands:
            if c.type == ptype and c.rule in part_rules and c.end in tokens.start_at:
                w = next((w for w in part_words if text.startswith(w, c.end)), None)
                e = c.end + len(w) if w is not None else 0
                # (外延|片为: a particle or preposition jieba glued after the word)
                if w is not None and (e in tokens.end_at or text[e : e + 1] in glued and e + 1 in tokens.end_at):
                    yield Cand(c.start, c.end + len(w), ptype, text[c.start : c.end + len(w)], "compound.part", 2)
    # 70兆帕|某某储氢技术, 20兆瓦级|某某机组: the pressure or power rating written right
    # before a product names that product's grade and is part of its name
    rating = spec.get("rating_before")
    if rating:
        rating_rx, rtype = re.compile(rating["regex"]), rating["type"]
        for c in cands:
            if c.type == rtype and c.start > 2 and text[c.start - 1] in "帕a级伏V":  # (the units' last characters)
                m = rating_rx.search(text, max(0, c.start - 12), c.start)
                if m is not None and m.end() == c.start:
                    yield Cand(m.start(), c.end, rtype, text[m.start() : c.end], "compound.rating", 2)
    stem_tags = set(spec.get("stem_tags", ("n",)))
    # 深海|养殖|装备和…传感器: a stem that ends a longer noun phrase is that phrase's head, not an item
    stem_not_after = frozenset(spec.get("stem_not_after_tags", ()))
    stem_vocab = frozenset(load_entity_patterns()["heads"]["Technology"].get("modifier_vocab", ()))
    # 数据与实体经济|融合: two things brought together are two names, not one with a shared head
    joined_after = re.compile(spec["shared_not_before_regex"]) if "shared_not_before_regex" in spec else None
    counted = compiled()["coordination_class_count"]
    for c in cands:
        # a head name, or a lexicon technology (基因和细胞治疗); a stem that is a
        # name itself (风能和潮汐能) is never shared (checked below)
        if c.type not in types or not (c.rule.startswith("head.") or (c.rule == "lexicon" and c.type == "Technology")):
            continue
        joined = None  # (read once a joiner is found before the name: most names have none)
        for j in joiners:
            js = c.start - len(j)
            if text[js : c.start] != j:
                continue
            if joined is None:
                joined = joined_after is not None and joined_after.match(text, c.end) is not None
            if joined:
                break
            for n in range(max_stem, 0, -1):
                s = js - n
                stem = text[s:js]
                if s < 0 or not CJK_NAME.match(stem + "字" if n == 1 else stem):
                    continue
                # the stem must stand alone: a whole jieba token, not inside an entity
                if js in ends or s in starts or tokens.tag_of_span(s, js) not in stem_tags or stem in boundary:
                    continue
                if stem_vocab and stem not in stem_vocab:
                    continue
                if text.endswith(stem, s, c.end):
                    continue  # 某型电池和光伏电池: the stem is the head word itself, an item of its own
                k = tokens.end_at.get(s)
                if stem_not_after and k is not None and tokens[k][3] in stem_not_after and tokens[k][2] not in boundary:
                    continue
                if counted is not None and counted.search(text, max(0, s - 6), s) is not None:
                    continue  # A、B四大关键材料和C制造: the stem ends a counted class that closes a list
                yield Cand(s, c.end, c.type, text[s : c.end], "compound.shared_head", 2)
                break


def _formula_regex(form: dict, name_chars: str, boundary: str) -> re.Pattern:
    cues = "|".join(map(re.escape, sorted(form["cues"], key=len, reverse=True)))
    sufs = "|".join(map(re.escape, sorted(form["suffixes"], key=len, reverse=True)))
    lo, hi = form.get("min_body_chars", 2), form.get("max_body_chars", 16)
    body = f"(?:{name_chars}){{{lo},{hi}}}?"
    return re.compile(f"(?:{cues})(?:{form.get('cue_particles', '好|了')})?({body}(?:{sufs}))(?={boundary})")


@lru_cache(maxsize=1)
def _formulas():
    spec = load_entity_patterns()["policy_formulas"]
    name_chars, boundary = spec["name_chars"], spec["boundary_after"]
    forms = []
    for form in spec["forms"]:
        sufs = "|".join(map(re.escape, sorted(form["suffixes"], key=len, reverse=True)))
        lo, hi = form.get("min_body_chars", 2), form.get("max_body_chars", 16)
        joiners = "|".join(map(re.escape, spec["list_joiners"]))
        item = re.compile(f"(?:{joiners})((?:{name_chars}){{{lo},{hi}}}?(?:{sufs}))(?={boundary})")
        cues = tuple(sorted(form["cues"], key=len, reverse=True))
        generic = frozenset(form["generic_bodies"]) if "generic_bodies" in form else None
        listed = tuple(form.get("list_body_suffixes", ())) or ("\0",)
        trim = tuple(form.get("trim_suffixes", ()))
        forms.append((form["id"], _formula_regex(form, name_chars, boundary), item, tuple(form["suffixes"]), cues, generic, listed, trim, lo))
    counted = re.compile(spec.get("generic_body_regex", "(?!)"))
    # a name of one form then a joiner inside a body: two coordinated names (…振兴战略和五年发展规划)
    every_suffix = sorted({x for form in spec["forms"] for x in form["suffixes"]}, key=len, reverse=True)
    joiners = "|".join(map(re.escape, spec["list_joiners"]))
    inner_pair = re.compile("(?:%s)(?:%s)" % ("|".join(map(re.escape, every_suffix)), joiners))
    return forms, inner_pair, tuple(spec["generic_body_prefixes"]), frozenset(spec["generic_bodies"]), tuple(spec["generic_modifiers"]), counted


def policy_formula_rules(text: str, lex: Lexicon) -> Iterable[Cand]:
    """Policy names written without 《》 in drafting formulas: 实施…工程/行动/计划,
    深化…改革, 建设…强国, 开展…试点, 坚持…战略.  Each item of a coordinated list
    that follows with the same kind of suffix (实施A行动、B行动) is a policy too.
    Bodies that are generic (一批重大工程, 体制机制改革) are not names."""
    forms, inner_pair, generic_prefixes, generic_bodies, generic_modifiers, counted_body = _formulas()
    strip_prefixes = tuple(sorted(generic_prefixes, key=len, reverse=True))
    plural = frozenset(load_entity_patterns()["policy_formulas"].get("plural_prefixes", ()))
    projects = load_entity_patterns()["policy_formulas"].get("programme_projects_word", "")

    def named(surface: str, suffixes: tuple, generic_bodies=generic_bodies, min_body: int = 2) -> bool:
        body = surface
        for suf in sorted(suffixes, key=len, reverse=True):
            if surface.endswith(suf):
                body = surface[: -len(suf)]
                break
        for mod in generic_modifiers:
            if body.startswith(mod):
                rest = body[len(mod):]
                if len(rest) < 3 or any(j in rest for j in "和与及、"):
                    return False
        return (
            len(body) >= min_body
            and not body.startswith(generic_prefixes)
            and not counted_body.match(body)
            and body not in generic_bodies
            and surface not in lex.not_entities
        )

    for form_id, rx, item_rx, suffixes, cues, form_generic, list_body_suffixes, trim_suffixes, min_body in forms:
        # (a form's shortest body, two characters at most: 林|长制 names the forest-chief system)
        suffixes_generic = (suffixes, generic_bodies if form_generic is None else form_generic, min(2, min_body))
        for m in rx.finditer(text):
            s, e = m.span(1)
            # 推进组织实施X计划: the name starts after the last cue
            cue = next((c for c in cues if text.startswith(c, s)), None)
            while cue is not None:
                s += len(cue)
                cue = next((c for c in cues if text.startswith(c, s)), None)
            # 部署中央企业开展“AI+”专项行动: a cue inside the body starts the name
            inner = max((text.rfind(c, s, e) + len(c) for c in cues if text.find(c, s, e) > s), default=-1)
            # (not a cue that opens the suffix: 转型|实施方案 holds the cue 实施 but no new name)
            suffix_start = e - next((len(x) for x in sorted(suffixes, key=len, reverse=True) if text.endswith(x, s, e)), 0)
            if s < inner < suffix_start and named(text[inner:e], *suffixes_generic):
                s = inner
            pair = None
            for pair in inner_pair.finditer(text, s, e):
                pass  # the last name-and-joiner inside: the name after it starts there
            if pair is not None and pair.end() < e:
                s = pair.end()
            # 新一轮|国企改革深化提升行动: a quantifier or demonstrative before
            # a name is not part of it (what is left must still be a name)
            pre = next((p for p in strip_prefixes if text.startswith(p, s)), None)
            if pre is not None and e - s - len(pre) >= 6:
                if pre in plural and not (projects and text.startswith(projects, e)):
                    continue  # 实施一批某某科技专项: many programmes of a kind, none named (一批某某工程项目: the projects of one)
                s += len(pre)
            if not named(text[s:e], *suffixes_generic):
                continue
            if text.endswith(list_body_suffixes, s, e) and any(j in text[s:e] for j in "和与及、"):
                continue  # 开展A和B试点: fields to pilot, not the name of a programme
            for trim in trim_suffixes:
                # 开展X行动试点: the pilot of a named programme; the programme is the name
                if text.endswith(trim, s, e):
                    inner_end = e - len(trim)
                    if any(text.endswith(suf, s, inner_end) for suf in suffixes if suf not in trim_suffixes) and named(
                        text[s:inner_end], *suffixes_generic
                    ):
                        e = inner_end
                    break
            yield Cand(s, e, "Policy", text[s:e], f"policy.formula.{form_id}", 1)
            while True:
                nxt = item_rx.match(text, e)
                if nxt is None or not named(nxt.group(1), *suffixes_generic):
                    break
                s, e = nxt.span(1)
                yield Cand(s, e, "Policy", text[s:e], f"policy.formula.{form_id}.list", 1)


def clause_start_spec(spec: dict | None) -> tuple[re.Pattern, str, str] | None:
    """entities.json `clause_start_names` read once for clause_start_rules:
    (suffix regex compiled, boundary characters, characters never taken)."""
    if not spec:
        return None
    return re.compile(spec["suffix_regex"]), spec["boundary_chars"], spec["not_chars"]


def clause_start_rules(text: str, cands: list[Cand], spec: tuple[re.Pattern, str, str] | None) -> Iterable[Cand]:
    """An organisation's name read by a head rule one character after a clause's
    start (，泓|川储能科技有限公司, 、安|塔姆公司, 大|柴旦行政委员会: jieba tagged the
    name's first character as a measure word, a verb or an adjective) opens at the
    clause's start: the name is extended by that character when the name ends with
    `suffix_regex`, the character before it is one of `boundary_chars` (or the text
    starts there) and the character itself is none of `not_chars` (a preposition, a
    conjunction, a pronoun, 系 of an author line, a date's 月: ，由某公司, 。系某大学研究院)."""
    if spec is None:
        return
    suffix, bounds, not_chars = spec  # (clause_start_spec)
    for c in cands:
        s = c.start
        if c.type != "Institution" or not c.rule.startswith("head.") or s < 1 \
                or not (s == 1 or text[s - 2] in bounds) or not "\u4e00" <= text[s - 1] <= "\u9fff" \
                or text[s - 1] in not_chars or not suffix.search(text, s, c.end):
            continue
        yield Cand(s - 1, c.end, c.type, text[s - 1 : c.end], "head.clause_start", c.priority)


def modifier_use_rules(text: str, cands: list[Cand], tokens, spec: dict) -> Iterable[Cand]:
    """A sector word used as a modifier is no entity (医疗费用, 交通拥堵): the
    lexicon term + one of the listed nouns, ending on a token boundary, is
    stop-listed as a whole (the longer stop span wins the conflict)."""
    types = frozenset(spec["types"])
    # the nouns by length, longest first: the noun after a term is one set lookup per length
    nouns = [(n, frozenset(w for w in spec["nouns"] if len(w) == n))
             for n in sorted({len(w) for w in spec["nouns"]}, reverse=True)]
    ends = as_tokens(tokens).end_at
    # 新兴产业安全健康发展: the noun is an adverbial of the verb after it, so the
    # term is the clause's subject, not a modifier
    not_before = compiled()["modifier_use_not_before"]
    # 汽车|电子, 工业|控制, 环保|冷媒: a short sector word glued to a following noun is the
    # modifier of that compound, no entity of its own (annotation.md: a sector word used as a modifier)
    glued = spec.get("glued_noun") or {}
    g_max, g_tags = glued.get("max_term_chars", 0), frozenset(glued.get("tags", ()))
    g_min, g_not = glued.get("min_noun_chars", 2), frozenset(glued.get("not_words", ()))
    g_not_end = tuple(glued.get("not_suffixes", ())) or ("\0",)
    toks = as_tokens(tokens)
    starts_at = toks.start_at if g_max else {}
    boundary = compiled()["boundary_words"]
    longest = {}  # the longest candidate starting at each offset: a longer name there wins anyway
    if g_max:
        for c in cands:
            if c.end - c.start > longest.get(c.start, 0):
                longest[c.start] = c.end - c.start
    for c in cands:
        if c.rule != "lexicon" or c.type not in types:
            continue
        if c.end - c.start <= g_max and longest.get(c.start, 0) <= c.end - c.start:
            k = starts_at.get(c.end)
            if k is not None:
                t = toks[k]
                if (
                    t[3] in g_tags and len(t[2]) >= g_min and t[2] not in boundary and t[2] not in g_not
                    and not t[2].endswith(g_not_end) and CJK_WORD.match(t[2])
                ):
                    yield Cand(c.start, c.end, NOT_ENTITY, "", "not_entity.modifier_use.glued", -1)
                    continue
        for n, words in nouns:
            noun = text[c.end : c.end + n]
            if noun in words and c.end + n in ends:
                if not_before is not None and not_before.match(text, c.end + len(noun)):
                    break
                yield Cand(c.start, c.end + len(noun), NOT_ENTITY, "", "not_entity.modifier_use", -1)
                break


def class_prefix_rules(text: str, cands: list[Cand], tokens, spec: dict) -> Iterable[Cand]:
    """A class-forming modifier keeps its technology (民用无人机, 农业物联网,
    新型储能系统): a listed modifier word, or a lexicon term of one of
    ``lexicon_types``, written right before a lexicon name of ``types`` (as a
    whole jieba token) forms one name of that type."""
    types = frozenset(spec["types"])
    words = ClassWords(spec.get("words", ()), re.compile(spec["word_regex"]) if spec.get("word_regex") else None)
    size_words = frozenset(spec.get("technology_only_words", ()))
    # 智能|教育, 数字|农业: words that form a class of a sector only, not of a technology
    sector_only = frozenset(spec.get("sector_only_words", ()))
    tech_words = words - sector_only
    # …but not before a facility or an activity, which the word makes a technology (智能|港口, 智能|药物研发)
    sector_only_not = re.compile(spec["sector_only_not_regex"]) if spec.get("sector_only_not_regex") else None

    def facility(label: str) -> bool:
        return sector_only_not is not None and sector_only_not.search(label) is not None
    level_words = frozenset(spec.get("technology_level_words", ()))
    lexicon_types = frozenset(spec.get("lexicon_types", ()))
    lexicon_targets = frozenset(spec.get("lexicon_targets", types))
    max_chars = spec.get("max_chars", 10)
    toks = as_tokens(tokens)
    lexical_end = {}
    for c in cands:
        if c.rule == "lexicon" and c.type in lexicon_types:
            lexical_end[c.end] = c
    ordinal = re.compile(f"(?:{spec['ordinal_regex']})$") if spec.get("ordinal_regex") else None
    ordinal_types = frozenset(spec.get("ordinal_types", ()))
    # 第六代 + 无人车: a numbered generation right before a lexicon product is part of its name
    generation = re.compile(f"(?:{spec['generation_regex']})$") if spec.get("generation_regex") else None
    generation_types = frozenset(spec.get("generation_types", ()))
    version = re.compile(spec["version_regex"]) if spec.get("version_regex") else None
    version_types = frozenset(spec.get("version_types", ()))
    version_cjk = spec.get("version_max_cjk_chars", 2)
    # 某某大模型 + 4.0: a named model built by a head rule keeps a dotted version
    named_version = tuple(spec.get("version_named_heads", ()))
    industry_head = compiled()["heads"]["Industry"][0]
    for c in cands:
        if (
            named_version
            and version is not None
            and c.type in version_types
            and c.rule.startswith("head.")
            and c.label.endswith(named_version)
            and not c.label in named_version
        ):
            m = version.match(text, c.end)
            if m is not None and "." in m.group():
                yield Cand(c.start, m.end(), c.type, text[c.start : m.end()], "compound.version", 2)
        if (
            version is not None
            and c.rule == "lexicon"
            and c.type in version_types
            and (text[c.end - 1] < "\x80" or c.end - c.start <= version_cjk)
        ):
            # HarmonyOS 5, DeepSeek-R1, 鸿蒙5.0: a named product and its version are
            # one name (a longer Chinese term is a field: 人工智能 2.0 is a slogan)
            m = version.match(text, c.end)
            if m is not None and m.end() > c.end:
                yield Cand(c.start, m.end(), c.type, text[c.start : m.end()], "compound.version", 2)
                # 5G RedCap + 产业: the industry of a named variant, as 量子计算 + 产业
                tail = industry_head.match(text, m.end())
                if tail is not None:
                    yield Cand(c.start, tail.end(), "Industry", text[c.start : tail.end()], "compound.version", 2)
        if ordinal is not None and c.rule == "lexicon" and c.type in ordinal_types:
            # 第七届 + 进博会: an event keeps its ordinal
            m = ordinal.search(text, max(0, c.start - 8), c.start)
            if m is not None:
                yield Cand(m.start(), c.end, c.type, text[m.start() : c.end], "compound.ordinal", 2)
        if generation is not None and c.rule == "lexicon" and c.type in generation_types:
            m = generation.search(text, max(0, c.start - 6), c.start)
            if m is not None:
                yield Cand(m.start(), c.end, c.type, text[m.start() : c.end], "compound.generation", 2)
    yield from _quoted_products(text, toks, spec.get("quoted_product_classes", ()))
    # names built before (鸿蒙|操作系统: compound.adjacent; 风电|装备: a head) or
    # here (工业|无人机) take the class words before them too (大中型|工业无人机, 海上|风电装备)
    built = [c for c in cands if (c.type in lexicon_targets and c.rule == "compound.adjacent")
             or (c.type in types and c.rule.startswith("head."))]
    sector_words = words - size_words  # 大型|风电基地: the base is large, not the sector
    for c in cands:
        if c.rule == "lexicon" and c.type in types:
            own = tech_words if c.type in lexicon_targets or facility(c.label) else words
            for x in _class_prefixed(text, c, toks, own, lexical_end, lexicon_targets, max_chars, size_words, level_words):
                if x.type in lexicon_targets:
                    built.append(x)
                yield x
    for c in built:
        taken = []
        own = tech_words if c.type in lexicon_targets else (
            sector_words - sector_only if facility(c.label) else sector_words)
        start = _class_words_start(toks, c.start, c.end, own, max_chars, taken)
        if start < c.start:
            etype = "Technology" if not level_words.isdisjoint(taken) else c.type  # 漂浮式|海上风电
            yield Cand(start, c.end, etype, text[start : c.end], "compound.class_prefix", 2)


_COMMON_WORD_TAGS = frozenset(("n", "v", "vn", "a", "an", "d", "l", "i", "r"))


def _quoted_products(text: str, toks, classes) -> Iterable[Cand]:
    """A name in quotation marks right after its product class (某某计算机“甲乙”,
    邮轮“某某号”) is the product, without the marks; a common word quoted as a
    figure of speech (机器人的“大脑”-like: one dictionary noun or verb) is none."""
    if not classes or "“" not in text:
        return
    rx = _quoted_product_regex(tuple(classes))
    for m in rx.finditer(text):
        s, e = m.span(1)
        i = toks.start_at.get(s)
        if i is not None and toks[i][1] == e and toks[i][3] in _COMMON_WORD_TAGS:
            continue
        yield Cand(s, e, "Technology", text[s:e], "technology.quoted_product", 1)


@lru_cache(maxsize=4)
def _quoted_product_regex(classes: tuple) -> re.Pattern:
    return re.compile(f"(?:{trie_regex(classes)})“([^“”，。、；：！？\n]{{2,12}})”")


class ClassWords:
    """The class-forming words: the listed ones, and any word ``pattern`` matches
    whole (分体式, 插电式: an attributive …式 word)."""

    __slots__ = ("words", "pattern", "lo", "hi", "ends")

    def __init__(self, words, pattern: re.Pattern | None = None, ends: frozenset | None = None):
        self.words, self.pattern = frozenset(words), pattern
        # the lengths a whole match can have: a word of another length is not tried (most are not)
        self.lo, self.hi = _widths(pattern) if pattern is not None else (0, 0)
        # the characters a class word can end with (None: any): most words tried end otherwise
        if ends is None:
            last = _final_chars(pattern) if pattern is not None else frozenset()
            ends = None if last is None else last | frozenset(w[-1] for w in self.words if w)
        self.ends = ends

    def __contains__(self, word: str) -> bool:
        return word in self.words or (
            self.pattern is not None and self.lo <= len(word) <= self.hi and self.pattern.fullmatch(word) is not None
        )

    def __sub__(self, other) -> "ClassWords":
        out = ClassWords.__new__(ClassWords)  # (the pattern's widths and the ends carried over, not recomputed)
        out.words, out.pattern, out.lo, out.hi = self.words - frozenset(other), self.pattern, self.lo, self.hi
        out.ends = self.ends  # (fewer words: the same ends hold)
        return out


@lru_cache(maxsize=32)
def _widths(pattern: re.Pattern) -> tuple[int, int]:
    """(least, most) characters a match of PATTERN spans (re's own parser)."""
    from re import _parser

    return _parser.parse(pattern.pattern, pattern.flags).getwidth()


@lru_cache(maxsize=32)
def _final_chars(pattern: re.Pattern) -> frozenset | None:
    """The characters a match of PATTERN can end with (its last consuming part:
    a literal, a class of a few characters, a branch or a group of those, a
    repeat of one at least once; zero-width parts after it skipped); None when
    not known."""
    from re import _constants as _c, _parser

    def final(seq) -> frozenset | None:
        for op, av in reversed(list(seq)):
            if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
                continue  # (zero width: the part before it ends the match)
            if op is _c.LITERAL:
                return frozenset(chr(av))
            if op is _c.IN:
                out = set()
                for kind, arg in av:
                    if kind is _c.LITERAL:
                        out.add(chr(arg))
                    elif kind is _c.RANGE and arg[1] - arg[0] < 64:
                        out.update(map(chr, range(arg[0], arg[1] + 1)))
                    else:
                        return None
                return frozenset(out)
            if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE and av[3].getwidth()[0] > 0:
                return final(av[3])
            if op is _c.BRANCH and all(b.getwidth()[0] > 0 for b in av[1]):
                found = [final(b) for b in av[1]]
                return None if None in found else frozenset().union(*found)
            if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1 and av[2].getwidth()[0] > 0:
                return final(av[2])
            return None
        return None

    if pattern.flags & re.IGNORECASE:
        return None
    return final(_parser.parse(pattern.pattern, pattern.flags))


# jieba's measure words, conjunctions, prepositions, pronouns and particles: a
# word of these opens no class word (120|台|轮式, 和|轮式: no 台轮式, 和轮式); a
# numeral may (半|侵入|式, 三维)
_NOT_CLASS_OPENING_TAGS = frozenset(("mq", "q", "c", "p", "r", "uj", "ul", "uz", "ug", "uv", "ud"))


def _class_word_before(toks, i: int, words, tail: str = "") -> int | None:
    """The start of a class-forming word written as 1-3 jieba tokens ending with
    token ``i`` (漂浮|式, 工业|级, 非|侵入|式; the longest wins) and ``tail``, or None."""
    # (unrolled: three tokens, two, one; this runs for every lexicon name)
    if i < 0:
        return None
    c = toks[i]
    if type(words) is ClassWords and words.ends is not None and (tail or c[2])[-1] not in words.ends:
        return None  # (all three candidates end with that character: no class word ends so)
    if i >= 1:
        b = toks[i - 1]
        if i >= 2:
            a = toks[i - 2]
            if a[1] == b[0] and b[1] == c[0] and a[3] not in _NOT_CLASS_OPENING_TAGS and a[2] + b[2] + c[2] + tail in words:
                return a[0]
        if b[1] == c[0] and b[3] not in _NOT_CLASS_OPENING_TAGS and b[2] + c[2] + tail in words:
            return b[0]
    return c[0] if c[2] + tail in words else None


def _class_words_start(toks, start: int, end: int, words, max_chars: int, taken: list | None = None) -> int:
    """Where the class-forming words written before [start, end) begin
    (无线|微创|…, 漂浮|式|海上|…: a class word jieba cut counts whole); the
    words are appended to ``taken``."""
    k = toks.end_at.get(start)
    while k is not None and toks[k][1] == start:
        s = _class_word_before(toks, k, words)
        if s is None or end - s > max_chars:
            break
        if taken is not None:
            taken.append("".join(t[2] for t in toks[toks.start_at.get(s) : k + 1]))
        start = s
        k = toks.end_at.get(start)
    return start


def _class_prefixed(text, c, toks, words, lexical_end, lexicon_targets, max_chars, size_words=frozenset(),
                    level_words=frozenset()) -> Iterable[Cand]:
    """The class-forming modifier before one lexicon name (民用|无人机, 农业|物联网);
    several stack (无线|微创|脑机接口), and one jieba cut across the name's first
    characters counts (全|固态电池: 全固态; 磷酸|铁|锂电池: 磷酸铁锂).  A size word
    forms a class of a technology only (大型|无人机, not 大型|风电: the base is
    large); a level word makes the class a technology whatever the name's type
    (高阶|智能驾驶)."""
    i = toks.end_at.get(c.start)
    if i is None:
        return
    word = ""
    listed = getattr(words, "words", words)
    for k in (0, 1, 2):  # characters of the name the class word runs into: listed words only (和|多式联运)
        if k and c.end - c.start <= k + 1:
            break
        s = _class_word_before(toks, i, listed if k else words, text[c.start : c.start + k])
        if s is not None:
            word = text[s : c.start + k]
            break
    mod = lexical_end.get(c.start)
    taken = [word]
    if word and (c.type in lexicon_targets or word not in size_words):
        start = _class_words_start(toks, s, c.end, words, max_chars, taken)
    elif mod is not None and mod.start == toks[i][0] and c.type in lexicon_targets:
        start = toks[i][0]
    else:
        return
    if c.end - start <= max_chars:
        etype = "Technology" if not level_words.isdisjoint(taken) else c.type
        yield Cand(start, c.end, etype, text[start : c.end], "compound.class_prefix", 2)


def chain_rules(text: str, cands: list[Cand], spec: dict | None, lex: Lexicon) -> list[Cand]:
    """新能源汽车产业链, 绿色低碳产业链: a chain is no entity (annotation.md), so
    a name ending with ``suffix`` (产业) right before a ``followers`` word (链) is
    no name; the stem before the suffix is one when it is a lexicon
    technology or industry (新能源汽车).  Returns the candidates kept."""
    if not spec:
        return cands
    suffix, followers = spec.get("suffix", "产业"), tuple(spec.get("followers", ("链",)))
    followers_not = tuple(spec.get("followers_not", ())) or ("\0",)  # 产业|园区: a park's full name keeps …产业
    out = []
    chained = {}  # end -> start of the longest chain name ending there
    for c in cands:
        if (
            c.type != NOT_ENTITY and c.end - c.start > len(suffix) and text.endswith(suffix, c.start, c.end)
            and text.startswith(followers, c.end) and not text.startswith(followers_not, c.end)
        ):
            chained[c.end] = min(c.start, chained.get(c.end, c.start))
            continue
        out.append(c)
    # the stem of the longest name only (某稀土新材料产业|园: not 新材料, a shorter name inside it)
    for end, start in chained.items():
        hit = lex.terms.get(text[start : end - len(suffix)])
        if hit and hit[0] in ("Technology", "Industry"):
            out.append(Cand(start, end - len(suffix), hit[0], hit[1], "chain.stem", 0))
    return out


def _frame_name(name: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """A span a frame reads (a field, a means, a member) is shaped like a name:
    LO to HI characters, no function character, word-like, not stop-listed.
    系 is a function character (作者系…) but not in the words it forms (…系统, 体系),
    nor 在 in 在线 (磨削在线测量技术)."""
    return lo <= len(name) <= hi and NOT_IN_NAME.isdisjoint(_FUNCTION_CHAR_WORDS.sub("", name)) \
        and WORDLIKE.match(name) is not None and name not in lex.not_entities


def _written(text: str, words) -> bool:
    """TEXT holds one of WORDS (a frame's gate: its regex is tried only then); no WORDS, no gate."""
    return not words or any(w in text for w in words)


# the means frames' regexes: (key, whether the frame names the means too, the key of its gate words, what the
# means must be: None anything, "headed" ending with a technology head, "anchored" that, a technology an
# earlier rule reads (inside it or the whole of it) or a Latin letter in it: 把2亿元用于… is no means); the
# known-technology frames name only the target, after a means an earlier rule reads
_MEANS_FRAME_REGEXES = (("regex", True, None, None), ("applied_regex", True, None, None),
                        ("subject_applied_regex", True, "subject_applied_requires", None),
                        ("subject_field_regex", True, "subject_field_requires", None),
                        ("headed_means_regex", True, None, "headed"),
                        ("put_to_use_regex", True, None, "anchored"),
                        ("field_use_regex", True, None, "anchored"),
                        ("field_adopts_regex", True, "field_adopts_requires", "anchored"),
                        ("effect_regex", True, None, "anchored"),
                        ("enter_regex", True, None, "anchored"),
                        ("known_subject_regex", False, "known_subject_requires", None),
                        ("known_means_regex", False, None, None),
                        ("known_applied_to_regex", False, "known_applied_to_requires", None),
                        ("known_field_regex", False, "known_field_requires", None))


def _joiners(spec: dict) -> re.Pattern:
    """The list joiners a frame's spec names (``joiners``), by default 、, 和, 与 and 及."""
    return re.compile("|".join(map(re.escape, spec.get("joiners", ["、", "和", "与", "及"]))))


def _split_at(joiners: re.Pattern, items: str, start: int) -> Iterator[tuple[int, str]]:
    """(where it starts, item) of each item of ITEMS, a list found at START of the
    text, split at JOINERS (a joiner of any length: the offsets are the matches')."""
    pos = 0
    for j in joiners.finditer(items):
        yield start + pos, items[pos : j.start()]
        pos = j.end()
    yield start + pos, items[pos:]


def applied_field_rules(text: str, cands: list[Cand], spec: dict | None) -> Iterable[Cand]:
    """推动X在A和B中的应用: the things something is applied in are fields, so
    the coordinated items between 在 and 中的应用 are names of ``type``
    (Industry); ``regex`` finds the phrase, its group 1 holds the items, split
    at ``joiners``; an item is a name when it is ``min_item_chars`` to
    ``max_item_chars`` characters (``max_activity_item_chars`` when it ends with
    one of ``activity_heads``) and has no function character."""
    if not spec:
        return
    rx = re.compile(spec["regex"])
    joiners = _joiners(spec)
    lo, hi = spec.get("min_item_chars", 2), spec.get("max_item_chars", 6)
    activities = tuple(spec.get("activity_heads", ()))  # 水源地生态监测: a longer name of an activity
    hi_activity = spec.get("max_activity_item_chars", hi)
    etype = spec.get("type", "Industry")
    generic = tuple(spec.get("generic_nouns", ()))
    stem_chars = spec.get("generic_min_stem_chars", 0)  # 宠物主粮|生产: an unknown product's production is a line of business
    lex = load_lexicon()
    named = {(c.start, c.end) for c in cands if c.type != NOT_ENTITY}
    for m in rx.finditer(text):
        parts = list(_split_at(joiners, m.group(1), m.start(1)))
        for s0, part in parts:
            top = hi_activity if part.endswith(activities) else hi
            if not _frame_name(part, lo, top, lex) or not CJK_NAME.match(part[:4]):
                continue
            noun = next((g for g in generic if part.endswith(g)), None)
            if noun is not None:
                stem = part[: -len(noun)]
                if stem in lex.terms:
                    continue  # 渔业|生产: a known sector and a generic noun; the sector is the name
                # 在实际生产中的应用: a single item that is a generic activity; but the production of a
                # product no earlier rule names is a line of business (宠物主粮|生产), and a named stem
                # is the field itself (某某饮片|生产)
                if len(parts) == 1 and not (stem_chars and len(stem) >= stem_chars and (s0, s0 + len(stem)) not in named):
                    continue
            yield Cand(s0, s0 + len(part), etype, part, "applied_field", 1)


def means_frame_rules(text: str, cands: list[Cand], spec: dict | None) -> Iterable[Cand]:
    """以X赋能Y / 以X带动Y and 推动X在…中的应用: the frame names X a technology and Y
    a sector (entities.json ``means_frames``, documented in ontology/patterns/README.md);
    X赋能Y / X助力Y with X a known technology opening the clause names Y, and so does
    运用X提升/改造/开展Y,
    when no earlier candidate reads that span (a lexicon or head name keeps its reading)
    and none holds a place or a body inside it (某地有色金属产业)."""
    if not spec:
        return
    read = {(c.start, c.end) for c in cands}
    holders = [(c.start, c.end) for c in cands if c.type in ("Region", "Institution")]

    def free(s0: int, e0: int) -> bool:
        return (s0, e0) not in read and not any(s0 <= a and b <= e0 for a, b in holders)
    lex = load_lexicon()
    lo, hi_means, hi_item = spec.get("min_chars", 2), spec.get("max_means_chars", 10), spec.get("max_item_chars", 12)
    means_type, target_type = spec.get("means_type", "Technology"), spec.get("target_type", "Industry")
    joiners = _joiners(spec)
    trims = tuple(sorted(spec.get("target_trim_suffixes", ()), key=len, reverse=True))
    # a stage (…研发) is cut only from a name an earlier rule reads: 某某装备|研发 names the
    # sector 某某装备, while an unknown product's 研发 is the line of business (宠物食品配方研发)
    stages = tuple(sorted(spec.get("target_stage_suffixes", ()), key=len, reverse=True))
    tech_heads = tuple(spec.get("technology_heads", ()))  # (a frame's name ending with one is a technology)
    # (a means ending with one of these is a technology too; a target so ending keeps the target's type)
    means_heads = tech_heads + tuple(spec.get("means_only_heads", ()))
    not_target = re.compile(spec["target_not_regex"]) if spec.get("target_not_regex") else None
    not_means = tuple(spec.get("means_not_suffixes", ()))
    verb_in_means = re.compile(spec["means_not_regex"]) if spec.get("means_not_regex") else None
    industry_heads = tuple(spec.get("means_industry_heads", ()))

    def trim_end(name: str, start: int | None = None) -> str:
        trimmed = True
        while trimmed:
            trimmed = False
            for t in trims:
                if name.endswith(t) and len(name) - len(t) >= lo:
                    name, trimmed = name[: -len(t)], True
                    break
            else:
                for t in stages:
                    if start is not None and name.endswith(t) and (start, start + len(name) - len(t)) in read:
                        name, trimmed = name[: -len(t)], True
                        break
        return name

    def means(m: re.Match) -> Cand | None:
        s0, e0 = m.span("means")
        name = text[s0:e0]
        if not _frame_name(name, lo, hi_means, lex) or name.endswith(not_means):
            return None
        if len(name) < 3 and name not in lex.terms and not _ASCII_ALNUM.search(name):
            return None  # (以数字赋能…: a bare modifier)
        if (verb_in_means is not None and verb_in_means.search(name)) or not free(s0, e0):
            return None
        return Cand(s0, e0, target_type if name.endswith(industry_heads) else means_type, name, "frame.means", 1)

    known_means = {(c.start, c.end) for c in cands if c.type == means_type}

    def anchored(s0: int, e0: int) -> bool:
        return text[s0:e0].endswith(means_heads) or LATIN.search(text, s0, e0) is not None \
            or any(s0 <= a and b <= e0 for a, b in known_means)

    governed = spec.get("governed_objects_regex")
    if governed:
        # 推广A和B技术, 研发A阀和B阀门: the objects of a verb of spreading, making or deploying that
        # end with a technical head are technologies, one by one (an item with no head names nothing)
        object_heads = tuple(spec.get("governed_object_heads", ())) + means_heads
        not_object = re.compile(spec["governed_not_regex"]) if spec.get("governed_not_regex") else None
        for m in re.finditer(governed, text):
            for s0, part in _split_at(joiners, m.group("objects"), m.start("objects")):
                head = next((h for h in object_heads if part.endswith(h)), None)
                if head is None or len(part) - len(head) < 2 or not _frame_name(part, lo + 2, hi_item, lex) \
                        or (not_object is not None and not_object.search(part)) \
                        or (verb_in_means is not None and verb_in_means.search(part)) or not free(s0, s0 + len(part)) \
                        or (s0, s0 + len(part) - len(head)) in read or _MODEL_BEFORE_HEAD.search(part):
                    # (节水灌溉|技术: a name an earlier rule reads before the head keeps its reading;
                    # 鲲鹏920|处理器: a model number before its class head names the model)
                    continue
                yield Cand(s0, s0 + len(part), means_type, part, "frame.governed", 1)
    for rx_key, names_means, gate, means_test in _MEANS_FRAME_REGEXES:
        if not spec.get(rx_key) or not _written(text, spec.get(gate, ())):
            continue
        for m in re.finditer(spec[rx_key], text):
            if means_test == "headed" and not m.group("means").endswith(means_heads):
                continue  # (依托某研究院开展…: only a means named by its technical head is one)
            if means_test == "anchored" and not anchored(*m.span("means")):
                continue  # (将资金用于…: a means no rule reads as a technology and no head names is none)
            if names_means:
                cd = means(m)
                if cd is not None:
                    yield cd
            elif m.span("means") not in known_means:
                continue  # (政策助力…, 该平台赋能…: only a known technology as the subject names the target)
            if "target" not in m.re.groupindex or m.group("target") is None:
                continue
            # what happens to the whole list is cut before it is split (…运动普及: no joiner 及)
            for s0, part in _split_at(joiners, trim_end(m.group("target")), m.start("target")):
                name = trim_end(part, s0)
                if not _frame_name(name, lo, hi_item, lex) or (not_target is not None and not_target.search(name)) \
                        or not free(s0, s0 + len(name)):
                    continue
                etype = means_type if name.endswith(tech_heads) else target_type
                yield Cand(s0, s0 + len(name), etype, name, "frame.target", 1)


def member_frame_rules(text: str, cands: list[Cand], spec: dict | None) -> Iterable[Cand]:
    """A和B是C的核心 / 两大主线 / 重要方向: two members named as a class's core,
    lines or directions are of the class's kind (entities.json ``member_frames``):
    when the names of the frame an earlier rule reads are all Technology or all
    Industry, the others, free spans of word-like characters, are names of that type."""
    if not spec:
        return
    lex = load_lexicon()
    types = frozenset(spec.get("types", ("Technology", "Industry")))
    lo, hi = spec.get("min_chars", 2), spec.get("max_item_chars", 12)
    not_slot = re.compile(spec["not_regex"]) if spec.get("not_regex") else None
    typed: dict[tuple[int, int], set[str]] = {}
    heads: dict[int, list[tuple[int, str]]] = {}  # end -> (start, type) of the names ending there
    holders = []
    for c in cands:
        if c.type in types:
            typed.setdefault((c.start, c.end), set()).add(c.type)
            heads.setdefault(c.end, []).append((c.start, c.type))
        elif c.type != NOT_ENTITY:
            holders.append((c.start, c.end))  # (a place, body, person, policy … inside a slot: no member)

    def kinds(s0: int, e0: int) -> set[str]:
        # the slot's own reading, else that of a name ending it that holds most of it
        # (茶叶|直播电商: a sector; 零碳|船舶 is no ship)
        return typed.get((s0, e0)) or {ty for a, ty in heads.get(e0, ()) if s0 <= a and (e0 - a) * 2 > e0 - s0}

    if spec.get("counted_regex"):
        yield from _counted_members(text, spec, typed, holders, lo, hi, not_slot, lex)
    frames = [spec["share_regex"]] if spec.get("share_regex") else []
    if _written(text, spec.get("requires", ())):
        frames.append(spec["regex"])  # (no word the frame ends with: its regex is not tried)
    for m in (m for rx in frames for m in re.finditer(rx, text)):
        slots = [m.span(g) for g in ("a", "b", "cls") if m.start(g) >= 0]  # (a share frame may name one member)
        known = set().union(*(kinds(*sp) for sp in slots))
        if len(known) != 1:
            continue  # (none known, or a technology beside a sector: the frame decides nothing)
        ty = next(iter(known))
        if not_slot is not None and any(not_slot.search(text, *sp) for sp in slots):
            continue  # (…是本地企业新的增长点: the firms are no class)
        for s0, e0 in slots:
            name = text[s0:e0]
            if (s0, e0) in typed or not _frame_name(name, lo, hi, lex) or any(a < e0 and s0 < b for a, b in holders):
                continue
            yield Cand(s0, e0, ty, name, "frame.member", 1)


def _counted_members(text: str, spec: dict, typed: dict, holders: list, lo: int, hi: int, not_slot, lex) -> Iterable[Cand]:
    """X可分为A、B和C三段 / X主要有A和B两条路线 / X已形成A、B两种主流模式: a known class
    named before a list its count closes exactly (the numeral is the number of
    items) has those items as members, named with the class's type
    (``member_frames.counted_regex``, groups items and count, matched right
    after the class; the items split at the frame's joiners, as the means frames' are)."""
    rx, joiners = re.compile(spec["counted_regex"]), _joiners(spec)
    for (s0, e0), kinds in typed.items():
        m = rx.match(text, e0)
        if m is None or len(kinds) != 1:
            continue
        items = list(_split_at(joiners, m.group("items"), m.start("items")))
        if cn_number(m.group("count")) != len(items):
            continue  # (a count the list does not match closes nothing)
        if not_slot is not None and not_slot.search(text, s0, e0):
            continue
        ty = next(iter(kinds))
        for x0, name in items:
            x1 = x0 + len(name)
            if (x0, x1) in typed or not _frame_name(name, lo, hi, lex) or any(h0 < x1 and x0 < h1 for h0, h1 in holders) \
                    or (not_slot is not None and not_slot.search(name)):
                continue  # (侵入式、半侵入式: kinds named by a modifier are no members)
            yield Cand(x0, x1, ty, name, "frame.counted_member", 1)


def title_issuer_rules(text: str, cands: list[Cand]) -> Iterable[Cand]:
    """An unbracketed title keeps the one issuer written right before its 关于
    (工业和信息化部关于…的通知).  Co-issuers joined by 、 (中共中央、国务院关于…的意见)
    are a list of institutions, each its own mention: the title starts at 关于."""
    inst_by_end: dict[int, Cand] = {}
    for c in cands:
        if c.type == "Institution" and (c.end not in inst_by_end or c.end - c.start > inst_by_end[c.end].end - inst_by_end[c.end].start):
            inst_by_end[c.end] = c
    for c in cands:
        if c.type != "Policy" or c.rule != "policy.about_title" or not text.startswith("关于", c.start):
            continue
        issuer = inst_by_end.get(c.start)
        if issuer is None or (issuer.start > 0 and text[issuer.start - 1] == "、" and issuer.start - 1 in inst_by_end):
            continue
        yield Cand(issuer.start, c.end, "Policy", text[issuer.start : c.end], "policy.about_title.issuer", 1)


def policy_period_rules(text: str, cands: list[Cand], spec: dict | None) -> Iterable[Cand]:
    """A title written without 《》 keeps the bracketed period written right after
    it (某某发展规划（2027—2031年）): the period is part of the document's name, as
    inside 《》.  The bracket is policy_formulas.period_regex; a title already in
    《》 or one already ending in its bracket is left alone."""
    rx = spec.get("period_regex") if spec else None
    if not rx:
        return
    # the brackets are found by one scan of the text (in C); the candidates are
    # looked at only when the text holds one
    ends = {m.start(): m.end() for m in re.compile(rx).finditer(text)}
    if not ends:
        return
    seen: set[tuple[int, int]] = set()
    for c in cands:
        end = ends.get(c.end)
        if end is None or c.type != "Policy" or text[c.end - 1] in "》）)" or (c.start, end) in seen:
            continue
        seen.add((c.start, end))
        yield Cand(c.start, end, "Policy", text[c.start : end], c.rule + ".period", c.priority)


_UNIT_HEAD_CHARS = frozenset("院所室心会司局部校厂队团")
# a time word or an adverb opens a clause, not a unit (某大学|日前|签约共建某研究院)
_NOT_UNIT_OPENING_TAGS = frozenset(("t", "d"))


def _function_free(toks, k: int, end: int) -> bool:
    """The unit's words from token K to END hold no function word: a function
    character inside a longer word is none (某某系统|实验室), and one 与 or 和 joining two
    fields is part of the name (某某技术|与|系统全国重点实验室, 某某局科技|和|装备司) when
    no unit head stands before it (某研究院|与|某大学实验室 is two bodies)."""
    words = []
    while k < len(toks) and toks[k][1] <= end:
        words.append(toks[k][2])
        k += 1
    singles = [i for i, w in enumerate(words) if len(w) == 1 and w in NOT_IN_NAME]
    if not singles:
        return True
    at = singles[0]
    return len(singles) == 1 and words[at] in ("与", "和") and at >= 1 and at < len(words) - 1 \
        and not any(ch in _UNIT_HEAD_CHARS for w in words[:at] for ch in w)


def _field_pair_opens(toks, k: int, end: int) -> bool:
    """The unit opens with a field joined by 与/和 to the next (节能|与|综合利用处):
    a verb there names a field (节能), not what the parent does."""
    return k + 2 < len(toks) and toks[k + 1][2] in ("与", "和") and toks[k + 2][1] <= end


def sub_unit_rules(text: str, cands: list[Cand], tokens=()) -> Iterable[Cand]:
    """A unit written right after its parent organisation is one Institution with
    it (某部 + 第三研究所, 某大学 + 数字治理研究院): the guidelines' longest name that
    denotes one thing.  Units are the regex rules whose id starts with
    ``institution.sub_unit`` (their patterns live in entities.json); the parent
    is any other Institution candidate ending exactly where the unit starts.
    A unit must start and end on jieba word edges, hold no function character
    and not start with a verb, a time word or an adverb (某大学举办…研究院,
    某大学日前签约共建…研究院 are clauses).  The units
    themselves are join material: the pipeline drops them afterwards."""
    units = [c for c in cands if ".sub_unit." in c.rule and not c.rule.endswith(".joined")]
    if not units:
        return
    toks = as_tokens(tokens)
    data = compiled()
    glued = data["name_glued_prepositions"]
    era_words, verb_opened = data["sub_unit_era_words"], data["sub_unit_verb_opened"]  # (entities.json sub_unit_openings)
    parent_by_end: dict[tuple, Cand] = {}
    # (only the candidates ending where a unit starts can be its parent: picked out in C)
    unit_starts = {u.start for u in units}
    for c in compress(cands, map(unit_starts.__contains__, map(_END, cands))):
        if ".sub_unit." not in c.rule:
            best = parent_by_end.get((c.end, c.type))
            if best is None or c.end - c.start > best.end - best.start:
                parent_by_end[(c.end, c.type)] = c
    for u in units:
        parent = parent_by_end.get((u.start, u.type))
        if parent is None:
            continue
        k = toks.start_at.get(u.start)
        # (某局系统工程|司于|今年: a preposition jieba glued after the unit)
        if toks and (k is None or (u.end not in toks.end_at
                                   and not (text[u.end : u.end + 1] in glued and u.end + 1 in toks.end_at))):
            continue
        if any(ch in NOT_IN_NAME for ch in text[u.start : u.end]) and not (toks and _function_free(toks, k, u.end)):
            continue
        if toks and ((toks[k][3].startswith("v") and toks[k][3] != "vn" and not _field_pair_opens(toks, k, u.end)
                      and not verb_opened.search(text, u.start, u.end))
                     or (toks[k][3] in _NOT_UNIT_OPENING_TAGS and toks[k][2] not in era_words)):
            continue
        yield Cand(parent.start, u.end, u.type, text[parent.start : u.end], u.type.lower() + ".sub_unit.joined", 1)


def title_sector_rules(text: str, cands: list[Cand], spec: dict | None, lex: Lexicon) -> Iterable[Cand]:
    """A policy named after a sector (某市某某产业提升行动方案, 关于加快某某产业发展的
    实施意见) names that sector in full: where the text names it again outside
    the title (做强某某产业), that name is one Industry, however jieba cut it
    (做强|制冷…).  The sector's name is what the title holds between its region
    or its 关于 + verbs (`lead_regex`) and the first sector head (`heads`):
    产业, 经济, 行业.  Only the name with its head is taken (a bare technology
    stays the technology); a name that coordinates two sectors, or holds a stop
    character, builds nothing."""
    if not spec:
        return
    heads = spec["heads"]
    titles = [c for c in cands if c.type == "Policy" and c.end - c.start >= 6]
    field_words = tuple(spec.get("field_words", ()))
    if not titles or not any(h in text for h in heads) and not any(w in text for w in field_words):
        return
    lead = _title_lead_regex(spec["lead_regex"])
    stop = spec.get("stop_chars", "")
    max_chars = spec.get("max_name_chars", 10)
    window = spec.get("window_chars", 600)
    regions = spec.get("region_suffixes", "")
    spans = sorted({(c.start, c.end) for c in titles})
    seen: set[tuple[int, str]] = set()
    field_types = frozenset(spec.get("field_types", ()))
    for s, e in spans:
        title = text[s:e]
        t0 = s + (1 if title.startswith("《") else 0)
        body = text[t0 : e - (1 if title.endswith("》") else 0)]
        # a leading region (连云港市, 聊城市): the longest lexicon region, with its 市/省/县
        cut = 0
        for k in range(min(8, len(body) - 2), 1, -1):
            p = body[:k]
            hit = lex.terms.get(p) or (lex.terms.get(p[:-1]) if p[-1] in regions else None)
            if hit and hit[0] == "Region":
                cut = k
                break
        m = lead.match(body, cut)
        a = m.end() if m else cut
        if field_words:
            yield from _title_field(text, body, a, s, e, spans, field_words, field_types, stop, max_chars, window, seen, lex)
        hm = None
        best = len(body)
        for h in heads:
            j = body.find(h, a)
            if 0 <= j < best:
                best, hm = j, h
        if hm is None or not 2 <= best - a <= max_chars:
            continue
        modifier = body[a:best]
        if any(ch in stop for ch in modifier) or not all("\u4e00" <= ch <= "\u9fff" for ch in modifier):
            continue
        name = modifier + hm
        if name in lex.not_entities:
            continue
        yield from _written_again(text, name, "Industry", "industry.title_sector", s, e, window, spans, seen)


def _written_again(text, name, etype, rule, s, e, window, spans, seen) -> Iterable[Cand]:
    """Each mention of a title's field NAME within WINDOW characters of the
    title at s:e that no title covers, once per offset."""
    lo, hi = max(0, s - window), min(len(text), e + window)
    o = text.find(name, lo, hi)
    while o >= 0:
        oe = o + len(name)
        if not any(ts <= o < te or ts < oe <= te for ts, te in spans) and (o, name) not in seen:
            seen.add((o, name))
            yield Cand(o, oe, etype, name, rule, 1)
        o = text.find(name, oe, hi)


def _title_field(text, body, a, s, e, spans, words, types, stop, max_chars, window, seen, lex) -> Iterable[Cand]:
    """新型数据中心发展三年行动计划, 关于某某工业高质量发展的指导意见: the field a
    title is named after runs from its lead to its first development word
    (`field_words`); when it ends with a lexicon name of `field_types` and is
    written again outside the title, that mention is one name of the lexicon
    name's type (推动新型数据中心与…, not 数据中心 alone)."""
    best, j = len(body), -1
    for w in words:
        k = body.find(w, a)
        if 0 <= k < best:
            best, j = k, k
    if j < 0 or not 3 <= j - a <= max_chars:
        return
    name = body[a:j]
    if any(ch in stop for ch in name) or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name in lex.not_entities:
        return
    etype = next((hit[0] for k in range(1, len(name) - 1) if (hit := lex.terms.get(name[k:])) and hit[0] in types), None)
    if etype is None or lex.terms.get(name) is not None:
        return
    yield from _written_again(text, name, etype, "industry.title_field", s, e, window, spans, seen)


@lru_cache(maxsize=4)
def _title_lead_regex(regex: str) -> re.Pattern:
    return re.compile(regex)


# rules that read a name off its own characters (a lexicon term, a head word
# 研究院, a 《》 title, a compound of terms, an event's numbering, a defined
# alias): they find it wherever it stands, so where it fell a span or a word edge dropped it
_READ_OFF_NAME = ("lexicon", "head.", "policy.", "compound.", "event.", "alias.")


def repeat_mentions(text: str, chosen: list, taken: bytearray, toks, lex) -> list[Cand]:
    """A name a rule read from its context once (a device named in a list, a
    person before a cue) is the same name where the document repeats it (as
    the subject of 在A、B中应用): each whole-word occurrence (on jieba word
    edges) that no chosen span, stop-listed spans included, touches gets the
    name's type and label.  Only after the name's first occurrence, or where a
    clause opens with it (before it, a modifier may be glued on: 车规级|功率器件);
    names of 2+ characters (3+ if ASCII), of one type in the document, not
    lexicon terms; one regex alternation per document.  TAKEN is updated."""
    names: dict = {}
    terms, stops = lex.terms, lex.not_entities
    for c in chosen:
        if c[4].startswith(_READ_OFF_NAME):
            continue
        w = text[c[0] : c[1]]
        if len(w) < 2 or (len(w) < 3 and w.isascii()) or w in terms or w in stops:
            continue
        prev = names.setdefault(w, c)
        if prev is None or prev is c:
            continue
        if prev[2] != c[2]:
            names[w] = None  # two types in one document: neither is carried
        elif c[0] < prev[0]:
            names[w] = c  # (the first occurrence: only later ones are marked)
    names = {w: c for w, c in names.items() if c is not None}
    if not names:
        return []
    out = []
    first_taken = taken.find
    start_at, end_at = toks.start_at, toks.end_at
    # (longest first: at a position the longest name matches; the alternation's
    # first characters are a charset the search skips to)
    for m in re.finditer("|".join(map(re.escape, sorted(names, key=len, reverse=True))), text):
        s, e = m.span()
        if first_taken(1, s, e) >= 0 or start_at.get(s) is None or e not in end_at or not ascii_ok(text, s, e):
            continue
        c = names[m.group()]
        if s < c[1] and s and text[s - 1].isalnum():
            continue  # before the name was found only where a clause opens with it: a modifier may precede it (车规级|功率器件)
        out.append(Cand(s, e, c[2], c[3], "repeat_mention", 0))
        taken[s:e] = b"\x01" * (e - s)
    return out
