"""The Technology / Industry span filler (kg_spanfill, kg/extract/spanfill.py):
its candidates and features, a hand-written model through the real pipeline,
the shipped model and the --spanfill option.  The sentences are made up."""
from __future__ import annotations

import gzip
import json
import math

import pytest

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


def _tokens(*pairs):
    """(start, end, word, tag) tokens of consecutive (word, tag) PAIRS, and their text."""
    out, at = [], 0
    for w, tag in pairs:
        out.append((at, at + len(w), w, tag))
        at += len(w)
    return out, "".join(w for w, _ in pairs)


# a made-up list of three items, the first of five words, closed by 等 and a class noun
LIST_TOKENS, LIST_TEXT = _tokens(("某县", "ns"), ("发展", "v"), ("新型", "b"), ("柔性", "n"), ("纺织", "vn"),
                                 ("面料", "n"), ("制品", "n"), ("、", "x"), ("钒", "n"), ("电解液", "n"), ("和", "c"),
                                 ("钼铁", "n"), ("等", "u"), ("材料", "n"), ("。", "x"))


def _span(text, surface):
    s = text.index(surface)
    return s, s + len(surface)


def test_a_list_item_of_five_words_is_a_candidate_with_its_list_features():
    feats = {(s, e): f for s, e, f in spanfill.spans(LIST_TEXT, LIST_TOKENS, [])}
    first = _span(LIST_TEXT, "新型柔性纺织面料制品")
    assert first not in {(s, e) for s, e, _, _ in spanfill.candidates(LIST_TEXT, LIST_TOKENS, [])}  # (five words)
    f = feats[first]
    assert {"li", "lin=3", "lpos=first", "lgv=发展", "lend=等", "ldeng=材料", "lsr=0"} <= set(f)
    assert "lpos=mid" in feats[_span(LIST_TEXT, "钒电解液")] and "lpos=last" in feats[_span(LIST_TEXT, "钼铁")]
    # a part of an item is a candidate marked so; the verb before the list is no part of its first item
    assert "lsub" in feats[_span(LIST_TEXT, "面料制品")]
    assert not any(LIST_TEXT[s:e].startswith("发展") for s, e in feats)


def test_an_item_touching_a_rule_entity_is_no_candidate_and_one_that_is_a_rule_entity_a_sibling():
    part = _span(LIST_TEXT, "电解液")
    got = {(s, e): f for s, e, f in spanfill.spans(LIST_TEXT, LIST_TOKENS, [(*part, "Technology")])}
    assert _span(LIST_TEXT, "钒电解液") not in got
    whole = _span(LIST_TEXT, "钒电解液")
    got = {(s, e): f for s, e, f in spanfill.spans(LIST_TEXT, LIST_TOKENS, [(*whole, "Technology")])}
    assert {"lsr=1", "lst=Technology"} <= set(got[_span(LIST_TEXT, "钼铁")])
    assert {"lsr=1", "lst=Technology"} <= set(got[_span(LIST_TEXT, "新型柔性纺织面料制品")])


def test_punctuation_or_a_long_stretch_ends_a_list():
    toks, text = _tokens(("发展", "v"), ("甲乙", "n"), ("，", "x"), ("丙丁", "n"), ("、", "x"), ("戊己", "n"), ("。", "x"))
    items = {text[s:e] for s, e, f in spanfill.spans(text, toks, []) if "li" in f}
    assert items == {"丙丁", "戊己"}  # (the comma ends the first item)
    toks, text = _tokens(("甲乙", "n"), ("、", "x"), ("丙" * 17, "n"), ("、", "x"), ("戊己", "n"), ("。", "x"))
    frame = spanfill.ListFrame(text, toks, [], spanfill.class_heads())
    assert len(frame.heads_at) == 2  # (an item of 17 characters: two lists)
    assert all(e - s <= spanfill.ITEM_MAX_CHARS for s, e, _, _ in frame.extra)


