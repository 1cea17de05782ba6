"""Items of coordinated lists that no lexicon knows take a span and a type
(coordination): a class word after the list, a head shared by every item, a
verb naming what a machine does, a modifier opening an item, a chain's named
segments.  Made-up sentences; each case fails when its rule is removed."""
from __future__ import annotations

from support.entities import ents


def test_a_material_head_types_the_headless_items_of_a_longer_governed_list():
    found = ents("重点发展特种钢材、镍基合金铸件、增材制造镍粉和金属基复合材料。")
    assert {("特种钢材", "Technology"), ("镍基合金铸件", "Technology"), ("增材制造镍粉", "Technology")} <= found


def test_a_verb_naming_what_a_machine_does_opens_its_name():
    found = ents("推广电动叉车、分拣机器人、巡逻机器人和远程运维平台，提升效率。")
    assert {("分拣机器人", "Technology"), ("巡逻机器人", "Technology")} <= found
    assert ("机器人", "Technology") not in found


def test_a_modifier_boundary_word_opens_an_item_inside_a_list():
    found = ents("大会聚焦存算芯片、先进传感和光子计算，发布了成果。")
    assert ("先进传感", "Technology") in found


def test_a_head_shared_over_a_joiner_from_inside_an_item_is_no_name():
    found = ents("专家认为，该机型融合了推力矢量控制、航电软件和氢燃料发动机等技术，将推动物流发展。")
    assert {("航电软件", "Technology"), ("氢燃料发动机", "Technology")} <= found
    assert ("软件和氢燃料发动机", "Technology") not in found


def test_items_written_with_one_head_are_names_of_its_type():
    found = ents("指南明确基于视觉算法的工业质检软件、设备故障诊断软件和能耗优化分析软件的审查要求。")
    assert {("工业质检软件", "Technology"), ("设备故障诊断软件", "Technology"),
            ("能耗优化分析软件", "Technology")} <= found


def test_a_generic_head_shared_by_a_list_names_nothing():
    # 平台 is no head of same_head_lists: platforms of work are not names
    found = ents("推动研发平台、服务平台和交易平台建设。")
    assert ("研发平台", "Technology") not in found and ("交易平台", "Technology") not in found


def test_the_named_segments_of_a_chain_counted_after_the_list_are_sectors():
    found = ents("方案明确聚焦飞艇研制、飞艇测试和飞艇运营三大环节。")
    assert {("飞艇研制", "Industry"), ("飞艇测试", "Industry"), ("飞艇运营", "Industry")} <= found


def test_exhibition_areas_name_sectors():
    found = ents("博览会设置户外露营、非遗手作和宠物经济等展区。")
    assert {("非遗手作", "Industry"), ("宠物经济", "Industry")} <= found


def test_a_component_class_fills_two_character_items():
    found = ents("培育电机、轴承和主轴等关键部件企业。")
    assert {("轴承", "Technology"), ("主轴", "Technology")} <= found


def test_a_counted_class_of_frontier_materials_types_its_items():
    found = ents("将碳纤维、陶瓷基复合材料和石墨烯等12类前沿材料列入目录。")
    assert ("陶瓷基复合材料", "Technology") in found


def test_a_bare_material_class_fills_nothing():
    found = ents("工地堆放了钢管、木方和砂石等材料。")
    assert ("木方", "Technology") not in found and ("砂石", "Technology") not in found


def test_the_fields_something_lands_in_are_sectors():
    found = ents("智能诊断系统有望在心电监测、康复训练和药品流通领域落地。")
    assert {("心电监测", "Industry"), ("康复训练", "Industry")} <= found


def test_a_sector_class_right_after_the_list_fills_unknown_items():
    found = ents("该县重点扶持茶叶、竹编和民宿等产业。")
    assert {("茶叶", "Industry"), ("竹编", "Industry"), ("民宿", "Industry")} <= found


