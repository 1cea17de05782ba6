"""Running the pipeline on documents and passages."""
from __future__ import annotations

import functools
import gc
import re
from dataclasses import replace
from functools import lru_cache

from kg.errors import InputError
from kg.extract.datafile import regex_keys
from kg.extract.document import add_document_carry, add_outline_carry, add_report_carry, clause_before
from kg.extract.lexicon import half_width, load_lexicon
from kg.extract.pipeline import get_nlp, split_sentences
from kg.resources import ONTOLOGY_DIR
from kg.model import DEFAULT_EXTRACTOR, Document, Evidence, Extraction, ExtractorOptions, Mention, Relation


# Texts longer than this are extracted in chunks of whole sentences: spaCy
# refuses more than nlp.max_length (1,000,000) characters in one Doc, and
# memory grows with the Doc.  (A sentence longer than this is cut.)
CHUNK_CHARS = 200_000


def _chunks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, sentence spans) of consecutive pieces of TEXT of at most
    CHUNK_CHARS characters, cut between sentences (inside one only if it is
    longer than a chunk)."""
    spans: list[tuple[int, int]] = []
    for s, e in sentences or [(0, len(text))]:
        spans.extend((a, min(a + CHUNK_CHARS, e)) for a in range(s, e, CHUNK_CHARS))
    chunks, start, current = [], 0, []
    for s, e in spans:
        if current and e - start > CHUNK_CHARS:
            chunks.append((start, s, current))
            start, current = s, []
        current.append((s, e))
    chunks.append((start, len(text), current))
    return chunks


def _run(text: str, doc_id: str, sentences: list[tuple[int, int]] | None,
         extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> Extraction:
    """`_run_one`, on chunks of whole sentences for a text longer than
    CHUNK_CHARS; offsets are the whole text's either way."""
    if len(text) <= CHUNK_CHARS:
        return _run_one(text, doc_id, sentences, extractor)
    whole = Extraction(doc_id=doc_id)
    for start, end, spans in _chunks(text, sentences or split_sentences(text)):
        part = _run_one(text[start:end], doc_id, [(s - start, e - start) for s, e in spans] or None, extractor)
        whole.mentions.extend(replace(m, start=m.start + start, end=m.end + start) for m in part.mentions)
        whole.relations.extend(replace(r, evidence=replace(r.evidence, start=r.evidence.start + start,
                                                           end=r.evidence.end + start))
                               for r in part.relations)
        for label, surfaces in part.aliases.items():
            whole.aliases[label] = sorted(set(whole.aliases.get(label, [])) | set(surfaces))
    return whole


