"""The pipeline's tokenizer: jieba's default segmentation (``jieba.cut(text)``,
accurate mode with the HMM for unknown runs) made into a spaCy Doc, computed
faster than spaCy's ``ChineseTokenizer`` does with the same result.

Why not the stock one: in jieba, ``get_DAG`` builds a dict of lists per block
and ``calc`` takes a ``max`` over a generator with a ``log`` per candidate;
spaCy's ``get_words_and_spaces`` then re-finds every word with
``text[pos:].index(word)``, copying the rest of the text per word (quadratic in
the text length).  Here the best route is computed in one pass over the
prefixes of each position (same scores, same float operations in the same
order, same tie-break: the longer word wins), the weight of each frequency is
computed once, the weights of each character and pair of characters of a
text are read off its code points at once (`_WeightTables`), and words are
aligned with ``str.index(word, pos)``.  The
dictionary is jieba's own (``jieba.dt.FREQ``, with the lexicon terms the
pipeline adds), read live, so words added later count at once.
tests/test_extract.py checks the tokens equal ``jieba.cut`` on real texts.
"""
from __future__ import annotations

import re
import threading
from itertools import accumulate, compress
from math import log
from operator import add

import jieba
import numpy as np  # (spaCy's dependency)
from jieba import finalseg
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.charcodes import char_codes
from kg.extract.lexicon import load_lexicon

# jieba's block splitters for accurate mode (jieba.re_han_default / re_skip_default)
_HAN = jieba.re_han_default
_SKIP = jieba.re_skip_default

_JIEBA_LOCK = threading.Lock()
_JIEBA_READY = False
# the count a lexicon word jieba lacks is added with: high, so it wins over its pieces
NEW_WORD_FREQ = 50_000
# jieba's route scores divide by its count total, which each added word raises by
# its count: that moves every word's log-probability and flips near-tie routes far
# from the new word (等长时|储能 …).  So the total is fixed once they are in, at
# jieba's own total and this many new words (those of the lexicon of session 48):
# segmentation is kept, and a word added later changes only the routes through it.
NEW_WORDS_IN_TOTAL = 4_001


def add_terms(terms) -> None:
    """Add TERMS (of two characters or more) to jieba's dictionary so they stay
    whole words: new words get NEW_WORD_FREQ so they win over their pieces, and
    the count total is then fixed (NEW_WORDS_IN_TOTAL); words jieba already knows
    keep their counts, raised only as far as needed to stay whole (suggest_freq)
    -- boosting them glues neighbours (联合|国家 -> 联合国|家)."""
    freq = jieba.dt.FREQ
    own_total = jieba.dt.total
    known = [t for t in terms if len(t) > 1 and freq.get(t)]
    for term in terms:
        if len(term) > 1 and not freq.get(term):
            jieba.add_word(term, freq=NEW_WORD_FREQ)
    jieba.dt.total = own_total + NEW_WORDS_IN_TOTAL * NEW_WORD_FREQ
    for term in known:
        jieba.suggest_freq(term, tune=True)


def prepare_jieba() -> None:
    """Add lexicon terms to jieba's dictionary once per process so they stay whole
    tokens (spaCy's segmenter calls the global jieba module)."""
    global _JIEBA_READY
    if _JIEBA_READY:
        return
    with _JIEBA_LOCK:
        if _JIEBA_READY:
            return
        jieba.initialize()
        lex = load_lexicon()
        add_terms(lex.terms)
        freq = jieba.dt.FREQ
        # counting words jieba lacks (七大): unknown, 等|七|大 is joined by its
        # HMM into one word, which hides the list closer 等 from the rules
        for word in lex.segment_words:
            if not freq.get(word):
                jieba.add_word(word)
        # words that glue a body's head to the title after it (学院院长): split, so
        # the head ends a word (某大学某某学院|院长)
        for word in lex.split_words:
            if freq.get(word):
                jieba.del_word(word)
        _JIEBA_READY = True


def dictionary_counts() -> dict:
    """jieba's word counts, with the lexicon's terms added as the pipeline adds
    them (a word it does not list is absent): read by features and rules that ask
    how common a word is."""
    prepare_jieba()
    return jieba.dt.FREQ


def _dictionary_version(dt) -> tuple:
    """What changes whenever jieba's API changes its dictionary: add_word (and
    suggest_freq, which calls it) adds the frequency to the total, or adds a
    word or prefix, or, with frequency 0 (del_word), force-splits the word."""
    return id(dt.FREQ), dt.total, len(dt.FREQ), len(finalseg.Force_Split_Words)


