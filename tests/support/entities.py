"""What the rules find in a made-up sentence, for the entity-rule tests."""
from __future__ import annotations

from kg.extract import extract_text
from kg.options import ExtractorOptions


def ents(text: str) -> set[tuple[str, str]]:
    """The (surface, type) pairs of TEXT's mentions, the span filler, the
    retyper and the pruner off (these tests pin the rules; the statistical
    components' own tests are test_spanfill.py, test_retype.py and test_prune.py)."""
    return {(m.text, m.type) for m in extract_text(text, extractor=ExtractorOptions(spanfill=False, retype=False, prune=False)).mentions}


def rels(text: str) -> set[tuple[str, str, str]]:
    """The (head, type, tail) surfaces of TEXT's relations, the default extractor's."""
    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text).relations}


def rule_rels(text: str) -> set[tuple[str, str, str]]:
    """The (head, type, tail) surfaces of TEXT's relations, the rules alone (no
    relation gap-filler guessing the same pairs in a short sentence)."""
    from kg.options import RULES_ONLY

    return {(r.head_text, r.type, r.tail_text) for r in extract_text(text, extractor=RULES_ONLY).relations}


def rule_state(text: str) -> dict:
    """TEXT's document state right after the entity rules (``kg_patterns``): its
    tokens (kg_tokens) and the rules' candidates before any conflict is settled
    (kg_cands), for tests of one rule's own reading."""
    from kg.extract.pipeline import get_nlp, split_sentences

    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc.user_data.update(kg_raw=text, kg_doc_id="", kg_sentences=split_sentences(text))
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "kg_patterns":
            return doc.user_data
    raise AssertionError("no kg_patterns component")
