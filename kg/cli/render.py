"""The one output path of the `kg` commands: what kg.api returns (plain data)
laid out as a table or text, CSV or JSON on stdout; warnings and errors on
stderr.  No other module formats results."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Callable

import typer

# the line of `kg build`'s summary that gives seconds by stage (bench/run.py reads it)
STAGES_LINE = "seconds by stage"
LOUVAIN = "Louvain"


# --------------------------------------------------------------------------- the output path


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def print_json(data) -> None:
    typer.echo(to_json(data))


def show(data, as_json: bool, text: Callable[[object], str]) -> None:
    """DATA as JSON, or laid out by TEXT (one of the *_text functions below)."""
    typer.echo(to_json(data) if as_json else text(data))


def echo(text: str) -> None:
    typer.echo(text)


def warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


# An error echoing a long input (a pasted document as a name, a huge query)
# stays one readable line: the middle is cut.
MAX_ERROR_CHARS = 400


def error(message: str) -> None:
    message = " ".join(str(message).split())
    if len(message) > MAX_ERROR_CHARS:
        cut = len(message) - MAX_ERROR_CHARS
        message = f"{message[:MAX_ERROR_CHARS - 100]} …[{cut} characters cut]… {message[-100:]}"
    typer.echo(f"error: {message}", err=True)


# --------------------------------------------------------------------------- tables


def display_width(text: str) -> int:
    """Terminal columns: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1 and display_width(text) > width:
            return out + "…"
        out += ch
        used += w
    return out


