"""The span filler's extensions (kg/extract/extend.py, part of kg_spanfill): a
rule Technology / Industry mention with the words next to it the rules left
out, its features, their scoring and the model's ``extend``.  The clauses are
made up."""
from __future__ import annotations

import gzip
import json
import math

import pytest

from kg.extract import extend, spanfill
from kg.extract.pipeline import build_nlp
from support.tokens import tokens_of

WORDS = [("某县", "ns"), ("推进", "v"), ("柔性", "a"), ("钙钛矿", "n"), ("组件", "n"), ("研发", "vn"),
         ("，", "x"), ("人工智能", "lex:Technology"), ("应用", "vn"), ("。", "x")]
EXT_TOKENS, EXT_TEXT = tokens_of(WORDS), "".join(w for w, _ in WORDS)


def _mention(text, surface, ty="Technology", rule="lexicon"):
    """(start, end, type, rule) of a rule mention of SURFACE (its first occurrence in TEXT)."""
    s = text.index(surface)
    return s, s + len(surface), ty, rule


def _extended(chosen):
    return {EXT_TEXT[s:e] for _, s, e, *_ in extend.extensions(EXT_TEXT, EXT_TOKENS, chosen)}


def test_an_extension_adds_one_or_two_words_on_one_side_of_a_mention():
    chosen = [_mention(EXT_TEXT, "钙钛矿"), _mention(EXT_TEXT, "人工智能")]
    # (推进, a verb, governs the term: never added outermost on the left; a comma ends the clause; never both sides)
    assert _extended(chosen) == {"柔性钙钛矿", "钙钛矿组件", "钙钛矿组件研发", "人工智能应用"}


def test_an_extension_touches_no_other_rule_entity_and_only_extends_technology_or_industry():
    chosen = [_mention(EXT_TEXT, "钙钛矿"), _mention(EXT_TEXT, "研发", "Institution"), _mention(EXT_TEXT, "某县", "Region")]
    assert _extended(chosen) == {"柔性钙钛矿", "钙钛矿组件"}  # (研发 is an entity: 钙钛矿组件研发 is none)


def test_an_extensions_features_name_its_mention_and_what_was_added():
    chosen = [_mention(EXT_TEXT, "钙钛矿", rule="head.TechnologyMaterial")]
    feats = {EXT_TEXT[s:e]: f for _, s, e, f in extend.extension_spans(EXT_TEXT, EXT_TOKENS, chosen)}
    f = feats["钙钛矿组件"]
    assert {"ity=Technology", "fam=head", "rule=head.TechnologyMaterial", "side=R", "nadd=1", "awR=组件", "atR=n",
            "pc=性", "nc=研"} <= set(f)
    assert {"side=L", "awL=柔性", "atL=a", "f1=柔", "l1=矿"} <= set(feats["柔性钙钛矿"])


def test_predict_extensions_is_the_reference_scoring_of_the_feature_strings():
    weights = {"Technology": {"": -1.0, "awR=组件": 2.5, "side=L": 0.7, "fam=lexicon": 0.2, "nc=研": 0.4},
               "Industry": {"": -2.0, "atR=vn": 1.5, "ity=Technology": 0.3, "l1=用": 1.0}}
    chosen = [_mention(EXT_TEXT, "钙钛矿"), _mention(EXT_TEXT, "人工智能")]
    scored = []
    for m, s, e, feats in extend.extension_spans(EXT_TEXT, EXT_TOKENS, chosen):
        pr = spanfill.probabilities(weights, feats)
        ty = max(pr, key=pr.get)
        scored.append((m, s, e, ty, pr[ty]))
    for th in (0.3, 0.5, 0.7):
        got = extend.predict_extensions(weights, EXT_TEXT, EXT_TOKENS, chosen, th)
        want = extend.choose_extensions(scored, th)
        assert [x[:4] for x in got] == [x[:4] for x in want]
        assert all(math.isclose(a[4], b[4]) for a, b in zip(got, want))
    assert [EXT_TEXT[s:e] for _, s, e, _, _ in extend.predict_extensions(weights, EXT_TEXT, EXT_TOKENS, chosen, 0.5)] \
        == ["钙钛矿组件", "人工智能应用"]


