"""``kg_extend``: the span filler's extensions, a spaCy component that runs right
before ``kg_spanfill`` (kg/extract/spanfill.py) whenever the span filler is on:
a second regression of the span filler's model file (its ``extend``; keys
MODEL_KEYS, checked here when the component loads it) lengthens the rules'
Technology / Industry mentions that left a class-forming modifier or head out
(晶硅 of 晶硅光伏, 整机 of 计算机整机), before the span filler fills the gaps.  The feature helpers, the scoring and
the model file are the span filler's (kg.extract.spanfill).

Candidates (``candidates``): a rule Technology or Industry mention with one or
two adjacent jieba words added on its left or on its right (not both), words
that touch no rule entity, hold no stop character and are no function word
or counting word (两大; ``_CLEAN``, ``_TAG_FACTS``), the outer one of a modifier's tag on the left
(no verb, numeral or measure word) and of a head's on the right
(``_LEFT_TAGS``, ``_RIGHT_TAGS``), MAX_CHARS characters in all.  Features, in
groups: the mention's type, rule, rule family, length and class head
(``mention_pairs``); the candidate's edge characters, the characters and tags
around it (``start_pairs``, ``end_pairs``); the side added, how many words,
its length and theirs, its class head (``size_pairs``); each added word, its
tag, whether it is a lexicon term and, ending the candidate on the right, the
class head it is (``word_pairs``).  The most probable candidate of a mention
replaces it (rule RULE), with the type the model gives, when its probability
reaches the model's threshold; of overlapping extensions the most probable is
kept.  A text's candidates are made and scored all at once in numpy, without
feature strings (``candidates``, ``ExtensionScores``: the same sums as the
strings'); ``extension_spans`` gives them one at a time with their feature
strings (the trainer's rows).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import load_entity_patterns, load_lexicon
from kg.extract.rules import as_tokens, new_cand
from kg.extract.spanfill import (END, START, STOP, TYPE_OF, TYPES, CharTable, HeadIndex, Rows, Table, chars_key,
                                 check_keys, check_threshold, check_weights, class_heads, code_points, feature_word,
                                 head_of, load_model, per_weights, score_floor, token_offsets)

RULE = "spanfill.extend"  # (a rule mention the span filler extended)
MENTION = itemgetter(0, 1, 2, 4)  # (a rule candidate's start, end, type and rule)
_TYPE_RULE = itemgetter(2, 3)  # (a mention's type and rule)
_TYPES = frozenset(TYPES)

MAX_WORDS = 2  # (words added on either side)
MAX_CHARS = 14  # (characters in all)
THRESHOLD = 0.6  # (the shipped model's extend.threshold if missing; chosen like spanfill.THRESHOLD)


# (jieba tags of the words never added: prepositions, conjunctions, particles, pronouns, adverbs,
# localisers, interjections, punctuation)
_NEVER_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "rr", "rz", "d", "f", "y", "e",
                         "o", "x", "w"})


# the jieba tags of the outer word added: on the left a modifier (a noun, a name, an adjective or
# distinguishing word, a time word, a prefix, an unknown word, a lexicon term; no verb: it governs the term,
# no numeral or measure word: they count it), on the right a head (a noun, a verb or verbal noun, an
# unknown word, a distinguishing word, an abbreviation)
_LEFT_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "ng", "j", "a", "b", "t", "h", "unk", "eng"})
_RIGHT_TAGS = frozenset({"n", "ng", "nr", "nrt", "nz", "v", "vn", "unk", "b", "j", "zg", "eng"})


class _Memo(dict):
    """key -> MAKE(key), made on first sight (a dict's own lookup after: read in C by ``map``), at most
    SIZE keys (then started afresh: a long-running process)."""

    def __init__(self, make, size: int = 1 << 20):
        super().__init__()
        self.make, self.size = make, size

    def __missing__(self, key):
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.make(key)
        return value


_NEVER_TAG, _LEFT_OUTER, _RIGHT_OUTER = 1, 2, 4  # (a tag's facts: of _NEVER_TAGS, of the outer word added on the
# left (_LEFT_TAGS or a lexicon term), on the right (_RIGHT_TAGS))
_TAG_FACTS = _Memo(lambda tag: (_NEVER_TAG if tag in _NEVER_TAGS else 0) | (
    _LEFT_OUTER if tag in _LEFT_TAGS or tag.startswith("lex:") else 0) | (_RIGHT_OUTER if tag in _RIGHT_TAGS else 0))


@lru_cache(maxsize=1)
def _not_word() -> re.Pattern | None:
    """A word an extension never adds whole (entities.json span_filler.extension_not_word_regex: a counting
    word, 两大, counts the class noun after it: 家具|两大|产业 is no name), or None."""
    rx = load_entity_patterns().get("span_filler", {}).get("extension_not_word_regex")
    return re.compile(rx) if rx else None


def _clean(word: str) -> bool:
    """Whether WORD holds no stop character and is no word _not_word names (an unknown word may be added: a
    modifier the dictionary lacks)."""
    not_word = _not_word()
    return STOP.isdisjoint(word) and not (not_word is not None and not_word.fullmatch(word))


_CLEAN = _Memo(_clean)


class Candidates(NamedTuple):
    """The extension candidates of a text, one numpy array per field (``candidates``)."""
    mention: np.ndarray  # (the index of the rule mention extended)
    start: np.ndarray
    end: np.ndarray
    first: np.ndarray  # (the first and last token)
    last: np.ndarray
    left: np.ndarray  # (the words added on the left, on the right)
    right: np.ndarray


def _column(values: list, at: np.ndarray) -> list:
    """VALUES (a token column) at the token indexes AT (read in C)."""
    return list(map(values.__getitem__, at.tolist()))


def candidates(text: str, tokens, chosen: list[tuple[int, int, str, str]]) -> Candidates:
    """The extension candidates of TEXT, by mention (in the order of CHOSEN), the left side first and
    fewer words first: a rule Technology or Industry mention of CHOSEN ((start, end, type, rule)) with
    one to MAX_WORDS adjacent jieba words added on its left or on its right, words that touch no rule
    entity and may be added (no stop character, no counting word, no tag of _NEVER_TAGS: ``_CLEAN``, ``_TAG_FACTS``),
    the outer one of a tag of _LEFT_TAGS (or a lexicon term) on the left, of _RIGHT_TAGS on the right;
    MAX_CHARS characters in all.  In numpy over the mentions, the words and tags read at the tokens
    next to them only."""
    tokens = as_tokens(tokens)
    n = len(tokens)
    empty = np.zeros(0, dtype=np.int64)
    if not n or not chosen:
        return Candidates(*[empty] * 7)
    starts, ends = token_offsets(tokens)
    words, tags = tokens.words, tokens.tags
    # (whether a token touches a rule entity: the rule entities' ends' running maximum by their starts, read at
    # the last one starting before the token's end)
    entity_starts = np.fromiter(map(START, chosen), np.int64, len(chosen))
    entity_ends = np.fromiter(map(END, chosen), np.int64, len(chosen))
    order = np.argsort(entity_starts, kind="stable")
    by_start, reach = entity_starts[order], np.maximum.accumulate(entity_ends[order])
    mention = np.flatnonzero(np.fromiter(map(_TYPES.__contains__, map(TYPE_OF, chosen)), bool, len(chosen)))
    ms, me = entity_starts[mention], entity_ends[mention]
    first_in, last_in = np.searchsorted(starts, ms, "right") - 1, np.searchsorted(starts, me) - 1  # (holding its ends)
    # the token next to each mention on each side (the left ones first: the first token ending where it starts,
    # the first starting where it ends), then the one next to that, while each may be added: k, the mention's
    # index in MENTION; at, the token; right, the side
    at = np.concatenate([np.searchsorted(ends, ms), np.searchsorted(starts, me)])
    k = np.flatnonzero(np.concatenate([ends, starts])[np.minimum(at, n - 1) + np.repeat([0, n], len(mention))]
                       == np.concatenate([ms, me]))
    at, right, k = at[k], k >= len(mention), k % len(mention) if len(mention) else k
    found = []  # (the words added, k, at, right) of the candidates found
    for added in range(1, MAX_WORDS + 1):
        # the words added on the side so far: MAX_CHARS characters at most, touching no rule entity, addable
        free = np.where(right, ends[at] - me[k], ms[k] - starts[at]) <= MAX_CHARS
        before = np.searchsorted(by_start, ends[at]) - 1
        free &= (before < 0) | (reach[np.maximum(before, 0)] <= starts[at])
        facts = np.fromiter(map(_TAG_FACTS.__getitem__, _column(tags, at[free])), np.int64, int(free.sum()))
        addable = (np.fromiter(map(_CLEAN.__getitem__, _column(words, at[free])), bool, len(facts))
                   & (facts & _NEVER_TAG == 0))
        outer = (facts & np.where(right[free], _RIGHT_OUTER, _LEFT_OUTER) != 0)[addable]
        free[free] = addable
        at, right, k = at[free], right[free], k[free]
        if not len(at):
            break
        keep = outer & (np.where(right, ends[at] - ms[k], me[k] - starts[at]) <= MAX_CHARS)
        found.append((added, k[keep], at[keep], right[keep]))
        # (on to the next word: one glued to this one, within the text)
        step = np.where(right, 1, -1)
        glued = (at + step >= 0) & (at + step < n)
        nxt = np.where(glued, at + step, at)
        glued &= np.where(right, starts[nxt] == ends[at], ends[nxt] == starts[at])
        at, right, k = nxt[glued], right[glued], k[glued]
    if not found:
        return Candidates(*[empty] * 7)
    added = np.concatenate([np.full(len(ks), a) for a, ks, _, _ in found])
    k, outer, right = (np.concatenate([x[f] for x in found]) for f in (1, 2, 3))
    order = np.lexsort((added, right, k))  # (by mention, the left side first, fewer words first)
    added, k, outer, right = added[order], k[order], outer[order], right[order]
    return Candidates(mention[k], np.where(right, ms[k], starts[outer]), np.where(right, ends[outer], me[k]),
                      np.where(right, first_in[k], outer), np.where(right, outer, last_in[k]),
                      np.where(right, 0, added), np.where(right, added, 0))


def extensions(text: str, tokens, chosen: list[tuple[int, int, str, str]]):
    """(mention index, start, end, first token, last token, words added on the left, on the right) of
    each extension candidate of TEXT (``candidates``)."""
    return zip(*(field.tolist() for field in candidates(text, tokens, chosen)))


def mention_key(text: str, mention: tuple[int, int, str, str]) -> tuple[str, str, int, str]:
    """What the features an extension candidate takes from the rule mention MENTION ((start, end, type,
    rule)) it extends read: its type, rule, length, last five characters (its class head's)."""
    ms, me, ty, rule = mention
    return ty, rule, min(me - ms, 8), text[max(ms, me - 5):me]


def mention_pairs(ty: str, rule: str, length: int, tail: str, heads: dict) -> list[tuple[str, str]]:
    """The (slot, value) features of an extension candidate's mention (``mention_key``): its type, rule
    and rule family, length and class head."""
    f = [("ity", ty), ("fam", rule.partition(".")[0]), ("rule", rule), ("ilen", str(length))]
    hd = head_of(tail, heads)
    if hd:
        f.append(("ihead", hd[1]))
    return f


def start_key(text: str, tokens, s: int, i: int) -> tuple[str, str, str]:
    """What an extension candidate's start S (token I) features read: the character before it, its first
    two characters, the tag before it."""
    return text[s - 1] if s > 0 else "^", text[s:s + 2], tokens[i - 1][3] if i > 0 else "^"


def start_pairs(before: str, first: str, tag: str) -> list[tuple[str, str]]:
    """The (slot, value) features of an extension candidate's start (``start_key``): its first characters,
    the character and tag before it."""
    return [("f1", first[0]), ("f2", first), ("pc", before), ("pt", tag)]


def end_key(text: str, tokens, e: int, j: int) -> tuple[str, str, str]:
    """What an extension candidate's end E (token J) features read: its last two characters, the
    character and tag after it."""
    return text[e - 2:e], text[e] if e < len(text) else "$", tokens[j + 1][3] if j + 1 < len(tokens) else "$"


def end_pairs(last: str, after: str, tag: str) -> list[tuple[str, str]]:
    """The (slot, value) features of an extension candidate's end (``end_key``): its last characters, the
    character and tag after it."""
    return [("l1", last[-1]), ("l2", last), ("nc", after), ("nt", tag)]


def size_key(text: str, tokens, s: int, e: int, i: int, j: int, nl: int, nr: int) -> tuple:
    """What an extension candidate S:E (tokens I..J; NL words added on the left or NR on the right)
    size features read: the side, how many words, its length, theirs, its last five characters (its
    class head's, ``head_of``)."""
    a, b = (i, i + nl - 1) if nl else (j - nr + 1, j)
    return "L" if nl else "R", nl + nr, min(e - s, 8), min(tokens[b][1] - tokens[a][0], 6), text[max(s, e - 5):e]


def size_pairs(side: str, added: int, length: int, added_length: int, tail: str,
               heads: dict) -> list[tuple[str, str]]:
    """The (slot, value) features of an extension candidate's size (``size_key``): the side added, how
    many words, its length and theirs, its class head."""
    f = [("side", side), ("nadd", str(added)), ("len", str(length)), ("alen", str(added_length))]
    hd = head_of(tail, heads)
    if hd:
        f += [("head", hd[1]), ("hs", hd[0])]
    return f


def word_key(tok, side: str, last: bool) -> tuple[str, str, str, bool]:
    """What the features of an added word TOK on SIDE read (LAST: the outer one on the right)."""
    return side, feature_word(tok), tok[3], last


def word_pairs(side: str, word: str, tag: str, last: bool, heads: dict) -> list[tuple[str, str]]:
    """The (slot, value) features of an added word (``word_key``): itself and its tag, whether it is a
    lexicon term, the class head it is if it ends the candidate."""
    f = [("aw" + side, word), ("at" + side, tag)]
    if tag.startswith("lex:"):
        f.append(("alex", side))
    if last:
        hd = head_of("x" + word, heads)
        if hd:
            f.append(("ahead", hd[1]))
    return f


def word_keys(tokens, i: int, j: int, nl: int, nr: int) -> list[tuple[str, str, str, bool]]:
    """The ``word_key`` of each word added to extension candidate I..J."""
    if nl:
        return [word_key(tokens[k], "L", False) for k in range(i, i + nl)]
    return [word_key(tokens[k], "R", k == j) for k in range(j - nr + 1, j + 1)]


def extension_pairs(text: str, tokens, s: int, e: int, i: int, j: int, nl: int, nr: int,
                    heads: dict) -> list[tuple[str, str]]:
    """The (slot, value) features of extension candidate S:E (tokens I..J; NL words added on the left,
    NR on the right) but its mention's (``mention_pairs``): its start's, its end's, its size's and the
    added words'."""
    f = (start_pairs(*start_key(text, tokens, s, i)) + end_pairs(*end_key(text, tokens, e, j))
         + size_pairs(*size_key(text, tokens, s, e, i, j, nl, nr), heads))
    for key in word_keys(tokens, i, j, nl, nr):
        f += word_pairs(*key, heads)
    return f


def extension_spans(text: str, tokens, chosen: list[tuple[int, int, str, str]], heads: dict | None = None):
    """(mention index, start, end, feature strings) of each extension candidate of TEXT (``extensions``)."""
    heads = class_heads() if heads is None else heads
    tokens = as_tokens(tokens)
    for m, s, e, i, j, nl, nr in extensions(text, tokens, chosen):
        yield m, s, e, [k + "=" + v for k, v in mention_pairs(*mention_key(text, chosen[m]), heads)
                        + extension_pairs(text, tokens, s, e, i, j, nl, nr, heads)]


class ExtensionScores:
    """The Technology and Industry scores (the softmax inputs of ``probabilities``) of a text's extension
    candidates (``Candidates``), as complex numbers (Technology the real part, Industry the imaginary
    one), all at once in numpy without feature strings: each feature group's (``*_pairs``) weights read
    off tables by what it reads (a character by its code point, two by one integer key, a class head by
    its number, a word's, a tag's and a mention's type and rule's by place, made on first sight:
    ``Rows``), summed in the order of the features and the groups in the order of ``extension_pairs``
    (the feature strings' sums)."""

    TABLE_WORDS = 1 << 20  # (a long-running process: the word table starts afresh past this many)
    PT, NT, AT_LEFT, AT_RIGHT, LEX_LEFT, LEX_RIGHT = range(6)  # a tag's weights: before the candidate, after it,
    # added on the left, on the right, and as a lexicon term added on the left, on the right
    AW_LEFT, AW_RIGHT, AHEAD = range(3)  # a word's: added on the left, on the right, its class head (ahead)
    # (each right one the left one's plus one: read by the side, 0 or 1)
    LONG = 1  # (a word's facts: six characters or more, #long if unknown: ``feature_word``)

    def __init__(self, weights: dict):
        wt, wi = (weights[ty] for ty in TYPES)
        self.weight = g = lambda f: complex(wt.get(f, 0.0), wi.get(f, 0.0))
        self.base = g("")
        by_slot: dict[str, dict[str, complex]] = {}
        for f in set(wt) | set(wi):
            slot, eq, value = f.partition("=")
            if eq:
                by_slot.setdefault(slot, {})[value] = g(f)

        def table(slot: str, size: int) -> dict[int, complex]:
            return {chars_key(v): w for v, w in by_slot.get(slot, {}).items() if len(v) == size}
        self.chars = {slot: CharTable(table(slot, 1)) for slot in ("f1", "pc", "l1", "nc")}
        self.pairs = {slot: Table(table(slot, 2)) for slot in ("f2", "l2")}
        self.heads = class_heads()
        self.head_index = HeadIndex(self.heads)
        # by class head number, the last for none: the mention's (ihead), the candidate's (head, hs)
        numbered = self.head_index.heads
        self.mention_head = np.array([g("ihead=" + ty) for _, ty in numbered] + [0j])
        self.head = np.array([g("head=" + ty) for _, ty in numbered] + [0j])
        self.head_suffix = np.array([g("hs=" + h) for h, _ in numbered] + [0j])
        self.lengths = np.array([g("ilen=" + str(k)) for k in range(9)])
        # [side, words added, length, their length]: the size features but the class head's, summed in order
        self.sizes = np.array([[[[0j + g("side=" + side) + g("nadd=" + str(added)) + g("len=" + str(length))
                                  + g("alen=" + str(alen)) for alen in range(7)] for length in range(9)]
                                for added in range(MAX_WORDS + 1)] for side in "LR"])
        self.mentions = Rows(lambda key: ((0j + g("ity=" + key[0]) + g("fam=" + key[1].partition(".")[0])
                                           + g("rule=" + key[1]),), 0), 1)  # (type, rule): ity, fam, rule in order
        self.tags = Rows(self._tag_weights, 6)
        self.words = Rows(self._word_weights, 3)

    def _tag_weights(self, tag: str) -> tuple[tuple, int]:
        g = self.weight
        lex = tag.startswith("lex:")
        return (g("pt=" + tag), g("nt=" + tag), g("atL=" + tag), g("atR=" + tag), g("alex=L") if lex else 0j,
                g("alex=R") if lex else 0j), 0

    def _word_weights(self, word: str) -> tuple[tuple, int]:
        g = self.weight
        hd = head_of("x" + word, self.heads)
        facts = self.LONG if len(word) >= 6 else 0
        return (g("awL=" + word), g("awR=" + word), g("ahead=" + hd[1]) if hd else 0j), facts

    def __call__(self, text: str, tokens, chosen: list[tuple[int, int, str, str]], c: Candidates) -> np.ndarray:
        """The scores of the candidates C of TEXT (its TOKENS and its rule mentions CHOSEN, (start, end, type,
        rule))."""
        tokens = as_tokens(tokens)
        n, size = len(tokens), len(text)
        starts, ends = token_offsets(tokens)
        s, e, i, j, left, added = c.start, c.end, c.first, c.last, c.left > 0, c.left + c.right
        cp = code_points(text)
        if len(self.words) >= self.TABLE_WORDS:
            self.words.clear()
        tags, words = self.tags, self.words
        m = len(s)
        first = np.where(left, i, j - added + 1)  # (the first and last word added)
        last = np.where(left, i + added - 1, j)
        # (the tokens of each word added: the first of each candidate's, then the second of those with two, ...)
        more = [np.flatnonzero(added > k) for k in range(MAX_WORDS)]
        word_at = np.concatenate([first[x] + k for k, x in enumerate(more)])
        # (read at once: the tags of the tokens before and after each candidate and of the words added, the words)
        at = np.concatenate([i - 1, j + 1, word_at])
        inside = (at >= 0) & (at < n)
        rows = np.fromiter(map(tags.__getitem__, _column(tokens.tags, np.where(inside, at, 0))), np.int64, len(at))
        rows = np.where(inside, rows, np.repeat([tags["^"], tags["$"], 0], [m, m, len(word_at)]))  # (outside)
        word = np.fromiter(map(words.__getitem__, _column(tokens.words, word_at)), np.int64, len(word_at))
        unknown, long = tags["unk"], words["#long"]
        word = np.where((rows[2 * m:] == unknown) & (words.facts[word] & self.LONG != 0), long, word)
        # the mentions extended, once each (sorted: a mention's candidates are together)
        new = np.flatnonzero(np.diff(c.mention, prepend=-1) != 0)
        of = np.cumsum(np.diff(c.mention, prepend=-1) != 0) - 1  # (each candidate's mention among them)
        mentions = list(map(chosen.__getitem__, c.mention[new].tolist()))
        ms = np.fromiter(map(START, mentions), np.int64, len(new))
        me = np.fromiter(map(END, mentions), np.int64, len(new))
        typed = np.fromiter(map(self.mentions.__getitem__, map(_TYPE_RULE, mentions)), np.int64, len(new))
        head = self.head_index.at(text, cp, np.concatenate([me, e]), np.concatenate([me - ms, e - s]))
        # the mention's features (mention_pairs): its type and rule, its length, its class head
        z = (self.base + (self.mentions.table[0, typed] + self.lengths[np.minimum(me - ms, 8)]
                          + self.mention_head[head[:len(new)]]))[of]
        # its start's (start_pairs): its first character and two, the character and the tag before it
        z = z + (0j + self.chars["f1"](cp[s]) + self.pairs["f2"]((cp[s] << 21) | cp[s + 1])
                 + self.chars["pc"](np.where(s > 0, cp[np.maximum(s - 1, 0)], ord("^")))
                 + tags.table[self.PT, rows[:m]])
        # its end's (end_pairs): its last character and two, the character and the tag after it
        z = z + (0j + self.chars["l1"](cp[e - 1]) + self.pairs["l2"]((cp[e - 2] << 21) | cp[e - 1])
                 + self.chars["nc"](np.where(e < size, cp[np.minimum(e, size - 1)], ord("$")))
                 + tags.table[self.NT, rows[m:2 * m]])
        # its size's (size_pairs): the side, the words added, its length and theirs, its class head
        z = z + (self.sizes[(~left).astype(np.int64), added, np.minimum(e - s, 8),
                            np.minimum(ends[last] - starts[first], 6)]
                 + self.head[head[len(new):]] + self.head_suffix[head[len(new):]])
        # each word's added (word_pairs), in order: itself, its tag, a lexicon term's, on the right the last one's
        # class head
        side = np.where(left, 0, 1)
        done = 0
        for k, x in enumerate(more):
            tag, w, sd = rows[2 * m + done:2 * m + done + len(x)], word[done:done + len(x)], side[x]
            done += len(x)
            z[x] = z[x] + (0j + words.table[self.AW_LEFT + sd, w] + tags.table[self.AT_LEFT + sd, tag]
                           + tags.table[self.LEX_LEFT + sd, tag]
                           + np.where((sd == 1) & (first[x] + k == j[x]), words.table[self.AHEAD, w], 0j))
        return z


_EXT_SCORES: dict = {}


def extension_scores(weights: dict) -> ExtensionScores:
    """The ExtensionScores of WEIGHTS, made once per weights object."""
    return per_weights(_EXT_SCORES, weights, ExtensionScores)


def choose_extensions(scored: list[tuple[int, int, int, str, float]], threshold: float):
    """(mention index, start, end, type, probability) of the extensions kept of SCORED ((mention index,
    start, end, type, probability)): the most probable of each mention's reaching THRESHOLD, then of
    overlapping ones the most probable."""
    best: dict = {}
    for x in scored:
        if x[4] >= threshold and (x[0] not in best or x[4] > best[x[0]][4]):
            best[x[0]] = x
    kept: list = []
    for x in sorted(best.values(), key=lambda x: (-x[4], x[1], x[2])):
        if all(x[2] <= k[1] or k[2] <= x[1] for k in kept):
            kept.append(x)
    return sorted(kept)


def predict_extensions(weights: dict, text: str, tokens, chosen: list[tuple[int, int, str, str]], threshold: float,
                       not_entities: frozenset = frozenset()):
    """(mention index, start, end, type, probability) of the rule mentions of CHOSEN ((start, end, type,
    rule)) to extend (``choose_extensions``), WEIGHTS the extension model's.  Every candidate's scores
    are reckoned at once (``ExtensionScores``); one whose scores stay under ``score_floor`` gets no
    probability: it could not reach THRESHOLD."""
    tokens = as_tokens(tokens)
    c = candidates(text, tokens, chosen)
    if not len(c.mention):
        return []
    z = extension_scores(weights)(text, tokens, chosen, c)
    floor = score_floor(threshold)
    scored = []
    for k in np.flatnonzero((z.real >= floor) | (z.imag >= floor)).tolist():
        m, s, e, zk = int(c.mention[k]), int(c.start[k]), int(c.end[k]), complex(z[k])
        if text[s:e] in not_entities:
            continue
        top = max(0.0, zk.real, zk.imag)
        et, ei = math.exp(zk.real - top), math.exp(zk.imag - top)
        p, ty = (et, TYPES[0]) if zk.real >= zk.imag else (ei, TYPES[1])
        scored.append((m, s, e, ty, p / (math.exp(-top) + et + ei)))
    return choose_extensions(scored, threshold)


MODEL_KEYS = {"weights": "{type: {feature: weight}} for each of TYPES ('' the bias), as the span filler's",
              "threshold": "the least probability of an extension kept, in (0, 1) (THRESHOLD if missing)",
              "candidates": "training candidates (information)", "positives": "positive ones among them (information)"}


def check_model(model, where: str = "model") -> None:
    """ValueError naming what is wrong in WHERE unless MODEL is an extension model (MODEL_KEYS), the
    ``extend`` of a span filler model."""
    check_keys(model, MODEL_KEYS, where, "'extend'")
    check_weights(model.get("weights"), "extend.weights", where)
    check_threshold(model.get("threshold", THRESHOLD), "extend.threshold", where)


def extender(model: dict | None, not_entities: frozenset = frozenset()):
    """The extension step (``kg_extend``): f(text, tokens, chosen) replacing in CHOSEN (the rule
    candidates, in place) each mention the extension MODEL (a span filler model's ``extend``) extends
    by its extension (rule RULE); None for no model."""
    if not model:
        return None
    weights, threshold = model["weights"], model.get("threshold", THRESHOLD)

    def extend_mentions(text: str, tokens, chosen: list) -> None:
        for k, s, e, ty, _ in predict_extensions(weights, text, tokens, list(map(MENTION, chosen)), threshold,
                                                 not_entities):
            chosen[k] = new_cand((s, e, ty, text[s:e], RULE, 0))

    return extend_mentions


def load_extensions(path=None) -> dict | None:
    """The ``extend`` of the span filler model at PATH (default: the shipped one), checked
    (``check_model``); None if the model has none."""
    model = load_model(path)
    if "extend" in model:
        check_model(model["extend"], str(path or "the span filler model"))
    return model.get("extend")


@Language.factory("kg_extend", assigns=["doc.user_data"], default_config={"model": ""})
def make_extend(nlp: Language, name: str, model: str):
    """Replaces in ``doc.user_data["kg_chosen"]`` (the rule candidates) each rule mention the
    extension model (the span filler model's ``extend`` at MODEL, default the shipped one) extends
    by its extension (rule RULE); a model without one extends nothing."""
    extend_mentions = extender(load_extensions(model or None), load_lexicon().not_entities)

    def extend(doc: Doc) -> Doc:
        if extend_mentions:
            chosen = list(doc.user_data["kg_chosen"])
            extend_mentions(doc.user_data["kg_text"], doc.user_data["kg_tokens"], chosen)
            doc.user_data["kg_chosen"] = chosen
        return doc

    return extend
