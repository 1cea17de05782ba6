"""Items of coordinated lists no lexicon knows, completed from the list's
class word or its known items (coordination).  Made-up sentences; each case
fails when its rule is removed."""
from __future__ import annotations

from tests.support.entities import ents


def test_a_generic_word_listed_among_known_sectors_before_a_sector_class_is_a_sector():
    found = ents("推动氢燃料电池在电力、交通和通信领域规模化示范。")
    assert ("通信", "Industry") in found
    found = ents("该工艺已在医药、化工、材料和能源等行业推广。")
    assert ("材料", "Industry") in found


def test_a_generic_word_is_no_sector_without_known_siblings_or_a_sector_class():
    assert ("通信", "Industry") not in ents("推动通信和材料方面的合作。")
    assert ("材料", "Industry") not in ents("采购医药、化工和材料等物资。")


def test_an_activity_word_listed_among_sectors_stays_no_entity():
    # 工作 is a verbal noun: an activity, not a sector, whatever list it is in
    assert ("工作", "Industry") not in ents("在娱乐、游戏、工作、教育等领域普及。")
