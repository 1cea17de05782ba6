"""Relation rules, round 6: fields of application and of fusion are no priorities
of the sentence's plan, …
Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run


# ------------------------------------------------ fields of application / fusion


def test_sectors_a_technology_is_fused_with_are_its_fields_not_the_plans_priorities():
    text = "《东海省数字孪生产业发展规划》提出，推动数字孪生与港口航运、城市管理、水利深度融合。"
    ents = {"《东海省数字孪生产业发展规划》": "Policy", "数字孪生": "Technology", "港口航运": "Industry",
            "城市管理": "Industry", "水利": "Industry"}
    got = run(text, ents)
    assert of_type(got, "appliedIn") == {("数字孪生", "appliedIn", "港口航运"), ("数字孪生", "appliedIn", "城市管理"),
                                     ("数字孪生", "appliedIn", "水利")}
    assert of_type(got, "prioritizes") == {("《东海省数字孪生产业发展规划》", "prioritizes", "数字孪生")}


def test_sectors_fused_with_an_industry_are_no_priorities_either():
    text = "《东海省文旅融合实施意见》提出，推动会展产业与餐饮、零售等产业融合发展。"
    ents = {"《东海省文旅融合实施意见》": "Policy", "会展产业": "Industry", "餐饮": "Industry", "零售": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert ("《东海省文旅融合实施意见》", "prioritizes", "餐饮") not in got
    assert ("《东海省文旅融合实施意见》", "prioritizes", "零售") not in got


def test_fields_of_application_with_an_unrecognised_item_are_fields():
    # 园区周边 is no mention and 博览会 is an Event: the list is not one of names only
    text = "《南江省氢能产业发展规划》提出，推进燃料电池汽车在博览会园区周边、港口物流和冷链运输中的应用。"
    ents = {"《南江省氢能产业发展规划》": "Policy", "燃料电池汽车": "Technology", "博览会": "Event",
            "港口物流": "Industry", "冷链运输": "Industry"}
    got = run(text, ents)
    assert of_type(got, "appliedIn") == {("燃料电池汽车", "appliedIn", "港口物流"),
                                     ("燃料电池汽车", "appliedIn", "冷链运输")}
    assert of_type(got, "prioritizes") == {("《南江省氢能产业发展规划》", "prioritizes", "燃料电池汽车")}


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
    got = of_type(run(text, ents), "prioritizes")
    assert ("《东海省算力发展行动计划》", "prioritizes", "港口") in got
    assert ("《东海省算力发展行动计划》", "prioritizes", "电网") in got


# ------------------------------------------------ locatedIn / spokeAt of events


def test_meeting_convened_in_a_place_is_held_there_and_its_chair_speaks_at_it():
    text = "5月8日，李国华在江西省赣州市主持召开推动赣南老区振兴发展座谈会并发表重要讲话，强调要培育未来产业。"
    ents = {"李国华": "Person", "江西省": "Region", "赣州市": "Region", "推动赣南老区振兴发展座谈会": "Event",
            "未来产业": "Industry"}
    got = run(text, ents)
    assert of_type(got, "locatedIn") == {("推动赣南老区振兴发展座谈会", "locatedIn", "江西省"),
                                     ("推动赣南老区振兴发展座谈会", "locatedIn", "赣州市")}
    assert ("李国华", "spokeAt", "推动赣南老区振兴发展座谈会") in got
    assert ("推动赣南老区振兴发展座谈会", "prioritizes", "未来产业") in got


def test_meeting_convened_during_a_visit_is_held_in_the_place_visited():
    text = "——在海南三亚考察并主持召开推进自由贸易港建设座谈会时强调"
    ents = {"海南": "Region", "三亚": "Region", "推进自由贸易港建设座谈会": "Event"}
    assert of_type(run(text, ents), "locatedIn") == {("推进自由贸易港建设座谈会", "locatedIn", "海南"),
                                                 ("推进自由贸易港建设座谈会", "locatedIn", "三亚")}


def test_a_meeting_convened_after_a_visit_elsewhere_is_not_placed_by_the_first_clause():
    text = "他先在宁波考察港口，回京后主持召开东海经济座谈会。"
    ents = {"宁波": "Region", "东海经济座谈会": "Event"}
    assert not of_type(run(text, ents), "locatedIn")


def test_event_held_in_a_place_with_other_verbs():
    for verb in ("于杭州开幕", "在杭州拉开帷幕", "在杭州滨江鸣枪开跑", "在杭州圆满收官"):
        text = f"第三届西湖机器人马拉松4月12日{verb}。"
        ents = {"第三届西湖机器人马拉松": "Event", "杭州": "Region"}
        assert of_type(run(text, ents), "locatedIn") == {("第三届西湖机器人马拉松", "locatedIn", "杭州")}, verb


def test_an_event_written_after_an_unrecognised_one_joined_by_ji_is_held_there_too():
    text = "10月9日，星河科技在厦门举行星河之夜暨星河秋季新品发布会，星河科技总裁陈立新宣布新一代芯片量产。"
    ents = {"星河科技": "Institution", "厦门": "Region", "星河秋季新品发布会": "Event", "陈立新": "Person"}
    got = run(text, ents)
    assert ("星河秋季新品发布会", "locatedIn", "厦门") in got
    assert ("陈立新", "spokeAt", "星河秋季新品发布会") in got


def test_a_person_quoted_after_a_clause_without_an_event_speaks_at_nothing():
    text = "星河科技在厦门举行了签约仪式，星河科技总裁陈立新宣布新一代芯片量产。"
    ents = {"星河科技": "Institution", "厦门": "Region", "陈立新": "Person"}
    assert not of_type(run(text, ents), "spokeAt")


def test_a_field_the_recogniser_typed_a_technology_is_no_priority_either():
    text = "《关于推进北斗规模应用的通知》提出，推动北斗在渔业、无人机、可穿戴设备等领域的规模化应用。"
    ents = {"《关于推进北斗规模应用的通知》": "Policy", "北斗": "Technology", "渔业": "Industry",
            "无人机": "Technology", "可穿戴设备": "Technology"}
    got = run(text, ents)
    assert ("北斗", "appliedIn", "渔业") in got
    assert of_type(got, "prioritizes") == {("《关于推进北斗规模应用的通知》", "prioritizes", "北斗")}


def test_a_field_the_policy_is_named_after_stays_its_priority():
    text = "《关于加快智慧港口建设的意见》提出，推进5G、北斗等技术在智慧港口建设中的应用。"
    ents = {"《关于加快智慧港口建设的意见》": "Policy", "5G": "Technology", "北斗": "Technology",
            "智慧港口": "Industry"}
    got = run(text, ents)
    assert ("5G", "appliedIn", "智慧港口") in got
    assert ("《关于加快智慧港口建设的意见》", "prioritizes", "智慧港口") in got


# ------------------------------------------------ what a speaker at a meeting goes on to say


def test_sentences_opening_with_yao_continue_what_the_speaker_at_a_meeting_stresses():
    text = ("在全省科技工作会议上，李国华指出，要加快发展人工智能。要培育壮大低空经济和商业航天。"
            "要积极发展生物制造。随着形势变化，全省发展面临新挑战。要发展量子科技。")
    ents = {"全省科技工作会议": "Event", "李国华": "Person", "人工智能": "Technology", "低空经济": "Industry",
            "商业航天": "Industry", "生物制造": "Industry", "量子科技": "Technology"}
    got = of_type(run(text, ents), "prioritizes")
    assert got == {("全省科技工作会议", "prioritizes", x) for x in ("人工智能", "低空经济", "商业航天", "生物制造")}


def test_a_sentence_with_a_subject_of_its_own_is_no_continuation():
    text = "《东海省数字经济规划》提出，加快发展人工智能。要素市场方面，东海省数据局将培育数据标注产业。"
    ents = {"《东海省数字经济规划》": "Policy", "人工智能": "Technology", "东海省数据局": "Institution",
            "数据标注产业": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert got == {("《东海省数字经济规划》", "prioritizes", "人工智能")}


def test_carry_units_is_validated(tmp_path):
    import json

    import pytest

    from kg.errors import KgError
    from kg.extract.relations import PATTERNS_PATH, load_relation_patterns

    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    data["carry_units"] = 0
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="carry_units"):
        load_relation_patterns(bad)


def test_fields_of_an_application_whose_subject_is_not_recognised_are_no_priorities():
    text = "《南江省卫星应用实施方案》提出，发展卫星制造，推动遥测数据在渔业监测和森林防火中的应用。"
    ents = {"《南江省卫星应用实施方案》": "Policy", "卫星制造": "Industry", "渔业监测": "Industry",
            "森林防火": "Industry"}
    got = of_type(run(text, ents), "prioritizes")
    assert got == {("《南江省卫星应用实施方案》", "prioritizes", "卫星制造")}


# ------------------------------------------------ enables


def test_a_technology_that_changes_or_transforms_a_sector_enables_it():
    got = run("专家认为，量子计算将深刻变革金融业的风险管理。", {"量子计算": "Technology", "金融业": "Industry"})
    assert ("量子计算", "enables", "金融业") in got
    got = run("区块链正在改变物流行业的结算方式。", {"区块链": "Technology", "物流": "Industry"})
    assert ("区块链", "enables", "物流") in got


def test_a_change_in_a_technology_is_not_its_enabling():
    got = run("数据中心的能耗结构改变了，算力成本随之下降。", {"数据中心": "Technology", "算力": "Technology"})
    assert not of_type(got, "enables")


# ------------------------------------------------ partOf


def test_a_key_direction_of_two_categories_is_a_part_of_both():
    text = "业内认为，海洋牧场产业是海洋经济和现代农业重点发展方向。"
    ents = {"海洋牧场产业": "Industry", "海洋经济": "Industry", "现代农业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("海洋牧场产业", "partOf", "海洋经济"),
                                              ("海洋牧场产业", "partOf", "现代农业")}


def test_a_direction_without_a_key_word_is_no_category():
    text = "海洋牧场产业是海洋经济发展方向的一次探索。"
    ents = {"海洋牧场产业": "Industry", "海洋经济": "Industry"}
    assert not of_type(run(text, ents), "partOf")


def test_the_technology_after_a_frame_of_driving_a_sector_drives_it():
    text = "特别是在推动海洋渔业转型升级方面，卫星互联网通过远程监测，大大提高了作业安全。"
    got = run(text, {"海洋渔业": "Industry", "卫星互联网": "Technology"})
    assert ("卫星互联网", "enables", "海洋渔业") in got


def test_a_body_after_such_a_frame_drives_nothing():
    text = "在推动海洋渔业转型升级方面，东海省渔业局出台了多项措施。"
    got = run(text, {"海洋渔业": "Industry", "东海省渔业局": "Institution"})
    assert not of_type(got, "enables")


def test_a_fusion_written_as_an_object_does_not_drive_the_next_clauses_subject():
    text = "报告认为，7G将实现通信与感知、北斗的深度融合，太赫兹通信是其关键技术方向。"
    ents = {"7G": "Technology", "北斗": "Technology", "太赫兹通信": "Technology"}
    assert ("北斗", "enables", "太赫兹通信") not in run(text, ents)
    text = "通过与北斗、物联网等新技术深度融合，无人农机将具有更强的作业能力。"
    ents = {"北斗": "Technology", "物联网": "Technology", "无人农机": "Technology"}
    assert {("北斗", "enables", "无人农机"), ("物联网", "enables", "无人农机")} <= run(text, ents)


def test_a_later_clause_without_a_modal_still_says_what_the_subject_drives():
    text = "星载计算是空间基础设施的底座，也为深空探测布局，推动卫星互联网、遥感等领域发展提供算力支撑。"
    ents = {"星载计算": "Technology", "卫星互联网": "Technology", "遥感": "Technology"}
    got = of_type(run(text, ents), "enables")
    assert got == {("星载计算", "enables", "卫星互联网"), ("星载计算", "enables", "遥感")}


def test_a_clause_about_driving_a_sector_is_no_drive_of_the_subject():
    text = "氢能是未来能源体系的重要组成部分，推动燃料电池汽车产业发展需要完善加氢网络。"
    ents = {"氢能": "Technology", "燃料电池汽车产业": "Industry"}
    assert not of_type(run(text, ents), "enables")


# ------------------------------------------------ study sessions and executive meetings


STUDY = ("东海省委常委会4月8日下午就发展海洋经济进行第六次专题学习。省委书记李国华在主持学习时强调，"
         "要加快发展深海装备和海洋牧场。他指出，要推动卫星遥感赋能海洋渔业。")
STUDY_ENTS = {"东海省委常委会": "Institution", "第六次专题学习": "Event", "李国华": "Person", "海洋经济": "Industry",
              "深海装备": "Industry", "海洋牧场": "Industry", "卫星遥感": "Technology", "海洋渔业": "Industry"}


def test_the_chair_of_a_study_session_speaks_at_it_and_its_topic_and_stresses_are_priorities():
    got = run(STUDY, STUDY_ENTS)
    assert ("李国华", "spokeAt", "第六次专题学习") in got
    # 海洋渔业 is the sector 卫星遥感 is to enable: its field, not the session's priority
    assert of_type(got, "prioritizes") == {("第六次专题学习", "prioritizes", x)
                                        for x in ("海洋经济", "深海装备", "海洋牧场", "卫星遥感")}


def test_a_forum_is_no_policy_setting_session():
    text = "东海论坛就发展海洋经济进行专题研讨。论坛主席李国华在主持会议时表示，要发展深海装备。"
    ents = {"东海论坛": "Event", "海洋经济": "Industry", "李国华": "Person", "深海装备": "Industry"}
    got = run(text, ents)
    assert ("李国华", "spokeAt", "东海论坛") in got
    assert not of_type(got, "prioritizes")


def test_what_an_executive_meeting_studies_is_its_priority():
    text = "省长王海涛主持召开省政府常务会议，研究推动低空经济发展，审议通过有关文件。会议指出，要加快发展具身智能。"
    ents = {"王海涛": "Person", "省政府常务会议": "Event", "低空经济": "Industry", "具身智能": "Technology"}
    got = of_type(run(text, ents), "prioritizes")
    assert got == {("省政府常务会议", "prioritizes", "低空经济"), ("省政府常务会议", "prioritizes", "具身智能")}


def test_he_stresses_without_a_meeting_before_is_no_priority():
    text = "在东海，王海涛走进多家企业。他强调，要加快发展低空经济。"
    ents = {"东海": "Region", "王海涛": "Person", "低空经济": "Industry"}
    assert not of_type(run(text, ents), "prioritizes")


def test_the_theme_an_event_is_held_on_is_its_priority_whatever_the_event():
    got = run("东海市以低空经济为主题举办2025东海科技周。", {"东海市": "Region", "低空经济": "Industry", "2025东海科技周": "Event"})
    assert ("2025东海科技周", "prioritizes", "低空经济") in got
    got = run("东海省政府以海洋牧场为主题进行第四次专题学习。",
              {"东海省政府": "Institution", "海洋牧场": "Industry", "第四次专题学习": "Event"})
    assert ("第四次专题学习", "prioritizes", "海洋牧场") in got
    # what a forum is held around, without 主题, is no stated theme
    got = run("东海市围绕低空经济举办2025东海科技周。", {"东海市": "Region", "低空经济": "Industry", "2025东海科技周": "Event"})
    assert not of_type(got, "prioritizes")


def test_a_proposal_or_decision_named_by_its_generic_noun_states_priorities():
    for noun in ("建议", "决定"):
        text = f"东海省委印发《关于加快建设海洋强省的{noun}》。{noun}提出，要培育壮大深海装备和海洋牧场。"
        pol = f"《关于加快建设海洋强省的{noun}》"
        ents = {"东海省委": "Institution", pol: "Policy", "深海装备": "Industry", "海洋牧场": "Industry"}
        assert of_type(run(text, ents), "prioritizes") == {(pol, "prioritizes", "深海装备"), (pol, "prioritizes", "海洋牧场")}


def test_experts_suggesting_is_no_policy():
    text = "东海省委印发《关于加快建设海洋强省的意见》。专家建议，要发展海洋牧场。"
    ents = {"东海省委": "Institution", "《关于加快建设海洋强省的意见》": "Policy", "海洋牧场": "Industry"}
    assert not of_type(run(text, ents), "prioritizes")


def test_yao_after_a_plan_is_the_writers_advice_not_the_plan():
    text = "《东海省海洋经济发展规划》提出，加快发展深海装备。要发展海洋牧场。"
    ents = {"《东海省海洋经济发展规划》": "Policy", "深海装备": "Industry", "海洋牧场": "Industry"}
    assert of_type(run(text, ents), "prioritizes") == {("《东海省海洋经济发展规划》", "prioritizes", "深海装备")}


def test_speech_continuation_is_validated(tmp_path):
    import json

    import pytest

    from kg.errors import KgError
    from kg.extract.relations import PATTERNS_PATH, load_relation_patterns

    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    data["speech_continuation"] = "^(要"
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="speech_continuation"):
        load_relation_patterns(bad)
