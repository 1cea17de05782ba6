"""A programme written 某某+行动 without quotation marks is named from the word
after the verb that launches it (深入实施某某+行动: the verbs are no part of it),
and a 某某+行动 opening a clause is that programme, not a technology compound;
a speaker giving a topical report (在开幕式上作专题报告, 出席开幕式并作了主题演讲)
speaks at the event named just before; an event held at a venue inside a
place (在某县某镇某某景区举行) is located in the place; a meeting of a whole
province or city is named with its scope (全市某某高质量发展大会).  Made-up events
and people (the places are real counties); each positive test fails without
its rule."""
from __future__ import annotations

from support.entities import ents, rels


def test_an_unquoted_plus_programme_leaves_the_launching_verbs_out():
    for text in ("深入实施人工智能+行动，推动大模型广泛应用。",
                 "实施人工智能+行动，推动大模型广泛应用。",
                 "全面实施人工智能+行动。"):
        found = ents(text)
        assert ("人工智能+行动", "Policy") in found, text
        assert not {s for s, t in found if t == "Policy" and s != "人工智能+行动"}, text


def test_a_plus_programme_opening_a_clause_is_no_technology():
    found = ents("人工智能+行动取得成效。")
    assert ("人工智能+行动", "Policy") in found
    assert not {s for s, t in found if t == "Technology"}
    # a compound of a technology and a field stays a technology
    assert ("人工智能+制造", "Technology") in ents("推动人工智能+制造融合发展。")


def test_a_topical_report_at_the_opening_is_a_speech_at_the_event():
    head = "本报讯 2022某县蓝莓采摘节日前在某镇开幕。"
    for tail in ("西北某大学教授刘文岭在开幕式上作专题报告。",
                 "西北某大学教授刘文岭出席开幕式并作专题报告。",
                 "西北某大学教授刘文岭在开幕式上作了主题演讲。"):
        assert ("刘文岭", "spokeAt", "2022某县蓝莓采摘节") in rels(head + tail), tail


def test_an_event_held_at_a_venue_inside_a_place_is_located_in_the_place():
    assert ("2021中国·某阴富硒茶文化节", "locatedIn", "汉阴县") in rels(
        "本台消息：2021中国·某阴富硒茶文化节在汉阴县漩涡镇凤堰古梯田景区举行。")
    assert ("2022中国（某县）蓝莓博览会", "locatedIn", "慈利县") in rels(
        "本报讯 2022中国（某县）蓝莓博览会日前在慈利县零阳街道国际会展中心开幕。")


def test_a_province_or_city_wide_meeting_is_named_with_its_scope():
    found = rels("全市民营经济高质量发展大会召开，市委书记李明出席并讲话。")
    assert ("李明", "spokeAt", "全市民营经济高质量发展大会") in found
    assert ("全省数字经济大会", "Event") in ents("全省数字经济大会在某市召开。")
