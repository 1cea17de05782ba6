"""Relation rules, session 19 (R7): components listed with no class of their own
named are parts of what their paragraph is about (partOf.components_of_topic,
tail @topic).

Every sentence here was written for these tests."""
from __future__ import annotations

from support.relations import of_type, run

ENTS = {"四足机器人": "Technology", "具身智能": "Technology", "谐波关节": "Technology",
        "激光雷达": "Technology", "足端力传感器": "Technology"}


def test_components_named_as_the_whole_machine_s_key_parts_belong_to_the_paragraph_s_topic():
    text = ("四足机器人被看作具身智能走向户外的先行者。某券商研报认为，谐波关节、激光雷达和足端力传感器"
            "是整机物料成本中占比最高的关键部件，四足机器人有望先在电力巡检中放量。")
    got = of_type(run(text, ENTS), "partOf")
    assert got == {(x, "partOf", "四足机器人") for x in ("谐波关节", "激光雷达", "足端力传感器")}


def test_core_components_a_country_has_a_base_in_belong_to_the_topic():
    text = "四足机器人被看作具身智能走向户外的先行者。我国在谐波关节和足端力传感器等核心零部件上已有一定积累。"
    got = of_type(run(text, ENTS), "partOf")
    assert got == {("谐波关节", "partOf", "四足机器人"), ("足端力传感器", "partOf", "四足机器人")}


def test_components_a_plan_directs_name_no_whole():
    text = "某市印发四足机器人产业行动方案，提出突破谐波关节、激光雷达和足端力传感器等核心零部件，加快四足机器人在电力巡检中应用。"
    assert of_type(run(text, ENTS), "partOf") == set()


def test_components_of_a_named_class_are_left_to_that_class():
    text = "四足机器人被看作具身智能走向户外的先行者。谐波关节和足端力传感器等关节模组部件需求旺盛。"
    ents = dict(ENTS, 关节模组="Technology")
    got = of_type(run(text, ents), "partOf")
    assert ("谐波关节", "partOf", "四足机器人") not in got


def test_a_paragraph_break_ends_the_topic():
    text = "四足机器人被看作具身智能走向户外的先行者。\n谐波关节和足端力传感器是整机中价值量最大的部件。"
    assert of_type(run(text, ENTS), "partOf") == set()


def test_an_item_the_recogniser_missed_does_not_break_the_list():
    text = "四足机器人被看作具身智能走向户外的先行者。某券商研报认为，谐波关节、电池包和足端力传感器是整机物料成本的大头。"
    got = of_type(run(text, ENTS), "partOf")
    assert got == {("谐波关节", "partOf", "四足机器人"), ("足端力传感器", "partOf", "四足机器人")}
