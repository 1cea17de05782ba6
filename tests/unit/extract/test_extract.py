"""The extractor's rule families, on sentences written for these tests."""
from __future__ import annotations

import pickle

import pytest

from kg.extract import extract_document, extract_text, resolve, resolve_summaries
from kg.model import Document, Extraction, Mention
from support.entities import ents


def labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in extract_text(text).mentions}


def test_lexicon_terms_and_sectors():
    got = ents("我们要推动量子计算与区块链技术在制造业和农业中的应用。")
    assert ("量子计算", "Technology") in got
    assert ("制造业", "Industry") in got
    assert ("农业", "Industry") in got


def test_longest_name_wins_and_no_nested_region():
    got = ents("北京大学的研究团队与苏州的企业合作。")
    assert ("北京大学", "Institution") in got
    assert ("北京", "Region") not in got
    assert ("苏州", "Region") in got


def test_institution_suffix_with_modifiers():
    got = ents("会议由浙江省数字经济促进中心研究院主办，杭州新视界机器人有限公司参加。")
    assert ("杭州新视界机器人有限公司", "Institution") in got


def test_institution_abbreviation_gets_full_label():
    lab = labels("工信部和科技部联合部署相关工作。")
    assert lab["工信部"] == "工业和信息化部"
    assert lab["科技部"] == "科学技术部"


def test_technology_and_industry_heads():
    got = ents("发展光量子芯片技术，壮大低轨卫星产业。")
    assert ("低轨卫星产业", "Industry") in got
    assert any(t == "Technology" and s.endswith("技术") for s, t in got)


def test_term_followed_by_industry_is_industry():
    got = ents("积极培育区块链产业，区块链本身也在快速迭代。")
    assert ("区块链产业", "Industry") in got
    assert ("区块链", "Technology") in got


def test_generic_words_are_not_entities():
    got = ents("我国各地企业和高校加快发展新质生产力，用颠覆性技术和前沿技术推进新型工业化。")
    surfaces = {s for s, _ in got}
    for generic in ("我国", "企业", "高校", "新质生产力", "颠覆性技术", "前沿技术", "新型工业化", "工业"):
        assert generic not in surfaces


def test_coordinated_list_is_split():
    got = ents("云计算、大数据和物联网等技术日益成熟。")
    for term in ("云计算", "大数据", "物联网"):
        assert (term, "Technology") in got


def test_policy_titles_and_quoted_projects():
    got = ents("国务院印发《关于加快培育低空经济的指导意见》，并启动“星火燎原”工程与“十五五”规划编制。")
    assert ("《关于加快培育低空经济的指导意见》", "Policy") in got
    assert ("“星火燎原”工程", "Policy") in got


def test_short_policy_name_resolves_to_full_title_in_document():
    ex = extract_text("两部门发布《关于促进海洋装备发展的实施意见》。《实施意见》提出三项任务。")
    short = [m for m in ex.mentions if m.text == "《实施意见》"]
    assert short and short[0].type == "Policy"
    assert short[0].label == "《关于促进海洋装备发展的实施意见》"
    assert "《实施意见》" in ex.aliases["《关于促进海洋装备发展的实施意见》"]


def test_in_text_definition_becomes_alias():
    ex = extract_text("南山海洋装备产业联合会（以下简称“南装联”）成立。南装联将组织企业开展攻关。")
    found = [m for m in ex.mentions if m.text == "南装联"]
    assert found and found[0].label == "南山海洋装备产业联合会"
    assert found[0].type == "Institution"


def test_events_meetings():
    got = ents("党的二十届三中全会和中央经济工作会议都作出部署，十四届全国人大二次会议审议了报告。")
    assert ("党的二十届三中全会", "Event") in got
    assert ("中央经济工作会议", "Event") in got
    assert ("十四届全国人大二次会议", "Event") in got


def test_person_titles_are_stripped():
    got = ents("习近平总书记强调，要因地制宜。研究所所长周明远表示，将加大投入。教授林晓岚指出，人才是关键。")
    assert ("习近平", "Person") in got
    assert ("周明远", "Person") in got
    assert ("林晓岚", "Person") in got
    assert not any(s.endswith("总书记") or s.startswith("教授") for s, _ in got)


def test_regions_and_publications():
    got = ents("《光明日报》报道，江苏和浙江在长江经济带建设中先行一步，美国也在加大投入。")
    assert ("光明日报", "Publication") in got
    assert ("江苏", "Region") in got
    assert ("长江经济带", "Region") in got
    assert ("美国", "Region") in got


def test_full_width_variants_match_and_keep_surface():
    ex = extract_text("５Ｇ网络与ＡＩ应用加速落地。")
    m = {x.text: x for x in ex.mentions}
    assert "５Ｇ网络" in m and m["５Ｇ网络"].label == "5G网络"
    assert "ＡＩ" in m and m["ＡＩ"].type == "Technology"


def test_ascii_terms_need_boundaries():
    surfaces = {s for s, _ in ents("OpenAI发布了新模型。")}
    assert "AI" not in surfaces


def test_surfaces_are_exact_substrings():
    text = "工业和信息化部等七部门联合印发《关于推动未来产业创新发展的实施意见》，提出发展人形机器人。"
    for m in extract_text(text).mentions:
        assert text[m.start : m.end] == m.text


