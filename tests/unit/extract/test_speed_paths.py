"""The extractor's fast paths give what the plain computation gives: the
tokenizer's word weights follow jieba's dictionary as it changes, its per-text
HMM memo and its whitespace shortcut keep jieba's and spaCy's tokens."""
from __future__ import annotations

import jieba
import pytest
from jieba import finalseg
import spacy

from kg.extract.pipeline import get_nlp
from kg.extract.segment import Segmenter


@pytest.fixture
def private_jieba(monkeypatch):
    """jieba's dictionary, copied, so that words added here do not outlive the test."""
    get_nlp()  # the lexicon is in jieba's dictionary before the copy
    monkeypatch.setattr(jieba.dt, "FREQ", dict(jieba.dt.FREQ))
    monkeypatch.setattr(jieba.dt, "total", jieba.dt.total)
    monkeypatch.setattr(finalseg, "Force_Split_Words", set(finalseg.Force_Split_Words))  # del_word adds to it
    return jieba.dt


def tokens(doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


def test_segmenter_follows_words_added_and_deleted_after_first_use(private_jieba):
    seg = Segmenter(get_nlp().vocab)
    text = "湍澜矽钶齑试验站今天开放了。"  # made-up name of rare characters
    assert seg.words(text) == jieba.lcut(text)
    assert "湍澜矽钶齑" not in seg.words(text)
    jieba.add_word("湍澜矽钶齑", freq=80000)
    assert "湍澜矽钶齑" in seg.words(text)
    assert seg.words(text) == jieba.lcut(text)
    jieba.del_word("湍澜矽钶齑")
    assert seg.words(text) == jieba.lcut(text)


def test_segmenter_hmm_runs_repeated_in_one_text_cut_as_jieba_does():
    seg = get_nlp().tokenizer
    # the same unknown run (a made-up name) three times, and a different one between
    text = "鲍翎弢说，鲍翎弢和郗芃甯都认为鲍翎弢的方案可行。"
    assert seg.words(text) == jieba.lcut(text)
    assert seg.words(text) == seg.words(text)


@pytest.mark.parametrize(
    "text",
    [
        " 开头一个空格，结尾两个空格  ",
        "\n\n两个换行开头\n\n中间 一个空格 再两个  空格\t制表符\n",
        "全角　空格和\r\n回车换行\r\n",
        "没有空白的一句话。",
        "   ",
        "A B  C 人工智能 ",
    ],
)
def test_segmenter_whitespace_shortcut_equals_spacy_jieba_tokens(text):
    stock = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    assert tokens(get_nlp().make_doc(text)) == tokens(stock(text))


# --------------------------------------------------------------------------- anchor.finder

ANCHOR_PATTERNS = [
    r"(?:(?<=模型)|(?<=芯片))[A-Za-z][A-Za-z0-9\-]*[0-9]",  # lookbehinds, then a narrow class
    r"(?:(?<![\u4e00-\u9fff])|(?<=[和与]))(?:省|市|自治区)(?:科技|财政)(?:厅|局)",
    r"(?:(?:十[一二三]|二十)届)?中央委员会第[一二三四五]+次全会",  # an optional opening
    r"(?<![A-Za-z0-9])(?=[0-9\-]*[A-Za-z])[A-Z0-9][A-Za-z0-9\-]{0,5}/[A-Z0-9]+",
    r"(?m)^(?:第[一二三]条)",  # a line start before the first character
    r"(?:ab)?c*",  # can match empty: left as is
    r"[^、，]{1,4}、",  # a wide first set: left as is
    r"(?i)(?<=x)ab",  # ignore-case: left as is
    r"[^、，\n]{1,4}(?:（[^（）\n]{1,3}）)?(?:、[^、，\n]{1,4}(?:（[^（）\n]{1,3}）)?)+(?:(?:和|与|、)[^、，\n]{1,4})?",  # a list: 、 within 9
    r"[\u4e00-\u9fffA-Za-z]{2,4}\+(?:行动|计划)",  # + within 4
    r"(?<=、)([^、，]{2,3})(?:与|和|(?<!以)及)([^、，]{2,3})(?=、)",
]
ANCHOR_ALPHABET = "模型芯片AbZ09-/和与省市自治区科技财政厅局十一二三届中央委员会第次全会、、、，\nxXaBc测+行动计划（）以及"


@pytest.mark.parametrize("pattern", ANCHOR_PATTERNS)
def test_finder_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import finder

    rx = re.compile(pattern)
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(ANCHOR_ALPHABET) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
    texts += ["芯片Ab9模型Z0-1", "和市财政局与省科技厅，市科技局", "二十届中央委员会第三次全会", "AB/C1 0A/ZZ", "第一条\n第二条", "人工智能+行动，数据+计划"]
    hits = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in finder(rx)(text)] == want, text
        hits += bool(want)
    assert hits >= 1  # the texts do exercise the pattern


def test_finder_scans_for_start_characters_only_where_the_compiler_does_not():
    import re

    from kg.extract.anchor import _start_finder, finder

    assert _start_finder(re.compile(ANCHOR_PATTERNS[0])) != re.compile(ANCHOR_PATTERNS[0]).finditer
    for plain in (r"《[^》]+》", r"(?:省|市)政府", r"(?:ab)?c*", r"[^、，]{1,80}、", r"[^、，]+、"):
        assert _start_finder(re.compile(plain)) == re.compile(plain).finditer
    for plain in (r"《[^》]+》", r"(?:ab)?c*", r"[^、，]{1,80}、", r"[^、，]+、"):  # (and no word anchor)
        assert finder(re.compile(plain)) == re.compile(plain).finditer
    listed = re.compile(ANCHOR_PATTERNS[-3])
    assert _start_finder(listed) != listed.finditer


LEAD_PATTERNS = [
    ANCHOR_PATTERNS[-3],  # a list: 、 within 9
    ANCHOR_PATTERNS[-2],  # + within 4
    r"(?:(?:十[一二三]|二十)届)?[\u4e00-\u9fff]{2,6}?第[一二三]+次全会",  # 第 within 9
    r"(?<=、)[^、，]{1,3}?(?:与|和)[^、，]{1,3}",  # 与/和 within 3
]


