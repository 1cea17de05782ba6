"""Lists of names no lexicon knows yet (coordination.open_lists and the tail
cues it shares): made-up sentences; each case fails when the rule is removed
or over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_verb_governed_list_items_typed_by_their_heads():
    found = ents("会议提出，大力发展桥梁巡检机器人、智能灌溉装备和海缆运维平台。")
    assert {("桥梁巡检机器人", "Technology"), ("智能灌溉装备", "Technology"), ("海缆运维平台", "Technology")} <= found
    assert ("机器人", "Technology") not in found  # the item as written, not the head inside it


def test_list_closed_by_parts_class_noun_is_technology():
    found = ents("要突破谐波减速器、力矩传感器、编码器等核心零部件。")
    assert {("谐波减速器", "Technology"), ("力矩传感器", "Technology"), ("编码器", "Technology")} <= found


def test_tools_named_in_a_list_are_technology():
    found = ents("AI配音、智能排版等工具帮助小商家降低成本。")
    assert {("AI配音", "Technology"), ("智能排版", "Technology")} <= found


def test_fields_list_before_applied_field_is_industry():
    found = ents("推动遥感在森林防火、海上救助和地质灾害监测领域的应用。")
    assert {("森林防火", "Industry"), ("海上救助", "Industry"), ("地质灾害监测", "Industry")} <= found


def test_fields_list_without_application_needs_a_known_sector():
    # 在…领域 with no 应用 after it and no known sector: fields of work, not sectors
    found = ents("专家在课题论证、方案评审和成果验收领域发挥作用。")
    assert not {e for e in found if e[0] in ("课题论证", "方案评审", "成果验收")}


def test_chain_segments_are_industries_and_may_end_with_an_activity_word():
    found = ents("方案提出围绕船舶设计、船舶修造和船舶应用全链条布局。")
    assert {("船舶修造", "Industry"), ("船舶应用", "Industry")} <= found


def test_generic_process_steps_are_no_chain_segments():
    found = ents("方案覆盖产品设计、生产制造、物流配送等环节。")
    assert not {e for e in found if e[0] in ("产品设计", "生产制造", "物流配送")}


def test_clause_items_and_bases_are_no_names():
    found = ents("要求发展壮大了三个平台和两个网络，建设储能和氢能基地。")
    assert not {e for e in found if e[0] in ("三个平台", "两个网络", "氢能基地")}


def test_list_with_a_name_running_over_the_joiner_is_no_list():
    found = ents("建设工业和信息化部门户网站系统。")
    assert ("信息化部门户网站系统", "Technology") not in found


def test_numeral_class_closes_a_verb_governed_list():
    found = ents("该市重点发展精品茶饮、高山蔬菜、温泉康养三大领域。")
    assert {("精品茶饮", "Industry"), ("温泉康养", "Industry")} <= found


def test_headless_item_running_into_a_clause_is_no_name():
    found = ents("推动激光雷达、智能传感、精密仪器产业集群化发展。")
    assert not {e for e in found if e[0].endswith("发展")}


def test_guessed_sector_over_the_last_joiner_of_a_fields_list_is_two():
    found = ents("推进北斗在码头、电子和港口物流领域的应用。")
    assert {("电子", "Industry"), ("港口物流", "Industry")} <= found
    assert ("电子和港口物流", "Industry") not in found


def test_technology_with_a_shared_head_in_a_fields_list_stays_one():
    found = ents("推动在量子、基因和细胞技术领域的应用。")
    assert ("基因和细胞技术", "Technology") in found


def test_sector_class_after_deng_types_a_list_with_a_known_sector():
    found = ents("新技术将赋能短视频剪辑、会展和动漫等行业。")
    assert {("短视频剪辑", "Industry"), ("会展", "Industry")} <= found


def test_priority_frame_governs_a_list():
    found = ents("规划提出以智慧停车、智慧公交、冷链物流为重点，推动数字化。")
    assert {("智慧停车", "Industry"), ("智慧公交", "Industry")} <= found


def test_class_noun_after_a_governed_list_types_unknown_items():
    found = ents("要培育数字策展、云端展陈等数字文化产业。")
    assert {("数字策展", "Industry"), ("云端展陈", "Industry")} <= found


def test_fields_class_without_a_known_sector_types_nothing():
    found = ents("推动高效率深空运输系统、月面基地探测等领域取得突破。")
    assert not {e for e in found if e[1] == "Industry"}


def test_a_head_holding_a_function_character_is_a_word():
    found = ents("重点发展激光雷达、水下声呐系统和红外探测器。")
    assert ("水下声呐系统", "Technology") in found


def test_product_or_sector_head_follows_siblings_with_firm_heads():
    found = ents("该区将发展高原冷链物流、山地低空旅游和特种陶瓷材料。")
    assert ("特种陶瓷材料", "Industry") in found
    found = ents("该区将发展巡检机器人、水下无人机和特种陶瓷材料。")
    assert ("特种陶瓷材料", "Technology") in found


def test_items_before_a_named_sector_are_its_branches():
    found = ents("以新型船舶动力带动船舶修造、船舶应用等海洋经济领域发展。")
    assert {("船舶修造", "Industry"), ("船舶应用", "Industry")} <= found
