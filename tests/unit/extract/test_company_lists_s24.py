"""A list closed by a class of enterprises whose items end in a product word
(组件, 逆变器, 电芯, 传感器 …) names the firms making those products, no company
(news.json company_item_not).  Made-up sentences; the first fails without the
product words, the second guards the short company names the list rule is for."""
from __future__ import annotations

from support.entities import ents


def test_products_before_a_class_of_enterprises_are_no_companies():
    found = ents("引导储能电芯、温度传感器等企业扩大海外订单。")
    assert not any(ty == "Institution" for _, ty in found)


def test_short_company_names_before_the_class_stay_companies():
    found = ents("引导澜舟电器、启明星辰等企业扩大海外订单。")
    assert ("澜舟电器", "Institution") in found
