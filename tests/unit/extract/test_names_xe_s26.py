"""Institution, policy and region names on new text (session 26).  Made-up
sentences; each positive case fails without its rule, the negative ones when a
rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_local_bureau_after_its_city_is_one_institution():
    found = ents("舟山市海洋局会同有关部门编制海岛保护规划。")
    assert ("舟山市海洋局", "Institution") in found
    assert ("舟山市", "Region") not in found
    assert ("锡林郭勒盟农牧局", "Institution") in ents("锡林郭勒盟农牧局印发草原畜牧业方案。")


def test_a_bureau_word_without_a_named_place_stays_no_name():
    assert not [e for e in ents("全市税务局系统开展业务培训。") if e[1] == "Institution"]


def test_a_county_short_form_after_its_province_is_a_region_before_a_common_noun():
    found = ents("一座光伏电站在云南景谷林区并网发电。")
    assert ("云南", "Region") in found
    assert ("景谷", "Region") in found


def test_an_unquoted_title_with_a_space_between_its_clauses_is_one_policy():
    found = ents("省政府办公厅印发关于支持民营经济发展 促进就业扩大的意见，提出十条措施。")
    assert ("关于支持民营经济发展 促进就业扩大的意见", "Policy") in found


def test_a_programme_whose_whole_name_is_quoted_is_a_policy_without_the_marks():
    found = ents("省里部署“制造业数字化转型三年行动”，市里启动“智造强市工程”。")
    assert ("制造业数字化转型三年行动", "Policy") in found
    assert ("智造强市工程", "Policy") in found
    assert not [e for e in ents("他说“我们要一起行动”。") if e[1] == "Policy"]


def test_a_company_name_with_a_place_word_or_a_name_morpheme_is_one_company():
    assert ("东方锅炉股份有限公司", "Institution") in ents("该锅炉由东方锅炉股份有限公司自主研制。")
    assert ("武汉垣信电子有限公司", "Institution") in ents("该平台由武汉垣信电子有限公司负责运营。")


def test_a_ministry_department_before_the_verb_organise_is_not_an_organisation_name():
    found = ents("科学技术部高新技术司组织开展项目评审。")
    assert ("科学技术部高新技术司", "Institution") in found
    assert not [e for e in found if e[0].endswith("组织")]


def test_the_foreign_exchange_administration_by_its_issuer_line_short_name():
    assert ("外汇局", "Institution") in ents("人民银行、外汇局联合发布通知，规范跨境结算。")


def test_a_county_short_form_right_after_zai_before_a_siting_verb_is_a_region():
    assert ("景谷", "Region") in ents("一家企业在景谷建设林产品加工厂。")
    assert not [e for e in ents("在和平建设时期发展经济。") if e[1] == "Region"]


def test_a_unit_named_by_two_fields_joined_by_yu_is_one_institution_with_its_parent():
    found = ents("浙江大学海洋观测技术与装备全国重点实验室主任王五表示。")
    assert ("浙江大学海洋观测技术与装备全国重点实验室", "Institution") in found
    found = ents("中国电子学会人工智能与机器人分会秘书长张三表示。")
    assert ("中国电子学会人工智能与机器人分会", "Institution") in found


def test_two_bodies_joined_by_yu_stay_two_names():
    found = ents("某某大学研究院与浙江大学实验室开展合作。")
    assert not [e for e in found if "与" in e[0]]


def test_a_quoted_count_of_programmes_is_no_programme_name():
    assert not [e for e in ents("今年全市实施“五大行动”，推动产业升级。") if e[1] == "Policy"]


def test_a_major_science_project_implemented_by_name_is_a_policy():
    found = ents("省里加快实施海洋牧场装备重大科技项目，带动产业升级。")
    assert ("海洋牧场装备重大科技项目", "Policy") in found
    assert not [e for e in ents("今年实施一批重大科技项目。") if e[1] == "Policy"]


def test_a_heavy_industry_company_named_by_its_brand_and_zhonggong():
    found = ents("港口起重机由太原重工提供，带动重工业升级。")
    assert ("太原重工", "Institution") in found
    assert ("太原", "Region") not in found
    assert not [e for e in ents("推动船舶重工和装备重工发展。") if e[1] == "Institution"]
