"""``kg_ner``: statistical Person / Institution / Region names beyond the rule
cues (the `ner` extra: ``pip install 'kg[ner]'``, which installs jiagu).

jiagu's named-entity model (an averaged perceptron over words, trained on
People's Daily; its weights ship inside the package, nothing is downloaded)
tags the pipeline's own jieba tokens sentence by sentence.  Its names only
fill gaps the rules left, because used unconditionally the model hurts:

- a name that overlaps a rule entity without containing it, or equals one, is
  dropped (it never overrides or cuts into a rule entity, nor into a stop-listed
  span such as 中国式现代化);
- a name that strictly contains rule entities replaces them
  (华为技术有限公司 over the rule's 华为), except a place over places: a place
  written with its province is two Regions (广东韶关); an organisation that
  opens with a rule place other than 中国 and goes on for three characters or more
  with a Latin letter, two transliteration characters, or a rule technology or
  sector and ends with 公司/企业 (某国普林斯顿大学, 某国ABC公司, 某国人工智能公司: the
  rules keep a place before a name apart, annotation.md; 广州恒大队, 某省大数据中心,
  某国国家工程院 are one name);
  and a name that only adds the verb jieba tags after a rule name (某某局组织);
- a name that touches a 《》 title, a quotation mark or punctuation is dropped;
- stop-listed words (ontology/lexicon/not_entities.txt) and names shorter than
  ``min_chars`` are dropped.

Before the gate, the model's names are checked against what the rest of the
pipeline knows (the component's config, each key below):

- ``common_tags``: a name whose every token is a common word in jieba's
  dictionary (遵循/v, 周三/t, 河套/n) is dropped; names are unknown words or
  carry jieba's name tags (nr, ns, nt, nz) or a lexicon type;
- ``institution_heads``: an Institution ends with one of these (…研究院, …公司,
  …队), or is one token with a name tag (特斯拉, 华为);
- ``event_ends``: an Institution ending so is an event (…博览会, …论坛): dropped;
- ``not_region_ends``: a Region ending so is a natural feature (黄河, 东湖) or
  a disease (帕金森病): dropped
  (places so named are in the Region lexicon, and the rules find them);
- ``region_tags``, ``region_ends``: a Region holds a word jieba tags a place
  (ns) or a lexicon Region, ends with a place suffix (市, 县, 州 …) or is the
  short form of a listed division (某某县 → 某某: places.json); an
  abbreviation or a word the model takes for a place (某芯, 港航, 拉开帷幕) is
  dropped;
- ``region_as_institution``: a Region ending so is an Institution (巴塞罗那队);
- ``org_tags``: the jieba tags a one-token Institution without a head may have;
- ``not_names``: words the model takes for names that are not (中华);
- person titles (ontology/lexicon/person_titles.txt) at a name's end are cut
  off (德国总理 -> 德国);
- a Region that begins with a lexicon Region is two places (吉林长春 -> 吉林, 长春);
- a name tagged in pieces is joined (许 | 洪亮 -> 许洪亮), and a lone surname takes
  the given name the model left out if jieba knows it as a name (``given_tags``:
  蔡 | 崇信);
- a span that runs over a separator (，、。) is cut there;
- ``not_name_ends``: a four-character Person with a one-character surname that
  ends so loses that character (孙芝茵正带领 -> 孙芝茵), and so does a
  three-character one whose last two characters are one jieba word that is no
  name (李|健在 -> 李健).

The component runs after ``kg_conflicts`` (on its chosen spans) and before
``kg_normalise``; it is in the pipeline only when NER is asked for
(``ExtractorOptions(ner=True)``).  jiagu is imported when the component is made, so
importing this module costs nothing without the extra.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KgError
from kg.extract.extra import NER_MISSING, ner_available, require_ner  # noqa: F401
from kg.extract.lexicon import load_lexicon
from kg.extract.places import place_rules, short_forms
from kg.extract.rules import LATIN, NOT_ENTITY, Cand, compiled, new_cand

RULE = "ner.jiagu"
# a name never contains these: it would cut into a title or a quotation
_FENCES = re.compile(r"[《》〈〉“”\"「」『』【】()（），,。、；;：:！!？?…\s]")
_SENTENCE_END = frozenset("。！？；!?;\n")
_TITLE = re.compile(r"《[^《》\n]*》")
_CLASS_ONLY = ("公司", "企业")  # 某国|人工智能|公司: a place and a sector + a bare class head describe
_SEPARATOR = re.compile(r"[，,。、；;：:！!？?\s]")


def load_tagger():
    """jiagu's NER tagger: a function from a list of words to BIO labels
    (B-PER, I-ORG, B-LOC, O...), its model loaded from site-packages."""
    try:
        import jiagu
    except ImportError:
        raise KgError(NER_MISSING) from None
    jiagu.any.init_ner()
    tagger = jiagu.any.ner_model
    fast = _fast_predict(tagger.model)
    # the same labels as jiagu's own predict, or jiagu's (a jiagu with other features)
    return fast if fast(_CHECK_WORDS) == tagger.predict(_CHECK_WORDS) else tagger.predict


_CHECK_WORDS = "新华社 北京 电 国家 主席 习近平 在 人民大会堂 会见 法国 总统 马克龙 ， 张伟 出席 。".split()


def _fast_predict(model):
    """jiagu's averaged-perceptron tagging (jiagu.perceptron.Perceptron.predict:
    the same features, weights and tie-break) without building a feature dict
    per word: 1.4x faster."""
    weights = model.weights.get
    classes = sorted(model.classes)

    def predict(words: list[str]) -> list[str]:
        ctx = ["-START-", "-START2-", *words, "-END-", "-END2-"]
        prev, prev2 = "-START-", "-START2-"
        out = []
        for j in range(2, len(words) + 2):
            w, w1, n1 = ctx[j], ctx[j - 1], ctx[j + 1]
            scores = dict.fromkeys(classes, 0.0)
            for f in ("bias", "i suffix " + w[-3:], "i pref1 " + w[0], "i-1 tag " + prev, "i-2 tag " + prev2,
                      "i tag+i-2 tag " + prev + " " + prev2, "i word " + w, "i-1 tag+i word " + prev + " " + w,
                      "i-1 word " + w1, "i-1 suffix " + w1[-3:], "i-2 word " + ctx[j - 2], "i+1 word " + n1,
                      "i+1 suffix " + n1[-3:], "i+2 word " + ctx[j + 2]):
                ws = weights(f)
                if ws:
                    for label, weight in ws.items():
                        scores[label] += weight
            best = max(classes, key=lambda label: (scores[label], label))
            out.append(best)
            prev2, prev = prev, best
        return out

    return predict


def sentences_of(tokens) -> list[list[tuple]]:
    """The (start, end, text, tag) tokens grouped into sentences (after 。！？；)."""
    out, cur = [], []
    for tok in tokens:
        cur.append(tok)
        if tok[2] and tok[2][-1] in _SENTENCE_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def bio_spans(tokens: list[tuple], labels: list[str], types: dict[str, str]) -> list[tuple[int, int, str, int, int]]:
    """(start, end, type, first token, end token) of each B-X I-X... run, token
    indexes into TOKENS; an I-X that continues nothing is ignored."""
    spans = []
    cur = None  # [start, end, tag, first, last + 1]
    for i, (tok, lab) in enumerate(zip(tokens, labels)):
        bio, _, tag = lab.partition("-")
        if bio == "I" and cur is not None and cur[2] == tag:
            cur[1], cur[4] = tok[1], i + 1
            continue
        if cur is not None:
            spans.append(tuple(cur))
            cur = None
        if bio == "B" and tag in types:
            cur = [tok[0], tok[1], tag, i, i + 1]
    if cur is not None:
        spans.append(tuple(cur))
    return [(s, e, types[t], a, b) for s, e, t, a, b in spans]


class NameCheck:
    """The checks of the module docstring, from the component's config and the lexicon."""

    def __init__(self, *, common_tags, institution_heads, event_ends, not_region_ends, region_as_institution,
                 org_tags, not_names, not_name_ends, given_tags, lex, region_tags=("ns",), region_ends=()):
        self.common_tags = frozenset(common_tags)
        self.institution_heads = tuple(institution_heads)
        self.event_ends = tuple(event_ends)
        self.not_region_ends = tuple(not_region_ends)
        self.region_as_institution = tuple(region_as_institution)
        self.org_tags = frozenset(org_tags)
        self.not_names = frozenset(not_names)
        self.titles = tuple(t for t in lex.person_titles if len(t) > 1)
        self.surnames = lex.surnames
        self.not_name_ends = frozenset(not_name_ends)
        self.given_tags = frozenset(given_tags)
        self.region_tags = frozenset(region_tags)
        self.region_ends = tuple(region_ends)
        self.regions = frozenset(t for t, (ty, _) in lex.terms.items() if ty == "Region" and len(t) > 1)

    def _named(self, toks: list[tuple]) -> bool:
        return any(t[3] not in self.common_tags for t in toks)

    def _pieces(self, text: str, tokens: list[tuple], spans) -> list[tuple[int, int, str, int, int]]:
        """The model's spans with a name tagged in pieces joined and a span that
        runs over a separator cut there."""
        out: list[list] = []
        for s, e, etype, a, b in spans:
            # cut at a separator: 山东泰山队，武磊 -> 山东泰山队
            for k in range(a, b):
                if _SEPARATOR.search(tokens[k][2]):
                    b = k
                    break
            if b <= a:
                continue
            e = tokens[b - 1][1]
            last = out[-1] if out else None
            # 许 | 洪亮, 赵国 | 华: one name tagged in two pieces
            if (etype == "Person" and last is not None and last[2] == "Person" and last[1] == s
                    and e - last[0] <= 3 and text[last[0]] in self.surnames):
                last[1], last[4] = e, b
                continue
            out.append([s, e, etype, a, b])
        for span in out:
            s, e, etype, a, b = span
            # 蔡 | 崇信: a lone surname and the given name the model left out
            if (etype == "Person" and e - s == 1 and text[s] in self.surnames and b < len(tokens)
                    and tokens[b][0] == e and 1 <= tokens[b][1] - e <= 2 and tokens[b][3] in self.given_tags):
                span[1], span[4] = tokens[b][1], b + 1
        return [tuple(x) for x in out]

    def __call__(self, text: str, tokens: list[tuple], spans) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for s, e, etype, a, b in self._pieces(text, tokens, spans):
            toks = tokens[a:b]
            if not self._named(toks):
                continue
            name = text[s:e]
            if name in self.not_names:
                continue
            for title in self.titles:
                if name.endswith(title) and len(name) - len(title) >= 2:
                    e -= len(title)
                    name = name[: -len(title)]
                    break
            if etype == "Person":
                # 孙芝茵正(带领): a single-character surname's name is at most three characters
                if len(name) == 4 and name[:2] not in self.surnames and name[0] in self.surnames \
                        and name[-1] in self.not_name_ends:
                    e -= 1
                # 李|健在(主题演讲中): jieba glued the given name to the word after it
                # (健在/v), which the model took into the name
                elif len(name) == 3 and name[0] in self.surnames and name[-1] in self.not_name_ends \
                        and toks[-1][0] == e - 2 and toks[-1][1] == e and toks[-1][3] not in self.given_tags:
                    e -= 1
            elif etype == "Region" and name.endswith(self.region_as_institution):
                etype = "Institution"  # 巴塞罗那队, …博物馆: an organisation named after a place
            if etype == "Institution":
                if name.endswith(self.event_ends):
                    continue
                if not name.endswith(self.institution_heads) and not (len(toks) == 1 and toks[0][3] in self.org_tags):
                    continue
            elif etype == "Region":
                if name.endswith(self.not_region_ends):
                    continue
                if not name.endswith(self.region_ends) and not any(t[3] in self.region_tags for t in toks) \
                        and name not in short_forms():
                    continue  # 某芯, 港航, 拉开帷幕: no place word, no place suffix, no division's short form
                # (the rest a known place or a place by its suffix: 武汉东湖新技术开发区 is one place, 云南白药 none)
                head = next((n for n in range(len(name) - 2, 1, -1) if name[:n] in self.regions and len(name) - n <= 3
                             and (name[n:] in self.regions or name.endswith(("市", "县", "区", "州")))), None)
                if head:  # 吉林长春: two places
                    out.append((s, s + head, "Region"))
                    s += head
            out.append((s, e, etype))
        return out


