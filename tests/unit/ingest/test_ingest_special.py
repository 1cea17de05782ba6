"""Corpus folders as they come: special files, unreadable and symlinked
subfolders.  Nothing hangs, nothing is read without bound, nothing vanishes
silently; --strict turns every such warning into an error."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kg.api import build
from kg.errors import InputError
from kg.ingest import load_corpus

KG = [sys.executable, "-m", "kg"]
TEXT = "# 量子传感与制造\n\n量子传感赋能精密制造业。工业和信息化部印发《量子传感产业行动方案》。\n"


def kg(*args, timeout=60, user=None):
    cmd = KG + [str(a) for a in args]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + cmd
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def test_fifo_and_device_links_are_skipped_not_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")  # nobody writes to it: reading it blocks forever
    (corpus / "zero.txt").symlink_to("/dev/zero")  # st_size 0, endless content
    (corpus / "z.txt").write_text(TEXT.replace("量子传感", "人工智能"), encoding="utf-8")
    res = kg("docs", corpus, "--json", timeout=60)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    warnings = sorted(res.stderr.splitlines())
    assert warnings == ["warning: skipped pipe.txt: not a regular file (a FIFO)",
                        "warning: skipped zero.txt: not a regular file (a character device)"], res.stderr
    assert '"a"' in res.stdout and '"z"' in res.stdout
    report = build(corpus, tmp_path / "out", jobs=1, progress=False)
    assert report["documents"] == 2
    with pytest.raises(InputError, match="^pipe.txt: not a regular file"):
        load_corpus(corpus, strict=True)


def test_a_symlink_to_a_regular_file_is_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "elsewhere.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "linked.txt").symlink_to(tmp_path / "elsewhere.txt")
    assert [d.id for d in load_corpus(corpus)] == ["linked"]


def test_symlinked_folders_are_reported(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "b.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "linked").symlink_to(tmp_path / "other")
    warnings = []
    docs = load_corpus(corpus, warn=warnings.append)
    assert [d.id for d in docs] == ["a"]
    assert warnings == ["skipped linked/: a symbolic link to a folder (not followed; link its files or copy the folder)"]
    with pytest.raises(InputError, match="^linked/: a symbolic link to a folder"):
        load_corpus(corpus, strict=True)


def test_an_unreadable_subfolder_is_reported_and_fails_under_strict():
    # as root every folder is readable: run kg as an unprivileged user then
    user = 65534 if os.geteuid() == 0 else None
    if user is not None and not shutil.which("setpriv"):
        pytest.fail("running as root without setpriv: cannot make a folder unreadable")
    top = Path(tempfile.mkdtemp(prefix="kg-unreadable-"))
    try:
        corpus = top / "corpus"
        for sub in ("open", "closed"):
            (corpus / sub).mkdir(parents=True)
            (corpus / sub / f"{sub}.txt").write_text(TEXT, encoding="utf-8")
        for p in (top, corpus, corpus / "open", corpus / "open" / "open.txt", corpus / "closed" / "closed.txt"):
            p.chmod(0o755 if p.is_dir() else 0o644)
        (corpus / "closed").chmod(0o000)
        res = kg("docs", corpus, "--json", user=user)
        assert res.returncode == 0, res.stderr
        assert res.stderr.splitlines() == ["warning: skipped closed/: cannot read folder: permission denied"]
        assert '"open"' in res.stdout
        res = kg("docs", corpus, "--strict", user=user)
        assert res.returncode == 2
        assert res.stderr.splitlines() == ["error: closed/: cannot read folder: permission denied"]
    finally:
        (top / "corpus" / "closed").chmod(0o755)
        shutil.rmtree(top)


def test_text_after_a_colophon_is_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "0first.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "bulletin.txt").write_text(
        "# 工作简报\n\n人工智能赋能制造业，推动生产方式变革。\n\n共印：100份。量子计算推动金融业变革，这句话在共印之后。\n",
        encoding="utf-8")
    expected = ["bulletin.txt: text after the colophon '共印：100份' is not read: '量子计算推动金融业变革，这句话在共印之后。'"]
    warnings = []
    load_corpus(corpus, warn=warnings.append)
    assert warnings == expected
    warnings = []
    build(corpus, tmp_path / "out", jobs=1, progress=False, warn=warnings.append)
    assert warnings == expected
    (corpus / "bulletin.txt").write_text("# 工作简报\n\n人工智能赋能制造业。\n\n责任编辑：王五  校对：李四\n\n共印：100份\n",
                                         encoding="utf-8")
    warnings = []
    load_corpus(corpus, warn=warnings.append)
    assert warnings == []  # colophon fields alone drop nothing worth a word
