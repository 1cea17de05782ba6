"""News about places, people and companies outside China, round 18: a foreign
place written as a chain (country, first-level division, city), dotted names in
a list and their short mentions, two companies joined by 与 before one company
head, and a company's name alone after its company form (ontology/patterns/
places.json, news.json, entities.json person; kg/extract/places.py,
persons.py).  Every sentence is made up for this test, none taken from an
annotated passage."""
from __future__ import annotations

from kg.extract import extract_text


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


# --- a foreign place chain: each place a Region


def test_a_country_and_a_division_it_holds_are_two_regions_and_the_city_after_them_a_third():
    got = typed("两家公司宣布将在西班牙卡斯蒂利亚自治区巴利亚多利德合资建设工厂。", "Region")
    assert {"西班牙", "卡斯蒂利亚自治区", "巴利亚多利德"} <= got, got
    assert "西班牙卡斯蒂利亚自治区" not in got, got


def test_a_town_after_a_known_state_is_a_region_with_a_saint_prefix():
    got = typed("该公司在美国得克萨斯州圣马科斯的研发中心发布新品。", "Region")
    assert {"美国", "得克萨斯州", "圣马科斯"} <= got, got


def test_a_chinese_place_chain_is_left_to_the_gazetteer():
    # no transliteration name after a Chinese province and city
    got = typed("项目落地广东省深圳市南山区，总投资十亿元。", "Region")
    assert not any(g.startswith("南山区") and g != "南山区" for g in got), got
    assert "总投资" not in got, got


def test_a_word_after_a_chain_is_no_place():
    got = typed("公司在德国巴伐利亚州建设工厂。", "Region")
    assert got == {"德国", "巴伐利亚州"}, got


# --- dotted names in a list, and their short mentions


def test_every_dotted_name_of_a_list_is_a_person_and_the_surname_later_too():
    text = "英国科学家彼得·霍尔、米歇尔·贝尔和约翰·马洛因在材料研究中的贡献获奖。马洛曾在某大学任教。"
    got = typed(text, "Person")
    assert {"彼得·霍尔", "米歇尔·贝尔", "约翰·马洛", "马洛"} <= got, got


def test_a_name_written_given_name_first_is_cut_to_its_first_part_before_a_speech_cue():
    got = typed("某国总理塔纳·素拉差出席仪式，塔纳表示，双方合作将继续深化。", "Person")
    assert {"塔纳·素拉差", "塔纳"} <= got, got


def test_the_first_part_without_a_speech_cue_is_not_taken():
    got = typed("某国总理塔纳·素拉差出席仪式，塔纳地区的代表也到场。", "Person")
    assert "塔纳" not in got, got


# --- two companies before one company head; the name alone after its company form


def test_a_known_company_and_another_joined_before_jituan_are_two_companies():
    got = typed("宁德时代与斯科达集团宣布在欧洲合资建厂。", "Institution")
    assert {"宁德时代", "斯科达集团"} <= got, got
    assert "宁德时代与斯科达集团" not in got, got


def test_a_company_named_in_its_company_form_is_named_by_its_name_alone_later():
    text = "阿斯特拉集团宣布扩产。该厂电池将用于阿斯特拉旗下车型，阿斯特拉同时披露了新的投资计划。"
    got = [m.text for m in extract_text(text).mentions if m.type == "Institution"]
    assert got.count("阿斯特拉") == 2, got


def test_the_name_alone_before_its_company_form_or_inside_a_longer_word_is_left_out():
    text = "苹果公司发布新品。当地苹果汁销量上涨，苹果树种植面积扩大。"
    got = [m.text for m in extract_text(text).mentions if m.type == "Institution"]
    assert got == ["苹果公司"], got


# --- a foreign country before a company named in Latin letters or transliteration


def test_a_foreign_country_before_a_latin_company_name_is_a_region_and_the_company():
    got = {(m.text, m.type) for m in extract_text("双方与法国ACME公司在巴黎签署合作协议。").mentions}
    assert {("法国", "Region"), ("ACME公司", "Institution")} <= got, got
    assert ("法国ACME公司", "Institution") not in got, got


def test_a_foreign_country_before_a_transliterated_company_name_is_split_too():
    got = typed("意大利萨维诺集团宣布扩大投资。", "Institution")
    assert got == {"萨维诺集团"}, got


def test_zhongguo_before_a_latin_company_name_stays_in_the_name():
    got = typed("中国XYZ公司宣布扩大投资。", "Institution")
    assert got == {"中国XYZ公司"}, got
