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


# partOf.list_is_key_technologies_of: missed items in the list; 是决定X能否…的关键技术

def test_key_technologies_list_with_a_missed_item_relates_the_named_ones():
    ents = {"全息波束": "Technology", "量子雷达": "Technology", "下一代雷达": "Technology"}
    got = run("专家认为，稀疏阵列成像、全息波束和量子雷达是下一代雷达区别于传统雷达的关键技术。", ents)
    assert of_type(got, "partOf") == {("全息波束", "partOf", "下一代雷达"), ("量子雷达", "partOf", "下一代雷达")}


def test_key_technologies_that_decide_whether_a_class_works():
    ents = {"柔性夹爪": "Technology", "力位混合控制": "Technology", "物流机器人": "Technology"}
    got = run("他认为，柔性夹爪和力位混合控制是决定物流机器人能否上岗的关键技术。", ents)
    assert of_type(got, "partOf") == {("柔性夹爪", "partOf", "物流机器人"), ("力位混合控制", "partOf", "物流机器人")}


# prioritizes.report_advises: 报告建议 / 蓝皮书建议 after a named report

def test_named_report_advises_its_priorities():
    ents = {"某研究院": "Institution", "《海洋装备发展报告（2030）》": "Policy",
            "深海采矿船": "Technology", "水下滑翔机": "Technology"}
    got = run("某研究院发布《海洋装备发展报告（2030）》。报告建议，加快研制深海采矿船和水下滑翔机。", ents)
    assert of_type(got, "prioritizes") == {
        ("《海洋装备发展报告（2030）》", "prioritizes", "深海采矿船"),
        ("《海洋装备发展报告（2030）》", "prioritizes", "水下滑翔机")}


def test_unnamed_report_advice_is_not_another_policys_priority():
    ents = {"《某市算力发展规划》": "Policy", "某协会": "Institution", "液冷服务器": "Technology"}
    got = run("某市此前印发《某市算力发展规划》。某协会近日发布报告指出算力需求旺盛，报告建议推广液冷服务器。", ents)
    assert ("《某市算力发展规划》", "prioritizes", "液冷服务器") not in of_type(got, "prioritizes")


def test_fields_a_named_technology_lands_in_are_no_priorities_of_the_report():
    ents = {"《某省数字经济蓝皮书（2030）》": "Policy", "边缘计算": "Technology", "陶瓷": "Industry", "茶叶": "Industry"}
    got = run("《某省数字经济蓝皮书（2030）》发布。蓝皮书建议，推动边缘计算在陶瓷、茶叶等特色产业落地。", ents)
    pri = of_type(got, "prioritizes")
    assert ("《某省数字经济蓝皮书（2030）》", "prioritizes", "边缘计算") in pri
    assert ("《某省数字经济蓝皮书（2030）》", "prioritizes", "陶瓷") not in pri


# prioritizes.not_report_findings: what a research report finds is no priority

def test_report_findings_are_no_priorities():
    ents = {"某研究院": "Institution", "《海洋装备发展报告（2030）》": "Policy",
            "深海采矿船": "Technology", "水下滑翔机": "Technology"}
    got = run("某研究院发布《海洋装备发展报告（2030）》。报告指出，深海采矿船和水下滑翔机已形成完整产业链。", ents)
    assert of_type(got, "prioritizes") == set()


def test_report_finding_of_focuses_is_left_to_the_priority_rules():
    ents = {"某研究院": "Institution", "《海洋装备发展报告（2030）》": "Policy",
            "深海采矿船": "Technology", "水下滑翔机": "Technology"}
    got = run("某研究院发布《海洋装备发展报告（2030）》。报告指出，深海采矿船和水下滑翔机是下一阶段攻关重点。", ents)
    assert ("《海洋装备发展报告（2030）》", "prioritizes", "深海采矿船") in of_type(got, "prioritizes")


def test_a_report_keeps_the_topic_its_title_is_named_after():
    ents = {"某研究院": "Institution", "《海洋装备发展报告（2030）》": "Policy", "海洋装备": "Industry"}
    got = run("某研究院发布的《海洋装备发展报告（2030）》显示，海洋装备产值持续增长。", ents)
    assert ("《海洋装备发展报告（2030）》", "prioritizes", "海洋装备") in of_type(got, "prioritizes")


# partOf.components_of_named_whole: 等关键部件 … X整机 in one sentence

