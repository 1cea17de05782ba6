"""The retyper of rule Technology / Industry mentions (kg_retype,
kg/extract/retype.py): which mentions it judges, a hand-written model's
relabels at a threshold, the shipped model and the --retype option.  The
sentences are made up."""
from __future__ import annotations

import gzip
import json

import pytest

from kg.extract import retype, spanfill
from kg.extract.pipeline import get_nlp
from kg.options import RULES_ONLY, ExtractorOptions

# a made-up clause: 柔性显示 typed Technology by a class head before 等产业, 储能材料 typed Technology in its list,
# 光伏 typed Industry by the lexicon
TEXT = "某县培育柔性显示、储能材料等产业，发展光伏。"
TOKENS = [(0, 2, "某县", "ns"), (2, 4, "培育", "v"), (4, 6, "柔性", "n"), (6, 8, "显示", "vn"), (8, 9, "、", "unk"),
          (9, 11, "储能", "n"), (11, 13, "材料", "n"), (13, 14, "等", "u"), (14, 16, "产业", "n"), (16, 17, "，", "unk"),
          (17, 19, "发展", "v"), (19, 21, "光伏", "lex:Industry"), (21, 22, "。", "unk")]
CHOSEN = [(0, 2, "Region", "lexicon"), (4, 8, "Technology", "head.display"), (9, 13, "Technology", "coordination"),
          (19, 21, "Industry", "lexicon")]
# a hand-written model: Industry when 培育 governs the span or 产业 follows the 等
WEIGHTS = {"Technology": {"": 1.0}, "Industry": {"": 0.0, "gv=培育": 1.5, "deng=产业": 2.5, "gv=发展": -3.0}}


def test_the_lexicon_terms_and_other_types_are_left_alone():
    assert retype.KEPT == {"lexicon", "frame"}
    # even a model sure 光伏 is a Technology leaves the lexicon's type
    assert retype.relabels({"Technology": {"": 9.0}, "Industry": {"": 0.0}}, TEXT, TOKENS, CHOSEN, 0.9) == {}


def test_a_means_frames_name_keeps_the_type_the_frame_gave():
    # the same span read by a means frame (运用X开展Y: Y the field) stays a sector; read by a list rule it moves
    sure = {"Technology": {"": 9.0}, "Industry": {"": 0.0}}
    framed = [(19, 21, "Industry", "frame.target")]
    assert retype.relabels(sure, TEXT, TOKENS, framed, 0.9) == {}
    assert retype.relabels(sure, TEXT, TOKENS, [(19, 21, "Industry", "coordination")], 0.9) == {0: "Technology"}


@pytest.mark.parametrize("threshold, want", [(0.9, {1: "Industry", 2: "Industry"}), (0.99, {})])
def test_a_confident_other_type_relabels_the_mention(threshold, want):
    # log odds of Industry: -1 + 1.5 (培育) + 2.5 (等产业) = 3 for both list items (P = 0.95)
    assert retype.relabels(WEIGHTS, TEXT, TOKENS, CHOSEN, threshold) == want


@pytest.mark.parametrize("threshold", [0.6, 0.9, 0.99])
def test_the_bound_gives_what_scoring_every_mention_gives(threshold):
    for weights in (WEIGHTS, {"Technology": {"": 0.0, "gv=培育": 2.0}, "Industry": {"": 0.5, "deng=产业": 1.0}}):
        want = retype.relabels(weights, TEXT, TOKENS, CHOSEN, threshold)
        assert retype._Retyper(weights, threshold).relabels(TEXT, TOKENS, CHOSEN) == want


def test_a_clause_feature_the_bound_lets_through_can_still_decide():
    # (without its clause the list items stay Technology; 等产业 after them makes them Industry)
    weights = {"Technology": {"": 0.0}, "Industry": {"": 0.0, "deng=产业": 4.0, "deng=技术": -2.0}}
    judge = retype._Retyper(weights, 0.9)
    assert judge.most == 4.0 and judge.least == -2.0
    assert judge.relabels(TEXT, TOKENS, CHOSEN) == {1: "Industry", 2: "Industry"}


def test_an_industry_mention_can_become_a_technology():
    chosen = [(4, 8, "Industry", "head.display"), (9, 13, "Technology", "coordination")]
    weights = {"Technology": {"": 0.0, "nc=、": 4.0}, "Industry": {"": 0.0}}
    assert retype.relabels(weights, TEXT, TOKENS, chosen, 0.9) == {0: "Technology"}
    assert retype.swap("Technology") == "Industry" and retype.swap("Industry") == "Technology"


def test_a_bad_model_file_is_refused(tmp_path):
    path = tmp_path / "bad.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"Industry": {}}, "threshold": 0.9}, fh)
    with pytest.raises(ValueError, match="weights"):
        retype.load_model(path)


def test_the_shipped_model_loads_without_the_rules_type():
    m = retype.load_model()
    assert set(m["weights"]) == set(spanfill.TYPES) and 0.5 < m.get("threshold", retype.THRESHOLD) < 1
    assert not any(f.startswith("was=") for w in m["weights"].values() for f in w)


def test_on_by_default_before_the_gap_fillers_and_off_with_the_keyword():
    from kg.builder.cache import extractor_fingerprint

    names = get_nlp().pipe_names
    assert names.index("kg_conflicts") < names.index("kg_retype") < names.index("kg_spanfill")
    assert "kg_retype" not in get_nlp(RULES_ONLY).pipe_names
    assert "kg_retype" not in get_nlp(ExtractorOptions(retype=False)).pipe_names
    assert extractor_fingerprint(ExtractorOptions(retype=False)) != extractor_fingerprint()


def test_the_component_gives_the_chosen_mention_its_new_type(tmp_path):
    from spacy.tokens import Doc

    from kg.extract.rules import new_cand

    path = tmp_path / "model.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": WEIGHTS, "threshold": 0.9}, fh)
    nlp = get_nlp()
    component = retype.make_retype(nlp, "kg_retype", str(path), -1.0)
    cands = [new_cand((s, e, ty, TEXT[s:e], rule, 0)) for s, e, ty, rule in CHOSEN]
    doc = Doc(nlp.vocab, words=["x"])
    doc.user_data.update(kg_text=TEXT, kg_tokens=TOKENS, kg_chosen=cands)
    out = component(doc).user_data["kg_chosen"]
    assert [(c.start, c.end, c.rule) for c in out] == [(c.start, c.end, c.rule) for c in cands]
    assert [c.type for c in out] == ["Region", "Industry", "Industry", "Industry"]
