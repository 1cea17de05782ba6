"""Train the Technology / Industry gap-filling CRF (kg/extract/crf.py) and
measure it against the rules, leaving one set out at a time.

    python bench/train_crf.py                  # train on all open sets, write kg/extract/models/tech_industry.crf
    python bench/train_crf.py --loso           # leave-one-set-out table (no model written)
    python bench/train_crf.py --loso --only holdout9 --only dev
    python bench/train_crf.py --loso --exclude national4 --only national4 --only dev   # a shorter training list

Training data are made from the repository's gold files: each passage's gold
entity surfaces are placed in its text (every occurrence, longest first,
without overlap) and the Technology / Industry ones become the characters'
BIO labels.  The features need the rule pipeline's own tokens and chosen
spans, which are computed once per set and cached under --cache (keyed by the
set file's and the rule data's modification times; delete the cache after
changing rules).  crfsuite's L-BFGS training is deterministic: the same data
and options give the same model.  ../shared/gold/devext.jsonl (or any set
outside OPEN) is never trained on: pass it with --measure to score it.
--exclude keeps open sets out of training (with --loso they can still be held
out: the sets outside the training list share one model), to compare training
lists on the same held-out sets.

The leave-one-set-out table gives, per held-out set and confidence threshold,
the typed F1 of the pipeline's entities without / with the component (the
passage entities are the chosen spans, so the measure is exact), the spans it
adds (right / wrong), how often a confident span that equals or contains
a rule Technology / Industry span of the other type / a shorter one would
have been right (retype / replace), and the typed F1 when such a longer span
replaces the rule spans it contains (crf.gate's replace).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import crf  # noqa: E402

import gold_sets  # noqa: E402
from gold_sets import OPEN, set_path, short  # noqa: E402,F401 (the tests read them here)

THRESHOLDS = (0.0, 0.7, 0.8, 0.85, 0.9, 0.95)



def run_rules(records: list[dict]) -> list[dict]:
    """The rule pipeline's state on each record, after kg_conflicts: text,
    tokens, chosen and stop-listed spans, and the gold (surface, type) pairs."""
    from kg.extract.rules import NOT_ENTITY

    out = []
    for rec in records:
        ud = gold_sets.pipeline_state(rec, stop_before="kg_normalise")
        text = rec["text"]
        out.append({
            "id": rec.get("id"), "raw": text, "text": ud["kg_text"],
            "tokens": [tuple(t) for t in ud["kg_tokens"]],
            "chosen": [tuple(c) for c in ud["kg_chosen"]],
            "blocked": [tuple(c) for c in ud["kg_cands"] if c.type == NOT_ENTITY],
            "gold": [(e["text"], e["type"]) for e in rec.get("entities", [])],
        })
    return out


def load_set(name: str, cache: Path) -> list[dict]:
    return gold_sets.load_set(name, cache, run_rules, skip=("crf.py",))


def gold_labels(item: dict) -> list[str]:
    """BIO labels of the passage's characters: gold surfaces of every type placed
    longest first without overlap; only Technology and Industry are labelled."""
    text = item["raw"]
    labels = ["O"] * len(text)
    taken = bytearray(len(text))
    for surface, etype in sorted(set(item["gold"]), key=lambda x: (-len(x[0]), x)):
        if not surface:
            continue
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                code = crf.CODES.get(etype)
                if code:
                    labels[start] = "B-" + code
                    for i in range(start + 1, end):
                        labels[i] = "I-" + code
            start = text.find(surface, start + 1)
    return labels


def _cands(rows):
    from kg.extract.rules import Cand

    return [Cand(*r) for r in rows]


def sequences(item: dict):
    """(features, labels) of each clause of the passage."""
    labels = gold_labels(item)
    chosen = _cands(item["chosen"])
    for s, e in crf.clauses(item["text"]):
        if item["text"][s:e].strip():
            yield crf.char_features(item["text"], item["tokens"], chosen, s, e), labels[s:e]


def train(items: list[dict], model: Path, *, c1: float, c2: float, minfreq: float, iters: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for item in items:
        for x, y in sequences(item):
            trainer.append(x, y)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.minfreq": minfreq,
                        "feature.possible_transitions": True})
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))


def measure(items: list[dict], tagger, thresholds=THRESHOLDS, rows: list | None = None) -> dict:
    """Per threshold: typed F1 without / with the component, added right / wrong,
    and the retype / replace counts (right, wrong) of confident spans."""
    from kg.extract.lexicon import load_lexicon

    not_entities = load_lexicon().not_entities
    out = {t: Counter() for t in thresholds}
    base = Counter()
    for item in items:
        raw, gold = item["raw"], set(item["gold"])
        chosen = _cands(item["chosen"])
        blocked = _cands(item["blocked"])
        pred0 = {(raw[c.start:c.end], c.type) for c in chosen}
        base.update(tp=len(pred0 & gold), p=len(pred0), g=len(gold))
        spans = crf.predict(tagger, item["text"], item["tokens"], chosen)
        for th in thresholds:
            kept = crf.gate(item["text"], spans, chosen, blocked, threshold=th, min_chars=2, not_entities=not_entities)
            pred = {(raw[c.start:c.end], c.type) for c in kept}
            c = out[th]
            c.update(tp=len(pred & gold), p=len(pred), g=len(gold))
            rep = crf.gate(item["text"], spans, chosen, blocked, threshold=th, min_chars=2, not_entities=not_entities,
                           replace=th)
            pred_r = {(raw[x.start:x.end], x.type) for x in rep}
            c.update(rtp=len(pred_r & gold), rp=len(pred_r))
            for x in kept:
                if x.rule == crf.RULE:
                    ok = (raw[x.start:x.end], x.type) in gold
                    c["add_ok" if ok else "add_bad"] += 1
                    if rows is not None and th == thresholds[0]:
                        conf = max(sp[3] for sp in spans if sp[0] <= x.start and x.end <= sp[1])
                        rows.append((conf, "TP" if ok else "FP", x.type, raw[x.start:x.end],
                                     raw[max(0, x.start - 8):x.start] + "[" + raw[x.start:x.end] + "]" + raw[x.end:x.end + 8]))
            for s, e, etype, conf in spans:
                if conf < th:
                    continue
                surf = raw[s:e]
                for r in chosen:
                    if r.type not in crf.CODES:
                        continue
                    if (r.start, r.end) == (s, e) and r.type != etype:
                        c["retype_ok" if (surf, etype) in gold else "retype_bad"] += 1
                    elif s <= r.start and r.end <= e and (r.start, r.end) != (s, e) and r.type == etype:
                        c["replace_ok" if (surf, etype) in gold else "replace_bad"] += 1
    res = {"base": gold_sets.f1(base["tp"], base["p"], base["g"])}
    for th, c in out.items():
        res[th] = dict(c, f1=gold_sets.f1(c["tp"], c["p"], c["g"]), f1r=gold_sets.f1(c["rtp"], c["rp"], c["g"]))
    return res


def main(argv=None) -> None:
    ap = gold_sets.trainer_parser(__doc__, crf.MODEL_PATH, Path("/tmp/kg-crf-cache"))
    ap.add_argument("--measure", action="append", default=[], help="also score this gold file with the model (never trained on)")
    ap.add_argument("--exclude", action="append", default=[],
                    help="never train on this open set (e.g. to compare with a shorter training list); with --loso "
                         "it can still be held out and measured")
    ap.add_argument("--rows", type=Path, help="with --loso: write every added span (confidence, TP/FP, type, surface, context) here")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--iters", type=int, default=150)
    args = ap.parse_args(argv)
    opts = dict(c1=args.c1, c2=args.c2, minfreq=args.minfreq, iters=args.iters)
    sets = {name: load_set(name, args.cache) for name in OPEN}
    training = [s for s in OPEN if short(s) not in args.exclude]
    if args.loso:
        import pycrfsuite

        rows: list = []
        held_out = [s for s in OPEN if not args.only or short(s) in args.only]
        models: dict[tuple, Path] = {}
        total = {t: Counter() for t in THRESHOLDS}
        print("set\tbase\t" + "\t".join(f"F1@{t} +ok/-bad" for t in THRESHOLDS) + "\tretype ok/bad@.9\treplace ok/bad@.9\tF1 replacing (per threshold)")
        for held in held_out:
            t0 = time.perf_counter()
            used = tuple(s for s in training if s != held)
            if used not in models:  # a held-out set outside the training list: one model for all of them
                models[used] = model = args.cache / f"loso-{short(held)}.crf"
                train([it for s in used for it in sets[s]], model, **opts)
            model = models[used]
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            r = measure(sets[held], tagger, rows=rows)
            for t in THRESHOLDS:
                total[t].update({k: v for k, v in r[t].items() if k not in ("f1", "f1r")})
            c8 = r[0.9]
            print(f"{short(held)}\t{r['base']:.4f}\t" + "\t".join(
                f"{r[t]['f1']:.4f} +{r[t].get('add_ok', 0)}/-{r[t].get('add_bad', 0)}" for t in THRESHOLDS)
                + f"\t{c8.get('retype_ok', 0)}/{c8.get('retype_bad', 0)}\t{c8.get('replace_ok', 0)}/{c8.get('replace_bad', 0)}"
                + "\t" + " ".join(f"{r[t]['f1r']:.4f}" for t in THRESHOLDS)
                + f"\t({time.perf_counter() - t0:.0f}s)", flush=True)
        print("all\t\t" + "\t".join(f"+{total[t]['add_ok']}/-{total[t]['add_bad']}" for t in THRESHOLDS)
              + f"\t{total[0.9]['retype_ok']}/{total[0.9]['retype_bad']}\t{total[0.9]['replace_ok']}/{total[0.9]['replace_bad']}")
        if args.rows:
            gold_sets.write_rows(args.rows, sorted(rows, reverse=True))
        return
    train([it for s in training for it in sets[s]], args.model, **opts)
    print(f"model: {args.model} ({args.model.stat().st_size / 1e6:.2f} MB), trained on {', '.join(map(short, training))}")
    for name in args.measure:
        r = measure(load_set(name, args.cache), crf.load_tagger(args.model), thresholds=(crf.THRESHOLD,))
        c = r[crf.THRESHOLD]
        print(f"{short(name)}: typed {r['base']:.4f} -> {c['f1']:.4f}, added +{c.get('add_ok', 0)}/-{c.get('add_bad', 0)}")


if __name__ == "__main__":
    main()
