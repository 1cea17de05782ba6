"""Names of plans, institutions, places, events and publications (round 12):
made-up sentences; each case fails when its rule is removed, and the negative
cases fail when a rule over-reaches."""
from __future__ import annotations

from kg.extract import extract_text
from support.entities import ents


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.type, r.tail) for r in extract_text(text).relations}


# --- a place written before an unbracketed plan name -------------------------


def test_a_city_before_its_five_year_plan_is_one_policy():
    found = ents("嘉兴市“十四五”规划纲要提出，加快发展新材料产业。")
    assert ("嘉兴市“十四五”规划纲要", "Policy") in found
    assert ("嘉兴市", "Region") not in found


def test_a_city_before_its_government_work_report_is_one_policy():
    found = ents("绍兴市政府工作报告提出，培育生物医药产业。")
    assert ("绍兴市政府工作报告", "Policy") in found
    assert ("政府工作报告", "Policy") not in found


def test_the_priorities_of_a_city_plan_hang_on_the_whole_name():
    got = _relations("嘉兴市“十四五”规划纲要提出，加快发展新材料产业。")
    assert ("嘉兴市“十四五”规划纲要", "prioritizes", "新材料产业") in got
    assert not any(h == "“十四五”规划纲要" for h, _, _ in got)


def test_a_place_before_a_generic_plan_word_stays_a_region():
    found = ents("浙江省规划建设一批新材料产业园。")
    assert ("浙江", "Region") in found or ("浙江省", "Region") in found
    assert not any(t == "Policy" for _, t in found)


def test_a_bare_plan_name_without_a_place_stays_as_written():
    found = ents("该市“十四五”规划纲要提出，加快发展新材料产业。")
    assert ("“十四五”规划纲要", "Policy") in found


# --- institutions ---------------------------------------------------------------


def test_short_group_names_after_a_support_verb_are_institutions():
    found = ents("推动晋重集团、晋钢集团加快向智能制造转型。")
    assert {("晋重集团", "Institution"), ("晋钢集团", "Institution")} <= found


def test_a_kind_of_group_is_no_institution():
    for text in ("推动企业集团化发展。", "支持龙头集团做大做强。", "依托本地集团开展合作。"):
        assert not any(t == "Institution" for _, t in ents(text)), text


def test_an_exchange_named_after_its_place_is_one_institution():
    found = ents("广州数据交易所、杭州数据交易所等机构积极探索数据产品挂牌。")
    assert {("广州数据交易所", "Institution"), ("杭州数据交易所", "Institution")} <= found
    assert ("广州", "Region") not in found


def test_a_bare_exchange_is_no_institution():
    assert not any(t == "Institution" for _, t in ents("推动数据交易所建设。"))


def test_a_research_institute_under_a_centre_is_one_institution():
    found = ents("国家信息中心数字中国研究院研究员陈某撰文指出，数据要素很重要。")
    assert ("国家信息中心数字中国研究院", "Institution") in found
    assert not any(t == "Policy" for _, t in found)


def test_a_translated_company_name_with_its_latin_name_is_one_institution():
    found = ents("美国太空探索技术公司（SpaceX）10月13日进行第五次试飞。")
    assert ("美国太空探索技术公司", "Institution") in found
    assert ("美国", "Region") not in found


def test_a_country_before_a_foreign_university_is_a_region():
    found = ents("化学奖一半授予美国华盛顿大学的戴维·贝克。")
    assert {("美国", "Region"), ("华盛顿大学", "Institution")} <= found


def test_a_company_after_its_group_is_an_institution_of_its_own():
    found = ents("该船由中国化学集团旗下江苏海门造船有限公司建造。")
    assert {("中国化学集团", "Institution"), ("江苏海门造船有限公司", "Institution")} <= found


def test_who_made_a_model_is_no_maker_name():
    found = ents("两人开发的AlphaFold2模型已被广泛用于药物研发。")
    assert not any(t == "Institution" for _, t in found)
    assert ("AlphaFold2", "Technology") in found


def test_companies_in_a_list_closed_by_a_count_of_firms():
    found = ents("华为、浪潮和中国电信等300余家企业参展。")
    assert ("浪潮", "Institution") in found


def test_a_list_item_glued_to_deng_and_a_spelled_brand_are_companies():
    assert ("广汽", "Institution") in ents("丰田、比亚迪和广汽等中外车企高管出席。")
    found = ents("华为、小米汽车和极氪等品牌展示了新车。")
    assert {("小米汽车", "Institution"), ("极氪", "Institution")} <= found


# --- places ---------------------------------------------------------------------


def test_a_district_in_a_list_framed_as_the_core_is_a_region():
    found = ents("提出以洛龙区、伊滨区为核心，发展工业机器人。")
    assert ("伊滨区", "Region") in found


