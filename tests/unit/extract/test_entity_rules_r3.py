"""Entity rules of round 3 (issue 11): each on sentences written for this test,
none taken from an annotated passage."""
from __future__ import annotations

from support.entities import ents


# --- application fields: a list in an application frame names sectors, whole


def test_application_scene_list_items_are_whole_sectors():
    got = ents("该市将拓展低空快递、海岛交通和森林防火等应用场景。")
    assert ("低空快递", "Industry") in got
    assert ("海岛交通", "Industry") in got
    assert ("森林防火", "Industry") in got
    assert ("快递", "Industry") not in got


def test_fields_where_a_technology_is_applied_keep_their_modifiers():
    got = ents("鼓励区块链在跨境物流、社区养老、乡村旅游等领域的深度应用。")
    assert {("跨境物流", "Industry"), ("社区养老", "Industry"), ("乡村旅游", "Industry")} <= got
    assert ("物流", "Industry") not in got and ("旅游", "Industry") not in got


def test_items_of_a_technology_list_keep_their_modifiers():
    got = ents("研究院将攻关轻量化深度学习框架、仿生触觉传感器和低轨卫星互联网等关键技术。")
    assert ("轻量化深度学习框架", "Technology") in got
    assert ("仿生触觉传感器", "Technology") in got
    assert ("传感器", "Technology") not in got


def test_whole_items_stop_at_clauses():
    # a verb before the first item ends it; an item that is a clause (物联网|深度|融合)
    # in a list 等 does not close is not a name
    got = ents("新一轮变革催生人工智能、区块链、物联网等新技术。")
    assert ("人工智能", "Technology") in got
    assert not any("催生" in t for t, _ in got)
    got = ents("云计算、区块链、物联网深度融合和持续迭代，带来新机遇。")
    assert ("物联网", "Technology") in got
    assert not any("融合" in t for t, _ in got)


def test_a_list_without_a_class_noun_does_not_grow_its_items():
    got = ents("我们讨论了天气、午餐和物流费用。")
    assert not any(t == "物流费用" for t, _ in got)


def test_whole_items_keys_are_validated(tmp_path):
    import json

    import pytest

    from kg.errors import KgError
    from kg.extract.lexicon import PATTERNS_DIR, load_entity_patterns

    data = json.loads((PATTERNS_DIR / "entities.json").read_text(encoding="utf-8"))
    data["coordination"]["whole_items"]["max_char"] = 12
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match=r"entities\.json: coordination\.whole_items\.max_char: unknown key"):
        load_entity_patterns.__wrapped__(str(path))


# --- events: a forum's annual meeting keeps both words


def test_a_forum_annual_meeting_is_one_event():
    got = ents("2025未来城市论坛年会在成都开幕，第三届数字乡村论坛年会同期举行。")
    assert ("2025未来城市论坛年会", "Event") in got
    assert ("第三届数字乡村论坛年会", "Event") in got


# --- named products with their version


def test_a_named_product_keeps_its_version():
    got = ents("发布会上推出了HarmonyOS 6和鸿蒙6.1，并接入DeepSeek-V4。")
    assert {("HarmonyOS 6", "Technology"), ("鸿蒙6.1", "Technology"), ("DeepSeek-V4", "Technology")} <= got


def test_a_number_after_a_name_is_not_always_a_version():
    got = ents("ChatGPT 2023年上线，5G 3个基站开通，人工智能2.0时代到来。")
    assert ("ChatGPT", "Technology") in got and ("5G", "Technology") in got
    assert ("人工智能", "Technology") in got
    assert not any(t[-1].isdigit() for t, _ in got)


# --- class-forming modifiers


def test_size_and_powertrain_classes_stay_in_the_name():
    got = ents("这家工厂主要生产纯电动汽车和大中型无人机。")
    assert ("纯电动汽车", "Technology") in got
    assert ("大中型无人机", "Technology") in got
    assert ("电动汽车", "Technology") not in got


# --- open vocabulary typed by the class noun after a list


def test_equipment_and_applications_after_a_list_are_technologies():
    got = ents("推广高效水泵、余热锅炉、智能电表等节能装备。")
    assert {("高效水泵", "Technology"), ("余热锅炉", "Technology"), ("智能电表", "Technology")} <= got
    got = ents("探索智能问诊、远程会诊、电子病历共享等新应用。")
    assert {("智能问诊", "Technology"), ("远程会诊", "Technology"), ("电子病历共享", "Technology")} <= got


def test_unknown_items_of_a_key_technology_list_are_technologies():
    got = ents("团队在流式数据压缩、海量日志检索等关键核心技术上取得突破。")
    assert ("流式数据压缩", "Technology") in got
    assert ("海量日志检索", "Technology") in got


def test_an_application_scene_is_not_an_application_product():
    got = ents("开拓夜间观光、空中摆渡等应用场景。")
    assert ("夜间观光", "Industry") in got and ("空中摆渡", "Industry") in got


# --- a pair written as one list item


