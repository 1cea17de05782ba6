"""``kg_spanfill``: a logistic regression over noun-compound spans the rules
leave outside every entity, typing a span Technology, Industry or nothing
(``--spanfill``, on by default, ``--no-spanfill`` off; weights kg/extract/models/spanfill.json.gz,
trained by bench/train_spanfill.py from the repository's open gold sets,
read once per process).  Only the candidates whose score bound
(``ScoreBound``, numpy over the whole text) can reach the threshold get
their feature strings and probabilities: the same output as scoring all.

Candidates: runs of one to four jieba words inside a clause that touch no
rule entity, no punctuation and no 《》 mark, hold at least one noun, and are
2–12 characters long (``candidates``); and every item of a coordination,
A、B和C等… (``ListFrame``), whatever its word count, up to ITEM_MAX_CHARS
characters, when it touches no rule entity.  Features (``features``): the
span's first and last characters, its length, its words' tags, the words and
characters around it, the verb governing it in its clause, whether it stands
in a 、/和/及 list and the types of the rule entities it is listed with, its
characters, words and surface, the word after a following 等, the lexicon
types of words inside it and whether it ends with a Technology or Industry
class head of ontology/patterns/entities.json (``heads``); for a list item
(``ListFrame.features``) its list's size, its place in it, its length, the
rule entities among its siblings and their types, the siblings' class heads,
whether it shares its last one or two characters with a sibling, the verb
governing the list, what closes the list (等, punctuation or a word's tag),
the class noun after 等, its class head and the tail cues
(coordination.tail_cues) it opens; a part of a list item is marked so.  A
list item's probability is blended with its list's mean (``blend``, the
model's list_weight: the items of one list are read together).  A span whose
Technology or Industry probability reaches the threshold is added;
overlapping spans keep the most probable.

Before the gaps, the rules' Technology / Industry mentions that stop short of
their name are extended by a second regression of the same model file (its
``extend``): the component ``kg_extend`` (kg.extract.extend), which runs right
before this one and builds on this module: its feature helpers (``head_of``,
``feature_word``, ``class_heads``, ``HeadIndex``), its scoring
(``per_weights``, ``score_floor``; the numpy tables ``Table``, ``CharTable``,
``Rows``), the text's token offsets and code points, read once for both
(``token_offsets``, ``code_points``), its model file (``load_model``) and
model check (``check_keys``, ``check_weights``, ``check_threshold``).

The spaCy factory ``kg_spanfill`` (``make_spanfill``) replaces
``doc.user_data["kg_chosen"]``, the rule candidates (with ``kg_extend``'s
extensions, rule kg.extract.extend.RULE), with the same list and the spans
added (rule RULE), in order.
"""
from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections import Counter
from functools import cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path

import numpy as np

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.charcodes import char_codes
from kg.extract.lexicon import load_entity_patterns, load_lexicon
from kg.extract.rules import Tokens, as_tokens, new_cand, repeat_mentions

RULE = "spanfill"
MODEL_PATH = Path(__file__).parent / "models" / "spanfill.json.gz"
TYPES = ("Technology", "Industry")
THRESHOLD = 0.4  # (the shipped model's; chosen on the open sets the model never trained on, see README)
LIST_WEIGHT = 0.5  # (a list item's own probability against its list's mean: the same way)
NOUNISH = frozenset({"n", "vn", "nz", "ng", "eng", "l", "j", "nr", "b", "a", "v", "unk", "lex:Technology", "lex:Industry"})
NOUNS = frozenset({"n", "vn", "nz", "ng", "eng", "l", "j", "nr", "lex:Technology", "lex:Industry", "unk"})
_CLAUSE_END = set("，,。！？；!?;：:\n")
STOP = set("，,。！？；!?;：:\n、《》〈〉“”‘’\"「」『』【】()（）…\t 　·/")
_LISTJOIN = ("、", "和", "及", "与", "以及")
JOIN_FIRST, JOIN_LAST = frozenset(jn[0] for jn in _LISTJOIN), frozenset(jn[-1] for jn in _LISTJOIN)
MAX_TOKENS = 4
MIN_CHARS, MAX_CHARS = 2, 12

START, END, TYPE_OF, SPAN_TYPE = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(0, 1, 2)  # (a span's fields)
SPAN = itemgetter(0, 1)  # (a span's offsets)

_HEADS: list = []


def class_heads() -> dict[str, str]:
    """suffix -> type of the Technology / Industry heads in ontology/patterns/entities.json."""
    if not _HEADS:
        heads = load_entity_patterns()["heads"]  # (the validated pattern file)
        out: dict[str, str] = {}
        for name, spec in heads.items():
            ty = spec.get("type", name)
            if ty in TYPES:
                for s in spec.get("suffixes", []):
                    out.setdefault(s, ty)
        _HEADS.append(out)
    return _HEADS[0]


def head_of(surface: str, heads: dict) -> tuple[str, str] | None:
    """(suffix, type) of the longest class head of HEADS (``class_heads``) SURFACE ends with and is
    longer than, four characters at most; None for none."""
    for k in (4, 3, 2, 1):
        h = surface[-k:]
        if len(surface) > k and h in heads:
            return h, heads[h]
    return None


def feature_word(tok) -> str:
    """Token TOK's word as the features read it: an unknown word of six characters or more is #long."""
    return tok[2] if tok[3] != "unk" or len(tok[2]) < 6 else "#long"


def _tag_role(tag: str) -> int:
    """Where a word of TAG may stand in a candidate: 0 nowhere (not noun-ish), 1 inside
    or at the end (a verb), 2 anywhere (an adjective, a distinguishing word), 3 anywhere,
    and a noun."""
    return 0 if tag not in NOUNISH else 3 if tag in NOUNS else 1 if tag == "v" else 2


@cache
def _role(word: str, tag: str) -> int:
    """_tag_role, 0 for a word with a stop character and a non-ASCII unknown word."""
    if not STOP.isdisjoint(word) or (tag == "unk" and not word.isascii()):
        return 0
    return _tag_role(tag)


# (the last Tokens and text read, with their offsets and code points: the extensions (kg.extract.extend) and the
# gap filler read the same text's in turn; one pair, read and replaced whole: safe across threads)
_LAST_OFFSETS: list = [(None, None)]
_LAST_CODES: list = [(None, None)]


def token_offsets(tokens: list) -> tuple[np.ndarray, np.ndarray]:
    """The tokens' start and end offsets (the pipeline's Tokens keep them as lists: read those, and kept
    for the last Tokens; read only)."""
    n = len(tokens)
    if isinstance(tokens, Tokens):
        last, offsets = _LAST_OFFSETS[0]
        if last is not tokens:  # (a Tokens is not changed once made)
            offsets = np.fromiter(tokens.starts, np.int64, n), np.fromiter(tokens.end_at.offsets, np.int64, n)
            offsets[0].flags.writeable = offsets[1].flags.writeable = False
            _LAST_OFFSETS[0] = tokens, offsets
        return offsets
    return np.fromiter(map(itemgetter(0), tokens), np.int64, n), np.fromiter(map(itemgetter(1), tokens), np.int64, n)


def code_points(text: str) -> np.ndarray:
    """TEXT's characters' code points (int64; kept for the last text; read only)."""
    last, cp = _LAST_CODES[0]
    if last is not text:
        cp = char_codes(text).astype(np.int64)
        cp.flags.writeable = False
        _LAST_CODES[0] = text, cp
    return cp


def _touching(text: str, starts: np.ndarray, ends: np.ndarray, chosen: list[tuple[int, int, str]]) -> np.ndarray:
    """Whether each token (STARTS, ENDS) touches a rule entity of CHOSEN."""
    size = len(text)
    # (the spans' offsets read in C: a document has thousands of rule entities)
    s = np.fromiter(map(START, chosen), np.int64, len(chosen))
    e = np.fromiter(map(END, chosen), np.int64, len(chosen))
    keep = s < e
    s, e = s[keep], np.minimum(e[keep], size)
    edges = (np.bincount(s, minlength=size + 1) - np.bincount(e, minlength=size + 1)) if len(s) \
        else np.zeros(size + 1, dtype=np.int64)
    covered = np.concatenate([[0], np.cumsum(np.cumsum(edges[:size]) > 0)])  # covered characters before each offset
    return covered[ends] > covered[starts]


