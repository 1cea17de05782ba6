"""Relation rules, session 27: application and part frames whose two ends are
both recognised.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run


# appliedIn.spreads_from_field_to_fields: 从A（、B）向C领域全面渗透 / 从A走向B

def test_spreads_from_field_with_a_manner_adverb():
    ents = {"柔性电子": "Technology", "医疗": "Industry", "纺织": "Industry", "建筑": "Industry"}
    got = run("分析认为，柔性电子正从医疗向纺织和建筑领域全面渗透。", ents)
    assert of_type(got, "appliedIn") == {
        ("柔性电子", "appliedIn", "医疗"), ("柔性电子", "appliedIn", "纺织"), ("柔性电子", "appliedIn", "建筑")}


def test_goes_from_fields_to_a_new_one():
    ents = {"外骨骼机器人": "Technology", "康复医疗": "Industry", "仓储搬运": "Industry"}
    got = run("文章建议推动外骨骼机器人从康复医疗走向仓储搬运。", ents)
    assert of_type(got, "appliedIn") == {
        ("外骨骼机器人", "appliedIn", "康复医疗"), ("外骨骼机器人", "appliedIn", "仓储搬运")}


def test_goes_from_a_list_with_a_missed_item():
    ents = {"外骨骼机器人": "Technology", "康复医疗": "Industry", "仓储搬运": "Industry"}
    got = run("推动外骨骼机器人从康复医疗、工地巡检走向仓储搬运。", ents)
    assert ("外骨骼机器人", "appliedIn", "仓储搬运") in of_type(got, "appliedIn")
    assert ("外骨骼机器人", "appliedIn", "康复医疗") in of_type(got, "appliedIn")


def test_goes_from_the_lab_to_fields_without_a_field_to_start_from():
    ents = {"外骨骼机器人": "Technology", "仓储搬运": "Industry"}
    got = run("外骨骼机器人正从实验室走向仓储搬运。", ents)
    assert of_type(got, "appliedIn") == set()


# appliedIn.in_fields_tech_applied: 在A、B等场景开展X规模化验证 / 示范 / 试点

def test_validation_in_scenes_applies_the_technology():
    ents = {"巡检无人机": "Technology", "电网运维": "Industry", "油气管线": "Industry"}
    got = run("支持企业在电网运维、油气管线等场景开展巡检无人机规模化验证。", ents)
    assert of_type(got, "appliedIn") == {
        ("巡检无人机", "appliedIn", "电网运维"), ("巡检无人机", "appliedIn", "油气管线")}


def test_pilot_in_fields_applies_the_technology():
    ents = {"数字人民币": "Technology", "公共交通": "Industry"}
    got = run("鼓励在公共交通领域开展数字人民币试点。", ents)
    assert of_type(got, "appliedIn") == {("数字人民币", "appliedIn", "公共交通")}


# partOf.share_within_class: the items set against a counted share are kinds of the same category

def test_items_after_a_share_are_kinds_of_the_category():
    ents = {"新型显示": "Technology", "液晶显示": "Technology", "硅基微显示": "Technology",
            "激光显示": "Technology"}
    got = run("去年新增的新型显示产能中，液晶显示占比超过八成，硅基微显示和激光显示开始规模化量产。", ents)
    assert of_type(got, "partOf") == {
        ("液晶显示", "partOf", "新型显示"), ("硅基微显示", "partOf", "新型显示"), ("激光显示", "partOf", "新型显示")}


def test_items_set_against_a_share_after_qizhong():
    ents = {"新型显示": "Technology", "液晶显示": "Technology", "硅基微显示": "Technology",
            "激光显示": "Technology"}
    got = run("今年新型显示出货再创新高，其中液晶显示占比仍在八成以上，但硅基微显示、激光显示等路线加快导入。", ents)
    assert ("硅基微显示", "partOf", "新型显示") in of_type(got, "partOf")
    assert ("激光显示", "partOf", "新型显示") in of_type(got, "partOf")


def test_a_next_clause_without_a_dynamic_verb_names_no_kinds():
    ents = {"新型显示": "Technology", "液晶显示": "Technology", "激光电视": "Technology"}
    got = run("新型显示产能中，液晶显示占比超过八成，激光电视价格仍然偏高。", ents)
    assert ("激光电视", "partOf", "新型显示") not in of_type(got, "partOf")


# partOf.n_fields_of: X已形成A、B、C和D四大环节 / 板块

def test_counted_links_a_sector_has_formed_are_its_parts():
    ents = {"海洋牧场": "Industry", "苗种繁育": "Industry", "智能投喂": "Industry", "冷链加工": "Industry"}
    got = run("我省海洋牧场已形成苗种繁育、智能投喂和冷链加工三大环节。", ents)
    assert of_type(got, "partOf") == {
        ("苗种繁育", "partOf", "海洋牧场"), ("智能投喂", "partOf", "海洋牧场"), ("冷链加工", "partOf", "海洋牧场")}


def test_uncounted_links_name_no_parts():
    ents = {"海洋牧场": "Industry", "苗种繁育": "Industry", "冷链加工": "Industry"}
    got = run("我省海洋牧场已形成苗种繁育和冷链加工的完整链条。", ents)
    assert of_type(got, "partOf") == set()


# field_retype: a technology written as the field of an application (在X领域的应用) is that field, an Industry

def test_technology_written_as_a_field_is_the_field():
    ents = {"激光清洗": "Technology", "超声探伤": "Technology", "船舶修理": "Technology"}
    got = run("推动激光清洗、超声探伤等技术在船舶修理领域的应用。", ents)
    assert of_type(got, "appliedIn") == {("激光清洗", "appliedIn", "船舶修理"), ("超声探伤", "appliedIn", "船舶修理")}


def test_field_retype_gives_the_field_the_industry_type():
    from kg.extract.relations import extract_relations
    from support.relations import mentions, sentences
    text = "推动激光清洗在船舶修理领域的应用。"
    ms = mentions(text, {"激光清洗": "Technology", "船舶修理": "Technology"})
    rels = extract_relations(text, sentences(text), ms, "doc")
    assert [(r.tail_text, r.tail_type) for r in rels if r.type == "appliedIn"] == [("船舶修理", "Industry")]


def test_a_technique_named_as_such_is_no_field():
    ents = {"激光清洗": "Technology", "无损检测技术": "Technology"}
    got = run("推动激光清洗在无损检测技术领域的应用。", ents)
    assert of_type(got, "appliedIn") == set()


def test_a_technology_not_written_as_a_field_keeps_its_type():
    ents = {"激光清洗": "Technology", "船舶修理": "Technology"}
    got = run("推动激光清洗在船舶修理中的应用。", ents)
    assert of_type(got, "appliedIn") == set()


def test_field_retype_is_a_known_key_that_must_compile(tmp_path):
    import pytest
    from kg.errors import KgError
    from support.relations import patterns_with

    def rule(regex):
        return {"id": "appliedIn.t", "pattern": "(?P<head>{TEC})在(?P<tail>{ENT})", "emit": [
            {"type": "appliedIn", "head": "head", "tail": "tail", "head_types": ["Technology"],
             "tail_types": ["Industry"], "field_retype": regex}]}
    loaded = patterns_with(tmp_path, [rule("(?:领域)")])
    assert loaded.rules[0].emits[0].field_retype.pattern == "(?:领域)"
    with pytest.raises(KgError, match="field_retype"):
        patterns_with(tmp_path, [rule("(?:领域")])


def test_a_list_of_technologies_written_as_fields_keeps_its_type():
    ents = {"激光清洗": "Technology", "船舶修理": "Technology", "管道检测": "Technology"}
    got = run("推动激光清洗在船舶修理和管道检测等领域的应用。", ents)
    assert of_type(got, "appliedIn") == set()
