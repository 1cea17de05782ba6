"""Entity rules, round 13: open technology and industry terms built on a head
word (…软件, …组件, …农机, …疗法, …正极材料, 特色…, …巡检).

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- 软件 after a technology or a class of industrial software ------------------


def test_software_named_by_its_class_or_technology_is_one_technology():
    got = ents("这家企业前瞻布局量子软件和区块链软件，加快研发设计软件国产替代。")
    for name in ("量子软件", "区块链软件", "研发设计软件"):
        assert (name, "Technology") in got, got
    assert not any(s in ("量子", "软件和区块链") for s, _ in got), got


def test_software_class_written_with_lei_is_one_technology():
    got = ents("某市推广生产控制类软件，已有多家工厂上线。")
    assert ("生产控制类软件", "Technology") in got, got


def test_a_verb_before_software_builds_nothing():
    got = ents("工程师正在调试软件。")
    assert not any(s.endswith("软件") for s, _ in got), got


# --- a component head after a technology or energy sector ---------------------


def test_sector_plus_component_is_a_technology():
    got = ents("这家工厂主要生产光伏组件、储能电芯和液冷储能柜。")
    for name in ("光伏组件", "储能电芯", "液冷储能柜"):
        assert (name, "Technology") in got, got
    assert ("光伏", "Industry") not in got, got


def test_power_class_word_stays_with_the_turbine_set():
    got = ents("这里总装大功率海上风电机组。")
    assert ("大功率海上风电机组", "Technology") in got, got


def test_component_after_a_common_word_is_nothing():
    got = ents("工作人员检查了电池组件。")
    assert not any(s.endswith("组件") for s, _ in got), got


# --- farm machines and robotaxis named by their class -------------------------


def test_classed_farm_machines_are_technologies():
    got = ents("合作社新添了智能农机、植保无人机和小型农机。")
    for name in ("智能农机", "植保无人机", "小型农机"):
        assert (name, "Technology") in got, got


def test_a_bare_farm_machine_word_is_nothing():
    got = ents("村里购买农机。")
    assert not any(s == "农机" for s, _ in got), got


def test_driverless_taxi_is_one_technology():
    got = ents("多家企业推出了无人驾驶出租车。")
    assert ("无人驾驶出租车", "Technology") in got, got
    assert ("无人驾驶", "Technology") not in got, got


# --- 疗法/药物/疫苗 after a modality ------------------------------------------------


def test_therapy_named_by_its_modality_is_one_technology():
    got = ents("研究团队认为基因编辑疗法和mRNA疗法前景广阔。")
    assert ("基因编辑疗法", "Technology") in got and ("mRNA疗法", "Technology") in got, got
    assert ("基因编辑", "Technology") not in got, got


def test_drug_after_a_field_word_is_no_technology():
    got = ents("沿海城市发展海洋药物。")
    assert ("海洋药物", "Technology") not in got, got


# --- a material named by its function ------------------------------------------


def test_function_material_after_a_technology_is_one_technology():
    got = ents("该厂扩产锂电池正极材料和稀土永磁材料。")
    assert ("锂电池正极材料", "Technology") in got and ("稀土永磁材料", "Technology") in got, got
    assert ("锂电池", "Technology") not in got, got


def test_material_after_a_technology_without_a_function_word_is_not_built():
    # a grade or field of materials (先进陶瓷材料) names a sector: no technology is built
    got = ents("园区引进了先进陶瓷材料项目。")
    assert ("先进陶瓷材料", "Technology") not in got, got


# --- 特色/精细/生态 + a lexicon sector ------------------------------------------------


def test_character_word_before_a_sector_stays_in_it():
    got = ents("县里发展特色食品和特色化工。")
    assert ("特色食品", "Industry") in got and ("特色化工", "Industry") in got, got
    assert ("食品", "Industry") not in got, got


# --- a sector + an inspection or care word ------------------------------------------


def test_sector_plus_inspection_word_is_an_application_industry():
    got = ents("这类芯片可用于电力巡检和工业检测。")
    assert ("电力巡检", "Industry") in got and ("工业检测", "Industry") in got, got
    assert ("电力", "Industry") not in got, got


def test_technology_plus_inspection_word_is_no_industry():
    got = ents("当地推广无人机巡检。")
    assert ("无人机巡检", "Industry") not in got, got


# --- a purity or duty grade + a material noun ----------------------------------------


def test_graded_material_is_one_technology():
    got = ents("这家企业扩产电子级硅片和高纯石英。")
    assert ("电子级硅片", "Technology") in got and ("高纯石英", "Technology") in got, got


def test_graded_material_before_a_materials_sector_is_not_cut_out():
    got = ents("园区布局特种金属材料产业。")
    assert ("特种金属", "Technology") not in got, got


# --- a lexicon technology + 定位 ------------------------------------------------------


def test_positioning_after_a_technology_is_one_technology():
    got = ents("北斗高精度定位已用于精准测绘。")
    assert ("北斗高精度定位", "Technology") in got, got
    assert ("北斗", "Technology") not in got, got


def test_positioning_after_a_common_word_is_nothing():
    got = ents("明确各园区的功能定位。")
    assert not any(s.endswith("定位") for s, _ in got), got


# --- 产业 after a domain noun jieba does not know as a sector --------------------------


def test_domain_noun_before_industry_word_names_an_industry():
    got = ents("当地做大茶叶产业和花卉产业。")
    assert ("茶叶产业", "Industry") in got and ("花卉产业", "Industry") in got, got


def test_a_grade_or_place_word_before_industry_word_names_none():
    got = ents("淘汰低端产业，调整地方产业结构。")
    assert not any(s in ("低端产业", "地方产业") for s, _ in got), got


def test_a_clause_word_before_industry_word_names_none():
    got = ents("要聚焦事关产业安全的技术，做好战略产业规划。")
    assert not any(s in ("事关产业", "战略产业") for s, _ in got), got


# --- 智能/智慧 + a farm or storage facility -----------------------------------------------


def test_smart_farm_and_storage_facilities_are_technologies():
    got = ents("这个县建设了智慧粮库和智能温室。")
    assert ("智慧粮库", "Technology") in got and ("智能温室", "Technology") in got, got


# --- a field or grade of materials is a sector ---------------------------------------------


def test_field_of_materials_is_an_industry():
    got = ents("这座城市发展新能源材料和功能材料。")
    assert ("新能源材料", "Industry") in got and ("功能材料", "Industry") in got, got
    assert ("新能源", "Industry") not in got, got


def test_function_material_stays_a_technology_beside_the_sector_head():
    got = ents("这家企业扩产稀土永磁材料。")
    assert ("稀土永磁材料", "Technology") in got, got


# --- an operating system named in Latin + OS, and 车路云一体化 ------------------------------------


def test_lowercase_led_latin_os_name_is_a_technology():
    got = ents("这款设备运行visionOS，也能连接iOS设备。")
    assert ("visionOS", "Technology") in got and ("iOS", "Technology") in got, got


def test_an_all_capital_word_before_os_is_no_operating_system():
    got = ents("商户更换了新的POS终端。")
    assert ("POS", "Technology") not in got, got


def test_vehicle_road_cloud_integration_is_one_technology():
    got = ents("多地推进车路云一体化应用试点。")
    assert ("车路云一体化", "Technology") in got, got


# --- 国产 is no class word; vessels and boosters by class ---------------------------------------


def test_domestic_is_left_out_of_the_name():
    got = ents("国产芯片设计企业正在扩张，国产C919大型客机完成首飞。")
    assert not any(s.startswith("国产") for s, _ in got), got


def test_classed_vessel_train_and_booster_are_technologies():
    got = ents("我国自主建造的大型邮轮交付，高速动车组上线，超重型助推器完成回收。")
    for name in ("大型邮轮", "高速动车组", "超重型助推器"):
        assert (name, "Technology") in got, got


def test_a_cruise_ship_after_a_verb_is_nothing():
    got = ents("当地发展邮轮旅游。")
    assert ("邮轮", "Technology") not in got and not any(s.endswith("邮轮") and s != "邮轮" for s, _ in got), got


# --- 交通 after a place or mode word; drug research as a business ------------------------------


def test_urban_air_and_digital_transport_are_industries():
    got = ents("这座城市发展城市空中交通和数字交通。")
    assert ("城市空中交通", "Industry") in got and ("数字交通", "Industry") in got, got


def test_traffic_after_a_common_word_is_nothing():
    got = ents("节假日道路交通压力较大。")
    assert not any(s.endswith("交通") for s, _ in got), got


def test_drug_research_is_an_industry():
    got = ents("大模型正在加速药物研发。")
    assert ("药物研发", "Industry") in got, got


# --- a listed service field + 服务 ---------------------------------------------------------------


def test_household_and_maintenance_services_are_industries():
    got = ents("社区发展家庭服务，企业提供运维服务。")
    assert ("家庭服务", "Industry") in got and ("运维服务", "Industry") in got, got


def test_service_after_a_technology_is_no_service_industry():
    got = ents("平台提供算力服务。")
    assert ("算力服务", "Industry") not in got, got


# --- short sector names the plans use are industries ------------------------------------------


def test_short_sector_names_are_industries():
    got = ents("这座城市的集成电路和新型显示保持较快增长，电子信息加快发展。")
    for name in ("集成电路", "新型显示"):
        assert (name, "Industry") in got, got


# --- named products by model number -------------------------------------------


def test_chip_series_and_model_number_is_one_product_without_its_class_head():
    got = ents("新机采用鲲鹏920处理器，另一款用骁龙8芯片。")
    assert ("鲲鹏920", "Technology") in got and ("骁龙8", "Technology") in got, got
    assert not any(s in ("鲲鹏920处理器", "骁龙8芯片", "鲲鹏") for s, _ in got), got


def test_models_of_one_series_listed_are_each_a_product():
    got = ents("该公司发布天罡700、天罡800和天罡900，以及思元370超节点。")
    for name in ("天罡700", "天罡800", "天罡900", "思元370超节点"):
        assert (name, "Technology") in got, got


def test_series_plus_chip_word_is_one_product():
    got = ents("这批服务器换用了海光芯片。")
    assert ("海光芯片", "Technology") in got, got


def test_latin_word_space_model_number_is_one_product():
    got = ents("该公司上线Nova 12 Pro，会上还发布Orion 880超节点。")
    assert ("Nova 12 Pro", "Technology") in got and ("Orion 880超节点", "Technology") in got, got


def test_latin_word_space_year_is_no_product():
    got = ents("Computex 2025在台北开幕。")
    assert not any(s.startswith("Computex") and t == "Technology" for s, t in got), got


def test_military_aircraft_designation_is_a_technology():
    got = ents("航展上歼-20和运-20先后亮相。")
    assert ("歼-20", "Technology") in got and ("运-20", "Technology") in got, got


def test_two_character_brand_plus_os_is_an_operating_system():
    got = ents("新车搭载某某OS。")
    assert ("某某OS", "Technology") in got, got


# --- 装备: a product under development, a sector elsewhere ---------------------


def test_equipment_before_a_research_or_localisation_word_is_a_technology():
    got = ents("企业加快农机装备研发，推动深水油气装备国产化。")
    assert ("农机装备", "Technology") in got and ("深水油气装备", "Technology") in got, got


def test_first_of_two_equipments_before_key_techniques_is_a_technology():
    got = ents("突破氢能装备和储能装备关键技术。")
    assert ("氢能装备", "Technology") in got, got


def test_equipment_in_a_list_of_sectors_stays_an_industry():
    got = ents("发展海洋装备和医疗装备等产业。")
    assert ("海洋装备", "Industry") in got and ("医疗装备", "Industry") in got, got


def test_bare_equipment_before_research_is_nothing():
    got = ents("支持企业开展装备研发。")
    assert not any(s.endswith("装备") for s, _ in got), got


# --- open systems and platforms named by a technology and a function ----------


def test_technology_and_function_noun_before_a_platform_is_one_technology():
    got = ents("这家公司建设云计算调度平台，另一家上线算力监测系统。")
    assert ("云计算调度平台", "Technology") in got and ("算力监测系统", "Technology") in got, got


def test_service_platform_and_bare_technology_platform_build_nothing():
    got = ents("园区搭建大数据公共服务平台和人工智能平台。")
    assert not any(s.endswith("平台") for s, _ in got), got
    assert ("大数据", "Technology") in got and ("人工智能", "Technology") in got, got


def test_a_model_name_glued_before_keeps_the_class_from_taking_the_terminal():
    got = ents("厂商推出XR-7卫星导航定位终端。")
    assert not any(s.endswith("定位终端") for s, _ in got), got


# --- a pair sharing one 技术 -----------------------------------------------------


def test_second_item_of_a_pair_keeps_its_technique_word():
    got = ents("企业展示了图像识别和激光导航技术。")
    assert ("激光导航技术", "Technology") in got and ("图像识别", "Technology") in got, got
    assert ("激光导航", "Technology") not in got, got


def test_a_process_word_before_the_conjunction_shares_nothing():
    got = ents("材料学的发展和量子通信技术的进步。")
    assert ("量子通信技术", "Technology") in got, got


def test_both_items_written_with_their_technique_word_keep_it():
    got = ents("量子计算技术与量子通信技术深度融合。")
    assert ("量子计算技术", "Technology") in got and ("量子通信技术", "Technology") in got, got


def test_a_conjunction_jieba_glues_to_the_next_item_opens_no_name():
    # jieba reads 和构|网型: the name starts after the conjunction, and keeps the 技术 written with it
    got = ents("该站示范飞轮储能和构网型储能技术。")
    assert ("构网型储能技术", "Technology") in got, got
    assert not any(s.startswith("和") for s, _ in got), got


def test_machinery_offshore_and_emergency_equipment_are_sectors():
    got = ents("园区发展机械装备、海工装备和安全应急装备等产业。")
    for name in ("机械装备", "海工装备", "安全应急装备"):
        assert (name, "Industry") in got, got


# --- a task named by the machine that does it -----------------------------------


def test_machine_plus_task_word_is_a_technique():
    got = ents("山区试点无人机投递和机器人巡检。")
    assert ("无人机投递", "Technology") in got and ("机器人巡检", "Technology") in got, got
    assert ("无人机", "Technology") not in got, got


def test_sector_plus_inspection_stays_a_line_of_business():
    got = ents("这座城市发展电力巡检。")
    assert ("电力巡检", "Industry") in got, got
