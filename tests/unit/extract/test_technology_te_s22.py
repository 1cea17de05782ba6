"""Technology terms outside the lexicons (session 22): chemical products named
systematically, electronic parts and boards, vessels and aircraft by their
class noun.  Made-up sentences; each positive case fails without its rule,
the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_systematically_named_chemical_product_is_a_technology():
    found = ents("园区规划生产溴化锂、高纯氧化铝和聚碳酸酯，配套发展芳纶。")
    assert ("溴化锂", "Technology") in found
    assert ("高纯氧化铝", "Technology") in found
    assert ("聚碳酸酯", "Technology") in found
    assert ("芳纶", "Technology") in found


def test_a_bare_acid_or_a_salt_inside_a_longer_chemistry_builds_nothing():
    found = ents("项目副产磷酸和甲醇，用于磷酸铁锂电池生产，并抑制氧化还原反应。")
    assert not any(text in ("磷酸", "甲醇", "磷酸铁", "氧化还原") for text, _ in found)


def test_a_passive_part_or_board_named_by_its_construction_is_a_technology():
    found = ents("企业扩产贴片电阻、绕线电感、薄膜电容器和刚挠电路板。")
    assert ("贴片电阻", "Technology") in found
    assert ("绕线电感", "Technology") in found
    assert ("薄膜电容器", "Technology") in found
    assert ("刚挠电路板", "Technology") in found


def test_a_bare_resistance_or_a_capacity_is_no_part():
    found = ents("新工艺降低了接触电阻，电容量提高两成。")
    assert not any(etype == "Technology" for _, etype in found)


def test_an_aircraft_or_vessel_class_noun_is_a_technology_written_bare_or_qualified():
    found = ents("该所研制公务机和支线客机，船厂建造散货船和液化天然气动力船。")
    assert ("公务机", "Technology") in found
    assert ("支线客机", "Technology") in found
    assert ("散货船", "Technology") in found


def test_a_craft_word_inside_a_longer_word_builds_nothing():
    found = ents("园区新建客机场和掘进机器人装配线。")
    assert ("客机", "Technology") not in found
    assert ("掘进机", "Technology") not in found


def test_items_before_a_qualified_technique_class_are_technologies():
    found = ents("推广真空镀膜、激光开槽等新型涂装技术。")
    assert ("真空镀膜", "Technology") in found
    assert ("激光开槽", "Technology") in found


def test_a_technique_class_before_its_industrialisation_still_types_the_list():
    found = ents("加快PERC、IBC等高效组件技术产业化。")
    assert ("PERC", "Technology") in found
    assert ("IBC", "Technology") in found


def test_items_before_a_qualified_material_class_are_technologies_but_not_before_a_sector():
    found = ents("该所研制了柔性石墨纸、石墨双极板等关键导电材料。")
    assert ("柔性石墨纸", "Technology") in found
    assert ("石墨双极板", "Technology") in found
    sector = ents("乙材料、丙涂层等化工新材料加快发展。")
    assert ("丙涂层", "Technology") not in sector


def test_a_chip_named_by_its_task_and_where_it_runs_keeps_its_modifiers():
    found = ents("厂商发布了云端推理芯片。")
    assert ("云端推理芯片", "Technology") in found
    assert ("芯片", "Technology") not in found


def test_items_before_an_upstream_material_class_are_technologies():
    found = ents("当地巩固了负极石墨、铝塑膜、溶剂等上游材料的供给。")
    assert ("铝塑膜", "Technology") in found


def test_the_internet_protocol_and_the_mobile_standard_are_technologies():
    found = ents("推动IPv6规模部署，加快TD-LTE商用。")
    assert ("IPv6", "Technology") in found
    assert ("TD-LTE", "Technology") in found


def test_a_task_done_by_a_known_technology_is_one_technique():
    found = ents("仓库采用机器人分拣，法院推行区块链存证。")
    assert ("机器人分拣", "Technology") in found
    assert ("区块链存证", "Technology") in found
    assert ("区块链", "Technology") not in found


def test_optical_cable_and_fibre_products_are_technologies_but_not_the_medium_alone():
    found = ents("企业扩大光缆和特种光纤产能，推进光纤到户。")
    assert ("光缆", "Technology") in found
    assert ("特种光纤", "Technology") in found
    assert ("光纤", "Technology") not in found


def test_a_chip_named_by_its_node_is_one_technology():
    found = ents("代工厂宣布量产3纳米芯片，线宽缩小到5纳米。")
    assert ("3纳米芯片", "Technology") in found
    assert not any(text == "5纳米" for text, _ in found)


def test_the_display_technology_is_read_in_its_spaced_and_joined_spellings():
    found = ents("面板厂加快Micro LED量产，并试制MicroLED手表。")
    assert ("Micro LED", "Technology") in found


def test_a_head_word_before_a_joiner_is_no_stem_shared_with_the_next_name():
    found = ents("公司扩大了X型电池和光伏电池产能。")
    assert not any(text.startswith("电池和") for text, _ in found)
    assert ("光伏电池", "Technology") in found


def test_the_optics_prefix_keeps_its_photonic_part():
    found = ents("企业研制光传感器和光计算机。")
    assert ("光传感器", "Technology") in found
    assert not any(text.startswith("研制") for text, _ in found)


def test_the_intermediate_products_of_the_photovoltaic_chain_are_technologies():
    found = ents("基地延伸硅锭、硅片和电池片环节。")
    assert ("硅锭", "Technology") in found
    assert ("硅片", "Technology") in found
    assert ("电池片", "Technology") in found


def test_hydrogen_recovered_as_a_by_product_of_a_named_process_is_one_technique():
    found = ents("园区利用氯碱副产氢供应加氢站。")
    assert ("氯碱副产氢", "Technology") in found


def test_a_curated_modifier_jieba_tags_as_a_verb_stays_in_the_product_name():
    found = ents("厂商推出了通用摄像机。")
    assert ("通用摄像机", "Technology") in found
