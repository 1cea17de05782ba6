"""partOf of round 23 (made-up sentences; the mentions are given, so each test
checks the relation rule, not the recogniser).

- Categories opening parallel clauses joined by ； as subjects directed by a
  modal (X要…；Y要…；Z则…) are parts of the category named before the first
  of them, in this sentence or the one before; the other subjects are
  siblings, never the class; a lone X要… is no such series.
- Under a heading naming a category, items the section spreads or scales up
  (推广A, 普及B, 加大C推广应用力度) are its parts too.
- 从A、B到C，…: what a clause runs through from one end to the other are
  members of the category named just before; a chain (从A到B的…链条,
  从A到B，…已形成完整链条) names none.
- A category opening a clause whose focus is directed without a modal
  (X产业重点布局A、B / X产业着力发展C) takes the list as its parts, as with 要.
- X是Y的主体 (the main body of a whole) is no part-of statement.
- A kind of software named by its class of use (…类软件) is part of the
  software category named before it, not of a sibling kind.
- X的A功能: a technique named as a feature of a product written right before
  it is its part.
"""
from support.relations import of_type, run

TEC, IND = "Technology", "Industry"


def test_parallel_category_subjects_are_parts_of_the_category_before_them():
    ents = {"轻工业": IND, "造纸工业": IND, "制浆": IND, "家具工业": IND, "板材": IND, "皮革工业": IND}
    got = run("方案在振兴轻工业部分提出，造纸工业要淘汰落后制浆产能；家具工业要提升板材利用率；皮革工业则要加强清洁生产。",
              ents)
    parts = {(h, t) for h, _, t in of_type(got, "partOf")}
    assert {("造纸工业", "轻工业"), ("家具工业", "轻工业"), ("皮革工业", "轻工业")} <= parts
    assert ("家具工业", "造纸工业") not in parts and ("皮革工业", "家具工业") not in parts


def test_parallel_category_subjects_find_the_category_in_the_sentence_before():
    ents = {"现代服务业": IND, "物流产业": IND, "会展产业": IND}
    got = run("该市出台专项规划加快发展现代服务业。按照规划，物流产业要降低社会物流成本；会展产业则聚焦品牌展会培育。", ents)
    parts = {(h, t) for h, _, t in of_type(got, "partOf")}
    assert {("物流产业", "现代服务业"), ("会展产业", "现代服务业")} <= parts


def test_a_lone_category_subject_is_no_series():
    got = run("方案在振兴轻工业部分提出，造纸工业要淘汰落后制浆产能，提升清洁生产水平。", {"轻工业": IND, "造纸工业": IND})
    assert not of_type(got, "partOf")


def test_items_a_section_spreads_are_parts_of_its_category():
    ents = {"数字基础设施": TEC, "万兆光网": TEC, "IPv6": TEC, "北斗": TEC}
    got = run("加快建设数字基础设施。推广升级万兆光网，加快IPv6规模部署，普及北斗终端。", ents)
    assert {("万兆光网", "partOf", "数字基础设施"), ("IPv6", "partOf", "数字基础设施")} <= got


def test_from_one_end_to_the_other_after_a_category():
    ents = {"智能穿戴": TEC, "智能手表": TEC, "智能戒指": TEC, "智能耳机": TEC}
    got = run("业内人士认为，智能穿戴正在进入大众消费阶段。从智能手表、智能戒指到智能耳机，本地品牌依托完整的供应链接连推出新品。", ents)
    assert {("智能手表", "partOf", "智能穿戴"), ("智能戒指", "partOf", "智能穿戴"),
            ("智能耳机", "partOf", "智能穿戴")} <= got


def test_from_one_end_to_the_other_of_a_chain_names_no_category():
    ents = {"光通信": TEC, "光模块": TEC, "光器件": TEC}
    got = run("光通信是该区的名片产业。从光器件到光模块，园区已形成完整链条。", ents)
    assert not of_type(got, "partOf")


def test_a_category_subject_focusing_without_a_modal_takes_the_list_as_its_parts():
    ents = {"文旅产业": IND, "数字产业": IND, "软件开发": IND, "数据标注": IND, "信息服务": IND}
    got = run("规划提出，文旅产业以滨海度假为切入点，数字产业重点布局软件开发、数据标注和信息服务。", ents)
    parts = {(h, t) for h, _, t in of_type(got, "partOf")}
    assert {("软件开发", "数字产业"), ("数据标注", "数字产业"), ("信息服务", "数字产业")} <= parts


def test_the_main_body_of_a_whole_is_no_part():
    got = run("评论认为，民营企业是就业的主体，加工贸易是外贸的主体。", {"加工贸易": IND, "外贸": IND})
    assert not of_type(got, "partOf")


def test_a_kind_of_software_is_part_of_the_software_category_before_it():
    ents = {"工控软件": TEC, "经营管理类软件": TEC, "运维服务类软件": TEC, "ERP": TEC}
    got = run("工控软件是工厂的神经中枢。调研显示，ERP等经营管理类软件普及较快，而运维服务类软件仍待补齐。", ents)
    parts = {(h, t) for h, _, t in of_type(got, "partOf")}
    assert {("经营管理类软件", "工控软件"), ("运维服务类软件", "工控软件")} <= parts
    assert ("运维服务类软件", "经营管理类软件") not in parts


def test_a_feature_of_a_product_is_its_part():
    ents = {"数字钱包": TEC, "离线支付": TEC, "生物识别": TEC}
    got = run("报告认为，数字钱包的离线支付和生物识别功能可在跨境旅游中发挥作用。", ents)
    assert {("离线支付", "partOf", "数字钱包"), ("生物识别", "partOf", "数字钱包")} <= got
