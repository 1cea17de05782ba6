"""partOf, session 25 (made-up sentences; the mentions are given, so each test
checks the relation rules, not the recogniser).

- a list closed by 等 and its class (A、B等某某产业) is read as the class's type,
  like a counted class: an item the recogniser gave the other of Technology /
  Industry is related too and takes the class's type (annotation.md: the reading
  the sentence uses); a class of materials types no mixed list (tail_retype
  reads it from a list of products only), a list with no item of the class's
  type is left alone, and a …技术 item keeps its type.
"""
from kg.extract.relations import extract_relations
from support.relations import mentions, of_type, run, sentences

TEC, IND = "Technology", "Industry"


def test_industry_class_types_a_technology_item_of_its_list():
    text = "该县将壮大跨境电商、冷链配送等现代物流业，带动农民增收。"
    ms = mentions(text, {"跨境电商": TEC, "冷链配送": IND, "现代物流业": IND})
    got = {(r.head_text, r.type, r.tail_text) for r in extract_relations(text, sentences(text), ms, "doc")}
    assert {("跨境电商", "partOf", "现代物流业"), ("冷链配送", "partOf", "现代物流业")} <= of_type(got, "partOf")
    assert {m.type for m in ms if m.text == "跨境电商"} == {IND}


def test_technology_class_types_an_industry_item_of_its_list():
    text = "研究院重点攻关量子雷达、光子芯片等前沿探测装备，力争三年内样机定型。"
    ms = mentions(text, {"量子雷达": TEC, "光子芯片": IND, "前沿探测装备": TEC})
    got = {(r.head_text, r.type, r.tail_text) for r in extract_relations(text, sentences(text), ms, "doc")}
    assert {("量子雷达", "partOf", "前沿探测装备"), ("光子芯片", "partOf", "前沿探测装备")} <= of_type(got, "partOf")
    assert {m.type for m in ms if m.text == "光子芯片"} == {TEC}


def test_list_with_no_item_of_the_class_type_is_left_alone():
    text = "研究院重点攻关量子雷达、光子芯片等新兴产业，力争三年内样机定型。"
    ms = mentions(text, {"量子雷达": TEC, "光子芯片": TEC, "新兴产业": IND})
    got = {(r.head_text, r.type, r.tail_text) for r in extract_relations(text, sentences(text), ms, "doc")}
    assert not of_type(got, "partOf")
    assert {m.type for m in ms if m.text in ("量子雷达", "光子芯片")} == {TEC}


def test_named_technique_item_keeps_its_type():
    ents = {"边缘计算技术": TEC, "冷链配送": IND, "现代物流业": IND}
    got = run("该县将壮大边缘计算技术、冷链配送等现代物流业。", ents)
    assert ("冷链配送", "partOf", "现代物流业") in got
    assert ("边缘计算技术", "partOf", "现代物流业") not in got
