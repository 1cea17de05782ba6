"""所属, 下属, 直属, 旗下 between a parent body and its unit end the unit's name
(entities.json Institution modifier_stop_regex): 某部所属某某研究中心 is two
Institutions.  A made-up sentence; it fails without the stop words."""
from __future__ import annotations

from support.entities import ents


def test_a_unit_belonging_to_a_ministry_is_a_body_of_its_own():
    found = ents("该船交付自然资源部所属中国海洋装备研究中心运营。")
    assert {("自然资源部", "Institution"), ("中国海洋装备研究中心", "Institution")} <= found, found
