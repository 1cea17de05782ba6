"""A company's registered name made of common words alone (某某机场集团有限公司,
某某控股有限公司) is a company when what a company does or an officer's title
follows it (entities.json heads.InstitutionCompany proper_after_regex and the
控股 legal forms).  Made-up names; the first test fails without them, the
second guards a company still to be founded."""
from __future__ import annotations

from support.entities import ents


def test_a_registered_name_of_common_words_before_what_firms_do_is_a_company():
    assert ("港口物流集团有限公司", "Institution") in ents("码头由港口物流集团有限公司运营管理。")
    assert ("青山新源控股有限公司", "Institution") in ents("青山新源控股有限公司承建的电站投产发电。")


def test_a_company_still_to_be_founded_is_none():
    found = ents("支持成立投资有限公司运营产业基金。")
    assert not any(ty == "Institution" for _, ty in found), found
