"""The HTML explorer file, without a browser: what the page embeds (escaping,
no network, the payload), the view selection, the layout, and the error for a
missing Chromium. The page in headless Chromium: tests/e2e/test_explore.py."""
from __future__ import annotations

import copy
from html import unescape
import json
import re
import sys
import time

import pytest

from kg.errors import InputError, KgError
from kg.explore import write_explorer
from kg.explore.page import PHYSICS_MAX_NODES, build_payload, json_for_html
from kg.explore.view import find_node, select_view
from support.explore import HOSTILE, HOSTILE_CLOSE, NS, hostile_graph, policy_graph, random_graph


def test_json_for_html_escapes_everything_that_could_end_a_script():
    data = {"s": f"{HOSTILE}{HOSTILE_CLOSE} & \u2028\u2029 <!-- -->", "lone": "\ud800x"}
    text = json_for_html(data)
    for bad in ("<", ">", "&", "\u2028", "\u2029", "\ud800"):
        assert bad not in text
    assert json.loads(text)["s"] == data["s"]


def test_page_loads_nothing_from_the_network_and_inlines_vis(tmp_path):
    out = tmp_path / "explorer.html"
    summary = write_explorer(policy_graph(), out)
    assert summary.startswith(f"wrote {out}: 7 entities, 6 relations")
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]*\s(src|href)\s*=""", html, re.I)
    assert "bootstrap" not in html.lower() and "cdn.jsdelivr" not in html and "cdnjs" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in unescape(html)
    assert "vis.Network" in html and "DataSet" in html  # vis-network is inlined
    assert not (tmp_path / "lib").exists()
    assert "人工智能" in html  # written as UTF-8, not \u-escaped or locale-encoded
    assert out.read_bytes().decode("utf-8")


def test_hostile_text_is_never_markup_in_the_file(tmp_path):
    out = tmp_path / "h.html"
    write_explorer(hostile_graph(), out)
    html = out.read_text(encoding="utf-8")
    assert "<img" not in html and "<svg" not in html and "<!-- 人工智能" not in html
    assert html.count("</script>") == 3  # the data block, vis-network, the page script
    payload = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    data = json.loads(payload)
    assert {n["name"] for n in data["nodes"]} == {HOSTILE, HOSTILE_CLOSE, "人工智能"}


def test_write_does_not_change_the_graph_and_replaces_old_file(tmp_path):
    G = policy_graph()
    before = (copy.deepcopy(dict(G.nodes(data=True))), copy.deepcopy(list(G.edges(keys=True, data=True))), copy.deepcopy(G.graph))
    out = tmp_path / "deep" / "er" / "x.html"
    write_explorer(G, out)
    write_explorer(G, out)
    assert (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), G.graph) == before
    assert [p.name for p in out.parent.iterdir()] == ["x.html"]  # no temp files left


def test_bad_arguments_are_user_errors(tmp_path):
    G = policy_graph()
    with pytest.raises(InputError):
        write_explorer(G, tmp_path)  # a folder
    with pytest.raises(InputError):
        write_explorer(G, tmp_path / "a.html", top=0)
    with pytest.raises(InputError):
        write_explorer(G, tmp_path / "a.html", focus=NS + "ai", depth=-1)
    with pytest.raises(KgError, match="no entity"):
        write_explorer(G, tmp_path / "a.html", focus="不存在的实体")
    assert not (tmp_path / "a.html").exists()


def test_top_keeps_the_most_central_entities():
    G = policy_graph()
    view = select_view(G, top=3)
    assert set(view) == {NS + "ai", NS + "robot", NS + "plan"}  # 2-3 neighbours each
    assert view.graph["documents"] == G.graph["documents"]
    assert set(select_view(G, top=100)) == set(G)


def test_focus_takes_the_neighbourhood_by_label_alias_or_key():
    G = policy_graph()
    assert find_node(G, "工信部") == NS + "miit"
    assert find_node(G, "ai") == NS + "ai"  # aliases match case-insensitively
    assert set(select_view(G, focus=NS + "miit", depth=1)) == {NS + "miit", NS + "plan", NS + "bj"}
    assert set(select_view(G, focus="工业和信息化部", depth=2)) == {NS + "miit", NS + "plan", NS + "bj", NS + "robot"}
    assert set(select_view(G, focus="工信部", depth=0)) == {NS + "miit"}
    assert set(select_view(G, focus="工信部", depth=5, top=2)) == {NS + "miit", NS + "plan"}


def test_payload_shapes_nodes_and_edges_from_the_projection():
    G = policy_graph()
    data = build_payload(G)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(G)
    ai = nodes[NS + "ai"]
    assert (ai["name"], ai["type"], ai["aliases"], ai["degree"]) == ("人工智能", "Technology", ["AI"], 2)
    assert nodes[NS + "alone"]["isolated"] and not ai["isolated"]
    assert ai["size"] > nodes[NS + "bj"]["size"]  # sized by neighbours
    colors = {n["type"]: n["color"]["background"] for n in data["nodes"]}
    assert len(set(colors.values())) == len(colors)  # one colour per type
    edges = data["edges"]
    assert len(edges) == G.number_of_edges() and len({e["id"] for e in edges}) == len(edges)
    by_rel = {e["relation"]: e for e in edges}
    assert by_rel["prioritizes"]["width"] > by_rel["issuedBy"]["width"]  # width by support
    ev = data["evidence"][edges.index(by_rel["enables"])]
    assert [e["sentence"] for e in ev] == ["人工智能正在深度赋能制造业转型。", "AI 带动制造业效率提升。"]  # by confidence
    assert data["documents"]["d2"]["title"] == "智能制造评论"
    assert [t["id"] for t in data["types"]] == ["Technology", "Industry", "Institution", "Policy", "Region"]
    assert data["meta"]["physics"] is True


def test_big_graphs_get_precomputed_positions_and_no_physics():
    G = random_graph(PHYSICS_MAX_NODES + 50, 600)
    started = time.perf_counter()
    data = build_payload(G)
    assert time.perf_counter() - started < 20
    assert data["meta"]["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_layout_falls_back_to_networkx_without_igraph(monkeypatch):
    from kg.explore.layout import precompute_positions

    G = random_graph(120, 200)
    with_igraph = precompute_positions(G)
    monkeypatch.setitem(sys.modules, "igraph", None)  # import igraph -> ImportError
    without = precompute_positions(G)
    assert set(without) == set(with_igraph) == set(G)
    assert without != with_igraph
    assert len(set(without.values())) == len(G)


def test_payload_degree_is_the_projections_degree():
    from kg.query.project import degree

    G = policy_graph()
    G.nodes[NS + "alone"]["degree"] = 7  # a subgraph keeps the whole graph's degree
    nodes = {n["id"]: n for n in build_payload(G)["nodes"]}
    assert nodes[NS + "alone"]["degree"] == 7
    assert nodes[NS + "ai"]["degree"] == degree(G, NS + "ai") == 2


def test_missing_chromium_fails_loudly_in_ci(monkeypatch):
    import support.explore as fixtures

    monkeypatch.setattr(fixtures, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="chromium not found"):
        fixtures.require_chromium()