@pytest.mark.parametrize("pattern", LEAD_PATTERNS)
def test_lead_finder_tried_only_before_rare_anchors_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import _lead_anchor, _lead_finditer

    rx = re.compile(pattern)
    anchor = _lead_anchor(rx)
    assert anchor is not None
    windows = _lead_finditer(rx, *anchor, max_share=1e9)  # always the windows before each anchor
    searches = _lead_finditer(rx, *anchor, max_share=0.0)  # always a search from the next anchor
    rnd = random.Random(13)
    # long texts where the anchors are few (the windows) or many
    texts = ["".join(rnd.choice(ANCHOR_ALPHABET if k % 2 else ANCHOR_ALPHABET + "测" * 60)
                     for _ in range(rnd.randint(0, 300))) for k in range(1500)]
    found = ["二十届中央委员会第三次全会", "人工智能+行动，数据+计划", "、乙与丙、丁和戊", "测测、测测、测测、测测"]
    texts += found + ["测" * 90 + x + "测" * 40 + x for x in found]
    hits = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in windows(text)] == want, text
        assert [(m.span(), m.groups()) for m in searches(text)] == want, text
        hits += len(want)
    assert hits >= 3  # the texts do exercise the pattern


def test_lead_anchor_is_the_first_required_narrow_part_and_its_distance():
    import re

    from kg.extract.anchor import _lead_anchor

    assert _lead_anchor(re.compile(ANCHOR_PATTERNS[-3])) == (frozenset("、"), 9)
    assert _lead_anchor(re.compile(r"(?<=、)[^，]{2,8}(?:与|和)")) == (frozenset("与和"), 8)
    assert _lead_anchor(re.compile(r"[^，]{2,8}(?:与|和)?x")) == (frozenset("x"), 9)  # an optional part is no anchor
    assert _lead_anchor(re.compile(r"[^，]+、")) is None  # unbounded lead


# --------------------------------------------------------------------------- relation rules by entity type

def test_required_chars_are_necessary_for_a_match():
    import random
    import re

    from kg.extract.anchor import required_chars

    patterns = [r"(?P<h>[\ue001\ue002])应用于(?P<t>\ue003)", r"(?:^|，)在(?:甲|乙丙)?的", r"(?=.*丁)甲{2,}|乙丁", r"(?:ab)?c"]
    rnd = random.Random(3)
    alphabet = "\ue001\ue002\ue003应用于，在甲乙丙丁的abc"
    for pattern in patterns:
        rx = re.compile(pattern)
        need = required_chars(rx)
        assert need  # each of these patterns needs something
        for _ in range(3000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
            if rx.search(text):
                assert all(not s.isdisjoint(text) for s in need), (pattern, text)
    assert frozenset("\ue003") in required_chars(re.compile(patterns[0]))
    assert required_chars(re.compile(r"(?:甲)?乙?")) == ()


def test_relation_rules_for_a_unit_leave_out_rules_needing_an_absent_type():
    from kg.extract.relations import _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    text = "这项技术应用于医疗领域。"
    with_both = pats.rules_for(text, f"这项{TYPE_CHAR['Technology']}应用于{TYPE_CHAR['Industry']}领域。")
    no_types = pats.rules_for(text, "这项技术应用于医疗领域。")
    assert set(no_types) <= set(pats.rules_for(text)) and set(with_both) <= set(pats.rules_for(text))
    assert len(no_types) < len(with_both)
    assert all(not rule.regex.search("这项技术应用于医疗领域。") for rule in set(pats.rules_for(text)) - set(no_types))


def test_relation_rules_for_a_text_are_those_with_a_cue_in_it():
    from kg.extract.relations import _default_patterns

    pats = _default_patterns()
    cues = sorted({cue for rule in pats.rules for cue in rule.requires})
    texts = ["", "没有任何线索的句子", "推动产业链条延伸，应用于制造、交通等领域", "（一）加快发展，其中包括：" + "、".join(cues[:40])]
    texts += ["，".join(cues[i::7]) for i in range(7)]  # every cue, overlapping its neighbours
    for text in texts:
        want = [rule for rule in pats.rules if not rule.requires or any(cue in text for cue in rule.requires)]
        assert pats.rules_for(text) == want


def test_segmenter_equals_jieba_and_spacy_on_random_mixed_text():
    import random

    rnd = random.Random(11)
    pieces = ["人工智能", "发展", "的", "鲍翎弢", "郗芃", "产业链", "AI", "5G", "GPT-4o", "3.5%", " ", "  ", "\n", "\r\n", "\t",
              "　", "，", "。", "、", "（", "）", "《", "》", "·", "-", "_", "#", "研究院", "数", "据", "湍澜矽"]
    stock = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    seg = get_nlp().tokenizer
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert seg.words(text) == jieba.lcut(text), text
        assert tokens(seg(text)) == tokens(stock(text)), text


def test_hmm_words_equal_jiebas_hmm_cut(monkeypatch):
    import random

    from kg.extract.segment import hmm_words

    monkeypatch.setattr(finalseg, "Force_Split_Words", {"鲍翎", "的人"})  # force-split words are cut into characters
    rnd = random.Random(5)
    # (丄丅丏両 are in no emission table, 丂丆丌丒 in S only: scores tie there)
    chars = "的一是在不了有和人中大为上国我以要他时来们生到作地于出就分对成会可鲍翎弢郗芃甯湍澜矽钶齑丄丅丏両丂丆丌丒ABCxyz0123.%-#&+_ "
    for _ in range(5000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 12)))
        assert hmm_words(text) == list(finalseg.cut(text)), text


def test_relation_rules_for_a_unit_leave_out_rules_needing_an_absent_character():
    from kg.extract.relations import _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    tech, ind = TYPE_CHAR["Technology"], TYPE_CHAR["Industry"]
    unlisted = f"{tech}{tech}赋能{ind}"  # types and a cue of the rules of a list, without 、 or 等
    alone = dict(zip(pats.rules, pats._required_text_chars_split[0]))
    cued = set(pats.rules_for("甲技术乙技术赋能丙行业"))
    listing = {rule for rule in cued if alone[rule] & {"、", "等"}}
    assert listing  # the rules of a list (…等) need its characters
    assert not listing & set(pats.rules_for("甲技术乙技术赋能丙行业", unlisted))
    assert not any(rule.regex.search(unlisted) for rule in listing)



def test_relation_rules_for_a_unit_leave_out_rules_needing_more_mentions_than_it_names():
    from kg.extract.anchor import least_consumed
    from kg.extract.relations import _PLACEHOLDERS, _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    tech, ind = TYPE_CHAR["Technology"], TYPE_CHAR["Industry"]
    one = pats.rules_for("甲技术赋能丙行业", f"{tech}赋能丙行业")
    two = pats.rules_for("甲技术赋能丙行业", f"{tech}赋能{ind}")
    assert all(least_consumed(rule.regex, _PLACEHOLDERS) <= 1 for rule in one)
    assert any(least_consumed(rule.regex, _PLACEHOLDERS) == 2 for rule in two)  # (the same cue, two mentions)
    assert set(one) < set(two)


