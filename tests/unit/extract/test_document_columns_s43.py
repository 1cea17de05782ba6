"""A plan's column headed by a programme's name (专栏4 某某工程。…) lists what
that programme promotes; a generic heading (重点产业工程) is no programme. A
passage relaying a county's or city's plan outline (《某县…纲要》提出，…) speaks in
the outline's voice to the end of its paragraph, as a relayed work report does;
the national outline is quoted, not relayed.  Made-up programmes and places;
each test of a reading fails without its rule, the others guard what the rule
must leave alone."""
from __future__ import annotations

from support.entities import rels


def test_a_column_s_programme_prioritizes_what_the_column_lists():
    found = rels("专栏4 绿谷新区产业集群培育工程。1.电子信息：重点发展柔性线路板和智能终端组件；"
                 "2.新材料：发展稀土永磁和高性能锰基材料。")
    assert {("绿谷新区产业集群培育工程", "prioritizes", x) for x in ("柔性线路板", "稀土永磁", "高性能锰基材料")} <= found, found


def test_a_column_s_programme_leaves_out_the_fields_things_are_applied_in():
    found = rels("专栏2 丘陵农机补短板行动。重点研发动力换挡拖拉机、果蔬采收机器人，推进北斗导航自动驾驶在设施农业中应用。")
    assert ("丘陵农机补短板行动", "prioritizes", "果蔬采收机器人") in found, found
    assert ("丘陵农机补短板行动", "prioritizes", "设施农业") not in found, found


def test_a_local_plan_outline_speaks_to_the_end_of_its_paragraph():
    found = rels("《青溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》提出，坚持工业强县。"
                 "做强青溪牛肉、竹编工艺两大特色产业，推进纺织机械向智能化升级。")
    outline = "《青溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》"
    assert {(outline, "prioritizes", "青溪牛肉"), (outline, "prioritizes", "竹编工艺")} <= found, found


def test_the_national_outline_is_quoted_not_relayed():
    found = rels("《中华人民共和国国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》提出，坚持创新驱动。"
                 "青溪县做强青溪牛肉、竹编工艺两大特色产业。")
    assert not any(r == "prioritizes" and t == "青溪牛肉" for _, r, t in found), found


def test_a_generic_column_heading_is_no_programme():
    found = rels("专栏3 重点产业工程。1.绿色能源：发展光伏组件和多晶硅。")
    assert not any(h == "重点产业工程" for h, r, _ in found if r == "prioritizes"), found
