"""partOf and enables, session 24 (made-up sentences; the mentions are given,
so each test checks the relation rules, not the recogniser).

- a class of materials closing a list of technologies (A、B等某某结构材料) is a
  class of products: the class is read as a Technology and the items are its
  parts; a …新材料 sector keeps its type and relates nothing;
- a clause-initial mention after 某某说， is the speaker's, not the subject 其
  points back to;
- a section's items are not the places a technology is put to use in
  (推动X在A和B中应用 under a heading naming a sector);
- enables.focus_develop relates no downstream application list (延伸发展A、B等
  下游应用) and no pair a clause joins (推动A与B协同发展); a technology put to
  use that the clause then fuses with others (推动X与A、B等技术融合) enables none
  of them.
"""
from kg.extract.relations import extract_relations
from support.relations import mentions, of_type, run, sentences

TEC, IND = "Technology", "Industry"


def test_material_class_closing_a_technology_list_is_a_technology_class():
    text = "方案提出，重点发展氧化锆陶瓷球、碳化硼防弹片和氮化铝散热片等特种结构材料，加快产品验证。"
    ents = {"氧化锆陶瓷球": TEC, "碳化硼防弹片": TEC, "氮化铝散热片": TEC, "特种结构材料": IND}
    ms = mentions(text, ents)
    got = {(r.head_text, r.type, r.tail_text) for r in extract_relations(text, sentences(text), ms, "doc")}
    assert {(x, "partOf", "特种结构材料") for x in ("氧化锆陶瓷球", "碳化硼防弹片", "氮化铝散热片")} <= got
    assert {m.type for m in ms if m.text == "特种结构材料"} == {TEC}


def test_new_materials_sector_keeps_its_type():
    text = "方案提出，做强铝箔、镁合金等轻量化新材料，加快产品验证。"
    ents = {"铝箔": TEC, "镁合金": TEC, "轻量化新材料": IND}
    ms = mentions(text, ents)
    got = {(r.head_text, r.type, r.tail_text) for r in extract_relations(text, sentences(text), ms, "doc")}
    assert not of_type(got, "partOf")
    assert {m.type for m in ms if m.text == "轻量化新材料"} == {IND}


def test_material_class_after_a_mixed_list_keeps_its_type():
    ents = {"氧化锆陶瓷球": TEC, "陶瓷制品": IND, "特种结构材料": IND}
    got = run("方案提出，重点发展氧化锆陶瓷球、陶瓷制品等特种结构材料。", ents)
    assert ("氧化锆陶瓷球", "partOf", "特种结构材料") not in got
    assert ("陶瓷制品", "partOf", "特种结构材料") in got


def test_speaker_before_said_is_not_the_subject_of_its():
    ents = {"某某重工集团": "Institution", "王某某": "Person", "深海采矿船": TEC, "海工装备业": IND, "特种钢材": IND,
            "水下电缆": IND}
    got = run("某某重工集团董事长王某某说，深海采矿船被称为海工装备业的“重器”，其批量建造将带动特种钢材、水下电缆等产业发展。", ents)
    assert {("深海采矿船", "enables", "特种钢材"), ("深海采矿船", "enables", "水下电缆")} <= got


def test_places_of_use_under_a_sector_heading_are_not_its_parts():
    # (the recogniser left the second naming of the robot unfound: the verb's gap reaches the places)
    ents = {"海洋装备产业": IND, "海洋牧场": IND, "海上风电运维": IND}
    got = run("（三）培育海洋装备产业。推动水下机器人在海洋牧场和海上风电运维中应用。", ents)
    assert not {("海洋牧场", "partOf", "海洋装备产业"), ("海上风电运维", "partOf", "海洋装备产业")} & got


def test_focus_then_downstream_application_list_enables_nothing():
    ents = {"碳化硅衬底": TEC, "功率模块": TEC, "光伏逆变": TEC, "车载充电": TEC}
    got = run("方案明确，以碳化硅衬底、功率模块为突破口，延伸发展光伏逆变、车载充电等下游应用。", ents)
    assert not of_type(got, "enables")


