"""A counted class closing a list and continued with 和 (made-up sentences).

- A、B、C三大X和D: the list ends at the counted class (N大/N类/N种/N项 + class
  noun); the items take the class's type and are its parts, and D is no item
  of the list (nor glued to the class as one name); a D named by a stage word
  (…制造) is a line of industry, the verb's next object.
- The stem of a shared head (甲和乙制造) is never the class noun of a counted
  class (四大关键材料和乙制造).
"""
from support.entities import ents

from kg.extract import extract_text


def test_a_counted_class_before_a_joiner_closes_the_list():
    text = "培育智能网联汽车、低空飞行器、商业航天三大新兴产业和生物医药产业集群。"
    got = ents(text)
    assert {("智能网联汽车", "Industry"), ("低空飞行器", "Industry"), ("商业航天", "Industry")} <= got
    assert not any("三大" in s for s, _ in got)
    parts = {(r.head_text, r.tail_text) for r in extract_text(text).relations if r.type == "partOf"}
    assert {("智能网联汽车", "新兴产业"), ("低空飞行器", "新兴产业"), ("商业航天", "新兴产业")} <= parts
    assert not any(h.startswith("生物医药") for h, _ in parts)


def test_the_class_noun_of_a_counted_class_shares_no_head_with_the_next_item():
    got = ents("重点发展碳纤维、石墨烯、高温合金、稀土永磁四大关键材料和航空发动机制造。")
    assert ("航空发动机制造", "Industry") in got
    assert not any(s.startswith("材料和") for s, _ in got)


def test_a_line_of_industry_after_the_counted_class_is_the_verbs_next_object():
    got = ents("中游做强碳纤维、石墨烯、高温合金、稀土永磁四大关键材料和模组制造；下游拓展应用。")
    assert ("模组制造", "Industry") in got
    assert {("碳纤维", "Technology"), ("稀土永磁", "Technology")} <= got
