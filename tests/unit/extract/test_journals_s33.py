"""A journal named without 《》 right before 杂志 and what a journal does is a
Publication (entities.json publication.journal_before_kind): party and theory
journals are often ordinary words.  Made-up sentences; the first three fail
without the rule, the last guards demonstratives and the clause's opening."""
from __future__ import annotations

from support.entities import ents


def test_a_journal_a_party_committee_runs_is_a_publication():
    found = ents("某省委主办的晨钟杂志刊文指出，要发展数字经济。")
    assert ("晨钟", "Publication") in found, found


def test_a_journal_at_a_clause_start_that_publishes_is_a_publication():
    found = ents("经济观察与实践杂志刊发文章认为，制造业要转型。")
    assert ("经济观察与实践", "Publication") in found, found


def test_the_journal_an_article_first_appeared_in_is_a_publication():
    found = ents("本文原载晨钟杂志。")
    assert ("晨钟", "Publication") in found and not any("原载" in s for s, _ in found), found


def test_a_demonstrative_before_the_kind_names_no_journal():
    for text in ("该杂志刊文指出，要发展数字经济。", "这本杂志刊发了文章。"):
        assert not any(ty == "Publication" for _, ty in ents(text)), (text, ents(text))
