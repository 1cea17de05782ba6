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


# ---- the candidates and scores in numpy against the definitions read one candidate at a time
def reference_extensions(text, tokens, chosen):
    """The extension candidates as ``extend.candidates`` defines them, mention by mention in Python."""
    from bisect import bisect_left, bisect_right

    def free(k):  # (may be added: no stop character, no function word's tag, touching no rule entity)
        word, tag = tokens[k][2:]
        return spanfill.STOP.isdisjoint(word) and tag not in extend._NEVER_TAGS and not any(
            s < tokens[k][1] and tokens[k][0] < e for s, e, *_ in chosen)
    starts = [t[0] for t in tokens]
    for m, (ms, me, ty, _) in enumerate(chosen):
        if ty not in spanfill.TYPES:
            continue
        found = []
        for side in ("L", "R"):
            edge, at = (1, ms) if side == "L" else (0, me)  # (the first token ending where it starts / starting
            k = next((x for x, t in enumerate(tokens) if t[edge] == at), None)  # where it ends)
            for added in range(1, extend.MAX_WORDS + 1):
                if k is None or k < 0 or k >= len(tokens) or not free(k):
                    break
                s, e = (tokens[k][0], me) if side == "L" else (ms, tokens[k][1])
                if (ms - s if side == "L" else e - me) > extend.MAX_CHARS:
                    break
                tag = tokens[k][3]
                outer = tag in extend._RIGHT_TAGS if side == "R" else (tag in extend._LEFT_TAGS
                                                                       or tag.startswith("lex:"))
                if outer and e - s <= extend.MAX_CHARS:
                    i, j = (k, bisect_left(starts, me) - 1) if side == "L" else (bisect_right(starts, ms) - 1, k)
                    found.append((m, s, e, i, j, added if side == "L" else 0, added if side == "R" else 0))
                nxt = k - 1 if side == "L" else k + 1
                if not 0 <= nxt < len(tokens) or (tokens[k][0] != tokens[nxt][1] if side == "L"
                                                  else tokens[nxt][0] != tokens[k][1]):
                    break
                k = nxt
        yield from found


# made-up clauses: mentions at the text's edges, words glued or not, a long unknown word, lexicon terms,
# class heads of one to four characters, a mention inside a word, stop characters, other rule entities
EDGE_WORDS = [("钙钛矿", "n"), ("组件", "n"), ("研发", "vn"), ("和", "c"), ("superconductingcable", "unk"),
              ("光伏", "lex:Technology"), ("制造业", "n"), ("，", "x"), ("新型", "b"), ("储能", "vn"), ("电池", "n"),
              ("技术", "n"), ("中心", "n"), ("、", "x"), ("智能", "n"), ("网联", "j"), ("汽车", "n"), (" ", "x"),
              ("数据", "n"), ("要素", "n"), ("等", "u"), ("产业", "n"), ("集群", "n"), ("氢能", "n"), ("，", "x"),
              ("photonic", "unk"), ("芯片", "n"), ("与", "c"), ("工业互联网", "lex:Industry"), ("平台", "n"),
              ("复合", "vn"), ("材料", "n"), ("回收", "v"), ("利用", "n"), ("设备", "n")]
EDGE_TOKENS, EDGE_TEXT = tokens_of(EDGE_WORDS), "".join(w for w, _ in EDGE_WORDS)


def _edge_chosen():
    t = EDGE_TEXT
    return [_mention(t, "钙钛矿"), _mention(t, "光伏", "Industry", "lexicon.industry"),
            _mention(t, "储能电池", rule="head.TechnologyProduct"), _mention(t, "技术中心", "Institution", "head.org"),
            _mention(t, "网联", rule="lexicon"), _mention(t, "数据要素", "Industry"), _mention(t, "氢能"),
            _mention(t, "conducting", rule="latin"), _mention(t, "芯片"), _mention(t, "平台", "Industry"),
            _mention(t, "复合材料", rule="head.TechnologyMaterial"), _mention(t, "设备")]


def _pipeline_states():
    """(text, tokens, mentions) of made-up texts as kg_spanfill sees them."""
    nlp = build_nlp()
    out = [(EDGE_TEXT, EDGE_TOKENS, _edge_chosen())]
    for text in ("某市加快发展智能网联汽车、工业互联网和生物制造等新兴产业，推广柔性织物技术与氢能储运装备。",
                 "支持企业开展量子通信以及低空经济示范应用，建设算力调度平台及数据交易中心。",
                 "该县引进AI芯片封装测试项目和superconductingwire生产线，培育新型储能材料产业集群。",
                 "推动海洋牧场、\n智慧农业  和光伏治沙等模式，发展银发经济。\n\n加快卫星互联网建设。"):
        ud = nlp(text).user_data
        out.append((ud["kg_text"], ud["kg_tokens"], [(c.start, c.end, c.type, c.rule) for c in ud["kg_chosen"]]))
    return out


