"""Entity rules, round 10: names beyond Technology and Industry -- events written
with an edition year, Latin-letter products and architectures, departments of a
commission, places below city level and companies named in news lists.

Every sentence here is made up; each test asserts the behaviour of one rule
class (a test that cannot fail is a defect)."""
from __future__ import annotations

from support.entities import ents


# --- an edition year in brackets after an event's name ---------------------------


def test_bracketed_year_after_a_forum_is_part_of_the_event():
    got = ents("在杭州举行的中国储能产业论坛（2031）上，多位专家发言。")
    assert ("中国储能产业论坛（2031）", "Event") in got
    assert ("中国储能产业论坛", "Event") not in got


def test_bracketed_year_not_after_an_event_stays_out():
    got = ents("该规划（2031）提出发展人工智能。")
    assert not any("2031" in s for s, _ in got)


# --- a Latin acronym + edition year is an event where the sentence holds one --------


def test_latin_acronym_with_year_held_or_opened_is_an_event():
    got = ents("在巴黎举行的XPO 2031上，多家企业发布新品。")
    assert ("XPO 2031", "Event") in got
    got = ents("ABCD 2032于3月5日在柏林开幕。")
    assert ("ABCD 2032", "Event") in got


def test_latin_acronym_with_year_without_an_event_cue_is_nothing():
    got = ents("XPO 2031的销量超过预期。")
    assert not any("2031" in s for s, _ in got)


# --- Latin-letter architectures and products ---------------------------------------


def test_latin_architecture_with_its_processor_class_is_one_technology():
    got = ents("该公司推出新一代Zephyr架构GPU和Quill架构。")
    assert ("Zephyr架构GPU", "Technology") in got and ("Quill架构", "Technology") in got
    assert ("GPU", "Technology") not in got


def test_latin_product_name_before_its_class_is_one_technology():
    got = ents("展会上展示了NanoLED电视和Q300芯片。")
    assert ("NanoLED电视", "Technology") in got and ("Q300芯片", "Technology") in got


def test_bare_acronym_before_a_class_word_is_not_a_product_name():
    # an all-capital acronym without a digit is a field (AI), not a product's name
    got = ents("发展AI芯片。")
    assert not any(s == "AI芯片" and t != "Technology" for s, t in got)
    assert ("AIZ芯片", "Technology") not in ents("发展AIZ芯片。")


# --- a department written right after a commission (…委 + …部) ---------------------


def test_department_after_a_commission_is_one_institution():
    got = ents("国家航天局和中央军委政治工作部联合印发《关于加强航天宣传的通知》。")
    assert ("中央军委政治工作部", "Institution") in got
    assert ("中央军委", "Institution") not in got


def test_commission_followed_by_deployment_is_not_a_department():
    got = ents("中央军委部署了新一轮改革。")
    assert ("中央军委", "Institution") in got
    assert not any(s.endswith("部署") for s, _ in got)


# --- places in a list: short forms of divisions, zones, a term typed otherwise -------


def test_short_forms_of_listed_divisions_in_a_place_list_are_regions():
    # 鼓楼区 and 玄武区 are listed by their full names only
    got = ents("规划提出推进鼓楼、玄武建设数字经济示范区。")
    assert ("鼓楼", "Region") in got and ("玄武", "Region") in got


def test_short_form_needs_a_place_context():
    got = ents("鼓楼、玄武。")
    assert ("鼓楼", "Region") not in got


def test_a_list_of_ordinary_words_is_no_place_list():
    got = ents("坚持和平、发展、合作的原则。")
    assert not any(t == "Region" for _, t in got)


def test_natural_features_alone_are_not_places():
    # 太湖 and 巢湖 are also county-level names, but a list of lakes names lakes
    got = ents("在太湖、巢湖开展生态治理。")
    assert not any(t == "Region" for _, t in got)


def test_zones_named_after_places_need_context_on_both_sides():
    got = ents("支持松江湾新区、青浦湾新区集聚发展储能产业。")
    assert ("松江湾新区", "Region") in got and ("青浦湾新区", "Region") in got
    got = ents("松江湾新区、青浦湾新区。")
    assert ("松江湾新区", "Region") not in got and ("青浦湾新区", "Region") not in got


def test_term_typed_otherwise_among_regions_is_the_place():
    # 阿里 is a company's short name in the lexicon; among two prefectures it is the place
    got = ents("在阿里、那曲、日喀则建设光伏基地。")
    assert ("阿里", "Region") in got and ("阿里", "Institution") not in got
    got = ents("华为、阿里等企业加大投入。")
    assert ("阿里", "Institution") in got


# --- companies listed beside a known company, closed by 等 + a company class --------


def test_unknown_items_beside_a_known_company_are_companies():
    # two-character brands: known to no lexicon, typed only by their known sibling
    got = ents("华为、极光和云图等企业发布了新产品。")
    assert ("极光", "Institution") in got and ("云图", "Institution") in got
    got = ents("比亚迪、极光等车企加快出海。")
    assert ("极光", "Institution") in got


def test_list_of_sectors_before_a_company_class_names_no_company():
    got = ents("推动新能源汽车、装备制造等企业转型。")
    assert not any(t == "Institution" for _, t in got)


def test_item_holding_another_name_is_no_company():
    got = ents("支持华为、北京等企业。")
    assert ("北京", "Region") in got and ("北京", "Institution") not in got


# --- lexicon: ministries' normalized short names; a bloc before 国家 ----------------


def test_normalized_short_names_of_ministries_are_institutions():
    got = ents("住房城乡建设部、人力资源社会保障部联合印发通知。")
    assert ("住房城乡建设部", "Institution") in got and ("人力资源社会保障部", "Institution") in got


