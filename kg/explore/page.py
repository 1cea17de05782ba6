"""Write the explorer page: pyvis assembles the vis-network nodes, edges and
options; our own template inlines vis-network's JavaScript (from the pyvis
package), the page's script and style, and the graph data as escaped JSON.

pyvis's own template is not used: it loads Bootstrap from a CDN in every mode,
and its `local` mode writes a lib/ folder into the working directory. Nothing
in the page is fetched: a Content-Security-Policy allows only the inline
scripts (by hash) and inline styles, so even an injected tag could not load or
run anything; data from the texts is only ever set as textContent.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import tempfile
from collections import Counter
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg.errors import InputError
from kg.explore.layers import community_ids, entity_documents
from kg.explore.layers import joint_issuers as joint_issuer_pairs
from kg.explore.layout import EDGE_LENGTH, grid_below, isolated_nodes, precompute_positions
from kg.explore.view import find_node, select_view
from kg.query.project import degree
from kg.schema import COLOURS, ENTITY_TYPES, LABELS_ZH, RELATION_TYPES

HERE = Path(__file__).parent
VIS_JS = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"

# Above this many nodes the browser's physics takes too long to settle:
# positions are computed here and physics stays off.
PHYSICS_MAX_NODES = 350
# Above this many edges, edges are hidden while dragging / zooming to stay fluid.
FAST_INTERACTION_EDGES = 1500

# (Chinese label, colour) of each type and relation: kg.schema, read from ontology/kg.ttl
TYPE_STYLE = {t: (LABELS_ZH[t], COLOURS[t]) for t in ENTITY_TYPES}
RELATION_STYLE = {r: (LABELS_ZH[r], COLOURS[r]) for r in RELATION_TYPES}
OTHER_COLORS = ["#bab0ac", "#ff9da7", "#86bcb6", "#d4a6c8", "#a0cbe8", "#ffbe7d", "#8cd17d", "#f1ce63"]
# Louvain communities, largest first (Tableau 20 without the type palette's
# tones); smaller communities and entities in none are grey.
COMMUNITY_COLOURS = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2",
]
NO_COMMUNITY_COLOUR = "#c7c7c7"
# Smallest label drawn, in screen pixels: vis-network skips a label whose
# font size times the zoom is below its drawThreshold - 1.
LABEL_MIN_PX = 12
LABEL_MAX_PX = 24
FONT_STACK = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif'


def write_explorer(
    G: nx.MultiDiGraph, path, top: int | None = None, focus: str | None = None, depth: int = 2, expand: bool = False,
    joint_issuers: dict | None = None,
) -> str:
    """Write the explorer for G (the projection in docs/architecture.md) to PATH
    and return a one-line summary. TOP keeps the N most central entities;
    FOCUS (a node key, label or alias) keeps the entities within DEPTH hops of it.
    EXPAND opens the page showing only the focus (or nothing) and grows the
    view from there one click at a time. JOINT_ISSUERS is Graph.joint_issuers()'s
    result (read from G's issuedBy relations when not given)."""
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target} is a folder: give an .html file name")
    view = select_view(G, top=top, focus=focus, depth=depth)
    if focus is not None:
        focus = find_node(G, focus)
    html = render_html(
        view, total=(G.number_of_nodes(), G.number_of_edges()), focus=focus, depth=depth, top=top,
        communities=community_ids(G), expand=expand, joint_issuers=joint_issuers,
    )
    _write_atomic(target, html.encode("utf-8"))
    shown = f"{view.number_of_nodes()} entities, {view.number_of_edges()} relations"
    if (view.number_of_nodes(), view.number_of_edges()) != (G.number_of_nodes(), G.number_of_edges()):
        shown += f" (of {G.number_of_nodes()} entities, {G.number_of_edges()} relations)"
    mode = "physics" if view.number_of_nodes() <= PHYSICS_MAX_NODES else "precomputed layout"
    return f"wrote {target}: {shown}, {mode}, {len(html.encode('utf-8')) / 1024:.0f} KB"


