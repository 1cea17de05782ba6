"""The two readers of company lists closed by 等企业 share one test of an
item (coordination.not_company_item, news.json company_item_not): the
short-name list rule (entities.json enterprise_lists) now also knows the
product words, and the Institution class noun among the coordination tail cues
the kinds of company (…型).  Made-up sentences; each fails without the shared
test."""
from __future__ import annotations

from support.entities import ents


def test_a_product_in_a_list_of_short_names_is_no_company():
    found = ents("推动青松、叠瓦组件等企业开展合作。")
    assert ("叠瓦组件", "Institution") not in found


def test_a_kind_of_company_in_a_filled_list_is_no_company():
    found = ents("支持紫霞光电、青云研究型、白鹭新能等企业建设基地。")
    assert ("青云研究型", "Institution") not in found
    assert ("紫霞光电", "Institution") in found and ("白鹭新能", "Institution") in found
