"""The extractor's fast paths give what the plain computation gives (made-up
sentences): section headings that open with a digit class are tried only where
a unit opens with a character a heading can begin with."""
from __future__ import annotations

import random
import re
from types import SimpleNamespace

from kg.extract.anchor import first_chars, first_gate
from kg.extract.relations import _bounds, _headings

NUMBERED = r"(?:[一二三]+[、.]|[（(][一二三\d]+[）)]|\d+[.、])?\s*(?:加快|推动)(?P<class>甲)"


def test_first_gate_reads_digit_and_space_classes_first_chars_does_not():
    gate = first_gate(re.compile(NUMBERED))
    assert gate is not None and first_chars(re.compile(NUMBERED)) is None  # the other scans are as before
    for opening in "一二三（(加推 7٣":
        assert gate.match(opening), opening
    for opening in "甲乙快动、a":
        assert gate.match(opening) is None, opening
    assert first_gate(re.compile(r"\d*")) is None  # can match empty: no gate
    assert first_gate(re.compile(r"\w+甲")) is None  # any character may begin a match


def test_numbered_headings_tried_only_where_one_can_begin_match_as_fullmatch_does():
    rnd = random.Random(41)
    for pattern in (NUMBERED, r"\s*(?:到|至)\s*\d{4}年甲", r"(?:#+\s*)?(?:\d+[.、]|[（(]\d+[）)])\s*甲"):
        sc = SimpleNamespace(heading=re.compile(pattern))
        units = [SimpleNamespace(enc="".join(rnd.choice("一二（）(1２3.、 #加快推动甲到至年乙") for _ in range(rnd.randint(0, 12))))
                 for _ in range(3000)]
        units += [SimpleNamespace(enc=x) for x in ("1.加快甲", " （2）推动甲 ", "到2030年甲", "# 12、甲", "(3)甲", "乙1.加快甲")]
        bounds = [_bounds(u.enc) for u in units]
        want = [sc.heading.fullmatch(u.enc, lo, hi) for u, (lo, hi) in zip(units, bounds)]
        got = _headings(sc, units, bounds)
        assert [m and m.span() for m in got] == [m and m.span() for m in want], pattern
        assert any(want), pattern
