"""Train the relation gap-filler (kg/extract/relfill.py) and measure it against
the rules, leaving one set out at a time.

    python bench/train_relfill.py --make-then /tmp/relfill-then --train-then
                                                  # the shipped model: all open sets, today's pipeline and the
                                                  # pipeline of the time each THEN set was frozen
    python bench/train_relfill.py --loso --make-then /tmp/relfill-then --train-then
                                                  # leave-one-set-out table (no model written)
    python bench/train_relfill.py --loso --only holdout13 --only check
    python bench/train_relfill.py --make-then /tmp/relfill-then --train-then --model /tmp/relfill.json.gz \
        --hold-out holdout31 … --hold-out holdout37
                                                  # the held-out criterion: a model trained without the
                                                  # newest open sets against the shipped one, on those sets

The shipped model was written with its skip list and per-type thresholds
(both are in the model file, "skip" and "thresholds"):
    --skip Event:locatedIn:Region --skip Event:prioritizes:Technology
    --skip Industry:enables:Industry --skip Industry:partOf:Industry
    --skip Person:affiliatedWith:Institution --skip Technology:enables:Technology
    --skip Technology:partOf:Technology --skip Technology:enables:Industry
    --threshold-of appliedIn=0.55 --threshold-of issuedBy=0.7 --threshold-of locatedIn=0.6
    --threshold-of partOf=0.7 --threshold-of spokeAt=0.65

The pipeline kg_relfill reads (the default extractor's, the span filler's
mentions too, up to the gap-filler) runs once per set and its output (text,
sentences, final mentions, rule relations, jieba tokens) is cached under
--cache, keyed by the set file's, the rule data's and the other models'
modification times (delete the cache after changing rules).  Candidates are
made from it as kg_relfill makes them (kg.extract.relfill.candidates); a
candidate's label is whether its (head surface, relation type, tail surface)
is a gold relation of the passage, as the scorer matches.  The model is a logistic regression (L2, full-batch
gradient descent with Adam steps from zero weights in numpy: deterministic)
over the candidates' features seen in at least --minfreq training
candidates.  ../shared/gold/devext.jsonl (or any set outside OPEN) is never
trained on: pass it with --measure to score it.

--make-then DIR writes DIR/SET.pkl for the sets of THEN: the pipeline of the
commit that added the set's file (a temporary git worktree), run on today's
gold: what the set looked like to the rules while it was blind, with the
misses rules fitted later to it have since removed.  --then DIR scores the
held-out set that way too; --train-then also trains on those caches (of the
other sets, with --loso).

--hold-out SET (repeatable) leaves an open set and its --then cache out of the
model written and then measures it, with that model and with the model
already at --shipped-model (default: the shipped one), each at its own
thresholds and skip list: on sets neither model trained on (the ones opened
since the shipped model was trained) this says whether the retrained recipe
beats the shipped model on text new to both.  The validation sets, in-sample
for both, cannot say it.

The leave-one-set-out table gives, per held-out set and threshold, the
relations F1 of the pipeline without / with the component (exact: the
passage relations are the rules' plus the added ones) and the relations it
adds (right / wrong), and in the last column "shipped" at --threshold with the
per-type --threshold-of.
"""
from __future__ import annotations

import pickle
import sys
import time
from collections import Counter, namedtuple
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# --dump-state runs another checkout's pipeline (--root): its kg is imported instead
_ROOT_ARG = sys.argv[sys.argv.index("--root") + 1] if "--root" in sys.argv[:-1] else None
sys.path.insert(0, _ROOT_ARG or str(ROOT))

if _ROOT_ARG is None:
    from kg.extract import relfill  # noqa: E402
    from kg.model import Mention  # noqa: E402

import gold_sets  # noqa: E402
from gold_sets import DATA, short  # noqa: E402

