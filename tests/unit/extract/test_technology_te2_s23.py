"""Technology names on new text (session 23, second pass): hydrogen storage and
transport routes written verb-object, a material + 功率 + 半导体, battery-material
words jieba glued across a coordination.  Made-up sentences; each positive case
fails without its rule, the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_hydrogen_stored_or_moved_in_a_named_state_or_carrier_is_a_technique():
    found = ents("随着液态储氢和长管拖车输氢技术的突破，某省还将试点液氨储运。")
    assert ("液态储氢", "Technology") in found
    assert ("长管拖车输氢技术", "Technology") in found
    assert ("液氨储运", "Technology") in found


def test_a_cost_word_or_a_generic_carrier_before_the_route_builds_nothing():
    found = ents("该县探索低成本储氢，并完善成品油管道储运。")
    assert not any(text.endswith(("储氢", "储运")) for text, _ in found)


def test_a_material_and_power_before_semiconductor_is_one_device_name():
    found = ents("某企业在泰国投产一座氮化镓功率半导体工厂。")
    assert ("氮化镓功率半导体", "Technology") in found
    assert ("氮化镓", "Technology") not in found
    assert ("半导体", "Technology") not in found


def test_a_bare_semiconductor_or_one_before_a_sector_word_builds_no_device():
    found = ents("加快发展功率半导体产业，壮大本地半导体。")
    assert ("功率半导体", "Technology") not in found


def test_battery_material_words_are_not_glued_across_a_coordination():
    found = ents("某公司扩产隔膜和高镍三元材料，配套建设回收产线。")
    assert ("隔膜", "Technology") in found
    assert ("高镍三元材料", "Technology") in found


def test_a_vehicle_or_ship_use_word_before_a_technology_stays_in_its_name():
    found = ents("该市加快车用无线通信网络建设，企业研制船用锂电池。")
    assert ("车用无线通信网络", "Technology") in found
    assert ("船用锂电池", "Technology") in found
    assert ("无线通信网络", "Technology") not in found


def test_a_latin_model_name_before_a_robot_or_drone_class_is_the_product():
    found = ents("工厂大量使用某某公司的Zorbo机器狗和Kite7无人机，不再投资AI机器人产业。")
    assert ("Zorbo机器狗", "Technology") in found
    assert ("Kite7无人机", "Technology") in found
    assert ("机器狗", "Technology") not in found


def test_a_robot_or_drone_named_by_its_task_keeps_the_task_word():
    found = ents("物流园引进分拣机器人和配送无人机，口岸试点应用查验机器人，企业研发机器人。")
    assert ("分拣机器人", "Technology") in found
    assert ("配送无人机", "Technology") in found
    assert ("查验机器人", "Technology") in found
    assert ("研发机器人", "Technology") not in found


def test_the_vision_modality_before_a_model_stays_in_its_name():
    found = ents("该机器人搭载了某公司自研的视觉语言模型。")
    assert ("视觉语言模型", "Technology") in found
    assert ("语言模型", "Technology") not in found


def test_an_alternative_fuel_before_an_engine_stays_in_its_name():
    found = ents("船企推广氨燃料发动机，甲醇燃料发动机的试验也在推进。")
    assert ("氨燃料发动机", "Technology") in found
    assert ("甲醇燃料发动机", "Technology") in found
    assert ("燃料发动机", "Technology") not in found
