"""``kg_spanfill``: a logistic regression over noun-compound spans the rules
leave outside every entity, typing a span Technology, Industry or nothing
(``--spanfill``, off by default; weights kg/extract/models/spanfill.json.gz,
trained by bench/train_spanfill.py from the repository's open gold sets,
read once per process; inference is dictionary look-ups).

Candidates (``candidates``): runs of one to four jieba words inside a clause
that touch no rule entity, no punctuation and no 《》 mark, hold at least one
noun, and are 2–12 characters long.  Features (``features``): the span's first
and last characters, its length, its words' tags, the words and characters
around it, the verb governing it in its clause, whether it stands in a 、/和/及
list and the types of the rule entities it is listed with, its characters,
words and surface, the word after a
following 等, the lexicon types of words inside it and whether it ends with a
Technology or Industry class head of ontology/patterns/entities.json
(``heads``).  A span whose Technology or Industry probability reaches the
threshold is added; overlapping spans keep the most probable.
"""
from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import load_entity_patterns, load_lexicon
from kg.extract.rules import new_cand

RULE = "spanfill"
MODEL_PATH = Path(__file__).parent / "models" / "spanfill.json.gz"
TYPES = ("Technology", "Industry")
THRESHOLD = 0.6  # (the shipped model's; chosen holding each open set out, see README)
NOUNISH = frozenset({"n", "vn", "nz", "ng", "eng", "l", "j", "nr", "b", "a", "v", "unk", "lex:Technology", "lex:Industry"})
NOUNS = frozenset({"n", "vn", "nz", "ng", "eng", "l", "j", "nr", "lex:Technology", "lex:Industry", "unk"})
_CLAUSE_END = set("，,。！？；!?;：:\n")
_STOP = set("，,。！？；!?;：:\n、《》〈〉“”\"「」『』【】()（）…\t 　·/")
_LISTJOIN = ("、", "和", "及", "与", "以及")
MAX_TOKENS = 4
MIN_CHARS, MAX_CHARS = 2, 12

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


def _head_of(surface: str, heads: dict) -> tuple[str, str] | None:
    for k in (4, 3, 2, 1):
        h = surface[-k:]
        if len(surface) > k and h in heads:
            return h, heads[h]
    return None


def _word(tok) -> str:
    return tok[2] if tok[3] != "unk" or len(tok[2]) < 6 else "#long"


def candidates(text: str, tokens: list, chosen: list[tuple[int, int, str]]):
    """(start, end, first token index, last token index) of each candidate span.
    CHOSEN: (start, end, type) of the rule entities."""
    covered = bytearray(len(text) + 1)
    for s, e, _ in chosen:
        covered[s:e] = b"\x01" * (e - s)
    n = len(tokens)
    for i in range(n):
        ti = tokens[i]
        if ti[3] not in NOUNISH or ti[3] == "v" or covered[ti[0]] or _STOP.intersection(ti[2]):
            continue
        has_noun = False
        for j in range(i, min(n, i + MAX_TOKENS)):
            tj = tokens[j]
            if tj[3] not in NOUNISH or _STOP.intersection(tj[2]) or any(covered[tj[0]:tj[1]]):
                break
            if j > i and tokens[j - 1][1] != tj[0]:
                break
            if tj[3] == "unk" and not tj[2].isascii():
                break
            has_noun = has_noun or tj[3] in NOUNS
            length = tj[1] - ti[0]
            if length > MAX_CHARS:
                break
            if length >= MIN_CHARS and has_noun:
                yield ti[0], tj[1], i, j


def _clause_bounds(tokens, i, j):
    a = i
    while a > 0 and not _CLAUSE_END.intersection(tokens[a - 1][2]):
        a -= 1
    b = j
    while b + 1 < len(tokens) and not _CLAUSE_END.intersection(tokens[b + 1][2]):
        b += 1
    return a, b


