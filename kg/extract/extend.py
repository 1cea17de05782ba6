"""The span filler's extensions (part of ``kg_spanfill``, kg/extract/spanfill.py):
a second regression of the span filler's model file (its ``extend``; keys
MODEL_KEYS) lengthens the rules' Technology / Industry mentions that left a
class-forming modifier or head out (晶硅 of 晶硅光伏, 整机 of 计算机整机),
before the span filler fills the gaps.  The feature helpers, the scoring and
the model file are the span filler's (kg.extract.spanfill).

Candidates (``extensions``): a rule Technology or Industry mention with one or
two adjacent jieba words added on its left or on its right (not both), words
that touch no rule entity, hold no stop character and are no function word
(``_addable``), the outer one of a modifier's tag on the left (no verb,
numeral or measure word) and of a head's on the right (``_LEFT_TAGS``,
``_RIGHT_TAGS``), MAX_CHARS characters in all.  Features, in groups: the
mention's type, rule, rule family, length and class head
(``mention_pairs``); the candidate's edge characters, the characters and tags
around it (``start_pairs``, ``end_pairs``); the side added, how many words,
its length and theirs, its class head (``size_pairs``); each added word, its
tag, whether it is a lexicon term and, ending the candidate on the right, the
class head it is (``word_pairs``).  The most probable candidate of a mention
replaces it (rule RULE), with the type the model gives, when its probability
reaches the model's threshold; of overlapping extensions the most probable is
kept.  They are scored without feature strings: each group's score is read
once per process for what it reads (its ``*_key``; ``ExtensionScores``).
"""
from __future__ import annotations

import itertools
import math
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import repeat
from operator import itemgetter

from kg.extract.rules import as_tokens, new_cand
from kg.extract.spanfill import (END, SPAN_TYPE, START, STOP, TYPES, check_threshold, check_weights, class_heads,
                                 feature_word, head_of, per_weights, score_floor)

RULE = "spanfill.extend"  # (a rule mention the span filler extended)
MENTION = itemgetter(0, 1, 2, 4)  # (a rule candidate's start, end, type and rule)

MAX_WORDS = 2  # (words added on either side)
MAX_CHARS = 14  # (characters in all)
THRESHOLD = 0.8  # (the shipped model's extend.threshold if missing; chosen holding each open set out)


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


@cache
def _addable(word: str, tag: str) -> bool:
    """Whether WORD (of jieba tag TAG) may be added to a rule mention: no stop character in it, no tag of
    _NEVER_TAGS (an unknown word may: a modifier the dictionary lacks)."""
    return STOP.isdisjoint(word) and tag not in _NEVER_TAGS


def extensions(text: str, tokens, chosen: list[tuple[int, int, str, str]]):
    """(mention index, start, end, first token, last token, words added on the left, on the right) of
    each extension candidate of TEXT: a rule Technology or Industry mention of CHOSEN ((start, end, type,
    rule)) with one to MAX_WORDS adjacent jieba words added on its left or on its right, words that
    touch no rule entity and may be added (``_addable``), the outer one of a tag of _LEFT_TAGS (or a
    lexicon term) on the left, of _RIGHT_TAGS on the right; MAX_CHARS characters in all."""
    tokens = as_tokens(tokens)
    n = len(tokens)
    if not n:
        return
    starts, ends, words, tags = tokens.starts, tokens.end_at.offsets, tokens.words, tokens.tags
    by_start, by_end = tokens.start_at, tokens.end_at
    # (whether a token touches a rule entity, asked of the few next to a mention: the last entity starting
    # before its end, by the entities' starts and their ends' running maximum)
    spans = sorted(map(SPAN_TYPE, chosen))
    entity_starts = list(map(START, spans))
    reach = list(itertools.accumulate(map(END, spans), max))

    def touch(k: int) -> bool:
        at = bisect_left(entity_starts, ends[k]) - 1
        return at >= 0 and reach[at] > starts[k]

    for m, ms, me in [(m, c[0], c[1]) for m, c in enumerate(chosen) if c[2] in TYPES]:
        nl = nr = 0  # (how many words may be added on each side)
        k = by_end.get(ms)
        while k is not None and nl < MAX_WORDS and _addable(words[k], tags[k]) and not touch(k) \
                and ms - starts[k] <= MAX_CHARS:
            nl += 1
            if k == 0 or starts[k] != ends[k - 1]:
                break
            k -= 1
        k = by_start.get(me)
        while k is not None and nr < MAX_WORDS and _addable(words[k], tags[k]) and not touch(k) \
                and ends[k] - me <= MAX_CHARS:
            nr += 1
            if k + 1 >= n or starts[k + 1] != ends[k]:
                break
            k += 1
        if not nl and not nr:
            continue
        first_in, last_in = bisect_right(starts, ms) - 1, bisect_left(starts, me) - 1  # (the tokens holding its ends)
        for k in range(1, nl + 1):  # (on one side at a time: words added on both were hardly ever a term)
            i = by_end.get(ms) - k + 1
            if (tags[i] in _LEFT_TAGS or tags[i].startswith("lex:")) and me - starts[i] <= MAX_CHARS:
                yield m, starts[i], me, i, last_in, k, 0
        for k in range(1, nr + 1):
            j = by_start.get(me) + k - 1
            if tags[j] in _RIGHT_TAGS and ends[j] - ms <= MAX_CHARS:
                yield m, ms, ends[j], first_in, j, 0, k


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


