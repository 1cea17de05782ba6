"""Institution and region names on new text (session 23).  Made-up sentences;
each positive case fails without its rule, the negative ones when a rule
over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_known_body_cut_apart_by_the_segmenter_still_opens_a_named_institution():
    # jieba cuts 科学技术|部党组: the ministry's characters still open the name
    found = ents("科学技术部党组召开专题会议，部署基础研究工作。")
    assert ("科学技术部党组", "Institution") in found
    assert ("科学技术部", "Institution") not in found


def test_a_place_glued_into_one_word_with_the_institution_head_opens_a_named_institution():
    # jieba holds place + name + head in one common-noun word
    assert ("北京口腔医院", "Institution") in ents("北京口腔医院开展数字化诊疗试点。")
    assert ("西安杨森制药有限公司", "Institution") in ents("西安杨森制药有限公司发布新药。")


def test_a_generic_institution_class_stays_no_name():
    assert not [e for e in ents("各地口腔医院开展数字化诊疗试点。") if e[1] == "Institution"]
