"""News reports, session 22: events named with a year and a technology written
with a digit and a Latin letter (2031世界7G大会) or joined by +, national work
meetings named by two fields joined by 和, numbered summits of a group's leaders,
Latin brand + year editions (Acme Summit 2031) without the description after
them, a transliterated name that ends before a time word, a Latin officer name
after the title, newspapers without 《》 as a clause's source (某某报刊文认为),
commentators as titles, and a person presenting something at an event
(ontology/patterns/entities.json, news.json, relations.json, lexicon
not_entities.txt and person_titles.txt; kg/extract/persons.py).  Every sentence
is made up for this test, none taken from an annotated passage."""
from __future__ import annotations

from kg.extract import extract_text

PER, EVT, INS, PUB, REG = "Person", "Event", "Institution", "Publication", "Region"


def typed(text: str, etype: str) -> set[str]:
    return {m.text for m in extract_text(text).mentions if m.type == etype}


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text).relations}


# --- events


def test_a_year_named_event_keeps_a_technology_written_with_a_digit_and_a_letter():
    text = "2031世界7G大会10月9日在江苏南京开幕，来自各国的嘉宾参加了开幕式。"
    assert typed(text, EVT) == {"2031世界7G大会"}
    got = relations(text)
    assert ("2031世界7G大会", "locatedIn", "南京") in got, got


def test_a_year_named_event_keeps_two_technologies_joined_by_plus():
    text = "2031中国4D打印+工业设计大会在广东深圳举行。"
    assert typed(text, EVT) == {"2031中国4D打印+工业设计大会"}


def test_a_national_work_meeting_named_by_two_fields_joined_by_he_is_one_event():
    text = "全国航运和物流工作会议5月3日在北京召开，会议部署了明年的重点任务。"
    assert typed(text, EVT) == {"全国航运和物流工作会议"}
    assert ("全国航运和物流工作会议", "locatedIn", "北京") in relations(text)


def test_a_numbered_summit_of_a_group_s_leaders_is_one_event():
    text = "据报道，青松联盟领导人第九次峰会将于明年举行。"
    assert typed(text, EVT) == {"青松联盟领导人第九次峰会"}
    text = "他出席了青松联盟领导人第三次会晤。"
    assert typed(text, EVT) == {"青松联盟领导人第三次会晤"}


def test_a_latin_brand_and_its_year_is_the_event_without_the_description_after_it():
    text = "在10月举行的Acme Summit 2031开发者大会上，工程师们交流了经验。"
    assert typed(text, EVT) == {"Acme Summit 2031"}


# --- persons


def test_a_transliterated_name_ends_before_a_time_word():
    text = "博世创始人约翰·史密斯赛后表示，新系统具有通用性。"
    assert typed(text, PER) == {"约翰·史密斯"}


def test_a_latin_officer_name_between_the_title_and_a_speech_cue():
    text = "博世首席执行官Markus Weber表示，新工厂明年投产。"
    assert "Markus Weber" in typed(text, PER)
    assert ("Markus Weber", "affiliatedWith", "博世") in relations(text)


def test_a_commentator_title_before_a_name():
    text = "远山晚报特约评论员李德胜指出，行业正在转型。"
    assert "李德胜" in typed(text, PER)


def test_a_person_presenting_at_an_event_speaks_at_it():
    text = "在2031年10月举行的Acme Summit 2031开发者大会上，博世首席执行官约翰·史密斯展示了新款机器人。"
    assert ("约翰·史密斯", "spokeAt", "Acme Summit 2031") in relations(text)


# --- publications


def test_a_newspaper_without_title_marks_as_the_source_of_a_clause():
    assert "中国船舶报" in typed("中国船舶报刊文认为，智能船舶前景广阔。", PUB)
    assert "远山晚报" in typed("据远山晚报记者了解，该项目已开工。", PUB)
    assert "青川特区报" in typed("青川特区报评论认为，新政策效果明显。", PUB)


def test_a_communique_is_no_newspaper():
    assert typed("十九届六中全会公报发表后，各地认真学习。", PUB) == set()


def test_a_commentator_s_article_names_no_person():
    assert typed("远山晚报当日发表评论员文章指出，纺织产业正在升级。", PER) == set()


def test_a_paper_after_a_preposition_inside_a_clause_keeps_its_own_name():
    assert typed("专家对青川日报记者表示，小麦长势良好。", PUB) == {"青川日报"}


# --- what a meeting or a forum puts first


def test_what_a_leader_stresses_after_addressing_a_policy_meeting_is_its_priority():
    text = ("全国航运和物流工作会议5月3日在北京召开，李国华总理出席会议并讲话。"
            "他强调，要促进物联网、云计算同实体经济紧密结合，加快推动制造业智能化改造。")
    got = relations(text)
    assert {("全国航运和物流工作会议", "prioritizes", x) for x in ("物联网", "云计算", "实体经济", "制造业")} <= got, got


