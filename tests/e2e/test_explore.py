"""The HTML explorer on graphs built here, in a real headless Chromium (no
network, counts, search, click, filters, hostile text, layers and tools); the
file itself without a browser: tests/unit/explore/test_explore_page.py."""
from __future__ import annotations

import json
import time

import pytest

from kg.explore import write_explorer
from support.explore import (
    HOSTILE,
    HOSTILE_CLOSE,
    NS,
    Page,
    hostile_graph,
    policy_graph,
    random_graph,
)


# ---------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def policy_page(browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("explore") / "policy.html"
    write_explorer(policy_graph(), out)
    page = Page(browser, out)
    yield page
    page.close()


def assert_clean(page: Page):
    assert page.console_errors() == []
    assert page.requests == [page.url], page.requests
    assert page.dialogs == []


@pytest.mark.browser
def test_page_renders_every_node_and_edge_offline(policy_page):
    G = policy_graph()
    counts = policy_page.js("[kgExplorer.nodes.length, kgExplorer.edges.length, kgExplorer.nodes.getIds(), kgExplorer.edges.get().map(e => [e.from, e.to, e.relation])]")
    assert counts[0] == G.number_of_nodes() and counts[1] == G.number_of_edges()
    assert set(counts[2]) == set(G)
    # and vis-network built a drawable body item for each of them
    body = policy_page.js("[Object.keys(kgExplorer.network.body.nodes).length, Object.keys(kgExplorer.network.body.edges).length]")
    assert body == [G.number_of_nodes(), G.number_of_edges()]
    assert sorted(map(tuple, counts[3])) == sorted((u, v, k) for u, v, k in G.edges(keys=True))
    assert policy_page.js("kgExplorer.network.physics.physicsEnabled") is False  # settled and stopped
    legend = policy_page.page.locator("#type-filters label").all_inner_texts()
    assert any("技术" in t and "Technology" in t and t.strip().endswith("3") for t in legend)
    assert_clean(policy_page)


@pytest.mark.browser
def test_search_selects_centres_and_highlights(policy_page):
    policy_page.search("人工智能")
    assert policy_page.js("kgExplorer.network.getSelectedNodes()") == [NS + "ai"]
    assert policy_page.page.locator("#details h2").inner_text() == "人工智能"
    policy_page.page.wait_for_timeout(700)  # the centring animation
    view = policy_page.js("id => [kgExplorer.network.getViewPosition(), kgExplorer.network.getPositions([id])]", NS + "ai")
    pos = view[1][NS + "ai"]
    assert abs(view[0]["x"] - pos["x"]) < 5 and abs(view[0]["y"] - pos["y"]) < 5
    dimmed = policy_page.js(f"kgExplorer.nodes.get({json.dumps(NS + 'bj')}).color.background")
    assert dimmed != policy_page.js(f"kgExplorer.nodes.get({json.dumps(NS + 'mfg')}).color.background")
    # quotes and title marks do not matter; prefixes and substrings come after exact names
    found = policy_page.js("kgExplorer.search('未来产业试点方案')")
    assert found[0]["id"] == NS + "plan" and found[0]["via"] is None
    assert [m["label"] for m in policy_page.js("kgExplorer.search('人')")][:2] == ["人工智能", "人形机器人"]
    # an alias finds its entity
    policy_page.search("工信部")
    assert policy_page.js("kgExplorer.network.getSelectedNodes()") == [NS + "miit"]
    assert_clean(policy_page)


@pytest.mark.browser
def test_ime_composition_waits_for_the_chosen_characters(policy_page):
    box = policy_page.page.locator("#search")
    box.fill("")
    box.dispatch_event("compositionstart")
    box.fill("rengong")
    assert policy_page.js("document.getElementById('suggestions').hidden") is True  # pinyin is not searched
    box.evaluate("el => { el.value = '人形'; el.dispatchEvent(new CompositionEvent('compositionend', {data: '人形'})); }")
    first = policy_page.page.locator("#suggestions li[role=option]").first
    assert first.inner_text().startswith("人形机器人")
    box.press("Escape")


