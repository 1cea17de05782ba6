"""A text's characters as a numpy array of their code points, the one way the
extractor's numpy scans (segmenter, anchored searches, span filler) read a
text."""
from __future__ import annotations


def char_codes(text: str):
    """TEXT's code points, one uint32 a character (a lone surrogate, left by a
    surrogateescape decoder, is a character like any other)."""
    import numpy as np  # (spaCy's dependency: loaded with the pipeline anyway)

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
