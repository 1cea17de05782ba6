"""Time `kg` start-up: CPU (user+sys, which a loaded host inflates little) and
wall per run of `kg --help`, `kg lookup --help` and `kg lookup` on a graph.

    .venv/bin/python bench/bench_startup.py [GRAPH] [--runs N]   (default: builds corpus/ into a temp folder; 10 runs)

A bare interpreter start is printed first, for scale.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    """(CPU seconds per run, median wall seconds) of RUNS runs of CMD."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=REPO)
        walls.append(time.perf_counter() - started)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs
    return cpu, sorted(walls)[runs // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", nargs="?", help="a folder written by `kg build` (default: build corpus/)")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph
        if graph is None:
            graph = str(Path(tmp) / "exports")
            subprocess.run(KG + ["build", str(REPO / "corpus"), "--out", graph, "-q"], check=True,
                           stdout=subprocess.DEVNULL)
        cases = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("kg --help", KG + ["--help"]),
            ("kg lookup --help", KG + ["lookup", "--help"]),
            ("kg lookup 工信部", KG + ["lookup", "-g", graph, "工信部"]),
        ]
        print(f"{'command':<22}{'CPU ms':>8}{'wall ms':>9}   ({args.runs} runs; wall is the median)")
        for name, cmd in cases:
            cpu, wall = timed(cmd, args.runs)
            print(f"{name:<22}{cpu * 1000:8.0f}{wall * 1000:9.0f}")


if __name__ == "__main__":
    main()