@pytest.mark.browser
def test_click_fills_details_with_evidence(policy_page):
    page = policy_page.page
    page.locator("#reset").click()
    page.wait_for_timeout(500)
    point = policy_page.js(
        "(() => { const n = kgExplorer.network; const p = n.getPositions([%s])[%s]; const d = n.canvasToDOM(p);"
        " const r = document.getElementById('network').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; })()"
        % (json.dumps(NS + "ai"), json.dumps(NS + "ai"))
    )
    page.mouse.click(point[0], point[1])
    page.wait_for_selector("#details[data-kind=node]")
    details = page.locator("#details")
    assert details.locator("h2").inner_text() == "人工智能"
    text = details.inner_text()
    assert "Technology" in text and "AI" in text  # type, alias
    assert "Relations out (2)" in text and "Relations in (1)" in text
    sentences = details.locator(".evidence q").all_inner_texts()
    assert "人工智能正在深度赋能制造业转型。" in sentences and "人形机器人是人工智能的重要方向之一。" in sentences
    cites = details.locator(".evidence cite").all_inner_texts()
    assert any("未来产业发展观察" in c and "d1" in c for c in cites)
    assert details.locator(".evidence mark", has_text="人工智能").count() >= 1
    # following a relation to its neighbour
    details.locator("button.link", has_text="制造业").first.click()
    assert policy_page.js("kgExplorer.network.getSelectedNodes()") == [NS + "mfg"]
    assert_clean(policy_page)


@pytest.mark.browser
def test_filters_hide_types_relations_and_weak_links(policy_page):
    page = policy_page.page
    page.locator("#reset").click()
    tech = NS + "ai", NS + "robot"
    page.locator("#type-filters input[data-type=Technology]").uncheck()
    hidden = policy_page.js("Object.fromEntries(kgExplorer.nodes.get().map(n => [n.id, !!n.hidden]))")
    assert all(hidden[n] for n in tech) and not hidden[NS + "mfg"] and not hidden[NS + "plan"]
    edges = policy_page.js("kgExplorer.edges.get().map(e => [e.relation, !!e.hidden])")
    assert dict(edges)["issuedBy"] is False and dict(edges)["prioritizes"] is True  # touches a hidden node
    page.locator("#type-filters input[data-type=Technology]").check()
    page.locator("#relation-filters input[data-relation=issuedBy]").uncheck()
    assert dict(policy_page.js("kgExplorer.edges.get().map(e => [e.relation, !!e.hidden])"))["issuedBy"] is True
    page.locator("#relation-filters input[data-relation=issuedBy]").check()
    page.locator("#min-support").fill("2")
    shown = policy_page.js("kgExplorer.edges.get().filter(e => !e.hidden).map(e => e.relation).sort()")
    assert shown == ["enables", "prioritizes"]
    # the unlinked entity is behind its own switch
    assert policy_page.js(f"!!kgExplorer.nodes.get({json.dumps(NS + 'alone')}).hidden") is True
    page.locator("#show-isolated").check()
    assert policy_page.js(f"!!kgExplorer.nodes.get({json.dumps(NS + 'alone')}).hidden") is False
    page.locator("#reset").click()
    assert policy_page.js("kgExplorer.edges.get().filter(e => e.hidden).length") == 0
    policy_page.js("id => kgExplorer.select(id)", NS + "plan")
    page.locator("#network").press("Escape")
    assert policy_page.js("kgExplorer.network.getSelectedNodes()") == []
    assert page.locator("#details").get_attribute("data-kind") == "overview"
    assert_clean(policy_page)


