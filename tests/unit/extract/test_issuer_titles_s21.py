"""Policy titles written without 《》 after their issuer, session 21: a region's
plan after the other issuing verbs (下发了, 公布, 推出, 联合发布) and after a 的-clause
(拟定的, 起草的, 下发的), the plan heads of municipal drafting (培育方案, 攻坚方案,
振兴计划, 跃升计划, 培育规划 …), a title holding 及 or a “十四五” quote, 关于…的实施方案
after an issuing verb, a national plan (国家…规划) before 部署, a plan described
by its years (面向…的); and their issuers: 拟定/起草 as issuing verbs, bodies
listed after 会同 (not one body), a leading body and the bodies that took part
(由A牵头，B、C配合), the partners a programme is launched with, a short title
named after a document issued by description (出台一份…的行动计划。《行动计划》…),
a city's short-named departments (某市工信局) and a 合作总社 (ontology/patterns/
entities.json, relations.json).  Every sentence is made up for this test, none
taken from an annotated passage."""
from __future__ import annotations

from kg.extract import extract_text

POL, INS = "Policy", "Institution"


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


def issuers(text: str) -> set[tuple[str, str]]:
    return {(r.head_text, r.tail_text) for r in extract_text(text).relations if r.type == "issuedBy"}


# --- titles after an issuing verb


def test_a_region_s_plan_handed_down_with_le_is_a_title_issued_by_the_office():
    text = "青川市人民政府办公厅下发了青川市算力产业提速行动方案，部署建成两座智算中心。"
    assert "青川市算力产业提速行动方案" in typed(text, POL)
    assert ("青川市算力产业提速行动方案", "青川市人民政府办公厅") in issuers(text)


def test_a_cultivation_plan_drafted_with_le_is_a_title():
    text = "青川市经济和信息化局牵头编制了青川市储能电池产业培育规划，把储能电池作为全市首位产业。"
    assert "青川市储能电池产业培育规划" in typed(text, POL)
    assert ("青川市储能电池产业培育规划", "青川市经济和信息化局") in issuers(text)


def test_a_published_plan_keeps_its_place_and_its_quoted_plan_period():
    text = "青川市政府办公室日前公布青川市港航物流“十四五”发展规划；港航物流被列为支柱产业。"
    pols = typed(text, POL)
    assert "青川市港航物流“十四五”发展规划" in pols, pols
    assert "“十四五”发展规划" not in pols, pols


def test_two_bureaus_jointly_release_a_cultivation_plan():
    text = "青川市工业和信息化局、青川市科技局联合发布青川市先进封装产业链培育方案，遴选十家封装企业重点扶持。"
    assert "青川市先进封装产业链培育方案" in typed(text, POL)
    got = issuers(text)
    assert ("青川市先进封装产业链培育方案", "青川市工业和信息化局") in got, got
    assert ("青川市先进封装产业链培育方案", "青川市科技局") in got, got


def test_a_leap_plan_launched_by_a_bureau():
    text = "青川市经济和信息化局日前推出青川市光电产业跃升计划，力争显示模组产值翻番。"
    assert ("青川市光电产业跃升计划", "青川市经济和信息化局") in issuers(text)


def test_a_revitalisation_plan_issued_by_the_government():
    text = "青川市人民政府印发青川市精密仪器产业振兴计划，提出攻关传感器。"
    assert ("青川市精密仪器产业振兴计划", "青川市人民政府") in issuers(text)


# --- titles after a 的-clause


def test_a_plan_issued_by_a_government_before_tichu_is_a_title():
    text = "青川市人民政府印发的青川市甲醇燃料产业链培育方案指出，绿色甲醇是主攻方向。"
    assert ("青川市甲醇燃料产业链培育方案", "青川市人民政府") in issuers(text)


def test_a_plan_drafted_after_study_is_issued_by_the_drafter():
    text = "青川市工业和信息化局负责起草的青川市工厂数字化改造攻坚方案要求，每家规上企业建一个工业互联网平台。"
    assert "青川市工厂数字化改造攻坚方案" in typed(text, POL)
    assert ("青川市工厂数字化改造攻坚方案", "青川市工业和信息化局") in issuers(text)


def test_a_plan_drawn_up_with_other_departments_by_a_short_named_bureau():
    text = "衡水市工信局会同有关部门拟定的衡水市功能纤维产业强链行动计划，把差别化纤维列为主攻方向。"
    assert "衡水市工信局" in typed(text, INS)
    assert ("衡水市功能纤维产业强链行动计划", "衡水市工信局") in issuers(text)


def test_a_plan_title_may_hold_ji():
    text = "青川市发展改革委牵头起草的青川市风电及储能装备产业发展规划指出，叶片链条要向下游延伸。"
    assert ("青川市风电及储能装备产业发展规划", "青川市发展改革委") in issuers(text)


