"""Relation rules, round 12: partOf between a product, its class and its
components, and between a technology and the links it lags or leads in.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run


# --- a model name and its product class ---------------------------------------------------

def test_a_model_name_before_its_product_class_is_an_instance_of_it():
    ents = {"某航科技": "Institution", "QX310-B": "Technology", "无人驾驶航空器": "Technology"}
    got = run("某航科技的QX310-B无人驾驶航空器昨日完成首飞。", ents)
    assert of_type(got, "partOf") == {("QX310-B", "partOf", "无人驾驶航空器")}


def test_a_chinese_name_before_a_class_is_no_model():
    ents = {"长风": "Technology", "无人驾驶航空器": "Technology"}
    got = run("长风无人驾驶航空器昨日完成首飞。", ents)
    assert of_type(got, "partOf") == set()


def test_a_model_before_a_word_that_is_no_product_class_is_none():
    ents = {"QX310-B": "Technology", "低空物流": "Technology"}
    got = run("QX310-B低空物流试点昨日启动。", ents)
    assert of_type(got, "partOf") == set()


def test_a_product_named_after_its_class_and_a_new_product_word():
    ents = {"钠离子电池": "Technology", "青鸾": "Technology"}
    got = run("某企业发布了钠离子电池新品“青鸾”，续航明显提升。", ents)
    assert of_type(got, "partOf") == {("青鸾", "partOf", "钠离子电池")}


def test_a_latin_product_name_after_a_device_class():
    ents = {"头显设备": "Technology", "Lumen X": "Technology"}
    got = run("某公司的头显设备Lumen X今天开售。", ents)
    assert of_type(got, "partOf") == {("Lumen X", "partOf", "头显设备")}


def test_a_quoted_ship_name_after_its_class():
    ents = {"极地科考船": "Technology", "雪鹰号": "Technology"}
    got = run("我国新一代极地科考船“雪鹰号”从港口启航。", ents)
    assert of_type(got, "partOf") == {("雪鹰号", "partOf", "极地科考船")}


# --- a device and the components it carries ---------------------------------------------

def test_the_chips_a_device_carries_are_its_parts():
    ents = {"Lumen X": "Technology", "Q5": "Technology", "Q7": "Technology"}
    got = run("Lumen X搭载Q5和Q7双芯片，重量比上一代更轻。", ents)
    assert of_type(got, "partOf") == {("Q5", "partOf", "Lumen X"), ("Q7", "partOf", "Lumen X")}


def test_a_rocket_carrying_a_payload_of_another_type_is_no_part_relation():
    ents = {"长风二号": "Technology", "某航天局": "Institution"}
    got = run("长风二号搭载某航天局的科学载荷升空。", ents)
    assert of_type(got, "partOf") == set()


# --- links a technology lags or leads in ----------------------------------------------------

def test_links_a_technology_still_lags_in_are_its_parts():
    ents = {"工业激光器": "Technology", "光纤合束": "Technology", "高功率泵浦": "Technology"}
    got = run("研究认为，我国工业激光器在光纤合束、高功率泵浦等环节仍存在短板，需要加快攻关。", ents)
    assert of_type(got, "partOf") == {("光纤合束", "partOf", "工业激光器"), ("高功率泵浦", "partOf", "工业激光器")}


def test_links_named_with_no_lag_or_progress_are_no_parts():
    ents = {"工业激光器": "Technology", "光纤合束": "Technology", "高功率泵浦": "Technology"}
    got = run("研究认为，工业激光器在光纤合束、高功率泵浦等环节需求旺盛。", ents)
    assert of_type(got, "partOf") == set()


def test_what_is_seen_as_a_route_of_a_technology_is_its_part():
    ents = {"钙钛矿叠层": "Technology", "高效光伏电池": "Technology"}
    got = run("业内认为，钙钛矿叠层被视为高效光伏电池的主流技术路线。", ents)
    assert of_type(got, "partOf") == {("钙钛矿叠层", "partOf", "高效光伏电池")}


# --- a category's scope set out as its classes ----------------------------------------------

def test_the_classes_a_category_s_scope_is_set_out_as_are_its_parts():
    ents = {"海洋经济": "Industry", "海洋渔业": "Industry", "海洋船舶工业": "Industry", "海洋旅游业": "Industry"}
    got = run("某统计分类将海洋经济的产业范围确定为海洋渔业、海洋船舶工业和海洋旅游业三大类。", ents)
    assert of_type(got, "partOf") == {("海洋渔业", "partOf", "海洋经济"), ("海洋船舶工业", "partOf", "海洋经济"),
                                      ("海洋旅游业", "partOf", "海洋经济")}


def test_a_scope_set_for_a_pilot_names_no_parts():
    ents = {"海洋经济": "Industry", "海洋渔业": "Industry"}
    got = run("海洋经济试点的范围扩大到沿海各市，海洋渔业率先开展。", ents)
    assert of_type(got, "partOf") == set()


# --- a clause saying the subject is a direction of a category -------------------------------

def test_a_clause_naming_the_subject_a_direction_of_a_category():
    ents = {"太赫兹通信": "Technology", "下一代网络": "Technology"}
    got = run("文章指出，太赫兹通信将实现超高速率传输，是下一代网络的重要方向。", ents)
    assert of_type(got, "partOf") == {("太赫兹通信", "partOf", "下一代网络")}


def test_a_direction_clause_about_a_subject_of_another_type_relates_nothing():
    ents = {"某研究院": "Institution", "下一代网络": "Technology"}
    got = run("某研究院近年加大投入，是下一代网络的重要方向。", ents)
    assert of_type(got, "partOf") == set()


# --- list boundaries ------------------------------------------------------------------------

def test_a_list_broken_by_a_clause_is_two_lists():
    ents = {"物流": "Industry", "金融": "Industry", "制造": "Industry", "农业": "Industry", "传统产业": "Industry"}
    got = run("推动物流、金融向制造、农业等传统产业延伸。", ents)
    assert of_type(got, "partOf") == {("制造", "partOf", "传统产业"), ("农业", "partOf", "传统产业")}


# --- members named as a category's growth area ----------------------------------------------

def test_members_becoming_a_category_s_new_growth_area_are_its_parts():
    ents = {"海洋牧场": "Industry", "邮轮旅游": "Industry", "海洋经济": "Industry"}
    got = run("专家认为，海洋牧场和邮轮旅游正在成为海洋经济新的增长点。", ents)
    assert of_type(got, "partOf") == {("海洋牧场", "partOf", "海洋经济"), ("邮轮旅游", "partOf", "海洋经济")}


def test_a_growth_area_with_no_category_relates_nothing():
    ents = {"海洋牧场": "Industry", "邮轮旅游": "Industry"}
    got = run("专家认为，海洋牧场和邮轮旅游正在成为新的经济增长点。", ents)
    assert of_type(got, "partOf") == set()


def test_a_model_name_opening_with_its_brand_after_its_class():
    ents = {"电动汽车": "Technology", "某米XY7": "Technology"}
    got = run("某公司宣布首款电动汽车某米XY7正式上市。", ents)
    assert of_type(got, "partOf") == {("某米XY7", "partOf", "电动汽车")}


def test_a_chinese_word_after_a_class_is_no_instance():
    ents = {"电动汽车": "Technology", "智能座舱": "Technology"}
    got = run("某公司的电动汽车智能座舱体验较好。", ents)
    assert of_type(got, "partOf") == set()
