"""A technique named by what it works on and the process it runs
(entities.json technology.process_technique: 攻关某某提取技术, …和某某综合利用技术).
Made-up materials; the first test fails without the rule, the second guards
generic techniques and lists summed up."""
from __future__ import annotations

from support.entities import ents


def test_a_material_and_its_process_before_jishu_is_a_technique():
    found = ents("支持企业攻关蛇纹石提取技术，推广精准饲喂和秸秆炭化利用技术。")
    assert {("蛇纹石提取技术", "Technology"), ("秸秆炭化利用技术", "Technology")} <= found, found


def test_generic_techniques_and_lists_summed_up_are_left_alone():
    for text, bad in (("推广先进检测技术。", "先进检测技术"), ("推广胚芽移植等良种繁育技术。", "胚芽移植等良种繁育技术")):
        assert (bad, "Technology") not in ents(text), (text, ents(text))
