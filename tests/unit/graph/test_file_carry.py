"""Document-level carry within one file: a policy short title (《方案》) that an
article writes without defining it is the full title another article of the
same file defines it as, when the file defines it as one title only; across
files it stays local.  Made-up sentences."""
from kg.extract import extract_text, resolve, resolve_summaries
from kg.extract.resolve import file_of

DEFINES_A = "省政府办公厅印发《关于加快发展低空经济的实施方案》（以下简称《方案》）。"
DEFINES_B = "市里出台《关于推动氢能产业发展的实施方案》，《方案》明确了目标。"
USES = "《方案》提出，大力发展低空经济和氢能。"
FULL_A = "《关于加快发展低空经济的实施方案》"
FULL_B = "《关于推动氢能产业发展的实施方案》"


def build(*docs):
    """docs: (doc id, text) -> resolved summaries by doc id and entity labels."""
    out, entities = resolve_summaries([extract_text(text, doc_id).summary() for doc_id, text in docs])
    return {s.doc_id: s for s in out}, {e.label: e for e in entities}


def policies(summary):
    return {label for (_, etype, label) in summary.mentions if etype == "Policy"}


def test_file_of():
    assert file_of("004_ab#03") == file_of("004_ab#31") == "004_ab"
    assert file_of("002_cd") == "002_cd"


def test_a_short_title_is_carried_to_the_other_articles_of_its_file():
    by_doc, entities = build(("f#01", DEFINES_A), ("f#02", USES))
    assert policies(by_doc["f#02"]) == {FULL_A}
    assert "《方案》" not in entities and "《方案》" in entities[FULL_A].aliases
    assert entities[FULL_A].doc_ids == ["f#01", "f#02"]
    # its relations follow it
    assert {(r.head, r.type, r.tail) for r in by_doc["f#02"].relations} >= {
        (FULL_A, "prioritizes", "低空经济"), (FULL_A, "prioritizes", "氢能")}


def test_an_earlier_article_may_use_what_a_later_one_defines():
    by_doc, _ = build(("f#01", USES), ("f#02", DEFINES_A))
    assert policies(by_doc["f#01"]) == {FULL_A}


def test_not_across_files():
    by_doc, entities = build(("f#01", DEFINES_A), ("g#01", USES), ("h", USES))
    assert policies(by_doc["g#01"]) == policies(by_doc["h"]) == {"《方案》"}
    assert "《方案》" in entities


def test_not_when_the_file_defines_the_short_title_twice():
    by_doc, entities = build(("f#01", DEFINES_A), ("f#02", USES), ("f#03", DEFINES_B))
    assert policies(by_doc["f#02"]) == {"《方案》"}
    # each defining article keeps its own reading
    assert policies(by_doc["f#01"]) == {FULL_A} and policies(by_doc["f#03"]) == {FULL_B}
    assert "《方案》" in entities


def test_not_when_the_article_itself_names_another_title_for_it():
    # f#02 writes 《方案》 before its own full title: the file gives two readings
    by_doc, _ = build(("f#01", DEFINES_A), ("f#02", "《方案》很重要。" + DEFINES_B))
    assert FULL_A not in policies(by_doc["f#02"]) and "《方案》" in policies(by_doc["f#02"])


def test_resolve_relabels_the_mentions_of_full_extractions():
    out, _ = resolve([extract_text(DEFINES_A, "f#01"), extract_text(USES, "f#02")])
    (m,) = [m for m in out[1].mentions if m.type == "Policy"]
    assert (m.text, m.label) == ("《方案》", FULL_A)


def test_a_bare_event_name_is_the_one_edition_its_document_names():
    text = "第三届长江智能制造大会在武汉开幕。在长江智能制造大会上，多家企业发布了工业机器人。"
    by_doc, entities = build(("n1", text), ("n2", "长江智能制造大会已经举办多年。"))
    events = {label for (_, etype, label) in by_doc["n1"].mentions if etype == "Event"}
    assert events == {"第三届长江智能制造大会"}
    assert "长江智能制造大会" in entities["第三届长江智能制造大会"].aliases
    # another document's bare name is not that edition
    assert {label for (_, etype, label) in by_doc["n2"].mentions if etype == "Event"} == {"长江智能制造大会"}
    # a year is an edition too
    by_doc, _ = build(("n3", "2025长江智能制造大会在武汉举行。长江智能制造大会聚焦工业机器人。"))
    assert {label for (_, etype, label) in by_doc["n3"].mentions if etype == "Event"} == {"2025长江智能制造大会"}


def test_not_when_the_document_names_two_editions():
    text = "第三届长江智能制造大会在武汉开幕，第二届长江智能制造大会在宜昌举行。长江智能制造大会已经举办多年。"
    by_doc, _ = build(("n1", text))
    events = {label for (_, etype, label) in by_doc["n1"].mentions if etype == "Event"}
    assert "长江智能制造大会" in events


def test_event_editions_is_validated_on_load(tmp_path):
    import pytest

    from kg.errors import KgError
    from kg.extract.resolve import identity_rules

    bad = tmp_path / "resolution.json"
    bad.write_text('{"event_editions": "^(首届"}', encoding="utf-8")
    with pytest.raises(KgError, match="event_editions"):
        identity_rules(str(bad))
    bad.write_text('{"event_editions": ["首届"]}', encoding="utf-8")
    with pytest.raises(KgError, match="event_editions"):
        identity_rules(str(bad))
