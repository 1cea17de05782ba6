"""Finding corpus files and turning each into raw text lines.

Every failure is a `SkipFile` carrying a one-line reason; `load_corpus` turns it
into a warning (or an `InputError` with ``strict``).  Text files are decoded by
`decode_text`, which refuses to guess: a decoding that looks like mojibake is
not accepted, the file is skipped instead.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from kg.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
DEFAULT_MAX_FILE_MB = 50.0

# Lines starting with this mark a page break inside one text: cleaning joins a
# sentence across it and never keeps it (PDF form feeds, markdown ---).
PAGE_BREAK = "---"


class SkipFile(Exception):
    """A file that cannot be ingested; the message says why (one line)."""


def max_file_bytes(max_file_mb: float | None = None) -> int:
    """The size limit: the parameter, else $KG_MAX_FILE_MB, else 50 MB."""
    if max_file_mb is None:
        raw = os.environ.get("KG_MAX_FILE_MB")
        if raw:
            try:
                max_file_mb = float(raw)
            except ValueError:
                raise InputError(f"KG_MAX_FILE_MB must be a number of megabytes, got {raw!r}") from None
        else:
            max_file_mb = DEFAULT_MAX_FILE_MB
    if max_file_mb <= 0:
        raise InputError(f"the file size limit must be positive, got {max_file_mb} MB")
    return int(max_file_mb * 1024 * 1024)


# a corpus folder's curation decisions (kg/graph/curation.py): not a document
CURATION_FILE = "curation.tsv"


def is_ignored(name: str) -> bool:
    """Dotfiles, README*/LICENSE* and curation.tsv describe a corpus; they are not documents."""
    upper = name.upper()
    return (name.startswith(".") or upper.startswith("README") or upper.startswith("LICENSE")
            or name == CURATION_FILE)


def list_files(root: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files under `root` (or `root` itself), sorted by "/"-separated relative
    path, and the folders that could not be walked as (relative path + "/",
    reason): unreadable ones, and symbolic links to folders, which are not
    followed (a link loop, or a link out of the corpus, would read the
    world)."""
    if not root.is_dir():
        return [root], []
    found: list[Path] = []
    problems: list[tuple[str, str]] = []

    def rel(path: str | Path) -> str:
        return Path(path).relative_to(root).as_posix() + "/"

    def unreadable(e: OSError) -> None:
        if e.filename is not None and Path(e.filename) != root:
            problems.append((rel(e.filename), f"cannot read folder: {(e.strerror or str(e)).lower()}"))
        else:
            raise e

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        kept = []
        for d in dirnames:
            if d.startswith("."):
                continue
            if os.path.islink(os.path.join(dirpath, d)):
                problems.append((rel(os.path.join(dirpath, d)),
                                 "a symbolic link to a folder (not followed; link its files or copy the folder)"))
            else:
                kept.append(d)
        dirnames[:] = kept
        for name in filenames:
            if not is_ignored(name):
                found.append(Path(dirpath) / name)
    key = lambda p: p.relative_to(root).as_posix()  # noqa: E731
    return sorted(found, key=key), sorted(problems)


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _not_regular(mode: int) -> str | None:
    """Why a file of MODE cannot be read as a document (None: a regular file)."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    return f"not a regular file ({kind})"


def read_lines(path: Path, limit: int) -> list[str]:
    """The file's text as lines, ready for cleaning; raises SkipFile."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "(no extension)"
        raise SkipFile(f"unsupported file type {kind}; supported: .txt .md .pdf .docx .html .htm")
    try:
        st = path.stat()  # through a symbolic link: what would be read
    except OSError as e:
        raise SkipFile(f"cannot read: {e.strerror or e}") from None
    # only regular files: a FIFO would block forever, a device has no end
    # (and st_size 0, so the size limit would not see it)
    reason = _not_regular(st.st_mode)
    if reason:
        raise SkipFile(reason)
    too_large = lambda size: SkipFile(  # noqa: E731
        f"too large ({size / 1048576:.1f} MB, limit {limit / 1048576:.3g} MB; set KG_MAX_FILE_MB to raise it)")
    if st.st_size > limit:
        raise too_large(st.st_size)
    try:
        # O_NONBLOCK: a file swapped for a FIFO since the check cannot block the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if _not_regular(os.fstat(fh.fileno()).st_mode):
                raise SkipFile(_not_regular(os.fstat(fh.fileno()).st_mode))
            data = fh.read(limit + 1)  # bounded, whatever st_size said
    except PermissionError:
        raise SkipFile("cannot read: permission denied") from None
    except OSError as e:
        raise SkipFile(f"cannot read: {e.strerror or e}") from None
    if len(data) > limit:
        raise too_large(max(st.st_size, len(data)))
    if not data.strip():
        raise SkipFile("empty file")
    if suffix in TEXT_SUFFIXES:
        return decode_text(data).splitlines()
    if suffix in HTML_SUFFIXES:
        return html_lines(data)
    if suffix == ".pdf":
        return pdf_lines(data)
    return docx_lines(data)


