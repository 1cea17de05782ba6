"""Cypher literals: the one escaping function every generated statement uses.

Values go into scripts as Cypher map/list literals built by ``cypher_literal``;
names (labels, relationship types, map keys) by ``cypher_name``.  Strings are
single-quoted; backslash, quote and control characters are escaped with the
escapes of the Cypher grammar (Neo4j 5 / openCypher): ``\\\\ \\' \\n \\r \\t
\\b \\f`` and ``\\uXXXX`` for the other C0 controls.  Everything else,
emoji included, is written as itself (scripts are UTF-8).
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from typing import Any

_STRING_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
for _code in list(range(0x20)) + [0x7F]:
    _STRING_ESCAPES.setdefault(chr(_code), f"\\u{_code:04x}")
_STRING_TABLE = str.maketrans(_STRING_ESCAPES)

_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal for TEXT."""
    return "'" + text.translate(_STRING_TABLE) + "'"


@functools.lru_cache(maxsize=4096)
def cypher_name(name: str) -> str:
    """A label, relationship type or property key: as is when it is a plain
    identifier, else backtick-quoted with backticks doubled."""
    if not name:
        raise ValueError("a Cypher name cannot be empty")
    if _PLAIN_NAME.match(name):
        return name
    return "`" + name.replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    """VALUE (None, bool, int, float, str, list/tuple, mapping, nested) as a
    Cypher literal expression."""
    if isinstance(value, str):  # the common case first
        return "'" + value.translate(_STRING_TABLE) + "'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{cypher_name(str(k))}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")
