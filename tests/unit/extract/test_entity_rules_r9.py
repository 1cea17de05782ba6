"""Entity rules, round 9: class-forming heads and sub-word fragments.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- 装备 heads an equipment sector (海洋装备, 航空装备) --------------------------


def test_sector_word_plus_equipment_is_one_industry():
    got = ents("支持沿海城市壮大海洋装备和航空装备。")
    assert ("海洋装备", "Industry") in got and ("航空装备", "Industry") in got
    # the sector word alone is no longer read out of the compound
    assert not any(s in ("海洋", "航空") for s, _ in got)


def test_equipment_without_a_sector_modifier_is_nothing():
    # a verb before 装备 is no modifier: nothing is built
    got = ents("部队正在更新装备。")
    assert not any(s.endswith("装备") for s, _ in got)


def test_equipment_head_takes_no_word_glued_before_the_sector():
    # jieba glues 强 of 做大做强 to 海工: the head builds nothing from it
    got = ents("做大做强海工装备、生物制造等未来产业。")
    assert not any(s.startswith("强") or s.startswith("做") for s, _ in got), got


def test_sector_word_plus_parts_is_one_industry_not_the_bare_sector():
    got = ents("这座城市的汽车零配件和电子元器件企业正在转型。")
    assert ("汽车零配件", "Industry") in got and ("电子元器件", "Industry") in got
    assert ("汽车", "Industry") not in got


# --- 绿色 forms a class of a named sector (绿色化工, 绿色金融) -------------------


def test_green_before_a_lexicon_sector_is_one_name():
    got = ents("推动沿海地区发展绿色化工和绿色金融。")
    assert ("绿色化工", "Industry") in got and ("绿色金融", "Industry") in got
    assert ("化工", "Industry") not in got


def test_green_before_an_ordinary_word_builds_nothing():
    got = ents("倡导市民绿色出行。")
    assert not any("绿色" in s for s, _ in got), got


# --- 深度 after a list's last item (…、C深度融合) is no part of the item --------


def test_adverb_after_the_last_item_is_not_part_of_it():
    got = ents("推动人工智能与跨境电商、智慧物流、数字文创深度融合。")
    assert ("数字文创", "Industry") in got
    assert not any(s.endswith("深度") for s, _ in got), got


def test_end_word_that_opens_the_last_item_stays_in_it():
    got = ents("加强人脸识别、语音合成、深度伪造等技术研究。")
    assert ("深度伪造", "Technology") in got


# --- a sector word before 系统 is a modifier (电力系统, 交通系统) ------------------


def test_sector_before_system_is_a_modifier():
    got = ents("新型储能可以提升电力系统的调节能力。")
    assert not any(s == "电力" for s, _ in got), got


def test_technology_before_system_still_names_a_product():
    got = ents("推广新型储能系统。")
    assert ("新型储能系统", "Technology") in got
