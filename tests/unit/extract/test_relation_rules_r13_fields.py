"""Relation rules, round 13: what a technology enables or is applied in as
unseen commentary, news and plans write it, and which items of a policy's
sentence are its priorities rather than fields of application.

Every sentence here was written for these tests; mentions are given, so each
test checks the relation rule alone, not the recogniser."""
from __future__ import annotations

from support.relations import of_type, run

PLAN = "《某市智慧文旅发展规划》"


# --- prioritizes -------------------------------------------------------------------------

def test_technologies_a_sector_is_fused_with_stay_priorities_of_the_plan():
    ents = {PLAN: "Policy", "文旅产业": "Industry", "虚拟现实": "Technology", "数字孪生": "Technology"}
    got = run(f"某市印发{PLAN}，提出支持文旅产业与虚拟现实、数字孪生融合发展。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", x) for x in ("文旅产业", "虚拟现实", "数字孪生")}
    assert of_type(got, "appliedIn") == {("虚拟现实", "appliedIn", "文旅产业"), ("数字孪生", "appliedIn", "文旅产业")}


def test_sectors_of_a_listed_class_a_technology_is_fused_with_are_its_fields():
    ents = {PLAN: "Policy", "物联网": "Technology", "陶瓷": "Industry", "竹编": "Industry", "传统产业": "Industry"}
    got = run(f"某市印发{PLAN}，提出推动物联网与陶瓷、竹编等传统产业融合。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", "物联网")}
    assert ("物联网", "appliedIn", "陶瓷") in got


def test_sectors_a_plan_spreads_a_named_practice_in_are_not_its_priorities():
    ents = {PLAN: "Policy", "民宿": "Industry", "演艺": "Industry", "智慧服务": "Industry"}
    got = run(f"某市印发{PLAN}，提出在民宿、演艺等行业推广智慧服务。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", "智慧服务")}


def test_fields_where_unnamed_data_is_put_to_use_are_not_priorities():
    ents = {PLAN: "Policy", "游客画像": "Technology", "景区管理": "Industry", "文创开发": "Industry"}
    got = run(f"某市印发{PLAN}，提出建设游客画像系统，推动文旅数据在景区管理和文创开发中开发利用。", ents)
    assert of_type(got, "prioritizes") == {(PLAN, "prioritizes", "游客画像")}


def test_what_a_policy_is_implemented_around_is_its_priority():
    ents = {"强县行动": "Policy", "茶叶": "Industry", "文旅": "Industry", "光伏组件": "Technology"}
    got = run("我们将围绕茶叶、文旅等重点产业链，实施强县行动，推进园区建设，发展光伏组件。", ents)
    assert of_type(got, "prioritizes") == {("强县行动", "prioritizes", "茶叶"), ("强县行动", "prioritizes", "文旅")}


def test_without_a_list_before_it_an_implemented_policy_still_takes_the_next_clause():
    ents = {"强县行动": "Policy", "光伏组件": "Technology"}
    got = run("我们将实施强县行动，加快发展光伏组件。", ents)
    assert of_type(got, "prioritizes") == {("强县行动", "prioritizes", "光伏组件")}


def test_an_expo_s_professional_halls_after_its_theme_are_its_focus():
    ents = {"第五届某某装备博览会": "Event", "工业母机": "Technology", "智能传感": "Technology"}
    got = run("第五届某某装备博览会以“智造新时代”为主题，设置工业母机和智能传感等6大专业展，千余家企业参展。", ents)
    assert of_type(got, "prioritizes") == {("第五届某某装备博览会", "prioritizes", "工业母机"),
                                           ("第五届某某装备博览会", "prioritizes", "智能传感")}


def test_a_policy_after_a_quoted_name_the_recogniser_missed_is_an_object_too():
    ents = {PLAN: "Policy", "“数字文旅”工程": "Policy", "全息投影": "Technology", "研学旅游": "Industry"}
    got = run(f"某市印发{PLAN}，提出实施“智慧景区”和“数字文旅”工程，推广全息投影，发展研学旅游。", ents)
    assert (PLAN, "prioritizes", "全息投影") in got
    assert (PLAN, "prioritizes", "研学旅游") in got


