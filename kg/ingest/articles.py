"""Article segmentation: one file's blocks -> articles with their metadata.

A file may hold several articles (a newspaper page, a digest, a study
booklet).  An article is: optional headings (column kicker, then its title),
an optional byline, body paragraphs (section headings included), and closing
lines that say who wrote it and where it appeared:

- trailers: （作者单位：…） （作者系…） （本文作者王韬：…；王纳：…）
  （原载于2月11日《经济日报》） （选自《党建》杂志 2025 年第 11 期，作者系…）
  来源：经济参考报, and bulletin colophons (责任编辑：…);
- a quotation's attribution: ——在浙江考察时强调（2020年4月1日）, which makes
  the quotation its own article with that occasion and date;
- an editor's signature (——编者).

Front matter (cover, masthead, table of contents) is not an article; a date
or masthead found there becomes the default date/publication of the file's
articles.  Web copies sometimes put an article's headline and byline after
its body, or a lead paragraph after the article it starts; `_repair` undoes
the two shapes of that seen in practice, and leaves anything else untitled
rather than attributing it to the wrong author.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.ingest.clean import Block, ends_sentence, normalize
from kg.ingest.cues import cues

_DATE = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?|(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?")
_DATE_LINE = re.compile(r"^\s*\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*$|^\s*\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s*$")
_ISSUE_LINE = re.compile(r"^第\s*\d+\s*期")
_ATTRIBUTION = re.compile(r"^——\s*(.+?)\s*[（(]\s*(\d{4}\s*年[^（()）]*)[)）]\s*$")
_SIGNATURE = re.compile(r"^——\s*\S{1,8}\s*$")
_TRAILER_START = re.compile(r"^[（(]\s*(?:本文)?(?:作者|原载|选自|来源|转自|摘自)|^(?:来源|转自|摘自)\s*[：:]")
_EMBEDDED_TRAILER = re.compile(r"^(.*?[。！？”])\s*([（(]\s*(?:(?:本文)?作者|原载|选自)[^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）](?:\s*[（(][^（()）]*[)）])*)\s*$")
_TRAILER_KEYWORDS = re.compile(r"(?:(?<=^)|(?<=[，,；;、\s]))(?=本文作者|作者|原载|选自|来源|转自|摘自|记者)")
_REPORTER_LEAD = re.compile(r"^(?:本报讯|本报\S{0,8}电|新华社\S{0,8}电)?\s*[（(]\s*记者\s*([^（()）]+?)\s*[)）]")




@dataclass
class Article:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    affiliations: dict[str, list[str]] = field(default_factory=dict)
    publication: str | None = None
    date: str | None = None
    date_source: str | None = None  # one of kg.model.DATE_SOURCES
    occasion: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    trailers: list[str] = field(default_factory=list)
    closed_by: str | None = None  # "trailer", "attribution", "signature" or None
    untitled: bool = False
    ends_with_heading: bool = False  # the last paragraph is a section heading


# --------------------------------------------------------------------------- small parsers


def parse_date(text: str) -> str | None:
    """First date in `text` as ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY); None without a year."""
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return _iso_date(int(y), int(mo) if mo else None, int(d) if d else None)


def _iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY: as much of the date as is valid (a day
    needs a valid month); None for a year outside 1800-2200."""
    if not 1800 <= year <= 2200:
        return None
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# --------------------------------------------------------------------------- dates
#
# Where an article's date comes from, in order of precedence (the first that
# gives one wins; kg.model.DATE_SOURCES names them):
#   attribution  a quotation's ——在…时强调（2020年4月1日）
#   byline       labelled fields and closing lines: 发布时间：… 日期：… 来源：…2024-03-01,
#                （原载于2024年2月11日《经济日报》）
#   title        a full date in brackets in the title: …的通知（2021年12月28日）
#   signature    落款: the last lines are the issuing institution(s), then a date
#   page         a newspaper page's / bulletin's front-matter date, for all its articles
#   filename     the file's name: 20230915.md, 2023-09-15_x.txt, 2023年9月15日.docx
#   html-meta    <meta> tags of a web page (article:published_time, PubDate, …)
#   pdf-metadata / docx-metadata   the file's embedded creation (else modification) date
# What the text says about this article beats what the file says about all of
# its articles; embedded metadata is last because it is often the date a file
# was converted or saved, not the date of the document.  A document no source
# dates stays undated: nothing is guessed.

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_NUM = "〇○零ＯO一二三四五六七八九十"
_CN_DATE = re.compile(rf"([{_CN_NUM}]{{4}})\s*年\s*([{_CN_NUM}]{{1,3}})\s*月\s*(?:([{_CN_NUM}]{{1,3}})\s*日)?")
_FULL_DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|"
    rf"[{_CN_NUM}]{{4}}\s*年\s*[{_CN_NUM}]{{1,3}}\s*月\s*[{_CN_NUM}]{{1,3}}\s*日"
)
_TITLE_DATE = re.compile(rf"[（(][^（()）]*?({_FULL_DATE.pattern})[^（()）]*[)）]")
_SIGNATURE_DATE_LINE = re.compile(rf"^\s*(?:{_FULL_DATE.pattern})\s*$")
# a full date closing a line (the date glued to a signature's issuer line)
TRAILING_DATE = re.compile(rf"(?:{_FULL_DATE.pattern})\s*$")
_FILENAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<!\d)((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?!\d)"
    r"|((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?"
)


