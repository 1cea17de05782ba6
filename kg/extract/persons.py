"""Person names: candidate generators for people, named next to a role title,
before a speech cue, in a list written after their institution, and
transliterated foreign names joined by ·.  Like the rules in rules.py they
match on characters and use jieba tokens (and their POS) only for name
boundaries."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

from kg.errors import KgError
from kg.extract.anchor import finder
from kg.extract.datafile import read_json_object
from kg.extract.lexicon import PATTERNS_DIR, Lexicon
from kg.extract.places import place_rules
from kg.extract.rules import CJK_NAME, NOT_ENTITY, NOT_IN_NAME, WORDLIKE, Cand, Token, as_tokens, compiled, positions
from kg.extract.titles import full_name_of

_SPEECH_WORDS = "强调|表示|指出|认为|明确|提出|介绍|要求"
_NOT_NAME_WORDS = re.compile(_SPEECH_WORDS + "|都")
# a name opening with the adverb 都 (他们都表示) is read only framed and of three characters
# (副市长都某某出席); 都 anywhere else is none
_NOT_NAME_WORDS_FRAMED3 = re.compile(_SPEECH_WORDS + "|(?<!^)都")
_LOCATIVE_ENDS = frozenset("上里时后内外间")
_ADVERB_ENDS = frozenset("正将已也就还又曾刚在")


_FOREIGN_PART = re.compile(r"^[\u4e00-\u9fff]{1,5}$")


def foreign_name_start(text: str, tokens, start: int, titles=frozenset(), translit: str = "") -> int:
    """杰弗里·辛顿: a transliterated name keeps the parts joined to it by ·
    (each part one whole jieba token, not a role title); the last part may
    have been split by jieba (本|吉奥), and so may the first: one
    transliteration character jieba cut off it (里|亚德·…) joins it when a role
    title stands right before that character (大臣|里|亚德·…)."""
    p = text.rfind("·", max(0, start - 3), start)
    if p >= 0 and _FOREIGN_PART.match(text[p + 1 : start] or "-") and p + 1 in tokens.start_at:
        start = p + 1
    dotted = False
    while start >= 2 and text[start - 1] == "·":
        i = tokens.end_at.get(start - 1)
        if i is None or not _FOREIGN_PART.match(tokens[i][2]) or tokens[i][2] in titles:
            break
        start = tokens[i][0]
        dotted = True
    if dotted and translit:
        i = tokens.end_at.get(start)
        if i is not None and i > 0 and len(tokens[i][2]) == 1 and tokens[i][2] in translit and tokens[i - 1][2] in titles:
            start = tokens[i][0]
    return start


def person_rules(text: str, tokens: list[Token], lex: Lexicon, cands: list[Cand] = ()) -> Iterable[Cand]:
    """Person names: unknown or ``nr`` tokens with a surname, next to a role
    title (教授许能贵, 余艳红局长) or followed by a speech cue (…表示), and
    a list of names written right after their institution (某大学张三、李四等).
    A name ending like a document or product (蓝皮书指出: person.not_name_endings)
    or in a class character of companies (车企宣布: person.not_name_last_chars)
    is none, whichever rule found it; a three-character name ending in a verb
    jieba cuts off (省长某某作报告: person.verb_last_chars) is the name before it,
    and a two-character name whose last character jieba glued to that verb
    (书记某岚|清作|讲话) takes it back."""
    c = compiled()
    not_endings = c["person_not_name_endings"]
    not_last = c["person_not_name_last_chars"]
    verb_last = c["person_verb_last_chars"]
    name_conjunctions = c["person_name_conjunction_chars"]
    speech = c["person_speech_cues"]
    toks = as_tokens(tokens)

    def checked(cd: Cand) -> Cand | None:
        """CD, or None when it names a document or a class of companies, cut
        before a verb jieba's HMM joined to it (省长某某作|报告, 作者某某系|某大学:
        a lexicon word after the verb; no annotated name ends so)."""
        if (not_endings and cd.label.endswith(not_endings)) or cd.label[-1:] in not_last:
            return None
        if len(cd.label) in (3, 4) and cd.label[-1] in verb_last:
            return Cand(cd.start, cd.end - 1, cd.type, cd.label[:-1], cd.rule, cd.priority)
        if len(cd.label) == 2 and (k := toks.start_at.get(cd.end)) is not None:
            # 书记某岚|清作|讲话: the HMM glued the name's last character to the
            # verb, an unknown two-character token (no dictionary word: 工作, 体系)
            nxt = toks[k]
            if len(nxt[2]) == 2 and nxt[2][-1] in verb_last and nxt[3] == "unk" and "\u4e00" <= nxt[2][0] <= "\u9fff":
                return Cand(cd.start, cd.end + 1, cd.type, cd.label + nxt[2][0], cd.rule, cd.priority)
            # 局长杨志|和|在…致辞: a conjunction before 在 or a speech cue joins
            # nothing, so it is the name's last character (志和, 建和, 永和)
            if nxt[2] in name_conjunctions and k + 1 < len(toks) and toks[k + 1][0] == nxt[1] \
                    and (toks[k + 1][2] == "在" or toks[k + 1][2] in speech):
                return Cand(cd.start, cd.end + 1, cd.type, cd.label + nxt[2], cd.rule, cd.priority)
        return cd

    found = []
    for cd in _person_rules(text, tokens, lex, cands):
        cd = checked(cd)
        if cd is None:
            continue
        if text.startswith("·", cd.end):
            # 雷纳特·别科|图尔|沃夫表示: a transliterated name runs on over · to
            # where a speech cue, a particle or punctuation shows its end
            end = _foreign_name_end(text, toks, cd.end, speech)
            if end > cd.end:
                cd = Cand(cd.start, end, cd.type, text[cd.start : end], cd.rule, cd.priority)
        cd = _hyphen_parts(text, toks, cd, c["transliteration_chars"], speech)
        found.append(cd)
        yield cd
    # 甲与乙集团: a company name read across a joiner is two companies; the joined
    # name leaves the candidates (a shorter name cannot outrank it)
    joined, pairs = _company_pairs(text, lex, cands, news_patterns(), c["transliteration_chars"])
    if joined and isinstance(cands, list):
        cands[:] = [cd for cd in cands if cd not in joined]
    found.extend(pairs)
    yield from pairs
    # the names the news rules add know the people found above (选手张三和李四在…)
    for cd in news_rules(text, toks, lex, [*cands, *found], _plausible_fn(lex, c), c):
        if cd.type != "Person":
            yield cd
        elif (cd := checked(cd)) is not None:
            yield _hyphen_parts(text, toks, cd, c["transliteration_chars"], speech)


_HYPHENS = "-‐－"


def _hyphen_parts(text: str, tokens, cd: Cand, translit, speech) -> Cand:
    """A transliterated name with · keeps the parts a hyphen joins to it (某琳·博格丹-马丁,
    让-某某·萨特): each part 1-6 transliteration characters; after the name a
    particle, punctuation, a speech cue or a verb shows where it stops, and
    the characters between the end found and the hyphen are the rest of the part
    jieba cut off (博格|丹-马丁)."""
    if "·" not in cd.label:
        return cd
    s, e, n = cd.start, cd.end, len(text)
    p = e
    while p < n and p - e < 4 and text[p] in translit:
        p += 1
    end = e
    while p < n and text[p] in _HYPHENS:
        q = p + 1
        while q < n and q - p <= 6 and text[q] in translit:
            q += 1
        if q == p + 1 or q - p > 6:
            break
        end = p = q
    if end > e:
        k = tokens.start_at.get(end)
        if not (end >= n or text[end] in _FOREIGN_NAME_AFTER or text.startswith(tuple(speech), end)
                or (k is not None and tokens[k][3].startswith("v"))):
            end = e
    p = s
    while p >= 2 and text[p - 1] in _HYPHENS:
        q = p - 1
        while q > 0 and p - 1 - q < 6 and text[q - 1] in translit:
            q -= 1
        if q == p - 1 or (q > 0 and text[q - 1] in translit):
            break
        p = q
    if p == s and end == e:
        return cd
    return Cand(p, end, cd.type, text[p:end], cd.rule, cd.priority)


def _translit_before(tokens, i: int, translit, titles) -> bool:
    """扎克|伯格表示: the token before a two-character transliterated token is
    a transliterated piece of the same name (not a lexicon term or a title)."""
    if i == 0:
        return False
    p = tokens[i - 1]
    return (p[1] == tokens[i][0] and 2 <= len(p[2]) <= 3 and translit.issuperset(p[2]) and p[3] in ("nr", "nrfg", "nrt", "unk", "ns")
            and p[2] not in titles)


_NOT_NAME_PART_TAGS = frozenset(("t", "d", "p", "c", "u"))  # jieba tags of a time word, adverb, preposition, conjunction or particle
_FOREIGN_NAME_AFTER = frozenset("，,。；;：:、！？!?）)”等在和与及的也还将曾则就因于对向被从同")
_DOT_PAIR_JOINERS = frozenset("和与及、")
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,5}(?:·[\u4e00-\u9fff]{1,6}){1,2}")


def _foreign_name_end(text: str, tokens, end: int, speech) -> int:
    """The end of the parts after · of a transliterated name (each part 1-8
    Chinese characters, the whole at most 20), or ``end`` when nothing after
    them shows where the name stops."""
    p = end
    timed = False  # the last part stopped at a time word or adverb (某某·某某|赛后|表示): the name ends there
    while p < len(text) and text[p] == "·" and p - end < 20:
        j = tokens.start_at.get(p + 1)
        q = p + 1
        while j is not None and j < len(tokens) and q - p <= 9:
            w = tokens[j][2]
            if not _FOREIGN_PART.match(w) or w in speech:
                break
            if w[-1] in speech and (len(w) >= 3 or (len(w) == 2 and q > p + 1)) and w[-1] not in compiled()["transliteration_chars"]:
                q = tokens[j][1] - 1  # 某某·雷蒙多称: jieba glued a one-character speech verb to the last part
                timed = True
                break
            if q > p + 1 and tokens[j][3] in _NOT_NAME_PART_TAGS:
                timed = True
                break
            q = tokens[j][1]
            j += 1
        if q == p + 1 or q - p > 9:
            return end
        p = q
    if p == end:
        return end
    if p >= len(text) or text[p] in _FOREIGN_NAME_AFTER or timed or any(text.startswith(w, p) for w in speech):
        return p
    return end


def _plausible_fn(lex: Lexicon, c, surnames: frozenset[str] | None = None):
    surnames = lex.surnames if surnames is None else surnames
    title_edge = c["person_title_edge"]
    function_chars = c["person_function_chars"]

    def plausible(name: str, framed: bool = False) -> bool:
        # framed: one unknown token between a title and a speech cue (部长阴和俊指出)
        # may hold a function character (和, 在) that otherwise splits names
        return (
            2 <= len(name) <= 4
            and (name[0] in surnames or name[:2] in surnames)
            and CJK_NAME.match(name) is not None
            and not title_edge.search(name)
            and name not in lex.not_entities
            and (framed or not any(ch in NOT_IN_NAME for ch in name[1:]))
            and not (_NOT_NAME_WORDS_FRAMED3 if framed and len(name) == 3 else _NOT_NAME_WORDS).search(name)
            # 展上 / 会后: a noun's last character + a locative, not a given name
            and not (len(name) == 2 and name[1] in _LOCATIVE_ENDS)
            # 曾以 / 曾于: a surname-like adverb + a preposition, not a name
            and not (len(name) == 2 and name[1] in function_chars)
        )

    return plausible


def _framed_surnames(lex: Lexicon) -> frozenset[str]:
    """The surnames a frame that shows a name accepts: the common ones, the
    百家姓 ones that open frequent words (surnames_framed.txt) and the single
    characters jieba's dictionary tags as a name (nr: 郇, 眭, 苻 …)."""
    return _surname_union(lex.surnames, lex.surnames_framed)


