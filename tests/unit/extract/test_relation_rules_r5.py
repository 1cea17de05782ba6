"""Relation rules, round 5: list members of a category named without 等, speakers
at an event named before, issuers joined by 联合/会同, fields of application.
Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.relations import PATTERNS_PATH, load_relation_patterns
from support.relations import of_type, run


# ------------------------------------------------ partOf


def test_list_closed_by_a_numeral_class_without_deng_is_its_members():
    text = "该省将前瞻布局深空探测、合成生物与脑科学三大未来产业。"
    ents = {"深空探测": "Industry", "合成生物": "Industry", "脑科学": "Industry", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {
        ("深空探测", "partOf", "未来产业"), ("合成生物", "partOf", "未来产业"), ("脑科学", "partOf", "未来产业")}


def test_one_item_before_a_numeral_class_is_no_list():
    text = "该市有量子通信3个未来产业项目落地。"
    ents = {"量子通信": "Industry", "未来产业": "Industry"}
    assert not of_type(run(text, ents), "partOf")


def test_directions_in_which_a_category_is_grown_are_its_parts():
    text = "方案提出，瞄准深海装备、空天信息等方向培育未来产业，打造创新高地。"
    ents = {"深海装备": "Industry", "空天信息": "Industry", "未来产业": "Industry"}
    got = of_type(run(text, ents), "partOf")
    assert got == {("深海装备", "partOf", "未来产业"), ("空天信息", "partOf", "未来产业")}


def test_fields_a_technology_is_grown_in_are_not_its_parts():
    text = "瞄准医疗、教育等领域发展人工智能，提升服务水平。"
    ents = {"医疗": "Industry", "教育": "Industry", "人工智能": "Technology"}
    assert not of_type(run(text, ents), "partOf")


def test_members_that_became_a_categorys_new_track():
    text = "从全国看，深海装备、空天信息和低空经济已成为各地争相布局的未来产业新赛道。"
    ents = {"深海装备": "Industry", "空天信息": "Industry", "低空经济": "Industry", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {
        ("深海装备", "partOf", "未来产业"), ("空天信息", "partOf", "未来产业"), ("低空经济", "partOf", "未来产业")}


# ------------------------------------------------ spokeAt


def test_speaker_at_the_opening_of_the_event_named_before():
    text = "第三届东海数字博览会在宁波开幕。宁波市市长王海涛在开幕式上致辞。"
    ents = {"第三届东海数字博览会": "Event", "宁波": "Region", "王海涛": "Person"}
    assert ("王海涛", "spokeAt", "第三届东海数字博览会") in run(text, ents)


def test_speaker_at_the_main_forum_of_the_event_named_before():
    text = "第五届西部算力峰会在成都开幕。国家数据局副局长李成明在主论坛上介绍了相关进展。"
    ents = {"第五届西部算力峰会": "Event", "成都": "Region", "李成明": "Person"}
    assert ("李成明", "spokeAt", "第五届西部算力峰会") in run(text, ents)


def test_opening_speech_without_an_event_named_relates_nothing():
    text = "宁波市市长王海涛在开幕式上致辞。"
    ents = {"王海涛": "Person", "宁波": "Region"}
    assert not of_type(run(text, ents), "spokeAt")


def test_special_envoy_is_the_speaker_not_the_one_he_represents():
    text = "东海合作峰会在青岛举行。副总理赵明远作为国家主席李国华特别代表出席峰会并致辞。"
    ents = {"东海合作峰会": "Event", "青岛": "Region", "赵明远": "Person", "李国华": "Person"}
    got = of_type(run(text, ents), "spokeAt")
    assert got == {("赵明远", "spokeAt", "东海合作峰会")}


def test_attending_an_event_held_in_a_city_then_speaking():
    text = "该公司首席执行官陈立出席在深圳举行的第二届全球储能大会，他在开幕式上表示，储能市场前景广阔。"
    ents = {"陈立": "Person", "深圳": "Region", "第二届全球储能大会": "Event"}
    assert ("陈立", "spokeAt", "第二届全球储能大会") in run(text, ents)


# ------------------------------------------------ issuedBy


def test_body_leading_a_joint_issue_and_the_bodies_it_joins():
    text = "江南省科学技术厅联合省财政厅、省教育厅等五部门印发《江南省创新券管理办法》。"
    ents = {"江南省科学技术厅": "Institution", "省财政厅": "Institution", "省教育厅": "Institution",
            "《江南省创新券管理办法》": "Policy"}
    assert of_type(run(text, ents), "issuedBy") == {
        ("《江南省创新券管理办法》", "issuedBy", "江南省科学技术厅"),
        ("《江南省创新券管理办法》", "issuedBy", "省财政厅"),
        ("《江南省创新券管理办法》", "issuedBy", "省教育厅")}


def test_body_acting_together_with_another_issues():
    text = "江南省发展改革委会同省商务厅出台《江南省外贸稳增长措施》。"
    ents = {"江南省发展改革委": "Institution", "省商务厅": "Institution", "《江南省外贸稳增长措施》": "Policy"}
    assert of_type(run(text, ents), "issuedBy") == {
        ("《江南省外贸稳增长措施》", "issuedBy", "江南省发展改革委"),
        ("《江南省外贸稳增长措施》", "issuedBy", "省商务厅")}


def test_forwarded_policy_is_issued_by_the_bodies_named_before_it():
    text = "国务院办公厅转发科技部、财政部《关于改进科研经费管理的若干意见》。"
    ents = {"国务院办公厅": "Institution", "科技部": "Institution", "财政部": "Institution",
            "《关于改进科研经费管理的若干意见》": "Policy"}
    assert of_type(run(text, ents), "issuedBy") == {
        ("《关于改进科研经费管理的若干意见》", "issuedBy", "科技部"),
        ("《关于改进科研经费管理的若干意见》", "issuedBy", "财政部")}


def test_two_titles_written_one_after_the_other_are_both_issued():
    text = "江南省能源局印发《江南省储能发展规划》《江南省储能三年行动方案》，提出建设一批示范项目。"
    ents = {"江南省能源局": "Institution", "《江南省储能发展规划》": "Policy", "《江南省储能三年行动方案》": "Policy"}
    assert of_type(run(text, ents), "issuedBy") == {
        ("《江南省储能发展规划》", "issuedBy", "江南省能源局"),
        ("《江南省储能三年行动方案》", "issuedBy", "江南省能源局")}


def test_adjacent_list_types_must_be_entity_types(tmp_path):
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    data["adjacent_list_types"] = ["Region", "Regions"]
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="adjacent_list_types"):
        load_relation_patterns(bad)


# ------------------------------------------------ appliedIn / prioritizes


def test_fields_of_a_large_scale_application_are_not_the_policys_priorities():
    text = "《江南省物联网行动计划》提出，加快物联网在智慧港口、智慧水务等领域的规模应用。"
    ents = {"《江南省物联网行动计划》": "Policy", "物联网": "Technology", "智慧港口": "Industry", "智慧水务": "Industry"}
    got = run(text, ents)
    assert ("物联网", "appliedIn", "智慧港口") in got and ("物联网", "appliedIn", "智慧水务") in got
    assert of_type(got, "prioritizes") == {("《江南省物联网行动计划》", "prioritizes", "物联网")}


def test_characteristic_industries_of_application_are_not_priorities():
    text = "《江南省算力方案》提出，推动算力在茶叶、陶瓷等特色产业中的应用。"
    ents = {"《江南省算力方案》": "Policy", "算力": "Technology", "茶叶": "Industry", "陶瓷": "Industry"}
    got = run(text, ents)
    assert ("算力", "appliedIn", "茶叶") in got
    assert ("《江南省算力方案》", "prioritizes", "茶叶") not in got


# ------------------------------------------------ partOf: 既是A，又是B


def test_subject_that_is_both_of_two_categories():
    text = "“储氢材料产业附加值高、带动性强，既能降低成本，又能拓展市场；既是战略性新兴产业，又是未来产业。”"
    ents = {"储氢材料产业": "Industry", "战略性新兴产业": "Industry", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {
        ("储氢材料产业", "partOf", "战略性新兴产业"), ("储氢材料产业", "partOf", "未来产业")}


def test_named_head_that_is_both_of_two_categories():
    text = "业内认为，海洋牧场既是现代农业，也是海洋经济。"
    ents = {"海洋牧场": "Industry", "现代农业": "Industry", "海洋经济": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("海洋牧场", "partOf", "现代农业"), ("海洋牧场", "partOf", "海洋经济")}


def test_both_a_and_b_that_are_not_categories_relate_nothing():
    text = "业内认为，海洋牧场既是渔业资源养护，又是休闲旅游。"
    ents = {"海洋牧场": "Industry", "渔业资源养护": "Industry", "休闲旅游": "Industry"}
    assert ("海洋牧场", "partOf", "休闲旅游") not in run(text, ents)


# ------------------------------------------------ partOf: a counted class types its items


def test_counted_class_after_deng_makes_technologies_its_members():
    text = "该市将重点培育深海探测、合成生物、量子传感等五大未来产业。"
    ents = {"深海探测": "Technology", "合成生物": "Industry", "量子传感": "Technology", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {
        ("深海探测", "partOf", "未来产业"), ("合成生物", "partOf", "未来产业"), ("量子传感", "partOf", "未来产业")}


def test_counted_class_without_deng_makes_technologies_its_members():
    text = "该省前瞻布局量子传感、深海探测两大未来产业。"
    ents = {"深海探测": "Technology", "量子传感": "Technology", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("深海探测", "partOf", "未来产业"), ("量子传感", "partOf", "未来产业")}


def test_uncounted_class_types_a_mixed_list_too():
    # (like a counted class: the class noun types the list, annotation.md: the reading the sentence uses)
    text = "该市将培育合成生物、量子传感、深海探测等未来产业。"
    ents = {"深海探测": "Technology", "合成生物": "Industry", "量子传感": "Technology", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {(x, "partOf", "未来产业") for x in ("合成生物", "量子传感", "深海探测")}


def test_counted_class_with_a_described_count_makes_its_members():
    text = "该省将优先发展深海探测、合成生物等5个快速成长的未来产业。"
    ents = {"深海探测": "Technology", "合成生物": "Industry", "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("深海探测", "partOf", "未来产业"), ("合成生物", "partOf", "未来产业")}


def test_counted_fields_of_a_class_are_not_its_members():
    text = "推动深海探测、合成生物等5个领域的未来产业加快发展。"
    ents = {"深海探测": "Technology", "合成生物": "Industry", "未来产业": "Industry"}
    assert ("深海探测", "partOf", "未来产业") not in run(text, ents)


# ------------------------------------------------ enables / appliedIn / partOf: products and sectors


def test_technologies_whose_fusion_produced_a_field_enable_it():
    text = "智能材料是纳米技术与增材制造深度融合的产物。"
    ents = {"智能材料": "Technology", "纳米技术": "Technology", "增材制造": "Technology"}
    assert of_type(run(text, ents), "enables") == {("纳米技术", "enables", "智能材料"), ("增材制造", "enables", "智能材料")}


def test_fusion_without_a_product_named_relates_no_enables():
    text = "智能材料推动纳米技术与增材制造深度融合。"
    ents = {"智能材料": "Technology", "纳米技术": "Technology", "增材制造": "Technology"}
    assert ("纳米技术", "enables", "智能材料") not in run(text, ents)


def test_sector_that_put_technologies_to_use_applies_them():
    text = "浙江安吉的茶叶种植用上了土壤墒情传感器和智能灌溉系统，效益明显提升。"
    ents = {"浙江": "Region", "安吉": "Region", "茶叶种植": "Industry", "土壤墒情传感器": "Technology",
            "智能灌溉系统": "Technology"}
    assert of_type(run(text, ents), "appliedIn") == {
        ("土壤墒情传感器", "appliedIn", "茶叶种植"), ("智能灌溉系统", "appliedIn", "茶叶种植")}


def test_sector_that_achieves_something_with_a_platform_applies_it():
    text = "广东佛山的家具产业借助工业互联网平台实现柔性生产。"
    ents = {"家具产业": "Industry", "工业互联网平台": "Technology"}
    assert ("工业互联网平台", "appliedIn", "家具产业") in run(text, ents)


def test_equipment_a_sector_works_through_enables_it_and_is_applied_in_its_scenes():
    text = "海洋经济通过无人船、水下机器人等装备，实现海上巡检、水产养殖等场景应用。"
    ents = {"海洋经济": "Industry", "无人船": "Technology", "水下机器人": "Technology",
            "海上巡检": "Industry", "水产养殖": "Industry"}
    got = run(text, ents)
    assert {("无人船", "enables", "海洋经济"), ("水下机器人", "enables", "海洋经济"),
            ("无人船", "appliedIn", "海上巡检"), ("水下机器人", "appliedIn", "水产养殖")} <= got


def test_quoted_name_after_its_class_is_an_instance_of_it():
    text = "研究团队构建了76比特光量子计算原型机“天衍一号”，刷新了纪录。"
    ents = {"光量子计算原型机": "Technology", "天衍一号": "Technology"}
    assert ("天衍一号", "partOf", "光量子计算原型机") in run(text, ents)


def test_latin_name_after_its_class_is_an_instance_of_it():
    text = "该公司发布多模态大模型Nova-2，性能大幅提升。"
    ents = {"多模态大模型": "Technology", "Nova-2": "Technology"}
    assert ("Nova-2", "partOf", "多模态大模型") in run(text, ents)


def test_latin_name_after_a_named_system_is_not_an_instance():
    text = "星河操作系统HarmonyX 2正式发布。"
    ents = {"星河操作系统": "Technology", "HarmonyX 2": "Technology"}
    assert not of_type(run(text, ents), "partOf")


# ------------------------------------------------ fields of application are not priorities


def test_fields_where_a_technology_is_explored_are_not_priorities():
    text = "《江南省人工智能方案》提出，南川、北塘等市在纺织、印染领域探索人工智能应用。"
    ents = {"《江南省人工智能方案》": "Policy", "纺织": "Industry", "印染": "Industry", "人工智能": "Technology"}
    got = run(text, ents)
    assert ("人工智能", "appliedIn", "纺织") in got
    assert ("《江南省人工智能方案》", "prioritizes", "纺织") not in got


def test_key_fields_where_a_technology_is_applied_stay_priorities():
    text = "《江南省人工智能方案》提出，在纺织、印染等重点领域推广人工智能应用。"
    ents = {"《江南省人工智能方案》": "Policy", "纺织": "Industry", "印染": "Industry", "人工智能": "Technology"}
    got = run(text, ents)
    assert ("人工智能", "appliedIn", "纺织") in got
    assert ("《江南省人工智能方案》", "prioritizes", "纺织") in got


def test_fields_a_model_is_tailored_toward_are_where_it_is_applied():
    text = "《江南省人工智能方案》提出，推动南川市面向纺织、印染等领域开展行业大模型定制优化和应用。"
    ents = {"《江南省人工智能方案》": "Policy", "纺织": "Industry", "印染": "Industry", "行业大模型": "Technology"}
    got = run(text, ents)
    assert {("行业大模型", "appliedIn", "纺织"), ("行业大模型", "appliedIn", "印染")} <= got
    assert ("《江南省人工智能方案》", "prioritizes", "印染") not in got


# ------------------------------------------------ comparisons are not priorities; a subject's later clause


def test_products_named_for_comparison_are_not_priorities():
    text = "《江南省飞行汽车发展意见》提出，飞行汽车有望成为继智能手机、新能源汽车之后的颠覆性产品。"
    ents = {"《江南省飞行汽车发展意见》": "Policy", "飞行汽车": "Technology", "智能手机": "Technology",
            "新能源汽车": "Industry"}
    assert of_type(run(text, ents), "prioritizes") == {("《江南省飞行汽车发展意见》", "prioritizes", "飞行汽车")}


def test_what_a_policy_proposes_without_comparison_stays_a_priority():
    text = "《江南省飞行汽车发展意见》提出，发展飞行汽车、新能源汽车。"
    ents = {"《江南省飞行汽车发展意见》": "Policy", "飞行汽车": "Technology", "新能源汽车": "Industry"}
    assert ("《江南省飞行汽车发展意见》", "prioritizes", "新能源汽车") in run(text, ents)


def test_not_priority_must_name_groups_of_the_pattern(tmp_path):
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r.get("not_priority"))
    rule["not_priority"] = ["nope"]
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="not_priority"):
        load_relation_patterns(bad)


def test_a_rule_without_emit_needs_not_priority(tmp_path):
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    data["rules"][0]["emit"] = []
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="emit"):
        load_relation_patterns(bad)


def test_later_clause_of_a_technology_subject_says_what_it_drives():
    text = "数字孪生是物理世界的虚拟映射，是工业软件的集成形态，有望通过虚实交互引领智能制造发展。"
    ents = {"数字孪生": "Technology", "工业软件": "Technology", "智能制造": "Industry"}
    assert ("数字孪生", "enables", "智能制造") in run(text, ents)


def test_later_clause_with_a_subject_of_its_own_is_not_the_technologys():
    text = "数字孪生是物理世界的虚拟映射，是工业互联网的重要组成，工业软件有望引领智能制造发展。"
    ents = {"数字孪生": "Technology", "工业互联网": "Technology", "工业软件": "Technology", "智能制造": "Industry"}
    assert ("数字孪生", "enables", "智能制造") not in run(text, ents)


def test_technology_class_after_deng_makes_industries_its_members():
    text = "总之，地热能、潮汐能等新一代能源技术的发展，将为能源转型开辟新途径。"
    ents = {"地热能": "Industry", "潮汐能": "Industry", "能源技术": "Technology"}
    assert of_type(run(text, ents), "partOf") == {("地热能", "partOf", "能源技术"), ("潮汐能", "partOf", "能源技术")}


def test_technology_class_not_named_so_relates_items_of_its_type_only():
    text = "该市将培育地热能、潮汐能等清洁能源装备。"
    ents = {"地热能": "Industry", "潮汐能": "Industry", "清洁能源装备": "Technology"}
    assert not of_type(run(text, ents), "partOf")


# ------------------------------------------------ since written into a policy; sectors a technology permeates


def test_what_is_developed_since_written_into_a_plan_is_its_priority():
    text = "自纳入“十五年”远景纲要以来，谋划发展深海经济已经成为重要战略。"
    ents = {"“十五年”远景纲要": "Policy", "深海经济": "Industry"}
    assert ("“十五年”远景纲要", "prioritizes", "深海经济") in run(text, ents)


def test_pronoun_subject_that_permeates_a_sector_is_applied_there():
    text = "边缘计算的不断成熟和普及，使其能够逐渐渗透到物流业的各个环节。"
    ents = {"边缘计算": "Technology", "物流业": "Industry"}
    assert ("边缘计算", "appliedIn", "物流业") in run(text, ents)


def test_technology_used_to_permeate_a_sector_is_applied_there():
    text = "首先，以数字孪生渗透纺织业各环节。"
    ents = {"数字孪生": "Technology", "纺织业": "Industry"}
    assert ("数字孪生", "appliedIn", "纺织业") in run(text, ents)


def test_technology_opening_the_clause_after_a_fusion_is_applied_in_the_sector():
    text = "通过与纺织业的技术融合，行业大模型能够优化排产、预测故障。"
    ents = {"纺织业": "Industry", "行业大模型": "Technology"}
    assert ("行业大模型", "appliedIn", "纺织业") in run(text, ents)


def test_subject_fused_with_a_sector_does_not_lend_it_the_next_clauses_technologies():
    text = "数字技术与纺织业深度融合，工业机器人、智能传感器等日趋广泛应用。"
    ents = {"数字技术": "Technology", "纺织业": "Industry", "工业机器人": "Technology", "智能传感器": "Technology"}
    got = run(text, ents)
    assert ("工业机器人", "appliedIn", "纺织业") not in got


def test_counted_class_with_a_type_adjective_makes_its_members():
    text = "该省重点培育深海探测、合成生物等6个成长型未来产业，前瞻布局量子传感、脑科学等一批前沿性未来产业。"
    ents = {"深海探测": "Technology", "合成生物": "Industry", "量子传感": "Technology", "脑科学": "Technology",
            "未来产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {
        ("深海探测", "partOf", "未来产业"), ("合成生物", "partOf", "未来产业"),
        ("量子传感", "partOf", "未来产业"), ("脑科学", "partOf", "未来产业")}


def test_counted_projects_are_no_class():
    text = "该市签约深海探测、合成生物等6个项目落地未来产业园。"
    ents = {"深海探测": "Technology", "合成生物": "Industry", "未来产业": "Industry"}
    assert not of_type(run(text, ents), "partOf")


def test_two_titles_one_after_the_other_both_propose():
    text = "江南省能源局印发《江南省储能发展规划》《江南省储能三年行动方案》，提出建设飞轮储能示范项目。"
    ents = {"江南省能源局": "Institution", "《江南省储能发展规划》": "Policy", "《江南省储能三年行动方案》": "Policy",
            "飞轮储能": "Technology"}
    assert of_type(run(text, ents), "prioritizes") == {
        ("《江南省储能发展规划》", "prioritizes", "飞轮储能"), ("《江南省储能三年行动方案》", "prioritizes", "飞轮储能")}


def test_evaluative_adjective_between_deng_and_the_class():
    text = "推动钒电池等相对成熟新型储能技术成本持续下降。"
    ents = {"钒电池": "Technology", "新型储能技术": "Technology"}
    assert ("钒电池", "partOf", "新型储能技术") in run(text, ents)


def test_verb_between_deng_and_a_later_class_is_no_adjective():
    text = "钒电池等加快推广，新型储能技术成本持续下降。"
    ents = {"钒电池": "Technology", "新型储能技术": "Technology"}
    assert ("钒电池", "partOf", "新型储能技术") not in run(text, ents)


def test_technology_spreading_from_one_field_to_others_is_applied_in_all():
    text = "外骨骼机器人是近年来的热门方向，未来将从康复领域应用向物流、建筑等领域加速拓展。"
    ents = {"外骨骼机器人": "Technology", "康复": "Industry", "物流": "Industry", "建筑": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {
        ("外骨骼机器人", "appliedIn", "康复"), ("外骨骼机器人", "appliedIn", "物流"), ("外骨骼机器人", "appliedIn", "建筑")}


def test_spreading_in_a_sentence_without_the_technology_applies_nothing():
    text = "外骨骼机器人市场升温。该企业从物流向建筑拓展业务。"
    ents = {"外骨骼机器人": "Technology", "物流": "Industry", "建筑": "Industry"}
    assert not of_type(run(text, ents), "appliedIn")


# ------------------------------------------------ 以…为支撑的X; a technology's next clause that provides for B


def test_class_built_on_technologies_names_what_the_subject_is():
    text = "报告指出，海洋牧场是以智能网箱、水下机器人和遥感监测为支撑的现代渔业，前景广阔。"
    ents = {"海洋牧场": "Industry", "智能网箱": "Technology", "水下机器人": "Technology", "遥感监测": "Technology",
            "现代渔业": "Industry"}
    got = run(text, ents)
    assert ("海洋牧场", "partOf", "现代渔业") in got
    assert ("水下机器人", "enables", "海洋牧场") in got
    assert ("水下机器人", "enables", "现代渔业") not in got


def test_technology_whose_next_clause_provides_for_fields_enables_them():
    text = "飞轮储能、重力储能等长时储能技术加快示范，为风电和光伏大规模并网提供调节能力。"
    ents = {"飞轮储能": "Technology", "重力储能": "Technology", "长时储能技术": "Technology",
            "风电": "Industry", "光伏": "Industry"}
    got = of_type(run(text, ents), "enables")
    assert {("长时储能技术", "enables", "风电"), ("长时储能技术", "enables", "光伏")} <= got


def test_clause_providing_for_fields_with_its_own_subject_is_not_the_technologys():
    text = "长时储能技术加快示范，政府为风电和光伏大规模并网提供调节能力。"
    ents = {"长时储能技术": "Technology", "风电": "Industry", "光伏": "Industry"}
    assert not of_type(run(text, ents), "enables")


# ------------------------------------------------ bases and fields are not priorities


def test_base_a_plan_builds_on_is_not_its_priority():
    text = "《江南省储能方案》提出，依托南川的锂电池产业基础，发展钠离子电池和液流电池。"
    ents = {"《江南省储能方案》": "Policy", "锂电池产业": "Industry", "钠离子电池": "Technology",
            "液流电池": "Technology"}
    assert of_type(run(text, ents), "prioritizes") == {
        ("《江南省储能方案》", "prioritizes", "钠离子电池"), ("《江南省储能方案》", "prioritizes", "液流电池")}


def test_base_clause_ends_at_its_verb():
    text = "《江南省氢能规划》提出，依托南川可再生能源示范区开展风电制氢示范。"
    ents = {"《江南省氢能规划》": "Policy", "可再生能源": "Industry", "风电制氢": "Technology"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《江南省氢能规划》", "prioritizes", "风电制氢") in got
    assert ("《江南省氢能规划》", "prioritizes", "可再生能源") not in got


def test_fields_of_an_industry_typed_subject_are_not_priorities():
    text = "《江南省算力方案》提出，推动算力在茶叶、陶瓷等特色产业中的应用。"
    ents = {"《江南省算力方案》": "Policy", "算力": "Industry", "茶叶": "Industry", "陶瓷": "Industry"}
    got = run(text, ents)
    assert ("《江南省算力方案》", "prioritizes", "茶叶") not in got
    assert ("《江南省算力方案》", "prioritizes", "算力") in got


def test_speaker_reporting_on_behalf_of_an_ordinal_body():
    text = "李国华代表第九届中央委员会向党的十五大作报告。"
    ents = {"李国华": "Person", "中央委员会": "Institution", "党的十五大": "Event"}
    assert ("李国华", "spokeAt", "党的十五大") in run(text, ents)


# ------------------------------------------------ affiliatedWith: a list of people after their institution


def test_team_listed_after_its_university_belongs_to_it():
    text = "江南大学王立新、陈小红、李明等组成的研究团队构建了新型量子芯片。"
    ents = {"江南大学": "Institution", "王立新": "Person", "陈小红": "Person", "李明": "Person"}
    assert of_type(run(text, ents), "affiliatedWith") == {
        ("王立新", "affiliatedWith", "江南大学"), ("陈小红", "affiliatedWith", "江南大学"),
        ("李明", "affiliatedWith", "江南大学")}


def test_authors_listed_after_their_institute_belong_to_it():
    text = "江南经济研究院王立新、陈小红撰文指出，数据要素市场潜力巨大。"
    ents = {"江南经济研究院": "Institution", "王立新": "Person", "陈小红": "Person"}
    assert ("陈小红", "affiliatedWith", "江南经济研究院") in run(text, ents)


def test_person_after_another_institution_in_the_list_is_not_the_first_ones():
    text = "江南大学王立新、北方大学陈小红撰文指出，数据要素市场潜力巨大。"
    ents = {"江南大学": "Institution", "北方大学": "Institution", "王立新": "Person", "陈小红": "Person"}
    got = run(text, ents)
    assert ("陈小红", "affiliatedWith", "江南大学") not in got
    assert ("陈小红", "affiliatedWith", "北方大学") in got


def test_place_before_a_registered_company_name_locates_nothing():
    text = "南川星河智能科技有限公司发布了新一代推理模型。"
    ents = {"南川": "Region", "星河智能科技有限公司": "Institution"}
    assert not of_type(run(text, ents), "locatedIn")


def test_place_before_a_laboratory_still_locates_it():
    text = "去年，南川星河实验室发布了新一代推理模型。"
    ents = {"南川": "Region", "星河实验室": "Institution"}
    assert ("星河实验室", "locatedIn", "南川") in run(text, ents)


def test_body_implementing_a_programme_in_depth_did_not_issue_it():
    text = "江南省能源局深入实施清洁能源替代行动，加快海上风电发展。"
    ents = {"江南省能源局": "Institution", "清洁能源替代行动": "Policy", "海上风电": "Industry"}
    assert not of_type(run(text, ents), "issuedBy")


def test_body_launching_a_programme_issued_it():
    text = "江南省能源局启动清洁能源替代行动，加快海上风电发展。"
    ents = {"江南省能源局": "Institution", "清洁能源替代行动": "Policy", "海上风电": "Industry"}
    assert ("清洁能源替代行动", "issuedBy", "江南省能源局") in run(text, ents)


def test_list_with_its_own_category_after_deng_is_not_the_earlier_subjects():
    text = "江南省一批能源领域重点项目全力推进，包含储能电站建设、氢能装备制造等涵盖新技术的清洁能源产业。"
    ents = {"能源": "Industry", "储能电站建设": "Industry", "氢能装备制造": "Industry", "清洁能源产业": "Industry"}
    got = of_type(run(text, ents), "partOf")
    assert ("储能电站建设", "partOf", "清洁能源产业") in got
    assert ("储能电站建设", "partOf", "能源") not in got


def test_list_after_baokuo_without_its_own_category_is_the_subjects():
    text = "新型储能主要包括钠离子电池、液流电池等。"
    ents = {"新型储能": "Technology", "钠离子电池": "Technology", "液流电池": "Technology"}
    assert ("液流电池", "partOf", "新型储能") in run(text, ents)


# ------------------------------------------------ enables: 在此带动下


def test_what_grew_before_zaici_daidong_enables_what_follows():
    text = "前三季度，固态电池出货量翻番，钠离子电池产量增长40%，在此带动下，储能行业加速扩张，电动两轮车制造投资增长15%。"
    ents = {"固态电池": "Technology", "钠离子电池": "Technology", "储能行业": "Industry", "电动两轮车制造": "Industry"}
    assert of_type(run(text, ents), "enables") == {
        ("固态电池", "enables", "储能行业"), ("固态电池", "enables", "电动两轮车制造"),
        ("钠离子电池", "enables", "储能行业"), ("钠离子电池", "enables", "电动两轮车制造")}


def test_zaici_daidong_does_not_reach_into_the_previous_sentence():
    text = "前三季度，固态电池出货量翻番。钠离子电池产量增长40%，在此带动下，储能行业加速扩张。"
    ents = {"固态电池": "Technology", "钠离子电池": "Technology", "储能行业": "Industry"}
    got = of_type(run(text, ents), "enables")
    assert ("钠离子电池", "enables", "储能行业") in got
    assert ("固态电池", "enables", "储能行业") not in got


# ------------------------------------------------ the sentence's subject behind a reporting frame


def test_its_directions_and_fields_belong_to_the_subject_behind_a_report():
    text = "江南通信研究院发布的报告认为，7G将实现通信与感知的深度融合，太赫兹通信和智能超表面是其关键技术方向，未来将在智慧港口、低空物流等领域率先应用。"
    ents = {"江南通信研究院": "Institution", "7G": "Technology", "太赫兹通信": "Technology", "智能超表面": "Technology",
            "智慧港口": "Industry", "低空物流": "Industry"}
    got = run(text, ents)
    assert {("太赫兹通信", "partOf", "7G"), ("智能超表面", "partOf", "7G"),
            ("7G", "appliedIn", "智慧港口"), ("7G", "appliedIn", "低空物流")} <= got
    assert ("太赫兹通信", "appliedIn", "智慧港口") not in got


def test_reporter_is_not_the_subject_of_what_it_reports():
    text = "江南通信研究院认为，太赫兹通信和智能超表面是其关键技术方向。"
    ents = {"江南通信研究院": "Institution", "太赫兹通信": "Technology", "智能超表面": "Technology"}
    assert not of_type(run(text, ents), "partOf")


def test_subject_after_a_zuowei_category_clause_is_its_member():
    text = "李华表示：“作为低空经济推广的先导产业领域，低空物流正在加速发展。”"
    ents = {"李华": "Person", "低空经济": "Industry", "先导产业": "Industry", "低空物流": "Industry"}
    assert ("低空物流", "partOf", "先导产业") in run(text, ents)


def test_subject_after_a_zuowei_clause_naming_no_category_is_no_member():
    text = "作为低空经济的重要载体，低空物流正在加速发展。"
    ents = {"低空经济": "Industry", "低空物流": "Industry"}
    assert ("低空物流", "partOf", "低空经济") not in run(text, ents)


# ------------------------------------------------ meetings: 会议指出…, the chair who speaks


def test_meeting_anaphor_states_the_meetings_priorities():
    text = "江南省经济工作会议日前在南川举行。会议指出，要培育深海装备、空天信息等新兴产业。"
    ents = {"江南省经济工作会议": "Event", "南川": "Region", "深海装备": "Industry", "空天信息": "Industry",
            "新兴产业": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert {("江南省经济工作会议", "prioritizes", "深海装备"), ("江南省经济工作会议", "prioritizes", "空天信息")} <= got


def test_forum_anaphor_states_no_priorities():
    text = "江南数字论坛日前在南川举行。论坛指出，要培育深海装备、空天信息等新兴产业。"
    ents = {"江南数字论坛": "Event", "南川": "Region", "深海装备": "Industry", "空天信息": "Industry",
            "新兴产业": "Industry"}
    assert not of_type(run(text, ents), "prioritizes")


def test_chair_who_stresses_speaks_at_the_meeting():
    text = "省长王海涛主持召开省政府常务会议，强调要加快培育深海装备产业。"
    ents = {"王海涛": "Person", "省政府常务会议": "Event", "深海装备产业": "Industry"}
    got = run(text, ents)
    assert ("王海涛", "spokeAt", "省政府常务会议") in got
    assert ("省政府常务会议", "prioritizes", "深海装备产业") in got


def test_chair_then_speaker_in_the_next_sentence():
    text = "省长王海涛主持召开省政府常务会议，听取有关汇报。王海涛指出，要加快培育深海装备产业。"
    ents = {"王海涛": "Person", "省政府常务会议": "Event", "深海装备产业": "Industry"}
    got = run(text, ents)
    assert ("王海涛", "spokeAt", "省政府常务会议") in got
    assert ("省政府常务会议", "prioritizes", "深海装备产业") in got


def test_list_whose_last_unrecognised_item_is_joined_by_he_still_reaches_deng():
    text = "培育外骨骼机器人、智能眼镜和电子宠物等新一代智能终端。"
    ents = {"外骨骼机器人": "Technology", "智能眼镜": "Technology", "智能终端": "Technology"}
    assert of_type(run(text, ents), "partOf") == {
        ("外骨骼机器人", "partOf", "智能终端"), ("智能眼镜", "partOf", "智能终端")}


def test_fields_served_are_not_priorities():
    text = "《江南省数据空间方案》提出，推动隐私计算等技术在数据流通中的集成应用，服务纺织、印染等领域的数据共享。"
    ents = {"《江南省数据空间方案》": "Policy", "隐私计算": "Technology", "纺织": "Industry", "印染": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《江南省数据空间方案》", "prioritizes", "纺织") not in got
    assert ("《江南省数据空间方案》", "prioritizes", "隐私计算") in got


def test_scenario_fields_are_not_priorities():
    text = "《江南省人工智能方案》提出，南川等市围绕智慧纺织、智慧港口打造应用场景示范，加快发展具身智能。"
    ents = {"《江南省人工智能方案》": "Policy", "智慧纺织": "Industry", "智慧港口": "Industry", "具身智能": "Technology"}
    assert of_type(run(text, ents), "prioritizes") == {("《江南省人工智能方案》", "prioritizes", "具身智能")}


def test_fields_where_an_application_takes_shape_are_fields():
    text = "《江南省通信方案》提出，推动5G专网在港口、矿山等领域形成规模化应用。"
    ents = {"《江南省通信方案》": "Policy", "5G专网": "Technology", "港口": "Industry", "矿山": "Industry"}
    got = run(text, ents)
    assert ("5G专网", "appliedIn", "港口") in got
    assert ("《江南省通信方案》", "prioritizes", "港口") not in got


def test_country_before_a_company_is_its_nationality():
    text = "总理在北京会见德国博世公司首席执行官。"
    ents = {"北京": "Region", "德国": "Region", "博世公司": "Institution"}
    assert ("博世公司", "locatedIn", "德国") not in run(text, ents)


def test_city_before_a_museum_locates_it():
    text = "去年底，洛川文字博物馆续建工程建成开放。"
    ents = {"洛川": "Region", "文字博物馆": "Institution"}
    assert ("文字博物馆", "locatedIn", "洛川") in run(text, ents)


def test_research_and_application_of_x_then_promote_is_not_x_driving():
    text = "加快外骨骼机器人、脑机接口等新一代智能终端研发与应用，推动大模型与数控机床深度融合。"
    ents = {"外骨骼机器人": "Technology", "脑机接口": "Technology", "智能终端": "Technology",
            "大模型": "Technology", "数控机床": "Technology"}
    assert ("智能终端", "enables", "数控机床") not in run(text, ents)


def test_wide_application_of_x_then_promote_is_x_driving():
    text = "数字孪生加快推广应用，推动智能制造快速发展。"
    ents = {"数字孪生": "Technology", "智能制造": "Industry"}
    assert ("数字孪生", "enables", "智能制造") in run(text, ents)


def test_body_opening_a_clause_after_semicolon_ends_the_previous_policys_proposals():
    text = "《江南省储能方案》提出，重点发展飞轮储能；江南省科技厅等部门出台《江南省标准方案》，围绕钠离子电池开展标准研制。"
    ents = {"《江南省储能方案》": "Policy", "飞轮储能": "Technology", "江南省科技厅": "Institution",
            "《江南省标准方案》": "Policy", "钠离子电池": "Technology"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《江南省储能方案》", "prioritizes", "飞轮储能") in got
    assert ("《江南省储能方案》", "prioritizes", "钠离子电池") not in got
