"""Session 49's rules. A ministry's internal department whose name holds two
fields joined by 与 or 和 (某部某某与某某司, up to nine characters before 司) is one body
with its ministry; the internal departments and bureaus of nine more State Council
bodies are lexicon facts (some 局 no rule can read: 某部水运局); a school named
with 管理 (某某管理干部学院) is a body, and 濮 opens a person; a ceremony of a
project's water delivery, opening to traffic, grid connection, groundbreaking
or roll-off (…通水仪式, …通车仪式 …) and a founding meeting (…成立大会) held
somewhere are events, and a town named alone at the venue (在某某镇举行) is a
place; what the head of the convening body states in the report he gives at a
work meeting (厅长某某在会上作报告并提出，…) is the meeting's priority; a technique
named by a Latin acronym no list holds + 技术 (推动ABC技术在…中的应用) is one
technology; the surname 雒, a company name opened by a character jieba tags a
morpheme (晟|汉…有限公司) and cut at the kind of enterprise before it (省属国有企业);
a name between a body and a scholar's title after it (某学院某某教授作报告) is a
person; a chain (冷链) opening a clause is no person; the government of a district the
lexicon does not list, written after its city (某市某某区人民政府), and an autonomous
region's party committee (某自治区党委) are bodies; a technology pushed from some
sectors to others named with a qualified class noun (从A、B等离散行业向C等流程行业延伸)
is applied in both, one made to serve fields (让X服务A、B等场景) is applied in them,
and one whose research a clause speeds up (加快A和B攻关，带动C升级) enables what
the next clause drives; and a word the lexicon adds no longer moves the total jieba divides its
counts by, so adding one changes only the routes through it. Made-up bodies and titles; each test of
a reading fails without its rule, the others guard what a rule must leave alone."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from support.entities import ents, rels, rule_rels


def test_a_ministry_department_of_two_fields_joined_by_yu_is_one_body_with_its_ministry():
    text = "科学技术部前沿材料与工艺推广司2024年印发《关于开展某项示范工作的通知》，推动新材料应用。"
    found = ents(text)
    assert ("科学技术部前沿材料与工艺推广司", "Institution") in found, found
    assert ("科学技术部", "Institution") not in found
    assert ("《关于开展某项示范工作的通知》", "issuedBy", "科学技术部前沿材料与工艺推广司") in rels(text)


def test_a_listed_ministry_bureau_is_one_body_and_issues_the_notice():
    text = "交通运输部公路局近日印发《关于推进某项公路工作的通知》，提出发展智慧公路。"
    found = ents(text)
    assert ("交通运输部公路局", "Institution") in found, found
    assert ("《关于推进某项公路工作的通知》", "issuedBy", "交通运输部公路局") in rels(text)


def test_a_ministry_with_its_short_name_before_a_listed_department_is_one_body():
    found = ents("住建部建筑节能与科技司日前发布通知，推广装配式建筑。")
    assert any(t == "住建部建筑节能与科技司" and k == "Institution" for t, k in found), found


def test_a_ministry_before_a_verb_clause_ending_in_gongsi_is_no_department():
    found = ents("工业和信息化部支持一批专精特新中小企业和上市公司开展数字化改造。")
    assert not any(t.startswith("工业和信息化部") and t != "工业和信息化部" for t, _ in found), found


def test_a_cadre_college_named_with_guanli_is_a_body_its_author_belongs_to():
    text = "作者伏远舟系青溪经济管理干部学院副教授。"
    assert ("青溪经济管理干部学院", "Institution") in ents(text)
    assert ("伏远舟", "affiliatedWith", "青溪经济管理干部学院") in rels(text)


def test_pu_opens_a_person_after_zuozhe():
    text = "作者濮远舟系青溪职业技术学院院长。"
    assert ("濮远舟", "affiliatedWith", "青溪职业技术学院") in rels(text)


@pytest.mark.parametrize("event", ["青溪县引水工程三期通水仪式", "青溪大道快速路通车仪式", "青溪智能装备产教联合体成立大会"])
def test_a_delivery_ceremony_or_founding_meeting_held_somewhere_is_an_event_with_its_venue_and_speaker(event):
    text = f"本报讯 7月8日，{event}在德清县青石镇举行。青溪市水利局局长柯远舟在仪式上介绍了工程进展。"
    found = rels(text)
    assert {(event, "locatedIn", "青石镇"), ("柯远舟", "spokeAt", event)} <= found, found


def test_a_town_named_alone_at_the_venue_is_a_place():
    text = "本报讯 8月5日，临溪县新材料产业项目集中签约仪式在青石镇举行。"
    assert ("临溪县新材料产业项目集中签约仪式", "locatedIn", "青石镇") in rels(text)


@pytest.mark.parametrize("venue", ["特色小镇", "各乡镇", "城镇", "临溪县青石镇"])
def test_a_class_of_towns_or_a_county_and_town_as_one_word_is_no_town_alone(venue):
    found = ents(f"本报讯 8月5日，临溪县新材料产业项目集中签约仪式在{venue}举行。")
    assert (venue, "Region") not in found, found


@pytest.mark.parametrize("says", ["在会上作报告并提出", "作工作报告并部署", "作报告并强调"])
def test_what_the_director_states_in_his_report_at_a_work_meeting_is_its_priority(says):
    text = f"1月16日，青溪省水务厅在南京召开全省水务工作会议，厅长柏远舟{says}，今年要推广智能水表，发展人工智能。"
    found = rels(text)
    assert ("全省水务工作会议", "prioritizes", "人工智能") in found, found


def test_a_speaker_at_a_forum_states_no_priority_of_it():
    text = "本报讯 5月8日，2024青溪数字水务论坛在南京举行，青溪省水务厅厅长柏远舟在会上强调，要发展人工智能。"
    assert ("2024青溪数字水务论坛", "prioritizes", "人工智能") not in rels(text)


@pytest.mark.parametrize("verb", ["推动", "采用", "，"])
def test_a_latin_acronym_no_list_holds_before_jishu_is_one_technology(verb):
    text = f"青溪市提出，{verb}QXZ技术在勘察设计中的应用。"
    assert ("QXZ技术", "Technology") in ents(text)


@pytest.mark.parametrize("text", ["发展重组QXZ技术。", "青溪QXZ技术有限公司签约落户。", "推动QX12技术示范。"])
def test_an_acronym_inside_a_longer_name_or_a_firm_or_with_digits_is_not_read_alone(text):
    assert ("QXZ技术", "Technology") not in ents(text)
    assert ("QX12技术", "Technology") not in ents(text)


def test_a_person_named_with_the_surname_luo_belongs_to_the_body_of_the_paragraph():
    assert ("雒远舟", "Person") in ents("课题组负责人、该院教授雒远舟建议，加快推广。")


@pytest.mark.parametrize("kind", ["省属国有企业", "民营企业", "，"])
def test_a_company_opened_by_a_morpheme_character_is_one_name_cut_at_the_kind_of_enterprise(kind):
    found = ents(f"青溪市{kind}晟汉能源集团有限公司与某研究所签约。")
    assert ("晟汉能源集团有限公司", "Institution") in found, found


@pytest.mark.parametrize("text, name, body", [
    ("邀请青溪大学管理学院鲍明远教授作专题辅导。", "鲍明远", "青溪大学管理学院"),
    ("青溪农业科学研究院柏明远研究员表示，要推广良种。", "柏明远", "青溪农业科学研究院"),
])
def test_a_name_between_a_body_and_a_scholars_title_after_it_is_a_person_of_that_body(text, name, body):
    assert (name, "affiliatedWith", body) in rels(text)


def test_a_chain_opening_a_clause_is_no_person():
    assert not any(k == "Person" for _, k in ents("速冻和包装决定风味，冷链配送是关键环节。"))


def test_the_government_of_an_unlisted_district_written_after_its_city_is_one_body():
    text = "江门市青会区人民政府印发《青会区某项产业计划》。"
    assert ("江门市青会区人民政府", "Institution") in ents(text)
    assert ("《青会区某项产业计划》", "issuedBy", "江门市青会区人民政府") in rels(text)


@pytest.mark.parametrize("text", ["县级以上地方人民政府要加强监管。", "江门市有关部门和地方人民政府要加强监管。"])
def test_a_class_of_governments_is_no_body(text):
    assert not any(t.endswith("人民政府") and k == "Institution" for t, k in ents(text)), ents(text)


def test_an_autonomous_regions_party_committee_is_a_body():
    assert ("宁夏回族自治区党委", "Institution") in ents("宁夏回族自治区党委召开常委会议。")


def test_a_technology_pushed_from_sectors_to_others_with_a_qualified_class_noun_is_applied_in_both():
    text = "推动人工智能从汽车、纺织等离散行业向化工、钢铁等流程行业延伸。"
    found = rels(text)
    assert {("人工智能", "appliedIn", s) for s in ("汽车", "纺织", "化工", "钢铁")} <= found, found


def test_a_technology_made_to_serve_fields_is_applied_in_them():
    text = "向下游拓展飞行培训，让卫星遥感服务应急救援、国土调查等场景。"
    found = rels(text)
    assert {("卫星遥感", "appliedIn", "应急救援"), ("卫星遥感", "appliedIn", "国土调查")} <= found, found


def test_a_technology_serving_without_a_push_verb_is_applied_in_nothing():
    text = "卫星遥感服务农业保险和国土调查的能力仍然不足。"
    assert not any(t == "appliedIn" for _, t, _ in rule_rels(text))


def test_the_research_a_clause_speeds_up_enables_what_the_next_clause_drives():
    text = "报告建议，加快固态电池和氢燃料电池攻关，带动新能源汽车升级。"
    found = rels(text)
    assert {("固态电池", "enables", "新能源汽车"), ("氢燃料电池", "enables", "新能源汽车")} <= found, found


_TOTAL_PROBE = """
import json, sys
import jieba
import kg.extract.segment as seg
from kg.extract.lexicon import load_lexicon
extra = int(sys.argv[1])
def lexicon_with_more_words():
    lex = load_lexicon()
    for i in range(extra):  # made-up words jieba lacks
        lex.terms["甲乙丙丁" + chr(0x4e00 + i) + "戊己庚"] = ("Technology", "")
    return lex
