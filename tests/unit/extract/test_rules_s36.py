"""Firms a county report names before their projects (过去一年，某某铝业某某项目建成投产):
a brand and a trade opening a clause, right before what the firm builds.
Made-up names; the positive test fails without the rule, the others guard
what must stay unread."""
from __future__ import annotations

from support.entities import ents


def test_a_firm_opening_a_clause_before_its_project_is_an_institution():
    found = ents("去年，宏达铝业二期项目竣工，金穗种业新品种生产线投产。")
    assert {("宏达铝业", "Institution"), ("金穗种业", "Institution")} <= found, found
    found = ents("过去一年，青岚乳业、华泽纸业技改项目建成投用。")
    assert {("青岚乳业", "Institution"), ("华泽纸业", "Institution")} <= found, found


def test_a_sector_or_a_verb_before_a_project_names_no_firm():
    found = ents("今年要引进新能源电池材料项目，推进精细化工新材料项目建设。")
    assert not any(t == "Institution" for _, t in found), found
    found = ents("支持澜溪化工延链项目。")
    assert ("支持澜溪化工", "Institution") not in found, found
