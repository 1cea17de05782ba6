"""Neo4j: CSV files for ``neo4j-admin database import full``, a Cypher script
for a running database, and a push through the official driver.

All three carry the same model: every entity is a node labelled ``Entity``
plus its type (``Technology``, ``Policy`` …) with the properties of
``common.node_properties``, keyed by ``id`` (the entity IRI); every edge of
the projection is one relationship whose type is the relation in
UPPER_SNAKE_CASE (``issuedBy`` -> ``ISSUED_BY``, the original name kept in
the ``relation`` property) with ``support`` and the evidence as parallel
lists (``evidence_sentences``, ``evidence_doc_ids`` …).  The Cypher script
and the push run the same statements (``node_statement`` /
``relationship_statement``): MERGE on ``id``, so re-running them updates
instead of duplicating.
"""
from __future__ import annotations

import csv
import os
import re
import shlex
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError, KgError
from kg.export.common import atomic_open, entity_records, output_folder, relation_records, summary
from kg.export.cypher import cypher_literal, cypher_name

ENTITY_LABEL = "Entity"
CONSTRAINT_NAME = "kg_entity_id"
# Neo4j 5 syntax; the index behind it makes every MERGE on id a lookup.
CONSTRAINT_STATEMENT = (
    f"CREATE CONSTRAINT {CONSTRAINT_NAME} IF NOT EXISTS "
    f"FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE"
)
SCRIPT_BATCH = 500  # rows per UNWIND statement in import.cypher
# Array delimiters tried in order for the admin-import CSVs: the first one
# that occurs in no array element and no label is used (";" is neo4j-admin's default).
ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u001f")

# Rows grouped by node label / relationship type (see node_rows, relationship_rows).
Rows = dict[str, list[dict[str, Any]]]

NODE_COLUMNS = ["label", "type", "aliases", "doc_count", "mentions", "degree"]
NODE_TYPES = {"doc_count": "int", "mentions": "int", "degree": "int", "aliases": "string[]"}
REL_COLUMNS = [
    "relation",
    "support",
    "evidence_doc_ids",
    "evidence_doc_titles",
    "evidence_sentences",
    "evidence_rules",
    "evidence_confidences",
]
REL_TYPES = {
    "support": "int",
    "evidence_doc_ids": "string[]",
    "evidence_doc_titles": "string[]",
    "evidence_sentences": "string[]",
    "evidence_rules": "string[]",
    "evidence_confidences": "float[]",
}


# --------------------------------------------------------------------------- model


def relationship_type(relation: str) -> str:
    """``issuedBy`` -> ``ISSUED_BY`` (Neo4j's naming convention)."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", relation)
    snake = re.sub(r"\W+", "_", snake).strip("_")
    return snake.upper() or "RELATED_TO"


def node_rows(G: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Entity type -> rows ``{"id", "props"}``, types and rows in a stable order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for props in entity_records(G):
        node_id = props.pop("id")
        groups.setdefault(props["type"], []).append({"id": node_id, "props": props})
    return dict(sorted(groups.items()))


def relationship_rows(G: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Relationship type -> rows ``{"start", "end", "props"}``."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for start, end, props, _ in relation_records(G):
        groups.setdefault(relationship_type(props["relation"]), []).append({"start": start, "end": end, "props": props})
    return dict(sorted(groups.items()))


def node_statement(label: str, rows: str = "$rows") -> str:
    """MERGE a batch of entities of one type; ROWS is ``$rows`` or a list literal."""
    return (
        f"UNWIND {rows} AS row\n"
        f"MERGE (n:{ENTITY_LABEL} {{id: row.id}})\n"
        f"SET n:{cypher_name(label)}, n += row.props"
    )


def relationship_statement(rel_type: str, rows: str = "$rows") -> str:
    """MERGE a batch of relationships of one type between existing entities."""
    return (
        f"UNWIND {rows} AS row\n"
        f"MATCH (a:{ENTITY_LABEL} {{id: row.start}})\n"
        f"MATCH (b:{ENTITY_LABEL} {{id: row.end}})\n"
        f"MERGE (a)-[r:{cypher_name(rel_type)}]->(b)\n"
        f"SET r += row.props"
    )


def push_batches(
    G: nx.MultiDiGraph, batch: int = 1000, rows: tuple[Rows, Rows] | None = None
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(statement with ``$rows``, rows) pairs: all node batches, then all
    relationship batches, at most BATCH rows each. ROWS: precomputed
    (node_rows(G), relationship_rows(G))."""
    if batch < 1:
        raise InputError(f"--batch must be at least 1 (got {batch})")
    nodes, rels = rows or (node_rows(G), relationship_rows(G))
    for label, group in nodes.items():
        for i in range(0, len(group), batch):
            yield node_statement(label), group[i : i + batch]
    for rel_type, group in rels.items():
        for i in range(0, len(group), batch):
            yield relationship_statement(rel_type), group[i : i + batch]


