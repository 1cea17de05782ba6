"""Relation rules, round 13: what carries across sentences — a policy's short
title (《意见》) takes over its full title's issuer.

Every sentence here was written for these tests. Tests of the relation rules
alone give the mentions; the end-to-end ones run the whole extractor."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.core import extract_text
from kg.extract.relations import extract_relations, load_relation_patterns
from kg.model import Mention
from kg.resources import ONTOLOGY_DIR
from support.relations import of_type, sentences

FULL = "《某省关于加快氢能装备产业发展的意见》"


def _mentions(text: str, spec: list[tuple[str, str, str]]) -> list[Mention]:
    """(surface, type, label) for every occurrence of each surface, in order."""
    out = []
    for surface, etype, label in spec:
        start = text.find(surface)
        while start >= 0:
            out.append(Mention(surface, etype, label, start, start + len(surface)))
            start = text.find(surface, start + len(surface))
    return sorted(out, key=lambda m: m.start)


def _run(text: str, spec, **kw) -> set:
    rels = extract_relations(text, sentences(text), _mentions(text, spec), "doc", **kw)
    return {(r.head_text, r.type, r.tail_text) for r in rels}


# --- a short title is issued by whoever issued its full title ------------------------------

def test_a_short_title_in_the_next_sentence_takes_the_issuer_of_its_full_title():
    text = f"某省发展改革委、某省能源局联合印发{FULL}，提出发展电解槽和储氢瓶。《意见》要求，到2030年建成加氢网络。"
    spec = [("某省发展改革委", "Institution", "某省发展改革委"), ("某省能源局", "Institution", "某省能源局"),
            (FULL, "Policy", FULL), ("《意见》", "Policy", FULL)]
    got = of_type(_run(text, spec), "issuedBy")
    assert got == {(FULL, "issuedBy", "某省发展改革委"), (FULL, "issuedBy", "某省能源局"),
                   ("《意见》", "issuedBy", "某省发展改革委"), ("《意见》", "issuedBy", "某省能源局")}


def test_a_short_title_of_another_document_takes_no_issuer():
    text = f"某省能源局印发{FULL}。《方案》要求，到2030年建成加氢网络。"
    other = "《某市氢能示范应用实施方案》"
    spec = [("某省能源局", "Institution", "某省能源局"), (FULL, "Policy", FULL), ("《方案》", "Policy", other)]
    assert of_type(_run(text, spec), "issuedBy") == {(FULL, "issuedBy", "某省能源局")}


def test_a_short_title_written_before_its_full_title_takes_no_issuer():
    text = f"《意见》是一份重要文件。某省能源局印发{FULL}，提出发展电解槽。"
    spec = [("某省能源局", "Institution", "某省能源局"), (FULL, "Policy", FULL), ("《意见》", "Policy", FULL)]
    assert of_type(_run(text, spec), "issuedBy") == {(FULL, "issuedBy", "某省能源局")}


def test_without_alias_relations_a_short_title_takes_no_issuer(tmp_path):
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    data["titles"]["alias_relations"] = []
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = f"某省能源局印发{FULL}，提出发展电解槽。《意见》要求，到2030年建成加氢网络。"
    spec = [("某省能源局", "Institution", "某省能源局"), (FULL, "Policy", FULL), ("《意见》", "Policy", FULL)]
    got = of_type(_run(text, spec, patterns=load_relation_patterns(p)), "issuedBy")
    assert got == {(FULL, "issuedBy", "某省能源局")}


@pytest.mark.parametrize("value", [["enables"], "issuedBy"])
def test_alias_relations_must_list_relation_types_a_policy_can_head(tmp_path, value):
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    data["titles"]["alias_relations"] = value
    p = tmp_path / "relations.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="alias_relations"):
        load_relation_patterns(p)


def test_end_to_end_a_dated_full_title_lends_its_issuer_to_its_short_title():
    text = "国家能源局印发《氢能装备产业发展规划（2024—2030年）》，提出发展电解槽和储氢装备。《规划》要求，到2030年建成一批示范项目。"
    ex = extract_text(text, "doc")
    got = {(r.head_text, r.type, r.tail_text) for r in ex.relations if r.type == "issuedBy"}
    assert ("《规划》", "issuedBy", "国家能源局") in got
