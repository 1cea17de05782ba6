"""Names of plans, institutions, places, events and publications (round 12):
made-up sentences; each case fails when its rule is removed, and the negative
cases fail when a rule over-reaches."""
from __future__ import annotations

from kg.extract import extract_text
from tests.support.entities import ents


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.type, r.tail) for r in extract_text(text).relations}


# --- a place written before an unbracketed plan name -------------------------


def test_a_city_before_its_five_year_plan_is_one_policy():
    found = ents("嘉兴市“十四五”规划纲要提出，加快发展新材料产业。")
    assert ("嘉兴市“十四五”规划纲要", "Policy") in found
    assert ("嘉兴市", "Region") not in found


def test_a_city_before_its_government_work_report_is_one_policy():
    found = ents("绍兴市政府工作报告提出，培育生物医药产业。")
    assert ("绍兴市政府工作报告", "Policy") in found
    assert ("政府工作报告", "Policy") not in found


def test_the_priorities_of_a_city_plan_hang_on_the_whole_name():
    got = _relations("嘉兴市“十四五”规划纲要提出，加快发展新材料产业。")
    assert ("嘉兴市“十四五”规划纲要", "prioritizes", "新材料产业") in got
    assert not any(h == "“十四五”规划纲要" for h, _, _ in got)


def test_a_place_before_a_generic_plan_word_stays_a_region():
    found = ents("浙江省规划建设一批新材料产业园。")
    assert ("浙江", "Region") in found or ("浙江省", "Region") in found
    assert not any(t == "Policy" for _, t in found)


def test_a_bare_plan_name_without_a_place_stays_as_written():
    found = ents("该市“十四五”规划纲要提出，加快发展新材料产业。")
    assert ("“十四五”规划纲要", "Policy") in found
