"""Whether the `ner` and `crf` extras are installed, checked without loading
spaCy (a build's parent process asks before it starts workers)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.options import ExtractorOptions

NER_MISSING = "--ner needs the ner extra: pip install 'kg[ner]'"
CRF_MISSING = "--crf needs the crf extra: pip install 'kg[crf]'"


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


def require_crf() -> None:
    """KgError with the install hint when python-crfsuite (the `crf` extra) is missing."""
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        raise KgError(CRF_MISSING) from None


def require_extras(extractor: ExtractorOptions) -> None:
    """`require_ner` and `require_crf` for the components EXTRACTOR turns on:
    before any input is read or output touched, so a missing extra costs one line."""
    if extractor.ner:
        require_ner()
    if extractor.crf:
        require_crf()