@pytest.mark.browser
def test_hostile_text_runs_nothing(browser, tmp_path):
    out = tmp_path / "hostile.html"
    write_explorer(hostile_graph(), out)
    page = Page(browser, out)
    try:
        for key in ("x", "y"):
            page.js(f"kgExplorer.select({json.dumps(NS + key)})")
            page.page.wait_for_timeout(200)
            text = page.page.locator("#details").inner_text()
            assert (HOSTILE if key == "x" else HOSTILE_CLOSE) in text
        page.page.locator("#details .rel-head + div .evidence q").first.wait_for()
        assert HOSTILE in page.page.locator("#details").inner_text()
        page.page.locator("#search").fill("<img")
        assert "<img src=x" in page.page.locator("#suggestions").inner_text()
        edge = page.js("kgExplorer.edges.getIds()[0]")
        page.js(f"kgExplorer.network.emit('click', {{nodes: [], edges: [{json.dumps(edge)}]}})")
        page.page.wait_for_timeout(300)
        # the document layer, a document's panel, a path, the timeline and the CSV carry the same text
        page.js("kgExplorer.setDocumentLayer(true)")
        page.js("kgExplorer.showDocument('h1')")
        text = page.page.locator("#details").inner_text()
        assert f"标题{HOSTILE}{HOSTILE_CLOSE}" in text and HOSTILE_CLOSE in text
        page.js(f"kgExplorer.path({json.dumps(NS + 'z')}, {json.dumps(NS + 'y')})")
        assert page.page.locator("#details .path-step").count() == 2
        page.js(f"kgExplorer.select({json.dumps(NS + 'x')})")
        assert "No dated document" in page.page.locator("#details .timeline-box").inner_text()
        assert HOSTILE in page.js("kgExplorer.csv()")
        page.js("kgExplorer.setColourBy('community')")
        assert page.js("document.querySelectorAll('img, svg, iframe').length") == 0
        assert page.js("document.querySelectorAll('script').length") == 3
        assert page.js("document.querySelectorAll('#details b, #details mark img').length") == 0
        assert page.dialogs == []
        assert page.console_errors() == []
        assert page.requests == [page.url]
    finally:
        page.close()


@pytest.mark.browser
def test_empty_graph_page_says_so(browser, tmp_path):
    import networkx as nx

    out = tmp_path / "empty.html"
    write_explorer(nx.MultiDiGraph(), out)
    page = Page(browser, out)
    try:
        assert page.js("kgExplorer.nodes.length") == 0
        assert "no entities" in page.page.locator("#details").inner_text()
        assert page.console_errors() == []
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_several_thousand_nodes_load_and_stay_still(browser, tmp_path):
    G = random_graph(3000, 6000)
    out = tmp_path / "big.html"
    started = time.perf_counter()
    write_explorer(G, out)
    written = time.perf_counter() - started
    page = Page(browser, out)
    try:
        assert page.js("[kgExplorer.nodes.length, kgExplorer.edges.length]") == [3000, 6000]
        before = page.js("kgExplorer.network.getPositions(kgExplorer.nodes.getIds().slice(0, 50))")
        page.page.wait_for_timeout(500)
        assert page.js("kgExplorer.network.getPositions(kgExplorer.nodes.getIds().slice(0, 50))") == before
        page.search("实体42")
        assert page.js("kgExplorer.network.getSelectedNodes()") == [NS + "n42"]
        assert page.console_errors() == [] and page.requests == [page.url]
    finally:
        page.close()
    assert written < 30


# ---------------------------------------------------------------- round 2: layers, filters, tools


def canvas_point(page: Page, node_id: str) -> list[float]:
    """Where NODE_ID is drawn, in page coordinates (to click it with the mouse)."""
    return page.js(
        "id => { const n = kgExplorer.network; const d = n.canvasToDOM(n.getPositions([id])[id]);"
        " const r = document.getElementById('network').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }",
        node_id,
    )


def shown(page: Page) -> tuple[set, set]:
    """(entity ids, relation (from, relation, to)) not hidden in the page."""
    nodes = {n["id"] for n in page.js("kgExplorer.nodes.get()") if not n.get("hidden") and not n["id"].startswith("doc:")}
    edges = {(e["from"], e["relation"], e["to"]) for e in page.js("kgExplorer.data.edges") if not page.js("id => !!kgExplorer.edges.get(id).hidden", e["id"])}
    return nodes, edges


