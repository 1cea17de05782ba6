"""The `kg` commands: each parses its options, calls the Python API (kg.api)
and hands the result to kg.cli.render. Nothing else lives here (see
docs/architecture.md)."""
from __future__ import annotations

import functools
import inspect
from dataclasses import fields
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

import kg.api as api
from kg.cli import render
from kg.cli.render import warn as _warn

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
    api.DEFAULT_GRAPH_DIR, "--graph", "-g", help="Folder written by `kg build`.", show_default=True
)
JSON_OPT = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")
USER_OPT = typer.Option(None, "--user", help="Endpoint user (or KG_SPARQL_USER, or ~/.netrc).")
PASSWORD_OPT = typer.Option(None, "--password", help="Endpoint password (or KG_SPARQL_PASSWORD, which keeps it off the process list).")
TOKEN_OPT = typer.Option(None, "--token", help="Bearer token for the endpoint (or KG_SPARQL_TOKEN).")
CSV_OPT = typer.Option(False, "--csv", help="Print CSV instead of a table.")
# the statistical components of `kg build`, `kg extract` and `kg eval`: one option per field of
# kg.options.ExtractorOptions (EXTRACTOR_OPTS), given to the commands as one value by `extractor_options`;
# each default is the field's own (typer prints it: [default: prune]), never restated in the help
NER_OPT = typer.Option(
    api.DEFAULT_EXTRACTOR.ner, "--ner/--no-ner",
    help="Also find Person, Institution and Region names with a statistical model (needs the ner extra: pip install 'kg[ner]').")
CRF_OPT = typer.Option(
    api.DEFAULT_EXTRACTOR.crf, "--crf/--no-crf",
    help="Also find Technology and Industry terms the rules miss with a statistical model "
    "(needs the crf extra: pip install 'kg[crf]'; it costs speed).")
RELFILL_OPT = typer.Option(
    api.DEFAULT_EXTRACTOR.relfill, "--relfill/--no-relfill",
    help="Add relations the rules miss between two names of one sentence with a statistical model "
    "(on unseen text it adds more wrong relations than right ones).")
SPANFILL_OPT = typer.Option(
    api.DEFAULT_EXTRACTOR.spanfill, "--spanfill/--no-spanfill",
    help="Also find Technology and Industry terms the rules miss with a logistic regression over noun spans "
    "and list items (--no-spanfill for the rules' terms alone, about 8% faster).")
PRUNE_OPT = typer.Option(
    api.DEFAULT_EXTRACTOR.prune, "--prune/--no-prune",
    help="Drop Technology and Industry terms of the rules that a logistic regression judges are no entity "
    "(more precision on unseen text for about 5% more time; --no-prune keeps every term).")
RETYPE_OPT = typer.Option(
    api.DEFAULT_EXTRACTOR.retype, "--retype/--no-retype",
    help="Give a Technology or Industry term of the rules the other type when a logistic regression over its "
    "context is confident of it (--no-retype for the rules' types alone).")

EXTRACTOR_OPTS = {"ner": NER_OPT, "crf": CRF_OPT, "relfill": RELFILL_OPT, "spanfill": SPANFILL_OPT, "prune": PRUNE_OPT,
                  "retype": RETYPE_OPT}


def extractor_options(command):
    """COMMAND with the options of EXTRACTOR_OPTS after its own (in the order of
    ExtractorOptions' fields; a field without an option is a KeyError here),
    handed to it as one ExtractorOptions: its keyword ``extractor``."""
    names = [f.name for f in fields(api.ExtractorOptions)]
    flags = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=EXTRACTOR_OPTS[name], annotation=bool)
             for name in names]

    @functools.wraps(command)
    def run(*args, **kwargs):
        extractor = api.ExtractorOptions(**{name: kwargs.pop(name) for name in names})
        return command(*args, extractor=extractor, **kwargs)

    own = inspect.signature(command, eval_str=True)
    run.__signature__ = own.replace(parameters=[p for p in own.parameters.values() if p.name != "extractor"] + flags)
    return run


def _open_graph(graph: Path) -> api.Graph:
    return api.Graph.open(graph)


