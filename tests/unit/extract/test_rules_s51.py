"""Session 51's rules. A town's government (某某镇人民政府) is a body that issues
plans; a division (处) of a provincial department or of a university (某省科学技术厅 +
某某研究处, 某大学 + 科学技术处) is one body with its parent; 戢 and 郄 open persons, and a
name framed by 刊发…的文章 is a person whatever words jieba cuts it into; a party
school's journal opening a sentence (某省委党校学报2023年第4期刊发…) is a periodical; an
author named before 是/系 and a body (文章作者某某是某大学某学院教授) belongs to it; an
autonomous county written with its own name and 县 (融水县 for 融水苗族自治县) is the
county, and a town after it whose name opens with another county's short form
(某县德清某镇) is a town; what a work meeting's chair deploys after summing up the
year (在会上总结去年工作并部署今年任务：…) or after his report in the next sentence
(会上，厅长某某作工作报告并部署：…) is the meeting's priority, and the report is a talk
at it; who declares a project started (出席并宣布开工), presents something (推介了…) or
speaks for the signers (作表态发言) at the event named before speaks at it; a ceremony,
a matchmaking meeting or a festival named before (签约仪式聚焦…, 本届某某节聚焦…) has
the focus its anaphor states, and of a meeting named jointly with a signing (某推进会暨
某签约活动), 会议聚焦… is the meeting's. Made-up bodies, persons, places and titles;
each test of a reading fails without its rule, the others guard what a rule must
leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels, rule_rels


def test_a_town_government_is_a_body_that_issues_its_plan():
    text = "2023年3月，澄埠镇人民政府印发《澄埠镇家电产业焕新方案》（下称《焕新方案》）。《焕新方案》提出，发展智能家电。"
    assert ("澄埠镇人民政府", "Institution") in ents(text)
    found = rels(text)
    assert ("《澄埠镇家电产业焕新方案》", "issuedBy", "澄埠镇人民政府") in found, found
    assert ("《焕新方案》", "issuedBy", "澄埠镇人民政府") in found


def test_towns_in_general_are_no_government():
    found = ents("各乡镇人民政府要落实属地责任，城乡人民政府统筹推进。")
    assert not any(t == "Institution" and "镇人民政府" in s for s, t in found), found


def test_a_division_of_a_provincial_department_is_one_body_with_it():
    text = "澄江省科学技术厅基础研究处近日下发《关于组织申报星河联合基金项目的通知》。"
    assert ("澄江省科学技术厅基础研究处", "Institution") in ents(text)
    assert ("《关于组织申报星河联合基金项目的通知》", "issuedBy", "澄江省科学技术厅基础研究处") in rels(text)


def test_a_university_division_before_a_title_is_the_persons_body():
    text = "科学时报近日刊发澄江大学科学技术处副处长鄢知澈的文章认为，基础研究要面向产业需求。"
    assert ("澄江大学科学技术处", "Institution") in ents(text)
    assert ("鄢知澈", "affiliatedWith", "澄江大学科学技术处") in rels(text)


@pytest.mark.parametrize("text", ["澄江省财政厅处长鄢知澈表示，要加大投入。", "澄江省发展改革委相关处室负责人表示，要加大投入。"])
def test_a_division_head_or_the_divisions_in_general_are_no_division(text):
    assert not any(s.endswith("处") for s, t in ents(text) if t == "Institution")


@pytest.mark.parametrize("name", ["戢晓川", "郄望川"])
def test_rare_surnames_of_the_household_register_open_a_person(name):
    assert (name, "Person") in ents(f"澄江省服装行业协会会长{name}作主题演讲。")


def test_a_name_framed_by_an_article_printed_is_a_person():
    text = "经济周报刊发谯慕川的文章指出，山地省份要发展特色产业。"
    assert ("谯慕川", "Person") in ents(text)


def test_a_commentary_printed_by_an_unnamed_commentator_names_no_person():
    assert not any(t == "Person" for s, t in ents("经济周报刊发评论员文章指出，山地省份要发展特色产业。"))


def test_a_party_school_journal_printing_an_issue_is_a_periodical():
    text = "中共澄江省委党校学报2023年第4期刊发谯慕川的文章指出，山地省份要发展特色产业。"
    found = ents(text)
    assert ("中共澄江省委党校学报", "Publication") in found, found
    assert ("中共澄江省委党校", "Institution") not in found


def test_an_author_named_before_his_body_belongs_to_it():
    text = "能源周报近日刊发的署名文章认为，抽水蓄能是重要的调节手段。文章作者郦衡川是澄江大学新能源学院教授。"
    assert ("郦衡川", "affiliatedWith", "澄江大学新能源学院") in rels(text)


def test_an_autonomous_county_written_with_its_own_name_and_county_is_the_county():
    from kg.extract import extract_text

    labels = {m.text: m.label for m in extract_text("融水县是全国重点生态功能区。").mentions}
    assert labels.get("融水县") == "融水苗族自治县", labels


def test_a_town_whose_name_opens_with_another_countys_short_form_is_read_whole():
    text = "本报讯 5月23日，澄源新能源项目集中签约仪式在长兴县德清尔镇举行。"
    found = ents(text)
    assert ("德清尔镇", "Region") in found, found
    assert ("德清", "Region") not in found
    assert ("澄源新能源项目集中签约仪式", "locatedIn", "德清尔镇") in rels(text)


def test_a_town_after_its_county_is_still_read_whole():
    found = ents("本报讯 5月23日，澄源新能源项目集中签约仪式在安吉县孝丰镇举行。")
    assert ("孝丰镇", "Region") in found, found


def test_an_autonomous_countys_own_name_alone_is_no_place():
    # (玉龙雪山: the mountain; the own name alone names the basin, the mountain or the town too)
    assert ("玉龙", "Region") not in ents("玉龙雪山景区游客持续增长。")


def test_a_work_meeting_chair_summing_up_then_deploying_gives_the_meetings_priorities():
    text = ("1月16日，澄江省能源局在澄州召开全省能源工作会议，局长郗木原在会上总结去年工作并部署今年任务："
            "加快抽水蓄能和新型储能发展，推广智能巡检机器人。")
    found = rels(text)
    assert ("全省能源工作会议", "prioritizes", "抽水蓄能") in found, found
    assert ("全省能源工作会议", "prioritizes", "新型储能") in found


def test_a_report_deploying_in_the_next_sentence_gives_the_meetings_priorities_and_is_a_talk():
    text = ("2月6日，澄江省文化和旅游厅在澄州召开全省文化和旅游工作会议。会上，厅长逄景岫作工作报告并部署："
            "发展乡村旅游和康养旅游，推广智慧旅游平台。")
    found = rels(text)
    assert ("全省文化和旅游工作会议", "prioritizes", "康养旅游") in found, found
    assert ("逄景岫", "spokeAt", "全省文化和旅游工作会议") in found


def test_declaring_a_project_started_presenting_and_a_pledge_are_talks_at_the_event():
    text = ("本台消息 9月26日，澄河抽水蓄能电站开工仪式在澄河县举行。澄州市副市长宓清岚出席并宣布开工，"
            "澄河县委书记璩若松推介了全县重点项目，澄河能源有限公司董事长蔺承川作表态发言。")
    found = rels(text)
    for who in ("宓清岚", "璩若松", "蔺承川"):
        assert (who, "spokeAt", "澄河抽水蓄能电站开工仪式") in found, (who, found)


def test_a_signing_ceremonys_anaphor_states_its_focus():
    text = ("本报讯 5月23日，2023澄源新能源项目集中签约仪式在澄源县举行，8个项目现场签约。"
            "签约仪式聚焦钠离子电池和绿电制氢，县长厍鸣川出席并讲话。")
    found = rels(text)
    assert ("2023澄源新能源项目集中签约仪式", "prioritizes", "钠离子电池") in found, found


def test_a_meeting_anaphor_picks_the_meeting_of_a_meeting_and_a_signing_named_jointly():
    text = ("日前，澄源县举行锑产业发展推进会暨锑材料项目签约活动。"
            "会议聚焦锑化物半导体和阻燃材料，提出把锑产业打造成为县域首位产业。")
    found = rels(text)
    assert ("锑产业发展推进会", "prioritizes", "锑化物半导体") in found, found
    assert ("锑材料项目签约活动", "prioritizes", "锑化物半导体") not in found


def test_a_link_in_a_chain_is_no_festival():
    text = "本报讯 5月23日，2023澄源农产品电商节在澄源县举行。加工环节聚焦冷链物流。"
    assert ("2023澄源农产品电商节", "prioritizes", "冷链物流") not in rels(text)


@pytest.mark.parametrize("name", ["增城区", "望城区", "高陵区"])
def test_the_districts_of_the_provincial_capitals_are_listed_whole(name):
    # (民政部 county-level list: three districts of 广州, 长沙 and 西安 the list had left out)
    assert (name, "Region") in ents(f"{name}副区长鄢知澈出席并致辞。")


def test_a_clause_verb_before_a_list_is_no_part_of_its_first_item():
    text = "专家表示，AIGC、数字孪生和虚拟制片正在改变影视、动漫和游戏行业的生产方式。"
    found = ents(text)
    assert ("影视", "Industry") in found, found
    assert not any("正在" in s for s, t in found)
    assert ("数字孪生", "enables", "影视") in rels(text)


def test_three_technologies_are_the_three_supports_of_a_sectors_transformation():
    found = rels("数控系统、工业软件和精密减速器是装备制造业数字化转型的三大支撑。")
    assert ("工业软件", "enables", "装备制造业") in found, found


@pytest.mark.parametrize("text,name", [
    ("项目签约仪式在澄州举行，泓澜储能科技有限公司将投资45亿元。", "泓澜储能科技有限公司"),
    ("大柴岭行政委员会2023年印发《盐湖资源利用方案》。", "大柴岭行政委员会"),
])
def test_an_organisations_name_opens_at_its_clauses_start(text, name):
    assert (name, "Institution") in ents(text)


def test_a_preposition_at_the_clauses_start_is_no_part_of_the_name():
    found = ents("项目签约仪式在澄州举行，由澄源储能科技有限公司投资。")
    assert ("澄源储能科技有限公司", "Institution") in found, found


def test_an_anaphor_after_a_defined_short_name_is_no_name_of_its_own():
    text = ("澄源县人民政府近日印发《澄源县风能产业提质增效方案》（下称《风能提质方案》）。"
            "该方案明确，推广构网型储能和风功率预测技术。")
    assert ("该方案", "Policy") not in ents(text)
    found = rels(text)
    assert ("《风能提质方案》", "prioritizes", "构网型储能") in found, found
    assert not any(h == "该方案" for h, _, _ in found)


def test_an_anaphor_after_a_full_title_alone_is_still_its_mention():
    text = "澄源县人民政府近日印发《澄源县风能产业提质增效方案》。该方案明确，推广构网型储能和风功率预测技术。"
    assert ("该方案", "Policy") in ents(text)


# The relation gap-filler is off by default since session 51 (it lost on held-out and blind
# text); the rules below read what it used to add on the open sets, each a drafting formula.

def test_who_chairs_the_meeting_he_convenes_speaks_at_it():
    found = rule_rels("3月2日，澄源县县长苑明川主持召开县政府常务会议，研究推进茶叶产业发展工作。")
    assert ("苑明川", "spokeAt", "县政府常务会议") in found, found


def test_who_chairs_the_meeting_named_before_speaks_at_it():
    found = rule_rels("1月5日，澄源县召开县政府常务会议，县长苑明川主持会议。会议研究部署茶叶产业工作。")
    assert ("苑明川", "spokeAt", "县政府常务会议") in found, found


@pytest.mark.parametrize("report", ["出席会议并作工作报告", "代表厅党组作工作报告", "作年度工作报告", "在会上总结去年工作并部署今年任务"])
def test_the_head_reporting_at_the_work_meeting_his_body_convened_speaks_at_it(report):
    text = f"澄江省生态环境厅1月18日在澄州召开全省生态环境工作会议，厅长芮晴川{report}。"
    assert ("芮晴川", "spokeAt", "全省生态环境工作会议") in rule_rels(text)


def test_a_government_head_reporting_for_a_government_with_no_name_of_its_own_speaks_at_the_session():
    text = "本台消息：澄江省十四届人大二次会议今天开幕，省长韩望川代表省人民政府作政府工作报告。"
    assert ("韩望川", "spokeAt", "澄江省十四届人大二次会议") in rule_rels(text)


@pytest.mark.parametrize("text,title,bodies", [
    ("澄江省市场监督管理局、澄江省标准化研究院2023年发布强制性地方标准《电动三轮车安全技术规范》，要求限速。",
     "《电动三轮车安全技术规范》", ["澄江省市场监督管理局"]),
    ("澄江省电子学会在2023澄江机器人大会上发布《澄江服务机器人产业发展报告（2023年）》。",
     "《澄江服务机器人产业发展报告（2023年）》", ["澄江省电子学会"]),
    ("由澄江省社会科学院与澄江省大数据中心联合编写的《澄江数字经济发展蓝皮书（2023）》指出，数字经济持续增长。",
     "《澄江数字经济发展蓝皮书（2023）》", ["澄江省社会科学院", "澄江省大数据中心"]),
])
def test_standards_reports_released_at_an_event_and_books_compiled_are_issued_by_their_bodies(text, title, bodies):
    found = rule_rels(text)
    for body in bodies:
        assert (title, "issuedBy", body) in found, (body, found)


def test_a_government_office_forwarding_a_plan_its_department_drafted_issues_it_too():
    found = rule_rels("澄州市人民政府办公室转发澄州市农牧局制定的澄州市奶业振兴行动方案，提出扩大苜蓿种植。")
    assert ("澄州市奶业振兴行动方案", "issuedBy", "澄州市人民政府办公室") in found, found
    assert ("澄州市奶业振兴行动方案", "issuedBy", "澄州市农牧局") in found


def test_a_programme_heading_a_sentence_with_a_colon_prioritizes_its_clause():
    found = rule_rels("实施两大工程。（二）锑材料升级工程：建设智能矿山和锑化物半导体中试线。")
    assert ("锑材料升级工程", "prioritizes", "智能矿山") in found, found


def test_a_bodys_yearly_work_points_stating_something_are_a_policy():
    text = "澄州高新技术产业开发区管委会2023年工作要点提出，做强中小航空发动机、轨道交通装备两大产业。"
    assert ("工作要点", "Policy") in ents(text)
    assert ("工作要点", "prioritizes", "轨道交通装备") in rule_rels(text)


def test_a_report_given_at_a_meeting_is_no_policy():
    found = ents("澄江省数据局召开全省数据工作会议，局长祁望川作年度工作报告。会议明确，发展数据标注产业。")
    assert not any(t == "Policy" for _, t in found), found


@pytest.mark.parametrize("wider", [["会议", "会"], {"会议": "会"}, {"会议": []}])
def test_the_wider_anaphor_nouns_are_validated(tmp_path, wider):
    import json

    from kg.errors import KgError
    from kg.extract.relations import PATTERNS_PATH, load_relation_patterns

    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    assert data["event_anaphor_wider"] == {"会议": ["会议", "会"]}
    data["event_anaphor_wider"] = wider
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="event_anaphor_wider"):
        load_relation_patterns(bad)
