"""Cleaning: raw lines -> paragraph blocks, and paragraph text normalisation.

What PDF extraction and web copies do to text, and what is undone here:

- hard-wrapped lines (with or without blank lines between them, across page
  breaks) are joined back: a line that does not end a sentence continues on
  the next one ("多个细" + "分赛道");
- page numbers, ``---`` separators, stray URLs and table-of-contents lines are
  dropped;
- markdown marks (``#`` headings, ``-``/``*`` list items, ``>`` quotes, ``**``)
  are removed; a heading stays its own block;
- `normalize` (applied after bylines are read, since "史丹 梁慎宇" needs its
  space) removes spaces between CJK characters, maps full-width ASCII letters
  and digits to ASCII and half-width ,;:?! after Chinese text to the Chinese
  marks.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.cues import cues
from kg.ingest.readers import PAGE_BREAK

CJK = r"\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"

# Characters that end a sentence (a line ending with one is not hard-wrapped).
TERMINALS = "。！？!?；;…"
_CLOSERS = "”’」』）)》"
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—–－])?\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,}|—{3,})\s*$")
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_TOC_LEADER = re.compile(r"(?:[…\.·．]{4,}|…{2,}).{0,20}?[（(]?\s*\d{1,4}\s*[)）]?\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+•]\s+|>\s?)+")
# a section number; web copies put a space before its mark ("一 、总体要求")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}[、.．])\s*")
# 某某网-行业媒体领跑者，聚焦…: a website's name and slogan, first in a copy of one of its pages.
# Not a headline about a network (工业互联网——…, 电网|…): no 联网/电网/算力网…, no "——" subtitle dash.
_SITE_MASTHEAD = re.compile(
    r"^\s*[\u4e00-\u9fffA-Za-z0-9]{1,16}(?:(?<![联电力管光星域络路天渔])网|网站|在线)\s*(?:[-–|｜_]|—(?!—))\s*\S")
_NEW_ITEM = re.compile(_ENUMERATOR.pattern + f"(?=[{CJK}])")  # a numbered item starting a line
_FIELD_LINE = re.compile(r"^[^，。：:]{2,6}[：:]")


@dataclass
class Block:
    """A paragraph or heading as found in the file, before normalisation."""

    text: str  # raw text (lines joined), markdown marks removed
    heading_level: int = 0  # 1-6 for a markdown heading, 0 otherwise
    lines: int = 1  # how many source lines were joined into it
    markdown: bool = False  # the file uses markdown headings
    wrap: int | None = None  # display width of a full hard-wrapped line, if any

    @property
    def is_heading(self) -> bool:
        """A markdown heading, or a short plain line that reads like one."""
        return self.heading_level > 0 or (self.lines == 1 and heading_like(self.text, self.wrap))


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_width(lines: list[str]) -> int | None:
    """The width of full lines if the text is hard-wrapped (most lines about
    equally long, as PDF extraction leaves them), else None."""
    widths = [display_width(line.strip()) for line in lines]
    widths = [w for w in widths if w >= 20]
    if len(widths) < 20:
        return None
    counts = Counter(widths)
    best_w, best_n = 0, 0
    for w in counts:
        n = sum(counts.get(x, 0) for x in range(w - 8, w + 1))
        if n > best_n or (n == best_n and w > best_w):
            best_w, best_n = w, n
    return best_w - 10 if best_n >= 0.5 * len(widths) else None


def heading_like(text: str, wrap: int | None = None) -> bool:
    """A short line that is not a sentence: a title, kicker, masthead or field line.

    In hard-wrapped text a full-width line is a wrapped piece of a paragraph,
    whatever its punctuation.
    """
    s = text.strip()
    if not s or s[-1] in "。；;，,、：:":
        return False
    if wrap is not None and display_width(s) >= wrap:
        return False
    if len(s) > 32:
        return document_title(s)
    s = _ENUMERATOR.sub("", s)  # "一、全面布局新赛道" is a heading despite its "、"
    if _FIELD_LINE.match(s):
        return True
    return not re.search(r"[，。；;、,]", s)


# （2024—2027年）（征求意见稿） after a plan's name
_TRAILING_NOTES = re.compile(r"(?:\s*[（(][^（()）]{1,16}[)）])+$")


def document_title(text: str) -> bool:
    """A long line that names a document by its type (…关于推动…的实施意见,
    关于印发《…》的通知): a title, even with its issuers listed with 、."""
    s = _TRAILING_NOTES.sub("", text.strip()).rstrip("）)】]").rstrip()
    if not 10 <= len(s) <= 80 or re.search(r"[。；;，,！？!?：:]", s):
        return False
    return any(s.endswith(w) for w in cues()["document_title_endings"])


def ends_sentence(text: str) -> bool:
    """True if the text ends a sentence ("。", "？", "。”", "……")."""
    s = text.rstrip()
    while s and s[-1] in _CLOSERS:
        if s[-1] in "”’」』" and len(s) > 1 and s[-2] not in TERMINALS:
            return False  # a quoted term (“未来产业”) inside a sentence
        if s[-1] in ")）" :
            # a closing paren ends a sentence only after a terminal: （…。）
            return len(s) > 1 and s[-2] in TERMINALS
        s = s[:-1]
    return bool(s) and s[-1] in TERMINALS


def join_fragments(a: str, b: str) -> str:
    """Join a hard-wrapped line to the next: no space in Chinese, one between words."""
    a, b = a.rstrip(), b.lstrip()
    if not a:
        return b
    if not b:
        return a
    if re.match(r"[A-Za-z0-9]", a[-1]) and re.match(r"[A-Za-z0-9(]", b[0]):
        return a + " " + b
    return a + b


def to_blocks(lines: list[str]) -> list[Block]:
    """Group raw lines into paragraph blocks, joining hard-wrapped lines."""
    markdown = any(_MD_HEADING.match(line) for line in lines)
    wrap = wrap_width(lines)
    spaced = _double_spaced(lines)
    blocks: list[Block] = []
    open_block: Block | None = None  # the paragraph the next line may continue
    gap = False  # a blank line or page break since the last kept line
    kept = _split_signature_lines(_drop_furniture(lines))
    for raw in kept:
        if raw is None:
            gap = True
            continue
        m = _MD_HEADING.match(raw)
        if m:
            text = _strip_inline_marks(m.group(2))
            if text:
                blocks.append(Block(text, heading_level=len(m.group(1)), markdown=markdown, wrap=wrap))
            open_block, gap = None, False
            continue
        list_item = bool(_MD_LIST.match(raw)) and markdown_list(raw)
        text = _strip_inline_marks(_MD_LIST.sub("", raw, count=1)).strip()
        if not text:
            gap = True
            continue
        if open_block is not None and not list_item and _continues(open_block, text, gap or spaced, wrap):
            open_block.text = join_fragments(open_block.text, text)
            open_block.lines += 1
        else:
            open_block = Block(text, markdown=markdown, wrap=wrap)
            blocks.append(open_block)
        gap = False
    return blocks


def markdown_list(raw: str) -> bool:
    """A markdown list item ("- ", "* "): its own paragraph."""
    return bool(re.match(r"^\s*[-*+•]\s+\S", raw))


def _double_spaced(lines: list[str]) -> bool:
    """Every line followed by a blank line (a PDF copy, a web copy): then a blank
    line says nothing about paragraphs, and neither does its absence."""
    nonblank = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    if len(nonblank) < 10:
        return False
    followed = sum(1 for i in nonblank if not lines[i + 1].strip())
    return followed >= 0.7 * len(nonblank)


def _continues(block: Block, text: str, gap: bool, wrap: int | None) -> bool:
    """Does `text` (the next line) continue the paragraph `block`?"""
    if _starts_metadata(text):
        return False
    if _starts_metadata(block.text):
        # a closing line (trailer, attribution) continues only while its
        # parenthesis is still open: "（作者系……新型" + "智库常务副主任）"
        return _open_parens(block.text) > 0
    if block.lines == 1 and heading_like(block.text, wrap):
        return False  # a title or kicker line is never wrapped into the body
    if block.lines == 1 and _ENUMERATOR.match(block.text) and _NEW_ITEM.match(text):
        return False  # a numbered heading with a comma ("（一）…，…") and the first item under it
    if wrap is None and block.lines == 1 and (
            _BARE_DATE.match(block.text) or (signature_line(block.text) and (signature_line(text) or _BARE_DATE.match(text)))):
        return False  # unwrapped text: a signature's institution lines and its date line are lines of their own
    if not ends_sentence(block.text):
        if gap and wrap is None and _NEW_ITEM.match(text) and block.text.rstrip().endswith((")", "）")) \
                and _open_parens(block.text) == 0:
            # unwrapped text: a task paragraph closed by its units, （牵头单位：…）,
            # and after a blank line the next numbered task (（五）…) are two paragraphs
            return False
        if gap and wrap is None and block.text.rstrip().endswith(("——", "：", ":")):
            # unwrapped text: a lead-in line ("…深入研判——", "…至关重要：")
            # ends its paragraph; a full wrapped line ending so does not
            return False
        return True  # mid-sentence line break, also across blank lines / pages
    # A sentence ended: consecutive lines are one wrapped paragraph, a blank
    # line (or page break) starts a new paragraph.
    return not gap and not heading_like(text, wrap)


# 2024年9月14日 / 二〇二四年九月十四日 alone on a line: a signature's date
_BARE_DATE = re.compile(r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")


def signature_line(text: str) -> bool:
    """An institution-only line of a signature block (落款): short, no
    sentence punctuation, quotes or digits, each part (between spaces and 、)
    ending with an issuer suffix (北京市科学技术委员会、某某管理委员会 /
    某省大数据中心 某省发展和改革委员会)."""
    s = text.strip()
    if not s or len(s) > 60 or re.search(r"[，,。；;：:！？!?“”《》()（）\d]", s):
        return False
    suffixes = cues()["issuer_suffixes"]
    return all(part and any(part.endswith(x) for x in suffixes) for part in re.split(r"[\s、]+", s))


def _split_signature_lines(kept: list[str | None]) -> list[str | None]:
    """A signature line naming several institutions with spaces between them
    (某省大数据中心 某省发展和改革委员会) as one line per institution: the
    spaces between Chinese characters are dropped later, which would glue the
    two names into one."""
    out: list[str | None] = []
    for line in kept:
        if line is not None and len(line.split()) > 1 and signature_line(line):
            out.extend(line.split())
        else:
            out.append(line)
    return out


def _open_parens(text: str) -> int:
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in ")）")


def _starts_metadata(text: str) -> bool:
    s = text.lstrip()
    return bool(re.match(
        r"(?:[（(]\s*(?:本文)?作者|[（(]\s*(?:原载|选自|来源|转自|摘自)|(?:作者|撰文|记者|来源|出处|发布时间|发布日期)\s*[：:]|——)", s
    ))


def _drop_furniture(lines: list[str]) -> list[str | None]:
    """Lines without page numbers, separators, URLs, TOC entries; None = gap."""
    out: list[str | None] = []
    previous_raw = ""
    for line in lines:
        line = line.replace("\ufeff", "").replace("\u00a0", " ").rstrip()
        if all(kept is None for kept in out) and _SITE_MASTHEAD.match(line):
            out.append(None)  # a web page's site name and slogan above its headline
        elif not line.strip() or line.strip() == PAGE_BREAK or _SEPARATOR.match(line) or _PAGE_NUMBER.match(line):
            out.append(None)
        elif _URL_LINE.match(line) or page_chrome(line):
            pass  # a print header/footer or a web page's buttons; the sentence around it continues
        elif _TOC_LEADER.search(line):
            # a TOC entry; a list item right above it without a gap is its title
            if out and out[-1] is not None and _MD_LIST.match(previous_raw):
                out.pop()
            out.append(None)
        else:
            out.append(line.strip())
        previous_raw = line
    return out


def page_chrome(line: str) -> bool:
    """A web page's buttons and widgets copied with its text: a line made only
    of cues.toml page_chrome_words, brackets and separators (【字体：大 中 小】
    打印, 点赞, 微信公众号微信公众号).  A line with any other word is text."""
    s = re.sub(r"[\s【】\[\]（）()<>《》|｜/:：,，、·•]+", "", line)
    return bool(s) and len(s) <= 40 and _chrome_re().fullmatch(s) is not None


@lru_cache(maxsize=1)
def _chrome_re() -> re.Pattern:
    words = sorted(cues()["page_chrome_words"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")+")


def _strip_inline_marks(text: str) -> str:
    text = re.sub(r"\*\*|__", "", text)
    return re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"\1", text)


# --------------------------------------------------------------------------- normalisation

_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c - 0xFEE0).isalnum()}
_FULLWIDTH_ALNUM[0x3000] = 0x20
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


def normalize(text: str, *, keep_spaces: bool = False) -> str:
    """Final form of a paragraph: the text every offset points into.

    ``keep_spaces`` keeps (single) spaces between CJK characters: in a title
    they separate a headline from its second line ("构建创新联合体 发展新质生产力").
    """
    text = unicodedata.normalize("NFC", text).translate(_FULLWIDTH_ALNUM)
    text = re.sub(r"[ \t\r\f\v]+", " ", text).strip()
    # half-width punctuation typed inside Chinese text -> Chinese punctuation
    text = re.sub(
        f"(?<=[{CJK}])[,;:?!] ?(?=[{CJK}]|\\d|$)",
        lambda m: _HALF_TO_FULL[m.group(0)[0]],
        text,
    )
    if keep_spaces:
        return text
    # spaces between CJK characters are layout, not words
    text = re.sub(f"(?<=[{CJK}]) +(?=[{CJK}])", "", text)
    return text

