"""Relation rules, round 6: fields of application and of fusion are no priorities
of the sentence's plan, …
Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import run


def _of(got: set, rel: str) -> set:
    return {r for r in got if r[1] == rel}


# ------------------------------------------------ fields of application / fusion


def test_sectors_a_technology_is_fused_with_are_its_fields_not_the_plans_priorities():
    text = "《东海省数字孪生产业发展规划》提出，推动数字孪生与港口航运、城市管理、水利深度融合。"
    ents = {"《东海省数字孪生产业发展规划》": "Policy", "数字孪生": "Technology", "港口航运": "Industry",
            "城市管理": "Industry", "水利": "Industry"}
    got = run(text, ents)
    assert _of(got, "appliedIn") == {("数字孪生", "appliedIn", "港口航运"), ("数字孪生", "appliedIn", "城市管理"),
                                     ("数字孪生", "appliedIn", "水利")}
    assert _of(got, "prioritizes") == {("《东海省数字孪生产业发展规划》", "prioritizes", "数字孪生")}


def test_sectors_fused_with_an_industry_are_no_priorities_either():
    text = "《东海省文旅融合实施意见》提出，推动会展产业与餐饮、零售等产业融合发展。"
    ents = {"《东海省文旅融合实施意见》": "Policy", "会展产业": "Industry", "餐饮": "Industry", "零售": "Industry"}
    got = _of(run(text, ents), "prioritizes")
    assert ("《东海省文旅融合实施意见》", "prioritizes", "餐饮") not in got
    assert ("《东海省文旅融合实施意见》", "prioritizes", "零售") not in got


def test_fields_of_application_with_an_unrecognised_item_are_fields():
    # 园区周边 is no mention and 博览会 is an Event: the list is not one of names only
    text = "《南江省氢能产业发展规划》提出，推进燃料电池汽车在博览会园区周边、港口物流和冷链运输中的应用。"
    ents = {"《南江省氢能产业发展规划》": "Policy", "燃料电池汽车": "Technology", "博览会": "Event",
            "港口物流": "Industry", "冷链运输": "Industry"}
    got = run(text, ents)
    assert _of(got, "appliedIn") == {("燃料电池汽车", "appliedIn", "港口物流"),
                                     ("燃料电池汽车", "appliedIn", "冷链运输")}
    assert _of(got, "prioritizes") == {("《南江省氢能产业发展规划》", "prioritizes", "燃料电池汽车")}


def test_fields_after_a_missed_item_joined_by_he_are_no_priorities():
    # 建材 is not recognised; 工业 is still only where the energy is applied
    text = "《西川省清洁能源实施方案》提出，推动地热能在冶金和建材领域应用。"
    ents = {"《西川省清洁能源实施方案》": "Policy", "地热能": "Technology", "冶金": "Industry"}
    got = run(text, ents)
    assert ("地热能", "appliedIn", "冶金") in got
    assert ("《西川省清洁能源实施方案》", "prioritizes", "冶金") not in got


def test_key_fields_of_application_stay_priorities():
    text = "《东海省算力发展行动计划》提出，推动算力在港口、电网等重点领域中的应用。"
    ents = {"《东海省算力发展行动计划》": "Policy", "算力": "Technology", "港口": "Industry", "电网": "Industry"}
    got = _of(run(text, ents), "prioritizes")
    assert ("《东海省算力发展行动计划》", "prioritizes", "港口") in got
    assert ("《东海省算力发展行动计划》", "prioritizes", "电网") in got
