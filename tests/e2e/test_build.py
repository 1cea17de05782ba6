"""`kg build` end to end: real ingestion, extraction, store; incremental builds;
a build killed with SIGKILL; the bundled corpus acceptance checks."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.api import Graph, build
from kg.errors import InputError, KgError
from kg.graph import ontology as ont
from kg.graph.store import CACHE_DIR

from support import REPO

CORPUS = REPO / "corpus"
KG = [sys.executable, "-m", "kg"]

# Small articles written for these tests (one article per file).
ARTICLES = {
    "a.txt": "# 量子传感与制造\n\n林一\n\n量子传感赋能精密制造业。工业和信息化部印发《量子传感产业行动方案》，提出重点推进量子传感。\n",
    "b.txt": "# 海洋观察\n\n量子传感赋能精密制造业，也为海洋监测提供新手段。\n",
    "c.txt": "# 算力观察\n\n人工智能赋能制造业，推动生产方式变革。\n",
}


def write_corpus(folder: Path, articles=ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def entity_iris(out: Path) -> set[str]:
    rows = Graph.open(out).sparql("SELECT ?e WHERE { ?e a ?c . ?c rdfs:subClassOf kg:Entity }").rows
    return {r[0] for r in rows}


def run_build(corpus, out, **kw):
    return build(corpus, out, jobs=1, progress=False, **kw)


def test_kg_build_is_the_function_even_after_the_builder_module_is_imported():
    import kg
    import kg.builder

    assert kg.build is build is kg.builder.build


def test_build_report_and_folder(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    r = run_build(corpus, tmp_path / "out")
    assert set(r) >= {"out", "documents", "extracted", "cached", "entities", "relations", "triples",
                      "seconds", "entities_by_type", "relations_by_type"}
    assert (r["documents"], r["extracted"], r["cached"]) == (3, 3, 0)
    assert r["entities"] == sum(r["entities_by_type"].values()) > 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    # one generation of outputs, made current by one link; the outputs' names are links into it
    assert names == ["cache", "current", "gen-1", "kg.ttl", "manifest.json", "store"]
    assert {os.readlink(tmp_path / "out" / n) for n in ("store", "kg.ttl", "manifest.json")} == \
        {"current/store", "current/kg.ttl", "current/manifest.json"}
    g = Graph.open(tmp_path / "out")
    assert g.triples() == r["triples"]
    assert g.manifest()["counts"]["triples"] == r["triples"]
    assert len(list((tmp_path / "out" / CACHE_DIR).glob("*.json"))) == 3


def test_iris_stable_across_rebuilds_and_incremental_extraction(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    first = run_build(corpus, out)
    iris = entity_iris(out)
    assert ont.entity_iri("Institution", "工业和信息化部") in iris

    again = run_build(corpus, out)  # nothing changed: nothing extracted
    assert (again["extracted"], again["cached"]) == (0, 3)
    assert entity_iris(out) == iris and again["triples"] == first["triples"]

    full = run_build(corpus, out, full=True)  # re-extracted from scratch: same IRIs
    assert full["extracted"] == 3 and entity_iris(out) == iris

    (corpus / "c.txt").write_text("# 算力观察\n\n人工智能赋能农业，推动生产方式变革。\n", encoding="utf-8")
    changed = run_build(corpus, out)
    assert (changed["extracted"], changed["cached"]) == (1, 2)

    (corpus / "b.txt").unlink()  # a removed document disappears from the graph
    removed = run_build(corpus, out)
    assert (removed["documents"], removed["extracted"]) == (2, 0)
    g = Graph.open(out)
    assert {d["id"] for d in g.documents()} == {"a", "c"}
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 2  # its cache entry is pruned


def test_build_errors_are_one_line(tmp_path):
    out = subprocess.run(KG + ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "o")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and out.stderr.startswith("error:") and "Traceback" not in out.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    out = subprocess.run(KG + ["build", str(empty), "-o", str(tmp_path / "o")], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "Traceback" not in out.stderr


def test_unusable_files_are_reported_once_and_strict_stops(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "0first.txt").write_bytes(b"\x00\x01\x02 binary " * 50)  # before any usable file
    (corpus / "b2.pdf").write_bytes(b"not a pdf at all")  # between usable files
    (corpus / "b3.txt").write_text("   \n\n", encoding="utf-8")  # no text
    warnings: list[str] = []
    r = build(corpus, tmp_path / "out", jobs=1, progress=False, warn=warnings.append)
    assert r["documents"] == 3
    assert sorted(w.split(":")[0] for w in warnings) == ["skipped 0first.txt", "skipped b2.pdf", "skipped b3.txt"]
    with pytest.raises(InputError, match="^0first.txt: "):
        build(corpus, tmp_path / "strict", jobs=1, progress=False, strict=True)
    assert not (tmp_path / "strict").exists()  # refused before the folder was touched
    (corpus / "0first.txt").unlink()
    with pytest.raises(InputError, match="^b2.pdf: "):
        build(corpus, tmp_path / "strict", jobs=1, progress=False, strict=True)


PARALLEL_BUILD = """
import json, sys
import kg.builder.runner
from kg.api import build
kg.builder.runner.PARALLEL_MIN_CHARS = 0  # worker processes even for a small corpus
if __name__ == "__main__":
    report = build(sys.argv[1], sys.argv[2], jobs=2, progress=False)
    # the workers read, extracted and cached everything: this process never loaded the extractor
    report["parent_loaded_spacy"] = "spacy" in sys.modules
    print(json.dumps(report))
