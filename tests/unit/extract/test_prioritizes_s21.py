"""Prioritizes in the policy voice (session 21): what a policy, report or
meeting puts forward when its sentence has no directive verb per item (把A、B
确定为…, 确定的重点领域包括…, 以A为重点，培育B…), when a frame separates the
subject from its statement (在…一章中提出), when a name the sentence takes as an
object (把X落到实处, 建设X, 推进“X”) stands between them, and when a generic
noun or a speech stands for the policy or meeting named before; and what is no
priority (the scenes of a demonstration). Made-up sentences; the mentions are
given, so each test checks the rule, not the recogniser."""
from support.relations import of_type, run

POL, TEC, IND, INS, EVT, PER = "Policy", "Technology", "Industry", "Institution", "Event", "Person"


def tails(got: set, head: str) -> set:
    return {t for h, r, t in got if r == "prioritizes" and h == head}


def test_a_policy_taken_as_an_object_does_not_end_the_reports_statement():
    # 把X落到实处 / 建设X: X is the object of the report's sentence, not a new subject
    text = "青川市政府工作报告强调，今年要把青川人才战略落到实处，加快建设青川智造强市，推动合成生物和商业航天加快发展。"
    got = run(text, {"青川市政府工作报告": POL, "青川人才战略": POL, "青川智造强市": POL, "合成生物": IND,
                     "商业航天": IND})
    assert tails(got, "青川市政府工作报告") == {"合成生物", "商业航天"}


def test_a_quoted_name_after_its_verb_does_not_end_the_reports_statement():
    text = "青川市政府工作报告提出，在康养、文旅等领域推进“智慧+”，同时发展低空物流。"
    got = run(text, {"青川市政府工作报告": POL, "康养": IND, "文旅": IND, "智慧+": POL, "低空物流": IND})
    assert "低空物流" in tails(got, "青川市政府工作报告")


def test_an_issued_policy_prioritizes_what_it_designates_as_its_directions():
    text = "青川市工信局印发青川市新材料产业指南，把高纯石英、特种玻璃和碳纤维复材确定为全市三大发展方向。"
    got = run(text, {"青川市工信局": INS, "青川市新材料产业指南": POL, "高纯石英": IND, "特种玻璃": IND,
                     "碳纤维复材": IND})
    assert tails(got, "青川市新材料产业指南") == {"高纯石英", "特种玻璃", "碳纤维复材"}


def test_a_policy_designates_items_even_when_the_recogniser_missed_the_first_ones():
    text = "青川市工信局印发青川市新材料产业指南，把高纯石英、特种玻璃和碳纤维复材确定为全市三大发展方向。"
    got = run(text, {"青川市工信局": INS, "青川市新材料产业指南": POL, "碳纤维复材": IND})
    assert tails(got, "青川市新材料产业指南") == {"碳纤维复材"}


def test_a_policy_prioritizes_the_areas_it_names():
    text = "《青川市制造强市规划》确定的重点领域包括工业母机、特种玻璃以及低空装备。"
    got = run(text, {"《青川市制造强市规划》": POL, "工业母机": IND, "特种玻璃": IND, "低空装备": TEC})
    assert tails(got, "《青川市制造强市规划》") == {"工业母机", "特种玻璃", "低空装备"}


def test_this_document_stands_for_the_policy_named_before_it():
    text = "青川市人民政府印发《青川智造2030》。这份文件作为全市实施青川强工战略的纲领性文件，其确定的重点领域包括工业母机和特种玻璃。"
    got = run(text, {"青川市人民政府": INS, "《青川智造2030》": POL, "青川强工战略": POL, "工业母机": IND,
                     "特种玻璃": IND})
    assert tails(got, "《青川智造2030》") == {"工业母机", "特种玻璃"}
    assert tails(got, "青川强工战略") == set()


def test_a_policy_prioritizes_its_focus_and_what_it_then_fosters():
    text = "《青川市智能产业行动计划》以智能语音为重点，培育陪护机器人、智能眼镜等产品，同时突破类脑芯片等核心基础。"
    got = run(text, {"《青川市智能产业行动计划》": POL, "智能语音": TEC, "陪护机器人": TEC, "智能眼镜": TEC,
                     "类脑芯片": TEC})
    assert tails(got, "《青川市智能产业行动计划》") == {"智能语音", "陪护机器人", "智能眼镜", "类脑芯片"}