_READ_HEADS = (mention_pairs, size_pairs, word_pairs)  # (the feature groups that read the class heads)


class _GroupScores(dict):
    """key -> the score (``ExtensionScores``) of a feature group's features PAIRS(*key), reckoned on first
    sight (a dict's own lookup after: no Python call per group and candidate)."""

    MAX_KEYS = 1 << 16

    def __init__(self, pairs, score, heads: dict):
        super().__init__()
        self.pairs, self.score, self.heads = pairs, score, heads

    def __missing__(self, key: tuple) -> complex:
        if len(self) >= self.MAX_KEYS:  # (a long-running process: start afresh)
            self.clear()
        z = self[key] = self.score(self.pairs(*key, self.heads) if self.pairs in _READ_HEADS else self.pairs(*key))
        return z


class ExtensionScores:
    """The Technology and Industry scores (the softmax inputs of ``probabilities``) of extension
    candidates, as complex numbers (Technology the real part, Industry the imaginary one), read off
    their (slot, value) features without making feature strings: the weights by (slot, value), and the
    scores of the feature groups by what they read."""

    def __init__(self, weights: dict):
        wt, wi = (weights[ty] for ty in TYPES)
        self.base = complex(wt.get("", 0.0), wi.get("", 0.0))
        self.table = {tuple(f.split("=", 1)): complex(wt.get(f, 0.0), wi.get(f, 0.0)) for f in set(wt) | set(wi)
                      if "=" in f}

        self.heads = class_heads()
        # the scores of the feature groups (``mention_pairs``, ``start_pairs``, ``end_pairs``, ``size_pairs``,
        # ``word_pairs``) by what they read: a text repeats most of them
        self.groups = {pairs: _GroupScores(pairs, self, self.heads)
                       for pairs in (mention_pairs, start_pairs, end_pairs, size_pairs, word_pairs)}

    def __call__(self, pairs: list[tuple[str, str]]) -> complex:
        return sum(map(self.table.get, pairs, repeat(0j)), 0j)  # (the lookups in C: no Python call per feature)


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
    rule)) to extend (``choose_extensions``), WEIGHTS the extension model's.  A candidate whose scores stay
    under ``score_floor`` gets no probability: it could not reach THRESHOLD."""
    floor = score_floor(threshold)
    score = extension_scores(weights)
    of_mention, of_start, of_end, of_size, of_word = map(
        score.groups.__getitem__, (mention_pairs, start_pairs, end_pairs, size_pairs, word_pairs))
    tokens = as_tokens(tokens)
    scored, last = [], -1
    for m, s, e, i, j, nl, nr in extensions(text, tokens, chosen):
        if text[s:e] in not_entities:
            continue
        if m != last:  # (a mention's own features: once for its candidates)
            z0, last = score.base + of_mention[mention_key(text, chosen[m])], m
        z = (z0 + of_start[start_key(text, tokens, s, i)] + of_end[end_key(text, tokens, e, j)]
             + of_size[size_key(text, tokens, s, e, i, j, nl, nr)])
        for key in word_keys(tokens, i, j, nl, nr):
            z += of_word[key]
        if z.real < floor and z.imag < floor:
            continue
        top = max(0.0, z.real, z.imag)
        et, ei = math.exp(z.real - top), math.exp(z.imag - top)
        p, ty = (et, TYPES[0]) if z.real >= z.imag else (ei, TYPES[1])
        scored.append((m, s, e, ty, p / (math.exp(-top) + et + ei)))
    return choose_extensions(scored, threshold)


MODEL_KEYS = {"weights": "{type: {feature: weight}} for each of TYPES ('' the bias), as the span filler's",
              "threshold": "the least probability of an extension kept, in (0, 1) (THRESHOLD if missing)",
              "candidates": "training candidates (information)", "positives": "positive ones among them (information)"}


def check_model(model, where: str = "model") -> None:
    """ValueError naming what is wrong in WHERE unless MODEL is an extension model (MODEL_KEYS), the
    ``extend`` of a span filler model."""
    if not isinstance(model, dict):
        raise ValueError(f"{where}: 'extend' is not a JSON object")
    unknown = sorted(set(model) - set(MODEL_KEYS))
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {unknown} in 'extend' (known: {list(MODEL_KEYS)})")
    check_weights(model.get("weights"), "extend.weights", where)
    check_threshold(model.get("threshold", THRESHOLD), "extend.threshold", where)


def extender(model: dict | None, not_entities: frozenset = frozenset()):
    """The extension step of ``kg_spanfill``: f(text, tokens, chosen) replacing in CHOSEN (the rule
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