def test_choose_keeps_the_most_probable_of_overlapping_spans():
    scored = [(0, 4, "Technology", 0.7), (2, 6, "Industry", 0.9), (8, 10, "Technology", 0.55), (12, 14, "Industry", 0.3)]
    assert spanfill.choose(scored, 0.5) == [(2, 6, "Industry", 0.9), (8, 10, "Technology", 0.55)]


def write_model(path, weights, threshold=0.5):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": weights, "threshold": threshold}, fh)
    return path


GAP_TEXT = "某镇今年关注柔性织物技术。"


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


def test_on_by_default_and_off_with_the_keyword():
    from kg.builder.cache import extractor_fingerprint
    from kg.options import DEFAULT_EXTRACTOR, RULES_ONLY, ExtractorOptions

    assert DEFAULT_EXTRACTOR.spanfill
    assert "kg_spanfill" in get_nlp().pipe_names and "kg_spanfill" not in get_nlp(RULES_ONLY).pipe_names
    names = get_nlp(ExtractorOptions(relfill=True, spanfill=True)).pipe_names
    assert names.index("kg_spanfill") == names.index("kg_normalise") - 1
    assert ExtractorOptions(relfill=True, spanfill=True, prune=False, retype=False).tag == ":relfill:spanfill"
    assert extractor_fingerprint(ExtractorOptions(spanfill=False)) != extractor_fingerprint()


# made-up sentences with lists, 等, 以及, Latin words, class heads, a long unknown word and line breaks
BOUND_TEXTS = [
    "某市加快发展智能网联汽车、工业互联网和生物制造等新兴产业，推广柔性织物技术与氢能储运装备。",
    "支持企业开展量子通信以及低空经济示范应用，建设算力调度平台及数据交易中心。",
    "该县引进AI芯片封装测试项目和superconductingwire生产线，培育新型储能材料产业集群。",
    "推动海洋牧场、\n智慧农业  和光伏治沙等模式，发展银发经济。\n\n加快卫星互联网建设。",
    "重点发展适老功能服装服饰配件、康复训练及健康促进辅具、智能养老监护终端等产品，壮大某某产业。",
]


def pipeline_states():
    """(text, tokens, chosen) of each made-up text, as kg_spanfill would see them."""
    nlp = build_nlp()
    out = []
    for text in BOUND_TEXTS:
        ud = nlp(text).user_data
        out.append((ud["kg_text"], ud["kg_tokens"], [(c.start, c.end, c.type) for c in ud["kg_chosen"]]))
    return out


def reference_predict(weights, text, tokens, chosen, threshold, list_weight=1.0):
    """predict as the features define it: every candidate scored, every list item blended with its list."""
    scored = []
    for s, e, feats in spanfill.spans(text, tokens, chosen):
        pr = spanfill.probabilities(weights, feats)
        ty = max(pr, key=pr.get)
        scored.append((s, e, ty, pr[ty]))
    return spanfill.choose(spanfill.blend(scored, spanfill.list_items(text, tokens, chosen), list_weight), threshold)


def random_weights(states, seed):
    """Weights for every feature the made-up texts have, at random (a model in which every feature counts)."""
    import random

    rnd = random.Random(seed)
    feats = sorted({f for st in states for _, _, fs in spanfill.spans(*st) for f in fs})
    return {ty: {"": rnd.uniform(-3, 0), **{f: rnd.gauss(0, 1.2) for f in feats}} for ty in spanfill.TYPES}


def exact_scores(weights, feats):
    return [weights[ty].get("", 0.0) + sum(weights[ty].get(f, 0.0) for f in feats) for ty in spanfill.TYPES]