# below every route score (scores are finite): the first word found wins the max
_NO_WORD = float("-inf")


class Segmenter:
    """``Segmenter(vocab)(text)`` -> Doc with the words of ``jieba.cut(text)``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # jieba's dictionary (word -> frequency, 0 for a prefix of a word) as
        # word -> weight log(frequency) - log(total), 0.0 for a prefix: one
        # lookup per prefix in the route loop instead of two per word.  Four
        # tables, by length (1, 2, 3, more characters): `_WeightTables` reads
        # the first three off a text's code points, the route loop looks up
        # longer words, in a table far smaller than the whole dictionary.
        # Rebuilt when jieba's dictionary changes (`_dictionary_version`)
        self._weights: tuple[dict[str, float], ...] = ({}, {}, {}, {})
        self._tables: _WeightTables | None = None  # the same, as numpy tables (`_WeightTables`)
        self._version = None
        self._unknown = 0.0

    def words(self, text: str) -> list[str]:
        """The words of ``jieba.cut(text, cut_all=False, HMM=True)``."""
        dt = jieba.dt
        dt.check_initialized()
        out: list[str] = []
        add = out.append
        hmm: dict[str, list[str]] = {}  # the HMM's words of a run, for its repeats in this text
        if _dictionary_version(dt) != self._version:  # (nothing changes it during one text)
            self._weights = self._word_weights(dt.FREQ, dt.total)
            self._tables = _WeightTables(self._weights)
            self._version = _dictionary_version(dt)
            self._unknown = log(1) - log(dt.total)
        gets = tuple(table.get for table in self._weights)  # (by the word's length: 1, 2, 3, more)
        w1, w2, w3 = self._tables.lookup(text, self._unknown)
        # _HAN splits on its one group: the Han blocks are the odd pieces (what
        # jieba tells apart with a match per piece)
        pos = 0  # where the piece starts in TEXT
        for n, blk in enumerate(_HAN.split(text)):
            size = len(blk)  # (an empty piece: no word, pos stays)
            if size == 1:  # one word: a character alone, or (mostly) one punctuation mark, whitespace or not
                add(blk)
            elif not size:
                continue
            elif n % 2:
                end = pos + size
                self._cut_block(blk, w1[pos:end], w2[pos:end], w3[pos:end], gets, out, hmm)
            else:
                for m, x in enumerate(_SKIP.split(blk)):  # (one group too: whitespace is odd)
                    if m % 2:
                        add(x)
                    else:
                        out.extend(x)
            pos += size
        return out

    @staticmethod
    def _word_weights(freq: dict, total: int) -> tuple[dict[str, float], ...]:
        """(weights of 1-character words, of 2-character words, of 3-character
        words, of longer ones)."""
        logtotal = log(total)
        by_freq: dict[int, float] = {}  # one float per distinct frequency
        out: tuple[dict[str, float], ...] = ({}, {}, {}, {})
        for word, f in freq.items():
            if f:
                w = by_freq.get(f)
                if w is None:
                    w = by_freq[f] = log(f) - logtotal
            else:
                w = 0.0
            out[min(len(word), 4) - 1][word] = w
        return out

    def _cut_block(self, s: str, w1: list[float], w2: list[float], w3: list[float], gets: tuple, out: list[str],
                   hmm: dict) -> None:
        """jieba's ``__cut_DAG`` on one block of Han/alphanumeric characters.
        W1, W2, W3: the weight of each position's character, of the pair and of
        the three characters it opens (`_WeightTables`: ABSENT when not in
        the dictionary; where the pair is ABSENT, W1 is what the character
        alone adds to a route); GETS: the ``get`` of each of the word weight
        tables."""
        n = len(s)
        score = [0.0] * (n + 1)
        score[n] = 0  # jieba's route[N] = (0, 0)
        nxt = list(range(1, n + 2))  # end (exclusive) of the best word at each position
        one = self._unknown  # a character jieba does not know counts as frequency 1
        no_word = _NO_WORD  # (a local: read at every position)
        get = gets[3]  # (words of four characters or more)
        # (a weight is log(f / total) < 0, a prefix of a word 0.0, ABSENT > 0)
        # the last character: a word alone
        # (LAST: score[k + 1], carried in a local from one position to the next)
        w = w1[n - 1]
        last = score[n - 1] = (w if w < 0.0 else one) + score[n]
        for k in range(n - 2, -1, -1):
            v = w2[k]
            if v > 0.0:  # no longer word starts here: the character alone, a word or not (W1: what it adds)
                last = score[k] = w1[k] + last
                continue
            w = w1[k]
            best = w + last if w else no_word  # (the first score found is the best so far)
            best_end = k + 1
            # max over (score, end) pairs: an equal score goes to the longer word
            if v:
                sc = v + score[k + 2]
                if sc >= best:
                    best, best_end = sc, k + 2
            j = k + 3
            if j <= n:
                w = w3[k]
                while w <= 0.0:  # (a word or a prefix of one: ABSENT ends it)
                    if w:
                        sc = w + score[j]
                        if sc >= best:
                            best, best_end = sc, j
                    if j == n:
                        break
                    j += 1
                    w = get(s[k:j], ABSENT)
            if best == no_word:  # a prefix of words, none of which is here: the character alone
                best = one + last
            last = score[k] = best
            nxt[k] = best_end
        x = 0
        run = 0  # where the run of single characters before x starts (one slice, no string built char by char)
        add = out.append
        while x < n:
            y = nxt[x]
            if y - x > 1:
                if run < x:
                    self._flush(s[run:x], gets, out, hmm)
                add(s[x:y])
                run = y
            x = y
        if run < n:
            self._flush(s[run:], gets, out, hmm)

    @staticmethod
    def _flush(buf: str, gets: tuple, out: list[str], hmm: dict) -> None:
        """A run of single characters: one word, the HMM's words if the run is
        not a dictionary word, else its characters (as jieba does); GETS: the
        ``get`` of each of the word weight tables."""
        if len(buf) == 1:
            out.append(buf)
        elif not gets[min(len(buf), 4) - 1](buf):
            cut = hmm.get(buf)
            if cut is None:
                cut = hmm[buf] = hmm_words(buf)
            out.extend(cut)
        else:
            out.extend(buf)

    def __call__(self, text: str) -> Doc:
        words, spaces = self.words_spaces(text)
        return self._doc(text, words, spaces)

    def tokens(self, text: str) -> "Tokenized":
        """What the pipeline reads of ``self(text)`` without the Doc: a
        `Tokenized` holding the Doc's words and their offsets (the same as the
        Doc's IDX and IDX + LENGTH).  Building the Doc (a vocabulary lookup per
        word) and reading its offsets back cost about a fifth of segmenting;
        the pipeline's components read ``user_data`` only (kg.extract.core)."""
        words, spaces = self.words_spaces(text)
        lens = list(map(len, words))
        if True in spaces:
            nxt = list(accumulate(map(add, lens, spaces), initial=0))
            starts = nxt[:-1]
            ends = list(map(add, starts, lens))
        else:  # (no trailing spaces: each word starts where the one before ends)
            ends = list(accumulate(lens))
            starts = [0, *ends[:-1]] if ends else []
        return Tokenized(text, {"kg_words": (text, words), "kg_offsets": (starts, ends)})

    def words_spaces(self, text: str) -> tuple[list[str], list[bool]]:
        """The words and trailing spaces of the Doc ``self(text)`` is made of."""
        found = self.words(text)
        if all(found) and "".join(found) == text:
            return self._cover(found)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        n = len(text)
        # spaCy's get_words_and_spaces: whitespace words are dropped and
        # re-derived from the text; one space after a word is its trailing space
        for word in found:
            if not word or word.isspace():
                continue
            start = text.index(word, pos)
            if start > pos:
                words.append(text[pos:start])
                spaces.append(False)
            words.append(word)
            pos = start + len(word)
            if pos < n and text[pos] == " ":
                spaces.append(True)
                pos += 1
            else:
                spaces.append(False)
        if pos < n:
            words.append(text[pos:])
            spaces.append(False)
        return words, spaces

    def _doc(self, text: str, words: list[str], spaces: list[bool]) -> Doc:
        """The Doc of WORDS, which also keeps them with the text they cut
        (``user_data["kg_words"] = (text, words)``): token k's text is
        ``words[k]``, so the pipeline reads the words of that very text from
        there instead of slicing them out again."""
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["kg_words"] = (text, words)
        return doc

    @staticmethod
    def _cover(found: list[str]) -> tuple[list[str], list[bool]]:
        """What ``words_spaces``'s loop makes of words that are the text cut in
        order (jieba's always are), without a Python step per word: only the
        runs of whitespace words are visited.  A run is one word (its
        characters joined), less the one space it starts with when it follows
        a word: that is the word's trailing space."""
        blank = list(compress(range(len(found)), map(str.isspace, found)))
        if not blank:
            return found, [False] * len(found)
        words: list[str] = []
        spaces: list[bool] = []
        done = 0  # found[:done] is in words
        k = 0
        while k < len(blank):
            a = b = blank[k]
            while k < len(blank) and blank[k] == b:  # the run found[a:b]
                b += 1
                k += 1
            words += found[done:a]
            spaces += [False] * (a - done)
            gap = "".join(found[a:b])
            if a > 0 and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
            done = b
        words += found[done:]
        spaces += [False] * (len(found) - done)
        return words, spaces


