"""News names, round 17: a lexicon body hidden by a short term read across a
verb (联合|国家…局), units written after the body they belong to, and the other
classes of names news writes (ontology/patterns/entities.json, news.json,
kg/extract/pipeline.py, kg/extract/persons.py).  Every sentence is made up for
this test, none taken from an annotated passage."""
from __future__ import annotations

from kg.extract import extract_text


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


# --- a short lexicon term across a word edge does not hide the body after it


def test_a_body_after_the_verb_lianhe_is_not_eaten_by_a_shorter_term():
    got = typed("国家矿山安全监察局联合国家能源局部署安全检查。", "Institution")
    assert {"国家矿山安全监察局", "国家能源局"} <= got, got
    assert "联合国" not in got, got


def test_the_united_nations_itself_still_reads():
    got = typed("联合国发布报告，呼吁各国加强合作。", "Institution")
    assert got == {"联合国"}, got


# --- a unit written after the body it belongs to is one Institution


def test_an_office_after_a_committee_is_one_body():
    got = typed("某省与中央网络安全和信息化委员会办公室联合发布通知。", "Institution")
    assert "中央网络安全和信息化委员会办公室" in got, got
    assert "中央网络安全和信息化委员会" not in got, got


def test_a_review_centre_after_an_agency_is_one_body():
    got = typed("国家药品监督管理局药品审评中心发布了新的审评指南。", "Institution")
    assert got == {"国家药品监督管理局药品审评中心"}, got


def test_a_clause_after_a_ministry_is_no_unit():
    got = typed("工业和信息化部近日批复建设国家智能制造创新中心。", "Institution")
    assert "工业和信息化部" in got, got
    assert not any(g.startswith("工业和信息化部近日") for g in got), got


def test_the_director_of_a_centre_leaves_the_body_alone():
    got = typed("科技部高技术研究发展中心主任表示，将加快推进项目。", "Institution")
    assert not any("主任" in g for g in got), got


# --- companies of a list closed by 等 + a company class


def test_a_name_jieba_cuts_into_other_words_between_separators_is_a_company():
    got = typed("宁德时代、中科海钠等企业已推出钠离子电池。", "Institution")
    assert {"宁德时代", "中科海钠"} <= got, got


def test_a_known_company_and_a_unit_word_makes_a_company_list():
    got = typed("协鑫光电、极电光能等企业已建成中试线。", "Institution")
    assert {"协鑫光电", "极电光能"} <= got, got


def test_a_carmaker_tail_needs_no_known_company():
    got = typed("鼓励长安深蓝、上汽通用五菱等整车企业开发新车型。", "Institution")
    assert {"长安深蓝", "上汽通用五菱"} <= got, got


def test_a_carmaker_tail_after_generic_words_names_no_company():
    got = typed("鼓励龙头、骨干等车企加快转型。", "Institution")
    assert not got, got


# --- a company a known company owns


def test_the_unit_after_qixia_is_a_company():
    got = typed("在某市，顺丰旗下丰翼科技的无人机运送药品。", "Institution")
    assert {"顺丰", "丰翼科技"} <= got, got


def test_a_sector_or_a_class_word_after_qixia_is_no_company():
    got = typed("腾讯旗下的游戏业务增长较快，华为旗下品牌也发布新品。", "Institution")
    assert got == {"腾讯", "华为"}, got


# --- transliterated names with a hyphen


def test_a_dotted_name_keeps_its_hyphenated_last_part():
    got = typed("某国际组织秘书长多琳·博格丹-马丁在开幕致辞中呼吁缩小数字鸿沟。", "Person")
    assert got == {"多琳·博格丹-马丁"}, got


def test_a_hyphen_before_a_number_stays_out_of_a_name():
    got = typed("约翰·史密斯-3号方案未获通过。", "Person")
    assert not any("-" in g for g in got), got


# --- a country as the modifier of a class or inside an honorary title