def test_relation_rules_for_a_unit_leave_out_rules_whose_rest_it_lacks():
    # a rule whose rest after its opening list (anchor.gate) the encoding does
    # not hold cannot match it: left out, as the rules matching are kept
    from kg.extract.relations import _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    tech, ind = TYPE_CHAR["Technology"], TYPE_CHAR["Industry"]
    text, enc = "甲技术、乙技术赋能，丙行业", f"{tech}、{tech}赋能，{ind}"
    kept = pats.rules_for(text, enc)
    assert all(rule.rest_gate is None or rule.rest_gate.search(enc) for rule in kept)
    cued = {rule for rule in pats.rules if rule.requires and any(c in text for c in rule.requires)}
    assert {rule for rule in cued if rule.rest_gate is not None and not rule.rest_gate.search(enc)} - set(kept)
    assert {rule for rule in cued if rule.regex.search(enc)} <= set(kept)


def test_relation_rules_for_a_unit_keep_every_rule_that_matches_its_encoding():
    # the characters a rule needs are looked for in the unit's text and the
    # placeholders its encoding holds: never fewer than the encoding's own
    from kg.extract.relations import _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    tech, ind, body = TYPE_CHAR["Technology"], TYPE_CHAR["Industry"], TYPE_CHAR["Institution"]
    units = [
        ("甲技术、乙技术等赋能丙行业", f"{tech}、{tech}等赋能{ind}"),
        ("丁研究院推动戊技术在己行业应用", f"{body}推动{tech}在{ind}应用"),
        ("\ue123甲技术赋能丙行业", f" {tech}赋能{ind}"),  # a private-use character is a space in the encoding
    ]
    for text, enc in units:
        kept = set(pats.rules_for(text, enc))
        matching = {rule for rule in pats.rules if rule.requires and any(c in text for c in rule.requires) and rule.regex.search(enc)}
        assert matching <= kept

TAIL_PATTERNS = [
    r"((?:[^、，和等]{1,3}[、和]){1,3}[^、，和等]{1,3})(?=等(?:各|重点)?环节|全链条|等全链条)",  # a list before its class word
    r"[^，]{1,3}(?:甲|乙丙)?(?=丁戊|己)",  # a short name before one of two words
]
TAIL_ALPHABET = "甲乙、、、和等等各重点环节全链条丁戊己"


@pytest.mark.parametrize("pattern", TAIL_PATTERNS)
def test_tail_finder_tries_only_before_the_lookahead_words_and_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import _start_finder, _tail_anchor, _tail_finditer, finder

    rx = re.compile(pattern)
    anchor = _tail_anchor(rx)
    assert anchor is not None and getattr(_start_finder(rx), "__qualname__", "").startswith("_tail_finditer")
    every_window = _tail_finditer(rx, *anchor, max_share=1.0)  # never the plain scan
    rnd = random.Random(11)
    texts = ["".join(rnd.choice(TAIL_ALPHABET) for _ in range(rnd.randint(0, 80))) for _ in range(3000)]
    texts += ["甲乙、丙丁和戊己等环节", "测测甲乙全链条，甲乙丙等全链条", "甲甲丁戊己"]
    hits = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in every_window(text)] == want, text
        assert [(m.span(), m.groups()) for m in finder(rx)(text)] == want, text
        hits += bool(want)
    assert hits >= 10  # the texts do exercise the pattern


def test_tail_anchor_is_each_branch_word_with_its_distance_after_the_match():
    import re

    from kg.extract.anchor import _tail_anchor

    assert _tail_anchor(re.compile(TAIL_PATTERNS[0])) == ({"环节": (1, 3), "全链条": (0, 0), "等全链条": (0, 0)}, 3, 15)
    assert _tail_anchor(re.compile(r"[^，]{1,3}(?=甲|[乙丙])")) is None  # a branch without a word
    assert _tail_anchor(re.compile(r"[^，]+(?=甲)")) is None  # unbounded width
    assert _tail_anchor(re.compile(r"[^，]{1,3}(?=甲)x")) is None  # the lookahead does not end it



BEHIND_PATTERNS = [
    r"(?:(?<=[甲乙])|(?<=丙丁))(?!戊)[^，、]{1,4}?(?:中心|所)|(?<=丁丁)所(?!长)",  # a unit after its body, two branches
    r"(?<=[在于])((?:[^、，]{1,3}[、和]){1,3}[^、，]{1,3})(?=等?领域|$)",  # a list after a preposition (no tail word in every branch)
]
BEHIND_ALPHABET = "甲乙丙丁戊在于、、和，中心所长领域等己"


@pytest.mark.parametrize("pattern", BEHIND_PATTERNS)
def test_behind_finder_tries_only_after_the_lookbehind_characters_and_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import _behind_anchor, _behind_finditer, _start_finder, finder

    rx = re.compile(pattern)
    chars = _behind_anchor(rx)
    assert chars is not None and getattr(_start_finder(rx), "__qualname__", "").startswith("_behind_finditer")
    every_start = _behind_finditer(rx, chars, max_share=1.0)  # never the plain scan
    rnd = random.Random(13)
    texts = ["".join(rnd.choice(BEHIND_ALPHABET) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
    texts += ["甲己己中心，丙丁所", "在甲乙、丙丁和戊己领域", "丁丁所长丁丁所"]
    hits = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in every_start(text)] == want, text
        assert [(m.span(), m.groups()) for m in finder(rx)(text)] == want, text
        hits += bool(want)
    assert hits >= 10  # the texts do exercise the pattern


def test_behind_anchor_is_what_every_branch_looks_behind_for():
    import re

    from kg.extract.anchor import _behind_anchor

    assert _behind_anchor(re.compile(BEHIND_PATTERNS[0])) == frozenset("甲乙丁")
    assert _behind_anchor(re.compile(r"(?<=大学|学院)[^，]{2,4}所")) == frozenset("学院")
    assert _behind_anchor(re.compile(r"(?<=甲)乙|丙")) is None  # a branch with no lookbehind
    assert _behind_anchor(re.compile(r"(?<![甲乙])丙")) is None  # a negative lookbehind names no character
    assert _behind_anchor(re.compile(r"(?<=甲)(?:乙)?")) is None  # may match empty



BEHIND_WORD_PATTERNS = [
    r"(?:(?<=甲乙)|(?<=乙丙))[^，、]{1,4}?(?:中心|所)",  # two words that overlap in 甲乙丙
    r"(?<=丙丁的|戊己的)(?!的)[^，]{2,5}?所(?!长)",  # an alternation inside one lookbehind
]
BEHIND_WORD_ALPHABET = "甲乙丙丁戊己的，中心所长"


@pytest.mark.parametrize("pattern", BEHIND_WORD_PATTERNS)
def test_behind_words_finder_tries_only_after_the_lookbehind_words_and_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import _behind_words_anchor, _behind_words_finditer, _start_finder, finder

    rx = re.compile(pattern)
    words = _behind_words_anchor(rx)
    assert words is not None and getattr(_start_finder(rx), "__qualname__", "").startswith("_behind_words_finditer")
    every_start = _behind_words_finditer(rx, words, max_share=1.0)  # never the plain scan
    rnd = random.Random(17)
    texts = ["".join(rnd.choice(BEHIND_WORD_ALPHABET) for _ in range(rnd.randint(0, 80))) for _ in range(5000)]
    texts += ["甲乙丙庚所", "甲乙丙丁的庚庚所长，戊己的庚所"]
    hits = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in every_start(text)] == want, text
        assert [(m.span(), m.groups()) for m in finder(rx)(text)] == want, text
        hits += bool(want)
    assert hits >= 10  # the texts do exercise the pattern


