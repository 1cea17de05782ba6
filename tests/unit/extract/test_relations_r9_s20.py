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
    text = "青川市工业和信息化局出台青川市机器人产业提升行动方案，推动机器人企业向高端化转型，重点突破伺服电机、精密减速器和控制器，建设行业级工业互联网平台。"
    got = of_type(run(text, {"青川市工业和信息化局": INS, "青川市机器人产业提升行动方案": POL, "伺服电机": TEC,
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
    text = "青川市发展改革委编制完成青川市光伏产业发展规划，巩固高纯晶硅产能优势，布局光伏玻璃等配套项目。"
    got = of_type(run(text, {"青川市发展改革委": INS, "青川市光伏产业发展规划": POL, "高纯晶硅": TEC,
                             "光伏玻璃": TEC}), "prioritizes")
    assert {t for _, _, t in got} == {"高纯晶硅", "光伏玻璃"}


def test_an_issued_policy_with_no_directive_verb_prioritizes_nothing():
    text = "青川市人民政府印发青川市光伏产业发展规划，这标志着光伏玻璃项目进入新阶段。"
    got = of_type(run(text, {"青川市人民政府": INS, "青川市光伏产业发展规划": POL, "光伏玻璃": TEC}), "prioritizes")
    assert got == set()


def test_a_project_implemented_well_does_not_take_the_proposers_priorities():
    text = "青川市政府工作报告要求推进科技自立自强，实施好关键核心技术攻关工程，推动集成电路和量子信息等领域的技术攻关。"
    got = of_type(run(text, {"青川市政府工作报告": POL, "关键核心技术攻关工程": POL, "集成电路": IND,
                             "量子信息": TEC}), "prioritizes")
    assert ("青川市政府工作报告", "prioritizes", "集成电路") in got
    assert ("青川市政府工作报告", "prioritizes", "量子信息") in got


def test_a_technology_applied_in_fields_then_drives_the_next_clauses_sector():
    text = "业内人士认为，量子计算有望率先在金融、医药和材料领域实现规模化应用，并带动芯片和软件产业升级。"
    got = run(text, {"量子计算": TEC, "金融": IND, "医药": IND, "材料": IND, "芯片": TEC, "软件产业": IND})
    assert of_type(got, "enables") == {("量子计算", "enables", "芯片"), ("量子计算", "enables", "软件产业")}
    assert ("量子计算", "appliedIn", "金融") in got


def test_a_technology_with_broad_prospects_then_drives_the_next_clauses_sector():
    text = "原子干涉技术在资源勘探和医学影像等领域具有广阔应用前景，并将带动仪器仪表产业升级。"
    got = of_type(run(text, {"原子干涉技术": TEC, "资源勘探": IND, "医学影像": IND, "仪器仪表产业": IND}), "enables")
    assert got == {("原子干涉技术", "enables", "仪器仪表产业")}


def test_a_next_clause_pushing_another_technologys_application_is_not_driven():
    text = "量子计算有望在金融领域实现应用，并推动量子通信在电力中的应用。"
    got = of_type(run(text, {"量子计算": TEC, "金融": IND, "量子通信": TEC, "电力": IND}), "enables")
    assert ("量子计算", "enables", "量子通信") not in got


def test_a_list_closed_by_its_class_provides_for_each_sector():
    text = "5G、物联网等新型基础设施的完善，也为纺织、食品等传统企业的数字化转型提供了支撑。"
    got = of_type(run(text, {"5G": TEC, "物联网": TEC, "新型基础设施": TEC, "纺织": IND, "食品": IND}), "enables")
    assert {("5G", "enables", "纺织"), ("物联网", "enables", "食品")} <= got
