"""Institution, policy, event and publication names on new text (session 27).
Made-up sentences; each positive case fails without its rule, the negative
ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_two_institutions_joined_by_yu_are_two_names_not_one_national_body():
    found = ents("中国科学院南京土壤研究所与南京农业智能创新研究院联合发布报告。")
    assert ("中国科学院南京土壤研究所", "Institution") in found
    assert ("南京农业智能创新研究院", "Institution") in found
    assert not [e for e in found if "与" in e[0]]
    # a national body whose own name joins two fields stays one name
    assert ("中国化学与物理电源行业协会", "Institution") in ents("中国化学与物理电源行业协会发布报告。")


def test_an_innovation_institute_after_a_place_and_fields_is_one_institution():
    assert ("深圳合成生物学创新研究院", "Institution") in ents("深圳合成生物学创新研究院发布报告。")
    assert not [e for e in ents("推动创新研究院建设。") if e[1] == "Institution"]


def test_a_trade_association_after_its_city_is_one_institution():
    found = ents("深圳市无人机行业协会会长王明介绍，产业增长。")
    assert ("深圳市无人机行业协会", "Institution") in found
    assert ("深圳市", "Region") not in found
    assert not [e for e in ents("发挥行业协会作用。") if e[1] == "Institution"]


def test_a_national_society_named_by_a_field_jieba_reads_as_a_verb():
    found = ents("中国生物发酵产业协会理事长韩立群在大会上表示，产业发展快。")
    assert ("中国生物发酵产业协会", "Institution") in found
    assert ("中国", "Region") not in found


def test_a_numbered_day_festival_or_week_is_an_event():
    assert ("第三届云帆储能生态日", "Event") in ents("第三届云帆储能生态日在上海举行。")
    assert ("首届长江文化节", "Event") in ents("首届长江文化节开幕。")
    assert not [e for e in ents("第二届理事会任期至今日。") if e[1] == "Event"]
    assert not [e for e in ents("首届毕业生于本周返校。") if e[1] == "Event"]


def test_a_paper_at_a_dateline_is_a_publication():
    found = ents("中国轻工机械报讯 江西某某公司近日投产。")
    assert ("中国轻工机械报", "Publication") in found
    assert ("中国", "Region") not in found


def test_a_region_led_plan_title_opening_a_sentence_is_a_policy():
    found = ents("富阳区智能制造先导区建设方案明确，重点培育工业机器人。")
    assert ("富阳区智能制造先导区建设方案", "Policy") in found
    assert ("富阳区", "Region") not in found
    # not a plan a sentence only mentions
    assert not [e for e in ents("富阳区智能制造先导区建设方案正在编制。") if e[1] == "Policy"]


def test_a_region_led_title_holding_de_after_a_drafting_verb_is_a_policy():
    found = ents("区政府办公室转发区科学技术委员会制定的闵行区促进人工智能产业高质量发展的若干措施。")
    assert ("闵行区促进人工智能产业高质量发展的若干措施", "Policy") in found


def test_a_registered_company_is_named_later_by_its_short_form():
    found = ents("浙江星河云图科技有限公司近日发布新品。星河云图相关负责人介绍，产品已量产。")
    assert ("星河云图", "Institution") in found
    # a cut form the text names as a sector is no company's name
    found = ents("海陵公交集团有限公司新增线路，公交出行更便捷。")
    assert ("公交", "Institution") not in found


def test_a_body_before_an_officer_title_chain_and_a_person_is_an_institution():
    found = ents("星河智行创始人兼首席执行官张伟表示，公司将拓展海外市场。")
    assert ("星河智行", "Institution") in found
    assert ("张伟", "Person") in found
    assert not [e for e in ents("近日，公司董事长张伟表示，将扩产。") if e[1] == "Institution"]
    assert not [e for e in ents("联盟执行秘书长张伟表示，销量增长。") if e[1] == "Institution"]


def test_counted_projects_of_one_named_programme_name_the_programme():
    assert ("产业基础再造工程", "Policy") in ents("启动一批产业基础再造工程项目，促进产业升级。")
    assert not [e for e in ents("实施一批重大工程项目。") if e[1] == "Policy"]


def test_a_latin_name_after_founded_is_an_organisation():
    assert ("Xylon", "Institution") in ents("与马斯克创办的Xylon所走的路线不同。")
    assert not [e for e in ents("他成立的AI团队很快扩张。") if e[0] == "AI" and e[1] == "Institution"]


def test_a_divisions_big_data_centre_is_a_public_body():
    found = ents("由湖南省大数据中心牵头编写报告。")
    assert ("湖南省大数据中心", "Institution") in found
    assert not [e for e in ents("加快湖南省大数据中心建设。") if e[1] == "Institution"]


def test_a_province_part_by_its_abbreviation_and_a_direction_is_a_region():
    found = ents("建设粤东北数据中心集群。")
    assert ("粤东北", "Region") in found
    assert ("东北", "Region") not in found
    assert ("鲁西南地区", "Region") in ents("鲁西南地区和皖北加快发展。")
    assert not [e for e in ents("江苏北部地区发展快。") if e[0] == "苏北"]
    assert not [e for e in ents("苏东坡的诗流传很广。") if e[1] == "Region"]


def test_an_adverb_glued_to_a_preposition_ends_an_institution_name():
    found = ents("报告认为，柔性电子技术正由实验室走向量产。")
    assert not [e for e in found if e[1] == "Institution"]


def test_a_transliterated_city_after_a_located_country_is_a_region():
    found = ents("总部位于英国谢菲尔德的公司发布新品。")
    assert ("英国", "Region") in found
    assert ("谢菲尔德", "Region") in found
    # no verb of location: the words after the country are not read as a city
    assert ("谢菲尔德", "Region") not in ents("英国谢菲尔德团队发布新品。")


def test_a_local_party_committee_office_written_short_is_an_institution():
    found = ents("会同市委网信办、市科技局制定方案。")
    assert ("市委网信办", "Institution") in found
    assert ("县委改革办", "Institution") in ents("由县委改革办牵头。")
    # a title after the office is no office's name
    assert not [e for e in ents("区委办公室主任张伟表示。") if e[1] == "Institution"]


def test_a_county_science_and_industry_bureau_is_an_institution():
    assert ("宁海县科技和工业信息化局", "Institution") in ents("宁海县科技和工业信息化局发布通知。")
    assert ("县科工信局", "Institution") in ents("由县科工信局牵头组织。")


def test_a_registered_partnership_with_its_legal_form_is_one_institution():
    found = ents("深圳云帆投资合伙企业（有限合伙）入股该公司。")
    assert ("深圳云帆投资合伙企业（有限合伙）", "Institution") in found
    assert ("深圳", "Region") not in found


def test_a_body_named_china_and_its_seat_in_brackets_is_one_institution():
    found = ents("中国（海南）改革发展研究院发布报告。")
    assert ("中国（海南）改革发展研究院", "Institution") in found
    assert ("海南", "Region") not in found
    # a zone so named is no body
    assert not [e for e in ents("中国（福建）自由贸易试验区建设加快。") if e[1] == "Institution"]


def test_a_body_said_to_belong_to_a_group_is_an_institution():
    assert ("云帆长空", "Institution") in ents("云帆长空隶属星河科技集团，总部位于成都。")
    assert not [e for e in ents("该公司隶属星河科技集团。") if e[0].startswith("该")]


def test_a_body_named_by_the_site_of_its_plant_is_an_institution():
    assert ("云帆电工", "Institution") in ents("据报道，云帆电工在新疆昌吉建设的储能电站并网。")
    assert ("星翼汽车", "Institution") in ents("星翼汽车位于宁波的智慧工厂投产。")
    assert not [e for e in ents("项目在江苏建设的进度加快。") if e[1] == "Institution"]
    assert not [e for e in ents("新能源汽车在江苏建设的基地投产。") if e[1] == "Institution"]


def test_a_quoted_term_inside_a_numbered_event_is_part_of_its_name():
    found = ents("第九届中国国际“互联网+”大学生创新创业大赛举办。")
    assert ("第九届中国国际“互联网+”大学生创新创业大赛", "Event") in found
    assert not [e for e in found if e[1] == "Policy"]


def test_a_foreign_countrys_national_body_keeps_the_country_in_its_name():
    assert ("英国国家物理实验室", "Institution") in ents("英国国家物理实验室发布报告。")
    # a Chinese place before a national body is a name of its own
    found = ents("河南国家农业科技创新中心发布成果。")
    assert ("河南", "Region") in found
    assert ("国家农业科技创新中心", "Institution") in found


def test_an_edition_report_after_its_publisher_is_a_policy():
    found = ents("省社会科学院编撰的湖南经济发展蓝皮书（2024）分析认为，算力需求大。")
    assert ("湖南经济发展蓝皮书（2024）", "Policy") in found
    assert ("湖南", "Region") not in found
    assert not [e for e in ents("公司发布2024年报告（2024）。") if e[1] == "Policy"]
