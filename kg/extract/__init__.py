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

import importlib

# (imported here, so the name `resolve` is the function, not its module)
from kg.extract.resolve import resolve, resolve_summaries

# The extractor is loaded on first use: resolution (all a build's parent
# process needs) must not import spaCy.
_LAZY = ("extract_document", "extract_text", "extract_passages")
__all__ = [*_LAZY, "resolve", "resolve_summaries"]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module("kg.extract.core"), name)
    raise AttributeError(f"module 'kg.extract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
