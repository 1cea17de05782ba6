"""Scoring extractions against gold passages: the same numbers as the reference
scorer (tests/data/score.py): set-based per passage, micro-averaged."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kg.errors import InputError
from kg.model import ENTITY_TYPES, RELATION_TYPES


def read_gold(path: str | Path) -> list[dict]:
    """The gold records of the JSONL file PATH ("-": stdin), validated: each
    line an object with a unique string (or number) "id", a string "text",
    and optional "entities" [{"text", "type"}] and "relations" [{"head",
    "type", "tail"}] of known types.  Anything else is an InputError naming
    the file and line; so is a file without records."""
    name = str(path)
    try:
        if name == "-":
            name, raw = "<stdin>", sys.stdin.read()
        else:
            raw = Path(name).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{name}: cannot read: {e}") from None
    records: list[dict] = []
    first_line: dict[str, int] = {}
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            raise InputError(f"{name}: line {lineno}: malformed JSON ({getattr(e, 'msg', 'nested too deeply')})") from None
        problem = _gold_problem(rec)
        if problem is None:
            key = str(rec["id"])
            if key in first_line:
                problem = f"duplicate id {key!r} (first on line {first_line[key]})"
            first_line[key] = first_line.get(key, lineno)
        if problem:
            raise InputError(f"{name}: line {lineno}: {problem}")
        records.append(rec)
    if not records:
        raise InputError(f"{name}: no gold records")
    return records


def _gold_problem(rec) -> str | None:
    """What is wrong with one gold record (None: nothing)."""
    if not isinstance(rec, dict):
        return "expected a JSON object"
    if not isinstance(rec.get("id"), (str, int)) or isinstance(rec.get("id"), bool):
        return '"id" must be a string or a number'
    if not isinstance(rec.get("text"), str):
        return 'needs a string "text"'
    for key in ("entities", "relations"):
        if not isinstance(rec.get(key, []), list):
            return f'"{key}" must be a list'
    for n, e in enumerate(rec.get("entities", []), 1):
        if not (isinstance(e, dict) and isinstance(e.get("text"), str) and isinstance(e.get("type"), str)):
            return f'entity {n} needs a string "text" and "type"'
        if e["type"] not in ENTITY_TYPES:
            return f"entity {n} has an unknown type {_cut(e['type'])!r} (known: {', '.join(ENTITY_TYPES)})"
    for n, r in enumerate(rec.get("relations", []), 1):
        if not (isinstance(r, dict) and all(isinstance(r.get(k), str) for k in ("head", "type", "tail"))):
            return f'relation {n} needs string "head", "type" and "tail"'
        if r["type"] not in RELATION_TYPES:
            return f"relation {n} has an unknown type {_cut(r['type'])!r} (known: {', '.join(RELATION_TYPES)})"
    return None


def _cut(value: str, limit: int = 40) -> str:
    """VALUE shortened for an error message."""
    return value if len(value) <= limit else value[:limit] + "…"


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _by_id(records) -> dict:
    if isinstance(records, dict):
        return records
    return {r["id"]: r for r in records}


def score(gold_records, pred_records) -> dict:
    """Keys: entities_typed, entities_untyped, relations -> (P, R, F1);
    by_type -> {type: (P, R, F1, gold count)}; passages; missing_predictions."""
    gold, pred = _by_id(gold_records), _by_id(pred_records)
    c: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for pid, g in gold.items():
        p = pred.get(pid, {})
        ge = {(e["text"], e["type"]) for e in g.get("entities", [])}
        pe = {(e["text"], e["type"]) for e in p.get("entities", [])}
        gu, pu = {t for t, _ in ge}, {t for t, _ in pe}
        gr = {(x["head"], x["type"], x["tail"]) for x in g.get("relations", [])}
        pr = {(x["head"], x["type"], x["tail"]) for x in p.get("relations", [])}
        c.update(et=len(ge & pe), ep=len(pe), eg=len(ge), ut=len(gu & pu), up=len(pu), ug=len(gu),
                 rt=len(gr & pr), rp=len(pr), rg=len(gr))
        for t in {t for _, t in ge | pe}:
            d = by_type.setdefault(t, Counter())
            gt, pt = {x for x in ge if x[1] == t}, {x for x in pe if x[1] == t}
            d.update(tp=len(gt & pt), p=len(pt), g=len(gt))
    return {
        "entities_typed": _prf(c["et"], c["ep"], c["eg"]),
        "entities_untyped": _prf(c["ut"], c["up"], c["ug"]),
        "relations": _prf(c["rt"], c["rp"], c["rg"]),
        "by_type": {t: _prf(d["tp"], d["p"], d["g"]) + (d["g"],) for t, d in sorted(by_type.items())},
        "passages": len(gold),
        "missing_predictions": sum(1 for k in gold if k not in pred),
    }
