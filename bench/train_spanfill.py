"""Train the Technology / Industry span filler (kg/extract/spanfill.py) and
measure it against the rules, leaving one set out at a time.

    python bench/train_spanfill.py                 # the shipped model: all open sets
    python bench/train_spanfill.py --loso          # leave-one-set-out table (no model written)
    python bench/train_spanfill.py --loso --measure ../shared/gold/devext.jsonl
    python bench/train_spanfill.py --loso --extensions   # the extensions' table

The whole rule pipeline runs once per set and its output (text, jieba tokens,
final mentions, gold entities) is cached under --cache (bench/gold_sets.py).
A candidate's label is the type of the gold entity of the passage with the
same surface (Technology or Industry), else none.  The model is a
multinomial logistic regression (none / Technology / Industry; L2,
full-batch Adam steps from zero weights in numpy: deterministic) over the
features seen in at least --minfreq training candidates.  A set outside OPEN
(../shared/gold/devext.jsonl) is never trained on: pass it with --measure.

The table gives, per held-out set and threshold, the typed entity F1 of the
pipeline without / with the component (exact: the passage's (surface, type)
set is the rules' plus the added spans) and the spans it adds (right / wrong),
a list item's probability blended with its list's (--list-weight, its own
probability's weight; 1: none).

The extension model (the model's ``extend``) is trained the same way on the
extension candidates (extend.extensions: a rule Technology / Industry
mention with adjacent words added), labelled by the gold type of their
surface.  --loso --extensions gives, per held-out set and extension
threshold, the typed entity F1 of the rules, extensions and gap filler (at
--threshold) and the items it gains (right / wrong) and loses (right / wrong)
against the rules and gap filler alone.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extend, spanfill  # noqa: E402

import gold_sets  # noqa: E402
from gold_sets import OPEN, short  # noqa: E402

THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
EXT_THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
LABELS = ("none",) + spanfill.TYPES


def run_rules(records: list[dict]) -> list[dict]:
    out = []
    for rec in records:
        ud = gold_sets.pipeline_state(rec)
        out.append({"id": rec.get("id"), "raw": rec["text"], "text": ud["kg_text"],
                    "tokens": [tuple(t)[:4] for t in ud["kg_tokens"]],
                    "mentions": [(m.text, m.type, m.start, m.end) for m in ud["kg_mentions"]],
                    # (the rules' chosen candidates, before kg_prune would drop any: bench/train_prune.py)
                    "chosen": [(c.start, c.end, c.type, c.rule) for c in ud["kg_chosen"]],
                    "gold": sorted({(e["text"], e["type"]) for e in rec.get("entities", [])})})
    return out


def load_set(name: str, cache: Path) -> list[dict]:
    return gold_sets.load_set(name, cache, run_rules,
                              skip=("spanfill.py", "extend.py", "relfill.py", "crf.py", "prune.py", "retype.py"))


_NOT: list = []


def not_entities() -> frozenset:
    if not _NOT:
        from kg.extract.lexicon import load_lexicon
        _NOT.append(load_lexicon().not_entities)
    return _NOT[0]


def item_spans(item: dict, chosen: list | None = None):
    """(start, end, surface, features, label) of each candidate of a cached passage (CHOSEN: its
    (start, end, type) entities, the rules' mentions if not given)."""
    chosen = chosen or [(s, e, t) for _, t, s, e in item["mentions"]]
    gold, raw = gold_types(item), item["raw"]
    for s, e, feats in spanfill.spans(item["text"], item["tokens"], chosen):
        surf = raw[s:e]
        yield s, e, surf, feats, gold.get(surf, "none")


def gold_types(item: dict) -> dict[str, str]:
    """surface -> type of a cached passage's gold Technology / Industry entities."""
    gold: dict[str, str] = {}
    for t, ty in item["gold"]:
        if ty in spanfill.TYPES:
            gold.setdefault(t, ty)
    return gold


def item_extensions(item: dict):
    """(mention index, start, end, features, label) of each extension candidate of a cached passage
    (extend.extension_spans): the label the gold type of its surface, else none."""
    gold, raw = gold_types(item), item["raw"]
    chosen = [tuple(c) for c in item["chosen"]]
    for m, s, e, feats in extend.extension_spans(item["text"], item["tokens"], chosen):
        yield m, s, e, feats, gold.get(raw[s:e], "none")


def train(items: list[dict], *, minfreq: int, l2: float, iters: int, lr: float) -> dict:
    """The gap model and the extension model (spanfill.MODEL_KEYS' extend: extend.MODEL_KEYS) of ITEMS."""
    model = fit([(f, LABELS.index(y)) for it in items for _, _, _, f, y in item_spans(it)],
                minfreq=minfreq, l2=l2, iters=iters, lr=lr)
    model["extend"] = fit([(f, LABELS.index(y)) for it in items for *_, f, y in item_extensions(it)],
                          minfreq=minfreq, l2=l2, iters=iters, lr=lr)
    return model


def fit(data: list[tuple[list[str], int]], *, minfreq: int, l2: float, iters: int, lr: float) -> dict:
    """The model (spanfill.MODEL_KEYS, no threshold) of DATA: (features, index in LABELS) rows."""
    import numpy as np

    vocab, r, c = gold_sets.sparse_design(data, minfreq)
    y = np.array([lab for _, lab in data])
    n, d, k = len(data), len(vocab), len(spanfill.TYPES)
    Y = np.zeros((n, k))
    for q in range(k):
        Y[:, q] = (y == q + 1)
    W, b = np.zeros((d, k)), np.zeros(k)
    m1, m2, mb1, mb2 = np.zeros((d, k)), np.zeros((d, k)), np.zeros(k), np.zeros(k)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        Z = np.stack([np.bincount(r, weights=W[c, q], minlength=n) for q in range(k)], axis=1) + b
        mx = np.maximum(Z.max(axis=1, keepdims=True), 0)
        E = np.exp(Z - mx)
        P = E / (np.exp(-mx) + E.sum(axis=1, keepdims=True))
        G = P - Y
        GW = np.stack([np.bincount(c, weights=G[r, q], minlength=d) for q in range(k)], axis=1) / n + l2 * W
        gb = G.mean(axis=0)
        m1 = beta1 * m1 + (1 - beta1) * GW
        m2 = beta2 * m2 + (1 - beta2) * GW * GW
        mb1 = beta1 * mb1 + (1 - beta1) * gb
        mb2 = beta2 * mb2 + (1 - beta2) * gb * gb
        W -= lr * (m1 / (1 - beta1 ** t)) / (np.sqrt(m2 / (1 - beta2 ** t)) + eps)
        b -= lr * (mb1 / (1 - beta1 ** t)) / (np.sqrt(mb2 / (1 - beta2 ** t)) + eps)
    inv = sorted(vocab, key=vocab.get)
    model = {}
    for q, ty in enumerate(spanfill.TYPES):
        w = {x: round(float(W[i, q]), 4) for i, x in enumerate(inv) if abs(W[i, q]) >= 1e-3}
        w[""] = round(float(b[q]), 4)
        model[ty] = w
    return {"weights": model, "candidates": n, "positives": int((y > 0).sum())}


def gap_scored(item: dict, weights: dict, chosen: list, list_weight: float) -> tuple[list, dict]:
    """The gap candidates of a cached passage outside CHOSEN ((start, end, type)) scored
    (start, end, type, probability; a list item's blended), and their surfaces by (start, end)."""
    scored, surf = [], {}
    for s, e, sf, feats, lab in item_spans(item, chosen):
        if item["text"][s:e] in not_entities():
            continue
        pr = spanfill.probabilities(weights, feats)
        ty = max(pr, key=pr.get)
        scored.append((s, e, ty, pr[ty]))
        surf[s, e] = sf
    return spanfill.blend(scored, spanfill.list_items(item["text"], item["tokens"], chosen), list_weight), surf


def extended(item: dict, weights: dict, threshold: float) -> list[tuple[int, int, str, str]]:
    """A cached passage's rule entities (start, end, type, rule) with the extensions the model WEIGHTS
    keeps at THRESHOLD in place of the mentions they extend."""
    chosen = [tuple(c) for c in item["chosen"]]
    for m, s, e, ty, _ in extend.predict_extensions(weights, item["text"], item["tokens"], chosen, threshold,
                                                    not_entities()):
        chosen[m] = (s, e, ty, extend.RULE)
    return chosen


def measure_extensions(items: list[dict], model: dict, gap_threshold: float, list_weight: float,
                       thresholds=EXT_THRESHOLDS, rows: list | None = None) -> dict:
    """Per extension threshold, the typed entity F1 of the rules, extensions and gap filler, and the
    items it gains (right / wrong) and loses (right / wrong) against the rules and gap filler alone."""
    out = {t: Counter() for t in (None,) + tuple(thresholds)}
    for item in items:
        gold, raw = set(map(tuple, item["gold"])), item["raw"]
        preds = {}
        for th in (None,) + tuple(thresholds):
            chosen = extended(item, model["extend"]["weights"], th) if th else [tuple(c) for c in item["chosen"]]
            pred = {(raw[s:e], t) for s, e, t, _ in chosen}
            scored, surf = gap_scored(item, model["weights"], [c[:3] for c in chosen], list_weight)
            pred |= {(surf[s, e], ty) for s, e, ty, _ in spanfill.choose(scored, gap_threshold)}
            preds[th] = pred
            c = out[th]
            c.update(tp=len(pred & gold), p=len(pred), g=len(gold))
            if th:
                add, lost = pred - preds[None], preds[None] - pred
                c.update(ok=len(add & gold), bad=len(add - gold), lost=len(lost & gold), lostw=len(lost - gold))
                if rows is not None and th == thresholds[1]:
                    rows += [("RIGHT+" if x in gold else "wrong+", item["id"], *x) for x in add]
                    rows += [("RIGHT-" if x in gold else "wrong-", item["id"], *x) for x in lost]
    return {th: dict(c, f1=gold_sets.f1(c["tp"], c["p"], c["g"])) for th, c in out.items()}


def measure(items: list[dict], weights: dict, thresholds=THRESHOLDS, rows: list | None = None,
            list_weight: float = spanfill.LIST_WEIGHT) -> dict:
    base = Counter()
    out = {t: Counter() for t in thresholds}
    for item in items:
        gold = set(map(tuple, item["gold"]))
        pred0 = {(m[0], m[1]) for m in item["mentions"]}
        base.update(tp=len(pred0 & gold), p=len(pred0), g=len(gold))
        scored, surf = gap_scored(item, weights, [(s, e, t) for _, t, s, e in item["mentions"]], list_weight)
        for th in thresholds:
            add = {(surf[s, e], ty) for s, e, ty, _ in spanfill.choose(scored, th)} - pred0
            pred = pred0 | add
            out[th].update(tp=len(pred & gold), p=len(pred), g=len(gold), ok=len(add & gold), bad=len(add - gold))
            if rows is not None and th == thresholds[1]:
                for x in add:
                    rows.append(("RIGHT" if x in gold else "wrong", item["id"], *x))
    res = {"base": gold_sets.f1(base["tp"], base["p"], base["g"])}
    for th, c in out.items():
        res[th] = dict(c, f1=gold_sets.f1(c["tp"], c["p"], c["g"]))
    return res


def main(argv=None) -> None:
    ap = gold_sets.trainer_parser(__doc__, spanfill.MODEL_PATH, Path("/tmp/kg-spanfill-cache"))
    ap.add_argument("--measure", action="append", default=[])
    ap.add_argument("--rows", type=Path)
    ap.add_argument("--extensions", action="store_true", help="with --loso: the extensions' table (gap filler at --threshold)")
    ap.add_argument("--threshold", type=float, default=spanfill.THRESHOLD)
    ap.add_argument("--list-weight", type=float, default=spanfill.LIST_WEIGHT)
    ap.add_argument("--ext-threshold", type=float, default=extend.THRESHOLD)
    gold_sets.regression_options(ap)
    args = ap.parse_args(argv)
    opts = gold_sets.regression_kwargs(args)
    sets = {short(s): load_set(s, args.cache) for s in OPEN}
    extra = {short(s): load_set(s, args.cache) for s in args.measure}
    rows: list = []
    if args.loso and args.extensions:
        total = {t: Counter() for t in EXT_THRESHOLDS}
        for name, model, t0 in gold_sets.leave_one_set_out(sets, lambda items: train(items, **opts), args.only):
            res = measure_extensions(sets[name], model, args.threshold, args.list_weight, rows=rows)
            cells = "  ".join(f"{t}: {res[t]['f1']:.4f} +{res[t]['ok']}/-{res[t]['bad']} lost {res[t]['lost']}/{res[t]['lostw']}"
                              for t in EXT_THRESHOLDS)
            print(f"{name:10s} {res[None]['f1']:.4f}  {cells}  ({time.perf_counter() - t0:.0f}s)", flush=True)
            for t in EXT_THRESHOLDS:
                total[t].update(ok=res[t]["ok"], bad=res[t]["bad"], lost=res[t]["lost"], lostw=res[t]["lostw"],
                                up=int(res[t]["f1"] > res[None]["f1"] + 1e-9), down=int(res[t]["f1"] < res[None]["f1"] - 1e-9))
        print("total " + "  ".join(f"{t}: +{c['ok']}/-{c['bad']} lost {c['lost']}/{c['lostw']} up {c['up']} down {c['down']}"
                                   for t, c in total.items()))
    elif args.loso:
        total = {t: Counter() for t in THRESHOLDS}
        for name, model, t0 in gold_sets.leave_one_set_out(sets, lambda items: train(items, **opts), args.only):
            res = measure(sets[name], model["weights"], rows=rows, list_weight=args.list_weight)
            cells = "  ".join(f"{t}: {res[t]['f1']:.4f} +{res[t]['ok']}/-{res[t]['bad']}" for t in THRESHOLDS)
            print(f"{name:10s} {res['base']:.4f}  {cells}  ({time.perf_counter() - t0:.0f}s)", flush=True)
            for t in THRESHOLDS:
                total[t].update(ok=res[t]["ok"], bad=res[t]["bad"], up=int(res[t]["f1"] > res["base"] + 1e-9),
                                down=int(res[t]["f1"] < res["base"] - 1e-9))
        print("total " + "  ".join(f"{t}: +{c['ok']}/-{c['bad']} up {c['up']} down {c['down']}" for t, c in total.items()))
    model = None
    if extra or not args.loso:
        model = train([it for v in sets.values() for it in v], **opts)
        print(f"trained on {model['candidates']} candidates ({model['positives']} positive)", file=sys.stderr)
    for name, items in extra.items():
        res = measure(items, model["weights"], rows=rows, list_weight=args.list_weight)
        cells = "  ".join(f"{t}: {res[t]['f1']:.4f} +{res[t]['ok']}/-{res[t]['bad']}" for t in THRESHOLDS)
        print(f"{name:10s} {res['base']:.4f}  {cells}  (all open sets)", flush=True)
    if args.rows:
        gold_sets.write_rows(args.rows, rows)
    if not args.loso:
        model["threshold"] = args.threshold
        model["list_weight"] = args.list_weight
        model["extend"]["threshold"] = args.ext_threshold
        gold_sets.write_model(model, args.model)
        print(f"wrote {args.model}", file=sys.stderr)


if __name__ == "__main__":
    main()