OPEN = [s for s in gold_sets.OPEN if short(s) not in gold_sets.NO_RELATIONS]
# the sets whose pipeline of the time they were frozen (the commit adding the
# file) --make-then caches: the late validation and the analysis sets (holdout7
# on, national1-5), every one the open sets hold (a set opened joins by itself)
THEN = [short(s) for s in OPEN if s.startswith("blind/national")
        or s.startswith("blind/holdout") and short(s)[7:].isdigit() and int(short(s)[7:]) >= 7]
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
Rel = namedtuple("Rel", "head_text type tail_text")


def upstream():
    """The extractor whose output kg_relfill reads: the default one (the span
    filler's mentions too) but the gap-filler itself."""
    from dataclasses import replace

    from kg.options import DEFAULT_EXTRACTOR

    return replace(DEFAULT_EXTRACTOR, relfill=False)


def run_rules(records: list[dict], options=None) -> list[dict]:
    """The pipeline's output on each record (as kg.extract.core runs it; OPTIONS:
    its components, the rules alone unless given), with the gold relations."""
    out = []
    for rec in records:
        ud = gold_sets.pipeline_state(rec, options=options)
        text = rec["text"]
        out.append({
            "id": rec.get("id"), "raw": text, "sentences": ud["kg_sentences"],
            "tokens": [tuple(t)[:4] for t in ud["kg_tokens"]],
            "mentions": [(m.text, m.type, m.label, m.start, m.end) for m in ud["kg_mentions"]],
            "relations": sorted({(r.head_text, r.type, r.tail_text) for r in ud.get("kg_relations", [])}),
            "not_priority": sorted(ud.get("kg_not_priority", ())),
            "gold": sorted({(r["head"], r["type"], r["tail"]) for r in rec.get("relations", [])}),
        })
    return out


def load_set(name: str, cache: Path) -> list[dict]:
    return gold_sets.load_set(name, cache, lambda records: run_rules(records, upstream()),
                              skip=("relfill.py", "crf.py"))


def make_then(directory: Path) -> None:
    """DIRECTORY/SET.pkl for each set of THEN: the pipeline of the commit that
    added the set's file (a temporary git worktree) run on today's gold."""
    import subprocess
    import tempfile

    directory.mkdir(parents=True, exist_ok=True)
    for name in THEN:
        out = directory / f"{name}.pkl"
        if out.exists():
            continue
        rel = f"tests/data/blind/{name}.jsonl"
        commits = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--", rel],
                                 capture_output=True, text=True, check=True).stdout.split()
        if not commits:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commits[-1]],
                           capture_output=True, check=True)
            try:
                subprocess.run([sys.executable, __file__, "--dump-state", str(DATA / "blind" / f"{name}.jsonl"),
                                "--root", str(tree), "--out", str(out)], check=True, cwd=str(tree))
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
        print(f"then: {name} at {commits[-1][:7]}", file=sys.stderr, flush=True)


def item_candidates(item: dict, related_too: bool = False, skip: frozenset = frozenset()):
    """(surface triple, features, label) of each candidate of a cached passage
    (RELATED_TOO: also of the pairs the rules relate, for training; SKIP:
    (head type, relation type, tail type) triples the component never adds)."""
    mentions = [Mention(t, ty, lab, s, e) for t, ty, lab, s, e in item["mentions"]]
    rels = [Rel(*r) for r in item["relations"]]
    gold = set(map(tuple, item["gold"]))
    ruled_out = set(item.get("not_priority", ()))  # never a priority (kg_relfill adds none to them)
    for head, rel_type, tail, _, base, own in relfill.candidates(item["raw"], item["sentences"], mentions, rels,
                                                                item["tokens"], related_too):
        if skip and (head.type, rel_type, tail.type) in skip or rel_type == "prioritizes" and tail.start in ruled_out:
            continue
        key = (head.text, rel_type, tail.text)
        yield key, relfill.conjoined(rel_type, base, own), key in gold


