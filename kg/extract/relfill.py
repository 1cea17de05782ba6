"""``kg_relfill``: a logistic-regression gap-filler for relations the rules
leave out (on by default; ``--no-relfill`` on ``kg build`` / ``kg extract`` /
``kg eval`` turns it off; the weights are kg/extract/models/relfill.json.gz, trained by
bench/train_relfill.py from the repository's gold passages, loaded once per
process; inference is dictionary look-ups in pure Python).

Candidates are pairs of the pipeline's own final mentions in one sentence
whose types fit a relation's signature (kg.schema.SIGNATURES, read from
ontology/kg.ttl) and that the rules left unrelated (no rule relation joins
the two surfaces, in either direction, of any type).  Each candidate is
described by sparse string features, every one conjoined with the relation
type: the head and tail types, their order, the distance between them
(characters and mentions, bucketed), jieba's words and the punctuation
between them (a capped bag, the first and last word, the whole gap when
short, the first by the pair's signature), the word before the first and
after the second, the verb governing each (the nearest jieba verb before it
within its clause), their last characters, the words just before the pair,
whether the first opens the sentence, the sentence's shape (item-numbered,
with a colon, short), whether they stand in one list (、/和/及…) and the
place of each in its list (alone, first, middle, last), whether a list-mate
of either is related by the rules with the same relation type to the other
(a list the rules only partly related), the two characters closing the list
(等…), whether the head or tail takes part in a rule relation of that type
in the sentence, and how many rule relations the sentence holds.  A
candidate whose probability is at least the threshold of its relation type
(the model's "thresholds", else its "threshold") becomes a relation (rule
``relfill``, confidence = the probability); of the same surfaces the most
probable instance counts.  The model's "skip" list names (head type,
relation type, tail type) triples it never adds (they are trained on, only
not scored at inference).
"""
from __future__ import annotations

import gzip
import json
import math
import re
from bisect import bisect_left
from operator import itemgetter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Evidence, Relation
from kg.schema import SIGNATURES

RULE = "relfill"
MODEL_PATH = Path(__file__).parent / "models" / "relfill.json.gz"
THRESHOLD = 0.5
# items of one list are separated by these (and nothing else)
_LIST_SEPS = frozenset(["、", "，", ",", "和", "及", "与", "以及", "或", "或者", "并", " ", "“", "”", "\"", "（", "）", "(", ")"])
_PUNCT = frozenset("，,。、；;：:！!？?（）()《》“”\"'‘’—…")
_MAX_BETWEEN = 60  # pairs further apart than this many characters are not candidates
_MAX_MENTIONS = 40  # a sentence with more mentions: only pairs at most this many mentions apart
_PRE = 4  # words before the first mention kept as features
_VERB_BACK = 6  # words before a mention searched for the verb governing it
_CLAUSE = frozenset("，,；;。：:！!？?")  # a verb beyond these governs another clause
# a sentence opening with an item number (一、 （二） 3. 第一，): a heading or an item of an enumeration
_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]|第[一二三四五六七八九十]+[，,、是])")
_SHORT = 30  # a sentence of at most this many characters is "short" (headings are)
_NONE: frozenset = frozenset()

# relation types whose head / tail types a pair of types fits, by (first type, second type)
_FITS: dict[tuple[str, str], list[str]] = {}
for _rel, (_dom, _rng) in SIGNATURES.items():
    for _h in _dom:
        for _t in _rng:
            _FITS.setdefault((_h, _t), []).append(_rel)


def _bucket(n: int) -> str:
    for limit, name in ((1, "0"), (3, "1"), (6, "2"), (10, "3"), (20, "4"), (40, "5")):
        if n <= limit:
            return name
    return "6"


def _verb_before(stoks, k: int) -> str:
    """The nearest verb (jieba tag v…) among the few words before token index K
    within its clause, "^" if none: the verb governing a mention there."""
    for t in reversed(stoks[max(0, k - _VERB_BACK):k]):
        if t[2] in _CLAUSE:
            break
        if t[3][:1] == "v":
            return t[2]
    return "^"


