"""Fuzzing the inputs users hand kg: random and mutated files through the
readers (`kg docs` over one folder of them), and bad JSONL through
`kg extract` and `kg eval`.  Fixed seed: the same inputs every run.

What must hold: no traceback ever; a refused input is one line on stderr
(`warning: skipped FILE: reason` for a corpus file, `error: …` and a non-zero
exit for a JSONL file); the usable files around the bad ones are still read."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

KG = [sys.executable, "-m", "kg"]
SEED = 20260514
N_FILES = 220
TEXT = ("# 关于推动未来产业创新发展的实施意见\n\n林一\n\n工业和信息化部等七部门印发《关于推动未来产业创新发展的实施意见》。"
        "人工智能赋能制造业，量子计算推动金融业变革。北京市、上海市加快布局人形机器人产业。\n")
SUFFIXES = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"]


def _pdf_bytes() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 12)
    for n, line in enumerate(TEXT.splitlines()):
        c.drawString(60, 790 - 18 * n, line[:40])
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    for line in TEXT.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html_bytes(encoding: str = "utf-8") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in TEXT.splitlines() if line)
    return f'<html><head><meta charset="{encoding}"><title>意见</title></head><body>{body}</body></html>'.encode(encoding)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    """DATA damaged one of several ways."""
    how = rng.randrange(6)
    b = bytearray(data)
    if how == 0 and b:  # truncated
        return bytes(b[: rng.randrange(len(b))])
    if how == 1 and b:  # bytes flipped
        for _ in range(rng.randint(1, 40)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if how == 2:  # random bytes inserted
        at = rng.randrange(len(b) + 1)
        return bytes(b[:at]) + rng.randbytes(rng.randint(1, 2000)) + bytes(b[at:])
    if how == 3:  # NULs and control characters
        return bytes(b).replace(b"\xe3", b"\x00\x01", rng.randint(1, 20))
    if how == 4:  # doubled
        return bytes(b) * 2
    return bytes(b[len(b) // 2:])  # the second half only


def _random_file(rng: random.Random, seeds: dict[str, bytes]) -> tuple[str, bytes]:
    """(suffix, content) of one fuzzed corpus file."""
    kind = rng.randrange(10)
    suffix = rng.choice(SUFFIXES)
    if kind == 0:  # random bytes
        return suffix, rng.randbytes(rng.randint(0, 5000))
    if kind == 1:  # text in an encoding kg does not read, or a wrong declared one
        enc = rng.choice(["big5", "shift_jis", "euc_kr", "utf-32", "cp1252"])
        return rng.choice([".txt", ".md", ".html"]), TEXT.encode(enc, errors="replace")
    if kind == 2:  # one huge line (no line breaks), ~1-3 MB
        return ".txt", ("人工智能赋能制造业" * rng.randint(40_000, 110_000)).encode("utf-8")
    if kind == 3:  # deep nesting
        depth = rng.randint(1_000, 50_000)
        return rng.choice([".html", ".htm"]), ("<div>" * depth + "未来产业" + "</div>" * depth).encode()
    if kind == 4:  # a zip that is not a docx, or a docx missing its document
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(rng.choice(["word/other.xml", "word/document.xml", "x"]), rng.randbytes(200))
        return ".docx", buf.getvalue()
    if kind == 5:  # whitespace, BOM only, empty
        return rng.choice([".txt", ".md"]), rng.choice([b"", b"\xef\xbb\xbf", b" \n\t\r\n" * 50, b"\xff\xfe"])
    base = rng.choice(list(seeds))  # a valid file, damaged
    return base, _mutate(rng, seeds[base])


def test_kg_docs_over_a_folder_of_fuzzed_files(tmp_path):
    rng = random.Random(SEED)
    seeds = {".txt": TEXT.encode("utf-8"), ".md": TEXT.encode("gb18030"), ".html": _html_bytes("gb18030"),
             ".htm": _html_bytes(), ".pdf": _pdf_bytes(), ".docx": _docx_bytes()}
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = []
    for suffix, data in seeds.items():  # the usable files, between the bad ones
        name = f"good{suffix.replace('.', '_')}{suffix}"
        (corpus / name).write_bytes(data)
        good.append(name)
    for n in range(N_FILES):
        suffix, data = _random_file(rng, seeds)
        (corpus / f"fuzz{n:03d}{suffix}").write_bytes(data)
    res = subprocess.run(KG + ["docs", str(corpus), "--json"], capture_output=True, text=True, timeout=600)
    assert "Traceback" not in res.stderr, res.stderr[-3000:]
    assert res.returncode == 0, res.stderr[-3000:]
    for line in res.stderr.splitlines():
        assert line.startswith("warning: skipped fuzz") and len(line) < 400, line
    sources = {d["source"] for d in json.loads(res.stdout)}
    assert set(good) <= sources
    assert len(sources) + len(res.stderr.splitlines()) == N_FILES + len(good)  # each file read or reported
    strict = subprocess.run(KG + ["docs", str(corpus), "--strict"], capture_output=True, text=True, timeout=600)
    assert strict.returncode == 2 and len(strict.stderr.splitlines()) == 1, strict.stderr[-2000:]
    assert strict.stderr.startswith("error: ") and "Traceback" not in strict.stderr


# --------------------------------------------------------------------------- JSONL

GOOD_RECORD = {"id": "p1", "text": "工信部印发《关于推动未来产业创新发展的实施意见》，人工智能赋能制造业。",
               "entities": [{"text": "人工智能", "type": "Technology"}, {"text": "制造业", "type": "Industry"}],
               "relations": [{"head": "人工智能", "type": "enables", "tail": "制造业"}]}


def _bad_lines(rng: random.Random, n: int) -> list[str]:
    """N JSONL lines of bad shapes (for kg extract: no usable "text"; for
    kg eval also bad gold)."""
    shapes = [
        lambda: "[" * rng.randint(5_000, 200_000) + "]" * rng.randint(0, 10),  # deep nesting
        lambda: json.dumps(rng.choice([[1], "text", 3, None, True, [GOOD_RECORD]])),
        lambda: json.dumps({"id": "x", "text": rng.choice([1, None, ["a"], {"t": "x"}])}),
        lambda: json.dumps(GOOD_RECORD, ensure_ascii=False)[: rng.randint(1, 60)],  # truncated
        lambda: rng.randbytes(rng.randint(1, 300)).decode("latin-1").replace("\n", " "),
        lambda: '{"id": "x", "text": "' + "\\ud800" * rng.randint(1, 5) + '"',  # broken escapes
        lambda: json.dumps({"id": "y"}),
    ]
    return [rng.choice(shapes)() for _ in range(n)]


def _bad_gold(rng: random.Random, n: int) -> list[str]:
    def rec(**change):
        r = json.loads(json.dumps(GOOD_RECORD))
        r.update(change)
        return json.dumps(r, ensure_ascii=False)

    shapes = [
        lambda: rec(entities=rng.choice([{"a": 1}, "x", [1], [{"text": 1, "type": "Technology"}], [{"type": "X", "text": "y"}]])),
        lambda: rec(relations=rng.choice([{"a": 1}, [["a", "b"]], [{"head": "a", "type": "nope", "tail": "b"}], [{"head": "a"}]])),
        lambda: rec(id=rng.choice([None, [1], {"a": 1}, True])),
        lambda: rec(id="p1"),  # a duplicate of the good record
    ]
    return [rng.choice(shapes)() for _ in range(n)] + _bad_lines(rng, n // 2)


CHECK_MANY = """
import json, sys, traceback
from kg import api
from kg.errors import KgError

