"""SPARQL over the store: results as plain rows (kg.cli.render lays them out)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError
from kg.graph.ontology import PREFIXES


@dataclass
class Result:
    """A SELECT (vars + rows of str/None), CONSTRUCT/DESCRIBE (subject, predicate,
    object rows) or ASK (boolean) result."""

    vars: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.boolean is not None else bool(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.vars, row)) for row in self.rows]


def term_str(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Triple):
        return f"<< {term_str(term.subject)} {term_str(term.predicate)} {term_str(term.object)} >>"
    return term.value


def one_line(message: str) -> str:
    return " ".join(str(message).split())


def run_query(store: ox.Store, query: str, substitutions: dict | None = None) -> Result:
    """Run `query` with the project prefixes predefined. Values go in through
    `substitutions` (variable name -> term), never by formatting query text."""
    subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()} or None
    try:
        res = store.query(query, prefixes=PREFIXES, substitutions=subs)
        if isinstance(res, ox.QueryBoolean):
            return Result(boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            return Result(vars=names, rows=[[term_str(sol[i]) for i in range(len(names))] for sol in res])
        return Result(
            vars=["subject", "predicate", "object"],
            rows=[[term_str(t.subject), term_str(t.predicate), term_str(t.object)] for t in res],
        )
    except SyntaxError as e:
        raise KgError(f"invalid SPARQL: {one_line(e)}") from None
    except (OSError, ValueError, TypeError, RuntimeError) as e:
        raise KgError(f"SPARQL query failed: {one_line(e)}") from None


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
