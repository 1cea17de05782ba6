"""Person / Institution / Region scores of the extractor on a gold file, with
and without the statistical NER component (the `ner` extra), and the errors.

    .venv/bin/python bench/score_pir.py [tests/data/blind/news_pir.jsonl] [--types Person,Region] [--errors]

Gold and predictions are both filtered to the types, so gold files annotated
for these types only (news_pir.jsonl) score fairly.  Prints one line per type
and the three together, for the rule pipeline and, when jiagu is installed,
with --ner.
"""
from __future__ import annotations

import importlib.util
import sys

from kg.eval import score
from kg.extract import extract_passages
from kg.extract.passages import read_jsonl
from kg.options import DEFAULT_EXTRACTOR, ExtractorOptions

TYPES = ("Person", "Institution", "Region")


def only(records: list[dict], types: set[str]) -> list[dict]:
    return [{**r, "entities": [e for e in r.get("entities", []) if e["type"] in types], "relations": []}
            for r in records]


def errors(gold: list[dict], pred: list[dict]) -> None:
    for g, p in zip(gold, pred):
        ge = {(e["text"], e["type"]) for e in g["entities"]}
        pe = {(e["text"], e["type"]) for e in p["entities"]}
        if ge != pe:
            miss = " ".join(f"{t}/{ty[:3]}" for t, ty in sorted(ge - pe))
            extra = " ".join(f"{t}/{ty[:3]}" for t, ty in sorted(pe - ge))
            print(f"  {g['id']}: missed {miss or '-'} | extra {extra or '-'}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    types = set(TYPES)
    if "--types" in sys.argv:
        types = set(sys.argv[sys.argv.index("--types") + 1].split(","))
        args.remove(sys.argv[sys.argv.index("--types") + 1])
    records = read_jsonl(args[0] if args else "tests/data/blind/news_pir.jsonl")
    gold = only(records, types)
    runs: list[tuple[str, ExtractorOptions]] = [("rules", DEFAULT_EXTRACTOR)]
    if importlib.util.find_spec("jiagu") is not None:
        runs.append(("rules + --ner", ExtractorOptions(ner=True)))
    for name, extractor in runs:
        pred = only(extract_passages(records, extractor=extractor), types)
        s = score(gold, pred)
        p, r, f = s["entities_typed"]
        print(f"{name:14s} {'+'.join(sorted(types))}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        for t, (tp, tr, tf, g) in s["by_type"].items():
            print(f"  {t:12s} P={tp:.3f} R={tr:.3f} F1={tf:.3f} gold={g}")
        if "--errors" in sys.argv:
            errors(gold, pred)


if __name__ == "__main__":
    main()