def test_a_policy_implemented_around_a_focus_takes_nothing_from_it():
    # the policy is the object of 按照: the focus is not its statement
    text = "各区县按照《青川市智能产业行动计划》以智能语音为重点，培育陪护机器人。"
    got = run(text, {"《青川市智能产业行动计划》": POL, "智能语音": TEC, "陪护机器人": TEC})
    assert tails(got, "《青川市智能产业行动计划》") == set()


def test_a_plan_states_its_priorities_after_a_frame_naming_a_chapter():
    text = "《青川市“十四五”规划》在壮大新兴产业一章中提出，要推动固态电池、低空装备的产业化。"
    got = run(text, {"《青川市“十四五”规划》": POL, "新兴产业": IND, "固态电池": TEC, "低空装备": TEC})
    assert tails(got, "《青川市“十四五”规划》") == {"新兴产业", "固态电池", "低空装备"}


def test_a_topic_frame_is_no_priority():
    text = "《青川市“十四五”规划》在总结纺织业发展经验时提出，要推动固态电池的产业化。"
    got = run(text, {"《青川市“十四五”规划》": POL, "纺织业": IND, "固态电池": TEC})
    assert tails(got, "《青川市“十四五”规划》") == {"固态电池"}


def test_what_a_meeting_holds_is_its_priority():
    text = "青川市委经济工作会议在青川举行。会议认为，明年要培育发展低空经济和银发经济。"
    got = run(text, {"青川市委经济工作会议": EVT, "青川": "Region", "低空经济": IND, "银发经济": IND})
    assert tails(got, "青川市委经济工作会议") == {"低空经济", "银发经济"}


def test_a_speech_at_a_meeting_states_the_meetings_priorities():
    text = "李青川在青川市委财经委员会第三次会议上发表讲话。讲话指出，要巩固提升工业母机、特种玻璃等领域的优势。"
    got = run(text, {"李青川": PER, "青川市委财经委员会第三次会议": EVT, "工业母机": IND, "特种玻璃": IND})
    assert tails(got, "青川市委财经委员会第三次会议") == {"工业母机", "特种玻璃"}


def test_the_scenes_of_a_demonstration_are_no_priorities():
    text = "《青川市低空经济实施方案》提出，发展工业级无人机，同时在电网巡线、城市配送等场景开展低空应用示范。"
    got = run(text, {"《青川市低空经济实施方案》": POL, "工业级无人机": TEC, "电网巡线": IND, "城市配送": IND})
    assert tails(got, "《青川市低空经济实施方案》") == {"工业级无人机"}


def test_an_issued_plan_reads_past_a_base_clause_with_two_commas_after_it():
    text = "青川市人民政府印发青川市康养产业行动方案，依托青川湖的生态资源，发展智慧康养和康复辅具，推动可穿戴设备在居家养老中的应用。"
    got = run(text, {"青川市人民政府": INS, "青川市康养产业行动方案": POL, "青川湖": "Region", "智慧康养": IND,
                     "康复辅具": TEC, "可穿戴设备": TEC, "居家养老": IND})
    assert {"智慧康养", "康复辅具"} <= tails(got, "青川市康养产业行动方案")


def test_the_word_policy_stands_for_the_policy_named_before_it():
    text = "青川市经信局出台《青川市生物医药扶持政策》。政策聚焦创新药和高端医疗器械两个领域。"
    got = run(text, {"青川市经信局": INS, "《青川市生物医药扶持政策》": POL, "创新药": IND, "高端医疗器械": IND})
    assert tails(got, "《青川市生物医药扶持政策》") == {"创新药", "高端医疗器械"}


def test_a_document_that_supports_prioritizes_what_it_supports():
    text = "青川市政府日前出台关于推动海工装备产业集聚的若干措施。文件鼓励企业攻关深水钻井平台和大型铸锻件。"
    got = run(text, {"青川市政府": INS, "关于推动海工装备产业集聚的若干措施": POL, "深水钻井平台": TEC,
                     "大型铸锻件": TEC})
    assert tails(got, "关于推动海工装备产业集聚的若干措施") >= {"深水钻井平台", "大型铸锻件"}