def test_the_meeting_an_anaphor_names_is_the_one_of_a_joint_name_it_heads():
    ents = {"2030某某算力大会": "Event", "某某国际算力博览会": "Event", "液冷服务器": "Technology"}
    got = run("2030某某算力大会暨某某国际算力博览会在某地开幕。大会聚焦液冷服务器。", ents)
    assert of_type(got, "prioritizes") == {("2030某某算力大会", "prioritizes", "液冷服务器")}


def test_a_joint_name_the_anaphor_does_not_head_stands_for_both():
    ents = {"2030某某算力大会": "Event", "某某国际算力博览会": "Event", "液冷服务器": "Technology"}
    got = run("2030某某算力大会暨某某国际算力博览会在某地开幕。本届论坛聚焦液冷服务器。", ents)
    assert of_type(got, "prioritizes") == {("2030某某算力大会", "prioritizes", "液冷服务器"),
                                           ("某某国际算力博览会", "prioritizes", "液冷服务器")}


# --- appliedIn ---------------------------------------------------------------------------

def test_technologies_used_to_transform_a_sector_are_applied_in_it():
    ents = {"数字孪生": "Technology", "知识图谱": "Technology", "陶瓷业": "Industry"}
    got = run("运用数字孪生、知识图谱等技术，推动陶瓷业数字化转型。", ents)
    assert of_type(got, "appliedIn") == {("数字孪生", "appliedIn", "陶瓷业"), ("知识图谱", "appliedIn", "陶瓷业")}
    assert of_type(got, "enables") == set()


def test_technologies_used_to_grow_a_sector_still_enable_it():
    ents = {"数字孪生": "Technology", "陶瓷业": "Industry"}
    got = run("运用数字孪生技术，加快陶瓷业高端化发展。", ents)
    assert of_type(got, "enables") == {("数字孪生", "enables", "陶瓷业")}


def test_technologies_applied_after_a_sector_transformation_are_applied_in_it():
    ents = {"机器视觉": "Technology", "边缘计算": "Technology", "仓储物流": "Industry"}
    got = run("加快仓储物流数字化、智能化改造，推广应用机器视觉和边缘计算等技术。", ents)
    assert of_type(got, "appliedIn") == {("机器视觉", "appliedIn", "仓储物流"), ("边缘计算", "appliedIn", "仓储物流")}


def test_products_spread_after_a_sector_transformation_are_not_applied_in_it():
    ents = {"无人叉车": "Technology", "仓储物流": "Industry"}
    got = run("推动仓储物流数字化转型，推广无人叉车。", ents)
    assert of_type(got, "appliedIn") == set()


def test_the_activity_a_technology_carries_out_is_its_field_not_a_priority():
    ents = {PLAN: "Policy", "无人机": "Technology", "景区巡检": "Industry"}
    got = run(f"某市印发{PLAN}，提出运用无人机开展景区巡检。", ents)
    assert ("无人机", "appliedIn", "景区巡检") in got
    assert (PLAN, "prioritizes", "景区巡检") not in got
    assert (PLAN, "prioritizes", "无人机") in got


def test_a_list_and_the_class_closing_it_are_applied_in_the_fields():
    ents = {"PLC": "Technology", "DCS": "Technology", "控制类软件": "Technology", "造纸": "Industry", "水泥": "Industry"}
    got = run("PLC、DCS等控制类软件已在造纸和水泥行业大规模应用。", ents)
    assert of_type(got, "appliedIn") == {(t, "appliedIn", s) for t in ("PLC", "DCS", "控制类软件") for s in ("造纸", "水泥")}


