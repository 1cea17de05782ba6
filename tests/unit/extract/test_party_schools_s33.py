"""A party school is an Institution by its head (entities.json Institution
suffixes: 党校), the committee that runs it its modifier: 中共某省委党校 is one
name, not the committee.  Made-up sentences; the first fails without the head."""
from __future__ import annotations

from support.entities import ents


def test_a_provincial_party_school_is_one_institution():
    found = ents("作者单位为中共河北省委党校。")
    assert ("中共河北省委党校", "Institution") in found and ("中共河北省委", "Institution") not in found, found


def test_party_schools_named_by_no_committee_are_no_institution():
    for text in ("各级党校要加强干部培训。", "市委党校举办培训班。"):
        assert ("党校", "Institution") not in ents(text), (text, ents(text))
