"""One node per real thing: identity normalisation, one type per label,
lexicon aliases, occasions as Events (the bundled corpus's figures:
tests/e2e/test_bundled_identity.py)."""
from kg.extract import resolve_summaries
from kg.extract.core import extract_document
from kg.extract.lexicon import load_lexicon
from kg.extract.occasions import occasion_events
from kg.extract.resolve import event_key, identity_key
from kg.model import Document, Evidence, ExtractionSummary, Relation


def summary(doc_id, mentions, relations=()):
    """mentions: (surface, type, label, count)."""
    return ExtractionSummary(doc_id, {(s, t, l): n for s, t, l, n in mentions}, list(relations))


def rel(head, type_, tail, head_type, tail_type, doc="a"):
    return Relation(head, type_, tail, head, tail, head_type, tail_type, Evidence(doc, f"{head}{tail}", 0, 4, "r", 0.9))


def test_identity_keys():
    assert identity_key("《政府工作报告》") == identity_key("政府工作报告")
    assert identity_key("5G 网络") == identity_key("5G网络") == identity_key("５Ｇ网络")
    assert identity_key("AI 大模型") == identity_key("AI大模型")
    assert identity_key("“十四五”规划") == identity_key("十四五规划")
    assert identity_key("民政厅") != identity_key("财政厅")
    assert event_key("中共中央政治局第十一次集体学习") == event_key("中央政治局第十一次集体学习")
    assert event_key("党的二十届三中全会") == event_key("二十届三中全会")


def test_surface_variants_become_one_node_with_a_deterministic_label():
    docs = [
        summary("a", [("《政府工作报告》", "Policy", "《政府工作报告》", 1), ("5G 网络", "Technology", "5G 网络", 1),
                      ("中共中央政治局第十一次集体学习", "Event", "中共中央政治局第十一次集体学习", 1)]),
        summary("b", [("政府工作报告", "Policy", "政府工作报告", 2), ("5G网络", "Technology", "5G网络", 1),
                      ("中央政治局第十一次集体学习", "Event", "中央政治局第十一次集体学习", 1)],
                [rel("中央政治局第十一次集体学习", "prioritizes", "5G 网络", "Event", "Technology", "b")]),
    ]
    out, entities = resolve_summaries(docs)
    by_label = {e.label: e for e in entities}
    # the lexicon's label wins; then no spaces; then the fullest name
    assert set(by_label) == {"政府工作报告", "5G网络", "中共中央政治局第十一次集体学习"}
    assert by_label["政府工作报告"].aliases == ["《政府工作报告》"] and by_label["政府工作报告"].mentions == 3
    assert "5G 网络" in by_label["5G网络"].aliases
    assert by_label["中共中央政治局第十一次集体学习"].doc_ids == ["a", "b"]
    # relations follow their endpoints to the one node
    (r,) = out[1].relations
    assert (r.head, r.tail) == ("中共中央政治局第十一次集体学习", "5G网络")
    # mention tallies too
    assert ("政府工作报告", "Policy", "政府工作报告") in out[1].mentions
    assert ("《政府工作报告》", "Policy", "政府工作报告") in out[0].mentions
    # the same input in another order gives the same nodes
    _, again = resolve_summaries(docs[::-1])
    assert [(e.label, e.type, e.aliases) for e in again] == [(e.label, e.type, e.aliases) for e in entities]


def test_one_label_one_node_typed_by_lexicon_else_majority():
    docs = [
        summary("a", [("人工智能", "Industry", "人工智能", 5), ("星链芯片", "Industry", "星链芯片", 1)]),
        summary("b", [("人工智能", "Technology", "人工智能", 1), ("星链芯片", "Technology", "星链芯片", 3)],
                [rel("星链芯片", "partOf", "人工智能", "Industry", "Industry", "b")]),
    ]
    out, entities = resolve_summaries(docs)
    by_label = {e.label: e for e in entities}
    assert len(entities) == 2
    # 人工智能 is a Technology in the lexicon, whatever the majority says
    assert load_lexicon().terms["人工智能"] == ("Technology", "人工智能")
    assert (by_label["人工智能"].type, by_label["人工智能"].other_types) == ("Technology", ["Industry"])
    # not in the lexicon: the majority of mentions (3 Technology vs 1 Industry)
    assert (by_label["星链芯片"].type, by_label["星链芯片"].other_types) == ("Technology", ["Industry"])
    assert by_label["人工智能"].mentions == 6
    (r,) = out[1].relations
    assert (r.head_type, r.tail_type) == ("Technology", "Technology")


