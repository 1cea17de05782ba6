"""Relation rules, round 13: what carries across sentences — a policy's short
title (《意见》) takes over its full title's issuer.

Every sentence here was written for these tests. Tests of the relation rules
alone give the mentions; the end-to-end ones run the whole extractor."""
from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract.core import extract_text
from kg.extract.relations import load_relation_patterns
from support.entities import ents
from support.relations import of_type, run, run_labelled, sentences, titles_file

FULL = "《某省关于加快氢能装备产业发展的意见》"


# --- a short title is issued by whoever issued its full title ------------------------------

def test_a_short_title_in_the_next_sentence_takes_the_issuer_of_its_full_title():
    text = f"某省发展改革委、某省能源局联合印发{FULL}，提出发展电解槽和储氢瓶。《意见》要求，到2030年建成加氢网络。"
    spec = [("某省发展改革委", "Institution", "某省发展改革委"), ("某省能源局", "Institution", "某省能源局"),
            (FULL, "Policy", FULL), ("《意见》", "Policy", FULL)]
    got = of_type(run_labelled(text, spec), "issuedBy")
    assert got == {(FULL, "issuedBy", "某省发展改革委"), (FULL, "issuedBy", "某省能源局"),
                   ("《意见》", "issuedBy", "某省发展改革委"), ("《意见》", "issuedBy", "某省能源局")}


def test_a_short_title_of_another_document_takes_no_issuer():
    text = f"某省能源局印发{FULL}。《方案》要求，到2030年建成加氢网络。"
    other = "《某市氢能示范应用实施方案》"
    spec = [("某省能源局", "Institution", "某省能源局"), (FULL, "Policy", FULL), ("《方案》", "Policy", other)]
    assert of_type(run_labelled(text, spec), "issuedBy") == {(FULL, "issuedBy", "某省能源局")}


def test_a_short_title_written_before_its_full_title_takes_no_issuer():
    text = f"《意见》是一份重要文件。某省能源局印发{FULL}，提出发展电解槽。"
    spec = [("某省能源局", "Institution", "某省能源局"), (FULL, "Policy", FULL), ("《意见》", "Policy", FULL)]
    assert of_type(run_labelled(text, spec), "issuedBy") == {(FULL, "issuedBy", "某省能源局")}


def test_without_alias_relations_a_short_title_takes_no_issuer(tmp_path):
    p = titles_file(tmp_path, alias_relations=[])
    text = f"某省能源局印发{FULL}，提出发展电解槽。《意见》要求，到2030年建成加氢网络。"
    spec = [("某省能源局", "Institution", "某省能源局"), (FULL, "Policy", FULL), ("《意见》", "Policy", FULL)]
    got = of_type(run_labelled(text, spec, patterns=load_relation_patterns(p)), "issuedBy")
    assert got == {(FULL, "issuedBy", "某省能源局")}


@pytest.mark.parametrize("value", [["enables"], "issuedBy"])
def test_alias_relations_must_list_relation_types_a_policy_can_head(tmp_path, value):
    with pytest.raises(KgError, match="alias_relations"):
        load_relation_patterns(titles_file(tmp_path, alias_relations=value))


def test_end_to_end_a_dated_full_title_lends_its_issuer_to_its_short_title():
    text = "国家能源局印发《氢能装备产业发展规划（2024—2030年）》，提出发展电解槽和储氢装备。《规划》要求，到2030年建成一批示范项目。"
    ex = extract_text(text, "doc")
    got = {(r.head_text, r.type, r.tail_text) for r in ex.relations if r.type == "issuedBy"}
    assert ("《规划》", "issuedBy", "国家能源局") in got


# --- policies: counted programmes are no names; quoted names joined before one action noun ---

def test_a_counted_set_of_actions_is_no_policy():
    got = ents("某省农业农村厅印发《某省数字乡村发展行动方案》，部署六个方面重点行动，提出加快发展智慧渔业。")
    assert not any(t == "Policy" and "行动" in s and "《" not in s for s, t in got)
    got = ents("该市启动实施四大工程，推动传统产业改造升级。")
    assert not any(t == "Policy" for s, t in got)


