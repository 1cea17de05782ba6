"""Session 52's rules. A name between a role title and a word that follows names
(厅长某某在…, 教授某某作…, 副局长某某出席…) is a person whatever words jieba cut
it into, and in that frame, as in a byline, its surname may be one of the 百家姓
that open frequent words (暴, 沃, 宰) or a character jieba's dictionary tags as a
name (眭, 苻). Made-up bodies, persons, places and titles; each test of a reading
fails without its rule, the others guard what a rule must leave alone."""
from __future__ import annotations

from support.entities import ents, rels


def test_a_rarer_surname_between_a_title_and_a_following_word_opens_a_person():
    text = "澄江省民政厅召开全省民政工作会议，厅长暴清澜在会上作工作报告。星河大学机械学院教授眭远航作主旨报告。"
    found = ents(text)
    assert ("暴清澜", "Person") in found, found
    assert ("眭远航", "Person") in found, found
    assert ("暴清澜", "affiliatedWith", "澄江省民政厅") in rels(text)


def test_a_name_jieba_cuts_across_its_words_is_whole_in_the_frame():
    found = ents("星河市工业和信息化局副局长宰明峤出席并致辞，星河大学教授苻鸣岐作专题报告。")
    assert ("宰明峤", "Person") in found, found
    assert ("苻鸣岐", "Person") in found, found


def test_a_byline_or_an_analyst_line_takes_a_rarer_surname():
    found = ents("文章建议，发展智能家居。（作者：沃青梧，星河大学人口研究所副研究员）")
    assert ("沃青梧", "Person") in found, found


def test_a_dictionary_word_or_a_second_title_after_a_title_is_no_person():
    found = ents("中国经济网刊发星河学会专家文章认为，商业航天有望成为新的增长极。教授和研究员出席并发言。")
    assert not any(t == "Person" for _, t in found), found


def test_what_a_head_deploys_at_the_meeting_in_the_next_sentence_is_its_priority():
    text = ("星河省林业和草原局2月在星河市召开全省林草工作会议，总结过去一年全省林草工作。"
            "局长暴清澜在会上部署，推广激光雷达，发展林下经济。")
    found = rels(text)
    assert ("全省林草工作会议", "prioritizes", "林下经济") in found, found
    assert ("全省林草工作会议", "prioritizes", "激光雷达") in found, found


def test_the_tasks_a_report_arranges_at_a_named_meeting_are_its_priorities():
    text = ("星河省民政厅1月30日在星河市召开全省民政工作会议，厅长暴清澜在会上作工作报告并对今年重点任务作出安排："
            "推动智能手环在居家养老监护中的应用，培育银发经济。")
    found = rels(text)
    assert ("全省民政工作会议", "prioritizes", "银发经济") in found, found
    assert ("全省民政工作会议", "prioritizes", "智能手环") in found, found


def test_a_speech_at_a_meeting_with_no_meeting_named_before_gives_no_priority():
    found = rels("局长暴清澜在会上部署，推广激光雷达，发展林下经济。")
    assert not any(r == "prioritizes" for _, r, _ in found), found


def test_technologies_used_to_develop_a_sector_in_one_clause_enable_it():
    found = rels("《星河规划》明确，运用虚拟现实和5G发展智慧旅游，带动高原特色农业提质增效。")
    assert ("虚拟现实", "enables", "智慧旅游") in found, found
    assert ("5G", "enables", "智慧旅游") in found, found


def test_a_town_of_four_characters_opening_its_clause_names_its_government():
    text = "四道澄河镇人民政府2023年5月出台《四道澄河镇低空旅游发展实施计划》。"
    assert ("四道澄河镇人民政府", "Institution") in ents(text)
    assert ("《四道澄河镇低空旅游发展实施计划》", "issuedBy", "四道澄河镇人民政府") in rels(text)


