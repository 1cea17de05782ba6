"""Technology and industry names no lexicon knows, read from the list they
are in (session 21): lists governed by a verb jieba splits (做|强), a pair
sharing a class word (A和B技术).  Made-up sentences; each positive case fails
when its rule is removed, the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_list_after_a_split_verb_is_governed():
    # jieba writes 做强 as 做|强: the verb still governs the pair, and the
    # unknown item takes its known sibling's type (a firm's reading of
    # 生物制药 by the …制药 head does not hide the sector)
    found = ents("企业要做强生物制药和中药饮片。")
    assert ("中药饮片", "Industry") in found


def test_more_priority_verbs_and_the_scale_of_the_last_item():
    found = ents("全市做优乳制品和预制菜。")
    assert ("乳制品", "Industry") in found
    found = ents("提出做大印刷电路板、柔性显示模组和射频器件规模。")
    assert ("印刷电路板", "Technology") in found
    assert not any(text.endswith("规模") for text, _ in found)


def test_a_class_word_after_a_governed_pair_is_the_class_of_both():
    found = ents("推广节水灌溉和测土配方施肥技术。")
    assert ("节水灌溉", "Technology") in found
    assert ("测土配方施肥", "Technology") in found


def test_a_short_pair_before_a_class_word_stays_one_term():
    found = ents("突破基因和细胞技术。")
    assert ("基因和细胞技术", "Technology") in found
    assert not any(text in ("基因", "细胞") for text, _ in found)