def train(items: list[dict], *, minfreq: int, l2: float, iters: int, lr: float, all_pairs: bool = True) -> dict:
    import numpy as np

    data = [(f, y) for it in items for _, f, y in item_candidates(it, all_pairs)]
    vocab, rows_a, cols_a = gold_sets.sparse_design(data, minfreq)
    y = np.array([1.0 if lab else 0.0 for _, lab in data])
    n, d = len(data), len(vocab)
    w, b = np.zeros(d), 0.0
    m1, m2, mb1, mb2 = np.zeros(d), np.zeros(d), 0.0, 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        g = p - y
        gw = np.bincount(cols_a, weights=g[rows_a], minlength=d) / n + l2 * w
        gb = g.mean()
        m1 = beta1 * m1 + (1 - beta1) * gw
        m2 = beta2 * m2 + (1 - beta2) * gw * gw
        mb1 = beta1 * mb1 + (1 - beta1) * gb
        mb2 = beta2 * mb2 + (1 - beta2) * gb * gb
        w -= lr * (m1 / (1 - beta1 ** t)) / (np.sqrt(m2 / (1 - beta2 ** t)) + eps)
        b -= lr * (mb1 / (1 - beta1 ** t)) / (math_sqrt(mb2 / (1 - beta2 ** t)) + eps)
    inv = sorted(vocab, key=vocab.get)
    weights = {x: round(float(w[i]), 4) for i, x in enumerate(inv) if abs(w[i]) >= 1e-3}
    weights[""] = round(float(b), 4)
    return {"weights": weights, "candidates": n, "positives": int(y.sum())}


def math_sqrt(x: float) -> float:
    return x ** 0.5


