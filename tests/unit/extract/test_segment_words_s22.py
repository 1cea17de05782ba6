"""Counting words jieba lacks (ontology/lexicon/segment_words.txt): without
them jieba's HMM joins 等|七|大 into one word, the list closer disappears and
the whole run 某某等七大某某产业 was read as one industry (made-up sentences)."""
from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract import extract_passages
from kg.extract.lexicon import LEXICON_DIR, load_lexicon


def _extract(text: str) -> dict:
    return list(extract_passages([{"id": "t", "text": text}]))[0]


def test_a_list_closed_by_a_count_of_seven_names_its_class():
    out = _extract("该规划提出重点培育生物医药、新材料、智能网联汽车等七大新兴产业。")
    names = {e["text"] for e in out["entities"]}
    assert "新兴产业" in names
    assert not any("七大" in n for n in names)
    parts = {(r["head"], r["tail"]) for r in out["relations"] if r["type"] == "partOf"}
    assert ("新材料", "新兴产业") in parts


def test_the_file_lists_the_counting_words():
    assert {"两大", "三大", "七大"} <= set(load_lexicon(str(LEXICON_DIR)).segment_words)


def test_a_one_character_segmentation_word_is_rejected(tmp_path):
    for required in ("not_entities.txt", "surnames.txt", "person_titles.txt"):
        (tmp_path / required).touch()
    (tmp_path / "segment_words.txt").write_text("# counting words\n七大 大\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"^segment_words\.txt: '大': "):
        load_lexicon(str(tmp_path))
