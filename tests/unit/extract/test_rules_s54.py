"""Session 54's rules. A name framed by a title and a word that follows names
may carry a compound surname of the 百家姓 (澹台, 钟离: four characters), and
推介, 讲解, 领衔 and 现场 follow names as 出席 does. A journal in 《》 with its
year and issue, or a time word, before 撰文 or 刊发 is a publication, not a
policy. Who leads a report (报告由该院教授某某领衔完成) belongs to the body that
published it. A head who reviews last year's work and deploys this year's
tasks at a meeting named before (会上，厅长某某总结…工作并部署…任务：…), or
deploys them there (主任某某在会上部署今年工作：…), states the meeting's
priorities and speaks at it. A class no known word names closing a list
of two named technologies (甲、乙等某某加工装备) is one, with them as parts. A known
technology that empowers or helps (X赋能Y, X助力Y: annotation.md's enables cues)
names its field; a subject no rule knows, or a slogan, names none. A field
between 在 and 中推广应用 / 中示范应用 (no 的) is a sector, as before 中的应用, and
so is what a known technology is used to raise or carry out (运用X提升Y水平,
应用X开展Y), where it is applied. The kinds a farm product class names (…等特色水产品) are
lines of business. Two members named as a class's lines, core, directions or
growth (A和B是C的两大主线, A和B正成为C新的增长点) are of the class's kind when one
of the three is known, and parts of it. A notice about organising something
(关于组织申报…的通知) is a title without its marks too. Made-up bodies, persons, places and titles; each
test of a reading fails without its rule, the others guard what a rule must
leave alone."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_framed_name_may_carry_a_compound_surname():
    text = ("岚川市副市长钟离砚秋推介了全市投资环境。"
            "星河大学农学院教授澹台雪岚现场讲解了智能分拣线的应用。")
    found = ents(text)
    assert ("钟离砚秋", "Person") in found, found
    assert ("澹台雪岚", "Person") in found, found


def test_a_rare_surname_name_is_framed_by_the_words_that_follow_names():
    text = "星河大学农学院教授蒉知遥现场讲解了智能分拣线的应用。"
    found = ents(text)
    assert ("蒉知遥", "Person") in found, found
    assert ("蒉知遥", "affiliatedWith", "星河大学农学院") in rels(text)


def test_a_compound_surname_opens_no_name_outside_a_frame():
    found = ents("岚川市第五届茶业博览会开幕，百里茶廊游客如织。")
    assert not any(t == "Person" for _, t in found), found


def test_a_journal_with_its_issue_before_writing_is_a_publication():
    text = "星河大学教授阚晓棠在《远帆学刊》2023年第4期撰文认为，岚川市茶产业正加快转型。"
    found = ents(text)
    assert ("远帆学刊", "Publication") in found, found
    assert not any(t == "Policy" for _, t in found), found
    text = "《远帆学刊》近期刊发的一篇文章中，星河大学教授阚晓棠提出，岚川市茶产业正加快转型。"
    found = ents(text)
    assert ("远帆学刊", "Publication") in found, found
    assert not any(t == "Policy" for _, t in found), found


def test_a_report_led_by_a_named_person_gives_him_the_publishing_body():
    text = "星河大学农学院近日发布茶产业发展报告。报告由该院教授邰远舟领衔完成，他建议推广智能分拣线。"
    assert ("邰远舟", "affiliatedWith", "星河大学农学院") in rels(text)


def test_a_head_who_reviews_and_deploys_at_a_meeting_states_its_priorities():
    text = ("岚川省农业农村厅2月在星河市召开全省果业工作会议。"
            "会上，厅长邰远舟总结2023年工作并部署今年重点任务：推广果园智能灌溉系统，发展果品冷链物流。")
    found = rels(text)
    assert ("全省果业工作会议", "prioritizes", "果园智能灌溉系统") in found, found
    assert ("邰远舟", "spokeAt", "全省果业工作会议") in found, found


def test_a_body_head_who_deploys_at_the_meeting_states_its_priorities():
    text = ("1月下旬，全省果业工作会议在星河市召开。"
            "岚川省农业农村厅厅长邰远舟在会上部署今年工作：推广果园智能灌溉系统，发展果品冷链物流。")
    found = rels(text)
    assert ("全省果业工作会议", "prioritizes", "果园智能灌溉系统") in found, found
    assert ("邰远舟", "spokeAt", "全省果业工作会议") in found, found


def test_a_class_closing_a_list_of_two_technologies_is_one_with_them_as_parts():
    text = "规划提出，发展智能烘焙机、连续化压饼机等糕点加工装备。"
    assert ("糕点加工装备", "Technology") in ents(text)
    found = rels(text)
    assert ("智能烘焙机", "partOf", "糕点加工装备") in found, found
    assert ("连续化压饼机", "partOf", "糕点加工装备") in found, found


def test_a_class_closing_a_single_technology_is_no_name():
    found = ents("规划提出，发展智能烘焙机等糕点加工装备。")
    assert ("糕点加工装备", "Technology") not in found, found


def test_a_known_technology_that_empowers_or_helps_names_its_field():
    text = "报告认为，卫星遥感助力草场监测，北斗导航赋能渔港调度。"
    found = ents(text)
    assert ("草场监测", "Industry") in found, found
    assert ("渔港调度", "Industry") in found, found
    assert ("卫星遥感", "enables", "草场监测") in rels(text)


def test_a_subject_no_rule_knows_or_a_slogan_names_no_field():
    found = ents("报告认为，政策助力草场监测，该平台赋能渔港调度，卫星遥感助力乡村振兴。")
    assert not any(t == "Industry" for _, t in found), found


def test_a_field_before_a_spread_or_demonstrated_application_is_a_sector():
    text = "方案提出，支持北斗导航在渔港调度中推广应用，推动卫星遥感在草场监测中示范应用。"
    found = ents(text)
    assert ("渔港调度", "Industry") in found, found
    assert ("草场监测", "Industry") in found, found
    found = rels(text)
    assert ("北斗导航", "appliedIn", "渔港调度") in found, found
    assert ("卫星遥感", "appliedIn", "草场监测") in found, found


def test_what_a_known_technology_is_used_to_do_or_raise_is_where_it_is_applied():
    text = "方案提出，运用大数据提升草场监测水平，应用北斗导航开展渔船动态监管。"
    found = ents(text)
    assert ("草场监测", "Industry") in found, found
    assert ("渔船动态监管", "Industry") in found, found
    found = rels(text)
    assert ("大数据", "appliedIn", "草场监测") in found, found
    assert ("北斗导航", "appliedIn", "渔船动态监管") in found, found


def test_what_a_policy_tool_is_used_to_raise_is_no_field():
    found = ents("方案提出，运用政策工具提升治理水平，利用财政资金开展渔船动态监管。")
    assert not any(t == "Industry" for _, t in found), found


def test_the_kinds_of_a_farm_product_class_are_lines_of_business():
    found = ents("规划提出，做大银鱼、螺蛳等特色水产品。")
    for name in ("银鱼", "螺蛳"):
        assert (name, "Industry") in found, found


def test_two_members_named_as_a_class_s_lines_or_growth_are_of_its_kind():
    text = "文章认为，果酒酿造和果醋加工是林果深加工的两大主线，气调储藏和果品保鲜正成为冷链物流新的增长点。"
    found = ents(text)
    for name in ("果酒酿造", "果醋加工", "气调储藏", "果品保鲜"):
        assert (name, "Industry") in found, found
    found = rels(text)
    assert ("果酒酿造", "partOf", "林果深加工") in found, found
    assert ("果品保鲜", "partOf", "冷链物流") in found, found


def test_firms_and_growers_named_as_growth_are_no_members():
    found = ents("报告认为，本地企业和果农正成为冷链物流新的增长点。")
    assert found == {("冷链物流", "Industry")}, found


def test_a_notice_about_organising_written_without_marks_is_a_title():
    # (the issuer written right before 关于 stays in the title: title_issuer_rules)
    text = "岚川省工业和信息化厅关于组织申报2025年度果品加工智能工厂项目的通知提出，推广智能烘焙机。"
    title = "岚川省工业和信息化厅关于组织申报2025年度果品加工智能工厂项目的通知"
    assert (title, "Policy") in ents(text)
    assert (title, "prioritizes", "智能烘焙机") in rels(text)
