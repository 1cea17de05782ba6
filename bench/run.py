"""Build benchmark: `kg build` on synthetic corpora of 1x, 10x and 100x the
bundled texts, with --jobs 1 and --jobs 2.

For each (scale, jobs) it prints wall seconds, input characters per second,
microseconds per character (should stay flat as the corpus grows), peak memory
(summed RSS, and summed PSS, of the build process and its worker processes, polled), the
triple count, the CPU seconds of the whole process tree and the 1-minute load
average when the run started (other work on the machine skews wall times), and
whether the build's graph (kg.ttl) is identical to the first --jobs value's; then the --jobs 2 / --jobs 1 speed-up per scale, and finally the
SPARQL figures of bench/bench_sparql.py when that script exists.

    .venv/bin/python bench/run.py                  # 1x, 10x, 100x (100x takes a while)
    .venv/bin/python bench/run.py --scales 1,10    # a quicker subset
    .venv/bin/python bench/run.py --jobs 2 --scales 100 --keep
    .venv/bin/python bench/run.py --scales 100 --repeat 3   # median of 3, less noise

Targets (issue 13): --jobs 2 at >= 1.6x the throughput of --jobs 1 at 10x and
>= 1.8x at 100x, peak memory (summed RSS) of a 100x build < 1 GB, cost per
character flat from 1x to 100x.  The figures are printed beside their targets.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from kg.cli.render import STAGES_LINE

ROOT = Path(__file__).resolve().parent.parent
SPEEDUP_TARGETS = {10: 1.6, 100: 1.8}  # scale -> --jobs 2 / --jobs 1 throughput
PEAK_TARGET_MB = {100: 1024}  # scale -> summed RSS of any of its builds
KG = [sys.executable, "-m", "kg"]
POLL_SECONDS = 0.1  # each sample walks the process tree: keep it cheap on 2 cores
PSS_SECONDS = 1.0


def make_corpus(source: Path, scale: int, dest: Path) -> tuple[int, int]:
    """SCALE copies of every text file of SOURCE under DEST.  Each copy has its
    own file name, so its own document ids: nothing is deduplicated, and the
    builds run with --full in fresh folders so no cache is reused.
    Returns (files, characters)."""
    dest.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in source.iterdir() if p.is_file() and p.suffix == ".txt")
    if not files:
        sys.exit(f"error: no .txt files in {source}")
    chars = 0
    count = 0
    for copy in range(scale):
        for f in files:
            text = f.read_text(encoding="utf-8")
            (dest / f"{f.stem}_c{copy:03d}{f.suffix}").write_text(text, encoding="utf-8")
            chars += len(text)
            count += 1
    return count, chars


def sample_tree(proc: psutil.Process, cpu: dict[int, float], pss: bool) -> tuple[int, int]:
    """Memory of PROC and all its descendants, in bytes: (summed RSS, summed
    PSS, or 0 unless PSS).  RSS counts pages shared between processes (workers
    forked from one server share the loaded model) once per process; PSS
    splits them, so its sum is the tree's real footprint, but reading it walks
    each process's page tables (~10 ms for 1 GB): sampled it would take CPU
    from the build it measures.  Records each process's CPU seconds so far in
    CPU (pid -> user + system)."""
    rss = pss_sum = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0, 0
    for p in procs:
        try:
            with p.oneshot():
                mem = p.memory_full_info() if pss else p.memory_info()
                rss += mem.rss
                pss_sum += getattr(mem, "pss", mem.rss) if pss else 0
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
        except psutil.Error:
            pass
    return rss, pss_sum


def run_build(corpus: Path, out: Path, jobs: int) -> dict:
    """One `kg build --full` in a fresh OUT; wall time and peak tree RSS."""
    if out.exists():
        shutil.rmtree(out)
    cmd = KG + ["build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--full", "--quiet"]
    load = os.getloadavg()[0]  # other work on the machine skews wall times
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    watched = psutil.Process(proc.pid)
    peak = peak_pss = 0
    cpu: dict[int, float] = {}
    last_pss = 0.0
    while proc.poll() is None:
        # PSS at most once a second, and only near the peak so far
        now = time.perf_counter()
        rss, _ = sample_tree(watched, cpu, pss=False)
        if rss >= 0.9 * peak and now - last_pss >= PSS_SECONDS:
            last_pss = now
            rss, pss = sample_tree(watched, cpu, pss=True)
            peak_pss = max(peak_pss, pss)
        peak = max(peak, rss)
        time.sleep(POLL_SECONDS)
    wall = time.perf_counter() - started
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        sys.exit(f"error: kg build failed ({proc.returncode}): {stderr.strip()[-500:]}")
    return {"wall": wall, "peak_rss": peak, "peak_pss": peak_pss, "cpu": sum(cpu.values()), "load": load, "stdout": stdout,
            **read_counts(out)}


def read_counts(out: Path) -> dict:
    """Documents and triples of a finished build (manifest.json, else kg.ttl)."""
    counts: dict = {"docs": None, "triples": None, "extractor": None}
    manifest = out / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        counts["extractor"] = data.get("extractor")  # the fingerprint of kg/extract and the lexicons
        found = _find_keys(data, {"triples", "documents"})
        counts["triples"] = found.get("triples")
        docs = found.get("documents")
        counts["docs"] = len(docs) if isinstance(docs, (list, dict)) else docs
    if counts["triples"] is None and (out / "kg.ttl").exists():
        import pyoxigraph

        with open(out / "kg.ttl", "rb") as f:
            counts["triples"] = sum(1 for _ in pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE))
    return counts


def graph_triples(out: Path) -> set[str]:
    """The triples of a build's kg.ttl, as N-Triples lines (for comparing builds)."""
    import pyoxigraph

    data = pyoxigraph.serialize(pyoxigraph.parse(path=str(out / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE),
                                format=pyoxigraph.RdfFormat.N_TRIPLES)
    return set(data.decode("utf-8").splitlines())


def _find_keys(data, keys: set[str]) -> dict:
    """First value for each of KEYS anywhere in a nested JSON object."""
    found: dict = {}
    stack = [data]
    while stack:
        node = stack.pop(0)
        if isinstance(node, dict):
            for k, v in node.items():
                if k in keys and k not in found:
                    found[k] = v
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(x for x in node if isinstance(x, (dict, list)))
    return found


def fmt_row(values: list, widths: list[int]) -> str:
    return "  ".join(str(v).rjust(w) for v, w in zip(values, widths))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scales", default="1,10,100", help="comma-separated corpus multiples (default 1,10,100)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="the texts to replicate")
    ap.add_argument("--work", type=Path, default=None, help="folder for corpora and builds (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--repeat", type=int, default=1,
                    help="builds per (scale, jobs), alternating the jobs values; the median is reported (default 1)")
    ap.add_argument("--no-sparql", action="store_true", help="skip bench/bench_sparql.py")
    ap.add_argument("--sparql-triples", type=int, default=1_000_000,
                    help="size of bench_sparql.py's synthetic graph (default 1,000,000)")
    args = ap.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",") if s.strip()]
    jobs_list = [int(j) for j in args.jobs.split(",") if j.strip()]

    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    headers = ["scale", "jobs", "docs", "chars", "wall_s", "chars/s", "us/char", "peak_MB", "pss_MB", "triples", "cpu_s", "load"]
    widths = [5, 4, 6, 10, 8, 9, 7, 8, 7, 9, 7, 5]
    print(f"kg build benchmark  (cpus: {os.cpu_count()}, python {sys.version.split()[0]}, work: {work})")
    print(fmt_row(headers, widths), flush=True)
    results: dict[tuple[int, int], dict] = {}
    last_out = None
    try:
        for scale in scales:
            corpus = work / f"corpus_{scale}x"
            if corpus.exists():
                shutil.rmtree(corpus)
            _files, chars = make_corpus(args.corpus, scale, corpus)
            reference = None  # triples of the first build at this scale
            runs: dict[int, list[dict]] = {jobs: [] for jobs in jobs_list}
            # repeats alternate the --jobs values, so load from other work on
            # the machine falls on all of them alike; the median run is reported
            for rep in range(args.repeat):
                for jobs in jobs_list:
                    out = work / f"out_{scale}x_j{jobs}"
                    r = run_build(corpus, out, jobs)
                    r["chars"] = chars
                    runs[jobs].append(r)
                    last_out = out
                    if rep == 0:  # every --jobs value must build the same graph
                        graph = graph_triples(out)
                        if reference is None:
                            reference = (jobs, graph, r["extractor"])
                        elif r["extractor"] != reference[2]:
                            # someone edited kg/extract or a lexicon between the builds
                            print(f"      the extractor changed since --jobs {reference[0]}'s build: "
                                  f"graphs not compared", flush=True)
                            r["differs"] = True
                        elif graph != reference[1]:
                            print(f"      GRAPHS DIFFER: --jobs {jobs} has {len(graph - reference[1])} triples "
                                  f"--jobs {reference[0]} lacks, and lacks {len(reference[1] - graph)}", flush=True)
                            r["differs"] = True
                        del graph
                    if jobs != jobs_list[-1] or scale != scales[-1] or rep != args.repeat - 1:
                        shutil.rmtree(out, ignore_errors=True)
            for jobs in jobs_list:
                done = sorted(runs[jobs], key=lambda r: r["wall"])
                r = done[len(done) // 2]
                r["peak_rss"] = max(x["peak_rss"] for x in done)
                r["peak_pss"] = max(x["peak_pss"] for x in done)
                results[(scale, jobs)] = r
                walls = ", ".join(f"{x['wall']:.1f}" for x in runs[jobs])
                walls = f"  (walls: {walls})" if len(done) > 1 else ""
                print(fmt_row([
                    f"{scale}x", jobs, r["docs"] if r["docs"] is not None else "?", chars,
                    f"{r['wall']:.1f}", f"{chars / r['wall']:,.0f}", f"{1e6 * r['wall'] / chars:.1f}",
                    f"{r['peak_rss'] / 2**20:,.0f}", f"{r['peak_pss'] / 2**20:,.0f}", r["triples"] if r["triples"] is not None else "?",
                    f"{r['cpu']:.1f}", f"{r['load']:.1f}",
                ], widths) + walls, flush=True)
                if reference is not None and jobs != reference[0] and not any(x.get("differs") for x in done):
                    print(f"      graph identical to --jobs {reference[0]}'s", flush=True)
                stages = [l.strip() for l in r["stdout"].splitlines() if l.strip().startswith(STAGES_LINE)]
                if stages:
                    print(f"      {stages[0]}", flush=True)
            shutil.rmtree(corpus, ignore_errors=True)

        if 1 in jobs_list and len(jobs_list) > 1:
            print()
            for scale in scales:
                base = results.get((scale, 1))
                for jobs in jobs_list:
                    if jobs != 1 and base and (scale, jobs) in results:
                        speedup = base["wall"] / results[(scale, jobs)]["wall"]
                        target = SPEEDUP_TARGETS.get(scale) if jobs == 2 else None
                        aim = f"  (target >= {target}x: {'met' if speedup >= target else 'NOT met'})" if target else ""
                        print(f"{scale}x: --jobs {jobs} throughput = {speedup:.2f}x --jobs 1{aim}")
        if len(scales) > 1:
            for jobs in jobs_list:
                costs = [1e6 * results[(s, jobs)]["wall"] / results[(s, jobs)]["chars"] for s in scales]
                print(f"--jobs {jobs}: us/char by scale " + ", ".join(f"{s}x {c:.1f}" for s, c in zip(scales, costs))
                      + f"  (largest/smallest {max(costs) / min(costs):.2f})")
                # the fixed start-up (imports, pipeline, workers) dominates 1x:
                # the cost of each extra character is the slope between scales
                first = results[(scales[0], jobs)]
                slopes = [
                    1e6 * (results[(s, jobs)]["wall"] - first["wall"]) / (results[(s, jobs)]["chars"] - first["chars"])
                    for s in scales[1:]
                ]
                print(f"--jobs {jobs}: marginal us/char above {scales[0]}x: " + ", ".join(
                    f"{s}x {c:.1f}" for s, c in zip(scales[1:], slopes)))
        for scale, limit in PEAK_TARGET_MB.items():
            runs_at = [r for (s, _), r in results.items() if s == scale]
            if runs_at:
                mb = max(r["peak_rss"] for r in runs_at) / 2**20
                print(f"{scale}x peak memory: {mb:,.0f} MB summed RSS (target < {limit:,} MB: "
                      f"{'met' if mb < limit else 'NOT met'})")
        peak = max(r["peak_rss"] for r in results.values())
        peak_pss = max(r["peak_pss"] for r in results.values())
        print(f"peak memory over all runs: {peak / 2**20:,.0f} MB summed RSS, {peak_pss / 2**20:,.0f} MB summed PSS")

        bench_sparql = ROOT / "bench" / "bench_sparql.py"
        if not args.no_sparql and bench_sparql.exists() and last_out is not None:
            print(f"\n$ bench/bench_sparql.py --graph {last_out} --triples {args.sparql_triples}", flush=True)
            done = subprocess.run([sys.executable, str(bench_sparql), "--graph", str(last_out),
                                   "--triples", str(args.sparql_triples)], cwd=ROOT)
            if done.returncode != 0:
                print(f"(bench_sparql.py exited {done.returncode})")
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