def test_a_county_after_its_province_and_city_at_a_venue_is_a_region():
    found = ents("博览会在河北石家庄正定开幕。")
    assert {("河北", "Region"), ("石家庄", "Region"), ("正定", "Region")} <= found


def test_a_foreign_town_after_its_state_at_a_venue_is_a_region():
    found = ents("火箭10月13日在得克萨斯州博卡奇卡进行第五次试飞。")
    assert ("博卡奇卡", "Region") in found


def test_an_adverb_or_a_hall_after_a_venue_is_no_region():
    assert {r for r, t in ents("大会在上海隆重开幕。") if t == "Region"} == {"上海"}
    assert {r for r, t in ents("大会在北京会场举行。") if t == "Region"} == {"北京"}


# --- events and publications ----------------------------------------------------


def test_a_conference_before_its_chair_stays_an_event():
    found = ents("2024世界动力电池大会在四川宜宾开幕。世界动力电池大会主席王某在开幕式上致辞。")
    assert ("世界动力电池大会", "Event") in found
    assert ("世界动力电池大会", "Institution") not in found


def test_a_forum_before_its_officer_is_the_organisation():
    assert ("世界经济论坛", "Institution") in ents("世界经济论坛总裁某某表示，增长放缓。")


def test_a_title_before_its_periodical_kind_is_a_publication():
    found = ents("研究员刘某在接受《望远》新闻周刊采访时说，大模型前景广阔。")
    assert ("望远", "Publication") in found
    assert not any(t == "Policy" for _, t in found)


# --- persons --------------------------------------------------------------------


def test_a_dotted_name_joined_to_a_transliterated_one_is_a_person():
    found = ents("另一半授予德米斯·哈萨比斯和约翰·江珀，以表彰他们的贡献。")
    assert {("德米斯·哈萨比斯", "Person"), ("约翰·江珀", "Person")} <= found


# --- more names: a company with its place in brackets, bureaus, zones, committees --


def test_a_company_with_its_place_in_brackets_is_one_institution():
    found = ents("访华首站抵达重庆，参观了青禾动力系统（重庆）有限公司，了解发动机。")
    assert ("青禾动力系统（重庆）有限公司", "Institution") in found
    found = ents("芯片由青禾量子计算科技（合肥）股份有限公司研制。")
    assert ("青禾量子计算科技（合肥）股份有限公司", "Institution") in found


def test_a_national_inspection_bureau_in_a_list_of_issuers():
    found = ents("国家能源局、应急管理部、国家海事安全监察局、财政部联合印发通知。")
    assert ("国家海事安全监察局", "Institution") in found
    assert not any(t == "Institution" for _, t in ents("加强安全监察局建设。"))


def test_a_zone_named_after_a_place_word_is_a_region():
    assert ("东湖高新区", "Region") in ents("提出依托东湖高新区的光电子信息产业基础。")
    assert not any(t == "Region" for _, t in ents("推动城市新区发展。"))


def test_a_group_of_cities_is_its_place_only():
    found = ents("以郑州城市群为核心开展氢燃料电池汽车示范。")
    assert ("郑州", "Region") in found
    assert ("郑州城市群", "Region") not in found


def test_a_central_committee_with_its_term_is_one_institution():
    found = ents("习近平代表第十九届中央委员会向党的二十大作了报告。")
    assert ("第十九届中央委员会", "Institution") in found
    assert ("二十届中央委员会第三次全体会议", "Event") in ents("二十届中央委员会第三次全体会议审议通过决定。")


def test_a_numbered_or_dated_event_between_two_partners_is_one_event():
    assert ("第二十一届中国—东盟博览会", "Event") in ents("第二十一届中国—东盟博览会9月24日在南宁开幕。")
    assert ("2025中国—中亚合作论坛", "Event") in ents("2025中国—中亚合作论坛在西安举行。")


def test_a_foreign_venue_whose_name_jieba_splits_is_a_region():
    assert ("布莱奇利园", "Region") in ents("全球人工智能安全峰会在英国布莱奇利园开幕。")


def test_brands_in_a_list_closed_by_a_regional_class_of_carmakers():
    found = ents("为宝马、奔驰、大众等欧洲车企提供动力电池产品。")
    assert {("奔驰", "Institution"), ("大众", "Institution")} <= found


def test_a_world_organisation_named_after_a_field_is_an_institution():
    assert ("世界人工智能合作组织", "Institution") in ents("宣布中方倡议成立世界人工智能合作组织。")
    assert not any(t == "Institution" for _, t in ents("我国积极加入国际组织。"))


def test_a_common_noun_jieba_tags_a_place_before_qu_is_no_region():
    assert not any(t == "Region" for _, t in ents("要素市场化配置改革已进入深水区。"))