@lru_cache(maxsize=4)
def _compound_surnames(common: frozenset[str], framed: frozenset[str]) -> frozenset[str]:
    return frozenset(s for s in common | framed if len(s) == 2)


@lru_cache(maxsize=4)
def _surname_union(common: frozenset[str], framed: frozenset[str]) -> frozenset[str]:
    # (built once per lexicon, not per passage: the union is some thousand characters)
    return common | framed | _name_characters()


def _word_tag(word: str) -> str:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word, "")


# a framed name jieba's dictionary lists must be listed as a name or a place
# (许国); one listed as another word is none (专家文章认为)
_FRAMED_NAME_WORD_TAGS = frozenset(("", "nr", "nrfg", "nrt", "ns"))


@lru_cache(maxsize=1)
def _name_characters() -> frozenset[str]:
    import jieba.posseg

    return frozenset(w for w, t in jieba.posseg.dt.word_tag_tab.items() if t == "nr" and len(w) == 1)


def _person_rules(text: str, tokens: list[Token], lex: Lexicon, cands: list[Cand] = ()) -> Iterable[Cand]:
    c = compiled()
    surnames = lex.surnames
    titles = set(lex.person_titles)
    # compound surnames, common (慕容) or read in a frame only (梁丘): beside a title or a cue is such a frame
    compound_framed = _compound_surnames(lex.surnames, lex.surnames_framed)

    plausible = _plausible_fn(lex, c)

    speech_cues = frozenset(c["person_speech_cues"])
    after_name = c["person_words_after_titled_name"]
    # (the words of two or more characters that end a titled name: jieba may glue their first
    # character to the name, 某景澄|到|会, or the name's last to them, 班某|遥到|会)
    end_words = tuple(w for w in after_name if len(w) > 1)

    copulas, closers = c["person_title_copulas"]

    def clause_ends(e: int) -> bool:
        # a name's clause ends at E, or the text does (报告分析师为某某。, 研究员濮阳某某。)
        return e >= len(text) or text[e] in closers

    def ends_titled_name(k: int) -> bool:
        # token K shows where a name right after a title ends (在, 出席, a speech cue …)
        return k < len(tokens) and (tokens[k][2] in after_name or tokens[k][2] in speech_cues)

    glued_words = news_patterns()["glued_words"]  # 李|健在: a name's last character glued to 在

    def glued_tail(e: int) -> int:
        # 李炅|武说: jieba glued a name's last character to the speech verb after it;
        # 班某|遥到|会讲话: or to the first character of a word that ends a titled name
        j = tokens.start_at.get(e)
        if j is None:
            return 0
        w = tokens[j][2]
        glued = w[1:] in speech_cues or w[1:] in glued_words or text.startswith(end_words, e + 1)
        return 1 if len(w) >= 2 and glued and CJK_NAME.match(w[0] * 2) else 0

    # only tokens next to a cue are looked at: before 表示/局长/等人, after 局长
    tokens = as_tokens(tokens)
    near_cue = set()
    after_title = set()
    before_title = set()  # (the given names a compound surname and a title frame)
    before_speech = set()
    cue_ends = []  # (read again below: one scan)
    cue_spans, title_spans = c["person_scan"](text)
    for cue_start, cue_end in cue_spans:
        cue_ends.append(cue_end)
        cue = text[cue_start:cue_end]
        i = tokens.end_at.get(cue_start)
        if i is not None:
            near_cue.add(i)
            if cue not in titles:
                before_speech.add(i)
            elif i > 0 and len(tokens[i - 1][2]) == 2 and tokens[i - 1][2] in compound_framed:
                near_cue.add(i - 1)  # 某学院梁丘|沐阳|教授: a compound surname before the given name and the title
                before_title.add(i)
        if cue in titles:
            j = tokens.start_at.get(cue_end)
            if j is not None:
                near_cue.add(j)
                after_title.add(j)
    translit = c["transliteration_chars"]
    after_title_heads = {tokens.end_at.get(e) for e in cue_ends}
    title_rx = c["person_titles"]

    def title_then_name(e: int) -> bool:
        # 荣耀首席执行官李健: what stands before a title that a name follows is
        # the body the person serves, not a person
        m = title_rx.match(text, e) if title_rx is not None else None
        if m is None or m.end() >= len(text) or text[m.end()] not in surnames:
            return False
        j = tokens.start_at.get(m.end())
        return j is not None and tokens[j][3] in _NAME_TAGS

    for i in sorted(near_cue):
        t = tokens[i]
        framed = t[3] == "unk" and i in after_title and i in before_speech
        if i not in after_title and title_then_name(t[1]):
            continue
        if i > 0 and i not in after_title and len(t[2]) <= 2 and t[3] in _NAME_TAGS and tokens[i - 1][1] == t[0] \
                and len(tokens[i - 1][2]) == 1 and tokens[i - 1][3] in _NAME_TAGS and plausible(tokens[i - 1][2] + t[2]) \
                and (i < 2 or tokens[i - 2][3] not in _NAME_TAGS or not WORDLIKE.match(tokens[i - 2][2])):
            # 蔡|崇信接任: jieba split the surname off the given name
            yield Cand(tokens[i - 1][0], t[1], "Person", text[tokens[i - 1][0] : t[1]], "person.token", 1)
            continue
        if i in after_title and t[2] in surnames and i + 1 < len(tokens) and tokens[i + 1][0] == t[1] \
                and (len(t[2]), len(tokens[i + 1][2])) in _SURNAME_GIVEN_LENGTHS and tokens[i + 1][3] in _GIVEN_NAME_TAGS \
                and ends_titled_name(i + 2) and plausible(t[2] + tokens[i + 1][2], True):
            # 书记钟|建和|在…, 局长欧阳|某舟|在…: jieba split the surname (a compound
            # one too) off a given name it read as a word
            yield Cand(t[0], tokens[i + 1][1], "Person", text[t[0] : tokens[i + 1][1]], "person.token", 1)
            continue
        if i in after_title and t[3] == "ns" and len(t[2]) == 3 and t[2][0] in surnames and plausible(t[2], True) \
                and ends_titled_name(i + 1):
            # 院长高建国在…: a name jieba's dictionary lists as a place, after a title and before 在 or a cue
            yield Cand(t[0], t[1], "Person", t[2], "person.token", 1)
            continue
        if len(t[2]) == 2 and t[2] in compound_framed:
            if i + 1 < len(tokens) and tokens[i + 1][0] == t[1] and len(tokens[i + 1][2]) <= 2 \
                    and (tokens[i + 1][3] in _GIVEN_NAME_TAGS or tokens[i + 1][3] in ("a", "n") and (
                        i + 1 in before_title or i in after_title and (ends_titled_name(i + 2) or clause_ends(tokens[i + 1][1])))) \
                    and plausible(t[2] + tokens[i + 1][2], True):
                # 负责人慕容|某言|教授表示, 某学院梁丘|明远(a)|教授: a compound surname jieba cut off its given name;
                # 执笔人为研究员濮阳|某衣(n)。: after a title, where the clause or a titled name ends
                yield Cand(t[0], tokens[i + 1][1], "Person", text[t[0] : tokens[i + 1][1]], "person.token", 1)
            continue  # (a compound surname alone is no name)
        if t[3] in ("nr", "nrfg", "nrt", "unk") and plausible(t[2], framed):
            s0 = foreign_name_start(text, tokens, t[0], titles, translit)
            e0 = t[1]
            if len(t[2]) == 4 and t[2][-1] in _ADVERB_ENDS and i in before_speech and t[2][:2] not in surnames:
                e0 -= 1  # 孙芝茵|正 glued by jieba before 带领
            elif len(t[2]) in (3, 4) and i in after_title and text.startswith(end_words, e0 - 1):
                e0 -= 1  # 厅长某景澄|到|会讲话: the name's neighbour opens a word that ends it (到会, 到场)
            if len(t[2]) == 2 and i in after_title and plausible(t[2] + text[e0 : e0 + glued_tail(e0)]):
                e0 += glued_tail(e0)
            yield Cand(s0, e0, "Person", text[s0:e0], "person.token", 1)
        elif (
            t[3] in ("nr", "nrfg", "nrt", "unk", "ns")
            and 2 <= len(t[2]) <= 6
            and translit.issuperset(t[2])
            and (i in after_title or (i in before_speech and (len(t[2]) >= 3 or _translit_before(tokens, i, translit, titles))))
            and t[2] not in titles
            and t[2] not in lex.terms
        ):
            # a transliterated name after a title or before a speech verb
            # (总统马克龙, 古特雷斯表示), with its parts joined by · (萨迪克·汗)
            s0 = foreign_name_start(text, tokens, t[0], titles, translit)
            e0 = t[1]

            def part(k: int) -> bool:  # a piece jieba split off the name (古|特雷斯)
                w = tokens[k][2]
                return len(w) <= 3 and translit.issuperset(w) and not tokens[k][3].startswith("lex:") and w not in titles

            k = i - 1
            while s0 == t[0] and k >= 0 and tokens[k][1] == s0 and k not in after_title_heads and part(k) and e0 - tokens[k][0] <= 6:
                s0 = tokens[k][0]
                k -= 1
            k = i + 1
            while k < len(tokens) and tokens[k][0] == e0 and k not in before_speech and part(k) and tokens[k][1] - s0 <= 6:
                e0 = tokens[k][1]
                k += 1
            # 达里奥·阿莫|代伊表示: the parts after · run to where a speech cue, a
            # particle or punctuation shows the name's end; else whole transliterated tokens
            e1 = _foreign_name_end(text, tokens, e0, speech_cues)
            while e1 == e0 and e0 + 1 < len(text) and text[e0] == "·":
                j = tokens.start_at.get(e0 + 1)
                if j is None or not translit.issuperset(tokens[j][2]):
                    break
                e0 = tokens[j][1]
            yield Cand(s0, max(e0, e1), "Person", text[s0:max(e0, e1)], "person.transliterated", 1)
    # a cue phrase right before a name (33岁的孙芝茵): cues_before regexes; one with a
    # group frames the name itself (刊发|某某某|的文章), whatever words jieba cut it into
    for rx_before in c["person_cues_before"]:
        if rx_before.groups:
            for m in rx_before.finditer(text):
                if plausible(m.group(1)):
                    yield Cand(m.start(1), m.end(1), "Person", m.group(1), "person.cue_before", 1)
            continue
        for m in rx_before.finditer(text):
            i = tokens.start_at.get(m.end())
            if i is None or tokens[i][3] not in ("nr", "nrfg", "nrt", "unk"):
                continue
            name = tokens[i][2]
            if len(name) == 4 and name[-1] in _ADVERB_ENDS:
                name = name[:3]  # 孙芝茵|正 glued by jieba
            if plausible(name):
                yield Cand(tokens[i][0], tokens[i][0] + len(name), "Person", name, "person.cue_before", 1)
    # bylines: 作者：张三、李四 / 本报记者 王五 (a frame: a rarer surname too)
    plausible_framed = _plausible_fn(lex, c, _framed_surnames(lex))
    for m in c["byline"].finditer(text):
        for nm in re.finditer(r"[\u4e00-\u9fff]{2,4}", m.group(1)):
            name = nm.group()
            if plausible_framed(name):
                s0 = m.start(1) + nm.start()
                yield Cand(s0, s0 + len(name), "Person", name, "person.byline", 1)
    # an author's affiliation line: 作者李四系某大学教授 (jieba glues the name to 系 or 为), and one
    # in brackets after the text (（李四，某研究院研究员）): a frame, a rarer surname too
    if c["byline_affiliation"] is not None:
        for m in c["byline_affiliation"].finditer(text):
            g = m.lastindex or 1
            if plausible_framed(m.group(g)):
                yield Cand(m.start(g), m.end(g), "Person", m.group(g), "person.byline_affiliation", 1)
    yield from _names_after_body(text, tokens, lex, cands, plausible, c)
    # 谷爱凌在…, ，梅西攻入…: an unknown 2-3 character word with a surname, alone
    # at a clause's start and followed by a verb or an adverb/preposition of
    # ``subject_next_words``, is the clause's subject: a person
    subj = c["person_subject"]
    if subj is not None:
        after_tags, before_words, not_words, not_last = subj
        # the unknown words only, picked out of the tag column first (a comprehension's test costs
        # less than a step of this loop, or than a selection in C calling str.__eq__ per token)
        for k in [k for k, tag in zip(positions(len(tokens)), tokens.tags) if tag == "unk"]:
            t = tokens[k]
            if not 2 <= len(t[2]) <= 3 or not plausible(t[2]) or t[2] in lex.terms or t[2][-1] in not_last:
                continue  # (南装联: an organisation's short name)
            prev = tokens[k - 1] if k > 0 else None
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or nxt[0] != t[1] or nxt[2] in not_words or not (nxt[3] in after_tags or nxt[2] in before_words):
                continue
            if nxt[2] not in before_words:
                # the verb must go on (梅西攻入|制胜…), not end a slogan or list item (普惠创新、)
                after = tokens[k + 2] if k + 2 < len(tokens) else None
                if after is None or not WORDLIKE.match(after[2]):
                    continue
            if t[0] > 0 and (text[t[0] - 1].isdigit() or text[max(0, t[0] - 2) : t[0]].strip()[-1:].isdigit()):
                continue  # 1.88 万人: a numeral's unit
            if prev is not None and prev[1] == t[0] and WORDLIKE.match(prev[2]):
                continue  # not at a clause's start
            yield Cand(t[0], t[1], "Person", t[2], "person.subject", 1)
    # title immediately followed by a name written with no separator: 教授戴琼海;
    # the name must end on a jieba token boundary (余|艳红|此前)
    tok_ends = tokens.end_at
    def name_at(p: int):
        if p >= len(text) or text[p] not in surnames:
            return None
        for n in (3, 2):
            name = text[p : p + n]
            if len(name) == n and plausible(name) and (p + n in tok_ends or glued_tail(p + n - 1)):
                tag = tokens.tag_of_span(p, p + n)
                if tag is not None and tag not in ("nr", "nrfg", "nrt", "unk"):
                    continue
                return name
        return None

    # 教授夔文彦作…, 厅长郇知远在…: a name between a title and a word that follows
    # names (在, 出席, 作, a speech cue) is one whatever words jieba cut it
    # into, and its surname may be a rarer one (surnames_framed, jieba's nr)
    next_words = c["person_framed_name_next"]
    conjunctions = c["person_name_conjunction_chars"]
    framed_surnames = _framed_surnames(lex)
    body_last_chars = c["person_subject"][3] if c["person_subject"] else frozenset()
    not_surname_tags = c["person_rare_surname_not_tags"]  # (的, 在, 也, 这 … open no name)

    def framed_name_at(p: int):
        for n in (4, 3, 2):
            name = text[p : p + n]
            closed = clause_ends(p + n)  # (教授某某。: the clause ends after the name)
            if len(name) < n or not (next_words.match(text, p + n) or closed) \
                    or (n == 4 and name[:2] not in framed_surnames):
                continue  # (four characters: a compound surname, 澹台某某, and a given name)
            # (董事长雍和璧表示, 副市长第五清和出席: a conjunction character inside a given name, framed)
            inner = name[2:] if n == 3 and name[1] in conjunctions else \
                "".join(ch for ch in name[2:] if ch not in conjunctions) if n == 4 else name[1:]
            if plausible_framed(name, True) \
                    and name not in lex.terms and not any(ch in NOT_IN_NAME for ch in inner) \
                    and _word_tag(name) in _FRAMED_NAME_WORD_TAGS \
                    and not (name[0] in lex.surnames_framed and _word_tag(name[1:]) not in _FRAMED_NAME_WORD_TAGS):
                return name  # (学者和企业代表: a surname that opens words, before a common word, is none)
            if n == 3 and not closed and rare_surname_name(name):
                return name  # (a surname no list holds needs a word after the name: 工程师进课堂。 is none)
        return None

    def rare_surname_name(name: str) -> bool:
        # 局长逯某某作…, 教授邗某某作…: three characters between a title and a word that
        # follows names are a name whatever its surname, when neither they nor their
        # first two characters are a word (局长亲自出席, 教授团队作报告), the first
        # character is no function word and the last closes no body (代表厅党组作…)
        return name[0] not in framed_surnames and CJK_NAME.match(name) is not None \
            and name[-1] not in body_last_chars \
            and not any(ch in NOT_IN_NAME for ch in name) and name not in lex.terms \
            and name not in lex.not_entities and not c["person_title_edge"].search(name) \
            and _word_tag(name) == "" and _word_tag(name[:2]) == "" \
            and _word_tag(name[0]) not in not_surname_tags

    def copula_name_at(p: int):
        # 报告分析师为某某。: a title, a copula (为) and a name that closes the clause, read
        # as a framed name is (its surnames; four characters only with a compound surname)
        for n in (4, 3, 2):
            name, e = text[p : p + n], p + n
            if len(name) < n or not clause_ends(e) \
                    or (n == 4 and name[:2] not in framed_surnames):
                continue
            if plausible_framed(name) and name not in lex.terms:
                return name
        return None

    for _, p in title_spans:
        best = None
        if text[p : p + 2] in framed_surnames:
            # (局长闻人某某作…: a compound surname opens a name of four characters before the
            # title rule reads its first two as a name)
            best, rule = framed_name_at(p), "person.title_framed"
        if not best:
            best, rule = name_at(p), "person.title"
        if not best:
            best, rule = framed_name_at(p), "person.title_framed"
        if not best and text.startswith(copulas, p):
            p += 1
            best, rule = copula_name_at(p), "person.title_copula"
        # a title over a list of names: 航天员费俊龙、邓清明、张陆
        while best:
            yield Cand(p, p + len(best), "Person", best, rule, 1)
            p += len(best)
            if p >= len(text) or text[p] not in "、和":
                break
            p += 1
            best, rule = name_at(p), "person.title_list"
            if best and _has_tag(tokens, p, p + len(best), _NOT_NAME_TAGS):
                break  # 所长李四、原载|于…: a later item holding a verb or a particle is no name


