"""Exports for other tools: Neo4j, Gephi (GEXF), GraphML, JSON-LD, Turtle,
N-Triples and CSV tables.

Each target is a function of the networkx projection (or of the rdflib Graph
for the RDF formats) in its own module; ``export_graph`` only picks the
input, the default location and the module:

| format   | module              | writes (default, under the graph folder)        |
|----------|---------------------|-------------------------------------------------|
| neo4j    | kg.export.neo4j     | neo4j/: nodes_*.csv, relationships_*.csv, import.cypher, import.sh, README |
| gephi    | kg.export.gexf      | kg.gexf (GEXF 1.3)                              |
| graphml  | kg.export.graphml   | kg.graphml                                      |
| jsonld   | kg.export.rdf       | rdf/kg.jsonld + rdf/context.jsonld              |
| turtle   | kg.export.rdf       | rdf/kg.ttl                                      |
| ntriples | kg.export.rdf       | rdf/kg.nt                                       |
| csv      | kg.export.tables    | csv/: entities, relations, evidence, documents  |
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import InputError

DEFAULT_OUT = {
    "neo4j": "neo4j",
    "gephi": "kg.gexf",
    "graphml": "kg.graphml",
    "jsonld": "rdf/kg.jsonld",
    "turtle": "rdf/kg.ttl",
    "ntriples": "rdf/kg.nt",
    "csv": "csv",
}
FORMATS = tuple(DEFAULT_OUT)
# Parts of a build folder an export must never replace.
_PROTECTED = ("store", "cache", "kg.ttl", "manifest.json")


def graph_folder(graph: Any) -> Path:
    """The folder `kg build` wrote, from a kg.api.Graph."""
    for attr in ("path", "folder", "root", "out", "directory"):
        value = getattr(graph, attr, None)
        if isinstance(value, (str, Path)):
            return Path(value)
    return Path("exports")


def default_out(graph: Any, fmt: str) -> Path:
    return graph_folder(graph) / DEFAULT_OUT[fmt]


def _check_target(target: Path, folder: Path) -> None:
    try:
        resolved = target.resolve()
        for name in _PROTECTED:
            protected = (folder / name).resolve()
            if resolved == protected or protected in resolved.parents:
                raise InputError(f"refusing to write the export to {target}: it would replace the build's {name}")
    except OSError:
        return


def export_graph(graph: Any, fmt: str, out: Path | str | None = None) -> str:
    """Write GRAPH (a kg.api.Graph) as FMT to OUT (default: under the graph
    folder, see DEFAULT_OUT); returns the one-line summary."""
    if fmt not in DEFAULT_OUT:
        raise InputError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    folder = graph_folder(graph)
    target = Path(out) if out is not None else default_out(graph, fmt)
    _check_target(target, folder)
    G = graph.to_networkx()
    if fmt == "neo4j":
        from kg.export.neo4j import write_neo4j

        return write_neo4j(G, target)
    if fmt == "gephi":
        from kg.export.gexf import write_gexf

        return write_gexf(G, target)
    if fmt == "graphml":
        from kg.export.graphml import write_graphml

        return write_graphml(G, target)
    if fmt == "csv":
        from kg.export.tables import write_tables

        return write_tables(G, target)
    from kg.export.common import summary
    from kg.export.rdf import write_rdf

    if target.is_dir():  # the file lands inside it
        _check_target(target / Path(DEFAULT_OUT[fmt]).name, folder)
    result = write_rdf(graph.rdflib(), target, fmt)
    extra = f", context in {result['files'][1].name}" if len(result["files"]) > 1 else ""
    return summary(result["path"], G, f"{result['triples']} triples{extra}")
