"""``kg_crf``: a character-level CRF that fills gaps the rules leave among
Technology and Industry terms (``--crf`` on ``kg extract``/``kg eval``, off by
default; python-crfsuite, the `crf` extra; the weights are
kg/extract/models/tech_industry.crf, trained by bench/train_crf.py from the
repository's gold passages, loaded once per process).

Each character is described by itself and its neighbours (±2, bigrams), its
place in its jieba word, the word itself, the word's tag (a lexicon word's
tag is its lexicon type) and how common jieba's dictionary says the word is,
whether it is inside a 《》 title, and the rule pipeline's chosen spans (B/I +
type, and the character right after one).  The model tags Technology /
Industry spans (BIO) clause by clause, and only the clauses where a gap can
be: a clause holding a list slot (、) or a class head (``HEADS``: 技术, 产业,
装备 …) outside every rule entity.

A span is kept only when the model is sure of it: the smallest marginal
probability of its characters' labels is at least ``threshold`` (0.95, chosen
by leaving one gold set out at a time, see bench/train_crf.py).  Then it only
fills gaps (``gate``): it is dropped when it touches a 《》 title, a
stop-listed span, punctuation, cuts a Latin word (GPT-4|o), is English words
with spaces written in lower case or in brackets (a gloss), or overlaps any
rule entity (it never cuts
into, retypes or replaces one: held out, retyping and replacing were wrong
more often than right).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.extra import require_crf
from kg.extract.lexicon import load_lexicon
from kg.extract.rules import NOT_ENTITY, Cand, ascii_ok, new_cand
from kg.extract.segment import dictionary_counts

RULE = "crf"
MODEL_PATH = Path(__file__).parent / "models" / "tech_industry.crf"
LABELS = {"T": "Technology", "N": "Industry"}
CODES = {v: k for k, v in LABELS.items()}
THRESHOLD = 0.95
# clause ends: the model tags clause by clause
_CLAUSE = re.compile(r"[^，,。！？；!?;：:\n]*[，,。！？；!?;：:\n]?")
# a gap can be where a clause holds a list slot or one of these class heads
# outside the rule entities (平台, 能源, 经济, 智能, 数字, 工程, 医疗, 农业 and
# 应用 were heads too: held out, the clauses only they opened gave no span at
# 0.95, and they were a tenth of the characters tagged)
HEADS = re.compile(r"[、]|技术|产业|装备|工艺|系统|材料|设备|器件|芯片|制造|服务|网络")
_FENCES = re.compile(r"[《》〈〉“”\"「」『』【】()（），,。、；;：:！!？?…\n\t]|\s(?![A-Za-z0-9])|(?<![A-Za-z0-9])\s")
_TITLE = re.compile(r"《[^《》\n]*》")
_PROSE = re.compile(r"\b[a-z]{2,}\b")  # an English lower-case word: prose, not a term


def _freq(word: str, freq: dict) -> str:
    """How common WORD is in jieba's dictionary: 0 (unknown) or its frequency's digit count, at most 6."""
    f = freq.get(word, 0)
    return str(min(len(str(f)), 6)) if f else "0"


class _Memo(dict):
    """FUNCTION's results by argument, computed once (characters and words recur)."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, key):
        if len(self) > 200_000:
            self.clear()
        value = self[key] = self.function(key)
        return value