def test_a_technology_set_in_named_scenes_is_applied_in_them():
    ents = {"光子芯片": "Technology", "港口调度": "Industry", "电网巡检": "Industry"}
    got = run("光子芯片在港口调度和电网巡检场景中显示出高能效优势。", ents)
    assert of_type(got, "appliedIn") == {("光子芯片", "appliedIn", "港口调度"), ("光子芯片", "appliedIn", "电网巡检")}


def test_a_technology_with_a_share_in_named_fields_is_applied_in_them():
    ents = {"某某数据库": "Technology", "证券": "Industry", "保险": "Industry"}
    got = run("某某数据库在证券、保险等行业的市场份额逐年上升。", ents)
    assert of_type(got, "appliedIn") == {("某某数据库", "appliedIn", "证券"), ("某某数据库", "appliedIn", "保险")}


def test_fields_named_in_a_frame_are_not_priorities_of_the_plan():
    ents = {PLAN: "Policy", "光子芯片": "Technology", "港口调度": "Industry"}
    got = run(f"某市印发{PLAN}，提出光子芯片要在港口调度等场景中率先突破。", ents)
    assert (PLAN, "prioritizes", "港口调度") not in got


def test_a_platform_bringing_a_technology_into_scenes_is_not_what_is_applied():
    ents = {"某某云": "Technology", "数字人": "Technology", "直播带货": "Industry", "远程教学": "Industry"}
    got = run("某某云在直播带货、远程教学等场景引入数字人，帮助商家降本增效。", ents)
    assert ("某某云", "appliedIn", "直播带货") not in got
    assert ("数字人", "appliedIn", "直播带货") in got


def test_a_technology_embedded_in_named_steps_is_applied_in_them():
    ents = {"大模型": "Technology", "配方设计": "Industry", "质量检测": "Industry"}
    got = run("专家认为，大模型有望嵌入配方设计和质量检测环节。", ents)
    assert of_type(got, "appliedIn") == {("大模型", "appliedIn", "配方设计"), ("大模型", "appliedIn", "质量检测")}


# --- enables -----------------------------------------------------------------------------

def test_a_pilot_of_a_technology_drives_what_the_next_clause_names():
    ents = {"某某市": "Region", "智慧灯杆": "Technology", "城市治理": "Industry", "夜间经济": "Industry"}
    got = run("某某市已开展智慧灯杆应用试点，带动城市治理和夜间经济发展。", ents)
    assert of_type(got, "enables") == {("智慧灯杆", "enables", "城市治理"), ("智慧灯杆", "enables", "夜间经济")}


def test_reported_subjects_drive_what_a_later_clause_names():
    ents = {"储能产业": "Industry", "钠电池": "Technology", "液流电池": "Technology",
            "电网调峰": "Industry", "新型电力系统": "Technology"}
    got = run("报告认为，储能产业下游的钠电池和液流电池将率先实现量产，带动电网调峰和新型电力系统发展。", ents)
    assert of_type(got, "enables") == {(h, "enables", t) for h in ("钠电池", "液流电池") for t in ("电网调峰", "新型电力系统")}


def test_a_subject_later_creating_new_trades_enables_them():
    ents = {"某某日报": "Publication", "数字人": "Technology", "直播": "Industry", "虚拟主播": "Industry", "形象设计": "Industry"}
    got = run("某某日报评论认为，数字人可以全天候工作，在直播等场景中替代部分人工，也将催生虚拟主播和形象设计等新职业。", ents)
    assert of_type(got, "enables") == {("数字人", "enables", "虚拟主播"), ("数字人", "enables", "形象设计")}


def test_a_later_clause_with_its_own_subject_is_not_the_technology_s():
    ents = {"钠电池": "Technology", "电网调峰": "Industry"}
    got = run("报告认为，钠电池将率先实现量产，政府部门推动电网调峰发展。", ents)
    assert of_type(got, "enables") == set()


def test_a_technology_used_for_an_activity_does_not_enable_what_the_next_clause_develops():
    ents = {"无人机": "Technology", "森林旅游": "Industry"}
    got = run("运用无人机开展林区巡护，发展森林旅游。", ents)
    assert of_type(got, "enables") == set()
