"""The repository's gold sets as the training scripts read them (train_crf.py,
train_relfill.py): where a set's file is, its short name, and the rule
pipeline's state on it, computed once and cached under a directory."""
from __future__ import annotations

import gzip
import hashlib
import json
import pickle
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# the first held-out set still blind: it and the later ones estimate unseen text
# and are never trained or tuned on (tests/data/blind/README.md); a session that
# opens one raises this number
FIRST_BLIND = 48
# the sets every trainer learns from and holds out in turn: all gold in
# tests/data (tests/data/train: sets written only to train on) but the blind
# sets (holdout{FIRST_BLIND} on) and news_pir (names only)
OPEN = ["dev", "check"] + [f"blind/{s}" for s in ["blind1", "blind2", "blind3", "blind_rel", "holdout"]] + [
    f"blind/holdout{i}" for i in range(2, FIRST_BLIND)] + [f"blind/national{i}" for i in range(1, 6)] + [
    f"train/train{i}" for i in range(1, 18)]
# (annotated for entities only)
NO_RELATIONS = ("blind2", "blind3")


def set_path(name: str) -> Path:
    p = Path(name)
    return p if p.suffix == ".jsonl" else DATA / f"{name}.jsonl"


def short(name: str) -> str:
    return Path(name).stem if name.endswith(".jsonl") else name.split("/")[-1]


def read_records(path: Path) -> list[dict]:
    """The JSON records of the JSONL file PATH (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def f1(tp: int, p: int, g: int) -> float:
    """F1 of TP right among P predicted and G gold items."""
    pr, rc = (tp / p if p else 0), (tp / g if g else 0)
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def pipeline_state(rec: dict, stop_before: str | None = None, options=None) -> dict:
    """The pipeline's user_data on record REC's text, as kg.extract.core runs
    it (up to, not including, the component STOP_BEFORE; OPTIONS: the
    extractor's components, the rules alone unless given)."""
    from kg.extract.pipeline import get_nlp, split_sentences

    if options is None:
        try:
            from kg.options import RULES_ONLY as options
        except ImportError:  # a checkout older than kg.options (train_relfill.py --make-then): its get_nlp() is the rules
            options = None
    nlp = get_nlp(options) if options is not None else get_nlp()
    text = rec["text"]
    doc = nlp.make_doc(text)
    doc.user_data["kg_raw"] = text
    doc.user_data["kg_doc_id"] = str(rec.get("id", ""))
    doc.user_data["kg_sentences"] = split_sentences(text)
    for name, proc in nlp.pipeline:
        if name == stop_before:
            break
        doc = proc(doc)
    return doc.user_data


def rules_stamp(skip: tuple[str, ...]) -> str:
    """A key of the rule data, the extractor's modules and its models (the SKIP
    module files and their models aside: the statistical component a script trains)."""
    files = sorted((ROOT / "ontology").rglob("*")) + sorted(
        f for f in (ROOT / "kg" / "extract").glob("*.py") if f.name not in skip) + sorted(
        f for f in (ROOT / "kg" / "extract" / "models").glob("*") if f.name.split(".")[0] + ".py" not in skip)
    return hashlib.sha1("".join(f"{f}{f.stat().st_mtime_ns}" for f in files if f.is_file()).encode()).hexdigest()[:12]


def load_set(name: str, cache: Path, run_rules: Callable[[list[dict]], list[dict]],
             skip: tuple[str, ...]) -> list[dict]:
    """run_rules(records) of set NAME, cached in CACHE keyed by the set file's
    and the rules' modification times (delete the cache after changing rules
    within the same second)."""
    src = set_path(name)
    key = hashlib.sha1(f"{src.resolve()}{src.stat().st_mtime_ns}{rules_stamp(skip)}".encode()).hexdigest()[:16]
    path = cache / f"{short(name)}-{key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    state = run_rules(read_records(src))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(state))
    return state


def sparse_design(data: list[tuple[list[str], object]], minfreq: int):
    """The vocabulary of the features seen in at least MINFREQ rows of DATA
    ((features, label) rows), and the rows' nonzero (row, column) indexes as
    numpy arrays: the design matrix the logistic regressions train on."""
    import numpy as np

    counts = Counter(x for f, _ in data for x in set(f))
    vocab = {x: i for i, x in enumerate(sorted(x for x, c in counts.items() if c >= minfreq))}
    rows, cols = [], []
    for n, (f, _) in enumerate(data):
        for x in set(f):
            i = vocab.get(x)
            if i is not None:
                rows.append(n)
                cols.append(i)
    return vocab, np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def trainer_parser(doc: str, model: Path, cache: Path):
    """The argument parser every trainer starts from: where the model goes, the
    rule-pipeline cache, and the leave-one-set-out switches."""
    import argparse

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=model, help="where to write the model (default: the shipped one)")
    ap.add_argument("--cache", type=Path, default=cache, help="rule-pipeline output per set")
    ap.add_argument("--loso", action="store_true", help="leave each open set out in turn and measure it; writes no shipped model")
    ap.add_argument("--only", action="append", default=[], help="with --loso: only these held-out sets (e.g. holdout9)")
    return ap


def regression_options(ap, l2: float = 1e-4) -> None:
    """The logistic regressions' training options (full-batch Adam; features seen in >= --minfreq rows)."""
    ap.add_argument("--minfreq", type=int, default=3)
    ap.add_argument("--l2", type=float, default=l2)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.05)


def regression_kwargs(args) -> dict:
    """The training options of ``regression_options`` as parsed into ARGS, as the fits take them."""
    return dict(minfreq=args.minfreq, l2=args.l2, iters=args.iters, lr=args.lr)


def leave_one_set_out(sets: dict[str, list], fit: Callable[[list], dict],
                      only: list[str] | None = None) -> Iterator[tuple[str, dict, float]]:
    """(held-out set, the model FIT on the items of every other set, perf_counter when its
    fit began) for each set of SETS (name -> items), or only those named in ONLY."""
    for name in sets:
        if only and name not in only:
            continue
        started = time.perf_counter()
        yield name, fit([it for s, v in sets.items() if s != name for it in v]), started


def write_model(model: dict, path: Path, separators: tuple[str, str] | None = None) -> None:
    """Writes a trainer's MODEL to PATH as the gzipped JSON the extractor reads (SEPARATORS: json.dumps's)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
        # (no name nor time in the gzip header: the same model gives the same bytes)
        fh.write(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=separators).encode("utf-8"))


def write_rows(path: Path, rows: list) -> None:
    """Writes a trainer's held-out ROWS to PATH, one tab-separated row a line."""
    path.write_text("".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
