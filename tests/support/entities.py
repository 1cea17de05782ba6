"""What the extractor finds in a made-up sentence, for the entity-rule tests."""
from __future__ import annotations

from kg.extract import extract_text


def ents(text: str) -> set[tuple[str, str]]:
    """The (surface, type) pairs of TEXT's mentions."""
    return {(m.text, m.type) for m in extract_text(text).mentions}
