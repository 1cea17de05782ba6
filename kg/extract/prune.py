"""``kg_prune``: a logistic regression over the rules' Technology and Industry
mentions that drops a mention it is confident names no Technology or Industry
(``--prune`` on ``kg build`` / ``kg extract`` / ``kg eval``, ``ExtractorOptions(prune=True)`` in Python;
off by default; weights kg/extract/models/prune.json.gz, trained
by bench/train_prune.py from the repository's open gold sets, read once per
process and checked on load).

Generic words the lexicon types used in another sense, a class word that
names a route or a grade rather than a technology, and the core of a longer
name are what it finds.  The features are the span
filler's (``spanfill.features``: the span's words and tags, its first and
last characters, its class head, the words around it, the verb governing it,
its list-mates' types, the class noun after 等, lexicon types) but its single
characters, and two of the rules': the type they gave (``was=``) and the rule
that found the span (``rule=``, its family before the first dot as ``rf=``).
The model scores Technology and Industry against none (the span filler's
model form, ``spanfill.check_model``); a mention is dropped when P(none)
reaches the threshold; the clause's features are read only for the mentions
that could reach it with them at their least weights (``_Judge``).  It runs
right after the rules' conflicts are settled, before the statistical
components that fill gaps (the span filler may then name a longer span where
a dropped core stood).
"""
from __future__ import annotations

import gzip
import json
import math
from bisect import bisect_left, bisect_right
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import spanfill
from kg.extract.rules import Cand, Tokens

MODEL_PATH = Path(__file__).parent / "models" / "prune.json.gz"
THRESHOLD = 0.8  # (the shipped model's; chosen holding each open set out, see bench/train_prune.py)
TYPES = spanfill.TYPES
_WORD_TAG = itemgetter(2, 3)  # (a token's word and tag)
_RULE_SPAN = itemgetter(*(Cand._fields.index(f) for f in ("start", "end", "type", "rule")))


def token_range(starts: list[int], ends: list[int], s: int, e: int, first: int | None = None,
                last: int | None = None) -> tuple[int, int] | None:
    """(first, last) index of the tokens that overlap S:E (STARTS, ENDS: the tokens' offsets), None if none do.
    FIRST, LAST: the tokens an offset index gives for S and E, if any (checked against their neighbours;
    the offset lists are bisected otherwise)."""
    i, j = first, last
    if i is None or ends[i] <= s or i and ends[i - 1] > s:
        i = bisect_right(ends, s)
    if j is None or starts[j] >= e or j + 1 < len(starts) and starts[j + 1] < e:
        j = bisect_left(starts, e) - 1
    return (i, j) if i <= j else None


def surface_features(text: str, tokens: list, s: int, e: int, i: int, j: int, was: str, rule: str,
                     heads: dict) -> list[str]:
    """The features of the rule mention S:E (tokens I..J) of type WAS found by RULE itself: the span filler's
    (``spanfill.surface_features``) but its single characters (c=: a mention's own characters held it to the
    sets it was trained on), and the type and rule."""
    return [f for f in spanfill.surface_features(text, tokens, s, e, i, j, heads)
            if not f.startswith("c=")] + ["was=" + was, "rule=" + rule, "rf=" + rule.partition(".")[0]]


def mention_features(text: str, tokens: list, by_end: dict, by_start: dict, s: int, e: int, i: int, j: int,
                     was: str, rule: str, heads: dict) -> list[str]:
    """The feature strings of the rule mention S:E (tokens I..J) of type WAS found by RULE."""
    return (surface_features(text, tokens, s, e, i, j, was, rule, heads)
            + spanfill.context_features(text, tokens, by_end, by_start, s, e, i, j)
            + spanfill.clause_features(tokens, i, j, heads))


def rule_spans(doc: Doc) -> list[tuple[int, int, str, str]]:
    """(start, end, type, rule) of each rule entity the doc's ``kg_chosen`` holds, as the judges read them."""
    return list(map(_RULE_SPAN, doc.user_data["kg_chosen"]))


def memo_key(text: str, tokens: list, s: int, e: int, i: int, j: int, ty: str, rule: str) -> tuple:
    """The key of a memo of the mention S:E (tokens I..J) of type TY found by RULE's own features: surface, words
    and tags (one word's, a tuple of more words'), type and rule."""
    return text[s:e], tokens[i][2:4] if i == j else tuple(map(_WORD_TAG, tokens[i:j + 1])), ty, rule


