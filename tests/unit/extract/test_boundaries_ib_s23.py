"""Industry boundaries on new text (session 23): a lexicon stem jieba glued to
the head of a …产业 word is the sector written whole, and a stop-listed word
read across an equal-length name does not hide it.  Made-up sentences; each
positive case fails without its rule, the negative ones when it over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_longer_lexicon_stem_before_the_sector_suffix_names_the_whole_sector():
    found = ents("该县加快培育大算力产业，建设算力中心。")
    assert ("大算力产业", "Industry") in found
    assert ("算力产业", "Industry") not in found


def test_a_stop_word_read_across_a_sector_of_its_length_does_not_hide_it():
    assert ("声学产业", "Industry") in ents("某市出台支持声学产业创新集群建设的措施。")
    assert ("激光产业", "Industry") in ents("该省推动激光产业创新发展。")


def test_the_stop_word_alone_still_names_nothing():
    found = ents("该区推进产业创新和科技创新深度融合。")
    assert not any("产业" in t for t, _ in found)


def test_an_enabling_verb_bounds_the_first_item_of_a_list_of_sectors():
    found = ents("新技术将驱动车载光学、汽车材料等配套产业提质扩容。")
    assert ("车载光学", "Industry") in found


def test_a_first_item_opening_with_a_prefix_jieba_cut_off_is_a_sector():
    found = ents("该县推动发展非编织袋、食品加工等产业。")
    assert ("非编织袋", "Industry") in found
