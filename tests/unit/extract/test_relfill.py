"""The relation gap-filler (kg_relfill, kg/extract/relfill.py): its candidates
and features, a hand-written model through the real pipeline, the shipped
model, and the --relfill option.  The sentences are made up."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from kg.extract import relfill
from kg.extract.pipeline import build_nlp, get_nlp, split_sentences
from kg.model import Mention
from kg.schema import SIGNATURES

ROOT = Path(__file__).resolve().parents[3]
Rel = namedtuple("Rel", "head_text type tail_text")

# a Technology and an Industry the pipeline finds and its rules leave unrelated
GAP_TEXT = "某县把人工智能带进了中医药产业的日常管理。"
GAP = ("人工智能", "appliedIn", "中医药产业")


def mention(text: str, surface: str, etype: str) -> Mention:
    s = text.index(surface)
    return Mention(surface, etype, surface, s, s + len(surface))


def mentions(text: str, **surfaces_by_type: tuple[str, ...]) -> list[Mention]:
    """The first mention of each surface, typed by its keyword (Policy=("某方案",), Industry=(…))."""
    return [mention(text, x, etype) for etype, xs in surfaces_by_type.items() for x in xs]


# characters a made-up tagger calls verbs (so that the verb features fire in the tests of every feature)
VERB_CHARS = "动进焦"


def tokens_of(text: str):
    """Characters as tokens (the features need only offsets, words and, for verbs, tags)."""
    return [(i, i + 1, ch, "v" if ch in VERB_CHARS else "x") for i, ch in enumerate(text)]


def words_of(text: str, *words: tuple[str, str]):
    """Tokens of TEXT from its (word, tag) pairs, in order."""
    assert "".join(w for w, _ in words) == text
    out, i = [], 0
    for w, tag in words:
        out.append((i, i + len(w), w, tag))
        i += len(w)
    return out


def cands(text, mentions, relations=()):
    return relfill.candidates(text, split_sentences(text), mentions, list(relations), tokens_of(text))


def run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["kg_raw"] = text
    doc.user_data["kg_sentences"] = split_sentences(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc.user_data["kg_relations"]


def write_model(path: Path, weights: dict, threshold: float = 0.5) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": weights, "threshold": threshold}, fh)
    return path


# ------------------------------------------------------------------ candidates


def test_candidates_are_signature_fitting_pairs_of_one_sentence():
    text = "某市推动量子通信赋能金融行业。某院士出席了论坛。"
    ms = [mention(text, "量子通信", "Technology"), mention(text, "金融行业", "Industry"),
          mention(text, "某院士", "Person")]
    got = {(h.text, r, t.text) for h, r, t, *_ in cands(text, ms)}
    fwd = {r for r, (dom, rng) in SIGNATURES.items() if "Technology" in dom and "Industry" in rng}
    bwd = {r for r, (dom, rng) in SIGNATURES.items() if "Industry" in dom and "Technology" in rng}
    # either way round the signatures allow; never across the sentence end, never Person-Industry
    assert got == {("量子通信", r, "金融行业") for r in fwd} | {("金融行业", r, "量子通信") for r in bwd}


def test_pairs_the_rules_relate_are_left_alone():
    text = "某市推动量子通信赋能金融行业。"
    ms = [mention(text, "量子通信", "Technology"), mention(text, "金融行业", "Industry")]
    assert cands(text, ms, [Rel("量子通信", "enables", "金融行业")]) == []
    # (for training, every pair)
    assert relfill.candidates(text, split_sentences(text), ms, [Rel("量子通信", "enables", "金融行业")],
                              tokens_of(text), related_too=True)


def test_a_list_mate_related_by_the_rules_is_a_feature():
    text = "某方案聚焦甲光电产业、乙光电产业和丙光电产业。"
    ms = mentions(text, Policy=("某方案",), Industry=("甲光电产业", "乙光电产业", "丙光电产业"))
    rules = [Rel("某方案", "prioritizes", "甲光电产业"), Rel("某方案", "prioritizes", "乙光电产业")]
    by_tail = {t.text: relfill.conjoined(r, base, own) for h, r, t, _, base, own in cands(text, ms, rules)
               if r == "prioritizes"}
    assert set(by_tail) == {"丙光电产业"}
    assert "prioritizes|sib_t" in by_tail["丙光电产业"]
    assert "prioritizes|samelist" not in by_tail["丙光电产业"]  # (the policy is not in the list)


def test_the_verb_governing_each_mention_is_a_feature():
    text = "某方案提出加快发展量子通信，并推动甲产业升级，某产业为乙产业之一。"
    toks = words_of(text, ("某方案", "n"), ("提出", "v"), ("加快", "v"), ("发展", "vn"), ("量子通信", "n"), ("，", "x"),
                    ("并", "c"), ("推动", "v"), ("甲产业", "n"), ("升级", "vn"), ("，", "x"), ("某产业", "n"), ("为", "p"),
                    ("乙产业", "n"), ("之一", "r"), ("。", "x"))
    ms = [mention(text, "量子通信", "Technology"), mention(text, "甲产业", "Industry"),
          mention(text, "某产业", "Industry"), mention(text, "乙产业", "Industry")]
    feats = {(h.text, r, t.text): base for h, r, t, _, base, _ in
             relfill.candidates(text, split_sentences(text), ms, [], toks)}
    # the nearest verb before each of the two within its clause; none before the first mention of a clause
    assert {"va=发展", "vb=推动"} <= set(feats["量子通信", "appliedIn", "甲产业"])
    assert {"va=推动", "vb=^"} <= set(feats["甲产业", "partOf", "某产业"])


def test_list_places_sentence_shape_and_the_gap_word_by_signature_are_features():
    text = "一、某方案支持甲产业、乙产业和丙产业。"
    ms = mentions(text, Policy=("某方案",), Industry=("甲产业", "乙产业", "丙产业"))
    toks = words_of(text, ("一、", "m"), ("某方案", "n"), ("支持", "v"), ("甲产业", "n"), ("、", "x"), ("乙产业", "n"),
                    ("和", "c"), ("丙产业", "n"), ("。", "x"))
    got = {(h.text, r, t.text): (base, own) for h, r, t, _, base, own in
           relfill.candidates(text, split_sentences(text), ms, [], toks)}
    places = {t: next(x for x in got["某方案", "prioritizes", t][1] if x.startswith("lpt=")) for t in ("甲产业", "乙产业", "丙产业")}
    assert places == {"甲产业": "lpt=f", "乙产业": "lpt=m", "丙产业": "lpt=l"}
    base, own = got["某方案", "prioritizes", "甲产业"]
    assert {"sh=ns", "a0"} <= set(base) and {"lph=s", "sb0=Policy>Industry/支持"} <= set(own)
    base, own = got["乙产业", "partOf", "丙产业"]
    assert "a0" not in base and "sb0=Industry>Industry/和" in own
    long = "某方案支持甲产业：" + "并" * 30 + "。"
    ms = [mention(long, "某方案", "Policy"), mention(long, "甲产业", "Industry")]
    assert "sh=cl" in relfill.candidates(long, split_sentences(long), ms, [], tokens_of(long))[0][4]


def test_probability_and_threshold():
    table = relfill.by_relation({"appliedIn|bw=带进": 4.0, "": -2.0})
    assert relfill.probability(table, "appliedIn", ["bw=带进", "bw=了"], []) == pytest.approx(1 / (1 + 2.718281828 ** -2))
    assert relfill.probability(relfill.by_relation({}), "appliedIn", ["bw=带进"], []) == 0.5
    text = "某县把人工智能带进了中医药产业。"
    ms = [mention(text, "人工智能", "Technology"), mention(text, "中医药产业", "Industry")]
    table = relfill.by_relation({"appliedIn": 3.0, "": -2.0})
    added = relfill.fill(text, split_sentences(text), ms, [], tokens_of(text), table, 0.6)
    assert [(r.head_text, r.type, r.tail_text, r.evidence.rule) for r in added] == [
        ("人工智能", "appliedIn", "中医药产业", relfill.RULE)]
    assert relfill.fill(text, split_sentences(text), ms, [], tokens_of(text), table, 0.9) == []


def reference_fill(text, mentions, relations, table, threshold, thresholds={}):
    """`fill` spelt out as `probability` over `candidates` (what the model was trained on)."""
    best = {}
    for head, rel, tail, (s, e), base, own in cands(text, mentions, relations):
        p = relfill.probability(table, rel, base, own)
        if p < thresholds.get(rel, threshold):
            continue
        key = (head.text, rel, tail.text)
        if key not in best or p > best[key][0]:
            best[key] = (p, s, e)
    return sorted((s, k, e, round(p, 4)) for k, (p, s, e) in best.items())


# the industries of the made-up texts of the two scoring tests below
INDUSTRIES = ("甲光电产业", "乙光电产业", "丙光电产业", "金融行业", "中医药产业", "丁材料产业", "戊光电产业")


def test_fill_scores_exactly_the_candidates_features():
    text = ("某方案聚焦甲光电产业、乙光电产业和丙光电产业，推动量子通信赋能金融行业。"
            "某省科技厅与某市把人工智能带进了中医药产业和丁材料产业等领域。"
            "二、某方案：推动戊光电产业。")
    ms = mentions(text, Policy=("某方案",), Industry=INDUSTRIES, Technology=("量子通信", "人工智能"),
                  Organization=("某省科技厅",), Location=("某市",)) + [
        Mention("某方案", "Policy", "某方案", text.rindex("某方案"), text.rindex("某方案") + 3)]
    rules = [Rel("某方案", "prioritizes", "甲光电产业"), Rel("某方案", "prioritizes", "乙光电产业"),
             Rel("人工智能", "appliedIn", "中医药产业")]
    # a weight for every feature of every candidate, with the relations of one type left without weights
    feats = sorted({x for h, r, t, _, base, own in cands(text, ms, rules) for x in relfill.conjoined(r, base, own)
                    if r != "partOf"})
    weights = {x: ((i * 7919) % 200 - 100) / 37.0 for i, x in enumerate(feats)}
    weights[""] = -0.3
    for table in (relfill.by_relation(weights), relfill.by_relation(relfill.load_model()["weights"])):
        for th, by_type in ((0.0, {}), (0.5, {}), (0.5, {"appliedIn": 0.8, "enables": 0.1})):
            got = sorted((r.evidence.start, (r.head_text, r.type, r.tail_text), r.evidence.end, r.evidence.confidence)
                         for r in relfill.fill(text, split_sentences(text), ms, rules, tokens_of(text), table, th,
                                               thresholds=by_type))
            assert got == reference_fill(text, ms, rules, table, th, by_type)
            assert th > 0 or len(got) > 20


def test_a_relation_type_may_have_its_own_threshold(tmp_path):
    text = "某市推动量子通信赋能金融行业。"
    ms = [mention(text, "量子通信", "Technology"), mention(text, "金融行业", "Industry")]
    table = relfill.by_relation({"appliedIn": 3.0, "enables": 3.0, "": -2.0})  # both at 0.73
    args = (text, split_sentences(text), ms, [], tokens_of(text), table, 0.5)
    assert {r.type for r in relfill.fill(*args)} == {"appliedIn", "enables"}
    assert {r.type for r in relfill.fill(*args, thresholds={"appliedIn": 0.8})} == {"enables"}
    # the model file's thresholds are the component's (unless a threshold is configured)
    path = tmp_path / "m.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"appliedIn|bw=带进": 6.0, "": -3.0}, "threshold": 0.5,
                   "thresholds": {"appliedIn": 0.999}}, fh)
    nlp = build_nlp()
    nlp.add_pipe("kg_relfill", after="kg_relations", config={"model": str(path)})
    assert GAP not in {(r.head_text, r.type, r.tail_text) for r in run(nlp, GAP_TEXT)}


# ------------------------------------------------------------------ through the pipeline


def test_a_hand_written_model_fills_the_gap_the_rules_leave(tmp_path):
    model = write_model(tmp_path / "m.json.gz", {"appliedIn|bw=带进": 6.0, "": -3.0})
    plain = build_nlp()
    assert GAP not in {(r.head_text, r.type, r.tail_text) for r in run(plain, GAP_TEXT)}
    nlp = build_nlp()
    nlp.add_pipe("kg_relfill", after="kg_relations", config={"model": str(model)})
    got = {(r.head_text, r.type, r.tail_text): r for r in run(nlp, GAP_TEXT)}
    assert GAP in got and got[GAP].evidence.rule == relfill.RULE
    assert not any(k[1] != "appliedIn" for k, r in got.items() if r.evidence.rule == relfill.RULE)


def test_a_triple_the_model_skips_is_never_added(tmp_path):
    text = "某县把人工智能带进了中医药产业。"
    ms = [mention(text, "人工智能", "Technology"), mention(text, "中医药产业", "Industry")]
    table = relfill.by_relation({"appliedIn": 3.0, "enables": 3.0, "": -2.0})
    args = (text, split_sentences(text), ms, [], tokens_of(text), table, 0.6)
    assert {r.type for r in relfill.fill(*args)} == {"appliedIn", "enables"}
    assert {r.type for r in relfill.fill(*args, skip=frozenset({("Technology", "enables", "Industry")}))} == {"appliedIn"}
    # the model file's "skip" list reaches the pipeline's component
    model = tmp_path / "m.json.gz"
    with gzip.open(model, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"appliedIn|bw=带进": 6.0, "": -3.0}, "threshold": 0.5,
                   "skip": [["Technology", "appliedIn", "Industry"]]}, fh)
    nlp = build_nlp()
    nlp.add_pipe("kg_relfill", after="kg_relations", config={"model": str(model)})
    assert GAP not in {(r.head_text, r.type, r.tail_text) for r in run(nlp, GAP_TEXT)}


def test_the_shipped_model_loads_once_with_its_threshold():
    m = relfill.load_model()
    assert relfill.load_model() is m
    assert 0 < m["threshold"] < 1 and m["weights"]
    assert all(isinstance(w, float) for w in m["weights"].values())


# a plan that lists what it names, in words the rules do not read as a priority cue
PLAN_TEXT = "某市经信局印发《智慧农业发展行动计划》，计划三年内建成人工智能、物联网和北斗导航应用示范基地。"
PLAN_GAP = ("《智慧农业发展行动计划》", "prioritizes", "物联网")


def test_off_by_default_and_after_the_rule_relations_with_the_keyword():
    from kg.extract import extract_text
    from kg.options import DEFAULT_EXTRACTOR, RULES_ONLY, ExtractorOptions

    def triples(options):
        return {(r.head_text, r.type, r.tail_text) for r in extract_text(PLAN_TEXT, extractor=options).relations}

    assert PLAN_GAP not in triples(DEFAULT_EXTRACTOR)  # off by default (session 51: it lost on held-out text)
    assert PLAN_GAP in triples(ExtractorOptions(relfill=True))
    assert "kg_relfill" not in get_nlp(RULES_ONLY).pipe_names
    assert "kg_relfill" not in get_nlp().pipe_names
    names = get_nlp(ExtractorOptions(relfill=True)).pipe_names
    assert names.index("kg_relfill") == names.index("kg_relations") + 1


def test_a_build_with_the_gap_filler_is_another_extractor():
    from kg.builder.cache import extractor_fingerprint
    from kg.options import ExtractorOptions

    assert extractor_fingerprint(ExtractorOptions(relfill=True)) != extractor_fingerprint()
    assert extractor_fingerprint(ExtractorOptions(relfill=False)) == extractor_fingerprint()
    assert extractor_fingerprint(ExtractorOptions(crf=True, relfill=True)) != extractor_fingerprint(ExtractorOptions(crf=True))


def test_relfill_option_on_kg_extract(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": PLAN_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    for flags, filled in (([], False), (["--relfill"], True), (["--no-relfill"], False)):
        r = subprocess.run([sys.executable, "-m", "kg", "extract", str(src), *flags], capture_output=True, text=True,
                           cwd=ROOT, timeout=300)
        assert r.returncode == 0, r.stderr
        rec = json.loads(r.stdout)
        got = {(x["head"], x["type"], x["tail"]) for x in rec["relations"]}
        assert (PLAN_GAP in got) == filled, flags


def test_no_priority_to_a_mention_the_rules_rule_out(tmp_path):
    text = "《某市数字经济行动方案》提出，推动人工智能、大数据等新一代信息技术在医疗领域的应用。"
    ms = [mention(text, "《某市数字经济行动方案》", "Policy"), mention(text, "人工智能", "Technology")]
    table = relfill.by_relation({"prioritizes": 3.0, "": -2.0})
    args = (text, split_sentences(text), ms, [], tokens_of(text), table, 0.6)
    assert {r.type for r in relfill.fill(*args)} == {"prioritizes"}
    assert relfill.fill(*args, not_priority={ms[1].start}) == []
    # through the pipeline: the items of a technology class applied in a field are examples of the
    # class (kg_relations marks them), so a model that relates every pair still adds no priority to them
    model = write_model(tmp_path / "m.json.gz", {"prioritizes": 6.0, "": -3.0})
    nlp = build_nlp()
    nlp.add_pipe("kg_relfill", after="kg_relations", config={"model": str(model)})
    doc = nlp.make_doc(text)
    doc.user_data["kg_raw"] = text
    doc.user_data["kg_sentences"] = split_sentences(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    ruled_out = {m.text for m in doc.user_data["kg_mentions"] if m.start in doc.user_data["kg_not_priority"]}
    assert {"人工智能", "大数据"} <= ruled_out
    added = {r.tail_text for r in doc.user_data["kg_relations"] if r.evidence.rule == relfill.RULE and r.type == "prioritizes"}
    assert not added & ruled_out


# ------------------------------------------------------------------ the model file


def test_a_model_file_is_validated_on_load(tmp_path):
    good = {"appliedIn|bw=带进": 1.0, "partOf|lpt=f": 0.5, "": -1.0}
    assert relfill.load_model(write_model(tmp_path / "ok.json.gz", good))["weights"] == good
    for i, (weights, threshold) in enumerate([({"madeUp|bw=x": 1.0}, 0.5), ({"appliedIn|bw=x": "1"}, 0.5),
                                              (good, 1.5)]):
        with pytest.raises(ValueError):
            relfill.load_model(write_model(tmp_path / f"bad{i}.json.gz", weights, threshold))


def test_fill_keeps_what_the_exact_scores_keep_under_random_weights():
    """`fill` (its own order of lookups, its early cut-off under the lowest threshold) keeps exactly what
    `probability` over `candidates` keeps, for random weights and per-type thresholds: the check any
    faster scoring must pass."""
    import random

    text = ("某方案聚焦甲光电产业、乙光电产业和丙光电产业，推动量子通信赋能金融行业，并在某市落地。"
            "某省科技厅与某市把人工智能带进了中医药产业和丁材料产业等领域，又把量子通信用于金融行业。"
            "二、某方案：推动戊光电产业。某院士在某市出席了某论坛。")
    ms = mentions(text, Policy=("某方案",), Industry=INDUSTRIES, Technology=("量子通信", "人工智能"),
                  Institution=("某省科技厅",), Region=("某市",), Person=("某院士",), Event=("某论坛",))
    rules = [Rel("某方案", "prioritizes", "甲光电产业"), Rel("人工智能", "appliedIn", "中医药产业")]
    feats = sorted({x for h, r, t, _, base, own in cands(text, ms, rules) for x in relfill.conjoined(r, base, own)})
    kept = dropped = 0
    for seed in range(30):
        rnd = random.Random(seed)
        weights = {x: rnd.gauss(0.0, 2.0 if "|bw=" in x or "|b0=" in x else 0.7) for x in feats if rnd.random() < 0.8}
        weights[""] = rnd.uniform(-4.0, 0.0)
        table = relfill.by_relation(weights)
        for th, by_type in ((0.5, {}), (0.9, {}), (0.3, {"appliedIn": 0.8, "partOf": 0.95})):
            got = sorted((r.evidence.start, (r.head_text, r.type, r.tail_text), r.evidence.end, r.evidence.confidence)
                         for r in relfill.fill(text, split_sentences(text), ms, rules, tokens_of(text), table, th,
                                               thresholds=by_type))
            assert got == reference_fill(text, ms, rules, table, th, by_type)
            kept += len(got)
            dropped += len(reference_fill(text, ms, rules, table, 0.0)) - len(got)
    assert kept > 10 and dropped > 10  # (both sides of the thresholds are exercised)
