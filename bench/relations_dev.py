"""Error analysis for relation extraction on gold passages, independent of the
entity recogniser: mentions are built from each passage's GOLD entity surfaces
(every occurrence, longest first, non-overlapping), relations are scored like the
reference scorer (set of (head surface, type, tail surface) per passage, micro).

    .venv/bin/python bench/relations_dev.py [GOLD.jsonl] [--errors] [--quiet] [--stress]
                                            [--system] [--type TYPE] [--help]

Prints P/R/F1 overall and per relation type, per-rule precision, the time per
thousand characters, and with --errors the false negatives / positives.
--system takes the mentions from the recogniser instead of the gold surfaces (the
relations `kg eval` scores; a false negative whose two surfaces are both
recognised is marked "*": a relation rule's miss, not the recogniser's).
--type TYPE lists the errors of one relation type only (with --errors).
--stress also times one ~1M-character document (the gold passages repeated),
one 100k-character "sentence" without punctuation holding 20k mentions, and a
line without punctuation at 1x and 4x length (the cost ratio should be about 4).
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.relations import extract_relations  # noqa: E402
from kg.model import Mention  # noqa: E402

SENTENCE_END = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SENTENCE_END.finditer(text) if m.end() > m.start() and text[m.start():m.end()].strip()]


def gold_mentions(text: str, entities: list[dict]) -> list[Mention]:
    """Every occurrence of every gold surface, longest surfaces first, no overlaps."""
    taken = [False] * len(text)
    out = []
    types = {}
    for e in entities:
        types.setdefault(e["text"], e["type"])
    for surface in sorted(types, key=len, reverse=True):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(taken[start:end]):
                for i in range(start, end):
                    taken[i] = True
                out.append(Mention(surface, types[surface], surface, start, end))
            start = text.find(surface, start + 1)
    return sorted(out, key=lambda m: m.start)


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    only_type = None
    if "--type" in argv:
        k = argv.index("--type")
        if k + 1 >= len(argv):
            print("--type needs a relation type", file=sys.stderr)
            return 2
        only_type = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    system = "--system" in argv
    args = [a for a in argv if not a.startswith("--")]
    gold_path = Path(args[0]) if args else ROOT / "tests" / "data" / "dev.jsonl"
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_type: dict[str, Counter] = defaultdict(Counter)
    by_rule: dict[str, Counter] = defaultdict(Counter)
    fns, fps = [], []
    total = Counter()
    chars, elapsed = 0, 0.0
    for rec in records:
        text = rec["text"]
        if system:
            from kg.extract.core import extract_text

            mentions = [m for m in extract_text(text, str(rec["id"])).mentions if m.source == "text"]
        else:
            mentions = gold_mentions(text, rec.get("entities", []))
        surfaces = {m.text for m in mentions}
        sentences = split_sentences(text)
        t0 = time.perf_counter()
        rels = extract_relations(text, sentences, mentions, rec["id"])
        elapsed += time.perf_counter() - t0
        chars += len(text)
        gold = {(r["head"], r["type"], r["tail"]) for r in rec.get("relations", [])}
        pred = {}
        for r in rels:
            pred.setdefault((r.head_text, r.type, r.tail_text), r.evidence.rule)
        total.update(tp=len(gold & set(pred)), p=len(pred), g=len(gold))
        for t in {x[1] for x in gold | set(pred)}:
            g = {x for x in gold if x[1] == t}
            p = {x for x in pred if x[1] == t}
            by_type[t].update(tp=len(g & p), p=len(p), g=len(g))
        for x, rule in pred.items():
            by_rule[rule].update(p=1, tp=int(x in gold))
            if x not in gold:
                fps.append((rec["id"], x, rule))
        for x in sorted(gold - set(pred)):
            fns.append((rec["id"], x, x[0] in surfaces and x[2] in surfaces))
    p, r, f = prf(total["tp"], total["p"], total["g"])
    print(f"relations ({'recognised' if system else 'gold'} mentions)  P={p:.3f} R={r:.3f} F1={f:.3f}  tp={total['tp']} pred={total['p']} gold={total['g']}")
    for t, c in sorted(by_type.items()):
        p, r, f = prf(c["tp"], c["p"], c["g"])
        print(f"  {t:15s} P={p:.3f} R={r:.3f} F1={f:.3f}  tp={c['tp']} pred={c['p']} gold={c['g']}")
    if "--quiet" not in argv:
        print("per rule (precision):")
        for rule, c in sorted(by_rule.items()):
            print(f"  {rule:40s} {c['tp']:3d}/{c['p']:3d}")
    print(f"time: {1e6 * elapsed / max(chars, 1):.3f} ms per 1000 chars ({chars} chars)")
    if "--stress" in argv:
        stress(records)
    if "--errors" in argv:
        print("\nFALSE NEGATIVES" + ("  (*: both surfaces recognised)" if system else ""))
        for pid, (h, t, tl), both in fns:
            if only_type is None or t == only_type:
                print(f"  {pid}{' *' if system and both else '  '} {h} -{t}-> {tl}")
        print("\nFALSE POSITIVES")
        for pid, (h, t, tl), rule in fps:
            if only_type is None or t == only_type:
                print(f"  {pid}  {h} -{t}-> {tl}   [{rule}]")
    return 0


def stress(records: list[dict]) -> None:
    parts, mentions, offset = [], [], 0
    while offset < 1_000_000:
        for rec in records:
            text = rec["text"] + "\n"
            for m in gold_mentions(rec["text"], rec.get("entities", [])):
                mentions.append(Mention(m.text, m.type, m.label, m.start + offset, m.end + offset))
            parts.append(text)
            offset += len(text)
    doc = "".join(parts)
    t0 = time.perf_counter()
    rels = extract_relations(doc, split_sentences(doc), mentions, "stress")
    dt = time.perf_counter() - t0
    print(f"stress: {len(doc)} chars, {len(mentions)} mentions, {len(rels)} relations in {dt:.2f}s "
          f"({1e6 * dt / len(doc):.3f} ms per 1000 chars)")
    # worst case: no sentence boundaries at all, a mention every five characters
    unit = "人工智能赋能制造业和"
    text = unit * 10_000
    ms = []
    for i in range(10_000):
        base = i * len(unit)
        ms.append(Mention("人工智能", "Technology", "人工智能", base, base + 4))
        ms.append(Mention("制造业", "Industry", "制造业", base + 6, base + 9))
    t0 = time.perf_counter()
    rels = extract_relations(text, [(0, len(text))], ms, "flat")
    dt = time.perf_counter() - t0
    print(f"stress (no punctuation): {len(text)} chars, {len(ms)} mentions, {len(rels)} relations in {dt:.2f}s")
    # scaling: one line without punctuation, 1x and 4x (linear cost: ratio about 4)
    times = []
    warm, warm_ms = flat_line(10)
    extract_relations(warm, [(0, len(warm))], warm_ms, "warm-up")  # compiles the patterns
    for n in (4_000, 16_000):
        line, ms = flat_line(n)
        t0 = time.perf_counter()
        extract_relations(line, [(0, len(line))], ms, "flat")
        times.append(time.perf_counter() - t0)
        print(f"stress (one line): {len(line)} chars, {len(ms)} mentions in {times[-1]:.2f}s")
    print(f"stress (one line): 4x the text costs {times[1] / times[0]:.1f}x")


def flat_line(repeats: int) -> tuple[str, list[Mention]]:
    """A line with no punctuation at all: a mention every few characters and the
    cues of several rule families (a policy that 提出 opens a {REST} to the end),
    as in a table flattened into one line."""
    unit = "人工智能赋能制造业并应用于医疗规划提出发展算力以及"
    ms = []
    for i in range(repeats):
        base = i * len(unit)
        ms.append(Mention("人工智能", "Technology", "人工智能", base, base + 4))
        ms.append(Mention("制造业", "Industry", "制造业", base + 6, base + 9))
        ms.append(Mention("医疗", "Industry", "医疗", base + 13, base + 15))
        ms.append(Mention("规划", "Policy", "规划", base + 15, base + 17))
        ms.append(Mention("算力", "Technology", "算力", base + 21, base + 23))
    return unit * repeats, ms


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
