"""Session 53's rules. A three-character name framed by a title and a word that
follows names is a person whatever its surname (局长凃某某作…, 副市长都某某出席…);
a head's yearly work report at the meeting named in the sentence before states
the meeting's priorities, and he speaks at it; a division whose two fields are joined by 与 (节能与综合
利用处) is one body with its department; what happens to the sector a means
frame drives (…普及) is no part of its name. Made-up bodies, persons, places and
titles; each test of a reading fails without its rule, the others guard what a
rule must leave alone. A class closing a list of three technologies or more
(甲、乙和丙等某某材料) is a technology with its items as parts, unless only
generic words qualify it (国产化材料, 关键材料). A district whose name is a word
opens its government at a clause's start (某年区人民政府), and 该行动 stands for the
policy named before as 该方案 does. Before the heads of tourism and care
(旅游, 康养) a domain noun no lexicon knows opens the sector's name. An activity
named with its object (…监测, …核算, …诊断) is the field a technique is applied in,
between 在 and 中的应用 up to eight characters, and after 开展 or 用于. What the clauses
after an implemented programme strengthen, extend or upgrade (做强, 延伸, 改造提升)
are its priorities. An author unit line (（作者单位：…）) gives the author named
before his body; who presents something at a named event (在某大会上介绍…) speaks
at it. Firms that settle in a place (A、B等企业在C落地) are located there, and a
subsidiary's headquarters are its own (X隶属Y集团，总部位于C). A body that launches a programme, or issues the notice
putting it in place, issued it. Three or more unknown items right after 培育,
壮大 or 做强 are sectors."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_three_character_name_framed_by_a_title_takes_any_surname():
    text = "澄江省水利厅近日在星河市召开全省水利工作会议。厅长凃远帆作工作报告。星河市副市长都晴川出席并致辞。"
    found = ents(text)
    assert ("凃远帆", "Person") in found, found
    assert ("都晴川", "Person") in found, found
    assert ("凃远帆", "affiliatedWith", "澄江省水利厅") in rels(text)


def test_a_word_a_body_or_an_adverb_after_a_title_is_no_person():
    text = ("澄江省水利厅召开全省水利工作会议，厅长亲自出席会议，厅长代表厅党组作工作报告。"
            "市长都出席了会议，教授团队作专题报告。")
    found = ents(text)
    assert not any(t == "Person" for _, t in found), found


def test_a_yearly_work_report_at_the_meeting_before_states_its_priorities():
    text = ("澄江省水利厅1月在星河市召开全省水利工作会议。"
            "厅长凃远帆作年度工作报告，部署今年重点任务：推广智能灌溉系统，发展节水灌溉装备制造。")
    found = rels(text)
    assert ("全省水利工作会议", "prioritizes", "智能灌溉系统") in found, found
    assert ("凃远帆", "spokeAt", "全省水利工作会议") in found, found


def test_a_division_of_two_fields_joined_by_yu_is_one_body_with_its_department():
    text = "澄江省水利厅节水与灌溉处日前下发《关于组织申报灌区改造项目的通知》。"
    found = ents(text)
    assert ("澄江省水利厅节水与灌溉处", "Institution") in found, found
    assert ("《关于组织申报灌区改造项目的通知》", "issuedBy", "澄江省水利厅节水与灌溉处") in rels(text)


def test_what_happens_to_a_driven_sector_is_cut_before_the_list_is_split():
    text = "文章建议，以智能灌溉系统带动节水农业普及。"
    found = ents(text)
    assert ("节水农业", "Industry") in found, found
    assert not any(name.startswith("节水农业") and name != "节水农业" for name, _ in found), found


def test_a_class_closing_a_list_of_three_technologies_is_one_with_its_items_as_parts():
    text = "澄江省支持发展碳化硅、氮化镓和氧化镓等功率芯片材料。"
    found = ents(text)
    assert ("功率芯片材料", "Technology") in found, found
    assert ("氮化镓", "partOf", "功率芯片材料") in rels(text)


def test_a_generic_class_closing_a_list_sums_it_up_and_is_no_name():
    found = ents("澄江省支持发展碳化硅、氮化镓和氧化镓等国产化材料，推广甲醇、乙醇和丙醇等关键材料。")
    assert not any(name.endswith("材料") for name, _ in found), found


def test_a_district_named_by_a_word_opens_its_government_and_a_plan_anaphor_says_its_priorities():
    text = ("丰年区人民政府5月印发《丰年区紧固件产业数字化转型行动》（下称《紧固件行动》）。"
            "该行动提出，推广工业互联网平台，做强紧固件产业。")
    found = rels(text)
    assert ("《丰年区紧固件产业数字化转型行动》", "issuedBy", "丰年区人民政府") in found, found
    assert ("《紧固件行动》", "prioritizes", "工业互联网平台") in found, found


def test_a_zone_before_a_government_is_no_district_and_a_bare_action_says_nothing():
    text = "开发区人民政府印发《开发区招商行动》。行动提出，推广工业互联网平台。"
    assert not any(t == "Region" for _, t in ents(text)), ents(text)
    assert not any(r == "prioritizes" for _, r, _ in rels(text)), rels(text)


def test_a_kind_of_tourism_or_care_no_lexicon_knows_is_a_sector():
    found = ents("当地旅居康养和林下生态养殖发展迅速。")
    assert ("旅居康养", "Industry") in found, found
    assert ("康养", "Industry") not in found, found


def test_a_crop_and_its_farming_stay_apart():
    found = ents("推进道地药材规范化种植，发展党参、当归等道地药材。")
    assert not any(name.endswith("种植") and len(name) > 6 for name, _ in found), found


def test_a_longer_field_of_an_activity_is_where_a_technique_is_applied():
    text = "推动物联网在水库大坝安全监测中的应用，运用卫星遥感开展灌区墒情监测，并将数字孪生用于泵站故障诊断。"
    found = rels(text)
    assert ("物联网", "appliedIn", "水库大坝安全监测") in found, found
    assert ("卫星遥感", "appliedIn", "灌区墒情监测") in found, found
    assert ("数字孪生", "appliedIn", "泵站故障诊断") in found, found


def test_an_activity_with_no_object_names_no_field():
    found = ents("运用卫星遥感开展监测，并将数字孪生用于诊断。")
    assert not any(t == "Industry" for _, t in found), found


def test_what_the_clauses_after_an_implemented_programme_strengthen_are_its_priorities():
    text = "今年要实施丰年县产业振兴三年行动，改造提升纺织、食品等传统产业，做强碳化硅功率器件，延伸锂电池材料产业链。"
    found = rels(text)
    assert ("丰年县产业振兴三年行动", "prioritizes", "碳化硅功率器件") in found, found


def test_a_proposer_before_the_programme_keeps_what_follows():
    text = "文章提出实施丰年县产业振兴三年行动，做强碳化硅功率器件。"
    assert ("丰年县产业振兴三年行动", "prioritizes", "碳化硅功率器件") not in rels(text)


def test_an_author_unit_line_gives_the_named_author_his_body():
    text = "星河日报刊发芮远帆的文章认为，灌区改造不容忽视。文章建议，推广智能灌溉系统。（作者单位：河海大学农业工程学院）"
    assert ("芮远帆", "affiliatedWith", "河海大学农业工程学院") in rels(text), rels(text)


def test_who_presents_something_at_a_named_event_speaks_at_it():
    text = "澄江省水利学会秘书长芮远帆在2024澄江智慧水利大会上介绍，全省灌区改造进展较快。"
    assert ("芮远帆", "spokeAt", "2024澄江智慧水利大会") in rels(text), rels(text)


def test_firms_that_settle_somewhere_are_located_there_and_a_subsidiary_has_its_own_headquarters():
    found = rels("星澜科技、澜川智造等企业相继在澄江县落地。凌霄航空隶属吉利科技集团，总部位于四川成都。")
    assert ("星澜科技", "locatedIn", "澄江县") in found, found
    assert ("凌霄航空", "locatedIn", "成都") in found, found
    assert ("吉利科技集团", "locatedIn", "成都") not in found, found


def test_a_body_that_launches_a_programme_or_issues_the_notice_putting_it_in_place_issued_it():
    found = rels("澄江省水利厅2023年启动灌区数字化提升计划。澄江省科学技术厅、澄江省财政厅2022年印发通知，在智慧水利领域实施节水装备攻关工程。")
    assert ("灌区数字化提升计划", "issuedBy", "澄江省水利厅") in found, found
    assert ("节水装备攻关工程", "issuedBy", "澄江省财政厅") in found, found


def test_a_list_that_is_fostered_or_made_bigger_names_sectors_no_lexicon_knows():
    found = ents("澄江县要培育功能性竹席、竹编工艺品和竹纤维家纺。")
    assert {("功能性竹席", "Industry"), ("竹编工艺品", "Industry"), ("竹纤维家纺", "Industry")} <= found, found
