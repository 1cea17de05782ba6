"""Document-level carry for a policy document's own text (a plan, a set of
opinions, the notice that issues it): what the document as a whole states,
that no single sentence names with both ends.

A government document names its own policy once (the 《X》 of its notice,
关于印发《X》的通知 / 现将《X》印发给你们, or its title line
X行动计划（2024—2027年）) and then speaks of it only as 本行动计划 or not at
all.  So:

- the notice's policy is issuedBy each institution of the notice's signature
  block (落款: institution lines, then a date line), which sits after the
  notice and before the plan's own text, not at the end of the document;
- the document's policy prioritizes what its text directs: a Technology or
  Industry a directing verb governs in its clause (为大力发展未来产业，…制定本
  行动计划; 重点发展A、B), the sector or technology of a scale target
  (人工智能核心产业规模突破300亿元), and the items of a 重点领域 section
  (（一）生物医药。), every item of a directed list (重点发展A、B和C);
- a numbered heading that names a category (（二）培育壮大生物制造产业,
  3.发展智能芯片。) is the category of the same-type items its section's body
  directs (partOf), up to the next heading of its level or above; responsibility
  lines (（牵头单位：…）) state nothing the guidelines define.

A text with no policy of its own that quotes an outline chapter by chapter
(第三章 …《纲要》提出，… 第二节 …; a passage, or such a document) speaks in the
outline's voice from its first heading or mention on: what it directs there is
the outline's priority (add_outline_carry, run for passages too).

A text that relays a local work report (某县2022年政府工作报告提出，…) or a local
plan outline (《某县国民经济和社会发展第十四个五年规划…纲要》提出，…) speaks in
the report's voice to the end of its paragraph or until another voice takes
over (评论认为, 作者…指出): every Technology or Industry it names there is the
report's priority, except the fields an item is applied in (在A领域的应用,
赋能B) (add_report_carry, run for passages and documents alike). A plan's
column headed by a programme's name (专栏4 某某集群培育工程。…) lists what that
programme promotes, and is read the same way.

The rules are data: ontology/patterns/relations.json ``document_carry``
(documented in ontology/patterns/README.md), validated when loaded.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from kg.errors import KgError
from kg.extract.lexicon import half_width
from kg.extract.titles import names_in_title
from kg.model import Document, Evidence, Extraction, Mention, Relation
from kg.resources import ONTOLOGY_DIR

# (line text, its offset, the Institution mentions inside it) -> its issuers, or None if not a signature line
IssuerReader = Callable[[str, int, list[Mention]], "list[Mention] | None"]

PATTERNS_PATH = ONTOLOGY_DIR / "patterns" / "relations.json"
SECTION = "document_carry"
_REGEX_KEYS = ("notice", "draft_notice", "title_line", "reading_title", "priority_cue", "priority_target",
               "frame_before", "frame_after", "frame_class", "heading_not_under", "not_priority", "not_after", "field_heading",
               "field_item",
               "section_end", "list_joiner", "section_lead", "section_tail", "section_surface", "section_member_not",
               "section_not_after", "outline_text", "outline_policy", "report", "report_subject", "report_says",
               "report_place", "report_field", "report_voice_end", "report_column",
               "report_column_not")
_NUMBER_KEYS = ("notice_window", "signature_lines", "issuer_confidence", "priority_confidence", "section_heading_chars",
                "section_confidence", "report_place_gap", "report_column_chars")
_LIST_KEYS = ("outline",)
_KEYS = {"about", *_REGEX_KEYS, *_NUMBER_KEYS, *_LIST_KEYS}
# what ends the clause a priority cue must be in (not 、 or 和: list items share their verb)
_CLAUSE_END = "，。；！？：,;!?:\n"
_MAX_CLAUSE = 120


def validate_carry(spec, where: str = SECTION) -> dict:
    """The ``document_carry`` object compiled: every regex key a regular
    expression, the numbers numbers, no other key; one KgError naming the key."""
    if not isinstance(spec, dict):
        raise KgError(f"relation patterns: {where}: expected an object")
    for key in spec:
        if key not in _KEYS:
            raise KgError(f"relation patterns: {where}: unknown key {key!r}")
    missing = [k for k in (*_REGEX_KEYS, *_NUMBER_KEYS, *_LIST_KEYS) if k not in spec]
    if missing:
        raise KgError(f"relation patterns: {where}: missing {', '.join(missing)}")
    out: dict = {}
    for key in _REGEX_KEYS:
        try:
            out[key] = re.compile(spec[key])
        except (re.error, TypeError) as exc:
            raise KgError(f"relation patterns: {where}: {key!r} is not a regular expression: {exc}") from None
    outline = spec["outline"]
    if not isinstance(outline, list) or not outline:
        raise KgError(f"relation patterns: {where}: 'outline': expected a non-empty list of regular expressions")
    try:
        out["outline"] = [re.compile(x) for x in outline]
    except (re.error, TypeError) as exc:
        raise KgError(f"relation patterns: {where}: 'outline' holds a bad regular expression: {exc}") from None
    for key in ("title_line", "reading_title"):
        if "name" not in out[key].groupindex:
            raise KgError(f"relation patterns: {where}: {key!r} needs a group named 'name'")
    for key in _NUMBER_KEYS:
        value = spec[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise KgError(f"relation patterns: {where}: {key!r}: expected a non-negative number, not {value!r}")
        out[key] = value
    for key in ("issuer_confidence", "priority_confidence", "section_confidence"):
        if out[key] > 1:
            raise KgError(f"relation patterns: {where}: {key!r}: expected a number from 0 to 1")
    return out


@lru_cache(maxsize=4)
def carry_rules(path: str | None = None) -> dict | None:
    """relations.json's ``document_carry`` section, validated; None when the file has none."""
    p = Path(path) if path else PATTERNS_PATH
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read relation patterns {p}: {exc}") from exc
    if SECTION not in data:
        return None
    return validate_carry(data[SECTION])


