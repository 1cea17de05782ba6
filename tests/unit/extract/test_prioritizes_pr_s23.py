"""prioritizes drafting formulas (made-up sentences; the mentions are given, so
each test checks the relation rule).

- 按照/根据《规划》，A要重点发展B、C…: a sentence opened by the policy it
  follows states that policy's content.
- 《政策》对A给予B，并支持C、D…: the policy stays the subject of the directive
  joined to its clause by 并/同时/还.
- 《X》列出了N类场景，包括A、B…: the areas a policy lists are its priorities.
- 推动X在A、B等领域加快发展: the fields something develops in are no priorities.
- a speaker's remark at an annual conference or forum is no priority of it.
- 印发《X》，依托…，巩固A…，做强B: the first directive opening a clause is read.
- 打造一批基于A的平台: what a plan builds on a technique directs it (明确基于A的
  产品的审评要求 does not).
- 对A和B企业的研发投入…加计扣除: a tax preference, like a subsidy, is a priority.
- 《关于加快智慧X建设的意见》: the sector X the compound serves is no priority
  (titles.compound_prefix).
- 实施A，深入推进《B》，促进C: 推进 taking a policy opens no clause of A's; C is B's.
- an expo's exhibition areas (设置A、B等展区) are no priority; its sections (分为A、B两大板块) are.
- 印发《X》，设定目标：到2035年A…: the targets an issued policy sets are its priorities.- 峰会由A共同举办，聚焦B: the focus after the hosts' clause is the summit's.- 峰会把A列为…议题 / 通过了《…倡议》，倡议各国加快B: an agenda item and an
  appeal's echoed content are priorities.- 《纲要》在改造提升A一章中要求…: the sector the chapter upgrades is a priority too.
"""
from support.relations import of_type, run

TEC, IND, POL, EVT = "Technology", "Industry", "Policy", "Event"


def test_a_sentence_opened_by_according_to_the_policy_states_its_priorities():
    ents = {"《规划》": POL, "海洋产业": IND, "海水淡化": IND, "海洋牧场": IND}
    got = of_type(run("按照《规划》，海洋产业要重点发展海水淡化和海洋牧场。", ents), "prioritizes")
    assert {("《规划》", "prioritizes", "海水淡化"), ("《规划》", "prioritizes", "海洋牧场")} <= got
    got = of_type(run("根据《规划》的部署，海洋产业要重点发展海水淡化和海洋牧场。", ents), "prioritizes")
    assert ("《规划》", "prioritizes", "海洋牧场") in got
    # a clause that merely refers to the policy in passing is not opened by it
    got = of_type(run("企业按照《规划》申报项目，海洋产业规模扩大。", ents), "prioritizes")
    assert not got


def test_a_policy_granting_something_goes_on_supporting_what_follows():
    ents = {"《措施》": POL, "工业软件": TEC, "数据库": TEC}
    text = "《措施》对符合条件的企业给予研发费用补助，并支持工业软件、数据库的攻关。"
    assert of_type(run(text, ents), "prioritizes") == {
        ("《措施》", "prioritizes", "工业软件"), ("《措施》", "prioritizes", "数据库")}
    # the policy the issuer publishes is the object of 印发, not the subject of 支持
    text = "某厅印发《措施》并召开推进会，同时支持工业软件、数据库的攻关。"
    assert not of_type(run(text, ents), "prioritizes")


def test_the_scenes_a_policy_lists_are_its_priorities():
    ents = {"《纲要》": POL, "智慧港口": IND, "智慧园区": IND, "智能电网": TEC}
    text = "《纲要》以附表形式列出了六类应用场景，包括智慧港口、智慧园区和智能电网，要求逐步推开。"
    assert of_type(run(text, ents), "prioritizes") == {
        ("《纲要》", "prioritizes", "智慧港口"), ("《纲要》", "prioritizes", "智慧园区"),
        ("《纲要》", "prioritizes", "智能电网")}


