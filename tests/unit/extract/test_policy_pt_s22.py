"""Policy names on new text (session 22): titles written without 《》.

- The bracketed period written right after a title (…规划（2031—2037年）, with
  —, －, -, ～ or 至, full- or half-width brackets) is part of its name, and the
  issuer and priorities attach to the whole name.
- A quoted strategy joined by 及 to its implementation plan (“X”战略及实施方案)
  is one name.
- A title that opens with its place, right after 印发/出台/发布/颁布, is a name
  whatever its plan word (…升级规划, …体系提质方案).
Made-up sentences; each positive case fails without its rule, the negative
ones when the rule over-reaches."""
from __future__ import annotations

from kg.extract import extract_text
from support.entities import ents


def test_a_period_bracket_after_an_unbracketed_title_belongs_to_it():
    found = ents("某某部门共同印发智慧渔业发展规划（2031—2037年），提出加快建设深远海养殖基地。")
    assert ("智慧渔业发展规划（2031—2037年）", "Policy") in found
    assert ("智慧渔业发展规划", "Policy") not in found


def test_a_half_width_period_with_a_fullwidth_dash():
    found = ents("某省政府公布某省产业多元发展规划（2032－2036年），明确发展会展旅游。")
    assert ("某省产业多元发展规划（2032－2036年）", "Policy") in found


def test_a_half_width_bracket_with_a_hyphen():
    found = ents("某部印发冷链物流发展规划(2021-2025年)，提出加快冷库建设。")
    assert ("冷链物流发展规划(2021-2025年)", "Policy") in found


def test_the_issuer_attaches_to_the_title_with_its_period():
    ex = extract_text("工业和信息化部印发智慧渔业发展规划（2031—2037年），提出发展深远海养殖。")
    issued = {(r.head_text, r.tail_text) for r in ex.relations if r.type == "issuedBy"}
    assert any(h == "智慧渔业发展规划（2031—2037年）" for h, _ in issued)
    assert not any(h == "智慧渔业发展规划" for h, _ in issued)


def test_a_single_year_bracket_is_not_a_period():
    found = ents("某部印发冷链物流发展规划（2021年），提出加快冷库建设。")
    assert not any(t.endswith("）") for t, ty in found if ty == "Policy")


def test_a_bracketed_title_keeps_its_own_period_once():
    found = ents("某部印发《冷链物流发展规划（2031—2036年）》，提出加快冷库建设。")
    assert ("《冷链物流发展规划（2031—2036年）》", "Policy") in found


def test_a_quoted_strategy_and_its_implementation_plan_are_one_name():
    found = ents("国务院印发“数字海港”战略及实施方案，要求加快建设。")
    assert ("“数字海港”战略及实施方案", "Policy") in found
    assert ("“数字海港”战略", "Policy") not in found


def test_a_place_led_title_after_an_issuing_verb_with_any_plan_word():
    found = ents("某市数据局发布淮北市人工智能赋能制造提升规划，提出建设算力中心。")
    assert ("淮北市人工智能赋能制造提升规划", "Policy") in found


def test_a_place_led_scheme_after_an_issuing_verb():
    found = ents("某省政府印发某省县域商业体系提质方案，要求加快补齐短板。")
    assert ("某省县域商业体系提质方案", "Policy") in found


def test_a_place_led_plan_needs_the_issuing_verb_right_before_it():
    found = ents("某市正在研究淮北市人工智能赋能制造提升规划的编制思路。")
    assert ("淮北市人工智能赋能制造提升规划", "Policy") not in found


def test_a_national_engineering_programme_is_a_policy():
    found = ents("记者获悉，探月工程后续任务与西气东输工程扩建均按计划推进。")
    assert ("探月工程", "Policy") in found
    assert ("西气东输工程", "Policy") in found
    assert ("探月工程", "Technology") not in found


def test_a_plan_period_with_only_a_generic_kind_is_no_name():
    found = ents("某部出台“十二五”专项规划后，各地据此发展冷链物流。")
    assert not any(t.startswith("“十二五”") for t, ty in found if ty == "Policy")


def test_a_described_plan_of_a_period_is_no_name():
    found = ents("某部印发“十三五”时期冷链物流发展的专项规划，提出加快冷库建设。")
    assert not any(t.startswith("“十三五”") for t, ty in found if ty == "Policy")


def test_a_plan_period_with_its_topic_stays_a_name():
    found = ents("某部印发“十四五”冷链仓储发展规划，提出加快冷库建设。")
    assert ("“十四五”冷链仓储发展规划", "Policy") in found


def test_the_national_science_programmes_are_policies():
    found = ents("该省企业牵头承担国家科技重大专项课题，并参与科技创新2030—重大项目。")
    assert ("国家科技重大专项", "Policy") in found
    assert ("科技创新2030—重大项目", "Policy") in found
