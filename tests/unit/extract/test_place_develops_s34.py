"""What a support verb has a named place develop is that place's line of
business (entities.json industry.place_develops: 支持某某县发展A).  Made-up
places and trades; the first test fails without the rule, the others guard
the verbs of growth and the clauses it must leave alone."""
from __future__ import annotations

from support.entities import ents


def test_what_a_place_is_supported_to_develop_is_an_industry():
    found = ents("支持青川县发展竹编工艺，推动白溪镇依托温泉资源发展康养度假。")
    assert {("竹编工艺", "Industry"), ("康养度假", "Industry")} <= found, found


def test_growth_and_becoming_are_no_lines_of_business():
    for text in ("支持青川县发展壮大集体经济。", "推动白溪镇发展成为区域物流枢纽。"):
        found = ents(text)
        assert not any(ty == "Industry" and label.startswith(("壮大", "成为")) for label, ty in found), (text, found)
