"""`kg eval` prints the reference scorer's numbers (tests/data/score.py)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from kg.cli.render import format_scores
from kg.eval import score

DATA = Path(__file__).parent / "data"


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
