"""Document-level carry for more of a user's own documents (kg/extract/document.py,
relations.json document_carry draft_notice, reading_title, frame_before/after):
a draft put out for comment, a reading of a policy (《X》政策解读), a title
holding a quoted term, and what a plan builds on (以A为核心、以B为支撑).
Made-up documents."""
import json

import pytest

from kg.errors import KgError
from kg.extract.document import validate_carry
from kg.extract.relations import load_relation_patterns  # noqa: F401 (the shipped file loads)
from kg.resources import ONTOLOGY_DIR
from support.documents import extract_file


def carried(ex, rtype, rule="document."):
    return {(r.head, r.tail) for r in ex.relations if r.type == rtype and r.evidence.rule.startswith(rule)}


DRAFT = ("为加快发展量子科技产业，市科技局牵头起草了《青川市量子科技产业培育行动计划（征求意见稿）》，"
         "现向社会公开征求意见。\n\n"
         "附件：青川市量子科技产业培育行动计划（征求意见稿）\n\n"
         "青川市科学技术局\n\n2025年3月\n\n"
         "青川市量子科技产业培育行动计划（征求意见稿）\n\n"
         "一、总体要求\n\n重点发展量子通信，建成一批创新平台。\n\n")
DRAFT_POLICY = "《青川市量子科技产业培育行动计划(征求意见稿)》"


def test_a_draft_for_comment_is_the_documents_own_policy(tmp_path):
    _, ex = extract_file(tmp_path, DRAFT)
    assert (DRAFT_POLICY, "量子通信") in carried(ex, "prioritizes")


def test_a_drafts_signature_issues_nothing(tmp_path):
    _, ex = extract_file(tmp_path, DRAFT)
    assert carried(ex, "issuedBy") == set()  # the drafting office is no issuer of a draft


def test_without_a_call_for_comment_a_drafted_policy_is_not_the_document(tmp_path):
    text = DRAFT.replace("，现向社会公开征求意见", "，并已报市政府")
    _, ex = extract_file(tmp_path, text)
    assert DRAFT_POLICY not in {h for h, _ in carried(ex, "prioritizes")}


READING = ("一、文件出台的背景是什么？\n\n"
           "我们在学习贯彻《某省人民政府关于印发某省新材料产业行动计划的通知》的基础上，起草了本意见。\n\n"
           "二、文件的重点内容是什么？\n\n"
           "重点发展先进陶瓷材料，建设一批创新平台。\n\n")


def test_a_reading_of_a_policy_speaks_for_that_policy(tmp_path):
    text = "青川区《关于推进新材料产业集聚提升的意见》政策解读\n\n" + READING
    _, ex = extract_file(tmp_path, text)
    prio = carried(ex, "prioritizes")
    assert ("《关于推进新材料产业集聚提升的意见》", "先进陶瓷材料") in prio
    # the notice it cites (根据/学习《关于印发…的通知》) is not the document's own
    assert not any("通知" in h for h, _ in prio)


def test_a_cited_notice_is_not_the_documents_own(tmp_path):
    _, ex = extract_file(tmp_path, READING)
    assert not any("通知" in h for h, _ in carried(ex, "prioritizes"))


def test_a_title_line_may_hold_a_quoted_term(tmp_path):
    text = "青川市“人工智能+”专项行动计划（2025—2027年）\n\n为加快发展人工智能，制定本行动计划。\n\n"
    _, ex = extract_file(tmp_path, text)
    assert ("青川市“人工智能+”专项行动计划(2025—2027年)", "人工智能") in carried(ex, "prioritizes")


PLAN = "青川市低空经济高质量发展实施方案（2025-2027年）\n\n"
OWN = "青川市低空经济高质量发展实施方案(2025-2027年)"


def test_what_a_plan_builds_on_is_its_priority(tmp_path):
    text = PLAN + "到2027年，打造以低空制造产业为核心，以低空保障产业为支撑的产业体系。\n\n"
    _, ex = extract_file(tmp_path, text)
    assert {(OWN, "低空制造产业"), (OWN, "低空保障产业")} <= carried(ex, "prioritizes", "document.frame")


def test_every_item_of_a_framed_list_is_a_priority(tmp_path):
    text = PLAN + "大力发展以碳化硅材料、氮化镓材料等为重点的第三代半导体。\n\n"
    _, ex = extract_file(tmp_path, text)
    framed = carried(ex, "prioritizes", "document.frame")
    assert {(OWN, "碳化硅材料"), (OWN, "氮化镓材料")} <= framed
    assert (OWN, "第三代半导体") in framed  # the class the list is the focus of


def test_the_class_after_a_framed_list_is_a_priority(tmp_path):
    text = PLAN + "做强以飞轮储能、重力储能为重点的新型储能产业。\n\n"
    _, ex = extract_file(tmp_path, text)
    assert (OWN, "新型储能产业") in carried(ex, "prioritizes", "document.frame")


def test_an_example_or_a_served_sector_is_not_framed(tmp_path):
    text = PLAN + ("以量子计算为代表的前沿技术加速演进。以促进数据流通、赋能实体经济为主线，完善制度。"
                   "可以区块链为支撑开展试点。\n\n")
    _, ex = extract_file(tmp_path, text)
    assert carried(ex, "prioritizes", "document.frame") == set()


def test_the_new_keys_are_validated():
    data = json.loads((ONTOLOGY_DIR / "patterns" / "relations.json").read_text(encoding="utf-8"))
    spec = data["document_carry"]
    with pytest.raises(KgError, match="frame_after"):
        validate_carry(dict(spec, frame_after="("))
    with pytest.raises(KgError, match="reading_title.*name"):
        validate_carry(dict(spec, reading_title="《[^》]+》解读"))
    with pytest.raises(KgError, match="missing draft_notice"):
        validate_carry({k: v for k, v in spec.items() if k != "draft_notice"})


def test_a_value_added_share_target_is_a_priority(tmp_path):
    text = PLAN + "到2027年，全市低空经济核心产业的增加值占全市经济总量比重提高到5%以上。\n\n"
    _, ex = extract_file(tmp_path, text)
    assert (OWN, "低空经济核心产业") in carried(ex, "prioritizes", "document.target")


def test_a_past_value_added_growth_is_no_target(tmp_path):
    text = PLAN + "2024年，全市低空经济核心产业增加值增长12%。\n\n"
    _, ex = extract_file(tmp_path, text)
    assert (OWN, "低空经济核心产业") not in carried(ex, "prioritizes", "document.target")


def test_a_section_heading_naming_a_sector_is_a_priority(tmp_path):
    text = PLAN + ("二、主要任务\n\n（一）低空物流。建设一批起降点。\n\n（二）加强人才引育。完善政策。\n\n"
                   "三、保障措施\n\n（一）金融支持。引导机构加大信贷投放。\n\n")
    _, ex = extract_file(tmp_path, text)
    headed = carried(ex, "prioritizes", "document.heading")
    assert (OWN, "低空物流") in headed
    assert (OWN, "金融") not in {(h, t) for h, t in carried(ex, "prioritizes")}  # a support measure, not a sector
