"""The unit of work of a build: one corpus file (`FileTask` -> `process_file`
-> `FileResult`), for local worker processes and Dask alike.  A worker reads
and segments the file (kg.ingest), reuses each document's cached extraction or
extracts it (kg.extract) and caches it, and sends back document headers and
extraction summaries.

Dask workers may not see this machine's files or cache, so with ``dask`` the
parent reads each file and looks its documents up in the cache, and sends the
same task with the documents still to extract filled in and no cache: their
extractions come back whole, and the parent caches them (`file_results`).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.builder.cache import ExtractionCache, document_key
from kg.builder.progress import ProgressBar
from kg.builder.runner import parallel_map
from kg.ingest import NO_TEXT, CorpusFile, SkipFile, read_file
from kg.model import DEFAULT_EXTRACTOR, Document, Extraction, ExtractionSummary, ExtractorOptions

# kg.extract is imported where it is used: a parent process whose workers
# extract never loads spaCy.  Workers come from a fork server that has
# loaded the pipeline (kg.builder.worker reads this).
WORKER_PRELOAD = ("kg.extract.preload",)
# ... and with NER, the pipeline with jiagu's model too
NER_PRELOAD = ("kg.extract.preload_ner",)
# ... and with the gap-filler, the pipeline with its CRF model (after
# NER_PRELOAD when both: then the pipeline with both)
CRF_PRELOAD = ("kg.builder.preload_crf",)

# UTF-8 Chinese text is ~3 bytes a character: file sizes, read without opening
# the files, estimate the work to come (batching, the progress bar's ETA)
BYTES_PER_CHAR = 3


@dataclass
class FileTask:
    """One corpus file to process (picklable: sent to worker processes)."""

    file: CorpusFile
    # build folder holding the extraction cache; None: no cache here, the
    # extractions come back whole (DocResult.extraction) for the caller to cache
    out: str | None
    full: bool = False  # ignore cached extractions
    extractor: ExtractorOptions = DEFAULT_EXTRACTOR  # its statistical components: another extractor, another cache key
    # the file's documents when the caller has read it (with Dask: those still
    # to extract, maybe none; the caller has reported skips and notes)
    documents: list[Document] | None = None


@dataclass
class DocResult:
    """What the parent keeps of one document."""

    document: Document  # header only: Document.header()
    summary: ExtractionSummary
    cache_key: str
    chars: int  # characters of text
    extracted: bool  # False: the cache had it
    extraction: Extraction | None = None  # whole, when the task had no cache (FileTask.out None)


@dataclass
class FileResult:
    """`process_file`'s answer: the file's documents in order, or why it had none."""

    source: str
    skipped: str | None = None  # why the file gave no documents
    notes: list[str] = field(default_factory=list)  # text left out (read_file's notes)
    docs: list[DocResult] = field(default_factory=list)


_CACHES: dict[tuple[str, ExtractorOptions], ExtractionCache] = {}


def _cache(out: str | None, extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> ExtractionCache | None:
    """This process's cache object for OUT (the fingerprint is computed once)."""
    if out is None:
        return None
    if (out, extractor) not in _CACHES:
        _CACHES[out, extractor] = ExtractionCache(Path(out), extractor)
    return _CACHES[out, extractor]


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
    documents = task.documents
    if documents is None:
        try:
            documents = read_file(f.path, source=f.source, doc_stem=f.doc_stem, limit=f.limit, notes=notes)
        except SkipFile as e:
            return FileResult(f.source, skipped=str(e)), []
        if not documents:
            return FileResult(f.source, skipped=NO_TEXT), []
    result = FileResult(f.source, notes=notes)
    cache = _cache(task.out, task.extractor)
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
    cache = _cache(task.out, task.extractor)
    new = iter(zip(todo, extractions))
    for i, done in enumerate(result.docs):
        if done is None:
            doc, ex = next(new)
            if cache is not None:
                cache.put(doc, ex)  # at once: an interrupted build keeps its work
            result.docs[i] = _result(doc, ex, extracted=True, whole=cache is None)
    return result


def process_file(task: FileTask) -> FileResult:
    """Read, extract (or reuse the cache) and cache one file: the unit of work of a build."""
    from kg.extract.core import extract_document

    result, todo = open_file(task)
    return finish_file(task, result, todo, (extract_document(d, extractor=task.extractor) for d in todo))


def _result(doc: Document, ex: Extraction, *, extracted: bool, whole: bool = False) -> DocResult:
    return DocResult(doc.header(), ex.summary(), document_key(doc), len(doc.text), extracted, ex if whole else None)


# --------------------------------------------------------------------------- the corpus (parent side)


def file_chars(f: CorpusFile) -> int:
    return max(1, f.size // BYTES_PER_CHAR)


def _task_chars(task: FileTask) -> int:
    if task.documents is not None:
        return max(1, sum(len(d.text) for d in task.documents))
    return file_chars(task.file)


def file_results(tasks: list[FileTask], *, jobs: int | None, dask: str | None,
                 progress: bool) -> Iterator[FileResult]:
    """`process_file` over TASKS, in order: in this process, in worker
    processes, or (``dask``: a scheduler's address) on a Dask cluster."""
    opened: deque[tuple[FileTask, FileResult, list[Document]]] = deque()
    items = _read_here(tasks, opened) if dask else tasks
    runs = parallel_map(process_file, items, size=_task_chars, jobs=jobs, dask=dask)
    files = docs = 0
    try:
        with ProgressBar(progress, total=sum(t.file.size for t in tasks), counts=f"0/{len(tasks)} files") as bar:
            for batch, results in runs:
                for task, result in zip(batch, results):
                    if dask:
                        result = _cache_here(opened.popleft(), result)
                    files += 1
                    docs += len(result.docs)
                    bar.update(advance=task.file.size, chars=sum(d.chars for d in result.docs),
                               counts=f"{files}/{len(tasks)} files, {docs} docs")
                    yield result
    finally:
        runs.close()


def _read_here(tasks: list[FileTask], opened: deque) -> Iterator[FileTask]:
    """For a cluster that may not see this machine's files or cache: each
    file read and looked up in the cache here (kept in OPENED), and the same
    task sent with the documents still to extract and no cache."""
    for task in tasks:
        result, todo = open_file(task)
        opened.append((task, result, todo))
        yield FileTask(task.file, None, task.full, task.extractor, documents=todo)


def _cache_here(opened: tuple[FileTask, FileResult, list[Document]], remote: FileResult) -> FileResult:
    """The file's result: the cached documents read here and those the cluster extracted, cached here."""
    task, result, todo = opened
    return finish_file(task, result, todo, (d.extraction for d in remote.docs))
