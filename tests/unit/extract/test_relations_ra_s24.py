"""prioritizes and appliedIn drafting formulas (made-up sentences; the mentions
are given, so each test checks the relation rule).

- 推进A、B等<a named technology class>在C领域的应用 / 与C深度融合 / 利用A、B等<class>推动C:
  the items are examples of the class the directive applies, not priorities of
  the sentence's policy (a list closed by an unknown word, 等新技术, keeps them).
- 推进A、B与C的集成应用: the technologies are applied in the sector, which stays
  a priority of the policy.
- 聚焦A、B等N个行业领域推进X…规模化应用: X is applied in the fields of the focus.
- A、B仍是X的主要应用行业: the sectors are X's fields.
- X在A（整机工厂）部署: what is deployed in a sector is applied there.
- B与A、C等领域（的）融合: a list closed by 等领域 is fields, not technologies.
- 本届大会以…为主题 three sentences after the event: the one event named before.
- 指引/细则/办法…同时要求/明确: a document noun stands for the policy named before.
- 《纲要》把实施X单列一章，要求…: the plan states what follows.
- X率先在A、B和C中推广: the fields a named technology spreads in are no priorities.
"""
from support.relations import of_type, run

TEC, IND, POL = "Technology", "Industry", "Policy"


def test_items_of_a_named_class_applied_in_a_field_are_no_priorities():
    ents = {"《纲要》": POL, "卫星通信": TEC, "北斗导航": TEC, "新一代信息技术": TEC, "智慧仓储": IND}
    text = "《纲要》提出，加快卫星通信、北斗导航等新一代信息技术在智慧仓储领域的应用。"
    got = run(text, ents)
    assert ("《纲要》", "prioritizes", "卫星通信") not in got
    assert ("《纲要》", "prioritizes", "北斗导航") not in got
    assert ("卫星通信", "appliedIn", "智慧仓储") in got
    # fused with a field: the same
    text = "《纲要》提出，推动卫星通信、北斗导航等新一代信息技术与智慧仓储深度融合。"
    assert ("《纲要》", "prioritizes", "北斗导航") not in run(text, ents)
    # used to drive a sector
    text = "《纲要》提出，利用卫星通信、北斗导航等新一代信息技术赋能智慧仓储转型。"
    assert ("《纲要》", "prioritizes", "卫星通信") not in run(text, ents)


def test_items_of_an_unnamed_class_or_of_a_developed_class_stay_priorities():
    ents = {"《纲要》": POL, "卫星通信": TEC, "北斗导航": TEC, "新一代信息技术": TEC, "智慧仓储": IND}
    # 新技术 is no name: the items are the priorities
    text = "《纲要》提出，加快卫星通信、北斗导航等新技术在智慧仓储领域的应用。"
    got = of_type(run(text, ents), "prioritizes")
    assert {("《纲要》", "prioritizes", "卫星通信"), ("《纲要》", "prioritizes", "北斗导航")} <= got
    # a class the policy develops: items and class both
    text = "《纲要》提出，大力发展卫星通信、北斗导航等新一代信息技术。"
    got = of_type(run(text, ents), "prioritizes")
    assert ("《纲要》", "prioritizes", "卫星通信") in got


def test_technologies_integrated_with_a_sector_are_applied_in_it():
    ents = {"《规划》": POL, "边缘计算": TEC, "机器视觉": TEC, "纺织业": IND}
    text = "《规划》要求推进边缘计算、机器视觉等新技术与纺织业的集成应用。"
    got = run(text, ents)
    assert {("边缘计算", "appliedIn", "纺织业"), ("机器视觉", "appliedIn", "纺织业")} <= got
    # the sector stays a priority of the plan
    assert ("《规划》", "prioritizes", "纺织业") in got


def test_a_technology_promoted_in_the_fields_of_a_focus_is_applied_there():
    ents = {"《计划》": POL, "智慧牧场": IND, "智慧渔业": IND, "卫星遥感": TEC}
    text = "《计划》聚焦智慧牧场、智慧渔业等6个行业领域推进卫星遥感场景创新和规模化应用。"
    got = run(text, ents)
    assert {("卫星遥感", "appliedIn", "智慧牧场"), ("卫星遥感", "appliedIn", "智慧渔业")} <= got
    assert ("《计划》", "prioritizes", "智慧渔业") in got
    # a focus with no application is none
    text = "《计划》聚焦智慧牧场、智慧渔业等领域推进卫星遥感研发。"
    assert not of_type(run(text, ents), "appliedIn")