def measure(items: list[dict], weights: dict, thresholds=THRESHOLDS, rows: list | None = None,
            skip: frozenset = frozenset(), shipped: tuple[float, dict] | None = None) -> dict:
    """Per threshold: relations F1 without / with the component and the added
    right / wrong; the threshold "shipped": SHIPPED's (threshold, {relation
    type: its own threshold})."""
    shipped = shipped or (relfill.THRESHOLD, {})
    base = Counter()
    out = {t: Counter() for t in thresholds}
    table = relfill.by_relation(weights)
    for item in items:
        gold = set(map(tuple, item["gold"]))
        pred0 = set(map(tuple, item["relations"]))
        base.update(tp=len(pred0 & gold), p=len(pred0), g=len(gold))
        best: dict = {}
        for key, feats, ok in item_candidates(item, skip=skip):
            p = relfill.probability(table, key[1], [x.partition("|")[2] for x in feats[1:]], ())
            if p > best.get(key, (-1,))[0]:
                best[key] = (p, ok, next((x.partition("=")[2] for x in feats if x.startswith(key[1] + "|sig=")), ""))
        for th in thresholds:
            if th == "shipped":
                add = {k for k, (p, _, _) in best.items() if p >= shipped[1].get(k[1], shipped[0])}
            else:
                add = {k for k, (p, _, _) in best.items() if p >= th}
            pred = pred0 | add
            c = out[th]
            c.update(tp=len(pred & gold), p=len(pred), g=len(gold), add_ok=len(add & gold), add_bad=len(add - gold))
        if rows is not None:
            for k, (p, ok, sig) in best.items():
                if p >= 0.1:
                    rows.append((round(p, 3), "TP" if ok else "FP", item["id"], *k, sig))
    res = {"base": gold_sets.f1(base["tp"], base["p"], base["g"]), "base_c": base}
    for th, c in out.items():
        res[th] = dict(c, f1=gold_sets.f1(c["tp"], c["p"], c["g"]))
    return res


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if "--dump-state" in argv:  # make_then's worker, in another checkout (--root): SET --root TREE --out PKL
        src, out = Path(argv[argv.index("--dump-state") + 1]), Path(argv[argv.index("--out") + 1])
        out.write_bytes(pickle.dumps(run_rules(gold_sets.read_records(src))))
        return
    ap = gold_sets.trainer_parser(__doc__, relfill.MODEL_PATH, Path("/tmp/kg-relfill-cache"))
    ap.add_argument("--measure", action="append", default=[], help="also score this gold file with the model (never trained on)")
    ap.add_argument("--rows", type=Path, help="with --loso: write every candidate scored >= 0.1 (p, TP/FP, id, head, type, tail, head>tail types) here")
    ap.add_argument("--then", type=Path, help="with --loso: a directory of SET.pkl caches of the pipeline as it was when "
                    "each set was blind (same format); the held-out set is also measured there")
    ap.add_argument("--train-then", action="store_true", help="with --then: also train on the caches there "
                    "(of the other sets, with --loso)")
    ap.add_argument("--make-then", type=Path, help="write the --then caches (SET.pkl) into this directory first")
    ap.add_argument("--cache-only", action="store_true", help="only fill the cache")
    ap.add_argument("--threshold", type=float, default=relfill.THRESHOLD, help="the threshold written into the model")
    ap.add_argument("--threshold-of", action="append", default=[], metavar="TYPE=TH",
                    help="a relation type's own threshold (written into the model), e.g. appliedIn=0.6")
    gold_sets.regression_options(ap)
    ap.add_argument("--skip", action="append", default=[], metavar="HEAD:REL:TAIL",
                    help="a (head type, relation type, tail type) the component never adds (still trained on; "
                    "written into the model), e.g. Technology:partOf:Technology")
    ap.add_argument("--residual", action="store_true", help="train only on the pairs the rules leave unrelated (default: every pair)")
    ap.add_argument("--hold-out", action="append", default=[], metavar="SET",
                    help="leave this open set (and its --then cache) out of the model and measure it with the new "
                         "model and the --shipped-model (the held-out criterion: sets neither trained on)")
    ap.add_argument("--shipped-model", type=Path, default=relfill.MODEL_PATH,
                    help="with --hold-out: the model to compare with (default: the shipped one)")
    args = ap.parse_args(argv)
    unknown = set(args.hold_out) - {short(s) for s in OPEN}
    if unknown:
        ap.error(f"--hold-out: not an open set: {', '.join(sorted(unknown))}")
    if args.make_then:
        make_then(args.make_then)
        args.then = args.then or args.make_then
    skip = frozenset(tuple(x.split(":")) for x in args.skip)
    thresholds = {k: float(v) for k, _, v in (x.partition("=") for x in args.threshold_of)}
    shipped = (args.threshold, thresholds)
    opts = dict(gold_sets.regression_kwargs(args), all_pairs=not args.residual)
    sets = {}
    for name in OPEN:
        t0 = time.perf_counter()
        sets[name] = load_set(name, args.cache)
        if time.perf_counter() - t0 > 1:
            print(f"cached {short(name)} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr, flush=True)
    if args.cache_only:
        return
    if args.loso:
        rows: list = []
        held_out = [s for s in OPEN if not args.only or short(s) in args.only]
        cols = (*THRESHOLDS, "shipped")
        total = {t: Counter() for t in cols}
        then_total = {t: Counter() for t in cols}
        then_rows: list = []
        print("set\tbase\t" + "\t".join(f"F1@{t} +ok/-bad" for t in cols))
        for held in held_out:
            t0 = time.perf_counter()
            extra = [it for p in sorted(args.then.glob("*.pkl")) if p.stem != short(held)
                     for it in pickle.loads(p.read_bytes())] if args.train_then else []
            model = train([it for s in OPEN if s != held for it in sets[s]] + extra, **opts)
            r = measure(sets[held], model["weights"], cols, rows=rows, skip=skip, shipped=shipped)
            for t in cols:
                total[t].update({k: v for k, v in r[t].items() if k != "f1"})
            print(f"{short(held)}\t{r['base']:.4f}\t" + "\t".join(_reading(r[t]) for t in cols)
                + f"\t({time.perf_counter() - t0:.0f}s)", flush=True)
            then = args.then / f"{short(held)}.pkl" if args.then else None
            if then is not None and then.exists():
                r = measure(pickle.loads(then.read_bytes()), model["weights"], cols, rows=then_rows, skip=skip,
                            shipped=shipped)
                for t in cols:
                    then_total[t].update({k: v for k, v in r[t].items() if k != "f1"})
                print(f"{short(held)}(then)\t{r['base']:.4f}\t" + "\t".join(_reading(r[t]) for t in cols), flush=True)
        print("all\t\t" + "\t".join(f"+{total[t]['add_ok']}/-{total[t]['add_bad']}" for t in cols))
        if args.then:
            print("all(then)\t\t" + "\t".join(f"+{then_total[t]['add_ok']}/-{then_total[t]['add_bad']}" for t in cols))
        if args.rows:
            gold_sets.write_rows(args.rows, sorted(rows, reverse=True))
            if then_rows:
                gold_sets.write_rows(args.rows.with_suffix(".then.tsv"), sorted(then_rows, reverse=True))
        return
    trained = [s for s in OPEN if short(s) not in args.hold_out]
    thens = [p for p in sorted(args.then.glob("*.pkl")) if p.stem not in args.hold_out] \
        if args.then and args.train_then else []
    extra = [it for p in thens for it in pickle.loads(p.read_bytes())]
    model = train([it for s in trained for it in sets[s]] + extra, **opts)
    model = {"threshold": args.threshold, **({"thresholds": thresholds} if thresholds else {}),
             **({"skip": sorted(map(list, skip))} if skip else {}), "trained_on": [short(s) for s in trained]
             + [f"{p.stem} (then)" for p in thens], **model}
    gold_sets.write_model(model, args.model, separators=(",", ":"))
    print(f"model: {args.model} ({args.model.stat().st_size / 1e3:.0f} kB, {len(model['weights'])} weights), "
          f"{model['candidates']} candidates, {model['positives']} positive")
    for name in args.measure:
        r = measure(load_set(name, args.cache), model["weights"], thresholds=("shipped",), skip=skip, shipped=shipped)
        c = r["shipped"]
        print(f"{short(name)}: relations {r['base']:.4f} -> {_reading(c)}")
    if args.hold_out:
        compare_held_out([s for s in OPEN if short(s) in args.hold_out], sets, model, skip, shipped,
                         relfill.load_model(args.shipped_model))


def _reading(c: dict) -> str:
    """A threshold's reading of `measure`: relations F1 and the relations added (right / wrong)."""
    return f"{c['f1']:.4f} +{c.get('add_ok', 0)}/-{c.get('add_bad', 0)}"


def compare_held_out(held: list[str], sets: dict, model: dict, skip: frozenset, shipped: tuple,
                     old: dict) -> None:
    """Per held-out set and over them all: relations F1 without the component, with
    the OLD model (at its own thresholds and skip list) and with MODEL, and the
    relations each adds (right / wrong)."""
    old_skip = frozenset(map(tuple, old.get("skip", ())))
    old_shipped = (old.get("threshold", relfill.THRESHOLD), old.get("thresholds", {}))
    total = {k: Counter() for k in ("base", "old", "new")}
    print("held out\tbase\tshipped model\tnew model")
    for name in held:
        r_old = measure(sets[name], old["weights"], ("shipped",), skip=old_skip, shipped=old_shipped)
        r_new = measure(sets[name], model["weights"], ("shipped",), skip=skip, shipped=shipped)
        total["base"].update(r_old["base_c"])
        total["old"].update({k: v for k, v in r_old["shipped"].items() if k != "f1"})
        total["new"].update({k: v for k, v in r_new["shipped"].items() if k != "f1"})
        a, b = r_old["shipped"], r_new["shipped"]
        print(f"{short(name)}\t{r_old['base']:.4f}\t{_reading(a)}\t{_reading(b)}")
    f = {k: gold_sets.f1(c["tp"], c["p"], c["g"]) for k, c in total.items()}
    print(f"all\t{f['base']:.4f}\t{_reading(dict(total['old'], f1=f['old']))}\t{_reading(dict(total['new'], f1=f['new']))}")


if __name__ == "__main__":
    main()
