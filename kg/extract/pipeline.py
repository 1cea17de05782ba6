"""The spaCy pipeline: ``spacy.blank("zh")`` with jieba's segmentation (computed
by kg.extract.segment, same tokens as spaCy's jieba tokenizer, faster) and one
registered component per step, in order:

    kg_gazetteer -> kg_patterns -> kg_persons -> kg_coordination -> kg_doc_aliases -> kg_conflicts
    -> kg_normalise -> kg_relations

(with NER, the `ner` extra: kg_ner between kg_conflicts and kg_normalise, see kg.extract.ner)

Components pass data through ``doc.user_data`` (candidates, mentions, aliases);
the final entity spans are also put on ``doc.spans["kg"]`` (char offsets mapped
with ``alignment_mode="expand"`` because jieba tokens need not match names),
unless ``doc.user_data["kg_spans"]`` is False (kg.extract.core, which reads
the mentions only, sets it).
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right

import jieba
import spacy
from spacy.language import Language
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from kg.extract import ner as _ner  # noqa: F401  (registers kg_ner, the `ner` extra's component)
from kg.extract import rules
from kg.extract.coordination import company_list_rules, coordination_rules, place_firm_rules
from kg.extract.lexicon import half_width, load_entity_patterns, load_lexicon, policy_anaphor, short_name_definition
from kg.extract.persons import person_rules
from kg.extract.places import (
    foreign_chain_rules, place_after_place_rules, place_department_rules, place_list_rules, place_plan_rules,
    county_before_body_rules, place_product_rules, region_modifier_rules, short_form_carry_rules, venue_place_rules,
)
from kg.extract.rules import NOT_ENTITY, Cand
from kg.extract.segment import Segmenter, prepare_jieba
from kg.extract.titles import title_core
from kg.model import Mention
from kg.options import DEFAULT_EXTRACTOR, RULES_ONLY, ExtractorOptions

jieba.setLogLevel(60)

_NLPS: dict[ExtractorOptions, Language] = {}  # the pipelines built in this process, by their options
SENTENCE_END = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")


def _tag_table() -> dict:
    import jieba.posseg as posseg

    tab = posseg.dt.word_tag_tab
    if jieba.dt.user_word_tag_tab:
        tab.update(jieba.dt.user_word_tag_tab)
        jieba.dt.user_word_tag_tab = {}
    return tab


class _TagMemo(dict):
    """word -> tag, read off TABLE at a word's first lookup and kept: a text's
    tokens are some tens of thousands of words but a few thousand distinct ones,
    and a lookup in this small dict stays in the CPU's caches where one in the
    tag table (hundreds of thousands of words) misses them (2x faster).  The
    table is not changed once the pipeline is built, so the kept tags stay its
    own; the memo is emptied past MAX_WORDS (new words: names, HMM words)."""

    __slots__ = ("table",)
    MAX_WORDS = 200_000

    def __init__(self, table: dict) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, word: str) -> str:
        tag = self[word] = self.table.get(word, "unk")
        return tag

    def tags(self, words: list[str]) -> list[str]:
        """The tag of each word ("unk" for a word the table lacks)."""
        if len(self) > self.MAX_WORDS:
            self.clear()
        return list(map(self.__getitem__, words))


# --------------------------------------------------------------------------- components


@Language.factory("kg_gazetteer", default_config={"short_term": 3}, assigns=["doc.user_data"])  # kg_raw, kg_text, kg_tokens, kg_cands
def make_gazetteer(nlp: Language, name: str, short_term: int):
    lex = load_lexicon()
    # one lookup per token: lexicon type ("lex:Technology") over jieba's POS tag
    tag_table = dict(_tag_table())
    tag_table.update({w: "lex:" + t for w, (t, _) in lex.terms.items()})
    tags_of = _TagMemo(tag_table).tags
    # a role title glued to a place or body (德国|总理) does not hide it either
    generic_tails = frozenset(load_entity_patterns()["generic_tails"]) | frozenset(lex.person_titles)
    sector = load_entity_patterns().get("chain_words", {}).get("suffix", "")  # 产业: term + it is an Industry

    def is_region(word: str) -> bool:  # a place written with its province: two Regions
        return lex.terms.get(word, ("",))[0] == "Region"

    def is_body(word: str) -> bool:  # a place glued to a lexicon institution's name
        return lex.terms.get(word, ("",))[0] == "Institution"

    def gazetteer(doc: Doc) -> Doc:
        # Doc.text is rebuilt from the tokens on every access: the caller may
        # hand the original string in (extract_text does), else build it once
        raw = doc.user_data.get("kg_raw") or doc.text
        text = half_width(raw)
        doc.user_data["kg_raw"] = raw
        doc.user_data["kg_text"] = text
        offsets = doc.user_data.get("kg_offsets")  # (the tokens' offsets, without a Doc: Segmenter.tokens)
        if offsets is not None:
            starts, ends = offsets
        else:  # column-wise: converting the 2-D array row by row is 5x slower
            arr = doc.to_array([IDX, LENGTH])
            starts = arr[:, 0].tolist()
            ends = (arr[:, 0] + arr[:, 1]).tolist()
        cut = doc.user_data.get("kg_words")  # (the text the tokenizer cut, its words)
        if cut is not None and cut[0] is text and len(cut[1]) == len(starts):
            words = cut[1]  # (text is the tokenized text itself: half_width changed nothing)
        elif cut is not None and cut[0] is raw and len(cut[1]) == len(starts) and "\0" not in raw:
            # half_width maps character for character: the words of TEXT are those
            # of RAW made half-width, converted in one call
            words = half_width("\0".join(cut[1])).split("\0")
        else:
            words = list(map(text.__getitem__, map(slice, starts, ends)))
        tags = tags_of(words)
        toks = rules.Tokens(zip(starts, ends, words, tags), starts=starts, ends=ends, words=words, tags=tags)
        doc.user_data["kg_tokens"] = toks
        # short terms must sit on token boundaries (存|储能|力 is not 储能), or
        # begin a word that is the term + a generic noun (化工企业, 金融行业)
        starts, ends = toks.start_at, toks.end_at
        # most short terms are whole tokens: two set lookups say so, without a
        # call (aligned's OffsetIndex bisections are for the rest)
        # (the offset indexes' own dicts, which the rules build anyway: no sets of their own)
        start_set, end_set = starts.index(), ends.index()

        def aligned(c) -> bool:
            i = starts.get(c.start)
            if i is None:
                # the second of two places jieba glued into one word (吉林|长春)
                j = ends.get(c.end) if c.type == "Region" else None
                return j is not None and is_region(toks[j][2][: toks[j][1] - toks[j][0] - (c.end - c.start)])
            if c.end in ends:
                return True
            rest = toks[i][2][c.end - c.start :]
            # (韩国|三星电子 glued into one word: a country before the company's name)
            return rest in generic_tails or (c.type == "Region" and (is_region(rest) or is_body(rest)))

        found = rules.gazetteer(text, lex)
        dropped = []  # (list.append returns None: a dropped match is kept aside, not kept)
        kept = [
            c for c in found
            if c[1] - c[0] > short_term or (c[0] in start_set and c[1] in end_set) or aligned(c) or dropped.append(c)
        ]  # (the whole-token test inline: it settles most short terms without a call)
        hidden = {id(c): x for c in dropped if c.type != NOT_ENTITY
                  for x in (_overlapping_terms(text, c, lex, start_set, end_set, sector),) if x}
        if hidden:  # the terms a dropped match hid stand where it stood
            gone = {id(c) for c in dropped}
            kept = [x for c in found for x in (hidden.get(id(c), ()) if id(c) in gone else (c,))]
        doc.user_data["kg_cands"] = kept
        return doc

    return gazetteer


_SECTOR_STEMS = ("Industry", "Technology")


def _overlapping_terms(text: str, c: Cand, lex, word_starts: set, word_ends: set, sector: str = "") -> list[Cand]:
    """The lexicon terms a short match the pipeline dropped (it cuts across
    jieba's words) hid: the longest shorter term at its start that ends on a
    word edge (天津 of 天津|港口), and the term that starts inside it and runs on
    past it: the leftmost-longest scan resumes after a match, so 联合国 read
    across 联合|国家能源局 hid the body named after the verb.  Only a term
    starting on a word edge counts.  A term starting on a word edge that jieba
    glued to the head of the word SECTOR ends (大|健康产业) is that sector
    written whole: term + SECTOR is the Industry (大健康产业, not 健康产业)."""
    out = []
    e = c.end + len(sector)
    if sector and c.start in word_starts and e in word_ends and c.type in _SECTOR_STEMS \
            and text.startswith(sector, c.end) and text[c.start : e] not in lex.not_entities:
        return [rules.new_cand((c.start, e, "Industry", text[c.start : e], "lexicon.sector_stem", 0))]
    for e in range(c.end - 1, c.start + 1, -1):
        hit = lex.terms.get(text[c.start : e]) if e in word_ends else None
        if hit is not None and text[c.start : e] not in lex.not_entities:
            out.append(rules.new_cand((c.start, e, hit[0], hit[1], "lexicon", 0)))
            break
    tries = rules.compiled()["lexicon"]
    for i in range(c.start + 1, c.end):
        sub = tries.get(text[i])
        if sub is None or i not in word_starts:
            continue
        m = sub.match(text, i)
        if m is None or m.end() <= c.end or not rules.ascii_ok(text, i, m.end()):
            continue
        word = m.group()
        hit = lex.terms.get(word)
        if hit is not None and word not in lex.not_entities:
            out.append(rules.new_cand((i, m.end(), hit[0], hit[1], "lexicon", 0)))
            break
    return out


@Language.factory("kg_patterns", default_config={"heads": True}, requires=["doc.user_data"], assigns=["doc.user_data"])  # kg_cands
def make_patterns(nlp: Language, name: str, heads: bool):
    lex = load_lexicon()
    compounds = load_entity_patterns()["compounds"]
    modifier_use = load_entity_patterns()["modifier_use"]
    class_prefix = load_entity_patterns()["class_prefix"]
    place_after_place = load_entity_patterns().get("place_after_place")
    clause_start = rules.clause_start_spec(load_entity_patterns().get("clause_start_names"))
    applied_fields = load_entity_patterns().get("applied_fields")
    means_frames = load_entity_patterns().get("means_frames")
    member_frames = load_entity_patterns().get("member_frames")
    policy_formulas = load_entity_patterns().get("policy_formulas")
    title_sectors = load_entity_patterns().get("title_sectors")
    enterprise_lists = load_entity_patterns().get("enterprise_lists")

    def patterns(doc: Doc) -> Doc:
        text = doc.user_data["kg_text"]
        cands = doc.user_data["kg_cands"]
        cands.extend(rules.regex_rules(text))
        cands.extend(rules.policy_formula_rules(text, lex))
        if heads:
            cands.extend(rules.head_rules(text, doc.user_data["kg_tokens"], lex))
            cands.extend(list(rules.clause_start_rules(text, cands, clause_start)))
        cands.extend(list(rules.compound_rules(text, cands, compounds, doc.user_data["kg_tokens"])))
        cands.extend(list(rules.modifier_use_rules(text, cands, doc.user_data["kg_tokens"], modifier_use)))
        cands.extend(list(rules.class_prefix_rules(text, cands, doc.user_data["kg_tokens"], class_prefix)))
        cands.extend(list(rules.title_issuer_rules(text, cands)))
        cands.extend(list(rules.policy_period_rules(text, cands, policy_formulas)))
        cands.extend(list(rules.sub_unit_rules(text, cands, doc.user_data["kg_tokens"])))
        cands[:] = [c for c in cands if ".sub_unit." not in c.rule or c.rule.endswith(".sub_unit.joined")]
        cands.extend(place_after_place_rules(text, doc.user_data["kg_tokens"], place_after_place))
        cands.extend(list(county_before_body_rules(text, cands)))
        cands.extend(list(place_list_rules(text, doc.user_data["kg_tokens"], cands)))
        cands.extend(list(place_plan_rules(text, cands)))
        cands.extend(list(venue_place_rules(text, doc.user_data["kg_tokens"], cands)))
        cands.extend(list(foreign_chain_rules(text, doc.user_data["kg_tokens"], cands)))
        cands.extend(list(region_modifier_rules(text, cands)))
        cands.extend(list(short_form_carry_rules(text, doc.user_data["kg_tokens"], cands)))
        cands.extend(list(place_product_rules(text, doc.user_data["kg_tokens"], cands)))
        cands.extend(list(place_department_rules(text, cands)))
        cands.extend(list(rules.applied_field_rules(text, cands, applied_fields)))
        cands.extend(list(rules.means_frame_rules(text, cands, means_frames)))
        cands.extend(list(rules.member_frame_rules(text, cands, member_frames)))
        cands.extend(list(rules.title_sector_rules(text, cands, title_sectors, lex)))
        cands.extend(list(company_list_rules(text, cands, doc.user_data["kg_tokens"], enterprise_lists)))
        return doc

    return patterns


@Language.factory("kg_persons", default_config={}, requires=["doc.user_data"], assigns=["doc.user_data"])  # kg_cands
def make_persons(nlp: Language, name: str):
    lex = load_lexicon()

    def persons(doc: Doc) -> Doc:
        cands = doc.user_data["kg_cands"]
        cands.extend(list(person_rules(doc.user_data["kg_text"], doc.user_data["kg_tokens"], lex, cands)))
        return doc

    return persons


@Language.factory("kg_coordination", default_config={}, requires=["doc.user_data"], assigns=["doc.user_data"])  # kg_cands
def make_coordination(nlp: Language, name: str):
    """Items of a coordinated list take the type most of the list has."""
    spec = load_entity_patterns()["coordination"]

    def coordination(doc: Doc) -> Doc:
        cands = doc.user_data["kg_cands"]
        cands.extend(list(coordination_rules(doc.user_data["kg_text"], doc.user_data["kg_tokens"], cands, spec)))
        return doc

    return coordination


_TITLE = re.compile(r"《([^《》\n]{1,80})》")


@Language.factory("kg_doc_aliases", default_config={}, requires=["doc.user_data"], assigns=["doc.user_data"])  # kg_aliases
def make_doc_aliases(nlp: Language, name: str):
    """Aliases a document defines: a short name defined right after a name
    (entities.json policy_formulas.short_name_regex: （以下简称“X”）, （下称《X》）,
    （ABC）), and short titles 《意见》 that end a full title named earlier in the
    same document."""

    anaphor = policy_anaphor()
    short_name = short_name_definition()

    def doc_aliases(doc: Doc) -> Doc:
        text = doc.user_data["kg_text"]
        cands: list[Cand] = doc.user_data["kg_cands"]
        aliases: dict[str, set[str]] = {}
        by_end: dict[int, Cand] = {}
        for c in cands:
            if c.end not in by_end or c.end - c.start > by_end[c.end].end - by_end[c.end].start:
                by_end[c.end] = c
        defined_at: dict[str, int] = {}  # a policy's label -> where a short name defined for it is first written
        for m in short_name.finditer(text):
            owner = by_end.get(m.start())
            if owner is None and m.start() > 0 and text[m.start() - 1] in "”\"’":
                owner = by_end.get(m.start() - 1)
            short = m.group("short") or m.group("latin")
            if owner is None or short == text[owner.start : owner.end]:
                continue
            aliases.setdefault(owner.label, set()).add(short)
            for occ in re.finditer(re.escape(short), text):
                if not rules.ascii_ok(text, occ.start(), occ.end()):
                    continue
                cands.append(Cand(occ.start(), occ.end(), owner.type, owner.label, "alias.defined", 0))
                defined_at[owner.label] = min(occ.end(), defined_at.get(owner.label, occ.end()))
        # 《意见》 -> the latest earlier full title ending with 意见》
        full_titles: list[tuple[int, str]] = []
        for m in _TITLE.finditer(text):
            title = m.group(0)
            inner = m.group(1)
            target = None
            for pos, full in reversed(full_titles):
                if full != title and title_core(full).endswith(inner) and len(full) > len(title):
                    target = full
                    break
            if target:
                aliases.setdefault(target, set()).add(title)
                cands.append(Cand(m.start(), m.end(), "Policy", target, "alias.short_title", 0))
            else:
                full_titles.append((m.start(), title))
        if anaphor is not None:
            # 该规划, 该意见: the latest policy named before it whose name ends with the kind
            # (…产业发展规划。该规划提出) is what it refers to, a mention of that policy
            policies = sorted((c for c in cands if c.type == "Policy"), key=lambda c: (c.end, c.end - c.start))
            for m in anaphor.finditer(text):
                kind = m.group("kind")
                owner = next((c for c in reversed(policies) if c.end <= m.start()
                              and title_core(text[c.start : c.end]).rstrip("》").endswith(kind)), None)
                if owner is not None and defined_at.get(owner.label, m.end()) > m.start():
                    # (…（下称《某方案》）。该方案明确…: after a short name is defined, the anaphor
                    # is no name of its own; the relations rules give what it says to the short name)
                    aliases.setdefault(owner.label, set()).add(m.group())
                    cands.append(Cand(m.start(), m.end(), "Policy", owner.label, "alias.anaphor", 0))
        doc.user_data["kg_aliases"] = aliases
        return doc

    return doc_aliases


@Language.factory("kg_conflicts", default_config={"type_priority": None}, requires=["doc.user_data"], assigns=["doc.user_data"])  # kg_chosen
def make_conflicts(nlp: Language, name: str, type_priority: list | None):
    """Flat annotation: the longest span wins; equal spans by rule priority, then type;
    then a name read from its context marks its repeats (`repeat_mentions`)."""
    order = type_priority or load_entity_patterns()["type_priority"]
    rank = {t: i for i, t in enumerate(order)}
    chain = load_entity_patterns().get("chain_words")
    lex = load_lexicon()

    def conflicts(doc: Doc) -> Doc:
        text = doc.user_data["kg_text"]
        # stop-listed words compete as spans (so 新型工业化 hides 工业) and are dropped after
        cands = rules.chain_rules(text, doc.user_data["kg_cands"], chain, lex)
        # (a firm's place before its name, once every rule has read the firm: 某省名|某某科技)
        cands.extend(list(place_firm_rules(text, cands)))
        doc.user_data["kg_cands"] = cands
        # (fields by index: c[0] start, c[1] end, c[2] type, c[5] priority; cheaper than by name)
        cands = _yielding_stops(cands)
        _sort_for_conflicts(cands, rank)
        taken = bytearray(len(text) + 1)
        first_taken = taken.find  # first_taken(1, s, e) < 0: nothing in [s, e) taken yet
        chosen = []
        for c in cands:
            s, e = c[0], c[1]
            if first_taken(1, s, e) >= 0:
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append(c)
        chosen = [c for c in chosen if c[2] != NOT_ENTITY]
        chosen.extend(rules.repeat_mentions(text, chosen, taken, doc.user_data["kg_tokens"], lex))
        chosen.sort()
        doc.user_data["kg_chosen"] = chosen
        return doc

    return conflicts


def _sort_for_conflicts(cands: list, rank: dict) -> None:
    """CANDS sorted in place as ``cands.sort(key=lambda c: (c[0] - c[1], c[5],
    rank.get(c[2], 99), c[0]))`` sorts them (longest first, then priority, the
    type's RANK, start; equal keys in their order): numpy's stable lexsort of
    those four columns, without a Python key call per candidate (thousands per
    document)."""
    import numpy as np  # (spaCy's dependency: loaded with the pipeline anyway)

    n = len(cands)
    start = np.fromiter([c[0] for c in cands], np.int64, n)
    length = np.fromiter([c[0] - c[1] for c in cands], np.int64, n)
    priority = np.fromiter([c[5] for c in cands], np.int64, n)
    type_rank = np.fromiter([rank.get(c[2], 99) for c in cands], np.int64, n)
    cands[:] = map(cands.__getitem__, np.lexsort((start, type_rank, priority, length)).tolist())


def _yielding_stops(cands: list) -> list:
    """A stop-listed span read across a name of its own length that it only
    overlaps (光子|产业创新|集群: 产业创新 against 光子产业) does not win the tie
    (a word of the stop list, not a name read as a modifier, 电力|系统):
    it loses its priority, so the name is chosen and the stop word falls (it
    still beats a shorter name and one of its own span)."""
    stops = [c for c in cands if c[2] == NOT_ENTITY and c[4] == "not_entity"]  # (the stop list's words only)
    if not stops:
        return cands
    starts: dict[int, set[int]] = {}  # length -> the starts of the names of that length
    for c in cands:
        if c[2] != NOT_ENTITY:
            same = starts.get(c[1] - c[0])
            if same is None:
                starts[c[1] - c[0]] = {c[0]}
            else:
                same.add(c[0])
    late = set()
    for c in stops:
        s, e = c[0], c[1]
        same = starts.get(e - s)
        if same is None or s in same:
            continue  # (no name of its length, or one of its own span)
        if not same.isdisjoint(range(s - (e - s) + 1, e)):  # a name of its length it overlaps
            late.add(id(c))
    if not late:
        return cands
    return [c._replace(priority=_YIELDED) if id(c) in late else c for c in cands]


_YIELDED = 1 << 20  # priority of a stop span that yields to an equal-length name


@Language.factory("kg_normalise", default_config={}, requires=["doc.user_data"], assigns=["doc.spans", "doc.user_data"])  # spans["kg"], kg_mentions
def make_normalise(nlp: Language, name: str):
    """Canonical labels: lexicon labels and document aliases; policies keep 《》."""
    lex = load_lexicon()

    def normalise(doc: Doc) -> Doc:
        mentions = []
        raw = doc.user_data.get("kg_raw") or doc.text
        text = doc.user_data.get("kg_text") or half_width(raw)  # (half_width maps character for character)
        chosen = doc.user_data["kg_chosen"]
        for c in chosen:
            surface = raw[c.start : c.end]
            label = c.label
            hit = lex.terms.get(text[c.start : c.end])
            if hit and hit[0] == c.type:
                label = hit[1]
            mentions.append(Mention(surface, c.type, half_width(label).strip(), c.start, c.end))
        doc.user_data["kg_mentions"] = mentions
        if not doc.user_data.get("kg_spans", True):
            return doc  # (a caller that reads the mentions only: kg.extract.core)
        # expand-mode alignment of char offsets to tokens (jieba tokens need not
        # match names); doc.char_span is linear per call, bisect is log
        tok_starts = doc.to_array(IDX).tolist()
        spans = []
        for c in chosen:
            first = bisect_right(tok_starts, c.start) - 1
            last = bisect_left(tok_starts, c.end)
            if 0 <= first < last:
                spans.append(Span(doc, first, last, label=c.type))
        doc.spans["kg"] = spans
        return doc

    return normalise


@Language.factory("kg_relations", default_config={}, requires=["doc.user_data"], assigns=["doc.user_data"])  # kg_relations, kg_not_priority
def make_relations(nlp: Language, name: str):
    """Wraps kg.extract.relations.extract_relations."""
    from kg.extract.relations import extract_relations as extract

    def relations(doc: Doc) -> Doc:
        raw = doc.user_data.get("kg_raw") or doc.text
        sentences = doc.user_data.get("kg_sentences") or split_sentences(raw)
        not_priority: set[int] = set()
        doc.user_data["kg_relations"] = extract(
            raw, sentences, doc.user_data["kg_mentions"], doc.user_data.get("kg_doc_id", ""), not_priority=not_priority
        )
        doc.user_data["kg_not_priority"] = not_priority
        return doc

    return relations


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans for passages: split after 。！？； (closing quotes stay)."""
    out = []
    for m in SENTENCE_END.finditer(text):
        s, e = m.span()
        if e > s and text[s:e].strip():
            out.append((s, e))
    return out


PIPELINE = ("kg_gazetteer", "kg_patterns", "kg_persons", "kg_coordination", "kg_doc_aliases", "kg_conflicts", "kg_normalise", "kg_relations")


def build_nlp(extractor: ExtractorOptions = RULES_ONLY) -> Language:
    """A new pipeline: the rules (PIPELINE) and the statistical components EXTRACTOR turns on."""
    prepare_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = Segmenter(nlp.vocab)  # jieba's words, computed faster (see kg.extract.segment)
    for comp in PIPELINE:
        nlp.add_pipe(comp)
    if extractor.prune:  # drops rule Technology / Industry mentions judged no entity (kg.extract.prune), before the gap-fillers
        from kg.extract import prune as _prune  # noqa: F401  (registers kg_prune)

        nlp.add_pipe("kg_prune", after="kg_conflicts")
    if extractor.retype:  # gives rule Technology / Industry mentions the other type when confident (kg.extract.retype)
        from kg.extract import retype as _retype  # noqa: F401  (registers kg_retype)

        nlp.add_pipe("kg_retype", before="kg_normalise")
    if extractor.ner:  # statistical names fill the gaps the rules' chosen spans left
        nlp.add_pipe("kg_ner", before="kg_normalise")
    if extractor.crf:  # a statistical gap-filler for Technology / Industry terms (kg.extract.crf)
        from kg.extract import crf as _crf  # noqa: F401  (registers kg_crf)

        nlp.add_pipe("kg_crf", before="kg_normalise")
    if extractor.spanfill:  # Technology / Industry spans in the rules' gaps by a logistic regression (kg.extract.spanfill)
        from kg.extract import extend as _extend, spanfill as _spanfill  # noqa: F401  (register kg_extend, kg_spanfill)

        nlp.add_pipe("kg_extend", before="kg_normalise")  # (the rule mentions that stop short of their name, first)
        nlp.add_pipe("kg_spanfill", before="kg_normalise")
    if extractor.relfill:  # a statistical gap-filler for relations (kg.extract.relfill)
        from kg.extract import relfill as _relfill  # noqa: F401  (registers kg_relfill)

        nlp.add_pipe("kg_relfill", after="kg_relations")
    return nlp


def get_nlp(extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> Language:
    """The pipeline of EXTRACTOR (the default extractor's unless given), built
    once per process (workers build their own)."""
    nlp = _NLPS.get(extractor)
    if nlp is None:
        nlp = _NLPS[extractor] = build_nlp(extractor)
        # the dictionaries and models just loaded live as long as the process;
        # frozen, the cyclic garbage collector no longer re-scans them in every
        # full collection (some 80 ms each, one per about 30 texts)
        gc.freeze()
    return nlp
