"""Entity rules, round 10: whole domain compounds and term boundaries.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- open domain nouns before a product-class head (heads.Technology.open_modifiers)


def test_domain_noun_before_a_class_head_is_part_of_the_name():
    got = ents("该市推广隧道机器人，建设水利大模型。")
    assert ("隧道机器人", "Technology") in got and ("水利大模型", "Technology") in got
    assert ("机器人", "Technology") not in got and ("大模型", "Technology") not in got


def test_two_domain_nouns_stack_before_the_head():
    got = ents("发展应急救援机器人。")
    assert ("应急救援机器人", "Technology") in got


def test_a_verb_before_the_head_is_no_modifier():
    # 推广 is a verb: the name is the class head alone
    got = ents("各地积极推广机器人。")
    assert ("机器人", "Technology") in got
    assert not any(s.endswith("机器人") and len(s) > 3 for s, _ in got), got


def test_open_nouns_sit_right_before_the_head():
    # a noun before a lexicon modifier (数据 + 人工智能 + 大模型) is not taken
    got = ents("确保海量数据被人工智能大模型利用。")
    assert not any(s.startswith(("数据", "被")) and s.endswith("大模型") for s, _ in got), got


def test_a_longer_lexicon_term_holding_the_head_takes_no_open_noun():
    # 人形机器人 is a complete name: the noun before it stays outside
    got = ents("这场比赛检验人形机器人的能力。")
    assert ("人形机器人", "Technology") in got
    assert not any(s.endswith("人形机器人") and len(s) > 5 for s, _ in got), got


# --- boundaries: a name never starts inside a word jieba glued to a particle


def test_a_particle_glued_to_an_unknown_word_ends_the_modifiers():
    # jieba cuts 超高|清等|技术: no name may start at 清
    got = ents("推动区块链、超高清等技术在文化领域的应用。")
    assert not any(s.startswith("清") for s, _ in got), got


# --- class-forming words before a name a head built (class_prefix over heads)


def test_class_word_before_a_head_built_sector_joins_it():
    # 海上 + 风电装备 (IndustryEquipment): one name, not 海上风电 + 装备
    got = ents("沿海城市壮大海上风电装备。")
    assert ("海上风电装备", "Industry") in got
    assert ("海上风电", "Industry") not in got


def test_size_word_does_not_join_a_sector_head():
    # 大型 forms a class of a technology only: a large base is no sector
    got = ents("建设大型风电装备基地。")
    assert not any(s.startswith("大型") for s, t in got if t == "Industry"), got


# --- attributive …式 words are class-forming (class_prefix.word_regex)


def test_attributive_shi_word_forms_a_class_of_a_technology():
    got = ents("企业推出分体式无人机和嵌入式人工智能。")
    assert ("分体式无人机", "Technology") in got and ("嵌入式人工智能", "Technology") in got


def test_one_stop_and_two_character_shi_words_are_no_class():
    got = ents("打造一站式工业互联网平台，探索新方式人工智能治理。")
    assert ("工业互联网平台", "Technology") in got
    assert not any(s.startswith(("一站式", "方式", "新方式")) for s, _ in got), got


# --- a sector head glued to an unknown word, and a term before a head name


def test_sector_head_glued_to_an_unknown_word_still_ends_the_name():
    # jieba writes 快递|业新质: 业 still closes the sector name
    got = ents("加快培育快递业新质生产力。")
    assert ("快递业", "Industry") in got


def test_term_before_a_head_name_of_its_type_joins_it():
    got = ents("本市扶持仓储快递业新质生产力成长。")
    assert ("仓储快递业", "Industry") in got, got
    assert ("仓储快递", "Industry") not in got


# --- a verb as the head noun of a sector's stem (heads.Industry.stem_verb_tags)


def test_curated_modifier_and_verb_stem_form_one_sector():
    # jieba tags 建造 a verb: after 智能 it is the stem's head noun
    got = ents("该省培育智能建造产业。")
    assert ("智能建造产业", "Industry") in got


def test_verb_after_a_name_is_the_clause_verb():
    # 新能源 is a name: 带动 is what it does, not part of a sector name
    got = ents("推动新能源带动产业升级。")
    assert not any("带动" in s for s, _ in got), got


def test_native_is_a_class_forming_word():
    got = ents("企业推广原生鸿蒙操作系统。")
    assert ("原生鸿蒙操作系统", "Technology") in got


# --- an adverb jieba glued into a modifier word ends the name (heads stop_chars)


def test_adverb_glued_into_an_unknown_word_is_no_modifier():
    # jieba writes 已远超 as one unknown word: a clause, not part of a sector name
    got = ents("服务业规模已远超文化产业规模。")
    assert not any(s.startswith(("已", "远超")) for s, _ in got), got


# --- a head that ends another word is no head (heads.IndustrySector.not_after_chars)


def test_sector_head_inside_a_company_word_builds_nothing():
    # jieba reads 家电企业 as one word: its 业 (of 企业) is no sector head
    got = ents("本县家电企业和纺织业都在转型。")
    assert not any(s.endswith("企业") for s, t in got if t == "Industry"), got


# --- a level word makes the class a technology (class_prefix.technology_level_words)


def test_level_word_before_a_sector_term_makes_a_technology():
    # 智能驾驶 alone may be read as a sector; its 高阶 level is a technology
    got = ents("新车型普遍支持高阶智能驾驶功能。")
    assert ("高阶智能驾驶", "Technology") in got, got


# --- a technology that models the thing named after it (compounds.object_terms)


def test_twin_of_a_named_object_is_one_technology():
    got = ents("该省建设数字孪生电网，推动数字孪生应用。")
    assert ("数字孪生电网", "Technology") in got
    # before a verb or a verbal noun it is the technology alone
    assert ("数字孪生", "Technology") in got and not any(s.startswith("数字孪生应") for s, _ in got)