def _gc_paused(run):
    """RUN with Python's cyclic garbage collector paused while it runs (unless
    it was paused already), and resumed after, also when RUN raises.  One text
    allocates some hundred thousand containers (tokens, candidates, mentions)
    that live until it is done and are then freed by reference counting: the
    collector, triggered every 700 new ones, scanned them about 20 times per
    document of the bundled corpus, mostly in vain (4-5% of the pipeline's time).
    Nothing a text's extraction computes depends on when garbage is collected."""
    @functools.wraps(run)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return run(*args, **kwargs)
        gc.disable()
        try:
            return run(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_gc_paused
def _run_one(text: str, doc_id: str, sentences: list[tuple[int, int]] | None,
             extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> Extraction:
    """The pipeline's components applied in order (what ``nlp(text)`` does), with
    the original string and sentence spans handed to them up front."""
    nlp = get_nlp(extractor)
    # the components read the tokens' words and offsets, not a spaCy Doc: the
    # tokenizer hands them over without building one
    doc = nlp.tokenizer.tokens(text)
    doc.user_data["kg_raw"] = text
    doc.user_data["kg_doc_id"] = doc_id
    doc.user_data["kg_sentences"] = sentences or split_sentences(text)
    doc.user_data["kg_spans"] = False  # (only the mentions are read: no spaCy spans for them)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    aliases = {k: sorted(v) for k, v in doc.user_data.get("kg_aliases", {}).items()}
    return Extraction(
        doc_id=doc_id,
        mentions=list(doc.user_data["kg_mentions"]),
        relations=list(doc.user_data.get("kg_relations", [])),
        aliases=aliases,
    )


def extract_text(text: str, doc_id: str = "", *, extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> Extraction:
    """Entities and relations of one passage (sentences split on 。！？；).
    ``extractor``: the statistical components that run with the rules
    (kg.options.ExtractorOptions, one field each: ``ExtractorOptions(ner=True)``
    adds statistical names to the defaults, ``RULES_ONLY`` is the rules alone)."""
    ex = _run(text, doc_id, None, extractor)
    doc = Document(id=doc_id, source="", text=text)
    add_outline_carry(doc, ex)
    add_report_carry(doc, ex)
    return ex


def extract_document(doc: Document, *, extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> Extraction:
    """Entities and relations of one Document, plus its metadata as mentions:
    authors -> Person, institutions in affiliation lines -> Institution (and
    affiliatedWith relations), publication -> Publication (source="metadata",
    start = end = -1 because they are not in Document.text).  ``extractor``:
    as for `extract_text` (`kg build --ner/--crf/…`)."""
    sentences = [(s.start, s.end) for s in doc.sentences] or None
    ex = _run(doc.text, doc.id, sentences, extractor)
    ex.sentence_ends = [s.end for s in doc.sentences]  # for co-mention counts from the cache
    _add_metadata(doc, ex)
    _add_occasion(doc, ex)
    titled = _add_signature(doc, ex)
    add_document_carry(doc, ex, _issuers, title_policy=titled)
    add_report_carry(doc, ex)
    return ex


AFFILIATIONS_PATH = ONTOLOGY_DIR / "patterns" / "affiliations.json"
_AFFILIATION_KEYS = ("separators", "role_modifiers", "institution_heads", "before_head")


@lru_cache(maxsize=1)
def affiliation_rules(path: str | None = None) -> dict[str, re.Pattern]:
    """ontology/patterns/affiliations.json, validated: a bad key or value is one error naming it."""
    return regex_keys(path or AFFILIATIONS_PATH, _AFFILIATION_KEYS)


def _affiliation_mentions(line: str) -> tuple[list[Mention], list[Mention]]:
    """(institutions, persons) named in an affiliation string, by the same
    pipeline; its first part, when the pipeline finds no Institution in it, is
    one if it is a name with an institution head before role titles
    (习近平经济思想研究中心副主任 → 习近平经济思想研究中心; affiliations.json)."""
    sub = _run(line, "", None)
    insts = [m for m in sub.mentions if m.type == "Institution"]
    persons = [m for m in sub.mentions if m.type == "Person"]
    rules = affiliation_rules()
    # the first part only: later ones are often a unit of the same body written
    # without it (…医院…研究所执行所长、急诊创伤救治中心主任)
    piece = rules["separators"].split(line, maxsplit=1)[0]
    if not any(m.start < len(piece) for m in insts):
        name = _strip_roles(piece.strip(), rules["role_modifiers"])
        head = rules["institution_heads"].search(name)
        if name != piece.strip() and head and rules["before_head"].match(name[: head.start()]):
            at = line.index(name)
            insts.append(Mention(name, "Institution", half_width(name), at, at + len(name)))
            persons = [m for m in persons if not (at <= m.start < at + len(name))]  # 习近平 in its name
    return sorted(insts, key=lambda m: m.start), persons


def _strip_roles(text: str, modifiers: re.Pattern) -> str:
    """TEXT without the person titles (and their modifiers) it ends with."""
    titles = sorted(load_lexicon().person_titles, key=len, reverse=True)
    while True:
        title = next((t for t in titles if text.endswith(t) and len(text) > len(t)), None)
        if title is None:
            return text
        text = text[: -len(title)]
        text = modifiers.sub("", text) if modifiers.search(text) and len(text) > 2 else text


def _add_metadata(doc: Document, ex: Extraction) -> None:
    seen = set()

    def add(text: str, etype: str, label: str) -> None:
        if (text, etype) not in seen:
            seen.add((text, etype))
            ex.mentions.append(Mention(text, etype, label, -1, -1, source="metadata"))

    for author in doc.authors:
        if author and author.strip():
            name = author.strip()
            if len(name) > 4 and "·" not in name and not name.isascii():
                # a byline longer than a Chinese name (新华社第一工作室) is a team:
                # it names the organisations and papers in it, no person
                found = _run(name, "", None).mentions
                orgs = [m for m in found if m.type in ("Institution", "Publication")]
                if orgs and not any(m.type == "Person" for m in found):
                    for m in orgs:
                        add(m.text, m.type, m.label)
                    continue
            add(name, "Person", half_width(name))
    if doc.publication and doc.publication.strip():
        pub = doc.publication.strip().strip("《》")
        add(pub, "Publication", half_width(pub))
    for who, lines in doc.affiliations.items():
        for line in lines:
            insts, named = _affiliation_mentions(line)
            # "…研究所所长李先军" names its own person; otherwise the line is the author's
            persons = [who] if who else ([m.text for m in named] or [a for a in doc.authors if a])
            for inst in insts:
                add(inst.text, "Institution", inst.label)
                for person in persons:
                    ex.relations.append(
                        Relation(
                            head=half_width(person.strip()),
                            type="affiliatedWith",
                            tail=inst.label,
                            head_text=person.strip(),
                            tail_text=inst.text,
                            head_type="Person",
                            tail_type="Institution",
                            evidence=Evidence(doc.id, line, -1, -1, "metadata.affiliation", 1.0),
                        )
                    )


def _add_occasion(doc: Document, ex: Extraction) -> None:
    """A dated quotation's occasion (kg.extract.occasions): each event it names
    is an Event mention, the speakers (the document's authors) spokeAt it, and
    it is locatedIn the regions it names; the occasion text is the evidence.
    A policy-setting meeting (occasions.json policy_setting) prioritizes what
    the quotation, the speaker's words there, directs (`_directed`)."""
    from kg.extract.occasions import occasion_events, occasion_rules

    events = occasion_events(doc.occasion)
    if not events:
        return
    terms = load_lexicon().terms
    rules = occasion_rules()
    speakers = [a.strip() for a in doc.authors if a and a.strip()]
    evidence = Evidence(doc.id, doc.occasion, -1, -1, "metadata.occasion", 1.0)
    directed = None
    for event in events:
        hit = terms.get(event.label)
        label = hit[1] if hit and hit[0] == "Event" else event.label
        ex.mentions.append(Mention(event.label, "Event", label, -1, -1, source="metadata"))
        for speaker in speakers:
            ex.relations.append(Relation(half_width(speaker), "spokeAt", label, speaker, event.label,
                                         "Person", "Event", evidence))
        for region in event.regions:
            ex.mentions.append(Mention(region, "Region", region, -1, -1, source="metadata"))
            ex.relations.append(Relation(label, "locatedIn", region, event.label, region, "Event", "Region", evidence))
        if speakers and rules["policy_setting"].search(event.label):
            if directed is None:
                directed = _directed(doc, ex, rules["priority_cue"])
            for m, (s, e) in directed:
                ex.relations.append(Relation(label, "prioritizes", m.label, event.label, m.text, "Event", m.type,
                                             Evidence(doc.id, doc.text[s:e], s, e, "metadata.occasion.priority", 0.6)))


_MAX_CLAUSE = 200  # characters a quotation's priority cue is looked for before a mention (text without punctuation)


def _directed(doc: Document, ex: Extraction, cue) -> list[tuple[Mention, tuple[int, int]]]:
    """The Technology and Industry mentions of a quotation that its clause
    directs, each once, with its sentence's span: ``cue`` (occasions.json
    priority_cue) matches what comes before the mention in its clause, the
    other mentions left out (积极培育新能源、新材料等战略性新兴产业 → 积极培育、、等)."""
    text = doc.text
    sentences = [(x.start, x.end) for x in doc.sentences] or [(0, len(text))]
    spans = sorted((m.start, m.end) for m in ex.mentions if m.source == "text" and 0 <= m.start < m.end)
    out, seen = [], set()
    for m in ex.mentions:
        if m.source != "text" or m.type not in ("Technology", "Industry") or m.start < 0 or m.label in seen:
            continue
        before, clause = clause_before(text, m.start, spans, _MAX_CLAUSE)
        if not cue.search(before):
            continue
        seen.add(m.label)
        span = next(((a, b) for a, b in sentences if a <= m.start < b), (clause, m.end))
        out.append((m, span))
    return out


# a bracketed date closing a title: 关于…的通知（2021年12月28日）
_TITLE_DATE_NOTE = re.compile(r"\s*[（(][^（()）]*\d{4}\s*年[^（()）]*[)）]\s*$|\s*[（(][〇○零一二三四五六七八九十]{4}年[^（()）]*[)）]\s*$")
# what a signature block's institution line never holds
_NOT_ISSUER_LINE = re.compile(r"[，。；：:！？、“”《》,;!?]")


def _title_policy(title: str | None) -> Mention | None:
    """The document's title as a Policy mention when it ends with one policy
    name that takes most of it, after nothing but its issuers (关于…的实施意见;
    工业和信息化部等七部门关于…的实施意见 → 关于…的实施意见; a bracketed date
    dropped); None otherwise (a newspaper headline)."""
    if not title or not title.strip():
        return None
    name = _TITLE_DATE_NOTE.sub("", title.strip()).strip()
    found = _run(name, "", None).mentions
    last = max(found, key=lambda m: m.end, default=None)
    if (last is None or last.type != "Policy" or last.end < len(name.rstrip("》")) or 2 * (last.end - last.start) < len(name)
            or any(m.type != "Institution" for m in found if m is not last)):
        return None
    return Mention(last.text, "Policy", last.label, -1, -1, source="metadata")


def _issuers(text: str, offset: int, mentions: list[Mention]) -> list[Mention] | None:
    """The institutions a signature line (TEXT at OFFSET) names, or None if it
    is not one: every character, spaces and 、 between names aside, in an
    Institution mention.
    Issuers glued together once the spaces between them are gone
    (广东省人民政府广东省发展和改革委员会) are cut where each part is an
    Institution name of its own."""
    if mentions and all(m.type == "Institution" for m in mentions) and \
            sum(m.end - m.start for m in mentions) == sum(1 for ch in text if not ch.isspace() and ch != "、"):
        return [x for m in mentions for x in (_split_names(m.text, m.start) or [m])]
    body = text.strip()
    if not body or any(ch.isspace() for ch in body):
        return None
    return _split_names(body, offset + text.index(body))


def _split_names(text: str, offset: int) -> list[Mention] | None:
    """TEXT as consecutive Institution names, their offsets from OFFSET; None if
    it is not.  Parts end with an issuer suffix (ontology/cues.toml); of the
    ways to cut, the one whose parts hold fewest region names inside them
    (…办公厅江苏省发展… is two names), then the most parts."""
    from kg.ingest.cues import cues

    suffixes = cues()["issuer_suffixes"]
    terms = load_lexicon().terms
    ends = [i for i in range(2, len(text) + 1) if any(text[:i].endswith(x) for x in suffixes)]

    @lru_cache(maxsize=None)
    def whole(a: int, b: int) -> Mention | None:
        found = _run(text[a:b], "", None).mentions
        return found[0] if len(found) == 1 and found[0].type == "Institution" and found[0].text == text[a:b] else None

    def inner_regions(a: int, b: int) -> int:
        return sum(1 for i in range(a + 1, b) for j in range(i + 2, min(b, i + 8) + 1)
                   if (hit := terms.get(text[i:j])) and hit[0] == "Region")

    @lru_cache(maxsize=None)
    def best(a: int) -> tuple[tuple[int, int], tuple[int, ...]] | None:
        """((inner regions, -parts), cut points) of the best way to cut text[a:]."""
        if a == len(text):
            return (0, 0), ()
        options = []
        for b in ends:
            if b > a + 1 and whole(a, b) is not None and (rest := best(b)) is not None:
                (regions, parts), cuts = rest
                options.append(((regions + inner_regions(a, b), parts - 1), (b, *cuts)))
        return min(options) if options else None

    found = best(0)
    if found is None:
        return None
    out, a = [], 0
    for b in found[1]:
        m = whole(a, b)
        out.append(Mention(m.text, "Institution", m.label, offset + a, offset + b))
        a = b
    return out


def _signature_lines(doc: Document, ex: Extraction) -> tuple[int, int, list[Mention]] | None:
    """落款: (start, end, institutions) of the institution lines closing a
    government document right before its date line (工业和信息化部 / 2024年1月18日;
    a bracketed note such as （此件公开发布） may follow): every character of
    such a line, spaces aside, is in an Institution mention of the text
    (`_issuers`)."""
    from kg.ingest.articles import TRAILING_DATE, signature_date

    lines, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    tail = lines[-12:]  # up to ten issuer lines (十部门联合印发), the date, a bracketed note
    while tail and re.match(r"^[（(][^（()）]{1,30}[)）]$", tail[-1][2]):
        tail.pop()
    glued = TRAILING_DATE.search(tail[-1][2]) if tail else None
    if glued and glued.start() > 0 and not _NOT_ISSUER_LINE.search(tail[-1][2]):
        # the date joined to the issuer line (a wrapped signature block re-joined)
        s, e, line = tail.pop()
        cut = s + doc.text[s:e].index(line) + glued.start()
        tail += [(s, cut, doc.text[s:cut].strip()), (cut, e, line[glued.start():])]
    if len(tail) < 2 or signature_date([t[2] for t in tail[-2:]]) is None:
        return None
    insts = sorted((m for m in ex.mentions if m.source == "text" and m.start >= 0), key=lambda m: m.start)
    found: list[Mention] = []
    start = end = tail[-2][1]
    for s, e, line in reversed(tail[:-1]):
        if len(line) > 60 or _NOT_ISSUER_LINE.search(line):
            break
        here = _issuers(doc.text[s:e], s, [m for m in insts if s <= m.start and m.end <= e])
        if here is None:
            break
        found[:0] = here
        start = s
    return (start, end, found) if found else None


def _add_signature(doc: Document, ex: Extraction) -> Mention | None:
    """A document titled with one policy name and written by no author is that
    policy's text (关于…的实施意见): the title becomes a Policy mention (returned,
    for the document pass to read its priorities: kg.extract.document) that,
    when a signature block (落款: its issuers, then its date) closes it, is
    issuedBy each institution of the block (the block is the evidence)."""
    if doc.authors or doc.occasion:
        return None
    policy = _title_policy(doc.title)
    if policy is None:
        return None
    relations = []
    signature = _signature_lines(doc, ex)
    if signature is not None:
        start, end, issuers = signature
        kept = {(m.start, m.end) for m in issuers}
        glued = {(m.start, m.end) for m in ex.mentions if m.source == "text" and start <= m.start and m.end <= end} - kept
        if glued:  # two issuers read as one name: their parts instead
            ex.mentions[:] = [m for m in ex.mentions if m.source != "text" or (m.start, m.end) not in glued]
            ex.mentions.extend(m for m in issuers if not any(m.start == x.start and m.end == x.end for x in ex.mentions))
            ex.mentions.sort(key=lambda m: (m.source != "text", m.start, m.end))
        evidence = Evidence(doc.id, doc.text[start:end], start, end, "metadata.signature", 0.9)
        seen = set()
        for inst in issuers:
            if inst.label not in seen:
                seen.add(inst.label)
                relations.append(Relation(policy.label, "issuedBy", inst.label, policy.text, inst.text,
                                          "Policy", "Institution", evidence))
    if relations:
        ex.mentions.append(policy)
        ex.relations.extend(relations)
    return policy


def extract_passages(records: list[dict], *, extractor: ExtractorOptions = DEFAULT_EXTRACTOR) -> list[dict]:
    """`kg extract` records: {"id", "entities": [{"text","type","label"}],
    "relations": [{"head","type","tail"}]}, each (surface, type) listed once.
    ``extractor``: as for `extract_text`."""
    out = []
    for n, rec in enumerate(records, 1):
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError(f"record {n}: expected an object with a string \"text\"")
        rid = rec.get("id", str(n))
        ex = extract_text(rec["text"], str(rid), extractor=extractor)
        entities, seen = [], set()
        for m in ex.mentions:
            if (m.text, m.type) not in seen:
                seen.add((m.text, m.type))
                entities.append({"text": m.text, "type": m.type, "label": m.label})
        relations, rseen = [], set()
        for r in ex.relations:
            key = (r.head_text, r.type, r.tail_text)
            if key not in rseen:
                rseen.add(key)
                relations.append({"head": r.head_text, "type": r.type, "tail": r.tail_text})
        out.append({"id": rid, "entities": entities, "relations": relations})
    return out