def _sentence_span(doc: Document, at: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= at < s.end:
            return s.start, s.end
    text = doc.text
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, at) for c in "。！？\n") if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped line) of the non-empty lines of TEXT."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(line.strip()), line.strip()))
        pos += len(line) + 1
    return out


_QUOTED_NAME = re.compile(r"《[^《》]*》")


def _own_policy(doc: Document, ex: Extraction, rules: dict) -> tuple[Mention, int, bool] | None:
    """(the document's own policy, where its own text starts, whether a notice
    issues it): the 《X》 of a notice sentence in the document's opening
    (``notice``, within ``notice_window`` characters; the cue read outside the
    sentence's 《…》 names, so that 根据《关于印发…的通知》 cites a notice and
    issues nothing), or of a draft put out for comment (``draft_notice``: 起草了
    《X》，现向社会公开征求意见; its signature is not read as X's issuers); else
    its title, or a line among its first three, that is a policy name
    (``title_line``), or reads one (``reading_title``: 《X》政策解读)."""
    for m in ex.mentions:
        if m.source != "text" or m.type != "Policy" or not 0 <= m.start < rules["notice_window"]:
            continue
        if not m.text.startswith("《"):
            continue
        s, e = _sentence_span(doc, m.start)
        sentence = _QUOTED_NAME.sub("《》", doc.text[s:e])
        if rules["notice"].search(sentence):
            return m, e, True
        if rules["draft_notice"].search(sentence):
            return m, e, False
    lines = _lines(doc.text)[:3]
    for key in ("title_line", "reading_title"):
        if doc.title:
            hit = rules[key].fullmatch(doc.title.strip())
            if hit:
                name = hit.group("name")
                return Mention(name, "Policy", half_width(name), -1, -1, source="metadata"), 0, False
        for s, e, line in lines:
            hit = rules[key].fullmatch(line)
            if hit:  # a metadata mention, as the title's: the line's own names stay as they are
                name = hit.group("name")
                return Mention(name, "Policy", half_width(name), -1, -1, source="metadata"), e, False
    return None


def _notice_signature(doc: Document, ex: Extraction, after: int, rules: dict,
                      issuers: IssuerReader) -> tuple[int, int, list[Mention]] | None:
    """The notice's 落款 after offset AFTER: up to ``signature_lines`` lines,
    each every character an Institution (ISSUERS reads a line), right before a
    date line; (start, end, institutions)."""
    from kg.ingest.articles import _SIGNATURE_DATE_LINE

    lines = [x for x in _lines(doc.text) if x[0] >= after][: int(rules["signature_lines"]) + 2]
    insts = sorted((m for m in ex.mentions if m.source == "text" and m.start >= 0), key=lambda m: m.start)
    for i, (s, e, line) in enumerate(lines):
        if not _SIGNATURE_DATE_LINE.match(line):
            continue
        found: list[Mention] = []
        start = None
        for ls, le, text in reversed(lines[:i]):
            here = issuers(doc.text[ls:le], ls, [m for m in insts if ls <= m.start and m.end <= le])
            if here is None:
                break
            found[:0] = here
            start = ls
        return (start, lines[i - 1][1], found) if found else None
    return None


