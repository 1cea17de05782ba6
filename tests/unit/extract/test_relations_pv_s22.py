"""prioritizes, appliedIn and enables drafting formulas of policy and
commentary text (made-up sentences; the mentions are given, so each test
checks the relation rule).

- 加快A示范推广应用，推动B、C等行业…: a directive series; A does not drive B
  (the plan directs both, so B stays its priority).
- A将与B、C等技术加速融合，赋能D: A drives D; the partners it fuses with do not.
- …，并支持在A、B等领域开展C应用示范: the fields are C's, not those of a list
  named in the clause before.
- 做优X产业。…推广A和B / 推进A、B等技术应用: the technologies a section
  directing one industry spreads are applied in it.
- A的突破将带动B…，并为C、D等行业提供…: A drives C and D too.
- 为A、B等行业提供X: X is applied in A and B.
- 《X》把推动A发展作为战略重点，要求…: the demands after the focus clause are
  the policy's priorities.
- 《X》要求，Y工业要推动A、B等行业…: a sector subject's directive keeps A and B
  the policy's priorities.
- （《X》）以A和B赋能C: A and B drive C, and C stays the policy's priority.
- A赋能B、C等传统产业: A also drives the class the list closes with.
- A正带动（某地）B转型: a place written before the sector does not hide it.
- B行业深度应用A / 在B环节大量使用（某公司的）A: A is applied in B.
- A、B等行业落地，形成了X等应用场景: a list whose clause has a predicate of its
  own is no field of the X applied in the next clause.
- 推动X产业与A、B协同发展: A and B are the policy's priorities as X is (the
  annotated sets read them so about three times in four);
  B行业深度应用A: B is A's field, not a priority.
"""
from support.relations import of_type, run

TEC, IND, POL = "Technology", "Industry", "Policy"


def test_a_technology_a_directive_spreads_does_not_drive_the_next_directive_s_sectors():
    ents = {"《规划》": POL, "余热发电": TEC, "造纸": IND, "玻璃": IND}
    got = run("《规划》要求加快余热发电示范推广应用，推动造纸、玻璃等行业节能降碳。", ents)
    assert not of_type(got, "enables")
    assert {("《规划》", "prioritizes", "造纸"), ("《规划》", "prioritizes", "玻璃")} <= got
    # the subject of its own spread (no directive before it), the technology still drives them
    got = run("报告认为，余热发电规模化应用，推动造纸、玻璃等行业节能降碳。", {"余热发电": TEC, "造纸": IND, "玻璃": IND})
    assert {("余热发电", "enables", "造纸"), ("余热发电", "enables", "玻璃")} <= got


def test_the_subject_fusing_with_partners_drives_what_the_fusion_serves_not_the_partners():
    ents = {"卫星互联网": TEC, "边缘计算": TEC, "区块链": TEC, "远洋渔业": IND, "应急通信": IND}
    got = run("专家认为，卫星互联网将与边缘计算、区块链等技术加速融合，赋能远洋渔业、应急通信等行业。", ents)
    assert of_type(got, "enables") == {("卫星互联网", "enables", "远洋渔业"), ("卫星互联网", "enables", "应急通信")}


def test_fields_a_later_clause_opens_a_demonstration_in_belong_to_its_own_technology():
    ents = {"边缘计算": TEC, "卫星定位": TEC, "北斗短报文": TEC, "航运": IND, "林业": IND}
    got = run("意见推动边缘计算同卫星定位协同发展，并支持在航运、林业等领域开展北斗短报文应用示范。", ents)
    assert of_type(got, "appliedIn") == {("北斗短报文", "appliedIn", "航运"), ("北斗短报文", "appliedIn", "林业")}


