"""Entity rules of round 6 (issue 11): follow-ups from round 5.  Every
sentence is written for this test, none taken from an annotated passage."""
from __future__ import annotations

from kg.extract import extract_text
from kg.options import ExtractorOptions
from support.entities import ents


def surfaces(text: str) -> set[str]:
    return {m.text for m in extract_text(text, extractor=ExtractorOptions(spanfill=False)).mentions}


# --- an unknown item under a class noun whose head jieba tags as a verb


def test_an_item_ending_with_a_verb_head_under_an_industry_class_is_filled():
    got = ents("前瞻布局类脑智能、原子级制造、深海空天等未来产业。")
    assert ("原子级制造", "Industry") in got, got


def test_the_second_item_of_a_pair_under_an_industry_class_is_filled():
    got = ents("推动智慧渔场、无人配送等新兴产业加快成长。")
    assert ("无人配送", "Industry") in got, got


def test_an_item_of_two_verbs_under_an_industry_class_is_not_filled():
    # the verb head needs a name-like word before it (提升|制造 is a clause)
    got = surfaces("布局类脑智能、提升制造、深海空天等未来产业。")
    assert "提升制造" not in got, got


def test_a_clause_after_a_pair_is_not_an_item():
    got = surfaces("加快推进量子、生命科学等未来产业布局。")
    assert "加快推进量子" not in got, got


# --- a sector term before 安全 used as an adverbial stays a name


def test_category_before_an_adverbial_noun_and_its_verb_is_a_name():
    got = ents("支持智慧渔场、无人配送等新兴产业安全健康发展。")
    assert ("新兴产业", "Industry") in got, got


def test_sector_before_a_modifier_noun_is_still_no_name():
    got = surfaces("各地要加强医疗安全管理。")
    assert "医疗" not in got, got


# --- a document title is never a person


def test_a_white_or_blue_book_is_no_person():
    got = ents("蓝皮书指出，本地制造业增速加快；白皮书认为前景向好。")
    assert not any(t == "Person" for _, t in got), got


def test_a_person_before_a_speech_verb_is_still_found():
    got = ents("研究员蓝海涛指出，本地制造业增速加快。")
    assert ("蓝海涛", "Person") in got, got


# --- symposia and forums named by what they advance or their scope


def test_a_symposium_named_by_the_policy_it_advances_is_one_event():
    got = ents("总书记在西安主持召开新时代推动西北地区协调发展座谈会。")
    assert ("新时代推动西北地区协调发展座谈会", "Event") in got, got
    assert ("西北地区", "Region") not in got, got


def test_a_symposium_called_without_a_name_is_no_event():
    got = ents("要深入推进产业转型，召开座谈会听取企业意见。")
    assert not any(t == "Event" for _, t in got), got


def test_a_high_level_forum_named_by_its_scope_is_an_event():
    got = ents("中国数字治理高层论坛在杭州开幕。")
    assert ("中国数字治理高层论坛", "Event") in got, got
    assert ("中国", "Region") not in got, got


def test_a_bare_high_level_forum_is_no_event():
    got = surfaces("学院举办高层论坛，邀请专家研讨。")
    assert "高层论坛" not in got, got


# --- sector names with a class modifier stay whole


def test_a_traditional_sector_keeps_its_modifier():
    got = ents("改造提升传统纺织产业，培育新兴纺织产业。")
    assert ("传统纺织产业", "Industry") in got, got


def test_a_smart_sector_is_one_industry():
    got = ents("推动智慧钢铁、智慧化工建设。")
    assert ("智慧钢铁", "Industry") in got, got
    assert ("钢铁", "Industry") not in got, got


# --- foreign names over ·, brands with a Latin letter


def test_a_transliterated_name_runs_over_its_middle_dot_to_the_speech_verb():
    got = ents("外交部长奥列格·别洛孔涅夫表示，双方合作潜力巨大。")
    assert ("奥列格·别洛孔涅夫", "Person") in got, got
    assert ("奥列格", "Person") not in got, got


def test_a_transliterated_name_is_not_run_on_into_a_clause():
    got = surfaces("总理奥列格·别洛孔涅夫率团访问当地企业")
    assert not any(s.startswith("奥列格·别洛孔涅夫率") for s in got), got


def test_a_company_whose_brand_holds_a_latin_letter():
    got = ents("本市企业与云e集团签署合作协议。")
    assert ("云e集团", "Institution") in got, got


