"""SPARQL over the store: results as plain rows (kg.cli.render lays them out)."""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, KgError

if TYPE_CHECKING:
    import pyoxigraph as ox
# pyoxigraph and the ontology (kg.graph.ontology, which parses kg.ttl) are
# imported where a store is queried: the CLI reads DEFAULT_TIMEOUT and
# DEFAULT_LIMIT below when it starts, which should load neither (kg --help)


@dataclass
class Result:
    """A SELECT (vars + rows of str/None), CONSTRUCT/DESCRIBE (subject, predicate,
    object rows) or ASK (boolean) result."""

    vars: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False  # more rows than the limit asked for (see run_query)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.boolean is not None else bool(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.vars, row)) for row in self.rows]


def term_str(term) -> str | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Triple):
        return f"<< {term_str(term.subject)} {term_str(term.predicate)} {term_str(term.object)} >>"
    return term.value


def one_line(message: str) -> str:
    return " ".join(str(message).split())


# What `kg sparql` allows a query by default: seconds of evaluation, and rows
# kept (a cartesian SELECT * grows by ~80 MB a second).
DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMIT = 100_000
# Rows handed from the evaluating thread to the caller at a time.
_ROW_QUEUE = 1_000

_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
# what is not query text: strings, IRIs and comments (a SERVICE inside them is no SERVICE)
_NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
                       r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")


def _code(query: str) -> str:
    return _NOT_CODE.sub(" ", query)


def uses_service(query: str) -> bool:
    """Whether QUERY has a SERVICE clause (it would reach another server)."""
    return re.search(r"\bSERVICE\b", _code(query), re.IGNORECASE) is not None


def _is_update(query: str) -> bool:
    code = re.sub(r"(?i)\b(PREFIX\s+\S*:|BASE)\s*", " ", _code(query))
    words = code.split()
    return bool(words) and words[0].upper() in _UPDATE_WORDS


def run_query(store: ox.Store, query: str, substitutions: dict | None = None, *, timeout: float | None = None,
              limit: int | None = None, allow_service: bool = True) -> Result:
    """Run `query` with the project prefixes predefined. Values go in through
    `substitutions` (variable name -> term), never by formatting query text.

    ``timeout``: seconds of evaluation before a KgError; ``limit``: keep at
    most this many rows (``Result.truncated`` says if there were more);
    ``allow_service``: False refuses SERVICE clauses.  With a timeout or a
    limit the query is evaluated in a thread (pyoxigraph releases the GIL) and
    rows are taken as they come, so Ctrl-C and the timeout stop the wait at
    once and memory stays bounded; a query stopped that way is abandoned and
    its thread ends with its current step, or with the process."""
    if not allow_service and uses_service(query):
        raise InputError("the query has a SERVICE clause, which would query another server over the network: "
                         "give --allow-service to run it")
    import pyoxigraph as ox

    from kg.graph.ontology import PREFIXES

    subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()} or None
    try:
        if timeout is None and limit is None:
            return _collect(store.query(query, prefixes=PREFIXES, substitutions=subs), None, lambda: False)
        return _bounded(store, query, subs, timeout, limit)
    except SyntaxError as e:
        if _is_update(query):
            raise KgError("the graph is read-only: kg sparql runs SELECT, ASK, CONSTRUCT and DESCRIBE queries, "
                          "not updates (INSERT, DELETE, LOAD, ...); change the corpus and run `kg build`") from None
        raise KgError(f"invalid SPARQL: {one_line(e)}") from None
    except (OSError, ValueError, TypeError, RuntimeError) as e:
        raise KgError(f"SPARQL query failed: {one_line(e)}") from None


def _collect(res, limit: int | None, stopped) -> Result:
    """The Result of a pyoxigraph query result, at most LIMIT rows."""
    import pyoxigraph as ox

    if isinstance(res, ox.QueryBoolean):
        return Result(boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        convert = lambda sol: [term_str(sol[i]) for i in range(len(names))]  # noqa: E731
    else:
        names = ["subject", "predicate", "object"]
        convert = lambda t: [term_str(t.subject), term_str(t.predicate), term_str(t.object)]  # noqa: E731
    result = Result(vars=names)
    for item in res:
        if stopped():
            break
        if limit is not None and len(result.rows) >= limit:
            result.truncated = True
            break
        result.rows.append(convert(item))
    return result


def _bounded(store: ox.Store, query: str, subs, timeout: float | None, limit: int | None) -> Result:
    """`_collect` in a thread, waited for at most TIMEOUT seconds (interruptible)."""
    done = threading.Event()
    stop = threading.Event()
    outcome: dict = {}

    from kg.graph.ontology import PREFIXES

    def evaluate() -> None:
        try:
            res = store.query(query, prefixes=PREFIXES, substitutions=subs)
            outcome["result"] = _collect(res, limit, stop.is_set)
        except BaseException as e:  # re-raised in the caller's thread, without the frames
            outcome["error"] = e.with_traceback(None)  # that hold pyoxigraph objects of this thread
        finally:
            done.set()

    worker = threading.Thread(target=evaluate, name="kg-sparql", daemon=True)
    deadline = None if not timeout else time.monotonic() + timeout
    worker.start()
    try:
        while not done.wait(0.05):
            if deadline is not None and time.monotonic() >= deadline:
                raise KgError(f"the query was stopped after {timeout:g} s (--timeout N allows more, 0 no limit)")
    finally:
        stop.set()  # an abandoned evaluation stops at its next row
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def read_query(query: str | None, file: Path | str | None) -> str:
    """The query text from the argument or a .rq file (exactly one of them)."""
    if query and file:
        raise InputError("give a query or --file, not both")
    if file:
        path = Path(file)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError(f"no such query file: {path}") from None
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"cannot read query file {path}: {one_line(e)}") from None
    elif query:
        text = query
    else:
        raise InputError("give a SPARQL query or --file FILE.rq")
    if not text.strip():
        raise InputError("the SPARQL query is empty")
    return text
