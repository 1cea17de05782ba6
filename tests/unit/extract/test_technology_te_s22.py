"""Technology terms outside the lexicons (session 22): chemical products named
systematically, electronic parts and boards, vessels and aircraft by their
class noun.  Made-up sentences; each positive case fails without its rule,
the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_systematically_named_chemical_product_is_a_technology():
    found = ents("园区规划生产溴化锂、高纯氧化铝和聚碳酸酯，配套发展芳纶。")
    assert ("溴化锂", "Technology") in found
    assert ("高纯氧化铝", "Technology") in found
    assert ("聚碳酸酯", "Technology") in found
    assert ("芳纶", "Technology") in found


def test_a_bare_acid_or_a_salt_inside_a_longer_chemistry_builds_nothing():
    found = ents("项目副产磷酸和甲醇，用于磷酸铁锂电池生产，并抑制氧化还原反应。")
    assert not any(text in ("磷酸", "甲醇", "磷酸铁", "氧化还原") for text, _ in found)
