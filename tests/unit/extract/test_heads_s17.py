"""Technology heads and boundaries (session 17): product classes named by the
domain they serve, sensor and task names that keep their domain nouns, and a
shared-head stem that must begin its item. Made-up sentences; each case fails
when its rule is removed, the negative ones when a rule over-reaches."""
from __future__ import annotations

from kg.extract.lexicon import load_entity_patterns
from kg.extract.rules import Cand, compound_rules
from support.entities import ents, rule_state


def _tokens(text: str, words: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    for word, tag in words:
        assert text.startswith(word, pos)
        out.append((pos, pos + len(word), word, tag))
        pos += len(word)
    return out


def _shared_heads(text: str, words: list[tuple[str, str]], name: str) -> set[str]:
    start = text.index(name)
    cands = [Cand(start, start + len(name), "Technology", name, "head.Technology", 2)]
    found = compound_rules(text, cands, load_entity_patterns()["compounds"], _tokens(text, words))
    return {c.label for c in found if c.rule == "compound.shared_head"}


def test_software_named_by_its_task_keeps_the_task_nouns():
    found = ents("试点单位部署了桥面裂缝检测软件，提升巡检效率。")
    assert ("桥面裂缝检测软件", "Technology") in found


def test_an_engine_named_by_its_propellants_is_one_technology():
    found = ents("该型火箭采用液氢煤油发动机，推力提升三成。")
    assert ("液氢煤油发动机", "Technology") in found


def test_a_camera_after_a_lexicon_technology_is_one_product():
    found = ents("该企业量产超高清摄像机，供应多家电视台。")
    assert ("超高清摄像机", "Technology") in found
    assert ("超高清", "Technology") not in found


def test_a_sensor_named_by_what_it_observes_keeps_the_domain_nouns():
    found = ents("研究所牵头研制海洋观测传感器，服务近海养殖。")
    assert ("海洋观测传感器", "Technology") in found
    assert ("传感器", "Technology") not in found


def test_a_lexicon_technology_that_senses_or_monitors_is_one_technique():
    found = ents("流域管理机构融合物联网感知和遥感监测，提升水情预报能力。")
    assert ("物联网感知", "Technology") in found
    assert ("遥感监测", "Technology") in found
    assert ("物联网", "Technology") not in found


def test_a_sector_before_monitoring_is_not_a_technique():
    found = ents("该市加强环境监测，完善执法体系。")
    assert ("环境监测", "Technology") not in found


def test_a_stem_that_begins_its_item_shares_the_head():
    words = [("推进", "v"), ("基因", "n"), ("和", "c"), ("细胞", "n"), ("技术", "n"), ("。", "x")]
    assert _shared_heads("推进基因和细胞技术。", words, "细胞技术") == {"基因和细胞技术"}


def test_a_stem_that_ends_a_longer_noun_shares_no_head():
    text = "推进远洋养殖装备和海洋观测传感器研发。"
    words = [("推进", "v"), ("远洋", "ns"), ("养殖", "vn"), ("装备", "n"), ("和", "c"), ("海洋", "ns"),
             ("观测", "vn"), ("传感器", "n"), ("研发", "j"), ("。", "x")]
    assert _shared_heads(text, words, "海洋观测传感器") == set()


def test_stages_listed_as_links_of_a_chain_are_industries():
    found = ents("该省聚焦无人机研发、电池制造和飞控总装三大环节，培育一批龙头企业。")
    assert ("电池制造", "Industry") in found
    assert ("飞控总装", "Industry") in found


def test_stages_where_a_region_has_an_edge_are_industries():
    found = ents("报告认为，该市在芯片设计和整车制造上具有优势。")
    assert ("芯片设计", "Industry") in found
    assert ("整车制造", "Industry") in found
    assert ("芯片", "Technology") not in found


def test_a_stage_word_without_a_chain_frame_builds_nothing():
    found = ents("这家企业去年完成了芯片设计，今年将启动量产。")
    assert ("芯片设计", "Industry") not in found


def test_software_named_by_the_task_it_assists_keeps_the_verb():
    found = ents("试点单位部署了病害辅助识别软件，提升巡检效率。")
    assert ("病害辅助识别软件", "Technology") in found


def test_a_verb_after_its_subject_opens_no_software_name():
    found = ents("园区搭建软件，提升效率。")
    assert not any(name.endswith("软件") for name, _ in found)


def test_a_verb_alone_before_software_builds_nothing():
    found = ents("工程师正在安装软件，预计明天完成。")
    assert not any(name.endswith("软件") for name, _ in found)


def test_big_data_named_by_its_domain_is_one_technology():
    found = ents("模型融合了海洋大数据与卫星遥感，预报能力明显提升。")
    assert ("海洋大数据", "Technology") in found
    assert ("大数据", "Technology") not in found


def test_big_data_before_a_platform_is_left_to_the_platform():
    found = ents("该省建设海洋大数据平台，汇聚观测数据。")
    assert ("海洋大数据", "Technology") not in found


def test_a_numbered_generation_stays_with_its_product():
    found = ents("该公司发布第二代人形机器人，负载能力提升一倍。")
    assert ("第二代人形机器人", "Technology") in found
    assert ("人形机器人", "Technology") not in found


def test_a_clause_preposition_glued_to_a_name_is_left_out():
    found = ents("园区建设算力中心，以光储充一体化保障绿电供应。")
    assert ("光储充一体化", "Technology") in found
    assert not any(name.startswith("以") for name, _ in found)


def _head_cands(text: str) -> set[tuple[str, str]]:
    return {(c.label, c.type) for c in rule_state(text)["kg_cands"] if c.rule.startswith("head.")}


def test_a_complete_industrial_sector_ends_the_modifiers_of_the_next_sector():
    found = _head_cands("打造一批轻工业先进制造业集群。")
    assert ("先进制造业", "Industry") in found
    assert ("轻工业先进制造业", "Industry") not in found


def test_equipment_listed_before_a_research_word_is_a_technology():
    found = ents("加快矿山救援装备、应急通信装备和无人机研发。")
    assert ("矿山救援装备", "Technology") in found
    assert ("矿山救援装备", "Industry") not in found


def test_a_one_character_material_before_its_industry_opens_the_name():
    found = ents("到2030年全市锂产业产值突破百亿元，蟹产业带动农户增收。")
    assert ("锂产业", "Industry") in found
    assert ("蟹产业", "Industry") in found


def test_a_proper_noun_jieba_tags_nz_before_its_industry_is_one_industry():
    found = ents("力争到2030年全省汉服产业总规模超过千亿元。")
    assert ("汉服产业", "Industry") in found


def test_a_lexicon_technology_holding_a_stop_character_still_names_its_industry():
    found = ents("推动生物育种产业与林业协同发展。")
    assert ("生物育种产业", "Industry") in found


def test_an_aircraft_named_by_its_power_source_is_one_technology():
    found = ents("该企业研制的氢燃料电池飞机完成首飞。")
    assert ("氢燃料电池飞机", "Technology") in found
    assert ("氢燃料电池", "Technology") not in found


def test_a_verb_before_aircraft_builds_nothing():
    found = ents("乘客乘坐飞机前往北京。")
    assert not any(name.endswith("飞机") for name, _ in found)
