"""Technology and Industry recall (session 27, second pass): list items written
as a known sector + an activity word name the line of work.  Made-up
sentences; each positive case fails when its rule is removed, the negative
ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_sector_plus_activity_items_name_the_line_of_work():
    found = ents("报告预计，工业巡检、物流分拣和家庭陪护将率先落地。")
    assert {("工业巡检", "Industry"), ("物流分拣", "Industry")} <= found
    assert ("工业", "Industry") not in found


def test_one_sector_plus_activity_item_is_left_to_the_sector():
    found = ents("平台将为汽车出行、港口和电力提供服务。")
    assert not any(text == "汽车出行" for text, _ in found)


def test_a_change_done_to_sectors_is_no_line_of_work():
    found = ents("推动制造业升级、农业转型和服务业提质。")
    assert {("制造业", "Industry"), ("农业", "Industry"), ("服务业", "Industry")} <= found
    assert not any(text in ("制造业升级", "农业转型") for text, _ in found)


def test_a_sector_listed_before_a_technology_class_is_read_as_a_technology():
    found = ents("推进智能网联汽车、智能航运等技术研发。")
    assert ("智能航运", "Technology") in found
    assert ("智能航运", "Industry") not in found


def test_a_sector_listed_before_a_sector_class_keeps_its_reading():
    found = ents("推进智能航运、港口物流等产业发展。")
    assert ("智能航运", "Industry") in found


def test_three_unknown_items_researched_are_techniques():
    found = ents("开展钠盐储热、高温电解制氢和医用同位素生产研究。")
    assert ("医用同位素生产", "Technology") in found


def test_two_unknown_items_researched_are_left_unread():
    found = ents("开展钠盐储热和医用同位素生产研究。")
    assert not any(text == "医用同位素生产" for text, _ in found)


def test_a_known_sector_researched_beside_a_technology_is_a_technique():
    found = ents("推进智能家居、智能汽车和智能机器人的研发。")
    assert ("智能家居", "Technology") in found
    assert ("智能家居", "Industry") not in found


def test_a_research_centre_is_no_research_done_on_the_items():
    found = ents("推进智能家居、智能汽车和智能机器人研发中心建设。")
    assert ("智能家居", "Technology") not in found


def test_a_verb_before_the_task_verb_of_a_first_item_is_no_part_of_it():
    found = ents("公司推出巡检机器人、配送机器人和导览机器人。")
    assert ("巡检机器人", "Technology") in found
    assert not any(text.endswith("推出巡检机器人") for text, _ in found)


def test_the_means_a_sector_is_transformed_with_is_a_technique():
    found = ents("以生物制造赋能传统食品升级。")
    assert ("生物制造", "Technology") in found
    assert ("生物制造", "Industry") not in found


def test_a_sector_named_as_the_means_keeps_its_reading():
    found = ents("以数字经济带动传统产业。")
    assert ("数字经济", "Industry") in found