def _table_format(as_json: bool, as_csv: bool) -> str:
    """The render format chosen by --json / --csv (a table without either)."""
    return "json" if as_json else "csv" if as_csv else "table"


# --------------------------------------------------------------------------- ingest


@app.command()
def docs(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of documents (.txt .md .pdf .docx .html)."),
    as_json: bool = JSON_OPT,
    strict: bool = typer.Option(False, "--strict", help="Treat unreadable files as errors, not warnings."),
):
    """List the documents (articles) ingestion finds: id, file, title, authors, publication, date."""
    render.show(api.docs(corpus, strict=strict, warn=_warn), as_json, render.docs_table)


# --------------------------------------------------------------------------- build


@app.command()
@extractor_options
def build(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of documents to ingest."),
    out: Path = typer.Option(api.DEFAULT_GRAPH_DIR, "--out", "-o", help="Folder for the store and kg.ttl."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes for extraction (default: all cores)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run extraction on this Dask scheduler (tcp://host:8786)."),
    strict: bool = typer.Option(False, "--strict", help="Stop on unreadable files instead of warning."),
    full: bool = typer.Option(False, "--full", help="Re-extract every document, ignoring the cache."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    curation: Optional[Path] = typer.Option(
        None, "--curation", help="Curation decisions to apply (default: CORPUS/curation.tsv if it exists; "
        "see `kg audit`). Applied without re-extracting."),
    *,
    extractor: api.ExtractorOptions,
):
    """Ingest CORPUS, extract entities and relations, and write the graph store and OUT/kg.ttl."""
    from kg.api import build as run_build

    report = run_build(
        corpus, curation=curation, out=out, jobs=jobs, dask=dask, strict=strict, full=full, progress=not quiet, warn=_warn,
        extractor=extractor,
    )
    render.echo(render.build_summary(report))


# --------------------------------------------------------------------------- extract / eval


@app.command()
@extractor_options
def extract(
    input: str = typer.Argument(..., help="JSONL of {\"id\", \"text\"} records, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Where to write JSONL results (- for stdout)."),
    *,
    extractor: api.ExtractorOptions,
):
    """Extract entities and relations from passages (one JSON record per line)."""
    from kg.api import extract as run_extract

    run_extract(input, output, extractor=extractor)


@app.command(name="eval")
@extractor_options
def eval_(
    gold: str = typer.Argument(..., help="Gold JSONL (see docs/annotation.md)."),
    as_json: bool = JSON_OPT,
    *,
    extractor: api.ExtractorOptions,
):
    """Run the extractor on gold passages and print precision / recall / F1."""
    from kg.api import evaluate

    render.show(evaluate(gold, extractor=extractor), as_json, render.format_scores)


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
    user: Optional[str] = USER_OPT,
    password: Optional[str] = PASSWORD_OPT,
    token: Optional[str] = TOKEN_OPT,
    timeout: float = typer.Option(api.SPARQL_TIMEOUT, "--timeout", help="Stop the query after this many seconds (0: no limit)."),
    limit: int = typer.Option(api.SPARQL_LIMIT, "--limit", help="Print at most this many rows (0: all)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Run SERVICE clauses (they query other servers over the network)."),
):
    """Run a SPARQL query on the built graph, or on a SPARQL endpoint.

    An endpoint's credentials come from --user/--password or --token, else
    KG_SPARQL_USER/KG_SPARQL_PASSWORD or KG_SPARQL_TOKEN, else ~/.netrc; with a
    user the server's challenge picks digest or basic authentication.
    """
    if timeout < 0 or limit < 0:
        raise api.InputError("--timeout and --limit must be 0 (no limit) or more")
    result = api.sparql(query, file=file, graph=graph, endpoint=endpoint, user=user, password=password, token=token,
                        timeout=timeout, limit=limit, allow_service=allow_service)
    render.echo(render.format_result(result, fmt.value))
    if result.truncated:
        render.warn(f"showing the first {limit} rows (--limit N for more, --limit 0 for all)")


@app.command()
def lookup(
    name: str = typer.Argument(..., help="A label or alias, e.g. 工信部."),
    limit: int = typer.Option(5, "--limit", "-n", help="Evidence sentences to show."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """Find an entity by label or alias (exact, then fuzzy) and show its relations and evidence."""
    render.show(_open_graph(graph).lookup(name, limit=limit), as_json, render.format_lookup)


@app.command()
def audit(
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the findings to this TSV, "
                                       "to edit into a curation file (CORPUS/curation.tsv)."),
    top: Optional[int] = typer.Option(None, "--top", "-n", min=1, help="Only the N best-ranked findings."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """What to review, ranked: likely duplicates, type conflicts, isolated entities
    with many mentions, weak relations; each with a suggested curation decision."""
    items = _open_graph(graph).audit(limit=top, out=out)
    render.show(items, as_json, render.format_audit)
    if out is not None and not as_json:
        render.echo(f"wrote {len(items)} findings to {out}: keep the rows you agree with, edit them, "
                    "and save the file as the corpus's curation.tsv")


@app.command()
def validate(graph: Path = GRAPH_OPT):
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    report = _open_graph(graph).validate()
    render.echo(render.format_report(report))
    if not report["conforms"]:
        raise typer.Exit(1)


@app.command()
def stats(graph: Path = GRAPH_OPT, as_json: bool = JSON_OPT):
    """Counts by entity and relation type, density, components."""
    render.show(_open_graph(graph).stats(), as_json, render.format_stats)


@app.command()
def neighbors(
    name: str = typer.Argument(..., help="Entity label or alias."),
    depth: int = typer.Option(1, "--depth", "-d", help="How many hops."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """Entities within DEPTH hops of NAME."""
    render.show(_open_graph(graph).neighbors(name, depth=depth), as_json, render.format_neighbors)


@app.command()
def path(
    source: str = typer.Argument(..., help="From this entity."),
    target: str = typer.Argument(..., help="To this entity."),
    graph: Path = GRAPH_OPT,
    as_json: bool = JSON_OPT,
):
    """The shortest chain of relations between two entities."""
    render.show(_open_graph(graph).path(source, target), as_json, render.format_path)


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
    render.show(_open_graph(graph).central(type=type_, by=by.value, top=top), as_json, render.format_central)


@app.command()
def communities(graph: Path = GRAPH_OPT, as_json: bool = JSON_OPT, top: int = typer.Option(10, "--top", "-n", help="Communities to list.")):
    """Communities of densely related entities (Louvain)."""
    render.show(_open_graph(graph).communities(top=top), as_json, render.format_communities)


# --------------------------------------------------------------------------- analyses


class Period(str, Enum):
    year = "year"
    quarter = "quarter"
    month = "month"


@app.command()
def trend(
    entities: list[str] = typer.Argument(..., metavar="ENTITY...", help="Entity names (labels or aliases)."),
    by: Period = typer.Option(Period.year, "--by", help="Period: year, quarter or month."),
    type_: Optional[str] = typer.Option(None, "--type", help="Only entities of this type (Technology, Industry, ...)."),
    chart: Optional[Path] = typer.Option(None, "--chart", help="Also draw the trend to this .svg or .html file."),
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
    graph: Path = GRAPH_OPT,
):
    """Mentions and documents per year, quarter or month for each ENTITY.

    A document counts in the period of its date (see the date_source column of
    `kg docs`); documents without a date are counted apart as "undated", never
    guessed, and so are dates less precise than --by (a bare year by month).
    """
    result = _open_graph(graph).trend(entities, by=by.value, type=type_, chart=chart)
    render.echo(render.format_trend(result, _table_format(as_json, as_csv)))


@app.command()
def issuers(
    min_policies: int = typer.Option(1, "--min-policies", help="Only pairs that issued at least this many policies together."),
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
    graph: Path = GRAPH_OPT,
):
    """Joint issuers (联合发文网络): institution pairs that issued the same policies,
    most joint policies first (ontology/queries/joint_issuers.rq).

    `kg export issuers` writes the network for VOSviewer and Gephi.
    """
    result = _open_graph(graph).joint_issuers(min_policies=min_policies)
    render.echo(render.format_issuers(result, _table_format(as_json, as_csv)))


# --------------------------------------------------------------------------- export


ExportFormat = Enum("ExportFormat", {f: f for f in api.EXPORT_FORMATS}, type=str)


@app.command()
def export(
    fmt: ExportFormat = typer.Argument(..., metavar="FORMAT", help="Target format: " + ", ".join(api.EXPORT_FORMATS) + "."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File or folder to write (default: under the graph folder)."),
    unit: str = typer.Option("sentence", "--unit", help="cooccurrence: count co-mentions per sentence or per document."),
    min_count: int = typer.Option(1, "--min-count", help="cooccurrence: drop links seen fewer times."),
    min_occurrences: int = typer.Option(1, "--min-occurrences", help="cooccurrence: only entities named in at least this many units."),
    types: Optional[list[str]] = typer.Option(None, "--type", help="cooccurrence: only entities of this type (repeat for more)."),
    graph: Path = GRAPH_OPT,
):
    """Write the graph for Neo4j, Gephi, GraphML tools, JSON-LD/RDF tools or spreadsheets.

    Defaults under the graph folder: neo4j/ (neo4j-admin CSVs, import.cypher,
    import.sh, README), kg.gexf, kg.graphml, rdf/kg.jsonld (+ context.jsonld),
    rdf/kg.ttl, rdf/kg.nt, csv/ (UTF-8 with BOM for Excel), cooccurrence/
    (entity co-mentions, a layer apart from the relations: VOSviewer map and
    network files, VOSviewer JSON and GEXF), joint_issuers/ (the `kg issuers`
    network, the same four files).
    """
    options = {}
    if fmt.value == "cooccurrence":
        options = {"unit": unit, "min_count": min_count, "min_occurrences": min_occurrences, "types": types}
    render.echo(_open_graph(graph).export(fmt.value, out, **options))


class PushTarget(str, Enum):
    neo4j = "neo4j"
    sparql = "sparql"


@app.command()
def push(
    target: PushTarget = typer.Argument(..., metavar="TARGET", help="neo4j (bolt) or sparql (SPARQL 1.1 endpoint)."),
    uri: Optional[str] = typer.Option(None, "--uri", help="Neo4j bolt URI (or NEO4J_URI)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="SPARQL server base URL, or its Graph Store Protocol or UPDATE URL."),
    graph_iri: Optional[str] = typer.Option(None, "--graph-iri", help="SPARQL: load into this named graph (default: the default graph)."),
    user: Optional[str] = typer.Option(None, "--user", help="User (or NEO4J_USER; KG_SPARQL_USER; ~/.netrc for SPARQL)."),
    password: Optional[str] = typer.Option(None, "--password", help="Password (or NEO4J_PASSWORD; KG_SPARQL_PASSWORD; ~/.netrc). "
                                           "The environment keeps it off the process list."),
    token: Optional[str] = TOKEN_OPT,
    batch: int = typer.Option(1000, "--batch", help="Rows or triples per request."),
    graph: Path = GRAPH_OPT,
):
    """Load the graph into a running Neo4j database or SPARQL server.

    A SPARQL server that needs credentials gets them as for `kg sparql
    --endpoint` (digest or basic by its challenge, or a bearer --token).
    """
    render.echo(_open_graph(graph).push(target.value, endpoint=endpoint, uri=uri, user=user, password=password,
                                        token=token, graph_iri=graph_iri, batch=batch))


# --------------------------------------------------------------------------- explore


@app.command()
def explore(
    output: Path = typer.Option(None, "--output", "-o", help="HTML file to write (default: GRAPH/explorer.html, with --top or --focus too: give -o to keep the whole graph's page)."),
    top: Optional[int] = typer.Option(None, "--top", help="Only the N most central entities."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Only the neighbourhood of this entity."),
    depth: int = typer.Option(2, "--depth", help="Hops around --focus."),
    expand: bool = typer.Option(False, "--expand", help="Open on --focus alone (or on nothing) and grow the view by clicking entities."),
    graph: Path = GRAPH_OPT,
):
    """Write the interactive HTML graph explorer (one file, works offline)."""
    render.echo(_open_graph(graph).explore(output, top=top, focus=focus, depth=depth, expand=expand))