def test_document_metadata_mentions_and_affiliation():
    doc = Document(
        id="t1", source="t1.txt", text="人工智能赋能制造业。",
        authors=["林晓岚"], affiliations={"林晓岚": ["北京理工大学管理与经济学院教授"]},
        publication="经济日报",
    )
    ex = extract_document(doc)
    meta = {(m.text, m.type) for m in ex.mentions if m.source == "metadata"}
    assert ("林晓岚", "Person") in meta
    assert ("经济日报", "Publication") in meta
    insts = [m for m in ex.mentions if m.source == "metadata" and m.type == "Institution"]
    assert insts
    rel = [r for r in ex.relations if r.evidence.rule == "metadata.affiliation"]
    assert rel and rel[0].head == "林晓岚" and rel[0].type == "affiliatedWith"
    assert rel[0].evidence.sentence == "北京理工大学管理与经济学院教授"
    pickle.loads(pickle.dumps(ex))  # crosses process boundaries


def test_resolve_merges_aliases_across_documents_on_evidence_only():
    a = extract_text("南山海洋装备产业联合会（以下简称“南装联”）成立。", "a")
    b = extract_text("南装联发布年度报告，民政厅与财政厅参加。工信部到会。", "b")
    c = Extraction("c", [Mention("南装联", "Institution", "南装联", 0, 3)])
    out, entities = resolve([a, b, c])
    by_doc = {ex.doc_id: ex for ex in out}
    assert {m.label for m in by_doc["c"].mentions if m.text == "南装联"} == {"南山海洋装备产业联合会"}
    ent = {(e.label, e.type): e for e in entities}
    full = ent[("南山海洋装备产业联合会", "Institution")]
    assert "南装联" in full.aliases
    assert full.doc_ids == ["a", "c"]
    assert ("工业和信息化部", "Institution") in ent


def test_resolving_summaries_gives_the_same_entities_and_labels():
    # a build resolves per-document summaries (mention tallies), not mentions
    a = extract_text("南山海洋装备产业联合会（以下简称“南装联”）成立。工信部与工业和信息化部都支持人工智能。", "a")
    b = extract_text("南装联发布年度报告。人工智能赋能制造业，人工智能也赋能农业。", "b")
    c = Extraction("c", [Mention("南装联", "Institution", "南装联", 0, 3), Mention("南装联", "Institution", "南装联", 5, 8)])
    out, entities = resolve([a, b, c])
    summaries, summary_entities = resolve_summaries([a.summary(), b.summary(), c.summary()])
    assert summary_entities == entities
    assert [s.doc_id for s in summaries] == ["a", "b", "c"]
    for ex, s in zip(out, summaries):
        assert s == ex.summary()
    tally = summaries[2].mentions
    assert tally == {("南装联", "Institution", "南山海洋装备产业联合会"): 2}
    ent = {(e.label, e.type): e for e in entities}
    assert ent[("人工智能", "Technology")].mentions == 3


def test_resolve_never_merges_on_string_similarity():
    d = Extraction("d", [Mention("民政厅", "Institution", "民政厅", 0, 3), Mention("财政厅", "Institution", "财政厅", 4, 7)])
    e = extract_text("银监会与银保监会是两个机构。", "e")
    _, entities = resolve([d, e])
    labels_ = {e.label for e in entities}
    assert {"民政厅", "财政厅"} <= labels_
    lab = {m.text: m.label for m in e.mentions}
    assert lab["银监会"] != lab["银保监会"]


def test_pipeline_components_registered_in_order():
    from kg.extract.pipeline import PIPELINE, get_nlp
    from kg.options import RULES_ONLY

    assert tuple(get_nlp(RULES_ONLY).pipe_names) == PIPELINE
    nlp = get_nlp()  # the default extractor's: the rules with the pruner, the retyper, the extensions and the span filler
    at = PIPELINE.index("kg_normalise")
    assert tuple(nlp.pipe_names) == PIPELINE[:at] + ("kg_prune", "kg_retype", "kg_extend", "kg_spanfill") + PIPELINE[at:]
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    doc = nlp("人工智能是工业和信息化部关注的重点。")
    assert {s.text for s in doc.spans["kg"]} >= {"人工智能", "工业和信息化部"}


@pytest.mark.parametrize("text", ["", "   ", "。。。", "abc"])
def test_degenerate_texts(text):
    assert extract_text(text).mentions == [] or all(text[m.start:m.end] == m.text for m in extract_text(text).mentions)


def test_list_items_take_the_list_type():
    # 冰壶赛事 and 滑雪培训 are in no lexicon: the list's other items say Industry
    got = ents("数字技术正在改造金融、物流、冰壶赛事和滑雪培训等行业。")
    assert ("金融", "Industry") in got and ("物流", "Industry") in got
    assert ("冰壶赛事", "Industry") in got
    assert ("滑雪培训", "Industry") in got


def test_shared_head_and_adjacent_compounds():
    got = ents("加快突破基因和细胞技术，推广区块链智能合约，同时发展人工智能和量子计算技术。")
    assert ("基因和细胞技术", "Technology") in got
    assert ("区块链智能合约", "Technology") in got
    assert ("人工智能", "Technology") in got and ("量子计算技术", "Technology") in got


def test_sector_suffix_and_places():
    got = ents("蒸汽机改变了纺织业，昆山市和青浦区也在布局。")
    assert ("纺织业", "Industry") in got
    assert ("昆山市", "Region") in got and ("青浦区", "Region") in got
    assert not any(s in ("城市", "企业", "中西部") for s, _ in ents("城市里的企业向中西部转移。"))


def test_institution_with_region_and_unit_and_title_glued():
    got = ents("浙江理工大学材料科学学院院长许青岚介绍了成果。")
    assert ("浙江理工大学材料科学学院", "Institution") in got
    assert ("许青岚", "Person") in got


def test_generic_organisation_classes_are_not_institutions():
    surfaces = {s for s, _ in ents("高水平建设国家实验室和全国重点实验室，支持具身智能公司发展。")}
    assert not surfaces & {"建设国家实验室", "国家实验室", "全国重点实验室", "具身智能公司"}


