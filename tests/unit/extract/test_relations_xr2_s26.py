"""Relation rules, session 26: partOf read from "A是X之一" (annotation.md lists
之一 among the typical partOf cues).

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run


def test_one_of_a_technology_class_is_its_part():
    ents = {"声纹识别": "Technology", "生物特征识别技术": "Technology"}
    got = run("声纹识别是生物特征识别技术之一。", ents)
    assert of_type(got, "partOf") == {("声纹识别", "partOf", "生物特征识别技术")}


def test_one_of_an_industry_class_after_a_clause_is_its_part():
    ents = {"邮轮制造": "Industry", "高端船舶产业": "Industry"}
    got = run("业内人士认为，邮轮制造已成为本省高端船舶产业之一，订单持续增加。", ents)
    assert of_type(got, "partOf") == {("邮轮制造", "partOf", "高端船舶产业")}


def test_one_of_a_thing_that_is_no_category_mention_relates_nothing():
    ents = {"声纹识别": "Technology"}
    got = run("声纹识别是近年来发展最快的方向之一。", ents)
    assert of_type(got, "partOf") == set()


def test_one_of_across_types_relates_nothing():
    ents = {"声纹识别": "Technology", "高端船舶产业": "Industry"}
    got = run("声纹识别是高端船舶产业之一。", ents)
    assert of_type(got, "partOf") == set()