def _names_after_body(text: str, tokens, lex: Lexicon, cands, plausible, c) -> Iterable[Cand]:
    """某大学张三、李四等 / 某研究院张三、李四撰文指出: two or more names
    written right after an institution (no separator between them), joined by
    、/和 and closed by 等 or a speech cue (``person.cues_after``), are
    persons; each name ends where the next separator is, so a name jieba split
    (吴锦|葭) stays whole.  A lexicon term or a name some rule found is no
    person (腾讯、华为 lists bodies, not people)."""
    rx = c["person_list_after_body"]
    taken = {}
    for cd in cands:
        if cd.type not in (NOT_ENTITY, "Person"):
            taken[cd.start] = max(taken.get(cd.start, 0), cd.end)
    seen = set()
    for cd in cands:
        if cd.type != "Institution" or cd.end in seen:
            continue
        seen.add(cd.end)
        m = rx.match(text, cd.end)
        if m is None:
            continue
        names = []
        for nm in re.finditer(r"[^、和]+", m.group(1)):
            s0 = cd.end + nm.start()
            name = nm.group()
            if not plausible(name) or name in lex.terms or taken.get(s0, s0) > s0:
                names = []
                break
            names.append((s0, name))
        if len(names) >= 2:
            for s0, name in names:
                yield Cand(s0, s0 + len(name), "Person", name, "person.after_body", 1)