def test_components_are_parts_of_the_whole_machine_named_in_their_sentence():
    ents = {"柔性关节": "Technology", "力矩传感器": "Technology", "巡检机器狗": "Technology"}
    got = run("支持企业围绕柔性关节和力矩传感器等关键部件开展攻关，对首批巡检机器狗整机给予奖励。", ents)
    assert of_type(got, "partOf") == {("柔性关节", "partOf", "巡检机器狗"), ("力矩传感器", "partOf", "巡检机器狗")}


def test_whole_machine_named_before_its_core_devices():
    ents = {"光子计算机": "Technology", "光子芯片": "Technology", "单光子源": "Technology"}
    got = run("应加快光子计算机整机研制和光子芯片、单光子源等核心器件国产化。", ents)
    assert of_type(got, "partOf") == {("光子芯片", "partOf", "光子计算机"), ("单光子源", "partOf", "光子计算机")}


def test_components_without_a_named_whole_relate_nothing_here():
    ents = {"柔性关节": "Technology", "力矩传感器": "Technology", "巡检机器狗": "Technology"}
    got = run("支持企业围绕柔性关节和力矩传感器等关键部件开展攻关。巡检机器狗订单增长。", ents)
    assert of_type(got, "partOf") == set()


# partOf.share_within_class: the share of an item counted within a category named alone

def test_share_after_qizhong_makes_a_part():
    ents = {"新型热泵": "Technology", "空气源热泵": "Technology"}
    got = run("去年新型热泵销量再创新高，其中空气源热泵占比超过七成。", ents)
    assert of_type(got, "partOf") == {("空气源热泵", "partOf", "新型热泵")}


def test_share_within_a_framed_class_makes_a_part():
    ents = {"新型热泵": "Technology", "空气源热泵": "Technology"}
    got = run("在新增安装的新型热泵项目中，空气源热泵占比超过七成。", ents)
    assert of_type(got, "partOf") == {("空气源热泵", "partOf", "新型热泵")}


def test_qizhong_after_a_clause_with_two_mentions_relates_nothing():
    ents = {"新型热泵": "Technology", "储热罐": "Technology", "空气源热泵": "Technology"}
    got = run("新型热泵和储热罐销量再创新高，其中空气源热泵占比超过七成。", ents)
    assert of_type(got, "partOf") == set()


# section_class: a chapter heading naming a category, and section headings naming one category under it

def test_section_headings_under_a_category_chapter_are_its_parts():
    ents = {"未来产业": "Industry", "未来健康": "Industry", "未来空间": "Industry", "基因治疗": "Technology"}
    text = "第二章 前瞻布局未来产业。第一节 未来健康。推进基因治疗研究。第二节 未来空间。建设试验平台。第三章 保障措施。"
    got = run(text, ents)
    assert {("未来健康", "partOf", "未来产业"), ("未来空间", "partOf", "未来产业")} <= of_type(got, "partOf")


def test_section_headings_under_a_cluster_chapter_relate_nothing():
    ents = {"高端制造业": "Industry", "精密仪器": "Industry"}
    got = run("第四章 打造高端制造业集群。（一）精密仪器。发展光谱仪。", ents)
    assert ("精密仪器", "partOf", "高端制造业") not in of_type(got, "partOf")


def test_a_section_heading_after_the_next_chapter_is_not_carried():
    ents = {"未来产业": "Industry", "现代农业": "Industry"}
    got = run("第二章 前瞻布局未来产业。推进试点。第三章 强化支撑。第一节 现代农业。", ents)
    assert ("现代农业", "partOf", "未来产业") not in of_type(got, "partOf")


# partners a named item is to develop together with

def test_sector_partners_are_priorities_too():
    # (the annotated sets read the sectors a named one is to develop together with as the
    # policy's priorities too, about three times in four: 推动快递业与电子商务、现代农业协同发展)
    ents = {"《某市物流方案》": "Policy", "冷链物流": "Industry", "跨境电商": "Industry", "现代农业": "Industry"}
    got = run("《某市物流方案》提出，推动冷链物流与跨境电商、现代农业协同发展。", ents)
    pri = of_type(got, "prioritizes")
    assert ("《某市物流方案》", "prioritizes", "跨境电商") in pri
    assert ("《某市物流方案》", "prioritizes", "现代农业") in pri


def test_technology_partners_stay_priorities():
    ents = {"《某市算力方案》": "Policy", "智算中心": "Technology", "边缘计算": "Technology"}
    got = run("《某市算力方案》提出，推动智算中心与边缘计算协同发展。", ents)
    assert ("《某市算力方案》", "prioritizes", "边缘计算") in of_type(got, "prioritizes")


