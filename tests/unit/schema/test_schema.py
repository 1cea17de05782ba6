"""kg.schema: the entity types, relation signatures, labels and palette come
from ontology/kg.ttl and nowhere else."""
import re

import pytest
import rdflib

from kg import schema
from kg.errors import KgError
from kg.export.gexf import type_color
from kg.explore.page import RELATION_STYLE, TYPE_STYLE
from kg.extract import relations
from kg.graph import ontology as ont
from kg.graph.rdf import build_rdf, ontology_triples
from kg.graph.store import write_build
from support.records import sample_graph_input

KG = rdflib.Namespace(schema.KG)


def test_types_relations_labels_and_colours_from_the_ontology():
    g = rdflib.Graph().parse(schema.ONTOLOGY_PATH, format="turtle")
    classes = {str(c)[len(schema.KG):] for c in g.subjects(rdflib.RDFS.subClassOf, KG.Entity)}
    properties = {str(p)[len(schema.KG):] for p in g.subjects(rdflib.RDFS.subPropertyOf, KG.Relation)}
    assert set(schema.ENTITY_TYPES) == classes and len(classes) == 8
    assert set(schema.RELATION_TYPES) == set(schema.SIGNATURES) == properties
    assert schema.SIGNATURES["prioritizes"] == ({"Policy", "Event"}, {"Technology", "Industry"})
    assert schema.LABELS_ZH["Technology"] == "技术" and schema.LABELS_ZH["spokeAt"] == "讲话于"
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in schema.COLOURS.values())
    assert len(set(schema.TYPE_CHAR.values())) == len(schema.ENTITY_TYPES)


def test_every_consumer_reads_the_one_schema():
    assert relations.SIGNATURES is schema.SIGNATURES and relations.TYPE_CHAR is schema.TYPE_CHAR
    assert ont.relation_schema() is schema.SIGNATURES
    for t in schema.ENTITY_TYPES:
        assert TYPE_STYLE[t] == (schema.LABELS_ZH[t], schema.COLOURS[t])
        assert "#%02x%02x%02x" % type_color(t) == schema.COLOURS[t]
    for r in schema.RELATION_TYPES:
        assert RELATION_STYLE[r] == (schema.LABELS_ZH[r], schema.COLOURS[r])


NEW_RELATION = """
kg:fundedBy a owl:ObjectProperty ; rdfs:subPropertyOf kg:Relation ;
    rdfs:label "资助方"@zh , "funded by"@en ;
    kg:colour "#123456" ;
    rdfs:domain kg:Policy ;
    rdfs:range [ a owl:Class ; owl:unionOf ( kg:Institution kg:Region ) ] .
"""


def test_a_relation_added_to_kg_ttl_is_known_everywhere(tmp_path):
    path = tmp_path / "kg.ttl"
    path.write_text(schema.ONTOLOGY_PATH.read_text(encoding="utf-8") + NEW_RELATION, encoding="utf-8")
    types, rels, _ = schema.load(path)
    assert rels["fundedBy"].domain == {"Policy"} and rels["fundedBy"].range == {"Institution", "Region"}
    assert rels["fundedBy"].zh == "资助方" and rels["fundedBy"].colour == "#123456"
    assert list(types) == list(schema.ENTITY_TYPES)


@pytest.mark.parametrize("broken,fixed,message", [
    ('kg:colour "#4e79a7" ;', 'kg:colour "blue" ;', "kg:Technology needs kg:colour"),
    ("rdfs:domain kg:Person ;\n    rdfs:range kg:Institution .", "rdfs:domain kg:Person .", "kg:affiliatedWith has no rdfs:range"),
    ('rdfs:label "技术"@zh , "Technology"@en', 'rdfs:label "Technology"@en', "kg:Technology has no rdfs:label@zh"),
    ("rdfs:domain kg:Person ;\n    rdfs:range kg:Event", "rdfs:domain kg:Person ;\n    rdfs:range kg:Meeting", "rdfs:range of kg:spokeAt names no entity type (Meeting)"),
])
def test_a_broken_ontology_is_a_one_line_error_naming_file_and_term(tmp_path, broken, fixed, message):
    text = schema.ONTOLOGY_PATH.read_text(encoding="utf-8")
    assert broken in text
    path = tmp_path / "kg.ttl"
    path.write_text(text.replace(broken, fixed, 1), encoding="utf-8")
    with pytest.raises(KgError) as e:
        schema.load(path)
    assert str(e.value).startswith(str(path)) and message in str(e.value) and "\n" not in str(e.value)


