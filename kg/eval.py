"""Scoring extractions against gold passages: the same numbers as the reference
scorer (tests/data/score.py): set-based per passage, micro-averaged."""
from __future__ import annotations

from collections import Counter


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
