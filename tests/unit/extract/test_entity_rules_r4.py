"""Entity rules of round 4 (issue 11 items 3, 4, 7): junk spans glued from a
numeral's unit, a dateline, a verb or a descriptive adjective, name fragments
typed Person, and companies typed by their context.  Every sentence is written
for this test, none taken from an annotated passage."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract import extract_text
from kg.extract.lexicon import PATTERNS_DIR, load_entity_patterns, validate_patterns
from kg.options import ExtractorOptions
from support.entities import ents


def surfaces(text: str) -> set[str]:
    return {m.text for m in extract_text(text, extractor=ExtractorOptions(spanfill=False)).mentions}


# --- a numeral's unit or a date glued to the next word is not part of a name


def test_a_measure_word_glued_after_a_numeral_starts_no_institution():
    got = surfaces("这家母基金已与36只子基金签约，另有12只子基金在谈。")
    assert not any(s.startswith("只") for s in got), got


def test_a_dateline_glued_to_an_organisation_is_cut_off():
    got = ents("新华社南京8月2日电国务院副总理张三在会上讲话。")
    assert not any(s.startswith("日电") for s, _ in got), got


# --- verbs jieba tags as nouns end a name's modifiers


def test_a_meeting_verb_is_not_part_of_a_company_name():
    got = surfaces("市长在杭州会见德国西门子公司总裁一行。")
    assert not any("会见" in s for s in got), got


def test_a_contest_verb_is_not_part_of_a_team_name():
    got = ents("中国男篮以90比70战胜巴西队，晋级决赛。")
    assert not any("战胜" in s for s, _ in got), got


# --- descriptive …性 adjectives are not part of an organisation's name


def test_a_descriptive_adjective_before_a_sector_is_no_institution():
    got = surfaces("区域性生物制药企业纷纷加大研发投入。")
    assert "区域性生物制药" not in got


# --- Person: fragments of a name or a surname-like word + a function word


def test_a_surname_like_adverb_and_a_preposition_are_not_a_person():
    got = ents("院士曾以“灯塔”为喻谈论基础研究。")
    assert ("曾以", "Person") not in got


def test_a_name_whose_last_character_jieba_glued_to_a_speech_verb_stays_whole():
    got = ents("北京大学教授王炅武说，算力是基础。")
    assert ("王炅", "Person") not in got
    assert ("王炅武", "Person") in got


# --- companies typed by their context: brand + sector word before a role title


def test_a_brand_and_sector_word_before_a_role_title_is_a_company():
    got = ents("鑫泽能源董事长刘明在发布会上介绍了新产品。")
    assert ("鑫泽能源", "Institution") in got
    assert ("能源", "Industry") not in got


def test_a_sector_word_alone_before_a_role_title_stays_a_sector():
    got = ents("全省能源总经理座谈会召开。")
    assert ("全省能源", "Institution") not in got


# --- the new keys are validated on load


def test_new_keys_are_validated():
    data = load_entity_patterns()
    bad = dict(data, numeral_units=5)
    with pytest.raises(KgError, match="numeral_units"):
        validate_patterns(bad)
    heads = dict(data["heads"])
    heads["Institution"] = dict(heads["Institution"], modifier_stop_regex="(")
    with pytest.raises(KgError, match="modifier_stop_regex"):
        validate_patterns(dict(data, heads=heads))


# --- a class-forming modifier before a technology head word


def test_a_battery_chemistry_before_a_battery_head_is_one_technology():
    got = ents("该厂扩产锂离子电池，并试产全固态电池。")
    assert ("锂离子电池", "Technology") in got


# --- a byline that names a team is no person


def test_a_team_byline_names_its_organisation_not_a_person():
    from kg.extract import extract_document
    from kg.model import Document

    doc = Document(id="t4", source="t4.txt", text="推动量子计算发展。", authors=["人民日报评论部写作组", "张小川"])
    meta = {(m.text, m.type) for m in extract_document(doc).mentions if m.source == "metadata"}
    assert ("人民日报评论部写作组", "Person") not in meta
    assert ("张小川", "Person") in meta


def test_an_officer_title_after_a_group_shows_a_named_company():
    got = ents("星光医疗机器人集团常务副总裁王明说，订单增长很快。")
    assert ("星光医疗机器人集团", "Institution") in got


def test_a_group_without_an_officer_after_it_stays_a_class():
    got = surfaces("医疗机器人集团纷纷布局海外市场。")
    assert "医疗机器人集团" not in got


def test_an_officer_title_does_not_name_a_part_of_a_longer_name():
    got = surfaces("她加入猿辅导集团副总裁团队。")
    assert "辅导集团" not in got


# --- a place before a known organisation is a name of its own


def test_a_country_before_a_known_company_is_its_own_region():
    got = ents("省长在杭州会见了美国特斯拉公司高管。")
    assert ("特斯拉公司", "Institution") in got
    assert ("美国", "Region") in got
    assert ("美国特斯拉公司", "Institution") not in got


# --- local legislatures and an organisation's consulting centre


def test_a_local_legislature_after_its_province_is_one_institution():
    got = ents("山西省人大常委会日前表决通过新条例，太原市政协开展调研。")
    assert ("山西省人大常委会", "Institution") in got
    assert ("太原市政协", "Institution") in got


def test_a_consulting_centre_of_a_known_body_is_one_institution():
    got = ents("中国科学院战略咨询中心发布年度报告。")
    assert ("中国科学院战略咨询中心", "Institution") in got


# --- a named variant written after a technology (a CamelCase word after a space)


def test_a_camel_case_variant_after_a_technology_is_one_name():
    got = ents("运营商试点4G LiteLink模组，并推广5G NewAir终端。")
    assert ("4G LiteLink", "Technology") in got
    assert ("5G NewAir", "Technology") in got


def test_a_named_variant_with_its_industry_word_is_an_industry():
    got = ents("到2030年，4G LiteLink产业规模显著扩大。")
    assert ("4G LiteLink产业", "Industry") in got


# --- a head word jieba glued to the particle after it


def test_a_head_glued_to_a_following_particle_still_ends_a_name():
    got = ents("天津市经济和信息化局等部门联合印发实施方案。")
    assert ("天津市经济和信息化局", "Institution") in got


# --- aircraft named by their take-off or crewing mode (jieba tags the mode as verbs)


def test_an_aircraft_named_by_its_take_off_mode_is_one_technology():
    got = ents("园区引进电动短距起降飞行器和无人驾驶载货航空器项目。")
    assert ("电动短距起降飞行器", "Technology") in got
    assert ("无人驾驶载货航空器", "Technology") in got


def test_an_aircraft_after_an_unlisted_word_is_not_extended():
    got = surfaces("发展新型航空器。")
    assert "新型航空器" not in got


# --- network base stations named by their technology


def test_a_base_station_named_by_its_technology_is_a_technology():
    got = ents("全市新建4G基站和6G基站试验网。")
    assert ("4G基站", "Technology") in got


# --- 低空 forms a sector with the sector after it


def test_low_altitude_before_a_sector_is_one_industry():
    got = ents("该县积极培育低空物流新业态。")
    assert ("低空物流", "Industry") in got
    assert ("物流", "Industry") not in got


def test_a_brand_and_sector_word_signing_with_a_party_is_a_company():
    got = ents("鑫泽能源与市政府签约建设储能电站。")
    assert ("鑫泽能源", "Institution") in got


# --- a list's edges: the verb before its first item and a numeral class after
# its last item are not part of the items


def test_a_compound_verb_before_a_list_is_not_part_of_its_first_item():
    # jieba glues 强 of 做大做强 to the item (做|大|做|强海工|装备)
    got = ents("做大做强海工装备、生物制造、商业航天等未来产业。")
    assert ("海工装备", "Industry") in got
    assert not any("强" in s or "做" in s for s, _ in got), got


def test_a_numeral_class_noun_closes_a_list_without_deng():
    got = ents("积极培育低空经济、商业航天、深海能源四大未来产业。")
    assert ("深海能源", "Industry") in got
    assert ("未来产业", "Industry") in got
    assert not any("四大" in s for s, _ in got), got


def test_a_numeral_class_noun_types_the_unknown_last_item():
    got = ents("前瞻布局量子信息、脑机接口、深海空天四大未来产业。")
    assert ("深海空天", "Industry") in got
    assert not any("四大" in s for s, _ in got), got


def test_list_edge_regexes_are_validated_on_load():
    data = load_entity_patterns()
    for key in ("lead_verb_regex", "class_count_regex"):
        with pytest.raises(KgError, match=key):
            validate_patterns(dict(data, coordination=dict(data["coordination"], **{key: "("})))


# --- a regex two rules share is written once (regex_parts)


def test_a_shared_regex_part_is_read_into_every_rule_that_names_it():
    heads = load_entity_patterns()["heads"]
    officer = load_entity_patterns()["regex_parts"]["company_officer"]
    assert heads["Institution"]["proper_after_regex"] == officer
    assert officer in heads["InstitutionBrand"]["after_regex"]
    assert "<<" not in json.dumps(heads, ensure_ascii=False)


@pytest.mark.parametrize("parts, used, message", [
    ({}, "<<no_such_part>>", "unknown regex part <<no_such_part>>"),
    ({"loop_a": "x<<loop_b>>", "loop_b": "y<<loop_a>>"}, "<<loop_a>>", "uses itself"),
])
def test_an_unknown_or_self_using_regex_part_is_a_one_line_error(tmp_path, parts, used, message):
    data = json.loads((PATTERNS_DIR / "entities.json").read_text(encoding="utf-8"))
    data["regex_parts"].update(parts)
    data["heads"]["Institution"]["proper_after_regex"] = used
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match=message) as e:
        load_entity_patterns(str(path))
    assert "\n" not in str(e.value)


def test_a_regex_part_may_use_another_part():
    data = load_entity_patterns()
    rules = {r["id"]: r["regex"] for r in data["regex_rules"]}
    heads = data["regex_parts"]["held_event_heads"]
    assert heads in rules["industry.event_two_topics.first"]
    assert rules["industry.event_two_topics.first"] == rules["industry.event_two_topics.second"]
    assert "<<" not in json.dumps(data["regex_rules"], ensure_ascii=False)