def _sentence_shape(text: str, s: int, e: int) -> str:
    """The sentence's shape: n if it opens with an item number, c if it holds a
    colon (a heading and what it heads), then s (short) or l (long)."""
    body = text[s:e].strip()
    return ("n" if _NUMBERED.match(body) else "") + ("c" if "：" in body or ":" in body else "") + \
        ("s" if len(body) <= _SHORT else "l")


def _list_groups(text: str, sent) -> list[int]:
    """The list of each of the sentence's mentions SENT (in order), by number:
    neighbours separated only by list separators stand in one list."""
    group = [0] * len(sent)
    prev = sent[0] if sent else None
    for k in range(1, len(sent)):
        m = sent[k]
        if prev.end <= m.start:
            gap = text[prev.end:m.start].strip()
            group[k] = group[k - 1] if gap in _LIST_SEPS or gap == "" else group[k - 1] + 1
        else:
            group[k] = group[k - 1] + 1
        prev = m
    return group


def _list_positions(group: list[int]) -> list[str]:
    """Each mention's place in its list (GROUP: the list of each): s (alone), f (first), m (middle), l (last)."""
    n = len(group)
    out = []
    for k in range(n):
        first = k == 0 or group[k - 1] != group[k]
        last = k == n - 1 or group[k + 1] != group[k]
        out.append("s" if first and last else "f" if first else "l" if last else "m")
    return out


