"""Session 55's rules. What a technique is applied in, written as a product
no rule names + 生产 (推动甲工艺在某某主粮生产中的应用), is that line of
business, while a generic 实际生产 stays none. A stage after a target no rule
names (以甲数据库赋能某某配方研发) stays in the name, the line of business; after
a known sector it is cut (…赋能生物医药研发: 生物医药). Two members named a
class's pillars (A和B是某某产业的两大支柱环节) are of the class's kind and parts
of it. A head who deploys at a work meeting named before, in a speech
(厅长某某在讲话中部署了今年重点工作：…), or 作部署 (在会上作部署，要求…;
出席会议并作部署：… after the meeting held somewhere that day), states its
priorities and speaks at it. Made-up bodies, persons, places and names; each
test of a reading fails without its rule, the others guard what a rule must
leave alone."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_named_products_production_is_the_field_a_technique_is_applied_in():
    text = "全市将推动甲型膨化工艺在雪狐犬粮生产中的应用。"
    assert ("雪狐犬粮生产", "Industry") in ents(text)
    assert ("甲型膨化工艺", "appliedIn", "雪狐犬粮生产") in rels(text)


def test_generic_production_names_no_field():
    found = ents("推动甲型膨化工艺在实际生产中的应用。")
    assert not any(t == "实际生产" for t, _ in found), found


def test_a_stage_stays_in_an_unknown_target_and_leaves_a_known_one():
    text = "以雪狐营养数据库赋能雪狐犬粮配方研发，以人工智能赋能生物医药研发。"
    found = ents(text)
    assert ("雪狐犬粮配方研发", "Industry") in found, found
    assert ("生物医药", "Industry") in found, found
    assert not any(t == "生物医药研发" for t, _ in found), found
    assert ("雪狐营养数据库", "enables", "雪狐犬粮配方研发") in rels(text)


def test_two_members_named_a_sectors_pillars_are_sectors_and_its_parts():
    text = "评论指出，雪羚繁育和雪羚育肥是雪羚产业的两大支柱环节，当前存栏偏低。"
    found = ents(text)
    assert ("雪羚繁育", "Industry") in found, found
    assert ("雪羚育肥", "Industry") in found, found
    assert ("雪羚育肥", "partOf", "雪羚产业") in rels(text)


def test_a_head_deploying_in_a_speech_states_the_meetings_priorities():
    text = ("全区雪羚工作会议3月7日在岚川召开。岚川区农牧局局长郗澄岚在讲话中部署了今年重点工作："
            "推动挤奶机器人在雪羚规模养殖中的应用，发展奶酪产业。")
    found = rels(text)
    assert ("全区雪羚工作会议", "prioritizes", "挤奶机器人") in found, found
    assert ("郗澄岚", "spokeAt", "全区雪羚工作会议") in found, found


def test_a_head_who_makes_deployments_at_the_meeting_states_its_priorities():
    text = ("岚川市住房和城乡建设局在岚川召开全市建筑业工作会议。局长郗澄岚在会上作部署，"
            "要求把装配式建筑和智能建造作为行业转型的主攻方向。")
    found = rels(text)
    assert ("全市建筑业工作会议", "prioritizes", "装配式建筑") in found, found


def test_a_head_attending_the_meeting_held_that_day_deploys_its_priorities():
    text = ("全市数据工作会议4月2日在岚川召开，岚川市商务局局长郗澄岚出席会议并作部署："
            "推广物联网和区块链。")
    found = rels(text)
    assert ("全市数据工作会议", "prioritizes", "物联网") in found, found
    assert ("郗澄岚", "spokeAt", "全市数据工作会议") in found, found


def test_what_a_clause_says_is_applied_somewhere_is_a_technology_and_its_fields():
    text = "报告认为，雪狐共封光学有望在数据中心加速应用。雪狐直连卫星有望在海洋渔业和应急通信领域率先落地。"
    found = ents(text)
    assert ("雪狐共封光学", "Technology") in found, found
    assert ("雪狐直连卫星", "Technology") in found, found
    assert ("雪狐直连卫星", "appliedIn", "应急通信") in rels(text)


def test_a_demonstrative_or_a_time_clause_is_no_applied_technology():
    found = ents("这项技术已在多个领域应用。雪狐船舶技术成熟后有望在内河航运中规模化应用。")
    assert not any(t in ("这项技术", "雪狐船舶技术成熟后") for t, _ in found), found


def test_what_a_known_technology_is_used_for_is_a_field():
    text = "报告认为，区块链应用于雪狐票据贴现，看好数字化转型。"
    assert ("雪狐票据贴现", "Industry") in ents(text)
    assert ("区块链", "appliedIn", "雪狐票据贴现") in rels(text)


def test_a_clause_after_used_for_is_no_field():
    found = ents("推广智能滴灌，智能滴灌用于棉花可节水约两成。")
    assert not any("节水" in t for t, _ in found), found


def test_a_division_written_before_yu_and_a_date_is_the_issuer():
    text = "江西省工业和信息化厅电子信息处于今年4月印发《关于组织雪狐光纤攻关的通知》。"
    assert ("江西省工业和信息化厅电子信息处", "Institution") in ents(text)
    assert ("《关于组织雪狐光纤攻关的通知》", "issuedBy", "江西省工业和信息化厅电子信息处") in rels(text)


def test_a_division_in_a_state_of_something_is_no_unit():
    found = ents("江西省工业和信息化厅电子信息处于起步阶段的工作较多。")
    assert ("江西省工业和信息化厅电子信息处", "Institution") not in found, found


def test_a_department_name_of_ten_characters_before_si():
    text = "国家市场监督管理总局特殊食品安全监督管理司日前印发《关于雪狐配方食品抽检的通知》。"
    assert ("国家市场监督管理总局特殊食品安全监督管理司", "Institution") in ents(text)


def test_a_name_after_a_title_and_wei_closing_the_clause():
    found = ents("报告看好雪狐板块，报告分析师为公羊晚舟。")
    assert ("公羊晚舟", "Person") in found, found
    assert not any(t in ("为其", "为大家") for t, _ in ents("院长为其颁奖，专家为大家讲解。"))


def test_who_leads_a_report_is_a_title_before_a_name():
    found = ents("该所研究员、报告牵头人钭清朗表示，雪狐种业很重要。")
    assert ("钭清朗", "Person") in found, found


def test_a_district_no_list_holds_before_its_town_in_a_venue():
    found = ents("12月12日，雪狐金属加工项目投产仪式在岚溪区雪松镇举行。")
    assert ("岚溪区", "Region") in found, found
    assert ("雪松镇", "Region") in found, found


def test_a_chief_system_put_in_place_is_a_policy():
    text = "全省林草工作会议召开。局长郗澄岚在会上部署，全面推行田长制，发展林下经济。"
    assert ("田长制", "Policy") in ents(text)
    # (the system, an object of 推行, does not end what the meeting deploys)
    assert ("全省林草工作会议", "prioritizes", "林下经济") in rels(text)


def test_a_strategy_named_before_beijing_xia_is_a_policy():
    found = ents("在实施雪狐振兴国家战略背景下，需求快速释放。")
    assert ("雪狐振兴国家战略", "Policy") in found, found


def test_the_trade_in_programmes_of_the_2024_action_plan_are_policies():
    found = ents("各地结合消费品以旧换新推广回收平台，抓住大规模设备更新机遇。")
    assert ("消费品以旧换新", "Policy") in found, found
    assert ("大规模设备更新", "Policy") in found, found


def test_a_kind_of_prepared_food_furniture_or_seed_industry_is_one_sector():
    found = ents("全县将发展雪蟹预制菜和藤编家具，推进肉羊种业振兴。")
    assert ("雪蟹预制菜", "Industry") in found, found
    assert ("藤编家具", "Industry") in found, found
    assert ("肉羊种业", "Industry") in found, found


def test_a_sectors_aftermarket_is_a_sector():
    assert ("汽车后市场", "Industry") in ents("做强汽车后市场，发展二手车出口。")


def test_a_patrol_survey_or_cooling_task_named_by_its_technology_is_a_technique():
    found = ents("全县推广北斗巡护和机器人巡田。")
    assert ("北斗巡护", "Technology") in found, found
    assert ("机器人巡田", "Technology") in found, found


def test_the_field_a_known_technology_is_applied_in_is_a_sector():
    text = "报告认为，区块链在雪狐票据贴现领域加速落地。"
    assert ("雪狐票据贴现", "Industry") in ents(text)
    assert ("区块链", "appliedIn", "雪狐票据贴现") in rels(text)


def test_a_speaker_at_the_signing_meeting_named_before_speaks_at_it():
    text = ("本报讯 6月20日，2024岚溪雪狐产业招商签约会在岚溪区雪松镇召开。"
            "岚川大学农学院教授郗澄岚在签约会上发言，介绍了低温烘焙工艺的应用。")
    assert ("郗澄岚", "spokeAt", "2024岚溪雪狐产业招商签约会") in rels(text)
