"""Items of coordinated lists no lexicon knows, completed from the list's
class word or its known items (coordination).  Made-up sentences; each case
fails when its rule is removed."""
from __future__ import annotations

from support.entities import ents


def test_a_generic_word_listed_among_known_sectors_before_a_sector_class_is_a_sector():
    found = ents("鼓励氢燃料电池在电力、交通和通信领域开展示范。")
    assert ("通信", "Industry") in found
    found = ents("该工艺已在医药、化工、材料和能源等行业推广。")
    assert ("材料", "Industry") in found


def test_a_generic_word_is_no_sector_without_known_siblings_or_a_sector_class():
    assert ("通信", "Industry") not in ents("推动通信和材料方面的合作。")
    assert ("材料", "Industry") not in ents("采购医药、化工和材料等物资。")


def test_an_activity_word_listed_among_sectors_stays_no_entity():
    # 工作 is a verbal noun: an activity, not a sector, whatever list it is in
    assert ("工作", "Industry") not in ents("在娱乐、游戏、工作、教育等领域普及。")


def test_a_generic_field_where_something_is_applied_is_a_sector():
    found = ents("推动北斗导航在智慧港口、智慧水利和城市治理中的应用。")
    assert ("城市治理", "Industry") in found
    found = ents("支持开源模型在教育、体育和公共服务领域中的应用。")
    assert ("公共服务", "Industry") in found


def test_a_generic_word_outside_a_list_of_applications_stays_no_entity():
    assert ("城市治理", "Industry") not in ents("城市治理和公共服务水平不断提升。")


def test_a_list_after_a_preposition_inside_a_verbs_object_is_not_governed_by_the_verb():
    # 推动X向A、B和C延伸: the verb's object is X; the list is where it extends
    found = ents("推动花卉产业向种苗繁育、智能温室和同城配送延伸。")
    assert not any(text.endswith("延伸") for text, _ in found)



def test_an_adverb_before_the_verb_of_extension_is_no_part_of_the_last_item():
    found = ents("推动数字技术向制造业、物流业和智慧农业全面拓展。")
    assert ("智慧农业", "Industry") in found
    assert not any(text.endswith("全面") for text, _ in found)


def test_a_classifier_jieba_cuts_off_a_noun_is_part_of_a_listed_name():
    found = ents("推广无人车、无人机和智能回收箱，完善社区服务。")
    assert ("智能回收箱", "Technology") in found


def test_an_item_ending_with_renewal_is_an_activity_not_a_name():
    found = ents("推进智能电表、配电终端和变电设备升级换代，提升电网水平。")
    assert not any(text.endswith("升级换代") for text, _ in found)


def test_a_dimension_numeral_opens_a_listed_name():
    found = ents("运用三维建模、数字孪生和虚拟现实等技术，提升展示效果。")
    assert ("三维建模", "Technology") in found
    assert ("建模", "Technology") not in found


def test_a_verb_led_field_between_separators_of_an_applied_list_is_a_sector():
    found = ents("该传感器可应用于矿产勘查、巡检巡查和管道检测。")
    assert ("巡检巡查", "Industry") in found
