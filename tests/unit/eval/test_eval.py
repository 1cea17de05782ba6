"""`kg eval` prints the reference scorer's numbers (tests/data/score.py)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli.render import format_scores
from kg.eval import score

from support import DATA_DIR as DATA
from support.cli import run_kg


def reference():
    spec = importlib.util.spec_from_file_location("score_ref", DATA / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GOLD = [
    {"id": "a", "entities": [{"text": "人工智能", "type": "Technology"}, {"text": "制造业", "type": "Industry"}],
     "relations": [{"head": "人工智能", "type": "enables", "tail": "制造业"}]},
    {"id": "b", "entities": [{"text": "北京", "type": "Region"}], "relations": []},
    {"id": "c", "entities": [{"text": "光明日报", "type": "Publication"}], "relations": []},
]
PRED = [
    {"id": "a", "entities": [{"text": "人工智能", "type": "Technology"}, {"text": "制造业", "type": "Technology"}],
     "relations": [{"head": "人工智能", "type": "enables", "tail": "制造业"}, {"head": "制造业", "type": "partOf", "tail": "人工智能"}]},
    {"id": "b", "entities": [{"text": "北京", "type": "Region"}, {"text": "上海", "type": "Region"}], "relations": []},
]


def test_score_matches_reference_scorer():
    ref = reference().score({g["id"]: g for g in GOLD}, {p["id"]: p for p in PRED})
    ours = score(GOLD, PRED)
    assert json.loads(json.dumps(ours)) == json.loads(json.dumps(ref))
    assert ours["missing_predictions"] == 1
    assert abs(ours["entities_typed"][0] - 2 / 4) < 1e-9


@pytest.mark.slow  # starts `kg` and loads the extractor: over 2 s
def test_kg_eval_prints_reference_numbers(tmp_path: Path):
    gold = DATA / "dev.jsonl"
    r = subprocess.run([sys.executable, "-m", "kg", "eval", str(gold)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    pred_path = tmp_path / "pred.jsonl"
    subprocess.run([sys.executable, "-m", "kg", "extract", str(gold), "-o", str(pred_path)], check=True, timeout=300)
    ref = subprocess.run([sys.executable, str(DATA / "score.py"), str(gold), str(pred_path), "--by-type"],
                         capture_output=True, text=True, check=True)
    assert r.stdout.strip() == ref.stdout.strip()
    assert "entities_typed" in r.stdout


def test_format_scores_lines():
    text = format_scores(score(GOLD, PRED))
    assert text.splitlines()[0].startswith("entities_typed     P=0.500")
    assert "missing predictions for 1 of 3 passages" in text


# ---------------------------------------------------------------- gold validation

def kg_eval(tmp_path: Path, lines: list[str]):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(l + "\n" for l in lines), encoding="utf-8")
    return run_kg("eval", gold)  # in-process: the same entry point, without an interpreter start per case


GOOD = json.dumps({"id": "a", "text": "人工智能赋能制造业。", "entities": [{"text": "人工智能", "type": "Technology"}],
                   "relations": [{"head": "人工智能", "type": "enables", "tail": "制造业"}]}, ensure_ascii=False)


def bad(**changes) -> str:
    rec = json.loads(GOOD)
    rec.update(changes)
    return json.dumps(rec, ensure_ascii=False)


@pytest.mark.parametrize("line, message", [
    (bad(id="a"), "line 2: duplicate id 'a' (first on line 1)"),
    ("[1, 2]", "line 2: expected a JSON object"),
    ("{\"id\": \"b\"", "line 2: malformed JSON"),
    (bad(id="b", text=None), "line 2: needs a string \"text\""),
    (bad(id="b", entities={"text": "x"}), "line 2: \"entities\" must be a list"),
    (bad(id="b", entities=[{"text": "人工智能"}]), "line 2: entity 1 needs a string \"text\" and \"type\""),
    (bad(id="b", entities=[{"text": "人工智能", "type": "Tech"}]), "line 2: entity 1 has an unknown type 'Tech'"),
    (bad(id="b", relations=[["人工智能", "enables", "制造业"]]), "line 2: relation 1 needs string \"head\", \"type\" and \"tail\""),
    (bad(id="b", relations=[{"head": "人工智能", "type": "boosts", "tail": "制造业"}]), "line 2: relation 1 has an unknown type 'boosts'"),
    (bad(id=["b"]), "line 2: \"id\" must be a string or a number"),
])
def test_bad_gold_records_are_refused_with_their_line(tmp_path, line, message):
    r = kg_eval(tmp_path, [GOOD, line])
    assert r.returncode == 2, r.stdout
    assert r.stderr.splitlines() == [f"error: {tmp_path / 'gold.jsonl'}: {message}"] or (
        len(r.stderr.splitlines()) == 1 and r.stderr.startswith(f"error: {tmp_path / 'gold.jsonl'}: {message}")), r.stderr


def test_an_empty_gold_file_is_an_error(tmp_path):
    r = kg_eval(tmp_path, ["", "  "])
    assert r.returncode == 2
    assert r.stderr.strip() == f"error: {tmp_path / 'gold.jsonl'}: no gold records"


@pytest.mark.slow  # starts `kg` and loads the extractor: over 2 s
def test_valid_gold_still_scores_like_the_reference(tmp_path):
    from kg.eval import read_gold

    r = kg_eval(tmp_path, [GOOD])
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("entities_typed     P=")
    assert read_gold(tmp_path / "gold.jsonl")[0]["id"] == "a"
