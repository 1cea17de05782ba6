"""Building a graph from a corpus folder: `build()`.

    files (kg.ingest.plan_corpus)
      -> per file, in worker processes (`process_file`): read and segment it
         (kg.ingest), reuse each document's cached extraction or extract it
         (kg.extract) and cache it; send back document headers and extraction
         summaries
      -> here: corpus-wide resolution, RDF, the store (kg.graph)

Workers do all the per-file work, so the parent process only collects small
results and is idle while they run: two workers get the machine's two cores.
Dask workers may not see this machine's files or cache, so with ``dask`` the
parent reads files and keeps the cache, and the cluster only extracts.
"""
from __future__ import annotations

import gc
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime, timezone
from pathlib import Path

from kg.errors import InputError, KgError
from kg.graph.cache import ExtractionCache, document_key
from kg.graph.curation import curate, load_curation
from kg.ingest import NO_TEXT, CorpusFile, SkipFile, plan_corpus, read_file, report_notes, report_skip
from kg.model import Document, Extraction, ExtractionSummary
from kg.resources import DEFAULT_GRAPH_DIR
from kg.pipeline import (ProgressBar, map_extract, parallel_map, relax_gc, start_workers, stop_workers,
                         terminate_as_interrupt, uses_workers)

# kg.extract is imported where it is used: a parent process whose workers
# extract never loads spaCy.  Workers come from a fork server that has
# loaded the pipeline (kg.pipeline reads this).
WORKER_PRELOAD = ("kg.extract.preload",)
# ... and with NER, the pipeline with jiagu's model too
NER_PRELOAD = ("kg.extract.preload_ner",)

Warn = Callable[[str], None]
# UTF-8 Chinese text is ~3 bytes a character: file sizes, read without opening
# the files, estimate the work to come (batching, the progress bar's ETA)
BYTES_PER_CHAR = 3


# --------------------------------------------------------------------------- per file (worker side)


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
    """Load the extractor now (run once in each worker process, see kg.pipeline)."""
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


