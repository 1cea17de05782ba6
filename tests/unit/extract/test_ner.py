"""The statistical NER component (kg_ner, the `ner` extra): its gate, the
--ner option through a real `kg` process, and the error without the extra."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.ner import RULE, gate
from kg.extract.rules import Cand
from kg.options import ExtractorOptions

jiagu = pytest.importorskip("jiagu", reason="the ner extra (pip install 'kg[ner]') is part of the test extra")

KG = [sys.executable, "-m", "kg"]
WITH_NER = ExtractorOptions(ner=True)  # the default extractor with the statistical names
NO_JIAGU = "import sys; sys.modules['jiagu'] = None; from kg.cli import main; sys.argv[0] = 'kg'; main()"
MISSING = "error: --ner needs the ner extra: pip install 'kg[ner]'"


def run(args, *, no_jiagu=False, cwd=None):
    cmd = [sys.executable, "-c", NO_JIAGU, *args] if no_jiagu else KG + args
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=cwd)


def rule(text: str, surface: str, etype: str, start: int = 0) -> Cand:
    s = text.index(surface, start)
    return Cand(s, s + len(surface), etype, surface, "rule", 0)


def spans(text: str, cands) -> set[tuple[str, str]]:
    return {(text[c.start : c.end], c.type) for c in cands}


def name(text: str, surface: str, etype: str) -> tuple[int, int, str]:
    s = text.index(surface)
    return (s, s + len(surface), etype)


GATE = dict(min_chars=2, not_entities=frozenset({"国家"}))


# --------------------------------------------------------------------------- the gate


def test_gate_never_cuts_into_a_rule_entity():
    text = "中国科学院院士潘建伟发言"
    chosen = [rule(text, "中国科学院", "Institution")]
    # 院院士 crosses the rule span's end: dropped, the rule entity stands
    kept = gate(text, [name(text, "科学院院士", "Institution")], chosen, [], **GATE)
    assert spans(text, kept) == {("中国科学院", "Institution")}


def test_gate_never_overrides_an_equal_rule_entity():
    text = "华为在深圳发布新品"
    chosen = [rule(text, "华为", "Institution")]
    kept = gate(text, [name(text, "华为", "Person")], chosen, [], **GATE)
    assert spans(text, kept) == {("华为", "Institution")}


def test_gate_never_touches_a_title():
    text = "国务院印发《张江科学城建设方案》"
    chosen = [rule(text, "国务院", "Institution"), rule(text, "《张江科学城建设方案》", "Policy")]
    # inside the title, and straddling its opening bracket: both dropped
    names = [name(text, "张江", "Region"), name(text, "印发《张江", "Institution")]
    assert spans(text, gate(text, names, chosen, [], **GATE)) == spans(text, chosen)
    # a title the rules did not make an entity is still fenced off
    assert gate(text, [name(text, "张江", "Region")], [], [], **GATE) == []


def test_gate_replaces_only_what_it_strictly_contains():
    text = "华为技术有限公司在深圳签约"
    chosen = [rule(text, "华为", "Institution"), rule(text, "深圳", "Region")]
    kept = gate(text, [name(text, "华为技术有限公司", "Institution")], chosen, [], **GATE)
    assert spans(text, kept) == {("华为技术有限公司", "Institution"), ("深圳", "Region")}
    new = [c for c in kept if c.rule == RULE]
    assert [(c.start, c.end) for c in new] == [(0, 8)]


def test_gate_keeps_a_place_with_its_province_as_two_places():
    text = "广东韶关的企业"
    chosen = [rule(text, "广东", "Region"), rule(text, "韶关", "Region")]
    kept = gate(text, [name(text, "广东韶关", "Region")], chosen, [], **GATE)
    assert spans(text, kept) == {("广东", "Region"), ("韶关", "Region")}


def test_gate_respects_stop_listed_spans_and_words():
    text = "推进中国式现代化，国家统计局发布数据"
    blocked = [rule(text, "中国式现代化", "-"), rule(text, "国家", "-")]
    names = [name(text, "中国", "Region"), name(text, "国家", "Institution"), name(text, "国家统计局", "Institution")]
    kept = gate(text, names, [], blocked, **GATE)
    # 中国 cuts into a stop-listed span, 国家 is one; 国家统计局 contains one and stands
    assert spans(text, kept) == {("国家统计局", "Institution")}


# --------------------------------------------------------------------------- the component in the pipeline


def test_ner_adds_names_the_rules_miss():
    from kg.extract import extract_text

    # (张伟和李明出席… is a pair of names the rules find since N2: person.pair)
    text = "签约仪式上，张伟的团队与李明的公司达成合作，双方代表在俄罗斯莫斯科会面。"
    rules_only = {(m.text, m.type) for m in extract_text(text).mentions}
    with_ner = {(m.text, m.type) for m in extract_text(text, extractor=WITH_NER).mentions}
    assert ("张伟", "Person") not in rules_only
    assert {("张伟", "Person"), ("李明", "Person")} <= with_ner
    assert rules_only - with_ner == set(), "NER only adds, or replaces what it contains"


def test_ner_joins_a_name_tagged_in_pieces_and_cuts_at_separators():
    from kg.extract import extract_text

    # the model tags 许 and 洪亮 apart, and runs 山东泰山队 on over the comma
    got = {(m.text, m.type) for m in extract_text("国家航天局新闻发言人许洪亮介绍了任务进展。", extractor=WITH_NER).mentions}
    assert ("许洪亮", "Person") in got and ("洪亮", "Person") not in got
    got = {(m.text, m.type) for m in extract_text("广州恒大队主场迎战山东泰山队，武磊和郜林均未出场。", extractor=WITH_NER).mentions}
    assert ("山东泰山队", "Institution") in got
    assert not any("，" in t for t, _ in got)


def test_ner_leaves_titles_and_rule_entities_whole():
    from kg.extract import extract_text

    text = "工业和信息化部印发《关于推动未来产业创新发展的实施意见》，王小明在北京表示将推动人工智能赋能制造业。"
    rules_only = {(m.text, m.type, m.start) for m in extract_text(text).mentions}
    with_ner = {(m.text, m.type, m.start) for m in extract_text(text, extractor=WITH_NER).mentions}
    assert rules_only <= with_ner
    title = text.index("《"), text.index("》") + 1
    for _, _, s in with_ner - rules_only:
        assert not (title[0] <= s < title[1])


# --------------------------------------------------------------------------- the option, real processes


@pytest.mark.slow  # starts `kg` and loads the extractor: over 2 s
def test_kg_extract_ner_option(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    text = "梅西攻入制胜一球，张伟的家人在俄罗斯莫斯科观看了比赛。"
    src.write_text(json.dumps({"id": "n1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    outs = {}
    for flag in ("--no-ner", "--ner"):
        out = tmp_path / f"out{flag}.jsonl"
        r = run(["extract", str(src), "-o", str(out), flag])
        assert r.returncode == 0, r.stderr
        rec = json.loads(out.read_text(encoding="utf-8"))
        outs[flag] = {(e["text"], e["type"]) for e in rec["entities"]}
        for e in rec["entities"]:
            assert e["text"] in text
    assert ("张伟", "Person") in outs["--ner"] - outs["--no-ner"]
    assert outs["--no-ner"] <= outs["--ner"]


@pytest.mark.slow  # starts `kg` and loads the extractor: over 2 s
def test_missing_extra_is_one_line(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": "张伟出席。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("张伟出席。\n", encoding="utf-8")
    for args in (["extract", str(src), "--ner"], ["eval", str(src), "--ner"],
                 ["build", str(corpus), "--out", str(tmp_path / "out"), "--ner", "-q"]):
        r = run(args, no_jiagu=True)
        assert r.returncode != 0
        assert r.stderr.strip() == MISSING, (args, r.stderr)
        assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists(), "a build without the extra touches nothing"
    # without --ner the same interpreter (jiagu unimportable) extracts as before
    r = run(["extract", str(src)], no_jiagu=True)
    assert r.returncode == 0, r.stderr


def test_cache_key_includes_ner():
    from kg.builder.cache import extractor_fingerprint

    assert extractor_fingerprint(WITH_NER) != extractor_fingerprint(ExtractorOptions(ner=False))


@pytest.mark.slow
def test_build_with_ner_reextracts_and_reuses_its_own_cache(tmp_path: Path):
    import kg.api

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("新闻稿\n\n张伟和李明出席了在上海举行的签约仪式。工信部推动人工智能赋能制造业。\n", encoding="utf-8")
    out = tmp_path / "out"
    plain = kg.api.build(corpus, out=out, jobs=1, progress=False)
    assert plain["extracted"] == 1
    ner = kg.api.build(corpus, out=out, jobs=1, progress=False, extractor=WITH_NER)
    assert ner["extracted"] == 1, "the cache of the rule pipeline is not reused with NER"
    again = kg.api.build(corpus, out=out, jobs=1, progress=False, extractor=WITH_NER)
    assert again["extracted"] == 0 and again["cached"] == 1
    labels = {r[0] for r in kg.api.Graph.open(out).sparql("SELECT ?l WHERE { ?p a kg:Person ; rdfs:label ?l }").rows}
    assert {"张伟", "李明"} <= labels


def test_fast_tagger_labels_as_jiagu_does():
    import jieba

    from kg.extract.ner import _fast_predict, load_tagger

    jiagu.any.init_ner()
    ours = _fast_predict(jiagu.any.ner_model.model)
    assert load_tagger() is not jiagu.any.ner_model.predict, "the fast path is the one in use"
    for text in ("据路透社报道，德国总理朔尔茨周三抵达华盛顿，与美国总统拜登讨论乌克兰局势。",
                 "中国科学院院士潘建伟领导的团队在合肥成功研制出量子计算原型机。",
                 "华为技术有限公司与清华大学在深圳签署合作协议，王小明出席。"):
        words = jieba.lcut(text)
        assert ours(words) == jiagu.ner(words)
