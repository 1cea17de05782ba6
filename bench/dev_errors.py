"""Error analysis against a gold file: prints scores, then the missed (FN) and
spurious (FP) entities by type, most frequent first; with --context, each one
in its sentence.

    .venv/bin/python bench/dev_errors.py [GOLD] [--pred PRED] [--type Technology] [--context 20]
"""
from __future__ import annotations

import argparse
from collections import Counter

from kg.cli.render import format_scores
from kg.eval import score
from kg.extract import extract_passages
from kg.extract.passages import read_jsonl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default="tests/data/dev.jsonl", help="annotated passages (JSONL), default tests/data/dev.jsonl")
    ap.add_argument("--pred", help="predictions already made (kg extract output); default: extract the gold passages now")
    ap.add_argument("--type", dest="only", help="show only this entity type (Technology, Industry, …)")
    ap.add_argument("--context", type=int, default=0, metavar="N",
                    help="print each miss and spurious entity with N characters either side, per passage")
    args = ap.parse_args()
    gold = read_jsonl(args.gold)
    if args.pred:
        by_id = {p["id"]: p for p in read_jsonl(args.pred)}
        pred = [by_id.get(g["id"], {"id": g["id"], "entities": [], "relations": []}) for g in gold]
    else:
        pred = extract_passages(gold)
    print(format_scores(score(gold, pred)))
    fn, fp = Counter(), Counter()
    lines = []
    for g, p in zip(gold, pred):
        ge = {(e["text"], e["type"]) for e in g["entities"]}
        pe = {(e["text"], e["type"]) for e in p["entities"]}
        gu = {t: ty for t, ty in ge}
        pu = {t: ty for t, ty in pe}
        for kind, missing, other in (("FN", ge - pe, pu), ("FP", pe - ge, gu)):
            for surface, etype in sorted(missing):
                if args.only and etype != args.only:
                    continue
                note = ("pred:" if kind == "FN" else "gold:") + other[surface] if surface in other else ""
                (fn if kind == "FN" else fp)[(surface, etype, note)] += 1
                if args.context:
                    text, n = g["text"], args.context
                    i = text.find(surface)
                    window = f"{text[max(0, i - n) : i]}[{surface}]{text[i + len(surface) : i + len(surface) + n]}"
                    lines.append(f"{g['id']} {kind} {etype:<11} {surface} {note} | {window}".replace("\n", " "))
    for name, c in (("FN", fn), ("FP", fp)):
        by: dict[str, list] = {}
        for k, n in c.items():
            by.setdefault(k[1], []).append((k, n))
        for t, items in sorted(by.items()):
            print(f"\n{name} {t} ({sum(n for _, n in items)}):", "  ".join(
                f"{k[0]}{'[' + k[2] + ']' if k[2] else ''}{'x' + str(n) if n > 1 else ''}"
                for k, n in sorted(items, key=lambda kn: -kn[1])))
    if lines:
        print()
        print("\n".join(lines))


if __name__ == "__main__":
    main()
