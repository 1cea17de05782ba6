"""Relation rules, round 17: issuers that lead a group of co-issuers, fields a
technology is spread to (聚焦…十大领域拓展X应用, 其 standing for the technologies
of the clause before), a catalogue's listed items, and a clause that only puts
a technology somewhere.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run

PLAN = "《某省智慧水务行动方案》"


# --- issuedBy ----------------------------------------------------------------------------

def test_the_body_that_leads_co_issuers_issues_the_policy_too():
    ents = {"水利厅": "Institution", "农业厅": "Institution", "财政厅": "Institution", PLAN: "Policy"}
    got = run(f"水利厅牵头，与农业厅、财政厅等五个部门出台{PLAN}。", ents)
    assert of_type(got, "issuedBy") == {(PLAN, "issuedBy", x) for x in ("水利厅", "农业厅", "财政厅")}


def test_a_body_that_only_leads_a_task_issues_nothing():
    ents = {"水利厅": "Institution", PLAN: "Policy"}
    got = run(f"水利厅牵头开展调研，{PLAN}的起草工作随后启动。", ents)
    assert of_type(got, "issuedBy") == set()


# --- appliedIn ---------------------------------------------------------------------------

def test_fields_a_plan_focuses_on_to_spread_a_technology_are_where_it_is_applied():
    ents = {PLAN: "Policy", "灌区管理": "Industry", "城市供水": "Industry", "防汛抗旱": "Industry",
            "无人机": "Technology"}
    got = run(f"某省印发{PLAN}，聚焦灌区管理、城市供水和防汛抗旱三大领域拓展无人机应用。", ents)
    assert of_type(got, "appliedIn") == {("无人机", "appliedIn", x) for x in ("灌区管理", "城市供水", "防汛抗旱")}
    # the fields belong to the technology, not to the plan's priorities
    assert of_type(got, "prioritizes") <= {(PLAN, "prioritizes", "无人机")}


def test_fields_faced_without_a_field_noun_are_where_the_technology_is_applied():
    ents = {PLAN: "Policy", "城市供水": "Industry", "防汛抗旱": "Industry", "水下机器人": "Technology"}
    got = run(f"{PLAN}还要求面向城市供水和防汛抗旱拓展水下机器人应用。", ents)
    assert of_type(got, "appliedIn") == {("水下机器人", "appliedIn", "城市供水"), ("水下机器人", "appliedIn", "防汛抗旱")}
    assert ("城市供水" not in {t for _, _, t in of_type(got, "prioritizes")})


def test_technologies_put_to_use_in_a_sector_are_applied_in_it():
    ents = {"遥感": "Technology", "物联网": "Technology", "水文监测": "Industry"}
    got = run("加快遥感和物联网等技术在水文监测中的运用。", ents)
    assert of_type(got, "appliedIn") == {("遥感", "appliedIn", "水文监测"), ("物联网", "appliedIn", "水文监测")}


def test_it_stands_for_the_technologies_of_the_clause_before():
    ents = {"《某省新材料首批次应用目录》": "Policy", "石墨烯": "Technology", "碳纤维": "Technology",
            "轨道交通": "Industry", "风电装备": "Industry"}
    pol = "《某省新材料首批次应用目录》"
    got = run(f"某省发布{pol}，将石墨烯和碳纤维等8类新材料列入目录，引导其率先在轨道交通和风电装备等领域实现批量应用。",
              ents)
    assert of_type(got, "appliedIn") == {(h, "appliedIn", t) for h in ("石墨烯", "碳纤维") for t in ("轨道交通", "风电装备")}
    # the catalogue prioritizes what it lists, not the fields its items go to
    assert of_type(got, "prioritizes") == {(pol, "prioritizes", "石墨烯"), (pol, "prioritizes", "碳纤维")}


def test_a_technology_pushed_into_fields_does_not_enable_them():
    ents = {PLAN: "Policy", "数字孪生": "Technology", "水利工程": "Industry", "灌区管理": "Industry",
            "城市供水": "Industry"}
    got = run(f"{PLAN}强调发挥数字孪生赋能水利工程的作用，推动其在灌区管理和城市供水等领域落地。", ents)
    assert of_type(got, "enables") == {("数字孪生", "enables", "水利工程")}
    assert of_type(got, "appliedIn") == {("数字孪生", "appliedIn", "灌区管理"), ("数字孪生", "appliedIn", "城市供水")}
    assert ("灌区管理" not in {t for _, _, t in of_type(got, "prioritizes")})


def test_what_a_clause_spreads_after_the_fields_own_application_is_not_applied_there():
    ents = {"北斗": "Technology", "物联网": "Technology", "灌区": "Industry", "泵站": "Industry",
            "巡检机器人": "Technology"}
    got = run("推动北斗和物联网等技术在灌区和泵站深度应用，推广巡检机器人。", ents)
    assert of_type(got, "appliedIn") == {(h, "appliedIn", t) for h in ("北斗", "物联网") for t in ("灌区", "泵站")}


def test_fields_introduced_with_a_technology_stay_related():
    ents = {"灌区": "Industry", "泵站": "Industry", "巡检机器人": "Technology"}
    got = run("在灌区和泵站推广巡检机器人。", ents)
    assert of_type(got, "appliedIn") == {("巡检机器人", "appliedIn", "灌区"), ("巡检机器人", "appliedIn", "泵站")}


# --- enables -----------------------------------------------------------------------------

def test_the_technology_that_fuses_others_drives_what_follows():
    ents = {"智能电网": "Technology", "边缘计算": "Technology", "储能变流器": "Technology",
            "虚拟电厂": "Industry", "绿电交易": "Industry"}
    got = run("专家认为，智能电网融合了边缘计算和储能变流器等技术，将推动虚拟电厂和绿电交易发展。", ents)
    assert of_type(got, "enables") == {("智能电网", "enables", "虚拟电厂"), ("智能电网", "enables", "绿电交易")}


def test_the_parts_a_product_adopts_do_not_provide_for_its_purpose():
    ents = {"某型无人船": "Technology", "激光雷达": "Technology", "氢燃料电池": "Technology", "海洋测绘": "Industry"}
    got = run("某型无人船采用激光雷达和氢燃料电池，将为海洋测绘提供全天候保障。", ents)
    assert not {r for r in of_type(got, "enables") if r[0] in ("激光雷达", "氢燃料电池")}


def test_a_technology_said_to_push_another_s_application_does_not_enable_it():
    ents = {"多模态模型": "Technology", "机器视觉": "Technology", "质量检测": "Industry", "仓储分拣": "Industry"}
    got = run("业内认为，多模态模型将推动机器视觉在质量检测和仓储分拣领域的深度应用。", ents)
    assert of_type(got, "enables") == set()
    assert of_type(got, "appliedIn") == {("机器视觉", "appliedIn", "质量检测"), ("机器视觉", "appliedIn", "仓储分拣")}


def test_a_technology_that_drives_a_sector_still_enables_it():
    ents = {"多模态模型": "Technology", "智能客服": "Industry"}
    got = run("业内认为，多模态模型将推动智能客服加快发展。", ents)
    assert of_type(got, "enables") == {("多模态模型", "enables", "智能客服")}


# --- an expo's focus after its hosts -----------------------------------------------------

def test_an_expo_focuses_on_what_follows_its_hosts_under_both_its_names():
    full, short = "2025某某智能装备博览会", "智博会"
    ents = {full: "Event", short: "Event", "某市": "Region", "商务厅": "Institution", "某市人民政府": "Institution",
            "工业机器人": "Technology", "数控机床": "Technology", "激光加工": "Technology"}
    got = run(f"{full}在某市开幕，本届{short}由商务厅和某市人民政府共同主办，聚焦工业机器人和数控机床等领域，"
              f"设置激光加工展区。", ents)
    assert of_type(got, "prioritizes") == {(e, "prioritizes", t) for e in (full, short) for t in ("工业机器人", "数控机床")}


# --- issuedBy of a short title -----------------------------------------------------------

def test_a_short_title_inherits_the_issuers_of_an_unbracketed_full_title():
    full = "关于加快智慧港口建设的指导意见"
    ents = {"交通运输部": "Institution", "海关总署": "Institution", full: "Policy", "《指导意见》": "Policy",
            "自动化码头": "Technology"}
    got = run(f"交通运输部与海关总署联合印发{full}。《指导意见》提出加快建设自动化码头。", ents)
    assert ("《指导意见》", "issuedBy", "交通运输部") in got and ("《指导意见》", "issuedBy", "海关总署") in got


def test_a_short_title_that_ends_no_earlier_title_inherits_nothing():
    ents = {"交通运输部": "Institution", "《某港口发展规划》": "Policy", "《指导意见》": "Policy"}
    got = run("交通运输部印发《某港口发展规划》。《指导意见》随后另行征求意见。", ents)
    assert ("《指导意见》", "issuedBy", "交通运输部") not in got


def test_an_expo_focuses_on_what_follows_its_hosts_when_its_short_name_is_unknown():
    full = "2025某某智能装备博览会"
    ents = {full: "Event", "某市": "Region", "商务厅": "Institution", "工业机器人": "Technology", "数控机床": "Technology"}
    got = run(f"{full}在某市开幕，本届智博会由商务厅主办，聚焦工业机器人和数控机床等领域。", ents)
    assert of_type(got, "prioritizes") == {(full, "prioritizes", "工业机器人"), (full, "prioritizes", "数控机床")}


def test_what_exhibitors_show_at_an_expo_is_not_its_focus():
    full = "2025某某智能装备博览会"
    ents = {full: "Event", "某市": "Region", "商务厅": "Institution", "工业机器人": "Technology", "某某公司": "Institution"}
    got = run(f"{full}在某市开幕，本届智博会由商务厅主办，某某公司展示了工业机器人。", ents)
    assert of_type(got, "prioritizes") == set()


def test_a_verb_inside_an_unrecognised_product_name_drives_nothing():
    ents = {"固态电池": "Technology", "智能座舱": "Technology", "新能源汽车": "Industry"}
    got = run("完善固态电池、电驱动系统和智能座舱本地配套，推动新能源汽车下乡。", ents)
    assert of_type(got, "enables") == set()


def test_the_class_closing_the_fields_of_an_application_is_none_of_them():
    ents = {PLAN: "Policy", "无人机": "Technology", "电力巡检": "Industry", "农业植保": "Industry", "优势产业": "Industry"}
    got = run(f"{PLAN}提出促进无人机在电力巡检和农业植保等本地优势产业中的应用。", ents)
    assert of_type(got, "appliedIn") == {("无人机", "appliedIn", "电力巡检"), ("无人机", "appliedIn", "农业植保")}
    assert (PLAN, "prioritizes", "优势产业") not in got


def test_a_technology_whose_cost_falls_combined_with_unrecognised_partners_drives_the_sector():
    ents = {"绿色甲醇": "Technology", "航运业": "Industry"}
    got = run("专家认为，绿色甲醇成本下降与双燃料主机、岸电设施相结合，将推动航运业低碳转型。", ents)
    assert of_type(got, "enables") == {("绿色甲醇", "enables", "航运业")}


def test_a_subject_list_with_unrecognised_items_still_drives_its_object():
    ents = {"深海勘测": "Technology", "海洋牧场": "Industry", "海工装备": "Industry"}
    got = run("专家指出，深海勘测、深海矿产开采和深海生物资源开发将带动海洋牧场和海工装备等产业发展。", ents)
    assert of_type(got, "enables") == {("深海勘测", "enables", "海洋牧场"), ("深海勘测", "enables", "海工装备")}


def test_a_long_clause_between_a_technology_and_a_verb_relates_nothing():
    ents = {"深海勘测": "Technology", "海洋牧场": "Industry"}
    got = run("深海勘测、海底测绘和海洋能开发这些年来在多个省份陆续开展了大量的前期研究，推动海洋牧场建设。", ents)
    assert ("深海勘测", "enables", "海洋牧场") not in got


# --- the technology a policy's title names ------------------------------------------------

def test_scenes_a_notice_builds_apply_the_technology_its_title_names():
    pol = "《关于支持建设区块链典型应用场景的通知》"
    ents = {"某省科技厅": "Institution", pol: "Policy", "跨境贸易": "Industry", "电子证照": "Industry",
            "区块链": "Technology"}
    got = run(f"某省科技厅印发{pol}，首批支持建设跨境贸易和电子证照两个典型应用场景。该通知要求推动区块链与实体经济融合。",
              ents)
    assert of_type(got, "appliedIn") >= {("区块链", "appliedIn", "跨境贸易"), ("区块链", "appliedIn", "电子证照")}
    # the scenes stay the notice's priorities
    assert (pol, "prioritizes", "跨境贸易") in got


def test_scenes_under_a_title_that_names_no_technology_of_the_text_apply_nothing():
    pol = "《关于支持建设典型应用场景的通知》"
    ents = {"某省科技厅": "Institution", pol: "Policy", "跨境贸易": "Industry", "电子证照": "Industry",
            "区块链": "Technology"}
    got = run(f"某省科技厅印发{pol}，首批支持建设跨境贸易和电子证照两个典型应用场景。该通知要求推动区块链与实体经济融合。",
              ents)
    assert not {r for r in of_type(got, "appliedIn") if r[2] in ("跨境贸易", "电子证照")}


# --- what a plan builds on or a product is based on --------------------------------------

def test_what_a_plan_states_it_builds_on_is_not_its_priority():
    pol = "《某市储能产业发展规划》"
    ents = {"某市人民政府": "Institution", pol: "Policy", "光伏制造": "Industry", "液流电池": "Technology"}
    got = run(f"某市人民政府印发{pol}，明确依托丰富的光照资源和光伏制造基础，发展液流电池。", ents)
    assert of_type(got, "prioritizes") == {(pol, "prioritizes", "液流电池")}


def test_the_technique_a_listed_product_is_based_on_is_not_a_priority():
    pol = "《某类医疗软件审查要点》"
    ents = {"某审评中心": "Institution", pol: "Policy", "强化学习": "Technology", "手术规划软件": "Technology",
            "康复评估软件": "Technology"}
    got = run(f"某审评中心发布{pol}，明确基于强化学习的手术规划软件和康复评估软件的审评要求。", ents)
    assert of_type(got, "prioritizes") == {(pol, "prioritizes", "手术规划软件"), (pol, "prioritizes", "康复评估软件")}