def test_behind_words_anchor_is_the_words_every_branch_looks_behind_for():
    import re

    from kg.extract.anchor import _behind_words_anchor

    assert _behind_words_anchor(re.compile(BEHIND_WORD_PATTERNS[0])) == frozenset({"甲乙", "乙丙"})
    assert _behind_words_anchor(re.compile(BEHIND_WORD_PATTERNS[1])) == frozenset({"丙丁的", "戊己的"})
    assert _behind_words_anchor(re.compile(r"(?:(?<=甲乙)|(?<=丙))[^，]{2}")) is None  # a word of one character
    assert _behind_words_anchor(re.compile(r"(?<=甲乙)[^，]{2}|丙")) is None  # a branch with no lookbehind
    assert _behind_words_anchor(re.compile(r"(?<!甲乙)[^，]{2}")) is None  # a negative lookbehind names no word
    assert _behind_words_anchor(re.compile(r"(?<=甲乙)(?:丙)?")) is None  # may match empty
    assert _behind_words_anchor(re.compile(r"(?<=[甲乙丙][丁戊己][庚辛])[^，]{2}")) is None  # too many words


WORD_PATTERNS = [
    r"[^，、]{2,6}?(?:行动|计划|工程)(?:方案)?",  # a branch of words after a name
    r"[^，]{1,3}(?:丁戊)?己",  # an optional word is no anchor: the character after it is
    r"(?<=丙丁的|戊己的)(?!的)[^，]{2,5}?所(?!长)",  # the words of a lookbehind, before the start
    r"(?:(?<=甲乙)|(?<=丙))[^，]{1,4}?委员会第[一二三]+次",  # one long word
    r"[^，]?(?:甲乙[^，]){1,3}丙",  # a word in a repeated part
    r"[^，]{1,3}(?=丁戊|己庚)",  # the words of a lookahead
    r"(?:甲|乙[^，]{0,2})丙丁戊",  # a word after parts of different widths
]
WORD_ALPHABET = "甲乙丙丁戊己庚的，、所长行动计划工程方案委员会第一二三次"


@pytest.mark.parametrize("pattern", WORD_PATTERNS)
def test_word_finder_tries_only_before_the_anchor_words_and_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import _start_finder, _word_anchor, _word_finditer, finder

    rx = re.compile(pattern)
    anchor = _word_anchor(rx)
    assert anchor is not None and getattr(finder(rx), "__qualname__", "").startswith("_word_finditer")
    every_window = _word_finditer(rx, *anchor, _start_finder(rx), max_share=1e9)  # never the scan
    rnd = random.Random(19)
    alphabet = [ch for ch in WORD_ALPHABET if ch in pattern] + ["，", "庚", "委员会第"]  # (the pattern's own characters, mostly)
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80))) for _ in range(3000)]
    texts += ["甲乙丙委员会第三次", "行动计划方案，丁戊己庚", "乙所长丙丁的戊戊所"]
    hits = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in every_window(text)] == want, text
        assert [(m.span(), m.groups()) for m in finder(rx)(text)] == want, text
        hits += bool(want)
    assert hits >= 10  # the texts do exercise the pattern


def test_word_anchor_is_a_few_words_at_a_bounded_distance_from_the_start():
    import re

    from kg.extract.anchor import _word_anchor

    assert _word_anchor(re.compile(WORD_PATTERNS[0])) == (frozenset({"行动", "计划", "工程"}), 2, 6)
    assert _word_anchor(re.compile(WORD_PATTERNS[1])) == (frozenset({"己"}), 1, 5)
    assert _word_anchor(re.compile(WORD_PATTERNS[2])) == (frozenset({"丙丁的", "戊己的"}), -3, -3)
    assert _word_anchor(re.compile(r"(?:甲乙|甲乙丙)[^，]丁")) == (frozenset({"甲乙"}), 0, 0)  # 甲乙丙 adds no window
    assert _word_anchor(re.compile(r"[^，]+委员会")) is None  # at no bounded distance
    assert _word_anchor(re.compile(r"[^，]{1,3}(?!甲乙)丙?")) is None  # a negative lookahead, an optional word
    assert _word_anchor(re.compile(r"(?:甲|乙)丙")) == (frozenset({"丙"}), 1, 1)
    assert _word_anchor(re.compile(r"(?:甲乙)?丙丁")) == (frozenset({"丙丁"}), 0, 2)
    assert _word_anchor(re.compile(r"(a)[^，]\1")) is None  # a backreference
    assert _word_anchor(re.compile(r"(?i)[^，]{1,3}abc")) is None  # ignore-case


# --------------------------------------------------------------------------- gates: the rest of a pattern from its first narrow part

GATE_PATTERNS = [
    r"(?P<head>(?:[^\ue000-\uf8ff、，]{1,4}、){0,2}[\ue001\ue002](?:、[\ue001\ue002])*)(?:等)?[^\ue000-\uf8ff，]{0,6}(?<!为)(?:推动|赋能)(?P<tail>[^\ue000-\uf8ff，]{0,3}[\ue001-\ue003])",
    r"[^，]{0,5}(?:与|和)(?<=甲与|乙和)[^，]{1,3}(?=等)",  # a lookbehind and a lookahead in the rest
    r"[^，]{0,3}(?:[\ue001-\ue003]|甲){1,3}[^，]{0,4}，(?:并|也)?(?:推动|赋能)[^，]{0,2}(?=的)",
]
GATE_WORDS = ["\ue001", "\ue002", "\ue003", "、", "，", "为", "推动", "赋能", "甲", "乙", "与", "和", "等", "并", "也", "了", "的"]


