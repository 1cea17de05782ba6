"""Technology and Industry terms no rule read on new text (session 26): a list
closed by a bare product class (…等产品, …等系列产品) names products, which are
Technology also when none of them is known; networks, techniques and sectors
the national plans and classifications name are lexicon terms. Made-up sentences; each positive
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
    found = ents("扩大甲型器、乙型器等助残产品供给。")
    assert not any(text in ("甲型器", "乙型器") for text, _ in found)
    # (farm products are sectors, a cue of their own: session 37)
    found = ents("扩大苹果、柑橘等农产品出口。")
    assert not {("苹果", "Technology"), ("柑橘", "Technology")} & found


def test_the_information_networks_of_the_national_plans_are_technologies():
    found = ents("省里将加快部署新一代信息网络，并参与天地一体化信息网络试验。")
    assert {("新一代信息网络", "Technology"), ("天地一体化信息网络", "Technology")} <= found


def test_field_techniques_named_by_their_standards_are_technologies():
    found = ents("医院上线电子病历，园区仓库引入自动导引车，电网试点柔性直流输电，果园推行水肥一体化。")
    assert {("电子病历", "Technology"), ("自动导引车", "Technology"), ("柔性直流输电", "Technology"), ("水肥一体化", "Technology")} <= found


def test_sectors_named_by_the_classifications_are_industries():
    found = ents("该县扩大设施蔬菜生产，口岸支持海外仓和市场采购贸易发展。")
    assert {("设施蔬菜", "Industry"), ("海外仓", "Industry"), ("市场采购贸易", "Industry")} <= found


def test_products_paired_with_services_fill_nothing():
    found = ents("平台为企业提供咨询、培训等产品和服务。")
    assert not any(text in ("咨询", "培训") for text, _ in found)