# --------------------------------------------------------------------------- news: names without a cue

NEWS_PATH = PATTERNS_DIR / "news.json"
_NEWS_KEYS = {
    "glued_words": list, "pair_joiners": list, "pair_next_words": list, "pair_next_tags": list,
    "pair_open_chars": str, "body_officer_titles": list, "body_officer_types": list, "theory_heads": list,
    "name_frames": "frames", "company_list_tail": "regex", "company_product": "regex",
    "company_item_not": "regex", "company_item_not_tags": list,
    "subsidiary_cue": "regex", "subsidiary_heads": list, "event_short_frame": "regex", "latin_body_frame": "regex", "unit_after_body": "regex", "unit_name_verbs": list, "unit_paired_words": "regex",
    "company_framed_item_tags": list, "company_list_class_tail": "regex", "company_list_name_tags": list,
    "maker_product_rules": list, "maker_name_tags": list, "maker_latin_model": "regex",
    "publisher_frame": "regex", "officer_name_frame": "regex", "foreign_ministry": "regex", "company_list_joint": "regex",
    "brand_unit_next": "regex", "brand_unit_words": list, "brand_unit_after_tags": list,
    "meeting_heads": list, "meeting_chair_titles": list,
    "company_pair_joiners": list, "company_form": "regex", "company_short_not_before": "regex", "company_trade_words": list, "officer_title_chain": "regex", "officer_title_prefixes": list, "sited_frame": "regex",
    "officer_body_first_tags": list, "officer_body_last_tags": list,
}
_NAME_TAGS = frozenset(("nr", "nrfg", "nrt", "unk"))
_GIVEN_NAME_TAGS = _NAME_TAGS | {"nz"}  # (a given name jieba reads as a proper noun: 书记钟|建和)
# (surname, given name) lengths of a name jieba split in two: 钟|建和, 欧阳|某, 欧阳|某舟
_SURNAME_GIVEN_LENGTHS = frozenset(((1, 2), (2, 1), (2, 2)))


def _tokens_of(text: str, tokens, words) -> list[int]:
    """The indices, in order, of the tokens that are one of WORDS: found from
    where the words occur in TEXT (a loop over every token of a document costs
    more than a search for a few words)."""
    words = frozenset(words)
    out = []
    for word in words:
        p = text.find(word)
        while p >= 0:
            k = tokens.start_at.get(p)
            if k is not None and tokens[k][2] == word:
                out.append(k)
            p = text.find(word, p + 1)
    if len(words) > 1:
        out.sort()
    return out


_CLAUSE_OPEN = frozenset("，,。；;：:！？!?“\"\n（(")  # what may stand before a name opening a clause
_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？!?（）()《》“”\"\s]")


@lru_cache(maxsize=1)
def news_patterns(path: str | None = None) -> dict:
    """ontology/patterns/news.json, validated: every key required, no other
    key, lists of strings or a string as documented (README, news.json)."""
    p = path or NEWS_PATH
    data = read_json_object(p)
    out = {}
    for key, value in data.items():
        if key.startswith("_doc"):
            continue
        kind = _NEWS_KEYS.get(key)
        if kind is None:
            raise KgError(f"{p}: unknown key {key!r} (known: {', '.join(_NEWS_KEYS)})")
        if kind is list and not (isinstance(value, list) and all(isinstance(v, str) and v for v in value)):
            raise KgError(f"{p}: {key!r}: expected a list of non-empty strings")
        if kind is str and not isinstance(value, str):
            raise KgError(f"{p}: {key!r}: expected a string")
        if kind == "frames":
            out[key] = _frames(p, key, value)
            continue
        if kind == "regex":
            try:
                out[key] = re.compile(value)
            except (re.error, TypeError) as e:
                raise KgError(f"{p}: {key!r} is not a regular expression: {e}") from None
            continue
        out[key] = frozenset(value) if kind is list else value
    missing = [k for k in _NEWS_KEYS if k not in out]
    if missing:
        raise KgError(f"{p}: missing {', '.join(missing)}")
    from kg.model import ENTITY_TYPES

    bad = sorted(set(out["body_officer_types"]) - set(ENTITY_TYPES))
    if bad:
        raise KgError(f"{p}: 'body_officer_types': unknown entity type {bad[0]!r}")
    out["officer_rx"] = re.compile("|".join(map(re.escape, sorted(out["body_officer_titles"], key=len, reverse=True))))
    out["glued_tuple"] = tuple(out["glued_words"])
    out["next_tuple"] = tuple(out["pair_next_words"])
    out["officer_tuple"] = tuple(out["body_officer_titles"])
    out["meeting_tuple"] = tuple(out["meeting_heads"])
    out["chair_tuple"] = tuple(out["meeting_chair_titles"])
    out["officer_title_prefixes"] = tuple(out["officer_title_prefixes"])
    out["company_trade_tuple"] = tuple(sorted(out["company_trade_words"], key=len, reverse=True))
    return out


def _frames(p, key: str, value) -> list[tuple[tuple[str, ...], re.Pattern]]:
    """name_frames: objects {regex (with a group ``name``), requires (a literal
    the text must hold for the regex to run, or a list of them any one of which
    will do)}: (literals, regex) pairs."""
    if not isinstance(value, list):
        raise KgError(f"{p}: {key!r}: expected a list of objects")
    out = []
    for n, frame in enumerate(value):
        where = f"{p}: {key}[{n}]"
        if not isinstance(frame, dict):
            raise KgError(f"{where}: expected an object")
        unknown = sorted(set(frame) - {"_doc", "regex", "requires"})
        if unknown:
            raise KgError(f"{where}: unknown key {unknown[0]!r} (known: regex, requires)")
        requires = frame.get("requires")
        literals = (requires,) if isinstance(requires, str) else tuple(requires) if isinstance(requires, list) else ()
        if not literals or not all(isinstance(x, str) and x for x in literals):
            raise KgError(f"{where}: 'requires' must be a non-empty string or a list of them")
        try:
            rx = re.compile(frame.get("regex"))
        except (re.error, TypeError) as e:
            raise KgError(f"{where}: 'regex' is not a regular expression: {e}") from None
        if "name" not in rx.groupindex:
            raise KgError(f"{where}: 'regex' needs a group named name")
        out.append((literals, rx))
    return out


# 习近平总书记关于人工智能的重要思想: a remark about a topic, not a theory's name
_THEORY_GAP_STOP = re.compile("的|关于|总书记|同志|主席|在")  # (某某在某某日报理论版撰文: a place, no theory's name)
_GLUED_BEFORE = frozenset("与和由据向对被")
_NOT_NAME_TAGS = frozenset(("v", "vn", "p", "d", "c", "u", "uj", "ul", "m"))


def _has_tag(tokens, s: int, e: int, tags) -> bool:
    """Some token overlapping S..E has one of TAGS."""
    i = bisect_right(tokens.starts, s) - 1
    while 0 <= i < len(tokens) and tokens[i][0] < e:
        if tokens[i][3] in tags:
            return True
        i += 1
    return False


def _token_at(tokens, pos: int) -> int:
    """Index of the token holding character POS."""
    return bisect_right(tokens.starts, pos) - 1


def _name_tokens(tokens, s: int, e: int) -> bool:
    """S..E starts on a token and every token it overlaps is name-like
    (nr/nrt/nrfg or unknown to jieba)."""
    if s not in tokens.start_at:
        return False
    i = tokens.start_at.get(s)
    while i < len(tokens) and tokens[i][0] < e:
        if tokens[i][3] not in _NAME_TAGS:
            return False
        i += 1
    return True


def _dot_names(text: str, tokens, lex: Lexicon, c) -> list[tuple[int, int]]:
    """约翰·霍普菲尔德, 杰弗里·辛顿: a transliterated name written with ·, each
    part made only of transliteration characters (entities.json
    person.transliteration_chars) on jieba token edges, is a Person wherever
    it stands (news names laureates and guests with no title or verb)."""
    translit = c["transliteration_chars"]
    titles = set(lex.person_titles)
    speech = c["person_speech_cues"]

    def name_ends(e: int) -> bool:
        # punctuation, a particle, a speech cue, a title or a verb after the name
        return (e >= len(text) or text[e] in _FOREIGN_NAME_AFTER or text.startswith(tuple(speech), e)
                or text.startswith(tuple(titles), e)
                or (tokens.start_at.get(e) is not None and tokens[tokens.start_at.get(e)][3] == "v"))

    out = []
    p = text.find("·")
    while p >= 0:
        # the part before the ·: whole tokens of transliteration characters
        s = p
        i = tokens.end_at.get(p)
        while i is not None and i >= 0 and tokens[i][1] == s and translit.issuperset(tokens[i][2]) \
                and tokens[i][2] not in titles and not tokens[i][3].startswith("lex:") and p - tokens[i][0] <= 5:
            s = tokens[i][0]
            i -= 1
        if s == p or (s > 0 and text[s - 1] in translit and text[s - 1] not in "的和与及"):
            p = text.find("·", p + 1)
            continue
        # the parts after it: whole tokens of transliteration characters
        e = p
        while e < len(text) and text[e] == "·" and e - s <= 20:
            j = tokens.start_at.get(e + 1)
            q = e + 1
            while j is not None and j < len(tokens) and translit.issuperset(tokens[j][2]) and tokens[j][2] not in titles \
                    and tokens[j][2] not in speech and not tokens[j][3].startswith("lex:") and tokens[j][1] - e <= 9:
                q = tokens[j][1]
                j += 1
            if q == e + 1:
                break
            e = q
        if e > p and text[e - 1] != "·" and text[s:e] not in lex.terms and name_ends(e):
            out.append((s, e))
        p = text.find("·", max(e, p + 1))
    # 某某·某某和某·某某: a dotted name joined to a transliterated one is a person too,
    # though a part holds a character the transliteration list lacks
    for s0, e0 in list(out):
        if e0 >= len(text) or text[e0] not in _DOT_PAIR_JOINERS:
            continue
        m = _DOT_NAME.match(text, e0 + 1)
        if m and m.start() in tokens.start_at and m.end() in tokens.end_at and name_ends(m.end()) \
                and m.group() not in lex.terms and (m.start(), m.end()) not in out:
            out.append(m.span())
    return out


