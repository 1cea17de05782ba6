"""A firm named with the province or city it is registered in before its brand
(某省名某某科技, 某市名某某电气) is one Institution with the place, in a list of
firms or wherever a rule reads the firm; a place written with its
administrative suffix (某某区|某某实业) or a foreign country (某国|某某公司)
stays a Region of its own.  Made-up names; each positive test fails without
its rule, the others guard what must stay unread."""
from __future__ import annotations

from support.entities import ents


def test_a_province_before_a_listed_firm_is_part_of_its_name():
    found = ents("过去一年，甘肃瑞丰科技、甘肃华泰化工等企业技改项目投产。")
    assert {("甘肃瑞丰科技", "Institution"), ("甘肃华泰化工", "Institution")} <= found, found
    assert ("甘肃", "Region") not in found, found
    found = ents("支持陕西秦岭科技、宝鸡恒达电气扩大产能。")
    assert {("陕西秦岭科技", "Institution"), ("宝鸡恒达电气", "Institution")} <= found, found


def test_a_district_written_with_its_suffix_stays_a_place():
    found = ents("过去一年，兴宾区华泰实业、港北区瑞丰化工等企业完成技改。")
    assert ("兴宾区", "Region") in found, found
    assert ("兴宾区华泰实业", "Institution") not in found, found


def test_a_foreign_country_before_a_firm_stays_a_place():
    found = ents("美国英伟达公司发布新芯片。")
    assert ("美国", "Region") in found and ("美国英伟达公司", "Institution") not in found, found
