"""The extractor's fast paths give what the plain computation gives (made-up
sentences): the lexicon scan tried only where a term can start finds what
the scan at every position finds; the tokenizer's weight tables read what
the dictionary holds, and its words are jieba's."""
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
        "人工智能\udce4产业",  # (a lone surrogate, as a decoder's surrogateescape leaves one)
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


def test_weight_tables_give_the_dictionary_lookups():
    from kg.extract.segment import ABSENT, _WeightTables

    ones = {"甲": -5.0, "乙": 0.0, "丙": -7.5, "A": -9.0}
    twos = {"甲乙": -3.0, "乙丙": 0.0, "丙丁": -4.25, "AB": -6.0}
    threes = {"甲乙丙": -2.0, "乙丙丁": 0.0, "丁戊A": -1.0}  # (丁戊A: its pair is no entry, so it is not read)
    tables = _WeightTables((ones, twos, threes, {"甲乙丙丁": -1.5}))
    text = "甲乙丙丁戊AB\U0001F600甲乙丙"
    unknown = -20.0
    w1, w2, w3 = tables.lookup(text, unknown)
    # where the pair is an entry, the character's own weight (ABSENT, or 0.0 for a prefix, too); where
    # it is none, what the character adds to a route alone: its weight as a word, else UNKNOWN
    own = [ones.get(ch, ABSENT) for ch in text]
    assert w1 == [w if w2[k] <= 0.0 or w < 0.0 else unknown for k, w in enumerate(own)]
    assert w1[1] == 0.0 and w1[3] == unknown and w1[-1] == -7.5  # (乙|丙 an entry; 丁 and 丁戊 none; 丙 at the end)
    assert w2 == [twos.get(text[k : k + 2], ABSENT) if k + 1 < len(text) else ABSENT for k in range(len(text))]
    assert w3 == [threes.get(text[k : k + 3], ABSENT) if text[k : k + 2] in twos and k + 2 < len(text) else ABSENT
                  for k in range(len(text))]
    assert w3[0] == -2.0 and w3[1] == 0.0 and w3[3] == ABSENT
    assert tables.lookup("", unknown) == ([], [], [])
    assert tables.lookup("丙", unknown) == ([-7.5], [ABSENT], [ABSENT])
    assert tables.lookup("乙", unknown) == ([unknown], [ABSENT], [ABSENT])  # (a prefix only, alone)


def test_weight_tables_find_every_pair_of_a_crowded_table():
    """Many keys: probes run on past taken slots and every key is found."""
    from kg.extract.segment import ABSENT, _WeightTables

    chars = [chr(0x4E00 + k) for k in range(300)]
    twos = {a + b: -float(n) for n, (a, b) in enumerate(zip(chars, chars[1:] + chars[:1]))}
    tables = _WeightTables(({ch: -1.0 for ch in chars}, twos, {}, {}))
    text = "".join(chars) + chars[0] + "".join(reversed(chars))
    _, w2, _ = tables.lookup(text, -20.0)
    assert w2 == [twos.get(text[k : k + 2], ABSENT) for k in range(len(text) - 1)] + [ABSENT]


@pytest.mark.parametrize(
    "text",
    [
        "某市人工智能产业园推动新能源汽车和集成电路发展。",
        "人工智能\udce4产业发展",
        "Ａ股５Ｇ基站\U0001F600研究院",
        "研",
    ],
)
def test_segmenter_with_weight_tables_cuts_as_jieba(text):
    import jieba

    from kg.extract.pipeline import get_nlp

    assert get_nlp().tokenizer.words(text) == jieba.lcut(text)


def test_the_head_word_scan_reads_a_text_with_a_lone_surrogate():
    from kg.extract.anchor import word_sets_finder

    scan = word_sets_finder([["产业", "人工智能"], ["智能"]])
    assert scan("人工智能\udce4产业") == [[(0, 4), (5, 7)], [(2, 4)]]