@pytest.mark.parametrize("pattern", GATE_PATTERNS)
def test_gate_finds_something_from_wherever_the_pattern_does(pattern):
    import random
    import re

    from kg.extract.anchor import gate

    rx = re.compile(pattern)
    rest = gate(rx)
    assert rest is not None
    rnd = random.Random(5)
    hits = shut = 0
    for _ in range(4000):
        text = "".join(rnd.choice(GATE_WORDS) for _ in range(rnd.randint(0, 24)))
        for pos in range(0, len(text) + 1, 3):
            if rx.search(text, pos):
                assert rest.search(text, pos), (pattern, text, pos)
                hits += 1
            shut += rest.search(text, pos) is None
    assert hits >= 20 and shut >= 20  # the texts exercise both sides


def test_gate_only_for_patterns_that_may_start_anywhere():
    import re

    from kg.extract.anchor import gate

    assert gate(re.compile(r"[^，]{0,5}(?:推动|赋能)[^，]{0,3}")).pattern is None  # compiled from the parsed rest
    assert gate(re.compile(r"[^，]{0,5}(?:推动|赋能)[^，]{0,3}")).match("推动甲").end() == 3
    assert gate(re.compile(r"推动[^，]{0,5}")) is None  # opens with a literal: scanned for it already
    assert gate(re.compile(r"(甲|乙)[^，]{0,5}(?:推动|赋能)\1")) is None  # a backreference
    assert gate(re.compile(r"[^，]{0,5}[^。]{0,3}")) is None  # no narrow part


def test_relation_rule_gates_are_necessary_for_their_matches():
    import random

    from kg.extract.anchor import gate
    from kg.extract.relations import _default_patterns
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    gated = [rule for rule in pats.rules if gate(rule.regex) is not None]
    assert any(rule.id == "enables.tech_verb_target" for rule in gated)
    tec, ind = TYPE_CHAR["Technology"], TYPE_CHAR["Industry"]
    made_up = [f"{tec}、{tec}等技术推动{ind}发展", f"{tec}与{ind}深度融合，将赋能{ind}", f"{tec}的应用推动了{ind}升级"]
    rnd = random.Random(11)
    words = [tec, ind, "、", "，", "等", "推动", "赋能", "带动", "和", "与", "发展", "的", "技术", "将", "领域", "产业"]
    texts = made_up + ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))) for _ in range(300)]
    hits = 0
    for rule in gated:
        rest = gate(rule.regex)
        for text in texts:
            if rule.regex.search(text):
                assert rest.search(text), (rule.id, text)
                hits += 1
    assert hits >= 10


def test_half_width_equals_the_translation_table():
    import random

    from kg.extract.lexicon import _WIDTH_TABLE, half_width

    rnd = random.Random(2)
    chars = [chr(c) for c in range(0xFEFF, 0xFF70)] + ["\u3000", "中", "a", "。", " ", "\n", "\U0001F600"]
    for _ in range(3000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30)))
        assert half_width(text) == text.translate(_WIDTH_TABLE), text
    assert half_width("ＡＩ，５Ｇ\u3000芯片") == "AI,5G 芯片"


def test_offset_index_finds_the_first_position_of_an_offset_as_bisection_does():
    import random
    from bisect import bisect_left

    from kg.extract.rules import OffsetIndex

    rnd = random.Random(4)
    for _ in range(300):
        offsets = sorted(rnd.choice(range(30)) for _ in range(rnd.randint(0, 12)))  # repeats too
        index = OffsetIndex(offsets)
        held = OffsetIndex(offsets).get  # a bound get held before the first question
        for pos in range(-2, 33):
            i = bisect_left(offsets, pos)
            want = i if i < len(offsets) and offsets[i] == pos else None
            assert index.get(pos) == want and held(pos) == want, (offsets, pos)
            assert (pos in index) == (want is not None)
            assert index.get(pos, "none") == ("none" if want is None else want)


def test_open_list_scans_over_whole_texts_skip_to_where_a_match_can_start():
    # the chain and fields lists of open_lists are scanned over every text: a
    # change to their regexes that loses the fast path (an unbounded part in the
    # chain's lookahead, say) makes extraction measurably slower
    import re

    from kg.extract.anchor import _start_finder
    from kg.extract.lexicon import load_entity_patterns

    o = load_entity_patterns()["coordination"]["open_lists"]
    for key in ("chain_regex", "fields_regex"):
        scan = _start_finder(re.compile(o[key]))
        assert getattr(scan, "__qualname__", "").split(".")[0] in ("_tail_finditer", "_behind_finditer", "_lead_finditer"), key


def test_tokens_of_words_are_the_tokens_a_loop_over_all_tokens_finds():
    import random

    from kg.extract.persons import _tokens_of
    from kg.extract.rules import Tokens

    rnd = random.Random(17)
    alphabet = ["和", "与", "同", "的", "和平", "同学", "甲", "乙", "目的"]
    for _ in range(500):
        words = [rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))]
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w)
        text = "".join(words)
        tokens = Tokens([(s, s + len(w), w, "x") for s, w in zip(starts, words)])
        for wanted in (("和", "与", "同"), ("的",)):
            assert _tokens_of(text, tokens, wanted) == [k for k, t in enumerate(tokens) if t[2] in wanted], text


@pytest.mark.parametrize("text", ["新能源汽车产业  快速发展。\n\n人工智能 赋能制造", "ＡＩ芯片和 5G 基站", "　数字经济\t平台"])
def test_segmenter_keeps_its_words_with_the_text_they_cut(text):
    doc = Segmenter(get_nlp().vocab)(text)
    cut, words = doc.user_data["kg_words"]
    assert cut is text
    assert words == [t.text for t in doc]


