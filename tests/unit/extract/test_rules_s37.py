"""A firm named with the province or city it is registered in before its brand
(某省名某某科技, 某市名某某电气) is one Institution with the place, in a list of
firms or wherever a rule reads the firm; a place written with its
administrative suffix (某某区|某某实业) or a foreign country (某国|某某公司)
stays a Region of its own.  Farm products, foods and branches of farming
listed before their class (…等特色水果, …等特色养殖业, …等特色农产品) are
sectors, the directive opening the list no part of its first item; a
festival of a kind held in a year (2030某某文化节) is an event, and a county
or district written in full right before a verb of holding (在某某区举行) a
place.  Made-up names; each positive test fails without
its rule, the others guard what must stay unread."""
from __future__ import annotations

from support.entities import ents, rels, rule_rels


def test_a_province_before_a_listed_firm_is_part_of_its_name():
    found = ents("过去一年，甘肃瑞丰科技、甘肃华泰化工等企业技改项目投产。")
    assert {("甘肃瑞丰科技", "Institution"), ("甘肃华泰化工", "Institution")} <= found, found
    assert ("甘肃", "Region") not in found, found
    found = ents("支持陕西秦岭科技、宝鸡恒达电气扩大产能。")
    assert {("陕西秦岭科技", "Institution"), ("宝鸡恒达电气", "Institution")} <= found, found


def test_a_district_written_with_its_suffix_stays_a_place():
    found = ents("过去一年，兴宾区华泰实业、港北区瑞丰化工等企业完成技改。")
    assert ("兴宾区", "Region") in found, found
    assert ("兴宾区华泰实业", "Institution") not in found, found


def test_a_foreign_country_before_a_firm_stays_a_place():
    found = ents("美国英伟达公司发布新芯片。")
    assert ("美国", "Region") in found and ("美国英伟达公司", "Institution") not in found, found


def test_farm_products_and_breeding_branches_listed_before_their_class_are_sectors():
    found = ents("今年要发展青玉梨、红芯柚等特色水果，培育黑山羊、乌骨鸡等特色养殖业。")
    assert {("青玉梨", "Industry"), ("红芯柚", "Industry"), ("黑山羊", "Industry"), ("乌骨鸡", "Industry")} <= found, found
    found = ents("建设紫皮蒜、黄秋葵、青花椒等特色农产品精深加工项目。")
    assert {("紫皮蒜", "Industry"), ("黄秋葵", "Industry"), ("青花椒", "Industry")} <= found, found


def test_the_directive_opening_a_list_is_no_part_of_its_first_item():
    found = ents("推动甲溪县、乙山县发展紫皮蒜、黄秋葵等特色产业。")
    assert ("紫皮蒜", "Industry") in found and not any("发展" in text for text, _ in found), found


def test_a_festival_held_in_a_year_is_an_event_and_its_district_a_place():
    found = ents("本台消息：2030中国（青岚）菌菇文化节今天在白石区开幕。")
    assert {("2030中国（青岚）菌菇文化节", "Event"), ("白石区", "Region")} <= found, found
    found = ents("本台消息：论坛今天在经开区举行。")
    assert ("经开区", "Region") not in found, found


def test_a_county_or_prefecture_party_committee_before_its_secretary_is_a_body():
    found = ents("会上，凉山州委书记王青禾表示，将做强特色农业。")
    assert ("凉山州委", "Institution") in found, found


def test_a_brand_jieba_reads_as_an_adverb_time_or_numeral_is_a_listed_firm():
    found = ents("今年要支持中天药业、扶正药业扩大产能。")
    assert {("中天药业", "Institution"), ("扶正药业", "Institution")} <= found, found
    found = ents("支持青禾新材料、长远锂科、杉杉能源做大规模。")
    assert {("青禾新材料", "Institution"), ("长远锂科", "Institution"), ("杉杉能源", "Institution")} <= found, found


def test_an_adverb_inside_a_clause_opens_no_firm():
    found = ents("推动甲企业、乙企业今年扩大产能。")
    assert not any(t == "Institution" for _, t in found), found