def test_sectors_named_as_the_application_fields_of_a_technology():
    ents = {"机器视觉": TEC, "陶瓷": IND, "家具": IND}
    text = "业内人士表示，陶瓷和家具仍是机器视觉的主要应用行业。"
    assert of_type(run(text, ents), "appliedIn") == {
        ("机器视觉", "appliedIn", "陶瓷"), ("机器视觉", "appliedIn", "家具")}
    # a sector that is a market for something else is not this
    text = "业内人士表示，陶瓷和家具仍是机器视觉的主要销售对象。"
    assert not of_type(run(text, ents), "appliedIn")


def test_what_is_deployed_in_a_sector_is_applied_there():
    ents = {"边缘计算": TEC, "造纸": IND}
    text = "支持边缘计算在造纸生产车间部署。"
    assert ("边缘计算", "appliedIn", "造纸") in run(text, ents)


def test_a_list_closed_by_fields_is_no_list_of_technologies_a_sector_fuses():
    ents = {"氢能": IND, "数据中心": TEC, "港口机械": TEC}
    text = "氢能与数据中心、港口机械、冶金等领域的融合日益紧密。"
    assert not of_type(run(text, ents), "appliedIn")
    # technologies a sector fuses with, written as such, are still read
    ents = {"陶瓷": IND, "机器视觉": TEC, "数字孪生": TEC}
    text = "推动陶瓷与机器视觉、数字孪生深度融合。"
    assert ("机器视觉", "appliedIn", "陶瓷") in run(text, ents)


def test_this_meeting_stands_for_the_one_event_named_sentences_before():
    ents = {"第三届某某算力大会": "Event", "王某": "Person", "算力网络": TEC}
    text = ("第三届某某算力大会昨日在某市开幕。王某致辞指出，行业将迎来新机遇。"
            "多位嘉宾出席开幕式并发表演讲。本届大会以“建设算力网络”为主题。")
    assert ("第三届某某算力大会", "prioritizes", "算力网络") in run(text, ents)
    # with no event named before, the anaphor stands for nothing
    text = "王某致辞指出，行业将迎来新机遇。多位嘉宾出席开幕式并发表演讲。本届大会以“建设算力网络”为主题。"
    assert not of_type(run(text, {"王某": "Person", "算力网络": TEC}), "prioritizes")


def test_a_guideline_or_measure_named_by_its_document_noun_states_its_priorities():
    ents = {"《某某产业工作指引》": POL, "合成生物": TEC, "基因治疗": TEC}
    text = "某部印发《某某产业工作指引》。指引同时要求，支持企业发展合成生物、基因治疗。"
    assert of_type(run(text, ents), "prioritizes") == {
        ("《某某产业工作指引》", "prioritizes", "合成生物"), ("《某某产业工作指引》", "prioritizes", "基因治疗")}
    ents = {"《某某实施细则》": POL, "氢燃料电池": TEC}
    text = "某局出台《某某实施细则》。细则明确，重点支持氢燃料电池研发。"
    assert ("《某某实施细则》", "prioritizes", "氢燃料电池") in run(text, ents)


def test_a_plan_that_gives_a_strategy_a_chapter_then_demands():
    ents = {"《纲要》": POL, "某某强省战略": POL, "集成电路": IND, "航空航天": IND}
    text = "《纲要》把实施某某强省战略单列一章，要求推动集成电路、航空航天等产业创新发展。"
    got = of_type(run(text, ents), "prioritizes")
    assert {("《纲要》", "prioritizes", "集成电路"), ("《纲要》", "prioritizes", "航空航天")} <= got


def test_the_fields_a_named_technology_is_spread_in_are_no_priorities():
    ents = {"《规划》": POL, "氢能重卡": TEC, "港口集疏运": IND, "冷链物流": IND}
    text = "某市印发《规划》，提出支持氢能重卡率先在港口集疏运、冷链物流和环卫中推广。"
    got = run(text, ents)
    assert ("《规划》", "prioritizes", "氢能重卡") in got
    assert ("《规划》", "prioritizes", "港口集疏运") not in got
    assert ("《规划》", "prioritizes", "冷链物流") not in got
    # key fields a plan names stay its priorities
    text = "某市印发《规划》，提出支持氢能重卡在港口集疏运、冷链物流等重点领域推广。"
    assert ("《规划》", "prioritizes", "港口集疏运") in run(text, ents)