def test_gc_paused_while_a_text_is_extracted_and_resumed_after_also_on_error():
    import gc

    from kg.extract.core import _gc_paused

    seen = []

    @_gc_paused
    def run(fail: bool):
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("made-up failure")
        return "done"

    assert gc.isenabled()
    assert run(False) == "done" and seen == [False] and gc.isenabled()
    with pytest.raises(ValueError):
        run(True)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()  # paused by the caller: left paused
    try:
        run(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_event_anaphor_fallback_finds_what_a_scan_of_every_earlier_unit_finds():
    """An event anaphor with no event in its own and the two units before reads the
    text's events listed once (relations._unit_events): the same closest earlier
    event, or the one its noun names, as a scan of every earlier unit's mentions."""
    import random

    from kg.extract import relations
    from kg.model import Mention
    from kg.schema import TYPE_CHAR

    def scan(units, ui, noun):  # the plain computation: every earlier unit's mentions, closest first
        found = [(m, uj) for uj in range(ui - 1 - relations.ANTECEDENT_UNITS, -1, -1)
                 for m in reversed(units[uj].mentions) if m.type == "Event"]
        named = next((c for c in found if noun and noun in c[0].text), None)
        return named or (found[0] if found else None)

    def unit(start, end, mentions):  # (a placeholder string as the extractor writes it: a character per mention)
        enc = "，".join(TYPE_CHAR[m.type] for m in mentions)
        return relations._Unit(start, end, mentions, enc, [2 * k for k in range(len(mentions))])

    rnd = random.Random(7)
    for _ in range(40):
        units, pos = [], 0
        for _ in range(rnd.randint(1, 12)):
            mentions = []
            for _ in range(rnd.randint(0, 3)):
                kind = rnd.choice(["Event", "Event", "Policy", "Technology"])
                name = rnd.choice(["甲乙论坛", "丙丁大会", "戊己博览会"]) if kind == "Event" else "庚辛方案"
                mentions.append(Mention(name, kind, name, pos, pos + len(name)))
                pos += len(name) + 1
            units.append(unit(pos - 1, pos, mentions))
        ui = len(units) - 1
        units[ui] = unit(units[ui].start, units[ui].end, [])  # the anaphor's unit: no event before it
        for k in (ui - 1, ui - 2):  # nothing the plain rule finds in the two units before
            if k >= 0:
                units[k] = unit(units[k].start, units[k].end, [m for m in units[k].mentions if m.type != "Event"])
        for noun in ("", "大会", "论坛"):
            assert relations._antecedent(units, ui, 0, ("Event",), noun) == scan(units, ui, noun)


def test_tokens_at_a_words_characters_are_those_a_scan_of_all_tokens_picks():
    """coordination._tokens_at visits only the tokens starting at one of a word's
    characters: the same indices, in order, as a scan of every token's word."""
    from itertools import compress
    from operator import itemgetter

    from kg.extract import coordination
    from kg.extract.rules import Tokens

    text = "推动沉浸式演艺、分布式光伏和可穿戴设备发展，N型电池、P型硅片等可降解材料式化"
    toks, pos = [], 0
    for w in ["推动", "沉浸", "式", "演艺", "、", "分布式", "光伏", "和", "可", "穿戴", "设备", "发展", "，",
              "N", "型", "电池", "、", "P", "型", "硅片", "等", "可", "降解", "材料", "式化"]:
        toks.append((pos, pos + len(w), w, "x"))
        pos += len(w)
    assert "".join(t[2] for t in toks) == text
    tokens = Tokens(toks)
    for chars, keep in (("式化", "式化".__contains__), ("可", "可".__eq__), ("型", "型".__eq__), ("发", "发展".__eq__)):
        assert coordination._tokens_at(text, tokens, chars, keep) == \
            list(compress(range(len(tokens)), map(keep, map(itemgetter(2), tokens))))


def test_mentions_only_run_builds_no_spans_and_the_same_mentions():
    # kg.extract.core reads the mentions only: it asks the normaliser for no
    # spaCy spans (kg_spans False); the mentions are those nlp(text) gives
    from kg.extract import extract_text

    nlp = get_nlp()
    text = "人工智能是工业和信息化部关注的重点，新能源汽车产业也是。"
    whole = nlp(text)
    assert {s.text for s in whole.spans["kg"]} >= {"人工智能", "工业和信息化部"}
    doc = nlp.make_doc(text)
    doc.user_data["kg_spans"] = False
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert "kg" not in doc.spans
    assert doc.user_data["kg_mentions"] == whole.user_data["kg_mentions"] == extract_text(text).mentions


def test_class_words_end_with_one_of_their_final_characters():
    # _class_word_before gives up at once on tokens whose last character no
    # class word ends with (ClassWords.ends): what a pattern can end with is
    # read off it, or unknown (None: no shortcut)
    import random
    import re

    from kg.extract.rules import ClassWords, _final_chars

    assert _final_chars(re.compile(r"(?!一)[一-鿿]{2}(?<![方模形样格])式")) == frozenset("式")
    assert _final_chars(re.compile(r"甲(?:乙|丙丁)+(?=戊)")) == frozenset("乙丁")
    assert _final_chars(re.compile(r"甲乙?")) is None  # may end with 甲 or 乙: not read
    assert _final_chars(re.compile(r"甲[^乙]")) is None  # any character
    words = ClassWords(["漂浮", "工业级"], re.compile(r"(?!一)[甲乙丙]{2}(?<![丙])式"))
    assert words.ends == frozenset("浮级式")
    fewer = words - ["工业级"]
    assert fewer.ends == words.ends and (fewer.lo, fewer.hi) == (words.lo, words.hi) and "工业级" not in fewer
    rnd = random.Random(23)
    for _ in range(5000):
        w = "".join(rnd.choice("甲乙丙式漂浮工业级一") for _ in range(rnd.randint(1, 4)))
        if w in words:
            assert w[-1] in words.ends, w


def test_yielding_stops_are_those_overlapping_a_name_of_their_length():
    # the stop words that yield: no name of their own span, and a name of their
    # length starting 1..length-1 characters before or after them
    import random

    from kg.extract.pipeline import _YIELDED, _yielding_stops
    from kg.extract.rules import NOT_ENTITY, Cand

    rnd = random.Random(29)
    for _ in range(500):
        cands = []
        for _ in range(rnd.randint(0, 12)):
            s = rnd.randint(0, 15)
            e = s + rnd.randint(1, 4)
            if rnd.random() < 0.4:
                cands.append(Cand(s, e, NOT_ENTITY, "", rnd.choice(["not_entity", "other"]), -1))
            else:
                cands.append(Cand(s, e, "Technology", "x", "lexicon", 0))
        spans = {(c.start, c.end) for c in cands if c.type != NOT_ENTITY}
        want = [
            c._replace(priority=_YIELDED)
            if c.type == NOT_ENTITY and c.rule == "not_entity" and (c.start, c.end) not in spans
            and any((c.start - k, c.end - k) in spans or (c.start + k, c.end + k) in spans for k in range(1, c.end - c.start))
            else c
            for c in cands
        ]
        assert _yielding_stops(list(cands)) == want, cands


def test_tag_memo_gives_the_tables_tag_or_unk_and_empties_past_its_bound(monkeypatch):
    from kg.extract.pipeline import _TagMemo

    table = {"芯片": "n", "研发": "vn", "苏州": "lex:Region"}
    memo = _TagMemo(table)
    words = ["芯片", "的", "研发", "芯片", "苏州", "", "的"]
    assert memo.tags(words) == [table.get(w, "unk") for w in words]
    assert memo.tags(words) == [table.get(w, "unk") for w in words]  # (the second time from the memo)
    monkeypatch.setattr(_TagMemo, "MAX_WORDS", 2)
    assert memo.tags(["研发"]) == ["vn"] and set(memo) == {"研发"}  # (emptied first: it held four words)


def test_positions_start_at_zero_and_a_list_handed_out_never_changes():
    from kg.extract.rules import OffsetIndex, positions

    small = positions(3)
    assert small[:3] == [0, 1, 2]
    kept = list(small)
    big = positions(len(small) + 5)
    assert big[: len(small) + 5] == list(range(len(small) + 5))
    assert small == kept  # (grown by a new list)
    assert OffsetIndex([]).index() == {} and OffsetIndex([4, 4, 9]).index() == {4: 0, 9: 2}


def test_word_finders_sharing_a_texts_occurrences_yield_what_finditer_yields():
    # the word finders of all patterns share the occurrences found in one text,
    # found as far as each finder needs them: any order of patterns and budgets
    import random

    from kg.extract.anchor import _found_in, _occurrences

    _word_finders_match_finditer(random.Random(29), 300)
    text = "甲乙甲乙甲乙甲"
    found = _found_in(text)
    assert _occurrences(found, text, "甲乙", 1) == [0, 2]  # (more than one: two)
    assert _occurrences(found, text, "甲乙", 5) == [0, 2, 4]  # (all of them)
    assert _occurrences(found, text, "乙甲乙", 5) == [1, 3]  # (overlapping ones too)
    assert _found_in(text) is found and _found_in(text + "丙") is not found


def test_word_occurrences_read_off_a_texts_pair_index_are_those_str_find_finds(monkeypatch):
    # a long text's words of two characters or more are looked up among the
    # positions sorted by their pair of characters: every occurrence, in order,
    # overlapping ones too, as str.find finds them (characters past the BMP too)
    import random

    import kg.extract.anchor as anchor

    def find_all(text: str, word: str) -> list[int]:
        out, at = [], text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
        return out

    monkeypatch.setattr(anchor, "PAIR_INDEX_CHARS", 0)  # (every text, however short)
    rnd = random.Random(31)
    alphabet = ["甲", "乙", "丙", "、", "A", "\U0001F600", "甲乙"]
    words = ["甲乙", "乙甲乙", "甲乙丙甲", "\U0001F600甲", "AA", "、、", "丁戊"]
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        found = {}
        for word in rnd.sample(words, len(words)):
            assert anchor._occurrences(found, text, word, 2) == find_all(text, word), (text, word)
    _word_finders_match_finditer(rnd, 200)


def _word_finders_match_finditer(rnd, texts: int) -> None:
    """The word finders of all patterns, each at three budgets and called in a
    random order on each of TEXTS random texts, yield what finditer yields."""
    import re

    from kg.extract.anchor import _start_finder, _word_anchor, _word_finditer

    rxs = [re.compile(p) for p in WORD_PATTERNS]
    finders = [_word_finditer(rx, *_word_anchor(rx), _start_finder(rx), max_share=share)
               for rx in rxs for share in (1e9, 0.3, 0.02)]
    alphabet = list(WORD_ALPHABET) + ["委员会第", "行动", "丙丁的"]
    for _ in range(texts):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 120)))
        for k in rnd.sample(range(len(finders)), len(finders)):
            rx = rxs[k // 3]
            assert [m.span() for m in finders[k](text)] == [m.span() for m in rx.finditer(text)], (rx.pattern, text)


def test_finders_sharing_a_texts_character_scans_yield_what_finditer_yields():
    # start, lead and lookbehind finders of several patterns read the offsets of
    # their characters off one scan per text and class
    import random
    import re

    from kg.extract.anchor import _behind_finditer, _char_class, _class_at, _lead_finditer, _start_finder

    patterns = [r"[甲乙][^，]{0,3}丙", r"[甲乙]丁+", r"(?:[^，]{0,2})丙丁", r"(?<=[甲乙])[丙丁]{1,3}", r"[^，、]{1,4}、[^，]{1,3}"]
    rxs = [re.compile(p) for p in patterns]
    finders = [(rxs[0], _start_finder(rxs[0])), (rxs[1], _start_finder(rxs[1])),
               (rxs[2], _lead_finditer(rxs[2], frozenset("丙"), 2, max_share=1e9)),
               (rxs[2], _lead_finditer(rxs[2], frozenset("丙"), 2, max_share=0.0)),
               (rxs[3], _behind_finditer(rxs[3], frozenset("甲乙"), max_share=1e9)),
               (rxs[4], _lead_finditer(rxs[4], frozenset("、"), 4, max_share=0.0))]
    rnd = random.Random(31)
    for _ in range(500):
        text = "".join(rnd.choice("甲乙丙丁戊，、") for _ in range(rnd.randint(0, 60)))
        for rx, find in rnd.sample(finders, len(finders)):
            assert [m.span() for m in find(text)] == [m.span() for m in rx.finditer(text)], (rx.pattern, text)
    text = "甲丙乙甲"
    assert _class_at(_char_class(frozenset("甲乙")), text) == [0, 2, 3]
    assert _class_at(_char_class(frozenset("甲乙")), text) is _class_at(_char_class(frozenset("乙甲")), text)


def test_lead_verb_gate_only_skips_windows_no_lead_verb_can_start_in():
    # the characters every lead verb begins with: a window holding none of them has no verb to step past
    import re

    from kg.extract.anchor import first_chars
    from kg.extract.rules import compiled

    lead_verb = compiled()["coordination_lead_verb"]
    firsts = first_chars(lead_verb)
    assert firsts and all(lead_verb.match(w) is None for w in ("推动", "强化", "建设海工"))
    for verb in ("做大做强", "发展壮大", "加快培育"):
        assert verb[0] in firsts and lead_verb.match(verb) is not None
    assert all(re.match(lead_verb, t) is None or t[0] in firsts for t in ("着力培育", "超前布局", "做优做强"))


def test_headings_tried_only_where_a_heading_can_begin_match_as_fullmatch_does():
    import random
    import re
    from types import SimpleNamespace

    from kg.extract.relations import _bounds, _headings

    rnd = random.Random(37)
    for pattern in (r"(?:第[一二三]+章|[一二三]+、)\s*加快(?P<class>甲)", r"\s*(?:到|至)甲", r"[一二三]+、?甲?"):
        sc = SimpleNamespace(heading=re.compile(pattern))
        units = [SimpleNamespace(enc="".join(rnd.choice("第一二三章、 加快甲到至乙") for _ in range(rnd.randint(0, 12))))
                 for _ in range(2000)]
        units += [SimpleNamespace(enc=x) for x in ("第一章 加快甲", " 二、加快甲 ", "到甲", "三甲", "乙二、加快甲")]
        bounds = [_bounds(u.enc) for u in units]
        want = [sc.heading.fullmatch(u.enc, lo, hi) for u, (lo, hi) in zip(units, bounds)]
        got = _headings(sc, units, bounds)
        assert [m and m.span() for m in got] == [m and m.span() for m in want], pattern
        assert any(want), pattern


def test_place_list_runs_taken_whole_find_what_the_backtracking_pattern_finds():
    import random
    import re

    from kg.extract.places import _runs_regex

    plain = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:(?:、)[\u4e00-\u9fff]+)+")
    fast = _runs_regex("、")
    assert "++" in fast.pattern  # (a separator no CJK character opens: runs are taken whole)
    assert "++" not in _runs_regex("、|和").pattern  # (和 could open inside a run)
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice("甲乙丙、、，a 和") for _ in range(rnd.randint(0, 16)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text



def test_class_offsets_read_off_code_points_equal_a_regex_scan():
    import random
    import re

    from kg.extract.anchor import _char_class, _class_at, _class_table

    rnd = random.Random(9)
    alphabet = "甲乙、和及AZaz09 \n（）()\\-]^\U00020000\ud800"
    classes = [_char_class(set(rnd.sample(alphabet, rnd.randint(1, 6)))) for _ in range(40)]
    classes += [re.compile(r"[\d\s]"), re.compile("[^和]"), re.compile("[\U00020000甲]")]  # (scanned as before)
    assert _class_table(classes[-1]) is None and _class_table(classes[-2]) is None and _class_table(classes[0]) is not None
    assert _class_table(_char_class({"和"})) is None  # (one character: the regex scan skips to it as str.find would)
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        for chars in classes:
            assert _class_at(chars, text) == [m.start() for m in chars.finditer(text)], (chars.pattern, text)


def test_coordination_list_lookahead_keeps_the_lists_found():
    # list_regex opens with a lookahead that its first item runs into 、 or a
    # bracket (read without backtracking): the same lists as without it
    import random
    import re

    from kg.extract.anchor import finder
    from kg.extract.rules import compiled

    rx = compiled()["coordination"]
    head = "+[、（(])"
    assert rx.pattern.startswith("(?=") and head in rx.pattern
    plain = re.compile(rx.pattern[rx.pattern.index(head) + len(head):])
    rnd = random.Random(12)
    for _ in range(3000):
        text = "".join(rnd.choice("甲乙丙丁戊己庚辛、、、，（）(和及与以等的a \n") for _ in range(rnd.randint(0, 60)))
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in rx.finditer(text)] == want, text
        assert [m.span() for m in finder(rx)(text)] == want, text


