"""Entities on unseen text, session 20: policy titles written without 《》
after the drafting verbs of a local plan (编制的/制定的/推出 + a place's name +
… + a plan suffix; 关于…的若干政策/若干措施), governments written with their
place, and events named with their organiser (ontology/patterns/entities.json
policy.*, institution.*, event.*).  Every sentence is made up for this test,
none taken from an annotated passage."""
from __future__ import annotations

from kg.extract import extract_text


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


# --- a local plan's title after its drafting verb, without 《》


def test_a_plan_named_after_its_city_after_bianzhi_de_is_a_policy():
    got = typed("无锡市商务局牵头编制的无锡市会展经济三年提质行动计划日前印发。", "Policy")
    assert got == {"无锡市会展经济三年提质行动计划"}, got
    assert "无锡市" not in typed("无锡市商务局牵头编制的无锡市会展经济三年提质行动计划日前印发。", "Region")


def test_a_plan_after_zhiding_de_ends_at_its_suffix_before_the_verb():
    got = typed("常州市科学技术局制定的常州市合成生物产业集聚提升行动方案提出，建设中试平台。", "Policy")
    assert got == {"常州市合成生物产业集聚提升行动方案"}, got


def test_a_plan_after_tuichu_is_a_policy_and_its_issuer_is_the_bureau():
    ex = extract_text("常州市商务局正式推出常州市光伏产业规模跃升行动方案，稳步扩大产能。")
    assert {m.text for m in ex.mentions if m.type == "Policy"} == {"常州市光伏产业规模跃升行动方案"}
    assert ("常州市光伏产业规模跃升行动方案", "issuedBy", "常州市商务局") in {
        (r.head_text, r.type, r.tail_text) for r in ex.relations
    }


def test_bianzhi_wancheng_is_the_verb_not_part_of_the_title():
    got = typed("徐州市商务局编制完成徐州市工程机械产业发展规划，以龙头企业为牵引。", "Policy")
    assert got == {"徐州市工程机械产业发展规划"}, got


def test_a_plan_without_a_place_after_bianzhi_de_is_no_title():
    # 编制的发展规划: a plan of the text's own, no name
    assert typed("各地要落实编制的产业发展规划，加快项目建设。", "Policy") == set()


def test_about_title_ending_in_ruogan_zhengce_or_ruogan_cuoshi_is_a_policy():
    assert typed("某县政府近日出台关于支持储能产业提质增效的若干政策，对企业给予补贴。", "Policy") == {
        "关于支持储能产业提质增效的若干政策"
    }
    assert typed("某县政府近日印发关于推动纺织服装产业链延伸的若干措施，支持龙头企业。", "Policy") == {
        "关于推动纺织服装产业链延伸的若干措施"
    }


# --- governments and people's organisations written with their place


def test_an_autonomous_regions_government_office_is_one_institution():
    got = typed("宁夏回族自治区政府办公厅日前出台实施意见。", "Institution")
    assert "宁夏回族自治区政府办公厅" in got, got
    assert "宁夏回族自治区" not in typed("宁夏回族自治区政府办公厅日前出台实施意见。", "Region")


def test_a_provinces_peoples_organisation_by_its_short_name_is_an_institution():
    assert "上海市科协" in typed("上海市科协主办了青少年科技创新大赛。", "Institution")
    assert "广东省残联" in typed("活动由广东省残联承办。", "Institution")
    assert "浙江省工商联" in typed("浙江省工商联发布民营企业调研报告。", "Institution")


def test_a_short_name_after_a_word_that_is_no_place_is_no_institution():
    got = typed("鼓励学会和地方科协联合举办科普活动。", "Institution")
    assert not any(g.endswith("科协") for g in got), got


def test_a_county_level_city_whose_short_name_is_a_word_is_a_place_by_its_full_name():
    assert "天门市人民政府" in typed("天门市人民政府近日印发通知。", "Institution")
    assert "仙桃市" in typed("仙桃市积极发展非织造布产业。", "Region")
    assert typed("仙桃市场需求旺盛。", "Region") == set()


# --- events named with their organiser, ranking or sub-forum


def test_a_national_bodys_numbered_congress_is_one_event_not_the_body():
    ex = extract_text("2019年6月，中国农业科学院第三次院士大会在京举行。")
    assert "中国农业科学院第三次院士大会" in {m.text for m in ex.mentions if m.type == "Event"}
    assert "中国农业科学院" not in {m.text for m in ex.mentions if m.type == "Institution"}


def test_two_congresses_joined_by_he_are_two_events():
    got = typed("中国科协第八次全国代表大会和两院院士大会日前在京开幕。", "Event")
    assert {"两院院士大会", "中国科协第八次全国代表大会"} <= got, got
    assert "全国代表大会" not in got, got


def test_a_ranking_inside_a_year_named_summit_is_part_of_its_name():
    assert typed("商会在2023中国服务业企业500强峰会上揭晓榜单。", "Event") == {"2023中国服务业企业500强峰会"}


def test_a_sub_forum_written_after_a_year_named_forum_is_the_whole_name():
    got = typed("由某市科协承办的2025数字中国建设峰会数字医疗分论坛在福州举行。", "Event")
    assert got == {"2025数字中国建设峰会数字医疗分论坛"}, got


def test_a_sub_forum_held_at_a_forum_is_not_glued_to_it():
    got = typed("2024世界智能产业博览会上举办的分论坛吸引众多企业。", "Event")
    assert got == {"2024世界智能产业博览会"}, got


# --- news: places and companies outside the lexicon's names


def test_a_metropolitan_area_named_after_its_city_is_one_region():
    assert typed("该市主动融入南京都市圈，培育特色产业。", "Region") == {"南京都市圈"}
    assert typed("建设现代化都市圈，推动同城化发展。", "Region") == set()


def test_a_noun_of_measure_after_a_country_is_no_place():
    assert typed("项目将推动越南深度融入全球产业链。", "Region") == {"越南"}
    assert typed("浙江乌镇举办大会。", "Region") == {"浙江", "乌镇"}


def test_a_latin_company_name_after_its_description_is_the_institution_and_the_country_a_region():
    ex = extract_text("2024年，德国机器人初创公司Robo Works宣布新产品。")
    assert {m.text for m in ex.mentions if m.type == "Institution"} == {"Robo Works"}
    assert "德国" in {m.text for m in ex.mentions if m.type == "Region"}


def test_an_officer_title_after_gongsi_is_no_company_name():
    assert typed("公司CEO Sam Altman表示将继续投入。", "Institution") == set()


def test_a_listed_place_jieba_cut_into_the_closing_deng_is_still_a_place():
    # 大同等: jieba reads 大|同等, the list of places shows the city
    got = typed("朔州、长治、大同等地陆续布局储能项目。", "Region")
    assert {"朔州", "长治", "大同"} <= got, got
    assert typed("支持同等条件下优先采购。", "Region") == set()


def test_a_ten_year_plan_named_after_its_field_after_shishi_is_a_policy():
    assert typed("要制定实施材料科学十年规划，加强布局。", "Policy") == {"材料科学十年规划"}
    assert typed("推动实施新一轮十年规划。", "Policy") == set()


def test_a_foreign_town_after_weiyu_and_a_known_state_before_a_site_word_is_a_place():
    got = typed("该集团位于得克萨斯州泰勒堡的工厂完成试产。", "Region")
    assert {"得克萨斯州", "泰勒堡"} <= got, got
    assert typed("在中国经济的基地上。", "Region") == {"中国"}
