"""Entity rules, round 12: class-forming modifiers and product heads of
technology names.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- class words jieba cut (class_prefix.words, rules._class_word_before)


def test_a_class_word_cut_across_the_name_stays_in_it():
    # jieba writes 全|固态电池 and 半|固态电池: the class word 全固态 runs into the name
    got = ents("某车企计划量产全固态电池，另一家推出半固态电池车型。")
    assert ("全固态电池", "Technology") in got and ("半固态电池", "Technology") in got
    assert ("固态电池", "Technology") not in got


def test_a_chemistry_stem_before_a_battery_is_part_of_it():
    # 磷酸|铁|锂电池: the cathode chemistry names the battery's class
    got = ents("该厂发布磷酸铁锂电池新品。")
    assert ("磷酸铁锂电池", "Technology") in got
    assert ("锂电池", "Technology") not in got


def test_an_electrolyte_family_stacks_before_a_class_word():
    got = ents("多家企业公布硫化物全固态电池样品。")
    assert ("硫化物全固态电池", "Technology") in got


def test_a_cut_class_word_stacks_before_a_built_class_name():
    # 漂浮|式 (two tokens) before 海上|风电: one name, and a technique (a design form)
    got = ents("沿海省份试点漂浮式海上风电。")
    assert ("漂浮式海上风电", "Technology") in got
    assert ("海上风电", "Industry") not in got


def test_a_design_word_makes_a_sector_term_a_technique():
    # 端|到|端 + 智能驾驶, 适|老化 + 智能终端
    got = ents("车展上展示了端到端智能驾驶，适老化智能终端销量上升，该线路采用全自动驾驶。")
    assert ("端到端智能驾驶", "Technology") in got
    assert ("全自动驾驶", "Technology") in got
    assert ("适老化智能终端", "Technology") in got


def test_a_scope_word_before_a_name_is_no_modifier():
    # 全市 is the scope of a statement (boundary_words), not a kind of robot
    got = ents("全市机器人企业超过百家。")
    assert ("机器人", "Technology") in got
    assert not any(s.startswith("全") for s, _ in got), got


# --- product heads (heads.Technology: 器材, 器具, 电解槽, 工船, 星座, 助推器, 设备)


def test_device_heads_take_their_domain_nouns():
    got = ents("推广智能康复器材，康复辅助器具需求旺盛，碱性电解槽成本下降。")
    assert ("智能康复器材", "Technology") in got
    assert ("康复辅助器具", "Technology") in got
    assert ("碱性电解槽", "Technology") in got


def test_a_constellation_after_a_satellite_term_is_one_system():
    got = ents("随着低轨卫星星座组网提速，卫星制造走向批量化。")
    assert ("低轨卫星星座", "Technology") in got
    assert ("低轨卫星", "Technology") not in got


def test_a_device_name_before_manufacturing_names_no_technology():
    # …设备制造 is a line of industry (a statistical sector), not the device
    got = ents("电子及通信设备制造增长较快。")
    assert ("通信设备", "Technology") not in got


# --- market and grade words as class words (class_prefix.words: 高端, 现代, 跨境)


def test_grade_and_market_words_stay_in_the_name():
    got = ents("该省壮大现代食品和跨境物流，攻关高端工业机器人，研制重载机器人。")
    assert ("重载机器人", "Technology") in got
    assert ("现代食品", "Industry") in got
    assert ("跨境物流", "Industry") in got
    assert ("高端工业机器人", "Technology") in got
    assert ("食品", "Industry") not in got and ("物流", "Industry") not in got


def test_a_cockpit_and_a_smart_railway_are_technical_systems():
    got = ents("车企展示了大模型座舱，铁路部门建设智能高铁。")
    assert ("智能高铁", "Technology") in got
    assert ("大模型座舱", "Technology") in got
    assert ("大模型", "Technology") not in got


# --- products named after their class (class_prefix.quoted_product_classes, technology.name_after_class)


def test_a_quoted_name_after_its_product_class_is_the_product():
    got = ents("我国首艘国产大型邮轮“海上明珠号”启航，超导量子计算机“天枢一号”上线。")
    assert ("海上明珠号", "Technology") in got
    assert ("天枢一号", "Technology") in got
    assert not any("“" in s for s, _ in got), got


def test_a_quoted_common_word_after_a_class_is_a_figure_of_speech():
    got = ents("这款机器人“大脑”更加聪明。")
    assert ("大脑", "Technology") not in got


def test_a_latin_name_after_a_device_class_is_the_product():
    got = ents("某公司的头显设备Nova Pro在当地发售。")
    assert ("Nova Pro", "Technology") in got


def test_a_motor_after_a_technology_is_one_product():
    got = ents("推动稀土永磁电机在新能源汽车上的应用。")
    assert ("稀土永磁电机", "Technology") in got


def test_a_class_count_ends_the_modifiers_of_a_sector():
    # 两大 is a count of the categories after it, not part of a name
    got = ents("做强电子信息两大支柱产业。")
    assert ("电子信息", "Industry") in got
    assert not any("两大" in s for s, _ in got), got


def test_a_latin_product_name_does_not_join_the_class_term_before_it():
    # compounds.adjacent: a class term and the named product after it are two mentions
    got = ents("该公司发布视频生成模型Sora。")
    assert ("Sora", "Technology") in got
    assert not any(s.endswith("模型Sora") for s, _ in got), got


# --- parks named after an industry (chain_words.followers, followers_not)


def test_a_park_named_after_an_industry_names_the_bare_industry():
    got = ents("支持该区建设低空经济产业园。")
    assert ("低空经济", "Industry") in got
    assert ("低空经济产业", "Industry") not in got


def test_a_park_area_keeps_the_industry_word():
    got = ents("在某区建设合成生物产业园区。")
    assert ("合成生物产业", "Industry") in got


def test_only_the_longest_chained_name_gives_its_stem():
    # 某某新材料产业园: the industry is the whole unknown stem, not 新材料 inside it
    got = ents("支持企业建设海洋新材料产业园。")
    assert ("新材料", "Industry") not in got


# --- storage routes (heads.TechnologyStorage)


def test_a_battery_before_storage_names_a_storage_route():
    got = ents("钠离子电池储能装机增长，光伏储能项目落地。")
    assert ("钠离子电池储能", "Technology") in got
    assert not any(s == "光伏储能" and t == "Technology" for s, t in got), got