def test_an_extension_whose_probability_is_the_threshold_is_kept():
    # (Industry held out of reach: Technology's score is then all but the logit of its probability)
    weights = {"Technology": {"": -1.0, "awR=组件": 2.5, "side=L": 0.7, "nc=研": 0.4}, "Industry": {"": -30.0}}
    for mention in (_mention(EXT_TEXT, "钙钛矿"), _mention(EXT_TEXT, "人工智能")):
        p, span = max((max(spanfill.probabilities(weights, f).values()), (s, e))
                      for _, s, e, f in extend.extension_spans(EXT_TEXT, EXT_TOKENS, [mention]))

        def kept(th):
            return [x[1:3] for x in extend.predict_extensions(weights, EXT_TEXT, EXT_TOKENS, [mention], th)]
        assert kept(p) == [span] and kept(min(p + 1e-6, 0.999999)) == []

def test_a_feature_groups_score_is_reckoned_once_per_key_and_kept_to_max_keys(monkeypatch):
    weights = {"Technology": {"": 0.0, "f1=组": 1.5, "pc=矿": 0.25}, "Industry": {"": 0.0, "pt=n": -0.5}}
    calls = []

    def counted(before, first, tag):
        calls.append(first)
        return extend.start_pairs(before, first, tag)
    of_start = extend._GroupScores(counted, extend.ExtensionScores(weights), {})
    assert of_start["矿", "组件", "n"] == complex(1.75, -0.5)
    assert of_start["矿", "组件", "n"] == complex(1.75, -0.5) and calls == ["组件"]
    monkeypatch.setattr(extend._GroupScores, "MAX_KEYS", 2)
    of_start["x", "ab", "v"], of_start["y", "cd", "v"]
    assert len(of_start) == 1  # (full at two keys: started afresh before the third)


def test_choose_extensions_keeps_each_mentions_most_probable_and_no_overlap():
    scored = [(0, 2, 6, "Technology", 0.8), (0, 2, 8, "Technology", 0.9), (1, 7, 12, "Industry", 0.75),
              (2, 14, 16, "Technology", 0.4)]
    assert extend.choose_extensions(scored, 0.5) == [(0, 2, 8, "Technology", 0.9)]


def test_a_hand_written_extension_model_replaces_the_rule_mention(tmp_path):
    text = "某县推进人工智能平台建设。"
    plain = {(m.text, m.type) for m in build_nlp()(text).user_data["kg_mentions"]}
    assert ("人工智能", "Technology") in plain
    path = tmp_path / "ext.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"Technology": {"": -9.0}, "Industry": {"": -9.0}},
                   "extend": {"weights": {"Technology": {"awR=平台": 6.0, "": -3.0}, "Industry": {"": -6.0}},
                              "threshold": 0.6}}, fh)
    nlp = build_nlp()
    nlp.add_pipe("kg_spanfill", before="kg_normalise", config={"model": str(path)})
    ud = nlp(text).user_data
    after = {(m.text, m.type) for m in ud["kg_mentions"]}
    assert ("人工智能平台", "Technology") in after and ("人工智能", "Technology") not in after
    assert any(c.rule == extend.RULE for c in ud["kg_chosen"])


@pytest.mark.parametrize("extend, complaint", [
    ({"weights": {"Technology": {}}}, "extend.weights"),
    ({"weights": {"Technology": {}, "Industry": {}}, "threshold": 0}, "extend.threshold"),
    ({"weights": {"Technology": {}, "Industry": {}}, "margin": 1}, "unknown key"),
])
def test_a_bad_extension_model_is_one_error_naming_the_fault(tmp_path, extend, complaint):
    path = tmp_path / "bad.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"Technology": {}, "Industry": {}}, "extend": extend}, fh)
    with pytest.raises(ValueError, match=complaint):
        spanfill.load_model(path)
