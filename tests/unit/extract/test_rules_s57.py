"""Session 57's changes. A technology put to use in something (将/把X用于Y,
让X服务于Y, 在Y中推广X) is named with what it is put to use in, an activity
named with its object, when the means is anchored: it ends with a technical
head (…系统, …平台, …装置) or holds a technology the rules know; money or a
bare noun put to use names nothing. What a named technology is put to use in
is its field, not a priority of the sentence's policy. A speaker who presents
a technology's application (介绍了X在Y中的应用) names X. A list named before a
later clause's field (聚焦A、B加快攻关，在C领域推广X) is not applied in it:
X is. The items of the fields a named technology is spread in are sectors.
系 is no function character inside 系统 (a frame's means may end with it).
What a technology gone through or relied on raises or promotes (通过X促进Y,
借助X提高Y效率) is enabled by it. What an event named just before features or
signs projects in, and a theme written before an event's name, are its
priorities; a field demonstration is an event. A compound surname opens a name
of four characters after a title or before one, and an author line in
brackets names the author and the body. A journal printing in this year's
issue is a publication; a division named for urban work and a school named
with 现代 join their parents. Made-up sentences; each test of a reading fails
without its change, the others guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels, rule_rels


@pytest.mark.parametrize("text, means, relation, field", [
    ("各地要把雪峦渗压监测系统用于尾砂坝管理。", "雪峦渗压监测系统", "appliedIn", "尾砂坝管理"),
    ("让雪豹车况数据平台服务于旧车估价。", "雪豹车况数据平台", "appliedIn", "旧车估价"),
    ("在溪谷冷库温控中推广雪域变频装置。", "雪域变频装置", "appliedIn", "溪谷冷库温控"),
    # what a technology gone through or relied on raises or promotes is enabled by it
    ("各地要通过雪峦车辆监测平台促进岚溪客运安全管理。", "雪峦车辆监测平台", "enables", "岚溪客运安全管理"),
    ("支持企业借助雪豹寿命预测模型提高溪谷电瓶回收效率。", "雪豹寿命预测模型", "enables", "溪谷电瓶回收"),
])
def test_a_technology_put_to_use_is_named_with_its_field(text, means, relation, field):
    assert {(means, "Technology"), (field, "Industry")} <= ents(text)
    assert (means, relation, field) in rels(text)


@pytest.mark.parametrize("text, means, field", [
    ("项目将雪峦涡流分选技术用于雪峦废铜回收。", "雪峦涡流分选技术", "雪峦废铜回收"),  # (技术 stays in the means)
    ("各地要把岚溪吸收式热泵用于溪谷余热回收。", "岚溪吸收式热泵", "溪谷余热回收"),  # (a pump, a valve, an engine: heads)
])
def test_a_means_named_by_its_technique_word_or_a_machine_head_is_anchored(text, means, field):
    assert {(means, "Technology"), (field, "Industry")} <= ents(text)
    assert (means, "appliedIn", field) in rule_rels(text)


def test_money_or_a_bare_noun_put_to_use_names_nothing():
    assert not {t for t, ty in ents("将专项资金用于园区道路建设。") if ty in ("Technology", "Industry")}
    assert not ents("把2亿元用于雪峦路网改造。")


def test_a_means_that_ends_with_tackling_is_no_technology():
    assert not {t for t, ty in ents("以雪峦数控系统攻关带动机床产业。") if ty == "Technology"}


def test_the_field_a_technology_is_put_to_use_in_is_no_priority():
    text = "《雪峦矿山智能化行动》提出，把雪峦渗压监测系统用于尾砂坝管理。"
    found = rels(text)
    assert ("《雪峦矿山智能化行动》", "prioritizes", "雪峦渗压监测系统") in found, found
    assert ("《雪峦矿山智能化行动》", "prioritizes", "尾砂坝管理") not in found


def test_a_presented_application_names_the_technology():
    text = "教授介绍了雪域光谱成像技术在茶园病害识别中的应用。"
    assert ("雪域光谱成像技术", "Technology") in ents(text)
    assert ("雪域光谱成像技术", "appliedIn", "茶园病害识别") in rels(text)


def test_a_list_before_a_later_clause_is_not_applied_in_its_field():
    found = rels("聚焦雪峦传感器、雪豹芯片加快攻关，在林区防火领域推广雪域巡检无人机。")
    assert ("雪域巡检无人机", "appliedIn", "林区防火") in found, found
    assert not {h for h, ty, t in found if ty == "appliedIn" and h in ("雪峦传感器", "雪豹芯片")}, found


def test_a_technology_spread_in_listed_fields_is_applied_in_each():
    found = rels("提出在道路运输、内河航运、民用航空等领域推广北斗终端。")
    assert {("北斗终端", "appliedIn", f) for f in ("道路运输", "内河航运", "民用航空")} <= found, found


def test_policy_guidance_gone_through_names_nothing():
    assert not ents("通过政策引导促进岚溪客运发展。")


def test_a_technology_used_to_raise_a_sector_stays_applied_there():
    found = rels("运用雪域分拣系统提升溪谷果品分级水平。")
    assert ("雪域分拣系统", "appliedIn", "溪谷果品分级") in found, found


_SIGNING = "本报讯 6月20日，2024雪峦汽车产业招商签约会在雪峦区岚溪镇举行，现场签约项目8个"


@pytest.mark.parametrize("text", [
    _SIGNING + "。签约会聚焦新能源汽车和动力电池。",
    _SIGNING + "，项目主要集中在新能源汽车和动力电池。",
    _SIGNING + "。签约会突出新能源汽车和动力电池。",
])
def test_what_a_signing_event_focuses_on_or_signs_is_its_priority(text):
    found = rels(text)
    assert {("2024雪峦汽车产业招商签约会", "prioritizes", t) for t in ("新能源汽车", "动力电池")} <= found, found


def test_a_theme_written_before_an_event_is_its_priority():
    text = "本报讯 9月24日，以“数字孪生 智慧汽车”为主题的2024雪峦汽车产业发展论坛在雪峦区岚溪镇开幕。"
    assert ("2024雪峦汽车产业发展论坛", "prioritizes", "数字孪生") in rels(text)


@pytest.mark.parametrize("text, name", [
    ("雪峦市商务局局长亓官岚舟出席并宣布发车。", "亓官岚舟"),
    ("局长闻人雪川作年度工作报告。", "闻人雪川"),
    ("雪峦大学药学院教授呼延溪舟作专题报告。", "呼延溪舟"),
    ("雪峦市副市长第五和岚出席并致辞。", "第五和岚"),
])
def test_a_compound_surname_after_a_title_opens_a_name_of_four_characters(text, name):
    found = {t for t, ty in ents(text) if ty == "Person"}
    assert found == {name}, found


def test_a_field_demonstration_is_an_event():
    text = "本报讯 9月27日，2024雪峦秋收智能农机现场演示会在雪峦区岚溪镇召开。雪峦市农业农村局局长缑立川作交流发言。"
    assert ("2024雪峦秋收智能农机现场演示会", "Event") in ents(text)
    assert ("缑立川", "spokeAt", "2024雪峦秋收智能农机现场演示会") in rels(text)


def test_a_compound_surname_jieba_cut_off_its_given_name_is_no_name_alone():
    text = "雪峦大学经济学院日前发布年度报告。课题组负责人公孙雪川教授表示，要加快发展。"
    assert {t for t, ty in ents(text) if ty == "Person"} == {"公孙雪川"}


def test_an_author_line_in_brackets_names_the_author_and_the_body():
    text = "市场回暖。（慕容岚舟，雪峦大学经济学院教授）"
    assert ("慕容岚舟", "Person") in ents(text)
    assert ("慕容岚舟", "affiliatedWith", "雪峦大学经济学院") in rels(text)


def test_a_journal_printing_in_this_years_issue_is_a_publication():
    found = ents("《雪峦论坛》今年第3期刊发的一篇文章认为，氢能交通前景广阔。")
    assert ("雪峦论坛", "Publication") in found and not {t for t, ty in found if ty == "Policy"}, found


def test_a_division_named_for_urban_work_joins_its_department():
    text = "雪峦省住房和城乡建设厅城市管理处近日印发《关于做好雪峦供热保障工作的通知》。"
    assert ("雪峦省住房和城乡建设厅城市管理处", "Institution") in ents(text)
    assert ("《关于做好雪峦供热保障工作的通知》", "issuedBy", "雪峦省住房和城乡建设厅城市管理处") in rels(text)


def test_a_school_whose_name_opens_with_modern_joins_its_university():
    text = "雪峦大学现代交通与能源学院教授牟岚舟作主旨演讲。"
    assert ("雪峦大学现代交通与能源学院", "Institution") in ents(text)