def test_a_class_of_fields_filling_its_list_retypes_a_known_first_item():
    found = ents("引导其率先在激光技术、低空装备和康养器械等领域实现批量应用。")
    assert {("激光技术", "Industry"), ("低空装备", "Industry"), ("康养器械", "Industry")} <= found


def test_a_sector_class_after_a_clause_fills_nothing():
    found = ents("酿造是一种利用酵母、曲霉等菌种技术进行产品生产的产业。")
    assert ("酵母", "Industry") not in found and ("曲霉", "Industry") not in found


def test_a_sector_class_fills_no_clause():
    found = ents("推动加快建设、全面提升等产业。")
    assert ("全面提升", "Industry") not in found and ("加快建设", "Industry") not in found


def test_an_item_of_one_head_may_open_with_a_word_jieba_reads_as_a_time():
    found = ents("指南明确基于视觉算法的工业质检软件、设备故障诊断软件和夜间巡检分析软件的审查要求。")
    assert ("夜间巡检分析软件", "Technology") in found


def test_a_class_word_ending_a_governed_list_is_the_class_of_every_item():
    found = ents("推广真空保鲜、气调保鲜和智能控温技术，建设冷链仓库。")
    # the class word is written with the last item and stays in its name (annotation.md: the longest name)
    assert {("真空保鲜", "Technology"), ("气调保鲜", "Technology"), ("智能控温技术", "Technology")} <= found


def test_the_class_word_of_a_list_stays_in_its_last_item():
    found = ents("突破深海钻探、水下切割机器人和漂浮式风电技术，支持沿海地区创新。")
    assert ("漂浮式风电技术", "Technology") in found and ("漂浮式风电", "Technology") not in found


def test_a_pair_of_short_items_keeps_its_class_word():
    # 基因和细胞技术 is one term as written (annotation.md); a pair of terms of
    # three characters or more shares the class word (推广A和B技术: two technologies)
    found = ents("推广基因和细胞技术，建设冷链仓库。")
    assert not any(text in ("基因", "细胞") for text, _ in found)


def test_what_is_promoted_is_a_technology_even_with_no_head():
    found = ents("推广自动分拣线、智能配货和远程巡检，提升仓储效率。")
    assert {("自动分拣线", "Technology"), ("智能配货", "Technology"), ("远程巡检", "Technology")} <= found


def test_a_verb_of_either_type_types_no_headless_list():
    # (items led by 智能/远程 are techniques whatever the verb: coordination.led_items)
    found = ents("发展自动分拣线、集中配货和定点巡检，提升仓储效率。")
    assert ("集中配货", "Technology") not in found and ("集中配货", "Industry") not in found


def test_practices_promoted_are_no_technologies():
    found = ents("推广先进经验、典型做法和成熟模式，提升治理水平。")
    assert not any(t == "Technology" for _, t in found)


def test_a_field_may_open_with_a_numeral_or_an_adverb_before_its_noun():
    found = ents("这类电池有望在三轮货车、低速游船和家庭储能领域应用。")
    assert {("三轮货车", "Industry"), ("低速游船", "Industry")} <= found


def test_a_governed_pair_before_where_it_is_applied_is_a_list():
    found = ents("推动体感交互和北斗导航在文旅场馆中的应用。")
    assert ("体感交互", "Technology") in found


def test_an_item_with_a_product_head_joins_a_list_of_technologies():
    found = ents("据介绍，5G、人工智能、北斗与智能巡检设备深度融合，推动园区升级。")
    assert ("智能巡检设备", "Technology") in found


def test_the_fields_a_place_leads_in_are_sectors():
    found = ents("甲省在生物医药、细胞制备和跨境电商上具有优势。")
    assert ("细胞制备", "Industry") in found


def test_fields_a_place_leads_in_need_a_known_sibling():
    found = ents("报告认为，甲省在质量和效率上具有优势。")
    assert ("质量", "Industry") not in found and ("效率", "Industry") not in found
