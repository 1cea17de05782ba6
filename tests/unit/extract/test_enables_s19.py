"""enables of round 19: which technology of a sentence is the agent. A
technology that is itself followed by 赋能/驱动 (推动A赋能B) is the agent of that
verb, not something an earlier list enables; a technology the second verb puts
to use somewhere (推动A在…应用) is applied, not enabled. Made-up sentences."""
from kg.extract import extract_text


def _enables(text):
    return {(r.head_text, r.tail_text) for r in extract_text(text).relations if r.type == "enables"}


def test_a_technology_pushed_to_empower_is_the_agent_not_the_object_of_the_list_before():
    rel = _enables("方案提出推广数字孪生和工业软件应用，推动机器视觉、智能传感等新技术赋能纺织、家具两大产业。")
    assert ("机器视觉", "纺织") in rel and ("智能传感", "家具") in rel
    assert not {(h, t) for h, t in rel if t in {"机器视觉", "智能传感"}}


def test_a_focus_does_not_enable_the_technology_that_empowers_the_sectors():
    rel = _enables("下一步应以碳化硅功率器件和氮化镓为突破口，推动人工智能赋能新能源汽车、光伏逆变器和储能。")
    assert ("人工智能", "新能源汽车") in rel
    assert not {(h, t) for h, t in rel if t == "人工智能"}


def test_a_second_verb_putting_a_technology_to_use_somewhere_enables_nothing():
    rel = _enables("运用激光雷达和毫米波雷达技术提升感知精度，推动自动驾驶在港口、矿区和园区全场景应用。")
    assert not {(h, t) for h, t in rel if t == "自动驾驶"}


def test_a_technology_driving_the_first_noun_of_a_list_enables_that_noun_only():
    rel = _enables("在材料领域，机器学习驱动的固态电解质、钙钛矿电池和锂硫电池成为研究热点。")
    assert rel == {("机器学习", "固态电解质")}
    # the first noun unrecognised: nothing rather than the second
    assert not _enables("这背后是深度学习驱动的步态规划和视觉导航技术。")


def test_applications_that_promote_two_sectors_fusing_enable_neither():
    rel = _enables("推动区块链、物联网在各大港口落地，促进智慧物流与跨境电商融合发展。")
    assert not {(h, t) for h, t in rel if t in {"智慧物流", "跨境电商"}}


def test_applications_that_drive_a_sector_still_enable_it():
    rel = _enables("推动区块链在港口和海关的应用，带动智慧物流发展。")
    assert ("区块链", "智慧物流") in rel


def test_the_subject_after_the_means_is_enabled_by_them():
    rel = _enables("借助数字孪生，工业机器人有望在更多产线上快速部署。")
    assert rel == {("数字孪生", "工业机器人")}


def test_a_noun_qualifying_the_subject_after_the_means_is_not_enabled():
    assert not _enables("借助人工智能，纺织行业工人有望在线学习新技能。")
    # a sector that can do something with the means uses them (appliedIn), it is not enabled
    assert not _enables("借助物联网技术，养殖行业可以远程监测水温。")


def test_an_ascii_semicolon_ends_the_subject_clause_too():
    rel = _enables("加快锂电池研发技术迭代升级;推动氢燃料电池与光伏等技术融合,开发新型储能装备。")
    assert not {(h, t) for h, t in rel if h == "锂电池"}


def test_a_second_verb_promoting_a_fusion_enables_neither_partner():
    rel = _enables("加快人工智能广泛赋能交通、农业、金融等行业,促进人工智能与区块链深度融合,壮大数字经济。")
    assert ("人工智能", "交通") in rel
    assert ("人工智能", "区块链") not in rel
