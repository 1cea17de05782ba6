"""A chemical named with the count of its metal atoms (四氧化三钴, 四氧化三锰) is
a systematically named product like 氢氧化锂 (entities.json
technology.chemical_compound).  The first test fails without the count; the
second guards the bare acids the rule leaves alone."""
from __future__ import annotations

from support.entities import ents


def test_a_compound_with_the_count_of_its_metal_is_a_product():
    found = ents("延伸发展三氧化二铁、四氧化三钴等电池材料。")
    assert {("三氧化二铁", "Technology"), ("四氧化三钴", "Technology")} <= found, found


def test_a_bare_acid_is_no_product():
    assert ("磷酸", "Technology") not in ents("延伸发展磷酸等化工产品。")
