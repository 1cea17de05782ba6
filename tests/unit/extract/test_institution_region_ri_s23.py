"""Institution and region names on new text (session 23).  Made-up sentences;
each positive case fails without its rule, the negative ones when a rule
over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_known_body_cut_apart_by_the_segmenter_still_opens_a_named_institution():
    # jieba cuts 科学技术|部党组: the ministry's characters still open the name
    found = ents("科学技术部党组召开专题会议，部署基础研究工作。")
    assert ("科学技术部党组", "Institution") in found
    assert ("科学技术部", "Institution") not in found


def test_a_place_glued_into_one_word_with_the_institution_head_opens_a_named_institution():
    # jieba holds place + name + head in one common-noun word
    assert ("北京口腔医院", "Institution") in ents("北京口腔医院开展数字化诊疗试点。")
    assert ("西安杨森制药有限公司", "Institution") in ents("西安杨森制药有限公司发布新药。")


def test_a_generic_institution_class_stays_no_name():
    assert not [e for e in ents("各地口腔医院开展数字化诊疗试点。") if e[1] == "Institution"]


def test_an_official_county_level_name_that_jieba_holds_as_a_plain_noun_is_a_region():
    found = ents("湖北松滋市和河北任丘市发展特色产业，黄石市下陆区建设产业园。")
    assert ("松滋市", "Region") in found
    assert ("任丘市", "Region") in found
    assert ("下陆区", "Region") in found
    assert not [e for e in ents("城市新市区建设加快推进。") if e[0] == "新市区"]


def test_a_known_company_and_the_business_it_names_a_unit_after_are_one_company():
    found = ents("支持顺丰、京东医疗在本地布局配送中心。")
    assert ("京东医疗", "Institution") in found
    assert ("京东", "Institution") not in found
    assert ("小米健康", "Institution") in ents("小米健康将推出新品。")


def test_a_known_company_and_a_business_word_inside_a_longer_phrase_stay_apart():
    found = ents("华为汽车业务快速扩张。")
    assert ("华为", "Institution") in found
    assert ("华为汽车", "Institution") not in found


def test_a_named_national_supercomputing_centre_is_one_institution():
    found = ents("国家超级计算长沙中心和国家超级计算济南中心提供算力服务。")
    assert ("国家超级计算长沙中心", "Institution") in found
    assert ("国家超级计算济南中心", "Institution") in found
    assert ("长沙", "Region") not in found


def test_a_united_nations_specialized_agency_is_an_institution():
    found = ents("国际民航组织和万国邮联发布联合报告。")
    assert ("国际民航组织", "Institution") in found
    assert ("万国邮联", "Institution") in found


def test_an_organisation_glossed_by_its_latin_abbreviation_is_named_with_it():
    found = ents("该厂由合资的日本先进显示制造公司（JDMC）运营。")
    assert ("日本先进显示制造公司", "Institution") in found
    assert ("JDMC", "Institution") in found
    found = ents("国家发展和改革委员会（NDRC）发布通知。")
    assert ("国家发展和改革委员会", "Institution") in found
    assert ("改革委员会", "Institution") not in found
    assert not [e for e in ents("该公司（ABC）表示将扩产。") if e[0] == "该公司"]


def test_a_javanese_province_after_its_country_is_a_region():
    found = ents("新厂将落户印度尼西亚西爪哇省，明年投产。")
    assert ("西爪哇省", "Region") in found
    assert ("印度尼西亚", "Region") in found


def test_a_place_after_a_foreign_division_cut_short_by_jieba_is_no_half_name():
    # jieba cuts the made-up place 卡拉旺 as 卡拉|旺 (旺 tagged an adjective)
    found = ents("新厂落户德国巴伐利亚州卡拉旺，明年投产。")
    assert ("巴伐利亚州", "Region") in found
    assert ("卡拉", "Region") not in found


def test_the_regions_energy_bases_and_regional_plans_are_named_after_are_regions():
    found = ents("推动黄河三角洲盐碱地改良，建设河西走廊和黄河几字弯新能源基地。")
    assert ("黄河三角洲", "Region") in found
    assert ("河西走廊", "Region") in found
    assert ("黄河几字弯", "Region") in found


def test_an_oil_field_enterprise_of_a_central_soe_is_an_institution():
    found = ents("依托胜利油田和长庆油田的二氧化碳资源开展驱油示范。")
    assert ("胜利油田", "Institution") in found
    assert ("长庆油田", "Institution") in found
