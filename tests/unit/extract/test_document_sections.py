"""A policy document's numbered outline (kg/extract/document.py, relations.json
document_carry section_* keys): a heading that names a category (（二）做强智能
终端产业 / 3.发展智能芯片。) is the category of the same-type items its body
lists; a task heading names none.  And the ingest that keeps such an outline
whole: a task paragraph closed by its units (（责任单位：…）) does not swallow
the next numbered heading, and a plan's title is not its document number or
its first section heading.  Made-up documents."""
import json
from dataclasses import replace

import pytest

from kg.errors import KgError
from kg.extract.core import extract_document
from kg.extract.document import validate_carry
from kg.extract.relations import load_relation_patterns
from kg.ingest.clean import document_title
from support.documents import extract_file

PLAN = (
    "云岭市智能产业发展行动计划（2025—2027年）\n\n"
    "为加快发展智能产业，制定本行动计划。\n\n"
    "一、总体要求\n\n到2027年，全市智能产业规模突破500亿元。\n\n"
    "二、主要任务\n\n"
    "（一）夯实产业基础\n\n"
    "1.发展智能芯片。建设芯片设计公共服务平台。支持企业开展流片验证。引进一批封装测试项目。"
    "加快发展训练芯片、推理芯片和类脑芯片。（责任单位：市工业和信息化局、市科技局）\n\n"
    "2.突破核心技术。组织攻关大模型和机器视觉。（牵头单位：市科技局）\n\n"
    "（二）发展智能终端\n\n"
    "3.丰富终端产品。大力发展AI手机、智能眼镜和智能网联汽车。推进智能网联汽车在城市物流中的应用。"
    "（责任单位：市工业和信息化局）\n\n"
    "（三）推动智能技术应用\n\n"
    "4.拓展场景。推广类脑芯片和智能眼镜。（责任单位：市大数据局）\n\n"
    "三、保障措施\n\n（一）加强组织领导。建立工作专班。（牵头单位：市发展改革委）\n"
)
POLICY = "云岭市智能产业发展行动计划(2025—2027年)"


def extract(tmp_path, text, name="plan.txt"):
    return extract_file(tmp_path, text, name)


def section_parts(ex):
    return {(r.head, r.tail) for r in ex.relations if r.evidence.rule == "document.section"}


def test_a_heading_naming_a_category_makes_the_items_of_its_body_its_parts(tmp_path):
    _, ex = extract(tmp_path, PLAN)
    parts = section_parts(ex)
    # the list sits five sentences after its heading, past what a sentence window reaches
    assert {("训练芯片", "智能芯片"), ("推理芯片", "智能芯片"), ("类脑芯片", "智能芯片")} <= parts
    # a deeper task heading (3.丰富终端产品) keeps the category above it
    assert {("AI手机", "智能终端"), ("智能眼镜", "智能终端")} <= parts
    r = next(r for r in ex.relations if r.evidence.rule == "document.section" and r.head == "训练芯片")
    assert r.type == "partOf" and r.head_type == r.tail_type == "Technology"
    assert "训练芯片" in r.evidence.sentence


def test_task_headings_and_sections_after_the_next_heading_carry_nothing(tmp_path):
    _, ex = extract(tmp_path, PLAN)
    parts = section_parts(ex)
    # 2.突破核心技术 ends 1.发展智能芯片: its items are no chips
    assert ("大模型", "智能芯片") not in parts and ("机器视觉", "智能芯片") not in parts
    # （三）推动智能技术应用 is a task heading: what it lists is part of nothing
    assert not {p for p in parts if p[0] in ("类脑芯片", "智能眼镜") and p[1] != "智能芯片" and p[1] != "智能终端"}
    assert all(tail in ("智能芯片", "智能终端") for _, tail in parts)


def test_a_field_of_application_is_no_part(tmp_path):
    _, ex = extract(tmp_path, PLAN)
    # 推进智能网联汽车在城市物流中的应用: listed before under 大力发展 it is a part; here the frame is 在…应用
    r = [r for r in ex.relations if r.evidence.rule == "document.section" and r.head == "智能网联汽车"]
    assert len(r) == 1 and "大力发展" in r[0].evidence.sentence