def test_longest_institution_with_parent_body():
    got = ents("作者单位：中国社会科学院工业经济研究所。")
    assert ("中国社会科学院工业经济研究所", "Institution") in got
    assert ("中国社会科学院", "Institution") not in got


def test_publication_titles_vs_policy_titles():
    got = ents("《求是》杂志和《新经济导刊》刊文解读《2031年数字乡村行动方案》。")
    assert ("求是", "Publication") in got
    assert ("新经济导刊", "Publication") in got
    assert ("《2031年数字乡村行动方案》", "Policy") in got


def test_affiliation_line_naming_its_own_person():
    doc = Document(
        id="t2", source="t2.txt", text="推动量子计算发展。", authors=["甲乙丙"],
        affiliations={"": ["浙江理工大学材料科学学院院长许青岚"]},
    )
    rel = [r for r in extract_document(doc).relations if r.evidence.rule == "metadata.affiliation"]
    assert [(r.head, r.tail) for r in rel] == [("许青岚", "浙江理工大学材料科学学院")]


def test_parenthesised_abbreviation_is_an_alias():
    ex = extract_text("两国成立“中欧绿色材料技术委员会”（GMTC）。GMTC每年开会，GMTCX不算。")
    found = [m for m in ex.mentions if m.text == "GMTC"]
    assert len(found) == 2 and {m.label for m in found} == {"中欧绿色材料技术委员会"}
    assert ex.aliases["中欧绿色材料技术委员会"] == ["GMTC"]


def test_byline_names():
    got = ents("作者：张明远、李思琪\n本报记者 王晓东")
    assert {("张明远", "Person"), ("李思琪", "Person"), ("王晓东", "Person")} <= got


def test_provincial_departments_and_directional_names():
    got = ents("湖南省工业和信息化厅副厅长周建新表示，西北工业大学和南方医科大学参与合作。")
    assert ("湖南省工业和信息化厅", "Institution") in got
    assert ("工业", "Industry") not in got
    assert ("周建新", "Person") in got
    assert ("南方医科大学", "Institution") in got


def test_lexicon_rejects_a_surface_with_two_meanings(tmp_path):
    from kg.errors import KgError
    from kg.extract.lexicon import load_lexicon

    (tmp_path / "a.tsv").write_text("银监会\tInstitution\t中国银行业监督管理委员会\n", encoding="utf-8")
    (tmp_path / "b.tsv").write_text("银保监会\tInstitution\t中国银行保险监督管理委员会\t银监会\n", encoding="utf-8")
    with pytest.raises(KgError, match="银监会"):
        load_lexicon.__wrapped__(str(tmp_path))
    lex = load_lexicon()  # the shipped lexicon loads
    assert lex.terms["工信部"] == ("Institution", "工业和信息化部")


def test_ambiguous_term_takes_the_reading_of_its_list():
    # default readings: 区块链 Technology, 智能制造 Industry
    as_sector = ents("围绕金融、物流、零售、区块链等行业开展试点。")
    assert ("区块链", "Industry") in as_sector
    as_tech = ents("突破量子计算、脑机接口、类脑智能、智能制造等技术。")
    assert ("智能制造", "Technology") in as_tech
    mixed = ents("如智能制造、人形机器人、脑机接口等。")  # no clear reading: defaults stay
    assert ("智能制造", "Industry") in mixed


def test_lexicon_words_do_not_glue_their_neighbours():
    # 联合|国家 must not become 联合国|家 because 联合国 is in the lexicon
    text = "高新区联合国家大学科技园共建平台，联合国也关注人工智能。"
    found = [(m.text, m.start) for m in extract_text(text).mentions]
    assert ("联合国", text.rindex("联合国")) in found
    assert ("联合国", text.index("联合国")) not in found


def test_journal_named_in_latin_letters():
    got = ents("他担任国际期刊Advanced Robotics Letters编委，论文发表于杂志 Joule。")
    assert ("Advanced Robotics Letters", "Publication") in got
    assert ("Joule", "Publication") in got


def test_policy_short_names_stay_in_their_document():
    a = extract_text("国务院印发《关于加快海洋装备发展的意见》（以下简称“意见”）。意见提出三点。", "a")
    b = extract_text("两部门印发《关于促进冰雪运动装备发展的意见》。《意见》明确任务。", "b")
    out, _ = resolve([a, b])
    labels_a = {m.label for m in out[0].mentions if m.type == "Policy"}
    labels_b = {m.label for m in out[1].mentions if m.type == "Policy"}
    assert labels_a == {"《关于加快海洋装备发展的意见》"}
    assert labels_b == {"《关于促进冰雪运动装备发展的意见》"}


def test_short_terms_need_token_boundaries():
    got = ents("提升数据存储能力，支持纺织、化工企业转型。")
    assert ("储能", "Industry") not in got  # 存储|能力 holds no 储能
    assert ("化工", "Industry") in got  # 化工|企业 is one jieba word


# ------------------------------------------------ generalisation rule families


def test_list_class_noun_types_unknown_items():
    # 插花 and 茶艺 are not in the lexicon: the class noun after the list
    # (…等现代服务业) makes them industries, next to a known one (金融)
    got = ents("该市大力发展金融、插花、茶艺等现代服务业。")
    assert ("金融", "Industry") in got
    assert ("插花", "Industry") in got
    assert ("茶艺", "Industry") in got
    # without a class noun, the unknown items stay unknown
    got = ents("他喜欢金融、插花、茶艺等话题。")
    assert ("插花", "Industry") not in got


