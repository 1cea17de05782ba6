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
    found = ents("规划聚焦钠电负极材料、隔膜和特种金属材料三条赛道，推动产业升级。")
    assert {("钠电负极材料", "Industry"), ("隔膜", "Industry"), ("特种金属材料", "Industry")} <= found


def test_known_technologies_keep_their_reading_before_a_track():
    found = ents("开辟量子技术、脑机接口等新赛道。")
    assert ("量子技术", "Technology") in found
    assert ("脑机接口", "Technology") in found
