"""Technology names in lists and drafting frames on new text (session 24):
products named by their class word in a governed list, classes closing a list
(a qualified process class, first-of-a-kind equipment, a fibre class named by
its base), a specific class named by a known technology that is itself a name,
and a generic next-generation class that is none.  Made-up sentences; each
positive case fails when its rule is removed, the negative ones when the rule
over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_products_named_by_their_class_word_after_a_priority_verb():
    found = ents("该县提出发展割草机、观光车和冲浪板，扩大户外用品出口。")
    assert {("割草机", "Technology"), ("观光车", "Technology"), ("冲浪板", "Technology")} <= found
    found = ents("某区提出发展DCDC模块、氮化镓HEMT和陶瓷密封部件，做强电子信息。")
    assert ("DCDC模块", "Technology") in found
    assert ("陶瓷密封部件", "Technology") in found


def test_a_word_ending_with_a_product_class_word_that_names_no_product_is_none():
    found = ents("某县提出发展园林机械短板、山地果园和丘陵茶园。")
    assert not any(ty == "Technology" for _, ty in found)


def test_product_class_words_type_nothing_in_a_list_of_fields():
    found = ents("在出租汽车、城市公交、市政环卫和快递物流等公共服务领域加快推广。")
    assert ("出租汽车", "Technology") not in found


def test_processes_closed_by_a_qualified_process_class_are_techniques():
    found = ents("协会表示，家电仍是主要应用行业，而切割、打磨等复杂工艺对机器视觉提出了要求。")
    assert ("切割", "Technology") in found
    assert ("打磨", "Technology") in found


def test_heritage_crafts_are_no_techniques():
    found = ents("支持蜀锦、紫砂壶等非遗工艺进行数字化展示。")
    assert ("蜀锦", "Technology") not in found


def test_items_before_first_of_a_kind_equipment_are_products():
    found = ents("对研发电动装载机、氢能矿用卡车等首台（套）装备予以补助。")
    assert ("电动装载机", "Technology") in found
    assert ("氢能矿用卡车", "Technology") in found


def test_a_fibre_class_named_by_its_base_types_its_items_and_is_a_name():
    found = ents("海藻纤维、竹浆纤维和蛋白纤维等生物基纤维逐步替代化纤原料。")
    assert ("海藻纤维", "Technology") in found
    assert ("生物基纤维", "Technology") in found


def test_a_class_named_by_a_known_technology_closing_a_list_is_a_name():
    found = ents("一是发展量子陀螺仪、光钟和原子磁强仪等量子传感器件，开展示范。")
    assert ("量子传感器件", "Technology") in found
    found = ents("发展有机液体储运、管道输氢等氢能储运技术，开展试点。")
    assert ("氢能储运技术", "Technology") in found


def test_a_generic_class_closing_a_list_is_no_name():
    found = ents("发展甲醇重整制氢、光解水制氢等关键制氢技术，推动示范应用。")
    assert ("关键制氢技术", "Technology") not in found
    found = ents("同时布局锂硫电池、固态电池等下一代技术，打造新型电力体系。")
    assert ("下一代技术", "Technology") not in found


def test_a_modal_ke_before_a_verb_opens_a_name_in_a_list():
    found = ents("重点突破可回收飞船、月面通信中继星和深空测控技术，推动示范。")
    assert ("可回收飞船", "Technology") in found
    found = ents("推广可穿戴体征监测设备和智能康复器材，扩大健康消费。")
    assert ("可穿戴体征监测设备", "Technology") in found


def test_new_products_shown_at_a_fair_are_technologies():
    found = ents("多家企业带来擦窗机器人、便携储能电源和AI降噪耳机等外贸新品，订单明显增长。")
    assert ("便携储能电源", "Technology") in found
    assert ("AI降噪耳机", "Technology") in found


def test_drafting_words_govern_lists_of_products():
    found = ents("配套北斗农机终端和精量播种控制器，提升农机作业智能化水平。")
    assert ("精量播种控制器", "Technology") in found
    found = ents("提出围绕边缘数据中心、风冷服务器和光伏直供三个方面发力。")
    assert ("风冷服务器", "Technology") in found


def test_items_before_key_parts_to_remanufacture_are_products():
    found = ents("方案聚焦掘进机、港口起重设备、矿用液压支架等关键件再制造，促进循环利用。")
    assert ("掘进机", "Technology") in found
    assert ("港口起重设备", "Technology") in found


def test_items_supplied_to_a_chain_are_products():
    found = ents("以整车带动域控制器、线控转向总成等配套环节壮大，攻关车规级芯片。")
    assert ("域控制器", "Technology") in found
    assert ("线控转向总成", "Technology") in found


def test_a_model_letter_and_its_type_word_stay_in_the_item():
    found = ents("布局N型硅片、光伏背板等配套项目，同步建设储能电站。")
    assert ("N型硅片", "Technology") in found
    assert ("硅片", "Technology") not in found


def test_items_before_a_green_technique_class_are_techniques():
    found = ents("推进废钢预热熔炼、富氧侧吹等低碳冶炼技术示范，建设示范项目。")
    assert ("废钢预热熔炼", "Technology") in found
    found = ents("发展烟气脱硝、土壤修复和固废焚烧等环保技术，同时推广合同能源管理。")
    assert ("土壤修复", "Technology") in found