def test_the_bound_keeps_every_candidate_that_can_reach_the_threshold():
    states = pipeline_states()
    for seed in range(3):
        weights = random_weights(states, seed)
        bound = spanfill.ScoreBound(weights)
        for th in (0.2, 0.5, 0.6, 0.9):
            floor = math.log(th / (1 - th))
            for text, tokens, chosen in states:
                by_end, by_start = {e: t for s, e, t in chosen}, {s: t for s, e, t in chosen}
                kept = {(s, e) for s, e, _, _ in bound.reachable(text, tokens, chosen, th, by_end, by_start)[0]}
                scores = {(s, e): max(exact_scores(weights, feats)) for s, e, feats in spanfill.spans(text, tokens, chosen)}
                reach = {span for span, z in scores.items() if z >= floor}
                assert reach <= kept
                # and the second pass is exact: nothing under the floor is left
                assert all(scores[span] >= floor - 1e-5 for span in kept)
    # and it leaves candidates out: with the shipped model, most
    bound = spanfill.score_bound(spanfill.load_model()["weights"])
    kept = sum(len(bound.reachable(t, toks, ch, 0.6, {e: y for s, e, y in ch}, {s: y for s, e, y in ch})[0])
               for t, toks, ch in states)
    assert kept < sum(len(list(spanfill.candidates(*st))) for st in states) / 2


def test_predict_is_the_reference_prediction():
    states = pipeline_states()
    models = [spanfill.load_model()["weights"]] + [random_weights(states, seed) for seed in (7, 8)]
    for weights in models:
        for th in (0.3, 0.6):
            for st in states:
                assert spanfill.predict(weights, *st, th) == reference_predict(weights, *st, th)
                for lw in (0.5, 0.2):  # (the items of a list read together: the same spans)
                    assert spanfill.predict(weights, *st, th, list_weight=lw) == reference_predict(weights, *st, th, lw)


def test_a_list_item_takes_part_of_its_lists_probability():
    scored = [(0, 2, "Technology", 0.9), (3, 5, "Technology", 0.3), (6, 8, "Industry", 0.6), (9, 11, "Industry", 0.8)]
    lists = {(0, 2): 0, (3, 5): 0, (6, 8): 1}  # (the last span is no list item)
    got = spanfill.blend(scored, lists, 0.5)
    assert got[0][3] == pytest.approx(0.75) and got[1][3] == pytest.approx(0.45)
    assert got[2][3] == pytest.approx(0.6) and got[3] == scored[3]
    assert spanfill.blend(scored, lists, 1.0) == scored


def test_the_first_pass_bound_is_the_exact_score_but_for_the_features_it_bounds():
    states = pipeline_states()
    weights = random_weights(states, 3)
    bound = spanfill.ScoreBound(weights)
    skip = set(bound.SURFACE) | set(spanfill.LIST_BOUNDED)  # (the clause's features read exactly too)
    for text, tokens, chosen in states:
        by_end, by_start = {e: t for s, e, t in chosen}, {s: t for s, e, t in chosen}
        first = {(s, e): z for s, e, _, _, z in bound._first_pass(text, tokens, chosen, by_end, by_start, -math.inf)[0]}
        for s, e, feats in spanfill.spans(text, tokens, chosen):
            kept = [f for f in feats if f.partition("=")[0] not in skip]
            zt, zi = exact_scores(weights, kept)
            got = first[s, e]
            if "li" in feats:  # (a list item)
                got -= bound.item_top + (bound.cue_top if any(f.startswith("ldeng=") for f in feats) else 0)
            assert abs(got.real - zt) < 1e-9 and abs(got.imag - zi) < 1e-9, (text[s:e], feats)


def test_the_hash_table_finds_its_keys_and_nothing_else():
    import numpy as np

    pairs = {k * 7919 % 100003: complex(k, -k) for k in range(1, 400)}
    table = spanfill.Table(pairs)
    q = np.array(list(pairs) + [5, 6, 99999, 0, -1])
    at = table.where(q)
    hit, value = table.has(q), table(q)
    assert hit.tolist() == [True] * len(pairs) + [k in pairs for k in (5, 6, 99999, 0, -1)]
    assert value[:len(pairs)].tolist() == list(pairs.values())


