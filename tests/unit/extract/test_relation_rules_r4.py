"""Relation rules, round 4: statement classes behind the bundled corpus's
isolated entities.  Every sentence here was written for these tests; mentions
are given, so each test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import run


# ------------------------------------------------ locatedIn


def test_institution_after_province_and_city_is_in_the_city():
    text = "去年5月，在浙江杭州之江实验室，调研组听取了智能计算平台建设情况汇报。"
    ents = {"浙江": "Region", "杭州": "Region", "之江实验室": "Institution"}
    got = run(text, ents)
    assert ("之江实验室", "locatedIn", "杭州") in got
    assert ("之江实验室", "locatedIn", "浙江") not in got


def test_two_regions_listed_before_an_institution_locate_nothing():
    text = "来自上海、杭州之江实验室的专家参加了研讨。"
    ents = {"上海": "Region", "杭州": "Region", "之江实验室": "Institution"}
    assert ("之江实验室", "locatedIn", "上海") not in run(text, ents)


# ------------------------------------------------ prioritizes


def test_implemented_policy_then_cultivate_is_its_priority():
    text = "该市将深入实施智能制造提升工程，培育壮大工业母机产业，打造区域制造高地。"
    ents = {"智能制造提升工程": "Policy", "工业母机产业": "Industry"}
    assert ("智能制造提升工程", "prioritizes", "工业母机产业") in run(text, ents)


def test_implemented_policy_then_unrelated_clause_relates_nothing():
    text = "该市将深入实施智能制造提升工程，培育一批骨干企业，工业母机产业产值增长两成。"
    ents = {"智能制造提升工程": "Policy", "工业母机产业": "Industry"}
    assert not {r for r in run(text, ents) if r[1] == "prioritizes"}


# ------------------------------------------------ appliedIn


def test_fields_framed_before_the_technology_that_plays_a_role_there():
    text = "今后，在港口装卸、冷链仓储等方面，无人驾驶都将大显身手。"
    ents = {"港口装卸": "Industry", "冷链仓储": "Industry", "无人驾驶": "Technology"}
    assert run(text, ents) == {("无人驾驶", "appliedIn", "港口装卸"), ("无人驾驶", "appliedIn", "冷链仓储")}


def test_technology_breaking_through_in_fields_is_applied_there():
    text = "脑机接口有望在康复医疗、养老照护等领域率先实现突破。"
    ents = {"脑机接口": "Technology", "康复医疗": "Industry", "养老照护": "Industry"}
    assert run(text, ents) == {("脑机接口", "appliedIn", "康复医疗"), ("脑机接口", "appliedIn", "养老照护")}


def test_breakthrough_in_a_technology_itself_is_not_an_application():
    text = "我国在脑机接口、类脑芯片等领域实现突破。"
    ents = {"脑机接口": "Technology", "类脑芯片": "Technology"}
    assert not {r for r in run(text, ents) if r[1] == "appliedIn"}


# ------------------------------------------------ enables


def test_fields_framed_before_the_technology_that_drives_them():
    text = "在港口装卸、冷链仓储等方面，无人驾驶都会带来巨大驱动力。"
    ents = {"港口装卸": "Industry", "冷链仓储": "Industry", "无人驾驶": "Technology"}
    assert run(text, ents) == {("无人驾驶", "enables", "港口装卸"), ("无人驾驶", "enables", "冷链仓储")}


# ------------------------------------------------ locatedIn: a visit


def test_institution_visited_right_after_arriving_in_a_city_is_there():
    text = "代表团抵达武汉，在华中科技大学参观了激光实验平台。"
    ents = {"武汉": "Region", "华中科技大学": "Institution"}
    assert ("华中科技大学", "locatedIn", "武汉") in run(text, ents)


def test_event_attended_on_a_visit_to_a_city_is_there():
    text = "新西兰总理访问上海，并出席了中国国际工业博览会。"
    ents = {"新西兰": "Region", "上海": "Region", "中国国际工业博览会": "Event"}
    got = run(text, ents)
    assert ("中国国际工业博览会", "locatedIn", "上海") in got
    assert ("中国国际工业博览会", "locatedIn", "新西兰") not in got


def test_quoted_implemented_policy_then_promote_is_its_priority():
    text = "推行“链长制”，推动集成电路产业补链强链。"
    ents = {"链长制": "Policy", "集成电路产业": "Industry"}
    assert ("链长制", "prioritizes", "集成电路产业") in run(text, ents)


# ------------------------------------------------ partOf: an industry chain under a heading


def test_upstream_and_midstream_of_a_headed_chain_are_parts_of_it():
    text = ("（三）脑机接口\n脑机接口是在大脑与外部设备之间建立直接通路的技术。"
            "产业链上游包括柔性电极、神经信号芯片等核心器件。"
            "产业链中游包括植入式脑机接口系统等整机产品。"
            "产业链下游包括康复医疗、人工智能等应用。")
    ents = {"脑机接口": "Technology", "柔性电极": "Technology", "神经信号芯片": "Technology",
            "植入式脑机接口系统": "Technology", "康复医疗": "Industry", "人工智能": "Technology"}
    got = {r for r in run(text, ents) if r[1] == "partOf"}
    assert {("柔性电极", "partOf", "脑机接口"), ("神经信号芯片", "partOf", "脑机接口"),
            ("植入式脑机接口系统", "partOf", "脑机接口")} <= got
    assert ("人工智能", "partOf", "脑机接口") not in got


def test_chain_parts_without_a_heading_relate_nothing():
    text = "脑机接口发展迅速。产业链上游包括柔性电极、神经信号芯片等核心器件。"
    ents = {"脑机接口": "Technology", "柔性电极": "Technology", "神经信号芯片": "Technology"}
    assert not {r for r in run(text, ents) if r[1] == "partOf"}