def reset(page: Page):
    page.page.locator("#reset").click()
    page.page.wait_for_timeout(450)


@pytest.fixture
def policy(policy_page):
    reset(policy_page)
    yield policy_page
    assert_clean(policy_page)


@pytest.mark.browser
def test_document_layer_shows_a_documents_entities_and_relations(policy):
    page = policy.page
    G = policy_graph()
    page.locator("#doc-layer").check()
    assert sorted(policy.js("kgExplorer.nodes.getIds().filter(id => id.startsWith('doc:'))")) == ["doc:d1", "doc:d2", "doc:d3"]
    mentions = policy.js("kgExplorer.edges.get().filter(e => e.id.startsWith('mention:')).map(e => [e.from, e.to])")
    assert sorted(map(tuple, mentions)) == sorted(("doc:" + d, n) for n, a in G.nodes(data=True) for d in a["doc_ids"])
    # the unlinked entity is hidden, so is its only document's link to it
    policy.page.mouse.click(*canvas_point(policy, "doc:d1"))
    page.wait_for_selector("#details[data-kind=document]")
    details = page.locator("#details")
    assert details.locator("h2").inner_text() == "未来产业发展观察"
    facts = details.locator(".doc-facts").inner_text()
    assert "2024-03-01" in facts and "d1.txt" in facts and "测试日报" in facts and "测试作者" in facts
    entities = set(details.locator(".doc-entities button.link").all_inner_texts())
    assert entities == {a["label"] for n, a in G.nodes(data=True) if "d1" in a["doc_ids"]}
    stated = [(u, k, v) for u, v, k, a in G.edges(keys=True, data=True) if any(e["doc_id"] == "d1" for e in a["evidence"])]
    assert details.locator(".rel").count() == len(stated)
    sentences = set(details.locator(".evidence q").all_inner_texts())
    assert sentences == {e["sentence"] for *_, a in G.edges(keys=True, data=True) for e in a["evidence"] if e["doc_id"] == "d1"}
    # what the document says stays bright, the rest is dimmed
    dim = policy.js("kgExplorer.state.dimNodes")
    assert not dim.get(NS + "ai") and dim.get(NS + "alone")
    # a document is also reached from an evidence sentence's citation
    policy.js("id => kgExplorer.select(id)", NS + "mfg")
    page.locator("#details .evidence cite button.doc-link", has_text="智能制造评论").first.click()
    assert details.get_attribute("data-kind") == "document" and details.get_attribute("data-doc") == "d2"
    page.locator("#doc-layer").uncheck()
    assert policy.js("kgExplorer.nodes.getIds().filter(id => id.startsWith('doc:')).length") == 0


@pytest.mark.browser
def test_date_range_hides_what_no_document_in_it_supports(policy):
    page = policy.page
    G = policy_graph()
    periods = policy.js("kgExplorer.periods")
    assert periods == ["2023-05", "2024-03"]  # d3 has no date: in no range
    docs = {"2023-05": {"d2"}, "2024-03": {"d1"}}
    for lo, hi in ((0, 0), (1, 1)):
        page.locator("#date-to").fill(str(hi))
        page.locator("#date-from").fill(str(lo))
        inside = docs[periods[lo]] | docs[periods[hi]]
        want_edges = {(u, k, v) for u, v, k, a in G.edges(keys=True, data=True) if any(e["doc_id"] in inside for e in a["evidence"])}
        want_nodes = {n for n, a in G.nodes(data=True) if set(a["doc_ids"]) & inside}
        nodes, edges = shown(policy)
        assert edges == want_edges and nodes == want_nodes
        assert page.locator("#date-range-value").inner_text() == f"{periods[lo]} – {periods[hi]}"
    nodes, edges = shown(policy)
    assert NS + "alone" not in nodes and (NS + "ai", "appliedIn", NS + "mfg") not in edges  # only in 2023's d2
    page.locator("#date-from").fill("0")  # the whole range: everything is back
    nodes, edges = shown(policy)
    assert len(edges) == G.number_of_edges() and "(all" in page.locator("#date-range-value").inner_text()


