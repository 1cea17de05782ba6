"""Projection fixtures for the export tests (no tests here).

``hostile_graph()`` is an ``nx.MultiDiGraph`` in exactly the shape of
``Graph.to_networkx()`` (docs/architecture.md) whose texts try to break every
writer: quotes, backslashes, newlines/CR/tab, markup, emoji (incl. ZWJ and
flag sequences), formula-like cells, array delimiters, very long text,
parallel edges, a self-loop and missing titles.
"""
from __future__ import annotations

import networkx as nx

NS = "http://kg.example.org/entity/"
LONG = "长文本" * 3000 + "…end"

HOSTILE_TEXTS = [
    'He said "hi" and \'bye\'',
    "back\\slash \\n not a newline \\",
    "line1\nline2\r\nline3\tTAB",
    "<script>alert('x')</script> & ]]> &amp; <![CDATA[",
    "emoji 😀🇨🇳 中文 👩‍👩‍👧",
    "=SUM(A1:A2)",
    "`tick` $rows //not a comment; semi;colon | pipe",
    "  leading and trailing spaces  ",
    LONG,
]


def _node(G, key, label, type_, aliases=(), doc_count=1, mentions=1):
    G.add_node(NS + key, label=label, type=type_, aliases=sorted(aliases), doc_count=doc_count, mentions=mentions)
    return NS + key


def _ev(doc_id, sentence, rule="r1", confidence=0.9, title="标题"):
    return {"doc_id": doc_id, "doc_title": title, "sentence": sentence, "rule": rule, "confidence": confidence}


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.graph["documents"] = {
        "doc1": {"title": "关于推动工业互联网发展的意见", "source": "a/doc1.txt", "authors": ["王五", "张三"], "publication": "人民日报", "date": "2024-01-02"},
        "doc2#01": {"title": None, "source": "b.md", "authors": [], "publication": None, "date": None},
        "doc3": {"title": 'T "quoted" \\ <b>', "source": "c.pdf", "authors": ["=A1"], "publication": "x", "date": "2024"},
    }
    a = _node(G, "Technology/工业互联网", "工业互联网", "Technology", ["工业 互联网", 'IIoT; "industrial" | internet'], 3, 7)
    b = _node(G, "Person/quote", HOSTILE_TEXTS[0], "Person", [], 1, 1)
    c = _node(G, "Institution/backslash", HOSTILE_TEXTS[1], "Institution", ["C:\\path\\", "a\\'b"], 2, 2)
    d = _node(G, "Policy/newline", HOSTILE_TEXTS[2], "Policy", ["x\ny"], 1, 4)
    e = _node(G, "Event/script", HOSTILE_TEXTS[3], "Event", ["<b>bold</b>"], 1, 1)
    f = _node(G, "Region/emoji", HOSTILE_TEXTS[4], "Region", ["🇨🇳", "中国"], 5, 9)
    g = _node(G, "Publication/long", LONG, "Publication", [LONG[:100]], 1, 1)
    h = _node(G, "Industry/formula", HOSTILE_TEXTS[5], "Industry", ["-1", "@cmd", "+x"], 1, 1)
    i = _node(G, "Technology/O'Brien_(x)", HOSTILE_TEXTS[6], "Technology", [], 0, 0)
    j = _node(G, "Region/spaces", HOSTILE_TEXTS[7], "Region", ["  "], 1, 1)
    G.add_edge(b, c, key="affiliatedWith", relation="affiliatedWith", support=2,
               evidence=[_ev("doc1", HOSTILE_TEXTS[0] + "任职于" + HOSTILE_TEXTS[1]), _ev("doc3", "第二句。", "r2", 1.0, 'T "quoted" \\ <b>')])
    G.add_edge(d, c, key="issuedBy", relation="issuedBy", support=1, evidence=[_ev("doc2#01", HOSTILE_TEXTS[2], title=None)])
    G.add_edge(a, f, key="appliedIn", relation="appliedIn", support=1, evidence=[_ev("doc1", HOSTILE_TEXTS[4])])
    G.add_edge(a, f, key="locatedIn", relation="locatedIn", support=1, evidence=[_ev("doc1", "parallel edge; other relation")])
    G.add_edge(a, h, key="enables", relation="enables", support=3,
               evidence=[_ev("doc1", HOSTILE_TEXTS[5]), _ev("doc1", HOSTILE_TEXTS[6], "pat|x;y"), _ev("doc3", LONG, confidence=0.5)])
    G.add_edge(d, a, key="prioritizes", relation="prioritizes", support=1, evidence=[_ev("doc1", HOSTILE_TEXTS[3])])
    G.add_edge(e, g, key="partOf", relation="partOf", support=1, evidence=[])
    G.add_edge(b, e, key="spokeAt", relation="spokeAt", support=1, evidence=[_ev("doc3", HOSTILE_TEXTS[7], confidence=0.25)])
    G.add_edge(i, i, key="enables", relation="enables", support=1, evidence=[_ev("doc1", "self loop")])
    G.add_edge(i, j, key="appliedIn", relation="appliedIn", support=1, evidence=[_ev("doc1", "x")])
    return G


def simple_graph(n_nodes: int = 30, n_types: int = 3) -> nx.MultiDiGraph:
    """A plain larger graph for batching tests."""
    types = ["Technology", "Industry", "Policy", "Region"][:n_types]
    rels = ["enables", "appliedIn", "partOf"]
    G = nx.MultiDiGraph()
    G.graph["documents"] = {"d": {"title": "t", "source": "s", "authors": [], "publication": None, "date": None}}
    for k in range(n_nodes):
        _node(G, f"n{k}", f"实体{k}", types[k % len(types)], [f"别名{k}"], 1, k)
    for k in range(n_nodes):
        G.add_edge(NS + f"n{k}", NS + f"n{(k * 7 + 1) % n_nodes}", key=rels[k % 3], relation=rels[k % 3], support=1,
                   evidence=[_ev("d", f"句子{k}")])
    return G
