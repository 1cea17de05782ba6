"""Extraction throughput vs bare spaCy+jieba tokenisation, same text, one process.

    .venv/bin/python bench/bench_extract.py [--mb 5]

The bundled corpus (corpus/*.txt) is repeated until it holds >= MB megabytes of
UTF-8; each file copy is one document.  Prints chars/s (CPU time, the runs
interleaved per document) for both and the ratio (target: >= 0.5), and, when
the `ner` extra is installed, the same with the statistical NER component
(--ner) beside it: NER becomes the default only if the default pipeline with it
stays at >= 0.5.
"""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(mb: float) -> list[str]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    base = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    texts, size = [], 0
    while size < mb * 1_000_000:
        for t in base:
            texts.append(t)
            size += len(t.encode("utf-8"))
    return texts


def main() -> None:
    mb = float(sys.argv[sys.argv.index("--mb") + 1]) if "--mb" in sys.argv else 5.0
    texts = corpus_texts(mb)
    chars = sum(map(len, texts))
    import spacy

    from kg.extract import extract_text

    bare = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    bare("预热")
    extract_text("预热人工智能")  # builds the pipeline, loads the lexicon into jieba
    installed = importlib.util.find_spec("jiagu") is not None
    ner = installed and "--no-ner" not in sys.argv
    if ner:
        extract_text("预热人工智能", ner=True)  # loads jiagu's model
    # interleave the two per document and count process CPU time, so that load
    # from other processes on the machine hits both sides alike
    t_bare = t_kg = t_ner = 0.0
    mentions = ner_mentions = 0
    for i, t in enumerate(texts):
        t0 = time.process_time()
        bare(t)
        t1 = time.process_time()
        mentions += len(extract_text(t, str(i)).mentions)
        t2 = time.process_time()
        t_bare += t1 - t0
        t_kg += t2 - t1
        if ner:
            ner_mentions += len(extract_text(t, str(i), ner=True).mentions)
            t_ner += time.process_time() - t2

    print(f"corpus: {len(texts)} documents, {chars:,} chars, {sum(len(t.encode()) for t in texts) / 1e6:.1f} MB")
    print(f"spacy.blank('zh')+jieba tokenise: {chars / t_bare:,.0f} chars/s ({t_bare:.2f} s)")
    print(f"kg extract_text (full pipeline):  {chars / t_kg:,.0f} chars/s ({t_kg:.2f} s), {mentions:,} mentions")
    if ner:
        print(f"kg extract_text --ner:            {chars / t_ner:,.0f} chars/s ({t_ner:.2f} s), {ner_mentions:,} mentions")
        print(f"ratio: {t_bare / t_kg:.2f} (default pipeline)   {t_bare / t_ner:.2f} (with --ner)")
    else:
        why = "--no-ner" if installed else "the ner extra is not installed"
        print(f"ratio: {t_bare / t_kg:.2f} (default pipeline)   --ner: not measured ({why})")


if __name__ == "__main__":
    main()
