"""What a document's own form states, as entities and relations: a government
document's signature block (落款) issues the policy its title names, and a visit
that frames a meeting (在X考察并主持召开…座谈会) places the meeting.  Made-up
documents."""
from kg.extract.core import extract_document
from kg.extract.occasions import occasion_events
from support.documents import extract_file

BODY = "为加快培育低空经济新动能，现提出如下意见。\n\n一、加快发展低空物流，推动人工智能赋能低空经济。\n\n"


def extract(tmp_path, text, name="doc.txt"):
    return extract_file(tmp_path, text, name)


def issued(ex):
    return {(r.head, r.tail) for r in ex.relations if r.type == "issuedBy"}


def test_a_signed_document_is_issued_by_its_signatories(tmp_path):
    doc, ex = extract(tmp_path, "关于推进低空经济高质量发展的实施意见\n\n" + BODY
                      + "工业和信息化部\n\n教育部\n\n二〇二四年一月十八日\n\n（此件公开发布）\n")
    title = "关于推进低空经济高质量发展的实施意见"
    assert issued(ex) == {(title, "工业和信息化部"), (title, "教育部")}
    (m,) = [m for m in ex.mentions if m.type == "Policy"]
    assert (m.text, m.source) == (title, "metadata")
    r = next(r for r in ex.relations if r.type == "issuedBy")
    assert r.evidence.rule == "metadata.signature" and doc.text[r.evidence.start:r.evidence.end] == r.evidence.sentence
    assert "教育部" in r.evidence.sentence


def test_the_title_may_open_with_its_issuers_or_close_with_its_date(tmp_path):
    _, ex = extract(tmp_path, "工业和信息化部等三部门关于加快发展海洋装备产业的指导意见\n\n" + BODY
                    + "工业和信息化部\n\n2023年5月6日\n")
    assert issued(ex) == {("关于加快发展海洋装备产业的指导意见", "工业和信息化部")}
    _, ex = extract(tmp_path, "关于加快发展海洋装备产业的指导意见（2023年5月6日）\n\n" + BODY
                    + "工业和信息化部\n\n2023年5月6日\n")
    assert issued(ex) == {("关于加快发展海洋装备产业的指导意见", "工业和信息化部")}


def test_issuers_written_on_one_line_are_each_an_institution(tmp_path):
    _, ex = extract(tmp_path, "关于加快发展海洋经济的指导意见\n\n" + BODY + "广东省人民政府 广东省发展和改革委员会\n\n2023年5月6日\n")
    assert issued(ex) == {("关于加快发展海洋经济的指导意见", "广东省人民政府"),
                          ("关于加快发展海洋经济的指导意见", "广东省发展和改革委员会")}
    insts = {m.text for m in ex.mentions if m.type == "Institution"}
    assert insts == {"广东省人民政府", "广东省发展和改革委员会"}
    # three on a line that the date line gets joined to
    _, ex = extract(tmp_path, "关于加快发展海洋经济的指导意见\n\n" + BODY
                    + "江苏省人民政府办公厅 江苏省发展和改革委员会 江苏省工业和信息化厅\n2024年3月1日\n")
    assert {r.tail for r in ex.relations if r.type == "issuedBy"} == {
        "江苏省人民政府办公厅", "江苏省发展和改革委员会", "江苏省工业和信息化厅"}
    assert {m.text for m in ex.mentions if m.type == "Institution"} == {
        "江苏省人民政府办公厅", "江苏省发展和改革委员会", "江苏省工业和信息化厅"}


def test_no_issuer_without_a_signature_block_or_a_policy_title(tmp_path):
    # a news item closed by its agency and date: its headline is no policy
    _, ex = extract(tmp_path, "低空经济迎来发展新机遇\n\n记者从工业和信息化部获悉，无人机产业发展迅速。\n\n工业和信息化部\n\n2024年3月1日\n")
    assert issued(ex) == set()
    # a policy title, but the document ends with a sentence, not a signature block
    _, ex = extract(tmp_path, "关于推进低空经济高质量发展的实施意见\n\n" + BODY + "请认真贯彻落实。\n", name="doc.txt")
    assert issued(ex) == set()
    # the last lines before the date are a sentence naming an institution, not a signature
    _, ex = extract(tmp_path, "关于推进低空经济高质量发展的实施意见\n\n" + BODY + "由工业和信息化部负责解释。\n\n2024年3月1日\n")
    assert issued(ex) == set()


def test_a_visit_frames_the_meeting_joined_to_it():
    visit, meeting = occasion_events("在河北雄安新区考察并主持召开推进新区建设座谈会时强调")
    assert visit.regions == meeting.regions == ("河北", "雄安新区")
    assert meeting.label == "推进新区建设座谈会"
    # without a visit, or when the events are only listed, no place is carried
    assert occasion_events("在主持召开推进新区建设座谈会时强调")[0].regions == ()
    first, second = occasion_events("在全国科技大会、推进新区建设座谈会上的讲话")
    assert first.regions == second.regions == ()
    # a meeting that names its own place keeps it
    _, meeting = occasion_events("在浙江考察并出席深圳经济特区建立40周年庆祝大会时的讲话")
    assert meeting.regions == ("深圳",)