def test_a_policy_referred_to_by_its_kind_is_that_policy():
    text = "青岚市工业和信息化局近日印发青岚市“十四五”新材料产业发展规划，明确以钒电池材料为重点。该规划提出，加快发展全钒液流电池。"
    assert ("该规划", "Policy") in ents(text)
    found = rels(text)
    assert {("该规划", "issuedBy", "青岚市工业和信息化局"),
            ("青岚市“十四五”新材料产业发展规划", "prioritizes", "全钒液流电池")} <= found, found


def test_a_kind_no_policy_before_it_ends_with_refers_to_none():
    assert ("该意见", "Policy") not in ents("青岚市印发青岚市“十四五”新材料产业发展规划。该意见提出，到2030年全市产值翻番。")


def test_an_outline_opened_before_it_is_named_prioritizes_what_its_first_chapters_direct():
    text = ("第四章 构建现代产业体系。第一节 壮大汽车零部件产业：依托青岚车桥等骨干企业，发展轻量化车身部件。"
            "第二节 做强农产品加工业：发展小麦、油料等精深加工。《纲要》提出，到2030年全市工业总产值突破千亿元。")
    found = rule_rels(text)  # (the rules' reading: the span filler may name the first sector with 产业)
    assert {("《纲要》", "prioritizes", "汽车零部件"), ("《纲要》", "prioritizes", "农产品加工业")} <= found, found


def test_a_person_saying_or_launching_something_at_the_meeting_speaks_at_it():
    text = "本台消息：2030中国（青岚）菌菇产业发展大会今天在白石区举行。青岚菌菇协会理事长王青禾在会上说，全县已形成完整产业链。"
    assert ("王青禾", "spokeAt", "2030中国（青岚）菌菇产业发展大会") in rels(text)


def test_a_firm_moved_toward_new_lines_is_named_by_its_brand_and_trade():
    found = ents("推动青禾煤业向煤制甲醇、煤基新材料延伸。")
    assert ("青禾煤业", "Institution") in found, found
    found = ents("推动薏仁米、食用菌、精品水果向精深加工延伸。")
    assert not any(t == "Institution" for _, t in found), found


def test_a_short_name_after_this_edition_is_the_event():
    found = ents("第九届中国青岚农业高新科技成果博览会在杨凌开幕。本届农高会以“科技引领”为主题。")
    assert ("农高会", "Event") in found, found
    found = ents("某某论坛在北京开幕，本届农高会聚焦乡村振兴。")
    assert ("农高会", "Event") not in found, found
    found = ents("本届展会聚焦数字经济。本届博览会首次设立数字馆。")
    assert not any(t == "Event" for _, t in found), found


def test_a_cement_or_steel_maker_named_before_its_project_is_a_firm():
    found = ents("过去一年，碳酸钙产业产值突破500亿元，青禾新材料、青岚水泥技改项目建成投产。")
    assert {("青禾新材料", "Institution"), ("青岚水泥", "Institution")} <= found, found


def test_a_groups_subsidiary_company_written_after_it_is_one_body_with_it():
    found = ents("本台消息：青岚钢铁集团精密带钢公司成功批量生产超薄不锈带钢。")
    assert ("青岚钢铁集团精密带钢公司", "Institution") in found, found
    found = ents("青岚集团与龙门钢铁公司签署合作协议。")
    assert ("青岚集团与龙门钢铁公司", "Institution") not in found, found


def test_a_relayed_work_report_prioritizes_what_its_action_prioritizes():
    # (read since session 38 by the relayed-report carry, document.add_report_carry)
    text = ("青岚市政府工作报告提出，过去一年工业经济稳中向好。今年要实施泵阀产业提升行动，"
            "推动泵阀企业智能化改造，发展永磁同步电机、智能变频水泵等高端产品。")
    found = rels(text)
    assert ("泵阀产业提升行动", "prioritizes", "永磁同步电机") in found, found
    assert ("政府工作报告", "prioritizes", "永磁同步电机") in found, found
