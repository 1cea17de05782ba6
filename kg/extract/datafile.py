"""Reading the small JSON rule files of ontology/ (occasions, affiliations,
resolution): one place for the checks every such file gets, each problem one
KgError naming the file."""
from __future__ import annotations

import json
import re

from kg.errors import KgError


def read_json_object(path) -> dict:
    """The JSON object in PATH; an unreadable file or another JSON value is an error."""
    try:
        data = json.loads(open(path, encoding="utf-8").read())
    except (OSError, ValueError) as e:
        raise KgError(f"cannot read {path}: {e}") from None
    if not isinstance(data, dict):
        raise KgError(f"{path}: expected a JSON object")
    return data


def regex_keys(path, keys: tuple[str, ...]) -> dict[str, re.Pattern]:
    """The file's KEYS compiled as regular expressions (``_doc`` is its
    documentation): every key required, no other key allowed."""
    rules = {}
    for key, value in read_json_object(path).items():
        if key == "_doc":
            continue
        if key not in keys:
            raise KgError(f"{path}: unknown key {key!r} (known: {', '.join(keys)})")
        try:
            rules[key] = re.compile(value)
        except (re.error, TypeError) as e:
            raise KgError(f"{path}: {key!r} is not a regular expression: {e}") from None
    missing = [k for k in keys if k not in rules]
    if missing:
        raise KgError(f"{path}: missing {', '.join(missing)}")
    return rules
