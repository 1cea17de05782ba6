"""Prefecture-level places and their bodies: the autonomous prefectures, 地区
and 盟 with their official full and 州 forms (region_admin.tsv), a
prefecture's government (…地区行政公署), a prefecture's department written
short as a co-issuer (会同州发展改革委), a plan under a prefecture's name
opening a sentence, and towns (a place word + 镇/乡).  Made-up plans and
towns; each positive test fails without its rule or lexicon row, the others
guard what must stay unread."""
from __future__ import annotations

from support.entities import ents


def test_autonomous_prefectures_are_regions_by_their_full_and_short_forms():
    found = ents("黄南藏族自治州和果洛州、海南州发展生态畜牧业。")
    assert {("黄南藏族自治州", "Region"), ("果洛州", "Region"), ("海南州", "Region")} <= found, found


def test_a_company_named_like_a_prefecture_left_out_in_short_is_no_region():
    # (阿里地区 only in full: 阿里 is a company's short name)
    found = ents("阿里云发布新一代大模型。")
    assert ("阿里", "Region") not in found, found


def test_a_prefectures_government_is_an_institution():
    found = ents("塔城地区行政公署印发塔城地区冰雪旅游发展方案。")
    assert ("塔城地区行政公署", "Institution") in found, found


def test_a_prefectures_department_written_short_as_a_co_issuer_is_an_institution():
    found = ents("黄南州文化和旅游局会同州发展改革委编制方案。")
    assert ("州发展改革委", "Institution") in found, found


def test_a_plan_under_a_prefectures_or_leagues_name_opening_a_sentence_is_a_policy():
    for name in ("黄南州“十四五”规划纲要", "兴安盟“十四五”数字经济发展规划"):
        found = ents(f"{name}提出，加快发展生态旅游。")
        assert (name, "Policy") in found, (name, found)


def test_a_town_is_a_region_and_the_towns_as_a_class_are_none():
    assert ("江口镇", "Region") in ents("在江口镇建设冷链物流园。")
    found = ents("方案要求各乡镇加快建设农业社会化服务体系。")
    assert not any(ty == "Region" for _, ty in found), found
