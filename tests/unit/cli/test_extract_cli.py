"""`kg extract` contract: extraction in a real `kg` process, the one-line
errors for bad input through the same entry point in-process (support.cli)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from support.cli import run_kg

KG = [sys.executable, "-m", "kg"]


def run(args, stdin=None, cwd=None):
    return subprocess.run(KG + args, input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=cwd)


@pytest.mark.slow  # starts `kg` and loads the extractor: over 2 s
def test_extract_file_to_file(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "p1", "text": "工信部发布《人形机器人创新发展指导意见》，人形机器人和人形机器人产业迎来机遇。"}, ensure_ascii=False) + "\n\n"
        + json.dumps({"id": "p2", "text": "没有实体的一句话。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    r = run(["extract", str(src), "-o", str(out)])
    assert r.returncode == 0, r.stderr
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in recs] == ["p1", "p2"]
    p1 = recs[0]
    text = "工信部发布《人形机器人创新发展指导意见》，人形机器人和人形机器人产业迎来机遇。"
    pairs = [(e["text"], e["type"]) for e in p1["entities"]]
    assert len(pairs) == len(set(pairs)), "each (surface, type) once"
    assert ("工信部", "Institution") in pairs
    assert {e["label"] for e in p1["entities"] if e["text"] == "工信部"} == {"工业和信息化部"}
    assert ("人形机器人", "Technology") in pairs and ("人形机器人产业", "Industry") in pairs
    for e in p1["entities"]:
        assert e["text"] in text and set(e) == {"text", "type", "label"}
    for rel in p1["relations"]:
        assert set(rel) == {"head", "type", "tail"}
        assert rel["head"] in text and rel["tail"] in text
    assert recs[1]["entities"] == []


@pytest.mark.slow  # starts `kg` and loads the extractor: over 2 s
def test_extract_stdin_to_stdout():
    line = json.dumps({"id": "x", "text": "上海发展量子计算。"}, ensure_ascii=False)
    r = run(["extract", "-"], stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout.strip())
    assert rec["id"] == "x"
    assert ("上海", "Region") in {(e["text"], e["type"]) for e in rec["entities"]}


def test_malformed_json_line_names_line_number(tmp_path: Path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "text": "人工智能"}\n{"id": "b", "text": \n', encoding="utf-8")
    r = run_kg("extract", src)
    assert r.returncode != 0
    err = r.stderr.strip()
    assert "line 2" in err and "\n" not in err and "Traceback" not in err


def test_missing_input_file(tmp_path: Path):
    r = run_kg("extract", tmp_path / "nope.jsonl")
    assert r.returncode != 0
    assert r.stderr.startswith("error:") and "Traceback" not in r.stderr


def test_record_without_text_names_its_line(tmp_path: Path):
    src = tmp_path / "notext.jsonl"
    src.write_text('{"id": "a", "text": "人工智能"}\n\n{"id": "b"}\n', encoding="utf-8")
    r = run_kg("extract", src)
    assert r.returncode != 0
    assert "line 3" in r.stderr and r.stderr.startswith("error:")


@pytest.mark.slow
def test_a_passage_longer_than_a_million_characters(tmp_path: Path):
    text = "人工智能赋能制造业，推动生产方式变革。" * 60_000  # 1.14 M characters on one line
    src = tmp_path / "long.jsonl"
    src.write_text(json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = subprocess.run(KG + ["extract", str(src)], capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    rec = json.loads(r.stdout)
    assert {"人工智能", "制造业"} <= {e["text"] for e in rec["entities"]}
    assert {"head": "人工智能", "type": "enables", "tail": "制造业"} in rec["relations"]
