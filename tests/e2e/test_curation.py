"""The curation loop: `kg audit` finds planted problems, a curation file fixes
them on rebuild, and nothing is re-extracted."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import InputError
from kg.graph import ontology as ont
from kg.graph.curation import Decision, apply_curation, read_curation
from kg.query.audit import one_numeral_apart
from kg.model import Entity, Evidence, ExtractionSummary, Relation
from support import REPO
from support.cli import run_kg

KG = [sys.executable, "-m", "kg"]

# planted: a duplicate (人工智能技术 ~ 人工智能), a type conflict (新华网: an
# Institution in the lexicon and the text, the Publication of the source
# line), a wrong relation (量子计算 enables 金融业) and an entity to drop
CORPUS = {
    "a.txt": "人工智能赋能制造业\n来源：新华网\n\n新华网报道，人工智能技术赋能制造业。人工智能推动医疗健康产业发展。\n",
    "b.txt": "量子计算与金融\n\n量子计算赋能金融业。人工智能推动医疗健康产业发展，区块链应用于物流业。\n",
}


def run(*args):
    return subprocess.run(KG + [str(a) for a in args], capture_output=True, text=True, timeout=300)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- the file format


def test_read_curation_positional_and_with_header(tmp_path):
    p = write(tmp_path / "c.tsv", "# decisions\n\nmerge\tA\tB\t\twhy\ntype\tX\tIndustry\ndrop\tY\n"
                                  "drop-relation\tH\tT\tenables\nalias\tX\tx2\n")
    got = read_curation(p)
    assert [(d.action, d.subject, d.object, d.relation, d.line) for d in got] == [
        ("merge", "A", "B", "", 3), ("type", "X", "Industry", "", 4), ("drop", "Y", "", "", 5),
        ("drop-relation", "H", "T", "enables", 6), ("alias", "X", "x2", "", 7)]
    # an audit TSV: named columns in its order, extra columns ignored, empty action skipped
    p = write(tmp_path / "audit.tsv", "action\tsubject\tobject\trelation\tnote\tkind\tscore\n"
                                      "merge\tA\tB\t\tsame\tduplicate\t0.8\n\tC\t\t\tisolated\tisolated\t0.4\n")
    assert [(d.action, d.subject, d.object) for d in read_curation(p)] == [("merge", "A", "B")]


@pytest.mark.parametrize("text,message", [
    ("merge\tA\tB\nmrege\tA\tB\n", ":2: unknown action 'mrege'"),
    ("# c\nmerge\tA\n", ":2: merge needs the object column"),
    ("type\tX\tWidget\n", ":1: unknown entity type 'Widget'"),
    ("drop-relation\tA\tB\tloves\n", ":1: unknown relation 'loves'"),
    ("drop\tA\t\t\tnote\textra\n", ":1: 6 columns"),
    ("merge\tA\tA\n", ":1: merge of 'A' into itself"),
])
def test_bad_lines_name_the_file_and_line(tmp_path, text, message):
    p = write(tmp_path / "curation.tsv", text)
    with pytest.raises(InputError) as e:
        read_curation(p)
    assert str(e.value).startswith(str(p)) and message in str(e.value) and "\n" not in str(e.value)


def test_apply_curation_on_records():
    ev = Evidence("a", "s", 0, 1, "r", 0.9)
    summaries = [ExtractionSummary("a", {("甲技术", "Technology", "甲技术"): 2, ("甲", "Technology", "甲"): 3,
                                         ("乙", "Industry", "乙"): 1, ("丙", "Industry", "丙"): 1},
                                   [Relation("甲技术", "enables", "乙", "甲技术", "乙", "Technology", "Industry", ev),
                                    Relation("甲", "enables", "丙", "甲", "丙", "Technology", "Industry", ev),
                                    Relation("甲", "appliedIn", "丙", "甲", "丙", "Technology", "Industry", ev)])]
    entities = [Entity("甲技术", "Technology", [], ["a"], 2), Entity("甲", "Technology", [], ["a"], 3),
                Entity("乙", "Industry", ["乙乙"], ["a"], 1), Entity("丙", "Industry", [], ["a"], 1, ["Technology"])]
    decisions = [Decision("merge", "甲技术", "甲", line=1), Decision("type", "丙", "Technology", line=2),
                 Decision("drop-relation", "甲", "丙", "enables", line=3), Decision("alias", "甲", "A", line=4),
                 Decision("drop", "乙乙", line=5), Decision("drop", "不存在", line=6),
                 Decision("alias", "A", "甲甲", line=7)]  # named by the alias line 4 gave it
    out, ents, report = apply_curation(decisions, summaries, entities)
    by_label = {e.label: e for e in ents}
    assert set(by_label) == {"甲", "丙"}  # 甲技术 merged, 乙 dropped (named by its alias)
    assert by_label["甲"].aliases == ["A", "甲技术", "甲甲"] and by_label["甲"].mentions == 5
    assert (by_label["丙"].type, by_label["丙"].other_types) == ("Technology", [])
    assert [(r.head, r.type, r.tail, r.tail_type) for r in out[0].relations] == [("甲", "appliedIn", "丙", "Technology")]
    assert ("甲技术", "Technology", "甲") in out[0].mentions and ("乙", "Industry", "乙") not in out[0].mentions
    assert (report.applied, report.skipped) == (6, ["6: no entity '不存在'"])
    assert entities[0].label == "甲技术" and summaries[0].relations[0].head == "甲技术"  # inputs untouched


# ---------------------------------------------------------------- the loop, end to end


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("curation")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in CORPUS.items():
        write(corpus / name, text)
    out = root / "out"
    report = kg.build(corpus, out=out, jobs=1, progress=False)
    assert report["curation"] is None and report["extracted"] == 2
    return corpus, out


def finding(items, kind, subject, obj=None):
    hits = [i for i in items if i["kind"] == kind and i["subject"] == subject and (obj is None or i["object"] == obj)]
    assert hits, f"no {kind} finding for {subject} {obj or ''}"
    return hits[0]


@pytest.mark.slow
def test_audit_lists_the_planted_problems_and_curation_fixes_them_without_extracting(built, tmp_path):
    corpus, out = built
    g = kg.Graph.open(out)
    items = g.audit()
    assert [i["rank"] for i in items] == list(range(1, len(items) + 1))
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)
    dup = finding(items, "duplicate", "人工智能技术", "人工智能")
    assert dup["action"] == "merge" and "containment" in dup["note"]
    conflict = finding(items, "type-conflict", "新华网")
    assert conflict["subject_type"] == "Institution" and "Publication" in conflict["note"]
    wrong = finding(items, "weak-relation", "量子计算", "金融业")
    assert (wrong["action"], wrong["relation"]) == ("drop-relation", "enables")

    cache = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in (out / "cache").iterdir()}
    assert len(cache) == 2
    write(corpus / "curation.tsv", "\n".join([
        "# action\tsubject\tobject\trelation\tnote",
        "merge\t人工智能技术\t人工智能\t\tsame thing",
        "type\t新华网\tPublication",
        "drop-relation\t量子计算\t金融业\tenables\twrong reading",
        "drop\t物流业",
        "alias\t量子计算\t量子运算",
    ]) + "\n")
    report = kg.build(corpus, out=out, jobs=1, progress=False)
    assert report["extracted"] == 0 and report["cached"] == 2
    assert report["curation"]["applied"] == 5 and report["curation"]["skipped"] == []
    # the cache is untouched: same files, same bytes, not even rewritten
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in (out / "cache").iterdir()} == cache

    g = kg.Graph.open(out)
    G = g.to_networkx()
    labels = {d["label"]: (n, d) for n, d in G.nodes(data=True)}
    assert "人工智能技术" not in labels and "人工智能技术" in labels["人工智能"][1]["aliases"]
    assert labels["新华网"][1]["type"] == "Publication" and labels["新华网"][1]["other_types"] == []
    assert "物流业" not in labels
    ai = labels["人工智能"][0]
    assert G.has_edge(ai, ont.entity_iri("Industry", "制造业"), key="enables")  # 人工智能技术's relation moved over
    assert not G.has_edge(labels["量子计算"][0], labels["金融业"][0])
    assert g.lookup("量子运算")["label"] == "量子计算"
    assert g.lookup("人工智能技术")["label"] == "人工智能"
    # the audit no longer lists what was decided
    after = g.audit()
    assert not [i for i in after if i["kind"] == "type-conflict" and i["subject"] == "新华网"]
    assert not [i for i in after if i["subject"] == "人工智能技术"]

    # without the file, the next build is the uncurated graph again, still from the cache
    (corpus / "curation.tsv").unlink()
    report = kg.build(corpus, out=out, jobs=1, progress=False)
    assert report["extracted"] == 0 and report["curation"] is None
    assert kg.Graph.open(out).lookup("人工智能技术")["label"] == "人工智能技术"


@pytest.mark.slow
def test_cli_audit_writes_an_editable_tsv_and_build_takes_it(built, tmp_path):
    corpus, out = built
    tsv = tmp_path / "audit.tsv"
    r = run("audit", "--graph", out, "--out", tsv)
    assert r.returncode == 0, r.stderr
    assert "duplicate" in r.stdout and "人工智能技术" in r.stdout
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["action", "subject", "object", "relation", "note", "kind", "score"]
    assert all(len(line.split("\t")) == 7 for line in lines)
    r = run("audit", "--graph", out, "--json", "--top", "2")
    assert [i["rank"] for i in json.loads(r.stdout)] == [1, 2]
    # the analyst keeps one row (the duplicate) and builds with it
    keep = [line for line in lines[1:] if line.startswith("merge\t人工智能技术\t人工智能\t")]
    curation = write(tmp_path / "mine.tsv", "\n".join([lines[0], *keep]) + "\n")
    r = run("build", corpus, "--out", out, "-q", "--curation", curation)
    assert r.returncode == 0, r.stderr
    assert "人工智能技术" in kg.Graph.open(out).lookup("人工智能")["aliases"]


def test_cli_bad_curation_file_is_one_line_exit_2_and_keeps_the_graph(built, tmp_path):
    corpus, out = built
    before = (out / "kg.ttl").read_bytes()
    bad = write(tmp_path / "bad.tsv", "merge\tA\tB\nfly\tX\n")
    r = run_kg("build", corpus, "--out", out, "-q", "--curation", bad)  # in-process: fails before extracting
    assert r.returncode == 2
    assert r.stderr.strip() == f"error: {bad}:2: unknown action 'fly' (use merge, type, drop, drop-relation, alias)"
    r = run_kg("build", corpus, "--out", out, "-q", "--curation", tmp_path / "missing.tsv")
    assert r.returncode == 2 and "curation file not found" in r.stderr
    assert (out / "kg.ttl").read_bytes() == before


def test_the_readme_example_is_a_valid_curation_file(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split("```tsv\n", 1)[1].split("```", 1)[0]
    got = read_curation(write(tmp_path / "curation.tsv", example))
    assert [d.action for d in got] == ["merge", "type", "drop", "drop-relation", "alias"]
    assert got[3].relation == "prioritizes" and got[2].note == "not a named institution"


def test_labels_one_numeral_apart_are_not_duplicates():
    assert one_numeral_apart("“十三五”规划纲要", "“十五五”规划纲要") and one_numeral_apart("5G 通信", "6G 通信")
    assert one_numeral_apart("第二十次集体学习", "第二十四次集体学习") and one_numeral_apart("第二十四次集体学习", "第二十次集体学习")
    assert not one_numeral_apart("人工智能模型", "人工智能大模型") and not one_numeral_apart("量子计算", "量子云计算")
