"""One pass for every head type's words (anchor.word_sets_finder): the spans each
set's trie regex finditer yields, for all sets at once."""
from __future__ import annotations

import random
import re

import pytest

from kg.extract.anchor import word_sets_finder
from kg.extract.lexicon import load_entity_patterns, trie_regex


def _reference(sets, text):
    return [[m.span() for m in re.compile(trie_regex(words)).finditer(text)] for words in sets]


def test_word_sets_finder_yields_each_sets_finditer_spans():
    sets = [["研究院", "研究所", "院"], ["业", "行业"], ["产业", "产业集群", "集群"], ["甲乙丙丁", "乙丙"], ["网", "网络"]]
    scan = word_sets_finder(sets)
    for text in [
        "",
        "某某研究院和某研究所",  # a set's longer word at a position where another set's shorter one starts
        "造纸行业与纺织业",  # 行业 in one set, 业 in the same set: the longest
        "某地产业集群和集群",  # 产业集群 for one set, 集群 inside it for another
        "甲乙丙丁乙丙",
        "物联网络网",
        "院",  # a one-character word at the end
        "研究",  # a pair opening a word, no word
        "😀研究院𠀀网",  # characters outside the basic plane count as one position each
    ]:
        assert scan(text) == _reference(sets, text), text


def test_word_sets_finder_agrees_with_finditer_on_the_head_words():
    sets = [spec["suffixes"] for spec in load_entity_patterns()["heads"].values()]
    scan = word_sets_finder(sets)
    words = sorted({w for s in sets for w in s})
    chars = sorted(set("".join(words))) + list("的和、。A😀")
    rng = random.Random(26)
    for _ in range(400):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert scan(text) == _reference(sets, text), text
        text = "".join(rng.choice(words + ["的", "、"]) for _ in range(rng.randint(0, 8)))
        assert scan(text) == _reference(sets, text), text


def test_word_sets_finder_rejects_an_empty_word():
    with pytest.raises(ValueError):
        word_sets_finder([["研究院", ""]])
