"""Session 56's changes. The span filler and its extensions run at the
thresholds chosen on the open sets the shipped model never trained on, and
the model file says so; an extension never takes a counting word (两大, 四大:
it counts the class after it), so 家具两大产业 stays 家具. A technology spread
from fields to fields keeps its fields when the class after 等 is a named
sector (…等传统产业向…等战略性新兴产业延伸). A means no rule knows, relied on or
used (依托/借助/运用/采用…) to raise or carry out something, is a technology when
it ends with a technical head (…算法, …系统, …模型), and what it raises or
carries out is its field; a body relied on names nothing, and joint research
or a pilot is no field. A short title defined 下文简称 / 下文称 is the title's,
with its issuers. A technology a plan relies on to raise something is its
priority; the base it builds on is not. Made-up sentences; each test of a reading fails
without its change, the others guard what a rule must leave alone."""
from __future__ import annotations

import pytest

from kg.extract import extend, extract_text, spanfill
from support.entities import ents, rels


def test_the_shipped_model_holds_the_thresholds_the_modules_define():
    model = spanfill.load_model()
    assert model["threshold"] == spanfill.THRESHOLD
    assert model["extend"]["threshold"] == extend.THRESHOLD


def test_an_extension_never_takes_a_counting_word():
    found = {(m.text, m.type) for m in extract_text("做强陶瓷、家具两大产业。").mentions}  # (the default extractor)
    assert ("家具", "Industry") in found
    assert not any("两大" in t for t, _ in found), found


def test_a_technology_spread_between_named_classes_is_applied_in_their_members():
    text = "推动北斗导航从渔业、林业等传统产业向物流、旅游等战略性新兴产业延伸。"
    found = rels(text)
    assert {("北斗导航", "appliedIn", f) for f in ("渔业", "林业", "物流", "旅游")} <= found, found
    assert ("渔业", "partOf", "传统产业") in found and ("旅游", "partOf", "战略性新兴产业") in found


def test_a_means_named_by_its_technical_head_is_a_technology_and_what_it_does_a_field():
    text = "依托雪域光谱算法提升牧草估产精度。"
    assert {("雪域光谱算法", "Technology"), ("牧草估产", "Industry")} <= ents(text)
    assert ("雪域光谱算法", "enables", "牧草估产") in rels(text)
    text = "采用雪豹声学成像系统开展管廊巡视。"
    assert ("管廊巡视", "Industry") in ents(text)
    assert ("雪豹声学成像系统", "appliedIn", "管廊巡视") in rels(text)


def test_a_body_relied_on_is_no_means_and_joint_research_no_field():
    assert not {t for t, ty in ents("依托岚川研究院开展联合攻关。") if ty in ("Technology", "Industry")}
    assert ("联合攻关", "Industry") not in ents("运用人工智能开展联合攻关。")


def test_the_span_filler_adds_no_count_determiner_or_quoted_word(tmp_path):
    import gzip
    import json

    from kg.extract.pipeline import build_nlp

    # a hand-written model that would add every candidate it is shown
    model = tmp_path / "all.json.gz"
    with gzip.open(model, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"Technology": {"": 6.0}, "Industry": {"": -6.0}}, "threshold": 0.5}, fh)
    nlp = build_nlp()
    nlp.add_pipe("kg_spanfill", before="kg_normalise", config={"model": str(model)})
    text = "某镇设立49只雪狐子基金，推动不同产业与‘雪狐数智’融合，关注柔性织物技术。"
    added = {m.text for m in nlp(text).user_data["kg_mentions"]}
    assert "柔性" in added and "织物" in added, added  # (the model adds what it is shown)
    assert not any(t[0].isdigit() or t.startswith("不同") or "‘" in t or "’" in t for t in added), added


@pytest.mark.parametrize("defines", ["下文简称", "下文称", "后文简称"])
def test_a_short_title_defined_below_is_the_title_and_its_issuers(defines):
    text = f"雪峦县人民政府近日出台《雪峦县怀药产业提质增效规划》（{defines}《雪峦规划》）。《雪峦规划》提出，稳定怀山药种植面积。"
    assert ("《雪峦规划》", "issuedBy", "雪峦县人民政府") in rels(text)
    labels = {m.text: m.label for m in extract_text(text).mentions}
    assert labels["《雪峦规划》"] == "《雪峦县怀药产业提质增效规划》"


def test_a_technology_a_plan_relies_on_to_raise_something_is_its_priority_a_base_is_not():
    text = "《雪峦县供水规划》提出，做强智能水表，依托雪峦膜蒸馏技术提升苦咸水淡化水平，到2027年规模翻番。"
    assert ("《雪峦县供水规划》", "prioritizes", "雪峦膜蒸馏技术") in rels(text)
    text = "《雪峦县供水规划》提出，依托人工智能产业基础，发展智能水表。"
    found = rels(text)
    assert ("《雪峦县供水规划》", "prioritizes", "智能水表") in found
    assert not {r for r in found if r[1] == "prioritizes" and r[2].startswith("人工智能")}