def news_rules(text: str, tokens, lex: Lexicon, cands, plausible, c) -> Iterable[Cand]:
    """Names news writes with no title or speech cue (ontology/patterns/news.json):
    transliterated names with · and their surname alone later in the text; two
    people joined by 和/与 at a clause's start (王五和赵六在…), or one beside a
    person already known (何立峰与贝森特); a meeting name followed by an
    officer's title is the organisation (世界经济论坛总裁)."""
    news = news_patterns()
    # 1. foreign names with ·, then their last part alone (辛顿此前…)
    dots = _dot_names(text, tokens, lex, c)
    for s, e in dots:
        yield Cand(s, e, "Person", text[s:e], "person.dot_name", 1)
    # (also the dotted names other rules found: 教授斯图尔特·罗素表示 … 称罗素…)
    persons = [cd for cd in cands if cd.type == "Person"]  # (the people known: read once, for all the steps below)
    institutions = [cd for cd in cands if cd.type == "Institution"]  # (the bodies: for the steps reading only them)
    dotted = [*dots, *((cd.start, cd.end) for cd in persons if "·" in cd.label)]
    lasts = {}
    for s, e in dotted:
        last = text[s:e].rsplit("·", 1)[-1]
        if len(last) >= 2:
            lasts.setdefault(last, text[s:e])
    # the first part alone, when a speech cue follows it (赛塔·某某 … 赛塔表示: names
    # written given name first are cut to it; 约翰表示 is the same person too)
    speech_cues = tuple(c["person_speech_cues"])
    firsts = {}
    for s, e in dotted:
        first = text[s:e].split("·", 1)[0]
        if len(first) >= 2 and first not in lasts and first not in lex.terms:
            firsts.setdefault(first, (s, text[s:e]))
    for first, (s0, full) in firsts.items():
        for m in re.finditer(re.escape(first), text):
            a, b = m.span()
            if a == s0 or text.startswith("·", b) or (a > 0 and text[a - 1] == "·"):
                continue
            if a in tokens.start_at and b in tokens.end_at and text.startswith(speech_cues, b):
                yield Cand(a, b, "Person", full, "person.dot_name_first", 1)
    for last, full in lasts.items():
        for m in re.finditer(re.escape(last), text):
            a, b = m.span()
            if a > 0 and text[a - 1] == "·":
                continue
            if a not in tokens.start_at:
                # 称|罗素 glued by jieba: a speech verb or a preposition before the name
                j = _token_at(tokens, a)
                if j < 0 or tokens[j][1] != b or text[tokens[j][0] : a] not in c["person_speech_cues"] | _GLUED_BEFORE:
                    continue
            if b in tokens.end_at or text.startswith(news["glued_tuple"], b):
                yield Cand(a, b, "Person", full, "person.dot_name_carry", 1)  # the same person: one entity
    # 2. a name in a frame that only a person fills (在X看来): a surname first,
    # on token edges, one token at least unknown to jieba or a name
    for requires, rx in news["name_frames"]:
        if not any(r in text for r in requires):
            continue
        for m in finder(rx)(text):  # (a frame may open with a lookbehind: tried only where it can start)
            a, b = m.span("name")
            name = text[a:b]
            if not plausible(name) or name in lex.terms or a not in tokens.start_at or b not in tokens.end_at:
                continue
            k = tokens.start_at.get(a)
            if any(tokens[j][3] in _NAME_TAGS for j in range(k, tokens.end_at.get(b) + 1)):
                yield Cand(a, b, "Person", name, "person.frame", 1)
    # 3. pairs of names joined by 和/与
    known = {cd.start: cd.end for cd in persons}
    known_end = {e: s for s, e in known.items()}
    opens = news["pair_open_chars"]
    translit = c["transliteration_chars"]

    def ok_name(name: str) -> bool:
        return name not in lex.terms and (plausible(name) or (len(name) >= 3 and translit.issuperset(name)))

    def left_names(e: int):
        if e in known_end:
            yield known_end[e], True
        for n in (3, 2):
            s = e - n
            if s >= 0 and ok_name(text[s:e]) and _name_tokens(tokens, s, e):
                yield s, False

    def right_names(s: int):
        if s in known:
            yield known[s], True
        for n in (3, 2):
            e = s + n
            if e > len(text) or not ok_name(text[s:e]):
                continue
            if e in tokens.end_at:
                if _name_tokens(tokens, s, e):
                    yield e, False
            else:
                j = _token_at(tokens, e - 1)  # 郜林均, 李|健在: the name glued to 均/在
                if text[e : tokens[j][1]] in news["glued_words"] and _name_tokens(tokens, s, e):
                    yield e, False

    def goes_on(e: int, either_known: bool) -> bool:
        if e >= len(text):
            return either_known
        if either_known and text[e] in "，,。；;、":
            return True
        if text.startswith(news["next_tuple"], e):
            return True
        j = tokens.start_at.get(e)
        return j is not None and tokens[j][3] in news["pair_next_tags"]

    for k in _tokens_of(text, tokens, news["pair_joiners"]):
        t = tokens[k]
        for s, left_known in left_names(t[0]):
            found = None
            for e, right_known in right_names(t[1]):
                if left_known and right_known:
                    break
                if not goes_on(e, left_known or right_known):
                    continue
                if not (left_known or right_known) and s > 0 and text[s - 1] not in opens:
                    continue  # two unknown names: only at a clause's start
                found = e, right_known
                break
            if found:
                e, right_known = found
                if not left_known:
                    yield Cand(s, t[0], "Person", text[s : t[0]], "person.pair", 1)
                if not right_known:
                    yield Cand(t[1], e, "Person", text[t[1] : e], "person.pair", 1)
                break
    # 4. a person's name opening a named theory (习近平新时代中国特色社会主义思想,
    # 邓小平理论) is part of the term: no Person there
    heads = news["theory_heads"]
    if persons:
        for head in heads:
            q = text.find(head)
            while q >= 0:
                for cd in persons:
                    if cd.end <= q and q - cd.end <= 14 and not _CLAUSE_BREAK.search(text, cd.end, q) \
                            and not _THEORY_GAP_STOP.search(text, cd.end, q):
                        yield Cand(cd.start, q + len(head), NOT_ENTITY, text[cd.start : q + len(head)], "person.in_theory", 0)
                q = text.find(head, q + 1)
    # 5. companies listed beside a known company, closed by 等 + a company class
    yield from _company_list_names(text, tokens, lex, cands, news)
    # 6. a Latin-letter name right after a known company + 的 is its product
    yield from _company_products(text, lex, institutions, news["company_product"])
    # 7. an unknown name before 的 + a named product is the product's maker (某箭航天的某雀三号)
    yield from _product_makers(text, tokens, lex, cands, news)
    # 8. an unknown name opening a clause and publishing a report is an organisation
    yield from _publishers(text, tokens, lex, cands, news["publisher_frame"], news["maker_name_tags"])
    # 9. a known company's short name + a word jieba does not know is its unit (某鹏|汇天的…)
    yield from _brand_units(text, tokens, lex, institutions, news["brand_unit_next"],
                            frozenset(news["brand_unit_words"]), frozenset(news["brand_unit_after_tags"]))
    # 9b. the unit a known company owns: 某集团旗下某某科技
    yield from _subsidiaries(text, tokens, lex, cands, institutions, news)
    # 9b*. a company named in its company form (某某集团) and later by its name alone
    yield from _company_short_names(text, tokens, lex, cands, news)
    # 9b*'. a body named by the site of its plant or headquarters (某某在某地建设的…, 某某位于某地的工厂)
    yield from _sited_bodies(text, tokens, lex, cands, news)
    # 9b'. a Latin name right after the class of body it is (拆解机构Xyz, 咨询公司Abc)
    yield from _latin_bodies(text, lex, cands, news["latin_body_frame"])
    # 9b-latin. a company named in Latin letters by a rule, written again later (某公司AB42…，AB42将…)
    yield from _latin_repeats(text, institutions)
    # 9b''. a unit after its body whose name opens with a verb jieba tags so (某科协|创新|战略研究院)
    yield from _verb_named_units(text, tokens, institutions, news)
    # 9c. a fair's short name right after 本届, drawn from a full name in the passage
    yield from _event_short_names(text, cands, news["event_short_frame"])
    # 9e. a foreign government's ministry written after its country (某国工业和旅游部)
    yield from _foreign_ministries(text, lex, cands, news["foreign_ministry"])
    # 9d. a company officer's name after the company and its title (某某社长小池某某表示)
    yield from _officer_names(text, tokens, lex, institutions, news["officer_name_frame"])
    # 10. a meeting named by its organisation's officer: 世界经济论坛总裁/创始人
    officers = news["officer_tuple"]
    types = news["body_officer_types"]
    matches = list(news["officer_rx"].finditer(text))
    if not matches:
        return
    for cd in cands:
        if cd.type in types and text.startswith(officers, cd.end):
            if cd.label.endswith(news["meeting_tuple"]) and text.startswith(news["chair_tuple"], cd.end):
                continue  # 某某大会主席: the chair of a meeting, which stays an event
            yield Cand(cd.start, cd.end, "Institution", cd.label, "institution.officer_title", -1)
    # 荣耀首席执行官李健: an unknown name before an officer's title that a
    # person's name follows is the body
    surnames = lex.surnames
    for m in matches:
        i = tokens.end_at.get(m.start())
        j = tokens.start_at.get(m.end())
        if i is None or j is None or tokens[i][3] not in _NAME_TAGS or not 2 <= len(tokens[i][2]) <= 4:
            continue
        if tokens[j][3] in _NAME_TAGS and text[m.end()] in surnames and tokens[i][2] not in lex.terms \
                and (i == 0 or not WORDLIKE.match(tokens[i - 1][2]) or tokens[i - 1][3].startswith("lex:")):
            yield Cand(tokens[i][0], tokens[i][1], "Institution", tokens[i][2], "institution.before_officer", 1)
    # 东方|空间联合创始人某某表示: a name of two words opening a clause (the first a
    # place, direction or name word, the second a noun), the officer's title, a
    # person's name and a speech cue: the name is the body
    first_tags, last_tags = news["officer_body_first_tags"], news["officer_body_last_tags"]
    speech = c["person_speech_cues"]
    person_end = {cd.start: cd.end for cd in persons}
    for m in matches:
        i = tokens.end_at.get(m.start())
        e = person_end.get(m.end())
        k = tokens.start_at.get(e) if e is not None else None
        if i is None or i < 1 or k is None or tokens[k][2] not in speech:
            continue
        a, b = tokens[i - 1], tokens[i]
        if a[3] not in first_tags or b[3] not in last_tags or len(a[2]) != 2 or len(b[2]) != 2 \
                or (a[0] > 0 and text[a[0] - 1] not in _CLAUSE_OPEN) or a[2] + b[2] in lex.terms \
                or news["company_item_not"].search(b[2]):
            continue
        name = a[2] + b[2]
        yield Cand(a[0], b[1], "Institution", name, "institution.before_officer", 1)
        for occ in re.finditer(re.escape(name), text):  # (the same name elsewhere in the passage: 某某研制的…)
            if occ.start() != a[0] and occ.start() in tokens.start_at and occ.end() in tokens.end_at:
                yield Cand(occ.start(), occ.end(), "Institution", name, "institution.before_officer", 1)
    yield from _bodies_before_titles(text, tokens, lex, cands, news, matches, person_end)


