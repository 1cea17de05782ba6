"""Session 48's rules. A department written right after a commission whose name
ends in 委员会 (某某委员会 + 某某司) is one body with it; the surnames 酆, 仉, 乜 and 卻 open
persons, and a name jieba cut after its compound surname (欧阳|某舟) is one person
after a title; a culture, sports, broadcasting and tourism bureau under its
combined names (文体广电旅游局, 文化广电旅游体育局 …) is a local body, and so is a customs
district named by its city (某某海关); a ceremony named first in a pair joined by
暨 and held somewhere is an event, and a speaker at one of two events named
jointly speaks at the one whose name ends with the venue he speaks at
(在启动仪式上致辞); a technology used after a clause in which sectors carry out an
action of their own (在A、B行业开展某某核算，运用X) is not applied in them, unless the
action is putting it to use (在某某中探索运用X); a sector joined by 和 to a known one
and followed by a locative (A、B和C中全方位…) is two items, and a focus put to use
in fields (以A为抓手，促进其在B中应用) is applied there and enables nothing; a technology
used to raise a capacity first (运用A提升监管能力，发展B) enables nothing of the next
directive, nor does a fusion partner enable what the next clause develops
(与A融合，发展B / 以B赋能C); a crop-protection or irrigation technique named by the
pest or crop it protects (某病绿色防控, 茶园绿色防控, 智能滴灌) is one technology, and so is
膜下滴灌; 工业 in a count or a slogan (规上工业企业, 工业项目, 工业强市) is no sector; 西部陆海新通道 is
a named strategy. Made-up bodies, titles and people on real places; each test
of a reading fails without its rule, the others guard what a rule must leave
alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels, rule_rels


def test_a_department_after_a_commission_ending_in_weiyuanhui_is_one_body_with_it():
    text = "国家发展和改革委员会低碳转型司2023年印发《关于开展某项试点工作的通知》，推动绿色低碳技术应用。"
    found = ents(text)
    assert ("国家发展和改革委员会低碳转型司", "Institution") in found, found
    assert ("《关于开展某项试点工作的通知》", "issuedBy", "国家发展和改革委员会低碳转型司") in rels(text)


def test_the_part_of_weiyuanhui_is_no_department_opening():
    # (委 + 员会某某司 is not a department of a body ending in 委)
    found = ents("国家发展和改革委员会低碳转型司印发通知。")
    assert ("员会低碳转型司", "Institution") not in found
    assert not any(t.startswith("员会") for t, _ in found)


# the surnames the list lacked, then names jieba cut after a compound surname
@pytest.mark.parametrize("name", ["酆远舟", "仉清和", "乜望川", "卻明远", "欧阳远舟", "诸葛文澜"])
def test_an_officer_named_by_a_new_surname_or_cut_after_a_compound_one_belongs_to_his_body_and_speaks(name):
    text = f"本报讯 5月8日，2024青溪茶产业推介会在泾县举行。青溪市商务局局长{name}在开幕式上致辞。"
    found = rule_rels(text)
    assert {(name, "affiliatedWith", "青溪市商务局"), (name, "spokeAt", "2024青溪茶产业推介会")} <= found, found


@pytest.mark.parametrize("bureau", ["文体广电旅游局", "文体旅游局"])
def test_a_culture_sports_and_tourism_bureau_under_a_combined_name_is_a_local_body(bureau):
    text = f"黔东南苗族侗族自治州{bureau}局长柯清和在推介会上介绍了智慧旅游平台。"
    body = "黔东南苗族侗族自治州" + bureau
    assert (body, "Institution") in ents(text)
    assert ("柯清和", "affiliatedWith", body) in rels(text)


TWO_EVENTS = ("本报讯 1月8日，2024青溪冰雪旅游季启动仪式暨冰雪装备产业推介会在铁力市举行。"
              "青溪市文化广电和旅游局局长柯远舟在启动仪式上致辞。")


def test_a_ceremony_named_first_of_two_events_joined_by_ji_is_an_event_held_there():
    assert ("2024青溪冰雪旅游季启动仪式", "Event") in ents(TWO_EVENTS)
    assert ("2024青溪冰雪旅游季启动仪式", "locatedIn", "铁力市") in rule_rels(TWO_EVENTS)


def test_a_speaker_at_one_of_two_joint_events_speaks_at_the_one_named_by_the_venue():
    found = rule_rels(TWO_EVENTS)
    assert ("柯远舟", "spokeAt", "2024青溪冰雪旅游季启动仪式") in found, found
    assert ("柯远舟", "spokeAt", "冰雪装备产业推介会") not in found


def test_a_speaker_at_an_opening_of_two_joint_events_speaks_at_both():
    # (开幕式 names neither: both events stay the antecedents)
    text = ("本报讯 5月8日，2024青溪数字经济大会暨智能制造博览会在铁力市开幕。"
            "青溪市工业和信息化局局长柯远舟在开幕式上致辞。")
    found = rule_rels(text)
    assert {("柯远舟", "spokeAt", "2024青溪数字经济大会"), ("柯远舟", "spokeAt", "智能制造博览会")} <= found, found


def test_a_customs_district_named_by_its_city_is_a_co_issuer():
    text = "贵州省商务厅、遵义海关2024年联合印发《关于支持某某产业的若干措施》。"
    assert ("遵义海关", "Institution") in ents(text)
    assert ("《关于支持某某产业的若干措施》", "issuedBy", "遵义海关") in rels(text)


def test_customs_after_a_word_that_is_no_place_names_no_body():
    found = ents("推动出入境海关通关便利化。")
    assert not any(t.endswith("海关") for t, _ in found), found


def test_a_technology_after_a_sector_clause_with_its_own_action_is_not_applied_in_the_sectors():
    text = "应优先在动力电池、光伏和钢铁行业开展产品碳标识核查，运用物联网和区块链技术保障数据真实可信。"
    found = rule_rels(text)
    assert not any(r[1] == "appliedIn" for r in found), found


def test_a_technology_promoted_in_sectors_is_still_applied_in_them():
    found = rule_rels("在汽车、电子等行业推广工业互联网，在纺织和食品等领域，引入机器视觉检测。")
    assert {("工业互联网", "appliedIn", "汽车"), ("工业互联网", "appliedIn", "电子"),
            ("机器视觉检测", "appliedIn", "纺织"), ("机器视觉检测", "appliedIn", "食品")} <= found, found


FOCUS_APPLIED = "要以人工智能、5G和物联网为抓手，促进其在制造业、服务业和农业中全方位、全链条应用。"


def test_a_sector_joined_to_a_known_one_and_followed_by_a_locative_is_two_items():
    found = ents(FOCUS_APPLIED)
    assert {("服务业", "Industry"), ("农业", "Industry")} <= found, found
    assert not any(t.startswith("服务业和") for t, _ in found)


def test_a_focus_put_to_use_in_fields_is_applied_in_them_and_enables_none():
    found = rule_rels(FOCUS_APPLIED)
    assert ("人工智能", "appliedIn", "农业") in found, found
    assert not any(r[1] == "enables" for r in found), found


def test_a_focus_that_develops_a_sector_still_enables_it():
    found = rule_rels("以人工智能和工业互联网为抓手，推动制造业转型升级。")
    assert ("人工智能", "enables", "制造业") in found, found


def test_a_technology_used_to_raise_a_capacity_first_enables_none_of_the_next_directive():
    found = rule_rels("规划提出，运用区块链、物联网和遥感技术提升监管能力，发展绿色食品、有机农产品等优质农产品。")
    assert not any(r[1] == "enables" for r in found), found


def test_a_technology_relied_on_to_develop_a_sector_still_enables_it():
    assert ("物联网", "enables", "智慧农业") in rule_rels("依托物联网，发展智慧农业。")


@pytest.mark.parametrize("after", ["发展北斗+智能网联汽车等新业态", "以通用人工智能赋能生物医药研发"])
def test_the_clause_after_a_fusion_that_opens_with_a_directive_is_no_product_of_it(after):
    found = rule_rels(f"下一步要推动北斗与5G、物联网深度融合，{after}。")
    assert not any(r[1] == "enables" and r[0] in ("5G", "物联网") for r in found), found


@pytest.mark.parametrize("term", ["猕猴桃溃疡病绿色防控", "茶园绿色防控", "智能滴灌", "病虫害统防统治", "膜下滴灌"])
def test_a_crop_protection_or_irrigation_technique_named_by_what_it_protects_is_one_technology(term):
    text = f"方案提出，推广{term}，提升果园管理水平。"
    found = ents(text)
    assert (term, "Technology") in found, found


def test_a_verb_before_an_irrigation_word_builds_no_technique():
    found = ents("推广滴灌，发展节水农业。")
    assert not any(t.endswith("滴灌") and len(t) > 2 for t, _ in found), found


@pytest.mark.parametrize("text", ["全年新增规上工业企业40家。", "今年要坚持工业强市，做大电子信息产业。", "现场签约12个工业项目，总投资80亿元。"])
def test_gongye_in_a_count_or_a_slogan_is_no_sector(text):
    assert ("工业", "Industry") not in ents(text)


def test_gongye_as_a_sector_beside_others_is_still_one():
    assert ("工业", "Industry") in ents("推动人工智能在工业、农业和服务业中的应用。")


def test_a_technology_a_field_clause_explores_putting_to_use_is_still_applied_there():
    found = rule_rels("鼓励有关部门在日常政务处理中探索运用云计算和移动办公，提升效率。")
    assert ("云计算", "appliedIn", "政务") in found, found


def test_the_western_land_sea_corridor_is_a_named_strategy():
    assert ("西部陆海新通道", "Policy") in ents("依托西部陆海新通道拓展东盟市场，推动特色农产品出口。")
