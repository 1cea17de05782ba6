"""Hand-made token lists for the rules' tests (made-up words and tags)."""
from __future__ import annotations

from kg.extract.rules import Tokens


def tokens_of(words_tags: list[tuple[str, str]]) -> Tokens:
    """Tokens (start, end, word, tag) of the words written one after the other."""
    out, pos = [], 0
    for word, tag in words_tags:
        out.append((pos, pos + len(word), word, tag))
        pos += len(word)
    return Tokens(out)