@pytest.mark.parametrize("pattern", [
    r"(?:^|(?<=[，。\n]))(?P<name>[甲乙丙]{2,3}?)(?:在|于|位于)",  # a frame at a clause's start
    r"(?:^|(?<=[，。])|(?<=[和与]))[甲乙]{2}",
    r"^[甲乙]+在",
])
def test_finder_of_a_frame_opening_at_the_start_or_after_a_mark_yields_what_finditer_yields(pattern):
    import random
    import re

    from kg.extract.anchor import TEXT_START, _behind_anchor, finder

    rx = re.compile(pattern)
    assert TEXT_START in _behind_anchor(rx)
    assert _behind_anchor(re.compile(pattern, re.MULTILINE)) is None  # (^ is any line's start there)
    rnd = random.Random(4)
    for _ in range(2000):
        text = "".join(rnd.choice("甲乙丙，。\n和与在于位") for _ in range(rnd.randint(0, 24)))
        assert [m.span() for m in finder(rx)(text)] == [m.span() for m in rx.finditer(text)], text


def test_tail_cues_tried_by_first_character_match_where_every_cue_tried_matches():
    # a list's class noun after 等 is looked for only with the cues whose
    # matches may begin with the character there: the same cues match, in order
    import random

    from kg.extract.coordination import _tail_cues_at
    from kg.extract.rules import compiled

    c = compiled()
    cues = c["coordination_tail_cues"]
    assert cues
    rnd = random.Random(31)
    words = ["领域", "行业", "产业", "产品", "技术", "企业", "重点", "三大", "新型", "装备", "业态", "赛道", "甲", "乙", "，", "的"]
    for _ in range(2000):
        text = "等" + "".join(rnd.choice(words) for _ in range(rnd.randint(0, 5)))
        for at in range(len(text) + 1):
            want = [n for n, cue in enumerate(cues) if cue[0].match(text, at)]
            assert [n for n, cue in _tail_cues_at(c, text, at) if cue[0].match(text, at)] == want, (text, at)
    # (a gate that keeps no cue fails here)
    assert any(cue[0].match("等新兴产业", 1) for _, cue in _tail_cues_at(c, "等新兴产业", 1))


