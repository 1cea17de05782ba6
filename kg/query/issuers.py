"""Joint issuers (联合发文网络): institutions linked when they issued the same
policy, weighted by the number of such policies.

The shipped query ontology/queries/joint_issuers.rq is the definition; this
module runs it and returns plain data (for `kg issuers`, the explorer's view
and the VOSviewer/GEXF export).
"""
from __future__ import annotations

from collections import Counter

import pyoxigraph as ox

from kg.errors import InputError
from kg.query.sparql import run_query
from kg.resources import ONTOLOGY_DIR

QUERY_FILE = "joint_issuers.rq"
TITLE_SEPARATOR = "；"  # GROUP_CONCAT separator of the query


def joint_issuers(store: ox.Store, *, min_policies: int = 1) -> dict:
    """{"pairs": [{"a", "a_iri", "b", "b_iri", "policies", "titles"}] (most joint
    policies first; a < b by IRI), "institutions": [{"iri", "label",
    "partners", "joint_policies"}]} for pairs with at least MIN_POLICIES."""
    if min_policies < 1:
        raise InputError("--min-policies must be at least 1")
    path = ONTOLOGY_DIR / "queries" / QUERY_FILE
    try:
        query = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot read the joint-issuer query {path}: {e.strerror or e}") from None
    result = run_query(store, query)
    col = {v: k for k, v in enumerate(result.vars)}
    pairs = []
    for row in result.rows:
        n = int(row[col["policies"]])
        if n < min_policies:
            continue
        titles = sorted(t for t in (row[col["titles"]] or "").split(TITLE_SEPARATOR) if t)
        pairs.append({"a": row[col["institutionA"]], "a_iri": row[col["a"]],
                      "b": row[col["institutionB"]], "b_iri": row[col["b"]], "policies": n, "titles": titles})
    partners: Counter = Counter()
    joint: dict[str, set[str]] = {}
    labels = {}
    for p in pairs:
        for side in ("a", "b"):
            iri = p[f"{side}_iri"]
            labels[iri] = p[side]
            partners[iri] += 1
            joint.setdefault(iri, set()).update(p["titles"])
    institutions = sorted(({"iri": iri, "label": labels[iri], "partners": partners[iri],
                            "joint_policies": len(joint[iri])} for iri in labels),
                          key=lambda i: (-i["joint_policies"], -i["partners"], i["label"]))
    return {"pairs": pairs, "institutions": institutions}


def as_network(data: dict) -> dict:
    """The joint-issuer network in kg.query.cooccurrence's shape, for the
    VOSviewer and GEXF writers: items are institutions, link strength is the
    number of joint policies."""
    ids = {inst["iri"]: k for k, inst in enumerate(data["institutions"], 1)}
    strength: Counter = Counter()
    for p in data["pairs"]:
        strength[p["a_iri"]] += p["policies"]
        strength[p["b_iri"]] += p["policies"]
    items = [{"id": ids[i["iri"]], "iri": i["iri"], "label": i["label"], "type": "Institution",
              "occurrences": i["joint_policies"], "documents": i["joint_policies"], "links": i["partners"],
              "total_link_strength": strength[i["iri"]]} for i in data["institutions"]]
    links = sorted(({"source_id": min(ids[p["a_iri"]], ids[p["b_iri"]]), "target_id": max(ids[p["a_iri"]], ids[p["b_iri"]]),
                     "strength": p["policies"]} for p in data["pairs"]),
                   key=lambda link: (link["source_id"], link["target_id"]))
    return {"layer": "joint issuer", "unit": "policy", "min_count": 1, "min_occurrences": 1,
            "types": ["Institution"], "items": items, "links": links,
            "weights": {"Links": "links", "Total link strength": "total_link_strength", "Joint policies": "occurrences"}}
