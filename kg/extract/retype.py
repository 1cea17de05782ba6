"""``kg_retype``: a logistic regression over the rules' Technology and
Industry mentions that gives a mention the other of the two types when it is
confident the rules chose the wrong one (weights kg/extract/models/retype.json.gz,
trained by bench/train_retype.py from the repository's open gold sets, read
once per process and checked on load).

The features are the drop's (``prune.mentions``: the span filler's words and
tags, class head, the words around the span, its list-mates' types, the verb
governing it, the class noun after 等, lexicon types, and the rule that found
it), the type the rules gave it (``was=``) among them.  The model scores
Technology and Industry in the span filler's form (``spanfill.check_model``;
trained on mentions whose surface is gold under one of the two types only, so
its none class is never seen and P(Industry) against P(Technology) is a
two-class regression).  It runs right after the rules' conflicts are settled,
before the components that fill gaps and the relations, which then read the
new type.
"""
from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import prune, spanfill

MODEL_PATH = Path(__file__).parent / "models" / "retype.json.gz"
THRESHOLD = 0.9  # (the shipped model's; chosen holding each open set out, see bench/train_retype.py)
TYPES = spanfill.TYPES
# the rule families whose type stands: the lexicon's terms are typed from authoritative lists (held out, the
# retyper's relabels of them were more often wrong than right; the model still learns from them)
KEPT = frozenset({"lexicon"})


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


_MODELS: dict = {}


def load_model(path: str | Path | None = None) -> dict:
    """The model at PATH (default MODEL_PATH), checked as the span filler's (``spanfill.check_model``), read once."""
    key = str(path or MODEL_PATH)
    if key not in _MODELS:
        with gzip.open(key, "rt", encoding="utf-8") as fh:
            _MODELS[key] = spanfill.check_model(json.load(fh), key)
    return _MODELS[key]


@Language.factory("kg_retype", assigns=["doc.user_data"], default_config={"model": "", "threshold": -1.0})
def make_retype(nlp: Language, name: str, model: str, threshold: float):
    """Gives the rule Technology / Industry mentions of ``kg_chosen`` the other type when the model is confident
    of it (THRESHOLD < 0: the model's)."""
    m = load_model(model or None)
    weights = m["weights"]
    th = threshold if threshold >= 0 else m.get("threshold", THRESHOLD)
    spanfill.class_heads()

    def retype(doc: Doc) -> Doc:
        chosen = doc.user_data["kg_chosen"]
        new_type = relabels(weights, doc.user_data["kg_text"], doc.user_data["kg_tokens"],
                            [(c.start, c.end, c.type, c.rule) for c in chosen], th)
        if new_type:
            doc.user_data["kg_chosen"] = [c._replace(type=new_type[k]) if k in new_type else c
                                          for k, c in enumerate(chosen)]
        return doc

    return retype
