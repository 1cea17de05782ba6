"""Named craft, vessels and modules as Technology (session 20). Made-up
sentences; each positive case fails when its rule is removed, the negative
ones when a rule over-reaches."""
from __future__ import annotations

from support.entities import ents


def test_a_quoted_name_with_hao_keeps_its_quotes_and_a_craft_head():
    found = ents("“雪鹰”号科考船和“海燕”号水下滑翔机完成南极考察，“探索二号”母船搭载深海装备返航。")
    assert {("“雪鹰”号科考船", "Technology"), ("“海燕”号水下滑翔机", "Technology"),
            ("“探索二号”母船", "Technology")} <= found
    assert ("“蓝鲸1号”钻井平台", "Technology") in ents("“蓝鲸1号”钻井平台在南海完成作业。")


def test_a_quoted_name_stands_alone_before_a_longer_description():
    found = ents("“远航”号万米级载人潜水器完成深渊下潜。")
    assert ("“远航”号", "Technology") in found
    assert not any(t.startswith("“远航”号全") for t, _ in found)


def test_a_vessel_word_at_a_clause_start_is_no_person():
    found = ents("“探索二号”母船搭载深海装备返航。")
    assert ("母船", "Person") not in found
    assert not any(ty == "Person" for _, ty in ents("母舰搭载新型无人机完成训练。"))


def test_a_programme_name_with_its_craft_head_is_one_product():
    found = ents("梦天实验舱与天和核心舱完成对接，天舟货运飞船和玉兔巡视器运行稳定。")
    assert {("梦天实验舱", "Technology"), ("天和核心舱", "Technology"),
            ("天舟货运飞船", "Technology"), ("玉兔巡视器", "Technology")} <= found
    found = ents("慧眼卫星取得成果，祝融号火星车在火星表面巡视。")
    assert {("慧眼卫星", "Technology"), ("祝融号", "Technology")} <= found
    assert ("祝融号火星车", "Technology") not in found


def test_a_quoted_name_before_a_programme_word_is_left_to_the_programme():
    found = ents("超深水气田“远海一号”工程获得表彰。")
    assert ("“远海一号”", "Technology") not in found


def test_a_programme_name_without_a_craft_head_is_not_taken():
    found = ents("天和殿前游客众多，问天阁举办展览。")
    assert not any(ty == "Technology" for _, ty in found)
