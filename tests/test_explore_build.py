"""The explorer on the real graph: `kg build` the bundled corpus into a temporary
folder, `kg explore` it, and drive the page in headless Chromium. Saves the
screenshot tests/artifacts/explorer.png (docs/explorer.png is a copy of it)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from test_explore_fixtures import ARTIFACTS, Page

ROOT = Path(__file__).resolve().parent.parent


def kg(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("explore-build") / "graph"
    kg("build", ROOT / "corpus", "--out", out, "--quiet")
    return out


@pytest.fixture(scope="module")
def projection(built):
    from kg.api import Graph

    return Graph.open(built).to_networkx()


@pytest.fixture(scope="module")
def explorer(built, projection, browser, tmp_path_factory):
    target = tmp_path_factory.mktemp("explore-page") / "explorer.html"
    result = kg("explore", "--graph", built, "-o", target)
    assert result.stdout.startswith(f"wrote {target}: {projection.number_of_nodes()} entities, {projection.number_of_edges()} relations")
    page = Page(browser, target)
    yield page
    page.close()


def ai_node(G) -> str:
    return next(n for n, a in G.nodes(data=True) if a["label"] == "人工智能")


def test_whole_bundled_graph_renders_offline(explorer, projection):
    assert projection.number_of_nodes() > 100 and projection.number_of_edges() > 50
    counts = explorer.js("[kgExplorer.nodes.length, kgExplorer.edges.length, kgExplorer.nodes.getIds()]")
    assert counts[:2] == [projection.number_of_nodes(), projection.number_of_edges()]
    assert set(counts[2]) == set(projection)
    # and vis-network built a drawable body item for each of them
    body = explorer.js("[Object.keys(kgExplorer.network.body.nodes).length, Object.keys(kgExplorer.network.body.edges).length]")
    assert body == [projection.number_of_nodes(), projection.number_of_edges()]
    assert explorer.js("kgExplorer.network.physics.physicsEnabled") is False
    assert explorer.console_errors() == []
    assert explorer.requests == [explorer.url]
    assert explorer.dialogs == []


def test_search_click_and_evidence_on_the_real_graph(explorer, projection):
    ai = ai_node(projection)
    explorer.search("人工智能")
    assert explorer.js("kgExplorer.network.getSelectedNodes()") == [ai]
    explorer.page.wait_for_timeout(700)
    # click it on the canvas: the details panel shows its type and evidence with document titles
    explorer.js("kgExplorer.network.unselectAll()")
    point = explorer.js(
        "id => { const n = kgExplorer.network; const d = n.canvasToDOM(n.getPositions([id])[id]);"
        " const r = document.getElementById('network').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }",
        ai,
    )
    explorer.page.mouse.click(*point)
    explorer.page.wait_for_selector("#details[data-kind=node]")
    assert explorer.js("kgExplorer.network.getSelectedNodes()") == [ai]
    details = explorer.page.locator("#details")
    assert details.locator("h2").inner_text() == "人工智能"
    sentences = details.locator(".evidence q").all_inner_texts()
    assert sentences and all(s.strip() for s in sentences)
    stated = {ev["sentence"] for _, _, a in projection.edges(ai, data=True) for ev in a["evidence"]}
    stated |= {ev["sentence"] for _, _, a in projection.in_edges(ai, data=True) for ev in a["evidence"]}
    assert set(sentences) <= stated
    titles = {d["title"] for d in projection.graph["documents"].values() if d.get("title")}
    cites = details.locator(".evidence cite").all_inner_texts()
    assert any(any(t in c for t in titles) for c in cites)
    assert explorer.console_errors() == [] and explorer.requests == [explorer.url]


def test_unticking_a_type_hides_its_nodes(explorer, projection):
    explorer.page.locator("#reset").click()
    explorer.page.locator("#show-isolated").check()
    explorer.page.locator("#type-filters input[data-type=Person]").uncheck()
    hidden = explorer.js("Object.fromEntries(kgExplorer.nodes.get().map(n => [n.id, !!n.hidden]))")
    for node, attrs in projection.nodes(data=True):
        assert hidden[node] is (attrs["type"] == "Person"), (node, attrs["type"])
    persons = {n for n, a in projection.nodes(data=True) if a["type"] == "Person"}
    for e in explorer.js("kgExplorer.edges.get()"):
        if e["from"] in persons or e["to"] in persons:
            assert e.get("hidden") is True
    explorer.page.locator("#reset").click()


def test_screenshot_of_the_bundled_graph(explorer, projection):
    explorer.page.locator("#reset").click()
    explorer.page.wait_for_timeout(600)
    explorer.js("id => kgExplorer.select(id)", ai_node(projection))
    explorer.page.wait_for_timeout(700)
    # the neighbourhood of the selected entity, with some of the graph around it
    explorer.js(
        "id => { const n = kgExplorer.network; n.fit({nodes: [id].concat(n.getConnectedNodes(id))});"
        " n.moveTo({scale: n.getScale() * 0.7}); }",
        ai_node(projection),
    )
    explorer.page.wait_for_timeout(600)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer.png"
    explorer.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
    assert explorer.console_errors() == []


def test_top_and_focus_views_from_the_cli(built, projection, browser, tmp_path):
    top = tmp_path / "top.html"
    assert kg("explore", "--graph", built, "--top", 40, "-o", top).stdout.startswith(f"wrote {top}: 40 entities")
    focus = tmp_path / "focus.html"
    out = kg("explore", "--graph", built, "--focus", "人工智能", "--depth", 1, "-o", focus).stdout
    ai = ai_node(projection)
    neighbours = set(projection.successors(ai)) | set(projection.predecessors(ai)) | {ai}
    assert out.startswith(f"wrote {focus}: {len(neighbours)} entities")
    page = Page(browser, focus)
    try:
        assert set(page.js("kgExplorer.nodes.getIds()")) == neighbours
        assert page.console_errors() == [] and page.requests == [page.url]
    finally:
        page.close()


def test_default_output_is_in_the_graph_folder(built):
    result = kg("explore", "--graph", built)
    assert result.stdout.startswith(f"wrote {built / 'explorer.html'}: ")
    assert (built / "explorer.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_errors_are_one_line(built, tmp_path):
    for args in (["--focus", "完全不存在的实体名称"], ["--top", "0"], ["--depth", "-1", "--focus", "人工智能"]):
        result = kg("explore", "--graph", built, "-o", tmp_path / "x.html", *args, check=False)
        assert result.returncode != 0
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert not (tmp_path / "x.html").exists()
    result = kg("explore", "--graph", tmp_path / "missing", check=False)
    assert result.returncode != 0 and result.stderr.startswith("error: ")
