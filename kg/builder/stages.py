"""Building a graph from a corpus folder: `build()`, stage by stage.

    files (kg.ingest.plan_corpus)
      -> per file, in worker processes: read, extract or reuse the cache
         (kg.builder.tasks, run by kg.builder.runner)
      -> here: corpus-wide resolution, the analyst's curation, RDF, the
         store (kg.graph)

Workers do all the per-file work, so the parent process only collects small
results and is idle while they run: two workers get the machine's two cores.
"""
from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox

from kg.builder.cache import ExtractionCache
from kg.builder.runner import uses_workers
from kg.builder.tasks import CRF_PRELOAD, NER_PRELOAD, FileResult, FileTask, file_chars, file_results, process_file
from kg.builder.worker import fork_server, relax_gc, terminate_as_interrupt
from kg.errors import InputError, KgError
from kg.graph.curation import curate, load_curation
from kg.graph.rdf import ResolvedGraph, document_triples, ontology_triples, resolved_graph
from kg.ingest import NO_TEXT, CorpusFile, SkipFile, plan_corpus, read_file, report_notes, report_skip
from kg.model import DEFAULT_EXTRACTOR, Document, ExtractionSummary, ExtractorOptions
from kg.resources import DEFAULT_GRAPH_DIR

Warn = Callable[[str], None]


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
    extractor: ExtractorOptions = DEFAULT_EXTRACTOR,
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
    ``extractor``: the statistical components that run with the rules
    (kg.options.ExtractorOptions, e.g. ``ExtractorOptions(crf=True)``; an
    extra one needs is checked first: KgError if missing).  Each set of
    components is another extractor: the cache of a build with another set is
    not reused.
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
                              warn=warn, curation=curation, extractor=extractor, started=started)
    except BrokenPipeError:  # the reader of our output is gone: the caller's business
        raise
    except OSError as e:  # the environment, not the input: say what happened, in one line
        raise KgError(os_error_message(e)) from None


def os_error_message(e: OSError) -> str:
    """An OSError met while building, as a sentence: "no space left on device
    writing exports/kg.ttl"."""
    what = (e.strerror or type(e).__name__).lower()
    return f"{what} writing {e.filename}" if e.filename else f"{what} while writing the build"


def _build_checked(corpus: Path, out: Path, *, jobs, dask, strict, full, progress, warn, curation,
                   extractor: ExtractorOptions, started: float) -> dict:
    files = plan_corpus(corpus, strict=strict, warn=warn)
    decisions = load_curation(corpus, curation)  # a bad curation file fails before OUT/ is touched
    from kg.extract.extra import require_extras

    require_extras(extractor)  # here, not in a worker: one line, nothing touched
    thresholds = gc.get_threshold()
    # Dask extracts elsewhere: no local workers to start or stop
    start = not dask and uses_workers(sum(file_chars(f) for f in files), jobs)
    with terminate_as_interrupt():  # `kill PID` cleans up like Ctrl-C
        # the fork server loads the extractor (and with NER jiagu's model,
        # with the gap-filler the CRF's) while we check the corpus; it is stopped once, after extraction or
        # when the build fails (a Python caller goes on)
        with fork_server(process_file, start=start, stop=not dask,
                         preload=(NER_PRELOAD if extractor.ner else ()) + (CRF_PRELOAD if extractor.crf else ())) as stop_workers:
            try:
                files, first = _first_readable(files, strict=strict, warn=warn)
                if not files:
                    raise InputError(f"no documents found in {corpus}/")
                relax_gc()
                return _build(corpus, out, files, jobs=jobs, dask=dask, strict=strict, full=full,
                              progress=progress, warn=warn, started=started, decisions=decisions,
                              extractor=extractor, first=first, stop_workers=stop_workers)
            finally:
                gc.unfreeze()
                gc.set_threshold(*thresholds)


