"""Technology and Industry boundaries and typing (session 27): a count written
before a name (120台) is no part of it, nor is a conjunction or a measure word
read into a …式 class word; robot locomotion classes (轮式, 双足, GB/T 12643)
form a class of robot. Made-up sentences; each positive case fails when its
rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_count_before_a_robot_class_is_no_part_of_the_name():
    found = ents("该厂上月交付了80台轮式巡逻机器人。")
    assert ("轮式巡逻机器人", "Technology") in found
    assert not any(text.startswith(("台", "80")) for text, _ in found)


def test_a_conjunction_opens_no_class_word():
    found = ents("园区企业生产四足机器人和轮式机器人。")
    assert ("轮式机器人", "Technology") in found
    assert not any(text.startswith("和") for text, _ in found)


def test_counts_in_a_list_of_one_head_are_not_part_of_the_items():
    found = ents("工厂今年下线了60台轮式配送机器人、45台双足人形机器人。")
    assert not any(text[0].isdigit() or text.startswith("台") for text, _ in found)
    assert ("双足人形机器人", "Technology") in found


def test_driving_automation_levels_are_named_whole():
    found = ents("新规允许高度自动驾驶车辆在示范区测试，并逐步放开有条件自动驾驶。")
    assert ("有条件自动驾驶", "Technology") in found
    assert ("自动驾驶", "Technology") not in found


def test_a_level_word_before_a_technology_keeps_the_whole_name():
    found = ents("该区将建设高级别自动驾驶示范区。")
    assert ("高级别自动驾驶", "Technology") in found


def test_a_storage_plant_named_by_its_mode_is_a_technique():
    found = ents("鼓励建设独立储能电站，探索共享储能和长时储能商业模式。")
    assert {("独立储能", "Technology"), ("共享储能", "Technology"), ("长时储能", "Technology")} <= found


def test_a_user_segment_before_storage_still_names_none():
    found = ents("推动电网侧储能发展。")
    assert ("电网侧储能", "Technology") not in found


def test_a_payload_named_by_its_technology_is_one_name():
    found = ents("该卫星搭载遥感载荷。")
    assert ("遥感载荷", "Technology") in found


def test_a_robot_body_is_one_name():
    found = ents("研究所攻关机器人本体轻量化设计。")
    assert ("机器人本体", "Technology") in found


def test_basic_and_information_industries_are_categories():
    found = ents("做强能源原材料等基础产业，发展信息产业。")
    assert {("基础产业", "Industry"), ("信息产业", "Industry")} <= found


def test_a_class_after_a_list_may_hold_a_quality_word_beside_a_known_sector():
    found = ents("推广废钢电炉炼钢、氢冶金等低碳冶金技术。")
    assert ("低碳冶金技术", "Technology") in found


def test_a_generic_class_after_a_list_is_still_no_name():
    found = ents("突破人工智能、量子计算等前沿技术。")
    assert not any(text.endswith("前沿技术") for text, _ in found)
