"""The explorer on the real graph: `kg build` the bundled corpus into a temporary
folder, `kg explore` it, and drive the page in headless Chromium. Saves the
screenshot tests/artifacts/explorer.png at 1280×720 (docs/explorer.png is a
copy of it)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from support import REPO as ROOT
from support.explore import ARTIFACTS, Page

pytestmark = pytest.mark.slow  # builds the bundled corpus


def kg(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def built(bundled_build):
    return bundled_build  # the session's build of the bundled corpus


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


@pytest.fixture(scope="module")
def small_screen(built, browser, tmp_path_factory):
    """The explorer of the whole graph on a 1280×720 screen, as first opened."""
    target = tmp_path_factory.mktemp("explore-720") / "explorer.html"
    kg("explore", "--graph", built, "-o", target)
    page = Page(browser, target, viewport=(1280, 720))
    page.page.wait_for_timeout(300)  # a frame drawn at the fitted zoom
    yield page
    page.close()


def ai_node(G) -> str:
    return next(n for n, a in G.nodes(data=True) if a["label"] == "人工智能")


@pytest.mark.browser
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


@pytest.mark.browser
def test_search_click_and_evidence_on_the_real_graph(explorer, projection):
    ai = ai_node(projection)
    explorer.search("人工智能")
    assert explorer.js("kgExplorer.network.getSelectedNodes()") == [ai]
    explorer.page.wait_for_timeout(700)
    # click it on the canvas: the details panel shows its type and evidence with document titles
    explorer.js("kgExplorer.network.unselectAll()")
    # a point of the node that no other node is drawn over (in the real layout a
    # neighbour may cover the centre): the node's box scanned for where vis-network
    # itself finds this node, then clicked with the mouse
    point = explorer.js(
        "id => { const n = kgExplorer.network; const b = n.getBoundingBox(id);"
        " const r = document.getElementById('network').getBoundingClientRect();"
        " for (const fy of [0.5, 0.3, 0.7, 0.15, 0.85]) for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {"
        "  const d = n.canvasToDOM({x: b.left + fx * (b.right - b.left), y: b.top + fy * (b.bottom - b.top)});"
        "  if (n.getNodeAt(d) === id) return [r.left + d.x, r.top + d.y]; }"
        " return null; }",
        ai,
    )
    assert point is not None, "the node is covered everywhere by others"
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


@pytest.mark.browser
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


@pytest.mark.browser
def test_labels_are_legible_on_a_1280x720_screen(small_screen, projection):
    page = small_screen
    scale = page.js("kgExplorer.network.getScale()")
    drawn = page.js("kgExplorer.drawnLabels().map(id => [id, kgExplorer.network.body.nodes[id].labelModule.fontOptions.size])")
    assert len(drawn) >= 15
    assert all(size * scale >= 12 for _, size in drawn), min(size * scale for _, size in drawn)
    degree = dict(page.js("kgExplorer.data.nodes.map(n => [n.id, n.degree])"))
    assert max(degree.values()) == degree[ai_node(projection)] and ai_node(projection) in dict(drawn)
    assert len(drawn) < len([n for n in degree if not page.js("id => !!kgExplorer.nodes.get(id).hidden", n)]) / 3
    page.js("kgExplorer.network.moveTo({scale: kgExplorer.network.getScale() * 3})")
    page.page.wait_for_timeout(300)
    more = page.js("kgExplorer.drawnLabels().map(id => kgExplorer.network.body.nodes[id].labelModule.fontOptions.size * kgExplorer.network.getScale())")
    assert len(more) > len(drawn) and min(more) >= 12
    page.page.locator("#fit").click()
    for _ in range(200):  # vis animates frame by frame: slow on a busy machine
        page.page.wait_for_timeout(100)
        if not page.js("kgExplorer.state.relabel"):
            break
    page.page.wait_for_timeout(100)
    # fitted again: the labels are picked again, legible, mostly the same ones
    scale = page.js("kgExplorer.network.getScale()")
    again = page.js("kgExplorer.drawnLabels().map(id => [id, kgExplorer.network.body.nodes[id].labelModule.fontOptions.size])")
    assert all(size * scale >= 12 for _, size in again)
    assert len({i for i, _ in drawn} & {i for i, _ in again}) >= 0.8 * len(drawn)
    assert page.console_errors() == [] and page.requests == [page.url]


@pytest.mark.browser
def test_joint_issuers_timeline_and_dates_on_the_real_graph(small_screen, projection):
    page = small_screen
    iri = {a["label"]: n for n, a in projection.nodes(data=True) if a["type"] == "Institution"}
    pairs = {(p["a"], p["b"]): p for p in page.js("kgExplorer.data.jointIssuers")}
    miit, most = iri["工业和信息化部"], iri["科学技术部"]
    pair = pairs.get((miit, most)) or pairs[(most, miit)]
    assert "《关于推动未来产业创新发展的实施意见》" in [projection.nodes[p]["label"] for p in pair["policies"]]
    # the timeline counts every document that mentions the entity: dated by period, undated apart
    ai = ai_node(projection)
    page.js("id => kgExplorer.select(id)", ai)
    counts = [int(c) for c in page.page.locator("#details .timeline .tl-col").evaluate_all("cs => cs.map(c => c.dataset.count)")]
    docs = projection.graph["documents"]
    dated = [d for d in projection.nodes[ai]["doc_ids"] if docs[d].get("date")]
    assert len(projection.nodes[ai]["doc_ids"]) == projection.nodes[ai]["doc_count"]
    assert len([c for c in counts if c]) >= 3 and sum(counts) == len(dated)
    # a date range keeps only relations a document of that range states
    page.js("kgExplorer.setDateRange('2024-01', '2024-12')")
    evidence = page.js("kgExplorer.data.evidence")
    for e in page.js("kgExplorer.data.edges"):
        hidden = page.js("id => !!kgExplorer.edges.get(id).hidden", e["id"])
        in_2024 = any(str(docs.get(ev["doc"], {}).get("date") or "").startswith("2024") for ev in evidence[e["evidenceIndex"]])
        if not hidden:
            assert in_2024, e
    page.page.locator("#reset").click()
    page.page.wait_for_timeout(600)
    assert page.console_errors() == [] and page.requests == [page.url]


@pytest.mark.browser
def test_screenshot_of_the_bundled_graph(small_screen, projection):
    page = small_screen
    page.page.locator("#reset").click()
    page.page.wait_for_timeout(700)
    page.page.locator("#colour-community").check()
    page.page.mouse.click(*page.js(
        "id => { const n = kgExplorer.network; const d = n.canvasToDOM(n.getPositions([id])[id]);"
        " const r = document.getElementById('network').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }",
        ai_node(projection),
    ))
    page.page.wait_for_selector("#details[data-kind=node]")
    page.page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "explorer.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
    assert page.console_errors() == []


@pytest.mark.browser
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
    # --expand: the page opens on the focus and its neighbours, and grows by clicks
    expand = tmp_path / "expand.html"
    kg("explore", "--graph", built, "--focus", "人工智能", "--expand", "-o", expand)
    page = Page(browser, expand)
    try:
        visible = {n["id"] for n in page.js("kgExplorer.nodes.get()") if not n.get("hidden")}
        assert visible == neighbours and page.js("kgExplorer.network.getSelectedNodes()") == [ai]
        assert page.page.locator("#expand-mode").is_checked()
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
