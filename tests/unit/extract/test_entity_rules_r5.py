"""Entity rules of round 5 (issue 11: typed F1 on unseen text): short local
co-issuers, ministry units, persons listed after their institution, places
below city level, event names after a year, class-forming modifiers.  Every
sentence is written for this test, none taken from an annotated passage."""
from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract import extract_text
from kg.extract.lexicon import load_entity_patterns, validate_patterns
from support.entities import ents


def surfaces(text: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions}


# --- a provincial or municipal department written short as a co-issuer


def test_short_provincial_departments_after_a_full_body_are_institutions():
    got = ents("甘肃省商务厅会同省教育厅、省财政厅等部门印发《办法》。")
    assert ("省教育厅", "Institution") in got, got
    assert ("省财政厅", "Institution") in got, got


def test_short_municipal_department_as_a_co_issuer():
    got = ents("市科技局联合市统计局发布年度监测报告。")
    assert ("市科技局", "Institution") in got, got
    assert ("市统计局", "Institution") in got, got


def test_each_province_department_stays_generic():
    got = surfaces("各省科技厅要加强对项目的指导。")
    assert "省科技厅" not in got, got


def test_a_full_provincial_body_is_not_cut_to_its_short_form():
    got = surfaces("湖北省科技厅发布了新的支持政策。")
    assert "省科技厅" not in got, got


def test_a_national_association_keeps_its_branch():
    got = ents("中国钢铁与冶金材料行业协会节能分会的调查显示需求回升。")
    assert ("中国钢铁与冶金材料行业协会节能分会", "Institution") in got, got


# --- names listed right after their institution


def test_names_listed_after_their_university_are_persons():
    got = ents("浙江大学钱明远、郭文静等组成的课题组发布了新算法。")
    assert ("钱明远", "Person") in got, got
    assert ("郭文静", "Person") in got, got


def test_names_after_an_institute_before_a_writing_cue_are_persons():
    got = ents("中国人民大学经济学院龚子明、唐欣撰文指出，产业正在转型。")
    assert ("龚子明", "Person") in got, got
    assert ("唐欣", "Person") in got, got


def test_companies_listed_after_a_company_are_no_persons():
    got = ents("阿里巴巴华为、小米等企业加大投入。")
    assert not any(t == "Person" for _, t in got), got


# --- a body before the verb 组织 is its subject, not an organisation's name


def test_a_bureau_organising_something_is_not_an_organisation_named_zuzhi():
    got = surfaces("国家林业和草原局组织开展森林防火检查。")
    assert not any(s.endswith("组织") for s in got), got


def test_an_organisation_named_after_a_body_keeps_its_head():
    got = ents("联合国工业发展组织发布了一份报告。")
    assert ("联合国工业发展组织", "Institution") in got, got


# --- places below city level


def test_a_town_written_after_its_province_is_a_region():
    got = ents("年度大会在浙江西塘开幕。")
    assert ("浙江", "Region") in got, got
    assert ("西塘", "Region") in got, got


def test_a_place_that_goes_on_is_left_to_the_longer_name():
    got = surfaces("合肥滨湖科学城吸引了大批企业。")
    assert "滨湖" not in got, got


def test_an_economic_zone_after_a_region_is_one_region():
    got = ents("推动海峡西岸经济区建设先进制造业基地。")
    assert ("海峡西岸经济区", "Region") in got, got


# --- departments and research units of a ministry or body


def test_a_ministry_department_keeps_its_ministry():
    got = ents("工业和信息化部电子信息司发布了新的统计数据。")
    assert ("工业和信息化部电子信息司", "Institution") in got, got


def test_a_department_named_after_a_field_is_an_institution_alone():
    got = ents("据介绍，人工智能司将统筹推进相关工作。")
    assert ("人工智能司", "Institution") in got, got


def test_a_research_unit_of_a_lexicon_body():
    got = ents("中国社会科学院数量经济研究室的报告显示需求回升。")
    assert any(s.endswith("研究室") and t == "Institution" for s, t in got), got



# --- class-forming modifiers stay in the name


def test_a_mode_word_before_a_technology_stays_in_it():
    got = ents("公司计划明年发射一枚固体运载火箭。")
    assert ("固体运载火箭", "Technology") in got, got


def test_stacked_class_modifiers_stay_in_the_name():
    got = ents("团队展示了无线植入式脑机接口的最新样机。")
    assert ("无线植入式脑机接口", "Technology") in got, got


