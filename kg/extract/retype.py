"""``kg_retype``: a logistic regression over the rules' Technology and
Industry mentions that gives a mention the other of the two types when it is
confident the rules chose the wrong one (weights kg/extract/models/retype.json.gz,
trained by bench/train_retype.py from the repository's open gold sets, read
once per process and checked on load).

The features are the drop's (``prune.mentions``: the span filler's words and
tags, class head, the words around the span, its list-mates' types, the verb
governing it, the class noun after 等, lexicon types, and the rule that found
it); the shipped model has no weight for the type the rules gave (``was=``:
trained without it, held out it only kept the rules' type).  The model scores
Technology and Industry in the span filler's form (``spanfill.check_model``;
trained on mentions whose surface is gold under one of the two types only, so
its none class is never seen and P(Industry) against P(Technology) is a
two-class regression).  The lexicon's terms and the frames' names (means and
member frames) keep their type (``KEPT``).  It runs right after the rules'
conflicts are settled, before the components that fill gaps and the
relations, which then read the new type.
"""
from __future__ import annotations

import math
from itertools import repeat
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import prune, spanfill

MODEL_PATH = Path(__file__).parent / "models" / "retype.json.gz"
THRESHOLD = 0.9  # (the shipped model's; chosen holding each open set out, see bench/train_retype.py)
TYPES = spanfill.TYPES
# the rule families whose type stands: the lexicon's terms are typed from authoritative lists (held out, the
# retyper's relabels of them were more often wrong than right; the model still learns from them), and the
# frames' names are typed by the frame itself (以X赋能Y, 运用X开展Y: Y is the field; A和B是C的主线: C's kind)
KEPT = frozenset({"lexicon", "frame"})


def swap(ty: str) -> str:
    """The other of the two TYPES."""
    return TYPES[1] if ty == TYPES[0] else TYPES[0]


def log_odds(weights: dict, feats: list[str]) -> float:
    """log P(Industry) / P(Technology) of the mention of FEATS."""
    z = [weights[ty].get("", 0.0) + sum(weights[ty].get(x, 0.0) for x in feats) for ty in TYPES]
    return z[1] - z[0]


def relabels(weights: dict, text: str, tokens: list, chosen: list[tuple[int, int, str, str]],
             threshold: float) -> dict[int, str]:
    """{index in CHOSEN: new type} of the Technology / Industry mentions of CHOSEN ((start, end, type, rule) of
    the rule entities; those of the KEPT rule families aside) whose other type's probability reaches THRESHOLD."""
    margin = math.log(threshold / (1.0 - threshold))
    out = {}
    for k, feats in prune.mentions(text, tokens, chosen, leave_out=KEPT):
        ty = chosen[k][2]
        d = log_odds(weights, feats)
        if (d if ty == TYPES[0] else -d) >= margin:
            out[k] = swap(ty)
    return out


class _Retyper:
    """What ``relabels`` gives, faster: the model as one weight per feature (Industry's less Technology's), the
    weights of a mention's own features (``prune.surface_features``) summed once per surface, words, type and
    rule, and its clause's features (``spanfill.clause_features``, the costly ones) read only when the mention
    could reach the threshold with them at their greatest weights."""

    MAX_KEYS = 1 << 16

    def __init__(self, weights: dict, threshold: float):
        tech, ind = weights[TYPES[0]], weights[TYPES[1]]
        self.odds = {f: ind.get(f, 0.0) - tech.get(f, 0.0) for f in set(tech) | set(ind)}
        self.bias = self.odds.pop("", 0.0)
        slots = [[x for f, x in self.odds.items() if f.partition("=")[0] == slot] for slot in prune._Judge.CLAUSE]
        self.most = sum(max(0.0, *v) for v in slots if v)  # (a span has one feature of each slot at most)
        self.least = sum(min(0.0, *v) for v in slots if v)
        self.margin = math.log(threshold / (1.0 - threshold))
        self.own: dict = {}  # (``prune.memo_key``) -> the log odds of the mention's own features

    def relabels(self, text: str, tokens: list, chosen: list[tuple[int, int, str, str]]) -> dict[int, str]:
        """``relabels`` of the model and threshold."""
        heads = spanfill.class_heads()
        by_end = {e: t for s, e, t, _ in chosen}
        by_start = {s: t for s, e, t, _ in chosen}
        odds, out = self.odds, {}
        for k, i, j in prune.spans(tokens, chosen, KEPT):
            s, e, ty, rule = chosen[k]
            key = prune.memo_key(text, tokens, s, e, i, j, ty, rule)
            own = self.own.get(key)
            if own is None:
                if len(self.own) >= self.MAX_KEYS:
                    self.own.clear()
                own = self.own[key] = self.bias + sum(
                    map(odds.get, prune.surface_features(text, tokens, s, e, i, j, ty, rule, heads), repeat(0.0)))
            d = own + sum(map(odds.get, spanfill.context_features(text, tokens, by_end, by_start, s, e, i, j),
                              repeat(0.0)))  # (the lookups in C)
            if ty == TYPES[0] and d + self.most >= self.margin or ty == TYPES[1] and -(d + self.least) >= self.margin:
                d += sum(map(odds.get, spanfill.clause_features(tokens, i, j, heads), repeat(0.0)))
                if (d if ty == TYPES[0] else -d) >= self.margin:
                    out[k] = swap(ty)
        return out


def load_model(path: str | Path | None = None) -> dict:
    """The model at PATH (default MODEL_PATH), checked as the span filler's, read once (``prune.load_model``)."""
    return prune.load_model(path or MODEL_PATH)


@Language.factory("kg_retype", assigns=["doc.user_data"], default_config={"model": "", "threshold": -1.0})
def make_retype(nlp: Language, name: str, model: str, threshold: float):
    """Gives the rule Technology / Industry mentions of ``kg_chosen`` the other type when the model is confident
    of it (THRESHOLD < 0: the model's)."""
    m = load_model(model or None)
    judge = _Retyper(m["weights"], threshold if threshold >= 0 else m.get("threshold", THRESHOLD))
    spanfill.class_heads()

    def retype(doc: Doc) -> Doc:
        chosen = doc.user_data["kg_chosen"]
        new_type = judge.relabels(doc.user_data["kg_text"], doc.user_data["kg_tokens"],
                                  prune.rule_spans(doc))
        if new_type:
            doc.user_data["kg_chosen"] = [c._replace(type=new_type[k]) if k in new_type else c
                                          for k, c in enumerate(chosen)]
        return doc

    return retype
