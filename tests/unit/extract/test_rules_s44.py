"""Session 44's rules.  Names jieba splits after a title or glues to the verb
after it (书记某某|X作|讲话, 局长某志|和|在, 书记钟|建和|在) are read whole; 蒯, 贲,
咸 and 竺 (of the 百家姓) are surnames and assistants to a head are titles; an
administrative level before a title (自治区主席某某) is no body.  Periodicals are
read where they print, carry or are written in, with or without 《》; joint
project signings, regular press conferences, short-named party congresses and
the second of two joint events are events; what a meeting studies and deploys
is its priority; a plan drafted by two bodies is issued by both; a company
department's head belongs to the company; a material and its processing is
one line of industry; verbs of printing, citing or approving and time words
open no body's name.  Made-up people, places and bodies; each test of a
reading fails without its rule, the others guard what a rule must leave
alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels


def test_a_name_whose_last_character_jieba_glues_to_the_verb_after_it_is_whole():
    text = "会上，区委书记祝岚清作讲话，区长韦知远作工作报告。"
    found = ents(text)
    assert ("祝岚清", "Person") in found, found
    assert ("祝岚", "Person") not in found


def test_a_speaker_named_before_a_verb_jieba_glued_to_him_belongs_to_his_college():
    text = "青溪大学农学院教授阙行远作主旨演讲，介绍了膜过滤技术的应用。"
    assert ("阙行远", "affiliatedWith", "青溪大学农学院") in rels(text)


def test_a_two_character_name_before_a_dictionary_word_stays_two_characters():
    # 工作 is a word: the name does not take its first character
    found = ents("县长韦明工作十年，熟悉县情。区委书记王明作讲话。")
    assert ("王明", "Person") in found, found
    assert not {t for t, ty in found if ty == "Person" and t in ("韦明工", "王明作")}


def test_rare_surnames_of_the_hundred_family_names_open_names():
    found = ents("青溪大学园艺学院教授蒯文舟表示，青溪农业大学教授贲岚生认为，冷链物流仍有短板。")
    assert {("蒯文舟", "Person"), ("贲岚生", "Person")} <= found, found


@pytest.mark.parametrize("text, name", [
    ("青川论丛2022年刊发某大学教授的文章认为，工业母机是装备制造业的基石。", "青川论丛"),
    ("岭南工友之家2023年刊文指出，氢能是能源转型的重要载体。", "岭南工友之家"),
    ("中国青溪报近日刊发评论称，智能矿山建设正走向系统智能化。", "中国青溪报"),
    ("青溪日报理论版刊文认为，应加快基因编辑技术攻关。", "青溪日报"),
])
def test_what_prints_an_article_at_a_sentence_start_is_a_periodical(text, name):
    assert (name, "Publication") in ents(text)


@pytest.mark.parametrize("text, wrong", [
    ("青溪网刊发评论文章指出，5G正赋能千行百业。", "青溪网"),
    ("该文刊发于某刊2022年第3期。", "该文"),
    ("青溪杂志刊文认为，要扛稳粮食安全重任。", "青溪杂志"),
])
def test_a_website_a_demonstrative_or_a_kind_word_is_no_periodical_name(text, wrong):
    assert (wrong, "Publication") not in ents(text)


def test_what_a_meeting_studies_and_deploys_then_requires_is_its_priority():
    text = ("青溪县3月2日召开县政府常务会议，县长韦明远主持会议。"
            "会议研究部署茶叶产业提质增效工作，要求推广茶园智能灌溉和侧深施肥技术，发展茶饮料。")
    found = rels(text)
    assert {("县政府常务会议", "prioritizes", "茶叶产业"), ("县政府常务会议", "prioritizes", "茶园智能灌溉")} <= found, found
    assert ("会议研究部署茶叶产业", "Industry") not in ents(text)


@pytest.mark.parametrize("text, event, place", [
    ("本报讯 9月7日，2022青溪重大项目集中签约仪式在青溪县举行，12个项目现场签约。", "2022青溪重大项目集中签约仪式", "青溪县"),
    ("本报讯 6月28日，智能网联汽车零部件产业项目集中签约仪式在青溪区举行，8个项目现场签约。",
     "智能网联汽车零部件产业项目集中签约仪式", "青溪区"),
])
def test_a_joint_signing_of_many_projects_is_an_event_held_where_the_news_says(text, event, place):
    assert (event, "Event") in ents(text)
    assert (event, "locatedIn", place) in rels(text)


def test_a_signing_between_two_parties_has_no_name_of_its_own():
    found = ents("5月19日，青溪市人民政府与某某集团风光制氢一体化项目签约仪式在青溪举行。")
    assert not {t for t, ty in found if ty == "Event"}, found


@pytest.mark.parametrize("text, body, wrong", [
    ("中国青溪网刊发中国航宇工程学会专家文章，认为低空经济前景广阔。", "中国航宇工程学会", "中国青溪网刊发中国航宇工程学会"),
    ("文章援引中国青溪机床工业协会数据称，订单回暖。", "中国青溪机床工业协会", "文章援引中国青溪机床工业协会"),
    ("市政府批准青溪昆仑医云科技有限公司建设互联网医院。", "青溪昆仑医云科技有限公司", "批准青溪昆仑医云科技有限公司"),
    ("青溪陶瓷大学日前签约共建萍川工业陶瓷研究院。", "萍川工业陶瓷研究院", "青溪陶瓷大学日前签约共建萍川工业陶瓷研究院"),
])
def test_a_verb_of_printing_citing_approving_or_a_time_word_opens_no_body(text, body, wrong):
    found = ents(text)
    assert (body, "Institution") in found, found
    assert (wrong, "Institution") not in found


@pytest.mark.parametrize("text, name", [
    ("《当代青川》刊发青川省社会科学院研究员的文章指出，发展数字经济是关键一招。", "当代青川"),
    ("《青川党建》评论员文章指出，要前瞻布局未来产业。", "青川党建"),
    ("（作者系青川大学教授；原载《青川研究》）", "青川研究"),
    ("该文刊发于《青川社会科学》2022年第3期。", "青川社会科学"),
    ("研究员马某在中国青川观察撰文提出，应抢抓“东数西算”机遇。", "中国青川观察"),
    ("教授王某在青川日报理论版撰文指出，工业软件是智能制造的大脑。", "青川日报"),
    ("理论与青川刊文提出，要推动磷化工向新材料延伸。", "理论与青川"),
    ("中国青川经济报近日发表评论称，县域经济强不强关键看产业。", "中国青川经济报"),
    ("青川研究中心主办的中国青川观察刊文认为，低空经济是重要增长点。", "中国青川观察"),
])
def test_a_journal_or_paper_that_prints_or_carries_an_article_is_a_publication(text, name):
    found = ents(text)
    assert (name, "Publication") in found, found
    assert (f"《{name}》", "Policy") not in found


@pytest.mark.parametrize("text, title", [
    ("印发《关于推进青川发展的意见》，提出加快发展数字经济。", "《关于推进青川发展的意见》"),
    ("青川市政府在《实施方案》中提出，加快发展低空经济。", "《实施方案》"),
])
def test_a_policy_title_stays_a_policy(text, title):
    assert (title, "Policy") in ents(text)


def test_a_kind_of_periodical_written_for_one_is_no_name():
    found = ents("浙江省委党校教授陈某在省委党刊撰文认为，山区县应抓住数字化改革机遇。")
    assert ("省委党刊", "Publication") not in found


@pytest.mark.parametrize("text, event", [
    ("文章认为，青川省第十一次党代会提出打造先进制造业高地。", "青川省第十一次党代会"),
    ("萍川市第八次党代会部署壮大新能源产业。", "萍川市第八次党代会"),
])
def test_a_local_party_congress_by_its_short_name_is_one_event(text, event):
    found = ents(text)
    assert (event, "Event") in found, found
    assert not {t for t, ty in found if ty == "Region"}


@pytest.mark.parametrize("text, second, place", [
    ("近日，2021青川数字经济大会暨智能制造合作洽谈会在永川区举行。", "智能制造合作洽谈会", "永川区"),
    ("第五届青川国际博览会暨中国东西部合作与投资贸易洽谈会5月11日在西安开幕。", "中国东西部合作与投资贸易洽谈会", "西安"),
    ("首届青川数字经济发展论坛暨智能制造项目签约会在青川举行。", "智能制造项目签约会", None),
])
def test_the_second_of_two_events_named_jointly_is_an_event_of_its_own(text, second, place):
    assert (second, "Event") in ents(text)
    if place:
        assert (second, "locatedIn", place) in rels(text)


@pytest.mark.parametrize("text, event", [
    ("在青川发展改革委1月例行新闻发布会上，新闻发言人孟某介绍了有关情况。", "青川发展改革委1月例行新闻发布会"),
    ("在商务部例行新闻发布会上，商务部新闻发言人束某表示，将稳妥推进合作。", "商务部例行新闻发布会"),
    ("人力资源社会保障部2022年第二季度新闻发布会在北京举行。", "人力资源社会保障部2022年第二季度新闻发布会"),
    ("国务院新闻办公室9日举行国务院政策例行吹风会，副局长孙某介绍有关情况。", "国务院政策例行吹风会"),
    ("省政府新闻办公室举行“数字青川、智造强省”专题新闻发布会。", "“数字青川、智造强省”专题新闻发布会"),
])
def test_a_regular_press_conference_named_by_its_body_and_period_is_an_event(text, event):
    assert (event, "Event") in ents(text)


def test_an_unnamed_press_conference_is_none():
    found = ents("青川市政府召开新闻发布会，介绍低空经济发展情况。")
    assert not {t for t, ty in found if ty == "Event"}, found


@pytest.mark.parametrize("text, name", [
    ("青川测绘研究院院长助理钱志勇的文章指出，规划提出新要求。", "钱志勇"),
    ("青川州文化和旅游局局长杨志和在开幕式上致辞。", "杨志和"),
    ("青川市委书记钟建和在会上讲话。", "钟建和"),
    ("青川海事大学航运研究院院长高建国在大连举行的论坛上表示，规划把发展放在首位。", "高建国"),
])
def test_a_name_after_a_title_that_jieba_splits_or_reads_as_a_word_is_whole(text, name):
    found = ents(text)
    assert (name, "Person") in found, found


def test_a_conjunction_between_two_names_stays_a_conjunction():
    found = ents("市长王明和李华出席会议。")
    assert {("王明", "Person"), ("李华", "Person")} <= found, found
    assert ("王明和", "Person") not in found


@pytest.mark.parametrize("text, name, part", [
    ("围绕玉米生物、铝及铝后加工、硅材料三大主导产业精准招商。", "铝及铝后加工", "铝后加工"),
    ("做强钛及钛合金新材料产业，发展高端钛材。", "钛及钛合金新材料产业", "新材料产业"),
    ("推动锰及锰加工向新材料延伸。", "锰及锰加工", "锰加工"),
])
def test_a_material_and_its_processing_is_one_line_of_industry(text, name, part):
    found = ents(text)
    assert (name, "Industry") in found, found
    assert (part, "Industry") not in found


def test_a_project_of_a_material_and_its_products_is_no_line_of_industry():
    found = ents("建设氢及氢能重卡示范项目。")
    assert not {t for t, _ in found if t.startswith("氢及")}, found


def test_a_plan_drafted_by_one_body_with_another_is_issued_by_both():
    text = "青川市“十四五”生物医药产业发展规划由青川市工业和信息化局会同青川市发展和改革委员会编制。本规划提出，巩固化学原料药优势。"
    found = rels(text)
    assert {("青川市“十四五”生物医药产业发展规划", "issuedBy", "青川市工业和信息化局"),
            ("青川市“十四五”生物医药产业发展规划", "issuedBy", "青川市发展和改革委员会")} <= found, found


def test_the_head_of_a_company_department_belongs_to_the_company_the_item_is_about():
    text = "青川日报讯 内蒙古青川煤化工有限公司智能工厂项目日前通过验收。公司信息中心主任高建业介绍，工厂部署了智能控制系统。"
    assert ("高建业", "affiliatedWith", "内蒙古青川煤化工有限公司") in rels(text)


def test_an_administrative_level_before_a_title_is_no_body():
    text = "自治区主席咸明作政府工作报告。"
    found = ents(text)
    assert ("咸明", "Person") in found, found
    assert ("自治区", "Institution") not in found


@pytest.mark.parametrize("text, person, event", [
    ("本台消息 4月20日，2023青川数字物流论坛在成都举行，论坛聚焦多式联运。青川铁路港管委会主任储明秋致辞。",
     "储明秋", "2023青川数字物流论坛"),
    ("本台消息：首届中国—青川经贸博览会今天在长沙开幕。开幕式上，国家副主席王明山宣读贺信并致辞。",
     "王明山", "首届中国—青川经贸博览会"),
    ("本台消息 3月18日，2022青川产业项目集中签约仪式在青川市举行。省工业和信息化厅副厅长娄明昶在仪式上致辞。",
     "娄明昶", "2022青川产业项目集中签约仪式"),
])
def test_who_gives_an_address_speaks_at_the_event_just_named(text, person, event):
    assert (person, "spokeAt", event) in rels(text)


def test_a_session_named_by_its_kind_alone_is_no_event_and_a_verb_opens_no_name():
    found = ents("论坛围绕人工智能、集成电路等领域设置专题论坛，同期举办主题论坛，并设置机器人展区。")
    assert not {t for t, ty in found if ty == "Event"}, found
    assert ("设置机器人", "Technology") not in found


def test_a_named_parallel_forum_keeps_its_name():
    found = ents("2025青川论坛年会科技助残平行论坛在北京举行。")
    assert ("2025青川论坛年会科技助残平行论坛", "Event") in found, found


def test_a_provincial_broadcasting_group_is_one_body_and_no_topic_of_its_item():
    text = ("青川广播电视总台消息：日前，总部位于常州的青能光电发布新一代光伏组件。"
            "公司董事长高明凡介绍，新产品采用多主栅技术。")
    found = ents(text)
    assert ("青川广播电视总台", "Institution") in found, found
    found = rels(text)
    assert ("高明凡", "affiliatedWith", "青川广播电视总台") not in found, found
    assert ("青川广播电视总台", "locatedIn", "常州") not in found


def test_a_news_items_source_is_neither_its_topic_nor_located_where_a_firm_is():
    text = ("青川广播电视台消息：日前，总部位于常州的青能光电股份有限公司发布新一代光伏组件。"
            "公司董事长高明凡介绍，新产品采用多主栅技术。")
    found = rels(text)
    assert ("高明凡", "affiliatedWith", "青能光电股份有限公司") in found, found
    assert ("高明凡", "affiliatedWith", "青川广播电视台") not in found
    assert ("青川广播电视台", "locatedIn", "常州") not in found


@pytest.mark.parametrize("text, name", [
    ("坚持工业强市，做大汽车及零部件、食品加工等产业。", "汽车及零部件"),
    ("今年要围绕汽车及零部件、电子信息两大产业精准招商。", "汽车及零部件"),
    ("培育新能源汽车及零部件产业。", "新能源汽车及零部件产业"),
])
def test_a_product_and_its_parts_is_one_line_of_industry_and_a_verb_before_it_no_part(text, name):
    found = ents(text)
    assert (name, "Industry") in found, found
    assert not {t for t, _ in found if t.startswith(("做大", "围绕", "绕"))}
