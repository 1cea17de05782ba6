"""Session 59's changes. A work meeting's priorities stated in the report its
head gives (局长某某作工作报告，对今年重点工作进行安排：…; 会上，局长某某强调，…),
speakers at an event named before (在圆桌对话中表示, 出席并宣布…交付), how a
technology does in a field (在Y中的覆盖率, 率先放量, 先行先试), a role before a
company (运营方), a ministry department opened by a verb (认证监督管理司) and a
name jieba glued to 到会. Made-up sentences; each test of a reading fails
without its change, the others guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels


@pytest.mark.parametrize("report", [
    "局长贲霁川作工作报告，对2024年重点工作进行安排：",
    "雪霁省能源局局长贲霁川总结2023年工作，并对今年重点任务作出部署：",
    "会上，雪霁省能源局局长贲霁川强调，今年要",
])
def test_what_the_head_sets_out_in_his_report_is_the_meetings_priority(report):
    text = f"1月8日，全省能源工作会议在霁汀召开。{report}推动抽水蓄能规模化发展，加快智能网联汽车推广。"
    got = rels(text)
    assert ("全省能源工作会议", "prioritizes", "抽水蓄能") in got
    assert ("全省能源工作会议", "prioritizes", "智能网联汽车") in got


def test_who_stresses_at_the_meeting_speaks_at_it():
    text = "全省渔业工作会议近日在霁汀闭幕。会上，雪霁省海洋与渔业局局长贲霁川强调，今年要发展深远海养殖。"
    assert ("贲霁川", "spokeAt", "全省渔业工作会议") in rels(text)


@pytest.mark.parametrize("sentence", [
    "澜岫大学教授贲霁川在圆桌对话中表示，大模型见效最快。",
    "雪霁市农业农村局局长贲霁川出席并宣布平台正式交付。",
])
def test_a_panel_speaker_or_one_who_announces_a_handover_speaks_at_the_event(sentence):
    text = "2024霁汀海洋装备峰会在霁汀区开幕。" + sentence
    assert ("贲霁川", "spokeAt", "2024霁汀海洋装备峰会") in rels(text)


def test_a_name_glued_to_arriving_at_the_meeting_keeps_its_last_character():
    found = ents("2024霁汀网络安全峰会在霁汀区开幕。雪霁市工业和信息化局副局长班知遥到会讲话。")
    assert ("班知遥", "Person") in found
    assert ("班知", "Person") not in found


def test_the_role_a_company_plays_is_no_part_of_its_name():
    found = ents("平台运营方岫峰海洋科技有限公司总经理贲霁川在仪式上介绍了平台。")
    assert ("岫峰海洋科技有限公司", "Institution") in found
    assert not any(name.startswith("平台运营方") for name, _ in found)


def test_a_ministry_department_named_for_what_it_supervises_joins_the_ministry():
    text = "国家市场监督管理总局认证监督管理司于2024年1月印发《关于开展霁汀认证试点的通知》。"
    assert ("国家市场监督管理总局认证监督管理司", "Institution") in ents(text)


def test_a_company_a_group_works_with_stays_apart_from_the_group():
    found = ents("澜岫港务集团联合中国移动辽宁公司发布霁汀工业互联网平台。")
    assert not any(name.startswith("澜岫港务集团联合") for name, _ in found)


@pytest.mark.parametrize("text, tech, field", [
    ("专家认为，智能换电柜在外卖配送中的覆盖率已超过四成。", "智能换电柜", "外卖配送"),
    ("报告称，手机直连卫星有望在户外应急通信中率先放量。", "手机直连卫星", "户外应急通信"),
])
def test_how_far_a_technology_has_spread_in_a_field_says_it_is_applied_there(text, tech, field):
    assert (tech, "appliedIn", field) in rels(text)


def test_a_field_a_technology_is_tried_first_in_is_no_priority_of_the_plan():
    text = "霁汀区人民政府印发《霁汀区卫星产业规划》，提出支持卫星遥感在霁汀橘园长势监测中先行先试。"
    got = rels(text)
    assert ("卫星遥感", "appliedIn", "霁汀橘园长势监测") in got
    assert ("《霁汀区卫星产业规划》", "prioritizes", "卫星遥感") in got
    assert not any(t == "prioritizes" and tail == "霁汀橘园长势监测" for _, t, tail in got)
    assert not any(name.startswith("支持") for name, _ in ents(text))


@pytest.mark.parametrize("verb", ["发出", "下发", "下达"])
def test_what_a_policy_sent_out_supports_is_its_priority(verb):
    text = f"商务部流通发展司于2024年5月{verb}《关于推进霁汀冷链物流建设的通知》，支持试点县发展冷链共同配送，推广智能网联汽车。"
    assert ("《关于推进霁汀冷链物流建设的通知》", "prioritizes", "智能网联汽车") in rels(text)


def test_a_technologys_rate_in_the_fields_of_a_list_applies_it_in_each():
    got = rels("报告认为，霁汀电池在两轮电动车和低速车领域的渗透率有望快速提升。")
    assert ("霁汀电池", "appliedIn", "两轮电动车") in got
    assert ("霁汀电池", "appliedIn", "低速车") in got


def test_a_technology_become_standard_equipment_in_a_field_is_applied_there():
    assert ("毫米波雷达", "appliedIn", "适老化家电") in rels("他介绍，毫米波雷达正成为适老化家电的标准配置。")


@pytest.mark.parametrize("text, fields", [
    ("试点聚焦户外鞋服、球类和岫峰健身器材三个领域，支持企业建设柔性生产线。", {"户外鞋服", "球类", "岫峰健身器材"}),
    ("本届峰会重点关注云端数据安全和岫峰工控安全两大领域。", {"云端数据安全", "岫峰工控安全"}),
])
def test_the_items_a_count_of_fields_closes_exactly_are_sectors(text, fields):
    assert {(f, "Industry") for f in fields} <= ents(text)


def test_a_count_that_does_not_match_the_items_types_nothing():
    found = ents("试点聚焦户外鞋服、球类和岫峰健身器材两个领域。")
    assert ("球类", "Industry") not in found


@pytest.mark.parametrize("text, tech, field", [
    ("依托岫峰运营平台开展电池安全监测，对新建站点给予奖补。", "岫峰运营平台", "电池安全监测"),
    ("通过岫峰渔场平台实施海上养殖安全监管。", "岫峰渔场平台", "海上养殖安全监管"),
    ("在采后分级中加装岫峰光谱检测设备，加工用电执行农业电价。", "岫峰光谱检测设备", "采后分级"),
])
def test_what_a_technology_is_relied_on_for_or_fitted_into_is_its_field(text, tech, field):
    assert (tech, "appliedIn", field) in rels(text)


@pytest.mark.parametrize("text, tech, field", [
    ("护理实训全面用上岫峰仿真教学系统，培育县域家政劳务品牌。", "岫峰仿真教学系统", "护理实训"),
    ("蔬菜分拣环节全部用上了AI岫峰分级设备，日处理能力达3000吨。", "AI岫峰分级设备", "蔬菜分拣"),
])
def test_a_field_that_adopts_a_technology_throughout_names_both(text, tech, field):
    assert {(tech, "Technology"), (field, "Industry")} <= ents(text)
    assert (tech, "appliedIn", field) in rels(text)


def test_the_field_a_plan_adopts_a_technology_in_is_no_priority_of_the_plan():
    text = "霁汀县人民政府印发《霁汀县果品加工行动》，提出鲜果分级全面采用岫峰无损分选设备，拓展市场。"
    got = rels(text)
    assert ("《霁汀县果品加工行动》", "prioritizes", "岫峰无损分选设备") in got
    assert ("《霁汀县果品加工行动》", "prioritizes", "鲜果分级") not in got


@pytest.mark.parametrize("text", ["引进项目均采用岫峰电池技术，后发优势明显。", "引导政府投资工程优先采用岫峰绿色建材。"])
def test_projects_that_adopt_a_technology_are_no_field(text):
    assert not any(t == "appliedIn" for _, t, _ in rels(text))


def test_a_technology_used_to_drive_a_field_names_both():
    text = "推广智能农机装备，用岫峰测产平台驱动小麦订单收购，力争2025年单产稳定。"
    assert {("岫峰测产平台", "Technology"), ("小麦订单收购", "Industry")} <= ents(text)
    assert ("岫峰测产平台", "enables", "小麦订单收购") in rels(text)


def test_use_for_is_no_means_frame():
    assert not any(t == "enables" for _, t, _ in rels("将资金用于岫峰平台带动就业，加快建设。"))


@pytest.mark.parametrize("text, event, places", [
    ("8月8日晚，霁汀古城夜游演出首演仪式在黟县宏村镇启动。", "霁汀古城夜游演出首演仪式", ("黟县", "宏村镇")),
    ("5月18日上午，霁汀遗址数字展厅开放仪式在歙县徽城镇的展厅现场进行。", "霁汀遗址数字展厅开放仪式", ("歙县", "徽城镇")),
])
def test_a_premiere_or_opening_ceremony_held_in_a_place_is_an_event_there(text, event, places):
    assert (event, "Event") in ents(text)
    got = rels(text)
    assert all((event, "locatedIn", p) in got for p in places)


@pytest.mark.parametrize("sentence", ["雪霁州文化旅游广电局局长贲霁川到场观看并致辞。", "雪霁市发展和改革委员会副主任贲霁川出席并宣布并网。"])
def test_who_watches_and_addresses_or_announces_the_grid_link_speaks_at_the_ceremony(sentence):
    text = "8月8日晚，霁汀电站首期并网仪式在黟县宏村镇举行。" + sentence
    assert ("贲霁川", "spokeAt", "霁汀电站首期并网仪式") in rels(text)


def test_a_community_founded_at_a_meeting_keeps_its_name_in_the_event():
    text = "3月28日，雪霁产教融合共同体成立大会在黟县宏村镇召开。"
    assert ("雪霁产教融合共同体成立大会", "Event") in ents(text)
    assert ("雪霁产教融合共同体成立大会", "locatedIn", "宏村镇") in rels(text)


def test_the_lines_a_plan_consolidates_its_lead_in_are_sectors_without_the_lead():
    found = ents("该规划提出，巩固婴儿车制造和轮椅制造优势，壮大电动自行车产业。")
    assert {("婴儿车制造", "Industry"), ("轮椅制造", "Industry")} <= found
    assert ("轮椅制造优势", "Industry") not in found
