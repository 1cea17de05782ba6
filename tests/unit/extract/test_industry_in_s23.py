"""Industry names on new text (session 23): a policy named after a sector names
it in full, and the text's later mention of that sector takes the title's name
(title_sectors in entities.json).  Made-up sentences; each positive case fails
when its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_sector_named_by_a_titled_policy_keeps_its_full_name_later():
    found = ents("某市出台关于支持光子传感产业发展的若干意见，要求壮大光子传感产业规模。")
    assert ("光子传感产业", "Industry") in found
    assert ("传感产业", "Industry") not in found


def test_a_title_after_a_region_names_the_sector_however_jieba_cut_it_later():
    found = ents("盐城市印发盐城市制冷设备产业提升行动方案，要求做强制冷设备产业。")
    assert ("制冷设备产业", "Industry") in found


def test_an_economy_named_by_a_title_is_one_industry_later():
    found = ents("盐城市公布盐城市向湖经济发展规划，要求壮大向湖经济。")
    assert ("向湖经济", "Industry") in found


def test_the_bare_technology_of_a_titled_sector_stays_a_technology():
    found = ents("某地印发关于促进量子传感产业发展的意见，推动量子传感与制造融合。")
    assert ("量子传感", "Industry") not in found
    assert not any(t.startswith("量子传感") and ty == "Industry" for t, ty in found)


def test_a_title_coordinating_two_sectors_builds_no_joined_name():
    found = ents("某省印发关于加快数字经济和实体经济融合发展的意见，要求数字经济和实体经济加快融合。")
    assert not any("和" in t for t, ty in found if ty == "Industry")


def test_a_product_in_a_field_list_of_mostly_sectors_is_a_sector():
    found = ents("该县聚焦风电、钠电池、氢能三大方向扩大投资。")
    assert ("钠电池", "Industry") in found
    found = ents("规划提出围绕智能终端、半导体材料、新型显示三个重点领域开展招商。")
    assert ("智能终端", "Industry") in found


def test_a_technology_named_as_no_product_keeps_its_reading_in_such_a_list():
    found = ents("该区聚焦集成电路、人工智能和生物医药三个方向布局。")
    assert ("人工智能", "Technology") in found


def test_a_field_list_of_mostly_technologies_is_left_as_it_is():
    found = ents("项目覆盖量子测量、量子通信、量子计算三大领域。")
    assert ("量子通信", "Technology") in found


def test_economies_national_documents_name_are_sectors():
    found = ents("该市加快发展临空经济和枢纽经济，培育智能经济。")
    assert {("临空经济", "Industry"), ("枢纽经济", "Industry"), ("智能经济", "Industry")} <= found


def test_high_technology_categories_of_the_statistics_bureau_are_sectors():
    found = ents("前三季度，计算机及办公设备制造业和信息化学品制造业投资较快增长。")
    assert ("计算机及办公设备制造业", "Industry") in found
    assert ("信息化学品制造业", "Industry") in found


def test_a_new_product_class_of_the_industry_classification_keeps_its_whole_name():
    found = ents("全年服务消费机器人制造业营收稳步增长。")
    assert ("服务消费机器人制造业", "Industry") in found


def test_a_field_closed_by_each_is_every_field_not_a_sector():
    found = ents("推动北斗导航在城乡建设各领域的深度应用。")
    assert not any(t.endswith("各") for t, _ in found)


def test_the_governance_of_an_economy_is_no_line_of_business():
    found = ents("各地要健全平台经济治理，完善共享经济监测。")
    assert ("平台经济治理", "Industry") not in found
    assert ("平台经济", "Industry") in found
    found = ents("该公司专注电力巡检。")
    assert ("电力巡检", "Industry") in found


def test_a_sector_and_its_production_word_is_one_industry():
    found = ents("该县有序推进生物质能发电项目。")
    assert ("生物质能发电", "Industry") in found
    found = ents("绿电正进入有色金属冶炼环节。")
    assert ("有色金属冶炼", "Industry") in found


def test_a_preposition_glued_after_an_adverb_is_no_part_of_a_whole_item():
    found = ents("该区正以智能网联汽车、低空经济和生物制造为抓手。")
    assert ("智能网联汽车", "Technology") in found
    assert not any(t.startswith("正以") for t, _ in found)


def test_fields_closed_by_a_qualified_field_class_are_sectors():
    found = ents("方案提出在城市配送、网约车、垃圾清运和邮政等公共服务领域推广氢能车辆。")
    assert ("城市配送", "Industry") in found
    assert ("垃圾清运", "Industry") in found


def test_a_field_where_something_is_used_or_spreads_fast_is_a_sector():
    found = ents("推动外骨骼设备在康复护理领域加快应用。")
    assert ("康复护理", "Industry") in found
    found = ents("强化卫星遥感在应急测绘领域的运用。")
    assert ("应急测绘", "Industry") in found
