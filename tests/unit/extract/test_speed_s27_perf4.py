"""The extractor's fast paths give what the plain computation gives (made-up
sentences): the lexicon scan tried only where a term can start finds what
the scan at every position finds."""
from __future__ import annotations

import pytest

from kg.extract import rules
from kg.extract.lexicon import load_lexicon
from kg.extract.rules import NOT_ENTITY, _term_starts, ascii_ok, compiled, new_cand


def _gazetteer_every_position(text: str, lex) -> list:
    """The lexicon scan as it was: each position's trie tried in turn."""
    tries = compiled()["lexicon"]
    out, i = [], 0
    while i < len(text):
        sub = tries.get(text[i])
        m = sub.match(text, i) if sub is not None else None
        if m is not None and ascii_ok(text, i, m.end()):
            e, word = m.end(), m.group()
            hit = lex.terms.get(word)
            if hit is None or word in lex.not_entities:
                out.append(new_cand((i, e, NOT_ENTITY, "", "not_entity", -1)))
                i = i + 1 if e - i <= 3 else e
                continue
            out.append(new_cand((i, e, hit[0], hit[1], "lexicon", 0)))
            i = e
            continue
        i += 1
    return out


@pytest.mark.parametrize(
    "text",
    [
        "某市发布人工智能和新能源汽车产业规划，推动5G、AI与OpenAI模型在制造业落地。",
        "绿色化工园区引进集成电路企业，建设储能电站。",
        "",
        "人",
        "ＡＩ大模型\U0001F600人工智能\n\t  区块链",
        "北京市上海市广东省深圳市",
    ],
)
def test_gazetteer_equals_the_scan_at_every_position(text):
    lex = load_lexicon()
    assert rules.gazetteer(text, lex) == _gazetteer_every_position(text, lex)


def test_term_starts_are_the_positions_a_word_can_start_at():
    starts = _term_starts({"甲乙", "甲乙丙", "丁", "乙丙"})
    #        0 1 2 3 4 5 6 7
    text = "甲乙丙丁戊甲丁乙"
    assert starts(text) == [0, 1, 3, 6]  # 甲乙, 乙丙, 丁 (alone, twice); 甲 before 丁 opens no word
    assert starts("") == []
    assert starts("\U0001F600甲乙") == [1]  # a code point past every word's is no word's
