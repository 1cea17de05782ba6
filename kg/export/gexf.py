"""GEXF 1.3 for Gephi (and graphology, networkx …).

Written directly rather than with networkx ``write_gexf``, which (3.6) fails
on list-valued and None attributes, writes ``z="None"``, defaults to
1.2draft, misspells the xsi namespace, writes ``name`` on ``<graph>`` and
turns an edge key called ``type`` into the GEXF edge type.

Nodes: id = entity IRI, label = canonical label, attributes ``type``,
``aliases`` (joined with " | "), ``degree``, ``doc_count``, ``mentions``;
``viz:color`` by type and ``viz:size`` by degree.  Edges: label and ``kind``
= relation (so Gephi keeps parallel edges of different relations apart),
weight = support, attributes ``relation``, ``support`` and ``evidence`` (the
evidence list as JSON).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import math
from pathlib import Path

import networkx as nx

from kg import __version__
from kg.export.common import atomic_open, entity_records, evidence_json, output_file, relation_records, summary, xml_attr, xml_text
from kg.schema import rgb

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

NODE_ATTRIBUTES = [("type", "string"), ("aliases", "string"), ("degree", "integer"), ("doc_count", "integer"), ("mentions", "integer")]
EDGE_ATTRIBUTES = [("relation", "string"), ("support", "integer"), ("evidence", "string")]
MIN_SIZE, SIZE_STEP = 4.0, 3.0


def type_color(entity_type: str) -> tuple[int, int, int]:
    """The palette colour of the type (kg.schema); unknown types get one derived from their name."""
    known = rgb(entity_type)
    if known is not None:
        return known
    digest = hashlib.sha256(entity_type.encode("utf-8")).digest()
    return digest[0], digest[1], digest[2]


def node_size(degree: int) -> float:
    """Grows with the square root of the degree so hubs stand out without
    swallowing the layout."""
    return round(MIN_SIZE + SIZE_STEP * math.sqrt(max(degree, 0)), 3)


def _attributes(cls: str, attrs: list[tuple[str, str]]) -> list[str]:
    lines = [f'    <attributes class="{cls}" mode="static">']
    for name, kind in attrs:
        lines.append(f"      <attribute id={xml_attr(name)} title={xml_attr(name)} type={xml_attr(kind)}/>")
    lines.append("    </attributes>")
    return lines


def _attvalues(values: list[tuple[str, object]]) -> str:
    inner = "".join(f"<attvalue for={xml_attr(k)} value={xml_attr(v)}/>" for k, v in values)
    return f"<attvalues>{inner}</attvalues>"


def write_gexf(G: nx.MultiDiGraph, path: Path, description: str | None = None) -> str:
    """Write G as GEXF 1.3 to PATH (a folder gets kg.gexf); returns the summary line."""
    target = output_file(Path(path), "kg.gexf")
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    today = _dt.date.today().isoformat()
    text = description or f"kg knowledge graph: {nodes} entities, {edges} relations"
    with atomic_open(target) as fh:
        w = fh.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w(
            f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" xmlns:xsi="{XSI_NS}" '
            f'xsi:schemaLocation="{SCHEMA_LOCATION}" version="1.3">\n'
        )
        w(f'  <meta lastmodifieddate="{today}">\n')
        w(f"    <creator>{xml_text('kg ' + __version__)}</creator>\n")
        w(f"    <description>{xml_text(text)}</description>\n")
        w("  </meta>\n")
        w('  <graph defaultedgetype="directed" mode="static" idtype="string">\n')
        w("\n".join(_attributes("node", NODE_ATTRIBUTES) + _attributes("edge", EDGE_ATTRIBUTES)) + "\n")
        w(f'    <nodes count="{nodes}">\n')
        for p in entity_records(G, join_aliases=True):
            r, g, b = type_color(p["type"])
            values = [
                ("type", p["type"]),
                ("aliases", p["aliases"]),
                ("degree", p["degree"]),
                ("doc_count", p["doc_count"]),
                ("mentions", p["mentions"]),
            ]
            w(
                f"      <node id={xml_attr(p['id'])} label={xml_attr(p['label'])}>"
                f"{_attvalues(values)}"
                f'<viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>'
                f'<viz:size value="{node_size(p["degree"])}"/>'
                "</node>\n"
            )
        w("    </nodes>\n")
        w(f'    <edges count="{edges}">\n')
        for i, (u, v, p, evidence) in enumerate(relation_records(G)):
            values = [("relation", p["relation"]), ("support", p["support"]), ("evidence", evidence_json(evidence))]
            w(
                f'      <edge id="e{i}" source={xml_attr(u)} target={xml_attr(v)} '
                f"label={xml_attr(p['relation'])} kind={xml_attr(p['relation'])} "
                f'weight="{float(max(p["support"], 0))}">'
                f"{_attvalues(values)}</edge>\n"
            )
        w("    </edges>\n")
        w("  </graph>\n</gexf>\n")
    return summary(target, G, "GEXF 1.3, colour by type, size by degree")
