"""Entity rules, round 11: leftovers of the first wave -- company-class words
read as names, co-issued titles, place + class descriptions and open-list
items. Every sentence here is made up; each test asserts the behaviour of one
rule class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- a word ending in a class character of companies is no name --------------------


def test_company_class_word_before_a_speech_cue_is_no_person():
    got = ents("多家车企宣布降价，房企负责人表示将放缓拿地。")
    assert not any(t == "Person" for _, t in got)


def test_a_real_name_before_a_speech_cue_stays_a_person():
    got = ents("王方表示同意这一安排。")
    assert ("王方", "Person") in got


# --- co-issuers before an unbracketed 关于… title stay institutions ------------------


def test_co_issuers_joined_by_a_comma_are_institutions_and_the_title_starts_at_about():
    got = ents("中共中央、国务院关于加快建设海洋装备体系的意见提出，要加强统筹。")
    assert ("关于加快建设海洋装备体系的意见", "Policy") in got
    assert ("中共中央", "Institution") in got
    assert ("国务院", "Institution") in got
    assert not any(s.startswith("中共中央") and t == "Policy" for s, t in got)


def test_a_single_issuer_before_an_unbracketed_title_is_part_of_it():
    got = ents("工业和信息化部关于加快推进海洋装备发展的通知已印发。")
    assert ("工业和信息化部关于加快推进海洋装备发展的通知", "Policy") in got


# --- list fills: no item from inside a split word, no generic company ---------------


def test_an_item_opening_with_a_character_split_off_the_word_before_is_not_filled():
    # jieba splits 超高|清|投影: 清投影 would start inside a word
    got = ents("重点发展超高清投影、虚拟现实、智能家居等产业。")
    assert not any(s.startswith("清") for s, _ in got)


def test_a_generic_company_description_in_a_company_list_is_no_company():
    got = ents("华为、小米、其他厂商等企业参与了测试。")
    assert ("其他厂商", "Institution") not in got
    got = ents("甲科技、跃动未来等企业参与了测试。")
    assert ("跃动未来", "Institution") in got


# --- lexicon: ultra-high-definition video is a named technology ---------------------


def test_ultra_high_definition_video_is_a_technology_whole():
    got = ents("推动超高清视频、虚拟现实等产业加快发展。")
    assert ("超高清视频", "Industry") in got  # whole, and of the class named after the list
    assert not any(s == "清视频" for s, _ in got)


# --- a place + classes + a bare 公司 describes; a country + a foreign university is two --


def test_a_place_and_a_technology_before_a_bare_company_word_is_no_name():
    got = ents("一家美国人工智能公司表示将扩大投资。")
    assert not any(t == "Institution" for _, t in got)
    assert ("美国", "Region") in got


def test_a_company_word_of_its_own_keeps_the_name():
    got = ents("中国移动通信集团公司表示将扩大投资。")
    assert ("中国移动通信集团公司", "Institution") in got


def test_a_country_before_a_transliterated_university_is_a_region_and_an_institution():
    got = ents("加拿大多伦多大学的研究人员发现了新材料。")
    assert ("加拿大", "Region") in got
    assert ("多伦多大学", "Institution") in got
    got = ents("浙江工业大学的研究人员发现了新材料。")
    assert ("浙江工业大学", "Institution") in got
