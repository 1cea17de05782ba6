"""What a policy title names, and which name a short name abbreviates: read by
the relation rules (kg/extract/relations.py), the document pass for the
document's own policy (kg/extract/document.py) and the event short names
(kg/extract/persons.py), so it lives below them."""
from __future__ import annotations

import re

from kg.model import Mention

# what closes a title after its name: a date range, an edition or a trial mark
# (《计量发展规划（2021—2035年）》, 《某某目录（2020年版）》, 《某某规范条件（2021年本）》, 《某某办法（试行）》)
_TITLE_TAIL = re.compile(r"[（(](?:[\d—–\-－~～至年]{4,}|\d{4}年?(?:修订)?[版本]|修订版|试行|暂行)[）)]$")


def title_core(title: str) -> str:
    """TITLE without its 《》 and the date range, edition or trial mark closing it:
    what a short title (《规划》, 《目录》) ends like."""
    return _TITLE_TAIL.sub("", title.strip("《》"))


def names_in_title(title: str, mentions, types) -> list[Mention]:
    """The MENTIONS of TYPES, two characters or more, whose text TITLE holds: the
    first mention of each surface, and of two one inside the other only the
    longer (人工智能, not 智能), in the order of MENTIONS."""
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.type in types and len(m.text) >= 2 and m.text in title:
            found.setdefault(m.text, m)
    return [m for t, m in found.items() if not any(t != o and t in o for o in found)]


def is_abbreviation(short: str, full: str) -> bool:
    """SHORT's characters appear in FULL in order and both end alike (…会):
    某博会 of 2024中国某某经济博览会."""
    p = -1
    for ch in short:
        p = full.find(ch, p + 1)
        if p < 0:
            return False
    return full.endswith(short[-1])


def full_name_of(short: str, names):
    """The one name of NAMES (strings) that SHORT abbreviates, longer than it: the
    longest such name when every other one is inside it (2024某博会 and 某博会 are
    one fair), else None (two fairs: no telling which)."""
    fulls = [n for n in names if len(n) > len(short) and is_abbreviation(short, n)]
    longest = max(fulls, key=len, default=None)
    return longest if longest is not None and all(n in longest for n in fulls) else None