def table(headers: list[str], rows: list[list[object]], max_width: int = 40) -> str:
    """Left-aligned columns padded by display width, so Chinese text lines up."""
    cells = [[clip("" if v is None else str(v), max_width) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], display_width(v))

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def csv_text(headers: list[str], rows: list[list[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue().rstrip("\n")


# --------------------------------------------------------------------------- ingest, build, eval


def docs_table(rows: list[dict]) -> str:
    body = [
        [r["id"], r["source"], r["title"] or "", "、".join(r["authors"]), r["publication"] or "", r["date"] or "",
         r.get("date_source") or "", r["chars"]]
        for r in rows
    ]
    return table(["id", "file", "title", "authors", "publication", "date", "date_source", "chars"], body) + f"\n{len(rows)} documents"


def build_summary(report: dict) -> str:
    """`report` is what kg.api.build returns (see its docstring)."""
    lines = [
        f"built {report['out']}: {report['documents']} documents "
        f"({report.get('extracted', report['documents'])} extracted, {report.get('cached', 0)} from cache), "
        f"{report['entities']} entities, {report['relations']} relations, {report['triples']} triples "
        f"in {report['seconds']:.1f}s"
    ]
    for key in ("entities_by_type", "relations_by_type"):
        counts = report.get(key) or {}
        if counts:
            lines.append(f"  {key.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if report.get("curation"):
        c = report["curation"]
        skipped = f", {len(c['skipped'])} skipped (no such entity)" if c["skipped"] else ""
        lines.append(f"  curation: {c['applied']} of {c['decisions']} decisions applied from {c['file']}{skipped}")
    if report.get("timings"):
        lines.append(f"  {STAGES_LINE}: " + ", ".join(f"{k} {v:.1f}" for k, v in report["timings"].items()))
    return "\n".join(lines)


def format_scores(scores: dict) -> str:
    lines = [f"{k:18s} P={scores[k][0]:.3f} R={scores[k][1]:.3f} F1={scores[k][2]:.3f}"
             for k in ("entities_typed", "entities_untyped", "relations")]
    for t, (p, r, f, g) in scores["by_type"].items():
        lines.append(f"  {t:12s} P={p:.3f} R={r:.3f} F1={f:.3f} gold={g}")
    if scores["missing_predictions"]:
        lines.append(f"missing predictions for {scores['missing_predictions']} of {scores['passages']} passages")
    return "\n".join(lines)


# --------------------------------------------------------------------------- sparql, lookup, validate


def compact(value: str | None) -> str:
    """kg:enables instead of the full IRI, for tables."""
    from kg.api import PREFIXES

    if value is None:
        return ""
    best = ""
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    return f"{name}:{value[len(best):]}" if best else value


def format_result(result, fmt: str = "table") -> str:
    """A SPARQL Result (kg.api.Result) as table, json or csv."""
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"boolean": result.boolean})
        return to_json({"vars": result.vars, "rows": result.dicts()})
    if fmt == "csv":
        if result.boolean is not None:
            return csv_text(["boolean"], [["true" if result.boolean else "false"]])
        return csv_text(result.vars, result.rows)
    if fmt != "table":
        from kg.api import InputError

        raise InputError(f"unknown format {fmt!r}: use table, json or csv")
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    body = [[compact(v) for v in row] for row in result.rows]
    n = len(result.rows)
    return table(result.vars, body, max_width=60) + f"\n{n} row{'s' if n != 1 else ''}"


def format_lookup(result: dict) -> str:
    lines = []
    if result["match"] == "fuzzy":
        lines.append(f"no exact match for {result['query']!r}; closest: {result['label']}")
        others = [s for s in result.get("suggestions", []) if s["iri"] != result["iri"]]
        if others:
            lines.append("  other candidates: " + ", ".join(f"{s['label']} ({s['type']})" for s in others))
        lines.append("")
    lines.append(f"{result['label']}  [{result['type']}]")
    if result["match"] == "alias":
        lines.append(f"  matched alias: {result['query']}")
    lines.append(f"  iri: {result['iri']}")
    if result["aliases"]:
        lines.append("  aliases: " + "、".join(result["aliases"]))
    if result.get("other_types"):
        lines.append("  also read as: " + ", ".join(result["other_types"]))
    if result.get("dates"):
        lines.append("  dates: " + ", ".join(result["dates"]))
    lines.append(f"  mentioned {result['mentions']} times in {result['doc_count']} documents")
    if result.get("others"):
        lines.append("  same name, other types: " + ", ".join(f"{o['label']} ({o['type']})" for o in result["others"]))
    for direction, arrow in (("out", "->"), ("in", "<-")):
        groups = result["relations"][direction]
        if not groups:
            continue
        lines.append(f"relations {direction}:")
        for rel, items in groups.items():
            shown = "、".join(f"{i['label']}" + (f"×{i['support']}" if i["support"] > 1 else "") for i in items[:12])
            more = f" … (+{len(items) - 12})" if len(items) > 12 else ""
            lines.append(f"  {arrow} {rel} ({len(items)}): {shown}{more}")
    if not result["relations"]["out"] and not result["relations"]["in"]:
        lines.append("no relations")
    if result["evidence"]:
        lines.append("evidence:")
        for ev in result["evidence"]:
            source = f"《{ev['doc_title']}》 ({ev['doc_id']})" if ev["doc_title"] else f"({ev['doc_id']})"
            lines.append(f"  {ev['head']} {ev['relation']} {ev['tail']}  — {source}")
            lines.append(f"    {ev['sentence']}")
    return "\n".join(lines)


def format_report(report: dict) -> str:
    """A SHACL validation report (Graph.validate)."""
    vs = report["violations"]
    if report["conforms"] and not vs:
        return "the graph conforms to ontology/shapes.ttl: no violations"
    errors = sum(1 for v in vs if v["severity"] == "Violation")
    head = "the graph conforms" if report["conforms"] else "the graph does NOT conform"
    lines = [f"{head}: {errors} violations, {len(vs) - errors} warnings/infos"]
    for v in vs[:200]:
        where = compact(v["focus"]) + (f" {compact(v['path'])}" if v["path"] else "")
        value = f" (value {compact(v['value'])})" if v["value"] else ""
        lines.append(f"  {v['severity']}: {where}{value}: {v['message']}")
    if len(vs) > 200:
        lines.append(f"  … {len(vs) - 200} more")
    return "\n".join(lines)


# --------------------------------------------------------------------------- analytics


def format_stats(s: dict) -> str:
    lines = [
        f"{s['documents']} documents, {s['entities']} entities, {s['relations']} relations "
        f"({s['evidence_sentences']} evidence sentences)",
        f"density {s['density']}, {s['components']} weakly connected components "
        f"(largest {s['largest_component']}), {s['isolated']} isolated entities",
        "",
        table(["entity type", "count"], [[k, v] for k, v in s["entities_by_type"].items()]),
        "",
        table(["relation", "count"], [[k, v] for k, v in s["relations_by_type"].items()]),
    ]
    return "\n".join(lines)


def format_neighbors(r: dict) -> str:
    c = r["center"]
    lines = [f"{c['label']} [{c['type']}]: {len(r['neighbors'])} entities within {r['depth']} hop(s)"]
    if r["neighbors"]:
        lines.append(table(["hops", "label", "type"], [[n["hops"], n["label"], n["type"]] for n in r["neighbors"]]))
    if r["relations"]:
        lines.append("")
        lines.append(table(["source", "relation", "target", "support"],
                           [[e["source"], e["relation"], e["target"], e["support"]] for e in r["relations"]]))
    return "\n".join(lines)


def format_path(r: dict) -> str:
    if not r["found"]:
        return f"no path between {r['source']['label']} and {r['target']['label']}"
    if not r["steps"]:
        return f"{r['source']['label']} is {r['target']['label']}"
    chain = r["steps"][0]["from"]["label"]
    for s in r["steps"]:
        arrow = f" -[{s['relation']}]-> " if s["direction"] == "forward" else f" <-[{s['relation']}]- "
        chain += arrow + s["to"]["label"]
    return f"{r['length']} step(s):\n{chain}"


def format_central(r: dict) -> str:
    head = f"most central entities by {r['by']}" + (f" (type {r['type']})" if r["type"] else "")
    if r["by"] == "degree":
        rows = [[i + 1, e["label"], e["type"], e["degree"]] for i, e in enumerate(r["entities"])]
        return head + "\n" + table(["#", "label", "type", "degree"], rows)
    rows = [[i + 1, e["label"], e["type"], e["score"], e["degree"]] for i, e in enumerate(r["entities"])]
    return head + "\n" + table(["#", "label", "type", r["by"], "degree"], rows)


def format_communities(r: dict) -> str:
    seed = f", seed {r['seed']}" if r.get("seed") is not None else ""
    lines = [f"{r['count']} communities ({LOUVAIN}{seed}); showing {len(r['communities'])}"]
    for c in r["communities"]:
        types = ", ".join(f"{k} {v}" for k, v in c["types"].items())
        names = "、".join(m["label"] for m in c["members"][:12])
        more = f" … (+{c['size'] - 12})" if c["size"] > 12 else ""
        lines.append(f"#{c['id'] + 1} ({c['size']} entities: {types})\n  {names}{more}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- analyses (kg trend, kg issuers)

TREND_COLUMNS = ["entity", "type", "period", "documents", "mentions"]


def format_trend(result: dict, fmt: str = "table") -> str:
    """A Graph.trend() result: one row per entity and period, then its undated
    (and too coarsely dated) documents; "json", "csv" or "table"."""
    if fmt == "json":
        return to_json(result)
    rows = []
    for s in result["series"]:
        rows += [[s["entity"], s["type"], p["period"], p["documents"], p["mentions"]] for p in s["periods"]]
        rows += [[s["entity"], s["type"], key, s[key]["documents"], s[key]["mentions"]]
                 for key in ("imprecise", "undated") if s[key]["documents"]]
    if fmt == "csv":
        return csv_text(TREND_COLUMNS, rows)
    lines = [table(TREND_COLUMNS, rows)]
    for s in result["series"]:
        dated = sum(p["documents"] for p in s["periods"])
        lines.append(f"{s['entity']} ({s['type']}): {s['documents']} documents, {dated} in periods by {result['by']}, "
                     f"{s['undated']['documents']} undated, {s['imprecise']['documents']} dated less precisely; "
                     f"{s['mentions']} mentions")
    if result.get("chart"):
        lines.append(f"chart: {result['chart']}")
    return "\n".join(lines)


ISSUER_COLUMNS = ["institution_a", "institution_b", "policies", "titles"]


def format_issuers(result: dict, fmt: str = "table") -> str:
    """A Graph.joint_issuers() result: one row per institution pair."""
    if fmt == "json":
        return to_json(result)
    rows = [[p["a"], p["b"], p["policies"], "；".join(p["titles"])] for p in result["pairs"]]
    if fmt == "csv":
        return csv_text(ISSUER_COLUMNS, rows)
    return (table(ISSUER_COLUMNS, rows, max_width=48)
            + f"\n{len(rows)} pairs of {len(result['institutions'])} institutions")


# --------------------------------------------------------------------------- audit


AUDIT_COLUMNS = ["#", "kind", "score", "suggestion", "note"]


def format_audit(items: list[dict]) -> str:
    """Graph.audit() findings, one row each, the suggested decision in curation syntax."""
    rows = []
    for i in items:
        suggestion = " ".join(x for x in (i["action"], i["subject"], i["relation"], i["object"]) if x) or f"review {i['subject']}"
        rows.append([i["rank"], i["kind"], f"{i['score']:.2f}", suggestion, i["note"]])
    return table(AUDIT_COLUMNS, rows, max_width=60) + f"\n{len(items)} findings"