# a weight no dictionary entry has (weights are log(f / total) < 0, a prefix of a word 0.0)
ABSENT = 1.0


class _WeightTables:
    """The dictionary weights of each position of a text read off its code
    points with numpy (a Python lookup per position slices and hashes a new
    string and probes a dictionary of hundreds of thousands of words: half
    of segmenting): ``lookup(text, unknown)`` -> (the weight of each character as a
    word, of the pair of characters each position opens, of the three
    characters it opens where the pair is in the dictionary), ABSENT where the
    dictionary has no such entry (or the text ends first).  Where the pair is
    ABSENT (no word of two characters or more starts there), the first is
    what the character adds to a route alone instead: its weight as a word,
    else (ABSENT, or 0.0 for a prefix of words only) UNKNOWN, the weight of
    a character the dictionary lacks; the route loop reads it with no test
    of its own (a character the dictionary lacks opens no pair either)."""

    def __init__(self, weights: tuple[dict[str, float], ...]) -> None:
        ones, twos, threes, _ = weights
        # code point -> its weight as a word; every code point past the table
        # reads as its last entry, ABSENT
        self.top = max(map(ord, ones), default=0) + 2
        self.one = np.full(self.top, ABSENT)
        for ch, w in ones.items():
            self.one[ord(ch)] = w
        self.two = _HashTable(_keys("".join(twos), 2), np.array(list(twos.values()), dtype=np.float64))
        self.three = _HashTable(_keys("".join(threes), 3), np.array(list(threes.values()), dtype=np.float64))

    def lookup(self, text: str, unknown: float) -> tuple[list[float], list[float], list[float]]:
        if not text:
            return [], [], []
        w2 = np.full(len(text), ABSENT)
        w3 = np.full(len(text), ABSENT)
        codes = char_codes(text)
        w1 = self.one[np.minimum(codes, self.top - 1)]
        codes = codes.astype(np.uint64)
        w2[:-1] = self.two.get(codes[:-1] << _SHIFT | codes[1:])
        w1 = np.where((w2 > 0.0) & (w1 >= 0.0), unknown, w1).tolist()
        # (three characters only where the first two are in the dictionary: a
        # longer word can start there only)
        at = np.flatnonzero(w2[:-2] <= 0.0)
        w3[at] = self.three.get((codes[at] << _SHIFT | codes[at + 1]) << _SHIFT | codes[at + 2])
        return w1, w2.tolist(), w3.tolist()