def test_a_generic_noun_stands_for_the_policy_it_names_not_the_project_named_last():
    text = "青川市政府工作报告强调保持制造业比重稳定，实施青川领航企业工程。报告同时要求发展工业互联网。"
    got = run(text, {"青川市政府工作报告": POL, "制造业": IND, "青川领航企业工程": POL, "工业互联网": TEC})
    assert "工业互联网" in tails(got, "青川市政府工作报告")
    assert "工业互联网" not in tails(got, "青川领航企业工程")


def test_what_a_policy_subsidises_is_its_priority():
    text = "青川市政府日前出台关于支持储能产业壮大的若干政策，对钠硫电池、液流电池等新型电池项目给予一次性奖励。"
    got = run(text, {"青川市政府": INS, "关于支持储能产业壮大的若干政策": POL, "钠硫电池": TEC, "液流电池": TEC,
                     "新型电池": TEC})
    assert {"钠硫电池", "液流电池"} <= tails(got, "关于支持储能产业壮大的若干政策")


def test_an_implemented_action_prioritizes_what_its_first_clause_offers_its_audience():
    text = "青川市妇联实施“青川巾帼数字”行动，面向山区妇女开展数据标注、直播电商等培训，支持女性参与生物医药项目。"
    got = run(text, {"青川市妇联": INS, "“青川巾帼数字”行动": POL, "数据标注": IND, "直播电商": IND,
                     "生物医药": IND})
    assert tails(got, "“青川巾帼数字”行动") == {"数据标注", "直播电商", "生物医药"}



def test_a_policy_taken_as_the_object_of_coordinating_is_no_subject():
    # 统筹X建设布局: 布局 is a noun here and X the object of 统筹, not a plan that lays something out
    text = "青川市政府工作报告强调，今年要统筹数字青川建设布局，推进5G基站全域覆盖。"
    got = run(text, {"青川市政府工作报告": POL, "数字青川": POL, "5G": TEC})
    assert tails(got, "数字青川") == set()
    assert tails(got, "青川市政府工作报告") == {"5G"}


def test_a_plan_issued_with_its_years_written_before_its_name_states_priorities():
    text = ("青川市工信局印发面向2025至2027年的青川市低空经济行动计划，力争到2027年建成覆盖全市各区县和主要园区的低空飞行服务网络基础设施，"
            "推动无人机物流、载人电动飞行器等加快发展。")
    got = run(text, {"青川市工信局": INS, "青川市低空经济行动计划": POL, "无人机物流": IND, "载人电动飞行器": TEC})
    assert tails(got, "青川市低空经济行动计划") == {"无人机物流", "载人电动飞行器"}


def test_a_designated_direction_detailed_in_the_next_sentence_keeps_the_policy():
    text = "青川市工信局印发青川市新材料指南，把先进陶瓷和特种玻璃确定为两大发展方向。其中，特种玻璃要以超薄玻璃、光学玻璃等为重点。"
    got = run(text, {"青川市工信局": INS, "青川市新材料指南": POL, "先进陶瓷": IND, "特种玻璃": IND, "超薄玻璃": TEC,
                     "光学玻璃": TEC})
    assert tails(got, "青川市新材料指南") == {"先进陶瓷", "特种玻璃", "超薄玻璃", "光学玻璃"}


def test_what_a_study_session_is_about_is_its_priority():
    text = "青川市委第五次集体学习于5月8日下午举行，内容是合成生物发展现状和趋势。"
    got = run(text, {"青川市委第五次集体学习": EVT, "合成生物": IND})
    assert tails(got, "青川市委第五次集体学习") == {"合成生物"}


def test_the_sectors_a_service_supports_are_no_priorities():
    text = "《青川市气象发展纲要》提出，发展智能网格预报，增强气象服务对农业、交通等行业的支撑作用。"
    got = run(text, {"《青川市气象发展纲要》": POL, "智能网格预报": TEC, "农业": IND, "交通": IND})
    assert tails(got, "《青川市气象发展纲要》") == {"智能网格预报"}
