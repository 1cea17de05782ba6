"""The extractor's fast paths give what the plain computation gives (made-up
sentences): the lead-word list items are found from the tokens where a lead
word's first character is written as from a scan of every token."""
from __future__ import annotations

import pytest

from kg.extract.coordination import led_item_rules
from kg.extract.rules import Cand, Tokens

from support.tokens import tokens_of

SPEC = {"lead_words": ["智能", "远程", "AI"], "marks": "、和及", "ends": "、和及等，。；：", "not_tags": ["a", "d"],
        "not_words": ["产品"], "type": "Technology"}


def _led_items_every_token(text: str, tokens, cands: list[Cand], spec: dict) -> list[tuple[int, int]]:
    """The spans the rule reads, by a scan of every token (the rule's conditions
    on the lead token only: the rest is the rule's own)."""
    leads = set(spec["lead_words"])
    taken = {(cd.start, cd.end) for cd in cands}
    return [(t[0], t[1] + 2) for t in tokens if t[2] in leads and (t[0], t[1] + 2) not in taken]


def test_led_items_are_read_where_a_lead_word_is_a_token():
    # 智 written inside another word (机智) and 远 alone open no item; AI, 智能, 远程 do
    words = [("推广", "v"), ("智能", "n"), ("配音", "n"), ("、", "x"), ("远程", "n"), ("巡检", "v"), ("、", "x"),
             ("AI", "n"), ("导览", "n"), ("和", "c"), ("机智", "a"), ("远", "a"), ("智能", "n"), ("产品", "n"), ("等", "u")]
    tokens = tokens_of(words)
    text = "".join(w for w, _ in words)
    got = list(led_item_rules(text, tokens, [], SPEC))
    assert [(c.start, c.end, c.label) for c in got] == [
        (2, 6, "智能配音"), (7, 11, "远程巡检"), (12, 16, "AI导览")]
    # every span the rule reads starts at a lead token a scan of every token finds
    assert {(c.start, c.end) for c in got} <= set(_led_items_every_token(text, tokens, [], SPEC))
    # a span another rule read is left to it
    read = Cand(7, 11, "Technology", "远程巡检", "lexicon", 0)
    assert [(c.start, c.end) for c in led_item_rules(text, tokens, [read], SPEC)] == [(2, 6), (12, 16)]


def test_no_lead_words_no_items():
    tokens = tokens_of([("智能", "n"), ("配音", "n"), ("、", "x")])
    assert list(led_item_rules("智能配音、", tokens, [], {**SPEC, "lead_words": []})) == []


def test_the_list_matches_are_the_list_patterns_matches_of_each_text_with_their_items():
    from kg.extract.coordination import list_matches
    from kg.extract.rules import compiled

    rx, item_rx = compiled()["coordination"], compiled()["coordination_item"]
    for text in ("发展人工智能、区块链和云计算等技术。", "推动新材料、新能源产业。", "没有列表。"):
        want = [(m.span(), [(m.start() + x.start(), m.start() + x.end()) for x in item_rx.finditer(m.group())])
                for m in rx.finditer(text)]
        for _ in range(2):  # (read again: the kept scan)
            assert [(m.span(), list(items)) for m, items in list_matches(rx, item_rx, text)] == want
    (m, items), = list_matches(rx, item_rx, "发展人工智能、区块链和云计算等技术。")  # (a list: the test reads one)
    assert len(items) >= 2