def test_a_commercial_constellation_keeps_its_class_word():
    got = ents("该省支持商业无人机和卫星地面站建设。")
    assert ("商业无人机", "Technology") in got, got


# --- unquoted policies: the last item of a list, the pilot of a programme


def test_a_programme_whose_body_opens_with_ben_is_still_a_name():
    got = ents("实施设备更新行动、质量提升行动和本质健康保障行动，推动转型。")
    assert ("本质健康保障行动", "Policy") in got, got


def test_the_pilot_of_a_named_programme_is_the_programme():
    got = ents("两市将开展数字技术赋能养老行动试点。")
    assert ("数字技术赋能养老行动", "Policy") in got, got
    assert "数字技术赋能养老行动试点" not in {s for s, _ in got}, got


def test_powers_supported_by_a_sector_are_policies():
    got = ents("激发创新活力，支撑质量强国、体育强国建设。")
    assert ("质量强国", "Policy") in got, got
    assert ("体育强国", "Policy") in got, got


# --- short sectors in a list closed by 等(重点)领域


def test_short_sectors_beside_a_known_sector_are_industries():
    got = ents("推动大数据与零售、会展、体育、交通等重点领域深度融合。")
    assert ("会展", "Industry") in got, got
    assert ("体育", "Industry") in got, got


def test_a_list_of_no_known_sector_stays_unnamed():
    got = surfaces("加大在基础研究、人才培养、成果转化等领域的投入。")
    assert not {"基础研究", "人才培养", "成果转化"} & got, got


def test_a_class_word_before_a_built_technology_stays_in_it():
    got = ents("农场开始推广大中型农业无人机。")
    assert ("大中型农业无人机", "Technology") in got, got


# --- a known place glued by jieba to a word still names the body; long company names


def test_a_regional_government_office_is_one_institution():
    got = ents("宁夏回族自治区人民政府办公厅印发《实施方案》。")
    assert ("宁夏回族自治区人民政府办公厅", "Institution") in got, got


def test_a_long_registered_company_name_keeps_its_city():
    got = ents("苏州星河智能机器人基础技术研究有限公司发布了新款机械臂。")
    assert ("苏州星河智能机器人基础技术研究有限公司", "Institution") in got, got


# --- a chain is no entity: X产业链 names X


def test_an_industry_chain_names_its_industry_not_x_chanye():
    got = ents("带动生物医药产业链在本地集聚。")
    assert ("生物医药", "Industry") in got, got
    assert "生物医药产业" not in {s for s, _ in got}, got


def test_an_industry_without_a_chain_keeps_its_head():
    got = ents("带动生物医药产业在本地集聚。")
    assert any(s == "生物医药产业" for s, _ in got), got


def test_a_size_word_before_a_sector_is_no_class():
    got = ents("当地规划了两座大型光伏基地。")
    assert ("光伏", "Industry") in got, got
    assert "大型光伏" not in {s for s, _ in got}, got


def test_a_size_word_before_a_technology_is_a_class():
    got = ents("公司推出了一款小型无人机。")
    assert ("小型无人机", "Technology") in got, got


# --- a name alone at a clause's start in news text


def test_a_name_opening_a_clause_before_a_verb_is_a_person():
    got = ents("决赛第三局，葛云翔打出关键一球，帮助球队逆转。")
    assert ("葛云翔", "Person") in got, got


def test_a_slogan_word_with_a_surname_is_no_person():
    got = ents("推动产业链，普惠创新、协同发展。")
    assert not any(t == "Person" for _, t in got), got


def test_a_numeral_unit_is_no_person():
    got = ents("从业人员由 2.3 万人增长到 5 万人。")
    assert not any(t == "Person" for _, t in got), got


# --- a launch event named by its organiser


def test_a_launch_event_of_a_named_company_is_an_event():
    got = ents("小米公司秋季新品发布会今天在北京举行。")
    assert ("小米公司秋季新品发布会", "Event") in got, got


def test_a_press_conference_is_no_named_event():
    got = ents("国家统计局在新闻发布会上介绍了数据。")
    assert not any(t == "Event" for _, t in got), got


# --- a technique or device named after a lexicon technology


def test_hydrogen_made_by_a_named_source_is_a_technology():
    got = ents("当地开展核能制氢和太阳能制氢试验。")
    assert ("核能制氢", "Technology") in got, got
    assert ("太阳能制氢", "Technology") in got, got


