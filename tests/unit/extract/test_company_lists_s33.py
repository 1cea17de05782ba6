"""Companies by their short names in a list a drafting formula frames without
a class of enterprises: 以甲、乙为龙头 and a support verb before a list of two
or more closed by what firms do (支持甲、乙扩大产能; entities.json
enterprise_lists closing_regex, verb_closing_regex, verb_openers).  Made-up
names; each positive test fails without its frame, the others guard what the
frames must not read as firms."""
from __future__ import annotations

from kg.extract.coordination import company_list_rules
from kg.extract.lexicon import load_entity_patterns
from support.entities import ents, rule_state


def test_a_list_the_leaders_of_a_sector_are_companies():
    found = ents("该市以启明星辰、澜舟电器为龙头，发展信息安全产业。")
    assert {("启明星辰", "Institution"), ("澜舟电器", "Institution")} <= found, found


def test_a_list_after_a_support_verb_closed_by_what_firms_do_are_companies():
    found = ents("今年要支持澜舟乳业、青禾牧业扩大产能。")
    assert {("澜舟乳业", "Institution"), ("青禾牧业", "Institution")} <= found, found


def test_one_name_after_a_support_verb_is_a_company_only_by_a_trade_firms_are_named_with():
    # (news.json company_trade_words: 生物 is one, 牧业 is none)
    assert ("青禾生物", "Institution") in ents("今年要支持青禾生物扩大产能。")
    found = ents("今年要支持青禾牧业扩大产能。")
    assert ("青禾牧业", "Institution") not in found, found


def test_one_common_word_or_sector_before_a_trade_after_a_support_verb_is_no_company():
    # (single_item_brand_not_tags: 数字|科技 is one common word + a trade; 绿色建材 is one word, a sector)
    for text in ("支持数字科技扩大应用。", "支持绿色建材扩大规模。", "支持中小科技扩大规模。"):
        assert not any(ty == "Institution" for _, ty in ents(text)), (text, ents(text))


def test_places_sectors_and_kinds_of_bodies_in_the_frames_are_no_companies():
    for text in ("支持北京、上海建设国际科技创新中心。", "推动信息技术、生物技术加快发展。",
                 "支持高校、科研院所建设实验室。", "以新能源汽车、光伏为龙头，带动产业升级。"):
        assert not any(ty == "Institution" for _, ty in ents(text)), (text, ents(text))


def test_products_a_support_verb_moves_towards_a_goal_are_no_companies():
    # (向 is no closing: 推动甲、乙向高效化升级 moves products or sectors)
    found = ents("推动水泵、电机向高效节能方向升级。")
    assert not any(ty == "Institution" for _, ty in found), found




def _list_companies(text: str) -> set[str]:
    """The companies the company-list rule reads in TEXT (the pipeline's tokens and
    the other rules' candidates)."""
    state = rule_state(text)
    cands = [c for c in state["kg_cands"] if c.rule != "institution.enterprise_list"]
    found = company_list_rules(state["kg_text"], cands, state["kg_tokens"], load_entity_patterns()["enterprise_lists"])
    return {c.label for c in found}


def test_a_firm_named_by_its_brand_and_its_trade_is_a_company():
    # (the trade, 氢能, is a lexicon sector inside the item: the brand before it names a firm)
    assert _list_companies("支持澜舟氢能、青禾铝业扩大产能。") == {"澜舟氢能", "青禾铝业"}


def test_a_known_firm_and_its_facility_stay_apart():
    assert "中国移动数据中心" not in _list_companies("支持中国移动数据中心、华禾科技扩大规模。")
