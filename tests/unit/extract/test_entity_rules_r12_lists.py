"""The class noun closing a list types its items (coordination.tail_cues):
made-up sentences; each case fails when its rule is removed or over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_an_item_read_two_ways_takes_the_reading_that_wins_its_span():
    # 智能装备 is a lexicon technology and a sector by its head: the list sees
    # the reading the extractor would keep, and the class retypes it
    found = ents("该市将培育壮大商业航天、智能装备、现代种业和绿色建材四大优势产业。")
    assert ("智能装备", "Industry") in found


def test_a_technology_class_joined_to_a_sector_is_no_sector_class():
    # …等技术与林业产业: the class of the list is 技术, not the 产业 after 与
    found = ents("推广数字测绘、遥感监测和北斗定位等技术与林业产业深度融合。")
    assert not {t for t, ty in found if ty == "Industry"} & {"数字测绘", "遥感监测", "北斗定位"}


def test_a_preposition_inside_an_item_splits_two_lists():
    found = ents("推动数字测绘、物联网、大数据在纺织、陶瓷、食品加工等优势产业的应用。")
    assert ("数字测绘", "Industry") not in found
    assert {("物联网", "Technology"), ("大数据", "Technology")} <= found
    assert {("纺织", "Industry"), ("陶瓷", "Industry"), ("食品加工", "Industry")} <= found


def test_the_list_before_a_preposition_is_still_a_list():
    found = ents("提出加快数字测绘、物联网、大数据、云计算在农业领域的集成应用。")
    assert ("数字测绘", "Technology") in found



def test_a_lexicon_technology_in_a_list_of_sectors_takes_the_class():
    found = ents("壮大量子通信、现代种业、绿色建材和新能源汽车等产业。")
    assert ("量子通信", "Industry") in found


def test_a_list_of_technologies_takes_the_sector_class_named_after_it():
    # annotation.md: the reading the sentence uses; 等未来产业 names the items' class
    found = ents("培育量子计算、脑机接口和类脑智能等未来产业。")
    assert {("量子计算", "Industry"), ("脑机接口", "Industry"), ("类脑智能", "Industry")} <= found


def test_a_last_item_glued_to_its_joiner_is_still_an_item():
    # jieba writes 和|泵阀 as one token: the item starts after the joiner
    found = ents("改造提升五金、灯具、纺织和泵阀四大传统产业。")
    assert {("五金", "Industry"), ("灯具", "Industry"), ("泵阀", "Industry")} <= found


def test_a_last_item_opening_with_a_modifier_closes_the_list():
    # 先进 stops a name's left extension, but opens the last item before the class
    found = ents("前瞻布局脑机接口、海洋牧场、深海采矿、先进核能等一批前沿性未来产业。")
    assert {("海洋牧场", "Industry"), ("深海采矿", "Industry")} <= found


def test_names_with_a_technology_head_in_a_list_of_companies_are_companies():
    found = ents("云深机器人、星海机器人和蓝鲸智能等企业推出了多款产品。")
    assert {("云深机器人", "Institution"), ("星海机器人", "Institution"), ("蓝鲸智能", "Institution")} <= found


def test_a_lexicon_technology_in_a_list_of_companies_keeps_its_reading():
    found = ents("人形机器人、工业机器人等企业加快布局。")
    assert "Institution" not in {ty for t, ty in found if t in ("人形机器人", "工业机器人")}


def test_a_sector_class_fills_an_unknown_item_beside_a_technology():
    found = ents("在新区布局量子通信和卫星运营等未来产业。")
    assert ("卫星运营", "Industry") in found


def test_an_application_scene_class_fills_no_item_beside_a_technology():
    found = ents("拓展智能辅助设计、虚拟仿真、故障预警等应用场景。")
    assert not {t for t, ty in found if ty == "Industry"} & {"智能辅助设计", "故障预警"}


def test_a_last_item_ending_with_a_head_noun_before_the_class_is_whole():
    found = ents("前瞻布局量子通信、区块链、脑机接口和遥感应用等未来产业。")
    assert ("遥感应用", "Industry") in found
    assert ("遥感", "Technology") not in found


def test_steps_of_a_chain_before_its_applications_are_no_technologies():
    found = ents("推进数字技术在产品设计、生产制造、渠道网络、客户管理等全链条多元化应用。")
    assert not {t for t, ty in found if ty == "Technology"} & {"生产制造", "渠道网络", "客户管理"}