"""


def test_two_workers_build_the_graph_of_one_process_and_fill_the_cache(tmp_path):
    import json

    one = run_build(CORPUS, tmp_path / "one")

    def parallel():
        res = subprocess.run([sys.executable, "-c", PARALLEL_BUILD, str(CORPUS), str(tmp_path / "two")],
                             capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        return json.loads(res.stdout)

    two = parallel()
    assert two["parent_loaded_spacy"] is False
    assert (two["documents"], two["extracted"], two["cached"]) == (one["documents"], one["documents"], 0)
    assert (tmp_path / "two" / "kg.ttl").read_bytes() == (tmp_path / "one" / "kg.ttl").read_bytes()
    assert len(list((tmp_path / "two" / CACHE_DIR).glob("*.json"))) == one["documents"]
    again = parallel()  # the workers' cache entries are reused
    assert (again["extracted"], again["cached"]) == (0, one["documents"])
    assert (tmp_path / "two" / "kg.ttl").read_bytes() == (tmp_path / "one" / "kg.ttl").read_bytes()
    assert set(one["timings"]) == {"extract", "resolve", "rdf", "store"}


def test_ctrl_c_during_parallel_extraction_exits_130_and_keeps_the_cached_work(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(8):  # ~650k characters: big enough for worker processes
        for f in CORPUS.glob("*.txt"):
            shutil.copy(f, corpus / f"{f.stem}_{copy}.txt")
    out = tmp_path / "out"
    cmd = KG + ["build", str(corpus), "--out", str(out), "--jobs", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list((out / CACHE_DIR).glob("*.json"))) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the build finished before it could be interrupted: make the corpus bigger"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert err.strip() == "error: interrupted"  # one line from the parent, nothing from the workers
    for _ in range(100):  # the workers and their fork server are gone too
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("worker processes outlived the interrupted build")
    assert not (out / "store").exists() and not list(out.glob("*.tmp-*"))
    kept = len(list((out / CACHE_DIR).glob("*.json")))
    assert kept >= 20
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    extracted, cached = map(int, re.search(r"\((\d+) extracted, (\d+) from cache\)", again.stdout).groups())
    assert cached >= kept and extracted + cached == 8 * 55


# ---------------------------------------------------------------- the bundled corpus


@pytest.fixture(scope="module")
def bundled(bundled_build_timed):
    """The session's build of the bundled corpus with the real CLI, and its
    seconds (for the kill test); read only."""
    return bundled_build_timed


def test_bundled_corpus_validates(bundled):
    out, _ = bundled
    res = subprocess.run(KG + ["validate", "--graph", str(out)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr
    assert "no violations" in res.stdout


def test_every_shipped_query_returns_rows(bundled):
    out, _ = bundled
    g = Graph.open(out)
    queries = sorted(ont.QUERIES_DIR.glob("*.rq"))
    assert len(queries) >= 6
    other_engine = g.rdflib()  # the queries declare their prefixes: portable to other SPARQL tools
    for q in queries:
        text = q.read_text(encoding="utf-8")
        assert text.startswith("#"), f"{q.name} is documented at the top"
        rows = g.sparql(text).rows
        assert rows, f"{q.name} returned no rows"
        assert len(list(other_engine.query(text))) == len(rows), q.name
    res = subprocess.run(KG + ["sparql", "-f", str(queries[0]), "--graph", str(out), "--format", "csv"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and len(res.stdout.splitlines()) > 1


def test_shipped_queries_count_the_documents_that_state_the_relation(bundled):
    out, _ = bundled
    g = Graph.open(out)
    issuers = g.sparql((ont.QUERIES_DIR / "policies_and_issuers.rq").read_text(encoding="utf-8")).dicts()
    row = next(r for r in issuers if r["issuer"] == "交通运输部")
    assert row["policy"] == "《关于推动未来产业创新发展的实施意见》"
    assert row["documents"] == "1"  # the one that names it as an issuer, not the 5 that mention the policy
    stated = {r["issuer"]: r["documents"] for r in issuers if r["policy"] == row["policy"]}
    assert stated["工业和信息化部"] == "5"
    assert all(r["documents"] == "0" for r in issuers if r["issuer"] is None)
    people = g.sparql((ont.QUERIES_DIR / "people_and_institutions.rq").read_text(encoding="utf-8"))
    assert people.vars == ["person", "institution", "support", "documents", "titles"]
    assert all(r["documents"].isdigit() and int(r["documents"]) >= 1 for r in people.dicts())


def test_lookup_acceptance(bundled):
    out, _ = bundled
    res = subprocess.run(KG + ["lookup", "工信部", "--graph", str(out)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("工业和信息化部  [Institution]")
    assert "evidence:" in res.stdout and "《" in res.stdout.split("evidence:")[1]
    res = subprocess.run(KG + ["lookup", "工业和信息化布", "--graph", str(out)], capture_output=True, text=True, timeout=120)
    assert "工业和信息化部" in res.stdout + res.stderr and "Traceback" not in res.stderr


def test_sparql_cli_errors_and_injection(bundled):
    out, _ = bundled
    res = subprocess.run(KG + ["sparql", "SELECT ?x WHERE { ?x", "--graph", str(out)], capture_output=True, text=True, timeout=120)
    assert res.returncode != 0
    lines = [l for l in res.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: invalid SPARQL")
    res = subprocess.run(KG + ["lookup", '工信部" } DELETE WHERE { ?s ?p ?o } #', "--graph", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert "Traceback" not in res.stderr
    assert Graph.open(out).lookup("工信部")["label"] == "工业和信息化部"


def test_sigkill_mid_build_leaves_previous_graph(bundled, tmp_path):
    """Kill real `kg build` processes at points spread over a build: the folder
    always holds a complete graph that answers queries (the old one until the
    swap, then the new one), and the next build cleans up."""
    ref, seconds = bundled
    new_docs = {d["id"] for d in Graph.open(ref).documents()}
    out = tmp_path / "out"
    small = write_corpus(tmp_path / "small")
    old_triples = run_build(small, out)["triples"]
    question = 'SELECT ?l WHERE { ?e rdfs:label ?l ; a kg:Technology } ORDER BY ?l'
    old_answer = Graph.open(out).sparql(question).rows
    killed_before_swap = 0
    for fraction in (0.15, 0.35, 0.55, 0.75, 0.9):
        proc = subprocess.Popen(KG + ["build", str(CORPUS), "--out", str(out), "--full", "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(seconds * fraction)
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        g = Graph.open(out)
        if g.triples() == old_triples:
            assert g.sparql(question).rows == old_answer
            killed_before_swap += 1
        else:  # the swap happened: the whole new graph is there
            assert {d["id"] for d in g.documents()} == new_docs
            assert g.sparql(question).rows
    assert killed_before_swap >= 1
    final = run_build(CORPUS, out)
    assert Graph.open(out).triples() == final["triples"]
    assert not list(out.glob("*.tmp-*")), "temp stores of killed builds are cleaned up"


def signal_build_while_store_is_written(bundled, tmp_path, sig, **popen):
    """Build a small previous graph, warm the cache (so the next run reaches the
    store-writing step quickly), start `kg build` on the bundled corpus and send
    `sig` the moment its new generation appears (its store fills from the start
    of extraction on). Returns (out, old_triples, proc, caught)."""
    ref, _ = bundled
    out = tmp_path / "out"
    old_triples = run_build(write_corpus(tmp_path / "small"), out)["triples"]
    shutil.copytree(ref / CACHE_DIR, out / CACHE_DIR, dirs_exist_ok=True)
    proc = subprocess.Popen(KG + ["build", str(CORPUS), "--out", str(out), "--quiet"],
                            start_new_session=True, **popen)
    caught = False
    while proc.poll() is None:
        if any(out.glob("gen-*.tmp-*")):
            os.killpg(proc.pid, sig)
            caught = True
            break
        time.sleep(0.002)
    return out, old_triples, proc, caught


def test_sigkill_while_the_new_store_is_written(bundled, tmp_path):
    """Kill `kg build` the moment its temp store appears (mid-write, before the swap)."""
    out, old_triples, proc, caught = signal_build_while_store_is_written(
        bundled, tmp_path, signal.SIGKILL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.wait()
    g = Graph.open(out)
    if caught:
        assert g.triples() == old_triples
        assert g.lookup("工业和信息化部")["type"] == "Institution"
        assert list(out.glob("gen-*.tmp-*"))  # the half-written generation, ignored by readers
    else:
        assert g.triples() != old_triples
    rebuilt = run_build(CORPUS, out)["triples"]
    assert Graph.open(out).triples() == rebuilt
    assert not list(out.glob("*.tmp-*"))


def test_ctrl_c_while_the_new_store_is_written(bundled, tmp_path):
    """SIGINT (Ctrl-C) mid-write: exit 130, previous graph intact, temp store removed."""
    out, old_triples, proc, caught = signal_build_while_store_is_written(
        bundled, tmp_path, signal.SIGINT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate(timeout=120)
    assert caught and proc.returncode != 0, "the build finished before it could be interrupted"
    assert proc.returncode == 130
    assert Graph.open(out).triples() == old_triples
    assert not list(out.glob("*.tmp-*"))


def test_analytics_commands_on_the_bundled_graph(bundled):
    import json

    out, _ = bundled
    g = ["--graph", str(out)]

    def kg_json(*args):
        res = subprocess.run(KG + list(args) + g + ["--json"], capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        return json.loads(res.stdout)

    stats = kg_json("stats")
    assert stats["entities"] > 100 and stats["relations"] > 50 and set(stats["relations_by_type"]) <= set(ont.relation_schema())
    near = kg_json("neighbors", "工信部")
    assert near["center"]["label"] == "工业和信息化部" and near["neighbors"]
    top = kg_json("central", "--type", "Technology", "--top", "3")
    assert len(top["entities"]) == 3 and {e["type"] for e in top["entities"]} == {"Technology"}
    comms = kg_json("communities", "--top", "2")
    assert len(comms["communities"]) == 2
    a, b = near["center"]["label"], near["neighbors"][0]["label"]
    p = kg_json("path", a, b)
    assert p["found"] and p["length"] == 1
    res = subprocess.run(KG + ["neighbors", "完全无关的名字"] + g, capture_output=True, text=True, timeout=120)
    assert res.returncode != 0 and res.stderr.startswith("error: no entity named")


# ---------------------------------------------------------------- processes: no hang, no orphan, no traceback


def big_corpus(folder: Path, copies: int = 8) -> Path:
    """The bundled corpus COPIES times (~80k characters each): big enough for
    worker processes, and slow enough (several seconds) that a signal sent
    in its first seconds arrives while it runs."""
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for f in CORPUS.glob("*.txt"):
            shutil.copy(f, folder / f"{copy:02d}_{f.stem}.txt")
    return folder


def group_gone(pgid: int, seconds: float = 10.0) -> bool:
    """Whether every process of the process group PGID has exited within SECONDS."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