def test_a_pair_between_two_list_commas_is_one_name():
    got = ents("该市将聚焦人工智能、柔性电子与智能传感、商业航天等方向。")
    assert ("柔性电子与智能传感", "Technology") in got
    assert ("柔性电子", "Technology") not in got


def test_two_names_each_with_its_head_stay_two():
    got = ents("发展光伏、风能和潮汐能、核电等清洁能源。")
    assert ("风能", "Industry") in got and ("潮汐能", "Industry") in got
    got = ents("推动集成电路、新能源以及航空航天等产业发展。")
    assert ("航空航天", "Industry") in got
    assert not any("以及" in t for t, _ in got)


def test_evaluative_words_are_not_class_modifiers_of_a_list_item():
    got = ents("要加快新兴合成生物、新材料、创新药等产业发展。")
    assert ("合成生物", "Industry") in got or ("合成生物", "Technology") in got
    assert not any(t.startswith("新兴") for t, _ in got)


# --- unquoted policy names


def test_chief_systems_and_published_guides_are_policies():
    got = ents("全市实施农田林长制，发布实施中小企业数字化转型指南。")
    assert ("农田林长制", "Policy") in got
    assert ("中小企业数字化转型指南", "Policy") in got


def test_a_plan_still_to_be_drafted_is_not_a_named_policy():
    got = ents("我们将制定低空经济发展规划。")
    assert not any(t == "Policy" for _, t in got)


def test_vessels_after_a_list_are_technologies():
    got = ents("加快大型邮轮、液化天然气运输船等高技术船舶研制。")
    assert ("大型邮轮", "Technology") in got
    assert ("液化天然气运输船", "Technology") in got


def test_a_first_item_with_verbs_inside_is_not_cut():
    # 垂直起降 are verbs inside the name: the item is left alone, not cut to 飞行器
    got = ents("加快电动垂直起降飞行器、无人机等航空器研发。")
    assert ("无人机", "Technology") in got
    assert ("飞行器", "Technology") not in got


def test_a_year_with_nian_before_a_forum_or_a_meeting_is_a_date():
    # annotation.md: 2014年中央经济工作会议 is 中央经济工作会议; a year written
    # into the name without 年 (2023某某大会) stays (event.year_named)
    got = ents("2025年冬季达沃斯论坛在瑞士举行。2014年中央经济工作会议提出新要求。")
    assert ("冬季达沃斯论坛", "Event") in got
    assert ("2025年冬季达沃斯论坛", "Event") not in got
    assert ("中央经济工作会议", "Event") in got
    got = ents("2023年在北京举办的中关村论坛吸引众多嘉宾。")
    assert ("中关村论坛", "Event") in got


def test_time_words_may_open_an_item_under_a_class_noun():
    got = ents("该省布局未来家居、未来材料、未来社区等三大未来产业。")
    assert ("未来家居", "Industry") in got
    assert ("未来社区", "Industry") in got


def test_items_all_ending_with_one_kind_of_name_are_whole():
    # one item known whole is too few votes; every item ending with a sector is enough
    got = ents("鼓励农村电商、社区电商、跨境电商规范发展。")
    assert {("农村电商", "Industry"), ("社区电商", "Industry"), ("跨境电商", "Industry")} <= got


def test_piloting_a_coordination_of_fields_is_not_a_named_programme():
    got = ents("在长三角开展无人配送和智慧停车试点，开展数据要素市场化配置改革试点。")
    assert not any(t == "Policy" and "和" in s for s, t in got)
    # the pilot of a named reform is the reform (试点 ends the name, as after …行动)
    assert ("数据要素市场化配置改革", "Policy") in got


def test_smart_transport_facilities_are_technical_systems():
    got = ents("该市将建设智慧机场和智慧管网。")
    assert ("智慧机场", "Technology") in got and ("智慧管网", "Technology") in got


# --- clusters, parks and bases: the industry inside them


def test_the_industry_a_cluster_or_base_is_named_after():
    got = ents("该县培育菌菇深加工产业集群，建设相关产业园区。该市打造稀土永磁产业基地。")
    assert ("菌菇深加工产业", "Industry") in got
    assert ("稀土永磁产业", "Industry") in got
    assert not any("相关" in t or "集群" in t or "基地" in t for t, _ in got)


def test_application_fields_named_as_such_are_sectors():
    got = ents("聚焦功能食品、特种纸品、未来服饰等应用领域，突破关键工艺。")
    assert {("功能食品", "Industry"), ("特种纸品", "Industry"), ("未来服饰", "Industry")} <= got


def test_a_verb_before_a_cluster_names_no_industry():
    got = ents("各地要优化产业园区布局，壮大产业集群。")
    assert not any(t.endswith("产业") for t, _ in got)


def test_generic_pilots_and_statistical_aggregates_are_no_names():
    got = ents("在医疗、教育、养老、托育等民生领域开展应用试点。今年以来，全省规上工业增加值增长较快。")
    assert ("托育", "Industry") in got
    assert not any(t == "Policy" for _, t in got)
    assert not any(s.startswith("规上") for s, _ in got)
