"""Relation extraction: each relation family on sentences written for these tests,
coordination fan-out, type constraints, evidence offsets, no co-occurrence links."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.extract.relations import PATTERNS_PATH, extract_relations, load_relation_patterns
from kg.model import Mention
from support.relations import mentions, run, sentences


# ---------------------------------------------------------------- each family


def test_affiliated_with_title_chain():
    text = "浙江大学管理学院教授、中国信息协会理事孙明远表示，数据要素市场前景广阔。"
    got = run(text, {"浙江大学管理学院": "Institution", "中国信息协会": "Institution", "孙明远": "Person"})
    assert got == {
        ("孙明远", "affiliatedWith", "浙江大学管理学院"),
        ("孙明远", "affiliatedWith", "中国信息协会"),
    }


def test_affiliated_with_rejects_verb_between_institution_and_person():
    text = "市科委深入学习贯彻周华文的讲话精神。"
    assert run(text, {"市科委": "Institution", "周华文": "Person"}) == set()


def test_affiliated_with_author_line_uses_metadata_authors():
    text = "（作者单位：南方科技政策研究院）"
    ms = mentions(text, {"南方科技政策研究院": "Institution"})
    ms.append(Mention("林可心", "Person", "林可心", 0, 0, source="metadata"))
    rels = extract_relations(text, sentences(text), ms, "doc")
    assert {(r.head_text, r.type, r.tail_text) for r in rels} == {("林可心", "affiliatedWith", "南方科技政策研究院")}


def test_issued_by_fans_out_over_issuing_bodies():
    text = "近日，科技部、财政部等三部门联合印发《关于促进低空经济发展的指导意见》，引发关注。"
    got = run(
        text,
        {"科技部": "Institution", "财政部": "Institution", "《关于促进低空经济发展的指导意见》": "Policy", "低空经济": "Industry"},
    )
    assert ("《关于促进低空经济发展的指导意见》", "issuedBy", "科技部") in got
    assert ("《关于促进低空经济发展的指导意见》", "issuedBy", "财政部") in got


def test_prioritizes_covers_the_quoted_content():
    text = "《江南省数字经济行动方案》提出：“重点发展量子通信、合成生物和低空经济。”"
    got = run(
        text,
        {"《江南省数字经济行动方案》": "Policy", "量子通信": "Technology", "合成生物": "Technology", "低空经济": "Industry"},
    )
    assert got == {
        ("《江南省数字经济行动方案》", "prioritizes", "量子通信"),
        ("《江南省数字经济行动方案》", "prioritizes", "合成生物"),
        ("《江南省数字经济行动方案》", "prioritizes", "低空经济"),
    }


def test_prioritizes_scope_ends_where_another_policy_speaks():
    text = "《甲市规划》提出发展量子通信；《乙省方案》部署发展氢能。"
    got = run(
        text,
        {"《甲市规划》": "Policy", "《乙省方案》": "Policy", "量子通信": "Technology", "氢能": "Industry"},
    )
    assert ("《甲市规划》", "prioritizes", "量子通信") in got
    assert ("《乙省方案》", "prioritizes", "氢能") in got
    assert ("《甲市规划》", "prioritizes", "氢能") not in got


def test_enables_and_second_verb():
    text = "区块链能够赋能供应链金融，并催生数字藏品产业。"
    got = run(text, {"区块链": "Technology", "供应链金融": "Industry", "数字藏品产业": "Industry"})
    assert got == {
        ("区块链", "enables", "供应链金融"),
        ("区块链", "enables", "数字藏品产业"),
    }


def test_enables_focus_develop():
    text = "以固态电池为突破口发展新能源汽车产业。"
    got = run(text, {"固态电池": "Technology", "新能源汽车产业": "Industry"})
    assert got == {("固态电池", "enables", "新能源汽车产业")}


def test_applied_in_fans_out_over_fields():
    text = "数字孪生可应用于电力、交通和港口等领域。"
    got = run(text, {"数字孪生": "Technology", "电力": "Industry", "交通": "Industry", "港口": "Industry"})
    assert got == {
        ("数字孪生", "appliedIn", "电力"),
        ("数字孪生", "appliedIn", "交通"),
        ("数字孪生", "appliedIn", "港口"),
    }


@pytest.mark.parametrize(
    "opening, clause",
    [
        ("《江南省数字经济促进方案》提出", "推动区块链技术在供应链金融、政务服务等领域的应用"),
        ("《江南省数字经济促进方案》提出", "加快区块链技术在供应链金融、政务服务中的应用"),
        ("《江南省数字经济促进方案》提出", "拓展区块链技术在供应链金融、政务服务等场景应用"),
        ("会议强调", "要推动区块链技术在供应链金融、政务服务等领域广泛应用"),
    ],
)
def test_fields_of_a_technology_application_are_not_the_policy_priorities(opening, clause):
    text = f"{opening}，大力发展集成电路，{clause}。"
    ents = {"《江南省数字经济促进方案》": "Policy", "会议": "Event", "集成电路": "Industry",
            "区块链技术": "Technology", "供应链金融": "Industry", "政务服务": "Industry"}
    got = run(text, ents)
    subject = opening[:-2]
    assert {("区块链技术", "appliedIn", "供应链金融"), ("区块链技术", "appliedIn", "政务服务")} <= got
    assert (subject, "prioritizes", "集成电路") in got and (subject, "prioritizes", "区块链技术") in got
    assert (subject, "prioritizes", "供应链金融") not in got and (subject, "prioritizes", "政务服务") not in got


def test_applied_in_fields_before_technologies():
    text = "在物流、零售等领域推广应用无人机和计算机视觉。"
    got = run(
        text,
        {"物流": "Industry", "零售": "Industry", "无人机": "Technology", "计算机视觉": "Technology"},
    )
    assert got == {
        ("无人机", "appliedIn", "物流"),
        ("无人机", "appliedIn", "零售"),
        ("计算机视觉", "appliedIn", "物流"),
        ("计算机视觉", "appliedIn", "零售"),
    }


def test_part_of_representative_and_list_class():
    text = "以扩散模型为代表的生成式模型发展迅速。光伏、风电等清洁能源产业持续壮大。"
    got = run(
        text,
        {
            "扩散模型": "Technology",
            "生成式模型": "Technology",
            "光伏": "Industry",
            "风电": "Industry",
            "清洁能源产业": "Industry",
        },
    )
    assert got == {
        ("扩散模型", "partOf", "生成式模型"),
        ("光伏", "partOf", "清洁能源产业"),
        ("风电", "partOf", "清洁能源产业"),
    }


def test_part_of_direction_copula():
    text = "具身感知是机器人技术发展的一个重要方向。"
    got = run(text, {"具身感知": "Technology", "机器人技术": "Technology"})
    assert got == {("具身感知", "partOf", "机器人技术")}


def test_located_in_and_spoke_at():
    text = "全球数字贸易博览会在杭州举行。在全球数字贸易博览会上，陈立群指出要发展跨境电商。"
    got = run(
        text,
        {"全球数字贸易博览会": "Event", "杭州": "Region", "陈立群": "Person", "跨境电商": "Industry"},
    )
    assert ("全球数字贸易博览会", "locatedIn", "杭州") in got
    assert ("陈立群", "spokeAt", "全球数字贸易博览会") in got
    # a participant's remark at an expo is not the expo's priority (guidelines)
    assert ("全球数字贸易博览会", "prioritizes", "跨境电商") not in got


def test_forum_remark_is_not_a_priority_but_a_policy_meeting_leader_is():
    ents = {"东湖科技论坛": "Event", "林海": "Person", "电力": "Industry", "人工智能": "Technology",
            "全省科技工作会议": "Event"}
    got = run("东湖科技论坛上林海指出，人工智能发展的基础是电力。", ents)
    assert ("林海", "spokeAt", "东湖科技论坛") in got
    assert not {r for r in got if r[1] == "prioritizes"}
    got = run("在全省科技工作会议上，林海强调要发展人工智能。", ents)
    assert ("全省科技工作会议", "prioritizes", "人工智能") in got


# ---------------------------------------------------------------- constraints


def test_type_constraints_reject_wrong_types():
    # appliedIn needs Technology -> Industry; enables needs a Technology head
    text = "数字孪生可应用于边缘计算。王海峰赋能制造业。"
    got = run(text, {"数字孪生": "Technology", "边缘计算": "Technology", "王海峰": "Person", "制造业": "Industry"})
    assert got == set()


def test_no_relation_from_cooccurrence():
    text = "量子计算和医疗都很重要，北京和深圳也有很多企业。"
    got = run(text, {"量子计算": "Technology", "医疗": "Industry", "北京": "Region", "深圳": "Region"})
    assert got == set()


def test_metadata_mentions_take_no_part_in_sentence_patterns():
    text = "数字孪生可应用于电力。"
    ms = [
        Mention("数字孪生", "Technology", "数字孪生", 0, 4, source="metadata"),
        Mention("电力", "Industry", "电力", 8, 10),
    ]
    assert extract_relations(text, sentences(text), ms, "doc") == []


def test_relations_stay_within_their_sentence():
    text = "数字孪生发展很快。应用于电力的系统很多。"
    assert run(text, {"数字孪生": "Technology", "电力": "Industry"}) == set()


# ---------------------------------------------------------------- records


def test_evidence_offsets_labels_and_dedup():
    text = "前言。\n工业互联网赋能制造业，工业互联网赋能制造业。数字孪生可应用于电力。"
    ms = mentions(text, {"工业互联网": "Technology", "制造业": "Industry", "数字孪生": "Technology", "电力": "Industry"})
    ms = [Mention(m.text, m.type, m.text + "#label", m.start, m.end) for m in ms]
    rules = {r["id"] for r in json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))["rules"]}
    rels = extract_relations(text, sentences(text), ms, "d1")
    assert len(rels) == 2  # the repeated statement is one relation
    for r in rels:
        ev = r.evidence
        assert text[ev.start:ev.end] == ev.sentence
        assert r.head_text in ev.sentence and r.tail_text in ev.sentence
        assert r.head == r.head_text + "#label" and r.tail == r.tail_text + "#label"
        assert ev.doc_id == "d1" and ev.rule in rules and 0 < ev.confidence <= 1
    types = {r.type: (r.head_type, r.tail_type) for r in rels}
    assert types == {"enables": ("Technology", "Industry"), "appliedIn": ("Technology", "Industry")}


def test_long_sentence_with_many_mentions_stays_local():
    # no punctuation at all: only adjacent cue patterns may relate mentions
    parts = [f"技术{i:04d}赋能产业{i:04d}并且" for i in range(400)]
    text = "".join(parts)
    ents = {}
    for i in range(400):
        ents[f"技术{i:04d}"] = "Technology"
        ents[f"产业{i:04d}"] = "Industry"
    got = run(text, ents)
    assert ("技术0007", "enables", "产业0007") in got
    assert all(h[2:] == t[2:] for h, _, t in got)


def test_bad_pattern_file_is_a_kg_error(tmp_path):
    bad = tmp_path / "relations.json"
    bad.write_text('{"list_separators": "、", "rules": [{"id": "x", "pattern": "(", "emit": []}]}', encoding="utf-8")
    with pytest.raises(KgError):
        load_relation_patterns(bad)
    with pytest.raises(KgError):
        load_relation_patterns(tmp_path / "missing.json")


def test_pattern_file_is_well_formed():
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    ids = [r["id"] for r in data["rules"]]
    assert len(ids) == len(set(ids))
    families = {e["type"] for r in data["rules"] for e in r["emit"]}
    assert families == {
        "affiliatedWith", "issuedBy", "prioritizes", "enables", "appliedIn", "partOf", "locatedIn", "spokeAt",
    }
    load_relation_patterns()  # compiles


def test_lists_survive_items_the_recogniser_missed():
    # 港口 and 仓储 are not mentions: the list still fans out over the ones that are
    text = "数字孪生可应用于港口、电力、仓储、交通等领域。"
    got = run(text, {"数字孪生": "Technology", "电力": "Industry", "交通": "Industry"})
    assert got == {("数字孪生", "appliedIn", "电力"), ("数字孪生", "appliedIn", "交通")}


def test_affiliation_title_may_contain_other_mentions():
    text = "北方理工大学教授、国际量子计算期刊Q-Letters主编吴东海表示，前景可期。"
    got = run(
        text,
        {"北方理工大学": "Institution", "量子计算": "Technology", "Q-Letters": "Publication", "吴东海": "Person"},
    )
    assert got == {("吴东海", "affiliatedWith", "北方理工大学")}


def test_policy_subject_carries_into_a_continuation_sentence():
    text = "《华东数字化方案》提出了三年目标。其中包括加快发展量子通信和氢能。另有专家谈到储能。"
    ents = {"《华东数字化方案》": "Policy", "量子通信": "Technology", "氢能": "Industry", "储能": "Industry"}
    rels = extract_relations(text, sentences(text), mentions(text, ents), "doc")
    got = {(r.head_text, r.type, r.tail_text) for r in rels}
    assert got == {
        ("《华东数字化方案》", "prioritizes", "量子通信"),
        ("《华东数字化方案》", "prioritizes", "氢能"),
    }
    for r in rels:  # the evidence spans the policy's sentence and the continuation
        assert text[r.evidence.start:r.evidence.end] == r.evidence.sentence
        assert r.evidence.sentence.startswith("《华东数字化方案》") and "氢能" in r.evidence.sentence


def test_n_directions_attach_to_the_category_named_before():
    text = "未来产业方向众多。《某省规划》提出重点推进未来交通、未来农业两大方向。"
    ents = {"未来产业": "Industry", "《某省规划》": "Policy", "未来交通": "Industry", "未来农业": "Industry"}
    got = run(text, ents)
    assert ("未来交通", "partOf", "未来产业") in got
    assert ("未来农业", "partOf", "未来产业") in got
    assert ("未来农业", "partOf", "未来交通") not in got


def test_is_a_copula_but_not_a_comparison():
    got = run("算力网络是连接各类算力资源的新型基础设施。", {"算力网络": "Technology", "新型基础设施": "Technology"})
    assert got == {("算力网络", "partOf", "新型基础设施")}
    got = run("氢能产业既是新兴产业，又是未来产业。", {"氢能产业": "Industry", "新兴产业": "Industry", "未来产业": "Industry"})
    assert ("新兴产业", "partOf", "未来产业") not in got


def test_engine_and_as_a_kind_of():
    got = run("智能传感正成为智慧农业发展的新引擎。", {"智能传感": "Technology", "智慧农业": "Industry"})
    assert got == {("智能传感", "enables", "智慧农业")}
    got = run("区块链作为一种分布式账本技术，正在改变金融。", {"区块链": "Technology", "分布式账本技术": "Technology", "金融": "Industry"})
    assert ("区块链", "partOf", "分布式账本技术") in got


def test_open_quote_merges_sentences_but_not_paragraphs():
    ents = {"《甲方案》": "Policy", "氢能": "Industry", "量子通信": "Technology"}
    text = "《甲方案》提出：“发展氢能。推进量子通信。”"
    assert run(text, ents) == {("《甲方案》", "prioritizes", "氢能"), ("《甲方案》", "prioritizes", "量子通信")}
    text = "《甲方案》提出：“发展氢能\n量子通信也很重要。"
    assert run(text, ents) == {("《甲方案》", "prioritizes", "氢能")}


def test_field_first_enablement_and_application():
    got = run("在纺织行业，近年来通过工业视觉等技术进行赋能已成为趋势。", {"纺织": "Industry", "工业视觉": "Technology"})
    assert got == {("工业视觉", "enables", "纺织")}
    got = run("物流是无人驾驶应用的主战场。", {"物流": "Industry", "无人驾驶": "Technology"})
    assert got == {("无人驾驶", "appliedIn", "物流")}
    got = run("港口的发展离不开5G技术的支撑。", {"港口": "Industry", "5G": "Technology"})
    assert got == {("5G", "enables", "港口")}


def test_pronoun_points_back_to_the_clause_initial_subject():
    ents = {"卫星互联网": "Technology", "光纤网络": "Technology", "航运": "Industry", "渔业": "Industry"}
    text = "相较于光纤网络，卫星互联网部署灵活，其应用场景覆盖航运、渔业等领域。"
    assert run(text, ents) == {("卫星互联网", "appliedIn", "航运"), ("卫星互联网", "appliedIn", "渔业")}


def test_enables_as_technology_advances():
    text = "随着纳米材料、合成生物学的发展和测序技术的进步，精准农业将迎来变革。"
    ents = {"纳米材料": "Technology", "合成生物学": "Technology", "测序技术": "Technology", "精准农业": "Industry"}
    got = run(text, ents)
    assert ("纳米材料", "enables", "精准农业") in got
    assert ("合成生物学", "enables", "精准农业") in got
    # an industry that grows is not a technology that enables
    assert run("随着数字经济的发展，算力将更加重要。", {"数字经济": "Industry", "算力": "Technology"}) == set()


def test_part_of_counted_fields():
    text = "光子科技主要体现在光子计算、光子通信和光子传感 3 个领域。"
    ents = {"光子科技": "Technology", "光子计算": "Technology", "光子通信": "Technology", "光子传感": "Technology"}
    assert run(text, ents) == {
        ("光子计算", "partOf", "光子科技"),
        ("光子通信", "partOf", "光子科技"),
        ("光子传感", "partOf", "光子科技"),
    }


def test_head_clause_ending_in_fusion_before_the_verb():
    ents = {"边缘计算": "Technology", "卫星通信": "Technology", "智慧海洋": "Industry"}
    got = run("边缘计算、卫星通信深度融合，推动智慧海洋加快发展。", ents)
    assert ("边缘计算", "enables", "智慧海洋") in got
    # any other clause before the comma keeps the technologies out
    got = run("要加强边缘计算、卫星通信等技术研发，推动智慧海洋加快发展。", ents)
    assert ("边缘计算", "enables", "智慧海洋") not in got


def test_second_verb_after_a_long_first_object():
    text = "蒸汽机的广泛应用推动采矿、冶炼、纺织和生活方式的深刻变革，催生了机车产业。"
    ents = {"蒸汽机": "Technology", "采矿": "Industry", "冶炼": "Industry", "纺织": "Industry", "机车产业": "Industry"}
    assert ("蒸汽机", "enables", "机车产业") in run(text, ents)


def test_enables_by_means_of_technologies():
    ents = {"智能质检": "Technology", "机器视觉": "Technology", "知识图谱": "Technology"}
    got = run("智能质检能够通过机器视觉和知识图谱等技术，发现产品缺陷。", ents)
    assert got == {("机器视觉", "enables", "智能质检"), ("知识图谱", "enables", "智能质检")}
    # the means must close their clause: a longer object is not a means
    assert run("智能质检通过机器视觉检测产品缺陷。", ents) == set()


def test_applied_in_sector_scenes_and_with_the_help_of():
    ents = {"养殖业": "Industry", "物联网": "Technology", "水产行业": "Industry"}
    got = run("要深入挖掘养殖业中物联网的潜在应用场景。", ents)
    assert got == {("物联网", "appliedIn", "养殖业")}
    got = run("借助物联网技术，水产行业可以实时监测水质。", ents)
    assert got == {("物联网", "appliedIn", "水产行业")}


def test_subject_technology_becomes_engine():
    ents = {"光子芯片": "Technology", "算力产业": "Industry"}
    text = "光子芯片具有低功耗优势，在数据中心有广泛前景，成为推动算力产业发展的新动能。"
    assert run(text, ents) == {("光子芯片", "enables", "算力产业")}


def test_policy_that_is_an_object_does_not_stress():
    ents = {"中央经济工作会议": "Event", "“机器人+”行动": "Policy", "数字技术": "Technology", "制造业": "Industry"}
    text = "中央经济工作会议提出要实施“机器人+”行动，强调积极运用数字技术改造提升制造业。"
    got = run(text, ents)
    assert ("中央经济工作会议", "prioritizes", "数字技术") in got
    assert not any(h == "“机器人+”行动" for h, _, _ in got)
    # a policy as subject still stresses
    got = run("“机器人+”行动强调发展数字技术。", ents)
    assert ("“机器人+”行动", "prioritizes", "数字技术") in got


def test_policy_issued_then_says_and_speaker_delivering_a_report():
    ents = {"《方案》": "Policy", "省政府办公厅": "Institution", "氢能": "Industry", "低空经济": "Industry"}
    got = run("《方案》由省政府办公厅印发，提出加快发展氢能和低空经济。", ents)
    assert {("《方案》", "issuedBy", "省政府办公厅"), ("《方案》", "prioritizes", "氢能"),
            ("《方案》", "prioritizes", "低空经济")} <= got
    ents = {"王明": "Person", "省人代会": "Event", "政府工作报告": "Policy", "氢能": "Industry"}
    got = run("王明在省人代会上作政府工作报告时指出，要发展氢能。", ents)
    assert ("王明", "spokeAt", "省人代会") in got


def test_enables_needs_support_and_pronoun_cannot_do_without():
    ents = {"自动驾驶": "Technology", "激光雷达": "Technology", "高精地图": "Technology", "车路协同": "Technology"}
    text = "自动驾驶的落地不仅需要算法突破，还要有激光雷达、高精地图的支撑，其普及也离不开车路协同。"
    got = run(text, ents)
    assert {("激光雷达", "enables", "自动驾驶"), ("高精地图", "enables", "自动驾驶"),
            ("车路协同", "enables", "自动驾驶")} <= got


def test_list_before_new_generation_class_and_applied_head_clause():
    ents = {"脑机接口": "Technology", "智能眼镜": "Technology", "智能终端": "Technology", "智慧医疗": "Industry"}
    got = run("加快脑机接口、智能眼镜等新一代智能终端研发。", ents)
    assert {("脑机接口", "partOf", "智能终端"), ("智能眼镜", "partOf", "智能终端")} <= got
    got = run("脑机接口、智能眼镜等日趋广泛应用，催生智慧医疗新模式。", ents)
    assert ("脑机接口", "enables", "智慧医疗") in got


# ---------------------------------------------------------------- precision (one test per class)


def test_each_object_binds_to_the_nearest_policy():
    ents = {"《甲省装备规划》": "Policy", "《乙市服务意见》": "Policy", "智能装备": "Technology", "人工智能": "Technology"}
    got = run("《甲省装备规划》特别提出加快智能装备发展，《乙市服务意见》明确加快人工智能应用。", ents)
    assert ("《甲省装备规划》", "prioritizes", "智能装备") in got
    assert ("《乙市服务意见》", "prioritizes", "人工智能") in got
    assert ("《甲省装备规划》", "prioritizes", "人工智能") not in got


def test_the_subject_enables_what_it_gives_rise_to_never_backwards():
    ents = {"区块链": "Technology", "隐私计算": "Technology", "算力": "Technology", "大模型": "Technology"}
    got = run("区块链与隐私计算相互赋能，充足的数据、算力将催生更强大的大模型。", ents)
    assert ("算力", "enables", "大模型") in got
    assert not {r for r in got if r[2] in ("算力",) and r[1] == "enables"}  # 区块链 does not enable 算力
    assert ("大模型", "enables", "算力") not in got


def test_evidence_is_one_per_sentence_even_when_spans_overlap():
    text = "《华东数字化方案》提出发展氢能。其中包括加快发展氢能和量子通信。"
    ents = {"《华东数字化方案》": "Policy", "量子通信": "Technology", "氢能": "Industry"}
    rels = extract_relations(text, sentences(text), mentions(text, ents), "doc")
    hydrogen = [r for r in rels if r.tail_text == "氢能"]
    assert len(hydrogen) == 1  # the carried span covers the first sentence: the same support
    spans = sorted((r.evidence.start, r.evidence.end) for r in rels if r.tail_text == "量子通信")
    assert len(spans) == 1


# ---------------------------------------------------------------- cost


def test_a_long_line_without_punctuation_is_matched_in_bounded_windows():
    from kg.extract.relations import MAX_UNIT_CHARS, _units

    parts = [f"技术{i:04d}赋能产业{i:04d}而且发展前景很好但是" for i in range(3000)]
    text = "".join(parts)  # ~60k characters, one "sentence"
    ms, pos = [], 0
    for i, part in enumerate(parts):  # built directly: the test helper is quadratic
        for surface, etype in ((f"技术{i:04d}", "Technology"), (f"产业{i:04d}", "Industry")):
            k = text.index(surface, pos)
            ms.append(Mention(surface, etype, surface, k, k + len(surface)))
            pos = k + len(surface)
    units = _units(text, sentences(text), ms)
    assert len(units) >= len(text) // MAX_UNIT_CHARS
    assert all(u.end - u.start <= MAX_UNIT_CHARS for u in units)
    assert [(u.start, u.end) for u in units][0][0] == 0 and units[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(units, units[1:]))  # no gap, no overlap
    for u in units:  # no mention is cut
        assert all(u.start <= m.start and m.end <= u.end for m in u.mentions)
    assert sum(len(u.mentions) for u in units) == len(ms)
    got = {(r.head_text, r.type, r.tail_text) for r in extract_relations(text, sentences(text), ms, "doc")}
    assert ("技术0000", "enables", "产业0000") in got and ("技术2999", "enables", "产业2999") in got


# ---------------------------------------------------------------- recall beyond one cue


def test_list_to_its_category_with_a_count_or_a_description():
    ents = {"海洋牧场": "Industry", "深海养殖": "Industry", "新兴产业": "Industry", "纺织": "Industry", "机械": "Industry",
            "支柱行业": "Industry", "光伏": "Industry", "储能": "Industry", "主导产业": "Industry"}
    got = run("重点培育海洋牧场、深海养殖等五大新兴产业。", ents)
    assert got == {("海洋牧场", "partOf", "新兴产业"), ("深海养殖", "partOf", "新兴产业")}
    got = run("针对机械、纺织等规模大、带动性强的支柱行业，研究稳增长措施。", ents)
    assert got == {("机械", "partOf", "支柱行业"), ("纺织", "partOf", "支柱行业")}
    got = run("该区以光伏、储能等为核心的一批主导产业加速发展。", ents)
    assert got == {("光伏", "partOf", "主导产业"), ("储能", "partOf", "主导产业")}
    # a phrase ending in 的 before something that is not a category relates nothing
    got = run("海洋牧场、深海养殖等传统方式的储能", ents)
    assert ("海洋牧场", "partOf", "储能") not in got


def test_lists_under_a_heading_belong_to_the_category_it_names():
    ents = {"低空经济": "Industry", "通用航空": "Industry", "无人机物流": "Industry", "航空服务业": "Industry",
            "飞行培训": "Industry", "航空维修": "Industry", "人工智能": "Technology"}
    text = "（二）培育壮大低空经济\n推动通用航空、无人机物流加快发展。提升飞行培训、航空维修等航空服务业水平，推广人工智能。"
    got = run(text, ents)
    assert ("通用航空", "partOf", "低空经济") in got and ("无人机物流", "partOf", "低空经济") in got
    assert ("飞行培训", "partOf", "航空服务业") in got
    assert ("航空服务业", "partOf", "低空经济") in got  # the list's own category is the part
    assert ("飞行培训", "partOf", "低空经济") not in got
    assert not {r for r in got if r[0] == "人工智能"}  # another type: not a member
    # a heading naming a policy: what the section lists are its priorities
    ents.update({"产业基础再造工程": "Policy", "工业母机": "Technology", "基础软件": "Technology"})
    got = run("（三）实施产业基础再造工程\n加快突破工业母机、基础软件。", ents)
    assert got == {("产业基础再造工程", "prioritizes", "工业母机"), ("产业基础再造工程", "prioritizes", "基础软件")}
    # without a heading, nothing is carried across sentences
    got = run("低空经济前景广阔，推动通用航空、无人机物流加快发展。", ents)
    assert ("通用航空", "partOf", "低空经济") not in got


def test_issuer_cues_and_a_title_that_opens_with_its_issuer():
    ents = {"国家能源局": "Institution", "《南方能源体系规划》": "Policy", "第九届委员会": "Institution",
            "《团结奋进的报告》": "Policy", "张明": "Person", "全省代表大会": "Event", "江南省人民政府": "Institution",
            "《江南省人民政府关于加快数字农业发展的意见》": "Policy"}
    got = run("国家能源局会同有关部门编制了《南方能源体系规划》。", ents)
    assert ("《南方能源体系规划》", "issuedBy", "国家能源局") in got
    got = run("张明代表第九届委员会向全省代表大会作了题为《团结奋进的报告》的报告。", ents)
    assert ("《团结奋进的报告》", "issuedBy", "第九届委员会") in got
    assert ("张明", "spokeAt", "全省代表大会") in got
    text = "《江南省人民政府关于加快数字农业发展的意见》要求，江南省人民政府各部门抓好落实。"
    assert ("《江南省人民政府关于加快数字农业发展的意见》", "issuedBy", "江南省人民政府") in run(text, ents)
    # the issuer must be named in the text: no relation to an entity that is not there
    text = "《江南省人民政府关于加快数字农业发展的意见》要求各部门抓好落实。"
    assert run(text, {k: v for k, v in ents.items() if k != "江南省人民政府"}) == set()


def test_a_policy_named_after_a_technology_or_industry_prioritizes_it():
    ents = {"“机器人+”应用行动": "Policy", "机器人": "Technology", "《关于加快氢能产业发展的意见》": "Policy",
            "氢能产业": "Industry", "氢能": "Industry", "工业互联网创新工程": "Policy", "工业互联网": "Technology",
            "工业": "Industry"}
    got = run("各地落实“机器人+”应用行动，机器人密度持续提高。", ents)
    assert ("“机器人+”应用行动", "prioritizes", "机器人") in got
    got = run("《关于加快氢能产业发展的意见》发布后，氢能产业迎来机遇。", ents)
    assert ("《关于加快氢能产业发展的意见》", "prioritizes", "氢能产业") in got
    assert ("《关于加快氢能产业发展的意见》", "prioritizes", "氢能") not in got  # not mentioned on its own
    got = run("实施工业互联网创新工程，工业互联网和工业都在增长。", ents)
    assert ("工业互联网创新工程", "prioritizes", "工业互联网") in got
    assert ("工业互联网创新工程", "prioritizes", "工业") not in got  # inside the longer name


def test_implemented_policy_promotes_and_anaphors_stand_for_what_was_named_before():
    ents = {"“智造升级”行动": "Policy", "制造业": "Industry", "纺织": "Industry", "江南省人民政府": "Institution",
            "《江南省数字经济规划》": "Policy", "量子通信": "Technology", "合成生物": "Industry",
            "2025东湖数字大会": "Event", "武汉": "Region", "算力": "Technology", "算力产业": "Industry", "林海": "Person"}
    got = run("该省深入实施“智造升级”行动，推动制造业企业数字化转型。", ents)
    assert ("“智造升级”行动", "prioritizes", "制造业") in got
    got = run("江南省人民政府印发《江南省数字经济规划》。规划提出，重点发展量子通信、合成生物。", ents)
    assert ("《江南省数字经济规划》", "prioritizes", "量子通信") in got
    assert ("《江南省数字经济规划》", "prioritizes", "合成生物") in got
    got = run("2025东湖数字大会在武汉开幕。大会围绕算力赋能、算力产业协同等主题展开研讨。", ents)
    assert ("2025东湖数字大会", "locatedIn", "武汉") in got
    assert ("2025东湖数字大会", "prioritizes", "算力") in got and ("2025东湖数字大会", "prioritizes", "算力产业") in got
    # a remark made there is still not the event's priority
    got = run("2025东湖数字大会在武汉开幕。会上林海表示，要发展算力产业。", ents)
    assert ("2025东湖数字大会", "prioritizes", "算力产业") not in got


def test_member_lists_and_regions_with_their_province():
    ents = {"江南省委常委会": "Institution", "王一": "Person", "李二": "Person", "张三": "Person",
            "第二届东湖算力大会": "Event", "广东": "Region", "韶关": "Region"}
    got = run("江南省委常委会委员王一、李二、张三出席会议。", ents)
    assert got == {(p, "affiliatedWith", "江南省委常委会") for p in ("王一", "李二", "张三")}
    got = run("第二届东湖算力大会在广东韶关开幕。", ents)
    assert got == {("第二届东湖算力大会", "locatedIn", "广东"), ("第二届东湖算力大会", "locatedIn", "韶关")}


def test_means_visits_issued_policies_expo_sections_and_titles_of_several_words():
    ents = {"大数据": "Technology", "5G": "Technology", "药品": "Industry", "医药物流": "Industry", "潍坊": "Region",
            "甲集团": "Institution", "乙集团": "Institution", "林海": "Person", "《制造业振兴意见》": "Policy",
            "制造业": "Industry", "特钢材料": "Industry", "氢能": "Industry", "2025江南智博会": "Event",
            "智能装备": "Industry", "智慧城市": "Industry", "江南经济研究中心": "Institution", "王一": "Person"}
    got = run("该企业通过大数据、5G等新技术，整合资源，助推药品、医药物流等板块升级。", ents)
    assert {("大数据", "enables", "药品"), ("5G", "enables", "医药物流")} <= got
    got = run("在潍坊，林海来到甲集团、乙集团，察看生产线。", ents)
    assert got == {("甲集团", "locatedIn", "潍坊"), ("乙集团", "locatedIn", "潍坊")}
    got = run("该省出台《制造业振兴意见》，把制造业作为主攻方向，明确特钢材料、氢能等重点产业链。", ents)
    assert {("《制造业振兴意见》", "prioritizes", "特钢材料"), ("《制造业振兴意见》", "prioritizes", "氢能")} <= got
    got = run("2025江南智博会分为智能装备、智慧城市两大板块。", ents)
    assert got == {("2025江南智博会", "prioritizes", "智能装备"), ("2025江南智博会", "prioritizes", "智慧城市")}
    got = run("江南经济研究中心产业部部长、研究员王一表示，前景广阔。", ents)
    assert got == {("王一", "affiliatedWith", "江南经济研究中心")}


def test_paired_events_held_and_programmes_launched_by_an_institution():
    ents = {"第二届东湖算力大会": "Event", "首届江南算网大会": "Event", "广东": "Region", "韶关": "Region",
            "第七届江南工业奖": "Event", "北京": "Region", "江南省工信厅": "Institution", "“三化”行动": "Policy"}
    got = run("第二届东湖算力大会暨首届江南算网大会在广东韶关开幕。", ents)
    assert got == {(e, "locatedIn", r) for e in ("第二届东湖算力大会", "首届江南算网大会") for r in ("广东", "韶关")}
    assert run("第七届江南工业奖今天在北京揭晓。", ents) == {("第七届江南工业奖", "locatedIn", "北京")}
    assert run("江南省工信厅持续开展“三化”行动，服务中小企业。", ents) == {("“三化”行动", "issuedBy", "江南省工信厅")}


def test_pattern_file_problems_are_one_line_errors_naming_the_key(tmp_path):
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    cases = []
    bad = json.loads(json.dumps(data)); bad["rules"][0]["prioritty"] = 3
    cases.append((bad, "prioritty"))
    bad = json.loads(json.dumps(data)); bad["rules"][0]["emit"][0]["tail"] = "nosuchgroup"
    cases.append((bad, "nosuchgroup"))
    bad = json.loads(json.dumps(data)); bad["rules"][0]["emit"][0]["head_types"] = ["Gadget"]
    cases.append((bad, "Gadget"))
    bad = json.loads(json.dumps(data)); bad["section_class"][0]["heading"] = "(?P<other>x)"
    cases.append((bad, "class"))
    bad = json.loads(json.dumps(data)); bad["titles"]["issuer_regex"] = "x"
    cases.append((bad, "issuer_regex"))
    for n, (content, needle) in enumerate(cases):
        path = tmp_path / f"relations{n}.json"
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(KgError) as err:
            load_relation_patterns(path)
        message = str(err.value)
        assert "\n" not in message and needle in message and str(path) in message


def test_graph_support_counts_overlapping_evidence_of_one_document_once():
    from kg.extract import resolve
    from kg.graph.rdf import build_rdf
    from kg.model import Document, Evidence, Extraction, Relation

    text = "《华东数字化方案》提出发展氢能。其中包括加快发展氢能。"
    doc = Document(id="d1", source="d1.txt", text=text)
    ms = mentions(text, {"《华东数字化方案》": "Policy", "氢能": "Industry"})

    def rel(start, end, rule):
        return Relation("《华东数字化方案》", "prioritizes", "氢能", "《华东数字化方案》", "氢能", "Policy", "Industry",
                        Evidence("d1", text[start:end], start, end, rule, 0.7))

    first = text.index("其中")
    ex = Extraction("d1", ms, [rel(0, first, "a"), rel(0, len(text), "b"), rel(first, len(text), "c")])
    built = build_rdf([doc], *resolve([ex]))
    support = [t for t in built.triples if t.predicate.value.endswith("#support")]
    assert [int(t.object.value) for t in support] == [2]  # two sentences, not three spans


def test_a_topic_clause_names_the_category_of_the_list_after_it_but_not_of_a_sibling():
    ents = {"现代服务业": "Industry", "现代物流": "Industry", "科技服务": "Industry", "新兴产业": "Industry",
            "传统产业": "Industry", "人工智能": "Technology"}
    got = run("加快发展现代服务业，推动现代物流、科技服务向价值链高端延伸。", ents)
    assert got == {("现代物流", "partOf", "现代服务业"), ("科技服务", "partOf", "现代服务业")}
    assert run("培育壮大新兴产业，推动传统产业改造升级。", ents) == set()
    assert run("（一）培育壮大新兴产业\n推动传统产业改造升级，发展人工智能。", ents) == set()


def test_the_speaker_after_a_sentence_framed_by_a_meeting_spoke_at_it():
    ents = {"全省制造业座谈会": "Event", "林海": "Person", "先进制造业": "Industry", "东湖论坛": "Event"}
    text = "在全省制造业座谈会上，企业负责人谈了建议。林海指出，要加快发展先进制造业。"
    got = run(text, ents)
    assert ("林海", "spokeAt", "全省制造业座谈会") in got
    assert ("全省制造业座谈会", "prioritizes", "先进制造业") in got
    # a meeting merely named before (no 在…上 frame) is not where the speaker spoke
    got = run("全省制造业座谈会日前召开。林海指出，要加快发展先进制造业。", ents)
    assert not {r for r in got if r[1] in ("spokeAt", "prioritizes")}
    # at a forum the speaker spoke there, but the remark is not the forum's priority
    got = run("在东湖论坛上，嘉宾交流了看法。林海指出，要加快发展先进制造业。", ents)
    assert ("林海", "spokeAt", "东湖论坛") in got and ("东湖论坛", "prioritizes", "先进制造业") not in got


def test_technologies_fused_with_a_sector_written_with_tong():
    ents = {"互联网": "Technology", "大数据": "Technology", "制造业": "Industry"}
    got = run("推动互联网、大数据同制造业深度融合。", ents)
    assert got == {("互联网", "appliedIn", "制造业"), ("大数据", "appliedIn", "制造业")}
    # 实体经济, the real economy as a whole, is no field (test_applied_enables_partof_s21)


def test_the_technology_nearest_to_its_field_is_the_one_applied_there():
    ents = {"智能制造工程": "Policy", "人工智能": "Technology", "制造业": "Industry", "智慧农业": "Industry",
            "物联网": "Technology", "农业": "Industry"}
    got = run("实施智能制造工程，推动人工智能在制造业的深度应用。", ents)
    assert ("人工智能", "appliedIn", "制造业") in got
    got = run("发展智慧农业，推动物联网在农业生产中的应用。", ents)
    assert ("物联网", "appliedIn", "农业") in got
    got = run("促进数字技术和制造业有机融合。", {"数字技术": "Technology", "制造业": "Industry"})
    assert got == {("数字技术", "appliedIn", "制造业")}
    assert run("发展数字技术和制造业。", {"数字技术": "Technology", "制造业": "Industry"}) == set()


def test_among_them_visited_events_and_long_title_chains():
    ents = {"高技术产业": "Industry", "电子设备制造": "Industry", "技术服务": "Industry", "人工智能": "Technology",
            "新一代信息技术": "Technology", "浦东新区": "Region", "江南科技成果展": "Event", "江南省委": "Institution",
            "江南军区": "Institution", "王一": "Person"}
    text = "一季度，高技术产业实际使用外资增长18%。其中，电子设备制造、技术服务领域引资涨幅超过50%。"
    got = run(text, ents)
    assert got == {("电子设备制造", "partOf", "高技术产业"), ("技术服务", "partOf", "高技术产业")}
    # 其中 followed by a verb phrase is not a list of members
    text = "新一代信息技术发展很快。其中包括：利用人工智能加强传承。"
    assert run(text, ents) == set()
    got = run("王一随后来到浦东新区，参观江南科技成果展。", ents)
    assert got == {("江南科技成果展", "locatedIn", "浦东新区")}
    got = run("江南省委书记、省长、江南军区政委王一出席会议。", ents)
    assert got == {("王一", "affiliatedWith", "江南省委"), ("王一", "affiliatedWith", "江南军区")}


def test_an_institution_written_right_after_a_region_is_located_there():
    ents = {"安阳": "Region", "中国文字博物馆": "Institution", "河南": "Region"}
    assert run("安阳中国文字博物馆建成开放。", ents) == {("中国文字博物馆", "locatedIn", "安阳")}
    # a region ending a list, or joined by 和, is not read as the institution's place
    assert run("河南、安阳中国文字博物馆", ents) == set()
    assert run("河南和中国文字博物馆", ents) == set()


def test_an_issued_policy_selects_or_centres_on_what_it_prioritizes():
    ents = {"江南省数据局": "Institution", "《数据赋能行动计划》": "Policy", "现代农业": "Industry", "商贸流通": "Industry"}
    got = run("江南省数据局印发《数据赋能行动计划》，选取现代农业、商贸流通等12个行业，发挥数据要素作用。", ents)
    assert {("《数据赋能行动计划》", "prioritizes", "现代农业"), ("《数据赋能行动计划》", "prioritizes", "商贸流通")} <= got


def test_objects_of_an_imperative_are_not_subjects_and_implemented_policies_set_targets():
    ents = {"大推力火箭": "Technology", "运载器": "Technology", "空间站": "Technology", "“智能+”行动": "Policy",
            "智能终端": "Technology", "智能体": "Technology"}
    got = run("推进大推力火箭、运载器的研发和商业化应用，推动空间站取得突破。", ents)
    assert not {r for r in got if r[1] == "enables"}
    got = run("深入实施“智能+”行动，到2027年智能终端、智能体等应用普及率超70%。", ents)
    assert {("“智能+”行动", "prioritizes", "智能终端"), ("“智能+”行动", "prioritizes", "智能体")} <= got


def test_a_list_included_in_a_category_is_part_of_it():
    ents = {"海水养殖业": "Industry", "远洋渔业": "Industry", "海洋产业": "Industry", "卫星导航": "Technology",
            "空天技术": "Technology"}
    got = run("包括海水养殖业、远洋渔业在内的江南省海洋产业规模持续扩大。", ents)
    assert got == {("海水养殖业", "partOf", "海洋产业"), ("远洋渔业", "partOf", "海洋产业")}
    assert run("包括卫星导航等在内的新兴空天技术加快突破。", ents) == {("卫星导航", "partOf", "空天技术")}
    # a category of another type is not a part's whole
    assert run("包括卫星导航在内的海洋产业加快发展。", ents) == set()


def test_a_sector_fused_with_a_technology_applies_it():
    ents = {"智慧农业": "Industry", "北斗导航": "Technology", "物联网": "Technology", "数字经济": "Industry",
            "实体经济": "Industry"}
    got = run("推动智慧农业与北斗导航、物联网的深度融合。", ents)
    assert got == {("北斗导航", "appliedIn", "智慧农业"), ("物联网", "appliedIn", "智慧农业")}
    assert run("智慧农业同物联网等新技术加速融合。", ents) == {("物联网", "appliedIn", "智慧农业")}
    # two sectors fused: no technology, no relation
    assert run("促进数字经济与实体经济深度融合。", ents) == set()
    # a list of sectors with one word tagged as a technology is sector fusion, not application
    ents = {"新能源汽车": "Industry", "信息通信": "Technology"}
    assert run("推动新能源汽车与能源、交通、信息通信深度融合。", ents) == set()


def test_a_list_before_its_qualified_category_is_part_of_it():
    ents = {"冷链物流": "Industry", "工业设计": "Industry", "生产性服务业": "Industry", "类脑计算": "Technology",
            "存算一体": "Technology", "算力": "Technology", "制造业": "Industry"}
    got = run("发展冷链物流、工业设计等现代生产性服务业。", ents)
    assert got == {("冷链物流", "partOf", "生产性服务业"), ("工业设计", "partOf", "生产性服务业")}
    got = run("突破类脑计算、存算一体等前沿算力技术。", {**ents, "算力技术": "Technology"})
    assert got == {("类脑计算", "partOf", "算力技术"), ("存算一体", "partOf", "算力技术")}
    # a verb after 等 is not a qualifier: 带动 names no category
    assert run("冷链物流、工业设计等带动制造业升级。", ents) == set()



def test_the_aspects_a_technology_made_progress_in_are_its_parts():
    ents = {"量子通信": "Technology", "量子密钥分发": "Technology", "单光子探测": "Technology", "金融": "Industry"}
    got = run("各地加大在量子通信领域的投入，在量子密钥分发、单光子探测和量子中继等方面已经取得显著进展。", ents)
    assert got == {("量子密钥分发", "partOf", "量子通信"), ("单光子探测", "partOf", "量子通信")}
    got = run("量子通信近年来在单光子探测等方面取得了重要突破。", ents)
    assert got == {("单光子探测", "partOf", "量子通信")}
    # progress in a sector is not a part of the technology (types differ)
    assert run("量子通信近年来在金融等方面取得了重要突破。", ents) == set()


def test_a_category_then_especially_a_member_makes_it_a_part():
    ents = {"实体经济": "Industry", "制造业": "Industry", "装备制造业": "Industry", "人工智能": "Technology",
            "大模型": "Technology"}
    assert run("实体经济特别是制造业是经济的根基。", ents) == {("制造业", "partOf", "实体经济")}
    got = run("推动人工智能尤其是大模型加快应用。", ents)
    assert got == {("大模型", "partOf", "人工智能")}
    # after a comma 特别是 opens a new remark, not a member of what precedes
    assert run("壮大实体经济，特别是制造业和装备制造业要升级。", ents) == set()


def test_the_second_object_of_a_verb_with_its_own_development_noun_is_enabled_too():
    ents = {"区块链": "Technology", "可信计算": "Technology", "数字金融": "Industry", "智慧物流": "Industry"}
    got = run("区块链推动可信计算演进和数字金融发展。", ents)
    assert got == {("区块链", "enables", "可信计算"), ("区块链", "enables", "数字金融")}
    got = run("区块链成为推动数字金融升级与智慧物流发展的新引擎。", ents)
    assert {("区块链", "enables", "数字金融"), ("区块链", "enables", "智慧物流")} <= got
    # without the development noun the second item is not an object of the verb
    assert ("区块链", "enables", "智慧物流") not in run("区块链推动数字金融升级，智慧物流发展较快。", ents)
    got = run("区块链具有不可篡改的特性，在多个场景有广泛应用，成为推动可信计算演进和智慧物流发展的新动能。", ents)
    assert {("区块链", "enables", "可信计算"), ("区块链", "enables", "智慧物流")} <= got


def test_a_technology_whose_progress_opens_the_clause_enables_what_follows():
    ents = {"卫星互联网": "Technology", "远洋渔业": "Industry", "智慧养老": "Industry"}
    got = run("卫星互联网的突飞猛进，推动远洋渔业进入新阶段。", ents)
    assert got == {("卫星互联网", "enables", "远洋渔业")}
    got = run("在卫星互联网赋能下，更多老人将享受便捷的智慧养老。", ents)
    assert got == {("卫星互联网", "enables", "智慧养老")}
    # a sector's own growth enables nothing (enables needs a technology head)
    assert run("远洋渔业的快速发展，推动智慧养老进入新阶段。", ents) == set()


def test_a_technology_whose_arrival_makes_something_better_enables_it():
    ents = {"数字孪生": "Technology", "桥梁检测": "Technology", "建筑业": "Industry", "钢铁": "Industry"}
    got = run("数字孪生的加入让桥梁检测更加精准。", ents)
    assert got == {("数字孪生", "enables", "桥梁检测")}
    assert run("数字孪生的广泛应用使得建筑业效率大幅提升。", ents) == {("数字孪生", "enables", "建筑业")}
    # a sector's arrival enables nothing; an object far from 让 is not what is changed
    assert run("钢铁的加入让建筑业更加稳固。", ents) == set()
    assert run("数字孪生的加入让不少企业在今后几年里的建筑业务更好。", {**ents, "建筑业务": "Industry"}) == set()


def test_a_technology_playing_a_role_in_or_entering_fields_is_applied_there():
    ents = {"区块链": "Technology", "金融": "Industry", "政务": "Industry", "供应链": "Industry"}
    got = run("区块链在金融、政务等领域发挥着重要作用。", ents)
    assert got == {("区块链", "appliedIn", "金融"), ("区块链", "appliedIn", "政务")}
    assert run("区块链在供应链方面大显身手。", ents) == {("区块链", "appliedIn", "供应链")}
    assert run("区块链正加速走进金融、政务等行业。", ents) == {("区块链", "appliedIn", "金融"), ("区块链", "appliedIn", "政务")}
    # a sector's role in another sector is not an application
    assert run("金融在政务领域发挥重要作用。", ents) == set()
