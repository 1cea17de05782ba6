"""Relation rules of round 18: what a plan document's own directive clauses
deploy (建设/推广/研制/运用…), and what issued-policy clauses led by 着力/做强
state. Made-up sentences and documents."""
from kg.extract import extract_text
from kg.options import ExtractorOptions
from support.documents import extract_file

PLAN = ("青川市数字经济高质量发展实施方案（2025-2027年）\n\n"
        "为加快发展数字经济，制定本实施方案。\n\n"
        "一、主要任务\n\n"
        "（一）建设城市级数据中心，布局边缘计算节点。\n\n"
        "（二）推广工业机器人和数控机床。\n\n"
        "（三）运用虚拟现实、增强现实等技术，打造沉浸式体验场景。\n\n"
        "（四）引进一批储能行业头部企业，建设船舶行业数字化转型公共服务平台。\n\n"
        "（五）加强卫星通信研发，开展量子计算关键技术攻关。\n\n"
        "（六）围绕运动控制、环境感知等方向开展攻关，加快发展深海钻井平台、浮式生产储卸油装置和深海采矿装备。\n\n"
        "（七）应对经济社会发展面临的气候变化、粮食安全和能源短缺等挑战。\n\n"
        "（八）适应经济社会发展所需的能源和算力保障。\n\n")


def _doc_priorities(tmp_path):
    _, ex = extract_file(tmp_path, PLAN, "plan.txt")
    return {r.tail for r in ex.relations if r.type == "prioritizes" and r.evidence.rule == "document.priority"}


def test_a_plan_prioritizes_what_it_builds_promotes_and_uses(tmp_path):
    tails = _doc_priorities(tmp_path)
    assert {"数据中心", "工业机器人", "数控机床", "虚拟现实", "增强现实", "卫星通信", "量子计算"} <= tails
    # 围绕A、B等方向; a list whose earlier items the recogniser does not know (…、浮式生产储卸油装置和C)
    assert {"运动控制", "环境感知", "深海采矿装备"} <= tails
    assert "能源" not in tails  # 发展 inside a noun phrase (经济社会发展面临的…) directs nothing


def test_a_sector_naming_the_firms_or_platform_built_is_no_priority(tmp_path):
    tails = _doc_priorities(tmp_path)
    assert "储能行业" not in tails and "船舶行业" not in tails


def _rels(text, rtype):
    return {(r.head_text, r.tail_text) for r in extract_text(text, extractor=ExtractorOptions(spanfill=False)).relations if r.type == rtype}


def test_an_issued_plan_prioritizes_what_it_strengthens():
    text = "青川市人民政府编制《青川市新材料产业发展规划》，着力做强碳纤维、石墨烯等先进材料，壮大生物基材料。"
    prio = _rels(text, "prioritizes")
    assert {t for _, t in prio} >= {"碳纤维", "石墨烯"}
    assert all(h == "《青川市新材料产业发展规划》" for h, _ in prio)


def test_advancing_technologies_enable_each_item_of_a_listed_subject():
    rel = _rels("随着人工智能和物联网技术成熟，智慧农业、智慧物流和智能家居有望率先实现规模化应用。", "enables")
    assert {t for _, t in rel} == {"智慧农业", "智慧物流", "智能家居"}
    assert {h for h, _ in rel} == {"人工智能", "物联网技术"}


def test_a_technology_getting_cheaper_enables_the_products_that_follow():
    rel = _rels("随着钙钛矿电池成本持续下降，光伏建筑一体化、储能电站等应用正在加快落地。", "enables")
    assert rel == {("钙钛矿电池", "光伏建筑一体化"), ("钙钛矿电池", "储能电站")}


def test_an_event_held_with_its_year_before_its_name_is_located_where_it_is_held():
    assert _rels("华为公司5月8日在深圳举行2025年全球开发者大会，发布多款新品。", "locatedIn") == {("全球开发者大会", "深圳")}


def test_an_institution_an_owner_has_in_a_place_is_located_there():
    rel = _rels("微软在英国伦敦设立的人工智能实验室推出一款模型。", "locatedIn")
    assert rel == {("人工智能实验室", "英国"), ("人工智能实验室", "伦敦")}
    assert ("微软", "伦敦") not in rel


def test_a_list_before_a_comma_is_not_what_the_next_clause_extends():
    assert not _rels("发展植保无人机和智能采摘机器人，推动作业服务向畜牧业全面拓展。", "appliedIn")
    assert ("人工智能", "制造业") in _rels("推动人工智能向制造业、农业等领域渗透。", "appliedIn")


def test_a_technology_fused_with_other_technologies_enables_none_of_them():
    assert not _rels("推动北斗与人工智能、物联网等前沿技术融合。", "enables")
    assert ("人工智能", "机器人") in _rels("推动人工智能与机器人、无人机等新产品深度融合。", "enables")


def test_a_roadmap_named_again_as_路线图_states_its_policy_s_priorities():
    text = "某学会发布《青川市智能网联汽车技术路线图》。路线图聚焦车路协同、自动驾驶和高精度地图三大方向。"
    assert _rels(text, "prioritizes") == {("《青川市智能网联汽车技术路线图》", t) for t in ("车路协同", "自动驾驶", "高精度地图")}


def test_a_list_is_not_applied_where_a_later_clause_s_own_subject_is():
    text = "增强工业机器人和传感器的稳定性，并推动检测服务在船舶制造、电力装备等领域扩大使用。"
    assert not _rels(text, "appliedIn")
    assert _rels("推动工业机器人在船舶制造等领域推广应用。", "appliedIn") == {("工业机器人", "船舶制造")}


def test_a_speaker_releasing_a_product_in_a_keynote_speaks_at_the_event():
    text = "2025世界人工智能大会在上海开幕。某公司首席执行官王小川在主题演讲中发布新一代大模型。"
    assert _rels(text, "spokeAt") == {("王小川", "2025世界人工智能大会")}


def test_fields_where_an_unnamed_thing_widens_its_use_are_not_the_policy_s_priorities():
    text = "某市印发《青川市新材料产业行动方案》，提出重点发展碳纤维，推动钛材在航空航天、医疗器械等领域扩大应用，支持再生料在机床、工程机械等领域规范发展。"
    tails = {t for _, t in _rels(text, "prioritizes")}
    assert "碳纤维" in tails
    assert not tails & {"航空航天", "医疗器械", "机床", "工程机械"}


def test_a_person_who_led_research_at_a_company_is_affiliated_with_it():
    assert _rels("约翰·史密斯曾在微软领导人工智能研究团队。", "affiliatedWith") == {("约翰·史密斯", "微软")}
    assert not _rels("约翰·史密斯在微软的领导下完成了研究。", "affiliatedWith")


def test_a_list_item_the_recogniser_misses_may_be_joined_to_the_last_by_和():
    rel = _rels("随着人工智能技术成熟，智慧农业、远程问诊服务和智能家居有望率先普及。", "enables")
    assert rel == {("人工智能技术", "智慧农业"), ("人工智能技术", "智能家居")}


def test_a_technology_named_before_technique_words_and_技术_still_advances():
    rel = _rels("随着北斗导航和5G-A通感一体技术成熟，智慧农业和智能家居有望率先普及。", "enables")
    assert ("北斗导航", "智慧农业") in rel and ("5G-A", "智能家居") in rel