def _free_roles(text: str, starts: np.ndarray, ends: np.ndarray, roles: np.ndarray,
                chosen: list[tuple[int, int, str]]) -> np.ndarray:
    """ROLES (one per token) with 0 for the tokens that touch a rule entity of CHOSEN."""
    return np.where(_touching(text, starts, ends, chosen), 0, roles).astype(np.int8)


def _by_edges(chosen: list[tuple[int, int, str]]) -> tuple[dict[int, str], dict[int, str]]:
    """The type of the rule entity of CHOSEN ending / starting at each offset (the last, where several do)."""
    types = list(map(TYPE_OF, chosen))
    return dict(zip(map(END, chosen), types)), dict(zip(map(START, chosen), types))


def _windows(starts: np.ndarray, ends: np.ndarray, roles: np.ndarray):
    """(D, the first token indexes of the candidates of D + 1 words) for D = 0, 1, …: runs of
    contiguous tokens of free roles (``_free_roles``), MIN_CHARS..MAX_CHARS long, beginning
    with no verb and holding a noun."""
    n = len(starts)
    joined = starts[1:] == ends[:-1]  # token k + 1 follows token k with no gap
    alive, noun = roles >= 2, roles == 3  # (the runs that go on from each first token, whether they hold a noun)
    for d in range(min(n, MAX_TOKENS)):
        if d:
            alive = alive[:-1] & (roles[d:] > 0) & joined[d - 1:]
            noun = noun[:-1] | (roles[d:] == 3)
        length = ends[d:] - starts[:n - d]
        alive &= length <= MAX_CHARS  # (a longer run would be longer still)
        first = np.flatnonzero(alive & noun & (length >= MIN_CHARS))
        if len(first):
            yield d, first
        if not alive.any():
            break


def candidates(text: str, tokens: list, chosen: list[tuple[int, int, str]]):
    """(start, end, first token index, last token index) of each candidate span:
    a run of MAX_TOKENS words at most, MIN_CHARS..MAX_CHARS long, of free
    roles (``_role``, ``_free_roles``), beginning with no verb and holding a noun.
    CHOSEN: (start, end, type) of the rule entities."""
    starts, ends = token_offsets(tokens)
    roles = _free_roles(text, starts, ends, np.array([_role(t[2], t[3]) for t in tokens], dtype=np.int8), chosen)
    for i, j in sorted((i, i + d) for d, first in _windows(starts, ends, roles) for i in first.tolist()):
        yield tokens[i][0], tokens[j][1], i, j


def features(text: str, tokens: list, chosen_by_end: dict, chosen_by_start: dict, s: int, e: int, i: int, j: int,
             heads: dict, frame: "ListFrame | None" = None) -> list[str]:
    """The feature strings of candidate span S:E (tokens I..J); FRAME: the text's lists."""
    return (surface_features(text, tokens, s, e, i, j, heads)
            + context_features(text, tokens, chosen_by_end, chosen_by_start, s, e, i, j)
            + clause_features(tokens, i, j, heads) + (frame.features(s, e, i, j) if frame else []))


def surface_features(text: str, tokens: list, s: int, e: int, i: int, j: int, heads: dict) -> list[str]:
    """The features of candidate span S:E (tokens I..J) itself: its characters, words and tags, its class head."""
    surf = text[s:e]
    L = e - s
    tags = [t[3] for t in tokens[i:j + 1]]
    f = ["l1=" + surf[-1], "l2=" + surf[-2:], "f1=" + surf[0], "f2=" + surf[:2],
         "len=" + str(min(L, 8)), "ntok=" + str(j - i + 1), "pos=" + "_".join(tags),
         "posL=" + tags[-1], "posF=" + tags[0], "wL=" + feature_word(tokens[j]), "wF=" + feature_word(tokens[i])]
    if surf.isascii():
        f.append("ascii")
    f += ["w=" + feature_word(t) for t in tokens[i:j + 1]]
    f.append("s=" + surf)
    f += ["c=" + ch for ch in surf]
    for t in tags:
        if t.startswith("lex:"):
            f.append("in=" + t)
    h = head_of(surf, heads)
    if h:
        f += ["head=" + h[1], "hs=" + h[0]]
    return f


def context_features(text: str, tokens: list, chosen_by_end: dict, chosen_by_start: dict, s: int, e: int, i: int,
                     j: int) -> list[str]:
    """The features of the words and characters around candidate span S:E (tokens I..J) and of its list frame."""
    f = []
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    f.append("pw=" + (feature_word(prev) if prev else "^"))
    f.append("pt=" + (prev[3] if prev else "^"))
    f.append("nw=" + (feature_word(nxt) if nxt else "$"))
    f.append("nt=" + (nxt[3] if nxt else "$"))
    pc = text[s - 1] if s > 0 else "^"
    nc = text[e] if e < len(text) else "$"
    f += ["pc=" + pc, "nc=" + nc]
    # list frame: a joiner right before / after, and the rule entity on its other side (looked for only next to
    # a character that ends / begins a joiner)
    listed = False
    before, after = s > 0 and pc in JOIN_LAST, e < len(text) and nc in JOIN_FIRST
    for jn in _LISTJOIN if before or after else ():
        if before and text.endswith(jn, 0, s):
            listed = True
            m = chosen_by_end.get(s - len(jn))
            if m:
                f.append("lm=" + m)
        if after and text.startswith(jn, e):
            listed = True
            m = chosen_by_start.get(e + len(jn))
            if m:
                f.append("lm=" + m)
    if listed:
        f.append("list")
    return f


def clause_features(tokens: list, i: int, j: int, heads: dict) -> list[str]:
    """The features of tokens I..J's clause: the verb governing the span, the word after a following 等."""
    f = []
    # governing verb: the last verb before the span in its clause (the words read back to the clause's start only
    # until one is found, and on only eleven words: a text's clauses can be long)
    for k in range(i - 1, -1, -1):
        if not _CLAUSE_END.isdisjoint(tokens[k][2]):
            break
        if tokens[k][3] == "v":
            f.append("gv=" + tokens[k][2])
            break
    # the word after a following 等 in the clause
    for k in range(j + 1, min(len(tokens), j + 12)):
        if not _CLAUSE_END.isdisjoint(tokens[k][2]):
            break
        if tokens[k][2] in ("等", "等等"):
            if k + 1 < len(tokens):
                f += _deng_features(tokens[k + 1][2], heads)
            break
    return f


def _deng_features(word: str, heads: dict) -> list[str]:
    """The features of WORD, the word after a 等 following a span: itself and its class head's type."""
    hd = head_of("x" + word, heads)
    return ["deng=" + word] + (["dengh=" + hd[1]] if hd else [])


# ---- list items: each item of a coordination (A、B和C等…) is a candidate, whatever its word count
ITEM_MAX_CHARS = 16
_LIST_END = frozenset({"等", "等等"})
_ITEM_END_TAGS = frozenset({"v", "p", "c", "uj", "ul", "d", "r"})  # (jieba tags of words that end an edge item)
# the list features (ListFrame.features): those ScoreBound reads per item exactly, and those it counts at
# their largest
LIST_EXACT = ("li", "lin", "lpos", "ilen", "lsub", "lsr", "lst", "lgv", "lend", "ldeng", "ldengh")
LIST_BOUNDED = ("lsh1", "lsh2", "lsibh", "lcue")
LIST_POSITIONS = ("first", "mid", "last")
_CUES: list = []


def tail_cues() -> list[tuple[re.Pattern, str]]:
    """(regex, type) of the class nouns after 等 that type a list (coordination.tail_cues of
    ontology/patterns/entities.json), one regex per type: the alternation of its cues'."""
    if not _CUES:
        by_type: dict[str, list[str]] = {}
        for cue in load_entity_patterns()["coordination"].get("tail_cues", ()):
            by_type.setdefault(cue["type"], []).append(cue["regex"])
        _CUES.append([(re.compile("|".join(f"(?:{rx})" for rx in rxs)), ty) for ty, rxs in sorted(by_type.items())])
    return _CUES[0]


