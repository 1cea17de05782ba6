"""Whether the `ner` extra is installed, checked without loading spaCy (a
build's parent process asks before it starts workers)."""
from __future__ import annotations

from kg.errors import KgError

NER_MISSING = "--ner needs the ner extra: pip install 'kg[ner]'"


def ner_available() -> bool:
    """Whether jiagu (the `ner` extra) can be imported."""
    try:
        import jiagu  # noqa: F401
    except ImportError:
        return False
    return True


def require_ner() -> None:
    """KgError with the install hint when the `ner` extra is missing."""
    if not ner_available():
        raise KgError(NER_MISSING)
