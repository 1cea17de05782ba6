"""Relation rules, round 9: what a fusion with a technology's partners makes a
priority of the plan that proposes it.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.relations import load_relation_patterns
from kg.resources import ONTOLOGY_DIR
from support.relations import of_type, run

PLAN = "《某市传感网产业行动计划》"


def _priorities(got: set) -> set:
    return {r[2] for r in got if r[1] == "prioritizes"}


def test_technologies_a_technology_is_fused_with_are_priorities_of_the_plan():
    text = f"某市印发{PLAN}，提出推动传感网与存储芯片、卫星互联网融合发展。"
    ents = {PLAN: "Policy", "传感网": "Technology", "存储芯片": "Technology", "卫星互联网": "Technology"}
    got = run(text, ents)
    assert _priorities(got) == {"传感网", "存储芯片", "卫星互联网"}
    assert of_type(got, "appliedIn") == set()


def test_sectors_a_technology_is_fused_with_are_its_fields_not_priorities():
    text = f"某市印发{PLAN}，提出推动传感网与智慧农业、港口物流融合发展。"
    ents = {PLAN: "Policy", "传感网": "Technology", "智慧农业": "Industry", "港口物流": "Industry"}
    got = run(text, ents)
    assert of_type(got, "appliedIn") == {("传感网", "appliedIn", "智慧农业"), ("传感网", "appliedIn", "港口物流")}
    assert _priorities(got) == {"传感网"}


def test_sectors_a_sector_is_fused_with_stay_no_priorities():
    text = f"某市印发{PLAN}，提出推动文旅产业与体育、康养等产业融合发展。"
    ents = {PLAN: "Policy", "文旅产业": "Industry", "体育": "Industry", "康养": "Industry"}
    assert _priorities(run(text, ents)) == {"文旅产业"}


def test_a_mixed_partner_list_keeps_only_its_technologies_as_priorities():
    text = f"某市印发{PLAN}，提出推动传感网与存储芯片、智慧农业融合发展。"
    ents = {PLAN: "Policy", "传感网": "Technology", "存储芯片": "Technology", "智慧农业": "Industry"}
    got = run(text, ents)
    assert _priorities(got) == {"传感网", "存储芯片"}
    assert of_type(got, "appliedIn") == {("传感网", "appliedIn", "智慧农业")}


def test_tail_not_priority_takes_only_true_false_or_related(tmp_path):
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    data["rules"] = [{"id": "x.bad", "pattern": "(?P<head>{TEC})与(?P<tail>{IND})融合", "emit": [
        {"type": "appliedIn", "head": "head", "tail": "tail", "head_types": ["Technology"],
         "tail_types": ["Industry"], "tail_not_priority": "fields"}]}]
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="tail_not_priority"):
        load_relation_patterns(p)


def test_a_list_that_is_the_core_parts_of_a_product_is_its_part():
    text = "业内认为，激光雷达、伺服电机和减速器是扫地机器人的核心零部件。"
    ents = {"激光雷达": "Technology", "伺服电机": "Technology", "减速器": "Technology", "扫地机器人": "Technology"}
    assert of_type(run(text, ents), "partOf") == {("激光雷达", "partOf", "扫地机器人"), ("伺服电机", "partOf", "扫地机器人"),
                                              ("减速器", "partOf", "扫地机器人")}


def test_a_supplier_of_a_products_parts_is_no_part():
    text = "业内认为，激光雷达是扫地机器人的核心零部件供应环节。"
    ents = {"激光雷达": "Technology", "扫地机器人": "Technology"}
    assert of_type(run(text, ents), "partOf") == set()


def test_directions_a_plan_focuses_on_are_parts_of_the_category_its_title_names():
    plan = "《某市培育未来产业行动方案》"
    text = f"某市印发{plan}，提出聚焦光子芯片、合成生物、深海采矿等方向，建设一批未来产业先导区。"
    ents = {plan: "Policy", "光子芯片": "Industry", "合成生物": "Industry", "深海采矿": "Industry", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("光子芯片", "partOf", "未来产业"), ("合成生物", "partOf", "未来产业"),
                                              ("深海采矿", "partOf", "未来产业")}


def test_directions_of_a_fusion_are_no_parts_of_the_category():
    text = "该省人工智能产业加快发展，推动人工智能与医疗、教育、文旅等重点方向深度融合。"
    ents = {"人工智能产业": "Industry", "人工智能": "Technology", "医疗": "Industry", "教育": "Industry", "文旅": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


@pytest.mark.parametrize("text", ["数字孪生能够提高纺织业生产效率。", "专家认为，数字孪生大幅提高了纺织业的协同水平。"])
def test_a_technology_that_raises_a_sectors_efficiency_enables_it(text):
    ents = {"数字孪生": "Technology", "纺织业": "Industry"}
    assert of_type(run(text, ents), "enables") == {("数字孪生", "enables", "纺织业")}


def test_raising_for_a_sector_is_not_the_technology_raising_it():
    text = "政府为纺织业提高数字孪生的补贴标准。"
    ents = {"数字孪生": "Technology", "纺织业": "Industry"}
    assert of_type(run(text, ents), "enables") == set()
