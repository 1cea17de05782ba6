"""`kg export cooccurrence`: entity co-mentions per sentence or document,
written as VOSviewer map/network files, VOSviewer JSON and GEXF, each read
back against its documented format; never stored as a relation."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.api import Graph, build
from kg.export.cooccurrence import vosviewer_map

from support import REPO as ROOT
from support.cli import run_kg

# VOSviewer manual, "Map files": the columns a map file may have
MAP_COLUMNS = re.compile(r"^(id|label|description|url|x|y|cluster|weight<[^<>]+>|score<[^<>]+>)$")
NUMBER = re.compile(r"^\d+(\.\d+)?$")


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "a.md").write_text("# 前沿技术与产业\n\n人工智能赋能制造业。量子计算和人工智能是前沿技术。制造业加快转型升级。\n",
                                 encoding="utf-8")
    (corpus / "b.md").write_text("# 智能制造\n\n人工智能推动制造业高质量发展。\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build(corpus, out=out, jobs=1, progress=False)
    return out


def split_field(value: str) -> str:
    """A map-file value: quoted values may hold , and ; (and "" for a quote)."""
    if value.startswith('"'):
        assert value.endswith('"') and len(value) >= 2
        return value[1:-1].replace('""', '"')
    assert "," not in value and ";" not in value, f"unquoted , or ; in {value!r}"
    return value


def read_vosviewer(folder: Path) -> tuple[dict[int, dict], list[tuple[int, int, float]]]:
    """Parse the map and network files as VOSviewer's manual defines them."""
    lines = (folder / "vosviewer_map.txt").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert all(MAP_COLUMNS.match(h) for h in header), header
    assert header[:2] == ["id", "label"]
    items = {}
    for line in lines[1:]:
        values = line.split("\t")
        assert len(values) == len(header), line
        row = dict(zip(header, map(split_field, values)))
        item_id = int(row["id"])
        assert item_id > 0 and item_id not in items
        assert 1 <= int(row["cluster"]) <= 1000
        for h in header:
            if h.startswith("weight<"):
                assert NUMBER.match(row[h]), (h, row[h])  # non-negative numbers
        items[item_id] = row
    links = []
    for line in (folder / "vosviewer_network.txt").read_text(encoding="utf-8").splitlines():
        values = line.split("\t")
        assert len(values) in (2, 3), line  # id, id, optional strength; no header
        a, b = int(values[0]), int(values[1])
        strength = float(values[2]) if len(values) == 3 else 1.0
        assert strength > 0
        links.append((a, b, strength))
    return items, links


def test_sentence_and_document_counts(small):
    g = Graph.open(small)
    by_sentence = g.cooccurrence()
    label = {i["id"]: i["label"] for i in by_sentence["items"]}
    pairs = {frozenset((label[x["source_id"]], label[x["target_id"]])): x["strength"] for x in by_sentence["links"]}
    assert pairs == {frozenset(("人工智能", "制造业")): 2, frozenset(("人工智能", "量子计算")): 1}
    occurrences = {i["label"]: (i["occurrences"], i["documents"]) for i in by_sentence["items"]}
    assert occurrences == {"人工智能": (3, 2), "制造业": (3, 2), "量子计算": (1, 1)}

    by_document = g.cooccurrence(unit="document")
    label = {i["id"]: i["label"] for i in by_document["items"]}
    pairs = {frozenset((label[x["source_id"]], label[x["target_id"]])): x["strength"] for x in by_document["links"]}
    assert pairs == {frozenset(("人工智能", "制造业")): 2, frozenset(("人工智能", "量子计算")): 1,
                     frozenset(("制造业", "量子计算")): 1}


def test_min_count_and_type_filters(small):
    g = Graph.open(small)
    strong = g.cooccurrence(min_count=2)
    assert [i["label"] for i in strong["items"]] == ["人工智能", "制造业"] and len(strong["links"]) == 1
    tech = g.cooccurrence(unit="document", types=["Technology"])
    assert {i["label"] for i in tech["items"]} == {"人工智能", "量子计算"} and len(tech["links"]) == 1
    assert g.cooccurrence(min_occurrences=2)["items"][0]["label"] == "人工智能"


