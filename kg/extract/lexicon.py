"""Loading the extractor's data: lexicons (ontology/lexicon/*.tsv), stop-lists and
the entity pattern file (ontology/patterns/entities.json).

Lexicon rows are ``term<TAB>type<TAB>canonical label<TAB>alias|alias``; an empty
label means the term is its own label, and every alias is matched as a surface
of that label.  Everything is loaded once per process and cached.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.model import ENTITY_TYPES
from kg.resources import ONTOLOGY_DIR

LEXICON_DIR = ONTOLOGY_DIR / "lexicon"
PATTERNS_DIR = ONTOLOGY_DIR / "patterns"

# full-width ASCII (！ to ～) and the ideographic space map 1:1 to half-width, so
# offsets in the normalised text are offsets in the original text
_WIDTH_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20


def half_width(text: str) -> str:
    """Full-width ASCII variants to half-width, same length (offsets preserved)."""
    return text.translate(_WIDTH_TABLE)


@dataclass
class Lexicon:
    # normalised surface -> (type, canonical label)
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)
    # canonical label -> surfaces (including itself)
    surfaces: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    not_entities: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    person_titles: tuple[str, ...] = ()


def _read_lines(path: Path):
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield lineno, raw.rstrip("\n")


@lru_cache(maxsize=1)
def load_lexicon(directory: str | None = None) -> Lexicon:
    lex_dir = Path(directory) if directory else LEXICON_DIR
    lex = Lexicon()
    for path in sorted(lex_dir.glob("*.tsv")):
        for lineno, raw in _read_lines(path):
            cols = [c.strip() for c in raw.split("\t")]
            if len(cols) < 2 or cols[1] not in ENTITY_TYPES:
                raise KgError(f"{path.name}:{lineno}: expected 'term<TAB>type[<TAB>label<TAB>aliases]'")
            term, etype = half_width(cols[0]), cols[1]
            label = half_width(cols[2]) if len(cols) > 2 and cols[2] else term
            aliases = [half_width(a) for a in cols[3].split("|") if a] if len(cols) > 3 else []
            for surface in [term, *aliases]:
                old = lex.terms.get(surface)
                if old is not None and old != (etype, label):
                    raise KgError(
                        f"{path.name}:{lineno}: {surface!r} is already {old[0]} {old[1]!r}; "
                        "a surface may name one entity only"
                    )
                lex.terms[surface] = (etype, label)
                lex.surfaces.setdefault((label, etype), set()).add(surface)
            lex.surfaces.setdefault((label, etype), set()).add(label)
    lex.not_entities = frozenset(_words(lex_dir / "not_entities.txt"))
    lex.surnames = frozenset(_words(lex_dir / "surnames.txt"))
    lex.person_titles = tuple(sorted(_words(lex_dir / "person_titles.txt"), key=len, reverse=True))
    return lex


def _words(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for _, raw in _read_lines(path):
        out.extend(w for w in raw.split() if w)
    return out


@lru_cache(maxsize=1)
def load_patterns(path: str | None = None) -> dict:
    p = Path(path) if path else PATTERNS_DIR / "entities.json"
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise KgError(f"cannot read entity patterns {p}: {e}") from None


def trie_regex(words) -> str:
    """One regex alternation factored as a character trie: at each position the
    engine follows one branch, and greedy optional tails give the longest match."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node) -> str:
        terminal = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            if len(branches) == 1 and len(body) > 1:
                body = "(?:" + body + ")"
            return body + "?"
        return body

    return build(trie)