def _file_chars(f: CorpusFile) -> int:
    return max(1, f.size // BYTES_PER_CHAR)


def _task_chars(task: FileTask) -> int:
    return _file_chars(task.file)


def _local_results(tasks: list[FileTask], *, jobs: int | None, progress: bool) -> Iterator[FileResult]:
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


def _dask_results(tasks: list[FileTask], *, address: str, progress: bool) -> Iterator[FileResult]:
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


def _first_readable(files: list[CorpusFile], *, strict: bool,
                    warn: Warn | None) -> tuple[list[CorpusFile], list[Document]]:
    """FILES from the first one that gives documents on (the unusable ones
    before it reported), and that file's documents (not read again), so an
    unusable corpus fails before OUT/ is touched."""
    for i, f in enumerate(files):
        try:
            notes: list[str] = []
            documents = read_file(f.path, source=f.source, doc_stem=f.doc_stem, limit=f.limit, notes=notes)
            if documents:
                report_notes(f.source, notes, warn)
                return files[i:], documents
            reason = NO_TEXT
        except SkipFile as e:
            reason = str(e)
        report_skip(f.source, reason, strict=strict, warn=warn)
    return [], []


def build(
    corpus: str | Path = "corpus",
    out: str | Path = DEFAULT_GRAPH_DIR,
    *,
    jobs: int | None = None,
    dask: str | None = None,
    strict: bool = False,
    full: bool = False,
    progress: bool = True,
    warn: Warn | None = None,
    curation: str | Path | None = None,
    ner: bool = False,
) -> dict:
    """Ingest `corpus`, extract (reusing OUT/cache/ for unchanged documents unless
    `full`), resolve, and write OUT/store/, OUT/kg.ttl and OUT/manifest.json.

    ``jobs``: worker processes (None: all cores); ``dask``: the address of a
    Dask scheduler to extract on instead.  The whole graph is re-assembled from
    cached + new extractions every time, so removed documents disappear.  The
    previous graph stays intact until the new one is complete (see
    kg.graph.store).  Returns {"out", "documents", "extracted", "cached",
    "entities", "relations", "triples", "seconds", "timings",
    "entities_by_type", "relations_by_type"}; "timings" gives the seconds of
    each stage: extract, resolve, rdf, store.  ``curation``: a curation file
    (default: curation.tsv in the corpus folder, if any, see kg.graph.curation);
    "curation" in the report says what it applied (None: no file).
    ``ner``: add the statistical NER component (the `ner` extra; KgError if missing).
    """
    started = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is a file, not a folder")
    if corpus.is_dir() and out.resolve().is_relative_to(corpus.resolve()):
        raise InputError(f"--out {out} is inside the corpus folder {corpus}: the build's files would be read "
                         f"as documents; choose a folder outside it")
    try:
        return _build_checked(corpus, out, jobs=jobs, dask=dask, strict=strict, full=full, progress=progress,
                              warn=warn, curation=curation, ner=ner, started=started)
    except BrokenPipeError:  # the reader of our output is gone: the caller's business
        raise
    except OSError as e:  # the environment, not the input: say what happened, in one line
        raise KgError(os_error_message(e)) from None


def os_error_message(e: OSError) -> str:
    """An OSError met while building, as a sentence: "no space left on device
    writing exports/kg.ttl"."""
    what = (e.strerror or type(e).__name__).lower()
    return f"{what} writing {e.filename}" if e.filename else f"{what} while writing the build"


def _build_checked(corpus: Path, out: Path, *, jobs, dask, strict, full, progress, warn, curation, ner,
                   started: float) -> dict:
    files = plan_corpus(corpus, strict=strict, warn=warn)
    decisions = load_curation(corpus, curation)  # a bad curation file fails before OUT/ is touched
    if ner:
        from kg.extract.extra import require_ner

        require_ner()  # here, not in a worker: one line, nothing touched
    thresholds = gc.get_threshold()
    with terminate_as_interrupt():  # `kill PID` cleans up like Ctrl-C
        try:
            if not dask and uses_workers(sum(_file_chars(f) for f in files), jobs):
                # it loads the extractor (and with NER jiagu's model) while we check the corpus
                start_workers(process_file, preload=NER_PRELOAD if ner else ())
            files, first = _first_readable(files, strict=strict, warn=warn)
            if not files:
                raise InputError(f"no documents found in {corpus}/")
            relax_gc()
            return _build(corpus, out, files, jobs=jobs, dask=dask, strict=strict, full=full,
                          progress=progress, warn=warn, started=started, decisions=decisions, ner=ner,
                          first=first)
        finally:
            if not dask:
                stop_workers()  # also when the build failed: a Python caller goes on
            gc.unfreeze()
            gc.set_threshold(*thresholds)


def _build(corpus: Path, out: Path, files: list[CorpusFile], *, jobs, dask, strict, full, progress, warn,
           started: float, decisions=None, ner: bool = False, first: list[Document] | None = None) -> dict:
    from kg.extract.resolve import resolve_summaries
    from kg.graph.rdf import build_rdf, ontology_triples
    from kg.graph.store import build_lock, cleanup_stale, write_build

    timings: dict[str, float] = {}
    with build_lock(out):
        cleanup_stale(out)
        cache = ExtractionCache(out, ner)
        tasks = [FileTask(f, str(out), full, ner) for f in files]
        tasks[0].documents = first  # read once, by _first_readable
        results = (_dask_results(tasks, address=dask, progress=progress) if dask
                   else _local_results(tasks, jobs=jobs, progress=progress))
        documents: list[Document] = []
        summaries: list[ExtractionSummary] = []
        extracted = 0
        try:
            for result in results:
                if result.skipped is not None:
                    report_skip(result.source, result.skipped, strict=strict, warn=warn)
                report_notes(result.source, result.notes, warn)
                for d in result.docs:
                    documents.append(d.document)
                    summaries.append(d.summary)
                    cache.used.add(d.cache_key)
                    extracted += d.extracted
        finally:
            # now, also when this loop fails: the workers stop before anything
            # waits for them (an exception's traceback would keep them running)
            results.close()
        if not dask:
            stop_workers()
        t = _lap(timings, "extract", started)
        ids = [d.id for d in documents]
        if len(set(ids)) != len(ids):
            dup = sorted(i for i, n in Counter(ids).items() if n > 1)
            raise InputError(f"duplicate document ids in {corpus}/: {', '.join(dup[:5])}")
        resolved, entities = resolve_summaries(summaries)
        # the analyst's decisions (curation.tsv): after resolution, before RDF, nothing re-extracted
        resolved, entities, curated = curate(decisions, resolved, entities, warn=warn)
        t = _lap(timings, "resolve", t)
        built = build_rdf(documents, resolved, entities, warn=warn)
        triples = ontology_triples() + built.triples
        built.triples = []  # write_build frees `triples` once serialised
        t = _lap(timings, "rdf", t)
        report = {
            "out": str(out),
            "documents": len(documents),
            "extracted": extracted,
            "cached": len(documents) - extracted,
            "entities": built.entities,
            "relations": built.relations,
            "triples": len(triples),
            "seconds": 0.0,
            "timings": timings,
            "entities_by_type": built.entities_by_type,
            "relations_by_type": built.relations_by_type,
            "curation": curated,
        }
        manifest = _manifest(corpus, cache, documents, report, built)
        # all of it lives until the build ends: spare the collections
        # write_build makes (to close the store) a scan of millions of objects
        gc.freeze()
        report["triples"] = manifest["counts"]["triples"] = write_build(out, triples, manifest)
        cache.prune()
        _lap(timings, "store", t)
    report["seconds"] = time.perf_counter() - started
    return report


def _lap(timings: dict[str, float], stage: str, since: float) -> float:
    now = time.perf_counter()
    timings[stage] = round(now - since, 3)
    return now


def _manifest(corpus: Path, cache: ExtractionCache, documents: Iterable[Document], report: dict, built) -> dict:
    import kg

    return {
        "kg_version": kg.__version__,
        "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": str(corpus),
        "extractor": cache.fingerprint,
        "counts": {k: report[k] for k in ("documents", "entities", "relations", "triples")},
        "entities_by_type": built.entities_by_type,
        "relations_by_type": built.relations_by_type,
        "dropped_relations": built.dropped_relations,
        "documents": [
            {"id": d.id, "source": d.source, "title": d.title, "content_hash": d.content_hash} for d in documents
        ],
    }
