"""Session 46's rules.  A bank's or a national administration's branch named by
its place is one body with its parent; bank and township heads are titles; a
signing ceremony or job fair held somewhere, a standing committee's numbered
meeting and a plan a meeting adopts or a one-character county issues are
named; a meeting that relays another's spirit (传达学习…精神) still heads what
it then studies; a report's writer (执笔人为…, 报告由…牵头撰写) belongs to its
body; a speaker at a ceremony (典礼上) or one who explains (作…解读) speaks at
the event just named; a fair's theme is its priority after its short name
(对接会以…为主题); 首台（套） stays inside a programme's name; a list of
techniques put to use or spread (应用/运用/普及 A、B和C技术) is read item by
item; a sector or its firms applying techniques (某产业应用A和B,
某某企业应用A) is where they are applied; officers named by title after another
officer of a body (某集团董事长甲、总经理乙) and a bureau's officer written with
its class word (该局局长某某) belong to it; a county written short where a
meeting is held (在宁海召开) is a place; local meetings named by their scope
(全省某某工作会议) or field (某省某产业推进会) and fairs written short (某某茶博会)
are events, a meeting named by its form alone (专题推进会) none.  Made-up
bodies, titles and people on real places; each test of a reading fails
without its rule, the others guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels, rule_rels


def test_a_bank_branch_named_by_its_city_is_one_body_with_the_bank_and_its_head_a_person():
    text = "中国人民银行衢州市中心支行、衢州市财政局联合印发《青溪科创贷款贴息办法》。中国人民银行衢州市中心支行行长訾明远出席并讲话。"
    found = ents(text)
    assert {("中国人民银行衢州市中心支行", "Institution"), ("訾明远", "Person")} <= found, found
    assert ("衢州市", "Region") not in found  # (inside the branch's name)
    assert ("訾明远", "affiliatedWith", "中国人民银行衢州市中心支行") in rels(text)


def test_a_national_administrations_provincial_office_is_one_body_with_it():
    found = ents("国家金融监督管理总局甘肃监管局2023年印发通知。")
    assert ("国家金融监督管理总局甘肃监管局", "Institution") in found, found


def test_a_signing_ceremony_held_in_a_county_is_an_event_where_it_is_held_with_its_speaker():
    text = "本报讯 5月8日，青溪储能装备项目签约仪式在泾县举行。副县长阚远山出席并致辞。"
    assert ("青溪储能装备项目签约仪式", "Event") in ents(text)
    found = rule_rels(text)
    assert {("青溪储能装备项目签约仪式", "locatedIn", "泾县"), ("阚远山", "spokeAt", "青溪储能装备项目签约仪式")} <= found, found


def test_a_ceremony_named_by_the_parties_that_sign_is_no_event_name():
    found = ents("本报讯 青溪集团与青溪大学联合研发协议签约仪式在泾县举行。")
    assert not {t for t, ty in found if ty == "Event"}, found


def test_a_job_fair_with_its_year_is_an_event():
    assert ("2024青溪秋季数控人才招聘会", "Event") in ents("本报讯 9月2日，2024青溪秋季数控人才招聘会在泾县举行，80家企业提供岗位。")


def test_a_standing_committees_numbered_meeting_is_an_event_its_chair_speaks_at():
    text = "本报讯 6月3日，中共泾县县委召开县委常委会第二十一次会议，县委书记邬青山主持会议并讲话。"
    assert ("县委常委会第二十一次会议", "Event") in ents(text)
    assert ("邬青山", "spokeAt", "县委常委会第二十一次会议") in rule_rels(text)


def test_a_meeting_that_relays_another_meetings_spirit_heads_what_it_then_studies():
    text = "5月9日，县委常委会会议在泾县召开，县委书记邬青山主持会议并讲话。会议传达学习中央经济工作会议精神，研究部署宣纸和汽车零部件产业转型升级工作。"
    found = rule_rels(text)
    assert ("县委常委会会议", "prioritizes", "汽车零部件") in found, found
    assert not {r for r in found if r[0] == "中央经济工作会议"}, found


def test_a_meeting_studies_a_sector_as_its_topic():
    text = "5月9日，县委常委会会议在泾县召开。会议专题研究汽车零部件产业发展。"
    assert ("县委常委会会议", "prioritizes", "汽车零部件") in rule_rels(text)


def test_a_plan_a_meeting_adopts_and_one_a_one_character_county_issues_are_policies():
    found = ents("会议审议通过泾县宣纸产业链培育方案。")
    assert ("泾县宣纸产业链培育方案", "Policy") in found, found
    text = "歙县人民政府2023年印发的歙县青溪文房产业数字化发展实施方案提出，发展直播电商。"
    assert ("歙县青溪文房产业数字化发展实施方案", "Policy") in ents(text)
    assert ("歙县青溪文房产业数字化发展实施方案", "issuedBy", "歙县人民政府") in rels(text)


def test_the_writer_of_a_report_belongs_to_the_body_that_published_it():
    text = "青溪证券研究所2023年发布的低空经济行业深度报告认为，电动垂直起降飞行器进入试飞期。报告执笔分析师为阚书远。"
    assert ("阚书远", "Person") in ents(text)
    assert ("阚书远", "affiliatedWith", "青溪证券研究所") in rule_rels(text)
    text = "青溪大学国家治理研究院2022年发布的报告认为，东北地区应培育新兴产业。报告执笔人为该院研究员晏青山，他认为关键在于人才。"
    assert ("晏青山", "affiliatedWith", "青溪大学国家治理研究院") in rule_rels(text)
    text = "青溪大学金融学院在2023年的一份研究报告中认为，绿色金融应支持钢铁。报告由该院研究员沈青禾牵头撰写，课题组建议建立目录。"
    assert ("沈青禾", "affiliatedWith", "青溪大学金融学院") in rule_rels(text)


def test_a_speaker_at_the_award_ceremony_or_one_who_explains_a_standard_speaks_at_the_event():
    text = "本台消息 12月5日，2023泾县科技创新大赛颁奖典礼在泾县举行。获奖企业青溪光电科技有限公司总经理钮青山在典礼上发言。"
    assert ("钮青山", "spokeAt", "2023泾县科技创新大赛") in rule_rels(text)
    text = "本报讯 11月10日，2023泾县宣纸标准发布会在泾县举行。协会会长甄青禾在会上作标准解读。"
    assert ("甄青禾", "spokeAt", "2023泾县宣纸标准发布会") in rule_rels(text)


def test_a_fairs_theme_is_its_priority_after_its_short_name():
    text = "本台消息 9月8日，2024泾县科技金融对接会在泾县举行。对接会以“数字金融与智能制造”为主题，推介了项目。"
    found = rule_rels(text)
    assert {("2024泾县科技金融对接会", "prioritizes", "数字金融"), ("2024泾县科技金融对接会", "prioritizes", "智能制造")} <= found, found


def test_a_first_of_its_kind_equipment_programme_keeps_its_bracketed_mark():
    text = "青溪省经济和信息化厅2020年印发通知，实施重大技术装备首台（套）推广应用工程，对轨道交通装备给予保费补贴。"
    assert ("重大技术装备首台（套）推广应用工程", "Policy") in ents(text)


def test_a_list_of_techniques_put_to_use_or_spread_under_a_technique_class_is_read_item_by_item():
    found = ents("青溪计量测试中心应用冷原子计量、在线标定和激光测距技术，推动数据共享。")
    assert {("冷原子计量", "Technology"), ("在线标定", "Technology")} <= found, found
    found = ents("青溪物流园普及冷链仓储、智能分拣和无人配送技术。")
    assert {("冷链仓储", "Technology"), ("智能分拣", "Technology")} <= found, found


def test_a_sector_or_its_firms_applying_techniques_is_where_they_are_applied():
    found = rule_rels("推动阀门产业应用工业互联网和5G，提升产线效率。")
    assert {("工业互联网", "appliedIn", "阀门产业"), ("5G", "appliedIn", "阀门产业")} <= found, found
    text = "推动纺织服装企业应用智能吊挂和数码印花技术。"
    assert ("纺织服装", "Industry") in ents(text)  # (企业应用 is no jieba word: the sector ends before 企业)
    assert ("智能吊挂", "appliedIn", "纺织服装") in rule_rels(text)


def test_officers_named_by_title_after_another_officer_of_a_body_belong_to_it():
    found = rule_rels("青溪集团董事长王立平、总经理阚明远、副总经理訾海出席。")
    assert {("阚明远", "affiliatedWith", "青溪集团"), ("訾海", "affiliatedWith", "青溪集团")} <= found, found
    found = rule_rels("青溪市委书记王立平、市长阚明远出席会议。")
    assert ("阚明远", "affiliatedWith", "青溪市委") not in found  # (a government's head is no officer of the committee)


def test_a_bureau_officer_written_with_the_class_word_belongs_to_the_bureau_of_the_paragraph():
    text = "记者从青溪市工业和信息化局获悉，该局局长阚立平表示，将出台政策。"
    assert ("阚立平", "affiliatedWith", "青溪市工业和信息化局") in rule_rels(text)


def test_a_county_written_short_where_a_meeting_is_held_is_a_place_and_the_meetings_focus_stands():
    text = "5月9日，县委常委会会议在宁海召开，县委书记邬青山主持会议并讲话。"
    assert ("宁海", "Region") in ents(text)
    assert ("县委常委会会议", "locatedIn", "宁海") in rule_rels(text)
    text = "2024湖南（永州）储能产业对接会在永州举行，会议聚焦钠离子电池和液流电池。"
    found = rule_rels(text)
    assert {("2024湖南（永州）储能产业对接会", "locatedIn", "永州"),
            ("2024湖南（永州）储能产业对接会", "prioritizes", "钠离子电池")} <= found, found


@pytest.mark.parametrize("text, event", [
    ("2月8日，2024年全省工业和信息化工作会议在杭州召开。", "全省工业和信息化工作会议"),
    ("全县招商引资工作推进会在县行政中心召开。", "全县招商引资工作推进会"),
    ("全省制造业高质量发展现场观摩会在宜宾召开。", "全省制造业高质量发展现场观摩会"),
    ("2024年青溪省数字经济发展推进会在成都召开。", "青溪省数字经济发展推进会"),
    ("第五届青溪国际茶博会在青溪开幕。", "第五届青溪国际茶博会"),
])
def test_local_meetings_named_by_scope_or_field_and_fairs_written_short_are_events(text, event):
    found = ents(text)
    assert (event, "Event") in found, found


@pytest.mark.parametrize("text", ["县里召开专题推进会。", "会议要求各地开好现场观摩会。"])
def test_a_meeting_named_by_its_form_alone_is_no_event(text):
    assert not {t for t, ty in ents(text) if ty == "Event"}
