"""What the rules find in a made-up sentence, for the entity-rule tests."""
from __future__ import annotations

from kg.extract import extract_text
from kg.options import ExtractorOptions


def ents(text: str) -> set[tuple[str, str]]:
    """The (surface, type) pairs of TEXT's mentions, the span filler off (these
    tests pin the rules; the span filler's own tests are test_spanfill.py)."""
    return {(m.text, m.type) for m in extract_text(text, extractor=ExtractorOptions(spanfill=False)).mentions}