def _build(corpus: Path, out: Path, files: list[CorpusFile], *, jobs, dask, strict, full, progress, warn,
           started: float, decisions=None, extractor: ExtractorOptions = DEFAULT_EXTRACTOR,
           first: list[Document] | None = None,
           stop_workers: Callable[[], None] = lambda: None) -> dict:
    from kg.graph.store import NewGeneration, build_lock, cleanup_stale

    timings: dict[str, float] = {}
    with build_lock(out):
        cleanup_stale(out)
        cache = ExtractionCache(out, extractor)
        tasks = [FileTask(f, str(out), full, extractor) for f in files]
        tasks[0].documents = first  # read once, by _first_readable
        # the new store fills while the workers extract: first with what is
        # final before resolution (the documents' metadata), then the rest
        with NewGeneration(out) as generation:
            results = file_results(tasks, jobs=jobs, dask=dask, progress=progress)
            documents, summaries, extracted = _collect(results, cache, strict=strict, warn=warn,
                                                       store=generation.load)
            stop_workers()  # their memory is better used by the stages to come
            t = _lap(timings, "extract", started)
            _check_unique_ids(corpus, documents)
            resolved, entities, curated = _resolve(summaries, decisions, warn=warn)
            del summaries
            t = _lap(timings, "resolve", t)
            graph = resolved_graph(documents, resolved, entities, warn=warn)
            del resolved, entities
            t = _lap(timings, "rdf", t)
            report = {
                "out": str(out),
                "documents": len(documents),
                "extracted": extracted,
                "cached": len(documents) - extracted,
                "entities": sum(graph.entities_by_type.values()),
                "relations": sum(graph.relations_by_type.values()),
                "triples": 0,
                "seconds": 0.0,
                "timings": timings,
                "entities_by_type": graph.entities_by_type,
                "relations_by_type": graph.relations_by_type,
                "curation": curated,
            }
            manifest = _manifest(corpus, cache, documents, report, graph)
            # all of it lives until the build ends: frozen, it is not scanned
            # by the collections that making ~700k triples (at 100x) triggers
            gc.freeze()
            # kg.ttl in the graph's order, the documents' metadata made again
            # (cheap) but not stored twice
            generation.write([(ontology_triples(), False), (document_triples(documents), True),
                              (graph.triples(documents=False), False)])
            report["triples"] = manifest["counts"]["triples"] = generation.commit(manifest)
        cache.prune()
        _lap(timings, "store", t)
    report["seconds"] = time.perf_counter() - started
    return report


def _collect(results: Iterator[FileResult], cache: ExtractionCache, *, strict: bool, warn: Warn | None,
             store: Callable[[Iterable[ox.Triple]], None]) -> tuple[list[Document], list[ExtractionSummary], int]:
    """The documents' headers and extraction summaries from RESULTS, in order,
    and how many were extracted (not cached); skipped files and left-out text
    reported; each file's document metadata given to STORE as it comes."""
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
            store(document_triples(d.document for d in result.docs))
    finally:
        # now, also when this loop fails: the workers stop before anything
        # waits for them (an exception's traceback would keep them running)
        results.close()
    return documents, summaries, extracted


def _check_unique_ids(corpus: Path, documents: list[Document]) -> None:
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        dup = sorted(i for i, n in Counter(ids).items() if n > 1)
        raise InputError(f"duplicate document ids in {corpus}/: {', '.join(dup[:5])}")


def _resolve(summaries: list[ExtractionSummary], decisions, *, warn: Warn | None):
    """Corpus-wide resolution, then the analyst's decisions (curation.tsv):
    after resolution, before RDF, nothing re-extracted."""
    from kg.extract.resolve import resolve_summaries

    resolved, entities = resolve_summaries(summaries)
    return curate(decisions, resolved, entities, warn=warn)


def _lap(timings: dict[str, float], stage: str, since: float) -> float:
    now = time.perf_counter()
    timings[stage] = round(now - since, 3)
    return now


def _manifest(corpus: Path, cache: ExtractionCache, documents: Iterable[Document], report: dict,
              graph: ResolvedGraph) -> dict:
    import kg

    return {
        "kg_version": kg.__version__,
        "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": str(corpus),
        "extractor": cache.fingerprint,
        "counts": {k: report[k] for k in ("documents", "entities", "relations", "triples")},
        "entities_by_type": graph.entities_by_type,
        "relations_by_type": graph.relations_by_type,
        "dropped_relations": graph.dropped_relations,
        "documents": [
            {"id": d.id, "source": d.source, "title": d.title, "content_hash": d.content_hash} for d in documents
        ],
    }
