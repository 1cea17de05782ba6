"""Extraction throughput vs bare spaCy+jieba tokenisation, same text, one process.

    .venv/bin/python bench/bench_extract.py [--mb 5] [--repeat N] [--no-ner] [--spanfill]

The bundled corpus (corpus/*.txt, 5 documents) is read in passes, as many as
make >= MB megabytes of UTF-8 (5 MB: 22 passes; --repeat N sets N passes
instead).  In every pass each document goes through bare spaCy+jieba, the
default pipeline and, when the `ner` extra is installed, the pipeline with the
statistical NER component (--ner) and, given --spanfill, the default pipeline
with the span filler (kg.extract.spanfill) switched the other way (off, now
that the default has it; on where a default leaves it off), one right after
the other (the order
reversed every other pass), timed in process CPU time, so that load from other
processes on the machine hits all sides alike.

Printed:
  * steady state: for each side and document its fastest pass after the first
    (other processes only ever slow a run down, so the minimum is the figure
    they disturb least), summed over the documents -> chars/s and the ratio
    (target: >= 0.5; NER, or the span filler, becomes the default only if the
    default pipeline with it stays at >= 0.5);
  * cold: the one-time work of each side (imports, building the pipeline,
    loading the lexicon into jieba, jiagu's model for --ner) plus the first
    pass, so that cost moved out of the steady state still shows;
  * the old figure, all passes summed, for comparison with earlier readings,
    and the range of the ratio over single passes (how loaded the machine was).
On a loaded 2-core machine the steady ratio still moves by about +-0.015
between runs (the old summed figure by about +-0.025); compare two trees in
alternating runs rather than against a figure read at another time.
--dump PATH writes the raw times (CPU seconds, side -> pass -> document).
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts() -> list[str]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def _options(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                 epilog="Read this script's docstring for what each printed line means.")
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text to time (default 5: 22 passes of the corpus)")
    ap.add_argument("--repeat", type=int, default=0, help="passes over the corpus, instead of --mb")
    ap.add_argument("--no-ner", action="store_true", help="leave out the pipeline with --ner")
    ap.add_argument("--spanfill", action="store_true",
                    help="also time the default pipeline with the span filler (kg_spanfill) switched the other way")
    ap.add_argument("--dump", metavar="PATH", help="write the raw CPU times (side -> pass -> document) as JSON")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    opts = _options(sys.argv[1:] if argv is None else argv)
    texts = corpus_texts()
    chars = sum(map(len, texts))  # one pass
    size = sum(len(t.encode("utf-8")) for t in texts)
    passes = opts.repeat or math.ceil(opts.mb * 1_000_000 / size)
    passes = max(passes, 2)  # the first pass is the cold one; steady needs another

    installed = importlib.util.find_spec("jiagu") is not None
    ner = installed and not opts.no_ner

    # one-time work of each side, in CPU time (bare first: it loads jieba's dictionary)
    t0 = time.process_time()
    import spacy

    bare = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    bare("预热")
    t1 = time.process_time()
    from dataclasses import replace

    from kg.extract import extract_text
    from kg.options import DEFAULT_EXTRACTOR

    WITH_NER = replace(DEFAULT_EXTRACTOR, ner=True)
    # the span filler's side: the default pipeline with it switched the other way
    SWITCHED = replace(DEFAULT_EXTRACTOR, spanfill=not DEFAULT_EXTRACTOR.spanfill)
    SWITCHED_FLAG = "--spanfill" if SWITCHED.spanfill else "--no-spanfill"
    extract_text("预热人工智能")  # builds the pipeline, loads the lexicon into jieba
    t2 = time.process_time()
    if ner:
        extract_text("预热人工智能", extractor=WITH_NER)  # loads jiagu's model
    t3 = time.process_time()
    if opts.spanfill:
        extract_text("预热人工智能", extractor=SWITCHED)  # (a pipeline of its own)
    t4 = time.process_time()
    setup = {"bare": t1 - t0, "kg": t2 - t1, "ner": t3 - t2, "spanfill": t4 - t3}

    def run_bare(t: str, i: int) -> int:
        bare(t)
        return 0

    def run_kg(t: str, i: int) -> int:
        return len(extract_text(t, str(i)).mentions)

    def run_ner(t: str, i: int) -> int:
        return len(extract_text(t, str(i), extractor=WITH_NER).mentions)

    def run_spanfill(t: str, i: int) -> int:
        return len(extract_text(t, str(i), extractor=SWITCHED).mentions)

    sides = [("bare", run_bare), ("kg", run_kg)] + ([("ner", run_ner)] if ner else []) \
        + ([("spanfill", run_spanfill)] if opts.spanfill else [])
    # times[side][pass][doc]
    times: dict[str, list[list[float]]] = {name: [] for name, _ in sides}
    mentions = {name: 0 for name, _ in sides}
    for p in range(passes):
        order = sides if p % 2 == 0 else sides[::-1]
        row: dict[str, list[float]] = {name: [] for name, _ in sides}
        for i, t in enumerate(texts):
            for name, fn in order:
                a = time.process_time()
                mentions[name] += fn(t, i)
                row[name].append(time.process_time() - a)
        for name in row:
            times[name].append(row[name])

    steady = {n: sum(min(ts[p][d] for p in range(1, passes)) for d in range(len(texts))) for n, ts in times.items()}
    # a fresh process that extracts pays bare's one-time work too (spaCy, jieba's
    # dictionary), then its own; --ner on top of the default pipeline's
    one_time = {"bare": setup["bare"], "kg": setup["bare"] + setup["kg"],
                "ner": setup["bare"] + setup["kg"] + setup["ner"],
                "spanfill": setup["bare"] + setup["kg"] + setup["spanfill"]}
    cold = {n: one_time[n] + sum(ts[0]) for n, ts in times.items()}
    summed = {n: sum(map(sum, ts)) for n, ts in times.items()}

    total_chars = chars * passes
    print(f"corpus: {len(texts)} documents x {passes} passes, {total_chars:,} chars, {size * passes / 1e6:.1f} MB")
    print("steady state (each document's fastest pass after the first, CPU time):")
    print(f"spacy.blank('zh')+jieba tokenise: {chars / steady['bare']:,.0f} chars/s ({steady['bare']:.3f} s a pass)")
    print(f"kg extract_text (full pipeline):  {chars / steady['kg']:,.0f} chars/s ({steady['kg']:.3f} s a pass), "
          f"{mentions['kg']:,} mentions")
    if ner:
        print(f"kg extract_text --ner:            {chars / steady['ner']:,.0f} chars/s ({steady['ner']:.3f} s a pass), "
              f"{mentions['ner']:,} mentions")
        print(f"ratio: {steady['bare'] / steady['kg']:.3f} (default pipeline)   "
              f"{steady['bare'] / steady['ner']:.3f} (with --ner)")
    else:
        why = "--no-ner" if installed else "the ner extra is not installed"
        print(f"ratio: {steady['bare'] / steady['kg']:.3f} (default pipeline)   --ner: not measured ({why})")
    if opts.spanfill:
        print(f"kg extract_text {SWITCHED_FLAG}:{' ' * (17 - len(SWITCHED_FLAG))}{chars / steady['spanfill']:,.0f} chars/s "
              f"({steady['spanfill']:.3f} s a pass), {mentions['spanfill']:,} mentions")
        print(f"ratio: {steady['bare'] / steady['spanfill']:.3f} (default pipeline with {SWITCHED_FLAG})")
    line = "cold, a fresh process (one-time work + first pass): " + ", ".join(
        f"{label} {one_time[n]:.2f} + {cold[n] - one_time[n]:.2f} s"
        for n, label in (("bare", "bare"), ("kg", "kg"), ("ner", "--ner"), ("spanfill", SWITCHED_FLAG)) if n in cold)
    print(line)
    for head, figure in (("cold ratio:", cold), ("all passes summed: ratio", summed)):
        line = f"{head} {figure['bare'] / figure['kg']:.3f} (default pipeline)"
        if ner:
            line += f"   {figure['bare'] / figure['ner']:.3f} (with --ner)"
        if opts.spanfill:
            line += f"   {figure['bare'] / figure['spanfill']:.3f} (with {SWITCHED_FLAG})"
        print(line)
    # how loaded the machine was: the default ratio of each pass after the first
    per = sorted(sum(times["bare"][p]) / sum(times["kg"][p]) for p in range(1, passes))
    print(f"noise: single passes read {per[0]:.3f}-{per[-1]:.3f} (median {per[len(per) // 2]:.3f})")
    if opts.dump:  # raw CPU seconds, times[side][pass][document], for a closer look
        import json

        Path(opts.dump).write_text(json.dumps({"setup": setup, "times": times}))


if __name__ == "__main__":
    main()
