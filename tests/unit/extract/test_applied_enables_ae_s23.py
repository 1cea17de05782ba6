"""appliedIn and enables, session 23 (made-up sentences; the mentions are
given, so each test checks the relation rules, not the recogniser).

- list_retype: a field list of an application frame (用于A、B和C等领域,
  A在B、C等领域的应用) is read as sectors, an item the recogniser typed a
  Technology included, and that mention (with every other mention of its
  surface) becomes an Industry; a list of applied technologies reads an
  Industry-typed item as a technology. A single item, or a …技术 item, keeps
  its type.
"""
from kg.extract.relations import extract_relations
from support.relations import mentions, of_type, run, sentences

TEC, IND = "Technology", "Industry"


def test_product_typed_a_technology_in_a_field_list_is_a_field():
    ents = {"氮化镓模块": TEC, "数据中心": IND, "储能": IND, "人形机器人": TEC}
    got = run("厂商介绍，这款氮化镓模块将广泛用于数据中心、储能和人形机器人等领域。", ents)
    assert {("氮化镓模块", "appliedIn", x) for x in ("数据中心", "储能", "人形机器人")} <= of_type(got, "appliedIn")


def test_field_list_after_in_frame_takes_a_technology_typed_item():
    ents = {"量子惯导": TEC, "远洋渔业": IND, "深地钻探": TEC}
    got = run("业内预计，量子惯导有望在远洋渔业和深地钻探等领域率先应用。", ents)
    assert ("量子惯导", "appliedIn", "深地钻探") in got


def test_retyped_mention_and_its_other_mentions_become_industry():
    text = "深地钻探需要新的测量手段。量子惯导有望在远洋渔业和深地钻探等领域率先应用。"
    ms = mentions(text, {"量子惯导": TEC, "远洋渔业": IND, "深地钻探": TEC})
    extract_relations(text, sentences(text), ms, "doc")
    assert {m.type for m in ms if m.text == "深地钻探"} == {IND}
    assert {m.type for m in ms if m.text == "量子惯导"} == {TEC}


def test_industry_typed_item_of_an_applied_technology_list_is_a_technology():
    ents = {"数字孪生": TEC, "远程手术": IND, "县域医疗": IND}
    got = run("方案提出，推动数字孪生、远程手术在县域医疗中的应用。", ents)
    assert {("数字孪生", "appliedIn", "县域医疗"), ("远程手术", "appliedIn", "县域医疗")} <= of_type(got, "appliedIn")


def test_single_industry_head_is_not_retyped():
    got = run("方案提出，推动氢能在冶金和港口领域应用。", {"氢能": IND, "冶金": IND, "港口": IND})
    assert not of_type(got, "appliedIn")


def test_named_technique_in_a_field_list_keeps_its_type():
    ents = {"氮化镓模块": TEC, "数据中心": IND, "边缘计算技术": TEC}
    got = run("这款氮化镓模块将用于数据中心和边缘计算技术等领域。", ents)
    assert ("氮化镓模块", "appliedIn", "边缘计算技术") not in got
    assert ("氮化镓模块", "appliedIn", "数据中心") in got


def test_field_list_of_technologies_only_is_not_retyped():
    got = run("这款氮化镓模块将用于人形机器人和激光雷达等领域。", {"氮化镓模块": TEC, "人形机器人": TEC, "激光雷达": TEC})
    assert not of_type(got, "appliedIn")


# enables.focus_develop: 以A、B和C为主攻方向， lists the plan's directions; the clause after
# the comma is the plan's next directive, not what they drive
def test_main_directions_before_a_comma_drive_nothing():
    ents = {"稀土永磁": TEC, "高温合金": TEC, "光刻胶": TEC, "晶圆代工": IND}
    got = run("某市方案明确以稀土永磁、高温合金和光刻胶为主攻方向，发展晶圆代工。", ents)
    assert not of_type(got, "enables")


def test_main_direction_written_before_its_verb_still_drives():
    got = run("以光刻胶为主攻方向发展晶圆代工。", {"光刻胶": TEC, "晶圆代工": IND})
    assert ("光刻胶", "enables", "晶圆代工") in got


# enables.relying_on_tech_develop: 运用A搭建/建立…，发展B: the technology builds something;
# developing B is the plan's next directive
def test_tech_used_to_build_a_platform_does_not_drive_the_next_directive():
    got = run("运用卫星遥感搭建草场监测平台，发展智慧牧业。", {"卫星遥感": TEC, "智慧牧业": IND})
    assert ("卫星遥感", "enables", "智慧牧业") not in got


# 耦合 is a fusion: A耦合B / A与B耦合 applies A in B; what the coupling drives is A's
def test_tech_coupled_with_a_sector_is_applied_in_it_and_drives_what_follows():
    ents = {"光热发电": TEC, "海水淡化": IND, "沿海制造业": IND}
    got = run("专家认为，光热发电耦合海水淡化有望带动沿海制造业转型。", ents)
    assert ("光热发电", "appliedIn", "海水淡化") in got
    assert ("光热发电", "enables", "沿海制造业") in got


def test_tech_coupled_with_a_sector_by_yu():
    got = run("文章指出，地热能与温室农业耦合是节能的重要路径。", {"地热能": TEC, "温室农业": IND})
    assert ("地热能", "appliedIn", "温室农业") in got


# section_class appliedIn: under a heading directing one industry, a technology whose
# building or deployment the section pushes (推进A建设) is applied in it
def test_heading_industry_applies_the_technology_its_section_builds():
    ents = {"陶瓷产业": IND, "功能陶瓷": TEC, "数字化车间": TEC}
    got = run("推动陶瓷产业智能化。重点发展功能陶瓷，推进数字化车间建设。", ents)
    assert ("数字化车间", "appliedIn", "陶瓷产业") in got


# enables.application_then_drives: a technology subject that pushes another's application
# is what the clause after it drives with (X…，有望推动A在B落地，并带动D: X → D)
SUBJ = {"边缘计算": TEC, "机器视觉": TEC, "陶瓷": IND, "玻璃": IND, "工业服务业": IND}


def test_subject_pushing_an_application_drives_the_next_clause():
    got = run("业内认为，边缘计算大幅降低了工厂部署视觉检测的成本，有望推动机器视觉在陶瓷、玻璃等行业率先落地，"
              "并带动工业服务业加快发展。", SUBJ)
    assert ("边缘计算", "enables", "工业服务业") in got
    assert ("机器视觉", "enables", "工业服务业") not in got
    assert ("机器视觉", "appliedIn", "陶瓷") in got


def test_directive_pushing_an_application_still_drives_with_the_applied_technology():
    got = run("推动机器视觉在陶瓷行业落地，带动工业服务业发展。", SUBJ)
    assert ("机器视觉", "enables", "工业服务业") in got