def clause_before(text: str, at: int, spans: list[tuple[int, int]], max_chars: int = _MAX_CLAUSE) -> tuple[str, int]:
    """What precedes offset AT in its clause (at most MAX_CHARS back), the
    mentions in it (SPANS, sorted (start, end)) left out, and where the clause
    starts: 积极培育新能源、新材料等战略性新兴产业 → 积极培育、、等 before the last."""
    clause = max(text.rfind(c, max(0, at - max_chars), at) for c in _CLAUSE_END) + 1
    clause = max(clause, at - max_chars)
    before, pos = [], clause
    for a, b in spans[bisect.bisect_left(spans, (clause, -1)):bisect.bisect_left(spans, (at, -1))]:
        before.append(text[pos:max(pos, a)])
        pos = max(pos, b)
    before.append(text[pos:at])
    return "".join(before), clause


def _directed(before: str, text: str, end: int, rules: dict) -> bool:
    """Whether a Technology or Industry ending at offset END, BEFORE the rest
    of its clause (other mentions left out, as ``clause_before`` gives it), is
    what a directing verb governs: ``priority_cue`` at the clause's end once the
    list joiners right before the mention are dropped (重点发展A、B和C: B and C
    share A's verb), not ``not_priority``, and not ``not_after`` right after it."""
    before = rules["list_joiner"].sub("", before)
    if not rules["priority_cue"].search(before) or rules["not_priority"].search(before):
        return False
    return not rules["not_after"].match(text, end)


def _framed(before: str, text: str, end: int, rules: dict) -> bool:
    """Whether a Technology or Industry ending at offset END is what the text
    builds on: 以 ending the rest of its clause (``frame_before``: 打造以A为核心;
    list items before it may stand between: 以甲、B为重点) and, after it and
    the list items that follow, a role its plan gives it (``frame_after``:
    为核心, 为支撑, 为重点的; not 为代表, an example); not ``not_priority``
    (赋能…) and not ``not_after`` right after it.  The class such a list
    heads (``frame_class`` ending the clause before it: 以A、B为重点的C) too."""
    if rules["frame_class"].search(before):  # 以A、B为重点的C: C too
        return not rules["not_after"].match(text, end)
    before = rules["list_joiner"].sub("", before)
    if not rules["frame_before"].search(before) or rules["not_priority"].search(before):
        return False
    return bool(rules["frame_after"].match(text, end)) and not rules["not_after"].match(text, end)


def _outline_level(line: str, rules: dict) -> tuple[int, int] | None:
    """(level, length of the number) of a numbered heading line (``outline``:
    第一章 before 一、 before （一） before 1. before （1））, or None."""
    for level, marker in enumerate(rules["outline"]):
        hit = marker.match(line)
        if hit:
            return level, hit.end()
    return None


def _heading_class(text: str, start: int, end: int, inside: list[Mention], rules: dict) -> Mention | None:
    """The category a heading's title TEXT[START:END] names: its one mention, a
    Technology or Industry looking like a category (``section_surface``), with
    only a development verb before it (``section_lead``: 做强, 培育壮大, or
    nothing: （一）未来制造。) and only a goal after it (``section_tail``:
    高质量发展, 产业链); a task heading (突破核心技术, 实施…行动) names none."""
    if len(inside) != 1:
        return None
    m = inside[0]
    if m.type not in ("Technology", "Industry") or not rules["section_surface"].search(m.text):
        return None
    if not rules["section_lead"].fullmatch(text, start, m.start) or not rules["section_tail"].fullmatch(text, m.end, end):
        return None
    return m