def test_an_engine_or_instrument_named_after_a_technology():
    got = ents("企业研发燃料电池发动机和激光雷达装置。")
    assert ("燃料电池发动机", "Technology") in got, got
    assert ("激光雷达装置", "Technology") in got, got


# --- a place before a national name, a preposition glued to a list's first item


def test_a_place_before_a_national_body_is_its_own_name():
    got = ents("去年，洛阳中国陶瓷博物馆新馆对外开放。")
    assert ("洛阳", "Region") in got, got
    assert ("中国陶瓷博物馆", "Institution") in got, got


def test_a_preposition_glued_to_a_whole_first_item_is_cut_off():
    got = surfaces("这座城市，以光电子信息产业、智能网联汽车、新材料等为引领。")
    assert not any(x.startswith("以") for x in got), got
    assert "光电子信息产业" in got, got


def test_an_organisation_short_name_opening_a_clause_is_no_person():
    got = ents("海装联发布年度报告，多家企业参加。")
    assert not any(t == "Person" for _, t in got), got


# --- the fields something is applied in


def test_fields_of_an_application_are_industries():
    got = ents("推动北斗导航在远洋捕捞和港口调度中的应用。")
    assert ("远洋捕捞", "Industry") in got, got
    assert ("港口调度", "Industry") in got, got


def test_a_known_sector_with_a_generic_noun_is_not_taken_whole():
    got = surfaces("推动无人机在林业生产和物流配送中的应用。")
    assert "林业生产" not in got, got


# --- a Latin-script name before a company officer's title is the company


def test_a_latin_name_before_an_officer_title_is_an_institution():
    got = ents("Zhipu创始人唐杰此前表示，模型将开源。")
    assert ("Zhipu", "Institution") in got, got


def test_an_invasiveness_mode_is_a_class_word():
    got = ents("医院开展了半侵入式脑机接口的临床试验。")
    assert ("半侵入式脑机接口", "Technology") in got, got


def test_the_core_industry_of_a_technology_is_one_industry():
    got = ents("区块链核心产业规模持续扩大。")
    assert ("区块链核心产业", "Industry") in got, got


# --- an integrated technique named by what it joins


def test_an_abbreviated_integration_is_a_technology():
    got = ents("园区推广源网荷储一体化等新技术。")
    assert ("源网荷储一体化", "Technology") in got, got


def test_regional_integration_is_no_technology():
    got = ents("推进长三角一体化发展和城乡一体化。")
    assert not any(s.endswith("一体化") for s, _ in got), got


# --- two Latin names joined by / are one technology


def test_a_slash_pair_with_its_head_is_one_technology():
    got = ents("厂商推出了新一代MR/XR头显，支持TCP/IP协议。")
    assert ("MR/XR头显", "Technology") in got, got


def test_a_date_with_a_slash_is_no_technology():
    got = ents("数据截至2024/10，共有12/15个项目完成。")
    assert not any("/" in s for s, _ in got), got


def test_the_related_industries_of_a_named_technology_are_one_industry():
    got = ents("推进区块链相关产业发展，同时推动相关产业升级。")
    assert ("区块链相关产业", "Industry") in got, got
    assert "相关产业" not in {s for s, _ in got}, got


# --- the round-5 keys are validated on load


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("applied_fields", {"regex": "("}, "applied_fields.regex"),
        ("applied_fields", {"regex": "x", "typo": 1}, "applied_fields.typo"),
        ("chain_words", {"followers": "链"}, "chain_words.followers"),
        ("place_after_place", {"max_chars": "3"}, "place_after_place.max_chars"),
    ],
)
def test_round5_top_level_keys_are_validated(key, value, message):
    data = dict(load_entity_patterns(), **{key: value})
    with pytest.raises(KgError, match=message):
        validate_patterns(data)


def test_round5_nested_keys_are_validated():
    data = load_entity_patterns()
    person = dict(data["person"], subject_next_tags="v")
    with pytest.raises(KgError, match="subject_next_tags"):
        validate_patterns(dict(data, person=person))
    prefix = dict(data["class_prefix"], technology_only_words=["大型", 3])
    with pytest.raises(KgError, match="technology_only_words"):
        validate_patterns(dict(data, class_prefix=prefix))
    forms = [dict(data["policy_formulas"]["forms"][0], trim_suffixes="试点")]
    with pytest.raises(KgError, match="trim_suffixes"):
        validate_patterns(dict(data, policy_formulas=dict(data["policy_formulas"], forms=forms)))