def test_a_forum_a_leader_addresses_takes_no_priority_from_his_speech():
    text = "第五届青川科技博览会在青川开幕，李国华出席开幕式并讲话。他强调，要推动人工智能发展。"
    assert not {r for r in relations(text) if r[1] == "prioritizes"}


def test_the_focus_clause_after_a_stated_theme_is_the_event_s_priority():
    text = "2031世界7G大会9月18日在四川成都开幕，本届大会主题为“智联万物”，重点聚焦量子通信、卫星互联网和区块链等议题。"
    got = relations(text)
    assert {("2031世界7G大会", "prioritizes", x) for x in ("量子通信", "卫星互联网", "区块链")} <= got, got


def test_a_focus_written_as_the_theme_after_the_hosts_clause():
    text = "2031中国6G+智能制造大会8月在湖南长沙举行，大会由湖南省人民政府和科学技术部共同主办，主题聚焦6G与智能制造的深度融合。"
    got = relations(text)
    assert ("2031中国6G+智能制造大会", "prioritizes", "智能制造") in got, got


def test_a_quoted_theme_after_the_hosts_clause():
    text = ("2031世界7G大会6月3日在上海开幕。本届大会由科学技术部、上海市人民政府等联合主办，"
            "以“智能点亮生活，人工智能赋能产业”为主题。")
    assert ("2031世界7G大会", "prioritizes", "人工智能") in relations(text)


def test_an_officer_name_after_a_double_title_joined_by_jian():
    text = "本田汽车社长兼首席执行官小野寺健表示，公司将加大投资。"
    assert "小野寺健" in typed(text, PER)


def test_a_player_title_before_a_name():
    assert "柯洁明" in typed("机器人在比赛中战胜了中国棋手柯洁明。", PER)


def test_a_product_introduced_by_its_latin_code_name():
    assert "Nova" in typed("该公司发布了代号为Nova的智能眼镜原型。", "Technology")
    assert typed("一家名为Zeta的初创公司获得融资。", "Technology") == set()


# --- affiliations


def test_a_person_written_with_a_research_title_as_an_institution_s():
    text = "青川发展研究院的研究员林子航表示，未来产业前景广阔。"
    assert ("林子航", "affiliatedWith", "青川发展研究院") in relations(text)


def test_a_society_s_officer_named_by_the_bare_society_noun():
    text = "青川电子学会发布报告认为，机器人前景广阔。学会副秘书长周明德表示，成本将显著下降。"
    assert ("周明德", "affiliatedWith", "青川电子学会") in relations(text)


def test_a_paper_whose_journalist_interviews_someone():
    assert "青川建设报" in typed("他在接受青川建设报记者采访时表示，项目进展顺利。", PUB)
    assert "青川经济报" in typed("据青川经济报报道，青川市将建成5个智能工厂。", PUB)


def test_a_communique_or_an_annual_report_printed_is_no_paper():
    assert typed("会议公报刊发后，各地认真学习。", PUB) == set()
    assert typed("企业年报刊发后，股价上涨。", PUB) == set()


def test_a_brand_in_capitals_and_a_model_number_is_a_product():
    text = "该品牌首批车型包括ZENTA 5和ZENTA 9，均为纯电动车。"
    assert {"ZENTA 5", "ZENTA 9"} <= typed(text, "Technology")
    assert typed("会议确定ABCD 5年内完成改造。", "Technology") == set()


def test_numbered_meetings_of_an_organisation_s_leaders_or_council():
    text = "青松合作组织第九次领导人非正式会议在青川举行。"
    assert typed(text, EVT) == {"青松合作组织第九次领导人非正式会议"}
    text = "青松合作组织成员国元首理事会第五次会议在青川举行。"
    assert typed(text, EVT) == {"青松合作组织成员国元首理事会第五次会议"}


def test_a_promotion_meeting_named_as_what_is_convened():
    text = "在青川召开的全国制造业数字化转型现场推进会上，李国华强调，要加快推广工业互联网。"
    assert typed(text, EVT) == {"全国制造业数字化转型现场推进会"}
    assert typed("国资委召开中央企业机器人专题推进会。", EVT) == {"中央企业机器人专题推进会"}
    assert typed("会议要求，各地要召开推进会。", EVT) == set()


def test_a_name_before_a_bracket_holding_a_role_title():
    text = "会上，张建国（青川大学教授）指出，算力是关键。"
    assert "张建国" in typed(text, PER)
    assert ("张建国", "affiliatedWith", "青川大学") in relations(text)
    assert typed("人工智能（AI）技术发展迅速。", PER) == set()


def test_a_middle_dot_between_a_country_and_its_host_city_inside_an_event_name():
    assert typed("2031中国·青川数字经济峰会在青川举行。", EVT) == {"2031中国·青川数字经济峰会"}
    assert typed("第三届中国·青川人工智能大会在青川开幕。", EVT) == {"第三届中国·青川人工智能大会"}
