"""Relation rules, round 12: what a technology enables or is applied in as
commentary and news write it, and application fields or expo exhibits kept
off the priorities.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run

PLAN = "《某省智能农机推广方案》"
EXPO = "第九届某某智能装备博览会"


# --- enables -----------------------------------------------------------------------------

def test_the_first_of_a_combined_pair_drives_the_target_not_its_partners():
    ents = {"知识图谱": "Technology", "边缘计算": "Technology", "视觉检测": "Technology",
            "农产品分拣": "Industry", "冷链物流": "Industry"}
    got = run("研究人员称，知识图谱与边缘计算、视觉检测相结合，将推动农产品分拣和冷链物流效率提升。", ents)
    assert of_type(got, "enables") == {("知识图谱", "enables", "农产品分拣"), ("知识图谱", "enables", "冷链物流")}


def test_a_list_combined_without_a_partner_drives_the_target_together():
    ents = {"知识图谱": "Technology", "边缘计算": "Technology", "冷链物流": "Industry"}
    got = run("知识图谱、边缘计算相结合，将推动冷链物流加快发展。", ents)
    assert of_type(got, "enables") == {("知识图谱", "enables", "冷链物流"), ("边缘计算", "enables", "冷链物流")}


def test_a_fusion_stays_symmetric():
    ents = {"知识图谱": "Technology", "边缘计算": "Technology", "冷链物流": "Industry"}
    got = run("知识图谱与边缘计算深度融合，推动冷链物流加快发展。", ents)
    assert ("边缘计算", "enables", "冷链物流") in got


def test_the_technology_to_use_for_developing_a_sector_enables_it():
    ents = {"区块链": "Technology", "卫星定位": "Technology", "智慧渔业": "Industry"}
    got = run("发展智慧渔业，要用好区块链和卫星定位等技术，让渔民共享数字红利。", ents)
    assert of_type(got, "enables") == {("区块链", "enables", "智慧渔业"), ("卫星定位", "enables", "智慧渔业")}


def test_no_enables_when_the_use_is_not_said_for_the_sector():
    ents = {"区块链": "Technology", "智慧渔业": "Industry"}
    got = run("发展智慧渔业，离不开渔民的积极参与，区块链也在试点。", ents)
    assert of_type(got, "enables") == set()


def test_what_an_application_drives_is_enabled_by_the_technology():
    ents = {PLAN: "Policy", "北斗导航": "Technology", "精准播种": "Industry", "农机装备产业": "Industry"}
    got = run(f"某省印发{PLAN}，推动北斗导航在精准播种等领域的应用，带动农机装备产业发展。", ents)
    assert ("北斗导航", "enables", "农机装备产业") in got


def test_a_chain_gathering_somewhere_is_not_what_the_application_enables():
    ents = {"北斗导航": "Technology", "精准播种": "Industry", "农机装备": "Industry"}
    got = run("推动北斗导航在精准播种中的应用，带动农机装备产业链在省内集聚。", ents)
    assert of_type(got, "enables") == set()


def test_the_technologies_a_transformation_uses_also_create_new_sectors():
    ents = {"机器视觉": "Technology", "数字孪生": "Technology", "传统产业": "Industry",
            "柔性制造": "Industry", "共享制造": "Industry"}
    got = run("运用机器视觉和数字孪生等技术对传统产业进行系统改造，既能降低成本，也能催生柔性制造和共享制造等新业态。", ents)
    assert of_type(got, "enables") == {(t, "enables", s) for t in ("机器视觉", "数字孪生") for s in ("柔性制造", "共享制造")}
    assert of_type(got, "appliedIn") == {("机器视觉", "appliedIn", "传统产业"), ("数字孪生", "appliedIn", "传统产业")}


# --- appliedIn ---------------------------------------------------------------------------

def test_sectors_demanding_a_product_are_where_it_is_applied():
    ents = {"五轴机床": "Technology", "模具": "Industry", "医疗器械": "Industry"}
    got = run("业内认为，模具和医疗器械等行业对五轴机床的需求持续增长。", ents)
    assert of_type(got, "appliedIn") == {("五轴机床", "appliedIn", "模具"), ("五轴机床", "appliedIn", "医疗器械")}


def test_demand_of_a_sector_for_a_non_technology_relates_nothing():
    ents = {"模具": "Industry", "医疗器械": "Industry"}
    got = run("模具和医疗器械等行业对人才的需求持续增长。", ents)
    assert of_type(got, "appliedIn") == set()


def test_a_role_played_in_fields_written_without_a_field_word():
    ents = {"低轨通信": "Technology", "远洋渔业": "Industry", "森林防火": "Industry"}
    got = run("专家表示，低轨通信将在远洋渔业和森林防火中发挥作用。", ents)
    assert of_type(got, "appliedIn") == {("低轨通信", "appliedIn", "远洋渔业"), ("低轨通信", "appliedIn", "森林防火")}


def test_what_a_technology_replaces_in_fields_is_where_it_is_applied():
    ents = {"生物基塑料": "Technology", "包装": "Industry", "纺织": "Industry"}
    got = run("生物基塑料有望在包装和纺织领域替代石油基塑料。", ents)
    assert of_type(got, "appliedIn") == {("生物基塑料", "appliedIn", "包装"), ("生物基塑料", "appliedIn", "纺织")}


def test_the_field_entered_after_the_first_applications():
    ents = {"外骨骼机器人": "Technology", "康复医疗": "Industry", "物流搬运": "Industry"}
    got = run("报告认为，外骨骼机器人将率先在康复医疗中应用，随后进入物流搬运领域。", ents)
    assert ("外骨骼机器人", "appliedIn", "物流搬运") in got


def test_a_field_closed_by_its_application_is_not_where_the_next_object_is_introduced():
    ents = {PLAN: "Policy", "物联网": "Technology", "果园管理": "Industry", "采摘机器人": "Technology"}
    got = run(f"{PLAN}提出，推动物联网在果园管理中的应用，推广采摘机器人。", ents)
    assert ("采摘机器人", "appliedIn", "果园管理") not in got
    assert ("物联网", "appliedIn", "果园管理") in got


def test_techniques_listed_before_an_unnamed_application_are_not_applied_in_its_fields():
    ents = {"激光测距": "Technology", "无人机航拍": "Technology", "国土调查": "Industry", "城市更新": "Industry"}
    got = run("综合运用激光测距和无人机航拍等技术采集数据，推动三维底图在国土调查和城市更新等领域的应用。", ents)
    assert of_type(got, "appliedIn") == set()


# --- prioritizes -------------------------------------------------------------------------

def test_fields_an_unnamed_resource_is_merged_into_are_not_priorities():
    ents = {PLAN: "Policy", "乡村旅游": "Industry", "研学": "Industry", "智能农机": "Technology"}
    got = run(f"{PLAN}提出，发展智能农机，推动农耕文化资源与乡村旅游和研学等产业融合发展。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", "智能农机")}


def test_fields_of_a_transfer_into_application_are_not_priorities():
    ents = {PLAN: "Policy", "智能农机": "Technology", "丘陵农业": "Industry"}
    got = run(f"{PLAN}提出，发展智能农机，推动科研成果在丘陵农业等领域转化应用。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", "智能农机")}


def test_an_expo_prioritizes_its_focus_not_what_exhibitors_show():
    ents = {EXPO: "Event", "工业机器人": "Technology", "增材制造": "Technology", "协作机械臂": "Technology"}
    got = run(f"{EXPO}开幕，本届{EXPO}聚焦工业机器人和增材制造等领域，多家企业发布了协作机械臂新品。", ents)
    assert of_type(got, "prioritizes") == {(EXPO, "prioritizes", "工业机器人"), (EXPO, "prioritizes", "增材制造")}


def test_a_policy_setting_meeting_still_prioritizes_the_rest_of_its_sentence():
    meeting = "某省委经济工作会议"
    ents = {meeting: "Event", "工业机器人": "Technology", "增材制造": "Technology"}
    got = run(f"{meeting}提出，发展工业机器人，壮大增材制造。", ents)
    assert of_type(got, "prioritizes") == {(meeting, "prioritizes", "工业机器人"), (meeting, "prioritizes", "增材制造")}


# --- spokeAt -----------------------------------------------------------------------------

def test_a_speaker_at_the_main_forum_without_shang():
    ents = {EXPO: "Event", "某某科技": "Institution", "王小明": "Person"}
    got = run(f"{EXPO}在某市开幕。某某科技董事长王小明在主论坛发言时表示，明年将推出新品。", ents)
    assert ("王小明", "spokeAt", EXPO) in got


# --- issued policy, affiliation ------------------------------------------------------------

def test_what_an_issued_policy_guides_support_to_is_its_priority():
    ents = {PLAN: "Policy", "某省农业农村厅": "Institution", "智能农机": "Technology", "设施农业": "Industry"}
    got = run(f"某省农业农村厅印发{PLAN}，引导金融机构加大对智能农机和设施农业等重点领域的支持。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", "智能农机"), (PLAN, "prioritizes", "设施农业")}


def test_people_written_as_an_institutions_belong_to_it():
    ents = {"某国": "Region", "某某理工大学": "Institution", "约翰·史密斯": "Person", "玛丽·琼斯": "Person"}
    got = run("该奖项授予某国某某理工大学的约翰·史密斯和玛丽·琼斯，以表彰他们的贡献。", ents)
    assert of_type(got, "affiliatedWith") == {("约翰·史密斯", "affiliatedWith", "某某理工大学"),
                                              ("玛丽·琼斯", "affiliatedWith", "某某理工大学")}


def test_no_affiliation_when_the_institution_is_itself_owned():
    ents = {"某某集团": "Institution", "某某研究院": "Institution", "张三": "Person"}
    got = run("某某集团和某某研究院的张三表示，新品将于明年上市。", ents)
    assert ("张三", "affiliatedWith", "某某集团") not in got


# --- subjects and objects of the enabling verb -----------------------------------------------

def test_the_clause_subject_drives_not_the_techniques_named_in_its_object():
    ents = {"某某模型": "Technology", "图神经网络": "Technology", "强化学习": "Technology",
            "药物设计": "Industry", "材料筛选": "Industry"}
    got = run("业内认为，某某模型展示了图神经网络与强化学习结合的潜力，将赋能药物设计和材料筛选等领域。", ents)
    assert of_type(got, "enables") == {("某某模型", "enables", "药物设计"), ("某某模型", "enables", "材料筛选")}


def test_risks_a_technology_brings_are_not_what_it_enables():
    ents = {"深度合成": "Technology", "虚假信息": "Industry", "网络诈骗": "Industry"}
    got = run("专家指出，深度合成带来虚假信息和网络诈骗等新风险。", ents)
    assert of_type(got, "enables") == set()


def test_what_a_technology_brings_to_a_sector_is_still_enabled():
    ents = {"深度合成": "Technology", "影视制作": "Industry"}
    got = run("深度合成带动影视制作降本增效。", ents)
    assert of_type(got, "enables") == {("深度合成", "enables", "影视制作")}


def test_the_activity_carried_out_with_a_technology_is_where_it_is_applied():
    ents = {PLAN: "Policy", "遥感监测": "Technology", "病虫害防治": "Industry"}
    got = run(f"{PLAN}提出，鼓励合作社运用遥感监测开展病虫害防治。", ents)
    assert ("遥感监测", "appliedIn", "病虫害防治") in got


def test_no_application_when_the_activity_is_not_a_named_field():
    ents = {"遥感监测": "Technology", "病虫害防治": "Industry"}
    got = run("鼓励合作社运用遥感监测开展调查，推进病虫害防治。", ents)
    assert ("遥感监测", "appliedIn", "病虫害防治") not in got


def test_what_a_sectors_companies_build_into_products_is_applied_there():
    ents = {"大模型": "Technology", "厨电": "Industry"}
    got = run("某市的厨电企业在新品中接入大模型，推出会对话的油烟机。", ents)
    assert ("大模型", "appliedIn", "厨电") in got


def test_a_series_office_in_the_speakers_title_is_not_the_event_spoken_at():
    edition, series = "2031某某低碳大会", "某某低碳大会"
    ents = {edition: "Event", series: "Event", "某市": "Region", "王小明": "Person"}
    got = run(f"{edition}在某市开幕。{series}主席王小明在开幕式上致辞。", ents)
    assert of_type(got, "spokeAt") == {("王小明", "spokeAt", edition)}


def test_an_institution_introduced_with_its_country_for_a_person_is_located_there():
    ents = {"某国": "Region", "某某理工大学": "Institution", "约翰·史密斯": "Person"}
    got = run("该奖项授予某国某某理工大学的约翰·史密斯。", ents)
    assert ("某某理工大学", "locatedIn", "某国") in got


def test_a_country_before_a_company_in_a_title_is_its_nationality():
    ents = {"某国": "Region", "某某汽车公司": "Institution", "约翰·史密斯": "Person"}
    got = run("总理会见某国某某汽车公司首席执行官约翰·史密斯。", ents)
    assert of_type(got, "locatedIn") == set()


def test_a_company_introduced_by_its_country_and_business_is_located_there():
    ents = {"某国": "Region", "机器人": "Technology", "某某动力": "Institution"}
    got = run("某国机器人公司某某动力发布了新一代产品。", ents)
    assert ("某某动力", "locatedIn", "某国") in got


def test_a_country_named_in_another_clause_locates_no_company():
    ents = {"某国": "Region", "某某动力": "Institution"}
    got = run("产品销往某国，公司某某动力表示满意。", ents)
    assert of_type(got, "locatedIn") == set()


def test_what_a_technology_drives_after_spreading_is_enabled_by_it():
    ents = {"低代码平台": "Technology", "零售业": "Industry"}
    got = run("低代码平台已覆盖全部门店，推动零售业数字化转型。", ents)
    assert ("低代码平台", "enables", "零售业") in got


def test_a_spread_followed_by_a_clause_with_its_own_subject_drives_nothing():
    ents = {"低代码平台": "Technology", "零售业": "Industry", "某某集团": "Institution"}
    got = run("低代码平台已覆盖全部门店，某某集团推动零售业数字化转型。", ents)
    assert of_type(got, "enables") == set()


def test_what_building_a_technology_better_supports_is_enabled_by_it():
    ents = {"城市数据底座": "Technology", "智慧政务": "Industry", "数字文旅": "Industry"}
    got = run("专家建议，应加快构建城市数据底座，统筹各部门数据资源，更好支撑智慧政务和数字文旅发展。", ents)
    assert of_type(got, "enables") == {("城市数据底座", "enables", "智慧政务"), ("城市数据底座", "enables", "数字文旅")}


def test_building_a_technology_without_a_purpose_marker_enables_nothing():
    ents = {"城市数据底座": "Technology", "智慧政务": "Industry"}
    got = run("应加快构建城市数据底座，支撑智慧政务的试点另行安排。", ents)
    assert of_type(got, "enables") == set()


def test_what_a_technologys_maturing_brings_about_is_enabled_by_it():
    ents = {"钠离子电池": "Technology", "两轮电动车": "Industry", "储能电站": "Industry"}
    got = run("业内人士认为，钠离子电池一旦成熟，将大幅降低两轮电动车成本，带动储能电站加快建设。", ents)
    assert of_type(got, "enables") == {("钠离子电池", "enables", "两轮电动车"), ("钠离子电池", "enables", "储能电站")}


def test_no_enabling_without_the_condition_on_the_technology():
    ents = {"钠离子电池": "Technology", "两轮电动车": "Industry"}
    got = run("钠离子电池成本下降，两轮电动车价格也随之调整。", ents)
    assert of_type(got, "enables") == set()
