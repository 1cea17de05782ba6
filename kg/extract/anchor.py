"""Regex scans that skip, in C, to the places a match can start.

A pattern whose first consumed character must be one of a few (its "first
set": ``(?<=模型)[A-Za-z]…``, ``(?:(?<![\\u4e00-\\u9fff])|(?<=和))(?:省|市)…``)
but that opens with something else (a lookaround, an optional part) gets no
start-character filter from Python's regex compiler: ``finditer`` runs the
whole opening at every position of the text.  :func:`finder` reads the first
set off the parsed pattern and, when it is narrow, scans for those characters
with a one-class regex and tries the pattern only there (``Pattern.match`` at
a position sees the text before it, as ``search`` does: lookbehinds behave
the same).  Same matches, same order: a match can start nowhere else, and
matches never empty (a pattern that can match the empty string is left as is).

A pattern that may start almost anywhere but must consume one of a few
characters within a bounded distance of its start (a list ``[^、，]{1,14}…、…``
holds a 、 at most 40 characters in; ``…{2,8}[+]行动``) is
searched from that distance before the next such character: no match starts
earlier, so the regions far from one are skipped; where those characters are
rare, the pattern is tried (``Pattern.match``) only within that distance
before each of them (a failed search would run on to the next match).

A pattern of bounded width that ends with a lookahead naming a word in each
of its branches (``…{2,8}(?=等环节|全链条)``) can start only within its width
before one of those words: where they are rare, the pattern is tried
(``Pattern.match``) at those starts only, instead of at every position.

A pattern each of whose branches opens with a lookbehind
(``(?:(?<=[局署委部])|(?<=科协))…|(?<=委员会)办公室``) can start only right
after a character one of those lookbehinds ends with: where those are rare,
the pattern is tried there only.  A branch may open with ^ instead (a frame
at the text's start or after a clause mark: ``(?:^|(?<=[，。]))…在``): such a
pattern is tried there before its other anchors are looked for.

On top of those scans, a pattern every match of which holds one of a few
literal words at a bounded distance from its start (``…{2,6}?(?:行动|计划)``,
``…委员会第…``, the words of a lookbehind: `_word_anchor`) is tried only in the
windows before their occurrences, found with ``str.find`` (10-40 times faster
than a regex scan that cannot skip by a literal first character), where those
windows are few; else the scan chosen above runs.

Many sets of literal words (the head words of sixty-odd head types) are read
off one pass over a text (`word_sets_finder`): the spans each set's trie regex
finditer yields, without a regex scan per set.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from re import _compiler, _constants as _c, _parser
from typing import Callable, Iterator

from kg.extract.charcodes import char_codes

# a first set larger than this is not worth a separate scan
MAX_FIRST_CHARS = 400


def _per_pattern(build: Callable[[re.Pattern], object]) -> Callable[[re.Pattern], object]:
    """``build`` cached per pattern object, looked up by identity: hashing a
    compiled pattern hashes its whole compiled code (5 us for a relation rule:
    what ``lru_cache`` would pay at every call).  The cache keeps the pattern,
    so its id is never reused while cached."""
    cache: dict[int, tuple[re.Pattern, object]] = {}

    def get(regex: re.Pattern):
        hit = cache.get(id(regex))
        if hit is not None and hit[0] is regex:
            return hit[1]
        value = build(regex)
        cache[id(regex)] = (regex, value)
        return value

    get.__doc__ = build.__doc__
    get.__wrapped__ = build
    return get


# the digit and space classes, as written in a character class (`first_gate`)
_CATEGORY_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}


def _class_chars(items, categories: bool = False) -> frozenset | None:
    """The characters of a class; with CATEGORIES, \\d and \\s stand in it as
    themselves (two-character strings: no single character equals one)."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < MAX_FIRST_CHARS:
            out.update(map(chr, range(av[0], av[1] + 1)))
        elif categories and op is _c.CATEGORY and av in _CATEGORY_CLASSES:
            out.add(_CATEGORY_CLASSES[av])
        else:  # NEGATE, CATEGORY (\\s, \\d), a wide range: any character, or too many
            return None
    return frozenset(out)


def _first(seq, categories: bool = False) -> tuple[frozenset | None, bool]:
    """(the characters a match of SEQ can begin with, None if not known; whether SEQ
    can match empty); with CATEGORIES, \\d and \\s may stand among them (`_class_chars`)."""
    chars: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            here, empty = frozenset(chr(av)), False
        elif op is _c.IN:
            here, empty = _class_chars(av, categories), False
        elif op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None, True
            here, empty = _first(av[3], categories)
        elif op is _c.ATOMIC_GROUP:
            here, empty = _first(av, categories)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            here, empty = _first(av[2], categories)
            empty = empty or av[0] == 0
        elif op is _c.BRANCH:
            here, empty = frozenset(), False
            for branch in av[1]:
                b, b_empty = _first(branch, categories)
                if b is None:
                    return None, True
                here, empty = here | b, empty or b_empty
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            here, empty = frozenset(), True  # zero width: the next item consumes the first character
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …
            return None, True
        if here is None:
            return None, True
        chars |= here
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