def test_focus_then_joined_pair_enables_nothing():
    ents = {"仿真求解器": TEC, "几何内核": TEC, "设计软件": TEC, "数字孪生": TEC}
    got = run("文章建议，以仿真求解器、几何内核等为突破口，推进设计软件与数字孪生协同发展。", ents)
    assert not of_type(got, "enables")


def test_applied_technology_fused_with_others_enables_none_of_them():
    ents = {"机器视觉": TEC, "钢铁": IND, "陶瓷": IND, "5G": TEC, "算力网络": TEC}
    got = run("意见要求，深化机器视觉在钢铁、陶瓷等行业的应用，并推进机器视觉与5G、算力网络等技术融合创新。", ents)
    assert not of_type(got, "enables")
    assert ("机器视觉", "appliedIn", "钢铁") in got


# --- second step: a bare sector heading named …医药, 做大 as a directing verb; a
# place before the driven sector; a quoted subject whose launch 标志着…, driving a
# sector's 高质量发展 (将有力带动).

def test_bare_pharma_heading_makes_its_directed_lists_parts():
    ents = {"现代医药": IND, "中成药": IND, "原料药": IND, "基因药物": IND, "诊断试剂": IND}
    got = run("（三）现代医药。做大中成药、原料药两大传统板块，壮大基因药物、诊断试剂等新兴板块。", ents)
    assert {(x, "partOf", "现代医药") for x in ("中成药", "原料药", "基因药物", "诊断试剂")} <= got


def test_engine_of_reads_a_sector_after_a_place():
    ents = {"某某能源": "Institution", "张某": "Person", "钠电储能": TEC, "东南亚": "Region", "光伏": IND}
    got = run("某某能源董事长张某表示，钠电储能将成为东南亚分布式光伏消纳的关键支撑。", ents)
    assert ("钠电储能", "enables", "光伏") in got


def test_quoted_subject_whose_launch_marks_a_step_drives_a_sector():
    ents = {"某某集团": "Institution", "李某": "Person", "海鲲一号": TEC, "海工装备产业": IND}
    got = run("某某集团董事长李某表示，“海鲲一号”交付标志着我国深海作业能力迈上新台阶，将有力带动海工装备产业高质量发展。", ents)
    assert ("海鲲一号", "enables", "海工装备产业") in got


def test_from_to_clauses_closed_by_a_formed_chain_relate_nothing():
    ents = {"某市": "Region", "碳纤维原丝": TEC, "碳纤维": TEC, "预浸料": TEC, "复合材料构件": TEC}
    got = run("从碳纤维原丝到碳纤维，从预浸料到复合材料构件，某市已形成较为完整的先进复合材料产业链。", ents)
    assert not of_type(got, "partOf")


def test_technologies_relied_on_enable_what_the_clause_promotes():
    ents = {"同态加密": TEC, "安全多方计算": TEC, "普惠金融": IND}
    got = run("文章建议，借助同态加密、安全多方计算等技术，在守住安全底线的前提下推动数据流通赋能普惠金融。", ents)
    assert {("同态加密", "enables", "普惠金融"), ("安全多方计算", "enables", "普惠金融")} <= got


def test_relied_on_technologies_before_their_own_task_enable_nothing_later():
    ents = {"机器学习": TEC, "知识图谱": TEC, "北斗定位": TEC, "口岸通关": IND}
    got = run("方案提出，借助机器学习和知识图谱开展风险预警，并推动北斗定位服务于口岸通关。", ents)
    assert not of_type(got, "enables")


def test_directive_after_a_fusion_is_a_new_task():
    ents = {"氢能产业": IND, "物联网": TEC, "智慧加氢站": TEC, "物流园区": IND}
    got = run("行动计划明确，推动氢能产业与物联网深度融合，加快智慧加氢站在物流园区的示范应用。", ents)
    assert ("物联网", "enables", "智慧加氢站") not in got
    ents = {"云计算": TEC, "机器视觉": TEC, "巡检机器人": TEC}
    got = run("与云计算、机器视觉等新技术深度融合，巡检机器人将具备更强的识别能力。", ents)
    assert {("云计算", "enables", "巡检机器人"), ("机器视觉", "enables", "巡检机器人")} <= got
