"""Graphs and a real headless Chromium for the explorer tests (no tests here).

The browser is Debian's /usr/bin/chromium driven by playwright (no
`playwright install`). Off CI a missing chromium skips the browser tests; in CI
(CI=true) it fails them loudly.
"""
from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import networkx as nx
import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NS = "https://example.org/kg/entity/"
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_CLOSE = "</script><script>alert(2)</script>"
from support import ARTIFACTS


def require_chromium() -> str:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return CHROMIUM
    message = f"chromium not found at {CHROMIUM}: apt-get install chromium fonts-wqy-microhei"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def evidence(doc_id: str, title: str, sentence: str, rule: str = "test-rule", confidence: float = 0.9) -> dict:
    return {"doc_id": doc_id, "doc_title": title, "sentence": sentence, "rule": rule, "confidence": confidence}


def policy_graph() -> nx.MultiDiGraph:
    """A small graph in the projection's shape, written for these tests."""
    docs = {
        "d1": {"title": "未来产业发展观察", "source": "d1.txt", "authors": ["测试作者"], "publication": "测试日报", "date": "2024-03-01"},
        "d2": {"title": "智能制造评论", "source": "d2.txt", "authors": [], "publication": None, "date": "2023-05-20"},
        "d3": {"title": "量子传感简报", "source": "d3.txt", "authors": [], "publication": None, "date": None},
    }
    G = nx.MultiDiGraph(documents=docs)

    def node(key, label, etype, aliases=(), doc_ids=("d1",), mentions=1, other_types=()):
        G.add_node(NS + key, label=label, type=etype, aliases=sorted(aliases), doc_count=len(doc_ids), mentions=mentions,
                   doc_ids=sorted(doc_ids), other_types=list(other_types))

    node("ai", "人工智能", "Technology", ["AI"], ["d1", "d2"], 6)
    node("mfg", "制造业", "Industry", [], ["d1", "d2"], 3)
    node("robot", "人形机器人", "Technology", [], ["d1", "d2"], 2, other_types=["Industry"])
    node("miit", "工业和信息化部", "Institution", ["工信部"], ["d1"], 2)
    node("plan", "《未来产业试点方案》", "Policy", ["《方案》"], ["d1", "d2"], 2)
    node("bj", "北京", "Region", [], ["d1", "d3"], 1)
    node("alone", "量子传感", "Technology", [], ["d3"], 1)
    t1, t2 = docs["d1"]["title"], docs["d2"]["title"]
    G.add_edge(NS + "ai", NS + "mfg", key="enables", relation="enables", support=2, evidence=[
        evidence("d1", t1, "人工智能正在深度赋能制造业转型。"),
        evidence("d2", t2, "AI 带动制造业效率提升。", confidence=0.8),
    ])
    G.add_edge(NS + "ai", NS + "mfg", key="appliedIn", relation="appliedIn", support=1, evidence=[
        evidence("d2", t2, "人工智能广泛应用于制造业。"),
    ])
    G.add_edge(NS + "robot", NS + "ai", key="partOf", relation="partOf", support=1, evidence=[
        evidence("d1", t1, "人形机器人是人工智能的重要方向之一。"),
    ])
    G.add_edge(NS + "plan", NS + "miit", key="issuedBy", relation="issuedBy", support=1, evidence=[
        evidence("d1", t1, "工信部印发《未来产业试点方案》。"),
    ])
    G.add_edge(NS + "plan", NS + "robot", key="prioritizes", relation="prioritizes", support=3, evidence=[
        evidence("d1", t1, "《方案》提出重点发展人形机器人。"),
        evidence("d1", t1, "《方案》部署人形机器人攻关。"),
        evidence("d2", t2, "试点方案前瞻布局人形机器人。"),
    ])
    G.add_edge(NS + "miit", NS + "bj", key="locatedIn", relation="locatedIn", support=1, evidence=[
        evidence("d1", t1, "工业和信息化部位于北京。"),
    ])
    return G


