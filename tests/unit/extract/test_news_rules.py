"""News-genre rules (issue 11, N2): people, bodies and events news writes with
no title or speech cue (ontology/patterns/news.json, kg/extract/persons.py).
Every sentence is made up for this test, none taken from an annotated passage."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract import extract_text
from kg.extract.persons import news_patterns
from kg.options import ExtractorOptions
from support.entities import ents


def persons(text: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == "Person"}


# --- transliterated names written with ·, anywhere, and their surname later


def test_a_dotted_foreign_name_after_de_is_a_person():
    got = persons("该奖项授予某某研究院的马丁·罗森伯格，以表彰他在材料科学方面的贡献。")
    assert "马丁·罗森伯格" in got, got


def test_the_surname_of_a_dotted_name_alone_later_is_the_person():
    got = persons("会议邀请了奥斯卡·梅森。梅森此前曾在多家企业任职。")
    assert {"奥斯卡·梅森", "梅森"} <= got, got


def test_a_dotted_brand_of_chinese_words_is_no_person():
    got = persons("本届活动以“数字·未来”为主题，吸引了众多企业参展。")
    assert not got, got


# --- two names joined by 和/与


def test_two_unknown_names_at_a_clause_start_before_zai_are_persons():
    got = persons("昨天，钱立恒和孔雅岚在决赛中发挥出色。")
    assert {"钱立恒", "孔雅岚"} <= got, got


def test_a_name_glued_to_jun_by_jieba_stays_a_two_character_name():
    got = persons("比赛开始前，邵磊和郜林均未进入首发名单。")
    assert "郜林" in got and "郜林均" not in got, got


def test_a_name_beside_a_known_person_is_a_person():
    got = persons("何立峰与贝森特进行了深入交流。")
    assert "贝森特" in got, got


def test_two_common_nouns_joined_by_he_are_no_persons():
    got = persons("高校和企业在人才培养方面加强合作。")
    assert not got, got


def test_two_unknown_words_not_at_a_clause_start_are_no_pair():
    got = persons("我们支持石墨和金刚石在新材料领域的应用。")
    assert not got, got


# --- names glued by jieba to the word after them, or split from their surname


def test_a_name_after_a_title_glued_to_zai_keeps_two_characters():
    got = persons("某公司首席执行官李健在发布会上介绍了新产品。")
    assert "李健" in got, got


def test_a_surname_split_off_by_jieba_stays_in_the_name_before_jieren():
    got = persons("某集团宣布，原总裁将卸任，由蔡崇信接任。")
    assert "蔡崇信" in got and "崇信" not in got, got


def test_a_coach_title_before_a_name():
    got = persons("国家队主教练马琳带领队员进行集训。")
    assert "马琳" in got, got


# --- a body named before an officer's title that a person follows


def test_a_brand_before_an_officer_title_and_a_name_is_an_institution():
    got = ents("荣耀首席执行官李健在大会上发表演讲。")
    assert ("荣耀", "Institution") in got and ("荣耀", "Person") not in got, got
    assert ("李健", "Person") in got, got


def test_a_forum_followed_by_its_president_is_the_organisation():
    got = ents("世界经济论坛总裁在会上致辞。")
    assert ("世界经济论坛", "Institution") in got, got


def test_a_forum_held_stays_an_event():
    got = ents("今年的世界经济论坛在天津开幕。")
    assert ("世界经济论坛", "Event") in got, got


# --- a leader's name opening a named theory


def test_a_name_inside_a_named_theory_is_no_person():
    got = persons("坚持以习近平新时代中国特色社会主义思想为指导，推动高质量发展。")
    assert "习近平" not in got, got


def test_the_same_leader_speaking_is_a_person():
    got = persons("习近平指出，要加快发展新质生产力。")
    assert "习近平" in got, got


# --- the rule file is validated on load


def test_news_patterns_reject_an_unknown_key(tmp_path):
    p = tmp_path / "news.json"
    data = json.loads(open(news_patterns.__wrapped__.__globals__["NEWS_PATH"], encoding="utf-8").read())
    data["pair_joinerz"] = ["和"]
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="unknown key 'pair_joinerz'"):
        news_patterns.__wrapped__(str(p))


def test_news_patterns_reject_an_unknown_type(tmp_path):
    p = tmp_path / "news.json"
    data = json.loads(open(news_patterns.__wrapped__.__globals__["NEWS_PATH"], encoding="utf-8").read())
    data["body_officer_types"] = ["Meeting"]
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="unknown entity type"):
        news_patterns.__wrapped__(str(p))


# --- prizes are Events (annotation.md: 第七届中国工业大奖)


def test_a_listed_prize_is_an_event_and_keeps_its_ordinal():
    got = ents("该团队获得了国家技术发明奖，其负责人还获得了图灵奖和第八届中国工业大奖。")
    assert {("国家技术发明奖", "Event"), ("图灵奖", "Event"), ("第八届中国工业大奖", "Event")} <= got, got


def test_the_umbrella_state_prize_names_no_prize():
    got = ents("对获得国家科学技术奖的单位给予配套奖励。")
    assert not any(t == "Event" for _, t in got), got


# --- the statistical names (the `ner` extra) do not take the word jieba glued to a name


def test_ner_leaves_the_word_glued_to_a_given_name_out():
    pytest.importorskip("jiagu")
    got = {(m.text, m.type) for m in extract_text("某公司首席执行官李健在主题演讲中介绍了布局。", extractor=ExtractorOptions(ner=True)).mentions}
    assert ("李健", "Person") in got and ("李健在", "Person") not in got, got


# --- more cues news uses: Latin officer titles, board titles, 在X看来, 担任, 带队


def test_a_transliterated_name_after_ceo_is_a_person():
    got = persons("某某公司CEO库克访问了上海。")
    assert "库克" in got, got


def test_a_name_after_a_board_title_is_a_person():
    got = persons("某集团常务董事孔雅岚发布了新款手机。")
    assert "孔雅岚" in got, got


def test_a_transliterated_name_jieba_split_in_two_before_a_speech_verb():
    got = persons("扎克伯格表示将加大投入。")
    assert "扎克伯格" in got, got


def test_whose_view_zai_kanlai_frames_is_a_person():
    assert "钱立恒" in persons("在钱立恒看来，人工智能将重塑制造业。")
    assert not persons("在许多人看来，这项技术很重要。")
    assert not persons("在业内人士看来，这项技术很重要。")


def test_danren_and_daidui_follow_a_person():
    assert "孔雅岚" in persons("由孔雅岚担任项目负责人。")
    assert "孔雅岚" in persons("孔雅岚带队完成了这项研究。")


def test_a_frame_without_a_group_name_is_a_load_error(tmp_path):
    p = tmp_path / "news.json"
    data = json.loads(open(news_patterns.__wrapped__.__globals__["NEWS_PATH"], encoding="utf-8").read())
    data["name_frames"] = [{"regex": "在([\u4e00-\u9fff]{2,3})看来", "requires": "看来"}]
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="group named name"):
        news_patterns.__wrapped__(str(p))


def test_a_name_beside_a_person_another_rule_found_is_a_person():
    got = persons("今年33岁的孔雅岚和王立恒在实验室里完成了调试。")
    assert {"孔雅岚", "王立恒"} <= got, got


def test_a_title_list_stops_at_an_item_holding_a_verb():
    got = persons("某研究所所长孔雅岚、原载于3月5日的文章。")
    assert "孔雅岚" in got and "原载于" not in got, got
    assert {"费俊龙", "邓清明", "张陆"} <= persons("航天员费俊龙、邓清明、张陆顺利出舱。")


def test_the_surname_of_a_dotted_name_a_speech_cue_found_is_the_person_later():
    got = persons("专家马丁·罗森表示，风险值得关注。报道称罗森早已关注这一问题。")
    assert "罗森" in got, got


def test_the_surname_alone_is_labelled_with_the_full_name():
    got = {(m.text, m.label) for m in extract_text("会议邀请了奥斯卡·梅森。梅森此前曾在多家企业任职。").mentions if m.type == "Person"}
    assert ("梅森", "奥斯卡·梅森") in got, got


def test_a_leaders_remarks_about_a_topic_keep_the_person_and_the_topic():
    got = ents("深入学习习近平总书记关于人工智能的重要思想。")
    assert ("习近平", "Person") in got and ("人工智能", "Technology") in got, got
