"""An event's short name written after its full name states what the event
does (relations.json titles.event_short_takes): 本届某博会聚焦A and 某某在某博会上致辞
hold for the full name too.  A made-up fair; the first test fails without the
key, the others guard what must not be carried over."""
from __future__ import annotations

from kg.extract import extract_text
from kg.extract.relations import load_relation_patterns

FAIR = "第三届中国（青川）数字经济博览会"


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text).relations}


def test_what_the_short_name_states_the_full_name_states_too():
    found = relations(f"{FAIR}在青川开幕。本届数博会聚焦人工智能和工业互联网。副市长张强在开幕式上致辞。")
    assert {("数博会", "prioritizes", "人工智能"), (FAIR, "prioritizes", "人工智能"),
            (FAIR, "prioritizes", "工业互联网")} <= found, found


def test_a_short_name_no_full_name_before_it_accounts_for_carries_nothing():
    found = relations("本届数博会聚焦人工智能。第三届中国（青川）智能制造大会在青川开幕。")
    assert not any(h.endswith("大会") and t == "人工智能" for h, _, t in found), found


def test_the_carried_types_are_ones_an_event_may_hold():
    pats = load_relation_patterns()
    assert pats.titles.event_short_takes == {"prioritizes", "spokeAt", "locatedIn"}
