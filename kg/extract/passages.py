"""JSONL reading and writing for `kg extract` / `kg eval` (``-`` = stdin/stdout)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.errors import InputError


def read_jsonl(path_or_dash: str | Path, require_text: bool = False) -> list[dict]:
    """One JSON object per non-blank line; a malformed line (or, with
    ``require_text``, one without a string "text") is an InputError naming its
    line number."""
    name = str(path_or_dash)
    if name == "-":
        lines = sys.stdin.read().splitlines()
        name = "<stdin>"
    else:
        try:
            lines = Path(name).read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"{name}: cannot read: {e}") from None
    records = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{name}: line {lineno}: malformed JSON ({e.msg})") from None
        except RecursionError:  # [[[[… nested deeper than Python's stack
            raise InputError(f"{name}: line {lineno}: malformed JSON (nested too deeply)") from None
        if not isinstance(rec, dict):
            raise InputError(f"{name}: line {lineno}: expected a JSON object")
        if ("text" in rec or require_text) and not isinstance(rec.get("text"), str):
            raise InputError(f"{name}: line {lineno}: needs a string \"text\"")
        records.append(rec)
    return records


def write_jsonl(path_or_dash: str | Path, records: list[dict]) -> None:
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if str(path_or_dash) == "-":
        sys.stdout.write(body)
        sys.stdout.flush()
        return
    try:
        Path(path_or_dash).write_text(body, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path_or_dash}: cannot write: {e}") from None
