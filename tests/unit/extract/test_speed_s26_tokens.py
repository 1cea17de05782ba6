"""The pipeline reads a text's tokens without a spaCy Doc (Segmenter.tokens):
the same words and offsets as the Doc the tokenizer makes of it."""
from __future__ import annotations

import random

from spacy.attrs import IDX, LENGTH

from kg.extract import extract_text
from kg.extract.pipeline import get_nlp


def _doc_tokens(doc):
    arr = doc.to_array([IDX, LENGTH])
    return [t.text for t in doc], arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist()


def test_tokens_without_doc_equal_the_docs():
    seg = get_nlp().tokenizer
    texts = ["", " ", "\n", "x", "  a  b\n\n c ", "甲乙 丙丁  AI\t 产业\u3000发展 ", "  开头的空格", "结尾的空格  ", "a b c d"]
    rng = random.Random(26)
    alphabet = "中国人工智能产业发展 \n\t\u3000AI5G，。、a1"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    for text in texts:
        got = seg.tokens(text)
        words, starts, ends = _doc_tokens(seg(text))
        assert got.text == text
        assert got.user_data["kg_words"] == (text, words)
        assert got.user_data["kg_offsets"] == (starts, ends)


def test_pipeline_on_a_doc_equals_the_docless_run():
    # nlp(text) builds the Doc and reads its offsets back: same mentions as extract_text
    nlp = get_nlp()
    text = "某市 发布《某某产业发展规划》，支持人工智能、集成电路和生物医药产业发展。\n  张三说， 新能源汽车产业 很重要。"
    doc = nlp(text)
    got = [(m.start, m.end, m.type, m.label) for m in doc.user_data["kg_mentions"]]
    assert got == [(m.start, m.end, m.type, m.label) for m in extract_text(text).mentions]
    assert got


def test_offset_index_dict_is_the_offsets_first_positions():
    # the gazetteer tests token edges against the offset indexes' dicts, not sets of its own
    from kg.extract.rules import OffsetIndex

    offsets = [0, 2, 2, 5, 9]
    idx = OffsetIndex(offsets)
    at = idx.index()
    assert set(at) == set(offsets)
    assert at == {0: 0, 2: 1, 5: 3, 9: 4}
    assert idx.get(2) == 1 and idx.get(3) is None  # (get reads the same dict)
