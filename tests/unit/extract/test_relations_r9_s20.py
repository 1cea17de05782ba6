"""Relation rules of session 20 (prioritizes / enables): what an issued plan's
first clauses push, build or consolidate; a policy or project implemented *well*
(实施好X) is still the object of the sentence's proposer; a technology that opens
its clause with its own application drives what the next clause names; a list
closed by its class (A、B等新型基础设施) provides for what follows. Made-up
sentences; the mentions are given, so each test checks the rule, not the
recogniser."""
from support.relations import of_type, run

POL, TEC, IND, INS = "Policy", "Technology", "Industry", "Institution"


def test_an_issued_plan_prioritizes_what_its_first_clauses_push_and_break_through():
    text = "青川市科学技术局出台青川市机器人产业提质行动方案，推动机器人企业向高端化转型，重点突破伺服电机、精密减速器和控制器，建设区域级工业互联网平台。"
    got = of_type(run(text, {"青川市科学技术局": INS, "青川市机器人产业提质行动方案": POL, "伺服电机": TEC,
                             "精密减速器": TEC, "控制器": TEC, "工业互联网平台": TEC}), "prioritizes")
    assert {t for _, _, t in got} == {"伺服电机", "精密减速器", "控制器", "工业互联网平台"}


def test_an_issued_plan_prioritizes_after_a_clause_naming_its_base():
    # 依托… names the base (not a priority); the clause after it states what the plan develops
    text = "青川市人民政府印发青川市康养产业行动方案，依托青川湖的生态资源，发展智慧康养和康复辅具。"
    got = of_type(run(text, {"青川市人民政府": INS, "青川市康养产业行动方案": POL, "青川湖": "Region",
                             "智慧康养": IND, "康复辅具": TEC}), "prioritizes")
    assert got == {("青川市康养产业行动方案", "prioritizes", "智慧康养"),
                   ("青川市康养产业行动方案", "prioritizes", "康复辅具")}


def test_a_plan_compiled_to_completion_prioritizes_what_it_consolidates():
    text = "青川市发展改革委编制完成青川市光伏产业发展规划，巩固颗粒硅产能优势，布局光伏玻璃等配套项目。"
    got = of_type(run(text, {"青川市发展改革委": INS, "青川市光伏产业发展规划": POL, "颗粒硅": TEC,
                             "光伏玻璃": TEC}), "prioritizes")
    assert {t for _, _, t in got} == {"颗粒硅", "光伏玻璃"}


def test_an_issued_policy_with_no_directive_verb_prioritizes_nothing():
    text = "青川市人民政府印发青川市光伏产业发展规划，这标志着光伏玻璃项目进入新阶段。"
    got = of_type(run(text, {"青川市人民政府": INS, "青川市光伏产业发展规划": POL, "光伏玻璃": TEC}), "prioritizes")
    assert got == set()


def test_a_project_implemented_well_does_not_take_the_proposers_priorities():
    text = "青川市政府工作报告提出加快建设科技强市，实施好重大科技专项行动，推动合成生物和商业航天等领域的协同攻关。"
    got = of_type(run(text, {"青川市政府工作报告": POL, "重大科技专项行动": POL, "合成生物": IND,
                             "商业航天": IND}), "prioritizes")
    assert ("青川市政府工作报告", "prioritizes", "合成生物") in got
    assert ("青川市政府工作报告", "prioritizes", "商业航天") in got


def test_a_technology_applied_in_fields_then_drives_the_next_clauses_sector():
    text = "业内人士认为，量子计算有望率先在金融、医药和材料领域实现大规模应用，并带动芯片和软件产业升级。"
    got = run(text, {"量子计算": TEC, "金融": IND, "医药": IND, "材料": IND, "芯片": TEC, "软件产业": IND})
    assert of_type(got, "enables") == {("量子计算", "enables", "芯片"), ("量子计算", "enables", "软件产业")}
    assert ("量子计算", "appliedIn", "金融") in got


def test_a_technology_with_broad_prospects_then_drives_the_next_clauses_sector():
    text = "原子干涉技术在惯性导航和重力测量等领域具有巨大应用前景，并将带动仪器仪表产业升级。"
    got = of_type(run(text, {"原子干涉技术": TEC, "惯性导航": IND, "重力测量": IND, "仪器仪表产业": IND}), "enables")
    assert got == {("原子干涉技术", "enables", "仪器仪表产业")}


def test_a_next_clause_pushing_another_technologys_application_is_not_driven():
    text = "量子计算有望在金融领域实现应用，并推动量子通信在电力中的应用。"
    got = of_type(run(text, {"量子计算": TEC, "金融": IND, "量子通信": TEC, "电力": IND}), "enables")
    assert ("量子计算", "enables", "量子通信") not in got


def test_a_list_closed_by_its_class_provides_for_each_sector():
    text = "卫星互联网、算力网络等新型基础设施的建成，也为茶叶、竹木等山区企业的网络化升级提供了条件。"
    got = of_type(run(text, {"卫星互联网": TEC, "算力网络": TEC, "新型基础设施": TEC, "茶叶": IND, "竹木": IND}), "enables")
    assert {("卫星互联网", "enables", "茶叶"), ("算力网络", "enables", "竹木")} <= got
