"""What the rules find in a made-up sentence, for the entity-rule tests."""
from __future__ import annotations

from kg.extract import extract_text
from kg.options import ExtractorOptions


def ents(text: str) -> set[tuple[str, str]]:
    """The (surface, type) pairs of TEXT's mentions, the span filler and the
    retyper off (these tests pin the rules; the statistical components' own
    tests are test_spanfill.py and test_retype.py)."""
    return {(m.text, m.type) for m in extract_text(text, extractor=ExtractorOptions(spanfill=False, retype=False)).mentions}
