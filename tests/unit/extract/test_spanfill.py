"""The Technology / Industry span filler (kg_spanfill, kg/extract/spanfill.py):
its candidates and features, a hand-written model through the real pipeline,
the shipped model and the --spanfill option.  The sentences are made up."""
from __future__ import annotations

import gzip
import json

from kg.extract import spanfill
from kg.extract.pipeline import build_nlp, get_nlp

# a made-up clause: two rule-free noun runs, one closing with a class head
TOKENS = [(0, 2, "某县", "ns"), (2, 4, "推广", "v"), (4, 6, "柔性", "n"), (6, 8, "织物", "n"), (8, 10, "技术", "n"),
          (10, 11, "、", "unk"), (11, 13, "人工智能", "lex:Technology"), (13, 14, "。", "unk")]
TEXT = "某县推广柔性织物技术、人工智能。"


def test_candidates_are_noun_runs_outside_the_rule_entities():
    chosen = [(11, 13, "Technology")]  # (offsets of the made-up token list, not of TEXT)
    got = {(s, e) for s, e, _, _ in spanfill.candidates("x" * 14, TOKENS, chosen)}
    assert (4, 10) in got and (4, 8) in got and (8, 10) in got
    assert not any(s < 13 and 11 < e for s, e in got)  # never touches a rule entity
    assert not any(s <= 10 < e for s, e in got)  # nor punctuation
    assert (2, 4) not in got  # a verb alone is no span


def test_features_read_the_class_head_the_list_and_the_governing_verb():
    text = "某县推广柔性织物技术、人工智能。"
    toks = [(0, 2, "某县", "ns"), (2, 4, "推广", "v"), (4, 6, "柔性", "n"), (6, 8, "织物", "n"), (8, 10, "技术", "n"),
            (10, 11, "、", "unk"), (11, 15, "人工智能", "lex:Technology"), (15, 16, "。", "unk")]
    feats = {s_e[:2]: s_e[2] for s_e in spanfill.spans(text, toks, [(11, 15, "Technology")])}
    f = feats[4, 10]
    assert "head=Technology" in f and "gv=推广" in f and "list" in f and "lm=Technology" in f
    assert "head=Technology" not in feats[4, 8]


def test_choose_keeps_the_most_probable_of_overlapping_spans():
    scored = [(0, 4, "Technology", 0.7), (2, 6, "Industry", 0.9), (8, 10, "Technology", 0.55), (12, 14, "Industry", 0.3)]
    assert spanfill.choose(scored, 0.5) == [(2, 6, "Industry", 0.9), (8, 10, "Technology", 0.55)]


def write_model(path, weights, threshold=0.5):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": weights, "threshold": threshold}, fh)
    return path


GAP_TEXT = "某镇今年推广柔性织物技术。"


def test_a_hand_written_model_fills_the_gap_the_rules_leave(tmp_path):
    model = write_model(tmp_path / "m.json.gz", {"Technology": {"hs=技术": 4.0, "gv=推广": 2.0, "": -3.0},
                                                 "Industry": {"": -6.0}})
    plain = build_nlp()
    before = {(m.text, m.type) for m in plain(GAP_TEXT).user_data["kg_mentions"]}
    nlp = build_nlp()
    nlp.add_pipe("kg_spanfill", before="kg_normalise", config={"model": str(model)})
    after = {(m.text, m.type) for m in nlp(GAP_TEXT).user_data["kg_mentions"]}
    added = after - before
    assert added and all(t == "Technology" and x.endswith("技术") for x, t in added)
    # a model that never reaches the threshold adds nothing
    low = write_model(tmp_path / "low.json.gz", {"Technology": {"": -5.0}, "Industry": {"": -5.0}})
    nlp = build_nlp()
    nlp.add_pipe("kg_spanfill", before="kg_normalise", config={"model": str(low)})
    assert {(m.text, m.type) for m in nlp(GAP_TEXT).user_data["kg_mentions"]} == before


def test_the_shipped_model_loads_once_with_its_threshold():
    m = spanfill.load_model()
    assert spanfill.load_model() is m
    assert 0 < m["threshold"] < 1 and set(m["weights"]) == set(spanfill.TYPES)


def test_off_by_default_and_on_with_the_keyword():
    from kg.builder.cache import extractor_fingerprint
    from kg.options import DEFAULT_EXTRACTOR, ExtractorOptions

    assert not DEFAULT_EXTRACTOR.spanfill
    assert "kg_spanfill" not in get_nlp().pipe_names and "kg_spanfill" not in get_nlp(relfill=True).pipe_names
    names = get_nlp(relfill=True, spanfill=True).pipe_names
    assert names.index("kg_spanfill") == names.index("kg_normalise") - 1
    assert ExtractorOptions(relfill=True, spanfill=True).tag == ":relfill:spanfill"
    assert extractor_fingerprint(spanfill=True) != extractor_fingerprint()
