"""News and commentary names, session 24: a transliterated name jieba glued to a
one-character speech verb (…·某某称), a foreign town written with its municipal
suffix after its state (某州某某市), a country glued to a company's name (某国|某某),
a body named by two words before its officer's title (某某空间联合创始人某某表示),
a trade paper opening with 中国 as the source of a commentary, a company named in
Latin capitals after its country and 企业, a letter of congratulation (致贺信指出),
求是杂志 (the journal is 求是) and an alliance's officer named after the bare word
联盟.  Every sentence is made up for this test,
none taken from an annotated passage."""
from __future__ import annotations

from kg.extract import extract_text


def typed(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text).mentions}


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text).relations}


def test_a_one_character_speech_verb_glued_to_the_last_part_of_a_dotted_name_is_not_in_the_name():
    got = typed("欧洲理事会主席卡尔·米德森称，此举意义重大。")
    assert ("卡尔·米德森", "Person") in got, got
    assert not any(t.endswith("称") for t, _ in got), got


def test_a_foreign_town_after_its_state_keeps_its_municipal_suffix():
    got = typed("公司计划在亚利桑那州钱德勒市扩建工厂。")
    assert ("钱德勒市", "Region") in got, got
    assert ("钱德勒", "Region") not in got, got


def test_a_country_glued_to_a_lexicon_company_is_a_region_and_locates_it():
    text = "政府将向瑞典爱立信提供一笔贷款。"
    assert ("瑞典", "Region") in typed(text)
    assert ("爱立信", "locatedIn", "瑞典") in relations(text)


def test_a_foreign_country_ending_in_guo_right_before_a_company_locates_it_but_china_does_not():
    text = "政府将向韩国现代汽车提供一笔贷款。"
    got = relations(text)
    assert any(r[1] == "locatedIn" and r[2] == "韩国" for r in got), got


def test_two_words_before_an_officer_title_a_name_and_a_speech_cue_are_the_body_everywhere_in_the_passage():
    text = "北辰空间研制的火箭完成首飞。北辰空间首席执行官李明远表示，公司将扩大产能。"
    ex = extract_text(text)
    spans = [(m.text, m.type, m.start) for m in ex.mentions if m.text == "北辰空间"]
    assert {s[1] for s in spans} == {"Institution"} and len(spans) == 2, spans
    assert ("李明远", "affiliatedWith", "北辰空间") in {(r.head_text, r.type, r.tail_text) for r in ex.relations}


def test_two_common_words_before_an_officer_title_are_no_body():
    got = typed("会上，产业联盟秘书长张明远表示，将加快发展。")
    assert ("产业联盟", "Institution") not in got, got


def test_a_long_trade_paper_opening_with_china_is_the_source_of_a_commentary():
    got = typed("中国新能源汽车产业报刊发评论认为，要加快发展。")
    assert ("中国新能源汽车产业报", "Publication") in got, got
    assert ("中国", "Region") not in got, got


def test_a_paper_s_article_is_a_cue_for_the_paper():
    got = typed("江城晨报文章称，要加快发展。")
    assert ("江城晨报", "Publication") in got, got


def test_a_company_in_latin_capitals_after_its_country_and_qiye_is_located_there():
    text = "远景科技近日与阿联酋企业MASDAR签署供货协议。"
    assert ("MASDAR", "Institution") in typed(text)
    assert ("MASDAR", "locatedIn", "阿联酋") in relations(text)


def test_a_letter_of_congratulation_before_a_speech_cue_is_no_person():
    got = typed("国家主席致贺信指出，发展前景广阔。")
    assert not any(t == "Person" for _, t in got), got


def test_the_journal_qiushi_is_named_without_zazhi():
    got = typed("某研究院近日在求是杂志发表文章称，应加强基础研究。")
    assert ("求是", "Publication") in got, got


def test_an_alliance_officer_named_by_the_bare_word_belongs_to_the_alliance_the_paragraph_is_about():
    text = "华东智能装备产业联盟近日发布报告说，协作装备增长较快。联盟执行秘书长陈立新表示，明年将扩大会员范围。"
    assert ("陈立新", "affiliatedWith", "华东智能装备产业联盟") in relations(text)


def test_a_foreign_town_after_its_country_before_an_opening_verb_is_a_region():
    got = typed("某公司新工厂在泰国罗勇竣工投产。")
    assert ("罗勇", "Region") in got, got


def test_a_transliteration_character_cut_off_a_town_after_a_foreign_province_joins_it_before_a_venue_verb():
    got = typed("电池新厂去年在印尼西爪哇省苏卡旺落成。")
    assert ("苏卡旺", "Region") in got, got