def render_html(
    G: nx.MultiDiGraph, total: tuple[int, int] | None = None, focus=None, depth=2, top=None, communities=None, expand=False,
    joint_issuers=None,
) -> str:
    """The whole page for G as a string."""
    data = build_payload(
        G, total=total, focus=focus, depth=depth, top=top, communities=communities, expand=expand, joint_issuers=joint_issuers
    )
    vis_js = VIS_JS.read_text(encoding="utf-8")
    app_js = (HERE / "explorer.js").read_text(encoding="utf-8")
    css = (HERE / "explorer.css").read_text(encoding="utf-8")
    for name, text in (("vis-network", vis_js), ("explorer.js", app_js), ("explorer.css", css)):
        if re.search(r"</(script|style)", text, re.I):  # would end its inline block early
            raise RuntimeError(f"{name} cannot be inlined: it contains a closing script/style tag")
    env = Environment(loader=FileSystemLoader(str(HERE)), autoescape=select_autoescape(["html"]))

    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_script_hash(vis_js)} {_script_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return env.get_template("template.html").render(
        csp=csp,
        css=Markup(css),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        data_json=Markup(json_for_html(data)),
        node_count=G.number_of_nodes(),
        edge_count=G.number_of_edges(),
    )


def json_for_html(obj) -> str:
    """JSON safe inside an HTML <script> block: <, >, & and the JavaScript line
    separators are \\u-escaped (they only occur inside strings), and so are lone
    surrogates, so the text can never close the block or break parsing."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def build_payload(
    G: nx.MultiDiGraph, total=None, focus=None, depth=2, top=None, communities=None, expand=False, joint_issuers=None
) -> dict:
    """Everything the page script needs: vis nodes/edges/options (assembled with
    pyvis), legend entries, documents, the evidence of each edge, communities
    (COMMUNITIES: entity -> number, computed on G when not given) and joint
    issuers (see kg.explore.layers.joint_issuers)."""
    physics = G.number_of_nodes() <= PHYSICS_MAX_NODES
    unlinked = isolated_nodes(G)
    isolated = set(unlinked)
    if physics:
        # unlinked entities sit still in a block under where physics will settle
        radius = EDGE_LENGTH * 0.6 * math.sqrt(max(1, len(G) - len(isolated)))
        positions = grid_below(unlinked, [(-radius, -radius), (radius, radius)])
    else:
        positions = precompute_positions(G)
    type_colors = _palette((a.get("type") or "Entity" for _, a in G.nodes(data=True)), TYPE_STYLE)
    relation_colors = _palette((_relation(k, a) for _, _, k, a in G.edges(keys=True, data=True)), RELATION_STYLE)

    neighbours = {n: degree(G, n) for n in G}  # the graph's one degree (kg.query.project)
    community = community_ids(G) if communities is None else communities
    documents_of = entity_documents(G)
    max_degree = max(neighbours.values(), default=0) or 1

    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _NodeIds()  # pyvis scans this list on every add: index it
    for node, attrs in G.nodes(data=True):
        etype = attrs.get("type") or "Entity"
        color = type_colors[etype]
        weight = math.sqrt(neighbours[node] / max_degree)
        extra = {"x": positions[node][0], "y": positions[node][1]} if node in positions else {}
        if physics and node in isolated:
            extra["physics"] = False
        name = _label(node, attrs)
        net.add_node(
            node,
            label=_short(name),
            name=name,
            shape="dot",
            size=round(8 + 24 * weight, 1),
            color={
                "background": color,
                "border": _shade(color, 0.7),
                "highlight": {"background": color, "border": "#1d1d1f"},
                "hover": {"background": color, "border": "#1d1d1f"},
            },
            font={"size": round(12 + 16 * weight)},
            type=etype,
            aliases=[str(a) for a in attrs.get("aliases") or []],
            otherTypes=[str(t) for t in attrs.get("other_types") or []],
            docCount=int(attrs.get("doc_count") or 0),
            mentions=int(attrs.get("mentions") or 0),
            degree=neighbours[node],
            isolated=node in isolated,
            community=community.get(node, -1),
            docs=documents_of[node],
            **extra,
        )

    documents = {}
    for doc_id, meta in (G.graph.get("documents") or {}).items():
        meta = meta or {}
        documents[str(doc_id)] = {
            "id": str(doc_id),
            "title": meta.get("title") or "",
            "source": meta.get("source") or "",
            "date": meta.get("date") or "",
            "publication": meta.get("publication") or "",
            "authors": [str(a) for a in meta.get("authors") or []],
        }

    edge_evidence = []
    pair_count: Counter = Counter()
    for i, (u, v, key, attrs) in enumerate(
        sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    ):
        relation = _relation(key, attrs)
        evidence = list(attrs.get("evidence") or [])
        support = int(attrs.get("support") or len(evidence) or 1)
        pair = tuple(sorted((str(u), str(v))))
        rank = pair_count[pair]
        pair_count[pair] += 1
        color = relation_colors[relation]
        # Parallel edges (several relations between one pair) curve apart.
        smooth = (
            {"enabled": False}
            if rank == 0 and u != v
            else {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW", "roundness": 0.2 * ((rank + 1) // 2)}
        )
        net.add_edge(
            u,
            v,
            id=f"e{i}",
            label=relation,
            relation=relation,
            support=support,
            width=round(min(1 + 1.5 * math.log2(support), 8), 2),
            color={"color": color, "highlight": color, "hover": color, "opacity": 0.85},
            smooth=smooth,
        )
        items = []
        for ev in sorted(evidence, key=lambda e: (-(e.get("confidence") or 0), str(e.get("doc_id")), str(e.get("sentence")))):
            doc_id = str(ev.get("doc_id") or "")
            if doc_id not in documents:
                documents[doc_id] = {"id": doc_id, "title": "", "source": "", "date": "", "publication": "", "authors": []}
            if not documents[doc_id]["title"] and ev.get("doc_title"):
                documents[doc_id]["title"] = str(ev["doc_title"])
            items.append(
                {
                    "doc": doc_id,
                    "sentence": str(ev.get("sentence") or ""),
                    "rule": str(ev.get("rule") or ""),
                    "confidence": ev.get("confidence"),
                }
            )
        edge_evidence.append(items)

    nodes, edges, *_ = net.get_network_data()
    big = G.number_of_edges() > FAST_INTERACTION_EDGES
    options = {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "font": {"face": FONT_STACK, "color": "#1d1d1f", "strokeWidth": 4, "strokeColor": "rgba(255,255,255,0.9)"},
            # labels under LABEL_MIN_PX on screen are not drawn (the page sizes
            # the fonts so the best-connected entities are legible when fitted)
            "scaling": {"label": {"enabled": True, "drawThreshold": LABEL_MIN_PX + 1}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "font": {"face": FONT_STACK, "size": 11, "color": "#444", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "scaling": {"label": {"enabled": True, "drawThreshold": 8}},
            "selectionWidth": 1.5,
            "hoverWidth": 0.5,
        },
        "interaction": {
            "hover": not big,
            "tooltipDelay": 300,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "layout": {"randomSeed": 7, "improvedLayout": physics and G.number_of_nodes() <= 150},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.008, "springLength": 110, "springConstant": 0.06, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 20, "fit": True},
        },
    }

    type_counts = Counter(n["type"] for n in nodes)
    relation_counts = Counter(e["relation"] for e in edges)
    view = "all"
    if focus is not None and focus in G:
        view = f"focus {_label(focus, G.nodes[focus])} · depth {depth}"
    if top is not None:
        view = (view + " · " if view != "all" else "") + f"top {top}"
    total_nodes, total_edges = total or (G.number_of_nodes(), G.number_of_edges())
    return {
        "meta": {
            "nodes": len(nodes),
            "edges": len(edges),
            "totalNodes": total_nodes,
            "totalEdges": total_edges,
            "documents": len(documents),
            "isolated": len(isolated),
            "physics": physics,
            "view": view,
            "focus": focus if focus is not None and focus in G else None,
            "expand": bool(expand),
            "labelMinPx": LABEL_MIN_PX,
            "labelMaxPx": LABEL_MAX_PX,
            "noCommunityColor": NO_COMMUNITY_COLOUR,
        },
        "types": [
            {"id": t, "zh": TYPE_STYLE.get(t, ("", ""))[0], "color": type_colors[t], "count": type_counts[t]}
            for t in _ordered(type_colors, TYPE_STYLE)
        ],
        "relations": [
            {"id": r, "zh": RELATION_STYLE.get(r, ("", ""))[0], "color": relation_colors[r], "count": relation_counts[r]}
            for r in _ordered(relation_colors, RELATION_STYLE)
        ],
        "communities": _community_legend(G, community),
        "jointIssuers": joint_issuer_pairs(G, joint_issuers),
        "documents": documents,
        "nodes": nodes,
        "edges": edges,
        "evidence": edge_evidence,
        "options": options,
    }


def _community_legend(G: nx.MultiDiGraph, community: dict[str, int]) -> list[dict]:
    """One entry per community present in G: number, colour, size here and its
    best-connected member (the legend names it by that member)."""
    members: dict[int, list[str]] = {}
    for node in G:
        if node in community:
            members.setdefault(community[node], []).append(node)
    legend = []
    for cid in sorted(members):
        best = min(members[cid], key=lambda n: (-degree(G, n), str(G.nodes[n].get("label", n))))
        legend.append({"id": cid, "color": community_colour(cid), "size": len(members[cid]), "label": _label(best, G.nodes[best])})
    return legend


def community_colour(cid: int) -> str:
    return COMMUNITY_COLOURS[cid] if 0 <= cid < len(COMMUNITY_COLOURS) else NO_COMMUNITY_COLOUR


class _NodeIds(list):
    """pyvis's list of node ids with a set beside it: `id in node_ids` (checked
    for every node and both ends of every edge) in O(1) instead of O(N)."""

    def __init__(self):
        super().__init__()
        self._index = set()

    def append(self, item):
        self._index.add(item)
        super().append(item)

    def __contains__(self, item):
        return item in self._index


def _relation(key, attrs) -> str:
    return str(attrs.get("relation") or key)


def _label(node, attrs) -> str:
    label = attrs.get("label")
    if label:
        return str(label)
    return re.split(r"[/#]", str(node))[-1] or str(node)


def _short(label: str, limit: int = 16) -> str:
    """The label drawn on the canvas: long policy titles are cut (the panel shows all)."""
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _palette(values, styles: dict) -> dict[str, str]:
    """A colour for every value: the fixed style for known ones, then a spare palette."""
    colors = {}
    spare = iter(OTHER_COLORS)
    for value in sorted(set(values)):
        colors[value] = styles[value][1] if value in styles else next(spare, "#bab0ac")
    return colors


def _ordered(present: dict, styles: dict) -> list[str]:
    return [k for k in styles if k in present] + sorted(k for k in present if k not in styles)


def _shade(hex_color: str, factor: float) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _write_atomic(target: Path, content: bytes) -> None:
    """Write to a temporary file beside TARGET and rename it over: a failed write
    never leaves a half-written explorer in place of a good one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".explorer-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
