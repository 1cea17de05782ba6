"""Networks named in national plans (session 22): the networks 三网融合 joins,
the broadband network, and a network named by the lexicon technology it runs
written with the short head 网.  Made-up sentences; each positive case fails
without its rule, the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_the_converged_networks_are_technologies():
    found = ents("该县推进电信网和广播电视网双向改造，并铺设宽带网络到村。")
    assert ("电信网", "Technology") in found
    assert ("广播电视网", "Technology") in found
    assert ("宽带网络", "Technology") in found


def test_a_class_word_before_a_lexicon_network_keeps_it_whole():
    found = ents("示范区试点下一代广播电视网，升级数字广播电视网。")
    assert ("下一代广播电视网", "Technology") in found
    assert ("数字广播电视网", "Technology") in found


def test_a_lexicon_technology_before_the_short_head_net_is_one_network():
    found = ents("某市铺设量子通信网，扩容移动通信网。")
    assert ("量子通信网", "Technology") in found
    assert ("移动通信网", "Technology") in found


def test_a_word_beginning_with_net_is_no_head():
    found = ents("银行依托移动通信网点开展普惠服务。")
    assert not any(text.startswith("移动通信网") for text, _ in found)


def test_positioning_as_a_verb_is_no_positioning_technique():
    found = ents("某市将宽带网络定位为公共基础设施。")
    assert ("宽带网络", "Technology") in found
    assert not any(text.endswith("定位") for text, _ in found)
    kept = ents("园区以北斗定位为基础开展车辆调度。")
    assert ("北斗定位", "Technology") in kept


def test_an_optical_fibre_network_named_by_its_bandwidth_is_a_technology():
    found = ents("该区全面部署万兆光纤网络。")
    assert ("万兆光纤网络", "Technology") in found
    bare = ents("该区加快建设光纤网络。")
    assert not any(text.endswith("光纤网络") for text, _ in bare)