def gate(text: str, names: list[tuple[int, int, str]], chosen: list[Cand], blocked: list[Cand], *,
         min_chars: int, not_entities: frozenset[str], places_split: bool = True,
         verbs: dict[int, int] | None = None) -> list[Cand]:
    """The rule entities CHOSEN with the statistical NAMES that pass the gate
    (see the module docstring) added, sorted.  BLOCKED spans (stop-listed
    words) may be contained by a name but not cut into or equalled.  VERBS maps
    the start of each token jieba tags a verb (v) to its end."""
    verbs = verbs or {}
    foreign = place_rules()["chain_country"]  # 中国 opens many names (中国某某委员会): not split
    translit = compiled()["transliteration_chars"]
    classes = {c.start for c in chosen if c.type in ("Technology", "Industry")}
    kept = list(chosen)
    titles = [m.span() for m in _TITLE.finditer(text)] if "《" in text else []
    for s, e, etype in names:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        surface = text[s:e]
        if e - s < min_chars or surface in not_entities or _FENCES.search(surface):
            continue
        if any(ts < e and s < te for ts, te in titles):
            continue  # in a 《》 title, whether or not the rules made it an entity
        inside, ok = [], True
        for c in kept:
            if c.end <= s or c.start >= e:
                continue
            if s <= c.start and c.end <= e and (c.start, c.end) != (s, e):
                inside.append(c)
            else:
                ok = False  # equal to, or cutting into, a rule entity
                break
        if not ok or any(
            b.start < e and s < b.end and not (s <= b.start and b.end <= e and (b.start, b.end) != (s, e))
            for b in blocked
        ):
            continue
        if places_split and etype == "Region" and any(c.type == "Region" for c in inside):
            continue  # 广东韶关: the rules' two places stand
        if places_split and etype == "Institution" and any(
                c.type == "Region" and c.start == s and e - c.end >= 3 and foreign.fullmatch(c.label)
                and ((c.end in classes and surface.endswith(_CLASS_ONLY)) or LATIN.match(text, c.end)
                     or translit.issuperset(text[c.end : c.end + 2]))
                for c in inside):
            continue  # 某国|普林斯顿大学, 某国|人工智能公司: a place before a name stands apart (annotation.md)
        if inside and verbs and max(c.end for c in inside) in verbs and verbs[max(c.end for c in inside)] == e:
            continue  # 某某局|组织(召开): the model ran a rule name on into the verb after it
        for c in inside:
            kept.remove(c)
        kept.append(new_cand((s, e, etype, surface, RULE, 0)))
    kept.sort()
    return kept