def test_an_about_title_ending_in_a_plan_after_xiafa_de():
    text = "青川市政府办公厅日前下发的关于推进精细化工产业集群建设的实施方案明确，以电子化学品为重点品类。"
    assert "关于推进精细化工产业集群建设的实施方案" in typed(text, POL)
    assert ("关于推进精细化工产业集群建设的实施方案", "青川市政府办公厅") in issuers(text)


def test_a_national_plan_before_bushu_is_one_title():
    text = "国家海洋研究基金委员会近日发布的国家海洋研究基金“十五五”发展规划部署加强深海研究。"
    pols = typed(text, POL)
    assert "国家海洋研究基金“十五五”发展规划" in pols, pols
    assert ("国家海洋研究基金“十五五”发展规划", "国家海洋研究基金委员会") in issuers(text)


def test_a_plan_described_by_its_years_is_a_title():
    text = "工业和信息化部印发面向2031至2033年的卫星互联网融合发展行动计划，推动卫星通信融合应用。"
    assert "卫星互联网融合发展行动计划" in typed(text, POL)
    assert ("卫星互联网融合发展行动计划", "工业和信息化部") in issuers(text)


# --- issuers


def test_bodies_after_huitong_are_issuers_each_not_one_body():
    text = "国家发展改革委会同财政部、商务部于2031年联合制定《某某物流三年行动方案》。"
    insts = typed(text, INS)
    assert "国家发展改革委会同财政部" not in insts, insts
    got = issuers(text)
    for body in ("国家发展改革委", "财政部", "商务部"):
        assert ("《某某物流三年行动方案》", body) in got, got


def test_a_leading_body_and_the_bodies_taking_part_issue_jointly():
    text = "由国家林草局牵头，自然资源部与商务部参与，三部门联合印发关于推进智慧林业发展的指导意见。"
    got = issuers(text)
    for body in ("国家林草局", "自然资源部", "商务部"):
        assert ("关于推进智慧林业发展的指导意见", body) in got, got


def test_a_short_title_after_a_document_issued_by_description():
    text = "工业和信息化部在2031年出台一份为期五年的行动计划，力促卫星互联网与地面网络融合。《行动计划》以卫星通信为重点。"
    assert ("《行动计划》", "工业和信息化部") in issuers(text)


def test_a_short_title_after_a_sentence_that_issues_nothing_has_no_issuer():
    text = "工业和信息化部在2031年召开座谈会，研究卫星互联网与地面网络融合。《行动计划》以卫星通信为重点。"
    assert not issuers(text)


def test_the_partners_a_programme_is_launched_with_issue_it_too():
    text = "为推动青年创新，共青团中央联合中国科协、科技部启动“星火创客”科技行动，围绕人工智能组织攻关。"
    got = issuers(text)
    for body in ("共青团中央", "科技部", "中国科协"):
        assert ("“星火创客”科技行动", body) in got, got


def test_a_cooperative_head_office_is_an_institution():
    text = "青川市供销合作总社印发《冷链物流数字化三年行动方案》，要求建成冷链物流网络。"
    assert ("《冷链物流数字化三年行动方案》", "青川市供销合作总社") in issuers(text)


# --- no title


def test_plans_issued_by_places_in_general_are_no_title():
    assert not typed("各地出台的数字经济发展规划，各有侧重。", POL)


def test_a_company_s_talent_plan_is_no_title():
    assert not typed("某公司推出人才培育计划，吸引青年工程师。", POL)


def test_plans_in_general_after_an_issuing_verb_are_no_title():
    assert not typed("近年来各地推出产业振兴计划和人才提升计划。", POL)


def test_the_defence_industry_bureau_by_its_short_name_issues_with_its_partners():
    text = "国防科工局与财政部于2031年联合印发国家深空探测中长期发展规划，力争建成探测体系。"
    assert "国防科工局" in typed(text, INS)
    got = issuers(text)
    assert ("国家深空探测中长期发展规划", "国防科工局") in got, got
    assert ("国家深空探测中长期发展规划", "财政部") in got, got


def test_a_master_plan_of_a_new_area_is_a_title():
    text = "国务院近日印发河北青川新区总体规划，提出建设智能城市。"
    assert ("河北青川新区总体规划", "国务院") in issuers(text)


def test_a_construction_plan_drawn_up_with_le_is_a_title():
    text = "青川市农业农村局拟定了青川市数字乡村建设方案，提出推广智慧农业。"
    assert "青川市数字乡村建设方案" in typed(text, POL)


def test_a_promotion_plan_after_an_issuing_verb_is_a_title():
    text = "青川市人民政府印发青川市算力网络推进方案，明确建设算力枢纽。"
    assert "青川市算力网络推进方案" in typed(text, POL)


def test_a_five_year_plan_keeps_the_topic_written_before_its_period():
    text = "2031年工作要求全面落实海洋装备产业“十五五”规划，加快发展深海装备。"
    pols = typed(text, POL)
    assert "海洋装备产业“十五五”规划" in pols, pols
    assert "“十五五”规划" not in pols, pols


def test_a_five_year_plan_without_a_topic_stays_the_period_plan():
    assert typed("各地要落实好“十五五”规划。", POL) == {"“十五五”规划"}