def test_a_named_action_after_a_cue_is_still_a_policy():
    got = ents("该省深入实施智能制造赋能行动，推动工业机器人规模化应用。")
    assert ("智能制造赋能行动", "Policy") in got


def test_quoted_names_joined_before_one_action_noun_are_each_a_policy_without_marks():
    got = ents("某市印发《某市智慧渔业行动方案》，提出实施“科技兴渔”和“数字强渔”工程，推广智能投喂技术。")
    assert ("科技兴渔", "Policy") in got
    assert ("数字强渔", "Policy") in got
    assert not any(t == "Policy" and s.endswith("工程") for s, t in got)


def test_a_single_quoted_name_keeps_its_action_noun():
    got = ents("该省实施“数字强渔”工程，推广智能投喂技术。")
    assert ("“数字强渔”工程", "Policy") in got


# --- partOf: items written after their places; the scenes of an economy a plan is named after ---

def test_items_each_after_their_city_are_parts_of_the_class_after_etc():
    text = "推动甲市智能传感、乙市海洋装备、丙市生物制药等战略性新兴产业基地提质扩量。"
    ents_ = {"甲市": "Region", "乙市": "Region", "丙市": "Region", "智能传感": "Industry", "海洋装备": "Industry",
             "生物制药": "Industry", "战略性新兴产业": "Industry"}
    got = of_type(run(text, ents_), "partOf")
    assert got == {(x, "partOf", "战略性新兴产业") for x in ("智能传感", "海洋装备", "生物制药")}


def test_a_city_before_one_item_only_makes_no_placed_list():
    text = "支持甲市建设海洋装备基地，发展生物制药等战略性新兴产业。"
    ents_ = {"甲市": "Region", "海洋装备": "Industry", "生物制药": "Industry", "战略性新兴产业": "Industry"}
    got = of_type(run(text, ents_), "partOf")
    assert ("海洋装备", "partOf", "战略性新兴产业") not in got


def test_the_scenes_a_plan_named_after_an_economy_opens_are_its_parts():
    plan = "《某市促进海洋经济高质量发展的若干措施》"
    text = f"某市人民政府印发{plan}，提出拓展海上观光、海洋牧场和海底数据中心等应用场景，打造海洋经济发展高地。"
    ents_ = {"某市人民政府": "Institution", plan: "Policy", "海上观光": "Industry", "海洋牧场": "Industry",
             "海底数据中心": "Industry", "海洋经济": "Industry"}
    got = of_type(run(text, ents_), "partOf")
    assert got == {(x, "partOf", "海洋经济") for x in ("海上观光", "海洋牧场", "海底数据中心")}


def test_scenes_are_no_parts_when_the_plan_is_named_after_a_technology():
    plan = "《某市促进人工智能产业发展的若干措施》"
    text = f"某市人民政府印发{plan}，提出拓展智能制造、智慧医疗等应用场景，壮大人工智能产业。"
    ents_ = {"某市人民政府": "Institution", plan: "Policy", "智能制造": "Industry", "智慧医疗": "Industry",
             "人工智能产业": "Industry"}
    assert of_type(run(text, ents_), "partOf") == set()


def test_routes_closed_by_etc_are_parts_of_the_class_the_next_clause_develops():
    text = "某省启动新型电池示范项目，覆盖钠离子电池、固态电池、锌空气电池等技术路线，旨在推动新型电池技术多元化发展。"
    ents_ = {"钠离子电池": "Technology", "固态电池": "Technology", "锌空气电池": "Technology", "新型电池技术": "Technology"}
    got = of_type(run(text, ents_), "partOf")
    assert got == {(x, "partOf", "新型电池技术") for x in ("钠离子电池", "固态电池", "锌空气电池")}