def test_technologies_a_section_directing_one_industry_spreads_are_applied_in_it():
    ents = {"纺织服装产业": IND, "数码印花": TEC, "智能裁床": TEC, "吊挂系统": TEC}
    text = "（二）做强纺织服装产业。巩固化纤原料优势，推广数码印花和智能裁床，推进吊挂系统等柔性生产技术应用。"
    assert of_type(run(text, ents), "appliedIn") == {
        ("数码印花", "appliedIn", "纺织服装产业"), ("智能裁床", "appliedIn", "纺织服装产业"),
        ("吊挂系统", "appliedIn", "纺织服装产业")}
    # put to use in a field it names, the technology is left to the field rules
    ents["家纺"] = IND
    text = "（二）做强纺织服装产业。推广数码印花在家纺领域的应用。"
    assert ("数码印花", "appliedIn", "纺织服装产业") not in run(text, ents)
    # a heading that names no industry directs nothing
    text = "（二）强化要素保障。推广数码印花和智能裁床。"
    assert not of_type(run(text, ents), "appliedIn")


def test_a_technology_driving_one_sector_also_drives_what_it_then_provides_for():
    ents = {"钠离子电池": TEC, "储能电站": TEC, "两轮车": IND, "通信基站": IND}
    got = run("业内认为，钠离子电池的突破将带动储能电站降本，并为两轮车、通信基站等领域提供低成本电源。", ents)
    assert {("钠离子电池", "enables", "两轮车"), ("钠离子电池", "enables", "通信基站")} <= got
    # with no clause that drives something first, 为…提供 alone is left to other rules
    got = run("业内认为，钠离子电池成本较低，并为两轮车、通信基站等领域提供低成本电源。", ents)
    assert ("钠离子电池", "enables", "两轮车") not in got


def test_a_technology_supplied_to_sectors_named_with_their_class_noun_is_applied_in_them():
    ents = {"机器视觉": TEC, "质检软件": TEC, "光伏": IND, "锂电": IND}
    got = run("该公司表示，将为光伏、锂电等行业提供机器视觉驱动的质检软件。", ents)
    assert of_type(got, "appliedIn") == {("质检软件", "appliedIn", "光伏"), ("质检软件", "appliedIn", "锂电")}
    # without the class noun (为光伏提供…) nothing is read as a sector supplied
    got = run("该公司表示，将为光伏提供质检软件。", ents)
    assert not of_type(got, "appliedIn")


def test_a_policy_s_demands_after_a_focus_clause_naming_an_industry_are_its_priorities():
    ents = {"《纲要》": POL, "文化产业": IND, "数字出版": IND, "动漫游戏": IND}
    got = run("《纲要》把推动文化产业大发展作为结构调整的重点，要求加快发展数字出版，培育壮大动漫游戏。", ents)
    assert {("《纲要》", "prioritizes", "数字出版"), ("《纲要》", "prioritizes", "动漫游戏")} <= got


def test_a_sector_subject_s_directive_keeps_its_list_the_policy_s_priorities():
    ents = {"《纲要》": POL, "轻纺工业": IND, "印染": IND, "化纤": IND}
    got = run("《纲要》要求，轻纺工业要推动印染、化纤等行业节能改造。", ents)
    assert {("《纲要》", "prioritizes", "印染"), ("《纲要》", "prioritizes", "化纤")} <= got


def test_technologies_a_plan_empowers_a_sector_with_drive_it_and_the_sector_stays_its_priority():
    ents = {"《措施》": POL, "机器视觉": TEC, "数字孪生": TEC, "陶瓷业": IND}
    got = run("《措施》提出，鼓励以机器视觉和数字孪生赋能陶瓷业。", ents)
    assert {("机器视觉", "enables", "陶瓷业"), ("数字孪生", "enables", "陶瓷业"),
            ("《措施》", "prioritizes", "陶瓷业")} <= got
    # 以A带动C: C is driven, but it is no priority of the plan
    got = run("《措施》提出，鼓励以机器视觉带动陶瓷业。", ents)
    assert ("机器视觉", "enables", "陶瓷业") in got and ("《措施》", "prioritizes", "陶瓷业") not in got