def test_ascii_technology_spaced_from_its_product_head():
    got = ents("厂商推出了 AI 眼镜和 6G 终端，还有5G 基站。")
    assert ("AI 眼镜", "Technology") in got
    assert ("6G 终端", "Technology") in got
    assert ("5G 基站", "Technology") in got
    assert ("AI", "Technology") not in got


def test_lexicon_technology_plus_method_or_infrastructure_head():
    got = ents("团队改进了深度学习算法，并建设算力基础设施。")
    assert ("深度学习算法", "Technology") in got
    assert ("算力基础设施", "Technology") in got
    assert ("深度学习", "Technology") not in got
    # a head without a lexicon technology before it is not a name
    assert not any(s.endswith("算法") for s, _ in ents("这套排序算法很常见。"))


def test_sector_gongye_and_named_zones_and_party_committees():
    got = ents("蒸汽机推动了纺织工业的发展。浙江省委考察了合肥滨湖科学城。")
    assert ("蒸汽机", "Technology") in got
    assert ("纺织工业", "Industry") in got
    assert ("浙江省委", "Institution") in got
    assert ("合肥滨湖科学城", "Region") in got
    assert ("合肥", "Region") not in got


def test_organisation_head_needs_a_named_body():
    got = ents("联合国教育发展组织发布报告，以有组织科研推进攻关。")
    assert ("联合国教育发展组织", "Institution") in got
    assert not any(s.endswith("有组织") for s, _ in got)


def test_investment_fund_names_and_interface_variants():
    got = ents("国家集成电路产业投资基金支持柔性脑机接口研发。")
    assert ("国家集成电路产业投资基金", "Institution") in got
    assert ("柔性脑机接口", "Technology") in got


def test_five_year_plan_proposal_and_slogans():
    got = ents("“十六五”规划建议提出推进教育、科技、人才一体化发展，推动产业数字化、数字产业化。")
    assert ("“十六五”规划建议", "Policy") in got
    assert ("教育", "Industry") not in got
    assert not any(s == "数字产业" for s, _ in got)


def test_rankings_and_research_reports_are_not_policies():
    got = ents("据《全球机器人产业排行榜单》和《储能技术专利分析报告》，《政府工作报告》提出加快发展储能。")
    assert ("《政府工作报告》", "Policy") in got
    assert not any(t == "Policy" and ("榜单" in s or "分析报告" in s) for s, t in got)
    # a verb before a fund is not part of its name
    got = ents("按照市场化原则投资创投基金，国家集成电路产业投资基金也参与其中。")
    assert not any(s.startswith("原则") or s.startswith("市场化") for s, _ in got)


def test_complete_sector_before_chanye_is_not_a_longer_name():
    got = ents("要夯实高端装备制造业产业基础，壮大生物医药产业。")
    assert ("生物医药产业", "Industry") in got
    assert not any(s.endswith("制造业产业") for s, _ in got)


def test_name_framed_by_title_and_speech_cue_may_hold_function_characters():
    got = ents("商务部部长周和昕表示，要扩大服务消费。")
    assert ("周和昕", "Person") in got
    # without the frame, 和 still splits: no person
    assert not any(t == "Person" for _, t in ents("周和昕然企业开展合作。"))


def test_provincial_department_names():
    got = ents("江苏省经济和信息化厅与广东省商务厅联合发文。")
    assert ("江苏省经济和信息化厅", "Institution") in got
    assert ("广东省商务厅", "Institution") in got


def test_battery_and_lexicon_system_heads():
    got = ents("推进钠离子电池研发，北斗导航系统服务海洋渔业。")
    assert ("钠离子电池", "Technology") in got
    assert ("北斗导航系统", "Technology") in got
    assert ("北斗导航", "Technology") not in got


def test_politburo_study_session_keeps_its_term():
    got = ents("习近平在十九届中央政治局第九次集体学习时强调，人工智能是战略性技术。")
    assert ("十九届中央政治局第九次集体学习", "Event") in got


def test_list_class_noun_retypes_ambiguous_items_only_when_known_items_agree():
    got = ents("积极培育新能源、新材料、电子信息等战略性新兴产业。")
    assert ("新材料", "Industry") in got
    # technologies listed before an industry class take the class (the reading the sentence uses)
    got = ents("推动人工智能、元宇宙、区块链等未来产业发展。")
    assert ("区块链", "Industry") in got
    assert ("人工智能", "Industry") in got


def test_transliterated_names_keep_their_parts_and_locatives_are_not_names():
    got = ents("图灵奖得主约书亚·本吉奥警告，要重视人工智能安全。")
    assert ("约书亚·本吉奥", "Person") in got
    got = ents("英伟达创始人黄仁勋在台北电脑展上发表演讲。")
    assert ("黄仁勋", "Person") in got
    assert not any(s == "展上" for s, _ in got)


def test_device_heads_and_energy_sources():
    got = ents("产业链上游包括光子探测器、量子存储器，中游包括量子通信设备和量子计算机。")
    assert ("光子探测器", "Technology") in got
    assert ("量子存储器", "Technology") in got
    assert ("量子通信设备", "Technology") in got
    # a device head needs a technology before it: 生产设备 is generic
    assert not any(s.endswith("设备") for s, _ in ents("企业更新了生产设备。"))
    got = ents("太阳能、风能、地热能等可再生能源快速发展。")
    assert {("太阳能", "Industry"), ("风能", "Industry"), ("地热能", "Industry")} <= got


def test_quoted_plus_actions_and_their_implementing_documents():
    got = ents("深入实施“机器人+交通”，研究出台“机器人+”专项行动实施意见，推广“巡检+预警”系统。")
    assert ("机器人+交通", "Policy") in got
    assert ("“机器人+”专项行动实施意见", "Policy") in got
    assert not any(s == "巡检+预警" and t == "Policy" for s, t in got)


