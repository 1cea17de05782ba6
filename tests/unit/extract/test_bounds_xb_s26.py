"""Boundaries of found terms (session 26): fields named after 在…中的部署 or
…中率先商业化 are sectors, a pair of two whole names joined by 和 inside a
list is two items, and the field a policy title is named after is one name
where the text writes it again. Made-up sentences; each positive case fails
when its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_fields_where_a_technology_is_deployed_are_sectors():
    found = ents("加快卫星通信在远洋渔业、山区救援中的部署。")
    assert {("远洋渔业", "Industry"), ("山区救援", "Industry")} <= found


def test_fields_where_a_technology_is_first_brought_to_market_are_sectors():
    found = ents("支持氢燃料电池在港口运输、城际货运和矿山作业中率先商业化。")
    assert ("矿山作业", "Industry") in found


def test_a_pair_of_two_whole_names_joined_by_he_in_a_list_is_two_items():
    found = ents("聚焦新材料、人工智能和大数据、生物医药等领域。")
    assert {("人工智能", "Technology"), ("大数据", "Technology")} <= found
    assert not any(text == "人工智能和大数据" for text, _ in found)


def test_two_names_sharing_a_head_stay_two_items():
    found = ents("推动钠离子电池、风能和潮汐能、氢能等方向。")
    assert {("风能", "Industry"), ("潮汐能", "Industry")} <= found


def test_the_field_a_title_is_named_after_is_one_name_where_written_again():
    found = ents("省能源局印发矿区光伏发展实施方案，提出扩大矿区光伏装机规模。")
    assert ("矿区光伏", "Industry") in found


def test_a_title_field_not_written_again_builds_nothing():
    found = ents("省能源局印发矿区光伏发展实施方案。")
    assert not any(text == "矿区光伏" for text, _ in found)
