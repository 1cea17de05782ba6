"""The first item of a typed list: a modifier that opens it right after the
verb or preposition is part of its name (open_lists.opening_modifiers,
annotation.md: the longest name as written), and a name ending with a word
jieba tags as a verb, used as its head noun, is read whole under a class noun
(coordination.first_item_head_tags).  Made-up sentences; each fails without
its rule."""
from __future__ import annotations

from support.entities import ents


def test_an_opening_modifier_starts_the_first_item():
    found = ents("该市企业将在核心光电器件、高端射频芯片、工业软件上加大投入。")
    assert ("核心光电器件", "Technology") in found
    assert ("光电器件", "Technology") not in found


def test_a_first_item_may_end_with_a_verb_used_as_its_head():
    found = ents("该县着力发展土壤污染治理、固废处理和噪声控制等环保技术。")
    assert ("土壤污染治理", "Technology") in found
    assert ("固废处理", "Technology") in found


def test_a_verb_after_no_name_word_opens_no_first_item():
    found = ents("该县着力发展相关治理、固废处理和噪声控制等环保技术。")
    assert not any(text.endswith("治理") for text, _ in found)
