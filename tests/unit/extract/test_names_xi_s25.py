"""Local government bodies, session 25: a department written right after the
place it serves is one Institution with the place, whatever its department
words (科技创新局, 投资促进局, 经济科技和信息化局, 市场监管局, 经信委 …:
ontology/patterns/places.json `department_place`, `department`;
kg/extract/places.py place_department_rules), and a clause preposition jieba
glues to the level of government (由市, 据市, 从市) opens no name
(kg/extract/rules.py head_rules; entities.json institution.local_department).
Every sentence is made up for this test, none taken from an annotated passage."""
from __future__ import annotations

import pytest

from kg.extract import extract_text


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


# --- a place + a department of its government: one Institution


@pytest.mark.parametrize(
    "text, name",
    [
        ("温州市科技创新局近日公布了第二批创新券兑付名单。", "温州市科技创新局"),
        ("台州市投资促进局带队赴沪开展专题招商。", "台州市投资促进局"),
        ("绍兴市市场监管局抽查了一批电动自行车。", "绍兴市市场监管局"),
        ("嘉兴市经信委近日公布了数字化改造示范企业名单。", "嘉兴市经信委"),
        ("金华市政务服务和数据管理局上线了企业服务专区。", "金华市政务服务和数据管理局"),
    ],
)
def test_a_city_and_its_department_are_one_institution(text, name):
    inst = typed(text, "Institution")
    assert name in inst, inst
    place = name[: name.index("市") + 1]
    assert place not in typed(text, "Region"), typed(text, "Region")


def test_a_city_its_district_and_the_district_department_are_one_institution():
    text = "杭州市拱墅区经济科技和信息化局牵头编制了楼宇经济发展指引。"
    inst = typed(text, "Institution")
    assert "杭州市拱墅区经济科技和信息化局" in inst, inst
    assert not ({"杭州市", "拱墅区"} & typed(text, "Region"))


def test_a_province_city_and_district_before_a_government_are_one_institution():
    text = "安徽省芜湖市鸠江区人民政府与一家车企签订了合作协议。"
    assert "安徽省芜湖市鸠江区人民政府" in typed(text, "Institution")


def test_a_district_government_written_short_is_an_institution():
    text = "嘉兴市秀洲区政府召开专题会议研究招商工作。"
    assert "嘉兴市秀洲区政府" in typed(text, "Institution")


def test_a_place_before_a_word_that_only_ends_like_a_department_stays_a_place():
    # 局面, 委托, 办法: the head character opens another word
    text = "绍兴市科技创新局面临新的考验，温州市商务委托第三方评估，台州市经济发展办法出台。"
    inst = typed(text, "Institution")
    assert not any(x.startswith(("绍兴市", "温州市", "台州市")) for x in inst), inst
    assert {"绍兴市", "温州市", "台州市"} <= typed(text, "Region")


def test_a_province_before_a_city_department_splits_off_without_its_suffix():
    # 某省名|某市: an outer place without 省 is a Region of its own (as the head rule splits it)
    text = "浙江湖州市科技创新局发布了年度科技计划项目指南。"
    assert "湖州市科技创新局" in typed(text, "Institution")
    assert "浙江" in typed(text, "Region")


# --- a clause preposition glued to the level of government


@pytest.mark.parametrize(
    "text, name",
    [
        ("各项重点任务，由市发展改革委牵头，年底前完成。", "市发展改革委"),
        ("据市统计局测算，上半年全市规上工业增速回升。", "市统计局"),
        ("记者从县科技局了解到，今年新增高新技术企业十二家。", "县科技局"),
    ],
)
def test_a_preposition_before_a_bare_department_is_not_part_of_it(text, name):
    inst = typed(text, "Institution")
    assert name in inst, inst
    assert not any(x[0] in "由据从" for x in inst), inst


# --- a body jieba does not know before 组织 (the verb) is the subject, no organisation name


def test_a_department_before_the_verb_zuzhi_is_not_an_organisation_name():
    text = "丽水市经信局组织实施中小企业数字化改造提升专项。"
    inst = typed(text, "Institution")
    assert "丽水市经信局" in inst, inst
    assert not any(x.endswith("组织") for x in inst), inst


# --- policy names without 《》


def test_a_city_s_several_policy_measures_named_in_a_drafting_formula_are_a_policy():
    text = "近日，制定出台衢州市支持氟硅新材料产业发展若干政策措施。"
    assert "衢州市支持氟硅新材料产业发展若干政策措施" in typed(text, "Policy")


def test_a_five_year_plan_drafted_to_completion_starts_after_the_verb():
    text = "市发展改革委编制完成湖州市“十四五”现代物流发展规划。"
    got = typed(text, "Policy")
    assert "湖州市“十四五”现代物流发展规划" in got, got
    assert not any(x.startswith("完成") for x in got), got


@pytest.mark.parametrize(
    "text, name",
    [
        ("会同市财政局、市人力社保局等部门抓好人才政策兑现。", "市人力社保局"),
        ("由区投资促进局负责重点项目的跟踪服务。", "区投资促进局"),
        ("配合单位：市公安局、市金融办。", "市金融办"),
    ],
)
def test_a_bare_department_of_more_kinds_is_an_institution(text, name):
    assert name in typed(text, "Institution")


def test_a_level_before_banfa_is_no_department():
    assert not typed("各地要结合实际抓好市办法的宣传解读。", "Institution")


def test_the_later_issuers_after_a_city_department_of_the_reforms_are_institutions():
    text = "珠海市科技创新局、财政局联合印发了科技企业孵化载体认定办法。"
    inst = typed(text, "Institution")
    assert {"珠海市科技创新局", "财政局"} <= inst, inst


# --- a siting verb jieba tags a noun is no part of a zone's name


def test_a_zone_after_luohu_starts_at_its_place():
    got = typed("这家电池企业的新工厂落户株洲高新区，明年投产。", "Region")
    assert "株洲高新区" in got, got
    assert not any(x.startswith("落户") for x in got), got


def test_the_later_issuers_after_a_district_department_are_institutions():
    text = "龙岗区科技创新局、财政局联合发布了专项资金申报指南。"
    inst = typed(text, "Institution")
    assert {"龙岗区科技创新局", "财政局"} <= inst, inst
