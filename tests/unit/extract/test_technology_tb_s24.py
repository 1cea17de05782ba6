"""Technology span boundaries on new text (session 24): the class word 技术 written
with a name stays in it (annotation.md: take the longest name that denotes one
thing; 基因和细胞技术 is one term as written).  Made-up sentences; each positive
case fails when its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_the_last_item_of_a_governed_list_keeps_its_technique_word():
    found = ents("推广雾化保鲜、气调贮藏和果蔬分级识别技术，建设产地冷库。")
    assert ("果蔬分级识别技术", "Technology") in found
    assert ("果蔬分级识别", "Technology") not in found
    assert ("雾化保鲜", "Technology") in found  # (the class word still types the list)


def test_the_second_item_of_a_pair_keeps_its_technique_word():
    found = ents("该所展示了区块链和触觉反馈技术。")
    assert ("触觉反馈技术", "Technology") in found
    assert ("触觉反馈", "Technology") not in found


def test_a_head_built_name_followed_by_its_technique_word_is_one_name():
    found = ents("推动光储充一体化技术在园区落地。")
    assert ("光储充一体化技术", "Technology") in found
    assert ("光储充一体化", "Technology") not in found


def test_the_technique_word_inside_a_longer_word_is_not_taken():
    found = ents("推动光储充一体化技术员培训。")
    assert ("光储充一体化技术", "Technology") not in found


def test_a_systematically_named_chemical_and_the_part_made_of_it_are_one_product():
    found = ents("园区重点招引锰酸锂正极、四氟硼酸锂电解质和碳酸锂企业。")
    assert ("锰酸锂正极", "Technology") in found
    assert ("四氟硼酸锂电解质", "Technology") in found
    assert ("锰酸锂", "Technology") not in found


def test_a_part_word_jieba_glued_to_a_preposition_still_ends_the_product():
    found = ents("该市以磷化铟外延片为突破口。")
    assert ("磷化铟外延片", "Technology") in found


def test_a_lexicon_battery_before_its_electrolyte_is_no_one_product():
    found = ents("建设液流电池电解液和双极板生产基地。")
    assert ("液流电池电解液", "Technology") not in found


def test_nouns_naming_a_materials_substance_open_its_function_name():
    found = ents("该厂的片状石墨负极材料已量产。")
    assert ("片状石墨负极材料", "Technology") in found
    assert ("负极材料", "Technology") not in found


def test_a_function_material_name_cut_short_by_the_token_limit_builds_nothing():
    found = ents("重点发展天然鳞片微晶石墨负极材料。")  # (天然/b before three nouns)
    assert not any(t.endswith("负极材料") for t, _ in found)


def test_a_storage_route_named_by_its_inverter_control_is_a_technique():
    found = ents("该县加快构网型储能示范。")
    assert ("构网型储能", "Technology") in found


def test_a_place_and_its_object_before_a_known_technology_are_no_part_of_the_name():
    found = ents("三是发展徽州古民居数字孪生和全景直播。")
    assert ("数字孪生", "Technology") in found
    assert not any(t.endswith("数字孪生") and t != "数字孪生" for t, _ in found)


def test_a_laser_named_by_its_medium_and_power_is_a_device():
    found = ents("企业研制出万瓦级光纤激光器。")
    assert ("光纤激光器", "Technology") in found


def test_a_research_word_closing_a_governed_list_is_no_part_of_its_last_item():
    found = ents("在现代渔业领域推进基因编辑和智能养殖装备研发。")
    assert not any(t.endswith("研发") for t, _ in found)


def test_a_chip_named_by_its_process_node_keeps_the_chip_word():
    found = ents("该厂计划量产3纳米制程芯片。")
    assert ("3纳米制程芯片", "Technology") in found
    assert ("3纳米制程", "Technology") not in found


def test_a_pressure_or_power_rating_before_a_product_is_part_of_its_name():
    found = ents("攻关35MPa氢瓶技术，研制18兆瓦级海上风电机组。")
    assert ("35MPa氢瓶技术", "Technology") in found
    assert ("18兆瓦级海上风电机组", "Technology") in found


def test_a_bare_rating_builds_nothing():
    found = ents("项目总装机容量为300兆瓦。")
    assert not any(t.startswith("300") for t, _ in found)
