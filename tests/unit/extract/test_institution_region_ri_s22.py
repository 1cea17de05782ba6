"""Institution full names past a known short name and places read out of a
longer name (session 22).  Made-up sentences; each positive case fails
without its rule, the negative ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_central_soe_written_as_its_group_without_the_legal_form_is_one_institution():
    found = ents("中国大唐集团与中国华电集团在沿海联合投资海上风电。")
    assert ("中国大唐集团", "Institution") in found
    assert ("中国华电集团", "Institution") in found
    assert ("中国大唐", "Institution") not in found


def test_the_fourth_5g_licensee_is_an_institution_not_a_country():
    found = ents("主管部门向中国联通和中国广电核发频率许可。")
    assert ("中国广电", "Institution") in found
    assert ("中国", "Region") not in found


def test_a_special_administrative_regions_government_is_an_institution():
    found = ents("香港特别行政区政府宣布设立创新基金。")
    assert ("香港特别行政区政府", "Institution") in found
    assert ("香港特别行政区", "Region") not in found


def test_a_ministrys_party_group_is_one_institution():
    found = ents("商务部党组在刊物上撰文指出，国家能源局党组召开会议。")
    assert ("商务部党组", "Institution") in found
    assert ("国家能源局党组", "Institution") in found
    assert not ents("各级党组要压实责任。")


def test_a_party_commission_and_its_office_are_institutions():
    found = ents("中央全面依法治国委员会办公室部署专项督察，中央审计委员会召开全体会议。")
    assert ("中央全面依法治国委员会办公室", "Institution") in found
    assert ("中央审计委员会", "Institution") in found


def test_an_approving_body_after_an_issuing_office_starts_a_name_of_its_own():
    found = ents("交通运输部办公厅经国务院批准印发通知。")
    assert ("交通运输部办公厅", "Institution") in found
    assert not any(text.endswith("经国务院") for text, _ in found)


def test_a_companys_cloud_business_is_an_institution_but_a_technology_cloud_is_not():
    found = ents("园区引进腾讯云和亚马逊云科技设立区域总部。")
    assert ("腾讯云", "Institution") in found
    assert ("亚马逊云科技", "Institution") in found
    assert not any(etype == "Institution" for _, etype in ents("推广量子云和政务云。"))


def test_china_at_the_front_of_a_website_name_is_no_region():
    assert ("中国", "Region") not in ents("群众可登录中国税网查询办事指南。")
    assert ("中国", "Region") in ents("中国电网建设加快，中国互联网用户增长。")


def test_names_listed_before_their_field_of_companies_are_institutions():
    found = ents("园区已聚集青禾量子、远帆量子等量子企业，东湾船业、北礁重工等船企加快交付。")
    assert ("青禾量子", "Institution") in found
    assert ("远帆量子", "Institution") in found
    assert ("东湾船业", "Institution") in found
    assert ("北礁重工", "Institution") in found


def test_lines_of_business_listed_before_their_companies_are_no_institutions():
    found = ents("支持数据清洗、数据托管等环节企业和头戴显示、光学镜头等硬件企业发展。")
    assert not any(etype == "Institution" for _, etype in found)


def test_a_countys_short_form_right_after_its_province_is_a_region():
    found = ents("新项目落户河北固安，配套工厂设在山东荣成。")
    assert ("固安", "Region") in found
    assert ("荣成", "Region") in found


def test_a_word_that_shares_a_countys_short_form_is_no_region():
    found = ents("两国合作打通中亚通道，推动贸易增长。")
    assert ("通道", "Region") not in found
