"""Policy titles, institutions and issuedBy on new text (session 24): unbracketed
titles right after an issuing verb (关于…的 + a document noun with or without a
drafting verb, a drafting verb … 的若干措施, a count of measures, a plan with its
period), 实施…专项, a province before a city's body, a local government in
由…印发, alliances, a university's technology-transfer centre, and the issuer
of a drafted document that another body issued.  Made-up sentences; each
positive case fails without its rule, the negative ones when it over-reaches."""
from __future__ import annotations

from support.entities import ents, rels


def test_about_title_after_an_issuing_verb_needs_no_drafting_verb():
    text = "某省科技厅近日发布关于区域海藻养殖数字化的指导意见，提出多项任务。"
    assert ("关于区域海藻养殖数字化的指导意见", "Policy") in ents(text)


def test_about_title_ends_on_policy_measures_and_work_guidance():
    found = ents("某市商务局联合印发关于支持冷链装备产业提质扩能的若干政策措施。")
    assert ("关于支持冷链装备产业提质扩能的若干政策措施", "Policy") in found
    assert ("关于支持冷链装备产业提质扩能的若干政策", "Policy") not in found
    found = ents("该中心日前发布关于引导园区布局类脑芯片的工作指引，要求加强服务。")
    assert ("关于引导园区布局类脑芯片的工作指引", "Policy") in found


def test_drafting_verb_title_without_about_after_an_issuing_verb():
    found = ents("某县出台支持竹纤维和林下中药材种植的若干措施，列出五项任务。")
    assert ("支持竹纤维和林下中药材种植的若干措施", "Policy") in found


def test_the_same_phrase_without_an_issuing_verb_is_no_title():
    found = ents("各地要研究支持竹纤维和林下中药材种植的若干措施。")
    assert not any(t == "支持竹纤维和林下中药材种植的若干措施" for t, _ in found)


def test_counted_measures_after_an_issuing_verb():
    found = ents("某区管委会日前出台柔性显示产业提质发展八条措施，聚焦三个环节。")
    assert ("柔性显示产业提质发展八条措施", "Policy") in found
    found = ents("某市出台了十条措施，支持企业发展。")
    assert not any(t.endswith("条措施") for t, _ in found)


def test_plan_with_its_period_after_an_issuing_verb():
    found = ents("2026年，某市人民政府印发海洋牧场某湾建设规划（2026—2040年），明确三项任务。")
    assert ("海洋牧场某湾建设规划（2026—2040年）", "Policy") in found


def test_a_plan_without_its_period_is_left_alone():
    found = ents("某市人民政府印发海洋牧场某湾建设规划，明确三项任务。")
    assert ("海洋牧场某湾建设规划", "Policy") not in found


def test_programme_named_with_zhuanxiang():
    found = ents("实施深海探测预研专项，围绕水下机器人开展攻关。")
    assert ("深海探测预研专项", "Policy") in found


def test_many_programmes_of_a_kind_are_no_name():
    found = ents("实施一批海洋牧场先导科技专项，推动成果转化。")
    assert not any(t.endswith("专项") for t, _ in found)


def test_a_province_before_a_city_body_is_a_region_of_its_own():
    found = ents("江西赣州市工业和信息化局召开会议。")
    assert ("江西", "Region") in found
    assert ("赣州市工业和信息化局", "Institution") in found


def test_a_drafter_is_not_the_issuer_when_another_body_issued_it():
    text = "衢州市科学技术局组织编制的衢州市数字农业三年行动方案近日已由市政府办公室印发实施。"
    assert ("市政府办公室", "Institution") in ents(text)
    got = rels(text)
    assert ("衢州市数字农业三年行动方案", "issuedBy", "市政府办公室") in got
    assert not any(r[1] == "issuedBy" and r[2] == "衢州市科学技术局" for r in got)


def test_a_prefecture_government_written_with_zhou():
    assert ("恩施州人民政府", "Institution") in ents("恩施州人民政府近日部署春耕工作。")


def test_an_alliance_named_after_its_country_or_place():
    assert ("中国海洋装备产业联盟", "Institution") in ents("中国海洋装备产业联盟在年会上发布报告。")
    assert ("中关村氢能产业技术联盟", "Institution") in ents("中关村氢能产业技术联盟秘书长表示，需求旺盛。")


def test_an_alliance_of_a_field_alone_is_no_name():
    found = ents("多家企业成立人工智能产业联盟。")
    assert not any(t.endswith("联盟") for t, _ in found)


