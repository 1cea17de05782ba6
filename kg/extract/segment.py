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
computed once, and words are aligned with ``str.index(word, pos)``.  The
dictionary is jieba's own (``jieba.dt.FREQ``, with the lexicon terms the
pipeline adds), read live, so words added later count at once.
tests/test_extract.py checks the tokens equal ``jieba.cut`` on real texts.
"""
from __future__ import annotations

import re
from math import log

import jieba
from jieba import finalseg
from spacy.tokens import Doc
from spacy.vocab import Vocab

# jieba's block splitters for accurate mode (jieba.re_han_default / re_skip_default)
_HAN = jieba.re_han_default
_SKIP = jieba.re_skip_default


class Segmenter:
    """``Segmenter(vocab)(text)`` -> Doc with the words of ``jieba.cut(text)``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # frequency -> log(frequency) - log(total), jieba's word weight; the
        # cache is dropped when the total changes (a word added to jieba)
        self._weight: dict[int, float] = {}
        self._total = None

    def words(self, text: str) -> list[str]:
        """The words of ``jieba.cut(text, cut_all=False, HMM=True)``."""
        dt = jieba.dt
        dt.check_initialized()
        out: list[str] = []
        add = out.append
        for blk in _HAN.split(text):
            if not blk:
                continue
            if _HAN.match(blk):
                if dt.total != self._total:
                    self._weight, self._total = {}, dt.total
                self._cut_block(blk, dt.FREQ, log(dt.total), out)
            else:
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        add(x)
                    else:
                        out.extend(x)
        return out

    def _cut_block(self, s: str, freq: dict, logtotal: float, out: list[str]) -> None:
        """jieba's ``__cut_DAG`` on one block of Han/alphanumeric characters."""
        weights = self._weight
        n = len(s)
        score = [0.0] * (n + 1)
        score[n] = 0  # jieba's route[N] = (0, 0)
        nxt = list(range(1, n + 2))  # end (exclusive) of the best word at each position
        get = freq.get
        for k in range(n - 1, -1, -1):
            best = None
            best_end = k + 1
            i = k
            frag = s[k]
            while i < n:
                f = get(frag)  # 0 for a prefix of a word, None past every word
                if f is None:
                    break
                if f:
                    w = weights.get(f)
                    if w is None:
                        w = weights[f] = log(f) - logtotal
                    sc = w + score[i + 1]
                    # max over (score, end) pairs: an equal score goes to the longer word
                    if best is None or sc >= best:
                        best, best_end = sc, i + 1
                i += 1
                frag = s[k : i + 1]
            if best is None:  # no dictionary word starts here: the character alone
                f = get(s[k]) or 1
                w = weights.get(f)
                if w is None:
                    w = weights[f] = log(f) - logtotal
                best = w + score[k + 1]
            score[k] = best
            nxt[k] = best_end
        x = 0
        buf = ""
        add = out.append
        while x < n:
            y = nxt[x]
            if y - x == 1:
                buf += s[x]
            else:
                if buf:
                    self._flush(buf, get, out)
                    buf = ""
                add(s[x:y])
            x = y
        if buf:
            self._flush(buf, get, out)

    @staticmethod
    def _flush(buf: str, get, out: list[str]) -> None:
        """A run of single characters: one word, the HMM's words if the run is
        not a dictionary word, else its characters (as jieba does)."""
        if len(buf) == 1:
            out.append(buf)
        elif not get(buf):
            out.extend(finalseg.cut(buf))
        else:
            out.extend(buf)

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        n = len(text)
        # spaCy's get_words_and_spaces: whitespace words are dropped and
        # re-derived from the text; one space after a word is its trailing space
        for word in self.words(text):
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
        return Doc(self.vocab, words=words, spaces=spaces)
