"""Session 50's rules. An anaphor (该方案) after a full title that a short title was
defined for (…方案（以下简称《某方案》）。该方案明确，…) speaks for the short title,
the name written last before it; an analyst signing a report (（分析师：某某）) is its
author and belongs to the body that published it; 禄, 贠 and 禚 open persons; a
ceremony of a customs clearance (…通关仪式) or one held with no venue named (…启用仪式举行)
is an event, and so is one whose name holds a short quoted word (某市“某某”现场观摩会);
a head glued to the 在 after it (…储备局|在某市) still ends a name; a department
whose name joins two fields with 和 (某局某某和某某司), a head cooperative's
department (某合作总社 + 某某部) and an academy's centre (某科学院 + 某某中心) are one
body with their parent; what is done as a work meeting deployed (根据会议部署，…) is
the meeting's priority; who presents something at the event named before (某某介绍了…)
speaks at it, and an analyst named in a report's text (；分析师某某建议) belongs to its
publisher; a zone's managing committee (某某边境经济合作区管理委员会) is one body; a
document named without 《》 after the issuing verb and 的 (某某印发的某某实施方案提出) is a
policy; herbs and crops listed before a class of medicinal herbs or crops (…等中药材,
…等粮食作物) are lines of farming; a technique the sectors carry out as the whole action
of a clause (优先在A和B行业开展X，) is applied in them, and so is one spread in the main
growing areas of listed crops (在A、B等道地药材主产区推广X); a technology with which
sectors are fostered (以X培育A和B) enables them. Made-up bodies, persons and titles; each test of a reading
fails without its rule, the others guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels


def test_an_anaphor_after_a_defined_short_title_gives_its_priorities_to_the_short_title():
    text = ("浙江省科学技术厅2024年印发《浙江省星河材料产业提升行动方案》（以下简称《星河方案》）。"
            "该方案明确，推广增材制造和柔性电子，发展储能产业。")
    found = rels(text)
    assert ("《星河方案》", "prioritizes", "柔性电子") in found, found
    assert ("《浙江省星河材料产业提升行动方案》", "prioritizes", "柔性电子") not in found


def test_an_anaphor_after_a_full_title_alone_gives_its_priorities_to_the_full_title():
    text = "浙江省科学技术厅2024年印发《浙江省星河材料产业提升行动方案》。该方案明确，推广增材制造和柔性电子。"
    assert ("《浙江省星河材料产业提升行动方案》", "prioritizes", "柔性电子") in rels(text)


def test_an_analyst_signing_a_report_is_a_person_of_the_body_that_published_it():
    text = "岳川证券研究所发布的汽车行业研究报告认为，智能驾驶渗透率持续提升。（分析师：阚望舒）"
    assert ("阚望舒", "Person") in ents(text)
    assert ("阚望舒", "affiliatedWith", "岳川证券研究所") in rels(text)


def test_a_chief_analyst_named_in_a_sentence_is_still_read_by_the_title_rule():
    text = "岳川证券研究所首席分析师阚望舒表示，智能驾驶渗透率持续提升。"
    assert ("阚望舒", "affiliatedWith", "岳川证券研究所") in rels(text)


@pytest.mark.parametrize("name", ["禚远山", "贠明川", "禄青禾"])
def test_rare_surnames_of_the_household_register_open_a_person(name):
    assert (name, "Person") in ents(f"县委书记{name}在开幕式上致辞。")


def test_a_customs_clearance_ceremony_held_in_a_district_is_an_event_there():
    text = "本报讯 5月8日，跨境电商试点首单通关仪式在宁波市北仑区举行，区长贠明川出席并致辞。"
    found = rels(text)
    assert ("跨境电商试点首单通关仪式", "locatedIn", "北仑区") in found, found
    assert ("贠明川", "spokeAt", "跨境电商试点首单通关仪式") in found


def test_a_ceremony_held_with_no_venue_named_is_an_event():
    text = "本台消息 3月28日，某某区城市数据中心启用仪式举行，副区长禄青禾出席并致辞。"
    assert ("禄青禾", "spokeAt", "某某区城市数据中心启用仪式") in rels(text)


def test_an_event_name_holding_a_short_quoted_word_is_one_event():
    text = "本台消息 3月2日，南阳市“春耕”智能农机作业现场观摩会在唐河县举行，副县长禚远山出席并讲话。"
    found = rels(text)
    assert ("南阳市“春耕”智能农机作业现场观摩会", "locatedIn", "唐河县") in found, found
    assert ("禚远山", "spokeAt", "南阳市“春耕”智能农机作业现场观摩会") in found


def test_a_bureau_glued_to_the_preposition_after_it_still_ends_its_name():
    found = ents("3月5日，湖北省粮食和物资储备局在武汉召开全省粮食流通工作会议。")
    assert ("湖北省粮食和物资储备局", "Institution") in found, found
    assert ("湖北省", "Region") not in found


def test_a_department_joining_two_fields_with_he_is_one_body_with_its_bureau():
    text = "国家林业和草原局科技和标准司印发《关于开展某项林业试点工作的通知》。"
    assert ("《关于开展某项林业试点工作的通知》", "issuedBy", "国家林业和草原局科技和标准司") in rels(text)


def test_a_head_cooperatives_department_is_one_body_with_it():
    found = ents("中华全国供销合作总社合作指导部印发通知，推进农村电商发展。")
    assert ("中华全国供销合作总社合作指导部", "Institution") in found, found


def test_an_academys_centre_is_one_body_with_the_academy():
    text = "中国林业科学院竹藤资源中心研究员阚望舒认为，要发展智慧农业。"
    assert ("阚望舒", "affiliatedWith", "中国林业科学院竹藤资源中心") in rels(text)


@pytest.mark.parametrize("formula", ["根据会议部署", "按照会议要求"])
def test_what_is_done_as_a_work_meeting_deployed_is_the_meetings_priority(formula):
    text = f"3月2日，浙江省林业局在杭州召开全省林业工作会议，局长禚远山在会上作工作报告。{formula}，全省今年将做强竹产业。"
    assert ("全省林业工作会议", "prioritizes", "竹产业") in rels(text)


def test_who_presents_at_the_event_named_before_speaks_at_it():
    text = ("本报讯 8月18日，2024某某县茶叶产销对接会在某某县某某镇举行。副县长阚望舒出席并致辞，"
            "省茶叶产业协会会长禄青禾介绍了全省茶叶标准化种植情况。")
    assert ("禄青禾", "spokeAt", "2024某某县茶叶产销对接会") in rels(text)


def test_an_analyst_named_in_the_reports_text_belongs_to_its_publisher():
    text = "嘉岭证券研究所发布的年度策略报告认为，创新药研发持续活跃；分析师阚望舒建议关注医疗器械板块。"
    assert ("阚望舒", "affiliatedWith", "嘉岭证券研究所") in rels(text)


def test_a_border_zones_managing_committee_is_one_body():
    found = ents("边陲边境经济合作区管理委员会2023年印发方案，发展跨境电商。")
    assert ("边陲边境经济合作区管理委员会", "Institution") in found, found


def test_a_document_named_after_an_issuing_verb_and_de_is_a_policy_its_issuer_issued():
    text = "丽水市人民政府2022年印发的青溪口岸资源转化实施方案提出，发展跨境电商和冷链物流。"
    found = rels(text)
    assert ("青溪口岸资源转化实施方案", "issuedBy", "丽水市人民政府") in found, found
    assert ("青溪口岸资源转化实施方案", "prioritizes", "冷链物流") in found


def test_herbs_listed_before_the_class_of_medicinal_herbs_are_sectors_of_it():
    text = "推广川芎、白芷等中药材规范化种植。"
    assert {("川芎", "Industry"), ("白芷", "Industry")} <= ents(text)
    assert ("白芷", "partOf", "中药材") in rels(text)


def test_crops_listed_before_a_class_of_crops_are_sectors():
    assert {("谷子", "Industry"), ("荞麦", "Industry")} <= ents("扩大谷子、荞麦等粮食作物种植。")


def test_a_technique_sectors_carry_out_as_the_whole_action_is_applied_in_them():
    found = rels("优先在光伏和钢铁行业开展碳足迹核算，运用区块链保障数据可信。")
    assert {("碳足迹核算", "appliedIn", "光伏"), ("碳足迹核算", "appliedIn", "钢铁行业")} <= found, found


def test_a_technique_spread_in_the_growing_areas_of_listed_herbs_is_applied_in_them():
    found = rels("明确在川芎、白芷等道地药材主产区推广水肥一体化和病虫害绿色防控。")
    assert ("病虫害绿色防控", "appliedIn", "白芷") in found, found


def test_a_technology_with_which_sectors_are_fostered_enables_them():
    found = rels("以区块链技术培育数字金融和智慧物流产业。")
    assert {("区块链技术", "enables", "数字金融"), ("区块链技术", "enables", "智慧物流产业")} <= found, found


def test_fostering_in_a_clause_of_its_own_enables_nothing():
    found = rels("加快发展人工智能，培育数字经济。")
    assert not any(t == "enables" for _, t, _ in found), found