_SHIFT = np.uint64(21)  # the bits of a code point (0x10FFFF < 2**21)


def _keys(joined: str, width: int):
    """The keys of the words of WIDTH characters joined in JOINED: their code
    points, each shifted past the next by _SHIFT."""
    codes = char_codes(joined).astype(np.uint64).reshape(-1, width)
    keys = codes[:, 0]
    for k in range(1, width):
        keys = keys << _SHIFT | codes[:, k]
    return keys


class _HashTable:
    """Keys (unsigned 64-bit, never 2**64 - 1) -> float values, looked up many
    at once (``get(keys)``, ABSENT for a key not held): a hash table with
    linear probing, in which a round reads each open key's slot, and the keys
    whose slot holds another key go on to the next slot (a search of the
    sorted keys costs three times as much)."""

    _MULT = 0x9E3779B97F4A7C15  # (Fibonacci hashing: the key times 2**64 / golden ratio, top bits)

    def __init__(self, keys, values) -> None:
        bits = max((2 * len(keys)).bit_length(), 4)  # under half full: short probes
        self.mult, self.shift, self.mask = np.uint64(self._MULT), np.uint64(64 - bits), np.uint64((1 << bits) - 1)
        self.empty = np.uint64(2**64 - 1)
        self.slots = np.full(1 << bits, self.empty, dtype=np.uint64)
        self.values = np.full(1 << bits, ABSENT)
        # inserted in rounds: the keys whose slot is free are written there, one
        # of those aiming at one slot lands (keys are distinct: read back, the
        # slot tells which), and the others move on to the next slot; so every
        # slot from a key's hash to its own is taken
        slot = self._hash(keys)
        left = np.arange(len(keys))
        while left.size:
            at = slot[left]
            free = self.slots[at] == self.empty
            self.slots[at[free]] = keys[left[free]]
            landed = self.slots[at] == keys[left]
            self.values[at[landed]] = values[left[landed]]
            left = left[~landed]
            slot[left] = (slot[left] + np.uint64(1)) & self.mask

    def _hash(self, keys):
        return (keys * self.mult) >> self.shift

    def get(self, keys):
        out = np.full(len(keys), ABSENT)
        open_ = np.arange(len(keys))  # the keys not settled yet
        slot = self._hash(keys)
        while open_.size:
            held = self.slots[slot]
            hit = held == keys[open_]
            out[open_[hit]] = self.values[slot[hit]]
            on = ~hit & (held != self.empty)
            open_ = open_[on]
            slot = (slot[on] + np.uint64(1)) & self.mask
        return out


