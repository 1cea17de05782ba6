"""`kg build --crf`: the Technology / Industry gap-filler (kg.extract.crf)
threaded through a build like --ner: the graph holds what the extractor finds
with it, the cache of a build without it is not reused (nor the other way
round), worker processes run it too, and without python-crfsuite the build is
one line and touches nothing.  The texts are made up."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite", reason="python-crfsuite (the crf extra) is part of the test extra")

import kg.api  # noqa: E402
import kg.builder.runner  # noqa: E402
from kg.builder.cache import extractor_fingerprint  # noqa: E402
from kg.extract.core import extract_text  # noqa: E402
from kg.options import ExtractorOptions  # noqa: E402

# a term no lexicon or rule knows, in a list slot beside one the rules know
GAP_TEXT = "围绕高端数控机床、工业母机和精密减速器等领域开展攻关。"
GAP_TERM = "精密减速器"


def corpus_of(tmp_path: Path, texts: dict[str, str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def graph_entities(out: Path) -> set[tuple[str, str]]:
    rows = kg.api.Graph.open(out).sparql(
        "SELECT ?l ?t WHERE { ?e a ?t ; rdfs:label ?l . FILTER(STRSTARTS(STR(?t), STR(kg:))) }").rows
    return {(str(label), str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1]) for label, t in rows}


# the CRF fills the rules' gaps: these builds leave the span filler out
NO_SPANFILL = ExtractorOptions(spanfill=False)
WITH_CRF = ExtractorOptions(crf=True, spanfill=False)


def found(text: str, options: ExtractorOptions = NO_SPANFILL) -> set[tuple[str, str]]:
    return {(m.label, m.type) for m in extract_text(text, extractor=options).mentions
            if m.type in ("Technology", "Industry")}


def test_fingerprint_tells_the_four_extractors_apart():
    prints = {extractor_fingerprint(ExtractorOptions(ner, crf)) for ner in (False, True) for crf in (False, True)}
    assert len(prints) == 4
    assert extractor_fingerprint() == extractor_fingerprint(ExtractorOptions(False, False))


@pytest.mark.slow  # loads the extractor and builds four times
def test_build_with_crf_has_what_extraction_finds_and_never_reuses_the_other_cache(tmp_path: Path):
    corpus = corpus_of(tmp_path, {"a.txt": f"某市装备集群发展方案\n\n{GAP_TEXT}\n"})
    out = tmp_path / "out"
    with_crf = found(GAP_TEXT, WITH_CRF)
    assert (GAP_TERM, "Technology") in with_crf - found(GAP_TEXT), "the made-up text needs the gap-filler"

    plain = kg.api.build(corpus, out=out, jobs=1, progress=False, extractor=NO_SPANFILL)
    assert plain["extracted"] == 1
    assert GAP_TERM not in {label for label, _ in graph_entities(out)}

    crf = kg.api.build(corpus, out=out, jobs=1, progress=False, extractor=WITH_CRF)
    assert crf["extracted"] == 1, "the cache of the rule pipeline is not reused with --crf"
    assert with_crf <= graph_entities(out)

    again = kg.api.build(corpus, out=out, jobs=1, progress=False, extractor=WITH_CRF)
    assert again["extracted"] == 0 and again["cached"] == 1
    assert with_crf <= graph_entities(out)

    back = kg.api.build(corpus, out=out, jobs=1, progress=False, extractor=NO_SPANFILL)
    assert back["extracted"] == 1, "nor the cache of a --crf build without it"
    assert GAP_TERM not in {label for label, _ in graph_entities(out)}


@pytest.mark.slow  # starts worker processes, each with the CRF model
def test_worker_processes_run_the_gap_filler(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(kg.builder.runner, "PARALLEL_MIN_CHARS", 0)  # workers even for a tiny corpus
    other = "某省推动人工智能赋能制造业，发展智能网联汽车产业。"
    corpus = corpus_of(tmp_path, {"a.txt": f"方案一\n\n{GAP_TEXT}\n", "b.txt": f"方案二\n\n{other}\n"})
    out = tmp_path / "out"
    report = kg.api.build(corpus, out=out, jobs=2, progress=False, extractor=WITH_CRF)
    assert report["extracted"] == 2
    assert found(GAP_TEXT, WITH_CRF) | found(other, WITH_CRF) <= graph_entities(out)


@pytest.mark.slow  # starts `kg`
def test_build_without_crfsuite_is_one_line_and_touches_nothing(tmp_path: Path):
    from kg.extract.extra import CRF_MISSING

    corpus = corpus_of(tmp_path, {"a.txt": f"方案\n\n{GAP_TEXT}\n"})
    out = tmp_path / "out"
    code = "import sys; sys.modules['pycrfsuite'] = None; from kg.cli import main; sys.argv[0] = 'kg'; main()"
    r = subprocess.run([sys.executable, "-c", code, "build", str(corpus), "--out", str(out), "--crf", "-q"],
                       capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert r.returncode != 0
    assert r.stderr.strip() == f"error: {CRF_MISSING}"
    assert not out.exists(), "a build without the extra touches nothing"