def cn_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十八 → 28, 两 → 2, 12 → 12 (a date's or a count's numeral: up to 99)."""
    if text.isascii() and text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        o = _CN_DIGITS.get(ones, None) if ones else 0
        return None if t is None or o is None else t * 10 + o
    if len(text) == 1:
        return _CN_DIGITS.get(text)
    return None


def _cn_date(text: str) -> str | None:
    """二〇二四年一月十八日 → 2024-01-18 (the way government documents date themselves)."""
    m = _CN_DATE.search(text)
    if not m:
        return None
    try:
        year = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
    except KeyError:
        return None
    month = cn_number(m.group(2))
    if month is None or not 1 <= month <= 12:
        return None  # the pattern requires a month: without a valid one this is no date
    return _iso_date(year, month, cn_number(m.group(3)) if m.group(3) else None)


def set_date(article: "Article", date: str | None, source: str) -> None:
    """Give ARTICLE this date unless an earlier (stronger) source already did."""
    if date and not article.date:
        article.date, article.date_source = date, source


def title_date(title: str | None) -> str | None:
    """A full date in brackets in a title: 关于…的通知（2021年12月28日） → 2021-12-28."""
    if not title:
        return None
    m = _TITLE_DATE.search(title)
    return (parse_date(m.group(1)) or _cn_date(m.group(1))) if m else None


def _issuer_line(text: str) -> bool:
    """A signature block's institution line: short, no sentence punctuation,
    every space-separated part ends with an issuer suffix (部, 委员会, 人民政府 …)."""
    text = text.strip()
    if not text or len(text) > 60 or re.search(r"[，。；：:！？、“”《》\d]", text):
        return False
    suffixes = cues()["issuer_suffixes"]
    return all(any(part.endswith(sfx) for sfx in suffixes) for part in text.split())


def signature_date(paragraphs: list[str]) -> str | None:
    """落款: the date closing a government document, on its own line right after
    one or more institution lines (工业和信息化部 科学技术部 … / 2024年1月18日).
    A closing note in brackets after it (（此件公开发布）) is allowed."""
    tail = [p.strip() for p in paragraphs[-4:] if p.strip()]
    while tail and re.match(r"^[（(][^（()）]{1,30}[)）]$", tail[-1]):
        tail.pop()
    if len(tail) < 2 or not _SIGNATURE_DATE_LINE.match(tail[-1]) or not _issuer_line(tail[-2]):
        return None
    return _line_date(tail[-1])


def cover_letter_date(paragraphs: list[str]) -> str | None:
    """The 落款 of a notice that carries a plan (关于印发…的通知 / 现印发给你们):
    the issuing institution and the date close the cover letter, and the plan
    itself follows, so the pair sits among the opening paragraphs."""
    head = [p.strip() for p in paragraphs[:8]]
    for before, date in zip(head, head[1:]):
        # the issuer line, or (a web copy that lost it) the letter's 印发给你们 formula
        if _SIGNATURE_DATE_LINE.match(date) and (_issuer_line(before) or _TRANSMITTAL.search(before)):
            return _line_date(date)
    return None


_TRANSMITTAL = re.compile(r"(?:现|特)?(?:将.{0,60})?印发(?:给)?你们")


def _line_date(line: str) -> str | None:
    return parse_date(line) if re.search(r"\d", line) else _cn_date(line)


def date_from_filename(name: str) -> str | None:
    """The date a file's name gives: 20230915.md, 2023-09-15_x.txt, 2023_09.pdf,
    2023年9月15日讲话.docx.  Digits must stand apart (a hash such as 4a46089b9f
    is not a date) and month and day must be valid."""
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for m in _FILENAME_DATE.finditer(stem):
        if m.group(1):
            return f"{m.group(1)}-{m.group(3)}-{m.group(4)}"
        if m.group(5):
            return f"{m.group(5)}-{m.group(6)}"
        date = parse_date(m.group(0))
        if date:
            return date
    return None


def apply_file_dates(articles: list["Article"], path: Path) -> None:
    """Undated articles take the file's date: its name, else its embedded
    metadata (HTML meta tags, PDF or DOCX properties; read only if needed)."""
    if all(a.date for a in articles):
        return
    for article in articles:
        set_date(article, date_from_filename(path.name), "filename")
    if all(a.date for a in articles):
        return
    from kg.ingest.readers import metadata_date

    found = metadata_date(path)
    if found:
        for article in articles:
            set_date(article, found[0], found[1])


def is_person_name(token: str) -> bool:
    """2-4 Han characters starting with a family name (or a foreign name with ·)."""
    c = cues()
    if "·" in token:
        return 3 <= len(token) <= 16 and all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in token)
    if not (2 <= len(token) <= 4) or not all("\u4e00" <= ch <= "\u9fff" for ch in token):
        return False
    return token[0] in c["surnames"] or (len(token) >= 3 and token[:2] in c["compound_surnames"])


def parse_byline(raw: str, markdown: bool) -> list[str] | None:
    """Author names if `raw` is a byline ("史丹 梁慎宇", "李阳阳/何光晷", "魏 楚")."""
    s = raw.strip()
    if not s or len(s) > 30 or re.search(r"[，。；：:！？“”《》（）()\d]", s):
        return None
    names: list[str] = []
    for part in re.split(r"\s*[/／、,，]\s*", s):
        tokens = part.split()
        if not tokens:
            return None
        if len(tokens) > 1 and all(len(t) == 1 for t in tokens):
            tokens = ["".join(tokens)]  # 魏 楚: a two-character name padded to three
        names.extend(tokens)
    if names and all(is_person_name(n) for n in names):
        return names
    # a team byline (新华社第一工作室) under a markdown heading
    if markdown and len(names) == 1 and 4 <= len(names[0]) <= 16:
        if any(names[0].endswith(sfx) for sfx in cues()["team_byline_suffixes"]):
            return names
    return None


def _split_affiliation(text: str) -> list[str]:
    parts = [p.strip(" 。.") for p in re.split(r"[，,]", text)]
    return [p for p in parts if p]


def _add_aff(article: Article, name: str, values: list[str]) -> None:
    if values:
        bucket = article.affiliations.setdefault(name, [])
        bucket.extend(v for v in values if v not in bucket)


def _add_author(article: Article, name: str) -> None:
    if name not in article.authors:
        article.authors.append(name)


def _publication(text: str) -> str | None:
    m = re.search(r"《([^》]+)》", text)
    if m:
        return m.group(1).strip()
    m = re.match(r"\s*([^\s\d，,；;（(]+)", text)
    return m.group(1).strip("：: ") if m and m.group(1).strip("：: ") else None


def _office_name(name: str) -> bool:
    """A government web page's 来源 names the office that posted it (市科技局,
    政策法规处): an institution, not a newspaper or journal."""
    suffixes = cues()["issuer_suffixes"] | cues()["office_suffixes"]
    return any(name.endswith(sfx) for sfx in suffixes)


def _parenthesised_groups(text: str) -> list[str]:
    """Top-level （…）/(…) groups; text outside parentheses is its own group."""
    groups, depth, buf, outside = [], 0, "", ""
    for ch in text:
        if ch in "（(":
            if depth == 0:
                if outside.strip():
                    groups.append(outside.strip())
                outside, buf = "", ""
            else:
                buf += ch
            depth += 1
        elif ch in ")）" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append(buf.strip())
            else:
                buf += ch
        elif depth > 0:
            buf += ch
        else:
            outside += ch
    if outside.strip():
        groups.append(outside.strip())
    if depth > 0 and buf.strip():
        groups.append(buf.strip())
    return groups


def apply_trailer(article: Article, trailer: str) -> None:
    """Read authors, affiliations, publication and date from a closing line."""
    text = trailer.strip()
    groups = _parenthesised_groups(text) if text[:1] in "（(" else [text]
    for group in groups:
        for segment in (s.strip(" ，,；;、") for s in _TRAILER_KEYWORDS.split(group)):
            if segment:
                _apply_segment(article, segment)


# a trailer segment naming where the article appeared: 来源：… / 原载于… / 选自…
_SOURCE_SEGMENT = re.compile(r"^(?:(?:来源|转自|摘自)\s*[：:]?\s*(?=\S)|原载(?:于)?\s*|选自\s*)(.*)$")


def _apply_segment(article: Article, seg: str) -> None:
    m = _SOURCE_SEGMENT.match(seg)
    if m:
        article.publication = article.publication or _publication(m.group(1))
        set_date(article, parse_date(m.group(1)), "byline")
        return
    m = re.match(r"^记者\s*(.+)$", seg)
    if m:
        for name in re.split(r"[\s、,，]+", m.group(1)):
            if is_person_name(name):
                _add_author(article, name)
                _add_aff(article, name, ["记者"])
        return
    m = re.match(r"^(?:本文)?作者\s*(.*)$", seg)
    if not m:
        return
    rest = m.group(1)
    shared = re.match(r"^(?:单位\s*[：:]|分别\s*(?:系|为|是)|(?:系|为|是))\s*(.+)$", rest)
    if shared:
        values = _split_affiliation(shared.group(1))
        key = article.authors[0] if len(article.authors) == 1 else ""
        _add_aff(article, key, values)
        return
    # named entries: 王韬：…；王纳：…  /  刘冬梅系…；杨洋系…
    for entry in re.split(r"[；;]", rest):
        em = re.match(r"^\s*([\u4e00-\u9fff·]{2,8}?)\s*(?:[：:]|系|为|是)\s*(.+)$", entry)
        if em and is_person_name(em.group(1)):
            _add_author(article, em.group(1))
            _add_aff(article, em.group(1), _split_affiliation(em.group(2)))


# a web headline's unlabelled byline: a full date, a time, then a source or author and a view count
_DATED_BYLINE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[^\s，。；：:]{1,24}){1,2}$")
_FIELDS_START = re.compile(r"^(?:作者|撰文|记者|来源|出处|发布时间|发布日期|日期|时间)\s*[：:]")
_FIELD = re.compile(r"(作者|撰文|记者|来源|出处|发布时间|发布日期|日期|时间)\s*[：:]\s*")


def apply_fields(article: Article, raw: str) -> None:
    """Labelled fields of a web byline: 作者：… 来源：… 时间：…"""
    marks = list(_FIELD.finditer(raw))
    for k, m in enumerate(marks):
        value = raw[m.end(): marks[k + 1].start() if k + 1 < len(marks) else len(raw)].strip(" \u3000|｜")
        label = m.group(1)
        if label in ("作者", "撰文", "记者"):
            for name in parse_byline(value, markdown=True) or []:
                _add_author(article, name)
        elif label in ("来源", "出处"):
            source = _publication(value)
            if source and not _office_name(source):
                article.publication = article.publication or source
        else:
            set_date(article, parse_date(value), "byline")


def speaker_of(collection_title: str | None) -> str | None:
    """习近平总书记关于……的重要论述 -> 习近平."""
    if not collection_title:
        return None
    honorifics = "|".join(sorted(cues()["speaker_honorifics"], key=len, reverse=True))
    m = re.match(rf"^(?:深入学习)?([\u4e00-\u9fff·]{{2,8}}?)(?:{honorifics})?关于", collection_title)
    if m and is_person_name(m.group(1)):
        return m.group(1)
    return None


@lru_cache(maxsize=1)
def _colophon_re() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(map(re.escape, cues()["colophon_labels"])) + r")\s*[：:]")


def _is_colophon(text: str) -> bool:
    return bool(_colophon_re().match(text))


# --------------------------------------------------------------------------- segmentation


def segment(blocks: list[Block]) -> list[Article]:
    """Split a file's blocks into articles (front matter and colophons dropped)."""
    articles: list[Article] = []
    pending: list[Block] = []  # headings since the last article ended
    front: list[str] = []  # front-matter lines (not used as titles)
    current: Article | None = None
    collection: str | None = None  # title of a quotation collection in progress
    i = 0

    def finish() -> None:
        nonlocal current
        if current is not None and (current.paragraphs or current.trailers):
            articles.append(current)
        current = None

    def start(title_block: Block | None, headings: list[Block]) -> Article:
        nonlocal collection
        for h in headings:
            front.append(normalize(h.text))
        if title_block is not None:
            collection = None
            return Article(title=normalize(title_block.text, keep_spaces=True))
        return Article(title=collection, untitled=collection is None)

    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        text = normalize(block.text)
        heading = block.is_heading

        # 作者：王建国　来源：人民日报　时间：2024-03-01 under a (web) headline
        if not block.heading_level and _FIELDS_START.match(text) and (current is None or not current.paragraphs):
            if current is None:
                current = start(pending[-1] if pending else None, pending[:-1])
                pending = []
            apply_fields(current, block.text)
            i += 1
            continue
        # 2024-02-18 10:25 某某网 under a web headline: an unlabelled date line
        dated = _DATED_BYLINE.match(text) if not block.heading_level and pending and current is None else None
        if dated:
            current = start(pending[-1], pending[:-1])
            pending = []
            set_date(current, parse_date(dated.group(1)), "byline")
            i += 1
            continue
        # closing lines: trailers and colophons
        if not block.heading_level and (_TRAILER_START.match(text) or _is_colophon(text)):
            if current is None and pending and not _is_colophon(text):
                # a source line under the headline, before the body
                current = start(pending[-1], pending[:-1])
                pending = []
                current.trailers.append(text)
            elif _is_colophon(text):
                if current is not None:
                    current.closed_by = current.closed_by or "trailer"
            elif current is not None:
                current.trailers.append(text)
                current.closed_by = "trailer" if current.paragraphs else None
            elif articles:
                articles[-1].trailers.append(text)
            i += 1
            continue
        if current is not None and current.closed_by == "trailer":
            # a headline and byline printed after their (untitled) article
            if (
                heading and current.untitled and not current.authors and nxt is not None
                and any("作者" in t for t in current.trailers)
            ):
                names = parse_byline(nxt.text, block.markdown)
                if names:
                    current.title, current.untitled = normalize(block.text, keep_spaces=True), False
                    current.authors = names
                    i += 2
                    finish()
                    continue
            finish()

        if not block.heading_level:
            m = _ATTRIBUTION.match(text)
            if m and current is not None:
                current.occasion = m.group(1).strip()
                current.date = parse_date(m.group(2))
                current.date_source = "attribution" if current.date else None
                current.closed_by = "attribution"
                collection = current.title
                finish()
                i += 1
                continue
            if _SIGNATURE.match(text) and current is not None:
                current.closed_by = "signature"
                finish()
                i += 1
                continue

        if heading:
            names = parse_byline(nxt.text, block.markdown) if nxt is not None and not nxt.heading_level else None
            if names and _body_follows(blocks, i + 2):
                finish()
                current = start(block, pending)
                current.authors = names
                pending = []
                i += 2
                continue
            if current is None:
                pending.append(block)
            else:
                current.paragraphs.append(text)  # a section heading is part of the text
                current.ends_with_heading = True
            i += 1
            continue

        # body paragraph
        if current is None:
            title_at, numbered = _title_among(pending)
            current = start(pending[title_at] if pending else None,
                            [h for j, h in enumerate(pending) if j != title_at and all(h is not n for n in numbered)])
            current.paragraphs.extend(normalize(h.text) for h in numbered)
            pending = []
            lead = _REPORTER_LEAD.match(text)
            if lead:
                apply_trailer(current, f"记者{lead.group(1)}")
        current.ends_with_heading = False
        embedded = _EMBEDDED_TRAILER.match(text)
        if embedded:
            current.paragraphs.append(embedded.group(1))
            current.trailers.append(embedded.group(2))
            current.closed_by = "trailer"
        else:
            current.paragraphs.append(text)
        i += 1
    finish()
    front.extend(normalize(h.text) for h in pending)

    for article in articles:
        if article.closed_by == "attribution" and not article.authors:
            speaker = speaker_of(article.title)
            if speaker:
                article.authors = [speaker]
        for trailer in article.trailers:
            apply_trailer(article, trailer)
    articles = _repair(articles)
    for article in articles:
        set_date(article, title_date(article.title), "title")
        set_date(article, signature_date(article.paragraphs), "signature")
        set_date(article, cover_letter_date(article.paragraphs), "signature")
    _apply_front_matter(articles, front)
    articles = [a for a in articles if a.paragraphs]
    if not articles and front:
        # only short title-like lines (a keyword list, a note): keep them as text
        articles = [Article(paragraphs=front, untitled=True)]
    return articles


