"""Train the drop of rule Technology / Industry mentions (kg/extract/prune.py)
and measure it, leaving one set out at a time.

    python bench/train_prune.py               # the shipped model: all open sets
    python bench/train_prune.py --loso        # leave-one-set-out table (no model written)

The rule pipeline runs once per set, cached under --cache (bench/gold_sets.py).
A rule mention's label is the type the passage's gold gives its surface
(Technology or Industry; none if the gold has no entity of that surface; the
mention is left out if the gold has it under both or under another type: the
relations of such a name may still be right, and dropping it would lose them).  The model is the span
filler's logistic regression (train_spanfill.fit) over prune.mentions'
features.  The table gives, per held-out set and threshold, the typed entity
F1 without / with the component (exact: the passage's (surface, type) set
before and after the drops) and the (surface, type) items it removes that
are wrong / right.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import prune  # noqa: E402

import gold_sets  # noqa: E402
import train_spanfill  # noqa: E402
from gold_sets import short  # noqa: E402

THRESHOLDS = (0.6, 0.7, 0.8, 0.9, 0.95)


load_set = train_spanfill.load_set  # (the rule pipeline's output per passage, as the span filler's trainer caches it)


def item_mentions(item: dict):
    """(index in chosen, features, label) of each mention of a cached passage (label None: left out)."""
    gold: dict[str, set] = {}
    for t, ty in item["gold"]:
        gold.setdefault(t, set()).add(ty)
    raw = item["raw"]
    for k, feats in prune.mentions(item["text"], item["tokens"], item["chosen"]):
        s, e, _, _ = item["chosen"][k]
        types = gold.get(raw[s:e], set())
        known = types & set(prune.TYPES)
        yield k, feats, (None if len(known) > 1 or (types and not known) else next(iter(known), "none"))


def train(items: list[dict], **opts) -> dict:
    labels = train_spanfill.LABELS
    return train_spanfill.fit([(f, labels.index(y)) for it in items for _, f, y in item_mentions(it) if y],
                              **opts)


def measure(items: list[dict], weights: dict, thresholds=THRESHOLDS, rows: list | None = None) -> dict:
    base = Counter()
    out = {t: Counter() for t in thresholds}
    for item in items:
        gold = set(map(tuple, item["gold"]))
        raw = item["raw"]
        pred0 = {(raw[s:e], ty) for s, e, ty, _ in item["chosen"]}
        base.update(tp=len(pred0 & gold), p=len(pred0), g=len(gold))
        p_none = {k: prune.p_none(weights, f) for k, f, _ in item_mentions(item)}
        for th in thresholds:
            pred = {(raw[s:e], ty) for k, (s, e, ty, _) in enumerate(item["chosen"]) if p_none.get(k, 0.0) < th}
            lost = pred0 - pred
            out[th].update(tp=len(pred & gold), p=len(pred), g=len(gold), wrong=len(lost - gold),
                           right=len(lost & gold))
            if rows is not None and th == thresholds[2]:
                rows += [("RIGHT" if x not in gold else "LOST", item["id"], *x) for x in lost]
    res = {"base": gold_sets.f1(base["tp"], base["p"], base["g"])}
    for th, c in out.items():
        res[th] = dict(c, f1=gold_sets.f1(c["tp"], c["p"], c["g"]))
    return res


def cells(res: dict) -> str:
    return "  ".join(f"{t}: {res[t]['f1']:.4f} -{res[t]['wrong']} wrong -{res[t]['right']} right" for t in THRESHOLDS)


def main(argv=None) -> None:
    ap = gold_sets.trainer_parser(__doc__, prune.MODEL_PATH, Path("/tmp/kg-prune-cache"))
    ap.add_argument("--leave-out", action="append", default=[], help="a set not trained on (the model written)")
    ap.add_argument("--rows", type=Path)
    ap.add_argument("--threshold", type=float, default=prune.THRESHOLD)
    gold_sets.regression_options(ap, l2=3e-4)  # (held out across sets, 1e-4 dropped more right mentions)
    args = ap.parse_args(argv)
    opts = gold_sets.regression_kwargs(args)
    sets = {short(s): load_set(s, args.cache) for s in gold_sets.OPEN}
    rows: list = []
    if args.loso:
        total = {t: Counter() for t in THRESHOLDS}
        for name, model, t0 in gold_sets.leave_one_set_out(sets, lambda items: train(items, **opts), args.only):
            res = measure(sets[name], model["weights"], rows=rows)
            print(f"{name:10s} {res['base']:.4f}  {cells(res)}  ({time.perf_counter() - t0:.0f}s)", flush=True)
            for t in THRESHOLDS:
                total[t].update(wrong=res[t]["wrong"], right=res[t]["right"],
                                up=int(res[t]["f1"] > res["base"] + 1e-9), down=int(res[t]["f1"] < res["base"] - 1e-9))
        print("total " + "  ".join(f"{t}: -{c['wrong']} wrong -{c['right']} right up {c['up']} down {c['down']}"
                                   for t, c in total.items()))
    else:
        model = train([it for s, v in sets.items() if s not in args.leave_out for it in v], **opts)
        model["threshold"] = args.threshold
        gold_sets.write_model(model, args.model)
        print(f"trained on {model['candidates']} mentions; wrote {args.model}", file=sys.stderr)
    if args.rows:
        gold_sets.write_rows(args.rows, rows)


if __name__ == "__main__":
    main()