def _kind(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isdigit():
        return "d"
    if ch.isascii() and ch.isalpha():
        return "a"
    if ch.isspace():
        return "s"
    return "p"


_KIND = _Memo(_kind)
_FREQ: list = []


def _freq_of() -> _Memo:
    """_freq of a word, memoised (after jieba's dictionary is ready)."""
    if not _FREQ:
        table = dictionary_counts()
        _FREQ.append(_Memo(lambda word: _freq(word, table)))
    return _FREQ[0]


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of TEXT (cut after ，。！？；： and newlines)."""
    return [m.span() for m in _CLAUSE.finditer(text) if m.end() > m.start()]


def gap_clauses(text: str, chosen) -> list[tuple[int, int]]:
    """The clauses of TEXT where a gap can be: a list slot or a class head
    (HEADS) outside the CHOSEN rule spans."""
    if not chosen:
        return [c for c in clauses(text) if HEADS.search(text, c[0], c[1])]
    covered = bytearray(len(text))
    for c in chosen:
        covered[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
    out = []
    for s, e in clauses(text):
        for m in HEADS.finditer(text, s, e):
            if not covered[m.start()]:
                out.append((s, e))
                break
    return out


def char_features(text: str, tokens, chosen, s: int = 0, e: int | None = None) -> list[list[str]]:
    """The feature strings of the characters TEXT[S:E], from the jieba TOKENS
    (start, end, word, tag) and the rules' CHOSEN spans (those of other types
    than Technology and Industry)."""
    n = len(text)
    e = n if e is None else e
    m = e - s
    pos = ["S"] * m
    tag = ["x"] * m
    word = [""] * m
    for ts, te, w, t in tokens:
        if te <= s or ts >= e:
            continue
        for i in range(max(ts, s), min(te, e)):
            pos[i - s] = "S" if te - ts == 1 else ("B" if i == ts else ("E" if i == te - 1 else "M"))
            tag[i - s] = t
            word[i - s] = w
    rule = ["O"] * m
    for c in chosen:
        if c.end <= s or c.start >= e:
            continue
        code = c.type[:4]
        for i in range(max(c.start, s), min(c.end, e)):
            rule[i - s] = ("B-" if i == c.start else "I-") + code
        if c.end < e and rule[c.end - s] == "O":
            rule[c.end - s] = "A-" + code  # right after a rule span
    freq = _freq_of()
    kind = _KIND
    title = bytearray(m)
    if "《" in text[s:e]:
        for t in _TITLE.finditer(text, s, e):
            title[t.start() - s:t.end() - s] = b"\x01" * (t.end() - t.start())
    pad = "\x02\x02" + text[s:e] + "\x03\x03"
    out = []
    for i in range(m):
        j = i + 2
        c = pad[j]
        f = [
            "c=" + c, "c-1=" + pad[j - 1], "c+1=" + pad[j + 1], "c-2=" + pad[j - 2], "c+2=" + pad[j + 2],
            "b-1=" + pad[j - 1] + c, "b+1=" + c + pad[j + 1], "b-2=" + pad[j - 2] + pad[j - 1],
            "b+2=" + pad[j + 1] + pad[j + 2],
            "k=" + kind[c] + kind[pad[j - 1]] + kind[pad[j + 1]],
            "p=" + pos[i], "t=" + tag[i], "pt=" + pos[i] + tag[i],
            "t-1=" + (tag[i - 1] if i else "^"), "t+1=" + (tag[i + 1] if i + 1 < m else "$"),
            "r=" + rule[i], "r-1=" + (rule[i - 1] if i else "^"), "r+1=" + (rule[i + 1] if i + 1 < m else "$"),
            "rp=" + rule[i] + pos[i],
        ]
        if title[i]:
            f.append("title")
        f.append("w=" + word[i])
        f.append("fq=" + freq[word[i]])
        out.append(f)
    return out


def bio_spans(labels: list[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, code) of each B-X I-X... run of LABELS, offsets + OFFSET
    (an I-X that continues nothing starts a span)."""
    out, cur = [], None
    for i, lab in enumerate(labels):
        bio, _, code = lab.partition("-")
        if bio == "I" and cur is not None and cur[2] == code:
            cur[1] = i + 1
            continue
        if cur is not None:
            out.append(tuple(cur))
            cur = None
        if bio in ("B", "I") and code in LABELS:
            cur = [i, i + 1, code]
    if cur is not None:
        out.append(tuple(cur))
    return [(s + offset, e + offset, c) for s, e, c in out]