@_per_pattern
def first_chars(regex: re.Pattern) -> frozenset | None:
    """The characters every match of REGEX begins with; None when any may, or
    when the pattern can match the empty string (read once per pattern)."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    chars, empty = _first(_parser.parse(regex.pattern, regex.flags))
    return None if empty or not chars or chars is None else chars


@_per_pattern
def first_gate(regex: re.Pattern) -> re.Pattern | None:
    """A one-character class every match of REGEX begins with (its first set,
    where \\d and \\s may stand: a section heading opens with a numeral); its
    ``match(text, pos)`` tests the character at pos.  None when any character
    may begin a match, or when the pattern can match the empty string."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    try:
        chars, empty = _first(_parser.parse(regex.pattern, regex.flags), categories=True)
    except Exception:  # (re's parser is internal: no gate for a tree this module cannot read)
        return None
    if empty or not chars:
        return None
    categories = "".join(sorted(ch for ch in chars if len(ch) > 1))
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars) if len(ch) == 1) + categories + "]",
                      regex.flags & re.ASCII)


def _has_start_filter(regex: re.Pattern) -> bool:
    """Whether Python's compiler already skips to the start characters itself
    (the pattern opens with a literal, a class or an alternation of literals)."""
    seq = _parser.parse(regex.pattern, regex.flags)
    while seq.data and seq.data[0][0] is _c.SUBPATTERN:
        seq = seq.data[0][1][3]
    if not seq.data:
        return False
    op, av = seq.data[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    return op is _c.BRANCH and all(b.data and b.data[0][0] is _c.LITERAL for b in av[1])


@_per_pattern
def finder(regex: re.Pattern) -> Callable[[str], Iterator[re.Match]]:
    """``finder(rx)(text)`` yields what ``rx.finditer(text)`` does, faster when
    the first set of rx is narrow and the compiler does not filter on it, or
    when every match holds one of a few words at a bounded distance from its
    start (`_word_anchor`; built once per pattern)."""
    base = _start_finder(regex)
    try:
        anchor = None if _literal_start(regex) else _word_anchor(regex)
    except Exception:  # (re's parser is internal: no word anchor for a tree this module cannot read)
        anchor = None
    return base if anchor is None else _word_finditer(regex, *anchor, base)


def _start_finder(regex: re.Pattern) -> Callable[[str], Iterator[re.Match]]:
    """`finder` without the word anchor: the scans that skip to where a match can start."""
    try:
        chars = first_chars(regex)
        if chars is None or len(chars) > MAX_FIRST_CHARS:
            words = _behind_words_anchor(regex)
            if words is not None:
                return _behind_words_finditer(regex, words)
            # a frame opening at the text's start or after a clause mark (^ or a
            # lookbehind in each branch) starts at few places: tried there first
            # (its lead characters, 在|于, are common)
            behind = _behind_anchor(regex)
            if behind is not None and TEXT_START in behind:
                return _behind_finditer(regex, behind)
            anchor = _lead_anchor(regex)
            if anchor is not None:
                return _lead_finditer(regex, *anchor)
            tail = _tail_anchor(regex)
            if tail is not None:
                return _tail_finditer(regex, *tail)
            return regex.finditer if behind is None else _behind_finditer(regex, behind)
        if _has_start_filter(regex):
            return regex.finditer
    except Exception:  # re's parser is internal: a parse tree this module does not know gets finditer itself
        return regex.finditer
    starts = _char_class(chars)
    match = regex.match

    def finditer(text: str) -> Iterator[re.Match]:
        at = _class_at(starts, text)
        n = len(at)
        k = 0
        while k < n:
            m = match(text, at[k])
            if m is None:
                k += 1  # (the next start character: the offsets are distinct, in order)
            else:
                yield m
                # (the next start character from the match's end on; end > start:
                # the pattern never matches empty)
                k = bisect_left(at, m.end(), k + 1)

    return finditer


@_per_pattern
def required_chars(regex: re.Pattern) -> tuple[frozenset, ...]:
    """Sets of characters a string must hold one of each of for REGEX to match
    anywhere in it, read off the parsed pattern: its literals and small classes
    outside optional parts, an alternation only when every branch requires
    something (then one of their smallest sets).  A necessary condition only;
    () when nothing is known (an ignore-case pattern)."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return ()

    def req(seq) -> list[frozenset]:
        out: list[frozenset] = []
        for op, av in seq:
            if op is _c.LITERAL:
                out.append(frozenset(chr(av)))
            elif op is _c.IN:
                found = _class_chars(av)
                if found is not None:
                    out.append(found)
            elif op is _c.SUBPATTERN:
                if not av[1] & re.IGNORECASE:
                    out += req(av[3])
            elif op is _c.ATOMIC_GROUP:
                out += req(av)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                if av[0] >= 1:
                    out += req(av[2])
            elif op is _c.BRANCH:
                branches = [req(b) for b in av[1]]
                if all(branches):
                    out.append(frozenset().union(*(min(b, key=len) for b in branches)))
            elif op is _c.ASSERT:  # what a lookaround sees is in the string too
                out += req(av[1])
            # ASSERT_NOT, AT, ANY, NOT_LITERAL, GROUPREF(_EXISTS): nothing required
        return out

    try:
        return tuple(dict.fromkeys(req(_parser.parse(regex.pattern, regex.flags))))
    except Exception:  # (re's parser is internal: nothing known of a tree this module cannot read)
        return ()


def least_consumed(regex: re.Pattern, chars: frozenset) -> int:
    """The least number of characters of CHARS every match of REGEX consumes
    (a string holding fewer cannot match), read off the parsed pattern: its
    literals and classes of CHARS only, each repeated at least as often as its
    repeat's minimum, the fewest of an alternation's branches; what a
    lookaround sees, not consumed, counts for nothing.  0 when nothing is known."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return 0

    def least(seq) -> int:
        n = 0
        for op, av in seq:
            if op is _c.LITERAL:
                n += chr(av) in chars
            elif op is _c.IN:
                found = _class_chars(av)
                n += bool(found) and found <= chars
            elif op is _c.SUBPATTERN:
                if not av[1] & re.IGNORECASE:
                    n += least(av[3])
            elif op is _c.ATOMIC_GROUP:
                n += least(av)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                n += av[0] * least(av[2])
            elif op is _c.BRANCH:
                n += min(map(least, av[1]))
            # ASSERT(_NOT), AT, ANY, NOT_LITERAL, GROUPREF(_EXISTS): nothing counted
        return n

    try:
        return least(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # (re's parser is internal: nothing known of a tree this module cannot read)
        return 0


def _char_class(chars) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


# a lead longer than this saves too little to pay for the second scan
MAX_LEAD = 64


def _lead_anchor(regex: re.Pattern) -> tuple[frozenset, int] | None:
    """(characters, lead): every match consumes one of the characters at most
    LEAD characters after its start (the first part of the pattern's top-level
    sequence that cannot match empty and begins with one of a few characters;
    what comes before it is of bounded width); None if there is no such part."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    seq = _parser.parse(regex.pattern, regex.flags)
    lead = 0
    for item in seq.data:
        chars, empty = _first([item])
        if chars and not empty and len(chars) <= MAX_FIRST_CHARS:
            return frozenset(chars), lead
        lead += _parser.SubPattern(seq.state, [item]).getwidth()[1]
        if lead > MAX_LEAD:
            return None
    return None


# where the windows before the anchors of a lead would leave more than this
# share of a text's positions to try one by one, a search from the next anchor
# is cheaper
MAX_LEAD_SHARE = 0.05


def _lead_finditer(regex: re.Pattern, chars: frozenset, lead: int,
                   max_share: float | None = None) -> Callable[[str], Iterator[re.Match]]:
    anchors = _char_class(chars)
    search, match = regex.search, regex.match
    share = MAX_LEAD_SHARE if max_share is None else max_share

    def finditer(text: str) -> Iterator[re.Match]:
        pos = 0
        at = _class_at(anchors, text)
        if len(at) * (lead + 1) <= share * len(text):
            # rare anchors: a match starts within LEAD before one of them, so
            # the pattern is tried (match) only there; a failed search from an
            # anchor would scan on to the next match, wherever that is
            for q in at:
                p = max(q - lead, pos)
                while p <= q:
                    m = match(text, p)
                    if m is None:
                        p += 1
                        continue
                    yield m
                    p = m.end()  # > p: the anchor is consumed
                pos = max(pos, p)
            return
        k, n = 0, len(at)
        while True:
            k = bisect_left(at, pos, k)  # the next match holds this anchor or a later one
            if k == n:
                return
            m = search(text, max(pos, at[k] - lead))
            if m is None:
                return
            yield m
            pos = m.end()  # > m.start(): the anchor is consumed

    return finditer


# where the words a tail lookahead names would leave more than this share of a
# text's positions to try one by one, a plain scan is cheaper
MAX_TAIL_SHARE = 0.125


def _literal_in(seq) -> tuple[str, int, int] | None:
    """(word, lo, hi): the longest run of literal characters in the top-level
    sequence SEQ and the least and most characters before it; None if none."""
    best, run, run_at, lo, hi = None, [], (0, 0), 0, 0
    for op, av in [*seq.data, (None, None)]:
        if op is _c.LITERAL:
            if not run:
                run_at = (lo, hi)
            run.append(chr(av))
            lo, hi = lo + 1, hi + 1
            continue
        if run and (best is None or len(run) > len(best[0])):
            best = ("".join(run), *run_at)
        run = []
        if op is None:
            break
        w_lo, w_hi = _parser.SubPattern(seq.state, [(op, av)]).getwidth()
        lo, hi = lo + w_lo, hi + w_hi
        if hi >= _c.MAXREPEAT:
            break  # what follows is at no bounded distance
    return best


def _tail_anchor(regex: re.Pattern) -> tuple[dict[str, tuple[int, int]], int, int] | None:
    """({word: (lo, hi)}, least width, most width) for a pattern whose consumed
    part has a bounded width and that ends with a lookahead holding a word in
    every branch, at lo to hi characters after the match end; None otherwise."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    seq = _parser.parse(regex.pattern, regex.flags)
    if not seq.data or seq.data[-1][0] is not _c.ASSERT or seq.data[-1][1][0] != 1:
        return None
    w_lo, w_hi = _parser.SubPattern(seq.state, seq.data[:-1]).getwidth()
    if w_lo < 1 or w_hi >= _c.MAXREPEAT:
        return None
    look = seq.data[-1][1][1]
    if len(look.data) == 1 and look.data[0][0] is _c.BRANCH:
        branches = [_parser.SubPattern(seq.state, b.data) for b in look.data[0][1][1]]
    else:
        branches = [look]
    words: dict[str, tuple[int, int]] = {}
    for branch in branches:
        found = _literal_in(branch)
        if found is None:
            return None
        word, lo, hi = found
        was = words.get(word, (lo, hi))
        words[word] = (min(lo, was[0]), max(hi, was[1]))
    return words, w_lo, w_hi


def _tail_finditer(regex: re.Pattern, words: dict[str, tuple[int, int]], w_lo: int, w_hi: int,
                   max_share: float | None = None) -> Callable[[str], Iterator[re.Match]]:
    """finditer trying REGEX only where a match can start: from W_HI + hi to
    W_LO + lo characters before each occurrence of one of WORDS (its lookahead
    sees the word lo to hi characters after the match end).  Each word's
    occurrences are found with str.find (a scan in C; a regex looking ahead
    for any of them at every position costs several times more)."""
    match = regex.match
    share = MAX_TAIL_SHARE if max_share is None else max_share

    def finditer(text: str) -> Iterator[re.Match]:
        windows = []
        find = text.find
        for word, (lo, hi) in words.items():
            q = find(word)
            while q >= 0:
                windows.append((max(0, q - hi - w_hi), q - lo - w_lo))
                q = find(word, q + 1)
        if sum(b - a + 1 for a, b in windows) > share * len(text):
            yield from regex.finditer(text)  # the words are common here: one scan
            return
        pos = 0
        for a, b in sorted(windows):
            p = max(a, pos)
            while p <= b:
                m = match(text, p)
                if m is None:
                    p += 1
                    continue
                yield m
                p = m.end()  # > p: the width is at least one
            pos = max(pos, p)

    return finditer


def _last_chars(seq) -> frozenset | None:
    """The characters a match of SEQ (a lookbehind's fixed-width body) can end with; None if not known."""
    if not seq.data:
        return None
    op, av = seq.data[-1]
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.IN:
        return _class_chars(av)
    if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _last_chars(av[3])
    if op is _c.BRANCH:
        return _union(_last_chars, av[1])
    return None


def _union(chars_of, branches) -> frozenset | None:
    """The characters CHARS_OF gives for any of BRANCHES; None if one is not known."""
    out: set[str] = set()
    for branch in branches:
        chars = chars_of(branch)
        if chars is None:
            return None
        out |= chars
    return frozenset(out)


def _opening_lookbehinds(body_of, seq, at_start: str | None = None) -> frozenset | None:
    """BODY_OF applied to the lookbehind every branch of SEQ opens with, united
    over the branches; given AT_START, a branch opening with ^ (the start of
    the text) counts, as AT_START; None if a branch opens otherwise or BODY_OF
    gives None."""
    if not seq.data:
        return None
    op, av = seq.data[0]
    if op is _c.ASSERT and av[0] == -1:
        return body_of(av[1])
    if op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) and at_start is not None:
        return frozenset((at_start,))
    if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _opening_lookbehinds(body_of, av[3], at_start)
    if op is _c.BRANCH:
        return _union(lambda branch: _opening_lookbehinds(body_of, branch, at_start), av[1])
    return None


# among the characters before a match (`_behind`): the start of the text, where
# a branch opening with ^ matches (two characters: no character of a text)
TEXT_START = "^^"


def _behind(seq, multiline: bool = False) -> frozenset | None:
    """The characters that must stand right before a match of SEQ: every
    branch of it opens with a lookbehind, and those end with one of them, or
    with ^ (TEXT_START among them; a ^ that MULTILINE makes a line's start
    gives None)."""
    return _opening_lookbehinds(_last_chars, seq, None if multiline else TEXT_START)


def _behind_anchor(regex: re.Pattern) -> frozenset | None:
    """The characters one of which stands right before every match of REGEX
    (each branch opens with a lookbehind); None for a pattern that can match
    the empty string, or when not known."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    seq = _parser.parse(regex.pattern, regex.flags)
    if seq.getwidth()[0] < 1:
        return None
    chars = _behind(seq, bool(regex.flags & re.MULTILINE))
    return chars if chars and len(chars) <= MAX_FIRST_CHARS else None


# where the characters before a match start would leave more than this share
# of a text's positions to try one by one, a plain scan is cheaper
MAX_BEHIND_SHARE = 0.1

# lookbehinds naming more words than this are not scanned for word by word
MAX_BEHIND_WORDS = 8


def _literal_words(seq) -> frozenset | None:
    """The strings SEQ (a lookbehind's body) matches, when it is made of
    literals, classes of a few characters and alternations of those; None
    otherwise (or when they are more than MAX_BEHIND_WORDS)."""
    words = {""}
    for op, av in seq:
        if op is _c.LITERAL:
            here = frozenset(chr(av))
        elif op is _c.IN:
            here = _class_chars(av)
        elif op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            here = _literal_words(av[3])
        elif op is _c.BRANCH:
            here = _union(_literal_words, av[1])
        else:
            return None
        if here is None:
            return None
        words = {w + x for w in words for x in here}
        if len(words) > MAX_BEHIND_WORDS:
            return None
    return frozenset(words)


def _behind_words(seq) -> frozenset | None:
    """The strings one of which ends right before a match of SEQ: every
    branch of it opens with a lookbehind of literals (`_literal_words`)."""
    return _opening_lookbehinds(_literal_words, seq)


def _behind_words_anchor(regex: re.Pattern) -> frozenset | None:
    """The words one of which ends right before every match of REGEX (each
    branch opens with a lookbehind of a few literal words of two or more
    characters: 举行的|举办的, 大学|学院); None for a pattern that can match the
    empty string, or when not known."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    seq = _parser.parse(regex.pattern, regex.flags)
    if seq.getwidth()[0] < 1:
        return None
    words = _behind_words(seq)
    if not words or len(words) > MAX_BEHIND_WORDS or min(map(len, words)) < 2:
        return None
    return words


def _matches_at(regex: re.Pattern, text: str, starts: list[int], share: float) -> Iterator[re.Match]:
    """REGEX's matches in TEXT tried only at the ascending positions STARTS, or
    by one scan of the whole text when they are more than SHARE of its
    positions: the same matches, in the same order, for a pattern that cannot
    match elsewhere and never matches empty."""
    if len(starts) > share * len(text):
        yield from regex.finditer(text)  # the anchors are common here: one scan
        return
    match = regex.match
    pos = 0
    for p in starts:
        if p < pos:
            continue  # inside the last match
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()  # > p: the pattern never matches empty


def _behind_words_finditer(regex: re.Pattern, words: frozenset,
                           max_share: float | None = None) -> Callable[[str], Iterator[re.Match]]:
    """finditer trying REGEX only right after one of WORDS (its lookbehinds
    name them; each word's occurrences are found with str.find, in C, so
    occurrences of two words may overlap): the same matches, in the same order."""
    words = sorted(words)
    share = MAX_BEHIND_SHARE if max_share is None else max_share

    def finditer(text: str) -> Iterator[re.Match]:
        ends = set()
        find = text.find
        for w in words:
            i = find(w)
            while i >= 0:
                ends.add(i + len(w))
                i = find(w, i + 1)
        return _matches_at(regex, text, sorted(ends), share)

    return finditer


def _behind_finditer(regex: re.Pattern, chars: frozenset,
                     max_share: float | None = None) -> Callable[[str], Iterator[re.Match]]:
    """finditer trying REGEX only right after one of CHARS (its lookbehinds
    end with one of them), and at the text's start if TEXT_START is one of
    them (a branch opens with ^): the same matches, in the same order."""
    at_start = TEXT_START in chars
    before = _char_class(chars - {TEXT_START}) if len(chars) > at_start else None
    share = MAX_BEHIND_SHARE if max_share is None else max_share

    def finditer(text: str) -> Iterator[re.Match]:
        after = [p + 1 for p in _class_at(before, text)] if before is not None else []
        return _matches_at(regex, text, [0, *after] if at_start else after, share)

    return finditer


def _refers_back(seq) -> bool:
    """Whether SEQ (a parsed pattern) holds a backreference or a conditional
    group: the rest of a pattern would not mean alone what it means in it."""
    for op, av in seq:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        if op is _c.SUBPATTERN:
            subs = [av[3]]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            subs = [av[2]]
        elif op is _c.BRANCH:
            subs = av[1]
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            subs = [av[1]]
        elif op is _c.ATOMIC_GROUP:
            subs = [av]
        else:
            continue
        if any(_refers_back(s) for s in subs):
            return True
    return False


# a part whose first characters are more than this many is no gate
MAX_GATE_CHARS = 50


@_per_pattern
def gate(regex: re.Pattern) -> re.Pattern | None:
    """For a pattern that may start almost anywhere (``(?P<head>{ENT+})…推动…``,
    tried at every position of a failed search), the rest of it from its first
    top-level part that begins with one of a few characters (the verbs): a
    regex that opens with a literal, searched fast.  Every match of REGEX holds
    a match of its rest where that part begins, so where ``gate(regex)`` finds
    nothing from POS, ``regex.search(text, pos)`` finds nothing either (the
    rest sees the whole text, as the pattern does: same lookarounds).  None
    when the pattern opens with such a part itself, has none, or refers back to
    a group."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    try:
        seq = _parser.parse(regex.pattern, regex.flags)
        if not seq.data or _refers_back(seq.data):
            return None
        chars, empty = _first(seq.data[:1])
        if chars and not empty and len(chars) <= MAX_FIRST_CHARS:
            return None  # the compiler or `finder` skips to its starts already
        for i in range(1, len(seq.data)):
            chars, empty = _first(seq.data[i:i + 1])
            if chars and not empty and len(chars) <= MAX_GATE_CHARS:
                return _compiler.compile(_parser.SubPattern(seq.state, seq.data[i:]), regex.flags)
    except Exception:  # (re's parser and compiler are internal: no gate for what this module cannot read)
        return None
    return None


# --------------------------------------------------------------------------- word anchors
#
# A regex scan that cannot skip by a literal first character tests every
# position of the text in C (4-13 ns a character); str.find skips to a word
# 10-40 times faster.  A pattern every match of which holds one of a few words
# (a literal run: 委员会第, a branch of literals in each branch: 行动|计划|工程,
# in its consumed part or a lookaround) at a bounded distance from its start
# can start only in the windows before their occurrences: where those are
# rare, the pattern is tried (``Pattern.match``) only there.

# a word anchor of more words than this costs more finds than it saves
MAX_ANCHOR_WORDS = 6

# windows wider than this are no anchor
MAX_ANCHOR_SPAN = 64

# where the windows would leave more than this share of a text's positions to
# try one by one, the scan `_start_finder` chose is cheaper (a Pattern.match
# costs about as much as scanning 50 characters)
MAX_WORD_SHARE = 0.02


def _literal_start(regex: re.Pattern) -> bool:
    """Whether every match begins with one character (the compiler, or
    `_start_finder`, then searches for it as fast as str.find would)."""
    chars = first_chars(regex)
    return chars is not None and len(chars) == 1


def _word_anchors(state, seq, lo: int, hi: int, out: list) -> tuple[int, int]:
    """Append to OUT (words, lo, hi) for each part of SEQ that holds one of
    WORDS lo to hi characters after the match start (SEQ itself starting LO to
    HI characters after it; a lookbehind's words may stand before it: lo < 0);
    return the least and most offsets after SEQ (most >= MAXREPEAT: unbounded,
    nothing after it is collected)."""
    run: list[str] = []
    run_at = (0, 0)
    for op, av in seq:
        if hi >= _c.MAXREPEAT:
            break
        if op is _c.LITERAL:
            if not run:
                run_at = (lo, hi)
            run.append(chr(av))
            lo, hi = lo + 1, hi + 1
            continue
        if run:
            out.append((frozenset(["".join(run)]), *run_at))
            run = []
        if op is _c.ASSERT:  # (zero width: what it sees stands where it looks)
            direction, body = av
            if direction == 1:
                _word_anchors(state, body.data, lo, hi, out)
            else:
                w_lo, w_hi = body.getwidth()
                if w_lo == w_hi:
                    _word_anchors(state, body.data, lo - w_lo, hi - w_lo, out)
            continue
        if op in (_c.ASSERT_NOT, _c.AT):
            continue
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            lo, hi = _word_anchors(state, av[3].data, lo, hi, out)
            continue
        if op is _c.BRANCH:  # each branch's best anchor, from the branch's start
            best = []
            for branch in av[1]:
                found: list = []
                _word_anchors(state, branch.data, 0, 0, found)
                if not found:
                    break
                best.append(max(found, key=_anchor_rank))
            else:
                out.append((frozenset().union(*(b[0] for b in best)),
                            lo + min(b[1] for b in best), hi + max(b[2] for b in best)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = []
            _word_anchors(state, av[2].data, 0, 0, found)  # (its first repetition)
            out.extend((words, lo + a, hi + b) for words, a, b in found)
        w_lo, w_hi = _parser.SubPattern(state, [(op, av)]).getwidth()
        lo, hi = lo + w_lo, hi + w_hi
    if run:
        out.append((frozenset(["".join(run)]), *run_at))
    return lo, hi


def _anchor_rank(anchor: tuple) -> tuple:
    """Longer words are rarer (and found faster), fewer words fewer finds, narrower windows fewer tries."""
    words, lo, hi = anchor
    return min(map(len, words)), -len(words), lo - hi


def _word_anchor(regex: re.Pattern) -> tuple[frozenset, int, int] | None:
    """(words, lo, hi): one of WORDS stands LO to HI characters after the start
    of every match of REGEX (a lookbehind's: lo < 0), the best such anchor by
    `_anchor_rank`; None if there is none of at most MAX_ANCHOR_WORDS words
    and a window of at most MAX_ANCHOR_SPAN, or the pattern can match empty."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return None
    seq = _parser.parse(regex.pattern, regex.flags)
    if seq.getwidth()[0] < 1 or _refers_back(seq.data):
        return None
    found: list = []
    _word_anchors(seq.state, seq.data, 0, 0, found)
    # (a word that begins with another of the set adds no window: dropped; single
    # characters at the start are the first characters `_start_finder` scans for)
    found = [(frozenset(w for w in words if not any(w != v and w.startswith(v) for v in words)), lo, hi)
             for words, lo, hi in found]
    found = [a for a in found if len(a[0]) <= MAX_ANCHOR_WORDS and a[2] - a[1] < MAX_ANCHOR_SPAN
             and not (a[1] == a[2] == 0 and max(map(len, a[0])) == 1)]
    return max(found, key=_anchor_rank) if found else None


# what the finders found in the last text (`_found_in`)
_FOUND: tuple[str, dict] = ("", {})


def _found_in(text: str) -> dict:
    """What the finders of all patterns found in TEXT, shared while they scan it
    (several patterns look for the same words, or scan for the same
    characters): word -> [its occurrences found so far, in order; where to look
    on (-1: all found)] (`_occurrences`, with the text's pair index
    `_pair_index`), and a one-character class -> the offsets of its
    characters (`_class_at`).  Kept for the last text only,
    replaced as a whole (a finder holds the dict of its own text)."""
    global _FOUND
    held, found = _FOUND
    if held is not text:
        found = {}
        _FOUND = (text, found)
    return found


def _class_at(chars: re.Pattern, text: str) -> list[int]:
    """The offsets in TEXT of the characters of the one-character class CHARS
    (`_char_class`), in order: one scan per text for all the finders that
    look for them (eleven patterns start with a capital letter).  The scan
    reads the class's characters off the text's code points with numpy
    (`_class_table`; the code points read once per text), twice as fast as
    a regex scan that makes a match object for each."""
    found = _found_in(text)
    at = found.get(chars)
    if at is None:
        table = _class_table(chars)
        if table is None:
            at = [m.start() for m in chars.finditer(text)]
        else:
            import numpy as np  # (spaCy's dependency: loaded with the pipeline anyway)

            codes = found.get(_CODE_POINTS)
            if codes is None:
                # (as indexes: take reads a table by them 2x faster than by code points)
                codes = found[_CODE_POINTS] = np.minimum(char_codes(text), _BMP).astype(np.intp)
            at = np.flatnonzero(table.take(codes)).tolist()
        found[chars] = at
    return at


# code points past the Basic Multilingual Plane read as this one, in no class table
_BMP = 0x10000
# the key of a text's code points among what the finders found in it (`_found_in`)
_CODE_POINTS = object()


@_per_pattern
def _class_table(chars: re.Pattern):
    """A table of whether each code point up to _BMP (the last entry: every one
    past it) is one of the one-character class CHARS; None if the class is
    not a set of characters of the plane (`_class_chars`), or is one
    character (parsed as a literal: the regex scan skips to it as str.find
    would)."""
    import numpy as np

    items = _parser.parse(chars.pattern, chars.flags).data
    members = _class_chars(items[0][1]) if len(items) == 1 and items[0][0] is _c.IN and not chars.flags & re.IGNORECASE \
        else None
    if not members or max(map(ord, members)) >= _BMP:
        return None
    table = np.zeros(_BMP + 1, dtype=bool)
    table[[ord(ch) for ch in members]] = True
    return table


# a text at least this long has the occurrences of words of two characters or
# more read off its pairs of characters (`_pair_index`), not found word by word
PAIR_INDEX_CHARS = 2000
# the key of a text's pair index among what the finders found in it (`_found_in`)
_PAIRS = object()


def _pair_index(found: dict, text: str):
    """(the sorted keys, the bits of a position) of TEXT's positions 0 … n - 2:
    the pair of code points opening there (21 bits each) above the position,
    so that the positions a pair opens are one run of the sorted keys, in
    order.  Sorting once costs about what looking for fifteen words with
    ``str.find`` does on a long text (each search reads on to the text's end),
    whose anchored finders look for a hundred-odd words; None where the keys
    would not fit in 63 bits."""
    got = found.get(_PAIRS)
    if got is None:
        import numpy as np  # (spaCy's dependency: loaded with the pipeline anyway)

        bits = max(len(text).bit_length(), 1)
        if 42 + bits >= 63:
            got = found[_PAIRS] = (None, 0)
        else:
            codes = char_codes(text).astype(np.int64)
            keys = ((codes[:-1] << 21 | codes[1:]) << bits) | np.arange(len(text) - 1, dtype=np.int64)
            keys.sort()
            got = found[_PAIRS] = (keys, bits)
    return got


def _pair_occurrences(found: dict, text: str, word: str) -> list[int] | None:
    """The offsets of WORD (two characters or more) in TEXT, all of them, in
    order, read off the pair index (`_pair_index`); None without one."""
    keys, bits = _pair_index(found, text)
    if keys is None:
        return None
    key = (ord(word[0]) << 21 | ord(word[1])) << bits
    at = keys[keys.searchsorted(key) : keys.searchsorted(key + (1 << bits))]
    occ = (at & ((1 << bits) - 1)).tolist()
    if len(word) > 2:
        occ = [p for p in occ if text.startswith(word, p)]
    return occ


def _occurrences(found: dict, text: str, word: str, need: float) -> list[int]:
    """The offsets of WORD in TEXT (overlapping ones too), in order: all of
    them, or, where there are more than NEED, more than NEED of them (FOUND:
    `_found_in(text)`)."""
    got = found.get(word)
    if got is None:
        occ = _pair_occurrences(found, text, word) if len(word) > 1 and len(text) >= PAIR_INDEX_CHARS else None
        got = found[word] = [[], 0] if occ is None else [occ, -1]
    occ, nxt = got
    if nxt >= 0 and len(occ) <= need:
        find = text.find
        while len(occ) <= need:
            nxt = find(word, nxt)
            if nxt < 0:
                break
            occ.append(nxt)
            nxt += 1
        got[1] = nxt
    return occ


def _word_finditer(regex: re.Pattern, words: frozenset, lo: int, hi: int,
                   scan: Callable[[str], Iterator[re.Match]],
                   max_share: float | None = None) -> Callable[[str], Iterator[re.Match]]:
    """finditer trying REGEX only LO to HI characters before each occurrence of
    one of WORDS (found with str.find, overlapping ones too), or with SCAN
    where they are common: the same matches, in the same order."""
    match = regex.match
    words = sorted(words)
    span = hi - lo + 1
    share = MAX_WORD_SHARE if max_share is None else max_share

    def finditer(text: str) -> Iterator[re.Match]:
        left = share * len(text) / span  # (occurrences still affordable)
        found = _found_in(text)
        at: list[int] = []
        for w in words:
            occ = _occurrences(found, text, w, left)
            left -= len(occ)
            if left < 0:
                yield from scan(text)  # the words are common here (known at the first one too many)
                return
            at += occ
        at.sort()
        pos = 0
        for q in at:
            p, last = max(q - hi, pos), q - lo
            while p <= last:
                m = match(text, p)
                if m is None:
                    p += 1
                    continue
                yield m
                p = m.end()  # > p: the pattern never matches empty
            pos = max(pos, p)

    return finditer


def pair_opens(words):
    """(FIRST_ID, SECOND_ID, WIDTH, opens_at) for WORDS (non-empty strings):
    ``opens_at(text)`` -> (the key of each position's character pair, the
    positions where a word can start, in order: its character is a
    one-character word, or it and the next open a longer one).  A pair's key is
    its first character's id * WIDTH + its second's (id 0: no word has the
    character there); numpy reads the keys off the text's code points in a few
    array operations."""
    import numpy as np  # (spaCy's dependency: loaded with the pipeline anyway)

    firsts = sorted({w[0] for w in words})
    seconds = sorted({w[1] for w in words if len(w) > 1})
    first_id = {ch: n + 1 for n, ch in enumerate(firsts)}
    second_id = {ch: n + 1 for n, ch in enumerate(seconds)}
    width = len(seconds) + 1
    opens = np.zeros((len(firsts) + 1) * width, dtype=bool)
    for w in words:
        if len(w) == 1:  # a word alone: whatever follows
            opens[first_id[w] * width : (first_id[w] + 1) * width] = True
        else:
            opens[first_id[w[0]] * width + second_id[w[1]]] = True
    # code point -> id; the last entry is no word's character, and every code
    # point past the table is read as it
    top = max(map(ord, firsts + seconds), default=0) + 2
    first_of = np.zeros(top, dtype=np.int64)
    second_of = np.zeros(top, dtype=np.int64)
    for ch, n in first_id.items():
        first_of[ord(ch)] = n * width
    for ch, n in second_id.items():
        second_of[ord(ch)] = n

    def opens_at(text: str):
        codes = np.minimum(char_codes(text), top - 1)
        key = first_of[codes]
        key[:-1] += second_of[codes[1:]]
        return key, np.flatnonzero(opens[key])

    return first_id, second_id, width, opens_at


def word_sets_finder(word_sets: list) -> Callable[[str], list[list[tuple[int, int]]]]:
    """``scan(text)`` -> for each set of WORD_SETS the (start, end) of the matches
    ``re.compile(trie_regex(words)).finditer(text)`` yields (leftmost, longest,
    not overlapping), all sets read off one pass over the text instead of one
    regex scan per set (a scan costs about 0.5 ms on 16,000 characters even
    when nothing matches, and sixty-odd sets of head words are scanned).

    The positions where a word of any set can start are those whose character
    and the next form a pair that opens a word of the union (or whose character
    is a one-character word): numpy reads them off the text's code points in a
    few array operations.  At each, the longest word of the union W is looked
    up by length; the words of the union starting there are exactly the
    prefixes of W that are words (each is a prefix of the rest of the text, so
    of W), so a set's longest word there is its longest word that is a prefix
    of W, worked out once per word.  A set's match is kept when it starts at or
    after the end of that set's last match, as finditer resumes there."""

    sets = [sorted(set(words)) for words in word_sets]
    if any("" in words for words in sets):
        raise ValueError("an empty word")
    union = sorted(set().union(*sets))
    singles = frozenset(w for w in union if len(w) == 1)
    # word -> ((set index, length of that set's longest word opening it), ...)
    member = [frozenset(words) for words in sets]
    table = {}
    for w in union:
        row = []
        for k, words in enumerate(member):
            for n in range(len(w), 0, -1):
                if w[:n] in words:
                    row.append((k, n))
                    break
        table[w] = tuple(row)
    # the pair of characters opening a word -> the lengths to try there, longest first
    lengths: dict[str, set] = {}
    for w in union:
        if len(w) > 1:
            lengths.setdefault(w[:2], set()).add(len(w))
    by_pair = {p: tuple(sorted(ls | ({1} if p[0] in singles else set()), reverse=True)) for p, ls in lengths.items()}
    first_id, second_id, width, opens_at = pair_opens(union)
    # a pair's key (first id * WIDTH + second id) -> the lengths to try there, longest first
    tries: list[tuple] = [()] * ((len(first_id) + 1) * width)
    for ch in singles:
        tries[first_id[ch] * width : (first_id[ch] + 1) * width] = [(1,)] * width
    for p, ls in by_pair.items():
        tries[first_id[p[0]] * width + second_id[p[1]]] = ls
    n_sets = len(sets)

    def scan(text: str) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = [[] for _ in range(n_sets)]
        if not text or not union:
            return out
        key, at = opens_at(text)
        nxt = [0] * n_sets
        get = table.get
        for p, k in zip(at.tolist(), key[at].tolist()):
            for n in tries[k]:
                row = get(text[p : p + n])
                if row is not None:
                    for j, n in row:
                        if p >= nxt[j]:
                            out[j].append((p, p + n))
                            nxt[j] = p + n
                    break
        return out

    return scan