def quotation(text, occasion, speaker="李明"):
    from kg.ingest.sentences import segment_sentences
    from kg.model import Document

    return Document(id="q#01", source="q.txt", text=text, authors=[speaker], occasion=occasion,
                    sentences=segment_sentences(text))


def priorities(ex):
    return {(r.head, r.tail) for r in ex.relations if r.type == "prioritizes" and r.evidence.rule == "metadata.occasion.priority"}


QUOTE = ("要积极培育低空经济、生物制造等新兴产业，加快传统产业改造升级。人工智能带来的风险不容忽视。"
         "发展新质生产力不是要放弃制造业。")


def test_a_meeting_prioritizes_what_the_quotation_directs_there():
    ex = extract_document(quotation(QUOTE, "在推进新区建设座谈会上的讲话"))
    event = "推进新区建设座谈会"
    assert priorities(ex) == {(event, "低空经济"), (event, "生物制造"), (event, "新兴产业"), (event, "传统产业")}
    r = next(r for r in ex.relations if r.evidence.rule == "metadata.occasion.priority")
    assert r.evidence.sentence.startswith("要积极培育") and QUOTE[r.evidence.start:r.evidence.end] == r.evidence.sentence
    # the speaker still spoke at it
    assert ("李明", "spokeAt", event) in {(r.head, r.type, r.tail) for r in ex.relations}


def test_only_a_policy_setting_meeting_prioritizes():
    for occasion in ("在浙江考察时强调", "在2025数字经济论坛上的致辞", "在建校百年庆祝大会上的讲话"):
        assert priorities(extract_document(quotation(QUOTE, occasion))) == set(), occasion


def test_a_policy_text_prioritizes_what_it_directs(tmp_path):
    title = "关于推进低空经济高质量发展的实施意见"
    _, ex = extract(tmp_path, title + "\n\n为加快培育新动能，现提出如下意见。\n\n"
                    "一、加快发展低空物流、低空旅游等新业态。人工智能带来的风险不容忽视。\n\n工业和信息化部\n\n2024年3月1日\n")
    got = {(r.head, r.tail) for r in ex.relations if r.type == "prioritizes"}
    assert got == {(title, "低空物流"), (title, "低空旅游")}
    assert {r.evidence.rule for r in ex.relations if r.type == "prioritizes"} == {"document.priority"}
    # without a signature block too
    _, ex = extract(tmp_path, title + "\n\n一、加快发展低空物流、低空旅游等新业态。\n")
    assert {(r.head, r.tail) for r in ex.relations if r.type == "prioritizes"} == {(title, "低空物流"), (title, "低空旅游")}


def test_a_signed_article_or_a_headline_is_no_policy_text(tmp_path):
    # an article with an author is about the policy, not the policy
    _, ex = extract(tmp_path, "关于推进低空经济高质量发展的实施意见\n\n作者：李明\n\n一、加快发展低空物流、低空旅游等新业态。\n")
    assert not any(m.type == "Policy" and m.source == "metadata" for m in ex.mentions)
    _, ex = extract(tmp_path, "低空经济迎来发展新机遇\n\n一、加快发展低空物流、低空旅游等新业态。\n")
    assert not [r for r in ex.relations if r.evidence.rule.startswith("metadata")]


def test_an_affiliation_names_its_institution_before_the_role_titles():
    from kg.extract.core import _affiliation_mentions

    def insts(line):
        return [m.text for m in _affiliation_mentions(line)[0]]

    # names the entity rules do not read: a person's name inside it, no known head word
    assert insts("李强经济研究中心常务副主任、研究员") == ["李强经济研究中心"]
    assert _affiliation_mentions("李强经济研究中心常务副主任、研究员")[1] == []
    assert insts("乡村振兴发展中心执行主任") == ["乡村振兴发展中心"]
    # a role without an institution, or a generic head, is none
    assert insts("记者") == [] and insts("研究中心主任") == []
    # a later part is not guessed (often a unit of the same body written without it)
    assert insts("中山大学教授、乡村振兴发展中心主任") == ["中山大学"]


def test_affiliation_rules_are_validated_on_load(tmp_path):
    import pytest

    from kg.errors import KgError
    from kg.extract.core import affiliation_rules

    bad = tmp_path / "affiliations.json"
    bad.write_text('{"separators": "[、", "role_modifiers": "x", "institution_heads": "x", "before_head": "x"}',
                   encoding="utf-8")
    with pytest.raises(KgError, match="separators"):
        affiliation_rules(str(bad))
    bad.write_text('{"separator": "、"}', encoding="utf-8")
    with pytest.raises(KgError, match="unknown key 'separator'"):
        affiliation_rules(str(bad))