_NOT_BODY_FIRST = frozenset("我该其本此这那各全每某")


def _bare_body_name(name: str, lex: Lexicon, news: dict) -> bool:
    """NAME, read off the characters before a title or a siting frame, may name a
    body: not pronoun-led (该, 其, 本 …), no function character, no lexicon term,
    nothing ``company_item_not`` finds (公司, 项目, 企业 …)."""
    return not (name[0] in _NOT_BODY_FIRST or any(ch in NOT_IN_NAME for ch in name) or name in lex.terms
                or news["company_item_not"].search(name))
_NOT_BODY_FIRST_TAGS = frozenset("tpcdrmqfu")  # (first letters: time words, prepositions, adverbs, pronouns …; not unk)


def _bodies_before_titles(text: str, tokens, lex: Lexicon, cands, news: dict, matches, person_end: dict) -> Iterable[Cand]:
    """某某知行创始人兼首席执行官某某表示: the 2-6 Chinese characters opening a
    clause right before an officer's title (or a chain of them joined by 、 and
    兼: ``officer_title_chain``) that a person's name follows are the body the
    person leads, whatever words jieba cuts them into; not a generic body
    (``company_item_not``: 公司, 集团 …), a pronoun-led one (该, 其, 本 …), a
    clause opened by a time word or an adverb, a lexicon term, or a name another
    type's candidate already covers."""
    chain = news["officer_title_chain"]
    others = None  # (the spans of the other types' names: read off the candidates when first asked)
    for m in matches:
        end = m.start()
        rest = chain.match(text, m.end())
        if person_end.get(rest.end() if rest else m.end()) is None:
            continue
        start = end
        while start > 0 and end - start < 6 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if end - start < 2 or (start > 0 and text[start - 1] not in _CLAUSE_OPEN):
            continue
        name = text[start:end]
        if name.endswith(news["officer_title_prefixes"]):
            continue  # 某某总裁兼|首席执行官, 联盟执行|秘书长: the title starts earlier
        i = tokens.start_at.get(start)
        if i is None or end not in tokens.end_at or (tokens[i][3] != "unk" and tokens[i][3][:1] in _NOT_BODY_FIRST_TAGS):
            continue
        if not _bare_body_name(name, lex, news):
            continue
        if others is None:
            others = [(cd.start, cd.end) for cd in cands if cd.type not in ("Institution", "Person", NOT_ENTITY)]
        if any(x < end and start < y for x, y in others):
            continue
        yield Cand(start, end, "Institution", name, "institution.body_before_title", 1)


_MINISTRY_NOT_CHARS = frozenset("的了是在为也要都就还将说对把被从向系等")


def _foreign_ministries(text: str, lex: Lexicon, cands, frame: re.Pattern) -> Iterable[Cand]:
    """某国工业和旅游部部长 / 日本经济产业省近日宣布…: a ministry (部; 省 after 日本)
    written right after a foreign country the lexicon knows (places.json
    chain_country, not 中国) is one Institution with the country (news.json
    foreign_ministry: a name of 2-6 characters, or two joined by 和/与/及, before
    the suffix, then a title, punctuation or a verb).  A name the lexicon knows
    (国防部) is still the foreign body when its country is written before it."""
    country = place_rules()["chain_country"]
    for cd in cands:
        if cd.type != "Region" or cd.rule != "lexicon" or not country.fullmatch(cd.label):
            continue
        m = frame.match(text, cd.end)
        if m is None or any(ch in _MINISTRY_NOT_CHARS for ch in m.group()):
            continue
        yield Cand(cd.start, m.end(), "Institution", text[cd.start : m.end()], "institution.foreign_ministry", 1)


_OFFICER_NAME_NOT_TAGS = frozenset("vpdcurmft")  # (first letters: verbs, prepositions, adverbs …; not unk)


def _officer_names(text: str, tokens, lex: Lexicon, institutions, frame: re.Pattern) -> Iterable[Cand]:
    """Rapidus社长某某某某表示 / 某汽车会长某某某某在仪式上表示: the 2-4 Chinese
    characters between a company officer's title written right after a known
    company and a speech cue or 在 (news.json officer_name_frame) are the
    officer's name, a Japanese one or a short transliteration jieba does not
    read as a name: whole jieba words, no lexicon term, no function word
    (INSTITUTIONS: the Institution candidates)."""
    surfaces = {text[cd.start : cd.end] for cd in institutions}
    if not surfaces:
        return
    # (the company named again: 某企业Xyz…。Xyz社长某某表示): a frame counts where
    # an occurrence of a company's surface ends, as re.finditer finds them
    ends: dict[str, set[int]] = {}

    def named_before(p: int) -> bool:
        for surface in surfaces:
            if not text.endswith(surface, 0, p):
                continue
            if not any(surface[:k] == surface[-k:] for k in range(1, len(surface))):
                return True  # (its occurrences cannot overlap: finditer finds each)
            at = ends.get(surface)
            if at is None:  # (overlapping ones, finditer skips: its own count)
                at = ends[surface] = {m.end() for m in re.finditer(re.escape(surface), text)}
            if p in at:
                return True
        return False

    for m in frame.finditer(text):
        if not named_before(m.start()):
            continue
        a, b = m.span("name")
        name = text[a:b]
        i, j = tokens.start_at.get(a), tokens.end_at.get(b)
        if i is None or j is None or name in lex.terms or any(ch in NOT_IN_NAME for ch in name):
            continue
        if any(tokens[k][3] != "unk" and tokens[k][3][:1] in _OFFICER_NAME_NOT_TAGS for k in range(i, j + 1)):
            continue
        yield Cand(a, b, "Person", name, "person.officer_name", 1)


_ITEM_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]")
_ITEM_JOINERS = ("和", "与", "及")
_SPELLED_TAGS = frozenset(("d", "a", "v"))  # tags jieba gives the single characters of a word it does not know
_LIST_OPEN_TAGS = frozenset(("v", "p", "c", "d"))


def _company_list_names(text: str, tokens, lex: Lexicon, cands, news: dict) -> Iterable[Cand]:
    """A list closed by 等 + a company class (A、B和C等企业/车企/供应商), or by a
    joint venture's verb (``company_list_joint``: A、B和C将合资建设…), whose items
    include a known company: its other items are companies too (比亚迪、某某等车企),
    each a whole run of jieba words that is no lexicon term and no other name, holds
    no generic organisation word (``company_item_not``: 各类中小企业, 其他厂商) and no
    word of ``company_item_not_tags`` (pronouns, numerals, adverbs …); a known
    company + a unit word (某某电气医疗) is one company, and it makes the list
    a company list as a known company does.  An item framed by 、 on the left
    and 等 or 、 on the right may hold the words jieba gives a name it cuts
    wrongly (``company_framed_item_tags``: 极|电光|能, 中|科海|钠).  A list
    whose tail names the company class itself (``company_list_class_tail``:
    等整车企业, 等车企) needs no known item when every item holds a word of
    ``company_list_name_tags`` (a name, an abbreviation, a word jieba does not
    know)."""
    joint = news["company_list_joint"]
    if "等" not in text and not joint.search(text):
        return
    tail, generic, bad_tags = news["company_list_tail"], news["company_item_not"], news["company_item_not_tags"]
    framed_tags, class_tail = frozenset(news["company_framed_item_tags"]), news["company_list_class_tail"]
    name_tags = frozenset(news["company_list_name_tags"])
    insts = {}
    others = []
    for cd in cands:
        if cd.type == "Institution":
            if cd.end - cd.start > insts.get(cd.end, (0, 0))[1] - insts.get(cd.end, (0, 0))[0]:
                insts[cd.end] = (cd.start, cd.end)
        elif cd.type != NOT_ENTITY:
            others.append((cd.start, cd.end))
    known = set(insts.values())
    if not known and not class_tail.search(text):
        return
    known_starts = {k[0] for k in known}
    ends = [m for m in tail.finditer(text)] if "等" in text else []
    # (A、B和C将合资建设…: a list of partners in a joint venture names companies too)
    ends += [m for m in finder(joint)(text) if m.start() > 0 and text[m.start() - 1] not in "，,。；：、"]
    for m in ends:
        items = _list_items(text, tokens, m.start(), insts)
        if len(items) < 2:
            continue
        # a known company, or one + a unit word (某某光电), makes it a company list;
        # so does a tail naming the company class, each item then holding a name word
        by_name = not any(it in known or it[0] in known_starts for it in items)
        if by_name and not class_tail.match(text, m.start()):
            continue
        new = []
        for a, b in items:
            if (a, b) in known:
                continue
            name = text[a:b]
            last = tokens.end_at.get(b)
            if last is None and text.startswith("等", b):
                last = tokens.end_at.get(b + 1)  # 某汽|等 glued by jieba: the item ends before 等
            if not 2 <= len(name) <= 8 or name in lex.terms or any(ch in NOT_IN_NAME for ch in name) \
                    or a not in tokens.start_at or last is None or generic.search(name):
                break
            words = range(tokens.start_at.get(a), last + 1)
            # a name jieba does not know, cut into single characters (极|氪), has no word tags
            spelled = len(words) > 1 and all(tokens[j][1] - tokens[j][0] == 1 for j in words)
            # a brand that is also a verb (某驰), one word between two separators of the list
            verb_brand = len(words) == 1 and tokens[words[0]][3] == "v" and text[a - 1 : a] == "、"
            # an item between 、 and 等/、: a name jieba cut into words of other classes (极|电光|能)
            framed = text[a - 1 : a] == "、" and text[b : b + 1] in ("等", "、") and len(words) > 1
            if any(tokens[j][3] in bad_tags and not ((spelled or verb_brand) and tokens[j][3] in _SPELLED_TAGS)
                   and not (framed and tokens[j][3] in framed_tags) for j in words):
                break
            if by_name and not any(tokens[j][3] in name_tags for j in words):
                break
            inside = [o for o in others if o[0] < b and a < o[1]]
            if inside and not any(k[0] == a for k in known):
                break  # an item holding another name (a sector, a place) is no company
            new.append((a, b))
        else:
            for a, b in new:
                yield Cand(a, b, "Institution", text[a:b], "institution.company_list", 1)