def test_the_fields_something_develops_in_are_no_priorities():
    ents = {"《方案》": POL, "共享出行": IND, "物流": IND, "旅游": IND, "养老": IND}
    text = "《方案》提出推动共享出行在物流、旅游和养老等领域加快发展。"
    assert of_type(run(text, ents), "prioritizes") == {("《方案》", "prioritizes", "共享出行")}
    # in a field, developing an object: the field is the policy's area
    text = "《方案》提出在物流领域发展共享出行。"
    assert ("《方案》", "prioritizes", "共享出行") in of_type(run(text, ents), "prioritizes")


def test_a_remark_at_an_annual_conference_is_no_priority_of_it():
    ents = {"第九届中国纺织年会": EVT, "纺织行业": IND}
    assert not of_type(run("某报评论员在第九届中国纺织年会上发言时指出，纺织行业数字化已进入新阶段。", ents), "prioritizes")
    # a policy-setting meeting still prioritizes what is stressed there
    ents = {"全省工业工作会议": EVT, "纺织行业": IND}
    got = of_type(run("在全省工业工作会议上，省长指出，要推动纺织行业数字化转型。", ents), "prioritizes")
    assert ("全省工业工作会议", "prioritizes", "纺织行业") in got


def test_a_clause_opening_directive_after_a_base_clause_is_read_before_a_later_one():
    ents = {"某某市通用航空产业发展行动方案": POL, "某某市经济和信息化局": "Institution", "教练机": TEC, "航空复合材料": IND}
    text = "某某市经济和信息化局出台某某市通用航空产业发展行动方案，依托龙头企业，巩固教练机整机研制优势，做强航空复合材料。"
    got = of_type(run(text, ents), "prioritizes")
    assert {("某某市通用航空产业发展行动方案", "prioritizes", "教练机"),
            ("某某市通用航空产业发展行动方案", "prioritizes", "航空复合材料")} <= got


def test_what_a_plan_builds_on_a_technique_directs_that_technique():
    ents = {"《方案》": POL, "数字孪生": TEC, "卫星遥感": TEC}
    got = of_type(run("《方案》要求打造一批基于卫星遥感和数字孪生的防汛监测平台。", ents), "prioritizes")
    assert {("《方案》", "prioritizes", "数字孪生"), ("《方案》", "prioritizes", "卫星遥感")} <= got
    # the technique a regulated product is based on is still no priority
    got = of_type(run("《方案》明确基于数字孪生的防汛软件的审评要求。", ents), "prioritizes")
    assert ("《方案》", "prioritizes", "数字孪生") not in got


def test_what_a_policy_grants_a_tax_preference_is_its_priority():
    ents = {"《指引》": POL, "光刻机": TEC, "工业母机": TEC}
    text = "某局发布《指引》，梳理了多项措施，其中对工业母机和光刻机企业的研发费用按较高比例税前加计扣除。"
    assert of_type(run(text, ents), "prioritizes") == {
        ("《指引》", "prioritizes", "光刻机"), ("《指引》", "prioritizes", "工业母机")}


def test_a_policy_pushed_on_after_an_implemented_one_owns_the_next_clause():
    ents = {"质量强省战略": POL, "《制造2035》": POL, "机器人": TEC, "装备制造业": IND}
    got = of_type(run("实施质量强省战略，深入推进《制造2035》，促进机器人和装备制造业深度融合。", ents), "prioritizes")
    assert ("《制造2035》", "prioritizes", "装备制造业") in got
    assert not {r for r in got if r[0] == "质量强省战略"}


