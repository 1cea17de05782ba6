"""Session 60's changes. Two members a sentence opens with, counted as a
class's two somethings (A和B是X的两大主力品类, 是我国X降本增效的两大关键),
a list closed by a count that matches it and a known class (发展A和B两类X), a
means named by a technique word (运用某某扫描开展Y, 将某某追溯用于Y环节), a
technology that raises or cuts a measure of a field (X能把Y的产量提高…, X正在缩短Y的周期)
or is used widely, pays best, plays a key role or is standard in it (X已在Y中大量使用,
X则在Y中发挥着关键作用, 成为Y的常规配置),
what an event named before (电商节, 本届峰会) focuses on or counts as its topics,
a technology moved into a field (推动X进入Y领域), compound surnames after a title
(归海, and 万俟 or 濮阳 at a sentence end), speakers who announce water, address,
explain on site or deploy at the event named before, names after a title closed
by the clause, an interview, a pen or an article (教授某某。, 秘书长某某接受…采访,
研究员某某执笔, 副教授某某的文章)
or between a school's 的 and a title (某学院的某某教授在…), a means after 下一步 (下一步应以X赋能Y)
the items a known class is divided into by a matching count (X可分为A、B和C三段) and
members named by their share of a class (A和B合计贡献了X七成以上的收入).
Made-up sentences; each test of a reading fails without its change, the others
guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels


@pytest.mark.parametrize("text, members, whole", [
    ("评论认为，冻干鱼糜块和调味蟹棒是预制菜的两大主力品类，应加快发展。", ("冻干鱼糜块", "调味蟹棒"), "预制菜"),
    ("文章指出，肉牛种业和青贮饲草供应是我国奶业降本增效的两大关键。", ("肉牛种业", "青贮饲草供应"), "奶业"),
])
def test_two_members_counted_as_a_class_s_two_somethings_are_its_parts(text, members, whole):
    found, got = ents(text), rels(text)
    for member in members:
        assert (member, "Industry") in found
        assert (member, "partOf", whole) in got
    assert (whole, "Industry") in found  # (the purpose after the class is no part of its name)


def test_the_battlefields_a_list_is_counted_as_hold_no_parts():
    got = rels("报告认为，钢铁和化工是绿氢消纳的两大主战场。")
    assert not {r for r in got if r[1] == "partOf"}


def test_a_list_closed_by_a_matching_count_and_a_known_class_is_of_the_class():
    text = "方案提出，发展林下菌菇和林下采集两类林下经济，重点推广。"
    assert {("林下菌菇", "Industry"), ("林下采集", "Industry")} <= ents(text)
    assert {("林下菌菇", "partOf", "林下经济"), ("林下采集", "partOf", "林下经济")} <= rels(text)


@pytest.mark.parametrize("text", [
    "方案提出，发展林下菌菇和林下采集三类林下经济，重点推广。",  # (three for two items)
    "方案提出，发展林下菌菇和林下采集两类林下经济基地，重点推广。",  # (a base, no class)
])
def test_a_count_that_does_not_match_or_a_class_that_runs_on_types_nothing(text):
    assert ("林下采集", "Industry") not in ents(text)


@pytest.mark.parametrize("text, tech, field", [
    ("方案鼓励运用三维耳型扫描开展助听器个性化验配。", "三维耳型扫描", "助听器个性化验配"),
    ("通知提出，将轮毂编码追溯用于再制造拆解环节。", "轮毂编码追溯", "再制造拆解"),
])
def test_a_means_named_by_a_technique_word_is_a_technology_applied_in_the_field(text, tech, field):
    found = ents(text)
    assert (tech, "Technology") in found and (field, "Industry") in found
    assert (tech, "appliedIn", field) in rels(text)


def test_a_field_ending_with_a_technique_word_stays_a_field():
    text = "方案提出，运用卫星遥感技术开展耕地质量监测。"
    assert ("耕地质量监测", "Industry") in ents(text)
    assert ("卫星遥感技术", "appliedIn", "耕地质量监测") in rels(text)


def test_the_objects_of_spreading_that_end_with_a_technique_word_are_technologies():
    found = ents("通知要求，推广桥梁索力振动检测和隧道衬砌雷达扫描。")
    assert {("桥梁索力振动检测", "Technology"), ("隧道衬砌雷达扫描", "Technology")} <= found


@pytest.mark.parametrize("text, tech, field", [
    ("他表示，扦插育苗工艺能把茶苗繁育的成活率提高三成。", "扦插育苗工艺", "茶苗繁育"),
    ("报告认为，AIGC正在缩短动画分镜绘制的周期。", "AIGC", "动画分镜绘制"),
])
def test_a_technology_that_raises_or_cuts_a_measure_of_a_field_enables_it(text, tech, field):
    assert (field, "Industry") in ents(text)
    assert (tech, "enables", field) in rels(text)


@pytest.mark.parametrize("text", [
    "文章认为，这项政策可把小微企业的融资成本降低一半。",
    "他说，贴息贷款可让茶苗繁育的周期缩短一半。",  # (a loan is no technology)
])
def test_what_no_technology_raises_or_cuts_names_nothing(text):
    assert not {r for r in rels(text) if r[1] == "enables"}
    assert ("茶苗繁育", "Industry") not in ents(text)


@pytest.mark.parametrize("text, tech, fields", [
    ("他说，云端实时渲染已在短剧拍摄中大量使用。", "云端实时渲染", ("短剧拍摄",)),
    ("文章认为，鱼菜共生系统在观光农业和研学教育中的经济性最好。", "鱼菜共生系统", ("观光农业", "研学教育")),
    ("文章指出，无人机植保已成为现代农业的常规配置。", "无人机植保", ("现代农业",)),
])
def test_a_technology_used_widely_paying_best_or_standard_in_a_field_is_applied_there(text, tech, fields):
    got = rels(text)
    for field in fields:
        assert (tech, "appliedIn", field) in got


@pytest.mark.parametrize("text, event, items", [
    ("本报讯 7月12日，2024霁汀鲜桃直播电商节在霁汀县开幕，电商节聚焦鲜桃和农产品直播。",
     "2024霁汀鲜桃直播电商节", ("鲜桃", "农产品直播")),
    ("本报讯 9月10日，2024霁汀网络安全产业创新峰会在霁汀区开幕，本届峰会重点关注数据安全和工控安全两大领域。",
     "2024霁汀网络安全产业创新峰会", ("数据安全", "工控安全")),
    ("本报讯 10月9日，2024霁汀超高清视频产业发展大会在霁汀区召开，大会以激光显示和柔性显示为两大议题。",
     "2024霁汀超高清视频产业发展大会", ("激光显示", "柔性显示")),
])
def test_what_the_event_named_before_focuses_on_or_counts_as_its_topics_is_its_priority(text, event, items):
    got = rels(text)
    for item in items:
        assert (event, "prioritizes", item) in got


def test_a_technology_a_plan_moves_into_a_field_is_applied_there_and_the_field_is_no_priority():
    text = "霁汀县人民政府印发《霁汀县北斗应用行动计划》，推动北斗授时终端进入电网调度领域。"
    assert {("北斗授时终端", "Technology"), ("电网调度", "Industry")} <= ents(text)
    got = rels(text)
    assert ("北斗授时终端", "appliedIn", "电网调度") in got
    assert ("《霁汀县北斗应用行动计划》", "prioritizes", "北斗授时终端") in got
    assert ("《霁汀县北斗应用行动计划》", "prioritizes", "电网调度") not in got


def test_what_no_technical_word_anchors_enters_no_field():
    assert not rels("方案提出，推动岫峰牌面条进入商超渠道。")


def test_the_compound_surname_gui_hai_of_the_hundred_surnames_opens_a_name_after_a_title():
    text = "澜岫大学经济学院副教授归海霁川近日撰文称，跨境电商仍有空间。"
    assert ("归海霁川", "Person") in ents(text)
    assert ("归海霁川", "affiliatedWith", "澜岫大学经济学院") in rels(text)


@pytest.mark.parametrize("surname", ["万俟", "濮阳"])
def test_a_compound_surname_after_a_title_at_the_sentence_end_opens_a_four_character_name(surname):
    found = ents(f"简报执笔人为该所研究员{surname}清风。")  # (清风: a noun to jieba)
    assert (f"{surname}清风", "Person") in found
    assert ("濮阳", "Region") not in found


@pytest.mark.parametrize("sentence", [
    "雪霁市水务局局长贲霁川出席并宣布通水。",
    "雪霁市卫生健康委员会副主任贲霁川到会致辞。",
    "澜岫大学农学院教授贲霁川现场讲解了智能杀青机的工作原理。",
    "雪霁省工业和信息化厅副厅长贲霁川作工作部署，提出做强铝精深加工。",
])
def test_who_announces_water_addresses_explains_on_site_or_deploys_speaks_at_the_event(sentence):
    text = "本报讯 3月28日，2024霁汀茶叶加工现场观摩会在霁汀区岫峰镇举行。" + sentence
    assert ("贲霁川", "spokeAt", "2024霁汀茶叶加工现场观摩会") in rels(text)


@pytest.mark.parametrize("text, person", [
    ("本文作者为中共雪霁省委党校教授桓霁川。", "桓霁川"),  # (a framed surname, the clause ends after the name)
    ("简报执笔人为该所副研究员郤霁川。", "郤霁川"),  # (郤, a surname of the 百家姓)
    ("该协会秘书长公羊子衾接受《雪霁文化报》采访时说，演艺增长较快。", "公羊子衾"),  # (子|衾: jieba splits the given name)
    ("报告由该所副研究员虢霁川执笔，她建议推动激光分选。", "虢霁川"),
    ("《霁汀学刊》近期刊发中共雪霁市委党校副教授钦霁川的文章，认为应推动。", "钦霁川"),
])
def test_a_name_after_a_title_closed_by_the_clause_an_interview_or_a_pen_is_a_person(text, person):
    assert (person, "Person") in ents(text)


def test_what_follows_a_title_at_a_sentence_end_with_no_surname_is_no_person():
    assert not {e for e in ents("方案提出，推行企业工程师进课堂。") if e[1] == "Person"}


@pytest.mark.parametrize("name", ["盘松霁", "公西安澜"])
def test_a_name_between_a_schools_的_and_a_title_is_its_person(name):
    text = f"澜岫大学食品学院的{name}教授在会上发言时说，柑橘果汁前景好。"
    assert (name, "Person") in ents(text)
    assert (name, "affiliatedWith", "澜岫大学食品学院") in rels(text)


def test_no_name_between_a_body_s_的_and_a_title_is_none():
    assert not {e for e in ents("澜岫大学食品学院的多位教授在会上发言。") if e[1] == "Person"}


def test_a_means_after_the_next_step_names_a_technology_and_the_sector_it_enables():
    text = "下一步应以国产分布式数据库赋能电网调度，加快工具研发。"
    assert {("国产分布式数据库", "Technology"), ("电网调度", "Industry")} <= ents(text)
    assert ("国产分布式数据库", "enables", "电网调度") in rels(text)


@pytest.mark.parametrize("text, tech, field", [
    ("评论认为，声学听漏仪已在管网暗漏排查中发挥重要作用。", "声学听漏仪", "管网暗漏排查"),
    ("文章认为，梯级萃取控制系统则在稀土提纯中发挥着关键作用。", "梯级萃取控制系统", "稀土提纯"),
])
def test_a_technology_that_plays_a_key_role_in_a_field_is_applied_there(text, tech, field):
    assert (tech, "Technology") in ents(text)
    assert (tech, "appliedIn", field) in rels(text)


@pytest.mark.parametrize("text, whole, members", [
    ("文章认为，茶叶产业的链条可分为茶园管护、初制加工和茶旅融合三段。", "茶叶产业", ("茶园管护", "初制加工", "茶旅融合")),
    ("报告认为，氢能交通主要涵盖港口短驳和城市环卫两个场景。", "氢能交通", ("港口短驳", "城市环卫")),
])
def test_the_items_a_known_class_is_divided_into_by_a_matching_count_are_its_parts(text, whole, members):
    found, got = ents(text), rels(text)
    for member in members:
        assert (member, "Industry") in found
        assert (member, "partOf", whole) in got


@pytest.mark.parametrize("text, item", [
    ("文章认为，茶叶产业的链条可分为茶园管护、初制加工和茶旅融合两段。", "茶旅融合"),  # (two for three items)
    ("白皮书将脑机接口分为侵入式、半侵入式和非侵入式三条技术路线。", "非侵入式"),  # (kinds named by a modifier)
])
def test_a_count_that_does_not_match_or_modifier_kinds_name_no_members(text, item):
    assert not {e for e in ents(text) if e[0] == item}


@pytest.mark.parametrize("text, members, whole", [
    ("报告测算，云端游戏贡献了网络游戏近三成收入。", ("云端游戏",), "网络游戏"),
    ("报告称，减速器和伺服电机合计约占人形机器人整机成本的四成。", ("减速器", "伺服电机"), "人形机器人"),
])
def test_members_named_by_their_share_of_a_class_are_its_parts(text, members, whole):
    got = rels(text)
    for member in members:
        assert (member, "partOf", whole) in got


def test_a_sectors_share_of_a_places_industry_is_no_part():
    assert not {r for r in rels("到2025年，新材料产业占全市工业比重提高到35%。") if r[1] == "partOf"}
