"""National drafting (government work reports, five-year plans, ministry
opinions): relations on sentences written for these tests."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.relations import PATTERNS_PATH, load_relation_patterns
from support.relations import run


def test_fields_of_a_pilot_are_not_priorities():
    text = "《示范方案》提出，加快发展氢能，在钢铁、化工、港口等多个领域开展试点示范。"
    got = run(text, {"示范方案": "Policy", "氢能": "Industry", "钢铁": "Industry", "化工": "Industry",
                     "港口": "Industry"})
    assert ("示范方案", "prioritizes", "氢能") in got
    assert not {r for r in got if r[1] == "prioritizes" and r[2] in {"钢铁", "化工", "港口"}}


def test_fields_an_application_is_pushed_in_are_not_priorities():
    text = "《行动计划》提出，加快发展智能检测装备，在纺织、造纸等重点领域和行业推动机器视觉规模化应用。"
    got = run(text, {"行动计划": "Policy", "智能检测装备": "Industry", "纺织": "Industry", "造纸": "Industry", "机器视觉": "Technology"})
    assert ("机器视觉", "appliedIn", "纺织") in got
    assert ("行动计划", "prioritizes", "纺织") not in got and ("行动计划", "prioritizes", "造纸") not in got


def test_fields_where_industries_are_grown_stay_priorities():
    text = "《发展规划》提出，在海洋装备、深海探测等领域培育若干新兴产业。"
    got = run(text, {"发展规划": "Policy", "海洋装备": "Industry", "深海探测": "Industry", "新兴产业": "Industry"})
    assert {("发展规划", "prioritizes", x) for x in ("海洋装备", "深海探测", "新兴产业")} <= got


def test_report_delivered_at_a_session_holds_the_priorities():
    text = "王志远在省人大三次会议上作了政府工作报告，提出加快发展低空经济，推进商业航天。"
    got = run(text, {"王志远": "Person", "省人大三次会议": "Event", "政府工作报告": "Policy",
                     "低空经济": "Industry", "商业航天": "Industry"})
    assert ("王志远", "spokeAt", "省人大三次会议") in got
    assert {("政府工作报告", "prioritizes", "低空经济"), ("政府工作报告", "prioritizes", "商业航天")} <= got
    assert not {r for r in got if r[0] == "省人大三次会议" and r[1] == "prioritizes"}


def test_report_delivered_then_said_holds_the_priorities():
    text = "王志远在省人大三次会议上作了政府工作报告时指出，要培育壮大生物制造。"
    got = run(text, {"王志远": "Person", "省人大三次会议": "Event", "政府工作报告": "Policy", "生物制造": "Industry"})
    assert ("政府工作报告", "prioritizes", "生物制造") in got
    assert ("省人大三次会议", "prioritizes", "生物制造") not in got


def test_speaker_at_a_meeting_without_a_report_still_sets_its_priorities():
    text = "王志远在全省工作会议上强调，要加快发展低空经济。"
    got = run(text, {"王志远": "Person", "全省工作会议": "Event", "低空经济": "Industry"})
    assert {("王志远", "spokeAt", "全省工作会议"), ("全省工作会议", "prioritizes", "低空经济")} <= got


def test_topic_clause_makes_later_promoted_lists_its_parts():
    text = "发展壮大海洋装备产业，完善近海监测体系，加快发展深海钻探装备，统筹布局极地船舶基础设施。"
    got = run(text, {"海洋装备产业": "Industry", "深海钻探装备": "Industry", "极地船舶": "Industry"})
    assert {("深海钻探装备", "partOf", "海洋装备产业"), ("极地船舶", "partOf", "海洋装备产业")} <= got


def test_topic_clause_after_a_semicolon_names_a_category_of_technologies():
    text = "推进数字政府建设；系统布局算力基础设施，加快智算中心、边缘计算节点等建设。"
    got = run(text, {"算力基础设施": "Technology", "智算中心": "Technology", "边缘计算节点": "Technology"})
    assert {("智算中心", "partOf", "算力基础设施"), ("边缘计算节点", "partOf", "算力基础设施")} <= got


def test_topic_clause_stops_at_the_semicolon_and_skips_upgraded_siblings():
    text = "培育壮大林业新兴产业，推动木材加工、竹制品转型升级；加快发展森林康养。"
    got = run(text, {"林业新兴产业": "Industry", "木材加工": "Industry", "竹制品": "Industry", "森林康养": "Industry"})
    assert not {r for r in got if r[1] == "partOf"}


def test_topic_clause_relates_only_items_of_the_category_type():
    text = "发展壮大商业航天产业，推动可重复使用火箭研制，加快发展卫星制造。"
    got = run(text, {"商业航天产业": "Industry", "可重复使用火箭": "Technology", "卫星制造": "Industry"})
    assert ("卫星制造", "partOf", "商业航天产业") in got
    assert ("可重复使用火箭", "partOf", "商业航天产业") not in got


def test_a_topic_clause_section_must_be_partof_and_clause_a_bool(tmp_path):
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    spec = next(sc for sc in data["section_class"] if sc.get("clause"))
    for key, value in (("relation", "prioritizes"), ("clause", "yes")):
        bad_data = json.loads(json.dumps(data))
        next(sc for sc in bad_data["section_class"] if sc.get("clause") == spec["clause"])[key] = value
        bad = tmp_path / "relations.json"
        bad.write_text(json.dumps(bad_data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(KgError, match="clause"):
            load_relation_patterns(bad)


def test_topic_clause_leaves_out_the_item_its_category_is_named_after_and_lists_with_their_own_class():
    text = "大力发展智慧渔业，完善渔港设施，推动渔业生产数字化，发展深远海养殖、远洋捕捞等产业。"
    got = run(text, {"智慧渔业": "Industry", "渔业": "Industry", "深远海养殖": "Industry", "远洋捕捞": "Industry"})
    assert not {r for r in got if r[1] == "partOf" and r[2] == "智慧渔业"}


def test_directions_a_sentence_focuses_on_to_grow_a_category_are_its_parts():
    text = "《行动计划》提出，聚焦风电装备、海洋牧场两大方向做强海洋产业。"
    got = run(text, {"行动计划": "Policy", "风电装备": "Industry", "海洋牧场": "Industry", "海洋产业": "Industry"})
    assert {("风电装备", "partOf", "海洋产业"), ("海洋牧场", "partOf", "海洋产业")} <= got


def test_directions_a_category_focuses_on_are_its_parts_not_the_nearest_category():
    text = "方案明确智能装备产业聚焦工业视觉、协作机器人两大方向，推动智能装备在纺织领域应用。"
    got = run(text, {"智能装备产业": "Industry", "工业视觉": "Technology", "协作机器人": "Technology",
                     "智能装备": "Technology", "纺织": "Industry"})
    parts = {r for r in got if r[1] == "partOf"}
    assert parts == {("工业视觉", "partOf", "智能装备产业"), ("协作机器人", "partOf", "智能装备产业")}


def test_speaker_at_two_meetings_held_together_speaks_at_both_and_sets_their_priorities():
    text = "习近平在某省科学院第五次院士大会、某省工程院第三次院士大会上指出，要加快发展深海装备。"
    got = run(text, {"习近平": "Person", "某省科学院第五次院士大会": "Event", "某省工程院第三次院士大会": "Event",
                     "深海装备": "Industry"})
    for event in ("某省科学院第五次院士大会", "某省工程院第三次院士大会"):
        assert {("习近平", "spokeAt", event), (event, "prioritizes", "深海装备")} <= got


def test_what_a_leader_stresses_at_meetings_held_just_before_is_their_priority():
    text = "全省科技大会和省科协第九次代表大会在江城召开，王志远出席并致辞，指出要在高端传感器、工业软件等方面全力攻坚。"
    got = run(text, {"全省科技大会": "Event", "省科协第九次代表大会": "Event", "江城": "Region", "王志远": "Person",
                     "高端传感器": "Technology", "工业软件": "Technology"})
    assert {("省科协第九次代表大会", "prioritizes", "高端传感器"), ("省科协第九次代表大会", "prioritizes", "工业软件")} <= got
    # a forum or a science congress that is no policy meeting only hosts the speech
    assert ("全省科技大会", "prioritizes", "工业软件") not in got
