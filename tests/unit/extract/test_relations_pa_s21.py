"""enables, appliedIn and partOf drafting and commentary formulas (made-up
sentences; the mentions are given, so each test checks the relation rule).

- A为B提供支撑，同时赋能C、D: the subject, not B (the object of 为), drives C and D.
- A与B的结合将加速C: both partners of the combination drive C.
- 推动A与B深度融合，优先在C、D等重点行业开展试点: A is applied in C and D.
- A、B和C是X（区别于Y）的三大关键技术: the techniques are parts of X.
"""
from support.relations import of_type, run

TEC, IND = "Technology", "Industry"


def test_the_subject_providing_for_an_object_drives_the_next_clause_s_fields():
    ents = {"边缘计算": TEC, "视觉检测": TEC, "纺织业": IND, "陶瓷业": IND}
    got = run("评论认为，边缘计算为视觉检测部署提供支撑，同时赋能纺织业、陶瓷业等行业。", ents)
    assert {("边缘计算", "enables", "纺织业"), ("边缘计算", "enables", "陶瓷业")} <= got
    assert not {r for r in of_type(got, "enables") if r[0] == "视觉检测"}


def test_both_partners_of_a_combination_drive_what_it_speeds_up():
    ents = {"卫星定位": TEC, "激光雷达": TEC, "无人驾驶": TEC}
    got = run("专家表示，卫星定位与激光雷达的结合将加速无人驾驶的商业化落地。", ents)
    assert {("卫星定位", "enables", "无人驾驶"), ("激光雷达", "enables", "无人驾驶")} <= got


def test_a_promoted_technology_is_applied_in_the_fields_it_is_piloted_in_first():
    ents = {"区块链": TEC, "港口": IND, "仓储": IND}
    got = run("方案提出推动区块链与供应链管理深度融合，率先在港口、仓储等重点行业开展试点。", ents)
    assert {("区块链", "appliedIn", "港口"), ("区块链", "appliedIn", "仓储")} <= of_type(got, "appliedIn")
    # an activity demonstrated there is no pilot of the technology
    got = run("方案提出推动区块链与供应链管理深度融合，率先在港口、仓储等重点行业开展演练。", ents)
    assert not of_type(got, "appliedIn")


def test_the_key_technologies_of_a_system_are_its_parts_not_those_of_its_foil():
    ents = {"固态电解质": TEC, "锂金属负极": TEC, "叠片工艺": TEC, "固态电池": TEC, "液态电池": TEC}
    got = run("文章认为，固态电解质、锂金属负极和叠片工艺是固态电池区别于液态电池的三大关键技术。", ents)
    assert of_type(got, "partOf") == {(x, "partOf", "固态电池") for x in ("固态电解质", "锂金属负极", "叠片工艺")}


def test_a_technology_opening_new_room_in_fields_is_applied_there():
    ents = {"氢燃料电池": TEC, "矿区运输": IND, "城际物流": IND}
    got = run("分析人士认为，氢燃料电池有望在矿区运输和城际物流等领域打开新空间。", ents)
    assert of_type(got, "appliedIn") == {("氢燃料电池", "appliedIn", "矿区运输"), ("氢燃料电池", "appliedIn", "城际物流")}


def test_a_kind_among_them_named_after_a_category_just_named_is_its_part():
    ents = {"风冷": TEC, "液冷": TEC, "自然冷却": TEC, "智算中心": TEC, "冷板式液冷": TEC}
    got = run("研究认为，风冷、液冷和自然冷却是智算中心的主要散热路线，其中冷板式液冷已大规模商用。", ents)
    assert ("冷板式液冷", "partOf", "液冷") in got
    # a thing 其中 names that is not named after the category is no part of it
    got = run("当前，卫星互联网产业加速发展，其中相控阵天线最为关键。", {"卫星互联网产业": IND, "相控阵天线": TEC})
    assert not of_type(got, "partOf")


def test_a_first_trial_of_use_with_no_subject_is_of_the_paragraph_s_technology():
    ents = {"巡检机器狗": TEC, "激光雷达": TEC, "步态算法": TEC, "变电站": IND, "化工园区": IND}
    text = "研究院认为，巡检机器狗正走出实验室，其核心依赖激光雷达和步态算法。报告建议先行在变电站、化工园区等领域开展应用试点，积累实测数据。"
    assert of_type(run(text, ents), "appliedIn") == {("巡检机器狗", "appliedIn", "变电站"), ("巡检机器狗", "appliedIn", "化工园区")}
    # a trial of operation there is no use of the technology
    text = text.replace("开展应用试点", "推动规模化运营")
    assert not of_type(run(text, ents), "appliedIn")


def test_a_technology_whose_use_the_next_clause_extends_is_applied_in_those_fields():
    ents = {"北斗导航": TEC, "渔业": IND, "林业": IND, "测绘": IND, "物流": IND}
    got = run("方案提出稳步推进北斗导航在渔业领域的示范应用，扩大在林业、测绘和物流等领域的应用，推动终端国产化。", ents)
    assert {("北斗导航", "appliedIn", x) for x in ("林业", "测绘", "物流")} <= got


def test_a_technology_named_by_its_mode_is_part_of_the_category_named_before():
    ents = {"外骨骼": TEC, "穿戴式外骨骼": TEC, "非穿戴式外骨骼": TEC}
    got = run("外骨骼正走出实验室。专家表示，穿戴式外骨骼已进入康复科，非穿戴式外骨骼仍在验证。", ents)
    assert of_type(got, "partOf") == {("穿戴式外骨骼", "partOf", "外骨骼"), ("非穿戴式外骨骼", "partOf", "外骨骼")}
    # a sector named by its way of deployment, and the name of a field of its own, are no such kinds
    got = run("当地风电发展迅速，分布式风电装机快速增长。", {"风电": IND, "分布式风电": IND})
    assert not of_type(got, "partOf")
    got = run("人工智能加速演进，生成式人工智能成为热点。", {"人工智能": TEC, "生成式人工智能": TEC})
    assert not of_type(got, "partOf")


def test_a_product_made_to_supply_sectors_is_applied_in_them():
    ents = {"高导热陶瓷基板": TEC, "光伏逆变": IND, "储能产业": IND}
    got = run("方案支持企业研发高导热陶瓷基板以配套光伏逆变和储能产业，做强材料产业。", ents)
    assert of_type(got, "appliedIn") == {("高导热陶瓷基板", "appliedIn", "光伏逆变"), ("高导热陶瓷基板", "appliedIn", "储能产业")}
    # supplying a sector's chain or cluster is no use in the sector
    got = run("方案支持企业研发高导热陶瓷基板以配套储能产业集群。", ents)
    assert not of_type(got, "appliedIn")


def test_a_built_platform_empowering_a_sector_in_the_next_clause_enables_it():
    got = run("规划要求建设车联网平台，为物流业提质增效赋能，并开展示范。", {"车联网平台": TEC, "物流业": IND})
    assert ("车联网平台", "enables", "物流业") in got
