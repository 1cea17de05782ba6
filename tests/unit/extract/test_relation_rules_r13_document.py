"""Document-level carry in a policy document's own text (kg/extract/document.py,
relations.json document_carry): the notice that issues a plan names it once and
is signed before the plan begins; the plan then speaks of itself as 本行动计划.
Made-up documents."""
import json
from dataclasses import replace

import pytest

from kg.errors import KgError
from kg.extract.core import extract_document
from kg.extract.document import carry_rules, validate_carry
from kg.extract.relations import load_relation_patterns
from support.documents import extract_file

NOTICE = ("各区人民政府，市政府各部门：\n\n"
          "《青川市量子科技产业培育行动计划（2025—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n"
          "青川市人民政府办公厅\n\n2025年3月8日\n\n（此件公开发布）\n\n"
          "青川市量子科技产业培育行动计划（2025—2027年）\n\n")
PLAN = ("为大力发展量子科技产业，制定本行动计划。\n\n"
        "一、总体要求\n\n到2027年，推动人工智能赋能制造业，建成一批创新平台。\n\n"
        "二、重点领域\n\n结合我市产业基础，重点发展以下领域：\n\n"
        "（一）量子通信。建设城域量子保密通信网络。\n\n"
        "（二）量子计算。支持企业研发专用量子计算机。\n\n"
        "三、保障措施\n\n（一）生物医药。本节不是重点领域。\n\n")
POLICY = "《青川市量子科技产业培育行动计划(2025—2027年)》"


def extract(tmp_path, text, name="plan.txt"):
    return extract_file(tmp_path, text, name)


def carried(ex, rtype):
    return {(r.head, r.tail) for r in ex.relations if r.type == rtype and r.evidence.rule.startswith("document.")}


def test_a_notice_policy_is_issued_by_the_notice_signature(tmp_path):
    doc, ex = extract(tmp_path, NOTICE + PLAN)
    assert carried(ex, "issuedBy") == {(POLICY, "青川市人民政府办公厅")}
    r = next(r for r in ex.relations if r.type == "issuedBy")
    assert r.evidence.rule == "document.notice.issuer"
    assert doc.text[r.evidence.start:r.evidence.end] == r.evidence.sentence == "青川市人民政府办公厅"


def test_the_notice_policy_prioritizes_what_its_text_directs(tmp_path):
    _, ex = extract(tmp_path, NOTICE + PLAN)
    prio = carried(ex, "prioritizes")
    assert (POLICY, "量子科技产业") in prio  # 为大力发展量子科技产业，制定本行动计划
    assert {(POLICY, "量子通信"), (POLICY, "量子计算")} <= prio  # the items of 重点领域
    assert (POLICY, "制造业") not in prio  # what 人工智能 赋能 is no priority of the plan
    assert (POLICY, "生物医药") not in prio  # an item line after the section ended


def test_without_a_notice_the_signature_issues_nothing(tmp_path):
    text = NOTICE.replace("已经市政府同意，现印发给你们，请认真贯彻执行", "是本市的一项重要部署") + PLAN
    _, ex = extract(tmp_path, text)
    assert carried(ex, "issuedBy") == set()


def test_a_title_line_names_the_document_policy(tmp_path):
    text = "青川市低空经济高质量发展实施方案（2025-2027年）\n\n为加快发展低空经济，制定本实施方案。\n\n"
    _, ex = extract(tmp_path, text)
    assert carried(ex, "prioritizes") == {("青川市低空经济高质量发展实施方案(2025-2027年)", "低空经济")}


def test_referenced_remarks_and_enabled_sectors_are_not_priorities(tmp_path):
    text = NOTICE + ("深入落实总书记关于发展新一代人工智能的系列重要指示精神，推进工业强市建设，"
                     "推动区块链赋能金融。\n\n")
    _, ex = extract(tmp_path, text)
    tails = {t for _, t in carried(ex, "prioritizes")}
    assert "新一代人工智能" not in tails and "工业" not in tails and "金融" not in tails
    assert "区块链" in tails


def test_articles_with_authors_are_left_alone(tmp_path):
    doc, ex = extract(tmp_path, NOTICE + PLAN)
    assert carried(ex, "prioritizes")
    signed = extract_document(replace(doc, authors=["张小川"]))
    assert not [r for r in signed.relations if r.evidence.rule.startswith("document.")]


def test_the_shipped_rules_load_and_a_bad_key_is_named(tmp_path):
    assert carry_rules() is not None
    data = json.loads(open(load_relation_patterns.__globals__["PATTERNS_PATH"], encoding="utf-8").read())
    spec = dict(data["document_carry"], priority_cue="(")
    with pytest.raises(KgError, match="priority_cue"):
        validate_carry(spec)
    with pytest.raises(KgError, match="unknown key 'extra'"):
        validate_carry(dict(data["document_carry"], extra=1))
    data["document_carry"] = dict(data["document_carry"], title_line="(x)")
    bad = tmp_path / "relations.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="document_carry.*name"):
        load_relation_patterns(bad)
