"""Generic words and an era reading found by reviewing the bundled corpus graph:
a stock of an economy and the key industries named by rank are no entities,
and 进入…时代 names an era, not a field a technology is applied in.
Every sentence here is made up."""
from __future__ import annotations

from support.entities import ents
from support.relations import of_type, run


def test_a_stock_of_the_economy_is_no_industry():
    got = ents("资本存量、产业基金、风险投资的规模决定了新兴产业的成长速度。")
    assert "资本存量" not in {s for s, _ in got}


def test_key_industries_named_by_rank_are_a_generic_class():
    got = ents("某市以战略重点产业为主线，围绕重点产业招引项目，培育壮大低空经济。")
    surfaces = {s for s, _ in got}
    assert not surfaces & {"战略重点产业", "重点产业"}
    assert ("低空经济", "Industry") in got  # the named sector stays


def test_entering_an_era_is_no_application():
    ents_ = {"卫星互联网": "Technology", "数字经济": "Industry"}
    got = run("卫星互联网的快速发展，推动该地区率先进入数字经济时代。", ents_)
    assert not of_type(got, "appliedIn")


def test_entering_a_field_is_still_an_application():
    ents_ = {"卫星互联网": "Technology", "远洋渔业": "Industry"}
    got = run("卫星互联网正加快进入远洋渔业。", ents_)
    assert of_type(got, "appliedIn") == {("卫星互联网", "appliedIn", "远洋渔业")}
