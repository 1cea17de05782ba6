"""Session 47's rules. Surnames of the 百家姓 (and of the household register)
the list lacked make the names they open persons; a paper whose name ends in
交通报 or 邮电报 is read whole, without the time word after it (近日); a
launch, maiden flight or opening ceremony and a field meeting (现场观摩会)
held somewhere are events; an event's name never holds 在
(某某在论坛上致辞); a bureau's or department's head named by the title alone
(局长某某, 厅长某某) belongs to the body the paragraph is about; a class
counted with a numeral (A、B两大支柱产业) types its items as 等 does, also
the unknown ones, and a sector class after 等 fills an unknown item beside a
known one (陶瓷、造纸等传统产业); a numbered class in quotation marks
(“三特”产业) is an industry; the technologies used to transform or raise
sectors (用A、B改造C、D) are applied in them; the forms of intermodal
transport (铁水联运, 集装箱海铁联运) are sectors and the central plans'
cooperation zones places; a local product whose brand a plan polishes
(擦亮某某紫陶金字招牌) is a line of business; the kinds of cloud a plan names
(政务云, 工业云) are technologies; a sector taken as a class's part (A作为B的
重要组成部分) is part of it; a society's standing committee,
an institute of a research academy and a group's numbered unit written
short (某集团一院, 中国电科十四所) are one body with it; a directive
verb (做强) is one word before a list. Made-up bodies, titles and people on
real places; each test of a reading fails without its rule, the others guard
what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels, rule_rels


@pytest.mark.parametrize("name", ["郗远航", "隗文澜", "宓清和", "郦清远", "殳怀远", "羿明川", "庹春山", "傅临川", "萧定远", "赖青禾"])
def test_a_name_opened_by_a_surname_of_the_bai_jia_xing_is_a_person_of_the_body_before_it(name):
    text = f"青溪大学材料学院教授{name}在会上表示，要加快新材料成果转化。"
    assert (name, "Person") in ents(text)
    assert (name, "affiliatedWith", "青溪大学材料学院") in rels(text)


@pytest.mark.parametrize("paper", ["江南交通报", "华东邮电报"])
def test_a_paper_ending_in_a_word_like_a_notice_is_read_whole_without_the_time_word_after_it(paper):
    found = ents(f"{paper}近日刊发评论指出，低空物流正从试点走向常态化运营。")
    assert (paper, "Publication") in found, found
    assert (paper + "近日", "Publication") not in found


def test_a_maiden_flight_ceremony_held_in_a_town_is_an_event_with_its_place_and_speaker():
    text = "本报讯 6月2日，宣城市低空物流航线首航仪式在泾县桃花潭镇举行。泾县副县长阚远山在仪式上表示，低空物流将缩短山区运输时间。"
    assert ("宣城市低空物流航线首航仪式", "Event") in ents(text)
    found = rule_rels(text)
    assert {("宣城市低空物流航线首航仪式", "locatedIn", "泾县"),
            ("阚远山", "spokeAt", "宣城市低空物流航线首航仪式")} <= found, found


def test_a_field_meeting_held_in_a_township_is_an_event_its_speaker_speaks_at():
    text = "本报讯 4月9日，泾县茶叶绿色防控技术现场观摩会在泾县榔桥镇举行。青溪农业科学院研究员邬远山在会上介绍了生物防控技术。"
    assert ("泾县茶叶绿色防控技术现场观摩会", "Event") in ents(text)
    assert ("邬远山", "spokeAt", "泾县茶叶绿色防控技术现场观摩会") in rule_rels(text)


@pytest.mark.parametrize("name", ["粟远舒", "甘望舒"])
def test_a_speaker_and_the_preposition_after_him_are_no_event_name(name):
    found = ents(f"江西省交通运输厅副厅长{name}在论坛上致辞。")
    assert (name, "Person") in found, found
    assert not {t for t, ty in found if ty == "Event"}, found


@pytest.mark.parametrize("body, meeting, title", [
    ("安徽省商务厅", "全省商务工作会议", "厅长"),
    ("宣城市数据局", "全市数据工作会议", "局长"),
])
def test_a_heads_title_alone_after_a_body_holding_a_meeting_belongs_to_that_body(body, meeting, title):
    text = f"{body}2月在宣城召开{meeting}，{title}甘远山作工作报告。会议提出，要发展跨境电商。"
    assert ("甘远山", "affiliatedWith", body) in rule_rels(text)


def test_a_class_counted_with_a_numeral_types_its_unknown_items_as_industries_of_it():
    text = "会议强调，今年要做强电子信息、苗药两大支柱产业，发展温泉旅游。"
    found = ents(text)
    assert {("电子信息", "Industry"), ("苗药", "Industry")} <= found, found
    assert {("电子信息", "partOf", "支柱产业"), ("苗药", "partOf", "支柱产业")} <= rule_rels(text)


def test_a_numbered_class_in_quotation_marks_is_an_industry_the_items_before_it_belong_to():
    text = "应围绕茶叶、中药材和竹木等“三特”产业延链补链，推动特色农业提档升级。"
    assert ("“三特”产业", "Industry") in ents(text)
    assert {("茶叶", "partOf", "“三特”产业"), ("竹木", "partOf", "“三特”产业")} <= rule_rels(text)


def test_a_quoted_class_of_a_plan_structure_is_no_industry():
    assert not {t for t, ty in ents("构建“3+N”产业体系，推动制造业升级。") if t.startswith("“")}


def test_technologies_used_to_transform_sectors_are_applied_in_them():
    text = "要用5G、工业互联网改造纺织、造纸等传统产业，提升生产效率。"
    found = rule_rels(text)
    assert {("5G", "appliedIn", "纺织"), ("工业互联网", "appliedIn", "造纸")} <= found, found


def test_technologies_used_on_farming_branches_are_applied_in_them():
    found = rule_rels("运用物联网、大数据对生猪养殖和水产养殖实施全程监测。")
    assert {("物联网", "appliedIn", "生猪养殖"), ("大数据", "appliedIn", "水产养殖")} <= found, found


def test_a_technology_empowering_a_sector_is_not_read_as_applied_there():
    found = rule_rels("要以人工智能赋能陶瓷产业转型升级。")
    assert ("人工智能", "appliedIn", "陶瓷产业") not in found, found


def test_forms_of_intermodal_transport_are_sectors_also_named_by_their_cargo():
    found = ents("推动港口大力发展铁水联运、江海联运和集装箱海铁联运，推进江海直达运输。")
    assert {("铁水联运", "Industry"), ("江海联运", "Industry"), ("集装箱海铁联运", "Industry"),
            ("江海直达运输", "Industry")} <= found, found
    assert not {t for t, ty in found if ty == "Person"}, found  # (海铁 is no name)


def test_a_central_plans_cooperation_zone_is_one_place():
    found = ents("前海深港现代服务业合作区与香港的规则衔接持续深化。")
    assert ("前海深港现代服务业合作区", "Region") in found, found


def test_a_product_whose_brand_a_plan_polishes_is_a_line_of_business():
    found = ents("要擦亮青溪紫陶金字招牌，做强泾县大米品牌，做优泾县冰酒产区品牌。")
    assert {("青溪紫陶", "Industry"), ("泾县大米", "Industry"), ("泾县冰酒", "Industry")} <= found, found


def test_a_title_of_honour_a_heritage_or_a_public_brand_is_no_product():
    found = ents("打响世界文化遗产金字招牌，做强中国竹编之乡品牌，做强柳编区域公用品牌。")
    assert not {t for t, ty in found if ty == "Industry"}, found


def test_a_societys_standing_committee_is_one_body_with_it():
    found = ents("中国汽车工业协会专家委员会发布年度报告。")
    assert ("中国汽车工业协会专家委员会", "Institution") in found, found


def test_a_directive_verb_before_a_counted_list_is_no_part_of_its_first_item():
    text = "会议强调，明年要做强箱包、五金制品两大支柱产业。"
    assert {("箱包", "Industry"), ("五金制品", "Industry")} <= ents(text)


def test_an_institute_of_a_research_academy_is_one_body_with_it():
    text = "安徽省宏观经济研究院区域经济与城市发展研究所研究员甘远山认为，县域经济仍有较大空间。"
    assert ("安徽省宏观经济研究院区域经济与城市发展研究所", "Institution") in ents(text)
    assert ("甘远山", "affiliatedWith", "安徽省宏观经济研究院区域经济与城市发展研究所") in rule_rels(text)


def test_a_sector_class_after_its_list_fills_an_unknown_item_beside_a_known_one():
    found = ents("推动陶瓷、造纸等传统产业转型升级。")
    assert {("陶瓷", "Industry"), ("造纸", "Industry")} <= found, found


def test_the_kinds_of_cloud_a_plan_names_are_technologies_and_a_firms_cloud_stays_the_firms():
    found = ents("依托电信运营商的政务云资源，推动企业上工业云，华为云提供算力服务。")
    assert {("政务云", "Technology"), ("工业云", "Technology")} <= found, found
    assert ("华为云", "Technology") not in found


def test_a_sector_taken_as_part_of_a_class_is_part_of_it():
    text = "数字创意作为战略性新兴产业的重要组成部分，近年发展迅速。"
    assert ("数字创意", "partOf", "战略性新兴产业") in rule_rels(text)


@pytest.mark.parametrize("body", ["中国航天科技集团六院", "中国电科三十八所"])
def test_a_groups_numbered_unit_written_short_is_one_body_with_it(body):
    text = f"{body}研究员甘远山介绍，新一代发动机已完成试验。"
    assert (body, "Institution") in ents(text)
    assert ("甘远山", "affiliatedWith", body) in rule_rels(text)
