"""What a policy title names: read by the relation rule for scenes under a title
(kg/extract/relations.py) and by the document pass for the document's own policy
(kg/extract/document.py), so it lives below both."""
from __future__ import annotations

from kg.model import Mention


def names_in_title(title: str, mentions, types) -> list[Mention]:
    """The MENTIONS of TYPES, two characters or more, whose text TITLE holds: the
    first mention of each surface, and of two one inside the other only the
    longer (人工智能, not 智能), in the order of MENTIONS."""
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.type in types and len(m.text) >= 2 and m.text in title:
            found.setdefault(m.text, m)
    return [m for t, m in found.items() if not any(t != o and t in o for o in found)]
