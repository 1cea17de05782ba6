"""Hand-written Documents and Extractions for the graph tests (no extractor needed).
The sentences are written for these tests."""
from kg.model import Document, Evidence, Extraction, Mention, Relation, Sentence


def _doc(doc_id, text, **meta):
    return Document(id=doc_id, source=f"{doc_id.split('#')[0]}.txt", text=text,
                    sentences=[Sentence(0, len(text), text)], content_hash=f"hash-{doc_id}", **meta)


def _rel(doc, head, htype, rel, tail, ttype, rule="test-rule", head_text=None, tail_text=None):
    s = doc.sentences[0]
    return Relation(head=head, type=rel, tail=tail, head_text=head_text or head, tail_text=tail_text or tail,
                    head_type=htype, tail_type=ttype,
                    evidence=Evidence(doc_id=doc.id, sentence=s.text, start=s.start, end=s.end, rule=rule, confidence=0.9))


def _mentions(doc, pairs):
    out = []
    for surface, type_, label in pairs:
        i = doc.text.find(surface)
        assert i >= 0, surface
        out.append(Mention(text=surface, type=type_, label=label, start=i, end=i + len(surface)))
    return out


def sample_records():
    a = _doc("alpha", "工信部印发《测试产业发展行动方案》，提出以量子传感赋能精密制造业。",
             title="量子传感观察", authors=["林一"], publication="测试日报", date="2025-03-01")
    b = _doc("beta#01", "量子传感赋能精密制造业，也应用于海洋监测产业。林一系北辰大学研究员。",
             title="海洋与量子", authors=["林一"], date="2025-04")
    c = _doc("beta#02", "林一在第一届未来传感大会上表示，大会在青州举行。", title="大会侧记")
    ea = Extraction(doc_id=a.id, mentions=_mentions(a, [
        ("工信部", "Institution", "工业和信息化部"), ("《测试产业发展行动方案》", "Policy", "《测试产业发展行动方案》"),
        ("量子传感", "Technology", "量子传感"), ("精密制造业", "Industry", "精密制造业")]),
        relations=[_rel(a, "《测试产业发展行动方案》", "Policy", "issuedBy", "工业和信息化部", "Institution", tail_text="工信部"),
                   _rel(a, "《测试产业发展行动方案》", "Policy", "prioritizes", "量子传感", "Technology"),
                   _rel(a, "量子传感", "Technology", "enables", "精密制造业", "Industry", rule="enable-cue")],
        aliases={"工业和信息化部": ["工信部"]})
    eb = Extraction(doc_id=b.id, mentions=_mentions(b, [
        ("量子传感", "Technology", "量子传感"), ("精密制造业", "Industry", "精密制造业"),
        ("海洋监测产业", "Industry", "海洋监测产业"), ("林一", "Person", "林一"), ("北辰大学", "Institution", "北辰大学")]),
        relations=[_rel(b, "量子传感", "Technology", "enables", "精密制造业", "Industry", rule="enable-cue"),
                   _rel(b, "量子传感", "Technology", "appliedIn", "海洋监测产业", "Industry"),
                   _rel(b, "林一", "Person", "affiliatedWith", "北辰大学", "Institution"),
                   # outside the ontology's domain: must be dropped
                   _rel(b, "林一", "Person", "enables", "精密制造业", "Industry")])
    ec = Extraction(doc_id=c.id, mentions=_mentions(c, [
        ("林一", "Person", "林一"), ("第一届未来传感大会", "Event", "第一届未来传感大会"), ("青州", "Region", "青州")]),
        relations=[_rel(c, "林一", "Person", "spokeAt", "第一届未来传感大会", "Event"),
                   _rel(c, "第一届未来传感大会", "Event", "locatedIn", "青州", "Region")])
    return [a, b, c], [ea, eb, ec]


def sample_graph_input():
    """(documents, extractions, entities) for build_rdf: sample_records resolved corpus-wide."""
    from kg.extract import resolve

    docs, exs = sample_records()
    return (docs, *resolve(exs))
