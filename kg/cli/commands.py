"""The `kg` commands: each parses its options, calls the Python API (kg.api)
and hands the result to kg.cli.render. Nothing else lives here (see
docs/architecture.md)."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from kg.cli.render import print_json as _print_json, warn as _warn
from kg.errors import KgError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph from Chinese policy texts and question it.\n\n"
    "Start with `kg build` (reads corpus/, writes exports/), then `kg lookup`, "
    "`kg sparql`, `kg stats`, `kg export` or `kg explore`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

GRAPH_OPT = typer.Option(
    Path("exports"), "--graph", "-g", help="Folder written by `kg build`.", show_default=True
)
JSON_OPT = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")


def _open_graph(graph: Path):
    from kg.api import Graph

    return Graph.open(graph)


# --------------------------------------------------------------------------- ingest


@app.command()
def docs(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of documents (.txt .md .pdf .docx .html)."),
    as_json: bool = JSON_OPT,
    strict: bool = typer.Option(False, "--strict", help="Treat unreadable files as errors, not warnings."),
):
    """List the documents (articles) ingestion finds: id, file, title, authors, publication, date."""
    from kg.ingest import load_corpus
    from kg.report import docs_table

    documents = load_corpus(corpus, strict=strict, warn=_warn)
    rows = [
        {
            "id": d.id,
            "source": d.source,
            "title": d.title,
            "authors": d.authors,
            "affiliations": d.affiliations,
            "publication": d.publication,
            "date": d.date,
            "date_source": d.date_source,
            "occasion": d.occasion,
            "chars": len(d.text),
            "sentences": len(d.sentences),
        }
        for d in documents
    ]
    if as_json:
        _print_json(rows)
    else:
        typer.echo(docs_table(rows))


# --------------------------------------------------------------------------- build


@app.command()
def build(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of documents to ingest."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Folder for the store and kg.ttl."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes for extraction (default: all cores)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run extraction on this Dask scheduler (tcp://host:8786)."),
    strict: bool = typer.Option(False, "--strict", help="Stop on unreadable files instead of warning."),
    full: bool = typer.Option(False, "--full", help="Re-extract every document, ignoring the cache."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help="Also find Person, Institution and Region names with a statistical model (needs the ner extra: pip install 'kg[ner]')."),
):
    """Ingest CORPUS, extract entities and relations, and write the graph store and OUT/kg.ttl."""
    from kg.api import build as run_build
    from kg.report import build_summary

    report = run_build(
        corpus, out=out, jobs=jobs, dask=dask, strict=strict, full=full, progress=not quiet, warn=_warn, ner=ner
    )
    typer.echo(build_summary(report))


# --------------------------------------------------------------------------- extract / eval


@app.command()
def extract(
    input: str = typer.Argument(..., help="JSONL of {\"id\", \"text\"} records, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Where to write JSONL results (- for stdout)."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help="Also find Person, Institution and Region names with a statistical model (needs the ner extra: pip install 'kg[ner]')."),
):
    """Extract entities and relations from passages (one JSON record per line)."""
    from kg.api import extract as run_extract

    run_extract(input, output, ner=ner)


@app.command(name="eval")
def eval_(
    gold: str = typer.Argument(..., help="Gold JSONL (see docs/annotation.md)."),
    as_json: bool = JSON_OPT,
    ner: bool = typer.Option(False, "--ner/--no-ner", help="Also find Person, Institution and Region names with a statistical model (needs the ner extra: pip install 'kg[ner]')."),
):
    """Run the extractor on gold passages and print precision / recall / F1."""
    from kg.api import evaluate
    from kg.eval import format_scores

    scores = evaluate(gold, ner=ner)
    if as_json:
        _print_json(scores)
    else:
        typer.echo(format_scores(scores))


# --------------------------------------------------------------------------- query


class OutFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def sparql(
    query: Optional[str] = typer.Argument(None, help="A SPARQL 1.1 query (prefixes kg:, kgr:, rdfs:, skos:, dcterms:, prov: are predefined)."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from a .rq file (see ontology/queries/)."),
    fmt: OutFormat = typer.Option(OutFormat.table, "--format", help="Output format."),
    graph: Path = GRAPH_OPT,
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Query a SPARQL 1.1 endpoint URL instead of the local store."),
):
    """Run a SPARQL query on the built graph."""
    from kg.query.sparql import format_result, read_query

    text = read_query(query, file)
    if endpoint:
        from kg.query.endpoint import run_endpoint

        result = run_endpoint(endpoint, text)
    else:
        result = _open_graph(graph).sparql(text)
    typer.echo(format_result(result, fmt.value))


@app.command()
def lookup(
    name: str = typer.Argument(..., help="A label or alias, e.g. 工信部."),
    limit: int = typer.Option(5, "--limit", "-n", help="Evidence sentences to show."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """Find an entity by label or alias (exact, then fuzzy) and show its relations and evidence."""
    from kg.query.lookup import format_lookup

    result = _open_graph(graph).lookup(name, limit=limit)
    if as_json:
        _print_json(result)
    else:
        typer.echo(format_lookup(result))


@app.command()
def validate(graph: Path = GRAPH_OPT):
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from kg.query.validate import format_report

    report = _open_graph(graph).validate()
    typer.echo(format_report(report))
    if not report["conforms"]:
        raise typer.Exit(1)


@app.command()
def stats(graph: Path = GRAPH_OPT, as_json: bool = JSON_OPT):
    """Counts by entity and relation type, density, components."""
    from kg.query import analytics

    result = analytics.stats(_open_graph(graph).to_networkx())
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else analytics.format_stats(result))


@app.command()
def neighbors(
    name: str = typer.Argument(..., help="Entity label or alias."),
    depth: int = typer.Option(1, "--depth", "-d", help="How many hops."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """Entities within DEPTH hops of NAME."""
    from kg.query import analytics

    g = _open_graph(graph)
    result = analytics.neighbors(g.to_networkx(), g.resolve(name), depth=depth)
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else analytics.format_neighbors(result))


@app.command()
def path(
    source: str = typer.Argument(..., help="From this entity."),
    target: str = typer.Argument(..., help="To this entity."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """The shortest chain of relations between two entities."""
    from kg.query import analytics

    g = _open_graph(graph)
    result = analytics.path(g.to_networkx(), g.resolve(source), g.resolve(target))
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else analytics.format_path(result))


class Centrality(str, Enum):
    degree = "degree"
    pagerank = "pagerank"
    betweenness = "betweenness"


@app.command()
def central(
    type_: Optional[str] = typer.Option(None, "--type", "-t", help="Only entities of this type (e.g. Technology)."),
    by: Centrality = typer.Option(Centrality.degree, "--by", help="Centrality measure."),
    top: int = typer.Option(20, "--top", "-n", help="How many to list."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """The most central entities."""
    from kg.query import analytics

    result = analytics.central(_open_graph(graph).to_networkx(), type_=type_, by=by.value, top=top)
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else analytics.format_central(result))


@app.command()
def communities(graph: Path = GRAPH_OPT, as_json: bool = JSON_OPT, top: int = typer.Option(10, "--top", "-n", help="Communities to list.")):
    """Communities of densely related entities (Louvain)."""
    from kg.query import analytics

    result = analytics.communities(_open_graph(graph).to_networkx(), top=top)
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else analytics.format_communities(result))


# --------------------------------------------------------------------------- export


class ExportFormat(str, Enum):
    neo4j = "neo4j"
    gephi = "gephi"
    graphml = "graphml"
    jsonld = "jsonld"
    turtle = "turtle"
    ntriples = "ntriples"
    csv = "csv"


@app.command()
def export(
    fmt: ExportFormat = typer.Argument(..., metavar="FORMAT", help="Target format: neo4j, gephi, graphml, jsonld, turtle, ntriples or csv."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File or folder to write (default: under the graph folder)."),
    graph: Path = GRAPH_OPT,
):
    """Write the graph for Neo4j, Gephi, GraphML tools, JSON-LD/RDF tools or spreadsheets.

    Defaults under the graph folder: neo4j/ (neo4j-admin CSVs, import.cypher,
    import.sh, README), kg.gexf, kg.graphml, rdf/kg.jsonld (+ context.jsonld),
    rdf/kg.ttl, rdf/kg.nt, csv/ (UTF-8 with BOM for Excel).
    """
    from kg.export import export_graph

    summary = export_graph(_open_graph(graph), fmt.value, out)
    typer.echo(summary)


class PushTarget(str, Enum):
    neo4j = "neo4j"
    sparql = "sparql"


@app.command()
def push(
    target: PushTarget = typer.Argument(..., metavar="TARGET", help="neo4j (bolt) or sparql (SPARQL 1.1 endpoint)."),
    uri: Optional[str] = typer.Option(None, "--uri", envvar="NEO4J_URI", help="Neo4j bolt URI."),
    user: Optional[str] = typer.Option(None, "--user", envvar="NEO4J_USER", help="Neo4j user."),
    password: Optional[str] = typer.Option(None, "--password", envvar="NEO4J_PASSWORD", help="Neo4j password."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="SPARQL endpoint base URL (Graph Store Protocol / UPDATE)."),
    batch: int = typer.Option(1000, "--batch", help="Rows or triples per request."),
    graph: Path = GRAPH_OPT,
):
    """Load the graph into a running Neo4j database or SPARQL server."""
    g = _open_graph(graph)
    if target is PushTarget.neo4j:
        from kg.export.neo4j import push_neo4j

        if not uri:
            raise KgError("push neo4j needs --uri (or NEO4J_URI)")
        typer.echo(push_neo4j(g.to_networkx(), uri, user or "neo4j", password or "", batch=batch))
    else:
        from kg.export.sparql_push import push_sparql

        if not endpoint:
            raise KgError("push sparql needs --endpoint URL")
        typer.echo(push_sparql(g, endpoint, batch=batch))


# --------------------------------------------------------------------------- explore


@app.command()
def explore(
    output: Path = typer.Option(None, "--output", "-o", help="HTML file to write (default: GRAPH/explorer.html)."),
    top: Optional[int] = typer.Option(None, "--top", help="Only the N most central entities."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Only the neighbourhood of this entity."),
    depth: int = typer.Option(2, "--depth", help="Hops around --focus."),
    graph: Path = GRAPH_OPT,
):
    """Write the interactive HTML graph explorer (one file, works offline)."""
    from kg.explore import write_explorer

    g = _open_graph(graph)
    target = output or graph / "explorer.html"
    focus_node = g.resolve(focus) if focus else None
    summary = write_explorer(g.to_networkx(), target, top=top, focus=focus_node, depth=depth)
    typer.echo(summary)