# --------------------------------------------------------------------------- Cypher script


def cypher_script(G: nx.MultiDiGraph, batch: int = SCRIPT_BATCH, rows: tuple[Rows, Rows] | None = None) -> Iterator[str]:
    """The statements of import.cypher, each ending with ``;``: the
    uniqueness constraint first, then batched UNWIND … MERGE with the data
    as Cypher list literals."""
    yield CONSTRAINT_STATEMENT + ";"
    for statement, batch_rows in push_batches(G, batch, rows):
        yield statement.replace("$rows", cypher_literal(batch_rows), 1) + ";"


def write_cypher_script(G: nx.MultiDiGraph, path: Path, batch: int = SCRIPT_BATCH, rows: tuple[Rows, Rows] | None = None) -> int:
    """Write import.cypher; returns the number of statements."""
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    n = 0
    with atomic_open(Path(path)) as fh:
        fh.write(
            "// kg knowledge graph for Neo4j 5: "
            f"{nodes} nodes, {edges} relationships.\n"
            "// Run on a running database:  cypher-shell -u neo4j -p PASSWORD -f import.cypher\n"
            "// Idempotent: nodes are merged on id, relationships on (start, type, end).\n"
            "// Entities dropped from the graph since an earlier load are not deleted.\n\n"
        )
        for statement in cypher_script(G, batch, rows):
            fh.write(statement + "\n\n")
            n += 1
    return n


# --------------------------------------------------------------------------- neo4j-admin CSV


def choose_array_delimiter(nodes: Rows, rels: Rows) -> str:
    """The first of ARRAY_DELIMITERS found in no array element and no type."""
    texts: list[str] = []
    for rows in nodes.values():
        for row in rows:
            texts.extend(row["props"]["aliases"])
            texts.append(row["props"]["type"])
    for rows in rels.values():
        for row in rows:
            for col, kind in REL_TYPES.items():
                if kind == "string[]":
                    texts.extend(row["props"][col])
    joined = "".join(texts)
    used = {d for d in ARRAY_DELIMITERS if d in joined}
    for delimiter in ARRAY_DELIMITERS:
        if delimiter not in used:
            return delimiter
    raise KgError("cannot choose a neo4j-admin array delimiter: the data contains all of ; | ¦ U+001F")