def test_the_sector_a_smart_or_digital_title_serves_is_no_priority_of_it():
    ents = {"《关于加快智慧渔业建设的意见》": POL, "北斗导航": TEC, "渔业": IND, "水下机器人": TEC}
    text = "某部印发《关于加快智慧渔业建设的意见》，提出推广水下机器人，推进北斗导航在渔业领域的应用。"
    got = of_type(run(text, ents), "prioritizes")
    assert ("《关于加快智慧渔业建设的意见》", "prioritizes", "渔业") not in got
    assert ("《关于加快智慧渔业建设的意见》", "prioritizes", "水下机器人") in got
    # a title on the sector itself is still named after it
    ents = {"《关于加快渔业转型升级的意见》": POL, "北斗导航": TEC, "渔业": IND, "水下机器人": TEC}
    text = "某部印发《关于加快渔业转型升级的意见》，提出推广水下机器人，推进北斗导航在渔业领域的应用。"
    assert ("《关于加快渔业转型升级的意见》", "prioritizes", "渔业") in of_type(run(text, ents), "prioritizes")


def test_an_expo_s_exhibition_areas_are_no_priority_but_its_sections_are():
    ents = {"第五届海洋经济博览会": EVT, "海洋牧场": IND, "海水淡化": IND}
    got = run("第五届海洋经济博览会在某市开幕，设置海洋牧场和海水淡化等展区。", ents)
    assert not of_type(got, "prioritizes")
    got = run("第五届海洋经济博览会在某市开幕，分为海洋牧场和海水淡化两大板块。", ents)
    assert of_type(got, "prioritizes") == {("第五届海洋经济博览会", "prioritizes", "海洋牧场"),
                                           ("第五届海洋经济博览会", "prioritizes", "海水淡化")}


def test_the_targets_an_issued_policy_sets_are_its_priorities():
    ents = {"《氢能指导意见》": POL, "氢能产业": IND}
    got = run("某部印发《氢能指导意见》，设定目标：到2040年氢能产业整体竞争力位居全球前列。", ents)
    assert of_type(got, "prioritizes") == {("《氢能指导意见》", "prioritizes", "氢能产业")}


def test_a_summit_focuses_on_what_follows_the_clause_naming_its_hosts():
    ents = {"2031年智能制造全球峰会": EVT, "国际标准化组织": "Institution", "工业机器人": TEC}
    text = "2031年智能制造全球峰会在维也纳举行。峰会由国际标准化组织和多家机构共同举办，聚焦工业机器人标准制定。"
    assert of_type(run(text, ents), "prioritizes") == {("2031年智能制造全球峰会", "prioritizes", "工业机器人")}


def test_a_summit_s_agenda_and_the_appeal_it_adopts_state_priorities():
    ents = {"金砖国家领导人第二十次会晤": EVT, "数字贸易": IND, "《数字贸易合作倡议》": POL,
            "跨境电商": IND, "移动支付": TEC}
    text = ("金砖国家领导人第二十次会晤在某地举行。会晤首次把数字贸易列为合作框架中的一项重要议题，"
            "通过了《数字贸易合作倡议》，倡议各国加快跨境电商和移动支付合作。")
    got = of_type(run(text, ents), "prioritizes")
    assert ("金砖国家领导人第二十次会晤", "prioritizes", "数字贸易") in got
    assert {("《数字贸易合作倡议》", "prioritizes", "跨境电商"), ("《数字贸易合作倡议》", "prioritizes", "移动支付")} <= got
    # a plan whose next clause merely calls on someone is no appeal of its own
    ents = {"《数字贸易规划》": POL, "跨境电商": IND}
    assert not of_type(run("某市印发《数字贸易规划》，呼吁企业发展跨境电商。", ents), "prioritizes")


def test_a_chapter_frame_that_upgrades_a_sector_names_a_priority():
    ents = {"《纲要》": POL, "纺织业": IND, "碳纤维": TEC}
    got = of_type(run("《纲要》在改造提升纺织业一章中要求，化纤企业要发展碳纤维。", ents), "prioritizes")
    assert {("《纲要》", "prioritizes", "纺织业"), ("《纲要》", "prioritizes", "碳纤维")} <= got
