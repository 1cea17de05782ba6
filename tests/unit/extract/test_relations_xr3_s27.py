"""Relation rules, session 27: drafting formulas of unseen plans and reports.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run


# partOf.direction_subject_list: X方向/X领域 as a clause's subject, directing a list

def test_direction_subject_makes_its_list_parts():
    ents = {"智能传感": "Technology", "柔性压力膜": "Technology", "微型光谱芯片": "Technology"}
    got = run("其中，智能传感方向发展柔性压力膜和微型光谱芯片；其余方向另行部署。", ents)
    assert of_type(got, "partOf") == {("柔性压力膜", "partOf", "智能传感"), ("微型光谱芯片", "partOf", "智能传感")}


def test_field_subject_with_modal_makes_its_item_a_part():
    ents = {"空间信息": "Technology", "遥感星座": "Technology"}
    got = run("本规划列出五大领域，空间信息领域要推进遥感星座建设。", ents)
    assert of_type(got, "partOf") == {("遥感星座", "partOf", "空间信息")}


def test_direction_list_closed_by_its_own_class_makes_the_class_the_part():
    ents = {"先进材料": "Technology", "石墨烯": "Technology", "碳纳米管": "Technology", "碳基材料": "Technology"}
    got = run("先进材料领域要发展石墨烯、碳纳米管等碳基材料。", ents)
    assert ("碳基材料", "partOf", "先进材料") in of_type(got, "partOf")
    assert ("石墨烯", "partOf", "先进材料") not in of_type(got, "partOf")


def test_field_after_zai_is_no_subject():
    ents = {"智慧文旅": "Technology", "全息投影": "Technology"}
    got = run("鼓励企业在智慧文旅领域发展全息投影。", ents)
    assert ("全息投影", "partOf", "智慧文旅") not in of_type(got, "partOf")


def test_direction_subject_across_types_relates_nothing():
    ents = {"海洋牧场": "Industry", "水下声呐": "Technology"}
    got = run("海洋牧场方向发展水下声呐。", ents)
    assert of_type(got, "partOf") == set()
