"""Chinese sentence splitting that keeps offsets into the text."""
from __future__ import annotations

import re

from kg.model import Sentence

# A sentence ends at 。！？； (or ! ? ; typed half-width), together with any
# closing quotes/brackets right after it, at an ellipsis that closes a clause
# (……走进 / ……一个个), or at a newline (paragraph end).
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』）)》]*|…{2,}[”’」』）)》]*(?![，、：。！？；,:;…”’」』）)》])|\n")


def segment_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`; ``text[s.start:s.end] == s.text`` for each.

    Leading/trailing whitespace is not part of a sentence; empty pieces are
    dropped, so a run of newlines never yields a sentence.
    """
    sentences: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        _add(sentences, text, start, end)
        start = m.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