def test_every_pipeline_built_freezes_what_it_loaded(monkeypatch):
    """The default pipeline (relfill and spanfill on) and those with other components, as
    the rules-only one: what a build loads is moved out of the garbage
    collector's full scans (gc.freeze) once it is built, and only then."""
    from kg.extract import pipeline

    from kg.options import RULES_ONLY, ExtractorOptions

    frozen = []
    monkeypatch.setattr(pipeline.gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(pipeline, "build_nlp", lambda options: object())
    monkeypatch.setattr(pipeline, "_NLPS", {})
    a = pipeline.get_nlp()
    assert frozen == [True]
    assert pipeline.get_nlp() is a and frozen == [True]  # (built once: no second freeze)
    pipeline.get_nlp(ExtractorOptions(relfill=True, spanfill=False))
    pipeline.get_nlp(RULES_ONLY)
    assert frozen == [True] * 3


def test_least_consumed_counts_the_characters_every_match_consumes():
    import re

    from kg.extract.anchor import least_consumed

    marks = frozenset("甲乙丙")
    assert least_consumed(re.compile("甲(?:乙|x)[甲乙]{2,3}y*丙?"), marks) == 3  # 甲, then the branch's fewest (0), two of [甲乙]
    assert least_consumed(re.compile("(?:甲乙|丙)+"), marks) == 1  # the fewest branch, at least once
    assert least_consumed(re.compile("(?<=甲)乙(?=丙)"), marks) == 1  # what a lookaround sees is not consumed
    assert least_consumed(re.compile("[^x]甲|.乙"), marks) == 1  # a negated class or any character: none counted
    assert least_consumed(re.compile("甲", re.IGNORECASE), marks) == 0  # (nothing known)
    for pattern, text in (("甲(?:乙|x)[甲乙]{2,3}", "甲x乙甲"), ("(?:甲乙|丙)+", "丙")):
        least = least_consumed(re.compile(pattern), marks)
        assert re.search(pattern, text) and sum(ch in marks for ch in text) == least  # (the bound is reached)


def test_relation_rules_for_a_unit_naming_one_mention_leave_out_the_rules_relating_two():
    from kg.extract.anchor import least_consumed
    from kg.extract.relations import _PLACEHOLDERS, _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    tech, ind = TYPE_CHAR["Technology"], TYPE_CHAR["Industry"]
    text = "甲技术赋能丙行业发展"
    one, two = pats.rules_for(text, f"{tech}赋能丙行业发展"), pats.rules_for(text, f"{tech}赋能{ind}发展")
    assert all(least_consumed(rule.regex, _PLACEHOLDERS) <= 1 for rule in one)
    assert any(least_consumed(rule.regex, _PLACEHOLDERS) == 2 for rule in two)  # (the test reads such a rule)


def test_place_pairs_read_no_candidate_where_no_pair_is_written():
    """The candidates' maps are built only for a text holding a pair before a
    base or park (the rule's pattern): elsewhere the candidates are not read."""
    from kg.extract.coordination import place_pair_rules
    from kg.extract.lexicon import load_entity_patterns

    spec = load_entity_patterns()["coordination"]["place_pairs"]

    class Unread(tuple):
        @property
        def type(self):
            raise AssertionError("a candidate was read")

    cands = [Unread((0, 2, "Industry", "甲乙", "lexicon", 0))]
    tokens = Tokens([(0, 2, "甲乙", "n"), (2, 4, "发展", "v")])
    drop: set = set()
    assert list(place_pair_rules("甲乙发展", tokens, cands, spec, drop)) == [] and drop == set()
    text = "支持示范区建设特种纸和新材料产业基地。"  # (a pair: the candidates are read)
    with pytest.raises(AssertionError, match="a candidate was read"):
        list(place_pair_rules(text, Tokens([(0, len(text), text, "n")]), cands, spec, drop))


def test_rd_objects_read_the_types_of_the_candidates_at_their_items_only():
    """The R&D lists' items are typed by the candidates at their spans: a known
    item of the other type is retyped beside a known one of the rule's type; an
    item no rule read is filled; a candidate elsewhere in the text changes nothing."""
    from kg.extract.coordination import rd_object_rules

    spec = {"regex": "(?:推进)(?P<list>[^、，。的和]{2,12}(?:(?:、|和)[^、，。的和]{2,12}){0,7})的?(?:研发)",
            "separator_regex": "、|和", "type": "Technology", "retype_types": ["Industry"], "item_tags": ["n"],
            "min_item_chars": 2, "max_item_chars": 12, "min_fill_items": 2}
    text = "推进甲乙、丙丁和戊己的研发。"
    tokens = Tokens([(0, 2, "推进", "v"), (2, 4, "甲乙", "n"), (4, 5, "、", "x"), (5, 7, "丙丁", "n"), (7, 8, "和", "c"),
                     (8, 10, "戊己", "n"), (10, 11, "的", "uj"), (11, 13, "研发", "vn"), (13, 14, "。", "x")])
    cands = [Cand(2, 4, "Industry", "甲乙", "lexicon", 0), Cand(5, 7, "Technology", "丙丁", "lexicon", 0),
             Cand(0, 4, "Technology", "推进甲乙", "x", 0)]  # (not an item's span: no vote)
    got = [(c.start, c.end, c.rule) for c in rd_object_rules(text, tokens, cands, spec)]
    assert got == [(2, 4, "coordination.rd_retype"), (8, 10, "coordination.rd_object")]
    assert list(rd_object_rules("没有清单。", Tokens([(0, 5, "没有清单。", "x")]), cands, spec)) == []


def test_an_applied_subject_reads_the_readings_at_its_span_only():
    from kg.extract.coordination import applied_subject_rules

    regex = "推动(\\S{2,6}?)在"
    text = "推动甲乙丙在医疗领域的应用。"
    industry = Cand(2, 5, "Industry", "甲乙丙", "lexicon", 0)
    elsewhere = Cand(8, 10, "Technology", "领域", "x", 0)  # (not the subject's span: no reading of it)
    got = list(applied_subject_rules(text, [industry, elsewhere], regex))
    assert [(c.start, c.end, c.type, c.label, c.priority) for c in got] == [(2, 5, "Technology", "甲乙丙", -1)]
    # a subject with a Technology reading too is read as written
    assert list(applied_subject_rules(text, [industry, Cand(2, 5, "Technology", "甲乙丙", "x", 0)], regex)) == []
    assert list(applied_subject_rules("没有应用。", [industry], regex)) == []