def spans(tokens: list, chosen: list[tuple[int, int, str, str]], leave_out: frozenset = frozenset()):
    """(index in CHOSEN, first token, last token) of each Technology / Industry mention of two characters or
    more of CHOSEN ((start, end, type, rule) of the rule entities) but those found by a rule of the families
    LEAVE_OUT (a rule's name up to its first dot; left out before their tokens are looked up)."""
    if isinstance(tokens, Tokens):  # (the pipeline's tokens keep their offsets as lists and indexes: read those)
        starts, ends = tokens.starts, tokens.end_at.offsets
        first_at, last_at = tokens.start_at.get, tokens.end_at.get
    else:
        starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
        first_at = last_at = {}.get
    for k, (s, e, ty, rule) in enumerate(chosen):
        if ty in TYPES and e - s >= 2 and (not leave_out or rule.partition(".")[0] not in leave_out):
            at = token_range(starts, ends, s, e, first_at(s), last_at(e))
            if at is not None:
                yield k, at[0], at[1]


class Neighbours:
    """The weights of the features of the words and characters next to a span (``spanfill.context_features``:
    pw=, pt=, pc= before it, nw=, nt=, nc= after it) under each of a list of weight vectors, summed once per
    (word, tag, character) on each side and kept; and the least weights of its list frame's features (list,
    lm= on either side), which it has only next to a joiner's character."""

    MAX_KEYS = 1 << 16

    def __init__(self, weights: list[dict]):
        self.weights = weights
        slots = [[[x for f, x in w.items() if f.partition("=")[0] == slot] for slot in ("list", "lm")]
                 for w in weights]
        # (lm= three times at most: 及 and 以及 both end before a span, one joiner begins after it)
        self.least_list = tuple(min([0.0, *v[0]]) + 3 * min([0.0, *v[1]]) for v in slots)
        # (the word before a span: (word, tag), None at the text's edge; the character before it) -> weights
        self.before: dict = {}
        self.after: dict = {}  # (the same after it)

    def _weights(self, memo: dict, key, feats: tuple) -> tuple[float, ...]:
        """The weights per weight vector of FEATS, kept in MEMO under KEY."""
        if len(memo) >= self.MAX_KEYS:
            memo.clear()
        memo[key] = out = tuple(sum(map(w.get, feats, repeat(0.0))) for w in self.weights)
        return out

    def weights_before(self, key: tuple) -> tuple[float, ...]:
        """The weights of the features of the word and character before a span (KEY: ``before``'s), kept."""
        word, ch = key
        feats = ("pw=" + spanfill.feature_word((0, 0, *word)), "pt=" + word[1]) if word else ("pw=^", "pt=^")
        return self._weights(self.before, key, feats + ("pc=" + ch,))

    def weights_after(self, key: tuple) -> tuple[float, ...]:
        """The weights of the features of the word and character after a span (KEY: ``after``'s), kept."""
        word, ch = key
        feats = ("nw=" + spanfill.feature_word((0, 0, *word)), "nt=" + word[1]) if word else ("nw=$", "nt=$")
        return self._weights(self.after, key, feats + ("nc=" + ch,))


