"""CSV tables for spreadsheet users: entities.csv, relations.csv,
evidence.csv, documents.csv and a README.txt.

Files are UTF-8 *with a byte-order mark* and CRLF line ends so that Excel
opens them with Chinese text intact (without the BOM it guesses the local
code page).  Cells that start with ``= + - @`` (or a tab/CR) get a leading
apostrophe so a spreadsheet shows them as text instead of running them as
formulas; strip it if you read the files with a program.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.common import ALIAS_SEPARATOR, atomic_open, entity_records, output_folder, relation_records, summary

ENCODING = "utf-8-sig"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

ENTITY_COLUMNS = ["id", "label", "type", "aliases", "doc_count", "mentions", "degree"]
RELATION_COLUMNS = [
    "head_id", "head_label", "head_type", "relation", "tail_id", "tail_label", "tail_type",
    "support", "documents", "evidence",
]
EVIDENCE_COLUMNS = ["head_label", "relation", "tail_label", "doc_id", "doc_title", "sentence", "rule", "confidence", "head_id", "tail_id"]
DOCUMENT_COLUMNS = ["doc_id", "title", "source", "authors", "publication", "date"]


def spreadsheet_cell(value: Any) -> Any:
    """VALUE safe for a spreadsheet: text that would start a formula gets a
    leading apostrophe (shown as text by Excel, LibreOffice and Sheets)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _write(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    with atomic_open(path, encoding=ENCODING, newline="") as fh:
        w = csv.writer(fh)  # excel dialect: CRLF, "" quoting
        w.writerow(columns)
        for row in rows:
            w.writerow([spreadsheet_cell(row.get(c, "")) for c in columns])


def write_tables(G: nx.MultiDiGraph, out: Path) -> str:
    """Write the CSV tables into the folder OUT; returns the summary line."""
    folder = output_folder(Path(out))
    entities = list(entity_records(G, join_aliases=True))
    labels = {p["id"]: (p["label"], p["type"]) for p in entities}
    relations, evidence = [], []
    for u, v, p, evs in relation_records(G):
        (hl, ht), (tl, tt) = labels[u], labels[v]
        relations.append(
            {
                "head_id": u, "head_label": hl, "head_type": ht, "relation": p["relation"],
                "tail_id": v, "tail_label": tl, "tail_type": tt, "support": p["support"],
                "documents": "\n".join(dict.fromkeys(e["doc_title"] or e["doc_id"] for e in evs)),
                "evidence": "\n".join(e["sentence"] for e in evs),
            }
        )
        for e in evs:
            evidence.append({"head_label": hl, "relation": p["relation"], "tail_label": tl, "head_id": u, "tail_id": v, **e})
    documents = []
    for doc_id, meta in sorted((G.graph.get("documents") or {}).items()):
        meta = meta or {}
        documents.append(
            {
                "doc_id": doc_id,
                "title": meta.get("title") or "",
                "source": meta.get("source") or "",
                "authors": ALIAS_SEPARATOR.join(meta.get("authors") or []),
                "publication": meta.get("publication") or "",
                "date": meta.get("date") or "",
            }
        )
    _write(folder / "entities.csv", ENTITY_COLUMNS, entities)
    _write(folder / "relations.csv", RELATION_COLUMNS, relations)
    _write(folder / "evidence.csv", EVIDENCE_COLUMNS, evidence)
    _write(folder / "documents.csv", DOCUMENT_COLUMNS, documents)
    with atomic_open(folder / "README.txt", encoding=ENCODING) as fh:
        fh.write(_README.format(nodes=len(entities), edges=len(relations), evidence=len(evidence), docs=len(documents)))
    return summary(folder, G, f"entities.csv, relations.csv, {len(evidence)} evidence rows, {len(documents)} documents; UTF-8 with BOM")


_README = """kg knowledge graph as spreadsheet tables

entities.csv   {nodes} rows: one per entity (id = IRI, label, type, aliases joined with " | ", counts)
relations.csv  {edges} rows: one per relation (head, relation, tail, support, source documents and
               evidence sentences, one per line inside the cell)
evidence.csv   {evidence} rows: one per evidence sentence of a relation
documents.csv  {docs} rows: the source documents

Encoding: UTF-8 with a byte-order mark (BOM), so Excel shows the Chinese text
correctly when you double-click a file. Other programs may show the BOM as an
invisible first character of the first column name.
Cells that begin with = + - or @ are written with a leading apostrophe (') so
spreadsheets treat them as text, not formulas.
"""
