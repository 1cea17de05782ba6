"""Technology names on new text (session 25): ships named by their class are a
product class, and the numbered craft of the space-lab, rover and launcher
series are named products. Made-up sentences; each positive case fails when
its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_ship_class_is_a_product_class():
    found = ents("港航集团计划新增一批智能船舶，并试点电动船舶。")
    assert {("智能船舶", "Technology"), ("电动船舶", "Technology")} <= found
    assert ("智能船舶", "Industry") not in found


def test_the_bare_ship_sector_stays_a_sector():
    found = ents("做强船舶、汽车等优势产业。")
    assert ("船舶", "Industry") in found
    assert ("船舶", "Technology") not in found


def test_numbered_launchers_of_the_new_series_are_named_products():
    found = ents("捷龙三号运载火箭与天龙二号相继完成发射，引力一号的试验也已完成。")
    assert {("捷龙三号运载火箭", "Technology"), ("天龙二号", "Technology"), ("引力一号", "Technology")} <= found


def test_a_numbered_rover_keeps_its_vehicle_class_and_a_space_lab_is_a_product():
    found = ents("玉兔二号月球车在月背完成新一轮巡视，天宫二号此前已受控离轨。")
    assert {("玉兔二号月球车", "Technology"), ("天宫二号", "Technology")} <= found


def test_a_common_word_of_a_series_name_without_its_number_is_none():
    found = ents("科学家测量了地月之间的引力变化。")
    assert not any(text.startswith("引力") for text, _ in found)


def test_the_drug_kinds_of_the_drug_making_classes_are_sectors():
    found = ents("该区重点发展中成药、中药饮片和兽药，做优现代中药。")
    assert {("中成药", "Industry"), ("中药饮片", "Industry"), ("兽药", "Industry"), ("现代中药", "Industry")} <= found


def test_a_bulk_drug_sector_written_alone_is_a_sector():
    found = ents("推动原料药绿色化改造。")
    assert ("原料药", "Industry") in found


def test_an_aircraft_class_named_by_its_size_or_use_is_a_product_class():
    found = ents("该公司加快大型飞机研制，民用客机交付提速。")
    assert {("大型飞机", "Technology"), ("民用客机", "Technology")} <= found


def test_a_bare_aircraft_word_is_no_name():
    found = ents("旅客乘坐飞机出行更加便捷。")
    assert not any(text.endswith("飞机") for text, _ in found)


def test_producer_service_sectors_are_sectors_as_written():
    found = ents("推动服务外包向高端化发展，培育第三方物流和融资租赁等生产性服务业。")
    assert {("服务外包", "Industry"), ("第三方物流", "Industry"), ("融资租赁", "Industry")} <= found
    assert ("物流", "Industry") not in found


def test_lines_of_business_named_by_their_own_documents_are_sectors():
    found = ents("推行合同能源管理，扩大信息消费，做大航空货运。")
    assert {("合同能源管理", "Industry"), ("信息消费", "Industry"), ("航空货运", "Industry")} <= found


def test_named_technologies_of_national_plans_are_technologies():
    found = ents("该所围绕知识计算引擎和自主无人系统开展攻关，并建设高温气冷堆示范工程。")
    assert {("知识计算引擎", "Technology"), ("自主无人系统", "Technology"), ("高温气冷堆", "Technology")} <= found


def test_energy_technology_areas_and_plan_fields_are_technologies():
    found = ents("该省加快先进核能、现代电网和高效燃气轮机领域的技术创新，前瞻布局深海空天开发。")
    assert {("先进核能", "Technology"), ("现代电网", "Technology"), ("高效燃气轮机", "Technology"),
            ("深海空天开发", "Technology")} <= found


def test_techniques_and_facilities_of_field_plans_are_technologies():
    found = ents("园区建成智能微电网，配套充电设施，并试验分子设计育种和永磁电机。")
    assert {("智能微电网", "Technology"), ("充电设施", "Technology"), ("分子设计育种", "Technology"),
            ("永磁电机", "Technology")} <= found


def test_farming_sectors_are_sectors_as_written():
    found = ents("该县发展设施农业和休闲农业，并引进光伏项目。")
    assert {("设施农业", "Industry"), ("休闲农业", "Industry")} <= found
    assert ("农业", "Industry") not in found
