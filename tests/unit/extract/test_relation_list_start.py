"""The {LIST_START} macro: a fast-fail gate before a list, which must leave every
match of the list unchanged (it only skips positions where no list can begin).

The placeholder strings here are made up for these tests."""
from __future__ import annotations

import re

import pytest

from kg.extract.relations import _CLASS, _expand

TEC = _CLASS["TEC"]
IND = _CLASS["IND"]


def _rx(pattern: str) -> re.Pattern:
    return re.compile(_expand(pattern, "、", "。；！？", "[^，。]{0,4}"))


@pytest.mark.parametrize("enc", [
    f"推动{TEC}赋能{IND}。",  # a list that starts at a mention
    f"推动柔性传感、{TEC}和{TEC}赋能{IND}。",  # a list that starts at a missed item
    f"某地，{IND}、量子、{TEC}等赋能{IND}。",
    "推动柔性传感赋能制造。",  # no mention: no match either way
])
def test_the_gate_leaves_the_matches_of_a_list_unchanged(enc):
    plain, gated = _rx("(?P<head>{TI+})赋能(?P<tail>{IND})"), _rx("{LIST_START}(?P<head>{TI+})赋能(?P<tail>{IND})")
    for pos in range(len(enc) + 1):
        a, b = plain.search(enc, pos), gated.search(enc, pos)
        assert (a and (a.span(), a.span("head"))) == (b and (b.span(), b.span("head")))


def test_the_gate_fails_where_no_list_can_begin():
    gate = _rx("{LIST_START}")
    assert gate.match(f"{TEC}") and gate.match(f"量子、{TEC}")
    assert not gate.match(f"赋能{IND}") and not gate.match("赋能制造。")
