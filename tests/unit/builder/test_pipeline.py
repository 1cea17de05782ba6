"""kg.builder.runner.map_extract: worker processes give exactly the in-process
extractions, in input order, streaming, with a progress bar only on a terminal."""
from __future__ import annotations

import dataclasses
import os
import pty
import subprocess
import sys

import pytest

import kg.builder.runner
from kg.errors import KgError
from kg.extract import extract_document
from kg.ingest import load_corpus
from kg.model import Document, Extraction
from kg.builder.runner import map_extract

from support import REPO as ROOT

CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    docs = load_corpus(CORPUS)
    assert len(docs) >= 5
    return docs


@pytest.fixture(scope="module")
def serial(documents):
    return list(map_extract(documents, jobs=1, progress=False))


def test_in_process_run_is_extract_document(documents, serial):
    assert [e.doc_id for e in serial] == [d.id for d in documents]
    some = documents[:3]
    assert serial[:3] == [extract_document(d) for d in some]
    # the corpus really yields something to compare
    assert sum(len(e.mentions) for e in serial) > 100
    assert sum(len(e.relations) for e in serial) > 10


@pytest.fixture
def always_parallel(monkeypatch):
    """Use worker processes even for the small bundled corpus."""
    monkeypatch.setattr(kg.builder.runner, "PARALLEL_MIN_CHARS", 0)


def test_two_workers_give_identical_extractions_in_input_order(documents, serial, always_parallel):
    parallel = list(map_extract(iter(documents), jobs=2, progress=False))
    assert [e.doc_id for e in parallel] == [d.id for d in documents]
    assert parallel == serial


def test_one_document_per_batch_keeps_order(documents, serial, always_parallel):
    # smallest batches, so results come back from both workers interleaved
    parallel = list(map_extract(documents, jobs=2, progress=False, chunksize=1))
    assert parallel == serial


TEXTS = [
    "工业和信息化部等七部门联合印发《关于推动未来产业创新发展的实施意见》。",
    "人工智能技术广泛应用于制造业和医疗健康领域。",
    "北京市加快布局量子信息和人形机器人等未来产业。",
]


def _copies(n: int):
    """N short documents with distinct ids."""
    for i in range(n):
        yield Document(id=f"copy{i:03d}", source=f"copy{i:03d}.txt", text=TEXTS[i % len(TEXTS)])


def test_input_is_consumed_in_bounded_windows(always_parallel):
    pulled = 0

    def counting(docs):
        nonlocal pulled
        for d in docs:
            pulled += 1
            yield d

    results = map_extract(counting(_copies(200)), jobs=2, progress=False, chunksize=1)
    first = next(results)
    assert first.doc_id == "copy000"
    # only the in-flight window has been read, not the whole corpus
    assert pulled < 50
    rest = list(results)
    assert pulled == 200
    assert [e.doc_id for e in rest] == [f"copy{i:03d}" for i in range(1, 200)]
    assert rest[2] == extract_document(Document(id="copy003", source="copy003.txt", text=TEXTS[0]))


def pid_extraction(doc: Document) -> Extraction:
    """Records which process handled DOC (module-level: workers import it)."""
    return Extraction(doc_id=f"{doc.id}@{os.getpid()}")


def test_small_jobs_stay_in_process_big_ones_use_workers(monkeypatch):
    docs = list(_copies(40))
    small = list(map_extract(docs, jobs=2, progress=False, fn=pid_extraction))
    assert {e.doc_id.split("@")[1] for e in small} == {str(os.getpid())}
    monkeypatch.setattr(kg.builder.runner, "PARALLEL_MIN_CHARS", 100)
    big = list(map_extract(docs, jobs=2, progress=False, fn=pid_extraction, chunksize=1))
    assert [e.doc_id.split("@")[0] for e in big] == [d.id for d in docs]
    pids = {e.doc_id.split("@")[1] for e in big}
    assert str(os.getpid()) not in pids and 1 <= len(pids) <= 2


def test_bad_jobs_is_a_user_error(documents):
    with pytest.raises(KgError, match="jobs"):
        map_extract(documents, jobs=0)


PROGRESS_SCRIPT = """
import sys
from kg.ingest import load_corpus
from kg.builder.runner import map_extract
docs = load_corpus(sys.argv[1])[:4]
print(len(list(map_extract(docs, jobs=1, progress=True))))
"""


def _stderr_on_a_terminal(cmd: list[str]) -> tuple[int, str]:
    """Run CMD with stderr on a pseudo-terminal: (exit code, what it showed there)."""
    master, slave = pty.openpty()
    env = dict(os.environ, COLUMNS="120", TERM="xterm")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(tmp_path):
    cmd = [sys.executable, "-c", PROGRESS_SCRIPT, str(CORPUS)]
    # stderr is a pipe: no bar
    piped = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.strip() == "4"
    assert "docs" not in piped.stderr
    # stderr is a terminal: documents, characters/s and ETA are shown
    code, shown = _stderr_on_a_terminal(cmd)
    assert code == 0
    assert "4/4 docs" in shown
    assert "chars/s" in shown
    assert "ETA" in shown


def test_kg_build_shows_files_documents_rate_and_eta_on_a_terminal(tmp_path):
    code, shown = _stderr_on_a_terminal([sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(tmp_path / "o")])
    assert code == 0, shown
    assert "5/5 files, 55 docs" in shown
    assert "chars/s" in shown and "ETA" in shown
    quiet = subprocess.run([sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(tmp_path / "o"), "-q"],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_extraction_to_dict_is_asdict_and_round_trips(serial):
    # the cache and the worker results rely on this plain-data form
    for ex in serial:
        data = ex.to_dict()
        assert data == dataclasses.asdict(ex)
        assert Extraction.from_dict(data) == ex
