"""Class heads that keep a known name whole (session 18): a government's office,
a city's bureau named by its function, a university's hospital, a region's
oilfield, and a known technology followed by the class word of its product,
network, facility or instrument.  Made-up sentences; each positive case fails
when its rule is removed, the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_the_office_of_a_city_government_is_the_name_not_the_government():
    found = ents("襄阳市政府办公室近期下发工作要点。")
    assert ("襄阳市政府办公室", "Institution") in found
    assert ("襄阳市政府", "Institution") not in found


def test_a_city_bureau_named_by_its_function_is_one_institution():
    found = ents("青岛市大数据发展局联合有关部门发布通知。")
    assert ("青岛市大数据发展局", "Institution") in found
    assert ("青岛市", "Region") not in found


def test_a_bureau_word_inside_another_word_builds_nothing():
    found = ents("形成产业生态融合发展局面。")
    assert not any(etype == "Institution" for _, etype in found)


def test_a_university_hospital_is_one_institution():
    found = ents("武汉大学第二附属医院和山东大学第三附属医院签署协议。")
    assert ("武汉大学第二附属医院", "Institution") in found
    assert ("山东大学第三附属医院", "Institution") in found
    assert ("武汉大学", "Institution") not in found


def test_a_region_and_its_oilfield_name_an_enterprise():
    found = ents("推动吉林油田、河南油田加快数字化转型。")
    assert ("吉林油田", "Institution") in found
    assert ("河南油田", "Institution") in found
    assert ("吉林", "Region") not in found


def test_a_dedicated_or_optical_network_keeps_its_sector_or_grade():
    found = ents("加快政务专网和万兆光网建设。")
    assert ("政务专网", "Technology") in found
    assert ("万兆光网", "Technology") in found
    assert ("政务", "Industry") not in found


def test_a_facility_after_a_known_technology_is_one_technology():
    found = ents("建设换电设施，完善公共设施。")
    assert ("换电设施", "Technology") in found
    assert ("换电", "Technology") not in found
    assert not any(text.endswith("公共设施") for text, _ in found)


def test_an_instrument_keeps_what_it_measures_but_a_custom_is_no_instrument():
    found = ents("研制在线质谱分析仪，注重商务礼仪。")
    assert ("在线质谱分析仪", "Technology") in found
    assert not any("礼仪" in text for text, _ in found)


def test_a_named_probe_keeps_the_body_it_explores():
    found = ents("嫦娥七号月球探测器计划明年发射。")
    assert ("嫦娥七号月球探测器", "Technology") in found
    assert ("嫦娥七号", "Technology") not in found


def test_a_named_navigation_system_is_one_technology():
    found = ents("北斗二号卫星导航系统完成使命。")
    assert ("北斗二号卫星导航系统", "Technology") in found
    assert ("北斗二号卫星", "Technology") not in found


def test_a_circuit_after_a_known_technology_is_one_technology():
    found = ents("推进量子计算电路研究。")
    assert ("量子计算电路", "Technology") in found


def test_a_composite_keeps_its_reinforcing_material_and_the_bare_class_builds_nothing():
    found = ents("推广石墨烯复合材料，扶持复合材料加工厂。")
    assert ("石墨烯复合材料", "Technology") in found
    assert ("复合材料", "Technology") not in found


def test_an_operating_system_keeps_its_version_but_not_a_count():
    found = ents("升级到iOS 19和visionOS 3，用户超过iOS 5亿。")
    assert ("iOS 19", "Technology") in found
    assert ("visionOS 3", "Technology") in found
    assert ("iOS 5", "Technology") not in found


def test_a_process_node_is_one_technology_and_a_bare_size_none():
    found = ents("代工厂以2纳米制程量产，采用5nm工艺，线宽为7纳米。")
    assert ("2纳米制程", "Technology") in found
    assert ("5nm工艺", "Technology") in found
    assert not any(text == "7纳米" for text, _ in found)


def test_a_scrapped_product_is_still_the_product_but_a_veteran_is_none():
    found = ents("加强废旧动力电池回收，促进退役军人就业。")
    assert ("废旧动力电池", "Technology") in found
    assert not any(text.startswith("退役") for text, _ in found)


def test_remanufacturing_is_read_whole_but_not_as_a_clause_verb():
    found = ents("支持再制造在农业机械领域应用，做强再制造产业，再制造出一批产品。")
    assert ("再制造", "Technology") in found
    assert ("再制造产业", "Industry") in found
    assert ("制造产业", "Industry") not in found


def test_two_power_sources_written_together_are_two_sectors():
    found = ents("在沿海布局风电光伏一体化项目，推动石化化工转型。")
    assert ("风电", "Industry") in found
    assert ("光伏", "Industry") in found
    assert ("风电光伏", "Industry") not in found
    assert ("石化化工", "Industry") in found  # other sectors written together stay one name


def test_a_domain_word_jieba_tags_as_an_idiom_names_a_model_class():
    found = ents("部门联合研发自然资源大模型。")
    assert ("自然资源大模型", "Technology") in found
    assert ("大模型", "Technology") not in found
    assert ("抢险救灾机器人", "Technology") in ents("各地配备抢险救灾机器人。")


def test_a_graded_material_is_one_technology_before_a_later_sector_word():
    found = ents("发展特种陶瓷、高纯石墨等先进无机非金属材料。")
    assert ("特种陶瓷", "Technology") in found
    assert ("高纯石墨", "Technology") in found


def test_a_materials_sector_named_by_its_base_element_is_one_industry():
    found = ents("推动镁基新材料、稀土新材料集聚发展，建设新材料高地。")
    assert ("镁基新材料", "Industry") in found
    assert ("稀土新材料", "Industry") in found
    assert ("新材料", "Industry") in found  # the bare sector elsewhere stays


def test_smart_or_digital_before_a_sector_names_a_sector_but_not_before_a_facility_or_activity():
    found = ents("到2027年，数字农业水平显著提升，智能安防覆盖城乡。")
    assert ("数字农业", "Industry") in found
    assert ("智能安防", "Industry") in found
    assert ("农业", "Industry") not in found
    found = ents("建设智能港口，推进智能药物研发。")
    assert ("智能港口", "Technology") in found
    assert ("智能药物研发", "Industry") not in found
