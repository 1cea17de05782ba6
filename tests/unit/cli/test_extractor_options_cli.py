"""The extractor's optional components reach the extractor from each command
that runs it: a build with another set of components is another extractor,
so it re-extracts instead of reusing the cache of the build before."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.cli import run_kg


def _counts(out: str) -> tuple[int, int]:
    m = re.search(r"\((\d+) extracted, (\d+) from cache\)", out)
    assert m, out
    return int(m.group(1)), int(m.group(2))


@pytest.mark.slow  # loads the extractor and builds three times
@pytest.mark.parametrize("flag", ["--prune", "--no-spanfill"])
def test_a_build_with_a_component_switched_re_extracts(tmp_path: Path, flag: str):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("某市印发《智能制造发展行动计划》，推动工业机器人和增材制造产业发展。", encoding="utf-8")
    out = tmp_path / "out"
    first = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1)
    assert first.returncode == 0, first.stderr
    again = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1)
    assert _counts(again.stdout) == (0, 1)  # same extractor: the cache serves
    other = run_kg("build", corpus, "--out", out, "--quiet", "--jobs", 1, flag)
    assert other.returncode == 0, other.stderr
    assert _counts(other.stdout) == (1, 0)  # another extractor: extracted again