def test_responsibility_lines_relate_no_institution(tmp_path):
    _, ex = extract(tmp_path, PLAN)
    insts = {m.label for m in ex.mentions if m.type == "Institution"}
    assert "市科技局" in insts or "市工业和信息化局" in insts  # the lines are read ...
    assert not [r for r in ex.relations if r.head in insts or r.tail in insts]  # ... and state no relation


def test_every_item_of_a_directed_list_is_a_priority(tmp_path):
    _, ex = extract(tmp_path, PLAN)
    prio = {r.tail for r in ex.relations if r.type == "prioritizes" and r.head == POLICY}
    assert {"训练芯片", "推理芯片", "类脑芯片", "AI手机", "智能眼镜", "智能网联汽车"} <= prio


def test_articles_with_authors_have_no_section_carry(tmp_path):
    doc, ex = extract(tmp_path, PLAN)
    assert section_parts(ex)
    assert not section_parts(extract_document(replace(doc, authors=["张小川"])))


def test_a_responsibility_line_does_not_join_the_next_numbered_heading(tmp_path):
    doc, _ = extract(tmp_path, PLAN)
    assert "\n（二）发展智能终端\n" in doc.text
    assert "\n2.突破核心技术。" in doc.text


def test_the_title_is_not_a_document_number_nor_the_first_section(tmp_path):
    doc, _ = extract(tmp_path, "云岭市数字经济发展规划（2021—2025年）\n\n第一章 发展基础\n\n全市数字经济规模稳步增长。\n")
    assert doc.title == "云岭市数字经济发展规划（2021—2025年）"
    assert doc.text.startswith("第一章")
    (tmp_path / "plan.txt").unlink()
    doc, _ = extract(tmp_path, "云岭市人民政府关于印发《云岭市智能产业发展行动计划》的通知\n\n云政发〔2025〕3号\n\n"
                               "各区人民政府：\n\n现将《云岭市智能产业发展行动计划》印发给你们，请认真贯彻执行。\n")
    assert doc.title.endswith("的通知")


def test_a_plan_title_with_its_years_and_a_draft_note_is_a_title():
    assert document_title("云岭市加快发展氢能产业行动方案（2024-2027年）（征求意见稿）")
    assert not document_title("云岭市加快发展氢能产业，打造氢能高地（2024-2027年）")


def test_outline_must_be_a_list_of_regular_expressions(tmp_path):
    data = json.loads(open(load_relation_patterns.__globals__["PATTERNS_PATH"], encoding="utf-8").read())
    with pytest.raises(KgError, match="outline"):
        validate_carry(dict(data["document_carry"], outline="^一、"))
    with pytest.raises(KgError, match="outline"):
        validate_carry(dict(data["document_carry"], outline=["("]))
    with pytest.raises(KgError, match="section_not_after"):
        validate_carry({k: v for k, v in data["document_carry"].items() if k != "section_not_after"})


def test_a_sentence_window_section_ends_at_the_next_numbered_heading():
    from kg.extract.core import extract_text

    text = "（一）培育壮大海洋经济。\n推动海洋渔业、海洋旅游业发展。\n（二）强化要素保障。\n支持现代种业、远洋渔业发展。"
    parts = {(r.head, r.tail) for r in extract_text(text).relations if r.evidence.rule == "partOf.section_class"}
    assert {("海洋渔业", "海洋经济"), ("海洋旅游业", "海洋经济")} <= parts
    # （二）强化要素保障 names no category, but it is the next heading: 现代种业 is no part of 海洋经济
    assert not {p for p in parts if p[0] in ("现代种业", "远洋渔业")}


def test_section_class_ends_must_be_a_regular_expression(tmp_path):
    data = json.loads(open(load_relation_patterns.__globals__["PATTERNS_PATH"], encoding="utf-8").read())
    data["section_class"][0]["ends"] = "("
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="ends"):
        load_relation_patterns(bad)


