"""Relation rules, round 11: the kinds a plan lists are parts of the category its
title is named after.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

import pytest

from kg.errors import KgError
from support.relations import of_type, patterns_with, run

PLAN = "《某市新型显示产业行动方案》"


# --- items a plan lists by a kind word ----------------------------------------------------

def test_items_listed_by_a_kind_word_are_parts_of_the_titles_category():
    text = (f"某市工信局印发{PLAN}，提出巩固柔性屏、微显示等优势领域，突破发光材料、驱动芯片等关键环节，"
            "推动新型显示在车载终端中的应用。")
    ents = {PLAN: "Policy", "柔性屏": "Industry", "微显示": "Industry", "发光材料": "Industry",
            "驱动芯片": "Industry", "新型显示": "Industry", "车载终端": "Industry"}
    got = run(text, ents)
    assert of_type(got, "partOf") == {(x, "partOf", "新型显示") for x in ("柔性屏", "微显示", "发光材料", "驱动芯片")}


def test_no_part_when_the_sentence_does_not_name_the_category_on_its_own():
    text = f"某市工信局印发{PLAN}，提出巩固柔性屏、微显示等优势领域，加快车载终端推广。"
    ents = {PLAN: "Policy", "柔性屏": "Industry", "微显示": "Industry", "车载终端": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_no_part_of_a_category_of_another_type():
    text = f"某市工信局印发{PLAN}，提出支持激光投影、微显示等新兴领域，推动新型显示产业集聚。"
    ents = {PLAN: "Policy", "激光投影": "Technology", "微显示": "Technology", "新型显示": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_no_part_without_a_kind_word_after_the_list():
    text = f"某市工信局印发{PLAN}，提出发展柔性屏、微显示，推动新型显示在车载终端中的应用。"
    ents = {PLAN: "Policy", "柔性屏": "Industry", "微显示": "Industry", "新型显示": "Industry",
            "车载终端": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_an_unknown_special_tail_is_rejected(tmp_path):
    rule = {"id": "x.bad", "pattern": "(?P<head>{IND}(?:、{IND})+)等领域",
            "emit": [{"type": "partOf", "head": "head", "tail": "@title_categories",
                      "head_types": ["Industry"], "tail_types": ["Industry"]}]}
    with pytest.raises(KgError, match="@title_category"):
        patterns_with(tmp_path, [rule])


def test_title_category_tail_loads(tmp_path):
    rule = {"id": "x.ok", "pattern": "(?P<head>{IND}(?:、{IND})+)等领域",
            "emit": [{"type": "partOf", "head": "head", "tail": "@title_category",
                      "head_types": ["Industry"], "tail_types": ["Industry"]}]}
    assert [r.id for r in patterns_with(tmp_path, [rule]).rules] == ["x.ok"]


def test_no_part_for_a_list_closed_by_a_plain_field_word():
    text = f"某市工信局印发{PLAN}，提出支持柔性屏、车载终端等领域创新发展，推动新型显示产业集聚，做强新型显示。"
    ents = {PLAN: "Policy", "柔性屏": "Industry", "车载终端": "Industry", "新型显示": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


# --- a plan issued in the sentence before its directions -----------------------------------

OCEAN_PLAN = "《某省壮大海洋经济行动方案》"
OCEAN_ITEMS = {"深海养殖": "Industry", "海洋药物": "Industry", "海水淡化": "Industry"}


def test_directions_listed_after_the_plan_sentence_are_parts_of_its_title_category():
    text = (f"某省人民政府印发{OCEAN_PLAN}。方案提出，聚焦深海养殖、海洋药物、海水淡化三大方向，"
            "打造海洋经济示范区。")
    got = run(text, {OCEAN_PLAN: "Policy", **OCEAN_ITEMS, "海洋经济": "Industry"})
    assert of_type(got, "partOf") == {(x, "partOf", "海洋经济") for x in OCEAN_ITEMS}


def test_no_title_category_without_a_plan_in_this_or_the_previous_sentence():
    text = "某省召开座谈会。会议提出，聚焦深海养殖、海洋药物、海水淡化三大方向，打造海洋经济示范区。"
    got = run(text, {**OCEAN_ITEMS, "海洋经济": "Industry"})
    assert of_type(got, "partOf") == set()


def test_no_title_category_from_a_plan_two_sentences_back():
    text = (f"某省人民政府印发{OCEAN_PLAN}。各市开展宣讲。方案提出，聚焦深海养殖、海洋药物、海水淡化三大方向，"
            "打造海洋经济示范区。")
    got = run(text, {OCEAN_PLAN: "Policy", **OCEAN_ITEMS, "海洋经济": "Industry"})
    assert of_type(got, "partOf") == set()
