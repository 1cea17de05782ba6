"""Error analysis against a gold file: prints scores, then FN / FP by type.

    .venv/bin/python bench/dev_errors.py [tests/data/dev.jsonl] [--type Technology]
"""
from __future__ import annotations

import sys
from collections import Counter

from kg.cli.render import format_scores
from kg.eval import score
from kg.extract import extract_passages
from kg.extract.passages import read_jsonl


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = sys.argv[sys.argv.index("--type") + 1] if "--type" in sys.argv else None
    if only in args:
        args.remove(only)
    gold = read_jsonl(args[0] if args else "tests/data/dev.jsonl")
    pred = extract_passages(gold)
    print(format_scores(score(gold, pred)))
    fn, fp = Counter(), Counter()
    for g, p in zip(gold, pred):
        ge = {(e["text"], e["type"]) for e in g["entities"]}
        pe = {(e["text"], e["type"]) for e in p["entities"]}
        gu = {t: ty for t, ty in ge}
        for x in ge - pe:
            fn[x] += 1
        for x in pe - ge:
            fp[(x[0], x[1], "gold:" + gu[x[0]] if x[0] in gu else "")] += 1
    for name, c in (("FN", fn), ("FP", fp)):
        by = {}
        for k, n in c.items():
            by.setdefault(k[1], []).append((k, n))
        for t, items in sorted(by.items()):
            if only and t != only:
                continue
            print(f"\n{name} {t} ({sum(n for _, n in items)}):", "  ".join(
                f"{k[0]}{'[' + k[2] + ']' if len(k) > 2 and k[2] else ''}x{n}" if n > 1 else f"{k[0]}{'[' + k[2] + ']' if len(k) > 2 and k[2] else ''}"
                for k, n in sorted(items, key=lambda kn: -kn[1])))


if __name__ == "__main__":
    main()
