"""Technology and industry names no lexicon knows, read from the list they
are in (session 21): lists governed by a verb jieba splits (做|强), a pair
sharing a class word (A和B技术).  Made-up sentences; each positive case fails
when its rule is removed, the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_list_after_a_split_verb_is_governed():
    # jieba writes 做强 as 做|强: the verb still governs the pair, and the
    # unknown item takes its known sibling's type (a firm's reading of
    # 生物制药 by the …制药 head does not hide the sector)
    found = ents("企业要做强生物制药和中药饮片。")
    assert ("中药饮片", "Industry") in found


def test_more_priority_verbs_and_the_scale_of_the_last_item():
    found = ents("全市做优乳制品和预制菜。")
    assert ("乳制品", "Industry") in found
    found = ents("提出做大印刷电路板、柔性显示模组和射频器件规模。")
    assert ("印刷电路板", "Technology") in found
    assert not any(text.endswith("规模") for text, _ in found)


def test_a_class_word_after_a_governed_pair_is_the_class_of_both():
    found = ents("推广节水灌溉和测土配方施肥技术。")
    assert ("节水灌溉", "Technology") in found
    assert ("测土配方施肥技术", "Technology") in found


def test_a_short_pair_before_a_class_word_stays_one_term():
    found = ents("突破基因和细胞技术。")
    assert ("基因和细胞技术", "Technology") in found
    assert not any(text in ("基因", "细胞") for text, _ in found)


def test_a_device_named_with_verbal_nouns_beside_a_known_technology():
    found = ents("医院部署了智能分诊、报告生成和病理辅助诊断系统。")
    assert ("病理辅助诊断系统", "Technology") in found
    found = ents("展会上，人形机器人、力控关节和灵巧手吸引观众。")
    assert ("力控关节", "Technology") in found


def test_a_latin_sibling_of_a_known_technology():
    found = ents("报告认为，EDA、CAE仿真和PLM都是短板。")
    assert ("PLM", "Technology") in found


def test_an_activity_beside_a_known_sector_is_no_sector():
    found = ents("要求兼顾样本溯源、临床评价与网络安全。")
    assert not any(text == "临床评价" for text, _ in found)


def test_a_sibling_cut_inside_a_latin_name_is_no_name():
    found = ents("他说，固态电池、热泵空调和e平台2.0是亮点。")
    assert ("e平台", "Technology") not in found


def test_a_pair_with_one_head_is_of_the_known_items_kind():
    found = ents("数据显示，碱性电解槽与质子交换膜电解槽的成本持续下降。")
    assert ("质子交换膜电解槽", "Technology") in found
    found = ents("推进畜禽养殖和水产养殖设施建设。")
    assert ("畜禽养殖", "Industry") in found


def test_a_pair_item_with_a_product_head_beside_a_technology():
    found = ents("推进气象卫星和天气雷达建设。")
    assert ("天气雷达", "Technology") in found


def test_a_class_word_after_a_pair_stays_with_the_last_item():
    found = ents("园区鼓励工厂采用数字孪生和远程运维技术。")
    assert ("远程运维技术", "Technology") in found
    assert ("远程运维", "Technology") not in found


def test_a_pair_of_generic_heads_or_an_undecided_start_builds_nothing():
    found = ents("要求数据安全和网络安全并重。")
    assert not any(text == "数据安全" for text, _ in found)
    found = ents("加快补齐核心结构材料和前沿新材料短板。")
    assert not any(text == "结构材料" for text, _ in found)
    found = ents("推进算力基础设施和公共数据资源平台建设。")
    assert not any(text.endswith("资源平台") for text, _ in found)


def test_products_of_a_field_take_the_type_of_a_known_product():
    found = ents("培育智能巡检机器人、车牌识别系统、智能网联汽车、语音交互终端系统等产品。")
    assert ("车牌识别系统", "Technology") in found
    assert ("语音交互终端系统", "Technology") in found
    found = ents("发展应急广播、无人机巡检和卫星电话等应急产品。")
    assert ("应急广播", "Technology") in found


def test_products_of_a_field_fill_no_list_of_unknown_items():
    found = ents("推广苹果、柑橘和猕猴桃等农产品。")
    assert not any(etype == "Technology" for _, etype in found)


def test_a_material_class_named_by_its_base_names_materials():
    found = ents("推动镁锭、镁合金型材等镁基新材料发展。")
    assert ("镁合金型材", "Technology") in found


def test_the_achievements_a_report_lists_are_technologies():
    found = ents("报告列举了羲和、奋斗者、玉兔等一批重大科技成果。")
    assert ("奋斗者", "Technology") in found and ("玉兔", "Technology") in found


def test_a_first_item_jieba_reads_as_a_name_of_a_person_is_still_an_item():
    found = ents("业内认为，原子钟、冷原子干涉仪等设备将走向应用。")
    assert ("原子钟", "Technology") in found


def test_a_word_made_a_modifier_by_its_suffix_opens_a_list_item():
    # jieba splits 沉浸|式: the two are one modifier inside the name
    found = ents("鼓励发展网络直播和沉浸式体验等新业态。")
    assert ("沉浸式体验", "Industry") in found
