"""The Technology / Industry gap-filler (kg_crf, kg/extract/crf.py): its gate,
the shipped model through the real pipeline, and the --crf option.  The
sentences are made up."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite", reason="python-crfsuite (the crf extra) is part of the test extra")

from kg.extract import crf  # noqa: E402
from kg.extract.core import extract_text  # noqa: E402
from kg.extract.extra import CRF_MISSING  # noqa: E402
from kg.extract.rules import NOT_ENTITY, Cand  # noqa: E402
from kg.options import ExtractorOptions  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


# a made-up term no lexicon or rule knows, in a list slot beside one the rules know
GAP_TEXT = "围绕高端数控机床、工业母机和精密减速器等领域开展攻关。"
GAP_TERM = "精密减速器"


def rule(text: str, surface: str, etype: str) -> Cand:
    s = text.index(surface)
    return Cand(s, s + len(surface), etype, surface, "rule", 0)


def span(text: str, surface: str, etype: str, conf: float = 0.99) -> tuple[int, int, str, float]:
    s = text.index(surface)
    return (s, s + len(surface), etype, conf)


def gated(text, spans, chosen, blocked=(), threshold=0.9):
    kept = crf.gate(text, spans, list(chosen), list(blocked), threshold=threshold, min_chars=2, not_entities=frozenset())
    return {(text[c.start:c.end], c.type, c.rule) for c in kept}


# ------------------------------------------------------------------ the gate

def test_gate_adds_a_confident_span_in_a_gap():
    text = "推动量子传感、光子芯片、柔性显示等方向发展。"
    chosen = [rule(text, "量子传感", "Technology")]
    got = gated(text, [span(text, "光子芯片", "Technology"), span(text, "柔性显示", "Technology", 0.5)], chosen)
    assert ("光子芯片", "Technology", crf.RULE) in got
    assert not any(s == "柔性显示" for s, _, _ in got)  # under the threshold
    assert ("量子传感", "Technology", "rule") in got


def test_gate_never_cuts_into_or_replaces_a_rule_entity():
    text = "建设海上风电运维基地和智能网联汽车测试场。"
    chosen = [rule(text, "智能网联汽车", "Technology")]
    spans = [span(text, "网联汽车测试", "Technology"),  # cuts into it
             span(text, "智能网联汽车测试场", "Technology"),  # contains it
             span(text, "智能网联汽车", "Industry")]  # equals it with another type
    assert gated(text, spans, chosen) == {("智能网联汽车", "Technology", "rule")}


def test_gate_replaces_contained_rule_spans_only_when_asked_and_sure():
    text = "推进钠离子储能电芯和固态锂电池隔膜研发。"
    chosen = [rule(text, "钠离子储能", "Technology"), rule(text, "锂电池", "Industry")]
    spans = [span(text, "钠离子储能电芯", "Technology", 0.97), span(text, "固态锂电池隔膜", "Technology", 0.9)]
    kw = dict(min_chars=2, not_entities=frozenset(), threshold=0.85)
    got = {(text[c.start:c.end], c.type) for c in crf.gate(text, spans, list(chosen), [], replace=0.95, **kw)}
    assert got == {("钠离子储能电芯", "Technology"), ("锂电池", "Industry")}  # 0.9 < 0.95: 锂电池 stays
    got = {(text[c.start:c.end], c.type) for c in crf.gate(text, spans, list(chosen), [], replace=0.85, **kw)}
    assert got == {("钠离子储能电芯", "Technology"), ("固态锂电池隔膜", "Technology")}
    assert gated(text, spans, chosen, threshold=0.85) == {("钠离子储能", "Technology", "rule"),
                                                          ("锂电池", "Industry", "rule")}  # off: gaps only


def test_gate_never_replaces_another_type_or_a_span_it_cuts():
    text = "支持星河研究院量子计算机和光量子芯片攻关。"
    org = Cand(2, 7, "Organization", "星河研究院", "rule", 0)
    chosen = [org, rule(text, "量子计算机", "Technology"), rule(text, "光量子", "Technology")]
    spans = [span(text, "星河研究院量子计算机", "Technology"),  # holds an Organization
             span(text, "量子芯片", "Technology")]  # cuts 光量子
    kept = crf.gate(text, spans, list(chosen), [], threshold=0.9, min_chars=2, not_entities=frozenset(), replace=0.9)
    assert kept == sorted(chosen)


def test_gate_leaves_titles_stop_listed_words_and_punctuation_alone():
    text = "《关于培育低空制造的意见》提出发展新质生产力，布局深海采矿、极地装备。"
    stop = rule(text, "新质生产力", NOT_ENTITY)
    spans = [span(text, "低空制造", "Industry"),  # inside a title
             span(text, "新质生产力", "Industry"),  # a stop-listed span
             span(text, "深海采矿、极地装备", "Industry")]  # runs over a list separator
    assert gated(text, spans, [], [stop]) == set()


# ------------------------------------------------------------------ the shipped model

def test_model_loads_once_and_tags_deterministically():
    a = crf.load_tagger()
    assert crf.load_tagger() is a
    text = "加快发展微纳卫星遥感、合成生物育种和氢燃料重卡等新兴领域，支持企业开展关键技术攻关。"
    first = extract_text(text, extractor=ExtractorOptions(crf=True)).mentions
    again = extract_text(text, extractor=ExtractorOptions(crf=True)).mentions
    assert [(m.text, m.type, m.start) for m in first] == [(m.text, m.type, m.start) for m in again]


def _pairs(text, crf=False):
    options = ExtractorOptions(crf=crf, spanfill=False)  # (the CRF's gaps are the rules': the span filler off)
    return {(m.text, m.type, m.start) for m in extract_text(text, extractor=options).mentions}


@pytest.mark.parametrize("text", [
    "加快发展微纳卫星遥感、合成生物育种和氢燃料重卡等新兴领域，支持企业开展关键技术攻关。",
    "围绕《某县通用航空产业发展两年行动计划》，布局无人机配送、倾转旋翼飞行器和低空通信网。",
    "推进纺织服装、绿色建材、锂电池材料和智能家电等产业集群建设。",
])
def test_the_component_only_adds(text):
    """Every rule entity stays as it was (never cut, retyped or dropped), and
    no added span overlaps one or a 《》 title."""
    rules = _pairs(text)
    both = _pairs(text, crf=True)
    assert rules <= both
    titles = [(i, text.index("》", i) + 1) for i, ch in enumerate(text) if ch == "《"]
    for surface, etype, start in both - rules:
        end = start + len(surface)
        assert etype in ("Technology", "Industry")
        assert not any(s < end and start < s + len(r) for r, _, s in rules)
        assert not any(a < end and start < b for a, b in titles)


@pytest.mark.parametrize("text, term, etype", [
    (GAP_TEXT, GAP_TERM, "Technology"),
    ("4.发展海洋特色产业。", "海洋特色产业", "Industry"),  # a numbered task naming a sector
])
def test_a_gap_term_is_found(text, term, etype):
    rules = {t for t, _, _ in _pairs(text)}
    added = {(t, ty) for t, ty, _ in _pairs(text, crf=True)} - {(t, ty) for t, ty, _ in _pairs(text)}
    assert term not in rules
    assert (term, etype) in added


def test_crf_option_on_kg_extract(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GAP_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = {}
    for flag in ("--no-crf", "--crf"):
        r = subprocess.run([sys.executable, "-m", "kg", "extract", str(src), flag, "--no-spanfill"], capture_output=True, text=True,
                           encoding="utf-8", timeout=300)
        assert r.returncode == 0, r.stderr
        out[flag] = {e["text"] for e in json.loads(r.stdout)["entities"]}
    assert GAP_TERM in out["--crf"] - out["--no-crf"]


def test_off_by_default_and_placed_before_normalise():
    from kg.extract.pipeline import get_nlp

    assert "kg_crf" not in get_nlp().pipe_names
    names = get_nlp(ExtractorOptions(crf=True)).pipe_names
    assert names.index("kg_conflicts") < names.index("kg_crf") < names.index("kg_normalise")


def test_crf_option_without_crfsuite_says_how_to_install(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GAP_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    code = "import sys; sys.modules['pycrfsuite'] = None; from kg.cli import main; sys.argv[0] = 'kg'; main()"
    r = subprocess.run([sys.executable, "-c", code, "extract", str(src), "--crf"], capture_output=True, text=True,
                       encoding="utf-8", timeout=300)
    assert r.returncode != 0
    assert CRF_MISSING in r.stderr


def test_training_labels_come_from_gold_surfaces_longest_first():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_crf

    item = {"raw": "发展智能农机装备和农机服务。", "gold": [("智能农机装备", "Technology"), ("农机", "Industry"),
                                                   ("农机服务", "Industry")]}
    labels = train_crf.gold_labels(item)
    assert labels[2:8] == ["B-T"] + ["I-T"] * 5  # the longer surface wins its characters
    assert labels[9:13] == ["B-N", "I-N", "I-N", "I-N"]
    assert labels[0:2] == ["O", "O"] and labels[8] == "O" and labels[13] == "O"


def test_training_list_holds_the_opened_sets_and_no_blind_or_devext_one():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_crf

    names = {train_crf.short(s) for s in train_crf.OPEN}
    assert {"dev", "check", "holdout9", "holdout10", "holdout14", "national1", "national5"} <= names
    assert {"holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47"} <= names  # (opened after three sessions blind)
    assert not names & {"holdout48", "holdout49", "holdout50", "devext", "news_pir"}
    assert all(train_crf.set_path(s).exists() for s in train_crf.OPEN)



def test_gap_clauses_open_at_list_slots_and_class_heads_only():
    text = "深化智慧农业平台应用，培育微藻固碳、海洋牧场，突破柔性传感技术。"
    got = [text[s:e] for s, e in crf.gap_clauses(text, [])]
    assert got == ["培育微藻固碳、海洋牧场，", "突破柔性传感技术。"]  # 农业, 平台, 应用 open no clause
    covered = [rule(text, "柔性传感技术", "Technology")]
    assert [text[s:e] for s, e in crf.gap_clauses(text, covered)] == ["培育微藻固碳、海洋牧场，"]
