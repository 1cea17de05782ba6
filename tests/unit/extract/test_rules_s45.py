"""Session 45's rules.  A province written before a city's zone committee by the
city's short name (某省|某市高新区管委会) or before a park committee named with its
sector is a place of its own; a plan led by a province's short name after an
issuing verb is a policy; chambers of commerce, promotion centres, long
technology alliances, the listed national innovation centres and companies
named for managing or investing are bodies; a report lead written as 该校教授,
a plan a demonstrative body issues, a registered company's place and what a
plan is organised around (围绕) are read; 訾 is a surname.  Made-up bodies,
titles and people on real places; each test of a reading fails without its
rule, the others guard what a rule must leave alone (the new-area name, the
inner-lexicon key's check)."""
from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract.lexicon import load_entity_patterns, validate_patterns
from support.entities import ents, rels, rule_rels


def test_a_province_before_a_city_written_by_its_short_name_splits_off_the_zone_committee():
    text = "甘肃天水经济技术开发区管委会2023年印发《天水经开区氢能产业发展方案》。"
    found = ents(text)
    assert {("甘肃", "Region"), ("天水经济技术开发区管委会", "Institution")} <= found, found
    assert ("天水经济技术开发区管委会", "locatedIn", "甘肃") in rels(text)


def test_a_new_area_written_with_its_province_keeps_its_official_name():
    assert ("四川天府新区管理委员会", "Institution") in ents("四川天府新区管理委员会2023年印发方案。")


def test_a_plan_led_by_a_province_short_name_after_an_issuing_verb_is_a_policy():
    text = "云南省人民政府办公厅2022年印发的云南青溪咖啡精深加工专项行动方案提出，推广冷萃提取技术。"
    found = ents(text)
    assert ("云南青溪咖啡精深加工专项行动方案", "Policy") in found, found
    assert ("云南", "Region") not in found  # (inside the title)
    assert ("云南青溪咖啡精深加工专项行动方案", "issuedBy", "云南省人民政府办公厅") in rels(text)


def test_who_leads_a_university_report_belongs_to_the_university_written_as_this_school():
    text = "青溪理工大学2023年发布的海洋牧场发展报告指出，深海网箱正加快推广；报告负责人、该校教授蓝书远认为，应加快装备攻关。"
    assert ("蓝书远", "affiliatedWith", "青溪理工大学") in rels(text)


def test_chambers_of_commerce_promotion_centres_and_long_technology_alliances_are_bodies():
    found = ents("德阳市川菜商会、德阳市会展促进中心和中国青溪装备产业技术创新战略联盟联合发布倡议。")
    assert {("德阳市川菜商会", "Institution"), ("德阳市会展促进中心", "Institution"),
            ("中国青溪装备产业技术创新战略联盟", "Institution")} <= found, found


def test_a_park_committee_named_with_its_sector_is_one_body_and_the_province_before_it_a_place():
    text = "江苏青溪现代农业示范基地管委会2023年印发《青溪基地智慧农业培育方案》。"
    found = ents(text)
    assert {("江苏", "Region"), ("青溪现代农业示范基地管委会", "Institution")} <= found, found
    assert ("现代农业", "Industry") not in found
    assert ("《青溪基地智慧农业培育方案》", "issuedBy", "青溪现代农业示范基地管委会") in rels(text)


def test_a_company_named_for_managing_or_investing_is_whole_and_registered_where_it_is_written():
    text = "注册在高邮市的青溪园区运营管理有限公司是当地产业园的运营方，该公司2023年发布《青溪产业园招商规划》，提出发展光伏逆变器。"
    found = ents(text)
    assert ("青溪园区运营管理有限公司", "Institution") in found, found
    found_rels = rels(text)
    assert ("青溪园区运营管理有限公司", "locatedIn", "高邮市") in found_rels, found_rels
    assert ("《青溪产业园招商规划》", "issuedBy", "青溪园区运营管理有限公司") in found_rels


def test_a_company_whose_name_holds_investment_and_management_is_one_body():
    found = ents("青溪投资管理有限公司与青溪资产管理有限公司签约。")
    assert {("青溪投资管理有限公司", "Institution"), ("青溪资产管理有限公司", "Institution")} <= found, found


def test_zi_of_the_hundred_family_names_opens_a_name():
    text = "青溪大学光学与电子信息学院教授訾云帆作主旨报告，介绍了硅光集成。"
    assert ("訾云帆", "affiliatedWith", "青溪大学光学与电子信息学院") in rels(text)


def test_a_national_manufacturing_innovation_centre_is_a_body_by_its_listed_name():
    text = "国家先进功能纤维创新中心2023年发布《青溪纤维产业技术路线图》，提出发展智能纺织品。"
    found = ents(text)
    assert ("国家先进功能纤维创新中心", "Institution") in found, found
    assert ("《青溪纤维产业技术路线图》", "issuedBy", "国家先进功能纤维创新中心") in rels(text)


def test_the_inner_place_lexicons_must_name_lexicon_files():
    data = load_entity_patterns()
    heads = {k: dict(v) for k, v in data["heads"].items()}
    heads["Institution"]["split_outer_place_inner_lexicons"] = ["region_admin"]
    validate_patterns(dict(data, heads=heads))
    for bad in (["region_nowhere"], "region_admin", [3]):
        heads["Institution"]["split_outer_place_inner_lexicons"] = bad
        with pytest.raises(KgError, match="split_outer_place_inner_lexicons"):
            validate_patterns(dict(data, heads=heads))


def test_what_a_plan_is_organised_around_and_then_develops_are_its_priorities():
    # (the rules alone: the relation gap-filler guesses some of these in a short text)
    found = rule_rels("《方案》围绕智能终端制造和数据服务两个方向，发展数据标注、呼叫中心等服务外包，做大数字产业规模。")
    assert {("《方案》", "prioritizes", "智能终端制造"), ("《方案》", "prioritizes", "服务外包"),
            ("《方案》", "prioritizes", "数字产业")} <= found, found