def test_spacecraft_and_vehicle_heads():
    got = ents("研制载人飞行器和重型运载器，发展消费终端。")
    assert ("载人飞行器", "Technology") in got
    assert ("重型运载器", "Technology") in got
    assert ("消费终端", "Technology") in got


def test_curated_modifier_words_count_whatever_their_jieba_tag():
    got = ents("发展先进传感技术和制造技术。")
    assert ("先进传感技术", "Technology") in got


# --- policy names without 《》 (drafting formulas) and policy precision


def test_policy_drafting_formulas_without_brackets():
    got = ents("要实施产业基础再造工程和重大技术装备攻关工程，深化要素市场化配置改革，开展数据跨境流动试点。")
    assert ("产业基础再造工程", "Policy") in got
    assert ("重大技术装备攻关工程", "Policy") in got
    assert ("要素市场化配置改革", "Policy") in got
    # a pilot of a field is no named programme (开展…试点: the gold sets never name one)
    assert not any(t == "Policy" and s.endswith("试点") for s, t in got)


def test_each_item_of_a_coordinated_policy_list_is_a_policy():
    got = ents("加快建设航天强国、海洋强国和交通强国，实施智能工厂培育行动、中小企业数字化赋能行动。")
    for name in ("航天强国", "海洋强国", "交通强国", "智能工厂培育行动", "中小企业数字化赋能行动"):
        assert (name, "Policy") in got


def test_generic_formula_bodies_are_not_policies():
    got = ents("实施一批重大工程，深化体制机制改革，深化重要领域和关键环节改革，建设社会主义现代化强国，推进这一战略。")
    assert not {e for e in got if e[1] == "Policy"}


def test_policy_name_starts_after_the_last_cue_verb():
    got = ents("各地要推进组织实施低空航路试飞计划。")
    assert ("低空航路试飞计划", "Policy") in got


def test_about_titles_without_brackets_need_a_drafting_verb():
    got = ents("国务院印发关于加快培育和发展海洋牧场的决定，他也发表了关于这个问题的意见。")
    assert ("关于加快培育和发展海洋牧场的决定", "Policy") in got
    assert len([e for e in got if e[1] == "Policy"]) == 1


def test_plus_slogans_are_not_policies_but_cued_plus_initiatives_are():
    got = ents("推进“数据+”，深入实施“人工智能+交通”，不要把“产业+创新”“机器+人”当口号。")
    assert ("数据+", "Policy") in got
    assert ("人工智能+交通", "Policy") in got
    assert ("产业+创新", "Policy") not in got
    assert ("机器+人", "Policy") not in got


def test_rankings_with_top_n_are_not_policies():
    got = ents("机构发布了《全球储能企业榜 TOP50》和《关于支持储能发展的若干措施》。")
    assert not any(t == "Policy" and "榜" in s for s, t in got)
    assert ("《关于支持储能发展的若干措施》", "Policy") in got


# --- open-vocabulary sectors, modifiers, list classes


def test_lexicon_sector_plus_sector_head_is_one_industry():
    got = ents("推动农业经济和商贸流通协同发展，壮大航空物流。")
    assert ("农业经济", "Industry") in got
    assert ("商贸流通", "Industry") in got
    assert ("航空物流", "Industry") in got


def test_sector_word_used_as_a_modifier_is_no_entity():
    got = ents("减轻群众医疗费用负担，缓解城市交通拥堵。")
    assert not {e for e in got if e[0] in ("医疗", "交通")}


def test_class_noun_after_a_list_types_its_open_vocabulary_items():
    assert ("物联网基础器件", "Technology") in ents("培育智能运载工具、物联网基础器件和智能无人系统。")
    got = ents("加快发展智能运载工具、物联网基础器件等新兴产业。")
    assert ("物联网基础器件", "Industry") in got
    assert ("新兴产业", "Industry") in got


def test_numbered_series_products_and_generations_are_technologies():
    got = ents("天舟六号货运飞船由长征七号遥七运载火箭发射，第四代核电和第三代半导体加快发展。")
    assert ("天舟六号货运飞船", "Technology") in got
    assert ("长征七号遥七运载火箭", "Technology") in got
    assert ("第四代核电", "Technology") in got
    assert ("第三代半导体", "Technology") in got
    assert not ents("依据国务院令第七号和第3号文件办理。")


def test_event_names_keep_their_ordinal_or_written_year():
    got = ents("首届全球智能网联汽车大会和第十二届中国国际储能交易会在此举行，2025中国低空经济博览会同期开幕。")
    assert ("首届全球智能网联汽车大会", "Event") in got
    assert ("第十二届中国国际储能交易会", "Event") in got
    assert ("2025中国低空经济博览会", "Event") in got


def test_one_character_country_abbreviations_only_in_the_bilateral_pattern():
    got = ents("双方回顾了中美、中俄关系和中日韩合作。")
    assert {("中", "Region"), ("美", "Region"), ("俄", "Region")} <= got
    assert not ents("其中美化工程覆盖中美洲和中西部，提供中英文版本。") & {("美", "Region"), ("英", "Region"), ("中", "Region")}


# --- the rule and lexicon files are validated on load