def test_a_joiner_before_a_latin_letter_is_no_brand():
    got = surfaces("甲方公司和i公司签约。")
    assert "和i公司" not in got, got


# --- directions and new lines of business as list classes


def test_a_field_after_a_known_sector_under_key_directions_is_a_sector():
    got = ents("推动机器人与制造业、养老等重点方向深度融合。")
    assert ("养老", "Industry") in got, got


def test_new_lines_of_business_are_sectors():
    got = ents("直播电商、数据标注等新业态不断涌现。")
    assert ("数据标注", "Industry") in got, got


def test_directions_of_technologies_are_not_made_sectors():
    got = ents("重点突破量子通信、先进计算、类脑芯片等方向。")
    assert ("先进计算", "Industry") not in got and ("类脑芯片", "Industry") not in got, got


def test_a_first_item_holding_a_sector_and_a_word_jieba_tags_as_a_name_is_whole():
    got = ents("该技术有望在医疗康复、智能家居等领域形成新业态。")
    assert ("医疗康复", "Industry") in got, got
    assert ("医疗", "Industry") not in got, got


# --- policies named by a quoted nickname


def test_a_quoted_policy_nickname_followed_by_policy_is_one_name():
    got = ents("该市出台“科创16条”政策，支持企业创新。")
    assert ("“科创16条”政策", "Policy") in got, got


def test_a_quoted_article_count_package_is_a_policy_without_its_marks():
    got = ents("该省发布“民营经济31条”，支持企业发展。")
    assert ("民营经济31条", "Policy") in got, got


def test_a_quoted_ordinal_article_is_no_policy():
    got = ents("他说“第一条”最为关键。")
    assert not any(t == "Policy" for _, t in got), got


# --- a single field something is applied in


def test_a_single_field_of_application_is_a_sector():
    got = ents("推动云计算、大数据等技术在药物筛选中的应用。")
    assert ("药物筛选", "Industry") in got, got


def test_a_single_generic_activity_of_application_is_no_sector():
    got = surfaces("研究新材料在实际生产中的应用，加快智慧港口建设中的应用。")
    assert "实际生产" not in got and "智慧港口建设" not in got, got


# --- a first list item jieba tags as a verb, right after a preposition


def test_a_verb_tagged_first_item_after_a_preposition_is_a_sector_of_an_application_list():
    got = ents("推动无人机在制造、交通、医疗等领域深度应用。")
    assert ("制造", "Industry") in got, got


def test_a_verb_tagged_first_item_of_a_list_with_no_class_is_no_name():
    got = surfaces("在研发、生产、推广等环节加强支持。")
    assert "研发" not in got, got


def test_a_lead_verb_is_no_part_of_a_filled_item_after_a_heading_number():
    got = surfaces("二、加快发展智慧养老、低空观光等新业态。")
    assert "加快发展智慧养老" not in got, got


# --- a sector + breeding / launch is one industry


def test_a_sector_and_its_breeding_or_launch_activity_is_one_industry():
    got = ents("海南发展航天育种，文昌的航天发射基地加快建设。")
    assert ("航天育种", "Industry") in got, got
    assert ("航天发射", "Industry") in got, got
    assert ("航天", "Industry") not in got, got


def test_a_bare_launch_is_no_industry():
    got = surfaces("成功发射两颗试验卫星。")
    assert not any(s.endswith("发射") for s in got), got


def test_a_lithium_battery_sector_modifier_stays_in_the_industry():
    got = ents("支持两地做大锂电新能源产业。")
    assert ("锂电新能源产业", "Industry") in got, got


# --- a name and its abbreviation in a list; quoted devices


def test_a_list_item_of_a_name_and_its_latin_abbreviation_is_two_mentions():
    got = ents("展示了区块链、云计算、人工智能AI等新技术。")
    assert ("人工智能", "Technology") in got and ("AI", "Technology") in got, got
    assert ("人工智能AI", "Technology") not in got, got


def test_a_quoted_device_name_is_a_technology_without_its_marks():
    got = ents("这台被称为“深海移动实验舱系统”的设备已交付。")
    assert ("深海移动实验舱系统", "Technology") in got, got


def test_items_of_a_storage_technology_class_are_technologies():
    got = ents("加快重力储能、液流电池等长时储能技术示范应用。")
    assert ("重力储能", "Technology") in got, got
