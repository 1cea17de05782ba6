"""Relation rules, round 10: a policy named in the middle of another policy's
sentence, fields that are not the subject of a clause, and the count macro.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

import pytest

from kg.errors import KgError
from support.relations import of_type, patterns_with, run

PLAN = "《某省智能传感产业发展意见》"


def _priorities_of(got: set, head: str) -> set:
    return {r[2] for r in got if r[1] == "prioritizes" and r[0] == head}


# --- a policy implemented inside another policy's sentence ---------------------------------

def test_a_strategy_implemented_inside_a_plans_sentence_does_not_take_its_list():
    text = f"某省印发{PLAN}，提出深入实施传感强省战略，前瞻布局柔性传感、量子传感等未来产业。"
    ents = {PLAN: "Policy", "传感强省战略": "Policy", "柔性传感": "Technology", "量子传感": "Technology",
            "未来产业": "Industry"}
    got = run(text, ents)
    assert _priorities_of(got, "传感强省战略") == set()
    assert {"柔性传感", "量子传感"} <= _priorities_of(got, PLAN)


def test_an_action_a_plan_proposes_to_implement_does_not_take_what_follows():
    text = f"某省印发{PLAN}，提出实施“传感+”行动，推动柔性传感、量子传感在纺织、港口等行业的应用。"
    ents = {PLAN: "Policy", "“传感+”行动": "Policy", "柔性传感": "Technology", "量子传感": "Technology",
            "纺织": "Industry", "港口": "Industry"}
    got = run(text, ents)
    assert _priorities_of(got, "“传感+”行动") == set()
    assert {"柔性传感", "量子传感"} <= _priorities_of(got, PLAN)


def test_an_action_a_speaker_calls_for_does_not_take_what_follows():
    text = "某局局长在会上表示，要深入实施“传感+”行动，推动柔性传感在港口等领域的示范。"
    ents = {"“传感+”行动": "Policy", "柔性传感": "Technology", "港口": "Industry"}
    assert _priorities_of(run(text, ents), "“传感+”行动") == set()


def test_an_action_a_body_implements_still_prioritizes_what_it_promotes():
    text = "某省工业厅深入实施“传感+”行动，推动柔性传感、量子传感规模化发展。"
    ents = {"某省工业厅": "Institution", "“传感+”行动": "Policy", "柔性传感": "Technology", "量子传感": "Technology"}
    assert _priorities_of(run(text, ents), "“传感+”行动") == {"柔性传感", "量子传感"}


def test_not_after_is_validated(tmp_path):
    rule = {"id": "x.bad", "pattern": "(?P<head>{TEC})应用于(?P<tail>{IND})", "not_after": "(提出",
            "emit": [{"type": "appliedIn", "head": "head", "tail": "tail", "head_types": ["Technology"],
                      "tail_types": ["Industry"]}]}
    with pytest.raises(KgError, match="not_after"):
        patterns_with(tmp_path, [rule])


# --- fields named before a technology ------------------------------------------------------

def test_products_named_after_a_field_clause_are_not_applied_in_it():
    text = "报告显示，柔性传感在纺织、港口等行业落地最快，温度监测和振动监测是最常见的应用形态。"
    ents = {"柔性传感": "Technology", "纺织": "Industry", "港口": "Industry", "温度监测": "Technology",
            "振动监测": "Technology"}
    got = of_type(run(text, ents), "appliedIn")
    assert ("温度监测", "appliedIn", "纺织") not in got
    assert ("振动监测", "appliedIn", "港口") not in got


def test_a_technology_applied_in_fields_named_before_it_in_its_clause():
    text = "在纺织、港口等领域，柔性传感应用已初具规模。"
    ents = {"柔性传感": "Technology", "纺织": "Industry", "港口": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("柔性传感", "appliedIn", "纺织"), ("柔性传感", "appliedIn", "港口")}


# --- the count macro -----------------------------------------------------------------------

def test_a_counted_class_closes_a_list():
    text = "某省重点发展柔性传感、量子传感两大传感产业。"
    ents = {"柔性传感": "Industry", "量子传感": "Industry", "传感产业": "Industry"}
    assert of_type(run(text, ents), "partOf") == {("柔性传感", "partOf", "传感产业"), ("量子传感", "partOf", "传感产业")}


def test_the_count_macro_expands_in_a_rule(tmp_path):
    rule = {"id": "x.count", "pattern": "(?P<head>{TI+}){COUNT}(?P<tail>{IND})",
            "emit": [{"type": "partOf", "head": "head", "tail": "tail", "head_types": ["Technology", "Industry"],
                      "tail_types": ["Industry"]}]}
    pats = patterns_with(tmp_path, [rule])
    text = "柔性传感和量子传感三类传感产业。"
    ents = {"柔性传感": "Industry", "量子传感": "Industry", "传感产业": "Industry"}
    assert of_type(run(text, ents, patterns=pats), "partOf") == {
        ("柔性传感", "partOf", "传感产业"), ("量子传感", "partOf", "传感产业")}


# --- appliedIn: several technologies in several fields, and where a technology lands ---------

TECHS = {"柔性传感": "Technology", "量子传感": "Technology"}


def test_every_technology_is_applied_in_every_field_of_a_named_class():
    text = "推动柔性传感、量子传感在纺织、港口等传统产业的应用。"
    ents = {**TECHS, "纺织": "Industry", "港口": "Industry", "传统产业": "Industry"}
    got = of_type(run(text, ents), "appliedIn")
    assert got == {(t, "appliedIn", f) for t in TECHS for f in ("纺织", "港口")}


def test_an_adverbial_before_the_application_keeps_the_fields():
    text = "加快柔性传感在纺织和港口领域的集成应用。"
    ents = {"柔性传感": "Technology", "纺织": "Industry", "港口": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("柔性传感", "appliedIn", "纺织"), ("柔性传感", "appliedIn", "港口")}


def test_a_field_trial_is_an_application():
    text = "推动柔性传感在纺织、港口等领域开展场景验证。"
    ents = {"柔性传感": "Technology", "纺织": "Industry", "港口": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("柔性传感", "appliedIn", "纺织"), ("柔性传感", "appliedIn", "港口")}


def test_the_field_a_technology_lands_in_first():
    text = "研究显示，纺织是柔性传感落地最快的领域之一。"
    ents = {"柔性传感": "Technology", "纺织": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("柔性传感", "appliedIn", "纺织")}


def test_the_scenes_its_pronoun_lands_in():
    text = "评论认为，柔性传感的突破离不开新型材料的进步，其率先落地的场景将是纺织和港口。"
    ents = {"柔性传感": "Technology", "新型材料": "Technology", "纺织": "Industry", "港口": "Industry"}
    got = run(text, ents)
    assert of_type(got, "appliedIn") == {("柔性传感", "appliedIn", "纺织"), ("柔性传感", "appliedIn", "港口")}
    assert of_type(got, "enables") == {("新型材料", "enables", "柔性传感")}


def test_a_field_list_after_a_non_landing_clause_is_not_applied():
    text = "柔性传感的成本是纺织企业最关心的问题。"
    ents = {"柔性传感": "Technology", "纺织": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == set()


# --- an event's stated focus written after it -----------------------------------------------

EXPO = "2030年某某传感博览会"


def test_an_expos_focus_after_it_is_its_priority():
    text = f"{EXPO}5月1日在某市开幕，本届展会聚焦柔性传感和量子传感。众多企业展示了智能工厂。"
    ents = {EXPO: "Event", "某市": "Region", **TECHS, "智能工厂": "Technology"}
    got = run(text, ents)
    assert {r[2] for r in got if r[1] == "prioritizes"} == {"柔性传感", "量子传感"}


def test_an_expos_theme_after_it_is_its_priority():
    text = f"{EXPO}5月1日在某市开幕，主题为“感知万物：共建柔性传感新生态”。"
    ents = {EXPO: "Event", "某市": "Region", "柔性传感": "Technology"}
    assert ("2030年某某传感博览会", "prioritizes", "柔性传感") in run(text, ents)


def test_what_exhibitors_show_is_no_priority_of_the_expo():
    text = f"{EXPO}5月1日在某市开幕。众多企业展示了柔性传感和量子传感产品。"
    ents = {EXPO: "Event", "某市": "Region", **TECHS}
    assert {r for r in run(text, ents) if r[1] == "prioritizes"} == set()


# --- partOf: routes named with their class as suffix ----------------------------------------

def test_routes_named_after_a_class_are_its_parts():
    text = "量子传感是前沿方向之一。专家表示，冷原子量子传感和固态量子传感等路线正在并行推进。"
    ents = {"量子传感": "Technology", "冷原子量子传感": "Technology", "固态量子传感": "Technology"}
    assert of_type(run(text, ents), "partOf") == {
        ("冷原子量子传感", "partOf", "量子传感"), ("固态量子传感", "partOf", "量子传感")}


def test_routes_not_named_after_the_class_before_them_are_not_its_parts():
    text = "量子传感是前沿方向之一。专家表示，冷原子干涉和金刚石色心等路线正在并行推进。"
    ents = {"量子传感": "Technology", "冷原子干涉": "Technology", "金刚石色心": "Technology"}
    assert of_type(run(text, ents), "partOf") == set()


def test_tail_is_head_suffix_needs_a_nearest_same_type_tail(tmp_path):
    rule = {"id": "x.bad", "pattern": "(?P<head>{TEC+})等路线(?P<tail>{TEC})",
            "emit": [{"type": "partOf", "head": "head", "tail": "tail", "head_types": ["Technology"],
                      "tail_types": ["Technology"], "tail_is_head_suffix": True}]}
    with pytest.raises(KgError, match="tail_is_head_suffix"):
        patterns_with(tmp_path, [rule])


# --- what a technology is to enable is its field, not the plan's priority ---------------------

def test_sectors_a_technology_enables_are_not_priorities_of_the_plan():
    text = f"某省印发{PLAN}，提出推动柔性传感赋能纺织、港口等本地产业。"
    ents = {PLAN: "Policy", "柔性传感": "Technology", "纺织": "Industry", "港口": "Industry"}
    got = run(text, ents)
    assert {("柔性传感", "enables", "纺织"), ("柔性传感", "enables", "港口")} <= of_type(got, "enables")
    assert _priorities_of(got, PLAN) == {"柔性传感"}


def test_a_verb_listed_as_a_noun_enables_nothing():
    text = "大会围绕传感赋能、传感产业协同等主题展开研讨。"
    ents = {"传感": "Technology", "传感产业": "Industry"}
    assert of_type(run(text, ents), "enables") == set()


# --- issuers before an unbracketed title, a speaker presenting at an event, an advance that drives ---

def test_bodies_written_right_before_an_unbracketed_title_issue_it():
    title = "关于加快传感产业发展的意见"
    text = f"某省委、某省人民政府{title}提出建设传感强省。"
    ents = {"某省委": "Institution", "某省人民政府": "Institution", title: "Policy"}
    assert of_type(run(text, ents), "issuedBy") == {(title, "issuedBy", "某省委"), (title, "issuedBy", "某省人民政府")}


def test_a_body_before_a_title_not_opening_with_guanyu_issues_nothing_by_position():
    text = "某省人民政府传感产业三年行动提出建设传感强省。"
    ents = {"某省人民政府": "Institution", "传感产业三年行动": "Policy"}
    assert of_type(run(text, ents), "issuedBy") == set()


def test_a_speaker_presenting_at_an_event_held_somewhere_speaks_at_it():
    text = "某公司首席执行官张三在某国某市举行的XYZ 2030上发布新一代传感芯片。"
    ents = {"某公司": "Institution", "张三": "Person", "某国": "Region", "某市": "Region", "XYZ 2030": "Event",
            "传感芯片": "Technology"}
    assert ("张三", "spokeAt", "XYZ 2030") in run(text, ents)


def test_what_the_maturing_of_a_technology_drives_after_a_clause_on_its_cost():
    text = "可折叠屏幕技术的成熟将显著降低整机成本，带动柔性传感和量子传感等环节发展。"
    ents = {"可折叠屏幕": "Technology", **TECHS}
    assert of_type(run(text, ents), "enables") == {("可折叠屏幕", "enables", t) for t in TECHS}


# --- the fields of an application and their class are no priorities; 推广 is an application ---

def test_fields_and_their_class_are_no_priorities_of_the_plan():
    text = f"某省印发{PLAN}，提出推动柔性传感、量子传感在纺织、港口等优势产业的应用。"
    ents = {PLAN: "Policy", **TECHS, "纺织": "Industry", "港口": "Industry", "优势产业": "Industry"}
    got = run(text, ents)
    assert _priorities_of(got, PLAN) == set(TECHS)
    assert of_type(got, "appliedIn") == {(t, "appliedIn", f) for t in TECHS for f in ("纺织", "港口")}


def test_a_technology_promoted_in_fields_is_applied_in_them():
    text = "柔性传感已在纺织、港口等行业得到推广。"
    ents = {"柔性传感": "Technology", "纺织": "Industry", "港口": "Industry"}
    assert of_type(run(text, ents), "appliedIn") == {("柔性传感", "appliedIn", "纺织"), ("柔性传感", "appliedIn", "港口")}


def test_what_a_published_policy_supports_is_its_priority():
    title = "《某类传感服务管理暂行办法》"
    text = f"某局、某部联合公布{title}，支持柔性传感、量子传感等基础技术的自主创新。"
    ents = {"某局": "Institution", "某部": "Institution", title: "Policy", **TECHS}
    assert _priorities_of(run(text, ents), title) == set(TECHS)


def test_two_implemented_policies_prioritize_every_later_clause_of_their_sentence():
    text = "某省深入实施传感升级工程和传感赋能专项行动，持续推进传感基地建设，加快柔性传感、量子传感规模化发展。"
    ents = {"传感升级工程": "Policy", "传感赋能专项行动": "Policy", **TECHS}
    got = run(text, ents)
    for policy in ("传感升级工程", "传感赋能专项行动"):
        assert _priorities_of(got, policy) == set(TECHS)


def test_a_policy_written_after_the_purpose_it_serves_prioritizes_it():
    text = "某市发布专项支持柔性传感创新集群发展的“传感十条”政策。"
    ents = {"柔性传感": "Technology", "“传感十条”政策": "Policy"}
    assert _priorities_of(run(text, ents), "“传感十条”政策") == {"柔性传感"}


MEETING = "传感产业发展座谈会"


def test_a_speakers_reasoning_between_his_calls_does_not_end_the_meeting_statement():
    text = (f"在{MEETING}上，几位企业负责人谈了情况。王五指出，纺织是经济的根基。"
            "随着形势变化，纺织发展面临关口。要推动柔性传感和量子传感规模化发展。")
    ents = {MEETING: "Event", "王五": "Person", "纺织": "Industry", **TECHS}
    got = run(text, ents)
    assert set(TECHS) <= _priorities_of(got, MEETING)


def test_the_writers_advice_after_a_plan_is_not_the_plans():
    text = f"某省印发{PLAN}，提出发展纺织。随着形势变化，纺织面临关口。要推动柔性传感规模化发展。"
    ents = {PLAN: "Policy", "纺织": "Industry", "柔性传感": "Technology"}
    assert "柔性传感" not in _priorities_of(run(text, ents), PLAN)