NOTICE_SIGNED = ("各有关单位：\n\n现将《云岭市智能产业发展行动计划（2025—2027年）》印发给你们，请认真执行。\n\n特此通知。\n\n"
                 "云岭市科学技术委员会、云岭高新技术产业开发区管理委员会\n云岭市发展和改革委员会\n云岭市经济和信息化局\n"
                 "2025年3月8日\n（此件主动公开）\n\n")


def test_signature_lines_written_without_blank_lines_stay_lines_and_all_issue_the_plan(tmp_path):
    doc, ex = extract(tmp_path, NOTICE_SIGNED + PLAN)
    assert "\n云岭市发展和改革委员会\n云岭市经济和信息化局\n2025年3月8日\n" in doc.text
    issuers = {r.tail for r in ex.relations if r.type == "issuedBy" and r.evidence.rule == "document.notice.issuer"}
    # two bodies on one line, 、 between them, are two issuers
    assert {"云岭市发展和改革委员会", "云岭市经济和信息化局", "云岭市科学技术委员会"} <= issuers


def test_issuers_on_one_line_separated_by_spaces_are_not_glued(tmp_path):
    text = NOTICE_SIGNED.replace("云岭市发展和改革委员会\n云岭市经济和信息化局", "云岭市发展和改革委员会 云岭市经济和信息化局")
    doc, ex = extract(tmp_path, text + PLAN)
    assert "\n云岭市发展和改革委员会\n云岭市经济和信息化局\n" in doc.text
    issuers = {r.tail for r in ex.relations if r.type == "issuedBy"}
    assert {"云岭市发展和改革委员会", "云岭市经济和信息化局"} <= issuers


def test_a_closing_signature_of_five_bodies_issues_the_title_policy(tmp_path):
    text = ("工业和信息化部等五部门关于推动智能终端产业高质量发展的实施意见\n\n为推动智能终端产业高质量发展，现提出如下意见。\n\n"
            "一、重点任务\n\n大力发展AI手机和智能眼镜。\n\n"
            "工业和信息化部\n国家发展改革委\n科技部\n自然资源部\n交通运输部\n2025年3月20日\n")
    _, ex = extract(tmp_path, text)
    issuers = {r.tail_text for r in ex.relations if r.type == "issuedBy"}
    assert {"工业和信息化部", "国家发展改革委", "科技部", "自然资源部", "交通运输部"} <= issuers


def test_a_titled_opinion_prioritizes_what_it_directs_not_the_fields_it_names(tmp_path):
    title = "工业和信息化部等三部门关于推动智能船舶产业高质量发展的实施意见"
    text = (title + "\n\n为推动智能船舶产业高质量发展，现提出如下意见。\n\n"
            "一、重点任务\n\n（一）发展绿色船舶。大力发展甲醇动力船舶和电动船舶，推进氢燃料电池在内河船舶中的应用。\n\n"
            "（二）推动数字技术赋能船舶制造业。\n\n"
            "工业和信息化部\n国家发展改革委\n交通运输部\n2025年3月20日\n")
    _, ex = extract(tmp_path, text)
    prio = {r.tail_text: r.evidence.rule for r in ex.relations if r.type == "prioritizes"}
    assert prio.get("智能船舶产业") in ("document.named_after", "document.priority")
    assert {"甲醇动力船舶", "电动船舶"} <= set(prio)
    assert "内河船舶" not in prio and "船舶制造业" not in prio  # a field of application, what is enabled
    assert {r.tail_text for r in ex.relations if r.type == "issuedBy"} >= {"工业和信息化部", "交通运输部"}
    assert {(r.head_text, r.tail_text) for r in ex.relations if r.evidence.rule == "document.section"} >= {
        ("甲醇动力船舶", "绿色船舶"), ("电动船舶", "绿色船舶")}


def test_the_own_policy_prioritizes_what_it_is_named_after(tmp_path):
    text = "云岭市加快发展氢能产业行动方案（2025—2027年）\n\n氢能产业是未来能源体系的重要组成部分，氢能应用场景不断丰富。\n"
    _, ex = extract(tmp_path, text)
    named = {r.tail_text for r in ex.relations if r.evidence.rule == "document.named_after"}
    assert named == {"氢能产业"}  # not also 氢能, the shorter name inside it
