"""Joint issuers (联合发文网络): the shipped query, Graph.joint_issuers(),
`kg issuers` and `kg export issuers`."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import networkx as nx
import pytest

from kg.api import Graph, build

from support import REPO as ROOT
from support.cli import run_kg

QUERY = ROOT / "ontology" / "queries" / "joint_issuers.rq"
MIIT, MOST, MOE = "工业和信息化部", "科学技术部", "教育部"
FUTURE = "《关于推动未来产业创新发展的实施意见》"
AI_PLAN = "《人工智能赋能新型工业化行动方案》"


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


def pairs_of(result: dict) -> dict[frozenset, tuple[int, list[str]]]:
    return {frozenset((p["a"], p["b"])): (p["policies"], p["titles"]) for p in result["pairs"]}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "a.md").write_text(
        f"# 未来产业\n\n近日，{MIIT}、{MOST}等七部门联合印发{FUTURE}。\n\n"
        f"{MIIT}、{MOST}、{MOE}联合印发{AI_PLAN}。\n\n{MOE}印发《教育数字化行动计划》。\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build(corpus, out=out, jobs=1, progress=False)
    return out


def test_pairs_weighted_by_joint_policies(small):
    result = Graph.open(small).joint_issuers()
    assert pairs_of(result) == {
        frozenset((MIIT, MOST)): (2, sorted([FUTURE, AI_PLAN])),
        frozenset((MIIT, MOE)): (1, [AI_PLAN]),
        frozenset((MOE, MOST)): (1, [AI_PLAN]),
    }
    assert result["pairs"][0]["policies"] == 2  # most joint policies first
    top = result["institutions"][0]
    assert top["joint_policies"] == 2 and top["partners"] == 2 and top["label"] in (MIIT, MOST)
    # a policy issued by one institution alone makes no pair
    assert not any("教育数字化" in t for p in result["pairs"] for t in p["titles"])
    assert pairs_of(Graph.open(small).joint_issuers(min_policies=2)) == {frozenset((MIIT, MOST)): (2, sorted([FUTURE, AI_PLAN]))}


def test_shipped_query_runs_in_kg_sparql(small):
    out = run_kg("sparql", "-f", QUERY, "--format", "csv", "-g", small, cwd=ROOT)  # in-process
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {frozenset((r["institutionA"], r["institutionB"])): int(r["policies"]) for r in rows} == {
        frozenset((MIIT, MOST)): 2, frozenset((MIIT, MOE)): 1, frozenset((MOE, MOST)): 1}


@pytest.mark.slow  # runs `kg` several times: over 2 s
def test_kg_issuers_json_csv_table_and_export(small, tmp_path):
    as_json = kg("issuers", "--json", "-g", small)
    assert as_json.returncode == 0, as_json.stderr
    assert pairs_of(json.loads(as_json.stdout))[frozenset((MIIT, MOST))][0] == 2
    as_csv = kg("issuers", "--csv", "-g", small)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows[0]["policies"] == "2" and {rows[0]["institution_a"], rows[0]["institution_b"]} == {MIIT, MOST}
    table = kg("issuers", "-g", small)
    assert table.returncode == 0 and table.stdout.rstrip().endswith("3 pairs of 3 institutions")
    bad = kg("issuers", "--min-policies", "0", "-g", small)
    assert bad.returncode != 0 and bad.stderr.startswith("error: ")

    exported = kg("export", "issuers", "-g", small, "-o", tmp_path / "ji")
    assert exported.returncode == 0, exported.stderr
    lines = (tmp_path / "ji" / "vosviewer_map.txt").read_text(encoding="utf-8").splitlines()
    header, items = lines[0].split("\t"), [dict(zip(lines[0].split("\t"), x.split("\t"))) for x in lines[1:]]
    assert header[:2] == ["id", "label"] and "weight<Joint policies>" in header
    ids = {int(i["id"]): i["label"] for i in items}
    network = [x.split("\t") for x in (tmp_path / "ji" / "vosviewer_network.txt").read_text(encoding="utf-8").splitlines()]
    assert {frozenset((ids[int(a)], ids[int(b)])): int(s) for a, b, s in network}[frozenset((MIIT, MOST))] == 2
    G = nx.read_gexf(tmp_path / "ji" / "cooccurrence.gexf")
    assert G.number_of_nodes() == 3 and G.number_of_edges() == 3


@pytest.mark.slow
def test_bundled_corpus_links_miit_and_most(tmp_path):
    out = tmp_path / "out"
    assert kg("build", "corpus", "--out", out, "-q").returncode == 0
    result = Graph.open(out).joint_issuers()
    pairs = pairs_of(result)
    assert frozenset((MIIT, MOST)) in pairs
    assert FUTURE in pairs[frozenset((MIIT, MOST))][1]
    assert all(n >= 1 for n, _ in pairs.values())
