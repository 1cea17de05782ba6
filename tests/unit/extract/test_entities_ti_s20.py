"""Technology and industry names on unseen text (session 20): materials and
display parts named by their grade, alloying element or use.  Made-up
sentences; each positive case fails when its rule is removed, the negative
ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_material_named_by_its_grade_or_use_is_a_technology():
    found = ents("推广曲面屏和车载面板，发展医药玻璃和耐蚀钢。")
    for name in ("曲面屏", "车载面板", "医药玻璃", "耐蚀钢"):
        assert (name, "Technology") in found


def test_foils_and_alloys_in_a_list_are_each_a_technology():
    found = ents("企业扩大高压铝箔和船用铝合金产能。")
    assert ("高压铝箔", "Technology") in found
    assert ("船用铝合金", "Technology") in found


def test_a_bare_or_whole_material_word_builds_nothing():
    found = ents("不锈钢和铝合金需求稳定，玻璃价格回落，首钢发布公告。")
    assert not any(etype == "Technology" for _, etype in found)


def test_a_material_before_a_product_word_is_that_products_modifier():
    found = ents("推进钢结构住宅建设，钛合金精密铸件也在扩产。")
    assert not any(text.endswith(("钢", "合金")) for text, _ in found)


def test_a_joiner_glued_into_a_token_ends_the_material_name():
    found = ents("推进前驱体和高镍正极材料量产。")
    assert not any("和" in text for text, _ in found)


def test_farm_machines_as_a_class_of_equipment_are_one_name():
    found = ents("推广无人农机装备，农机装备企业加快转型。")
    assert ("无人农机装备", "Technology") in found
    assert not any(text == "农机装备" for text, _ in found)


def test_technologies_brought_to_market_are_not_industries():
    found = ents("加快固态电池、钙钛矿电池等新技术产业化。")
    assert ("钙钛矿电池", "Technology") in found
    assert ("钙钛矿电池", "Industry") not in found


def test_power_generation_by_source_is_a_sector():
    found = ents("碳化硅器件用于充电桩、光伏发电和储能变流器。")
    assert ("光伏发电", "Industry") in found
    assert ("光伏发电", "Technology") not in found


def test_autonomous_driving_is_a_technology():
    found = ents("这家车企加大自动驾驶算法研发投入，自动驾驶已进入道路测试阶段。")
    assert ("自动驾驶", "Technology") in found
    assert ("自动驾驶", "Industry") not in found


def test_a_generation_task_named_by_its_output_is_a_technology():
    found = ents("这款工具支持视频生成、音乐生成和广告文案生成等功能。")
    for name in ("视频生成", "音乐生成", "广告文案生成"):
        assert (name, "Technology") in found


def test_generation_as_a_verb_or_inside_a_word_builds_nothing():
    found = ents("系统可根据用户提示自动生成报告，生成式模型和人工智能生成内容都需标识。")
    assert not any(text.endswith("生成") for text, _ in found)


def test_deep_processing_of_a_raw_material_is_an_industry():
    found = ents("发展茶叶精深加工和木材深加工，推进铜精深加工。")
    for name in ("茶叶精深加工", "木材深加工", "铜精深加工"):
        assert (name, "Industry") in found


def test_bare_or_generic_deep_processing_builds_nothing():
    found = ents("推动资源由粗放利用向精深加工转变，提高产品精深加工度。")
    assert not any(text.endswith("加工") for text, _ in found)


def test_hydrogen_named_by_its_source_or_feedstock_is_a_technology():
    found = ents("推进甲醇制氢和生物质制氢示范，发展低成本制氢。")
    assert ("甲醇制氢", "Technology") in found
    assert ("生物质制氢", "Technology") in found
    assert not any(text.endswith("制氢") and text.startswith("低") for text, _ in found)


def test_machinery_and_fishery_sectors_are_industries():
    found = ents("该市聚焦工程机械和深远海养殖两大方向，推动数字化升级。")
    assert ("工程机械", "Industry") in found
    assert ("深远海养殖", "Industry") in found