# 渝府办发〔2024〕75号: a document number under a notice's title, not a title
# or a release note on its own line, （公开发布稿） / （此件公开发布）
_DOC_NUMBER = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号|[（(][^（()）]{2,12}[)）])$")
# 第一章 发展基础 / 一、总体要求: a plan's first section heading, right under its title
_SECTION_NUMBER = re.compile(r"^(?:第[一二三四五六七八九十]+[章篇部分]|[一二三四五六七八九十]{1,3}、)")


def _title_among(pending: list[Block]) -> tuple[int, list[Block]]:
    """Which heading before the first body paragraph is the title (its index
    in PENDING), and the numbered section headings after it that open the
    text: the last heading, unless it is a document number (渝府办发〔2024〕75号),
    a release note (（公开发布稿）), the issuer and date of a draft's heading block
    (…行动计划 / （征求意见稿） / 某省发展和改革委员会 / 2024年10月8日) or a first
    section heading (第一章 发展基础) under an earlier heading."""
    j = len(pending) - 1
    numbered: list[Block] = []
    while j > 0:
        text = normalize(pending[j].text)
        if _DOC_NUMBER.match(text) or _SIGNATURE_DATE_LINE.match(text) or _issuer_line(text):
            j -= 1
        elif _SECTION_NUMBER.match(text) and not pending[j].heading_level:
            numbered.insert(0, pending[j])
            j -= 1
        else:
            break
    return j, numbered