def test_a_department_with_a_preposition_jieba_glued_after_it_is_one_body_with_its_parent():
    text = "国家航天局系统集成司于今年3月下发《关于做好商业航天测控工作的通知》。"
    assert ("国家航天局系统集成司", "Institution") in ents(text)
    assert ("《关于做好商业航天测控工作的通知》", "issuedBy", "国家航天局系统集成司") in rels(text)


def test_directives_right_after_a_short_title_is_defined_are_its_priorities():
    text = ("星河县人民政府于2023年9月发布《星河县支持合成生物产业发展的十条政策》（简称《星河十条》），"
            "对建设发酵中试车间的企业给予补助，支持生物基尼龙研发，推动合成生物技术在化妆品原料中的应用。")
    found = rels(text)
    assert ("《星河十条》", "prioritizes", "生物基尼龙") in found, found
    assert ("《星河十条》", "prioritizes", "合成生物技术") in found, found


def test_a_head_giving_the_yearly_report_for_his_party_group_speaks_at_the_meeting_named_before():
    text = "1月12日，全省交通运输工作会议在兰州召开。甘肃省交通运输厅厅长暴清澜代表厅党组作年度报告。"
    assert ("暴清澜", "spokeAt", "全省交通运输工作会议") in rels(text)


def test_who_led_the_report_to_completion_belongs_to_the_body_that_published_it():
    text = "兰州大学资源环境学院课题组日前发布林区低空应用研究报告，报告由该院教授郜清澜牵头完成。"
    assert ("郜清澜", "affiliatedWith", "兰州大学资源环境学院") in rels(text)


def test_a_lexicon_sector_and_operation_and_maintenance_is_one_line_of_business():
    assert ("海上风电运维", "Industry") in ents("《星河风电方案》提出，培育海上风电运维，发展储能。")


def test_who_declares_a_train_off_or_releases_a_report_at_the_event_named_before_speaks_at_it():
    text = ("本台消息 4月16日，2024中国（星河）跨境电商交易博览会在厦门市思明区开幕。"
            "福建省跨境电子商务协会会长郜清远发布了年度行业报告。")
    assert ("郜清远", "spokeAt", "2024中国（星河）跨境电商交易博览会") in rels(text)
    text = "本台消息 4月16日，星河至阿拉木图国际货运班列首发仪式在兰州举行。兰州市副市长郜清远出席并宣布发车。"
    assert ("郜清远", "spokeAt", "星河至阿拉木图国际货运班列首发仪式") in rels(text)


def test_an_unnamed_author_line_after_the_article_names_its_author_gives_him_the_body():
    text = ("星河日报理论版刊发郜清远的文章指出，推进能源革命的重点是煤电与新能源优化组合。"
            "作者系中共山西省委党校生态文明教研部教授，文章建议加快煤电机组灵活性改造。")
    assert ("郜清远", "affiliatedWith", "中共山西省委党校生态文明教研部") in rels(text)


def test_an_unnamed_author_line_with_no_author_named_before_gives_nobody_the_body():
    text = "省长郜清远出席会议。作者系中共山西省委党校生态文明教研部教授。"
    assert ("郜清远", "affiliatedWith", "中共山西省委党校生态文明教研部") not in rels(text)


def test_a_member_of_the_report_team_belongs_to_the_body_that_published_it():
    text = ("中国社会科学院旅游研究中心发布的乡村旅游发展报告显示，乡村旅游接待人次持续增长。"
            "报告课题组成员、该中心特约研究员郜清远认为，应发展避寒旅居。")
    assert ("郜清远", "affiliatedWith", "中国社会科学院旅游研究中心") in rels(text)


def test_a_quoted_title_with_an_issue_number_before_what_it_prints_is_a_periodical():
    found = ents("《星河干部学刊》2023年第5期刊发中共星河市委党校教授郜清远的文章。")
    assert ("星河干部学刊", "Publication") in found, found
    assert not any(t == "Policy" for _, t in found), found


def test_an_event_held_in_a_town_after_an_unnamed_district_is_located_in_the_town():
    text = "本报讯 9月12日上午，2024星河碳纤维应用场景推介会在丰满区星澜镇举行。"
    found = rels(text)
    assert ("2024星河碳纤维应用场景推介会", "locatedIn", "星澜镇") in found, found