RAISING_WARN_BUILD = """
import sys
import kg.builder.runner
from kg.api import build
kg.builder.runner.PARALLEL_MIN_CHARS = 0

def warn(message):  # what a closed stdout/stderr pipe does to `kg build ... | head -3`
    raise BrokenPipeError(32, "Broken pipe")

if __name__ == "__main__":
    try:
        build(sys.argv[1], sys.argv[2], jobs=2, progress=False, warn=warn)
    except BrokenPipeError:
        print("raised", flush=True)
"""


@pytest.mark.slow
def test_a_parent_failing_while_workers_run_does_not_hang(tmp_path):
    """The parent raises mid-extraction (a warning written to a closed pipe):
    the build ends at once, workers and fork server with it."""
    corpus = big_corpus(tmp_path / "corpus")
    (corpus / "01_zz_empty.txt").write_text("   \n", encoding="utf-8")  # a warning once workers are busy
    proc = subprocess.Popen([sys.executable, "-c", RAISING_WARN_BUILD, str(corpus), str(tmp_path / "out")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        kill_group(proc.pid)
        pytest.fail("the build hung after its parent raised")
    assert out.strip() == "raised", err
    assert "Traceback" not in err
    assert group_gone(proc.pid), "worker processes outlived the build"


@pytest.mark.slow
def test_sigterm_cleans_up_like_ctrl_c(tmp_path):
    corpus = big_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    proc = subprocess.Popen(KG + ["build", str(corpus), "--out", str(out), "--jobs", "2", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list((out / CACHE_DIR).glob("*.json"))) < 5 and time.monotonic() < deadline:
        assert proc.poll() is None, "the build ended before the signal: make the corpus bigger"
        time.sleep(0.01)
    proc.terminate()  # SIGTERM to the parent only, as `kill PID` does
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        kill_group(proc.pid)
        pytest.fail("SIGTERM did not stop the build")
    assert proc.returncode == 143, err
    assert err.strip() == "error: terminated"
    assert group_gone(proc.pid), "worker processes outlived the terminated build"
    assert not (out / "store").exists() and not list(out.glob("*.tmp-*"))


@pytest.mark.slow
def test_workers_die_with_a_killed_parent(tmp_path):
    corpus = big_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    proc = subprocess.Popen(KG + ["build", str(corpus), "--out", str(out), "--jobs", "2", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list((out / CACHE_DIR).glob("*.json"))) < 5 and time.monotonic() < deadline:
        assert proc.poll() is None, "the build ended before the signal: make the corpus bigger"
        time.sleep(0.01)
    proc.kill()  # SIGKILL to the parent only: nothing of it can clean up
    proc.wait()
    try:
        assert group_gone(proc.pid, 10), "the fork server and workers were orphaned"
    finally:
        kill_group(proc.pid)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 0.7, 1.0, 1.3, 2.0])
def test_early_ctrl_c_never_prints_a_traceback_nor_hangs(tmp_path, delay):
    corpus = big_corpus(tmp_path / "corpus", copies=16)
    proc = subprocess.Popen(KG + ["build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(delay)
    assert proc.poll() is None, f"the build ended before the signal: {proc.communicate()}"
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole group
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        kill_group(proc.pid)
        pytest.fail(f"Ctrl-C {delay}s into the build hung it")
    assert "Traceback" not in err and err.strip() == "error: interrupted", err
    assert proc.returncode == 130
    assert group_gone(proc.pid), "worker processes outlived the interrupted build"


@pytest.mark.parametrize("entry", ["[1]", "null", '"text"', '{"extractor": 1, "extraction": []}', "{"])
def test_a_cache_entry_of_the_wrong_shape_is_re_extracted(tmp_path, entry):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    first = run_build(corpus, out)
    for p in (out / CACHE_DIR).glob("*.json"):
        p.write_text(entry, encoding="utf-8")
    again = run_build(corpus, out)
    assert (again["extracted"], again["cached"]) == (first["documents"], 0)
    assert again["triples"] == first["triples"]


# ---------------------------------------------------------------- long texts

LONG_SENTENCES = ["工业和信息化部印发《量子传感产业行动方案》。", "人工智能赋能制造业，推动生产方式变革。", "量子传感赋能精密制造业。"]
LAST_SENTENCE = "最后，北京市推动人形机器人应用于医疗健康领域。"


@pytest.mark.slow
def test_long_texts_are_extracted_in_chunks_with_the_offsets_of_the_whole(monkeypatch):
    import kg.extract.core as core
    from kg.extract import extract_text

    text = "".join(LONG_SENTENCES) * 600 + LAST_SENTENCE  # ~32k characters
    whole = extract_text(text, "long")
    monkeypatch.setattr(core, "CHUNK_CHARS", 3_000)
    chunked = extract_text(text, "long")
    assert all(text[m.start:m.end] == m.text for m in chunked.mentions)
    assert all(text[r.evidence.start:r.evidence.end] == r.evidence.sentence for r in chunked.relations)
    assert [(m.text, m.start) for m in chunked.mentions] == [(m.text, m.start) for m in whole.mentions]
    assert {(r.head, r.type, r.tail, r.evidence.start) for r in chunked.relations} == \
        {(r.head, r.type, r.tail, r.evidence.start) for r in whole.relations}
    assert max(m.start for m in chunked.mentions) > len(text) - len(LAST_SENTENCE)  # the last chunk too
    one_sentence = "人工智能赋能制造业" * 1_000  # a "sentence" longer than a chunk is cut, not refused
    assert {m.text for m in extract_text(one_sentence).mentions} >= {"人工智能", "制造业"}


@pytest.mark.slow
def test_an_article_longer_than_a_million_characters_is_built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "".join(LONG_SENTENCES) * 20_000 + LAST_SENTENCE  # 1.06 M characters, no headings: one article
    (corpus / "long.txt").write_text(text, encoding="utf-8")
    report = run_build(corpus, tmp_path / "out")
    assert report["documents"] == 1 and report["entities"] >= 5
    assert Graph.open(tmp_path / "out").lookup("北京市")


# ---------------------------------------------------------------- one generation visible at a time

KILL_AFTER_NTH_RENAME = """
import os, signal, sys
import kg.graph.store as st
from kg.api import build

n, calls, active = int(sys.argv[3]), [0], [False]

def counted(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        if active[0]:
            calls[0] += 1
            if calls[0] == n:  # the rename is done: die before the next step
                os.kill(os.getpid(), signal.SIGKILL)
        return result
    return wrapper

os.replace, os.rename, st._exchange = counted(os.replace), counted(os.rename), counted(st._exchange)
commit = st.NewGeneration.commit

def watched(*args, **kwargs):  # the renames that count are the generation's, not the cache's
    active[0] = True
    return commit(*args, **kwargs)

st.NewGeneration.commit = watched
build(sys.argv[1], sys.argv[2], jobs=1, progress=False, full=True)
"""


def consistent_graph(out: Path) -> int:
    """The triple count the store, kg.ttl and manifest.json all agree on (one build's files)."""
    import json

    import pyoxigraph as ox

    g = Graph.open(out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    in_turtle = sum(1 for _ in ox.parse(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    assert g.triples() == manifest["counts"]["triples"] == in_turtle
    assert {d["id"] for d in g.documents()} == {d["id"] for d in manifest["documents"]}
    return g.triples()


def test_a_kill_at_any_step_of_writing_the_outputs_leaves_one_whole_build(tmp_path):
    out = tmp_path / "out"
    old = run_build(write_corpus(tmp_path / "old"), out)["triples"]
    new_articles = {**ARTICLES, "d.txt": "# 新观察\n\n国家发展和改革委员会推动量子计算赋能金融业。\n"}
    new_corpus = write_corpus(tmp_path / "new", new_articles)
    seen = []
    for n in range(1, 12):
        proc = subprocess.run([sys.executable, "-c", KILL_AFTER_NTH_RENAME, str(new_corpus), str(out), str(n)],
                              capture_output=True, text=True, timeout=300)
        seen.append(consistent_graph(out))
        if proc.returncode == 0:  # every step done: the new build
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
    else:
        pytest.fail("the build was still being killed after 11 renames")
    assert seen[0] == old and seen[-1] != old
    assert set(seen) == {old, seen[-1]}  # the old graph or the new one, nothing in between
    assert run_build(new_corpus, out)["triples"] == seen[-1]
    assert not list(out.glob("*.tmp-*"))


def test_a_failed_recovery_leaves_no_temp_store(tmp_path):
    out = tmp_path / "out"
    run_build(write_corpus(tmp_path / "corpus"), out)
    store = (out / "store").resolve()
    shutil.rmtree(store)
    store.mkdir()
    (store / "CURRENT").write_text("garbage\n")  # a store Oxigraph cannot open
    ttl = (out / "kg.ttl").resolve()
    ttl.write_text("@prefix broken", encoding="utf-8")  # and no usable copy to rebuild it from
    for _ in range(3):
        with pytest.raises(KgError, match="cannot rebuild the graph store"):
            Graph.open(out)
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]


def test_a_folder_built_before_generations_is_read_and_converted(tmp_path):
    out = tmp_path / "out"
    corpus = write_corpus(tmp_path / "corpus")
    triples = run_build(corpus, out)["triples"]
    generation = out / os.readlink(out / "current")
    for name in ("store", "kg.ttl", "manifest.json"):  # the layout of earlier versions: real files
        (out / name).unlink()
        os.rename(generation / name, out / name)
    (out / "current").unlink()
    generation.rmdir()
    assert Graph.open(out).triples() == triples
    assert run_build(corpus, out)["triples"] == triples
    assert (out / "store").is_symlink() and consistent_graph(out) == triples
    assert sorted(p.name for p in out.iterdir() if p.name.startswith("gen-")) == ["gen-1"]


# ---------------------------------------------------------------- kg sparql: bounded

CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^12 rows: never ends


def test_sparql_timeout_ends_a_runaway_query_with_one_line(bundled):
    out, _ = bundled
    t = time.monotonic()
    res = subprocess.run(KG + ["sparql", CARTESIAN_COUNT, "--graph", str(out), "--timeout", "2"],
                         capture_output=True, text=True, timeout=60)
    assert time.monotonic() - t < 20
    assert res.returncode == 1
    assert res.stderr.splitlines() == ["error: the query was stopped after 2 s (--timeout N allows more, 0 no limit)"]


def test_ctrl_c_stops_a_running_query(bundled):
    out, _ = bundled
    proc = subprocess.Popen(KG + ["sparql", CARTESIAN_COUNT, "--graph", str(out), "--timeout", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(4)
    assert proc.poll() is None
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        kill_group(proc.pid)
        pytest.fail("Ctrl-C did not stop the query")
    assert proc.returncode == 130 and err.strip() == "error: interrupted"


def test_sparql_limit_caps_the_rows_kept(bundled):
    out, _ = bundled
    res = subprocess.run(KG + ["sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "--graph", str(out),
                               "--limit", "3", "--format", "csv"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.splitlines()) == 4  # header + 3 rows, of ~10^8
    assert res.stderr.strip() == "warning: showing the first 3 rows (--limit N for more, --limit 0 for all)"
    g = Graph.open(out)
    assert len(g.sparql("SELECT ?s WHERE { ?s a kg:Technology }", limit=5)) == 5
    assert not g.sparql("SELECT ?s WHERE { ?s a kg:Technology }").truncated


def test_service_clauses_need_allow_service_and_updates_say_read_only(bundled):
    out, _ = bundled
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    res = subprocess.run(KG + ["sparql", service, "--graph", str(out)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 2
    assert res.stderr.splitlines() == ["error: the query has a SERVICE clause, which would query another server "
                                       "over the network: give --allow-service to run it"]
    res = subprocess.run(KG + ["sparql", service, "--graph", str(out), "--allow-service"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and len(res.stderr.splitlines()) == 1  # tried: nothing listens there
    assert "SERVICE" not in res.stderr
    quoted = 'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(?l != "SERVICE") } LIMIT 1  # SERVICE'
    assert Graph.open(out).sparql(quoted).rows  # a word in a string or comment is no clause
    res = subprocess.run(KG + ["sparql", "PREFIX a: <http://a/> INSERT DATA { a:b a:c a:d }", "--graph", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 1
    assert res.stderr.startswith("error: the graph is read-only") and len(res.stderr.splitlines()) == 1


# ---------------------------------------------------------------- the environment

def test_an_output_folder_inside_the_corpus_is_refused(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    for out in (corpus / "out", corpus):
        with pytest.raises(InputError, match="is inside the corpus folder"):
            run_build(corpus, out)
    assert sorted(p.name for p in corpus.iterdir()) == sorted(ARTICLES)


def test_an_unwritable_output_folder_is_one_line_saying_so():
    import tempfile

    user = 65534 if os.geteuid() == 0 else None  # root writes anywhere: build as nobody then
    top = Path(tempfile.mkdtemp(prefix="kg-readonly-"))
    try:
        corpus = write_corpus(top / "corpus")
        out = top / "out"
        out.mkdir()
        for p in (top, corpus, *corpus.iterdir()):
            p.chmod(0o755 if p.is_dir() else 0o644)
        out.chmod(0o555)
        cmd = KG + ["build", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]
        if user is not None:
            cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + cmd
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert res.returncode == 1
        assert res.stderr.splitlines() == [f"error: permission denied writing {out / '.build.lock'}"]
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_central_takes_chinese_type_names_and_lookup_refuses_negative_counts(bundled):
    import json

    out, _ = bundled
    by_name = subprocess.run(KG + ["central", "--type", "Technology", "--top", "3", "--graph", str(out), "--json"],
                             capture_output=True, text=True, timeout=120)
    by_zh = subprocess.run(KG + ["central", "--type", "技术", "--top", "3", "--graph", str(out), "--json"],
                           capture_output=True, text=True, timeout=120)
    assert by_zh.returncode == 0, by_zh.stderr
    assert json.loads(by_zh.stdout) == json.loads(by_name.stdout)
    res = subprocess.run(KG + ["lookup", "工信部", "-n", "-1", "--graph", str(out)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    assert res.stderr.strip() == "error: the number of evidence sentences must be 0 or more, got -1"


def test_errors_cut_a_long_input(bundled):
    out, _ = bundled
    res = subprocess.run(KG + ["lookup", "量子" * 5000, "--graph", str(out)], capture_output=True, text=True, timeout=120)
    assert res.returncode != 0
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and len(lines[0]) < 500
    assert "characters cut" in lines[0]


def test_an_export_never_writes_into_the_builds_generations(tmp_path):
    out = tmp_path / "out"
    run_build(write_corpus(tmp_path / "corpus"), out)
    generation = next(p.name for p in out.iterdir() if p.name.startswith("gen-"))
    g = Graph.open(out)
    for target in (out / "current", out / "current" / "x.ttl", out / generation / "x.ttl"):
        with pytest.raises(InputError, match="^refusing to write the export to .*: it would replace the build's"):
            g.export("turtle", target)
    assert not (out / generation / "x.ttl").exists()
    assert "triples" in g.export("turtle", out / "rdf" / "kg.ttl")  # beside them is fine
