"""Technology and Industry boundaries (session 21): a branch of the chemical
industry named by its feedstock is one sector (heads.IndustryChemical); 水下
is a class-forming word; a wafer, epitaxial wafer, converter or inverter and a
forklift after a lexicon term are products (heads.TechnologyComponent,
heads.TechnologyVehicle); a named model built by a head keeps a dotted version
(class_prefix.version_named_heads); a list closed by …赛道 names sectors
when none of its items is known. Made-up sentences; each positive case fails
when its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_feedstock_before_the_chemical_sector_stays_in_its_name():
    found = ents("当地依托煤炭资源发展煤化工，并推动磷化工和氟化工向精细化延伸。")
    assert {("煤化工", "Industry"), ("磷化工", "Industry"), ("氟化工", "Industry")} <= found
    assert ("化工", "Industry") not in found


def test_a_one_character_feedstock_jieba_writes_apart():
    found = ents("这家企业在盐化工领域布局多年。")
    assert ("盐化工", "Industry") in found
    assert ("化工", "Industry") not in found


def test_the_bare_chemical_sector_and_words_across_it_build_nothing_longer():
    found = ents("推进化工园区改造，强化工业基础。")
    assert ("化工", "Industry") in found
    assert not any(t.endswith("化工") and t != "化工" for t, _ in found)


def test_underwater_is_a_class_forming_word():
    found = ents("港口试点水下机器人，高校研发水下通信。")
    assert ("水下机器人", "Technology") in found
    assert ("水下通信", "Technology") in found
    assert ("机器人", "Technology") not in found


def test_a_wafer_after_a_lexicon_material_is_a_product():
    found = ents("公司布局碳化硅衬底和氮化镓外延片。")
    assert ("碳化硅衬底", "Technology") in found
    assert ("氮化镓外延片", "Technology") in found


def test_a_converter_after_a_lexicon_sector_is_a_product():
    found = ents("园区重点发展储能变流器。")
    assert ("储能变流器", "Technology") in found
    assert ("储能", "Industry") not in found


def test_a_forklift_named_by_its_power_source():
    found = ents("展会上展出了氢燃料电池叉车。")
    assert ("氢燃料电池叉车", "Technology") in found


def test_a_named_model_keeps_its_dotted_version():
    found = ents("该公司发布了星河大模型3.5，称其推理能力明显提升。")
    assert ("星河大模型3.5", "Technology") in found
    assert ("星河大模型", "Technology") not in found


def test_a_named_model_takes_no_count_after_it():
    found = ents("该公司的星河大模型3.5万次调用量创新高。")
    assert not any(t.startswith("星河大模型3") for t, _ in found)


def test_items_of_counted_tracks_are_sectors():
    found = ents("方案聚焦钠电负极材料、电解液和高温合金材料三条赛道，加快产业集聚。")
    assert {("钠电负极材料", "Industry"), ("电解液", "Industry"), ("高温合金材料", "Industry")} <= found


def test_known_technologies_keep_their_reading_before_a_track():
    found = ents("开辟量子技术、脑机接口等新赛道。")
    assert ("量子技术", "Technology") in found
    assert ("脑机接口", "Technology") in found


# --- second round: a generic noun glued after 化工, networks, ingredients,
# sanitation vehicles, industrial design


def test_a_company_word_jieba_glued_after_the_chemical_sector():
    found = ents("借助工业互联网，园区内磷化工企业普遍降低了能耗。")
    assert ("磷化工", "Industry") in found
    assert ("化工", "Industry") not in found


def test_a_network_named_by_its_technology():
    found = ents("推进宽带网络和4G网络建设，开展量子通信网络试验。")
    assert ("4G网络", "Technology") in found
    assert ("量子通信网络", "Technology") in found
    assert ("4G", "Technology") not in found


def test_the_last_item_sharing_a_network_head_is_the_technology():
    found = ents("加快卫星互联网和量子通信网络试点。")
    assert ("量子通信", "Technology") in found
    assert ("量子通信网络", "Technology") not in found


def test_a_name_ending_in_net_takes_no_network_head():
    found = ents("深化工业互联网网络建设。")
    assert ("工业互联网网络", "Technology") not in found


def test_ingredients_of_a_sector_are_a_sector():
    found = ents("生物发酵可生产食品配料。")
    assert ("食品配料", "Industry") in found
    assert ("食品", "Industry") not in found


def test_a_sanitation_vehicle_named_by_its_energy():
    found = ents("城市推广新能源环卫车。")
    assert ("新能源环卫车", "Technology") in found
    assert ("新能源", "Industry") not in found


def test_industrial_design_is_a_sector():
    found = ents("园区发展工业设计和文化创意。")
    assert ("工业设计", "Industry") in found
    assert ("工业", "Industry") not in found


# --- third round: tasks assisted by AI, full-ocean-depth craft, refuelling stations


def test_a_task_assisted_by_ai_is_one_technique():
    found = ents("医院试点人工智能辅助诊断和智能辅助设计，推动AI辅助编程。")
    assert {("人工智能辅助诊断", "Technology"), ("智能辅助设计", "Technology"), ("AI辅助编程", "Technology")} <= found
    assert ("人工智能", "Technology") not in found


def test_an_assisted_result_is_no_task():
    found = ents("法院规定，人工智能辅助结论只能作为参考。")
    assert ("人工智能", "Technology") in found
    assert not any(t.startswith("人工智能辅助") for t, _ in found)


def test_full_ocean_depth_is_a_class_of_craft():
    found = ents("一台全海深载人潜水器昨日完成深渊下潜。")
    assert ("全海深载人潜水器", "Technology") in found


def test_a_hydrogen_refuelling_station_is_a_technology():
    found = ents("园区适度超前建设加氢站和充电桩。")
    assert ("加氢站", "Technology") in found


# --- fourth round: verbs glued into names


def test_a_verb_taking_the_list_as_object_is_no_part_of_an_item():
    found = ents("各地陆续配备无人机和直升机。")
    assert ("无人机", "Technology") in found
    assert not any(t.startswith("配备") for t, _ in found)


def test_a_verb_before_a_product_head_is_no_modifier():
    found = ents("新技术将重塑软件生态。")
    assert ("重塑软件", "Technology") not in found


def test_a_verb_between_two_known_names_makes_a_clause():
    found = ents("政策鼓励机器人走进养老服务与社区照护。")
    assert ("机器人", "Technology") in found
    assert not any("走进" in t for t, _ in found)


# --- fifth round: named sectors and techniques, a place alone in a list


def test_hydropower_is_a_sector():
    found = ents("省里有序推进水电开发和风电建设。")
    assert ("水电", "Industry") in found


def test_sectors_named_by_their_own_documents():
    found = ents("全市发展高端制造、服务型制造和海洋牧场，壮大地理信息产业。")
    assert {("高端制造", "Industry"), ("服务型制造", "Industry"), ("海洋牧场", "Industry"), ("地理信息产业", "Industry")} <= found


def test_protein_structure_prediction_is_a_technique():
    found = ents("团队利用深度学习推进蛋白质结构预测研究。")
    assert ("蛋白质结构预测", "Technology") in found


def test_a_river_alone_in_a_governed_list_is_no_sector():
    found = ents("推进雅砻江、大渡河水电开发。")
    assert ("雅砻江", "Industry") not in found


def test_farm_machinery_equipment_industry_is_one_sector():
    found = ents("推动农机装备产业提质增效。")
    assert ("农机装备产业", "Industry") in found
    assert ("装备产业", "Industry") not in found
