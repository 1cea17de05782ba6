"""The drop of rule Technology / Industry mentions (kg_prune, kg/extract/prune.py):
the mentions it judges, a hand-written model (its bound gives what scoring
every mention gives), the shipped model and the --prune option.  The
sentences are made up."""
from __future__ import annotations

import gzip
import json

import pytest

from kg.extract import prune, spanfill
from kg.extract.pipeline import get_nlp
from kg.options import ExtractorOptions

# a made-up clause: 能源 typed Industry before 价格 (a generic word), 光伏 typed Industry in a list
TEXT = "某市优化能源价格和光伏、风电布局。"
TOKENS = [(0, 2, "某市", "ns"), (2, 4, "优化", "v"), (4, 6, "能源", "lex:Industry"), (6, 8, "价格", "n"),
          (8, 9, "和", "c"), (9, 11, "光伏", "lex:Industry"), (11, 12, "、", "unk"),
          (12, 14, "风电", "lex:Industry"), (14, 16, "布局", "n"), (16, 17, "。", "unk")]
CHOSEN = [(4, 6, "Industry", "lexicon"), (9, 11, "Industry", "lexicon"), (12, 14, "Industry", "lexicon"),
          (0, 2, "Region", "lexicon")]
# a hand-written model: Industry likely unless the next word is 价格
WEIGHTS = {"Technology": {"": -4.0}, "Industry": {"": -4.0, "rule=lexicon": 6.0, "nw=价格": -8.0, "gv=优化": 0.5}}


def test_token_range_is_the_tokens_a_span_overlaps():
    starts, ends = [0, 2, 4, 6], [2, 4, 6, 8]
    assert prune.token_range(starts, ends, 2, 6) == (1, 2)
    assert prune.token_range(starts, ends, 3, 5) == (1, 2)  # (a span inside words: the words it touches)
    assert prune.token_range(starts, ends, 8, 9) is None


def test_the_pipeline_tokens_offset_indexes_give_the_same_token_ranges():
    from kg.extract.rules import Tokens
    chosen = CHOSEN + [(5, 8, "Technology", "head"), (3, 4, "Technology", "head"), (15, 17, "Industry", "x")]
    # (on words' edges, from inside one word into the next, one character (not judged), over the last two words)
    assert list(prune.spans(Tokens(TOKENS), chosen)) == list(prune.spans(TOKENS, chosen)) == [
        (0, 2, 2), (1, 5, 5), (2, 7, 7), (4, 2, 3), (6, 8, 9)]


def test_only_technology_and_industry_mentions_are_judged():
    judged = {k for k, _, _ in prune.spans(TOKENS, CHOSEN)}
    assert judged == {0, 1, 2}  # not the Region
    feats = dict(prune.mentions(TEXT, TOKENS, CHOSEN))[0]
    assert {"was=Industry", "rule=lexicon", "rf=lexicon", "nw=价格", "gv=优化"} <= set(feats)
    assert not any(f.startswith("c=") for f in feats)  # (the single characters are left out)


def test_the_rule_families_left_out_are_not_judged():
    chosen = CHOSEN[:1] + [(9, 11, "Industry", "suffix.industry")] + CHOSEN[2:]
    assert [k for k, _, _ in prune.spans(TOKENS, chosen, frozenset({"lexicon"}))] == [1]
    assert [k for k, _ in prune.mentions(TEXT, TOKENS, chosen, leave_out=frozenset({"suffix"}))] == [0, 2]


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.95])
def test_a_confident_none_drops_the_mention_and_the_bound_changes_nothing(threshold):
    want = prune.dropped(WEIGHTS, TEXT, TOKENS, CHOSEN, threshold)
    assert want == {0}  # 能源 before 价格; the list items stay
    assert prune._Judge(WEIGHTS, threshold).dropped(TEXT, TOKENS, CHOSEN) == want


def test_a_clause_feature_can_keep_a_mention_the_bound_lets_through():
    weights = {"Technology": {"": -4.0}, "Industry": {"": -4.0, "gv=优化": 6.0, "gv=停止": -1.0}}
    # (without its clause 能源 would be dropped; 优化 governs it and keeps it)
    assert prune.dropped(weights, TEXT, TOKENS, CHOSEN, 0.8) == set()
    assert prune._Judge(weights, 0.8).dropped(TEXT, TOKENS, CHOSEN) == set()


def test_a_list_mate_can_drop_a_mention_the_first_bound_lets_through():
    # (风电 after 以及: 及 and 以及 both end before it, so lm= may come twice on that side; the first bound counts
    # the list frame's features at their least, the words next to it as they are)
    text = "某市发展光伏以及风电。"
    tokens = [(0, 2, "某市", "ns"), (2, 4, "发展", "v"), (4, 6, "光伏", "lex:Industry"), (6, 8, "以及", "c"),
              (8, 10, "风电", "lex:Industry"), (10, 11, "。", "unk")]
    chosen = [(4, 6, "Industry", "lexicon"), (8, 10, "Industry", "lexicon")]
    weights = {"Technology": {"": -6.0}, "Industry": {"": 1.0, "lm=Industry": -4.0, "pw=以及": 0.5, "nw=以及": 3.0}}
    want = prune.dropped(weights, text, tokens, chosen, 0.8)
    assert want == {1}  # (光伏, its list mate after it, is kept by the word after it)
    judge = prune._Judge(weights, 0.8)
    assert judge.dropped(text, tokens, chosen) == want
    assert judge.dropped(text, tokens, chosen) == want  # (again, from the memos)
    weights["Industry"]["pw=以及"] = 3.0  # (the word before it now keeps it whatever its list mate)
    assert prune.dropped(weights, text, tokens, chosen, 0.8) == prune._Judge(weights, 0.8).dropped(
        text, tokens, chosen) == set()


def test_a_bad_model_file_is_refused(tmp_path):
    path = tmp_path / "bad.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump({"weights": {"Technology": {}}, "threshold": 0.8}, fh)
    with pytest.raises(ValueError, match="weights"):
        prune.load_model(path)


def test_the_shipped_model_loads():
    m = prune.load_model()
    assert set(m["weights"]) == set(spanfill.TYPES) and 0 < m.get("threshold", prune.THRESHOLD) < 1


def test_on_by_default_right_after_the_conflicts_and_off_with_the_keyword():
    assert "kg_prune" not in get_nlp(ExtractorOptions(prune=False)).pipe_names
    names = get_nlp().pipe_names  # on by default since session 51
    assert names[names.index("kg_conflicts") + 1] == "kg_prune"


def test_a_build_with_the_drop_has_its_own_cache_fingerprint():
    from kg.builder.cache import extractor_fingerprint

    assert extractor_fingerprint(ExtractorOptions(prune=False)) != extractor_fingerprint()