def candidates(text: str, sentences, mentions, relations, tokens, related_too: bool = False):
    """(head mention, relation type, tail mention, sentence (start, end),
    the pair's features, the candidate's own features) of every candidate pair
    of TEXT (see the module docstring; `conjoined` makes them the model's
    feature strings).
    MENTIONS: objects with text, type, start, end (sorted or not); RELATIONS:
    the rules' relations (head_text, type, tail_text); TOKENS: jieba's
    (start, end, word, tag), in order.  RELATED_TOO: also the pairs the rules
    relate (training learns from every pair; inference adds only to the others)."""
    ms = sorted((m for m in mentions if 0 <= m.start < m.end), key=lambda m: (m.start, m.end))
    if len(ms) < 2:
        return []
    related = set()
    by_rel: set = set()
    for r in relations:
        related.add((r.head_text, r.tail_text))
        related.add((r.tail_text, r.head_text))
        by_rel.add((r.head_text, r.type, r.tail_text))
    tails_of: dict = {}  # (head surface, relation type) -> its rule tails
    heads_of: dict = {}  # (tail surface, relation type) -> its rule heads
    for h, r, t in by_rel:
        tails_of.setdefault((h, r), set()).add(t)
        heads_of.setdefault((t, r), set()).add(h)
    starts = [m.start for m in ms]
    tok_starts = [t[0] for t in tokens]
    out = []
    for s, e in sentences:
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        sent = [m for m in ms[i:j] if m.end <= e]
        if len(sent) < 2:
            continue
        group = _list_groups(text, sent)
        group_end: dict[int, int] = {}
        for k, m in enumerate(sent):
            group_end[group[k]] = max(group_end.get(group[k], 0), m.end)
        members: dict[int, list] = {}
        for k, m in enumerate(sent):
            members.setdefault(group[k], []).append(m)
        n_rel = _bucket(sum(1 for m in sent for x in sent if (m.text, x.text) in related) // 2)
        ti, tj = bisect_left(tok_starts, s), bisect_left(tok_starts, e)
        stoks = tokens[ti:tj]
        stok_starts = tok_starts[ti:tj]
        shape = "sh=" + _sentence_shape(text, s, e)
        places = _list_positions(group)
        for a in range(len(sent)):
            ma = sent[a]
            for b in range(a + 1, min(len(sent), a + 1 + _MAX_MENTIONS)):
                mb = sent[b]
                if mb.start < ma.end:
                    continue
                if mb.start - ma.end > _MAX_BETWEEN:
                    break
                if ma.text == mb.text or (not related_too and (ma.text, mb.text) in related):
                    continue
                fwd = _FITS.get((ma.type, mb.type), ())
                bwd = _FITS.get((mb.type, ma.type), ())
                if not fwd and not bwd:
                    continue
                base = None
                for rel_type, head, tail, order in [(r, ma, mb, "ht") for r in fwd] + [(r, mb, ma, "th") for r in bwd]:
                    if base is None:
                        base = _pair_features(text, sent, a, b, group, group_end, stoks, stok_starts)
                        base += ["nrel=" + n_rel, shape]
                        if a == 0:
                            base.append("a0")
                        u0 = next((x[3:] for x in base if x.startswith("b0=")), "")
                    sig = head.type + ">" + tail.type
                    f = ["o=" + order, "sig=" + sig, "hs=" + head.text[-1:],
                         "ts=" + tail.text[-1:], "hs2=" + head.text[-2:], "ts2=" + tail.text[-2:],
                         "lph=" + places[a if head is ma else b], "lpt=" + places[b if tail is mb else a],
                         "sb0=" + sig + "/" + u0]
                    if tails_of.get((head.text, rel_type), _NONE) - {tail.text}:
                        f.append("h_has")
                    if heads_of.get((tail.text, rel_type), _NONE) - {head.text}:
                        f.append("t_has")
                    gh, gt = group[a if head is ma else b], group[b if tail is mb else a]
                    if any(x.text != tail.text and (head.text, rel_type, x.text) in by_rel for x in members[gt]):
                        f.append("sib_t")
                    if any(x.text != head.text and (x.text, rel_type, tail.text) in by_rel for x in members[gh]):
                        f.append("sib_h")
                    out.append((head, rel_type, tail, (s, e), base, f))
    return out


def _walk_gap(walk: list, sent, b: int, stop: int, stoks) -> list[str]:
    """Continue WALK ([units, next mention index, next token index, position])
    up to STOP, the start of the sentence's mention B: the words outside
    mentions and the mentions between by their type, appended to its units
    (returned)."""
    units, k, ti, pos = walk[0], walk[1], walk[2], walk[3]
    n_tok = len(stoks)
    while pos < stop:
        if k < b and sent[k].start <= pos:
            units.append("<" + sent[k].type + ">")
            pos = sent[k].end
            k += 1
            while ti < n_tok and stoks[ti][0] < pos:
                ti += 1
            continue
        if ti < n_tok:
            tok = stoks[ti]
            if tok[0] >= stop:
                break
            if tok[0] >= pos:
                w = tok[2].strip()
                if w:
                    units.append(w)
            if tok[1] > pos:
                pos = tok[1]
            ti += 1
        else:
            break
    walk[1], walk[2], walk[3] = k, ti, pos
    return units


def _pair_features(text, sent, a, b, group, group_end, stoks, stok_starts, around=None) -> list[str]:
    """The pair's features (AROUND: a dict the calls for one sentence share,
    keeping the features of the words around each mention and the walk
    through the gap after each first mention: the walk from A to B is the
    walk from A to an earlier B continued, since it reaches no later mention
    before that one's start)."""
    ma, mb = sent[a], sent[b]
    f = ["d=" + _bucket(mb.start - ma.end), "dm=" + _bucket(b - a - 1)]
    if group[a] == group[b]:
        f.append("samelist")
    if around is None:
        around = {}
    # the gap: words outside mentions, mentions by their type
    walk = around.get((a,))
    if walk is None or walk[4] > b:
        walk = around[(a,)] = [[], a + 1, bisect_left(stok_starts, ma.end), ma.end, b]
    units = _walk_gap(walk, sent, b, mb.start, stoks)
    walk[4] = b
    if not units:
        f.append("gap=")
    else:
        if len(units) <= 4:
            f.append("gap=" + "_".join(units))
        f.append("b0=" + units[0])
        f.append("bl=" + units[-1])
        for w in set(units[:6] + units[-6:]):
            f.append("bw=" + w)
        for ch in set(text[ma.end:mb.start]) & _PUNCT:
            f.append("p=" + ch)
    # the word before the first and after the second, the words before the pair
    left = around.get(a)
    if left is None:
        i = bisect_left(stok_starts, ma.start)
        before = [t[2] for t in stoks[max(0, i - _PRE):i] if t[1] <= ma.start and t[2].strip()]
        left = around[a] = ["wb=" + (before[-1] if before else "^"), "va=" + _verb_before(stoks, i)] + \
            ["pre=" + w for w in dict.fromkeys(before)]
    f.extend(left)
    right = around.get(~b)
    if right is None:
        j = bisect_left(stok_starts, mb.end)
        right = around[~b] = ["wa=" + (stoks[j][2] if j < len(stoks) and stoks[j][0] == mb.end else "$"),
                              "vb=" + _verb_before(stoks, bisect_left(stok_starts, mb.start))]
    f.extend(right)
    end = group_end[group[b]]
    f.append("ga=" + text[end:end + 2])
    return f


def conjoined(rel_type: str, base, own) -> list[str]:
    """The model's feature strings of a candidate: each feature conjoined with the relation type."""
    return [rel_type] + [rel_type + "|" + x for x in base] + [rel_type + "|" + x for x in own]


def by_relation(weights: dict) -> dict:
    """{relation type: {feature: weight}} of the model's conjoined WEIGHTS (the
    relation type's own weight under the key ""; the global bias under None)."""
    out: dict = {None: weights.get("", 0.0)}
    for key, w in weights.items():
        rel, _, feat = key.partition("|")
        if rel:
            out.setdefault(rel, {})[feat] = w
    return out


def probability(table: dict, rel_type: str, base, own) -> float:
    """The model's probability of a candidate (TABLE: `by_relation` of the weights)."""
    ws = table.get(rel_type)
    if ws is None:
        return _sigmoid(table[None])
    get = ws.get
    z = table[None] + get("", 0.0)
    for x in base:
        w = get(x)
        if w is not None:
            z += w
    for x in own:
        w = get(x)
        if w is not None:
            z += w
    return _sigmoid(z)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


_OWN = ("o", "sig", "hs", "ts", "hs2", "ts2", "lph", "lpt")
_FLAGS = ("h_has", "t_has", "sib_t", "sib_h", "a0")
_NO_WEIGHTS: dict = {}
_COMPILED: dict = {}  # (id(table), skip) -> (table, its `_compile`)
_START = itemgetter(0)


class _Weights:
    """One relation type's weights as `fill` reads them: each feature family
    (the prefix before "=") by value, the distance buckets by distance, so
    that no feature string is built (an absent feature weighs 0.0)."""
    __slots__ = ("z0", "d", "dm", "same", "nrel", "sh", "gap", "b0", "bl", "bw", "p", "wb", "va", "pre", "wa", "vb",
                 "ga", "o", "sig", "hs", "ts", "hs2", "ts2", "lph", "lpt", "sb0", "h_has", "t_has", "sib_t", "sib_h",
                 "a0")

    def __init__(self, z0: float, ws: dict):
        fam: dict = {}
        for feat, w in ws.items():
            prefix, eq, value = feat.partition("=")
            if eq:
                fam.setdefault(prefix, {})[value] = w
        get = fam.get
        self.z0 = z0
        d, dm = get("d", {}), get("dm", {})
        self.d = [d.get(_bucket(n), 0.0) for n in range(_MAX_BETWEEN + 1)]
        self.dm = [dm.get(_bucket(n), 0.0) for n in range(_MAX_MENTIONS)]
        self.same = ws.get("samelist", 0.0)
        self.nrel, self.sh, self.gap, self.b0, self.bl, self.bw = (
            get(p, {}) for p in ("nrel", "sh", "gap", "b0", "bl", "bw"))
        self.p = {ch: w for ch, w in get("p", {}).items() if ch in _PUNCT}
        self.wb, self.va, self.pre, self.wa, self.vb, self.ga = (get(p, {}) for p in ("wb", "va", "pre", "wa", "vb", "ga"))
        self.o, self.sig, self.hs, self.ts, self.hs2, self.ts2, self.lph, self.lpt = (get(p, {}) for p in _OWN)
        self.sb0: dict = {}  # signature -> the first word of the gap -> weight
        for value, w in get("sb0", {}).items():
            sig, _, u0 = value.partition("/")
            self.sb0.setdefault(sig, {})[u0] = w
        self.h_has, self.t_has, self.sib_t, self.sib_h, self.a0 = (ws.get(x, 0.0) for x in _FLAGS)


def _compile(table: dict, skip: frozenset = _NONE) -> dict:
    """{(first type, second type): ((relation type, its `_Weights` or None,
    ((the first is the head, the weights of its order and signature, the
    weights of the gap's first word with that signature), …)), …)}
    of TABLE (`by_relation`): the candidates a pair of mentions of those types
    in that order makes, by relation type (z0 of a `_Weights` is the bias plus
    the type's own weight as `probability` sums them), but none of a (head
    type, relation type, tail type) in SKIP."""
    weights = {rel: _Weights(table[None] + ws.get("", 0.0), ws) for rel, ws in table.items() if rel is not None}
    types = {t for pair in _FITS for t in pair}
    plans: dict = {}
    for ta in types:
        for tb in types:
            plan: dict = {}
            for rels, forward, order, sig in ((_FITS.get((ta, tb), ()), True, "ht", ta + ">" + tb),
                                              (_FITS.get((tb, ta), ()), False, "th", tb + ">" + ta)):
                for rel in rels:
                    if (sig.partition(">")[0], rel, sig.partition(">")[2]) in skip:
                        continue
                    c = weights.get(rel)
                    const = 0.0 if c is None else c.o.get(order, 0.0) + c.sig.get(sig, 0.0)
                    plan.setdefault(rel, []).append((forward, const, _NO_WEIGHTS if c is None else
                                                     c.sb0.get(sig, _NO_WEIGHTS)))
            if plan:
                plans[ta, tb] = tuple((rel, weights.get(rel), tuple(dirs)) for rel, dirs in plan.items())
    return plans


def _compiled(table: dict, skip: frozenset = _NONE) -> dict:
    hit = _COMPILED.get((id(table), skip))
    if hit is None or hit[0] is not table:
        hit = _COMPILED[id(table), skip] = (table, _compile(table, skip))
    return hit[1]


def fill(text: str, sentences, mentions, relations, tokens, table: dict, threshold: float, doc_id: str = "",
         skip: frozenset = _NONE, not_priority=_NONE, thresholds: dict | None = None):
    """The relations the model (TABLE: `by_relation` of its weights) adds to
    RELATIONS (see `candidates`), at most one per surface triple.  The same
    candidates with the same features' weights summed (in another order) as
    `probability` over `candidates` (tests/unit/extract/test_relfill.py checks
    it), without building the feature strings: each family's weights are
    looked up by the family's value, what depends on one mention only (the
    words before and after it, its last characters) once per mention and
    relation type, the features a pair's candidates of one relation type
    share once, the words between the two by one walk after each first
    mention.  SKIP: (head type, relation type, tail type) triples it never
    adds (the model's "skip").  NOT_PRIORITY: start offsets of the mentions
    the rules found never a priority (kg_not_priority): no prioritizes to them.
    THRESHOLDS: {relation type: its own threshold} (else THRESHOLD)."""
    ms = sorted((m for m in mentions if 0 <= m.start < m.end), key=lambda m: (m.start, m.end))
    if len(ms) < 2:
        return []
    plans = _compiled(table, skip)
    p_none = _sigmoid(table[None])  # a relation type without weights
    # a sum below z_low gives a probability below the threshold (the margin dwarfs rounding), so no need to compute it
    thresholds = thresholds or _NO_WEIGHTS
    low = min([threshold, *thresholds.values()])
    z_low = math.log(low / (1.0 - low)) - 1e-3 if 1e-6 < low < 1.0 - 1e-6 else -math.inf
    related = set()
    partners: dict = {}  # surface -> the surfaces a rule relation joins it to
    tails_of: dict = {}  # relation type -> head surface -> its rule tails
    heads_of: dict = {}  # relation type -> tail surface -> its rule heads
    for r in relations:
        h, t = r.head_text, r.tail_text
        related.add((h, t))
        related.add((t, h))
        partners.setdefault(h, set()).add(t)
        partners.setdefault(t, set()).add(h)
        tails_of.setdefault(r.type, {}).setdefault(h, set()).add(t)
        heads_of.setdefault(r.type, {}).setdefault(t, set()).add(h)
    starts = [m.start for m in ms]
    best: dict = {}
    for s, e in sentences:
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        if j - i < 2:
            continue
        sent = [m for m in ms[i:j] if m.end <= e]
        n = len(sent)
        if n < 2:
            continue
        group = None
        for a in range(n):
            ma = sent[a]
            at, atype, aend = ma.text, ma.type, ma.end
            a_info = None  # the first mention's weights that do not depend on the second, once
            for b in range(a + 1, min(n, a + 1 + _MAX_MENTIONS)):
                mb = sent[b]
                bstart = mb.start
                if bstart < aend:
                    continue
                dist = bstart - aend
                if dist > _MAX_BETWEEN:
                    break
                plan = plans.get((atype, mb.type))
                if plan is None:
                    continue
                bt = mb.text
                if at == bt or (at, bt) in related:
                    continue
                if group is None:  # the sentence's lists, relation count and words, once
                    group = _list_groups(text, sent)
                    group_end: dict[int, int] = {}
                    members: dict[int, set] = {}
                    for k, m in enumerate(sent):
                        g = group[k]
                        if m.end > group_end.get(g, 0):
                            group_end[g] = m.end
                        if g in members:
                            members[g].add(m.text)
                        else:
                            members[g] = {m.text}
                    n_rel = 0  # ordered pairs of the sentence's mentions a rule relation joins
                    if related:
                        count: dict = {}
                        for m in sent:
                            count[m.text] = count.get(m.text, 0) + 1
                        for m in sent:
                            for x in partners.get(m.text, ()):
                                n_rel += count.get(x, 0)
                    nrel = _bucket(n_rel // 2)
                    ti, tj = bisect_left(tokens, s, key=_START), bisect_left(tokens, e, key=_START)
                    stoks = tokens[ti:tj]
                    stok_starts = [t[0] for t in stoks]
                    n_tok = len(stoks)
                    shape = _sentence_shape(text, s, e)
                    places = _list_positions(group)
                    s_z: dict = {}  # relation type -> z0 and the weights of the sentence's relation count and shape
                    after: dict = {}  # b -> its weights that do not depend on the first, by relation type
                if a_info is None:
                    k = bisect_left(stok_starts, ma.start)
                    before = [t[2] for t in stoks[max(0, k - _PRE):k] if t[1] <= ma.start and t[2].strip()]
                    wb, pre = before[-1] if before else "^", tuple(dict.fromkeys(before))
                    va = _verb_before(stoks, k)
                    a_info = {}
                    walk = [[], a + 1, bisect_left(stok_starts, aend), aend]
                b_info = after.get(b)
                if b_info is None:
                    k = bisect_left(stok_starts, mb.end)
                    g_end = group_end[group[b]]
                    b_info = after[b] = ({}, stoks[k][2] if k < n_tok and stoks[k][0] == mb.end else "$",
                                         text[g_end:g_end + 2], _verb_before(stoks, bisect_left(stok_starts, bstart)))
                # the gap: words outside mentions, mentions by their type (the walk to B continues the walk to an
                # earlier B: it reaches no later mention before that one's start)
                units = _walk_gap(walk, sent, b, bstart, stoks)
                nu = len(units)
                if nu:
                    gap_key = "_".join(units) if nu <= 4 else None
                    words = set(units) if nu <= 12 else set(units[:6] + units[-6:])
                    chars = _PUNCT.intersection(text[aend:bstart])
                    u0, ul = units[0], units[-1]
                else:
                    gap_key = u0 = ""
                same = group[a] == group[b]
                dm = b - a - 1
                for rel_type, c, dirs in plan:
                    if c is None:
                        for forward, _, _ in dirs:
                            if p_none >= thresholds.get(rel_type, threshold):
                                head, tail = (ma, mb) if forward else (mb, ma)
                                if rel_type == "prioritizes" and tail.start in not_priority:
                                    continue
                                key = (head.text, rel_type, tail.text)
                                if key not in best or p_none > best[key][0]:
                                    best[key] = (p_none, head, tail, s, e)
                        continue
                    ai = a_info.get(rel_type)
                    if ai is None:  # the words before it and its verb, its last characters as head, as tail
                        zl = c.wb.get(wb, 0.0) + c.va.get(va, 0.0)
                        cpre = c.pre
                        for w in pre:
                            zl += cpre.get(w, 0.0)
                        ai = a_info[rel_type] = (zl, c.hs.get(at[-1:], 0.0) + c.hs2.get(at[-2:], 0.0),
                                                 c.ts.get(at[-1:], 0.0) + c.ts2.get(at[-2:], 0.0))
                    bi = b_info[0].get(rel_type)
                    if bi is None:  # the word after it, the characters closing its list, its verb, its last characters
                        bi = b_info[0][rel_type] = (c.wa.get(b_info[1], 0.0) + c.ga.get(b_info[2], 0.0)
                                                    + c.vb.get(b_info[3], 0.0),
                                                    c.hs.get(bt[-1:], 0.0) + c.hs2.get(bt[-2:], 0.0),
                                                    c.ts.get(bt[-1:], 0.0) + c.ts2.get(bt[-2:], 0.0))
                    zp = s_z.get(rel_type)
                    if zp is None:
                        zp = s_z[rel_type] = c.z0 + c.nrel.get(nrel, 0.0) + c.sh.get(shape, 0.0)
                    zp += ai[0] + bi[0] + c.d[dist] + c.dm[dm]
                    if same:
                        zp += c.same
                    if a == 0:
                        zp += c.a0
                    if gap_key is not None:
                        zp += c.gap.get(gap_key, 0.0)
                    if nu:
                        zp += c.b0.get(u0, 0.0) + c.bl.get(ul, 0.0)
                        cw = c.bw
                        for w in words:
                            zp += cw.get(w, 0.0)
                        cp = c.p
                        for ch in chars:
                            zp += cp.get(ch, 0.0)
                    t_rel = tails_of.get(rel_type)
                    h_rel = heads_of.get(rel_type)
                    for forward, const, sb0 in dirs:
                        if forward:
                            head, tail, gh, gt = ma, mb, group[a], group[b]
                            z = zp + const + ai[1] + bi[2] + c.lph.get(places[a], 0.0) + c.lpt.get(places[b], 0.0)
                        else:
                            head, tail, gh, gt = mb, ma, group[b], group[a]
                            z = zp + const + bi[1] + ai[2] + c.lph.get(places[b], 0.0) + c.lpt.get(places[a], 0.0)
                        if sb0:
                            z += sb0.get(u0, 0.0)
                        if t_rel:
                            tails = t_rel.get(head.text)
                            if tails:  # the head has other rule tails of this type; one is in the tail's list
                                tt = tail.text
                                if tt not in tails:
                                    z += c.h_has
                                    if not tails.isdisjoint(members[gt]):
                                        z += c.sib_t
                                elif len(tails) > 1:
                                    z += c.h_has
                                    if len(tails.intersection(members[gt])) > 1:
                                        z += c.sib_t
                        if h_rel:
                            heads = h_rel.get(tail.text)
                            if heads:
                                ht = head.text
                                if ht not in heads:
                                    z += c.t_has
                                    if not heads.isdisjoint(members[gh]):
                                        z += c.sib_h
                                elif len(heads) > 1:
                                    z += c.t_has
                                    if len(heads.intersection(members[gh])) > 1:
                                        z += c.sib_h
                        if z < z_low:
                            continue
                        p = _sigmoid(z)
                        if p < thresholds.get(rel_type, threshold) or (
                                rel_type == "prioritizes" and tail.start in not_priority):
                            continue
                        key = (head.text, rel_type, tail.text)
                        if key not in best or p > best[key][0]:
                            best[key] = (p, head, tail, s, e)
    out = []
    for (_, rel_type, _), (p, head, tail, s, e) in sorted(best.items(), key=lambda kv: (kv[1][3], kv[0])):
        out.append(Relation(head.label, rel_type, tail.label, head.text, tail.text, head.type, tail.type,
                            Evidence(doc_id, text[s:e], s, e, RULE, round(p, 4))))
    return out


_MODELS: dict[str, dict] = {}


def load_model(path: str | Path | None = None) -> dict:
    """{"weights": {feature: weight}, "threshold": float, ...} of the model at PATH (default MODEL_PATH), read once."""
    key = str(path or MODEL_PATH)
    model = _MODELS.get(key)
    if model is None:
        with gzip.open(key, "rt", encoding="utf-8") as fh:
            model = json.load(fh)
        validate_model(model, key)
        _MODELS[key] = model
    return model


def validate_model(model: dict, where: str = "model") -> None:
    """Raise ValueError unless MODEL is what `fill` reads: weights {feature:
    number} whose relation types are relation types, a threshold and
    per-type thresholds in [0, 1], skip triples of such types."""
    keys = set(SIGNATURES)

    def fail(why: str):
        raise ValueError(f"{where}: {why}")

    weights = model.get("weights")
    if not isinstance(weights, dict):
        fail("no weights")
    for feat, w in weights.items():
        if not isinstance(w, (int, float)) or isinstance(w, bool):
            fail(f"weight of {feat!r} is not a number")
        if feat and feat.partition("|")[0] not in keys:
            fail(f"feature {feat!r} of an unknown relation type")
    for name, th in [("threshold", model.get("threshold", THRESHOLD)), *model.get("thresholds", {}).items()]:
        if name != "threshold" and name not in keys:
            fail(f"threshold of an unknown relation type {name!r}")
        if not isinstance(th, (int, float)) or not 0.0 <= th <= 1.0:
            fail(f"threshold {name!r} is not in [0, 1]")
    for triple in model.get("skip", ()):
        if not (isinstance(triple, list) and len(triple) == 3 and triple[1] in keys):
            fail(f"skip entry {triple!r} is not [head type, relation type, tail type]")


@Language.factory(
    "kg_relfill",
    requires=["doc.user_data"],
    assigns=["doc.user_data"],  # kg_relations (appended)
    default_config={"model": "", "threshold": -1.0},
)
def make_relfill(nlp: Language, name: str, model: str, threshold: float):
    m = load_model(model or None)
    table = by_relation(m["weights"])
    th = threshold if threshold >= 0 else m.get("threshold", THRESHOLD)
    by_type = {} if threshold >= 0 else m.get("thresholds", {})
    skip = frozenset(map(tuple, m.get("skip", ())))

    def relfill(doc: Doc) -> Doc:
        ud = doc.user_data
        raw = ud.get("kg_raw") or doc.text
        rels = ud.get("kg_relations", [])
        added = fill(raw, ud.get("kg_sentences") or [(0, len(raw))], ud["kg_mentions"], rels, ud["kg_tokens"],
                     table, th, ud.get("kg_doc_id", ""), skip, ud.get("kg_not_priority", _NONE), by_type)
        if added:
            ud["kg_relations"] = list(rels) + added
        return doc

    return relfill