class _Judge:
    """P(none) of mentions, with a bound that spares most of them their clause's features (the verb governing
    a span, the word after a following 等: ``spanfill.clause_features``, the costly ones): those counted at
    their least weights, a mention whose P(none) stays under the threshold even then is kept.  The weights
    of a mention's own features (``surface_features``) are summed once per surface, words, type and rule.
    Before its context's features are built, a first bound reads the words and characters next to the span
    from per-word and per-character memos and its list frame's features (only next to a joiner's character) at
    their least weights: most mentions are kept on it."""

    CLAUSE = ("gv", "deng", "dengh")  # (a span has one feature of each at most)
    MAX_KEYS = 1 << 16

    def __init__(self, weights: dict, threshold: float):
        self.weights, self.threshold = weights, threshold
        self.least = [weights[ty].get("", 0.0) + sum(
            min(0.0, min((x for f, x in weights[ty].items() if f.partition("=")[0] == slot), default=0.0))
            for slot in self.CLAUSE) for ty in TYPES]
        self.room = 1.0 / threshold - 1.0  # P(none) >= threshold: the sum of exp(score) over TYPES <= room
        self.own: dict = {}  # (``memo_key``) -> (features, least scores without the context)
        self.near = Neighbours([weights[ty] for ty in TYPES])

    def _own(self, key: tuple, text: str, tokens: list, s: int, e: int, i: int, j: int, was: str, rule: str,
             heads: dict) -> tuple:
        """(features, least scores without the context) of the mention S:E (tokens I..J) of KEY (surface, words
        and tags, type, rule), kept in the OWN memo."""
        if len(self.own) >= self.MAX_KEYS:
            self.own.clear()
        feats = surface_features(text, tokens, s, e, i, j, was, rule, heads)
        self.own[key] = out = (feats, [low + sum(map(self.weights[ty].get, feats, repeat(0.0)))
                                       for ty, low in zip(TYPES, self.least)])
        return out

    def dropped(self, text: str, tokens: list, chosen: list[tuple[int, int, str, str]]) -> set[int]:
        """The indexes in CHOSEN of the mentions (``spans``) whose P(none) reaches the threshold."""
        heads = spanfill.class_heads()
        by_end = by_start = None  # (the rule entities by their edges, for the list frames: built when first read)
        weights, out = self.weights, set()
        own_memo, nb = self.own, self.near
        before, after, join_last, join_first = nb.before, nb.after, spanfill.JOIN_LAST, spanfill.JOIN_FIRST
        last_token, last_char = len(tokens) - 1, len(text) - 1
        (list_t, list_i), first_room = nb.least_list, self.room * (1 + 2e-9)  # (the sums' order differs)
        for k, i, j in spans(tokens, chosen):
            s, e, ty, rule = chosen[k]
            key = memo_key(text, tokens, s, e, i, j, ty, rule)
            own, low = own_memo.get(key) or self._own(key, text, tokens, s, e, i, j, ty, rule, heads)
            # the first bound: the words and characters next to the span as they are, the list frame's least
            cb = text[s - 1] if s else "^"
            ca = text[e] if e <= last_char else "$"
            kb = (tokens[i - 1][2:4] if i else None, cb)
            ka = (tokens[j + 1][2:4] if j < last_token else None, ca)
            xb = before.get(kb) or nb.weights_before(kb)
            xa = after.get(ka) or nb.weights_after(ka)
            zt, zi = low[0] + xb[0] + xa[0], low[1] + xb[1] + xa[1]
            if cb in join_last or ca in join_first:
                zt, zi = zt + list_t, zi + list_i
            if zt > 700.0 or zi > 700.0 or math.exp(zt) + math.exp(zi) > first_room:
                continue
            if by_end is None:
                by_end, by_start = {e: t for s, e, t, _ in chosen}, {s: t for s, e, t, _ in chosen}
            near = spanfill.context_features(text, tokens, by_end, by_start, s, e, i, j)
            bound = sum(math.exp(min(700.0, z + sum(map(weights[t].get, near, repeat(0.0)))))
                        for t, z in zip(TYPES, low))
            if bound <= self.room * (1 + 1e-9) and p_none(
                    weights, own + near + spanfill.clause_features(tokens, i, j, heads)) >= self.threshold:
                out.add(k)
        return out


def mentions(text: str, tokens: list, chosen: list[tuple[int, int, str, str]], heads: dict | None = None,
             leave_out: frozenset = frozenset()):
    """(index in CHOSEN, features) of each mention of CHOSEN (``spans``) but those found by a rule of the
    families LEAVE_OUT (a rule's name up to its first dot)."""
    heads = spanfill.class_heads() if heads is None else heads
    by_end = {e: t for s, e, t, _ in chosen}
    by_start = {s: t for s, e, t, _ in chosen}
    for k, i, j in spans(tokens, chosen, leave_out):
        s, e, ty, rule = chosen[k]
        yield k, mention_features(text, tokens, by_end, by_start, s, e, i, j, ty, rule, heads)


def p_none(weights: dict, feats: list[str]) -> float:
    """The probability that the mention of FEATS names neither Technology nor Industry."""
    return 1.0 - sum(spanfill.probabilities(weights, feats).values())


def dropped(weights: dict, text: str, tokens: list, chosen: list[tuple[int, int, str, str]],
            threshold: float) -> set[int]:
    """The indexes in CHOSEN of the mentions (``mentions``) whose P(none) reaches THRESHOLD, every one scored
    (what ``_Judge.dropped`` gives faster)."""
    return {k for k, feats in mentions(text, tokens, chosen) if p_none(weights, feats) >= threshold}


_MODELS: dict = {}


def load_model(path: str | Path | None = None) -> dict:
    """The model at PATH (default MODEL_PATH), checked as the span filler's (``spanfill.check_model``), read once."""
    key = str(path or MODEL_PATH)
    if key not in _MODELS:
        with gzip.open(key, "rt", encoding="utf-8") as fh:
            _MODELS[key] = spanfill.check_model(json.load(fh), key)
    return _MODELS[key]


@Language.factory("kg_prune", assigns=["doc.user_data"], default_config={"model": "", "threshold": -1.0})
def make_prune(nlp: Language, name: str, model: str, threshold: float):
    """Drops the rule Technology / Industry mentions of ``kg_chosen`` the model is confident name neither
    (THRESHOLD < 0: the model's)."""
    m = load_model(model or None)
    judge = _Judge(m["weights"], threshold if threshold >= 0 else m.get("threshold", THRESHOLD))
    spanfill.class_heads()

    def prune(doc: Doc) -> Doc:
        chosen = doc.user_data["kg_chosen"]
        drop = judge.dropped(doc.user_data["kg_text"], doc.user_data["kg_tokens"],
                             rule_spans(doc))
        if drop:
            doc.user_data["kg_chosen"] = [c for k, c in enumerate(chosen) if k not in drop]
        return doc

    return prune