# --------------------------------------------------------------------------- encodings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]")


def plausibility(text: str) -> float:
    """Share of characters that real Chinese/English text is made of.

    Mojibake (UTF-8 read as GBK, UTF-16 read as GB18030, ...) is full of rare
    Han characters outside GB2312, private-use and control characters; real
    text is almost entirely GB2312 Han, ASCII and common punctuation.
    """
    if not text:
        return 0.0
    if len(text) > 300_000:  # a sample is enough, and keeps big files fast
        mid = len(text) // 2
        text = text[:100_000] + text[mid:mid + 100_000] + text[-100_000:]
    good = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            good += ch.isprintable() or ch in "\t\n\r"
        elif 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2010 <= o <= 0x206F:
            good += 1  # CJK and full-width punctuation, dashes, quotes
        elif 0x4E00 <= o <= 0x9FFF:
            try:
                ch.encode("gb2312")
                good += 1
            except UnicodeEncodeError:
                good += 0.5  # a rare but real character (王颺) costs half
        elif 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF:
            good += 1  # kana, hangul: real text in other CJK scripts
        elif ch.isalpha() or ch.isspace() or ch in "·×—…°±§№":
            good += 0.5
    return good / len(text)


def _nul_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one byte parity (BOM-less UTF-16)."""
    sample = data[:65536]
    nuls = sample.count(0)
    if nuls < max(2, len(sample) // 50):
        return None
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    even = nuls - odd
    if odd >= 0.9 * nuls:
        return "utf-16-le"
    if even >= 0.9 * nuls:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """Decode bytes of a text file: BOM, UTF-16 by NUL pattern, UTF-8, GB18030.

    A candidate is accepted only if it decodes strictly and reads as text
    (`plausibility`); when none does the file is skipped, never guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError:
                raise SkipFile(f"cannot decode: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    utf16 = _nul_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise SkipFile("binary file (NUL bytes), not text")
    best, best_score = None, 0.0
    for encoding in ("utf-8", "gb18030", "utf-16-le", "utf-16-be"):
        if encoding.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if encoding == "utf-8" and score >= 0.6:
            return text  # valid UTF-8 that reads as text: nothing else is as likely
        if score > best_score:
            best, best_score = text, score
    if best is not None and best_score >= 0.95:
        return best
    if _CONTROL.search(data[:4096].decode("latin-1")):
        raise SkipFile("binary file (control bytes), not text")
    raise SkipFile("cannot decode: not valid UTF-8, UTF-16 or GB18030 text (refusing to guess an encoding)")


def _checked(text: str, encoding: str) -> str:
    """A BOM or NUL pattern is strong evidence; still refuse what is not text."""
    if plausibility(text) < 0.6:
        raise SkipFile(f"cannot decode: {encoding} decoding does not give readable text")
    return text


# --------------------------------------------------------------------------- formats


# page furniture, not article text: scripts, styles, menus, site footers
_HTML_DROP = ("script", "style", "nav", "noscript", "template", "iframe", "svg", "form", "footer", "aside")
_HTML_BLOCKS = (
    "p", "div", "section", "article", "main", "header", "footer", "aside", "li", "ul", "ol",
    "table", "tr", "td", "th", "blockquote", "pre", "dd", "dt", "figcaption", "address",
)


# Element nesting beyond this is no web page (real ones stay under ~100
# levels); the parser and tree walks cost grows with depth x size.
MAX_HTML_DEPTH = 1_000
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
# elements without an end tag, or whose end tag HTML lets one leave out
_UNNESTED = {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source",
             b"track", b"wbr", b"p", b"li", b"td", b"th", b"tr", b"option", b"dt", b"dd"}


def _html_depth(data: bytes) -> int:
    """How deep the page's elements nest, from its tags (one linear scan)."""
    depth = deepest = 0
    for m in _TAG.finditer(data):
        if m.group(3) or m.group(2).lower() in _UNNESTED:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def html_lines(data: bytes) -> list[str]:
    """Visible text of an HTML page; headings become markdown '#' lines."""
    import logging

    from bs4 import BeautifulSoup

    depth = _html_depth(data)
    if depth > MAX_HTML_DEPTH:
        raise SkipFile(f"HTML elements nested {depth} levels deep (more than {MAX_HTML_DEPTH}): not a readable page")
    # bs4 logs its decoding guesses; a page it cannot decode is reported below
    logging.getLogger("bs4.dammit").setLevel(logging.ERROR)
    try:
        text = decode_text(data)
    except SkipFile:
        # let the parser use the page's <meta charset> declaration
        text = None
    try:
        soup = BeautifulSoup(text if text is not None else data, "html.parser")
    except Exception as e:  # bs4 raises assorted errors on garbage
        raise SkipFile(f"not readable HTML: {e}") from None
    if text is None and plausibility(soup.get_text()) < 0.6:  # decoded by its declared charset
        raise SkipFile("cannot decode: HTML text is not valid UTF-8, UTF-16 or GB18030")
    for tag in soup(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo"]}):
        tag.decompose()
    body = soup.body or soup
    if soup.title and soup.title.string and not body.find(["h1", "h2", "h3", "h4", "h5", "h6"]):
        # no headline in the page: its <title> is the best the page says
        heading = soup.new_tag("h1")
        heading.string = soup.title.string.strip()
        body.insert(0, heading)
    for level in range(1, 7):
        for tag in soup(f"h{level}"):
            tag.insert_before("\n\n" + "#" * level + " ")
            tag.insert_after("\n\n")
    for tag in soup("br"):
        tag.replace_with("\n")
    for tag in soup(_HTML_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in body.get_text().split("\n")]
    if not any(lines):
        raise SkipFile("no text in HTML page")
    return lines


def pdf_lines(data: bytes) -> list[str]:
    """Text of a PDF (pdfminer.six); page breaks become PAGE_BREAK lines."""
    import io
    import logging

    from pdfminer.high_level import extract_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if not data.lstrip().startswith(b"%PDF"):
        raise SkipFile("not a PDF file (no %PDF header)")
    try:
        text = extract_text(io.BytesIO(data))
    except Exception as e:
        raise SkipFile(f"unreadable PDF: {type(e).__name__}: {str(e)[:80]}") from None
    if not text.strip():
        raise SkipFile("no extractable text in PDF (scanned images?)")
    # fonts without a Unicode map come out as (cid:123) or garbage: data loss, not text
    if text.count("(cid:") * 8 > 0.05 * len(text) or plausibility(text) < 0.6:
        raise SkipFile("PDF text does not map to readable characters (fonts without a Unicode map)")
    pages = [page.splitlines() for page in text.split("\f")]
    running = _running_lines(pages)
    lines: list[str] = []
    for page in pages:
        if lines:
            lines.append(PAGE_BREAK)
        lines.extend(line for line in page if _digitless(line) not in running)
    return lines


def _digitless(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Running headers/footers: the same line (page numbers aside) at the top or
    bottom of most pages."""
    pages = [[line for line in page if line.strip()] for page in pages]
    pages = [page for page in pages if page]
    if len(pages) < 3:
        return set()
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_digitless(line) for line in page[:2] + page[-2:]}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, n in seen.items() if n >= max(3, len(pages) // 2) and len(key) <= 60}


def docx_lines(data: bytes) -> list[str]:
    """Paragraphs (and table cells) of a .docx; Heading N styles become '#' lines."""
    import io
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise SkipFile(f"not a valid .docx file ({type(e).__name__})") from None
    except Exception as e:
        raise SkipFile(f"unreadable .docx: {type(e).__name__}: {str(e)[:80]}") from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    # body order: paragraphs and tables as they appear
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            style = (para.style.name if para.style is not None else "") or ""
            text = para.text
            m = re.match(r"(?:Heading|标题)\s*(\d)", style)
            if m and text.strip():
                text = "#" * int(m.group(1)) + " " + text
            elif style == "Title" and text.strip():
                text = "# " + text
            lines.extend([text, ""])
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    lines.extend([cell.text, ""])
    if not any(line.strip() for line in lines):
        raise SkipFile("no text in .docx")
    return lines


# --------------------------------------------------------------------------- dates in file metadata
# (the last resorts of kg.ingest.articles.apply_file_dates: what the text says comes first)

# <meta> names/properties that carry a page's publication date, most specific
# first (compared case-insensitively on name=, property=, itemprop= or http-equiv=)
HTML_DATE_META = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "publish_date", "publish-date",
    "publication_date", "firstpublishedtime", "originalpublishdate", "dcterms.issued", "dc.date.issued",
    "dcterms.date", "dc.date", "dcterms.created", "og:published_time", "date",
)
_META_ISO = re.compile(r"((?:19|20)\d{2})[-/.年]?\s*(0?[1-9]|1[0-2])[-/.月]?\s*(0?[1-9]|[12]\d|3[01])(?!\d)")


def _iso_day(value: str | None) -> str | None:
    """2023-09-15T10:00:00+08:00, 2023/9/15, 2023年9月15日 → 2023-09-15."""
    m = _META_ISO.search(value or "")
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def html_meta_date(data: bytes) -> str | None:
    """The publication date a web page's <meta> tags (or <time pubdate>) declare."""
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(data, "html.parser")
    except Exception:
        return None
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (tag.get(attr) or "").strip().lower()
            if key in HTML_DATE_META and content and key not in found:
                found[key] = content
    for key in HTML_DATE_META:
        day = _iso_day(found.get(key))
        if day:
            return day
    for tag in soup.find_all("time"):
        if tag.has_attr("pubdate") or (tag.get("itemprop") or "").lower() == "datepublished":
            day = _iso_day(tag.get("datetime"))
            if day:
                return day
    return None


def pdf_metadata_date(data: bytes) -> str | None:
    """The PDF Info dictionary's CreationDate, else ModDate (D:20230915…)."""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        infos = PDFDocument(PDFParser(io.BytesIO(data))).info
    except Exception:
        return None
    for key in ("CreationDate", "ModDate"):
        for info in infos:
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = value.decode("latin-1", "replace")
            m = re.match(r"\s*(?:D:)?((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", value) if isinstance(value, str) else None
            day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
            if day:
                return day
    return None


def docx_metadata_date(data: bytes) -> str | None:
    """The .docx core properties' created, else modified date (as stored, UTC)."""
    import io

    import docx

    try:
        props = docx.Document(io.BytesIO(data)).core_properties
        stamps = (props.created, props.modified)
    except Exception:
        return None
    for stamp in stamps:
        # python-docx's blank template carries 2013-12-23T23:15:00Z: a generator's
        # stamp, not the document's date
        if stamp is not None and (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute) != (2013, 12, 23, 23, 15):
            return f"{stamp.year:04d}-{stamp.month:02d}-{stamp.day:02d}"
    return None


def metadata_date(path: Path) -> tuple[str, str] | None:
    """(date, source) from the file's own metadata: "html-meta", "pdf-metadata" or
    "docx-metadata"; None for other files or when there is none."""
    suffix = path.suffix.lower()
    readers = {".pdf": (pdf_metadata_date, "pdf-metadata"), ".docx": (docx_metadata_date, "docx-metadata")}
    readers.update({s: (html_meta_date, "html-meta") for s in HTML_SUFFIXES})
    if suffix not in readers:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    read, source = readers[suffix]
    day = read(data)
    return (day, source) if day else None
