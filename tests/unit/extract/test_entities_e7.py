"""Entity rules of session 19 (unseen text: local bureaus, policy titles, events,
places, technology and industry typing). Made-up sentences; each positive case
fails when its rule is removed, the negative ones when the rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_city_bureau_with_a_compound_department_word_is_one_institution():
    found = ents("云岭市文化广电和旅游局近日出台全域旅游提升方案。")
    assert ("云岭市文化广电和旅游局", "Institution") in found
    assert ("云岭市", "Region") not in found
    found = ents("青川市能源局会同有关部门推进储能项目。")
    assert ("青川市能源局", "Institution") in found
    assert ("能源", "Industry") not in found


def test_the_national_energy_body_and_short_local_bureaus_are_unchanged():
    assert ("国家能源局", "Institution") in ents("国家能源局发布通知。")
    found = ents("省能源局、市财政局联合发文。")
    assert {("省能源局", "Institution"), ("市财政局", "Institution")} <= found


def test_an_issued_title_may_open_with_its_addressees_and_hold_a_quoted_term():
    found = ents("某监管局印发关于证券业期货业做好科技“三项任务”的指导意见，明确工作重点。")
    assert ("关于证券业期货业做好科技“三项任务”的指导意见", "Policy") in found
    assert ("证券业", "Industry") not in found
    found = ents("三部门联合印发关于推进“智能+养老”服务发展的实施意见，部署试点任务。")
    assert ("关于推进“智能+养老”服务发展的实施意见", "Policy") in found


def test_a_notice_issuing_a_quoted_plan_keeps_the_plan_as_the_name():
    found = ents("某市人民政府关于印发某市推进“数据+”行动计划的通知")
    assert not any(t.startswith("关于印发") for t, _ in found)


def test_a_drafted_or_issued_outline_or_programme_is_a_policy():
    found = ents("青川市出台智能农机产业振兴行动纲要，明确三大方向。")
    assert ("智能农机产业振兴行动纲要", "Policy") in found
    found = ents("市商务局会同有关部门制定青川市跨境电商产业倍增行动方案，列出五项任务。")
    assert ("青川市跨境电商产业倍增行动方案", "Policy") in found
    # the opening formula of a plan names no document
    found = ents("为加快海洋经济发展，特制定以下行动方案。")
    assert not any(t == "Policy" for _, t in found)


def test_a_hosted_meeting_is_named_whole_even_with_a_verb_inside():
    found = ents("拓展低空应用场景，持续办好青川云雀飞行大会。")
    assert ("青川云雀飞行大会", "Event") in found
    assert ("青川", "Region") not in found
    # a year written with 年 stays a date
    found = ents("在某市举行的2031年青川云雀飞行大会上，多家企业签约。")
    assert ("2031年青川云雀飞行大会", "Event") not in found


def test_a_place_list_after_a_phrase_with_a_preposition_is_read():
    found = ents("推动智能导览、电子门票在凤凰、丹寨等县的景区落地。")
    assert {("凤凰", "Region"), ("丹寨", "Region")} <= found


def test_items_closed_by_a_division_word_are_places():
    found = ents("支持石岭、西坪等镇打造数字化示范车间。")
    assert {("石岭", "Region"), ("西坪", "Region")} <= found
    # not a list of firms or of areas
    found = ents("推动龙头、骨干等企业发展，带动城市、农村等县域协同。")
    assert not any(t == "Region" for _, t in found)


def test_an_autonomous_county_is_read_by_its_short_name_in_a_list():
    found = ents("支持三亚、陵水等地布局深海装备研发平台。")
    assert ("陵水", "Region") in found


def test_the_field_something_is_applied_in_is_a_sector():
    found = ents("探索氢燃料电池在内湖客运领域的应用。")
    assert ("内湖客运", "Industry") in found
    found = ents("推动大模型在矿山巡检领域的深度应用。")
    assert ("矿山巡检", "Industry") in found
    found = ents("推动卫星定位技术在渔船装备领域集成应用。")
    assert ("渔船装备", "Industry") in found
    # a field something merely has uses in is not read
    found = ents("该技术在信号加密领域有广泛应用场景。")
    assert ("信号加密", "Industry") not in found
    # a generic field is none
    found = ents("加快氢能车辆在公共领域的示范应用。")
    assert not any(t == "公共" for t, _ in found)


def test_a_support_verb_is_no_part_of_the_first_item():
    found = ents("可信数据空间将助力农业、物流、文旅等行业转型。")
    assert ("助力农业", "Industry") not in found
    assert ("农业", "Industry") in found


def test_two_things_brought_together_share_no_head():
    found = ents("促进网络与实体经济紧密结合。")
    assert ("网络与实体经济", "Industry") not in found
    assert ("实体经济", "Industry") in found
    assert ("软件与制造业", "Industry") not in ents("促进软件与制造业深度融合。")
    # a stem that shares the head still does
    assert ("基因和细胞技术", "Technology") in ents("发展基因和细胞技术。")


def test_a_dotted_name_keeps_a_first_character_jieba_cut_off_after_a_title():
    found = ents("某国能源和矿业大臣里亚德·宗泰出席开工仪式。")
    assert ("里亚德·宗泰", "Person") in found
    assert ("亚德·宗泰", "Person") not in found


def test_a_generic_scope_before_an_industry_word_names_no_industry():
    found = ents("促进本市产业提质升级，用好市级产业引导资金，发挥各板块产业优势。")
    assert not any(t in ("本市产业", "市级产业", "板块产业") for t, _ in found)


def test_parks_zones_and_firms_in_a_list_of_facilities_are_no_technologies():
    found = ents("满足数据中心、智算中心、通信基站、物流园区、工商业企业、高速服务区等的用电需求。")
    assert ("智算中心", "Technology") in found
    assert not any(t in ("物流园区", "工商业企业", "高速服务区") for t, _ in found)


def test_kinds_of_place_and_organisation_without_a_name_are_none():
    found = ents("各区县（自治县）人民政府，各功能区管委会：全面落实省委全会精神，建设国际化大都市。")
    assert not any(t in ("自治县", "大都市", "功能区管委会", "全面落实省委") for t, _ in found)
    # named autonomous divisions stay
    found = ents("智能农机已在东北黑土地和华北平原推广。")
    assert ("黑土地", "Region") not in found and ("平原", "Region") not in found
    found = ents("推动卫星通信覆盖偏远地区、欠发达地区和民族地区。")
    assert not any(t == "Region" for _, t in found)
    found = ents("长阳土家族自治县和恩施土家族苗族自治州联合发文。")
    assert {("长阳土家族自治县", "Region"), ("恩施土家族苗族自治州", "Region")} <= found


def test_a_dated_news_subject_keeps_the_year_in_the_event_name():
    found = ents("9月2日，2031年青川国际低空博览会在青川开幕。")
    assert ("2031年青川国际低空博览会", "Event") in found
    # held somewhere earlier in the sentence, the year is a date
    found = ents("在青川举行的2031年青川国际低空博览会上，多家企业签约。")
    assert ("青川国际低空博览会", "Event") in found