def test_a_bloc_glued_to_countries_is_still_a_region():
    # jieba writes 东盟国家 as one word: the bloc inside it is still named
    got = ents("推动数字支付在东盟国家落地。")
    assert ("东盟", "Region") in got


# --- Latin product names by context: after a class term, after a company + 的 --------


def test_latin_name_after_its_class_term_is_a_technology():
    got = ents("该公司发布了视频生成模型Zorba。")
    assert ("Zorba", "Technology") in got
    # a bare acronym after the class term is no product name
    assert ("API", "Technology") not in ents("该公司开放了大模型API。")


def test_latin_name_after_a_company_and_de_is_its_product():
    got = ents("特斯拉的Quasar和比亚迪的Nova X量产节奏备受关注。")
    assert ("Quasar", "Technology") in got and ("Nova X", "Technology") in got


def test_latin_name_after_de_without_a_company_is_nothing():
    got = ents("在杭州举行的Quasar上发布新品。")
    assert ("Quasar", "Technology") not in got


# --- an event after its year and 年: the year is a date ----------------------------


def test_year_with_nian_before_an_expo_is_a_date_not_part_of_the_name():
    got = ents("2031年青岛国际海洋装备博览会在青岛开幕。")
    assert ("青岛国际海洋装备博览会", "Event") in got
    assert not any(s.startswith("2031") for s, _ in got)


# --- a known company's short name + a word jieba does not know: its unit ----------


def test_company_short_name_with_an_unknown_word_before_de_is_one_company():
    got = ents("展会上，蔚来翎途的飞行器首次亮相。")
    assert ("蔚来翎途", "Institution") in got and ("蔚来", "Institution") not in got


def test_company_short_name_with_an_unknown_word_not_followed_by_a_cue_stays_the_company():
    got = ents("谷歌安卓之后，又一系统问世。")
    assert ("谷歌", "Institution") in got and ("谷歌安卓", "Institution") not in got


def test_place_word_beside_a_region_in_a_list_is_a_region():
    # jieba tags 江南 a place; beside 北京 in a list it is one
    got = ents("在北京、江南等地举办巡展。")
    assert ("江南", "Region") in got


def test_common_noun_jieba_tags_a_place_is_no_region():
    got = ents("支持海洋、上海建设。")
    assert ("海洋", "Region") not in got and ("上海", "Region") in got


def test_unknown_word_beside_a_region_needs_context_on_both_sides():
    got = ents("支持哈密、准东建设新能源基地。")
    assert ("准东", "Region") in got
    got = ents("哈密、准东的风光资源丰富。")
    assert ("准东", "Region") not in got


def test_generic_items_beside_a_known_company_are_no_companies():
    # a pronoun or a generic organisation word makes the item a description
    got = ents("支持华为、各类中小企业等企业参与。")
    assert ("各类中小企业", "Institution") not in got


# --- a city's one-character abbreviation after 在 + an event verb; shared 地区 --------


def test_city_abbreviation_before_an_event_verb_is_a_region():
    got = ents("第三届智能制造展览会今天在京开幕。")
    assert ("京", "Region") in got
    assert ("京", "Region") not in ents("在京津冀地区推广。")


def test_directional_region_sharing_diqu_with_the_next_is_a_region():
    got = ents("加强与东部及中西部地区合作。")
    assert ("东部", "Region") in got and ("中西部地区", "Region") in got
    assert ("东部", "Region") not in ents("东部和西部差距缩小。")


def test_committee_written_after_its_ministry_is_one_institution():
    got = ents("教育部职业教育专家咨询委员会发布《某某指南》。")
    assert ("教育部职业教育专家咨询委员会", "Institution") in got
    assert ("教育部", "Institution") not in got


def test_ministry_and_a_committee_joined_by_a_function_word_stay_two():
    got = ents("教育部和国家自然科学基金委员会联合发布通知。")
    assert ("教育部", "Institution") in got
    assert not any(s.startswith("教育部和") for s, _ in got)


# --- an unknown name before 的 + a named product is the product's maker ------------


def test_unknown_name_before_a_named_product_is_its_maker():
    got = ents("据介绍，翎羽航天的快舟九号将于年内发射。")
    assert ("翎羽航天", "Institution") in got
    got = ents("发布会上，青禾智能的QX300-A首次亮相。")
    assert ("青禾智能", "Institution") in got and ("QX300-A", "Technology") in got


def test_a_pronoun_or_a_technology_before_a_named_product_is_no_maker():
    assert not any(t == "Institution" for _, t in ents("我国的长征五号成功发射。"))
    assert not any(t == "Institution" for _, t in ents("载人飞船的长征二号火箭已就位。"))


# --- an unknown name opening a clause and publishing a report is an organisation ----


def test_unknown_name_publishing_a_report_is_an_institution():
    got = ents("青禾顾问发布报告称，今年市场增长较快。")
    assert ("青禾顾问", "Institution") in got


def test_a_time_word_or_a_common_noun_publishing_a_report_is_no_institution():
    assert not any(t == "Institution" for _, t in ents("今天发布报告称，市场增长。"))
    assert not any(t == "Institution" for _, t in ents("记者发布报告称增长。"))


def test_unknown_co_publisher_after_yu_is_an_institution_a_generic_word_is_not():
    got = ents("中国信息通信研究院与青禾顾问联合发布报告。")
    assert ("青禾顾问", "Institution") in got
    assert not any(t == "Institution" for _, t in ents("科研机构与高校联合发布报告。"))
