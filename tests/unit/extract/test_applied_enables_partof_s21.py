"""appliedIn, enables and partOf of round 21 (made-up sentences; the mentions
are given, so each test checks the relation rule, not the recogniser).

- A fusion with 实体经济 (the real economy as a whole, a category name of policy
  language) names no field: no appliedIn, and 实体经济 stays a priority.
- A directive that fuses a list with a sector, then the next directive (促进A、B
  与C融合，推动D转型), makes A and B enable nothing: both are the plan's.
- A list of products, then 在…场景开展<an activity>示范, is not applied there: the
  activity is what is demonstrated; nor is a list followed by 开展<another
  product>在…的应用示范.
- 从X延伸到Y、Z (the verb before 到); 拉动 as an enabling verb.
- partOf: （其中，）X要以A、B等为重点; 在A、B等领域培育一批X集群; 发展A、B等产业，
  做大做强X; 在X领域突破A、B等关键技术.
"""
from support.relations import of_type, run

TEC, IND, EVT = "Technology", "Industry", "Event"


def test_technologies_fused_with_the_real_economy_are_applied_in_no_field():
    text = "会议强调，推进云计算、区块链同实体经济紧密融合，壮大数字经济。"
    got = run(text, {"会议": EVT, "云计算": TEC, "区块链": TEC, "实体经济": IND, "数字经济": IND})
    assert not {r for r in of_type(got, "appliedIn") if r[2] == "实体经济"}


def test_a_technology_fused_with_a_sector_is_still_applied_in_it():
    got = run("推动区块链与物流业深度融合。", {"区块链": TEC, "物流业": IND})
    assert ("区块链", "appliedIn", "物流业") in got


def test_a_directive_fusing_a_list_with_a_sector_then_another_directive_enables_nothing():
    ents = {"物联网": TEC, "云计算": TEC, "实体经济": IND, "纺织业": IND, "化工业": IND}
    got = run("文件要求促进物联网、云计算与实体经济相互融合，推动纺织业和化工业智能化转型。", ents)
    assert not of_type(got, "enables")
    # the fusion as the clause's subject still drives what follows
    got = run("物联网、云计算与实体经济相互融合，推动纺织业和化工业智能化转型。", ents)
    assert ("物联网", "enables", "纺织业") in got


def test_products_then_an_activity_demonstrated_in_scenes_are_not_applied_there():
    ents = {"巡检机器人": TEC, "无人机": TEC, "电网巡检": IND, "港口物流": IND}
    got = run("某区提出发展巡检机器人和无人机，并在电网巡检、港口物流等场景开展自主飞行示范。", ents)
    assert not of_type(got, "appliedIn")
    got = run("某区提出推广巡检机器人，在电网巡检、港口物流等行业开展试点示范。", ents)
    assert ("巡检机器人", "appliedIn", "电网巡检") in got


def test_a_list_before_another_product_s_demonstration_is_not_applied():
    text = "重点发展硅片和光伏玻璃，加快产线数字化改造，开展钙钛矿电池在建筑领域的应用示范。"
    got = run(text, {"硅片": TEC, "光伏玻璃": TEC, "建筑": IND})
    assert not of_type(got, "appliedIn")


def test_spreading_from_a_field_with_the_verb_before_to():
    ents = {"卫星遥感": TEC, "气象预报": IND, "国土调查": IND, "森林防火": IND, "港口管理": IND}
    got = of_type(run("卫星遥感正从气象预报延伸到国土调查、森林防火和港口管理。", ents), "appliedIn")
    assert {t for _, _, t in got} == {"气象预报", "国土调查", "森林防火", "港口管理"}


def test_la_dong_is_an_enabling_verb():
    ents = {"固态电池": TEC, "锂金属负极": TEC, "固态电解质": TEC}
    got = run("业内认为，固态电池将拉动锂金属负极、固态电解质等配套产业升级。", ents)
    assert {("固态电池", "enables", "锂金属负极"), ("固态电池", "enables", "固态电解质")} <= got
    ents = {"氢燃料电池": TEC, "重卡物流": IND, "港口机械": IND, "储氢瓶": TEC, "加氢设备": TEC}
    got = run("氢燃料电池有望率先在重卡物流和港口机械中应用，并将拉动储氢瓶、加氢设备等配套产业发展。", ents)
    assert ("氢燃料电池", "enables", "储氢瓶") in got


def test_a_category_taking_a_list_as_its_focus_has_the_list_as_parts():
    ents = {"先进半导体材料": TEC, "碳化硅": TEC, "氮化镓": TEC}
    got = run("其中，先进半导体材料要以碳化硅、氮化镓等为重点，加快工程化验证。", ents)
    assert {("碳化硅", "partOf", "先进半导体材料"), ("氮化镓", "partOf", "先进半导体材料")} <= got


def test_fields_growing_clusters_of_a_category_are_its_parts():
    ents = {"集成电路": IND, "生物制药": IND, "航空装备": IND, "战略性新兴产业": IND}
    got = run("在集成电路、生物制药和航空装备等领域打造若干战略性新兴产业基地。", ents)
    assert of_type(got, "partOf") == {(x, "partOf", "战略性新兴产业") for x in ("集成电路", "生物制药", "航空装备")}


