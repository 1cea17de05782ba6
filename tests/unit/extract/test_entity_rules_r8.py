"""Entity rules, round 8: open vocabulary, list boundaries, Technology/Industry.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

import pytest

from support.entities import ents


# --- a pair written as one list item (…、A与B、…) keeps the list whole ---------


def test_pair_inside_a_list_is_one_item_of_the_class_named_after_it():
    # the pair no longer ends the list, so the class noun after the list reaches
    # the items before it: the open-vocabulary pair and the material sector
    got = ents("提出重点发展低碳冶金、激光芯片与光学模组、智慧农业、量子技术等未来产业。")
    assert ("激光芯片与光学模组", "Industry") in got
    assert ("激光芯片与光学模组", "Technology") not in got


def test_pair_of_one_kind_inside_a_list_is_two_items_of_the_class():
    # 固态电池与钠离子电池: two names with one head stay two, each an item of
    # the list, so both take the class named after it
    got = ents("围绕商业航天、固态电池与钠离子电池、生物育种、低空物流等未来产业。")
    assert ("固态电池", "Industry") in got and ("钠离子电池", "Industry") in got
    assert not any(s == "固态电池与钠离子电池" for s, _ in got)


def test_clause_after_a_joiner_does_not_join_two_lists():
    # 和 + a clause (…分别正在重塑…) is no item: the two lists stay apart and the
    # material keeps its technology reading
    got = ents("生物育种、生物基纤维和基因治疗分别正在重塑农业、化工和医疗健康产业。")
    assert ("生物基纤维", "Industry") not in got


# --- a verb that heads the last item under a counted class ---------------------


def test_item_headed_by_development_under_a_class_noun():
    got = ents("提出培育智能网联汽车、极地资源开发、海洋牧场等新兴产业。")
    assert ("极地资源开发", "Industry") in got


# --- a gloss after an item (written with full-width parentheses) ---------------


@pytest.mark.parametrize("gloss", ["（含深海）", "(含深海)"])
def test_list_runs_over_a_gloss_in_either_parenthesis(gloss):
    got = ents(f"布局极地探测{gloss}、新型储能、氢能等五个成长型未来产业。")
    assert ("极地探测", "Industry") in got


# --- 研发 heads the last item of a list closed by 等 ------------------------------


def test_research_heads_the_last_item_before_the_class_noun():
    # without it the last item ended before 研发, 等 no longer followed it and
    # the class noun (…等应用) typed nothing
    got = ents("平台覆盖智能分诊、影像辅助识别、智能药物研发等应用。")
    assert ("智能药物研发", "Technology") in got
    assert ("影像辅助识别", "Technology") in got


def test_research_is_no_part_of_an_item_in_an_open_list():
    # no 等: …仪器研发和产业化 is a clause, the item is the instrument
    got = ents("支持企业开展量子计算机、量子雷达、量子精密测量仪器研发和产业化。")
    assert not any(s.endswith("研发") for s, _ in got)
    # nor does the verb before a first item become part of it
    got = ents("他们正在加大力度研发光学传感器、激光雷达等新产品。")
    assert not any(s.startswith(("研发", "加大")) for s, _ in got)


# --- the industries a list of clusters is named after --------------------------


def test_items_of_counted_industrial_clusters_are_industries():
    got = ents("提出壮大智能家电、精细化工、现代纺织、特色食品四大产业集群。")
    assert ("精细化工", "Industry") in got
    assert ("智能家电", "Industry") in got


def test_places_before_a_cluster_or_park_stay_places():
    got = ents("推动苏州、无锡、常州等地建设生物医药产业集群，闵行、松江等区建设集成电路产业园区。")
    assert {("苏州", "Region"), ("无锡", "Region"), ("闵行", "Region")} <= got


# --- a model name after its class term is an entity of its own -----------------


def test_model_name_and_its_class_term_are_two_technologies():
    got = ents("该公司发布了新一代多模态大模型Nova-2，并推出人形机器人X3。")
    assert {("多模态大模型", "Technology"), ("Nova-2", "Technology")} <= got
    assert {("人形机器人", "Technology"), ("X3", "Technology")} <= got
    assert not any(s.endswith(name) and s != name for s, _ in got for name in ("Nova-2", "X3"))


# --- a unit written right after its parent body is one Institution -------------


def test_department_after_a_bureau_is_one_institution():
    got = ents("国家烟草局综合司、国家文物局办公厅联合印发通知。")
    assert ("国家烟草局综合司", "Institution") in got
    assert ("国家文物局办公厅", "Institution") in got
    assert ("国家烟草局", "Institution") not in got


def test_a_company_or_title_after_a_ministry_is_no_department():
    got = ents("该局下属公司负责运营，工信部司长出席。")
    assert not any(s.endswith("公司") and s.startswith("该局") for s, _ in got)
    assert ("工信部", "Institution") in got


def test_numbered_institute_with_a_field_name_joins_its_ministry():
    got = ents("支持交通运输部第二公路研究所开展攻关。")
    assert ("交通运输部第二公路研究所", "Institution") in got


def test_research_department_right_after_a_company():
    got = ents("华泰公司研究部发布报告称，行业景气度回升。")
    assert ("华泰公司研究部", "Institution") in got


# --- key technologies of named fields (lexicon, national guidelines) -----------


def test_component_technologies_of_a_field_are_technologies():
    got = ents("该企业研制了电子皮肤和伺服驱动器，提升机器人的运动控制能力，并探索飞轮储能。")
    assert {("电子皮肤", "Technology"), ("伺服驱动器", "Technology"), ("运动控制", "Technology"),
            ("飞轮储能", "Technology")} <= got
    # the longer storage term is one technology, not the sector 储能 inside it
    assert ("储能", "Industry") not in got


# --- product heads after a technology ------------------------------------------


def test_vehicle_and_computer_heads_after_a_technology():
    got = ents("推广燃料电池货车，研制类脑计算机。")
    assert ("燃料电池货车", "Technology") in got and ("燃料电池", "Technology") not in got
    assert ("类脑计算机", "Technology") in got and ("类脑计算", "Technology") not in got


def test_a_word_written_twice_ends_one_name():
    # 某量子|量子计算机: the company's word is no modifier of the product
    got = ents("加快华源量子量子计算机产业化。")
    assert ("量子量子计算机", "Technology") not in got
    assert ("量子计算机", "Technology") in got


# --- a one-word item jieba tags as a verb, under a class noun ------------------


def test_verb_tagged_item_inside_a_list_under_a_class_noun():
    got = ents("发展金融、会计、法律、会展等现代服务业。")
    assert ("会计", "Industry") in got and ("法律", "Industry") in got


def test_verb_tagged_item_without_a_class_noun_is_no_name():
    got = ents("企业要学会计划、组织、协调和控制。")
    assert not any(t == "Industry" for _, t in got)


# --- 开源 is a modifier, not a technology -----------------------------------------


def test_open_source_alone_is_no_technology_but_forms_a_class():
    got = ents("该实验室建设开源开放平台，并发布开源机器学习模型。")
    assert not any(s == "开源" for s, _ in got)
    assert ("开源机器学习模型", "Technology") in got


# --- the industry a zone or park is named after is an entity --------------------


def test_category_inside_a_pilot_zone_is_named():
    got = ents("支持三地建设未来产业先导区，依托高校建设未来产业科技园。")
    assert ("未来产业", "Industry") in got
    assert not any(s.endswith(("先导区", "科技园")) for s, _ in got)


# --- a stop word read across a word edge does not swallow the next term ---------


def test_term_starting_inside_a_misread_stop_word_is_found():
    # 绿色化 (a stop word) matched 绿色|化工 across the word edge and hid 化工
    # (since round 9 绿色 is a class-forming word, so the name is 绿色化工)
    got = ents("当地大力发展绿色化工。")
    assert ("绿色化工", "Industry") in got


# --- quoted programme names in a series closed by 等 + an action noun ------------


def test_quoted_names_before_etc_action_are_policies():
    got = ents("提出实施“数智强基”“数智扩容”等行动，发展电商。")
    assert ("数智强基", "Policy") in got and ("数智扩容", "Policy") in got
    assert not any(s.endswith("等行动") for s, _ in got)


def test_a_body_with_deng_inside_a_word_stays_a_name():
    got = ents("实施高等教育质量提升工程。")
    assert ("高等教育质量提升工程", "Policy") in got


def test_two_projects_joined_before_gongcheng_are_no_programme_name():
    got = ents("推进智能电网和智慧港口工程建设。")
    assert not any(t == "Policy" for _, t in got)


# --- a sector name used as a modifier of 体系/利用/保供 ------------------------


def test_sector_before_system_or_structure_nouns_is_a_modifier():
    got = ents("完善能源体系，确保国家能源保供。")
    assert ("能源", "Industry") not in got
    got = ents("推动能源、交通等领域数字化转型。")
    assert ("能源", "Industry") in got


# --- an edition word after a version stays in the product name ------------------


def test_edition_after_a_version_is_part_of_the_name():
    got = ents("该公司推出DeepSeek-V3 Pro，并计划发布Gemini 2.0 Ultra。")
    assert ("Gemini 2.0 Ultra", "Technology") in got
    got = ents("HarmonyOS 5 Produce模式。")
    assert not any("Produce" in s for s, _ in got)


# --- a named place's people's government ---------------------------------------


def test_people_government_of_a_named_region_is_an_institution():
    got = ents("西藏自治区人民政府、海淀区人民政府联合印发通知。")
    assert ("西藏自治区人民政府", "Institution") in got
    assert ("海淀区人民政府", "Institution") in got


def test_generic_people_government_is_no_institution():
    got = ents("地方人民政府和县级以上人民政府负责落实。")
    assert not any(t == "Institution" for _, t in got)
