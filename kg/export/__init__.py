"""Exports for other tools: Neo4j, Gephi (GEXF), GraphML, JSON-LD, Turtle,
N-Triples and CSV tables.

Each target is a writer in its own module, taking the networkx projection
(or the store, for the RDF formats) explicitly; ``EXPORTERS`` maps each
format to its writer and its default output under the graph folder, and
``export_graph`` only looks them up:

| format   | module              | writes (default, under the graph folder)        |
|----------|---------------------|-------------------------------------------------|
| neo4j    | kg.export.neo4j     | neo4j/: nodes_*.csv, relationships_*.csv, import.cypher, import.sh, README |
| gephi    | kg.export.gexf      | kg.gexf (GEXF 1.3)                              |
| graphml  | kg.export.graphml   | kg.graphml                                      |
| jsonld   | kg.export.rdf       | rdf/kg.jsonld + rdf/context.jsonld              |
| turtle   | kg.export.rdf       | rdf/kg.ttl                                      |
| ntriples | kg.export.rdf       | rdf/kg.nt                                       |
| csv      | kg.export.tables    | csv/: entities, relations, evidence, documents  |
| cooccurrence | kg.export.cooccurrence | cooccurrence/: VOSviewer map + network files, VOSviewer JSON, GEXF (co-mentions, not relations) |
| issuers  | kg.export.cooccurrence | joint_issuers/: the joint-issuer network (kg.query.issuers), same four files |
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:  # the writers import them; the registry stays cheap to import (kg --help)
    import networkx as nx
    import pyoxigraph as ox

# a writer: (projection, store, target) -> the one-line summary
Writer = Callable[["nx.MultiDiGraph", "ox.Store", Path], str]


def _neo4j(G, store, target):
    from kg.export.neo4j import write_neo4j

    return write_neo4j(G, target)


def _gexf(G, store, target):
    from kg.export.gexf import write_gexf

    return write_gexf(G, target)


def _graphml(G, store, target):
    from kg.export.graphml import write_graphml

    return write_graphml(G, target)


def _csv(G, store, target):
    from kg.export.tables import write_tables

    return write_tables(G, target)


def _cooccurrence(G, store, target, *, folder, unit="sentence", min_count=1, min_occurrences=1, types=None):
    from kg.export.cooccurrence import write_cooccurrence
    from kg.query.cooccurrence import cooccurrence

    data = cooccurrence(store, folder, unit=unit, min_count=min_count, min_occurrences=min_occurrences, types=types)
    return write_cooccurrence(data, target)


def _issuers(G, store, target):
    from kg.export.cooccurrence import write_cooccurrence
    from kg.query.issuers import as_network, joint_issuers

    return write_cooccurrence(as_network(joint_issuers(store)), target)


def _rdf(fmt: str) -> Writer:
    def write(G, store, target):
        from kg.export.common import summary
        from kg.export.rdf import write_rdf

        result = write_rdf(store, target, fmt)
        extra = f", context in {result['files'][1].name}" if len(result["files"]) > 1 else ""
        return summary(result["path"], G, f"{result['triples']} triples{extra}")

    return write


# format -> (writer, default output under the graph folder)
EXPORTERS: dict[str, tuple[Writer, str]] = {
    "neo4j": (_neo4j, "neo4j"),
    "gephi": (_gexf, "kg.gexf"),
    "graphml": (_graphml, "kg.graphml"),
    "jsonld": (_rdf("jsonld"), "rdf/kg.jsonld"),
    "turtle": (_rdf("turtle"), "rdf/kg.ttl"),
    "ntriples": (_rdf("ntriples"), "rdf/kg.nt"),
    "csv": (_csv, "csv"),
    "cooccurrence": (_cooccurrence, "cooccurrence"),
    "issuers": (_issuers, "joint_issuers"),
}
# writers that read more of the build than its store (the extraction cache):
# they are given its folder
_READ_BUILD = {"cooccurrence"}
FORMATS = tuple(EXPORTERS)
# Parts of a build folder an export must never replace (and kg.graph.store's
# CURRENT_LINK and every GENERATION_PREFIX folder).
_PROTECTED = ("store", "cache", "kg.ttl", "manifest.json")


def _check_target(target: Path, folder: Path) -> None:
    # imported here: the registry stays cheap to import (kg --help)
    from kg.graph.store import CURRENT_LINK, GENERATION_PREFIX

    try:
        resolved = target.resolve()
        for name in (*_PROTECTED, CURRENT_LINK):
            protected = (folder / name).resolve()
            if resolved == protected or protected in resolved.parents:
                raise InputError(f"refusing to write the export to {target}: it would replace the build's {name}")
        inside = resolved.relative_to(folder.resolve()).parts if resolved.is_relative_to(folder.resolve()) else ()
        if inside and inside[0].startswith(GENERATION_PREFIX):
            raise InputError(f"refusing to write the export to {target}: it would replace the build's {inside[0]}")
    except OSError:
        return


def export_graph(fmt: str, G: "nx.MultiDiGraph", store: "ox.Store", folder: Path,
                 out: Path | str | None = None, **options) -> str:
    """Write the graph built in FOLDER (its projection G and its STORE) as FMT
    to OUT (default: under FOLDER, see EXPORTERS); returns the one-line summary.
    OPTIONS go to the writer (cooccurrence: unit, min_count, min_occurrences, types)."""
    if fmt not in EXPORTERS:
        raise InputError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    writer, default = EXPORTERS[fmt]
    folder = Path(folder)
    target = Path(out) if out is not None else folder / default
    _check_target(target, folder)
    if target.is_dir():  # a single-file export lands inside it
        _check_target(target / Path(default).name, folder)
    if fmt in _READ_BUILD:
        options["folder"] = folder
    return writer(G, store, target, **options)