def joint_graph() -> nx.MultiDiGraph:
    """policy_graph with a second issuer of its policy: 工信部 and 科技部 issued it jointly."""
    G = policy_graph()
    G.add_node(NS + "most", label="科学技术部", type="Institution", aliases=["科技部"], doc_count=1, mentions=1, doc_ids=["d1"])
    G.add_edge(NS + "plan", NS + "most", key="issuedBy", relation="issuedBy", support=1, evidence=[
        evidence("d1", "未来产业发展观察", "工信部、科技部联合印发《未来产业试点方案》。"),
    ])
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Markup and script in every text field: labels, aliases, titles, sentences, rules."""
    title = f"标题{HOSTILE}{HOSTILE_CLOSE}"
    G = nx.MultiDiGraph(documents={
        "h1": {"title": title, "source": "h1.txt", "authors": [HOSTILE], "publication": HOSTILE_CLOSE, "date": None},
    })
    G.add_node(NS + "x", label=HOSTILE, type="Technology", aliases=[HOSTILE_CLOSE, "<b>粗体</b>"], doc_count=1, mentions=1)
    G.add_node(NS + "y", label=HOSTILE_CLOSE, type="Industry", aliases=["&amp; \u2028 \u2029"], doc_count=1, mentions=1)
    G.add_node(NS + "z", label="人工智能", type="Technology", aliases=[], doc_count=1, mentions=1)
    sentence = f"{HOSTILE} 赋能 {HOSTILE_CLOSE}\u2028<svg onload=alert(3)>"
    G.add_edge(NS + "x", NS + "y", key="enables", relation="enables", support=1,
               evidence=[evidence("h1", title, sentence, rule=HOSTILE)])
    G.add_edge(NS + "z", NS + "x", key="partOf", relation="partOf", support=1,
               evidence=[evidence("h1", title, "<!-- 人工智能 <script>alert(4)</script>")])
    return G


def random_graph(n_nodes: int, n_edges: int, seed: int = 3) -> nx.MultiDiGraph:
    """A big graph of the projection's shape with a realistic degree skew."""
    rng = random.Random(seed)
    types = ["Technology", "Industry", "Institution", "Person", "Policy", "Region", "Event", "Publication"]
    relations = ["enables", "appliedIn", "partOf", "prioritizes", "issuedBy", "affiliatedWith", "locatedIn", "spokeAt"]
    G = nx.MultiDiGraph(documents={f"doc{i}": {"title": f"文档{i}", "source": f"{i}.txt", "authors": [], "publication": None, "date": None} for i in range(50)})
    for i in range(n_nodes):
        G.add_node(f"{NS}n{i}", label=f"实体{i}", type=types[i % len(types)], aliases=[f"别名{i}"], doc_count=1, mentions=1)
    nodes = list(G)
    seen = set()
    while len(seen) < n_edges:
        u = nodes[int(rng.random() ** 3 * n_nodes)]  # a few hubs, a long tail
        v = rng.choice(nodes)
        rel = rng.choice(relations)
        if u != v and (u, v, rel) not in seen:
            seen.add((u, v, rel))
            G.add_edge(u, v, key=rel, relation=rel, support=1 + int(rng.expovariate(1.0)),
                       evidence=[evidence(f"doc{rng.randrange(50)}", "文档", f"句子{u[-4:]}{rel}{v[-4:]}。")])
    return G


class Page:
    """One explorer page in Chromium, with everything it logs, requests and pops up."""

    def __init__(self, browser, path: Path, viewport=(1600, 1000)):
        self.path = Path(path).resolve()
        self.url = self.path.as_uri()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        # polled from here: wait_for_function would eval() in the page, which its CSP forbids
        deadline = time.monotonic() + 90
        while not self.page.evaluate("!!(window.kgExplorer && window.kgExplorer.ready === true)"):
            if time.monotonic() > deadline or self.errors:
                raise AssertionError(f"explorer never became ready: {self.console_errors()}")
            self.page.wait_for_timeout(100)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind in ("error", "assert")] + self.errors

    def search(self, text: str) -> None:
        box = self.page.locator("#search")
        box.click()
        box.fill("")
        box.type(text)
        self.page.wait_for_selector("#suggestions li[role=option]")
        box.press("Enter")

    def close(self):
        self.context.close()
