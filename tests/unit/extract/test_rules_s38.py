"""A local work report a passage relays (某县2022年政府工作报告提出，…) prioritizes
what the passage names after it, to the end of the paragraph or until another
voice takes over, but not the fields its items are applied in; a national
report quoted by title is left alone.  A pair joined by 与 or 和 inside a list
is one name only when no 在 (a field frame) runs through it; a festival of a
fruit or drink held in a year, written with its place in brackets, is an
event.  Made-up names; each positive test fails without its rule, the others
guard what must stay unread.  The provincial Party committees' journals whose
titles are no common word (新湘评论, 当代江西, 支部生活) are publications, and a
county committee is one body when its county is a lexicon place jieba misreads
(安化|县委书记); a craft named alone in quotes with its number (“某某一号”, “某鲲号”)
is a named product."""
from __future__ import annotations

from support.entities import rels, ents


def _report_priorities(text: str) -> set[str]:
    return {t for h, r, t in rels(text) if r == "prioritizes" and h.endswith("政府工作报告")}


def test_a_relayed_county_report_prioritizes_what_the_passage_names_after_it():
    found = _report_priorities("河北青川县2022年政府工作报告提出，巩固核桃产业。"
                               "今年要培育冷链物流和农产品电商，建设人参全产业链数字化平台。")
    assert {"冷链物流", "农产品电商"} <= found, found


def test_the_fields_items_are_applied_in_are_not_the_reports_priorities():
    found = _report_priorities("青川县2022年政府工作报告提出，巩固核桃产业。今年要培育冷链物流，"
                               "推动5G、工业互联网在钢铁、化工等传统产业深度应用。")
    assert "冷链物流" in found, found
    assert not found & {"钢铁", "化工", "传统产业"}, found


def test_another_voice_ends_the_reports_scope():
    found = _report_priorities("青川县2022年政府工作报告提出，巩固核桃产业。今年要培育冷链物流。"
                               "作者、某大学经济学院教授李青指出，要推动人工智能赋能纺织。")
    assert "冷链物流" in found, found
    assert "人工智能" not in found, found


def test_a_national_report_quoted_by_title_is_not_relayed():
    found = {(h, t) for h, r, t in rels("某报刊文指出，《政府工作报告》提出，加快发展冷链物流。") if r == "prioritizes"}
    assert not any(h == "政府工作报告" for h, _ in found), found


def test_a_pair_joined_across_a_field_frame_is_two_names():
    found = ents("推动卫星遥感、无人农机与智能灌溉在小麦、玉米生产中的应用。")
    assert not any("在" in t for t, _ in found), found
    assert ("智能灌溉", "Technology") in found or ("无人农机", "Technology") in found, found


def test_a_fruit_or_drink_festival_with_its_place_in_brackets_is_an_event():
    found = ents("本台消息，2021中国（青川）蓝莓节在青川县开幕。")
    assert ("2021中国（青川）蓝莓节", "Event") in found, found
    found = ents("本台消息，2022中国·青川冰酒节在青川县开幕。")
    assert ("2022中国·青川冰酒节", "Event") in found, found


def test_a_provincial_party_journal_is_a_publication():
    found = ents("当代江西刊发南昌某大学教授李青的文章认为，要做强铜基新材料。")
    assert ("当代江西", "Publication") in found, found
    found = ents("支部生活近日刊文指出，要发展林下经济。")
    assert ("支部生活", "Publication") in found, found


def test_a_county_committee_whose_place_jieba_reads_as_a_verb_is_one_body():
    # a real county (the rule reads the lexicon): jieba cuts 安化|县委书记 and tags 安化 a verb
    found = ents("安化县委书记李青在开幕式上致辞。")
    assert ("安化县委", "Institution") in found, found
    assert ("李青", "affiliatedWith", "安化县委") in rels("安化县委书记李青在开幕式上致辞。")


def test_a_craft_named_alone_in_quotes_with_its_number_is_a_product():
    found = ents("某集团研制的“海鹰一号”今天完成安装。")
    assert ("海鹰一号", "Technology") in found, found
    found = ents("亚洲最大的挖泥船“青鲲号”今天交付。")
    assert ("青鲲号", "Technology") in found, found
    found = ents("这家百年“老字号”推出新品。")
    assert not any("字号" in t for t, _ in found), found