def test_the_means_frame_names_a_technology_and_what_it_drives_a_sector():
    text = "《星河融资方案》提出，发展普惠金融，以企业澜信画像赋能星澜授信和澜川仓储升级。"
    found = ents(text)
    assert ("企业澜信画像", "Technology") in found, found
    assert ("星澜授信", "Industry") in found, found
    assert ("澜川仓储", "Industry") in found, found  # (升级: what happens to it)
    assert ("企业澜信画像", "enables", "星澜授信") in rels(text)


def test_what_a_directive_applies_somewhere_is_a_technology():
    found = ents("推动云栈分拣技术在冷链仓储中的应用。")
    assert ("云栈分拣技术", "Technology") in found, found


def test_the_means_frame_reads_no_process_no_people_and_keeps_known_names():
    found = ents("以数字化赋能传统产业，以林业碳汇带动林区群众增收，以智能制造带动氢能发展。")
    assert not any(s in ("数字化", "林区群众") for s, _ in found), found
    assert ("林业碳汇", "Industry") in found, found
    assert ("氢能", "Technology") in found or ("氢能", "Industry") in found, found


def test_a_framed_name_may_hold_a_conjunction_character_inside_its_given_name():
    found = ents("星河半导体材料有限公司董事长邸和声表示，项目采用物联网。")
    assert ("邸和声", "Person") in found, found


def test_an_author_line_in_brackets_or_after_a_comma_gives_the_author_the_body():
    text = "光明日报刊发郜清远的文章指出，应发展数字经济。（作者系南开大学经济学院教授）"
    assert ("郜清远", "affiliatedWith", "南开大学经济学院") in rels(text)
    text = "经济日报刊文指出，应发展数字经济。作者郜清远，南开大学经济学院教授。"
    assert ("郜清远", "affiliatedWith", "南开大学经济学院") in rels(text)


def test_a_surname_that_opens_words_before_a_common_word_after_a_title_is_no_person():
    found = ents("来自国内外技术前沿领域的专家、学者和企业代表，深入探讨人工智能。")
    assert not any(t == "Person" for _, t in found), found


def test_a_name_the_span_filler_reads_once_is_read_where_the_passage_repeats_it():
    from kg.extract.core import extract_text

    text = "评论指出，微短剧正成为网络视听的重要增长点。评论认为，鼓励网络游戏、动画与微短剧联动开发。"
    ex = extract_text(text, "t")
    starts = sorted(m.start for m in ex.mentions if m.text == "微短剧")
    assert starts == [5, 37], starts
    found = {(r.head_text, r.type, r.tail_text) for r in ex.relations}
    assert ("微短剧", "partOf", "网络视听") in found, found


def test_what_a_text_makes_the_focus_or_lever_of_a_category_is_its_part():
    found = rels("报告认为，应把康复辅具制造、老年功能食品等作为银发经济重点领域，推动智能穿戴。")
    assert ("康复辅具制造", "partOf", "银发经济") in found, found
    found = rels("文章指出，星河应把生物制造作为培育新兴产业的重要抓手。")
    assert ("生物制造", "partOf", "新兴产业") in found, found


def test_the_bodies_read_in_an_issuer_list_whose_last_body_no_rule_reads_still_issue():
    text = "工业和信息化部、民政部、星河老龄工作委员会办公室印发《关于促进星河用品产业发展的指导意见》。"
    found = rels(text)
    assert ("《关于促进星河用品产业发展的指导意见》", "issuedBy", "工业和信息化部") in found, found
    assert ("《关于促进星河用品产业发展的指导意见》", "issuedBy", "民政部") in found, found


def test_the_state_councils_coordinating_bodies_and_their_short_names_are_bodies():
    found = ents("全国老龄办、国家防总联合印发《关于做好星河防汛和老年用品工作的通知》。")
    assert ("全国老龄办", "Institution") in found, found
    assert ("国家防总", "Institution") in found, found