command, folder = sys.argv[1], sys.argv[2]
refused = 0
for path in sorted(__import__("pathlib").Path(folder).glob("*.jsonl")):
    try:
        (api.extract if command == "extract" else api.evaluate)(str(path), **({"output": None} if command == "extract" else {}))
    except KgError as e:
        message = str(e)
        assert "\\n" not in message and len(message) < 500, (path.name, message[:600])
        assert message.startswith(str(path)), (path.name, message[:200])
        refused += 1
    except BaseException:
        print(path.name, traceback.format_exc(limit=3), file=sys.stderr)
        sys.exit(3)
print(refused)
"""


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_bad_jsonl_is_refused_with_one_line(tmp_path, command):
    rng = random.Random(SEED + len(command))
    good = json.dumps(GOOD_RECORD, ensure_ascii=False)
    bad = _bad_lines(rng, 100) if command == "extract" else _bad_gold(rng, 80)
    folder = tmp_path / "inputs"
    folder.mkdir()
    for n, line in enumerate(bad):  # each bad line after a good one: the error names line 2
        (folder / f"{n:03d}.jsonl").write_text(good + "\n" + line + "\n", encoding="utf-8", errors="surrogatepass")
    # many inputs in one process, through the API the commands call
    res = subprocess.run([sys.executable, "-c", CHECK_MANY, command if command == "extract" else "eval", str(folder)],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    assert int(res.stdout) == len(bad)  # every file refused, none accepted or crashing
    # and a few through the command itself
    for path in sorted(folder.glob("*.jsonl"))[:: len(bad) // 6]:
        r = subprocess.run(KG + [command, str(path)], capture_output=True, text=True, timeout=300)
        assert r.returncode == 2, (path.name, r.stderr[-1000:])
        lines = r.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}: line 2"), (path.name, r.stderr[-1000:])
        assert "Traceback" not in r.stderr
