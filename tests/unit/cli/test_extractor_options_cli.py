"""The extractor's optional components reach the extractor from each command
that runs it: `kg extract`, `kg eval` and `kg build` declare one option per
field of kg.options.ExtractorOptions and hand the pipeline the value they
make (kg.cli.commands.extractor_options); a build with another set of
components is another extractor, so it re-extracts instead of reusing the
cache of the build before.  No mocks: the real pipelines run on made-up
passages where each component, switched from its default, changes the output."""
from __future__ import annotations

import json
import re
from dataclasses import fields, replace
from pathlib import Path

import pytest

from kg.options import DEFAULT_EXTRACTOR, ExtractorOptions
from support.cli import run_kg

PLAN_GAP = ("《智慧农业发展行动计划》", "prioritizes", "物联网")  # a relation the gap-filler adds (tests/unit/extract/test_relfill.py)
# field -> (made-up passage, what the default output has that the switched one lacks, what only the switched one has):
# entities as (text, type), relations as (head, type, tail)
SWITCHED = {
    "relfill": ("某市经信局印发《智慧农业发展行动计划》，计划三年内建成人工智能、物联网和北斗导航应用示范基地。", set(), {PLAN_GAP}),
    "retype": ("某县涉及量子雷达与光量子芯片、高超声速飞行器等方向。",
               {("高超声速飞行器", "Technology")}, {("高超声速飞行器", "Industry")}),
    "spanfill": ("围绕高端数控机床、工业母机和精密减速器等领域开展攻关。", {("精密减速器", "Technology")}, set()),
    "prune": ("某省优化产业结构和能源结构，大力发展新能源，积极有序发展风能。", set(), {("能源", "Industry")}),
    "crf": ("某区推进深海浮标技术攻关。", set(), {("深海浮标", "Technology")}),
    "ner": ("签约仪式上，张伟的团队与李明的公司达成合作，双方代表在俄罗斯莫斯科会面。", set(), {("张伟", "Person")}),
}
EXTRA = {"ner": "jiagu", "crf": "pycrfsuite"}  # the extra a component needs


def _flag(name: str) -> str:
    """The option that switches component NAME from its default."""
    return f"--no-{name}" if getattr(DEFAULT_EXTRACTOR, name) else f"--{name}"


def _switched(name: str) -> ExtractorOptions:
    return replace(DEFAULT_EXTRACTOR, **{name: not getattr(DEFAULT_EXTRACTOR, name)})


def _items(record: dict) -> set[tuple[str, ...]]:
    return {(e["text"], e["type"]) for e in record["entities"]} | \
        {(r["head"], r["type"], r["tail"]) for r in record["relations"]}


@pytest.fixture(scope="module")
def passages(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("passages") / "in.jsonl"
    path.write_text("".join(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n"
                            for name, (text, _, _) in SWITCHED.items()), encoding="utf-8")
    return path


def _kg_extract(path: Path, *flags: str) -> dict[str, dict]:
    r = run_kg("extract", path, *flags)
    assert r.returncode == 0, r.stderr
    return {rec["id"]: rec for rec in map(json.loads, r.stdout.splitlines())}


@pytest.fixture(scope="module")
def default_output(passages) -> dict[str, dict]:
    return _kg_extract(passages)


def test_every_field_of_the_options_is_an_option_of_the_extracting_commands():
    import typer.main

    from kg.cli import app

    cli = typer.main.get_command(app)
    names = [f.name for f in fields(ExtractorOptions)]
    assert set(SWITCHED) == set(names)  # (this file tests every component)
    for command in ("build", "extract", "eval"):
        params = {p.name: p for p in cli.commands[command].params}
        assert "extractor" not in params
        for name in names:
            assert params[name].opts == [f"--{name}"] and params[name].secondary_opts == [f"--no-{name}"], command
            assert params[name].default == getattr(DEFAULT_EXTRACTOR, name), command


@pytest.mark.parametrize("name", list(SWITCHED))
def test_a_switched_option_of_kg_extract_reaches_the_pipeline(name, passages, default_output):
    if name in EXTRA:
        pytest.importorskip(EXTRA[name])
    from kg.extract import extract_passages

    got = _kg_extract(passages, _flag(name))
    records = [json.loads(line) for line in passages.read_text(encoding="utf-8").splitlines()]
    assert list(got.values()) == extract_passages(records, extractor=_switched(name))
    _, only_default, only_switched = SWITCHED[name]
    before, after = _items(default_output[name]), _items(got[name])
    assert only_default <= before - after, name
    assert only_switched <= after - before, name
    assert before != after, name


def test_relfill_only_adds_relations_to_the_rule_relations(passages, default_output):
    got = _kg_extract(passages, "--relfill")
    for rid, record in got.items():  # the gap-filler only adds relations
        rules = {(r["head"], r["type"], r["tail"]) for r in default_output[rid]["relations"]}
        assert rules <= {(r["head"], r["type"], r["tail"]) for r in record["relations"]}, rid
        assert record["entities"] == default_output[rid]["entities"], rid


def test_a_switched_option_of_kg_eval_reaches_the_pipeline(tmp_path):
    from kg.api import evaluate

    gold = tmp_path / "gold.jsonl"
    text = SWITCHED["relfill"][0]
    head, rtype, tail = PLAN_GAP
    gold.write_text(json.dumps({"id": "plan", "text": text, "entities": [],
                                "relations": [{"head": head, "type": rtype, "tail": tail}]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    scores = {}
    for flags in ((), ("--relfill",)):
        r = run_kg("eval", gold, "--json", *flags)
        assert r.returncode == 0, r.stderr
        scores[flags] = json.loads(r.stdout)
    assert scores[("--relfill",)] == json.loads(json.dumps(evaluate(gold, extractor=_switched("relfill"))))
    assert scores[()]["relations"] != scores[("--relfill",)]["relations"]  # the gold relation is the gap-filler's


def _counts(out: str) -> tuple[int, int]:
    m = re.search(r"\((\d+) extracted, (\d+) from cache\)", out)
    assert m, out
    return int(m.group(1)), int(m.group(2))


@pytest.mark.slow  # loads the extractor and builds three times
@pytest.mark.parametrize("flag", ["--no-prune", "--no-spanfill"])
def test_a_build_with_a_component_switched_re_extracts(tmp_path: Path, flag: str):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("某市印发《智能制造发展行动计划》，推动工业机器人和增材制造产业发展。", encoding="utf-8")
    out = tmp_path / "out"
    first = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1)
    assert first.returncode == 0, first.stderr
    again = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1)
    assert _counts(again.stdout) == (0, 1)  # same extractor: the cache serves
    other = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1, flag)
    assert other.returncode == 0, other.stderr
    assert _counts(other.stdout) == (1, 0)  # another extractor: extracted again


@pytest.mark.slow  # builds twice
def test_a_switched_option_of_kg_build_reaches_the_pipeline(tmp_path: Path):
    from kg.api import Graph

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(SWITCHED["relfill"][0], encoding="utf-8")
    found = {}
    for flags in ((), ("--relfill",)):
        out = tmp_path / ("out" + "".join(flags))
        r = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1, *flags)
        assert r.returncode == 0, r.stderr
        rows = Graph.open(out).sparql("SELECT ?t WHERE { ?p kg:prioritizes ?x . ?x rdfs:label ?t }").rows
        found[flags] = {row[0] for row in rows}
    assert PLAN_GAP[2] in found[("--relfill",)] - found[()]
