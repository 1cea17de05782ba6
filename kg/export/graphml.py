"""GraphML (yEd, Cytoscape, Gephi, networkx, igraph …).

Written directly so list values and None never reach the file: node keys
``label``, ``type``, ``aliases`` (joined with " | "), ``doc_count``,
``mentions``, ``degree``; edge keys ``relation``, ``support``, ``weight``
(= support) and ``evidence`` (the evidence list as JSON).  Edge ids are
unique (``e0``, ``e1`` …); parallel edges of different relations are kept.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.common import atomic_open, entity_records, evidence_json, output_file, relation_records, summary, xml_attr, xml_text

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

NODE_KEYS = [("label", "string"), ("type", "string"), ("aliases", "string"), ("doc_count", "int"), ("mentions", "int"), ("degree", "int")]
EDGE_KEYS = [("relation", "string"), ("support", "int"), ("weight", "double"), ("evidence", "string")]


def write_graphml(G: nx.MultiDiGraph, path: Path) -> str:
    """Write G as GraphML to PATH (a folder gets kg.graphml); returns the summary line."""
    target = output_file(Path(path), "kg.graphml")
    with atomic_open(target) as fh:
        w = fh.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w(f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{SCHEMA_LOCATION}">\n')
        for cls, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
            for name, kind in keys:
                w(f'  <key id="{cls[0]}_{name}" for="{cls}" attr.name="{name}" attr.type="{kind}"/>\n')
        w('  <graph id="kg" edgedefault="directed">\n')
        for p in entity_records(G, join_aliases=True):
            data = "".join(
                f'<data key="n_{name}">{xml_text(p[name])}</data>' for name, _ in NODE_KEYS if p[name] != ""
            )
            w(f"    <node id={xml_attr(p['id'])}>{data}</node>\n")
        for i, (u, v, p, evidence) in enumerate(relation_records(G)):
            values = {
                "relation": p["relation"],
                "support": p["support"],
                "weight": float(p["support"]),
                "evidence": evidence_json(evidence),
            }
            data = "".join(f'<data key="e_{name}">{xml_text(values[name])}</data>' for name, _ in EDGE_KEYS)
            w(f'    <edge id="e{i}" source={xml_attr(u)} target={xml_attr(v)}>{data}</edge>\n')
        w("  </graph>\n</graphml>\n")
    return summary(target, G, "GraphML")