def predict(tagger, text: str, tokens, chosen, spans: list[tuple[int, int]] | None = None,
            gaps_only: bool = False) -> list[tuple[int, int, str, float]]:
    """The model's (start, end, type, confidence) spans in the SPANS of TEXT
    (default: its gap clauses); confidence is the smallest marginal probability
    of the span's labels.  GAPS_ONLY: leave out the spans that overlap a
    CHOSEN span (the gate would drop them)."""
    out = []
    toks = tokens if isinstance(tokens, list) else list(tokens)
    starts = getattr(tokens, "starts", None) or [t[0] for t in toks]
    # the chosen spans are flat (no overlaps): sorted by start, their ends are sorted too
    chosen = sorted(chosen)
    chosen_ends = [c[1] for c in chosen]
    chosen_starts = [c[0] for c in chosen]
    for s, e in gap_clauses(text, chosen) if spans is None else spans:
        if not text[s:e].strip():
            continue
        near = toks[max(bisect_right(starts, s) - 1, 0):bisect_left(starts, e)]
        rules = chosen[bisect_right(chosen_ends, s):bisect_left(chosen_starts, e)]
        labels = tagger.tag(char_features(text, near, rules, s, e))
        for a, b, code in bio_spans(labels):
            if gaps_only and rules and any(r[0] < b + s and a + s < r[1] for r in rules):
                continue
            conf = min(tagger.marginal(labels[i], i) for i in range(a, b))
            out.append((a + s, b + s, LABELS[code], conf))
    return out


def gate(text: str, spans, chosen: list[Cand], blocked: list[Cand], *, threshold: float, min_chars: int,
         not_entities: frozenset[str], replace: float | None = None) -> list[Cand]:
    """The rule entities CHOSEN with the model's SPANS that pass the gate (see
    the module docstring) added, sorted.  REPLACE: a span of at least this
    confidence may also replace the rule Technology / Industry entities it
    strictly contains (none of another type, none it cuts): measured by
    bench/train_crf.py, not done by the component (held out it was wrong
    more often than right)."""
    kept = list(chosen)
    added = False
    titles = [m.span() for m in _TITLE.finditer(text)] if "《" in text else []
    least = threshold if replace is None else min(threshold, replace)
    for s, e, etype, conf in spans:
        if conf < least:
            continue
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        surface = text[s:e]
        if e - s < min_chars or surface in not_entities or _FENCES.search(surface) or not ascii_ok(text, s, e):
            continue
        if " " in surface and surface.isascii() and (_PROSE.search(surface) or (s > 0 and text[s - 1] in "(（")):
            continue  # English words, or a gloss in brackets after a Chinese term
        if any(ts < e and s < te for ts, te in titles):
            continue
        if any(b.start < e and s < b.end for b in blocked):
            continue
        if any(c.start < e and s < c.end for c in kept):
            if replace is None or conf < replace:
                continue
            inner = [c for c in kept if c.start < e and s < c.end]
            if not all(s <= c.start and c.end <= e and c.end - c.start < e - s and c.type in CODES for c in inner):
                continue
            kept = [c for c in kept if not (c.start < e and s < c.end)]
        elif conf < threshold:
            continue
        kept.append(new_cand((s, e, etype, surface, RULE, 0)))
        added = True
    if added:
        kept.sort()
    return kept


_TAGGERS: dict[str, object] = {}


def load_tagger(path: str | Path | None = None):
    """A crfsuite tagger of the model at PATH (default MODEL_PATH), opened once per process."""
    key = str(path or MODEL_PATH)
    tagger = _TAGGERS.get(key)
    if tagger is None:
        require_crf()
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(key)
        _TAGGERS[key] = tagger
    return tagger


@Language.factory(
    "kg_crf",
    assigns=["doc.user_data"],
    default_config={"model": "", "threshold": THRESHOLD, "min_chars": 2},
)
def make_crf(nlp: Language, name: str, model: str, threshold: float, min_chars: int):
    tagger = load_tagger(model or None)
    lex = load_lexicon()

    def crf(doc: Doc) -> Doc:
        text = doc.user_data["kg_text"]
        chosen = doc.user_data["kg_chosen"]
        spans = predict(tagger, text, doc.user_data["kg_tokens"], chosen, gaps_only=True)
        if any(x[3] >= threshold for x in spans):
            blocked = [c for c in doc.user_data["kg_cands"] if c.type == NOT_ENTITY]
            doc.user_data["kg_chosen"] = gate(text, spans, chosen, blocked, threshold=threshold,
                                              min_chars=min_chars, not_entities=lex.not_entities)
        return doc

    return crf