@pytest.mark.browser
def test_path_finder_shows_the_evidence_along_the_path(policy):
    from kg.query.analytics import path

    page = policy.page
    page.locator("#path-from").fill("工信部")  # an alias
    page.locator("#path-to").fill("人工智能")
    page.locator("#path-find").click()
    details = page.locator("#details")
    assert details.get_attribute("data-kind") == "path"
    steps = details.locator(".path-step")
    assert steps.count() == 3 == path(policy_graph(), NS + "miit", NS + "ai")["length"]
    heads = [s.locator(".rel-head").inner_text() for s in steps.all()]
    assert "工业和信息化部" in heads[0] and "issuedBy" in heads[0]
    assert "prioritizes" in heads[1] and "人形机器人" in heads[1] and "partOf" in heads[2]
    sentences = details.locator(".evidence q").all_inner_texts()
    assert "工信部印发《未来产业试点方案》。" in sentences and "人形机器人是人工智能的重要方向之一。" in sentences
    keep = {NS + k for k in ("miit", "plan", "robot", "ai")}
    dim = policy.js("kgExplorer.state.dimNodes")
    assert all(not dim.get(n) for n in keep) and all(dim.get(n) for n in (NS + "mfg", NS + "bj"))
    # the filters apply: without prioritizes there is no path
    page.locator("#relation-filters input[data-relation=prioritizes]").uncheck()
    page.locator("#path-find").click()
    assert details.get_attribute("data-kind") == "path" and "No path" in details.inner_text()
    assert policy.js("kgExplorer.path(arguments[0], arguments[1])".replace("arguments[0], arguments[1]", f"{json.dumps(NS + 'ai')}, {json.dumps(NS + 'mfg')}"))["nodes"] == [NS + "ai", NS + "mfg"]


@pytest.mark.browser
def test_expand_on_click_from_an_empty_start(policy):
    page = policy.page
    page.locator("#expand-mode").check()
    assert shown(policy)[0] == set()
    assert "search an entity above to start" in page.locator("#details").inner_text()
    policy.search("工信部")
    assert shown(policy)[0] == {NS + "miit"}
    page.wait_for_timeout(700)
    page.mouse.click(*canvas_point(policy, NS + "miit"))
    assert shown(policy)[0] == {NS + "miit", NS + "plan", NS + "bj"}
    page.wait_for_timeout(600)
    page.mouse.click(*canvas_point(policy, NS + "plan"))
    assert shown(policy)[0] == {NS + "miit", NS + "plan", NS + "bj", NS + "robot"}
    assert policy.js("kgExplorer.network.getSelectedNodes()") == [NS + "plan"]
    page.locator("#expand-mode").uncheck()
    assert len(shown(policy)[0]) == 6  # all but the unlinked entity


@pytest.mark.browser
def test_expand_on_click_from_a_focused_start(browser, tmp_path):
    out = tmp_path / "expand.html"
    write_explorer(policy_graph(), out, focus="工信部", depth=5, expand=True)
    page = Page(browser, out)
    try:
        assert page.js("kgExplorer.network.getSelectedNodes()") == [NS + "miit"]
        assert shown(page)[0] == {NS + "miit", NS + "plan", NS + "bj"}
        page.js("id => kgExplorer.expand(id)", NS + "plan")
        assert shown(page)[0] == {NS + "miit", NS + "plan", NS + "bj", NS + "robot"}
        assert_clean(page)
    finally:
        page.close()