seg.load_lexicon = lexicon_with_more_words
seg.prepare_jieba()
print(json.dumps(jieba.dt.total))
"""


def test_words_the_lexicon_adds_do_not_move_the_total_the_route_scores_divide_by():
    def total(extra: int) -> int:
        out = subprocess.run([sys.executable, "-c", _TOTAL_PROBE, str(extra)], capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    assert total(0) == total(200)


@pytest.mark.parametrize("defined", ["（下称《示范方案》）", "（以下称《示范方案》）", "（简称《示范方案》）"])
def test_a_short_title_defined_with_xiacheng_is_issued_by_the_full_titles_issuer(defined):
    text = (f"青溪县人民政府2023年出台《青溪县海洋经济发展示范区建设方案》{defined}，提出发展海洋牧场。"
            "《示范方案》明确，推广深远海养殖。")
    assert ("《示范方案》", "issuedBy", "青溪县人民政府") in rule_rels(text)


@pytest.mark.parametrize("edit, message", [
    (lambda f: f.update(short_name_regex="（简称(.+?)）"), "needs the groups 'short' and 'latin'"),
    (lambda f: f.pop("short_name_regex"), "missing required key"),
])
def test_the_short_name_formula_is_data_checked_on_load(tmp_path, edit, message):
    from kg.errors import KgError
    from kg.extract.lexicon import PATTERNS_DIR, load_entity_patterns

    data = json.loads((PATTERNS_DIR / "entities.json").read_text(encoding="utf-8"))
    edit(data["policy_formulas"])
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match=r"entities\.json: policy_formulas\.short_name_regex: " + message):
        load_entity_patterns.__wrapped__(str(path))


@pytest.mark.parametrize("requires", [[], ["教授", ""], 3])
def test_a_name_frame_requires_a_literal_or_a_list_of_them(tmp_path, requires):
    from kg.errors import KgError
    from kg.extract.persons import NEWS_PATH, news_patterns

    data = json.loads(NEWS_PATH.read_text(encoding="utf-8"))
    data["name_frames"][-1]["requires"] = requires
    path = tmp_path / "news.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match="'requires' must be a non-empty string or a list of them"):
        news_patterns.__wrapped__(str(path))