def _shipped_patterns() -> dict:
    import json

    from kg.extract.lexicon import PATTERNS_DIR

    return json.loads((PATTERNS_DIR / "entities.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda d: d["heads"]["Technology"].update(sufixes=["技术"]), r"heads\[Technology\]\.sufixes: unknown key"),
        (lambda d: d["heads"]["Industry"].update(max_chars="14"), r"heads\[Industry\]\.max_chars: expected an integer"),
        (lambda d: d["regex_rules"][0].update(type="Product"), r"regex_rules\[0\]\.type: unknown entity type 'Product'"),
        (lambda d: d["regex_rules"][1].update(regex="《(?"), r"regex_rules\[1\]\.regex: invalid regex"),
        (lambda d: d["policy_formulas"]["forms"][0].pop("cues"), r"policy_formulas\.forms\[0\]: missing required key 'cues'"),
        (lambda d: d["coordination"]["tail_cues"][0].update(retype_types=["Tech"]), r"coordination\.tail_cues\[0\]\.retype_types: unknown entity type"),
        (lambda d: d["coordination"].update(gloss_regex="（[^）"), r"coordination\.gloss_regex: invalid regex"),
        (lambda d: d["coordination"].update(ambiguous_heads="材料"), r"coordination\.ambiguous_heads: expected a list of strings"),
        (lambda d: d.update(colour="red"), r"colour: unknown key"),
        (lambda d: d["heads"].update(Gadget={"suffixes": ["仪"]}), r"heads\[Gadget\]: needs a 'type'"),
    ],
)
def test_pattern_file_errors_name_the_file_and_key(tmp_path, edit, message):
    import json

    from kg.errors import KgError
    from kg.extract.lexicon import load_entity_patterns

    data = _shipped_patterns()
    edit(data)
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match=r"entity patterns entities\.json: " + message) as err:
        load_entity_patterns.__wrapped__(str(path))
    assert "\n" not in str(err.value)


