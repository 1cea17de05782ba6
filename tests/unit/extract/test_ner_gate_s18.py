"""The statistical NER gap filler, round 18: it no longer joins a foreign place
to the name after it, runs a rule name on into a verb, or takes a word with no
place in it for a Region (kg/extract/ner.py).  Every sentence is made up for
this test, none taken from an annotated passage."""
from __future__ import annotations

import pytest

from kg.extract.ner import NameCheck, gate
from kg.extract.rules import Cand

pytest.importorskip("jiagu", reason="the ner extra (pip install 'kg[ner]') is part of the test extra")

GATE = dict(min_chars=2, not_entities=frozenset())


def rule(text: str, surface: str, etype: str) -> Cand:
    s = text.index(surface)
    return Cand(s, s + len(surface), etype, surface, "rule", 0)


def name(text: str, surface: str, etype: str) -> tuple[int, int, str]:
    s = text.index(surface)
    return (s, s + len(surface), etype)


def spans(text: str, cands) -> set[tuple[str, str]]:
    return {(text[c.start : c.end], c.type) for c in cands}


def test_a_foreign_place_before_a_latin_or_transliterated_name_stays_apart():
    text = "双方与法国ACME公司和英国罗斯顿大学签约"
    chosen = [rule(text, "法国", "Region"), rule(text, "ACME公司", "Institution"),
              rule(text, "英国", "Region"), rule(text, "罗斯顿大学", "Institution")]
    names = [name(text, "法国ACME公司", "Institution"), name(text, "英国罗斯顿大学", "Institution")]
    assert spans(text, gate(text, names, chosen, [], **GATE)) == spans(text, chosen)


def test_a_foreign_place_and_a_sector_before_gongsi_stay_apart():
    text = "多家美国人工智能公司参展"
    chosen = [rule(text, "美国", "Region"), rule(text, "人工智能", "Technology")]
    kept = gate(text, [name(text, "美国人工智能公司", "Institution")], chosen, [], **GATE)
    assert spans(text, kept) == spans(text, chosen)


def test_a_chinese_place_or_zhongguo_before_a_body_is_one_name_as_before():
    text = "广州恒大队主场取胜"
    chosen = [rule(text, "广州", "Region")]
    kept = gate(text, [name(text, "广州恒大队", "Institution")], chosen, [], **GATE)
    assert spans(text, kept) == {("广州恒大队", "Institution")}
    text = "中国某某组织全国委员会发布报告"
    chosen = [rule(text, "中国", "Region"), rule(text, "某某组织全国委员会", "Institution")]
    kept = gate(text, [name(text, "中国某某组织全国委员会", "Institution")], chosen, [], **GATE)
    assert spans(text, kept) == {("中国某某组织全国委员会", "Institution")}


def test_a_name_that_only_adds_the_verb_after_a_rule_name_is_dropped():
    text = "国家能源局组织召开会议"
    chosen = [rule(text, "国家能源局", "Institution")]
    names = [name(text, "国家能源局组织", "Institution")]
    verbs = {text.index("组织"): text.index("组织") + 2}
    assert spans(text, gate(text, names, chosen, [], verbs=verbs, **GATE)) == {("国家能源局", "Institution")}
    # without the verb tag the longer name replaces the rule's (华为技术有限公司-like)
    assert spans(text, gate(text, names, chosen, [], **GATE)) == {("国家能源局组织", "Institution")}


def check() -> NameCheck:
    from kg.extract.lexicon import load_lexicon

    return NameCheck(common_tags=["n", "v"], institution_heads=["公司"], event_ends=[], not_region_ends=[],
                     region_as_institution=[], org_tags=["nt"], not_names=[], not_name_ends=[], given_tags=[],
                     lex=load_lexicon(), region_tags=["ns", "lex:Region"], region_ends=["市", "县"])


def test_a_region_needs_a_place_word_a_place_suffix_or_a_division_short_form():
    text = "某芯项目在甲乙市落地"
    tokens = [(0, 2, "某芯", "unk"), (2, 4, "项目", "n"), (4, 5, "在", "p"), (5, 8, "甲乙市", "unk"),
              (8, 10, "落地", "v")]
    got = check()(text, tokens, [(0, 2, "Region", 0, 1), (5, 8, "Region", 3, 4)])
    assert got == [(5, 8, "Region")]
    text = "项目在张北落地"
    tokens = [(0, 2, "项目", "n"), (2, 3, "在", "p"), (3, 5, "张北", "nr"), (5, 7, "落地", "v")]
    assert check()(text, tokens, [(3, 5, "Region", 2, 3)]) == [(3, 5, "Region")]
