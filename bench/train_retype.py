"""Train the Technology / Industry retyper (kg/extract/retype.py) and measure
it, leaving one set out at a time.

    python bench/train_retype.py               # the shipped model: all open sets
    python bench/train_retype.py --loso        # leave-one-set-out table (no model written)

The rule pipeline runs once per set, cached under --cache (bench/gold_sets.py,
the span filler's trainer's state).  A rule Technology / Industry mention is a
training row when the passage's gold gives its surface exactly one of the two
types and no other: its label is that type.  The features are the drop's
(``prune.mentions``: the span filler's context features and the rules' type
``was=`` and rule ``rule=``) but the rules' type (--was keeps it).  The model is the
span filler's regression form (train_spanfill.fit) over two labels: P(Industry)
against P(Technology) is a two-class logistic regression.  The table gives, per
held-out set and threshold, the (surface, type) items the relabels gain
right / wrong and lose right.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import prune, retype  # noqa: E402

import gold_sets  # noqa: E402
import train_spanfill  # noqa: E402
from gold_sets import short  # noqa: E402

THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


load_set = train_spanfill.load_set  # (the rule pipeline's output per passage, as the span filler's trainer caches it)


def item_mentions(item: dict, was: bool = False):
    """(index in chosen, features, label) of each Technology / Industry mention of a cached passage (label None:
    its surface is gold under neither type alone)."""
    gold: dict[str, set] = {}
    for t, ty in item["gold"]:
        gold.setdefault(t, set()).add(ty)
    raw = item["raw"]
    for k, feats in prune.mentions(item["text"], item["tokens"], item["chosen"]):
        if not was:
            feats = [f for f in feats if not f.startswith("was=")]
        s, e, _, _ = item["chosen"][k]
        types = gold.get(raw[s:e], set())
        yield k, feats, (next(iter(types)) if len(types) == 1 and types <= set(retype.TYPES) else None)


def train(items: list[dict], was: bool = False, **opts) -> dict:
    labels = train_spanfill.LABELS
    return train_spanfill.fit([(f, labels.index(y)) for it in items for _, f, y in item_mentions(it, was) if y],
                              **opts)


def measure(items: list[dict], weights: dict, thresholds=THRESHOLDS, rows: list | None = None) -> dict:
    """Per threshold, the (surface, type) items of ITEMS the relabels add right (ok) / wrong (bad) and remove right
    (lost); ROWS gets the added items at the shipped threshold."""
    out = {t: Counter() for t in thresholds}
    for item in items:
        gold = set(map(tuple, item["gold"]))
        raw = item["raw"]
        chosen = item["chosen"]
        pred0 = {(raw[s:e], ty) for s, e, ty, _ in chosen}
        for th in thresholds:
            new_type = retype.relabels(weights, item["text"], item["tokens"], chosen, th)
            pred = {(raw[s:e], new_type.get(k, ty)) for k, (s, e, ty, _) in enumerate(chosen)}
            new, lost = pred - pred0, pred0 - pred
            out[th].update(ok=len(new & gold), bad=len(new - gold), lost=len(lost & gold))
            if rows is not None and th == retype.THRESHOLD:
                rows += [("RIGHT" if x in gold else "wrong", item["id"], *x) for x in new]
    return out


def cells(res: dict) -> str:
    return "  ".join(f"{t}: +{c['ok']}/-{c['bad']} lost {c['lost']}" for t, c in res.items())


def main(argv=None) -> None:
    ap = gold_sets.trainer_parser(__doc__, retype.MODEL_PATH, Path("/tmp/kg-retype-cache"))
    ap.add_argument("--rows", type=Path, help="write the items added at the shipped threshold (RIGHT / wrong) here")
    ap.add_argument("--threshold", type=float, default=retype.THRESHOLD)
    ap.add_argument("--was", action="store_true",
                    help="with the rules' type as a feature (held out, it kept the rules' type: fewer relabels right)")
    gold_sets.regression_options(ap, l2=3e-4)
    args = ap.parse_args(argv)
    opts = gold_sets.regression_kwargs(args)
    sets = {short(s): load_set(s, args.cache) for s in gold_sets.OPEN}
    rows: list = []
    if args.loso:
        total = {t: Counter() for t in THRESHOLDS}
        for name, model, t0 in gold_sets.leave_one_set_out(sets, lambda items: train(items, args.was, **opts),
                                                           args.only):
            res = measure(sets[name], model["weights"], rows=rows)
            print(f"{name:10s} {cells(res)}  ({time.perf_counter() - t0:.0f}s)", flush=True)
            for t, c in res.items():
                total[t].update(ok=c["ok"], bad=c["bad"], lost=c["lost"], up=int(c["ok"] > c["lost"]),
                                down=int(c["ok"] < c["lost"]))
        print("total " + "  ".join(f"{t}: +{c['ok']}/-{c['bad']} lost {c['lost']} up {c['up']} down {c['down']}"
                                   for t, c in total.items()))
    else:
        model = train([it for v in sets.values() for it in v], args.was, **opts)
        model["threshold"] = args.threshold
        gold_sets.write_model(model, args.model)
        print(f"trained on {model['candidates']} mentions; wrote {args.model}", file=sys.stderr)
    if args.rows:
        gold_sets.write_rows(args.rows, rows)


if __name__ == "__main__":
    main()
