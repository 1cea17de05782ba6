"""SPARQL queries against a remote SPARQL 1.1 endpoint (the `--endpoint` option).

Speaks the SPARQL 1.1 Protocol through kg.http (authentication included): a
short query goes as GET ``?query=``, a long one as POST
``application/sparql-query``.  The answer
comes back in the same shape as a local ``Graph.sparql`` query, so the CLI
formats both the same way.
"""
from __future__ import annotations

import json
import re
import urllib.parse

from kg.errors import KgError
from kg.graph.ontology import PREFIXES
from kg.http import Client, Credentials
from kg.query.sparql import Result

# Above this URL length a query is POSTed (servers and proxies cap URL length).
MAX_GET_URL = 2000

ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, "
    "application/json;q=0.5"
)


_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def with_prefixes(query: str) -> str:
    """QUERY with the project prefixes (kg:, kgr:, rdfs:, ...) declared, as the
    local store predefines them; the query's own declarations win.  They go on
    the query's first line so server error positions keep their line numbers."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(query)}
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return " ".join(missing + [query]) if missing else query


def query_url(url: str) -> str:
    """The query endpoint for URL: a bare server address means its ``/query``
    (Oxigraph's layout); anything with a path is used as given."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"not an http(s) SPARQL endpoint URL: {url!r}")
    if parts.path in ("", "/"):
        return urllib.parse.urlunsplit(parts._replace(path="/query"))
    return url


def run_endpoint(url: str, query: str, creds: Credentials | None = None):
    """Run QUERY on the SPARQL 1.1 endpoint at URL; the same ``Result`` as a
    local ``Graph.sparql`` (vars + rows of str/None, or ``boolean`` for ASK)."""
    target = query_url(url)
    query = with_prefixes(query)
    get_url = target + ("&" if "?" in target else "?") + urllib.parse.urlencode({"query": query})
    with Client(creds) as http:
        if len(get_url) <= MAX_GET_URL:
            ctype, body = http.request("GET", get_url, headers={"Accept": ACCEPT})
        else:
            ctype, body = http.request(
                "POST",
                target,
                content=query.encode("utf-8"),
                headers={"Accept": ACCEPT, "Content-Type": "application/sparql-query; charset=utf-8"},
            )
    return parse_response(ctype, body, target)


# --------------------------------------------------------------------------- answers


def parse_response(content_type: str, body: bytes, url: str = "endpoint"):
    mime = content_type.split(";")[0].strip().lower()
    if mime in ("application/n-triples", "text/plain", "application/n-quads", "text/turtle"):
        return _graph_result(body, mime)
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KgError(f"{url} did not answer with SPARQL JSON results (Content-Type {content_type or 'missing'})") from None
    return _json_result(data, url)


def _json_result(data, url: str):
    if not isinstance(data, dict):
        raise KgError(f"{url} answered with JSON that is not a SPARQL result")
    if "boolean" in data:
        return Result(boolean=bool(data["boolean"]))
    try:
        names = list(data["head"].get("vars", []))
        bindings = data["results"]["bindings"]
    except (KeyError, TypeError, AttributeError):
        raise KgError(f"{url} answered with JSON that is not a SPARQL result") from None
    rows = [[_term_json(b.get(name)) for name in names] for b in bindings]
    return Result(vars=names, rows=rows)


def _term_json(term: dict | None) -> str | None:
    if term is None:
        return None
    if term.get("type") == "bnode":
        return "_:" + term["value"]
    return term.get("value")


def _graph_result(body: bytes, mime: str):
    """CONSTRUCT / DESCRIBE: the triples as rows of subject, predicate, object."""
    import pyoxigraph

    fmt = {
        "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
        "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,
        "application/n-quads": pyoxigraph.RdfFormat.N_QUADS,
        "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    }[mime]
    try:
        quads = list(pyoxigraph.parse(body, format=fmt))
    except (SyntaxError, ValueError) as e:
        raise KgError(f"the endpoint answered with unreadable RDF: {e}") from None
    rows = [[_term_oxi(q.subject), _term_oxi(q.predicate), _term_oxi(q.object)] for q in quads]
    return Result(vars=["subject", "predicate", "object"], rows=rows)


def _term_oxi(term) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.BlankNode):
        return "_:" + term.value
    return term.value
