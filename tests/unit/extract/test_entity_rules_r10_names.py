"""Entity rules, round 10: names beyond Technology and Industry -- events written
with an edition year, Latin-letter products and architectures, departments of a
commission, places below city level and companies named in news lists.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- an edition year in brackets after an event's name ---------------------------


def test_bracketed_year_after_a_forum_is_part_of_the_event():
    got = ents("在杭州举行的中国储能产业论坛（2031）上，多位专家发言。")
    assert ("中国储能产业论坛（2031）", "Event") in got
    assert ("中国储能产业论坛", "Event") not in got


def test_bracketed_year_not_after_an_event_stays_out():
    got = ents("该规划（2031）提出发展人工智能。")
    assert not any("2031" in s for s, _ in got)


# --- a Latin acronym + edition year is an event where the sentence holds one --------


def test_latin_acronym_with_year_held_or_opened_is_an_event():
    got = ents("在巴黎举行的XPO 2031上，多家企业发布新品。")
    assert ("XPO 2031", "Event") in got
    got = ents("ABCD 2032于3月5日在柏林开幕。")
    assert ("ABCD 2032", "Event") in got


def test_latin_acronym_with_year_without_an_event_cue_is_nothing():
    got = ents("XPO 2031的销量超过预期。")
    assert not any("2031" in s for s, _ in got)


# --- Latin-letter architectures and products ---------------------------------------


def test_latin_architecture_with_its_processor_class_is_one_technology():
    got = ents("该公司推出新一代Zephyr架构GPU和Quill架构。")
    assert ("Zephyr架构GPU", "Technology") in got and ("Quill架构", "Technology") in got
    assert ("GPU", "Technology") not in got


def test_latin_product_name_before_its_class_is_one_technology():
    got = ents("展会上展示了NanoLED电视和Q300芯片。")
    assert ("NanoLED电视", "Technology") in got and ("Q300芯片", "Technology") in got


def test_bare_acronym_before_a_class_word_is_not_a_product_name():
    # an all-capital acronym without a digit is a field (AI), not a product's name
    got = ents("发展AI芯片。")
    assert not any(s == "AI芯片" and t != "Technology" for s, t in got)
    assert ("AIZ芯片", "Technology") not in ents("发展AIZ芯片。")


# --- a department written right after a commission (…委 + …部) ---------------------


def test_department_after_a_commission_is_one_institution():
    got = ents("国家航天局和中央军委政治工作部联合印发《关于加强航天宣传的通知》。")
    assert ("中央军委政治工作部", "Institution") in got
    assert ("中央军委", "Institution") not in got


def test_commission_followed_by_deployment_is_not_a_department():
    got = ents("中央军委部署了新一轮改革。")
    assert ("中央军委", "Institution") in got
    assert not any(s.endswith("部署") for s, _ in got)
