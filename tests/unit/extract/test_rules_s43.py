"""Local meetings are events like the national ones: a county or city
government's executive meeting (县政府常务会议, 某县人民政府第35次常务会议), a
local party standing committee's meeting (区委常委会会议), a leaders' study
session (市政府专题学习会), a local party committee's numbered plenary
(中共某县委十五届四次全会), a provincial party congress (中国共产党某省第九次代表大会)
and a local people's congress session (某省十三届人大四次会议); a meeting named
by its level alone (市委…, 县政府…) is held in the place that convenes it, and a
place holding an event as its clause's subject (某县举行某某座谈会) is where it
is held; who chairs a study session (主持学习会并强调), delivers the report when
a session opens or gives a keynote (作主旨报告) at the event named before
speaks at it.  The civil-service ranks (二级巡视员, 一级调研员) stand before
names like other titles, and 阎 is a surname; who writes a white paper
(白皮书执笔人、该院工程师某某) belongs to the body that published it; in an author
line (作者某某系某大学某学院教授) the name and the body stay apart even where jieba
glues 系 to the name.  A programme opening a plan's item (（二）某某升级工程：…,
。某某配套工程：…) is a Policy; a title someone writes or publishes in
(在《某某论坛》撰文) is a journal, not a policy; a 林业和草原局 is one body, and a
company registered under its province's name (新疆某和股份有限公司) one name even
where jieba reads a conjunction in its brand.  A regex rule may require any of
several literals, and the relation patterns share named regexes as the entity
patterns do.  Made-up places, people and meetings; each test of a reading
fails without its rule, the others guard what a rule must leave alone."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.lexicon import load_entity_patterns, validate_patterns
from kg.extract.relations import load_relation_patterns
from support.entities import ents, rels


def test_a_county_executive_meeting_is_an_event_held_in_the_county_its_chair_speaks_at():
    text = "3月2日，青溪县县长韩明远主持召开县政府常务会议，研究推进茶叶产业发展工作。"
    assert ("县政府常务会议", "Event") in ents(text)
    found = rels(text)
    assert {("县政府常务会议", "locatedIn", "青溪县"), ("韩明远", "spokeAt", "县政府常务会议")} <= found, found


def test_a_numbered_executive_meeting_with_its_place_is_one_event():
    found = ents("青溪县人民政府第35次常务会议审议通过了茶产业发展规划。")
    assert ("青溪县人民政府第35次常务会议", "Event") in found, found


def test_a_standing_committee_meeting_and_a_study_session_are_events_of_the_place_convening_them():
    text = "河谷区召开区委常委会会议，区委书记杨国平主持会议。"
    assert ("区委常委会会议", "Event") in ents(text)
    assert ("区委常委会会议", "locatedIn", "河谷区") in rels(text)
    text = "巢湖市召开市政府专题学习会，市长詹一苇主持学习会并强调，要推动工业互联网在铸造行业中应用。"
    assert ("市政府专题学习会", "locatedIn", "巢湖市") in rels(text)


def test_the_economic_work_meeting_of_a_city_is_held_in_the_city_convening_it():
    found = rels("永济市12月28日召开市委经济工作会议，市委书记祁远帆出席并讲话。")
    assert ("市委经济工作会议", "locatedIn", "永济市") in found, found


def test_a_local_party_plenary_is_one_event_the_committee_not_tagged_inside_it():
    text = "中共柳河县委十五届四次全会8月3日在柳河县举行。全会强调，要发展人参产业和中药材加工。"
    found = ents(text)
    assert ("中共柳河县委十五届四次全会", "Event") in found and ("中共柳河县委", "Institution") not in found, found
    assert ("中共柳河县委十五届四次全会", "locatedIn", "柳河县") in rels(text)
    assert ("中共青溪县委十五届四次全会", "Event") in ents("会议传达学习中共青溪县委十五届四次全会精神。")


def test_a_provincial_party_congress_is_one_event():
    found = ents("中国共产党青川省第九次代表大会在青川市开幕。")
    assert ("中国共产党青川省第九次代表大会", "Event") in found and ("中国共产党", "Institution") not in found, found


def test_a_standing_committee_alone_is_no_meeting():
    found = ents("区委常委会研究部署了数字经济工作。")
    assert not any(ty == "Event" for _, ty in found), found


def test_civil_service_ranks_stand_before_names():
    found = rels("福建省农业农村厅二级巡视员邵鸿渐在开幕式上表示，要发展茶产业。")
    assert ("邵鸿渐", "affiliatedWith", "福建省农业农村厅") in found, found
    assert ("马立新", "Person") in ents("自治区农业农村厅一级调研员马立新在会上说。")


def test_yan_is_a_surname():
    found = rels("凤岭县召开县委经济工作会议，县委书记阎立方出席并讲话。")
    assert ("阎立方", "spokeAt", "县委经济工作会议") in found, found


def test_who_writes_a_white_paper_belongs_to_the_body_that_published_it():
    text = ("中国汽车信息研究院2023年发布的车联网白皮书指出，车路云一体化是关键。"
            "白皮书执笔人、该院工程师柯立远认为，应加快高精度定位部署。")
    assert ("柯立远", "affiliatedWith", "中国汽车信息研究院") in rels(text)


def test_a_programme_opening_an_item_is_a_policy_that_prioritizes_the_item():
    text = "实施三大重点工程。航天动力配套工程：依托龙头企业发展特种阀门和液体火箭发动机。（二）有色冶金升级工程：建设智能矿山。"
    found = ents(text)
    assert {("航天动力配套工程", "Policy"), ("有色冶金升级工程", "Policy")} <= found, found
    assert ("有色冶金升级工程", "prioritizes", "智能矿山") in rels(text)
    assert not any(ty == "Policy" for _, ty in ents("重点工程：建设智能矿山。"))


def test_the_chair_of_a_study_session_named_before_speaks_at_it_and_sets_its_priorities():
    text = ("巢湖市召开市政府专题学习会，邀请某大学教授作数字经济专题辅导。"
            "市长詹一苇主持学习会并强调，要推动工业互联网在铸造行业中应用，发展家电零部件。")
    found = rels(text)
    assert {("詹一苇", "spokeAt", "市政府专题学习会"), ("市政府专题学习会", "prioritizes", "家电零部件")} <= found, found


def test_a_forestry_and_grassland_bureau_is_one_body():
    found = ents("凤岭市农业农村局、凤岭市林业和草原局联合印发方案。")
    assert ("凤岭市林业和草原局", "Institution") in found and ("林业", "Industry") not in found, found


def test_a_company_registered_under_its_province_is_one_name():
    assert ("新疆天和股份有限公司", "Institution") in ents("新疆天和股份有限公司展出了高纯铝。")
    found = ents("湖南应依托中国航发南方工业有限公司发展航空发动机。")
    assert ("中国航发南方工业有限公司", "Institution") in found and ("湖南", "Region") in found, found


def test_an_author_line_with_xi_names_the_author_and_the_body_apart():
    text = "某某日报刊文认为，要加快工业软件研发。（作者孙立群系西北工业大学软件学院教授）"
    found = ents(text)
    assert {("孙立群", "Person"), ("西北工业大学软件学院", "Institution")} <= found, found
    assert ("孙立群", "affiliatedWith", "西北工业大学软件学院") in rels(text)


def test_who_gives_a_keynote_at_the_event_named_before_speaks_at_it():
    text = ("本台消息：2021中国青川镁产业发展大会在青川市召开。会议聚焦镁合金，"
            "某大学冶金学院院长程立宏作主旨报告，建议推动镁合金在汽车轻量化中的应用。")
    assert ("程立宏", "spokeAt", "2021中国青川镁产业发展大会") in rels(text)



def test_a_local_congress_session_is_one_event_its_reporter_speaks_at():
    text = "本台消息：青川省十三届人大四次会议今天开幕，省长韩立新代表省人民政府作政府工作报告。"
    found = ents(text)
    assert ("青川省十三届人大四次会议", "Event") in found and ("青川省", "Region") not in found, found
    assert ("韩立新", "spokeAt", "青川省十三届人大四次会议") in rels(text)
    assert ("凤岭市第十六届人民代表大会第一次会议", "Event") in ents("凤岭市第十六届人民代表大会第一次会议在凤岭开幕。")


def test_a_place_holding_an_event_as_its_clause_s_subject_is_where_it_is_held():
    found = rels("近日，青溪县举行工业硅绿色低碳发展座谈会，某省工业和信息化厅总工程师杨立斌出席并讲话。")
    assert ("工业硅绿色低碳发展座谈会", "locatedIn", "青溪县") in found, found


def test_a_title_someone_writes_in_is_a_journal_not_a_policy():
    text = "某大学研究院院长胡立艳在《青川论坛》撰文认为，要发展新兴产业。"
    found = ents(text)
    assert ("青川论坛", "Publication") in found and ("《青川论坛》", "Policy") not in found, found
    assert not any(r == "prioritizes" for _, r, _ in rels("研究员刘立强在《青川社会科学》发表文章指出，要做强航空产业。"))
    assert ("《意见》", "Policy") in ents("在《意见》中提出，要发展新兴产业。")


def test_a_regex_rule_may_require_any_of_several_literals_and_nothing_else():
    data = load_entity_patterns()
    rules = [dict(r) for r in data["regex_rules"]]
    rules[0]["requires"] = ["甲", "乙"]
    validate_patterns(dict(data, regex_rules=rules))
    for bad in ([], [""], [3], 3):
        rules[0]["requires"] = bad
        with pytest.raises(KgError, match="requires"):
            validate_patterns(dict(data, regex_rules=rules))


def test_a_relation_pattern_file_shares_named_regexes_and_names_an_unknown_one(tmp_path):
    rule = {"id": "x", "pattern": "(?P<head>{EVT})(?P<tail>{REG})",
            "emit": [{"type": "locatedIn", "head": "head", "tail": "tail", "head_types": ["Event"],
                      "tail_types": ["Region"], "head_event_surface": "(?:<<meeting>>)$"}]}
    path = tmp_path / "relations.json"
    path.write_text(json.dumps({"regex_parts": {"meeting": "会议|全会"}, "list_separators": "、", "rules": [rule]}),
                    encoding="utf-8")
    [compiled] = load_relation_patterns(path).rules
    assert compiled.emits[0].head_event_surface.pattern == "(?:会议|全会)$"
    path.write_text(json.dumps({"list_separators": "、", "rules": [rule]}), encoding="utf-8")
    with pytest.raises(KgError, match="<<meeting>>"):
        load_relation_patterns(path)
    path.write_text(json.dumps({"regex_parts": ["会议"], "list_separators": "、", "rules": [rule]}), encoding="utf-8")
    with pytest.raises(KgError, match="regex_parts"):
        load_relation_patterns(path)
