"""Open lists that name no industry or technology (coordination.open_lists,
chain segments, the tools cue): made-up sentences; each case fails when the
guard is removed, and the positive case fails when it over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_steps_of_an_activity_before_a_chain_word_are_no_sectors():
    found = ents("工作组在方案拟定、进度跟踪、成果验收等环节引入专家评议。")
    assert not {t for t, _ in found} & {"方案拟定", "进度跟踪", "成果验收"}


def test_chain_segments_sharing_their_object_stay_sectors():
    found = ents("围绕船舶设计、船舶修造和船舶租赁全链条布局。")
    assert {("船舶修造", "Industry"), ("船舶租赁", "Industry")} <= found


def test_a_clause_opening_a_chain_list_is_no_part_of_its_first_item():
    found = ents("该市的优势，重点是船舶修造、船舶租赁等环节协同。")
    assert not any(t.startswith("重点是") for t, _ in found)
    assert ("船舶修造", "Industry") in found


def test_a_verb_and_its_verbal_noun_govern_no_list():
    found = ents("公司把研发设计、包装印刷和仓储网络，统一交给合作方。")
    assert not {t for t, _ in found} & {"包装印刷", "仓储网络"}


def test_many_tools_of_any_kind_are_no_technology():
    found = ents("样机试制需要实验设备、配套软件、检测工装等多工具的配合。")
    assert not {t for t, _ in found} & {"实验设备", "配套软件", "检测工装"}


def test_digital_tools_in_a_list_are_technology():
    found = ents("语音转写、智能校对等工具帮助编辑部提高效率。")
    assert {("语音转写", "Technology"), ("智能校对", "Technology")} <= found


def test_a_number_of_things_built_are_kinds_not_names():
    found = ents("各区要建设一批检测认证、中试孵化平台。")
    assert ("中试孵化平台", "Technology") not in found