def test_relation_matches_of_a_gated_rule_skip_only_the_gate_search_rules_for_made():
    # rules_for (given a unit's placeholder string) keeps a rule only when its
    # rest_gate is found there; _matches told so finds the same matches
    import random

    from kg.extract.relations import _default_patterns, _matches
    from kg.schema import TYPE_CHAR

    pats = _default_patterns()
    gated = [rule for rule in pats.rules if rule.rest_gate is not None]
    assert gated
    marks = list(TYPE_CHAR.values())
    words = marks + ["、", "和", "，", "发布", "应用于", "领域", "提出", "《", "》", "等", "在", "的", "位于", "赋能", "甲"]
    rnd = random.Random(31)
    tried = 0
    for _ in range(400):
        enc = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 14)))
        for rule in gated:
            if rule.rest_gate.search(enc) is not None:
                tried += 1
                assert [m.span() for m in _matches(rule, enc, gated=True)] == [m.span() for m in _matches(rule, enc)], enc
    assert tried
    # (a gate not found: no match, searched or not)
    rule = gated[0]
    assert _matches(rule, "") == []


def test_conflict_sort_orders_candidates_as_the_key_sort_does_ties_included():
    # the conflicts' numpy sort: longer first, then priority, type rank, start, and
    # candidates equal on all four in the order they came (made-up spans, many ties)
    import random

    from kg.extract.pipeline import _sort_for_conflicts
    from kg.extract.rules import Cand

    rank = {"Technology": 0, "Industry": 1, "Region": 2}
    rnd = random.Random(37)
    for _ in range(200):
        cands = []
        for _ in range(rnd.randint(0, 40)):
            s = rnd.randint(0, 20)
            cands.append(Cand(s, s + rnd.randint(1, 4), rnd.choice(["Technology", "Industry", "Region", "-", "Person"]),
                              "", "r", rnd.choice([-1, 0, 1, 2, 1 << 20])))
        want = sorted(cands, key=lambda c: (c[0] - c[1], c[5], rank.get(c[2], 99), c[0]))
        got = list(cands)
        _sort_for_conflicts(got, rank)
        assert len(got) == len(want) and all(a is b for a, b in zip(got, want))
