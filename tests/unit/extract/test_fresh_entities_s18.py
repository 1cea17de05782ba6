"""Entity rules from reading fresh, unlabelled plan documents (session 18).
Made-up sentences; each positive case fails when its rule is removed, the
negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_system_of_industries_is_no_industry():
    found = ents("全力构建以智能装备为主导的低碳建材产业体系，壮大储能产业。")
    assert ("低碳建材产业", "Industry") not in found
    # the sector named on its own in the same sentence stays
    assert ("储能产业", "Industry") in found
    found = ents("加快完善低碳建材产业发展体系。")
    assert ("低碳建材产业", "Industry") not in found
    assert ("建材", "Industry") in found


def test_a_governance_system_is_no_line_of_business():
    found = ents("健全数字经济治理体系，提升监管水平。")
    assert ("数字经济治理", "Industry") not in found
    assert ("数字经济", "Industry") in found


def test_an_industry_before_other_words_is_still_built():
    found = ents("培育壮大低碳建材产业，完善产业链条。")
    assert ("低碳建材产业", "Industry") in found


def test_a_size_class_of_cities_is_no_place():
    found = ents("支持超大特大城市和中小城市开展数字化改造。")
    assert not any(t == "Region" for _, t in found)
    # a city whose name ends in 城 keeps its division word
    found = ents("晋城市和聊城市联合开展数字化改造。")
    assert {("晋城市", "Region"), ("聊城市", "Region")} <= found
