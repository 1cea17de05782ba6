"""A firm named by a brand and a trade alone after a support verb is read by
more of what firms do next (支持某某水产攻关…, 支持某某糖业在某县推广…,
引进某某股份延伸…, 依托某某石化，…), by a brand jieba lists as a rare common noun
(青松|药业) and by more trades (石材, 镍业 …); a place before a sector (某地|绿色能源)
is no firm;
what is spread in a field written before it (在某某生产中全面推广A和B) is applied
there, and 全面推广, a word to jieba, opens no list item; a list a sector extends
to, closed by 等 and a sector class (向A、B等新材料延伸), names sectors; a Party
school's teaching department, a university's 系 and an oilfield's institute written
before a title are named whole, and so is a college before 院长 (jieba's 学院院长 split)
and a ministry's department before its head's title (某部某某司|司长); a local five-year
plan outline named by its statutory title without 《》 is a policy, and so is a
plan named by its region, topic and period opening a sentence (某区某产业发展“十四五”规划提出) and
a programme whose name opens with a counted class (实施十大某某产业发展行动);
the closings sectors share (向, 延伸, 在 …) keep the strict brand test, and a
material applied in a field (推动某某新材料在…领域应用) is no firm.  Made-up
names; each positive test fails without its rule, the others guard what must
stay unread."""
from __future__ import annotations

from support.entities import ents


def test_a_firm_alone_after_a_support_verb_closed_by_research_or_a_place():
    assert ("华岳水产", "Institution") in ents("支持华岳水产攻关甲壳素提取技术。")
    assert ("英禾糖业", "Institution") in ents("支持英禾糖业在某县推广甘蔗种植。")
    assert ("云川股份", "Institution") in ents("引进云川股份延伸铝型材、铝箔等下游产品。")


def test_a_rare_noun_before_a_trade_is_a_brand():
    assert ("青松药业", "Institution") in ents("支持青松药业建设中药提取车间。")
    assert ("海棠光电", "Institution") in ents("支持海棠光电做强显示模组。")


def test_sectors_moving_and_materials_applied_name_no_firm():
    for text in ("推动青松化工向精细化工、新材料延伸。",
                 "推动其向专业化和价值链高端延伸。",
                 "推动陶宏新材料在汽车轻量化、航空航天领域应用。",
                 "支持龙头集团做强主业。"):
        assert not {s for s, t in ents(text) if t == "Institution"}, text


def test_more_trades_and_a_firm_opening_its_clause_after_a_support_verb():
    assert ("广西三禾石材", "Institution") in ents("支持广西三禾石材扩大产能。")
    assert ("吉川镍业", "Institution") in ents("支持吉川镍业扩大硫酸镍产能。")
    assert ("华岳石化", "Institution") in ents("依托华岳石化，延伸发展对二甲苯。")


def test_a_place_and_its_sector_name_no_firm():
    found = ents("推动曲靖绿色能源与先进制造融合发展。")
    assert ("曲靖", "Region") in found and ("绿色能源", "Industry") in found, found
    assert not {s for s, t in ents("依托资源优势，发展光伏。") if t == "Institution"}


def test_what_is_spread_in_a_named_field_is_applied_there():
    from support.entities import rels

    found = rels("今年，某某农垦集团在水稻种植中全面推广北斗导航自动驾驶、智能灌溉和无人机植保技术。")
    assert {("北斗导航自动驾驶", "appliedIn", "水稻种植"), ("无人机植保技术", "appliedIn", "水稻种植")} <= found, found
    assert ("全面推广北斗导航自动驾驶", "Technology") not in ents("某某农垦集团在水稻生产中全面推广北斗导航自动驾驶。")
    assert not {r for r in rels("要在重点领域推广人工智能。") if r[1] == "appliedIn"}


def test_a_list_a_sector_extends_to_closed_by_a_sector_class_names_sectors():
    found = ents("推动石材加工向岩棉、玄武岩纤维等新材料延伸。")
    assert {("岩棉", "Industry"), ("玄武岩纤维", "Industry")} <= found, found
    assert not {s for s, t in ents("推动制造业向高端化、智能化等方向延伸。") if s.endswith("化")}


def test_a_teaching_or_research_unit_written_before_a_title_is_named_whole():
    from support.entities import rels

    cases = {
        "理论周刊刊发中共四川省委党校经济学教研部教授李青的文章认为。": "中共四川省委党校经济学教研部",
        "光明网刊发北方理工大学物理系教授王青的署名文章。": "北方理工大学物理系",
        "华北油田勘探开发研究院院长王青介绍。": "华北油田勘探开发研究院",
        "（作者：王青，系东方农业大学经济管理学院院长）": "东方农业大学经济管理学院",
        "学习时报刊发中共中央党校（国家行政学院）经济学教研部教授王青的文章。": "中共中央党校（国家行政学院）经济学教研部",
    }
    for text, body in cases.items():
        assert (body, "Institution") in ents(text), (text, ents(text))
    assert ("王青", "affiliatedWith", "东方农业大学经济管理学院") in rels("（作者：王青，系东方农业大学经济管理学院院长）")


def test_a_department_before_its_head_title_ends_before_the_title():
    assert ("教育部高等教育司", "Institution") in ents("教育部高等教育司司长王青在接受采访时表示。")


def test_a_plan_outline_named_by_its_statutory_title_without_brackets_is_a_policy():
    title = "广元市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert (title, "Policy") in ents(f"广元市人民政府近日印发{title}。《纲要》提出，发展智慧旅游。")
    assert (title, "Policy") in ents(f"{title}提出，推动文化旅游与数字技术融合。")
    assert (title, "Policy") in ents(f"广元市人民政府印发的{title}提出，打造商贸物流中心。")


def test_a_plan_named_by_its_topic_and_period_may_open_a_sentence():
    found = ents("青山区家具产业发展“十四五”规划提出，推动实木家具向定制家具拓展。")
    assert ("青山区家具产业发展“十四五”规划", "Policy") in found, found
    found = ents("青川县人民政府印发青川县“十四五”清洁能源发展规划，提出发展风电。")
    assert {("青川县人民政府", "Institution"), ("青川县“十四五”清洁能源发展规划", "Policy")} <= found, found


def test_a_counted_class_before_a_longer_topic_is_part_of_a_programme_name():
    assert ("十大新兴产业高质量发展行动", "Policy") in ents("今年要实施十大新兴产业高质量发展行动，推动集成电路发展。")
    assert not {s for s, t in ents("今年要实施三大工程和五大行动。") if t == "Policy"}


def test_the_split_words_are_checked_on_load(tmp_path):
    import pytest

    from kg.errors import KgError
    from kg.extract.lexicon import LEXICON_DIR, load_lexicon

    assert {"学院院长", "大学校长"} <= set(load_lexicon(str(LEXICON_DIR)).split_words)
    for required in ("not_entities.txt", "surnames.txt", "person_titles.txt"):
        (tmp_path / required).touch()
    (tmp_path / "split_words.txt").write_text("学院院长 学院院长\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"^split_words\.txt: '学院院长': listed twice"):
        load_lexicon(str(tmp_path))