@Language.factory(
    "kg_ner",
    assigns=["doc.user_data"],
    default_config={
        # jiagu's tags -> kg entity types
        "types": {"PER": "Person", "ORG": "Institution", "LOC": "Region"},
        "min_chars": 2,
        "places_split": True,
        # jieba dictionary tags of common words (time, locality, noun, verb, adjective...)
        "common_tags": ["t", "tg", "f", "s", "n", "ng", "v", "vn", "vd", "vg", "a", "ad", "an", "ag", "d", "dg",
                        "m", "mq", "q", "r", "rr", "rz", "p", "c", "u", "uj", "ul", "y", "e", "o", "z", "b", "l", "i"],
        "institution_heads": ["院", "所", "局", "部", "委", "会", "社", "司", "行", "校", "学", "台", "队", "厅",
                              "处", "办", "署", "馆", "站", "厂", "团", "党", "府", "庭", "网", "报", "中心",
                              "集团", "组织", "联盟", "基金", "科技", "医院", "法院", "检察院", "政府"],
        "event_ends": ["展览会", "博览会", "交易会", "大会", "论坛", "峰会", "会议", "运动会", "奥运会", "世博会"],
        "not_region_ends": ["河", "江", "湖", "山", "峰", "岭", "海", "洋", "湾", "峡", "漠", "原", "病", "症"],
        "region_as_institution": ["队", "馆", "院", "所", "局", "厂", "校", "中心", "公司", "集团", "大学"],
        # the jieba tags of a one-token Institution without a head (特斯拉/nz, 华为/unk)
        "org_tags": ["nt", "nz", "unk", "eng", "lex:Institution"],
        # words the model takes for names that are not (中华 in 中华文化, 中外)
        "not_names": ["中华", "中外", "中医", "华夏", "神州"],
        # a four-character name ending so is a name and the next word (孙芝茵正带领)
        "not_name_ends": ["正", "在", "将", "也", "都", "就", "还", "又", "才", "曾", "已", "等", "说", "和", "与"],
        # the jieba tags of a given name the model left out after a lone surname (蔡 | 崇信)
        "given_tags": ["nr", "nrt", "nrfg", "unk"],
        # a Region needs a word jieba tags a place or a place suffix (某某市, 某某县)
        "region_tags": ["ns", "lex:Region"],
        "region_ends": ["省", "市", "县", "区", "州", "镇", "乡", "村", "岛", "国", "府", "郡", "旗"],
    },
)
def make_ner(nlp: Language, name: str, types: dict[str, str], min_chars: int, places_split: bool,
             common_tags: list[str], institution_heads: list[str], event_ends: list[str], not_region_ends: list[str],
             region_as_institution: list[str], org_tags: list[str], not_names: list[str],
             not_name_ends: list[str], given_tags: list[str], region_tags: list[str], region_ends: list[str]):
    tag = load_tagger()
    lex = load_lexicon()
    check = NameCheck(common_tags=common_tags, institution_heads=institution_heads, event_ends=event_ends,
                      not_region_ends=not_region_ends, region_as_institution=region_as_institution,
                      org_tags=org_tags, not_names=not_names, not_name_ends=not_name_ends,
                      given_tags=given_tags, lex=lex, region_tags=region_tags, region_ends=region_ends)

    def ner(doc: Doc) -> Doc:
        text = doc.user_data["kg_text"]
        raw = doc.user_data.get("kg_raw") or text
        names = []
        for sent in sentences_of(doc.user_data["kg_tokens"]):
            # the model learnt from full-width punctuation: it reads the original words
            spans = bio_spans(sent, tag([raw[t[0] : t[1]] for t in sent]), types)
            if spans:
                names.extend(check(text, sent, spans))
        if names:
            blocked = [c for c in doc.user_data["kg_cands"] if c.type == NOT_ENTITY]
            verbs = {t[0]: t[1] for t in doc.user_data["kg_tokens"] if t[3] == "v"}
            doc.user_data["kg_chosen"] = gate(text, names, doc.user_data["kg_chosen"], blocked,
                                              min_chars=min_chars, not_entities=lex.not_entities,
                                              places_split=places_split, verbs=verbs)
        return doc

    return ner
