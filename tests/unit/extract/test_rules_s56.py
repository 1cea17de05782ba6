"""Session 56's changes. The span filler and its extensions run at the
thresholds chosen on the open sets the shipped model never trained on, and
the model file says so; an extension never takes a counting word (两大, 四大:
it counts the class after it), so 家具两大产业 stays 家具. A technology spread
from fields to fields keeps its fields when the class after 等 is a named
sector (…等传统产业向…等战略性新兴产业延伸). Made-up sentences; each test of a
reading fails without its change."""
from __future__ import annotations

from kg.extract import extend, extract_text, spanfill
from support.entities import rels


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
