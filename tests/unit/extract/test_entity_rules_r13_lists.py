"""List typing and list edges (coordination): the class named after a list is
the reading the sentence gives its items (annotation.md).  Made-up sentences;
each case fails when its rule is removed or over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_lexicon_technologies_take_the_sector_class_closing_their_list():
    found = ents("该省将前瞻布局量子信息、类脑智能、深海开发和可控核聚变等六个未来产业。")
    assert {("量子信息", "Industry"), ("类脑智能", "Industry"), ("可控核聚变", "Industry")} <= found


def test_a_digital_industry_class_retypes_its_technologies():
    found = ents("大力发展边缘计算、隐私计算、计算机视觉等数字产业。")
    assert {("边缘计算", "Industry"), ("隐私计算", "Industry"), ("计算机视觉", "Industry")} <= found


def test_a_technology_class_before_a_verb_and_an_industry_is_no_sector_class():
    # …等技术结合推动现有产业: the class of the list is 技术; 产业 is what they act on
    found = ents("脑机接口可与虚拟现实、人机交互、云计算等技术结合推动现有产业变革。")
    assert {("虚拟现实", "Technology"), ("人机交互", "Technology"), ("云计算", "Technology")} <= found


def test_a_list_governed_by_a_verb_before_an_industry_class_keeps_its_reading():
    found = ents("该平台把区块链、云计算等引领传统产业转型。")
    assert ("区块链", "Industry") not in found


def test_industries_and_applications_together_decide_no_class():
    # …等新产业新应用: two classes, one of sectors and one of applications
    found = ents("推动5G与扩展现实、数字孪生、云计算等新产业新应用融合发展。")
    assert ("数字孪生", "Industry") not in found and ("云计算", "Industry") not in found


def test_a_technology_list_keeps_its_reading():
    found = ents("突破量子信息、类脑智能、云计算等前沿技术。")
    assert {("量子信息", "Technology"), ("类脑智能", "Technology")} <= found


def test_the_fields_a_technology_is_applied_in_are_sectors():
    found = ents("推动大模型在工业互联网、车联网、金融等领域的深度应用。")
    assert {("工业互联网", "Industry"), ("车联网", "Industry"), ("大模型", "Technology")} <= found


def test_scenes_of_application_keep_their_technologies():
    found = ents("拓展人机交互、知识图谱、虚拟仿真等应用场景。")
    assert {("人机交互", "Technology"), ("知识图谱", "Technology")} <= found


def test_a_fields_list_with_no_class_after_it_retypes_its_technologies():
    found = ents("推动北斗在车联网和工业互联网领域的规模化应用。")
    assert {("车联网", "Industry"), ("工业互联网", "Industry"), ("北斗", "Technology")} <= found


def test_a_field_named_as_a_technology_keeps_its_reading():
    found = ents("推动卫星在遥感技术和车联网领域的应用。")
    assert ("遥感技术", "Technology") in found and ("车联网", "Industry") in found


def test_a_verb_of_use_before_a_list_is_no_part_of_its_first_item():
    found = ents("提出充分运用物联网、区块链、边缘计算等技术提升监管水平。")
    assert ("物联网", "Technology") in found
    assert not any(s.startswith("充分运用") for s, _ in found)


def test_a_software_class_types_the_names_listed_before_it():
    found = ents("支持国产PLM、MOM和APS等生产管理类软件推广应用。")
    assert {("PLM", "Technology"), ("MOM", "Technology"), ("APS", "Technology")} <= found


def test_new_occupations_and_business_forms_are_sectors():
    found = ents("也将催生算法训练、数据标注和模型测评等新职业新业态。")
    assert {("算法训练", "Industry"), ("模型测评", "Industry")} <= found


def test_the_fields_a_thing_lands_in_are_sectors():
    # 在A、B和C中落地 / 中开发利用 / 中发挥作用 mark where something is applied, like 中的应用
    found = ents("推动无人机在森林巡护、港口调度和矿山测绘中落地。")
    assert {("森林巡护", "Industry"), ("港口调度", "Industry"), ("矿山测绘", "Industry")} <= found


def test_a_scene_word_after_the_last_field_is_no_part_of_it():
    found = ents("展示数字孪生在纺织、冶金和家庭照护场景中的应用。")
    assert ("家庭照护", "Industry") in found and ("家庭照护场景", "Industry") not in found


def test_the_fields_an_industry_extends_into_are_sectors():
    found = ents("推动茶叶产业向茶饮研发、茶旅融合和冷链仓储延伸。")
    assert {("茶饮研发", "Industry"), ("茶旅融合", "Industry"), ("冷链仓储", "Industry")} <= found


def test_the_fields_a_technology_serves_are_sectors():
    found = ents("量子传感将服务于地质勘查和海洋测绘。")
    assert ("地质勘查", "Industry") in found


def test_processes_of_change_and_positions_are_no_fields():
    found = ents("推动物流服务向精细化和产业链高端延伸。")
    assert not {s for s, _ in found} & {"精细化", "产业链高端"}


def test_a_sector_class_before_a_base_types_items_written_after_their_cities():
    # …等战略性新兴产业基地: the base is no entity, the class still names its items;
    # each item follows its city, which is a Region of its own
    found = ents("推动洛阳新型显示、襄阳机器人、株洲碳基新材料等战略性新兴产业基地提质扩量。")
    assert {("新型显示", "Industry"), ("机器人", "Industry"), ("碳基新材料", "Industry")} <= found
    assert {("洛阳", "Region"), ("襄阳", "Region")} <= found


def test_a_class_written_once_after_a_pair_before_a_base_belongs_to_both():
    found = ents("支持示范区建设特种纸和新材料产业基地。")
    assert {("特种纸", "Industry"), ("新材料", "Industry")} <= found
    assert ("新材料产业", "Industry") not in found


def test_the_first_of_a_pair_before_a_park_is_a_line_of_industry():
    found = ents("推动两县建设山地茶饮和高端装备特色园区。")
    assert ("山地茶饮", "Industry") in found


def test_a_pair_before_a_cluster_keeps_its_class():
    # a cluster is named after its industry: 乙产业集群 keeps 乙产业 (only bases and parks split the pair)
    found = ents("依托园区打造风电装备和绿色化工产业集群。")
    assert ("绿色化工", "Industry") not in found


def test_a_verb_between_the_governing_verb_and_a_known_name_modifies_it():
    # 发展|包装|物流: the whole segment before the first separator is the item
    found = ents("加快发展包装物流、休闲农业和乡村民宿。")
    assert ("包装物流", "Industry") in found and ("物流", "Industry") not in found


def test_a_word_jieba_tags_as_an_adverb_after_the_governing_verb_opens_the_item():
    found = ents("发展有声绘本、知识付费和沉浸式演出等新业态。")
    assert ("有声绘本", "Industry") in found and ("绘本", "Industry") not in found


def test_a_governing_verb_used_as_a_noun_opens_no_item():
    found = ents("报告认为，芯片的突破离不开多模态大模型、灵巧手和关节模组的进步。")
    assert ("多模态大模型", "Technology") in found
    assert not any(s.startswith("离不开") for s, _ in found)


def test_an_item_may_open_with_a_place_word():
    found = ents("支持两区发展森林旅游和高原康养。")
    assert {("高原康养", "Industry"), ("森林旅游", "Industry")} <= found


def test_an_item_named_as_an_industry_keeps_its_class_beside_a_technology():
    found = ents("发展山地特色果蔬产业和绿色算力。")
    assert ("山地特色果蔬产业", "Industry") in found and ("绿色算力", "Technology") in found


def test_a_product_or_sector_head_types_no_headless_sibling():
    found = ents("支持沿海城市发展海洋保健品和深远海养殖装备。")
    assert ("海洋保健品", "Technology") not in found


def test_siblings_written_as_terms_take_the_type_of_the_known_item():
    # no class noun and one known item: nouns written as terms are of its kind
    found = ents("该平台集成了激光雷达、惯导模组和线控悬架，运行稳定。")
    assert ("线控悬架", "Technology") in found


def test_a_class_no_cue_names_leaves_term_siblings_undecided():
    found = ents("量子计算机可为人工智能、天气预报和蛋白折叠等计算难题提供算力。")
    assert ("天气预报", "Technology") not in found


def test_the_governing_verb_bounds_the_first_item_of_a_pair_under_a_class():
    # 推动|现代|茶饮、…等传统产业: 现代 is a boundary word elsewhere, a modifier here
    found = ents("推动现代茶饮、纺织服装等传统产业转型升级。")
    assert ("现代茶饮", "Industry") in found


def test_a_class_word_after_the_last_item_is_the_lists():
    # 港口、电力和纺织行业: 行业 is the class of all three, not part of the last one
    found = ents("调度系统已在港口、电力和纺织行业推广。")
    assert ("纺织", "Industry") in found and ("纺织行业", "Industry") not in found


def test_a_verb_jieba_reads_as_a_noun_opens_no_first_item():
    found = ents("新材料正在重塑家电、汽车、建材等产业。")
    assert ("家电", "Industry") in found and ("重塑家电", "Industry") not in found


def test_branches_named_before_a_farming_class_are_sectors():
    found = ents("推动茶叶、食用花卉等山地特色农业提质增效。")
    assert {("茶叶", "Industry"), ("食用花卉", "Industry")} <= found
