"""Generic words that real policy documents put where a name could stand:
planning verbs in a task list, size classes of industries, zone committees
named by their type.  Every sentence here is made up."""
from __future__ import annotations

from support.entities import ents


def test_a_planning_verb_in_a_task_list_is_no_industry():
    got = ents("统筹谋划、一体推进智慧交通、智慧物流和数字社会发展。")
    assert "谋划" not in {s for s, _ in got}
    assert ("智慧物流", "Industry") in got  # the real list items stay


def test_a_size_class_of_industries_is_a_quantity():
    got = ents("到2027年培育形成4个千亿级产业集群和9个五百亿级产业集群。")
    assert not any("亿级产业" in s for s, _ in got)


def test_a_zone_committee_named_by_its_type_is_generic():
    got = ents("各县（市）、区人民政府，开发区管委会，市政府各部门：")
    assert "开发区管委会" not in {s for s, _ in got}