def _list_items(text: str, tokens, end: int, insts: dict) -> list[tuple[int, int]]:
    """The items of the list ending at END (where 等 stands), right to left:
    segments joined by 、, the last pair possibly by 和/与/及; the first item a
    known company or the words after a verb, preposition or clause edge."""
    items: list[tuple[int, int]] = []
    while True:
        start = end
        while start > 0 and _ITEM_CHARS.match(text[start - 1]):
            start -= 1
        if start == end:
            return []
        if not items:  # the last segment may be a pair: 比亚迪和某某
            k = tokens.start_at.get(start)
            while k is not None and k < len(tokens) and tokens[k][1] <= end:
                t = tokens[k]
                if t[2] in _ITEM_JOINERS and t[0] > start and t[1] < end:
                    items.append((t[1], end))
                    end = t[0]
                    break
                k += 1
        if start > 0 and text[start - 1] == "、":
            items.append((start, end))
            end = start - 1
            continue
        # the first item: a known company ending here, or the words after a verb/clause edge
        if end in insts and insts[end][0] >= start:
            items.append(insts[end])
            return items[::-1]
        k = tokens.end_at.get(end)
        first = end
        while k is not None and k >= 0 and tokens[k][0] >= start and tokens[k][3] not in _LIST_OPEN_TAGS:
            first = tokens[k][0]
            k -= 1
        if first == end:
            return []
        items.append((first, end))
        return items[::-1]


def _company_products(text: str, lex: Lexicon, institutions, rx: re.Pattern) -> Iterable[Cand]:
    """某公司的Xyz / 某公司的Xyz模型: a Latin-letter name (rx group ``name``) right
    after a known company and 的 is the company's product, a Technology; not a
    name the lexicon types otherwise (INSTITUTIONS: the Institution candidates)."""
    if "的" not in text:
        return
    company_ends = {cd.end for cd in institutions}
    for m in rx.finditer(text):
        a, b = m.span("name")
        if m.start() in company_ends and lex.terms.get(text[a:b], ("Technology",))[0] == "Technology":
            yield Cand(a, b, "Technology", text[a:b], "technology.company_product", 1)


def _brand_units(text: str, tokens, lex: Lexicon, institutions, next_rx: re.Pattern,
                 unit_words: frozenset = frozenset(), after_tags: frozenset = frozenset()) -> Iterable[Cand]:
    """A company's short name in the lexicon (two or three characters) and a
    two-character word jieba does not know written right after it, then what
    ``next_rx`` matches (的, 、, 等 …), is one company: the group's unit named
    after it (某鹏|汇天的飞行汽车 -> 某鹏汇天).  So is the short name + one of
    ``unit_words`` (a business a group names a unit after: 物流, 汽车, 医疗)
    when the word ends the noun phrase: a word of ``after_tags`` (a verb, a
    preposition, a particle …), punctuation or the end follows (某东|物流|在…;
    某为|汽车|业务 is the business, no company)."""
    for cd in institutions:
        if cd.rule != "lexicon" or not 2 <= cd.end - cd.start <= 3:
            continue
        k = tokens.start_at.get(cd.start)
        if k is None or k + 1 >= len(tokens):
            continue
        a, b = tokens[k], tokens[k + 1]
        if a[3] == "lex:Institution" and a[1] == cd.end and a[1] == b[0] and b[2] in unit_words:
            c = tokens[k + 2] if k + 2 < len(tokens) else None
            if c is None or c[0] != b[1] or c[3] in after_tags or not WORDLIKE.match(c[2]):
                name = a[2] + b[2]
                if name not in lex.terms:
                    yield Cand(a[0], b[1], "Institution", name, "institution.brand_unit", 1)
                continue
        if a[3] != "lex:Institution" or a[1] != cd.end or b[3] != "unk" or len(b[2]) != 2:
            continue
        if a[1] != b[0] or not CJK_NAME.match(b[2]) or not next_rx.match(text, b[1]):
            continue
        name = a[2] + b[2]
        if name not in lex.terms:
            yield Cand(a[0], b[1], "Institution", name, "institution.brand_unit", 1)


def _subsidiaries(text: str, tokens, lex: Lexicon, cands, institutions, news: dict) -> Iterable[Cand]:
    """某集团旗下(的)某某科技: the name right after a known Institution and
    ``subsidiary_cue`` is a company (an owned unit), when it is 2-8 characters
    of whole jieba words up to a particle, a preposition, a verb or
    punctuation, no lexicon term and no other name, and either holds a word of
    ``maker_name_tags`` (a name jieba does not know) or ends with one of
    ``subsidiary_heads`` (科技, 公司 …); 某集团旗下的品牌 names none
    (INSTITUTIONS: the Institution candidates among CANDS)."""
    cue = news["subsidiary_cue"]
    ends = {cd.end for cd in institutions}
    taken = None  # (the spans of all names: read off the candidates for a text the cue is written in only)
    name_tags, heads = news["maker_name_tags"], tuple(news["subsidiary_heads"])
    for m in cue.finditer(text):
        if taken is None:
            taken = [(cd.start, cd.end) for cd in cands if cd.type != NOT_ENTITY]
        if m.start() not in ends:
            continue
        k = tokens.start_at.get(m.end())
        if k is None:
            continue
        a, b, named = m.end(), m.end(), False
        while k < len(tokens) and tokens[k][0] == b and CJK_NAME.match(tokens[k][2]) \
                and tokens[k][3] not in _NOT_NAME_TAGS and tokens[k][1] - a <= 8:
            named = named or tokens[k][3] in name_tags
            b = tokens[k][1]
            k += 1
        name = text[a:b]
        if not 2 <= len(name) <= 8 or name in lex.terms or not (named or name.endswith(heads)):
            continue
        if any(x < b and a < y for x, y in taken) or (k < len(tokens) and tokens[k][0] == b and tokens[k][3] == "lex:Institution"):
            continue
        yield Cand(a, b, "Institution", name, "institution.subsidiary", 1)


def _company_pairs(text: str, lex: Lexicon, cands, news: dict, translit: frozenset) -> tuple[list[Cand], list[Cand]]:
    """甲与乙集团: a name read off a company head (rule ``head.*``) that holds one of
    ``company_pair_joiners`` right after a known company (a lexicon Institution or
    another rule's) names two companies: the known one and the rest, when the rest
    is a company form (``company_form``: 2-10 characters + 集团, 公司 …) and no
    lexicon term.  某国ABC公司: such a name opening with a lexicon country
    (places.json ``chain_country``: not 中国) whose rest is a company form named
    in Latin letters or transliteration characters is the country and the
    company (annotation.md keeps a place before a named organisation apart: 美国
    特斯拉公司).  Returns the joined names and the companies split off."""
    joiners = news["company_pair_joiners"]
    form = news["company_form"]
    country = place_rules()["chain_country"]
    joined, pairs = [], []
    bodies = [cd for cd in cands if cd.type == "Institution"]  # (one scan of the candidates for both below)
    heads = [cd for cd in bodies if cd.rule.startswith("head.")]
    if not heads:
        return joined, pairs
    known = {(cd.start, cd.end) for cd in bodies if not cd.rule.startswith("head.")}
    places = {cd.start: cd.end for cd in cands if cd.type == "Region" and cd.rule == "lexicon"
              and country.fullmatch(cd.label)}
    for cd in heads:
        p = places.get(cd.start)
        if p is not None and p < cd.end - 2:
            rest = text[p : cd.end]
            m = form.fullmatch(rest)
            if m is not None and rest not in lex.terms and m.group("name") not in lex.terms \
                    and (_LATIN_NAME.fullmatch(m.group("name")) or translit.issuperset(m.group("name"))):
                joined.append(cd)
                pairs.append(Cand(p, cd.end, "Institution", rest, "institution.country_split", 2))
                continue
        for p in range(cd.start + 2, cd.end - 3):
            if text[p] not in joiners or (cd.start, p) not in known:
                continue
            rest = text[p + 1 : cd.end]
            m = form.fullmatch(rest)
            if m is None or rest in lex.terms or m.group("name") in lex.terms:
                continue
            joined.append(cd)
            pairs.append(Cand(p + 1, cd.end, "Institution", rest, "institution.pair_split", 2))
            break
    return joined, pairs


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&\-]{0,15}")
_COMPANY_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
_GLUED_BEFORE_COMPANY = frozenset("与和由据向对被于为给把从在及")


def _company_name_forms(name: str, lex: Lexicon, trade: tuple[str, ...]) -> list[str]:
    """The names a registered company goes by (浙江某某科技 of 浙江某某科技有限公司):
    the name in its company form, that name without the place it opens with (a
    lexicon Region: 某某科技), and that without the trade word it ends with
    (``company_trade_words``: 某某) — news writes the short forms (某某董事长,
    某某相关负责人) after the full name."""
    forms = [name]
    for k in (4, 3, 2):
        if len(name) - k >= 2 and lex.terms.get(name[:k], ("",))[0] == "Region":
            name = name[k:]
            forms.append(name)
            break
    for word in trade:
        if name.endswith(word) and len(name) - len(word) >= 2:
            forms.append(name[: -len(word)])
            break
    return forms


