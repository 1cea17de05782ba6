"""A name with a county or district suffix that the lexicon leaves out (its
name before the suffix is also a word or a city's) is a place beside a region
already found in a list of places (places.json division_name,
division_name_not).  Made-up sentences; the first two fail without the kind,
the others guard what it must not read as places."""
from __future__ import annotations

from support.entities import ents


def test_a_county_whose_name_is_a_word_is_a_place_beside_a_listed_county():
    found = ents("要求东源县、紫金县承接配套项目。")
    assert ("紫金县", "Region") in found, found


def test_a_district_named_like_a_city_is_a_place_beside_a_listed_district():
    found = ents("推动平川区、白银区形成配套。")
    assert ("白银区", "Region") in found, found


def test_kinds_of_zones_beside_a_district_are_no_places():
    found = ents("支持昌平区、示范区建设。")
    assert ("示范区", "Region") not in found, found


def test_a_suffixed_word_needs_a_region_beside_it():
    found = ents("推进城区、景区、社区改造。")
    assert not any(ty == "Region" for _, ty in found), found


def test_a_verb_before_the_first_name_is_not_read_into_it():
    found = ents("要求东源县、紫金县承接配套项目。")
    assert not any(s.startswith("要求") for s, _ in found), found