def test_a_technology_empowering_a_list_also_empowers_the_class_it_closes_with():
    ents = {"工业大模型": TEC, "纺织": IND, "造纸": IND, "传统产业": IND, "知识图谱": TEC}
    got = run("报告认为，工业大模型赋能纺织、造纸等传统产业。", ents)
    assert ("工业大模型", "enables", "传统产业") in got
    # the clause after a technology's own first clause (no subject of its own) too
    got = run("工业大模型为知识图谱构建提供支撑，同时赋能纺织、造纸等传统产业。", ents)
    assert ("工业大模型", "enables", "传统产业") in got
    # 带动 names examples of what is driven: the class is left out
    got = run("报告认为，工业大模型带动纺织、造纸等传统产业。", ents)
    assert ("工业大模型", "enables", "传统产业") not in got


def test_a_place_written_before_the_driven_sector_does_not_hide_it():
    ents = {"氢燃料电池": TEC, "佛山": "Region", "陶瓷产业": IND}
    got = run("评论称，氢燃料电池正带动佛山陶瓷产业转型。", ents)
    assert ("氢燃料电池", "enables", "陶瓷产业") in got


def test_a_sector_applying_technologies_with_an_adverb_of_degree_is_where_they_are_applied():
    ents = {"纺织行业": IND, "数字孪生": TEC, "边缘计算": TEC}
    got = run("方案支持纺织行业深度应用边缘计算与数字孪生。", ents)
    assert of_type(got, "appliedIn") == {("数字孪生", "appliedIn", "纺织行业"), ("边缘计算", "appliedIn", "纺织行业")}


def test_a_technology_used_in_a_named_link_is_applied_there():
    ents = {"焊装": IND, "协作机器人": TEC, "机器视觉": TEC}
    got = run("该工厂在焊装环节大量使用某公司的协作机器人和机器视觉。", ents)
    assert of_type(got, "appliedIn") == {("协作机器人", "appliedIn", "焊装"), ("机器视觉", "appliedIn", "焊装")}


def test_a_list_with_a_predicate_of_its_own_is_no_field_of_the_next_clause_s_application():
    ents = {"北斗": TEC, "智能巡检": TEC, "电网": IND, "水利": IND}
    got = run("案例显示，北斗已在电网、水利等行业落地，形成了智能巡检等一批应用场景。", ents)
    assert ("智能巡检", "appliedIn", "电网") not in got and ("智能巡检", "appliedIn", "水利") not in got
    # a list closed by 等 and a comma still names the fields (如A、B等，X的应用…)
    got = run("对于一些行业，如电网、水利等，智能巡检的应用有助于降低成本。", ents)
    assert {("智能巡检", "appliedIn", "电网"), ("智能巡检", "appliedIn", "水利")} <= got


def test_an_industry_s_partners_in_coordination_are_priorities_of_the_plan_too():
    ents = {"《方案》": POL, "光伏": IND, "农业": IND, "储能产业": IND, "人工智能": TEC, "物联网": TEC, "区块链": TEC}
    got = run("《方案》提出做强光伏，推动光伏与农业、储能产业协同发展。", ents)
    assert ("《方案》", "prioritizes", "光伏") in got
    assert {("《方案》", "prioritizes", "农业"), ("《方案》", "prioritizes", "储能产业")} <= got
    # technologies coordinated with technologies stay priorities
    got = run("《方案》提出推动人工智能同物联网、区块链协同发展。", ents)
    assert {("《方案》", "prioritizes", "物联网"), ("《方案》", "prioritizes", "区块链")} <= got


def test_a_sector_applying_technologies_is_their_field_not_the_plan_s_priority():
    ents = {"《方案》": POL, "纺织行业": IND, "边缘计算": TEC}
    got = run("《方案》提出，支持纺织行业深度应用边缘计算。", ents)
    assert ("边缘计算", "appliedIn", "纺织行业") in got and ("《方案》", "prioritizes", "纺织行业") not in got
