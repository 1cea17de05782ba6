"""A name a rule read from its context once marks its other whole-word
occurrences in the document (kg.extract.rules.repeat_mentions)."""
from __future__ import annotations

from kg.extract import extract_text
from kg.extract.lexicon import load_lexicon
from kg.extract.rules import repeat_mentions
from kg.extract.rules import NOT_ENTITY, Cand, Tokens


def _mentions(text: str) -> list[tuple[str, str, int]]:
    return [(m.text, m.type, m.start) for m in extract_text(text).mentions]


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text).relations}


def test_a_device_named_in_a_list_is_the_subject_where_it_is_named_again():
    text = "研发冷原子陀螺仪、光量子雷达和太赫兹成像仪等量子传感器件，加快光量子雷达在航空导航和深海探测中应用。"
    assert ("光量子雷达", "Technology", text.rindex("光量子雷达")) in _mentions(text)
    assert ("光量子雷达", "appliedIn", "航空导航") in _relations(text)
    assert ("光量子雷达", "appliedIn", "深海探测") in _relations(text)


def test_a_company_named_in_a_list_is_marked_where_a_later_sentence_opens_with_it():
    text = "支持星河智芯、云杉数科和蓝鲸量子等企业做大做强。星河智芯将在苏州建设研发中心。"
    assert ("星河智芯", "Institution", text.rindex("星河智芯")) in _mentions(text)


def test_no_occurrence_that_splits_a_word():
    text = "支持星河智芯、云杉数科和蓝鲸量子等企业做大做强。星河智芯片产能提升。"
    assert [m for m in _mentions(text) if m[0] == "星河智芯"] == [("星河智芯", "Institution", 2)]


def test_an_earlier_occurrence_counts_only_where_a_clause_opens_with_it():
    later = "研发冷原子陀螺仪、光量子雷达和太赫兹成像仪等量子传感器件。"
    assert ("光量子雷达", "Technology", 0) in _mentions("光量子雷达精度提升。" + later)
    # (a modifier glued before it: 国产 光量子雷达 is not the list's name)
    assert ("光量子雷达", "Technology", 2) not in _mentions("国产光量子雷达精度提升。" + later)


# the function itself, on made-up candidates and words

def _words(text: str, cuts: list[int]) -> Tokens:
    edges = [0, *cuts, len(text)]
    return Tokens((s, e, text[s:e], "unk") for s, e in zip(edges, edges[1:]))


def _run(text: str, chosen: list[Cand], cuts: list[int]) -> list[tuple[int, int, str]]:
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept = [c for c in chosen if c.type != NOT_ENTITY]
    return [(c.start, c.end, c.type) for c in repeat_mentions(text, kept, taken, _words(text, cuts), load_lexicon())]


_TEXT = "甲乙丙丁和戊己。甲乙丙丁好。"  # 甲乙丙丁 at 0 and 8


def test_the_function_marks_a_later_whole_word_occurrence_with_the_names_type():
    found = Cand(0, 4, "Technology", "甲乙丙丁", "coordination.open_list", 0)
    assert _run(_TEXT, [found], [4, 5, 7, 8, 12]) == [(8, 12, "Technology")]


def test_the_function_skips_a_name_the_document_gives_two_types():
    found = [Cand(0, 4, "Technology", "甲乙丙丁", "coordination", 0),
             Cand(8, 12, "Industry", "甲乙丙丁", "coordination", 0)]
    assert _run(_TEXT + "甲乙丙丁。", found, [4, 5, 7, 8, 12, 13, 14, 18]) == []


def test_the_function_leaves_names_read_off_their_own_characters():
    found = Cand(0, 4, "Technology", "甲乙丙丁", "head.Technology", 0)
    assert _run(_TEXT, [found], [4, 5, 7, 8, 12]) == []


def test_the_function_never_cuts_into_a_span_a_stop_listed_word_included():
    found = Cand(0, 4, "Technology", "甲乙丙丁", "coordination", 0)
    stop = Cand(8, 13, NOT_ENTITY, "", "not_entity", -1)
    assert _run(_TEXT, [found, stop], [4, 5, 7, 8, 12]) == []


def test_the_function_needs_word_edges():
    found = Cand(0, 4, "Technology", "甲乙丙丁", "coordination", 0)
    assert _run(_TEXT, [found], [4, 5, 7, 8, 11]) == []  # (丁好 one word)
