"""Technology and Industry terms no rule read on new text (session 26): a list
closed by a bare product class (…等产品, …等系列产品) names products, which are
Technology also when none of them is known. Made-up sentences; each positive
case fails when its rule is removed, the negative ones when the rule
over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_list_closed_by_a_bare_product_class_names_products():
    found = ents("该园区将延伸发展柠檬酸、木糖醇和海藻糖等产品。")
    assert {("柠檬酸", "Technology"), ("木糖醇", "Technology"), ("海藻糖", "Technology")} <= found


def test_a_series_of_products_names_products():
    found = ents("企业开发了竹纤维毛巾、竹炭牙刷等系列产品。")
    assert {("竹纤维毛巾", "Technology"), ("竹炭牙刷", "Technology")} <= found


def test_products_named_by_a_field_only_vote():
    found = ents("扩大苹果、柑橘等农产品出口。")
    assert not any(text in ("苹果", "柑橘") for text, _ in found)
