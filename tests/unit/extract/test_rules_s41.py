"""A festival, promotion or launch named with its year or ordinal and its place
in brackets or after · (2023中国·某县某某节, 第五届中国（某县）某某文化节,
2022中国·某县某某产业推介会) is one Event, not the country 中国 and a sector;
a paper's own dateline (本报讯) names no paper; a county named in full and then
by its short form as a clause's subject or object (某某将…, 与某某签约) is that
place again, but not inside a product's name; a town after its county in a
venue (在某县某某镇开幕) is a place; 力争 before a sector is the target verb,
not part of the sector's name; firms listed after a support verb and closed by
巩固 or 拓展 are Institutions, and so are food firms (某某食品) opening a
clause before their new lines; the first item of a list that holds a verb
(推动某某产业应用甲、乙和丙) is a clause, not one name; a verb jieba joins to a
name (省长某某作政府工作报告) is no part of it.  Made-up events, firms and people (the places are real
counties); each positive test fails without its rule."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_festival_with_its_year_and_place_is_one_event():
    text = "本报讯 6月8日，2023中国·青田石雕节在青田县开幕。某厅副厅长张明远在开幕式上致辞。"
    found = ents(text)
    assert ("2023中国·青田石雕节", "Event") in found
    assert ("中国", "Region") not in found
    assert ("张明远", "spokeAt", "2023中国·青田石雕节") in rels(text)


def test_a_numbered_festival_with_its_place_in_brackets_is_one_event():
    text = "本台消息 9月2日，第三届中国（松阳）香茶文化节在松阳县开幕，县委书记李文华出席并讲话。"
    assert ("第三届中国（松阳）香茶文化节", "Event") in ents(text)
    assert ("李文华", "spokeAt", "第三届中国（松阳）香茶文化节") in rels(text)
    # a fair's name ends at its head: the date after it is no part of it
    assert ("第三届中国（松阳）茶叶博览会", "Event") in ents("第三届中国（松阳）茶叶博览会近日在松阳县开幕。")


def test_a_promotion_with_its_year_is_an_event_and_saving_words_are_no_festival():
    assert ("2022中国·望江挑花产业推介会", "Event") in ents("2022中国·望江挑花产业推介会在望江县举行。")
    assert ("2023中国国际节能博览会", "Event") in ents("2023中国国际节能博览会在某市开幕。")


def test_the_papers_own_dateline_names_no_paper():
    assert not {s for s, t in ents("本报讯 3月8日，某某项目在青田县开工。") if t == "Publication"}
    assert ("丽水日报", "Publication") in ents("丽水日报讯 3月8日，项目开工。")


def test_a_countys_short_form_after_its_full_name_is_the_county():
    found = ents("本台消息 6月8日，杨梅大会在仙居县开幕。据介绍，仙居已建成杨梅数字化种植基地。")
    assert ("仙居", "Region") in found
    assert ("桐庐", "Region") in ents("快递大会在桐庐县举行。会上，多家企业与桐庐签约。")
    # a product named after the county is no mention of it
    assert ("仙居", "Region") not in ents("仙居县推广杨梅种植，仙居杨梅远销海外。")


def test_a_town_after_its_county_in_a_venue_is_a_place():
    text = "本台消息 9月2日，某某香茶文化节在松阳县新兴镇开幕。"
    assert ("新兴镇", "Region") in ents(text)
    assert ("下营镇", "Region") in ents("本报讯 某某石化聚烯烃项目在昌邑市下营镇开工建设。")


def test_the_target_verb_is_no_part_of_a_sector():
    found = ents("《方案》提出，力争铝型材产业营业收入年均增长10%。")
    assert ("铝型材产业", "Industry") in found
    assert not {s for s, t in found if s.startswith("力争")}


def test_firms_after_a_support_verb_closed_by_consolidating():
    found = ents("支持华泓铝业、齐岳铝业巩固建筑铝型材优势。")
    assert {("华泓铝业", "Institution"), ("齐岳铝业", "Institution")} <= found
    found = ents("支持伊泓乳业、金岳食品拓展海外市场。")
    assert {("伊泓乳业", "Institution"), ("金岳食品", "Institution")} <= found
    # 推进 is what sectors do as often: no firm closing
    assert not {s for s, t in ents("支持绿色食品、有机农业推进标准化。") if t == "Institution"}


def test_food_firms_before_their_new_lines_are_institutions():
    found = ents("过去一年，某某产业产值增长12%，金岳食品、伊泓乳业新建生产线相继达产。")
    assert {("金岳食品", "Institution"), ("伊泓乳业", "Institution")} <= found


def test_a_first_list_item_holding_a_verb_is_a_clause():
    found = ents("推动泵阀产业应用工业互联网、5G和数字孪生技术。")
    assert ("工业互联网", "Technology") in found
    assert not {s for s, t in found if "应用" in s}


def test_a_verb_joined_to_a_name_is_cut_off():
    assert ("冯岩", "Person") in ents("本台消息：某省人大会议今天开幕，省长冯岩作政府工作报告。")
    found = ents("市委书记刘永波作主旨演讲。")
    assert ("刘永波", "Person") in found
    assert not {s for s, t in found if t == "Person" and s.endswith("作")}
