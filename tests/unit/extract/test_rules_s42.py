"""A speaker at an event named just before speaks at it when the news says so
in more of its ways: 某某致辞时表示, 在主旨发言中说 / 在致辞中说, 在（开幕）活动上表示;
a county's or city's short name right before one of its products (某某脐橙) names
the product, not the place, unless a sector word follows (某某牛羊产业); a
journal a Party committee runs (省委主管的某某杂志2022年刊发, 机关刊某某杂志近期刊载)
and a weekly opening a clause (某某经济周刊刊发) are Publications; the former
ministries and bureaus (农业部, 国家旅游局) issue the plans of their time, and
their names inside 农业部门 and the like are none; what a directive puts to use
in fields (推动某某在A、B领域应用, 在…场景落地) is a Technology even when no
lexicon knows it; a head named by the title alone (所长某某, 院长某某), who
leads or writes a report (报告课题组负责人、研究员某某, 执笔：某某) and a company's
research director belong to the body the paragraph is about; what an
event focuses on (聚焦A与B融合发展) is its priority, the partner too; a county
the lexicon leaves out (its name is also a word) is a place where a clause
opens with it before its government or its plan.  Made-up
events, people and journals (the places are real counties and cities); each
test fails without its rule."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_speaker_who_says_so_while_giving_the_address_speaks_at_the_event():
    text = "本报讯 8月3日，2022中国·蒲江猕猴桃文化节在蒲江县开幕。县委书记高明远致辞时表示，将推广智能分选技术。"
    assert ("高明远", "spokeAt", "2022中国·蒲江猕猴桃文化节") in rels(text)


def test_a_speaker_who_says_so_in_the_keynote_speaks_at_the_event():
    text = "本台消息 5月9日，2022中国（兰考）乐器产业发展大会在兰考县召开。协会副会长钱立群在主旨发言中说，兰考的乐器产量已占全国三成。"
    assert ("钱立群", "spokeAt", "2022中国（兰考）乐器产业发展大会") in rels(text)


def test_a_speaker_at_the_opening_activity_speaks_at_the_event():
    text = "本报讯 10月12日，2021中国·安溪铁观音开茶节在安溪县举行。福建省农业农村厅副厅长林志文在开幕活动上表示，当地推广茶园绿色防控。"
    assert ("林志文", "spokeAt", "2021中国·安溪铁观音开茶节") in rels(text)


def test_a_county_s_short_name_before_its_produce_names_the_product():
    found = ents("过去一年，全市擦亮宁国山核桃金字招牌，推动平谷大桃走向全国。")
    assert {("宁国山核桃", "Industry"), ("平谷大桃", "Industry")} <= found, found
    assert ("宁国", "Region") not in found and ("平谷", "Region") not in found, found


def test_a_place_before_its_sector_stays_a_place():
    found = ents("推动宁国山核桃产业提质增效。")
    assert ("宁国", "Region") in found, found
    assert not any(t.startswith("宁国山核桃") and ty == "Industry" for t, ty in found if t != "宁国山核桃产业"), found


def test_a_journal_a_party_committee_runs_is_a_publication():
    assert ("时代", "Publication") in ents("中共江西省委主管的时代杂志2022年刊发某大学教授的文章。")
    assert ("前锋", "Publication") in ents("中共某省委机关刊前锋杂志近期刊载文章认为，要发展数字经济。")


def test_a_weekly_opening_a_clause_is_a_publication_but_not_a_paper_s_page():
    assert ("中国某某周刊", "Publication") in ents("中国某某周刊2022年刊发文章指出，应推动梯次利用。")
    found = ents("新华日报思想周刊刊发文章指出，要发展数字经济。")
    assert ("新华日报", "Publication") in found and ("新华日报思想周刊", "Publication") not in found, found


def test_a_former_ministry_issues_the_plans_of_its_time():
    text = "工业和信息化部、农业部、国家发展改革委2016年联合印发《某某装备发展行动方案》。"
    assert ("农业部", "Institution") in ents(text)
    assert ("《某某装备发展行动方案》", "issuedBy", "农业部") in rels(text)
    assert ("国家旅游局", "Institution") in ents("国家体育总局、国家旅游局联合印发《某某旅游规划》。")


def test_a_former_ministry_s_name_inside_a_common_word_is_none():
    assert ents("农业部门和文化部门要加强指导，卫生部门配合。") == set()


def test_what_a_directive_puts_to_use_in_fields_is_a_technology_even_unnamed():
    found = rels("《某县新材料方案》提出，推动硅藻泥在家居装修、环保领域应用。")
    assert {("硅藻泥", "appliedIn", "家居装修"), ("硅藻泥", "appliedIn", "环保")} <= found, found
    found = rels("文章建议，推动余热梯级利用在化工、建材等场景落地。")
    assert ("余热梯级利用", "appliedIn", "化工") in found, found
    assert ("量子科技率先", "Technology") not in ents("推动量子科技率先在金融、电力和政务领域应用。")


def test_a_head_named_by_the_title_alone_heads_the_body_the_paragraph_is_about():
    text = "浙江省社会科学院发布研究报告认为，应发展数字经济。院长王立林在发布会上表示，应以数据为重点。"
    assert ("王立林", "affiliatedWith", "浙江省社会科学院") in rels(text)


def test_who_leads_the_report_belongs_to_the_body_that_published_it():
    text = "国务院发展研究中心2022年发布的研究报告指出，新材料是基础。报告课题组负责人、研究员孙立澜认为，应加强攻关。"
    assert ("孙立澜", "affiliatedWith", "国务院发展研究中心") in rels(text)


def test_a_company_s_research_director_belongs_to_it():
    text = "江苏康泰生物制药有限公司首批设备交付使用。公司研发总监周文燕博士表示，设备已投产。"
    assert ("周文燕", "affiliatedWith", "江苏康泰生物制药有限公司") in rels(text)


def test_what_an_event_focuses_on_is_its_priority_partner_and_all():
    text = "本报讯 8月3日，2022中国·蒲江猕猴桃文化节在蒲江县开幕，活动聚焦猕猴桃产业与农村电商融合发展。"
    assert ("2022中国·蒲江猕猴桃文化节", "prioritizes", "农村电商") in rels(text)


def test_a_county_the_lexicon_leaves_out_opens_its_government_and_its_plan():
    # (大方, 平和: county names that are words too, which the lexicon leaves out)
    assert ("大方县人民政府办公室", "Institution") in ents("大方县人民政府办公室2022年印发《某某产业三年行动方案》。")
    assert ("平和县“十四五”农业农村现代化规划", "Policy") in ents("平和县“十四五”农业农村现代化规划提出，做强蜜柚产业。")
    found = ents("河北平和县2021年政府工作报告提出，发展钢铁产业。")
    assert {("河北", "Region"), ("平和县", "Region")} <= found, found
    assert not any(t.startswith("各县") for t, _ in ents("各县人民政府要加强领导。"))