class Tokenized:
    """A text's words without a spaCy Doc (`Segmenter.tokens`): what the
    pipeline's components read of a Doc, ``text`` and ``user_data`` (with
    ``kg_words`` and ``kg_offsets``, the words' start and end offsets)."""

    __slots__ = ("text", "user_data")

    def __init__(self, text: str, user_data: dict) -> None:
        self.text = text
        self.user_data = user_data


# --------------------------------------------------------------------------- jieba's HMM

def hmm_words(sentence: str) -> list[str]:
    """``list(finalseg.cut(sentence))``: jieba's HMM words of a run of characters
    no dictionary word covers, with its Viterbi over the four states
    unrolled (same sums in the same order, same tie-breaks), 2.4x faster.
    tests/unit/extract/test_speed_paths.py compares the two on random text."""
    out: list[str] = []
    force = finalseg.Force_Split_Words
    # re_han splits on its one group: the Han blocks are the odd pieces
    for n, blk in enumerate(finalseg.re_han.split(sentence)):
        if not blk:
            continue
        if n % 2:
            for word in _viterbi_words(blk):
                if word in force:
                    out.extend(word)
                else:
                    out.append(word)
        else:
            out.extend(x for x in finalseg.re_skip.split(blk) if x)
    return out


def _viterbi_words(obs: str) -> list[str]:
    MIN = finalseg.MIN_FLOAT
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    eB, eM, eE, eS = emit["B"].get, emit["M"].get, emit["E"].get, emit["S"].get
    # the transitions jieba's PrevStatus allows: B after E or S, M after M or B,
    # S after S or E, E after B or M
    tEB, tSB = trans["E"].get("B", MIN), trans["S"].get("B", MIN)
    tMM, tBM = trans["M"].get("M", MIN), trans["B"].get("M", MIN)
    tSS, tES = trans["S"].get("S", MIN), trans["E"].get("S", MIN)
    tBE, tME = trans["B"].get("E", MIN), trans["M"].get("E", MIN)
    c = obs[0]
    vB, vM = start["B"] + eB(c, MIN), start["M"] + eM(c, MIN)
    vE, vS = start["E"] + eE(c, MIN), start["S"] + eS(c, MIN)
    back = []  # per position after the first: the best previous state of B, M, E, S
    for c in obs[1:]:
        # max over (score, state) pairs: an equal score goes to the later letter
        em = eB(c, MIN)
        p, q = vE + tEB + em, vS + tSB + em
        nB, fB = (q, "S") if q >= p else (p, "E")
        em = eM(c, MIN)
        p, q = vM + tMM + em, vB + tBM + em
        nM, fM = (p, "M") if p >= q else (q, "B")
        em = eS(c, MIN)
        p, q = vS + tSS + em, vE + tES + em
        nS, fS = (p, "S") if p >= q else (q, "E")
        em = eE(c, MIN)
        p, q = vB + tBE + em, vM + tME + em
        nE, fE = (q, "M") if q >= p else (p, "B")
        back.append({"B": fB, "M": fM, "S": fS, "E": fE})
        vB, vM, vE, vS = nB, nM, nE, nS
    state = "S" if vS >= vE else "E"
    pos = [state]
    for step in reversed(back):
        state = step[state]
        pos.append(state)
    pos.reverse()
    words = []
    begin = nexti = 0
    for i, p in enumerate(pos):
        if p == "B":
            begin = i
        elif p == "E":
            words.append(obs[begin:i + 1])
            nexti = i + 1
        elif p == "S":
            words.append(obs[i])
            nexti = i + 1
    if nexti < len(obs):
        words.append(obs[nexti:])
    return words
