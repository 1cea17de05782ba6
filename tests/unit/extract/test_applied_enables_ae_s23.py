"""appliedIn and enables, session 23 (made-up sentences; the mentions are
given, so each test checks the relation rules, not the recogniser).

- list_retype: a field list of an application frame (用于A、B和C等领域,
  A在B、C等领域的应用) is read as sectors, an item the recogniser typed a
  Technology included, and that mention (with every other mention of its
  surface) becomes an Industry; a list of applied technologies reads an
  Industry-typed item as a technology. A single item, or a …技术 item, keeps
  its type.
"""
from kg.extract.relations import extract_relations
from support.relations import mentions, of_type, run, sentences

TEC, IND = "Technology", "Industry"


def test_product_typed_a_technology_in_a_field_list_is_a_field():
    ents = {"氮化镓模块": TEC, "数据中心": IND, "储能": IND, "人形机器人": TEC}
    got = run("厂商介绍，这款氮化镓模块将广泛用于数据中心、储能和人形机器人等领域。", ents)
    assert {("氮化镓模块", "appliedIn", x) for x in ("数据中心", "储能", "人形机器人")} <= of_type(got, "appliedIn")


def test_field_list_after_in_frame_takes_a_technology_typed_item():
    ents = {"量子惯导": TEC, "远洋渔业": IND, "深地钻探": TEC}
    got = run("业内预计，量子惯导有望在远洋渔业和深地钻探等领域率先应用。", ents)
    assert ("量子惯导", "appliedIn", "深地钻探") in got


def test_retyped_mention_and_its_other_mentions_become_industry():
    text = "深地钻探需要新的测量手段。量子惯导有望在远洋渔业和深地钻探等领域率先应用。"
    ms = mentions(text, {"量子惯导": TEC, "远洋渔业": IND, "深地钻探": TEC})
    extract_relations(text, sentences(text), ms, "doc")
    assert {m.type for m in ms if m.text == "深地钻探"} == {IND}
    assert {m.type for m in ms if m.text == "量子惯导"} == {TEC}


def test_industry_typed_item_of_an_applied_technology_list_is_a_technology():
    ents = {"数字孪生": TEC, "远程手术": IND, "县域医疗": IND}
    got = run("方案提出，推动数字孪生、远程手术在县域医疗中的应用。", ents)
    assert {("数字孪生", "appliedIn", "县域医疗"), ("远程手术", "appliedIn", "县域医疗")} <= of_type(got, "appliedIn")


def test_single_industry_head_is_not_retyped():
    got = run("方案提出，推动氢能在冶金和港口领域应用。", {"氢能": IND, "冶金": IND, "港口": IND})
    assert not of_type(got, "appliedIn")


def test_named_technique_in_a_field_list_keeps_its_type():
    ents = {"氮化镓模块": TEC, "数据中心": IND, "边缘计算技术": TEC}
    got = run("这款氮化镓模块将用于数据中心和边缘计算技术等领域。", ents)
    assert ("氮化镓模块", "appliedIn", "边缘计算技术") not in got
    assert ("氮化镓模块", "appliedIn", "数据中心") in got


def test_field_list_of_technologies_only_is_not_retyped():
    got = run("这款氮化镓模块将用于人形机器人和激光雷达等领域。", {"氮化镓模块": TEC, "人形机器人": TEC, "激光雷达": TEC})
    assert not of_type(got, "appliedIn")