def test_a_university_technology_transfer_centre_is_one_institution():
    found = ents("东华大学长三角技术转移中心主任表示，成果转化提速。")
    assert ("东华大学长三角技术转移中心", "Institution") in found


def test_the_former_insurance_regulator_is_an_institution():
    text = "财政部、保监会近日联合印发关于保险资金支持海洋牧场建设的指导意见。"
    assert ("保监会", "Institution") in ents(text)
    assert ("关于保险资金支持海洋牧场建设的指导意见", "issuedBy", "保监会") in rels(text)


def test_a_document_issued_together_with_another_has_the_same_issuers():
    text = "水利部、国家林业和草原局近日共同印发《竹产业科技创新行动计划》，并同步发布《竹产业关键技术路线图》。"
    got = rels(text)
    assert ("《竹产业关键技术路线图》", "issuedBy", "水利部") in got
    assert ("《竹产业关键技术路线图》", "issuedBy", "国家林业和草原局") in got


def test_programmes_listed_before_a_count_of_key_projects():
    found = ents("纲要部署了海洋牧场智能化改造工程、远洋渔业装备提升工程等6项重点工程，要求加强协同。")
    assert ("海洋牧场智能化改造工程", "Policy") in found
    assert ("远洋渔业装备提升工程", "Policy") in found
    found = ents("规划设置深海资源勘探行动、极地装备突破行动等重大工程。")
    assert ("深海资源勘探行动", "Policy") in found


def test_a_programme_list_without_the_closing_count_is_left_to_the_formulas():
    found = ents("会议讨论了海洋牧场改造、远洋渔业装备提升等问题。")
    assert not any(t.endswith("提升") for t, _ in found)


def test_a_body_issuing_with_its_superiors_consent_is_the_issuer():
    text = "农业农村部办公厅经农业农村部同意，日前印发关于推动海洋牧场提质增效的指导意见，作出安排。"
    assert ("关于推动海洋牧场提质增效的指导意见", "issuedBy", "农业农村部办公厅") in rels(text)


def test_a_new_period_title_after_an_issuing_verb():
    found = ents("某省政府出台新时期推动海洋装备产业和渔业提质增效的若干政策，列出多项举措。")
    assert ("新时期推动海洋装备产业和渔业提质增效的若干政策", "Policy") in found


def test_short_company_names_in_a_list_closed_by_a_class_of_enterprises():
    found = ents("该市支持华澜、众诚等企业开展数字化改造。")
    assert {("华澜", "Institution"), ("众诚", "Institution")} <= found
    assert ("北奔重卡", "Institution") in ents("规划提出依托北奔重卡等龙头企业，攻关线控底盘。")


def test_sectors_and_kinds_of_company_before_the_class_are_no_companies():
    found = ents("支持新能源汽车、光伏等企业扩大出口。")
    assert ("新能源汽车", "Industry") in found and not any(ty == "Institution" for _, ty in found)
    assert not any(ty == "Institution" for _, ty in ents("鼓励民营、中小等企业参与。"))


def test_a_quoted_plus_before_chanye_is_a_sector():
    found = ents("推动火箭发射、航天育种等“航天+”产业协同。")
    assert ("“航天+”产业", "Industry") in found
    assert ("航天+", "Policy") not in found


def test_a_list_holding_a_sector_or_a_lone_common_word_names_no_company():
    found = ents("推动钢铁、水泥等企业超低排放改造。")
    assert ("水泥", "Institution") not in found
    assert ("水泥", "Institution") not in ents("推动水泥等企业改造。")


def test_a_party_group_before_its_secretary_is_a_title_not_a_body():
    found = ents("中国电子科技集团党组副书记王明远说，订单增长。")
    assert not any(t.endswith("党组") for t, _ in found)
    assert ("中国科学院党组", "Institution") in ents("中国科学院党组在某刊撰文指出，要加强基础研究。")


def test_capitals_before_a_signing_verb_after_a_company_word_name_the_company():
    assert ("QWERT", "Institution") in ents("某公司近日与某国企业QWERT签署储能供货协议。")
    assert not any(ty == "Institution" for _, ty in ents("某公司CEO表示，订单增长。"))


def test_a_body_after_a_plural_quantifier_is_a_kind_of_body():
    found = ents("在基础较好的地区布局若干海洋牧场技术研究院，加强攻关。")
    assert not any(ty == "Institution" for _, ty in found)