def _company_short_names(text: str, tokens, lex: Lexicon, cands, news: dict) -> Iterable[Cand]:
    """某某集团 … 某某宣布: a company named in its company form (``company_form``:
    a name + 集团, 公司 …) is named by the name alone later in the text (某某旗下,
    为某某代工): each later occurrence that starts a jieba word and ends one (or
    ends inside a word of at most two more characters that starts with it:
    某某|同时 glued), outside other names, that ``company_short_not_before`` does
    not follow (the company form itself, or a character that makes a longer
    word), is the company too.  The name must be 2 characters at least and no
    lexicon term of another type (中国 in 中国公司)."""
    form = news["company_form"]
    stop = news["company_short_not_before"]
    trade = news["company_trade_tuple"]
    other_types = None  # (the surfaces of the other types' names: read off the candidates when first asked)
    shorts = {}
    for cd in cands:
        if cd.type != "Institution":
            continue
        m = form.fullmatch(text, cd.start, cd.end)
        if m is None:
            continue
        for k, name in enumerate(_company_name_forms(m.group("name"), lex, trade)):
            if len(name) < 2 or lex.terms.get(name, ("Institution",))[0] != "Institution" or not _COMPANY_NAME.fullmatch(name):
                continue
            if k and len(name) >= 3 and other_types is None:
                other_types = {text[cd.start : cd.end] for cd in cands if cd.type not in ("Institution", NOT_ENTITY)}
            if k and (len(name) < 3 or name in other_types):
                continue  # 某市|公交集团: a cut form of 2 characters, or one the text names as a sector, is no company's name
            shorts.setdefault(name, cd.start)
    if not shorts:
        return
    spans = [(cd.start, cd.end) for cd in cands if cd.type != NOT_ENTITY]
    for name, first in shorts.items():
        p = text.find(name, first + len(name))
        while p >= 0:
            a, b = p, p + len(name)
            p = text.find(name, p + 1)
            if a > 0 and text[a - 1] == "·":
                continue
            if a not in tokens.start_at:
                k = _token_at(tokens, a)  # 用于|斯某…: a preposition jieba glued to the name
                if tokens[k][0] != a - 1 or text[a - 1] not in _GLUED_BEFORE_COMPANY:
                    continue
            if b not in tokens.end_at:
                k = _token_at(tokens, b - 1)
                if tokens[k][0] != a or tokens[k][1] - b > 2:
                    continue
            if stop.match(text, b) or any(x < b and a < y for x, y in spans):
                continue
            yield Cand(a, b, "Institution", name, "institution.short_name", 1)


def _sited_bodies(text: str, tokens, lex: Lexicon, cands, news: dict) -> Iterable[Cand]:
    """某某在某地建设的电站…, 某某位于某地的智慧工厂…: the 2-6 characters opening a
    clause before 在/于/位于 + a place the passage names as a Region + a verb of
    building or a plant (``sited_frame``, group ``name``) are the body that
    builds or owns it: whole jieba words, no lexicon term, no function
    character, none ``company_item_not`` finds (项目, 企业 …), not a pronoun."""
    regions = covered = None
    for m in finder(news["sited_frame"])(text):  # (tried only at a clause's start)
        if regions is None:  # (read off the candidates only for a text the frame matches)
            regions = {cd.start for cd in cands if cd.type == "Region"}
            covered = [(cd.start, cd.end) for cd in cands if cd.type not in ("Person", NOT_ENTITY)]
        a, b = m.span("name")
        name = m.group("name")
        if m.start("place") not in regions or a not in tokens.start_at or b not in tokens.end_at:
            continue
        if not _bare_body_name(name, lex, news) or any(x < b and a < y and not (a <= x and y <= b and y - x < b - a)
                                                        for x, y in covered):
            continue  # (a term inside the name, 某某|汽车, is the brand's word; one covering it or crossing its edge is another name)
        yield Cand(a, b, "Institution", name, "institution.sited_body", 1)


def _latin_bodies(text: str, lex: Lexicon, cands, frame: re.Pattern) -> Iterable[Cand]:
    """研究机构Xyz / 咨询公司Abc: a Latin-letter name (group ``name`` of
    ``latin_body_frame``) right after the class of body it is, an Institution,
    unless the lexicon types it otherwise or another name covers it."""
    for m in frame.finditer(text):
        a, b = m.span("name")
        if lex.terms.get(text[a:b], ("Institution",))[0] != "Institution":
            continue
        if any(cd.start < b and a < cd.end and cd.type not in ("Institution", NOT_ENTITY) for cd in cands):
            continue
        yield Cand(a, b, "Institution", text[a:b], "institution.latin_after_class", 1)


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&\-]*(?: [A-Za-z0-9&\-]+){0,2}")
_LATIN_REPEAT_RULES = frozenset(("institution.latin_after_class", "institution.latin_officer"))


def _latin_repeats(text: str, institutions) -> Iterable[Cand]:
    """A company a rule read from its Latin name (人工智能公司AB42, Xyz创始人) is the
    same company where the name is written again in the passage (AB42将…,
    加入AB42董事会): one Institution at every occurrence not inside a longer
    Latin word."""
    names = {}
    for cd in institutions:
        if cd.rule in _LATIN_REPEAT_RULES and _LATIN_NAME.fullmatch(text[cd.start : cd.end]):
            names.setdefault(text[cd.start : cd.end], set()).add(cd.start)
    for name, starts in names.items():
        for m in re.finditer(re.escape(name), text):
            a, b = m.span()
            if a in starts or (a > 0 and text[a - 1].isascii() and text[a - 1].isalnum()) \
                    or (b < len(text) and text[b].isascii() and text[b].isalnum()):
                continue
            yield Cand(a, b, "Institution", name, "institution.latin_repeat", 1)


def _verb_named_units(text: str, tokens, institutions, news: dict) -> Iterable[Cand]:
    """某科协创新战略研究院, 某总局认证认可技术研究中心: the units the sub_unit join
    leaves out because their first word is a verb (a clause: 某局建设…中心) are
    one Institution with the body before them when that verb is one names
    are made of (``unit_name_verbs``: 创新, 认证, 促进 …) and the unit
    (``unit_after_body``, matched right where a known Institution ends)
    starts and ends on word edges and holds no function character.  So is a
    unit whose name pairs two nouns with 与 right before its head
    (``unit_paired_words``: 某某知识与创新中心), its first word no verb, since
    the join reads 与 as a clause's."""
    rx, verbs, paired = news["unit_after_body"], frozenset(news["unit_name_verbs"]), news["unit_paired_words"]
    seen = set()
    for cd in institutions:
        if cd.end in seen or ".sub_unit." in cd.rule:
            continue
        m = rx.match(text, cd.end)
        if m is None:
            continue
        seen.add(cd.end)
        k = tokens.start_at.get(cd.end)
        if k is None or m.end() not in tokens.end_at:
            continue
        unit = m.group()
        p = paired.search(unit)
        if p is not None and not tokens[k][3].startswith("v"):
            unit = unit[: p.start()] + unit[p.end() :]  # the pairing 与 is the name's own
        elif tokens[k][2] not in verbs:
            continue
        if any(ch in NOT_IN_NAME for ch in unit):
            continue
        yield Cand(cd.start, m.end(), "Institution", text[cd.start : m.end()], "institution.verb_named_unit", 1)


def _event_short_names(text: str, cands, frame: re.Pattern) -> Iterable[Cand]:
    """本届某博会: the short name (group ``name`` of ``event_short_frame``) of a
    fair the passage names in full is that Event, when its characters appear
    in the full name in order (某某海洋经济博览会 -> 海博会)."""
    events = None  # (read off the candidates for a text the frame matches only)
    for m in frame.finditer(text):
        if events is None:
            events = {cd.label for cd in cands if cd.type == "Event"}
        if not events:
            return
        a, b = m.span("name")
        short = text[a:b]
        if full_name_of(short, events) is not None:
            yield Cand(a, b, "Event", short, "event.short_name", 1)


_MAKER_OPEN = frozenset("，,。；;：:、（(“\"")
_MAKER_OPEN_WORDS = frozenset(("和", "与", "及", "以及"))


def _product_makers(text: str, tokens, lex: Lexicon, cands, news: dict) -> Iterable[Cand]:
    """某箭航天的某雀三号, 某航智能的AB216-S: two or three words right before 的,
    one of them a name jieba does not know (``maker_name_tags``), no lexicon term
    as a whole, opening a clause or a list item, with a named product after 的 (a
    Technology of one of ``maker_product_rules``, or a Latin model name with a digit,
    ``maker_latin_model``, which is then the product too): the product's maker,
    an Institution."""
    if "的" not in text:
        return
    rules_ok = news["maker_product_rules"]
    products = {cd.start for cd in cands if cd.type == "Technology" and cd.rule in rules_ok}
    name_tags = news["maker_name_tags"]
    for k in _tokens_of(text, tokens, ("的",)):
        t = tokens[k]
        if k < 2:
            continue
        latin = None if t[1] in products else news["maker_latin_model"].match(text, t[1])
        if t[1] not in products and latin is None:
            continue
        for n in (2, 3):
            first = k - n
            if first < 0:
                break
            words = tokens[first:k]
            name = text[words[0][0] : t[0]]
            if not CJK_NAME.match(name) or len(name) < 3 or name in lex.terms:
                continue
            if not any(w[3] in name_tags for w in words):
                continue
            if words[-1][3] == "v":
                # 两人|开发|的: a relative clause says who made it, no maker's name; the model stays a product
                if latin is not None:
                    yield Cand(latin.start(), latin.end(), "Technology", latin.group(), "technology.maker_product", 1)
                break
            before = text[words[0][0] - 1] if words[0][0] > 0 else "，"
            prev = tokens[first - 1] if first > 0 else None
            if before in _MAKER_OPEN or (prev and (prev[2] in _MAKER_OPEN_WORDS or prev[3] == "v")):
                yield Cand(words[0][0], t[0], "Institution", name, "institution.product_maker", 1)
                if latin is not None:
                    yield Cand(latin.start(), latin.end(), "Technology", latin.group(), "technology.maker_product", 1)
                break


def _publishers(text: str, tokens, lex: Lexicon, cands, frame: re.Pattern, name_tags) -> Iterable[Cand]:
    """某某顾问发布报告称…, 某研究院与某某联合发布报告: a name opening a clause, or
    joined by 与/和 to a publisher, and publishing a report, white paper or ranking
    (``publisher_frame``, group ``name``) is an organisation when
    it is whole jieba words, one of them a name jieba does not know (``name_tags``),
    no lexicon term, and no other name lies inside it."""
    if "发" not in text:
        return
    for m in finder(frame)(text):  # (frame.finditer(text), tried only where a match can start)
        a, b = m.span("name")
        name = text[a:b]
        if name in lex.terms or a not in tokens.start_at or b not in tokens.end_at or any(ch in NOT_IN_NAME for ch in name):
            continue
        if any(cd.start < b and a < cd.end for cd in cands):
            continue  # another name, or a word kept generic (高校, 企业), inside
        if any(tokens[j][3] in name_tags for j in range(tokens.start_at.get(a), tokens.end_at.get(b) + 1)):
            yield Cand(a, b, "Institution", name, "institution.publisher", 1)
