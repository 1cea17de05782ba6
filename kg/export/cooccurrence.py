"""The co-mention layer (kg.query.cooccurrence) for VOSviewer and Gephi.

Writes, into one folder (default OUT/cooccurrence/):

- ``vosviewer_map.txt`` and ``vosviewer_network.txt``: VOSviewer's map and
  network files (tab-separated, UTF-8).  The map file has a header line and
  one line per item: ``id`` (1, 2, …), ``label``, ``description`` (the entity
  type), ``cluster`` (1–8: the entity type, so VOSviewer colours by type) and
  the weights ``weight<Links>``, ``weight<Total link strength>``,
  ``weight<Occurrences>``, ``weight<Documents>``; a label or description
  with a comma or semicolon is enclosed in double quotes, as the format
  requires.  The network file has no header: ``id1 <tab> id2 <tab> strength``
  per link.  In VOSviewer: Create… → Create a map based on network data →
  Read data from VOSviewer files, and choose both files.
- ``vosviewer.json``: VOSviewer JSON, ``{"network": {"items": […], "links":
  […], "clusters": […]}}`` (items: id, label, description, cluster, weights;
  links: source_id, target_id, strength), for VOSviewer Online or Open.
- ``cooccurrence.gexf``: the same network for Gephi, node colours from the
  one palette (kg.schema), every edge labelled ``co-mention``.

A co-mention is not a relation: none of these files claims one of the 8
typed relations, and nothing is written to the store.
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InputError
from kg.files import atomic_write
from kg.schema import ENTITY_TYPES, LABELS_ZH, rgb

MAP_FILE = "vosviewer_map.txt"
NETWORK_FILE = "vosviewer_network.txt"
JSON_FILE = "vosviewer.json"
GEXF_FILE = "cooccurrence.gexf"
# VOSviewer weight columns -> item keys of kg.query.cooccurrence
WEIGHTS = {"Links": "links", "Total link strength": "total_link_strength", "Occurrences": "occurrences",
           "Documents": "documents"}


def cluster_of(type_: str) -> int:
    """VOSviewer cluster number (1…8) of an entity type."""
    return ENTITY_TYPES.index(type_) + 1 if type_ in ENTITY_TYPES else len(ENTITY_TYPES) + 1


def type_description(type_: str) -> str:
    return f"{LABELS_ZH.get(type_, type_)} {type_}"


def _field(text: str) -> str:
    """A map-file value: one line, no tab; quoted when it holds , or ; (VOSviewer's rule)."""
    text = " ".join(str(text).split())
    if any(c in text for c in ',;"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _weights(data: dict) -> dict[str, str]:
    """VOSviewer weight name -> item key: WEIGHTS unless the network names its own."""
    return data.get("weights") or WEIGHTS


def vosviewer_map(data: dict) -> str:
    weights = _weights(data)
    header = ["id", "label", "description", "cluster"] + [f"weight<{w}>" for w in weights]
    lines = ["\t".join(header)]
    for item in data["items"]:
        row = [str(item["id"]), _field(item["label"]), _field(type_description(item["type"])),
               str(cluster_of(item["type"]))] + [str(item[key]) for key in weights.values()]
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def vosviewer_network(data: dict) -> str:
    return "".join(f"{link['source_id']}\t{link['target_id']}\t{link['strength']}\n" for link in data["links"])


def vosviewer_json(data: dict) -> dict:
    used = sorted({cluster_of(item["type"]) for item in data["items"]})
    return {"network": {
        "items": [{
            "id": item["id"], "label": item["label"], "description": type_description(item["type"]),
            "cluster": cluster_of(item["type"]),
            "weights": {name: item[key] for name, key in _weights(data).items()},
        } for item in data["items"]],
        "links": [dict(link) for link in data["links"]],
        "clusters": [{"cluster": c, "label": type_description(ENTITY_TYPES[c - 1]) if c <= len(ENTITY_TYPES)
                      else "Entity"} for c in used],
    }}


def cooccurrence_networkx(data: dict):
    """An undirected nx.Graph of the layer: nodes keyed by entity IRI; edges
    with weight and kind="co-mention"."""
    import networkx as nx

    G = nx.Graph(layer=data["layer"], unit=data["unit"])
    by_id = {}
    for item in data["items"]:
        by_id[item["id"]] = item["iri"]
        r, g, b = rgb(item["type"]) or (128, 128, 128)
        G.add_node(item["iri"], label=item["label"], type=item["type"], occurrences=item["occurrences"],
                   documents=item["documents"],
                   viz={"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": float(4 + item["occurrences"] ** 0.5)})
    for link in data["links"]:
        G.add_edge(by_id[link["source_id"]], by_id[link["target_id"]], weight=float(link["strength"]),
                   kind=data["layer"], label=data["layer"])
    return G


def write_cooccurrence(data: dict, folder: str | Path) -> str:
    """Write the four files of the module docstring into FOLDER; one-line summary."""
    import networkx as nx

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file: the co-occurrence export writes a folder")
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / MAP_FILE, vosviewer_map(data))
    atomic_write(folder / NETWORK_FILE, vosviewer_network(data))
    atomic_write(folder / JSON_FILE, json.dumps(vosviewer_json(data), ensure_ascii=False, indent=1) + "\n")
    tmp = folder / (GEXF_FILE + ".tmp")
    nx.write_gexf(cooccurrence_networkx(data), tmp)
    tmp.replace(folder / GEXF_FILE)
    return (f"wrote {folder}/: {len(data['items'])} entities, {len(data['links'])} {data['layer']} links "
            f"(per {data['unit']}, min count {data['min_count']}) as {MAP_FILE}, {NETWORK_FILE}, {JSON_FILE}, "
            f"{GEXF_FILE}")
