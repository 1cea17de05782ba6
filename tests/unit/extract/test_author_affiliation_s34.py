"""An author's affiliation line (annotation.md's 作者系… cue): 作者某某系某大学教授
names the author, whom jieba glues to 系 or 为, and the body, which must not
swallow the name (entities.json person.byline_affiliation_regex and the
Institution head's modifier_stop_regex).  Made-up names; the first test fails
without them, the second guards the line that names no author."""
from __future__ import annotations

from support.entities import ents


def test_the_author_and_the_body_of_an_affiliation_line():
    found = ents("作者贺立宏系江南工业大学机械工程学院教授。")
    assert ("贺立宏", "Person") in found, found
    assert ("江南工业大学机械工程学院", "Institution") in found, found
    assert not any(ty == "Institution" and label.startswith("贺立宏") for label, ty in found), found


def test_a_line_naming_the_authors_unit_names_no_person():
    found = ents("作者单位为江南工业大学机械工程学院。")
    assert not any(ty == "Person" for _, ty in found), found