def features(text: str, tokens: list, chosen_by_end: dict, chosen_by_start: dict, s: int, e: int, i: int, j: int,
             heads: dict) -> list[str]:
    """The feature strings of candidate span S:E (tokens I..J)."""
    surf = text[s:e]
    L = e - s
    tags = [t[3] for t in tokens[i:j + 1]]
    f = ["l1=" + surf[-1], "l2=" + surf[-2:], "f1=" + surf[0], "f2=" + surf[:2],
         "len=" + str(min(L, 8)), "ntok=" + str(j - i + 1), "pos=" + "_".join(tags),
         "posL=" + tags[-1], "posF=" + tags[0], "wL=" + _word(tokens[j]), "wF=" + _word(tokens[i])]
    if surf.isascii():
        f.append("ascii")
    f += ["w=" + _word(t) for t in tokens[i:j + 1]]
    f.append("s=" + surf)
    f += ["c=" + ch for ch in surf]
    for t in tags:
        if t.startswith("lex:"):
            f.append("in=" + t)
    h = _head_of(surf, heads)
    if h:
        f += ["head=" + h[1], "hs=" + h[0]]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    f.append("pw=" + (_word(prev) if prev else "^"))
    f.append("pt=" + (prev[3] if prev else "^"))
    f.append("nw=" + (_word(nxt) if nxt else "$"))
    f.append("nt=" + (nxt[3] if nxt else "$"))
    pc = text[s - 1] if s > 0 else "^"
    nc = text[e] if e < len(text) else "$"
    f += ["pc=" + pc, "nc=" + nc]
    # list frame: a joiner right before / after, and the rule entity on its other side
    listed = False
    for jn in _LISTJOIN:
        if text.endswith(jn, 0, s):
            listed = True
            m = chosen_by_end.get(s - len(jn))
            if m:
                f.append("lm=" + m)
        if text.startswith(jn, e):
            listed = True
            m = chosen_by_start.get(e + len(jn))
            if m:
                f.append("lm=" + m)
    if listed:
        f.append("list")
    a, b = _clause_bounds(tokens, i, j)
    # governing verb: the last verb before the span in its clause
    for k in range(i - 1, a - 1, -1):
        if tokens[k][3] in ("v", "vn") and k < i:
            if tokens[k][3] == "v":
                f.append("gv=" + tokens[k][2])
                break
    # the word after a following 等 in the clause
    for k in range(j + 1, min(b + 1, j + 12)):
        if tokens[k][2] in ("等", "等等"):
            if k + 1 < len(tokens):
                nxw = tokens[k + 1][2]
                f.append("deng=" + nxw)
                hd = _head_of("x" + nxw, heads)
                if hd:
                    f.append("dengh=" + hd[1])
            break
    return f


def spans(text: str, tokens: list, chosen: list[tuple[int, int, str]], heads: dict | None = None):
    """(start, end, features) of each candidate of TEXT."""
    heads = class_heads() if heads is None else heads
    by_end = {e: t for s, e, t in chosen}
    by_start = {s: t for s, e, t in chosen}
    for s, e, i, j in candidates(text, tokens, chosen):
        yield s, e, features(text, tokens, by_end, by_start, s, e, i, j, heads)


def probabilities(weights: dict, feats: list[str]) -> dict[str, float]:
    """P(type) for each of TYPES and none (softmax; none's score is 0)."""
    z = {}
    for ty in TYPES:
        w = weights[ty]
        z[ty] = w.get("", 0.0) + sum(w.get(x, 0.0) for x in feats)
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
            not_entities: frozenset = frozenset()):
    """(start, end, type, probability) of the spans kept in TEXT."""
    scored = []
    for s, e, feats in spans(text, tokens, chosen):
        if text[s:e] in not_entities:
            continue
        pr = probabilities(weights, feats)
        ty = max(pr, key=pr.get)
        scored.append((s, e, ty, pr[ty]))
    return choose(scored, threshold)


_MODELS: dict = {}


def load_model(path: str | Path | None = None) -> dict:
    """The model at PATH (default MODEL_PATH): {"weights": {type: {feature: weight}}, "threshold": …}, read once per process."""
    key = str(path or MODEL_PATH)
    if key not in _MODELS:
        with gzip.open(key, "rt", encoding="utf-8") as fh:
            _MODELS[key] = json.load(fh)
    return _MODELS[key]


@Language.factory("kg_spanfill", assigns=["doc.user_data"], default_config={"model": "", "threshold": -1.0})
def make_spanfill(nlp: Language, name: str, model: str, threshold: float):
    """Adds Technology / Industry spans to ``kg_chosen`` in the gaps the rules leave (THRESHOLD < 0: the model's)."""
    m = load_model(model or None)
    weights = m["weights"]
    th = threshold if threshold >= 0 else m.get("threshold", THRESHOLD)
    not_entities = load_lexicon().not_entities
    class_heads()

    def spanfill(doc: Doc) -> Doc:
        text = doc.user_data["kg_text"]
        chosen = doc.user_data["kg_chosen"]
        found = predict(weights, text, doc.user_data["kg_tokens"], [(c.start, c.end, c.type) for c in chosen], th,
                        not_entities)
        if found:
            doc.user_data["kg_chosen"] = sorted(list(chosen) + [new_cand((s, e, ty, text[s:e], RULE, 0))
                                                                for s, e, ty, _ in found])
        return doc

    return spanfill