def test_lexicon_row_errors_name_the_file_and_line(tmp_path):
    from kg.errors import KgError
    from kg.extract.lexicon import load_lexicon

    (tmp_path / "x.tsv").write_text("# c\n量子雷达\tGadget\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"x\.tsv:2: unknown entity type 'Gadget'"):
        load_lexicon.__wrapped__(str(tmp_path))
    (tmp_path / "x.tsv").write_text("量子雷达\tTechnology\t\t\t多余\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"x\.tsv:1: expected"):
        load_lexicon.__wrapped__(str(tmp_path))


# --- persons in news-style text


def test_a_title_over_a_list_of_names():
    got = ents("航天员陈冬、刘洋、蔡旭哲顺利进驻。")
    assert {("陈冬", "Person"), ("刘洋", "Person"), ("蔡旭哲", "Person")} <= got


def test_transliterated_names_after_a_title_or_before_a_speech_verb():
    got = ents("美国总统拜登与法国总统马克龙通话，世界卫生组织总干事谭德塞随后表示欢迎。")
    assert ("拜登", "Person") in got
    assert ("马克龙", "Person") in got
    # a country or a generic noun after a title is no name
    assert not {e for e in ents("联合国秘书长办公室和美国总统选举。") if e[1] == "Person"}


def test_companies_by_legal_form_and_teams_by_place():
    got = ents("杭州市灵犀智造科技有限公司与浙江队签约，工作队和施工队进场。")
    assert ("杭州市灵犀智造科技有限公司", "Institution") in got
    assert ("浙江队", "Institution") in got
    assert not {e for e in got if e[0] in ("工作队", "施工队")}


def test_title_glued_to_a_country_does_not_hide_it():
    got = ents("据法新社报道，法国总统当天抵达北京，与英国首相通话。")
    assert {("法新社", "Institution"), ("法国", "Region"), ("英国", "Region")} <= got


def test_jointly_issuing_bodies_stay_apart_and_vehicle_heads():
    got = ents("江苏省发展和改革委员会会同江苏省科学技术厅推广燃料电池汽车，降低能源市场风险。")
    assert ("江苏省发展和改革委员会", "Institution") in got
    assert ("江苏省科学技术厅", "Institution") in got
    assert not any("会同" in s for s, _ in got)
    assert ("燃料电池汽车", "Technology") in got
    assert ("能源", "Industry") not in got


def test_a_place_written_with_its_province_is_two_regions():
    got = ents("项目落户吉林长春和广西南宁。")
    assert {("吉林", "Region"), ("长春", "Region"), ("广西", "Region"), ("南宁", "Region")} <= got


def test_a_name_followed_by_its_abbreviation_is_two_mentions():
    got = ents("发展人工智能AI和区块链智能合约。")
    assert {("人工智能", "Technology"), ("AI", "Technology")} <= got
    assert ("区块链智能合约", "Technology") in got


def test_sector_heads_stop_at_a_complete_sector_and_trade_partners_are_no_sector():
    got = ents("发展装备制造业物流，我国是其第一大贸易伙伴，做强制造业。")
    assert ("装备制造业物流", "Industry") not in got
    assert ("贸易", "Industry") not in got
    assert ("制造业", "Industry") in got
    assert not any(s.startswith("做强") for s, _ in got)


def test_issued_documents_without_brackets_and_joined_national_bodies():
    got = ents("省里出台了低空经济高质量发展行动计划，中国仪器与仪表学会参与编写。")
    assert ("低空经济高质量发展行动计划", "Policy") in got
    assert ("中国仪器与仪表学会", "Institution") in got


def test_named_symposia_and_matchmaking_events():
    got = ents("全球储能产业对接会和高端装备发展座谈会先后召开，随后召开座谈会。")
    assert ("全球储能产业对接会", "Event") in got
    assert ("高端装备发展座谈会", "Event") in got
    assert ("座谈会", "Event") not in got


def test_class_forming_modifiers_keep_their_technology():
    got = ents("推广民用无人机和农业物联网，建设先进压缩空气储能电站。")
    assert ("民用无人机", "Technology") in got
    assert ("农业物联网", "Technology") in got
    assert ("无人机", "Technology") not in got


def test_directional_macro_regions_and_pharma_companies():
    got = ents("引导产业向中西部地区和东北地区转移，浙江华东药业参与。")
    assert {("中西部地区", "Region"), ("东北地区", "Region")} <= got
    assert ("浙江华东药业", "Institution") in got


def test_two_events_joined_by_ji_and_quoted_prizes():
    got = ents("第三届长三角（江苏）储能产业大会暨首届中国储能网大会在无锡开幕，多家企业获“中国储能大奖”。")
    assert ("第三届长三角（江苏）储能产业大会", "Event") in got
    assert ("首届中国储能网大会", "Event") in got
    assert not any("暨" in s for s, _ in got)
    assert ("中国储能大奖", "Event") in got


def test_age_phrase_before_a_name():
    assert ("林晓卉", "Person") in ents("29岁的林晓卉正在调试设备。")


def test_a_company_class_noun_after_a_list_types_its_unknown_items():
    got = ents("政策出台后，云翼智航、峰驰航空等企业加快研发，科技、金融等企业也参与。")
    assert {("云翼智航", "Institution"), ("峰驰航空", "Institution")} <= got
    assert not any(t == "Institution" and s in ("科技", "金融") for s, t in got)


def test_lists_start_after_a_comma():
    # the text is folded to half width: an ASCII comma ends the previous clause
    got = ents("会议指出，培育量子通信、类脑芯片和智能传感等新兴产业。")
    assert not any("指出" in s or "," in s or "，" in s for s, _ in got)


def test_shared_head_only_for_a_stem_that_is_no_name_itself():
    got = ents("发展细胞和基因治疗，开发风能和潮汐能。")
    assert ("细胞和基因治疗", "Technology") in got
    assert ("风能和潮汐能", "Technology") not in got
    assert any(s == "风能" for s, _ in got)


def test_vehicles_named_by_a_technology_or_energy_sector_are_technologies():
    got = ents("展会设有智能网联新能源汽车展区，新能源乘用车销量增长，新能源汽车产业壮大。")
    assert ("智能网联新能源汽车", "Technology") in got
    assert ("新能源乘用车", "Technology") in got
    assert ("新能源汽车产业", "Industry") in got


def test_an_unbracketed_title_keeps_its_issuer():
    got = ents("工业和信息化部关于加快推进人形机器人发展的通知已印发。")
    assert ("工业和信息化部关于加快推进人形机器人发展的通知", "Policy") in got


def test_a_department_without_its_place_is_generic():
    got = ents("省工业和信息化厅、省科技厅与江苏省科学技术厅会商。")
    assert ("工业", "Industry") not in got
    assert ("江苏省科学技术厅", "Institution") in got
    assert not any(s in ("工业和信息化厅", "科技厅") for s, _ in got)


def test_newspapers_and_broadcasters_by_class_suffix():
    got = ents("据钱江晚报报道，湖南广播电视台与浙江卫视联合制作；他每天看日报。")
    assert ("钱江晚报", "Publication") in got
    assert {("湖南广播电视台", "Institution"), ("浙江卫视", "Institution")} <= got
    assert not any(s == "日报" for s, _ in got)


def test_siting_words_research_teams_and_prototype_heads():
    got = ents("发展海上风电和分布式光伏，中山大学林晓东团队研制出量子计算原型机，建设超算中心。")
    assert ("海上风电", "Industry") in got
    assert ("分布式光伏", "Industry") in got
    assert ("林晓东", "Person") in got
    assert ("量子计算原型机", "Technology") in got
    assert ("超算中心", "Technology") in got


def test_power_formula_has_its_own_generic_bodies():
    got = ents("加快建设科技强国、人才强国，建设社会主义现代化强国，实施科技计划。")
    assert {("科技强国", "Policy"), ("人才强国", "Policy")} <= got
    assert len([e for e in got if e[1] == "Policy"]) == 2


def test_an_ordinal_stays_with_a_lexicon_event():
    assert ("第七届进博会", "Event") in ents("办好第七届进博会。")


def test_a_technology_class_noun_after_a_list_types_its_ambiguous_items():
    got = ents("展示了区块链、量子计算、智能驾驶等前沿技术。")
    assert ("智能驾驶", "Technology") in got
    assert ("智能驾驶", "Industry") in ents("发展区块链、智能驾驶等产业。")


def test_a_place_before_a_named_zone_is_its_own_region():
    got = ents("来到浦东新区张江科学城参观，又到合肥滨湖科学城。")
    assert {("浦东新区", "Region"), ("张江科学城", "Region"), ("合肥滨湖科学城", "Region")} <= got


def test_named_development_zones_with_their_city_are_regions():
    assert ("武汉东湖高新区", "Region") in ents("在武汉东湖高新区，光电子产业加速发展。")
    assert ("武汉东湖新技术开发区", "Region") in ents("武汉东湖新技术开发区是光谷。")
    assert not {e for e in ents("建设国家高新区和经济技术开发区。") if e[1] == "Region"}


def test_academy_institutes_by_short_name_and_demonstratives_are_no_names():
    got = ents("他考察了中科院长春光机所和中科院计算所，这所大学也参与。")
    assert {("中科院长春光机所", "Institution"), ("中科院计算所", "Institution")} <= got
    assert not any(s.startswith("这所") for s, _ in got)
    assert not ents("在海淀区派出所和会计师事务所办理。") & {("海淀区派出所", "Institution")}


def test_a_quantifier_before_a_programme_name_is_not_part_of_it():
    got = ents("实施新一轮国企改革深化提升行动，实施一批重大工程，推进这一战略。")
    assert ("国企改革深化提升行动", "Policy") in got
    assert len([e for e in got if e[1] == "Policy"]) == 1


def test_joined_events_and_session_name_orders():
    got = ents("2025世界储能大会暨储能安全高级别会议在上海开幕，全国政协十四届三次会议闭幕。")
    assert ("2025世界储能大会", "Event") in got
    assert not any("暨" in s for s, _ in got)
    assert ("全国政协十四届三次会议", "Event") in got
    got = ents("2024世界人工智能大会暨人工智能全球治理高级别会议开幕。")
    assert {("2024世界人工智能大会", "Event"), ("人工智能全球治理高级别会议", "Event")} <= got


def test_pipeline_tokens_equal_jieba_and_spacy_tokenizer():
    """The pipeline's faster tokenizer gives spaCy's jieba tokens exactly (words
    and trailing spaces), on the bundled corpus and on whitespace edge cases."""
    from pathlib import Path

    import spacy

    from kg.extract.pipeline import get_nlp

    nlp = get_nlp()
    stock = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    from support import CORPUS as corpus
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts += [
        "  a  b\n\n 中 国\t人工智能 ABC-12 %％ 　全角空格 \r\n末尾 ",
        "",
        "鲁鸿飞说，崂山湾的深海养殖网箱投产了。",
        "OpenAI和DeepSeek发布了新模型GPT-5，5G基站超过400万个。",
    ]
    assert len(texts) > 4
    for text in texts:
        ours = [(t.text, t.whitespace_) for t in nlp.make_doc(text)]
        theirs = [(t.text, t.whitespace_) for t in stock(text)]
        assert ours == theirs


def test_list_with_class_noun_gives_product_classes_the_sector_reading():
    # a material / equipment / storage / display class in an industry list is a sector
    got = ents("重点发展先进高分子材料、智能检测装备、新型储能、柔性显示、生成式人工智能等五大新兴产业。")
    assert ("新型储能", "Industry") in got
    assert ("生成式人工智能", "Industry") in got  # a technology too takes the class named
    got = ents("培育量子科技、具身智能、6G等未来产业。")
    assert ("量子科技", "Industry") in got


def test_list_continues_over_a_parenthetical_gloss():
    got = ents("布局零碳负碳（碳捕集利用及封存）、新型储能、氢能等十个成长型未来产业。")
    assert ("新型储能", "Industry") in got
    assert ("氢能", "Industry") in got


def test_class_noun_after_a_descriptive_clause():
    got = ents("针对新能源、第三代半导体等增长快、潜力大的新兴产业，打造新的增长点。")
    assert ("第三代半导体", "Industry") in got


def test_smart_facility_is_a_technical_system():
    got = ents("推动建设智能矿山和智慧港口，北京大学第一医院参与智慧医院建设。")
    assert ("智能矿山", "Technology") in got
    assert ("智慧港口", "Technology") in got
    assert ("智慧医院", "Technology") in got
    assert ("智慧医院", "Institution") not in got
    assert ("北京大学第一医院", "Institution") in got


def test_class_noun_after_a_list_types_unknown_items():
    got = ents("工厂正在研制激光雷达、光传感模组等新产品。")
    assert ("光传感模组", "Technology") in got
    got = ents("物联网已用于蔬菜、水果、家禽、菌菇等多个农业领域。")
    assert {("蔬菜", "Industry"), ("家禽", "Industry"), ("菌菇", "Industry")} <= got
    got = ents("针对纺织、汽车、家电等带动性强的支柱行业制定措施。")
    assert ("家电", "Industry") in got


def test_policy_formula_starts_after_an_inner_cue():
    got = ents("会议部署各地各部门开展“数据+”专项行动。")
    assert ("“数据+”专项行动", "Policy") in got
    assert not any(t.startswith("各地") for t, _ in got)
    got = ents("部署中央企业组织实施产业焕新行动。")
    assert ("产业焕新行动", "Policy") in got


def test_class_prefix_split_by_jieba_and_chemistry_modifiers():
    got = ents("企业推广工业级无人机，钠离子动力电池开始量产。")
    assert ("工业级无人机", "Technology") in got
    assert ("钠离子动力电池", "Technology") in got


def test_zone_names_with_a_locative_modifier_and_science_corridors():
    got = ents("支持大连金普新区和天津滨海新区发展，建设宁波甬江科创大走廊。")
    assert ("宁波甬江科创大走廊", "Region") in got
    got = ents("加快建设青岛西海岸新区。")
    assert ("青岛西海岸新区", "Region") in got
    assert ("新区", "Region") not in got


def test_named_unit_of_a_known_company():
    got = ents("阿里巴巴达摩院发布了新的芯片。")
    assert ("阿里巴巴达摩院", "Institution") in got
    assert ("阿里巴巴", "Institution") not in got


def test_list_of_ambiguous_terms_reads_as_the_class_named_after_it():
    got = ents("物联网、云计算等新兴产业蓬勃兴起。")
    assert ("物联网", "Industry") in got and ("云计算", "Industry") in got
    got = ents("人工智能、物联网、云计算等新兴产业蓬勃兴起。")  # a plain technology too
    assert ("云计算", "Industry") in got and ("人工智能", "Industry") in got


def test_a_lone_surrogate_is_read_like_any_character_by_the_default_extractor():
    # (a surrogateescape decoder leaves one for a byte it cannot decode; the numpy scans read code points)
    from kg.extract import extract_text

    ex = extract_text("某市发展人工智能和\udcff量子计算产业。")
    assert {(m.text, m.type) for m in ex.mentions} >= {("人工智能", "Technology"), ("量子计算产业", "Industry")}
