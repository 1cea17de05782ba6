"""Electronic parts named by what they do or the field they serve (session 18):
domain words before 芯片, 器件, 模组, 传感器, 控制器 or 探测器 stay in the name
(heads.TechnologyDevice), and 新一代 before a lexicon sector stays in the
sector's name (heads.Industry). Made-up sentences; each positive case fails when
its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_task_before_a_chip_stays_in_the_name():
    found = ents("该园区去年量产了电池管理芯片。")
    assert ("电池管理芯片", "Technology") in found
    assert ("芯片", "Technology") not in found


def test_a_field_before_a_device_word_jieba_glued_stays_in_the_name():
    found = ents("园区引进了一条电力电子器件封测线。")
    assert ("电力电子器件", "Technology") in found
    assert ("电力", "Industry") not in found


def test_domain_nouns_before_a_module_head_build_one_name():
    found = ents("企业计划扩产射频前端模组。")
    assert ("射频前端模组", "Technology") in found


def test_a_class_word_and_a_curated_word_before_a_module():
    found = ents("这家工厂主要生产新型显示模组。")
    assert ("新型显示模组", "Technology") in found


def test_a_lone_verb_before_a_chip_is_the_verb_of_its_object():
    found = ents("支持企业研制芯片和控制器。")
    assert ("芯片", "Technology") in found
    assert not any(t.endswith("芯片") and t != "芯片" for t, _ in found)


def test_origin_and_market_words_are_no_modifiers():
    found = ents("市场上出现了多款新款芯片，部分厂商改用国产芯片。")
    assert ("新款芯片", "Technology") not in found
    assert ("国产芯片", "Technology") not in found


def test_a_part_before_a_stage_word_names_no_part():
    found = ents("当地着力发展功率芯片设计和封装测试。")
    assert ("功率芯片", "Technology") not in found


def test_generic_module_words_build_nothing():
    found = ents("系统由三个功能模块组成。")
    assert not any(t.endswith("模块") for t, _ in found)


def test_electronic_components_stay_the_equipment_sector():
    found = ents("本市将壮大电子元器件产业集群。")
    assert ("电子元器件", "Technology") not in found


def test_new_generation_before_a_lexicon_sector_stays_in_the_name():
    found = ents("该区力争做大新一代电子信息制造业。")
    assert ("新一代电子信息制造业", "Industry") in found
    assert ("电子信息制造业", "Industry") not in found
