"""Firms a county report names before their projects (过去一年，某某铝业某某项目建成投产):
a brand and a trade opening a clause, right before what the firm builds; an
author line that names the author before the body (（作者：某某，系某学院教授）);
a title after a research body's class word (该院副院长某某) belonging to the
body of that class named before.  Made-up names; each positive test fails
without its rule, the others guard what must stay unread."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_firm_opening_a_clause_before_its_project_is_an_institution():
    found = ents("去年，宏达铝业二期项目竣工，金穗种业新品种生产线投产。")
    assert {("宏达铝业", "Institution"), ("金穗种业", "Institution")} <= found, found
    found = ents("过去一年，青岚乳业、华泽纸业技改项目建成投用。")
    assert {("青岚乳业", "Institution"), ("华泽纸业", "Institution")} <= found, found


def test_a_sector_or_a_verb_before_a_project_names_no_firm():
    found = ents("今年要引进新能源电池材料项目，推进精细化工新材料项目建设。")
    assert not any(t == "Institution" for _, t in found), found
    found = ents("支持澜溪化工延链项目。")
    assert ("支持澜溪化工", "Institution") not in found, found


def test_an_author_line_naming_the_author_first_gives_the_affiliation():
    found = rels("要加快工业互联网发展。（作者：林青禾，系青州市委党校教授）")
    assert ("林青禾", "affiliatedWith", "青州市委党校") in found, found
    found = rels("要加快工业互联网发展。（作者：林青禾，单位：中国澜溪装备协会）")
    assert ("林青禾", "affiliatedWith", "中国澜溪装备协会") in found, found


def test_two_authors_named_one_after_the_other_give_no_affiliation():
    found = rels("要加快工业互联网发展。作者：林青禾，周明远。")
    assert not any(t == "affiliatedWith" for _, t, _ in found), found


def test_a_title_after_a_bodys_class_word_belongs_to_the_body_of_that_class():
    found = rels("澜溪日报消息，澜溪产业经济研究院发布报告认为，应加快工业互联网发展。该院副院长林青禾表示，要推动中小企业数字化转型。")
    assert ("林青禾", "affiliatedWith", "澜溪产业经济研究院") in found, found
    assert ("林青禾", "affiliatedWith", "澜溪日报") not in found, found
    found = rels("中国澜溪装备协会发布路线图。协会副会长周明远指出，装备制造将持续增长。")
    assert ("周明远", "affiliatedWith", "中国澜溪装备协会") in found, found


def test_a_company_officer_belongs_to_the_company_not_to_the_broadcaster_reporting_it():
    found = rels("澜溪电视台消息：近日，青禾微电子有限公司封装生产线投产。公司总经理林青禾介绍，该产线可年产芯片10亿只。")
    assert ("林青禾", "affiliatedWith", "青禾微电子有限公司") in found, found
    assert ("林青禾", "affiliatedWith", "澜溪电视台") not in found, found


def test_a_speaker_at_an_event_named_in_full_speaks_at_its_later_short_name():
    found = rels("本台消息：第三届澜溪国际博览会5月11日在西安开幕，澜溪省省长林青禾致辞。本届澜博会聚焦装备制造和数字经济。")
    assert ("林青禾", "spokeAt", "第三届澜溪国际博览会") in found, found
    assert ("林青禾", "spokeAt", "澜博会") in found, found


def test_a_short_title_stands_for_a_full_title_closed_by_an_edition_or_a_trial_mark():
    found = rels("澜溪省工业和信息化厅修订发布《澜溪省锂电池行业规范条件（2021年本）》。《规范条件》支持钠离子电池研发。")
    assert ("《规范条件》", "issuedBy", "澜溪省工业和信息化厅") in found, found
    found = rels("澜溪省商务厅发布《澜溪省鼓励投资产业目录（2020年版）》。《目录》继续将制造业作为鼓励投资的重点。")
    assert ("《目录》", "issuedBy", "澜溪省商务厅") in found, found


def test_a_title_core_drops_only_what_closes_the_title():
    from kg.extract.titles import title_core

    assert title_core("《某某管理办法（试行）》") == "某某管理办法"
    assert title_core("《某某规划（2021—2035年）》") == "某某规划"
    assert title_core("《关于某某（第二批）的通知》") == "关于某某（第二批）的通知"


def test_firms_closed_by_their_line_of_business_are_institutions_and_fields_are_not():
    found = ents("凤阳已引进青岚、澜溪等光伏玻璃企业。")
    assert {("青岚", "Institution"), ("澜溪", "Institution")} <= found, found
    found = ents("推动云计算、数据安全等领域企业发展。")
    assert ("数据安全", "Institution") not in found, found


def test_a_text_quoting_an_outline_chapter_by_chapter_speaks_in_its_voice():
    text = ("第三章 构建现代产业体系。第一节 壮大特色农业。《纲要》提出，在澜溪市周边发展酿酒葡萄和设施蔬菜。"
            "第二节 培育新兴产业。发展葡萄酒酿造和生物农药，推动跨境电商发展。")
    found = rels(text)
    assert {("《纲要》", "prioritizes", "葡萄酒酿造"), ("《纲要》", "prioritizes", "跨境电商")} <= found, found


def test_an_action_inside_an_outline_chapter_does_not_take_the_chapter():
    text = ("第四章 抢占新赛道。实施澜溪通信预研专项，围绕太赫兹通信开展预研。"
            "支持本地企业向硅光模块延伸，加快5G-A网络在石化园区中的部署。")
    found = rels(text)
    assert not any(h == "澜溪通信预研专项" and t == "硅光模块" for h, _, t in found), found


def test_the_wenchang_launch_site_is_an_institution_not_two_places():
    found = ents("运载火箭在中国文昌航天发射场点火发射。")
    assert ("中国文昌航天发射场", "Institution") in found, found
    assert ("文昌", "Region") not in found and ("中国", "Region") not in found, found