class _Marks:
    """The indexes where FLAGS is true, asked about at a few indexes only (a search there, no pass over all)."""

    def __init__(self, flags: np.ndarray):
        self.at = np.flatnonzero(flags)
        self.size = len(flags)

    def before(self, x: np.ndarray) -> np.ndarray:
        """How many are before each index of X."""
        return np.searchsorted(self.at, x)

    def last(self, x: np.ndarray) -> np.ndarray:
        """The last at or before each index of X, -1 for none."""
        return np.concatenate([[-1], self.at])[np.searchsorted(self.at, x, "right")]

    def next(self, x: np.ndarray) -> np.ndarray:
        """The first at or after each index of X, the size of FLAGS for none."""
        return np.append(self.at, self.size)[np.searchsorted(self.at, x)]


class ListFrame:
    """The coordinations of a text: runs of items joined by 、/和/及/与/以及 inside a clause.  A
    middle item is the stretch between two joiners; the first runs back from the first joiner and
    the last on from the last one over words that are no punctuation, no 等 and, but for the word
    at the joiner, no verb, preposition, conjunction, particle, adverb or pronoun
    (``_ITEM_END_TAGS``); ITEM_MAX_CHARS characters at most.  An item that is exactly a rule entity
    is a sibling of the others; one that touches a rule entity otherwise is neither; a stretch
    longer than ITEM_MAX_CHARS or holding punctuation ends the list.  All in numpy over the tokens
    but the list features (``features``), read per list when a candidate in it is scored.

    ``first``, ``last``: the first and last token of each free item (no rule entity in it), in
    order; ``item_of``: per token, the index of the free item holding it, -1 for none; ``extra_at``:
    the indexes of the free items that are no word-run candidate (``extra``)."""

    def __init__(self, text: str, tokens, chosen: list, heads: dict, facts: tuple | None = None,
                 offsets: tuple[np.ndarray, np.ndarray] | None = None):
        """FACTS: (joiner, 等, clean, item-ending tag, free, role, verb, clause end) per token (numpy
        arrays: a word of _LISTJOIN, of _LIST_END, no stop character in it, a tag of _ITEM_END_TAGS,
        touching no rule entity, ``_role`` or 0 where not free, the tag v, a character of _CLAUSE_END
        in it), if the caller has them, and OFFSETS, the tokens' (``token_offsets``); else read here."""
        tokens = as_tokens(tokens)
        self.text, self.tokens, self.heads, self.chosen = text, tokens, heads, chosen
        self.starts, self.ends = starts, ends = offsets or token_offsets(tokens)
        n = len(starts)
        self.item_of = np.full(n, -1, dtype=np.int64)
        self.first = self.last = self.item_list = self.place = self.list_size = np.zeros(0, dtype=np.int64)
        self.list_after = self.list_verb = self.extra_at = np.zeros(0, dtype=np.int64)
        self.siblings: dict[int, dict[int, tuple[int, int, str]]] = {}
        self._lists: dict[int, dict[int, list[str]]] = {}  # (list -> item -> its features, read when asked)
        if not n:
            return
        joiner, end_word, clean, end_tag, free, roles, verb, clause_end = facts or self._facts(
            text, tokens, chosen, starts, ends)
        seps = np.flatnonzero(joiner)
        if not len(seps):
            return
        clean = clean & ~joiner & ~end_word
        item_word = clean & free
        unclean, taken = _Marks(~clean), _Marks(~free)
        p, q = seps[:-1], seps[1:]
        link = (q > p + 1) & (starts[q] - ends[p] <= ITEM_MAX_CHARS) & (unclean.before(q) == unclean.before(p + 1))
        self.seps, self.mid_free = seps, link & (taken.before(q) == taken.before(p + 1))
        opens = np.concatenate([[True], ~link])  # (a joiner that opens a list)
        self.group = np.cumsum(opens) - 1  # the list of each joiner
        self.heads_at = np.flatnonzero(opens)  # the first and last joiner of each list
        self.tails_at = np.concatenate([self.heads_at[1:] - 1, [len(seps) - 1]])
        # the edge items, token by token until a stop word or ITEM_MAX_CHARS
        stop = ~item_word | end_tag
        stops = _Marks(stop)
        k = seps[self.heads_at] - 1
        kk = np.maximum(k, 0)
        a = np.maximum(stops.last(kk - 1) + 1,
                       np.searchsorted(starts, ends[kk] - ITEM_MAX_CHARS))
        self.head_ok = (k >= 0) & item_word[kk] & (a <= kk)
        self.head_item = (a, kk)
        k = seps[self.tails_at] + 1
        kk = np.minimum(k, n - 1)
        b = np.minimum(stops.next(kk + 1) - 1,
                       np.searchsorted(ends, starts[kk] + ITEM_MAX_CHARS, "right") - 1)
        self.tail_ok = (k < n) & item_word[kk] & (b >= kk)
        self.tail_item = (kk, b)
        mid = np.flatnonzero(self.mid_free)
        lists = np.arange(len(self.heads_at))
        first = np.concatenate([a[self.head_ok], seps[mid] + 1, kk[self.tail_ok]])
        last = np.concatenate([self.head_item[1][self.head_ok], seps[mid + 1] - 1, b[self.tail_ok]])
        group = np.concatenate([lists[self.head_ok], self.group[mid], lists[self.tail_ok]])
        place = np.repeat(np.arange(3), [int(self.head_ok.sum()), len(mid), int(self.tail_ok.sum())])
        order = np.argsort(first, kind="stable")
        first, last, group, place = first[order], last[order], group[order], place[order]
        # (two or more characters; an edge item overlapping an earlier item is left out)
        keep = (ends[last] - starts[first] >= MIN_CHARS) & (first <= last)
        first, last, group, place = first[keep], last[keep], group[keep], place[keep]
        reach = np.maximum.accumulate(np.concatenate([[-1], last[:-1]])) if len(last) else last
        keep = first > reach
        self.first, self.last, self.item_list, self.place = first[keep], last[keep], group[keep], place[keep]
        first, last = self.first, self.last
        self.list_size = self.tails_at - self.heads_at + 2  # (items, the siblings and the others too)
        if not len(first):
            return
        number = np.arange(1, len(first) + 1)
        self.item_of = np.cumsum(np.bincount(first, number, n + 1) - np.bincount(last + 1, number, n + 1))[:n].astype(
            np.int64) - 1
        # the items no word run makes (``_windows``): more words or characters, a word of no role, no noun, a gap
        roleless, nouns = _Marks(roles == 0), _Marks(roles == 3)
        gaps = _Marks(starts[1:] != ends[:-1])  # (between token k and k + 1)
        length = ends[last] - starts[first]
        run = ((last - first < MAX_TOKENS) & (length <= MAX_CHARS) & (roles[first] >= 2)
               & (roleless.before(last + 1) == roleless.before(first)) & (nouns.before(last + 1) > nouns.before(first))
               & (gaps.before(last) == gaps.before(first)))
        self.extra_at = np.flatnonzero(~run)
        # per list: its rule-entity items (position -> (start, end, type)), the token where it begins, the token after it
        spans, ending, starting = self._entity_maps(chosen)
        begin = np.where(self.head_ok, a, seps[self.heads_at])
        after = np.where(self.tail_ok, b + 1, n)
        # (the offsets read per list in numpy, then looked up in Python: a text has hundreds of lists)
        open_head, open_tail = np.flatnonzero(~self.head_ok), np.flatnonzero(~self.tail_ok)
        moved = []  # (list, the start of the rule entity it begins with)
        for g, at in zip(open_head.tolist(), starts[seps[self.heads_at[open_head]]].tolist()):
            hit = ending.get(at)
            if hit:
                self.siblings.setdefault(g, {})[0] = (hit[0], at, spans[hit])
                moved.append((g, hit[0]))
        if moved:
            gs, at = zip(*moved)
            begin[list(gs)] = np.searchsorted(starts, at)
        m = np.flatnonzero(link & ~self.mid_free)
        for g, place, s, e in zip(self.group[m].tolist(), (m - self.heads_at[self.group[m]] + 1).tolist(),
                                  ends[seps[m]].tolist(), starts[seps[m + 1]].tolist()):
            ty = spans.get((s, e))
            if ty:
                self.siblings.setdefault(g, {})[place] = (s, e, ty)
        moved = []  # (list, the start of the rule entity it ends with)
        for g, place, at in zip(open_tail.tolist(), (self.list_size[open_tail] - 1).tolist(),
                                ends[seps[self.tails_at[open_tail]]].tolist()):
            hit = starting.get(at)
            if hit:
                self.siblings.setdefault(g, {})[place] = (at, hit[1], spans[hit])
                moved.append((g, hit[1]))
        if moved:
            gs, at = zip(*moved)
            after[list(gs)] = np.searchsorted(starts, at)
        self.list_after = after
        # the verb governing each list: the last one before its first item, seven words back at most, in its clause
        v = _Marks(verb).last(begin - 1)
        self.list_verb = np.where((v > _Marks(clause_end).last(begin - 1)) & (v >= begin - 7), v, -1)

    @property
    def extra(self) -> list[tuple[int, int, int, int]]:
        """(start, end, first token, last token) of the free items that are no word-run candidate."""
        i, j = self.first[self.extra_at], self.last[self.extra_at]
        return list(zip(self.starts[i].tolist(), self.ends[j].tolist(), i.tolist(), j.tolist()))

    @staticmethod
    def _facts(text: str, tokens, chosen: list, starts: np.ndarray, ends: np.ndarray) -> tuple:
        words, tags = tokens.words, tokens.tags
        free = ~_touching(text, starts, ends, chosen)
        roles = np.where(free, np.array([_role(w, t) for w, t in zip(words, tags)], dtype=np.int8), 0)
        return (np.array([w in _LISTJOIN for w in words]), np.array([w in _LIST_END for w in words]),
                np.array([STOP.isdisjoint(w) for w in words]), np.array([t in _ITEM_END_TAGS for t in tags]),
                free, roles, np.array([t == "v" for t in tags]), np.array([not _CLAUSE_END.isdisjoint(w) for w in words]))

    @staticmethod
    def _entity_maps(chosen: list) -> tuple[dict, dict, dict]:
        """The rule entities' types by (start, end), and their (start, end) by end, by start (the last, where
        several do; the keys of the first, not new tuples: a text has thousands of rule entities)."""
        spans = dict(zip(map(SPAN, chosen), map(TYPE_OF, chosen)))
        keys = list(spans)
        return spans, dict(zip(map(END, keys), keys)), dict(zip(map(START, keys), keys))

    def item_at(self, i: int, j: int) -> int:
        """The index of the free item of tokens I..J, -1 if none is."""
        k = int(self.item_of[i]) if len(self.item_of) else -1
        return k if k >= 0 and self.first[k] == i and self.last[k] == j else -1

    def spans_of(self, at: np.ndarray) -> dict[tuple[int, int], tuple[int, int, int]]:
        """(start, end) -> (first token, last token, list) of the free items AT (indexes)."""
        i, j = self.first[at], self.last[at]
        return {(s, e): x for s, e, *x in zip(self.starts[i].tolist(), self.ends[j].tolist(), i.tolist(), j.tolist(),
                                                 self.item_list[at].tolist())}

    def features(self, s: int, e: int, i: int, j: int) -> list[str]:
        """The list features of candidate S:E (tokens I..J): an item's, lsub for a part of one."""
        k = self.item_of[i] if len(self.item_of) else -1
        if k < 0 or self.item_of[j] != k:
            return []
        if self.first[k] != i or self.last[k] != j:
            return ["lsub"]
        g = int(self.item_list[k])
        if g not in self._lists:
            self._lists[g] = self._describe(g)
        return self._lists[g].get(k, [])

    def _items(self, g: int) -> list:
        """(start, end, first token, last token, '' for a free item or the type of a rule entity) of
        each item of list G, in order; None for an item that is neither."""
        starts, ends, seps = self.starts, self.ends, self.seps
        h, t = int(self.heads_at[g]), int(self.tails_at[g])
        out: list = [None] * int(self.list_size[g])
        if self.head_ok[g]:
            a, b = int(self.head_item[0][g]), int(self.head_item[1][g])
            out[0] = (int(starts[a]), int(ends[b]), a, b, "")
        for m in range(h, t):
            if self.mid_free[m]:
                p, q = int(seps[m]), int(seps[m + 1])
                out[m - h + 1] = (int(ends[p]), int(starts[q]), p + 1, q - 1, "")
        if self.tail_ok[g]:
            a, b = int(self.tail_item[0][g]), int(self.tail_item[1][g])
            out[-1] = (int(starts[a]), int(ends[b]), a, b, "")
        for n, (s, e, ty) in self.siblings.get(g, {}).items():
            out[n] = (s, e, -1, -1, ty)
        return out

    def _describe(self, g: int) -> dict[int, list[str]]:
        """item index -> list features, for the free items of list G."""
        items = self._items(g)
        text, heads = self.text, self.heads
        words, tags = self.tokens.words, self.tokens.tags
        frame = ["li", "lin=" + str(min(len(items), 6))]
        rule = [ty for _, _, ty in self.siblings.get(g, {}).values()]
        frame.append("lsr=" + str(min(len(rule), 3)))
        frame += ["lst=" + ty for ty in sorted(set(rule))]
        verb = int(self.list_verb[g])
        if verb >= 0:
            frame.append("lgv=" + words[verb])
        # what closes it: 等 and the class noun after it (its class head, the tail cue it opens)
        after = int(self.list_after[g])
        if after < len(words):
            w = words[after]
            if w in _LIST_END:
                frame.append("lend=等")
                if after + 1 < len(words):
                    frame += _class_features(words[after + 1], heads)
                    frame += sorted({"lcue=" + ty for rx, ty in tail_cues() if rx.match(text, int(self.ends[after]))})
            else:
                frame.append("lend=" + ("punct" if not STOP.isdisjoint(w) else tags[after]))
        surfaces = [text[x[0]:x[1]] for x in items if x]
        frame += sorted({"lsibh=" + hd[1] for sf in surfaces for hd in [head_of(sf, heads)] if hd})
        ends1, ends2 = Counter(sf[-1] for sf in surfaces), Counter(sf[-2:] for sf in surfaces)  # (an item's own too)
        out = {}
        for x in items:
            k = self.item_at(x[2], x[3]) if x and not x[4] else -1
            if k < 0:  # (no free item, or one left out)
                continue
            sf = text[x[0]:x[1]]
            f = frame + ["lpos=" + LIST_POSITIONS[int(self.place[k])], "ilen=" + str(min(len(sf), ITEM_MAX_CHARS) // 3)]
            if ends1[sf[-1]] > 1:  # (another item ends with the same character / two)
                f.append("lsh1")
            if ends2[sf[-2:]] > 1:
                f.append("lsh2")
            out[k] = f
        return out


def _class_features(word: str, heads: dict) -> list[str]:
    """The features of WORD, the class noun after a list's 等: itself and its class head's type."""
    hd = head_of("x" + word, heads)
    return ["ldeng=" + word] + (["ldengh=" + hd[1]] if hd else [])


# ---- the regressions' scoring (the gap filler's below and the extensions', kg.extract.extend)
def per_weights(cache: dict, weights: dict, make):
    """MAKE(WEIGHTS), made once per weights object and kept in CACHE (keyed by its id, checked to be the same
    object)."""
    hit = cache.get(id(weights))
    if hit is None or hit[0] is not weights:
        hit = cache[id(weights)] = (weights, make(weights))
    return hit[1]


def score_floor(threshold: float) -> float:
    """The least score of a type whose probability reaches THRESHOLD, less a rounding margin: P(type) <=
    sigmoid(its score), whatever the other scores."""
    return math.log(threshold / (1 - threshold)) - 1e-6 if 0 < threshold < 1 else -math.inf


def spans(text: str, tokens: list, chosen: list[tuple[int, int, str]], heads: dict | None = None):
    """(start, end, features) of each candidate of TEXT: the word runs (``candidates``), then the
    list items (``ListFrame``) that are none of them."""
    heads = class_heads() if heads is None else heads
    by_end, by_start = _by_edges(chosen)
    frame = ListFrame(text, tokens, chosen, heads)
    for s, e, i, j in itertools.chain(candidates(text, tokens, chosen), frame.extra):
        yield s, e, features(text, tokens, by_end, by_start, s, e, i, j, heads, frame)


def probabilities(weights: dict, feats: list[str]) -> dict[str, float]:
    """P(type) for each of TYPES and none (softmax; none's score is 0)."""
    z = {}
    for ty in TYPES:
        w = weights[ty]
        z[ty] = w.get("", 0.0) + sum(map(w.get, feats, repeat(0.0)))  # (the lookups in C)
    m = max(0.0, *z.values())
    ex = {ty: math.exp(v - m) for ty, v in z.items()}
    tot = math.exp(-m) + sum(ex.values())
    return {ty: v / tot for ty, v in ex.items()}


def choose(scored: list[tuple[int, int, str, float]], threshold: float) -> list[tuple[int, int, str, float]]:
    """The non-overlapping spans of probability >= THRESHOLD, most probable first."""
    kept: list = []
    for s, e, ty, p in sorted((x for x in scored if x[3] >= threshold), key=lambda x: (-x[3], x[0], x[1])):
        if all(e <= ks or ke <= s for ks, ke, _, _ in kept):
            kept.append((s, e, ty, p))
    return sorted(kept)


def predict(weights: dict, text: str, tokens: list, chosen: list[tuple[int, int, str]], threshold: float,
            not_entities: frozenset = frozenset(), list_weight: float = 1.0, not_span: re.Pattern | None = None):
    """(start, end, type, probability) of the spans kept in TEXT, a list item's probability
    blended with its list's (``blend``, LIST_WEIGHT).  Only the candidates whose upper bound
    (``ScoreBound``) reaches THRESHOLD get their feature strings and probabilities, and the other
    items of their lists: the others could not be kept anyway (a blended probability is no more
    than the most probable item's of its list)."""
    heads = class_heads()
    by_end, by_start = _by_edges(chosen)
    found, frame = score_bound(weights).reachable(text, tokens, chosen, threshold, by_end, by_start)
    lists = {}
    if list_weight < 1 and found:
        hit = {frame.item_at(i, j) for _, _, i, j in found} - {-1}
        at = np.flatnonzero(np.isin(frame.item_list, [int(frame.item_list[k]) for k in hit]))
        lists = frame.spans_of(at)
        have = {(s, e) for s, e, _, _ in found}
        found += [(s, e, i, j) for (s, e), (i, j, _) in lists.items() if (s, e) not in have]
    scored = []
    for s, e, i, j in found:
        if text[s:e] in not_entities or (not_span is not None and not_span.search(text[s:e])):
            continue
        pr = probabilities(weights, features(text, tokens, by_end, by_start, s, e, i, j, heads, frame))
        ty = max(pr, key=pr.get)
        scored.append((s, e, ty, pr[ty]))
    return choose(blend(scored, {span: g for span, (_, _, g) in lists.items()}, list_weight), threshold)


def blend(scored: list[tuple[int, int, str, float]], lists: dict, weight: float) -> list[tuple[int, int, str, float]]:
    """SCORED (start, end, type, probability) with the probability of each item of LISTS ((start, end)
    -> its list) WEIGHT times its own plus 1 - WEIGHT times the mean of its list's items in SCORED: the
    items of a list are read together."""
    if weight >= 1 or not lists:
        return scored
    total: dict = {}
    for s, e, _, p in scored:
        g = lists.get((s, e))
        if g is not None:
            n, z = total.get(g, (0, 0.0))
            total[g] = (n + 1, z + p)
    return [(s, e, ty, p) if (s, e) not in lists else
            (s, e, ty, weight * p + (1 - weight) * total[lists[s, e]][1] / total[lists[s, e]][0]) for s, e, ty, p in scored]


def list_items(text: str, tokens: list, chosen: list[tuple[int, int, str]]) -> dict[tuple[int, int], int]:
    """(start, end) -> its list, of each free list item of TEXT (``ListFrame``)."""
    frame = ListFrame(text, tokens, chosen, class_heads())
    return {span: g for span, (_, _, g) in frame.spans_of(np.arange(len(frame.first))).items()}


def _cmax(a: complex, b: complex) -> complex:
    return complex(max(a.real, b.real), max(a.imag, b.imag))


class Table:
    """Weights (complex, see ScoreBound; or values of DTYPE) of integer keys (>= 0),
    looked up for a whole array of keys at once: an open-addressing hash table
    (multiplicative hashing, linear probing, at most a sixteenth full: one or
    two probes)."""

    EMPTY = -2  # (a key never asked for: the callers' "no key" is -1)

    def __init__(self, pairs: dict[int, complex], dtype=complex):
        self.bits = max(4, (16 * len(pairs)).bit_length())
        size = 1 << self.bits
        self.keys = np.full(size + 1, self.EMPTY, dtype=np.int64)  # (the last slot: "not found", weight 0)
        self.values = np.zeros(size + 1, dtype=dtype)
        self.probes = 1
        for (key, w), at in zip(pairs.items(), self._slot(np.array(list(pairs), dtype=np.int64)).tolist()):
            step = 0
            while self.keys[(at + step) % size] != self.EMPTY:
                step += 1
            self.keys[(at + step) % size], self.values[(at + step) % size] = key, w
            self.probes = max(self.probes, step + 1)

    def _slot(self, q: np.ndarray) -> np.ndarray:
        return ((q.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - self.bits)).astype(np.int64)

    def where(self, q: np.ndarray) -> np.ndarray:
        """The slot of each key of Q, the last slot for a key not in the table."""
        at = self._slot(q)
        size = len(self.keys) - 1
        found = np.where(self.keys[at] == q, at, size)
        for step in range(1, self.probes):
            here = (at + step) & (size - 1)
            found = np.where(self.keys[here] == q, here, found)
        return found

    def __call__(self, q: np.ndarray) -> np.ndarray:
        """The weight of each key of Q (0 for a key not in the table)."""
        return self.values[self.where(q)]

    def has(self, q: np.ndarray) -> np.ndarray:
        return self.where(q) < len(self.keys) - 1


class CharTable:
    """Weights (complex, see ScoreBound) of single characters, looked up for a
    whole array of code points at once: a small index by code point (0 for a
    character without a weight, and for every code point past the table's or
    -1) into the weights."""

    def __init__(self, pairs: dict[int, complex]):
        self.index = np.zeros(max(pairs, default=0) + 2, dtype=np.int16 if len(pairs) < 32767 else np.int32)
        self.values = np.zeros(len(pairs) + 1, dtype=complex)
        for k, (key, w) in enumerate(pairs.items(), 1):
            self.index[key], self.values[k] = k, w

    def __call__(self, cp: np.ndarray) -> np.ndarray:
        return self.values[self.index[np.minimum(cp, len(self.index) - 1)]]


class Rows(dict):
    """key -> the index of its column in TABLE (weights, complex) and FACTS
    (int8), made by MAKE(key) -> (weights, facts) on first sight."""

    def __init__(self, make, size: int):
        super().__init__()
        self.make = make
        self.table = np.zeros((size, 256), dtype=complex)
        self.facts = np.zeros(256, dtype=np.int8)

    def __missing__(self, key) -> int:
        k = len(self)
        if k == len(self.facts):  # (room for twice as many)
            self.table = np.concatenate([self.table, np.zeros_like(self.table)], axis=1)
            self.facts = np.concatenate([self.facts, np.zeros_like(self.facts)])
        self.table[:, k], self.facts[k] = self.make(key)
        self[key] = k
        return k


def chars_key(s: str) -> int:
    """One integer for up to three characters (21 bits each)."""
    k = 0
    for ch in s:
        k = (k << 21) | ord(ch)
    return k


class HeadIndex:
    """The class heads (``class_heads``) of one to four characters, numbered (``heads``: (suffix, type)
    by number), found at the end of many spans at once: numpy over a text's code points (CP) for the
    heads of up to three characters (one integer key, ``chars_key``), then a look at the text for
    the few spans that end with the last three characters of a head of four."""

    def __init__(self, heads: dict[str, str]):
        self.heads = [(h, ty) for h, ty in heads.items() if 1 <= len(h) <= 4]
        number = {h: k for k, (h, _) in enumerate(self.heads)}
        self.tables = {k: Table({chars_key(h): number[h] for h in number if len(h) == k}, np.int64) for k in (1, 2, 3)}
        self.fours = {h: number[h] for h in number if len(h) == 4}
        self.four_tails = Table({chars_key(h[1:]): 0 for h in self.fours}, np.int64)

    def by_size(self, text: str, cp: np.ndarray, ends: np.ndarray) -> dict[int, np.ndarray]:
        """k -> the number of the head of k characters (1 to 4) that ends at each offset of ENDS (-1 for none)."""
        out = {}
        key = np.zeros(len(ends), dtype=np.int64)
        for k in (1, 2, 3):
            key = np.where(ends >= k, key | (cp[np.maximum(ends - k, 0)] << (21 * (k - 1))), -1)
            slot = self.tables[k].where(key)
            out[k] = np.where(slot < len(self.tables[k].keys) - 1, self.tables[k].values[slot], -1)
        out[4] = np.full(len(ends), -1, dtype=np.int64)
        for t in np.flatnonzero((ends >= 4) & self.four_tails.has(key)).tolist():
            out[4][t] = self.fours.get(text[ends[t] - 4:ends[t]], -1)
        return out

    def at(self, text: str, cp: np.ndarray, ends: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The number of the head ``head_of`` finds in each span ending at ENDS, LENGTHS characters long (-1 for
        none): the longest shorter than the span."""
        out = np.full(len(ends), -1, dtype=np.int64)
        for k, found in self.by_size(text, cp, ends).items():
            out = np.where((found >= 0) & (lengths > k), found, out)
        return out


class ScoreBound:
    """An upper bound of each candidate's Technology and Industry scores (the
    softmax inputs of ``probabilities``), as complex numbers (Technology the
    real part, Industry the imaginary one), for all candidates of a text at
    once (numpy), without feature strings.  The weights of the features of
    each word and of each tag in each place (inside a span, first, last, just
    before, just after) are summed once per process into tables; the character
    features (c=, f1=, f2=, l1=, l2=, pc=, nc=) and the class head (head=,
    hs=) and the list frame (lm=, list) are read off the text's code points;
    the clause's (gv=, deng=, dengh=: ``clause_features``) off the tokens (the
    last verb before the span, the word after the next 等 after it); a list
    item's features (``ListFrame``) per list and item in numpy (LIST_EXACT)
    but for a few (LIST_BOUNDED).  The features of the span's tag sequence and
    surface (pos=, s=, ascii) and LIST_BOUNDED count at their largest weights
    in a first pass; a second adds them exactly for the few candidates left.
    P(type) <= sigmoid(score), so a candidate whose bound stays under
    logit(threshold) cannot be kept."""

    SURFACE = ("pos", "s", "ascii")
    # the weights of a word or tag in each place: inside a span, first, last, just before, just after
    # (and as a list's verb, as the class after its 等, as the verb governing a span, as the word after a 等 after it)
    INSIDE, FIRST, LAST, PREV, NEXT, VERB, CLASS, GOVERNS, DENG = range(9)
    CLEAN, ASCII, LONG, JOINER, LIST_END, CLAUSE_END = 1, 2, 4, 8, 16, 32  # a word's facts: no stop character, ASCII,
    # 6 characters or more (_role, feature_word), a list joiner, 等, a clause end (ListFrame)
    ROLE, ITEM_END, IS_VERB = 7, 8, 16  # a tag's facts: its role (_tag_role), whether it ends an edge item
    # (_ITEM_END_TAGS), v
    END = 5  # (a tag's weight as what follows a list: lend=)
    MAX_WORDS = 1 << 20

    def __init__(self, weights: dict):
        wt, wi = (weights[ty] for ty in TYPES)
        fw = {f: complex(wt.get(f, 0.0), wi.get(f, 0.0)) for f in set(wt) | set(wi)}
        top: dict[str, complex] = {}  # slot -> its largest weights (0 if all are negative: it may be absent)
        by_slot: dict[str, dict[str, complex]] = {}
        for f, w in fw.items():
            slot, _, value = f.partition("=")
            top[slot] = _cmax(top.get(slot, 0j), w)
            by_slot.setdefault(slot, {})[value] = w
        self.weight = g = lambda f: fw.get(f, 0j)
        self.base = g("")
        self.surface_top = sum(top.get(slot, 0j) for slot in self.SURFACE)
        # a list item's LIST_BOUNDED features at their largest (all the positive weights of the slots
        # an item may hold several of): the tail cues' apart, which only a list closed by 等 has
        self.item_top = top.get("lsh1", 0j) + top.get("lsh2", 0j) + sum(
            _cmax(w, 0j) for w in by_slot.get("lsibh", {}).values())
        self.cue_top = sum(_cmax(w, 0j) for w in by_slot.get("lcue", {}).values())
        self.item_sizes = np.array([g("li") + g("lin=" + str(min(k, 6))) for k in range(7)])
        self.item_places = np.array([g("lpos=" + p) for p in LIST_POSITIONS])
        self.item_lengths = np.array([g("ilen=" + str(k // 3)) for k in range(ITEM_MAX_CHARS + 1)])
        self.by_size = np.array([[g("len=" + str(min(n, 8))) + g("ntok=" + str(d + 1)) for n in range(ITEM_MAX_CHARS + 1)]
                                 for d in range(ITEM_MAX_CHARS)])  # [words - 1, characters] (a list item's too)

        def table(slot: str, size: int) -> dict[int, complex]:
            return {chars_key(v): w for v, w in by_slot.get(slot, {}).items() if len(v) == size}
        self.chars = {slot: CharTable(table(slot, 1)) for slot in ("c", "f1", "l1", "pc", "nc")}
        self.pairs = {slot: Table(table(slot, 2)) for slot in ("f2", "l2")}
        heads = class_heads()
        self.heads = heads
        self.head_index = HeadIndex(heads)
        self.head_weights = np.array([g("head=" + ty) + g("hs=" + h) for h, ty in self.head_index.heads] + [0j])
        self.head_ends = CharTable({ord(h[-1]): 1 for h in heads if len(h) <= 4})  # (the last characters of heads)
        self.joiner_last = CharTable({ord(jn[-1]): 1 for jn in _LISTJOIN})
        self.joiner_first = CharTable({ord(jn[0]): 1 for jn in _LISTJOIN})
        self.words = Rows(self._word_weights, 9)
        self.long_word = np.array(self._word_weights("#long")[0])  # (what feature_word calls a long unknown word)
        self.tags = Rows(self._tag_weights, 6)
        self.unknown = self.tags["unk"]

    def _word_weights(self, word: str) -> tuple[tuple, int]:
        """The weights of WORD's features inside a span, first, last, just before and after it, as a list's
        verb, as the class after its 等, as a span's governing verb and as the word after a 等 after it; its facts."""
        g = self.weight
        facts = (self.CLEAN if STOP.isdisjoint(word) else 0) | (self.ASCII if word.isascii() else 0) | (
            self.LONG if len(word) >= 6 else 0) | (self.JOINER if word in _LISTJOIN else 0) | (
            self.LIST_END if word in _LIST_END else 0) | (0 if _CLAUSE_END.isdisjoint(word) else self.CLAUSE_END)
        return (g("w=" + word), g("wF=" + word), g("wL=" + word), g("pw=" + word), g("nw=" + word),
                g("lgv=" + word), sum(map(g, _class_features(word, self.heads))), g("gv=" + word),
                sum(map(g, _deng_features(word, self.heads)))), facts

    def _tag_weights(self, tag: str) -> tuple[tuple, int]:
        """The weights of TAG's features in those places and as what follows a list; its facts (ROLE,
        ITEM_END, IS_VERB)."""
        g = self.weight
        return ((g("in=" + tag) if tag.startswith("lex:") else 0j, g("posF=" + tag), g("posL=" + tag), g("pt=" + tag),
                 g("nt=" + tag), g("lend=" + tag)),
                _tag_role(tag) | (self.ITEM_END if tag in _ITEM_END_TAGS else 0) | (self.IS_VERB if tag == "v" else 0))

    def reachable(self, text: str, tokens: list, chosen: list, threshold: float, by_end: dict,
                  by_start: dict) -> tuple[list[tuple[int, int, int, int]], ListFrame]:
        """(start, end, first token, last token) of the candidates (``candidates`` and the list items
        of ``ListFrame``) whose bound reaches the least score of a span of probability THRESHOLD; the
        text's ListFrame."""
        floor = score_floor(threshold)
        found = []
        g = self.weight
        tokens = as_tokens(tokens)  # (its tag column: a slice of it joined in C)
        passed, frame = self._first_pass(text, tokens, chosen, by_end, by_start, floor)
        tags = tokens.tags
        for s, e, i, j, z in passed:
            surf = text[s:e]
            z += g("pos=" + "_".join(tags[i:j + 1])) + g("s=" + surf)
            if surf.isascii():
                z += g("ascii")
            if z.real >= floor or z.imag >= floor:  # then the list's features, exactly
                listed = frame.features(s, e, i, j)
                if len(listed) > 1:  # (an item: the features the first pass bounded, exactly)
                    z += sum(g(x) for x in listed if x.partition("=")[0] in LIST_BOUNDED) - self.item_top - (
                        self.cue_top if any(x.startswith("ldeng=") for x in listed) else 0)
                if z.real >= floor or z.imag >= floor:
                    found.append((s, e, i, j))
        return found, frame

    def _list_weights(self, frame: ListFrame, word: np.ndarray, tag: np.ndarray, facts: np.ndarray) -> np.ndarray:
        """The weights of the LIST_EXACT features each list of FRAME gives its items (all but lpos and ilen;
        the tail cues at their largest: cue_top), WORD, TAG and FACTS: the tokens' rows and word facts."""
        g, n = self.weight, len(word)
        after = frame.list_after
        at = np.minimum(after, n - 1)
        closed = (after < n) & (facts[at] & self.LIST_END != 0)
        typed = closed & (after + 1 < n)  # (a class noun after 等)
        w = (self.item_sizes[np.minimum(frame.list_size, 6)]
             + np.where(closed, g("lend=等"), np.where(after >= n, 0j, np.where(
                 facts[at] & self.CLEAN == 0, g("lend=punct"), self.tags.table[self.END, tag[at]])))
             + np.where(typed, self.words.table[self.CLASS, word[np.minimum(after + 1, n - 1)]] + self.cue_top, 0j)
             + np.where(frame.list_verb >= 0, self.words.table[self.VERB, word[frame.list_verb]], 0j)
             + g("lsr=0"))
        for k, items in frame.siblings.items():
            types = {ty for _, _, ty in items.values()}
            w[k] += g("lsr=" + str(min(len(items), 3))) - g("lsr=0") + sum(g("lst=" + ty) for ty in types)
        return w

    def _first_pass(self, text: str, tokens: list, chosen: list, by_end: dict, by_start: dict, floor: float):
        """(start, end, first token, last token, score bound without the tag sequence and surface features)
        of the candidates whose bound with those at their largest (surface_top) reaches FLOOR (a list item's
        LIST_BOUNDED features too: item_top); the text's ListFrame."""
        tokens = as_tokens(tokens)  # (its word and tag columns: lists)
        n = len(tokens)
        if not n:
            return [], ListFrame(text, tokens, chosen, self.heads)
        if len(self.words) >= self.MAX_WORDS:  # (a long-running process: start the table afresh)
            self.words.clear()
        # (fromiter with its dtype: an array of a list of ints first finds their type, item by item)
        word = np.fromiter(map(self.words.__getitem__, tokens.words), np.int64, n)
        tag = np.fromiter(map(self.tags.__getitem__, tokens.tags), np.int64, n)
        facts, tag_facts, unknown = self.words.facts[word], self.tags.facts[tag], tag == self.unknown
        long = unknown & (facts & self.LONG != 0)
        clean = (facts & self.CLEAN != 0) & (~unknown | (facts & self.ASCII != 0))
        starts, ends = token_offsets(tokens)
        touch = _touching(text, starts, ends, chosen)
        roles = np.where(clean & ~touch, tag_facts & self.ROLE, 0).astype(np.int8)
        verb, clause_end, deng = tag_facts & self.IS_VERB != 0, facts & self.CLAUSE_END != 0, facts & self.LIST_END != 0
        frame = ListFrame(text, tokens, chosen, self.heads, facts=(
            facts & self.JOINER != 0, deng, facts & self.CLEAN != 0,
            tag_facts & self.ITEM_END != 0, ~touch, roles, verb, clause_end), offsets=(starts, ends))
        verbs, dengs, ended = _Marks(verb), _Marks(deng), _Marks(clause_end)

        def governing(at: np.ndarray) -> np.ndarray:  # (gv=) the last verb before the tokens AT, in their clause
            v = verbs.last(at - 1)
            return np.where(v > ended.last(at - 1), self.words.table[self.GOVERNS, word[np.maximum(v, 0)]], 0j)

        def after_deng(at: np.ndarray) -> np.ndarray:  # (deng=, dengh=) the word after the first 等 after the
            k = dengs.next(at + 1)  # tokens AT, eleven words on at most, in their clause
            return np.where((k < ended.next(at + 1)) & (k <= at + 11) & (k + 1 < n),
                            self.words.table[self.DENG, word[np.minimum(k + 1, n - 1)]], 0j)

        in_item = frame.item_of >= 0
        start_at, end_at = roles >= 2, roles > 0  # (where a span may start / end: a list item's edges too)
        start_at[frame.first] = True
        end_at[frame.last] = True

        def weights(place: int, at: np.ndarray) -> np.ndarray:  # of the word and tag of the tokens AT in PLACE
            w = np.where(long[at], self.long_word[place], self.words.table[place, word[at]])
            return w + self.tags.table[place, tag[at]]
        cp = code_points(text)
        size, g, chars, pairs = len(text), self.weight, self.chars, self.pairs
        # where a span starts (a token of role 2 or 3): its first word and characters, the word and character before
        # it, the verb governing it
        first = np.zeros(n, dtype=complex)
        at = np.flatnonzero(start_at)
        s = starts[at]
        before = cp[np.maximum(s - 1, 0)]
        first[at] = (weights(self.FIRST, at) + chars["f1"](cp[s])
                     + pairs["f2"]((cp[s] << 21) | cp[np.minimum(s + 1, size - 1)])
                     + np.where(s > 0, chars["pc"](before), g("pc=^"))
                     + np.where(at > 0, weights(self.PREV, np.maximum(at - 1, 0)), g("pw=^") + g("pt=^"))
                     + governing(at))
        # where it ends (a token of role 1 to 3): its last word and characters, the word and character after it, the
        # word after a 等 after it
        last = np.zeros(n, dtype=complex)
        at = np.flatnonzero(end_at)
        e = ends[at]
        after = cp[np.minimum(e, size - 1)]
        last[at] = (weights(self.LAST, at) + chars["l1"](cp[e - 1])
                    + pairs["l2"]((cp[np.maximum(e - 2, 0)] << 21) | cp[e - 1])
                    + np.where(e < size, chars["nc"](after), g("nc=$"))
                    + np.where(at + 1 < n, weights(self.NEXT, np.minimum(at + 1, n - 1)), g("nw=$") + g("nt=$"))
                    + after_deng(at))
        inside = np.zeros(n + 1, dtype=complex)  # (the weights inside a span of the tokens before each, summed)
        at = np.flatnonzero(end_at | in_item)
        inside[at + 1] = weights(self.INSIDE, at)
        inside = np.cumsum(inside)
        # the list frame: a joiner just before / after, the rule entity on its other side (lm=, list)
        pad = np.concatenate([[-1, -1], cp, [-1, -1]])  # pad[p + 2]: the code point at p, -1 outside the text
        # (first the tokens a joiner's last character precedes / first character follows, then each joiner)
        near_s = np.flatnonzero(self.joiner_last(pad[starts + 1]) != 0)  # (-1, outside the text: no weight)
        near_e = np.flatnonzero(self.joiner_first(pad[ends + 2]) != 0)
        ahead = [pad[starts[near_s] - q + 2] for q in range(3)]  # the code points q characters before those tokens
        behind = [pad[ends[near_e] + q + 2] for q in range(2)]  # those q characters after their ends
        listed_s, listed_e = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        for jn in _LISTJOIN:
            k = len(jn)
            at_s = near_s[np.logical_and.reduce([ahead[k - q] == ord(ch) for q, ch in enumerate(jn)])]
            at_e = near_e[np.logical_and.reduce([behind[q] == ord(ch) for q, ch in enumerate(jn)])]
            listed_s[at_s] = True
            listed_e[at_e] = True
            for t, p in zip(at_s.tolist(), (starts[at_s] - k).tolist()):
                if p in by_end:
                    first[t] += g("lm=" + by_end[p])
            for t, p in zip(at_e.tolist(), (ends[at_e] + k).tolist()):
                if p in by_start:
                    last[t] += g("lm=" + by_start[p])
        heads = []  # (k, the tokens a class head of k characters ends, its weight)
        at = np.flatnonzero(end_at & (self.head_ends(cp[ends - 1]) != 0))
        e = ends[at]
        for k, found in self.head_index.by_size(text, cp, e).items():
            is_head, w = np.zeros(n, dtype=bool), np.zeros(n, dtype=complex)
            is_head[at], w[at] = found >= 0, self.head_weights[found]
            heads.append((k, is_head, w))
        char_sum = np.concatenate([[0j], np.cumsum(chars["c"](cp))])
        extra = frame.extra_at
        # each item's list features: LIST_EXACT read, the others at their largest
        item_bound = np.append(self._list_weights(frame, word, tag, facts)[frame.item_list]
                               + self.item_places[frame.place] + self.item_top
                               + self.item_lengths[np.minimum(ends[frame.last] - starts[frame.first], ITEM_MAX_CHARS)],
                               0j) if len(frame.first) else np.zeros(1, dtype=complex)
        item_first, item_last = np.append(frame.first, -1), np.append(frame.last, -1)
        # the word runs (_windows) of D + 1 words, D = 0, 1, …, then the list items that are none of them: all
        # scored at once (a few numpy calls per text rather than per number of words)
        runs = list(_windows(starts, ends, roles))
        d = np.concatenate([np.full(len(i), d, dtype=np.int64) for d, i in runs]
                           + [frame.last[extra] - frame.first[extra]])
        i = np.concatenate([i for _, i in runs] + [frame.first[extra]])
        j = i + d
        item = np.concatenate([frame.item_of[i] >= 0 for _, i in runs] + [np.ones(len(extra), dtype=bool)])
        s, e = starts[i], ends[j]
        length = e - s
        head = np.zeros(len(i), dtype=complex)
        for k, is_head, w in heads:  # the longest class head shorter than the span (head_of)
            head = np.where(is_head[j] & (k < length), w[j], head)
        k = np.where(item & (frame.item_of[i] == frame.item_of[j]), frame.item_of[i], -1)  # (-1: the pad)
        z = (self.base + first[i] + inside[j + 1] - inside[i] + last[j] + char_sum[e] - char_sum[s]
             + self.by_size[d, length] + head + np.where(listed_s[i] | listed_e[j], g("list"), 0j)
             + np.where(k < 0, 0j, np.where((item_first[k] == i) & (item_last[k] == j), item_bound[k], g("lsub"))))
        high = z + self.surface_top
        at = np.flatnonzero((high.real >= floor) | (high.imag >= floor))
        return list(zip(s[at].tolist(), e[at].tolist(), i[at].tolist(), j[at].tolist(), z[at].tolist())), frame


_BOUNDS: dict = {}


def score_bound(weights: dict) -> ScoreBound:
    """The ScoreBound of WEIGHTS, made once per weights object."""
    return per_weights(_BOUNDS, weights, ScoreBound)


_MODELS: dict = {}


MODEL_KEYS = {"weights": "{type: {feature: weight}} for each of TYPES ('' the bias)",
              "threshold": "the least probability of a span added, in (0, 1) (THRESHOLD if missing)",
              "list_weight": "a list item's own probability's weight against its list's mean probability, in "
                             "(0, 1] (1: its own alone; LIST_WEIGHT if missing)",
              "candidates": "training candidates (information)", "positives": "positive ones among them (information)",
              "extend": "the extension model (optional; its keys: kg.extract.extend.MODEL_KEYS, checked there), its candidates "
                        "rule mentions with words added"}


def check_weights(weights, name: str, where: str) -> None:
    """ValueError naming NAME in WHERE unless WEIGHTS maps exactly TYPES to {feature: finite number}."""
    if not isinstance(weights, dict) or set(weights) != set(TYPES):
        raise ValueError(f"{where}: '{name}' must map exactly {list(TYPES)} to feature weights")
    for ty, w in weights.items():
        if not isinstance(w, dict):
            raise ValueError(f"{where}: {name}[{ty!r}] is not an object")
        for f, x in w.items():
            if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
                raise ValueError(f"{where}: {name}[{ty!r}][{f!r}] = {x!r} is not a finite number")


def check_threshold(th, name: str, where: str) -> None:
    """ValueError naming NAME in WHERE unless TH is a number in (0, 1)."""
    if isinstance(th, bool) or not isinstance(th, (int, float)) or not 0 < th < 1:
        raise ValueError(f"{where}: '{name}' = {th!r} is not a number in (0, 1)")


def check_keys(model, keys, where: str, part: str = "") -> None:
    """ValueError naming what is wrong in WHERE (in its PART, e.g. 'extend') unless MODEL is a JSON
    object whose keys are among KEYS."""
    if not isinstance(model, dict):
        raise ValueError(f"{where}: {part + ' is ' if part else ''}not a JSON object")
    unknown = sorted(set(model) - set(keys))
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {unknown}{' in ' + part if part else ''} (known: {sorted(keys)})")


def check_model(model, where: str = "model") -> dict:
    """MODEL, if it is a span filler model (MODEL_KEYS); else ValueError naming what is wrong in WHERE."""
    check_keys(model, MODEL_KEYS, where)
    check_weights(model.get("weights"), "weights", where)
    check_threshold(model.get("threshold", THRESHOLD), "threshold", where)
    lw = model.get("list_weight", LIST_WEIGHT)
    if isinstance(lw, bool) or not isinstance(lw, (int, float)) or not 0 < lw <= 1:
        raise ValueError(f"{where}: 'list_weight' = {lw!r} is not a number in (0, 1]")
    return model


def load_model(path: str | Path | None = None) -> dict:
    """The model at PATH (default MODEL_PATH), checked (``check_model``) and read once per process."""
    key = str(path or MODEL_PATH)
    if key not in _MODELS:
        with gzip.open(key, "rt", encoding="utf-8") as fh:
            _MODELS[key] = check_model(json.load(fh), key)
    return _MODELS[key]


@Language.factory("kg_spanfill", assigns=["doc.user_data"], default_config={"model": "", "threshold": -1.0})
def make_spanfill(nlp: Language, name: str, model: str, threshold: float):
    """Replaces ``doc.user_data["kg_chosen"]`` (the rule candidates, the extensions of ``kg_extend``
    in) with the same list and the Technology / Industry spans added in the gaps the rules leave
    (rule RULE), in order (THRESHOLD < 0: the model's)."""
    m = load_model(model or None)
    weights = m["weights"]
    th = threshold if threshold >= 0 else m.get("threshold", THRESHOLD)
    list_weight = m.get("list_weight", LIST_WEIGHT)
    lex = load_lexicon()
    not_entities = lex.not_entities
    spec = load_entity_patterns().get("span_filler", {})
    not_span = re.compile(spec["not_regex"]) if spec.get("not_regex") else None  # (counts, ordinals, numbers, determiners)
    class_heads()

    def spanfill(doc: Doc) -> Doc:
        text, tokens = doc.user_data["kg_text"], doc.user_data["kg_tokens"]
        chosen = list(doc.user_data["kg_chosen"])
        found = predict(weights, text, tokens, list(map(SPAN_TYPE, chosen)), th, not_entities, list_weight, not_span)
        if found:
            added = [new_cand((s, e, ty, text[s:e], RULE, 0)) for s, e, ty, _ in found]
            # a name the model read once is the same name where the passage repeats it
            # on word edges, as a rule's name is (rules.repeat_mentions)
            taken = bytearray(len(text) + 1)
            for c in chosen + added:
                taken[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
            added += repeat_mentions(text, added, taken, as_tokens(tokens), lex)
            chosen = sorted(chosen + added)
        doc.user_data["kg_chosen"] = chosen
        return doc

    return spanfill
