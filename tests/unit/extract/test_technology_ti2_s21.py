"""Technology names on unseen text (session 21): instruments and meters named
by what they measure, memories named by their kind, and the Latin abbreviation
written after such a name.  Made-up sentences; each positive case fails when
its head word or tag is removed."""
from __future__ import annotations

from support.entities import ents


def test_an_instrument_written_with_yiqi_is_a_technology():
    found = ents("某县推广水质监测仪器，并更换一批远传水表。")
    assert ("水质监测仪器", "Technology") in found
    assert ("远传水表", "Technology") in found


def test_a_bare_instrument_or_meter_word_builds_nothing():
    found = ents("仪器摆放整齐，水表读数正常。")
    assert not any(etype == "Technology" for _, etype in found)


def test_a_memory_named_by_its_kind_and_its_latin_abbreviation():
    found = ents("该厂将量产阻变存储器（RRAM），RRAM订单已排满。")
    assert ("阻变存储器", "Technology") in found
    assert ("RRAM", "Technology") in found


def test_a_production_verb_is_no_modifier_of_a_part():
    found = ents("企业扩大生产高带宽存储器的规模，另一家将量产高带宽存储器。")
    assert ("高带宽存储器", "Technology") in found
    assert not any(text.startswith(("生产", "量产")) for text, _ in found)


def test_a_server_named_by_its_use_is_not_the_service_sector_before_it():
    found = ents("某厂商推出人工智能服务器和边缘服务器。")
    assert ("人工智能服务器", "Technology") in found
    assert ("边缘服务器", "Technology") in found
    assert not any(text == "人工智能服务" for text, _ in found)


def test_an_electrolyser_named_by_its_membrane_is_one_technology():
    found = ents("某园区引进质子交换膜电解槽示范线，并配套质子交换膜生产。")
    assert ("质子交换膜电解槽", "Technology") in found