def _file_stem(name: str, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_") or "x"
    candidate, i = stem, 2
    while candidate.lower() in taken:
        candidate, i = f"{stem}_{i}", i + 1
    taken.add(candidate.lower())
    return candidate


def _cell(value: Any, kind: str | None, delimiter: str) -> str:
    if kind and kind.endswith("[]"):
        return delimiter.join(repr(v) if isinstance(v, float) else str(v) for v in value)
    return str(value)


def write_admin_csv(G: nx.MultiDiGraph, folder: Path, rows: tuple[Rows, Rows] | None = None) -> tuple[list[str], list[str], str]:
    """One node file per type and one relationship file per type, with
    neo4j-admin header conventions. Returns (node files, relationship files,
    array delimiter)."""
    nodes, rels = rows or (node_rows(G), relationship_rows(G))
    delimiter = choose_array_delimiter(nodes, rels)
    node_files: list[str] = []
    rel_files: list[str] = []
    taken: set[str] = set()
    header = ["id:ID", ":LABEL"] + [f"{c}:{NODE_TYPES[c]}" if c in NODE_TYPES else c for c in NODE_COLUMNS]
    for label, rows in nodes.items():
        name = f"nodes_{_file_stem(label, taken)}.csv"
        with atomic_open(folder / name, newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            labels = delimiter.join(dict.fromkeys([ENTITY_LABEL, label]))
            for row in rows:
                p = row["props"]
                w.writerow([row["id"], labels] + [_cell(p[c], NODE_TYPES.get(c), delimiter) for c in NODE_COLUMNS])
        node_files.append(name)
    header = [":START_ID", ":END_ID", ":TYPE"] + [f"{c}:{REL_TYPES[c]}" if c in REL_TYPES else c for c in REL_COLUMNS]
    taken = set()
    for rel_type, rows in rels.items():
        name = f"relationships_{_file_stem(rel_type, taken)}.csv"
        with atomic_open(folder / name, newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            for row in rows:
                p = row["props"]
                w.writerow([row["start"], row["end"], rel_type] + [_cell(p[c], REL_TYPES.get(c), delimiter) for c in REL_COLUMNS])
        rel_files.append(name)
    return node_files, rel_files, delimiter


def _delimiter_option(delimiter: str) -> str:
    # neo4j-admin takes a printable character as is, others as U+XXXX.
    return delimiter if delimiter.isascii() and delimiter.isprintable() else f"U+{ord(delimiter):04X}"


def admin_import_args(node_files: list[str], rel_files: list[str], delimiter: str, database: str = "neo4j") -> list[str]:
    """The neo4j-admin (Neo4j 5) command line, file paths relative to the
    export folder. The database name comes right after ``full``: from 5.19 a
    trailing name is taken as one more --relationships file."""
    return (
        ["neo4j-admin", "database", "import", "full", database]
        + [f"--nodes={f}" for f in node_files]
        + [f"--relationships={f}" for f in rel_files]
        # explicit, because the CSVs rely on them: "" is the only quote escape
        # (a backslash is data), and sentences may contain newlines
        + [f"--array-delimiter={_delimiter_option(delimiter)}", "--legacy-style-quoting=false", "--multiline-fields=true"]
    )


def _readme(G, node_files, rel_files, delimiter, command: str) -> str:
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    return f"""kg knowledge graph for Neo4j 5: {nodes} nodes, {edges} relationships.

Nodes are labelled {ENTITY_LABEL} plus their type; `id` is the entity IRI.
Relationship types are the relations in UPPER_SNAKE_CASE (original name in
`relation`); evidence is stored as parallel lists (evidence_sentences,
evidence_doc_ids, evidence_doc_titles, evidence_rules, evidence_confidences).

1) Bulk import into a new or stopped database (fastest)
   Files: {len(node_files)} node files (nodes_*.csv), {len(rel_files)} relationship files
   (relationships_*.csv), UTF-8, header on the first line, array properties
   separated by {_delimiter_option(delimiter)!r}, some fields span lines.
   From this folder, with the database stopped:

     {command}

   or run ./import.sh [DATABASE] [more neo4j-admin options], e.g.
   ./import.sh neo4j --overwrite-destination=true to replace an existing
   database (NEO4J_ADMIN=/path/to/neo4j-admin if it is not on PATH).
   neo4j-admin does not create indexes: once Neo4j is started, run the
   first statement of import.cypher (the uniqueness constraint on
   :{ENTITY_LABEL}(id)) so lookups and later MERGEs by id are fast.

2) Load into a running database: import.cypher
     cypher-shell -u neo4j -p PASSWORD -f import.cypher
   It creates the uniqueness constraint on :{ENTITY_LABEL}(id), then MERGEs the
   nodes and relationships in batches, so re-running it updates in place.

3) Or push directly over bolt from the graph folder:
     kg push neo4j --uri bolt://localhost:7687 --user neo4j --password PASSWORD
   (or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD in the environment).
"""


def _import_sh(args: list[str]) -> str:
    files = " \\\n  ".join(shlex.quote(a) for a in args[5:])
    return f"""#!/bin/sh
# Bulk-load this folder into a stopped Neo4j 5 database with neo4j-admin.
# Usage: ./import.sh [DATABASE] [more neo4j-admin options, e.g. --overwrite-destination=true]
set -eu
cd "$(dirname "$0")"
NEO4J_ADMIN="${{NEO4J_ADMIN:-neo4j-admin}}"
DATABASE="${{1:-neo4j}}"
if [ "$#" -gt 0 ]; then shift; fi
exec "$NEO4J_ADMIN" database import full "$DATABASE" \\
  {files} \\
  "$@"
"""


def write_neo4j(G: nx.MultiDiGraph, out: Path) -> str:
    """Write the neo4j-admin CSVs, import.cypher, import.sh and README into
    the folder OUT; returns the summary line. Stale nodes_*/relationships_*
    files of an earlier export in OUT are removed."""
    folder = output_folder(Path(out))
    rows = (node_rows(G), relationship_rows(G))
    node_files, rel_files, delimiter = write_admin_csv(G, folder, rows)
    for old in list(folder.glob("nodes_*.csv")) + list(folder.glob("relationships_*.csv")):
        if old.name not in node_files and old.name not in rel_files:
            old.unlink()
    write_cypher_script(G, folder / "import.cypher", rows=rows)
    args = admin_import_args(node_files, rel_files, delimiter)
    command = " ".join(shlex.quote(a) for a in args)
    with atomic_open(folder / "README") as fh:
        fh.write(_readme(G, node_files, rel_files, delimiter, command))
    with atomic_open(folder / "import.sh") as fh:
        fh.write(_import_sh(args))
    mode = (folder / "import.sh").stat().st_mode
    os.chmod(folder / "import.sh", mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return summary(
        folder, G, f"{len(node_files)} node files, {len(rel_files)} relationship files, import.cypher, import.sh"
    )


# --------------------------------------------------------------------------- push


Runner = Callable[[str, dict[str, Any]], Any]


def run_push(run: Runner, G: nx.MultiDiGraph, batch: int = 1000, constraint: str | None = CONSTRAINT_STATEMENT) -> dict[str, int]:
    """Send the graph through RUN(statement, parameters): the constraint,
    then every batch with ``{"rows": [...]}``. Returns counts."""
    batches = list(push_batches(G, batch))
    if constraint:
        run(constraint, {})
    for statement, rows in batches:
        run(statement, {"rows": rows})
    return {"nodes": G.number_of_nodes(), "relationships": G.number_of_edges(), "batches": len(batches)}


def push_neo4j(G: nx.MultiDiGraph, uri: str, user: str, password: str, batch: int = 1000, database: str | None = None) -> str:
    """Load the graph into a running Neo4j through the official driver, in
    batches of BATCH rows (``UNWIND $rows``), idempotently (MERGE on id)."""
    try:
        import neo4j
        from neo4j import exceptions as nex
    except ImportError as e:  # optional dependency
        raise KgError("push neo4j needs the neo4j driver: pip install 'kg[neo4j]'") from e
    if batch < 1:
        raise InputError(f"--batch must be at least 1 (got {batch})")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    started = time.perf_counter()
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
    except (ValueError, nex.ConfigurationError) as e:
        raise InputError(f"invalid Neo4j URI {uri!r}: {e}") from e
    try:
        driver.verify_connectivity()
        with driver.session(database=database) as session:

            def run(statement: str, params: dict[str, Any]) -> None:
                if params:
                    session.execute_write(lambda tx: tx.run(statement, params).consume())
                else:  # schema statements run in their own auto-commit transaction
                    session.run(statement).consume()

            result = run_push(run, G, batch)
    except nex.AuthError as e:
        raise KgError(f"Neo4j at {uri} refused the credentials for user {user!r}") from e
    except (nex.ServiceUnavailable, nex.SessionExpired, OSError) as e:
        raise KgError(f"cannot reach Neo4j at {uri}: {_one_line(e)}") from e
    except nex.Neo4jError as e:
        raise KgError(f"Neo4j at {uri} rejected the load: {_one_line(e)}") from e
    except nex.DriverError as e:
        raise KgError(f"Neo4j driver error for {uri}: {_one_line(e)}") from e
    finally:
        driver.close()
    seconds = time.perf_counter() - started
    return (
        f"pushed to {uri}: {result['nodes']} nodes, {result['relationships']} relationships "
        f"({result['batches']} batches of up to {batch} rows, {seconds:.1f} s)"
    )


def _one_line(e: BaseException) -> str:
    text = getattr(e, "message", None) or str(e) or type(e).__name__
    return " ".join(str(text).split())