def test_routes_are_no_parts_of_a_sector_of_another_type():
    text = "覆盖钠离子电池、固态电池等技术路线，推动储能产业发展。"
    ents_ = {"钠离子电池": "Technology", "固态电池": "Technology", "储能产业": "Industry"}
    assert of_type(run(text, ents_), "partOf") == set()


def test_key_sectors_a_plan_works_around_are_parts_of_the_category_its_title_names():
    plan = "《某省“十四五”轻工业发展规划》"
    text = f"某省工业和信息化厅印发{plan}，提出围绕家电、造纸和皮革等重点行业，实施数字化改造行动，推动轻工业高端化发展。"
    ents_ = {"某省工业和信息化厅": "Institution", plan: "Policy", "家电": "Industry", "造纸": "Industry",
             "皮革": "Industry", "轻工业": "Industry"}
    got = of_type(run(text, ents_), "partOf")
    assert got == {(x, "partOf", "轻工业") for x in ("家电", "造纸", "皮革")}


def test_key_fields_a_plan_focuses_on_are_no_parts_of_its_title_category():
    plan = "《关于加快海洋装备产业发展的若干意见》"
    text = f"某省人民政府印发{plan}，提出聚焦海工平台、深海探测、海洋能源等重点领域，支持建设海洋装备产业创新中心。"
    ents_ = {"某省人民政府": "Institution", plan: "Policy", "海工平台": "Industry", "深海探测": "Industry",
             "海洋能源": "Industry", "海洋装备产业": "Industry"}
    assert of_type(run(text, ents_), "partOf") == set()


# --- events: a show named by its city and 国际 ---------------------------------------------

def test_a_city_show_is_one_event_and_its_speaker_spoke_at_it():
    text = "6月5日，某公司首席执行官王某在杭州国际电脑展开幕前发表主题演讲。"
    got = ents(text)
    assert ("杭州国际电脑展", "Event") in got
    assert ("杭州", "Region") not in got
    rels = {(r.head_text, r.type, r.tail_text) for r in extract_text(text, "doc").relations}
    assert ("王某", "spokeAt", "杭州国际电脑展") in rels


def test_a_preposition_before_a_city_show_stays_out_of_its_name():
    got = ents("多家车企在广州国际车展上发布新车。")
    assert ("广州国际车展", "Event") in got
    assert not any(s.startswith("在") for s, _ in got)


def test_two_events_named_jointly_in_quotation_marks_are_two_events():
    got = ents("在“共建智能世界 共享数字未来分论坛暨全球智能产业合作对接会”上，多家企业签约。")
    assert ("共建智能世界 共享数字未来分论坛", "Event") in got
    assert ("全球智能产业合作对接会", "Event") in got
    assert not any(t == "Event" and "暨" in s for s, t in got)


def test_a_kind_list_with_an_item_the_recogniser_missed_still_names_the_title_category_parts():
    plan = "《关于促进算力产业高质量发展的指导意见》"
    text = f"某部印发{plan}，提出支持算力调度、智算运营、算力安全等环节企业发展，壮大算力产业。"
    ents_ = {"某部": "Institution", plan: "Policy", "算力调度": "Industry", "智算运营": "Industry",
             "算力产业": "Industry"}
    got = of_type(run(text, ents_), "partOf")
    assert got == {(x, "partOf", "算力产业") for x in ("算力调度", "智算运营")}


def test_counted_directions_of_a_plan_are_parts_of_its_title_category_whatever_its_ending():
    plan = "《某市算力产业高质量发展行动方案》"
    text = f"某市人民政府印发{plan}，提出聚焦智能算力、绿色算力和普惠算力三大方向，推动算力赋能制造业。"
    ents_ = {"某市人民政府": "Institution", plan: "Policy", "智能算力": "Technology", "绿色算力": "Technology",
             "普惠算力": "Technology", "算力": "Technology", "制造业": "Industry"}
    got = of_type(run(text, ents_), "partOf")
    assert got == {(x, "partOf", "算力") for x in ("智能算力", "绿色算力", "普惠算力")}