def test_shapes_reject_a_statement_whose_predicate_is_no_relation(tmp_path):
    from kg.query.validate import validate

    write_build(tmp_path, ontology_triples() + build_rdf(*sample_graph_input()).triples, {"counts": {}})
    from kg.api import Graph

    g = Graph.open(tmp_path).rdflib()
    assert validate(g)["conforms"]
    statement = next(g.subjects(rdflib.RDF.type, KG.RelationStatement))
    g.set((statement, rdflib.RDF.predicate, KG.mentions))
    report = validate(g)
    assert not report["conforms"]
    assert any(v["focus"] == str(statement) and v["path"] == str(rdflib.RDF.predicate) for v in report["violations"])


def test_ingest_cues_come_from_the_ontology_folder_and_are_checked(tmp_path):
    """ontology/cues.toml follows KG_ONTOLOGY_DIR like every data file; its keys are checked on load."""
    import os
    import shutil
    import subprocess
    import sys

    ontology = tmp_path / "ontology"
    shutil.copytree(schema.ONTOLOGY_PATH.parent, ontology)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# 标题\n\n作者：王小明\n\n人工智能赋能制造业。\n", encoding="utf-8")
    env = {**os.environ, "KG_ONTOLOGY_DIR": str(ontology)}

    def docs():
        return subprocess.run([sys.executable, "-m", "kg", "docs", str(corpus), "--json"], capture_output=True,
                              text=True, timeout=120, env=env)

    assert docs().returncode == 0
    cues = ontology / "cues.toml"
    cues.write_text(cues.read_text(encoding="utf-8") + 'surnames = "王"\n', encoding="utf-8")
    unknown = docs()
    assert unknown.returncode != 0 and unknown.stderr.strip() == (
        f"error: {cues}: unknown key 'surnames' (keys: team_byline_suffixes, speaker_honorifics, "
        "masthead_suffixes, colophon_labels, issuer_suffixes, document_title_endings, page_chrome_words, "
        "office_suffixes)")


def test_shapes_check_the_signature_of_a_relation_added_to_kg_ttl_only(tmp_path):
    """shapes.ttl names no relation type: a relation added to kg.ttl is checked against its own domain and range."""
    from kg.api import Graph
    from kg.query.validate import validate

    write_build(tmp_path, ontology_triples() + build_rdf(*sample_graph_input()).triples, {"counts": {}})
    g = Graph.open(tmp_path).rdflib()
    g.parse(data="@prefix kg: <%s> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                 "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n" % schema.KG + NEW_RELATION, format="turtle")
    ent = rdflib.Namespace("https://w3id.org/kg-policy/id/")
    policy = next(g.subjects(rdflib.RDF.type, KG.Policy))
    region, tech = next(g.subjects(rdflib.RDF.type, KG.Region)), next(g.subjects(rdflib.RDF.type, KG.Technology))
    assert str(policy).startswith(str(ent))
    g.add((policy, KG.fundedBy, region))  # inside the signature

    def signature_focus():
        return {v["focus"] for v in validate(g)["violations"] if "rdfs:domain / rdfs:range" in v["message"]}

    assert signature_focus() == set()
    g.add((region, KG.fundedBy, tech))  # head and tail outside it
    assert signature_focus() == {str(region)}


def test_a_broken_ontology_is_one_line_from_the_cli(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    ontology = tmp_path / "ontology"
    shutil.copytree(schema.ONTOLOGY_PATH.parent, ontology)
    ttl = ontology / "kg.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace('kg:colour "#4e79a7" ;', 'kg:colour "blue" ;'), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kg", "stats", "--graph", str(tmp_path)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "KG_ONTOLOGY_DIR": str(ontology)})
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr == f'error: {ttl}: kg:Technology needs kg:colour "#rrggbb"\n'
