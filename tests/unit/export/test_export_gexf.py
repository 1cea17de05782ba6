"""GEXF 1.3 and GraphML exports, read back by the tools that consume them:
networkx (read_gexf / read_graphml), graphology-gexf under node, and the
GEXF 1.3 XML Schema (tests/data/gexf-1.3; viz elements are checked by hand
because that viz.xsd has no target namespace, see SCHEMAS.md there)."""
from __future__ import annotations

import copy
import json
import subprocess

import networkx as nx
import pytest

from kg.export.common import ALIAS_SEPARATOR, edge_evidence, node_properties, xml_clean
from kg.export.gexf import GEXF_NS, VIZ_NS, node_size, type_color, write_gexf
from kg.export.graphml import write_graphml
from support import JS_DIR
from support.export import LONG, NS, hostile_graph

from support.gexf import _strip_viz  # fixtures: graphology, gexf_schema


@pytest.fixture
def hostile_gexf(tmp_path):
    G = hostile_graph()
    path = tmp_path / "kg.gexf"
    line = write_gexf(G, path)
    assert line == f"wrote {path}: 10 nodes, 10 relationships (GEXF 1.3, colour by type, size by degree)"
    return G, path


def _expected_node(G, n):
    p = node_properties(G, n)
    return {"label": p["label"], "type": p["type"], "aliases": ALIAS_SEPARATOR.join(p["aliases"]),
            "degree": p["degree"], "doc_count": p["doc_count"], "mentions": p["mentions"]}


def test_gexf_reads_back_in_networkx(hostile_gexf):
    G, path = hostile_gexf
    H = nx.read_gexf(path, version="1.3")
    assert isinstance(H, nx.MultiDiGraph)  # parallel edges of different relations survive
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    for n in G.nodes:
        got = H.nodes[n]
        assert {k: got[k] for k in ("label", "type", "aliases", "degree", "doc_count", "mentions")} == _expected_node(G, n)
        r, g, b = type_color(G.nodes[n]["type"])
        assert got["viz"]["color"] == {"r": r, "g": g, "b": b, "a": 1.0}
        assert got["viz"]["size"] == node_size(got["degree"])  # the one degree: distinct related entities
    got_edges = sorted((u, v, d["relation"], d["support"], d["weight"], d["label"], d["evidence"]) for u, v, d in H.edges(data=True))
    want = sorted((u, v, d["relation"], d["support"], float(d["support"]), d["relation"], json.dumps(edge_evidence(d), ensure_ascii=False))
                  for u, v, d in G.edges(data=True))
    assert got_edges == want
    # evidence survives exactly (JSON inside the attribute)
    (_, _, d), = [e for e in H.edges(data=True) if e[2]["relation"] == "enables" and e[2]["support"] == 3]
    assert json.loads(d["evidence"])[2]["sentence"] == LONG


def test_gexf_reads_back_in_graphology(hostile_gexf, graphology):
    G, path = hostile_gexf
    out = subprocess.run([graphology, str(JS_DIR / "read_gexf.js"), str(path)], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    data = json.loads(out)
    assert (data["type"], data["multi"]) == ("directed", True)
    assert data["order"] == G.number_of_nodes() and data["size"] == G.number_of_edges()
    for node in data["nodes"]:
        attrs = node["attributes"]
        assert {k: attrs[k] for k in ("label", "type", "aliases", "degree", "doc_count", "mentions")} == _expected_node(G, node["key"])
        r, g, b = type_color(attrs["type"])
        assert attrs["color"].replace(" ", "").startswith(f"rgba({r},{g},{b},")
        assert attrs["size"] == pytest.approx(node_size(attrs["degree"]))
    got = sorted((e["source"], e["target"], e["attributes"]["relation"], e["attributes"]["support"],
                  e["attributes"]["weight"], e["attributes"]["kind"], json.loads(e["attributes"]["evidence"]) == edge_evidence(G.edges[e["source"], e["target"], e["attributes"]["relation"]]))
                 for e in data["edges"])
    want = sorted((u, v, k, d["support"], d["support"], k, True) for u, v, k, d in G.edges(keys=True, data=True))
    assert got == want


def test_gexf_validates_against_gexf_1_3_schema(hostile_gexf, gexf_schema):
    from lxml import etree

    G, path = hostile_gexf
    doc = etree.parse(str(path))
    root = doc.getroot()
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    assert root.nsmap["xsi"] == "http://www.w3.org/2001/XMLSchema-instance"
    stripped = _strip_viz(doc)
    assert not gexf_schema.validate(doc)  # with viz: the schema's own defect (SCHEMAS.md)
    gexf_schema.assertValid(stripped)
    # the validator does reject what networkx gets wrong: `name` on <graph>
    broken = copy.deepcopy(stripped)
    broken.getroot().find(f"{{{GEXF_NS}}}graph").set("name", "kg")
    assert not gexf_schema.validate(broken)
    # viz elements, checked against viz.xsd's attribute rules by hand
    nodes = root.find(f"{{{GEXF_NS}}}graph").find(f"{{{GEXF_NS}}}nodes").findall(f"{{{GEXF_NS}}}node")
    assert len(nodes) == G.number_of_nodes()
    for node in nodes:
        colors = node.findall(f"{{{VIZ_NS}}}color")
        sizes = node.findall(f"{{{VIZ_NS}}}size")
        assert len(colors) == 1 and len(sizes) == 1
        c = colors[0]
        assert set(c.attrib) <= {"r", "g", "b", "a", "hex"}
        assert all(c.get(ch).isdigit() and 0 <= int(c.get(ch)) <= 255 for ch in "rgb")
        assert 0.0 <= float(c.get("a")) <= 1.0
        assert set(sizes[0].attrib) == {"value"} and float(sizes[0].get("value")) >= 0
    assert not list(root.iter(f"{{{VIZ_NS}}}position"))  # Gephi lays the graph out itself


def test_gexf_drops_characters_xml_cannot_carry(tmp_path):
    G = hostile_graph()
    n = NS + "Person/quote"
    G.nodes[n]["label"] = "bell\x07 nul\x00 ok\ufffe"
    write_gexf(G, tmp_path / "kg.gexf")
    H = nx.read_gexf(tmp_path / "kg.gexf")
    assert H.nodes[n]["label"] == "bell nul ok" == xml_clean(G.nodes[n]["label"])


def test_gexf_out_may_be_a_folder(tmp_path):
    line = write_gexf(hostile_graph(), tmp_path)
    assert (tmp_path / "kg.gexf").is_file() and line.startswith(f"wrote {tmp_path / 'kg.gexf'}:")


def test_graphml_reads_back_in_networkx(tmp_path):
    G = hostile_graph()
    path = tmp_path / "kg.graphml"
    assert write_graphml(G, path) == f"wrote {path}: 10 nodes, 10 relationships (GraphML)"
    H = nx.read_graphml(path)
    assert isinstance(H, nx.MultiDiGraph)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    for n in G.nodes:
        got = dict(H.nodes[n])
        got.setdefault("aliases", "")  # empty strings are written as no <data>
        assert got == _expected_node(G, n)
    got = sorted((u, v, d["relation"], d["support"], d["weight"], json.loads(d["evidence"])) for u, v, d in H.edges(data=True))
    want = sorted((u, v, d["relation"], d["support"], float(d["support"]), edge_evidence(d)) for u, v, d in G.edges(data=True))
    assert got == want
    assert len({k for _u, _v, k in H.edges(keys=True)}) == G.number_of_edges()  # unique edge ids