def test_a_country_before_qiye_is_no_region():
    got = typed("他表示，中国企业的技术将助力当地发展。", "Region")
    assert not got, got


def test_a_country_inside_an_honorary_title_is_no_region():
    got = typed("某市正加快建设“中国新能源汽车之都”。", "Region")
    assert not got, got


def test_a_foreign_country_before_a_class_stays_a_region():
    # annotation.md: a named country is a Region; only 中国 before 企业/科学家 reads as a modifier
    got = typed("美国企业加大投资，中国在其中作用显著。", "Region")
    assert got == {"中国", "美国"}, got
    got = typed("德国科学家汉斯·穆勒获得该奖项。", "Region")
    assert got == {"德国"}, got


# --- a pilot zone's committee, river basins


def test_a_pilot_zone_committee_is_one_body_with_no_region_inside():
    ex = extract_text("中国（广东）自由贸易试验区南沙新区片区管理委员会发布实施方案。")
    got = {(m.text, m.type) for m in ex.mentions}
    assert ("中国（广东）自由贸易试验区南沙新区片区管理委员会", "Institution") in got, got
    assert not any(t == "Region" for _, t in got), got


def test_a_river_basin_is_a_region():
    got = typed("在珠江流域，基于卫星遥感的监测体系已经建立。", "Region")
    assert got == {"珠江流域"}, got


def test_a_country_before_a_class_of_people_is_no_region():
    got = typed("共有十位中国科学家入选该榜单。", "Region")
    assert not got, got


# --- a fair's short name after 本届


def test_a_fair_short_name_after_benjie_is_the_event():
    got = typed("2025中国国际某某装备博览会在某市开幕，本届装博会设置五个展区。", "Event")
    assert "装博会" in got, got


def test_a_short_name_no_full_name_holds_is_no_event():
    got = typed("某某论坛在北京开幕，本届农博会聚焦乡村振兴。", "Event")
    assert "农博会" not in got, got


# --- port operators; a term a dropped longer match hid


def test_a_port_operator_is_an_institution():
    got = typed("某市依托滨海新区和天津港，推动信创企业发展。", "Institution")
    assert "天津港" in got, got


def test_a_city_before_gangkou_stays_a_region():
    ex = extract_text("天津港口吞吐量持续增长。")
    got = {(m.text, m.type) for m in ex.mentions}
    assert ("天津", "Region") in got, got
    assert not any(t == "Institution" for _, t in got), got


# --- a Latin name after the class of body it is


def test_a_latin_name_after_a_research_body_class_is_an_institution():
    got = typed("市场研究机构Omdia发布报告，拆解机构TechWise发现该手机采用新芯片。", "Institution")
    assert {"Omdia", "TechWise"} <= got, got


def test_a_latin_name_after_a_platform_is_no_institution():
    got = typed("某公司推出平台Xplore，用户数持续增长。", "Institution")
    assert "Xplore" not in got, got


# --- units named with a verb; a clause after a ministry is no unit


def test_a_unit_named_with_a_verb_after_its_body_is_one_institution():
    got = typed("国家市场监督管理总局认证认可技术研究中心发布报告。", "Institution")
    assert got == {"国家市场监督管理总局认证认可技术研究中心"}, got


def test_a_ministry_building_a_centre_is_two_names():
    got = typed("工业和信息化部建设国家制造业创新中心。", "Institution")
    assert "工业和信息化部" in got, got
    assert not any(g.startswith("工业和信息化部建设") for g in got), got


def test_a_unit_pairing_two_nouns_with_yu_after_its_body_is_one_institution():
    got = typed("支持设在某县的联合国全球数字知识与创新中心开展国际合作。", "Institution")
    assert got == {"联合国全球数字知识与创新中心"}, got


def test_two_bodies_joined_by_yu_stay_two():
    got = typed("国家能源局与科技部联合发布通知。", "Institution")
    assert got == {"国家能源局", "科技部"}, got
