"""Extraction cache for incremental builds: OUT/cache/<content_hash>.json.

An entry is reused only if it was written by the same extractor (a fingerprint
of the extractor's code and its lexicons/patterns), so changing a rule
re-extracts everything while an unchanged corpus costs no extraction at all.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg.graph.ontology import ONTOLOGY_DIR
from kg.graph.store import CACHE_DIR, atomic_write
from kg.model import DEFAULT_EXTRACTOR, Document, Extraction, ExtractorOptions

CACHE_FORMAT = 1


@lru_cache(maxsize=4)
def extractor_fingerprint(extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> str:
    """Each set of statistical components (``extractor``) is another extractor,
    with its own fingerprint (the tag of its options; the rules alone keep the
    fingerprint they always had)."""
    import kg

    h = hashlib.sha256(f"{CACHE_FORMAT}:{getattr(kg, '__version__', '')}{extractor.tag}".encode())
    roots = [Path(kg.__file__).parent / "extract", ONTOLOGY_DIR / "lexicon", ONTOLOGY_DIR / "patterns"]
    for root in roots:
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(root)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def document_key(doc: Document) -> str:
    if doc.content_hash:
        return doc.content_hash
    meta = json.dumps([doc.title, doc.authors, doc.affiliations, doc.publication, doc.date, doc.occasion], ensure_ascii=False)
    return hashlib.sha256((doc.text + "\x00" + meta).encode("utf-8")).hexdigest()


class ExtractionCache:
    def __init__(self, out: Path, extractor: ExtractorOptions = DEFAULT_EXTRACTOR):
        self.dir = Path(out) / CACHE_DIR
        self.fingerprint = extractor_fingerprint(extractor)
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def get(self, doc: Document) -> Extraction | None:
        key = document_key(doc)
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            # valid JSON of another shape ([1], null, a damaged record) is as
            # corrupt as a torn file: re-extract
            if not isinstance(data, dict) or data.get("extractor") != self.fingerprint:
                return None
            ex = Extraction.from_dict(data["extraction"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        self.used.add(key)
        return _for_document(ex, doc.id)

    def put(self, doc: Document, ex: Extraction) -> None:
        key = document_key(doc)
        self.dir.mkdir(parents=True, exist_ok=True)
        payload = {"extractor": self.fingerprint, "doc_id": doc.id, "extraction": ex.to_dict()}
        atomic_write(self._path(key), json.dumps(payload, ensure_ascii=False), durable=False)
        self.used.add(key)

    def prune(self) -> int:
        """Drop entries of documents no longer in the corpus."""
        removed = 0
        if self.dir.is_dir():
            for p in self.dir.glob("*.json"):
                if p.stem not in self.used:
                    p.unlink(missing_ok=True)
                    removed += 1
        return removed


def _for_document(ex: Extraction, doc_id: str) -> Extraction:
    """A cached extraction reused for a document with the same content but another id."""
    if ex.doc_id == doc_id:
        return ex
    relations = [replace(r, evidence=replace(r.evidence, doc_id=doc_id)) for r in ex.relations]
    return replace(ex, doc_id=doc_id, relations=relations)
