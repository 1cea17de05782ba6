"""The first item of a typed list: a modifier that opens it right after the
verb or preposition is part of its name (open_lists.opening_modifiers,
annotation.md: the longest name as written).  Made-up sentence; it fails
without the rule."""
from __future__ import annotations

from support.entities import ents


def test_an_opening_modifier_starts_the_first_item():
    found = ents("该市企业将在核心光电器件、高端射频芯片、工业软件上加大投入。")
    assert ("核心光电器件", "Technology") in found
    assert ("光电器件", "Technology") not in found