def test_export_writes_vosviewer_files_json_and_gexf(small, tmp_path):
    store_before = Graph.open(small).triples()
    out = run_kg("export", "cooccurrence", "-g", small, "-o", tmp_path / "co", cwd=ROOT)  # in-process
    assert out.returncode == 0, out.stderr
    folder = tmp_path / "co"
    items, links = read_vosviewer(folder)
    assert {row["label"] for row in items.values()} == {"人工智能", "制造业", "量子计算"}
    assert all(a in items and b in items for a, b, _ in links)  # every network id is in the map
    assert sorted(s for *_, s in links) == [1.0, 2.0]

    data = json.loads((folder / "vosviewer.json").read_text(encoding="utf-8"))
    assert set(data) <= {"network", "config", "info"} and set(data["network"]) <= {"items", "links", "clusters"}
    ids = set()
    for item in data["network"]["items"]:
        assert set(item) <= {"id", "label", "description", "url", "x", "y", "cluster", "weights", "scores"}
        assert isinstance(item["id"], (int, str)) and isinstance(item["label"], str)
        assert isinstance(item["cluster"], int) and 1 <= item["cluster"] <= 1000
        assert all(isinstance(v, (int, float)) and v >= 0 for v in item["weights"].values())
        ids.add(item["id"])
    assert ids == set(items)
    for link in data["network"]["links"]:
        assert set(link) == {"source_id", "target_id", "strength"} and link["strength"] >= 0
        assert link["source_id"] in ids and link["target_id"] in ids
    assert {c["cluster"] for c in data["network"]["clusters"]} == {i["cluster"] for i in data["network"]["items"]}

    G = nx.read_gexf(folder / "cooccurrence.gexf")
    assert G.number_of_nodes() == 3 and G.number_of_edges() == 2 and not G.is_directed()
    assert {d["label"] for _, d in G.nodes(data=True)} == {"人工智能", "制造业", "量子计算"}
    assert all(d["kind"] == "co-mention" for *_, d in G.edges(data=True))
    assert sorted(d["weight"] for *_, d in G.edges(data=True)) == [1.0, 2.0]

    # a separate layer: the store is untouched and no typed relation was added
    g = Graph.open(small)
    assert g.triples() == store_before
    assert not any(d.get("relation") == "co-mention" for *_, d in g.to_networkx().edges(data=True))


def test_map_labels_with_comma_or_semicolon_are_quoted():
    data = {"items": [{"id": 1, "iri": "x", "label": "A,B;C \"D\"", "type": "Policy", "occurrences": 1,
                       "documents": 1, "links": 1, "total_link_strength": 1}], "links": []}
    row = vosviewer_map(data).splitlines()[1].split("\t")
    assert row[1] == '"A,B;C ""D"""' and split_field(row[1]) == 'A,B;C "D"'


@pytest.mark.slow  # runs `kg` several times: over 2 s
def test_bad_options_are_one_line_errors(small):
    for args in (["--unit", "paragraph"], ["--type", "Gadget"], ["--min-count", "0"]):
        out = kg("export", "cooccurrence", "-g", small, *args)
        assert out.returncode != 0
        assert out.stderr.startswith("error: ") and len(out.stderr.strip().splitlines()) == 1, out.stderr


@pytest.mark.slow
def test_bundled_corpus_map(tmp_path):
    out = tmp_path / "out"
    assert kg("build", "corpus", "--out", out, "-q").returncode == 0
    res = kg("export", "cooccurrence", "-g", out, "--min-count", "2")
    assert res.returncode == 0, res.stderr
    items, links = read_vosviewer(out / "cooccurrence")
    assert len(items) > 50 and len(links) > 100
    assert all(a in items and b in items for a, b, _ in links)
    assert all(s >= 2 for *_, s in links)
    labels = {row["label"] for row in items.values()}
    assert {"人工智能", "未来产业"} <= labels
