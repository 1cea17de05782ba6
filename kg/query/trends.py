"""Attention over time: an entity's mentions and documents per year, quarter or
month (`kg trend`, `Graph.trend()`).

A document counts in the period of its date (kg docs shows where each date
came from).  Documents without a date are counted apart as "undated", and
documents dated less precisely than the period asks for (a year only, with
--by month) as "imprecise": neither is ever spread over periods or guessed.
For every entity: sum of the periods' documents + undated + imprecise = the
documents mentioning it.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.query.mentions import document_dates, entities, find_entities, mention_index
from kg.schema import ENTITY_TYPES

PERIODS = ("year", "quarter", "month")


def period_of(date: str | None, by: str) -> str | None:
    """The period label of an ISO date: 2024, 2024-Q1, 2024-03; None if the date
    is missing or less precise than BY."""
    if not date:
        return None
    parts = date.split("-")
    if by == "year":
        return parts[0]
    if len(parts) < 2:
        return None
    month = int(parts[1])
    return f"{parts[0]}-Q{(month - 1) // 3 + 1}" if by == "quarter" else f"{parts[0]}-{month:02d}"


def all_periods(first: str, last: str, by: str) -> list[str]:
    """Every period from FIRST to LAST inclusive (for an axis without gaps)."""
    def key(p: str) -> tuple[int, int]:
        if by == "year":
            return int(p), 0
        y, rest = p.split("-")
        return int(y), int(rest.lstrip("Q"))

    per_year = {"year": 1, "quarter": 4, "month": 12}[by]
    (y, k), end = key(first), key(last)
    out = []
    while (y, k) <= end:
        out.append(str(y) if by == "year" else f"{y}-Q{k}" if by == "quarter" else f"{y}-{k:02d}")
        if by == "year":
            y += 1
        else:
            y, k = (y + 1, 1) if k == per_year else (y, k + 1)
    return out


def trend(store: ox.Store, folder: Path, names: list[str], *, by: str = "year", type_: str | None = None) -> dict:
    """Mentions and documents per period for each entity NAME (label or alias).

    Returns {"by", "series": [{"entity", "type", "iri", "documents",
    "mentions", "periods": [{"period", "documents", "mentions"}] (periods
    with at least one document, in order), "undated": {"documents",
    "mentions"}, "imprecise": {"documents", "mentions"}}]}."""
    if by not in PERIODS:
        raise InputError(f"unknown period {by!r}: use {', '.join(PERIODS)}")
    if not names:
        raise InputError("give at least one entity name")
    if type_ is not None and type_ not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {type_!r}: use {', '.join(ENTITY_TYPES)}")
    table = entities(store)
    chosen = []
    for name in names:
        found = find_entities(table, name, type_)
        if not found:
            kind = f" of type {type_}" if type_ else ""
            raise InputError(f"no entity{kind} called {name!r} in the graph (try `kg lookup {name}`)")
        chosen.append(found[0])
    dates = document_dates(store)
    mentions = mention_index(store, Path(folder), table)
    series = []
    for e in chosen:
        buckets: dict[str, dict[str, int]] = {}
        undated = {"documents": 0, "mentions": 0}
        imprecise = {"documents": 0, "mentions": 0}
        for doc_id in sorted(e.doc_ids):
            n = mentions[doc_id].counts.get(e.iri, 0) if doc_id in mentions else 0
            date = dates.get(doc_id)
            period = period_of(date, by)
            bucket = buckets.setdefault(period, {"documents": 0, "mentions": 0}) if period else (
                undated if not date else imprecise)
            bucket["documents"] += 1
            bucket["mentions"] += n
        series.append({
            "entity": e.label,
            "type": e.type,
            "iri": e.iri,
            "documents": len(e.doc_ids),
            "mentions": sum(b["mentions"] for b in (*buckets.values(), undated, imprecise)),
            "periods": [{"period": p, **buckets[p]} for p in sorted(buckets)],
            "undated": undated,
            "imprecise": imprecise,
        })
    return {"by": by, "series": series}

