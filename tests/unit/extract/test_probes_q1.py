"""Drafting formulas of national policy text, probed with made-up sentences
(annotation.md is the judge): lists whose last item carries what is done
with the items, policy names without 《》 in their drafting formulas."""
import pytest

from kg.extract import extract_text


def _ents(text):
    return {(m.text, m.type) for m in extract_text(text).mentions}


def _rels(text, kind):
    return {(r.head_text, r.tail_text) for r in extract_text(text).relations if r.type == kind}


# --- the last item of a governed list: what is done with it is no part of it

@pytest.mark.parametrize("text, item", [
    ("推进风能和潮汐能综合利用。", "潮汐能"),
    ("推动氢能、潮汐能和波浪能规模化应用。", "波浪能"),
    ("加快地热能和干热岩开发利用。", "干热岩"),
    ("推动海洋渔业、海工装备和海洋旅游提质增效。", "海洋旅游"),
])
def test_an_activity_closing_a_list_is_cut_off_its_last_item(text, item):
    ents = _ents(text)
    assert (item, "Industry") in ents
    assert not {e for e, _ in ents if e.startswith(item) and e != item}


def test_an_item_before_deng_keeps_its_activity_word():
    # before 等 and a class the item is a name as written
    assert ("遥感应用", "Industry") in _ents("推动北斗导航、遥感应用等空间信息产业发展。")


def test_a_fusion_adverb_is_cut_too():
    ents = _ents("推动云计算和制造业深度融合。")
    assert ("制造业", "Industry") in ents
    assert not {e for e, _ in ents if e.endswith("深度")}


def test_a_cut_item_named_with_technology_is_a_technology():
    assert ("柔性抓取技术", "Technology") in _ents("推动机器视觉和柔性抓取技术应用。")


def test_generic_items_stay_out_when_the_activity_is_cut():
    assert not _ents("推动产业链、供应链和创新链深度融合。")
    # 教育 is a sector annotation.md lists (金融, 医疗, 教育): either reading; 科技 and 人才 are not
    assert not {e for e, _ in _ents("推动教育、科技和人才发展。")} & {"科技", "人才", "人才发展", "科技和人才"}


@pytest.mark.parametrize("text, item", [
    ("推动钛基新材料、石墨烯新材料集聚发展。", "石墨烯新材料"),
    ("推动海洋牧场、海上风电和深远海养殖健康发展。", "深远海养殖"),
    ("引导工业机器人和服务机器人有序发展。", "服务机器人"),
    ("推动数据中心、通信基站和充电桩绿色低碳发展。", "充电桩"),
])
def test_a_manner_word_before_the_activity_is_cut_too(text, item):
    ents = {e for e, _ in _ents(text)}
    assert item in ents
    assert not {e for e in ents if e.startswith(item) and e != item}


def test_a_manner_word_alone_is_part_of_the_name():
    assert ("数字健康", "Industry") in _ents("发展智慧医疗、智能穿戴和数字健康。")


# --- plans and programmes named without 《》 after 编制 / 实施 / 落实

@pytest.mark.parametrize("text, name", [
    ("实施海洋装备产业发展规划，推动深海探测发展。", "海洋装备产业发展规划"),
    ("深入实施智慧农业发展三年行动方案。", "智慧农业发展三年行动方案"),
    ("认真落实造纸行业数字化转型实施方案要求，加快建设智能工厂。", "造纸行业数字化转型实施方案"),
    ("省发展改革委编制了沿海经济带发展规划纲要。", "沿海经济带发展规划纲要"),
])
def test_a_plan_implemented_or_drafted_is_a_policy(text, name):
    assert (name, "Policy") in _ents(text)


def test_the_drafter_issues_the_plan():
    rel = _rels("省发展改革委编制了沿海经济带发展规划纲要。", "issuedBy")
    assert rel == {("沿海经济带发展规划纲要", "省发展改革委")}


@pytest.mark.parametrize("text", [
    "落实好各项实施方案。",
    "研究制定具体实施方案。",
    "编制各地区发展规划。",
    "指导地方编制产业发展规划。",
])
def test_generic_plans_are_no_names(text):
    assert not {e for e, t in _ents(text) if t == "Policy"}


def test_a_cue_opening_the_suffix_starts_no_name():
    # 转型|实施方案 holds the cue 实施, but 方案 alone is no name
    assert ("方案", "Policy") not in _ents("加快落实企业上云转型实施方案。")


def test_a_strategy_and_a_plan_joined_are_two_names_not_one():
    ents = {e for e, t in _ents("负责拟订并组织实施海洋经济振兴战略和中长期规划。") if t == "Policy"}
    assert "海洋经济振兴战略" in ents
    assert not {e for e in ents if "和" in e}


# --- reports to a legislature named without 《》

@pytest.mark.parametrize("text, name", [
    ("会议听取了国务院关于海洋经济发展情况的报告。", "关于海洋经济发展情况的报告"),
    ("审查关于2030年省级预算执行情况的报告。", "关于2030年省级预算执行情况的报告"),
    ("会议批准了关于本年度计划草案的报告。", "关于本年度计划草案的报告"),
])
def test_a_report_on_a_matter_is_a_policy(text, name):
    ents = _ents(text)
    assert (name, "Policy") in ents
    assert ("海洋经济", "Industry") not in ents  # a name nested in the title is no entity


def test_the_body_before_the_report_issues_it():
    assert ("关于海洋经济发展情况的报告", "国务院") in _rels("会议听取了国务院关于海洋经济发展情况的报告。", "issuedBy")


def test_a_talk_about_something_is_no_report_name():
    assert not _ents("他作了关于当前国际形势的报告。")


# --- a sector word used as a modifier is no entity

@pytest.mark.parametrize("text", ["规范医疗收费，缓解交通拥挤。", "降低医疗费用，缓解交通拥堵。"])
def test_a_sector_word_modifying_a_cost_or_congestion_is_no_entity(text):
    assert not _ents(text)


def test_a_times_sign_initiative_without_quotes_is_one_name():
    assert ("数据资源×三年行动", "Policy") in _ents("开展数据资源×三年行动，推动数据要素流通。")
