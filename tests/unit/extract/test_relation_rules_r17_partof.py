"""Relation rules, round 17: partOf between a system and what it fuses, adopts or
is built on, a category and its links, a class and its quoted instances, and the
growth areas of a category.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run


# --- what a system fuses or adopts ------------------------------------------------------------

def test_the_technologies_a_system_fused_are_its_parts():
    ents = {"智能温室": "Technology", "土壤传感": "Technology", "水肥一体化": "Technology", "作物模型": "Technology"}
    got = run("调查显示，智能温室融合了土壤传感、水肥一体化和作物模型等技术，亩产明显提升。", ents)
    assert of_type(got, "partOf") == {("土壤传感", "partOf", "智能温室"), ("水肥一体化", "partOf", "智能温室"),
                                      ("作物模型", "partOf", "智能温室")}


def test_a_fusion_without_le_is_no_composition():
    ents = {"智能温室": "Technology", "土壤传感": "Technology"}
    got = run("要推动智能温室与土壤传感融合发展。", ents)
    assert of_type(got, "partOf") == set()


def test_what_a_product_adopts_after_an_unnamed_item_is_its_part():
    ents = {"青云三号客机": "Technology", "碳纤维复合材料": "Technology"}
    got = run("青云三号客机采用加长机身和碳纤维复合材料，航程进一步增加。", ents)
    assert of_type(got, "partOf") == {("碳纤维复合材料", "partOf", "青云三号客机")}


def test_a_sector_adopting_a_technology_is_no_composition():
    ents = {"纺织业": "Industry", "数字孪生": "Technology"}
    got = run("纺织业采用数字孪生提升排产效率。", ents)
    assert of_type(got, "partOf") == set()


def test_what_a_system_is_built_on_and_fuses_are_its_parts():
    ents = {"城市信息模型": "Technology", "地理信息": "Technology", "建筑模型": "Technology",
            "物联网": "Technology", "大数据": "Technology"}
    got = run("城市信息模型以地理信息为底座、建筑模型为核心，融合物联网和大数据，服务城市治理。", ents)
    assert of_type(got, "partOf") == {(h, "partOf", "城市信息模型") for h in ("地理信息", "建筑模型", "物联网", "大数据")}


def test_a_core_without_a_fusion_is_left_to_other_rules():
    ents = {"城市信息模型": "Technology", "地理信息": "Technology"}
    got = run("城市信息模型以地理信息为核心，服务城市治理。", ents)
    assert of_type(got, "partOf") == set()


# --- the links of a category ---------------------------------------------------------------

def test_the_counted_links_of_a_category_are_its_parts():
    ents = {"氢能": "Industry", "制氢": "Industry", "储运": "Industry", "加注": "Industry"}
    got = run("方案提出，聚焦氢能的制氢、储运和加注三大环节，培育一批龙头企业。", ents)
    assert of_type(got, "partOf") == {("制氢", "partOf", "氢能"), ("储运", "partOf", "氢能"), ("加注", "partOf", "氢能")}


def test_links_of_another_type_are_not_parts():
    ents = {"氢能": "Industry", "电解槽": "Technology"}
    got = run("方案提出，突破氢能的电解槽关键环节。", ents)
    assert of_type(got, "partOf") == set()


# --- a quoted name before its class; from one instance to another -------------------------

def test_a_quoted_name_before_its_class_is_an_instance_of_it():
    ents = {"“远航”号": "Technology", "深海探测器": "Technology"}
    got = run("“远航”号深海探测器昨日完成万米下潜。", ents)
    assert of_type(got, "partOf") == {("“远航”号", "partOf", "深海探测器")}


def test_a_quoted_name_before_a_word_that_is_no_product_class_is_none():
    ents = {"“远航”号": "Technology", "海洋观测": "Technology"}
    got = run("“远航”号海洋观测数据已向公众开放。", ents)
    assert of_type(got, "partOf") == set()


def test_two_products_from_one_to_the_other_are_members_of_the_class_after_them():
    ents = {"“远航”号": "Technology", "深海探测器": "Technology", "“海眼”观测站": "Technology",
            "海洋装备": "Technology"}
    got = run("从“远航”号深海探测器到“海眼”观测站，我国海洋装备不断取得突破。", ents)
    assert of_type(got, "partOf") == {("“远航”号", "partOf", "深海探测器"), ("深海探测器", "partOf", "海洋装备"),
                                      ("“海眼”观测站", "partOf", "海洋装备")}


def test_from_a_to_b_before_a_subject_that_is_no_class_is_none():
    ents = {"量子通信": "Technology", "量子计算": "Technology", "王教授": "Person"}
    got = run("从量子通信到量子计算，王教授一直在思考产业化问题。", ents)
    assert of_type(got, "partOf") == set()


# --- the direction singled out among a category's directions; growth areas -----------------

def test_the_member_singled_out_among_a_categorys_directions_is_its_part():
    ents = {"生物技术": "Technology", "合成生物学": "Technology"}
    got = run("报告认为，在生物技术各方向中，合成生物学产业化最快。", ents)
    assert of_type(got, "partOf") == {("合成生物学", "partOf", "生物技术")}


def test_items_named_a_categorys_growth_areas_are_its_parts():
    ents = {"银发旅游": "Industry", "智慧养老": "Industry", "银发经济": "Industry"}
    got = run("专家认为，银发旅游和智慧养老是银发经济的两大增长点。", ents)
    assert of_type(got, "partOf") == {("银发旅游", "partOf", "银发经济"), ("智慧养老", "partOf", "银发经济")}


# --- what a device carries, runs and supports; a device an anaphor points back to ------------

def test_what_a_device_carries_runs_and_supports_are_its_parts():
    ents = {"Lumen X": "Technology", "Q5": "Technology", "LumenOS": "Technology", "眼球追踪": "Technology",
            "语音交互": "Technology"}
    got = run("Lumen X搭载Q5芯片，运行LumenOS，支持眼球追踪和语音交互。", ents)
    assert of_type(got, "partOf") == {(h, "partOf", "Lumen X") for h in ("Q5", "LumenOS", "眼球追踪", "语音交互")}


def test_what_the_device_an_anaphor_points_back_to_carries_is_its_part():
    ents = {"光子计算机": "Technology", "晨曦": "Technology", "光子芯片": "Technology", "曙光芯": "Technology"}
    got = run("我国光子计算机“晨曦”昨日上线运行，该机搭载64通道光子芯片“曙光芯”，由某研究所研制。", ents)
    assert ("曙光芯", "partOf", "晨曦") in of_type(got, "partOf")
    assert ("光子芯片", "partOf", "晨曦") not in of_type(got, "partOf")


def test_an_anaphor_for_something_that_is_no_device_carries_nothing():
    ents = {"Lumen X": "Technology", "语音交互": "Technology"}
    got = run("某公司上线Lumen X，该政策支持语音交互。", ents)
    assert of_type(got, "partOf") == set()


# --- products listed with their makers; components of a named class -------------------------

def test_products_listed_with_their_makers_are_members_of_the_class_after_them():
    ents = {"甲航天": "Institution", "天梯一号": "Technology", "乙航天": "Institution", "天梯二号": "Technology",
            "可回收火箭": "Technology"}
    got = run("甲航天的天梯一号、乙航天的天梯二号等可回收火箭正在开展试验。", ents)
    assert of_type(got, "partOf") == {("天梯一号", "partOf", "可回收火箭"), ("天梯二号", "partOf", "可回收火箭")}


def test_components_of_a_class_named_before_the_word_for_components_are_its_parts():
    ents = {"谐波减速器": "Technology", "编码器": "Technology", "协作机器人": "Technology"}
    got = run("支持企业突破谐波减速器、编码器等协作机器人核心零部件。", ents)
    assert of_type(got, "partOf") == {("谐波减速器", "partOf", "协作机器人"), ("编码器", "partOf", "协作机器人")}


def test_components_with_no_class_named_name_no_whole():
    ents = {"谐波减速器": "Technology", "编码器": "Technology", "协作机器人": "Technology"}
    got = run("发展协作机器人，突破谐波减速器、编码器等核心零部件。", ents)
    assert of_type(got, "partOf") == set()


def test_a_quoted_name_before_a_car_class():
    ents = {"飞鱼": "Technology", "飞行汽车": "Technology"}
    got = run("某公司的“飞鱼”飞行汽车完成首飞。", ents)
    assert of_type(got, "partOf") == {("飞鱼", "partOf", "飞行汽车")}


def test_what_a_category_covers_after_an_unnamed_first_item_is_its_part():
    ents = {"海洋经济": "Industry", "海洋渔业": "Industry"}
    got = run("海洋经济涵盖海洋科研和海洋渔业，产业链长。", ents)
    assert of_type(got, "partOf") == {("海洋渔业", "partOf", "海洋经济")}


def test_a_base_the_recogniser_split_does_not_stop_the_fused_parts():
    ents = {"智慧电网": "Technology", "电力": "Industry", "边缘计算": "Technology", "人工智能": "Technology"}
    got = run("智慧电网以调度数据为底座、电力专业模型为核心，融合边缘计算和人工智能，服务负荷预测。", ents)
    assert of_type(got, "partOf") == {("边缘计算", "partOf", "智慧电网"), ("人工智能", "partOf", "智慧电网")}


def test_the_components_of_a_device_written_after_it_are_its_parts():
    ents = {"协作机器人": "Technology", "谐波减速器": "Technology", "力矩传感器": "Technology"}
    got = run("报告认为，协作机器人的谐波减速器和力矩传感器等核心零部件仍依赖进口。", ents)
    assert of_type(got, "partOf") == {("谐波减速器", "partOf", "协作机器人"), ("力矩传感器", "partOf", "协作机器人")}


# --- a counted class that only names a cluster ---------------------------------------------

def test_a_counted_class_naming_a_cluster_takes_no_members():
    ents = {"光伏": "Industry", "储能": "Industry", "支柱产业": "Industry"}
    got = run("该市已形成光伏和储能两大支柱产业集聚区。", ents)
    assert of_type(got, "partOf") == set()


def test_a_counted_class_takes_its_members():
    ents = {"光伏": "Industry", "储能": "Industry", "支柱产业": "Industry"}
    got = run("该市要做大光伏和储能两大支柱产业。", ents)
    assert of_type(got, "partOf") == {("光伏", "partOf", "支柱产业"), ("储能", "partOf", "支柱产业")}


# --- a category named as a direction after 等 --------------------------------------------------

def test_a_list_closed_by_a_named_direction_is_part_of_it_whatever_its_type():
    ents = {"光计算": "Technology", "类脑芯片": "Technology", "未来算力": "Industry"}
    got = run("方案提出，前瞻布局光计算、类脑芯片等未来算力方向。", ents)
    assert of_type(got, "partOf") == {("光计算", "partOf", "未来算力"), ("类脑芯片", "partOf", "未来算力")}


def test_partners_of_a_fusion_before_a_named_direction_are_no_parts():
    ents = {"人工智能": "Technology", "制造业": "Industry", "文旅": "Industry", "未来产业": "Industry"}
    got = run("推动人工智能与制造业、文旅等未来产业方向深度融合。", ents)
    assert ("人工智能", "partOf", "未来产业") not in of_type(got, "partOf")
