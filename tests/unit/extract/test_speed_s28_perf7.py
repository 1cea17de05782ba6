"""The extractor's fast paths give what the plain computation gives (made-up
sentences): the token columns the rules scan (Tokens.words, Tokens.tags)."""
from __future__ import annotations

from kg.extract.core import extract_text
from kg.extract.rules import Tokens
from kg.options import ExtractorOptions

from support.tokens import tokens_of


def test_token_columns_read_off_the_tuples():
    toks = tokens_of([("甲乙", "n"), ("发展", "v"), ("丙丁", "unk")])
    assert toks.words == ["甲乙", "发展", "丙丁"]
    assert toks.tags == ["n", "v", "unk"]


def test_token_columns_given_are_kept():
    words, tags = ["甲乙", "发展"], ["n", "v"]
    toks = Tokens([(0, 2, "甲乙", "n"), (2, 4, "发展", "v")], words=words, tags=tags)
    assert toks.words is words and toks.tags is tags


def test_retagged_copy_has_its_own_tags():
    toks = tokens_of([("甲乙", "n"), ("三维", "m"), ("丙丁", "n")])
    assert toks.tags == ["n", "m", "n"]  # (read before the copy: the copy must not share it)
    copy = toks.retagged({1: "n"})
    assert copy.tags == ["n", "n", "n"]
    assert toks.tags == ["n", "m", "n"]
    assert copy.words == toks.words


def test_pipeline_tokens_columns_match_tuples():
    from kg.extract.core import get_nlp
    from kg.model import DEFAULT_EXTRACTOR

    nlp = get_nlp(DEFAULT_EXTRACTOR)
    doc = nlp.tokenizer.tokens("某某市人民政府发布智能制造发展规划，张三表示将推动数字经济。")
    doc.user_data["kg_raw"] = doc.user_data["kg_words"][0]
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "kg_gazetteer":
            break
    toks = doc.user_data["kg_tokens"]
    assert toks.words == [t[2] for t in toks] and toks.tags == [t[3] for t in toks]


def test_spanfill_reads_a_plain_token_list_as_the_pipelinetokens_of():
    import kg.extract.spanfill as sf

    text = "推动智能网联汽车和氢能装备产业发展。"
    weights = sf.load_model()["weights"]
    toks = [(0, 2, "推动", "v"), (2, 4, "智能", "n"), (4, 6, "网联", "n"), (6, 8, "汽车", "n"), (8, 9, "和", "c"),
            (9, 11, "氢能", "n"), (11, 13, "装备", "n"), (13, 15, "产业", "n"), (15, 17, "发展", "vn"), (17, 18, "。", "x")]
    assert sf.predict(weights, text, toks, [], 0.01) == sf.predict(weights, text, Tokens(toks), [], 0.01)
    assert extract_text(text, extractor=ExtractorOptions(spanfill=True)).mentions  # (runs end to end)


def test_span_edges_keep_the_last_entity_at_an_offset():
    from kg.extract.spanfill import _by_edges

    chosen = [(0, 2, "Region"), (2, 4, "Industry"), (3, 4, "Technology"), (3, 6, "Policy")]
    by_end, by_start = _by_edges(chosen)
    assert by_end == {e: t for s, e, t in chosen} == {2: "Region", 4: "Technology", 6: "Policy"}
    assert by_start == {s: t for s, e, t in chosen} == {0: "Region", 2: "Industry", 3: "Policy"}


def test_free_roles_zero_tokens_touching_an_entity():
    import numpy as np

    from kg.extract.spanfill import _free_roles

    text = "甲乙丙丁戊己"
    starts, ends = np.array([0, 2, 4]), np.array([2, 4, 6])
    roles = np.array([3, 3, 3], dtype=np.int8)
    assert _free_roles(text, starts, ends, roles, []).tolist() == [3, 3, 3]
    assert _free_roles(text, starts, ends, roles, [(3, 3, "Region")]).tolist() == [3, 3, 3]  # (empty: none)
    assert _free_roles(text, starts, ends, roles, [(3, 9, "Region")]).tolist() == [3, 0, 0]  # (past the end: clipped)
