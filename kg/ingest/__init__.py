"""Ingestion: corpus files -> cleaned, segmented `kg.model.Document` records.

Public API: `load_corpus`, `iter_corpus`, `segment_sentences`.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from kg.errors import InputError
from kg.ingest.articles import Article, apply_file_dates, segment
from kg.ingest.clean import to_blocks
from kg.ingest.readers import SkipFile, list_files, max_file_bytes, read_lines
from kg.ingest.sentences import segment_sentences
from kg.model import Document

__all__ = ["load_corpus", "iter_corpus", "plan_corpus", "CorpusFile", "segment_sentences", "read_file", "SkipFile",
           "report_skip", "report_notes"]

Warn = Callable[[str], None]


def load_corpus(
    path: str | Path,
    *,
    strict: bool = False,
    warn: Warn | None = None,
    max_file_mb: float | None = None,
) -> list[Document]:
    """Read every document under `path` (a folder, or a single file).

    Supported: .txt .md (UTF-8 with/without BOM, UTF-16, GB18030/GBK), .pdf,
    .docx, .html/.htm.  Files are visited in sorted relative-path order and
    each yields its articles in order, so the result is deterministic.
    Dotfiles (and dot-folders) and README*/LICENSE* files are skipped
    silently: they describe a corpus, they are not documents.

    A file that cannot be used (empty, binary, unreadable, undecodable,
    unsupported extension, larger than `max_file_mb` / $KG_MAX_FILE_MB /
    50 MB) is reported through ``warn("skipped FILE: reason")`` and skipped;
    with ``strict=True`` it raises `InputError` instead.  A missing folder
    raises ``InputError("corpus folder not found: PATH")``.
    """
    return list(iter_corpus(path, strict=strict, warn=warn, max_file_mb=max_file_mb))


def iter_corpus(
    path: str | Path,
    *,
    strict: bool = False,
    warn: Warn | None = None,
    max_file_mb: float | None = None,
) -> Iterator[Document]:
    """`load_corpus` as a generator: one file in memory at a time."""
    for f in plan_corpus(path, max_file_mb=max_file_mb, strict=strict, warn=warn):
        notes: list[str] = []
        try:
            documents = read_file(f.path, source=f.source, doc_stem=f.doc_stem, limit=f.limit, notes=notes)
        except SkipFile as e:
            report_skip(f.source, str(e), strict=strict, warn=warn)
            continue
        report_notes(f.source, notes, warn)
        if not documents:
            report_skip(f.source, NO_TEXT, strict=strict, warn=warn)
            continue
        yield from documents


NO_TEXT = "no text found"


# a colophon field (共印：100份) followed, in the same paragraph, by a sentence
_COLOPHON_TAIL = re.compile(r"[。！？；]\s*(?=[^。！？；]*[\u4e00-\u9fff]{6})")


def _dropped_with_colophons(blocks) -> list[str]:
    """Notes on text that segmentation drops with a colophon line: a bulletin's
    closing fields (共印、责任编辑 …) are not article text, but a sentence
    written after them in the same paragraph would vanish unseen."""
    from kg.ingest.articles import _is_colophon

    notes = []
    for block in blocks:
        text = " ".join(block.text.split())
        if not block.heading_level and _is_colophon(text):
            tail = _COLOPHON_TAIL.search(text)
            if tail:
                kept = text[tail.end():]
                notes.append(f"text after the colophon {text[:tail.start()][:30]!r} is not read: "
                             f"{kept[:40]!r}{'…' if len(kept) > 40 else ''}")
    return notes


def report_notes(source: str, notes: list[str], warn: Warn | None) -> None:
    """``warn("SOURCE: NOTE")`` for each note `read_file` made."""
    if warn is not None:
        for note in notes:
            warn(f"{source}: {note}")


def report_skip(source: str, reason: str, *, strict: bool, warn: Warn | None) -> None:
    """A file that gave no documents: `InputError` if STRICT, else
    ``warn("skipped SOURCE: REASON")``."""
    if strict:
        raise InputError(f"{source}: {reason}")
    if warn is not None:
        warn(f"skipped {source}: {reason}")


class CorpusFile(NamedTuple):
    """A file to ingest, as `read_file` takes it (picklable: worker processes read it)."""

    path: Path
    source: str  # path relative to the corpus folder, "/"-separated
    doc_stem: str  # document id of a single-article file, prefix of its articles' ids
    limit: int  # size limit in bytes
    size: int  # bytes on disk (0 if unknown)


def plan_corpus(path: str | Path, *, max_file_mb: float | None = None, strict: bool = False,
                warn: Warn | None = None) -> list[CorpusFile]:
    """The files of a corpus, in reading order, with their document ids decided
    (ids are file stems; files sharing a stem fall back to their path, without
    the extension while that is still unique).  Reads no file.  Subfolders
    that cannot be walked (unreadable, symbolic links) are reported like
    unusable files (`report_skip`)."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"corpus folder not found: {path}")
    limit = max_file_bytes(max_file_mb)
    try:
        files, problems = list_files(root)
    except OSError as e:
        raise InputError(f"cannot read corpus folder {path}: {(e.strerror or str(e)).lower()}") from None
    for folder, reason in problems:
        report_skip(folder, reason, strict=strict, warn=warn)
    base = root.parent if root.is_file() else root
    rels = [f.relative_to(base).as_posix() for f in files]
    stem_counts = Counter(f.stem for f in files)
    path_counts = Counter(rel.rsplit(".", 1)[0] for rel in rels)
    planned = []
    for file, rel in zip(files, rels):
        doc_stem = file.stem
        if stem_counts[file.stem] > 1:
            doc_stem = rel.rsplit(".", 1)[0] if path_counts[rel.rsplit(".", 1)[0]] == 1 else rel
        try:
            size = file.stat().st_size
        except OSError:
            size = 0  # read_file reports why
        planned.append(CorpusFile(file, rel, doc_stem, limit, size))
    return planned


def read_file(path: Path, *, source: str, doc_stem: str | None = None, limit: int | None = None,
              notes: list[str] | None = None) -> list[Document]:
    """The Documents (articles) of one file; raises `SkipFile` if it cannot be read.
    ``notes`` collects what the reader should know of text left out
    (`report_notes` shows them)."""
    lines = read_lines(path, limit if limit is not None else max_file_bytes())
    blocks = to_blocks(lines)
    if notes is not None:
        notes.extend(_dropped_with_colophons(blocks))
    articles = segment(blocks)
    apply_file_dates(articles, path)  # undated articles: the file's name, else its metadata
    stem = doc_stem or path.stem
    single = len(articles) == 1
    return [_document(a, stem if single else f"{stem}#{n:02d}", source) for n, a in enumerate(articles, 1)]


def _document(article: Article, doc_id: str, source: str) -> Document:
    text = "\n".join(article.paragraphs)
    doc = Document(
        id=doc_id,
        source=source,
        text=text,
        title=article.title,
        authors=list(article.authors),
        affiliations={k: list(v) for k, v in article.affiliations.items()},
        publication=article.publication,
        date=article.date,
        date_source=article.date_source,
        occasion=article.occasion,
        sentences=segment_sentences(text),
    )
    doc.content_hash = content_hash(doc)
    return doc


def content_hash(doc: Document) -> str:
    """sha256 of the text and every metadata field (not the derived sentences)."""
    payload = {
        k: getattr(doc, k)
        for k in ("id", "source", "text", "title", "authors", "affiliations", "publication", "date", "occasion")
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
