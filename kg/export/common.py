"""What every exporter shares: the flat property model of the networkx
projection, counts, XML escaping and atomic file writes.

Exporters read the projection described in docs/architecture.md; they flatten
it the same way here so that every target carries the same nodes, the same
relationships and the same property names.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.query.project import degree
from kg.files import atomic_open  # noqa: F401 (the exporters write through it)

# Separator used where a list has to become one string (GEXF, GraphML, CSV).
ALIAS_SEPARATOR = " | "
# Characters XML 1.0 cannot carry at all, not even as character references.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# --------------------------------------------------------------------------- property model


def node_properties(G: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """The flat properties of one entity: id, label, type, aliases (list),
    doc_count, mentions, degree (distinct related entities, kg.query.project.degree)."""
    data = G.nodes[node]
    return {
        "id": str(node),
        "label": _text(data.get("label", node)),
        "type": _text(data.get("type", "Entity")),
        "aliases": [_text(a) for a in (data.get("aliases") or [])],
        "doc_count": int(data.get("doc_count") or 0),
        "mentions": int(data.get("mentions") or 0),
        "degree": degree(G, node),
    }


def edge_evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence list of an edge with missing fields filled in
    (strings for texts, a float for confidence)."""
    rows = []
    for ev in data.get("evidence") or []:
        conf = ev.get("confidence")
        rows.append(
            {
                "doc_id": _text(ev.get("doc_id")),
                "doc_title": _text(ev.get("doc_title")),
                "sentence": _text(ev.get("sentence")),
                "rule": _text(ev.get("rule")),
                "confidence": 1.0 if conf is None else float(conf),
            }
        )
    return rows


def edge_properties(key: Any, data: dict[str, Any], evidence: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The flat properties of one relationship: relation, support and the
    evidence as parallel lists (property graphs cannot store maps).
    EVIDENCE: edge_evidence(data) if the caller already has it."""
    if evidence is None:
        evidence = edge_evidence(data)
    return {
        "relation": _text(data.get("relation", key)),
        "support": int(data.get("support") or len(evidence)),
        "evidence_doc_ids": [e["doc_id"] for e in evidence],
        "evidence_doc_titles": [e["doc_title"] for e in evidence],
        "evidence_sentences": [e["sentence"] for e in evidence],
        "evidence_rules": [e["rule"] for e in evidence],
        "evidence_confidences": [_finite(e["confidence"]) for e in evidence],
    }


def iter_edges(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, Any, dict[str, Any]]]:
    """Edges in a stable order: (source, target, key, data)."""
    return iter(sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))))


def iter_nodes(G: nx.MultiDiGraph) -> list[str]:
    return sorted(G.nodes, key=str)


def entity_records(G: nx.MultiDiGraph, *, join_aliases: bool = False) -> Iterator[dict[str, Any]]:
    """node_properties of every entity, in iter_nodes order. JOIN_ALIASES:
    the aliases as one string (ALIAS_SEPARATOR) for formats whose values
    cannot be lists (GEXF, GraphML, CSV)."""
    for node in iter_nodes(G):
        props = node_properties(G, node)
        if join_aliases:
            props["aliases"] = ALIAS_SEPARATOR.join(props["aliases"])
        yield props


def relation_records(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(source, target, edge_properties, edge_evidence) of every edge, in
    iter_edges order; the evidence records whole for formats that keep them
    so (JSON in GEXF and GraphML, a CSV row each)."""
    for u, v, key, data in iter_edges(G):
        evidence = edge_evidence(data)
        yield str(u), str(v), edge_properties(key, data, evidence), evidence


def evidence_json(evidence: list[dict[str, Any]]) -> str:
    """An edge's evidence records as one JSON string (GEXF and GraphML attribute values)."""
    return json.dumps(evidence, ensure_ascii=False)


def counts(G: nx.MultiDiGraph) -> tuple[int, int]:
    return G.number_of_nodes(), G.number_of_edges()


def summary(target: Path | str, G: nx.MultiDiGraph, detail: str = "") -> str:
    """The one line every exporter returns: what it wrote and how much."""
    nodes, edges = counts(G)
    line = f"wrote {target}: {nodes} nodes, {edges} relationships"
    return f"{line} ({detail})" if detail else line


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _finite(x: float) -> float:
    # NaN/inf have no literal in Cypher, CSV importers or XML schema types we use.
    return x if math.isfinite(x) else 0.0


# --------------------------------------------------------------------------- XML


def xml_clean(text: str) -> str:
    """Drop the characters XML 1.0 cannot represent (C0 controls other than
    tab/newline/CR, lone surrogates, U+FFFE/U+FFFF)."""
    return _XML_INVALID.sub("", text)


_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def xml_attr(value: Any) -> str:
    """A double-quoted XML attribute value. Newlines, CRs and tabs become
    character references so parsers do not normalise them to spaces."""
    return '"' + xml_clean(_text(value)).translate(_ATTR_ESCAPES) + '"'


def xml_text(value: Any) -> str:
    """XML element content."""
    return xml_clean(_text(value)).translate(_TEXT_ESCAPES)


# --------------------------------------------------------------------------- files


def output_file(path: Path, default_name: str) -> Path:
    """Where to write a single-file export: PATH itself, or PATH/default_name
    when PATH is an existing folder."""
    path = Path(path)
    if path.is_dir():
        return path / default_name
    if path.parent.exists() and not path.parent.is_dir():
        raise InputError(f"cannot write {path}: {path.parent} is not a folder")
    return path


# Names that look like a file, refused where a folder is expected.
_FILE_SUFFIXES = {".csv", ".cypher", ".gexf", ".graphml", ".ttl", ".nt", ".jsonld", ".json", ".txt", ".xlsx"}


def output_folder(path: Path) -> Path:
    """A folder for a multi-file export; refuses an existing file."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"cannot write the export into {path}: it is a file, give a folder")
    if not path.exists() and path.suffix.lower() in _FILE_SUFFIXES:
        raise InputError(f"this export writes several files: give a folder, not {path}")
    path.mkdir(parents=True, exist_ok=True)
    return path
