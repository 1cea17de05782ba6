"""The Python API: every `kg` command is one call here, a function or a
`Graph` method of the same name, so a Python user can do what the CLI does.

    >>> report = build("corpus", out="exports")
    >>> g = Graph.open("exports")
    >>> g.sparql("SELECT ?l WHERE { ?e a kg:Technology ; rdfs:label ?l }").rows
    >>> g.central(by="pagerank", top=5)["entities"]

Functions: build, docs, extract, evaluate, sparql (local or remote).
Graph: sparql, lookup, validate, stats, neighbors, path, central, communities,
export, push, explore, serialize, plus the analyses below.  Results are plain
data (dicts, lists, `Result`); kg.cli.render lays them out.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# Only light modules at import (the CLI imports this one for `kg --help`):
# spaCy, jieba, pyoxigraph, rdflib, networkx … are imported by the functions
# that use them, and PREFIXES (which parses ontology/kg.ttl) on first use.
from kg.errors import InputError, KgError, Terminated  # noqa: F401 (Terminated: what the CLI catches)
from kg.export import FORMATS as EXPORT_FORMATS  # noqa: F401 (the choices of `kg export`)
from kg.options import DEFAULT_EXTRACTOR, RULES_ONLY, ExtractorOptions  # noqa: F401 (the `extractor` of build, extract, evaluate)
from kg.query.sparql import DEFAULT_LIMIT as SPARQL_LIMIT, DEFAULT_TIMEOUT as SPARQL_TIMEOUT  # noqa: F401 (kg sparql's defaults)
from kg.query.sparql import Result  # noqa: F401 (what sparql() returns)
from kg.resources import DEFAULT_GRAPH_DIR

Warn = Callable[[str], None]


# --------------------------------------------------------------------------- build


def __getattr__(name: str):
    # `build` lives in the kg.builder package, imported on first use: commands that only
    # read a graph (lookup, sparql...) start faster without it
    if name == "build":
        from kg.builder import build

        return build
    if name == "PREFIXES":  # for renderers: kg:… instead of full IRIs
        from kg.graph.ontology import PREFIXES

        return PREFIXES
    raise AttributeError(f"module 'kg.api' has no attribute {name!r}")


# --------------------------------------------------------------------------- documents


def docs(corpus: str | Path = "corpus", *, strict: bool = False, warn: Warn | None = None) -> list[dict]:
    """`kg docs`: the documents (articles) ingestion finds in CORPUS, without
    their text: id, source, title, authors, affiliations, publication, date,
    date_source, occasion, chars, sentences."""
    from kg.ingest import load_corpus

    return [
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
        for d in load_corpus(corpus, strict=strict, warn=warn)
    ]


# --------------------------------------------------------------------------- passages: extract, evaluate


def extract(input: str | Path, output: str | Path | None = "-", *,
            extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> list[dict]:
    """`kg extract`: entities and relations of each {"id", "text"} record of the
    JSONL file INPUT ("-": stdin), written as JSONL to OUTPUT ("-": stdout,
    None: not written) and returned.  ``extractor``: the statistical
    components that run with the rules (`kg extract --ner/--crf/…`), e.g.
    ``ExtractorOptions(ner=True)`` (KgError if its extra is missing) or
    ``RULES_ONLY``; see kg.options."""
    from kg.extract.passages import read_jsonl, write_jsonl

    from kg.extract.extra import require_extras

    require_extras(extractor)
    passages = read_jsonl(input, require_text=True)  # bad input fails before the extractor loads
    from kg.extract import extract_passages

    records = extract_passages(passages, extractor=extractor)
    if output is not None:
        write_jsonl(output, records)
    return records


def evaluate(gold: str | Path, *, extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> dict:
    """`kg eval`: the extractor run on the gold JSONL file GOLD, scored as the
    reference scorer does (kg.eval.score).  ``extractor``: as for `extract`."""
    from kg.eval import read_gold, score

    from kg.extract.extra import require_extras

    require_extras(extractor)
    gold_records = read_gold(gold)  # validated: bad input fails before the extractor loads
    from kg.extract import extract_passages

    return score(gold_records, extract_passages(gold_records, extractor=extractor))


# --------------------------------------------------------------------------- SPARQL, local or remote


def sparql(query: str | None = None, *, file: str | Path | None = None, graph: str | Path = DEFAULT_GRAPH_DIR,
           endpoint: str | None = None, user: str | None = None, password: str | None = None,
           token: str | None = None, timeout: float | None = None, limit: int | None = None,
           allow_service: bool = False) -> Result:
    """`kg sparql`: run QUERY (or the .rq FILE) on the graph in GRAPH, or on
    the SPARQL 1.1 ENDPOINT with credentials from the arguments, the
    environment or ~/.netrc (kg.http).  The project prefixes are predefined.
    On the local graph: ``timeout`` seconds at most (None or 0: no limit),
    ``limit`` rows kept (None or 0: all; Result.truncated says if there were
    more), SERVICE clauses only with ``allow_service``."""
    from kg.query.sparql import read_query

    text = read_query(query, file)
    if endpoint:
        from kg.http import credentials
        from kg.query.endpoint import run_endpoint

        return run_endpoint(endpoint, text, credentials(endpoint, user=user, password=password, token=token))
    return Graph.open(graph).sparql(text, timeout=timeout or None, limit=limit or None, allow_service=allow_service)


# --------------------------------------------------------------------------- reading a build


class Graph:
    """A built graph (the folder `kg build` wrote), read-only.  ``folder`` is
    that folder (``path`` is the method of `kg path`)."""

    def __init__(self, folder: Path, store):
        self.folder = folder
        self.store = store
        self._index = None
        self._nx = None

    @classmethod
    def open(cls, path: str | Path = DEFAULT_GRAPH_DIR) -> "Graph":
        from kg.graph.store import open_store

        path = Path(path)
        return cls(path, open_store(path))

    # -- queries

    def sparql(self, query: str, *, timeout: float | None = None, limit: int | None = None,
               allow_service: bool = False):
        """Run SPARQL with the project prefixes predefined: a Result with .vars and
        .rows (lists of str/None), or .boolean for ASK. KgError on a bad query.
        ``timeout``: seconds before a KgError; ``limit``: rows kept (.truncated
        says if there were more); SERVICE clauses (other servers) only with
        ``allow_service``."""
        from kg.query.sparql import run_query

        return run_query(self.store, query, timeout=timeout, limit=limit, allow_service=allow_service)

    def _lookup_index(self):
        if self._index is None:
            from kg.query.lookup import LookupIndex

            self._index = LookupIndex(self.store)
        return self._index

    def lookup(self, name: str, limit: int = 5) -> dict:
        """Entity by label, alias or fuzzy match, with relations and evidence."""
        if not name or not name.strip():
            raise InputError("give a name to look up")
        if limit < 0:
            raise InputError(f"the number of evidence sentences must be 0 or more, got {limit}")
        return self._lookup_index().lookup(name, limit=limit)

    def resolve(self, name: str) -> str:
        """The node IRI for a label or alias; KgError with suggestions otherwise."""
        if not name or not name.strip():
            raise InputError("give an entity name")
        return self._lookup_index().resolve(name)

    def audit(self, limit: int | None = None, out: str | Path | None = None) -> list[dict]:
        """What an analyst should review, ranked (likely duplicates, type
        conflicts, isolated entities with many mentions, weak relations): dicts
        with rank, kind, score, action, subject, subject_type, object, relation,
        note (see kg.query.audit).  With `out`, also written there as a TSV to
        edit into a curation file."""
        from kg.query.audit import audit, write_audit_tsv

        items = audit(self.to_networkx(), limit=limit)
        if out is not None:
            write_audit_tsv(items, out)
        return items

    def to_networkx(self):
        """The projection of docs/architecture.md (a fresh copy each call)."""
        from kg.query.project import to_networkx

        if self._nx is None:
            self._nx = to_networkx(self.store)
        return self._nx.copy()

    def documents(self) -> list[dict]:
        from kg.query.project import documents

        return [dict(id=k, **v) for k, v in sorted(documents(self.store).items())]

    def triples(self) -> int:
        return len(self.store)

    def manifest(self) -> dict:
        from kg.graph.store import read_manifest

        return read_manifest(self.folder)

    def validate(self) -> dict:
        """SHACL validation against ontology/shapes.ttl: {"conforms", "violations"}."""
        from kg.query.validate import validate

        return validate(self.rdflib())

    # -- analytics over the projection (kg.query.analytics)

    def stats(self) -> dict:
        """Counts by entity and relation type, density, components."""
        from kg.query import analytics

        return analytics.stats(self.to_networkx())

    def neighbors(self, name: str, depth: int = 1) -> dict:
        """The entities within DEPTH hops of NAME (label or alias) and the relations between them."""
        from kg.query import analytics

        return analytics.neighbors(self.to_networkx(), self.resolve(name), depth=depth)

    def path(self, source: str, target: str) -> dict:
        """The shortest chain of relations between two entities (labels or aliases)."""
        from kg.query import analytics

        return analytics.path(self.to_networkx(), self.resolve(source), self.resolve(target))

    def central(self, type: str | None = None, by: str = "degree", top: int = 20) -> dict:
        """The TOP most central entities (of TYPE) by degree, pagerank or betweenness."""
        from kg.query import analytics

        return analytics.central(self.to_networkx(), type_=type, by=by, top=top)

    def communities(self, top: int = 10) -> dict:
        """Communities of densely related entities (Louvain, fixed seed); the TOP largest."""
        from kg.query import analytics

        return analytics.communities(self.to_networkx(), top=top)

    # -- analyses: attention over time, co-mentions, joint issuers

    def trend(self, names: list[str] | str, by: str = "year", type: str | None = None,
              chart: str | Path | None = None) -> dict:
        """Mentions and documents per period ("year", "quarter", "month") of each
        entity named (label or alias; `type` picks among same-named entities).
        Undated documents are counted apart, never guessed; see kg.query.trends.
        With `chart`, also draws the result to that .svg/.html file."""
        from kg.query.trends import trend

        result = trend(self.store, self.folder, [names] if isinstance(names, str) else list(names), by=by, type_=type)
        if chart is not None:
            from kg.export.chart import write_trend_chart

            write_trend_chart(result, chart)
            result["chart"] = str(chart)
        return result

    def cooccurrence(self, unit: str = "sentence", min_count: int = 1, min_occurrences: int = 1,
                     types: list[str] | None = None) -> dict:
        """Entity co-mentions per "sentence" or "document" as plain data
        ({"items", "links", …}, see kg.query.cooccurrence): a separate layer,
        never one of the typed relations, never stored.  `export("cooccurrence")`
        writes it for VOSviewer and Gephi."""
        from kg.query.cooccurrence import cooccurrence

        return cooccurrence(self.store, self.folder, unit=unit, min_count=min_count,
                            min_occurrences=min_occurrences, types=types)

    def joint_issuers(self, min_policies: int = 1) -> dict:
        """The joint-issuer network (联合发文网络, ontology/queries/joint_issuers.rq):
        {"pairs": [{"a", "a_iri", "b", "b_iri", "policies", "titles"}],
        "institutions": [{"iri", "label", "partners", "joint_policies"}]}.
        `export("issuers")` writes it for VOSviewer and Gephi."""
        from kg.query.issuers import joint_issuers

        return joint_issuers(self.store, min_policies=min_policies)

    # -- RDF out

    def rdflib(self):
        """A full in-memory rdflib copy of the graph (with the ontology), prefixes bound."""
        import pyoxigraph as ox
        import rdflib

        from kg.graph.ontology import PREFIXES

        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, rdflib.Namespace(ns), replace=True)
        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def serialize(self, path: str | Path, format: str = "turtle") -> Path:
        """Write the graph as "turtle", "ntriples" or "jsonld" (atomically; a
        folder gets kg.ttl / kg.nt / kg.jsonld); the path written."""
        from kg.export.rdf import write_rdf

        return write_rdf(self.store, Path(path), format)["path"]

    # -- out: files, servers, the explorer

    def export(self, format: str, out: str | Path | None = None, **options) -> str:
        """Write the graph for another tool (kg.export.EXPORTERS: neo4j, gephi,
        graphml, jsonld, turtle, ntriples, csv, cooccurrence) to OUT, by default
        under the graph folder; the one-line summary.  OPTIONS go to the writer
        (cooccurrence: unit, min_count, min_occurrences, types)."""
        from kg.export import export_graph

        return export_graph(format, self.to_networkx(), self.store, self.folder, out, **options)

    def push(self, target: str, *, endpoint: str | None = None, uri: str | None = None,
             user: str | None = None, password: str | None = None, token: str | None = None,
             graph_iri: str | None = None, batch: int = 1000) -> str:
        """Load the graph into a running server; the one-line summary.

        "neo4j": the bolt URI (or NEO4J_URI), user and password (or NEO4J_USER,
        NEO4J_PASSWORD).  "sparql": the ENDPOINT (Graph Store Protocol or
        SPARQL Update), into GRAPH_IRI or the default graph, with credentials
        from the arguments, the environment or ~/.netrc (see kg.http)."""
        import os

        if target == "neo4j":
            from kg.export.neo4j import push_neo4j

            uri = uri or os.environ.get("NEO4J_URI")
            if not uri:
                raise KgError("push neo4j needs --uri (or NEO4J_URI)")
            user = user or os.environ.get("NEO4J_USER") or "neo4j"
            password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
            return push_neo4j(self.to_networkx(), uri, user, password, batch=batch)
        if target == "sparql":
            from kg.export.sparql_push import push_sparql
            from kg.http import credentials

            if not endpoint:
                raise KgError("push sparql needs --endpoint URL")
            creds = credentials(endpoint, user=user, password=password, token=token)
            return push_sparql(self.store, endpoint, batch=batch, graph_iri=graph_iri, creds=creds)
        raise InputError(f"unknown push target {target!r}: use neo4j or sparql")

    def explore(self, output: str | Path | None = None, *, top: int | None = None,
                focus: str | None = None, depth: int = 2, expand: bool = False) -> str:
        """Write the offline HTML explorer to OUTPUT (default: GRAPH/explorer.html):
        the TOP most central entities, or those within DEPTH hops of FOCUS;
        EXPAND opens it on FOCUS alone (or nothing) to grow the view by clicks."""
        from kg.explore import write_explorer

        target = Path(output) if output is not None else self.folder / "explorer.html"
        focus_node = self.resolve(focus) if focus else None
        return write_explorer(self.to_networkx(), target, top=top, focus=focus_node, depth=depth, expand=expand,
                              joint_issuers=self.joint_issuers())

    def __repr__(self) -> str:
        return f"Graph({str(self.folder)!r}, {self.triples()} triples)"
