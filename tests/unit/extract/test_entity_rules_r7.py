"""Entity rules of round 7 (issue 11): miss classes found by a new held-out
set.  Every sentence is written for this test, none taken from an annotated
passage."""
from __future__ import annotations

from kg.extract import extract_text
from support.entities import ents


def surfaces(text: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions}


# --- short co-issuers after a first issuer with a regional prefix


def test_later_short_departments_in_a_regional_issuer_list_are_institutions():
    got = ents("某某省农业农村厅、财政厅、自然资源厅联合印发《关于扶持家庭农场的办法》。")
    assert ("财政厅", "Institution") in got, got
    assert ("自然资源厅", "Institution") in got, got


def test_a_last_item_after_he_is_an_institution_too():
    got = ents("某某市商务局、科技局和市场监管局共同发布通知。")
    assert ("科技局", "Institution") in got, got
    assert ("市场监管局", "Institution") in got, got


def test_a_list_after_a_generic_quantifier_stays_generic():
    got = surfaces("各省教育厅、财政厅要加强统筹。")
    assert "财政厅" not in got, got


def test_a_bare_department_without_a_regional_first_item_stays_generic():
    got = surfaces("请财政厅、教育厅按职责分工落实。")
    assert "教育厅" not in got, got


# --- a numbered unit written after its parent is one institution with it


def test_a_numbered_institute_after_a_ministry_is_one_institution():
    got = ents("交通运输部第九研究所牵头编制了技术规范。")
    assert ("交通运输部第九研究所", "Institution") in got, got
    assert ("交通运输部", "Institution") not in got, got


def test_a_numbered_institute_after_a_group_company_is_one_institution():
    got = ents("中国航天科技集团有限公司第十二研究院发布了年度报告。")
    assert ("中国航天科技集团有限公司第十二研究院", "Institution") in got, got


def test_an_ordinal_batch_after_an_institution_is_not_joined():
    got = surfaces("科学技术部第三批试点名单公布。")
    assert not any(s.endswith("第三批") for s in got), got


# --- a named research unit after a university or company is one institution


def test_a_named_institute_with_a_verb_inside_after_a_university_is_one_institution():
    got = ents("南开大学城市治理研究院发布了调研报告。")
    assert ("南开大学城市治理研究院", "Institution") in got, got


def test_a_clause_after_a_university_is_no_unit():
    got = surfaces("武汉大学举办智能制造研究院揭牌仪式。")
    assert not any(s.startswith("武汉大学举办") for s in got), got


# --- an edition year written after an event's name belongs to it


def test_an_event_with_its_edition_year_after_it_is_one_event():
    got = ents("全球智慧农业大会2026在成都开幕。")
    assert ("全球智慧农业大会2026", "Event") in got, got


def test_a_date_after_an_event_is_not_its_year():
    got = surfaces("全球智慧农业大会2026年在成都举办。")
    assert "全球智慧农业大会2026" not in got, got


# --- a model name with a digit after a product class term is a technology of
# its own, an instance of the class (round 8: the class term and the name are
# two entities, as the relation rules read them: K-7 partOf 服务机器人)


def test_a_model_name_after_a_product_class_is_a_technology_of_its_own():
    got = ents("该企业推出了服务机器人K-7。")
    assert ("K-7", "Technology") in got and ("服务机器人", "Technology") in got, got
    assert ("服务机器人K-7", "Technology") not in got, got


def test_a_letter_code_without_a_digit_after_a_product_class_is_not_joined():
    got = surfaces("行业大模型SDK调用量快速增长。")
    assert not any(s.endswith("模型SDK") for s in got), got


def test_a_process_node_after_a_chip_is_not_joined():
    got = surfaces("存储芯片28nm工艺良率提升。")
    assert not any(s.endswith("芯片28nm") for s in got), got