@pytest.mark.browser
def test_community_colouring_uses_the_louvain_communities(policy):
    from kg.query.analytics import communities

    G = policy_graph()
    found = communities(G, top=100)["communities"]
    data = policy.js("kgExplorer.data")
    community = {n["id"]: n["community"] for n in data["nodes"]}
    assert community == {n: next((c["id"] for c in found if n in {m["iri"] for m in c["members"]}), -1) for n in G}
    legend = {c["id"]: c["color"] for c in data["communities"]}
    policy.page.locator("#colour-community").check()
    assert policy.page.locator("#community-legend").is_visible()
    colours = {n["id"]: n["color"]["background"] for n in policy.js("kgExplorer.nodes.get()")}
    for node, cid in community.items():
        assert colours[node] == legend.get(cid, data["meta"]["noCommunityColor"])
    assert len({legend[c] for c in legend}) == len(legend)
    policy.page.locator("input[name=colour-by][value=type]").check()
    types = {n["id"]: n["color"]["background"] for n in policy.js("kgExplorer.nodes.get()")}
    assert types[NS + "ai"] == types[NS + "robot"] != types[NS + "mfg"]


@pytest.mark.browser
def test_one_palette_with_the_gexf_export(policy):
    from kg.export.gexf import type_color
    from kg.schema import COLOURS

    for t in policy.js("kgExplorer.data.types"):
        assert t["color"] == COLOURS[t["id"]] == "#{:02x}{:02x}{:02x}".format(*type_color(t["id"]))
    for r in policy.js("kgExplorer.data.relations"):
        assert r["color"] == COLOURS[r["id"]]
    drawn = {n["type"]: n["color"]["background"] for n in policy.js("kgExplorer.nodes.get()")}
    assert all(colour == COLOURS[t] for t, colour in drawn.items())


@pytest.mark.browser
def test_details_show_the_other_readings_and_the_projection_degree(policy):
    policy.js("id => kgExplorer.select(id)", NS + "robot")  # one node, also read as an Industry
    details = policy.page.locator("#details")
    assert "Also read as" in details.inner_text()
    assert details.locator(".other-types .badge").all_inner_texts() == ["产业 · Industry"]
    policy.js("id => kgExplorer.select(id)", NS + "mfg")
    assert details.locator(".other-types").count() == 0


@pytest.mark.browser
def test_timeline_of_the_selected_entity(policy):
    policy.js("id => kgExplorer.select(id)", NS + "ai")  # in d1 (2024-03-01) and d2 (2023-05-20)
    columns = policy.page.locator("#details .timeline .tl-col")
    assert [(c.get_attribute("data-period"), c.get_attribute("data-count")) for c in columns.all()] == [("2023", "1"), ("2024", "1")]
    policy.js("id => kgExplorer.select(id)", NS + "bj")  # d1 (2024-03-01) and undated d3: months of one year
    columns = policy.page.locator("#details .timeline .tl-col")
    assert [(c.get_attribute("data-period"), c.get_attribute("data-count")) for c in columns.all()] == [("2024-03", "1")]
    assert "1 undated" in policy.page.locator("#details .timeline-box").inner_text()
    policy.js("id => kgExplorer.select(id)", NS + "alone")
    assert "No dated document (1 undated)" in policy.page.locator("#details .timeline-box").inner_text()


