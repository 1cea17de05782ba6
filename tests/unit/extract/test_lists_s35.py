"""Lists and what sums them up: a directive verb jieba glued into the first
item (做精|茶叶加工), the class a list is summed up in (…三大沿边产业,
…等山地产业), siblings of a lexicon term that share its head (甲陶瓷、乙陶瓷),
a firm another rule found among the firms after a support verb, and towns
jieba does not know.  Made-up names; each positive test fails without its
rule, the others guard what must stay unread."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_directive_verb_glued_into_the_first_item_is_no_part_of_it():
    found = ents("今年要做精茶叶加工、林下养殖等特色产业。")
    assert ("茶叶加工", "Industry") in found, found
    assert not any(text.startswith("精") for text, _ in found), found
    found = ents("今年要做大海洋渔业、菌菇种植两大特色产业。")
    assert ("海洋渔业", "Industry") in found, found
    assert not any(text.startswith("大") for text, _ in found), found


def test_the_class_a_list_is_summed_up_in_is_an_industry():
    found = ents("做优木材加工、澜溪物流和边贸服务三大沿边产业，发展茶叶、菌菇等山地产业。")
    assert {("沿边产业", "Industry"), ("山地产业", "Industry")} <= found, found


def test_a_generic_or_counted_class_after_a_list_is_none():
    found = ents("带动物流、包装等相关产业，培育甲、乙等十大新兴产业。")
    assert ("相关产业", "Industry") not in found, found
    assert ("十大新兴产业", "Industry") not in found, found
    found = ents("壮大奶业、肉牛两个千亿级支柱产业。")
    assert ("千亿级支柱产业", "Industry") not in found, found


def test_a_sibling_of_a_lexicon_term_sharing_its_head_is_of_its_type():
    found = ents("推动电子陶瓷、青禾陶瓷、结构陶瓷协同发展。")
    assert ("青禾陶瓷", "Technology") in found, found


def test_a_firm_found_by_its_group_name_keeps_the_other_firms_of_its_list():
    found = ents("支持澜舟铝业、青禾集团建设智能工厂。")
    assert {("澜舟铝业", "Institution"), ("青禾集团", "Institution")} <= found, found


def test_a_town_jieba_does_not_know_is_a_region():
    found = ents("推动澜溪镇、青禾镇发展会展旅游。")
    assert {("澜溪镇", "Region"), ("青禾镇", "Region")} <= found, found
    found = ents("建设工业重镇和特色小镇。")
    assert not any(ty == "Region" for _, ty in found), found


def test_a_technology_and_a_sector_joined_inside_a_list_are_two_items():
    # (、某技术与某某农业、 is a fusion written inside the list, not one name)
    found = ents("应把5G、物联网、区块链与山地特色农业、文化旅游深度融合。")
    assert ("区块链", "Technology") in found, found
    assert not any("与" in text for text, _ in found), found


def test_a_sectors_partners_are_priorities_of_the_action():
    found = rels("实施铸件产业强链工程，推动铸件制造与电线电缆、保温材料等配套产业联动发展。")
    assert ("铸件产业强链工程", "prioritizes", "铸件制造") in found, found
    assert {("铸件产业强链工程", "prioritizes", t) for t in ("电线电缆", "保温材料")} <= found, found


def test_the_plateau_provinces_featured_sectors_keep_their_place_word():
    found = ents("发展青稞、蜂蜜等高原特色农业，壮大高原特色生物医药。")
    assert {("高原特色农业", "Industry"), ("高原特色生物医药", "Industry")} <= found, found


def test_the_class_word_after_a_list_is_no_part_of_a_known_last_item():
    found = ents("推动纺织、造纸、食品、有色金属行业开展节能改造。")
    assert ("有色金属", "Industry") in found, found
    assert ("有色金属行业", "Industry") not in found, found


def test_a_sectors_firms_in_an_open_list_are_the_sector():
    found = ents("推广数字孪生在陶瓷、建材企业中的应用。")
    assert ("建材", "Industry") in found, found
    assert ("建材企业", "Industry") not in found, found


def test_a_programme_after_an_enumerator_is_a_policy_prioritizing_its_clause():
    text = "实施口岸经济重点工程：一是澜溪综合保税区提质工程，发展进口油气加工和木材精深加工；二是青禾物流提升工程，发展冷链物流。"
    assert {("澜溪综合保税区提质工程", "Policy"), ("青禾物流提升工程", "Policy")} <= ents(text)
    found = rels(text)
    assert ("澜溪综合保税区提质工程", "prioritizes", "木材精深加工") in found, found
    assert ("青禾物流提升工程", "prioritizes", "冷链物流") in found, found
    assert ("澜溪综合保税区提质工程", "prioritizes", "冷链物流") not in found, found


def test_a_numbered_programme_of_a_column_prioritizes_its_own_entry():
    text = "专栏3 重点产业工程。1.澜溪铝材一体化工程：布局电解铝和铝合金精深加工。2.青禾光伏产业工程：发展工业硅、多晶硅。"
    assert {("澜溪铝材一体化工程", "Policy"), ("青禾光伏产业工程", "Policy")} <= ents(text)
    found = rels(text)
    assert ("青禾光伏产业工程", "prioritizes", "多晶硅") in found, found
    assert ("澜溪铝材一体化工程", "prioritizes", "多晶硅") not in found, found
    assert ("1.5万亿元工程", "Policy") not in ents("到2025年，建成1.5万亿元工程：…")


def test_a_technology_joined_with_plus_to_a_field_is_one_name_and_a_policy_plus_stays_a_policy():
    found = ents("加快建设5G+智慧港口，推广5G+远程医疗应用，实施“数据要素×”行动和“人工智能+”行动。")
    assert {("5G+智慧港口", "Technology"), ("5G+远程医疗", "Technology")} <= found, found
    assert ("“人工智能+”行动", "Policy") in found, found


def test_mongolia_by_its_official_short_name_is_a_region():
    assert ("蒙古国", "Region") in ents("建设面向俄罗斯和蒙古国的进出口加工基地。")


def test_what_a_plan_promotes_around_the_crops_it_names_first_is_applied_in_them():
    found = rels("围绕中药材和设施蔬菜，推广膜下滴灌、水肥一体化等技术。")
    assert ("水肥一体化", "appliedIn", "中药材") in found, found
    assert ("膜下滴灌", "appliedIn", "设施蔬菜") in found, found


def test_a_directive_verb_inside_a_list_item_ends_the_list():
    # (在甲、乙主产区推广丙、丁和戊: the crops are no siblings of the techniques)
    found = ents("在向日葵、甜菜产区推广水肥一体化、无人驾驶农机和智能灌溉系统。")
    assert ("水肥一体化", "Technology") in found, found
    assert not any(ty == "Technology" and text in {"向日葵", "甜菜"} for text, ty in found), found


def test_the_lines_a_category_is_grown_by_are_its_parts():
    found = rels("以风电、光伏和储能为重点壮大清洁能源产业。")
    assert {("风电", "partOf", "清洁能源产业"), ("储能", "partOf", "清洁能源产业")} <= found, found


def test_a_sector_called_the_pillar_of_a_wider_sector_is_a_part_of_it():
    assert ("新型显示", "partOf", "电子信息产业") in rels("新型显示是电子信息产业的重要支柱。")
    assert not any(t == "partOf" for _, t, _ in rels("算力是人工智能的核心。"))