def _section_parts(doc: Document, mentions: list[Mention], body: int, rules: dict) -> list[tuple[Mention, Mention]]:
    """(member, category) pairs of a numbered outline: a heading that names a
    category (（二）培育壮大生物制造产业 / 3.发展智能芯片。) makes each Technology
    or Industry of its type that a directing verb governs in the section's
    body its part, up to the next heading of its level or above; a deeper
    heading naming its own category takes over its own body, a deeper task
    heading keeps the category above it.  One pass over the lines: linear."""
    text = doc.text
    tis = sorted((m for m in mentions if m.type in ("Technology", "Industry")), key=lambda m: m.start)
    starts = [m.start for m in tis]
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    spans = [(m.start, m.end) for m in ordered]
    ordered_starts = [m.start for m in ordered]
    stack: list[tuple[int, Mention | bool | None]] = []  # (level, its category; False: a topic of its own)
    out = []
    for s, e, line in _lines(text):
        if s < body:
            continue
        here = tis[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
        head_end = s
        level = _outline_level(line, rules)
        if level is not None:
            depth, mark = level
            while stack and stack[-1][0] >= depth:
                stack.pop()
            stop = line.find("。", mark)
            title_end = s + (stop + 1 if stop >= 0 else len(line))
            cls: Mention | bool | None = None
            if title_end - (s + mark) <= rules["section_heading_chars"]:
                lo, hi = bisect.bisect_left(ordered_starts, s + mark), bisect.bisect_left(ordered_starts, title_end)
                inside = [m for m in ordered[lo:hi] if m.end <= title_end]
                cls = _heading_class(text, s + mark, title_end, inside, rules)
                if cls is None and any(m.type in ("Technology", "Industry") for m in inside):
                    cls = False  # 培育数字经济新业态 under 做大做强数字产业: its own topic, not the category above
                head_end = title_end
            stack.append((depth, cls))
        cls = next((c for _, c in reversed(stack) if c is not None), None)
        if not cls:
            continue
        for m in here:
            if m.start < head_end or m.type != cls.type or m.label == cls.label:
                continue
            if rules["section_member_not"].search(m.text) or rules["section_not_after"].match(text, m.end):
                continue
            before, _ = clause_before(text, m.start, spans)
            if _directed(before, text, m.end, rules):
                out.append((m, cls))
    return out


def _named_after(policy: Mention, mentions: list[Mention]) -> list[Mention]:
    """The Technologies and Industries of the text that the own policy is
    named after (湖北省加快发展氢能产业行动方案 → 氢能产业; annotation.md: a
    policy named after a technology or industry prioritizes it), the first
    mention of each; of two names one inside the other (氢能, 氢能产业) the longer."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return names_in_title(policy.text, ordered, ("Technology", "Industry"))


def _field_items(doc: Document, mentions: list[Mention], body: int, rules: dict) -> list[Mention]:
    """The Technology/Industry mentions that open an item line (``field_item``)
    of a section whose heading matches ``field_heading``, up to a line
    matching ``section_end``."""
    out, inside = [], False
    starts = {m.start: m for m in mentions}
    for s, e, line in _lines(doc.text):
        if s < body:
            continue
        if rules["field_heading"].search(line):
            inside = True
            continue
        if inside and rules["section_end"].match(line):
            inside = False
        if not inside:
            continue
        hit = rules["field_item"].match(line)
        if hit:
            m = starts.get(s + hit.end())
            if m is not None:
                out.append(m)
    return out


def _heading_classes(doc: Document, mentions: list[Mention], body: int, rules: dict) -> list[Mention]:
    """The categories the numbered headings of the text after offset BODY name
    (``_heading_class``: （二）生物医药。 / 3.做强智能芯片产业): a plan's own
    section on a sector is its priority; not under a top heading (``section_end``)
    matching ``heading_not_under`` (三、保障措施), whose headings name measures."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    out, measures = [], False
    for s, e, line in _lines(doc.text):
        if s < body:
            continue
        if rules["section_end"].match(line):
            measures = bool(rules["heading_not_under"].match(line))
            continue
        if measures:
            continue
        level = _outline_level(line, rules)
        if level is None:
            continue
        mark = level[1]
        stop = line.find("。", mark)
        title_end = s + (stop + 1 if stop >= 0 else len(line))
        if title_end - (s + mark) > rules["section_heading_chars"]:
            continue
        lo, hi = bisect.bisect_left(starts, s + mark), bisect.bisect_left(starts, title_end)
        inside = [m for m in ordered[lo:hi] if m.end <= title_end]
        cls = _heading_class(doc.text, s + mark, title_end, inside, rules)
        if cls is not None:
            out.append(cls)
    return out


def _add_sections(doc: Document, ex: Extraction, body: int, rules: dict) -> None:
    """partOf from the numbered outline of the text after offset BODY (``_section_parts``),
    rule ``document.section``; a pair the sentence rules already relate is not added again."""
    mentions = [m for m in ex.mentions if m.source == "text" and m.start >= body]
    known = {(r.head, r.tail) for r in ex.relations if r.type == "partOf"}
    for m, cls in _section_parts(doc, mentions, body, rules):
        if (m.label, cls.label) in known:
            continue
        known.add((m.label, cls.label))
        s, e = _sentence_span(doc, m.start)
        ex.relations.append(Relation(m.label, "partOf", cls.label, m.text, cls.text, m.type, cls.type,
                                     Evidence(doc.id, doc.text[s:e], s, e, "document.section",
                                              rules["section_confidence"])))


def add_document_carry(doc: Document, ex: Extraction, issuers: IssuerReader, *,
                       title_policy: Mention | None = None) -> None:
    """Add the document-level relations of a policy document's own text (module
    doc).  Documents with authors or an occasion (articles, speeches) are left
    alone.  TITLE_POLICY is the policy the document's title names, read by the
    extractor (`core._add_signature`, which also reads a closing signature's
    issuers): the document's own policy unless a notice names one.  ISSUERS
    reads a signature line's institutions (the extractor's own, passed in so
    that this module does not call back into it)."""
    rules = carry_rules()
    if rules is None or doc.authors or doc.occasion:
        return
    own = _own_policy(doc, ex, rules)
    if title_policy is not None and (own is None or not own[2]):
        own = title_policy, 0, False
    if own is None:
        _add_sections(doc, ex, 0, rules)
        add_outline_carry(doc, ex)
        return
    policy, body, noticed = own
    relations: list[Relation] = []
    if noticed:
        signature = _notice_signature(doc, ex, body, rules, issuers)
        if signature is not None:
            start, end, signatories = signature
            evidence = Evidence(doc.id, doc.text[start:end], start, end, "document.notice.issuer",
                                rules["issuer_confidence"])
            for inst in {m.label: m for m in signatories}.values():
                relations.append(Relation(policy.label, "issuedBy", inst.label, policy.text, inst.text,
                                          "Policy", "Institution", evidence))
            body = end
    _add_sections(doc, ex, body, rules)
    relations.extend(_own_priorities(doc, ex, policy, body, rules))
    if relations:
        if not any(x.type == "Policy" and x.label == policy.label and x.start == policy.start
                   and x.end == policy.end and x.source == policy.source for x in ex.mentions):
            ex.mentions.append(policy)
            ex.mentions.sort(key=lambda x: (x.source != "text", x.start, x.end))
        ex.relations.extend(relations)


def _outline_policy(text: str, ex: Extraction, rules: dict) -> Mention | None:
    """The outline a text quotes chapter by chapter: a text with chapter or section
    headings (``outline_text``: 第三章 …, 第一节 …) that names one policy only, an
    outline or plan (``outline_policy`` over its name: 《纲要》, 《某市…纲要》,
    某县“十四五”规划纲要); its first mention."""
    if not rules["outline_text"].search(text):
        return None
    named = [m for m in ex.mentions if m.source == "text" and m.type == "Policy"]
    if len({m.label for m in named}) != 1:
        return None
    plans = [m for m in named if rules["outline_policy"].search(m.text)]
    return min(plans, key=lambda m: m.start) if plans else None


def add_outline_carry(doc: Document, ex: Extraction) -> None:
    """A text with no policy of its own that quotes an outline chapter by chapter
    (`_outline_policy`) speaks in the outline's voice from its first heading or
    mention on:
    what it directs there is the outline's priority, read as in a plan's own text
    (add_document_carry).  For passages (kg extract, kg eval), whose own policy no
    notice or title names; articles and speeches (authors, an occasion) are left alone."""
    rules = carry_rules()
    if rules is None or doc.authors or doc.occasion:
        return
    policy = _outline_policy(doc.text, ex, rules)
    if policy is not None:
        # (from the first heading on when the text opens the outline before naming it:
        # 第四章 …。第一节 …：发展A…。《纲要》提出… -> the outline prioritizes A too)
        heading = rules["outline_text"].search(doc.text)
        ex.relations.extend(_own_priorities(doc, ex, policy, min(policy.start, heading.start()), rules))


def _relayed_reports(doc: Document, ex: Extraction, rules: dict) -> list[Mention]:
    """The local work reports the text relays: a report (`report` over its name) that
    opens its clause (`report_subject` over the text before it) with a saying verb
    after it (`report_says`), written with its place (某县2022年政府工作报告: a Region
    at most `report_place_gap` characters before it in the clause, a division's
    name right before it (`report_place`), or a place inside its name).
    A national report (2025年《政府工作报告》) is quoted, not relayed, and left alone.
    A programme heading a plan's column (`report_column` over the
    `report_column_chars` characters before it:
    专栏4 某某工程。…) speaks for the column the same way, unless its name is a
    generic one (`report_column_not`: 重点产业工程)."""
    text = doc.text
    places = [m for m in ex.mentions if m.source == "text" and m.type == "Region"]
    out = []
    for m in ex.mentions:
        if m.source != "text" or m.type != "Policy":
            continue
        # (only the heading's few characters before the name: no scan back over the whole text)
        if rules["report_column"].search(text, max(0, m.start - int(rules["report_column_chars"])), m.start) \
                and not rules["report_column_not"].search(m.text):
            out.append(m)
            continue
        if not rules["report"].search(m.text):
            continue
        if not rules["report_subject"].search(text, 0, m.start) or not rules["report_says"].match(text, m.end):
            continue
        placed = rules["report"].sub("", m.text) != "" or rules["report_place"].search(text, 0, m.start) or any(
            0 <= m.start - p.end <= rules["report_place_gap"] and not any(c in text[p.end:m.start] for c in _CLAUSE_END)
            for p in places)
        if placed:
            out.append(m)
    return out


def add_report_carry(doc: Document, ex: Extraction) -> None:
    """A relayed local work report (`_relayed_reports`) prioritizes each Technology
    or Industry named after it, to the end of its paragraph, the next report, or the
    sentence where another voice begins (`report_voice_end`), except the fields an
    item is applied in (the groups of `report_field`): the annotated sets give the
    report its whole passage.  Rule document.report; pairs already related are kept once."""
    rules = carry_rules()
    if rules is None:
        return
    text = doc.text
    reports = _relayed_reports(doc, ex, rules)
    if not reports:
        return
    fields = [m.span(g) for m in rules["report_field"].finditer(text)
              for g in range(1, rules["report_field"].groups + 1) if m.group(g)]
    have = {(r.head, r.type, r.tail) for r in ex.relations}
    for k, report in enumerate(reports):
        end = text.find("\n", report.end)
        end = len(text) if end < 0 else end
        if k + 1 < len(reports):
            end = min(end, reports[k + 1].start)
        for sentence in re.finditer("[^。！？]+[。！？]?", text[report.end:end]):
            if rules["report_voice_end"].match(sentence.group()):
                end = report.end + sentence.start()
                break
        for m in ex.mentions:
            if m.source != "text" or m.type not in ("Technology", "Industry") or not report.end <= m.start < end:
                continue
            if (report.label, "prioritizes", m.label) in have or any(a <= m.start and m.end <= b for a, b in fields):
                continue
            have.add((report.label, "prioritizes", m.label))
            s, e = _sentence_span(doc, m.start)
            ex.relations.append(Relation(report.label, "prioritizes", m.label, report.text, m.text, "Policy", m.type,
                                         Evidence(doc.id, text[s:e], s, e, "document.report", rules["priority_confidence"])))


def _own_priorities(doc: Document, ex: Extraction, policy: Mention, body: int, rules: dict) -> list[Relation]:
    """What the own POLICY prioritizes in the text from BODY on: each Technology or
    Industry a priority cue directs, a frame or target names, the policy is named
    after, a heading or a field item names (module doc)."""
    text = doc.text
    mentions = [m for m in ex.mentions if m.source == "text" and m.start >= body]
    spans = sorted((m.start, m.end) for m in mentions)
    directed, seen = [], set()
    for m in mentions:
        if m.type not in ("Technology", "Industry") or m.label in seen:
            continue
        if rules["priority_target"].match(text, m.end):
            seen.add(m.label)
            directed.append((m, "document.target"))
            continue
        before, _ = clause_before(text, m.start, spans)
        if _framed(before, text, m.end, rules):
            seen.add(m.label)
            directed.append((m, "document.frame"))
            continue
        if not _directed(before, text, m.end, rules):
            continue
        seen.add(m.label)
        directed.append((m, "document.priority"))
    for m in _named_after(policy, mentions):
        if m.label not in seen:
            seen.add(m.label)
            directed.append((m, "document.named_after"))
    for m in _heading_classes(doc, mentions, body, rules):
        if m.label not in seen:
            seen.add(m.label)
            directed.append((m, "document.heading"))
    for m in _field_items(doc, mentions, body, rules):
        if m.type in ("Technology", "Industry") and m.label not in seen:
            seen.add(m.label)
            directed.append((m, "document.field"))
    relations = []
    for m, rule in directed:
        s, e = _sentence_span(doc, m.start)
        relations.append(Relation(policy.label, "prioritizes", m.label, policy.text, m.text, "Policy", m.type,
                                  Evidence(doc.id, text[s:e], s, e, rule, rules["priority_confidence"])))
    return relations