def test_a_list_of_industries_then_growing_a_category_makes_them_its_parts():
    ents = {"深海装备": IND, "海洋药物": IND, "海水淡化": IND, "海洋经济": IND}
    got = run("加快发展深海装备、海洋药物及海水淡化等产业，做大做强海洋经济。", ents)
    assert of_type(got, "partOf") == {(x, "partOf", "海洋经济") for x in ("深海装备", "海洋药物", "海水淡化")}


def test_techniques_broken_through_in_a_field_are_its_parts():
    ents = {"人形机器人": TEC, "灵巧手": TEC, "关节模组": TEC, "触觉传感器": TEC}
    got = run("在人形机器人领域突破灵巧手、关节模组和触觉传感器等关键技术。", ents)
    assert {(x, "partOf", "人形机器人") for x in ("灵巧手", "关节模组", "触觉传感器")} <= got



def test_fields_seen_as_where_a_technology_first_goes_commercial():
    ents = {"港口装卸": IND, "矿山巡检": IND, "电力运维": IND, "四足机器人": TEC}
    got = run("港口装卸、矿山巡检和电力运维被视为四足机器人最早商业化的三个场景。", ents)
    assert of_type(got, "appliedIn") == {("四足机器人", "appliedIn", x) for x in ("港口装卸", "矿山巡检", "电力运维")}


def test_a_sector_s_firms_named_by_their_kind_demand_a_technology():
    ents = {"纺织业": IND, "机器视觉": TEC, "数字孪生": TEC}
    got = run("调研显示，纺织业中小企业对机器视觉和数字孪生的需求增长最快。", ents)
    assert {("机器视觉", "appliedIn", "纺织业"), ("数字孪生", "appliedIn", "纺织业")} <= got


def test_routes_of_a_category_with_unrecognised_items_are_its_parts():
    ents = {"浸没式冷却": TEC, "智算中心": TEC}
    got = run("业内认为，风冷、浸没式冷却和热管散热是智算中心的三条主流技术路线。", ents)
    assert ("浸没式冷却", "partOf", "智算中心") in got


def test_a_technology_that_changes_a_sector_s_firms_is_applied_there():
    got = run("机器视觉让陶瓷企业的次品率明显下降。", {"机器视觉": TEC, "陶瓷": IND})
    assert ("机器视觉", "appliedIn", "陶瓷") in got


def test_technologies_spreading_into_a_sector_create_what_the_next_clause_names():
    ents = {"物联网": TEC, "区块链": TEC, "养殖业": IND, "智慧渔业": IND, "数字牧场": IND}
    got = run("评论认为，直播带货等新模式蓬勃兴起，物联网、区块链加速向养殖业渗透，催生出智慧渔业、数字牧场等新业态。", ents)
    assert {("物联网", "enables", "智慧渔业"), ("区块链", "enables", "数字牧场")} <= got


def test_new_technologies_stand_for_the_ones_whose_application_the_clause_before_pushes():
    ents = {"物联网": TEC, "区块链": TEC, "纺织业": IND}
    got = run("加快物联网和区块链的应用，以新技术新模式推动纺织业在设计和营销上的变革。", ents)
    assert {("物联网", "enables", "纺织业"), ("区块链", "enables", "纺织业")} <= got


def test_a_clause_pushing_a_sector_s_transformation_names_the_category_of_the_next_list():
    ents = {"农业": IND, "智慧灌溉": IND, "农村电商": IND, "休闲农业": IND}
    got = run("加快推进农业数字化转型，培育智慧灌溉、农村电商和休闲农业等新业态；完善农村路网。", ents)
    assert of_type(got, "partOf") == {(x, "partOf", "农业") for x in ("智慧灌溉", "农村电商", "休闲农业")}


def test_a_technology_s_progress_driving_another_into_use_enables_it():
    ents = {"触觉感知": TEC, "服务机器人": TEC, "酒店服务": IND}
    got = run("业内认为，触觉感知的突破将带动服务机器人在酒店服务等场景加快落地。", ents)
    assert ("触觉感知", "enables", "服务机器人") in got
    # a directive pushing a product into use names no enabler
    got = run("推广触觉感知，推动服务机器人在酒店服务等场景加快落地。", ents)
    assert ("触觉感知", "enables", "服务机器人") not in got

# --- what a directive applies in fields takes the technology reading (the whole pipeline) ----

def _typed(text):
    from kg.extract import extract_text
    ex = extract_text(text)
    return {(m.text, m.type) for m in ex.mentions}, {(r.head_text, r.type, r.tail_text) for r in ex.relations}


def test_an_industry_term_applied_in_fields_is_read_as_a_technology():
    ents, rels = _typed("园区提出推动氢能在钢铁和化工领域的规模化应用。")
    assert ("氢能", "Technology") in ents and ("氢能", "Industry") not in ents
    assert {("氢能", "appliedIn", "钢铁"), ("氢能", "appliedIn", "化工")} <= rels


def test_only_the_applied_mention_changes_its_reading():
    ents, rels = _typed("园区提出发展氢能，推动储能在电网调峰中的应用。")
    assert ("氢能", "Industry") in ents and ("储能", "Technology") in ents
    assert ("储能", "appliedIn", "电网调峰") in rels


def test_a_new_category_keeps_its_industry_reading():
    ents, rels = _typed("推动新能源在工业领域应用。")
    assert ("新能源", "Industry") in ents and not {r for r in rels if r[1] == "appliedIn"}
