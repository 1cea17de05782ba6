"""The unit of work of a build: one corpus file (`FileTask` -> `process_file`
-> `FileResult`).  A worker process reads and segments the file (kg.ingest),
reuses each document's cached extraction or extracts it (kg.extract) and
caches it, and sends back document headers and extraction summaries.

Dask workers may not see this machine's files or cache, so with ``dask`` the
parent reads files and keeps the cache, and the cluster only extracts
documents (`dask_results`); locally whole files go to the workers
(`local_results`).  Both yield FileResults in file order.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg.builder.cache import ExtractionCache, document_key
from kg.builder.progress import ProgressBar
from kg.builder.runner import map_extract, parallel_map
from kg.ingest import NO_TEXT, CorpusFile, SkipFile, read_file
from kg.model import Document, Extraction, ExtractionSummary

# kg.extract is imported where it is used: a parent process whose workers
# extract never loads spaCy.  Workers come from a fork server that has
# loaded the pipeline (kg.builder.worker reads this).
WORKER_PRELOAD = ("kg.extract.preload",)
# ... and with NER, the pipeline with jiagu's model too
NER_PRELOAD = ("kg.extract.preload_ner",)

# UTF-8 Chinese text is ~3 bytes a character: file sizes, read without opening
# the files, estimate the work to come (batching, the progress bar's ETA)
BYTES_PER_CHAR = 3


@dataclass
class FileTask:
    """One corpus file to process (picklable: sent to worker processes)."""

    file: CorpusFile
    out: str | None  # build folder holding the extraction cache; None: no cache
    full: bool = False  # ignore cached extractions
    ner: bool = False  # statistical NER (the `ner` extra): another extractor, another cache key
    documents: list[Document] | None = None  # the file's documents, when already read


@dataclass
class DocResult:
    """What the parent keeps of one document."""

    document: Document  # header only: Document.header()
    summary: ExtractionSummary
    cache_key: str
    chars: int  # characters of text
    extracted: bool  # False: the cache had it


@dataclass
class FileResult:
    """`process_file`'s answer: the file's documents in order, or why it had none."""

    source: str
    skipped: str | None = None  # why the file gave no documents
    notes: list[str] = field(default_factory=list)  # text left out (read_file's notes)
    docs: list[DocResult] = field(default_factory=list)


_CACHES: dict[tuple[str, bool], ExtractionCache] = {}


def _cache(out: str | None, ner: bool = False) -> ExtractionCache | None:
    """This process's cache object for OUT (the fingerprint is computed once)."""
    if out is None:
        return None
    if (out, ner) not in _CACHES:
        _CACHES[out, ner] = ExtractionCache(Path(out), ner)
    return _CACHES[out, ner]


def warm_up() -> None:
    """Load the extractor now (run once in each worker process, see kg.builder.worker)."""
    from kg.extract.pipeline import get_nlp

    get_nlp()


def open_file(task: FileTask) -> tuple[FileResult, list[Document]]:
    """Read TASK's file: a FileResult holding the documents the cache already
    has, and the documents still to extract (their slots in ``docs`` are left
    for `finish_file`)."""
    f = task.file
    notes: list[str] = []
    try:
        documents = task.documents
        if documents is None:
            documents = read_file(f.path, source=f.source, doc_stem=f.doc_stem, limit=f.limit, notes=notes)
    except SkipFile as e:
        return FileResult(f.source, skipped=str(e)), []
    if not documents:
        return FileResult(f.source, skipped=NO_TEXT), []
    result = FileResult(f.source, notes=notes)
    cache = _cache(task.out, task.ner)
    todo = []
    for doc in documents:
        hit = None if task.full or cache is None else cache.get(doc)
        if hit is None:
            todo.append(doc)
            result.docs.append(None)  # type: ignore[arg-type]
        else:
            result.docs.append(_result(doc, hit, extracted=False))
    return result, todo


def finish_file(task: FileTask, result: FileResult, todo: list[Document], extractions: Iterable[Extraction]) -> FileResult:
    """Cache the new extractions and put them in their slots, in document order
    (EXTRACTIONS may be lazy: each is cached as soon as it exists)."""
    cache = _cache(task.out, task.ner)
    new = iter(zip(todo, extractions))
    for i, done in enumerate(result.docs):
        if done is None:
            doc, ex = next(new)
            if cache is not None:
                cache.put(doc, ex)  # at once: an interrupted build keeps its work
            result.docs[i] = _result(doc, ex, extracted=True)
    return result


def process_file(task: FileTask) -> FileResult:
    """Read, extract (or reuse the cache) and cache one file: the unit of work of a build."""
    from kg.extract.core import extract_document

    result, todo = open_file(task)
    return finish_file(task, result, todo, (extract_document(d, ner=task.ner) for d in todo))


def _result(doc: Document, ex: Extraction, *, extracted: bool) -> DocResult:
    return DocResult(doc.header(), ex.summary(), document_key(doc), len(doc.text), extracted)


# --------------------------------------------------------------------------- the corpus (parent side)


def file_chars(f: CorpusFile) -> int:
    return max(1, f.size // BYTES_PER_CHAR)


def _task_chars(task: FileTask) -> int:
    return file_chars(task.file)


def local_results(tasks: list[FileTask], *, jobs: int | None, progress: bool) -> Iterator[FileResult]:
    """`process_file` over TASKS in this process or in worker processes, in order."""
    runs = parallel_map(process_file, tasks, size=_task_chars, jobs=jobs)
    files = docs = 0
    try:
        with ProgressBar(progress, total=sum(t.file.size for t in tasks), counts=f"0/{len(tasks)} files") as bar:
            for batch, results in runs:
                for task, result in zip(batch, results):
                    files += 1
                    docs += len(result.docs)
                    bar.update(advance=task.file.size, chars=sum(d.chars for d in result.docs),
                               counts=f"{files}/{len(tasks)} files, {docs} docs")
                    yield result
    finally:
        runs.close()


def dask_results(tasks: list[FileTask], *, address: str, progress: bool) -> Iterator[FileResult]:
    """Files read (and cached) here, their uncached documents extracted on the
    Dask cluster; FileResults in order."""
    opened: deque[tuple[FileTask, FileResult, list[Document], list[Extraction]]] = deque()

    def documents() -> Iterator[Document]:  # runs in map_extract's read-ahead thread
        for task in tasks:
            result, todo = open_file(task)
            opened.append((task, result, todo, []))
            yield from todo

    def complete() -> Iterator[FileResult]:
        while opened and len(opened[0][3]) == len(opened[0][2]):
            task, result, todo, got = opened.popleft()
            yield finish_file(task, result, todo, got)

    fn = None
    if tasks and tasks[0].ner:
        from kg.extract.core import extract_document

        fn = partial(extract_document, ner=True)
    for ex in map_extract(documents(), dask=address, progress=progress, fn=fn):
        yield from complete()
        opened[0][3].append(ex)  # extractions come back in document order
    yield from complete()