def test_type_tie_is_broken_by_type_order():
    docs = [summary("a", [("星链芯片", "Industry", "星链芯片", 2), ("星链芯片", "Technology", "星链芯片", 2)])]
    _, entities = resolve_summaries(docs)
    assert [(e.type, e.other_types) for e in entities] == [("Technology", ["Industry"])]


def test_lexicon_aliases_are_on_the_entity_even_if_the_text_never_writes_them():
    _, entities = resolve_summaries([summary("a", [("国家发展和改革委员会", "Institution", "国家发展和改革委员会", 1),
                                                   ("中国人民银行", "Institution", "中国人民银行", 1)])])
    by_label = {e.label: e for e in entities}
    assert {"发改委", "国家发展改革委", "国家发改委"} <= set(by_label["国家发展和改革委员会"].aliases)
    assert {"央行", "人民银行"} <= set(by_label["中国人民银行"].aliases)


def test_occasions_name_events_and_their_places():
    assert [(e.label, e.regions) for e in occasion_events("在中央经济工作会议上的讲话")] == [("中央经济工作会议", ())]
    assert [(e.label, e.regions) for e in occasion_events("在浙江考察时强调")] == [("浙江考察", ("浙江",))]
    assert [e.label for e in occasion_events("在全国科技大会、国家科学技术奖励大会、两院院士大会上的讲话")] == [
        "全国科技大会", "国家科学技术奖励大会", "两院院士大会"]
    assert [e.label for e in occasion_events("在参加十四届全国人大二次会议江苏代表团审议时强调")] == ["十四届全国人大二次会议"]
    visit, meeting = occasion_events("在河北雄安新区考察并主持召开深入推进雄安新区高质量建设和发展座谈会时强调")
    assert (visit.label, visit.regions) == ("河北雄安新区考察", ("河北", "雄安新区"))
    # 在河北雄安新区 frames the meeting convened there too (not the 雄安新区 nested in its name)
    assert meeting.label == "深入推进雄安新区高质量建设和发展座谈会" and meeting.regions == ("河北", "雄安新区")
    assert occasion_events("对国家级经济技术开发区工作作出重要指示强调") == []
    assert occasion_events("《关于〈决定〉的说明》") == [] and occasion_events(None) == []


def test_a_quotation_speaker_speaks_at_its_occasion():
    doc = Document("q#01", "q.txt", "要前瞻布局未来产业。", authors=["习近平"], date="2020-04-01",
                   occasion="在浙江考察时强调")
    ex = extract_document(doc)
    assert ("浙江考察", "Event") in {(m.label, m.type) for m in ex.mentions}
    got = {(r.head, r.type, r.tail) for r in ex.relations}
    assert {("习近平", "spokeAt", "浙江考察"), ("浙江考察", "locatedIn", "浙江")} <= got
    (ev,) = {r.evidence.sentence for r in ex.relations if r.type == "spokeAt"}
    assert ev == "在浙江考察时强调"


def test_a_part_of_link_that_resolution_makes_cross_type_goes():
    # read as two industries; 人工智能 is a Technology node (lexicon): partOf would link two types
    docs = [summary("a", [("人工智能", "Industry", "人工智能", 1), ("战略性新兴产业", "Industry", "战略性新兴产业", 1),
                          ("人形机器人", "Technology", "人形机器人", 1)],
                    [rel("人工智能", "partOf", "战略性新兴产业", "Industry", "Industry"),
                     rel("人工智能", "enables", "人形机器人", "Industry", "Technology")])]
    out, _ = resolve_summaries(docs)
    assert [(r.head, r.type, r.tail) for r in out[0].relations] == [("人工智能", "enables", "人形机器人")]


def test_a_link_that_resolution_puts_outside_its_signature_goes():
    # 甲能 read as a technology in one sentence (applied in a field), a sector by the
    # majority of its mentions: appliedIn (Technology -> Industry) cannot hold for the node
    docs = [summary("a", [("甲能", "Industry", "甲能", 3), ("乙运", "Industry", "乙运", 1)]),
            summary("b", [("甲能", "Technology", "甲能", 1), ("乙运", "Industry", "乙运", 1)],
                    [rel("甲能", "appliedIn", "乙运", "Technology", "Industry", "b")])]
    out, entities = resolve_summaries(docs)
    assert {e.label: e.type for e in entities}["甲能"] == "Industry"
    assert out[1].relations == []
