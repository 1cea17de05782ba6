"""Session 58's changes. The objects of a verb of spreading, making or
deploying (推广, 研发, 部署, 引进 …) that end with a technical head (…技术,
…系统, …设备, …阀门, …生产线) are technologies one by one, also when no
lexicon knows them; a generic or verbal object (先进适用技术, 项目均采用…)
names nothing. Made-up sentences; each test of a reading fails without its
change, the others guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from support.entities import ents, rels


@pytest.mark.parametrize("text, names", [
    ("该规划提出，推广雪峦包衣技术，建设追溯平台。", {"雪峦包衣技术"}),
    ("各地推广雪峦套圈锻造工艺。", {"雪峦套圈锻造工艺"}),
    ("通知要求同步推广岚溪单灯控制系统，加快改造进度。", {"岚溪单灯控制系统"}),
    ("支持企业研发雪豹调节阀和岚溪高压阀门，开拓海外市场。", {"雪豹调节阀", "岚溪高压阀门"}),
    ("鼓励园区部署溪谷无损分选线。", {"溪谷无损分选线"}),
])
def test_the_headed_objects_of_a_spreading_verb_are_technologies(text, names):
    assert {(n, "Technology") for n in names} <= ents(text)


@pytest.mark.parametrize("text, wrong", [
    ("各地要推广先进适用技术，提高生产效率。", "先进适用技术"),
    ("园区研发项目均采用岚溪电池技术。", "项目均采用岚溪电池技术"),
    ("支持企业研发推广岚溪农机装备。", "推广岚溪农机装备"),
    ("打造更为高效的研发及雪峦转化支持系统。", "雪峦转化支持系统"),
    ("加快推广应用岚溪制造新技术。", "岚溪制造新技术"),
])
def test_a_generic_or_verbal_object_is_no_name(text, wrong):
    assert not any(name == wrong for name, _ in ents(text))


def test_a_name_before_arriving_at_the_meeting_ends_before_it():
    found = ents("全省雪峦产业推进会在岚溪举行，厅长亓岚澄到会讲话。")
    assert ("亓岚澄", "Person") in found
    assert not any(name == "亓岚澄到" for name, _ in found)


@pytest.mark.parametrize("bureau", ["文物局", "广播电视局", "粮食局", "机关事务局"])
def test_a_provincial_bureau_of_the_government_list_is_an_institution(bureau):
    assert (f"陕西省{bureau}", "Institution") in ents(f"陕西省{bureau}近日召开会议。")


def test_a_generic_noun_after_a_defined_short_title_refers_to_the_short_title():
    text = ("雪峦区人民政府印发《雪峦区岚溪机器人产业发展行动计划》（下文称《雪峦机器人行动》）。"
            "行动计划明确，聚焦雪豹机器人整机和岚溪四足机器人。")
    got = rels(text)
    assert ("《雪峦机器人行动》", "prioritizes", "岚溪四足机器人") in got
    assert not any(h == "《雪峦区岚溪机器人产业发展行动计划》" and t == "prioritizes" for h, t, _ in got)


def test_a_division_of_a_commission_written_in_full_joins_it():
    text = "雪峦省卫生健康委员会医政医管处日前下发《关于加强岚溪核医学科建设的通知》。"
    assert ("雪峦省卫生健康委员会医政医管处", "Institution") in ents(text)


@pytest.mark.parametrize("text, event, topics", [
    ("2024雪峦制种产业大会在雪峦县开幕，本届大会围绕岚溪制种机械化和雪豹种子检测两个议题展开。",
     "2024雪峦制种产业大会", ("岚溪制种机械化", "雪豹种子检测")),
    ("2024雪峦机器人应用大赛在雪峦区溪谷街道落下帷幕，大赛设置岚溪零件搬运和雪豹柔性装配两个赛项。",
     "2024雪峦机器人应用大赛", ("岚溪零件搬运", "雪豹柔性装配")),
    ("2024雪峦照明产业博览会在雪峦区启幕，本届博览会主打岚溪智能照明和雪豹植物照明，吸引200余家企业参展。",
     "2024雪峦照明产业博览会", ("岚溪智能照明", "雪豹植物照明")),
])
def test_the_two_topics_an_event_is_arranged_around_are_its_priorities(text, event, topics):
    found, got = ents(text), rels(text)
    for topic in topics:
        assert (topic, "Industry") in found
        assert (event, "prioritizes", topic) in got


def test_a_contest_held_in_a_street_is_located_in_it():
    text = "2024雪峦机器人应用大赛在雪峦区溪谷街道落下帷幕。"
    assert ("溪谷街道", "Region") in ents(text)
    assert ("2024雪峦机器人应用大赛", "locatedIn", "溪谷街道") in rels(text)


@pytest.mark.parametrize("text, person", [
    ("雪峦大学机械学院教授颛孙岚川点评时表示，模仿学习进展很快。", "颛孙岚川"),
    ("雪峦市教育局局长百里溪舟宣读了成立批复。", "百里溪舟"),
    ("雪峦证券研究所首席分析师乐正明川日前发布行业报告称。", "乐正明川"),
    ("报告由该院教授欧阳明桥牵头编写。", "欧阳明桥"),
])
def test_a_compound_surname_after_a_title_opens_a_name_of_four_characters_before_more_cues(text, person):
    found = ents(text)
    assert (person, "Person") in found
    assert not any(t == "Person" and name != person for name, t in found)


@pytest.mark.parametrize("text, means, field", [
    ("《雪峦轴承规划》提出，用岚溪在线测量技术提升雪豹轴承装配精度。", "岚溪在线测量技术", "雪豹轴承装配"),
    ("《雪峦阀门政策》鼓励把雪豹远程运维平台接入岚溪装置检修。", "雪豹远程运维平台", "岚溪装置检修"),
    ("《雪峦冷链通知》鼓励把雪豹移动式预冷设备部署到岚溪果蔬预冷一线。", "雪豹移动式预冷设备", "岚溪果蔬预冷"),
])
def test_a_technology_put_to_use_or_relied_on_names_its_field_not_a_priority(text, means, field):
    found, got = ents(text), rels(text)
    assert {(means, "Technology"), (field, "Industry")} <= found
    assert (means, "appliedIn", field) in got
    assert not any(r == "prioritizes" and t == field for _, r, t in got)


def test_a_verb_jieba_glues_to_its_object_still_governs_the_list():
    # (jieba's dictionary holds 推广种子 as one word: it is split, so 推广 opens the list)
    found = ents("各县推广种子精选机、种子烘干塔和种子包衣机，提高种子质量。")
    assert {("种子精选机", "Technology"), ("种子烘干塔", "Technology"), ("种子包衣机", "Technology")} <= found


@pytest.mark.parametrize("person", ["梁丘明远", "公西明远"])
def test_a_compound_surname_before_a_title_opens_a_name_of_four_characters(person):
    text = f"雪峦大学文化遗产学院{person}教授在现场讲解时介绍了展厅。"
    found = ents(text)
    assert (person, "Person") in found
    assert not any(t == "Person" and name != person for name, t in found)
    assert (person, "affiliatedWith", "雪峦大学文化遗产学院") in rels(text)


@pytest.mark.parametrize("text, means, field", [
    ("文章认为，雪峦移动预冷车在岚溪叶菜预冷中优势明显，应加大推广力度。", "雪峦移动预冷车", "岚溪叶菜预冷"),
    ("报告称，雪豹前处理工艺有望在岚溪针织物加工中大面积推广。", "雪豹前处理工艺", "岚溪针织物加工"),
    ("专家认为，雪峦脑电头环已在岚溪睡眠监测中打开市场。", "雪峦脑电头环", "岚溪睡眠监测"),
])
def test_how_a_technology_does_in_a_field_says_it_is_applied_there(text, means, field):
    assert {(means, "Technology"), (field, "Industry")} <= ents(text)
    assert (means, "appliedIn", field) in rels(text)


@pytest.mark.parametrize("act", [
    "宣布园区正式启用", "到会讲话", "在会上通报了去年工作成效", "作项目情况介绍", "作主题发言",
    "总结去年工作，并对今年重点任务作出部署", "作为签约企业代表发言", "揭牌并致辞", "点评时表示，行业发展很快",
])
def test_who_speaks_in_the_sentence_after_an_event_is_held_speaks_at_it(act):
    text = f"本报讯 今天上午，雪峦冷链物流园启用仪式在雪峦县岚溪街道举行。雪峦市商务局局长亓岚澄{act}。"
    assert ("亓岚澄", "spokeAt", "雪峦冷链物流园启用仪式") in rels(text)


@pytest.mark.parametrize("line", [
    "参与编写的该院副院长亓岚澄介绍", "白皮书编写组组长、该院高级工程师亓岚澄表示", "该院研究员、报告牵头人亓岚澄表示",
])
def test_a_title_of_the_body_a_report_came_from_names_its_member(line):
    text = f"雪峦产业研究院近日发布年度白皮书。{line}，岚溪产业加快回暖。"
    assert ("亓岚澄", "affiliatedWith", "雪峦产业研究院") in rels(text)
