"""A body written with its full provincial form keeps the province in its name
(the official name of a court or a government); a bare province before a city's
body is a place written with its province and splits off (annotation.md: 广东韶关
is two Regions).  Made-up sentences; the first fails without
split_outer_place_outer_not_suffixes."""
from __future__ import annotations

from support.entities import ents


def test_a_body_written_with_its_full_province_keeps_it():
    found = ents("浙江省宁波市海曙区人民法院近日审结一起专利纠纷。")
    assert ("浙江省宁波市海曙区人民法院", "Institution") in found
    assert ("浙江省", "Region") not in found


def test_a_bare_province_before_a_city_body_splits_off():
    found = ents("湖南株洲市工业和信息化局近日牵头编制了一份行动方案。")
    assert {("湖南", "Region"), ("株洲市工业和信息化局", "Institution")} <= found
