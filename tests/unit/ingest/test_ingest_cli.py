"""Bad input through `kg docs`: one warning line per bad file, the good files
still processed; --strict makes it a one-line error.  `kg` runs in-process
(support.cli, the same entry point); a file only another user cannot read,
and one missing folder, go through a real `kg` process."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from support.cli import run_kg

KG = [sys.executable, "-m", "kg"]
GOOD = "储能产业观察\n\n新型储能产业正在加快发展，带动上下游企业协同创新。\n"


# root reads chmod-000 files; without the DAC capabilities it cannot
AS_NON_ROOT = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv")
    else []
)


def kg_docs(*args, env=None, process=False):
    """`kg docs ARGS` with KG_MAX_FILE_MB unset unless ENV sets it; PROCESS: in
    a real `kg` process, as a user without root's right to read every file."""
    if not process:
        return run_kg("docs", *args, env={"KG_MAX_FILE_MB": None, **(env or {})})
    full_env = dict(os.environ)
    full_env.pop("KG_MAX_FILE_MB", None)
    full_env.update(env or {})
    return subprocess.run(
        AS_NON_ROOT + KG + ["docs", *map(str, args)], capture_output=True, text=True, timeout=120, env=full_env
    )


def make_bad(folder, case):
    """Write one bad file of kind `case`; return (file name, expected reason fragment)."""
    if case == "empty":
        (folder / "empty.txt").write_bytes(b"")
        return "empty.txt", "empty file"
    if case == "binary":
        (folder / "blob.txt").write_bytes(bytes(range(256)) * 40)
        return "blob.txt", "binary file"
    if case == "undecodable":
        text = "新型儲能產業正在加快發展。推動鋰電池、液流電池等技術走向規模化應用。" * 5
        (folder / "big5.txt").write_bytes(text.encode("big5"))
        return "big5.txt", "cannot decode"
    if case == "unsupported":
        (folder / "notes.xyz").write_text("储能产业。", encoding="utf-8")
        return "notes.xyz", "unsupported file type '.xyz'"
    if case == "oversized":
        (folder / "huge.txt").write_text(GOOD * 2000, encoding="utf-8")  # ~150 KB > 0.1 MB
        return "huge.txt", "too large"
    if case == "dangling":
        (folder / "gone.txt").symlink_to(folder / "does-not-exist.txt")
        return "gone.txt", "cannot read"
    if case == "unreadable":
        path = folder / "secret.txt"
        path.write_text(GOOD, encoding="utf-8")
        path.chmod(0)
        return "secret.txt", "cannot read: permission denied"
    if case == "bad_pdf":
        (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage without xref\n")
        return "broken.pdf", "PDF"
    if case == "bad_docx":
        (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
        return "broken.docx", ".docx"
    raise AssertionError(case)


CASES = ["empty", "binary", "undecodable", "unsupported", "oversized", "dangling", "unreadable", "bad_pdf", "bad_docx"]
ENV = {"KG_MAX_FILE_MB": "0.1"}


ROOT_CAN_READ_ALL = hasattr(os, "geteuid") and os.geteuid() == 0 and not AS_NON_ROOT


def _skip_if_root(case):
    if case == "unreadable" and ROOT_CAN_READ_ALL:
        pytest.skip("root can read a chmod 000 file and setpriv is missing")


@pytest.mark.parametrize("case", CASES)
def test_bad_file_is_a_warning_and_the_rest_is_processed(tmp_path, case):
    _skip_if_root(case)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    name, reason = make_bad(tmp_path, case)
    out = kg_docs(tmp_path, "--json", env=ENV, process=case == "unreadable")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [(r["id"], r["title"]) for r in rows] == [("good", "储能产业观察")]
    lines = out.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"warning: skipped {name}: ") and reason in lines[0], lines[0]
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("case", CASES)
def test_strict_makes_a_bad_file_a_one_line_error(tmp_path, case):
    _skip_if_root(case)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    name, reason = make_bad(tmp_path, case)
    out = kg_docs(tmp_path, "--strict", env=ENV, process=case == "unreadable")
    assert out.returncode == 2
    lines = out.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {name}: ") and reason in lines[0], lines[0]
    assert out.stdout == ""


def test_all_bad_files_together_each_warned_once(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    expected = {}
    for case in CASES:
        if case == "unreadable" and ROOT_CAN_READ_ALL:
            continue
        name, reason = make_bad(tmp_path, case)
        expected[name] = reason
    out = kg_docs(tmp_path, "--json", env=ENV, process=True)
    assert out.returncode == 0, out.stderr
    assert [r["id"] for r in json.loads(out.stdout)] == ["good"]
    warned = {}
    for line in out.stderr.splitlines():
        assert line.startswith("warning: skipped ")
        name, why = line[len("warning: skipped "):].split(": ", 1)
        warned[name] = why
    assert set(warned) == set(expected)
    assert all(expected[n] in warned[n] for n in expected), warned


def test_size_limit_default_and_env(tmp_path):
    (tmp_path / "huge.txt").write_text(GOOD * 2000, encoding="utf-8")
    assert kg_docs(tmp_path, "--json").returncode == 0  # default limit is 50 MB
    assert "too large" in kg_docs(tmp_path, "--json", env=ENV).stderr
    bad = kg_docs(tmp_path, env={"KG_MAX_FILE_MB": "lots"})
    assert bad.returncode == 2 and bad.stderr.strip() == "error: KG_MAX_FILE_MB must be a number of megabytes, got 'lots'"


def test_missing_corpus_folder_is_one_line_error(tmp_path):
    missing = tmp_path / "nowhere"
    out = kg_docs(missing, process=True)
    assert out.returncode == 2
    assert out.stderr.strip() == f"error: corpus folder not found: {missing}"
    assert out.stdout == ""


def test_readme_license_and_dotfiles_are_not_documents(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "README.md").write_text("# 语料说明\n\n本目录收录政策文本。\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01binary")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref\n", encoding="utf-8")
    out = kg_docs(tmp_path, "--json")
    assert out.returncode == 0 and out.stderr == ""
    assert [r["id"] for r in json.loads(out.stdout)] == ["good"]
