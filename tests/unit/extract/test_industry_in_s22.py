"""Industry names on new text (session 22): the modifier chain that forms a
sector's class stays in its name (a material and its process before a bare
产业, a one-character material before a lexicon sector ending with 产业).
Made-up sentences; each positive case fails when its rule is removed, the
negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_material_and_its_process_before_a_bare_sector_word():
    found = ents("该县把镍加工产业作为转型重点。")
    assert ("镍加工产业", "Industry") in found


def test_a_material_and_its_process_in_a_clause():
    found = ents("推动锌加工产业集聚。")
    assert ("锌加工产业", "Industry") in found


def test_a_verbal_noun_alone_before_the_sector_word_builds_nothing():
    found = ents("各地要推动组织管理产业化。")
    assert not any(t.endswith("产业") for t, _ in found)


def test_a_one_character_noun_alone_stays_out_of_the_name():
    found = ents("他们把“冷资源”变成“暖产业”。")
    assert ("暖产业", "Industry") not in found


def test_a_one_character_material_before_a_lexicon_sector():
    found = ents("该区着力壮大氟新材料产业。")
    assert ("氟新材料产业", "Industry") in found
    assert ("新材料产业", "Industry") not in found
    found = ents("该区扶持光电子信息产业壮大。")
    assert ("光电子信息产业", "Industry") in found


def test_a_place_word_before_a_lexicon_sector_stays_out():
    found = ents("推动全市新材料产业发展。")
    assert ("新材料产业", "Industry") in found


def test_a_character_completing_a_one_character_verb_is_no_modifier():
    found = ents("全县把数字化改造视为做精做优传统产业的关键一招。")
    assert ("传统产业", "Industry") in found
    assert not any(t.endswith("传统产业") and t != "传统产业" for t, _ in found)


def test_a_short_sector_word_glued_to_a_noun_is_its_modifier():
    found = ents("新工厂的芯片主要面向汽车电子市场。")
    assert ("汽车", "Industry") not in found
    found = ents("园区正在推广环保冷媒。")
    assert ("环保", "Industry") not in found


def test_a_sector_word_before_a_measure_or_a_development_word_stays_a_name():
    found = ents("今年全省工业增加值稳步增长，水电开发有序推进。")
    assert ("工业", "Industry") in found
    assert ("水电", "Industry") in found


def test_a_sector_word_before_a_zone_word_stays_a_name():
    found = ents("两市共建氢能走廊。")
    assert ("氢能", "Industry") in found


def test_a_product_and_its_making_stage_is_a_sector_in_a_list_of_products():
    found = ents("该园区先期培育整车制造和电驱动总成等关键零部件。")
    assert ("整车制造", "Industry") in found


def test_recycling_as_the_last_item_is_not_trimmed():
    found = ents("新区提前布局钠电池与电池回收利用。")
    assert ("电池回收利用", "Industry") in found
    assert ("钠电池", "Technology") in found  # (the stage-named item casts no vote for its sibling's type)


def test_a_stage_after_a_technology_stays_that_technologys():
    found = ents("重点发展芯片设计、先进封装测试和装备材料。")
    assert ("先进封装测试", "Technology") in found


def test_recycling_named_by_what_it_recovers():
    found = ents("三要推进废旧轮胎回收利用。")
    assert ("废旧轮胎回收利用", "Industry") in found
    found = ents("推动资源回收利用。")
    assert not any(t.endswith("回收利用") for t, _ in found)


def test_deep_processing_of_a_crop_jieba_reads_as_a_name():
    found = ents("当地把玉米深加工作为主导方向。")
    assert ("玉米深加工", "Industry") in found


def test_a_technical_word_jieba_reads_as_a_name_before_a_lexicon_sector():
    found = ents("市里着力培育铜基新材料产业。")
    assert ("铜基新材料产业", "Industry") in found
    found = ents("推动园区新材料产业发展。")
    assert ("园区新材料产业", "Industry") not in found


def test_a_sector_word_before_resources_or_consumption_is_a_modifier():
    found = ents("夜游项目成为文旅消费的新亮点。")
    assert ("文旅", "Industry") not in found
    found = ents("当地依托丰富的水电资源发展绿色算力。")
    assert ("水电", "Industry") not in found
