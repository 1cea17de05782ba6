"""Entity and relation extraction (spaCy + jieba), document aliases and
corpus-wide resolution.

Public API:
    extract_document(doc: Document) -> Extraction      (pure; safe in worker processes)
    extract_text(text: str, doc_id: str = "") -> Extraction
    extract_passages(records: list[dict]) -> list[dict]  (`kg extract` output records)
    resolve(extractions) -> (extractions, entities)      (corpus-wide canonical labels)
    resolve_summaries(summaries) -> (summaries, entities)  (the same, on Extraction.summary())
"""
from __future__ import annotations

from kg.extract.core import extract_document, extract_passages, extract_text
from kg.extract.resolve import resolve, resolve_summaries

__all__ = ["extract_document", "extract_text", "extract_passages", "resolve", "resolve_summaries"]
