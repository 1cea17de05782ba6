"""Relation rules, round 7: 分别 (respectively) pairs two lists item by item.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.relations import load_relation_patterns
from kg.resources import ONTOLOGY_DIR
from support.relations import of_type, run


def test_respectively_pairs_enables_item_by_item():
    text = "量子通信、区块链分别赋能电力调度、跨境贸易。"
    ents = {"量子通信": "Technology", "区块链": "Technology", "电力调度": "Industry", "跨境贸易": "Industry"}
    assert of_type(run(text, ents), "enables") == {("量子通信", "enables", "电力调度"), ("区块链", "enables", "跨境贸易")}


def test_respectively_with_three_items_and_a_modal():
    text = "据介绍，卫星遥感、数字孪生和边缘计算分别能够赋能现代农业、城市治理、工业制造。"
    ents = {"卫星遥感": "Technology", "数字孪生": "Technology", "边缘计算": "Technology",
            "现代农业": "Industry", "城市治理": "Industry", "工业制造": "Industry"}
    assert of_type(run(text, ents), "enables") == {("卫星遥感", "enables", "现代农业"), ("数字孪生", "enables", "城市治理"),
                                               ("边缘计算", "enables", "工业制造")}


def test_respectively_with_lists_of_different_lengths_relates_nothing():
    text = "量子通信、区块链分别赋能电力调度、跨境贸易和远洋航运。"
    ents = {"量子通信": "Technology", "区块链": "Technology", "电力调度": "Industry", "跨境贸易": "Industry",
            "远洋航运": "Industry"}
    assert of_type(run(text, ents), "enables") == set()


def test_an_unrecognised_item_keeps_its_place_in_the_pairing():
    # 云原生 is no mention: it still holds the second place of the subject list
    text = "量子通信、云原生、区块链分别赋能电力调度、远洋航运、跨境贸易。"
    ents = {"量子通信": "Technology", "区块链": "Technology", "电力调度": "Industry", "跨境贸易": "Industry",
            "远洋航运": "Industry"}
    assert of_type(run(text, ents), "enables") == {("量子通信", "enables", "电力调度"), ("区块链", "enables", "跨境贸易")}


def test_respectively_pairs_applied_in():
    text = "机器视觉和自然语言处理分别应用于质量检测、智能客服。"
    ents = {"机器视觉": "Technology", "自然语言处理": "Technology", "质量检测": "Industry", "智能客服": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("机器视觉", "appliedIn", "质量检测"),
                                                 ("自然语言处理", "appliedIn", "智能客服")}


def test_without_respectively_the_lists_still_cross():
    text = "量子通信、区块链赋能电力调度、跨境贸易。"
    ents = {"量子通信": "Technology", "区块链": "Technology", "电力调度": "Industry", "跨境贸易": "Industry"}
    assert len(of_type(run(text, ents), "enables")) == 4


def test_respectively_needs_groups_not_special_ends(tmp_path):
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    data["rules"] = [{"id": "x.bad", "pattern": "(?P<head>{TEC})分别", "emit": [
        {"type": "enables", "head": "head", "tail": "@antecedent", "head_types": ["Technology"],
         "tail_types": ["Technology"], "respectively": True}]}]
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="respectively"):
        load_relation_patterns(p)


def test_respectively_with_one_object_relates_every_subject_to_it():
    text = "量子通信和区块链分别赋能跨境贸易。"
    ents = {"量子通信": "Technology", "区块链": "Technology", "跨境贸易": "Industry"}
    assert of_type(run(text, ents), "enables") == {("量子通信", "enables", "跨境贸易"), ("区块链", "enables", "跨境贸易")}


# ------------------------------------------------ counted directions of a category (partOf.n_directions)


def test_counted_directions_in_a_category_field_are_its_parts():
    text = "在未来产业领域，东海省聚焦脑机接口、深海装备、商业航天三大方向，加快布局。"
    ents = {"未来产业": "Industry", "东海省": "Region", "脑机接口": "Industry", "深海装备": "Industry",
            "商业航天": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("脑机接口", "partOf", "未来产业"), ("深海装备", "partOf", "未来产业"),
                                              ("商业航天", "partOf", "未来产业")}


def test_counted_directions_of_another_type_are_no_parts_of_the_category():
    # a Technology item is no part of an Industry category (and vice versa): signature by type
    text = "在未来产业领域，东海省聚焦脑机接口、深海装备两大方向。"
    ents = {"未来产业": "Industry", "东海省": "Region", "脑机接口": "Technology", "深海装备": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("深海装备", "partOf", "未来产业")}


def test_two_plans_respectively_prioritize_their_own_items():
    text = "《东海省海洋经济规划》和《东海省低空经济方案》分别聚焦深海养殖、无人机物流。"
    ents = {"《东海省海洋经济规划》": "Policy", "《东海省低空经济方案》": "Policy", "深海养殖": "Industry",
            "无人机物流": "Industry"}
    assert of_type(run(text, ents), "prioritizes") == {("《东海省海洋经济规划》", "prioritizes", "深海养殖"),
                                                   ("《东海省低空经济方案》", "prioritizes", "无人机物流")}


def test_items_respectively_belong_to_their_own_class():
    text = "光刻胶和工业母机分别属于电子材料产业、高端装备产业。"
    ents = {"光刻胶": "Industry", "工业母机": "Industry", "电子材料产业": "Industry", "高端装备产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("光刻胶", "partOf", "电子材料产业"), ("工业母机", "partOf", "高端装备产业")}