def test_partners_under_a_category_heading_are_no_parts_of_it():
    ents = {"新型储能产业": "Industry", "储能装备制造": "Industry", "电力": "Industry", "化工": "Industry"}
    got = run("第五章 培育新型储能产业。推动储能装备制造与电力、化工等用能产业协同发展。", ents)
    assert of_type(got, "partOf") == set()


# prioritizes.not_the_resource_base

def test_resource_base_is_no_priority():
    ents = {"《某县储能方案》": "Policy", "光热": "Industry", "液流电池": "Technology"}
    got = run("《某县储能方案》提出，立足光热产业基础，发展液流电池。", ents)
    pri = of_type(got, "prioritizes")
    assert ("《某县储能方案》", "prioritizes", "液流电池") in pri
    assert ("《某县储能方案》", "prioritizes", "光热") not in pri


def test_an_edge_to_carry_forward_is_not_read_as_a_base():
    ents = {"《某县仪器方案》": "Policy", "光谱仪": "Technology"}
    got = run("《某县仪器方案》提出，发挥光谱仪等传统优势，做强仪器产业。", ents)
    assert ("《某县仪器方案》", "prioritizes", "光谱仪") in of_type(got, "prioritizes")


# section_class: a target sentence naming one category, then numbered tasks growing one category each

def test_task_objects_after_a_category_target_are_its_parts():
    ents = {"氢能产业": "Industry", "氢能装备": "Industry", "加氢服务": "Industry", "燃料电池": "Technology"}
    text = "到2028年，全市氢能产业产值突破300亿元。重点任务：一是做强氢能装备；二是发展燃料电池和储氢罐；三是加快加氢服务。"
    got = run(text, ents)
    assert ("氢能装备", "partOf", "氢能产业") in of_type(got, "partOf")
    assert ("加氢服务", "partOf", "氢能产业") in of_type(got, "partOf")


def test_task_objects_without_a_target_sentence_relate_nothing():
    ents = {"氢能产业": "Industry", "氢能装备": "Industry"}
    got = run("氢能产业前景广阔。重点任务：一是做强氢能装备。", ents)
    assert ("氢能装备", "partOf", "氢能产业") not in of_type(got, "partOf")


# object_verbs: a policy a clause expands or spreads (拓展“X+”) is an object, not a new subject

def test_a_policy_expanded_in_a_clause_does_not_end_the_reports_scope():
    ents = {"某市工作报告": "Policy", "“数据+”": "Policy", "工业互联网平台": "Technology", "区块链": "Technology"}
    got = run("某市工作报告提出打造工业互联网平台，拓展“数据+”，加强区块链研发与应用。", ents)
    assert ("某市工作报告", "prioritizes", "区块链") in of_type(got, "prioritizes")


# prioritizes.focus_then_deploy_policy

def test_directions_a_programme_is_deployed_around_are_its_priorities():
    ents = {"某科学院": "Institution", "拓扑量子": "Technology", "类脑芯片": "Technology", "前沿探索专项": "Policy"}
    got = run("某科学院围绕拓扑量子、类脑芯片等方向部署前沿探索专项。", ents)
    assert of_type(got, "prioritizes") == {("前沿探索专项", "prioritizes", "拓扑量子"), ("前沿探索专项", "prioritizes", "类脑芯片")}


# enables.noun_combination_then_drives: A与B、C、D的结合，将催生E — A drives E, the partners are its means

def test_noun_combination_with_several_partners_drives_through_its_subject():
    ents = {"卫星通信": "Technology", "物联网": "Technology", "大数据": "Technology", "云计算": "Technology",
            "远洋渔业": "Industry"}
    got = run("卫星通信与物联网、大数据、云计算的结合，将催生远洋渔业新模式。", ents)
    assert of_type(got, "enables") == {("卫星通信", "enables", "远洋渔业")}


def test_noun_combination_with_one_partner_drives_through_both():
    ents = {"卫星通信": "Technology", "物联网": "Technology", "远洋渔业": "Industry"}
    got = run("卫星通信与物联网的结合，将催生远洋渔业新模式。", ents)
    assert of_type(got, "enables") == {("卫星通信", "enables", "远洋渔业"), ("物联网", "enables", "远洋渔业")}


def test_antecedent_holds_noun_is_validated_on_load(tmp_path):
    import json

    import pytest

    from kg.errors import KgError
    from kg.extract.relations import PATTERNS_PATH, load_relation_patterns

    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "prioritizes.report_advises")
    rule["emit"][0]["head"] = "rest"  # not an @antecedent head
    path = tmp_path / "relations.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError) as err:
        load_relation_patterns(path)
    assert "antecedent_holds_noun" in str(err.value)