@pytest.mark.browser
def test_export_the_view_as_csv_and_png(policy, tmp_path):
    import csv

    from PIL import Image

    page = policy.page
    G = policy_graph()
    page.locator("#relation-filters input[data-relation=locatedIn]").uncheck()
    with page.expect_download() as info:
        page.locator("#export-csv").click()
    target = tmp_path / "view.csv"
    info.value.save_as(target)
    assert info.value.suggested_filename == "kg-view.csv"
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig", newline="")))
    want = sorted((G.nodes[u]["label"], k, G.nodes[v]["label"], e["doc_id"], e["sentence"])
                  for u, v, k, a in G.edges(keys=True, data=True) if k != "locatedIn" for e in a["evidence"])
    assert sorted((r["source"], r["relation"], r["target"], r["doc_id"], r["sentence"]) for r in rows) == want
    first = next(r for r in rows if r["doc_id"] == "d1")
    assert first["doc_title"] == "未来产业发展观察" and first["doc_date"] == "2024-03-01" and float(first["confidence"]) > 0
    # with an entity selected, its relations are the view
    policy.js("id => kgExplorer.select(id)", NS + "miit")
    assert {tuple(r.split(",")[2:3]) for r in policy.js("kgExplorer.csv()").splitlines()[1:]} == {("issuedBy",)}
    with page.expect_download() as info:
        page.locator("#export-png").click()
    target = tmp_path / "view.png"
    info.value.save_as(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(target).convert("RGB")
    assert image.size == tuple(policy.js("(() => { const c = document.querySelector('#network canvas'); return [c.width, c.height]; })()"))
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 20  # a drawing, not a blank canvas
    ai = policy.js("(() => kgExplorer.data.types.find(t => t.id === 'Institution').color)()")
    rgb = tuple(int(ai[i:i + 2], 16) for i in (1, 3, 5))
    assert any(c == rgb for _, c in colours)  # the selected institution's colour is in the picture


@pytest.mark.browser
def test_joint_issuers_view(browser, tmp_path):
    from support.explore import joint_graph

    out = tmp_path / "joint.html"
    write_explorer(joint_graph(), out)
    page = Page(browser, out)
    try:
        pairs = page.js("kgExplorer.data.jointIssuers")
        assert [(p["a"], p["b"], p["weight"], p["policies"]) for p in pairs] == [(NS + "miit", NS + "most", 1, [NS + "plan"])]
        assert page.page.locator("#joint-count").inner_text() == "1"
        page.page.locator("#joint-issuers").check()
        drawn = page.js("kgExplorer.edges.get().filter(e => e.id.startsWith('joint:')).map(e => [e.from, e.to, e.label])")
        assert drawn == [[NS + "miit", NS + "most", "联合发文 ×1"]]
        details = page.page.locator("#details")
        assert details.get_attribute("data-kind") == "joint"
        text = details.inner_text()
        assert "工业和信息化部" in text and "科学技术部" in text and "《未来产业试点方案》" in text
        page.page.locator("#joint-issuers").uncheck()
        assert page.js("kgExplorer.edges.get().filter(e => e.id.startsWith('joint:')).length") == 0
        assert_clean(page)
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_labels_are_legible_at_the_fitted_zoom_and_more_appear_on_zoom(browser, tmp_path):
    G = random_graph(1200, 2400)
    out = tmp_path / "labels.html"
    write_explorer(G, out)
    page = Page(browser, out, viewport=(1280, 720))
    try:
        page.page.wait_for_timeout(300)  # one frame drawn at the fitted zoom

        def drawn():
            return page.js(
                "kgExplorer.drawnLabels().map(id => { const b = kgExplorer.network.body.nodes[id];"
                " return [id, b.labelModule.fontOptions.size * kgExplorer.network.getScale(), b.labelModule.size]; })"
            )

        fitted = drawn()
        assert 5 <= len(fitted) <= 100
        assert all(px >= 12 for _, px, _ in fitted), min(px for _, px, _ in fitted)
        # only entities above a degree cut-off carry labels: the best-connected
        degree = {n["id"]: n["degree"] for n in page.js("kgExplorer.data.nodes")}
        cutoff = page.js("kgExplorer.state.labelCutoff")
        assert cutoff >= sorted(degree.values())[len(degree) * 3 // 4]
        assert all(degree[i] >= cutoff for i, _, _ in fitted)
        # the labels do not overlap one another on screen
        boxes = [(s["left"], s["top"], s["left"] + s["width"], s["top"] + s["height"]) for _, _, s in fitted]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
        page.js("kgExplorer.network.moveTo({scale: kgExplorer.network.getScale() * 6})")
        page.page.wait_for_timeout(300)
        zoomed = drawn()
        assert all(px >= 12 for _, px, _ in zoomed)
        ids = {i for i, _, _ in zoomed}
        assert ids - {i for i, _, _ in fitted}  # labels of less connected entities appear on zoom
        assert_clean(page)
    finally:
        page.close()