def test_the_candidates_are_the_reference_ones_in_their_order():
    seen = 0
    for text, tokens, chosen in _pipeline_states():
        got = list(extend.extensions(text, tokens, chosen))
        assert got == list(reference_extensions(text, tokens, chosen)), text
        seen += len(got)
    assert seen > 10
    got = {(EDGE_TEXT[s:e], nl, nr)
           for _, s, e, _, _, nl, nr in extend.extensions(EDGE_TEXT, EDGE_TOKENS, _edge_chosen())}
    assert ("钙钛矿组件研发", 0, 2) in got  # (the text's first word: nothing on its left)
    assert ("新型储能电池", 1, 0) in got and ("储能电池技术", 0, 1) not in got  # (技术 is in a rule entity)
    assert not any(w.startswith("和") or "，" in w for w, _, _ in got)  # (a conjunction, a comma: never added)


def _random_weights(states, seed):
    import random

    rnd = random.Random(seed)
    feats = sorted({f for st in states for *_, fs in extend.extension_spans(*st) for f in fs})
    return {ty: {"": rnd.uniform(-3, 0), **{f: rnd.gauss(0, 1.2) for f in feats if rnd.random() < 0.9}}
            for ty in spanfill.TYPES}


def test_the_scores_are_the_feature_strings_scores():
    states = _pipeline_states()
    for seed in range(3):
        weights = _random_weights(states, seed)
        for text, tokens, chosen in states:
            c = extend.candidates(text, tokens, chosen)
            got = extend.extension_scores(weights)(text, tokens, chosen, c)
            want = [complex(*(weights[ty].get("", 0.0) + sum(weights[ty].get(f, 0.0) for f in feats)
                              for ty in spanfill.TYPES))
                    for *_, feats in extend.extension_spans(text, tokens, chosen)]
            assert len(got) == len(want)
            assert all(abs(a - b) < 1e-9 for a, b in zip(got.tolist(), want)), text
        for th in (0.3, 0.6, 0.9):  # and so the same extensions kept
            for text, tokens, chosen in states:
                scored = []
                for m, s, e, feats in extend.extension_spans(text, tokens, chosen):
                    pr = spanfill.probabilities(weights, feats)
                    ty = max(pr, key=pr.get)
                    scored.append((m, s, e, ty, pr[ty]))
                want = extend.choose_extensions(scored, th)
                got = extend.predict_extensions(weights, text, tokens, chosen, th)
                assert [x[:4] for x in got] == [x[:4] for x in want]


def test_no_text_no_tokens_or_no_technology_or_industry_mention_has_no_candidate():
    weights = {"Technology": {"": 5.0}, "Industry": {"": -5.0}}
    institution = [_mention(EXT_TEXT, "钙钛矿", "Institution")]
    for text, tokens, chosen in (("", [], []), (EXT_TEXT, [], institution), (EXT_TEXT, EXT_TOKENS, []),
                                 (EXT_TEXT, EXT_TOKENS, institution)):
        assert list(extend.extensions(text, tokens, chosen)) == []
        assert extend.predict_extensions(weights, text, tokens, chosen, 0.5) == []
    assert extend.predict_extensions(weights, EXT_TEXT, EXT_TOKENS, [_mention(EXT_TEXT, "钙钛矿")], 0.5)


def test_the_word_table_starts_afresh_when_full_with_the_same_scores(monkeypatch):
    states = _pipeline_states()
    weights = _random_weights(states, 7)
    scores = extend.ExtensionScores(weights)
    text, tokens, chosen = states[0]
    c = extend.candidates(text, tokens, chosen)
    before = scores(text, tokens, chosen, c)
    known = len(scores.words)
    monkeypatch.setattr(extend.ExtensionScores, "TABLE_WORDS", known)
    assert (scores(text, tokens, chosen, c) == before).all() and len(before) > 10 and len(scores.words) == known
    scores.words["某词"]
    assert (scores(text, tokens, chosen, c) == before).all() and "某词" not in scores.words  # (started afresh)


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
    nlp.add_pipe("kg_extend", before="kg_normalise", config={"model": str(path)})
    ud = nlp(text).user_data
    after = {(m.text, m.type) for m in ud["kg_mentions"]}
    assert ("人工智能平台", "Technology") in after and ("人工智能", "Technology") not in after
    assert any(c.rule == extend.RULE for c in ud["kg_chosen"])


@pytest.mark.parametrize("ext, complaint", [
    ({"weights": {"Technology": {}}}, "extend.weights"),
    ({"weights": {"Technology": {}, "Industry": {}}, "threshold": 0}, "extend.threshold"),
    ({"weights": {"Technology": {}, "Industry": {}}, "margin": 1}, "unknown key"),
])
def test_a_bad_extension_model_is_one_error_naming_the_fault(tmp_path, ext, complaint):
    path = tmp_path / "bad.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"Technology": {}, "Industry": {}}, "extend": ext}, fh)
    spanfill.load_model(path)  # (the span filler's own part is sound: the extensions check theirs)
    with pytest.raises(ValueError, match=complaint):
        extend.load_extensions(path)