def test_the_head_index_finds_the_head_head_of_finds_in_every_span():
    import numpy as np

    heads = spanfill.class_heads()
    index = spanfill.HeadIndex(heads)
    text = "推广复合材料回收利用设备和脑机接口、工业机器人及新能源汽车产业，建设光纤网络基础设施平台网"
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    spans = [(s, e) for e in range(1, len(text) + 1) for s in range(max(0, e - 8), e)]
    ends, lengths = np.array([e for _, e in spans]), np.array([e - s for s, e in spans])
    got = [index.heads[k] if k >= 0 else None for k in index.at(text, cp, ends, lengths).tolist()]
    want = [spanfill.head_of(text[max(s, e - 5):e], heads) for s, e in spans]  # (as the extensions read it)
    assert got == want
    assert {len(h[0]) for h in want if h} == {1, 2, 3, 4}


def test_a_tokens_offsets_and_a_texts_code_points_are_read_once_for_the_last_and_read_only():
    from kg.extract.rules import Tokens

    tokens, other = Tokens(TOKENS), Tokens(TOKENS[:3])
    starts, ends = spanfill.token_offsets(tokens)
    assert starts.tolist() == [t[0] for t in TOKENS] and ends.tolist() == [t[1] for t in TOKENS]
    assert spanfill.token_offsets(tokens)[0] is starts  # (the same text's, read again: kept)
    assert spanfill.token_offsets(other)[0].tolist() == [0, 2, 4] and spanfill.token_offsets(tokens)[0] is not starts
    cp = spanfill.code_points(TEXT)
    assert cp.tolist() == [ord(ch) for ch in TEXT] and spanfill.code_points(TEXT) is cp
    assert spanfill.code_points("某县").tolist() == [ord("某"), ord("县")] and spanfill.code_points(TEXT) is not cp
    for read_only in (starts, cp):
        with pytest.raises(ValueError):
            read_only[0] = 1


@pytest.mark.parametrize("model, complaint", [
    ({"weights": {"Technology": {}}}, "exactly"),
    ({"weights": {"Technology": {"": "x"}, "Industry": {}}}, "finite number"),
    ({"weights": {"Technology": {}, "Industry": {}}, "threshold": 1.5}, "threshold"),
    ({"weights": {"Technology": {}, "Industry": {}}, "list_weight": 0}, "list_weight"),
    ({"weights": {"Technology": {}, "Industry": {}}, "bias": 1}, "unknown key"),
])
def test_a_bad_model_file_is_one_error_naming_the_fault(tmp_path, model, complaint):
    path = tmp_path / "bad.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(model, fh)
    with pytest.raises(ValueError, match=complaint):
        spanfill.load_model(path)


def test_the_list_frame_features_are_read_next_to_a_joiner_only():
    text = "以及芯片、光刻机和软件与及材料以及"
    chosen_by_end, chosen_by_start = {4: "Technology", 8: "Industry", 12: "Event"}, {5: "Technology", 9: "Industry"}
    tokens = [(k, k + 1, ch, "n") for k, ch in enumerate(text)]

    def reference(s, e):  # (every joiner tried on both sides)
        f, listed = [], False
        for jn in spanfill._LISTJOIN:
            if text.endswith(jn, 0, s):
                listed = True
                f += ["lm=" + chosen_by_end[s - len(jn)]] if s - len(jn) in chosen_by_end else []
            if text.startswith(jn, e):
                listed = True
                f += ["lm=" + chosen_by_start[e + len(jn)]] if e + len(jn) in chosen_by_start else []
        return f + (["list"] if listed else [])
    seen = set()
    for s in range(len(text)):
        for e in range(s + 1, len(text) + 1):
            got = spanfill.context_features(text, tokens, chosen_by_end, chosen_by_start, s, e, s, e - 1)[6:]
            assert got == reference(s, e), (s, e)
            seen.update(got)
    assert {"lm=Technology", "lm=Industry", "lm=Event", "list"} <= seen
