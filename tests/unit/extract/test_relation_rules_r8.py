"""Relation rules, round 8: partOf lists closed by a count, directions written as
a list, 分别 with an adverb, applications that spread to more fields.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.relations import load_relation_patterns
from kg.resources import ONTOLOGY_DIR
from support.relations import of_type, run


def test_an_unrecognised_last_item_before_a_counted_class_keeps_the_list():
    # 极地装备 is no mention: the list still ends at the count, not at 光感芯片
    text = "该市提出重点培育光感芯片、柔性电子、极地装备三大新兴产业。"
    ents = {"光感芯片": "Industry", "柔性电子": "Industry", "新兴产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("光感芯片", "partOf", "新兴产业"), ("柔性电子", "partOf", "新兴产业")}


def test_a_count_of_something_else_closes_no_list_of_parts():
    text = "该市提出重点培育光感芯片、柔性电子、极地装备三家龙头企业。"
    ents = {"光感芯片": "Industry", "柔性电子": "Industry", "新兴产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_every_item_of_a_list_that_is_a_direction_of_a_technology_is_its_part():
    text = "业内认为，光子计算、存算一体和类脑芯片是下一代算力研发的主攻方向。"
    ents = {"光子计算": "Technology", "存算一体": "Technology", "类脑芯片": "Technology", "算力": "Technology"}
    assert of_type(run(text, ents), "partOf") == {("光子计算", "partOf", "算力"), ("存算一体", "partOf", "算力"),
                                              ("类脑芯片", "partOf", "算力")}


def test_a_list_that_is_a_direction_of_a_class_of_another_type_is_no_part():
    text = "业内认为，光子计算、存算一体和类脑芯片是智能制造的主攻方向。"
    ents = {"光子计算": "Technology", "存算一体": "Technology", "类脑芯片": "Technology", "智能制造": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_respectively_with_an_adverb_before_the_verb_still_pairs():
    text = "专家认为，海水提铀、潮流发电分别正在重塑核燃料、海岛供电。"
    ents = {"海水提铀": "Technology", "潮流发电": "Technology", "核燃料": "Industry", "海岛供电": "Industry"}
    assert of_type(run(text, ents), "enables") == {("海水提铀", "enables", "核燃料"), ("潮流发电", "enables", "海岛供电")}


def test_respectively_with_an_adverb_pairs_applied_in():
    text = "声呐成像和惯性导航分别已应用于海底测绘、无人潜航。"
    ents = {"声呐成像": "Technology", "惯性导航": "Technology", "海底测绘": "Industry", "无人潜航": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("声呐成像", "appliedIn", "海底测绘"), ("惯性导航", "appliedIn", "无人潜航")}


def test_industrialisation_in_fields_is_application_there():
    text = "文章建议推动细胞培养肉在食品加工、宠物饲料领域的产业化。"
    ents = {"细胞培养肉": "Technology", "食品加工": "Industry", "宠物饲料": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("细胞培养肉", "appliedIn", "食品加工"),
                                                 ("细胞培养肉", "appliedIn", "宠物饲料")}


def test_industrialisation_of_a_technology_alone_names_no_field():
    text = "文章建议在食品加工企业集聚区推动细胞培养肉的产业化。"
    ents = {"细胞培养肉": "Technology", "食品加工": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == set()


def test_an_application_that_spreads_in_the_next_clause_keeps_its_technology():
    text = "分析人士认为，钙钛矿叠层将率先应用于建筑幕墙，再逐步拓展到车载能源领域。"
    ents = {"钙钛矿叠层": "Technology", "建筑幕墙": "Industry", "车载能源": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("钙钛矿叠层", "appliedIn", "建筑幕墙"),
                                                 ("钙钛矿叠层", "appliedIn", "车载能源")}


def test_a_clause_with_its_own_subject_does_not_spread_the_application():
    text = "钙钛矿叠层将率先应用于建筑幕墙，而储能企业将业务拓展到车载能源领域。"
    ents = {"钙钛矿叠层": "Technology", "建筑幕墙": "Industry", "车载能源": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("钙钛矿叠层", "appliedIn", "建筑幕墙")}


def test_policies_in_quotation_marks_after_implement_do_not_end_what_the_plan_proposes():
    text = "某省印发《海洋经济行动方案》，提出实施“蓝海领航”“深蓝智造”等行动，发展海洋牧场和海上风电。"
    ents = {"《海洋经济行动方案》": "Policy", "蓝海领航": "Policy", "深蓝智造": "Policy",
            "海洋牧场": "Industry", "海上风电": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《海洋经济行动方案》", "prioritizes", "海洋牧场") in got
    assert ("《海洋经济行动方案》", "prioritizes", "海上风电") in got


def test_a_quoted_policy_opening_its_own_clause_still_ends_the_scope():
    text = "某省印发《海洋经济行动方案》，提出发展海洋牧场；“深蓝智造”行动则聚焦海上风电。"
    ents = {"《海洋经济行动方案》": "Policy", "“深蓝智造”行动": "Policy", "海洋牧场": "Industry", "海上风电": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《海洋经济行动方案》", "prioritizes", "海洋牧场") in got
    assert ("《海洋经济行动方案》", "prioritizes", "海上风电") not in got


def test_a_keynote_speech_is_given_at_the_event_named_before():
    text = "5月9日，2031星海科技峰会在某市开幕。某公司总裁王晓川在主题演讲中介绍了新一代光芯片。"
    ents = {"2031星海科技峰会": "Event", "王晓川": "Person", "某公司": "Institution"}
    assert ("王晓川", "spokeAt", "2031星海科技峰会") in run(text, ents)


def test_a_speech_with_no_event_before_relates_nothing():
    text = "某公司总裁王晓川在主题演讲中介绍了新一代光芯片。"
    ents = {"王晓川": "Person", "某公司": "Institution"}
    assert of_type(run(text, ents), "spokeAt") == set()


def test_a_person_who_worked_at_a_body_is_affiliated_with_it():
    text = "柯文屿此前曾在星河研究院任职，被誉为光计算的开拓者。"
    ents = {"柯文屿": "Person", "星河研究院": "Institution"}
    assert of_type(run(text, ents), "affiliatedWith") == {("柯文屿", "affiliatedWith", "星河研究院")}


def test_a_person_who_never_worked_at_a_body_is_not_affiliated():
    text = "柯文屿从未在星河研究院任职。"
    ents = {"柯文屿": "Person", "星河研究院": "Institution"}
    assert of_type(run(text, ents), "affiliatedWith") == set()


def test_several_titles_joined_by_commas_still_link_the_person_to_the_body():
    text = "星河集团创始人、董事长兼首席执行官柯文屿宣布新品上市。"
    ents = {"柯文屿": "Person", "星河集团": "Institution"}
    assert of_type(run(text, ents), "affiliatedWith") == {("柯文屿", "affiliatedWith", "星河集团")}


def test_the_main_body_of_a_sector_is_its_part():
    text = "报告认为，常规养殖是我国渔业的基本盘。"
    ents = {"常规养殖": "Industry", "渔业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("常规养殖", "partOf", "渔业")}


def test_the_main_role_in_a_sector_is_no_part():
    text = "报告认为，常规养殖是我国渔业的主体作用所在。"
    ents = {"常规养殖": "Industry", "渔业": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_the_directions_of_a_plan_named_after_a_category_are_its_parts():
    text = "某省印发《关于前瞻布局深海产业的实施意见》，提出聚焦深海装备、深海能源、深海生物三大方向，支持某市建设深海产业先导区。"
    ents = {"《关于前瞻布局深海产业的实施意见》": "Policy", "深海装备": "Industry", "深海能源": "Industry",
            "深海生物": "Industry", "深海产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("深海装备", "partOf", "深海产业"), ("深海能源", "partOf", "深海产业"),
                                              ("深海生物", "partOf", "深海产业")}


def test_fields_of_a_plan_are_not_taken_as_parts_of_its_title_category():
    text = "某省印发《关于前瞻布局深海产业的实施意见》，围绕深海装备、深海能源、深海生物三大领域，培育10个深海产业。"
    ents = {"《关于前瞻布局深海产业的实施意见》": "Policy", "深海装备": "Industry", "深海能源": "Industry",
            "深海生物": "Industry", "深海产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_a_category_the_title_does_not_name_is_no_class_of_the_directions():
    text = "某省印发《关于推动海洋经济发展的实施意见》，提出聚焦深海装备、深海能源、深海生物三大方向，支持某市建设深海产业先导区。"
    ents = {"《关于推动海洋经济发展的实施意见》": "Policy", "深海装备": "Industry", "深海能源": "Industry",
            "深海生物": "Industry", "深海产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_title_category_needs_a_nearest_same_type_tail(tmp_path):
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    data["rules"] = [{"id": "x.bad", "pattern": "(?P<head>{TI+})(?P<tail>{TI})方向", "emit": [
        {"type": "partOf", "head": "head", "tail": "tail", "head_types": ["Industry"],
         "tail_types": ["Industry"], "title_category": "方向$"}]}]
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="title_category"):
        load_relation_patterns(p)


def test_a_sub_sector_written_inside_its_sector_is_its_part():
    text = "报告认为，海洋经济中的远洋渔业和海水养殖正在加快转型。"
    ents = {"海洋经济": "Industry", "远洋渔业": "Industry", "海水养殖": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("远洋渔业", "partOf", "海洋经济"), ("海水养殖", "partOf", "海洋经济")}


def test_a_field_something_is_applied_in_is_no_sector_of_what_follows():
    text = "推动北斗导航在远洋渔业中的应用，提升海水养殖水平。"
    ents = {"北斗导航": "Technology", "远洋渔业": "Industry", "海水养殖": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_consecutive_sector_member_pairs_are_not_chained():
    text = "例如深海产业中的深海采矿、海洋牧业中的深远海养殖等创新。"
    ents = {"深海产业": "Industry", "深海采矿": "Industry", "海洋牧业": "Industry", "深远海养殖": "Industry"}
    got = of_type(run(text, ents), "partOf")
    assert ("海洋牧业", "partOf", "深海产业") not in got
    assert ("深远海养殖", "partOf", "深海产业") not in got


def test_a_technology_expected_to_form_new_business_in_fields_is_applied_there():
    text = "专家表示，数字嗅觉有望在食品检测、环境监测等领域形成新业态。"
    ents = {"数字嗅觉": "Technology", "食品检测": "Industry", "环境监测": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("数字嗅觉", "appliedIn", "食品检测"), ("数字嗅觉", "appliedIn", "环境监测")}


def test_sectors_to_be_upgraded_after_a_growing_category_are_not_its_parts():
    text = "培育壮大冰雪新兴产业，推动滑雪场运营、冰雪装备、冰雪旅游转型升级。"
    ents = {"冰雪新兴产业": "Industry", "滑雪场运营": "Industry", "冰雪装备": "Industry", "冰雪旅游": "Industry"}
    assert of_type(run(text, ents), "partOf") == set()


def test_sectors_promoted_after_a_growing_category_are_its_parts():
    text = "培育壮大冰雪新兴产业，推动冰雪装备、冰雪旅游发展。"
    ents = {"冰雪新兴产业": "Industry", "冰雪装备": "Industry", "冰雪旅游": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("冰雪装备", "partOf", "冰雪新兴产业"), ("冰雪旅游", "partOf", "冰雪新兴产业")}


def test_what_a_plan_warns_against_is_no_priority():
    text = "某部印发《青少年编程教育指南》，提出开展图形化编程教学，同时防止学生过度依赖代码生成工具。"
    ents = {"《青少年编程教育指南》": "Policy", "图形化编程": "Technology", "代码生成工具": "Technology"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《青少年编程教育指南》", "prioritizes", "图形化编程") in got
    assert ("《青少年编程教育指南》", "prioritizes", "代码生成工具") not in got
