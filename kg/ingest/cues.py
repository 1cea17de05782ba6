"""The word lists of ontology/cues.toml that ingestion reads (data, not code):
byline, masthead and colophon words, issuer suffixes, document-title endings, the
buttons of a web page (page chrome), the units of an office (处, 科), and
the family names of the extractor's surname list."""
from __future__ import annotations

import tomllib
from functools import lru_cache

from kg.errors import InputError
from kg.resources import ONTOLOGY_DIR

CUE_LISTS = ("team_byline_suffixes", "speaker_honorifics", "masthead_suffixes", "colophon_labels", "issuer_suffixes",
             "document_title_endings", "page_chrome_words", "office_suffixes")


@lru_cache(maxsize=1)
def cues() -> dict[str, set[str] | list[str]]:
    """The word lists of ontology/cues.toml (honorifics, masthead words, ...)
    and the family names of ontology/lexicon/surnames.txt (one character:
    "surnames", two: "compound_surnames"); a missing or unknown key is an
    InputError naming the file."""
    path = ONTOLOGY_DIR / "cues.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}") from None
    wrong = sorted(set(CUE_LISTS) ^ set(data))
    if wrong:
        what = "missing key" if wrong[0] in CUE_LISTS else "unknown key"
        raise InputError(f"{path}: {what} {wrong[0]!r} (keys: {', '.join(CUE_LISTS)})")
    for key, value in data.items():
        if not isinstance(value, str):
            raise InputError(f"{path}: {key} must be a string of space-separated words")
    lists = {k: (set(v.split()) if k != "colophon_labels" else sorted(v.split(), key=len, reverse=True)) for k, v in data.items()}
    names_path = ONTOLOGY_DIR / "lexicon" / "surnames.txt"
    try:
        names = [w for line in names_path.read_text(encoding="utf-8").splitlines()
                 if not line.lstrip().startswith("#") for w in line.split()]
    except OSError as e:
        raise InputError(f"cannot read {names_path}: {e}") from None
    lists["surnames"] = {w for w in names if len(w) == 1}
    lists["compound_surnames"] = {w for w in names if len(w) == 2}
    return lists