def _body_follows(blocks: list[Block], j: int) -> bool:
    """A byline is followed by body text (or the end), not by more masthead lines."""
    if j >= len(blocks):
        return True
    b = blocks[j]
    return b.heading_level > 0 or not b.is_heading


_CONTINUATION_START = re.compile(r"^[\u4e00-\u9fff]{1,2}[。，、；：！？]")


def _repair(articles: list[Article]) -> list[Article]:
    """Re-attach an untitled fragment that ends mid-sentence to the article whose
    first paragraph starts mid-sentence (a lead paragraph displaced by a web copy)."""
    out = list(articles)
    for fragment in list(out):
        if not (fragment.untitled and not fragment.authors and not fragment.trailers and fragment.paragraphs):
            continue
        if fragment.ends_with_heading or ends_sentence(fragment.paragraphs[-1]):
            continue
        for target in out:
            if target is fragment or not target.paragraphs:
                continue
            if _CONTINUATION_START.match(target.paragraphs[0]):
                target.paragraphs[0] = fragment.paragraphs[-1] + target.paragraphs[0]
                target.paragraphs[:0] = fragment.paragraphs[:-1]
                out.remove(fragment)
                break
    return out


def _apply_front_matter(articles: list[Article], front: list[str]) -> None:
    """A cover date or masthead is the default date / publication of the file."""
    date = publication = None
    for k, line in enumerate(front):
        if date is None and _DATE_LINE.match(line):
            date = parse_date(line)
        if publication is None and _ISSUE_LINE.match(line) and k > 0:
            name = front[k - 1]
            for sfx in cues()["masthead_suffixes"]:
                if name.endswith(sfx) and len(name) > len(sfx):
                    name = name[: -len(sfx)].strip()
            if name and not _DATE_LINE.match(name):
                publication = name
    for article in articles:
        if article.closed_by == "attribution":
            continue  # a quotation's date is its own
        set_date(article, date, "page")
        article.publication = article.publication or publication
