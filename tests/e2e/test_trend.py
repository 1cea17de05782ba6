"""`kg trend` / Graph.trend(): mentions and documents per period, undated
documents apart, and the --chart drawing rendered by Chromium."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from kg.api import Graph, build
from kg.query.trends import all_periods, period_of

from support import REPO as ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
AI = "人工智能是新一轮科技革命的重要驱动力量。"
FILLER = "各地区要结合实际抓好落实，推动高质量发展取得新成效。"


def kg(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Four documents: two dated in 2023 (Q1 and Q2), one dated only by its
    year, one undated; 人工智能 mentioned 1, 2, 3 and 4 times."""
    corpus = tmp_path_factory.mktemp("corpus")
    texts = {
        "20230105.md": ("# 人工智能赋能千行百业\n\n", 1),
        "b.md": ("# 人工智能与产业升级\n\n发布时间：2023-05-01\n\n", 2),
        "c.md": ("# 人工智能治理\n\n日期：2024年\n\n", 3),
        "d.md": ("# 人工智能展望\n\n", 4),
    }
    for name, (head, n) in texts.items():
        (corpus / name).write_text(head + AI * n + FILLER + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build(corpus, out=out, jobs=1, progress=False)
    return out


def test_periods():
    assert [period_of("2024-03-05", by) for by in ("year", "quarter", "month")] == ["2024", "2024-Q1", "2024-03"]
    assert period_of("2024", "month") is None and period_of(None, "year") is None
    assert all_periods("2023-Q3", "2024-Q2", "quarter") == ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"]
    assert all_periods("2023-11", "2024-01", "month") == ["2023-11", "2023-12", "2024-01"]


def test_trend_counts_per_period_with_undated_apart(small):
    g = Graph.open(small)
    by_year = g.trend("人工智能")["series"][0]
    assert by_year["periods"] == [{"period": "2023", "documents": 2, "mentions": 3},
                                  {"period": "2024", "documents": 1, "mentions": 3}]
    assert by_year["undated"] == {"documents": 1, "mentions": 4} and by_year["imprecise"]["documents"] == 0
    by_quarter = g.trend(["人工智能"], by="quarter")["series"][0]
    assert [(p["period"], p["documents"], p["mentions"]) for p in by_quarter["periods"]] == [
        ("2023-Q1", 1, 1), ("2023-Q2", 1, 2)]
    assert by_quarter["imprecise"] == {"documents": 1, "mentions": 3}  # 2024 only: not spread over quarters
    assert by_quarter["documents"] == 4 and by_quarter["mentions"] == 10


@pytest.mark.slow  # runs `kg` several times: over 2 s
def test_kg_trend_table_and_csv(small):
    out = kg("trend", "人工智能", "--by", "quarter", "--csv", "-g", small)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["period"], r["documents"], r["mentions"]) for r in rows] == [
        ("2023-Q1", "1", "1"), ("2023-Q2", "1", "2"), ("imprecise", "1", "3"), ("undated", "1", "4")]
    table = kg("trend", "人工智能", "-g", small)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["entity", "type", "period", "documents", "mentions"]
    assert "1 undated" in table.stdout


@pytest.mark.slow  # runs `kg` several times: over 2 s
def test_kg_trend_errors_are_one_line(small, tmp_path):
    for args in (["没有这个实体"], ["人工智能", "--type", "Gadget"], ["人工智能", "--chart", tmp_path / "x.png"]):
        out = kg("trend", *args, "-g", small)
        assert out.returncode != 0
        assert out.stderr.startswith("error: ") and len(out.stderr.strip().splitlines()) == 1, out.stderr


@pytest.mark.slow
def test_bundled_corpus_trend_of_ai(tmp_path):
    out = tmp_path / "out"
    built = kg("build", "corpus", "--out", out, "-q")
    assert built.returncode == 0, built.stderr
    res = kg("trend", "人工智能", "--json", "-g", out)
    assert res.returncode == 0, res.stderr
    series = json.loads(res.stdout)["series"][0]
    assert len(series["periods"]) >= 3
    node = Graph.open(out).to_networkx().nodes[series["iri"]]
    dated = sum(p["documents"] for p in series["periods"])
    assert dated + series["undated"]["documents"] + series["imprecise"]["documents"] == node["doc_count"]
    assert series["mentions"] == node["mentions"]


@pytest.mark.browser
@pytest.mark.parametrize("suffix", [".svg", ".html"])
def test_chart_renders_chinese_in_chromium(small, browser, tmp_path, suffix):
    chart = tmp_path / f"trend{suffix}"
    out = kg("trend", "人工智能", "--by", "quarter", "--chart", chart, "-g", small)
    assert out.returncode == 0, out.stderr
    page = browser.new_page(viewport={"width": 920, "height": 760})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(chart.as_uri())
    texts = page.eval_on_selector_all("svg text", "els => els.map(e => e.textContent)")
    assert any("人工智能" in t and "季度" in t for t in texts)  # the title
    assert "提及次数" in texts and "文档数" in texts and "2023-Q2" in texts
    assert any("未注明日期 1 篇" in t for t in texts)
    # the glyphs have width: a CJK font rendered them (the title is ~20 px per character)
    width = page.eval_on_selector("svg text.title", "e => e.getComputedTextLength()")
    assert width > 15 * len(texts[0])
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"trend_chart{suffix.replace('.', '_')}.png"))
    page.close()
    assert not errors
