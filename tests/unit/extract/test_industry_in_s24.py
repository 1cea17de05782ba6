"""Industry names on new text (session 24): counted classes of trades and
business segments, application scenes a product enters, new-model classes,
plants named by their energy sector, and verbs that end a list item.
Made-up sentences; each positive case fails when its rule is removed, the
negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_counted_class_of_trades_types_its_items_as_sectors():
    found = ents("该市首批在氢燃料电池、陶瓷、家具和印染五个行业开展碳标签试点。")
    assert ("氢燃料电池", "Industry") in found
    assert ("氢燃料电池", "Technology") not in found


def test_counted_business_segments_are_sectors_also_when_none_is_known():
    found = ents("规划提出做大中成药、保健食品两大传统板块，培育基因检测、康复辅具等新兴板块。")
    assert {("中成药", "Industry"), ("保健食品", "Industry"), ("基因检测", "Industry")} <= found


def test_the_bare_counted_sections_of_a_fair_are_no_class_of_sectors():
    found = ents("本届博览会分为量子计算、工业机器人、智慧农业三大板块。")
    assert ("量子计算", "Industry") not in found
    assert ("工业机器人", "Industry") not in found


def test_the_scenes_a_product_enters_are_sectors():
    found = ents("推动巡检机器人率先进入港口装卸、冷链仓储和社区养老场景。")
    assert {("港口装卸", "Industry"), ("冷链仓储", "Industry"), ("社区养老", "Industry")} <= found


def test_a_new_model_class_fills_a_list_with_a_known_sector():
    found = ents("加快服务型制造、柔性定制、云端设计协同等新模式新业态发展。")
    assert ("柔性定制", "Industry") in found


def test_a_new_model_class_of_no_known_sector_fills_nothing():
    found = ents("平台化协作、柔性化组织、数字化营销等新模式新业态不断涌现。")
    assert not any(ty == "Industry" for _, ty in found)


def test_an_energy_sector_naming_a_power_plant_is_no_sector_mention():
    found = ents("公司将为当地三座储能电站提供调频服务。")
    assert ("储能", "Industry") not in found


def test_a_planning_verb_is_no_part_of_the_first_item():
    found = ents("超前谋划量子传感、深海采矿、生物育种三个未来产业赛道。")
    assert ("量子传感", "Technology") in found or ("量子传感", "Industry") in found
    assert not any(t.startswith("谋划") for t, _ in found)


def test_a_movement_verb_between_two_sectors_ends_the_item():
    found = ents("推动服务机器人从餐饮配送、酒店接待走向家庭服务。")
    assert not any("走向" in t for t, _ in found)


def test_a_distributive_adverb_after_the_last_item_is_no_part_of_it():
    found = ents("要推进纺织工业、装备制造业、食品工业分别与现代物流融合发展。")
    assert ("食品工业", "Industry") in found
    assert not any(t.endswith("分别") for t, _ in found)


def test_a_sector_before_a_grade_suffix_is_no_sector_mention():
    found = ents("该企业量产医疗级激光扫描仪。")
    assert ("医疗", "Industry") not in found


def test_the_industrial_base_a_plan_builds_on_names_sectors():
    found = ents("依托矿山机械、锻压设备和船舶修造基础，建设装备制造集群。")
    assert {("矿山机械", "Industry"), ("锻压设备", "Industry"), ("船舶修造", "Industry")} <= found


def test_traditional_before_a_sector_is_part_of_its_name_not_of_a_product():
    found = ents("以数字技术赋能传统建材，同时淘汰传统工业机器人。")
    assert ("传统建材", "Industry") in found
    assert ("工业机器人", "Technology") in found
    assert not any(t == "传统工业机器人" for t, _ in found)


def test_the_fields_a_technology_merges_with_are_sectors():
    found = ents("推动氢能与数据中心、物联网、港口物流等领域深度融合。")
    assert {("数据中心", "Industry"), ("物联网", "Industry"), ("港口物流", "Industry")} <= found


def test_kinds_of_new_consumption_are_sectors():
    found = ents("带动增强现实、数字藏品、云端健身等新型消费。")
    assert {("增强现实", "Industry"), ("云端健身", "Industry")} <= found


def test_a_sector_named_with_its_class_last_in_a_list_types_the_technologies_before_it():
    found = ents("支持发展氢能、卫星互联网和海洋牧场产业。")
    assert ("卫星互联网", "Industry") in found
    assert ("海洋牧场产业", "Industry") in found
    found = ents("加快培育氢能、量子通信和低空经济产业。")
    assert ("量子通信", "Industry") in found


def test_a_list_of_tasks_closed_by_a_sector_fills_no_task():
    found = ents("推进管网改造、队伍建设和数字产业发展。")
    assert not any(t in ("管网改造", "队伍建设") for t, _ in found)


def test_crystalline_silicon_stays_one_word_after_a_verb():
    found = ents("做强晶硅光伏和储能两大主导产业。")
    assert ("晶硅光伏", "Industry") in found
